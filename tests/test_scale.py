"""Throughput features: --jobs, the per-article cache, the Dask engine, streaming input, progress.

Every test runs the real model on real sentences (the benchmark's corpus generator) and compares
bytes: where the work is done, and whether it was cached, must not change the output.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from kg.cache import ArticleCache
from kg.cli import cli
from kg.errors import InputError
from kg.inputs import ReadOptions, count_articles, read_articles
from kg.nlp import PARSED
from kg.pipeline import ExtractOptions, build, cache_setting

KG = [sys.executable, "-m", "kg"]
FORMATS = ("turtle", "trig", "nquads")


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _generator()


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def outputs(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """70 generated articles: three batches of 32 at the default batch size, the last one short."""
    return generate.write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl", 70)


@pytest.fixture(scope="module")
def local_extract(corpus) -> bytes:
    result = run("extract", corpus, "-q")
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") > 300
    return result.stdout_bytes


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local-build")
    formats = [a for f in FORMATS for a in ("--format", f)]
    result = run("build", corpus, "-o", out, "-q", "--no-cache", *formats)
    assert result.exit_code == 0, result.output
    return outputs(out)


# --- --jobs ---------------------------------------------------------------------------------


def test_jobs_extract_is_byte_identical_to_one_job(corpus, local_extract):
    result = run("extract", corpus, "-q", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == local_extract


def test_jobs_build_is_byte_identical_to_one_job(corpus, local_build, tmp_path):
    formats = [a for f in FORMATS for a in ("--format", f)]
    result = run("build", corpus, "-o", tmp_path, "-q", "--no-cache", "--jobs", "2", "--batch-size", "8", *formats)
    assert result.exit_code == 0, result.output
    assert outputs(tmp_path) == local_build


def test_jobs_missing_model_is_one_line_error(corpus):
    result = run("extract", corpus, "-q", "--jobs", "2", "--model", "xx_no_such_model")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: spaCy model 'xx_no_such_model' is not installed; install it with: pip install xx-no-such-model"]


# --- the per-article cache ------------------------------------------------------------------


def _articles_dir(tmp_path: Path, n: int) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for i in range(n):
        record = generate.article(i)
        (news / f"{record['id']}.txt").write_text(record["title"] + "\n\n" + record["text"], encoding="utf-8")
        meta = {k: record[k] for k in ("id", "date", "source")}
        (news / f"{record['id']}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return news


def test_cache_rebuild_after_adding_one_article_parses_only_that_article(tmp_path):
    news = _articles_dir(tmp_path, 12)
    cache = tmp_path / "cache"
    first = build([str(news)], tmp_path / "first", formats=FORMATS, cache=cache)
    assert (first.cache.hits, first.cache.misses) == (0, 12)

    record = generate.article(500)
    (news / "added.txt").write_text(record["title"] + "\n\n" + record["text"], encoding="utf-8")
    before = PARSED["docs"]
    again = build([str(news)], tmp_path / "again", formats=FORMATS, cache=cache)
    assert PARSED["docs"] - before == 1  # the new article, and nothing else, went through spaCy
    assert (again.cache.hits, again.cache.misses) == (12, 1)

    scratch = build([str(news)], tmp_path / "scratch", formats=FORMATS)  # no cache at all
    assert outputs(tmp_path / "again") == outputs(tmp_path / "scratch")
    assert again.stats == scratch.stats
    assert not list(cache.rglob("*.tmp"))  # entries were renamed into place, none left half-written


def test_cache_fully_cached_rebuild_parses_nothing_and_is_identical(tmp_path):
    news = _articles_dir(tmp_path, 5)
    cache = tmp_path / "cache"
    build([str(news)], tmp_path / "a", formats=FORMATS, cache=cache)
    before = PARSED["docs"]
    report = build([str(news)], tmp_path / "b", formats=FORMATS, cache=cache)
    assert PARSED["docs"] == before and report.cache.hits == 5
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")


def test_cache_changed_article_or_setting_is_a_miss(tmp_path):
    news = _articles_dir(tmp_path, 3)
    cache = tmp_path / "cache"
    build([str(news)], tmp_path / "a", cache=cache)
    changed = next(news.glob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nChina urged restraint.\n", encoding="utf-8")
    report = build([str(news)], tmp_path / "b", cache=cache)
    assert (report.cache.hits, report.cache.misses) == (2, 1)

    lexicon = tmp_path / "extra.tsv"
    lexicon.write_text("[triggers]\nshun\tVERB\t-\tREJECT\t120\n", encoding="utf-8")
    other = ExtractOptions(lexicons=(str(lexicon),))
    assert cache_setting(other) != cache_setting(ExtractOptions())
    report = build([str(news)], tmp_path / "c", options=other, cache=cache)
    assert (report.cache.hits, report.cache.misses) == (0, 3)
    report = build([str(news)], tmp_path / "d", options=ExtractOptions(base_iri="https://example.org/kg/"),
                   cache=cache)
    assert (report.cache.hits, report.cache.misses) == (0, 3)


def test_cache_unreadable_entry_is_recomputed(tmp_path):
    news = _articles_dir(tmp_path, 2)
    cache = tmp_path / "cache"
    build([str(news)], tmp_path / "a", formats=FORMATS, cache=cache)
    entries = sorted(cache.rglob("*.pickle.z"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:20])  # as if a crash had cut it short
    report = build([str(news)], tmp_path / "b", formats=FORMATS, cache=cache)
    assert (report.cache.hits, report.cache.misses) == (1, 1)
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")


def test_cache_long_runs_of_hits_restart_the_engine_in_order(tmp_path, monkeypatch):
    """Cached and new articles interleaved, with runs of hits longer than the engine may wait."""
    import kg.cache

    monkeypatch.setattr(kg.cache, "MAX_CACHED_RUN", 2)
    corpus = generate.write_corpus(tmp_path / "all.jsonl", 14)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    partial.write_text("".join(line for i, line in enumerate(lines) if i % 5 != 0), encoding="utf-8")
    cache = tmp_path / "cache"
    build([str(partial)], tmp_path / "warm", cache=cache)
    report = build([str(corpus)], tmp_path / "mixed", formats=FORMATS, cache=cache)
    assert (report.cache.hits, report.cache.misses) == (11, 3)
    build([str(corpus)], tmp_path / "scratch", formats=FORMATS)
    assert outputs(tmp_path / "mixed") == outputs(tmp_path / "scratch")


def test_cache_key_ignores_where_the_article_was_read_from(tmp_path):
    store = ArticleCache(tmp_path, "setting")
    (article,) = read_articles([str(SEEDS)])
    from dataclasses import replace

    assert store.key(article) == store.key(replace(article, origin="elsewhere.txt"))
    assert store.key(article) != store.key(replace(article, date="2014-03-15"))
    assert store.key(article) != ArticleCache(tmp_path, "another setting").key(article)


def test_cli_build_reports_the_cache(tmp_path):
    cache = tmp_path / "cache"
    first = run("build", SEEDS, "-o", tmp_path / "a", "--cache", cache)
    second = run("build", SEEDS, "-o", tmp_path / "b", "--cache", cache)
    assert first.exit_code == second.exit_code == 0
    assert "0 articles reused, 1 extracted" in first.output
    assert "1 articles reused, 0 extracted" in second.output
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
    assert "cache" not in run("build", SEEDS, "-o", tmp_path / "c", "--no-cache").output


# --- the Dask engine ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A real scheduler and two single-threaded workers on 127.0.0.1, as separate processes."""
    pytest.importorskip("distributed")
    from distributed import Client

    here = tmp_path_factory.mktemp("dask")
    scheduler_file = here / "scheduler.json"
    bin_dir = Path(sys.executable).parent
    dask = str(bin_dir / "dask") if (bin_dir / "dask").exists() else shutil.which("dask")
    assert dask, "the dask command (dask.distributed) is not installed"
    logs = []
    procs = []

    def start(*args):
        log = (here / f"{len(procs)}.log").open("wb")
        logs.append(log)
        procs.append(subprocess.Popen([dask, *args], stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, start_new_session=True))

    start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
          "--scheduler-file", str(scheduler_file))
    deadline = time.monotonic() + 60
    while not scheduler_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert scheduler_file.exists(), (here / "0.log").read_text()
    for n in (1, 2):
        start("worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1", "--host", "127.0.0.1",
              "--no-dashboard", "--name", f"kg-test-{n}", "--memory-limit", "0")
    try:
        address = json.loads(scheduler_file.read_text())["address"]
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
            assert len(client.scheduler_info()["workers"]) == 2
        yield address
    finally:
        for proc in reversed(procs):
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for log in logs:
            log.close()


