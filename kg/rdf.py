"""The graph as RDF against the diplomacy ontology, and RDF files read back.

    graph --(one function per kind of node)--> statements --(distinct, sorted)--> pyoxigraph writes

What each node of the graph says in the ontology's terms is written once, in one short function
per kind: articles, sentences, events, entities, and relations declared as properties. Adding a
property is a line in one of them. Statements are put in one order for every format (graph,
subject, rdf:type first, predicate, object, each as N-Triples writes it), so the same graph
always gives the same bytes, however it was built; pyoxigraph's serialisers write every format.
Terms are made by pyoxigraph and kept as the text N-Triples writes them: de-duplicating and
sorting strings, and handing pyoxigraph the sorted lines to read back in Rust, is about twice as
fast as doing it with pyoxigraph objects (8 against 4 s a million statements, see the commit).
Events are named by the ids the graph gives them (kg.graph.evidence).
Formats are registered in kg.registry.rdf_formats, so `--format` lists what is there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD, DefinedNamespace

from . import registry
from .errors import FormatError, InputError
from .fileio import atomic_writer
from .iris import article_iri, relation_iri, sentence_iri
from .ontology import DIP, DIP_IRI, event_class
from .types import Article

# A plain `rel:` statement between two entities says the text reports the event as having
# happened (or happening): asserted, and not negated. Every other reading - intended, requested,
# future, hypothetical, possible, reported in someone's words, denied - is an event node only.
FACT_MODALITY = "asserted"


@dataclass(frozen=True)
class RdfFormat:
    name: str
    suffix: str
    oxigraph: ox.RdfFormat
    quads: bool  # one named graph per article


def register_format(name: str, suffix: str, oxigraph: ox.RdfFormat, *, quads: bool = False) -> None:
    registry.rdf_formats.register(name, func=RdfFormat(name, suffix, oxigraph, quads))


register_format("turtle", ".ttl", ox.RdfFormat.TURTLE)
register_format("ntriples", ".nt", ox.RdfFormat.N_TRIPLES)
register_format("jsonld", ".jsonld", ox.RdfFormat.JSON_LD)
register_format("trig", ".trig", ox.RdfFormat.TRIG, quads=True)
register_format("nquads", ".nq", ox.RdfFormat.N_QUADS, quads=True)


def rdf_format(name: str) -> RdfFormat:
    return registry.lookup(registry.rdf_formats, name, "RDF format", error=FormatError)


def format_names() -> list[str]:
    """Every RDF format that can be written, plug-ins' included."""
    return registry.names(registry.rdf_formats)


def prefixes(base_iri: str) -> dict[str, str]:
    return {
        "dip": DIP_IRI, "prov": str(PROV), "dcterms": str(DCTERMS), "xsd": str(XSD),
        "rdfs": str(RDFS), "owl": str(OWL),
        "state": base_iri + "state/", "person": base_iri + "person/", "org": base_iri + "organization/",
        "igo": base_iri + "igo/", "group": base_iri + "group/", "place": base_iri + "place/",
        "concept": base_iri + "concept/", "rel": base_iri + "relation/", "event": base_iri + "event/",
        "article": base_iri + "article/", "sentence": base_iri + "sentence/",
    }


class _Vocabulary:
    """A vocabulary's terms, `dip.Event`, each made once. The ontology's namespace is closed: a
    term it lacks is an AttributeError."""

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = str(ox.NamedNode(str(self._namespace[name])))
        setattr(self, name, term)
        return term


dip, rdf, rdfs, owl, prov, dcterms, xsd = map(_Vocabulary, (DIP, RDF, RDFS, OWL, PROV, DCTERMS, XSD))

Term = str  # an IRI or a literal made by pyoxigraph, as N-Triples writes it: `<iri>`, `"text"^^<iri>`
Statement = tuple[Term, Term, Term]  # subject, predicate, object


def _datatype(term: Term) -> ox.NamedNode:
    return ox.NamedNode(term[1:-1])


