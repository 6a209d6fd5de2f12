"""The library's front door: text → Doc → triples → graph → RDF, one call per job.

    from kg.pipeline import ExtractOptions, extract, build
    for result in extract(["seeds/"]):
        for triple in result.triples:
            print(triple.to_json())
    report = build(["seeds/"], "out/")
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from . import engines as _engines  # noqa: F401  (kg's engines register themselves on import)
from . import registry
from .cache import ArticleCache, CacheStats, code_digest
from .errors import EngineError, ExtractionFailed, InputError
from .fileio import OutputSet
from .graph import GraphStats, add_result, new_graph, stats
from .inputs import ReadOptions, ReadReport, count_articles, read_articles
from .iris import DEFAULT_BASE_IRI
from .language import warn_unless_english
from .lexicon import load_lexicon
from .nlp import model_identity
from .progress import track
from .rdf import article_graphs, rdf_format, write_rdf
from .types import ArticleResult

if TYPE_CHECKING:
    from .table import EventFilter
    from .store import LoadReport

GRAPH_STEM = "graph"
# Triples scored below this stay out of the graph (`kg build --min-confidence`).
DEFAULT_MIN_CONFIDENCE = 0.25


@dataclass(frozen=True)
class ExtractOptions:
    model: str | None = None  # a spaCy pipeline name; None picks the default
    lexicons: tuple[str, ...] = ()  # user lexicon files
    base_iri: str = DEFAULT_BASE_IRI
    batch_size: int = 32
    jobs: int = 1  # local engine: worker processes (1: extract in this process)
    scheduler: str | None = None  # dask engine: address of the Dask scheduler
    # local engine: a batch whose worker process died runs again in a new one (--skip-bad)
    retry_lost_batches: bool = False


def check_base_iri(base_iri: str) -> None:
    """A base IRI every minted IRI can extend, checked before any work (not after extraction)."""
    import pyoxigraph

    if not base_iri.endswith(("/", "#")):
        raise InputError(f"--base-iri {base_iri!r} must end with '/' or '#'")
    try:
        pyoxigraph.NamedNode(base_iri + "article/x")
    except ValueError as exc:
        raise InputError(f"--base-iri {base_iri!r} is not a valid IRI ({exc})") from None


def cache_setting(options: ExtractOptions) -> str:
    """What extraction results depend on besides the article: the key of a cache's entries."""
    return " | ".join([f"code {code_digest()}", model_identity(options.model),
                       f"lexicon {load_lexicon(options.lexicons).fingerprint()}", options.base_iri])


def extract(inputs: Iterable[str], read: ReadOptions = ReadOptions(),
            options: ExtractOptions = ExtractOptions(), *, engine: str = "local",
            progress: bool | None = False, cache: str | Path | None = None,
            on_cache: Callable[[ArticleCache], None] | None = None, report: ReadReport | None = None,
            stdin: BinaryIO | None = None) -> Iterator[ArticleResult]:
    """Results article by article, streaming: memory does not grow with the number of articles.

    With `cache` (a directory), results of articles extracted before under the same setting are
    read from it and only the others are extracted; `on_cache` receives the cache, whose
    `stats` count hits and misses as the results are consumed. Bad input stops the run with
    InputError, or with `read.skip_bad` is listed in `report`.
    """
    inputs = list(inputs)
    run = registry.lookup(registry.engines, engine, "engine", error=EngineError)
    check_base_iri(options.base_iri)
    if options.jobs < 1:
        raise EngineError("--jobs must be at least 1")
    report = report if report is not None else ReadReport()
    if read.skip_bad and not options.retry_lost_batches:
        options = replace(options, retry_lost_batches=True)
    lexicon = load_lexicon(options.lexicons)
    articles = warn_unless_english(read_articles(inputs, read, lexicon=lexicon, report=report, stdin=stdin))
    if cache is not None:
        store = ArticleCache(cache, cache_setting(options))
        if on_cache is not None:
            on_cache(store)
        results = store.through(articles, lambda misses: run(misses, options))
    else:
        results = run(articles, options)
    show = sys.stderr.isatty() if progress is None else progress
    total = count_articles(inputs, read) if show and "-" not in inputs else None
    return _checked(track(results, enabled=show, total=total), read, report)


def _checked(results: Iterable[ArticleResult], read: ReadOptions, report: ReadReport) -> Iterator[ArticleResult]:
    """Results whose extraction failed stop the run, or with --skip-bad are listed and left out."""
    for result in results:
        if result.error is None:
            yield result
        elif read.skip_bad:
            report.skipped.append(result.error)
            report.articles -= 1
        else:
            raise ExtractionFailed(result.error + "; --skip-bad skips such articles")


