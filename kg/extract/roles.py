"""Roles: which tokens of a clause fill which part of its event - who acts, on whom, who says so,
and the further arguments (times, places, prepositional phrases)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .clauses import Clause, control_chain, relative_antecedent, reporting_verb, verb_of_phrase
from .modality import clause_claim, clause_verbs, subject_host
from .tokens import BY_POSITION, DocView, SpanView, TokenView, phrase_text
from .vocabulary import (CONTROLLING_ADJECTIVES, LOCATIVE_PREPS, NOMINAL_SUBJECT_DEPS, QUOTE_MARKS, QUOTE_TAGS)


@dataclass
class Roles:
    """The tokens that fill a clause's roles."""

    subject: TokenView | None  # None where an expletive "it" holds the subject's place
    object: TokenView | None
    speaker: TokenView | None  # who says, claims or denies the clause (subject of the verb of saying)
    subject_quoted: bool  # inside a quotation: "we" there is the speaker
    object_quoted: bool
    object_is_place: bool  # the object of a locative preposition: "in London" is a place
    adjuncts: list[TokenView]  # heads of the further arguments, in order


def clause_roles(clause: Clause, sent: SpanView, quotes: list[int]) -> Roles:
    speech_head = clause.speech_head
    if clause.claim is not None:
        speaker = clause.claim.holder
    else:
        speaker = _speaker(speech_head) if speech_head is not None else None
    if speaker is not None:
        speaker = relative_antecedent(speaker)  # "the government, which had accused …"
    subject = None if is_expletive(clause.subject) else clause.subject
    obj, prep = clause.object, clause.object_prep
    verbs = clause_verbs(clause.predicate, clause.chain)
    # the predicate's own adjuncts are in order already; a controlling verb adds its own
    adjuncts = clause.adjuncts if len(verbs) == 1 else _adjuncts_of_verbs(verbs, clause)
    return Roles(
        subject=subject, object=obj, speaker=speaker,
        subject_quoted=subject is not None and inside_quotes(subject, sent, quotes),
        object_quoted=obj is not None and inside_quotes(obj, sent, quotes),
        object_is_place=prep is not None and prep.lower_ in LOCATIVE_PREPS,
        adjuncts=adjuncts,
    )


def phrase_claim(noun: TokenView) -> tuple[str, TokenView | None]:
    """Whether the clause a noun phrase stands in is someone's report or claim ("officials said
    attacks by rebels had …", "denied that talks with … had taken place"): "reported" or "denied"
    with who makes it, where the sentence names them; else "asserted"."""
    verb = verb_of_phrase(noun)
    if verb is None:
        return "asserted", None
    chain = control_chain(verb)
    top = chain[0] if chain else verb
    speech_head = reporting_verb(top)
    if speech_head is not None:
        return "reported", _speaker(speech_head)
    claim = clause_claim(top)
    return (claim.modality, claim.holder) if claim is not None else ("asserted", None)


def _speaker(speech_head: TokenView) -> TokenView | None:
    """The subject of the verb of saying, or of the verb it is coordinated with or hangs on as a
    participle, whose subject it shares ("denied the charge and said …", "rejected the charge,
    saying …"), or of the passive that quotes it ("was quoted as saying …")."""
    verb = speech_head
    while True:
        found = verb.dependent(*NOMINAL_SUBJECT_DEPS)
        host = subject_host(verb) if found is None else None
        if host is None and found is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" \
                and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
            host = verb.head.head  # "X was quoted as saying …": X says it
        if host is None:
            return found
        verb = host


def _adjuncts_of_verbs(verbs: list[TokenView], clause: Clause) -> list[TokenView]:
    """The adjuncts of the predicate and of the verbs that control it, in order."""
    return sorted({a for v in verbs for a in _adjuncts_of(v, clause)}, key=BY_POSITION)


def _adjuncts_of(verb: TokenView, clause: Clause) -> list[TokenView]:
    if verb is clause.predicate:
        return clause.adjuncts
    return [c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]


def is_expletive(subject: TokenView) -> bool:
    """'it' standing in for a clause that follows: "it was not too late for the vote to …"."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return False  # the lemma before the children: only a copula's "it" can stand for a clause
    verb = subject.head
    if any(c.lower_ in CONTROLLING_ADJECTIVES for c in verb.children):
        return False  # "it is prepared to talk": "it" is someone
    has_complement = verb.has_dependent("acomp", "attr")
    has_clause = verb.has_dependent("ccomp", "xcomp", "advcl", "csubj") or any(
        a.has_dependent("xcomp", "ccomp", "prep") for a in verb.dependents("acomp"))
    return has_complement and has_clause


def subtree_text(token: TokenView) -> str:
    """The text of a token's subtree, from its first token to its last in spaCy's order: down the
    first child while it is a left one, and down the last while it is a right one (children are
    kept in order of position), with no walk of the whole subtree."""
    first = last = token
    while first.children and first.children[0].i < first.i:
        first = first.children[0]
    while last.children and last.children[-1].i > last.i:
        last = last.children[-1]
    return phrase_text(first, last)


def quote_marks(doc: DocView) -> list[int]:
    """Token indices of the quotation marks of a document, found once for all its sentences: by
    their text, or by the tagger's tag for one. A text that holds no mark's character at all (many
    articles) has no token whose text is a mark: the tag alone says it there."""
    marks_in_text = any(mark in doc.text for mark in QUOTE_MARKS)
    return [token.i for token in doc.tokens
            if token.tag_ in QUOTE_TAGS or (marks_in_text and token.text in QUOTE_MARKS)]


def inside_quotes(token: TokenView, sent: SpanView, quotes: list[int]) -> bool:
    """Whether an odd number of quotation marks come before the token in its sentence."""
    return bool(quotes) and (bisect_left(quotes, token.i) - bisect_left(quotes, sent.start)) % 2 == 1
