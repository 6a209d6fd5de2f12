"""Extraction: a parsed article in, triples with resolved actors, types and dates out."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count
from operator import attrgetter

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..nlp import TEXT_KEY
from ..types import ACTOR_KINDS, Article, ArticleResult, Entity, Relation, Triple
from .actors import LOCATIVE_PREPS, ActorResolver
from .clauses import INTENT_ADJECTIVES, INTENT_VERBS, REQUEST_VERBS, SPEECH_VERBS, Clause, clause_subjects, clauses
from .dates import is_future, names_a_time, resolve_date
from .events import LIGHT_VERBS, NOUN_POS, nominal_events, object_event, owners, target_candidates
from .tokens import BY_POSITION, DocView, SpanView, TokenView, phrase_text

__all__ = ["extract_article", "EXTRACTOR_VERSION"]

# Bump when extraction output changes, so that caches keyed by it are invalidated.
EXTRACTOR_VERSION = "1.0.0"
# Controlling verbs whose own event type is the event ("refused to recognize" is REJECT).
STANCE_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
# Hostile acts that, announced for the future or on a condition, are threats: "would boycott all
# contact", "will withdraw its force unless …" (CAMEO 13x).
THREAT_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
CONDITIONAL_THREAT_ACTS = THREAT_ACTS | {"RETREAT"}
FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# Cooperative acts promised for the future are agreements to act (CAMEO 03x): "Finland will give
# Tanzania a grant", "Syria is willing to withdraw its troops".
PROMISED_ACTS = frozenset({"AID", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT", "SUPPORT"})
# Modals that turn what a speaker says into a demand: "Russia said Sudan must return …".
DEONTIC_MODALS = frozenset({"must", "should", "ought"})
RELATION_CHILD_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
QUOTES = frozenset('"“”«»')
QUOTE_TAGS = frozenset({"``", "''"})
_TEXT, _TAG = attrgetter("text"), attrgetter("tag_")
_KNOWN_VERBS = INTENT_VERBS | REQUEST_VERBS | SPEECH_VERBS | LIGHT_VERBS


def extract_article(doc: Doc, article: Article, *, lexicon: Lexicon, base_iri: str) -> ArticleResult:
    view = DocView(doc, doc.user_data.get(TEXT_KEY))
    try:
        return _extract(view, article, lexicon, base_iri)
    finally:
        view.release()


def _extract(doc: DocView, article: Article, lexicon: Lexicon, base_iri: str) -> ArticleResult:
    resolver = ActorResolver(doc, lexicon, base_iri)
    quotes = _quote_marks(doc)
    result = ArticleResult(article=article, sentences=0)
    index = -1
    for sent in doc.sents:
        # The article's text sliced, not sent.text, which rebuilds the string token by token.
        raw = article.text[sent.start_char:sent.end_char]
        if not raw.strip():
            continue
        index += 1
        if _overlaps(sent, article.skip):
            continue
        result.sentences += 1
        event_nouns: set[int] = set()
        for clause in clauses(sent):
            triple = _triple(clause, sent, index, article, resolver, lexicon, quotes)
            if triple is not None:
                result.triples.append(triple)
                if clause.object is not None and triple.relation.lemma == clause.object.lemma_.lower():
                    event_nouns.add(clause.object.i)
        result.triples.extend(_nominal_triples(sent, index, article, resolver, lexicon, event_nouns))
        result.triples.extend(_apposition_triples(sent, index, article, resolver))
    codes = {e.code for t in result.triples for e in (t.subject, t.object, t.attributed_to) if e and e.code}
    result.states = {code: resolver.state(code) for code in sorted(codes)}
    return result


def _overlaps(sent: SpanView, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start < sent.end_char and sent.start_char < end for start, end in ranges)


def _place(sent: SpanView, article: Article) -> tuple[str, tuple[int, int]]:
    """A sentence's text, stripped, and its character span in the article."""
    raw = article.text[sent.start_char:sent.end_char]
    text = raw.strip()
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    return text, (start, start + len(text))


