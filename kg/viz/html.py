"""One self-contained interactive HTML page: Cytoscape.js and the graph inlined, no request made.

The page pans and zooms, shows an edge's evidence sentences on hover or click, filters by event
type and searches for an entity. Everything it needs is in the file: the vendored Cytoscape.js
(`assets/`), kg's script and style, and the graph as JSON. A Content-Security-Policy forbids
every request to anywhere, so the page cannot reach the network even if something tried.

Positions are computed here with Graphviz's sfdp (fast on thousands of nodes, deterministic),
so the page opens drawn, with no layout to wait for. Where Graphviz is not installed the page
lays itself out when opened, with Cytoscape.js's own force-directed layout (cose), and says so. Large graphs are cut to the `HTML_TOP`
entities with the most events unless `--top` says otherwise; the page says what was left out.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import shutil
import subprocess
from functools import lru_cache
from importlib import resources

import networkx as nx

from ..errors import KgError
from ..text import xml_safe
from .attributes import edge_label, edge_rows, node_rows
from .exporters import register_exporter
from .filters import FilterReport
from .readback import event_type_names, vocabulary
from .style import KIND_STYLES, NO_QUAD_LABEL, QUAD_COLOURS, kind_colour, quad_colour

HTML_TOP = 500  # entities on a page when --top is not given
HTML_MAX_EDGES = 4000  # and relations when --max-edges is not given: the page stays responsive
MAX_EVIDENCE = 20
SCALE = 110  # page pixels per Graphviz inch: room for the labels between nodes  # evidence sentences kept per edge on the page
CYTOSCAPE_SHA256 = "71fa9ebec21a7ca2c40cff6aacc30d1f6464e363662ad4b2c197e1adc770cd94"
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    text = resources.files("kg.viz").joinpath("assets", name).read_text(encoding="utf-8")
    if name == "cytoscape.min.js" and hashlib.sha256(text.encode("utf-8")).hexdigest() != CYTOSCAPE_SHA256:
        raise KgError(f"kg/viz/assets/{name} is not the vendored Cytoscape.js (its sha256 differs)")
    return text


def inline_script(code: str) -> str:
    """Code to put between <script> tags; refuses code that could end the element early."""
    lowered = code.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise KgError("a script to inline contains '</script' or '<!--'")
    return code


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_for_script(value: object) -> str:
    """JSON that can sit inside <script>: no '<', '>' or '&' (so no '</script>' or '<!--'), and
    U+2028/U+2029 escaped (older JavaScript engines end a line there), and lone surrogates
    escaped (a JavaScript string holds them; UTF-8 cannot)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def node_size(events: int) -> float:
    return round(14 + min(46.0, 7 * math.sqrt(events)), 1)


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]] | None:
    """Positions in points from Graphviz sfdp, on the simple undirected graph of the edges; None
    where Graphviz is not installed (the page then lays itself out in the browser)."""
    program = shutil.which("sfdp")
    if program is None:
        return None
    nodes = sorted(graph)
    index = {node: i for i, node in enumerate(nodes)}
    degree = dict.fromkeys(nodes, 0)
    pairs: dict[tuple[int, int], int] = {}
    for u, v, count in graph.edges(data="count"):
        degree[u] += count
        degree[v] += count
        if u != v:
            pair = tuple(sorted((index[u], index[v])))
            pairs[pair] = pairs.get(pair, 0) + count
    lines = ["graph L {", "  graph [overlap=prism, sep=\"+4\", outputorder=edgesfirst];",
             "  node [shape=circle, fixedsize=true, label=\"\"];"]
    lines += [f"  n{index[n]} [width={node_size(degree[n]) / 72 * 1.6:.3f}];" for n in nodes]
    lines += [f"  n{a} -- n{b};" for (a, b) in sorted(pairs)]
    lines.append("}")
    done = subprocess.run([program, "-Tplain"], input="\n".join(lines).encode(), capture_output=True)
    if done.returncode != 0:
        raise KgError("Graphviz failed to lay out the graph: "
                      + (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"])[0])
    positions = {}
    for line in done.stdout.decode().splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            # y grows upwards in Graphviz and downwards on a screen
            positions[nodes[int(parts[1][1:])]] = (round(float(parts[2]) * SCALE, 1), round(-float(parts[3]) * SCALE, 1))
    return positions


def page_data(graph: nx.MultiDiGraph, report: FilterReport) -> dict:
    positions = layout(graph)
    nodes = []
    for node, attrs in node_rows(graph):
        nodes.append({"data": {"id": node, "label": attrs["label"], "kind": attrs["kind"],
                               "code": attrs["code"], "sector": attrs["sector"], "role": attrs["role"],
                               "mentions": attrs["mentions"], "events": attrs["events"],
                               "colour": kind_colour(attrs["kind"]), "shape": KIND_STYLES[attrs["kind"]][2],
                               "size": node_size(attrs["events"])}})
        if positions is not None:
            x, y = positions[node]
            nodes[-1]["position"] = {"x": x, "y": y}
    edges = []
    for i, (u, v, key, attrs) in enumerate(edge_rows(graph)):
        data = graph.edges[u, v, key]
        evidence = [{"date": ev["date"], "text": ev["text"], "article": ev["article"], "sentence": ev["sentence"],
                     "relation": ev["relation"], "modality": ev["modality"]} for ev in data["evidence"][:MAX_EVIDENCE]]
        edges.append({"data": {"id": f"e{i}", "source": u, "target": v, "label": edge_label(data),
                               "relation": attrs["relation"], "event_type": attrs["event_type"],
                               "quad_class": attrs["quad_class"], "count": attrs["count"],
                               "negated": attrs["negated"], "claim": attrs["claim"],
                               "modality": attrs["modality"], "first_date": attrs["first_date"],
                               "last_date": attrs["last_date"], "colour": quad_colour(attrs["quad_class"]),
                               "width": round(1 + min(5.0, math.log2(attrs["count"]) * 1.2), 1),
                               "evidence": evidence}})
    quads = vocabulary().quad_classes
    present = sorted({e["data"]["event_type"] for e in edges},
                     key=lambda t: (list(QUAD_COLOURS).index(quads.get(t, "")), t))
    return {
        "title": graph.graph.get("name", "kg graph"),
        "note": report.note(),
        # "preset": the positions above, from Graphviz; "cose": Cytoscape.js's own, in the browser
        "layout": "preset" if positions is not None else "cose",
        "complete": report.complete,
        "elements": {"nodes": nodes, "edges": edges},
        "kinds": [{"kind": k, "colour": c, "shape": s} for k, (c, _, s) in KIND_STYLES.items()
                  if any(n["data"]["kind"] == k for n in nodes)],
        "eventTypes": [{"type": t, "quad": quads.get(t, ""), "colour": quad_colour(quads.get(t, "")),
                        "name": t or "(no event type)",
                        "count": sum(e["data"]["count"] for e in edges if e["data"]["event_type"] == t)}
                       for t in present],
        "quads": [{"quad": q or NO_QUAD_LABEL, "colour": c} for q, c in QUAD_COLOURS.items()],
        "allEventTypes": list(event_type_names()),
        "maxEvidence": MAX_EVIDENCE,
    }


def page(data: dict) -> str:
    title = html.escape(xml_safe(f"kg: {data['title']}"))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>\n{asset('page.css')}</style>",
        "</head>",
        "<body>",
        '<header><h1 id="title"></h1><p id="note"></p>'
        '<form id="search" autocomplete="off"><input id="search-input" type="search" list="labels" '
        'placeholder="Search an entity…" aria-label="Search an entity"><datalist id="labels"></datalist>'
        '<button type="submit">Find</button><button type="button" id="reset">Reset</button>'
        '<span id="search-status" role="status"></span></form></header>',
        '<main><div id="cy" aria-label="graph"></div>'
        '<aside id="panel"><section id="details"><h2>Details</h2><p class="hint">Hover over or click a '
        "relation to read its evidence; click an entity to see its relations.</p></section>"
        '<section id="filters"><h2>Event types</h2><p><button type="button" id="types-all">all</button> '
        '<button type="button" id="types-none">none</button></p><ul id="types"></ul></section>'
        '<section id="legend"><h2>Legend</h2><ul id="legend-kinds"></ul><ul id="legend-quads"></ul>'
        '<p class="hint">Solid: stated as done. Dotted: a claim (intended, requested, future, reported, '
        'denied, …). Dashed: negated. Thicker: seen more often. Bigger: more events.</p></section>'
        "</aside></main>",
        f'<script id="kg-data" type="application/json">{json_for_script(data)}</script>',
        f"<script>\n{inline_script(asset('cytoscape.min.js'))}\n</script>",
        f"<script>\n{inline_script(asset('page.js'))}\n</script>",
        "</body>",
        "</html>",
        "",
    ])


@register_exporter("html", suffixes=(".html", ".htm"), default_top=HTML_TOP, default_max_edges=HTML_MAX_EDGES)
def write_html(graph: nx.MultiDiGraph, report: FilterReport) -> bytes:
    """One self-contained interactive page (Cytoscape.js inlined; works offline)."""
    return page(page_data(graph, report)).encode("utf-8")
