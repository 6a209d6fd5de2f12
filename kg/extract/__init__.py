"""Extraction: a parsed article in, triples with resolved actors, types and dates out.

The steps, in order, are in kg/extract/article.py; the word lists they use in vocabulary.py.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["EXTRACTOR_VERSION", "extract_article", "registered_passes"]


def __getattr__(name: str) -> Any:
    # Re-exported when first asked for, so that reading kg.extract.vocabulary (as kg.graph does)
    # does not load the steps, and spaCy with them.
    if name in __all__:
        return getattr(import_module(".article", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
