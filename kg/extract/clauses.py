"""Clauses from a dependency parse: who (subject) does what (predicate) to whom (object).

Stateless functions over a parsed sentence (a `SpanView`). They return `Clause` records that
still point at tokens; the later steps of `kg.extract.article` turn them into Triples that hold
only strings and offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .modality import (Claim, passive_agents, accused, accusing_verb, gerund_relative, clause_claim, clause_modality, denied_gerund, sums_up, coordination_host,
                       participle_host, purpose_infinitive, summed_claim)
from .tokens import SpanView, TokenView
from .vocabulary import (WHOLE_DETERMINERS, WANTING_VERBS, EXPECTING_PASSIVES, NEAR_MISS_ADVERBS, AMOUNT_LABELS, REFUSING_VERBS, CONTRAST_MARKS, FINITE_TAGS, DENIAL_VERBS, HESITATING_VERBS, WH_TAGS, CIRCUMSTANCE_NOUNS, WEAPON_NOUNS, SUMMED_ACT_NOUNS, FAILING_VERBS, CALLING_FOR_VERBS, DEADLINE_VERBS, TIME_SPAN_NOUNS, OFFICIAL_NOUNS, ADDRESSEE_PREPS, BACKING_VERBS, BLAMING_GERUND_PREPS, BLAMING_VERBS, CONTROLLING_ADJECTIVES, COPULA_COMPLEMENT_DEPS, INTENT_NOUN_PREPS, INTENT_NOUNS, JUDGING_VERBS, JOINING_VERBS, INTENT_VERBS, ISSUED_TEXTS, ISSUING_VERBS, BLAME_ADJECTIVES, HOLDING_VERBS,
                         NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS, NOUN_POS, OBJECT_DEPS, PERMISSION_VERBS, POSSIBILITY_VERBS,
                         NOMINAL_SUBJECT_DEPS, SINGULAR_PAST_FORMS, RELATIVE_PRONOUNS, REQUEST_VERBS, ASKING_VERBS, OBLIGING_VERBS, FORCING_VERBS, CAUSING_VERBS, DESTINATION_PREPS, SPEECH_VERBS, SUBJECT_DEPS, SUBJECT_GERUND_PREPS,
                         TIME_LABELS, TIME_UNIT_NOUNS, VERB_POS,
                         WEEKDAYS)

@dataclass
class Clause:
    """One predicate with its arguments, still as tokens of the parsed sentence."""

    predicate: TokenView  # the content verb, whose lemma is the relation lemma
    chain: list[TokenView]  # controlling verbs and nouns above it, outermost first ("vowed")
    subject: TokenView
    object: TokenView | None = None
    object_prep: TokenView | None = None  # the preposition that introduces the object ("with")
    adjuncts: list[TokenView] = field(default_factory=list)  # heads of further arguments
    passive: bool = False
    negated: bool = False
    modality: str = "asserted"
    speech_head: TokenView | None = None  # the verb of saying that reports this clause
    complement: TokenView | None = None  # a clausal complement (what a speaker said)
    claim: Claim | None = None  # the report, accusation or denial the clause is the content of
    particles: tuple[str, ...] = ()  # the predicate's particles, lower-cased ("called off")


def clauses(sent: SpanView) -> list[Clause]:
    """Every clause of a sentence, in the order of its predicates."""
    found = []
    for token in sent:
        # a verb, or an infinitive the tagger took for a noun (the label first: few words are an xcomp)
        if token.pos_ in VERB_POS or (token.dep_ == "xcomp" and infinitive_tagged_noun(token)):
            if _is_predicate(token) and not _carries_only_control(token):
                found += _clauses_of(token)
    return found


def infinitive_tagged_noun(token: TokenView) -> bool:
    """A verb the tagger took for a noun, though the parser gave it the "to" and the place of an
    infinitive complement ("offered to host talks"): a predicate all the same."""
    return token.dep_ == "xcomp" and token.pos_ == "NOUN" and token.has_dependent("aux", words=("to",))


def _is_predicate(token: TokenView) -> bool:
    lemma = token.lemma_
    if len(lemma) < 2 or not (lemma.isalpha() or any(ch.isalpha() for ch in lemma)):
        return False  # "de - escalate" split by the tokenizer
    if token.pos_ != "AUX":
        return token.dep_ not in _NOUN_MODIFIER_DEPS or _agentive_participle(token)
    # A copula heads its clause in spaCy's scheme ("talks were constructive").
    return token.lemma_ == "be" and token.has_dependent(*COPULA_COMPLEMENT_DEPS)


# A verb that modifies a noun ("the detained judges", "state-backed rebels") heads no clause of its
# own, unless it names an agent (_agentive_participle).
_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def _carries_only_control(token: TokenView) -> bool:
    """A verb with no object of its own whose complement carries the clause: a subject-control
    verb's infinitive, any verb's gerund. Its own clause would say the same act twice."""
    complement = None  # the first infinitive or gerund complement
    has_object = False
    for child in token.children:  # read once for the three rules that ask for labels of them
        if child.dep_ in OBJECT_DEPS:
            has_object = True
            if child.lower_ in INTENT_NOUNS and token.lemma_ not in JUDGING_VERBS and not _others_intent(child) \
                    and _names_intended_act(child):
                return True  # "had no intention of invading": the clause is "invading"
        elif child.dep_ == "xcomp":
            if complement is None:
                complement = child
        elif child.dep_ in ("acomp", "oprd") and child.lower_ in CONTROLLING_ADJECTIVES and child.has_dependent("xcomp"):
            return True  # "is willing to talk": the clause is "talk"
    if token.lemma_ in JOINING_VERBS and any(c.dep_ == "pcomp" or c.tag_ == "VBG"
                                             for p in token.dependents("prep", words=("in",)) for c in p.children):
        return True  # "joined A in condemning X": the clause is the condemning, done with A
    if complement is None and token.lemma_ in INTENT_VERBS:
        complement = _split_intended(token)
    if complement is None or has_object:
        return False
    # "opposed sending troops": the gerund is what is opposed, and carries the clause
    return complement.tag_ == "VBG" or token.lemma_ in _CONTROL_VERBS


_CONTROL_VERBS = INTENT_VERBS | POSSIBILITY_VERBS


def _names_intended_act(noun: TokenView) -> bool:
    """Whether a verb in an intent noun's phrase is the act it intends ("no intention of invading")."""
    return any(_intent_noun_of(v) is noun for v in noun.subtree if v.pos_ == "VERB")


