"""Killing a real `kg build` leaves no partial file and the previous output untouched."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest
from conftest import SEED_ID, SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Enough articles that a build runs for tens of seconds."""
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("corpus") / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": text, "date": "2014-03-14"}) + "\n"
                            for i in range(400)), encoding="utf-8")
    return path


def wait_for(condition, process, timeout: float = 120.0) -> None:
    """Poll until `condition()` holds; fail if the process ends first or the time runs out."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the build never got there"
        time.sleep(0.05)


@pytest.mark.parametrize("signum, code, word", [(signal.SIGTERM, 143, "Terminated."),
                                                (signal.SIGINT, 130, "Interrupted.")])
def test_interrupted_build_leaves_previous_output(tmp_path, corpus, signum, code, word):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    # A cache of its own, empty: every article is extracted (a shared cache, filled by earlier
    # runs, once let the build end before the signal came), and its first entry says when
    # extraction is under way.
    cache = tmp_path / "cache"
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q",
                                "--cache", str(cache)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: any(cache.glob("*/*.pickle.z")), process)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines()[-1] == word and "Traceback" not in stderr
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert len(list(cache.glob("*/*.pickle.z"))) < 400  # it was stopped, not finished


@pytest.mark.parametrize("after", [0.3, 0.6, 1.0, 2.0])
def test_ctrl_c_at_start_up_exits_130_without_traceback(tmp_path, corpus, after):
    """From the first half second on (importing spaCy and the rest, loading the model): 130, one word."""
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q",
                                "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(after)  # the moment of the Ctrl-C is the parameter of the test, not a wait for a state
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr == "Interrupted.\n" and stdout == ""
    assert not out.exists() or list(out.iterdir()) == []


def test_interrupted_write_leaves_no_temporary_file(tmp_path):
    from kg.fileio import atomic_writer

    target = tmp_path / "graph.ttl"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_writer(target) as handle:
            handle.write(b"half of a graph")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_build_after_an_interruption_works(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(tmp_path), "-q"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8").startswith("@prefix")
