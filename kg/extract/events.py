"""Event types: the relation a clause states and its PLOVER type, from the verb, its controllers
and particles, or the event noun a light verb carries; and events named by nouns ("talks between
Washington and Moscow", "a call with Ban Ki-moon")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..dictionaries import Phrase, VerbMatch, cameo_verbs
from ..lexicon import Lexicon, RoleWord, Trigger
from ..types import Relation
from .clauses import Clause, clause_subjects, deadline_receivers, weapon_agent, infinitive_tagged_noun
from .tokens import BY_POSITION, TokenView
from .vocabulary import (DISPERSING_VERBS, CROWD_NOUNS, STATE_LINKING_VERBS, ARMED_UNDERTAKING_WORDS, SEEKING_VERBS, SHELTER_NOUNS, REVOKING_VERBS, GRANT_NOUNS, ASKING_VERBS, CITING_VERBS, ANONYMITY_NOUNS, TRADE_PENALTY_NOUNS, IMPOSING_VERBS, CHARACTERISING_VERBS, STRIKING_VERBS, BACK_WORD, PENALTY_NOUN_MODIFIERS, FUNDING_VERBS, CEASING_VERBS, CEASING_TO_VERBS, CONSIDERING_VERBS, ATTEMPT_VERBS, RESPONDING_VERBS, BIDDING_NOUNS, WEIGHING_VERBS, WALKING_OUT_VERBS, SHARE_NOUN, TRAVELLING_VERBS, SPELL_NOUNS, ABANDONING_VERBS, CLAIM_WORDS, LABELLING_VERBS, DISPARAGING_WORDS, EASING_VERBS, ECONOMIC_PRESSURE_NOUNS, EXPELLING_COMMANDS, OBJECT_AS_PREP_VERBS, ASSAILING_VERBS, OBSTRUCTING_VERBS, TELLING_VERBS, FORCE_USING_VERBS, FORCE_WORDS, DECREEING_VERBS, EMERGENCY_RULE_WORDS, FREEZING_VERBS, HOLDING_NOUNS, MEANS_WORDS, ALL_MEANS_WORDS, STATED_THINGS, DIPLOMAT_WORDS, RECALLING_VERBS, CALLING_OFF_VERBS, COMMANDING_VERBS, COMPLEMENT_DEPS, COPULA_COMPLEMENT_DEPS, DESCRIBING_CLAUSE_DEPS, FORMAL_COMPLAINT_VERBS, HINDERING_VERBS, UNDOING_VERBS, INTENT_VERBS, LIGHT_VERBS, NOUN_POS, BLAME_ADJECTIVES, HOLDING_VERBS, LEAVING_VERBS, LEFT_EVENT_PREPS,
                         OBJECT_DEPS, PARTICIPANT_PREPS, PHRASE_MODIFIER_DEPS, PREPOSITIONAL_LIGHT_VERBS, RELATION_CHILD_DEPS, REQUEST_VERBS,
                         SPEECH_VERBS, STANCE_TYPES, COMMENTING_VERBS, SUBJECT_DEPS, THREAT_ACTS, VERB_POS)
from .vocabulary import (REQUEST_NOUNS, PARTITIVES, AUTHORED_NOUNS, STATE_PLACE_NOUNS, ACCEPTING_VERBS, ADDRESSEE_PREPS, DESTINATION_PREPS, VICINITY_PREPS, WH_TAGS, AGENT_MODIFIER_LABELS, GATHERING_VERBS, NAME_LABELS, PATIENT_PREPS, RECEIVING_VERBS,
                         CIRCUMSTANCE_PREPS, JOINT_PREPS, VOWING_VERBS, THREATENING_CONTROLLERS, HAPPENING_VERBS, MEETING_PARTICIPANT_PREPS, TIME_LABELS, REACTION_TYPES, UNDERGOING_PHRASE,
                         UNDERTAKING_NOUNS, END_NOUNS, SENDING_VERBS, ENVOY_WORDS, MESSAGE_NOUNS, COMPLAINT_WORDS, FORCE_MOVING_VERBS, FORCE_NOUNS, PEACEKEEPING_VERBS, PEACEKEEPING_WORDS, POSTING_VERBS, OBSERVER_NOUNS, SUMMONING_VERBS, SUING_VERBS, COURT_CASE_NOUNS, WEAPON_NOUNS, HANDING_VERBS, DISMISSING_VERBS, PLACING_VERBS, CONFINING_PREPS,
                         DEPARTING_VERBS, CONVENING_VERBS, ENTERING_VERBS, MOTION_VERBS, ADVANCING_ON_VERBS, VESSEL_NOUNS, ARMED_VESSEL_WORDS, REDUCING_VERBS, DOWNGRADING_VERBS, TIES_NOUNS, WAR_NOUNS, DISARMING_VERBS, DISARMING_VERB_HEADS, ARMS_NOUNS, SETTING_VERBS, FIRE_WORD, FIRING_VERBS, TESTING_VERBS, TEST_WORD, TEST_NOUNS, TESTED_WEAPON_WORDS, LAUNCHING_VERBS, SEA_NOUNS, OVER_WORD, OVERFLOWN_LABELS, OTHER_SENSE_OBJECTS, OTHER_SENSE_PARTICLES, WON_NOUNS, POLICE_SECTOR, ARRIVING_VERBS, DEADLINE_VERBS, ENDING_VERBS, HOSTILITY_NOUNS, DRIVING_VERBS, ARMED_SECTORS, PLACE_NOUNS, SITE_LABELS, AMOUNT_LABELS, CALLING_VERBS, OWNING_VERBS, CLAIMING_VERBS, BLAST_NOUNS)

# CAMEO 042, "make a visit": what sending an envoy or a delegation, or travelling to a place, codes.
VISIT_CAMEO = "042"
# CAMEO 010, "make statement", and 114, "complain officially": what sending a message, or a note of
# protest, codes.
STATEMENT_CAMEO = "010"
COMPLAINT_CAMEO = "114"
# CAMEO 154, "mobilize or increase armed forces": what moving troops to a front codes.
MOBILIZATION_CAMEO = "154"
# CAMEO 150, "demonstrate military or police power": what testing a weapon codes.
SHOW_OF_FORCE_CAMEO = "150"
OPTIMISTIC_COMMENT_CAMEO = "013"
# CAMEO 0873, "demobilize armed forces": what cutting one's troops, or laying down arms, codes.
DEMOBILIZATION_CAMEO = "0873"
# CAMEO 1712, "destroy property": what setting a building on fire codes.
PROPERTY_DESTRUCTION_CAMEO = "1712"
# CAMEO 175, "use tactics of violent repression": breaking up a crowd by force.
REPRESSION_CAMEO = "175"
# CAMEO 138, "threaten with military force": what declaring war codes.
FORCE_THREAT_CAMEO = "138"
# CAMEO 071, "provide economic aid": what handing over money codes.
ECONOMIC_AID_CAMEO = "071"
PEACEKEEPING_CAMEO = "074"
MEETING_DEMANDED_CAMEO = "106"
LAWSUIT_CAMEO = "115"
RECALLED_ENVOY_CAMEO = "161"
# CAMEO 111, "criticize or denounce": attacking a thing said in words, belittling a party.
VERBAL_ATTACK_CAMEO = "111"
# CAMEO 112, "accuse": what holding someone responsible for an act codes.
BLAMING_CAMEO = "112"
EXPULSION_CAMEO = "166"
# CAMEO 100, "make a demand": what telling someone to do something codes.
DEMAND_CAMEO = "100"
# CAMEO 160, "reduce relations": the code of kg's own row for sanctions.
SANCTIONS_CAMEO = "160"
SANCTIONS_THREAT_CAMEO = "1312"
EMERGENCY_RULE_CAMEO = "1724"
# CAMEO 120, "reject": what blocking a proposal or a resolution codes.
REFUSAL_CAMEO = "120"
EASED_SANCTIONS_CAMEO = "085"
# CAMEO 011, "decline comment": a refusal to say or confirm something.
DECLINED_COMMENT_CAMEO = "011"
# CAMEO 080, "yield": what giving up a demand or a claim codes.
YIELDING_CAMEO = "080"
# CAMEO 183, "conduct suicide, car, or other non-military bombing": what a claimed blast codes.
BOMBING_CAMEO = "183"
# CAMEO 087, "de-escalate military engagement": what armed men leaving a place codes.
WITHDRAWAL_CAMEO = "087"
# CAMEO 030, "express intent to cooperate": what accepting a proposal, plan or request codes.
ACCEPTANCE_CAMEO = "030"
# CAMEO 139, "give ultimatum": what setting a party a time to act by codes.
ULTIMATUM_CAMEO = "139"
# CAMEO 0871, "declare truce, ceasefire": what ending one's fight codes (as PETRARCH2's "end" + &fight).
CEASEFIRE_CAMEO = "0871"
# CAMEO 190, "use conventional military force": what driving armed men from a place codes.
MILITARY_FORCE_CAMEO = "190"
# The verb whose CAMEO patterns read what is begun: they name event nouns with their modifiers.
NOUN_READING_VERB = "start"

# Entity labels of a name that may be a party (not a place: "off the coast" is where).
PARTY_LABELS = AGENT_MODIFIER_LABELS | {"PERSON"}
# Items of a CAMEO pattern's text that mark places of the source, target or verb, not words.
PATTERN_MARKS = ("-", "$", "+", "%", "^")

_KNOWN_VERBS = INTENT_VERBS | REQUEST_VERBS | SPEECH_VERBS | LIGHT_VERBS


@dataclass
class EventType:
    """A PLOVER type and the CAMEO code it was read from (None where no code grounds it)."""

    plover: str
    cameo: str | None = None


@dataclass
class Event:
    """What a clause says happened: its relation, and the PLOVER type if a dictionary knows one."""

    relation: Relation
    event_type: str | None
    cameo: str | None = None


def ceased_by(clause: Clause) -> TokenView | None:
    """The verb that stops the clause's act ("stopped buying gas", "ceased to recognise"), if one does."""
    if not clause.chain:
        return None
    controller = clause.chain[-1]
    if controller.lemma_ not in CEASING_VERBS:
        return None
    tag = clause.predicate.tag_
    return controller if tag == "VBG" or (tag == "VB" and controller.lemma_ in CEASING_TO_VERBS) else None


