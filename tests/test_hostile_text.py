"""Arbitrary text, however hostile, goes through extraction and comes out as RDF every parser reads.

Property-based (hypothesis): control characters, NUL, lone surrogates (through JSON escapes,
where the input layer can meet them), right-to-left marks, emoji, zero-width joiners, quotes,
backslashes, angle brackets, braces, '#', very long tokens — as whole texts and as names in
sentences the extractor does read as triples. `scripts/fuzz.py` runs the same with more documents.
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
from kg.nlp import parse
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

# CI runs 5,000 generated documents; scripts/fuzz.py sets KG_FUZZ_DOCUMENTS for a longer run.
DOCUMENTS = int(os.environ.get("KG_FUZZ_DOCUMENTS", "5000"))
# Documents go through in batches of this many, one example each, and a batch makes one graph:
# spaCy parses it in one nlp.pipe call (as kg does), and hypothesis's work per example and the
# writers' and parsers' work per file are paid once a batch. Each document is checked as before.
DOCUMENTS_PER_EXAMPLE = 20
LIBRARY_SETTINGS = settings(max_examples=max(1, DOCUMENTS // DOCUMENTS_PER_EXAMPLE), deadline=None,
                            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                   HealthCheck.data_too_large])


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
    return [extract_article(doc, article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI)
            for article, doc in parse(nlp, articles, batch_size=DOCUMENTS_PER_EXAMPLE)]


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
@given(texts=st.lists(document, min_size=DOCUMENTS_PER_EXAMPLE, max_size=DOCUMENTS_PER_EXAMPLE))
def test_hostile_text_extracts_and_serialises_everywhere(nlp, texts):
    results = results_of(nlp, texts)
    for result in results:
        for triple in result.triples:
            json.dumps(triple.to_json(), ensure_ascii=False).encode("utf-8")  # the JSONL line is valid UTF-8
            assert 0.0 <= triple.confidence <= 1.0
    check_every_format(build_graph(results))


@settings(max_examples=max(5, DOCUMENTS // 250), deadline=None,
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


# ---- names and XML exports --------------------------------------------------------------------

# Characters XML 1.0 cannot hold (a bell, NUL, a lone surrogate, a non-character) beside ones it can
# that still upset readers (a right-to-left override, a zero-width joiner, a line separator).
XML_HOSTILE_LABELS = ["bell\u0007name", "nul\u0000name", "lone\ud800surrogate", "non\ufffecharacter",
                      "\u202eoverride", "zero\u200dwidth", "line\u2028separator", "esc\u001b[31mred"]


def _hostile_viz_graph():
    from kg.iris import entity_iri
    from kg.types import Article, ArticleResult, Entity, Relation, Triple
    from synthetic import viz_graph

    people = [Entity(text=label, label=label, kind="Person", id=entity_iri(DEFAULT_BASE_IRI, "Person", f"p{i}"))
              for i, label in enumerate(XML_HOSTILE_LABELS)]
    triples = [Triple(doc="hostile", sentence=i, text=f"{a.label} met {b.label}.\u0007", span=(0, 1), subject=a,
                      relation=Relation(text="met\u0000", lemma="meet"), object=b, event_type="CONSULT",
                      date="2014-03-14", confidence=0.9)
               for i, (a, b) in enumerate(zip(people, people[1:]))]
    return viz_graph([ArticleResult(article=Article(id="hostile", text=""), sentences=len(triples), triples=triples)])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_hostile_labels_make_well_formed_xml_that_networkx_reads(tmp_path, fmt):
    import xml.etree.ElementTree as ET

    import networkx as nx

    from kg.viz import export

    data, _ = export(_hostile_viz_graph(), fmt)
    ET.fromstring(data)  # well-formed XML 1.0
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(data)
    graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert len(labels) == len(XML_HOSTILE_LABELS)
    # What XML can carry is kept as written; what it cannot is shown as U+FFFD, not dropped silently.
    assert {"\u202eoverride", "zero\u200dwidth", "line\u2028separator"} <= labels
    assert {"bell\ufffdname", "nul\ufffdname", "lone\ufffdsurrogate", "non\ufffdcharacter"} <= labels


def test_hostile_labels_in_svg_and_html(tmp_path):
    import shutil
    import xml.etree.ElementTree as ET

    from kg.viz import export

    graph = _hostile_viz_graph()
    page, _ = export(graph, "html")
    page.decode("utf-8")  # whole UTF-8: a lone surrogate would have been an encoding error
    assert not any(ch in page for ch in (b"\x00", b"\x07", b"\x1b"))  # escaped inside the JSON
    if shutil.which("dot") is None:
        pytest.skip("Graphviz is not installed")
    svg, _ = export(graph, "svg")
    ET.fromstring(svg)


def test_hostile_text_through_build_and_viz_is_well_formed(tmp_path):
    """Control characters that JSON escapes carry into an article reach the RDF, and the viz
    exports of its graph still parse."""
    import xml.etree.ElementTree as ET

    import networkx as nx
    from click.testing import CliRunner

    from kg.cli import cli

    text = "Russia\u0007 vetoed the draft.\u0000 Vladimir Putin met Angela Merkel\u0007 in Berlin \u202e."
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": text, "date": "2014-03-14"}) + "\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"graph.{fmt}"
        result = runner.invoke(cli, ["viz", str(tmp_path / "out"), "-o", str(path), "--max-edges", "0"])
        assert result.exit_code == 0, result.output
        ET.parse(path)
        assert reader(path).number_of_nodes() > 0


def test_invisible_characters_do_not_make_a_second_person(nlp):
    from kg.api import extract_text

    triples = extract_text("Vladimir Putin met Angela Merkel in Berlin. Pu\u200dtin later called Xi Jinping. "
                           "Vladimir Pu\u00adtin also met Recep Tayyip Erdogan.")
    subjects = {t.subject.id for t in triples if "tin" in t.subject.text}
    assert subjects == {DEFAULT_BASE_IRI + "person/vladimir-putin"}
    assert any("\u200d" in t.subject.text for t in triples)  # the mention keeps the text as written


def test_names_are_composed_and_visible():
    from kg.text import normalise_name, xml_safe

    assert normalise_name("Rau\u0301l\u200b  Castro\u0007") == "Raúl Castro"
    assert normalise_name("\ufeffKim\u00adJong\tUn") == "KimJong Un"
    assert xml_safe("a\u0000b\tc\ud800") == "a\ufffdb\tc\ufffd"
