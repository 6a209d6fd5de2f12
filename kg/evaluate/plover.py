"""Scoring kg's typed events against PLOVER gold-standard records.

A record (openeventdata/PLOVER's gold-standard set) is one news sentence with its PLOVER event
type (`event`), its source and target actors, and their codes (`source_codes`,
`target_codes`: a country code, or IGO/NGO, followed by sector letters, as "NGAGOV", "IGO").
Each record's `text` is run through kg as one document; then:

- An **extracted event** is a triple whose `event_type` is a PLOVER type. `STATEMENT` (kg's
  type for a speech act) is not a PLOVER event type and is not counted as an event at all.
  Negated, hypothetical and reported events count like asserted ones; every triple is one event.
- An actor **matches** a list of codes when its `code` equals the first three letters of one
  of them; the code IGO matches any actor of kind IGO, whatever its code.
- **type**: some extracted event has the record's type.
  **type+source**: some event of that type has a subject matching the record's source codes
  (a record without source actors puts no condition on the subject).
  **type+source+target**: the same event's object also matches the record's target codes,
  where the record has targets (without targets this equals type+source).
- **extra events**: the extracted events whose type is not the record's; the report gives their
  number per record.

Accuracies are fractions of records; the per-type table breaks them down by the gold type.

**Halves.** The records split into two fixed halves, `dev` and `check` (`split_halves`): within
each gold event type, the records taken in id order alternate dev, check, dev, … . The split
depends only on the records' ids and types, never on file order or on kg's output, and gives
both halves the same mix of event types. Rules are tuned on `dev`; `check` shows whether what
was learnt there holds on records that were not looked at.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fileio import output_writer
from ..inputs import ReadOptions
from ..pipeline import ExtractOptions
from .common import read_jsonl, run_kg

HALVES = ("dev", "check")
NOT_EVENTS = frozenset({"STATEMENT"})  # kg event types that are not PLOVER events
IGO = "IGO"


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str  # full code, as "NGAGOV"


@dataclass(frozen=True)
class PloverRecord:
    """One gold record: a sentence, its PLOVER event type, and its actors."""

    id: str
    text: str
    event: str
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()

    @property
    def source_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.sources)

    @property
    def target_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.targets)


@dataclass(frozen=True)
class Actor:
    """The part of a kg ENTITY the scorer looks at."""

    text: str
    kind: str
    code: str | None = None
    sector: str | None = None

    @classmethod
    def from_json(cls, entity: Mapping[str, Any] | None) -> Actor | None:
        if not entity:
            return None
        return cls(text=str(entity.get("text", "")), kind=str(entity.get("kind", "")),
                   code=entity.get("code"), sector=entity.get("sector"))


@dataclass(frozen=True)
class Event:
    """A kg triple as the scorer sees it, with its event type (None for most triples)."""

    type: str | None
    subject: Actor | None
    relation: str
    object: Actor | None
    confidence: float = 0.0

    @property
    def is_event(self) -> bool:
        """Typed with a PLOVER event type (a STATEMENT is not one)."""
        return bool(self.type) and self.type not in NOT_EVENTS

    @classmethod
    def from_record(cls, record: Mapping[str, Any], where: str = "record") -> Event:
        try:
            relation = record["relation"]["text"]
            event_type = record.get("event_type")
            return cls(type=event_type, subject=Actor.from_json(record.get("subject")), relation=str(relation),
                       object=Actor.from_json(record.get("object")),
                       confidence=float(record.get("confidence", 0.0)))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError(f"{where}: not a kg triple (needs subject, relation.text, object, event_type)") from None


@dataclass(frozen=True)
class RecordResult:
    record: PloverRecord
    triples: tuple[Event, ...]  # everything kg extracted from the record's text
    type_match: bool
    source_match: bool
    target_match: bool

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(e for e in self.triples if e.is_event)

    @property
    def extra_events(self) -> int:
        return sum(1 for e in self.events if e.type != self.record.event)

    def to_json(self) -> dict[str, Any]:
        r = self.record
        return {
            "id": r.id, "text": r.text,
            "gold": {"event": r.event,
                     "source": [{"text": a.text, "code": a.code} for a in r.sources],
                     "target": [{"text": a.text, "code": a.code} for a in r.targets]},
            "type_match": self.type_match, "source_match": self.source_match,
            "target_match": self.target_match, "extra_events": self.extra_events,
            "extracted": [{"event_type": e.type,
                           "subject": _actor_json(e.subject), "relation": e.relation,
                           "object": _actor_json(e.object), "confidence": e.confidence}
                          for e in self.triples],
        }


def _actor_json(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else {"text": actor.text, "kind": actor.kind, "code": actor.code,
                                       "sector": actor.sector}


@dataclass(frozen=True)
class Tally:
    """Counts over a set of records."""

    records: int = 0
    type: int = 0
    source: int = 0
    target: int = 0
    extra: int = 0

    def rate(self, count: int) -> float:
        return count / self.records if self.records else 0.0

    def add(self, result: RecordResult) -> Tally:
        return Tally(self.records + 1, self.type + result.type_match, self.source + result.source_match,
                     self.target + result.target_match, self.extra + result.extra_events)


@dataclass(frozen=True)
class PloverReport:
    results: tuple[RecordResult, ...]
    total: Tally = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", tally(self.results))

    @property
    def type_accuracy(self) -> float:
        return self.total.rate(self.total.type)

    @property
    def source_accuracy(self) -> float:
        return self.total.rate(self.total.source)

    @property
    def target_accuracy(self) -> float:
        return self.total.rate(self.total.target)

    @property
    def extra_per_record(self) -> float:
        return self.total.rate(self.total.extra)

    def by_type(self) -> dict[str, Tally]:
        tallies: dict[str, Tally] = {}
        for result in self.results:
            tallies[result.record.event] = tallies.get(result.record.event, Tally()).add(result)
        return dict(sorted(tallies.items()))

    def format(self) -> str:
        t = self.total
        events = sum(len(r.events) for r in self.results)
        lines = [
            f"records                    {t.records:,}  ({events:,} typed events extracted)",
            f"type accuracy              {self.type_accuracy:.3f}  ({t.type}/{t.records})",
            f"type+source accuracy       {self.source_accuracy:.3f}  ({t.source}/{t.records})",
            f"type+source+target acc.    {self.target_accuracy:.3f}  ({t.target}/{t.records})",
            f"extra events per record    {self.extra_per_record:.3f}  ({t.extra}/{t.records})",
            "",
            f"{'type':<12}{'records':>8}{'type':>8}{'+source':>9}{'+target':>9}{'extra/rec':>11}",
        ]
        for name, row in self.by_type().items():
            lines.append(f"{name:<12}{row.records:>8}{row.rate(row.type):>8.2f}{row.rate(row.source):>9.2f}"
                         f"{row.rate(row.target):>9.2f}{row.rate(row.extra):>11.2f}")
        return "\n".join(lines)


def tally(results: Iterable[RecordResult]) -> Tally:
    total = Tally()
    for result in results:
        total = total.add(result)
    return total


def _actors(value: Any, codes: Any, where: str, field_name: str) -> tuple[GoldActor, ...]:
    """Gold actors from a record's actor list and code list (the codes are authoritative)."""
    if codes is None:
        codes = [a.get("code") for a in value or () if isinstance(a, dict)]
    if not isinstance(codes, list) or not all(isinstance(c, str) and c for c in codes):
        raise InputError(f"{where}: field '{field_name}_codes' must be a list of code strings")
    texts = [a.get("text", "") if isinstance(a, dict) else "" for a in value or ()]
    texts += [""] * (len(codes) - len(texts))
    return tuple(GoldActor(text=str(text), code=code) for text, code in zip(texts, codes))


