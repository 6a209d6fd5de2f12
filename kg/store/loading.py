"""Loading a graph into a store, then verifying that the store holds all of it.

A load sends the file's distinct triples graph by graph - the default graph first, then each
named graph of a TriG or N-Quads file, whose names it keeps (one graph per article) - in chunks,
in file order, so `skip=N` resumes an interrupted load (a store that loads in one transaction, as
the embedded one does, takes them all at once); then it counts how many of them the target holds
and fails unless it holds them all. Loads are idempotent: RDF graphs are sets.

With replace=True each named graph of the file replaces the graph of that name in the store: a
corrected or re-scraped article takes the place of what an earlier load stated for it (events,
sentences, the facts it states, its entities' mention counts), while the default graph - what
the articles share, entities' labels and kinds - is merged as in any load. The embedded store
does it all in one transaction; the Graph Store Protocol PUTs each graph; SPARQL Update sends
`DROP SILENT GRAPH` and `INSERT DATA` for a batch of graphs in one request.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
from tqdm import tqdm

from ..errors import InputError, StoreError
from ..ontology import ontology_path
from ..rdf import format_names, rdf_format, read_quads
from .backends import Backend


class LoadInterrupted(StoreError):
    """A chunk of a load failed; the triples before it were loaded."""

    def __init__(self, message: str, loaded: int):
        super().__init__(message)
        self.loaded = loaded  # triples of the sequence acknowledged by the store, counting skipped ones


Graphs = Mapping[str | None, Sequence[ox.Triple]]  # graph name (None: the default graph) -> its triples


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
    named_graphs: int = 0  # named graphs of a TriG or N-Quads file, loaded under their names
    replaced: bool = False  # those graphs replaced what the store held under their names

    def summary(self) -> str:
        skipped = f" (first {self.skipped:,} skipped as already loaded)" if self.skipped else ""
        if not self.named_graphs:
            where = f"graph <{self.graph}>" if self.graph else "default graph"
            return (f"Loaded {self.sent:,} triples{skipped} into {self.target}, {where}, in {self.seconds:.1f} s; "
                    f"verified: it holds all {self.present:,} of them, and {self.graph_size:,} triples in all.")
        how = "replaced" if self.replaced else "merged"
        graphs = f"{self.named_graphs:,} named graph{'s' if self.named_graphs != 1 else ''}"
        return (f"Loaded {self.sent:,} triples{skipped} into {self.target}, the default graph and "
                f"{graphs} ({how}), in {self.seconds:.1f} s; verified: it holds all "
                f"{self.present:,} of them, and {self.graph_size:,} triples in those graphs in all.")


def read_triples(path: str | Path) -> list[ox.Triple]:
    """The distinct triples of a graph file, in file order, its named graphs merged."""
    triples = dict.fromkeys(quad.triple for quad in read_quads(path))
    for triple in triples:
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            # A blank node is a new node at every load: it could be neither deduplicated nor verified.
            raise InputError(f"{path}: has blank nodes ({triple}); kg loads only graphs without them")
    return list(triples)


def read_graphs(path: str | Path) -> dict[str | None, list[ox.Triple]]:
    """The distinct triples of a graph file by graph (None: the default graph), in file order."""
    graphs: dict[str | None, dict[ox.Triple, None]] = {}
    for quad in read_quads(path):
        if isinstance(quad.graph_name, ox.BlankNode):
            raise InputError(f"{path}: has a graph named by a blank node; kg loads only graphs named by IRIs")
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, {})[quad.triple] = None
    for triple in (t for triples in graphs.values() for t in triples):
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            raise InputError(f"{path}: has blank nodes ({triple}); kg loads only graphs without them")
    return {name: list(triples) for name, triples in graphs.items()}


def holds_named_graphs(path: str | Path) -> bool:
    """Whether the file's format is one with named graphs (TriG, N-Quads), by its suffix."""
    return any(spec.quads and spec.suffix == Path(path).suffix for spec in map(rdf_format, format_names()))


