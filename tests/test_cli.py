"""The CLI through click's CliRunner: the JSONL contract, build, validate and the error paths."""

from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import SEED_ID, SEEDS, rapper_parses

from kg.cli import cli

ENTITY_KEYS = {"text", "label", "kind", "code", "sector", "role", "id"}
TRIPLE_KEYS = {"doc", "sentence", "text", "span", "subject", "relation", "object", "extra_args",
               "event_type", "negated", "modality", "attributed_to", "date", "confidence", "cameo"}


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run("build", SEEDS, "-o", out, "--format", "turtle", "--format", "ntriples",
                 "--format", "jsonld", "--format", "trig")
    assert result.exit_code == 0, result.output
    return out, result.output


def test_cli_every_command_has_help_text():
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name


def test_cli_extract_writes_the_jsonl_contract():
    result = run("extract", SEEDS, "-q")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) > 50
    for record in records:
        assert set(record) == TRIPLE_KEYS
        assert set(record["subject"]) == ENTITY_KEYS
        assert record["object"] is None or set(record["object"]) == ENTITY_KEYS
        assert set(record["relation"]) == {"text", "lemma"}
        assert 0.0 <= record["confidence"] <= 1.0
        start, end = record["span"]
        assert record["doc"] == SEED_ID and end > start
    veto = next(r for r in records if r["relation"]["lemma"] == "veto")
    assert veto["subject"]["code"] == "RUS" and veto["event_type"] == "REJECT"
    assert veto["relation"]["text"] == "vowed to veto" and veto["date"] == "2014-03-13"
    seed_text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    assert seed_text[veto["span"][0]:veto["span"][1]] == veto["text"]


def test_cli_extract_reads_standard_input_with_lines_and_date():
    result = run("extract", "-", "--lines", "--date", "2014-03-14", "-q",
                 input="Russia on Thursday vowed to veto the draft.\nChina urged restraint.\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert {(r["doc"], r["relation"]["lemma"]) for r in records} >= {("1", "veto"), ("2", "urge")}
    assert next(r for r in records if r["doc"] == "1")["date"] == "2014-03-13"


def test_cli_extract_to_a_file(tmp_path):
    out = tmp_path / "t.jsonl"
    result = run("extract", SEEDS, "-o", out)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n") > 50
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_cli_build_prints_a_summary(seed_build):
    _, output = seed_build
    for word in ("articles", "sentences", "triples", "entities", "events by type", "REJECT"):
        assert word in output
    assert "articles          1" in output


def test_cli_build_output_parses_with_independent_parsers(seed_build):
    out, _ = seed_build
    counts = {}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES),
                      ("graph.jsonld", ox.RdfFormat.JSON_LD), ("graph.trig", ox.RdfFormat.TRIG)):
        counts[name] = len(list(ox.parse(path=str(out / name), format=fmt)))
    assert len(set(counts.values())) == 1 and counts["graph.ttl"] > 1000
    assert rapper_parses(out / "graph.ttl", "turtle") == counts["graph.ttl"]
    assert rapper_parses(out / "graph.nt", "ntriples") == counts["graph.nt"]


def test_cli_build_trig_has_one_named_graph_per_article(seed_build):
    out, _ = seed_build
    graphs = {q.graph_name for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)}
    names = {g.value for g in graphs if isinstance(g, ox.NamedNode)}
    assert names == {f"https://w3id.org/kg-diplomacy/id/article/{SEED_ID}"}


def test_cli_build_is_deterministic(seed_build, tmp_path):
    out, _ = seed_build
    again = run("build", SEEDS, "-o", tmp_path, "-q")
    assert again.exit_code == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_cli_validate_seed_graph_conforms(seed_build):
    out, _ = seed_build
    result = run("validate", out / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    assert run("validate", out / "graph.trig").exit_code == 0


def test_cli_validate_reports_violations(seed_build, tmp_path):
    out, _ = seed_build
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace('dip:modality "intended"', 'dip:modality "maybe"'), encoding="utf-8")
    result = run("validate", broken)
    assert result.exit_code == 1
    assert "dip:modality" in result.output and "does not conform" in result.output


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "Error: missing.txt: no such file or directory"),
    (["build", "missing-dir/"], "Error: missing-dir: no such file or directory"),
    (["extract", "-", "--model", "no_such_model"], "Error: spaCy model 'no_such_model' is not installed; install it with: pip install no-such-model"),
    (["validate", "graph.xml"], "Error: graph.xml: unknown RDF file type '.xml'"),
])
def test_cli_errors_are_one_line(args, message):
    result = run(*args, input="")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), result.output


def test_cli_unknown_format_is_refused():
    result = run("build", SEEDS, "--format", "rdfxml")
    assert result.exit_code == 2 and "Invalid value for '--format'" in result.output


