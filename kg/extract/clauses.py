"""Clauses from a dependency parse: who (subject) does what (predicate) to whom (object).

Stateless functions over a parsed sentence (a `SpanView`, or a spaCy Span). They return `Clause`
records that still point at tokens; `kg.extract` turns them into Triples that hold only strings
and offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .tokens import SpanView, TokenView

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp", "oprd"})
# Temporal and locative modifiers that are arguments of the clause but never its object.
ADJUNCT_ONLY_ENTS = frozenset({"DATE", "TIME"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Verbs that report speech or belief: their clausal complement is what someone said.
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "announce", "add", "declare", "report", "claim", "reiterate",
    "insist", "warn", "note", "stress", "underscore", "confirm", "believe", "indicate",
    "describe", "explain", "write", "argue", "assert", "acknowledge", "suggest", "repeat",
})
# Control verbs whose infinitive says what the subject means to do ("vowed to veto").
INTENT_VERBS = frozenset({
    "vow", "plan", "intend", "promise", "pledge", "threaten", "want", "seek", "aim", "hope",
    "try", "attempt", "decide", "agree", "offer", "refuse", "wish", "prepare", "resolve",
    "mean", "expect", "continue", "begin", "start", "stand", "move", "set",
})
# Verbs that ask someone else to act ("urged Russia to listen").
REQUEST_VERBS = frozenset({"urge", "ask", "call", "appeal", "press", "request", "encourage",
                           "demand", "invite", "order", "tell", "instruct", "persuade"})
POSSIBILITY_VERBS = frozenset({"seem", "appear"})
# Adjectives that carry intent to an infinitive ("is willing to withdraw", "stand ready to respond").
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "set"})
# Nouns that carry intent to a following verb ("no intention of invading").
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "plans", "desire", "wish", "willingness",
                          "readiness", "threat", "promise", "pledge", "decision", "bid", "effort",
                          "attempt", "right"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no one"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
MODAL_MEANINGS = {
    "would": "hypothetical", "should": "hypothetical", "could": "possible", "might": "possible",
    "may": "possible", "can": "possible", "must": "asserted", "will": "asserted",
    "shall": "asserted", "'d": "hypothetical", "wo": "asserted", "ca": "possible",
}


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


def clauses(sent: SpanView) -> Iterator[Clause]:
    """Every clause of a sentence, in the order of its predicates."""
    for token in sent:
        if token.pos_ in PREDICATE_POS and _is_predicate(token) and not _carries_only_control(token):
            yield from _clauses_of(token)


PREDICATE_POS = frozenset({"VERB", "AUX"})


def _is_predicate(token: TokenView) -> bool:
    lemma = token.lemma_
    if len(lemma) < 2 or not (lemma.isalpha() or any(ch.isalpha() for ch in lemma)):
        return False  # "de - escalate" split by the tokenizer
    if token.pos_ == "VERB":
        return token.dep_ not in ("amod", "compound", "nmod", "npadvmod")
    # A copula heads its clause in spaCy's scheme ("talks were constructive").
    return token.pos_ == "AUX" and token.lemma_ == "be" and any(
        c.dep_ in COPULA_COMPLEMENT_DEPS for c in token.children
    )


def _carries_only_control(token: TokenView) -> bool:
    """A subject-control verb with no object of its own: its infinitive carries the clause."""
    for adj in (c for c in token.children if c.dep_ in ("acomp", "oprd") and c.lower_ in INTENT_ADJECTIVES):
        if any(c.dep_ == "xcomp" for c in adj.children):
            return True  # "is willing to withdraw": the clause is "withdraw"
    for obj in (c for c in token.children if c.dep_ in OBJECT_DEPS and c.lower_ in INTENT_NOUNS):
        if any(_intent_noun_of(v) == obj for v in obj.subtree if v.pos_ == "VERB"):
            return True  # "had no intention of invading": the clause is "invading"
    if token.lemma_ not in _CONTROL_VERBS:
        return False
    return any(c.dep_ == "xcomp" for c in token.children) and not any(
        c.dep_ in OBJECT_DEPS for c in token.children
    )


_CONTROL_VERBS = INTENT_VERBS | POSSIBILITY_VERBS


def _clauses_of(verb: TokenView) -> Iterator[Clause]:
    chain = control_chain(verb)
    top = chain[0] if chain else verb
    subjects = _subjects(verb, chain)
    if not subjects:
        return
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children)
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    objects, object_prep = _objects(verb)
    if passive and agents:
        # "The session was attended by Yatsenyuk": the agent acts, the patient is acted on.
        objects, subjects, object_prep = subjects, agents, None
    negated = _negated(verb, chain)
    speech_head = reporting_verb(top)
    modality = _modality(verb, chain, reported=speech_head is not None)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    adjuncts = [c for c in verb.children if _is_adjunct(c, object_prep)]
    for subject in _with_conjuncts(subjects):
        subject_negated = negated or _negative_subject(subject)
        for obj in _with_conjuncts(objects) or [None]:
            yield Clause(
                predicate=verb, chain=chain, subject=subject, object=obj, object_prep=object_prep,
                adjuncts=adjuncts, passive=passive and not agents, negated=subject_negated,
                modality=modality, speech_head=speech_head, complement=complement,
            )


def control_chain(verb: TokenView) -> list[TokenView]:
    """The verbs and nouns that control `verb`, outermost first.

    "vowed to veto": [vowed]; "had no intention of invading": [had, intention].
    """
    chain: list[TokenView] = []
    token = verb
    while True:
        head = token.head
        if token.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head != token:
            chain.insert(0, head)
            token = head
        elif token.dep_ == "xcomp" and head.lower_ in INTENT_ADJECTIVES and head.head.pos_ in ("VERB", "AUX"):
            chain[:0] = [head.head, head]
            token = head.head
        elif token.dep_ in ("pcomp", "acl", "xcomp") and _intent_noun_of(token) is not None:
            noun = _intent_noun_of(token)
            chain.insert(0, noun)
            if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ in OBJECT_DEPS:
                chain.insert(0, noun.head)
                token = noun.head
            else:
                return chain
        else:
            return chain


def _intent_noun_of(token: TokenView) -> TokenView | None:
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "to"):
        head = head.head
    if head.pos_ == "NOUN" and head.lower_ in INTENT_NOUNS:
        return head
    return None


def _subjects(verb: TokenView, chain: list[TokenView]) -> list[TokenView]:
    """Subjects of a verb, inherited through control, coordination and participles."""
    token = verb
    for controller in reversed(chain):
        if controller.pos_ in ("VERB", "AUX"):
            objects = [c for c in controller.children if c.dep_ in OBJECT_DEPS]
            if token.dep_ == "xcomp" and objects and controller.lemma_ in REQUEST_VERBS:
                return objects  # object control: "urged Russia to listen"
            token = controller
    found = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if found:
        return [_antecedent(s) for s in found]
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return _subjects(token.head, control_chain(token.head))  # "urging … and calling for …"
    if token.dep_ == "advcl" and (token.tag_ == "VBG" or _purpose_infinitive(token)):
        # "Speaking …, Lavrov said"; "Palestinians shunned work to protest …"
        return [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
    # "issues involving Tibet": a participle's subject is the noun it modifies; an infinitive's
    # ("a way to change course") is not.
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN") and token.tag_ == "VBG":
        return [token.head]
    return []


def _purpose_infinitive(token: TokenView) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def clause_subjects(verb: TokenView) -> list[TokenView]:
    """Who does what a verb says, through control, coordination and participles."""
    return _subjects(verb, control_chain(verb))


def _antecedent(subject: TokenView) -> TokenView:
    """A relative pronoun subject stands for the noun its clause modifies."""
    if subject.lower_ in ("which", "that", "who") and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _objects(verb: TokenView) -> tuple[list[TokenView], TokenView | None]:
    direct = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if direct:
        return direct, None
    complements = [c for c in verb.children if c.dep_ in COPULA_COMPLEMENT_DEPS]
    if complements:
        return complements, None
    # "met with Kerry": the first preposition whose object is not a time becomes the object.
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        pobjs = [c for c in prep.children if c.dep_ == "pobj"]
        if pobjs and not _is_temporal(pobjs[0]):
            return pobjs, prep
    return [], None


def _is_adjunct(child: TokenView, object_prep: TokenView | None) -> bool:
    if object_prep is not None and child == object_prep:
        return False
    if child.dep_ in ("prep", "agent") and child.i > 0:
        return child.dep_ == "prep"
    return child.dep_ in ("npadvmod", "tmod") and _is_temporal(child)


def _is_temporal(token: TokenView) -> bool:
    return token.ent_type_ in ADJUNCT_ONLY_ENTS or token.lower_ in WEEKDAYS


def _with_conjuncts(tokens: list[TokenView]) -> list[TokenView]:
    out: list[TokenView] = []
    for token in tokens:
        out.append(token)
        out.extend(c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


def _negated(verb: TokenView, chain: list[TokenView]) -> bool:
    for token in [verb, *chain]:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        if token.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
            return True  # "no intention of invading"
    return False


def _negative_subject(subject: TokenView) -> bool:
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    # "Neither we nor the international community will recognize …"
    first = subject
    while first.dep_ == "conj":
        first = first.head
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)


def _modality(verb: TokenView, chain: list[TokenView], *, reported: bool) -> str:
    tokens = [verb, *chain]
    if _conditional(verb) or (chain and _conditional(chain[0])):
        return "hypothetical"
    if verb.dep_ == "advcl" and _purpose_infinitive(verb):
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


def _inverted(verb: TokenView, tokens: list[TokenView]) -> bool:
    """'should the referendum proceed': the modal comes before the subject, as a condition."""
    modals = [c for t in tokens for c in t.children if c.dep_ == "aux" and c.lower_ == "should"]
    if not modals:
        return False
    subjects = [c for t in tokens for c in t.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects and modals[0].i < subjects[0].i)


def _conditional(token: TokenView) -> bool:
    """Inside an if-clause, or a condition by inversion, at any depth below the main clause."""
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in token.children):
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


def reporting_verb(token: TokenView) -> TokenView | None:
    """The verb of saying whose complement this clause is ("Kerry said [that …]")."""
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    if token.dep_ == "ccomp" and token.head.lemma_ in SPEECH_VERBS:
        return token.head
    return None
