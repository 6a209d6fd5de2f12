"""Resolving noun phrases to canonical entities, composing the resolvers of states and places,
persons, organisations, groups and pronouns.

One ActorResolver serves one article, so name variants ("Sergey Lavrov", "Lavrov") and pronouns
resolve against what the article has said so far.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...lexicon import Lexicon, RoleWord, Trigger
from ...types import ACTOR_KINDS, Entity
from ..roles import Roles
from ..tokens import DocView, SpanView, TokenView, phrase_text
from ..vocabulary import COLLECTIVE_BODIES, STATE_NAMING_ENTRIES, THWARTING_VERBS, ISSUED_TEXTS, STATED_THINGS, REBEL_SECTOR, NON_STATE_SECTORS, ANAPHORIC_NOUNS, BOUNDARY_NOUNS, CAPTIVE_NOUNS, CLASH_WEIGHTS, ABROAD_ROLE_NOUNS, DENIAL_VERBS, HALF_STATE_WORDS, HEAD_NOUNS, HOMELAND_NOUNS, OFFICE_NOUNS, SPEAKING_TEXTS, ORGAN_NOUNS, NOMINAL_SUBJECT_DEPS, OBJECT_DEPS, OFFICIAL_NOUNS, PAIR_NOUNS, PAIR_WORDS, PERSON_PAIR_NOUNS, UNIONS_OF_STATES, MEMBERS_BODY_NOUNS, MEMBERSHIP_NOUNS, NAME_LABELS, OWNER_PRONOUNS, NOUN_POS, PERSON_PRONOUNS, QUOTE_MARKS, SPEAKER_PRONOUNS, \
    SETTLEMENT_NOUNS, SIDE_NOUNS, SIDE_WORDS, TAKEN_UP_PRONOUNS, THING_REFERRING_PRONOUNS, FEMALE_WORDS, MALE_PRONOUNS, MALE_WORDS
from .groups import Groups
from .home import Home
from .organisations import Organisations
from .persons import Persons
from .phrases import Phrases, clean_name, concept, determined_only, entity_span, make_entity, names_a_body, partitive_member, relative_owner, \
    role_word, names_nothing, nothing, strip_article, strip_possessive, with_text, without_pronoun
from .pronouns import Pronouns, is_plural, is_pronoun
from .states import States


@dataclass
class Actors:
    """The entities that fill a clause's roles."""

    subject: Entity
    object: Entity | None
    speaker: Entity | None




# Kinds of actor that are a side of a conflict even with no state known ("a liberation front"); a
# group with none is people a phrase describes.
NAMED_SIDE_KINDS = ("Organization", "Person")


def _may_be_a_side(actor: Entity) -> bool:
    """Whether an actor may be a side of a conflict: one with a state or a name of its own, or
    rebels; not people a phrase only describes ("civilians")."""
    return actor.kind in ACTOR_KINDS \
        and bool(actor.code or actor.kind in NAMED_SIDE_KINDS or actor.sector == REBEL_SECTOR)


