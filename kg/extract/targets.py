"""Targets: whom an event is directed at where its direct object is a thing, not an actor.

Looked for by construction, nearest first: an indirect object ("gave Chile a loan"), the owner of
the object or the agent of its by-phrase ("seized Peru's ships", "condemned strikes by Peru"), a
target phrase under the object or the verb ("sent arms to
Chile", "the threat of sanctions against Peru", "the arrest of Chilean reporters"), the partner
of a noun in a phrase that says what the act is for ("deployed troops for an offensive against a state"), the
subject of a condition, the object of a controlling verb, the object of a purpose or participial clause
that says what the act was for or did ("sent troops to protect Mali", "launched raids, killing
Kenyan soldiers"), and the subject of a that-clause ("demanded that Peru free …").

An analyst codes one event per source and target, so the parties coordinated with a target are
targets too ("a pact with A and B", "the leaders of A and B", "Syrian and Lebanese targets"), and
coordinated subjects that meet or agree with no one else named are each other's partners.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import itertools

from ..types import ACTOR_KINDS, Entity
from .actors import ActorResolver
from .clauses import Clause, coordinated, free_relative, stranded_state
from .modality import passive_agents, condition_subject, purpose_infinitive
from .actors.phrases import make_entity, partitive_member
from .tokens import TokenView, phrase_text
from .vocabulary import (AIMED_PREPS, TARGETING_VERBS, DOING_VERBS, PLACE_NOUNS, SEAT_ENTRIES, SITE_PREPS, SEA_PLACE_NOUNS, SEA_PLACE_PREPS, REBEL_SECTOR, CONDITION_MARKS, DENIAL_VERBS, HALF_STATE_WORDS, NOMINAL_SUBJECT_DEPS, NOMINAL_TARGET_PREPS, SUBJECT_DEPS, TIME_LABELS, TIME_UNIT_NOUNS,
                         OWNER_DEPS, PARTICIPANT_PREPS, PLACE_HOLDING_VERBS, PURPOSE_PREPS, ROUTE_NOUNS, ROUTE_PREPS, TARGET_PREPS,
                         UTTERANCE_NOUNS, NEGOTIATION_NOUNS, TOPIC_PREPS, VERBAL_TARGET_PREPS, BIDDING_NOUNS, WARNING_VERBS, MEDIUM_NOUNS, STATE_SECTORS,
                         COMMANDING_FORCE_VERBS, FORCE_MOVING_VERBS, FORCE_NOUNS)

# How many prepositional phrases deep below a noun a target may be ("the threat of sanctions
# against a state").
PHRASE_DEPTH = 3


# A target found, with the token that names it (whose coordinated nouns are targets too).
Found = tuple[Entity, TokenView]


def event_target(clause: Clause, subject: Entity, resolver: ActorResolver, *, said: bool = False,
                 pact: bool = False) -> Found | None:
    """The first candidate that is an actor (or a place of a state); else the first that is a
    thing of some state ("support for a state's sovereignty"); the subject itself never. An act
    that is `said` is aimed at no one where it was done ("rejected the charge in the capital"); a
    `pact` (signed, agreed, a truce) at no place it was made in, wherever the parser hung the
    phrase ("signed an accord on the security of the border in a capital")."""
    roots = [clause.object] if clause.object is not None else []
    verb_preps = VERBAL_TARGET_PREPS if said else TARGET_PREPS
    return _first_target(target_candidates(clause.predicate, roots, clause.chain, verb_preps), clause, subject,
                         resolver, pact)


def purpose_target(clause: Clause, subject: Entity, resolver: ActorResolver) -> Found | None:
    """Whom an act done with people is for: an unnamed group as object ("sent troops", "deployed
    police") is the means, the object of the purpose or participial clause is the target."""
    return _first_target(itertools.chain(_adverbial_clause_objects(clause.predicate), _destinations(clause.predicate)),
                         clause, subject, resolver)


def owner_target(thing: TokenView, subject: Entity, resolver: ActorResolver) -> Found | None:
    """Whose a thing is, where the phrase names it: the actor that owns the thing ("a state's
    demands", "a Chilean proposal"), or a named party of its of-phrase ("the release of a state's
    soldiers", "the withdrawal of Ethiopian troops"). Never the subject or its own state ("a minister reaffirmed his state's commitment" is aimed at no one)."""
    def other(entity: Entity) -> bool:
        return entity.id != subject.id and not (entity.code and entity.code == subject.code)

    parts = [p for prep in thing.dependents("prep", words=("of",)) for p in prep.dependents("pobj")]
    for token in (thing, *parts):
        if token is not thing:
            entity = resolver.peek(token)  # a named party: unnamed ones may be the subject's own
            if entity.kind in ACTOR_KINDS and entity.code and other(entity):
                return entity, token
        for owner in owners(token):
            entity = resolver.peek(owner)
            if entity.kind in ACTOR_KINDS and other(entity):
                return entity, owner
    return None


def beneficiary_target(clause: Clause, subject: Entity, resolver: ActorResolver) -> Found | None:
    """Whom a thing the subject's own state gives is for: the actor of another state a target phrase
    names, or the owner of a thing it names ("pledged Washington's backing for a state", "offered
    its help to a state", "reaffirmed its support for a state's sovereignty")."""
    if clause.object is None:
        return None
    for token in _prepositional_targets(clause.predicate, [clause.object]):
        for named in (token, *owners(token)):
            entity = resolver.peek(named)
            if entity.kind in ACTOR_KINDS and entity.code and entity.code != subject.code:
                return entity, named
    return None


def _first_target(candidates: Iterable[TokenView], clause: Clause, subject: Entity,
                  resolver: ActorResolver, pact: bool = False) -> Found | None:
    roots = [clause.object] if clause.object is not None else []
    # the object's conjuncts have clauses of their own ("flew to A and B": B's is no visit to A)
    skipped = {clause.subject.i, *(t.i for r in roots for t in (r, *r.conjuncts))}
    fallback = None
    for candidate in candidates:
        if candidate.i in skipped or (candidate.pos_ == "PRON" and not condition_subject(candidate)) \
                or stranded_state(candidate):
            continue  # a pronoun only as the subject of a condition ("will act if he does not …")
        if candidate.dep_ == "pobj" and candidate.head.lower_ == "at" and resolver.meeting_noun(candidate):
            continue  # where and when it was done ("endorsed it at a meeting in a capital"), not to whom
        if candidate.dep_ == "pobj" and candidate.head.lower_ in SITE_PREPS and _at_meeting(candidate.head.head, resolver):
            continue  # ... nor the place of that meeting ("agreed on a text at a summit in a city")
        if candidate.ent_type_ in TIME_LABELS or candidate.lemma_.lower() in TIME_UNIT_NOUNS:
            continue  # when or how long ("for a second day"), never whom
        if candidate.lemma_.lower() in MEDIUM_NOUNS:
            continue  # where it was said or shown ("announced on state television"), to no one
        if pact and candidate.dep_ == "pobj" and candidate.head.lower_ in SITE_PREPS and _city(candidate, resolver):
            continue  # the city a pact was made in is its venue, no party (a state named stays)
        if candidate.dep_ == "pobj" and candidate.head.lower_ == "at" and candidate.lemma_.lower() in BIDDING_NOUNS:
            continue  # on whose bidding ("met at a state's request"): who asked, not whom the act is aimed at
        # a that-clause's subject that is the state a person, a state or one of its institutions
        # speaks for says who acts ("warned that its state could strike …", "the ministry warned
        # that its capital would retaliate"), not whom the saying is aimed at
        own_side = candidate.dep_ in NOMINAL_SUBJECT_DEPS and candidate.head.dep_ == "ccomp" \
            and (subject.kind in ("Person", "State") or subject.sector in STATE_SECTORS) and subject.code is not None
        for token in (candidate, *owners(candidate)):
            entity = resolver.peek(token)
            if entity.id == subject.id or (own_side and entity.kind == "State" and entity.code == subject.code):
                continue
            if entity.kind in ACTOR_KINDS or (entity.kind == "Place" and entity.code):
                return entity, token
            if fallback is None and entity.code:
                fallback = entity, token
    return fallback


def _at_meeting(noun: TokenView, resolver: ActorResolver) -> bool:
    """Whether a noun is the meeting of an at-phrase ("at a summit", "at talks")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and resolver.meeting_noun(noun)


def _city(token: TokenView, resolver: ActorResolver) -> bool:
    """Whether a noun names a place that is no state: a town, or a capital named as a place."""
    entity = resolver.peek(token)
    return entity.kind == "Place" or (entity.kind == "State" and resolver.states.entry(entity.text)[1] in SEAT_ENTRIES)


def coordinated_targets(token: TokenView, first: Entity, subject: Entity, resolver: ActorResolver) -> list[Entity]:
    """The parties coordinated with a target ("a pact with A, B and C", "aid to A as well as B"):
    an analyst codes one event per source and target, so each is the target of an event of its
    own. Only actors and places of a state; never the subject, nor a party named twice."""
    if not token.has_dependent("conj"):
        return []
    return _distinct_parties(coordinated(token), resolver, {first.id, subject.id},
                             lambda entity: entity.kind in ACTOR_KINDS or (entity.kind == "Place" and entity.code))


def coordinated_nationals(head: TokenView, entity: Entity, resolver: ActorResolver) -> list[Entity]:
    """The same group of each further state its coordinated national modifiers name ("Kenyan and
    Ugandan troops", "Syrian and Lebanese targets"): one party per state."""
    if not entity.code or entity.kind in ("State", "Place"):
        return []
    found = []
    for modifier in head.dependents("amod", "compound", "nmod"):
        if modifier.i > head.i or not modifier.has_dependent("conj") \
                or resolver.states.code_of(modifier) != entity.code:
            continue
        run = modifier.subtree
        words = phrase_text(run[0], run[-1])
        # the label names the first state only ("Indian troops"), or, for a name, all of them
        in_label = words if words in entity.label else modifier.text
        for conjunct in modifier.conjuncts:
            if conjunct.i < modifier.i:
                continue  # only the states named after it
            code = resolver.states.code_of(conjunct)
            if code and code != entity.code and in_label in entity.label:
                label = entity.label.replace(in_label, conjunct.text)
                text = entity.text.replace(words, conjunct.text)
                found.append(make_entity(resolver.base_iri, text, label, entity.kind,
                                         resolver.groups.key(head, label, code), code=code, sector=entity.sector))
    return found


def coordinated_partners(token: TokenView, subject: Entity, resolver: ActorResolver, *,
                         other_states: bool = True) -> list[Entity]:
    """The actors of other states coordinated with a subject ("A and B met", "A, B and C agreed"),
    or a government and an insurgency fighting it (who sign a truce together),
    for an event they do with one another. Other parties of one state or of none ("a president
    and his party agreed to …") more often act together on a third than with each other; unless
    `other_states` is False, for an act the text says they did to each other."""
    if token.dep_ != "conj" and not token.has_dependent("conj"):
        return []
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if other_states and not subject.code and subject.sector != REBEL_SECTOR:
        return []
    if _one_party(first):
        return []
    return _distinct_parties((first, *coordinated(first)), resolver, {subject.id},
                             lambda entity: entity.kind in ACTOR_KINDS
                             and (not other_states or _other_sides(entity, subject)))


def _one_party(first: TokenView) -> bool:
    """Whether nouns coordinated under one state's adjective are one party ("the A-ian troops and
    police"): a later noun with no determiner or modifier of its own shares the first's."""
    return any(a.ent_type_ == "NORP" for a in first.dependents("amod", "compound")) \
        and any(not c.has_dependent("det", "amod", "compound", "poss", "nummod") for c in coordinated(first))


def _other_sides(one: Entity, other: Entity) -> bool:
    """Whether two actors are different states' or a government and rebels (whose state, when the
    text names it, is the government's)."""
    if REBEL_SECTOR in (one.sector, other.sector):
        return one.sector != other.sector and (one.code or other.code) is not None
    return bool(one.code) and one.code != other.code


def _distinct_parties(tokens: Iterable[TokenView], resolver: ActorResolver, seen: set[str],
                      keep: Callable[[Entity], object]) -> list[Entity]:
    """The entities the tokens refer to that `keep` accepts, each once, none of `seen`."""
    found = []
    for token in tokens:
        entity = resolver.peek(token)
        if entity.id not in seen and keep(entity):
            seen.add(entity.id)
            found.append(entity)
    return found


def coordinated_origins(thing: TokenView, first: Entity, subject: Entity, resolver: ActorResolver) -> list[Entity]:
    """The states coordinated in the of- or from-phrase that gave a group its state ("the leaders
    of A and B", "diplomats from A and B"): the group acts for, and is aimed at, each of them."""
    for prep in thing.dependents("prep", words=("of", "from")):
        for pobj in prep.dependents("pobj"):
            if pobj.has_dependent("conj") and resolver.peek(pobj).code == first.code:
                return coordinated_targets(pobj, first, subject, resolver)
    return []


def target_candidates(predicate: TokenView, roots: list[TokenView], chain: Iterable[TokenView] = (),
                      verb_preps: frozenset[str] = TARGET_PREPS) -> Iterator[TokenView]:
    """Tokens that may name the target of an event, nearest first; `verb_preps` are the verb's
    own prepositions that may introduce one."""
    # the indirect object receives ("will give a state a loan", "gave a loan to a state")
    for receiver in indirect_objects(predicate):
        if receiver not in roots:
            yield receiver
    for root in roots:
        yield from owners(root)
    for root in roots:
        yield from _where_place_lies(root)
    # whose act or thing the object is ("condemned the strikes on a city by a state")
    for root in roots:
        for prep in root.dependents("prep", words=("by",)):
            yield from prep.dependents("pobj")
        # ... or of the participle that says who did it ("condemned the violence used by a state";
        # not one that says who backed a thing: "rejected the plan endorsed by a union"), or who
        # holds the place ("shelled positions held by rebels")
        participles = root.dependents("acl")
        for participle in participles:
            if participle.tag_ == "VBN" and (participle.lemma_ in DOING_VERBS or participle.lemma_ in PLACE_HOLDING_VERBS) \
                    and participle.i != predicate.i:
                yield from passive_agents(participle)
        # whom a measure is aimed at, by the participle that says so ("sanctions targeting a
        # state's banks", "measures aimed at its oil industry")
        for participle in participles:
            if participle.lemma_ in TARGETING_VERBS and participle.i != predicate.i:
                yield from participle.dependents("dobj")
                for prep in participle.dependents("prep", words=AIMED_PREPS):
                    yield from prep.dependents("pobj")
        # ... also of a part of a place ("the last stretch of coastline held by rebels")
        for part in (o for prep in root.dependents("prep", words=("of",)) for o in prep.dependents("pobj")):
            for participle in part.dependents("acl"):
                if participle.tag_ == "VBN" and participle.lemma_ in PLACE_HOLDING_VERBS:
                    yield from passive_agents(participle)
    yield from _prepositional_targets(predicate, roots, verb_preps)
    yield from _purpose_phrase_partners(predicate)
    yield from _condition_subjects(predicate, chain)
    # the controller's object is who it is aimed at ("summoned the envoy of a state to protest")
    for controller in chain:
        yield from controller.dependents("dobj", "dative")
    yield from _adverbial_clause_objects(predicate)
    yield from _complement_subjects(predicate)
    yield from _complement_bearers(predicate)


def indirect_objects(verb: TokenView) -> list[TokenView]:
    """Who receives: a bare indirect object, or the object of a "to" the parser marks as dative."""
    found = []
    for dative in verb.dependents("dative"):
        found.extend(dative.dependents("pobj") or [dative])
    return found


def owners(token: TokenView) -> Iterator[TokenView]:
    """Named modifiers of a noun: who a thing belongs to ("a Chilean offer", "Peru's rulers", "the
    North's envoy"); and a possessor named by a common noun ("the army's positions")."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "NOUN":
            yield child
        elif child.dep_ in OWNER_DEPS and child.i < token.i and (child.ent_type_ or child.lower_ in HALF_STATE_WORDS):
            if child.dep_ == "compound" and child.pos_ == "PROPN" and token.pos_ == "PROPN":
                continue  # a word of the same name ("Addis Ababa"), not its owner
            yield child


def _prepositional_targets(predicate: TokenView, roots: list[TokenView],
                           verb_preps: frozenset[str] = TARGET_PREPS) -> Iterator[TokenView]:
    """Objects of target prepositions under each root (an event noun, the direct object), up to
    PHRASE_DEPTH phrases deep, then under the verb itself, one phrase deep; of-phrases only
    directly under a root (deeper, they name what a thing is about: "rules on the sale of …")."""
    seen: set[int] = set()
    for root in roots:
        yield from _phrase_objects(root, PHRASE_DEPTH, NOMINAL_TARGET_PREPS, seen)
    # the object's own of-phrase, after the target phrases (it may also say whose part or member
    # a person is): who an act noun is done to ("the arrest of Chilean reporters"), whose thing
    # it is ("the expulsion of Peru's diplomats")
    for root in roots:
        for prep in root.dependents("prep", words=("of",)):
            yield from prep.dependents("pobj")
    # the verb's own phrases only: "in a call with Ban, Putin countered …" is no target; nor is
    # a phrase put before the subject, which sets the scene ("In the capital, the minister …")
    # the parser often hangs a way's to-phrase on the verb ("blocked the road to a capital")
    route = next((r for r in roots if r.lemma_.lower() in ROUTE_NOUNS), None)
    for prep in predicate.dependents("prep", words=verb_preps):
        if route is not None and prep.lower_ in ROUTE_PREPS and prep.i > route.i:
            continue
        if not _fronted(prep, predicate):
            for pobj in prep.dependents("pobj"):
                if pobj.i not in seen:
                    seen.add(pobj.i)
                    yield pobj


def _fronted(phrase: TokenView, predicate: TokenView) -> bool:
    """Whether a phrase of the verb comes before the verb's subject."""
    subject = predicate.dependent(*SUBJECT_DEPS)
    return subject is not None and phrase.i < subject.i


def _phrase_objects(root: TokenView, depth: int, preps: frozenset[str], seen: set[int]) -> Iterator[TokenView]:
    """Objects of prepositions in `preps`, breadth first, each object once over all roots."""
    frontier = [root]
    for _ in range(depth):
        next_frontier = []
        for token in frontier:
            for prep in token.dependents("prep"):
                if prep.lower_ == "with" and token.lemma_.lower() in UTTERANCE_NOUNS:
                    continue  # "in a joint statement with X", "in a call with X": X spoke too
                if prep.lower_ in TOPIC_PREPS and token.lemma_.lower() in NEGOTIATION_NOUNS:
                    continue  # "talks on the dam": what is talked about
                for pobj in prep.dependents("pobj"):
                    if pobj.i in seen:
                        continue
                    seen.add(pobj.i)
                    next_frontier.append(pobj)
                    if prep.lower_ in preps and not (prep.lower_ in ROUTE_PREPS and token.lemma_.lower() in ROUTE_NOUNS):
                        yield pobj
        frontier = next_frontier


def _purpose_phrase_partners(predicate: TokenView) -> Iterator[TokenView]:
    """The partners of a noun in a phrase that says what the act is for, in or over ("deployed
    troops for an offensive against a state", "marched in protest against a state's duties")."""
    for prep in predicate.dependents("prep", words=PURPOSE_PREPS):
        for pobj in prep.dependents("pobj"):
            if prep.lower_ == "in" and pobj.has_dependent("det", "poss"):
                continue  # "in protest against", not "in a call with": a setting, not a purpose
            for inner in pobj.dependents("prep", words=PARTICIPANT_PREPS):
                yield from inner.dependents("pobj")


def _condition_subjects(predicate: TokenView, chain: Iterable[TokenView]) -> Iterator[TokenView]:
    """The subject of a condition ("threatened to strike unless the state withdrew"), who is to
    act; not the patient of a passive one ("unless a settlement was reached"); also of what a
    warning says ("warned that it would strike if the state attacked": the state is warned)."""
    warned = predicate.dependents("ccomp") if predicate.lemma_ in WARNING_VERBS else []
    for verb in (predicate, *chain, *warned):
        for advcl in verb.dependents("advcl"):
            if advcl.has_dependent("mark", words=CONDITION_MARKS):
                yield from advcl.dependents("nsubj")


def _complement_subjects(predicate: TokenView) -> Iterator[TokenView]:
    """The subject of a that-clause ("demanded that the state lift its ban"); not of what a verb of
    denial denies ("denied that its troops had …"): a denial answers whoever made the claim. (A
    "clause" with no mark of one, "rejected government calls for …", is a noun phrase misread.) Of
    a free relative as the object, not its subject, who only names the thing, but the phrases the
    parser hung on its verb, which say where the thing is ("struck what officials called a camp
    inside a state")."""
    for ccomp in predicate.dependents("ccomp", "acl"):
        if predicate.lemma_ in DENIAL_VERBS and (ccomp.tag_ in ("VBD", "VBN") or ccomp.has_dependent("aux", "mark")):
            continue
        if ccomp.dep_ == "ccomp" and free_relative(predicate) is ccomp:
            yield from (o for prep in ccomp.dependents("prep", words=TARGET_PREPS) for o in prep.dependents("pobj"))
        else:
            for subject in ccomp.dependents(*NOMINAL_SUBJECT_DEPS):
                yield subject
                # ... and who did the act it names ("said the detention of X by the army was a crime")
                yield from (o for prep in subject.dependents("prep", words=("by",)) for o in prep.dependents("pobj"))


def _complement_bearers(predicate: TokenView) -> Iterator[TokenView]:
    """Who is to bear what a that-clause foretells, where its subject is no party ("warned that
    the intervention would have consequences for a state's citizens", "… would be a disaster for
    the region")."""
    for ccomp in predicate.dependents("ccomp"):
        for thing in ccomp.dependents("dobj", "attr"):
            yield from (o for prep in thing.dependents("prep", words=("for", "against")) for o in prep.dependents("pobj"))


def _destinations(predicate: TokenView) -> Iterator[TokenView]:
    """Where people were sent, after what they were sent for ("sent envoys to a capital"), also
    where the parser reads the "to" as an indirect object's."""
    for place in indirect_objects(predicate) + [o for p in predicate.dependents("prep", words=("to",))
                                                for o in p.dependents("pobj")]:
        yield from _where_place_lies(place)
        yield place


def _where_place_lies(noun: TokenView) -> Iterator[TokenView]:
    """The state a place named by a common noun lies in ("sent troops to a base in a state"), or
    off or near which a place at sea lies ("sent warships to waters off a state")."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLACE_NOUNS:
        preps = SEA_PLACE_PREPS | {"in"} if noun.lemma_.lower() in SEA_PLACE_NOUNS else ("in",)
        yield from (o for prep in noun.dependents("prep", words=preps) for o in prep.dependents("pobj"))


def _forces(noun: TokenView) -> bool:
    """Whether a noun names armed forces, or a number of them ("troops", "thousands of soldiers")."""
    member = partitive_member(noun)
    return (member if member is not None else noun).lemma_.lower() in FORCE_NOUNS


def _adverbial_clause_objects(predicate: TokenView) -> Iterator[TokenView]:
    """Objects of a purpose infinitive or a participle attached to the verb: what the act was for
    ("sent troops to protect Mali") or what it did ("shelled the town, killing Kenyan soldiers")."""
    for advcl in predicate.dependents("advcl"):
        if advcl.tag_ == "VBG" or purpose_infinitive(advcl):
            # forces moved are the means, not whom the act is aimed at ("began an exercise,
            # deploying troops to a state")
            moving = advcl.lemma_ in COMMANDING_FORCE_VERBS or advcl.lemma_ in FORCE_MOVING_VERBS
            yield from (o for o in advcl.dependents("dobj", "dative") if not (moving and _forces(o)))
    if predicate.has_dependent("dobj"):
        # "fired shots to scatter a crowd": after an object, an infinitive says what for
        for xcomp in predicate.dependents("xcomp"):
            if purpose_infinitive(xcomp):
                yield from xcomp.dependents("dobj", "dative")
    # "in order to deter a state": the parser makes the infinitive a clause of the noun "order"
    for prep in predicate.dependents("prep", words=("in",)):
        for order in prep.dependents("pobj", words=("order",)):
            for verb in order.dependents("acl"):
                if purpose_infinitive(verb):
                    yield from verb.dependents("dobj", "dative")
