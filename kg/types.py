"""The data that flows between stages: articles in, triples out.

Triples hold plain strings and offsets, never live spaCy tokens, so they outlive
the Doc, pickle across processes and serialise to JSON.

Entities, relations and triples are values: equal and hashed by their fields. They are not
frozen dataclasses, whose __init__ sets every field through object.__setattr__: extraction
makes tens of them per article, and that cost 4 % of it. Treat them as read-only all the same
(dataclasses.replace makes a changed copy). They have slots, not a dict each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = ("State", "Person", "Organization", "IGO", "Group", "Place", "Concept")
ACTOR_KINDS = frozenset({"State", "Person", "Organization", "IGO", "Group"})
MODALITIES = ("asserted", "intended", "hypothetical", "reported", "requested", "possible", "future", "denied")


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read from: "path" or "path:line", for error messages
    # Character ranges of `text` that are captions, credits or site boilerplate.
    skip: tuple[tuple[int, int], ...] = ()
    # A wire dateline opening the text ("MOSCOW, March 14 (Reuters) -"): its place as written
    # ("MOSCOW"), and the character range of the whole dateline, which is not parsed.
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None

    def text_to_parse(self) -> str:
        """`text` with the dateline blanked: furniture yields no triples, and every offset into
        the parsed text is the same in `text`."""
        if self.dateline_span is None:
            return self.text
        start, end = self.dateline_span
        return self.text[:start] + " " * (end - start) + self.text[end:]


@dataclass(unsafe_hash=True, slots=True)
class Entity:
    """A mention of something, resolved to its canonical identity."""

    text: str  # surface span as written
    label: str  # canonical name
    kind: str  # one of ENTITY_KINDS
    id: str  # IRI; equal ids mean the same real-world entity
    code: str | None = None  # ISO 3166-1 alpha-3 of the state it is or acts for
    sector: str | None = None  # PLOVER sector: GOV, MIL, ...
    role: str | None = None  # "Foreign Minister"

    def to_json(self) -> dict[str, Any]:
        # Spelt out: dataclasses.asdict deep-copies every field and was a hot spot of extraction.
        return {"text": self.text, "label": self.label, "kind": self.kind, "id": self.id,
                "code": self.code, "sector": self.sector, "role": self.role}


@dataclass(unsafe_hash=True, slots=True)
class Relation:
    text: str  # "vowed to veto"
    lemma: str  # "veto"


@dataclass(unsafe_hash=True, slots=True)
class Triple:
    """One subject–relation–object assertion with its provenance."""

    doc: str
    sentence: int
    text: str
    span: tuple[int, int]  # character offsets of the sentence in the article text
    subject: Entity
    relation: Relation
    object: Entity | None
    extra_args: tuple[str, ...] = ()
    event_type: str | None = None
    negated: bool = False
    modality: str = "asserted"
    attributed_to: Entity | None = None
    date: str | None = None
    confidence: float = 0.5
    cameo: str | None = None  # the CAMEO code the event was typed by, where one typed it

    def to_json(self) -> dict[str, Any]:
        """The public JSONL record (README, "The JSONL contract")."""
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "text": self.text,
            "span": list(self.span),
            "subject": self.subject.to_json(),
            "relation": {"text": self.relation.text, "lemma": self.relation.lemma},
            "object": self.object.to_json() if self.object else None,
            "extra_args": list(self.extra_args),
            "event_type": self.event_type,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_json() if self.attributed_to else None,
            "date": self.date,
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
        }


@dataclass
class ArticleResult:
    """What extraction produced for one article, with counts for the summary."""

    article: Article
    sentences: int
    triples: list[Triple] = field(default_factory=list)
    # The states that actors in these triples act for, by alpha-3 code, so that the graph can
    # link "Sergey Lavrov" to Russia even where Russia is never a subject or object itself.
    states: dict[str, Entity] = field(default_factory=dict)
    error: str | None = None  # why extraction failed on this article, where it did