def clause_event(clause: Clause, lexicon: Lexicon) -> Event:
    relation = clause_relation(clause, lexicon)
    lemma = clause.predicate.lemma_.lower()
    # Read only where kg's own rows leave the type open: matching patterns costs more than the rest.
    cameo = _Once(cameo_reading, clause, lemma, lexicon)
    typed = verb_event_type(clause, lexicon, cameo)
    if typed is None and lemma in PLACING_VERBS:
        confined = _confinement(clause.predicate, lexicon)
        if confined is not None:
            noun, trigger = confined
            if not clause.passive:  # a passive's subject is the one confined; its phrase stays an argument
                relation = Relation(text=f"{relation.text} {noun.head.lower_} {noun.text}", lemma=trigger.lemma)
            return Event(relation, trigger.event_type, trigger.cameo)
    carried = carried_noun(clause, lemma)
    if relation.lemma in CALLING_OFF_VERBS and carried is not None and carried is clause.object \
            and (meeting := noun_trigger(carried, lexicon)) is not None and meeting.event_type == "CONSULT":
        # calling off a meeting or a visit halts talks (CAMEO 164), whatever the verb does to other things
        return Event(relation, "SANCTION", HALTED_TALKS_CAMEO)
    if lemma in WALKING_OUT_VERBS and _walks_out_of_talks(clause.predicate, lexicon):
        return Event(relation, "SANCTION", HALTED_TALKS_CAMEO)  # as PETRARCH2 reads it of a summit
    if typed is not None and typed.cameo == DECLINED_COMMENT_CAMEO:
        return Event(relation, typed.plover, typed.cameo)
    nominal = object_event(clause.predicate, lemma, carried, lexicon, verb_typed=typed is not None)
    # an object noun read with its preposition names the whole act ("put their signatures to a treaty"),
    # where the verb has no row of its own and the dictionary read only the preposition's phrase
    named_with_phrase = False
    if nominal is None and typed is not None and carried is not None and lexicon.has_particle_rows(carried.lemma_) \
            and not lexicon.is_trigger_lemma(lemma):
        phrased = noun_trigger(carried, lexicon)
        if phrased is not None and phrased.particle is not None:
            nominal, named_with_phrase = phrased, True
    if nominal is not None and (typed is None or typed.plover not in STANCE_TYPES or lemma in COMMANDING_VERBS
                                or named_with_phrase
                                or (lemma in LIGHT_VERBS and _object_head_reading(cameo(), typed))):
        # "voiced support for …": the event is the noun, the verb only carries it ...
        text = relation.text if carried is clause.subject else f"{relation.text} {carried.text}"
        relation = Relation(text=text, lemma=carried.lemma_.lower())
        if named_with_phrase or not _more_specific(cameo(), nominal):
            typed = EventType(nominal.event_type, nominal.cameo)
        # ... unless a CAMEO pattern names the noun with its modifiers ("air strikes" are no walkout).
        if typed.plover in THREAT_ACTS and any(c.lemma_ in VOWING_VERBS for c in clause.chain):
            typed = EventType("THREATEN")  # a hostile act vowed by its noun ("vowed to step up attacks")
    if typed is None:
        return Event(relation, None)
    return Event(relation, typed.plover, typed.cameo)


# CAMEO code of halting negotiations (164): calling off talks, a meeting or a visit.
HALTED_TALKS_CAMEO = "164"


def _walks_out_of_talks(verb: TokenView, lexicon: Lexicon) -> bool:
    """Whether a verb of leaving leaves a meeting "out of" it ("walked out of the talks")."""
    return any((meeting := noun_trigger(noun, lexicon)) is not None and meeting.event_type == "CONSULT"
               for out in verb.dependents("prep", "prt", "advmod", words=("out",))
               for of in out.dependents("prep", words=("of",)) for noun in of.dependents("pobj"))


def _counts_events(noun: TokenView) -> bool:
    """Whether a noun is a count or part that may be of events ("dozens", "one", "several")."""
    return noun.lower_ in PARTITIVES or noun.like_num


def carried_noun(clause: Clause, lemma: str) -> TokenView | None:
    """The noun a verb carries as its object: the object, or a light verb's passive subject where
    the passive names no agent ("sanctions were imposed on X", "talks were held with Y")."""
    if clause.passive and lemma in LIGHT_VERBS and clause.subject.dep_ == "nsubjpass":
        return clause.subject
    obj = clause.object
    if obj is not None and obj.lower_ == SHARE_NOUN and lemma in PREPOSITIONAL_LIGHT_VERBS:
        # "took part in the raids": the share carries the event its in-phrase names
        for prep in (*obj.dependents("prep", words=("in",)), *clause.predicate.dependents("prep", words=("in",))):
            for noun in prep.dependents("pobj"):
                return noun
    if obj is not None and _counts_events(obj):
        # a count or part of events carries them ("launched dozens of air strikes", "carried out
        # several of the raids")
        for prep in obj.dependents("prep", words=("of",)):
            for noun in prep.dependents("pobj"):
                if noun.pos_ in NOUN_POS:
                    return noun
    if obj is not None and obj.lemma_.lower() in SPELL_NOUNS and lemma not in UNDOING_VERBS:
        # a spell of an event ("held a new round of talks", "began three days of drills") carries
        # that event; one ended or called off may have run its course, no halt
        for prep in obj.dependents("prep", words=("of",)):
            for noun in prep.dependents("pobj"):
                return noun
    return obj


def _confinement(predicate: TokenView, lexicon: Lexicon) -> tuple[TokenView, Trigger] | None:
    """The coercive act a verb of placing carries in its under- or in-phrase ("placed the minister
    under house arrest", "kept them in detention"), where that phrase's noun names one."""
    for prep in predicate.dependents("prep", words=CONFINING_PREPS):
        for noun in prep.dependents("pobj"):
            found = noun_trigger(noun, lexicon)
            if found is not None and found.event_type == "COERCE":
                return noun, found
    return None


class _Once:
    """`compute(*args)`, called at the first call only (functools.cache builds a whole LRU wrapper,
    which made for about 5 % of extraction when made for every clause; a closure costs more to
    make than this object)."""

    __slots__ = ("compute", "args", "done", "result")

    def __init__(self, compute: Callable[..., VerbMatch | None], *args: Any) -> None:
        self.compute, self.args, self.done, self.result = compute, args, False, None

    def __call__(self) -> VerbMatch | None:
        if not self.done:
            self.result, self.done = self.compute(*self.args), True
        return self.result


def _object_head_reading(cameo: VerbMatch | None, typed: EventType) -> bool:
    """Whether the type is a CAMEO pattern's that read the object's head noun alone: a light verb's
    object noun, read with its modifiers, says more ("began a peace mediation effort" is mediation,
    not the appeal a bare "effort" is)."""
    return cameo is not None and cameo.matched > 0 and typed.cameo == cameo.code and pattern_words(cameo.pattern) < 2


def _more_specific(cameo: VerbMatch | None, noun: Trigger) -> bool:
    """Whether a CAMEO pattern read the object with more words than the noun alone."""
    return (cameo is not None and cameo.matched > 0 and cameo.plover_type is not None
            and pattern_words(cameo.pattern) > 1)


def pattern_words(pattern: str) -> int:
    """Content words of a pattern's text ("- | air_strike" has two): markers and prepositions
    count as words as the dictionary writes them."""
    words = 0
    for side in pattern.split("|"):
        for item in side.split():
            if item in PATTERN_MARKS:
                continue
            words += len([w for w in item.replace(":", "_").split("_") if w])
    return words


def cameo_reading(clause: Clause, lemma: str, lexicon: Lexicon) -> VerbMatch | None:
    """PETRARCH2's CAMEO reading of the predicate verb with its particle, objects, prepositional
    phrases and subject (kg.dictionaries.verbs)."""
    predicate = clause.predicate
    if predicate.pos_ not in VERB_POS or not cameo_verbs().knows(lemma.lower()):
        return None
    # the verb's children, walked once (the dictionary's match does not depend on their order)
    objects: list[Phrase] = []
    preps: list[tuple[str, Phrase | None]] = []
    for child in predicate.children:
        if child.dep_ in COMPLEMENT_DEPS:
            objects.extend(map(phrase, (child, *child.conjuncts)))
        elif child.dep_ == "xcomp":
            objects.append(Phrase(child.lemma_.lower()))
        elif child.dep_ == "prep":
            pobjs = child.dependents("pobj")
            for pobj in pobjs:
                preps.append((child.lower_, phrase(pobj)))
            if not pobjs:
                preps.append((child.lower_, None))
    if clause.object is not None and clause.object.dep_ == "nsubjpass":
        objects.append(phrase(clause.object))  # a passive's patient, its by-agent the subject
    particle = " ".join(clause.particles) or None
    found = cameo_verbs().match(lemma, particle=particle, objects=objects, preps=preps,
                                subject=[phrase(clause.subject)])
    if found is not None and lemma in UNDOING_VERBS:
        # Cancelling, postponing or lifting a thing is not that thing: a pattern that gives the
        # type of the object's own event ("cancel a meeting" as a meeting) reads the noun, not the act.
        if found.plover_type in _object_event_types(predicate, lexicon):
            return None
    return found


def _object_event_types(verb: TokenView, lexicon: Lexicon) -> set[str]:
    """The event types the verb's objects name ("cancel a meeting": CONSULT)."""
    return {t.event_type for o in verb.dependents(*OBJECT_DEPS) if (t := noun_trigger(o, lexicon))}


def phrase(token: TokenView) -> Phrase:
    """A noun with the lemmas of its compound and adjectival modifiers, and theirs ("free trade agreement")."""
    modifiers: list[str] = []
    for child in token.children:
        if child.dep_ in PHRASE_MODIFIER_DEPS:
            modifiers.append(child.lemma_.lower())
            for grandchild in child.children:
                if grandchild.dep_ in PHRASE_MODIFIER_DEPS:
                    modifiers.append(grandchild.lemma_.lower())
    return Phrase(token.lemma_.lower(), tuple(modifiers))


def clause_relation(clause: Clause, lexicon: Lexicon) -> Relation:
    tokens: set[TokenView] = set()
    for token in [*clause.chain, clause.predicate]:
        tokens.add(token)
        if token.pos_ in VERB_POS:
            tokens.update(token.dependents(*RELATION_CHILD_DEPS))
        else:  # an intent noun: keep its negation and the preposition to the verb
            tokens.update(token.dependents("det", words=("no",)))
            for prep in token.dependents("prep"):
                if prep.i < clause.predicate.i:
                    tokens.add(prep)
    if clause.object_prep is not None:
        tokens.add(clause.object_prep)
    if _agent_is_subject(clause):
        # The agent became the subject, so the relation reads actively: "Yatsenyuk attended".
        tokens = {t for t in tokens if t.dep_ not in ("auxpass", "aux") or t.tag_ == "MD"}
    text = " ".join(map(_TEXT, sorted(tokens, key=BY_POSITION)))
    return Relation(text=text, lemma=" ".join([clause.predicate.lemma_.lower(), *clause.particles]))


# A token's text, read in C (a generator made for each clause's relation cost more than the join).
_TEXT = attrgetter("text")


def _agent_is_subject(clause: Clause) -> bool:
    agent = clause.subject
    while agent.dep_ == "conj":
        agent = agent.head
    return agent.dep_ == "pobj" and agent.head.dep_ == "agent"


