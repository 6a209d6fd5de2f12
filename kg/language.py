"""Does a document look English? kg's rules and model read English news text only.

Function words are the surest sign of a language in running text: in English prose about
two words in five are on spaCy's English stop list ("the", "of", "to", "and", "on", "that"),
while Spanish, French or German prose shares few of them.
A document with enough words and too few English stop words gets one warning: kg still reads
it, but its triples would be confident nonsense (a Spanish "Rusia" read as a person).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from .types import Article

# Shorter documents (a headline, a one-line sentence) say too little to judge.
MIN_WORDS = 20
# English news prose measures about 0.4, lists of English names 0.14 and up; Spanish, French and
# German prose 0 to 0.05 (the few words they share with English: "a", "me", "no", "in").
MIN_ENGLISH_STOP_SHARE = 0.1

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_stop_share(text: str) -> tuple[float, int]:
    """The share of the text's words that are English stop words, and the number of words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(word.replace("’", "'") in STOP_WORDS for word in words) / len(words), len(words)


def looks_english(text: str) -> bool:
    """False only for a text long enough to judge whose words are seldom English stop words."""
    return _looks_english(*english_stop_share(text))


def _looks_english(share: float, words: int) -> bool:
    return words < MIN_WORDS or share >= MIN_ENGLISH_STOP_SHARE


def warn_unless_english(articles: Iterable[Article],
                        warn: Callable[[str], None] | None = None) -> Iterator[Article]:
    """The articles, unchanged; for each that does not look English, one line through `warn`."""
    if warn is None:
        def warn(line: str) -> None:
            print(line, file=sys.stderr, flush=True)
    for article in articles:
        share, words = english_stop_share(article.text)
        if not _looks_english(share, words):
            warn(f"Warning: {article.origin or article.id} does not look like English "
                 f"({share:.0%} of its words are English stop words); kg reads English news text only")
        yield article
