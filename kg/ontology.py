"""The diplomacy ontology's terms, as a closed namespace, and the files that define them.

`DIP.Reject` is a term; `DIP.Rejekt` is an AttributeError, so code cannot mint a term the
ontology lacks. A test checks that this list and ontologies/diplomacy.ttl agree both ways.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = "https://w3id.org/kg-diplomacy/ontology"
DIP_IRI = ONTOLOGY_IRI + "#"


class DIP(DefinedNamespace):
    _NS = Namespace(DIP_IRI)
    _fail = True

    # Entities
    Entity: URIRef
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Organization: URIRef
    IGO: URIRef
    Group: URIRef
    Place: URIRef
    Concept: URIRef
    # Events: one class per PLOVER type, and plain statements
    Event: URIRef
    Agree: URIRef
    Consult: URIRef
    Support: URIRef
    Concede: URIRef
    Cooperate: URIRef
    Aid: URIRef
    Retreat: URIRef
    Request: URIRef
    Accuse: URIRef
    Reject: URIRef
    Threaten: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilize: URIRef
    Coerce: URIRef
    Assault: URIRef
    Statement: URIRef
    # Provenance
    Article: URIRef
    Sentence: URIRef
    # Object properties
    source: URIRef
    target: URIRef
    attributedTo: URIRef
    affiliatedWith: URIRef
    relatedTo: URIRef
    inArticle: URIRef
    # Datatype properties
    relation: URIRef
    relationLemma: URIRef
    date: URIRef
    negated: URIRef
    modality: URIRef
    cameoCode: URIRef
    confidence: URIRef
    extraArgument: URIRef
    code: URIRef
    sector: URIRef
    role: URIRef
    alias: URIRef
    mentionCount: URIRef
    sentenceIndex: URIRef
    startChar: URIRef
    endChar: URIRef
    text: URIRef
    url: URIRef
    dateline: URIRef
    # Annotation
    quadClass: URIRef


def event_class(event_type: str | None) -> URIRef:
    """The class of an event: its PLOVER type's, or plain dip:Event where it has none."""
    if event_type is None:
        return DIP.Event
    return getattr(DIP, event_type.capitalize())


def entity_class(kind: str) -> URIRef:
    return getattr(DIP, kind)


def ontology_path() -> Path:
    return Path(str(resources.files("kg.ontologies").joinpath("diplomacy.ttl")))


def shapes_path() -> Path:
    return Path(str(resources.files("kg.ontologies").joinpath("shapes.ttl")))
