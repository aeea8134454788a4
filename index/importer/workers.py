"""A pool of worker processes that can lose one task without losing the batch.

Each worker is a long-lived process (so heavy set-up such as the spaCy
pipeline happens once per process) with its own pipe, so the main process
always knows which file each worker holds. The main process watches a
deadline per task: a worker that runs past it is killed and replaced, and a
worker that dies (segfault, os._exit, out of memory) costs only its file.
concurrent.futures cannot do this: it cannot kill one hung task.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from bilagor.extractor.errors import BilagorError, ExitCode
from bilagor.index.importer.peaks import PeakLog, settled_rss_mb

# A worker that dies before it is ready this many times in a row means the
# workers cannot start at all (broken install): stop instead of looping.
_MAX_START_FAILURES = 3
# How often the pool thread looks up from waiting on workers (to notice it should stop).
_POLL_SECONDS = 0.25
# Address space a worker may use (MB): a decompression bomb or a huge page then
# fails its own file with MemoryError instead of driving the machine out of
# memory. A warmed-up worker maps about 300 MB; real reports need far less
# than the rest.
DEFAULT_MEMORY_LIMIT_MB = 1536
# A worker that after a file holds this much more (MB, resident) than when it
# was ready retires, and a fresh one takes its place: what files leave
# behind (heap fragments, the spaCy vocabulary growing with every new word)
# would otherwise sit under every later file's peak. A warmed-up worker
# holds about 130 MB; an OCR'd 20 M pixel page costs ~100 MB more while read.
DEFAULT_RECYCLE_GROWTH_MB = 150
# How often a worker looks whether the main process is still there (s): the
# deadline per file is kept by the main process, so a worker left behind by a
# killed import would otherwise read a file that never ends forever.
_PARENT_CHECK_SECONDS = 1.0
_FINISHED = object()  # the pool thread's last message: every task has its result
# In a worker, while a task runs: its pipe and key, for report_progress.
_running: tuple[Connection, Any] | None = None


class WorkerStartError(BilagorError):
    """The worker processes die before they can take any work."""

    exit_code = ExitCode.INTERNAL


@dataclass
class Task:
    key: Any  # the caller's handle for this task, returned with its result
    path: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class TaskProgress:
    """How far a running task is (e.g. OCR page `done` of `total`), as it told the pool."""

    key: Any
    path: str
    done: int
    total: int


def report_progress(done: int, total: int) -> None:
    """From inside a task: tell the main process how far it is. Does nothing outside a worker."""
    if _running is None:
        return
    conn, key = _running
    try:
        conn.send(("progress", key, done, total))
    except (OSError, EOFError):  # the main process is gone: the task ends on its own
        pass


@dataclass
class TaskResult:
    key: Any
    path: str
    value: Any = None  # what the function returned, when it succeeded
    error: str | None = None  # one-line reason, when it failed
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def describe_error(exc: BaseException) -> str:
    """One line for a failed task: the reason for bad input, else the error type and text."""
    reason = getattr(exc, "reason", None)
    if isinstance(reason, str) and reason:
        return reason
    if isinstance(exc, BilagorError):
        return exc.one_line()
    if isinstance(exc, MemoryError):
        return "minnet tog slut när filen lästes"
    text = " ".join(str(exc).split())
    return f"internt fel vid läsningen: {type(exc).__name__}" + (f": {text}" if text else "")


def memory_reason(limit_mb: int | None) -> str:
    if limit_mb:
        return f"behöver mer minne än gränsen ({limit_mb} MB, --memory-limit)"
    return "minnet tog slut när filen lästes"


def limit_memory(limit_mb: int | None) -> None:
    """Cap this process's address space at `limit_mb` (None or 0: no cap).

    RLIMIT_AS, not RLIMIT_DATA: it also bounds what C libraries (pdfium,
    zlib) map directly, and their allocations then fail instead of growing.
    """
    if not limit_mb:
        return
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = limit_mb << 20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def describe_exit(exitcode: int | None, memory_limit_mb: int | None = None) -> str:
    if exitcode == -signal.SIGKILL and memory_limit_mb:
        # Not killed by the pool (that is a timeout): the kernel's out-of-memory killer.
        return memory_reason(memory_limit_mb)
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"läsprocessen kraschade ({name}) när filen lästes"
    return f"läsprocessen avslutades (kod {exitcode}) när filen lästes"


def _worker_main(
    conn: Connection,
    function: Callable[..., Any],
    initializer: Callable[[], None] | None,
    memory_limit_mb: int | None = None,
    recycle_growth_mb: int | None = None,
) -> None:
    global _running
    # Ctrl-C goes to the whole process group; the main process decides what
    # happens (it stops the workers), so a worker must not die mid-send.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    limit_memory(memory_limit_mb)
    if initializer is not None:
        try:
            initializer()
        except Exception:  # warm-up is an optimisation; the task itself will report the problem
            pass
    ready_mb = settled_rss_mb() if recycle_growth_mb else None
    conn.send(("ready",))
    peak_log = PeakLog.from_environment()  # a benchmark's per-file memory log; None normally
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the main process is gone
            return
        if message is None:
            return
        key, path, options = message
        # The deadline runs from here: the task may have waited in the pipe.
        conn.send(("started", key, time.monotonic()))
        start = time.perf_counter()
        fatal = False
        if peak_log:
            peak_log.begin()
        _running = (conn, key)
        try:
            reply = ("ok", key, function(path, **options))
        except MemoryError:
            reply, fatal = ("error", key, memory_reason(memory_limit_mb)), True
        except Exception as exc:
            reply = ("error", key, describe_error(exc))
        finally:
            _running = None
        if peak_log:
            peak_log.end(str(path), "hash" if options.get("hash_only") else "read", time.perf_counter() - start)
        retiring = fatal or _grown(ready_mb, recycle_growth_mb)
        # Retiring (the heap may be in a bad state after MemoryError, or the
        # process stayed big): it says so and exits; the pool starts a fresh one.
        try:
            try:
                conn.send((*reply, time.perf_counter() - start, retiring))
            except (OSError, EOFError):
                raise
            except Exception as exc:  # e.g. a value that does not pickle
                conn.send(("error", key, describe_error(exc), time.perf_counter() - start, retiring))
        except (OSError, EOFError):  # the main process is gone (killed): nothing to report to
            return
        if retiring:
            os._exit(1 if fatal else 0)


def _end_with_parent() -> None:
    """Start a thread that ends this worker once its main process is gone (killed, SIGKILL: the
    pipe's end of file is only seen between tasks, not while one runs)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="bilagor-parent-watch", daemon=True).start()


def _grown(ready_mb: float | None, growth_mb: int | None) -> bool:
    """Whether this worker, freed memory handed back, holds more than `growth_mb` over `ready_mb` (None: never)."""
    if not growth_mb or ready_mb is None:
        return False
    rss = settled_rss_mb()
    return rss is not None and rss > ready_mb + growth_mb


class _Worker:
    """One process and the tasks sent to it, oldest (running) first."""

    def __init__(self, context, function, initializer, memory_limit_mb=None, recycle_growth_mb=None):
        self.conn, child_conn = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_worker_main,
            args=(child_conn, function, initializer, memory_limit_mb, recycle_growth_mb),
            daemon=True,
        )
        self.process.start()
        child_conn.close()
        self.ready = False
        self.broken = False  # its pipe failed: dead, not yet collected
        self.killed = False
        self.tasks: deque[Task] = deque()
        self.started: float | None = None  # when the oldest task started (worker's monotonic clock)

    def send(self, task: Task) -> None:
        self.tasks.append(task)
        try:
            self.conn.send((task.key, task.path, task.options))
        except OSError:
            # The process died after we last looked (a crash on its previous
            # file): send it nothing more; _collect sees the death, reports the
            # file it was reading and re-queues this one.
            self.broken = True

    def deadline(self, timeout: float) -> float:
        return self.started + timeout if self.started is not None else float("inf")

    def finish_running(self) -> Task | None:
        """The task that was running, now done or lost."""
        self.started = None
        return self.tasks.popleft() if self.tasks else None

    def stop(self, *, kill: bool = False) -> None:
        self.signal_stop(kill=kill)
        self.wait_stopped()

    def signal_stop(self, *, kill: bool) -> None:
        """Kill the process, or ask it to finish (it exits after its current message)."""
        self.killed = kill
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass

    def wait_stopped(self) -> None:
        self.process.join(5.0 if self.killed else 1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5.0)
        self.conn.close()
        self.process.close()


