"""Minting IRIs: deterministic, and safe for any string in any script."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
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


def event_id(source: str | None, target: str | None, lemma: str, event_type: str | None, negated: bool,
             evidence: dict) -> str:
    """The last segment of an event's IRI: where and how one triple was read (its evidence, as
    kg.graph.evidence makes it), between which entities, as which relation.

    It is the first 24 hex digits of the SHA-256 of str() of source, target, lemma, event type
    and negated, then `json.dumps(evidence, sort_keys=True, ensure_ascii=False)`, joined by
    U+001F, in UTF-8: deterministic, and the same event in two builds is one.
    """
    parts = "\x1f".join(map(str, (source, target, lemma, event_type, negated, "")))
    data = parts + json.dumps(evidence, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:24]
