"""Minting IRIs: deterministic, and safe for any string in any script."""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote

DEFAULT_BASE_IRI = "https://w3id.org/kg-diplomacy/id/"

# Kinds of entity and the path segment their IRIs live under.
KIND_SEGMENTS = {
    "State": "state", "Person": "person", "Organization": "organization", "IGO": "igo",
    "Group": "group", "Place": "place", "Concept": "concept",
}


def slug(text: str) -> str:
    """A path segment for any string: NFC, case-folded, spaces to '-', the rest percent-encoded.

    Percent-encoding leaves only unreserved ASCII, so no quote, angle bracket, brace, space,
    control character or lone surrogate can reach the IRI.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    text = "-".join(text.split()) or "_"
    return quote(text.encode("utf-8", "surrogatepass"), safe="-._~")


def entity_iri(base: str, kind: str, key: str) -> str:
    return f"{base}{KIND_SEGMENTS[kind]}/{key if kind == 'State' else slug(key)}"


def relation_iri(base: str, lemma: str) -> str:
    return f"{base}relation/{slug(lemma)}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{slug(article_id)}"


def sentence_iri(base: str, article_id: str, index: int) -> str:
    return f"{article_iri(base, article_id)}/sentence/{index}"


def event_iri(base: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{base}event/{digest[:24]}"
