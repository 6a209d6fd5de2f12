"""Real servers for the store tests: the Oxigraph server from PyPI, Virtuoso from Debian, and a
small HTTP proxy that puts faults (503s, resets, silent drops, basic auth) in front of Oxigraph.

Every server listens on 127.0.0.1 on a free port and is stopped at teardown.
"""

from __future__ import annotations

import base64
import contextlib
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60, auth=None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer {url} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@dataclass
class Oxigraph:
    base: str
    location: Path

    @property
    def store(self) -> str:
        return self.base + "/store"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def update_url(self) -> str:
        return self.base + "/update"

    def update(self, sparql: str) -> None:
        request = urllib.request.Request(self.update_url, data=sparql.encode(), method="POST",
                                         headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(request, timeout=30).close()

    def count(self, where: str = "?s ?p ?o") -> int:
        import json

        request = urllib.request.Request(
            self.query_url, data=f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}".encode(), method="POST",
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server is not installed; `pip install -e .[test]` installs it")
    return found


@contextlib.contextmanager
def run_oxigraph(location: Path):
    port = free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location), "--bind",
                                f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/query?query=ASK%7B%7D", process)
        yield Oxigraph(base, location)
    finally:
        stop(process)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    with run_oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture
def oxigraph(oxigraph_server):
    """The module's Oxigraph server, emptied for each test."""
    oxigraph_server.update("DROP ALL")
    return oxigraph_server


# --- a proxy that misbehaves on purpose --------------------------------------------------------

@dataclass
class Faults:
    statuses: list[int] = field(default_factory=list)  # answer these to the next requests, in turn
    resets: int = 0  # reset the connection of the next N requests
    pass_posts: int | None = None  # after N forwarded POSTs, answer 500 to every POST
    drop_posts: bool = False  # answer 204 to POSTs without forwarding them (a store that loses data)
    basic_auth: tuple[str, str] | None = None  # demand these credentials
    seen: list[str] = field(default_factory=list)  # method and path of every request


class FaultyProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = upstream
        self.faults = Faults()
        self.lock = threading.Lock()
        self.posts = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request, client_address) -> None:  # a reset connection is the point
        pass


class _ProxyHandler(BaseHTTPRequestHandler):
    server: FaultyProxy

    def log_message(self, *args) -> None:  # quiet
        pass

    def _answer(self, status: int, body: bytes = b"", content_type: str = "text/plain",
                headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        faults = self.server.faults
        with self.server.lock:
            faults.seen.append(f"{self.command} {self.path}")
            if faults.resets:
                faults.resets -= 1
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return
            if faults.statuses:
                self._answer(faults.statuses.pop(0), b"busy, try later")
                return
            if faults.basic_auth:
                expected = "Basic " + base64.b64encode(":".join(faults.basic_auth).encode()).decode()
                if self.headers.get("Authorization") != expected:
                    self._answer(401, b"who are you?", headers={"WWW-Authenticate": 'Basic realm="kg"'})
                    return
            if self.command == "POST" and "/store" in self.path:
                if faults.drop_posts:
                    self._answer(204)
                    return
                if faults.pass_posts is not None and self.server.posts >= faults.pass_posts:
                    self._answer(500, b"disk full")
                    return
                self.server.posts += 1
        request = urllib.request.Request(self.server.upstream + self.path, data=body or None, method=self.command)
        for name in ("Content-Type", "Accept"):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                self._answer(response.status, response.read(), response.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as exc:
            self._answer(exc.code, exc.read(), exc.headers.get("Content-Type", "text/plain"))

    do_GET = do_POST = do_PUT = do_DELETE = _handle


@pytest.fixture
def proxy(oxigraph):
    server = FaultyProxy(oxigraph.base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: a hung server."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not done.is_set():
            with contextlib.suppress(OSError):
                held.append(sock.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    done.set()
    thread.join(5)
    for conn in held:
        conn.close()
    sock.close()


# --- Virtuoso -----------------------------------------------------------------------------------

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@dataclass
class Virtuoso:
    base: str

    @property
    def graph_store(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """Debian's Virtuoso from a copy of its configuration, on loopback ports, with a fresh database
    (whose dba password is dba, as Debian's install leaves it)."""
    if shutil.which("virtuoso-t") is None or not VIRTUOSO_INI.exists():
        pytest.skip("Virtuoso is not installed (Debian package virtuoso-opensource; .ci/run installs it)")
    directory = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    lines = []
    for line in VIRTUOSO_INI.read_text().splitlines():
        line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{directory}/")
        key = line.split("=")[0].strip()
        if key == "ServerPort":
            line = f"ServerPort = 127.0.0.1:{http_port if lines and _section(lines) == '[HTTPServer]' else sql_port}"
        lines.append(line)
    ini = directory / "virtuoso.ini"
    ini.write_text("\n".join(lines) + "\n")
    log = open(directory / "stdout.log", "wb")
    process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=directory,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_until_up(f"{base}/sparql?query=ASK%7B%7D", process, seconds=120)
        yield Virtuoso(base)
    finally:
        stop(process)
        log.close()


def _section(lines: list[str]) -> str:
    for line in reversed(lines):
        if line.startswith("["):
            return line.strip()
    return ""
