"""Import a module without the optional packages it would pull in but never uses here.

Presidio's package ``__init__`` imports its Hugging Face pipeline component, which imports
``transformers`` when it is installed (about 2 s on 2 cores) although the scanner's NLP engine
never uses it. Marking the package absent for the length of that import makes Presidio take its
own ``ImportError`` branch; the mark is removed afterwards, so a later ``import transformers``
(the transformers generator backend, sentence-transformers embeddings) works as usual.

Not thread-safe against a concurrent import of the skipped package: the start-up loader imports
the scanner before anything that could need ``transformers``.
"""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from typing import Any, Iterator

# packages the scanner's import chain would import without using them
SCANNER_SKIPS = ("transformers",)


@contextmanager
def skipping(*names: str) -> Iterator[None]:
    """Within the block, ``import name`` raises ImportError for packages not yet imported."""
    marked = [n for n in names if n not in sys.modules]
    for name in marked:
        sys.modules[name] = None  # type: ignore[assignment]  (the import system's "absent" mark)
    try:
        yield
    finally:
        for name in marked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def import_attr(path: str, skip: tuple[str, ...] = ()) -> Any:
    """``module:attr``, imported with ``skip`` marked absent."""
    module_name, _, attr = path.partition(":")
    with skipping(*skip):
        module = importlib.import_module(module_name)
    return getattr(module, attr)
