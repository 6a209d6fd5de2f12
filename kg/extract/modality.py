"""Modality: whether a clause asserts, reports, intends, requests or supposes what it says, and
what an announced or promised act is (a threat, an agreement, a demand)."""

from __future__ import annotations

from .tokens import TokenView
from .vocabulary import (ANNOUNCING_MODALS, CONDITION_MARKS, CONDITIONAL_MARKS, CONDITIONAL_THREAT_ACTS,
                         DEONTIC_MODALS, INTENT_ADJECTIVES, INTENT_VERBS, MODAL_MEANINGS, NOMINAL_SUBJECT_DEPS,
                         POSSIBILITY_VERBS, PROMISE_ADJECTIVES, PROMISED_ACTS, REQUEST_VERBS, SPEECH_VERBS,
                         SUBJECT_DEPS, THREAT_ACTS, VERB_POS)


def clause_modality(verb: TokenView, chain: list[TokenView], *, reported: bool) -> str:
    """asserted, reported, intended, requested, possible or hypothetical."""
    tokens = [verb, *chain]
    if _conditional(verb) or (chain and _conditional(chain[0])):
        return "hypothetical"
    if verb.dep_ == "advcl" and purpose_infinitive(verb):
        return "intended"
    for controller in chain:
        if controller.pos_ == "NOUN" or controller.lemma_ in INTENT_VERBS or controller.lower_ in INTENT_ADJECTIVES:
            return "intended"
        if controller.lemma_ in REQUEST_VERBS:
            return "requested"
        if controller.lemma_ in POSSIBILITY_VERBS:
            return "possible"
    modals = [c.lower_ for t in tokens for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"]
    for modal in modals:
        meaning = MODAL_MEANINGS.get(modal, "possible")
        if modal == "would" and reported:
            return "reported"  # backshift: "said Russia would respect" reports a will
        if modal == "should" and not _inverted(verb, tokens):
            return "requested"
        if meaning != "asserted":
            return meaning
    return "reported" if reported else "asserted"


def purpose_infinitive(token: TokenView) -> bool:
    return token.tag_ == "VB" and token.has_dependent("aux", words=("to",))


def _inverted(verb: TokenView, tokens: list[TokenView]) -> bool:
    """'should the referendum proceed': the modal comes before the subject, as a condition."""
    modals = [c for t in tokens for c in t.dependents("aux", words=("should",))]
    if not modals:
        return False
    subjects = [c for t in tokens for c in t.dependents(*SUBJECT_DEPS)]
    return bool(subjects and modals[0].i < subjects[0].i)


def _conditional(token: TokenView) -> bool:
    """Inside an if-clause, or a condition by inversion, at any depth below the main clause."""
    while True:
        if token.has_dependent("mark", words=CONDITIONAL_MARKS):
            return True
        if _inverted(token, [token]):
            return True
        if token.dep_ in ("ROOT",) or token.head == token:
            return False
        if token.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "relcl", "pcomp", "acl"):
            return False
        if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_VERBS:
            return False
        token = token.head


def clause_verbs(predicate: TokenView, chain: list[TokenView]) -> list[TokenView]:
    """The predicate and the verbs that control it."""
    return [predicate, *(t for t in chain if t.pos_ in VERB_POS)]


def modal_event_type(predicate: TokenView, chain: list[TokenView], negated: bool, event_type: str | None) -> str | None:
    """The event type once modality is read: a hostile act announced for the future or on a
    condition is a threat ("would cut all ties", "will strike unless …");
    a cooperative act promised is an agreement to act ("will send a loan", "is willing to
    talk")."""
    if negated:
        return event_type
    if _announced_threat(clause_verbs(predicate, chain), event_type):
        return "THREATEN"
    if event_type in PROMISED_ACTS and _promised(predicate, chain):
        return "AGREE"
    return event_type


def _announced_threat(verbs: list[TokenView], event_type: str | None) -> bool:
    conditioned = any(c.has_dependent("mark", words=CONDITION_MARKS) for v in verbs for c in v.dependents("advcl"))
    if conditioned and event_type in CONDITIONAL_THREAT_ACTS:
        return True
    future = any(v.has_dependent("aux", words=ANNOUNCING_MODALS) for v in verbs)
    return future and event_type in THREAT_ACTS


def _promised(predicate: TokenView, chain: list[TokenView]) -> bool:
    if any(t.lower_ in PROMISE_ADJECTIVES for t in chain):
        return True
    return any(v.has_dependent("aux", words=ANNOUNCING_MODALS) for v in clause_verbs(predicate, chain))


def demanded_of(complement: TokenView) -> TokenView | None:
    """The subject of a that-clause that says what someone must do, if it says so."""
    if complement.has_dependent("aux", words=DEONTIC_MODALS):
        subject = complement.dependent(*NOMINAL_SUBJECT_DEPS)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None
