"""No comment of the extraction rules quotes a benchmark sentence (scripts/benchmark_quotes.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "benchmark_quotes.py"


def test_rules_do_not_quote_benchmark_sentences():
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 0, "comments quote bench/data; describe the construction instead:\n" + done.stdout


def test_the_check_finds_a_quote():
    # the check itself can fail: three words in a row are shared by some benchmark sentence
    done = subprocess.run([sys.executable, str(SCRIPT), "--words", "3"], capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout.count("\n") > 0
