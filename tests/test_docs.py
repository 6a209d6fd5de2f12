"""The docs say what the code does: every option is documented, the examples run, the JSONL example is kg's.

- every option of every command's `--help` (the click command tree of kg.cli) appears in
  docs/commands.md, in a section whose heading names the command;
- the shell blocks marked `<!-- docs-test: run -->` in README.md and docs/*.md run, file by file
  and in order, in a temporary directory holding a copy of seeds/;
- the JSONL example of docs/jsonl.md is what scripts/docs_examples.py makes from `kg extract`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
COMMANDS_PAGE = DOCS / "commands.md"
RUN_MARKER = "<!-- docs-test: run -->"
MARKED_BLOCK = re.compile(re.escape(RUN_MARKER) + r"\n```(?:sh|bash)\n(.*?)```", flags=re.S)


# --- (a) every option of every command is on docs/commands.md --------------------------------

def command_tree(command: click.Command, path: tuple[str, ...] = ("kg",)):
    """(path, command) for the command and every subcommand below it."""
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from command_tree(command.commands[name], (*path, name))


def documented_options(command: click.Command) -> list[str]:
    return [opt for param in command.params if isinstance(param, click.Option) and not param.hidden
            for opt in (*param.opts, *param.secondary_opts) if opt != "--help"]


def sections_naming(page: str, path: tuple[str, ...]) -> str:
    """The text of the page's `## ` sections whose heading names the command in backticks.

    Options of `kg` itself may be anywhere on the page. A command no heading names gets "", so
    each of its options is reported missing."""
    if len(path) == 1:
        return page
    name = "`" + " ".join(path) + "`"
    sections = re.split(r"(?m)^(?=## )", page)
    return "\n".join(s for s in sections if s.startswith("## ") and name in s.split("\n", 1)[0])


def mentions(text: str, option: str) -> bool:
    # `--store DIR`, `-o`, `--format csv\|tsv`: the option in backticks, alone or with its value
    return re.search("`" + re.escape(option) + r"(?=[`\s=\\|,\[])", text) is not None


def test_docs_every_option_of_every_command_is_in_commands_md():
    page = COMMANDS_PAGE.read_text(encoding="utf-8")
    missing = []
    for path, command in command_tree(cli):
        if command.hidden:
            continue
        text = sections_naming(page, path)
        missing += [f"{' '.join(path)}: {option}" for option in documented_options(command)
                    if not mentions(text, option)]
    assert not missing, "options missing from docs/commands.md:\n" + "\n".join(missing)


def test_docs_option_check_catches_an_undocumented_option():
    page = "# Commands\n\n## `kg load`\n\n| `--store DIR` | … |\n| `-q`, `--quiet` | … |\n"
    text = sections_naming(page, ("kg", "load"))
    assert mentions(text, "--store") and mentions(text, "-q") and mentions(text, "--quiet")
    assert not mentions(text, "--backend") and not mentions(text, "--stor")
    assert sections_naming(page, ("kg", "build")) == ""


# --- (b) the marked examples run -----------------------------------------------------------

def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def marked_blocks(page: Path) -> list[str]:
    return MARKED_BLOCK.findall(page.read_text(encoding="utf-8"))


def test_docs_mark_examples_to_run():
    marked = {page.name: len(marked_blocks(page)) for page in pages()}
    assert marked["README.md"] >= 4, marked  # the tour: extract, build, query, viz
    # a marker must sit right above a shell block, or its example would silently not run
    for page in pages():
        text = page.read_text(encoding="utf-8")
        markers = len(re.findall("(?m)^" + re.escape(RUN_MARKER) + "$", text))
        assert markers == len(marked_blocks(page)), f"{page.name}: a marker above no ```sh block"


@pytest.mark.parametrize("page", [p for p in pages() if marked_blocks(p)], ids=lambda p: p.name)
def test_docs_examples_run(page, tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for block in marked_blocks(page):
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{page.name}: this example failed:\n{block}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
        assert done.stdout.strip() or done.stderr.strip(), f"{page.name}: this example printed nothing:\n{block}"


# --- (c) the JSONL example is made by the code ----------------------------------------------

def docs_examples():
    spec = importlib.util.spec_from_file_location("docs_examples", ROOT / "scripts" / "docs_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_jsonl_example_is_what_kg_extract_writes():
    script = docs_examples()
    on_page = script.page_example(script.PAGE.read_text(encoding="utf-8"))
    assert on_page == script.example(), ("docs/jsonl.md's JSONL example differs from kg extract's output; "
                                         "run: python scripts/docs_examples.py")
    assert '"event_type": "REJECT"' in on_page