def verb_event_type(clause: Clause, lexicon: Lexicon,
                    cameo: Callable[[], VerbMatch | None]) -> EventType | None:
    """The type of the predicate, or of a controlling verb that takes a stance on it ("refused to
    recognize" is REJECT)."""
    if _asks_anonymity(clause):
        return None
    found = predicate_type(clause, lexicon, cameo)
    if clause.claim is not None and clause.claim.modality == "denied":
        return found  # what one denies having done ("denied sending troops") is that act, denied
    if found is not None and clause.chain and clause.chain[-1].lemma_ in CEASING_VERBS and ceased_by(clause) is not None:
        # "ceased shelling the city": the shelling stops, which de-escalates; stopping another act is none
        found = EventType("RETREAT", WITHDRAWAL_CAMEO) if found.plover in ("ASSAULT", "MOBILIZE") else None
    chain = clause.chain
    if chain and clause.predicate.has_dependent(*SUBJECT_DEPS):
        # an act with a doer of its own under its controller ("pledged not to let a group operate",
        # where the parser reads the group as the subject of a clause): the controllers' stances are
        # their subject's, not the doer's
        chain = []
    for controller in chain:
        if controller.pos_ == "ADJ" and found is not None and found.plover != "STATEMENT":
            # "ready to strike" threatens; "willing to withdraw" agrees
            return EventType("THREATEN") if found.plover in THREAT_ACTS else EventType("AGREE")
        stance = lexicon.trigger(controller.lemma_, "VERB" if controller.pos_ == "VERB" else "NOUN")
        if controller.lemma_ in THREATENING_CONTROLLERS and (found is not None and found.plover in THREAT_ACTS
                                                             or _uses_force(clause)):
            # a hostile act vowed or pledged, or one a right is claimed to ("reserved the right to
            # retaliate"), is a threat (CAMEO 13)
            return EventType("THREATEN")
        # the stance is the subject's own unless it asks someone, as an object or after a
        # preposition ("urged X to …", "called on X to …")
        if stance is not None and stance.event_type in STANCE_TYPES and controller.lemma_ not in ATTEMPT_VERBS \
                and not (controller.has_dependent("dobj", "dative") or _addresses_someone(controller)):
            if stance.event_type == "REJECT" and clause.predicate.lemma_ in COMMENTING_VERBS:
                # "declined to comment", "refused to confirm the arrest": a statement that gives no
                # answer, no one rejected, nor the act its object names done
                return EventType("STATEMENT", DECLINED_COMMENT_CAMEO)
            return EventType(stance.event_type, stance.cameo)
    return found


def _asks_anonymity(clause: Clause) -> bool:
    """Whether a clause is a source asking not to be named ("an official who asked not to be named
    said …", "requested anonymity"), or that naming itself: how a source is cited, no request."""
    verb = clause.predicate
    if verb.lemma_ in CITING_VERBS:
        return verb.has_dependent("auxpass") and verb.dep_ == "xcomp" and verb.head.lemma_ in ASKING_VERBS
    if verb.lemma_ not in ASKING_VERBS:
        return False
    return any(c.lemma_ in CITING_VERBS and c.has_dependent("auxpass") for c in verb.dependents("xcomp")) \
        or any(c.lemma_ in ANONYMITY_NOUNS for c in verb.dependents("dobj"))


def _rule_of_exception(noun: TokenView | None) -> bool:
    """Whether a noun names a state of emergency or siege, or martial law."""
    if noun is None:
        return False
    word = noun.lemma_.lower()
    if word == "law":
        return noun.has_dependent("amod", "compound", words=("martial",))
    if word == "state":
        return any(o.lemma_.lower() in EMERGENCY_RULE_WORDS for p in noun.dependents("prep", words=("of",))
                   for o in p.dependents("pobj"))
    return word == "emergency" and noun.has_dependent("amod", "compound", words=("national", "state"))


def _uses_force(clause: Clause) -> bool:
    """Whether the clause uses force, or all the means there are ("use force", "use all means",
    "employ every necessary measure")."""
    obj = clause.object
    if clause.predicate.lemma_ not in FORCE_USING_VERBS or obj is None or clause.object_prep is not None:
        return False
    word = obj.lemma_.lower()
    return word in FORCE_WORDS or (word in MEANS_WORDS and any(
        c.lower_ in ALL_MEANS_WORDS for c in obj.dependents("det", "amod", "predet")))


def _addresses_someone(verb: TokenView) -> bool:
    """Whether a preposition after the verb names whom it addresses ("called on X to …"); one that
    says when ("refused on Tuesday to …") addresses no one."""
    return any(o.ent_type_ not in TIME_LABELS for prep in verb.dependents("prep", words=ADDRESSEE_PREPS)
               for o in prep.dependents("pobj"))


def predicate_type(clause: Clause, lexicon: Lexicon,
                   reading: Callable[[], VerbMatch | None]) -> EventType | None:
    """The predicate's own type, the most specific reading first.

    A verb whose object decides what it does comes first (naming something, then the rows of
    VERB_READINGS: "lifted the sanctions", "froze the assets", "sent troops to the border"). Then
    kg's trigger rows (measured on PLOVER dev, they type the verbs they list better than
    the broad dictionary does), with their particle or preposition ("call for", "fight alongside");
    then a CAMEO pattern that matched the verb's objects, prepositions or subject ("reach an
    agreement", "launch air strikes"); then the CAMEO code of the verb alone, for a verb kg's rules
    give no meaning of its own and whose object is a named party ("sided with Azerbaijan").
    """
    pos = "VERB" if clause.predicate.pos_ in VERB_POS else "NOUN"
    particles = set(clause.particles)
    if clause.object_prep is not None:
        particles.add(clause.object_prep.lower_)
    lemma = clause.predicate.lemma_.lower()
    if clause.object_prep is None and lexicon.has_particle_rows(lemma):
        # the preposition after a direct object ("fired shells at a town") or before a gerund
        # ("is committed to holding …"), unless it says when
        particles.update(p.lower_ for p in clause.predicate.dependents("prep")
                         if not any(o.ent_type_ in TIME_LABELS for o in p.dependents("pobj")))
    if lemma in OBJECT_AS_PREP_VERBS and clause.object is not None and clause.object_prep is None \
            and clause.predicate.dep_ != "advcl":  # "struck to protest X": the purpose the strike restates
        particles.add(OBJECT_AS_PREP_VERBS[lemma])
    if lemma in LABELLING_VERBS and clause.object is not None and clause.object_prep is None:
        if clause.object.tag_ == "WP":
            return None  # "what it called a coup": naming the object of the verb it hangs on, no act
        label = _label_given(clause.predicate)
        if label is not None:  # naming the object something is no act on it
            disparaging = any(w.lemma_.lower() in DISPARAGING_WORDS and not _countering(w)  # "a sham", "a terrorist state"
                              for w in (label, *label.conjuncts, *label.dependents("amod", "compound")))
            return EventType("ACCUSE", VERBAL_ATTACK_CAMEO) if disparaging else None
        if lemma in CHARACTERISING_VERBS:
            return None  # "described the attack": telling of another's act, no act of one's own
    if lemma in SPEECH_VERBS and clause.complement is not None and _called_disparaging(clause.complement):
        return EventType("ACCUSE", VERBAL_ATTACK_CAMEO)  # "said the raid was a crime", as calling it one
    if lemma in OTHER_SENSE_OBJECTS and _takes_object_in(clause, OTHER_SENSE_OBJECTS[lemma]) \
            or lemma in OTHER_SENSE_PARTICLES and particles & OTHER_SENSE_PARTICLES[lemma]:
        return None  # "seized the opportunity", "met its commitments", "pressed on": another sense of the verb
    if lemma in SEEKING_VERBS and _takes_object_in(clause, SHELTER_NOUNS) and not _sheltered_by_state(clause.predicate):
        return None  # "sought shelter in a school": fleeing harm, no request
    if lemma in RESPONDING_VERBS and _answers_by_doing(clause.predicate):
        return None  # "retaliated by expelling X": the gerund says what was done, and is typed itself
    for row in READINGS_BY_VERB.get(lemma, ()):
        if row.holds(clause, lexicon):
            return EventType(row.event_type, row.cameo)
    own = lexicon.trigger(lemma, pos, frozenset(particles))
    if own is not None:
        if own.event_type == "SANCTION" and lemma in HINDERING_VERBS and _halts_fighting(clause, lexicon):
            return EventType("RETREAT", WITHDRAWAL_CAMEO)  # "halted its attacks": de-escalation, not a sanction
        return _idiom(clause, own, lexicon, reading) or EventType(own.event_type, own.cameo)
    if lemma in DEPARTING_VERBS and _names_place(_direct_object(clause)):
        if not clause.passive and _armed(clause.subject, lexicon):
            return EventType("RETREAT", WITHDRAWAL_CAMEO)  # "the last troops left the country"
        return None  # leaving a place is no visit to it, as leaving for one is
    if lemma in DEPARTING_VERBS and clause.object is None and not clause.passive \
            and not clause.predicate.has_dependent("prep", words=DESTINATION_PREPS | {"for"}) \
            and not clause.predicate.has_dependent("ccomp", "oprd", "xcomp", "acomp", "dobj") \
            and _armed(clause.subject, lexicon):
        # "the troops would leave once order is restored"; not what an attack left ("…, leaving three dead")
        return EventType("RETREAT", WITHDRAWAL_CAMEO)
    if clause.passive and (not clause.predicate.has_dependent("agent") or weapon_agent(clause.predicate)):
        return None  # CAMEO reads the subject as the source; a passive's subject is acted on
    if clause.predicate.dep_ in DESCRIBING_CLAUSE_DEPS:
        return None  # a clause that describes a noun ("the faction that controls the city") is no report of an act
    cameo = reading()
    if cameo is None or cameo.plover_type is None:
        return None
    if cameo.plover_type == "MOBILIZE" and lemma in STATE_LINKING_VERBS and clause.predicate.has_dependent("acomp"):
        return None  # "the army remained neutral": how forces stand, where forces that remain somewhere show force
    if cameo.matched > 0 and not _bare_preposition(cameo, clause):
        return EventType(cameo.plover_type, cameo.code)
    if cameo.phrase and set(cameo.phrase) <= set(clause.particles):
        return EventType(cameo.plover_type, cameo.code)  # a phrasal verb is no broad verb ("crack down")
    if lemma in _KNOWN_VERBS or lemma in HINDERING_VERBS:
        return None  # kg reads these as carrying another verb or noun, or undoing it
    if clause.object is None or not (any(_names_party(o) for o in (clause.object, *clause.predicate.dependents("dative")))
                                     or _fought(clause.object, cameo, lexicon)):
        return None  # a broad verb alone types an event only between named parties
    return EventType(cameo.plover_type, cameo.code)


def _fought(obj: TokenView, cameo: VerbMatch, lexicon: Lexicon) -> bool:
    """Whether a verb of force is done to armed men or to an uprising ("crushed the rebels",
    "vowed to defeat the insurgents", "crushed the revolt"): they are a party, though unnamed."""
    if cameo.plover_type != "ASSAULT" or obj.pos_ not in NOUN_POS:
        return False
    found = noun_trigger(obj, lexicon)
    return _armed(obj, lexicon) or (found is not None and found.event_type == "PROTEST")


