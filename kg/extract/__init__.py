"""Extraction: a parsed article in, triples with resolved actors, types and dates out."""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..nlp import TEXT_KEY
from ..types import Article, ArticleResult, Entity, Relation, Triple
from .actors import LOCATIVE_PREPS, ActorResolver
from .clauses import Clause, clauses
from .dates import is_future, resolve_date
from .tokens import children, forget, pos

__all__ = ["extract_article", "EXTRACTOR_VERSION"]

# Bump when extraction output changes, so that caches keyed by it are invalidated.
EXTRACTOR_VERSION = "1.0.0"
# Controlling verbs whose own event type is the event ("refused to recognize" is REJECT).
STANCE_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
RELATION_CHILD_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
QUOTES = frozenset('"“”«»')
_QUOTE_ORTHS = np.array([get_string_id(q) for q in sorted(QUOTES)], dtype=np.uint64)
_QUOTE_TAGS = np.array([get_string_id(t) for t in ("``", "''")], dtype=np.uint64)


def extract_article(doc: Doc, article: Article, *, lexicon: Lexicon, base_iri: str) -> ArticleResult:
    forget()  # the token cache may hold an earlier state of this very Doc
    text = doc.user_data.get(TEXT_KEY) or doc.text
    resolver = ActorResolver(doc, lexicon, base_iri, text=text)
    result = ArticleResult(article=article, sentences=0)
    index = -1
    quotes = _Quotes(doc)
    for sent in doc.sents:
        # doc.text sliced, not sent.text, which walks every token of the sentence each time.
        sent_text = text[sent.start_char:sent.end_char]
        if not sent_text.strip():
            continue
        index += 1
        if _overlaps(sent, article.skip):
            continue
        result.sentences += 1
        context = _Sentence(sent, sent_text, index, quotes)
        for clause in clauses(sent):
            triple = _triple(clause, context, article, resolver, lexicon)
            if triple is not None:
                result.triples.append(triple)
    codes = {e.code for t in result.triples for e in (t.subject, t.object, t.attributed_to) if e and e.code}
    result.states = {code: resolver.state(code) for code in sorted(codes)}
    return result


def _overlaps(sent: Span, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start < sent.end_char and sent.start_char < end for start, end in ranges)


class _Quotes:
    """Token indices of the quotation marks of a Doc, found once, in C, for all its sentences."""

    __slots__ = ("doc", "_marks")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._marks: list[int] | None = None

    def before(self, start: int, end: int) -> int:
        """How many quotation marks lie in tokens [start, end)."""
        if self._marks is None:
            table = self.doc.to_array([ORTH, TAG])
            is_mark = ((table[:, :1] == _QUOTE_ORTHS).any(1)) | ((table[:, 1:] == _QUOTE_TAGS).any(1))
            self._marks = np.flatnonzero(is_mark).tolist()
        return bisect_left(self._marks, end) - bisect_left(self._marks, start)


class _Sentence:
    """A sentence with what every triple of it needs, computed once."""

    __slots__ = ("span", "index", "text", "start", "length", "quotes")

    def __init__(self, span: Span, text: str, index: int, quotes: _Quotes) -> None:
        self.span = span
        self.index = index
        stripped = text.strip()
        self.text = stripped
        self.start = span.start_char + (len(text) - len(text.lstrip()))
        self.length = len(span)
        self.quotes = quotes

    def inside_quotes(self, token: Token) -> bool:
        """Whether an odd number of quotation marks precede the token in the sentence."""
        end = min(max(token.i, self.span.start), self.span.end)
        return self.quotes.before(self.span.start, end) % 2 == 1


def _triple(clause: Clause, sent: _Sentence, article: Article, resolver: ActorResolver,
            lexicon: Lexicon) -> Triple | None:
    speaker = None
    if clause.speech_head is not None:
        speaker_tokens = [c for c in children(clause.speech_head) if c.dep_ in ("nsubj", "nsubjpass")]
        if speaker_tokens:
            speaker = resolver.resolve(speaker_tokens[0], subject=True)
    if _expletive(clause.subject):
        return None
    quoted = sent.inside_quotes(clause.subject)
    subject = resolver.resolve(clause.subject, speaker=speaker if quoted else None, subject=True)
    obj = None
    if clause.object is not None:
        locative = clause.object_prep is not None and clause.object_prep.lower_ in LOCATIVE_PREPS
        obj = resolver.resolve(clause.object, acting=not locative,
                               speaker=speaker if sent.inside_quotes(clause.object) else None)
    relation = _relation(clause)
    event_type = _event_type(clause, lexicon)
    verbs = [clause.predicate, *(t for t in clause.chain if pos(t) in ("VERB", "AUX"))]
    adjuncts = sorted({a for v in verbs for a in _adjuncts_of(v, clause)}, key=lambda t: t.i)
    extra = [_subtree_text(a, resolver) for a in adjuncts]
    if obj is None and clause.complement is not None:
        extra.append(_subtree_text(clause.complement, resolver))
    date = _date(adjuncts, clause, article, resolver)
    return Triple(
        doc=article.id, sentence=sent.index, text=sent.text, span=(sent.start, sent.start + len(sent.text)),
        subject=subject, relation=relation, object=obj, extra_args=tuple(extra),
        event_type=event_type, negated=clause.negated, modality=clause.modality,
        attributed_to=speaker, date=date,
        confidence=_confidence(clause, subject, obj, event_type, sent),
    )


