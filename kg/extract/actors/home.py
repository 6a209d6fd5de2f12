"""The state of an article's dateline, for the institutions and groups its report names without one.

A wire report from a capital ("NAIROBI (Reuters) -") speaks of "the government", "the police" or
"rebels" without naming their state: they are the dateline place's state's where they act, or
where they are the one body of a state that something is done to ("sanctioned the junta").
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ...types import Entity
from ..tokens import SpanView, TokenView
from ..vocabulary import ENVOY_ROLES, FOREIGN_MODIFIERS, HOME_SECTORS, INTERNATIONAL_SEATS, PLACE_LABELS, \
    SITE_PREPS, STATE_FORM_WORDS, STATE_GROUP_NOUNS, STATE_SECTORS
from .groups import Groups
from .phrases import make_entity
from .states import States


class Home:
    def __init__(self, states: States, lexicon: Lexicon, base_iri: str, groups: Groups,
                 dateline: str | None, lead: SpanView | None = None) -> None:
        """`lead` is the sentence after the dateline."""
        self.lexicon, self.base_iri, self.groups = lexicon, base_iri, groups
        self.code = _dateline_state(states, dateline) if dateline else None
        if self.code is not None and lead is not None and _venue(states, lead, self.code):
            self.code = None
        self.ids: set[str] = set()  # ids of the entities that took the dateline's state

    def claims(self, head: TokenView, tokens: list[TokenView], sector: str | None, kind: str, subject: bool) -> bool:
        """Whether an institution or group named by its role alone is the dateline state's: where
        it acts, or where it is one body."""
        return sector in HOME_SECTORS and (subject or kind == "Organization") and self._may_stand_for(head, tokens)

    def group(self, group: Entity, head: TokenView, tokens: list[TokenView], np_text: str, label: str,
              subject: bool) -> Entity:
        """A group of no state, as the dateline state's where it acts; acted on, only a state's
        one ruling body ("the junta", "the regime") is."""
        if group.code is not None or group.sector not in HOME_SECTORS \
                or not (subject or (head.tag_ == "NN" and group.sector in STATE_SECTORS)) \
                or not self._may_stand_for(head, tokens):
            return group
        label = self.groups.uncounted(head, label) if group.kind == "Group" else label
        return self._adopted(np_text, label, group.kind, self.groups.key(head, label, self.code), group.sector)

    def body(self, body: Entity, head: TokenView, tokens: list[TokenView]) -> Entity:
        """A state's institution the parser tagged as a name ("the Foreign Ministry", "the Defence
        Ministry"), of no state of its own, as the dateline state's."""
        if body.code is not None or body.sector not in HOME_SECTORS or not self._may_stand_for(head, tokens):
            return body
        return self._adopted(body.text, body.label, body.kind, f"{body.label} {self.code}", body.sector)

    def _adopted(self, text: str, label: str, kind: str, key: str, sector: str | None) -> Entity:
        """The entity of the dateline's state, remembered as having taken it."""
        found = make_entity(self.base_iri, text, label, kind, key, code=self.code, sector=sector)
        self.ids.add(found.id)
        return found

    def holds_office(self, role: str) -> bool:
        """Whether a person's office named without a state ("Defence Minister") may be the
        dateline state's: not an envoy's, nor one its words call foreign ("visiting minister")."""
        words = role.lower().split()
        if not words or words[-1] in ENVOY_ROLES:
            return False
        return not any(w in FOREIGN_MODIFIERS and " ".join(words[k:]) not in self.lexicon.sectors
                       for k, w in enumerate(words))

    def _may_stand_for(self, head: TokenView, tokens: list[TokenView]) -> bool:
        """Whether a phrase that names no state may stand for the dateline's. Not an envoy ("the
        ambassador"), not several states ("the two governments"), nor a group its modifiers call
        foreign ("foreign troops") unless that word belongs to the role ("the foreign ministry")."""
        if self.code is None or head.lower_ in ENVOY_ROLES or head.lemma_.lower() in ENVOY_ROLES:
            return False
        if head.lower_ in STATE_GROUP_NOUNS:
            return False
        owners = [t for owner in head.dependents("poss") for t in owner.subtree]
        if owners and owners[0].lower_ == "their" and _of_coordinated_subject(head):
            return False  # "A and B agreed to reopen their embassies": the parties', no one state's
        if any(t.ent_type_ in PLACE_LABELS for t in (*owners, *tokens) if t.i < head.i):
            return False  # a place it names is its own, though no state kg knows ("Kosovo's premier")
        return not any(t.lower_ in FOREIGN_MODIFIERS and f"{t.lower_} {head.lemma_.lower()}" not in self.lexicon.sectors
                       and f"{t.lower_} {head.lower_}" not in self.lexicon.sectors for t in tokens if t.i < head.i)


def _of_coordinated_subject(head: TokenView) -> bool:
    """Whether a verb's object stands in a clause whose subject, its own or its controller's across
    infinitives and coordinated verbs, is two parties or more ("A and B agreed to reopen their …")."""
    if head.dep_ != "dobj":
        return False
    verb = head.head
    for _ in range(4):
        subject = verb.dependent("nsubj")
        if subject is not None:
            return subject.has_dependent("conj")
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _dateline_state(states: States, dateline: str) -> str | None:
    """The state of a dateline's place as written ("MOSCOW", "LIMA, Peru", "GOMA, Congo"): the
    whole, else its parts, the country after the city first, unless the country is written by the
    short name of the city's own state, the words of its form of state left out ("KINSHASA, Congo"
    is the Democratic Republic of the Congo's; "JUBA, Sudan" is Sudan's, as it was before South
    Sudan). A city that hosts international bodies says nothing of whose a court or a council is."""
    parts = [part.strip() for part in dateline.split(",") if part.strip()]
    if not parts or parts[0].lower() in INTERNATIONAL_SEATS:
        return None
    for place in (dateline, *reversed(parts)):
        code = states.entry(place)[0] or states.place_state(place)
        if code:
            city = states.entry(parts[0])[0] or states.place_state(parts[0])
            if city and city != code and place.lower() == _short_name(states.state_label(city)):
                return city
            return code
    return None


def _venue(states: States, lead: SpanView, code: str) -> bool:
    """Whether the dateline's place is only where parties of other states met: the lead sentence
    says its event happened there ("signed an agreement in <the dateline city>") and names the
    states of its parties, none of them the dateline's (peace talks abroad)."""
    there = named = False
    for token in lead:
        if token.ent_type_ not in ("GPE", "NORP"):
            continue
        found = states.code_of(token)
        if token.dep_ == "pobj" and token.head.lower_ in SITE_PREPS:
            there = there or found == code
        elif found == code:
            return False
        elif found:
            named = True
    return there and named


def _short_name(label: str) -> str:
    """A state's name without the words of its form of state ("the Democratic Republic of the
    Congo" is "congo")."""
    return " ".join(w for w in label.lower().split() if w not in STATE_FORM_WORDS)
