"""Input faults as one line: strict dates, oversized lines in bounded memory, CR line ends,
unreadable folders, a bad --base-iri."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from kg.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line_error(result, text, code=1):
    assert result.exit_code == code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert lines[0] == f"Error: {text}", result.output


SENTENCE = "Russia vetoed the draft resolution on Friday."


@pytest.mark.parametrize("date, message", [
    ("2014-03-14garbage", "'2014-03-14garbage' is not an ISO 8601 date (YYYY-MM-DD)"),
    ("2014-03-14T25:00", "'2014-03-14T25:00' is not a valid date or time (hour must be in 0..23)"),
    ("0001-01-01", "'0001-01-01' is out of range (1000-01-01 to 9998-12-31)"),
    (20140314, "20140314 is not an ISO 8601 date (YYYY-MM-DD); write it as a string"),
])
def test_faults_dates_are_strict_iso_8601_and_name_file_and_line(tmp_path, date, message):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": SENTENCE}) + "\n"
                    + json.dumps({"id": "x", "text": SENTENCE, "date": date}) + "\n", encoding="utf-8")
    one_line_error(run("extract", path, "--no-cache"), f"{path}:2: field 'date': {message}")
    if isinstance(date, str):
        # A malformed option is a usage error (exit 2); a malformed record is bad input (exit 1).
        one_line_error(run("extract", SEEDS, "--date", date), f"--date: {message}", code=2)


def test_faults_a_date_time_with_offset_is_still_a_date(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": SENTENCE, "date": "2014-03-14T23:30:00.5+02:00"}) + "\n",
                    encoding="utf-8")
    result = run("extract", path, "-q")
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["date"] for line in result.output.splitlines()} == {"2014-03-14"}


def test_faults_cr_only_line_ends_are_line_ends(tmp_path):
    text = f"Russia vetoes draft\n\n{SENTENCE}\nChina abstained in the vote.\n"
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "cr.txt").write_text(text.replace("\n", "\r"), encoding="utf-8", newline="")
    lf, cr = (run("extract", tmp_path / f"{name}.txt", "-q") for name in ("lf", "cr"))
    assert lf.exit_code == cr.exit_code == 0
    assert lf.output.strip() and lf.output.replace('"lf"', '"cr"') == cr.output


def test_faults_an_oversized_line_is_refused_by_name(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g", "text": SENTENCE}) + "\n", encoding="utf-8")
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"id": "b", "text": "word " * 40_000}) + "\n", encoding="utf-8")
    limit = 6 * 1000 + 65_536
    one_line_error(run("extract", big, good, "--max-chars", "1000"),
                   f"{big}:1: a line of more than {limit:,} bytes, too long for --max-chars; split it or raise the limit")
    result = run("extract", big, good, "--max-chars", "1000", "--skip-bad", "-q")
    assert result.exit_code == 0 and '"doc": "g"' in result.output


def _max_rss_kb(args) -> tuple[int, str]:
    process = subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss, stderr


def test_faults_an_oversized_line_is_refused_in_bounded_memory(tmp_path):
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps({"id": "s", "text": SENTENCE}) + "\n", encoding="utf-8")
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as handle:  # one line of 100 MB
        handle.write('{"id": "b", "text": "')
        for _ in range(100):
            handle.write("word " * 200_000)
        handle.write('"}\n')
    baseline, _ = _max_rss_kb(["extract", small, "--no-cache"])
    peak, stderr = _max_rss_kb(["extract", big, "--no-cache"])
    assert stderr.startswith(f"Error: {big}:1: a line of more than"), stderr
    assert peak - baseline < 40_000, (baseline, peak)  # kB: far less than the 100 MB line


def test_faults_an_unreadable_subfolder_fails_unless_skip_bad(tmp_path):
    if shutil.which("unshare") is None or subprocess.run(["unshare", "--user", "true"]).returncode != 0:
        pytest.skip("no user namespaces here: cannot run kg as a user a folder is closed to")
    root = Path(tempfile.mkdtemp(prefix="kg-faults-"))
    try:
        root.chmod(0o755)
        (root / "news" / "open").mkdir(parents=True)
        (root / "news" / "open" / "a.txt").write_text(f"Headline\n\n{SENTENCE}\n", encoding="utf-8")
        (root / "news" / "closed").mkdir()
        (root / "news" / "closed" / "b.txt").write_text(f"Headline\n\n{SENTENCE}\n", encoding="utf-8")
        for folder in (root / "news", root / "news" / "open"):
            folder.chmod(0o755)
        (root / "news" / "open" / "a.txt").chmod(0o644)
        (root / "news" / "closed").chmod(0)

        def as_nobody(*args):  # a user namespace: the closed folder is closed to this process too
            return subprocess.run(["unshare", "--user", sys.executable, "-m", "kg", "extract", str(root / "news"),
                                   "-q", "--no-cache", *args], capture_output=True, text=True, cwd=tempfile.gettempdir())

        failed = as_nobody()
        assert failed.returncode == 1 and failed.stdout == ""
        assert failed.stderr.strip() == f"Error: {root / 'news' / 'closed'}: cannot read this folder: Permission denied"
        skipped = as_nobody("--skip-bad")
        assert skipped.returncode == 0, skipped.stderr
        assert '"doc": "open/a"' in skipped.stdout
        assert f"{root / 'news' / 'closed'}: cannot read this folder: Permission denied" in skipped.stderr
    finally:
        (root / "news" / "closed").chmod(0o755)
        shutil.rmtree(root)


def test_faults_a_bad_base_iri_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    one_line_error(run("build", SEEDS, "-o", out, "--base-iri", "https://ex.org/a b/"),
                   "--base-iri 'https://ex.org/a b/' is not a valid IRI (Invalid IRI code point ' ')")
    assert not out.exists()
