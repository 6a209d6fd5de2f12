"""Dates: the day a clause's event happened, from its time expressions and the article's date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .clauses import Clause
from .roles import subtree_text
from .tokens import TokenView
from .vocabulary import FUTURE_MODALS, MONTHS, SCHEDULING_LEMMAS, TIME_LABELS, WEEKDAYS
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")(?:,?\s+(\d{4}))?\b", re.IGNORECASE
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@lru_cache(maxsize=4096)  # the same expressions recur, within an article and across them
def resolve_date(expression: str, article_date: str | None, *, future: bool) -> str | None:
    """The calendar date an expression names, or None where it names no single day.

    Weekdays are the nearest such day on or before the article date for past events and on or
    after it for future ones, as news writing uses them ("on Thursday" in Friday's paper).
    """
    text = expression.lower()
    anchor = dt.date.fromisoformat(article_date) if article_date else None
    match = _ISO.search(text)
    if match:
        return _safe_date(int(match[1]), int(match[2]), int(match[3]))
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        match = pattern.search(expression)
        if match:
            year = int(match[3]) if match[3] else (anchor.year if anchor else None)
            if year is None:
                return None
            return _safe_date(year, MONTHS.index(match[month_group].lower()) + 1, int(match[day_group]))
    if anchor is None:
        return None
    words = re.findall(r"[a-z]+", text)
    if "today" in words or "tonight" in words:
        return anchor.isoformat()
    if "yesterday" in words:
        return (anchor - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (anchor + dt.timedelta(days=1)).isoformat()
    for word in words:
        if word in WEEKDAYS:
            wanted = WEEKDAYS.index(word)
            if "last" in words:
                future = False
            elif "next" in words:
                future = True
            if future:
                delta = (wanted - anchor.weekday()) % 7
                return (anchor + dt.timedelta(days=delta)).isoformat()
            delta = (anchor.weekday() - wanted) % 7
            return (anchor - dt.timedelta(days=delta)).isoformat()
    return None


_TIME_POINT = re.compile(
    r"\b(?:(?:last|next|this|previous|coming|past)\s+(?:week|month|year|weekend)|(?:19|20)\d\d|"
    + "|".join(WEEKDAYS + MONTHS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # as resolve_date's: the same expressions recur
def names_a_time(expression: str) -> bool:
    """Whether an expression points at a time ("last week", "in 2008"), not a length of it."""
    return bool(_TIME_POINT.search(expression))


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def is_future(verbs: list[TokenView], modality: str) -> bool:
    """Whether a clause speaks of what is still to come, so that "Sunday" is the next Sunday.

    Past tense and perfect aspect look back; modals, intentions and present or future tense
    look ahead ("will vote on Saturday", "should the referendum go forward on Sunday").
    """
    if modality in ("hypothetical", "intended", "requested", "future"):
        return True
    for verb in verbs:
        if verb.has_dependent("aux", words=FUTURE_MODALS):
            return True
        if verb.lemma_ in SCHEDULING_LEMMAS and verb.tag_ == "VBN":
            return True
    top = verbs[-1]
    past = top.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in top.dependents("aux", "auxpass"))
    return not past


def _holds_time(phrase: TokenView) -> bool:
    """Whether some word of a phrase (a token's subtree) is part of a time expression (a date or
    time entity): its words are looked at until one is, in no particular order."""
    words = [phrase]
    while words:
        word = words.pop()
        if word.ent_type_ in TIME_LABELS:
            return True
        words.extend(word.children)
    return False


def clause_date(adjuncts: list[TokenView], clause: Clause, article_date: str | None) -> str | None:
    """The first time adjunct that names a day; the article's date where none names a time."""
    for adjunct in adjuncts:
        if _holds_time(adjunct):
            # Tense is read off the verb the date hangs on: "Russia on Thursday vowed to veto"
            # is last Thursday, although the veto itself is still to come.
            verb = adjunct.head
            modality = clause.modality if verb is clause.predicate else "asserted"
            future = is_future([verb], modality)
            expression = subtree_text(adjunct)
            resolved = resolve_date(expression, article_date, future=future)
            if resolved:
                return resolved
            if names_a_time(expression):
                return None  # "last week", "in 2008": a time, but no day of it; not the article's
    return article_date
