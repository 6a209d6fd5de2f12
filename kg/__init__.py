"""kg: a knowledge-graph builder for diplomatic events in news text."""

__version__ = "0.1.0"