def _relation(clause: Clause) -> Relation:
    tokens: set[Token] = set()
    for token in [*clause.chain, clause.predicate]:
        tokens.add(token)
        if pos(token) in ("VERB", "AUX"):
            tokens.update(c for c in children(token) if c.dep_ in RELATION_CHILD_DEPS)
        else:  # an intent noun: keep its negation and the preposition to the verb
            tokens.update(c for c in children(token) if c.dep_ == "det" and c.lower_ == "no")
            tokens.update(c for c in children(token) if c.dep_ == "prep" and c.i < clause.predicate.i)
    if clause.object_prep is not None:
        tokens.add(clause.object_prep)
    if _agent_is_subject(clause):
        # The agent became the subject, so the relation reads actively: "Yatsenyuk attended".
        tokens = {t for t in tokens if t.dep_ not in ("auxpass", "aux") or t.tag_ == "MD"}
    text = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    particles = [c.lower_ for c in children(clause.predicate) if c.dep_ == "prt"]
    lemma = " ".join([clause.predicate.lemma_.lower(), *particles])
    return Relation(text=text, lemma=lemma)


def _agent_is_subject(clause: Clause) -> bool:
    agent = clause.subject
    while agent.dep_ == "conj":
        agent = agent.head
    return agent.dep_ == "pobj" and agent.head.dep_ == "agent"


def _event_type(clause: Clause, lexicon: Lexicon) -> str | None:
    kind = "VERB" if pos(clause.predicate) in ("VERB", "AUX") else "NOUN"
    particles = {c.lower_ for c in children(clause.predicate) if c.dep_ == "prt"}
    if clause.object_prep is not None:
        particles.add(clause.object_prep.lower_)
    found = lexicon.trigger(clause.predicate.lemma_, kind, frozenset(particles))
    for controller in clause.chain:
        has_object = any(c.dep_ in ("dobj", "dative") for c in children(controller))
        stance = lexicon.trigger(controller.lemma_, "VERB" if pos(controller) == "VERB" else "NOUN")
        if stance is not None and stance.event_type in STANCE_TYPES and not has_object:
            return stance.event_type
    return found.event_type if found else None


def _adjuncts_of(verb: Token, clause: Clause) -> list[Token]:
    if verb == clause.predicate:
        return clause.adjuncts
    return [c for c in children(verb) if c.dep_ == "prep" or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]


def _subtree_text(token: Token, resolver: ActorResolver) -> str:
    # The subtree's first and last tokens are its edges, which the parse already knows.
    return " ".join(resolver.span_text(token.left_edge.i, token.right_edge.i + 1).split())


def _date(adjuncts: list[Token], clause: Clause, article: Article, resolver: ActorResolver) -> str | None:
    for adjunct in adjuncts:
        if any(t.ent_type_ in ("DATE", "TIME") for t in adjunct.subtree):
            # Tense is read off the verb the date hangs on: "Russia on Thursday vowed to veto"
            # is last Thursday, although the veto itself is still to come.
            verb = adjunct.head
            modality = clause.modality if verb == clause.predicate else "asserted"
            future = is_future([verb], modality)
            resolved = resolve_date(_subtree_text(adjunct, resolver), article.date, future=future)
            if resolved:
                return resolved
    return article.date


def _expletive(subject: Token) -> bool:
    """'it' standing in for a clause that follows: "it was not too late for the vote to …"."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    verb = subject.head
    has_complement = any(c.dep_ in ("acomp", "attr") for c in children(verb))
    has_clause = any(c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") for c in children(verb)) or any(
        c.dep_ in ("xcomp", "ccomp", "prep") for a in children(verb) if a.dep_ == "acomp" for c in children(a)
    )
    return verb.lemma_ == "be" and has_complement and has_clause


def _confidence(clause: Clause, subject: Entity, obj: Entity | None, event_type: str | None,
                sent: _Sentence) -> float:
    """A score in [0, 1] from what makes a rule-based extraction more or less likely right."""
    score = 0.55
    if subject.kind != "Concept":
        score += 0.1
    elif pos(clause.subject) == "PRON":
        score -= 0.3  # a pronoun nobody could be found for
    if obj is not None:
        score += 0.05 if obj.kind != "Concept" else 0.02
    else:
        score -= 0.1
    if event_type and event_type != "STATEMENT":
        score += 0.05
    if clause.passive:
        score -= 0.05
    if len(clause.chain) > 1:
        score -= 0.05
    if sent.length > 40:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 3)
