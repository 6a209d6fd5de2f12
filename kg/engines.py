"""Where extraction runs: in this process, in N worker processes, or on a Dask cluster.

Every engine turns a stream of articles into a stream of results in input order, so that the
output does not depend on where the work was done. Articles travel to workers in batches of
`batch_size`, the same batches `nlp.pipe` makes in one process, and each worker process loads
the model once and keeps it.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import sys
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language

from .errors import EngineError
from .extract import extract_article, registered_passes
from .lexicon import Lexicon
from .nlp import load_model, parse
from .types import Article, ArticleResult

# How many batches each worker may have queued or running: enough to keep it busy, few enough
# that memory does not grow with the corpus.
BATCHES_PER_WORKER = 2
DASK_CONNECT_TIMEOUT = "10s"
DASK_WORKER_TIMEOUT = 30  # seconds to wait for a first worker to join the scheduler


@dataclass(frozen=True)
class Task:
    """What a worker needs to turn articles into results; sent to each worker once."""

    model: str
    lexicon: Lexicon
    base_iri: str
    batch_size: int = 32


# The models this process has loaded, by name: a worker loads each model once.
_MODELS: dict[str, Language] = {}
# spaCy pipelines are not meant to be used from several threads at once; a Dask worker with
# several threads takes turns (the GIL would serialise them anyway).
_MODEL_LOCK = threading.RLock()


def process_model(name: str) -> Language:
    """The pipeline `name`, loaded once per process."""
    with _MODEL_LOCK:
        nlp = _MODELS.get(name)
        if nlp is None:
            nlp = _MODELS[name] = load_model(name)
            # The model lives as long as the process: out of the collector's sight, it is not
            # walked again at every full collection that extraction's many objects set off.
            gc.freeze()
        return nlp


def extract_stream(articles: Iterable[Article], task: Task) -> Iterator[ArticleResult]:
    """Extraction in this process, streaming: documents go through nlp.pipe in batches."""
    nlp = process_model(task.model)
    passes = registered_passes()  # looked up once: plug-ins' entry points are read from disk
    for article, doc in parse(nlp, articles, batch_size=task.batch_size):
        yield safe_extract(doc, article, lexicon=task.lexicon, base_iri=task.base_iri, passes=passes)


def safe_extract(doc, article: Article, *, lexicon, base_iri: str, passes=()) -> ArticleResult:
    """extract_article, with a failure kept on the result instead of ending the whole run."""
    try:
        return extract_article(doc, article, lexicon=lexicon, base_iri=base_iri, passes=passes)
    except Exception as exc:  # a bug in a rule must cost one article, not a night's run
        where = article.origin or article.id
        return ArticleResult(article=article, sentences=0,
                             error=f"{where}: extraction failed ({type(exc).__name__}: {exc}); "
                                   "this is a bug in kg, please report it")


def extract_batch(articles: list[Article], task: Task) -> list[ArticleResult]:
    """One batch, start to end: what a worker process or a Dask worker runs."""
    with _MODEL_LOCK:
        return list(extract_stream(articles, task))


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class _Future(Protocol):
    def result(self) -> Any: ...
    def cancel(self) -> Any: ...


def in_order(submissions: Iterator[_Future], window: int) -> Iterator[ArticleResult]:
    """Results of batch futures in submission order, with at most `window` batches in flight."""
    pending: deque[_Future] = deque(itertools.islice(submissions, window))
    try:
        while pending:
            results = pending.popleft().result()
            pending.extend(itertools.islice(submissions, 1))
            yield from results
    finally:
        for future in pending:
            future.cancel()


# --- worker processes on this machine ------------------------------------------------------

_WORKER_TASK: Task | None = None


def _init_worker(task: Task) -> None:
    global _WORKER_TASK
    _WORKER_TASK = task


def _worker_batch(articles: list[Article]) -> list[ArticleResult]:
    assert _WORKER_TASK is not None, "worker started without its task"
    return extract_batch(articles, _WORKER_TASK)


def in_processes(articles: Iterable[Article], task: Task, jobs: int) -> Iterator[ArticleResult]:
    """Extraction in `jobs` worker processes, each with its own copy of the model.

    On Linux this process loads the model and forks the workers, which start at once with the
    model in memory they share until they write to it; elsewhere workers are spawned and load
    it themselves (fork is not safe on macOS).
    """
    if sys.platform == "linux":
        process_model(task.model)  # also fails here, once, on a model that is not installed
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                               initargs=(task,))
    try:
        submissions = (pool.submit(_worker_batch, batch) for batch in batches(articles, task.batch_size))
        yield from in_order(submissions, window=jobs * BATCHES_PER_WORKER)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- a Dask distributed cluster -------------------------------------------------------------


def on_dask(articles: Iterable[Article], task: Task, scheduler: str) -> Iterator[ArticleResult]:
    """Extraction on the workers of a running Dask scheduler.

    The task (model name, lexicon, base IRI) is broadcast to every worker once; batches of
    articles are submitted as the stream is read, at most two per worker thread ahead, and
    their results gathered back in order.
    """
    try:
        from distributed import Client
    except ImportError:
        raise EngineError("the dask engine needs dask.distributed; install it with: "
                          "pip install 'kg[dask]'") from None
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=DASK_WORKER_TIMEOUT)
        except TimeoutError:
            raise EngineError(f"the Dask scheduler at {scheduler} has no workers") from None
        threads = sum(client.nthreads().values()) or 1
        shared = client.scatter(task, broadcast=True, hash=False)
        run = uuid.uuid4().hex[:12]
        submissions = (
            client.submit(extract_batch, batch, shared, key=f"kg-extract-{run}-{n}", pure=False)
            for n, batch in enumerate(batches(articles, task.batch_size))
        )
        yield from in_order(submissions, window=threads * BATCHES_PER_WORKER)
    finally:
        client.close()
