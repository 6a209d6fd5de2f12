"""Names the lexicon knows, found in the text whatever spaCy's named-entity recogniser says.

Every name of the lexicon (its states' names, demonyms and capitals, persons, organisations and
IGOs, the package's and the user's) is looked up as the text of each run of tokens that starts
and ends capitalised (one dictionary look-up each, like spaCy's PhraseMatcher but with no
patterns to tokenise first); a match becomes the document's entity over the recogniser's, unless a longer entity of the recogniser
holds it (a state's name inside a person's, "Jordan" in a name) or it is written in lower case.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import ENT_TYPE, IDX, IS_TITLE, IS_UPPER, LENGTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...lexicon import Lexicon
from ...nlp import TEXT_KEY
from .phrases import names_a_body

# spaCy's IOB codes of a token inside (not beginning) an entity, and beginning one.
INSIDE, BEGIN = 1, 3
# Labels of the entities made for each kind of lexicon name.
PERSON, STATE, PEOPLE, BODY = "PERSON", "GPE", "NORP", "ORG"
STATE_LABELS = {"name": STATE, "capital": STATE, "demonym": PEOPLE}
# Titles of monarchs and princes.
ROYAL_TITLES = frozenset({"king", "queen", "emir", "sultan", "prince", "princess", "emperor", "empress", "sheikh",
                          "monarch", "shah", "tsar", "czar"})
# The most tokens a name is looked for in ("Democratic Republic of the Congo").
MAX_TOKENS = 8
# A hyphen and a short syllable in lower case ("-in"); and the capitalised word it is joined to ("Jae-in").
SYLLABLE_AFTER_HYPHEN = re.compile(r"-[a-z]{1,4}\b")
HYPHENATED_SYLLABLE = re.compile(r"[A-Z][a-z]+" + SYLLABLE_AFTER_HYPHEN.pattern)
# The columns of a Doc the first steps read, in one Doc.to_array call (each call costs as much as
# a column): where each token is, its case, its entity's label (as the recogniser left it). Whether
# a token begins its entity is read from the few tokens of the names found.
COLUMNS = [IDX, LENGTH, IS_TITLE, IS_UPPER, ENT_TYPE]


def lexicon_names(lexicon: Lexicon) -> tuple[dict[str, str], frozenset[str]]:
    """Every name of the lexicon (lower case, single spaces) and the entity label it gets; and
    the beginnings of the names (each name cut after each of its characters)."""
    return lexicon.remembered("entity names", None, _names_and_beginnings, lexicon)


def _names_and_beginnings(lexicon: Lexicon) -> tuple[dict[str, str], frozenset[str]]:
    names = _names(lexicon)
    return names, frozenset(name[:end] for name in names for end in range(1, len(name) + 1))


def _names(lexicon: Lexicon) -> dict[str, str]:
    names: dict[str, str] = {}
    for text, entry in lexicon.states.items():
        if entry.type in STATE_LABELS and len(text) > 2:
            names[" ".join(text.split())] = STATE_LABELS[entry.type]
    for alias in list(lexicon.igos) + list(lexicon.organizations):
        if len(alias) > 2:
            names[" ".join(alias.split())] = BODY
    for name in lexicon.persons:
        names[" ".join(name.split())] = PERSON
    return names


def name_spans(doc: Doc, text: str, starts: list[int], ends: list[int], array: numpy.ndarray,
               names: dict[str, str], beginnings: frozenset[str]) -> list[Span]:
    """The names of the lexicon the recogniser missed or labelled otherwise: at each token
    that starts capitalised, the longest name ending on a capitalised token. Each token is
    text[starts[i]:ends[i]]; `array` holds the COLUMNS of `doc`.

    A name is looked up as the text its tokens span: the lexicon's names need no tokenising.
    The tokens are taken in one by one while their text begins some name (`beginnings`).
    """
    ent_type = array[:, 4].tolist()
    n = len(starts)
    found = []
    for i in (array[:, 2] | array[:, 3]).nonzero()[0].tolist():
        start, longest = starts[i], None  # the longest name so far: its last token, its label
        for j in range(i, n)[:MAX_TOKENS]:  # at most MAX_TOKENS tokens, within the text
            phrase = text[start:ends[j]].lower()
            if "  " in phrase or "\n" in phrase:
                phrase = " ".join(phrase.split())
            if phrase not in beginnings:
                break  # nor does any longer run
            if phrase in names and text[starts[j]].isupper():
                longest = j, names[phrase]
        if longest is not None:
            j, label = longest
            if not _held(doc, i, j, doc.vocab.strings[label], ent_type):
                found.append(Span(doc, i, j + 1, label=label))
    return filter_spans(found)


def _held(doc: Doc, i: int, j: int, label: int, ent_type: list[int]) -> bool:
    """Whether tokens i..j lie in one entity of the recogniser that is either this name with
    this label or a longer name holding it. `ent_type` is the ENT_TYPE column of `doc`."""
    # one entity: each token is in one, and none after the first begins another
    if not ent_type[i]:
        return False
    for k in range(i + 1, j + 1):
        if not ent_type[k] or doc[k].ent_iob == BEGIN:
            return False
    # the label first: most names found are the recogniser's own, with its label
    return ent_type[i] == label or doc[i].ent_iob == INSIDE or (j + 1 < len(doc) and doc[j + 1].ent_iob == INSIDE)


def mark_lexicon_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make every capitalised lexicon name in `doc` one of its entities, and every name a
    person's title opens a person."""
    if not len(doc):
        return
    text = doc.user_data.get(TEXT_KEY) or doc.text
    array = doc.to_array(COLUMNS)
    starts, ends = array[:, 0].tolist(), (array[:, 0] + array[:, 1]).tolist()  # each token's place in the text
    found = name_spans(doc, text, starts, ends, array, *lexicon_names(lexicon))
    if found:
        # the entities a name overlaps are dropped, all their words set outside; the others stay as they are
        taken = {i for span in found for i in range(span.start, span.end)}
        freed = [Span(doc, i, i + 1) for e in doc.ents if any(i in taken for i in range(e.start, e.end))
                 for i in range(e.start, e.end) if i not in taken]
        doc.set_ents(found, outside=freed, default="unmodified")
    # the words, unlike the entities, are still as the columns read them
    titles = _person_titles(text, starts, ends, array[:, COLUMNS.index(IS_TITLE)], lexicon)
    changed = [bool(found), _mark_titled_persons(doc, lexicon, titles), _mark_untagged_titled_names(doc, titles),
               _join_hyphenated_given_names(doc, text)]
    # most texts: no step changed the entities, which are then as the columns read them
    _complete_cut_names(doc, doc.to_array(ENT_TYPE) if any(changed) else array[:, COLUMNS.index(ENT_TYPE)])