def _split_intended(verb: TokenView) -> TokenView | None:
    """The to-infinitive a verb of intent controls, where the parser hung it as an adverbial
    clause (`_split_intent`)."""
    return next((c for c in verb.dependents("advcl") if _split_intent(verb, c)), None)


def _others_intent(noun: TokenView) -> bool:
    """Whether an intent noun is named as another's ("criticised the government's plan to …"): the
    verb is then its subject's own act on that plan, not the plan's act."""
    return any(p.pos_ != "PRON" for p in noun.dependents("poss"))


# The labels of a passive's subject and auxiliary ("was accepted", "that it was done"): a tuple,
# as `has_dependent` takes them.
PASSIVE_DEPS = ("nsubjpass", "auxpass", "csubjpass")


def _clauses_of(verb: TokenView) -> list[Clause]:
    """The verb's clauses, one for each subject and object (a list: most verbs have one)."""
    chain = control_chain(verb)
    top = chain[0] if chain else verb
    subjects = _subjects(verb, chain)
    if not subjects:
        return []
    agents = passive_agents(verb)
    if not agents:
        if verb.dep_ == "amod":  # the label first: only a participle before a noun has them ("Iranian-backed militias")
            agents = _hyphenated_agents(verb)
    elif _weapons(agents):
        if verb.dep_ == "acl":
            return []  # a participle that says what backs or hits a thing ("troops, backed by artillery, …")
        agents = []
    # a by-agent makes a passive of a participle coordinated with one ("was accepted by A but rejected by B")
    passive = verb.has_dependent(*PASSIVE_DEPS) or _agentive_participle(verb) \
        or (bool(agents) and verb.dep_ == "conj" and verb.tag_ == "VBN"
            and verb.head.has_dependent("nsubjpass", "auxpass"))
    objects, object_prep = _objects(verb)
    if passive and agents:
        # "The session was attended by Yatsenyuk": the agent acts, the patient is acted on.
        objects, subjects, object_prep = subjects, agents, None
    negated = _negated(verb, chain)
    speech_head = reporting_verb(top)
    claim = (clause_claim(top) or denied_gerund(verb)) if speech_head is None else None
    modality = clause_modality(verb, _modality_chain(verb, chain), reported=speech_head is not None, claim=claim)
    gerund = verb.tag_ == "VBG"  # the tag first: the rules below ask only of a gerund, and most verbs are none
    host = _gerund_host(verb) if gerund else None
    if host is not None:
        # the gerund is as sure as its host: claimed, hypothetical or reported with it, and not
        # done where the act it is the means of was not ("did not respond by expelling …")
        host_chain = control_chain(host)
        speech_head = reporting_verb(host_chain[0] if host_chain else host)
        if modality == "asserted":
            modality = clause_modality(host, _modality_chain(host, host_chain), reported=speech_head is not None)
        negated = negated or (verb.head.lower_ == "by" and _negated(host, host_chain))
    blamer = None if not gerund or accusing_verb(verb) is not None else _blaming_host(verb)
    if blamer is not None:  # the object's act as the blamer tells it ("condemned the state for …")
        speech_head = blamer
        modality = clause_modality(verb, _modality_chain(verb, chain), reported=True)
    # the clausal complement (the first), particles ("called off") and adjuncts, in one pass over the children
    complement = None
    particles: tuple[str, ...] = ()  # most verbs have none
    adjuncts = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            if complement is None:
                complement = child
        elif child.dep_ == "prt":
            particles += (child.lower_,)
        elif child.dep_ in _ADJUNCT_DEPS and _is_adjunct(child, object_prep):
            adjuncts.append(child)
    all_objects = _with_conjuncts(objects) or [None]
    found = []
    for subject in _with_conjuncts(_officials_of_states(subjects)):
        if verb.dep_ == "relcl" and subject.i > verb.i and _first_conjunct(subject) is verb.head:
            continue  # "A, which brokered …, and B": B, named after the clause, is not what it describes
        subject_negated = negated or _negative_subject(subject)
        for obj in all_objects:
            found.append(Clause(
                predicate=verb, chain=chain, subject=subject, object=obj, object_prep=object_prep,
                adjuncts=adjuncts, passive=passive and not agents, negated=subject_negated,
                modality=modality, speech_head=speech_head, complement=complement, claim=claim,
                particles=particles,
            ))
    return found


def _joined(conjunct: TokenView) -> bool:
    """Whether a verb the parser coordinated with another is joined to it by a conjunction, or by
    a comma or semicolon of a list: a verb with neither, far from its head, is a clause the parser
    attached wrongly ("accused X of attacking …, as fighting … killed dozens": the fighting killed)."""
    if conjunct.head.has_dependent("cc") or conjunct.has_dependent("cc", "punct"):
        return True
    left = [c for c in conjunct.children if c.i < conjunct.i]
    first = min([conjunct.i, *(c.i for c in left)])  # "and still turn …"
    before = conjunct.doc[first - 1] if first else conjunct
    return before.text in (",", ";") or before.dep_ in ("cc", "punct")


def _modality_chain(verb: TokenView, chain: list[TokenView]) -> list[TokenView]:
    """A verb coordinated with a controlled one, with no subject of its own, shares its control:
    "urged X to exercise … and to return …" requests both."""
    host = None if chain or verb.dep_ != "conj" or verb.has_dependent(*SUBJECT_DEPS) else coordination_host(verb)
    return chain if host is None else control_chain(host)


