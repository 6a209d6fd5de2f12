"""Comments of the extraction rules that quote a benchmark sentence.

A rule must describe a construction of English, not a sentence it was written for: this lists
every comment or docstring in kg/extract/ and kg/dictionaries/ (and every comment of the lexicon
files) that shares a run of WORDS or more words with a sentence of bench/data (the PLOVER records'
texts and the CaRB sentences). Exit status 1 when there is one.

    python scripts/benchmark_quotes.py [--words 4]
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = (ROOT / "bench/data/plover/plover_gsr_dev.jsonl", ROOT / "bench/data/carb/dev_sentences.txt")
RULE_DIRS = (ROOT / "kg/extract", ROOT / "kg/dictionaries")
LEXICONS = ROOT / "kg/lexicons"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def benchmark_sentences() -> Iterator[str]:
    for path in BENCHMARKS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"] if path.suffix == ".jsonl" else line


def runs(text: str, size: int) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + size]) for i in range(len(w) - size + 1)}


def comments() -> Iterator[tuple[str, str]]:
    """(where, text) of every comment and docstring of the rules, and every lexicon comment."""
    for folder in RULE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            for token in tokenize.generate_tokens(io.StringIO(source).readline):
                if token.type == tokenize.COMMENT or (
                        token.type == tokenize.STRING and token.string.startswith(('"""', "'''"))):
                    yield f"{path.relative_to(ROOT)}:{token.start[0]}", token.string
    for path in sorted(LEXICONS.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "#" in line:
                yield f"{path.relative_to(ROOT)}:{number}", line[line.index("#"):]


def quotes(size: int = 4) -> list[tuple[str, str]]:
    """(where, the words shared) of every comment sharing `size` words in a row with a benchmark."""
    quoted: set[tuple[str, ...]] = set()
    for sentence in benchmark_sentences():
        quoted |= runs(sentence, size)
    return [(where, " ".join(run)) for where, text in comments() for run in sorted(runs(text, size) & quoted)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=4, help="length of a shared run of words (default 4)")
    found = quotes(parser.parse_args().words)
    for where, run in found:
        print(f"{where}: {run!r}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
