"""Triple stores: the embedded Oxigraph store, the Oxigraph server over HTTP (Graph Store Protocol
and SPARQL Update), Virtuoso with digest auth, and the faults a network brings."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from kg.ontology import DIP_IRI
from click.testing import CliRunner
from conftest import ROOT, SEEDS
from servers import (  # noqa: F401  (fixtures)
    free_port, oxigraph, oxigraph_server, proxy, run_oxigraph, silent_server, virtuoso,
)

from kg.cli import cli
from kg.rdf import read_quads
from kg.store import connect, ontology_triples, read_triples, value_key
from kg.validate import validate_file

DIP = "https://w3id.org/kg-diplomacy/ontology#"
NEWS = "https://example.org/graphs/news"
ISOLATED = {"NETRC": "/nonexistent/netrc", "KG_STORE_USER": None, "KG_STORE_PASSWORD": None, "KG_STORE_AUTH": None}
LATER = [  # a second, later set of articles that mentions some of the seed's actors again
    {"id": "later-1", "date": "2014-03-17", "title": "Sanctions",
     "text": "Sanctions\n\nRussia threatened Ukraine with retaliation on Monday. China urged restraint."},
]


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env={**ISOLATED, **(env or {})})


def one_line_error(result, start: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: " + start), result.output
    return lines[0]


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    result = run("build", SEEDS, "-o", out, "-q", "--format", "turtle", "--format", "trig", "--format", "ntriples",
                 "--format", "jsonld")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def later_files(tmp_path_factory):
    out = tmp_path_factory.mktemp("later")
    news = out / "later.jsonl"
    news.write_text("".join(json.dumps(a) + "\n" for a in LATER), encoding="utf-8")
    result = run("build", news, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seed_files):
    store = tmp_path_factory.mktemp("store") / "store"
    assert run("load", seed_files / "graph.ttl", "--store", store).exit_code == 0
    return store


def expected(*paths, ontology=True) -> set:
    """The distinct triples of graph files, compared by value as stores keep them ("0.720" is 0.72)."""
    triples = set(ontology_triples()) if ontology else set()
    for path in paths:
        triples |= set(read_triples(path))
    return {value_key(t) for t in triples}


def embedded(store) -> set:
    with connect("oxigraph", store, read_only=True) as backend:
        return {value_key(q.triple) for q in backend.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["results"]["bindings"]


# --- embedded store ----------------------------------------------------------------------------

def test_store_embedded_load_is_verified_and_idempotent(tmp_path, seed_files):
    store = tmp_path / "store"
    want = expected(seed_files / "graph.ttl")
    first = run("load", seed_files / "graph.ttl", "--store", store)
    assert first.exit_code == 0, first.output
    assert f"Loaded {len(want):,} triples into {store}, default graph" in first.output
    assert f"verified: it holds all {len(want):,} of them, and {len(want):,} triples in all" in first.output
    assert embedded(store) == want
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.jsonld"):  # again, in every format kg writes
        again = run("load", seed_files / name, "--store", store, "-q")
        assert again.exit_code == 0 and again.output == ""
        assert embedded(store) == want


def test_store_embedded_is_the_default(tmp_path, seed_files, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("load", seed_files / "graph.ttl", "-q").exit_code == 0
    assert (tmp_path / "out" / "store").is_dir()
    answer = rows(run("query", "SELECT ?s WHERE { ?s dip:code 'RUS' ; a dip:State }", "--format", "json"))
    assert answer == [{"s": {"type": "uri", "value": "https://w3id.org/kg-diplomacy/id/state/RUS"}}]


def test_store_new_articles_reuse_entity_iris(tmp_path, seed_files, later_files):
    store = tmp_path / "store"
    assert run("load", seed_files / "graph.ttl", "--store", store).exit_code == 0
    assert run("load", later_files / "graph.ttl", "--store", store).exit_code == 0
    held = embedded(store)
    assert held == expected(seed_files / "graph.ttl", later_files / "graph.ttl")
    russia = rows(run("query", "--store", store, "--format", "json",
                      "SELECT DISTINCT ?s WHERE { { ?s a dip:State ; dip:code 'RUS' } UNION { ?s rdfs:label 'Russia' } }"))
    assert russia == [{"s": {"type": "uri", "value": "https://w3id.org/kg-diplomacy/id/state/RUS"}}]
    # the new article's facts are there, attached to the Russia the seed already had
    new = rows(run("query", "--store", store, "--format", "json", """
        SELECT ?type WHERE { ?e dip:source state:RUS ; a ?type ; prov:wasDerivedFrom/dip:inArticle article:later-1 .
                             FILTER(?type != dip:Event) }"""))
    assert {r["type"]["value"] for r in new} == {DIP + "Threaten"}
    old = rows(run("query", "--store", store, "--format", "json",
                   "SELECT ?e WHERE { ?e dip:source state:RUS ; dip:relationLemma 'veto' }"))
    assert len(old) == 1
    # what the store holds after two builds still conforms to the shapes
    combined = tmp_path / "combined.nt"
    combined.write_bytes(ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in ox.Store(str(store)).quads_for_pattern(None, None, None)],
        format=ox.RdfFormat.N_TRIPLES))
    report = validate_file(combined)
    assert report.conforms, report.summary


def test_store_build_loads_as_it_builds(tmp_path, seed_files):
    result = run("build", SEEDS, "-o", tmp_path / "out", "--store", tmp_path / "store")  # not -q: its summary
    assert result.exit_code == 0, result.output
    assert "verified" in result.output
    # as the TriG has them: each article in its own graph, the shared descriptions and the ontology in the default one
    held = {(q.graph_name, value_key(q.triple)) for q in ox.Store.read_only(str(tmp_path / "store"))}
    trig = {(q.graph_name, value_key(q.triple)) for q in read_quads(seed_files / "graph.trig")}
    assert held == trig | {(ox.DefaultGraph(), value_key(t)) for t in ontology_triples()}


def test_store_embedded_in_use_by_a_server(tmp_path, seed_files):
    assert run("load", seed_files / "graph.ttl", "--store", tmp_path / "busy").exit_code == 0
    with run_oxigraph(tmp_path / "busy"):
        result = run("load", seed_files / "graph.ttl", "--store", tmp_path / "busy")
        asked = run("query", "ASK { state:RUS a dip:State }", "--store", tmp_path / "busy")
    one_line_error(result, f"store {tmp_path / 'busy'}: in use by another process")
    assert asked.exit_code == 0 and asked.output == "true\n"  # queries open the store read-only


@pytest.mark.parametrize("args, message", [
    (["load", "missing.ttl"], "missing.ttl: no such file"),
    (["load", "graph.xml"], "graph.xml: unknown RDF file type '.xml'"),
    (["query", "SELECT * { ?s ?p ?o }", "--store", "no/such/store"], "store no/such/store: no such store"),
    (["query", "SELEKT * { ?s ?p ?o }"], "query: error at 1:1"),
    (["load", "GRAPH", "--store", "s", "--endpoint", "http://127.0.0.1:1/store"], "give one of --store, --endpoint"),
    (["load", "GRAPH", "--endpoint", "ftp://example.org/store"], "ftp://example.org/store: not an http(s) URL"),
    (["load", "GRAPH", "--endpoint", "http://[::1/store"], "http://[::1/store: not an http(s) URL"),
    (["load", "GRAPH", "--endpoint", "http://127.0.0.1:99999/store"], "http://127.0.0.1:99999/store: not an http"),
    (["query", "ASK {}", "--endpoint", "http://u:pw@127.0.0.1:99999/q"], "the URL given: not an http(s) URL"),
    (["load", "GRAPH", "--graph", "not an iri", "--store", "STORE"], "--graph 'not an iri' is not an absolute IRI"),
    (["load", "GRAPH", "--skip", "999999", "--store", "STORE"], "cannot skip 999,999 triples"),
])
def test_store_errors_are_one_line(tmp_path, seed_files, seed_store, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    args = [{"GRAPH": seed_files / "graph.ttl", "STORE": tmp_path / "s"}.get(a, a) for a in args]
    if args[0] == "query" and "--store" not in args and "--endpoint" not in args:
        args += ["--store", seed_store]
    one_line_error(run(*args), message)


def test_store_query_needs_exactly_one_query(seed_store, tmp_path):
    assert run("query", "--store", seed_store).exit_code == 2
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { state:RUS a dip:State }", encoding="utf-8")
    assert run("query", "ASK {}", "--file", rq, "--store", seed_store).exit_code == 2
    assert run("query", "--file", rq, "--store", seed_store).output.strip() == "true"


def test_store_query_formats(seed_store, seed_files):
    sparql = "SELECT ?code ?label WHERE { ?s a dip:State ; dip:code ?code ; rdfs:label ?label } ORDER BY ?code"
    table = run("query", sparql, "--store", seed_store)
    assert table.exit_code == 0
    lines = table.output.splitlines()
    state = f"<{DIP_IRI}State>"
    states = {t.subject for t in read_triples(seed_files / "graph.ttl") if str(t.object) == state}
    assert lines[0].split() == ["code", "label"] and lines[-1] == f"({len(states)} rows)" and len(states) > 3
    assert any(line.split() == ["RUS", "Russia"] for line in lines)
    csv_out = run("query", sparql, "--store", seed_store, "--format", "csv").stdout_bytes
    assert csv_out.startswith(b"code,label\r\n") and b"RUS,Russia\r\n" in csv_out  # SPARQL CSV: CRLF
    bindings = rows(run("query", sparql, "--store", seed_store, "--format", "json"))
    assert {"code": {"type": "literal", "value": "RUS"}, "label": {"type": "literal", "value": "Russia"}} in bindings
    construct = run("query", "CONSTRUCT WHERE { state:RUS rdfs:label ?l }", "--store", seed_store)
    assert construct.output.strip() == ('<https://w3id.org/kg-diplomacy/id/state/RUS> '
                                        '<http://www.w3.org/2000/01/rdf-schema#label> "Russia" .')


def readme_queries() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "rdf.md").read_text(encoding="utf-8")
    section = text.split("## SPARQL cookbook", 1)[1].split("\n## ", 1)[0]
    found = re.findall(r"\*\*([^*]+)\*\*[^`]*?```sparql\n(.*?)```", section, flags=re.S)
    assert len(found) >= 4, "the SPARQL cookbook of docs/rdf.md lists ready queries"
    return found


@pytest.mark.parametrize("title, sparql", readme_queries(), ids=[t for t, _ in readme_queries()])
def test_store_readme_queries_return_rows(seed_store, title, sparql):
    answer = rows(run("query", sparql, "--store", seed_store, "--format", "json"))
    assert answer, title


# --- the Oxigraph server over HTTP ---------------------------------------------------------------

def test_store_graph_store_protocol_default_graph(oxigraph, seed_files):
    want = expected(seed_files / "graph.ttl")
    for _ in range(2):  # idempotent
        result = run("load", seed_files / "graph.ttl", "--endpoint", oxigraph.store, "--chunk-size", "1000")
        assert result.exit_code == 0, result.output
        assert f"into {oxigraph.store}, default graph" in result.output and "verified" in result.output
        assert oxigraph.count() == len(want)


def test_store_graph_store_protocol_named_graph_and_query(oxigraph, seed_files, later_files):
    for path in (seed_files / "graph.trig", later_files / "graph.ttl"):
        result = run("load", path, "--endpoint", oxigraph.store, "--graph", NEWS)
        assert result.exit_code == 0, result.output
    want = expected(seed_files / "graph.ttl", later_files / "graph.ttl")
    assert oxigraph.count(f"GRAPH <{NEWS}> {{ ?s ?p ?o }}") == len(want)
    assert oxigraph.count() == 0  # nothing in the default graph
    russia = rows(run("query", f"SELECT DISTINCT ?s FROM <{NEWS}> WHERE {{ ?s rdfs:label 'Russia' }}",
                      "--endpoint", oxigraph.query_url, "--format", "json"))
    assert russia == [{"s": {"type": "uri", "value": "https://w3id.org/kg-diplomacy/id/state/RUS"}}]


def test_store_readme_queries_over_http(oxigraph, seed_files):
    assert run("load", seed_files / "graph.ttl", "--endpoint", oxigraph.store).exit_code == 0
    for title, sparql in readme_queries():
        assert rows(run("query", sparql, "--endpoint", oxigraph.query_url, "--format", "json")), title


def test_store_sparql_update_in_batches(oxigraph, seed_files):
    want = expected(seed_files / "graph.ttl")
    for _ in range(2):
        result = run("load", seed_files / "graph.ttl", "--update-endpoint", oxigraph.update_url,
                     "--query-endpoint", oxigraph.query_url, "--graph", NEWS, "--chunk-size", "700")
        assert result.exit_code == 0, result.output
        assert oxigraph.count(f"GRAPH <{NEWS}> {{ ?s ?p ?o }}") == len(want)


def test_store_sparql_update_checks_its_query_endpoint_first(oxigraph, seed_files):
    result = run("load", seed_files / "graph.ttl", "--update-endpoint", oxigraph.update_url)
    line = one_line_error(result, f"{oxigraph.update_url} answered 4")
    assert line.endswith("give the store's query endpoint with --query-endpoint")
    assert oxigraph.count() == 0


# Literals that would end a string, a block or an IRI, start a comment, or add an update.
INJECTIONS = ['"""', "'''", "}", "} ;", ">", "#", "\n", "\r\n", "\\u0022", "\\", "\\\\u0022 x",
              'x" } ; DELETE WHERE { ?s ?p ?o } ; INSERT DATA { <urn:x> <urn:y> "z',
              "DELETE WHERE { ?s ?p ?o }", '"} } DROP ALL ; INSERT DATA { GRAPH <urn:g> {', "\x00\x07 ctl",
              "é 中国 🇺🇦 \u2028"]


