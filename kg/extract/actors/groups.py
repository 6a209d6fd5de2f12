"""Groups: people named by what they are or do ("protesters", "riot police", "supporters of …",
"Kurds"), and bodies named by a collective noun ("the party", "the bloc"), each with the sector its
words give and the state it acts for (a modifier's, a possessor's, an of-phrase's actor's, or the
place a located phrase names)."""

from __future__ import annotations

from typing import Protocol

from ...dictionaries import actor_directory
from ...types import ACTOR_KINDS, Entity
from ..modality import condition_subject
from ..roles import Roles
from ..tokens import TokenView, phrase_text
from ..vocabulary import FORCE_NOUNS, VENUE_NOUNS, COMMANDING_FORCE_VERBS, FORCE_SECTORS, MINORITY_NOUNS, REBEL_SECTOR, COLLECTIVE_BODIES, LOCATED_PREPS, NOUN_POS, RESIDENCE_PREPS, STATE_SECTORS, UNIONS_OF_STATES, \
    VENUE_VERBS
from .phrases import Phrases, determined_only, make_entity, relative_owner, with_text, without_pronoun
from .pronouns import Pronouns
from .states import States


class Resolver(Protocol):
    """The article's ActorResolver, as the groups use it: handed in by each call that resolves a
    phrase, not held, so that the resolver and its parts make no reference cycle."""

    def peek(self, head: TokenView, *, acting: bool = True) -> Entity:
        """What a phrase refers to, without counting it as a mention for later pronouns."""