class _Terms:
    """The terms of one graph's statements, each made once (most values come back in many
    statements). pyoxigraph makes them, and checks IRIs as it does. Values are turned into text
    before they are looked up: True == 1 and 0.0 == -0.0, but they are written apart."""

    def __init__(self, base_iri: str) -> None:
        ox.NamedNode(base_iri)  # IRIs minted here extend it with safe segments: check it once
        self.base_iri = base_iri
        self.iri = cache(lambda iri: str(ox.NamedNode(iri)))
        self._literal = cache(lambda text, datatype=None: str(
            ox.Literal(text) if datatype is None else ox.Literal(text, datatype=_datatype(datatype))))
        self.event_class = cache(lambda event_type: self.iri(event_class(event_type)))
        self.entity_class = cache(lambda kind: getattr(dip, kind))

    def text(self, value: str) -> Term:
        return self._literal(value)

    def integer(self, value: int) -> Term:
        return self._literal(str(value), xsd.integer)

    def decimal(self, value: float) -> Term:
        return self._literal(f"{value:.3f}", xsd.decimal)

    def boolean(self, value: bool) -> Term:
        return self._literal("true" if value else "false", xsd.boolean)

    def date(self, value: str) -> Term:
        return self._literal(value, xsd.date)

    def article(self, article_id: str) -> Term:
        return self.iri(article_iri(self.base_iri, article_id))

    def sentence(self, article_id: str, index: int) -> Term:
        return self.iri(sentence_iri(self.base_iri, article_id, index))

    def relation(self, lemma: str) -> Term:
        return self.iri(relation_iri(self.base_iri, lemma))

    def event(self, event_id: str) -> Term:
        # It ends an IRI: anything but letters and digits could step out of the event namespace.
        if not (event_id.isascii() and event_id.isalnum()):
            raise ValueError(f"an event id is letters and digits (kg.iris.event_id), not {event_id!r}")
        return self.iri(f"{self.base_iri}event/{event_id}")


# --- The mapping to the ontology: one function per kind of node ------------------------------

def _article(article: Article, t: _Terms) -> Iterator[Statement]:
    node = t.article(article.id)
    yield node, rdf.type, dip.Article
    yield node, dcterms.identifier, t.text(article.id)
    if article.title:
        yield node, dcterms.title, t.text(article.title)
    if article.date:
        yield node, dcterms.issued, t.date(article.date)
    if article.source:
        yield node, dcterms.source, t.text(article.source)
    if article.url:
        yield node, dip.url, t.text(article.url)
    if article.dateline:
        yield node, dip.dateline, t.text(article.dateline)


def _sentence(ev: dict, t: _Terms) -> Iterator[Statement]:
    """The sentence an event was read in (the event's evidence carries it)."""
    node, article = t.sentence(ev["doc"], ev["sentence"]), t.article(ev["doc"])
    start, end = ev["span"]
    yield node, rdf.type, dip.Sentence
    yield node, prov.wasDerivedFrom, article
    yield node, dip.inArticle, article
    yield node, dip.sentenceIndex, t.integer(ev["sentence"])
    yield node, dip.startChar, t.integer(start)
    yield node, dip.endChar, t.integer(end)
    yield node, dip.text, t.text(ev["text"])


def _event(ev: dict, source: str | None, target: str | None, shared: dict, t: _Terms) -> Iterator[Statement]:
    """One reading of a relation (source and target given), of an act (no target) or of an
    event done by a party not named (no source) in one sentence. `shared` is what all readings
    of the edge or act have: lemma, event type, negated."""
    node = t.event(ev["event"])
    yield node, rdf.type, dip.Event
    if shared["event_type"] is not None:
        yield node, rdf.type, t.event_class(shared["event_type"])
    yield node, prov.wasDerivedFrom, t.sentence(ev["doc"], ev["sentence"])
    if source is not None:
        yield node, dip.source, t.iri(source)
    if target is not None:
        yield node, dip.target, t.iri(target)
    yield node, dip.relation, t.text(ev["relation"])
    yield node, dip.relationLemma, t.text(shared["lemma"])
    yield node, dip.negated, t.boolean(shared["negated"])
    yield node, dip.modality, t.text(ev["modality"])
    if ev.get("cameo"):
        yield node, dip.cameoCode, t.text(ev["cameo"])
    yield node, dip.confidence, t.decimal(ev["confidence"])
    if ev["date"]:
        yield node, dip.date, t.date(ev["date"])
    if ev["attributed_to"]:
        yield node, dip.attributedTo, t.iri(ev["attributed_to"])
    for argument in ev["extra_args"]:
        yield node, dip.extraArgument, t.text(argument)


