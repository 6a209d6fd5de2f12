"""Merging triples into one networkx MultiDiGraph: a node per entity, an edge per relation.

Nodes are keyed by entity IRI and carry label, kind, code, sector, role, aliases, a mention
count, and the mentions in each article (`mentions_by_article`: the quad formats write them in
the article's graph, so that an article replaced in a store takes its counts with it). Edges are
keyed by (relation lemma, event type, negated), so repeated reports of one relation between the
same pair accumulate evidence and a count on one edge. Triples without an
object are kept as `acts` on their subject's node, and typed events whose source names nothing
("two journalists were arrested": by whom is not said) as `undergone` on their target's node, so
no extracted event is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from .extract.vocabulary import PRONOUNS
from .iris import event_id
from .types import Article, ArticleResult, Entity, Triple


@dataclass(frozen=True)
class GraphStats:
    articles: int
    sentences: int
    triples: int
    entities: int
    relations: int
    events_by_type: dict[str, int]


def edge_key(triple: Triple) -> str:
    return relation_key(triple.relation.lemma, triple.event_type, triple.negated)


def relation_key(lemma: str, event_type: str | None, negated: bool) -> str:
    """The key of the edge that holds every report of one relation between two entities."""
    return f"{lemma}|{event_type or ''}|{'neg' if negated else 'pos'}"


def evidence(triple: Triple, **qualifiers: object) -> dict:
    """What one triple contributes to an edge (or, with its lemma, event type and negation as
    qualifiers, to its subject's acts): where it was read and how it was qualified, and under
    "event" the id of the event it is, which is its IRI's last segment (kg.iris.event_id)."""
    record = {
        **qualifiers,
        "doc": triple.doc,
        "sentence": triple.sentence,
        "span": list(triple.span),
        "text": triple.text,
        "relation": triple.relation.text,
        "modality": triple.modality,
        "date": triple.date,
        "confidence": triple.confidence,
        "attributed_to": triple.attributed_to.id if triple.attributed_to else None,
        "extra_args": list(triple.extra_args),
        "cameo": triple.cameo,
    }
    # Made once here, not each time the graph is written, in each format.
    source = None if _unresolved(triple.subject) else triple.subject.id
    record["event"] = event_id(source, triple.object.id if triple.object else None,
                               triple.relation.lemma, triple.event_type, triple.negated, record)
    return record


def new_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.graph.update(articles={}, sentences=0, triples=0)
    return graph


def add_result(graph: nx.MultiDiGraph, result: ArticleResult, *, min_confidence: float = 0.0) -> None:
    """Merge one article's triples into the graph."""
    graph.graph["articles"][result.article.id] = result.article
    states = result.states
    graph.graph["sentences"] += result.sentences
    for triple in result.triples:
        if triple.confidence < min_confidence:
            continue
        source, target = triple.subject, triple.object
        if _unresolved(source):
            if triple.event_type is None or target is None or _unresolved(target):
                continue
            source = None  # done to someone by a party not named ("two journalists were arrested")
        elif _unresolved(target):
            if triple.event_type is None:
                continue  # "talks were constructive": a description of nothing the graph names
            # the act happened, on whom is not known ("killed seven", "attacked them")
            triple = dataclasses.replace(triple, object=None, extra_args=(target.text, *triple.extra_args))
            target = None
        if _unresolved(triple.attributed_to):
            triple = dataclasses.replace(triple, attributed_to=None)  # said by nobody it names
        graph.graph["triples"] += 1
        for party in (source, triple.attributed_to, target):
            if party is not None:
                _add_mention(graph, party, states, triple.doc)
        # An event with one party named is kept on that party's node.
        if target is None:
            graph.nodes[source.id]["acts"].append(_one_party_event(triple))
            continue
        if source is None:
            graph.nodes[target.id]["undergone"].append(_one_party_event(triple))
            continue
        key = edge_key(triple)
        if not graph.has_edge(source.id, target.id, key):
            graph.add_edge(source.id, target.id, key=key, lemma=triple.relation.lemma, event_type=triple.event_type,
                           negated=triple.negated, count=0, evidence=[])
        data = graph.edges[source.id, target.id, key]
        data["count"] += 1
        data["evidence"].append(evidence(triple))


def _one_party_event(triple: Triple) -> dict:
    """The evidence of an event kept on a node: with what an edge's key would say of it."""
    return evidence(triple, lemma=triple.relation.lemma, event_type=triple.event_type, negated=triple.negated)


def build_graph(results: Iterable[ArticleResult], *, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    graph = new_graph()
    for result in results:
        add_result(graph, result, min_confidence=min_confidence)
    return graph


def _unresolved(entity: Entity | None) -> bool:
    """A pronoun no antecedent was found for, or another phrase that names nothing (extraction
    leaves its label empty), has no place in the graph."""
    return entity is not None and entity.kind == "Concept" and (not entity.label or entity.text.lower() in PRONOUNS)


def _add_mention(graph: nx.MultiDiGraph, entity: Entity, states: dict[str, Entity], article: str,
                 *, alias: bool = True) -> None:
    if entity.id not in graph:
        graph.add_node(entity.id, label=entity.label, kind=entity.kind, code=None, sector=None,
                       role=None, aliases=set(), mentions=0, mentions_by_article={}, acts=[], undergone=[],
                       affiliation=None, votes={})
    node = graph.nodes[entity.id]
    node["mentions"] += 1
    by_article = node["mentions_by_article"]
    by_article[article] = by_article.get(article, 0) + 1
    if alias and entity.text.lower() not in PRONOUNS:
        node["aliases"].add(entity.text)
    affiliation = None
    if entity.kind != "State" and entity.code in states:
        # "Russian Foreign Minister Sergey Lavrov" mentions Russia too, through the demonym.
        state = states[entity.code]
        _add_mention(graph, state, states, article, alias=False)
        affiliation = state.id
    # Mentions that know a state, sector or role give it to the entity ("Lavrov" after "Russian
    # Foreign Minister Sergey Lavrov" is still Russian). Where mentions disagree the most frequent
    # value wins, ties to the smallest, so the graph does not depend on the order of its inputs.
    votes = node["votes"]
    for attr, value in (("label", entity.label), ("code", entity.code), ("sector", entity.sector),
                        ("role", entity.role), ("affiliation", affiliation)):
        if value is None:
            continue
        counts = votes.get(attr)
        if counts is None:
            counts = votes[attr] = {}
        count = counts[value] = counts.get(value, 0) + 1
        # Only this value's count grew: the winner so far (None before any vote) stays, or this
        # value takes its place.
        current = node[attr]
        if value == current:  # the common case: a mention agrees with the winner
            continue
        best = counts.get(current, 0)
        if count > best or (count == best and value < current):
            node[attr] = value


def stats(graph: nx.MultiDiGraph) -> GraphStats:
    by_type: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        if data["event_type"]:
            by_type[data["event_type"]] = by_type.get(data["event_type"], 0) + data["count"]
    for _, data in graph.nodes(data=True):
        for act in [*data["acts"], *data["undergone"]]:
            if act["event_type"]:
                by_type[act["event_type"]] = by_type.get(act["event_type"], 0) + 1
    articles: dict[str, Article] = graph.graph["articles"]
    return GraphStats(
        articles=len(articles), sentences=graph.graph["sentences"], triples=graph.graph["triples"],
        entities=graph.number_of_nodes(), relations=graph.number_of_edges(),
        events_by_type=dict(sorted(by_type.items())),
    )