def test_dask_extract_is_byte_identical_to_a_local_run(dask_cluster, corpus, local_extract):
    result = run("extract", corpus, "-q", "--engine", "dask", "--scheduler", dask_cluster, "--batch-size", "16")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == local_extract


def test_dask_build_is_byte_identical_to_a_local_run(dask_cluster, corpus, local_build, tmp_path):
    formats = [a for f in FORMATS for a in ("--format", f)]
    result = run("build", corpus, "-o", tmp_path, "-q", "--no-cache", "--engine", "dask",
                 "--scheduler", dask_cluster, *formats)
    assert result.exit_code == 0, result.output
    assert outputs(tmp_path) == local_build


def test_dask_both_workers_take_part(dask_cluster, corpus):
    from distributed import Client

    result = run("extract", corpus, "-q", "--engine", "dask", "--scheduler", dask_cluster, "--batch-size", "4")
    assert result.exit_code == 0, result.output
    with Client(dask_cluster, timeout="30s") as client:
        # Each worker loaded the model once and kept it: both hold kg's pipeline now.
        loaded = client.run(lambda: sorted(__import__("kg.engines").engines._MODELS))
    assert len(loaded) == 2 and all(models for models in loaded.values()), loaded


def test_dask_errors_are_one_line(dask_cluster, corpus):
    result = run("extract", corpus, "-q", "--engine", "dask")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: the dask engine needs the address of a scheduler (--scheduler ADDRESS)"
    result = run("extract", corpus, "-q", "--engine", "dask", "--scheduler", dask_cluster,
                 "--model", "xx_no_such_model")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: spaCy model 'xx_no_such_model' is not installed; install it with: pip install xx-no-such-model"]
    result = run("extract", corpus, "-q", "--scheduler", dask_cluster)
    assert result.exit_code == 1 and "Error: --scheduler is for the dask engine" in result.output