def _entity(node_id: str, data: dict, t: _Terms) -> Iterator[Statement]:
    """What every article shares about an entity; its mention counts are apart (_mentions)."""
    node = t.iri(node_id)
    yield node, rdf.type, t.entity_class(data["kind"])
    yield node, rdfs.label, t.text(data["label"])
    for attribute in ("code", "sector", "role"):
        if data.get(attribute):
            yield node, getattr(dip, attribute), t.text(data[attribute])
    if data.get("affiliation"):
        yield node, dip.affiliatedWith, t.iri(data["affiliation"])
    for alias in data["aliases"]:
        yield node, dip.alias, t.text(alias)


def _mentions(node_id: str, count: int, t: _Terms) -> Iterator[Statement]:
    """How often an entity is mentioned: in one article (its graph), or in all of them."""
    yield t.iri(node_id), dip.mentionCount, t.integer(count)


def _relation(u: str, v: str, lemma: str, t: _Terms) -> Iterator[Statement]:
    """A relation stated as a plain fact between two entities (see FACT_MODALITY)."""
    yield t.iri(u), t.relation(lemma), t.iri(v)


def _relation_property(lemma: str, t: _Terms) -> Iterator[Statement]:
    """The property a stated relation is, declared once for the whole graph."""
    node = t.relation(lemma)
    yield node, rdf.type, owl.ObjectProperty
    yield node, rdfs.subPropertyOf, dip.relatedTo
    yield node, rdfs.label, t.text(lemma)


# --- The graph as statements, each with the graph it goes in ---------------------------------

def _descriptions(graph: nx.MultiDiGraph, t: _Terms, *,
                  quads: bool) -> Iterator[tuple[Term | None, Iterable[Statement]]]:
    """Statements, with the article graph they belong to: what an article says (its description,
    sentences, events, the relations it states and the mention counts of its entities) goes in
    its own graph; what is shared across articles (entities, relation properties) in the default
    graph (None). In one graph (quads=False) an entity's count is its total: counts per article
    would be one statement where two articles mention it as often. A statement may come more
    than once."""
    articles: dict[str, Article] = graph.graph["articles"]
    for article in articles.values():
        yield t.article(article.id), _article(article, t)
    described: set[Term] = set()  # two article ids may have one slug: the first describes it

    def read(ev: dict, source: str | None, target: str | None, shared: dict) -> Iterator:
        article, sentence = t.article(ev["doc"]), t.sentence(ev["doc"], ev["sentence"])
        if sentence not in described:
            described.add(sentence)
            yield article, _sentence(ev, t)
        yield article, _event(ev, source, target, shared, t)

    for node_id, data in graph.nodes(data=True):
        yield None, _entity(node_id, data, t)
        if quads:
            by_graph: dict[Term, int] = {}  # two article ids may have one slug: their counts add up
            for article_id, count in data["mentions_by_article"].items():
                by_graph[t.article(article_id)] = by_graph.get(t.article(article_id), 0) + count
            for article, count in by_graph.items():
                yield article, _mentions(node_id, count, t)
        else:
            yield None, _mentions(node_id, data["mentions"], t)
        for act in data["acts"]:
            yield from read(act, node_id, None, act)
        for act in data["undergone"]:
            yield from read(act, None, node_id, act)
    for u, v, data in graph.edges(data=True):
        for ev in data["evidence"]:
            yield from read(ev, u, v, data)
            if not data["negated"] and ev["modality"] == FACT_MODALITY:
                yield t.article(ev["doc"]), _relation(u, v, data["lemma"], t)
                yield None, _relation_property(data["lemma"], t)


def _n_quads(graph: nx.MultiDiGraph, base_iri: str, quads: bool) -> bytes:
    """Every statement of the graph once, as N-Quads lines, in the order every writer writes
    them: graphs (the default one first), subjects, rdf:type first, predicates, objects. With
    quads=False all are in the default graph, so a statement made in several articles is one."""
    lines: dict[str, str] = {}  # by its place in the order
    for graph_name, described in _descriptions(graph, _Terms(base_iri), quads=quads):
        if not quads or graph_name is None:
            graph_name = ""
        for s, p, o in described:
            # One string, the terms joined by line breaks: it sorts as their tuple would (no
            # term holds a control character), and twice as fast.
            lines[f"{graph_name}\n{s}\n{'1' if p != rdf.type else '0'}{p}\n{o}"] = (
                f"{s} {p} {o} {graph_name} .\n" if graph_name else f"{s} {p} {o} .\n")
    return "".join([lines[place] for place in sorted(lines)]).encode("utf-8")