def control_chain(verb: TokenView) -> list[TokenView]:
    """The verbs and nouns that control `verb`, outermost first.

    "vowed to veto": [vowed]; "had no intention of invading": [had, intention].
    """
    chain: list[TokenView] = []
    token = verb
    while token.dep_ in _CONTROLLED_DEPS:
        head = token.head
        if token.dep_ == "xcomp" and head.pos_ in VERB_POS and head is not token and described_object(token) is None:
            chain.insert(0, head)
            token = head
        elif token.dep_ == "ccomp" and head.lemma_ in PERMISSION_VERBS:
            chain.insert(0, head)  # "allowed X to leave", which the parser reads as a clause of its own
            token = head
        elif token.dep_ == "ccomp" and (head.lemma_ in WANTING_VERBS or head.lemma_ in EXPECTING_PASSIVES) \
                and purpose_infinitive(token):
            chain.insert(0, head)  # "wants X to reopen …", "expects X to sign …", read as a clause of its own
            token = head
        elif token.dep_ == "advcl" and head.pos_ in VERB_POS and (addressees(head, token) or (purpose_infinitive(token) and deadline_receivers(head))):
            chain.insert(0, head)  # "called on X to withdraw", "gave X a week to withdraw": what is asked
            token = head
        elif token.dep_ == "advcl" and _split_intent(head, token):
            chain.insert(0, head)  # "vowed in a radio address to fight": what is vowed
            token = head
        elif token.dep_ == "xcomp" and head.lower_ in CONTROLLING_ADJECTIVES and head.head.pos_ in VERB_POS:
            chain[:0] = [head.head, head]
            token = head.head
        elif token.dep_ in ("pcomp", "acl", "xcomp") and _intent_noun_of(token) is not None \
                and not _agentive_participle(token):  # "a plan endorsed by …" is done, not intended
            noun = _intent_noun_of(token)
            chain.insert(0, noun)
            if noun.head.pos_ in VERB_POS and noun.dep_ in OBJECT_DEPS and noun.head.lemma_ not in JUDGING_VERBS:
                chain.insert(0, noun.head)
                token = noun.head
            else:
                return chain
        else:
            return chain
    return chain


# The labels by which a verb can hang on what controls it (the label first: most verbs hang by none).
_CONTROLLED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl"})


def described_object(gerund: TokenView) -> TokenView | None:
    """The verb's object whose doing a gerund tells, where the parser made the gerund the verb's
    complement ("shelled a camp holding prisoners", "saw troops crossing the border"): that object
    is the gerund's subject. Not a time or an amount spent on the act ("spent a week negotiating")."""
    if gerund.dep_ != "xcomp" or gerund.tag_ != "VBG":
        return None
    obj = gerund.head.dependent("dobj")
    if obj is None or obj.i > gerund.i or obj.ent_type_ in TIME_LABELS or obj.ent_type_ in AMOUNT_LABELS \
            or obj.lemma_.lower() in TIME_UNIT_NOUNS or obj.pos_ not in NOUN_POS:
        return None
    return obj


def _split_intent(verb: TokenView, infinitive: TokenView) -> bool:
    """Whether a verb of intent with no object of its own controls a to-infinitive the parser hung
    on it as an adverbial clause, as it does when a phrase comes between them ("pledged on Monday
    to send troops", "vowed in a speech to fight on"): the infinitive is what is intended, not the
    purpose of the vowing."""
    return verb.lemma_ in INTENT_VERBS and verb.pos_ in VERB_POS and purpose_infinitive(infinitive) \
        and not verb.has_dependent(*OBJECT_DEPS, "xcomp")


def addressees(verb: TokenView, infinitive: TokenView) -> list[TokenView]:
    """Whom a request verb asks to do what its to-infinitive says, where a preposition names
    them ("called on X to …", "appealed to X to …") or, the infinitive hung on the verb as an
    adverbial clause, its object ("pressed X to release …"); [] for any other verb or complement."""
    if verb.lemma_ not in REQUEST_VERBS or infinitive.dep_ not in ("xcomp", "advcl") \
            or not purpose_infinitive(infinitive):
        return []
    objects = verb.dependents(*OBJECT_DEPS)
    if objects:
        # not people sent somewhere ("ordered troops to the border to show …": the sender's purpose)
        sent = verb.has_dependent("prep", words=DESTINATION_PREPS)
        return objects if infinitive.dep_ == "advcl" and not sent else []
    return [o for prep in verb.dependents("prep", words=ADDRESSEE_PREPS) for o in prep.dependents("pobj")
            if o.ent_type_ not in TIME_LABELS]  # "on Tuesday" is when, not whom


def deadline_receivers(verb: TokenView) -> list[TokenView]:
    """Whom a verb of giving sets a time to do what its to-infinitive says: a span of time as its
    object or measure, or "until" a date ("gave the rebels ten days to withdraw", "gave Iran until
    August to halt …"); [] for any other verb. The receiver is the one object that is no span."""
    if verb.lemma_ not in DEADLINE_VERBS:
        return []
    objects = verb.dependents("dobj", "dative", "npadvmod")
    spans = [o for o in objects if o.lemma_.lower() in TIME_SPAN_NOUNS]
    if not (spans or verb.has_dependent("prep", words=("until",))):
        return []
    infinitives = [*verb.dependents("advcl", "xcomp"), *(c for o in spans for c in o.dependents("relcl", "acl"))]
    if not any(i.has_dependent("aux", words=("to",)) for i in infinitives):
        return []
    return [o for o in objects if o.dep_ != "npadvmod" and o.lemma_.lower() not in TIME_SPAN_NOUNS]


def _intent_noun_of(token: TokenView) -> TokenView | None:
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in INTENT_NOUN_PREPS:
        head = head.head
    if head.pos_ == "NOUN" and head.lower_ in INTENT_NOUNS:
        return head
    return None


