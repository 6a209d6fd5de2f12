"""The event-data field's dictionaries (kg/lexicons' generated files) as lookups for extraction.

actors.py: actors by name and date, agent words, places. verbs.py: CAMEO verb patterns -> CAMEO
code and PLOVER type. Each is read once per process on first use (`actor_directory()`,
`cameo_verbs()`).
"""

from .actors import Actor, ActorDirectory, Place, actor_directory
from .verbs import CameoVerbs, Phrase, VerbMatch, cameo_to_plover, cameo_verbs

__all__ = ["Actor", "ActorDirectory", "CameoVerbs", "Phrase", "Place", "VerbMatch", "actor_directory",
           "cameo_to_plover", "cameo_verbs"]
