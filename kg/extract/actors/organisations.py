"""Organisations: intergovernmental bodies (IGOs) and other organisations the lexicon knows, and
bodies named by the parser's ORG entities."""

from __future__ import annotations

from ...dictionaries import actor_directory
from ...dictionaries.actors import in_order
from ...lexicon import Lexicon
from ...types import Entity
from ..tokens import TokenView
from .phrases import entity_span, make_entity, role_word, strip_article, strip_possessive
from .states import States
from ..vocabulary import BODY_KINDS, FORUM_NOUNS


class Organisations:
    def __init__(self, lexicon: Lexicon, base_iri: str, states: States, day: str | None = None) -> None:
        self.lexicon, self.base_iri, self.states, self.day = lexicon, base_iri, states, day

    def known(self, phrase: str, name: str) -> Entity | None:
        """The organisation or IGO of the lexicon a name is, as an entity written `phrase`."""
        bare = strip_article(name).lower()
        org = self.lexicon.organizations.get(name.lower()) or self.lexicon.organizations.get(bare)
        if org is not None:
            return make_entity(self.base_iri, phrase, org.name, "Organization", org.name, code=org.code,
                               sector=org.sector)
        igo = self.lexicon.igos.get(bare)
        if igo:
            return self.igo(phrase, igo)
        return None

    def named(self, phrase: str, name: str, head: TokenView) -> Entity:
        """A body the parser tagged ORG and the lexicon does not know: the group, organisation or
        international body the actor directory knows by that name on the article's date, else a
        body of the state its modifiers name."""
        # the recogniser may have left a name's first word out ("Islamic" of "Islamic State")
        listed = self.listed(phrase, name, head) or (self.listed(phrase, phrase, head) if phrase != name else None)
        if listed is not None:
            return listed
        role = role_word([head], self.lexicon)
        label = strip_article(name)
        # a forum named after a city ("the Minsk Group") is of no one state; "the Russian group" is
        forum = head.lemma_.lower() in FORUM_NOUNS and not any(
            c.pos_ == "ADJ" for c in head.dependents("amod", "compound") if c.i < head.i)
        return make_entity(self.base_iri, phrase, label, "Organization", label,
                           code=None if forum else self.states.modifier_code(head), sector=role.sector if role else None)

    def listed(self, phrase: str, name: str, head: TokenView) -> Entity | None:
        """The one body (no person, no state) the actor directory knows by a name, with or without
        its article ("ISIS", "the Islamic State"), or None. A body of a state the article names
        nowhere is none: the directory's names are often words ("Tigers", a rebel group of one state,
        is another's in a report about that other)."""
        bare = strip_article(name)
        bodies = self.lexicon.remembered("directory bodies", (bare, self.day), _bodies, bare, self.day)
        if not bodies:
            return None  # most names are no body's: no need for the states the article names
        found = _of_states_named(bodies, self.states.named_in(head.doc))
        if len(found) != 1:
            return None
        actor = found[0]
        return make_entity(self.base_iri, phrase, actor.label, actor.kind, actor.label, code=actor.alpha3,
                           sector=actor.sector)

    def igo(self, phrase: str, igo: str) -> Entity:
        return make_entity(self.base_iri, phrase, igo, "IGO", igo)

    def igo_modifier(self, head: TokenView) -> str | None:
        """An IGO named before a noun ("UN monitors", "Red Cross staff") or by name in its of-phrase
        ("leaders of the African Union")."""
        for child in head.children:
            if child.i > head.i:
                break  # children are in position order: the rest follow the noun
            if child.dep_ in ("compound", "nmod", "amod", "poss"):
                found = self._igo_named(child)
                if found:
                    return found
        for prep in head.dependents("prep", words=("of",)):
            for name in prep.dependents("pobj"):
                if name.pos_ == "PROPN":
                    found = self._igo_named(name)
                    if found:
                        return found
        return None

    def _igo_named(self, child: TokenView) -> str | None:
        """The IGO a word names, within the whole name that holds it ("UN", "the African Union")."""
        ent = entity_span(child)
        text = ent.text if ent is not None else child.text
        return self.lexicon.igos.get(strip_article(strip_possessive(text)).lower())


def _of_states_named(bodies: tuple, named: frozenset[str]) -> list:
    """The bodies of no state or of one of the states `named`."""
    return [a for a in bodies if a.alpha3 is None or a.alpha3 in named]


def _bodies(bare: str, day: str | None) -> tuple:
    """The bodies the actor directory knows by a name on a day, with or without its article; the
    directory writes a name's possessive without its apostrophe ("Tigray Peoples Liberation Front")."""
    directory = actor_directory()
    found = {a for text in {bare, f"the {bare}", bare.replace("'", "")} for a in directory.lookup(text, day)
             if a.kind in BODY_KINDS}
    return tuple(in_order(found))