def _subjects(verb: TokenView, chain: list[TokenView]) -> list[TokenView]:
    """Subjects of a verb, inherited through control, coordination and participles."""
    token = verb
    for controller in reversed(chain):
        if token.dep_ == "ccomp" and token.has_dependent(*SUBJECT_DEPS):
            break  # a clause with a subject of its own ("allowed Iran to acquire …")
        if controller.pos_ in VERB_POS:
            objects = _without_stranded_states(controller.dependents(*OBJECT_DEPS))
            if token.dep_ == "xcomp" and objects and (controller.lemma_ in ASKING_VERBS or controller.lemma_
                                                     in OBLIGING_VERBS or controller.lemma_ in FORCING_VERBS
                                                     or controller.lemma_ in CAUSING_VERBS):
                # object control: "urged Russia to listen", "commits the rebels to disarm", "prompted X to leave"
                return objects
            addressed = addressees(controller, token) or deadline_receivers(controller)
            if addressed:
                return addressed  # "called on Russia to withdraw", "gave the rebels a week to withdraw"
            token = controller
        elif (controller is chain[0] and controller.has_dependent("poss")) or _others_intent(controller):
            # "Turkey's decision to buy …", "criticised Turkey's decision to buy …": whose decision
            return controller.dependents("poss")
    found = token.dependents(*SUBJECT_DEPS)
    described = described_object(token) if not found else None
    if described is not None:
        return [described]
    if found and (claim := summed_claim(token)) is not None:
        # "…, a charge the state denied": the charge is what is denied, by the other subject or
        # by the name the parser sets beside the charge
        found = found[1:] or claim.dependents("appos") or found
    if found:
        return list(map(_speaker_of_text, found))
    if token.dep_ == "ccomp" and split_conjunct(token):
        return clause_subjects(token.head)  # "said X … and warned that …": the speaker warned
    accusation = accusing_verb(token)
    if accusation is not None:
        return accused(accusation)  # "accused Russia of poisoning …": Russia is said to poison
    host = coordination_host(token) if token.dep_ == "conj" and _joined(token) else None
    if host is not None:
        return _subjects(host, control_chain(host))  # "urging … and calling for …"
    if token.dep_ == "advcl" and (token.tag_ == "VBG" or purpose_infinitive(token)):
        # "Speaking …, Lavrov said"; "Palestinians shunned work to protest …"
        host = participle_host(token) if token.tag_ == "VBG" else token.head
        if token.tag_ == "VBG" and host.has_dependent("nsubjpass"):
            # a passive's patient does not do what follows it ("was shot down …, killing 49"): its
            # agent does, where one is named
            return passive_agents(host)
        # a host with no subject of its own has its controller's ("refused to recognise X, calling …"),
        # or the verb's it is coordinated with ("rejected X and vowed to …, calling …")
        return host.dependents(*SUBJECT_DEPS) \
            or (clause_subjects(host) if host.dep_ in ("xcomp", "conj") and token.tag_ == "VBG" else [])
    if token.dep_ in ("advcl", "ccomp") and token.tag_ in ("VBD", "VBZ") \
            and not token.has_dependent("mark", "aux", "auxpass") and not any(c.tag_ in WH_TAGS for c in token.children) \
            and token.head.tag_ == "VBD" and token.head.lemma_ not in SPEECH_VERBS \
            and token.head.has_dependent("prep") and not token.head.has_dependent(*OBJECT_DEPS):
        # a finite verb with no subject or marker after a participle the parser took for the main
        # verb ("Militants linked to a group overran the town"): the participle's noun acts
        return token.head.dependents(*SUBJECT_DEPS)
    host = _gerund_host(token)
    if host is not None:  # "responded by expelling …", "in vetoing the draft, the state …"
        return clause_subjects(host)
    blamer = _blaming_host(token)
    if blamer is not None:  # "accused the state of spying"
        return blamer.dependents(*OBJECT_DEPS)
    issuer = _issuing_verb(token)
    if issuer is not None:  # "adopted a resolution calling on both sides to …": the body calls on them
        return clause_subjects(issuer)
    # "issues involving Tibet": a participle's subject is the noun it modifies; an infinitive's
    # ("a way to change course") is not.
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in NOUN_POS and token.tag_ == "VBG":
        return [token.head]
    rooted = root_subject(token)
    if rooted is not None:
        # a sentence the parser rooted in its subject ("X, the regional bloc, called for …"): a
        # finite verb hung on it as a clause is the sentence's verb, and the noun its subject
        return [rooted]
    if token.dep_ == "advcl" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "relcl" \
            and token.head.head.dep_ == "ROOT" and token.head.head.pos_ in NOUN_POS \
            and token.i > 0 and token.doc[token.i - 1].text == "," and not token.has_dependent("aux", "auxpass"):
        # the same, with a relative clause set off after the subject ("X, who has led two coups,
        # called on …"): the parser hung the sentence's verb, after the comma that closes the
        # relative clause, on the relative clause's verb (and may read it as that verb's participle)
        return [token.head.head]
    if token.tag_ in FINITE_TAGS:
        set_off = _subject_of_set_off_participle(token)
        if set_off is not None:
            return [set_off]
    if _agentive_participle(token):
        if token.head.dep_ in SUMMING_DEPS and sums_up(token.head):
            return clause_subjects(token.head.head)  # "…, a move condemned by Y": Y condemns its doer
        return [token.head]  # "rebels, backed by a state, …": the noun is acted on (see _clauses_of)
    fronted = _name_after_fronted_day(token)
    if fronted is not None:
        return [fronted]
    return []


def root_subject(verb: TokenView) -> TokenView | None:
    """The subject of a verb that is the sentence's own, which the parser hung as a clause on the
    noun it made the root, or on that noun's apposition ("X, the North's main ally, called on …"):
    a finite past, or one it read as a participle after the comma that closes a relative clause
    set off after the subject ("X, which chairs the bloc, offered to mediate"), with no auxiliary
    or agent of a passive. None for any other verb."""
    if verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.dep_ == "appos" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        noun = noun.head
    if noun.dep_ != "ROOT" or noun.pos_ not in NOUN_POS:
        return None
    if verb.tag_ == "VBD":
        return noun
    set_off = verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and noun.has_dependent("relcl") and not verb.has_dependent("aux", "auxpass", "agent")
    return noun if set_off else None


def _subject_of_set_off_participle(verb: TokenView) -> TokenView | None:
    """The subject the parser gave to a participle phrase set off by commas between a finite verb
    and its subject ("X, locked in a dispute with Y, offered …" read as "X locked in …"): the
    finite verb's own."""
    for participle in verb.dependents("advcl"):
        if participle.i < verb.i and participle.tag_ in ("VBN", "VBG"):
            subject = participle.dependent("nsubj")
            if subject is not None and subject.i < participle.i \
                    and verb.doc.tokens[participle.i - 1].text == "," and verb.doc.tokens[verb.i - 1].text == ",":
                return subject
    return None


# How a noun that sums up the clause before it hangs on that clause's verb.
SUMMING_DEPS = frozenset({"dobj", "npadvmod", "appos"})


