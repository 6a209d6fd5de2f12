"""The graph as RDF against the diplomacy ontology, written fast and deterministically.

Statements are built as N-Triples strings grouped by graph and subject, sorted, and written in
oxigraph's own layout (rdflib's Turtle writer is about 45 times slower on large graphs, and
going through pyoxigraph objects several times slower than this; a million statements take
about 1.6 times as long as pyoxigraph takes to write them from objects made already, see the
README's Benchmark). Events are named by the ids the graph gives them (kg.graph.evidence). The
same graph always gives the same bytes.
Writers are registered by format name, so `--format` lists what is there.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .errors import FormatError
from .fileio import atomic_writer
from .iris import article_iri, relation_iri, sentence_iri, sentence_iri_stem
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
# sorting the groups and, within each, its few (predicate, object) pairs. Events and sentences,
# nearly all of a large graph, are made in that order already, their terms written as the writer
# writes them, and laid out a shape at a time (see Made). N-Triples, N-Quads, Turtle and TriG are
# written from them directly, in the exact layout of oxigraph's serialisers (tests compare the
# bytes with pyoxigraph's on the seed, generated corpora and adversarial strings); JSON-LD is
# handed to pyoxigraph.
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

@lru_cache(maxsize=None)
def _class_iri(event_type: str) -> str:
    return f"<{event_class(event_type)}>"  # the closed namespace's look-up is slow: once a type


@lru_cache(maxsize=None)
def _kind_iri(kind: str) -> str:
    return f"<{entity_class(kind)}>"


# One (predicate is not rdf:type, predicate, object) of a subject: sorted, rdf:type comes first.
Item = tuple[bool, str, str]
# The predicates of a group of statements made in output order, one per object. Events and
# sentences, most of a large graph, come in a few shapes: writers lay out each shape once and fill
# it in, instead of working statement by statement.
Shape = tuple[str, ...]
# A group made in output order, sorted as its Items would sort: (shape, terms), the terms being
# the subject and then the objects as the writer writes them (see _NTriplesForms).
Made = tuple[Shape, tuple[str, ...]]
# Statements by graph ("" is the default graph), then subject: a group is Items in any order, or
# Made. (Nested, so that sorting compares strings, not tuples of them: 3 times faster.)
Groups = dict[str, dict[str, list[Item] | Made]]


class _NTriplesForms:
    """Terms as a writer writes them, for the groups made in order: the N-Triples writers write
    them as they are; _TurtleForms, as Turtle. Writing a term once, where it is made, spares
    looking a million of them up again when they are written. Every writer writes a plain
    literal as it is: those are not asked for."""

    def __call__(self, term: str) -> str:
        """An object."""
        return term

    def subject(self, term: str) -> str:
        return term

    def term(self, form: str) -> str:
        """The N-Triples term an object was written from (for a subject made twice, see _items)."""
        return form

    def stem(self, stem: str) -> tuple[str, str] | None:
        """(before, after) such that the IRI `stem + tail>` is written before + tail + after for
        any tail of ASCII letters and digits; None where there is no such pair."""
        return stem, ">"

    def tailed(self, stem: str, tail: str, term: str) -> str:
        """An object, as __call__, where it is the IRI `stem + tail>` with a tail of ASCII
        letters and digits: written through stem(), as IRIs written once are."""
        return term


@dataclass
class Grouped:
    groups: Groups
    merged: set[tuple[str, str]]  # the groups that may hold a statement twice
    forms: _NTriplesForms  # how Made groups' terms are written


def _checked(shape: Shape) -> Shape:
    """A shape, checked to be in the order Items sort in: the writers rely on it."""
    if list(shape) != sorted(shape, key=lambda p: (p != RDF_TYPE, p)):
        raise AssertionError(f"statements made out of order: {shape}")
    return shape


_SENTENCE_SHAPE = _checked((RDF_TYPE, PROV_DERIVED, D["endChar"], D["inArticle"], D["sentenceIndex"],
                            D["startChar"], D["text"]))


def _event_shape(key: int) -> Shape:
    """An event's shape, by what tells it apart packed in an int (see _EventHead.kind):
    extra arguments, attributed, dated, two types, with a target."""
    extras, attributed, dated, types, targeted = key >> 4, key >> 3 & 1, key >> 2 & 1, 1 + (key >> 1 & 1), key & 1
    return _checked((RDF_TYPE,) * types + (PROV_DERIVED,) + (D["attributedTo"],) * attributed + (D["confidence"],)
                    + (D["date"],) * dated + (D["extraArgument"],) * extras
                    + (D["modality"], D["negated"], D["relation"], D["relationLemma"], D["source"])
                    + (D["target"],) * targeted)


class _Memo(dict):
    """A function's results by argument, made when first asked for: looking one up is a dict's
    subscript, not a call."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        found = self[key] = self.make(key)
        return found


