"""Event typing beyond the verb: light verbs with event nouns, targets in prepositional phrases,
and events named by nouns ("talks between Washington and Moscow", "a call with Ban Ki-moon")."""

from __future__ import annotations

from collections.abc import Iterator

from .tokens import TokenView

from ..lexicon import Lexicon, Trigger

# Verbs that carry little meaning of their own: the event is their object noun
# ("voiced support", "held talks", "reiterated the threat", "staged rallies", "imposed sanctions").
LIGHT_VERBS = frozenset({
    "hold", "stage", "launch", "lodge", "file", "issue", "open", "begin", "start", "conduct",
    "make", "give", "grant", "declare", "voice", "express", "reiterate", "repeat", "renew",
    "announce", "extend", "offer", "carry", "mount", "organize", "organise", "impose", "take",
    "have", "pledge", "lend", "step", "intensify", "escalate", "resume", "continue", "hold",
})
# Prepositions that introduce whom an event is directed at.
TARGET_PREPS = frozenset({"with", "against", "to", "on", "for", "toward", "towards", "at", "into", "from", "in"})
# Inside a noun phrase, "by" names whose act it is ("an appeal by Moscow", "crimes by extremists").
NOMINAL_TARGET_PREPS = TARGET_PREPS | {"by"}
# Modifiers that name who a thing belongs to ("a US offer", "Belarus's rulers", "a UN appeal").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Event types whose target may be the subject of a "that"-clause ("demanded that Israel ease …").
CLAUSAL_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
PARTICIPANT_PREPS = frozenset({"with", "between", "against"})


def owners(token: TokenView) -> Iterator[TokenView]:
    """Named modifiers of a noun: who a thing belongs to."""
    for child in token.children:
        if child.dep_ in OWNER_DEPS and child.i < token.i and child.ent_type_:
            yield child


NOUN_POS = frozenset({"NOUN", "PROPN"})


