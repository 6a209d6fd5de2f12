"""DOT source, and SVG and PNG drawn from it by Graphviz.

Nodes are shaped and coloured by kind and sized by the events they take part in; edges are
coloured from cooperation to conflict by quad class, solid for facts, dotted for claims, dashed
when negated, thicker when seen more often, and labelled with the text's words "vowed to veto ×2".
A legend and the note of what was left out sit under the drawing. In SVG, hovering over an edge
shows its evidence sentences.
"""

from __future__ import annotations

import html
import math
import shutil
import subprocess
import unicodedata

import networkx as nx

from ..errors import KgError, ToolMissing
from .attributes import edge_label, evidence_line, node_rows
from .exporters import register_exporter
from .filters import FilterReport
from .style import KIND_STYLES, NO_QUAD_LABEL, QUAD_COLOURS, kind_colour, line_style, quad_colour

# Force-directed layouts put the busiest entities in the middle: neato (stress majorisation)
# leaves the most room for edge labels; sfdp (multilevel) takes over where neato gets slow.
# `overlap=prism` then pulls overlapping nodes apart.
NEATO_MAX = 300  # nodes
SPLINES_MAX = 400  # edges: routing curved edges around nodes takes minutes on thousands


def engine(graph: nx.MultiDiGraph) -> str:
    return "neato" if graph.number_of_nodes() <= NEATO_MAX else "sfdp"


FONT = "Noto Sans,DejaVu Sans,Noto Sans CJK SC,sans-serif"  # Pango falls back per glyph for any script
PICTURE_TOP = 60  # entities drawn when --top is not given: a picture of hundreds is unreadable
PICTURE_MAX_EDGES = 120  # and relations, when --max-edges is not given
MAX_TOOLTIP = 5  # evidence sentences in an SVG tooltip


