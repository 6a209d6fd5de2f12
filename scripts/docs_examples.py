"""Regenerate the JSONL example of docs/jsonl.md from `kg extract` on the seed article.

The example is one triple of the seed (Russia vowing to veto the U.S. draft resolution), as kg
writes it today, laid out with an indent so a reader can follow it. tests/test_docs.py checks
that the page holds exactly what this script makes, so the example cannot drift from the code.

    python scripts/docs_examples.py          # rewrite the example in docs/jsonl.md
    python scripts/docs_examples.py --check  # exit 1 if the page differs
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "jsonl.md"
SEED = ROOT / "seeds" / "000_095b0b0fc3f789cf.txt"
START, END = "<!-- jsonl-example: start (made by scripts/docs_examples.py) -->", "<!-- jsonl-example: end -->"


def chosen(record: dict) -> bool:
    return record["subject"]["label"] == "Russia" and record["relation"]["lemma"] == "veto"


def example() -> str:
    """The fenced JSON block: the chosen triple of `kg extract` on the seed."""
    done = subprocess.run([sys.executable, "-m", "kg", "extract", str(SEED)], capture_output=True,
                          text=True, encoding="utf-8", check=True, cwd=ROOT)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    record = next(r for r in records if chosen(r))
    return "```json\n" + json.dumps(record, indent=2, ensure_ascii=False) + "\n```"


def page_example(text: str) -> str:
    match = re.search(re.escape(START) + r"\n(.*?)\n" + re.escape(END), text, flags=re.S)
    if match is None:
        raise SystemExit(f"{PAGE}: no example between the markers {START!r} and {END!r}")
    return match.group(1)


def main(argv: list[str]) -> int:
    text = PAGE.read_text(encoding="utf-8")
    current, wanted = page_example(text), example()
    if "--check" in argv:
        if current != wanted:
            print(f"{PAGE.relative_to(ROOT)}: the JSONL example differs from kg's output; "
                  "run python scripts/docs_examples.py", file=sys.stderr)
            return 1
        return 0
    block = f"{START}\n{wanted}\n{END}"
    PAGE.write_text(text.replace(f"{START}\n{current}\n{END}", block, 1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
