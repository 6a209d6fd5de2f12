"""Modality: whether a clause asserts, reports, denies, intends, requests, announces or supposes
what it says, and what an announced or promised act is (a threat, an agreement, a demand).

A refused act ("refused to recognize") is `intended`: the event is the stance taken on the act
(typed REJECT by the controlling verb, in events.py), and the act itself has not happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import TokenView
from .vocabulary import (FALSITY_WORDS, DOUBT_ADJECTIVES, DISMISSING_PHRASAL_VERBS, DISMISSING_PARTICLES, CLAIM_VOICING_VERBS, POSSIBILITY_NOUNS, TIME_MARKS, FUTURE_MODALS, INVERTED_CONDITION_AUXILIARIES, CONDITION_HEADS, ASPECTUAL_VERBS, CONSIDERING_VERBS, WANTING_VERBS, FREE_RELATIVE_WORDS, FINITE_TAGS, LABELLING_VERBS, HEARSAY_PASSIVES, EXPECTING_PASSIVES, HEARSAY_ADVERBS, ACCUSATION_PREPS, ACCUSATION_VERBS, ANNOUNCING_MODALS, AWAITING_MARKS, CLAIM_NOUNS, SUMMED_ACT_NOUNS, SERIES_WORDS, CONDITION_MARKS,
                         CONDITIONAL_MARKS, CONDITIONAL_THREAT_ACTS, DEADLINE_VERBS, DENIAL_VERBS, DEONTIC_MODALS,
                         INTENT_ADJECTIVES, INTENT_VERBS, MODAL_MEANINGS, NOMINAL_SUBJECT_DEPS, OBJECT_DEPS,
                         PASSIVE_ACCUSATION_VERBS, PERMISSION_VERBS, POSSIBILITY_VERBS, PROMISE_ADJECTIVES, PROMISED_ACTS, VOWING_VERBS, SPEAKER_NEXT_ACTS,
                         REQUEST_NOUNS, REQUEST_VERBS, ASKING_VERBS, OBLIGING_VERBS, SCHEDULED_ADJECTIVES, SPEAKER_ACTS, SPEECH_VERBS, SUBJECT_DEPS, THREAT_ACTS,
                         THREATENING_MODALS, VERB_POS)


@dataclass
class Claim:
    """A clause the text attributes to someone rather than states: a report, accusation or denial."""

    modality: str  # "reported" or "denied"
    holder: TokenView | None  # who claims or denies it, where the sentence names them


def clause_modality(verb: TokenView, chain: list[TokenView], *, reported: bool, claim: Claim | None = None) -> str:
    """asserted, reported, denied, intended, requested, future, possible or hypothetical."""
    tokens = [verb, *chain]
    top = chain[0] if chain else verb
    if top.dep_ == "conj":
        top = top.head
    if _conditional(verb) or (chain and _conditional(chain[0])) or _awaited(verb) \
            or (top.children and top.children[-1].lower_ == "?" and _asked(top)):
        return "hypothetical"
    if claim is not None:
        return claim.modality
    dep = verb.dep_
    if dep == "advcl" and _ahead_in_time(verb):
        return "future"
    if dep in _NOUN_CLAUSE_DEPS and (verb.head.lemma_ in POSSIBILITY_NOUNS or verb.head.lemma_ == "be"
                                     or verb.head.lower_ == "of") and _possible_by_noun(verb):
        return "possible"
    if verb.dep_ == "advcl" and purpose_infinitive(verb) and not chain:
        return "intended"  # "went to Moscow to meet …"; a request's infinitive has its verb in the chain
    modals = []  # the verbs' modal auxiliaries, whose meaning is read below
    for token in tokens:  # the verbs' children, read once for a hearsay adverb and for the modals
        for child in token.children:
            if child.dep_ == "advmod" and child.lower_ in HEARSAY_ADVERBS:
                return "reported"  # "reportedly seized", "allegedly used": on someone's word
            if child.dep_ == "aux" and child.tag_ == "MD":
                modals.append(child.lower_)
    for controller in chain:
        if controller.lemma_ in ASPECTUAL_VERBS:
            continue  # "began pulling back": happening
        if controller.lemma_ in WANTING_VERBS and verb.dep_ == "ccomp" and verb.head is controller:
            return "requested"  # "wants X to reopen …": asked of X
        if controller.lemma_ in EXPECTING_PASSIVES and verb.dep_ == "ccomp" and verb.head is controller:
            return "future"  # "expects X to sign …": looked for, not done
        if controller.lemma_ in CONSIDERING_VERBS and verb.tag_ == "VBG" and not controller.has_dependent("auxpass"):
            return "possible"  # "is considering expelling …": weighed, not done nor yet meant ("considers
            # it to be …" judges)
        if controller.lemma_ in HEARSAY_PASSIVES and controller.has_dependent("auxpass"):
            return "reported"  # "is believed to have supplied …"
        if controller.lemma_ in EXPECTING_PASSIVES and controller.has_dependent("auxpass"):
            return "future"  # "is expected to announce …"
        if controller.lower_ in SCHEDULED_ADJECTIVES:
            return "future"
        if controller.pos_ == "NOUN" or controller.lemma_ in INTENT_VERBS or controller.lower_ in INTENT_ADJECTIVES:
            return "intended"
        if controller.lemma_ in ASKING_VERBS or controller.lemma_ in DEADLINE_VERBS \
                or (controller.lemma_ in OBLIGING_VERBS and controller.has_dependent("dobj")):
            return "requested"  # "urged X to withdraw", "gave X a week to withdraw", "requires X to withdraw"
        if controller.lemma_ in POSSIBILITY_VERBS or controller.lemma_ in PERMISSION_VERBS:
            return "possible"
    if verb.dep_ in ("ccomp", "conj", "acl", "relcl") and demanded(verb):
        return "requested"
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in VERB_POS \
            and not verb.has_dependent("aux", *SUBJECT_DEPS):
        # "will confine … and join …": a bare verb shares its head's modal
        tokens.append(verb.head)
        modals += [child.lower_ for child in verb.head.children if child.dep_ == "aux" and child.tag_ == "MD"]
    for modal in modals:
        meaning = MODAL_MEANINGS.get(modal, "possible")
        if modal == "would" and reported:
            return "reported"  # backshift: "said Russia would respect" reports a will
        if modal == "should" and not _inverted(verb, tokens):
            return "requested"
        if meaning != "asserted":
            return meaning
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and purpose_infinitive(verb) \
            and not verb.head.has_dependent("advmod", words=("yet",)):
        return "future"  # "is to meet": an arrangement ahead ("is yet to sign" has not signed)
    return "reported" if reported else "asserted"


def demanded(verb: TokenView) -> bool:
    """The that-clause after a verb or noun of asking says what is asked of its subject ("demanded
    that the state withdraw …", "urged that talks resume", "rejected demands that it halt …"): a
    clause with "that" or in the bare form, with no modal ("asked how soon it would come" asks a
    question). A verb that also reports speech ("told reporters that …") reports it instead."""
    first = verb  # the first of coordinated verbs, which the verb or noun of asking takes
    while first.dep_ == "conj" and first.head.pos_ in VERB_POS and first.head is not first:
        first = first.head
    asking = first.head
    if first.i < asking.i:
        return False
    if first.dep_ in ("acl", "relcl"):
        # the parser reads "calls that it halt …" as a relative clause, "that" as its mark or object
        if asking.lemma_ not in REQUEST_NOUNS or asking.pos_ != "NOUN" \
                or (first.dep_ == "relcl" and not first.has_dependent("mark", words=("that",))
                    and not (first.has_dependent("dobj", words=("that",)) and _subjunctive(first))):
            return False
    elif first.dep_ != "ccomp" or asking.lemma_ not in REQUEST_VERBS or asking.lemma_ in SPEECH_VERBS:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children):
        return False
    if not (first.tag_ == "VB" or first.dep_ == "relcl" or first.has_dependent("mark", words=("that",))):
        return False
    # a later conjunct shares what is asked where the verb before it is its coordination host, not
    # where it is the asker's own next act ("demanded that X withdraw … and accused …"); the cheaper
    # rules above first
    while verb is not first:
        if coordination_host(verb) is not verb.head:
            return False
        verb = verb.head
    return True


def _subjunctive(verb: TokenView) -> bool:
    """A bare verb ("that it negotiate"): in the base form, or in the present with a singular
    subject that would take "-s" ("that the state withdraw")."""
    if verb.tag_ == "VB":
        return True
    subject = verb.dependent("nsubj")
    return verb.tag_ == "VBP" and subject is not None and (subject.lower_ in ("it", "he", "she")
                                                          or subject.tag_ in ("NN", "NNP"))


def clause_claim(top: TokenView) -> Claim | None:
    """Whether the clause headed by `top` (its outermost controlling verb) is someone's claim:

    - the complement of a verb of denial is denied by its subject ("X denied that …");
    - the gerund after an accusation verb, and a clause it takes, are reported by the accuser
      ("X accused Y of …-ing", "of helping Z do …"; passive: by the agent, if named);
    - a clause with an according-to phrase is reported by whom it names;
    - the that-clause of a claim noun is reported by the noun's possessor or by the subject of a
      verb voicing it whose object the noun is ("made allegations that …"), or by no one named
      ("reports that …", "welcomed reports that …"); denied where that verb denies it ("dismissed
      reports that …").
    """
    while top.dep_ == "conj" and (host := coordination_host(top)) is not None:
        top = host
    source = _according_to(top)
    if source is not None:
        return Claim("reported", source)  # "…, according to X": X's report
    head = top.head
    if top.dep_ == "ccomp" and head.lemma_ in DENIAL_VERBS and not _denies_a_claim_noun(top, head):
        return Claim("denied", head.dependent(*NOMINAL_SUBJECT_DEPS))
    accusation = accusing_verb(top) or (accusing_verb(head) if top.dep_ == "ccomp" else None)
    if accusation is not None:  # the act accused, with what it lets another do ("of helping Y evade …")
        return Claim("reported", _actor_of(accusation))
    if top.dep_ == "acl" and head.dep_ == "pobj" and (accusation := _accusation_holding(head)) is not None:
        return Claim("reported", _actor_of(accusation))  # what the act accused did ("for an attack, killing …")
    if top.dep_ == "acl" and top.tag_ == "VBN" and (gerund := _verb_holding(head)) is not None \
            and (accusation := accusing_verb(gerund)) is not None:
        # a participle on a noun of the act accused is the accuser's word ("accused X of attacking
        # with weapons supplied by Y": that Y supplied them)
        return Claim("reported", _actor_of(accusation))
    if top.dep_ == "ccomp" and head.lemma_ == "be" and head.has_dependent("acomp", words=FALSITY_WORDS):
        return Claim("denied", None)  # "it is false that …"
    if top.dep_ in ("acl", "ccomp") and head.lemma_ in CLAIM_NOUNS and top.has_dependent("mark", words=("that",)):
        governor = head.head
        governs = head.dep_ in OBJECT_DEPS and governor.pos_ in VERB_POS
        if (governs and (governor.lemma_ in DENIAL_VERBS or _dismissing(governor))) \
                or (head.dep_ == "oprd" and governor.has_dependent("oprd", "acomp", words=FALSITY_WORDS)):
            # "dismissed reports that …", "brushed aside claims that …", "called reports that … baseless"
            return Claim("denied", governor.dependent(*NOMINAL_SUBJECT_DEPS))
        possessor = head.dependent("poss")
        if possessor is not None:
            return Claim("reported", possessor)
        # the subject voices the claim ("made allegations that …", "repeated claims that …"); one who
        # welcomes, examines or investigates reports that … is not their source
        voiced = governs and governor.lemma_ in CLAIM_VOICING_VERBS
        return Claim("reported", governor.dependent("nsubj") if voiced else None)
    if top.dep_ == "acl" and head.dep_ == "oprd" and head.head.lemma_ in LABELLING_VERBS:
        # what a name given to a thing says of it is the namer's word ("called it a coup staged by X")
        return Claim("reported", _actor_of(head.head))
    return None


def _dismissing(verb: TokenView) -> bool:
    """A phrasal verb of dismissing: "brushed aside", "shrugged off", "waved away"."""
    return verb.lemma_ in DISMISSING_PHRASAL_VERBS and verb.has_dependent("prt", "advmod", words=DISMISSING_PARTICLES)


def _according_to(verb: TokenView) -> TokenView | None:
    """Whose report a clause is, where an according-to phrase on its verb says so ("according to
    state media, jets struck …", "…, according to a monitoring group")."""
    for according in verb.dependents("prep", words=("according",)):
        for to in according.dependents("prep", words=("to",)):
            return to.dependent("pobj")
    return None


def denied_gerund(verb: TokenView) -> Claim | None:
    """The act a gerund after "deny" names is denied by the denier ("X denied sending troops"),
    as a that-clause after it is: not a fact the text states."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "deny":
        return None
    if verb.tag_ != "VBG" and not (verb.tag_ == "VBN" and verb.has_dependent("aux", words=("having",))):
        return None  # "denied sending troops", "denied having sent troops"
    return Claim("denied", verb.head.dependent(*NOMINAL_SUBJECT_DEPS))


def _denies_a_claim_noun(clause: TokenView, denial: TokenView) -> bool:
    """Whether a clause before a denial is what the denial's claim noun sums up ("A accuses B
    of …, a charge B denies"): the parser makes the clause the denial's complement, but what is
    denied is the charge, not that A accuses."""
    return clause.i < denial.i and (denial.has_dependent(*OBJECT_DEPS, words=CLAIM_NOUNS)
                                    or summed_claim(denial) is not None)


def summed_claim(denial: TokenView) -> TokenView | None:
    """The claim noun a denial's reduced relative clause is about ("…, a charge the state denied"),
    which the parser makes a second subject of the denial, before its real one: what is denied."""
    if denial.lemma_ not in DENIAL_VERBS:
        return None
    subjects = denial.dependents(*NOMINAL_SUBJECT_DEPS)
    if len(subjects) == 1:
        # or the only subject: the claim noun with the denier's name set beside it, or the name
        # with the noun as its compound and the noun's article ("…, a charge Kigali denies")
        only = subjects[0]
        if only.lower_ in CLAIM_NOUNS:
            return only if only.has_dependent("appos") else None
        return only.dependent("compound", words=CLAIM_NOUNS) if only.has_dependent("det") else None
    if len(subjects) < 2 or subjects[0].lower_ not in CLAIM_NOUNS:
        return None
    return subjects[0]


def _verb_holding(noun: TokenView) -> TokenView | None:
    """The verb whose object or prepositional phrase holds a noun ("using weapons", "downing a
    plane with a missile"), or None."""
    token = noun
    for _ in range(6):
        if token.pos_ in VERB_POS:
            return token
        if token.dep_ not in ("dobj", "pobj", "prep", "conj", "appos") or token.head is token:
            return None
        token = token.head
    return None


def accusing_verb(verb: TokenView) -> TokenView | None:
    """The accusation verb whose preposition holds `verb` as a gerund: "accused Russia of poisoning".

    The parser hangs the preposition on a common noun object as often as on the verb ("accused
    rebels of attacking"): the object's verb is the accusation then.
    """
    if verb.dep_ not in ("pcomp", "pobj") or verb.tag_ != "VBG":
        return None
    return _accusation_holding(verb)


def _accusation_holding(word: TokenView) -> TokenView | None:
    """The accusation verb whose of-, for- or with-phrase holds `word` (a gerund, or a noun of the
    act accused: "blamed X for an attack")."""
    head = word.head
    if head.lower_ not in ACCUSATION_PREPS:
        return None
    governor = head.head
    if governor.dep_ in OBJECT_DEPS and governor.head.lemma_ in ACCUSATION_VERBS:
        governor = governor.head
    return governor if governor.lemma_ in ACCUSATION_VERBS else None


def sums_up(obj: TokenView) -> bool:
    """Whether an object is a claim noun set off by a comma, with a relative clause, that sums up
    the clause before it ("accused X of …, a claim Y rejected"), an act noun with a clause
    that judges it ("expelled them, a move condemned by Y"), or a phrase that places the act in a
    series ("shelled the posts, the third such attack this month", "…, the latest in a string of
    clashes"): what is said of the act, no second party to it."""
    if not ((obj.lemma_ in CLAIM_NOUNS and obj.has_dependent("relcl"))
            or (obj.lemma_ in SUMMED_ACT_NOUNS and obj.has_dependent("relcl", "acl"))
            or obj.lower_ in SERIES_WORDS or obj.has_dependent("amod", words=SERIES_WORDS)):
        return False
    start = obj.subtree[0].i
    return start > 0 and obj.doc.tokens[start - 1].text == ","


def accused(verb: TokenView) -> list[TokenView]:
    """Who an accusation verb says did the act: its object, or its passive subject (of the verbs
    whose passive still accuses: "was charged with reviewing" more often assigns a task)."""
    displaced = gerund_relative(verb)
    return [o for o in verb.dependents(*OBJECT_DEPS) if not sums_up(o) and o is not displaced] \
        or (verb.dependents("nsubjpass") if verb.lemma_ in PASSIVE_ACCUSATION_VERBS else [])


def gerund_relative(verb: TokenView) -> TokenView | None:
    """The relative pronoun the parser made a second object of an accusation verb, which is the
    object of its gerund ("the village, which A accuses B of seizing": B seized the village)."""
    if verb.lemma_ not in ACCUSATION_VERBS:
        return None
    objects = verb.dependents("dobj")
    if len(objects) != 2 or objects[0].lower_ not in ("which", "that") or objects[1].pos_ == "PRON":
        return None
    return objects[0]


def passive_agents(verb: TokenView) -> list[TokenView]:
    """The objects of a passive's by-phrases ("was attended by Yatsenyuk"), or []."""
    agents = []
    for by in verb.dependents("agent"):
        agents.extend(by.dependents("pobj"))
    return agents


def _actor_of(verb: TokenView) -> TokenView | None:
    """The subject of an active verb, the agent of a passive one; a coordinated verb's or a
    participle's is the subject of the verb it hangs on ("expelled …, accusing them of …")."""
    if verb.has_dependent("nsubjpass", "auxpass"):
        agents = passive_agents(verb)
        return agents[0] if agents else None
    subject = verb.dependent("nsubj")
    if subject is not None:
        return subject
    host = subject_host(verb)
    return _actor_of(host) if host is not None else None


def subject_host(verb: TokenView) -> TokenView | None:
    """The verb whose subject a verb with none of its own shares: the one it is coordinated with
    (coordination_host), or the one its participle clause hangs on ("rejected the charge, saying …")."""
    if verb.dep_ == "conj":
        return coordination_host(verb)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head is not verb and verb.head.pos_ in VERB_POS:
        return participle_host(verb)
    return None


def participle_host(participle: TokenView) -> TokenView:
    """The verb a participle clause hangs on ("rejected the charge, saying …"). A participle of
    saying or denying set off by a comma after a reported clause ("denied that its troops had …,
    saying …") is the speaker's next act: the parser hangs it on the reported verb, but it is the
    verb of saying or denying that shares it; not a verb of saying set after the clause ("X marched,
    demanding …, witnesses said"), which only attributes it."""
    head = participle.head
    if head.dep_ == "ccomp" and participle.lemma_ in SPEAKER_ACTS and head.head.lemma_ in SPEAKER_ACTS \
            and participle.i > head.i and participle.doc[participle.i - 1].text == "," \
            and head.head.i < head.i:  # "…, demanding …, witnesses said": an attribution after it is not its speaker
        return head.head
    return head


def coordination_host(verb: TokenView) -> TokenView | None:
    """The verb whose standing (reported, denied, claimed) a coordinated verb shares, and whose
    subject it shares where it has none of its own: its head; but where the head is a reported act (what a verb of saying or denying
    reports, or what an accusation accuses of), the verb that reports it, if the conjunct is the
    speaker's next act rather than the reported actor's: a finite verb (one that shares no
    auxiliary: "was urging … and calling for" shares "was") of saying, denying, accusing or asking
    ("denied that its troops had … and blamed …"), or one that the head's gerund or modal cannot
    carry ("accused X of launching … and called on …", "said X would not … and proposed …"). None
    for a verb that is not coordinated with another. A verb coordinated with an adjective that
    complements a copula is coordinated with the copula ("was concerned and called on …")."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "acomp" and head.head.pos_ in VERB_POS:
        head = head.head
    if verb.dep_ != "conj" or head is verb or head.pos_ not in VERB_POS:
        return None
    has_subject = verb.has_dependent(*SUBJECT_DEPS)
    if not has_subject and head.dep_ != "relcl" \
            and head.has_dependent(*SUBJECT_DEPS, words=FREE_RELATIVE_WORDS):
        # the verb of a free relative ("fell short of what was needed and called on …") has "what"
        # for subject, which no verb after "and" shares: the clause holding the relative is the host
        while head.dep_ != "ROOT" and (head is verb.head or head.pos_ not in VERB_POS):
            head = head.head
    if has_subject or not _finite(verb) or verb.has_dependent("aux"):
        if purpose_infinitive(head) and head.dep_ == "xcomp" and head.head.pos_ in VERB_POS \
                and not has_subject and _tensed(verb):
            # a verb with a tensed auxiliary of its own cannot share an infinitive's "to": the parser
            # hung it on the infinitive, but it is the controlling verb's next act ("had asked X to
            # … and had put …": the asker put)
            return head.head
        return head
    if head.dep_ == "ccomp" and head.head.lemma_ in REQUEST_VERBS and head.tag_ in ("VB", "VBP") \
            and verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed"):
        # "demanded that X withdraw … and condemned …": a past act is the asker's next one (a
        # past in "-ed" only: "lay" may be a bare form the tagger took for a past)
        return head.head
    if verb.lemma_ not in SPEAKER_ACTS and not _bound_form(head) \
            and not (verb.lemma_ in SPEAKER_NEXT_ACTS and _perfect_or_passive(head)):
        # a vow or protest in the past cannot share "had" or "were" ("… had failed and vowed to …",
        # "… had landed in its waters and lodged a protest")
        return head
    if head.dep_ in ("acl", "ccomp") and head.has_dependent("mark", words=("that",)) and head.head.pos_ == "NOUN" \
            and head.head.head.pos_ in VERB_POS and head.head.dep_ in OBJECT_DEPS:
        # "expressed regret that the war had broken out and urged …": the one who expressed it urged
        return head.head.head
    if head.dep_ == "ccomp" and (head.head.lemma_ in SPEECH_VERBS or head.head.lemma_ in DENIAL_VERBS
                                 or head.head.lemma_ in VOWING_VERBS) and head.head.i < head.i:
        # "vowed that X would not … and said …": the vower said it; not where the verb of saying
        # follows what it reports ("A welcomed X and urged Y …, a statement said": A urged)
        return head.head
    if head.dep_ == "xcomp" and _bound_form(head) and head.head.pos_ in VERB_POS:
        return head.head  # "urged X to withdraw … and offered to send …": the urging verb's subject offers
    return accusing_verb(head) or _phrase_verb(head) or head


def _phrase_verb(gerund: TokenView) -> TokenView | None:
    """The verb a gerund's prepositional phrase hangs on ("thanked X for keeping …"): a finite verb
    the parser coordinated with the gerund ("… and called on Y to …") is that verb's next act."""
    prep = gerund.head
    if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.pos_ in VERB_POS:
        return prep.head
    return None


def _finite(verb: TokenView) -> bool:
    """A finite verb, or a passive one with a finite auxiliary of its own ("and is expected to …"),
    which no infinitive or gerund before it can share."""
    return verb.tag_ in FINITE_TAGS or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in FINITE_TAGS for c in verb.children))


def _tensed(verb: TokenView) -> bool:
    """A verb with a finite auxiliary or a modal of its own ("had sent", "would send")."""
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD") for c in verb.children)


def _perfect_or_passive(verb: TokenView) -> bool:
    return verb.tag_ == "VBN" and verb.has_dependent("aux", "auxpass")


def _bound_form(verb: TokenView) -> bool:
    """A gerund, or a verb with a modal or "to": a form a finite past verb is not coordinated with."""
    if verb.tag_ == "VBG":
        return True
    for child in verb.children:
        if child.dep_ == "aux" and (child.tag_ == "MD" or child.lower_ == "to"):
            return True
    return False


def condition_subject(token: TokenView) -> bool:
    """Whether a noun is the subject of an if- or unless-clause ("will act if he does not …")."""
    return token.dep_ == "nsubj" and token.head.dep_ == "advcl" and token.head.has_dependent("mark", words=CONDITION_MARKS)


def purpose_infinitive(token: TokenView) -> bool:
    return token.tag_ == "VB" and token.has_dependent("aux", words=("to",))


def _inverted(verb: TokenView, tokens: list[TokenView]) -> bool:
    """'should the referendum proceed': the modal comes before the subject, as a condition; so
    does 'had' in an adverbial clause ("had X recognised Y, Z would have …", a past condition)."""
    modals = [c for t in tokens for c in t.dependents("aux", words=("should",))]
    if not modals and verb.dep_ == "advcl":
        modals = verb.dependents("aux", words=INVERTED_CONDITION_AUXILIARIES)
    if not modals:
        return False
    if verb.dep_ == "advcl" and modals[0].i == verb.subtree[0].i:
        return True  # a clause that opens with the modal, whose subject the parser may have missed
    subjects = [c for t in tokens for c in t.dependents(*SUBJECT_DEPS)]
    return bool(subjects and modals[0].i < subjects[0].i)


def _asked(top: TokenView) -> bool:
    """A yes-no question ("Did X arm the rebels?", "Will X attack?"): the sentence's verb opens with
    its auxiliary, before its subject, and ends in a question mark (its last child, which the caller
    reads). It asks whether the act was done; a wh-question ("Why did X invade?") takes the act as
    done, and opens with the wh-word."""
    if top.dep_ != "ROOT":
        return False
    first = top.children[0]
    return first.dep_ in ("aux", "auxpass") and first.i < top.i \
        and any(c.dep_ in SUBJECT_DEPS and c.i > first.i for c in top.children)


_NOUN_CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl", "pcomp"})


def _ahead_in_time(verb: TokenView) -> bool:
    """A clause of time in the present under a verb of the future is ahead too ("when X frees the
    sailors, Y will reopen …", "once X has signed, …", "as soon as X signs, …")."""
    mark = verb.dependent("mark", "advmod", words=TIME_MARKS)  # the parser reads "when" either way
    if mark is None:
        return False
    if verb.tag_ not in ("VBZ", "VBP") and not (verb.tag_ == "VBN" and verb.has_dependent("aux", words=("has", "have"))):
        return False
    host = verb.head
    if mark.lower_ == "as":
        if host.pos_ != "ADV":
            return False  # "as X signs …" is while; "as soon as" hangs on its adverb
        host = host.head
    return host.has_dependent("aux", words=FUTURE_MODALS)


def _possible_by_noun(verb: TokenView) -> bool:
    """What a noun of possibility says may come about ("the risk that X invades Y", "the prospect of
    X blocking …"); a relative clause on it ("the risk that it took") has no "that" as its mark.
    So does an extraposed that-clause after an adjective of doubt ("it is likely that X …")."""
    if verb.dep_ == "ccomp":
        return verb.head.lemma_ == "be" and verb.head.has_dependent("acomp", words=DOUBT_ADJECTIVES)
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.lemma_ in POSSIBILITY_NOUNS and verb.has_dependent("mark", words=("that",))
    if verb.dep_ == "pcomp":
        prep = verb.head
        return prep.lower_ == "of" and prep.head.lemma_ in POSSIBILITY_NOUNS
    return False


def _awaited(verb: TokenView) -> bool:
    """What an act announced ahead, intended or asked for waits for ("would not resume talks until
    X withdrew", "will fight until the rebels surrender", "vowed to stay until the president
    resigned"): a condition, not yet done. After a past act ("fought until the town fell") it happened."""
    if verb.dep_ != "advcl" or not verb.has_dependent("mark", words=AWAITING_MARKS):
        return False
    head = verb.head
    ahead = head.head if head.dep_ == "xcomp" else head
    if (head.dep_ == "xcomp" and (ahead.lemma_ in INTENT_VERBS or ahead.lemma_ in REQUEST_VERBS)) \
            or ((head.lemma_ in INTENT_VERBS or head.lemma_ in REQUEST_VERBS) and head.has_dependent("xcomp")):
        return True  # the parser may hang the clause on the verb of intent itself
    return any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_MODALS for t in (head, ahead) for c in t.children)


# The links by which a clause is part of the one above it, and so under that one's condition.
_CONDITIONED_CLAUSE_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "acl"})


