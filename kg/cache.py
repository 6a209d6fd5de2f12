"""A per-article cache of extraction results, so that rebuilding a corpus parses only what changed.

An entry is keyed by a SHA-256 of the article (id, text, title, date, url, source and the ranges
marked as boilerplate: everything extraction reads) and of the setting it was made under: a
digest of the installed code and data that decide what extraction produces (`code_digest`, so
that an edited rule is a miss without anyone bumping a version), the spaCy pipeline's name and
version and spaCy's own, the lexicon's contents and the base IRI, and the fields of the result
types. A change to any of them is a miss, so a stale result is never used.

An entry is `DIR/<2 hex digits>/<key>.pickle.z`: a header line holding its key and the size of
what follows, then the pickled ArticleResult, compressed. It is written to a temporary file and
renamed into place, so a reader never sees half an entry, and read with a size limit; an entry
that cannot be read, is too large, or holds another key (copied from another article) is
treated as missing. A cache that cannot be used at all (read-only, full, not a folder) is a
warning, and the run goes on without it.

Entries are pickles: point `--cache` only at directories you own, as with any pickle.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import sys
import tempfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .types import Article, ArticleResult, Entity, Relation, Triple

SUFFIX = ".pickle.z"
# The shape of what is pickled: a field added to a result type makes every old entry a miss, not
# an object without that field.
SCHEMA = ";".join(f"{cls.__name__}:{','.join(f.name for f in fields(cls))}"
                  for cls in (Article, ArticleResult, Triple, Entity, Relation))
# A run of this many cached articles in a row ends the engine's current stream, so that cached
# results are passed on without waiting for it (memory stays bounded); the engine starts again
# at the next article that is not cached.
MAX_CACHED_RUN = 256
MAGIC = b"kg-cache-entry 2"
# An entry larger than this, compressed or not, is not read: no article's result comes near it.
MAX_ENTRY_BYTES = 256 * 1024 * 1024
_PACKAGE = Path(__file__).resolve().parent
# The code and data that decide what extraction produces, relative to the package.
EXTRACTION_SOURCES = ("extract/**/*.py", "dictionaries/*.py", "lexicons/*", "lexicon.py", "nlp.py", "iris.py", "text.py",
                      "types.py")


@functools.lru_cache(maxsize=None)
def code_digest(package: Path = _PACKAGE) -> str:
    """A SHA-256 of the extraction code and lexicon files installed, computed once per run."""
    digest = hashlib.sha256()
    files = sorted({p for pattern in EXTRACTION_SOURCES for p in package.glob(pattern) if p.is_file()})
    for path in files:
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0


class ArticleCache:
    """Extraction results on disk, one file per article and setting."""

    def __init__(self, directory: str | Path, setting: str) -> None:
        self.directory = Path(directory)
        self.setting = setting
        self.stats = CacheStats()
        self.usable = True
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        """Go on without the cache, once said."""
        if self.usable:
            print(f"Warning: cannot use the cache {self.directory} ({exc.strerror or exc}); "
                  "going on without it", file=sys.stderr)
        self.usable = False

    def key(self, article: Article) -> str:
        parts = [SCHEMA, self.setting, article.id, article.text, article.title, article.date, article.url,
                 article.source, [list(r) for r in article.skip], article.dateline_span]
        data = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / (key + SUFFIX)

    def get(self, key: str) -> ArticleResult | None:
        if not self.usable:
            return None
        header = MAGIC + b" " + key.encode("ascii") + b" "
        try:
            with self._path(key).open("rb") as handle:
                if handle.read(len(header)) != header:
                    return None  # another article's entry, or not an entry at all
                size = int(handle.readline(24))
                if not 0 < size <= MAX_ENTRY_BYTES:
                    return None
                data = handle.read(size + 1)
        except (OSError, ValueError):
            return None
        if len(data) != size:
            return None
        try:
            inflate = zlib.decompressobj()
            raw = inflate.decompress(data, MAX_ENTRY_BYTES)
            if inflate.unconsumed_tail:
                return None
            result = pickle.loads(raw)
        except Exception:  # truncated by a crash, or written by an incompatible kg: recompute
            return None
        return result if isinstance(result, ArticleResult) else None

    def put(self, key: str, result: ArticleResult) -> None:
        if not self.usable:
            return
        path = self._path(key)
        data = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        tmp = None
        try:
            path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(MAGIC + b" " + key.encode("ascii") + b" " + str(len(data)).encode("ascii") + b"\n")
                handle.write(data)
            os.replace(tmp, path)  # atomic: readers see the old entry, or none, or the new one
        except OSError as exc:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            if isinstance(exc, IsADirectoryError):
                return  # this one entry is in the way: the others can still be written
            self._give_up(exc)
        except BaseException:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise

    def through(self, articles: Iterable[Article],
                engine: Callable[[Iterable[Article]], Iterator[ArticleResult]]) -> Iterator[ArticleResult]:
        """Results in input order: cached ones from disk, the others from `engine`, then stored.

        The engine sees only the articles that are not cached, and is not started at all when
        every article is; memory holds at most a run of MAX_CACHED_RUN cached results.
        """
        source = iter(articles)
        while True:
            # No engine running: pass cached results on until an article needs extracting.
            first = None
            for article in source:
                key = self.key(article)
                hit = self._hit(article, key)
                if hit is None:
                    first = (article, key)
                    break
                yield hit
            if first is None:
                return
            pending: deque[tuple[Article, str, ArticleResult | None]] = deque([(first[0], first[1], None)])
            yield from self._segment(source, pending, engine)

    def _segment(self, source: Iterator[Article], pending: deque,
                 engine: Callable[[Iterable[Article]], Iterator[ArticleResult]]) -> Iterator[ArticleResult]:
        """One run of the engine, from a missing article until MAX_CACHED_RUN hits in a row."""

        def misses() -> Iterator[Article]:
            yield pending[0][0]
            run = 0
            for article in source:
                key = self.key(article)
                hit = self._hit(article, key)
                pending.append((article, key, hit))
                if hit is None:
                    run = 0
                    yield article
                else:
                    run += 1
                    if run >= MAX_CACHED_RUN:
                        return

        for result in engine(misses()):
            while pending[0][2] is not None:
                yield pending.popleft()[2]
            _, key, _ = pending.popleft()
            if result.error is None:  # a failure is not remembered: the next run tries again
                self.put(key, result)
            self.stats.misses += 1
            yield result
        while pending:
            yield pending.popleft()[2]

    def _hit(self, article: Article, key: str) -> ArticleResult | None:
        found = self.get(key)
        if found is None:
            return None
        self.stats.hits += 1
        # Where the article was read from is not part of the key: moving a corpus keeps its cache.
        return replace(found, article=article)
