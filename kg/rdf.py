"""The graph as RDF against the diplomacy ontology, written fast and deterministically.

Statements are built as N-Triples strings grouped by graph and subject, sorted, and written in
oxigraph's own layout (rdflib's Turtle writer is about 45 times slower on large graphs, and
going through pyoxigraph objects several times slower than this). The same graph always gives
the same bytes.
Writers are registered by format name, so `--format` lists what is there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .errors import FormatError
from .fileio import atomic_writer
from .iris import article_iri, event_iri, relation_iri, sentence_iri
from .ontology import DCTERMS_IRI, DIP, DIP_IRI, PROV_IRI, entity_class, event_class
from .types import Article

XSD = "http://www.w3.org/2001/XMLSchema#"
# Modalities under which a relation is not stated as a plain fact between two entities.
UNASSERTED = frozenset({"hypothetical", "possible"})


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


# The fast path. Terms are the N-Triples strings oxigraph prints (`<iri>`, `"text"`,
# `"3"^^<…#integer>`), not pyoxigraph objects, and statements are grouped by graph and subject as
# they are made: a million statements are then plain tuples of shared strings, put in order by
# sorting the groups and, within each, its few (predicate, object) pairs. N-Triples, N-Quads,
# Turtle and TriG are written from them directly, in the exact layout of oxigraph's serialisers
# (tests compare the bytes with pyoxigraph's on the seed, generated corpora and adversarial
# strings); JSON-LD is handed to pyoxigraph.
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r",
                 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')


def literal(value: str, datatype: str | None = None) -> str:
    """A literal as oxigraph writes it in N-Triples (a test checks them against each other)."""
    if _NEEDS_ESCAPE.search(value):
        value = value.translate(_ESCAPES)
    return f'"{value}"' if datatype is None else f'"{value}"^^<{datatype}>'


RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE = f"<{RDF_TYPE_IRI}>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDFS_SUBPROPERTY = "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>"
OWL_OBJECT_PROPERTY = "<http://www.w3.org/2002/07/owl#ObjectProperty>"
PROV_DERIVED = f"<{PROV_IRI}wasDerivedFrom>"
DCT = {name: f"<{DCTERMS_IRI}{name}>" for name in ("identifier", "title", "issued", "source")}
D = {name: f"<{DIP[name]}>" for name in (
    "Article", "Sentence", "Event", "inArticle", "sentenceIndex", "startChar", "endChar", "text",
    "source", "target", "relation", "relationLemma", "negated", "modality", "confidence", "date",
    "attributedTo", "extraArgument", "url", "mentionCount", "code", "sector", "role",
    "affiliatedWith", "alias", "relatedTo")}
TRUE, FALSE = literal("true", XSD + "boolean"), literal("false", XSD + "boolean")
XSD_INTEGER, XSD_DECIMAL, XSD_DATE = XSD + "integer", XSD + "decimal", XSD + "date"

# json.dumps(ev, sort_keys=True, ensure_ascii=False), with one encoder made once.
_EVIDENCE_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


@lru_cache(maxsize=None)
def _class_iri(event_type: str) -> str:
    return f"<{event_class(event_type)}>"  # the closed namespace's look-up is slow: once a type


@lru_cache(maxsize=None)
def _kind_iri(kind: str) -> str:
    return f"<{entity_class(kind)}>"


# One (predicate is not rdf:type, predicate, object) of a subject: sorted, rdf:type comes first.
Item = tuple[bool, str, str]
# Statements by (graph, subject); "" is the default graph.
Groups = dict[tuple[str, str], list[Item]]


@dataclass
class Grouped:
    groups: Groups
    merged: set[tuple[str, str]]  # the groups that may hold a statement twice


class _Statements:
    """The statements of a graph, grouped by graph and subject as they are made."""

    def __init__(self, base_iri: str, quads: bool) -> None:
        ox.NamedNode(base_iri)  # IRIs minted here extend it with safe segments: check it once
        self.base_iri = base_iri
        self.quads = quads
        self.groups: Groups = {}
        self.merged: set[tuple[str, str]] = set()  # groups made of several parts, which may repeat
        self.iris: dict[str, str] = {}
        self.texts: dict[str, str] = {}

    def iri(self, value: str) -> str:
        """An IRI that came with the graph (an entity id): checked by pyoxigraph once."""
        found = self.iris.get(value)
        if found is None:
            ox.NamedNode(value)  # raises ValueError on what is not an IRI
            found = self.iris[value] = f"<{value}>"
        return found

    def text(self, value: str) -> str:
        """A plain literal; the same strings come back in many events."""
        found = self.texts.get(value)
        if found is None:
            found = self.texts[value] = literal(value)
        return found

    def add(self, graph: str, subject: str, items: list[Item]) -> None:
        key = (graph if self.quads else "", subject)
        group = self.groups.get(key)
        if group is None:
            self.groups[key] = items
        else:
            group.extend(items)
            self.merged.add(key)


def graph_groups(graph: nx.MultiDiGraph, base_iri: str, *, quads: bool = True) -> Grouped:
    """Every statement of the graph, grouped by (article graph or "", subject).

    With quads=False all statements are in the default graph, so a statement made in several
    articles is one.
    """
    out = _Statements(base_iri, quads)
    articles: dict[str, Article] = graph.graph["articles"]
    for article in articles.values():
        node = f"<{article_iri(base_iri, article.id)}>"
        out.add(node, node, _article_items(article))
    sentences: set[str] = set()
    for node_id, data in graph.nodes(data=True):
        node = out.iri(node_id)
        out.add("", node, _entity_items(data, out))
        for act in data["acts"]:
            _event(out, sentences, node_id, None, act["lemma"], act["event_type"], act["negated"], act)
    declared: set[str] = set()
    for u, v, data in graph.edges(data=True):
        subject, target = out.iri(u), out.iri(v)
        prop = f"<{relation_iri(base_iri, data['lemma'])}>"
        asserted = not data["negated"]
        for ev in data["evidence"]:
            _event(out, sentences, u, v, data["lemma"], data["event_type"], data["negated"], ev)
            if asserted and ev["modality"] not in UNASSERTED:
                out.add(f"<{article_iri(base_iri, ev['doc'])}>", subject, [(True, prop, target)])
                if prop not in declared:
                    declared.add(prop)
                    out.add("", prop, [(False, RDF_TYPE, OWL_OBJECT_PROPERTY),
                                       (True, RDFS_SUBPROPERTY, D["relatedTo"]),
                                       (True, RDFS_LABEL, out.text(data["lemma"]))])
    return Grouped(out.groups, out.merged)


def _article_items(article: Article) -> list[Item]:
    items = [(False, RDF_TYPE, D["Article"]), (True, DCT["identifier"], literal(article.id))]
    if article.title:
        items.append((True, DCT["title"], literal(article.title)))
    if article.date:
        items.append((True, DCT["issued"], literal(article.date, XSD_DATE)))
    if article.source:
        items.append((True, DCT["source"], literal(article.source)))
    if article.url:
        items.append((True, D["url"], literal(article.url)))
    return items


def _entity_items(data: dict, out: _Statements) -> list[Item]:
    items = [(False, RDF_TYPE, _kind_iri(data["kind"])), (True, RDFS_LABEL, out.text(data["label"])),
             (True, D["mentionCount"], literal(str(data["mentions"]), XSD_INTEGER))]
    for attr in ("code", "sector", "role"):
        if data.get(attr):
            items.append((True, D[attr], out.text(data[attr])))
    if data.get("affiliation"):
        items.append((True, D["affiliatedWith"], out.iri(data["affiliation"])))
    items.extend((True, D["alias"], out.text(alias)) for alias in sorted(data["aliases"]))
    return items


def _event(out: _Statements, sentences: set[str], source: str, target: str | None, lemma: str,
           event_type: str | None, negated: bool, ev: dict) -> None:
    base_iri = out.base_iri
    article = f"<{article_iri(base_iri, ev['doc'])}>"
    sentence = f"<{sentence_iri(base_iri, ev['doc'], ev['sentence'])}>"
    if sentence not in sentences:  # several events come from one sentence: describe it once
        sentences.add(sentence)
        out.add(article, sentence, [
            (False, RDF_TYPE, D["Sentence"]), (True, D["inArticle"], article), (True, PROV_DERIVED, article),
            (True, D["sentenceIndex"], literal(str(ev["sentence"]), XSD_INTEGER)),
            (True, D["startChar"], literal(str(ev["span"][0]), XSD_INTEGER)),
            (True, D["endChar"], literal(str(ev["span"][1]), XSD_INTEGER)),
            (True, D["text"], literal(ev["text"])),
        ])
    event = f"<{event_iri(base_iri, source, target, lemma, event_type, negated, _EVIDENCE_JSON.encode(ev))}>"
    items = [(False, RDF_TYPE, D["Event"]), (True, D["source"], out.iri(source)),
             (True, D["relation"], out.text(ev["relation"])), (True, D["relationLemma"], out.text(lemma)),
             (True, D["negated"], TRUE if negated else FALSE), (True, D["modality"], out.text(ev["modality"])),
             (True, D["confidence"], literal(f"{ev['confidence']:.3f}", XSD_DECIMAL)),
             (True, PROV_DERIVED, sentence)]
    if event_type is not None:
        items.append((False, RDF_TYPE, _class_iri(event_type)))
    if target is not None:
        items.append((True, D["target"], out.iri(target)))
    if ev["date"]:
        items.append((True, D["date"], literal(ev["date"], XSD_DATE)))
    if ev["attributed_to"]:
        items.append((True, D["attributedTo"], out.iri(ev["attributed_to"])))
    items.extend((True, D["extraArgument"], out.text(arg)) for arg in dict.fromkeys(ev["extra_args"]))
    out.add(article, event, items)


def ordered(grouped: Grouped) -> Iterator[tuple[str, str, list[Item]]]:
    """(graph, subject, items) in output order, without duplicates: every statement sorted by
    (graph, subject, predicate is not rdf:type, predicate, object)."""
    groups, merged = grouped.groups, grouped.merged
    for key in sorted(groups):
        items = groups[key]
        if key in merged:
            items = sorted(set(items))
        else:
            items.sort()  # made without repeats, and mostly in order already
        yield key[0], key[1], items


def _n_quads(groups: Grouped) -> str:
    lines = []
    for graph, subject, items in ordered(groups):
        tail = f" {graph} .\n" if graph else " .\n"
        lines.extend([f"{subject} {p} {o}{tail}" for _, p, o in items])
    return "".join(lines)


# --- Turtle and TriG, laid out as oxigraph's serialiser (oxttl) lays them out ----------------

_PN_CHARS_BASE = re.compile(
    "[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
    "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]")
_PN_CHARS_EXTRA = re.compile("[-0-9\u00B7\u0300-\u036F\u203F-\u2040]")
_LOCAL_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")
_TURTLE_INTEGER = re.compile(r"[+-]?[0-9]+")
_TURTLE_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_TURTLE_DOUBLE = re.compile(r"[+-]?([0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)")
_INLINE = {XSD + "boolean": re.compile("true|false"), XSD_INTEGER: _TURTLE_INTEGER,
           XSD_DECIMAL: _TURTLE_DECIMAL, XSD + "double": _TURTLE_DOUBLE}


_BASE = _PN_CHARS_BASE.pattern[1:-1]
_EXTRA = "\\" + _PN_CHARS_EXTRA.pattern[1:-1]  # "-" first: escaped, not a range
# A local name that needs no escape: PN_CHARS_U, ':' or a digit first, then PN_CHARS, ':' or
# '.', and no '.' last.
_PLAIN_LOCAL = re.compile(f"[{_BASE}_:0-9](?:[{_BASE}_{_EXTRA}:.]*[{_BASE}_{_EXTRA}:])?")


def _pn_chars_u(c: str) -> bool:
    return c == "_" or _PN_CHARS_BASE.match(c) is not None


def _escape_local_name(value: str) -> str | None:
    """A prefixed name's local part with Turtle escapes, or None where it cannot be one."""
    if _PLAIN_LOCAL.fullmatch(value):
        return value
    out = []
    last = len(value) - 1
    for i, c in enumerate(value):
        if i == 0:
            plain = _pn_chars_u(c) or c == ":" or "0" <= c <= "9"
        else:
            plain = (_pn_chars_u(c) or _PN_CHARS_EXTRA.match(c) is not None or c == ":"
                     or (c == "." and i < last))
        if plain:
            out.append(c)
        elif c in _LOCAL_ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out) if out else None


