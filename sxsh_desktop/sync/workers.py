"""Checking packages in worker processes, each package with a time limit.

A package is checked in a worker process, never in the process that holds the store: whatever a
hostile package makes the checking do (a parse that does not end, a crash, memory), the worst is
that its worker is stopped, the package is refused with one line, and the next one is checked in a
fresh worker. Results come back in the order the packages were given; at most one package per
worker is in flight, so a package's time limit runs from the moment its worker starts on it.

fork is used when the calling process runs one thread (the CLI: workers start at once); spawn
otherwise (the GUI runs Qt threads; forking a threaded process is unsafe), and a spawned pool is
kept for the next import, since starting one costs a second or two.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from ..domain.message import Message

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_SECONDS = 60.0

_kept: dict[int, concurrent.futures.ProcessPoolExecutor] = {}  # spawned pools by size, for the next import
_kept_lock = threading.Lock()


@dataclass(frozen=True)
class Stopped:
    """A package whose check did not end in time, or whose worker died (`said`: why)."""

    said: Message

    @property
    def reason(self) -> str:
        return self.said.text("en")


def _context() -> Any:
    import multiprocessing

    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _new_pool(workers: int) -> tuple[concurrent.futures.ProcessPoolExecutor, bool]:
    """A pool and whether it is one kept between imports."""
    context = _context()
    if context.get_start_method() == "fork":
        return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context), False
    with _kept_lock:
        pool = _kept.pop(workers, None)
    if pool is None:
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context)
    return pool, True


def _keep(pool: concurrent.futures.ProcessPoolExecutor, workers: int) -> None:
    with _kept_lock:
        old = _kept.pop(workers, None)
        _kept[workers] = pool
    if old is not None:
        old.shutdown(wait=False, cancel_futures=True)


def _kill(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop the pool's workers now (a stuck one does not end by itself)."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public way to reach them
    for p in processes:
        try:
            p.kill()
        except (OSError, ValueError):  # already gone, or its process object already closed
            continue
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        p.join(timeout=5)


def warm_up(fn: Callable[[], Any], workers: int = 1) -> bool:
    """Start a spawned pool now and run `fn` in it (importing the checking code), and keep it for the
    next import, so that the first package of a session does not wait for that; nothing to do when
    workers are forked. True when a pool is ready."""
    if _context().get_start_method() == "fork":
        return False
    pool, _ = _new_pool(workers)
    try:
        pool.submit(fn).result(timeout=300)
    except Exception:  # whatever stopped the warm-up, the import starts its own workers (logged)
        log.warning("the checking workers could not be started ahead", exc_info=True)
        _kill(pool)
        return False
    _keep(pool, workers)
    return True


def run_checks(
    fn: Callable[..., Any],
    jobs: Iterable[tuple[Any, ...]],
    *,
    workers: int = 1,
    time_limit: float = DEFAULT_TIME_LIMIT_SECONDS,
) -> Generator[Any, None, None]:
    """`fn(*job)` for each job, in worker processes, yielded in order: the result, the exception the
    check raised, or Stopped when it took longer than `time_limit` seconds or its worker died.
    Closing the generator early (the user cancelled) stops the workers still busy."""
    workers = max(1, workers)
    pool, kept = _new_pool(workers)
    pending: deque[list[Any]] = deque()  # [job, future, deadline]
    queue = iter(jobs)
    suspects = 0  # after a worker died with several in flight: check these one at a time to find which

    def submit(job: tuple[Any, ...]) -> list[Any]:
        return [job, pool.submit(fn, *job), time.monotonic() + time_limit]

    def fill() -> None:
        while len(pending) < (1 if suspects else workers):
            job = next(queue, None)
            if job is None:
                return
            pending.append(submit(job))

    def restart(entries: list[list[Any]]) -> list[list[Any]]:
        """A fresh pool; what the old one had not finished is checked again in it."""
        nonlocal pool, kept
        _kill(pool)
        pool, kept = _new_pool(workers)
        out = []
        for entry in entries:
            future = entry[1]
            finished = (
                future.done() and not future.cancelled() and not isinstance(future.exception(), BrokenProcessPool)
            )
            out.append(entry if finished else submit(entry[0]))
        return out

    try:
        fill()
        while pending:
            job, future, deadline = pending[0]
            alone = len(pending) == 1
            try:
                result = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except concurrent.futures.TimeoutError:
                result = Stopped(Message("intake.too_slow", {"seconds": time_limit}))
            except BrokenProcessPool:
                if not alone:  # any of those in flight may have killed it: one at a time, to know which
                    entries = list(pending)
                    pending.clear()
                    _kill(pool)
                    pool, kept = _new_pool(workers)
                    suspects = len(entries)
                    queue = iter([*(e[0] for e in entries), *queue])
                    fill()
                    continue
                result = Stopped(Message("intake.worker_died"))
            except Exception as exc:  # raised by the check itself: said as the outcome
                result = exc
            pending.popleft()
            suspects = max(0, suspects - 1)
            if isinstance(result, Stopped):
                others = list(pending)
                pending.clear()
                pending.extend(restart(others))
            yield result
            fill()
    finally:  # closed early (the user cancelled) with checks in flight: stop them; else keep or end the pool
        if pending:
            _kill(pool)
        elif kept:
            _keep(pool, workers)
        else:
            pool.shutdown(wait=True)
