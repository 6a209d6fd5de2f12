"""Reading a graph that `kg build` wrote back from its RDF into a networkx graph to draw.

The RDF is the interface: viz reads what any kg graph file says (entities, and the event nodes
that reify each extracted triple), not kg's in-memory graph, so it draws graphs built earlier,
elsewhere or by a later engine. Nodes are entities; one edge stands for all events of one
(source, relation lemma, event type, negated, fact or claim, target), with their count, first and
last date and evidence sentences. An event is a claim when its `dip:modality` is not asserted
(intended, future, reported, denied, …): claims and facts are never one edge. The event type
of a class and its PLOVER quad class are read from the ontology file, where they are annotated
(`skos:notation`, `dip:quadClass`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from ..errors import InputError
from ..graph import relation_key
from .style import FACT_MODALITY
from ..ontology import DIP, entity_class, ontology_path
from ..rdf import readable_suffixes
from ..types import ENTITY_KINDS

RDF_TYPE = str(RDF.type)
RDFS_LABEL = str(RDFS.label)
SKOS_NOTATION = str(SKOS.notation)
PROV_DERIVED = str(PROV.wasDerivedFrom)
DCT_IDENTIFIER = str(DCTERMS.identifier)
# The files `kg build` writes into its output directory, in the order they are looked for.
GRAPH_FILES = ("graph.ttl", "graph.trig", "graph.nt", "graph.nq", "graph.jsonld")
QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass(frozen=True)
class Vocabulary:
    """What the ontology says about classes: entity kinds, event types and their quad classes."""

    kinds: dict[str, str]  # class IRI -> entity kind ("State", …)
    event_types: dict[str, str]  # class IRI -> event type ("REJECT", "STATEMENT", …)
    quad_classes: dict[str, str]  # event type -> quad class ("verbal conflict", …)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    event_types: dict[str, str] = {}
    quads: dict[str, str] = {}
    for triple in ox.parse(path=ontology_path(), format=ox.RdfFormat.TURTLE):
        if triple.predicate.value == SKOS_NOTATION:
            event_types[triple.subject.value] = triple.object.value
        elif triple.predicate.value == str(DIP.quadClass):
            quads[triple.subject.value] = triple.object.value
    return Vocabulary(
        kinds={str(entity_class(kind)): kind for kind in ENTITY_KINDS},
        event_types=event_types,
        quad_classes={event_types[cls]: quad for cls, quad in quads.items()},
    )


def event_type_names() -> tuple[str, ...]:
    """Every event type the ontology defines, in its order."""
    return tuple(vocabulary().event_types.values())


def resolve_graph_path(path: str | Path) -> Path:
    """A graph file, or the file `kg build` wrote in a directory."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise InputError(f"{path}: no graph file in this directory (looked for {', '.join(GRAPH_FILES)})")
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.suffix not in readable_suffixes():
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r}; expected one of "
                         + ", ".join(readable_suffixes()))
    return path


def load_viz_graph(path: str | Path) -> nx.MultiDiGraph:
    """The graph in a kg RDF file (or `kg build` output directory), ready to filter and draw."""
    path = resolve_graph_path(path)
    try:
        graph = graph_from_quads(ox.parse(path=path, format=readable_suffixes()[path.suffix]))
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if graph.number_of_nodes() == 0:
        raise InputError(f"{path}: no kg entities in this RDF; is it a graph that `kg build` wrote?")
    graph.graph["source"] = str(path)
    return graph


# Predicates read, and the attribute each one fills (values are kept as strings until the end).
ENTITY_PROPERTIES = {RDFS_LABEL: "label", str(DIP.code): "code", str(DIP.sector): "sector",
                     str(DIP.role): "role", str(DIP.mentionCount): "mentions",
                     str(DIP.affiliatedWith): "affiliation"}
EVENT_PROPERTIES = {str(DIP.source): "source", str(DIP.target): "target",
                    str(DIP.relationLemma): "lemma", str(DIP.relation): "relation",
                    str(DIP.negated): "negated", str(DIP.date): "date", str(DIP.modality): "modality",
                    str(DIP.confidence): "confidence"}