class _TurtleTerms:
    """N-Triples terms as Turtle writes them: prefixed names, inline numbers and booleans."""

    def __init__(self, namespaces: list[tuple[str, str]]) -> None:
        self.namespaces = namespaces  # (name, IRI), in the order oxigraph tries them
        self.memo: dict[str, str] = {RDF_TYPE: "a"}  # only ever asked for predicates with "a"

    def __call__(self, term: str) -> str:
        found = self.memo.get(term)
        if found is None:
            found = self.memo[term] = self._turtle(term)
        return found

    def object(self, term: str) -> str:
        return self._turtle(RDF_TYPE) if term == RDF_TYPE else self(term)

    def _turtle(self, term: str) -> str:
        if term.startswith("<"):
            iri = term[1:-1]
            for name, namespace in self.namespaces:
                if iri.startswith(namespace):
                    local = iri[len(namespace):]
                    if not local:
                        return f"{name}:"
                    escaped = _escape_local_name(local)
                    if escaped is not None:
                        return f"{name}:{escaped}"
            return term
        if term.endswith('"'):
            return term  # a plain literal is written as in N-Triples
        quoted, datatype = term.rsplit('"^^<', 1)
        datatype = datatype[:-1]
        inline = _INLINE.get(datatype)
        if inline is not None and inline.fullmatch(quoted[1:]):
            return quoted[1:]
        return f'{quoted}"^^{self(f"<{datatype}>")}'


