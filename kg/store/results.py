"""SPARQL answers: running a query with kg's prefixes, and printing what comes back.

`query` lets a query use the prefixes kg writes (dip:, state:, event: … under the base IRI of the
graph) and the W3C ones (rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms:) without declaring them.
A SELECT or ASK answer is printed by a format of `kg.registry.result_formats` (table, csv, json,
or a plug-in's); CONSTRUCT and DESCRIBE answers are N-Triples whatever the format.
"""

from __future__ import annotations

import csv
import io
import json
import re
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
    rows: tuple[tuple[Term | None, ...], ...] = ()
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
# Result formats (kg.registry.result_formats): (QueryResult, base_iri) -> text
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


@registry.result_formats.register("table")
def format_table(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """Aligned columns for reading, IRIs written with the prefixes a query may use."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    # Longest namespace first, so that state: wins over a base IRI that contains it.
    names = dict(sorted(query_prefixes(base_iri).items(), key=lambda kv: -len(kv[1])))
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


@registry.result_formats.register("csv")
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
        elif term.datatype.value != str(XSD.string):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate), "object": _json_term(term.object)}}


@registry.result_formats.register("json")
def format_json(result: QueryResult, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """SPARQL 1.1 JSON results."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def format_ntriples(result: QueryResult) -> str:
    """A CONSTRUCT or DESCRIBE answer, its triples sorted."""
    return "\n".join(sorted(f"{t} ." for t in result.triples))


def format_result(result: QueryResult, fmt: str = "table", base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The answer as text in the result format named fmt (graph answers: N-Triples)."""
    formatter = registry.lookup(registry.result_formats, fmt, "result format", error=QueryError)
    if result.kind == "graph":
        return format_ntriples(result)
    return formatter(result, base_iri)