SENTENCE_PROPERTIES = {str(DIP.text): "text", str(DIP.sentenceIndex): "index",
                       str(DIP.inArticle): "article"}


def graph_from_quads(quads) -> nx.MultiDiGraph:
    vocab = vocabulary()
    subjects: dict[str, dict[str, str]] = defaultdict(dict)
    kinds: dict[str, str] = {}
    event_types: dict[str, str] = {}
    events: set[str] = set()
    derived: dict[str, str] = {}
    articles: dict[str, str] = {}
    wanted = {**ENTITY_PROPERTIES, **EVENT_PROPERTIES, **SENTENCE_PROPERTIES}
    event_class = str(DIP.Event)
    for quad in quads:
        s, p, o = quad.subject.value, quad.predicate.value, quad.object.value
        if p == RDF_TYPE:
            if o in vocab.kinds:
                kinds[s] = vocab.kinds[o]
            elif o in vocab.event_types:
                event_types[s] = vocab.event_types[o]
            elif o == event_class:
                events.add(s)
        elif p == str(DIP.mentionCount):
            # In the quad formats each article's graph counts its own mentions: they add up.
            subjects[s]["mentions"] = str(int(subjects[s].get("mentions", 0)) + int(o))
        elif p in wanted:
            subjects[s][wanted[p]] = o
        elif p == PROV_DERIVED:
            derived[s] = o
        elif p == DCT_IDENTIFIER:
            articles[s] = o

    graph = nx.MultiDiGraph(articles=len(articles))
    for iri in sorted(kinds):
        data = subjects.get(iri, {})
        graph.add_node(iri, iri=iri, label=data.get("label", iri), kind=kinds[iri], code=data.get("code", ""),
                       sector=data.get("sector", ""), role=data.get("role", ""),
                       mentions=int(data.get("mentions", 0)), affiliation=data.get("affiliation", ""))
    for event in sorted(events):
        data = subjects[event]
        source, target = data.get("source"), data.get("target")
        if source not in graph or target not in graph:
            continue  # an event with one party named (or a dangling reference): no edge to draw
        event_type = event_types.get(event, "")
        negated = data.get("negated") == "true"
        claim = data.get("modality", FACT_MODALITY) != FACT_MODALITY
        key = relation_key(data.get("lemma", ""), event_type, negated) + ("|claim" if claim else "")
        if not graph.has_edge(source, target, key):
            graph.add_edge(source, target, key=key, relation=data.get("lemma", ""), event_type=event_type,
                           quad_class=vocab.quad_classes.get(event_type, ""), negated=negated, claim=claim,
                           evidence=[])
        sentence = derived.get(event, "")
        sentence_data = subjects.get(sentence, {})
        graph.edges[source, target, key]["evidence"].append({
            "text": sentence_data.get("text", ""),
            "date": data.get("date", ""),
            "article": articles.get(sentence_data.get("article", ""), sentence_data.get("article", "")),
            "sentence": int(sentence_data.get("index", -1)),
            "relation": data.get("relation", ""),
            "modality": data.get("modality", ""),
            "confidence": float(data.get("confidence", 0) or 0),
        })
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda ev: (ev["date"], ev["article"], ev["sentence"], ev["relation"]))
        summarise_edge(data)
    return graph


def summarise_edge(data: dict) -> None:
    """Count, first and last date, wording and modalities of an edge, from its evidence (again
    after a date filter). The wording is the relation text read most often ("vowed to veto"),
    the first in order among equals."""
    dates = [ev["date"] for ev in data["evidence"] if ev["date"]]
    texts = Counter(ev["relation"] or data["relation"] for ev in data["evidence"])
    data["text"] = min(texts, key=lambda text: (-texts[text], text), default=data["relation"])
    data["modality"] = ", ".join(sorted({ev["modality"] for ev in data["evidence"] if ev["modality"]}))
    data["count"] = len(data["evidence"])
    data["first_date"] = min(dates, default="")
    data["last_date"] = max(dates, default="")
