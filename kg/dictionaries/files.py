"""Reading kg's generated lexicon files (kg/lexicons/*.tsv): rows of tab-separated cells."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


def rows(name: str, directory: Path = LEXICONS) -> Iterator[list[str]]:
    """The rows of one generated file, `#` header lines skipped."""
    with open(directory / name, encoding="utf-8") as f:
        for line in f:
            if line[0] != "#":
                yield line.rstrip("\n").split("\t")


def normalise(text: str) -> str:
    """Lower case, single spaces, straight apostrophes: the form names and words have in the files."""
    return " ".join(text.replace("\u2019", "'").lower().split())
