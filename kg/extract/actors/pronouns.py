"""Pronouns: "he", "it", "they" refer back to the actors the article mentioned last; "we" in a
quotation is the speaker's side."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

from ...types import Entity
from ..tokens import TokenView
from ..vocabulary import ANAPHORS, FEMALE_WORDS, MALE_PRONOUNS, MALE_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEAKER_PRONOUNS, THING_PRONOUNS, WE_PRONOUNS
from .phrases import nothing, partitive_member, with_text
from .states import States

# How many mentions back a pronoun may look, and how many subjects back it looks first.
MEMORY = 30
RECENT_SUBJECTS = 8
# How many sentences back (this one included) a pronoun may find a person or thing: a pronoun
# never reaches past the paragraph it stands in to someone named far before.
REACH = 3


def is_pronoun(token: TokenView) -> bool:
    return token.pos_ == "PRON" or token.lower_ in ANAPHORS


def is_plural(head: TokenView) -> bool:
    """Whether a noun phrase names more than one: a plural noun, a quantity of them, or a list."""
    return head.tag_ in ("NNS", "NNPS") or head.dep_ == "conj" or partitive_member(head) is not None \
        or head.has_dependent("conj")


class Pronouns:
    def __init__(self, base_iri: str, states: States) -> None:
        self.base_iri, self.states = base_iri, states
        # Actors mentioned so far, newest last, with whether each was a clause's subject and the
        # number of its sentence.
        self.recent: list[tuple[Entity, bool, int]] = []
        # Whether each of those mentions was plural ("rebels", "Britain and France"), for "they".
        # Kept beside `recent`, in step with it.
        self.plural: list[bool] = []
        # The coordination each of those mentions stood in ("A and B"), by its first conjunct's
        # token, or -1: "they" said of one of them is all of them. Kept beside `recent` too.
        self.together: list[int] = []
        # Where each of those mentions stands (its head token), in step with `recent`: a pronoun
        # refers back, never to a name after it that was read first ("If he …, an official said").
        self.positions: list[int] = []
        self._starts: list[int] | None = None  # first token of each sentence
        # Object pronouns resolved apart from their clause's subject, by token: the same token
        # as another clause's subject ("accused them of spying") is the same actor.
        self.bound: dict[int, Entity] = {}

    def sentence_of(self, token: TokenView) -> int:
        """The number of a token's sentence in its document."""
        if self._starts is None:
            self._starts = [sent.start for sent in token.doc.sents]
        return bisect_right(self._starts, token.i) - 1

    def mentioned(self, entity: Entity, subject: bool, sentence: int, plural: bool = False,
                  coordination: int = -1, position: int = -1) -> None:
        self.recent.append((entity, subject, sentence))
        self.plural.append(plural)
        self.together.append(coordination)
        self.positions.append(position)
        if len(self.recent) > MEMORY:
            del self.recent[:-MEMORY]
            del self.plural[:-MEMORY]
            del self.together[:-MEMORY]
            del self.positions[:-MEMORY]

    def fellows(self, entity: Entity) -> list[Entity]:
        """The actors named together with `entity` in its last mention ("A and B"), itself first;
        [] where it was named on its own."""
        for k in range(len(self.recent) - 1, -1, -1):
            if self.recent[k][0].id == entity.id:
                coordination = self.together[k]
                if coordination < 0:
                    return []
                found = {e.id: e for (e, _, _), c in zip(self.recent, self.together) if c == coordination}
                found.pop(entity.id, None)
                return [entity, *found.values()] if found else []
        return []

    def last_of(self, head: TokenView, kinds: Collection[str]) -> Entity | None:
        """The actor of one of `kinds` mentioned last within reach, for a phrase that names it by
        its kind alone ("the alliance"); a group only if it is some state's (a named one, not
        "a school"); None where there is none."""
        here = self.sentence_of(head)
        for entity, _, sentence in reversed(self.recent):
            if here - sentence >= REACH:
                return None
            if entity.kind in kinds and (entity.kind != "Group" or entity.code):
                return with_text(entity, head.text)
        return None

    def _thing_before(self, head: TokenView) -> bool:
        """Whether a verb above a plural pronoun has a plural object before it that names no actor
        ("froze assets where there is evidence they could be used …"): the pronoun is those things."""
        verb = head.head
        while verb is not None and verb.head is not verb:
            if any(o.tag_ in ("NNS", "NNPS") and o.i < head.i and o.i not in self.positions
                   for o in verb.dependents("dobj")):
                return True
            verb = verb.head
        return verb is not None and any(o.tag_ in ("NNS", "NNPS") and o.i < head.i and o.i not in self.positions
                                        for o in verb.dependents("dobj"))

    def resolve(self, head: TokenView, speaker: Entity | None, besides: Collection[str] = ()) -> Entity:
        """The actor a pronoun refers back to; never one of `besides` (ids), its clause's subjects
        where the pronoun is the object ("X accused them": not X, which would say "themselves";
        "A and B cut ties with C, accusing it …": neither A nor B)."""
        if head.i in self.bound:
            return self.bound[head.i]
        lower = head.lower_
        wanted: tuple[str, ...]
        if lower in PERSON_PRONOUNS:
            # a person, or an official the text names by office alone (a group: see _agrees)
            wanted = ("Person", "Group")
        elif lower in THING_PRONOUNS:
            wanted = ("State", "IGO", "Organization", "Group")  # a group only as a body named in the singular
        elif lower in PLURAL_PRONOUNS:
            wanted = ("Group", "State", "Organization", "IGO")
        elif lower in SPEAKER_PRONOUNS and speaker is not None:
            # "We" in a quotation is the speaker's side: the state a person speaks for.
            if lower in WE_PRONOUNS and speaker.kind == "Person" and speaker.code:
                return self.states.state(head.text, speaker.code)
            return with_text(speaker, head.text)
        else:
            return nothing(self.base_iri, head.text)  # "who", "which", "we" outside a quotation: no one named before
        # Subjects are the likelier antecedents: "It has voiced support" after "China has an
        # aversion to … Tibet, Taiwan" is China. Look among the last few subjects first.
        here = self.sentence_of(head)
        # "they" is also a person named with others ("the president and his aides … accusing them")
        listed = lower in PLURAL_PRONOUNS
        recent: list[tuple[Entity, bool]] = []
        for (e, was_subject, sentence), plural, at, together in zip(self.recent, self.plural, self.positions,
                                                                    self.together):
            # the cheap tests first: whether a mention agrees with the pronoun reads its words
            if here - sentence < REACH and e.id not in besides and at < head.i \
                    and (e.kind in wanted or (listed and together >= 0 and e.kind == "Person")) \
                    and _agrees(lower, e, was_subject, plural):
                recent.append((e, was_subject))
        candidates = [e for e, _ in recent]
        if listed and self._thing_before(head) and not _any_mentioned_in(self.recent, candidates, here):
            return nothing(self.base_iri, head.text)
        subjects = [e for e, was_subject in recent[-RECENT_SUBJECTS:] if was_subject]
        if subjects or candidates:
            return with_text((subjects or candidates)[-1], head.text)
        return nothing(self.base_iri, head.text)


