"""SPARQL answers: running a query with kg's prefixes, and printing what comes back.

`query` lets a query use the prefixes kg writes (dip:, state:, event: … under the base IRI of the
graph) and the W3C ones (rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms:) without declaring them.
A SELECT or ASK answer is printed by a format of `kg.registry.result_formats` (table, csv, json,
or a plug-in's); CONSTRUCT and DESCRIBE answers are N-Triples whatever the format.

A format is called as `(QueryResult, base_iri)` and returns the whole text, or an iterable of its
lines: kg's formats give lines as the rows arrive, so that `write_result` prints a SELECT answer
of any size in bounded memory (the table reads a first page only, to size its columns). Text from
the data never reaches a terminal raw: control characters in table and CSV cells, and in JSON
strings, are written as \\u escapes (`printable`).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .. import registry
from ..errors import QueryError
from ..iris import DEFAULT_BASE_IRI
from ..rdf import prefixes as graph_prefixes

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL answer: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    # A tuple, or for an answer streamed from the store an iterator that can be read once.
    rows: Iterable[tuple[Term | None, ...]] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()


def query_result(answer: ox.QueryBoolean | ox.QuerySolutions | ox.QueryTriples) -> QueryResult:
    """A QueryResult from what pyoxigraph gives (a store's answer, or a parsed SPARQL results document)."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        return QueryResult("select", variables, tuple(tuple(row) for row in answer))
    return QueryResult("graph", triples=tuple(answer))


class Queryable(Protocol):
    """Anything `kg query` can ask: every store, and a query-only SPARQL endpoint."""

    name: str  # where it is, for messages: never with credentials

    def query(self, sparql: str, prefixes: dict[str, str]) -> QueryResult: ...
    def close(self) -> None: ...


def query_prefixes(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes a query may use without declaring them: the W3C vocabularies, and kg's under base_iri."""
    w3c = {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS}
    return {name: str(namespace) for name, namespace in w3c.items()} | graph_prefixes(base_iri)


def query(backend: Queryable, sparql: str, prefixes: dict[str, str] | None = None, *,
          base_iri: str = DEFAULT_BASE_IRI) -> QueryResult:
    """Run a query; the prefixes (default: query_prefixes(base_iri)) need not be declared in it."""
    if not sparql.strip():
        raise QueryError("query: empty")
    return backend.query(sparql, query_prefixes(base_iri) if prefixes is None else prefixes)


def with_prefixes(sparql: str, names: dict[str, str]) -> str:
    """The query with PREFIX lines for the names it uses but does not declare (for HTTP endpoints)."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql)}
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in names.items()
             if name.lower() not in declared and re.search(rf"(?<![\w<#/.-]){re.escape(name)}:", sparql)]
    return "\n".join([*lines, sparql]) if lines else sparql


# --------------------------------------------------------------------------------------------
# Text that cannot hurt, and queries that stay on this machine
# --------------------------------------------------------------------------------------------

# What must not reach a terminal raw: C0 and C1 controls and DEL (escape sequences, the bell,
# NUL), and the bidirectional overrides and isolates that make text display in another order.
_HIDDEN = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNPRINTABLE = re.compile(f"[\x00-\x1f\x7f-\x9f{_HIDDEN}]")
_UNPRINTABLE_BUT_LINE_ENDS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_HIDDEN}]")


def printable(text: str, *, keep_line_ends: bool = False) -> str:
    r"""The text with control and bidi-override characters written as \u001b-style escapes.

    keep_line_ends keeps tab, CR and LF (CSV quotes them). A backslash already in the text is
    left as it is: the escapes are for reading, not for reading back.
    """
    pattern = _UNPRINTABLE_BUT_LINE_ENDS if keep_line_ends else _UNPRINTABLE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NOT_KEYWORDS = re.compile(r"""
      "{3}(?:[^\\]|\\.)*?"{3}          # long strings first: '' and "" would open short ones
    | '{3}(?:[^\\]|\\.)*?'{3}
    | "(?:[^"\\\n\r]|\\.)*"            # short strings
    | '(?:[^'\\\n\r]|\\.)*'
    | \#[^\n\r]*                       # comments
    | <[^<>"{}|^`\\\s]*>               # IRIs
""", re.VERBOSE | re.DOTALL)
_SERVICE = re.compile(r"(?<![\w:?$.\-])SERVICE(?![\w:.\-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    r"""Whether the query has a SERVICE clause, which makes a store send requests to other servers.

    A SPARQL processor reads \u escapes anywhere in a query before parsing it, so they are read
    here first; then strings, comments and IRIs are set aside, and the rest is searched for the
    keyword, not counting prefixed names or variables that contain the word (?service, ex:SERVICE).
    """
    def character(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 else match.group()

    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", _CODEPOINT.sub(character, sparql))))


# --------------------------------------------------------------------------------------------
# Result formats (kg.registry.result_formats): (QueryResult, base_iri) -> text, or lines of it
# --------------------------------------------------------------------------------------------

TABLE_PAGE = 1_000  # rows the table reads before it prints, to size its columns


def _compact(iri: str, names: dict[str, str]) -> str:
    for prefix, namespace in names.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _cell(term, names: dict[str, str], limit: int = 60) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return printable(_compact(term.value, names))
    if isinstance(term, ox.Literal):
        text = printable(" ".join(term.value.split()))
        return text if len(text) <= limit else text[: limit - 1] + "…"
    return printable(str(term))


def _rows_counted(rows: Iterable, count: list[int]) -> Iterator:
    for row in rows:
        count[0] += 1
        yield row


@registry.result_formats.register("table")
def format_table(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """Aligned columns for reading, IRIs written with the prefixes a query may use.

    Columns are as wide as the widest cell of the first TABLE_PAGE rows; a longer cell further
    down widens its line only.
    """
    if result.kind == "ask":
        yield "true" if result.boolean else "false"
        return
    # Longest namespace first, so that state: wins over a base IRI that contains it.
    names = dict(sorted(query_prefixes(base_iri).items(), key=lambda kv: -len(kv[1])))
    count = [0]
    cells = ([_cell(term, names) for term in row] for row in _rows_counted(result.rows, count))
    page = list(itertools.islice(cells, TABLE_PAGE))
    widths = [max([len(v), *(len(r[i]) for r in page)]) for i, v in enumerate(result.variables)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    yield line(result.variables)
    yield line(["-" * w for w in widths])
    for row in itertools.chain(page, cells):
        yield line(row)
    yield f"({count[0]:,} row{'s' if count[0] != 1 else ''})"


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return printable(term.value, keep_line_ends=True)
    return printable(str(term), keep_line_ends=True)


@registry.result_formats.register("csv")
def format_csv(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """SPARQL 1.1 CSV results: IRIs and literal values, plain (lines end in CRLF, as the standard says)."""
    if result.kind == "ask":
        yield "true" if result.boolean else "false"
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def record(values) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    lines = itertools.chain([record(result.variables)], (record([_plain(t) for t in row]) for row in result.rows))
    previous = next(lines)
    for text in lines:  # each record but the last keeps its CRLF; write_result ends the output
        yield previous[:-1]
        previous = text
    yield previous.removesuffix("\r\n")


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != str(XSD.string):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


_JSON = json.JSONEncoder(ensure_ascii=False)
# json escapes C0 controls only; DEL, C1 and the bidi controls are escaped here too (still valid JSON).
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_HIDDEN}]")


def _json(value) -> str:
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", _JSON.encode(value))


@registry.result_formats.register("json")
def format_json(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[str]:
    """SPARQL 1.1 JSON results, one binding a line."""
    if result.kind == "ask":
        yield _json({"head": {}, "boolean": bool(result.boolean)})
        return
    yield '{"head": ' + _json({"vars": list(result.variables)}) + ', "results": {"bindings": ['
    bindings = (_json({v: _json_term(t) for v, t in zip(result.variables, row) if t is not None})
                for row in result.rows)
    previous = next(bindings, None)
    for binding in bindings:
        yield previous + ","
        previous = binding
    if previous is not None:
        yield previous
    yield "]}}"


def format_ntriples(result: QueryResult) -> str:
    """A CONSTRUCT or DESCRIBE answer, its triples sorted (N-Triples escapes control characters)."""
    return "\n".join(sorted(f"{t} ." for t in result.triples))


def _formatter(fmt: str) -> Callable:
    return registry.lookup(registry.result_formats, fmt, "result format", error=QueryError)


def format_result(result: QueryResult, fmt: str = "table", base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The answer as text in the result format named fmt (graph answers: N-Triples)."""
    formatter = _formatter(fmt)
    if result.kind == "graph":
        return format_ntriples(result)
    text = formatter(result, base_iri)
    return text if isinstance(text, str) else "\n".join(text)


def write_result(result: QueryResult, write: Callable[[str], object], fmt: str = "table",
                 base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the answer line by line as its rows arrive, each line with its newline."""
    formatter = _formatter(fmt)
    if result.kind == "graph":
        write(format_ntriples(result) + "\n")
        return
    text = formatter(result, base_iri)
    for line in [text] if isinstance(text, str) else text:
        write(line + "\n")
