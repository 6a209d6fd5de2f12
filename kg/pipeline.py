"""The library's front door: text → Doc → triples → graph → RDF, one call per job.

    from kg.pipeline import ExtractOptions, extract, build
    for result in extract(["seeds/"]):
        for triple in result.triples:
            print(triple.to_json())
    report = build(["seeds/"], "out/")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_article
from .graph import GraphStats, add_result, new_graph, stats
from .inputs import ReadOptions, read_articles
from .iris import DEFAULT_BASE_IRI
from .lexicon import load_lexicon
from .nlp import load_model, parse
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


def local_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction in this process: one model, documents through nlp.pipe in batches."""
    nlp = load_model(options.model)
    lexicon = load_lexicon(options.lexicons)
    for article, doc in parse(nlp, articles, batch_size=options.batch_size):
        yield extract_article(doc, article, lexicon=lexicon, base_iri=options.base_iri)


# Engines turn articles into results; each yields results in input order.
ENGINES: dict[str, Callable[[Iterable[Article], ExtractOptions], Iterator[ArticleResult]]] = {
    "local": local_engine,
}


def extract(inputs: Iterable[str], read: ReadOptions = ReadOptions(),
            options: ExtractOptions = ExtractOptions(), *, engine: str = "local",
            progress: bool | None = False) -> Iterator[ArticleResult]:
    """Results article by article, streaming: memory does not grow with the number of articles."""
    lexicon = load_lexicon(options.lexicons)
    articles = read_articles(list(inputs), read, lexicon=lexicon)
    return track(ENGINES[engine](articles, options), enabled=progress)


@dataclass
class BuildReport:
    stats: GraphStats
    files: list[Path] = field(default_factory=list)


def build(inputs: Iterable[str], out_dir: str | Path, read: ReadOptions = ReadOptions(),
          options: ExtractOptions = ExtractOptions(), *, formats: Iterable[str] = ("turtle",),
          min_confidence: float = 0.0, engine: str = "local",
          progress: bool | None = False) -> BuildReport:
    """Build the graph of the inputs and write it to out_dir as graph.<suffix>, one file a format."""
    specs = [rdf_format(f) for f in dict.fromkeys(formats)]  # unknown formats fail before any work
    graph = new_graph()
    for result in extract(inputs, read, options, engine=engine, progress=progress):
        add_result(graph, result, min_confidence=min_confidence)
    out = Path(out_dir)
    files = [write_rdf(graph, out / f"{GRAPH_STEM}{spec.suffix}", spec.name, options.base_iri)
             for spec in specs]
    return BuildReport(stats=stats(graph), files=files)
