"""Arbitrary text, however hostile, goes through extraction and comes out as RDF every parser reads.

Property-based (hypothesis): control characters, NUL, lone surrogates (through JSON escapes,
where the input layer can meet them), right-to-left marks, emoji, zero-width joiners, quotes,
backslashes, angle brackets, braces, '#', very long tokens — as whole texts and as names in
sentences the extractor does read as triples. `scripts/fuzz.py` runs the same with more examples.
"""

from __future__ import annotations

import io
import json
import os
from collections import Counter

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_article
from kg.graph import build_graph
from kg.errors import InputError
from kg.inputs import ReadOptions, ReadReport, read_articles
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon
from kg.rdf import format_names, rdf_format, serialize
from kg.validate import validate_graph

HOSTILE = ['"', '"""', "'", "\\", "<", ">", "{", "}", "#", "\n", "\r", "\t", "\x00", "\x07", "\u200f",
           "\u202e", "\u200d", "\ufeff", "👍🏽", "🇺🇦", "\ud800", "\udfff", "%41", "@prefix", "DELETE WHERE {",
           "中国", "Ελλάδα", "مرحبا", " ", "x" * 300]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)), max_size=12).map("".join)
name = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(alphabet=st.characters(min_codepoint=65, max_codepoint=0x10FFFF), min_size=1, max_size=8)),
                min_size=1, max_size=4).map("".join)
# Sentences the extractor reads as triples, so that hostile strings reach labels, IRIs and literals.
TEMPLATES = ["{a} said {b} would veto the {c} resolution.", "{a} met with {b} in {c}.",
             "The {a} government accused {b} of attacking {c}.", "\"{a}\", {b} told {c}."]
sentence = st.builds(lambda t, a, b, c: t.format(a=a, b=b, c=c), st.sampled_from(TEMPLATES), name, name, name)
document = st.lists(st.one_of(sentence, hostile_text), min_size=1, max_size=4).map(" ".join)

# CI runs 2,000 examples; scripts/fuzz.py sets KG_FUZZ_EXAMPLES for a longer run.
EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "2000"))
LIBRARY_SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def results_of(nlp, texts):
    data = "".join(json.dumps({"id": f"doc{i}", "text": text, "title": text[:40]}) + "\n" for i, text in enumerate(texts))
    # Blank documents and web pages are bad input (skipped); everything else must go through.
    report = ReadReport()
    try:
        articles = list(read_articles(["-"], ReadOptions(skip_bad=True), stdin=io.BytesIO(data.encode("ascii")),
                                      report=report))
    except InputError:
        articles = []
    assert all(reason.endswith(": no text") or "HTML, not article text" in reason for reason in report.skipped)
    return [extract_article(nlp(a.text), a, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI) for a in articles]


RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}


MENTIONS = "https://w3id.org/kg-diplomacy/ontology#mentionCount"


def check_every_format(graph):
    statements, mentions = {}, {}
    for fmt in format_names():
        data = serialize(graph, fmt, DEFAULT_BASE_IRI)
        quads = list(ox.parse(data, format=rdf_format(fmt).oxigraph))
        parsed = rdflib.Dataset()
        parsed.parse(data=data.decode("utf-8"), format=RDFLIB_FORMATS[fmt])
        assert len(list(parsed.quads())) == len(quads), fmt
        statements[fmt] = {q.triple for q in quads if q.predicate.value != MENTIONS}
        # Quad formats count mentions per article graph, triple formats in all: the sums agree.
        totals = Counter()
        for q in quads:
            if q.predicate.value == MENTIONS:
                totals[q.subject.value] += int(q.object.value)
        mentions[fmt] = totals
    assert all(found == statements["turtle"] for found in statements.values())  # the same statements
    assert all(found == mentions["turtle"] for found in mentions.values()), mentions


@LIBRARY_SETTINGS
@given(texts=st.lists(document, min_size=1, max_size=3))
def test_hostile_text_extracts_and_serialises_everywhere(nlp, texts):
    results = results_of(nlp, texts)
    for result in results:
        for triple in result.triples:
            json.dumps(triple.to_json(), ensure_ascii=False).encode("utf-8")  # the JSONL line is valid UTF-8
            assert 0.0 <= triple.confidence <= 1.0
    check_every_format(build_graph(results))


@settings(max_examples=max(5, EXAMPLES // 100), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(document, min_size=30, max_size=40))
def test_hostile_text_graphs_conform_to_the_shapes(nlp, texts):
    graph = build_graph(results_of(nlp, texts))
    data = serialize(graph, "turtle", DEFAULT_BASE_IRI)
    parsed = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    report = validate_graph(parsed)
    assert report.conforms, report.summary


def test_hostile_names_reach_the_graph(nlp):
    """The templates do put hostile strings into entities, so the properties above test something."""
    (result,) = results_of(nlp, ['Ελλάδα"""<x> said 中国{#} would veto the \\n resolution.'])
    texts = {e.text for t in result.triples for e in (t.subject, t.object) if e}
    assert any('"""' in t or "中国" in t for t in texts), texts


@pytest.mark.parametrize("text", ["\ud800 lone", "a\x00b", "\u202eevil", "x" * 20000])
def test_hostile_single_inputs(nlp, text):
    check_every_format(build_graph(results_of(nlp, [text])))