def _triple(clause: Clause, sent: SpanView, index: int, article: Article, resolver: ActorResolver,
            lexicon: Lexicon, quotes: list[int]) -> Triple | None:
    speaker = None
    if clause.speech_head is not None:
        speaker_tokens = [c for c in clause.speech_head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if speaker_tokens:
            speaker = resolver.resolve(speaker_tokens[0], subject=True)
    if _expletive(clause.subject):
        return None
    quoted = _inside_quotes(clause.subject, sent, quotes)
    subject = resolver.resolve(clause.subject, speaker=speaker if quoted else None, subject=True)
    obj = None
    if clause.object is not None:
        locative = clause.object_prep is not None and clause.object_prep.lower_ in LOCATIVE_PREPS
        obj = resolver.resolve(clause.object, acting=not locative,
                               speaker=speaker if _inside_quotes(clause.object, sent, quotes) else None)
    relation = _relation(clause, lexicon)
    event_type = _event_type(clause, lexicon)
    nominal = object_event(clause.predicate, _lemma(clause.predicate, lexicon), clause.object, lexicon,
                           verb_typed=event_type is not None)
    if nominal is not None and event_type not in STANCE_TYPES:
        # "voiced support for …": the event is the noun, the verb only carries it.
        event_type = nominal.event_type
        relation = Relation(text=f"{relation.text} {clause.object.text}", lemma=clause.object.lemma_.lower())
    if not clause.negated and _announced_threat(clause, event_type):
        event_type = "THREATEN"
    elif not clause.negated and event_type in PROMISED_ACTS and _promised(clause):
        event_type = "AGREE"
    if event_type == "STATEMENT" and obj is None and clause.complement is not None:
        addressee = _demanded_of(clause.complement)
        if addressee is not None:
            demanded = resolver.peek(addressee)
            if demanded.kind in ACTOR_KINDS:
                event_type, obj = "REQUEST", demanded
    verbs = [clause.predicate, *(t for t in clause.chain if t.pos_ in ("VERB", "AUX"))]
    adjuncts = sorted({a for v in verbs for a in _adjuncts_of(v, clause)}, key=BY_POSITION)
    extra = [_subtree_text(a) for a in adjuncts]
    # A thing of a state ("the U.S. draft resolution") already says whom the act is aimed at.
    own = clause.object is not None and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in clause.object.children)
    # "withdraw its troops from Lebanon": one's own forces are not whom the act is aimed at
    if event_type and event_type != "STATEMENT" and (
            obj is None or own or (obj.kind not in ACTOR_KINDS and not obj.code)):
        target = _event_target(clause, subject, resolver)
        if target is not None:
            if obj is not None:
                extra.insert(0, obj.text)
            obj = target
    if obj is None and clause.complement is not None:
        extra.append(_subtree_text(clause.complement))
    date = _date(adjuncts, clause, article)
    text, span = _place(sent, article)
    return Triple(
        doc=article.id, sentence=index, text=text, span=span,
        subject=subject, relation=relation, object=obj, extra_args=tuple(extra),
        event_type=event_type, negated=clause.negated, modality=clause.modality,
        attributed_to=speaker, date=date,
        confidence=_confidence(clause, subject, obj, event_type, sent, extra),
    )


def _promised(clause: Clause) -> bool:
    verbs = [clause.predicate, *(t for t in clause.chain if t.pos_ in ("VERB", "AUX"))]
    if any(t.lower_ in ("willing", "ready", "prepared") for t in clause.chain):
        return True
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for v in verbs for c in v.children)