class WorkerPool:
    """Run ``function(path, **options)`` for each task in ``size`` processes.

    Use as a context manager; ``imap`` yields a TaskResult per task in
    completion order, and None every ``tick`` seconds while nothing finishes,
    so the caller can do periodic work (commit a batch) between results.
    Each worker holds up to ``depth`` tasks; a task a worker had not started
    when it died or was killed goes back to the queue. Each worker's address
    space is capped at ``memory_limit_mb`` (None: no cap), and a worker
    left holding ``recycle_growth_mb`` more than when it was ready is
    replaced after its task (None: never).
    """

    def __init__(
        self,
        function: Callable[..., Any],
        *,
        size: int,
        timeout: float,
        initializer: Callable[[], None] | None = None,
        start_method: str = "spawn",
        depth: int = 2,
        max_waiting: int = 200,
        memory_limit_mb: int | None = None,
        recycle_growth_mb: int | None = DEFAULT_RECYCLE_GROWTH_MB,
    ):
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.function = function
        self.size = size
        self.timeout = timeout
        self.initializer = initializer
        self.memory_limit_mb = memory_limit_mb
        self.recycle_growth_mb = recycle_growth_mb
        self.depth = max(1, depth)
        # Results the caller has not taken yet (it is busy): past this many the
        # workers get no new files, so a long index merge cannot fill memory.
        self.max_waiting = max_waiting
        # spawn, not fork: a forked child would inherit the archive's open
        # SQLite connection and write-lock descriptor.
        self._context = multiprocessing.get_context(start_method)
        self._workers: list[_Worker] = []
        self._queue: deque[Task] = deque()
        self._start_failures = 0
        self.respawned = 0

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        # Tesseract (OCR) would otherwise start a thread per core in every worker.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        while len(self._workers) < self.size:
            self._workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        return _Worker(self._context, self.function, self.initializer, self.memory_limit_mb, self.recycle_growth_mb)

    def close(self) -> None:
        for worker in self._workers:  # all first: each takes a moment to exit
            worker.signal_stop(kill=bool(worker.tasks))
        for worker in self._workers:
            worker.wait_stopped()
        self._workers = []

    def imap(
        self,
        tasks: Iterable[Task],
        *,
        tick: float = 1.0,
        on_progress: Callable[[TaskProgress], None] | None = None,
    ) -> Iterator[TaskResult | None]:
        """Results as they come, and None after `tick` seconds without one.

        What a task tells with report_progress goes to `on_progress`, called
        in the caller's thread (dropped when None).

        A thread of this process talks to the workers (sends files, takes
        results, watches deadlines), so they keep going while the caller is
        busy between results (an index commit takes seconds); otherwise
        workers would sit idle with their results stuck in full pipes.
        """
        self._queue = deque(tasks)
        results: queue.Queue = queue.Queue()
        stop = threading.Event()
        thread = threading.Thread(target=self._pump, args=(results, stop), name="bilagor-workers", daemon=True)
        thread.start()
        try:
            while True:
                try:
                    item = results.get(timeout=tick)
                except queue.Empty:
                    yield None
                    continue
                if item is _FINISHED:
                    return
                if isinstance(item, BaseException):
                    raise item
                if isinstance(item, TaskProgress):
                    if on_progress is not None:
                        on_progress(item)
                    continue
                yield item
        finally:
            stop.set()
            thread.join()

    def _pump(self, results: queue.Queue, stop: threading.Event) -> None:
        """The pool thread: dispatch, collect and replace until every task has a result."""
        try:
            while (self._queue or any(w.tasks for w in self._workers)) and not stop.is_set():
                if results.qsize() < self.max_waiting:
                    self._dispatch()
                now = time.monotonic()
                next_deadline = min((w.deadline(self.timeout) for w in self._workers), default=float("inf"))
                waiting = max(0.0, min(_POLL_SECONDS, next_deadline - now))
                handles = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
                ready = set(wait(handles, timeout=waiting))
                for index, worker in enumerate(list(self._workers)):
                    for result in self._collect(index, worker, ready):
                        results.put(result)
        except BaseException as exc:  # e.g. WorkerStartError: raised in the caller's thread
            results.put(exc)
            return
        results.put(_FINISHED)

    def _dispatch(self) -> None:
        # Level by level, so every worker has a task before any gets a second.
        for level in range(self.depth):
            for worker in self._workers:
                if worker.ready and not worker.broken and len(worker.tasks) <= level and self._queue:
                    worker.send(self._queue.popleft())

    def _collect(self, index: int, worker: _Worker, ready: set) -> list[TaskResult | TaskProgress]:
        results: list[TaskResult | TaskProgress] = []
        dead = worker.process.sentinel in ready
        if worker.conn in ready or dead:
            try:
                while worker.conn.poll():
                    message = worker.conn.recv()
                    if message[0] == "ready":
                        worker.ready = True
                        self._start_failures = 0
                    elif message[0] == "started":
                        worker.started = message[2]
                    elif message[0] == "progress":
                        _, key, done, total = message
                        results.append(TaskProgress(key, worker.tasks[0].path if worker.tasks else "", done, total))
                    else:
                        kind, key, payload, seconds, retiring = message
                        dead = dead or retiring
                        task = worker.finish_running()
                        path = task.path if task else ""
                        if kind == "ok":
                            results.append(TaskResult(key, path, value=payload, seconds=seconds))
                        else:
                            results.append(TaskResult(key, path, error=payload, seconds=seconds))
            except (EOFError, OSError):
                dead = True
        if time.monotonic() >= worker.deadline(self.timeout):
            task = worker.finish_running()
            worker.stop(kill=True)
            if task is not None:  # past its deadline, so a task was running
                results.append(
                    TaskResult(
                        task.key,
                        task.path,
                        error=f"läsningen tog längre än {self.timeout:g} s och avbröts",
                        seconds=self.timeout,
                    )
                )
            self._replace(index)
        elif dead:
            worker.process.join(1.0)
            exitcode = worker.process.exitcode
            started = worker.started
            task = worker.finish_running() if started is not None else None
            if task is not None and started is not None:
                results.append(
                    TaskResult(
                        task.key,
                        task.path,
                        error=describe_exit(exitcode, self.memory_limit_mb),
                        seconds=time.monotonic() - started,
                    )
                )
            elif not worker.ready:
                self._start_failures += 1
                if self._start_failures >= _MAX_START_FAILURES:
                    raise WorkerStartError(
                        f"läsprocesserna kan inte starta (slutkod {exitcode}); ett Python-skript som importerar "
                        "måste anropa import_paths under `if __name__ == '__main__':`"
                    )
            worker.stop(kill=True)
            self._replace(index)
        return results

    def _replace(self, index: int) -> None:
        lost = self._workers[index].tasks
        self._queue.extendleft(reversed(lost))  # sent but never started: try again elsewhere
        lost.clear()
        self._workers[index] = self._spawn()
        self.respawned += 1
