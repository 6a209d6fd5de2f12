"""The seed article through the real model: named facts of it, end to end."""

from __future__ import annotations

from conftest import SEED_ID

from kg.iris import DEFAULT_BASE_IRI, entity_iri

RUSSIA = entity_iri(DEFAULT_BASE_IRI, "State", "RUS")


def find(result, lemma, subject_code=None):
    return [t for t in result.triples if t.relation.lemma == lemma
            and (subject_code is None or t.subject.code == subject_code)]


def test_seed_article_reads_its_date_and_title_from_the_sidecar(seed_result):
    article = seed_result.article
    assert (article.id, article.date) == (SEED_ID, "2014-03-14")
    assert article.title == "Kerry, Lavrov talks flounder as Crimea independence vote looms"


def test_seed_russia_vows_to_veto_the_us_draft(seed_result):
    (veto,) = find(seed_result, "veto", "RUS")
    assert veto.subject.kind == "State" and veto.subject.id == RUSSIA
    assert veto.relation.text == "vowed to veto"
    # the draft is the United States': the veto is aimed at its owner, the draft is an argument
    assert veto.object.kind == "State" and veto.object.code == "USA"
    assert veto.extra_args[0] == "the U.S. draft resolution"
    assert veto.event_type == "REJECT"
    assert veto.modality == "intended" and not veto.negated
    assert veto.date == "2014-03-13"  # "on Thursday", the day before Friday's article
    assert veto.text.startswith("Russia on Thursday vowed to veto")


def test_seed_boilerplate_and_captions_yield_nothing(seed_result):
    text = seed_result.article.text
    furniture = ["Click here for more coverage", "Related News", "Sign up for our weekly newsletter",
                 "Brendan Smialowski/AFP/Getty Images", "left, and U.S. Secretary of State John Kerry before"]
    spans = [(text.index(f), text.index(f) + len(f)) for f in furniture]
    for triple in seed_result.triples:
        for start, end in spans:
            assert not (triple.span[0] < end and start < triple.span[1]), (triple.text, text[start:end])


def test_seed_moscow_and_the_kremlin_act_for_russia(seed_result):
    acting = {t.subject.text: t.subject.id for t in seed_result.triples}
    acting.update({t.attributed_to.text: t.attributed_to.id for t in seed_result.triples if t.attributed_to})
    assert acting["the Kremlin"] == RUSSIA
    assert acting["Moscow"] == RUSSIA  # "Moscow would likely be left as the sole vetoing …"


def test_seed_capital_as_a_place_stays_a_place(seed_result):
    places = [t.object for t in seed_result.triples if t.object and t.object.text == "London"]
    assert places and all(p.kind == "Place" for p in places)  # "Speaking in London"


def test_seed_lavrov_is_one_person_affiliated_with_russia(seed_graph):
    lavrovs = [n for n, d in seed_graph.nodes(data=True) if "Lavrov" in d["label"]]
    assert lavrovs == [entity_iri(DEFAULT_BASE_IRI, "Person", "Sergey Lavrov")]
    node = seed_graph.nodes[lavrovs[0]]
    assert node["kind"] == "Person" and node["code"] == "RUS" and node["affiliation"] == RUSSIA
    assert {"Lavrov", "Russian Foreign Minister Sergey Lavrov"} <= node["aliases"]
    assert node["mentions"] >= 5


def test_seed_no_intention_of_invading_is_negated(seed_result):
    (invade,) = find(seed_result, "invade", "RUS")
    assert invade.negated and invade.modality == "intended"
    assert invade.object.code == "UKR" and invade.event_type == "ASSAULT"
    assert invade.attributed_to.label == "Sergey Lavrov"  # "He added that …" after Lavrov


def test_seed_graph_merges_repeated_mentions_of_russia(seed_graph):
    russia = seed_graph.nodes[RUSSIA]
    assert russia["label"] == "Russia" and russia["code"] == "RUS"
    assert {"Russia", "Moscow", "the Kremlin"} <= russia["aliases"]
    states = [n for n, d in seed_graph.nodes(data=True) if d["kind"] == "State" and d["code"] == "RUS"]
    assert states == [RUSSIA]


def test_seed_edges_carry_evidence_and_counts(seed_graph):
    (key,) = [k for _, v, k in seed_graph.out_edges(RUSSIA, keys=True) if k.startswith("veto|")]
    edges = [d for _, _, k, d in seed_graph.out_edges(RUSSIA, keys=True, data=True) if k == key]
    (edge,) = edges
    assert edge["event_type"] == "REJECT" and edge["count"] == len(edge["evidence"]) == 1
    (evidence,) = edge["evidence"]
    assert evidence["doc"] == SEED_ID and evidence["date"] == "2014-03-13"


def test_seed_graph_gives_each_label_one_kind(seed_graph):
    """One entity, one kind: no label names nodes of two kinds (Crimea is a place; its
    parliament is a body of its own)."""
    kinds: dict[str, set[str]] = {}
    for _, node in seed_graph.nodes(data=True):
        kinds.setdefault(node["label"].lower(), set()).add(node["kind"])
    assert not {label: k for label, k in kinds.items() if len(k) > 1}
    assert any(node["label"] == "Crimea" and node["kind"] == "Place" for _, node in seed_graph.nodes(data=True))
