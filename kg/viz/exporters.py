"""The registry of export formats: `--format` lists its names, a suffix picks one by default.

An exporter is a function from a filtered viz graph (and the report of what the filters left
out) to the bytes of a file. Registering one is all it takes to add a format:

    @register_exporter("gexf", suffixes=(".gexf",))
    def write_gexf(graph, report) -> bytes: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..errors import FormatError
from .filters import FilterReport

Write = Callable[[nx.MultiDiGraph, FilterReport], bytes]


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    write: Write
    default_top: int | None  # entities kept when --top is not given; None: all
    default_max_edges: int | None  # relations kept when --max-edges is not given; None: all
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, *, suffixes: tuple[str, ...], default_top: int | None = None,
                      default_max_edges: int | None = None, description: str = "") -> Callable[[Write], Write]:
    def register(write: Write) -> Write:
        EXPORTERS[name] = Exporter(name, suffixes, write, default_top, default_max_edges,
                                   description or (write.__doc__ or "").strip())
        return write
    return register


def exporter_for(fmt: str | None, output: str | Path) -> Exporter:
    """The exporter named, or the one whose suffix the output file has."""
    if fmt is not None:
        try:
            return EXPORTERS[fmt]
        except KeyError:
            raise FormatError(f"unknown viz format {fmt!r}; choose from {', '.join(sorted(EXPORTERS))}") from None
    suffix = Path(output).suffix.lower()
    for exporter in EXPORTERS.values():
        if suffix in exporter.suffixes:
            return exporter
    raise FormatError(f"{output}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
                      f"give --format ({', '.join(sorted(EXPORTERS))})")
