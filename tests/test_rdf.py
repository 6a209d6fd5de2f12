"""RDF output: safe IRIs and literals for any string, every format parseable by three parsers."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from conftest import rapper_parses

from kg.graph import build_graph
from kg.iris import DEFAULT_BASE_IRI, entity_iri, slug
from kg.rdf import RDF_FORMATS, serialize, write_rdf
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


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_nasty_strings_parse_everywhere(tmp_path, fmt):
    graph = build_graph([nasty_result()])
    spec = RDF_FORMATS[fmt]
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


def test_rdf_serialisation_is_byte_identical_across_input_order():
    result = nasty_result()
    reordered = ArticleResult(article=result.article, sentences=result.sentences,
                              triples=list(reversed(result.triples)))
    assert serialize(build_graph([result]), "turtle", DEFAULT_BASE_IRI) == serialize(
        build_graph([reordered]), "turtle", DEFAULT_BASE_IRI)


def test_rdf_negated_and_hypothetical_relations_are_not_stated_as_facts():
    article = Article(id="a", text="x")
    russia, ukraine = entity("Russia", "State"), entity("Ukraine", "State")
    base = dict(doc="a", sentence=0, text="x", span=(0, 1), subject=russia, object=ukraine)
    triples = [
        Triple(**base, relation=Relation("invade", "invade"), negated=True),
        Triple(**base, relation=Relation("would annex", "annex"), modality="hypothetical"),
        Triple(**base, relation=Relation("vowed to veto", "veto"), modality="intended"),
    ]
    data = serialize(build_graph([ArticleResult(article=article, sentences=1, triples=triples)]),
                     "ntriples", DEFAULT_BASE_IRI).decode()
    direct = [line for line in data.splitlines()
              if line.startswith(f"<{russia.id}>") and f"<{ukraine.id}>" in line]
    assert direct == [f"<{russia.id}> <{DEFAULT_BASE_IRI}relation/veto> <{ukraine.id}> ."]
