"""The seed graph reads like the article: its actors and its events, typed, between the right parties."""

from __future__ import annotations

import pytest

from kg.iris import DEFAULT_BASE_IRI, entity_iri
from kg.types import ACTOR_KINDS

PEOPLE = {
    "Sergey Lavrov": "RUS", "John Kerry": "USA", "Vladimir Putin": "RUS", "Barack Obama": "USA",
    "William Hague": "GBR", "Samantha Power": "USA", "Arseniy Yatsenyuk": "UKR",
    "Liu Jieyi": "CHN", "Jay Carney": "USA", "Raimonda Murmokaite": "LTU",
}


def events(result, event_type, source=None, target=None, *, negated=False):
    return [
        t for t in result.triples
        if t.event_type == event_type and t.negated == negated
        and (source is None or t.subject.code == source)
        and (target is None or (t.object is not None and t.object.code == target))
    ]


@pytest.mark.parametrize("name, code", sorted(PEOPLE.items()))
def test_seed_person_is_one_node_with_its_state(seed_graph, name, code):
    surname = name.split()[-1]
    nodes = [n for n, d in seed_graph.nodes(data=True) if d["kind"] == "Person" and surname in d["label"]]
    assert nodes == [entity_iri(DEFAULT_BASE_IRI, "Person", name)]
    assert seed_graph.nodes[nodes[0]]["code"] == code


def test_seed_ban_ki_moon_is_a_person_with_his_title(seed_graph):
    ban = seed_graph.nodes[entity_iri(DEFAULT_BASE_IRI, "Person", "Ban Ki-moon")]
    assert ban["kind"] == "Person" and "Secretary" in (ban["role"] or "")


def test_seed_role_is_not_part_of_the_name(seed_graph):
    lavrov = seed_graph.nodes[entity_iri(DEFAULT_BASE_IRI, "Person", "Sergey Lavrov")]
    assert lavrov["label"] == "Sergey Lavrov" and lavrov["role"] == "Foreign Minister"
    power = seed_graph.nodes[entity_iri(DEFAULT_BASE_IRI, "Person", "Samantha Power")]
    assert power["role"].startswith("ambassador")  # from the apposition "U.S. ambassador to the U.N."


def test_seed_russia_vows_to_veto_the_us_draft(seed_result):
    (veto,) = events(seed_result, "REJECT", "RUS", "USA")
    assert veto.relation.lemma == "veto" and veto.modality == "intended" and veto.date == "2014-03-13"


def test_seed_russia_opposes_the_draft(seed_result):
    (oppose,) = [t for t in events(seed_result, "REJECT", "RUS") if t.relation.lemma == "oppose"]
    assert oppose.subject.text == "it" and oppose.object.label == "draft"  # "made clear that it opposed the draft"


def test_seed_china_calls_for_restraint_and_supports_ukraine(seed_result):
    calls = events(seed_result, "REQUEST", "CHN")
    assert {t.relation.lemma for t in calls} == {"urge", "call"}
    assert all(t.attributed_to.label == "Liu Jieyi" for t in calls)
    (sovereignty,) = events(seed_result, "SUPPORT", "CHN", "UKR")
    assert sovereignty.subject.text == "It"  # "It has voiced support …" after a sentence about China


def test_seed_us_threatens_russia_with_sanctions(seed_result):
    (threat,) = events(seed_result, "THREATEN", "USA", "RUS")
    assert threat.subject.text == "The White House" and "threat" in threat.relation.text


def test_seed_talks_between_washington_and_moscow(seed_result):
    talks = events(seed_result, "CONSULT", "USA", "RUS")
    assert talks and talks[0].relation.lemma == "talk"
    meetings = events(seed_result, "CONSULT", "RUS", "USA")
    assert meetings and meetings[0].subject.label == "Sergey Lavrov"


def test_seed_putin_calls_ban_ki_moon(seed_result):
    (call,) = [t for t in events(seed_result, "CONSULT", "RUS") if t.relation.lemma == "call"]
    assert (call.subject.label, call.object.label) == ("Vladimir Putin", "Ban Ki-moon")


def test_seed_russia_mobilizes_and_threatens_to_intervene(seed_result):
    (drills,) = events(seed_result, "MOBILIZE", "RUS")
    assert drills.date == "2014-03-13"  # "on Thursday"
    # Crimea is a place of Ukraine: the hypothetical annexation is a threat to Ukraine too.
    threats = {t.relation.lemma: t for t in events(seed_result, "THREATEN", "RUS", "UKR")}
    assert set(threats) == {"intervene", "annex"}
    assert threats["intervene"].subject.kind == "Organization" and threats["annex"].modality == "hypothetical"


def test_seed_negated_and_hypothetical_events(seed_result):
    (invade,) = events(seed_result, "ASSAULT", "RUS", "UKR", negated=True)
    assert invade.modality == "intended"
    # Still extracted, negated; untyped where the source is no actor ("we" unresolved, "the
    # international community"): a typed event's source is an actor.
    recognize = [t for t in seed_result.triples if t.relation.lemma == "recognize" and t.negated]
    assert {t.subject.text for t in recognize} >= {"we", "the international community"}
    assert all(t.event_type is None for t in recognize if t.subject.kind not in ACTOR_KINDS)
    annex = [t for t in seed_result.triples if t.relation.lemma == "annex"]
    assert annex and all(t.modality == "hypothetical" for t in annex)


def test_seed_a_title_belongs_to_the_name_it_precedes(seed_result):
    # "… talks with Kerry and Lavrov, British Foreign Minister William Hague said …": the parser
    # hangs the title on Lavrov's conjunct as an apposition; it is Hague's, not anyone else's.
    described = {(t.subject.label, t.object.label) for t in seed_result.triples
                 if t.relation.lemma == "be" and t.object is not None}
    assert not any("Foreign Minister" in what and who != "William Hague" for who, what in described)
    assert ("Samantha Power", "U.S. ambassador") in described  # an apposition after a name still says who
