"""The time budget of the current request, visible to the code it runs (threads included).

``RequestGuard`` gives each ``/v1`` request a ``Budget`` through a context variable; the
context is copied into the worker thread that runs a sync route, so ``check_budget()`` there
sees the same object. When the client disconnects or the budget runs out the guard cancels
it: a call that has started runs to its end (Python cannot stop a thread), but no further
capability call or audit write of that request starts.
"""

from __future__ import annotations

import contextvars
import threading

from models.errors import FulianError


class RequestCancelled(FulianError):
    code = "timeout"
    http_status = 503


class Budget:
    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.reason = ""

    def cancel(self, reason: str) -> None:
        self.reason = reason
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


current_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("fulian_budget", default=None)


def check_budget() -> None:
    """Raise ``RequestCancelled`` when the current request was cancelled (no-op outside a request)."""
    budget = current_budget.get()
    if budget is not None and budget.cancelled:
        raise RequestCancelled(f"请求已取消（{budget.reason}）。")
