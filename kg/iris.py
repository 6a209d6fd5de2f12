"""Minting IRIs: deterministic, and safe for any string in any script."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote

DEFAULT_BASE_IRI = "https://w3id.org/kg-diplomacy/id/"

# Kinds of entity and the path segment their IRIs live under.
KIND_SEGMENTS = {
    "State": "state", "Person": "person", "Organization": "organization", "IGO": "igo",
    "Group": "group", "Place": "place", "Concept": "concept",
}


# What slug() folds to spacing in ASCII text: all but letters, digits and "-._".
_ASCII_NON_WORD = re.compile(r"[^A-Za-z0-9\-._]")


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A path segment for any string, in any script.

    Case, spacing, punctuation and symbols are folded away ('"Remarkably unified" voices' and
    'remarkably unified voices' are one), letters and digits of every script are kept, and what
    is not unreserved ASCII is percent-encoded, so no quote, bracket, space or control character
    can reach an IRI. A string with no letters or digits gets a hash of itself.
    """
    if text.isascii():  # most are: the same result without a look-up per character
        joined = "-".join(_ASCII_NON_WORD.sub(" ", text.lower()).split()).strip("-._")
        if joined:
            return joined  # only letters, digits and "-._": nothing to percent-encode
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = "".join(ch if ch in "-._" or unicodedata.category(ch)[0] in "LNM" else " " for ch in folded)
    joined = "-".join(words.split()).strip("-._")
    if not joined:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return f"_{digest}"
    return quote(joined.encode("utf-8", "surrogatepass"), safe="-._~")


def entity_iri(base: str, kind: str, key: str) -> str:
    return f"{base}{KIND_SEGMENTS[kind]}/{key if kind == 'State' else slug(key)}"


def relation_iri(base: str, lemma: str) -> str:
    return f"{base}relation/{slug(lemma)}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{slug(article_id)}"


def sentence_iri(base: str, article_id: str, index: int) -> str:
    # One path segment, so that it abbreviates to `sentence:ID-s12` in Turtle.
    return f"{sentence_iri_stem(base, article_id)}{index}"


def sentence_iri_stem(base: str, article_id: str) -> str:
    """What comes before the index in the IRIs of an article's sentences."""
    return f"{base}sentence/{slug(article_id)}-s"


def event_ids(*shared: object) -> Callable[[bytes], str]:
    """The last segments of the IRIs of events that share these parts (source, target, lemma,
    event type, negated), given each one's own evidence as JSON bytes.

    An event's segment is the first 24 hex digits of the SHA-256 of its parts' str() and then its
    evidence, joined by U+001F, in UTF-8: deterministic, and the same event in two builds is one.
    The shared start is hashed once for all of them.
    """
    key = "\x1f".join(map(str, shared)) + "\x1f"
    start = hashlib.sha256(key.encode("utf-8", "surrogatepass"))

    def event_id_of(evidence: bytes) -> str:
        hashed = start.copy()
        hashed.update(evidence)
        return hashed.hexdigest()[:24]

    return event_id_of
