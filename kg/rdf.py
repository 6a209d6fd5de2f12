"""The graph as RDF against the diplomacy ontology, written fast and deterministically.

Quads are built as pyoxigraph terms, sorted, and serialised by pyoxigraph (rdflib's own Turtle
writer is about 45 times slower on large graphs). The same graph always gives the same bytes.
Writers are registered by format name, so `--format` lists what is there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .errors import FormatError
from .fileio import atomic_writer
from .iris import article_iri, event_iri, relation_iri, sentence_iri
from .ontology import DCTERMS_IRI, DIP, DIP_IRI, PROV_IRI, entity_class, event_class
from .types import Article

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDFS_SUBPROPERTY = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subPropertyOf")
OWL_OBJECT_PROPERTY = ox.NamedNode("http://www.w3.org/2002/07/owl#ObjectProperty")
PROV_DERIVED = ox.NamedNode(PROV_IRI + "wasDerivedFrom")
DCT = {name: ox.NamedNode(DCTERMS_IRI + name) for name in ("identifier", "title", "issued", "source")}
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_DECIMAL = ox.NamedNode(XSD + "decimal")
XSD_INTEGER = ox.NamedNode(XSD + "integer")
XSD_BOOLEAN = ox.NamedNode(XSD + "boolean")
# Modalities under which a relation is not stated as a plain fact between two entities.
UNASSERTED = frozenset({"hypothetical", "possible"})

Quad = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal, ox.NamedNode | None]


@dataclass(frozen=True)
class RdfFormat:
    name: str
    suffix: str
    oxigraph: ox.RdfFormat
    quads: bool  # one named graph per article


RDF_FORMATS: dict[str, RdfFormat] = {}


def register_format(name: str, suffix: str, oxigraph: ox.RdfFormat, *, quads: bool = False) -> None:
    RDF_FORMATS[name] = RdfFormat(name, suffix, oxigraph, quads)


register_format("turtle", ".ttl", ox.RdfFormat.TURTLE)
register_format("ntriples", ".nt", ox.RdfFormat.N_TRIPLES)
register_format("jsonld", ".jsonld", ox.RdfFormat.JSON_LD)
register_format("trig", ".trig", ox.RdfFormat.TRIG, quads=True)
register_format("nquads", ".nq", ox.RdfFormat.N_QUADS, quads=True)


def rdf_format(name: str) -> RdfFormat:
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise FormatError(f"unknown RDF format {name!r}; choose from {', '.join(RDF_FORMATS)}") from None


def prefixes(base_iri: str) -> dict[str, str]:
    return {
        "dip": DIP_IRI, "prov": PROV_IRI, "dcterms": DCTERMS_IRI, "xsd": XSD,
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#",
        "state": base_iri + "state/", "person": base_iri + "person/", "org": base_iri + "organization/",
        "igo": base_iri + "igo/", "group": base_iri + "group/", "place": base_iri + "place/",
        "concept": base_iri + "concept/", "rel": base_iri + "relation/", "event": base_iri + "event/",
        "article": base_iri + "article/", "sentence": base_iri + "sentence/",
    }


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _s(value: str) -> ox.Literal:
    return ox.Literal(value)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def graph_quads(graph: nx.MultiDiGraph, base_iri: str) -> Iterator[Quad]:
    """Every statement of the graph; the fourth element names the article graph, or None."""
    articles: dict[str, Article] = graph.graph["articles"]
    for article in articles.values():
        yield from _article_quads(article, base_iri)
    for node_id, data in graph.nodes(data=True):
        yield from _entity_quads(node_id, data)
        for act in data["acts"]:
            yield from _event_quads(base_iri, node_id, None, act["lemma"], act["event_type"],
                                    act["negated"], act)
    declared: set[str] = set()
    for u, v, data in graph.edges(data=True):
        for ev in data["evidence"]:
            yield from _event_quads(base_iri, u, v, data["lemma"], data["event_type"], data["negated"], ev)
            if not data["negated"] and ev["modality"] not in UNASSERTED:
                prop = relation_iri(base_iri, data["lemma"])
                yield _n(u), _n(prop), _n(v), _n(article_iri(base_iri, ev["doc"]))
                if prop not in declared:
                    declared.add(prop)
                    yield _n(prop), RDF_TYPE, OWL_OBJECT_PROPERTY, None
                    yield _n(prop), RDFS_SUBPROPERTY, _n(DIP.relatedTo), None
                    yield _n(prop), RDFS_LABEL, _s(data["lemma"]), None


def _article_quads(article: Article, base_iri: str) -> Iterator[Quad]:
    node = _n(article_iri(base_iri, article.id))
    yield node, RDF_TYPE, _n(DIP.Article), node
    yield node, DCT["identifier"], _s(article.id), node
    if article.title:
        yield node, DCT["title"], _s(article.title), node
    if article.date:
        yield node, DCT["issued"], ox.Literal(article.date, datatype=XSD_DATE), node
    if article.source:
        yield node, DCT["source"], _s(article.source), node
    if article.url:
        yield node, _n(DIP.url), _s(article.url), node


def _entity_quads(node_id: str, data: dict) -> Iterator[Quad]:
    node = _n(node_id)
    yield node, RDF_TYPE, _n(entity_class(data["kind"])), None
    yield node, RDFS_LABEL, _s(data["label"]), None
    yield node, _n(DIP.mentionCount), _int(data["mentions"]), None
    for attr, prop in (("code", DIP.code), ("sector", DIP.sector), ("role", DIP.role)):
        if data.get(attr):
            yield node, _n(prop), _s(data[attr]), None
    if data.get("affiliation"):
        yield node, _n(DIP.affiliatedWith), _n(data["affiliation"]), None
    for alias in sorted(data["aliases"]):
        yield node, _n(DIP.alias), _s(alias), None


def _event_quads(base_iri: str, source: str, target: str | None, lemma: str, event_type: str | None,
                 negated: bool, ev: dict) -> Iterator[Quad]:
    article = _n(article_iri(base_iri, ev["doc"]))
    sentence = _n(sentence_iri(base_iri, ev["doc"], ev["sentence"]))
    event = _n(event_iri(base_iri, source, target, lemma, event_type, negated,
                         json.dumps(ev, sort_keys=True, ensure_ascii=False)))
    yield sentence, RDF_TYPE, _n(DIP.Sentence), article
    yield sentence, _n(DIP.inArticle), article, article
    yield sentence, PROV_DERIVED, article, article
    yield sentence, _n(DIP.sentenceIndex), _int(ev["sentence"]), article
    yield sentence, _n(DIP.startChar), _int(ev["span"][0]), article
    yield sentence, _n(DIP.endChar), _int(ev["span"][1]), article
    yield sentence, _n(DIP.text), _s(ev["text"]), article
    yield event, RDF_TYPE, _n(DIP.Event), article
    if event_type is not None:
        yield event, RDF_TYPE, _n(event_class(event_type)), article
    yield event, _n(DIP.source), _n(source), article
    if target is not None:
        yield event, _n(DIP.target), _n(target), article
    yield event, _n(DIP.relation), _s(ev["relation"]), article
    yield event, _n(DIP.relationLemma), _s(lemma), article
    yield event, _n(DIP.negated), ox.Literal("true" if negated else "false", datatype=XSD_BOOLEAN), article
    yield event, _n(DIP.modality), _s(ev["modality"]), article
    yield event, _n(DIP.confidence), ox.Literal(f"{ev['confidence']:.3f}", datatype=XSD_DECIMAL), article
    if ev["date"]:
        yield event, _n(DIP.date), ox.Literal(ev["date"], datatype=XSD_DATE), article
    if ev["attributed_to"]:
        yield event, _n(DIP.attributedTo), _n(ev["attributed_to"]), article
    for arg in ev["extra_args"]:
        yield event, _n(DIP.extraArgument), _s(arg), article
    yield event, PROV_DERIVED, sentence, article


def _sort_key(quad: Quad) -> tuple:
    s, p, o, g = quad
    return (str(g) if g is not None else "", str(s), p != RDF_TYPE, str(p), str(o))


def graph_triples(graph: nx.MultiDiGraph, base_iri: str) -> list[ox.Triple]:
    """The graph's distinct triples, article graphs merged, in the order the writers use."""
    triples = {(s, p, o) for s, p, o, _ in graph_quads(graph, base_iri)}
    return [ox.Triple(s, p, o) for s, p, o, _ in sorted(((s, p, o, None) for s, p, o in triples), key=_sort_key)]


def serialize(graph: nx.MultiDiGraph, fmt: str, base_iri: str) -> bytes:
    """The graph in one RDF format, as bytes; the same graph always gives the same bytes."""
    spec = rdf_format(fmt)
    quads = set(graph_quads(graph, base_iri))
    if spec.quads:
        # Descriptions of entities are shared across articles: they go in the default graph.
        terms = [ox.Quad(s, p, o, g if g is not None else ox.DefaultGraph())
                 for s, p, o, g in sorted(quads, key=_sort_key)]
    else:
        terms = graph_triples(graph, base_iri)
    return ox.serialize(terms, format=spec.oxigraph, prefixes=prefixes(base_iri))


def write_rdf(graph: nx.MultiDiGraph, path: str | Path, fmt: str, base_iri: str) -> Path:
    data = serialize(graph, fmt, base_iri)
    with atomic_writer(path) as handle:
        handle.write(data)
    return Path(path)

