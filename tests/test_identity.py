"""Article identity: ids are unique in a run, and no two articles mint one IRI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEED_ID, SEEDS

from kg.cli import cli
from kg.errors import InputError
from kg.inputs import read_articles


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line_error(result, *parts):
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "Traceback" not in result.output, result.output
    for part in parts:
        assert part in lines[0], result.output


def test_identity_ids_of_files_in_a_directory_are_relative_paths(tmp_path):
    for year, verb in (("2014", "vetoed"), ("2015", "condemned")):
        (tmp_path / "news" / year).mkdir(parents=True)
        (tmp_path / "news" / year / "index.txt").write_text(
            f"Headline\n\nRussia {verb} the draft resolution on Friday.\n", encoding="utf-8")
    articles = list(read_articles([str(tmp_path / "news")]))
    assert [a.id for a in articles] == ["2014/index", "2015/index"]
    out = tmp_path / "out"
    result = run("build", tmp_path / "news", "-o", out, "--no-cache")
    assert result.exit_code == 0, result.output
    assert "articles          2" in result.output
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "article:2014-index" in turtle and "article:2015-index" in turtle


def test_identity_the_seed_keeps_its_id():
    (article,) = read_articles([str(SEEDS)])
    assert article.id == SEED_ID
    (article,) = read_articles([str(SEEDS / f"{SEED_ID}.txt")])
    assert article.id == SEED_ID


def test_identity_duplicate_id_across_inputs_names_both_places(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "x", "text": "Russia vetoed the draft."}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "y", "text": "China abstained."}) + "\n"
                      + json.dumps({"id": "x", "text": "France objected."}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    one_line_error(run("build", first, second, "-o", out, "--no-cache"),
                   f"{second}:2: article id 'x' is already the id of {first}:1")
    assert not out.exists()
    # --skip-bad: the second is skipped with a warning, the first kept whole
    result = run("extract", first, second, "--skip-bad", "-q")
    assert result.exit_code == 0, result.output
    assert "Skipped 1 bad input(s):" in result.output and f"{second}:2: article id 'x'" in result.output
    docs = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {d["doc"] for d in docs} == {"x", "y"}
    assert not any("France" in d["text"] for d in docs)


def test_identity_ids_minting_one_iri_are_an_error_and_nothing_is_written(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "Ukraine Crisis", "text": "Russia vetoed the draft."}) + "\n"
                    + json.dumps({"id": "ukraine-crisis", "text": "China abstained."}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="would get the same IRI"):
        list(read_articles([str(path)]))
    out = tmp_path / "out"
    one_line_error(run("build", path, "-o", out, "--no-cache"),
                   f"{path}:2: article id 'ukraine-crisis' and 'Ukraine Crisis' ({path}:1) would get the same IRI")
    assert not out.exists()
