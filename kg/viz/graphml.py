"""GraphML, for Gephi, Cytoscape, yEd and networkx."""

from __future__ import annotations

import networkx as nx

from ..text import xml_safe
from .attributes import flat_graph
from .exporters import register_exporter
from .filters import FilterReport


@register_exporter("graphml", suffixes=(".graphml",))
def write_graphml(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """GraphML with flat node and edge attributes (Gephi, Cytoscape, yEd)."""
    flat = flat_graph(graph)
    flat.graph["note"] = xml_safe(report.note())
    return "\n".join(nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)).encode("utf-8") + b"\n"
