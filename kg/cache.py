"""A per-article cache of extraction results, so that rebuilding a corpus parses only what changed.

An entry is keyed by a SHA-256 of the article (id, text, title, date, url, source and the ranges
marked as boilerplate: everything extraction reads) and of the setting it was made under: the
extractor's version (`kg.extract.EXTRACTOR_VERSION`), the spaCy pipeline's name and version and
spaCy's own, the lexicon's contents and the base IRI, and the fields of the result types. A
change to any of them is a miss, so a stale result is never used. An entry is the pickled
ArticleResult, compressed, in `DIR/<2 hex digits>/<key>.pickle.z`, written to a temporary file
and renamed into place, so a reader never sees half an entry; an entry that cannot be read is
treated as missing.

Entries are pickles: point `--cache` only at directories you own, as with any pickle.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import KgError
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
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"cannot create the cache directory {self.directory}: {exc.strerror or exc}") from None

    def key(self, article: Article) -> str:
        parts = [SCHEMA, self.setting, article.id, article.text, article.title, article.date, article.url,
                 article.source, [list(r) for r in article.skip]]
        data = json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / (key + SUFFIX)

    def get(self, key: str) -> ArticleResult | None:
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        try:
            result = pickle.loads(zlib.decompress(data))
        except Exception:  # truncated by a crash, or written by an incompatible kg: recompute
            return None
        return result if isinstance(result, ArticleResult) else None

    def put(self, key: str, result: ArticleResult) -> None:
        path = self._path(key)
        data = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key[:16]}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)  # atomic: readers see the old entry, or none, or the new one
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
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