def _issuing_verb(verb: TokenView) -> TokenView | None:
    """The verb by which someone adopts or issues a text whose participle says what the text does
    ("passed a resolution demanding …", "issued a statement condemning …"): the text speaks for
    its issuer. A text blocked or rejected speaks for no one, nor one not issued, or not yet: "did
    not adopt", "failed to adopt", "refused to sign", "would adopt" (the participle has no modal of
    its own to say so)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in ISSUED_TEXTS:
        return None
    text = verb.head
    issuer = text.head
    if text.dep_ != "dobj" or issuer.lemma_ not in ISSUING_VERBS or issuer.has_dependent("neg") \
            or any(c.tag_ == "MD" for c in issuer.dependents("aux")) \
            or (issuer.dep_ == "xcomp" and (issuer.head.lemma_ in FAILING_VERBS or issuer.head.lemma_ in REFUSING_VERBS
                                            or issuer.head.has_dependent("neg"))):
        return None
    return issuer


def issuers(text: TokenView) -> list[TokenView]:
    """Who issued a text that a participle with an agent says was issued ("the declaration, signed
    by A, B and C, condemned …"): the text speaks for them, each of them (the first; its
    conjuncts follow it). [] for any other noun."""
    if text.lemma_.lower() not in ISSUED_TEXTS:
        return []
    return [p for v in text.dependents("acl") if v.tag_ == "VBN" and v.lemma_ in ISSUING_VERBS
            for p in passive_agents(v)]


def _speaker_of_text(subject: TokenView) -> TokenView:
    """Who speaks through a subject: the first issuer of a text (`issuers`), or the subject itself."""
    if subject.lower_ == "it" or subject.lemma_.lower() in ISSUED_TEXTS:
        signers = issuers(_text_spoken_of(subject))
        if signers:
            return signers[0]
    return relative_antecedent(subject)


def _text_spoken_of(subject: TokenView) -> TokenView:
    """The text an "it" opening a sentence carries on with, where the sentence before had a text as
    its subject ("The declaration … condemned …. It called on …"); any other subject itself."""
    if subject.lower_ != "it" or subject.sent is None or subject.i != subject.sent.start or subject.i == 0:
        return subject
    before = subject.doc.tokens[subject.i - 1].sent
    text = before.root.dependent("nsubj") if before is not None else None
    return text if text is not None else subject


def _name_after_fronted_day(verb: TokenView) -> TokenView | None:
    """A subject the parser took into a fronted time phrase with no comma after it ("On Wednesday
    Pakistan shot down …" read as "on Wednesday Pakistan"): a name right before the finite verb,
    as the phrase's object with the day as its modifier."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    for prep in verb.dependents("prep"):
        for name in prep.dependents("pobj"):
            if name.i == verb.i - 1 and name.pos_ == "PROPN" and name.ent_type_ not in TIME_LABELS \
                    and any(c.lower_ in WEEKDAYS or c.ent_type_ in TIME_LABELS for c in name.dependents("compound")):
                return name
    return None


def _agentive_participle(verb: TokenView) -> bool:
    """A past participle that modifies a noun and names its agent ("rebels, backed by a state",
    "a convoy attacked by gunmen", "state-backed rebels"): a passive clause whose patient is the
    noun. Without an agent it only describes the noun ("the detained judges")."""
    if verb.tag_ != "VBN" or verb.head.pos_ not in NOUN_POS:
        return False
    if verb.dep_ == "acl":
        return verb.has_dependent("agent")
    return verb.dep_ == "amod" and bool(_hyphenated_agents(verb))


def _hyphenated_agents(verb: TokenView) -> list[TokenView]:
    """The name joined by a hyphen before a participle of backing that modifies a noun
    ("Iranian-backed militias", "Qatari-brokered talks"): the participle's agent. Other such
    compounds name a lasting state ("state-owned", "state-led", "foreign-registered"), no act."""
    if verb.dep_ != "amod" or verb.lemma_ not in BACKING_VERBS or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return []
    return [c for c in verb.dependents("npadvmod", "compound", "amod", "nmod")
            if c.i == verb.i - 2 and (c.pos_ == "PROPN" or c.ent_type_)]


def _gerund_host(verb: TokenView) -> TokenView | None:
    """The verb whose prepositional phrase holds `verb` as a gerund done by the verb's subject:
    one after a preposition that says how or when that verb's act happened (SUBJECT_GERUND_PREPS)."""
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in SUBJECT_GERUND_PREPS \
            and prep.head.pos_ in VERB_POS:
        return prep.head
    return None


def _blaming_host(verb: TokenView) -> TokenView | None:
    """The verb of blaming whose of- or for-phrase holds `verb` as a gerund done by its object."""
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep" and prep.lower_ in BLAMING_GERUND_PREPS \
            and prep.head.lemma_ in BLAMING_VERBS and prep.head.has_dependent(*OBJECT_DEPS):
        return prep.head
    return None


def clause_subjects(verb: TokenView) -> list[TokenView]:
    """Who does what a verb says, through control, coordination and participles."""
    return _subjects(verb, control_chain(verb))


def relative_antecedent(token: TokenView) -> TokenView:
    """A relative pronoun, subject or object, stands for the noun its clause modifies; "what" in
    a clause after "in" ("… shot two men, in what a group called a crime") for the act of the
    clause it hangs on, named by that clause's subject: the doer is the one the label is about."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return _described_coordination(token, token.head.head)
    if token.lower_ == "what" and token.head.dep_ == "pcomp" and token.head.head.lower_ == "in":
        act = token.head.head.head
        doers = clause_subjects(act) if act.pos_ in VERB_POS else []  # "…, killing dozens, in what …"
        if doers:
            return doers[0]
    return token


def _described_coordination(pronoun: TokenView, noun: TokenView) -> TokenView:
    """The noun a relative clause describes; where the parser hung a clause set off by a comma on
    the last of coordinated subjects ("A and B, which held talks last week, condemned …"), the
    first of them, so that it describes them all; not where its verb agrees with one alone
    ("A and B, which holds the presidency, …")."""
    if noun.dep_ != "conj" or noun.has_dependent("conj") or pronoun.i == 0 \
            or pronoun.doc.tokens[pronoun.i - 1].lower_ != ",":
        return noun
    first = _first_conjunct(noun)
    verb = pronoun.head
    if first.dep_ not in NOMINAL_SUBJECT_DEPS or first.head.i < verb.i \
            or any(t.tag_ == "VBZ" or t.lower_ in SINGULAR_PAST_FORMS for t in (verb, *verb.dependents("aux", "auxpass"))):
        return noun
    return first


def weapon_agent(verb: TokenView) -> bool:
    """Whether a passive's agents are weapons, the means, no one acting ("troops, backed by artillery, …")."""
    return _weapons(passive_agents(verb))


def _weapons(agents: list[TokenView]) -> bool:
    return bool(agents) and all(p.lemma_.lower() in WEAPON_NOUNS for p in agents)


def _judged_doer(verb: TokenView) -> TokenView | None:
    """Who did the act that a noun set off after a clause sums up, where a relative clause with no
    object of its own judges it ("… expelled them, a move Y denounced as …", "…, a decision Y
    called a disgrace"): the clause's subject is what the judging verb is about."""
    if verb.dep_ != "relcl" or verb.head.lemma_ not in SUMMED_ACT_NOUNS or not sums_up(verb.head) \
            or verb.has_dependent("ccomp"):
        # a claim so judged is what is judged ("…, a charge X dismissed as a lie"); a clause
        # that says what the act will bring judges no one ("…, a step Y said could revive trade")
        return None
    act = verb.head.head
    doers = clause_subjects(act) if act.pos_ in VERB_POS else []
    return doers[0] if doers else None


def _without_stranded_states(objects: list[TokenView]) -> list[TokenView]:
    return [o for o in objects if not stranded_state(o)]


def stranded_state(token: TokenView) -> bool:
    """Whether an object is a state's name that the parser cut off the next object of its verb,
    which it begins ("urged Solomon Islands Prime Minister NAME …" read as two objects): it names
    the person's state, and is no object or target of its own."""
    if token.ent_type_ != "GPE" or token.dep_ != "dobj":
        return False
    after = token.subtree[-1].i + 1
    # a name begins the next ("… Prime Minister NAME"), where an indirect object would be followed by
    # a thing given ("gave a state a grant")
    for o in token.head.dependents("dobj"):
        if o is not token and o.subtree[0].i == after and o.subtree[0].tag_ == "NNP":
            return True
    return False


def _zero_relative_object(verb: TokenView) -> TokenView | None:
    """The noun a relative clause with no relative pronoun modifies, where the clause's verb has a
    subject and no object of its own: that noun is its object ("the attack the group claimed",
    "the town the rebels seized"), also where what is said of that object follows the verb ("the
    officials it holds responsible", "the group it calls terrorists"). Not a noun of when, where,
    how or why ("the day they left"), nor a noun the parser made the sentence's root (it read the
    sentence's verb as the relative clause)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not verb.has_dependent("nsubj") \
            or not (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.has_dependent("aux")) \
            or verb.has_dependent("dobj", "ccomp", "xcomp", "auxpass", "nsubjpass", "dative", "attr", "acomp") \
            or any(t.tag_ in WH_TAGS or t.lower_ == "that" for t in verb.subtree if t.i < verb.i):
        return None
    noun = verb.head
    if noun.pos_ not in NOUN_POS or noun.dep_ == "ROOT" or noun.ent_type_ in TIME_LABELS or noun.lemma_.lower() in CIRCUMSTANCE_NOUNS \
            or noun.lemma_.lower() in TIME_UNIT_NOUNS:
        return None
    return noun


def _objects(verb: TokenView) -> tuple[list[TokenView], TokenView | None]:
    # the children the rules below ask for, read in one pass (a verb with no direct object asks for all three)
    objects, complements, preps = [], [], []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            objects.append(child)
        elif child.dep_ in COPULA_COMPLEMENT_DEPS:
            complements.append(child)
        elif child.dep_ == "prep":
            preps.append(child)
    # a "to" the parser marks as dative ("granted asylum to …") names the receiver, a target
    displaced = gerund_relative(verb) if objects else None
    direct = []
    for o in objects:
        if not (o.dep_ == "dative" and o.has_dependent("pobj")) and not sums_up(o) and o is not displaced:
            direct.append(relative_antecedent(o))
    if direct and verb.lemma_ in DEADLINE_VERBS and deadline_receivers(verb):
        direct = [o for o in direct if o.lemma_.lower() not in TIME_SPAN_NOUNS]  # the time given is no object
    if direct:
        return _without_stranded_states(direct), None
    accusation = accusing_verb(verb)
    if accusation is not None and (displaced := gerund_relative(accusation)) is not None:
        return [relative_antecedent(displaced)], None  # "the village, which A accuses B of seizing"
    claim = summed_claim(verb)
    if claim is not None:
        return [claim], None
    if verb.dep_ == "relcl":  # the label first: the two rules below ask only of a relative clause's verb
        judged = _judged_doer(verb)
        if judged is not None:
            return [judged], None
        antecedent = _zero_relative_object(verb)
        if antecedent is not None:
            return [antecedent], None
    if complements:
        return complements, None
    if verb.lemma_ in HOLDING_VERBS:
        # "would hold the government responsible": the parser may make the blamed the subject of a
        # small clause headed by the adjective
        held = [s for c in verb.dependents("ccomp") if c.lower_ in BLAME_ADJECTIVES for s in c.dependents("nsubj")]
        if held:
            return held, None
    described = _free_relative_object(verb)
    if described is not None:
        return [described], None
    if verb.lemma_ in CALLING_FOR_VERBS:
        for clause in verb.dependents("advcl"):
            # "called for the troops to withdraw": whom the for-clause names is what is called for
            mark = clause.dependent("mark")
            if mark is not None and mark.lower_ == "for" and mark.i > verb.i:
                doers = clause.dependents("nsubj", "nsubjpass")
                if doers:
                    return doers, mark
    # "met with Kerry": the first preposition whose object is not a time becomes the object; "by"
    # says how ("spoke by telephone with …"), by how much or by when, and so is no party's.
    for prep in preps:
        if prep.i > verb.i and prep.lower_ != "by":
            pobjs = prep.dependents("pobj")
            if pobjs and not _is_temporal(pobjs[0]):
                return pobjs, prep
    return [], None


def free_relative(verb: TokenView) -> TokenView | None:
    """The verb of a free relative clause that is the verb's object ("struck what officials called
    a camp"), which the parser hangs on the verb as a clausal complement; None where there is none."""
    # the word after the verb first: one look, where the complement takes a walk of the children
    tokens = verb.doc.tokens
    first = tokens[verb.i + 1] if verb.i + 1 < len(tokens) else None
    if first is None or first.lower_ != "what" or first.tag_ != "WP":
        return None
    return verb.dependent("ccomp")


def _free_relative_object(verb: TokenView) -> TokenView | None:
    """What a free relative clause as the object names: the thing its verb calls it ("what officials
    called a camp", "what the army described as targets", "what the military said were positions")."""
    clause = free_relative(verb)
    while clause is not None:
        named = [o for o in clause.dependents(*OBJECT_DEPS, *COPULA_COMPLEMENT_DEPS) if o.pos_ in NOUN_POS]
        named += [o for prep in clause.dependents("prep", words=("as",)) for o in prep.dependents("pobj")
                  if o.pos_ in NOUN_POS]
        if named:
            return named[0]
        clause = clause.dependent("ccomp")  # "what X said were …"
    return None


# The labels an adjunct can hang by (the label first: most children are none).
_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "tmod"})