class ActorResolver:
    def __init__(self, doc: DocView, lexicon: Lexicon, base_iri: str, date: str | None = None,
                 dateline: str | None = None, lead: SpanView | None = None) -> None:
        """`lead` is the sentence after the dateline."""
        self.doc, self.lexicon, self.base_iri = doc, lexicon, base_iri
        self.phrases = Phrases()
        self.states = States(lexicon, base_iri, self.phrases)
        self.persons = Persons(doc, lexicon, base_iri, self.states, self.phrases, date)
        self.organisations = Organisations(lexicon, base_iri, self.states, self.persons.day)
        self.pronouns = Pronouns(base_iri, self.states)
        self.groups = Groups(base_iri, self.states, self.phrases, self.pronouns)
        self.home = Home(self.states, lexicon, base_iri, self.groups, dateline, lead)
        self.persons.adopt_home(self.home.code, self.home.holds_office)
        # What a phrase refers to, where that does not hang on what came before it (no pronoun).
        self._resolved: dict[tuple[int, bool, bool], Entity] = {}
        # The clashes the article reports, by the sides of each (two states, or two actors of one
        # state), weighed: the heaviest, the earliest of equals, is the conflict "both sides" means.
        self._clashes: dict[frozenset, list] = {}

    def clash(self, event_type: str | None, source: Entity, target: Entity | None) -> None:
        """Note an event of one actor against another (two states, a government and a rebel
        group): one more sign that they are the two sides of the report's conflict. Only actors
        with a state or a name of their own, or rebels: not people the phrase only describes ("civilians")."""
        weight = CLASH_WEIGHTS.get(event_type)
        if weight is None or target is None or source.id == target.id \
                or not _may_be_a_side(source) or not _may_be_a_side(target):
            return
        # actors of two states clash as their states ("a navy ship" and "fishermen" of two states)
        two_states = source.code and target.code and source.code != target.code
        if event_type == "AGREE" and not (two_states or REBEL_SECTOR in (source.sector, target.sector)):
            return  # the parties to a deal are two sides; one's promise about its own people is none
        sides = (self.state(source.code), self.state(target.code)) if two_states else (source, target)
        seen = self._clashes.setdefault(frozenset(side.id for side in sides), [0, len(self._clashes), sides])
        seen[0] += weight

    @property
    def conflict(self) -> tuple[Entity, Entity] | None:
        if not self._clashes:
            return None
        return max(self._clashes.values(), key=lambda seen: (seen[0], -seen[1]))[2]

    def pair(self, head: TokenView) -> list[Entity]:
        """"both sides", "the warring parties": the sides of the conflict the article has reported
        most (of its clashes); "the two countries" (or sides where no clash was reported): the two states it named
        last. [] where the phrase names no pair."""
        if self._clashes and head.lower_ in SIDE_NOUNS \
                and head.has_dependent("nummod", "det", "amod", "predet", words=SIDE_WORDS):
            text = self.phrases.text(head)
            first, second = self.conflict
            return [with_text(first, text), with_text(second, text)]
        if head.lower_ in PERSON_PAIR_NOUNS:
            return self._two_persons(head)
        return self.states.pair(head)

    def _two_persons(self, head: TokenView) -> list[Entity]:
        """"the two leaders", "both presidents": the two persons the article named last (before the
        sentence, for an object; a subject's may be named earlier in its own sentence)."""
        if not head.has_dependent("nummod", "det", words=PAIR_WORDS) or head.has_dependent("compound", "amod", "poss"):
            return []
        subject = head.dep_ in NOMINAL_SUBJECT_DEPS
        end = head.i if subject else head.sent.start
        # whom the clause's subject names is not one of the pair it acts on ("X praised both leaders")
        actors = () if subject else tuple(self.persons.canonical(s.text, s.i) for s in head.head.dependents("nsubj"))
        text = self.phrases.text(head)
        office = None if head.lower_ in ("leaders", "heads") else head.lower_[:-1]  # "presidents": two presidents
        return [self.persons.person(text, name) for name in self.persons.two_before(end, office, actors)]

    def fellows(self, head: TokenView) -> list[Entity]:
        """"they", "them" said of one of the parties named together before ("A and B"): each of
        them, the one the pronoun resolved to first; [] for any other phrase."""
        if head.lower_ not in PLURAL_SUBJECT_OBJECT_PRONOUNS:
            return []
        found = self.pronouns.bound.get(head.i) or self.peek(head)
        return [with_text(e, head.text) for e in self.pronouns.fellows(found)] if found.kind in ACTOR_KINDS else []

    def resolve(self, head: TokenView, *, acting: bool = True, speaker: Entity | None = None,
                subject: bool = False, mention: bool = True) -> Entity:
        """The entity a noun phrase headed by `head` refers to, counted as a mention for later
        pronouns unless `mention` is False.

        `acting` is False where the phrase is the object of a locative preposition, so a capital
        there is a place ("in London"), not its government.
        """
        entity = self._resolve(head, acting, speaker, subject)
        # a person a "he" or "she" refers to is mentioned again by it ("… demanded that he resign.
        # If he does not …")
        if mention and entity.kind in ACTOR_KINDS and (head.pos_ != "PRON" or (
                entity.kind == "Person" and head.lower_ in PERSON_PRONOUNS)):
            self._count_mention(entity, head, subject)
        return entity

    def mention(self, entity: Entity, head: TokenView, subject: bool = False) -> None:
        """Count an actor a phrase names as mentioned, for later pronouns ("… with Qatar, accusing it")."""
        if entity.kind in ACTOR_KINDS and head.pos_ != "PRON":
            self._count_mention(entity, head, subject)

    def _count_mention(self, entity: Entity, head: TokenView, subject: bool) -> None:
        self.pronouns.mentioned(entity, subject, self.pronouns.sentence_of(head), is_plural(head),
                                _coordination(head), head.i)

    def peek(self, head: TokenView, *, acting: bool = True) -> Entity:
        """What a phrase refers to, without counting it as a mention for later pronouns."""
        return self._resolve(head, acting, None)

    def state(self, code: str) -> Entity:
        """The state with this ISO code, as an entity named by its label."""
        return self.states.state(self.states.state_label(code), code)

    def _resolve(self, head: TokenView, acting: bool, speaker: Entity | None, subject: bool = False) -> Entity:
        member = partitive_member(head)
        if member is not None:
            return self._partitive(head, member, acting, speaker, subject)
        if is_pronoun(head):
            # what it refers to hangs on what the article said before it: worked out each time
            if head.lower_ in THING_REFERRING_PRONOUNS and self.thing_before(head):
                return nothing(self.base_iri, head.text)
            return self._host_object(head) or self._antecedent_in_sentence(head, speaker) or self._told(head) \
                or self.pronouns.resolve(head, speaker)
        # any other phrase is worked out once (a partitive's members above are, in their turn)
        key = (head.i, acting, subject)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self._resolve_phrase(head, acting, speaker, subject)
        return found

    def _resolve_phrase(self, head: TokenView, acting: bool, speaker: Entity | None, subject: bool) -> Entity:
        """What a phrase that is neither a pronoun nor a partitive refers to."""
        if head.lower_ in CAPTIVE_NOUNS:
            # "took two aid workers hostage": the parser makes the people a compound of "hostage"
            taken = [c for c in head.dependents("compound") if c.pos_ in NOUN_POS]
            if taken:
                return with_text(self._resolve(taken[-1], acting, speaker, subject), self.phrases.text(head))
        if head.lower_ in HALF_STATE_WORDS:
            half = self.states.half_of_state(head, self.home.code)
            if half is not None:
                return half
        ent = entity_span(head)
        if ent is not None and ent.label_ in NAME_LABELS:
            named = self._named(head, ent, acting)
            if named is not None:
                return named
        canonical = self.persons.canonical(head.text, head.i) if head.pos_ == "PROPN" else None
        if canonical is not None and not self.states.entry(head.text)[0]:
            return self.persons.person(self.phrases.text(head), canonical)
        for appos in head.dependents("appos"):
            appos_ent = entity_span(appos)
            if appos_ent is not None and self.persons.is_person_name(appos_ent) and clean_name(appos_ent):
                name = clean_name(appos_ent)
                return self.persons.person(self.phrases.text(head),
                                           self.persons.canonical(name, appos_ent.start) or name)
        return self._common_noun(head, acting, subject)

    def _told(self, head: TokenView) -> Entity | None:
        """"they" in what a single speaker tells, warns or assures people of ("Beijing warned U.S.
        companies that they could be listed"): those people, whom the number names."""
        if head.lower_ != "they" or head.dep_ not in NOMINAL_SUBJECT_DEPS or head.head.dep_ != "ccomp":
            return None
        verb = head.head.head
        subject = verb.dependent("nsubj") or (verb.head.dependent("nsubj") if verb.dep_ == "conj" else None)
        if subject is None or is_plural(subject):
            return None
        for told in verb.dependents("dobj", "dative"):
            if told.i < head.i and told.tag_ in ("NNS", "NNPS"):
                found = self.peek(told)
                if found.kind in ACTOR_KINDS:
                    return with_text(found, head.text)
        return None

    def thing_before(self, head: TokenView) -> bool:
        """Whether "it" ("them") refers to a thing (things) its sentence names before it as a
        verb's object (or, in the plural, subject), where the sentence names no actor of its number
        it could be ("pledged to send aid but said it would not go to …", "said the tariffs were
        lawful and that Washington would defend them")."""
        plural = head.lower_ != "it"
        thing_deps = ("dobj", "nsubj") if plural else ("dobj",)
        before = head.doc.tokens[head.sent.start:head.i]
        if not any(t.pos_ in NOUN_POS and t.dep_ in thing_deps and (t.tag_ in ("NNS", "NNPS")) == plural
                   for t in before):
            return False  # no noun there could be the thing: no phrase before it need be resolved
        thing = False
        for token in before:
            if token.pos_ not in NOUN_POS or token.dep_ in ("compound", "amod", "poss"):
                continue
            if token.head is head.head and token.dep_ == "nsubj" and head.dep_ in OBJECT_DEPS:
                continue  # a verb's object pronoun is never its own subject ("critics accused them")
            entity = self.peek(token)
            if plural and entity.kind in ACTOR_KINDS and is_plural(token) \
                    or not plural and entity.kind in ("State", "IGO", "Organization"):
                return False
            if entity.kind == "Concept" and (token.tag_ in ("NNS", "NNPS")) == plural and token.dep_ in thing_deps:
                thing = True
        return thing

    def _possessor_code(self, head: TokenView) -> str | None:
        """The state a phrase's possessor names or stands for ("Macedonia's", "the country's")."""
        for owner in head.dependents("poss"):
            code = self.states.code_of(owner) or self._owners_state(head)
            if code:
                return code
        return None

    def _half_owner_code(self, head: TokenView) -> str | None:
        """The state of a possessor that names half of a divided state ("the South's oil fields")."""
        for owner in head.dependents("poss", words=HALF_STATE_WORDS):
            half = self.states.half_of_state(owner, self.home.code)
            if half is not None:
                return half.code
        return None

    def _host_object(self, head: TokenView) -> Entity | None:
        """"him", "her" or "them" as the object of a participle that follows a verb's object of the
        same number, as its object or indirect object ("expelled the ambassador, accusing him of …",
        "…, giving him 72 hours to leave", "expelled two diplomats, accusing them of …"): that
        object, people named by name or by office, or the body an envoy is of."""
        participle = head.head
        if head.lower_ not in ("him", "her", "them") or head.dep_ not in ("dobj", "dative") or participle.dep_ != "advcl" \
                or participle.tag_ != "VBG":
            return None
        obj = participle.head.dependent("dobj")
        number = ("NNS", "NNPS") if head.lower_ == "them" else ("NN", "NNP")
        if obj is None or obj.i > head.i or obj.tag_ not in number or is_pronoun(obj):
            return None
        found = self.peek(obj)
        return with_text(found, head.text) if found.kind in ACTOR_KINDS else None

    def _antecedent_in_sentence(self, head: TokenView, speaker: Entity | None) -> Entity | None:
        """"he" or "his" after a person named earlier in its own sentence, outside any quotation
        ("X said he …", "X said talks with his counterpart …"): the nearest such person, before
        anyone the article mentioned in earlier sentences."""
        if head.lower_ not in PERSON_PRONOUNS or (speaker is not None and head.lower_ in SPEAKER_PRONOUNS):
            return None
        sent = head.sent
        quoted = False
        nearest = None
        # the subject of a relative clause is not the person the clause is about ("X, whom he accused")
        described = head.head.head.i if head.dep_ == "nsubj" and head.head.dep_ == "relcl" else None
        for token in head.doc.tokens[sent.start:head.i]:
            if token.text in QUOTE_MARKS:
                quoted = not quoted
            elif not quoted and token.ent_type_ == "PERSON" and token.ent is not None \
                    and token.i == token.ent.end - 1 and token.i != described \
                    and not _other_sex(token.ent, head):
                nearest = token.ent
        if nearest is None or quoted:
            return None
        found = self._named(nearest.root, nearest, True)
        return with_text(found, head.text) if found is not None and found.kind == "Person" else None

    def _partitive(self, head: TokenView, member: TokenView, acting: bool, speaker: Entity | None,
                   subject: bool) -> Entity:
        """A quantity or collective noun with an of-phrase ("hundreds of Kenyans", "a team of Chilean
        envoys"): the members are who acts."""
        entity = self._resolve(member, acting, speaker, subject)
        text = self.phrases.text(head)
        if entity.kind != "Concept":
            return with_text(entity, text)
        return concept(self.base_iri, text, strip_article(text), code=entity.code)

    def _named(self, head: TokenView, ent: SpanView, acting: bool) -> Entity | None:
        """A named entity: a person, a known organisation or IGO, a state, a place, a body."""
        text = strip_possessive(ent.text).rstrip(",")  # the recogniser may take a list's comma in ("A, B and C")
        name = clean_name(ent)
        phrase = self.phrases.text
        canonical = self.persons.canonical(name, ent.start) if name else None
        settlement = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if settlement is not None and settlement.lower_ in SETTLEMENT_NOUNS and head.pos_ == "PROPN" \
                and not self.states.entry(text)[0]:
            return self.states.settlement(settlement, phrase(head))  # whatever the recogniser took it for
        if text in self.states.settlements:
            return with_text(self.states.settlements[text], phrase(head))
        if ent.label_ == "PERSON" and len(ent) == 1 and head.dep_ == "pobj" and not head.children \
                and self._unknown_person(canonical) and self.states.place_state(text):
            # one word the recogniser took for a person, after a preposition, that the places
            # table knows as a city or province and nothing knows as a person ("a curfew on a town")
            return self.states.place(phrase(head), strip_article(text))
        if canonical is not None and (self.persons.is_person_name(ent) or " " not in name):
            return self.persons.person(phrase(head), canonical)
        known = self.organisations.known(phrase(head), text)
        if known is not None:
            return known
        code, entry_type = self.states.entry(text)
        if code:
            return self._state_word(head, text, code, entry_type, acting)
        if ent.label_ in ("GPE", "LOC", "FAC"):
            group = self._group_named_before(head, text) if not self.states.place_state(text) else None
            return group or self.states.place(phrase(head), strip_article(text))
        if ent.label_ == "ORG" and ent.root.lower_ in BOUNDARY_NOUNS:
            return self.states.place(phrase(head), strip_article(text))
        if ent.label_ == "ORG" and len(ent) == 1 and self.states.place_state(text, as_body=False):
            # one word the recogniser took for a body, that the places or actors name as a region
            return self.states.place(phrase(head), strip_article(text))
        if ent.label_ == "ORG" and text.isupper() and text.isalpha():
            spelled = self.groups.spelled_out_before(text, phrase(head))
            if spelled is not None:
                return spelled
        if ent.label_ == "ORG" or (ent.label_ == "PERSON" and names_a_body(text, self.lexicon)):
            return self.home.body(self.organisations.named(phrase(head), text, head), head, self.phrases.tokens(head))
        return None

    def _group_named_before(self, head: TokenView, text: str) -> Entity | None:
        """The group a name no place table knows named before, as the modifier of its people ("M23
        rebels seized … called on the M23 to …"): the recogniser's place is that group."""
        for ent in self.doc.ents:
            if ent.start >= head.i:
                return None
            modified = ent.root.head
            if ent.text == text and ent.root.dep_ == "compound" and modified.pos_ == "NOUN":
                found = self.peek(modified)
                if found.kind in ("Group", "Organization"):
                    return with_text(found, self.phrases.text(head))
        return None

    def _first_nationality(self, head: TokenView, label: str) -> str:
        """"Indian and Pakistani troops" are two parties, one per state (targets.coordinated_nationals):
        the phrase's own is the first state's, "Indian troops"."""
        for modifier in head.children:
            if modifier.i > head.i:
                break  # children are in position order: the rest follow the noun
            if modifier.dep_ in ("amod", "compound", "nmod") and modifier.has_dependent("conj") \
                    and self._states_coordinated(modifier):
                run = modifier.subtree
                label = label.replace(phrase_text(run[0], run[-1]), modifier.text)
        return label

    def _states_coordinated(self, modifier: TokenView) -> bool:
        """Whether a modifier names a state and so does a word coordinated with it ("Indian and
        Pakistani", not "Indian and local")."""
        if not self._names_state(modifier):
            return False
        for other in modifier.conjuncts:
            if self._names_state(other):
                return True
        return False

    def _names_state(self, token: TokenView) -> bool:
        """Whether a word names a state by its name or its people ("U.S.", "Indian"), not a city."""
        return self.states.entry(token.text)[1] in STATE_NAMING_ENTRIES

    def _head_of(self, head: TokenView) -> RoleWord | None:
        """"the head of the army", "the chief of a ministry": a person of the body the of-phrase names."""
        if head.lemma_.lower() not in HEAD_NOUNS:
            return None
        for prep in head.dependents("prep", words=("of",)):
            for body in prep.dependents("pobj"):
                role = role_word(self.phrases.to_head(body), self.lexicon)
                if role is not None:
                    return RoleWord(role.sector, "person")
        return None

    def _unknown_person(self, canonical: str | None) -> bool:
        info = self.persons.persons.get(canonical) if canonical is not None else None
        return info is None or (info.code is None and info.role is None)

    def _state_word(self, head: TokenView, text: str, code: str, entry_type: str | None,
                    acting: bool) -> Entity | None:
        """A word the lexicon knows as a state's: the state, its capital as a place, its people."""
        phrase = self.phrases.text(head)
        if entry_type in ("capital",) and not acting:
            return self.states.place(phrase, strip_article(text), code=code)
        if entry_type == "demonym" and head.tag_ in ("NNPS", "NNS") or text.endswith("s") and entry_type == "demonym":
            return make_entity(self.base_iri, phrase, text, "Group", text, code=code)
        if entry_type == "demonym" and head.dep_ in ("amod", "compound") \
                and not (head.has_dependent("conj") and head.head.lemma_ in OFFICIAL_NOUNS):
            return None  # a modifier, unless of officials and coordinated with another state's: each a party (clauses)
        return self.states.state(phrase, code)

    def _common_noun(self, head: TokenView, acting: bool, subject: bool = False) -> Entity:
        np_text = self.phrases.text(head)
        if names_nothing(head):
            return nothing(self.base_iri, np_text)
        if _capacity(head):
            return concept(self.base_iri, np_text, strip_article(np_text))
        if head.pos_ == "PROPN" and all(c.dep_ in ("det", "compound") for c in head.children):
            # a name the recogniser missed that the actor directory knows as a body ("Islamic State")
            listed = self.organisations.listed(np_text, np_text, head)
            if listed is not None:
                return listed
        if head.pos_ == "PROPN" and head.text.isupper() and head.text.isalpha():
            # initials the recogniser did not tag this time ("negotiate with the RSF"): the body
            # named in full before, as where it did
            spelled = self.groups.spelled_out_before(head.text, np_text)
            if spelled is not None:
                return spelled
        if head.lower_ in PAIR_HEADS:
            pair = self.pair(head)
            if pair:
                return with_text(pair[0], np_text)
        if head.lower_ in MEMBERS_BODY_NOUNS and _counts_members(head):
            # a body named by the number of its members ("the 27-member bloc", "the 15-nation
            # council") is the international body named last
            named = self.pronouns.last_of(head, ("IGO",))
            if named is not None:
                return with_text(named, np_text)
        if head.lower_ in UNIONS_OF_STATES:
            # a union of states named by an epithet the lexicon knows ("the Western alliance")
            known = self.organisations.known(np_text, np_text)
            if known is not None:
                return known
        seat = self.states.seat_in(head)
        if seat:
            return self.states.state(np_text, seat)
        kinds = ANAPHORIC_NOUNS.get(head.lower_)
        if kinds is not None and [c.lower_ for c in head.children] == ["the"]:
            named = self._named_in_sentence(head, kinds) or self.pronouns.last_of(head, kinds)
            if named is not None:
                return named
        if head.lower_ in SETTLEMENT_NOUNS:
            settlement = self.states.settlement(head, np_text)
            if settlement is not None:
                return settlement
        if subject and head.lemma_.lower() in SPEAKING_TEXTS:
            issuer = self._issuer(head)
            if issuer is not None:
                return with_text(issuer, np_text)  # "a Kremlin statement said …": the Kremlin says it
        if head.lower_ in OFFICE_NOUNS and head.has_dependent("poss"):
            office = self._office_of(head, np_text)
            if office is not None:
                return office
        if head.lower_ in HOMELAND_NOUNS:
            homeland = self._owners_state(head)
            if homeland is not None:
                return self.states.state(np_text, homeland)
        # The head's own words name its role; a possessor's ("the President's letter") do not.
        owners = head.dependents("poss")
        tokens = self.phrases.to_head(head)
        if owners:  # most phrases have none
            tokens = _without_possessor(tokens, owners)
        role = role_word(tokens, self.lexicon) or self._head_of(head)
        if role is not None and head.lemma_.lower() not in self.lexicon.sectors \
                and self.lexicon.trigger(head.lemma_, "NOUN") is not None:
            role = None  # "military drills", "police raids": an act of the role, not the body
        if role is not None and role.denotes == "person" and tokens[0].lower_ == "the" and head.tag_ == "NN" \
                and not head.has_dependent("prep", "appos") \
                and (all(t.pos_ in NOUN_POS for t in tokens[1:])
                     or " ".join(t.lower_ for t in tokens[1:]) in self.lexicon.sectors):
            # "the president", "the foreign minister": the one the article last named with that title (an
            # adjective only where it belongs to the name of the office, not "the former president")
            holder = self.persons.holder_before(" ".join(t.text for t in tokens[1:]), head.i)
            if holder is not None:
                return self.persons.person(np_text, holder)
        code = self.states.modifier_code(head)
        if code is None and owners:
            code = self._half_owner_code(head)
        if self.groups.ethnic(head, tokens):
            # a people lives where the phrase says, else where the report is from; the state its
            # name comes from ("ethnic Armenian forces", "the Serb minority") is not the one it
            # acts for, but a possessor's is ("a state's Serb minority")
            people = self.groups.people_word(head, tokens)
            if people is not None and code is not None and self.states.code_of(people) == code:
                code = self._possessor_code(head)
            code = self.groups.residence(head, self) or code or self.home.code
        label = strip_possessive(strip_article(np_text))  # a possessor ("the army's positions") is the army
        label = self._first_nationality(head, label)
        antecedent = relative_owner(head) if owners else None  # "whose" is a possessor
        owning_igo = None
        if antecedent is not None:
            # "whose parliament" is the parliament of the noun its relative clause describes
            owner = self.peek(antecedent)
            if owner.code and head.lower_ in HOMELAND_NOUNS:
                return self.states.state(np_text, owner.code)  # "the ambassador, whose country …": the state
            if owner.label:
                possessive = "'" if owner.label.endswith("s") else "'s"
                label = f"{owner.label}{possessive} " + " ".join(t.text for t in tokens)
                code = code or owner.code
                owning_igo = owner.label if owner.kind == "IGO" else None  # "a bloc, whose members …"
        if (role is not None or head.lower_ in HEAD_NOUNS or head.lower_ in ORGAN_NOUNS or (subject and head.tag_ == "NNS")) \
                and (not code or self.states.premodifier_code(head) is None):
            # "UN monitors", "Red Cross staff", "the UN rights chief", "a UN panel": the organisation's
            # people and bodies act for it, wherever a phrase after them places them ("the UN mission
            # in South Sudan"); not where a state is named before them ("the Russian UN envoy")
            igo = self.organisations.igo_modifier(head) or (owning_igo if not code else None)
            if igo is not None:
                return self.organisations.igo(np_text, igo)
        if code is None and head.tag_ in ("NNS", "NN") and determined_only(head, tokens):
            earlier = self.groups.same_group_before(head, np_text)
            if earlier is not None:
                return earlier
        if role is not None and (code or acting):
            kind = "Organization" if role.denotes == "body" else "Group"
            # someone's counterparts or allies are of other states: of no state but the one their
            # own words name ("his Chinese counterpart"), not their possessor's or the dateline's
            elsewhere = head.lemma_.lower() in ABROAD_ROLE_NOUNS
            # the body or people of a named actor ("the government of a president", "supporters of a party")
            code = code or (None if elsewhere else self.groups.member_of(head, self))
            owner = self._stateless_owner(head) if code is None else None
            if owner is not None:
                return with_text(owner, np_text)  # "its officials" of an alliance, "its forces" of rebels
            code = code or (None if elsewhere else self._owner_pronoun_code(head, subject))
            homed = code is None and not elsewhere and self.home.claims(head, tokens, role.sector, kind, subject)
            code = self.home.code if homed else code
            if code:
                label = without_pronoun(label)  # "his government": the pronoun is no part of its name
            label = self.groups.uncounted(head, label) if kind == "Group" and code else label
            entity = make_entity(self.base_iri, np_text, label, kind, self.groups.key(head, label, code), code=code,
                                 sector=role.sector)
            if homed:
                self.home.ids.add(entity.id)
            return entity
        if code and self._owned_by_state(head):
            # A thing a state has ("its stock market", "its actions") is no act of the state: a
            # concept named without its owner, who stays in its code; a named body of its people
            # acts, also named without its owner
            label = strip_article(" ".join(t.text for t in tokens)) or label
            if not self._named_body(head):
                return make_entity(self.base_iri, np_text, label, "Concept", f"{label} {code}", code=code)
        acts = (subject or acting) and (head.pos_ == "NOUN" or head.ent_type_ == "NORP")
        # an owner pronoun ("its fighters", "their troops") is a possessor, which most phrases lack
        owner = self._stateless_owner(head) if acts and owners and code is None else None
        pronoun_code = self._owner_pronoun_code(head, subject) if acts and owners and not code else None
        group = self.groups.acting_group(head, tokens, np_text, label, code or pronoun_code, self) if acts else None
        if group is not None:
            if owner is not None:
                # "its peacekeepers" of a body of no state, "its fighters" of rebels
                return with_text(owner, np_text)
            return self.home.group(group, head, tokens, np_text, label, subject)
        if code and subject and head.pos_ in NOUN_POS and not self.act_noun(head) \
                and head.lemma_.lower() not in WRITTEN_THINGS:
            # A national noun phrase that acts ("Burundian militiamen attacked …", an official's
            # office) is a group of that state even when its head is no known role word; an act
            # or a meeting ("the expulsion of Russian diplomats", "peace talks in a capital") is
            # an event, no one who acts, and a text or pact ("an accord signed in a capital,
            # settling …") a thing.
            return make_entity(self.base_iri, np_text, label, "Group", label, code=code)
        # A thing of a state ("an Indian proposal") keeps the state's code.
        return concept(self.base_iri, np_text, label, code=code)

    def act_noun(self, head: TokenView) -> bool:
        """Whether a noun names an event ("the expulsion", "talks", "strikes")."""
        return self._noun_row(head) is not None

    def meeting_noun(self, head: TokenView) -> bool:
        """Whether a noun names a meeting ("talks", "a summit")."""
        found = self._noun_row(head)
        return found is not None and found.event_type == "CONSULT"

    def _noun_row(self, head: TokenView) -> Trigger | None:
        """The lexicon's event row for a noun, by its lemma or its form ("talks")."""
        return self.lexicon.trigger(head.lemma_.lower(), "NOUN") or self.lexicon.trigger(head.lower_, "NOUN")

    def _owner_pronoun_code(self, head: TokenView, subject: bool) -> str | None:
        """The state of the actor "its", "their", "his" or "her" refers to, for the people or body
        of a role that acts ("its fighters fired", "their troops attacked", "his office said"); not
        for things, which need not act for their owner, nor for objects, where "their" is as often
        each subject's own ("A and B recalled their ambassadors")."""
        return self._owners_state(head) if subject else None

    def _named_in_sentence(self, head: TokenView, kinds: tuple[str, ...]) -> Entity | None:
        """The nearest name before "the alliance", "the group" in its own sentence of an actor of
        that kind ("NATO jets struck …, the alliance said"): the speaker after a clause is resolved
        before the clause's subject is mentioned."""
        start = head.sent.start
        for ent in reversed(self.doc.ents):
            if ent.start >= head.i:
                continue
            if ent.start < start:
                return None
            found = self.peek(ent.root)
            if found.kind in kinds and (found.kind != "Group" or found.code):
                return with_text(found, self.phrases.text(head))
        return None

    def _issuer(self, text: TokenView) -> Entity | None:
        """The actor a statement or letter names as its maker, by a possessor or a name before it
        ("the ministry's statement", "a White House statement"), or None; none for a text that was
        blocked, vetoed or rejected ("blocked an EU statement criticising …"): it says nothing."""
        if text.dep_ in OBJECT_DEPS and text.head.lemma_ in THWARTING_VERBS:
            return None
        for modifier in text.dependents("poss", "compound", "nmod"):
            if modifier.i < text.i:
                found = self.peek(modifier)
                if found.kind in ACTOR_KINDS:
                    return found
        return None

    def _office_of(self, head: TokenView, np_text: str) -> Entity | None:
        """A leader's or a state's office ("the prime minister's office said …"): a body of the
        state's government, where the owner is a person or a state with a state."""
        owner = self.peek(head.dependent("poss"))
        if owner.kind not in ("Person", "State") or not owner.code:
            return None
        label = strip_article(np_text)
        return make_entity(self.base_iri, np_text, label, "Organization", label, code=owner.code, sector="GOV")

    def _owners_state(self, head: TokenView) -> str | None:
        """The state of the one a phrase's "his", "her", "its" or "their" refers to ("her country
        had not sent troops", "its fighters fired")."""
        found = self._pronoun_owner(head)
        return found.code if found is not None else None

    def _pronoun_owner(self, head: TokenView) -> Entity | None:
        owner = head.dependent("poss", words=POSSESSIVE_PRONOUNS)
        if owner is None:
            return None
        return self._antecedent_in_sentence(owner, None) or self.pronouns.resolve(owner, None)

    def _stateless_owner(self, head: TokenView) -> Entity | None:
        """The international body or organisation of no state, or the rebel or militant body, a
        phrase's "its" or "their" refers to ("its peacekeepers" of an alliance, "its forces" of an
        insurgency): its people act for it, as a named body's do ("UN monitors"), and are not
        the dateline state's."""
        if not head.has_dependent("poss", words=OWNER_PRONOUNS):
            return None
        found = self._pronoun_owner(head)
        if found is None or found.kind not in ("IGO", "Organization", "Group"):
            return None
        return found if not found.code or found.sector in NON_STATE_SECTORS else None

    @staticmethod
    def _named_body(head: TokenView) -> bool:
        """Whether a noun of organised people carries a name before it ("Yemen's Houthi movement",
        "a state's Kurdish party"): a body of the state's people, no thing the state has."""
        return head.lemma_.lower() in COLLECTIVE_BODIES and any(
            c.i < head.i and c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG"))
            for c in head.children)

    def _owned_by_state(self, head: TokenView) -> bool:
        """Whether a phrase's possessor is a state or place itself ("Russia's", "Moscow's"), not
        a person or body of one."""
        for owner in head.dependents("poss"):
            ent = entity_span(owner)
            if ent is not None and ent.label_ in ("GPE", "LOC") and self.states.code_of(owner):
                return True
        return False


