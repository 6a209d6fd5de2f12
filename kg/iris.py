"""Minting IRIs: deterministic, and safe for any string in any script."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from json.encoder import encode_basestring
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


def event_id(source: str, target: str | None, lemma: str, event_type: str | None, negated: bool,
             evidence: dict) -> str:
    """The last segment of an event's IRI: where and how one triple was read (its evidence, as
    kg.graph.evidence makes it), between which entities, as which relation.

    It is the first 24 hex digits of the SHA-256 of str() of source, target, lemma, event type
    and negated, then `json.dumps(evidence, sort_keys=True, ensure_ascii=False)`, joined by
    U+001F, in UTF-8: deterministic, and the same event in two builds is one.
    """
    parts = "\x1f".join(map(str, (source, target, lemma, event_type, negated, "")))
    data = parts + _evidence_json(evidence)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:24]


_EVIDENCE_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
# Evidence as kg.graph.evidence makes it, for a relation and for an act (which adds event_type,
# lemma and negated), as json.dumps(evidence, sort_keys=True, ensure_ascii=False) writes it.
_EVIDENCE_FORMAT = ('{"attributed_to": %s, "confidence": %s, "date": %s, "doc": %s, "extra_args": [%s], '
                    '"modality": %s, "relation": %s, "sentence": %d, "span": [%d, %d], "text": %s}')
_ACT_FORMAT = ('{"attributed_to": %s, "confidence": %s, "date": %s, "doc": %s, "event_type": %s, '
               '"extra_args": [%s], "lemma": %s, "modality": %s, "negated": %s, "relation": %s, '
               '"sentence": %d, "span": [%d, %d], "text": %s}')


@lru_cache(maxsize=1 << 14)
def _json_string(value: str | None) -> str:
    """A string or None as json writes it (TypeError for anything else): events repeat most of
    their article's strings."""
    return "null" if value is None else encode_basestring(value)


def _evidence_json(ev: dict) -> str:
    """json.dumps(ev, sort_keys=True, ensure_ascii=False), in a third of the time where ev is as
    kg.graph.evidence makes it: filled in from memoised strings; anything else is handed to the
    encoder."""
    try:
        sentence, span, extras, confidence = ev["sentence"], ev["span"], ev["extra_args"], ev["confidence"]
        # Exact types, as json writes them (a bool is no int here); finite floats are their repr.
        if (type(sentence) is int and type(span) is list and len(span) == 2 and type(span[0]) is int
                and type(span[1]) is int and type(extras) is list and type(confidence) is float
                and confidence - confidence == 0):
            # Most events have no extra argument, then one.
            listed = ("" if not extras else _json_string(extras[0]) if len(extras) == 1
                      else ", ".join(map(_json_string, extras)))
            if len(ev) == 10:
                return _EVIDENCE_FORMAT % (
                    _json_string(ev["attributed_to"]), repr(confidence), _json_string(ev["date"]),
                    _json_string(ev["doc"]), listed, _json_string(ev["modality"]), _json_string(ev["relation"]),
                    sentence, span[0], span[1], _json_string(ev["text"]))
            negated = ev["negated"]
            if len(ev) == 13 and type(negated) is bool:
                return _ACT_FORMAT % (
                    _json_string(ev["attributed_to"]), repr(confidence), _json_string(ev["date"]),
                    _json_string(ev["doc"]), _json_string(ev["event_type"]), listed, _json_string(ev["lemma"]),
                    _json_string(ev["modality"]), "true" if negated else "false", _json_string(ev["relation"]),
                    sentence, span[0], span[1], _json_string(ev["text"]))
    except (KeyError, TypeError):
        pass
    return _EVIDENCE_JSON.encode(ev)
