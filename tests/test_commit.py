"""A build commits whole: all its files or none, under a lock, and what a killed build left is cleaned."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner
from conftest import SEEDS, seed_copies
from fs import tmpfs

from kg.cli import cli

FORMATS = ("--format", "turtle", "--format", "ntriples", "--format", "trig")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def one_line_error(result, starts):
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {starts}"), result.output
    assert "Traceback" not in result.output


def wait_for(condition, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Enough articles that a build runs for many seconds."""
    return seed_copies(tmp_path_factory.mktemp("corpus"), 300)


def _kill_during(tmp_path, script: str) -> None:
    """Run `script` (which uses kg.fileio.OutputSet on tmp_path/out) in a real process and kill -9
    it when it prints 'ready'."""
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], cwd=tmp_path,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    process.kill()
    process.wait(timeout=30)


def test_commit_a_build_killed_while_staging_leaves_the_old_set_and_is_cleaned(tmp_path):
    out = tmp_path / "out"
    assert run("build", SEEDS, "-o", out, "-q", *FORMATS).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    _kill_during(tmp_path, """
        import time
        from kg.fileio import OutputSet
        with OutputSet("out") as files:
            files.staged("graph.ttl").write_text("half of a new graph")
            print("ready", flush=True)
            time.sleep(600)
    """)
    leftovers = [p.name for p in tmp_path.iterdir() if "kg-staging" in p.name]
    assert len(leftovers) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the old set, untouched
    (out / ".graph.nq.abc123.tmp").write_bytes(b"what a killed write left")
    assert run("build", SEEDS, "-o", out, "-q", *FORMATS).exit_code == 0
    assert not [p for p in tmp_path.iterdir() if "kg-staging" in p.name]
    assert sorted(p.name for p in out.iterdir()) == ["graph.nt", "graph.trig", "graph.ttl"]


def test_commit_a_build_killed_while_moving_in_is_finished_by_the_next(tmp_path):
    out = tmp_path / "out"
    assert run("build", SEEDS, "-o", out, "-q", "--format", "turtle").exit_code == 0
    _kill_during(tmp_path, """
        import os, time
        from kg import fileio
        real = os.replace
        def replace_then_stop(source, target):
            real(source, target)
            print("ready", flush=True)  # one file of the set moved in, the other not yet
            time.sleep(600)
        with fileio.OutputSet("out") as files:
            files.staged("graph.ttl").write_text("new turtle")
            files.staged("graph.nt").write_text("new n-triples")
            fileio.os.replace = replace_then_stop
            files.commit()
    """)
    assert (out / "graph.ttl").read_text() == "new turtle" and not (out / "graph.nt").exists()
    # The next build first finishes the committed set, then writes its own.
    from kg.fileio import OutputSet

    with OutputSet(out):
        assert (out / "graph.nt").read_text() == "new n-triples"
    assert not [p for p in tmp_path.iterdir() if "kg-staging" in p.name]


def test_commit_a_second_build_into_the_same_folder_fails_at_once(tmp_path, corpus):
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q", "--no-cache"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: (tmp_path / ".out.kg-lock").exists(), "the first build's lock")
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "-q"],
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 1, second.stderr
        assert second.stderr.strip() == (f"Error: another kg build is writing into {out} (it holds "
                                         f"{tmp_path / '.out.kg-lock'}); wait for it to finish or choose another -o")
        assert time.monotonic() - started < 30  # no extraction: the lock is checked first
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=120)
    assert not out.exists()


def test_commit_output_faults_are_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file", encoding="utf-8")
    one_line_error(run("build", SEEDS, "-o", blocker / "out", "-q"),
                   f"cannot write {blocker / 'out'}: a parent of it is a file, not a folder")
    one_line_error(run("extract", SEEDS, "-o", blocker / "x.jsonl", "-q"),
                   f"cannot write {blocker / 'x.jsonl'}: a parent of it is a file, not a folder")


def test_commit_read_only_output_is_one_line(tmp_path):
    with tmpfs(tmp_path / "ro", "ro") as readonly:
        one_line_error(run("build", SEEDS, "-o", readonly / "out", "-q"),
                       f"cannot write {readonly / 'out'}: Read-only file system")
        one_line_error(run("extract", SEEDS, "-o", readonly / "x.jsonl", "-q"),
                       f"cannot write {readonly / 'x.jsonl'}: Read-only file system")


def test_commit_full_disk_keeps_the_old_set(tmp_path):
    with tmpfs(tmp_path / "small", "size=256k") as small:
        out = small / "out"
        assert run("build", SEEDS, "-o", out, "-q", "--format", "turtle").exit_code == 0
        before = (out / "graph.ttl").read_bytes()
        (small / "filler").write_bytes(b"\0" * (256 * 1024 - 3 * len(before) // 2))
        one_line_error(run("build", SEEDS, "-o", out, "-q", "--format", "turtle", "--format", "ntriples",
                           "--format", "nquads"), "cannot write ")
        assert (out / "graph.ttl").read_bytes() == before
        assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
        assert sorted(p.name for p in small.iterdir() if "kg-staging" in p.name) == []
        (small / "filler").write_bytes(b"\0" * (256 * 1024 - len(before) - 4096))
        one_line_error(run("extract", SEEDS, "-o", small / "x.jsonl", "-q"),
                       f"cannot write {small / 'x.jsonl'}: No space left on device")
        assert not (small / "x.jsonl").exists()


def test_commit_viz_output_faults_are_one_line(tmp_path):
    graph = tmp_path / "graph"
    assert run("build", SEEDS, "-o", graph, "-q", "--no-cache").exit_code == 0
    blocker = tmp_path / "file"
    blocker.write_text("a file", encoding="utf-8")
    one_line_error(run("viz", graph, "-o", blocker / "g.html"),
                   f"cannot write {blocker / 'g.html'}: a parent of it is a file, not a folder")
    with tmpfs(tmp_path / "ro", "ro") as readonly:
        one_line_error(run("viz", graph, "-o", readonly / "g.html"),
                       f"cannot write {readonly / 'g.html'}: Read-only file system")
    with tmpfs(tmp_path / "full", "size=64k") as full:
        (full / "filler").write_bytes(b"\0" * (64 * 1024 - 4096))
        one_line_error(run("viz", graph, "-o", full / "g.html"), f"cannot write {full / 'g.html'}: No space left on device")
        assert sorted(p.name for p in full.iterdir()) == ["filler"]
