"""The event table: one row per typed event, as event-data analysts load it into pandas, R or Stata.

Rows are read from the RDF, whichever way it came: a graph file that `kg build` wrote, or the
graph of articles built in memory. One SPARQL query over an in-memory Oxigraph store makes the
rows, so the table says exactly what the graph says. The columns are documented in
docs/events.md; `COLUMNS` is their order.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from .dictionaries import cameo_to_plover
from .errors import FormatError, OptionError
from .ontology import DIP_IRI, ontology_path
from .types import ACTOR_KINDS, ENTITY_KINDS

COLUMNS = (
    "event_id", "date", "event_type", "quad_class", "cameo", "mode", "plover_context", "context",
    "source_label", "source_code", "source_kind", "source_sector", "source_iri",
    "target_label", "target_code", "target_kind", "target_sector", "target_iri",
    "modality", "negated", "attributed_to", "confidence", "relation", "lemma",
    "sentence", "sentence_index", "article", "url", "event_iri",
)
TABLE_FORMATS = ("csv", "tsv", "jsonl", "parquet")
# Modalities that put an event outside what the text reports as done: they are its context.
_MODALITY_CONTEXT = {"intended": "intended", "hypothetical": "hypothetical", "possible": "possible",
                     "requested": "requested", "reported": "reported", "future": "future", "denied": "denied"}

_QUERY = f"""
PREFIX dip: <{DIP_IRI}>
PREFIX prov: <{PROV}>
PREFIX dcterms: <{DCTERMS}>
PREFIX skos: <{SKOS}>
PREFIX rdfs: <{RDFS}>
SELECT ?event ?type ?quad ?date ?source ?target ?modality ?negated ?confidence ?relation ?lemma
       ?cameo ?attributed ?text ?index ?article ?url
