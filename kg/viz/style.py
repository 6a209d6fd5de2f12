"""One visual vocabulary for every format: colours and shapes by entity kind, colours by quad class.

Edges run from cooperation (green) to conflict (red) in the order of their PLOVER quad class,
the most cooperative first; statements and untyped relations are grey. Negated relations are
dashed.
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


def kind_colour(kind: str) -> str:
    return KIND_STYLES.get(kind, KIND_STYLES["Concept"])[0]


def quad_colour(quad_class: str) -> str:
    return QUAD_COLOURS.get(quad_class, QUAD_COLOURS[""])


def rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}
