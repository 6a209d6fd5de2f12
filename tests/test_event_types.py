"""Event types read from CAMEO's verb patterns and kg's trigger rows, through the real model:
the CAMEO code travels on the triple (JSONL `cameo`) and into the graph's evidence."""

from __future__ import annotations

import pytest

from kg.api import extract_text
from kg.dictionaries import cameo_to_plover
from kg.graph import build_graph
from kg.types import Article, ArticleResult


def typed(text: str) -> list:
    return [t for t in extract_text(text, "2023-06-01") if t.event_type]


def only(text: str, lemma: str):
    found = [t for t in typed(text) if t.relation.lemma == lemma]
    assert found, typed(text)
    return found[0]


@pytest.mark.parametrize("text, lemma, event_type, code", [
    # kg's own row (a noun carried by a light verb)
    ("The European Union imposed sanctions on Belarus.", "sanction", "SANCTION", "160"),
    # a CAMEO pattern with the verb's object
    ("Iran and six world powers reached an agreement on Tuesday.", "reach", "AGREE", "032"),
    # a CAMEO pattern naming the object with its modifier beats the bare noun ("strike" is a walkout)
    ("Saudi Arabia launched air strikes on rebel positions in Yemen.", "strike", "ASSAULT", "195"),
    # kg's row with its preposition
    ("Kenyan troops fought alongside Ethiopian forces against the militants.", "fight", "COOPERATE", "062"),
    # the CAMEO code of a verb kg has no row for, between named parties
    ("Armenia sided with France in the dispute.", "side", "SUPPORT", "050"),
])
def test_type_and_its_cameo_code(text, lemma, event_type, code):
    triple = only(text, lemma)
    assert (triple.event_type, triple.cameo) == (event_type, code)
    assert triple.to_json()["cameo"] == code
    assert cameo_to_plover(code)[0] == event_type


def test_cameo_code_reaches_the_graph_evidence():
    text = "The European Union imposed sanctions on Belarus."
    result = ArticleResult(article=Article(id="a", text=text), sentences=1, triples=extract_text(text, "2023-06-01"))
    graph = build_graph([result])
    codes = [ev["cameo"] for _, _, data in graph.edges(data=True) for ev in data.get("evidence", [])]
    assert "160" in codes


def test_a_code_that_no_longer_gives_the_type_is_dropped():
    """A hostile act announced for the future is a threat; the act's code does not name a threat."""
    for triple in typed("France will impose sanctions on Syria."):
        if triple.event_type == "THREATEN":
            assert triple.cameo is None or cameo_to_plover(triple.cameo)[0] == "THREATEN"


@pytest.mark.parametrize("text, not_type", [
    ("Poland called off the meeting with Belarus.", "CONSULT"),
    ("Serbia postponed talks with Kosovo until June.", "CONSULT"),
    ("The United States lifted sanctions on Cuba.", "SANCTION"),
    ("China opposed new sanctions against Iran.", "SANCTION"),
    ("Jordan condemned the attack against Egypt.", "ASSAULT"),
])
def test_undoing_or_opposing_a_thing_is_not_the_thing(text, not_type):
    assert not_type not in {t.event_type for t in typed(text)}


def test_a_preposition_alone_is_no_reading_of_the_verb():
    """The dictionary's particle verbs ("fire off" a letter is a criticism) do not read a
    prepositional phrase that starts with the same word."""
    types = {t.event_type for t in typed("Chile fired two rockets off its coast on Monday.")}
    assert "ACCUSE" not in types


def test_no_event_type_without_an_actor():
    assert typed("The new laser cuts through steel in seconds.") == []