def clean(text: str) -> str:
    """Text safe to put anywhere in DOT and in the SVG made from it: no control characters, and
    no line or paragraph separators (Pango would break the line there), no U+FFFE or U+FFFF (which
    XML, and so SVG, cannot hold)."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in "\ufffe\uffff" else ch
                   for ch in text)


def quote(text: str) -> str:
    """A DOT double-quoted string that shows `text` literally (Graphviz's escapes disarmed)."""
    return '"' + clean(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _attrs(**attrs: object) -> str:
    return "[" + ", ".join(f"{name}={quote(str(value))}" for name, value in attrs.items()) + "]"


def _legend(report: FilterReport, kinds: list[str], quads: list[str]) -> str:
    """An HTML-like table: kinds with their colours, quad classes with theirs, and the note."""
    def cell(colour: str, text: str, *, swatch: str) -> str:
        return (f'<TD BGCOLOR="{colour}">{swatch}</TD><TD ALIGN="LEFT">{html.escape(text)}</TD>')
    kind_cells = "".join(cell(kind_colour(k), k, swatch="  ") for k in kinds)
    quad_cells = "".join(f'<TD><FONT COLOR="{quad_colour(q)}">━━━</FONT></TD><TD ALIGN="LEFT">'
                         f'{html.escape(q or NO_QUAD_LABEL)}</TD>' for q in quads)
    note = html.escape(clean(report.note()))
    row = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4"><TR><TD ALIGN="LEFT"><B>{}</B></TD>{}</TR></TABLE>'
    return (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0">'
            f'<TR><TD ALIGN="LEFT">{row.format("entities", kind_cells)}</TD></TR>'
            f'<TR><TD ALIGN="LEFT">{row.format("relations", quad_cells + LINE_CELLS)}</TD></TR>'
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="#444444">{note}</FONT></TD></TR></TABLE>>')


LINE_CELLS = ('<TD><FONT COLOR="#555555">· · ·</FONT></TD><TD ALIGN="LEFT">claim (not stated as done)</TD>'
              '<TD><FONT COLOR="#555555">- - -</FONT></TD><TD ALIGN="LEFT">negated</TD>')


def dot_source(graph: nx.MultiDiGraph, report: FilterReport) -> str:
    """The graph in DOT, with styles, a legend and its layout engine set (`layout=neato`)."""
    lines = [
        "digraph kg {",
        "  graph " + _attrs(layout=engine(graph), overlap="prism", sep="+8",
                            splines="true" if graph.number_of_edges() <= SPLINES_MAX else "line",
                            outputorder="edgesfirst", bgcolor="white", pad="0.3", fontname=FONT,
                            fontsize="12", labelloc="b", labeljust="l"),
        f"  node {_attrs(fontname=FONT, style='filled', penwidth='0.8', color='#555555', margin='0.08,0.04')}",
        f"  edge {_attrs(fontname=FONT, fontsize='11', arrowsize='0.7', len='1.1')}",
    ]
    rows = node_rows(graph)
    for node, attrs in rows:
        _, shape, _ = KIND_STYLES.get(attrs["kind"], KIND_STYLES["Concept"])
        size = 12 + min(10.0, 3 * math.log2(1 + attrs["events"]))
        dark = attrs["kind"] in ("State", "Person", "IGO", "Place")
        details = ", ".join(x for x in (attrs["kind"], attrs["code"], attrs["sector"], attrs["role"]) if x)
        lines.append(f"  {quote(node)} " + _attrs(
            label=attrs["label"], shape=shape, fillcolor=kind_colour(attrs["kind"]),
            fontcolor="white" if dark else "black", fontsize=f"{size:.1f}",
            tooltip=f"{attrs['label']} ({details}); {attrs['events']} events, {attrs['mentions']} mentions"))
    for u, v, key in sorted(graph.edges(keys=True)):
        data = graph.edges[u, v, key]
        colour = quad_colour(data["quad_class"])
        evidence = [evidence_line(ev) for ev in data["evidence"][:MAX_TOOLTIP]]
        if data["count"] > MAX_TOOLTIP:
            evidence.append(f"… and {data['count'] - MAX_TOOLTIP} more")
        kind = data["event_type"] + (f" ({data['quad_class']})" if data["quad_class"] else "")
        lines.append(f"  {quote(u)} -> {quote(v)} " + _attrs(
            label=edge_label(data), color=colour, fontcolor=colour if data["quad_class"] else "#666666",
            penwidth=f"{1 + min(4.0, math.log2(data['count'])):.1f}",
            style=line_style(data["negated"], data["claim"]),
            tooltip="\n".join(filter(None, [kind] + evidence))))
    kinds = [k for k in KIND_STYLES if any(a["kind"] == k for _, a in rows)]
    quads = [q for q in QUAD_COLOURS if any(d == q for _, _, d in graph.edges(data="quad_class"))]
    lines.append(f"  label={_legend(report, kinds, quads)}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(source: str, fmt: str) -> bytes:
    """DOT source drawn by Graphviz in one of its output formats ("svg", "png")."""
    program = shutil.which("dot")  # draws with the engine the source names (`layout=…`)
    if program is None:
        raise ToolMissing(f"{fmt.upper()} needs Graphviz, which is not installed (dot not found): "
                          "apt-get install graphviz (Debian/Ubuntu) or see graphviz.org; "
                          "the html, dot, graphml, gexf and cyjs formats do not need it")
    # A bitmap larger than Cairo's limit crashes Graphviz: big drawings are scaled down to fit.
    args = [program, f"-T{fmt}"] + (["-Gsize=150,150"] if fmt == "png" else [])
    done = subprocess.run(args, input=source.encode("utf-8"), capture_output=True)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[0] if message else f"it stopped with status {done.returncode}"
        raise KgError(f"Graphviz failed to draw the graph ({reason}); "
                      "a smaller one may work: --top N, --max-edges N")
    return done.stdout


@register_exporter("dot", suffixes=(".dot", ".gv"), default_top=PICTURE_TOP, default_max_edges=PICTURE_MAX_EDGES)
def write_dot(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """Graphviz DOT source, styled, with a legend (draw it with `dot -Tpdf`)."""
    return dot_source(graph, report).encode("utf-8")


@register_exporter("svg", suffixes=(".svg",), default_top=PICTURE_TOP, default_max_edges=PICTURE_MAX_EDGES)
def write_svg(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """An SVG picture drawn by Graphviz; edges show their evidence on hover."""
    return render(dot_source(graph, report), "svg")


@register_exporter("png", suffixes=(".png",), default_top=PICTURE_TOP, default_max_edges=PICTURE_MAX_EDGES)
def write_png(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """A PNG picture drawn by Graphviz."""
    return render(dot_source(graph, report), "png")
