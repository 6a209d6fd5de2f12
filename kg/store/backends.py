"""The stores kg loads into and queries, registered by name in `kg.registry.stores`.

    oxigraph       an on-disk Oxigraph store opened in this process (pyoxigraph); no server
    gsp            any store speaking the SPARQL 1.1 Graph Store HTTP Protocol
    sparql-update  SPARQL 1.1 Update (INSERT DATA), for stores without the protocol
    sparql-query   a SPARQL query endpoint: it answers queries and takes no data

A store is a class called as `(location, **options)`; kg passes the options `read_only` (bool),
`http` (an HttpOptions) and `query_endpoint` (a URL or None), for a query also `query_timeout`
(seconds) and `allow_service` (bool), and a store ignores those it has no use for. A store may
set `notice` (a str or None): a warning the commands print, e.g. about an unfinished load. It
has the methods of `Backend` below; a plug-in package registers one under the entry-point group
`kg_stores`, and `kg load --backend NAME` reaches it.
"""

from __future__ import annotations

import json
import os
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from rdflib.namespace import XSD

from .. import registry
from ..errors import QueryError, StoreError
from .http import HttpClient, HttpOptions, check_url, redact
from .results import Queryable, QueryResult, printable, query_result, uses_service, with_prefixes

DEFAULT_STORE = "out/store"


class Backend(Queryable, Protocol):
    """A store kg can load into: add chunks, then count what it holds."""

    default_chunk: int  # triples a request when the user gives no --chunk-size
    # Optional: cheap_lookups = True when count_present on one triple is cheap (an example of what is missing).
    # Optional, for `kg load --replace`: replace(graphs), each named graph's content replaced by
    # its triples; or, in a store with atomic = True, write(graphs, replace=...), the whole load in
    # one transaction (graphs: {graph name or None for the default graph: triples}).

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None: ...
    def count_present(self, triples: Sequence[ox.Triple], graph: str | None) -> int: ...
    def graph_size(self, graph: str | None) -> int: ...


# --------------------------------------------------------------------------------------------
# Embedded: pyoxigraph in this process
# --------------------------------------------------------------------------------------------

