"""Privacy scans in a pool of worker processes, so that concurrent requests use every core.

One process runs HTTP, the UI and every other capability; ``scan`` and ``mask`` calls of the
scanner capability go to ``processes`` spawned workers, each with its own scanner. Until the
pool is warm (the workers load their models in the background) and if it ever breaks, calls run
on the in-process scanner, so the service answers from the first second.

The workers start once every capability has loaded (``start_pool``), so that their model loads do
not compete for the cores with the service's own start-up; ``pool_state`` on /healthz shows
``waiting``, ``starting``, ``ready``, ``failed`` or ``broken``.

Cores: 1 → no pool (in-process, as before); 2 → 2 workers; 8 → 8 workers (each holds its own
copy of the person-name model). A request cancelled by its budget drops a call still queued;
a call that has started finishes in its worker.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable

from app.api.budget import check_budget
from models.errors import FulianError

log = logging.getLogger(__name__)

_SCANNER: Any = None


def _init(build: Callable[..., Any] | str, args: tuple, kwargs: dict) -> None:
    global _SCANNER
    if isinstance(build, str):  # "module:function", imported here without the packages it never uses
        from app.importguard import SCANNER_SKIPS, import_attr

        build = import_attr(build, SCANNER_SKIPS)
    _SCANNER = build(*args, **kwargs)


def _call(method: str, args: tuple, kwargs: dict) -> tuple:
    try:
        return ("ok", getattr(_SCANNER, method)(*args, **kwargs))
    except FulianError as exc:  # its keyword-only code would not survive pickling
        return ("error", type(exc), exc.message, exc.code)


def auto_processes(setting: int, cpus: int | None = None) -> int:
    """Workers for ``scan_processes``: -1 = one per core when there are 2 or more (at most 8); 0 = none."""
    if setting >= 0:
        return setting
    if cpus is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cpus, 8) if cpus >= 2 else 0


class PooledScanner:
    """The scanner's interface; ``scan``/``mask`` run in the pool once it is warm."""

    def __init__(self, local: Any, processes: int, build: Callable[..., Any] | str, args: tuple = (),
                 kwargs: dict | None = None, *, start: bool = True):
        """``build``: the scanner factory, or its ``"module:function"`` path; ``start=False``: the
        workers start on ``start_pool()`` (the service starts them once everything else has loaded)."""
        self.local, self.processes = local, processes
        self.state, self.warm_s = ("starting" if start else "waiting"), 0.0
        self._pool: cf.ProcessPoolExecutor | None = None
        self._closed = threading.Event()
        self._started = threading.Lock()
        self._build = (build, args, kwargs or {})
        if start:
            self.start_pool()

    def start_pool(self) -> None:
        """Start the workers (once; later calls do nothing)."""
        if not self._started.acquire(blocking=False):
            return
        self.state = "starting"
        threading.Thread(target=self._start, name="scan-pool", daemon=True).start()

    def _start(self) -> None:
        started = time.perf_counter()
        try:
            # spawn, not fork: the parent has torch and threads loaded
            pool = cf.ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                          initializer=_init, initargs=self._build)
            # one call per worker, so every worker has loaded its scanner before traffic goes there
            for f in [pool.submit(_call, "scan", ("张三，电话13812345678。",), {}) for _ in range(self.processes)]:
                f.result()
        except Exception as exc:  # the in-process scanner keeps serving
            self.state = "failed"
            log.error("scan pool failed to start: %s", type(exc).__name__)
            return
        if self._closed.is_set():
            pool.shutdown(wait=False, cancel_futures=True)
            return
        self._pool, self.warm_s, self.state = pool, time.perf_counter() - started, "ready"
        log.info("scan pool ready: %d processes in %.1f s", self.processes, self.warm_s)

    def scan(self, text: str, **kwargs) -> dict:
        return self._run("scan", (text,), kwargs)

    def mask(self, text: str, **kwargs) -> dict:
        return self._run("mask", (text,), kwargs)

    def _run(self, method: str, args: tuple, kwargs: dict):
        pool = self._pool if self.state == "ready" else None
        if pool is None:
            return getattr(self.local, method)(*args, **kwargs)
        try:
            future = pool.submit(_call, method, args, kwargs)
        except (BrokenProcessPool, RuntimeError):
            return self._broken(method, args, kwargs)
        while True:
            try:
                outcome = future.result(timeout=0.2)
                break
            except cf.TimeoutError:
                try:
                    check_budget()
                except FulianError:
                    future.cancel()
                    raise
            except BrokenProcessPool:
                return self._broken(method, args, kwargs)
        if outcome[0] == "error":
            _, cls, message, code = outcome
            raise cls(message, code=code)
        return outcome[1]

    def _broken(self, method: str, args: tuple, kwargs: dict):
        if self.state == "ready":
            log.error("scan pool broke; scans run in-process from now on")
        self.state = "broken"
        return getattr(self.local, method)(*args, **kwargs)

    @property
    def info(self) -> dict:
        base = getattr(self.local, "info", None)
        out = dict(base) if isinstance(base, dict) else {}
        out.update({"pool_processes": self.processes, "pool_state": self.state, "pool_warm_s": round(self.warm_s, 1)})
        return out

    def __getattr__(self, name: str):  # backend, person_model and the rest come from the local scanner
        return getattr(self.local, name)

    def close(self) -> None:
        self._closed.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
