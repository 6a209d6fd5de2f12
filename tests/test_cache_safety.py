"""A cache that cannot go stale and cannot stop a build: code digest, entry keys, size limits, bad folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ID, SEEDS
from fs import tmpfs

from kg.cache import EXTRACTION_SOURCES, ArticleCache, code_digest
from kg.inputs import read_articles
from kg.pipeline import ExtractOptions, build, cache_setting

ROOT = SEEDS.parent


def kg_build(*args, pythonpath=None, cwd=None):
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd)


def test_cache_an_edited_rule_is_a_miss(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "kg", copy / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "cache"
    first = kg_build(SEEDS, "-o", tmp_path / "a", "--cache", cache)
    assert first.returncode == 0 and "0 articles reused, 1 extracted" in first.stdout, first.stderr
    same = kg_build(SEEDS, "-o", tmp_path / "b", "--cache", cache, pythonpath=copy, cwd=tmp_path)
    assert same.returncode == 0 and "1 articles reused, 0 extracted" in same.stdout, same.stderr
    rule = copy / "kg" / "extract" / "events.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# an edited rule\n", encoding="utf-8")
    edited = kg_build(SEEDS, "-o", tmp_path / "c", "--cache", cache, pythonpath=copy, cwd=tmp_path)
    assert edited.returncode == 0 and "0 articles reused, 1 extracted" in edited.stdout, edited.stderr
    assert code_digest(copy / "kg") != code_digest()


# Modules extraction loads that decide nothing it produces: the digest need not cover them.
DECIDING_NOTHING = {"__init__.py": "the package's version", "errors.py": "error types",
                    "registry.py": "the registries plug-ins join, whose own code is theirs"}


def test_cache_digest_covers_every_module_extraction_runs():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from kg.extract import extract_article; "
                               "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'kg'))"],
        capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    package = ROOT / "kg"
    covered = {p.resolve() for pattern in EXTRACTION_SOURCES for p in package.glob(pattern)}
    missing = [Path(f).relative_to(package).as_posix() for f in loaded
               if Path(f).resolve() not in covered and Path(f).relative_to(package).as_posix() not in DECIDING_NOTHING]
    assert missing == []


def seed_entry(cache_dir):
    store = ArticleCache(cache_dir, cache_setting(ExtractOptions()))
    (article,) = read_articles([str(SEEDS)])
    return store, store._path(store.key(article))


def test_cache_an_entry_of_another_article_is_not_used(tmp_path):
    cache = tmp_path / "cache"
    other = tmp_path / "other"
    other.mkdir()
    (other / f"{SEED_ID}.txt").write_text("Headline\n\nRussia vetoed the draft resolution.\n", encoding="utf-8")
    build([str(other)], tmp_path / "o", cache=cache)  # the other article's entry
    (foreign,) = cache.rglob("*.pickle.z")
    _, path = seed_entry(cache)
    path.parent.mkdir(exist_ok=True)
    shutil.copy(foreign, path)
    report = build([str(SEEDS)], tmp_path / "a", cache=cache)
    assert (report.cache.hits, report.cache.misses) == (0, 1)
    build([str(SEEDS)], tmp_path / "b")
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_cache_an_entry_that_is_dev_zero_or_a_folder_is_a_miss(tmp_path):
    cache = tmp_path / "cache"
    _, path = seed_entry(cache)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")
    report = build([str(SEEDS)], tmp_path / "a", cache=cache)  # would read without end, unlimited
    assert (report.cache.hits, report.cache.misses) == (0, 1)
    path.unlink()
    path.mkdir()
    done = kg_build(SEEDS, "-o", tmp_path / "b", "--cache", cache)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "0 articles reused, 1 extracted" in done.stdout


def test_cache_read_only_or_full_is_a_warning_and_the_build_goes_on(tmp_path):
    with tmpfs(tmp_path / "ro", "ro") as readonly:
        done = kg_build(SEEDS, "-o", tmp_path / "a", "--cache", readonly / "cache")
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip() == (f"Warning: cannot use the cache {readonly / 'cache'} (Read-only file system); "
                                       "going on without it")
    with tmpfs(tmp_path / "full", "size=64k") as full:
        (full / "filler").write_bytes(b"\0" * (64 * 1024 - 4096))
        done = kg_build(SEEDS, "-o", tmp_path / "b", "--cache", full / "cache")
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip().startswith(f"Warning: cannot use the cache {full / 'cache'} (No space left")
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("field", ["size", "key"])
def test_cache_entries_carry_their_key_and_size(tmp_path, field):
    cache = tmp_path / "cache"
    build([str(SEEDS)], tmp_path / "a", cache=cache)
    store, path = seed_entry(cache)
    data = path.read_bytes()
    header, _, body = data.partition(b"\n")
    magic, key, size = header.rsplit(b" ", 2)
    assert key.decode() == path.name.split(".")[0] and int(size) == len(body)
    (article,) = read_articles([str(SEEDS)])
    assert store.get(store.key(article)) is not None
    if field == "size":
        path.write_bytes(header + b"\n" + body + b"more")
    else:
        path.write_bytes(magic + b" " + b"0" * 64 + b" " + size + b"\n" + body)
    assert store.get(store.key(article)) is None
