"""Organisations: intergovernmental bodies (IGOs) and other organisations the lexicon knows, and
bodies named by the parser's ORG entities."""

from __future__ import annotations

from ...lexicon import Lexicon
from ...types import Entity
from ..tokens import TokenView
from .phrases import entity_span, make_entity, role_word, strip_article, strip_possessive
from .states import States


class Organisations:
    def __init__(self, lexicon: Lexicon, base_iri: str, states: States) -> None:
        self.lexicon, self.base_iri, self.states = lexicon, base_iri, states

    def known(self, phrase: str, name: str) -> Entity | None:
        """The organisation or IGO of the lexicon a name is, as an entity written `phrase`."""
        org = self.lexicon.organizations.get(name.lower()) or self.lexicon.organizations.get(
            strip_article(name).lower())
        if org is not None:
            return make_entity(self.base_iri, phrase, org.name, "Organization", org.name, code=org.code,
                               sector=org.sector)
        igo = self.lexicon.igos.get(strip_article(name).lower())
        if igo:
            return self.igo(phrase, igo)
        return None

    def named(self, phrase: str, name: str, head: TokenView) -> Entity:
        """A body the parser tagged ORG and the lexicon does not know: its state from its modifiers."""
        role = role_word([head], self.lexicon)
        label = strip_article(name)
        return make_entity(self.base_iri, phrase, label, "Organization", label,
                           code=self.states.modifier_code(head), sector=role.sector if role else None)

    def igo(self, phrase: str, igo: str) -> Entity:
        return make_entity(self.base_iri, phrase, igo, "IGO", igo)

    def igo_modifier(self, head: TokenView) -> str | None:
        """An IGO named before a noun ("UN monitors", "Red Cross staff")."""
        for child in head.dependents("compound", "nmod", "amod", "poss"):
            if child.i < head.i:
                ent = entity_span(child)
                text = ent.text if ent is not None else child.text
                found = self.lexicon.igos.get(strip_article(strip_possessive(text)).lower())
                if found:
                    return found
        return None
