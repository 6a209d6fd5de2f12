"""Replaceable articles (issue 17.2): a corrected article, loaded with --replace into the embedded
store or a real Oxigraph server (Graph Store Protocol, SPARQL Update), takes the place of what an
earlier load stated for it; the other articles and the shared descriptions stay as they were,
and the mention counts, one per article graph, still add up to the mentions of the current articles."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from servers import oxigraph, oxigraph_server  # noqa: F401  (fixtures)

from kg.cli import cli
from kg.rdf import read_quads
from kg.store import connect, ontology_triples, value_key

DIP = "https://w3id.org/kg-diplomacy/ontology#"
ARTICLE = "https://w3id.org/kg-diplomacy/id/article/"
MENTIONS = DIP + "mentionCount"
ISOLATED = {"NETRC": "/nonexistent/netrc", "KG_STORE_USER": None, "KG_STORE_PASSWORD": None, "KG_STORE_AUTH": None}

FIRST = {"id": "talks-1", "date": "2014-03-17", "title": "Talks",
         "text": "Talks\n\nRussia threatened Ukraine with retaliation on Monday. China urged restraint. "
                 "Germany warned Russia against escalation."}
SECOND = {"id": "visit-2", "date": "2014-03-18", "title": "Visit",
          "text": "Visit\n\nFrance praised Germany for its support. Japan criticized North Korea."}
# The second article corrected: other sentences, other events, some of the same actors.
CORRECTED = {**SECOND, "text": "Visit\n\nGermany condemned Iran over the attack. France met Japan in Paris. "
                                "Germany thanked France for its help."}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], env=ISOLATED)


def build(directory, *articles, fmt="trig"):
    directory.mkdir()
    news = directory / "news.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    result = run("build", news, "-o", directory, "-q", "--no-cache", "--format", fmt, "--format", "turtle")
    assert result.exit_code == 0, result.output
    return directory / ("graph.trig" if fmt == "trig" else "graph.nq")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Both articles; the corrected second alone (TriG and N-Quads); the current articles together."""
    root = tmp_path_factory.mktemp("builds")
    return {"both": build(root / "both", FIRST, SECOND), "corrected": build(root / "corrected", CORRECTED),
            "corrected.nq": build(root / "corrected-nq", CORRECTED, fmt="nquads"),
            "current": build(root / "current", FIRST, CORRECTED)}


def by_graph(quads) -> dict[str | None, set]:
    """Statements by graph name (None: the default graph), compared by value as stores keep them."""
    graphs: dict[str | None, set] = {}
    for quad in quads:
        name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        graphs.setdefault(name, set()).add(value_key(quad.triple))
    return graphs


def embedded_quads(store):
    with connect("oxigraph", store, read_only=True) as backend:
        return list(backend.store.quads_for_pattern(None, None, None))


def server_quads(server):
    request = urllib.request.Request(server.store, headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return list(ox.parse(response.read(), format=ox.RdfFormat.N_QUADS))


def check_replaced(held: dict, builds) -> None:
    """The store holds the first article as first loaded, the second as corrected, and the
    default graphs of both loads merged with the ontology: nothing more, nothing less."""
    before, after = by_graph(read_quads(builds["both"])), by_graph(read_quads(builds["corrected"]))
    first, second = ARTICLE + FIRST["id"], ARTICLE + SECOND["id"]
    assert set(held) == {None, first, second}
    assert held[first] == before[first]  # untouched
    assert held[second] == after[second]  # the corrected version, and nothing of the old one
    assert before[second] - after[second]  # (there was something to take away)
    assert held[None] == before[None] | after[None] | {value_key(t) for t in ontology_triples()}
    # The mention counts, summed over the article graphs, are those of the current articles.
    totals = Counter()
    for name, statements in held.items():
        for s, p, *rest in statements:
            if name is not None and p.value == MENTIONS:
                totals[s.value] += int(rest[-1])
    current = {t.subject.value: int(t.object.value) for t in read_quads(builds["current"].with_suffix(".ttl"))
               if t.predicate.value == MENTIONS}
    assert totals == current
    assert max(current.values()) > 1 and len(current) > 5  # (the sums are put to the test)
    assert not any(p.value == MENTIONS for _, p, *_ in held[None])  # no count in the shared description


def test_replace_in_the_embedded_store(tmp_path, builds):
    store = tmp_path / "store"
    assert run("load", builds["both"], "--store", store, "-q").exit_code == 0
    for _ in range(2):  # the second time changes nothing
        result = run("load", builds["corrected"], "--store", store, "--replace")
        assert result.exit_code == 0, result.output
        assert "the default graph and 1 named graph (replaced)" in result.output
        check_replaced(by_graph(embedded_quads(store)), builds)
    # kg query sees every article graph as the default graph, and the old events are gone
    events = run("query", "--store", store, "--format", "csv", f"""
        SELECT ?e WHERE {{ ?e a dip:Event ; prov:wasDerivedFrom/dip:inArticle <{ARTICLE}{SECOND['id']}> }}""")
    wanted = {q.subject.value for q in read_quads(builds["corrected"])
              if q.predicate.value.endswith("#type") and q.object.value == DIP + "Event"}
    assert set(events.output.split()[1:]) == wanted


def test_build_into_a_store_replaces_the_articles_it_built(tmp_path, builds):
    store = tmp_path / "store"
    news = tmp_path / "news.jsonl"
    for articles in ([FIRST, SECOND], [CORRECTED], [CORRECTED]):
        news.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        result = run("build", news, "-o", tmp_path / "out", "-q", "--no-cache", "--store", store)
        assert result.exit_code == 0, result.output
    check_replaced(by_graph(embedded_quads(store)), builds)


@pytest.mark.parametrize("method", ["--endpoint", "--update-endpoint"])
def test_replace_over_http(oxigraph, builds, method):  # noqa: F811
    url = oxigraph.store if method == "--endpoint" else oxigraph.update_url
    target = [method, url, "--query-endpoint", oxigraph.query_url]
    assert run("load", builds["both"], *target, "-q").exit_code == 0
    for name in ("corrected", "corrected.nq"):  # TriG, then the same in N-Quads: idempotent
        result = run("load", builds[name], *target, "--replace", "--chunk-size", "50")
        assert result.exit_code == 0, result.output
        check_replaced(by_graph(server_quads(oxigraph)), builds)


def test_replace_needs_named_graphs(tmp_path, builds):
    store = tmp_path / "store"
    result = run("load", builds["corrected"].with_suffix(".ttl"), "--store", store, "--replace")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {builds['corrected'].with_suffix('.ttl')}: --replace needs one named graph per article; "
        "build with --format trig or --format nquads and load that file"]
    result = run("load", builds["corrected"], "--store", store, "--replace", "--graph", "https://example.org/g")
    assert result.exit_code == 1 and result.output.startswith("Error: --replace keeps each article")


@pytest.mark.parametrize("name", ["graph.trig", "graph.ttl"])
def test_counts_per_article_conform_to_the_shapes(builds, name):
    # the current build: an entity mentioned in both articles has a count in each article graph
    result = run("validate", builds["current"].parent / name)
    assert result.exit_code == 0 and "conforms" in result.output, result.output
