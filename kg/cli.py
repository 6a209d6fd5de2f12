"""The `kg` command: parses options, calls the library, prints. No graph logic lives here."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from . import __version__
from .errors import KgError
from .graph import GraphStats
from .inputs import ReadOptions
from .iris import DEFAULT_BASE_IRI
from .nlp import default_model
from .pipeline import ENGINES
from .rdf import RDF_FORMATS

EXTRACT_FORMATS = ("jsonl",)


class KgGroup(click.Group):
    """Turns every KgError into `Error: …` and exit 1, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            # `kg extract … | head`: the reader left; that is not an error of ours.
            sys.stderr.close()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


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
                     help="Extra actor/trigger lexicon file (repeatable; see README)."),
        click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
                     help="Namespace under which entity and event IRIs are minted."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1),
                     help="Documents per nlp.pipe batch."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
        click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
                     help="Worker processes for extraction (local engine); output is the same for any N."),
        click.option("--engine", type=click.Choice(list(ENGINES)), default="local", show_default=True,
                     help="Where extraction runs: this machine, or a Dask cluster (--scheduler)."),
        click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (--engine dask)."),
        click.option("--cache", "cache", type=click.Path(file_okay=False),
                     help="Per-article cache directory [default for build: ~/.cache/kg/articles; extract: none]."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the per-article cache."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _options(lines, date, stdin_format, model, lexicons, base_iri, batch_size, jobs, scheduler):
    from .pipeline import ExtractOptions

    if not base_iri.endswith(("/", "#")):
        raise click.BadParameter("must end with '/' or '#'", param_hint="--base-iri")
    return (ReadOptions(lines=lines, date=date, stdin_format=stdin_format),
            ExtractOptions(model=model, lexicons=tuple(lexicons), base_iri=base_iri, batch_size=batch_size,
                           jobs=jobs, scheduler=scheduler))


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: a knowledge graph of who did what to whom, from news articles.

    Articles go in (text files, directories, JSONL or standard input); subject–relation–object
    triples with PLOVER event types come out, merged into one graph and written as RDF.
    """


@cli.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="jsonl", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output file [default: standard output].")
def extract(inputs, fmt, output, quiet, engine, cache, no_cache, **kwargs) -> None:
    """Extract triples from articles, one JSON object a line.

    Every triple found is written (open extraction), with its PLOVER event type where the
    relation is a diplomatic event. The record format is in the README ("The JSONL contract").

    Example:

        kg extract seeds/ | jq -c 'select(.event_type) | [.subject.label, .relation.lemma, .object.label]'
    """
    from .fileio import atomic_writer
    from .pipeline import extract as run_extract

    read, options = _options(**kwargs)
    results = run_extract(inputs, read, options, progress=None if not quiet else False, engine=engine,
                          cache=None if no_cache else cache)

    def write(handle) -> int:
        count = 0
        for result in results:
            for triple in result.triples:
                handle.write(json.dumps(triple.to_json(), ensure_ascii=False) + "\n")
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


@cli.command()
@input_options
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Directory to write graph files into.")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(RDF_FORMATS)),
              default=("turtle",), show_default=True, help="RDF format (repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.25, show_default=True,
              help="Leave out triples scored below this.")
def build(inputs, out_dir, formats, min_confidence, quiet, engine, cache, no_cache, **kwargs) -> None:
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
                       progress=None if not quiet else False, engine=engine,
                       cache=None if no_cache else (cache or default_cache()))
    click.echo(format_summary(report.stats))
    if report.cache is not None:
        click.echo(f"cache      {report.cache.hits:>8,} articles reused, {report.cache.misses:,} extracted")
    for path in report.files:
        click.echo(f"Wrote {path}")


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


def main() -> None:
    cli(prog_name="kg")
