"""Writing outputs whole: a reader sees the old file (or set of files) or the new one, never half.

One file goes through `atomic_writer`: a temporary file beside it, renamed over it. The files of
one build go through `OutputSet`: written to a staging folder beside the output folder, then moved
into place together under a lock, with a commit record so that a build killed while moving is
finished by the next one, and a build killed before is forgotten.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import OutputError

# OS errors that are the user's to fix (where the output goes), not bugs: reported in one line.
_OUTPUT_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG,
                  errno.ENOTDIR, errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG, errno.EIO}
COMMIT_RECORD = "COMMIT"


def output_failure(exc: OSError, target: str | Path) -> OutputError:
    """A one-line error for an OS error met writing `target`."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        reason = "a parent of it is a file, not a folder"
    return OutputError(f"cannot write {target}: {reason}")


def make_parents(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_failure(exc, path) from None


@contextlib.contextmanager
def output_writer(path: str | Path, mode: str = "wb") -> Iterator[IO]:
    """`atomic_writer(path)`, or standard output where `path` is "-"."""
    if str(path) == "-":
        stream = sys.stdout.buffer if "b" in mode else sys.stdout
        yield stream
        stream.flush()
        return
    with atomic_writer(path, mode) as handle:
        yield handle


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "wb") -> Iterator[IO]:
    """Write to a temporary file beside `path`, then rename it over `path` on success.

    Permissions, a missing or non-folder parent and a full disk are one-line OutputErrors.
    """
    path = Path(path)
    make_parents(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise output_failure(exc, path) from None
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if exc.errno in _OUTPUT_ERRNOS:
            raise output_failure(exc, path) from None
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


class OutputSet:
    """The files of one build, committed into `directory` together.

        with OutputSet(out) as files:      # takes the lock: a second build here fails at once
            ...                             # the long work
            write(files.staged("graph.ttl"))
            files.commit()                  # all files move into `out`, or none
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory).absolute()
        parent, name = self.directory.parent, self.directory.name
        self.lock_path = parent / f".{name}.kg-lock"
        self.staging = parent / f".{name}.kg-staging-{os.getpid()}"
        self._lock: int | None = None
        self._names: list[str] = []

    def __enter__(self) -> OutputSet:
        if self.directory.exists() and not self.directory.is_dir():
            raise OutputError(f"cannot write into {self.directory}: it is a file, not a folder")
        make_parents(self.directory)
        try:
            self._lock = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise output_failure(exc, self.directory) from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock)
            self._lock = None
            raise OutputError(f"another kg build is writing into {self.directory} (it holds {self.lock_path}); "
                              "wait for it to finish or choose another -o") from None
        self._recover()
        return self

    def __exit__(self, *exc_info) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)  # releases the lock; the empty lock file stays for the next build
            self._lock = None

    def staged(self, name: str) -> Path:
        """Where to write the file that becomes `directory/name` at commit."""
        try:
            self.staging.mkdir(exist_ok=True)
        except OSError as exc:
            raise output_failure(exc, self.staging) from None
        self._names.append(name)
        return self.staging / name

    def commit(self) -> list[str]:
        """Move every staged file into the directory; the names of the files."""
        try:
            record = self.staging / COMMIT_RECORD
            with record.open("w", encoding="utf-8") as handle:
                handle.write("\n".join(self._names) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            _fsync_dir(self.staging)
            self._move_in(self.staging, self._names)
        except OSError as exc:
            raise output_failure(exc, self.directory) from None
        shutil.rmtree(self.staging, ignore_errors=True)
        return list(self._names)

    def _move_in(self, staging: Path, names: list[str]) -> None:
        self.directory.mkdir(exist_ok=True)
        for name in names:
            if (staging / name).exists():  # a build killed while moving moved some already
                os.replace(staging / name, self.directory / name)
        _fsync_dir(self.directory)

    def _recover(self) -> None:
        """What a killed build left: a committed set is moved in, an uncommitted one removed,
        and temporary files of a killed write are deleted."""
        prefix = f".{self.directory.name}.kg-staging-"
        for staging in self.directory.parent.glob(prefix + "*"):
            record = staging / COMMIT_RECORD
            with contextlib.suppress(OSError):
                if record.is_file():
                    self._move_in(staging, record.read_text(encoding="utf-8").split())
            shutil.rmtree(staging, ignore_errors=True)
        if self.directory.is_dir():
            for stale in self.directory.glob(".graph.*.tmp"):
                with contextlib.suppress(OSError):
                    stale.unlink()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