def ontology_triples() -> list[ox.Triple]:
    """The diplomacy ontology: class labels and quad classes that queries can join against."""
    return [q.triple for q in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE)]


def load_triples(triples: Sequence[ox.Triple], backend: Backend, *, graph: str | None = None,
                 chunk_size: int | None = None, skip: int = 0, progress: bool | None = None) -> LoadReport:
    """Send triples[skip:] into one graph in chunks, then count how many of them the target holds."""
    return load_graphs({graph: triples}, backend, chunk_size=chunk_size, skip=skip, progress=progress)


def load_graphs(graphs: Graphs, backend: Backend, *, replace: bool = False, chunk_size: int | None = None,
                skip: int = 0, progress: bool | None = None) -> LoadReport:
    """Send the triples of each graph (the default graph first), skipping the first `skip` of the
    sequence, then count how many of them the target holds. With replace, each named graph
    replaces the store's graph of that name (the default graph is merged)."""
    started = time.perf_counter()
    names = sorted(graphs, key=lambda name: (name is not None, name or ""))
    graphs = {name: list(dict.fromkeys(graphs[name])) for name in names}
    sequence = [(name, triple) for name, triples in graphs.items() for triple in triples]
    named = [name for name in names if name is not None]
    if not callable(getattr(backend, "add", None)):
        raise StoreError(f"{backend.name}: answers queries only; it cannot be loaded into")
    for name in named:
        if not _valid_iri(name):
            raise StoreError(f"--graph {name!r} is not an absolute IRI")
    if skip < 0 or skip > len(sequence):
        raise StoreError(f"cannot skip {skip:,} triples: there are {len(sequence):,}")
    if replace and skip:
        raise StoreError("--replace sends every graph again (it is idempotent): leave out --skip")
    atomic = getattr(backend, "atomic", False)
    if replace and not callable(getattr(backend, "write" if atomic else "replace", None)):
        raise StoreError(f"{backend.name}: this store type cannot replace graphs")
    enabled = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(sequence), initial=skip, unit="triple", unit_scale=True, file=sys.stderr,
              disable=not enabled, leave=False, dynamic_ncols=True) as bar:
        if atomic:  # one transaction: all or nothing
            _send_at_once(sequence[skip:], backend, skip, replace=replace)
        elif replace:
            _send_replacing(graphs, backend, chunk_size or backend.default_chunk, bar)
        else:
            _send_in_chunks(sequence, backend, chunk_size or backend.default_chunk, skip, bar)
        bar.update(len(sequence) - bar.n)
        bar.set_postfix_str("verifying")
        present = size = 0
        for name, triples in graphs.items():
            held = backend.count_present(triples, name)
            size_of_graph = backend.graph_size(name)  # right after: the graph store's copy is still at hand
            if held != len(triples):
                raise _missing(backend, triples, name, held)
            if replace and name is not None and size_of_graph != len(triples):
                raise VerificationFailed(f"{backend.name}: graph <{name}> holds {size_of_graph:,} triples after "
                                         f"it was replaced by {len(triples):,}: the store kept what it held before")
            present += held
            size += size_of_graph
    single = len(names) <= 1  # one graph: the default one, or the one named by --graph
    return LoadReport(target=backend.name, graph=names[0] if single and names else None, sent=len(sequence),
                      skipped=skip, present=present, graph_size=size, seconds=time.perf_counter() - started,
                      named_graphs=0 if single else len(named), replaced=replace)


def _send_at_once(remaining: list, backend, skip: int, *, replace: bool) -> None:
    """The whole load in one call, one transaction where the store has `write` (the embedded one)."""
    parts = _by_graph(remaining)
    try:
        if callable(getattr(backend, "write", None)):
            backend.write(parts, replace=replace)
        else:
            for name, triples in parts.items():
                backend.add(triples, name)
    except StoreError as exc:
        raise LoadInterrupted(f"{exc}", skip) from None