def test_dask_unreachable_scheduler_is_one_line_error(corpus):
    pytest.importorskip("distributed")
    done = subprocess.run([*KG, "extract", str(corpus), "-q", "--engine", "dask", "--scheduler",
                           "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in done.stderr


# --- streaming input ------------------------------------------------------------------------


def test_inputs_jsonl_streams_article_by_article(tmp_path):
    path = tmp_path / "news.jsonl"
    first = json.dumps({"id": "a", "text": "Russia vetoed the draft."}).encode() + b"\n"
    path.write_bytes(first + b"\xff\xfe\n")
    articles = read_articles([str(path)])
    assert next(articles).id == "a"  # read before the bad bytes further down were
    with pytest.raises(InputError, match=rf"news.jsonl: not UTF-8 text \(invalid byte at offset {len(first)}\)"):
        next(articles)


def test_inputs_memory_does_not_grow_with_the_number_of_articles(tmp_path):
    def peak(n: int) -> int:
        path = generate.write_corpus(tmp_path / f"{n}.jsonl", n)
        tracemalloc.start()
        count = sum(1 for _ in read_articles([str(path)]))
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == n
        return high

    small, large = peak(200), peak(4000)  # the large file is 20 times the small one, about 3 MB
    # What does grow: the record that keeps ids unique in a run, a 64-bit digest an article in a
    # set (under 150 bytes at its peak), not the articles (about 750 bytes each here).
    assert large < small * 2 + 4000 * 150, (small, large)


def test_inputs_count_articles(tmp_path, corpus):
    assert count_articles([str(corpus)]) == 70
    assert count_articles([str(SEEDS)]) == 1
    lines = tmp_path / "l.txt"
    lines.write_text("One.\n\nTwo.\nThree.\n", encoding="utf-8")
    assert count_articles([str(lines)], ReadOptions(lines=True)) == 3
    assert count_articles([str(lines), "-"]) is None


# --- progress -------------------------------------------------------------------------------


def _stderr_on_a_terminal(args: list[str]) -> str:
    """Run kg with stderr on a pseudo-terminal of 100 columns; what it wrote there."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen([*KG, *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    data = b""
    while True:
        ready, _, _ = select.select([master], [], [], 300)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    assert proc.wait(timeout=300) == 0, data
    return data.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal(corpus, tmp_path):
    shown = _stderr_on_a_terminal(["extract", str(corpus), "-o", str(tmp_path / "t.jsonl")])
    assert "/70 [" in shown  # articles done out of the total, counted before the run
    assert "sentences/s" in shown and "article" in shown  # tqdm says "article/s" or "s/article"
    assert "<00:" in shown or "<0" in shown  # the ETA
    assert "Wrote" in shown


def test_progress_quiet_on_a_terminal_and_off_a_terminal(corpus, tmp_path):
    shown = _stderr_on_a_terminal(["extract", str(corpus), "-q", "-o", str(tmp_path / "t.jsonl")])
    assert shown == ""
    done = subprocess.run([*KG, "extract", str(corpus), "-o", str(tmp_path / "u.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0
    assert done.stderr == f"Wrote {(tmp_path / 'u.jsonl').read_text().count(chr(10))} triples to {tmp_path / 'u.jsonl'}\n"


def test_extract_apposition_naming_no_known_person():
    """A CaRB sentence of the benchmark corpus: "Henri de Saint-Simon" is tagged PERSON but is no
    person name kg learns (a lower-case particle), which once crashed the resolver."""
    sentence = ("Owen and the French socialist Henri de Saint-Simon were the fathers of the utopian "
                "socialist movement; they believed that the ills of industrial work relations could be "
                "removed by the establishment of small cooperative communities.")
    result = run("extract", "-", "-q", "--lines", input=sentence + "\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["relation"]["lemma"] == "believe" for r in records)
