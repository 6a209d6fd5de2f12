"""Benchmark: load a kg-shaped graph of 1,000,000 triples into triple stores, and compare with
Oxigraph's own bulk loader on the same file.

    .venv/bin/python bench/store_load.py [--triples 1000000] [--no-update]

Each row is one command, timed from start to exit (parsing, loading and kg's verification
included): `oxigraph load` into a fresh directory; `kg load` into the embedded store; `kg load`
through the Graph Store Protocol of an Oxigraph server (`oxigraph serve`, started here on a free
loopback port); and `kg load` through SPARQL Update INSERT DATA into the same server. A speed
figure, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

BASE = "https://w3id.org/kg-diplomacy/id/"
DIP = "https://w3id.org/kg-diplomacy/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
TYPES = ["Agree", "Consult", "Support", "Request", "Accuse", "Reject", "Threaten", "Sanction", "Statement"]
BIN = Path(sys.executable).parent


def dip(name: str) -> ox.NamedNode:
    return ox.NamedNode(DIP + name)


def synthetic(n: int) -> list[ox.Triple]:
    """n distinct triples shaped like kg's: entities, events with evidence, sentences."""
    triples: list[ox.Triple] = []
    states = [ox.NamedNode(f"{BASE}state/S{i:03d}") for i in range(200)]
    people = [ox.NamedNode(f"{BASE}person/person-{i}") for i in range(5000)]
    for i, node in enumerate(states + people):
        kind = "State" if i < len(states) else "Person"
        triples += [ox.Triple(node, RDF_TYPE, dip(kind)), ox.Triple(node, LABEL, ox.Literal(f"{kind} {i}")),
                    ox.Triple(node, dip("mentionCount"), ox.Literal(str(i % 97 + 1), datatype=ox.NamedNode(XSD + "integer")))]
        if kind == "Person":
            triples.append(ox.Triple(node, dip("affiliatedWith"), states[i % len(states)]))
    actors = states + people
    event = 0
    while len(triples) < n:
        e = ox.NamedNode(f"{BASE}event/{event:024x}")
        s = ox.NamedNode(f"{BASE}sentence/doc{event // 40}-s{event % 40}")
        source, target = actors[(event * 7) % len(actors)], actors[(event * 13 + 1) % len(actors)]
        day = f"2014-{event % 12 + 1:02d}-{event % 28 + 1:02d}"
        triples += [
            ox.Triple(e, RDF_TYPE, dip("Event")), ox.Triple(e, RDF_TYPE, dip(TYPES[event % len(TYPES)])),
            ox.Triple(e, dip("source"), source), ox.Triple(e, dip("target"), target),
            ox.Triple(e, dip("relation"), ox.Literal(f"said to {event % 50}")),
            ox.Triple(e, dip("relationLemma"), ox.Literal(f"say{event % 50}")),
            ox.Triple(e, dip("date"), ox.Literal(day, datatype=ox.NamedNode(XSD + "date"))),
            ox.Triple(e, dip("confidence"), ox.Literal(f"0.{event % 1000:03d}", datatype=ox.NamedNode(XSD + "decimal"))),
            ox.Triple(e, dip("modality"), ox.Literal("asserted")),
            ox.Triple(e, DERIVED, s),
            ox.Triple(s, dip("text"), ox.Literal(f'Sentence {event}: "quoted" words, {{braces}} and a # sign.')),
            ox.Triple(s, dip("sentenceIndex"), ox.Literal(str(event % 40), datatype=ox.NamedNode(XSD + "integer"))),
        ]
        event += 1
    return triples[:n]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return seconds


def serve(location: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([str(BIN / "oxigraph"), "serve", "--location", str(location), "--bind",
                                f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).close()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the Oxigraph server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--no-update", action="store_true", help="skip the SPARQL Update (INSERT DATA) row")
    args = parser.parse_args()
    kg = str(BIN / "kg")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        started = time.perf_counter()
        graph = tmp / "graph.nt"
        graph.write_bytes(ox.serialize(synthetic(args.triples), format=ox.RdfFormat.N_TRIPLES))
        print(f"generated {args.triples:,} triples ({graph.stat().st_size / 1e6:.0f} MB of N-Triples) "
              f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        rows = [("oxigraph load (Oxigraph's bulk loader, CLI)",
                 timed([str(BIN / "oxigraph"), "load", "--location", str(tmp / "ox"), "--file", str(graph)]))]
        rows.append(("kg load --store (embedded pyoxigraph)",
                     timed([kg, "load", str(graph), "--store", str(tmp / "embedded"), "--no-ontology", "-q"])))
        process, base = serve(tmp / "server")
        try:
            rows.append(("kg load --endpoint (Graph Store Protocol)",
                         timed([kg, "load", str(graph), "--endpoint", f"{base}/store", "--no-ontology", "-q"])))
            if not args.no_update:
                rows.append(("kg load --update-endpoint (INSERT DATA)",
                             timed([kg, "load", str(graph), "--update-endpoint", f"{base}/update", "--query-endpoint",
                                    f"{base}/query", "--graph", "urn:bench:update", "--no-ontology", "-q"])))
        finally:
            process.terminate()
            process.wait(30)
    reference = rows[0][1]
    width = max(len(name) for name, _ in rows)
    print(f"{'command'.ljust(width)}  {'seconds':>8}  {'triples/s':>10}  {'vs oxigraph load':>16}")
    for name, seconds in rows:
        print(f"{name.ljust(width)}  {seconds:8.1f}  {args.triples / seconds:10,.0f}  {seconds / reference:15.2f}x")


if __name__ == "__main__":
    main()
