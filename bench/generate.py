"""A corpus generator for the benchmarks: N articles of real sentences, as JSONL.

Articles are made from the paragraphs of the seed article (seeds/, real news about the 2014
Crimea crisis, with its caption and site furniture) and the 641 CaRB development sentences
(bench/data/carb/dev_sentences.txt: encyclopaedic sentences from the CaRB benchmark, MIT
licence, detokenised here). Each article is a headline and two to five paragraphs of one to
two sentences, about 150 tokens: the size of a short wire item. The headline is the `title`
field, as news feeds deliver it, and not part of the text.

Article i depends only on (seed, i), so the first 100 articles of a 1,000-article corpus are
the 100-article corpus. Run it on its own to write a corpus:

    python bench/generate.py 1000 > /tmp/corpus-1000.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CARB = HERE / "data" / "carb" / "dev_sentences.txt"
SEED = ROOT / "seeds" / "000_095b0b0fc3f789cf.txt"
FIRST_DATE = dt.date(2014, 3, 1)

# PTB tokenisation undone: CaRB sentences are space-separated tokens.
_DETOKENISE = [
    (re.compile(r"``\s*"), "\u201c"), (re.compile(r"\s*''"), "\u201d"),
    (re.compile(r"-LRB-\s*"), "("), (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"\s+([,.;:!?%)]|'s|n't|'re|'ve|'ll|'d)"), r"\1"),
    (re.compile(r"([($])\s+"), r"\1"),
]


def detokenise(sentence: str) -> str:
    for pattern, replacement in _DETOKENISE:
        sentence = pattern.sub(replacement, sentence)
    return sentence.strip()


@lru_cache(maxsize=1)
def material() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(seed paragraphs, CaRB sentences): the real text articles are made of."""
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = tuple(p.strip() for p in seed.split("\n") if p.strip())[1:]  # no headline
    carb = tuple(detokenise(s) for s in CARB.read_text(encoding="utf-8").splitlines() if s.strip())
    return paragraphs, carb


def article(i: int, seed: int = 0) -> dict:
    """Article number i of the corpus: a JSONL record {"id", "title", "date", "source", "text"}."""
    paragraphs, carb = material()
    rng = random.Random(f"{seed}:{i}")
    body = []
    for _ in range(rng.randint(2, 5)):
        if rng.random() < 0.35:
            # A seed paragraph: news prose, a caption with its credit, or site furniture.
            body.append(rng.choice(paragraphs))
        else:
            body.append(" ".join(rng.choice(carb) for _ in range(rng.randint(1, 2))))
    headline = " ".join(rng.choice(carb).split()[:8]).rstrip(",;:")
    return {
        "id": f"bench-{seed}-{i:06d}",
        "title": headline,
        "date": (FIRST_DATE + dt.timedelta(days=i % 365)).isoformat(),
        "source": "kg benchmark",
        "text": "\n\n".join(body) + "\n",
    }


def corpus(n: int, seed: int = 0) -> Iterator[dict]:
    for i in range(n):
        yield article(i, seed)


def write_seed_copies(path: Path, n: int) -> Path:
    """n articles of seed length: the seed article's text under n ids and dates."""
    text = SEED.read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = {"id": f"seed-copy-{i:06d}", "date": (FIRST_DATE + dt.timedelta(days=i % 365)).isoformat(),
                      "source": "kg benchmark", "text": text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in corpus(n, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for record in corpus(args.n, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