def _prelude(base_iri: str) -> tuple[str, list[tuple[str, str]]]:
    """The @prefix lines as oxigraph writes them, and its namespaces in the order it tries them.

    oxigraph orders prefixes by decreasing length, ties as its hash map gives them: asking it is
    the only way to match its output.
    """
    names = prefixes(base_iri)
    probe = ox.serialize([ox.Triple(ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p"), ox.NamedNode("urn:kg:o"))],
                         format=ox.RdfFormat.TURTLE, prefixes=names).decode("utf-8")
    lines = [line for line in probe.splitlines(keepends=True) if line.startswith("@prefix ")]
    order = [line[len("@prefix "):line.index(":")] for line in lines]
    return "".join(lines), [(name, names[name]) for name in order]


def _turtle(groups: Grouped, base_iri: str) -> str:
    """Turtle, or TriG where statements have graphs: oxttl's LowLevelTriGSerializer, in Python."""
    prelude, namespaces = _prelude(base_iri)
    term = _TurtleTerms(namespaces)
    # Predicates and objects as Turtle writes them, looked up inline: this loop runs once a
    # statement. Only a predicate is written "a" for rdf:type.
    predicates = term.memo
    objects: dict[str, str] = {}
    out = [prelude] if groups.groups else []
    write = out.append
    current_graph = ""
    started = False  # a statement is open (it needs " .")
    for graph, subject, items in ordered(groups):
        if graph != current_graph:
            if started:
                write(" .\n")
            if current_graph:
                write("}\n")
            current_graph = graph
            started = False
            write(f"{term(graph)} {{\n")
        elif started:
            write(" .\n")
        indent = "\t" if graph else ""
        next_predicate = f" ;\n{indent}\t"
        parts = [indent, term(subject)]
        previous = None
        for _, p, o in items:
            obj = objects.get(o)
            if obj is None:
                obj = objects[o] = term.object(o)
            if p == previous:
                parts.append(" , ")
            else:
                pred = predicates.get(p)
                if pred is None:
                    pred = term(p)
                parts.append(" " if previous is None else next_predicate)
                parts.append(pred)
                parts.append(" ")
                previous = p
            parts.append(obj)
        write("".join(parts))
        started = True
    if started:
        write(" .\n")
    if current_graph:
        write("}\n")
    return "".join(out)


def graph_triples(graph: nx.MultiDiGraph, base_iri: str) -> list[ox.Triple]:
    """The graph's distinct triples, article graphs merged, in the order the writers use."""
    lines = _n_quads(graph_groups(graph, base_iri, quads=False)).encode("utf-8")
    return [quad.triple for quad in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]


def serialize(graph: nx.MultiDiGraph, fmt: str, base_iri: str) -> bytes:
    """The graph in one RDF format, as bytes; the same graph always gives the same bytes."""
    spec = rdf_format(fmt)
    # Descriptions of entities are shared across articles: in quad formats they go in the
    # default graph.
    groups = graph_groups(graph, base_iri, quads=spec.quads)
    if spec.oxigraph in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        return _turtle(groups, base_iri).encode("utf-8")
    lines = _n_quads(groups).encode("utf-8")
    if spec.oxigraph in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return lines
    parsed = ox.parse(lines, format=ox.RdfFormat.N_QUADS if spec.quads else ox.RdfFormat.N_TRIPLES)
    if not spec.quads:
        parsed = (quad.triple for quad in parsed)
    return ox.serialize(parsed, format=spec.oxigraph, prefixes=prefixes(base_iri))


def write_rdf(graph: nx.MultiDiGraph, path: str | Path, fmt: str, base_iri: str) -> Path:
    data = serialize(graph, fmt, base_iri)
    with atomic_writer(path) as handle:
        handle.write(data)
    return Path(path)