def _names_party(obj: TokenView) -> bool:
    """Whether an object is a name, or a count of people or things ("dozens of rockets"): a sum,
    a weight or a date names no party."""
    return (obj.pos_ == "PROPN" or bool(obj.ent_type_)) and obj.ent_type_ not in AMOUNT_LABELS | TIME_LABELS


def _direct_object(clause: Clause) -> TokenView | None:
    """The clause's object where it is the verb's own, not a preposition's."""
    return clause.object if clause.object_prep is None else None


def _object_is(clause: Clause, words: frozenset[str]) -> bool:
    """Whether the verb's own object is one of `words`, by its lemma."""
    obj = _direct_object(clause)
    return obj is not None and obj.lemma_.lower() in words


def _takes_object_in(clause: Clause, words: frozenset[str]) -> bool:
    """Whether the clause's object is one of `words`, or the verb's own direct object is where the
    clause took a prepositional phrase for its object ("withdrew cash from the bank")."""
    return _object_is(clause, words) or any(o.lemma_.lower() in words for o in clause.predicate.dependents("dobj"))


def _object_in(words: frozenset[str]) -> Callable[[Clause, Lexicon], bool]:
    """The test of `_object_is` for a table row."""
    return lambda clause, lexicon: _object_is(clause, words)


def _answers_with_force(clause: Clause, lexicon: Lexicon) -> bool:
    """"would respond with force", "answered with military force", "responded with air strikes": an
    answer given by force or by an attack is its use."""
    return any(o.lemma_.lower() in FORCE_WORDS or ((t := noun_trigger(o, lexicon)) is not None and t.event_type == "ASSAULT")
               for p in clause.predicate.dependents("prep", words=("with",)) for o in p.dependents("pobj"))


def _sheltered_by_state(verb: TokenView) -> bool:
    """Whether shelter is sought in or from a named country or city (refuge in a neighbouring state):
    of its government, a request."""
    return any(o.ent_type_ == "GPE" for p in verb.dependents("prep") for o in p.dependents("pobj")) \
        or any(o.ent_type_ == "GPE" for n in verb.dependents("dobj") for p in n.dependents("prep")
               for o in p.dependents("pobj"))


def _answers_by_doing(verb: TokenView) -> bool:
    """"retaliated by expelling …", "responded by closing …": an answer whose means a by-gerund names."""
    return any(o.tag_ == "VBG" for p in verb.dependents("prep", words=("by",)) for o in p.dependents("pcomp", "pobj"))


def _answers_with_penalties(clause: Clause, lexicon: Lexicon) -> bool:
    """"retaliated with tariffs", "responded with sanctions": an answer given by economic
    penalties imposes them."""
    return any(o.lemma_.lower() in ECONOMIC_PRESSURE_NOUNS or o.lemma_.lower() in TRADE_PENALTY_NOUNS
               for p in clause.predicate.dependents("prep", words=("with",)) for o in p.dependents("pobj"))


def _strikes_back_with_penalties(clause: Clause, lexicon: Lexicon) -> bool:
    """"hit back with tariffs", "struck back with sanctions": a blow given back is an answer, and
    one given by economic penalties imposes them."""
    return clause.predicate.has_dependent("prt", "advmod", words=(BACK_WORD,)) and _answers_with_penalties(clause, lexicon)


def _orders_out(clause: Clause, lexicon: Lexicon) -> bool:
    """"ordered the envoy to leave the country"."""
    return _direct_object(clause) is not None and any(_leaves_country(c) for c in clause.predicate.dependents("xcomp"))


def _sues(clause: Clause, lexicon: Lexicon) -> bool:
    """"brought a case against …", "filed the suit"."""
    return _object_is(clause, COURT_CASE_NOUNS) and not clause.passive


def _summons(clause: Clause, lexicon: Lexicon) -> bool:
    """"summoned both leaders to peace talks"."""
    return _direct_object(clause) is not None and _summoned_to_talks(clause.predicate, lexicon)


def _keeps_peace(clause: Clause, lexicon: Lexicon) -> bool:
    """"peacekeepers patrolled the buffer zone"; deploying them is another's act."""
    return is_peacekeepers(clause.subject) and (clause.passive or clause.predicate.lemma_ != "deploy")


def _posts_peacekeepers(clause: Clause, lexicon: Lexicon) -> bool:
    """"deployed peacekeepers to a state", "will deploy 100 civilian observers": the people posted
    keep the peace or watch over it, no force readied."""
    obj = _direct_object(clause)
    if obj is None or clause.passive:
        return False
    if _counts_events(obj):  # "dozens of observers"
        obj = next((o for p in obj.dependents("prep", words=("of",)) for o in p.dependents("pobj")), obj)
    return is_peacekeepers(obj) or obj.lemma_.lower() in OBSERVER_NOUNS


def _hands_money(clause: Clause, lexicon: Lexicon) -> bool:
    obj = _direct_object(clause)
    return obj is not None and _money(obj)


def _recalls_envoy(clause: Clause, lexicon: Lexicon) -> bool:
    return _object_is(clause, DIPLOMAT_WORDS) and _called_home(clause)


def _declares_emergency(clause: Clause, lexicon: Lexicon) -> bool:
    return _rule_of_exception(_direct_object(clause))


def _tells_to_act(clause: Clause, lexicon: Lexicon) -> bool:
    """"told the army to withdraw"; "told them where to go" informs."""
    return clause.predicate.has_dependent("dobj") and any(
        x.has_dependent("aux", words=("to",)) and not any(c.tag_ in WH_TAGS for c in x.children)
        for x in clause.predicate.dependents("xcomp"))


def _holds_to_blame(clause: Clause, lexicon: Lexicon) -> bool:
    """"held the government responsible (for …)", "will hold them accountable": the object is blamed,
    as a predicative adjective or, as the parser also has it, a small clause of its own."""
    return clause.object is not None and any(
        c.lower_ in BLAME_ADJECTIVES for c in clause.predicate.children if c.dep_ in ("oprd", "ccomp", "acomp"))


def _blocks_statement(clause: Clause, lexicon: Lexicon) -> bool:
    return _object_is(clause, STATED_THINGS) and not clause.passive


