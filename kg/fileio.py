"""Writing outputs whole: a reader sees the old file (or set of files) or the new one, never half.

One file goes through `atomic_writer`: a temporary file beside it, renamed over it. The files of
one build go through `OutputSet`: written to a staging folder beside the output folder under a
lock, which on Linux then becomes the folder in one exchange of the two folders (elsewhere the
files are moved in one by one, with a commit record so that a build killed while moving is
finished by the next one); a build killed before its commit is forgotten.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import glob
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
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
            files.commit()                  # all files go into `out`, or none

    The files are written to a staging folder beside `directory` (`.NAME.kg-staging-PID`). At
    commit, on Linux, the staging folder is made the complete new content of the folder (the
    new files, and hard links to every other entry of the folder, subfolders recreated with
    their modes) and the two folders are exchanged in one step (renameat2 RENAME_EXCHANGE);
    the old content, now at the staging path, is then removed. A folder that does not exist yet
    is the staging folder renamed into place. Either way the folder holds the old set or the new
    one at every instant: a reader that opens the folder once and its files through it (a
    directory descriptor, or a working directory) reads one whole set; a reader that opens two
    files by path at two moments can still meet a commit between them.

    Elsewhere the files are moved in one by one, which is not atomic for readers (a reader can
    open one new and one old file), only for the set: a build killed while moving is finished by
    the next. That happens where renameat2 or RENAME_EXCHANGE is not available (not Linux, a
    file system that refuses it), where the folder's entries cannot be hard-linked, where
    `directory` is a symbolic link or a mount point, and where one of `live` (folders this
    process writes outside the set, such as a per-article cache or an embedded store) lies
    inside it: swapping the folder would link a large cache on every build and could lose what
    a store writes during the swap.
    """

    def __init__(self, directory: str | Path, live: Iterable[str | Path] = ()) -> None:
        self.directory = Path(directory).absolute()
        parent, name = self.directory.parent, self.directory.name
        self.lock_path = parent / f".{name}.kg-lock"
        self.staging = parent / f".{name}.kg-staging-{os.getpid()}"
        # The record of a file-by-file commit: beside the folders, never inside one, so that
        # a file of the user's in the folder cannot be taken for it.
        self.record = parent / f".{name}.kg-commit-{os.getpid()}"
        self.live = [Path(os.path.realpath(p)) for p in live]
        self.swapped: bool | None = None  # after commit: whether the folder was swapped whole
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
        remove_tree(self.staging)
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
        """Put every staged file into the directory, all at once where the system allows it
        (see the class); the names of the files."""
        try:
            self.staging.mkdir(exist_ok=True)
            self.swapped = self._swap_whole()
            if not self.swapped:
                self._commit_file_by_file()
        except OSError as exc:
            raise output_failure(exc, self.directory) from None
        remove_tree(self.staging)  # the old content, after a swap
        return list(self._names)

    def _swap_whole(self) -> bool:
        """Make the staging folder the folder's new content in one step; False where that cannot
        be done here (nothing has changed then, and the files are moved in one by one)."""
        if not self.directory.exists() and not self.directory.is_symlink():
            _fsync_dir(self.staging)
            os.rename(self.staging, self.directory)
            _fsync_dir(self.directory.parent)
            return True
        if self.directory.is_symlink() or os.path.ismount(self.directory):
            return False
        real = Path(os.path.realpath(self.directory))
        if any(p == real or real in p.parents for p in self.live):
            return False
        try:
            link_tree(self.directory, self.staging, skip=set(self._names))
        except OSError as exc:
            if exc.errno in _CANNOT_LINK:
                return False
            raise
        os.chmod(self.staging, stat.S_IMODE(os.stat(self.directory).st_mode))
        _fsync_dir(self.staging)
        try:
            exchange(self.staging, self.directory)
        except OSError as exc:
            if exc.errno in _CANNOT_EXCHANGE:
                return False
            raise
        _fsync_dir(self.directory.parent)
        return True

    def _commit_file_by_file(self) -> None:
        _fsync_dir(self.staging)
        with self.record.open("w", encoding="utf-8") as handle:
            handle.write("\n".join(self._names) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        _fsync_dir(self.record.parent)
        self._move_in(self.staging, self._names)
        remove_tree(self.staging)
        self.record.unlink()

    def _move_in(self, staging: Path, names: list[str]) -> None:
        self.directory.mkdir(exist_ok=True)
        for name in names:
            if (staging / name).exists():  # a build killed while moving moved some already
                os.replace(staging / name, self.directory / name)
        _fsync_dir(self.directory)

    def _recover(self) -> None:
        """What a killed build left: a file-by-file commit is finished, any other staging folder
        removed (one killed before its swap holds a new set that never became the folder, one
        killed after it the old content), and temporary files of a killed write are deleted."""
        parent, name = self.directory.parent, glob.escape(self.directory.name)
        records = list(parent.glob(f".{name}.kg-commit-*"))
        for record in records:
            staging = parent / f".{self.directory.name}.kg-staging-{record.name.rsplit('-', 1)[-1]}"
            with contextlib.suppress(OSError):
                if staging.is_dir():
                    self._move_in(staging, record.read_text(encoding="utf-8").split())
        for staging in parent.glob(f".{name}.kg-staging-*"):
            remove_tree(staging)
        for record in records:
            with contextlib.suppress(OSError):
                record.unlink()
        if self.directory.is_dir():
            for stale in self.directory.glob(".graph.*.tmp"):
                with contextlib.suppress(OSError):
                    stale.unlink()


# Errors of link(2) and renameat2(2) that mean "not on this system or file system": the set is
# then moved in file by file. EPERM for links: protected_hardlinks or a file system without them.
_CANNOT_LINK = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.EOPNOTSUPP, errno.ENOTSUP}
_CANNOT_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV,
                    errno.EBUSY}
AT_FDCWD = -100
RENAME_EXCHANGE = 2


def link_tree(source: Path, target: Path, skip: set[str] = frozenset()) -> None:
    """Hard-link every entry of `source` into the folder `target` (except the names in `skip`),
    recreating subfolders with their modes; symbolic links are linked as links."""
    for entry in os.scandir(source):
        if entry.name in skip:
            continue
        if entry.is_dir(follow_symlinks=False):
            os.mkdir(target / entry.name)
            link_tree(Path(entry.path), target / entry.name)
            os.chmod(target / entry.name, stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode))
        else:
            os.link(entry.path, target / entry.name, follow_symlinks=False)


def remove_tree(path: Path) -> None:
    """Remove a folder and all it holds, read-only subfolders too (the old content of an output
    folder may have some); what still cannot be removed is left for the next run to retry."""
    def writable_parent_then_retry(function, failed, _exc) -> None:
        with contextlib.suppress(OSError):
            parent = os.path.dirname(failed)
            os.chmod(parent, stat.S_IMODE(os.stat(parent).st_mode) | stat.S_IRWXU)
            function(failed)

    if path.is_dir() and not path.is_symlink():
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=writable_parent_then_retry)
        else:
            shutil.rmtree(path, onerror=writable_parent_then_retry)


@functools.lru_cache(maxsize=1)
def _renameat2():
    """glibc's renameat2, or None where there is none (not Linux, glibc before 2.28, another libc)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def exchange(first: Path, second: Path) -> None:
    """Exchange two paths in one step (both must exist); OSError(ENOSYS) where the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available here", str(first))
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
