"""Noun phrases, shared by the resolvers: their tokens and text, names cleaned of articles and
possessives, the role a phrase names, and the Entity records the resolvers make."""

from __future__ import annotations

from functools import lru_cache

from ...iris import entity_iri
from ...lexicon import Lexicon, RoleWord
from ...types import Entity
from ...text import normalise_name
from ..modality import accusing_verb
from ..tokens import BY_POSITION, SpanView, TokenView, phrase_text
from ..vocabulary import ACCUSATION_VERBS, COLLECTIVE_BODIES, NAMELESS_POS, WH_TAGS, LEADING_ARTICLES, NOUN_POS, NP_CUT_DEPS, OWN_POSSESSIVES, PARTITIVES, PLURAL_PRONOUNS, POSSESSIVE_ENDINGS, WEEKDAYS


class Phrases:
    """The noun phrases of one document, each worked out once."""

    def __init__(self) -> None:
        self._tokens: dict[int, list[TokenView]] = {}  # head -> its noun phrase
        self._texts: dict[int, str] = {}  # head -> the phrase's text

    def tokens(self, head: TokenView) -> list[TokenView]:
        found = self._tokens.get(head.i)
        if found is None:
            found = self._tokens[head.i] = np_tokens(head)
        return found

    def to_head(self, head: TokenView) -> list[TokenView]:
        """The head of a noun phrase and the words before it ("the White House" of "the White House's
        spokesman", "the army" of "the army of Mali")."""
        phrase = self.tokens(head)
        return phrase[:phrase.index(head) + 1]  # the phrase is in order

    def text(self, head: TokenView) -> str:
        found = self._texts.get(head.i)
        if found is None:
            found = self._texts[head.i] = np_text(head, self.tokens(head))
        return found


# What is cut below the head's own words: their clauses, appositions and punctuation (their lists
# and phrases stay: "the foreign ministers of A and B").
_INNER_CUT_DEPS = frozenset({"relcl", "appos", "punct", "advcl"})


def np_tokens(head: TokenView) -> list[TokenView]:
    """The tokens of the noun phrase headed by `head`, without clauses, lists or appositions."""
    if not head.children:
        return [head]  # a word alone ("talks", "Moscow")
    # An of-phrase completes its noun ("most of its members", "the future of the talks"), but for
    # the act a noun is accused of, which the parser may hang on it ("accused rebels of attacking");
    # other prepositional phrases are as often the verb's as the noun's, so they stay arguments.
    keep = [c for c in head.children if c.dep_ not in NP_CUT_DEPS
            or (c.dep_ == "prep" and c.lower_ == "of" and not _holds_accused_act(c))]
    if head.dep_ == "dobj":
        keep = _without_result_adjectives(keep, head)
    if keep and head.pos_ == "PROPN":
        keep = [c for c in keep if not _fronted_day(c)]
    for n, possessor in enumerate(keep):
        if possessor.dep_ == "poss":
            # a possessor opens its phrase: what the parser hung before it is another phrase's ("a
            # move Bolivia's ministry condemned"); the children kept are in position order
            keep = keep[n:]
            break
    for token in keep:  # the list grows as it is read: the words of each word kept are kept
        for child in token.children:
            if child.dep_ not in _INNER_CUT_DEPS:
                keep.append(child)
    keep.append(head)
    keep.sort(key=BY_POSITION)
    return keep


def _without_result_adjectives(children: list[TokenView], obj: TokenView) -> list[TokenView]:
    """An object's words without an adjective after it, which says what the verb left or made it
    ("left a man dead"): English sets a noun's own adjectives before it."""
    kept: list[TokenView] = []
    for child in children:
        if not (child.dep_ == "amod" and child.i > obj.i and child.pos_ == "ADJ"):
            kept.append(child)
    return kept


def _fronted_day(child: TokenView) -> bool:
    """A day the parser made part of the name after it ("On Friday Pakistan accused …"): the
    time of the clause, not a word of the name."""
    return child.dep_ == "compound" and child.lower_ in WEEKDAYS