def noun_trigger(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    if noun.pos_ not in NOUN_POS:
        return None
    found = lexicon.trigger(noun.lemma_, "NOUN") or lexicon.trigger(noun.text.lower(), "NOUN")
    if found is None or found.event_type == "STATEMENT":
        return None
    return found


FORMAL_COMPLAINT_VERBS = frozenset({"lodge", "file", "register", "submit", "deliver"})
# Verbs whose event is the object of their preposition ("engaged in", "took part in", "resorted to").
PREPOSITIONAL_LIGHT_VERBS = frozenset({"engage", "participate", "resort", "join", "take", "embark"})
# Verbs that stop, undo or hinder what their object names: their object's type is not theirs.
HINDERING_VERBS = frozenset({
    "prevent", "stop", "end", "halt", "block", "ban", "avoid", "postpone", "delay", "cancel",
    "deny", "refuse", "reject", "oppose", "suspend", "break", "disperse", "violate", "abandon",
    "call", "fail", "need", "want",
})


def object_event(predicate: TokenView, lemma: str, obj: TokenView | None, lexicon: Lexicon,
                 verb_typed: bool) -> Trigger | None:
    """The event a verb's object names, where the verb only carries it.

    Light verbs always defer to their object ("reiterated the threat of sanctions" is THREATEN);
    other verbs with no event type of their own do too ("speeded up the withdrawal" is RETREAT),
    unless they hinder what the object names ("prevented the demonstration").
    """
    if obj is None:
        return None
    head = obj
    while head.dep_ == "conj":
        head = head.head  # "launched artillery, mortar and rocket fire"
    if head.dep_ == "pobj" and lemma in PREPOSITIONAL_LIGHT_VERBS:
        return noun_trigger(obj, lexicon)  # "engaged in ethnic cleansing"
    if head.dep_ not in ("dobj", "obj"):
        return None
    if lemma in LIGHT_VERBS or (not verb_typed and lemma not in HINDERING_VERBS):
        found = noun_trigger(obj, lexicon)
        if found is not None and found.event_type == "PROTEST" and lemma in FORMAL_COMPLAINT_VERBS:
            # "lodged an official protest with Albania" is a complaint, not a demonstration (CAMEO 114)
            return lexicon.trigger("complaint", "NOUN") or found
        return found
    return None


def target_candidates(predicate: TokenView, roots: list[TokenView], chain: list[TokenView] = ()) -> Iterator[TokenView]:
    """Tokens that may name the target of an event, nearest first.

    The objects of target prepositions under each root (an event noun, the direct object) and
    then under the verb, up to two prepositional phrases deep ("the threat of sanctions against
    Russia"); then the subject of a that-clause ("demanded that Israel ease restrictions").
    """
    seen: set[int] = set()
    # "will give Tanzania a grant": the indirect object receives
    yield from (c for c in predicate.children if c.dep_ == "dative" and all(c.i != r.i for r in roots))
    for root in roots:
        yield from owners(root)
    for root in [*roots, predicate]:
        frontier = [root]
        for _ in range(3):
            next_frontier = []
            for token in frontier:
                for prep in (c for c in token.children if c.dep_ == "prep"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        if pobj.i in seen:
                            continue
                        seen.add(pobj.i)
                        next_frontier.append(pobj)
                        nominal = root.i != predicate.i
                        if prep.lower_ in (NOMINAL_TARGET_PREPS if nominal else TARGET_PREPS):
                            yield pobj
            frontier = next_frontier
            if root.i == predicate.i:
                break  # the verb's own phrases only: "in a call with Ban, Putin countered …" is no target
    # "threatened to launch an offensive unless Baghdad accepted": the condition's subject
    for verb in (predicate, *chain):
        for advcl in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in advcl.children):
                yield from (c for c in advcl.children if c.dep_ in ("nsubj", "nsubjpass"))
    # "summoned Niger's ambassador to complain": the controller's object is who it is aimed at
    for controller in chain:
        yield from (c for c in controller.children if c.dep_ in ("dobj", "dative"))
    for ccomp in (c for c in predicate.children if c.dep_ in ("ccomp", "acl")):
        for subj in (c for c in ccomp.children if c.dep_ in ("nsubj", "nsubjpass")):
            yield subj


def nominal_events(sent, lexicon: Lexicon, skip: set[int]) -> Iterator[tuple[TokenView, Trigger, TokenView | None, list[TokenView]]]:
    """Event nouns with their participants: (noun, trigger, governing verb, participant heads).

    "talks between Washington's and Moscow's top diplomats" gives both parties; "in a telephone
    call with Ban Ki-moon, Putin countered …" gives Ban, and the governing verb's subject (Putin)
    is the other party.
    """
    for noun in sent:
        if noun.pos_ not in NOUN_POS or noun.i in skip:
            continue
        trigger = noun_trigger(noun, lexicon)
        if trigger is None:
            continue
        participants: list[TokenView] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                participants.append(pobj)
                participants.extend(c for c in pobj.conjuncts if c.i > pobj.i)
                participants.extend(_stranded_conjunct(pobj))
        if participants:
            yield noun, trigger, _governing_verb(noun), participants


def _stranded_conjunct(token: TokenView) -> list[TokenView]:
    """The second half of a coordination the parser cut loose.

    In "between Washington's and Moscow's top diplomats" the small model leaves "Washington"
    with a dangling "and"; the next proper noun after it is the other party.
    """
    if not any(c.dep_ == "cc" for c in token.children) or any(c.dep_ == "conj" for c in token.children):
        return []
    cc = max(c.i for c in token.children if c.dep_ == "cc")
    for candidate in token.doc[cc + 1: min(cc + 4, token.sent.end)]:
        if candidate.pos_ == "PROPN":
            return [candidate]
    return []


def _governing_verb(noun: TokenView) -> TokenView | None:
    """The verb whose clause a noun sits in, through prepositions and nouns ("after hours of talks")."""
    token = noun
    for _ in range(6):
        if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
