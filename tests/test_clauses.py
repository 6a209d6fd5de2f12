"""The tree-walking rules, on hand-built parses: each test states the parse it is about."""

from __future__ import annotations

import pytest
from conftest import conjoined_veto_doc, make_doc

from kg.extract import extract_article
from kg.extract.clauses import clauses
from kg.extract.tokens import DocView
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon
from kg.types import Article


def triples_of(doc):
    article = Article(id="t", text=doc.text, date="2014-03-14")
    return extract_article(doc, article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples


def summary(doc):
    return [
        (t.subject.label, t.relation.lemma, t.object.label if t.object else None, t.negated, t.modality)
        for t in triples_of(doc)
    ]


def test_clauses_active_subject_verb_object():
    doc = make_doc([
        ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
        ("rejected", "VERB", "VBD", "ROOT", 1, "reject"),
        ("the", "DET", "DT", "det", 3, "the"),
        ("draft", "NOUN", "NN", "dobj", 1, "draft"),
    ], ents=[(0, 1, "GPE")])
    (triple,) = triples_of(doc)
    assert (triple.subject.label, triple.subject.code, triple.relation.text, triple.object.label) == (
        "Russia", "RUS", "rejected", "draft")
    assert triple.event_type == "REJECT"
    assert (triple.negated, triple.modality) == (False, "asserted")


def test_clauses_passive_with_agent_makes_the_agent_the_subject():
    # "The session was attended by Yatsenyuk."
    doc = make_doc([
        ("The", "DET", "DT", "det", 1, "the"),
        ("session", "NOUN", "NN", "nsubjpass", 3, "session"),
        ("was", "AUX", "VBD", "auxpass", 3, "be"),
        ("attended", "VERB", "VBN", "ROOT", 3, "attend"),
        ("by", "ADP", "IN", "agent", 3, "by"),
        ("Yatsenyuk", "PROPN", "NNP", "pobj", 4, "Yatsenyuk"),
    ], ents=[(5, 6, "PERSON")])
    (triple,) = triples_of(doc)
    # A surname alone is the one person of the actor directory holding an office with it then.
    assert triple.subject.label == "Arseniy Yatsenyuk" and triple.subject.kind == "Person"
    assert triple.object.label == "session"
    assert triple.relation.lemma == "attend" and triple.relation.text == "attended"


def test_clauses_passive_without_agent_keeps_the_patient_as_subject():
    # "The vote was postponed."
    doc = make_doc([
        ("The", "DET", "DT", "det", 1, "the"),
        ("vote", "NOUN", "NN", "nsubjpass", 3, "vote"),
        ("was", "AUX", "VBD", "auxpass", 3, "be"),
        ("postponed", "VERB", "VBN", "ROOT", 3, "postpone"),
    ])
    (clause,) = list(clauses(DocView(doc)[:]))
    assert clause.subject.text == "vote" and clause.object is None and clause.passive


def test_clauses_conjoined_subjects_and_objects_multiply_out():
    doc = conjoined_veto_doc()
    found = {(s, o) for s, _, o, _, _ in summary(doc)}
    assert found == {("Russia", "draft"), ("Russia", "amendment"), ("China", "draft"), ("China", "amendment")}


def test_clauses_conjoined_verbs_share_their_subject():
    # "China urged restraint and called for talks."
    doc = make_doc([
        ("China", "PROPN", "NNP", "nsubj", 1, "China"),
        ("urged", "VERB", "VBD", "ROOT", 1, "urge"),
        ("restraint", "NOUN", "NN", "dobj", 1, "restraint"),
        ("and", "CCONJ", "CC", "cc", 1, "and"),
        ("called", "VERB", "VBD", "conj", 1, "call"),
        ("for", "ADP", "IN", "prep", 4, "for"),
        ("talks", "NOUN", "NNS", "pobj", 5, "talk"),
    ], ents=[(0, 1, "GPE")])
    triples = triples_of(doc)
    assert [(t.subject.label, t.relation.text, t.object.label, t.event_type) for t in triples] == [
        ("China", "urged", "restraint", "REQUEST"),
        ("China", "called for", "talks", "REQUEST"),
    ]


def test_clauses_control_verb_gives_the_content_verb_and_intended_modality():
    # "Russia vowed to veto the resolution."
    doc = make_doc([
        ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
        ("vowed", "VERB", "VBD", "ROOT", 1, "vow"),
        ("to", "PART", "TO", "aux", 3, "to"),
        ("veto", "VERB", "VB", "xcomp", 1, "veto"),
        ("the", "DET", "DT", "det", 5, "the"),
        ("resolution", "NOUN", "NN", "dobj", 3, "resolution"),
    ], ents=[(0, 1, "GPE")])
    (triple,) = triples_of(doc)
    assert triple.relation.text == "vowed to veto" and triple.relation.lemma == "veto"
    assert triple.modality == "intended" and triple.event_type == "REJECT"


@pytest.mark.parametrize("neg_word", ["not", "n't"])
def test_clauses_negation_marks_the_triple(neg_word):
    # "Russia did not attack the town." (not "recognize": not recognising is a rejection, not a negation)
    doc = make_doc([
        ("Russia", "PROPN", "NNP", "nsubj", 3, "Russia"),
        ("did", "AUX", "VBD", "aux", 3, "do"),
        (neg_word, "PART", "RB", "neg", 3, "not"),
        ("attack", "VERB", "VB", "ROOT", 3, "attack"),
        ("the", "DET", "DT", "det", 5, "the"),
        ("town", "NOUN", "NN", "dobj", 3, "town"),
    ], ents=[(0, 1, "GPE")])
    (triple,) = triples_of(doc)
    assert triple.negated and triple.relation.lemma == "attack"
    assert triple.relation.text == f"did {neg_word} attack"


def test_clauses_no_intention_of_is_a_negated_intention():
    # "Russia had no intention of invading Ukraine."
    doc = make_doc([
        ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia"),
        ("had", "VERB", "VBD", "ROOT", 1, "have"),
        ("no", "DET", "DT", "det", 3, "no"),
        ("intention", "NOUN", "NN", "dobj", 1, "intention"),
        ("of", "ADP", "IN", "prep", 3, "of"),
        ("invading", "VERB", "VBG", "pcomp", 4, "invade"),
        ("Ukraine", "PROPN", "NNP", "dobj", 5, "Ukraine"),
    ], ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    (triple,) = triples_of(doc)
    assert (triple.subject.code, triple.relation.lemma, triple.object.code) == ("RUS", "invade", "UKR")
    assert triple.relation.text == "had no intention of invading"
    assert triple.negated and triple.modality == "intended" and triple.event_type == "ASSAULT"


def test_clauses_neither_nor_negates_every_subject():
    # "Neither we nor the community will recognize the results."
    doc = make_doc([
        ("Neither", "CCONJ", "CC", "preconj", 1, "neither"),
        ("we", "PRON", "PRP", "nsubj", 6, "we"),
        ("nor", "CCONJ", "CC", "cc", 1, "nor"),
        ("the", "DET", "DT", "det", 4, "the"),
        ("community", "NOUN", "NN", "conj", 1, "community"),
        ("will", "AUX", "MD", "aux", 6, "will"),
        ("recognize", "VERB", "VB", "ROOT", 6, "recognize"),
        ("the", "DET", "DT", "det", 8, "the"),
        ("results", "NOUN", "NNS", "dobj", 6, "result"),
    ])
    triples = triples_of(doc)
    assert len(triples) == 2 and all(t.negated for t in triples)


def test_clauses_prepositional_object_joins_the_relation():
    # "Lavrov met with Kerry in London."
    doc = make_doc([
        ("Lavrov", "PROPN", "NNP", "nsubj", 1, "Lavrov"),
        ("met", "VERB", "VBD", "ROOT", 1, "meet"),
        ("with", "ADP", "IN", "prep", 1, "with"),
        ("Kerry", "PROPN", "NNP", "pobj", 2, "Kerry"),
        ("in", "ADP", "IN", "prep", 1, "in"),
        ("London", "PROPN", "NNP", "pobj", 4, "London"),
    ], ents=[(0, 1, "PERSON"), (3, 4, "PERSON"), (5, 6, "GPE")])
    (triple,) = triples_of(doc)
    assert (triple.subject.label, triple.relation.text, triple.object.label) == ("Sergey Lavrov", "met with", "John Kerry")
    assert triple.event_type == "CONSULT"
    assert triple.extra_args == ("in London",)


def test_clauses_reported_speech_is_attributed_to_the_speaker():
    # "Lavrov said Russia would respect the result."
    doc = make_doc([
        ("Lavrov", "PROPN", "NNP", "nsubj", 1, "Lavrov"),
        ("said", "VERB", "VBD", "ROOT", 1, "say"),
        ("Russia", "PROPN", "NNP", "nsubj", 4, "Russia"),
        ("would", "AUX", "MD", "aux", 4, "would"),
        ("respect", "VERB", "VB", "ccomp", 1, "respect"),
        ("the", "DET", "DT", "det", 6, "the"),
        ("result", "NOUN", "NN", "dobj", 4, "result"),
    ], ents=[(0, 1, "PERSON"), (2, 3, "GPE")])
    said, respect = triples_of(doc)
    assert said.event_type == "STATEMENT" and said.subject.label == "Sergey Lavrov"
    assert respect.subject.code == "RUS" and respect.modality == "reported"
    assert respect.attributed_to.label == "Sergey Lavrov"


def test_clauses_if_clause_is_hypothetical():
    # "If Kiev failed, Russia would intervene."
    doc = make_doc([
        ("If", "SCONJ", "IN", "mark", 2, "if"),
        ("Kiev", "PROPN", "NNP", "nsubj", 2, "Kiev"),
        ("failed", "VERB", "VBD", "advcl", 6, "fail"),
        (",", "PUNCT", ",", "punct", 6, ","),
        ("Russia", "PROPN", "NNP", "nsubj", 6, "Russia"),
        ("would", "AUX", "MD", "aux", 6, "would"),
        ("intervene", "VERB", "VB", "ROOT", 6, "intervene"),
    ], ents=[(1, 2, "GPE"), (4, 5, "GPE")])
    by_lemma = {t.relation.lemma: t for t in triples_of(doc)}
    assert by_lemma["fail"].modality == "hypothetical"
    assert by_lemma["fail"].subject.code == "UKR"  # a capital acting for its state
    assert by_lemma["intervene"].modality == "hypothetical"


def misread_coup_doc():
    """"Chad's military seized power on Monday.", as the small model parses it: "military" an
    adjective and "seized" a modifier of "power", which is the root; no verb heads the sentence."""
    return make_doc([
        ("Chad", "PROPN", "NNP", "poss", 4, "Chad"),
        ("'s", "PART", "POS", "case", 0, "'s"),
        ("military", "ADJ", "JJ", "amod", 4, "military"),
        ("seized", "VERB", "VBD", "amod", 4, "seize"),
        ("power", "NOUN", "NN", "ROOT", 4, "power"),
        ("on", "ADP", "IN", "prep", 4, "on"),
        ("Monday", "PROPN", "NNP", "pobj", 5, "Monday"),
        (".", "PUNCT", ".", "punct", 4, "."),
    ], ents=[(0, 1, "GPE"), (6, 7, "DATE")])


def test_repair_makes_a_finite_verb_read_as_a_modifier_head_its_clause():
    from kg.extract.repairs import repair_parse
    view = DocView(misread_coup_doc())
    repair_parse(view)
    seized = view[3]
    assert (seized.dep_, seized.head.i) == ("ROOT", 3)
    assert [(c.text, c.dep_) for c in seized.children] == [("military", "nsubj"), ("power", "dobj"), ("on", "prep"),
                                                            (".", "punct")]
    assert [(c.text, c.dep_) for c in view[2].children] == [("Chad", "poss")]
    assert [t.text for t in view.sents[0].root.subtree] == [t.text for t in view]


def test_a_finite_verb_read_as_a_modifier_is_the_clause_of_its_subject():
    (triple,) = [t for t in triples_of(misread_coup_doc()) if t.relation.lemma == "seize"]
    # the hand-built text has a space before "'s"
    assert (triple.subject.text, triple.subject.code, triple.relation.text, triple.object.text) == (
        "Chad 's military", "TCD", "seized", "power")


def misread_attribution_doc():
    """"Chad will buy drones, the two states announced.", as the small model may parse it: the
    speakers a second object of "buy", and "announced" a clause on them."""
    return make_doc([
        ("Chad", "PROPN", "NNP", "nsubj", 2, "Chad"),
        ("will", "AUX", "MD", "aux", 2, "will"),
        ("buy", "VERB", "VB", "ROOT", 2, "buy"),
        ("drones", "NOUN", "NNS", "dobj", 2, "drone"),
        (",", "PUNCT", ",", "punct", 2, ","),
        ("the", "DET", "DT", "det", 7, "the"),
        ("two", "NUM", "CD", "nummod", 7, "two"),
        ("states", "NOUN", "NNS", "dobj", 2, "state"),
        ("announced", "VERB", "VBN", "acl", 7, "announce"),
        (".", "PUNCT", ".", "punct", 2, "."),
    ], ents=[(0, 1, "GPE")])


def test_repair_makes_a_speaker_read_as_a_second_object_the_subject_of_its_report():
    from kg.extract.repairs import repair_parse
    view = DocView(misread_attribution_doc())
    repair_parse(view)
    announced, buy = view[8], view[2]
    assert (announced.dep_, announced.head.i, buy.dep_, buy.head.i) == ("ROOT", 8, "ccomp", 8)
    assert [(c.text, c.dep_) for c in announced.children] == [("buy", "ccomp"), (",", "punct"), ("states", "nsubj"),
                                                              (".", "punct")]
    assert [(c.text, c.dep_) for c in buy.children] == [("Chad", "nsubj"), ("will", "aux"), ("drones", "dobj")]


def test_a_speaker_read_as_a_second_object_is_no_object():
    triples = triples_of(misread_attribution_doc())
    (bought,) = [t for t in triples if t.relation.lemma == "buy"]
    assert "drones" in [bought.object.text if bought.object else None, *bought.extra_args]
    (said,) = [t for t in triples if t.relation.lemma == "announce"]
    assert said.subject.text == "the two states"


def test_clauses_words_of_one_name_made_several_subjects_are_one_subject():
    doc = make_doc([  # "Sheikh Saad al-Nasser opened talks": each word of the name a subject of its own
        ("Sheikh", "PROPN", "NNP", "compound", 1, "Sheikh"),
        ("Saad", "PROPN", "NNP", "nsubj", 5, "Saad"),
        ("al", "PROPN", "NNP", "nsubj", 5, "al"),
        ("-", "PUNCT", "HYPH", "nsubj", 5, "-"),
        ("Nasser", "PROPN", "NNP", "nsubj", 5, "Nasser"),
        ("opened", "VERB", "VBD", "ROOT", 5, "open"),
        ("talks", "NOUN", "NNS", "dobj", 5, "talk"),
    ], ents=[(0, 5, "PERSON")])
    opened = [t for t in triples_of(doc) if t.relation.text.startswith("opened")]
    assert len(opened) == 1 and opened[0].subject.kind == "Person"