def _is_adjunct(child: TokenView, object_prep: TokenView | None) -> bool:
    if object_prep is not None and child is object_prep:
        return False
    if child.dep_ in ("prep", "agent") and child.i > 0:
        return child.dep_ == "prep"
    return child.dep_ in ("npadvmod", "tmod") and _is_temporal(child)


def _is_temporal(token: TokenView) -> bool:
    return token.ent_type_ in TIME_LABELS or token.lower_ in WEEKDAYS or token.lemma_.lower() in TIME_UNIT_NOUNS


def _officials_of_states(subjects: list[TokenView]) -> list[TokenView]:
    """Officials of several parties named together ("the presidents of A, B and C", "the foreign
    ministers of A and B", "envoys from A and B", "the A-ian and B-ian governments") act each for their own: the parties
    are the subjects, one by one, with the parties coordinated with the officials after them."""
    out = []
    for subject in subjects:
        named = None
        if subject.tag_ == "NNS" and subject.lemma_ in OFFICIAL_NOUNS:
            named = next((o for p in subject.dependents("prep", words=("of", "from")) for o in p.dependents("pobj")
                          if o.pos_ == "PROPN" and coordinated(o)), None)
            states = [] if named is not None else _coordinated_state_adjectives(subject)
            if states:
                out += [*states, *coordinated(subject)]
                continue
        out.append(named or subject)
    return out


