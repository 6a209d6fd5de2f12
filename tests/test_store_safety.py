"""`kg query --store` and `kg load --store` as real processes against a real embedded Oxigraph store:
time limits, Ctrl-C and SIGTERM, rows streamed in bounded memory, no SERVICE calls unless allowed,
text that cannot hurt a terminal, no credentials in messages, and a load killed half-way."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.store import connect

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NASTY = "evil \x1b[31mred\x07 nul\x00 del\x7f csi\x9b rtl\u202e end"
ENV = {**os.environ, "NETRC": "/nonexistent/netrc"}
for _name in ("KG_STORE_USER", "KG_STORE_PASSWORD", "KG_STORE_AUTH"):
    ENV.pop(_name, None)
SIZE = 20_000  # triples: a cartesian product of the store with itself is 4e8 rows, far more than a test reads
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"


def kg(*args, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, env=ENV,
                          timeout=options.pop("timeout", 120), **options)


def start(*args, limit: float = 120) -> subprocess.Popen:
    """kg running in the background, killed after `limit` seconds whatever happens (a test never hangs)."""
    process = subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=ENV)
    watchdog = threading.Timer(limit, process.kill)
    watchdog.daemon = True
    watchdog.start()
    return process


def ntriples(path: Path, count: int, start_at: int = 0, nasty: bool = False) -> Path:
    with open(path, "w", encoding="utf-8") as file:
        for i in range(start_at, start_at + count):
            file.write(f'<http://example.org/thing/{i}> <{LABEL}> "thing {i}" .\n')
        if nasty:
            escaped = json.dumps(NASTY)[1:-1]  # N-Triples takes JSON's \u escapes
            file.write(f'<http://example.org/nasty> <{LABEL}> "{escaped}" .\n')
    return path


def one_error_line(stderr: bytes) -> str:
    lines = stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


def count(store: Path) -> tuple[int, str]:
    done = kg("query", "--store", store, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.decode().split()[1]), done.stderr.decode()


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    source = ntriples(folder / "big.nt", SIZE, nasty=True)
    done = kg("load", source, "--store", folder / "store", "--no-ontology", "-q")
    assert done.returncode == 0, done.stderr
    return folder / "store"


# --- time limit, signals, streaming ------------------------------------------------------------

@pytest.mark.parametrize("sparql", [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",  # works long, prints nothing until the end
    CARTESIAN,  # prints rows all along
])
def test_query_timeout_stops_the_embedded_store(big_store, sparql):
    started = time.monotonic()
    done = kg("query", "--store", big_store, "--format", "csv", "--timeout", "1", sparql, timeout=60)
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert one_error_line(done.stderr).startswith("Error: query: stopped after 1 s (--timeout)")
    # Well under the default 60 s; the margin is kg's start-up on a busy machine.
    assert elapsed < 30, elapsed


@pytest.mark.parametrize("signum, code, word", [(signal.SIGINT, 130, "Interrupted."),
                                                (signal.SIGTERM, 143, "Terminated.")])
def test_query_stops_at_once_on_a_signal(big_store, signum, code, word):
    process = start("query", "--store", big_store, "--format", "csv", CARTESIAN)
    try:
        assert process.stdout.readline().startswith(b"a,b,c,d,e,f")
        assert process.stdout.readline().startswith(b"http://example.org/")  # a row: the query is running
        sent = time.monotonic()
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
        waited = time.monotonic() - sent
    finally:
        process.kill()
        process.wait()
    assert process.returncode == code, stderr
    assert stderr.decode().strip().splitlines()[-1] == word and b"Traceback" not in stderr
    assert waited < 3, waited  # about a second: the signal is handled at once, not when the store is done


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_query_streams_rows_in_bounded_memory(big_store):
    process = start("query", "--store", big_store, CARTESIAN)  # the table: a first page, then row by row
    try:
        header = process.stdout.readline()
        assert header.split() == [b"a", b"b", b"c", b"d", b"e", b"f"]
        for _ in range(20_000):
            assert process.stdout.readline().strip()
        early = _rss_kib(process.pid)
        for _ in range(100_000):
            assert process.stdout.readline().strip()
        late = _rss_kib(process.pid)
        assert process.poll() is None  # printing while the store is still answering
    finally:
        process.kill()
        process.wait()
    # 100,000 more rows held in memory would take some 50 MB (tuples of six pyoxigraph terms).
    assert late - early < 20_000, (early, late)


# --- SERVICE -----------------------------------------------------------------------------------

class _Recorder(BaseHTTPRequestHandler):
    requests: list[str] = []
    answer: tuple[int, dict, bytes] = (200, {"Content-Type": "application/sparql-results+json"},
                                       b'{"head": {"vars": []}, "results": {"bindings": [{}]}}')

    def log_message(self, *args) -> None:
        pass

    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).requests.append(f"{self.command} {self.path}")
        status, headers, body = self.respond()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def respond(self) -> tuple[int, dict, bytes]:
        return type(self).answer

    do_GET = do_POST = _reply


@pytest.fixture
def local_server():
    """A tiny HTTP server on 127.0.0.1 that records the requests it gets; handler class set by the test."""
    servers = []

    def serve(handler: type[BaseHTTPRequestHandler]) -> str:
        handler.requests = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("clause", ["SERVICE <{url}/sparql> {{ ?x ?y ?z }}",
                                    "service silent <{url}/sparql> {{ ?x ?y ?z }}",
                                    "\\u0053ERVICE <{url}/sparql> {{ ?x ?y ?z }}"])
def test_query_runs_no_service_call_unless_allowed(big_store, local_server, clause):
    url = local_server(_Recorder)
    sparql = "SELECT * WHERE { <http://example.org/thing/1> ?p ?o . " + clause.format(url=url) + " }"
    refused = kg("query", "--store", big_store, sparql)
    assert refused.returncode == 1
    assert "SERVICE clause" in one_error_line(refused.stderr) and "--allow-service" in refused.stderr.decode()
    assert _Recorder.requests == []


def test_query_service_call_when_allowed(big_store, local_server):
    url = local_server(_Recorder)
    sparql = f"SELECT ?o WHERE {{ <http://example.org/thing/1> ?p ?o . SERVICE <{url}/sparql> {{ }} }}"
    allowed = kg("query", "--store", big_store, "--format", "csv", "--allow-service", sparql)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.decode() == "o\r\nthing 1\n"
    assert len(_Recorder.requests) == 1  # the server the refusals above would have been asked


def test_query_words_that_are_no_service_clause_run(big_store):
    sparql = ("SELECT ?service WHERE { ?service <http://example.org/SERVICE> ?o . "
              "FILTER(?o != 'SERVICE <http://x/> {}') } # SERVICE <http://x/> {}")
    done = kg("query", "--store", big_store, sparql)
    assert done.returncode == 0, done.stderr


# --- text that cannot hurt ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_output_escapes_control_characters(big_store, fmt):
    done = kg("query", "--store", big_store, "--format", fmt,
              f"SELECT ?label WHERE {{ <http://example.org/nasty> <{LABEL}> ?label }}")
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    for raw in ("\x1b", "\x07", "\x00", "\x7f", "\x9b", "\u202e"):
        assert raw not in out, (fmt, out)
    if fmt == "json":  # still the same value, for a program reading it
        value = json.loads(out)["results"]["bindings"][0]["label"]["value"]
        assert value == NASTY
    elif fmt == "csv":
        assert "evil \\u001b[31mred\\u0007 nul\\u0000 del\\u007f csi\\u009b rtl\\u202e end" in out
    else:  # the table cuts cells at 60 characters
        assert "evil \\u001b[31mred\\u0007 nul\\u0000 del\\u007f csi\\u009b" in out


class _EchoAuthorization(_Recorder):
    """Asks for credentials, then answers 400 echoing the Authorization header it got, as some servers do."""

    def respond(self):
        sent = self.headers.get("Authorization")
        if sent is None:
            return 401, {"WWW-Authenticate": 'Basic realm="kg"'}, b"who are you?"
        style = self.path.rsplit("/", 1)[-1]
        if style == "json":
            return 400, {"Content-Type": "application/json"}, json.dumps({"headers": {
                "Accept": "*/*", "Authorization": sent, "Host": "127.0.0.1"}}).encode()
        return 400, {"Content-Type": "text/plain"}, f"Bad request with Authorization: {sent} (echoed)".encode()


@pytest.mark.parametrize("style", ["text", "json"])
@pytest.mark.parametrize("where", ["url", "environment"])
def test_error_body_echoing_authorization_is_redacted(local_server, style, where):
    base = local_server(_EchoAuthorization)
    password = "s3cret-Pass"
    env = dict(ENV)
    if where == "url":
        endpoint = base.replace("http://", "http://alice:" + password + "@") + f"/query/{style}"
    else:
        endpoint = f"{base}/query/{style}"
        env |= {"KG_STORE_USER": "alice", "KG_STORE_PASSWORD": password}
    done = subprocess.run([sys.executable, "-m", "kg", "query", "--endpoint", endpoint, "ASK {}"],
                          capture_output=True, env=env, timeout=120)
    line = one_error_line(done.stderr)
    assert done.returncode == 1
    token = base64.b64encode(f"alice:{password}".encode()).decode()
    assert password not in line and token not in line and "Basic " + token[:8] not in line, line
    assert "answered 400" in line and "Authorization" in line and "***" in line, line
    assert len([r for r in _EchoAuthorization.requests]) == 2  # the challenge, then the echo


# --- a load killed half-way --------------------------------------------------------------------

@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_load_killed_half_way_leaves_the_store_as_before(tmp_path, signum):
    store = tmp_path / "store"
    small = ntriples(tmp_path / "small.nt", 1_000)
    assert kg("load", small, "--store", store, "--no-ontology", "-q").returncode == 0
    assert count(store) == (1_000, "")
    big = ntriples(tmp_path / "big.nt", 100_000, start_at=1_000_000)
    process = start("load", big, "--store", store, "--no-ontology", "-q")
    marker = store / "kg-load-unfinished.json"
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():  # the load has begun writing in the store
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the load never began"
            time.sleep(0.01)
        if signum == signal.SIGKILL:  # a reader meanwhile sees the store as before the load
            with connect("oxigraph", store, read_only=True) as reader:
                assert reader.graph_size(None) == 1_000
                assert "is still running (process" in reader.notice, reader.notice
            assert process.poll() is None  # what was read was read during the load
        sent = time.monotonic()
        process.send_signal(signum)  # SIGKILL: no clean-up of any kind
        _, stderr = process.communicate(timeout=60)
        waited = time.monotonic() - sent
    finally:
        process.kill()
        process.wait()
    if signum == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:  # kg does not wait for the transaction to end
        assert process.returncode == 128 + signum and b"Traceback" not in stderr, stderr
        assert waited < 5, waited

    after, warning = count(store)
    if signum == signal.SIGKILL:
        assert after == 1_000  # one transaction, killed seconds before its end: none of it is in the store
    else:  # the transaction may end while kg exits; then it is there whole
        assert after in (1_000, 101_000), after
    assert "was interrupted and did not finish" in warning and "load the graph again" in warning, warning

    reload = kg("load", small, "--store", store, "--no-ontology")
    assert reload.returncode == 0, reload.stderr
    assert "was interrupted" in reload.stderr.decode()  # kg load says so too, before it loads
    assert "Loaded 1,000 triples" in reload.stdout.decode()
    assert count(store) == (after, "")  # a load that succeeds clears the report
    assert not marker.exists()