_EVENT_SHAPES = _Memo(_event_shape)


class _EventHead:
    """What the events of one edge (or one act) share, worked out once for all of them."""

    __slots__ = ("ids", "kind", "negated", "rest", "types")

    def __init__(self, out: _Statements, source: str, target: str | None, lemma: str, event_type: str | None,
                 negated: bool) -> None:
        types = [D["Event"]] if event_type is None else sorted((D["Event"], _class_iri(event_type)))
        self.types = tuple(map(out.forms, types))
        self.negated = out.forms(TRUE if negated else FALSE)
        # The objects that come last in an event's shape: relationLemma, source and target.
        self.rest = (out.texts[lemma], out.iri_forms[source]) + (() if target is None else (out.iri_forms[target],))
        # What its events' shapes share (see _event_shape).
        self.kind = (len(types) - 1) << 1 | (target is not None)


class _Statements:
    """The statements of a graph, grouped by graph and subject as they are made."""

    def __init__(self, base_iri: str, quads: bool, forms: _NTriplesForms) -> None:
        ox.NamedNode(base_iri)  # IRIs minted here extend it with safe segments: check it once
        self.base_iri = base_iri
        self.quads = quads
        self.forms = forms
        self.groups: Groups = defaultdict(dict)
        self.merged: set[tuple[str, str]] = set()  # groups made of several parts, which may repeat
        # Terms by the values they are made from: most come back in many statements. (The
        # memos refer to no _Statements: a cycle would keep it all for the cyclic collector.)
        self.iris = iris = _Memo(_iri)
        self.texts = _Memo(literal)
        self.iri_forms = _Memo(lambda value: forms(iris[value]))
        self.date_forms = _Memo(lambda value: forms(literal(value, XSD_DATE)))
        self.integer_forms = _Memo(lambda digits: forms(literal(digits, XSD_INTEGER)))
        # A confidence written as a literal. 0.0 == -0.0, which are written apart: zeros are made
        # each time.
        self.decimals = _Memo(lambda value: forms(literal(f"{value:.3f}", XSD_DECIMAL)))
        self.articles = articles = _Memo(lambda article_id: f"<{article_iri(base_iri, article_id)}>")
        groups = self.groups
        # article id -> its IRI, written, its graph's groups, and what its sentences' IRIs start with
        self.documents = _Memo(lambda article_id: (articles[article_id], forms(articles[article_id]),
                                                   groups[articles[article_id] if quads else ""],
                                                   f"<{sentence_iri_stem(base_iri, article_id)}"))
        self.sentence_class = forms(D["Sentence"])
        # (article id, index) -> the article, the sentence as an object, its article's groups
        self.sentences: dict[tuple[str, int], tuple[str, str, dict]] = {}
        self.described: set[str] = set()  # sentences described: several events come from one
        self.event_start = f"<{base_iri}event/"  # event IRIs' start, as N-Triples
        self.event_form = forms.stem(self.event_start)

    def add(self, graph: str, subject: str, items: list[Item]) -> None:
        subjects = self.groups[graph if self.quads else ""]
        group = subjects.get(subject)
        if group is None:
            subjects[subject] = items
        else:
            if type(group) is not list:
                group = subjects[subject] = _items(group, self.forms)
            group.extend(items)
            self.merged.add((graph if self.quads else "", subject))

    def event(self, head: _EventHead, ev: dict) -> str:
        """An event, and its sentence the first time; returns the event's article."""
        doc, index = ev["doc"], ev["sentence"]
        # Keyed by exact ints only: True == 1, but it is written "True".
        found = self.sentences.get((doc, index)) if type(index) is int else None
        article, sentence, subjects = found or self._sentence(doc, index, ev)
        confidence, digest = ev["confidence"], ev["event"]
        decimal = self.decimals[confidence] if confidence else self.decimals.make(confidence)
        if not (digest.isascii() and digest.isalnum()):  # it ends an IRI written through a stem (see event_form)
            raise ValueError(f"an event id is letters and digits (kg.iris.event_id), not {digest!r}")
        subject = f"{self.event_start}{digest}>"
        stem = self.event_form
        attributed, date, extras = ev["attributed_to"], ev["date"], ev["extra_args"]
        if extras:
            # One statement each, in the order of their terms (distinct strings are distinct
            # literals).
            extras = ((self.texts[extras[0]],) if type(extras) is list and len(extras) == 1
                      else tuple(sorted({self.texts[arg] for arg in extras})))
        terms = (self.forms.subject(subject) if stem is None else f"{stem[0]}{digest}{stem[1]}", *head.types, sentence,
                 *((self.iri_forms[attributed],) if attributed else ()), decimal,
                 *((self.date_forms[date],) if date else ()), *extras,
                 self.texts[ev["modality"]], head.negated, self.texts[ev["relation"]], *head.rest)
        made = (_EVENT_SHAPES[len(extras) << 4 | (8 if attributed else 0) | (4 if date else 0) | head.kind], terms)
        if subjects.setdefault(subject, made) is not made:  # the subject has statements already
            self.add(article, subject, _items(made, self.forms))
        return article

    def _sentence(self, doc: str, index: int, ev: dict) -> tuple[str, str, dict]:
        article, article_form, subjects, stem = self.documents[doc]
        # Not rdf:type: written alike as subject and as object.
        if type(index) is int and index >= 0:  # its digits end the IRI
            digits = str(index)
            sentence = f"{stem}{digits}>"
            form = self.forms.tailed(stem, digits, sentence)
        else:
            sentence = f"<{sentence_iri(self.base_iri, doc, index)}>"
            form = self.forms(sentence)
        if sentence not in self.described:  # two article ids may have one slug: the first describes it
            self.described.add(sentence)
            start, end = ev["span"]
            integers = self.integer_forms
            made = (_SENTENCE_SHAPE, (
                form, self.sentence_class, article_form, integers[str(end)], article_form, integers[str(index)],
                integers[str(start)], self.texts[ev["text"]]))
            if subjects.setdefault(sentence, made) is not made:
                self.add(article, sentence, _items(made, self.forms))
        found = (article, form, subjects)
        if type(index) is int:
            self.sentences[(doc, index)] = found
        return found


