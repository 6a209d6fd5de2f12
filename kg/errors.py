"""One exception family: the CLI turns any KgError into `Error: …` and exit 1 (2 for an OptionError)."""


class KgError(Exception):
    """Base class of every error kg reports to a user."""


class OptionError(KgError):
    """An option's value is malformed or names nothing kg has: a usage error (exit 2)."""


class InputError(KgError):
    """An input file, directory or line cannot be read as articles."""


class ModelError(KgError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""


class EngineError(KgError):
    """An extraction engine cannot run: bad settings, or a cluster that cannot be reached."""


class FormatError(KgError):
    """An output or input format is unknown."""


class ValidationFailed(KgError):
    """A graph does not conform to the SHACL shapes."""


class FilterError(KgError):
    """A viz filter names an unknown entity, event type or date, or leaves nothing to draw."""


class ToolMissing(KgError):
    """An external program a format needs (Graphviz) is not installed."""


class ExtractionFailed(KgError):
    """Extraction failed on an article: a bug in kg, reported with the article it happened on."""


class StoreError(KgError):
    """A triple store cannot be reached, refused a request or answered with an error."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be read, or its result format is unknown."""


class OutputError(KgError):
    """An output cannot be written: permissions, a missing or non-folder parent, a full disk, a lock."""
