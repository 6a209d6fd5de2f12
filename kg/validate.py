"""Checking a graph file against the ontology's SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate
from rdflib.namespace import RDF, SH, XSD

from .ontology import ontology_path, shapes_path
from .rdf import read_quads


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    triples: int
    text: str  # pySHACL's full report
    summary: str  # one line per kind of violation, with a count and examples


@lru_cache(maxsize=1)
def _shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
    return (rdflib.Graph().parse(shapes_path(), format="turtle"),
            rdflib.Graph().parse(ontology_path(), format="turtle"))


def load_graph(path: str | Path) -> rdflib.Graph:
    """A graph file, all named graphs merged into one, as an rdflib graph."""
    graph = rdflib.Graph()
    for quad in read_quads(path):
        graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


def _term(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):
        return rdflib.Literal(term.value)  # rdflib keeps "x" and "x"^^xsd:string apart; RDF 1.1 does not
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def validate_graph(graph: rdflib.Graph) -> ValidationReport:
    shapes, ontology = _shapes()
    conforms, results, text = shacl_validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return ValidationReport(conforms=bool(conforms), triples=len(graph), text=text,
                            summary=_summarise(results))


def _summarise(results: rdflib.Graph, examples: int = 3) -> str:
    """Violations grouped by message: a report that fits on a screen however large the graph."""
    groups: dict[str, list[str]] = {}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = str(results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent))
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        focus = results.value(result, SH.focusNode)
        key = f"{message} [path {path.n3() if path is not None else '-'}]"
        groups.setdefault(key, []).append(f"{focus.n3()}" + (f" value {value.n3()}" if value is not None else ""))
    lines = []
    for key in sorted(groups):
        nodes = sorted(groups[key])
        lines.append(f"{len(nodes)} × {key}")
        lines.extend(f"    e.g. {n}" for n in nodes[:examples])
    return "\n".join(lines)


def validate_file(path: str | Path) -> ValidationReport:
    return validate_graph(load_graph(path))
