"""The library's front door: text → Doc → triples → graph → RDF, one call per job.

    from kg.pipeline import ExtractOptions, extract, build
    for result in extract(["seeds/"]):
        for triple in result.triples:
            print(triple.to_json())
    report = build(["seeds/"], "out/")
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .cache import ArticleCache, CacheStats
from .engines import Task, extract_stream, in_processes, on_dask
from .errors import EngineError
from .extract import EXTRACTOR_VERSION
from .graph import GraphStats, add_result, new_graph, stats
from .inputs import ReadOptions, count_articles, read_articles
from .iris import DEFAULT_BASE_IRI
from .lexicon import load_lexicon
from .nlp import default_model, model_identity
from .progress import track
from .rdf import rdf_format, write_rdf
from .types import Article, ArticleResult

GRAPH_STEM = "graph"


@dataclass(frozen=True)
class ExtractOptions:
    model: str | None = None  # a spaCy pipeline name; None picks the default
    lexicons: tuple[str, ...] = ()  # user lexicon files
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 32
    jobs: int = 1  # local engine: worker processes (1: extract in this process)
    scheduler: str | None = None  # dask engine: address of the Dask scheduler


def _task(options: ExtractOptions) -> Task:
    return Task(model=options.model or default_model(), lexicon=load_lexicon(options.lexicons),
                base_iri=options.base_iri, batch_size=options.batch_size)


def local_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction on this machine: in this process, or in `options.jobs` worker processes."""
    if options.scheduler is not None:
        raise EngineError("--scheduler is for the dask engine (--engine dask)")
    if options.jobs > 1:
        model_identity(options.model)  # a missing model fails here, before workers start
        return in_processes(articles, _task(options), options.jobs)
    return extract_stream(articles, _task(options))


def dask_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction on a running Dask distributed cluster, at `options.scheduler`."""
    if not options.scheduler:
        raise EngineError("the dask engine needs the address of a scheduler (--scheduler ADDRESS)")
    if options.jobs != 1:
        raise EngineError("--jobs is for the local engine; a Dask cluster has as many as it has workers")
    return on_dask(articles, _task(options), options.scheduler)


# Engines turn articles into results; each yields results in input order.
ENGINES: dict[str, Callable[[Iterable[Article], ExtractOptions], Iterator[ArticleResult]]] = {
    "local": local_engine,
    "dask": dask_engine,
}


def cache_setting(options: ExtractOptions) -> str:
    """What extraction results depend on besides the article: the key of a cache's entries."""
    return " | ".join([f"extractor {EXTRACTOR_VERSION}", model_identity(options.model),
                       f"lexicon {load_lexicon(options.lexicons).fingerprint()}", options.base_iri])


def extract(inputs: Iterable[str], read: ReadOptions = ReadOptions(),
            options: ExtractOptions = ExtractOptions(), *, engine: str = "local",
            progress: bool | None = False, cache: str | Path | None = None,
            on_cache: Callable[[ArticleCache], None] | None = None) -> Iterator[ArticleResult]:
    """Results article by article, streaming: memory does not grow with the number of articles.

    With `cache` (a directory), results of articles extracted before under the same setting are
    read from it and only the others are extracted; `on_cache` receives the cache, whose
    `stats` count hits and misses as the results are consumed.
    """
    inputs = list(inputs)
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if options.jobs < 1:
        raise EngineError("--jobs must be at least 1")
    run = ENGINES[engine]
    lexicon = load_lexicon(options.lexicons)
    articles = read_articles(inputs, read, lexicon=lexicon)
    if cache is not None:
        store = ArticleCache(cache, cache_setting(options))
        if on_cache is not None:
            on_cache(store)
        results = store.through(articles, lambda misses: run(misses, options))
    else:
        results = run(articles, options)
    show = sys.stderr.isatty() if progress is None else progress
    total = count_articles(inputs, read) if show else None
    return track(results, enabled=show, total=total)


@dataclass
class BuildReport:
    stats: GraphStats
    files: list[Path] = field(default_factory=list)
    cache: CacheStats | None = None  # articles read from the cache and extracted, with a cache


def default_cache() -> Path:
    """Where `kg build` keeps its per-article cache unless told otherwise.

    $XDG_CACHE_HOME/kg/articles, that is ~/.cache/kg/articles by default: outside the output
    directory, which a failed build leaves untouched, and shared by every build of the user.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "articles"


def build(inputs: Iterable[str], out_dir: str | Path, read: ReadOptions = ReadOptions(),
          options: ExtractOptions = ExtractOptions(), *, formats: Iterable[str] = ("turtle",),
          min_confidence: float = 0.0, engine: str = "local",
          progress: bool | None = False, cache: str | Path | None = None) -> BuildReport:
    """Build the graph of the inputs and write it to out_dir as graph.<suffix>, one file a format.

    With `cache` (a directory; `default_cache()` is what the CLI uses), articles already
    extracted under the same setting are not parsed again.
    """
    specs = [rdf_format(f) for f in dict.fromkeys(formats)]  # unknown formats fail before any work
    graph = new_graph()
    stores: list[ArticleCache] = []
    for result in extract(inputs, read, options, engine=engine, progress=progress, cache=cache,
                          on_cache=stores.append):
        add_result(graph, result, min_confidence=min_confidence)
    out = Path(out_dir)
    files = [write_rdf(graph, out / f"{GRAPH_STEM}{spec.suffix}", spec.name, options.base_iri)
             for spec in specs]
    return BuildReport(stats=stats(graph), files=files, cache=stores[0].stats if stores else None)
