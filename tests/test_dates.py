"""Relative date expressions, resolved against the article's date (Friday 2014-03-14)."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.extract.dates import names_a_time, resolve_date
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon
from kg.types import Article

FRIDAY = "2014-03-14"


@pytest.mark.parametrize("expression, future, expected", [
    ("on Thursday", False, "2014-03-13"),
    ("on Friday", False, "2014-03-14"),
    ("on Sunday", True, "2014-03-16"),
    ("Saturday", True, "2014-03-15"),
    ("last Monday", True, "2014-03-10"),
    ("next Friday", False, "2014-03-14"),
    ("yesterday", False, "2014-03-13"),
    ("today", False, "2014-03-14"),
    ("tomorrow", True, "2014-03-15"),
    ("on March 16", True, "2014-03-16"),
    ("on 16 March 2014", True, "2014-03-16"),
    ("on February 30", False, None),
    ("since 2011", False, None),
    ("for several hours", False, None),
])
def test_dates_resolve_against_the_article_date(expression, future, expected):
    assert resolve_date(expression, FRIDAY, future=future) == expected


def test_dates_need_an_anchor_for_relative_days():
    assert resolve_date("on Thursday", None, future=False) is None
    assert resolve_date("on March 13, 2014", None, future=False) == "2014-03-13"


@pytest.mark.parametrize("expression, point", [
    ("last week", True), ("in 2008", True), ("next month", True), ("several hours", False), ("three years", False),
])
def test_dates_time_points_and_durations(expression, point):
    assert names_a_time(expression) is point


def _triples(nlp, text):
    article = Article(id="d", text=text, date=FRIDAY)
    return extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples


def test_dates_of_clauses_through_the_model(nlp):
    (vow,) = _triples(nlp, "Russia on Thursday vowed to veto the draft.")
    assert vow.date == "2014-03-13"
    (vote,) = _triples(nlp, "The council will vote on Saturday.")
    assert vote.date == "2014-03-15"
    (sanction,) = _triples(nlp, "The European Union imposed sanctions on Russia last week.")
    assert sanction.date is None  # a week, not a day: no date rather than a wrong one
    (undated,) = _triples(nlp, "China urged restraint.")
    assert undated.date == FRIDAY  # no time named: the article's date, as event coders do
