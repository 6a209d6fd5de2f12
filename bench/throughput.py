"""Throughput of kg against the parser's limit: prints tables, asserts nothing.

    python bench/throughput.py                      # 100, 1,000 and 10,000 articles (about 40 min)
    python bench/throughput.py --sizes 100,1000 --rdf-triples 200000   # a quick look

For each corpus size (articles made by bench/generate.py from the seed article and the CaRB
development sentences), on the same documents and model:

  spacy   bare spaCy: read the JSONL, `nlp.pipe(texts, batch_size=32)`, count sentences and tokens
  extract kg.pipeline.extract, every triple written as a JSON line to /dev/null as `kg extract`
          writes it
  build   kg.pipeline.build to Turtle in a temporary directory, no cache (what `kg build` does)

Each step runs in a fresh Python process, which loads the model first (and kg's steps kg's lexicon and
dictionaries, as they load them once per process); that load time is reported apart and not counted in
the step's time. Wall time ("seconds") and the process's CPU
time are both given, each against the bare spaCy step; "× spaCy same run" is the step's CPU
time over the CPU time spent inside spaCy during that same run (see ParseClock), which a change
of load on a shared machine between two runs does not skew; "extraction / spaCy" is the CPU time
of extraction and typing alone (kg.extract.extract_article: no reading, no output) over that same
spaCy time. Peak memory is the process's peak resident
set size (getrusage ru_maxrss, through os.wait4), model included. Then:

  jobs    `kg extract` and `kg build` as commands, with --jobs 1 and --jobs 2 in turn for
          --jobs-rounds rounds: wall time from start to exit (start-up and model loads
          included), CPU time of the command and its workers, and the median speed-up; on
          --jobs-size generated articles, or copies of the seed article (--jobs-articles seed);
          and whether both wrote the same bytes
  rdf     writing about 1,000,000 triples: kg.rdf.write_rdf against pyoxigraph serialising the
          same triples, in the same order, with the same prefixes, both as Turtle to a file
          through kg's atomic writer, in turn for --rdf-rounds rounds (medians reported)

Figures depend on the machine and on what else runs on it: the load average is printed before
and after.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

BATCH_SIZE = 32


# --- the steps, each run in its own process ---------------------------------------------------


def step_spacy(corpus: Path, model: str) -> dict:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(model)
    loaded = time.perf_counter() - started
    start, cpu = time.perf_counter(), time.process_time()
    with corpus.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle if line.strip())
        docs = sentences = tokens = 0
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            docs += 1
            tokens += len(doc)
            sentences += sum(1 for _ in doc.sents)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "load": loaded,
            "docs": docs, "sentences": sentences, "tokens": tokens}


class ParseClock:
    """CPU time spent inside spaCy during a kg run, measured in that run.

    Wraps kg's parse step: the time spent waiting for nlp.pipe, less the time nlp.pipe itself
    spent waiting for kg's reader, is spaCy's. Its ratio to the whole run is immune to the load
    of the machine changing between two runs.
    """

    def __init__(self) -> None:
        self.pipe = self.read = self.extraction = 0.0

    def install(self) -> None:
        import kg.engines

        original = kg.engines.parse
        clock = self
        extract_article = kg.engines.extract_article

        def timed_extract_article(*args, **kwargs):
            start = time.process_time()
            try:
                return extract_article(*args, **kwargs)
            finally:
                clock.extraction += time.process_time() - start

        kg.engines.extract_article = timed_extract_article

        def timed_parse(nlp, articles, batch_size=32):
            return _timed(original(nlp, _timed(articles, "read"), batch_size=batch_size), "pipe")

        def _timed(items, counter):
            """The items, with the CPU time spent waiting for each added to clock.<counter>."""
            iterator = iter(items)
            while True:
                start = time.process_time()
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    setattr(clock, counter, getattr(clock, counter) + time.process_time() - start)
                yield item

        kg.engines.parse = timed_parse

    @property
    def spacy(self) -> float:
        return self.pipe - self.read


def step_extract(corpus: Path, model: str) -> dict:
    from kg.cli import JSONL
    from kg.engines import process_model
    from kg.lexicon import default_lexicon
    from kg.pipeline import ExtractOptions, extract

    started = time.perf_counter()
    process_model(model)  # what the engine uses: loaded once per process, as is the lexicon
    default_lexicon()
    loaded = time.perf_counter() - started
    clock = ParseClock()
    clock.install()
    start, cpu = time.perf_counter(), time.process_time()
    triples = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for result in extract([str(corpus)], options=ExtractOptions(model=model, batch_size=BATCH_SIZE)):
            for triple in result.triples:
                sink.write(JSONL.encode(triple.to_json()) + "\n")
                triples += 1
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "load": loaded,
            "triples": triples, "in_spacy": clock.spacy, "extraction": clock.extraction}


def step_build(corpus: Path, model: str) -> dict:
    from kg.engines import process_model
    from kg.lexicon import default_lexicon
    from kg.pipeline import ExtractOptions, build

    started = time.perf_counter()
    process_model(model)
    default_lexicon()
    loaded = time.perf_counter() - started
    clock = ParseClock()
    clock.install()
    with tempfile.TemporaryDirectory() as out:
        start, cpu = time.perf_counter(), time.process_time()
        report = build([str(corpus)], out, options=ExtractOptions(model=model, batch_size=BATCH_SIZE),
                       formats=["turtle"], min_confidence=0.25)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = (Path(out) / "graph.ttl").stat().st_size
        rdf_triples = sum(1 for _ in __import__("pyoxigraph").parse(path=str(Path(out) / "graph.ttl")))
    return {"seconds": seconds, "cpu": cpu, "load": loaded, "triples": report.stats.triples,
            "rdf_triples": rdf_triples, "bytes": size, "in_spacy": clock.spacy, "extraction": clock.extraction}


def step_rdf(target: int, model: str, rounds: int) -> dict:
    """~target RDF triples: the seed's extraction copied under new article ids, written by kg and
    by pyoxigraph."""
    import pyoxigraph as ox
    from merge_write import seed_copy

    from kg.fileio import atomic_writer
    from kg.graph import add_result, new_graph
    from kg.iris import DEFAULT_BASE_IRI
    from kg.pipeline import ExtractOptions, extract
    from kg.rdf import prefixes, write_rdf

    (seed,) = list(extract([str(ROOT / "seeds")], options=ExtractOptions(model=model)))

    def triples_of(graph) -> int:
        with tempfile.TemporaryDirectory() as tmp:
            path = write_rdf(graph, Path(tmp) / "g.nt", "ntriples", DEFAULT_BASE_IRI)
            return sum(1 for _ in ox.parse(path=str(path)))

    probe = new_graph()
    add_result(probe, seed_copy(seed, 0))
    one = triples_of(probe)
    add_result(probe, seed_copy(seed, 1))
    per_copy = triples_of(probe) - one
    graph = new_graph()
    for k in range(max(1, 1 + (target - one) // per_copy)):
        add_result(graph, seed_copy(seed, k))
    with tempfile.TemporaryDirectory() as tmp:
        kg_path, ox_path = Path(tmp) / "kg.ttl", Path(tmp) / "ox.ttl"
        write_rdf(graph, kg_path, "turtle", DEFAULT_BASE_IRI)
        triples = [q.triple for q in ox.parse(path=str(kg_path))]
        names = prefixes(DEFAULT_BASE_IRI)
        # In turn, round after round: pyoxigraph's own time swings by half from minute to minute
        # here. Both write the file the same way, through kg's atomic writer (fsync, rename).
        kg_runs, ox_runs = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            write_rdf(graph, kg_path, "turtle", DEFAULT_BASE_IRI)
            kg_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            with atomic_writer(ox_path) as handle:
                handle.write(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=names))
            ox_runs.append(time.perf_counter() - start)
        same = ox_path.read_bytes() == kg_path.read_bytes()
        # The same triples as a program holds them before pyoxigraph sees them: strings.
        plain = [(t.subject.value, t.predicate.value, t.object.value,
                  t.object.datatype.value if isinstance(t.object, ox.Literal) else None) for t in triples]
        del triples
        start = time.perf_counter()
        named, lit = ox.NamedNode, ox.Literal
        built = [ox.Triple(named(s), named(p), named(o) if dt is None else lit(o, datatype=named(dt)))
                 for s, p, o, dt in plain]
        with atomic_writer(ox_path) as handle:
            handle.write(ox.serialize(built, format=ox.RdfFormat.TURTLE, prefixes=names))
        ox_strings_seconds = time.perf_counter() - start
    return {"triples": len(plain), "kg": statistics.median(kg_runs), "ox": statistics.median(ox_runs),
            "kg_runs": kg_runs, "ox_runs": ox_runs, "ox_strings": ox_strings_seconds, "same_bytes": same}


STEPS = {"spacy": step_spacy, "extract": step_extract, "build": step_build}


def child(args: argparse.Namespace) -> None:
    if args.child == "rdf":
        result = step_rdf(args.rdf_triples, args.model, args.rdf_rounds)
    else:
        result = STEPS[args.child](Path(args.corpus), args.model)
    print(json.dumps(result))


# --- the parent: runs the steps, measures, prints ----------------------------------------------


def run_child(argv: list[str]) -> tuple[dict, float]:
    """(what the child printed, its peak RSS in MB)."""
    proc = subprocess.Popen([sys.executable, __file__, *argv], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"step {argv} failed with status {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def timed_command(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and every process it started)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # children's usage is folded in as they are reaped
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed with status {os.waitstatus_to_exitcode(status)}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def machine(model: str) -> str:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return (f"{cpu}, {os.cpu_count()} cores, {memory} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, model {model}")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).rjust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes in articles")
    parser.add_argument("--jobs-size", type=int, default=1000, help="articles for the --jobs comparison (0: skip)")
    parser.add_argument("--jobs-rounds", type=int, default=3, help="--jobs 1 / --jobs 2 pairs to run (0: skip)")
    parser.add_argument("--jobs-articles", choices=("generated", "seed"), default="generated",
                        help="articles for the --jobs comparison: generated ones, or copies of the seed article")
    parser.add_argument("--rdf-triples", type=int, default=1_000_000, help="triples for the RDF comparison (0: skip)")
    parser.add_argument("--rdf-rounds", type=int, default=5, help="kg / pyoxigraph writes to time, in turn")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's default)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.model is None:
        from kg.nlp import default_model

        args.model = default_model()
    if args.child:
        child(args)
        return

    print(f"machine: {machine(args.model)}")
    print(f"load average before: {load()}")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows = []
    for n in sizes:
        corpus = generate.write_corpus(tmp / f"corpus-{n}.jsonl", n)
        bare, bare_rss = run_child(["--child", "spacy", "--corpus", str(corpus), "--model", args.model])
        for step in ("spacy", "extract", "build"):
            if step == "spacy":
                result, rss = bare, bare_rss
            else:
                result, rss = run_child(["--child", step, "--corpus", str(corpus), "--model", args.model])
            s = result["seconds"]
            extra = ""
            if step == "build":
                extra = f"{result['rdf_triples']:,} RDF triples, {1024 * 1024 * (rss - bare_rss) / result['rdf_triples']:,.0f} B/RDF triple over spaCy"
            elif step == "extract":
                extra = f"{result['triples']:,} triples"
            rows.append([f"{n:,}", step, f"{bare['sentences']:,}", f"{bare['tokens']:,}", f"{s:,.1f}",
                         f"{n / s:,.1f}", f"{bare['sentences'] / s:,.0f}", f"{bare['tokens'] / s:,.0f}",
                         f"{s / bare['seconds']:.3f}", f"{result['cpu']:,.1f}", f"{result['cpu'] / bare['cpu']:.3f}",
                         f"{result['cpu'] / result['in_spacy']:.3f}" if "in_spacy" in result else "1.000",
                         f"{result['extraction'] / result['in_spacy']:.3f}" if "extraction" in result else "",
                         f"{rss:,.0f}", f"{result['load']:.1f}", extra])
            print(f"  {n} articles, {step}: {s:.1f} s (load average {load()})", file=sys.stderr)
    if rows:
        print()
        print(table(rows, ["articles", "step", "sentences", "tokens", "seconds", "docs/s", "sentences/s",
                           "tokens/s", "× spaCy", "CPU s", "× spaCy CPU", "× spaCy same run",
                           "extraction / spaCy", "peak RSS MB", "load s", "notes"]))

    if args.jobs_size and args.jobs_rounds > 0:
        if args.jobs_articles == "seed":
            corpus = generate.write_seed_copies(tmp / f"seed-copies-{args.jobs_size}.jsonl", args.jobs_size)
        else:
            corpus = generate.write_corpus(tmp / f"corpus-{args.jobs_size}.jsonl", args.jobs_size)
        kg = [sys.executable, "-m", "kg"]
        jobs_rows = []
        identical = []
        for command, extra in (("extract", []), ("build", ["--no-cache"])):
            # Alternating --jobs 1 and --jobs 2, round after round, so that a slow minute of a
            # shared machine falls on both; the median round is the figure to read.
            speedups = []
            for round_ in range(1, args.jobs_rounds + 1):
                runs = {}
                for jobs in (1, 2):
                    output = ["-o", str(tmp / f"{command}-jobs-{jobs}")]
                    runs[jobs] = timed_command([*kg, command, str(corpus), "-q", "--jobs", str(jobs),
                                                "--model", args.model, *output, *extra])
                    print(f"  kg {command} --jobs {jobs}, round {round_}: {runs[jobs][0]:.1f} s "
                          f"(load average {load()})", file=sys.stderr)
                speedups.append(runs[1][0] / runs[2][0])
                jobs_rows.append([f"kg {command}", f"{args.jobs_size:,}", str(round_),
                                  f"{runs[1][0]:.1f}", f"{runs[2][0]:.1f}", f"{speedups[-1]:.2f}",
                                  f"{runs[1][1]:.1f}", f"{runs[2][1]:.1f}"])
            jobs_rows.append([f"kg {command}", f"{args.jobs_size:,}", "median", "", "",
                              f"{statistics.median(speedups):.2f}", "", ""])
            one, two = (tmp / f"{command}-jobs-{jobs}" for jobs in (1, 2))
            if command == "build":
                one, two = one / "graph.ttl", two / "graph.ttl"
            identical.append(f"kg {command}: {one.read_bytes() == two.read_bytes()}")
        print()
        print(table(jobs_rows, ["command", f"articles ({args.jobs_articles})", "round", "--jobs 1 s",
                                "--jobs 2 s", "speed-up", "--jobs 1 CPU s", "--jobs 2 CPU s"]))
        print(f"output of --jobs 1 and --jobs 2 byte-identical: {'; '.join(identical)}")

    if args.rdf_triples:
        rdf, _ = run_child(["--child", "rdf", "--model", args.model, "--rdf-triples", str(args.rdf_triples),
                            "--rdf-rounds", str(args.rdf_rounds)])
        print()
        print(table([
            ["kg.rdf.write_rdf (graph → Turtle file), median", f"{rdf['triples']:,}", f"{rdf['kg']:.2f}", "1.00"],
            ["pyoxigraph: serialize the triples as pyoxigraph objects, median", f"{rdf['triples']:,}", f"{rdf['ox']:.2f}",
             f"{rdf['kg'] / rdf['ox']:.2f}"],
            ["pyoxigraph: make the objects from strings, serialize", f"{rdf['triples']:,}",
             f"{rdf['ox_strings']:.2f}", f"{rdf['kg'] / rdf['ox_strings']:.2f}"],
        ], ["RDF writing", "triples", "seconds", "kg ÷ this"]))
        print(f"rounds, kg s: {', '.join(f'{x:.2f}' for x in rdf['kg_runs'])}; pyoxigraph s: "
              f"{', '.join(f'{x:.2f}' for x in rdf['ox_runs'])}; kg ÷ pyoxigraph: "
              f"{', '.join(f'{k / o:.2f}' for k, o in zip(rdf['kg_runs'], rdf['ox_runs']))}")
        print(f"kg's Turtle is byte-identical to pyoxigraph's: {rdf['same_bytes']}")
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()
