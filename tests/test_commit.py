"""A build commits whole: all its files or none, under a lock, and what a killed build left is cleaned."""

from __future__ import annotations

import select
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
from kg.pipeline import GRAPH_SUFFIXES

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


def _kill_at_swap(tmp_path, *, swapped: bool) -> None:
    """Commit a new set (graph.ttl, graph.nt: "new") into tmp_path/out in a real process, and kill
    -9 it just before the folders are exchanged, or just after (the old content not yet removed)."""
    _kill_during(tmp_path, f"""
        import time
        from kg import fileio
        real = fileio.exchange
        def exchange_and_stop(first, second):
            if {swapped}:
                real(first, second)
            print("ready", flush=True)
            time.sleep(600)
        with fileio.OutputSet("out") as files:
            files.staged("graph.ttl").write_text("new")
            files.staged("graph.nt").write_text("new")
            fileio.exchange = exchange_and_stop
            files.commit()
    """)


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


def _old_set(out):
    """An output folder as a user leaves it: a build's set, a file and a read-only subfolder of
    their own, a symbolic link, a mode of its own."""
    out.mkdir()
    for name in ("graph.ttl", "graph.nt"):
        (out / name).write_text("old")
    (out / "notes.txt").write_text("the user's")
    (out / "pictures").mkdir()
    (out / "pictures" / "graph.svg").write_text("<svg/>")
    (out / "pictures").chmod(0o555)
    (out / "latest").symlink_to("graph.ttl")
    out.chmod(0o750)
    return {p.name: p.stat().st_ino for p in (out / "notes.txt", out / "pictures" / "graph.svg")}


def _content(out):
    return {str(p.relative_to(out)): (p.read_text() if p.is_file() else None) for p in sorted(out.rglob("*"))}


def test_commit_swaps_the_whole_folder_and_keeps_what_the_build_does_not_write(tmp_path):
    from kg.fileio import OutputSet

    out = tmp_path / "out"
    inodes = _old_set(out)
    folder = out.stat().st_ino
    with OutputSet(out) as files:
        files.staged("graph.ttl").write_text("new")
        files.staged("graph.nt").write_text("new")
        assert files.commit() == ["graph.ttl", "graph.nt"]
    assert files.swapped and out.stat().st_ino != folder  # one exchange of folders, not moves into it
    assert _content(out) == {"graph.nt": "new", "graph.ttl": "new", "latest": "new", "notes.txt": "the user's",
                             "pictures": None, "pictures/graph.svg": "<svg/>"}
    # What the build does not write is the same file (a hard link), not a copy; modes are kept.
    assert {p.name: p.stat().st_ino for p in (out / "notes.txt", out / "pictures" / "graph.svg")} == inodes
    assert (out.stat().st_mode & 0o777, (out / "pictures").stat().st_mode & 0o777) == (0o750, 0o555)
    assert (out / "latest").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.kg-lock", "out"]  # the old content removed


def test_commit_into_a_new_folder_renames_the_staging_folder(tmp_path):
    from kg.fileio import OutputSet

    with OutputSet(tmp_path / "a" / "out") as files:
        files.staged("graph.ttl").write_text("new")
        files.commit()
    assert files.swapped and _content(tmp_path / "a" / "out") == {"graph.ttl": "new"}
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [".out.kg-lock", "out"]


def test_commit_a_cache_inside_the_output_folder_is_not_swapped(tmp_path):
    """A per-article cache (or a store) inside -o is written by the build itself: the folder is not
    swapped (that would hard-link the whole cache on every build), its files are moved in."""
    out = tmp_path / "out"
    assert run("build", SEEDS, "-o", out, "-q", "--cache", out / "cache").exit_code == 0
    folder = out.stat().st_ino
    assert run("build", SEEDS, "-o", out, "-q", "--cache", out / "cache").exit_code == 0
    assert out.stat().st_ino == folder
    assert sorted(p.name for p in out.iterdir()) == ["cache", "graph.ttl"]
    assert not [p for p in tmp_path.iterdir() if ".kg-staging" in p.name or ".kg-commit" in p.name]


