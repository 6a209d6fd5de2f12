"""Event types: the relation a clause states and its PLOVER type, from the verb, its controllers
and particles, or the event noun a light verb carries; and events named by nouns ("talks between
Washington and Moscow", "a call with Ban Ki-moon")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import Lexicon, Trigger
from ..types import Relation
from .clauses import Clause
from .tokens import BY_POSITION, TokenView
from .vocabulary import (FORMAL_COMPLAINT_VERBS, HINDERING_VERBS, INTENT_VERBS, LIGHT_VERBS, NOUN_POS,
                         PARTICIPANT_PREPS, PREPOSITIONAL_LIGHT_VERBS, RELATION_CHILD_DEPS, REQUEST_VERBS,
                         SPEECH_VERBS, STANCE_TYPES, THREAT_ACTS, VERB_POS)

_KNOWN_VERBS = INTENT_VERBS | REQUEST_VERBS | SPEECH_VERBS | LIGHT_VERBS


@dataclass(frozen=True)
class Event:
    """What a clause says happened: its relation, and the PLOVER type if the lexicon knows one."""

    relation: Relation
    event_type: str | None


def clause_event(clause: Clause, lexicon: Lexicon) -> Event:
    relation = clause_relation(clause, lexicon)
    event_type = verb_event_type(clause, lexicon)
    nominal = object_event(clause.predicate, mended_lemma(clause.predicate, lexicon), clause.object, lexicon,
                           verb_typed=event_type is not None)
    if nominal is not None and event_type not in STANCE_TYPES:
        # "voiced support for …": the event is the noun, the verb only carries it.
        event_type = nominal.event_type
        relation = Relation(text=f"{relation.text} {clause.object.text}", lemma=clause.object.lemma_.lower())
    return Event(relation, event_type)


def clause_relation(clause: Clause, lexicon: Lexicon) -> Relation:
    tokens: set[TokenView] = set()
    for token in [*clause.chain, clause.predicate]:
        tokens.add(token)
        if token.pos_ in VERB_POS:
            tokens.update(token.dependents(*RELATION_CHILD_DEPS))
        else:  # an intent noun: keep its negation and the preposition to the verb
            tokens.update(token.dependents("det", words=("no",)))
            tokens.update(c for c in token.dependents("prep") if c.i < clause.predicate.i)
    if clause.object_prep is not None:
        tokens.add(clause.object_prep)
    if _agent_is_subject(clause):
        # The agent became the subject, so the relation reads actively: "Yatsenyuk attended".
        tokens = {t for t in tokens if t.dep_ not in ("auxpass", "aux") or t.tag_ == "MD"}
    text = " ".join(t.text for t in sorted(tokens, key=BY_POSITION))
    particles = [c.lower_ for c in clause.predicate.dependents("prt")]
    return Relation(text=text, lemma=" ".join([mended_lemma(clause.predicate, lexicon), *particles]))


def mended_lemma(token: TokenView, lexicon: Lexicon) -> str:
    """The token's lemma, mended where the small model clips a final e ("staged" → "stag")."""
    found = token.lemma_.lower()
    lower = token.lower_
    if token.tag_ in ("VBD", "VBN") and lower.endswith("ed") and found == lower[:-2]:
        restored = lower[:-1]
        if restored in _KNOWN_VERBS or lexicon.is_trigger_lemma(restored):
            return restored
    return found


def _agent_is_subject(clause: Clause) -> bool:
    agent = clause.subject
    while agent.dep_ == "conj":
        agent = agent.head
    return agent.dep_ == "pobj" and agent.head.dep_ == "agent"


def verb_event_type(clause: Clause, lexicon: Lexicon) -> str | None:
    """The type of the predicate, or of a controlling verb that takes a stance on it ("refused to
    sign" is REJECT)."""
    pos = "VERB" if clause.predicate.pos_ in VERB_POS else "NOUN"
    particles = {c.lower_ for c in clause.predicate.dependents("prt")}
    if clause.object_prep is not None:
        particles.add(clause.object_prep.lower_)
    found = lexicon.trigger(mended_lemma(clause.predicate, lexicon), pos, frozenset(particles))
    for controller in clause.chain:
        if controller.pos_ == "ADJ" and found is not None and found.event_type != "STATEMENT":
            # "ready to strike" threatens; "willing to talk" agrees
            return "THREATEN" if found.event_type in THREAT_ACTS else "AGREE"
        has_object = controller.has_dependent("dobj", "dative")
        stance = lexicon.trigger(controller.lemma_, "VERB" if controller.pos_ == "VERB" else "NOUN")
        if stance is not None and stance.event_type in STANCE_TYPES and not has_object:
            return stance.event_type
    return found.event_type if found else None

def noun_trigger(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    if noun.pos_ not in NOUN_POS:
        return None
    found = lexicon.trigger(noun.lemma_, "NOUN") or lexicon.trigger(noun.text.lower(), "NOUN")
    if found is None or found.event_type == "STATEMENT":
        return None
    return found


def object_event(predicate: TokenView, lemma: str, obj: TokenView | None, lexicon: Lexicon,
                 verb_typed: bool) -> Trigger | None:
    """The event a verb's object names, where the verb only carries it.

    Light verbs always defer to their object ("renewed its threat of a boycott" is THREATEN);
    other verbs with no event type of their own do too ("hastened the pullout" is RETREAT),
    unless they hinder what the object names ("stopped the march").
    """
    if obj is None:
        return None
    head = obj
    while head.dep_ == "conj":
        head = head.head  # coordinated modifiers of the object noun ("launched air and missile strikes")
    if head.dep_ == "pobj" and lemma in PREPOSITIONAL_LIGHT_VERBS:
        return noun_trigger(obj, lexicon)  # a light verb with a prepositional object ("took part in a raid")
    if head.dep_ not in ("dobj", "obj"):
        return None
    if lemma in LIGHT_VERBS or (not verb_typed and lemma not in HINDERING_VERBS):
        found = noun_trigger(obj, lexicon)
        if found is not None and found.event_type == "PROTEST" and lemma in FORMAL_COMPLAINT_VERBS:
            # a protest lodged or filed with someone is a complaint, not a demonstration (CAMEO 114)
            return lexicon.trigger("complaint", "NOUN") or found
        return found
    return None


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
        for prep in noun.dependents("prep", words=PARTICIPANT_PREPS):
            for pobj in prep.dependents("pobj"):
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
    if not token.has_dependent("cc") or token.has_dependent("conj"):
        return []
    cc = max(c.i for c in token.dependents("cc"))
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
        if token.pos_ in VERB_POS:
            return token
    return None
