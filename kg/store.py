"""Triple stores: load a graph into one, verify it arrived, query it with SPARQL.

    from kg.store import connect, load_file, query
    with connect("oxigraph", "out/store") as store:          # embedded, no server needed
        report = load_file("out/graph.ttl", store)
        rows = query(store, "SELECT ?s WHERE { ?s a <https://w3id.org/kg-diplomacy/ontology#State> }")

Backends are registered by name in STORES: `oxigraph` (an on-disk pyoxigraph store), `gsp` (any
store speaking the SPARQL 1.1 Graph Store HTTP Protocol) and `sparql-update` (SPARQL 1.1 Update
`INSERT DATA`, for stores without the protocol). A load sends the file's distinct triples in
chunks, in file order, so `skip=N` resumes an interrupted load; then it counts how many of them the
target holds and fails unless it holds them all. Loads are idempotent: RDF graphs are sets.
"""

from __future__ import annotations

import csv
import io
import json
import netrc
import os
import re
import socket
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, unquote, urlencode, urlsplit, urlunsplit

import pyoxigraph as ox
from tqdm import tqdm

from .errors import InputError, KgError
from .iris import DEFAULT_BASE_IRI
from .ontology import ontology_path
from .rdf import prefixes
from .validate import read_quads

DEFAULT_STORE = "out/store"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# Environment variables holding credentials for HTTP stores (else ~/.netrc, or $NETRC).
ENV_USER, ENV_PASSWORD, ENV_AUTH = "KG_STORE_USER", "KG_STORE_PASSWORD", "KG_STORE_AUTH"
# Answers worth trying again: the server or a proxy in front of it is busy or restarting.
TRANSIENT_STATUS = frozenset({502, 503, 504})


class StoreError(KgError):
    """A triple store cannot be reached, refused a request or answered with an error."""


class LoadInterrupted(StoreError):
    """A chunk of a load failed; the triples before it were loaded."""

    def __init__(self, message: str, loaded: int):
        super().__init__(message)
        self.loaded = loaded  # triples of the sequence acknowledged by the store, counting skipped ones


class VerificationFailed(StoreError):
    """After a load, the store does not hold every triple that was sent."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be read."""


# --------------------------------------------------------------------------------------------
# Reading what to load
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------

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


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()


def _result(answer) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        return QueryResult("select", variables, tuple(tuple(row) for row in answer))
    return QueryResult("graph", triples=tuple(answer))


# --------------------------------------------------------------------------------------------
# Backends
# --------------------------------------------------------------------------------------------

class Queryable(Protocol):
    name: str  # where it is, for messages: never with credentials

    def query(self, sparql: str, prefixes: dict[str, str]) -> QueryResult: ...
    def close(self) -> None: ...


class Backend(Queryable, Protocol):
    """A store kg can load into: add chunks, then count what it holds."""

    default_chunk: int

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None: ...
    def count_present(self, triples: Sequence[ox.Triple], graph: str | None) -> int: ...
    def graph_size(self, graph: str | None) -> int: ...


