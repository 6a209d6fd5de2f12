"""Triple stores: load a graph into one, verify it arrived, query it with SPARQL.

    from kg.store import connect, load_file, query
    with connect("oxigraph", "out/store") as store:          # embedded, no server needed
        report = load_file("out/graph.ttl", store)
        rows = query(store, "SELECT ?s WHERE { ?s a dip:State }")

    http.py      HTTP: options, URL checks, credentials, retries (urllib3's Retry), one-line errors
    backends.py  the stores, registered by name in kg.registry.stores; connect, open_target
    loading.py   load_file / load_graphs in resumable chunks, graphs kept or replaced, then verification
    results.py   QueryResult, query with kg's prefixes, the result formats of kg.registry.result_formats

This module only re-exports.
"""

from ..errors import QueryError, StoreError
from .backends import (DEFAULT_STORE, Backend, EmbeddedStore, GraphStoreProtocol, QueryEndpoint, SparqlUpdateStore,
                       connect, open_target, sparql_triple, value_key)
from .http import HttpOptions, check_url, credentials, redact
from .loading import (LoadInterrupted, LoadReport, VerificationFailed, load_file, load_graphs, load_triples,
                      ontology_triples, read_graphs, read_triples)
from .results import (Queryable, QueryResult, format_csv, format_json, format_ntriples, format_result, format_table,
                      printable, query, query_prefixes, uses_service, write_result)

__all__ = [
    "DEFAULT_STORE", "Backend", "EmbeddedStore", "GraphStoreProtocol", "HttpOptions", "LoadInterrupted", "LoadReport",
    "QueryEndpoint", "QueryError", "QueryResult", "Queryable", "SparqlUpdateStore", "StoreError",
    "VerificationFailed", "check_url", "connect", "credentials", "format_csv", "format_json", "format_ntriples",
    "format_result", "format_table", "load_file", "load_graphs", "load_triples", "ontology_triples", "open_target",
    "query", "printable", "query_prefixes", "read_graphs", "read_triples", "redact", "sparql_triple", "uses_service",
    "value_key", "write_result",
]
