"""The library's front door: text → Doc → triples → graph → RDF, one call per job.

    from kg.pipeline import ExtractOptions, extract, build
    for result in extract(["seeds/"]):
        for triple in result.triples:
            print(triple.to_json())
    report = build(["seeds/"], "out/")
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .extract import extract_article
from .graph import GraphStats, add_result, new_graph, stats
from .errors import ExtractionFailed
from .inputs import ReadOptions, ReadReport, read_articles
from .iris import DEFAULT_BASE_IRI
from .lexicon import load_lexicon
from .nlp import load_model, parse
from .progress import track
from .rdf import graph_triples, rdf_format, write_rdf
from .types import Article, ArticleResult

if TYPE_CHECKING:
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


def local_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction in this process: one model, documents through nlp.pipe in batches."""
    nlp = load_model(options.model)
    lexicon = load_lexicon(options.lexicons)
    for article, doc in parse(nlp, articles, batch_size=options.batch_size):
        yield safe_extract(doc, article, lexicon=lexicon, base_iri=options.base_iri)


def safe_extract(doc, article: Article, *, lexicon, base_iri: str) -> ArticleResult:
    """extract_article, with a failure kept on the result instead of ending the whole run."""
    try:
        return extract_article(doc, article, lexicon=lexicon, base_iri=base_iri)
    except Exception as exc:  # a bug in a rule must cost one article, not a night's run
        where = article.origin or article.id
        return ArticleResult(article=article, sentences=0,
                             error=f"{where}: extraction failed ({type(exc).__name__}: {exc}); "
                                   "this is a bug in kg, please report it")


# Engines turn articles into results; each yields results in input order.
ENGINES: dict[str, Callable[[Iterable[Article], ExtractOptions], Iterator[ArticleResult]]] = {
    "local": local_engine,
}


def extract(inputs: Iterable[str], read: ReadOptions = ReadOptions(),
            options: ExtractOptions = ExtractOptions(), *, engine: str = "local",
            progress: bool | None = False, report: ReadReport | None = None,
            stdin: BinaryIO | None = None) -> Iterator[ArticleResult]:
    """Results article by article, streaming: memory does not grow with the number of articles.

    Bad input stops the run with InputError, or with `read.skip_bad` is listed in `report`.
    """
    report = report if report is not None else ReadReport()
    lexicon = load_lexicon(options.lexicons)
    articles = read_articles(list(inputs), read, lexicon=lexicon, report=report, stdin=stdin)
    return _checked(track(ENGINES[engine](articles, options), enabled=progress), read, report)


def _checked(results: Iterable[ArticleResult], read: ReadOptions, report: ReadReport) -> Iterator[ArticleResult]:
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
    read: ReadReport = field(default_factory=ReadReport)  # what was read, and skipped
    load: LoadReport | None = None  # what went into the store, when one was given


def build(inputs: Iterable[str], out_dir: str | Path, read: ReadOptions = ReadOptions(),
          options: ExtractOptions = ExtractOptions(), *, formats: Iterable[str] = ("turtle",),
          min_confidence: float = DEFAULT_MIN_CONFIDENCE, engine: str = "local",
          progress: bool | None = False, store: str | Path | None = None) -> BuildReport:
    """Build the graph of the inputs and write it to out_dir as graph.<suffix>, one file a format.

    With `store`, the graph (and the ontology) also goes into the embedded Oxigraph store there.
    """
    specs = [rdf_format(f) for f in dict.fromkeys(formats)]  # unknown formats fail before any work
    with contextlib.ExitStack() as stack:
        backend = None
        if store is not None:  # opened first: a store in use fails before any work
            from .store import connect, load_triples, ontology_triples

            backend = stack.enter_context(connect("oxigraph", store))
        graph = new_graph()
        read_report = ReadReport()
        for result in extract(inputs, read, options, engine=engine, progress=progress, report=read_report):
            add_result(graph, result, min_confidence=min_confidence)
        if read_report.skipped and not graph.graph["articles"]:
            raise ExtractionFailed(f"no article could be processed; {len(read_report.skipped)} skipped, "
                                   f"the first: {read_report.skipped[0]}")
        out = Path(out_dir)
        files = [write_rdf(graph, out / f"{GRAPH_STEM}{spec.suffix}", spec.name, options.base_iri)
                 for spec in specs]
        report = BuildReport(stats=stats(graph), files=files, read=read_report)
        if backend is not None:
            triples = [*graph_triples(graph, options.base_iri), *ontology_triples()]
            report.load = load_triples(triples, backend, progress=progress)
    return report
