"""What both scorers share: reading text and JSONL files, and running kg over the inputs."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs import ReadOptions
from ..pipeline import ExtractOptions, extract
from ..types import Article


def read_text(path: str | Path) -> str:
    """A UTF-8 file's text; a missing, unreadable or non-UTF-8 file is an InputError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None


def read_jsonl(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(origin "path:line", object) for every non-blank line of a JSONL file."""
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object")
        yield where, record


def run_kg(inputs: Iterable[str], read: ReadOptions, options: ExtractOptions, *,
           progress: bool | None = False) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
    """Every article with its triples as JSONL records, exactly as `kg extract` would write them.

    Scoring the records (not the Triple objects) makes a scored run and a scored
    `kg extract` output (`--predictions`) agree to the last digit: confidences are rounded alike.
    """
    for result in extract(inputs, read, options, progress=progress):
        yield result.article, [triple.to_json() for triple in result.triples]


def entity_text(entity: Any, where: str, field: str) -> str:
    """The surface text of an ENTITY of a JSONL record; "" for null."""
    if entity is None:
        return ""
    if not isinstance(entity, dict) or not isinstance(entity.get("text"), str):
        raise InputError(f"{where}: field {field!r} must be an entity object with a 'text' string")
    return entity["text"]