def statements(graph: nx.MultiDiGraph, base_iri: str, *, quads: bool) -> Iterator[ox.Quad]:
    """Every statement of the graph once, in the order every writer writes them (see _n_quads),
    as pyoxigraph reads them."""
    return ox.parse(_n_quads(graph, base_iri, quads), format=ox.RdfFormat.N_QUADS)


def graph_triples(graph: nx.MultiDiGraph, base_iri: str) -> list[ox.Triple]:
    """The graph's distinct triples, article graphs merged, in the order the writers use."""
    return [quad.triple for quad in statements(graph, base_iri, quads=False)]


def article_graphs(graph: nx.MultiDiGraph, base_iri: str) -> dict[str | None, list[ox.Triple]]:
    """The graph's statements by the graph they go in, as TriG writes them: each article IRI
    (None: the default graph, what the articles share)."""
    graphs: dict[str | None, list[ox.Triple]] = {}
    for quad in statements(graph, base_iri, quads=True):
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, []).append(quad.triple)
    return graphs


# --- Writing ---------------------------------------------------------------------------------

def serialize(graph: nx.MultiDiGraph, fmt: str, base_iri: str) -> bytes:
    """The graph in one RDF format, as bytes; the same graph always gives the same bytes."""
    spec = rdf_format(fmt)
    names = prefixes(base_iri)
    # Without quads, every statement is in the default graph, which the triple formats' writers
    # take as it is: no Triple made from each Quad.
    data = ox.serialize(statements(graph, base_iri, quads=spec.quads), format=spec.oxigraph, prefixes=names)
    if spec.oxigraph == ox.RdfFormat.JSON_LD:
        return _with_context(data, names)
    return data


def _with_context(expanded: bytes, names: dict[str, str]) -> bytes:
    """JSON-LD compacted with an @context of kg's prefixes: IRIs that a prefix abbreviates are
    written `prefix:rest`. (pyoxigraph 0.5 writes expanded JSON-LD only, ignoring prefixes.)
    Every namespace ends in '/' or '#', so JSON-LD 1.1 expands each back as a prefix."""
    RDF_TYPE = str(RDF.type)
    namespaces = sorted(names.items(), key=lambda item: len(item[1]), reverse=True)  # the longest wins

    def short(iri: str) -> str:
        for name, namespace in namespaces:
            # "x://…" would read as an absolute IRI, not as a prefixed name.
            if iri.startswith(namespace) and not iri.startswith("//", len(namespace)):
                return f"{name}:{iri[len(namespace):]}"
        return iri

    def compact(value):  # noqa: ANN001, ANN202 - JSON
        if isinstance(value, list):
            return [compact(item) for item in value]
        if not isinstance(value, dict):
            return value
        compacted = {}
        for key, item in value.items():
            if key == RDF_TYPE:  # classes go under @type, as JSON-LD writes them
                compacted["@type"] = [short(node["@id"]) for node in item]
            elif key in ("@id", "@type"):  # an IRI (@type: a literal's datatype)
                compacted[key] = short(item)
            else:  # a property, or a literal's text (@value), kept as it is
                compacted[key if key.startswith("@") else short(key)] = compact(item)
        return compacted

    document = {"@context": names, "@graph": compact(json.loads(expanded))}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_rdf(graph: nx.MultiDiGraph, path: str | Path, fmt: str, base_iri: str) -> Path:
    data = serialize(graph, fmt, base_iri)
    with atomic_writer(path) as handle:
        handle.write(data)
    return Path(path)


# --- Reading ---------------------------------------------------------------------------------

def readable_suffixes() -> dict[str, ox.RdfFormat]:
    """File suffix -> format, for every format kg writes (and .json, for JSON-LD)."""
    found = {spec.suffix: spec.oxigraph for spec in map(rdf_format, format_names())}
    return {**found, ".json": ox.RdfFormat.JSON_LD}


def read_quads(path: str | Path) -> list[ox.Quad]:
    """The statements of a graph file in any format kg writes, parsed with pyoxigraph."""
    path = Path(path)
    formats = readable_suffixes()
    if path.suffix not in formats:
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r}; expected one of {', '.join(formats)}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return list(ox.parse(data, format=formats[path.suffix]))
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None