def test_commit_falls_back_to_moves_where_the_folder_cannot_be_swapped(tmp_path, monkeypatch):
    """-o a symbolic link (swapping would replace the link by a folder) and a file system whose
    files cannot be hard-linked: the files are moved in, the rest of the folder left alone."""
    import errno

    from kg import fileio

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "notes.txt").write_text("the user's")
    (tmp_path / "link").symlink_to("real")
    with fileio.OutputSet(tmp_path / "link") as files:
        files.staged("graph.ttl").write_text("new")
        files.commit()
    assert not files.swapped and (tmp_path / "link").is_symlink()
    assert _content(tmp_path / "real") == {"graph.ttl": "new", "notes.txt": "the user's"}

    def refused(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(fileio.os, "link", refused)
    with fileio.OutputSet(tmp_path / "real") as files:
        files.staged("graph.ttl").write_text("newer")
        files.commit()
    assert not files.swapped
    assert _content(tmp_path / "real") == {"graph.ttl": "newer", "notes.txt": "the user's"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".link.kg-lock", ".real.kg-lock", "link", "real"]


READER = """
import os, sys
folder, names, last = sys.argv[1], sys.argv[2].split(","), sys.argv[3].encode()
seen, reads = None, 0
while seen != last:
    directory = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)  # the folder once, its files through it
    try:
        markers = set()
        for name in names:
            handle = os.open(name, os.O_RDONLY, dir_fd=directory)
            markers.add(os.read(handle, 100))
            os.close(handle)
    except FileNotFoundError:
        continue  # the old content, being removed after a swap: read the folder again
    finally:
        os.close(directory)
    reads += 1
    if len(markers) != 1:
        print("mix", sorted(markers), flush=True)
        sys.exit(1)
    if markers != {seen}:
        (seen,) = markers
        print(seen.decode(), flush=True)
print("reads", reads, flush=True)
"""


def _line(process, timeout=60.0):
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "the reader said nothing for a minute"
    return process.stdout.readline().strip()


def test_commit_a_reader_never_sees_a_mix_of_two_builds(tmp_path):
    """A real reader process reads every file of the set, over and over, while builds commit sets
    into the same folder; each set's files carry the same marker."""
    from kg.fileio import OutputSet

    out, names, commits = tmp_path / "out", [f"graph{s}" for s in GRAPH_SUFFIXES], 100

    def commit(marker):
        with OutputSet(out) as files:
            for name in names:
                files.staged(name).write_text(str(marker))
            files.commit()
        assert files.swapped

    commit(0)
    (out / "notes.txt").write_text("kept")
    reader = subprocess.Popen([sys.executable, "-c", READER, str(out), ",".join(names), str(commits)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert _line(reader) == "0"
        for marker in range(1, commits + 1):
            commit(marker)
            # The reader has read this set before the next commit: it reads across every commit.
            assert _line(reader) == str(marker)
        (reads, count) = _line(reader).split()
        assert reads == "reads" and int(count) >= commits + 1
        assert reader.wait(timeout=60) == 0
    finally:
        reader.kill()
        reader.wait()
    assert (out / "notes.txt").read_text() == "kept"


def test_commit_a_build_killed_before_its_swap_leaves_the_old_set(tmp_path):
    out = tmp_path / "out"
    _old_set(out)
    before = _content(out)
    _kill_at_swap(tmp_path, swapped=False)
    assert _content(out) == before
    assert [p.name for p in tmp_path.iterdir() if "kg-staging" in p.name]
    from kg.fileio import OutputSet

    with OutputSet(out):
        assert _content(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.kg-lock", "out"]


def test_commit_a_build_killed_between_swap_and_cleanup_leaves_the_new_set(tmp_path):
    out = tmp_path / "out"
    _old_set(out)
    _kill_at_swap(tmp_path, swapped=True)
    after = {"graph.nt": "new", "graph.ttl": "new", "latest": "new", "notes.txt": "the user's", "pictures": None,
             "pictures/graph.svg": "<svg/>"}
    assert _content(out) == after
    (staging,) = [p for p in tmp_path.iterdir() if "kg-staging" in p.name]
    assert (staging / "graph.ttl").read_text() == "old"  # the old content, left by the kill
    # The next build removes it (read-only subfolder and all) and commits its own set.
    assert run("build", SEEDS, "-o", out, "-q", "--no-cache").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.kg-lock", "out"]
    assert (out / "graph.ttl").read_text().startswith("@prefix") and (out / "graph.nt").read_text() == "new"


def test_commit_file_by_file_where_folders_cannot_be_exchanged_is_finished_after_a_kill(tmp_path):
    """Where the file system refuses RENAME_EXCHANGE the files are moved in one by one; a build
    killed while moving is finished by the next."""
    out = tmp_path / "out"
    assert run("build", SEEDS, "-o", out, "-q", "--format", "turtle").exit_code == 0
    _kill_during(tmp_path, """
        import errno, os, time
        from kg import fileio
        def refused(first, second):
            raise OSError(errno.EINVAL, "Invalid argument")
        real = os.replace
        def replace_then_stop(source, target):
            real(source, target)
            print("ready", flush=True)  # one file of the set moved in, the other not yet
            time.sleep(600)
        fileio.exchange = refused
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
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.kg-lock", "out"]


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
