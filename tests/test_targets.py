"""Targets and gerund subjects through the real model, on sentences written for these tests: each
case is one construction of English (a purpose or participial clause, an of-phrase, a possessor,
a gerund in a prepositional phrase)."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.iris import DEFAULT_BASE_IRI
from kg.lexicon import default_lexicon
from kg.types import Article


def events_of(nlp, text):
    """(subject code, relation lemma, object code, object text) of every typed triple."""
    article = Article(id="t", text=text, date="2023-06-01")
    triples = extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples
    return [(t.subject.code, t.relation.lemma, t.object.code if t.object else None, t.event_type)
            for t in triples if t.event_type]


@pytest.mark.parametrize("text, event", [
    # purpose clause: the people sent are the means, whom the clause is for is the target
    ("France sent troops to protect Mali against the insurgents.", ("FRA", "send", "MLI", "AID")),
    ("The United States sent warships to help Taiwan.", ("USA", "send", "TWN", "AID")),
    # of-phrase of an act noun: who the act is done to
    ("Canada condemned the arrest of Chinese dissidents.", ("CAN", "condemn", "CHN", "ACCUSE")),
    # possessor of the object
    ("Poland expelled Belarus's ambassador on Monday.", ("POL", "expel", "BLR", "SANCTION")),
])
def test_target_found_by_construction(nlp, text, event):
    assert event in events_of(nlp, text)


def test_target_in_a_participial_clause(nlp):
    # what the act did names whom it hit: the offensive's target is the participle's object
    found = events_of(nlp, "The army launched an offensive, targeting Syrian rebels near the border.")
    assert [obj for _, _, obj, kind in found if kind == "ASSAULT"] == ["SYR"], found


def test_target_of_phrase_is_the_object_own_not_a_deeper_topic(nlp):
    # an of-phrase deeper down says what a thing is about, not whom the act is aimed at
    found = events_of(nlp, "The court struck down limits on the sale of Chilean wine.")
    assert all(obj != "CHL" for _, _, obj, _ in found), found


def test_named_group_object_stays_the_target(nlp):
    # an actor with a state as object is not replaced by a purpose clause's object
    found = events_of(nlp, "Kenya expelled Somali diplomats to punish Ethiopia.")
    assert ("KEN", "expel", "SOM", "SANCTION") in found, found


@pytest.mark.parametrize("text, event", [
    ("Russia responded by expelling British diplomats.", ("RUS", "expel", "GBR", "SANCTION")),
    ("In vetoing the resolution, China defended Syria.", ("CHN", "veto", None, "REJECT")),
    ("Iran retaliated by seizing a British tanker.", ("IRN", "seize", "GBR", "COERCE")),
    ("After meeting the Iranian envoy, the Saudi minister flew home.", ("SAU", "meet", "IRN", "CONSULT")),
])
def test_gerund_in_a_prepositional_phrase_takes_the_clause_subject(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize("text, verb", [
    # the gerund did not happen
    ("Chad acted without consulting Sudan.", "consult"),
    ("The police kept the protesters from marching.", "march"),
])
def test_gerund_not_given_the_subject_where_it_is_not_its_act(nlp, text, verb):
    article = Article(id="t", text=text, date="2023-06-01")
    triples = extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples
    assert all(t.relation.lemma != verb for t in triples), [(t.subject.label, t.relation.text) for t in triples]


def test_gerund_is_as_sure_as_its_host(nlp):
    def gerund(text, lemma):
        article = Article(id="t", text=text, date="2023-06-01")
        triples = extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples
        (found,) = [t for t in triples if t.relation.lemma == lemma]
        return found.negated, found.modality, found.attributed_to.label if found.attributed_to else None

    # the means of an act that was not done was not done either
    assert gerund("Russia did not respond by expelling British diplomats.", "expel") == (True, "asserted", None)
    # reported with its host
    assert gerund("Officials said Iran retaliated by seizing a British tanker.", "seize")[1:] == (
        "reported", "Officials")


def test_gerund_of_a_verb_of_blaming_is_the_object_act_as_the_blamer_tells_it(nlp):
    text = "Norway accused Russia of spying on its oil platforms."
    article = Article(id="t", text=text, date="2023-06-01")
    triples = extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples
    (spying,) = [t for t in triples if t.relation.lemma == "spy"]
    assert (spying.subject.code, spying.modality, spying.attributed_to.code) == ("RUS", "reported", "NOR")


def test_target_in_a_to_phrase_marked_dative(nlp):
    # the parser marks "to" after a thing given as dative: its object receives, the thing given
    # stays the argument and is no second clause
    text = "Chile granted asylum to Peruvian officers."
    article = Article(id="t", text=text, date="2023-06-01")
    triples = extract_article(nlp(text), article, lexicon=default_lexicon(), base_iri=DEFAULT_BASE_IRI).triples
    assert [(t.subject.code, t.object.code, t.extra_args) for t in triples] == [("CHL", "PER", ("asylum",))]