def _conditional(token: TokenView) -> bool:
    """Inside an if-clause, or a condition by inversion, at any depth below the main clause."""
    while True:
        inverting = False  # an auxiliary an inversion may put first: "should", "had"
        for child in token.children:
            if child.dep_ == "mark":
                if child.lower_ in CONDITIONAL_MARKS:
                    return True
                if child.lower_ == "that" and child.i > 0 and token.doc.tokens[child.i - 1].lower_ in CONDITION_HEADS:
                    return True  # "on condition that X frees …", "provided that X lifts …"
            elif child.dep_ == "aux" and (child.lower_ == "should" or child.lower_ in INVERTED_CONDITION_AUXILIARIES):
                inverting = True
        if inverting and _inverted(token, [token]):  # an inversion puts an auxiliary first
            return True
        if token.dep_ == "ROOT" or token.head is token:
            return False
        if token.dep_ not in _CONDITIONED_CLAUSE_DEPS:
            return False
        if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_VERBS:
            return False
        token = token.head


def clause_verbs(predicate: TokenView, chain: list[TokenView]) -> list[TokenView]:
    """The predicate and the verbs that control it."""
    if not chain:
        return [predicate]  # most predicates have no controller
    return [predicate, *(t for t in chain if t.pos_ in VERB_POS)]


