"""Same input, same bytes: whatever the order inputs are listed in or the hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import SEEDS

# Articles that share actors with the seed and with each other, saying different things about
# them, so that merging order could matter if the graph depended on it.
ARTICLES = [
    {"id": "b-later", "date": "2014-03-17", "title": "Crimea votes",
     "text": "Crimea votes\n\nBelarusian envoy Sergey Lavrov said on Monday that Russia would recognize "
             "the vote. Washington threatened new sanctions against Moscow. Lavrov met Kerry."},
    {"id": "a-earlier", "date": "2014-03-10", "title": "Talks",
     "text": "Talks\n\nUkrainian diplomat John Kerry urged Russia to withdraw its troops. "
             "China called for restraint. Kerry rejected the demand on Sunday."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for article in ARTICLES:
        (folder / f"{article['id']}.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    return folder


def build(out, *inputs, seed="0"):
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, inputs), "-o", str(out), "-q",
                           "--format", "turtle", "--format", "trig", "--format", "nquads", "--format", "jsonld"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return tuple((out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.nq", "graph.jsonld"))


def test_determinism_order_of_inputs_and_hash_seed(tmp_path, corpus):
    files = sorted(corpus.iterdir())
    first = build(tmp_path / "one", SEEDS, *files, seed="0")
    assert first == build(tmp_path / "two", *reversed(files), SEEDS, seed="12345")
    assert first == build(tmp_path / "three", files[1], SEEDS, files[0], seed="random")
