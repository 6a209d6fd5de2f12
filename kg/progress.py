"""Progress bars on a terminal, silence elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from tqdm import tqdm

from .types import ArticleResult


def track(results: Iterable[ArticleResult], *, enabled: bool | None = None,
          total: int | None = None) -> Iterator[ArticleResult]:
    """Pass results through, showing articles, sentences a second and ETA on stderr's terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield from results
        return
    sentences = 0
    with tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, leave=False) as bar:
        for result in results:
            sentences += result.sentences
            elapsed = bar.format_dict["elapsed"] or 1e-9
            # Set before update(), so the refresh that update() makes shows it.
            bar.set_postfix_str(f"{sentences:,} sentences, {sentences / elapsed:,.0f} sentences/s", refresh=False)
            bar.update(1)
            yield result
