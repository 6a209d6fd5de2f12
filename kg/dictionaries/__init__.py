"""The event-data field's dictionaries (kg/lexicons' generated files) as lookups for extraction.

actors.py: actors by name and date, agent words, places. Read once per process on first use
(`actor_directory()`).
"""

from .actors import Actor, ActorDirectory, Place, actor_directory

__all__ = ["Actor", "ActorDirectory", "Place", "actor_directory"]
