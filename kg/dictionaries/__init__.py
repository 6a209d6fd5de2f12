"""The event-data field's dictionaries (kg/lexicons' generated files) as lookups for extraction.

actors.py: actors by name and date, agent words, places. verbs.py: CAMEO verb patterns -> CAMEO
code and PLOVER type. Each is read once per process (`actor_directory()`, `cameo_verbs()`), by
`load_dictionaries()` where a process starts to extract, else on first use.
"""

from .actors import Actor, ActorDirectory, Place, actor_directory
from .verbs import CameoVerbs, Phrase, VerbMatch, cameo_to_plover, cameo_verbs, plover_table


def load_dictionaries() -> None:
    """Read every dictionary now, with the model and the lexicon, rather than during the first article."""
    actor_directory()
    cameo_verbs()
    plover_table()


__all__ = ["Actor", "ActorDirectory", "CameoVerbs", "Phrase", "Place", "VerbMatch", "actor_directory",
           "cameo_to_plover", "cameo_verbs", "load_dictionaries"]