# Texts and pacts: things, never a group that acts.
WRITTEN_THINGS = ISSUED_TEXTS | STATED_THINGS

# The nouns of a pair of states, of sides or of persons ("the two countries", "both sides", "the two leaders").
PAIR_HEADS = PAIR_NOUNS | SIDE_NOUNS | PERSON_PAIR_NOUNS

# The pronouns that may stand for a phrase's owner ("his", "her", "its", "their").
POSSESSIVE_PRONOUNS = PERSON_PRONOUNS | OWNER_PRONOUNS

# Plural pronouns that stand for a whole noun phrase (not "their", a possessive).
PLURAL_SUBJECT_OBJECT_PRONOUNS = frozenset({"they", "them"})


def _coordination(head: TokenView) -> int:
    """The first conjunct's token of the coordination a phrase stands in ("A, B and C"), or -1."""
    if head.dep_ != "conj" and not head.has_dependent("conj"):
        return -1
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    return head.i


def _without_possessor(tokens: list[TokenView], owners: list[TokenView]) -> list[TokenView]:
    """A phrase's own words, without its possessors' ("letter" of "the President's letter")."""
    owned = {t.i for owner in owners for t in owner.subtree}
    return [t for t in tokens if t.i not in owned]


def object_of_clause(resolver: ActorResolver, head: TokenView, subject: Entity, *, acting: bool,
                     speaker: Entity | None, subject_head: TokenView | None = None) -> Entity:
    """A clause's object, which is not its subject unless the text says so with a reflexive:
    an object pronoun ("them", "him") refers to someone other than the subject or the subjects
    coordinated with it, and an object phrase that resolves to the subject though its words are
    others' is left unresolved."""
    if head.lower_ == "it" and head.head.lemma_ in DENIAL_VERBS:
        return nothing(resolver.base_iri, head.text)  # "denied it", "rejected it": a claim or a thing
    member = partitive_member(head)
    # a pronoun, or a pronoun some of whom are meant ("detained several of them")
    pronoun = (head if member is None else member) if is_pronoun(head if member is None else member) else None
    if pronoun is not None and head.dep_ != "poss":
        shared = _object_taken_up(pronoun) if pronoun is head else None
        if shared is not None:
            found = resolver.peek(shared)
            resolver.pronouns.bound[pronoun.i] = found
            return with_text(found, pronoun.text)
        if pronoun is head and pronoun.lower_ in THING_REFERRING_PRONOUNS and resolver.thing_before(pronoun):
            return nothing(resolver.base_iri, pronoun.text)
        found = resolver._host_object(pronoun) or resolver._antecedent_in_sentence(pronoun, speaker)
        if found is None or found.id == subject.id:
            partners = subject_head.conjuncts if subject_head is not None else ()
            besides = {subject.id}
            for partner in partners:
                besides.add(resolver.peek(partner).id)
            found = resolver.pronouns.resolve(pronoun, speaker, besides=besides)
        resolver.pronouns.bound[pronoun.i] = found
        return found if pronoun is head else with_text(found, resolver.phrases.text(head))
    entity = resolver.resolve(head, acting=acting, speaker=speaker)
    if entity.id == subject.id and entity.kind in ACTOR_KINDS \
            and entity.text.lower() != subject.text.lower() and not head.lower_.endswith(("self", "selves")):
        return nothing(resolver.base_iri, entity.text)
    return entity