def _iri(value: str) -> str:
    """An IRI that came with the graph (an entity id), checked by pyoxigraph, as N-Triples."""
    ox.NamedNode(value)  # raises ValueError on what is not an IRI
    return f"<{value}>"


def _items(made: Made, forms: _NTriplesForms) -> list[Item]:
    shape, terms = made
    return [(p != RDF_TYPE, p, forms.term(o)) for p, o in zip(shape, terms[1:])]


def graph_groups(graph: nx.MultiDiGraph, base_iri: str, *, quads: bool = True) -> Grouped:
    """Every statement of the graph, grouped by (article graph or "", subject).

    With quads=False all statements are in the default graph, so a statement made in several
    articles is one.
    """
    return _graph_groups(graph, base_iri, quads, _NTriplesForms())


def _graph_groups(graph: nx.MultiDiGraph, base_iri: str, quads: bool, forms: _NTriplesForms) -> Grouped:
    out = _Statements(base_iri, quads, forms)
    articles: dict[str, Article] = graph.graph["articles"]
    for article in articles.values():
        node = out.articles[article.id]
        out.add(node, node, _article_items(article))
    for node_id, data in graph.nodes(data=True):
        node = out.iris[node_id]
        out.add("", node, _entity_items(data, out))
        heads: dict[tuple[str, str | None, bool], _EventHead] = {}  # a node's acts share a few
        for act in data["acts"]:
            shared = (act["lemma"], act["event_type"], act["negated"])
            head = heads.get(shared) if _exact(*shared) else None
            if head is None:
                head = _EventHead(out, node_id, None, *shared)
                if _exact(*shared):
                    heads[shared] = head
            out.event(head, act)
    declared: set[str] = set()
    for u, v, data in graph.edges(data=True):
        subject, target = out.iris[u], out.iris[v]
        prop = f"<{relation_iri(base_iri, data['lemma'])}>"
        asserted = not data["negated"]
        head = _EventHead(out, u, v, data["lemma"], data["event_type"], data["negated"])
        stated: set[str] = set()  # the graphs the relation is stated in: once is enough
        for ev in data["evidence"]:
            article = out.event(head, ev)
            if asserted and ev["modality"] not in UNASSERTED:
                if (article if quads else "") not in stated:
                    stated.add(article if quads else "")
                    out.add(article, subject, [(True, prop, target)])
                if prop not in declared:
                    declared.add(prop)
                    out.add("", prop, [(False, RDF_TYPE, OWL_OBJECT_PROPERTY),
                                       (True, RDFS_SUBPROPERTY, D["relatedTo"]),
                                       (True, RDFS_LABEL, out.texts[data["lemma"]])])
    return Grouped(out.groups, out.merged, forms)