def test_cli_not_utf8_input_leaves_no_output(tmp_path):
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"Title\n\n\xff\xfe broken")
    out = tmp_path / "out"
    result = run("build", bad.parent, "-o", out)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bad}: not UTF-8 text (invalid byte at offset 7)"
    assert not out.exists() or not any(out.iterdir())


def test_cli_malformed_jsonl_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Russia vetoed the draft."}\n{oops\n', encoding="utf-8")
    result = run("build", bad, "-o", out)
    assert result.exit_code == 1 and f"{bad}:2: malformed JSON" in result.output
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]


def test_cli_python_dash_m_kg_runs():
    done = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("kg, version")


# ---- conventions (click's and sqlite-utils' defaults), on the installed command -------------------

KG = [sys.executable, "-m", "kg"]


def kg(*args, input=None, env=None):
    return subprocess.run(KG + [str(a) for a in args], capture_output=True, text=True, input=input, env=env)


@pytest.mark.parametrize("args", [[], ["-h"], ["--help"], ["eval"], ["viz", "-h"], ["eval", "carb", "-h"]])
def test_cli_no_arguments_or_h_prints_help(args):
    done = kg(*args)
    assert done.returncode == 0 and done.stdout.startswith("Usage: kg") and done.stderr == ""
    assert "Options:" in done.stdout and "-h, --help" in done.stdout


def test_cli_version():
    done = kg("--version")
    assert done.returncode == 0 and done.stdout == "kg, version 0.1.0\n"


@pytest.mark.parametrize("args, message", [
    (["extract", "-", "--date", "March 14"], "Error: --date: 'March 14' is not an ISO 8601 date (YYYY-MM-DD)"),
    (["build", SEEDS, "--format", "rdfxml"], "Error: Invalid value for '--format'"),
    (["viz", SEEDS, "-o", "-"], "Error: -o -: standard output has no suffix to tell the format by; give --format"),
    (["query", "ASK {}", "--file", "x.rq"], "Error: Invalid value for '--file'"),
    (["nosuchcommand"], "Error: No such command 'nosuchcommand'."),
])
def test_cli_usage_errors_exit_2(args, message):
    done = kg(*args, input="")
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "Error: missing.txt: no such file or directory"),
    (["validate", "graph.xml"], "Error: graph.xml: unknown RDF file type '.xml'"),
    (["viz", "missing-dir", "-o", "x.html"], "Error: missing-dir: no such file or directory"),
])
def test_cli_runtime_errors_exit_1(args, message):
    done = kg(*args, input="")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.splitlines() == [done.stderr.strip()] and done.stderr.startswith(message), done.stderr


def test_cli_dash_o_is_standard_output(seed_build, tmp_path):
    out, _ = seed_build
    done = subprocess.run(KG + ["viz", str(out / "graph.ttl"), "--format", "graphml", "-o", "-", "-q"],
                          capture_output=True, cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.startswith(b"<graphml") and list(tmp_path.iterdir()) == []
    viz_file = tmp_path / "g.graphml"
    assert kg("viz", out / "graph.ttl", "-o", viz_file, "-q").returncode == 0
    assert viz_file.read_bytes() == done.stdout  # the same bytes as the file

    done = kg("extract", "-", "--lines", "-q", "-o", "-", input="Russia vetoed the draft resolution.\n")
    assert done.returncode == 0 and json.loads(done.stdout.splitlines()[0])["relation"]["lemma"] == "veto"


def test_cli_eval_dump_to_standard_output(tmp_path):
    records = tmp_path / "gold.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": "Russia vetoed the draft resolution on Ukraine.",
                                   "event": "REJECT", "mode": "", "source": [{"text": "Russia", "code": "RUS",
                                   "sector": ""}], "target": [], "source_codes": ["RUS"], "target_codes": []})
                       + "\n", encoding="utf-8")
    done = subprocess.run(KG + ["eval", "plover", str(records), "--dump", "-", "-q"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (dumped,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert dumped["id"] == "r1" and "accuracy" in done.stderr  # the figures go to stderr
    assert list(tmp_path.iterdir()) == [records]

    # a single record of its type falls in the dev half; the check half is then empty of it
    dev = subprocess.run(KG + ["eval", "plover", str(records), "--half", "dev", "--dump", "-", "-q"],
                         capture_output=True, text=True, cwd=tmp_path)
    assert dev.returncode == 0 and [json.loads(line)["id"] for line in dev.stdout.splitlines()] == ["r1"]
    check = subprocess.run(KG + ["eval", "plover", str(records), "--half", "check", "--dump", "-", "-q"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert check.returncode == 0 and check.stdout == "" and "records                    0" in check.stderr


def test_cli_build_quiet_prints_nothing(tmp_path):
    done = kg("build", SEEDS, "-o", tmp_path / "out", "-q", "--no-cache")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    assert (tmp_path / "out" / "graph.ttl").exists()
    loud = kg("build", SEEDS, "-o", tmp_path / "out", "--no-cache")
    assert "articles" in loud.stdout and "Wrote" in loud.stdout