@pytest.fixture
def nasty_file(tmp_path):
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/says")
    triples = [ox.Triple(s, p, ox.Literal(text)) for text in INJECTIONS]
    triples.append(ox.Triple(s, p, ox.Literal("fr }#>", language="fr")))
    triples.append(ox.Triple(s, p, ox.Literal('中国 "} #', language="zh")))
    triples.append(ox.Triple(s, p, ox.Literal("0.720", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))))
    path = tmp_path / "nasty.nt"
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    return path


@pytest.mark.parametrize("method", ["--endpoint", "--update-endpoint"])
def test_store_literals_cannot_inject_sparql(oxigraph, nasty_file, method):
    url = oxigraph.store if method == "--endpoint" else oxigraph.update_url
    oxigraph.update("INSERT DATA { <urn:sentinel> <urn:is> <urn:here> }")
    result = run("load", nasty_file, method, url, "--query-endpoint", oxigraph.query_url, "--no-ontology",
                 "--graph", NEWS, "--chunk-size", "4")
    assert result.exit_code == 0, result.output
    held = {q.triple for q in ox.parse(oxigraph_dump(oxigraph), format=ox.RdfFormat.N_QUADS)
            if q.graph_name == ox.NamedNode(NEWS)}
    values = {t.object.value for t in held}
    assert set(INJECTIONS) <= values and len(held) == len(INJECTIONS) + 3
    assert oxigraph.count() == 1  # the sentinel in the default graph is untouched
    assert oxigraph.count("GRAPH ?g { ?s ?p ?o }") == len(INJECTIONS) + 3  # and no other graph appeared