def _exact(lemma: str, event_type: str | None, negated: bool) -> bool:
    """Whether values equal to these make the same event heads: False == 0, but the identity
    hashed for an event IRI is made of their str()."""
    return type(lemma) is str and (event_type is None or type(event_type) is str) and type(negated) is bool


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
    items = [(False, RDF_TYPE, _kind_iri(data["kind"])), (True, RDFS_LABEL, out.texts[data["label"]]),
             (True, D["mentionCount"], literal(str(data["mentions"]), XSD_INTEGER))]
    for attr in ("code", "sector", "role"):
        if data.get(attr):
            items.append((True, D[attr], out.texts[data[attr]]))
    if data.get("affiliation"):
        items.append((True, D["affiliatedWith"], out.iris[data["affiliation"]]))
    items.extend((True, D["alias"], out.texts[alias]) for alias in sorted(data["aliases"]))
    return items


def _in_order(grouped: Grouped) -> Iterator[tuple[str, list[tuple[str, list[Item] | Made]]]]:
    """The graphs that have statements, in order, each with its (subject, group) in order. A
    group made in order is written as it is; Items are written as _sorted_items gives them."""
    for graph, subjects in sorted(grouped.groups.items()):
        if subjects:
            yield graph, sorted(subjects.items(), key=itemgetter(0))  # no look-ups: a third faster


def _sorted_items(grouped: Grouped, graph: str, subject: str, items: list[Item]) -> list[Item]:
    """A group's Items sorted, without duplicates (only groups made of several parts have any)."""
    return sorted(set(items)) if (graph, subject) in grouped.merged else sorted(items)


def _n_quads(grouped: Grouped) -> str:
    # A template a shape: {0} is the end of a line (with the graph), {1} the subject, then objects.
    templates: dict[Shape, str] = {}
    lines = []
    for graph, groups in _in_order(grouped):
        end = f" {graph} .\n" if graph else " .\n"
        for subject, group in groups:
            if type(group) is list:
                items = _sorted_items(grouped, graph, subject, group)
                shape, terms = tuple([p for _, p, _ in items]), (subject, *[o for _, _, o in items])
            else:
                shape, terms = group
            template = templates.get(shape)
            if template is None:
                template = templates[shape] = "".join(
                    f"{{1}} {_braces(p)} {{{i}}}{{0}}" for i, p in enumerate(shape, 2))
            lines.append(template.format(end, *terms))
    return "".join(lines)


def _braces(text: str) -> str:
    """Text to put in a str.format template as it is."""
    return text.replace("{", "{{").replace("}", "}}")


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


