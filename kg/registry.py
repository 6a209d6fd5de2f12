"""One way to extend kg: named registries that kg fills and plug-in packages add to.

Every extension point is a `catalogue` registry (the mechanism spaCy uses). kg registers its
own entries where they are defined; a third-party package adds one either by calling the
registry at import time,

    from kg.registry import exporters
    exporters.register("csv-edges", func=Exporter(...))

or, without being imported by anyone, through a Python entry point in the group
`kg_<registry>` of its `pyproject.toml`:

    [project.entry-points.kg_stores]
    mystore = "mypackage.store:MyStore"

| registry           | entry-point group     | what an entry is                                   |
| ------------------ | --------------------- | -------------------------------------------------- |
| `engines`          | `kg_engines`          | `(articles, ExtractOptions) -> Iterator[ArticleResult]` |
| `rdf_formats`      | `kg_rdf_formats`      | a `kg.rdf.RdfFormat`                               |
| `stores`           | `kg_stores`           | a class `(location, **options)` with the Backend methods |
| `result_formats`   | `kg_result_formats`   | `(QueryResult, base_iri) -> str` or an iterable of lines |
| `exporters`        | `kg_exporters`        | a `kg.viz.exporters.Exporter`                      |
| `extraction_passes`| `kg_extraction_passes`| `(ArticleResult) -> ArticleResult`, run after kg's own steps |
"""

from __future__ import annotations

from typing import Any

import catalogue

from .errors import KgError

engines = catalogue.create("kg", "engines", entry_points=True)
rdf_formats = catalogue.create("kg", "rdf_formats", entry_points=True)
stores = catalogue.create("kg", "stores", entry_points=True)
result_formats = catalogue.create("kg", "result_formats", entry_points=True)
exporters = catalogue.create("kg", "exporters", entry_points=True)
extraction_passes = catalogue.create("kg", "extraction_passes", entry_points=True)


class UnknownName(KgError):
    """A name given for a format, store, engine or exporter that no registry holds."""


def names(registry: catalogue.Registry) -> list[str]:
    """Every name the registry holds, plug-ins included, in sorted order."""
    return sorted(registry.get_all())


def lookup(registry: catalogue.Registry, name: str, what: str, error: type[KgError] = UnknownName) -> Any:
    """The entry `name`, or a one-line error listing the names there are."""
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        raise error(f"unknown {what} {name!r}; choose from {', '.join(names(registry))}") from None