WHERE {{
  ?event a dip:Event , ?class ;
         dip:modality ?modality ; dip:negated ?negated ;
         dip:confidence ?confidence ; dip:relation ?relation ; dip:relationLemma ?lemma ;
         prov:wasDerivedFrom ?sentence .
  ?class skos:notation ?type .
  OPTIONAL {{ ?class dip:quadClass ?quad }}
  OPTIONAL {{ ?event dip:source ?source }}
  OPTIONAL {{ ?event dip:target ?target }}
  OPTIONAL {{ ?event dip:date ?date }}
  OPTIONAL {{ ?event dip:cameoCode ?cameo }}
  OPTIONAL {{ ?event dip:attributedTo ?by . ?by rdfs:label ?attributed }}
  ?sentence dip:text ?text ; dip:sentenceIndex ?index ; dip:inArticle ?doc .
  ?doc dcterms:identifier ?article .
  OPTIONAL {{ ?doc dip:url ?url }}
}}
"""
_ENTITIES = f"""
PREFIX dip: <{DIP_IRI}>
PREFIX rdfs: <{RDFS}>
SELECT ?entity ?class ?label ?code ?sector WHERE {{
  ?entity a ?class ; rdfs:label ?label .
  FILTER (?class IN ({", ".join(f"dip:{kind}" for kind in ENTITY_KINDS)}))
  OPTIONAL {{ ?entity dip:code ?code }}
  OPTIONAL {{ ?entity dip:sector ?sector }}
}}
"""


@dataclass(frozen=True)
class EventFilter:
    event_types: tuple[str, ...] = ()  # PLOVER types or STATEMENT; empty keeps all
    min_confidence: float = 0.0
    actors_only: bool = False  # only events whose source, and target where there is one, are actors


def event_types() -> tuple[str, ...]:
    """Every event type the ontology defines (PLOVER's and STATEMENT)."""
    notation = str(SKOS.notation)
    return tuple(sorted(t.object.value for t in ox.parse(path=ontology_path(), format=ox.RdfFormat.TURTLE)
                        if t.predicate.value == notation))


def check_filter(flt: EventFilter) -> EventFilter:
    known = event_types()
    unknown = [t for t in flt.event_types if t.upper() not in known]
    if unknown:
        raise OptionError(f"unknown event type {unknown[0]!r}; choose from {', '.join(known)}")
    return EventFilter(tuple(sorted({t.upper() for t in flt.event_types})), flt.min_confidence, flt.actors_only)


def _store(statements: Iterable[ox.Quad | ox.Triple]) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(ox.Quad(s.subject, s.predicate, s.object) if isinstance(s, ox.Triple) else s
                      for s in statements)
    store.bulk_extend(ox.parse(path=ontology_path(), format=ox.RdfFormat.TURTLE))
    return store


def _value(solution: ox.QuerySolution, name: str) -> str | None:
    term = solution[name]
    return None if term is None else term.value


def _context(negated: bool, modality: str) -> str:
    """What keeps the event from being a plain fact: "negated", "future", "hypothetical" …"""
    parts = (["negated"] if negated else []) + ([_MODALITY_CONTEXT[modality]] if modality in _MODALITY_CONTEXT else [])
    return ";".join(parts)


def event_rows(statements: Iterable[ox.Quad | ox.Triple], flt: EventFilter = EventFilter()) -> list[dict]:
    """The rows of the typed events among the statements of a kg graph, in a stable order
    (date, article, sentence, event id)."""
    flt = check_filter(flt)
    store = _store(statements)
    options = {"use_default_graph_as_union": True}
    entities: dict[str, dict] = {}
    for solution in store.query(_ENTITIES, **options):
        entities[solution["entity"].value] = {
            "label": _value(solution, "label"), "kind": solution["class"].value[len(DIP_IRI):],
            "code": _value(solution, "code"), "sector": _value(solution, "sector")}
    rows = []
    for solution in store.query(_QUERY, **options):
        row = _row(solution, entities)
        if _kept(row, flt):
            rows.append(row)
    rows.sort(key=lambda r: (r["date"] or "", r["article"], r["sentence_index"], r["event_id"]))
    return rows


def _row(solution: ox.QuerySolution, entities: dict[str, dict]) -> dict:
    source, target = _value(solution, "source"), _value(solution, "target")
    negated = _value(solution, "negated") == "true"
    modality = _value(solution, "modality")
    cameo = _value(solution, "cameo")
    _, mode, plover_context = (cameo_to_plover(cameo) if cameo else None) or (None, None, None)
    event_iri = _value(solution, "event")
    row = {
        "event_id": event_iri.rsplit("/", 1)[-1], "date": _value(solution, "date"),
        "event_type": _value(solution, "type"), "quad_class": _value(solution, "quad"),
        "cameo": cameo, "mode": mode, "plover_context": plover_context,
        "context": _context(negated, modality),
    }
    for side, iri in (("source", source), ("target", target)):
        entity = entities.get(iri or "", {})
        row.update({f"{side}_label": entity.get("label"), f"{side}_code": entity.get("code"),
                    f"{side}_kind": entity.get("kind"), f"{side}_sector": entity.get("sector"), f"{side}_iri": iri})
    row.update({
        "modality": modality, "negated": negated, "attributed_to": _value(solution, "attributed"),
        "confidence": float(_value(solution, "confidence")), "relation": _value(solution, "relation"),
        "lemma": _value(solution, "lemma"), "sentence": _value(solution, "text"),
        "sentence_index": int(_value(solution, "index")), "article": _value(solution, "article"),
        "url": _value(solution, "url"), "event_iri": event_iri,
    })
    return row


def _kept(row: dict, flt: EventFilter) -> bool:
    if flt.event_types and row["event_type"] not in flt.event_types:
        return False
    if row["confidence"] < flt.min_confidence:
        return False
    if flt.actors_only:
        return row["source_kind"] in ACTOR_KINDS and (row["target_iri"] is None or row["target_kind"] in ACTOR_KINDS)
    return True


def graph_rows(graph: nx.MultiDiGraph, base_iri: str, flt: EventFilter = EventFilter()) -> list[dict]:
    """The rows of a graph built in memory (kg.graph), through its RDF."""
    from .rdf import graph_triples

    return event_rows(graph_triples(graph, base_iri), flt)


def file_rows(path: str | Path, flt: EventFilter = EventFilter()) -> list[dict]:
    """The rows of a graph file that `kg build` wrote, in any of its RDF formats."""
    from .rdf import read_quads

    return event_rows(read_quads(path), flt)


def table_bytes(rows: list[dict], fmt: str) -> bytes:
    """The rows in one table format; the same rows always give the same bytes."""
    if fmt in ("csv", "tsv"):
        text = io.StringIO()
        writer = csv.DictWriter(text, COLUMNS, delimiter="," if fmt == "csv" else "\t", lineterminator="\n",
                                extrasaction="raise")
        writer.writeheader()
        writer.writerows(rows)
        return text.getvalue().encode("utf-8")
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    if fmt == "parquet":
        return _parquet(rows)
    raise FormatError(f"unknown table format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")


def _parquet(rows: list[dict]) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise FormatError("--format parquet needs pyarrow: pip install 'kg[tables]'") from None
    types = {"negated": pa.bool_(), "confidence": pa.float64(), "sentence_index": pa.int64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), sink)
    return sink.getvalue()


def format_for(fmt: str | None, output: str) -> str:
    """The format named, or the one the output's suffix names (csv when writing to stdout)."""
    if fmt is not None:
        return fmt
    suffix = Path(output).suffix.lower().lstrip(".")
    if output == "-" or not suffix:
        return "csv"
    if suffix in TABLE_FORMATS:
        return suffix
    raise OptionError(f"{output}: cannot tell the table format from the suffix .{suffix}; "
                      f"give --format ({', '.join(TABLE_FORMATS)})")

