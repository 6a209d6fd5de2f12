"""A third-party exporter, registered in-process and through a `kg_exporters` entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import catalogue
import pytest

from kg.graph import build_graph
from kg.iris import DEFAULT_BASE_IRI
from kg.rdf import write_rdf
from kg.registry import exporters as registry_exporters
from kg.viz import Exporter, available_exporters, exporter_for, visualize
from kg.viz.filters import FilterReport

# The plug-in of docs/extending.md: one line per relation, "source<TAB>relation<TAB>target<TAB>count".
PLUGIN = textwrap.dedent('''
    from kg.viz import Exporter

    def write_edges(graph, report) -> bytes:
        """One tab-separated line per relation: source, relation, target, count."""
        rows = sorted((graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"], d["count"])
                      for u, v, d in graph.edges(data=True))
        return "".join("\\t".join(map(str, row)) + "\\n" for row in rows).encode("utf-8")

    EDGES = Exporter("edges-tsv", suffixes=(".edges",), write=write_edges, description="Relations, tab-separated.")
''')


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory, seed_result):
    out = tmp_path_factory.mktemp("plugin-seed")
    write_rdf(build_graph([seed_result], min_confidence=0.25), out / "graph.ttl", "turtle", DEFAULT_BASE_IRI)
    return out / "graph.ttl"


@pytest.fixture
def in_process_exporter():
    """An exporter registered with the registry by a caller, removed again after the test."""
    def write(graph, report: FilterReport) -> bytes:
        return f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations\n".encode()

    registry_exporters.register("counts", func=Exporter("counts", suffixes=(".counts",), write=write))
    yield
    catalogue.REGISTRY.pop(("kg", "exporters", "counts"))


def test_viz_plugin_registered_in_process_is_found_by_name_and_suffix(in_process_exporter, seed_ttl, tmp_path):
    assert "counts" in available_exporters()
    assert exporter_for(None, "x.counts").name == exporter_for("counts", "x").name == "counts"
    report = visualize(seed_ttl, tmp_path / "seed.counts")
    assert report.format == "counts"
    text = (tmp_path / "seed.counts").read_text(encoding="utf-8")
    entities, relations = report.filters.nodes, report.filters.edges
    assert text == f"{entities} entities, {relations} relations\n" and relations > 10


def test_viz_plugin_unknown_name_lists_the_registry():
    with pytest.raises(Exception, match=r"unknown viz format 'nope'; choose from cyjs, dot, gexf, graphml, html"):
        exporter_for("nope", "x.html")


def test_viz_plugin_through_an_entry_point_in_kg_viz(seed_ttl, tmp_path):
    """A package kg never imports, installed only as a dist-info with an entry point on PYTHONPATH."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "kg_edges_plugin.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "kg_edges_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-edges-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[kg_exporters]\nedges-tsv = kg_edges_plugin:EDGES\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    kg = [sys.executable, "-m", "kg"]

    listed = subprocess.run(kg + ["viz", "--help"], capture_output=True, text=True, env=env)
    assert "edges-tsv" in listed.stdout, listed.stderr

    out = tmp_path / "seed.edges"  # the suffix picks the plug-in
    done = subprocess.run(kg + ["viz", str(seed_ttl), "-o", str(out)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert f"Wrote {out} (edges-tsv)" in done.stderr
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert ["Russia", "veto", "United States"] in [row[:3] for row in rows]
    assert len(rows) > 10 and all(len(row) == 4 and row[3].isdigit() for row in rows)

    without = subprocess.run(kg + ["viz", str(seed_ttl), "-o", str(tmp_path / "again.edges")],
                             capture_output=True, text=True)  # not installed: the suffix means nothing
    assert without.returncode != 0 and "cannot tell the format" in without.stderr
