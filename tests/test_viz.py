"""kg viz: read-back from RDF, filters, and every export format read back by other tools."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from conftest import ROOT
from synthetic import nasty_result, synthetic_results, viz_graph

from kg.cli import cli
from kg.errors import FilterError, InputError, OptionError
from kg.graph import build_graph
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import PLOVER_TYPES
from kg.ontology import ontology_path
from kg.rdf import format_names, rdf_format, write_rdf
from kg.viz import VizFilter, apply_filters, available_exporters, export, load_viz_graph, visualize
from kg.viz.attributes import EDGE_ATTRIBUTES, NODE_ATTRIBUTES
from kg.viz.html import CYTOSCAPE_SHA256, asset, json_for_script
from kg.viz.readback import QUAD_CLASSES, vocabulary
from kg.viz.style import QUAD_COLOURS

RUSSIA = DEFAULT_BASE_IRI + "state/RUS"
UKRAINE = DEFAULT_BASE_IRI + "state/UKR"
VETOED = DEFAULT_BASE_IRI + "state/USA"  # the owner of the draft resolution is what the veto is aimed at
VETO_SENTENCE = "Russia on Thursday vowed to veto the U.S. draft resolution"


@pytest.fixture(scope="module")
def seed_built(seed_result):
    """The seed graph as `kg build` makes it (with its default --min-confidence)."""
    (option,) = [p for p in cli.commands["build"].params if p.name == "min_confidence"]
    return build_graph([seed_result], min_confidence=option.default)


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory, seed_built):
    """The seed graph as `kg build` writes it, in every RDF format."""
    out = tmp_path_factory.mktemp("seed-rdf")
    for fmt in format_names():
        write_rdf(seed_built, out / f"graph{rdf_format(fmt).suffix}", fmt, DEFAULT_BASE_IRI)
    return out


@pytest.fixture(scope="module")
def seed_viz(seed_dir):
    return load_viz_graph(seed_dir)


@pytest.fixture(scope="module")
def counts(seed_built):
    """What the built graph holds, counted on kg's own networkx graph, not on the read-back."""
    class Counts:
        entities = seed_built.number_of_nodes()
        relations = seed_built.number_of_edges()
        events = sum(d["count"] for _, _, d in seed_built.edges(data=True))

        @staticmethod
        def of_types(*types):
            return sum(d["count"] for _, _, d in seed_built.edges(data=True) if d["event_type"] in types)
    return Counts


def edge(graph, u, v, relation):
    (data,) = [d for _, t, d in graph.out_edges(u, data=True) if t == v and d["relation"] == relation]
    return data


# ---- read-back -------------------------------------------------------------------------------

def test_viz_readback_agrees_with_the_built_graph(seed_viz, seed_built):
    seed_graph = seed_built
    assert set(seed_viz) == set(seed_graph)
    for node, data in seed_graph.nodes(data=True):
        got = seed_viz.nodes[node]
        assert (got["label"], got["kind"], got["mentions"]) == (data["label"], data["kind"], data["mentions"])
        assert (got["code"], got["sector"]) == (data["code"] or "", data["sector"] or "")
    # Facts and claims of one relation are two edges: the claims' key is marked.
    texts: dict[tuple, list[str]] = {}
    for u, v, k, d in seed_graph.edges(keys=True, data=True):
        for ev in d["evidence"]:
            texts.setdefault((u, v, k + ("|claim" if ev["modality"] != "asserted" else "")), []).append(ev["text"])
    expected = {key: (len(found), sorted(found)) for key, found in texts.items()}
    got = {(u, v, k): (d["count"], sorted(ev["text"] for ev in d["evidence"]))
           for u, v, k, d in seed_viz.edges(keys=True, data=True)}
    assert got == expected
    veto = edge(seed_viz, RUSSIA, VETOED, "veto")
    assert (veto["event_type"], veto["quad_class"], veto["count"], veto["negated"]) == ("REJECT", "verbal conflict", 1, False)
    # A vow is a claim, not a veto that happened; the edge says so in the text's words.
    assert (veto["claim"], veto["modality"], veto["text"]) == (True, "intended", "vowed to veto")
    assert veto["first_date"] == veto["last_date"] == "2014-03-13"
    assert veto["evidence"][0]["text"].startswith(VETO_SENTENCE)
    invade = edge(seed_viz, RUSSIA, UKRAINE, "invade")
    assert (invade["event_type"], invade["quad_class"], invade["negated"]) == ("ASSAULT", "material conflict", True)


