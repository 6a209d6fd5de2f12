"""GEXF, Gephi's own format: colours and sizes included, and each relation's dates as a time span
so that Gephi's timeline plays a crisis as it unfolds."""

from __future__ import annotations

import io

import networkx as nx

from .attributes import flat_graph
from .exporters import register_exporter
from .filters import FilterReport
from .style import kind_colour, quad_colour, rgb


@register_exporter("gexf", suffixes=(".gexf",))
def write_gexf(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """GEXF 1.2 with flat attributes, colours by kind and quad class, and time spans (Gephi)."""
    flat = flat_graph(graph)
    for _, data in flat.nodes(data=True):
        data["viz"] = {"color": rgb(kind_colour(data["kind"])), "size": 4 + min(data["events"], 50)}
    for _, _, data in flat.edges(data=True):
        data["viz"] = {"color": rgb(quad_colour(data["quad_class"])), "thickness": min(data["count"], 10),
                       "shape": data["line"]}
        if data["first_date"]:
            data["start"], data["end"] = data["first_date"], data["last_date"]
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, version="1.2draft", prettyprint=True)
    return buffer.getvalue()
