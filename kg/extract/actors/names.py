"""Names the lexicon knows, found in the text whatever spaCy's named-entity recogniser says.

Every name of the lexicon (its states' names, demonyms and capitals, persons, organisations and
IGOs, the package's and the user's) is matched with one PhraseMatcher per lexicon; a match
becomes the document's entity over the recogniser's, unless a longer entity of the recogniser
holds it (a state's name inside a person's, "Jordan" in a name) or it is written in lower case.
"""

from __future__ import annotations

import weakref

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...lexicon import Lexicon

# Labels of the entities made for each kind of lexicon name.
PERSON, STATE, PEOPLE, BODY = "PERSON", "GPE", "NORP", "ORG"
STATE_LABELS = {"name": STATE, "capital": STATE, "demonym": PEOPLE}

# One matcher per (lexicon, vocabulary), dropped with its lexicon.
_matchers: dict[tuple[int, int], PhraseMatcher] = {}


def lexicon_names(lexicon: Lexicon) -> dict[str, str]:
    """Every name of the lexicon (lower case) and the entity label it gets."""
    names: dict[str, str] = {}
    for text, entry in lexicon.states.items():
        if entry.type in STATE_LABELS and len(text) > 2:
            names[text] = STATE_LABELS[entry.type]
    for alias in list(lexicon.igos) + list(lexicon.organizations):
        if len(alias) > 2:
            names[alias] = BODY
    for name in lexicon.persons:
        names[name] = PERSON
    return names


def name_matcher(lexicon: Lexicon, vocab: Vocab) -> PhraseMatcher:
    key = (id(lexicon), id(vocab))
    matcher = _matchers.get(key)
    if matcher is None:
        matcher = _matchers[key] = _build(lexicon, vocab)
        weakref.finalize(lexicon, _matchers.pop, key, None)
    return matcher


def _build(lexicon: Lexicon, vocab: Vocab) -> PhraseMatcher:
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    by_label: dict[str, list[Doc]] = {}
    for name, label in sorted(lexicon_names(lexicon).items()):
        by_label.setdefault(label, []).append(tokenizer(name))
    for label, docs in by_label.items():
        matcher.add(label, docs)
    return matcher


def mark_lexicon_names(doc: Doc, lexicon: Lexicon) -> None:
    """Make every capitalised lexicon name in `doc` one of its entities."""
    matches = name_matcher(lexicon, doc.vocab)(doc)
    if not matches:
        return
    found = filter_spans([Span(doc, start, end, label=label) for label, start, end in matches
                          if _capitalised(doc[start]) and _capitalised(doc[end - 1])])
    ents = list(doc.ents)
    kept = []
    for span in found:
        if any(e.start <= span.start and span.end <= e.end and len(e) > len(span) for e in ents):
            continue  # the recogniser's longer name holds it
        kept.append(span)
    if not kept:
        return
    taken = {i for span in kept for i in range(span.start, span.end)}
    doc.ents = sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + kept,
                      key=lambda s: s.start)


def _capitalised(token) -> bool:
    return token.text[:1].isupper()