@pytest.mark.parametrize("fmt", format_names())
def test_viz_readback_reads_every_rdf_format_alike(seed_dir, seed_viz, fmt):
    graph = load_viz_graph(seed_dir / f"graph{rdf_format(fmt).suffix}")
    assert dict(graph.nodes(data=True)) == dict(seed_viz.nodes(data=True))
    assert sorted(graph.edges(keys=True, data=True)) == sorted(seed_viz.edges(keys=True, data=True))


def test_viz_quad_classes_are_those_annotated_in_the_ontology():
    ontology = rdflib.Graph().parse(ontology_path(), format="turtle")
    annotated = {str(t): str(q) for t, q in ontology.query(
        "SELECT ?t ?q WHERE { ?c <http://www.w3.org/2004/02/skos/core#notation> ?t ; "
        "<https://w3id.org/kg-diplomacy/ontology#quadClass> ?q }")}
    assert vocabulary().quad_classes == annotated
    assert set(annotated) == set(PLOVER_TYPES) and set(annotated.values()) == set(QUAD_CLASSES)
    assert list(QUAD_COLOURS)[:4] == ["material cooperation", "verbal cooperation", "verbal conflict",
                                      "material conflict"]


def test_viz_synthetic_graph_equals_its_rdf_read_back(tmp_path):
    """The generator the large-graph tests use makes what read-back makes of the same RDF."""
    results = synthetic_results(60, 150, seed=3)
    path = write_rdf(build_graph(results), tmp_path / "graph.nt", "ntriples", DEFAULT_BASE_IRI)
    read = load_viz_graph(path)
    made = viz_graph(results)
    assert (read.number_of_nodes(), read.number_of_edges()) == (60, 150)
    assert dict(read.nodes(data=True)) == dict(made.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(made.edges(keys=True, data=True))


def test_viz_readback_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_viz_graph(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="no graph file in this directory"):
        load_viz_graph(tmp_path)
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="not valid RDF"):
        load_viz_graph(tmp_path / "bad.ttl")
    with pytest.raises(InputError, match="no kg entities"):
        load_viz_graph(ontology_path())
    (tmp_path / "notes.txt").write_text("hi", encoding="utf-8")
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_viz_graph(tmp_path / "notes.txt")


# ---- filters ---------------------------------------------------------------------------------

def test_viz_filter_nothing_keeps_everything(seed_viz, counts):
    graph, report = apply_filters(seed_viz)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (counts.entities, counts.relations)
    assert report.complete and report.note() == (
        f"All {counts.entities} entities and {counts.relations} relations ({counts.events} events).")


def test_viz_filter_event_types(seed_viz, counts):
    graph, report = apply_filters(seed_viz, VizFilter(event_types=("reject", "THREATEN")))
    assert {d for _, _, d in graph.edges(data="event_type")} == {"REJECT", "THREATEN"}
    assert report.events == counts.of_types("REJECT", "THREATEN") > 0
    assert all(graph.degree(n) > 0 for n in graph)
    assert "event types REJECT, THREATEN" in report.note() and report.note().startswith("Showing ")


def test_viz_filter_dates(seed_viz):
    early = {(u, v, k) for u, v, k, d in seed_viz.edges(keys=True, data=True)
             if d["first_date"] and d["first_date"] <= "2014-03-13"}  # undated events match no range
    graph, report = apply_filters(seed_viz, VizFilter(until="2014-03-13"))
    assert set(graph.edges(keys=True)) == early and 0 < len(early) < 100
    assert (RUSSIA, VETOED, "veto|REJECT|pos|claim") in early and "events dated … to 2014-03-13" in report.note()
    graph, _ = apply_filters(seed_viz, VizFilter(since="2014-03-14"))
    assert not set(graph.edges(keys=True)) & early


