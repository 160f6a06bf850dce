"""The cyclic garbage collector during a server's start-up.

Start-up imports torch, spaCy, Presidio, FastAPI and the models: several hundred thousand
objects that live as long as the process. The collector would walk them again and again while
they are created (5–15% of the start-up time on this project's 2-core machine, see
``fulian bench startup``). A served process therefore pauses it until start-up is done, then
collects once and freezes what survived (``gc.freeze``), so later collections during requests
skip the long-lived objects too. Only ``fulian serve`` does this; an application built in a
test or a script leaves the collector alone.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collection until ``resume``; call it before the heavy imports."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect once, freeze the survivors and switch automatic collection back on (only if ``pause`` stopped it)."""
    global _paused
    if not _paused:
        return
    gc.collect()
    gc.freeze()
    gc.enable()
    _paused = False
