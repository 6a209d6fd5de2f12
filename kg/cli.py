"""The `kg` command: parses options, calls the library, prints. No graph logic lives here."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import click

from . import __version__
from .errors import KgError, OptionError
from .table import TABLE_FORMATS
from .graph import GraphStats
from .inputs import DEFAULT_MAX_CHARS, ReadOptions, ReadReport
from .iris import DEFAULT_BASE_IRI
from .nlp import default_model
from .pipeline import DEFAULT_MIN_CONFIDENCE
from .registry import engines, names
from .rdf import format_names
from .viz import available_exporters

EXTRACT_FORMATS = ("jsonl",)
# json.dumps(…, ensure_ascii=False), made once; a record is a tree, so no check for cycles
JSONL = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that temporary files are removed on the way out."""


class BadUsage(click.ClickException):
    """`Error: …` in one line, with the exit code of a usage error."""

    exit_code = 2


class KgGroup(click.Group):
    """Turns every KgError into `Error: …` and exit 1, and Ctrl-C into exit 130, in one place."""

    def invoke(self, ctx: click.Context):
        # While a command runs, SIGINT and SIGTERM unwind as exceptions, through the atomic
        # writers' clean-up; before and after it, kg.__main__'s handlers leave at once.
        previous = _set_handlers({signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _terminate})
        try:
            return super().invoke(ctx)
        except OptionError as exc:
            raise BadUsage(str(exc)) from None
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            # `kg extract … | head`: the reader left; that is not an error of ours.
            sys.stderr.close()
            ctx.exit(0)
        except KeyboardInterrupt as exc:
            click.echo("Terminated." if isinstance(exc, Terminated) else "Interrupted.", err=True)
            ctx.exit(143 if isinstance(exc, Terminated) else 130)
        finally:
            _set_handlers(previous)


def input_options(command: Callable) -> Callable:
    """Options shared by the commands that read articles."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option("--lines", is_flag=True, help="Every line of a text input is its own document (id = line number)."),
        click.option("--date", "date", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none."),
        click.option("--stdin-format", type=click.Choice(["auto", "txt", "jsonl"]), default="auto",
                     show_default=True, help="How to read '-' (auto: JSONL if it starts with '{')."),
        click.option("--model", metavar="NAME", help=f"spaCy pipeline to use [default: {default_model()}]."),
        click.option("--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra actor/trigger lexicon file (repeatable; see docs/inputs.md)."),
        click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
                     help="Namespace under which entity and event IRIs are minted."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
                     help="Documents per nlp.pipe batch."),
        click.option("--skip-bad", is_flag=True,
                     help="Skip bad files, lines and articles, report them, and fail only if none was good."),
        click.option("--max-chars", type=click.IntRange(1), default=DEFAULT_MAX_CHARS, show_default=True,
                     help="Longer articles are bad input (parsing memory grows with length)."),
        click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors: no progress bar, no summary."),
        click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
                     help="Worker processes for extraction (local engine); output is the same for any N."),
        click.option("--engine", type=click.Choice(names(engines)), default="local", show_default=True,
                     help="Where extraction runs: this machine, or a Dask cluster (--scheduler)."),
        click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (--engine dask)."),
        click.option("--cache", "cache", type=click.Path(file_okay=False),
                     help="Per-article cache directory [default for build: ~/.cache/kg/articles; extract: none]."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the per-article cache."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _options(lines, date, stdin_format, model, lexicons, base_iri, batch_size, skip_bad, max_chars, jobs,
             scheduler):
    from .pipeline import ExtractOptions

    if not base_iri.endswith(("/", "#")):
        raise click.BadParameter("must end with '/' or '#'", param_hint="--base-iri")
    return (ReadOptions(lines=lines, date=date, stdin_format=stdin_format, skip_bad=skip_bad, max_chars=max_chars),
            ExtractOptions(model=model, lexicons=tuple(lexicons), base_iri=base_iri, batch_size=batch_size,
                           jobs=jobs, scheduler=scheduler))


def _set_handlers(handlers: dict) -> dict:
    """Install signal handlers; the ones they replace. (Only the main thread may, so elsewhere: none.)"""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, handler) for signum, handler in handlers.items()}


# As in click's and sqlite-utils' defaults: -h is --help, and `kg` alone prints the help.
CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(cls=KgGroup, context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """kg: a knowledge graph of who did what to whom, from news articles.

    Articles go in (text files, directories, JSONL or standard input); subject–relation–object
    triples with PLOVER event types come out, merged into one graph and written as RDF.
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="jsonl", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file [default: standard output].")
def extract(inputs, fmt, output, quiet, engine, cache, no_cache, **kwargs) -> None:
    """Extract triples from articles, one JSON object a line.

    Every triple found is written (open extraction), with its PLOVER event type where the
    relation is a diplomatic event. The record format is in docs/jsonl.md.

    Example:

        kg extract seeds/ | jq -c 'select(.event_type) | [.subject.label, .relation.lemma, .object.label]'
    """
    from .fileio import atomic_writer
    from .pipeline import extract as run_extract

    read, options = _options(**kwargs)
    report = ReadReport()
    results = run_extract(inputs, read, options, progress=None if not quiet else False, engine=engine,
                          cache=None if no_cache else cache, report=report)

    def write(handle) -> int:
        count = 0
        for result in results:
            for triple in result.triples:
                handle.write(JSONL.encode(triple.to_json()) + "\n")
                count += 1
        return count

    if output == "-":
        write(sys.stdout)
        sys.stdout.flush()
    else:
        with atomic_writer(output, "w") as handle:
            count = write(handle)
        if not quiet:
            click.echo(f"Wrote {count} triples to {output}", err=True)
    _report_skipped(report)