class EmbeddedStore:
    """An on-disk Oxigraph store opened in this process (pyoxigraph)."""

    default_chunk = 100_000
    cheap_lookups = True

    def __init__(self, location: str | Path = DEFAULT_STORE, *, read_only: bool = False, **_):
        path = Path(location)
        self.name, self.read_only = str(path), read_only
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path}: exists and is not a directory")
        if read_only and not path.is_dir():
            raise StoreError(f"store {path}: no such store; load a graph into it first with `kg load`")
        try:
            if not read_only:
                path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"store {path}: in use by another process (a kg command or an "
                                 "Oxigraph server); stop it, or load through the server with --endpoint") from None
            raise StoreError(f"store {path}: cannot open: {str(exc).splitlines()[0]}") from None

    @staticmethod
    def _graph(graph: str | None):
        return ox.NamedNode(graph) if graph else ox.DefaultGraph()

    def add(self, triples: Sequence[ox.Triple], graph: str | None) -> None:
        # Serialised and bulk-loaded in Rust: three times faster than building Quads in Python.
        data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
        try:
            self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=self._graph(graph))
        except OSError as exc:
            raise StoreError(f"store {self.name}: write failed: {str(exc).splitlines()[0]}") from None

    def count_present(self, triples: Sequence[ox.Triple], graph: str | None) -> int:
        g = self._graph(graph)
        return sum(ox.Quad(t.subject, t.predicate, t.object, g) in self.store for t in triples)

    def graph_size(self, graph: str | None) -> int:
        answer = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=self._graph(graph))
        return int(next(iter(answer))[0].value)

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        try:
            return _result(self.store.query(sparql, prefixes=prefixes or {}))
        except SyntaxError as exc:
            raise QueryError(f"query: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise StoreError(f"store {self.name}: query failed: {str(exc).splitlines()[0]}") from None

    def close(self) -> None:
        if not self.read_only:
            self.store.flush()
        del self.store  # pyoxigraph releases the directory's lock when the Store is freed


# --- HTTP ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HttpOptions:
    timeout: float = 60.0  # seconds to connect, and to wait for each answer
    retries: int = 3  # further attempts after a transient failure
    backoff: float = 0.5  # seconds before the first retry; doubled each time


def check_url(url: str) -> None:
    """StoreError unless url is an absolute http(s) URL with a host (and a valid port)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        shown = url if "@" not in url else "the URL given"
        raise StoreError(f"{shown}: not an http(s) URL")


def redact(url: str) -> str:
    """The URL without user name or password."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def credentials(url: str) -> tuple[str, str] | None:
    """User and password for a URL: from the URL, else KG_STORE_USER/KG_STORE_PASSWORD, else netrc."""
    parts = urlsplit(url)
    if parts.username:
        return unquote(parts.username), unquote(parts.password or "")
    if os.environ.get(ENV_USER):
        return os.environ[ENV_USER], os.environ.get(ENV_PASSWORD, "")
    file = os.environ.get("NETRC") or os.path.expanduser("~/.netrc")
    if not os.path.isfile(file):
        return None
    try:
        entry = netrc.netrc(file).authenticators(parts.hostname or "")
    except netrc.NetrcParseError as exc:
        raise StoreError(f"{file}: cannot parse it (line {exc.lineno})") from None
    except OSError as exc:
        raise StoreError(f"{file}: cannot read: {exc.strerror}") from None
    if entry is None:
        return None
    login, _, password = entry
    return login or "", password or ""


def _reason(exc: BaseException) -> str:
    """A short cause for a connection failure, found in the chain of wrapped exceptions."""
    seen, stack = set(), [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        if isinstance(e, ConnectionResetError):
            return "connection reset"
        if type(e).__name__ == "RemoteDisconnected":
            return "connection closed without an answer"
        if type(e).__name__ == "NameResolutionError" or isinstance(e, socket.gaierror):
            return "unknown host"
        if isinstance(e, OSError) and e.strerror:
            return e.strerror.lower()
        stack.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        stack.extend(x for x in (e.__cause__, e.__context__, getattr(e, "reason", None)) if isinstance(x, BaseException))
    return type(exc).__name__


def _transient(reason: str) -> bool:
    return reason in ("connection reset", "connection closed without an answer")


class HttpClient:
    """requests with bounded retries, basic or digest auth, and messages free of credentials."""

    def __init__(self, options: HttpOptions = HttpOptions()):
        import requests

        self.requests = requests
        self.options = options
        self.session = requests.Session()
        self._secret: str | None = None
        mode = os.environ.get(ENV_AUTH, "auto").lower()
        if mode not in ("auto", "basic", "digest"):
            raise StoreError(f"{ENV_AUTH} must be auto, basic or digest, not {mode!r}")

    def _auth_for(self, url: str, challenge: str):
        creds = credentials(url)
        if creds is None:
            return None
        user, password = creds
        self._secret = password or None
        mode = os.environ.get(ENV_AUTH, "auto").lower()
        if mode == "auto":
            mode = "digest" if "digest" in challenge.lower() else "basic"
        auth = self.requests.auth
        return auth.HTTPDigestAuth(user, password) if mode == "digest" else auth.HTTPBasicAuth(user, password)

    def scrub(self, text: str) -> str:
        """Belt and braces: messages are built without credentials, and the password is masked anyway."""
        if not self._secret:
            return text
        if len(self._secret) >= 6:
            return text.replace(self._secret, "***")
        return re.sub(rf"(?<![\w]){re.escape(self._secret)}(?![\w])", "***", text)

    def request(self, method: str, url: str, *, data: bytes | None = None,
                headers: dict[str, str] | None = None, what: str = "request", allow: tuple[int, ...] = ()):
        """The response to a request; StoreError on any failure, after retrying transient ones."""
        shown = redact(url)
        clean = shown
        opts = self.options
        if self.session.auth is None and os.environ.get(ENV_AUTH, "auto").lower() in ("basic", "digest"):
            self.session.auth = self._auth_for(url, "")
        attempt = 0
        while True:
            try:
                response = self.session.request(method, clean, data=data, headers=headers,
                                                timeout=(opts.timeout, opts.timeout))
            except self.requests.Timeout:
                raise StoreError(self.scrub(f"{shown}: no answer within {opts.timeout:g} s")) from None
            except self.requests.RequestException as exc:
                reason = _reason(exc)
                if _transient(reason) and attempt < opts.retries:
                    time.sleep(opts.backoff * 2 ** attempt)
                    attempt += 1
                    continue
                tries = f" (after {attempt + 1} attempts)" if attempt else ""
                raise StoreError(self.scrub(f"cannot reach {shown}: {reason}{tries}")) from None
            if response.status_code == 401 and self.session.auth is None:
                auth = self._auth_for(url, response.headers.get("WWW-Authenticate", ""))
                if auth is not None:
                    self.session.auth = auth
                    continue
            if response.status_code in TRANSIENT_STATUS and attempt < opts.retries:
                time.sleep(opts.backoff * 2 ** attempt)
                attempt += 1
                continue
            if response.status_code >= 400 and response.status_code not in allow:
                raise StoreError(self.scrub(self._http_error(shown, response, attempt, what)))
            return response

    @staticmethod
    def _http_error(shown: str, response, attempt: int, what: str) -> str:
        status = f"{response.status_code} {response.reason or ''}".strip()
        detail = _first_line(response.text)
        tries = f" (after {attempt + 1} attempts)" if attempt else ""
        hint = ""
        if response.status_code == 401:
            hint = f"; set {ENV_USER} and {ENV_PASSWORD}, or add the host to ~/.netrc"
        elif response.status_code == 403:
            hint = "; the credentials given are not allowed to do this"
        return f"{shown} answered {status} to the {what}{tries}" + (f": {detail}" if detail else "") + hint

    def close(self) -> None:
        self.session.close()


def _first_line(text: str, limit: int = 200) -> str:
    """The first meaningful line of an error body, HTML tags stripped."""
    text = re.sub(r"(?is)<(script|style|title|head)\b.*?</\1>", " ", text or "")
    text = re.sub(r"<[^>]+>", "\n", text)
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and not line.lower().startswith(("<!doctype", "http/1")):
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


def _join(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


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


class SparqlEndpoint:
    """Queries through the SPARQL 1.1 Protocol (POST, application/sparql-query)."""

    def __init__(self, url: str, http: HttpClient):
        self.url, self.http = url, http

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        sparql = _with_prefixes(sparql, prefixes or {})
        # The form-encoded POST of the SPARQL 1.1 Protocol: every store takes it (Virtuoso 7 does
        # not answer a direct application/sparql-query POST).
        response = self.http.request("POST", self.url, data=urlencode({"query": sparql}).encode("ascii"),
                                     what="query", headers={
                                         "Content-Type": "application/x-www-form-urlencoded", "Accept": QUERY_ACCEPT})
        kind = _content_type(response)
        try:
            if kind in RESULT_TYPES:
                return _result(ox.parse_query_results(response.content, format=RESULT_TYPES[kind]))
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


class GraphStoreProtocol:
    """The SPARQL 1.1 Graph Store HTTP Protocol: POST each chunk to the graph (merge), GET to verify.

    Chunks are N-Triples sent as text/turtle (N-Triples is a subset of Turtle, which every store
    reads; no prefixed names, so no store can misread their escapes).
    """

    default_chunk = 50_000
    cheap_lookups = True  # the graph is fetched once and looked up locally

    def __init__(self, url: str, *, http: HttpOptions = HttpOptions(), query_endpoint: str | None = None, **_):
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


class SparqlUpdateStore:
    """SPARQL 1.1 Update: each chunk is one INSERT DATA; counts come from the query endpoint."""

    default_chunk = 5_000

    def __init__(self, url: str, *, http: HttpOptions = HttpOptions(), query_endpoint: str | None = None, **_):
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


# Stores keep typed values, not lexical forms: Oxigraph and Virtuoso give "0.720"^^xsd:decimal
# back as "0.72". Read-back triples are compared by value for these datatypes.
_INTEGER_TYPES = ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                  "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                  "unsignedByte")
_VALUE_OF: dict[str, Callable[[str], object]] = {XSD + t: Decimal for t in (*_INTEGER_TYPES, "decimal")}
_VALUE_OF.update({XSD + "double": float, XSD + "float": float,
                  XSD + "boolean": lambda v: {"true": True, "1": True, "false": False, "0": False}[v.strip()]})


def value_key(triple: ox.Triple):
    """A triple as stores compare it: numbers and booleans by value, everything else by term."""
    obj = triple.object
    if isinstance(obj, ox.Literal) and obj.datatype.value in _VALUE_OF:
        try:
            return (triple.subject, triple.predicate, obj.datatype.value, _VALUE_OF[obj.datatype.value](obj.value))
        except (InvalidOperation, ValueError, KeyError):
            pass
    return triple


# Backends by name. A new store type is one registered class with the Backend methods.
STORES: dict[str, Callable[..., Queryable]] = {
    "oxigraph": EmbeddedStore,
    "gsp": GraphStoreProtocol,
    "sparql-update": SparqlUpdateStore,
    "sparql-query": QueryEndpoint,
}


class _Connection:
    def __init__(self, backend):
        self.backend = backend

    def __enter__(self):
        return self.backend

    def __exit__(self, *exc) -> None:
        self.backend.close()


def connect(kind: str, location: str | Path, **options) -> _Connection:
    """A backend from the registry, as a context manager that closes it."""
    try:
        factory = STORES[kind]
    except KeyError:
        raise StoreError(f"unknown store type {kind!r}; choose from {', '.join(STORES)}") from None
    return _Connection(factory(location, **options))


# --------------------------------------------------------------------------------------------
# Loading and querying
# --------------------------------------------------------------------------------------------

def load_triples(triples: Sequence[ox.Triple], backend: Backend, *, graph: str | None = None,
                 chunk_size: int | None = None, skip: int = 0, progress: bool | None = None) -> LoadReport:
    """Send triples[skip:] in chunks, then count how many of all the triples the target holds."""
    started = time.perf_counter()
    triples = list(dict.fromkeys(triples))
    if graph is not None and not _valid_iri(graph):
        raise StoreError(f"--graph {graph!r} is not an absolute IRI")
    chunk = chunk_size or backend.default_chunk
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
                if loaded == 0:
                    raise LoadInterrupted(f"{exc}; nothing was loaded", 0) from None
                raise LoadInterrupted(
                    f"{exc}; {loaded:,} of {len(triples):,} triples were loaded before this chunk failed; "
                    f"resume with --skip {loaded}", loaded) from None
            except KeyboardInterrupt:
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


# Prefixes a query may use without declaring them: kg's own, and rdf/rdfs/owl/xsd.
QUERY_PREFIXES = {"rdf": RDF, **prefixes(DEFAULT_BASE_IRI)}


def query(backend: Queryable, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
    """Run a query; prefixes (default QUERY_PREFIXES) need not be declared in it."""
    if not sparql.strip():
        raise QueryError("query: empty")
    return backend.query(sparql, QUERY_PREFIXES if prefixes is None else prefixes)


def _with_prefixes(sparql: str, names: dict[str, str]) -> str:
    """The query with PREFIX lines for the names it uses but does not declare (for HTTP endpoints)."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql)}
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in names.items()
             if name.lower() not in declared and re.search(rf"(?<![\w<#/.-]){re.escape(name)}:", sparql)]
    return "\n".join([*lines, sparql]) if lines else sparql


def _valid_iri(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return urlsplit(iri).scheme != ""


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Writing results
# --------------------------------------------------------------------------------------------

def _compact(iri: str, names: dict[str, str]) -> str:
    for prefix, namespace in names.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _cell(term, names: dict[str, str], limit: int = 60) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value, names)
    if isinstance(term, ox.Literal):
        text = " ".join(term.value.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"
    return str(term)


def format_table(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> str:
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    names = dict(sorted({"rdf": RDF, **prefixes(base_iri)}.items(), key=lambda kv: -len(kv[1])))
    cells = [[_cell(term, names) for term in row] for row in result.rows]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(result.variables)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(result.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells):,} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def format_csv(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """SPARQL 1.1 CSV results: IRIs and literal values, plain."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    writer.writerows([_plain(t) for t in row] for row in result.rows)
    return buffer.getvalue().rstrip("\r\n")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


def format_json(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """SPARQL 1.1 JSON results."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def format_ntriples(result: QueryResult) -> str:
    return "\n".join(sorted(f"{t} ." for t in result.triples))


# Output formats of `kg query`. CONSTRUCT and DESCRIBE answers are N-Triples in every format.
RESULT_FORMATS: dict[str, Callable[[QueryResult, str], str]] = {
    "table": format_table, "csv": format_csv, "json": format_json,
}


def format_result(result: QueryResult, fmt: str = "table", base_iri: str = DEFAULT_BASE_IRI) -> str:
    formatter = RESULT_FORMATS.get(fmt)
    if formatter is None:
        raise QueryError(f"unknown result format {fmt!r}; choose from {', '.join(RESULT_FORMATS)}")
    if result.kind == "graph":
        return format_ntriples(result)
    return formatter(result, base_iri)




def open_target(*, store: str | Path | None = None, endpoint: str | None = None,
                update_endpoint: str | None = None, query_endpoint: str | None = None,
                http: HttpOptions = HttpOptions(), for_query: bool = False) -> _Connection:
    """The backend the options name: at most one of store, endpoint, update_endpoint.

    For loading, `endpoint` is a Graph Store Protocol URL; for querying (for_query=True) it is a
    SPARQL query endpoint. With none of them, the embedded store in out/store.
    """
    given = [name for name, value in (("--store", store), ("--endpoint", endpoint),
                                      ("--update-endpoint", update_endpoint)) if value]
    if len(given) > 1:
        raise StoreError(f"give one of {', '.join(given)}, not several")
    for url in (endpoint, update_endpoint, query_endpoint):
        if url:
            check_url(url)
    if for_query:
        if endpoint:
            return connect("sparql-query", endpoint, http=http)
        if update_endpoint:
            raise StoreError("query with --endpoint QUERY_URL, not --update-endpoint")
        return connect("oxigraph", store or DEFAULT_STORE, read_only=True)
    if endpoint:
        return connect("gsp", endpoint, http=http, query_endpoint=query_endpoint)
    if update_endpoint:
        return connect("sparql-update", update_endpoint, http=http, query_endpoint=query_endpoint)
    return connect("oxigraph", store or DEFAULT_STORE)