@registry.stores.register("oxigraph")
class EmbeddedStore:
    """An on-disk Oxigraph store opened in this process (pyoxigraph).

    Queries run in a worker thread (pyoxigraph lets go of the GIL while it evaluates), so that
    this process keeps answering Ctrl-C, SIGTERM and the time limit however long the store
    computes; the rows come through a bounded queue as the store finds them. A query with a
    SERVICE clause is refused unless allow_service: the store would send requests to other servers
    (pyoxigraph 0.5 has no option to turn its SERVICE client off).

    A load is one transaction (`Store.load`: "either the full operation succeeds, or nothing is
    written"), so a reader sees all of it or none, and a load that is killed leaves the store as
    it was. While it runs, LOAD_MARKER in the store says so; a marker left behind (kill -9, power
    loss) is reported by `notice` until a load succeeds. The price: the load is held in memory.
    `kg load` of 200,000 triples peaked at 385 MB in 10.1 s, against 242 MB in 8.5 s with the
    chunked `Store.bulk_load` used before (/usr/bin/time, busy machine), which leaves a part of
    the data behind when it fails.
    """

    default_chunk = 100_000
    cheap_lookups = True
    atomic = True  # one add() for the whole load, one transaction

    def __init__(self, location: str | Path = DEFAULT_STORE, *, read_only: bool = False,
                 query_timeout: float | None = None, allow_service: bool = False, **_):
        path = Path(location)
        self.name, self.read_only, self.path = str(path), read_only, path
        self.query_timeout, self.allow_service = query_timeout, allow_service
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path}: exists and is not a directory")
        if read_only and not path.is_dir():
            raise StoreError(f"store {path}: no such store; load a graph into it first with `kg load`")
        try:
            if not read_only:
                path.mkdir(parents=True, exist_ok=True)
            self.store = _open_read_only(path) if read_only else ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"store {path}: in use by another process (a kg command or an "
                                 "Oxigraph server); stop it, or load through the server with --endpoint") from None
            raise StoreError(f"store {path}: cannot open: {str(exc).splitlines()[0]}") from None
        self.notice = self._unfinished_load()
        self._writing: _Background | None = None  # the load transaction running in a worker thread

    def _unfinished_load(self) -> str | None:
        """What the load marker says, if a load left one: a message for the user, or None."""
        marker = self.path / LOAD_MARKER
        try:
            facts = json.loads(marker.read_text(encoding="utf-8"))
            pid, started, size = int(facts["pid"]), str(facts["started"]), int(facts["triples"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            pid, started, size = 0, "at an unknown time", 0
        what = f"a load of {size:,} triples started {started}" if size else f"a load started {started}"
        if self.read_only and pid and _running(pid):
            return f"store {self.name}: {what} is still running (process {pid}); this query sees the store as before it"
        return (f"store {self.name}: {what} was interrupted and did not finish; a load is one transaction, "
                "so the store holds all of that load or none of it: load the graph again "
                "(loading again adds nothing twice)")

    @staticmethod
    def _graph(graph: str | None):
        return ox.NamedNode(graph) if graph else ox.DefaultGraph()

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None:
        """Add the triples in one transaction, in a worker thread that Ctrl-C need not wait for."""
        self.write({graph: triples})

    def write(self, graphs: Mapping[str | None, Sequence[ox.Triple]], *, replace: bool = False) -> None:
        """Add the triples of each graph (None: the default graph) in one transaction; with
        replace, each named graph first loses what it held, in that same transaction."""
        size = sum(map(len, graphs.values()))
        if replace:
            # One update request is one transaction (Store.update). INSERT DATA in SPARQL text
            # is slower to read than N-Quads, and only a replace needs it.
            drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(name)} ;\n" for name in graphs if name is not None)
            update = f"{drops}INSERT DATA {{\n{_graph_blocks(graphs)}\n}}"
            run = lambda: self.store.update(update)  # noqa: E731
        elif len(graphs) == 1:
            # Serialised and loaded in Rust: three times faster than building Quads in Python.
            (name, triples), = graphs.items()
            data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
            run = lambda: self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=self._graph(name))  # noqa: E731
        else:
            data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object, self._graph(name))
                                 for name, triples in graphs.items() for t in triples], format=ox.RdfFormat.N_QUADS)
            run = lambda: self.store.load(data, format=ox.RdfFormat.N_QUADS)  # noqa: E731
        marker = self.path / LOAD_MARKER
        try:
            _write_marker(marker, {"pid": os.getpid(), "triples": size,
                                   "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())})
        except OSError as exc:
            raise StoreError(f"store {self.name}: cannot write in it: {exc.strerror or exc}") from None
        try:
            # Ctrl-C or SIGTERM during the wait leaves the marker: the transaction may yet commit.
            self._writing = _Background(run)
            self._writing.result()
        except (OSError, SyntaxError) as exc:  # the transaction did not commit: the store is as it was
            marker.unlink(missing_ok=True)
            raise StoreError(f"store {self.name}: write failed, nothing was written: "
                             f"{printable(str(exc).splitlines()[0])}") from None
        try:
            self.store.flush()
            marker.unlink()
        except OSError as exc:
            raise StoreError(f"store {self.name}: write failed: {printable(str(exc).splitlines()[0])}") from None
        self.notice = None

    def count_present(self, triples: Sequence[ox.Triple], graph: str | None) -> int:
        g = self._graph(graph)
        return sum(ox.Quad(t.subject, t.predicate, t.object, g) in self.store for t in triples)

    def graph_size(self, graph: str | None) -> int:
        answer = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=self._graph(graph))
        return int(next(iter(answer))[0].value)

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        """The answer, its rows streamed; QueryError when the store works longer than query_timeout.

        The time limit counts the time the store works on the query, not the time it waits for
        its rows to be read (a reader paging through them at its own pace is not timed).
        """
        if not self.allow_service and uses_service(sparql):
            raise QueryError("query: has a SERVICE clause, which would send requests to another server; "
                             "kg query --store runs it only with --allow-service")
        # The default graph as the union of all graphs, as `oxigraph serve --union-default-graph`
        # answers: a query finds the events of every article graph without a GRAPH clause.
        stream = _AnswerStream(lambda: self.store.query(sparql, prefixes=prefixes or {},
                                                        use_default_graph_as_union=True), self.query_timeout)
        try:
            return stream.start()
        except SyntaxError as exc:
            raise QueryError(f"query: {printable(str(exc).splitlines()[0])}") from None
        except OSError as exc:
            raise StoreError(f"store {self.name}: query failed: {printable(str(exc).splitlines()[0])}") from None

    def close(self) -> None:
        if self._writing is not None and not self._writing.done:
            # An interrupted load: flushing would wait for its transaction. The process exit ends
            # it uncommitted or committed whole; the marker makes the next command say so.
            return
        if not self.read_only:
            self.store.flush()
        del self.store  # pyoxigraph releases the directory's lock when the Store is freed


def _open_read_only(path: Path, attempts: int = 5) -> ox.Store:
    """The store opened read-only, while a server may be writing it. A writer that replaces its
    RocksDB MANIFEST between our reading CURRENT and opening the file it names makes the open
    fail with "Corruption: ... MANIFEST-… No such file"; opening again reads the new one."""
    attempt = 1
    while True:
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as exc:
            if "MANIFEST" not in str(exc) or attempt == attempts:
                raise StoreError(f"store {path}: cannot open: {printable(str(exc).splitlines()[0])}") from None
            attempt += 1


LOAD_MARKER = "kg-load-unfinished.json"  # in the store directory while a load runs (RocksDB ignores it)


def _write_marker(path: Path, facts: dict) -> None:
    with open(path, "w", encoding="utf-8") as file:
        json.dump(facts, file)
        file.flush()
        os.fsync(file.fileno())


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_POLL = 0.1  # seconds the main thread waits at a time, so that signals are handled at once


class _Background:
    """A call run in a daemon thread; result() waits for it, in short slices that signals interrupt.

    If the caller gives up (Ctrl-C, a time limit), the thread is left to the process's exit.
    """

    def __init__(self, call: Callable[[], object]):
        self._done = threading.Event()
        self._value, self._error = None, None

        def run() -> None:
            try:
                self._value = call()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                self._error = exc
            finally:
                self._done.set()

        threading.Thread(target=run, name="kg-store", daemon=True).start()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def result(self):
        while not self._done.wait(_POLL):
            pass
        if self._error is not None:
            raise self._error
        return self._value


class _AnswerStream:
    """A pyoxigraph answer read by a daemon thread into a bounded queue, read out here as it comes."""

    QUEUE_ROWS = 1_000

    def __init__(self, run_query: Callable[[], object], timeout: float | None):
        self.run_query, self.timeout = run_query, timeout
        self.queue: queue.Queue = queue.Queue(maxsize=self.QUEUE_ROWS)
        self.abandoned = threading.Event()
        self.started = time.monotonic()
        self.blocked = 0.0  # seconds the worker waited for room in the queue (the rows were not read)

    def _produce(self) -> None:
        try:
            answer = self.run_query()
            if isinstance(answer, ox.QueryBoolean):
                self._put(("ask", bool(answer)))
            elif isinstance(answer, ox.QuerySolutions):
                self._put(("select", tuple(v.value for v in answer.variables)))
                for row in answer:
                    if not self._put(("row", tuple(row))):
                        return
            else:
                self._put(("graph", None))
                for triple in answer:
                    if not self._put(("row", triple)):
                        return
            self._put(("end", None))
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread
            self._put(("error", exc))

    def _put(self, item) -> bool:
        started = time.monotonic()
        try:
            while not self.abandoned.is_set():
                try:
                    self.queue.put(item, timeout=_POLL)
                    return True
                except queue.Full:
                    continue
            return False
        finally:
            self.blocked += time.monotonic() - started

    def _busy(self) -> float:
        """Seconds the store has worked on the query: all the time, but for waits on a full queue."""
        return time.monotonic() - self.started - self.blocked

    def _get(self):
        try:
            while True:
                left = None if self.timeout is None else self.timeout - self._busy()
                if left is not None and left <= 0:
                    self.abandoned.set()
                    raise QueryError(f"query: stopped after {self.timeout:g} s (--timeout): the store had not "
                                     "finished; narrow the query, or allow it more time with --timeout")
                try:
                    kind, value = self.queue.get(timeout=_POLL if left is None else min(_POLL, left))
                except queue.Empty:
                    continue
                if kind == "error":
                    raise value
                return kind, value
        except BaseException:
            self.abandoned.set()
            raise

    def _rows(self):
        try:
            while True:
                kind, value = self._get()
                if kind == "end":
                    return
                yield value
        finally:
            self.abandoned.set()

    def start(self) -> QueryResult:
        threading.Thread(target=self._produce, name="kg-query", daemon=True).start()
        kind, value = self._get()
        if kind == "ask":
            return QueryResult("ask", boolean=value)
        if kind == "select":
            return QueryResult("select", value, self._rows())
        return QueryResult("graph", triples=tuple(self._rows()))


# --------------------------------------------------------------------------------------------
# Over HTTP: the SPARQL 1.1 protocols
# --------------------------------------------------------------------------------------------

QUERY_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                "text/tab-separated-values;q=0.8, application/n-triples;q=0.7, text/turtle;q=0.6")
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