def _object_taken_up(pronoun: TokenView) -> TokenView | None:
    """The object of a verb that an object pronoun of the verb coordinated after it takes up
    ("seized two aid workers and threatened to kill them", "seized its offices and refused to
    return them"): the same things or people, in the same number, before anyone named earlier."""
    if pronoun.lower_ not in TAKEN_UP_PRONOUNS or pronoun.dep_ not in OBJECT_DEPS:
        return None
    verb = pronoun.head
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "conj":
        return None
    plural = pronoun.lower_ == "them"
    for obj in verb.head.dependents("dobj"):
        if obj.i < pronoun.i and obj.pos_ != "PRON" and is_plural(obj) == plural:
            return obj
    return None


def resolve_roles(roles: Roles, resolver: ActorResolver) -> Actors | None:
    """The entities of a clause's roles; None where its subject is an expletive "it".

    The speaker is resolved first, so that "we" in what they said is their side; a speaker named
    after the clause ("…, officials said") is no mention yet for its pronouns ("will march until
    they are heard …"): its own clause of saying counts it, in its place.
    """
    if roles.subject is None:
        return None
    speaker = None
    if roles.speaker is not None:
        speaker = resolver.resolve(roles.speaker, subject=True, mention=roles.speaker.i < roles.subject.i)
    subject = resolver.resolve(roles.subject, speaker=speaker if roles.subject_quoted else None, subject=True)
    subject = resolver.groups.of_speaker(resolver.groups.located(subject, roles, resolver.home.ids, resolver), roles.subject,
                                         speaker, resolver.home.ids)
    obj = None
    if roles.object is not None:
        obj = object_of_clause(resolver, roles.object, subject, acting=not roles.object_is_place,
                               speaker=speaker if roles.object_quoted else None, subject_head=roles.subject)
        obj = resolver.groups.placed(obj, roles, resolver.home.ids, resolver)
        obj = resolver.groups.commanded(obj, roles.object, subject, resolver.home.ids)
    return Actors(subject=subject, object=obj, speaker=speaker)


def _other_sex(name: SpanView, pronoun: TokenView) -> bool:
    """Whether a word just before a name says its bearer is of the sex the pronoun is not ("his
    wife Grace" for "he", "her husband" for "she")."""
    before = {t.lower_ for t in name.doc.tokens[max(0, name.start - 2):name.start]}
    words = FEMALE_WORDS if pronoun.lower_ in MALE_PRONOUNS else MALE_WORDS
    return bool(before & words)


def _capacity(head: TokenView) -> bool:
    """A role noun with no determiner after "as" ("sworn in as president", "served as foreign
    minister"): the capacity someone acts in, nobody of its own."""
    return head.dep_ == "pobj" and head.head.lower_ == "as" and not head.has_dependent("det", "poss") \
        and head.tag_ in ("NN", "NNP")


def _counts_members(head: TokenView) -> bool:
    """Whether a noun with the definite article says how many members it has ("the 27-member
    bloc", "the 57-nation body")."""
    return head.has_dependent("det", words=("the",)) and any(
        m.lemma_.lower() in MEMBERSHIP_NOUNS and m.has_dependent("nummod")
        for m in head.dependents("compound", "amod", "nmod"))
