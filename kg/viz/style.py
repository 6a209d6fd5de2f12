"""One visual vocabulary for every format: colours and shapes by entity kind, colours by quad class.

Edges run from cooperation (green) to conflict (red) in the order of their PLOVER quad class,
the most cooperative first; statements and untyped relations are grey. Negated relations are
dashed; claims (an event the text does not state as done: intended, requested, future, possible,
hypothetical, reported in someone's words or denied) are dotted. Facts are solid lines.
"""

from __future__ import annotations

from ..types import ENTITY_KINDS

# kind -> (fill colour, Graphviz shape, Cytoscape.js shape)
KIND_STYLES: dict[str, tuple[str, str, str]] = {
    "State": ("#4E79A7", "box", "round-rectangle"),
    "Person": ("#F28E2B", "ellipse", "ellipse"),
    "Organization": ("#76B7B2", "hexagon", "hexagon"),
    "IGO": ("#59A14F", "octagon", "octagon"),
    "Group": ("#EDC948", "triangle", "triangle"),
    "Place": ("#B07AA1", "diamond", "diamond"),
    "Concept": ("#D4CFCB", "note", "round-tag"),
}
assert set(KIND_STYLES) == set(ENTITY_KINDS)

# Quad class -> colour, from cooperation to conflict; "" (no quad class) last.
QUAD_COLOURS: dict[str, str] = {
    "material cooperation": "#1A9850",
    "verbal cooperation": "#91CF60",
    "verbal conflict": "#FC8D59",
    "material conflict": "#D73027",
    "": "#9E9E9E",
}
NO_QUAD_LABEL = "statement / other"


# The one modality of a fact; any other makes an event a claim (kg.types.MODALITIES).
FACT_MODALITY = "asserted"


def line_style(negated: bool, claim: bool) -> str:
    """Graphviz's and GEXF's name of an edge's line (Cytoscape.js uses the same words)."""
    return "dashed" if negated else "dotted" if claim else "solid"


def kind_colour(kind: str) -> str:
    return KIND_STYLES.get(kind, KIND_STYLES["Concept"])[0]


def quad_colour(quad_class: str) -> str:
    return QUAD_COLOURS.get(quad_class, QUAD_COLOURS[""])


def rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}