def _coordinated_state_adjectives(noun: TokenView) -> list[TokenView]:
    """The adjectives of states coordinated before a plural noun ("the A-ian and B-ian
    governments"), or []."""
    for adjective in noun.dependents("amod"):
        if adjective.ent_type_ == "NORP" and adjective.has_dependent("conj"):
            states = [adjective, *(c for c in adjective.conjuncts if c.i > adjective.i and c.ent_type_ in ("NORP", "GPE"))]
            return states if len(states) > 1 else []
    return []


def _with_conjuncts(tokens: list[TokenView]) -> list[TokenView]:
    out: list[TokenView] = []
    for token in tokens:
        if token in out:
            continue
        out.append(token)
        if token.children:
            for conjunct in coordinated(token):
                if conjunct not in out:
                    out.append(conjunct)
    return out


def coordinated(token: TokenView) -> list[TokenView]:
    """The nouns coordinated after `token` ("A, B and C", "A as well as B"): parties of their own.
    A word inside the name that `token` begins ("Trinidad and Tobago", a ministry "of Trade and
    Industry") is no party: the name's entity span holds it."""
    found = []
    if token.dep_ == "conj" or token.has_dependent("conj"):  # else it has no conjuncts
        found = _conjunct_parties(token)
    if token.ent_type_ == "GPE" and token.has_dependent("appos"):
        for appos in token.dependents("appos"):
            if listed_apposition(appos):
                found += [appos, *coordinated(appos)]
    return found


def _conjunct_parties(token: TokenView) -> list[TokenView]:
    """The nouns coordinated after `token` that are parties of their own (see `coordinated`)."""
    described = _description_of_name(token)
    return [c for c in token.conjuncts
            if c.i > token.i and (c.pos_ in ("NOUN", "PROPN", "PRON") or c.ent_type_ == token.ent_type_ == "NORP")
            and not (c.ent is not None and c.ent.start <= token.i)
            and not (described is not None and (c is described or c.head is described))]


def _description_of_name(name: TokenView) -> TokenView | None:
    """A possessed common noun set off by a comma after a name, which the parser read as the name's
    conjunct ("A, B's main ally and partner, said …"): it describes the name, with its own conjuncts."""
    if name.pos_ != "PROPN":
        return None
    for conjunct in name.dependents("conj"):
        first = conjunct.subtree[0].i
        if conjunct.pos_ == "NOUN" and conjunct.has_dependent("poss") and first > 0 \
                and name.doc.tokens[first - 1].text == "," and not name.has_dependent("cc"):
            return conjunct
    return None


def listed_apposition(appos: TokenView) -> bool:
    """A list of states the parser read as an apposition where an item has its article ("A, the
    B, C and D"): the list goes on in a coordination, which a description does not."""
    return appos.ent_type_ == "GPE" and appos.head.ent_type_ == "GPE" \
        and (appos.has_dependent("conj") or appos.head.has_dependent("conj"))


def _negated(verb: TokenView, chain: list[TokenView]) -> bool:
    if chain and any(c.lemma_ in HESITATING_VERBS and denied_by_its_words(c) for c in chain) \
            and not denied_by_its_words(verb):
        return False  # "would not hesitate to strike": the strike is announced, not denied
    for token in [verb, *chain]:
        if denied_by_its_words(token):
            return True
        if token is not verb and token.lemma_ in FAILING_VERBS:
            return True  # "failed to end the fighting": the act did not happen
        if token is not verb and token.lemma_ in ("have", "be") and token.has_dependent("advmod", words=("yet",)):
            return True  # "has yet to respond", "is yet to sign": not done so far, no obligation
        if token.i and _after_negating_adverb(token):
            return True
        if token.pos_ == "NOUN" and token.has_dependent("det", words=("no",)):
            return True  # "no intention of invading"
    return False


