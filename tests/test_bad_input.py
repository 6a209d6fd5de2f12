"""Bad input: a one-line error naming the file (and line or offset), or --skip-bad skips it."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.inputs import ReadOptions
from kg.pipeline import extract


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def one_line_error(result, starts):
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {starts}"), result.output
    assert "Traceback" not in result.output


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text("Headline\n\nRussia vetoed the draft resolution on Friday.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name, data, message", [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text (invalid byte at offset 0)"),
    ("nul.txt", b"Title\n\nabc\x00def", "binary data (NUL byte at character 10)"),
    ("latin1.txt", "Title\n\nDéjà vu".encode("latin-1"), "not UTF-8 text (invalid byte at offset 8)"),
    ("empty.txt", b"", "no text"),
    ("blank.txt", b"\n \n\t\n", "no text"),
    ("page.txt", b"<!DOCTYPE html><html><body><p>Russia vetoed it.</p></body></html>", "HTML, not article text"),
])
def test_bad_file_is_a_one_line_error_naming_it(tmp_path, good, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out"
    one_line_error(run("build", path, "-o", out), f"{path}: {message}")
    assert not out.exists()
    # --skip-bad skips it, says so, and builds the rest
    result = run("build", path, good, "-o", out, "--skip-bad")
    assert result.exit_code == 0, result.output
    assert "articles          1" in result.output and "Skipped 1 bad input(s):" in result.output
    assert f"{path}: {message}" in result.output


def test_bad_input_one_giant_line(tmp_path, good):
    giant = tmp_path / "giant.txt"
    giant.write_text("Title\n\n" + "word " * 1_000_000, encoding="utf-8")  # one 5 MB line
    one_line_error(run("extract", giant), f"{giant}: 5,000,007 characters, more than --max-chars 1,000,000")
    one_line_error(run("extract", giant, "--lines"), f"{giant}:3: 5,000,000 characters")
    result = run("extract", giant, good, "--skip-bad", "-q")
    assert result.exit_code == 0 and '"lemma": "veto"' in result.output


def test_bad_input_malformed_jsonl_line_is_skipped_alone(tmp_path):
    path = tmp_path / "news.jsonl"
    records = [json.dumps({"id": "a", "text": "Russia vetoed the draft."}), "{not json",
               json.dumps({"id": "c", "text": "China urged restraint."}), json.dumps(["a list"])]
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    one_line_error(run("extract", path), f"{path}:2: malformed JSON")
    result = run("extract", path, "--skip-bad", "-q")
    assert result.exit_code == 0
    docs = {json.loads(line)["doc"] for line in result.output.splitlines() if line.startswith("{")}
    assert docs == {"a", "c"}
    assert f"Skipped 2 bad input(s):\n  {path}:2: malformed JSON" in result.output
    assert f"{path}:4: expected a JSON object" in result.output


def test_bad_input_nothing_good_fails_even_with_skip_bad(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    one_line_error(run("build", path, "--skip-bad", "-o", tmp_path / "out"),
                   f"no article could be read; 1 bad input(s) skipped, the first: {path}: no text")


def test_bad_input_extraction_failure_costs_one_article(tmp_path, monkeypatch):
    """A fault injected into extraction (a bug kg may have) is reported per article."""
    import kg.engines

    real = kg.engines.extract_article

    def failing(doc, article, **kwargs):
        if article.id == "boom":
            raise KeyError("Canter")
        return real(doc, article, **kwargs)

    monkeypatch.setattr(kg.engines, "extract_article", failing)
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "boom", "text": "Russia vetoed it."}) + "\n"
                    + json.dumps({"id": "fine", "text": "China urged restraint."}) + "\n", encoding="utf-8")
    one_line_error(run("build", path, "-o", tmp_path / "out", "--no-cache"),
                   f"{path}:1: extraction failed (KeyError: 'Canter'); this is a bug in kg")
    result = run("build", path, "-o", tmp_path / "out", "--skip-bad", "--no-cache")
    assert result.exit_code == 0 and "articles          1" in result.output


def test_bad_input_article_of_ten_thousand_sentences():
    text = "Long article\n\n" + " ".join(f"Russia vetoed draft number {i}." for i in range(10_000))
    (result,) = extract(["-"], ReadOptions(stdin_format="txt"), stdin=io.BytesIO(text.encode()))
    assert result.error is None and result.sentences >= 9_900
    assert sum(t.relation.lemma == "veto" for t in result.triples) >= 9_900