def _declares_war(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether war is declared ("declared war on a state", "declared a holy war against it"), not
    declared over."""
    return _object_is(clause, WAR_NOUNS) and not clause.passive and not _declared_over(clause)


def _declared_over(clause: Clause) -> bool:
    """Whether what the verb declares is declared over ("declared the war over"), where the parser
    may hang the "over" on the object's last word."""
    obj = _direct_object(clause)
    return clause.predicate.has_dependent("prt", "advmod", "oprd", "acomp", words=("over",)) or (
        obj is not None and any(t.lower_ == "over" and not t.children for t in obj.subtree if t.i > obj.i))


def _reduces_forces(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether one's forces are cut ("would cut its troops in the region by half")."""
    obj = _direct_object(clause)
    return obj is not None and _forces(obj) and not clause.passive


def _disarms(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether one's weapons are given up ("laid down their arms", "will hand over its weapons")."""
    particle = clause.predicate.dependent("prt")
    verb = clause.predicate.lemma_ if particle is None else f"{clause.predicate.lemma_} {particle.lower_}"
    return verb in DISARMING_VERBS and _object_is(clause, ARMS_NOUNS) and not clause.passive


def _sets_fire(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether something is set on fire, or fire is set to it ("set a building on fire", "set fire
    to a building")."""
    verb = clause.predicate
    holders = [verb, *verb.dependents("dobj")]  # the parser may hang "on fire" on the object
    on_fire = any(o.lower_ == FIRE_WORD for holder in holders for p in holder.dependents("prep", words=("on",))
                  for o in p.dependents("pobj"))
    fire_to = verb.has_dependent("dobj", words=(FIRE_WORD,)) and verb.has_dependent("prep", words=("to",))
    return (on_fire or fire_to) and not clause.passive


def _disperses_crowd(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the verb breaks up a crowd: its object is protesters or a rally, a count of them
    ("thousands of protesters"), or a pronoun ("dispersed them"), and the verb is active."""
    obj = _direct_object(clause)
    if obj is None or clause.passive:
        return False
    if clause.predicate.dep_ in ("advcl", "xcomp") and clause.predicate.has_dependent("aux", words=("to",)):
        return False  # an infinitive of purpose after a force already named (gas fired "to disperse" a crowd) restates it
    if obj.pos_ == "PRON" or obj.lemma_.lower() in CROWD_NOUNS:
        return True
    return (obj.like_num or obj.lower_ in PARTITIVES) and any(
        o.lemma_.lower() in CROWD_NOUNS for p in obj.dependents("prep", words=("of",)) for o in p.dependents("pobj"))


def _tests_weapon(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the verb tests a weapon: "tested a missile", or fired or launched one as a test
    ("test-fired a missile", which the tokenizer cuts at its hyphen)."""
    tested = clause.predicate.dependent("dobj")
    if tested is None or tested.lemma_.lower() not in TESTED_WEAPON_WORDS:
        return False
    return clause.predicate.lemma_ == TEST_WORD or clause.predicate.has_dependent("npadvmod", "compound", "amod",
                                                                                   words=(TEST_WORD,))


def _fired_into_sea(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether a weapon is fired or launched into the sea, off a coast or over a land ("fired two
    missiles into the sea", "launched a rocket off its east coast", "fired a missile over a
    state"): force shown, at no one it struck."""
    weapon = clause.predicate.dependent("dobj")
    if weapon is None or (weapon.lemma_.lower() not in WEAPON_NOUNS and weapon.lemma_.lower() not in TESTED_WEAPON_WORDS):
        return False
    # the phrase may hang on the weapon ("a missile over a state")
    return any(place.lemma_.lower() in SEA_NOUNS or (prep.lower_ == "off" and place.lemma_.lower() == "coast")
               or (prep.lower_ == OVER_WORD and place.ent_type_ in OVERFLOWN_LABELS)  # not "over the border", "over the weekend"
               for prep in (*clause.predicate.dependents("prep"), *weapon.dependents("prep"))
               for place in prep.dependents("pobj"))


def _weapons_test(noun: TokenView) -> bool:
    """Whether a noun is a test of a weapon ("a nuclear test", "missile tests")."""
    return noun.lower_ in TEST_NOUNS and any(
        m.lemma_.lower() in TESTED_WEAPON_WORDS for m in noun.dependents("amod", "compound"))


def _fires_in_arms(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether armed men or police fire with no object of the verb's own ("soldiers fired first", "police
    fired into the crowd"; shots into the air warn, and a missile fired is a weapon tested or used,
    read by its phrases)."""
    role = _role(clause.subject, lexicon)
    into_the_air = any(o.lower_ == "air" for p in clause.predicate.dependents("prep") for o in p.dependents("pobj"))
    return _direct_object(clause) is None and clause.predicate.dependent("dobj") is None and not clause.passive \
        and not into_the_air and role is not None and (role.sector in ARMED_SECTORS or role.sector == POLICE_SECTOR)


def _forces(noun: TokenView) -> bool:
    """Whether a noun names armed forces or their ships ("troops", "patrol ships")."""
    word = noun.lemma_.lower()
    return word in FORCE_NOUNS or (word in VESSEL_NOUNS and any(
        m.lemma_.lower() in ARMED_VESSEL_WORDS for m in noun.dependents("amod", "compound")))


def _ends_fighting(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the verb ends an armed fight: its object ("ended the insurgency") or, declared or
    announced, the end's to-phrase ("declared an end to their rebellion") or the fight declared
    over ("declared the war over")."""
    ended = _direct_object(clause) or clause.predicate.dependent("dobj")
    if ended is not None and clause.predicate.lemma_ != "end" and not _declared_over(clause):
        # "an end to their rebellion", "a halt to military operations"
        # (the parser may hang the to-phrase on the verb)
        prep = (ended.dependent("prep", words=("to", "of")) or clause.predicate.dependent("prep", words=("to",))) \
            if ended.lemma_.lower() in END_NOUNS else None
        ended = prep.dependent("pobj") if prep is not None else None
    return ended is not None and (ended.lemma_.lower() in HOSTILITY_NOUNS or _armed_undertaking(ended)
                                  or ((found := noun_trigger(ended, lexicon)) is not None and found.event_type == "ASSAULT"))


def _armed_undertaking(noun: TokenView) -> bool:
    """Whether a noun names an armed undertaking ("military operations", "its air campaign")."""
    return noun.lemma_.lower() in UNDERTAKING_NOUNS and any(m.lemma_.lower() in ARMED_UNDERTAKING_WORDS
                                                            for m in noun.dependents("amod", "compound"))


def _drives_out(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether armed men drive a party from a place, or a party's armed men from it ("drove the
    rebels from their strongholds", "pushed the militants out of the town")."""
    obj = _direct_object(clause)
    if obj is None or not any(p.lower_ in ("from", "out") for p in clause.predicate.dependents("prep", "prt")):
        return False
    return _armed(clause.subject, lexicon) or _armed(obj, lexicon)


def _enters_in_arms(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether armed men, not peacekeepers, come into a named place or a place noun ("troops
    entered the country"), as "invade" and "cross into" say: the mirror of leaving one (RETREAT)."""
    return _names_place(_direct_object(clause)) and not clause.passive and _armed(clause.subject, lexicon) \
        and not is_peacekeepers(clause.subject)


def _names_place(token: TokenView | None) -> bool:
    """Whether a token names a place, by a name of a site or by a noun of places ("the country")."""
    return token is not None and (token.ent_type_ in SITE_LABELS or token.lemma_.lower() in PLACE_NOUNS)


def _moves_in_arms(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether armed men, not peacekeepers, move into a place ("troops moved into a buffer zone",
    "tanks poured across the border into the country") or advance on it ("rebels advanced on the
    capital"): entering it, said with a verb of motion."""
    preps = ("into", "on") if clause.predicate.lemma_ in ADVANCING_ON_VERBS else ("into",)
    return not clause.passive and _armed(clause.subject, lexicon) and not is_peacekeepers(clause.subject) \
        and _place_reached(clause.predicate, preps) is not None


def _arrives_in_arms(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether armed forces arrive in a place ("marines landed in the port")."""
    return _armed(clause.subject, lexicon) and not is_peacekeepers(clause.subject) \
        and _place_reached(clause.predicate, ("in", "at", "into")) is not None


def _peacekeepers_arrive(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether peacekeepers arrive in a place ("peacekeepers landed in the territory")."""
    return is_peacekeepers(clause.subject) and _place_reached(clause.predicate, ("in", "at", "into")) is not None


def _place_reached(verb: TokenView, preps: tuple[str, ...]) -> TokenView | None:
    """The place a verb's prepositional phrase names, named or by a place noun."""
    for prep in verb.dependents("prep", words=preps):
        for place in prep.dependents("pobj"):
            if _names_place(place):
                return place
    return None


def _halts_fighting(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether what a verb halts or suspends is an attack or a show of force ("its offensive", "air
    strikes", "the exercises"): halting trade or aid punishes another (CAMEO 16x), halting one's
    fighting or drills de-escalates (087)."""
    # the verb's own object, also where the clause took a phrase after it for its object ("halted
    # operations against the rebels")
    obj = clause.object if clause.object_prep is None else clause.predicate.dependent("dobj")
    if obj is None:
        return False
    if _armed_undertaking(obj):
        return True  # "military operations", "its air campaign"
    found = noun_trigger(obj, lexicon)
    return found is not None and found.event_type in ("ASSAULT", "MOBILIZE")


def _summoned_to_talks(verb: TokenView, lexicon: Lexicon) -> bool:
    """Whether the verb's to-phrase names a meeting ("to peace talks", "to a summit")."""
    for prep in verb.dependents("prep", words=("to",)):
        for noun in prep.dependents("pobj"):
            found = noun_trigger(noun, lexicon)
            if found is not None and found.event_type == "CONSULT":
                return True
    return False


def is_peacekeepers(noun: TokenView) -> bool:
    """Whether a noun names peacekeepers ("peacekeepers", "a U.N. peacekeeping force")."""
    return noun.lower_ in PEACEKEEPING_WORDS or \
        noun.has_dependent(*PHRASE_MODIFIER_DEPS, words=PEACEKEEPING_WORDS)


def _armed(subject: TokenView, lexicon: Lexicon) -> bool:
    """Whether a noun names soldiers or fighters by their role ("troops", "rebels", "the army"), or
    armed forces by their arms ("tanks", "warships", "patrol boats")."""
    role = _role(subject, lexicon)
    return role is not None and role.sector in ARMED_SECTORS or _forces(subject)


def _role(token: TokenView, lexicon: Lexicon) -> RoleWord | None:
    """The role a noun names ("troops", "the opposition"), by its word or its lemma."""
    return lexicon.sectors.get(token.lower_) or lexicon.sectors.get(token.lemma_.lower())


def _belittled(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the object dismissed as something is a party: named, or named by its role
    ("the protesters", "the opposition")."""
    obj = _direct_object(clause)
    if obj is None or not clause.predicate.has_dependent("prep", words=("as",)):
        return False
    return obj.ent_type_ in PARTY_LABELS or _role(obj, lexicon) is not None


def _money(noun: TokenView) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ == "MONEY" or lemma == "fund" or cameo_verbs().in_synset(lemma, "currency")


def _moves_forces(clause: Clause) -> bool:
    """Whether the object moved is armed forces or their weapons, and a verb of sending or ordering
    sends them to a place it names by a common noun ("sent troops to the border area", "ordered
    troops to the border") or to a region that is no state ("to the Gulf"): sent to a state, or to
    help someone, they may be aid; ordered to do something, they are told to."""
    # the verb's own object, also where the clause took the destination for its object ("sent two warships to a sea")
    obj = clause.predicate.dependent("dobj")
    if obj is None or not (_forces(obj) or obj.lemma_.lower() in WEAPON_NOUNS
                           or (obj.pos_ == "PROPN" and obj.has_dependent("compound", words=FORCE_NOUNS))):
        return False  # a ship named after its class is the class ("the carrier NAME")
    if clause.predicate.lemma_ not in SENDING_VERBS and clause.predicate.lemma_ not in COMMANDING_VERBS:
        return True
    if any(word.has_dependent("prep", words=VICINITY_PREPS) for word in (clause.predicate, obj, *obj.conjuncts)):
        return True  # sent to stand by a place ("sent warships around the island"; the parser may hang it on the last one)
    return any((pobj.lemma_.lower() in PLACE_NOUNS and pobj.pos_ == "NOUN") or pobj.ent_type_ == "LOC"
               for word in (clause.predicate, obj)  # the parser may read "to" as an indirect object's
               for prep in word.dependents("prep", "dative", words=DESTINATION_PREPS)
               for pobj in prep.dependents("pobj"))


def _called_disparaging(complement: TokenView) -> bool:
    """Whether a reported copula names its subject something disparaging ("… was a crime", "…
    were illegal"), not negated; or a clause with no copula does ("declared the vote illegal",
    "null and void": the parser makes the name the head of a small clause with the thing as subject)."""
    if complement.pos_ in ("ADJ", "NOUN") and complement.has_dependent("nsubj") and not complement.has_dependent("neg"):
        return any(w.lemma_.lower() in DISPARAGING_WORDS for w in (complement, *complement.conjuncts))
    if complement.lemma_ != "be" or complement.has_dependent("neg"):
        return False
    return any(w.lemma_.lower() in DISPARAGING_WORDS
               for label in complement.dependents(*COPULA_COMPLEMENT_DEPS)
               for w in (label, *label.dependents("amod", "compound")))


def _countering(word: TokenView) -> bool:
    """Whether a word follows "anti-" or "counter-" (the tokenizer splits the hyphen off): an act
    named "anti-terrorist" or "counter-terrorism" is named for what it fights, no disparagement."""
    tokens, i = word.doc.tokens, word.i
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in ("anti", "counter")


def _label_given(verb: TokenView) -> TokenView | None:
    """What a verb of naming names its object ("called the vote a farce", "called it illegal",
    "described the raid as a provocation"): the head word of the name; None without one."""
    label = verb.dependent("oprd")
    if label is None:
        # the as-phrase, hung on the verb or on its object, its noun or adjective ("as illegal")
        label = next((o for holder in (verb, *verb.dependents("dobj")) for p in holder.dependents("prep", words=("as",))
                      for o in p.dependents("pobj", "amod", "acomp")), None)
    if label is None:
        # "described the junta as illegitimate", "… as hastily planned": the parser hangs the adjective
        # or participle on the verb, its "as" on it
        label = next((a for a in verb.dependents("advcl", "acomp") if a.tag_ in ("JJ", "VBN")
                      and a.has_dependent("advmod", "prep", "mark", words=("as",))), None)
    if label is None:
        # the parser may read the name as a second object, or as the object's apposition when no
        # comma sets it off ("branded the leader a traitor")
        named = verb.dependents("dobj", "dative")
        if len(named) == 2:
            return named[1]
        if len(named) == 1:
            label = next((a for a in named[0].dependents("appos")
                          if not verb.doc[a.subtree[0].i - 1].is_punct), None)
            # or as an adjective of the object set after it ("called the measures "illegal""),
            # where English sets its adjectives before the noun
            label = label or next((a for a in named[0].dependents("amod") if a.i > named[0].i), None)
    if label is None:
        # an adjective in -ly the tagger took for an adverb of the verb ("called the attack cowardly")
        label = verb.dependent("advmod", words=DISPARAGING_WORDS)
    return label


def _leaves_country(verb: TokenView) -> bool:
    """Whether a verb says one leaves a country, named or not ("to leave", "to leave the kingdom",
    "to leave Russia"); leaving a town one is told to is an evacuation."""
    if verb.lemma_ not in DEPARTING_VERBS or verb.has_dependent("neg"):
        return False
    left = verb.dependent("dobj")
    return left is None or left.lower_ in STATE_PLACE_NOUNS or left.ent_type_ == "GPE"


def _travels_to(clause: Clause) -> bool:
    """Whether one goes to a place carrying nothing ("flew to a capital"; not "flew food to …")."""
    verb = clause.predicate
    return not clause.passive and not verb.has_dependent("dobj") \
        and any(p.has_dependent("pobj") for p in verb.dependents("prep", words=("to",)))


def _called_home(clause: Clause) -> bool:
    """Whether an envoy is called home from another: recalled, or withdrawn from a place (an envoy
    withdrawn from nowhere may be a mediator leaving a task)."""
    return clause.predicate.lemma_ == "recall" or any(
        p.lower_ in ("from", "out") for p in clause.predicate.dependents("prep", "prt"))


def _sent_message(clause: Clause) -> TokenView | None:
    """The verb's own object where it is a message ("sent a note to X": the clause may take X for its object)."""
    obj = clause.predicate.dependent("dobj")
    return obj if obj is not None and obj.lemma_.lower() in MESSAGE_NOUNS else None


def _sends_complaint(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether what is sent is a message of protest ("sent a protest note to X", "a letter of complaint")."""
    message = _sent_message(clause)
    return message is not None and (message.has_dependent("compound", "amod", words=COMPLAINT_WORDS) or any(
        o.lower_ in COMPLAINT_WORDS for p in message.dependents("prep", words=("of",)) for o in p.dependents("pobj")))


def _sends_envoy(clause: Clause) -> bool:
    """Whether the object sent is an envoy, named by the noun or its title ("an envoy", "its foreign
    minister", "envoy Anthony Lake")."""
    obj = clause.object
    if obj is None or clause.object_prep is not None:
        return False
    return obj.lemma_.lower() in ENVOY_WORDS or any(
        c.lemma_.lower() in ENVOY_WORDS for c in obj.dependents("compound", "appos"))


def _idiom(clause: Clause, own: Trigger, lexicon: Lexicon,
           reading: Callable[[], VerbMatch | None]) -> EventType | None:
    """The type of a verb with an object the CAMEO patterns read together with it, unlike the
    verb alone: an event noun of that kind ("returned fire" is an attack, not a return), or people
    named by their role ("withdrew its ambassador" reduces relations, "withdrew troops" retreats)."""
    obj = clause.object
    if obj is None or clause.object_prep is not None or clause.predicate.lemma_ in LIGHT_VERBS:
        return None  # a light verb defers to its object anyway (object_event)
    noun = noun_trigger(obj, lexicon)
    if noun is not None and noun.event_type == own.event_type:
        return None
    if noun is None and not _names_people(obj, lexicon):
        return None
    found = reading()
    if found is None or not found.matched or found.plover_type in (None, own.event_type) \
            or (noun is not None and found.plover_type != noun.event_type) \
            or (noun is None and not _reads_object(found)):
        return None
    return EventType(found.plover_type, found.code)


def _names_people(token: TokenView, lexicon: Lexicon) -> bool:
    """Whether a noun names people by their role ("ambassador", "troops", "observers")."""
    role = _role(token, lexicon)
    return role is not None and role.denotes == "person"


def _reads_object(found: VerbMatch) -> bool:
    """Whether a pattern names its object's own words after the verb: no preposition's, and no
    class of words, which the dictionary reads in several ways ("deploy" with "&military" is
    cooperation, aid and mobilisation at once)."""
    items = [i for i in found.pattern.split("|")[-1].split() if i not in PATTERN_MARKS]
    return bool(items) and not any(":" in i or i.startswith("&") for i in items)


def _bare_preposition(cameo: VerbMatch, clause: Clause) -> bool:
    """Whether a pattern read nothing but a preposition of a prepositional phrase: the dictionary
    writes particle verbs so ("fire off" a letter), and a phrase that merely starts with that
    preposition ("fired missiles off the coast") is no reading of the verb."""
    particles = set(clause.particles)
    items = [i for side in cameo.pattern.split("|") for i in side.split() if i not in PATTERN_MARKS]
    preps = {c.lower_: c for c in clause.predicate.dependents("prep")}
    if not items or not all(i.rstrip(":") in preps and i.rstrip(":") not in particles and ":" not in i[:-1]
                            for i in items):
        return False
    # ... unless the phrase names a party, as a broad verb's object may ("fired missiles at a capital")
    return not any(o.ent_type_ in PARTY_LABELS for i in items for o in preps[i.rstrip(":")].dependents("pobj"))


def noun_trigger(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The event a noun names: its own row, or, for a noun that names an undertaking ("an
    aid mission", "a bombing campaign"), its event-noun modifier's; read with its modifiers
    where the CAMEO dictionary names the phrase ("air strikes" are attacks, not a walkout)."""
    if noun.pos_ not in NOUN_POS:
        return None
    lemma, word = noun.lemma_.lower(), noun.lower_
    found = lexicon.trigger(lemma, "NOUN")
    if found is None and word != lemma:
        found = lexicon.trigger(word, "NOUN")  # the word as written, where a row lists that form
    if found is not None:
        found = _hyphenated_trigger(noun, lexicon) or found
        holders = (noun, noun.head) if noun.dep_ in OBJECT_DEPS and lexicon.has_particle_rows(found.lemma) else (noun,)
        # the parser often hangs an object noun's preposition on its verb ("put their signature to a treaty")
        preps = frozenset(c.lower_ for holder in holders for c in holder.dependents("prep")
                          if not any(o.ent_type_ in TIME_LABELS for o in c.dependents("pobj")))
        if preps:  # a row for the noun with its preposition wins ("calls for" a thing are requests)
            found = lexicon.trigger(found.lemma, "NOUN", preps) or found
        if found.event_type != "REQUEST" and found.lemma in REQUEST_NOUNS and _asks_an_act(noun):
            found = Trigger(found.lemma, "NOUN", None, "REQUEST", DEMAND_CAMEO)  # "calls to free …"
    elif not noun.children:
        return None  # no row, and a bare noun has no modifiers or phrases
    else:
        # no row of its own: what the noun names with its modifiers and phrases, each reading asked
        # only of the words it reads (most nouns are none of them)
        if noun.tag_ == "NN" and word.endswith("ing"):
            found = _verbal_noun_trigger(noun, lexicon)  # "the signing of an agreement"
        elif word in PENALTY_NOUN_MODIFIERS:
            if _penalty(noun, PENALTY_NOUN_MODIFIERS[word]):
                return Trigger(lemma, "NOUN", None, "SANCTION", SANCTIONS_CAMEO)  # "an asset freeze", "a travel ban"
        elif word in TEST_NOUNS:
            if _weapons_test(noun):
                return Trigger(TEST_WORD, "NOUN", None, "MOBILIZE", SHOW_OF_FORCE_CAMEO)
        if found is None and lemma in UNDERTAKING_NOUNS:
            found = _undertaken_event(noun, lexicon)
    if found is None or found.event_type == "STATEMENT":
        return None
    if noun.has_dependent(*PHRASE_MODIFIER_DEPS):
        reading = phrase_reading(phrase(noun))
        if reading is not None and reading.plover_type != found.event_type:
            return Trigger(found.lemma, "NOUN", None, reading.plover_type, reading.code)
    return found


def _penalty(noun: TokenView, modifiers: frozenset[str]) -> bool:
    """Whether a noun of a penalty's kind has a modifier that makes it one ("an asset freeze", "a
    travel ban")."""
    return any(m.lemma_.lower() in modifiers for m in noun.dependents("compound", "amod"))


def _undertaken_event(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The event an undertaking noun names by its event-noun modifier or of-phrase ("a bombing
    campaign", "a campaign of violence")."""
    return next((t for m in noun.dependents("compound") if (t := lexicon.trigger(m.lemma_, "NOUN"))), None) \
        or next((t for p in noun.dependents("prep", words=("of",)) for m in p.dependents("pobj")
                 if (t := lexicon.trigger(m.lemma_, "NOUN"))), None)


def _asks_an_act(noun: TokenView) -> bool:
    """Whether a noun of asking has the act asked for as its infinitive ("calls to free …"), which
    the parser may hang on the verb whose object the noun is ("ignored calls from X to free …"),
    where that verb is no light verb (whose infinitive is a purpose: "made a call to discuss …")."""
    holders = [noun]
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in VERB_POS and noun.head.lemma_ not in LIGHT_VERBS:
        holders.append(noun.head)
    return any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.i > noun.i and c.has_dependent("aux", words=("to",))
               for holder in holders for c in holder.children)


def _verbal_noun_trigger(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The event of a verb used as a noun with its object in an of-phrase ("the signing of an
    agreement", "the killing of two soldiers"): the verb's own row."""
    word = noun.lower_
    if noun.tag_ != "NN" or not word.endswith("ing") or len(word) < 6 or not noun.has_dependent("prep", words=("of",)):
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else None):
        found = lexicon.trigger(verb, "VERB") if verb else None
        if found is not None and found.particle is None:
            return Trigger(found.lemma, "NOUN", None, found.event_type, found.cameo)
    return None


def _hyphenated_trigger(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The trigger of a word the tokenizer split at its hyphen ("cease-fire" is a ceasefire, not
    a fire), written closed or with the hyphen; asked only of nouns that are triggers alone."""
    if noun.i < 2 or noun.doc[noun.i - 1].text != "-":
        return None
    first = noun.doc[noun.i - 2].lower_
    return lexicon.trigger(first + noun.lemma_.lower(), "NOUN") or lexicon.trigger(f"{first}-{noun.lemma_.lower()}", "NOUN")


@lru_cache(maxsize=1 << 14)  # noun phrases recur; the memo stays bounded over a long run
def phrase_reading(words: Phrase) -> VerbMatch | None:
    """CAMEO's reading of a noun phrase with its modifiers, where a pattern names more than its
    head: the patterns of the verbs of beginning ("launch", "start") name what is begun, so they
    are the dictionary's readings of event nouns ("launch air strikes", "start peace talks")."""
    found = cameo_verbs().match(NOUN_READING_VERB, objects=[words])
    if (found is None or not found.matched or found.plover_type in (None, "STATEMENT")
            or pattern_words(found.pattern) < 2):
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
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (head.head.head.lemma_.lower() in SPELL_NOUNS
                                                             or _counts_events(head.head.head)):
        head = head.head.head  # "held a round of talks", "launched dozens of strikes": the spell or count
        # stands where the event's noun would
    if head.dep_ == "pobj" and lemma in PREPOSITIONAL_LIGHT_VERBS:
        # a light verb with a prepositional object ("took part in a raid"); a place named by what
        # is done at it ("returned to the negotiating table") names that act
        return noun_trigger(obj, lexicon) or _place_of_act(obj, lexicon)
    if lemma in CLAIMING_VERBS and (head.dep_ in ("dobj", "obj") or (predicate.dep_ == "relcl" and obj is predicate.head)):
        found = _attack_named(obj, lexicon)  # "claimed the bombing", "an attack the group claimed": owned
        if found is not None:
            return found
    if head.dep_ not in ("dobj", "obj", "nsubjpass") and not (predicate.dep_ == "acl" and obj is predicate.head):
        return None  # the patient of a passive is its object, as is the noun a participle modifies
    if lemma in RECEIVING_VERBS:
        # what one receives or accepts is another's act: accepting it is agreeing to it
        found = noun_trigger(obj, lexicon)
        if found is None or lemma not in ACCEPTING_VERBS:
            return None
        return Trigger(lemma, "VERB", None, "AGREE", ACCEPTANCE_CAMEO)
    if lemma in FUNDING_VERBS:
        return None  # what one pays for is others' act ("financed the protests")
    if lemma in OWNING_VERBS and head.lower_ == "responsibility":
        return _owned_attack(head, lexicon)
    if lemma in CALLING_VERBS and not predicate.has_dependent("prt", "oprd", "ccomp", "dative"):
        found = noun_trigger(obj, lexicon)
        return found if found is not None and found.event_type == "PROTEST" else None  # "called a general strike"
    if lemma in LIGHT_VERBS or lemma in COMMANDING_VERBS or (not verb_typed and lemma not in HINDERING_VERBS
                                                             and lemma not in WEIGHING_VERBS
                                                             and lemma not in CHARACTERISING_VERBS):
        found = noun_trigger(obj, lexicon)
        if found is not None and found.event_type == "PROTEST" and lemma in FORMAL_COMPLAINT_VERBS:
            # a protest lodged or filed with someone is a complaint, not a demonstration (CAMEO 114)
            return lexicon.trigger("complaint", "NOUN") or found
        return found
    return None


def _place_of_act(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The act a place is named by, its modifier in -ing ("the negotiating table")."""
    return next((found for m in noun.children if m.i < noun.i and m.dep_ in ("amod", "compound")
                 and (found := _gerund_trigger(m.lower_, lexicon)) is not None), None)


def _gerund_trigger(word: str, lexicon: Lexicon) -> Trigger | None:
    """The event of the verb a modifier in -ing is the gerund of ("negotiating" in "the negotiating
    table"; the tagger often takes it for a noun, whose lemma keeps the ending)."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else None):
        found = lexicon.trigger(verb, "VERB") if verb else None
        if found is not None:
            return found
    return None


def _owned_attack(responsibility: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The attack one claims or accepts responsibility for, by its noun's own row or its device
    ("for the car bomb", "for the blast"); None for anything else one answers for."""
    for prep in responsibility.dependents("prep", words=("for",)):
        for noun in prep.dependents("pobj"):
            found = _attack_named(noun, lexicon)
            if found is not None:
                return found
    return None


def _attack_named(noun: TokenView, lexicon: Lexicon) -> Trigger | None:
    """The attack a noun names by its own row or by its device ("the car bomb", "the blast")."""
    found = noun_trigger(noun, lexicon)
    if found is not None and found.event_type == "ASSAULT":
        return found
    if noun.lemma_.lower() in BLAST_NOUNS:
        return Trigger(noun.lemma_.lower(), "NOUN", None, "ASSAULT", BOMBING_CAMEO)
    return None


@dataclass
class NominalEvent:
    """An event noun with the tokens of its parties."""

    noun: TokenView
    trigger: Trigger
    verb: TokenView | None  # the verb whose clause the noun sits in
    participants: list[TokenView]  # objects of its with-, between- and against-phrases
    agent: TokenView | None = None  # whose act it is, named on the noun ("by Russia", "Russia's")
    patients: tuple[TokenView, ...] = ()  # whom the agent's act is done to ("the bombing of a city")
    joined: bool = False  # the clause's subject went for it ("gathered for a rally")
    mutual: bool = False  # its parties act with or on one another ("talks between A and B", "A-B clashes")
    received: bool = False  # an act the verb's subjects received or drew from its agent ("drew criticism from X")


def nominal_events(nouns: list[TokenView], lexicon: Lexicon, skip: set[int]) -> Iterator[NominalEvent]:
    """Event nouns with their participants, of a sentence's `nouns` (in order) not in `skip`.

    "talks between Washington's and Moscow's top diplomats" gives both parties; "in a telephone
    call with Ban Ki-moon, Putin countered …" gives Ban, and the governing verb's subject (Putin)
    is the other party. A noun that names whose act it is ("the shelling of a city by rebels",
    "Russia's invasion of Ukraine") gives that agent and those the act is done to.
    """
    for noun in nouns:
        if noun.i in skip:
            continue
        trigger = noun_trigger(noun, lexicon)
        if trigger is None:
            continue
        received = _received_act(noun)
        if received is not None:
            giver, receiver = received
            yield NominalEvent(noun, trigger, None, [], giver, receiver, received=True)
            continue
        participants = _phrase_objects(noun, MEETING_PARTICIPANT_PREPS if trigger.event_type == "CONSULT"
                                       else JOINT_PREPS if _circumstance(noun) else PARTICIPANT_PREPS)
        pair = _hyphenated_pair(noun)
        participants += pair
        if noun.dep_ == "nsubj" and noun.head.lemma_ in HAPPENING_VERBS:
            participants += _phrase_objects(noun.head, PARTICIPANT_PREPS)  # "clashes broke out between …"
        if not participants and trigger.event_type == "CONSULT":
            participants = _addressed_in(noun)
        mutual = bool(pair) or any(p.dep_ == "pobj" and p.head.lower_ == "between" for p in participants)
        agent = noun_agent(noun)
        patients = tuple(p for p in _phrase_objects(noun, PATIENT_PREPS) if p not in participants) if agent else ()
        if agent is not None and agent.dep_ != "pobj" and not (participants or patients):
            agent = None  # "the Syrian war": an adjective or possessive alone is no party to an act
        joined = _joined(noun)
        if not participants and agent is None and not joined:
            continue
        verb = _governing_verb(noun)
        convened = mutual and verb is not None and verb.lemma_ in CONVENING_VERBS
        if verb is not None and not convened and not _when_done(noun, verb) \
                and ((_object_of_act(noun, verb) and not (agent and _reaction(verb, lexicon)))
                     or _topic_of_event(noun, verb, lexicon)):
            continue
        if agent is not None and verb is not None and agent.dep_ == "pobj" and verb.has_dependent("auxpass") \
                and not verb.has_dependent("agent"):
            # the parser hung a passive verb's agent on a noun of its phrase: not the noun's agent
            agent, patients = None, ()
            if not participants:
                continue
        yield NominalEvent(noun, trigger, verb, participants, agent, patients, joined, mutual)


def _addressed_in(meeting: TokenView) -> list[TokenView]:
    """Whom a verb of speaking addresses during a meeting or a call it names ("told his French
    counterpart in a telephone call that …"): the meeting's partner, where a name or a state's
    adjective says who it is (not "told reporters at a news conference")."""
    verb = meeting.head.head if meeting.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in VERB_POS or verb.lemma_ not in SPEECH_VERBS:
        return []
    return [o for o in verb.dependents("dobj", "dative")
            if o.pos_ == "PROPN" or o.ent_type_ in PARTY_LABELS
            or any(m.ent_type_ in AGENT_MODIFIER_LABELS for m in o.dependents("amod", "compound", "poss"))]


def _received_act(noun: TokenView) -> tuple[TokenView, tuple[TokenView, ...]] | None:
    """The giver and receivers of an act a verb of receiving takes as its object ("drew
    criticism from a state", "received a visit from a minister", "came under fire from rebels"):
    the giver is named by a from-phrase on the noun or the verb, or as the noun's agent; the
    receivers are the verb's subjects. None where the noun is not so received or no giver is named."""
    head = noun.head
    if noun.dep_ in OBJECT_DEPS and head.pos_ in VERB_POS and head.lemma_ in RECEIVING_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == UNDERGOING_PHRASE[1] and head.head.lemma_ == UNDERGOING_PHRASE[0]:
        verb = head.head
    elif bidding_phrase(noun) and head.head.pos_ in VERB_POS:
        # "sent troops at the request of X", "met at X's invitation": X asked the subject to act
        verb = head.head
        givers = [p for prep in noun.dependents("prep", words=("of",)) for p in prep.dependents("pobj")]
        giver = givers[0] if givers else noun.dependent("poss")
        return (giver, tuple(clause_subjects(verb))) if giver is not None and giver.pos_ != "PRON" else None
    else:
        return None
    givers = [p for holder in (noun, verb) for prep in holder.dependents("prep", words=("from",))
              for p in prep.dependents("pobj")]
    giver = givers[0] if givers else noun_agent(noun)
    if giver is None:
        return None
    return giver, tuple(clause_subjects(verb))


def bidding_phrase(noun: TokenView) -> bool:
    """Whether a noun of asking is the object of "at" that says on whose bidding something was done
    ("at the request of X", "at X's invitation", "at the behest of X")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() in BIDDING_NOUNS


def _circumstance(noun: TokenView) -> bool:
    """Whether the noun is the object of a preposition that says when or amid what the clause's act
    happened ("during protests against a government, police arrested …"): the clause's subject
    takes part in such an event only where it is joint ("after talks with", "amid clashes with"),
    not where it is one side's act against another."""
    return noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS


def _hyphenated_pair(noun: TokenView) -> list[TokenView]:
    """Two names joined by a hyphen before an event noun ("Israel-Hamas ceasefire", "India-Pakistan
    border clashes"): the event's two parties."""
    for second in noun.dependents("compound"):
        if second.ent_type_ not in PARTY_LABELS:
            continue
        for first in second.dependents("compound"):
            if first.i + 2 == second.i and noun.doc[first.i + 1].text == "-" and first.ent_type_ in PARTY_LABELS:
                return [first, second]
    return []


def _joined(noun: TokenView) -> bool:
    """Whether the subject of a verb of coming or gathering goes for the event a noun names
    ("gathered for a rally", "arrived for talks"): the for-phrase says what one came to take part
    in (with other verbs it may say what one is thanked, blamed or punished for)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_ in GATHERING_VERBS and not verb.has_dependent(
        "auxpass", "nsubjpass", *OBJECT_DEPS)


def _phrase_objects(noun: TokenView, preps) -> list[TokenView]:
    found: list[TokenView] = []
    for prep in noun.dependents("prep", words=preps):
        for pobj in prep.dependents("pobj"):
            found.append(pobj)
            found.extend(c for c in pobj.conjuncts if c.i > pobj.i)
            found.extend(_stranded_conjunct(pobj))
    return found


def noun_agent(noun: TokenView) -> TokenView | None:
    """Who does what an event noun names, where the noun says so: the object of its by-phrase
    ("strikes by the rebels") or, for a noun of asking, offering or warning, its from-phrase; a named possessor ("Russia's invasion") or a name used as its
    adjective ("Russian air strikes"; not a hyphenated one: "anti-Russian protests" are not
    Russia's)."""
    for prep in noun.dependents("prep", words=("by",)):
        for pobj in prep.dependents("pobj"):
            return pobj
    for of in noun.dependents("prep", words=("of",)):
        # the parser hangs the by-phrase on the of-object ("the arrest of two journalists by police"):
        # the patient's phrase names no agent of its own
        for patient in of.dependents("pobj"):
            for prep in patient.dependents("prep", words=("by",)):
                for pobj in prep.dependents("pobj"):
                    return pobj
    if noun.lemma_.lower() in AUTHORED_NOUNS:
        for prep in noun.dependents("prep", words=("from",)):
            for pobj in prep.dependents("pobj"):
                return pobj  # "a request from the president": who asks, offers or warns
    for child in noun.dependents("poss"):
        if child.ent_type_ in NAME_LABELS:
            return child
    for child in noun.children:
        if child.i > noun.i:
            break  # children are in position order: the rest follow the noun
        if child.dep_ in PHRASE_MODIFIER_DEPS and child.ent_type_ in AGENT_MODIFIER_LABELS:
            doc = child.doc
            hyphenated = any(0 <= j < len(doc) and doc[j].text == "-" for j in (child.i - 1, child.i + 1))
            if not hyphenated:
                return child
    return None


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


def _object_of_act(noun: TokenView, verb: TokenView) -> bool:
    """Whether the noun names what a verb with a meaning of its own acts on: opposing sanctions,
    calling off a meeting or condemning an attack is not the sanction, meeting or attack of the
    verb's subject. A light verb's object is its event ("held talks with"); a noun in a
    prepositional phrase is an event the subject takes part in ("in talks with"). A passive's
    subject is what it acts on ("the visit was postponed")."""
    token = noun
    while token.head is not verb:
        token = token.head
    if token.dep_ == "prep" and token.lower_ in LEFT_EVENT_PREPS and verb.lemma_.lower() in LEAVING_VERBS:
        return True  # what one withdraws or pulls out from is an undertaking left, not joined
    return (token.dep_ in OBJECT_DEPS or token.dep_ == "nsubjpass") and verb.lemma_.lower() not in LIGHT_VERBS


def _when_done(noun: TokenView, verb: TokenView) -> bool:
    """Whether the noun follows a preposition of circumstance on its way to the verb: it says when
    the act was done, wherever the parser hung it ("praised the deal as historic during a visit
    to a capital"), and is neither what the act is done to nor its topic."""
    token = noun.head
    while token is not verb:
        if token.dep_ == "prep" and token.lower_ in CIRCUMSTANCE_PREPS:
            return True
        token = token.head
    return False


def _reaction(verb: TokenView, lexicon: Lexicon) -> bool:
    """Whether a verb judges an act that happened ("condemned a state's invasion", "rejected
    accusations by a panel", "welcomed a state's offer"): an act whose agent its object names is
    that agent's. Verbs that ask for, plan or undo an act do not say it happened."""
    found = lexicon.trigger(verb.lemma_, "VERB")
    return found is not None and found.event_type in REACTION_TYPES


def _topic_of_event(noun: TokenView, verb: TokenView, lexicon: Lexicon) -> bool:
    """Whether the noun hangs off another event noun on its way to the verb: what an allegation,
    a threat or a report is about is not an act of the verb's subject."""
    child, token = noun, noun.head
    while token is not verb:
        if token.pos_ in NOUN_POS and child.dep_ != "conj" and noun_trigger(token, lexicon) is not None \
                and _verbal_noun_trigger(token, lexicon) is None:  # "the signing of agreements": their act
            return True  # (a noun coordinated with another event noun is no topic of it: "pacts and agreements")
        child, token = token, token.head
    return False


def _governing_verb(noun: TokenView) -> TokenView | None:
    """The verb whose clause a noun sits in, through prepositions and nouns ("after hours of talks")."""
    token = noun
    for _ in range(6):
        if token.dep_ == "nsubjpass" and token.head.pos_ in VERB_POS:
            return token.head  # what a passive acts on ("the visit was postponed")
        if token.dep_ in ("nsubj", "nsubjpass", "ROOT") or token.head == token:
            return None
        token = token.head
        if (token.pos_ in VERB_POS and token.dep_ != "prep") or infinitive_tagged_noun(token):
            return token  # "following", "including" act as prepositions
    return None


@dataclass(frozen=True)
class VerbReading:
    """A verb whose object or circumstances decide its event, read before kg's trigger rows: the
    verbs, the test of the clause, and the event it codes."""

    verbs: frozenset[str]
    holds: Callable[[Clause, Lexicon], bool]
    event_type: str
    cameo: str


# In order: the first that holds types the clause. One more reading is one more row.
VERB_READINGS = (
    VerbReading(EASING_VERBS, _object_in(ECONOMIC_PRESSURE_NOUNS | TRADE_PENALTY_NOUNS), "RETREAT", EASED_SANCTIONS_CAMEO),
    VerbReading(CONSIDERING_VERBS, _object_in(ECONOMIC_PRESSURE_NOUNS), "THREATEN", SANCTIONS_THREAT_CAMEO),
    VerbReading(IMPOSING_VERBS, _object_in(TRADE_PENALTY_NOUNS), "SANCTION", SANCTIONS_CAMEO),
    VerbReading(ABANDONING_VERBS, _object_in(CLAIM_WORDS), "CONCEDE", YIELDING_CAMEO),
    VerbReading(EXPELLING_COMMANDS, _orders_out, "SANCTION", EXPULSION_CAMEO),
    VerbReading(SENDING_VERBS, lambda clause, lexicon: _sends_envoy(clause), "CONSULT", VISIT_CAMEO),
    VerbReading(SENDING_VERBS, _sends_complaint, "ACCUSE", COMPLAINT_CAMEO),
    VerbReading(SENDING_VERBS, lambda clause, lexicon: _sent_message(clause) is not None, "STATEMENT", STATEMENT_CAMEO),
    VerbReading(TRAVELLING_VERBS, lambda clause, lexicon: _travels_to(clause), "CONSULT", VISIT_CAMEO),
    VerbReading(SUING_VERBS, _sues, "ACCUSE", LAWSUIT_CAMEO),
    VerbReading(SUMMONING_VERBS, _summons, "REQUEST", MEETING_DEMANDED_CAMEO),
    VerbReading(PEACEKEEPING_VERBS, _keeps_peace, "AID", PEACEKEEPING_CAMEO),
    VerbReading(POSTING_VERBS, _posts_peacekeepers, "AID", PEACEKEEPING_CAMEO),
    VerbReading(FORCE_MOVING_VERBS, lambda clause, lexicon: _moves_forces(clause), "MOBILIZE", MOBILIZATION_CAMEO),
    VerbReading(DISMISSING_VERBS, _belittled, "ACCUSE", VERBAL_ATTACK_CAMEO),
    VerbReading(HANDING_VERBS, _hands_money, "AID", ECONOMIC_AID_CAMEO),
    VerbReading(RECALLING_VERBS, _recalls_envoy, "SANCTION", RECALLED_ENVOY_CAMEO),
    VerbReading(ASSAILING_VERBS, _object_in(STATED_THINGS), "ACCUSE", VERBAL_ATTACK_CAMEO),
    VerbReading(FREEZING_VERBS, _object_in(HOLDING_NOUNS), "SANCTION", SANCTIONS_CAMEO),
    VerbReading(REVOKING_VERBS, _object_in(GRANT_NOUNS), "SANCTION", SANCTIONS_CAMEO),
    VerbReading(DECREEING_VERBS, _declares_emergency, "COERCE", EMERGENCY_RULE_CAMEO),
    VerbReading(TELLING_VERBS, _tells_to_act, "REQUEST", DEMAND_CAMEO),
    VerbReading(OBSTRUCTING_VERBS, _blocks_statement, "REJECT", REFUSAL_CAMEO),
    VerbReading(HOLDING_VERBS, _holds_to_blame, "ACCUSE", BLAMING_CAMEO),
    VerbReading(ENDING_VERBS, _ends_fighting, "RETREAT", CEASEFIRE_CAMEO),
    VerbReading(DECREEING_VERBS, _declares_war, "THREATEN", FORCE_THREAT_CAMEO),
    VerbReading(DOWNGRADING_VERBS, _object_in(TIES_NOUNS), "SANCTION", RECALLED_ENVOY_CAMEO),
    VerbReading(REDUCING_VERBS, _reduces_forces, "RETREAT", DEMOBILIZATION_CAMEO),
    VerbReading(DISARMING_VERB_HEADS, _disarms, "RETREAT", DEMOBILIZATION_CAMEO),
    VerbReading(SETTING_VERBS, _sets_fire, "ASSAULT", PROPERTY_DESTRUCTION_CAMEO),
    VerbReading(DISPERSING_VERBS, _disperses_crowd, "ASSAULT", REPRESSION_CAMEO),
    VerbReading(TESTING_VERBS, _tests_weapon, "MOBILIZE", SHOW_OF_FORCE_CAMEO),
    VerbReading(LAUNCHING_VERBS, _fired_into_sea, "MOBILIZE", SHOW_OF_FORCE_CAMEO),
    VerbReading(FIRING_VERBS, _fires_in_arms, "ASSAULT", MILITARY_FORCE_CAMEO),
    VerbReading(DRIVING_VERBS, _drives_out, "ASSAULT", MILITARY_FORCE_CAMEO),
    VerbReading(ENTERING_VERBS, _enters_in_arms, "ASSAULT", MILITARY_FORCE_CAMEO),
    VerbReading(MOTION_VERBS, _moves_in_arms, "ASSAULT", MILITARY_FORCE_CAMEO),
    VerbReading(ARRIVING_VERBS, _peacekeepers_arrive, "AID", PEACEKEEPING_CAMEO),
    VerbReading(ARRIVING_VERBS, _arrives_in_arms, "MOBILIZE", MOBILIZATION_CAMEO),
    VerbReading(RESPONDING_VERBS, _answers_with_penalties, "SANCTION", SANCTIONS_CAMEO),
    VerbReading(STRIKING_VERBS, _strikes_back_with_penalties, "SANCTION", SANCTIONS_CAMEO),
    VerbReading(RESPONDING_VERBS, _answers_with_force, "ASSAULT", MILITARY_FORCE_CAMEO),
    VerbReading(DEADLINE_VERBS, lambda clause, lexicon: bool(deadline_receivers(clause.predicate)), "THREATEN",
                ULTIMATUM_CAMEO),
    VerbReading(CLAIMING_VERBS, _object_in(WON_NOUNS), "STATEMENT", OPTIMISTIC_COMMENT_CAMEO),
)
# The rows of each verb, in the table's order: a clause asks only its own verb's rows.
READINGS_BY_VERB: dict[str, tuple[VerbReading, ...]] = {
    verb: tuple(row for row in VERB_READINGS if verb in row.verbs) for verb in sorted(set().union(*(row.verbs for row in VERB_READINGS)))}