def _person_titles(text: str, starts: list[int], ends: list[int], is_title: numpy.ndarray, lexicon: Lexicon) -> list[int]:
    """The positions of the words (text[starts[i]:ends[i]]) that are one-word roles denoting a
    person ("president", "minister", "king") and come before a word in title case (`is_title`,
    the IS_TITLE column): the steps that read them look for a name after the title, and both ask
    the name's first word to be in title case."""
    titles = lexicon.remembered("person titles", None, _person_title_words, lexicon)
    # most words come before none: only the others are read
    before_title = is_title[1:].nonzero()[0].tolist()
    return [i for i in before_title if text[starts[i]:ends[i]].lower() in titles]


def _mark_untagged_titled_names(doc: Doc, titles: list[int]) -> bool:
    """A capitalised name right after a person's title, which the recogniser left untagged ("King
    Salman", "President Ramaphosa"), is a person's: the title is a compound of the name's last word.
    Not after a monarch's title, whose name after it is a given name ("King James"), no surname to
    find the person by. Whether it marked any."""
    found = []
    size = len(doc)
    for i in titles:
        word = doc[i]
        if word.dep_ != "compound" or word.lower_ in ROYAL_TITLES:
            continue  # one that heads its own phrase ("the president said") names no one after it
        end = i + 1
        while end < size:  # the title's head, and each name word's head after it
            following = doc[end]
            if following.tag_ != "NNP" or not following.is_title or following.ent_type_ or word.head.i != end:
                break
            word, end = following, end + 1
        if end > i + 1 and word.dep_ != "compound":
            found.append(Span(doc, i + 1, end, label=PERSON))
    if found:
        doc.ents = filter_spans([*doc.ents, *found])
    return bool(found)


def _person_title_words(lexicon: Lexicon) -> frozenset[str]:
    """The one-word roles that denote a person ("president", "minister", "king")."""
    return frozenset(word for word, role in lexicon.sectors.items() if role.denotes == "person" and " " not in word)