# The characters an IRI's Turtle form copies wherever they end it (see _Turtle.stem).
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class _Turtle:
    """N-Triples terms as Turtle writes them: prefixed names, inline numbers and booleans."""

    def __init__(self, namespaces: list[tuple[str, str]]) -> None:
        self.namespaces = namespaces  # (name, IRI), in the order oxigraph tries them
        self.memo: dict[str, str] = {RDF_TYPE: "a"}  # subjects, predicates and graphs
        self.stems: dict[str, tuple[str, str] | None] = {}

    def subject(self, term: str) -> str:
        """A subject, predicate or graph name (subjects are mostly written once: not kept)."""
        return self.memo.get(term) or self.term(term)

    def predicate(self, term: str) -> str:
        found = self.memo.get(term)
        if found is None:
            found = self.memo[term] = self.term(term)
        return found

    def term(self, term: str) -> str:
        if term.startswith("<"):
            return self._iri(term)
        if term.endswith('"'):
            return term  # a plain literal is written as in N-Triples
        quoted, datatype = term.rsplit('"^^<', 1)
        datatype = datatype[:-1]
        inline = _INLINE.get(datatype)
        if inline is not None and inline.fullmatch(quoted[1:]):
            return quoted[1:]
        return f'{quoted}"^^{self.predicate(f"<{datatype}>")}'

    def _iri(self, term: str) -> str:
        # Most IRIs are unique (events, sentences) but for their last letters and digits, which
        # decide nothing: what comes before is worked out once (about 20 times faster).
        stem = term[:-1].rstrip(_ALPHANUMERIC)
        if len(stem) == len(term) - 1:
            return self._abbreviate(term)
        form = self.stem(stem)
        if form is None:
            return self._abbreviate(term)
        return f"{form[0]}{term[len(stem):-1]}{form[1]}"

    def stem(self, stem: str) -> tuple[str, str] | None:
        """See _NTriplesForms.stem. Unless a namespace extends the stem, the namespaces that can
        abbreviate `stem + tail>` are those the stem starts with, tried in the same order; the
        tail's characters are written as they are anywhere in a local name; and it does not end
        with '.', so escaping the stem's part of the local name does not depend on it either."""
        found = self.stems.get(stem, ())
        if found == ():
            iri = stem[1:]
            if any(len(namespace) > len(iri) and namespace.startswith(iri) for _, namespace in self.namespaces):
                found = None
            else:
                written = self._abbreviate(f"{stem}0>")
                cut = written.rindex("0")
                found = written[:cut], written[cut + 1:]
            self.stems[stem] = found
        return found

    def _abbreviate(self, term: str) -> str:
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

    def layout(self, shape: Shape, indent: str) -> list[str]:
        """The text around a group's terms (the subject, then its objects), one piece more."""
        pieces = [indent]
        previous = None
        for p in shape:
            if previous is None:
                pieces.append(f" {self.predicate(p)} ")
            elif p == previous:
                pieces.append(" , ")
            else:
                pieces.append(f" ;\n{indent}\t{self.predicate(p)} ")
            previous = p
        pieces.append(" .\n")
        return pieces


class _TurtleObjects(dict):
    """Objects as Turtle writes them, memoised (rdf:type is "a" only as a predicate), and the
    other way (distinct terms are written apart)."""

    def __init__(self, turtle: _Turtle) -> None:
        super().__init__()
        self.turtle = turtle
        self.n_triples: dict[str, str] = {}

    def __missing__(self, term: str) -> str:
        found = self[term] = self.turtle.term(term)
        self.n_triples[found] = term
        return found


class _TurtleForms(_NTriplesForms):
    """Terms as the Turtle and TriG writer writes them."""

    def __init__(self, turtle: _Turtle) -> None:
        self.turtle = turtle
        self.objects = _TurtleObjects(turtle)

    def __call__(self, term: str) -> str:
        return self.objects[term]

    def subject(self, term: str) -> str:
        return self.turtle.subject(term)

    def term(self, form: str) -> str:
        # Plain literals, not asked for, are the only forms not kept.
        return self.objects.n_triples.get(form, form)

    def stem(self, stem: str) -> tuple[str, str] | None:
        return self.turtle.stem(stem)

    def tailed(self, stem: str, tail: str, term: str) -> str:
        found = self.turtle.stem(stem)
        if found is None:
            return self(term)
        form = f"{found[0]}{tail}{found[1]}"
        self.objects.n_triples[form] = term
        return form