def test_viz_filter_dates_trim_evidence_counts_and_spans():
    graph = viz_graph(synthetic_results(30, 80, seed=5, days=90))
    busiest = max(graph.edges(keys=True, data=True), key=lambda e: (e[3]["count"], e[:3]))
    dates = sorted(ev["date"] for ev in busiest[3]["evidence"])
    assert dates[0] < dates[-1]
    middle = dates[len(dates) // 2]
    cut, _ = apply_filters(graph, VizFilter(since=middle))
    kept = cut.edges[busiest[:3]]
    assert kept["count"] == sum(d >= middle for d in dates) and kept["first_date"] == middle
    assert kept["last_date"] == dates[-1]
    assert busiest[3]["count"] == len(dates)  # the input graph is left alone


def test_viz_filter_min_count(seed_viz):
    graph, _ = apply_filters(seed_viz, VizFilter(min_count=2))
    assert [(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"], d["count"])
            for u, v, d in graph.edges(data=True)] == [("Sergey Lavrov", "tell", "reporters", 2)]


def test_viz_filter_focus_and_depth(seed_viz):
    one, report = apply_filters(seed_viz, VizFilter(focus="russia"))
    neighbours = set(nx.all_neighbors(seed_viz, RUSSIA)) | {RUSSIA}
    assert set(one) == neighbours and "within 1 step of Russia" in report.note()
    assert set(apply_filters(seed_viz, VizFilter(focus=RUSSIA))[0]) == neighbours
    assert set(apply_filters(seed_viz, VizFilter(focus="Russia", depth=0))[0]) == {RUSSIA}
    two, _ = apply_filters(seed_viz, VizFilter(focus="Russia", depth=2))
    assert set(two) > neighbours


def test_viz_filter_top_keeps_the_entities_with_most_events(seed_viz):
    graph, report = apply_filters(seed_viz, VizFilter(top=5))
    degree = {n: sum(c for *_, c in seed_viz.edges(n, data="count")) + sum(c for *_, c in seed_viz.in_edges(n, data="count"))
              for n in seed_viz}
    assert RUSSIA in graph and len(graph) <= 5
    assert min(degree[n] for n in graph) >= sorted(degree.values(), reverse=True)[4]
    assert "the 5 entities with the most events" in report.note()
    # a format's default applies only when --top is not given
    assert apply_filters(seed_viz, VizFilter(), default_top=5)[0].number_of_nodes() == len(graph)
    assert apply_filters(seed_viz, VizFilter(top=0), default_top=5)[0].number_of_nodes() == len(seed_viz)


def test_viz_filter_max_edges_keeps_the_most_frequent(seed_viz):
    graph, report = apply_filters(seed_viz, VizFilter(max_edges=1))
    assert [d["count"] for _, _, d in graph.edges(data=True)] == [max(d["count"] for _, _, d in seed_viz.edges(data=True))]
    assert graph.number_of_nodes() == 2 and "the 1 relations seen most often" in report.note()


def test_viz_filter_large_graph_defaults_say_what_was_left_out():
    graph = viz_graph(synthetic_results(2000, 8000, seed=2))
    cut, report = apply_filters(graph, default_top=300, default_max_edges=1000)
    assert cut.number_of_nodes() <= 300 and cut.number_of_edges() == 1000
    assert report.note().startswith(f"Showing {cut.number_of_nodes():,} of 2,000 entities, 1,000 of 8,000 relations")
    assert "--top 0 shows all" in report.note() and "--max-edges 0 shows all" in report.note()


@pytest.mark.parametrize("flt, error, message", [
    (VizFilter(focus="Rusia"), FilterError, "did you mean 'Russia'"),  # what the graph holds
    (VizFilter(focus="Atlantis"), FilterError, "no entity with this label"),
    (VizFilter(since="2020-01-01"), FilterError, "nothing left to draw"),
    (VizFilter(event_types=("DANCE",)), OptionError, "unknown; choose from"),  # malformed options
    (VizFilter(since="14 March"), OptionError, "not a date"),
    (VizFilter(since="2014-03-15", until="2014-03-01"), OptionError, "is after"),
])
def test_viz_filter_errors(seed_viz, flt, error, message):
    with pytest.raises(error, match=message):
        apply_filters(seed_viz, flt)


# ---- file formats read back by other tools ---------------------------------------------------

@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_viz_graphml_and_gexf_read_back_with_networkx(seed_dir, tmp_path, fmt, read, counts, seed_built):
    path = visualize(seed_dir, tmp_path / f"seed.{fmt}").path
    graph = read(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (counts.entities, counts.relations)
    for _, data in graph.nodes(data=True):
        assert set(NODE_ATTRIBUTES) <= set(data)
        assert all(isinstance(value, (str, int, float, bool, dict)) and value != "None" for value in data.values())
    for _, _, data in graph.edges(data=True):
        assert set(EDGE_ATTRIBUTES) - {"weight"} <= set(data)
        assert all(value is not None and value != "None" for value in data.values())
    russia = graph.nodes[RUSSIA]
    assert (russia["label"], russia["kind"], russia["code"], russia["sector"], russia["mentions"]) == \
        ("Russia", "State", "RUS", "GOV", seed_built.nodes[RUSSIA]["mentions"])
    (veto,) = [d for _, v, d in graph.out_edges(RUSSIA, data=True) if d["relation"] == "veto"]
    assert (veto["event_type"], veto["quad_class"], veto["count"], veto["negated"]) == ("REJECT", "verbal conflict", 1, False)
    # A vow is a claim, not a veto that happened; the edge says so in the text's words.
    assert (veto["claim"], veto["modality"], veto["line"]) == (True, "intended", "dotted")
    assert (veto["first_date"], veto["last_date"]) == ("2014-03-13", "2014-03-13")
    assert VETO_SENTENCE in veto["evidence"] and veto["label"] == "vowed to veto ×1"
    (invade,) = [d for _, v, d in graph.out_edges(RUSSIA, data=True) if d["relation"] == "invade"]
    assert invade["negated"] is True and invade["quad_class"] == "material conflict"


def test_viz_graphml_declares_scalar_types_only(seed_dir, tmp_path, counts):
    path = visualize(seed_dir, tmp_path / "seed.graphml").path
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {k.get("attr.name"): (k.get("for"), k.get("attr.type"))
            for k in ET.parse(path).getroot().findall("g:key", ns)}
    assert keys["mentions"] == ("node", "long") or keys["mentions"] == ("node", "int")
    assert keys["count"][1] in ("int", "long") and keys["negated"] == ("edge", "boolean")
    assert {t for _, t in keys.values()} <= {"string", "int", "long", "boolean", "double"}
    edge_ids = [e.get("id") for e in ET.parse(path).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(edge_ids) == len(set(edge_ids)) == counts.relations  # Gephi drops edges whose id repeats


def test_viz_gexf_has_colours_and_time_spans(seed_dir, tmp_path):
    text = visualize(seed_dir, tmp_path / "seed.gexf").path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert 'start="2014-03-13" end="2014-03-13"' in text
    assert re.search(r'<viz:color r="78" g="121" b="167"', text)  # a State's blue
    shapes = set(re.findall(r'<viz:shape value="(\w+)"', text))
    assert shapes == {"solid", "dotted", "dashed"}  # facts, claims and negated relations


def test_viz_cyjs_has_the_same_attributes(seed_dir, tmp_path, counts):
    document = json.loads(visualize(seed_dir, tmp_path / "seed.cyjs").path.read_text(encoding="utf-8"))
    assert document["format_version"] == "1.0"
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    assert (len(nodes), len(edges)) == (counts.entities, counts.relations)
    assert all(set(NODE_ATTRIBUTES) | {"id"} <= set(n["data"]) for n in nodes)
    assert all(set(EDGE_ATTRIBUTES) | {"id", "source", "target"} <= set(e["data"]) for e in edges)
    ids = [n["data"]["id"] for n in nodes] + [e["data"]["id"] for e in edges]
    assert len(ids) == len(set(ids))
    (veto,) = [e["data"] for e in edges if e["data"]["source"] == RUSSIA and e["data"]["relation"] == "veto"]
    assert (veto["event_type"], veto["quad_class"], veto["count"], veto["negated"], veto["first_date"]) == \
        ("REJECT", "verbal conflict", 1, False, "2014-03-13")
    assert veto["evidence"][0].startswith("2014-03-13: " + VETO_SENTENCE)


# ---- Graphviz --------------------------------------------------------------------------------

def graphviz():
    if shutil.which("dot") is None:
        pytest.fail("Graphviz is not installed (Debian graphviz); .ci/run installs it")


def test_viz_dot_styles_nodes_edges_and_a_legend(seed_dir, tmp_path, seed_viz):
    text = visualize(seed_dir, tmp_path / "seed.dot", filters=VizFilter(top=0, max_edges=0)).path.read_text("utf-8")
    assert text.startswith("digraph kg {") and 'layout="neato"' in text
    russia = re.search(rf'^  "{re.escape(RUSSIA)}" \[(.*)\]$', text, re.M).group(1)
    assert 'label="Russia"' in russia and 'shape="box"' in russia and 'fillcolor="#4E79A7"' in russia
    veto = re.search(rf'^  "{re.escape(RUSSIA)}" -> "{re.escape(VETOED)}" \[(.*)\]$', text, re.M).group(1)
    assert 'label="vowed to veto ×1"' in veto and f'color="{QUAD_COLOURS["verbal conflict"]}"' in veto
    assert 'style="dotted"' in veto  # a vow is a claim: dotted, not the solid line of a fact
    invade = re.search(rf'^  "{re.escape(RUSSIA)}" -> "{re.escape(UKRAINE)}" \[(.*)\]$', text, re.M).group(1)
    assert 'style="dashed"' in invade and f'color="{QUAD_COLOURS["material conflict"]}"' in invade
    legend = text[text.index("label=<<TABLE"):]
    for word in ("State", "Person", "verbal conflict", "material conflict", "negated", "claim",
                 f"All {len(seed_viz)} entities"):
        assert word in legend


def test_viz_svg_and_png_are_drawn_by_graphviz(seed_dir, tmp_path):
    graphviz()
    svg = visualize(seed_dir, tmp_path / "seed.svg").path
    root = ET.parse(svg).getroot()
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Russia", "Ukraine", "vowed to veto ×1", "material conflict"} <= texts
    assert any(t and t.startswith("Showing ") for t in texts)  # the note says what was left out
    png = visualize(seed_dir, tmp_path / "seed.png").path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 800 and height > 500


def test_viz_pictures_survive_any_label(tmp_path):
    """Quotes, backslashes, markup, control characters and every script reach the SVG as text."""
    graphviz()
    graph = viz_graph([nasty_result()])
    data, _ = export(graph, "svg")
    root = ET.fromstring(data)  # well-formed XML whatever the labels held
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for label in ("中国外交部", "Ελλάδα", "مرحبا", 'He said "no"', "back\\slash \\n", "<!-- comment", "amp & ampersand"):
        assert label in texts
    assert export(graph, "png")[0][:4] == b"\x89PNG"


def test_viz_fonts_cover_cjk_and_other_scripts():
    """PNGs are drawn with the fonts fontconfig finds: one must have CJK glyphs (fonts-noto-cjk)."""
    if shutil.which("fc-list") is None:
        pytest.fail("fontconfig is not installed; .ci/run installs graphviz and fonts-noto-cjk")
    for char in ("4e2d", "0416", "03a9", "0645"):  # 中, Ж, Ω, م
        found = subprocess.run(["fc-list", f":charset={char}", "family"], capture_output=True, text=True).stdout
        assert found.strip(), f"no font has U+{char.upper()}"


# ---- HTML (static checks; the browser tests are in test_viz_browser.py) -----------------------

def test_viz_json_for_script_cannot_end_the_script():
    text = json_for_script({"a": "</script><!-- \u2028\u2029 & <b>"})
    for bad in ("</", "<!--", "<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028\u2029 & <b>"}


def test_viz_html_is_one_file_that_links_nothing(seed_dir, tmp_path, seed_viz):
    graphviz()
    text = visualize(seed_dir, tmp_path / "seed.html").path.read_text(encoding="utf-8")
    assert re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", text)
    assert not re.search(r"<(link|img|iframe|object|embed|base)\b", text, re.I)
    assert not re.search(r"\s(src|href)\s*=", text, re.I)
    assert not re.search(r"@import|url\(", asset("page.css"))
    assert len(re.findall(r"<script\b", text)) == 3 and text.count("</script>") == 3
    assert asset("cytoscape.min.js") in text  # inlined whole
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S).group(1))
    assert len(data["elements"]["nodes"]) == len(seed_viz) and data["complete"] is True


def test_viz_vendored_cytoscape_is_the_npm_release():
    assert hashlib.sha256(asset("cytoscape.min.js").encode("utf-8")).hexdigest() == CYTOSCAPE_SHA256
    assert "Cytoscape Consortium" in asset("cytoscape.LICENSE")


@pytest.mark.parametrize("fmt", sorted(available_exporters()))
def test_viz_every_format_is_deterministic(seed_dir, tmp_path, fmt):
    if fmt in ("svg", "png", "html"):
        graphviz()
    first = visualize(seed_dir, tmp_path / "a.out", fmt).path.read_bytes()
    second = visualize(seed_dir, tmp_path / "b.out", fmt).path.read_bytes()
    assert first == second and len(first) > 1000


# ---- CLI -------------------------------------------------------------------------------------

def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize("name", sorted(available_exporters()))
def test_viz_cli_picks_the_format_from_the_suffix(seed_dir, tmp_path, name):
    out = tmp_path / f"seed{available_exporters()[name].suffixes[0]}"
    result = run("viz", seed_dir, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"Wrote {out} ({name})" in result.output
    assert out.stat().st_size > 0


def test_viz_cli_format_option_and_filters(seed_dir, tmp_path):
    out = tmp_path / "russia.txt"
    result = run("viz", seed_dir / "graph.trig", "-o", out, "--format", "cyjs", "--focus", "Russia",
                 "--event-type", "REJECT", "--event-type", "threaten", "--min-count", "1", "--top", "10",
                 "--since", "2014-03-01", "--until", "2014-03-31")
    assert result.exit_code == 0, result.output
    assert "Showing " in result.output and "within 1 step of Russia" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))["elements"]
    assert {e["data"]["event_type"] for e in data["edges"]} == {"REJECT", "THREATEN"}
    assert all(RUSSIA in (e["data"]["source"], e["data"]["target"]) for e in data["edges"])


def test_viz_cli_lists_the_registry():
    help_text = run("viz", "--help").output
    assert "Example:" in help_text
    assert "[" + "|".join(sorted(available_exporters())) + "]" in help_text


@pytest.mark.parametrize("args, code, message", [
    (["-o", "{tmp}/x.unknown"], 2, "cannot tell the format from the suffix"),  # usage errors: 2
    (["--since", "2014-02-30", "-o", "{tmp}/x.graphml"], 2, "not a date"),
    (["--event-type", "GOSSIP", "-o", "{tmp}/x.graphml"], 2, "--event-type 'GOSSIP': unknown"),
    (["--focus", "Atlantis", "-o", "{tmp}/x.graphml"], 1, "no entity with this label"),  # the data's: 1
])
def test_viz_cli_errors_are_one_line_and_write_nothing(seed_dir, tmp_path, args, code, message):
    (tmp_path / "keep").write_text("old", encoding="utf-8")
    result = run("viz", seed_dir, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == code
    assert result.output.startswith("Error: ") and message in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep"]  # no output, no temporary file


def test_viz_cli_usage_errors(seed_dir, tmp_path):
    assert run("viz", seed_dir, "-o", tmp_path / "x.svg", "--format", "bmp").exit_code == 2
    assert run("viz", seed_dir).exit_code == 2  # -o is required
    result = run("viz", tmp_path / "none", "-o", tmp_path / "x.svg")
    assert result.exit_code == 1 and "no such file or directory" in result.output


def test_viz_cli_without_graphviz_says_what_to_install(seed_dir, tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))  # an empty directory: no Graphviz on the PATH
    for fmt in ("png", "svg"):
        done = subprocess.run([sys.executable, "-m", "kg", "viz", str(seed_dir), "-o", str(tmp_path / f"x.{fmt}")],
                              capture_output=True, text=True, env=env)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.startswith(f"Error: {fmt.upper()} needs Graphviz, which is not installed")
        assert "apt-get install graphviz" in done.stderr and done.stderr.count("\n") == 1
    for name in ("x.graphml", "x.html"):  # no Graphviz needed: the page lays itself out in the browser
        done = subprocess.run([sys.executable, "-m", "kg", "viz", str(seed_dir), "-o", str(tmp_path / name)],
                              capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>',
                                (tmp_path / "x.html").read_text(encoding="utf-8"), re.S).group(1))
    assert data["layout"] == "cose" and not any("position" in n for n in data["elements"]["nodes"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.graphml", "x.html"]


def test_viz_readme_shows_the_seed_picture():
    root = ROOT
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "](docs/seed-graph.png)" in readme
    assert (root / "docs" / "seed-graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    assert "kg viz out/graph.ttl -o out/graph.png" in makefile and "-o out/graph.html" in makefile
