"""Where extraction runs: in this process, in N worker processes, or on a Dask cluster.

Every engine turns a stream of articles into a stream of results in input order, so that the
output does not depend on where the work was done. Articles travel to workers in batches (of
`batch_size`, the batches `nlp.pipe` makes in one process, or smaller: see `worker_batch_size`),
and each worker process loads the model once and keeps it.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing import connection as mp_connection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from spacy.language import Language

from . import registry
from .dictionaries import load_dictionaries
from .errors import EngineError
from .extract import extract_article, registered_passes
from .lexicon import Lexicon, load_lexicon
from .nlp import default_model, load_model, model_identity, parse
from .types import Article, ArticleResult

if TYPE_CHECKING:
    from .pipeline import ExtractOptions

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


def task_of(options: ExtractOptions) -> Task:
    return Task(model=options.model or default_model(), lexicon=load_lexicon(options.lexicons),
                base_iri=options.base_iri, batch_size=options.batch_size)


@registry.engines.register("local")
def local_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction on this machine: in this process, or in `options.jobs` worker processes."""
    if options.scheduler is not None:
        raise EngineError("--scheduler is for the dask engine (--engine dask)")
    if options.jobs > 1:
        model_identity(options.model)  # a missing model fails here, before workers start
        return in_processes(articles, task_of(options), options.jobs, retry=options.retry_lost_batches)
    return extract_stream(articles, task_of(options))


@registry.engines.register("dask")
def dask_engine(articles: Iterable[Article], options: ExtractOptions) -> Iterator[ArticleResult]:
    """Extraction on a running Dask distributed cluster, at `options.scheduler`."""
    if not options.scheduler:
        raise EngineError("the dask engine needs the address of a scheduler (--scheduler ADDRESS)")
    if options.jobs != 1:
        raise EngineError("--jobs is for the local engine; a Dask cluster has as many as it has workers")
    return on_dask(articles, task_of(options), options.scheduler)


# The models this process has loaded, by name: a worker loads each model once.
_MODELS: dict[str, Language] = {}
# spaCy pipelines are not meant to be used from several threads at once; a Dask worker with
# several threads takes turns (the GIL would serialise them anyway).
_MODEL_LOCK = threading.RLock()


def process_model(name: str) -> Language:
    """The pipeline `name`, loaded once per process, with the dictionaries extraction reads."""
    with _MODEL_LOCK:
        nlp = _MODELS.get(name)
        if nlp is None:
            nlp = _MODELS[name] = load_model(name)
            # The model and the dictionaries live as long as the process: out of the collector's
            # sight, they are not walked again at every full collection that reading the
            # dictionaries and extraction's many objects set off.
            gc.freeze()
            load_dictionaries()
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