def _any_mentioned_in(recent: list[tuple[Entity, bool, int]], entities: list[Entity], sentence: int) -> bool:
    """Whether one of `entities` is among the `recent` mentions in sentence number `sentence`."""
    ids = {e.id for e in entities}
    for entity, _, mentioned_in in recent:
        if mentioned_in == sentence and entity.id in ids:
            return True
    return False


def _agrees(pronoun: str, entity: Entity, was_subject: bool, plural: bool) -> bool:
    """Whether a mention (`was_subject` of its clause, `plural`) agrees in number and sex with a
    pronoun of a person, a thing or several ("he", "it", "they")."""
    if pronoun in PLURAL_PRONOUNS:
        # "they" is said of people, and of a body whatever its number ("the movement said they …"),
        # but not of a state named in the singular, nor of one person named by office ("a
        # spokesman said … unless they withdrew")
        return plural or entity.kind not in ("State", "Group")
    if pronoun in PERSON_PRONOUNS:
        # "he" is also an official the text names by office alone, in the singular, as a subject
        # ("the foreign minister accused … He said …"); never one named as of the other sex
        # ("his wife Grace")
        other_sex = FEMALE_WORDS if pronoun in MALE_PRONOUNS else MALE_WORDS
        return (entity.kind == "Person" or (was_subject and not plural)) \
            and not other_sex.intersection(entity.text.lower().split())
    # "it" is a named body ("the Front said it …"), never people named in the plural
    return not plural or entity.kind != "Group"