def denied_by_its_words(verb: TokenView) -> bool:
    """Whether a verb's own words negate it: "not", "neither … nor …" ("neither accepted nor
    recognised the ruling"), or a bare verb after "or" that shares a negated verb's auxiliary
    ("did not accept or recognise the vote"). The parser hangs "neither", "nor" and "or" on the
    first verb, the second is its conjunct."""
    if verb.dep_ != "conj" and not verb.has_dependent("neg", "preconj"):
        return False  # most verbs: no "not" or "neither" of their own, and no first verb to share a negation with
    if verb.has_dependent("neg"):
        return True
    first = verb.head if verb.dep_ == "conj" else verb
    if first.has_dependent("preconj", words=("neither",)) or (verb.dep_ == "conj" and first.has_dependent("cc", words=("nor",))):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VB" and not verb.has_dependent("aux", *SUBJECT_DEPS) \
        and first.has_dependent("neg") and first.has_dependent("cc", words=("or",))


def _first_conjunct(token: TokenView) -> TokenView:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _after_negating_adverb(verb: TokenView) -> bool:
    """"no longer" just before a verb ("no longer recognises"): the parser hangs its negation on
    the adverb, not on the verb; and "almost" or "nearly" just before it ("almost cut ties"): the
    act came close, and did not happen (before a number it says how many, "killed nearly 100")."""
    tokens = verb.doc.tokens
    before = tokens[verb.i - 1]
    word = before.lower_
    if word == "longer":
        return verb.i >= 2 and tokens[verb.i - 2].lower_ == "no"
    return word in NEAR_MISS_ADVERBS and before.dep_ == "advmod"


def _negative_subject(subject: TokenView) -> bool:
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True  # "nobody"
    negated = whole = False  # a "not" of its own; a determiner of a whole
    for child in subject.children:  # read once for the rules on its own words (a word alone, "they", has none)
        if child.dep_ == "det" and child.lower_ in NEGATIVE_DETERMINERS:
            return True  # "neither side", "no country"
        if child.dep_ == "neg":
            negated = True
        elif child.dep_ in ("det", "predet") and child.lower_ in WHOLE_DETERMINERS:
            whole = True
        elif child.dep_ == "preconj" and child.lower_ == "neither":
            return True  # "neither A nor B", the first of them
    if negated and not whole:
        return True  # "not a single state", "not one country" (not "not all states": some did)
    # "Neither we nor the international community will recognize …": a later one, by the first's "neither"
    first = subject
    while first.dep_ == "conj":
        first = first.head
    return first is not subject and first.has_dependent("preconj", "det", words=("neither",))  # the parser reads it either way


def reporting_verb(token: TokenView) -> TokenView | None:
    """The verb of saying whose complement this clause is ("Kerry said [that …]"), also for a
    verb coordinated with it, an adverbial clause hanging on it ("attacked …, killing …, X said")
    or a clause modifying one of its nouns: what a speaker says holds all of them."""
    while token.dep_ in _HOSTED_DEPS:
        host = coordination_host(token) if token.dep_ == "conj" else None
        if host is None and token.dep_ == "advcl" and token.head.pos_ in VERB_POS and token.head is not token:
            if _writers_contrast(token):
                break  # "X said it would …, while Y threatened …": the writer sets Y's act beside X's words
            # "… closed the border after aircraft bombed a village, officials said"
            host = participle_host(token) if token.tag_ == "VBG" else token.head
        if host is None and token.dep_ == "ccomp" and split_conjunct(token):
            host = token.head  # the speaker's own second act, not part of what was said
        if host is None and token.dep_ in ("acl", "relcl") and not _set_off(token):
            host = verb_of_phrase(token.head)  # "opened fire on women protesting …, witnesses said"
        if host is None and token.dep_ == "ccomp" and token.head.pos_ in VERB_POS \
                and token.head.lemma_ not in SPEECH_VERBS and token.head.lemma_ not in DENIAL_VERBS \
                and token.head.lemma_ not in INTENT_VERBS:
            # what a reported clause shows, finds or believes is reported with it ("said documents
            # showed that …"); a denial's complement is the denier's claim (clause_claim), and a
            # hope's is no report
            host = token.head
        if host is None:
            break
        token = host
    if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_VERBS:
        return token.head
    return None


# The labels by which a clause can hang on one that hosts it (the label first: most verbs hang by none).
_HOSTED_DEPS = frozenset({"conj", "advcl", "ccomp", "acl", "relcl"})


def split_conjunct(verb: TokenView) -> bool:
    """Whether a finite verb with no subject, which the parser hung on a verb of saying as a second
    complement, is that verb's coordinated act ("said the talks had failed and warned that …"):
    an "and" before it joins it to the first complement, and a complement clause would have a
    subject of its own."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or verb.head.lemma_ not in SPEECH_VERBS \
            or verb.has_dependent(*SUBJECT_DEPS, "mark"):
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "cc" and before.head.dep_ == "ccomp" and before.head.head is verb.head


def _writers_contrast(clause: TokenView) -> bool:
    """Whether an adverbial clause with a subject of its own is set off by a comma and a
    contrasting "while" or "whereas": another's act set beside the one before it, not a time."""
    if not any(c.lower_ in CONTRAST_MARKS for c in clause.children):
        return False  # no such word of its own: no need to walk the clause for its first word
    first = clause.subtree[0]
    return first.lower_ in CONTRAST_MARKS and first.head is clause and first.i > 0 \
        and clause.doc.tokens[first.i - 1].text == "," and clause.has_dependent(*SUBJECT_DEPS)


def _set_off(clause: TokenView) -> bool:
    """A relative clause set off by a comma ("…, who fled on Wednesday"), or on a noun set off
    that sums up the clause before ("…, an allegation X denied"): the writer's aside, not part of
    what someone is reported to have said."""
    if clause.dep_ != "relcl":
        return False
    if sums_up(clause.head):
        return True
    first = clause.left_edge.i
    return first > 0 and clause.doc.tokens[first - 1].text == ","


# The links by which a noun hangs in its clause: as subject, object or object of a preposition.
_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "pobj", "prep", "attr", "appos", "conj",
                          "npadvmod", "oprd"})


def verb_of_phrase(noun: TokenView) -> TokenView | None:
    """The verb whose clause holds a noun phrase, through its prepositions and coordination."""
    token = noun
    while token.pos_ not in VERB_POS:
        if token.dep_ not in _PHRASE_DEPS or token.head is token:
            return None
        token = token.head
    return token