def oxigraph_dump(server) -> bytes:
    import urllib.request

    request = urllib.request.Request(server.store, headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


# --- faults ------------------------------------------------------------------------------------

def test_store_server_down(seed_files):
    url = f"http://127.0.0.1:{free_port()}/store"
    line = one_line_error(run("load", seed_files / "graph.ttl", "--endpoint", url),
                          f"cannot reach {url}?default: connection refused")
    assert line == f"Error: cannot reach {url}?default: connection refused; nothing was loaded"
    auth = run("load", seed_files / "graph.ttl", "--endpoint", url, env={"KG_STORE_AUTH": "kerberos"})
    one_line_error(auth, "KG_STORE_AUTH must be auto, basic or digest, not 'kerberos'")
    one_line_error(run("query", "ASK {}", "--endpoint", url), f"cannot reach {url}: connection refused")


def test_store_wrong_endpoint_path(oxigraph, seed_files):
    line = one_line_error(run("load", seed_files / "graph.ttl", "--endpoint", oxigraph.base + "/nope"),
                          f"{oxigraph.base}/nope?default answered 404 Not Found to the load")
    assert "Traceback" not in line


def test_store_query_rejected_by_server(oxigraph):
    one_line_error(run("query", "SELECT ?x WHERE { ?x ?y }", "--endpoint", oxigraph.query_url),
                   f"{oxigraph.query_url} answered 400 Bad Request to the query")


def test_store_timeout(silent_server, seed_files):
    one_line_error(run("load", seed_files / "graph.ttl", "--endpoint", silent_server + "/store", "--timeout", "1"),
                   f"{silent_server}/store?default: no answer within 1 s")


def test_store_retries_transient_failures(proxy, oxigraph, seed_files):
    proxy.faults.statuses = [503, 502, 504]
    proxy.faults.resets = 1
    result = run("load", seed_files / "graph.ttl", "--endpoint", proxy.base + "/store", "--retries", "4")
    assert result.exit_code == 0, result.output
    assert oxigraph.count() == len(expected(seed_files / "graph.ttl"))
    assert proxy.faults.seen[:5] == ["POST /store?default"] * 5  # the same chunk, five times


def test_store_gives_up_after_bounded_retries(proxy, oxigraph, seed_files):
    proxy.faults.statuses = [503] * 10
    line = one_line_error(run("load", seed_files / "graph.ttl", "--endpoint", proxy.base + "/store", "--retries", "2"),
                          f"{proxy.base}/store?default answered 503 Service Unavailable to the load (after 3 attempts)")
    assert line.endswith("(after 3 attempts): busy, try later; nothing was loaded")
    assert len(proxy.faults.seen) == 3 and oxigraph.count() == 0


def test_store_failed_chunk_says_how_to_resume(proxy, oxigraph, seed_files):
    total = len(expected(seed_files / "graph.ttl", ontology=False))
    proxy.faults.pass_posts = 2
    result = run("load", seed_files / "graph.ttl", "--endpoint", proxy.base + "/store", "--chunk-size", "500",
                 "--no-ontology")
    line = one_line_error(result, f"{proxy.base}/store?default answered 500 Internal Server Error to the load: disk full")
    assert line.endswith(f"; 1,000 of {total:,} triples were loaded before this chunk failed; resume with --skip 1000")
    assert oxigraph.count() == 1000  # what was reported loaded, and nothing else
    resumed = run("load", seed_files / "graph.ttl", "--endpoint", oxigraph.store, "--chunk-size", "500",
                  "--no-ontology", "--skip", "1000")
    assert resumed.exit_code == 0, resumed.output
    assert "(first 1,000 skipped as already loaded)" in resumed.output and "verified" in resumed.output
    assert oxigraph.count() == total
    assert proxy.faults.seen.count("POST /store?default") == 3


@pytest.mark.parametrize("graph", [[], ["--graph", NEWS]])
def test_store_verification_catches_a_store_that_loses_data(proxy, oxigraph, seed_files, graph):
    proxy.faults.drop_posts = True
    line = one_line_error(run("load", seed_files / "graph.ttl", "--endpoint", proxy.base + "/store", *graph),
                          f"{proxy.base}/store: sent {len(expected(seed_files / 'graph.ttl')):,} triples "
                          "but it holds only 0 of them (e.g. <")
    assert "Loaded" not in line


def test_store_basic_auth_from_env_netrc_or_url_never_shown(proxy, oxigraph, seed_files, tmp_path):
    secret = "s3cr3t-Pa55"
    proxy.faults.basic_auth = ("kg", secret)
    endpoint = proxy.base + "/store"
    graph = seed_files / "graph.ttl"
    refused = one_line_error(run("load", graph, "--endpoint", endpoint), f"{endpoint}?default answered 401")
    assert "KG_STORE_USER" in refused
    wrong = run("load", graph, "--endpoint", endpoint.replace("http://", f"http://kg:{secret}x@"))
    assert secret not in wrong.output and "kg:" not in wrong.output and wrong.exit_code == 1
    assert run("load", graph, "--endpoint", endpoint, env={"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": secret}
               ).exit_code == 0
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login kg password {secret}\n")
    netrc.chmod(0o600)
    assert run("load", graph, "--endpoint", endpoint, env={"NETRC": str(netrc)}).exit_code == 0
    ok = run("load", graph, "--endpoint", endpoint.replace("http://", f"http://kg:{secret}@"))
    assert ok.exit_code == 0 and secret not in ok.output and "kg:" not in ok.output
    proxy.posts, proxy.faults.pass_posts = 0, 0  # from now on the store fails every load
    failed = run("load", graph, "--endpoint", endpoint.replace("http://", f"http://kg:{secret}@"))
    assert failed.exit_code == 1 and secret not in failed.output and "kg:" not in failed.output
    assert oxigraph.count() == len(expected(graph))


# --- Virtuoso (Debian), digest auth ---------------------------------------------------------------

def test_store_virtuoso_graph_store_with_digest_auth(virtuoso, seed_files, later_files):
    env = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"}
    graph = "https://example.org/graphs/virtuoso-test"
    for path in (seed_files / "graph.ttl", seed_files / "graph.ttl", later_files / "graph.ttl"):
        result = run("load", path, "--endpoint", virtuoso.graph_store, "--graph", graph, env=env)
        assert result.exit_code == 0, result.output
        assert "verified" in result.output
    count = rows(run("query", f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}",
                     "--endpoint", virtuoso.sparql, "--format", "json"))
    assert int(count[0]["n"]["value"]) == len(expected(seed_files / "graph.ttl", later_files / "graph.ttl"))
    russia = rows(run("query", f"SELECT DISTINCT ?s FROM <{graph}> WHERE {{ ?s rdfs:label 'Russia' }}",
                      "--endpoint", virtuoso.sparql, "--format", "json"))
    assert [r["s"]["value"] for r in russia] == ["https://w3id.org/kg-diplomacy/id/state/RUS"]


def test_store_virtuoso_refuses_a_wrong_password(virtuoso, seed_files):
    result = run("load", seed_files / "graph.ttl", "--endpoint", virtuoso.graph_store, "--graph", NEWS,
                 env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "not-the-password"})
    line = one_line_error(result, f"{virtuoso.graph_store}?graph=")
    assert "401" in line and "not-the-password" not in line


def test_store_virtuoso_sparql_update_with_digest_auth(virtuoso, nasty_file):
    env = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"}
    graph = "https://example.org/graphs/virtuoso-update"
    for _ in range(2):
        result = run("load", nasty_file, "--update-endpoint", virtuoso.base + "/sparql-auth", "--query-endpoint",
                     virtuoso.sparql, "--graph", graph, "--no-ontology", "--chunk-size", "5", env=env)
        assert result.exit_code == 0, result.output
    held = rows(run("query", f"SELECT ?o FROM <{graph}> WHERE {{ ?s ?p ?o }}", "--endpoint", virtuoso.sparql,
                    "--format", "json"))
    assert len(held) == len(INJECTIONS) + 3
    assert set(INJECTIONS) <= {r["o"]["value"] for r in held}
