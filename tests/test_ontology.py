"""Code and ontology agree; lexicons are grounded in their sources."""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
import pytest
import rdflib
import rdflib.collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.lexicon import EVENT_TYPES, PLOVER_TYPES, default_lexicon, load_lexicon
from kg.errors import InputError
from kg.ontology import DIP, DIP_IRI, event_class, ontology_path, shapes_path
from kg.types import ENTITY_KINDS, MODALITIES

LEXICONS = Path(__file__).resolve().parent.parent / "kg" / "lexicons"


@pytest.fixture(scope="module")
def ontology():
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def declared_terms(graph):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {str(s)[len(DIP_IRI):] for k in kinds for s in graph.subjects(RDF.type, k) if str(s).startswith(DIP_IRI)}


def test_ontology_and_code_name_the_same_terms(ontology):
    in_code = {name for name in DIP.__annotations__}
    assert declared_terms(ontology) == in_code


def test_ontology_shapes_and_code_allow_the_same_modalities(ontology):
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    (prop,) = shapes.subjects(rdflib.SH.path, DIP.modality)
    (allowed,) = shapes.objects(prop, rdflib.SH["in"])
    assert [str(v) for v in rdflib.collection.Collection(shapes, allowed)] == list(MODALITIES)
    comment = str(ontology.value(DIP.modality, RDFS.comment))
    assert all(f'"{m}"' in comment for m in MODALITIES)  # each one documented


def test_ontology_every_dip_term_used_in_the_files_is_declared(ontology):
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    used = {str(t)[len(DIP_IRI):] for g in (ontology, shapes) for triple in g for t in triple
            if isinstance(t, rdflib.URIRef) and str(t).startswith(DIP_IRI)}
    assert used <= declared_terms(ontology)


def test_ontology_closed_namespace_rejects_unknown_terms():
    with pytest.raises(AttributeError):
        DIP.Rejekt  # noqa: B018


def test_ontology_every_term_has_label_and_comment(ontology):
    for name in declared_terms(ontology):
        term = rdflib.URIRef(DIP_IRI + name)
        assert ontology.value(term, RDFS.label), name
        assert ontology.value(term, RDFS.comment), name


def test_ontology_event_classes_cover_plover_and_cite_it(ontology):
    for event_type in EVENT_TYPES:
        cls = event_class(event_type)
        assert (cls, RDFS.subClassOf, DIP.Event) in ontology
        notation = ontology.value(cls, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#notation"))
        assert str(notation) == event_type
    for event_type in PLOVER_TYPES:
        assert "PLOVER" in str(ontology.value(event_class(event_type), rdflib.URIRef("http://purl.org/dc/terms/source")))


def test_ontology_has_a_class_per_entity_kind(ontology):
    for kind in ENTITY_KINDS:
        assert (getattr(DIP, kind), RDF.type, OWL.Class) in ontology


def test_lexicon_triggers_are_grounded_in_the_cameo_to_plover_table():
    with open(LEXICONS / "cameo_to_plover.csv", newline="", encoding="utf-8") as handle:
        mapping = {}
        for row in csv.DictReader(handle):
            mapping.setdefault(row["cameo_code"], set()).add(row["plover_event"])
    triggers = [t for ts in default_lexicon().triggers.values() for t in ts]
    assert len(triggers) > 100
    for trigger in triggers:
        if trigger.event_type == "STATEMENT":
            continue
        assert trigger.cameo in mapping, trigger
        assert trigger.event_type in mapping[trigger.cameo], trigger


def test_lexicon_state_codes_are_iso_3166_alpha_3():
    """Codes of states (ISO 3166-1), of states that are no more (ISO 3166-3), or Kosovo's user-assigned XKX."""
    for text, entry in default_lexicon().states.items():
        assert pycountry.countries.get(alpha_3=entry.code) or pycountry.historic_countries.get(alpha_3=entry.code) \
            or entry.code == "XKX", \
            (text, entry.code)


def test_lexicon_user_file_adds_rows(tmp_path):
    user = tmp_path / "mine.tsv"
    user.write_text("[triggers]\nshun\tVERB\t-\tREJECT\t120\n[states]\nRuritania\tDEU\tname\n", encoding="utf-8")
    lexicon = load_lexicon((user,))
    assert lexicon.trigger("shun", "VERB").event_type == "REJECT"
    assert lexicon.states["ruritania"].code == "DEU"
    assert default_lexicon().trigger("shun", "VERB") is None  # the packaged lexicon is untouched


def test_lexicon_user_file_errors_name_the_line(tmp_path):
    user = tmp_path / "bad.tsv"
    user.write_text("[triggers]\nshun\tVERB\t-\tSNUB\t120\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.tsv:2: .*unknown event type 'SNUB'"):
        load_lexicon((user,))
