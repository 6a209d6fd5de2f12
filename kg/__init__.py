"""kg: a knowledge-graph builder for diplomatic events in English news text.

    import kg
    kg.extract_text("Russia vetoed the draft resolution.")   # -> list[kg.types.Triple]
    kg.build(["seeds/"], "out/"); kg.events(["out/graph.ttl"]); kg.load("out/graph.ttl")

The functions live in kg.api and are imported on first use, so that `import kg` (and the
command line's start) stays light.
"""

__version__ = "0.1.0"
__all__ = ["extract_text", "extract", "build", "events", "load"]


def __getattr__(name: str):
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
