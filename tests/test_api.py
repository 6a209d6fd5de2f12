"""The Python API: `import kg` and the example of docs/api.md, run as a user would."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from conftest import ROOT, SEEDS


def api_example() -> str:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    return block


def test_api_example_runs_and_prints_what_it_says(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    done = subprocess.run([sys.executable, "-c", api_example()], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    expected = re.search(r"^# (.*)$", api_example(), flags=re.M).group(1)
    lines = done.stdout.splitlines()
    assert lines[0] == expected
    assert lines[1].startswith("1 article,")
    assert "Russia" in done.stdout and "veto" in done.stdout
    assert (tmp_path / "out/api-example/graph.ttl").is_file()
    assert (tmp_path / "out/api-example/store").is_dir()


def test_import_kg_is_light_and_exposes_the_api():
    code = ("import sys, kg; heavy = [m for m in ('spacy', 'rdflib', 'pyoxigraph') if m in sys.modules]; "
            "print(heavy, callable(kg.extract_text), callable(kg.events), callable(kg.load))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[] True True True", done.stderr
