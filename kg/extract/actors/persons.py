"""Persons: every person an article names, each under the fullest form of their name, with the
role and state the text (titles, appositions), the lexicon or the actor directory gives them on
the article's date.

Two full names are two persons unless one is the other's given name and surname ("Vladimir
Putin", "Vladimir V. Putin"): namesakes with other given names or initials stay apart. A surname
alone is the person last named in full before it in the article (or the only one the article
names with it); failing that, the one person the directory knows with that title or surname
holding an office on that date; failing that, a person of its own, named by the surname.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ...dictionaries import actor_directory
from ...dictionaries.files import normalise
from ...lexicon import Lexicon
from ...text import normalise_name, unaccented
from ...types import Entity
from ..tokens import DocView, SpanView, TokenView
from ..vocabulary import STATIONED_NOUNS, STATIONED_PREPS, HOME_SECTORS, LESSER_TITLE_WORDS, MEDIUM_VERBS, NAME_PARTICLES
from .phrases import Phrases, clean_name, make_entity, names_a_body, role_word
from .states import States

# How many words before a surname may make its title ("Foreign Minister Lavrov").
TITLE_WORDS = 3
# Entity labels that, in a title, name whose office it is ("NATO Secretary-General", "Yugoslav President").
TITLE_NAME_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC"})


@dataclass
class PersonInfo:
    name: str
    code: str | None = None
    role: str | None = None
    sector: str | None = None
    # whether the words of their title or apposition name a body or place ("an OAS Secretary-General",
    # "Yugoslav President"): their office is that one's, though kg may know no state of it
    named_with: bool = False
    first: int = -1  # the token their first mention starts at


def surname_of(name: str) -> str:
    words = name.split()
    if not words:  # a name of invisible characters only (kg.text.normalise_name leaves nothing)
        return ""
    surname = words[-1]
    return surname[3:] if surname.lower().startswith(("al-", "el-")) and len(surname) > 3 else surname


def _short_form(name: str) -> str:
    """Given name and surname of a longer name."""
    words = name.split()
    return f"{words[0]} {words[-1]}"


class Persons:
    """The persons of one article."""

    def __init__(self, doc: DocView, lexicon: Lexicon, base_iri: str, states: States, phrases: Phrases,
                 date: str | None = None) -> None:
        self.doc, self.lexicon, self.base_iri, self.states, self.phrases = doc, lexicon, base_iri, states, phrases
        self.day = _day(date)
        self.persons: dict[str, PersonInfo] = {}  # canonical name -> info
        self._full: dict[str, str] = {}  # full name as written -> canonical name
        self._named_at: dict[str, list[tuple[int, str]]] = {}  # surname -> (token, canonical) in order
        self._given_at: dict[str, list[tuple[int, str]]] = {}  # first word of a full name -> the same
        self._alone: dict[int, str] = {}  # start of a surname-alone mention -> canonical name
        self._person_names: dict[int, bool] = {}  # entity start -> is_person_name
        self._mentions: list[tuple[int, str]] = []  # (token, canonical name) of every mention, in order
        self._index()

    def _index(self) -> None:
        """Learn every person the article names, under their fullest name, and their roles."""
        mentions = [(e, clean_name(e)) for e in self.doc.ents if self.is_person_name(e)]
        mentions = [(e, n) for e, n in mentions if n]
        full = sorted({n for _, n in mentions if len(n.split()) > 1}, key=lambda n: (-len(n.split()), n))
        for name in full:
            longer = [c for c in set(self._full.values()) if len(c.split()) > 2 and _short_form(c) == name]
            canonical = self._full[name] = longer[0] if len(longer) == 1 else name
            self.persons.setdefault(canonical, PersonInfo(canonical))
        for ent, name in mentions:
            if name in self._full:
                self._named_at.setdefault(surname_of(name), []).append((ent.start, self._full[name]))
                self._given_at.setdefault(name.split()[0], []).append((ent.start, self._full[name]))
        for ent, name in mentions:
            if name not in self._full:
                canonical = self._alone[ent.start] = self._surname_alone(ent, name)
                self.persons.setdefault(canonical, PersonInfo(canonical))
        for ent, name in mentions:
            info = self.persons[self._full.get(name) or self._alone[ent.start]]
            self._mentions.append((ent.start, info.name))
            info.first = ent.start if info.first < 0 else info.first
            self._learn_role(info, ent)
            if info.code is None and name not in self._full and " " not in info.name:
                info.code = self._titled_state(ent, name)
        # What the text does not say, the lexicon or the actor directory may: "Mugabe" acts for Zimbabwe.
        for info in self.persons.values():
            names = dict.fromkeys((info.name, unaccented(info.name)))
            known = None
            for spelling in names:
                known = self.lexicon.person(spelling, self.day)
                if known is not None:
                    break
            known = known or self.lexicon.person(surname_of(info.name), self.day)
            if known is not None:
                info.code = info.code or known.code
                info.sector = info.sector or known.sector
                info.role = info.role or known.role
            if info.code is None and " " in info.name:
                found = self.lexicon.remembered("persons by name", (info.name, self.day), self._directory_role,
                                                tuple(names))
                if found is not None:
                    info.code, sector = found
                    info.sector = info.sector or sector

    def _directory_role(self, names: tuple[str, ...]) -> tuple[str | None, str | None] | None:
        """The state and sector of the one person the directory knows by these names on the date."""
        found = {(a.alpha3, a.sector) for n in names for a in actor_directory().lookup(n, self.day)
                 if a.kind == "Person"}
        return found.pop() if len(found) == 1 else None

    def _surname_alone(self, ent: SpanView, surname: str) -> str:
        earlier = self.named_before(surname, ent.start)
        if earlier is not None:
            return earlier
        title = self._title_before(ent)
        # It depends on the lexicon, the directory and the date only: remembered across articles.
        return self.lexicon.remembered("persons by surname", (surname, title, self.day),
                                       self._known_by_surname, surname, title)

    def _known_by_surname(self, surname: str, title: str | None) -> str:
        known = self.lexicon.person(surname, self.day)
        if known is not None:
            return known.name
        directory = actor_directory()
        if title:
            found = {a.label for a in directory.lookup(f"{title} {surname}", self.day) if a.kind == "Person"}
        else:
            found = {a.label for a in directory.surname_candidates(surname, self.day)}
        return found.pop() if len(found) == 1 else surname

    def _titled_state(self, ent: SpanView, surname: str) -> str | None:
        """The state of a titled surname the directory leaves ambiguous between persons of one
        state ("President Bush" with no date)."""
        title = self._title_before(ent)
        if title is None:
            return None
        return self.lexicon.remembered("states by title", (title, surname, self.day),
                                       actor_directory().titled_state, title, surname, self.day)

    def _title_before(self, ent: SpanView) -> str | None:
        """The office words right before a name ("President", "Foreign Minister")."""
        directory = actor_directory()
        if not ent.start or directory.agent_sector(self.doc[ent.start - 1].lower_) is None:
            return None
        words = [t.text for t in self.doc.tokens[max(0, ent.start - TITLE_WORDS):ent.start]]
        for k in range(len(words), 0, -1):
            if not all(w.isalpha() for w in words[-k:]):
                continue
            title = " ".join(words[-k:])
            if directory.split_title(f"{title} x")[0] == title.lower():
                return title
        return None

    def named_before(self, surname: str, at: int) -> str | None:
        """The person last named in full with this surname before token `at`, or the only one
        the article names in full with it; else with it as the first word of their name, by which
        wires name those whose family name comes first or who have none ("Wang" for Wang Yi,
        "Abiy" for Abiy Ahmed), unless the word names a state or place ("Israel" for Israel Katz)."""
        named = self._named_at.get(surname_of(surname))
        if not named and surname in self._given_at and not self.states.entry(surname)[0] \
                and not self.states.place_state(surname):
            named = self._given_at[surname]
        if not named:
            return None
        k = bisect_left(named, (at,))
        if k:
            return named[k - 1][1]
        return named[0][1] if len({c for _, c in named}) == 1 else None

    def two_before(self, at: int, office: str | None = None, besides: tuple[str | None, ...] = ()) -> list[str]:
        """The two persons the article named last before token `at` with a state or a role (with
        this office in their role, if given), none of `besides`, the earlier first; [] where it
        named fewer."""
        found: list[str] = []
        for start, canonical in reversed(self._mentions):
            info = self.persons[canonical]
            known = (info.code or info.role) if office is None else office in (info.role or "").lower()
            if start < at and known and canonical not in found and canonical not in besides:
                found.append(canonical)
                if len(found) == 2:
                    return found[::-1]
        return []

    def holder_before(self, office: str, at: int) -> str | None:
        """The person last named before token `at` with this office as their title ("President
        X …; the president said"), or None."""
        office = office.lower()
        # a one-word office is any title it heads ("Defence Minister X …; the minister said"), but not a
        # deputy's or a former holder's
        suffix = None if " " in office else " " + office
        for start, canonical in reversed(self._mentions):
            if start < at:
                role = self.persons[canonical].role
                title = role.lower() if role is not None else ""
                if title == office or (suffix is not None and title.endswith(suffix)
                                       and title.split()[0] not in LESSER_TITLE_WORDS):
                    return canonical
        return None

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
        if ent.label_ == "DATE":
            return False  # a month is no surname ("in May", "from May 1"), though a leader's may be
        name = clean_name(ent)
        # The spelling first: it rules out most entities (dates, numbers, acronyms) before any look-up.
        if not _spelt_as_name(name):
            return False
        known = self.lexicon.person(name, self.day) is not None
        if not known and ent.label_ != "PERSON" and not self._person_tagged_as_body(ent):
            return False  # most entities: places and bodies no one tags or knows as a person
        if names_a_body(name, self.lexicon):
            return False
        if known:
            return True
        words = name.split()
        if len(words) == 1 and _medium(ent):
            return False  # where something was said or posted ("wrote on Twitter"), not who
        if not self._holds_party_word(words):
            # a name the actor directory knows only as a body is none, though tagged as a person ("Al Shabaab")
            return not self.lexicon.remembered("bodies by name", (name, self.day), self._listed_body, name)
        # A word of it names a state ("Ben" is Benin's code): still a person where the directory
        # knows the whole name as one.
        return any(a.kind == "Person" for a in actor_directory().lookup(name, self.day))

    def _holds_party_word(self, words: list[str]) -> bool:
        """Whether a word of a name names a state (by name or code: "Ben" is Benin's) or, in
        capitals, an intergovernmental body ("UN")."""
        for word in words:
            if self.states.entry(word)[0] or (word.isupper() and word.lower() in self.lexicon.igos):
                return True
        return False

    def _listed_body(self, name: str) -> bool:
        """Whether the actor directory lists the name as the own name of a group or organisation,
        and never as a person's. Not of an IGO (the directory files some officials of international
        bodies under the body's kind), nor as another name of a group (its leaders' names are)."""
        key = normalise(name).replace("-", " ")
        found = actor_directory().lookup(name, self.day)
        return not any(a.kind == "Person" for a in found) and any(
            a.kind in ("Group", "Organization") and normalise(a.label).replace("-", " ") == key for a in found)

    def _person_tagged_as_body(self, ent: SpanView) -> bool:
        """An ORG tagged span of two or more proper names that is a person's name, by its role or
        by the actor directory."""
        if ent.label_ != "ORG" or len(ent) < 2 or not all(t.pos_ == "PROPN" for t in ent):
            return False
        return self._titled_org(ent) or self._listed_person_set_off(ent)

    def _listed_person_set_off(self, ent: SpanView) -> bool:
        """A span of proper names set off beside a noun ("the body's commission head, NAME,") that
        the actor directory knows as a person's whole name: the recogniser takes some foreign names
        for bodies."""
        if ent.root.dep_ != "appos":
            return False
        return any(a.kind == "Person" for a in actor_directory().lookup(clean_name(ent), self.day))

    def _titled_org(self, ent: SpanView) -> bool:
        """A span of proper names in apposition with a person's role, after it or before it
        ("Samantha Power, U.S. ambassador"; "the country's acting president, NAME,")."""
        root = ent.root
        described = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" else []
        for appos in [*root.dependents("appos"), *described]:
            role = role_word(self.phrases.tokens(appos), self.lexicon)
            if role is not None and role.denotes == "person":
                return True
        return False

    def _learn_role(self, info: PersonInfo, ent: SpanView) -> None:
        """Titles before a name and appositions beside it give a person's role and state."""
        head = ent.root
        contexts = [_before([t for left in head.lefts for t in left.subtree], ent.start)]
        contexts.extend(map(self.phrases.tokens, head.dependents("appos")))
        if head.dep_ == "appos":
            contexts.append(_before(self.phrases.tokens(head.head), head.i))
        for tokens in filter(None, contexts):  # most names have no title before them
            info.named_with = info.named_with or any(t.ent_type_ in TITLE_NAME_LABELS for t in tokens)
            role, sector, code = self._role_of(tokens)
            if role and not info.role:
                info.role, info.sector = role, sector
            if code and not info.code:
                info.code = code
        if not info.code:
            # the state a name is "of" or "from" ("Foreign Minister X of Spain")
            for prep in head.dependents("prep", words=("of", "from")):
                for state in prep.dependents("pobj"):
                    info.code = self.states.code_of(state)
                    if info.code:
                        return

    def _role_of(self, tokens: list[TokenView]) -> tuple[str | None, str | None, str | None]:
        # the first state the words name (not a place someone is stationed in), and the words of
        # the role: neither a state's nor a person's, nor function words
        code: str | None = None
        words: list[TokenView] = []
        for t in tokens:
            word_code = self.states.code_of(t)
            if word_code:
                if code is None and not _stationed_in(t):
                    code = word_code
            elif t.dep_ not in ("det", "case", "punct", "poss", "cc", "preconj") and t.pos_ != "CCONJ" \
                    and t.ent_type_ != "PERSON":
                words.append(t)
        found = role_word(words, self.lexicon)
        if found is None:
            return None, None, code
        role = " ".join(t.text for t in words if t.is_alpha or t.text in ("-", ".")).strip()
        return role or None, found.sector, code

    def canonical(self, name: str, at: int) -> str | None:
        """The person a name (full, or a surname alone) at token `at` stands for, if a person."""
        name = normalise_name(name)
        if name in self._full:
            return self._full[name]
        if " " in name:
            return None
        return self._alone.get(at) or self.named_before(name, at)

    def adopt_home(self, home_code: str | None, may_stand_for: Callable[[str], bool]) -> None:
        """An official the article names by an office of a state and no state ("Defence Minister
        X" in a report from a capital) holds it in the dateline's state, as the report's unnamed
        officials do; `may_stand_for` tells the offices that may (not an envoy's, not a foreign one).
        Not where the sentence that first names them has named another state before them ("A
        declared martial law, and Prime Minister X …" may be A's)."""
        if home_code is None:
            return
        for info in self.persons.values():
            if info.code is None and info.role and info.sector in HOME_SECTORS and not info.named_with \
                    and info.first >= 0 and may_stand_for(info.role) and not self._other_state_before(info.first, home_code):
                info.code = home_code

    def _other_state_before(self, at: int, home_code: str) -> bool:
        sentence = self.doc[at].sent
        return any(self.states.code_of(t) not in (None, home_code) for t in self.doc.tokens[sentence.start:at])

    def person(self, text: str, canonical: str) -> Entity:
        info = self.persons.get(canonical) or PersonInfo(canonical)
        return make_entity(self.base_iri, text, canonical, "Person", canonical,
                           code=info.code, sector=info.sector, role=info.role)


def _day(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return datetime.date.fromisoformat(date[:10]).isoformat()
    except ValueError:
        return None


def _medium(ent: SpanView) -> bool:
    """Whether a name is what something was said, written or posted on ("said on Twitter")."""
    on = ent.root.head
    return ent.root.dep_ == "pobj" and on.lower_ == "on" and on.head.lemma_ in MEDIUM_VERBS


@lru_cache(maxsize=1 << 14)
def _spelt_as_name(name: str) -> bool:
    """Whether a name is spelt as a person's: each word capitalised or a particle ("bin", "al-Sabah"),
    the last no bare particle, and no acronym, which names a body ("UN", "AU"), never a person's surname.
    It depends on the text alone: remembered across articles, where the same names recur."""
    words = name.split()
    if not words or not (words[-1][:1].isupper() or _particle_name(words[-1])) \
            or not all(w[:1].isupper() or w in NAME_PARTICLES or _particle_name(w) for w in words):
        return False
    return not (len(words) == 1 and len(name) > 1 and name.isupper())


def _particle_name(word: str) -> bool:
    """A particle hyphenated to a capitalised name ("al-Sabah", "el-Sisi", "bin-Salman"): a word of
    a name though it starts in lower case."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in NAME_PARTICLES and rest[:1].isupper()


def _before(tokens: list[TokenView], at: int) -> list[TokenView]:
    """The tokens before token `at`."""
    return [t for t in tokens if t.i < at]


def _stationed_in(token: TokenView) -> bool:
    """Whether a word names where a body is stationed ("the mission in Kosovo"): not whose it is."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in STATIONED_PREPS and prep.head.lemma_.lower() in STATIONED_NOUNS
