"""Merging triples into the graph and writing it as Turtle, stage by stage, for counting
instructions: timings on a shared virtual machine drift by a third, instruction counts do not.

The graph is the seed article's extraction copied under N article ids (what bench/throughput.py
writes a million RDF triples from). Each stage does what the one before does, and then its own
part: `copy` loads the extraction and makes the copies, `merge` also merges them into a graph,
`write` also writes it as Turtle (to memory). What a stage costs is its count less the count of
the stage before:

    python bench/merge_write.py --stage copy          # once: parses the seed, keeps the result
    for stage in copy merge write; do
        valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
            python bench/merge_write.py --stage $stage 2>&1 | grep -o "Collected : [0-9]*"
    done

Without valgrind it prints the stages' CPU times; `--rounds N` writes N times and prints the
median, and the cost a million RDF triples (what kg's commits quote):

    python bench/merge_write.py --copies 200 --rounds 5 --format turtle
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import __version__
from kg.graph import add_result, new_graph
from kg.iris import DEFAULT_BASE_IRI
from kg.rdf import serialize
from kg.types import ArticleResult


def seed_result(kept: Path) -> ArticleResult:
    """The seed article's extraction: parsed once, then read back, so that no stage parses."""
    if kept.exists():
        return pickle.loads(kept.read_bytes())
    from kg.pipeline import ExtractOptions, extract

    (result,) = list(extract([str(ROOT / "seeds")], options=ExtractOptions()))
    kept.write_bytes(pickle.dumps(result))
    return result


def seed_copy(seed: ArticleResult, k: int) -> ArticleResult:
    """The seed's extraction as if read from another article (id `…-copyK`): copies are
    distinct articles, sentences and events in the graph."""
    doc = f"{seed.article.id}-copy{k}"
    return replace(seed, article=replace(seed.article, id=doc), triples=[replace(t, doc=doc) for t in seed.triples])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=("copy", "merge", "write"), default="write")
    parser.add_argument("--copies", type=int, default=100, help="copies of the seed article")
    parser.add_argument("--rounds", type=int, default=1, help="writes to time (the median is printed)")
    parser.add_argument("--format", default="turtle", help="RDF format to write")
    parser.add_argument("--kept", type=Path, default=Path(tempfile.gettempdir()) / f"kg-{__version__}-seed.pickle",
                        help="where the seed's extraction is kept between runs")
    args = parser.parse_args()
    seed = seed_result(args.kept)
    started = time.process_time()
    copies = [seed_copy(seed, k) for k in range(args.copies)]
    report = [f"copy {time.process_time() - started:.2f} s"]
    if args.stage in ("merge", "write"):
        started = time.process_time()
        graph = new_graph()
        for copy in copies:
            add_result(graph, copy)
        report.append(f"merge {time.process_time() - started:.2f} s ({graph.graph['triples']:,} triples)")
        if args.stage == "write":
            runs = []
            for _ in range(args.rounds):
                started = time.process_time()
                data = serialize(graph, args.format, DEFAULT_BASE_IRI)
                runs.append(time.process_time() - started)
            written = statistics.median(runs)
            report.append(f"write {written:.2f} s ({len(data):,} bytes of {args.format})")
            if args.rounds > 1:
                triples = sum(1 for _ in ox.parse(serialize(graph, "ntriples", DEFAULT_BASE_IRI),
                                                  format=ox.RdfFormat.N_TRIPLES))
                report.append(f"median of {args.rounds}: {written * 1e6 / triples:.2f} s a million RDF triples "
                              f"({triples:,}; runs {', '.join(f'{run:.2f}' for run in runs)})")
    print("; ".join(report))


if __name__ == "__main__":
    main()
