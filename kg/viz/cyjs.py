"""Cytoscape.js JSON (`.cyjs`), which Cytoscape desktop imports and Cytoscape.js loads as is."""

from __future__ import annotations

import json

import networkx as nx

from .. import __version__
from .attributes import edge_rows, evidence_line, node_rows
from .exporters import register_exporter
from .filters import FilterReport


def cyjs_elements(graph: nx.MultiDiGraph) -> dict:
    """The graph as Cytoscape.js elements; evidence stays a list of "date: sentence" strings."""
    nodes = [{"data": {"id": node, **attrs}} for node, attrs in node_rows(graph)]
    edges = []
    for i, (u, v, key, attrs) in enumerate(edge_rows(graph)):
        attrs = {**attrs, "evidence": [evidence_line(ev) for ev in graph.edges[u, v, key]["evidence"]]}
        edges.append({"data": {"id": f"e{i}", "source": u, "target": v, **attrs}})
    return {"nodes": nodes, "edges": edges}


@register_exporter("cyjs", suffixes=(".cyjs",))
def write_cyjs(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """Cytoscape.js JSON with the same attributes as GraphML (Cytoscape desktop, Cytoscape.js)."""
    document = {
        "format_version": "1.0",
        "generated_by": f"kg-{__version__}",
        "target_cytoscapejs_version": "~3.0",
        "data": {"name": graph.graph.get("name", "kg graph"), "note": report.note()},
        "elements": cyjs_elements(graph),
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