def _report_skipped(report: ReadReport, shown: int = 10) -> None:
    if report.skipped:
        click.echo(f"Skipped {len(report.skipped)} bad input(s):", err=True)
        for reason in report.skipped[:shown]:
            click.echo(f"  {reason}", err=True)
        if len(report.skipped) > shown:
            click.echo(f"  … and {len(report.skipped) - shown} more", err=True)


@cli.command()
@input_options
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Directory to write graph files into.")
@click.option("--format", "formats", multiple=True, type=click.Choice(format_names()),
              default=("turtle",), show_default=True, help="RDF format (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Leave out triples scored below this.")
@click.option("--store", "store_dir", metavar="DIR", help="Also load the graph into the embedded store in DIR, "
              "each article replacing its earlier version.")
def build(inputs, out_dir, formats, min_confidence, quiet, store_dir, engine, cache, no_cache, **kwargs) -> None:
    """Build the knowledge graph of articles and write it as RDF.

    Writes DIR/graph.ttl (and graph.nt, graph.jsonld, graph.trig, graph.nq for the formats
    asked for) and prints a summary: articles, sentences, triples, entities, events by type.

    Articles extracted by an earlier build are read from the per-article cache (~/.cache/kg/articles
    unless --cache or --no-cache), so a rebuild parses only new or changed articles.

    Example:

    \b
        kg build seeds/ -o out/ --format turtle --format trig
        kg build news/ -o out/ --jobs 2
        kg build news/ -o out/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .pipeline import build as run_build, default_cache

    read, options = _options(**kwargs)
    report = run_build(inputs, out_dir, read, options, formats=formats, min_confidence=min_confidence,
                       progress=None if not quiet else False, engine=engine, store=store_dir,
                       cache=None if no_cache else (cache or default_cache()))
    if not quiet:
        click.echo(format_summary(report.stats))
        if report.cache is not None:
            click.echo(f"cache      {report.cache.hits:>8,} articles reused, {report.cache.misses:,} extracted")
        for path in report.files:
            click.echo(f"Wrote {path}")
        if report.load:
            click.echo(report.load.summary())
    _report_skipped(report.read)


@cli.command()
@input_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file; its suffix picks the format unless --format is given [default: standard output].")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS),
              help="Table format [default: from the suffix of --output; csv on standard output].")
@click.option("--event-type", "event_types", multiple=True, metavar="TYPE",
              help="Only events of this PLOVER type, or STATEMENT (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Only events scored at least this.")
@click.option("--actors-only", is_flag=True,
              help="Only events between actors (states, persons, organisations, IGOs, groups).")
def events(inputs, output, fmt, event_types, min_confidence, actors_only, quiet, engine, cache, no_cache,
           **kwargs) -> None:
    """One row per typed event: a table for pandas, R or Stata.

    INPUT is articles (as for kg build) or graph files that kg build wrote (graph.ttl, .trig,
    .nt, .nq, .jsonld). Columns: event id, date, source and target (label, code, kind, sector,
    IRI), PLOVER type, quad class, CAMEO code, mode, context, modality, confidence, relation,
    sentence, article, url (docs/events.md).

    Example:

    \b
        kg events seeds/ -o events.csv
        kg events out/graph.ttl --event-type REJECT --actors-only --format tsv
    """
    from .fileio import output_writer
    from .pipeline import events as run_events
    from .table import EventFilter, format_for, table_bytes

    table_format = format_for(fmt, output)
    read, options = _options(**kwargs)
    rows = run_events(inputs, read, options, flt=EventFilter(tuple(event_types), min_confidence, actors_only),
                      engine=engine, progress=None if not quiet else False, cache=None if no_cache else cache,
                      min_confidence=min_confidence)
    with output_writer(output) as handle:
        handle.write(table_bytes(rows, table_format))
    if output != "-" and not quiet:
        click.echo(f"Wrote {len(rows)} events to {output} ({table_format})", err=True)


def format_summary(stats: GraphStats) -> str:
    lines = [
        f"articles   {stats.articles:>8,}",
        f"sentences  {stats.sentences:>8,}",
        f"triples    {stats.triples:>8,}",
        f"entities   {stats.entities:>8,}",
        f"relations  {stats.relations:>8,}",
        "events by type:",
    ]
    if not stats.events_by_type:
        lines.append("  (none)")
    for event_type, count in stats.events_by_type.items():
        lines.append(f"  {event_type:<10} {count:>6,}")
    return "\n".join(lines)


@cli.command()
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when the graph conforms.")
@click.option("--full", is_flag=True, help="Print pySHACL's full report instead of the summary.")
def validate(graph_file: Path, quiet: bool, full: bool) -> None:
    """Check a graph file against the diplomacy ontology's SHACL shapes.

    Exits 0 when the graph conforms, 1 with pySHACL's report when it does not.

    Example:

        kg validate out/graph.ttl
    """
    from .validate import validate_file

    report = validate_file(graph_file)
    if not report.conforms:
        click.echo(report.text if full else report.summary, err=True)
        raise click.ClickException(f"{graph_file} does not conform to the shapes")
    if not quiet:
        click.echo(f"{graph_file}: conforms ({report.triples:,} triples)")


@cli.group("eval", cls=KgGroup, invoke_without_command=True)
@click.pass_context
def eval_(ctx: click.Context) -> None:
    """Score kg on a benchmark: CaRB open triples or PLOVER typed events.

    Each subcommand runs kg over the benchmark's sentences (or scores an earlier `kg extract`
    output given with --predictions) and prints the figures. The data of the development
    splits is in bench/data/ (see docs/evaluation.md).

    Example:

    \b
        kg eval carb bench/data/carb/dev_gold.tsv bench/data/carb/dev_sentences.txt
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def eval_options(command: Callable) -> Callable:
    """Options shared by the `kg eval` subcommands."""
    decorators = [
        click.option("--predictions", type=click.Path(dir_okay=False),
                     help="Score this `kg extract` JSONL output instead of running kg."),
        click.option("--dump", type=click.Path(dir_okay=False, allow_dash=True),
                     help="Write what was scored to this file ('-': standard output, the figures then go to stderr)."),
        click.option("--model", metavar="NAME", help=f"spaCy pipeline to use [default: {default_model()}]."),
        click.option("--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra actor/trigger lexicon file (repeatable; see docs/inputs.md)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


@eval_.command("carb")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("sentences", type=click.Path(dir_okay=False))
@eval_options
def eval_carb(gold, sentences, predictions, dump, model, lexicons, quiet) -> None:
    """Score open triples against CaRB gold tuples: precision, recall, F1 and AUC.

    GOLD is CaRB's `sentence<TAB>relation<TAB>arg1<TAB>arg2 ...` file; SENTENCES has one
    sentence a line, each run through kg as its own document (as `kg extract --lines` does).
    Scoring follows CaRB's reference scorer (module kg.evaluate.carb). --dump writes the scored
    tuples in CaRB's tabbed format (sentence, confidence, relation, arg1, arg2).

    Example:

    \b
        kg eval carb bench/data/carb/dev_gold.tsv bench/data/carb/dev_sentences.txt
    """
    from .evaluate.carb import evaluate_carb
    from .pipeline import ExtractOptions

    report = evaluate_carb(gold, sentences, predictions_path=predictions, dump=dump,
                           options=ExtractOptions(model=model, lexicons=tuple(lexicons)),
                           progress=None if not quiet else False)
    click.echo(report.format(), err=dump == "-")


@eval_.command("plover")
@click.argument("records", type=click.Path(dir_okay=False))
@click.option("--half", type=click.Choice(["dev", "check"]), default=None,
              help="Score one fixed half of the records only (tune on dev; check is held out).")
@eval_options
def eval_plover(records, half, predictions, dump, model, lexicons, quiet) -> None:
    """Score typed events against PLOVER gold records: type, source and target accuracy.

    RECORDS is a JSONL file of PLOVER gold-standard records (text, event, source/target actors
    and codes); each text is run through kg as one document. Prints event-type, type+source
    and type+source+target accuracy, extra events per record and a table by event type.
    --dump writes each record with its gold and extracted events as JSONL. --half dev|check
    scores one of two fixed halves (within each event type, records in id order alternate).

    Example:

        kg eval plover --half dev bench/data/plover/plover_gsr_dev.jsonl --dump plover-errors.jsonl
    """
    from .evaluate.plover import evaluate_plover
    from .pipeline import ExtractOptions

    report = evaluate_plover(records, predictions_path=predictions, dump=dump,
                             options=ExtractOptions(model=model, lexicons=tuple(lexicons)),
                             progress=None if not quiet else False, half=half)
    click.echo(report.format(), err=dump == "-")


def http_options(command: Callable) -> Callable:
    """Options of the commands that may talk to a store over HTTP."""
    decorators = [
        click.option("--timeout", type=click.FloatRange(min=0.1), default=60, show_default=True,
                     help="Seconds to wait for the server to connect and to answer."),
        click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
                     help="Retries, with backoff, after a connection reset or a 502/503/504."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def registered(registry_name: str, what: str) -> Callable:
    """A click callback: the value must name an entry of kg.registry.<registry_name>, plug-ins included."""
    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        from . import registry, store  # noqa: F401 - importing kg.store registers kg's own stores and formats

        if value is not None:
            try:
                registry.lookup(getattr(registry, registry_name), value, what)
            except registry.UnknownName as exc:
                raise click.BadParameter(str(exc)) from None
        return value
    return check


@cli.command()
@click.argument("graph_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", metavar="DIR", help="Embedded Oxigraph store directory [default: out/store].")
@click.option("--endpoint", metavar="URL", help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store.")
@click.option("--update-endpoint", metavar="URL", help="SPARQL Update endpoint: load with INSERT DATA.")
@click.option("--query-endpoint", metavar="URL",
              help="SPARQL query endpoint that counts what --update-endpoint loaded [default: the update URL].")
@click.option("--backend", metavar="NAME", callback=registered("stores", "store type"),
              help="Store type: oxigraph, gsp, sparql-update, or one a plug-in registers; it goes to the location "
                   "given by --store, --endpoint or --update-endpoint [default: the type that option implies].")
@click.option("--graph", "graph_iri", metavar="IRI", help="Load into this named graph [default: the default graph].")
@click.option("--chunk-size", type=click.IntRange(1), help="Triples a request [default: 100000 embedded, "
              "50000 graph store, 5000 update].")
@click.option("--skip", type=click.IntRange(0), default=0, help="Resume: do not send the first N triples again.")
@click.option("--no-ontology", is_flag=True, help="Do not load the diplomacy ontology along with the graph.")
@click.option("--replace", is_flag=True, help="Each article of a .trig or .nq file replaces what the store held "
              "for it (its named graph).")
@http_options
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")
def load(graph_file, store_dir, endpoint, update_endpoint, query_endpoint, backend, graph_iri, chunk_size, skip,
         no_ontology, replace, timeout, retries, quiet) -> None:
    """Load a graph file into a triple store, then verify the store holds it.

    Any file kg writes (.ttl, .nt, .jsonld, .trig, .nq; a .trig or .nq file keeps each article
    in its own named graph) goes into the embedded Oxigraph store in DIR (default out/store), or
    over HTTP into any SPARQL 1.1 store, with the diplomacy ontology. Loading again adds nothing
    twice; with --replace, a corrected article takes the place of its earlier version. Credentials
    for HTTP come from KG_STORE_USER and KG_STORE_PASSWORD or ~/.netrc (basic or digest, as the
    server asks).

    Example:

    \b
        kg load out/graph.ttl --store out/store
        kg load out/graph.trig --replace --store out/store
        kg load out/graph.ttl --endpoint http://127.0.0.1:7878/store --graph https://example.org/news
    """
    from .store import HttpOptions, load_file, open_target

    http = HttpOptions(timeout=timeout, retries=retries)
    with open_target(store=store_dir, endpoint=endpoint, update_endpoint=update_endpoint,
                     query_endpoint=query_endpoint, backend=backend, http=http) as target:
        if getattr(target, "notice", None):
            click.echo(f"Warning: {target.notice}", err=True)
        report = load_file(graph_file, target, ontology=not no_ontology, graph=graph_iri, replace=replace,
                           chunk_size=chunk_size, skip=skip, progress=False if quiet else None)
    if not quiet:
        click.echo(report.summary())


@cli.command()
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--store", "store_dir", metavar="DIR", help="Embedded Oxigraph store directory [default: out/store].")
@click.option("--endpoint", metavar="URL", help="SPARQL query endpoint, e.g. http://127.0.0.1:7878/query.")
@click.option("--format", "fmt", metavar="NAME", default="table", show_default=True,
              callback=registered("result_formats", "result format"),
              help="How to print SELECT and ASK answers: table, csv, json, or one a plug-in registers "
                   "(CONSTRUCT and DESCRIBE print N-Triples).")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Namespace the graph was built with: state:, event: … are the prefixes under it.")
@click.option("--allow-service", is_flag=True,
              help="Let the embedded store run SERVICE clauses (requests to the servers they name).")
@http_options
def query(sparql, query_file, store_dir, endpoint, fmt, base_iri, allow_service, timeout, retries) -> None:
    """Run a SPARQL query against the embedded store or a SPARQL endpoint.

    docs/rdf.md lists ready queries: who threatened whom, an actor's events and timeline, the
    strongest cooperation and conflict dyads.

    Prefixes kg writes (dip:, state:, event: … under --base-iri) and rdf:, rdfs:, owl:, xsd:,
    skos:, prov:, dcterms: need no PREFIX line. Rows print as the store finds them; with the
    embedded store, --timeout bounds the time the store works on the query.

    Example:

    \b
        kg query 'SELECT ?label WHERE { ?s a dip:State ; rdfs:label ?label }'
        kg query --file threats.rq --endpoint http://127.0.0.1:7878/query --format csv
    """
    from .store import HttpOptions, open_target, write_result
    from .store import query as run_query

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a query or --file, and not both")
    text = sparql if sparql is not None else query_file.read()
    with open_target(store=store_dir, endpoint=endpoint, http=HttpOptions(timeout=timeout, retries=retries),
                     for_query=True, allow_service=allow_service) as backend:
        if getattr(backend, "notice", None):
            click.echo(f"Warning: {backend.notice}", err=True)
        result = run_query(backend, text, base_iri=base_iri)
        write_result(result, sys.stdout.write, fmt, base_iri)


def _viz_default(limit: str) -> str:
    """Each format's default for a limit, for --help: "all for cyjs, gexf, graphml; 60 for …"."""
    groups: dict[int | None, list[str]] = {}
    for name, exporter in sorted(available_exporters().items()):
        groups.setdefault(getattr(exporter, limit), []).append(name)
    return "; ".join(f"{value or 'all'} for {', '.join(names)}" for value, names in groups.items())


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="File to write ('-': standard output); its suffix picks the format unless --format is given.")
@click.option("--format", "fmt", type=click.Choice(sorted(available_exporters())),
              help="Output format [default: from the suffix of --output].")
@click.option("--focus", metavar="ENTITY", help="Only ENTITY (a label or IRI) and what lies within --depth steps.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True, help="Steps from --focus.")
@click.option("--event-type", "event_types", multiple=True, metavar="TYPE",
              help="Only relations of this PLOVER type, or STATEMENT (repeatable).")
@click.option("--min-count", type=click.IntRange(1), default=1, show_default=True,
              help="Only relations seen at least N times.")
@click.option("--top", type=click.IntRange(0), metavar="N",
              help=f"Only the N entities with the most events; 0 keeps all [default: {_viz_default('default_top')}].")
@click.option("--max-edges", type=click.IntRange(0), metavar="N",
              help=f"Then only the N relations seen most often; 0 keeps all "
                   f"[default: {_viz_default('default_max_edges')}].")
@click.option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing.")
def viz(graph: Path, output: Path, fmt: str | None, quiet: bool, **filters) -> None:
    """Draw a graph that `kg build` wrote: for Gephi, Cytoscape, Graphviz or a browser.

    GRAPH is a graph file (graph.ttl, .trig, .nt, .nq, .jsonld) or the directory kg build
    wrote it in. Formats: graphml, gexf, cyjs (Gephi, Cytoscape); dot, svg, png (Graphviz);
    html (one self-contained interactive page that works offline). Prints what the filters
    left out.

    Example:

    \b
        kg viz out/ -o out/graph.html
        kg viz out/graph.ttl -o russia.svg --focus Russia --depth 2 --event-type REJECT
    """
    from .viz import VizFilter, visualize

    filters["event_types"] = tuple(filters["event_types"])
    report = visualize(graph, output, fmt, VizFilter(**filters))
    if not quiet:
        click.echo(report.filters.note(), err=True)
        click.echo(f"Wrote {'standard output' if str(output) == '-' else report.path} ({report.format})", err=True)


def _terminate(signum, frame) -> None:
    raise Terminated()


def main() -> None:
    cli(prog_name="kg")
