"""`kg eval carb` and `kg eval plover` through the CLI, on the development sets and the real model."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from kg.cli import cli
from kg.evaluate.carb import sentence_key

CARB = ROOT / "bench" / "data" / "carb"
PLOVER = ROOT / "bench" / "data" / "plover" / "plover_gsr_dev.jsonl"
FIGURE = re.compile(r"^(precision|recall|F1|AUC) +(\d\.\d{3})\b", re.M)
PLOVER_FIGURE = re.compile(r"^(type accuracy|type\+source accuracy|type\+source\+target acc\.|extra events per record)"
                           r" +(\d+\.\d{3})  \((\d+)/163\)$", re.M)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def ok(result) -> str:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == 0, result.output
    return result.output


def figures(output: str) -> dict[str, float]:
    found = {name: float(value) for name, value in FIGURE.findall(output)}
    assert set(found) == {"precision", "recall", "F1", "AUC"}, output
    return found


def test_eval_commands_have_help_with_examples():
    group = cli.commands["eval"]
    assert group.help and "Example:" in group.help
    assert set(group.commands) == {"carb", "plover"}
    for name, command in group.commands.items():
        assert command.help and "Example:" in command.help, name


def test_eval_carb_whole_dev_set(tmp_path):
    dump = tmp_path / "dump.tsv"
    output = ok(run("eval", "carb", CARB / "dev_gold.tsv", CARB / "dev_sentences.txt", "-q", "--dump", dump))
    assert "2,548 tuples on 638 sentences" in output and "641 sentences run through kg" in output
    assert all(0.0 <= v <= 1.0 for v in figures(output).values())
    assert figures(output)["F1"] > 0.2
    assert dump.read_text(encoding="utf-8").count("\n") > 1000


@pytest.fixture(scope="module")
def carb_part(tmp_path_factory) -> tuple[Path, Path]:
    """The first 100 sentences of the dev split and their gold tuples."""
    out = tmp_path_factory.mktemp("carb")
    lines = (CARB / "dev_sentences.txt").read_text(encoding="utf-8").splitlines()[:100]
    keys = {sentence_key(line) for line in lines}
    gold = [g for g in (CARB / "dev_gold.tsv").read_text(encoding="utf-8").splitlines()
            if sentence_key(g.split("\t")[0]) in keys]
    (out / "sentences.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "gold.tsv").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return out / "gold.tsv", out / "sentences.txt"


@pytest.fixture(scope="module")
def carb_run(carb_part, tmp_path_factory):
    gold, sentences = carb_part
    dump = tmp_path_factory.mktemp("dump") / "scored.tsv"
    return ok(run("eval", "carb", gold, sentences, "-q", "--dump", dump)), dump


def test_eval_carb_prints_scores_and_counts(carb_part, carb_run):
    output, _ = carb_run
    gold_lines = carb_part[0].read_text(encoding="utf-8").splitlines()
    assert f"gold         {len(gold_lines):,} tuples on " in output
    assert "100 sentences run through kg" in output
    found = figures(output)
    assert all(0.0 <= v <= 1.0 for v in found.values())
    p, r = found["precision"], found["recall"]
    assert found["F1"] == pytest.approx(2 * p * r / (p + r), abs=0.002)
    assert re.search(r"best of \d+ thresholds: confidence >= 0?\.\d+", output)


def test_eval_carb_dump_is_carb_tabbed_format(carb_part, carb_run):
    output, dump = carb_run
    sentences = {line.strip() for line in carb_part[1].read_text(encoding="utf-8").splitlines()}
    rows = [line.split("\t") for line in dump.read_text(encoding="utf-8").splitlines()]
    scored = int(re.search(r"([\d,]+) tuples on [\d,]+ gold sentences scored", output).group(1).replace(",", ""))
    assert len(rows) == scored > 50
    for row in rows:
        assert row[0] in sentences and 4 <= len(row) <= 5 and all(field.strip() for field in row)
        assert 0.0 <= float(row[1]) <= 1.0


def test_eval_carb_scores_an_extract_output_alike(carb_part, carb_run, tmp_path):
    gold, sentences = carb_part
    predictions = tmp_path / "p.jsonl"
    ok(run("extract", "--lines", sentences, "-q", "-o", predictions))
    output = ok(run("eval", "carb", gold, sentences, "--predictions", predictions))
    assert "run through kg" not in output
    assert figures(output) == figures(carb_run[0])
    assert output.splitlines()[2:] == carb_run[0].splitlines()[2:]


def test_eval_plover_whole_dev_set(tmp_path):
    dump = tmp_path / "records.jsonl"
    output = ok(run("eval", "plover", PLOVER, "-q", "--dump", dump))
    found = {name: (float(value), int(count)) for name, value, count in PLOVER_FIGURE.findall(output)}
    assert len(found) == 4, output
    for name, (value, count) in found.items():
        assert value == pytest.approx(count / 163, abs=0.0005)
    type_acc, source_acc, target_acc = (found[k][0] for k in (
        "type accuracy", "type+source accuracy", "type+source+target acc."))
    assert 0.0 < target_acc <= source_acc <= type_acc <= 1.0
    gold_types = {json.loads(line)["event"] for line in PLOVER.read_text(encoding="utf-8").splitlines()}
    table = output.split("extra/rec\n", 1)[1].splitlines()
    assert [row.split()[0] for row in table] == sorted(gold_types)
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 163
    assert sum(r["type_match"] for r in records) == found["type accuracy"][1]
    assert sum(r["extra_events"] for r in records) == found["extra events per record"][1]
    assert set(records[0]) == {"id", "text", "gold", "type_match", "source_match", "target_match",
                               "extra_events", "extracted"}
    # The same figures from a `kg extract` run over the records' texts.
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records),
                     encoding="utf-8")
    predictions = tmp_path / "p.jsonl"
    ok(run("extract", texts, "-q", "-o", predictions))
    assert ok(run("eval", "plover", PLOVER, "--predictions", predictions)) == output


@pytest.mark.parametrize("make, args, message", [
    (None, ["carb", "missing.tsv", "s.txt"], "Error: missing.tsv: cannot read: No such file or directory"),
    ({"gold.tsv": "A sentence .\tleft\n"}, ["carb", "gold.tsv", "s.txt"],
     "Error: gold.tsv:1: expected 'sentence<TAB>relation<TAB>arg1[<TAB>arg2 ...]', found 2 field(s)"),
    ({"gold.tsv": "He left .\tleft\tHe\n", "s.txt": "He left .\n", "p.jsonl": '{"doc": "7"}\n'},
     ["carb", "gold.tsv", "s.txt", "--predictions", "p.jsonl"],
     "Error: p.jsonl:1: doc '7' is not a line number of the sentences file "
     "(score the output of `kg extract --lines SENTENCES.txt`)"),
    ({"r.jsonl": '{"id": "1", "text": "x"}\n'}, ["plover", "r.jsonl"],
     "Error: r.jsonl:1: missing or empty string field 'event'"),
    ({"r.jsonl": b"\xff\xfe"}, ["plover", "r.jsonl"], "Error: r.jsonl: not UTF-8 text (invalid byte at offset 0)"),
])
def test_eval_errors_are_one_line_and_write_no_dump(tmp_path, monkeypatch, make, args, message):
    monkeypatch.chdir(tmp_path)
    for name, content in (make or {}).items():
        (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    result = run("eval", *args, "--dump", "dump.out")
    assert result.exit_code == 1
    assert result.output.strip() == message
    assert not (tmp_path / "dump.out").exists()
