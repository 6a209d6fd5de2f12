"""Filters shared by every export format: date window, event types, counts, ego graph, top N.

They are applied in that order: first the events (an edge keeps the events inside the date
window, and goes when it has none left, is of another event type or was seen too rarely), then
the entities (with any of those filters on, entities left without relations go; `focus` keeps
the entities within `depth` steps of one entity; `top` keeps the N with the highest weighted
degree, i.e. the most events), and last `max_edges` keeps the relations seen most often among
those. Entities without any relation are only drawn when no filter is on. The report says what was kept and what was left out, so that a
picture of part of a graph says so.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

import networkx as nx

from ..errors import FilterError, OptionError
from .readback import event_type_names, summarise_edge


@dataclass(frozen=True)
class VizFilter:
    focus: str | None = None  # an entity's label (any case) or IRI
    depth: int = 1  # steps from `focus`, along relations in either direction
    event_types: tuple[str, ...] = ()  # PLOVER types or STATEMENT; empty keeps all
    min_count: int = 1  # events an edge needs to be kept
    top: int | None = None  # keep the N entities with most events; None: the format's default; 0: all
    max_edges: int | None = None  # then the N relations seen most often; None: the format's default; 0: all
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive


@dataclass(frozen=True)
class FilterReport:
    nodes_total: int
    edges_total: int
    events_total: int
    nodes: int
    edges: int
    events: int
    applied: tuple[str, ...] = field(default=())  # what each filter did, in words

    @property
    def complete(self) -> bool:
        return (self.nodes, self.edges) == (self.nodes_total, self.edges_total)

    def note(self) -> str:
        """One sentence: what is shown, of how much, and why the rest is not."""
        shown = (f"{self.nodes:,} of {self.nodes_total:,} entities, {self.edges:,} of {self.edges_total:,} "
                 f"relations ({self.events:,} of {self.events_total:,} events)")
        if self.complete:
            return f"All {self.nodes_total:,} entities and {self.edges_total:,} relations ({self.events_total:,} events)."
        return f"Showing {shown}: " + "; ".join(self.applied) + "."


def check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise OptionError(f"{option} {value!r}: not a date (YYYY-MM-DD)") from None


def check_event_types(values: tuple[str, ...]) -> tuple[str, ...]:
    known = event_type_names()
    chosen = []
    for value in values:
        name = value.strip().upper()
        if name not in known:
            raise OptionError(f"--event-type {value!r}: unknown; choose from {', '.join(known)}")
        chosen.append(name)
    return tuple(dict.fromkeys(chosen))


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node an IRI or label names; an error that suggests labels when none or several do."""
    if name in graph:
        return name
    folded = name.casefold().strip()
    matches = sorted(n for n, label in graph.nodes(data="label") if label.casefold() == folded)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise FilterError(f"--focus {name!r}: several entities have this label; give an IRI: "
                          + ", ".join(matches[:5]))
    labels = sorted({label for _, label in graph.nodes(data="label")})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise FilterError(f"--focus {name!r}: no entity with this label or IRI{hint}")


def weighted_degree(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Events each entity takes part in, as source or target."""
    degree = dict.fromkeys(graph, 0)
    for u, v, count in graph.edges(data="count"):
        degree[u] += count
        degree[v] += count
    return degree


def top_nodes(graph: nx.MultiDiGraph, n: int, keep: str | None = None) -> list[str]:
    """The n entities with the most events (ties: more mentions, then label); `keep` is always in."""
    degree = weighted_degree(graph)
    ranked = sorted(graph, key=lambda node: (node != keep, -degree[node], -graph.nodes[node]["mentions"],
                                             graph.nodes[node]["label"], node))
    return ranked[:n]


def _drop_alone(graph: nx.MultiDiGraph, focus: str | None) -> int:
    """Entities without a relation left would float alone in a picture: they go."""
    alone = [n for n in graph if graph.degree(n) == 0 and n != focus]
    graph.remove_nodes_from(alone)
    return len(alone)


def _count_events(graph: nx.MultiDiGraph) -> int:
    return sum(count for _, _, count in graph.edges(data="count"))


def apply_filters(graph: nx.MultiDiGraph, flt: VizFilter = VizFilter(), *, default_top: int | None = None,
                  default_max_edges: int | None = None) -> tuple[nx.MultiDiGraph, FilterReport]:
    """A filtered copy of a viz graph (see `readback`), and a report of what was left out.

    `default_top` and `default_max_edges` are the format's own limits, used where `flt` leaves
    them None: an interactive page or a picture of 10,000 entities helps nobody, a GraphML file
    for Gephi holds them all.
    """
    since, until = check_date(flt.since, "--since"), check_date(flt.until, "--until")
    if since and until and since > until:
        raise OptionError(f"--since {since} is after --until {until}")
    if flt.depth < 0 or flt.min_count < 1 or any(n is not None and n < 0 for n in (flt.top, flt.max_edges)):
        raise OptionError("--depth, --top and --max-edges must be 0 or more, --min-count 1 or more")
    event_types = check_event_types(flt.event_types)
    focus = find_entity(graph, flt.focus) if flt.focus else None
    totals = dict(nodes_total=graph.number_of_nodes(), edges_total=graph.number_of_edges(),
                  events_total=_count_events(graph))
    applied: list[str] = []

    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if event_types and data["event_type"] not in event_types:
            continue
        data = dict(data)
        if since or until:
            data["evidence"] = [ev for ev in data["evidence"] if ev["date"] and (not since or ev["date"] >= since)
                                and (not until or ev["date"] <= until)]
            summarise_edge(data)
        if data["count"] < flt.min_count or data["count"] == 0:
            continue
        out.add_edge(u, v, key=key, **data)
    if since or until:
        applied.append(f"events dated {since or '…'} to {until or '…'}")
    if event_types:
        applied.append("event types " + ", ".join(event_types))
    if flt.min_count > 1:
        applied.append(f"relations seen at least {flt.min_count} times")
    if applied:
        # Entities are drawn for their relations: those the filters left without any go.
        _drop_alone(out, focus)

    if focus is not None:
        out = nx.ego_graph(out, focus, radius=flt.depth, undirected=True).copy()
        applied.append(f"within {flt.depth} step{'s' if flt.depth != 1 else ''} of "
                       f"{graph.nodes[focus]['label']}")

    top = default_top if flt.top is None else flt.top
    if top and out.number_of_nodes() > top:
        out = out.subgraph(top_nodes(out, top, keep=focus)).copy()
        alone = _drop_alone(out, focus)
        applied.append(f"the {top:,} entities with the most events"
                       + (f", less {alone:,} with no relation among them" if alone else "")
                       + (" (this format's default; --top 0 shows all)" if flt.top is None else ""))
    max_edges = default_max_edges if flt.max_edges is None else flt.max_edges
    if max_edges and out.number_of_edges() > max_edges:
        edges = sorted(out.edges(keys=True, data="count"), key=lambda e: (-e[3], e[0], e[1], e[2]))
        out.remove_edges_from([(u, v, k) for u, v, k, _ in edges[max_edges:]])
        alone = _drop_alone(out, focus)
        applied.append(f"the {max_edges:,} relations seen most often"
                       + (f", and the {alone:,} entities they leave alone dropped" if alone else "")
                       + (" (this format's default; --max-edges 0 shows all)" if flt.max_edges is None else ""))

    if out.number_of_nodes() == 0:
        raise FilterError("nothing left to draw: " + "; ".join(applied) + " leave no entity")
    report = FilterReport(**totals, nodes=out.number_of_nodes(), edges=out.number_of_edges(),
                          events=_count_events(out), applied=tuple(applied))
    return out, report