def _interleaving(pieces: list[str]) -> Callable[[tuple[str, ...]], str]:
    """A function of n terms writing pieces[0] + terms[0] + pieces[1] + ... + pieces[n]: an
    f-string compiled for them, three times as fast as %-formatting (a million times over).
    Only names go into its source: the pieces are bound as default arguments."""
    n = len(pieces) - 1
    defaults = "".join(f", p{i}=pieces[{i}]" for i in range(n + 1))
    body = "".join(f"{{p{i}}}{{terms[{i}]}}" for i in range(n)) + f"{{p{n}}}"
    return eval(f"lambda pieces: lambda terms{defaults}: f'{body}'")(pieces)


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


def _turtle(groups: Grouped, prelude: str) -> bytes:
    """Turtle, or TriG where statements have graphs: oxttl's LowLevelTriGSerializer, in Python.

    Groups made in order come with their terms written (see _NTriplesForms); each group is
    encoded on its own, since joining text widens all of it to its widest character.
    """
    forms = groups.forms
    assert isinstance(forms, _TurtleForms)
    term, render = forms.turtle, forms.objects.__getitem__
    # The writers of the shapes of groups made in order, in the default graph and in a named one
    # (indented). Those shapes are few and live as long as their groups: they are kept by
    # identity, since hashing a dozen strings takes as long as the rest of looking one up.
    default_writers: dict[int, Callable[[tuple[str, ...]], str]] = {}
    named_writers: dict[int, Callable[[tuple[str, ...]], str]] = {}
    out = []
    write = out.append
    for graph, in_order in _in_order(groups):
        if not out:
            write(prelude.encode("utf-8"))
        if graph:  # a named graph (the default graph, "", comes first)
            write(f"{term.predicate(graph)} {{\n".encode("utf-8"))
        indent, writers = ("\t", named_writers) if graph else ("", default_writers)
        for subject, group in in_order:
            if type(group) is list:
                items = _sorted_items(groups, graph, subject, group)
                pieces = term.layout(tuple([p for _, p, _ in items]), indent)
                terms = (term.subject(subject), *[render(o) for _, _, o in items])
                write("".join([text for pair in zip(pieces, terms) for text in pair] + pieces[-1:]).encode("utf-8"))
            else:
                shape, terms = group
                writer = writers.get(id(shape))
                if writer is None:
                    writer = writers[id(shape)] = _interleaving(term.layout(shape, indent))
                write(writer(terms).encode("utf-8"))
        if graph:
            write(b"}\n")
    return b"".join(out)


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Statements are strings in lists and tuples, which make no cycles; but the collector walks
    the whole heap, graph included, again and again while a million of them are made (a fifth
    of the writing time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def graph_triples(graph: nx.MultiDiGraph, base_iri: str) -> list[ox.Triple]:
    """The graph's distinct triples, article graphs merged, in the order the writers use."""
    with _no_cyclic_gc():
        lines = _n_quads(graph_groups(graph, base_iri, quads=False)).encode("utf-8")
    return [quad.triple for quad in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)]


def serialize(graph: nx.MultiDiGraph, fmt: str, base_iri: str) -> bytes:
    """The graph in one RDF format, as bytes; the same graph always gives the same bytes."""
    spec = rdf_format(fmt)
    with _no_cyclic_gc():
        # Descriptions of entities are shared across articles: in quad formats they go in the
        # default graph.
        if spec.oxigraph in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            prelude, namespaces = _prelude(base_iri)
            return _turtle(_graph_groups(graph, base_iri, spec.quads, _TurtleForms(_Turtle(namespaces))), prelude)
        lines = _n_quads(graph_groups(graph, base_iri, quads=spec.quads)).encode("utf-8")
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


def read_quads(path):  # TEMP until the rdf branch lands
    from .validate import read_quads as read
    return read(path)