def _complete_cut_names(doc: Doc, ent_type: numpy.ndarray) -> None:
    """A person's name the recogniser cut before its last word: the parser makes the name's words
    compounds of that word, the head of the name ("Jean-Yves Le" of "Jean-Yves Le Drian"). The
    name runs to its head. `ent_type` is the ENT_TYPE column of `doc`."""
    cut = set()  # where a person's name ends that runs on to its head
    for word in (ent_type == doc.vocab.strings[PERSON]).nonzero()[0].tolist():  # persons' words: few
        end = word + 1
        if end == len(ent_type) or ent_type[end]:
            continue  # not where a name ends with a word of no entity after it
        last, after = doc[word], doc[end]
        if last.dep_ == "compound" and last.head.i == end and after.tag_ == "NNP" and after.is_title:
            cut.add(end)
    if cut:
        doc.ents = [Span(doc, e.start, e.end + 1, label=e.label_) if e.label_ == PERSON and e.end in cut else e
                    for e in doc.ents]


def _join_hyphenated_given_names(doc: Doc, text: str) -> bool:
    """A person's name whose last part is written with a hyphen and a syllable in lower case
    (Korean given names: "Jae-in", "Ki-moon") is one name of one token: the tokenizer cuts it at
    the hyphen, the parser then may read the syllable as a word of its own (a subject "in"), and
    the recogniser may leave it out of the name. Whether it joined any."""
    # most texts have no such name: no need to walk their entities; and most have no hyphen before
    # a short syllable, found far sooner (the search skips to each hyphen) than the whole name
    # (tried at every capital letter)
    if not SYLLABLE_AFTER_HYPHEN.search(text) or not HYPHENATED_SYLLABLE.search(text):
        return False
    words = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        if _hyphenated_syllable(doc, ent.end - 3):
            words.append((ent.end - 3, ent.start == ent.end - 3))  # the recogniser took the syllable in
        elif _hyphenated_syllable(doc, ent.end - 1):
            words.append((ent.end - 1, ent.start == ent.end - 1))
    if not words:
        return False
    with doc.retokenize() as retokenizer:
        for first, opens in words:
            word = doc[first:first + 3]
            retokenizer.merge(word, attrs={"TAG": "NNP", "POS": "PROPN", "LEMMA": word.text,
                                           "ENT_TYPE": "PERSON", "ENT_IOB": "B" if opens else "I"})
    return True


def _hyphenated_syllable(doc: Doc, i: int) -> bool:
    """Whether token i, capitalised, is followed by a hyphen and a short syllable in lower case,
    with no space between the three."""
    if i < 0 or i + 2 >= len(doc):
        return False
    word, hyphen, syllable = doc[i], doc[i + 1], doc[i + 2]
    return word.is_title and hyphen.text == "-" and not word.whitespace_ and not hyphen.whitespace_ \
        and syllable.is_lower and syllable.is_alpha and len(syllable) <= 4


def _mark_titled_persons(doc: Doc, lexicon: Lexicon, titles: list[int]) -> bool:
    """A name right after a person's title that modifies it ("President NAME", "rebel leader
    NAME") is a person's, whatever the recogniser took it for (a body), with the capitalised word
    that ends it where the recogniser left that word out or tagged it apart (a surname after
    given names). Not a name ending in a noun of bodies ("… Council"), nor after a word that
    describes more than it entitles (an adjective). Whether it marked any."""
    titled = []
    for i in titles:
        title = doc[i]
        if title.dep_ != "compound" or title.tag_ not in ("NN", "NNP"):
            continue
        ent = _entity_from(doc, i + 1)
        if ent is None or ent.label_ not in ("PERSON", "ORG"):
            continue
        end = ent.end
        if end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title and ent.root.head.i == end:
            end += 1
        name = doc[ent.start:end]
        if (end > ent.end or ent.label_ != "PERSON") and ent.start <= title.head.i < end \
                and all(t.tag_ == "NNP" and t.is_title for t in name) and not names_a_body(name.text, lexicon):
            titled.append(Span(doc, ent.start, end, label="PERSON"))
    if titled:
        doc.ents = filter_spans([*titled, *doc.ents])
    return bool(titled)


def _entity_from(doc: Doc, start: int) -> Span | None:
    """The entity of `doc` that begins at token `start`, if one does: read from the tokens, not
    doc.ents, which makes a Span of every entity."""
    if start >= len(doc) or doc[start].ent_iob != BEGIN or not doc[start].ent_type:
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob == INSIDE:
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type)
