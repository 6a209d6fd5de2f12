"""Pictures and files people open: a kg graph read back from its RDF, filtered, exported.

    from kg.viz import VizFilter, visualize
    visualize("out/graph.ttl", "out/graph.html", filters=VizFilter(focus="Russia", depth=2))

Formats are held in `kg.registry.exporters` (`available_exporters()` lists them, plug-ins too):
GraphML, GEXF and Cytoscape.js JSON for Gephi and Cytoscape, DOT, SVG and PNG through Graphviz,
and one self-contained interactive HTML page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..fileio import output_writer
from . import cyjs, dot, gexf, graphml, html  # noqa: F401  (each registers its formats)
from .exporters import Exporter, available_exporters, exporter_for, register_exporter
from .filters import FilterReport, VizFilter, apply_filters
from .readback import load_viz_graph

__all__ = ["Exporter", "FilterReport", "VizFilter", "VizReport", "apply_filters", "available_exporters", "export",
           "exporter_for", "load_viz_graph", "register_exporter", "visualize"]


@dataclass(frozen=True)
class VizReport:
    path: Path
    format: str
    filters: FilterReport


def export(graph, fmt: str, flt: VizFilter = VizFilter()) -> tuple[bytes, FilterReport]:
    """A viz graph (from `load_viz_graph`), filtered and exported in one format, as bytes."""
    exporter = exporter_for(fmt, "")
    filtered, report = apply_filters(graph, flt, default_top=exporter.default_top,
                                     default_max_edges=exporter.default_max_edges)
    return exporter.write(filtered, report), report


def visualize(graph_path: str | Path, output: str | Path, fmt: str | None = None,
              filters: VizFilter = VizFilter()) -> VizReport:
    """Read a graph `kg build` wrote (a file or its directory), filter it, write one export file.

    The format is `fmt`, or the one the output's suffix names; "-" is standard output. Nothing is
    written on error.
    """
    exporter = exporter_for(fmt, output)
    graph = load_viz_graph(graph_path)
    graph.graph["name"] = Path(graph.graph["source"]).name
    filtered, report = apply_filters(graph, filters, default_top=exporter.default_top,
                                     default_max_edges=exporter.default_max_edges)
    data = exporter.write(filtered, report)
    with output_writer(output) as handle:
        handle.write(data)
    return VizReport(Path(output), exporter.name, report)
