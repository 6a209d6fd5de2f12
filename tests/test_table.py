"""`kg events`: one row per typed event, read back with pandas, from articles and from graph files."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pyoxigraph as ox
import pytest
from conftest import SEED_ID, SEEDS

from kg.table import COLUMNS
from kg.ontology import ontology_path
from kg.types import ACTOR_KINDS

SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"


def kg(*args, check=True):
    done = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def seed_graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("events")
    kg("build", SEEDS, "-o", out, "-q", "--no-cache", "--format", "turtle", "--format", "nquads")
    return out


def typed_events_in(path) -> int:
    """Typed events in a graph file, counted with a plain scan of its statements: an event node
    whose class (other than dip:Event) is one of the ontology's typed classes."""
    typed_classes = {t.subject for t in ox.parse(path=ontology_path(), format=ox.RdfFormat.TURTLE)
                     if t.predicate.value == SKOS_NOTATION}
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return len({q.subject for q in ox.parse(path=path) if q.predicate == rdf_type and q.object in typed_classes})


def test_events_from_a_graph_file_load_in_pandas(seed_graph_file, tmp_path):
    out = tmp_path / "events.csv"
    kg("events", seed_graph_file / "graph.ttl", "-o", out)
    table = pd.read_csv(out)
    assert tuple(table.columns) == COLUMNS
    assert len(table) == typed_events_in(seed_graph_file / "graph.ttl") > 20
    assert table["event_id"].is_unique
    veto = table[(table["lemma"] == "veto") & (table["source_code"] == "RUS")].iloc[0]
    assert veto["event_type"] == "REJECT"
    assert veto["quad_class"] == "verbal conflict"
    assert veto["source_kind"] == "State" and veto["source_label"] == "Russia"
    assert veto["modality"] == "intended" and "intended" in veto["context"]
    assert veto["article"] == SEED_ID and veto["date"] == "2014-03-13"
    assert "veto" in veto["sentence"]
    assert veto["event_iri"].endswith("/" + veto["event_id"])


def test_events_from_articles_equal_events_from_their_graph(seed_graph_file):
    from_graph = kg("events", seed_graph_file / "graph.nq", "--format", "jsonl").stdout
    from_articles = kg("events", SEEDS, "--no-cache", "-q", "--format", "jsonl").stdout
    assert from_graph == from_articles
    rows = [json.loads(line) for line in from_graph.splitlines()]
    assert rows and all(list(row) == list(COLUMNS) for row in rows)


def test_events_filters(seed_graph_file):
    graph = seed_graph_file / "graph.ttl"
    rejects = pd.read_csv(io.StringIO(kg("events", graph, "--event-type", "reject").stdout))
    assert len(rejects) > 0 and set(rejects["event_type"]) == {"REJECT"}
    actors = pd.read_csv(io.StringIO(kg("events", graph, "--actors-only", "--format", "csv").stdout))
    assert 0 < len(actors) < typed_events_in(graph)
    assert set(actors["source_kind"]) <= ACTOR_KINDS
    assert set(actors["target_kind"].dropna()) <= ACTOR_KINDS
    confident = pd.read_csv(io.StringIO(kg("events", graph, "--min-confidence", "0.7").stdout))
    assert 0 < len(confident) < typed_events_in(graph) and confident["confidence"].min() >= 0.7


def test_events_tsv_and_parquet_read_back(seed_graph_file, tmp_path):
    pytest.importorskip("pyarrow")
    graph = seed_graph_file / "graph.ttl"
    kg("events", graph, "-o", tmp_path / "e.parquet")
    kg("events", graph, "-o", tmp_path / "e.tsv")
    parquet = pd.read_parquet(tmp_path / "e.parquet")
    tsv = pd.read_csv(tmp_path / "e.tsv", sep="\t")
    assert len(parquet) == len(tsv) == typed_events_in(graph)
    assert parquet["negated"].dtype == bool and parquet["sentence_index"].dtype.kind == "i"
    assert list(parquet["event_id"]) == list(tsv["event_id"])


def test_events_bad_input_is_one_line(seed_graph_file, tmp_path):
    unknown = kg("events", seed_graph_file / "graph.ttl", "--event-type", "PARTY", check=False)
    assert unknown.returncode != 0 and "unknown event type 'PARTY'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    mixed = kg("events", seed_graph_file / "graph.ttl", SEEDS, check=False)
    assert mixed.returncode != 0 and "not both" in mixed.stderr and "Traceback" not in mixed.stderr
    suffix = kg("events", seed_graph_file / "graph.ttl", "-o", tmp_path / "e.xlsx", check=False)
    assert suffix.returncode != 0 and "--format" in suffix.stderr and not (tmp_path / "e.xlsx").exists()