class Groups:
    """The groups of one article."""

    def __init__(self, base_iri: str, states: States, phrases: Phrases, pronouns: Pronouns) -> None:
        self.base_iri, self.states, self.phrases, self.pronouns = base_iri, states, phrases, pronouns

    def acting_group(self, head: TokenView, tokens: list[TokenView], text: str, label: str,
                     code: str | None, resolver: Resolver) -> Entity | None:
        """A common noun that names people by what they are or do: a word the event-data agent
        dictionary knows ("protesters", "the military", "riot police"), an agent noun of an event
        verb ("supporters", "kidnappers"), a people ("Kurds"), or a collective noun of organised
        people ("the party", "a rebel network"). It is a group of the sector the words give, acting
        for the state a modifier, possessor, of-phrase or located phrase names ("supporters of an
        opposition leader" act for the leader's state)."""
        directory = actor_directory()
        lemma = head.lemma_.lower()
        sector = agent_phrase_sector(tokens, head)
        if sector is None and (head.ent_type_ == "NORP" or head.tag_ == "NNPS" or head.lower_ in MINORITY_NOUNS) \
                and self.ethnic(head, tokens):
            # a people, as civilians of the state they live in; not what is done in a people's
            # name ("ethnic cleansing", "ethnic tensions")
            sector = "CVL"
        collective = lemma in COLLECTIVE_BODIES
        if sector is None and collective:
            # "a rebel group", "a student movement": the modifier names who the body's people are
            sector = _modifier_sector(tokens, head)
        if sector is None and not collective and not directory.is_agent_noun(lemma):
            return None
        if collective and determined_only(head, tokens):
            # "the party" alone names no body of its own: the one the article last named, if any;
            # one the agent dictionary knows by itself ("the militia", "a gang") names its people
            earlier = self._named_body_before(head, text)
            if earlier is not None or sector is None:
                return earlier
        code = code or self.member_of(head, resolver)
        # One body ("the party") is an organisation; people, or several bodies, a group.
        kind = "Organization" if collective and head.tag_ == "NN" else "Group"
        label = self.uncounted(head, without_pronoun(label)) if kind == "Group" and code else label
        return make_entity(self.base_iri, text, label, kind, self.key(head, label, code), code=code,
                           sector=sector)

    def _named_body_before(self, head: TokenView, text: str) -> Entity | None:
        """The body of that sort the article mentioned last, for a collective noun
        with only an article: a union of states ("the bloc") an intergovernmental one, another
        ("the party", "the group") one that is no state's institution."""
        if not head.has_dependent("det", words=("the", "this", "that")):
            return None
        # Its noun says what sort of body it is: it reaches further back than a pronoun.
        for entity, _, _ in reversed(self.pronouns.recent):
            if _body_of_sort(entity, head):
                return with_text(entity, text)
        return None

    def same_group_before(self, head: TokenView, text: str) -> Entity | None:
        """The group the article named last with this head noun, for a noun with only the
        definite article ("Syrian rebels …; the rebels said …"); for a singular one, the body of
        a state named last by that noun ("<a state>'s army …; the army said …"): the repeated
        noun takes up the named one, whatever state the dateline gives."""
        if not head.has_dependent("det", words=("the",)):
            return None
        kinds = ("Group",) if head.tag_ == "NNS" else ("Organization", "Group")
        for entity, _, _ in reversed(self.pronouns.recent):
            if entity.kind in kinds and (head.tag_ == "NNS" or entity.code is not None) \
                    and entity.label.lower().rsplit(" ", 1)[-1] == head.lower_:
                return with_text(entity, text)
        return None

    def spelled_out_before(self, initials: str, text: str) -> Entity | None:
        """The body the article named in full before, for a name of its initials ("the Popular
        Front … the PF", or the initials in brackets after the full name): one actor, not two."""
        for entity, _, _ in reversed(self.pronouns.recent):
            if entity.kind in ("Organization", "Group") and _initials(entity.label) == initials:
                return with_text(entity, text)
        return None

    def uncounted(self, head: TokenView, label: str) -> str:
        """A group's name without the count that opens its phrase, for a group of a state ("about
        200 protesters" and "ten protesters" in one state are one group; with no state to tell
        them apart, the count keeps unrelated groups apart)."""
        counted = {t.i for c in head.dependents("nummod") if c.i < head.i for t in c.subtree}
        if not counted:
            return label
        tokens = [t for t in self.phrases.tokens(head) if t.i not in counted and t.dep_ != "det"]
        return phrase_text(tokens[0], tokens[-1]) if tokens and tokens[0].i > max(counted) else label

    def key(self, head: TokenView, label: str, code: str | None) -> str:
        """What tells a group apart: its words, and the state it acts for where they do not name
        it ("police" in one state and in another are two bodies; "Syrian rebels" says its own; the
        noun a "whose" stands for is one of its words)."""
        if code is None:
            return label
        words = [*self.phrases.tokens(head), *filter(None, [relative_owner(head)])]
        for word in words:
            if self.states.code_of(word) == code:
                return label
        return f"{label} {code}"

    def ethnic(self, head: TokenView, tokens: list[TokenView]) -> bool:
        """A people no state is named after ("Kurds", "Tamils"), or one called ethnic ("ethnic
        Albanians") or a minority ("the Serb minority"): it acts for the state it lives in where
        the phrase says ("Kurds in Syria")."""
        for token in tokens:
            if token.lower_ == "ethnic":
                return True
        return head.lower_ in MINORITY_NOUNS or (
            head.ent_type_ == "NORP" and not self.states.entry(head.text)[0]
            and agent_phrase_sector([head], head) is None)

    @staticmethod
    def people_word(head: TokenView, tokens: list[TokenView]) -> TokenView | None:
        """The word of an ethnic phrase that names the people: the one after "ethnic" ("ethnic
        Armenian forces"), or the one before a minority noun ("the Serb minority")."""
        for before, word in zip(tokens, tokens[1:]):
            if before.lower_ == "ethnic":
                return word
        if head.lower_ in MINORITY_NOUNS and head.i > 0 and tokens and tokens[0].i < head.i:
            return head.doc.tokens[head.i - 1]
        return None

    def residence(self, head: TokenView, resolver: Resolver) -> str | None:
        """The state a located phrase of a noun names ("in Macedonia", "throughout a country")."""
        for prep in head.dependents("prep", words=RESIDENCE_PREPS):
            for obj in prep.dependents("pobj"):
                found = resolver.peek(obj, acting=False)
                if found.kind in ("State", "Place") and found.code:
                    return found.code
        return None

    def member_of(self, head: TokenView, resolver: Resolver) -> str | None:
        """The state of the actor a phrase's of-phrase names ("followers of a named cleric")."""
        for prep in head.dependents("prep", words=("of",)):
            for obj in prep.dependents("pobj"):
                if obj.pos_ in NOUN_POS:
                    found = resolver.peek(obj)
                    if found.kind in ACTOR_KINDS and found.code:
                        return found.code
        return None

    def located(self, group: Entity, roles: Roles, homed: set[str], resolver: Resolver) -> Entity:
        """A group of no state that acts in a place ("people marched in a city", "gunmen attacked a
        village in a province") acts for that place's state, as a node of its own; the place says
        more than the dateline (a group in `homed` took the dateline's state). Not the venue of a
        meeting or a signing ("signed a truce in a capital"): parties travel to those."""
        if group.kind != "Group" or (group.code is not None and group.id not in homed):
            return group
        verbs = [prep.head for prep in roles.adjuncts] + ([roles.object.head] if roles.object is not None else [])
        if any(verb.lemma_ in VENUE_VERBS for verb in verbs) \
                or (roles.object is not None and roles.object.lemma_.lower() in VENUE_NOUNS):
            return group
        preps = list(roles.adjuncts)
        if roles.object is not None:
            preps += roles.object.dependents("prep", words=LOCATED_PREPS)
            if roles.object_is_place:
                preps.append(roles.object.head)  # "marched in a city": the place is the clause's object
        return self._in_place(group, preps, resolver)

    def of_speaker(self, group: Entity, head: TokenView, speaker: Entity | None, homed: set[str]) -> Entity:
        """A state's institution named by its noun alone in what a state's official reports ("a
        police chief said officers had arrested …") is the official's state's; one a phrase of its
        own ties to someone ("the government of a president") is not, nor one listed after a name
        ("a state and other powers"), nor one any state may have ("until a new government takes
        over"). Nor the government of the state the report is from: an official of another state
        speaks of that government ("a foreign ministry said the government should …")."""
        if speaker is None or not speaker.code or speaker.sector not in STATE_SECTORS or head.has_dependent("prep") \
                or (head.dep_ == "conj" and head.head.ent_type_) or head.has_dependent("det", words=("a", "an")) \
                or group.kind not in ("Group", "Organization") or group.sector not in STATE_SECTORS \
                or (group.code is not None and group.id not in homed) or group.code == speaker.code \
                or (group.code is not None and group.sector == "GOV" and group.kind == "Organization") \
                or condition_subject(head):  # whom a speaker sets a condition is more often another side
            return group
        return self._of_state(group, speaker.code)

    def commanded(self, group: Entity, head: TokenView, commander: Entity, homed: set[str]) -> Entity:
        """Forces or police named by their noun alone that a state's government or official moves or
        puts on alert ("put the army on alert", "deployed the police") are its own, not the
        dateline state's that the noun alone took."""
        if group.id not in homed or group.sector not in FORCE_SECTORS or not commander.code \
                or commander.code == group.code or commander.sector not in STATE_SECTORS \
                or head.dep_ != "dobj" or head.head.lemma_ not in COMMANDING_FORCE_VERBS:
            return group
        return self._of_state(group, commander.code)

    def _of_state(self, group: Entity, code: str) -> Entity:
        """The same group as a body of the state `code`, not of the one its noun alone took."""
        label = without_pronoun(group.label)
        return make_entity(self.base_iri, group.text, label, group.kind, f"{label} {code}", code=code,
                           sector=group.sector)

    def fighting(self, group: Entity, target: Entity | None) -> Entity:
        """Rebels of no named state that fight a state's soldiers or police ("rebels attacked an
        army post of a state") are that state's rebels: an insurgency is inside its state."""
        if target is None or group.kind != "Group" or group.code is not None or group.sector != REBEL_SECTOR \
                or not target.code or target.sector not in ("MIL", "COP"):
            return group
        return make_entity(self.base_iri, group.text, group.label, "Group", f"{group.label} {target.code}",
                           code=target.code, sector=group.sector)

    def placed(self, entity: Entity, roles: Roles, homed: set[str], resolver: Resolver) -> Entity:
        """A group or body of no state that its phrase puts in a place ("a base in a province") is
        of that place's state; one with only the dateline's state also where it was acted on
        ("shelled positions near a city"), since the act's place says more than the dateline."""
        if entity.kind not in ("Group", "Organization") or (entity.code is not None and entity.id not in homed):
            return entity
        # armed forces or warships near or around a place are only posted there ("sent warships
        # around the island"): a place is theirs only where they are in it
        own = roles.object.dependents(
            "prep", words=RESIDENCE_PREPS if roles.object.lemma_.lower() in FORCE_NOUNS else LOCATED_PREPS)
        return self._in_place(entity, [*own, *roles.adjuncts] if entity.id in homed else own, resolver)

    def _in_place(self, group: Entity, preps: list[TokenView], resolver: Resolver) -> Entity:
        for prep in preps:
            if prep.lower_ not in LOCATED_PREPS:
                continue
            for obj in prep.dependents("pobj"):
                place = resolver.peek(obj, acting=False)
                if place.kind in ("State", "Place") and place.code:
                    if place.code == group.code:
                        return group
                    return make_entity(self.base_iri, group.text, group.label, group.kind,
                                       f"{group.label} {place.code}", code=place.code, sector=group.sector)
        return group


