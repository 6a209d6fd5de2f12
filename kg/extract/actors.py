"""Resolving noun phrases to canonical entities: states with ISO codes, persons, bodies, places.

One ActorResolver serves one article, so name variants ("Sergey Lavrov", "Lavrov") and pronouns
resolve against what the article has said so far.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from ..iris import entity_iri
from ..lexicon import Lexicon, RoleWord
from ..types import Entity
from .tokens import BY_POSITION, DocView, SpanView, TokenView, phrase_text

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS | RELATIVE_PRONOUNS
ANAPHORS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
# Prepositions after which a capital city is where something happens, not who acts.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "around",
                            "outside", "inside", "throughout", "within", "towards", "toward"})
# Dependents that end a noun phrase: clauses and lists hanging off its head are not part of it.
NP_CUT_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "preconj", "prep"})
NAME_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@lru_cache(maxsize=4096)
def iso_alpha3(name: str) -> str | None:
    """pycountry's ISO 3166-1 record for a country name, official name or code."""
    if name.lower() not in _country_keys():
        return None  # most noun phrases name no country: pycountry's lookup would scan them all
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Every value pycountry's lookup matches a country by, lower-cased as it compares them."""
    fields = ("alpha_2", "alpha_3", "numeric", "flag", "name", "official_name", "common_name")
    return frozenset(value.lower() for country in pycountry.countries for name in fields
                     if isinstance(value := getattr(country, name, None), str))


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
    doc: DocView
    lexicon: Lexicon
    base_iri: str
    persons: dict[str, PersonInfo] = field(default_factory=dict)  # canonical name -> info
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> canonical name
    # Actors mentioned so far, newest last, with whether each was a clause's subject.
    recent: list[tuple[Entity, bool]] = field(default_factory=list)
    # What a phrase refers to, where that does not hang on what came before it (no pronoun).
    _resolved: dict[tuple[int, bool, bool], Entity] = field(default_factory=dict)
    _person_names: dict[int, bool] = field(default_factory=dict)  # entity start -> _is_person_name
    _phrases: dict[int, list[TokenView]] = field(default_factory=dict)  # head -> its noun phrase
    _token_states: dict[int, str | None] = field(default_factory=dict)  # token -> _state_code_of

    def _np_tokens(self, head: TokenView) -> list[TokenView]:
        found = self._phrases.get(head.i)
        if found is None:
            found = self._phrases[head.i] = _np_tokens(head)
        return found

    def _np_text(self, head: TokenView) -> str:
        return _np_text(head, self._np_tokens(head))

    def __post_init__(self) -> None:
        self._index_persons()

    # --- persons ---------------------------------------------------------------------------

    def _index_persons(self) -> None:
        """Learn every person the article names, with the longest form of the name and any role."""
        names = [_clean_name(e) for e in self.doc.ents if self._is_person_name(e)]
        names = [n for n in names if n]
        for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
            surname = name.split()[-1]
            canonical = self.surnames.setdefault(surname, name)
            self.persons.setdefault(canonical, PersonInfo(canonical))
        for ent in self.doc.ents:
            if self._is_person_name(ent) and _clean_name(ent):
                info = self.persons[self.surnames[_clean_name(ent).split()[-1]]]
                self._learn_role(info, ent)
        # What the text does not say, the actor dictionary may: "Mugabe" acts for Zimbabwe.
        for info in self.persons.values():
            known = self.lexicon.person(info.name) or self.lexicon.person(info.name.split()[-1])
            if known is not None:
                info.code = info.code or known.code
                info.sector = info.sector or known.sector
                info.role = info.role or known.role

    def _is_person_name(self, ent: SpanView) -> bool:
        """A PERSON entity whose words are proper names, none of them a state or organisation.

        The small model tags "pro-Russia" or "Hague" as persons now and then; a name that is a
        state would otherwise turn every later "Russia" into a person.
        """
        found = self._person_names.get(ent.start)
        if found is None:
            found = self._person_names[ent.start] = self._names_a_person(ent)
        return found

    def _names_a_person(self, ent: SpanView) -> bool:
        name = _clean_name(ent)
        words = name.split()
        # The spelling first: it rules out most entities (dates, numbers) before any look-up.
        if not words or not words[-1][:1].isupper() or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
            return False
        if ent.label_ != "PERSON" and not self._titled_org(ent) and self.lexicon.person(name) is None:
            return False
        return not any(self._state_entry(w)[0] or w.lower() in self.lexicon.igos for w in words)

    def _titled_org(self, ent: SpanView) -> bool:
        """An ORG tagged span in apposition with a person's role ("Samantha Power, U.S. ambassador")."""
        if ent.label_ != "ORG" or len(ent) < 2 or not all(t.pos_ == "PROPN" for t in ent):
            return False
        for appos in (c for c in ent.root.children if c.dep_ == "appos"):
            role = self._role_word(self._np_tokens(appos))
            if role is not None and role.denotes == "person":
                return True
        return False

    def _learn_role(self, info: PersonInfo, ent: SpanView) -> None:
        """Titles before a name and appositions around it give a person's role and state."""
        head = ent.root
        contexts = [[t for left in head.lefts for t in left.subtree if t.i < ent.start]]
        contexts += [list(self._np_tokens(c)) for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            contexts.append(list(self._np_tokens(head.head)))
        for tokens in contexts:
            role, sector, code = self._role_of(tokens)
            if role and not info.role:
                info.role, info.sector = role, sector
            if code and not info.code:
                info.code = code

    def _role_of(self, tokens: list[TokenView]) -> tuple[str | None, str | None, str | None]:
        code = next((c for c in (self._state_code_of(t) for t in tokens) if c), None)
        words = [t for t in tokens if t.dep_ not in ("det", "case", "punct", "poss")
                 and not self._state_code_of(t) and t.ent_type_ != "PERSON"]
        role_word = self._role_word(words)
        if role_word is None:
            return None, None, code
        role = " ".join(t.text for t in words if t.is_alpha or t.text in ("-", ".")).strip()
        return role or None, role_word.sector, code

    def _role_word(self, tokens: list[TokenView]) -> RoleWord | None:
        """The longest run of tokens that names a role ("prime minister" before "minister").

        The run must end on a noun: "official contact" and "military offensive" are no roles.
        """
        words = [t.lower_ for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        if not any(t.pos_ in ("NOUN", "PROPN") and not (_ends_no_role(words[k], self.lexicon)
                                                       and _ends_no_role(lemmas[k], self.lexicon))
                   for k, t in enumerate(tokens)):
            return None  # no noun here ends a role's name: the search below would find nothing
        for size in (3, 2, 1):
            for i in range(len(words) - size, -1, -1):
                if tokens[i + size - 1].pos_ not in ("NOUN", "PROPN"):
                    continue
                for seq in (words, lemmas):
                    found = self.lexicon.sectors.get(" ".join(seq[i:i + size]))
                    if found:
                        return found
        return None

    # --- states ----------------------------------------------------------------------------

    def _state_entry(self, text: str):
        # What a string names as a state depends on the lexicon only: remembered across articles.
        return self.lexicon.remembered("state entries", text, self._look_up_state, text)

    def _look_up_state(self, text: str):
        text = _strip_article(text)
        entry = self.lexicon.states.get(text.lower())
        if entry:
            return entry.code, entry.type
        # pycountry also knows two-letter codes: "EC" would be Ecuador. Names, or alpha-3 as written.
        if len(text) > 3:
            code = iso_alpha3(text)
        elif len(text) == 3 and text.isupper() and text.isalpha():
            code = text if iso_alpha3(text) == text else None
        else:
            code = None
        return (code, "name") if code else (None, None)

    def _state_code_of(self, token: TokenView) -> str | None:
        """The state a modifier token names or stands for ("Russian", "U.S.", "Moscow's")."""
        if token.i in self._token_states:
            return self._token_states[token.i]
        found = self._token_states[token.i] = self._state_code_of_token(token)
        return found

    def _state_code_of_token(self, token: TokenView) -> str | None:
        if token.ent_type_ in NUMERIC_LABELS:
            return None
        if token.is_stop and not token.is_upper:  # "us" is a stop word, "US" a state
            return None
        # The small model tags a lone demonym as a person now and then ("Ugandan opposition
        # candidates"); the word itself is still looked up.
        ent = _entity_span(token) if token.ent_type_ != "PERSON" else None
        for text in ((ent.text,) if ent is not None else ()) + (token.text,):
            code, _ = self._state_entry(_strip_possessive(text))
            org = self.lexicon.organizations.get(_strip_article(_strip_possessive(text)).lower())
            if code or (org is not None and org.code):
                return code or org.code
        return None

    # --- the main entry point --------------------------------------------------------------

    def resolve(self, head: TokenView, *, acting: bool = True, speaker: Entity | None = None,
                subject: bool = False) -> Entity:
        """The entity a noun phrase headed by `head` refers to.

        `acting` is False where the phrase is the object of a locative preposition, so a capital
        there is a place ("in London"), not its government.
        """
        entity = self._resolve(head, acting, speaker, subject)
        if entity.kind in ("State", "Person", "Organization", "IGO", "Group") and head.pos_ != "PRON":
            self.recent.append((entity, subject))
            del self.recent[:-30]
        return entity

    def peek(self, head: TokenView, *, acting: bool = True) -> Entity:
        """What a phrase refers to, without counting it as a mention for later pronouns."""
        return self._resolve(head, acting, None)

    def _resolve(self, head: TokenView, acting: bool, speaker: Entity | None, subject: bool = False) -> Entity:
        if not _refers_back(head):
            key = (head.i, acting, subject)
            found = self._resolved.get(key)
            if found is None:
                found = self._resolved[key] = self._resolve_phrase(head, acting, speaker, subject)
            return found
        return self._resolve_phrase(head, acting, speaker, subject)

    def _resolve_phrase(self, head: TokenView, acting: bool, speaker: Entity | None, subject: bool) -> Entity:
        text = head.text
        member = _partitive_member(head)
        if member is not None:
            # "thousands of Nigerians", "a group of Moroccan diplomats": the members are who acts
            entity = self._resolve(member, acting, speaker, subject)
            return _with_text(entity, self._np_text(head)) if entity.kind != "Concept" else self._concept(
                self._np_text(head), _strip_article(self._np_text(head)), code=entity.code)
        if _is_pronoun(head):
            return self._pronoun(head, speaker)
        ent = _entity_span(head)
        if ent is not None and ent.label_ in NAME_LABELS:
            named = self._named(head, ent, acting)
            if named is not None:
                return named
        if head.pos_ == "PROPN" and text in self.surnames and not self._state_entry(text)[0]:
            return self._person(self._np_text(head), self.surnames[text])
        for appos in (c for c in head.children if c.dep_ == "appos"):
            appos_ent = _entity_span(appos)
            if appos_ent is not None and self._is_person_name(appos_ent) and _clean_name(appos_ent):
                name = _clean_name(appos_ent)
                return self._person(self._np_text(head), self.surnames.get(name.split()[-1], name))
        return self._common_noun(head, acting, subject)

    def _pronoun(self, head: TokenView, speaker: Entity | None) -> Entity:
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

    def _named(self, head: TokenView, ent: SpanView, acting: bool) -> Entity | None:
        text = _strip_possessive(ent.text)
        name = _clean_name(ent)
        if name and name.split()[-1] in self.surnames and (
            self._is_person_name(ent) or head.text in self.surnames
        ):
            return self._person(self._np_text(head), self.surnames[name.split()[-1]])
        org = self.lexicon.organizations.get(text.lower()) or self.lexicon.organizations.get(
            _strip_article(text).lower())
        if org is not None:
            return self._make(self._np_text(head), org.name, "Organization", org.name, code=org.code,
                              sector=org.sector)
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

    def _common_noun(self, head: TokenView, acting: bool, subject: bool = False) -> Entity:
        np_text = self._np_text(head)
        seat = self._seat_in(head)
        if seat:
            return self._state(np_text, seat)
        # The head's own words name its role; a possessor's ("President Reagan's statement") do not.
        owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        tokens = [t for t in self._np_tokens(head) if t.i <= head.i and t.i not in owned]
        role = self._role_word(tokens)
        code = self._modifier_code(head)
        label = _strip_article(np_text)
        igo = None if code else self._igo_modifier(head)
        if igo is not None and (role is not None or (subject and head.tag_ == "NNS")):
            # "UN peacekeepers", "Red Cross officials": the organisation's people act for it
            return self._make(np_text, igo, "IGO", igo)
        if role is not None and (code or acting):
            kind = "Organization" if role.denotes == "body" else "Group"
            return self._make(np_text, label, kind, label, code=code, sector=role.sector)
        if code and subject and head.pos_ in ("NOUN", "PROPN"):
            # A national noun phrase that acts ("Burundian militiamen attacked …") is a group of
            # that state even when its head is no known role word.
            return self._make(np_text, label, "Group", label, code=code)
        # A thing of a state ("an Indian proposal", "Sweden's decision") keeps the state's code.
        return self._concept(np_text, label, code=code)

    def _igo_modifier(self, head: TokenView) -> str | None:
        for child in head.children:
            if child.dep_ in ("compound", "nmod", "amod", "poss") and child.i < head.i:
                ent = _entity_span(child)
                text = ent.text if ent is not None else child.text
                found = self.lexicon.igos.get(_strip_article(_strip_possessive(text)).lower())
                if found:
                    return found
        return None

    def _seat_in(self, head: TokenView) -> str | None:
        """A seat of government named by the phrase ("the White House", "the Kremlin")."""
        if not self.lexicon.may_end_a_seat(head.text.lower()):
            return None
        tokens = [t for t in self._np_tokens(head) if t.i <= head.i and t.dep_ != "det"]
        for start in range(len(tokens)):
            code, entry_type = self._state_entry(" ".join(t.text for t in tokens[start:]))
            if code and entry_type == "seat":
                return code
        return None

    def _modifier_code(self, head: TokenView) -> str | None:
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < head.i:
                for token in child.subtree:
                    code = self._state_code_of(token)
                    if code:
                        return code
        # "rebels in the Ivory Coast", "the government of Sindh", "doctors from Switzerland"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = _entity_span(obj)
                if ent is not None and ent.label_ in ("GPE", "NORP"):
                    code, _ = self._state_entry(_strip_possessive(ent.text))
                    if code:
                        return code
                # "a member of the Syrian parliament": the body's state is its member's
                if prep.lower_ == "of" and self._role_word([obj]) is not None:
                    code = self._modifier_code(obj)
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

    def _concept(self, text: str, label: str, code: str | None = None) -> Entity:
        label = label or text
        return Entity(text=text, label=label, kind="Concept",
                      id=entity_iri(self.base_iri, "Concept", label), code=code)


PARTITIVES = frozenset({"group", "groups", "thousands", "hundreds", "dozens", "scores", "millions",
                        "members", "member", "some", "many", "most", "all", "part", "number",
                        "majority", "contingent", "delegation", "team", "band", "unit", "units"})


def _partitive_member(head: TokenView) -> TokenView | None:
    """The of-object of a quantity or collective noun ("scores of refugees" → refugees)."""
    if head.lower_ not in PARTITIVES and not head.like_num:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return None


def _ends_no_role(word: str, lexicon: Lexicon) -> bool:
    """Whether no role name joined from tokens can end on this one."""
    return not lexicon.may_end_a_role(word) and word.split() == [word]


def _is_pronoun(token: TokenView) -> bool:
    return token.pos_ == "PRON" or token.lower_ in ANAPHORS


def _refers_back(head: TokenView) -> bool:
    """Whether what a phrase refers to depends on what the article said before it (a pronoun)."""
    member = _partitive_member(head)
    return _refers_back(member) if member is not None else _is_pronoun(head)


def _with_text(entity: Entity, text: str) -> Entity:
    return Entity(text=text, label=entity.label, kind=entity.kind, id=entity.id,
                  code=entity.code, sector=entity.sector, role=entity.role)


def _entity_span(token: TokenView) -> SpanView | None:
    """The named entity a token is part of."""
    return token.ent if token.ent_type_ else None


def _np_tokens(head: TokenView) -> list[TokenView]:
    """The tokens of the noun phrase headed by `head`, without clauses, lists or appositions."""
    keep = [head]
    # An of-phrase completes its noun ("all of its powers", "the fate of the offices"); other
    # prepositional phrases are as often the verb's as the noun's, so they stay arguments.
    stack = [c for c in head.children if c.dep_ not in NP_CUT_DEPS or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack:
        token = stack.pop()
        keep.append(token)
        if token.children:
            stack.extend([c for c in token.children if c.dep_ not in ("relcl", "appos", "punct", "advcl")])
    keep.sort(key=BY_POSITION)
    return keep


def np_span(head: TokenView, tokens: list[TokenView] | None = None) -> tuple[int, int]:
    """First and last token index of the noun phrase headed by `head` (contiguous)."""
    tokens = _np_tokens(head) if tokens is None else tokens
    start, end = tokens[0].i, tokens[-1].i
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "preconj"):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return start, end


def _np_text(head: TokenView, tokens: list[TokenView] | None = None) -> str:
    start, end = np_span(head, tokens)
    return phrase_text(head.doc[start], head.doc[end])


_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")
_POSSESSIVES = ("'s", "’s", "'", "’")


def _strip_article(text: str) -> str:
    if not text.startswith(_ARTICLES):  # one test in C for the common case
        return text
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def _strip_possessive(text: str) -> str:
    if not text.endswith(_POSSESSIVES):
        return text
    for suffix in _POSSESSIVES:
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


# Lower-case particles that belong inside names ("Osama bin Laden", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"bin", "al", "el", "de", "da", "dos", "das", "van", "von", "der", "den",
                            "la", "le", "ibn", "abu", "du", "di"})


def _clean_name(ent: SpanView) -> str:
    """A name as written, without a possessive or stray punctuation: "Ban Ki-moon's" → "Ban Ki-moon"."""
    return _clean_name_text(ent.text)


@lru_cache(maxsize=1 << 14)
def _clean_name_text(text: str) -> str:
    text = _strip_possessive(" ".join(text.split()))
    words = [w.strip(".,;:!?\"'“”()[]") for w in text.split()]
    return " ".join(w for w in words if w and any(ch.isalpha() for ch in w))
