"""Persons: every person an article names, under the longest form of the name, with the role and
state the text (titles, appositions) or the actor dictionary gives them."""

from __future__ import annotations

from dataclasses import dataclass

from ...lexicon import Lexicon
from ...text import normalise_name
from ...types import Entity
from ..tokens import DocView, SpanView, TokenView
from ..vocabulary import NAME_PARTICLES
from .phrases import Phrases, clean_name, make_entity, role_word
from .states import States


@dataclass
class PersonInfo:
    name: str
    code: str | None = None
    role: str | None = None
    sector: str | None = None


class Persons:
    """The persons of one article; "Lavrov" after "Sergey Lavrov" is the same person."""

    def __init__(self, doc: DocView, lexicon: Lexicon, base_iri: str, states: States, phrases: Phrases) -> None:
        self.doc, self.lexicon, self.base_iri, self.states, self.phrases = doc, lexicon, base_iri, states, phrases
        self.persons: dict[str, PersonInfo] = {}  # canonical name -> info
        self.surnames: dict[str, str] = {}  # surname -> canonical name
        self._person_names: dict[int, bool] = {}  # entity start -> is_person_name
        self._index()

    def _index(self) -> None:
        """Learn every person the article names, with the longest form of the name and any role."""
        names = [clean_name(e) for e in self.doc.ents if self.is_person_name(e)]
        names = [n for n in names if n]
        for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
            surname = name.split()[-1]
            canonical = self.surnames.setdefault(surname, name)
            self.persons.setdefault(canonical, PersonInfo(canonical))
        for ent in self.doc.ents:
            if self.is_person_name(ent) and clean_name(ent):
                info = self.persons[self.surnames[clean_name(ent).split()[-1]]]
                self._learn_role(info, ent)
        # What the text does not say, the actor dictionary may: "Mugabe" acts for Zimbabwe.
        for info in self.persons.values():
            known = self.lexicon.person(info.name) or self.lexicon.person(info.name.split()[-1])
            if known is not None:
                info.code = info.code or known.code
                info.sector = info.sector or known.sector
                info.role = info.role or known.role

    def is_person_name(self, ent: SpanView) -> bool:
        """A PERSON entity whose words are proper names, none of them a state or organisation.

        The small model tags "pro-Russia" or "Hague" as persons now and then; a name that is a
        state would otherwise turn every later "Russia" into a person.
        """
        found = self._person_names.get(ent.start)
        if found is None:
            found = self._person_names[ent.start] = self._names_a_person(ent)
        return found

    def _names_a_person(self, ent: SpanView) -> bool:
        name = clean_name(ent)
        words = name.split()
        # The spelling first: it rules out most entities (dates, numbers) before any look-up.
        if not words or not words[-1][:1].isupper() or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
            return False
        if ent.label_ != "PERSON" and not self._titled_org(ent) and self.lexicon.person(name) is None:
            return False
        return not any(self.states.entry(w)[0] or w.lower() in self.lexicon.igos for w in words)

    def _titled_org(self, ent: SpanView) -> bool:
        """An ORG tagged span in apposition with a person's role ("Samantha Power, U.S. ambassador")."""
        if ent.label_ != "ORG" or len(ent) < 2 or not all(t.pos_ == "PROPN" for t in ent):
            return False
        for appos in ent.root.dependents("appos"):
            role = role_word(self.phrases.tokens(appos), self.lexicon)
            if role is not None and role.denotes == "person":
                return True
        return False

    def _learn_role(self, info: PersonInfo, ent: SpanView) -> None:
        """Titles before a name and appositions around it give a person's role and state."""
        head = ent.root
        contexts = [[t for left in head.lefts for t in left.subtree if t.i < ent.start]]
        contexts += [list(self.phrases.tokens(c)) for c in head.dependents("appos")]
        if head.dep_ == "appos":
            contexts.append(list(self.phrases.tokens(head.head)))
        for tokens in contexts:
            role, sector, code = self._role_of(tokens)
            if role and not info.role:
                info.role, info.sector = role, sector
            if code and not info.code:
                info.code = code

    def _role_of(self, tokens: list[TokenView]) -> tuple[str | None, str | None, str | None]:
        code = next((c for c in (self.states.code_of(t) for t in tokens) if c), None)
        words = [t for t in tokens if t.dep_ not in ("det", "case", "punct", "poss")
                 and not self.states.code_of(t) and t.ent_type_ != "PERSON"]
        found = role_word(words, self.lexicon)
        if found is None:
            return None, None, code
        role = " ".join(t.text for t in words if t.is_alpha or t.text in ("-", ".")).strip()
        return role or None, found.sector, code

    def canonical(self, surname: str) -> str | None:
        """The full name of the person the article calls by this surname."""
        return self.surnames.get(normalise_name(surname))

    def person(self, text: str, canonical: str) -> Entity:
        info = self.persons.get(canonical) or PersonInfo(canonical)
        return make_entity(self.base_iri, text, canonical, "Person", canonical,
                           code=info.code, sector=info.sector, role=info.role)
