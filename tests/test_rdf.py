"""RDF output: safe IRIs and literals for any string, every format parseable by three parsers."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib
from conftest import rapper_parses

from kg.graph import build_graph
from kg.iris import DEFAULT_BASE_IRI, entity_iri, slug
from kg.ontology import DIP_IRI
from kg.rdf import format_names, rdf_format, read_quads, serialize, write_rdf
from kg.types import Article, ArticleResult, Entity, Relation, Triple
from kg.validate import validate_file

NASTY = [
    'He said "no"', '"""triple quoted"""', "<script>alert(1)</script>", "a > b } { #hash",
    "new\nline\ttab\r", "back\\slash", "DELETE WHERE { ?s ?p ?o } ;", "Ελλάδα", "中国外交部",
    "مرحبا\u200f", "emoji 🇺🇦 👍🏽", "zero\u200dwidth", "nul\x00char", "\x07bell", " ", "%41 percent",
]


def entity(text: str, kind: str = "Concept") -> Entity:
    return Entity(text=text, label=text, kind=kind, id=entity_iri(DEFAULT_BASE_IRI, kind, text))


def nasty_result() -> ArticleResult:
    article = Article(id='doc "1" <x>', text="\n".join(NASTY), title="T\"it<le>", date="2014-03-14",
                      url="http://example.org/a b", source="Wire\n")
    triples = [
        Triple(doc=article.id, sentence=i, text=s, span=(0, len(s)), subject=entity(s, "Person"),
               relation=Relation(text=s, lemma=s), object=entity(NASTY[-1 - i]), extra_args=(s,),
               event_type="REJECT" if i % 2 else None, negated=bool(i % 3 == 0),
               attributed_to=entity(s, "Group"), date="2014-03-13", confidence=0.5)
        for i, s in enumerate(NASTY)
    ]
    return ArticleResult(article=article, sentences=len(NASTY), triples=triples)


@pytest.mark.parametrize("text", NASTY)
def test_rdf_slug_is_an_iri_segment(text):
    segment = slug(text)
    assert segment and all(ch.isascii() and (ch.isalnum() or ch in "-._~%") for ch in segment)
    ox.NamedNode(DEFAULT_BASE_IRI + "concept/" + segment)  # raises on an invalid IRI


def test_rdf_slug_folds_case_space_and_punctuation():
    assert slug('"Remarkably  unified" Voices') == slug("remarkably unified voices")
    assert slug("Ελλάδα") != slug("中国外交部")


@pytest.mark.parametrize("fmt", format_names())
def test_rdf_nasty_strings_parse_everywhere(tmp_path, fmt):
    graph = build_graph([nasty_result()])
    spec = rdf_format(fmt)
    path = write_rdf(graph, tmp_path / f"graph{spec.suffix}", fmt, DEFAULT_BASE_IRI)
    oxi = list(ox.parse(path=str(path), format=spec.oxigraph))
    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}[fmt]
    dataset = rdflib.Dataset()
    dataset.parse(path, format=rdflib_format)
    assert len(oxi) == len(list(dataset.quads())) > 200
    literals = {q.object.value for q in oxi if isinstance(q.object, ox.Literal)}
    assert "nul\x00char" in literals and 'He said "no"' in literals and "new\nline\ttab\r" in literals
    if fmt in ("turtle", "ntriples", "trig", "nquads"):
        assert rapper_parses(path, {"turtle": "turtle", "ntriples": "ntriples", "trig": "trig", "nquads": "nquads"}[fmt]) == len(oxi)


def test_rdf_nasty_graph_conforms_to_shapes(tmp_path):
    path = write_rdf(build_graph([nasty_result()]), tmp_path / "graph.ttl", "turtle", DEFAULT_BASE_IRI)
    report = validate_file(path)
    assert report.conforms, report.summary


def test_rdf_event_done_by_nobody_named_has_a_target_and_no_source(tmp_path):
    """An agentless passive ("two journalists were arrested") keeps its target; the shapes take
    an event with one party, and refuse one with neither."""
    article = Article(id="doc", text="Two journalists were arrested.")
    nameless = Entity(text="Two journalists", label="", kind="Concept",
                      id=entity_iri(DEFAULT_BASE_IRI, "Concept", "Two journalists"))
    journalists = Entity(text="Two journalists", label="journalists", kind="Group",
                         id=entity_iri(DEFAULT_BASE_IRI, "Group", "journalists"))
    arrest = Triple(doc="doc", sentence=0, text=article.text, span=(0, 30), subject=nameless,
                    relation=Relation("were arrested", "arrest"), object=journalists, event_type="COERCE",
                    date="2014-03-14", confidence=0.8)
    graph = build_graph([ArticleResult(article=article, sentences=1, triples=[arrest])])
    path = write_rdf(graph, tmp_path / "graph.ttl", "turtle", DEFAULT_BASE_IRI)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(f"SELECT ?e ?t WHERE {{ ?e a <{DIP_IRI}Event> ; <{DIP_IRI}target> ?t . "
                            f"FILTER NOT EXISTS {{ ?e <{DIP_IRI}source> ?s }} }}"))
    assert [row["t"].value for row in rows] == [journalists.id]
    assert not any(str(q.object) == f"<{nameless.id}>" or str(q.subject) == f"<{nameless.id}>"
                   for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    report = validate_file(path)
    assert report.conforms, report.summary
    store.update(f"DELETE WHERE {{ ?e <{DIP_IRI}target> ?t }}")
    orphan = tmp_path / "orphan.nt"
    store.dump(str(orphan), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    assert not validate_file(orphan).conforms


def test_rdf_serialisation_is_byte_identical_across_input_order():
    result = nasty_result()
    reordered = ArticleResult(article=result.article, sentences=result.sentences,
                              triples=list(reversed(result.triples)))
    assert serialize(build_graph([result]), "turtle", DEFAULT_BASE_IRI) == serialize(
        build_graph([reordered]), "turtle", DEFAULT_BASE_IRI)


def test_rdf_only_asserted_facts_are_plain_relations():
    article = Article(id="a", text="x")
    russia, ukraine = entity("Russia", "State"), entity("Ukraine", "State")
    base = dict(doc="a", sentence=0, text="x", span=(0, 1), subject=russia, object=ukraine)
    claims = [("invade", "asserted", True), ("annex", "hypothetical", False), ("veto", "intended", False),
              ("shell", "reported", False), ("bomb", "denied", False), ("attack", "future", False),
              ("recognise", "requested", False), ("blockade", "possible", False)]
    triples = [Triple(**base, relation=Relation(lemma, lemma), modality=modality, negated=negated)
               for lemma, modality, negated in claims]
    triples.append(Triple(**base, relation=Relation("vetoed", "veto"), modality="asserted"))
    data = serialize(build_graph([ArticleResult(article=article, sentences=1, triples=triples)]),
                     "ntriples", DEFAULT_BASE_IRI).decode()
    direct = [line for line in data.splitlines()
              if line.startswith(f"<{russia.id}>") and f"<{ukraine.id}>" in line]
    assert direct == [f"<{russia.id}> <{DEFAULT_BASE_IRI}relation/veto> <{ukraine.id}> ."]


# --- one order for every format; JSON-LD compacted with an @context --------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.rdf import prefixes  # noqa: E402

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _statement_keys(quads) -> list[tuple]:
    return [(str(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else "", str(q.subject),
             str(q.predicate) != RDF_TYPE, str(q.predicate), str(q.object)) for q in quads]


def _assert_one_order_everywhere(graph, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """N-Quads and N-Triples list each statement once, sorted by (graph, subject, rdf:type first,
    predicate, object) as N-Triples prints them; Turtle, TriG and JSON-LD say the same statements
    (Turtle and TriG in that order, as pyoxigraph lays them out)."""
    for quads in (True, False):
        lines = serialize(graph, "nquads" if quads else "ntriples", base_iri)
        parsed = list(ox.parse(lines, format=ox.RdfFormat.N_QUADS))
        keys = _statement_keys(parsed)
        assert keys == sorted(set(keys))
        statements = parsed if quads else [q.triple for q in parsed]
        layout = "trig" if quads else "turtle"
        assert serialize(graph, layout, base_iri) == ox.serialize(
            statements, format=rdf_format(layout).oxigraph, prefixes=prefixes(base_iri))
    document = serialize(graph, "jsonld", base_iri)
    assert json.loads(document)["@context"] == prefixes(base_iri)
    assert sorted(map(str, ox.parse(document, format=ox.RdfFormat.JSON_LD))) == sorted(map(str, statements))


def test_rdf_one_order_everywhere_on_nasty_strings():
    _assert_one_order_everywhere(build_graph([nasty_result()]))


def test_rdf_one_order_everywhere_on_the_seed(seed_graph):
    _assert_one_order_everywhere(seed_graph)
    _assert_one_order_everywhere(seed_graph, "http://example.org/other-base#")


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_text, _text, _text, st.sampled_from(("Person", "Concept", "Group", "Place")),
                          st.booleans()), min_size=1, max_size=6), _text)
def test_rdf_one_order_everywhere_on_any_strings(rows, doc_id):
    article = Article(id=doc_id or "d", text="x", title=doc_id, url=doc_id, source=doc_id)
    triples = [
        Triple(doc=article.id, sentence=i, text=a, span=(0, 1), subject=entity(a, kind), relation=Relation(b, b or "r"),
               object=entity(c) if flag else None, extra_args=(a, c, a), event_type="AGREE" if flag else None,
               negated=not flag, attributed_to=entity(c, "Person") if flag else None, date=None, confidence=0.333)
        for i, (a, b, c, kind, flag) in enumerate(rows)
    ]
    _assert_one_order_everywhere(build_graph([ArticleResult(article=article, sentences=len(rows), triples=triples)]))


def test_rdf_every_format_parses_with_pyoxigraph_and_rapper_and_is_byte_identical_between_runs(tmp_path, seed_graph):
    """Every registered format: pyoxigraph reads back the statements of the N-Triples; rapper
    (raptor2, which reads no JSON-LD) counts as many; rdflib reads the JSON-LD alike. Two
    writes in two processes give the same bytes."""
    triples = sorted(map(str, ox.parse(serialize(seed_graph, "ntriples", DEFAULT_BASE_IRI),
                                       format=ox.RdfFormat.N_TRIPLES)))
    for name in format_names():
        spec = rdf_format(name)
        path = write_rdf(seed_graph, tmp_path / f"graph{spec.suffix}", name, DEFAULT_BASE_IRI)
        parsed = read_quads(path)
        assert sorted({str(q.triple) for q in parsed}) == triples, name
        if name == "jsonld":
            assert len(rdflib.Graph().parse(path, format="json-ld")) == len(triples)
        else:
            assert rapper_parses(path, name) == len(parsed), name
    # The graph handed to new processes, with other hash seeds: set and dict orders change.
    (tmp_path / "graph.pickle").write_bytes(pickle.dumps(seed_graph))
    script = ("import pickle, sys; from kg.rdf import serialize; from kg.iris import DEFAULT_BASE_IRI; "
              "graph = pickle.loads(open(sys.argv[1], 'rb').read()); "
              "sys.stdout.buffer.write(serialize(graph, 'nquads', DEFAULT_BASE_IRI))")
    runs = [subprocess.run([sys.executable, "-c", script, str(tmp_path / "graph.pickle")], capture_output=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1] == (tmp_path / "graph.nq").read_bytes()


# --- event identities: made when a triple is merged, written as the events' IRIs ------------

def _documented_event_id(source, target, lemma, event_type, negated, evidence) -> str:
    """kg.iris.event_id's recipe, as its docstring states it."""
    data = "\x1f".join(map(str, (source, target, lemma, event_type, negated))) + "\x1f" + json.dumps(
        evidence, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:24]