@dataclass
class BuildReport:
    stats: GraphStats
    files: list[Path] = field(default_factory=list)
    cache: CacheStats | None = None  # articles read from the cache and extracted, with a cache
    read: ReadReport = field(default_factory=ReadReport)  # what was read, and skipped
    load: LoadReport | None = None  # what went into the store, when one was given


def default_cache() -> Path:
    """Where `kg build` keeps its per-article cache unless told otherwise.

    $XDG_CACHE_HOME/kg/articles, that is ~/.cache/kg/articles by default: outside the output
    directory, which a failed build leaves untouched, and shared by every build of the user.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "articles"


def build(inputs: Iterable[str], out_dir: str | Path, read: ReadOptions = ReadOptions(),
          options: ExtractOptions = ExtractOptions(), *, formats: Iterable[str] = ("turtle",),
          min_confidence: float = DEFAULT_MIN_CONFIDENCE, engine: str = "local",
          progress: bool | None = False, cache: str | Path | None = None,
          store: str | Path | None = None) -> BuildReport:
    """Build the graph of the inputs and write it to out_dir as graph.<suffix>, one file a format.

    The files are written to a staging folder beside out_dir, which replaces out_dir in one step
    at the end (on Linux; elsewhere, or with the cache or store inside out_dir, the files are
    moved in one by one: kg.fileio.OutputSet), under a lock that a second build into out_dir
    finds at once.

    With `cache` (a directory; `default_cache()` is what the CLI uses), articles already
    extracted under the same setting are not parsed again. With `store`, the graph (and the
    ontology) also goes into the embedded Oxigraph store there, each article in its own named
    graph, which replaces what the store held for that article (a rebuild replaces, it does not
    add a second copy), in one transaction.
    """
    specs = [rdf_format(f) for f in dict.fromkeys(formats)]  # unknown formats fail before any work
    with contextlib.ExitStack() as stack:
        backend = None
        if store is not None:  # opened first: a store in use fails before any work
            from .store import connect, load_graphs, ontology_triples

            backend = stack.enter_context(connect("oxigraph", store))
        out = Path(out_dir)
        # Locked before any work, so that a second build into the same folder fails at once.
        # A cache or store inside out is not swapped with the folder (kg.fileio.OutputSet).
        output = stack.enter_context(OutputSet(out, live=[p for p in (cache, store) if p is not None]))
        graph = new_graph()
        caches: list[ArticleCache] = []
        read_report = ReadReport()
        for result in extract(inputs, read, options, engine=engine, progress=progress, cache=cache,
                              on_cache=caches.append, report=read_report):
            add_result(graph, result, min_confidence=min_confidence)
        if read_report.skipped and not graph.graph["articles"]:
            raise ExtractionFailed(f"no article could be processed; {len(read_report.skipped)} skipped, "
                                   f"the first: {read_report.skipped[0]}")
        for spec in specs:
            write_rdf(graph, output.staged(f"{GRAPH_STEM}{spec.suffix}"), spec.name, options.base_iri)
        files = [out / name for name in output.commit()]
        report = BuildReport(stats=stats(graph), files=files, cache=caches[0].stats if caches else None,
                             read=read_report)
        if backend is not None:
            graphs = article_graphs(graph, options.base_iri)
            graphs[None] = [*graphs.get(None, []), *ontology_triples()]
            report.load = load_graphs(graphs, backend, replace=True, progress=progress)
    return report


# Suffixes of the graph files `kg build` writes: inputs with one of them are graphs, not articles.
GRAPH_SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".jsonld")


def events(inputs: Iterable[str], read: ReadOptions = ReadOptions(), options: ExtractOptions = ExtractOptions(),
           *, flt: EventFilter | None = None, engine: str = "local", progress: bool | None = False,
           cache: str | Path | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """One row per typed event (kg.events.COLUMNS), from articles or from graph files kg built.

    Graph files are read as they are; articles are extracted and merged into a graph first, as
    `build` does (triples scored below `min_confidence` stay out), then read the same way.
    """
    from .table import EventFilter, check_filter, event_rows, graph_rows
    from .rdf import read_quads

    inputs = list(inputs)
    flt = check_filter(flt or EventFilter())  # an unknown event type fails before any work
    graphs = [i for i in inputs if Path(i).suffix.lower() in GRAPH_SUFFIXES]
    if graphs and len(graphs) < len(inputs):
        raise InputError(f"give either graph files or articles, not both ({graphs[0]} is a graph file)")
    if graphs:
        return event_rows((quad for path in graphs for quad in read_quads(path)), flt)
    graph = new_graph()
    for result in extract(inputs, read, options, engine=engine, progress=progress, cache=cache):
        add_result(graph, result, min_confidence=min_confidence)
    return graph_rows(graph, options.base_iri, flt)
