"""Stores and result formats come from kg.registry: a plug-in package's store is reached by
`kg load --backend`, and `kg query`'s prefixes follow the base IRI the graph was built with."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import SEEDS

from kg.cli import cli
from kg.store import ontology_triples, query_prefixes, read_triples

KG = [str(Path(sys.executable).with_name("kg"))] if Path(sys.executable).with_name("kg").exists() \
    else [sys.executable, "-m", "kg"]

# A store in its own distribution, found by kg only through the entry point it declares. It keeps
# the triples in a pyoxigraph store in the directory it is given, and writes how kg used it there.
PLUGIN_MODULE = '''
from pathlib import Path

import pyoxigraph as ox


class DirectoryStore:
    default_chunk = 50  # small, so that a load of the ontology takes several chunks

    def __init__(self, location, **options):
        self.location = Path(location)
        self.name = f"directory store {location}"
        self.store = ox.Store(str(self.location / "data"))
        self.chunks = 0

    def _quads(self, triples, graph):
        g = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]

    def add(self, triples, graph):
        self.store.extend(self._quads(triples, graph))
        self.chunks += 1

    def count_present(self, triples, graph):
        return sum(quad in self.store for quad in self._quads(triples, graph))

    def graph_size(self, graph):
        g = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, g))

    def query(self, sparql, prefixes):
        return self.store.query(sparql, prefixes=prefixes)

    def close(self):
        self.store.flush()
        (self.location / "chunks").write_text(str(self.chunks))
        del self.store
'''


@pytest.fixture
def plugin_path(tmp_path) -> Path:
    """A directory holding an installed distribution `kg-directory-store` with a kg_stores entry point."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "kg_directory_store.py").write_text(PLUGIN_MODULE)
    info = site / "kg_directory_store-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-directory-store\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[kg_stores]\ndirectory = kg_directory_store:DirectoryStore\n")
    return site


def kg(*args, site: Path) -> subprocess.CompletedProcess:
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": path})


def test_store_registered_by_a_plugin_is_reached_by_kg_load(plugin_path, tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(textwrap.dedent("""\
        @prefix dip: <https://w3id.org/kg-diplomacy/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://w3id.org/kg-diplomacy/id/state/RUS> a dip:State ; rdfs:label "Russia" .
        <https://w3id.org/kg-diplomacy/id/state/UKR> a dip:State ; rdfs:label "Ukraine"@en .
        """))
    target = tmp_path / "target"
    target.mkdir()
    done = kg("load", graph, "--backend", "directory", "--store", target, site=plugin_path)
    assert done.returncode == 0, done.stderr
    sent = [*read_triples(graph), *ontology_triples()]
    assert f"Loaded {len(sent):,} triples into directory store {target}, default graph" in done.stdout
    held = {q.triple for q in ox.Store.read_only(str(target / "data"))}
    assert held == set(sent)
    assert int((target / "chunks").read_text()) == -(-len(sent) // 50)  # kg used the store's own chunk size


def test_store_unknown_backend_is_a_usage_error_naming_the_plugins(plugin_path, tmp_path):
    done = kg("load", tmp_path / "graph.ttl", "--backend", "nosuch", site=plugin_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "unknown store type 'nosuch'; choose from directory, gsp, oxigraph, sparql-query, sparql-update" \
        in " ".join(done.stderr.split())


def test_store_query_only_backend_cannot_be_loaded(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    result = CliRunner().invoke(cli, ["load", str(graph), "--backend", "sparql-query", "--endpoint",
                                      "http://127.0.0.1:9/sparql"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: http://127.0.0.1:9/sparql: answers queries only; it cannot be loaded into"


BASE = "https://example.org/kg/"
# Russia's typed events and the articles they come from: uses kg's prefixes (dip:, state:) and
# every W3C one a query needs (rdfs:, skos:, xsd:, prov:, dcterms:).
RUSSIA_EVENTS = """
SELECT ?type ?title (COUNT(?event) AS ?events) WHERE {
  ?event a ?class ; dip:source state:RUS ; dip:date ?date ; prov:wasDerivedFrom/dip:inArticle ?article .
  ?article dcterms:title ?title .
  ?class rdfs:subClassOf dip:Event ; skos:notation ?type .
  FILTER(datatype(?date) = xsd:date)
} GROUP BY ?type ?title ORDER BY ?type
"""


@pytest.fixture(scope="module")
def other_base_store(tmp_path_factory) -> Path:
    """The seed article built and loaded under a base IRI other than kg's default."""
    out = tmp_path_factory.mktemp("other-base")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out), "--base-iri", BASE,
                                      "--store", str(out / "store"), "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    return out


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_store_query_prefixes_follow_the_base_iri(other_base_store):
    store = str(other_base_store / "store")
    result = CliRunner().invoke(cli, ["query", RUSSIA_EVENTS, "--store", store, "--base-iri", BASE, "--format", "csv"])
    assert result.exit_code == 0, result.output
    found = csv_rows(result.output)
    # The same query with every prefix declared, run by pyoxigraph on the file the build wrote.
    declared = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in query_prefixes(BASE).items())
    graph = ox.Store()
    graph.bulk_load(path=str(other_base_store / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    graph.bulk_load(path=str(Path(__file__).parents[1] / "ontologies" / "diplomacy.ttl"), format=ox.RdfFormat.TURTLE)
    expected = [{"type": row["type"].value, "title": row["title"].value, "events": row["events"].value}
                for row in graph.query(declared + RUSSIA_EVENTS)]
    assert found == expected and expected  # Russia has typed events in the seed article
    assert int(found[0]["events"]) > 0

    # Under kg's default base IRI, state:RUS is another IRI, which this store does not hold.
    default = CliRunner().invoke(cli, ["query", RUSSIA_EVENTS, "--store", store, "--format", "csv"])
    assert default.exit_code == 0 and csv_rows(default.output) == []

    table = CliRunner().invoke(cli, ["query", "SELECT ?s WHERE { ?s rdfs:label 'Russia' ; a dip:State }",
                                     "--store", store, "--base-iri", BASE])
    assert table.output.splitlines()[2] == "state:RUS"  # the table writes IRIs with the same prefixes


def test_store_query_prefixes_are_the_w3c_vocabularies():
    prefixes = query_prefixes(BASE)
    assert prefixes["skos"] == "http://www.w3.org/2004/02/skos/core#"
    assert prefixes["dcterms"] == "http://purl.org/dc/terms/" and prefixes["prov"] == "http://www.w3.org/ns/prov#"
    assert prefixes["xsd"] == "http://www.w3.org/2001/XMLSchema#"
    assert prefixes["rdfs"] == "http://www.w3.org/2000/01/rdf-schema#"
    assert prefixes["state"] == BASE + "state/" and prefixes["event"] == BASE + "event/"


def test_store_result_format_registered_at_import_is_reached_by_kg_query(other_base_store):
    from kg import registry

    def one_value_a_line(result, base_iri):
        return "\n".join(term.value for row in result.rows for term in row)

    registry.result_formats.register("values-test", func=one_value_a_line)
    result = CliRunner().invoke(cli, ["query", "SELECT ?label WHERE { state:RUS rdfs:label ?label }",
                                      "--store", str(other_base_store / "store"), "--base-iri", BASE,
                                      "--format", "values-test"])
    assert result.exit_code == 0, result.output
    assert result.output == "Russia\n"
    unknown = CliRunner().invoke(cli, ["query", "ASK {}", "--format", "nosuch"])
    assert unknown.exit_code == 2 and "unknown result format 'nosuch'; choose from csv, json, table" in unknown.output
