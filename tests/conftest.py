"""Shared fixtures: the real spaCy model, the seed article's extraction and graph."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import extract_article
from kg.graph import build_graph
from kg.inputs import read_articles
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon
from kg.nlp import load_model, parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_095b0b0fc3f789cf"


def seed_copies(folder: Path, copies: int) -> Path:
    """A JSONL corpus of `copies` articles, each the seed article's text, ids a0, a1, …"""
    text = (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    path = folder / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": text}) + "\n" for i in range(copies)),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def seed_result(nlp):
    ((article, doc),) = list(parse(nlp, read_articles([str(SEEDS)])))
    return extract_article(doc, article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI)


@pytest.fixture(scope="session")
def seed_graph(seed_result):
    return build_graph([seed_result])


_BLANK = spacy.blank("en")


def make_doc(rows: list[tuple], ents: list[tuple[int, int, str]] = ()) -> Doc:
    """A parsed Doc built by hand: rows of (word, pos, tag, dep, head index, lemma).

    Lets the tree-walking rules be tested on exactly the parse they are written for,
    whatever a model would make of the sentence.
    """
    words = [r[0] for r in rows]
    doc = Doc(
        _BLANK.vocab, words=words, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
    )
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return doc


def conjoined_veto_doc() -> Doc:
    """"Russia and China vetoed the draft and the amendment.": conjoined subjects and objects."""
    return make_doc([
        ("Russia", "PROPN", "NNP", "nsubj", 3, "Russia"),
        ("and", "CCONJ", "CC", "cc", 0, "and"),
        ("China", "PROPN", "NNP", "conj", 0, "China"),
        ("vetoed", "VERB", "VBD", "ROOT", 3, "veto"),
        ("the", "DET", "DT", "det", 5, "the"),
        ("draft", "NOUN", "NN", "dobj", 3, "draft"),
        ("and", "CCONJ", "CC", "cc", 5, "and"),
        ("the", "DET", "DT", "det", 8, "the"),
        ("amendment", "NOUN", "NN", "conj", 5, "amendment"),
    ], ents=[(0, 1, "GPE"), (2, 3, "GPE")])


def rapper_parses(path: Path, syntax: str) -> int:
    """Triples counted by rapper (raptor2), an RDF parser independent of rdflib and oxigraph."""
    if shutil.which("rapper") is None:
        pytest.fail("rapper (Debian raptor2-utils) is not installed; .ci/run installs it")
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.split("returned")[1].split()[0])


@pytest.fixture(autouse=True)
def _private_cache_home(tmp_path_factory, monkeypatch):
    """`kg build` caches articles under $XDG_CACHE_HOME: keep the tests' cache out of $HOME."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache-home"))
