"""Extraction of one article: a parsed Doc in, triples with resolved actors, types and dates out.

kg's own steps, in order, for each clause of each sentence (`_clause_triples`):

    clauses     -> clauses.py      who does what to whom, as tokens of the parse
    roles       -> roles.py        which tokens are subject, object, speaker, further arguments
    actors      -> actors/         the entities those tokens refer to
    event type  -> events.py       the relation and its PLOVER type
    modality    -> modality.py     threats, promises and demands read off modals and conditions
    target      -> targets.py      whom the event is aimed at, where its object is a thing
    date        -> dates.py        the day it happened

and one triple more for each party coordinated with its source or target ("A and B", "A, B
and C", "A as well as B", "A-ian and B-ian troops"), with the same relation, type and provenance.

then, for each sentence, events named by nouns ("talks between A and B", "the shelling of a
city by rebels") and appositions ("Samantha Power, U.S. ambassador"). After kg's own steps, the passes plug-ins register in
`kg.registry.extraction_passes` run on the article's result, in the order of their names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from .. import registry
from ..dictionaries import cameo_to_plover
from ..lexicon import Lexicon
from ..nlp import TEXT_KEY
from ..types import ACTOR_KINDS, Article, ArticleResult, Entity, Relation, Triple
from .actors import Actors, ActorResolver, mark_lexicon_names, resolve_roles
from .actors.phrases import nothing, with_text
from .clauses import Clause, clause_subjects, clauses, coordinated, denied_by_its_words, issuers, listed_apposition
from .dates import clause_date
from .events import VISIT_CAMEO, Event, NominalEvent, bidding_phrase, ceased_by, clause_event, is_peacekeepers, nominal_events, noun_agent, noun_trigger
from .modality import demanded_of, demanded_undone, denied_gerund, modal_event_type, purpose_infinitive
from .repairs import repair_parse
from .roles import clause_roles, phrase_claim, quote_marks, subtree_text
from .targets import (beneficiary_target, coordinated_nationals, coordinated_origins, coordinated_partners, coordinated_targets,
                      event_target, owner_target, owners, purpose_target)
from .tokens import DocView, SpanView, TokenView
from .vocabulary import (THREAT_ACTS, CEASING_VERBS, NOT_DONE, ANNOUNCING_MODALS, WH_TAGS, SUMMED_ACT_NOUNS, VOWING_VERBS, STATE_LINKING_VERBS, BARE_ADJECTIVE_DEPS, BLAST_NOUNS, MODAL_MEANINGS, PRICE_NOUNS, FIGURE_NOUNS, SEAT_ENTRIES, VERBAL_TYPES, OFFERING_VERBS, VENUE_VERBS, SIDE_NOUNS, ASKING_VERBS, ACTS_ON_OTHERS, BLAME_ADJECTIVES, CIRCUMSTANCE_PREPS, BLAME_PREPS, BLAMED_ACTS, MEDIATION_CAMEO, MEDIATING_WORDS, OBJECT_DEPS, WEAPON_NOUNS, AIMING_PREPS, SEA_NOUNS,
                         FAILING_VERBS, LOCATIVE_PREPS, NOUN_POS, OWN_POSSESSIVES, PARTICIPANT_PREPS, PATIENT_PREPS,
                         AIMING_VERBS, PAIR_NOUNS, PEOPLE_SECTORS, RECIPROCAL_CAMEO, RECIPROCAL_TYPES, RECIPROCAL_VERBS, FIGHTING_VERBS, RECALLING_VERBS, FORCE_MOVING_VERBS, SAID_IN_PLACE_TYPES, SITE_PREPS,
                         RESPONSE_NOUNS, STATE_SECTORS, WARNING_VERBS, CLAIM_NOUNS, NOMINAL_SUBJECT_DEPS,
                         OWNER_AIMED_TYPES, REFUSED_BY_NOT_TAKING, DISOWNING_VERBS, DISOWNED_SHARES, VERB_POS, TIME_LABELS, FIGHT_NOUNS, FIGHT_PREPS, ENDORSING_TYPES, HOSTILE_ACT_TYPES,
                         TIME_UNIT_NOUNS, WEEKDAYS)

__all__ = ["extract_article", "registered_passes", "EXTRACTOR_VERSION"]

# CAMEO code of a pessimistic comment (012): a warning of what is coming that no one does.
FOREBODING_CAMEO = "012"
# CAMEO code of people's protests: demonstrating (141).
DEMONSTRATION_CAMEO = "141"
# CAMEO codes of seizing property (171) and of abducting people (181).
SEIZURE_CAMEO, ABDUCTION_CAMEO = "171", "181"
# What not doing an act codes: not agreeing rejects (120), not yielding refuses to yield (124).
REFUSABLE_CAMEO = {"AGREE": "120", "CONCEDE": "124", "RETREAT": "1246", "SUPPORT": "120", "AID": "121", "CONSULT": "125"}
# Acts of yielding or pulling back: vowed not to be done, they are refused (CAMEO 124, 1246).
YIELDING_TYPES = frozenset({"CONCEDE", "RETREAT"})
# Auxiliaries of will: "would not withdraw" refuses to, "did not withdraw" only reports.
WILLING_AUXILIARIES = frozenset({"will", "would", "wo", "'ll"})
# Acts that only a willed "not" refuses ("would not withdraw", "will not grant an amnesty", "won't
# attend the talks"); "did not meet" only reports.
WILLED_REFUSALS = frozenset({"RETREAT", "SUPPORT", "AID", "CONSULT"})
# CAMEO 054, "formally recognize": a standing stance, so that not recognising, in any tense, refuses it.
RECOGNITION_CAMEO = "054"
# CAMEO 120, "reject": what refusing to accept something, whatever it is, codes.
REJECTION_CAMEO = "120"
# CAMEO 051, "praise or endorse": what saying that someone has the right to act codes.
ENDORSEMENT_CAMEO = "051"
# CAMEO 112, "accuse": what saying someone is responsible for an attack codes.
BLAME_CAMEO = "112"
# CAMEO 130, "threaten": what saying someone will pay a price codes.
THREAT_CAMEO = "130"

# Bump when extraction output changes, so that caches keyed by it are invalidated.
EXTRACTOR_VERSION = "1.0.0"

ExtractionPass = Callable[[ArticleResult], ArticleResult]


def registered_passes() -> list[ExtractionPass]:
    """The passes in kg.registry.extraction_passes (plug-ins' entry points included), by name."""
    found = registry.extraction_passes.get_all()
    return [found[name] for name in sorted(found)]


def extract_article(doc: Doc, article: Article, *, lexicon: Lexicon, base_iri: str,
                    passes: Sequence[ExtractionPass] = ()) -> ArticleResult:
    """kg's steps on one parsed article, then `passes` in turn (kg's engines hand in
    `registered_passes()`, looked up once per run: plug-ins' entry points are read from disk)."""
    mark_lexicon_names(doc, lexicon)
    view = DocView(doc, doc.user_data.get(TEXT_KEY))
    repair_parse(view, lexicon.sectors)
    try:
        result = _extract(view, article, lexicon, base_iri)
    finally:
        view.release()
    for extraction_pass in passes:
        result = extraction_pass(result)
    return result


@dataclass
class Sentence:
    """One sentence and what every step reading it shares."""

    span: SpanView
    index: int  # among the article's non-blank sentences
    text: str  # stripped
    place: tuple[int, int]  # character span of `text` in the article
    article: Article
    resolver: ActorResolver
    lexicon: Lexicon
    quotes: list[int]  # token indices of the document's quotation marks


def _extract(doc: DocView, article: Article, lexicon: Lexicon, base_iri: str) -> ArticleResult:
    lead = next((sent for sent in doc.sents if sent.end_char > article.dateline_span[1]), None) \
        if article.dateline_span else None
    resolver = ActorResolver(doc, lexicon, base_iri, article.date, article.dateline, lead)
    quotes = quote_marks(doc)
    result = ArticleResult(article=article, sentences=0)
    index = -1
    for sent in doc.sents:
        # The parsed text sliced, not sent.text, which rebuilds the string token by token.
        raw = doc.text[sent.start_char:sent.end_char]
        if not raw.strip():
            continue
        index += 1
        if _overlaps(sent, article.skip):
            continue
        result.sentences += 1
        text = raw.strip()
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        sentence = Sentence(span=sent, index=index, text=text, place=(start, start + len(text)), article=article,
                            resolver=resolver, lexicon=lexicon, quotes=quotes)
        result.triples.extend(_sentence_triples(sentence))
    codes = {e.code for t in result.triples for e in (t.subject, t.object, t.attributed_to) if e and e.code}
    result.states = {code: resolver.state(code) for code in sorted(codes)}
    return result


def _overlaps(sent: SpanView, ranges: tuple[tuple[int, int], ...]) -> bool:
    for start, end in ranges:
        if start < sent.end_char and sent.start_char < end:
            return True
    return False


def _sentence_triples(sentence: Sentence) -> list[Triple]:
    triples = []
    event_nouns: set[int] = set()  # objects that already are a clause's event
    readings: dict[int, Triple] = {}  # each clause's reading, by its predicate
    for clause in clauses(sentence.span):
        found = _clause_triples(clause, sentence)
        if found:
            triple = readings[clause.predicate.i] = found[0]
            # coordinated things aimed at one target ("sent food and medicine to A and B") are one
            # event per pair, whatever was sent
            if not (clause.object is not None and clause.object.dep_ == "conj" and triple.event_type
                    and _read_before(triple, triples)) \
                    and not _restated_by_participle(clause, triple, readings):
                triples.append(triple)
            if len(found) > 1:
                for further in found[1:]:
                    if not _read_before(further, triples):
                        triples.append(further)
            denial = _denial(clause, triple, sentence)
            if denial is not None and not _read_before(denial, triples):
                triples.append(denial)
            if clause.object is not None and triple.relation.lemma == clause.object.lemma_.lower():
                event_nouns.add(clause.object.i)
            if triple.event_type:  # nouns that name a typed clause's event again name no event of their own
                event_nouns.update(_restated_event_nouns(clause, triple.event_type, sentence.lexicon))
                event_nouns.update(_acting_event_noun(clause, triple, sentence))
    # the sentence's nouns, picked out once for the events they name and for their appositions
    nouns = [token for token in sentence.span if token.pos_ in NOUN_POS]
    triples.extend(_nominal_triples(sentence, nouns, event_nouns, readings))
    triples.extend(_apposition_triples(sentence, nouns))
    return triples


def _read_before(triple: Triple, triples: list[Triple]) -> bool:
    """Whether the sentence's triples already say the same event."""
    return any(_same_event(triple, other) for other in triples)


def _restated_by_participle(clause: Clause, triple: Triple, readings: dict[int, Triple]) -> bool:
    """Whether a participle of aiming set after its verb only says whom that verb's event was
    aimed at ("launched an offensive, targeting X"): one event, not two. What else the event did
    ("…, wounding four soldiers") is said of its own."""
    verb = clause.predicate
    host = readings.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    return host is not None and verb.lemma_ in AIMING_VERBS and host.event_type == triple.event_type \
        and host.subject.id == triple.subject.id and host.object is not None and triple.object is not None \
        and host.object.id == triple.object.id


def _denial(clause: Clause, act: Triple, sentence: Sentence) -> Triple | None:
    """The denial itself, where a gerund names what is denied ("X denied sending troops"): the act
    is X's claim, the denial a rejection X made, as with a that-clause after "deny"."""
    if clause.claim is None or denied_gerund(clause.predicate) is None:
        return None
    verb = clause.predicate.head
    found = sentence.lexicon.trigger(verb.lemma_, "VERB")
    actors = Actors(subject=act.subject, object=None, speaker=None)
    event_type = "REJECT" if act.subject.kind in ACTOR_KINDS else None
    return replace(act, relation=Relation(text=verb.text, lemma=verb.lemma_.lower()), object=None, extra_args=(),
                   event_type=event_type, cameo=found.cameo if found is not None and event_type else None,
                   negated=False, modality="asserted", attributed_to=None,
                   confidence=_confidence(clause, actors, event_type, sentence.span, []))


def _restated_event_nouns(clause: Clause, event_type: str, lexicon: Lexicon) -> list[int]:
    """Nouns in the verb's phrases that name the clause's own event again ("marched in protest
    against …"): one event, not two. Not an event before or after it ("flew home after talks")."""
    restated = []
    for prep in clause.predicate.dependents("prep"):
        if prep.lower_ not in CIRCUMSTANCE_PREPS:
            for pobj in prep.dependents("pobj"):
                found = noun_trigger(pobj, lexicon)
                if found is not None and found.event_type == event_type:
                    restated.append(pobj.i)
    return restated


def _acting_event_noun(clause: Clause, triple: Triple, sentence: Sentence) -> list[int]:
    """A subject event noun whose agent became the source of the clause's typed event ("strikes by
    a state killed …"), where it names no one else: its own event would say the same again."""
    if clause.subject.pos_ not in NOUN_POS or noun_trigger(clause.subject, sentence.lexicon) is None:
        return []
    agent = noun_agent(clause.subject)
    if agent is None or sentence.resolver.peek(agent).id != triple.subject.id \
            or clause.subject.has_dependent("prep", words=PARTICIPANT_PREPS | PATIENT_PREPS):
        return []
    return [clause.subject.i]


def _acting_agent(clause: Clause, event: Event, actors: Actors, sentence: Sentence) -> Actors:
    """A subject that is an event noun naming its agent acts through that agent in a typed event
    ("strikes by a state killed …" is the state's act); one that names none stays as it is, and
    its event stays untyped (no event is typed with a thing as its source)."""
    if event.event_type is None or actors.subject.kind in ACTOR_KINDS \
            or (noun_trigger(clause.subject, sentence.lexicon) is None and not is_peacekeepers(clause.subject)):
        return actors  # a force of peacekeepers is its sender's ("a U.N. force")
    agent = noun_agent(clause.subject)
    if agent is None:
        return actors
    found = _agent_entity(agent, sentence.resolver)  # "Russian strikes killed …": Russia's act
    return replace(actors, subject=found) if found.kind in ACTOR_KINDS else actors


def _same_event(triple: Triple, other: Triple) -> bool:
    return triple.object == other.object and triple.subject == other.subject \
        and triple.relation == other.relation and triple.event_type == other.event_type


def _clause_triples(clause: Clause, sentence: Sentence) -> list[Triple]:
    """kg's steps for one clause, in order: its triple, then one for each further target
    coordinated with its target."""
    roles = clause_roles(clause, sentence.span, sentence.quotes)
    actors = resolve_roles(roles, sentence.resolver)
    if actors is None:
        return []  # an expletive "it": the clause it stands for is read on its own
    event = clause_event(clause, sentence.lexicon)
    own_type = event.event_type  # before a promise makes an act an agreement to act
    # a light verb's passive subject is the event it carries ("sanctions were imposed on X"): who
    # carried it out is not said
    carried = clause.passive and clause.subject.dep_ == "nsubjpass" and event.relation.lemma == clause.subject.lemma_.lower()
    # the steps up to the refusal read a typed event anew, and leave an untyped one as it is (the
    # refusal may type one: "would not accept any delay")
    if own_type is not None:
        actors = _acting_agent(clause, event, actors, sentence)
        event, actors = _modality(clause, event, actors, sentence.resolver)
        event = _foreboding(clause, event, actors, sentence.resolver)
        event, actors = _blame(clause, event, actors, sentence)
        event, actors = _price_to_pay(clause, event, actors, sentence)
        event = _disclaimer(clause, event, actors, sentence)
        event, actors = _endorsement(clause, event, actors, sentence)
        event = _grounded(event, actors, source_named=not carried)
        event = _by_people(event, actors.subject)
        event = _people_seized(event, actors.object, clause.object)
    typed = event.event_type
    event, negated = _refusal(clause, event, actors.subject)
    relation = event.relation
    if event.event_type == "REJECT" and typed != "REJECT":
        # a refusal happened, the refused act did not ("failed to reach a deal", "did not accept the
        # verdict"): its relation names the act not done, so a stated fact never says it was done
        relation = replace(relation, lemma=f"{NOT_DONE} {relation.lemma}")
    elif clause.chain and clause.chain[-1].lemma_ in CEASING_VERBS and (stopper := ceased_by(clause)) is not None:
        # the stopping happened, the act stopped is not going on ("stopped buying gas"): its
        # relation names the stopping
        relation = replace(relation, lemma=f"{stopper.lemma_} {relation.lemma}")
    extra = list(map(subtree_text, roles.adjuncts))
    if carried and event.event_type is not None:
        extra.insert(0, actors.subject.text)
        actors = replace(actors, subject=nothing(sentence.resolver.base_iri, actors.subject.text))
    # the act's own type, also where a promise made it an agreement ("would be freed if …")
    acted_on = clause.passive and (event.event_type in ACTS_ON_OTHERS or own_type in ACTS_ON_OTHERS) \
        and actors.subject.kind in ACTOR_KINDS \
        and _verb_of(event.relation.lemma) == clause.predicate.lemma_.lower() \
        and not clause.predicate.has_dependent("nsubj")  # "…, a charge the military denied": not passive
    if acted_on:
        # a passive with no agent of an act done to someone names whom it was done to, not who
        # did it ("two journalists were arrested in the capital"): the event has a target and no
        # known source. Not a state the passive only describes ("were engaged in fighting",
        # "is committed to"), whose event is its noun's, nor an act one does oneself ("were
        # demobilized", "were deployed").
        if actors.object is not None:
            extra.insert(0, subtree_text(clause.object_prep) if clause.object_prep is not None else actors.object.text)
        # ... but a fight it happened in names the other side ("were killed in clashes with rebels")
        foe = _foe_in_fight(clause, sentence.resolver)
        actors = replace(actors, subject=foe or nothing(sentence.resolver.base_iri, actors.subject.text),
                         object=actors.subject)
        further = []
    else:
        actors, extra, further = _target(clause, event, actors, extra, sentence.resolver, own_type)
    if actors.object is not None and clause.object is not None and actors.object.kind not in ACTOR_KINDS \
            and event.relation.lemma == clause.object.lemma_.lower() \
            and (actors.object.text == subtree_text(clause.object) or actors.object.text == sentence.resolver.phrases.text(clause.object)
                 or (event.event_type is not None and actors.object.text == clause.object.text)):
        # a light verb's event noun ("carried out the attack") is the event, not what it was done to
        extra.insert(0, actors.object.text)
        actors = replace(actors, object=None)
    if event.event_type == "ASSAULT":
        actors = replace(actors, subject=sentence.resolver.groups.fighting(actors.subject, actors.object))
    if actors.object is None and clause.complement is not None:
        extra.append(subtree_text(clause.complement))
    if event.event_type is not None:  # (an untyped clause is no clash of its parties)
        sentence.resolver.clash(event.event_type, actors.subject, actors.object)
    date = clause_date(roles.adjuncts, clause, sentence.article.date)
    triple = Triple(
        doc=sentence.article.id, sentence=sentence.index, text=sentence.text, span=sentence.place,
        subject=actors.subject, relation=relation, object=actors.object, extra_args=tuple(extra),
        event_type=event.event_type, negated=negated, modality=clause.modality,
        attributed_to=actors.speaker, date=date,
        confidence=_confidence(clause, actors, event.event_type, sentence.span, extra), cameo=event.cameo,
    )
    others = _co_actors(clause, actors, sentence.resolver) \
        if event.event_type and event.event_type != "STATEMENT" and not acted_on else []
    if not further and not others:
        return [triple]
    return [triple, *_further_triples(triple, actors, further, others)]


def _co_actors(clause: Clause, actors: Actors, resolver: ActorResolver) -> list[Entity]:
    """The parties that do the subject's act with it: the coordinated national groups, fellow
    speakers, the others of a pair, and the parties "they" stands for."""
    others = [*coordinated_nationals(clause.subject, actors.subject, resolver),
              *_fellow_speakers(clause, actors.subject, resolver),
              *resolver.pair(clause.subject)[1:]]
    # "they" said of parties named together: each of them, once ("A and B said they would …"
    # already has them as fellow speakers)
    return others + [f for f in resolver.fellows(clause.subject)[1:] if all(f.id != o.id for o in others)]


def _further_triples(triple: Triple, actors: Actors, further: list[Entity], others: list[Entity]) -> list[Triple]:
    """The clause's triple again for each further target, and for each party acting with the subject."""
    if actors.object is not None and any(actors.object.id == other.id for other in others):
        # an act the coordinated national groups did to one another: each side's target is the others
        sides = [actors.subject, *others]
        return [replace(triple, subject=source, object=target) for source in sides for target in sides
                if source.id != target.id and not (source is actors.subject and target is actors.object)]
    # what the subject said of itself, each of the others said of itself ("A and B said they would …")
    self_said = actors.speaker is not None and actors.speaker.id == actors.subject.id
    return [*(replace(triple, object=target) for target in further),
            *(replace(triple, subject=source, object=target, attributed_to=source if self_said else triple.attributed_to)
              for source in others for target in (actors.object, *further))]


def _other_side(clause: Clause, resolver: ActorResolver) -> list[Entity]:
    """The second of a pair that a demand's that-clause names as its subject ("demanded that both
    sides …", "insisted that both states …"): the demand is made of it too."""
    if clause.complement is None:
        return []
    named = clause.complement.dependent("nsubj")
    return resolver.pair(named)[1:] if named is not None else []


def _between_others(noun: TokenView) -> bool:
    """Whether a noun's between-phrase names parties other than the clause's subjects: not "them",
    "each other" or "the two countries"."""
    return any(o.pos_ != "PRON" and o.lower_ not in PAIR_NOUNS and o.lower_ != "other"
               for p in noun.dependents("prep", words=("between",)) for o in p.dependents("pobj"))


def _fellow_speakers(clause: Clause, subject: Entity, resolver: ActorResolver) -> list[Entity]:
    """"A and B said they would …": "they" is each of the coordinated speakers, or of the pair
    they are named as ("both sides said they would …", "the two countries said …"), so the act
    they report is each one's; the pronoun resolved to one of them."""
    if clause.subject.lower_ != "they" or clause.speech_head is None:
        return []
    speakers = clause_subjects(clause.speech_head)
    if len(speakers) != 1:
        return []
    parties = [resolver.peek(t) for t in (speakers[0], *coordinated(speakers[0]))] + resolver.pair(speakers[0])[1:]
    if len(parties) < 2 or all(p.id != subject.id for p in parties):
        return []
    return [p for p in parties if p.id != subject.id and p.kind in ACTOR_KINDS]


def _modality(clause: Clause, event: Event, actors: Actors, resolver: ActorResolver) -> tuple[Event, Actors]:
    """Threats and promises read off modals and conditions; a statement that someone must act is
    a request of them ("A said that B must pay …")."""
    event_type = modal_event_type(clause.predicate, clause.chain, clause.negated, event.event_type)
    if event_type != event.event_type:
        event = replace(event, event_type=event_type)
    if event.event_type in ("STATEMENT", "REQUEST") and actors.object is None and clause.complement is not None:
        addressee = demanded_of(clause.complement)
        if addressee is not None:
            demanded = resolver.peek(addressee)
            if demanded.kind in ACTOR_KINDS and demanded.id != actors.subject.id:
                return replace(event, event_type="REQUEST"), replace(actors, object=demanded)
        if event.event_type == "STATEMENT" and demanded_undone(clause.complement):
            return replace(event, event_type="REQUEST"), actors
    return event, actors


def _foreboding(clause: Clause, event: Event, actors: Actors, resolver: ActorResolver) -> Event:
    """A warning by one who is no party of a state that something will come about that no actor
    does ("aid agencies warned that a famine could spread", "that a crisis was looming") is a
    comment on what is coming (CAMEO 012), a statement, not a threat: a threat says what someone
    will do, or what something will do to them ("warned that the sanctions would have
    consequences"), and a state or its officials warning that their region will become a
    battlefield warn of what they may do. A warning that tells what was done ("warned that X had
    broken similar promises") or how things stand ("warned that the region remained tense") says
    what is so, and is no threat either."""
    speaker = actors.subject
    if event.event_type != "THREATEN" or clause.predicate.lemma_ not in WARNING_VERBS or clause.complement is None:
        return event
    if _tells_what_was_done(clause.complement) or _tells_how_things_stand(clause.complement):
        return replace(event, event_type="STATEMENT", cameo=FOREBODING_CAMEO)
    if _third_party_act(clause.complement, speaker, resolver):
        return replace(event, event_type="STATEMENT", cameo=FOREBODING_CAMEO)
    if speaker.kind == "State" or (speaker.code is not None and speaker.sector in STATE_SECTORS) \
            or (actors.object is not None and actors.object.kind in ACTOR_KINDS) \
            or clause.complement.has_dependent(*OBJECT_DEPS):
        return event
    subject = clause.complement.dependent("nsubj")  # a passive's patient hides who acts on it
    if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in RESPONSE_NOUNS \
            or resolver.peek(subject).kind in ACTOR_KINDS:
        return event  # someone's response is an act ("warned that the reply would be harsh")
    return replace(event, event_type="STATEMENT", cameo=FOREBODING_CAMEO)


def _third_party_act(complement: TokenView, speaker: Entity, resolver: ActorResolver) -> bool:
    """Whether a warning says that another actor, not the speaker's side, may do a hostile act
    ("the minister warned that Russia might attack Kyiv"): a forecast of another's act, no threat
    of the speaker's (nor one aimed at that actor)."""
    subject = complement.dependent("nsubj")
    act = resolver.lexicon.trigger(complement.lemma_, "VERB")
    if subject is None or subject.pos_ == "PRON" or act is None or act.event_type not in THREAT_ACTS:
        return False
    doer = resolver.peek(subject)
    return doer.kind in ACTOR_KINDS and doer.id != speaker.id and (doer.code is None or doer.code != speaker.code)


def _tells_what_was_done(complement: TokenView) -> bool:
    """Whether a reported clause is in the pluperfect, with nothing to come coordinated with it
    ("warned that X had broken …"; not "… had failed and would pay"). A simple past after a past
    verb of saying may be a present shifted back ("warned that the alliance was ready to act")."""
    return complement.tag_ == "VBN" and complement.has_dependent("aux", words=("had",)) \
        and not any(c.has_dependent("aux", words=MODAL_MEANINGS) for c in complement.conjuncts)


def _tells_how_things_stand(complement: TokenView) -> bool:
    """Whether a reported clause is a linking verb with a bare adjective and no modal, nothing to
    come coordinated with it ("… that the region remained tense", "was extremely fragile"; not "was
    ready to act", "was capable of striking", "would be dangerous")."""
    return complement.lemma_ in STATE_LINKING_VERBS and not complement.has_dependent("aux", words=MODAL_MEANINGS) \
        and any(a.pos_ == "ADJ" and all(c.dep_ in BARE_ADJECTIVE_DEPS for c in a.children)
                for a in complement.dependents("acomp")) \
        and not any(c.has_dependent("aux", words=MODAL_MEANINGS) for c in complement.conjuncts)


def _blame(clause: Clause, event: Event, actors: Actors, sentence: Sentence) -> tuple[Event, Actors]:
    """Saying that someone is responsible for, guilty of or behind a hostile act blames them for it
    ("A said B was responsible for the attack" is A's accusation of B, CAMEO 112)."""
    if event.event_type != "STATEMENT" or actors.object is not None or clause.complement is None \
            or clause.complement.lemma_ != "be":
        return event, actors
    complement = clause.complement
    acts = [o for a in complement.dependents("acomp", words=BLAME_ADJECTIVES)
            for p in a.dependents("prep", words=BLAME_PREPS) for o in p.dependents("pobj")]
    acts += [o for p in complement.dependents("prep", words=("behind",)) for o in p.dependents("pobj")]
    if not _blamed_act(acts, sentence.lexicon):
        return event, actors
    return _said_of_subject(complement, "ACCUSE", BLAME_CAMEO, event, actors, sentence)


def _blamed_act(nouns: list[TokenView], lexicon: Lexicon) -> bool:
    """Whether one of the nouns names a hostile act one is blamed for: a blast one is behind or
    responsible for is an attack, though the noun alone may be an accident."""
    return any(o.lemma_.lower() in BLAST_NOUNS or (t := noun_trigger(o, lexicon)) is not None
               and t.event_type in BLAMED_ACTS for o in nouns)


def _price_to_pay(clause: Clause, event: Event, actors: Actors, sentence: Sentence) -> tuple[Event, Actors]:
    """Saying that someone will pay a (heavy) price threatens them ("said the militants would pay a
    heavy price", CAMEO 130)."""
    complement = clause.complement
    if event.event_type != "STATEMENT" or actors.object is not None or complement is None:
        return event, actors
    paying = next((v for v in (complement, *complement.conjuncts) if v.lemma_ == "pay"
                   and v.has_dependent("aux", words=ANNOUNCING_MODALS) and v.has_dependent("dobj", words=PRICE_NOUNS)),
                  None)
    if paying is None:
        return event, actors
    # "… had crossed a red line and would pay …": the payer is the first verb's subject
    payer_clause = paying if paying.has_dependent("nsubj") else complement
    return _said_of_subject(payer_clause, "THREATEN", THREAT_CAMEO, event, actors, sentence)


def _disclaimer(clause: Clause, event: Event, actors: Actors, sentence: Sentence) -> Event:
    """Saying that one had no part in something denies it ("said it had not been involved in the
    plot", "said its forces had nothing to do with the killings"): the speaker's rejection (CAMEO
    120), where the one said to have had no part is the speaker, its own ("its forces") or of its state."""
    complement = clause.complement
    if event.event_type != "STATEMENT" or actors.object is not None or complement is None \
            or not _disowns(complement):
        return event
    subject = complement.dependent("nsubj", "nsubjpass")
    party = sentence.resolver.peek(subject) if subject is not None else None
    speaker = actors.subject
    own = subject is not None and subject.has_dependent("poss", words=OWN_POSSESSIVES)  # "its forces"
    if party is None or speaker.kind not in ACTOR_KINDS \
            or not (own or party.id == speaker.id or (party.code is not None and party.code == speaker.code)):
        return event
    return replace(event, event_type="REJECT", cameo=REJECTION_CAMEO)


def _disowns(verb: TokenView) -> bool:
    """Whether a verb says its subject had no part in something: "was not involved in", "had
    nothing to do with", "played no role in"."""
    if verb.lemma_ == "involve":
        return verb.has_dependent("neg")
    return verb.lemma_ in DISOWNING_VERBS and any(
        o.lower_ == "nothing" or (o.lemma_.lower() in DISOWNED_SHARES and o.has_dependent("det", words=("no",)))
        for o in verb.dependents("dobj"))


def _endorsement(clause: Clause, event: Event, actors: Actors, sentence: Sentence) -> tuple[Event, Actors]:
    """Saying that someone has the right to act endorses them ("A said B had the right to defend
    itself" is A's support of B, CAMEO 051)."""
    complement = clause.complement
    if event.event_type != "STATEMENT" or actors.object is not None or complement is None \
            or complement.lemma_ != "have" or complement.has_dependent("neg"):
        return event, actors
    if not any(any(purpose_infinitive(v) for v in right.dependents("acl", "xcomp"))
               for right in complement.dependents(*OBJECT_DEPS, words=("right",))
               if not right.has_dependent("det", words=("no",))):  # "had no right to": no endorsement
        return event, actors
    return _said_of_subject(complement, "SUPPORT", ENDORSEMENT_CAMEO, event, actors, sentence)


def _said_of_subject(complement: TokenView, event_type: str, cameo: str, event: Event, actors: Actors,
                     sentence: Sentence) -> tuple[Event, Actors]:
    """A statement as an act of `event_type` aimed at the subject of what is said, where that
    subject is an actor other than the speaker."""
    subject = complement.dependent("nsubj")
    party = sentence.resolver.peek(subject) if subject is not None else None
    if party is None or party.kind not in ACTOR_KINDS or party.id == actors.subject.id:
        return event, actors
    return replace(event, event_type=event_type, cameo=cameo), replace(actors, object=party)


def _by_people(event: Event, subject: Entity) -> Event:
    """What people who act for no state do when they protest: demonstrating, not complaining as a
    government does ("students protested against fuel prices" is CAMEO 141, not 114)."""
    if event.event_type != "ACCUSE" or event.relation.lemma != "protest" or subject.kind != "Group" \
            or subject.sector not in PEOPLE_SECTORS:
        return event
    return replace(event, event_type="PROTEST", cameo=DEMONSTRATION_CAMEO)


def _people_seized(event: Event, obj: Entity | None, token: TokenView | None) -> Event:
    """Seizing people is abducting them (CAMEO 181, "seized 200 peacekeepers as hostages"), not
    seizing property (171, "seized a tanker"): a person, or people a plural noun names ("three
    engineers", "UN peacekeepers"; an international body itself is named by its name)."""
    if event.cameo != SEIZURE_CAMEO or obj is None or token is None:
        return event
    if obj.kind == "Person" or (obj.kind in ("Group", "IGO") and token.tag_ == "NNS"):
        return replace(event, event_type="ASSAULT", cameo=ABDUCTION_CAMEO)
    return event


def _refusal(clause: Clause, event: Event, subject: Entity) -> tuple[Event, bool]:
    """Not agreeing is refusing: a negated or failed agreement or acceptance ("did not agree to
    the pact", "failed to agree on a truce") is a rejection that did happen (CAMEO 12); not
    yielding ("would not give up the region", "did not concede") is a refusal to yield (124).
    Not accepting anything refuses it ("would not accept any delay" is a rejection, whatever
    is not accepted), and not recognising is a refusal in any tense ("does not recognise the court")."""
    top = clause.chain[0] if clause.chain else clause.predicate
    if event.event_type is None and clause.predicate.lemma_ in REFUSED_BY_NOT_TAKING and denied_by_its_words(top) \
            and subject.kind in ACTOR_KINDS and not clause.passive:  # a passive's subject is what is refused
        return replace(event, event_type="REJECT", cameo=REJECTION_CAMEO), False
    if event.event_type not in REFUSABLE_CAMEO:
        return event, clause.negated
    failed = any(c.lemma_ in FAILING_VERBS for c in clause.chain)
    # yielding or pulling back vowed not to be done is refused ("vowed never to yield", "swore not to
    # withdraw"); not "agreed not to enrich": that is agreeing; nor what a pledge makes an agreement
    # ("pledged not to build weapons", typed by the pledge)
    vowed_not = event.event_type in YIELDING_TYPES and clause.predicate is not top \
        and denied_by_its_words(clause.predicate) and any(c.lemma_ in VOWING_VERBS for c in clause.chain)
    refused = denied_by_its_words(top) or failed or vowed_not
    if event.event_type in WILLED_REFUSALS and event.cameo != RECOGNITION_CAMEO:
        # not pulling back, helping or meeting is a refusal when willed ("would not withdraw", "won't pull out"; CAMEO 1246)
        refused = vowed_not or (top.has_dependent("neg") and top.has_dependent("aux", words=WILLING_AUXILIARIES))
    if not refused:
        return event, clause.negated
    return replace(event, event_type="REJECT", cameo=REFUSABLE_CAMEO[event.event_type]), False


def _verb_of(lemma: str) -> str:
    """The verb of a relation lemma, without the particle a phrasal verb carries ("shoot down": shoot)."""
    return lemma.split(" ", 1)[0]


def _grounded(event: Event, actors: Actors, source_named: bool = True) -> Event:
    """An event type needs an actor as its source (a thing that "cuts through" something imposes
    no sanction), or as its target where the source is not named; and a CAMEO code only stays
    where it still gives the type (a hostile act announced for the future became a threat)."""
    if event.event_type is None:
        return event
    party = actors.subject if source_named else actors.object
    if party is None or party.kind not in ACTOR_KINDS:
        return replace(event, event_type=None, cameo=None)
    if event.cameo is not None and (cameo_to_plover(event.cameo) or (None,))[0] != event.event_type:
        return replace(event, cameo=None)
    return event


def _target(clause: Clause, event: Event, actors: Actors, extra: list[str],
            resolver: ActorResolver, own_type: str | None) -> tuple[Actors, list[str], list[Entity]]:
    """Whom the event is aimed at (`_aimed_at`); where no actor is, coordinated subjects of
    different states that meet or agree do so with one another ("A and B met", "A and B agreed on
    a truce"); coordinated subjects that act on each other do so whatever their states ("A and B
    blamed each other", "traded accusations", "exchanged fire"). An event of no type (and so of no
    CAMEO code) has neither target nor partner."""
    if event.event_type is None:
        return actors, extra, []
    actors, extra, further = _aimed_at(clause, event, actors, extra, resolver)
    if event.event_type in VERBAL_TYPES:
        actors, further = _capitals_as_states(actors, further, resolver)
    obj = actors.object
    each_other = clause.object is not None and clause.object.lower_ in ("other", "another")
    mutual = event.event_type is not None and event.event_type != "STATEMENT" and (
        (clause.object is not None and (each_other or clause.predicate.lemma_ in RECIPROCAL_VERBS))
        or (clause.predicate.lemma_ in FIGHTING_VERBS
            and (clause.object is None or (clause.object_prep is not None and clause.object_prep.lower_ in SITE_PREPS))))
    # promised acts are agreements to act, done with each other only where the act itself is
    # ("A and B will meet"; not "A and B will send warships")
    # ... and not where the thing they do is between others ("offered to host talks between X and Y")
    # ... nor where each offers or pledges an act to a third (`_offered_to_others`)
    joint = ((event.event_type in RECIPROCAL_TYPES and (own_type == event.event_type or own_type in RECIPROCAL_TYPES))
             or (event.cameo or "-").startswith(RECIPROCAL_CAMEO)) \
        and not (event.cameo == MEDIATION_CAMEO and event.relation.lemma in MEDIATING_WORDS) \
        and not (clause.object is not None and _between_others(clause.object)) and not _offered_to_others(clause)
    if (mutual or joint) and not further and not _issued_by_subjects(clause) \
            and (mutual or obj is None or obj.kind not in ACTOR_KINDS or (obj.kind == "Group" and not obj.code)):
        partners = coordinated_partners(clause.subject, actors.subject, resolver, other_states=not mutual)
        if mutual and not partners:
            # "A-ian and B-ian troops exchanged fire": each state's group is the other's target
            partners = coordinated_nationals(clause.subject, actors.subject, resolver)
        if not partners:
            partners = resolver.pair(clause.subject)[1:]  # "the two countries agreed": with each other
        if partners:
            if obj is not None and not each_other:
                extra.insert(0, obj.text)
            return replace(actors, object=partners[0]), extra, partners[1:]
    return actors, extra, further


def _issued_by_subjects(clause: Clause) -> bool:
    """Whether the object is a text its signers issue, whose act the sentence reports ("the
    declaration, signed by A, B and C, condemned …"): it speaks for each of them, no pact of each
    with each."""
    return clause.object is not None and clause.predicate.dep_ == "acl" and bool(issuers(clause.object))


def _offered_to_others(clause: Clause) -> bool:
    """Whether the subjects offer or pledge an act to a third ("A and B offered to send experts"),
    not one they do with each other ("offered to meet", "offered to exchange prisoners")."""
    return any(c.lemma_ in OFFERING_VERBS for c in clause.chain) \
        and clause.predicate.lemma_ not in RECIPROCAL_VERBS and clause.predicate.lemma_ not in VENUE_VERBS


def _done_where_said(event: Event) -> bool:
    """Whether the event is aimed at no one in the place it was done: an act of words ("rejected the
    charge in the capital"), or a pact or truce, whose venue is no party ("signed a ceasefire in Havana")."""
    return event.event_type in SAID_IN_PLACE_TYPES or _pact(event)


def _pact(event: Event) -> bool:
    """Whether the event is a pact, a truce or joint cooperation (CAMEO 050, 057, 06, 0871)."""
    return (event.cameo or "-").startswith(RECIPROCAL_CAMEO)


def _capitals_as_states(actors: Actors, further: list[Entity], resolver: ActorResolver) -> tuple[Actors, list[Entity]]:
    """A capital spoken to, met or asked through a preposition is its government ("would talk to
    Ankara and Damascus"), as one acted on as an object already is."""
    if actors.object is not None and (seat := _seat_as_state(actors.object, resolver)) is not actors.object:
        actors = replace(actors, object=seat)
    return actors, [_seat_as_state(e, resolver) for e in further]


def _seat_as_state(entity: Entity, resolver: ActorResolver) -> Entity:
    """The state whose capital or seat of power a place is, else the place."""
    if entity.kind != "Place" or not entity.code or resolver.states.entry(entity.label)[1] not in SEAT_ENTRIES:
        return entity
    return with_text(resolver.state(entity.code), entity.text)


def _foe_in_fight(clause: Clause, resolver: ActorResolver) -> Entity | None:
    """The side a fight that a passive's act happened in was with ("were killed in a clash with
    X", "wounded in fighting with X"): who did it to the passive's subject."""
    fight = clause.object
    if fight is None or clause.object_prep is None or clause.object_prep.lower_ not in FIGHT_PREPS \
            or fight.lemma_.lower() not in FIGHT_NOUNS:
        return None
    for prep in fight.dependents("prep", words=("with",)):
        for side in prep.dependents("pobj"):
            found = resolver.resolve(side)
            if found.kind in ACTOR_KINDS:
                return found
    return None


def _when(noun: TokenView) -> bool:
    """Whether a noun names a time ("Monday", "early on Friday", "the night")."""
    return noun.ent_type_ in TIME_LABELS or noun.lower_ in WEEKDAYS or noun.lemma_.lower() in TIME_UNIT_NOUNS


def _aimed_at(clause: Clause, event: Event, actors: Actors, extra: list[str],
              resolver: ActorResolver) -> tuple[Actors, list[str], list[Entity]]:
    """An event whose object is no actor, or the subject's own thing (a possessive pronoun's
    "pulled back its ships from a state"), is aimed at the actor of a target phrase; an unnamed
    group as object ("sent troops to protect …") yields to the object of a purpose clause. The
    object replaced becomes an argument. Also the further targets coordinated with the one found
    (the object's own conjuncts are clauses of their own)."""
    if not event.event_type or event.event_type == "STATEMENT":
        return actors, extra, []
    obj = actors.object
    # "its ships" are the subject's own, "his Chilean counterpart" another state's; whom one asks
    # is whom the request is aimed at, one's own people too ("told its nationals to quit a state")
    own = clause.object is not None and clause.object.has_dependent("poss", words=OWN_POSSESSIVES) \
        and not (obj is not None and obj.code and obj.code != actors.subject.code) \
        and clause.predicate.lemma_ not in ASKING_VERBS
    # "withdrew its state from a pact", "pulled the country out of": the subject's own side is what
    # it moves, not whom the act is aimed at
    moved = obj is not None and obj.kind == "State" and actors.subject.code in (None, obj.code) \
        and clause.predicate.lemma_ in RECALLING_VERBS
    own = own or moved
    if clause.object_prep is not None and (clause.object_prep.lower_ in CIRCUMSTANCE_PREPS
                                           and clause.object_prep.lower_ != "despite" or bidding_phrase(clause.object)):
        # "resigned amid protests", "after talks with X": when, not on whom; but what one acts
        # despite may be whom one defies ("refused despite pressure from X"); "met at X's request":
        # on whose bidding, not with whom
        return replace(actors, object=None), [subtree_text(clause.object_prep), *extra], []
    if event.event_type in ENDORSING_TYPES and clause.object is not None and clause.object_prep is None \
            and (act := noun_trigger(clause.object, resolver.lexicon)) is not None and act.event_type in HOSTILE_ACT_TYPES:
        # backing a hostile act backs whoever does it ("praised a state's arrest of X"), not whom it
        # is done to ("welcomed the sanctions against X", "the expulsion of X's diplomats")
        agent = noun_agent(clause.object)
        doer = resolver.peek(agent) if agent is not None else None
        if doer is not None and doer.kind not in ACTOR_KINDS and (code := resolver.states.code_of(agent)):
            doer = resolver.state(code)  # a people's name as the act's adjective ("Saudi strikes")
        if doer is None or doer.kind not in ACTOR_KINDS or doer.id == actors.subject.id:
            return replace(actors, object=None), [obj.text if obj is not None else clause.object.text, *extra], []
        found = doer, agent
    elif clause.object is not None and clause.object.lemma_.lower() in WEAPON_NOUNS:
        # the weapon fired is the means: what it is fired at is the object, named or not ("fired
        # rockets at a convoy"), never the weapon's maker ("Scud missiles"); with nothing aimed at, none
        aimed = next((o for holder in (clause.predicate, clause.object)
                      for p in holder.dependents("prep", words=AIMING_PREPS) for o in p.dependents("pobj")
                      if not _when(o)), None)  # "fired rockets on Monday": when, not at whom
        if aimed is None or aimed.lemma_.lower() in SEA_NOUNS:  # fired into the sea: at no one
            return replace(actors, object=None), [obj.text, *extra], []
        found = resolver.peek(aimed), aimed  # a capital fired at is its state, as one struck is
    elif obj is None or own or not (obj.kind in ACTOR_KINDS or obj.code) or _where(clause, obj):
        found = event_target(clause, actors.subject, resolver, said=_done_where_said(event), pact=_pact(event))
    elif _thing(obj) and clause.object is not None:
        found = owner_target(clause.object, actors.subject, resolver)
        if found is None and obj.code == actors.subject.code:
            found = beneficiary_target(clause, actors.subject, resolver)  # "pledged its state's backing for …"
    elif obj.kind in UNNAMED_KINDS and (not obj.code or obj.id in resolver.home.ids) \
            and event.event_type != "REQUEST" and clause.predicate.lemma_ not in ASKING_VERBS:
        # people one sends or deploys are the means, whom the purpose names the target; people one
        # asks or warns to do something are whom the act is aimed at
        found = purpose_target(clause, actors.subject, resolver)
        if found is None and clause.predicate.lemma_ in FORCE_MOVING_VERBS:
            # the people sent are the means: with no one they are sent to or against, no target
            return replace(actors, object=None), [obj.text, *extra], []
    else:
        further = [*coordinated_origins(clause.object, obj, actors.subject, resolver),
                   *coordinated_nationals(clause.object, obj, resolver),
                   *resolver.pair(clause.object)[1:], *resolver.fellows(clause.object)[1:]] \
            if clause.object is not None else _other_side(clause, resolver)
        return actors, extra, further
    if found is None and obj is not None and obj.kind == "Place" and obj.code and event.cameo == VISIT_CAMEO \
            and resolver.states.entry(obj.label)[1] in SEAT_ENTRIES:
        # a visit to a capital is one to its state (a city elsewhere is only where talks are held);
        # its conjuncts, other capitals, have clauses of their own
        found = resolver.state(obj.code), None
    target, token = found if found is not None else (None, None)
    if target is None and (moved or (own and obj is not None and obj.kind not in ACTOR_KINDS
                                     and not clause.object.has_dependent("poss", words=("their",)))):
        # a thing of the subject's own is no target ("would not halt its offensive", "will never give
        # up our land"); "their" may be others' ("praised their courage")
        return replace(actors, object=None), [obj.text, *extra], []
    if token is not None and event.event_type == "CONSULT" and clause.object is not None and token.dep_ == "pobj" \
            and token.head.lower_ in SITE_PREPS and token.head.head.i in _meeting_nouns(clause.object):
        target, token = None, None  # where a meeting took place ("held a round of talks in a capital")
    if target is not None and token is not None:
        resolver.mention(target, token)  # whom an act is aimed at is there for later pronouns
    if target is None and obj is not None and event.event_type in RECIPROCAL_TYPES and _where(clause, obj) \
            and clause.object_prep.lower_ in SITE_PREPS:
        # where partners met or agreed ("met in a capital") is not whom they met; where one went
        # to meet ("travelled to a capital") is whom
        return replace(actors, object=None), [subtree_text(clause.object_prep), *extra], []
    # the object's own target phrase may name the owner ("demanded an end to Israeli settlement building")
    inner = token if token is not None and clause.object is not None and token.head.head is clause.object else None
    target = _addressee(event, target or obj, (clause.object, inner), actors.subject, resolver)
    if target is None or target is obj:
        # the object found elsewhere than the clause's object ("said the government should …") has no
        # modifiers of the clause's own to read
        nationals = target is not None and clause.object is not None
        return actors, extra, coordinated_nationals(clause.object, obj, resolver) if nationals else []
    if obj is not None:
        extra.insert(0, obj.text)
    further = [*coordinated_targets(token, target, actors.subject, resolver),
               *coordinated_nationals(token, target, resolver),
               # the other of a pair of states ("sent envoys to both capitals"); the sides of a conflict
               # found as a target are read with less certainty, the first of them only
               *(resolver.pair(token)[1:] if token.lower_ not in SIDE_NOUNS else ())] if token is not None else []
    return replace(actors, object=target), extra, further


# Kinds of actor an object phrase may name without naming who they are ("troops", "the police"); a
# person or an international body is named even without a state ("asked the UN to send …").
UNNAMED_KINDS = frozenset({"Group", "Organization"})
# Actors whose protest is an official complaint, not a demonstration.
OFFICIAL_KINDS = frozenset({"State", "IGO"})


def _addressee(event: Event, found: Entity | None, phrases: tuple[TokenView | None, ...], subject: Entity,
               resolver: ActorResolver) -> Entity | None:
    """A verbal act about a thing one of its `phrases` (the object, the target phrase found)
    names as a state's ("rejected the Ethiopian proposal", "backed a state's sovereignty",
    "demanded an end to Israeli settlement building") is addressed to that state; a material act
    is done to the thing. A code the thing took from elsewhere ("talks in a capital") is no owner."""
    if found is None or not _thing(found) or not found.code \
            or event.event_type not in OWNER_AIMED_TYPES or found.code == subject.code \
            or not any(_named_owner(phrase) for phrase in phrases):
        return found
    return resolver.state(found.code)


def _named_owner(thing: TokenView | None) -> bool:
    """Whether a thing or the object of its of-phrase has a named owner ("the Ethiopian proposal",
    "the lifting of American sanctions")."""
    if thing is None:
        return False
    parts = [p for prep in thing.dependents("prep", words=("of",)) for p in prep.dependents("pobj")]
    return any(next(owners(token), None) is not None for token in (thing, *parts))


def _thing(obj: Entity) -> bool:
    """A thing named with its owner's code ("rejected a state's demands", "accepted a state's
    offer"): the event is aimed at the owner, if the owner is an actor; the thing becomes an
    argument."""
    return obj.kind not in ACTOR_KINDS and obj.kind != "Place"


def _meeting_nouns(obj: TokenView) -> set[int]:
    """The object and, for a spell of talks ("a round of talks"), the noun of its of-phrase."""
    return {obj.i, *(p.i for prep in obj.dependents("prep", words=("of",)) for p in prep.dependents("pobj"))}


def _where(clause: Clause, obj: Entity) -> bool:
    """A place introduced by a locative preposition ("rallied in a city", "marched through a
    city"): where the act happened, not whom it was aimed at; a target found elsewhere (a purpose
    clause, a protest against someone) replaces it. A state stays ("intervene in a state")."""
    return obj.kind == "Place" and clause.object_prep is not None and clause.object_prep.lower_ in LOCATIVE_PREPS

def _nominal_triples(sentence: Sentence, nouns: list[TokenView], used: set[int],
                     readings: dict[int, Triple]) -> list[Triple]:
    """Events named by nouns with their parties: "talks between A and B", "a call with C", "the
    shelling of D by E". An event noun is read as its clause is: "was due to fly to Geneva for
    talks" are talks ahead, "said he had gone to Paris for talks" reported, "did not go …" negated."""
    triples = []
    for found in nominal_events(nouns, sentence.lexicon, used):
        triples.extend(_event_noun_triples(found, sentence, readings))
    return triples


def _event_noun_triples(found: NominalEvent, sentence: Sentence, readings: dict[int, Triple]) -> list[Triple]:
    """The triples of one event noun, one for each source and target."""
    resolver = sentence.resolver
    noun, verb, participants = found.noun, found.verb, found.participants
    agent = _agent_entity(found.agent, resolver) if found.agent is not None else None
    trigger = found.trigger
    if found.received and trigger.event_type == "PROTEST" and agent is not None and agent.kind in OFFICIAL_KINDS:
        # a protest a state or a body of states makes at another's act is a complaint (CAMEO 114),
        # not a demonstration ("drew a protest from a capital")
        trigger = sentence.lexicon.trigger("complaint", "NOUN") or trigger
    parties = [p for p in (_party(t, resolver) for t in participants) if p is not None and p.kind in ACTOR_KINDS]
    if agent is not None and agent.kind in ACTOR_KINDS:
        # the noun names whose act it is: that actor acts on every party and patient it names
        targets = [p for p in (_party(t, resolver) for t in (*participants, *found.patients)) if p is not None]
        pairs = [(agent, t) for t in targets if t.id != agent.id] or [(agent, None)]
    elif verb is not None and not found.mutual:
        subjects = clause_subjects(verb)
        if not subjects:
            return []
        source = resolver.peek(subjects[0])
        # with no party named, the subject went for the event ("gathered for a rally")
        pairs = [(source, p) for p in parties] or ([(source, None)] if found.joined else [])
    elif len(parties) >= 2 and found.mutual:
        # the parties of "talks between A, B and C" or "A-B talks" with one another; those of
        # "talks with A and B" or "sanctions against A and B" are each another's partner, not
        # each other's
        pairs = [(first, p) for n, first in enumerate(parties) for p in parties[n + 1:]]
    else:
        return []
    preps = noun.dependents("prep", words=PARTICIPANT_PREPS | PATIENT_PREPS if agent else PARTICIPANT_PREPS)
    text = " ".join(t.text for t in [noun, *preps[:1]])
    reading_of_noun = _noun_reading(noun, readings.get(verb.i) if verb is not None else None, resolver)
    triples = []
    for source, target in pairs:
        if source.kind not in ACTOR_KINDS or (target is not None and source.id == target.id):
            continue
        triples.append(Triple(
            doc=sentence.article.id, sentence=sentence.index, text=sentence.text, span=sentence.place,
            subject=source, relation=Relation(text=text, lemma=noun.lemma_.lower()), object=target,
            event_type=trigger.event_type, date=sentence.article.date, confidence=0.5,
            cameo=trigger.cameo, **reading_of_noun,
        ))
    return triples


def _noun_reading(noun: TokenView, clause: Triple | None, resolver: ActorResolver) -> dict:
    """The modality, negation and attribution of an event noun: those of the clause of the verb it
    hangs on where that one is no plain fact ("due to fly … for talks", "did not go … for talks"),
    else of the claim its phrase is in ("officials said talks … had collapsed")."""
    if clause is not None and (clause.modality != "asserted" or clause.negated) \
            and not (clause.modality in UNDONE_MODALITIES and _preceded_past_act(noun)):
        return {"modality": clause.modality, "negated": clause.negated, "attributed_to": clause.attributed_to}
    modality, holder = phrase_claim(noun)
    return {"modality": modality, "attributed_to": resolver.peek(holder) if holder is not None else None}


# What a clause may be that is not done (yet) without being anyone's claim.
UNDONE_MODALITIES = frozenset({"asserted", "intended", "requested", "possible"})


def _preceded_past_act(noun: TokenView) -> bool:
    """Whether an event noun says what went before a past act ("agreed to disarm after talks with
    X", "refused to withdraw following talks"): it happened, whatever became of the act itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following") or prep.head.pos_ not in VERB_POS:
        return False
    verb = prep.head
    while verb.dep_ == "xcomp" and verb.head.pos_ in VERB_POS and verb.head is not verb:
        verb = verb.head
    return verb.tag_ == "VBD" and not verb.has_dependent("aux")


def _agent_entity(token: TokenView, resolver: ActorResolver) -> Entity:
    """Whose act an event noun names: the actor its agent phrase names, the state of a state's
    adjective ("Russian strikes"), or the actor owning the agent ("a UN panel")."""
    entity = resolver.peek(token)
    if entity.kind in ACTOR_KINDS:
        return entity
    if token.dep_ in ("amod", "compound"):
        code, _ = resolver.states.entry(token.text)
        if code:
            return resolver.state(code)
    return _party(token, resolver) or entity


def _party(token: TokenView, resolver: ActorResolver) -> Entity | None:
    """The actor a party's phrase names, or the owner or agent of the thing it names ("against a
    state's new duties", "against abuses by a state's police"), or a place of a state ("the
    shelling of a city"); else None."""
    agents = [p for prep in token.dependents("prep", words=("by",)) for p in prep.dependents("pobj")]
    for candidate in (token, *owners(token), *agents):
        entity = resolver.peek(candidate)
        if entity.kind in ACTOR_KINDS or (entity.kind == "Place" and entity.code):
            return entity
    return None


def _apposition_triples(sentence: Sentence, nouns: list[TokenView]) -> list[Triple]:
    """"Samantha Power, U.S. ambassador to the U.N." says that Power is the ambassador (of the
    sentence's `nouns`, an apposition to a noun)."""
    triples = []
    for appos in nouns:
        if appos.dep_ != "appos" or appos.head.pos_ not in NOUN_POS or listed_apposition(appos):
            continue
        words = appos.subtree
        after = max(t.i for t in words) + 1  # the word after the apposition, within the sentence
        following = appos.doc.tokens[after] if after < sentence.span.end else None
        if following is not None and following.pos_ == "PROPN" and appos.pos_ == "PROPN":
            # A title the parser hung on the noun before a comma, though a name follows it ("…, and
            # a Foreign Minister Jane Doe said"): the title is that name's, not the earlier noun's.
            continue
        if words[0].tag_ == "VBG":
            continue  # "restored relations, reopening embassies": a participle clause the parser took for a name
        if words[0].tag_ in WH_TAGS:
            continue  # "the war in X, where Y and Z back rival sides": a relative clause, no second name of X
        if appos.lemma_.lower() in FIGURE_NOUNS or appos.lemma_.lower() in SUMMED_ACT_NOUNS:
            continue  # "30 militants, a figure that …", "…, a move X condemned": what the count or act is
        if sentence.lexicon.trigger(appos.lemma_.lower(), "NOUN") is not None \
                and sentence.lexicon.trigger(appos.head.lemma_.lower(), "NOUN") is None:
            continue  # "killed 37 people, an attack X blamed on Y": an event noun sums up the clause
        if appos.head.lemma_.lower() in CLAIM_NOUNS and (appos.head.dep_ in NOMINAL_SUBJECT_DEPS
                                                        or words[0].lower_ == "that"):
            # "…, a charge Asmara denies": the name beside the claim noun denies it, is not it; and
            # a that-clause the parser hung on the claim noun as an apposition is what it claims
            continue
        subject, description = sentence.resolver.peek(appos.head), sentence.resolver.peek(appos)
        if subject.id == description.id:
            continue
        triples.append(Triple(
            doc=sentence.article.id, sentence=sentence.index, text=sentence.text, span=sentence.place,
            subject=subject, relation=Relation(text="is", lemma="be"), object=description,
            date=sentence.article.date, confidence=0.55,
        ))
    return triples


def _confidence(clause: Clause, actors: Actors, event_type: str | None, sent: SpanView, extra: list[str]) -> float:
    """How likely the triple is a correct reading of its sentence, in [0, 1].

    An additive score over what a rule-based reading gets right or wrong most: a clause with an
    object and arguments is read more reliably than a bare one, long sentences and conditional
    or requested clauses less so. The weights follow the precision of each feature measured on
    the CaRB development split (README, "Evaluation"); they are not fitted to any sentence. They
    are counted in hundredths (percentage points): a sum of whole numbers is exact, and needs no
    rounding to come out as a figure of two places.
    """
    score = 62
    score += 10 if actors.object is not None else -15
    if extra:
        score += 3
    if clause.modality in ("hypothetical", "requested"):
        score -= 15
    elif clause.modality == "reported":
        score -= 5
    if event_type and event_type != "STATEMENT":
        score += 4
    if actors.subject.kind in ("Person", "Organization", "IGO"):
        score += 3
    if clause.negated:
        score -= 3
    if clause.passive:
        score -= 5
    length = len(sent)
    if length > 15:
        score -= 3 * ((length - 15) // 15)  # three points for each whole 15 tokens beyond the first 15
    return (5 if score < 5 else 95 if score > 95 else score) / 100  # within [5, 95]