# Seconds a worker has to exit after being told to, before it is killed.
WORKER_EXIT_TIMEOUT = 5
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (Linux), so that a `kill -9` of kg
    leaves no worker holding a model's memory; elsewhere the worker notices a closed pipe."""
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _worker_main(task: Task, parent: int, batches_in: Any, results_out: Any) -> None:
    """A worker: batches in from its own queue, results out through its own pipe, until None."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while (job := batches_in.get()) is not None:
        number, articles = job
        results_out.send((number, extract_batch(articles, task)))


@dataclass(eq=False)  # a worker is itself: compared and found by identity
class _Worker:
    process: Any
    batches_in: Any  # a Queue: its feeder thread means putting a batch never blocks the parent
    results: Any  # this worker's own pipe, so that a worker killed mid-write corrupts no other's
    assigned: dict[int, list[Article]]

    def describe_death(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            return f"killed by {name}" + (" (out of memory?)" if -code == signal.SIGKILL else "")
        return f"exited with status {code}"


def describe_batch(number: int, articles: list[Article]) -> str:
    first, last = articles[0], articles[-1]
    where = first.origin or first.id
    if len(articles) > 1:
        where += f" to {last.origin or last.id}"
    return f"batch {number + 1} ({len(articles)} article(s), {where})"


class WorkerPool:
    """`jobs` worker processes, watched: a worker that dies is noticed at once (its process
    sentinel), never waited for. Its batches are then an EngineError naming them, or with
    `retry` are given to a new worker once; a batch whose worker dies twice comes back as
    failed results, which --skip-bad reports and leaves out."""

    def __init__(self, task: Task, jobs: int, context: Any, retry: bool) -> None:
        self.task, self.jobs, self.context, self.retry = task, jobs, context, retry
        self.workers: list[_Worker] = []
        self.tries: dict[int, int] = {}

    def start_worker(self) -> _Worker:
        reader, writer = self.context.Pipe(duplex=False)
        batches_in = self.context.Queue()
        process = self.context.Process(target=_worker_main, args=(self.task, os.getpid(), batches_in, writer),
                                       daemon=True, name=f"kg-worker-{len(self.workers) + 1}")
        process.start()
        writer.close()
        worker = _Worker(process, batches_in, reader, {})
        self.workers.append(worker)
        return worker

    def submit(self, number: int, articles: list[Article]) -> None:
        worker = min(self.workers, key=lambda w: len(w.assigned))
        worker.assigned[number] = articles
        worker.batches_in.put((number, articles))

    def results(self) -> Iterator[tuple[int, list[ArticleResult]]]:
        """Finished batches, as they finish, while any is assigned."""
        while any(w.assigned for w in self.workers):
            waiting = {w.results: w for w in self.workers if w.assigned}
            waiting.update({w.process.sentinel: w for w in self.workers if w.assigned})
            for ready in mp_connection.wait(list(waiting)):
                worker = waiting[ready]
                if worker not in self.workers:
                    continue  # its pipe and its sentinel were both ready; handled once
                if ready is worker.results:
                    try:
                        number, results = worker.results.recv()
                    except (EOFError, OSError, pickle.UnpicklingError):
                        yield from self._lost(worker)
                        continue
                    del worker.assigned[number]
                    yield number, results
                elif not worker.process.is_alive():
                    # Results it sent before dying are still in its pipe.
                    while worker.assigned and worker.results.poll():
                        try:
                            number, results = worker.results.recv()
                        except (EOFError, OSError, pickle.UnpicklingError):
                            break
                        del worker.assigned[number]
                        yield number, results
                    if worker.assigned:
                        yield from self._lost(worker)
                    else:
                        self._forget(worker)
                        self.start_worker()

    def _lost(self, worker: _Worker) -> Iterator[tuple[int, list[ArticleResult]]]:
        worker.process.join(WORKER_EXIT_TIMEOUT)
        death = worker.describe_death()
        lost = dict(sorted(worker.assigned.items()))
        self._forget(worker)
        number, articles = next(iter(lost.items()))
        if not self.retry:
            raise EngineError(f"a worker process was {death} while extracting {describe_batch(number, articles)}; "
                              "--skip-bad re-runs such a batch in another worker")
        replacement = self.start_worker()
        for number, articles in lost.items():
            self.tries[number] = self.tries.get(number, 0) + 1
            if self.tries[number] > 1:
                reason = (f"extraction failed (its worker process was {death} twice on "
                          f"{describe_batch(number, articles)})")
                yield number, [ArticleResult(article=a, sentences=0, error=f"{a.origin or a.id}: {reason}")
                               for a in articles]
                continue
            print(f"Warning: a worker process was {death} while extracting {describe_batch(number, articles)}; "
                  "running it again in another worker", file=sys.stderr)
            replacement.assigned[number] = articles
            replacement.batches_in.put((number, articles))

    def _forget(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        worker.batches_in.cancel_join_thread()  # batches for a dead worker are dropped at exit
        worker.results.close()

    def close(self, *, wait: bool) -> None:
        """Stop every worker: told to finish (wait) or killed at once."""
        for worker in self.workers:
            if wait:
                worker.batches_in.put(None)
            worker.batches_in.cancel_join_thread()
        for worker in self.workers:
            if wait:
                worker.process.join(WORKER_EXIT_TIMEOUT)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join()
            worker.results.close()
        self.workers.clear()


def worker_batch_size(batch_size: int, jobs: int) -> int:
    """Articles a batch for one of `jobs` workers: a worker's share of one nlp.pipe batch. The
    last batches of a run are what one worker may still parse while the others have nothing
    left: 100 long articles in batches of 32 went 64 to one worker and 36 to the other."""
    return max(1, batch_size // jobs)


def in_processes(articles: Iterable[Article], task: Task, jobs: int, *, retry: bool = False) -> Iterator[ArticleResult]:
    """Extraction in `jobs` worker processes, each with its own copy of the model.

    On Linux this process loads the model and forks the workers, which start at once with the
    model in memory they share until they write to it; elsewhere workers are spawned and load
    it themselves (fork is not safe on macOS). Results come in input order; at most
    BATCHES_PER_WORKER batches a worker are in flight, so memory does not grow with the corpus.
    """
    if sys.platform == "linux":
        process_model(task.model)  # also fails here, once, on a model that is not installed
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = WorkerPool(task, jobs, context, retry)
    finished = False
    try:
        for _ in range(jobs):
            pool.start_worker()
        todo = enumerate(batches(articles, worker_batch_size(task.batch_size, jobs)))
        window = jobs * BATCHES_PER_WORKER
        done: dict[int, list[ArticleResult]] = {}
        next_out = submitted = 0
        for number, batch in itertools.islice(todo, window):
            pool.submit(number, batch)
            submitted += 1
        while next_out < submitted:
            for number, results in pool.results():
                done[number] = results
                if number == next_out:
                    break
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
                for number, batch in itertools.islice(todo, 1):
                    pool.submit(number, batch)
                    submitted += 1
        finished = True
    finally:
        pool.close(wait=finished)


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
