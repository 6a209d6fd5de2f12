"""Actors: noun phrases resolved to states and places, persons, organisations, or through pronouns."""

from .names import mark_lexicon_names
from .phrases import np_span
from .resolver import Actors, ActorResolver, resolve_roles
from .states import iso_alpha3

__all__ = ["Actors", "ActorResolver", "iso_alpha3", "mark_lexicon_names", "np_span", "resolve_roles"]