def read_records(path: str | Path) -> list[PloverRecord]:
    """PLOVER gold records from a JSONL file: id, text, event, source/target, *_codes."""
    records, seen = [], set()
    for where, raw in read_jsonl(path):
        for key in ("id", "text", "event"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise InputError(f"{where}: missing or empty string field {key!r}")
        if raw["id"] in seen:
            raise InputError(f"{where}: duplicate record id {raw['id']!r}")
        seen.add(raw["id"])
        records.append(PloverRecord(
            id=raw["id"], text=raw["text"], event=raw["event"].strip().upper(),
            sources=_actors(raw.get("source"), raw.get("source_codes"), where, "source"),
            targets=_actors(raw.get("target"), raw.get("target_codes"), where, "target"),
        ))
    if not records:
        raise InputError(f"{path}: no records")
    return records


def split_halves(records: Sequence[PloverRecord]) -> dict[str, list[PloverRecord]]:
    """The two fixed halves of a record set, each in the records' order (see the module doc)."""
    by_type: dict[str, list[str]] = {}
    for record in records:
        by_type.setdefault(record.event, []).append(record.id)
    half_of = {record_id: HALVES[position % 2]
               for ids in by_type.values() for position, record_id in enumerate(sorted(ids))}
    return {half: [r for r in records if half_of[r.id] == half] for half in HALVES}


def select_half(records: Sequence[PloverRecord], half: str | None) -> list[PloverRecord]:
    """All records (half None) or one of the HALVES."""
    if half is None:
        return list(records)
    if half not in HALVES:
        raise InputError(f"unknown half {half!r}: use one of {', '.join(HALVES)}")
    return split_halves(records)[half]


def actor_matches(actor: Actor | None, codes: Sequence[str]) -> bool:
    """Whether an extracted actor is one of the gold codes (first three letters; IGO = kind IGO)."""
    if actor is None:
        return False
    for code in codes:
        prefix = code[:3].upper()
        if prefix == IGO and actor.kind == IGO:
            return True
        if actor.code is not None and actor.code.upper() == prefix:
            return True
    return False


def score_record(record: PloverRecord, triples: Sequence[Event]) -> RecordResult:
    typed = [e for e in triples if e.is_event and e.type == record.event]
    with_source = [e for e in typed
                   if not record.sources or actor_matches(e.subject, record.source_codes)]
    with_target = [e for e in with_source
                   if not record.targets or actor_matches(e.object, record.target_codes)]
    return RecordResult(record=record, triples=tuple(triples), type_match=bool(typed),
                        source_match=bool(with_source), target_match=bool(with_target))


def score(records: Sequence[PloverRecord], triples: Mapping[str, Sequence[Event]]) -> PloverReport:
    """Score every record against the events extracted from it (by record id)."""
    return PloverReport(tuple(score_record(r, triples.get(r.id, ())) for r in records))


def read_predictions(path: str | Path, records: Sequence[PloverRecord]) -> dict[str, list[Event]]:
    """Events of a `kg extract` output over the records' texts (doc = record id)."""
    ids = {r.id for r in records}
    events: dict[str, list[Event]] = {}
    for where, raw in read_jsonl(path):
        doc = str(raw.get("doc", ""))
        if doc not in ids:
            raise InputError(f"{where}: doc {doc!r} is not the id of a gold record")
        events.setdefault(doc, []).append(Event.from_record(raw, where))
    return events


def run_records(records: Sequence[PloverRecord], options: ExtractOptions, *,
                progress: bool | None = False) -> dict[str, list[Event]]:
    """Run kg over every record's text, one document a record (as `kg extract` reads JSONL)."""
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        path = Path(tmp) / "records.jsonl"
        path.write_text("".join(json.dumps({"id": r.id, "text": r.text}, ensure_ascii=False) + "\n"
                                for r in records), encoding="utf-8")
        return {article.id: [Event.from_record(t, article.id) for t in triples]
                for article, triples in run_kg([str(path)], ReadOptions(), options, progress=progress)}


def write_dump(path: str | Path, report: PloverReport) -> None:
    with output_writer(path, "w") as handle:
        for result in report.results:
            handle.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")


def evaluate_plover(records_path: str | Path, *, predictions_path: str | Path | None = None,
                    options: ExtractOptions = ExtractOptions(), dump: str | Path | None = None,
                    progress: bool | None = False, half: str | None = None) -> PloverReport:
    """Score kg on PLOVER gold records (all, or one of the HALVES): run it over their texts (or
    read its output) and score."""
    all_records = read_records(records_path)
    records = select_half(all_records, half)
    if predictions_path is not None:
        events = read_predictions(predictions_path, all_records)
    else:
        events = run_records(records, options, progress=progress)
    report = score(records, events)
    if dump is not None:
        write_dump(dump, report)
    return report
