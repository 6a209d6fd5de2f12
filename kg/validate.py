"""Checking a graph file against the ontology's SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from .errors import InputError
from .ontology import ontology_path, shapes_path

# Suffix -> (rdflib format, pyoxigraph format) for the files kg writes and reads.
SUFFIX_FORMATS = {
    ".ttl": ("turtle", ox.RdfFormat.TURTLE),
    ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
    ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
    ".json": ("json-ld", ox.RdfFormat.JSON_LD),
    ".trig": ("trig", ox.RdfFormat.TRIG),
    ".nq": ("nquads", ox.RdfFormat.N_QUADS),
}


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


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


def read_quads(path: str | Path) -> list[ox.Quad]:
    """The statements of a graph file in any format kg writes, parsed with pyoxigraph."""
    path = Path(path)
    if path.suffix not in SUFFIX_FORMATS:
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r}; expected one of "
                         + ", ".join(SUFFIX_FORMATS))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return list(ox.parse(data, format=SUFFIX_FORMATS[path.suffix][1]))
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None


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
    if term.datatype.value == XSD_STRING:
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
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
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