def modal_event_type(predicate: TokenView, chain: list[TokenView], negated: bool, event_type: str | None) -> str | None:
    """The event type once modality is read: a hostile act announced for the future or on a
    condition is a threat ("would cut all ties", "will strike unless …");
    a cooperative act promised is an agreement to act ("will send a loan", "is willing to
    talk")."""
    if negated:
        return event_type
    if event_type in CONDITIONAL_THREAT_ACTS and _announced_threat(clause_verbs(predicate, chain), event_type):
        return "THREATEN"  # (a hostile act or a pullback: the acts a threat may announce)
    if event_type in PROMISED_ACTS and _promised(predicate, chain):
        return "AGREE"
    return event_type


def _announced_threat(verbs: list[TokenView], event_type: str | None) -> bool:
    # a condition by "if" or "unless", or by a modal set before its subject ("should the talks fail, …")
    if event_type in CONDITIONAL_THREAT_ACTS and any(c.has_dependent("mark", words=CONDITION_MARKS) or _inverted(c, [c])
                                                     for v in verbs for c in v.dependents("advcl")):
        return True
    # "would" announces what one is prepared to do; "will" the act itself, which stays its type
    # with the modality future.
    return event_type in THREAT_ACTS and any(v.has_dependent("aux", words=THREATENING_MODALS) for v in verbs)


def _promised(predicate: TokenView, chain: list[TokenView]) -> bool:
    if any(t.lower_ in PROMISE_ADJECTIVES for t in chain):
        return True
    return any(v.has_dependent("aux", words=ANNOUNCING_MODALS) for v in clause_verbs(predicate, chain))


def demanded_undone(complement: TokenView) -> bool:
    """Whether a that-clause says that something must be done, with no one named to do it ("said
    the vote should be postponed", "said the killers must be punished"): a passive with a modal of
    obligation asks for the act of whoever can do it."""
    return complement.has_dependent("nsubjpass") and complement.has_dependent("aux", words=DEONTIC_MODALS) \
        and not complement.has_dependent("agent")


def demanded_of(complement: TokenView) -> TokenView | None:
    """The subject of a that-clause that says what someone must do, if it says so; a pronoun too
    ("demanded that they disarm"): the caller keeps it only where it refers to
    someone other than the speaker ("said it must …" binds the speaker itself)."""
    if complement.has_dependent("aux", words=DEONTIC_MODALS) or demanded(complement):
        return complement.dependent(*NOMINAL_SUBJECT_DEPS)
    return None

