"""Targets: whom an event is directed at where its direct object is a thing, not an actor
("sent arms to Pakistan", "the threat of sanctions against Russia", "demanded that Israel ease …")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..types import ACTOR_KINDS, Entity
from .actors import ActorResolver
from .clauses import Clause
from .tokens import TokenView
from .vocabulary import CONDITION_MARKS, NOMINAL_SUBJECT_DEPS, NOMINAL_TARGET_PREPS, OWNER_DEPS, TARGET_PREPS

# How many prepositional phrases deep below a noun a target may be ("the threat of sanctions
# against Russia").
PHRASE_DEPTH = 3


def event_target(clause: Clause, subject: Entity, resolver: ActorResolver) -> Entity | None:
    """The first candidate that is an actor (or a place of a state); else the first that is a
    thing of some state ("support for Ukraine's sovereignty"); the subject itself never."""
    roots = [clause.object] if clause.object is not None else []
    fallback = None
    for candidate in target_candidates(clause.predicate, roots, clause.chain):
        if candidate.i in (clause.subject.i, *(r.i for r in roots)) or candidate.pos_ == "PRON":
            continue
        for token in (candidate, *owners(candidate)):
            entity = resolver.peek(token)
            if entity.id == subject.id:
                continue
            if entity.kind in ACTOR_KINDS or (entity.kind == "Place" and entity.code):
                return entity
            if fallback is None and entity.code:
                fallback = entity
    return fallback


def target_candidates(predicate: TokenView, roots: list[TokenView],
                      chain: Iterable[TokenView] = ()) -> Iterator[TokenView]:
    """Tokens that may name the target of an event, nearest first."""
    # "will give Tanzania a grant": the indirect object receives
    yield from (c for c in predicate.dependents("dative") if all(c.i != r.i for r in roots))
    for root in roots:
        yield from owners(root)
    yield from _prepositional_targets(predicate, roots)
    yield from _condition_subjects(predicate, chain)
    # "summoned Niger's ambassador to complain": the controller's object is who it is aimed at
    for controller in chain:
        yield from controller.dependents("dobj", "dative")
    yield from _complement_subjects(predicate)


def owners(token: TokenView) -> Iterator[TokenView]:
    """Named modifiers of a noun: who a thing belongs to ("a US offer", "Belarus's rulers")."""
    for child in token.children:
        if child.dep_ in OWNER_DEPS and child.i < token.i and child.ent_type_:
            yield child


def _prepositional_targets(predicate: TokenView, roots: list[TokenView]) -> Iterator[TokenView]:
    """Objects of target prepositions under each root (an event noun, the direct object), up to
    PHRASE_DEPTH phrases deep, then under the verb itself, one phrase deep."""
    seen: set[int] = set()
    for root in roots:
        yield from _phrase_objects(root, PHRASE_DEPTH, NOMINAL_TARGET_PREPS, seen)
    # the verb's own phrases only: "in a call with Ban, Putin countered …" is no target
    yield from _phrase_objects(predicate, 1, TARGET_PREPS, seen)


def _phrase_objects(root: TokenView, depth: int, preps: frozenset[str], seen: set[int]) -> Iterator[TokenView]:
    """Objects of prepositions in `preps`, breadth first, each object once over all roots."""
    frontier = [root]
    for _ in range(depth):
        next_frontier = []
        for token in frontier:
            for prep in token.dependents("prep"):
                for pobj in prep.dependents("pobj"):
                    if pobj.i in seen:
                        continue
                    seen.add(pobj.i)
                    next_frontier.append(pobj)
                    if prep.lower_ in preps:
                        yield pobj
        frontier = next_frontier


def _condition_subjects(predicate: TokenView, chain: Iterable[TokenView]) -> Iterator[TokenView]:
    """"threatened to launch an offensive unless Baghdad accepted": the condition's subject."""
    for verb in (predicate, *chain):
        for advcl in verb.dependents("advcl"):
            if advcl.has_dependent("mark", words=CONDITION_MARKS):
                yield from advcl.dependents(*NOMINAL_SUBJECT_DEPS)


def _complement_subjects(predicate: TokenView) -> Iterator[TokenView]:
    """"demanded that Israel ease restrictions": the subject of the that-clause."""
    for ccomp in predicate.dependents("ccomp", "acl"):
        yield from ccomp.dependents(*NOMINAL_SUBJECT_DEPS)
