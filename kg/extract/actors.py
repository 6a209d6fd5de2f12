"""Resolving noun phrases to canonical entities: states with ISO codes, persons, bodies, places.

One ActorResolver serves one article, so name variants ("Sergey Lavrov", "Lavrov") and pronouns
resolve against what the article has said so far.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Span, Token

from ..iris import entity_iri
from ..lexicon import Lexicon, RoleWord
from ..types import Entity
from .tokens import children, pos

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS | RELATIVE_PRONOUNS
# Prepositions after which a capital city is where something happens, not who acts.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "around",
                            "outside", "inside", "throughout", "within", "towards", "toward"})
# Dependents that end a noun phrase: clauses and lists hanging off its head are not part of it.
NP_CUT_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "preconj", "prep"})
NAME_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"})


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str] | None:
    """pycountry.countries.lookup as one dict: lower-cased key -> alpha-3 (None if pycountry's
    internals are not as expected; lookup() is then used as it is).

    lookup() tries its indices in order, then scans every record's other fields, which costs
    tens of microseconds for every phrase that is not a country, the common case here.
    """
    countries = pycountry.countries
    try:
        countries._load()
        keys: dict[str, str] = {}
        for index in countries.indices.values():
            for value, record in index.items():
                keys.setdefault(value, record.alpha_3)
        for record in countries:
            for field_name in countries.no_index:
                value = record._fields.get(field_name)
                if value is not None:
                    keys.setdefault(value.lower(), record.alpha_3)
    except (AttributeError, TypeError):
        return None
    return keys


def iso_alpha3(name: str) -> str | None:
    """pycountry's ISO 3166-1 record for a country name, official name or code."""
    keys = _country_keys()
    if keys is not None:
        return keys.get(name.lower())
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=512)
def _iso_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@dataclass
class PersonInfo:
    name: str
    code: str | None = None
    role: str | None = None
    sector: str | None = None