def _holds_accused_act(prep: TokenView) -> bool:
    for act in prep.dependents("pcomp", "pobj"):
        if accusing_verb(act) is not None:
            return True
    # a charge named by a noun, as the only of-phrase of an accusation's object where the verb has
    # none of its own ("accused its opponents of a coup", "accused the army of genocide"; not
    # "accused the leader of the opposition of treason")
    accused = prep.head
    return accused.dep_ == "dobj" and accused.head.lemma_ in ACCUSATION_VERBS \
        and [p.i for p in accused.dependents("prep", words=("of",))] == [prep.i] \
        and not accused.head.has_dependent("prep", words=("of",)) \
        and not any(o.has_dependent("prep", words=("of",)) for o in prep.dependents("pobj"))


def np_span(head: TokenView, tokens: list[TokenView] | None = None) -> tuple[int, int]:
    """First and last token index of the noun phrase headed by `head` (contiguous)."""
    tokens = np_tokens(head) if tokens is None else tokens
    start, end = tokens[0].i, tokens[-1].i
    doc = head.doc.tokens  # the list, not the DocView: its indexing is a Python call
    while start < head.i and (_no_word(doc[start]) or doc[start].dep_ == "preconj"):
        start += 1
    while end > head.i and _no_word(doc[end]):
        end -= 1
    return start, end


def _no_word(token: TokenView) -> bool:
    """Punctuation or spacing, which a phrase's text leaves out at its edges."""
    return token.is_punct or token.is_space


def np_text(head: TokenView, tokens: list[TokenView] | None = None) -> str:
    start, end = np_span(head, tokens)
    return phrase_text(head.doc.tokens[start], head.doc.tokens[end])


def partitive_member(head: TokenView) -> TokenView | None:
    """The of-object of a quantity or collective noun ("scores of refugees" → refugees, "several of
    them" → them)."""
    if head.lower_ not in PARTITIVES and not head.like_num:
        return None
    for prep in head.dependents("prep", words=("of",)):
        for pobj in prep.dependents("pobj"):
            if pobj.pos_ in NOUN_POS or pobj.lower_ in PLURAL_PRONOUNS:
                return pobj
    return None


def entity_span(token: TokenView) -> SpanView | None:
    """The named entity a token is part of."""
    return token.ent if token.ent_type_ else None


def strip_article(text: str) -> str:
    if not text.startswith(LEADING_ARTICLES):  # one test in C for the common case
        return text
    for article in LEADING_ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def without_pronoun(label: str) -> str:
    """A label without the possessive pronoun that opens it ("his fighters" is "fighters"), for a
    body or group whose state is known otherwise."""
    first, _, rest = label.partition(" ")
    return rest if rest and first.lower() in OWN_POSSESSIVES else label


def strip_possessive(text: str) -> str:
    if not text.endswith(POSSESSIVE_ENDINGS):
        return text
    for suffix in POSSESSIVE_ENDINGS:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def clean_name(ent: SpanView) -> str:
    """A name as written, without a possessive or stray punctuation: "Ban Ki-moon's" → "Ban Ki-moon"."""
    return _clean_name_text(ent.text)


@lru_cache(maxsize=1 << 14)
def _clean_name_text(text: str) -> str:
    text = strip_possessive(" ".join(normalise_name(text).split()))
    words = [_initial(w) or w.strip(".,;:!?\"'“”()[]") for w in text.split()]
    return " ".join(w for w in words if w and any(ch.isalpha() for ch in w))


def _initial(word: str) -> str | None:
    """An initial keeps its full stop ("W." in a name): it tells two namesakes apart."""
    word = word.strip(",;:!?\"'“”()[]")
    return word if len(word) == 2 and word[0].isupper() and word[1] == "." else None


def names_a_body(name: str, lexicon: Lexicon) -> bool:
    """Whether a name ends in a noun of organised bodies ("… Liberation Front", "… Workers'
    Party", "… Republican Army"), which no person's name does."""
    last = name.split()[-1].lower() if name.split() else ""
    role = lexicon.sectors.get(last)
    return last in COLLECTIVE_BODIES or (role is not None and role.denotes == "body")