_confidences = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.sampled_from((0.0, -0.0, 1, True)))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_text, _text, st.lists(_text, max_size=3), _confidences, st.booleans(),
                          st.one_of(st.none(), _text), st.sampled_from((0, 1, True, 7)), st.booleans()),
                min_size=1, max_size=5))
def test_rdf_event_ids_follow_their_recipe_and_name_the_written_events(rows):
    article = Article(id="doc", text="x")
    nameless = Entity(text="it", label="", kind="Concept", id=entity_iri(DEFAULT_BASE_IRI, "Concept", "it"))
    triples = [
        Triple(doc=article.id, sentence=sentence, text=a, span=(0, 1),
               subject=entity(a or "s", "Person") if named else nameless,
               relation=Relation(b, b or "r"), object=entity(b or "o") if flag else None, extra_args=tuple(extras),
               event_type="REJECT" if flag else None, negated=not flag, modality="reported", date=date,
               attributed_to=entity(b or "x", "Group") if date else None, confidence=confidence)
        for a, b, extras, confidence, flag, date, sentence, named in rows
    ]
    graph = build_graph([ArticleResult(article=article, sentences=len(rows), triples=triples)])
    events = [(u, v, data, ev) for u, v, data in graph.edges(data=True) for ev in data["evidence"]]
    events += [(node, None, act, act) for node, data in graph.nodes(data=True) for act in data["acts"]]
    events += [(None, node, act, act) for node, data in graph.nodes(data=True) for act in data["undergone"]]
    assert len(events) == graph.graph["triples"]
    for source, target, shared, ev in events:
        own = {key: value for key, value in ev.items() if key != "event"}
        assert ev["event"] == _documented_event_id(source, target, shared["lemma"], shared["event_type"],
                                                   shared["negated"], own)
    written = {str(q.subject) for q in ox.parse(serialize(graph, "ntriples", DEFAULT_BASE_IRI),
                                                 format=ox.RdfFormat.N_TRIPLES)
               if str(q.object) == f"<{DIP_IRI}Event>"}
    assert written == {f"<{DEFAULT_BASE_IRI}event/{ev['event']}>" for *_, ev in events}


def test_rdf_writer_refuses_an_event_id_that_cannot_end_an_iri():
    graph = build_graph([nasty_result()])
    _, _, data = next(iter(graph.edges(data=True)))
    data["evidence"][0]["event"] = "not> an id"
    with pytest.raises(ValueError, match="event id"):
        serialize(graph, "turtle", DEFAULT_BASE_IRI)