@dataclass
class ActorResolver:
    doc: Doc
    lexicon: Lexicon
    base_iri: str
    persons: dict[str, PersonInfo] = field(default_factory=dict)  # canonical name -> info
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> canonical name
    # Actors mentioned so far, newest last, with whether each was a clause's subject.
    recent: list[tuple[Entity, bool]] = field(default_factory=list)
    # Token index -> the entity span it belongs to, built once rather than scanned per token.
    ents: dict[int, Span] = field(default_factory=dict, repr=False)
    nps: dict[int, list[Token]] = field(default_factory=dict, repr=False)
    np_texts: dict[int, str] = field(default_factory=dict, repr=False)
    names: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)
    person_names: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False)
    text: str | None = None  # doc.text, which spaCy rebuilds from the tokens at every access

    def span_text(self, start: int, end: int) -> str:
        """doc[start:end].text, sliced from the text rather than joined from tokens."""
        if start >= end:
            return ""
        last = self.doc[end - 1]
        return self.text[self.doc[start].idx:last.idx + len(last)]

    def __post_init__(self) -> None:
        if self.text is None:
            self.text = self.doc.text
        for ent in self.doc.ents:
            for i in range(ent.start, ent.end):
                self.ents.setdefault(i, ent)
        self._index_persons()

    def _entity_span(self, token: Token) -> Span | None:
        return self.ents.get(token.i)

    def _clean_name(self, ent: Span) -> str:
        """`_clean_name`, once per entity: names are asked about in every clause."""
        key = (ent.start, ent.end)
        found = self.names.get(key)
        if found is None:
            found = self.names[key] = _clean_name(ent)
        return found

    def _np_tokens(self, head: Token) -> list[Token]:
        """`_np_tokens`, once per head: a subject is resolved in every clause it has."""
        found = self.nps.get(head.i)
        if found is None:
            found = self.nps[head.i] = _np_tokens(head)
        return found

    def _np_text(self, head: Token) -> str:
        found = self.np_texts.get(head.i)
        if found is None:
            start, end = np_span(head, self._np_tokens(head))
            found = self.np_texts[head.i] = " ".join(self.span_text(start, end + 1).split())
        return found

    # --- persons ---------------------------------------------------------------------------

    def _index_persons(self) -> None:
        """Learn every person the article names, with the longest form of the name and any role."""
        people = [(ent, self._clean_name(ent)) for ent in self.doc.ents if self._is_person_name(ent)]
        people = [(ent, name) for ent, name in people if name]
        for name in sorted({name for _, name in people}, key=lambda n: (-len(n.split()), n)):
            surname = name.split()[-1]
            canonical = self.surnames.setdefault(surname, name)
            self.persons.setdefault(canonical, PersonInfo(canonical))
        for ent, name in people:
            info = self.persons[self.surnames[name.split()[-1]]]
            self._learn_role(info, ent)

    def _is_person_name(self, ent: Span) -> bool:
        key = (ent.start, ent.end)
        found = self.person_names.get(key)
        if found is None:
            found = self.person_names[key] = self._person_name(ent)
        return found

    def _person_name(self, ent: Span) -> bool:
        """A PERSON entity whose words are proper names, none of them a state or organisation.

        The small model tags "pro-Russia" or "Hague" as persons now and then; a name that is a
        state would otherwise turn every later "Russia" into a person.
        """
        if ent.label_ != "PERSON" and not self._titled_org(ent):
            return False
        words = self._clean_name(ent).split()
        return bool(words) and all(
            w[:1].isupper() and not self._state_entry(w)[0] and w.lower() not in self.lexicon.igos
            for w in words
        )

    def _titled_org(self, ent: Span) -> bool:
        """An ORG tagged span in apposition with a person's role ("Samantha Power, U.S. ambassador")."""
        if ent.label_ != "ORG" or len(ent) < 2 or not all(pos(t) == "PROPN" for t in ent):
            return False
        for appos in (c for c in children(ent.root) if c.dep_ == "appos"):
            role = self._role_word(self._np_tokens(appos))
            if role is not None and role.denotes == "person":
                return True
        return False

    def _learn_role(self, info: PersonInfo, ent: Span) -> None:
        """Titles before a name and appositions around it give a person's role and state."""
        head = ent.root
        contexts = [[t for left in head.lefts for t in left.subtree if t.i < ent.start]]
        contexts += [list(self._np_tokens(c)) for c in children(head) if c.dep_ == "appos"]
        if head.dep_ == "appos":
            contexts.append(list(self._np_tokens(head.head)))
        for tokens in contexts:
            role, sector, code = self._role_of(tokens)
            if role and not info.role:
                info.role, info.sector = role, sector
            if code and not info.code:
                info.code = code

    def _role_of(self, tokens: list[Token]) -> tuple[str | None, str | None, str | None]:
        code = next((c for c in (self._state_code_of(t) for t in tokens) if c), None)
        words = [t for t in tokens if t.dep_ not in ("det", "case", "punct", "poss")
                 and not self._state_code_of(t) and t.ent_type_ != "PERSON"]
        role_word = self._role_word(words)
        if role_word is None:
            return None, None, code
        role = " ".join(t.text for t in words if t.is_alpha or t.text in ("-", ".")).strip()
        return role or None, role_word.sector, code

    def _role_word(self, tokens: list[Token]) -> RoleWord | None:
        """The longest run of tokens that names a role ("prime minister" before "minister")."""
        words = [t.text.lower() for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        sectors = self.lexicon.sectors
        firsts = self.lexicon.memo.get("sector_first_words")
        if firsts is None:
            firsts = self.lexicon.memo["sector_first_words"] = frozenset(k.split(" ")[0] for k in sectors)
        for size in (3, 2, 1):
            for i in range(len(words) - size, -1, -1):
                for seq in (words, lemmas):
                    if seq[i] not in firsts and " " not in seq[i]:
                        continue  # no role starts with this word: skip the join and lookup
                    found = sectors.get(" ".join(seq[i:i + size]))
                    if found:
                        return found
        return None

    # --- states ----------------------------------------------------------------------------

    def _state_entry(self, text: str):
        # Memoised per lexicon: the same phrases come back in every article.
        cache = self.lexicon.memo.setdefault("state_entry", {})
        found = cache.get(text)
        if found is None:
            if len(cache) > 100_000:  # bounded: memory must not grow with the corpus
                cache.clear()
            found = cache[text] = self._lookup_state(text)
        return found

    def _lookup_state(self, text: str) -> tuple[str | None, str | None]:
        text = _strip_article(text)
        entry = self.lexicon.states.get(text.lower())
        if entry:
            return entry.code, entry.type
        code = iso_alpha3(text) if len(text) > 3 or text.isupper() else None
        return (code, "name") if code else (None, None)

    def _state_code_of(self, token: Token) -> str | None:
        """The state a modifier token names or stands for ("Russian", "U.S.", "Moscow's")."""
        if token.ent_type_ not in ("GPE", "NORP", "ORG", "LOC", "FAC", "") or token.is_stop:
            return None
        ent = self._entity_span(token)
        for text in ((self.span_text(ent.start, ent.end),) if ent is not None else ()) + (token.text,):
            code, _ = self._state_entry(_strip_possessive(text))
            if code:
                return code
        return None

    # --- the main entry point --------------------------------------------------------------

    def resolve(self, head: Token, *, acting: bool = True, speaker: Entity | None = None,
                subject: bool = False) -> Entity:
        """The entity a noun phrase headed by `head` refers to.

        `acting` is False where the phrase is the object of a locative preposition, so a capital
        there is a place ("in London"), not its government.
        """
        entity = self._resolve(head, acting, speaker)
        if entity.kind in ("State", "Person", "Organization", "IGO", "Group") and pos(head) != "PRON":
            self.recent.append((entity, subject))
            del self.recent[:-30]
        return entity

    def _resolve(self, head: Token, acting: bool, speaker: Entity | None) -> Entity:
        text = head.text
        lower = text.lower()
        if pos(head) == "PRON" or lower in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            return self._pronoun(head, speaker)
        ent = self._entity_span(head)
        if ent is not None and ent.label_ in NAME_LABELS:
            named = self._named(head, ent, acting)
            if named is not None:
                return named
        if pos(head) == "PROPN" and text in self.surnames and not self._state_entry(text)[0]:
            return self._person(self._np_text(head), self.surnames[text])
        for appos in (c for c in children(head) if c.dep_ == "appos"):
            appos_ent = self._entity_span(appos)
            if appos_ent is not None and appos_ent.label_ == "PERSON" and self._clean_name(appos_ent):
                # Only a name that passed as a person's is known ("Simon" tagged PERSON may not be).
                canonical = self.surnames.get(self._clean_name(appos_ent).split()[-1])
                if canonical is not None:
                    return self._person(self._np_text(head), canonical)
        return self._common_noun(head, acting)

    def _pronoun(self, head: Token, speaker: Entity | None) -> Entity:
        lower = head.text.lower()
        wanted: tuple[str, ...] = ()
        if lower in PERSON_PRONOUNS:
            wanted = ("Person",)
        elif lower in THING_PRONOUNS:
            wanted = ("State", "IGO", "Organization")
        elif lower in PLURAL_PRONOUNS:
            wanted = ("Group", "State", "Organization")
        elif lower in SPEAKER_PRONOUNS and speaker is not None:
            # "We" in a quotation is the speaker's side: the state a person speaks for.
            if lower in ("we", "us", "our") and speaker.kind == "Person" and speaker.code:
                return self._state(head.text, speaker.code)
            return _with_text(speaker, head.text)
        # Subjects are the likelier antecedents: "It has voiced support" after "China has an
        # aversion to … Tibet, Taiwan" is China. Look among the last few subjects first.
        candidates = [e for e, _ in self.recent if e.kind in wanted]
        subjects = [e for e, was_subject in self.recent[-8:] if was_subject and e.kind in wanted]
        if subjects or candidates:
            return _with_text((subjects or candidates)[-1], head.text)
        return self._concept(head.text, head.text.lower())

    def _named(self, head: Token, ent: Span, acting: bool) -> Entity | None:
        text = _strip_possessive(self.span_text(ent.start, ent.end))
        name = self._clean_name(ent)
        if name and name.split()[-1] in self.surnames and (
            self._is_person_name(ent) or head.text in self.surnames
        ):
            return self._person(self._np_text(head), self.surnames[name.split()[-1]])
        igo = self.lexicon.igos.get(_strip_article(text).lower())
        if igo:
            return self._make(self._np_text(head), igo, "IGO", igo)
        code, entry_type = self._state_entry(text)
        if code:
            if entry_type in ("capital",) and not acting:
                return self._make(self._np_text(head), _strip_article(text), "Place", _strip_article(text), code=code)
            if entry_type == "demonym" and head.tag_ in ("NNPS", "NNS") or text.endswith("s") and entry_type == "demonym":
                return self._make(self._np_text(head), text, "Group", text, code=code)
            if entry_type == "demonym" and head.dep_ in ("amod", "compound"):
                return None
            return self._state(self._np_text(head), code)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            return self._make(self._np_text(head), _strip_article(text), "Place", _strip_article(text))
        if ent.label_ == "ORG":
            role = self._role_word([head])
            code = self._modifier_code(head)
            label = _strip_article(text)
            return self._make(self._np_text(head), label, "Organization", label, code=code,
                              sector=role.sector if role else None)
        return None

    def _common_noun(self, head: Token, acting: bool) -> Entity:
        np_text = self._np_text(head)
        seat = self._seat_in(head)
        if seat:
            return self._state(np_text, seat)
        tokens = [t for t in self._np_tokens(head) if t.i <= head.i]
        role = self._role_word(tokens)
        code = self._modifier_code(head)
        label = _strip_article(np_text)
        if role is not None and (code or acting):
            kind = "Organization" if role.denotes == "body" else "Group"
            return self._make(np_text, label, kind, label, code=code, sector=role.sector)
        return self._concept(np_text, label)

    def _seat_in(self, head: Token) -> str | None:
        """A seat of government named by the phrase ("the White House", "the Kremlin")."""
        words = [t.text for t in self._np_tokens(head) if t.i <= head.i and t.dep_ != "det"]
        seats = self.lexicon.memo.get("seats")
        if seats is None:
            seats = {key: entry.code for key, entry in self.lexicon.states.items() if entry.type == "seat"}
            self.lexicon.memo["seats"] = seats
            self.lexicon.memo["seat_last_words"] = {key.rsplit(" ", 1)[-1] for key in seats}
        if not words or words[-1].lower().rsplit(" ", 1)[-1] not in self.lexicon.memo["seat_last_words"]:
            return None  # every seat's name ends in one of a few words: most phrases end elsewhere
        for start in range(len(words)):
            code = seats.get(_strip_article(" ".join(words[start:])).lower())
            if code:
                return code
        return None

    def _modifier_code(self, head: Token) -> str | None:
        for child in children(head):
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
                for token in child.subtree:
                    code = self._state_code_of(token)
                    if code:
                        return code
        for prep in (c for c in children(head) if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in children(prep) if c.dep_ == "pobj"):
                code = self._state_code_of(obj)
                if code:
                    return code
        return None

    # --- constructors ----------------------------------------------------------------------

    def _person(self, text: str, canonical: str) -> Entity:
        info = self.persons.get(canonical) or PersonInfo(canonical)
        return Entity(text=text, label=canonical, kind="Person",
                      id=entity_iri(self.base_iri, "Person", canonical),
                      code=info.code, sector=info.sector, role=info.role)

    def state(self, code: str) -> Entity:
        """The state with this ISO code, as an entity named by its label."""
        entity = self._state("", code)
        return _with_text(entity, entity.label)

    def _state(self, text: str, code: str) -> Entity:
        label = self.lexicon.state_labels.get(code) or _iso_name(code)
        return Entity(text=text, label=label, kind="State",
                      id=entity_iri(self.base_iri, "State", code), code=code, sector="GOV")

    def _make(self, text: str, label: str, kind: str, key: str, *, code: str | None = None,
              sector: str | None = None) -> Entity:
        return Entity(text=text, label=label, kind=kind, id=entity_iri(self.base_iri, kind, key),
                      code=code, sector=sector)

    def _concept(self, text: str, label: str) -> Entity:
        label = label or text
        return Entity(text=text, label=label, kind="Concept",
                      id=entity_iri(self.base_iri, "Concept", label))


def _with_text(entity: Entity, text: str) -> Entity:
    return Entity(text=text, label=entity.label, kind=entity.kind, id=entity.id,
                  code=entity.code, sector=entity.sector, role=entity.role)


def _np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without clauses, lists or appositions."""
    keep = [head]
    stack = [c for c in children(head) if c.dep_ not in NP_CUT_DEPS]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in children(token) if c.dep_ not in ("relcl", "appos", "punct", "advcl"))
    keep.sort(key=lambda t: t.i)
    return keep


def np_span(head: Token, tokens: list[Token] | None = None) -> tuple[int, int]:
    """First and last token index of the noun phrase headed by `head` (contiguous)."""
    tokens = _np_tokens(head) if tokens is None else tokens
    start, end = tokens[0].i, tokens[-1].i
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "preconj"):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return start, end


def _strip_article(text: str) -> str:
    for article in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(article):
            return text[len(article):]
    return text


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def _clean_name(ent: Span) -> str:
    words = [t.text for t in ent if t.is_alpha or "-" in t.text or "." in t.text]
    return _strip_possessive(" ".join(words)).strip()