def _initials(label: str) -> str:
    """The capitals that open a name's words, its small words left out ("Forces of National
    Liberation" gives "FNL")."""
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def _body_of_sort(entity: Entity, head: TokenView) -> bool:
    """Whether an actor can be what a collective noun with only an article refers back to."""
    if head.lemma_.lower() in UNIONS_OF_STATES:
        return entity.kind == "IGO"
    if entity.kind == "Group" and head.tag_ != "NNS":
        return False
    if entity.kind == "Group" and entity.label.lower().rsplit(" ", 1)[-1] != head.lower_:
        return False  # "the militias" are not whichever people were named last ("aid workers", "rebels")
    return entity.kind in ("Organization", "Group") and entity.sector not in STATE_SECTORS


def _modifier_sector(tokens: list[TokenView], head: TokenView) -> str | None:
    """The sector of the people a collective body is made of, as a modifier before its noun names
    them ("a rebel group", "a student movement"); `tokens` are the phrase's."""
    directory = actor_directory()
    for modifier in tokens:
        if modifier.i < head.i and modifier.dep_ in ("amod", "compound"):
            sector = directory.agent_sector(modifier.lemma_.lower())
            if sector:
                return sector
    return None


def agent_phrase_sector(tokens: list[TokenView], head: TokenView) -> str | None:
    """The sector of the longest agent phrase of the agent dictionary that ends on a phrase's
    head ("riot police", "opposition party", "protesters"); `tokens` are the phrase's words up to
    its head, the head last."""
    directory = actor_directory()
    # the tagger leaves a capitalised plural unlemmatised ("Christians")
    unlemmatised = head.tag_ == "NNPS" and head.lower_.endswith("s")
    if not (directory.may_end_an_agent(head.lemma_.lower()) or directory.may_end_an_agent(head.lower_)
            or unlemmatised and directory.may_end_an_agent(head.lower_[:-1])):
        return None  # most nouns end no agent phrase: no need to join the words before them
    lemmas = [t.lemma_.lower() for t in tokens]
    words = [t.lower_ for t in tokens]
    # the lemmas, the words as written (they mostly agree: "riot police"), and a capitalised
    # plural's words made singular
    readings = [lemmas] if words == lemmas else [lemmas, words]
    if unlemmatised:
        readings.append(words[:-1] + [words[-1][:-1]])
    for size in range(min(3, len(lemmas)), 0, -1):
        for seq in readings:
            sector = directory.agent_sector(" ".join(seq[-size:]))
            if sector is not None:
                return sector
    return None
