"""The Python API: the library's front door for scripts and notebooks (docs/api.md).

    import kg
    triples = kg.extract_text("Russia vetoed the draft resolution.", date="2014-03-15")
    report = kg.build(["seeds/"], "out/")
    table = kg.events(["out/graph.ttl"])  # a pandas DataFrame where pandas is installed
    kg.load("out/graph.ttl", store="out/store")
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .inputs import ReadOptions, parse_date, with_dateline
from .pipeline import BuildReport, ExtractOptions, build, extract
from .types import Article, Triple

__all__ = ["extract_text", "extract", "build", "events", "load", "ExtractOptions", "ReadOptions", "BuildReport"]


def extract_text(text: str, date: str | None = None, *, options: ExtractOptions = ExtractOptions()) -> list[Triple]:
    """The triples of one text, every line of it read (no line is taken for a headline)."""
    from .engines import extract_stream, task_of

    article = with_dateline(Article(id="text", text=text, date=parse_date(date, "date") if date else None,
                                    origin="text"))
    triples: list[Triple] = []
    for result in extract_stream([article], task_of(options)):
        if result.error:
            from .errors import ExtractionFailed

            raise ExtractionFailed(result.error)
        triples.extend(result.triples)
    return triples


def events(inputs: Iterable[str | Path], *, event_types: Iterable[str] = (), min_confidence: float | None = None,
           actors_only: bool = False, read: ReadOptions = ReadOptions(),
           options: ExtractOptions = ExtractOptions()) -> Any:
    """The event table (kg.events.COLUMNS) of articles or graph files: a pandas DataFrame where
    pandas is installed, else a list of dicts."""
    from .table import COLUMNS, EventFilter
    from .pipeline import DEFAULT_MIN_CONFIDENCE, events as run_events

    threshold = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    rows = run_events([str(i) for i in inputs], read, options,
                      flt=EventFilter(tuple(event_types), threshold, actors_only), min_confidence=threshold)
    try:
        import pandas as pd
    except ImportError:
        return rows
    return pd.DataFrame(rows, columns=list(COLUMNS))


def load(graph_file: str | Path, *, store: str | Path | None = None, endpoint: str | None = None,
         update_endpoint: str | None = None, ontology: bool = True):
    """Load a graph file into the embedded store (default out/store) or a SPARQL 1.1 store."""
    from .store import load_file, open_target

    with open_target(store=store, endpoint=endpoint, update_endpoint=update_endpoint) as backend:
        return load_file(graph_file, backend, ontology=ontology, progress=False)
