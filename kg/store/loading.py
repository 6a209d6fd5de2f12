"""Loading a graph into a store, then verifying that the store holds all of it.

A load sends the file's distinct triples in chunks, in file order, so `skip=N` resumes an
interrupted load (a store that loads in one transaction, as the embedded one does, takes them all
in one chunk); then it counts how many of them the target holds and fails unless it holds them
all. Loads are idempotent: RDF graphs are sets.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
from tqdm import tqdm

from ..errors import InputError, StoreError
from ..ontology import ontology_path
from ..rdf import read_quads
from .backends import Backend


class LoadInterrupted(StoreError):
    """A chunk of a load failed; the triples before it were loaded."""

    def __init__(self, message: str, loaded: int):
        super().__init__(message)
        self.loaded = loaded  # triples of the sequence acknowledged by the store, counting skipped ones


class VerificationFailed(StoreError):
    """After a load, the store does not hold every triple that was sent."""


@dataclass(frozen=True)
class LoadReport:
    target: str  # where it went, without credentials
    graph: str | None  # the named graph, or None for the default graph
    sent: int  # distinct triples in the sequence (file, plus ontology unless left out)
    skipped: int  # leading triples not sent this time (a resumed load)
    present: int  # how many of the `sent` triples the target holds after the load
    graph_size: int  # triples the target graph holds in all
    seconds: float

    def summary(self) -> str:
        where = f"graph <{self.graph}>" if self.graph else "default graph"
        skipped = f" (first {self.skipped:,} skipped as already loaded)" if self.skipped else ""
        return (f"Loaded {self.sent:,} triples{skipped} into {self.target}, {where}, in {self.seconds:.1f} s; "
                f"verified: it holds all {self.present:,} of them, and {self.graph_size:,} triples in all.")


def read_triples(path: str | Path) -> list[ox.Triple]:
    """The distinct triples of a graph file, in file order, its named graphs merged."""
    triples = dict.fromkeys(quad.triple for quad in read_quads(path))
    for triple in triples:
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            # A blank node is a new node at every load: it could be neither deduplicated nor verified.
            raise InputError(f"{path}: has blank nodes ({triple}); kg loads only graphs without them")
    return list(triples)


def ontology_triples() -> list[ox.Triple]:
    """The diplomacy ontology: class labels and quad classes that queries can join against."""
    return [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]


def load_triples(triples: Sequence[ox.Triple], backend: Backend, *, graph: str | None = None,
                 chunk_size: int | None = None, skip: int = 0, progress: bool | None = None) -> LoadReport:
    """Send triples[skip:] in chunks, then count how many of all the triples the target holds."""
    started = time.perf_counter()
    triples = list(dict.fromkeys(triples))
    if not callable(getattr(backend, "add", None)):
        raise StoreError(f"{backend.name}: answers queries only; it cannot be loaded into")
    if graph is not None and not _valid_iri(graph):
        raise StoreError(f"--graph {graph!r} is not an absolute IRI")
    # A store that loads in one transaction (atomic) gets everything in one add(), whatever the chunk size.
    atomic = getattr(backend, "atomic", False)
    chunk = max(len(triples) - skip, 1) if atomic else chunk_size or backend.default_chunk
    if skip < 0 or skip > len(triples):
        raise StoreError(f"cannot skip {skip:,} triples: there are {len(triples):,}")
    loaded = skip
    enabled = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(triples), initial=skip, unit="triple", unit_scale=True, file=sys.stderr,
              disable=not enabled, leave=False, dynamic_ncols=True) as bar:
        for start in range(skip, len(triples), chunk):
            part = triples[start:start + chunk]
            try:
                backend.add(part, graph)
            except StoreError as exc:
                if atomic:
                    raise LoadInterrupted(f"{exc}", loaded) from None
                if loaded == 0:
                    raise LoadInterrupted(f"{exc}; nothing was loaded", 0) from None
                raise LoadInterrupted(
                    f"{exc}; {loaded:,} of {len(triples):,} triples were loaded before this chunk failed; "
                    f"resume with --skip {loaded}", loaded) from None
            except KeyboardInterrupt:
                if atomic:
                    raise  # the store tells what it holds the next time it is opened (its notice)
                raise LoadInterrupted(f"interrupted; {loaded:,} of {len(triples):,} triples were loaded "
                                      f"(the chunk being sent may be in part); resume with --skip {loaded}",
                                      loaded) from None
            loaded += len(part)
            bar.update(len(part))
        bar.set_postfix_str("verifying")
        present = backend.count_present(triples, graph)
    if present != len(triples):
        # An example of what is missing; a store that counts by query is asked about a few only.
        probe = triples if getattr(backend, "cheap_lookups", False) else triples[:100]
        missing = next((t for t in probe if backend.count_present([t], graph) == 0), None)
        example = f" (e.g. {_short(str(missing))})" if missing is not None else ""
        raise VerificationFailed(f"{backend.name}: sent {len(triples):,} triples but it holds only "
                                 f"{present:,} of them{example}")
    return LoadReport(target=backend.name, graph=graph, sent=len(triples), skipped=skip, present=present,
                      graph_size=backend.graph_size(graph), seconds=time.perf_counter() - started)


def load_file(path: str | Path, backend: Backend, *, ontology: bool = True, graph: str | None = None,
              chunk_size: int | None = None, skip: int = 0, progress: bool | None = None) -> LoadReport:
    """Load a graph file (any format kg writes), with the ontology unless ontology=False."""
    triples = read_triples(path)
    if ontology:
        triples += ontology_triples()
    return load_triples(triples, backend, graph=graph, chunk_size=chunk_size, skip=skip, progress=progress)


def _valid_iri(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return urlsplit(iri).scheme != ""


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