def _demanded_of(complement: TokenView) -> TokenView | None:
    """The subject of a that-clause that says what someone must do, if it says so."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS for c in complement.children):
        subjects = [c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and subjects[0].pos_ != "PRON":
            return subjects[0]
    return None


def _announced_threat(clause: Clause, event_type: str | None) -> bool:
    verbs = [clause.predicate, *(t for t in clause.chain if t.pos_ in ("VERB", "AUX"))]
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for v in verbs for c in v.children
    )
    if conditioned and event_type in CONDITIONAL_THREAT_ACTS:
        return True
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for v in verbs for c in v.children)
    return future and event_type in THREAT_ACTS


def _event_target(clause: Clause, subject: Entity, resolver: ActorResolver) -> Entity | None:
    """Whom an event is directed at when its direct object is a thing, not an actor.

    "sent arms to Pakistan", "the threat of sanctions against Russia", "demanded that Israel
    ease …": an actor in a target phrase wins; a thing of some state ("support for Ukraine's
    sovereignty") is kept only when no actor is found.
    """
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


def _nominal_triples(sent: SpanView, index: int, article: Article, resolver: ActorResolver,
                     lexicon: Lexicon, used: set[int]) -> list[Triple]:
    """Events named by nouns with their parties: "talks between A and B", "a call with C"."""
    triples = []
    for noun, trigger, verb, participants in nominal_events(sent, lexicon, used):
        parties = [resolver.peek(p) for p in participants]
        parties = [p for p in parties if p.kind in ACTOR_KINDS]
        if verb is not None and not any(p.dep_ == "pobj" and p.head.lower_ == "between" for p in participants):
            subjects = clause_subjects(verb)
            if not subjects:
                continue
            source = resolver.peek(subjects[0])
            pairs = [(source, p) for p in parties]
        elif len(parties) >= 2:
            pairs = [(parties[0], p) for p in parties[1:]]
        else:
            continue
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "against")]
        text = " ".join(t.text for t in [noun, *preps[:1]])
        sentence_text, span = _place(sent, article)
        for source, target in pairs:
            if source.kind not in ACTOR_KINDS or source.id == target.id:
                continue
            triples.append(Triple(
                doc=article.id, sentence=index, text=sentence_text, span=span, subject=source,
                relation=Relation(text=text, lemma=noun.lemma_.lower()), object=target,
                event_type=trigger.event_type, date=article.date, confidence=0.5,
            ))
    return triples


def _apposition_triples(sent: SpanView, index: int, article: Article, resolver: ActorResolver) -> list[Triple]:
    """"Samantha Power, U.S. ambassador to the U.N." says that Power is the ambassador."""
    triples = []
    sentence_text, span = _place(sent, article)
    for appos in sent:
        if appos.dep_ != "appos" or appos.head.pos_ not in NOUN_POS or appos.pos_ not in NOUN_POS:
            continue
        subject, description = resolver.peek(appos.head), resolver.peek(appos)
        if subject.id == description.id:
            continue
        triples.append(Triple(
            doc=article.id, sentence=index, text=sentence_text, span=span, subject=subject,
            relation=Relation(text="is", lemma="be"), object=description, date=article.date,
            confidence=0.55,
        ))
    return triples


def _relation(clause: Clause, lexicon: Lexicon) -> Relation:
    tokens: set[TokenView] = set()
    for token in [*clause.chain, clause.predicate]:
        tokens.add(token)
        if token.pos_ in ("VERB", "AUX"):
            tokens.update(c for c in token.children if c.dep_ in RELATION_CHILD_DEPS)
        else:  # an intent noun: keep its negation and the preposition to the verb
            tokens.update(c for c in token.children if c.dep_ == "det" and c.lower_ == "no")
            tokens.update(c for c in token.children if c.dep_ == "prep" and c.i < clause.predicate.i)
    if clause.object_prep is not None:
        tokens.add(clause.object_prep)
    if _agent_is_subject(clause):
        # The agent became the subject, so the relation reads actively: "Yatsenyuk attended".
        tokens = {t for t in tokens if t.dep_ not in ("auxpass", "aux") or t.tag_ == "MD"}
    text = " ".join(t.text for t in sorted(tokens, key=BY_POSITION))
    particles = [c.lower_ for c in clause.predicate.children if c.dep_ == "prt"]
    lemma = " ".join([_lemma(clause.predicate, lexicon), *particles])
    return Relation(text=text, lemma=lemma)


def _lemma(token: TokenView, lexicon: Lexicon) -> str:
    """The token's lemma, mended where the small model clips a final e ("staged" → "stag")."""
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.tag_ in ("VBD", "VBN") and lower.endswith("ed") and lemma == lower[:-2]:
        restored = lower[:-1]
        if restored in _KNOWN_VERBS or lexicon.is_trigger_lemma(restored):
            return restored
    return lemma


def _agent_is_subject(clause: Clause) -> bool:
    agent = clause.subject
    while agent.dep_ == "conj":
        agent = agent.head
    return agent.dep_ == "pobj" and agent.head.dep_ == "agent"


