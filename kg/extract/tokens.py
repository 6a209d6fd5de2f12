"""What extraction asks of a token again and again, looked up once per document.

spaCy builds a new Token object for each child it yields and a new string for `pos_` at every
access; the rules ask for the same children and tags many times per clause. These helpers
answer from a cache of the document being read (one per thread), and return exactly what the
Token attributes would.
"""

from __future__ import annotations

import threading

from spacy.attrs import POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

_local = threading.local()


class _DocCache:
    __slots__ = ("doc", "pos", "kids")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.pos = [POS_NAMES[p] for p in doc.to_array(POS).tolist()]
        self.kids: dict[int, tuple[Token, ...]] = {}


def _cache(doc: Doc) -> _DocCache:
    cache = getattr(_local, "cache", None)
    if cache is None or cache.doc is not doc:
        cache = _local.cache = _DocCache(doc)
    return cache


def forget() -> None:
    """Drop the cache (extract_article starts each document afresh)."""
    _local.cache = None


def children(token: Token) -> tuple[Token, ...]:
    """token.children, as a tuple."""
    cache = _cache(token.doc)
    i = token.i
    found = cache.kids.get(i)
    if found is None:
        found = cache.kids[i] = tuple(token.children)
    return found


def pos_tags(doc: Doc) -> list[str]:
    """[token.pos_ for token in doc]."""
    return _cache(doc).pos


def pos(token: Token) -> str:
    """token.pos_."""
    return _cache(token.doc).pos[token.i]
