"""The PLOVER scorer on hand-made records and events, scored by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate.plover import (
    HALVES, Actor, Event, GoldActor, PloverRecord, actor_matches, read_predictions, read_records, score,
    select_half, split_halves,
)


def record(rid: str, event: str, sources: list[str], targets: list[str]) -> PloverRecord:
    return PloverRecord(id=rid, text=f"text of {rid}", event=event,
                        sources=tuple(GoldActor("", c) for c in sources),
                        targets=tuple(GoldActor("", c) for c in targets))


def state(code: str) -> Actor:
    return Actor(text=code, kind="State", code=code, sector="GOV")


def event(kind: str | None, subject: Actor | None, obj: Actor | None) -> Event:
    return Event(type=kind, subject=subject, relation="r", object=obj)


UN = Actor(text="the U.N.", kind="IGO", code=None)
POLICY = Actor(text="a policy", kind="Concept")

RECORDS = [
    record("A", "ACCUSE", ["NGAGOV"], ["NERGOV"]),
    record("B", "REJECT", ["PSE"], ["ISR"]),
    record("C", "AGREE", ["IGOGOV"], ["LBN"]),
    record("D", "ASSAULT", [], ["IRQCVL"]),
    record("E", "CONSULT", ["RUSGOV"], ["JPNGOV"]),
    record("F", "REQUEST", ["RUS"], ["UKR"]),
    record("G", "ACCUSE", ["USA", "GBR"], []),
]
EVENTS = {
    # all three levels, nothing extra
    "A": [event("ACCUSE", Actor("Oniya", "Person", "NGA", "GOV"), Actor("Mohamane", "Person", "NER", "GOV"))],
    # type and source, target missed (the object is a concept); one extra event (AID); a speech
    # act (STATEMENT) and an untyped triple are not events
    "B": [event("REJECT", state("PSE"), POLICY), event("AID", state("PSE"), state("ISR")),
          event("STATEMENT", state("PSE"), state("ISR")), event(None, state("PSE"), state("ISR"))],
    # IGO matches any actor of kind IGO, code or not
    "C": [event("AGREE", UN, state("LBN"))],
    # no source actors in the record: any subject will do
    "D": [event("ASSAULT", Actor("gunmen", "Group"), Actor("civilians", "Group", "IRQ", "CVL"))],
    # nothing extracted
    # type only: the subject is the wrong state, so the target does not count either (it must be
    # the same event); the right pair in a second event of another type is an extra event
    "F": [event("REQUEST", state("USA"), state("UKR")), event("THREATEN", state("RUS"), state("UKR"))],
    # no targets in the record: type+source+target = type+source; the second source code matches
    "G": [event("ACCUSE", Actor("Hague", "Person", "GBR", "GOV"), None)],
}


def test_plover_scores_hand_made_records():
    report = score(RECORDS, EVENTS)
    by_id = {r.record.id: r for r in report.results}
    assert [(i, r.type_match, r.source_match, r.target_match, r.extra_events) for i, r in by_id.items()] == [
        ("A", True, True, True, 0),
        ("B", True, True, False, 1),
        ("C", True, True, True, 0),
        ("D", True, True, True, 0),
        ("E", False, False, False, 0),
        ("F", True, False, False, 1),
        ("G", True, True, True, 0),
    ]
    assert report.type_accuracy == pytest.approx(6 / 7)
    assert report.source_accuracy == pytest.approx(5 / 7)
    assert report.target_accuracy == pytest.approx(4 / 7)
    assert report.extra_per_record == pytest.approx(2 / 7)
    table = report.by_type()
    assert list(table) == ["ACCUSE", "AGREE", "ASSAULT", "CONSULT", "REJECT", "REQUEST"]
    assert (table["ACCUSE"].records, table["ACCUSE"].type, table["ACCUSE"].target) == (2, 2, 2)
    assert (table["REJECT"].target, table["REJECT"].extra) == (0, 1)


def test_plover_statement_is_not_an_event():
    raw = {"subject": {"text": "Lavrov", "kind": "Person", "code": "RUS"}, "relation": {"text": "said"},
           "object": None, "event_type": "STATEMENT", "confidence": 0.6}
    statement = Event.from_record(raw)
    assert statement.type == "STATEMENT" and not statement.is_event
    result = score([record("S", "REJECT", ["RUS"], [])], {"S": [statement]}).results[0]
    assert (result.type_match, result.extra_events, result.events) == (False, 0, ())


@pytest.mark.parametrize("actor, codes, expected", [
    (state("NGA"), ["NGAGOV"], True),
    (state("NGA"), ["NERGOV", "NGAMIL"], True),
    (state("NER"), ["NGAGOV"], False),
    (UN, ["IGO"], True),
    (Actor("NATO", "IGO", "BEL"), ["IGOMIL"], True),
    (UN, ["USA"], False),
    (state("USA"), ["IGO"], False),
    (POLICY, ["USA"], False),
    (None, ["USA"], False),
])
def test_plover_actor_matches_codes(actor, codes, expected):
    assert actor_matches(actor, codes) is expected


def test_plover_format_prints_figures_and_table():
    text = score(RECORDS, EVENTS).format()
    assert "type accuracy              0.857  (6/7)" in text
    assert "type+source+target acc.    0.571  (4/7)" in text
    assert "extra events per record    0.286  (2/7)" in text
    assert "REJECT             1    1.00     1.00     0.00       1.00" in text


def test_plover_read_records_and_predictions(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "R1", "text": "Zimbabwe accused the United States.", "event": "ACCUSE",
        "source": [{"text": "Zimbabwe", "code": "ZWE", "sector": None}],
        "target": [{"text": "United States", "code": "USA", "sector": None}],
        "source_codes": ["ZWE"], "target_codes": ["USA"]}) + "\n\n", encoding="utf-8")
    (rec,) = read_records(gold)
    assert (rec.id, rec.event, rec.source_codes, rec.target_codes) == ("R1", "ACCUSE", ("ZWE",), ("USA",))
    assert rec.sources[0].text == "Zimbabwe"
    triple = {"doc": "R1", "subject": {"text": "Zimbabwe", "kind": "State", "code": "ZWE"},
              "relation": {"text": "accused", "lemma": "accuse"},
              "object": {"text": "the United States", "kind": "State", "code": "USA"},
              "event_type": "ACCUSE", "confidence": 0.75}
    preds = tmp_path / "pred.jsonl"
    preds.write_text(json.dumps(triple) + "\n", encoding="utf-8")
    events = read_predictions(preds, [rec])
    assert score([rec], events).target_accuracy == 1.0
    preds.write_text(json.dumps({**triple, "doc": "R2"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pred.jsonl:1: doc 'R2' is not the id of a gold record"):
        read_predictions(preds, [rec])


@pytest.mark.parametrize("line, message", [
    ('{"id": "R1", "text": "x"}', "gold.jsonl:1: missing or empty string field 'event'"),
    ('{"id": "R1", "text": "x", "event": "AID", "source_codes": "USA"}',
     "gold.jsonl:1: field 'source_codes' must be a list of code strings"),
    ('{"id": "R1", "text": "x", "event": "AID"', "gold.jsonl:1: malformed JSON"),
    ('{"id": "R1", "text": "x", "event": "AID"}\n{"id": "R1", "text": "y", "event": "AID"}',
     "gold.jsonl:2: duplicate record id 'R1'"),
    ("", "gold.jsonl: no records"),
])
def test_plover_read_records_errors(tmp_path, line, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_records(gold)
    assert str(err.value).startswith(f"{tmp_path}/{message}")


def test_plover_halves_are_fixed_disjoint_and_cover_every_record():
    bench = read_records(Path(__file__).resolve().parent.parent / "bench/data/plover/plover_gsr_dev.jsonl")
    halves = split_halves(bench)
    dev, check = ({r.id for r in halves[h]} for h in HALVES)
    assert not dev & check
    assert dev | check == {r.id for r in bench}
    # the split depends on the records, not on the order of the file
    assert split_halves(list(reversed(bench)))["dev"] == list(reversed(halves["dev"]))
    # every event type is divided evenly: the halves differ by at most one record per type
    for event in {r.event for r in bench}:
        counts = [sum(r.event == event for r in halves[h]) for h in HALVES]
        assert abs(counts[0] - counts[1]) <= 1, event


def test_plover_halves_alternate_within_a_type_in_id_order():
    records = [record("b2", "AGREE", [], []), record("a1", "AGREE", [], []), record("c3", "AGREE", [], []),
               record("z9", "REJECT", [], [])]
    assert [r.id for r in select_half(records, "dev")] == ["a1", "c3", "z9"]
    assert [r.id for r in select_half(records, "check")] == ["b2"]
    assert select_half(records, None) == records
    with pytest.raises(InputError, match="unknown half"):
        select_half(records, "test")
