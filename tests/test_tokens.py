"""The token views extraction walks are the spaCy parse, attribute for attribute."""

from __future__ import annotations

import gc

import pycountry
import pytest

from kg.extract import extract_article
from kg.extract.actors import iso_alpha3
from kg.extract.tokens import DocView
from kg.inputs import read_articles
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon, load_lexicon
from kg.nlp import TEXT_KEY, parse
from kg.types import Article

from conftest import ROOT, SEEDS, conjoined_veto_doc

TOKEN_ATTRIBUTES = ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                    "is_stop", "is_upper", "is_alpha", "is_punct", "is_space", "like_num")
TOKEN_RELATIONS = ("children", "lefts", "rights", "subtree", "conjuncts")


@pytest.fixture(scope="module")
def parsed(nlp):
    """The seed article and 200 CaRB development sentences (quotes, lists, appositions), parsed."""
    sentences = (ROOT / "bench/data/carb/dev_sentences.txt").read_text(encoding="utf-8").splitlines()[:200]
    docs = [doc for _, doc in parse(nlp, read_articles([str(SEEDS)]))]
    docs += list(nlp.pipe(sentences))
    docs.append(nlp(""))
    docs.append(nlp('He said: "We will not recognise it." \n\n\u201cNever,\u201d she added.'))
    return docs


def _assert_same(doc) -> None:
    view = DocView(doc, doc.user_data.get(TEXT_KEY))
    assert len(view) == len(doc)
    for token in doc:
        seen = view[token.i]
        for name in TOKEN_ATTRIBUTES:
            assert getattr(seen, name) == getattr(token, name), (name, token.text, token.i)
        assert seen.head.i == token.head.i
        for name in TOKEN_RELATIONS:
            assert [t.i for t in getattr(seen, name)] == [t.i for t in getattr(token, name)], (name, token.text)
        assert (seen.sent.start, seen.sent.end) == (token.sent.start, token.sent.end)
        if token.ent_type_:
            ent = next(e for e in doc.ents if e.start <= token.i < e.end)
            assert (seen.ent.start, seen.ent.end, seen.ent.label_, seen.ent.text, seen.ent.root.i) == (
                ent.start, ent.end, ent.label_, ent.text, ent.root.i)
        else:
            assert seen.ent is None
    assert [(s.start, s.end, s.text, s.start_char, s.end_char) for s in view.sents] == [
        (s.start, s.end, s.text, s.start_char, s.end_char) for s in doc.sents]
    assert [(e.start, e.end, e.label_) for e in view.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    for start in range(0, len(doc) + 2, 3):
        for end in (start, start + 1, start + 4, len(doc) + 5):
            assert view[start:end].text == doc[start:end].text


def test_views_equal_the_spacy_parse_of_real_articles(parsed):
    assert sum(len(d) for d in parsed) > 5000
    for doc in parsed:
        _assert_same(doc)


def test_views_equal_a_hand_made_parse_with_entities_and_conjuncts():
    doc = conjoined_veto_doc()
    _assert_same(doc)
    view = DocView(doc)
    assert [t.text for t in view[0].conjuncts] == ["China"]


def test_released_views_hold_no_tokens(parsed):
    view = DocView(parsed[0], parsed[0].user_data.get(TEXT_KEY))
    token = view[5]
    view.release()
    assert len(view) == 0 and token.head is None


def test_extraction_leaves_nothing_to_the_cyclic_collector(parsed):
    """An article's views, resolver and memos are freed by reference counting when it is done:
    on a long run, what is left in cycles is walked again by every collection until one frees it."""
    seed = next(iter(read_articles([str(SEEDS)])))
    articles = [seed] + [Article(id=f"sentence{i}", text=doc.text) for i, doc in enumerate(parsed[1:], 1)]
    lexicon = default_lexicon()

    def extract_all() -> int:
        return sum(len(extract_article(doc, article, lexicon=lexicon, base_iri=DEFAULT_BASE_IRI).triples)
                   for doc, article in zip(parsed, articles))

    assert extract_all() > 100  # the lexicon's and dictionaries' memos are made here, to stay
    gc.collect()
    gc.disable()
    try:
        extract_all()
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_country_lookup_answers_as_pycountry_does():
    names = [value for country in pycountry.countries
             for value in (country.name, country.alpha_3, getattr(country, "official_name", None),
                           getattr(country, "common_name", None)) if value]
    for name in [*names, *(n.upper() for n in names[:50]), "Moscow", "the talks", "Foreign Minister", "EU", ""]:
        try:
            expected = pycountry.countries.lookup(name).alpha_3
        except LookupError:
            expected = None
        assert iso_alpha3(name) == expected, name


def test_lexicon_reads_every_file_when_made(tmp_path):
    extra = tmp_path / "extra.tsv"
    extra.write_text("[triggers]\nfrobnicate\tVERB\t-\tCOERCE\n[states]\nPalace-X\tRUS\tseat\n"
                     "[sectors]\nfrobnicator\tMIL\tperson\n", encoding="utf-8")
    lexicon = load_lexicon((extra,))
    assert lexicon.trigger("frobnicate", "VERB").event_type == "COERCE"
    assert lexicon.is_trigger_lemma("frobnicate")
    assert lexicon.may_end_a_seat("palace-x") and lexicon.may_end_a_role("frobnicator")
    assert lexicon.trigger("veto", "VERB") is not None  # the packaged rows too
    packaged = default_lexicon()  # untouched by the user's file
    assert packaged.trigger("frobnicate", "VERB") is None and not packaged.may_end_a_seat("palace-x")


def test_left_edge_is_spacys(parsed):
    """left_edge answers as spaCy's Token's on every token, nonprojective trees included (the
    seed article and CaRB sentences have some), and is the subtree's first token by position."""
    nonprojective = 0
    for doc in parsed:
        view = DocView(doc, doc.user_data.get(TEXT_KEY))
        for token in doc:
            seen = view[token.i]
            subtree = [t.i for t in seen.subtree]
            assert seen.left_edge.i == token.left_edge.i == min(subtree), (token.text, token.i)
            nonprojective += seen.left_edge.i != subtree[0]
    assert nonprojective  # the trees where the edge is not the subtree's first token are tested