def _content_type(response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _join(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


class SparqlEndpoint:
    """Queries through the SPARQL 1.1 Protocol (POST, application/sparql-query)."""

    def __init__(self, url: str, http: HttpClient):
        check_url(url)
        self.url, self.http = url, http

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        sparql = with_prefixes(sparql, prefixes or {})
        # The form-encoded POST of the SPARQL 1.1 Protocol: every store takes it (Virtuoso 7 does
        # not answer a direct application/sparql-query POST).
        response = self.http.request("POST", self.url, data=urlencode({"query": sparql}).encode("ascii"),
                                     what="query", headers={
                                         "Content-Type": "application/x-www-form-urlencoded", "Accept": QUERY_ACCEPT})
        kind = _content_type(response)
        try:
            if kind in RESULT_TYPES:
                return query_result(ox.parse_query_results(response.content, format=RESULT_TYPES[kind]))
            if kind in GRAPH_TYPES:
                return QueryResult("graph", triples=tuple(q.triple for q in ox.parse(
                    response.content, format=GRAPH_TYPES[kind])))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{redact(self.url)}: unreadable answer ({kind}): {str(exc).splitlines()[0]}") from None
        raise StoreError(f"{redact(self.url)}: answered with {kind or 'no content type'}, "
                         "which is not a SPARQL result; is this the query endpoint?")

    def count(self, where: str) -> int:
        answer = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        try:
            return int(answer.rows[0][0].value)
        except (IndexError, AttributeError, TypeError, ValueError):
            raise StoreError(f"{redact(self.url)}: answered a COUNT query without a number") from None


@registry.stores.register("gsp")
class GraphStoreProtocol:
    """The SPARQL 1.1 Graph Store HTTP Protocol: POST each chunk to the graph (merge), GET to verify.

    Chunks are N-Triples sent as text/turtle (N-Triples is a subset of Turtle, which every store
    reads; no prefixed names, so no store can misread their escapes).
    """

    default_chunk = 50_000
    cheap_lookups = True  # the graph is fetched once and looked up locally

    def __init__(self, url: str, *, http: HttpOptions = HttpOptions(), query_endpoint: str | None = None, **_):
        check_url(url)
        self.url = url
        self.name = redact(url)
        self.http = HttpClient(http)
        self.sparql = SparqlEndpoint(query_endpoint, self.http) if query_endpoint else None
        self._fetched: tuple[str | None, set] | None = None

    def graph_url(self, graph: str | None) -> str:
        return _join(self.url, "default" if graph is None else "graph=" + quote(graph, safe=""))

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None:
        body = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
        self._fetched = None
        self.http.request("POST", self.graph_url(graph), data=body, what="load",
                          headers={"Content-Type": "text/turtle; charset=utf-8"})

    def replace(self, graphs: Mapping[str, Sequence[ox.Triple]]) -> None:
        """Each named graph replaced by its triples: one PUT a graph (the protocol's replace)."""
        self._fetched = None
        for name, triples in graphs.items():
            body = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
            self.http.request("PUT", self.graph_url(name), data=body, what="load",
                              headers={"Content-Type": "text/turtle; charset=utf-8"})

    def _graph_keys(self, graph: str | None) -> set:
        if self._fetched is None or self._fetched[0] != graph:
            response = self.http.request("GET", self.graph_url(graph), what="read-back", allow=(404,), headers={
                "Accept": "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"})
            if response.status_code == 404:  # the protocol's answer for a graph that does not exist
                self._fetched = (graph, set())
                return self._fetched[1]
            kind = _content_type(response)
            fmt = GRAPH_TYPES.get(kind, ox.RdfFormat.N_TRIPLES)
            try:
                keys = {value_key(q.triple) for q in ox.parse(response.content, format=fmt)}
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"{self.name}: unreadable graph ({kind}): {str(exc).splitlines()[0]}") from None
            self._fetched = (graph, keys)
        return self._fetched[1]

    def count_present(self, triples: Sequence[ox.Triple], graph: str | None) -> int:
        keys = self._graph_keys(graph)
        return sum(value_key(t) in keys for t in triples)

    def graph_size(self, graph: str | None) -> int:
        return len(self._graph_keys(graph))

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        if self.sparql is None:
            raise StoreError("querying needs the SPARQL query endpoint, not the graph store's")
        return self.sparql.query(sparql, prefixes)

    def close(self) -> None:
        self.http.close()


@registry.stores.register("sparql-update")
class SparqlUpdateStore:
    """SPARQL 1.1 Update: each chunk is one INSERT DATA; counts come from the query endpoint."""

    default_chunk = 5_000

    def __init__(self, url: str, *, http: HttpOptions = HttpOptions(), query_endpoint: str | None = None, **_):
        check_url(url)
        self.url = url
        self.name = redact(url)
        self.http = HttpClient(http)
        self.sparql = SparqlEndpoint(query_endpoint or url, self.http)
        try:
            self.sparql.query("ASK { }")  # before anything is written: can kg count what it loads?
        except StoreError as exc:
            hint = "" if query_endpoint else "; give the store's query endpoint with --query-endpoint"
            raise StoreError(f"{exc}{hint}") from None

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None:
        body = "\n".join(sparql_triple(t) for t in triples)
        if graph:
            body = f"GRAPH {ox.NamedNode(graph)} {{\n{body}\n}}"
        self.http.request("POST", self.url, data=urlencode({"update": f"INSERT DATA {{\n{body}\n}}"}).encode("ascii"),
                          what="update", headers={"Content-Type": "application/x-www-form-urlencoded"})

    def replace(self, graphs: Mapping[str, Sequence[ox.Triple]]) -> None:
        """The named graphs dropped and written again, in one request (one transaction in stores
        that run an update request as one, Oxigraph among them)."""
        drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(name)} ;\n" for name in graphs)
        update = f"{drops}INSERT DATA {{\n{_graph_blocks(graphs)}\n}}"
        self.http.request("POST", self.url, data=urlencode({"update": update}).encode("ascii"),
                          what="update", headers={"Content-Type": "application/x-www-form-urlencoded"})

    def count_present(self, triples: Sequence[ox.Triple], graph: str | None, batch: int = 2_000) -> int:
        """How many of the triples the graph holds, counted by the store in batches.

        VALUES joins are matched by the store's own term equality (so "0.720"^^xsd:decimal finds
        the 0.72 it keeps). Language-tagged literals go in UNIONs of constant patterns instead:
        Virtuoso 7 matches none of them in a VALUES block of more than one row.
        """
        def scoped(pattern: str) -> str:
            return f"GRAPH {ox.NamedNode(graph)} {{ {pattern} }}" if graph else pattern

        plain = [t for t in triples if not (isinstance(t.object, ox.Literal) and t.object.language)]
        tagged = [t for t in triples if isinstance(t.object, ox.Literal) and t.object.language]
        present = 0
        for start in range(0, len(plain), batch):
            rows = "\n".join(f"({_sparql_term(t.subject)} {_sparql_term(t.predicate)} {_sparql_term(t.object)})"
                             for t in plain[start:start + batch])
            present += self.sparql.count(scoped(f"VALUES (?s ?p ?o) {{\n{rows}\n}}\n?s ?p ?o"))
        for start in range(0, len(tagged), batch // 4):
            union = "\nUNION ".join(f"{{ {sparql_triple(t)} }}" for t in tagged[start:start + batch // 4])
            present += self.sparql.count(scoped(union))
        return present

    def graph_size(self, graph: str | None) -> int:
        return self.sparql.count(f"GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }}" if graph else "?s ?p ?o")

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        return self.sparql.query(sparql, prefixes)

    def close(self) -> None:
        self.http.close()


@registry.stores.register("sparql-query")
class QueryEndpoint:
    """A SPARQL query endpoint, for `kg query --endpoint`: it answers queries and takes no data."""

    def __init__(self, url: str, *, http: HttpOptions = HttpOptions(), **_):
        self.name = redact(url)
        self.http = HttpClient(http)
        self.sparql = SparqlEndpoint(url, self.http)

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        return self.sparql.query(sparql, prefixes)

    def close(self) -> None:
        self.http.close()


def _sparql_literal(literal: ox.Literal) -> str:
    """A literal as SPARQL text that reads back as the same literal, whatever it contains.

    pyoxigraph writes N-Triples (quotes, backslashes, newlines and controls escaped), which is
    SPARQL too. The one trap: SPARQL processors may expand \\u escapes before parsing, so a
    backslash followed by 'u' in the value is written with the 'u' escaped as well.
    """
    text = str(literal)
    if "\\" not in literal.value:
        return text
    out = []
    previous = ""
    for ch in literal.value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif (ch in "uU" and previous == "\\") or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
        previous = ch
    suffix = text[text.rindex('"') + 1:]  # @lang or ^^<datatype>, as pyoxigraph wrote it
    return '"' + "".join(out) + '"' + suffix


def _sparql_term(term) -> str:
    return _sparql_literal(term) if isinstance(term, ox.Literal) else str(term)


def sparql_triple(triple: ox.Triple) -> str:
    return f"{_sparql_term(triple.subject)} {_sparql_term(triple.predicate)} {_sparql_term(triple.object)} ."


def _graph_blocks(graphs: Mapping[str | None, Sequence[ox.Triple]]) -> str:
    """The body of an INSERT DATA: the default graph's triples, then a GRAPH block for each named one."""
    blocks = []
    for name, triples in graphs.items():
        body = "\n".join(sparql_triple(t) for t in triples)
        blocks.append(body if name is None else f"GRAPH {ox.NamedNode(name)} {{\n{body}\n}}")
    return "\n".join(blocks)


# Stores keep typed values, not lexical forms: Oxigraph and Virtuoso give "0.720"^^xsd:decimal
# back as "0.72". Read-back triples are compared by value for these datatypes.
_INTEGER_TYPES = ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                  "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                  "unsignedByte")
_VALUE_OF: dict[str, Callable[[str], object]] = {str(XSD[t]): Decimal for t in (*_INTEGER_TYPES, "decimal")}
_VALUE_OF.update({str(XSD.double): float, str(XSD.float): float,
                  str(XSD.boolean): lambda v: {"true": True, "1": True, "false": False, "0": False}[v.strip()]})


def value_key(triple: ox.Triple):
    """A triple as stores compare it: numbers and booleans by value, everything else by term."""
    obj = triple.object
    if isinstance(obj, ox.Literal) and obj.datatype.value in _VALUE_OF:
        try:
            return (triple.subject, triple.predicate, obj.datatype.value, _VALUE_OF[obj.datatype.value](obj.value))
        except (InvalidOperation, ValueError, KeyError):
            pass
    return triple


# --------------------------------------------------------------------------------------------
# Opening a store by name
# --------------------------------------------------------------------------------------------

class _Connection:
    def __init__(self, backend):
        self.backend = backend

    def __enter__(self):
        return self.backend

    def __exit__(self, *exc) -> None:
        self.backend.close()


def connect(kind: str, location: str | Path, **options) -> _Connection:
    """The store registered as `kind` (kg's or a plug-in's), as a context manager that closes it."""
    factory = registry.lookup(registry.stores, kind, "store type", error=StoreError)
    return _Connection(factory(location, **options))


def open_target(*, store: str | Path | None = None, endpoint: str | None = None,
                update_endpoint: str | None = None, query_endpoint: str | None = None,
                backend: str | None = None, http: HttpOptions = HttpOptions(),
                for_query: bool = False, allow_service: bool = False) -> _Connection:
    """The store the options name: at most one of store, endpoint, update_endpoint.

    `backend` names a registered store type, a plug-in's too, at the location given by whichever
    of store, endpoint, update_endpoint is given (default out/store). Without it, the option
    says the type: for loading, `endpoint` is a Graph Store Protocol URL; for querying
    (for_query=True) a SPARQL query endpoint. With none of them, the embedded store in out/store.
    A store opened for a query gets http.timeout as its `query_timeout` (seconds the query may
    keep kg waiting) and `allow_service` (whether the embedded store runs SERVICE clauses).
    """
    given = [name for name, value in (("--store", store), ("--endpoint", endpoint),
                                      ("--update-endpoint", update_endpoint)) if value]
    if len(given) > 1:
        raise StoreError(f"give one of {', '.join(given)}, not several")
    for url in (endpoint, update_endpoint, query_endpoint):
        if url:
            check_url(url)
    if backend is not None:
        location = store or endpoint or update_endpoint or DEFAULT_STORE
        limits = {"query_timeout": http.timeout, "allow_service": allow_service} if for_query else {}
        return connect(backend, location, read_only=for_query, http=http, query_endpoint=query_endpoint, **limits)
    if for_query:
        if endpoint:
            return connect("sparql-query", endpoint, http=http)
        if update_endpoint:
            raise StoreError("query with --endpoint QUERY_URL, not --update-endpoint")
        return connect("oxigraph", store or DEFAULT_STORE, read_only=True, query_timeout=http.timeout,
                       allow_service=allow_service)
    if endpoint:
        return connect("gsp", endpoint, http=http, query_endpoint=query_endpoint)
    if update_endpoint:
        return connect("sparql-update", update_endpoint, http=http, query_endpoint=query_endpoint)
    return connect("oxigraph", store or DEFAULT_STORE)