def _send_in_chunks(sequence: list, backend, chunk: int, skip: int, bar) -> None:
    loaded = skip
    for start in range(skip, len(sequence), chunk):
        part = sequence[start:start + chunk]
        try:
            for name, triples in _by_graph(part).items():
                backend.add(triples, name)
        except StoreError as exc:
            if loaded == 0:
                raise LoadInterrupted(f"{exc}; nothing was loaded", 0) from None
            raise LoadInterrupted(
                f"{exc}; {loaded:,} of {len(sequence):,} triples were loaded before this chunk failed; "
                f"resume with --skip {loaded}", loaded) from None
        except KeyboardInterrupt:
            raise LoadInterrupted(f"interrupted; {loaded:,} of {len(sequence):,} triples were loaded "
                                  f"(the chunk being sent may be in part); resume with --skip {loaded}",
                                  loaded) from None
        loaded += len(part)
        bar.update(len(part))


def _send_replacing(graphs: dict[str | None, list[ox.Triple]], backend, chunk: int, bar) -> None:
    """The default graph merged in chunks, then the named graphs replaced, as many a request as
    fit in a chunk (at least one). A failure leaves some graphs replaced and others not: the same
    load again finishes it."""
    again = "; run the same load again to finish it (replacing is idempotent)"
    try:
        shared = graphs.get(None, [])
        for start in range(0, len(shared), chunk):
            backend.add(shared[start:start + chunk], None)
            bar.update(len(shared[start:start + chunk]))
        batch: dict[str, list[ox.Triple]] = {}
        for name, triples in graphs.items():
            if name is None:
                continue
            if batch and sum(map(len, batch.values())) + len(triples) > chunk:
                backend.replace(batch)
                bar.update(sum(map(len, batch.values())))
                batch = {}
            batch[name] = triples
        if batch:
            backend.replace(batch)
    except StoreError as exc:
        raise LoadInterrupted(f"{exc}{again}", 0) from None
    except KeyboardInterrupt:
        raise LoadInterrupted(f"interrupted{again}", 0) from None


def _by_graph(part: list) -> dict[str | None, list[ox.Triple]]:
    grouped: dict[str | None, list[ox.Triple]] = {}
    for name, triple in part:
        grouped.setdefault(name, []).append(triple)
    return grouped


def _missing(backend, triples: list[ox.Triple], graph: str | None, present: int) -> VerificationFailed:
    # An example of what is missing; a store that counts by query is asked about a few only.
    probe = triples if getattr(backend, "cheap_lookups", False) else triples[:100]
    missing = next((t for t in probe if backend.count_present([t], graph) == 0), None)
    example = f" (e.g. {_short(str(missing))})" if missing is not None else ""
    where = f", in graph <{graph}>" if graph else ""
    return VerificationFailed(f"{backend.name}: sent {len(triples):,} triples but it holds only "
                              f"{present:,} of them{example}{where}")


def load_file(path: str | Path, backend: Backend, *, ontology: bool = True, graph: str | None = None,
              chunk_size: int | None = None, skip: int = 0, progress: bool | None = None,
              replace: bool = False) -> LoadReport:
    """Load a graph file (any format kg writes), with the ontology unless ontology=False.

    A TriG or N-Quads file keeps its named graphs (one per article) unless `graph` names the one
    graph everything goes into; with `replace`, each of them replaces the store's graph of that name.
    """
    if replace and not holds_named_graphs(path):
        raise InputError(f"{path}: --replace needs one named graph per article; build with --format trig or "
                         "--format nquads and load that file")
    if replace and graph is not None:
        raise StoreError("--replace keeps each article in its own named graph: leave out --graph")
    if graph is not None:
        graphs: dict[str | None, list[ox.Triple]] = {graph: read_triples(path)}
    else:
        graphs = read_graphs(path)
    if ontology:
        graphs[graph] = [*graphs.get(graph, []), *ontology_triples()]
    return load_graphs(graphs, backend, replace=replace, chunk_size=chunk_size, skip=skip, progress=progress)


def _valid_iri(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return urlsplit(iri).scheme != ""


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
