"""Parsing batches: at most --batch-size articles and BATCH_CHARS characters each, in input order,
and the same parse whatever the batches (through the real model)."""

from __future__ import annotations

from kg.nlp import BATCH_CHARS, batches_by_size, parse
from kg.types import Article


def articles(lengths: list[int]) -> list[Article]:
    return [Article(id=f"a{i}", text="Peace talks resumed. " * (n // 21 + 1)) for i, n in enumerate(lengths)]


def test_batches_hold_at_most_the_articles_and_characters_allowed() -> None:
    items = [(a.text, a) for a in articles([1_000] * 10 + [30_000] * 5 + [200_000] + [500] * 3)]
    batches = list(batches_by_size(items, 4, 64_000))
    assert [pair for batch in batches for pair in batch] == items  # every article once, in order
    for batch in batches:
        assert len(batch) <= 4
        assert len(batch) == 1 or sum(len(text) for text, _ in batch) <= 64_000
    assert [len(b) for b in batches] == [4, 4, 4, 2, 1, 1, 3]  # the long one alone


def test_long_articles_parse_as_in_one_batch(nlp) -> None:
    long_ones = articles([BATCH_CHARS // 3] * 5)
    parsed = list(parse(nlp, long_ones, batch_size=32))  # two or more batches of at most BATCH_CHARS
    assert [a.id for a, _ in parsed] == [a.id for a in long_ones]
    alone = [nlp(a.text) for a in long_ones]
    assert all(d.to_json() == e.to_json() for (_, d), e in zip(parsed, alone))
