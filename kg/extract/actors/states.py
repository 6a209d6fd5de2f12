"""States and places: what a word names as a state (name, demonym, capital, seat of government,
ISO code), the state a modifier ties a phrase to, the states a phrase names by half or by two
("the North", "the two countries"), settlements ("the town of X"), and State and Place entities."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from ...dictionaries import actor_directory
from ...lexicon import Lexicon
from ...types import Entity
from ..tokens import DocView, TokenView
from ..vocabulary import SEA_NOUNS, STATIONED_NOUNS, STATIONED_PREPS, STATIONED_MODIFIERS, NOMINAL_SUBJECT_DEPS, NUMERIC_LABELS, ORIGIN_PREPS, OTHER_PAIR_WORDS, PAIR_NOUNS, PAIR_WORDS
from .phrases import Phrases, entity_span, make_entity, role_word, strip_article, strip_possessive

# Where a capital's name stands for its government: as a clause's subject or direct object.
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# The modifiers before a noun that may name its state ("Russian troops", "Chile's navy").
PREMODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


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
def iso_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def _stationed_abroad(head: TokenView) -> bool:
    """Whether a noun names a body kept abroad, or people its modifiers call foreign: they are only
    stationed where an in-phrase says ("a Western diplomat in Islamabad", "foreign journalists in
    Kabul"), not of that place's state."""
    return head.lemma_.lower() in STATIONED_NOUNS or head.has_dependent("amod", words=STATIONED_MODIFIERS)


def _stance_named(token: TokenView) -> bool:
    """Whether a word follows "anti-" or "pro-" (the tokenizer splits the hyphen off): a state
    named after them is one a group opposes or backs ("pro-Iranian militias"), not its own."""
    tokens, i = token.doc.tokens, token.i
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in ("anti", "pro")


# How many tokens back "the North" or "the South" looks for the state it shortens, and "the two
# countries" for the states it names.
HALF_STATE_REACH = 1000


class States:
    """The states of one document's words and phrases."""

    def __init__(self, lexicon: Lexicon, base_iri: str, phrases: Phrases) -> None:
        self.lexicon, self.base_iri, self.phrases = lexicon, base_iri, phrases
        self._token_codes: dict[int, str | None] = {}  # token -> code_of
        self._named_in: frozenset[str] | None = None  # named_in, once per document
        # Places named as settlements ("the town of Kidal"), by name: the same name later is that place.
        self.settlements: dict[str, Entity] = {}

    def entry(self, text: str) -> tuple[str | None, str | None]:
        """The code a string names a state by and how (name, demonym, capital, seat), or Nones."""
        # It depends on the lexicon only: remembered across articles.
        return self.lexicon.remembered("state entries", text, self._look_up, text)

    def _look_up(self, text: str) -> tuple[str | None, str | None]:
        text = strip_article(text)
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

    def named_in(self, doc: DocView) -> frozenset[str]:
        """The states the document's place and people entities name (by name, capital or people)."""
        if self._named_in is None:
            self._named_in = frozenset(code for ent in doc.ents if ent.label_ in ("GPE", "NORP", "LOC")
                                       and (code := self.entry(strip_possessive(ent.text))[0]))
        return self._named_in

    def code_of(self, token: TokenView) -> str | None:
        """The state a modifier token names or stands for ("Russian", "U.S.", "Moscow's")."""
        if token.i in self._token_codes:
            return self._token_codes[token.i]
        found = self._token_codes[token.i] = self._code_of_token(token)
        return found

    def _code_of_token(self, token: TokenView) -> str | None:
        if token.ent_type_ in NUMERIC_LABELS:
            return None
        if token.is_stop and not token.is_upper:  # "us" is a stop word, "US" a state
            return None
        # The small model tags a lone demonym as a person now and then ("Ugandan opposition
        # candidates"); the word itself is still looked up.
        ent = entity_span(token) if token.ent_type_ != "PERSON" else None
        code = (self._word_code(ent.text) if ent is not None else None) or self._word_code(token.text)
        if code is None and ent is not None and ent.label_ in ("GPE", "LOC", "ORG"):
            code = self.place_state(ent.text)  # a city or province stands for its state
        if code is not None and _stance_named(token):
            return None  # "anti-Japanese protests" are against Japan, not Japan's
        return code

    def _word_code(self, text: str) -> str | None:
        """The state a name or word names ("Russian", "Moscow's"), or the state of the organisation
        it names, by the lexicon alone."""
        # It depends on the lexicon only: remembered across articles.
        return self.lexicon.remembered("word codes", text, self._look_up_word_code, text)

    def _look_up_word_code(self, text: str) -> str | None:
        name = strip_possessive(text)
        code, kind = self.entry(name)
        if code and not (kind == "name" and name.islower()):
            # a state's name is a proper noun: in lower case it is a common word that one
            # state's own-language name spells ("the island's forces" are not Iceland's)
            return code
        org = self.lexicon.organizations.get(strip_article(name).lower())
        return org.code if org is not None and org.code else None

    def seat_in(self, head: TokenView) -> str | None:
        """A seat of government named by the phrase ("the White House", "the Kremlin")."""
        if not self.lexicon.may_end_a_seat(head.lower_):
            return None
        tokens = [t for t in self.phrases.to_head(head) if t.dep_ != "det"]
        for start in range(len(tokens)):
            code, entry_type = self.entry(" ".join(t.text for t in tokens[start:]))
            if code and entry_type == "seat":
                return code
        return None

    def modifier_code(self, head: TokenView) -> str | None:
        """The state a phrase's modifiers tie it to ("Russian troops", "militias in northern Mali")."""
        return self.premodifier_code(head) or self._phrase_code(head)

    def premodifier_code(self, head: TokenView) -> str | None:
        """The state a modifier before the noun names ("Russian troops", "Chile's navy")."""
        for child in head.children:
            if child.i > head.i:
                break  # children are in position order: the rest follow the noun
            if child.dep_ in PREMODIFIER_DEPS:
                for token in child.subtree:
                    code = self.code_of(token)
                    if code:
                        return code
        return None

    def _phrase_code(self, head: TokenView) -> str | None:
        """The state a phrase after the noun names ("militias in northern Mali", "a spokesman for the
        Chilean navy")."""
        preps = head.dependents("prep")
        if not preps:
            return None  # every phrase read below is a prepositional one, and most nouns have none
        for prep in preps:
            # someone who speaks or works for a body ("a spokesman for the Chilean navy")
            if prep.lower_ == "for" and role_word([head], self.lexicon) is not None:
                for obj in prep.dependents("pobj"):
                    code = self.code_of(obj) or self.modifier_code(obj)
                    if code:
                        return code
        if head.has_dependent("poss"):
            # whose it is, the possessor says: a from-phrase is then where it comes from ("recalled
            # its ambassador from a capital")
            return None
        for prep in preps:
            if prep.lower_ not in ORIGIN_PREPS:
                continue
            if prep.lower_ in STATIONED_PREPS and _stationed_abroad(head):
                continue  # "the OSCE mission in Kosovo" is not Kosovo's
            for obj in prep.dependents("pobj"):
                ent = entity_span(obj)
                if ent is not None and ent.label_ in ("GPE", "NORP", "LOC"):
                    # a state, or a city or province of one ("students throughout Indonesia")
                    code = self.entry(strip_possessive(ent.text))[0] or self.place_state(ent.text)
                    if code:
                        return code
                # someone of a national body ("the speaker of the Chilean senate"): the body's state is its member's
                if prep.lower_ == "of" and role_word([obj], self.lexicon) is not None:
                    code = self.modifier_code(obj)
                    if code:
                        return code
        return None

    def state(self, text: str, code: str) -> Entity:
        label = self.state_label(code)
        return make_entity(self.base_iri, text, label, "State", code, code=code, sector="GOV")

    def state_label(self, code: str) -> str:
        """The name kg gives the state with this code."""
        return self.lexicon.state_labels.get(code) or iso_name(code)

    def place(self, text: str, name: str, code: str | None = None) -> Entity:
        """A place, with the state it lies in where the lexicon or the places table knows it."""
        return make_entity(self.base_iri, text, name, "Place", name, code=code or self.place_state(name))

    def place_state(self, name: str, *, as_body: bool = True) -> str | None:
        """The state of a city or first-order division (places.tsv), or of a region the actor
        directory codes as its state ("Crimea") or, `as_body`, as a body of its state ("Gaza")."""
        name = strip_article(strip_possessive(name))
        return self.lexicon.remembered("place states", (name, as_body), _place_state, name, as_body)


    def half_of_state(self, head: TokenView, home_code: str | None) -> Entity | None:
        """"the North", "the South" alone: the state so named that the article has spoken of, or
        whose report it is (`home_code`: "the South" in a report from Seoul or Juba); None where
        there is none."""
        if not head.has_dependent("det", words=("the",)) or head.has_dependent("compound", "amod", "nmod"):
            return None
        doc = head.doc.tokens
        for i in range(head.i - 1, max(0, head.i - HALF_STATE_REACH), -1):
            # the nearest name before it that starts with the word ("North Korea", "South Sudan")
            word, following = doc[i], doc[i + 1]
            if word.lower_ == head.lower_ and following.text[:1].isupper():
                code = self.entry(f"{word.text} {following.text}")[0]
                if code:
                    return self.state(self.phrases.text(head), code)
        if home_code is not None:
            state = self.state(self.phrases.text(head), home_code)
            if state.label.lower().startswith(head.lower_ + " "):
                return state
        return None

    def pair(self, head: TokenView) -> list[Entity]:
        """"the two countries", "both sides": the two states the article named last (by name, capital
        or people), the earlier first; [] where the phrase is no such pair or fewer than two were named."""
        if head.lower_ not in PAIR_NOUNS or not head.has_dependent("nummod", "det", words=PAIR_WORDS) \
                or head.has_dependent("compound", "poss") \
                or any(a.ent_type_ or a.lower_ in OTHER_PAIR_WORDS for a in head.dependents("amod")):
            return []  # a word that says which two ("the two other states", "two Asian states"): not these
        codes: list[str] = []
        doc = head.doc.tokens
        # an object's pair was named before its sentence, whose subject is a third party ("the US
        # urged both countries …"); a subject's may be named earlier in its own sentence
        end = head.i if head.dep_ in NOMINAL_SUBJECT_DEPS else head.sent.start
        for i in range(end - 1, max(-1, end - HALF_STATE_REACH), -1):
            token = doc[i]
            ent = token.ent if token.ent_type_ in ("GPE", "NORP") else None
            if ent is None or token.i != ent.end - 1:
                continue
            # a state's name or people, not a city where its talks were held ("met in Geneva"); a
            # capital that acts or is acted on is its government ("accused Addis Ababa of …")
            code, kind = self.entry(strip_possessive(ent.text))
            if code and (kind not in ("capital", "seat") or token.dep_ in ACTING_DEPS) and code not in codes:
                codes.append(code)
                if len(codes) == 2:
                    later, earlier = codes  # read backwards from the phrase
                    text = self.phrases.text(head)
                    return [self.state(text, earlier), self.state(text, later)]
        return []

    def settlement(self, head: TokenView, np_text: str) -> Entity | None:
        """"the (northern Malian) town of Kidal": the place the of-phrase names, in the state its
        modifiers or the places table say."""
        for prep in head.dependents("prep", words=("of",)):
            for name in prep.dependents("pobj"):
                if name.pos_ == "PROPN" and not self.entry(name.text)[0]:
                    place = strip_article(self.phrases.text(name))
                    found = self.place(np_text, place,
                                              code=self.modifier_code(head) or self.place_state(place))
                    self.settlements.setdefault(place, found)
                    return found
        return None


def _place_state(name: str, as_body: bool) -> str | None:
    if name.rpartition(" ")[2].lower() in SEA_NOUNS:
        return None  # a named sea is no state's, though a province shares its name ("the Red Sea")
    directory = actor_directory()
    found = directory.place_state(name)
    if found is None and name[:1].isupper():
        # the directory codes some regions as their state, others as a body of it ("Gaza": PSEGZA)
        kinds = ("State", "Organization") if as_body else ("State",)
        states = {a.alpha3 for a in directory.lookup(name) if a.kind in kinds and a.alpha3}
        found = states.pop() if len(states) == 1 else None
    return found