def _event_type(clause: Clause, lexicon: Lexicon) -> str | None:
    pos = "VERB" if clause.predicate.pos_ in ("VERB", "AUX") else "NOUN"
    particles = {c.lower_ for c in clause.predicate.children if c.dep_ == "prt"}
    if clause.object_prep is not None:
        particles.add(clause.object_prep.lower_)
    found = lexicon.trigger(_lemma(clause.predicate, lexicon), pos, frozenset(particles))
    for controller in clause.chain:
        if controller.pos_ == "ADJ" and found is not None and found.event_type != "STATEMENT":
            # "ready to strike" threatens; "willing to withdraw" agrees
            return "THREATEN" if found.event_type in THREAT_ACTS else "AGREE"
        has_object = any(c.dep_ in ("dobj", "dative") for c in controller.children)
        stance = lexicon.trigger(controller.lemma_, "VERB" if controller.pos_ == "VERB" else "NOUN")
        if stance is not None and stance.event_type in STANCE_TYPES and not has_object:
            return stance.event_type
    return found.event_type if found else None


def _adjuncts_of(verb: TokenView, clause: Clause) -> list[TokenView]:
    if verb == clause.predicate:
        return clause.adjuncts
    return [c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")]


def _subtree_text(token: TokenView) -> str:
    tokens = list(token.subtree)
    return phrase_text(tokens[0], tokens[-1])


def _date(adjuncts: list[TokenView], clause: Clause, article: Article) -> str | None:
    for adjunct in adjuncts:
        if any(t.ent_type_ in ("DATE", "TIME") for t in adjunct.subtree):
            # Tense is read off the verb the date hangs on: "Russia on Thursday vowed to veto"
            # is last Thursday, although the veto itself is still to come.
            verb = adjunct.head
            modality = clause.modality if verb == clause.predicate else "asserted"
            future = is_future([verb], modality)
            expression = _subtree_text(adjunct)
            resolved = resolve_date(expression, article.date, future=future)
            if resolved:
                return resolved
            if names_a_time(expression):
                return None  # "last week", "in 2008": a time, but no day of it; not the article's
    return article.date


def _expletive(subject: TokenView) -> bool:
    """'it' standing in for a clause that follows: "it was not too late for the vote to …"."""
    if subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if any(c.lower_ in INTENT_ADJECTIVES for c in verb.children):
        return False  # "it is willing to withdraw": "it" is someone
    has_complement = any(c.dep_ in ("acomp", "attr") for c in verb.children)
    has_clause = any(c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") for c in verb.children) or any(
        c.dep_ in ("xcomp", "ccomp", "prep") for a in verb.children if a.dep_ == "acomp" for c in a.children
    )
    return verb.lemma_ == "be" and has_complement and has_clause


def _quote_marks(doc: DocView) -> list[int]:
    """TokenView indices of the quotation marks of a document, found once for all its sentences."""
    # Two scans in C, not a test a token in Python: most articles have no quotation.
    marked = {*compress(count(), map(QUOTES.__contains__, map(_TEXT, doc))),
              *compress(count(), map(QUOTE_TAGS.__contains__, map(_TAG, doc)))}
    return sorted(marked)


def _inside_quotes(token: TokenView, sent: SpanView, quotes: list[int]) -> bool:
    """Whether an odd number of quotation marks come before the token in its sentence."""
    return (bisect_left(quotes, token.i) - bisect_left(quotes, sent.start)) % 2 == 1


def _confidence(clause: Clause, subject: Entity, obj: Entity | None, event_type: str | None,
                sent: SpanView, extra: list[str]) -> float:
    """How likely the triple is a correct reading of its sentence, in [0, 1].

    An additive score over what a rule-based reading gets right or wrong most: a clause with an
    object and arguments is read more reliably than a bare one, long sentences and conditional
    or requested clauses less so. The weights follow the precision of each feature measured on
    the CaRB development split (README, "Evaluation"); they are not fitted to any sentence.
    """
    score = 0.62
    score += 0.1 if obj is not None else -0.15
    if extra:
        score += 0.03
    if clause.modality in ("hypothetical", "requested"):
        score -= 0.15
    elif clause.modality == "reported":
        score -= 0.05
    if event_type and event_type != "STATEMENT":
        score += 0.04
    if subject.kind in ("Person", "Organization", "IGO"):
        score += 0.03
    if clause.negated:
        score -= 0.03
    if clause.passive:
        score -= 0.05
    score -= 0.03 * (max(0, len(sent) - 15) // 15)
    return round(min(0.95, max(0.05, score)), 3)

