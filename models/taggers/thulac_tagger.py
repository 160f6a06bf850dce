"""thulac 0.2.2 as a span tagger (np = person, ns = place, ni = organisation).

thulac's models ship inside the package (offline). Its licence is free for research use
only; it is kept as a reference and fallback, not the default.
"""

from __future__ import annotations

import contextlib
import io
import threading

from models.taggers import Span
from models.taggers._align import spans_from_words

_LABELS = {"np": "PER", "ns": "LOC", "ni": "ORG"}


class ThulacTagger:
    name = "thulac"

    def __init__(self) -> None:
        import thulac

        # thulac prints "Model loaded succeed" on stdout; keep stdout clean for --json output.
        with contextlib.redirect_stdout(io.StringIO()):
            self._model = thulac.thulac()
        self._lock = threading.Lock()  # thulac's C++ state is not thread-safe

    def tag(self, texts: list[str]) -> list[list[Span]]:
        out = []
        with self._lock:
            for text in texts:
                words = self._model.cut(text, text=False) if text.strip() else []
                out.append(spans_from_words(text, ((w, t) for w, t in words), _LABELS))
        return out


def load_thulac_tagger() -> ThulacTagger:
    return ThulacTagger()
