"""No hang: worker processes that die, a parent that dies, and a FIFO under a progress bar."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import seed_copies

from kg.inputs import count_articles
from kg.pipeline import extract

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and relies on PR_SET_PDEATHSIG")


def wait_for(condition, what, timeout=90.0):
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)
    return found


def children(pid: int) -> list[int]:
    try:
        return [int(n) for n in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return seed_copies(tmp_path_factory.mktemp("corpus"), 40)


def start_build(corpus, out, *extra):
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q", "--no-cache",
                             "--jobs", "2", "--batch-size", "4", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_workers_a_killed_worker_fails_the_build_in_seconds_naming_the_batch(tmp_path, corpus):
    build = start_build(corpus, tmp_path / "out")
    workers = wait_for(lambda: len(children(build.pid)) == 2 and children(build.pid), "two workers")
    os.kill(workers[1], signal.SIGKILL)
    killed = time.monotonic()
    _, stderr = build.communicate(timeout=60)
    assert time.monotonic() - killed < 15
    assert build.returncode == 1, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert lines[0].startswith("Error: a worker process was killed by SIGKILL (out of memory?) while extracting batch ")
    assert f"article(s), {corpus}:" in lines[0] and lines[0].endswith("--skip-bad re-runs such a batch in another worker")
    assert not (tmp_path / "out").exists()
    assert not alive(workers[0])


def test_workers_with_skip_bad_a_lost_batch_runs_again_and_the_output_is_whole(tmp_path, corpus):
    reference = subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path / "ref"), "-q",
                                "--no-cache", "--jobs", "2", "--batch-size", "4"], capture_output=True, text=True)
    assert reference.returncode == 0, reference.stderr
    build = start_build(corpus, tmp_path / "out", "--skip-bad")
    workers = wait_for(lambda: len(children(build.pid)) == 2 and children(build.pid), "two workers")
    os.kill(workers[0], signal.SIGKILL)
    stdout, stderr = build.communicate(timeout=300)
    assert build.returncode == 0, stderr
    assert "running it again in another worker" in stderr and "Traceback" not in stderr
    assert stdout.splitlines()[:8] == reference.stdout.splitlines()[:8]
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "ref" / "graph.ttl").read_bytes()


def test_workers_die_with_their_parent(tmp_path, corpus):
    build = start_build(corpus, tmp_path / "out")
    workers = wait_for(lambda: len(children(build.pid)) == 2 and children(build.pid), "two workers")
    build.kill()
    build.communicate(timeout=30)
    wait_for(lambda: not any(alive(w) for w in workers), "the workers to die with their parent", timeout=10)


def test_workers_progress_bar_reads_a_fifo_once(tmp_path):
    fifo = tmp_path / "articles.jsonl"
    os.mkfifo(fifo)
    records = [{"id": f"f{i}", "text": "Russia vetoed the draft resolution on Friday."} for i in range(3)]

    def feed():
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write("".join(json.dumps(r) + "\n" for r in records))

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert count_articles([str(fifo)]) is None  # not opened: a FIFO cannot be read twice
    results = list(extract([str(fifo)], progress=True))
    writer.join(timeout=30)
    assert [r.article.id for r in results] == ["f0", "f1", "f2"]