def role_word(tokens: list[TokenView], lexicon: Lexicon) -> RoleWord | None:
    """The longest run of tokens that names a role ("prime minister" before "minister").

    The run must end on a noun: "official contact" and "military offensive" are no roles.
    """
    if not _a_noun_may_end_a_role(tokens, lexicon):
        return None  # the search below would find nothing
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            if tokens[i + size - 1].pos_ not in NOUN_POS:
                continue
            for seq in (words, lemmas):
                found = lexicon.sectors.get(" ".join(seq[i:i + size]))
                if found:
                    return found
    return None


def _a_noun_may_end_a_role(tokens: list[TokenView], lexicon: Lexicon) -> bool:
    # A plain loop: any() over a generator makes a frame each time, and this runs for most phrases.
    for token in tokens:
        if token.pos_ in NOUN_POS and _may_end_a_role(token, lexicon):
            return True
    return False


def _may_end_a_role(token: TokenView, lexicon: Lexicon) -> bool:
    """Whether a role name joined from tokens may end on this one: its word or its lemma ends one,
    or is no single word (a merged token), which the search must try."""
    word, lemma = token.lower_, token.lemma_.lower()
    return word in lexicon.role_last_words or lemma in lexicon.role_last_words \
        or not _one_word(word) or not _one_word(lemma)


def _one_word(text: str) -> bool:
    return text.isalpha() or text.split() == [text]  # letters alone need no splitting to tell


def make_entity(base_iri: str, text: str, label: str, kind: str, key: str, *, code: str | None = None,
                sector: str | None = None, role: str | None = None) -> Entity:
    # A name of invisible characters only keeps them: an entity has a label.
    name = normalise_name(label) or label
    key = name if key == label else normalise_name(key) or key  # most are keyed by their label
    return Entity(text=text, label=name, kind=kind, id=entity_iri(base_iri, kind, key), code=code, sector=sector,
                  role=role)


def concept(base_iri: str, text: str, label: str, code: str | None = None) -> Entity:
    """A thing, not an actor; it keeps the code of a state it belongs to ("Sweden's decision")."""
    label = label or text
    return make_entity(base_iri, text, label, "Concept", label, code=code)


def nothing(base_iri: str, text: str) -> Entity:
    """What a phrase that names nothing refers to (an unresolved pronoun, a wh-word, a number, a
    bare adjective, a clause): a Concept without a label, which the graph leaves out."""
    return make_entity(base_iri, text, "", "Concept", text)


def names_nothing(head: TokenView) -> bool:
    """Whether a phrase's head is a word that names no thing: a determiner, wh-word, number,
    adjective or adverb standing alone, or the verb of a clause."""
    return head.pos_ in NAMELESS_POS or head.tag_ in WH_TAGS or head.like_num


def with_text(entity: Entity, text: str) -> Entity:
    return Entity(text=text, label=entity.label, kind=entity.kind, id=entity.id,
                  code=entity.code, sector=entity.sector, role=entity.role)


def determined_only(head: TokenView, tokens: list[TokenView]) -> bool:
    """Whether a phrase's words before its head are determiners alone ("the party", "protesters"):
    a plain loop, as this runs for most phrases."""
    for token in tokens:
        if token.i < head.i and token.dep_ != "det":
            return False
    return True


def _owned_through_whose(head: TokenView) -> bool:
    # A plain loop: this runs for most phrases, and most have no possessor.
    for owner in head.dependents("poss"):
        if owner.tag_ == "WP$":
            return True
    return False


def relative_owner(head: TokenView) -> TokenView | None:
    """The noun a relative clause describes, where `head` is owned through "whose" in that
    clause ("a region, whose parliament voted …": the region); None for any other phrase."""
    if not _owned_through_whose(head):
        return None
    token = head
    while token.head is not token and token.dep_ != "relcl":
        token = token.head
    return token.head if token.dep_ == "relcl" and token.head.pos_ in NOUN_POS else None
