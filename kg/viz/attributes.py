"""Flat attributes of nodes and edges for the file formats other tools open.

GraphML and GEXF take only scalars (a list or None is an error or garbage in Gephi), so every
value here is a str, int or bool: missing values are "", lists are joined. The same names are
used in every format (and in Cytoscape.js JSON).
"""

from __future__ import annotations

import networkx as nx

from ..text import xml_safe
from .filters import weighted_degree
from .style import line_style

NODE_ATTRIBUTES = ("label", "name", "kind", "code", "sector", "role", "mentions", "events", "affiliation", "iri")
EDGE_ATTRIBUTES = ("label", "relation", "interaction", "event_type", "quad_class", "count", "weight", "negated",
                   "claim", "modality", "line", "first_date", "last_date", "forms", "evidence")
# `name` and `interaction` repeat `label` and `relation` under the names Cytoscape shows by default.
# `relation` is the lemma the edge groups by; `label` the words of the text ("vowed to veto ×2").
# `claim` is true for an edge of events the text does not state as done (`modality` lists theirs);
# `line` is how it is drawn (solid: fact, dotted: claim, dashed: negated).


def node_rows(graph: nx.MultiDiGraph) -> list[tuple[str, dict]]:
    """(node id, attributes) for each node, in a stable order."""
    degree = weighted_degree(graph)
    rows = []
    for node in sorted(graph):
        data = graph.nodes[node]
        rows.append((node, {
            "label": data["label"], "name": data["label"], "kind": data["kind"], "code": data["code"] or "",
            "sector": data["sector"] or "", "role": data["role"] or "", "mentions": int(data["mentions"]),
            "events": degree[node], "affiliation": data["affiliation"] or "", "iri": node,
        }))
    return rows


def evidence_line(ev: dict) -> str:
    return f"{ev['date']}: {ev['text']}" if ev["date"] else ev["text"]


def edge_label(data: dict) -> str:
    """The relation in the text's words, and how often it was read: "vowed to veto ×2"."""
    text = data["text"]
    negation = "" if not data["negated"] or _says_not(text) else "not "
    return f"{negation}{text} ×{data['count']}"


def _says_not(text: str) -> bool:
    return any(word in ("not", "n't", "never", "no") for word in text.lower().split())


def edge_rows(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """(source, target, key, attributes) for each edge, in a stable order."""
    rows = []
    for u, v, key in sorted(graph.edges(keys=True)):
        data = graph.edges[u, v, key]
        rows.append((u, v, key, {
            "label": edge_label(data), "relation": data["relation"],
            "interaction": data["relation"], "event_type": data["event_type"],
            "quad_class": data["quad_class"], "count": int(data["count"]), "weight": int(data["count"]),
            "negated": bool(data["negated"]), "claim": bool(data["claim"]), "modality": data["modality"],
            "line": line_style(data["negated"], data["claim"]),
            "first_date": data["first_date"], "last_date": data["last_date"],
            "forms": " | ".join(sorted({ev["relation"] for ev in data["evidence"]})),
            "evidence": "\n".join(evidence_line(ev) for ev in data["evidence"]),
        }))
    return rows


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the graph holding only the flat attributes, nodes and edges in a stable order.

    Edge keys become e0, e1, …: GraphML and GEXF want edge ids unique in the file, and the
    relation, event type and negation they were made of are attributes anyway.
    """
    flat = nx.MultiDiGraph()
    for node, attrs in node_rows(graph):
        flat.add_node(xml_safe(node), **_xml_safe_values(attrs))
    for i, (u, v, _, attrs) in enumerate(edge_rows(graph)):
        flat.add_edge(xml_safe(u), xml_safe(v), key=f"e{i}", **_xml_safe_values(attrs))
    return flat


def _xml_safe_values(attrs: dict) -> dict:
    """Text an article carried (a control character, a lone surrogate) would make GraphML and
    GEXF files no XML parser reads."""
    return {name: xml_safe(value) if isinstance(value, str) else value for name, value in attrs.items()}
