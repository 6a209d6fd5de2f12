"""Extraction passes: a pass registered in kg.registry.extraction_passes runs after kg's own steps
on every article, and `kg extract` writes what it made."""

from __future__ import annotations

import dataclasses
import json

import catalogue
from click.testing import CliRunner

from kg import registry
from kg.cli import cli
from kg.types import ArticleResult

SENTENCES = "Russia vetoed the resolution on Syria.\nThe talks between Iran and Iraq resumed on Monday.\n"


def _extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", "--lines", "-", "-q", *args], input=SENTENCES)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_a_registered_pass_changes_what_kg_extract_writes():
    before = _extract()
    assert before and all(t["confidence"] < 0.9 for t in before)

    def keep_russia_only_and_mark_sure(result: ArticleResult) -> ArticleResult:
        # A pass may drop triples and rewrite the ones it keeps.
        kept = [dataclasses.replace(t, confidence=0.99) for t in result.triples if t.subject.code == "RUS"]
        return dataclasses.replace(result, triples=kept)

    registry.extraction_passes.register("test-russia-only", func=keep_russia_only_and_mark_sure)
    try:
        after = _extract()
    finally:
        catalogue._remove(registry.extraction_passes.namespace + ("test-russia-only",))
    expected = [{**t, "confidence": 0.99} for t in before if t["subject"]["code"] == "RUS"]
    assert after == expected and len(after) < len(before)
    assert _extract() == before  # unregistered, it runs no more
