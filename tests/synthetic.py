"""Generated graphs of any size, built from Triples like the real pipeline's, for tests and bench/.

Entity degrees are skewed (a few states take part in most events, as in news), relations carry
one to a few events spread over a year, with every event type, negation and quad class.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import networkx as nx

from kg.iris import DEFAULT_BASE_IRI, entity_iri
from kg.lexicon import EVENT_TYPES
from kg.types import Article, ArticleResult, Entity, Relation, Triple

KINDS = ("State", "Person", "Organization", "IGO", "Group", "Place", "Concept")
LEMMAS = ("meet", "accuse", "support", "reject", "threaten", "aid", "say", "urge", "sanction", "attack")
EVENTS_PER_ARTICLE = 200
NASTY_LABELS = ['He said "no"', "back\\slash \\n", "</script><script>window.pwned=1</script>", "<!-- comment",
                "line\u2028separator\u2029para", "<img src=x onerror=window.pwned=2>", "中国外交部", "Ελλάδα",
                "مرحبا", "tab\tnew\nline", "amp & ampersand"]


def synthetic_entities(n: int, rng: random.Random) -> list[Entity]:
    entities = []
    for i in range(n):
        kind = KINDS[0] if i < 40 else rng.choice(KINDS)
        label = f"{kind} {i}"
        key = f"X{i:05d}" if kind == "State" else label  # states are minted by code
        entities.append(Entity(text=label, label=label, kind=kind, id=entity_iri(DEFAULT_BASE_IRI, kind, key),
                               code="RUS" if kind == "State" and i % 7 == 0 else None,
                               sector="GOV" if kind in ("Person", "Organization") else None))
    return entities


def synthetic_results(entities: int, relations: int, *, seed: int = 1, start: str = "2014-01-01",
                      days: int = 365) -> list[ArticleResult]:
    """Articles whose triples make a graph of exactly `entities` nodes and `relations` edges."""
    rng = random.Random(seed)
    nodes = synthetic_entities(entities, rng)
    weights = list(itertools.accumulate(1 / (i + 1) ** 0.9 for i in range(entities)))  # Zipf-like
    first = dt.date.fromisoformat(start)
    keys: set[tuple[int, int, str, str | None, bool]] = set()
    triples: list[tuple[int, int, str, str | None, bool]] = []
    # every entity takes part in at least one relation, so the graph has exactly `entities` nodes
    for i in range(entities):
        j = (i + 1 + rng.randrange(entities - 1)) % entities
        key = (i, j, rng.choice(LEMMAS), rng.choice(EVENT_TYPES + (None,)), rng.random() < 0.1)
        if key not in keys:
            keys.add(key)
            triples.append(key)
    while len(keys) < relations:
        i, j = rng.choices(range(entities), cum_weights=weights, k=2)
        key = (i, j, rng.choice(LEMMAS), rng.choice(EVENT_TYPES + (None,)), rng.random() < 0.1)
        if i != j and key not in keys:
            keys.add(key)
            triples.append(key)
    events = []
    for key in triples[:relations]:
        events.extend([key] * (1 + int(rng.expovariate(1.5))))  # most relations seen once, some often
    results = []
    for a in range(0, len(events), EVENTS_PER_ARTICLE):
        chunk = events[a:a + EVENTS_PER_ARTICLE]
        day = (first + dt.timedelta(days=rng.randrange(days))).isoformat()
        article = Article(id=f"synthetic-{a // EVENTS_PER_ARTICLE}", text="", date=day)
        made = []
        for n, (i, j, lemma, event_type, negated) in enumerate(chunk):
            s, o = nodes[i], nodes[j]
            text = f"{s.label} {'did not ' if negated else ''}{lemma} {o.label} (event {a + n})."
            date = (dt.date.fromisoformat(day) - dt.timedelta(days=rng.randrange(3))).isoformat()
            made.append(Triple(doc=article.id, sentence=n, text=text, span=(0, len(text)), subject=s,
                               relation=Relation(text=lemma, lemma=lemma), object=o, event_type=event_type,
                               negated=negated, date=date, confidence=0.9))
        results.append(ArticleResult(article=article, sentences=len(chunk), triples=made))
    return results


def viz_graph(results: list[ArticleResult]):
    """The viz graph `kg.viz.load_viz_graph` reads back from these results' RDF, made directly.

    Writing and reading back the RDF of 50,000 relations takes a minute; this takes a second.
    A test checks that both give the same graph on a smaller one.
    """
    from kg.graph import build_graph
    from kg.viz.readback import summarise_edge, vocabulary

    quads = vocabulary().quad_classes
    built = build_graph(results)
    graph = nx.MultiDiGraph(articles=len(built.graph["articles"]))
    for node in sorted(built):
        data = built.nodes[node]
        graph.add_node(node, iri=node, label=data["label"], kind=data["kind"], code=data["code"] or "",
                       sector=data["sector"] or "", role=data["role"] or "", mentions=data["mentions"],
                       affiliation=data["affiliation"] or "")
    for u, v, key, data in built.edges(keys=True, data=True):
        event_type = data["event_type"] or ""
        evidence = sorted(({"text": ev["text"], "date": ev["date"] or "", "article": ev["doc"],
                            "sentence": ev["sentence"], "relation": ev["relation"], "modality": ev["modality"],
                            "confidence": round(ev["confidence"], 3)} for ev in data["evidence"]),
                          key=lambda ev: (ev["date"], ev["article"], ev["sentence"], ev["relation"]))
        for claim in (False, True):  # facts and claims of one relation are two edges
            told = [ev for ev in evidence if (ev["modality"] != "asserted") == claim]
            if not told:
                continue
            attrs = {"relation": data["lemma"], "event_type": event_type, "quad_class": quads.get(event_type, ""),
                     "negated": data["negated"], "claim": claim, "evidence": told}
            summarise_edge(attrs)
            key = f"{data['lemma']}|{event_type}|{'neg' if data['negated'] else 'pos'}" + ("|claim" if claim else "")
            graph.add_edge(u, v, key=key, **attrs)
    return graph


def nasty_result() -> ArticleResult:
    """A graph whose labels are the hostile strings, in a chain of relations."""
    def entity(i: int, text: str) -> Entity:
        return Entity(text=text, label=text, kind="Person" if i % 2 else "Concept",
                      id=entity_iri(DEFAULT_BASE_IRI, "Person" if i % 2 else "Concept", text))
    people = [entity(i, label) for i, label in enumerate(NASTY_LABELS)]
    article = Article(id="nasty", text="", date="2014-03-14")
    triples = [Triple(doc="nasty", sentence=i, text=f"{a.label} met {b.label}.", span=(0, 1), subject=a,
                      relation=Relation(text="met", lemma="meet"), object=b, event_type="CONSULT",
                      date="2014-03-14", confidence=0.9)
               for i, (a, b) in enumerate(zip(people, people[1:]))]
    return ArticleResult(article=article, sentences=len(triples), triples=triples)
