"""Export formats, held in `kg.registry.exporters`: `--format` lists their names, a suffix picks one.

An exporter is a function from a filtered viz graph (and the report of what the filters left
out) to the bytes of a file. Registering one is all it takes to add a format, here or in a
plug-in package (see docs/extending.md):

    @register_exporter("gexf", suffixes=(".gexf",))
    def write_gexf(graph, report) -> bytes: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .. import registry
from ..errors import OptionError
from .filters import FilterReport

Write = Callable[[nx.MultiDiGraph, FilterReport], bytes]


@dataclass(frozen=True)
class Exporter:
    name: str
    suffixes: tuple[str, ...]
    write: Write
    default_top: int | None = None  # entities kept when --top is not given; None: all
    default_max_edges: int | None = None  # relations kept when --max-edges is not given; None: all
    description: str = ""


def register_exporter(name: str, *, suffixes: tuple[str, ...], default_top: int | None = None,
                      default_max_edges: int | None = None, description: str = "") -> Callable[[Write], Write]:
    """A decorator that registers `write` as the exporter `name`."""
    def register(write: Write) -> Write:
        registry.exporters.register(name, func=Exporter(name, suffixes, write, default_top, default_max_edges,
                                                        description or (write.__doc__ or "").strip()))
        return write
    return register


def available_exporters() -> dict[str, Exporter]:
    """Every exporter by name, plug-ins included."""
    return {name: registry.exporters.get(name) for name in registry.names(registry.exporters)}


def exporter_for(fmt: str | None, output: str | Path) -> Exporter:
    """The exporter named, or the one whose suffix the output file has."""
    if fmt is not None:
        return registry.lookup(registry.exporters, fmt, "viz format", error=OptionError)
    every = available_exporters()
    if str(output) == "-":
        raise OptionError("-o -: standard output has no suffix to tell the format by; "
                          f"give --format ({', '.join(every)})")
    suffix = Path(output).suffix.lower()
    for exporter in every.values():
        if suffix in exporter.suffixes:
            return exporter
    raise OptionError(f"{output}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
                      f"give --format ({', '.join(every)})")
