"""Batched inference with the trained NER model: ``load_ner_tagger(model_dir=None)``.

Documents are split into sentence pieces (``segment``), all pieces of a call are sorted by
length and run in padded batches, and the CRF decodes each batch at once. The weights load
once per tagger object; ``load_ner_tagger`` caches one object per weights file.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import logging
import os
import threading
from pathlib import Path

import numpy as np
import torch

from models.errors import ConfigError
from models.ner.data import LABELS, TAGS
from models.ner.features import Vocab
from models.ner.model import NerConfig, NerModel
from models.ner.segment import MAX_LEN, split_text
from models.taggers import WEAK_PER, Span, between_batches

log = logging.getLogger(__name__)

WEIGHTS_NAME = "ner.pt"
DEFAULT_DIR = Path(__file__).parent / "weights"
_TAG_LABEL = [t[2:] if t != "O" else "" for t in TAGS]
_PER_COLUMNS = [TAGS.index("B-PER"), TAGS.index("I-PER")]
# WEAK_PER: the label of a name that only a second decode at ``recall_bias`` finds (no PER of the first
# decode overlaps it): a weaker guess that the privacy scan keeps only where the document supports it
# (the given name of a full name found elsewhere: 海燕 after 韦海燕).


class NerTagger:
    """``tag(texts) -> list[list[Span]]`` with PER/LOC/ORG spans indexing each input text."""

    name = "ner"
    splits_documents = True  # ``tag`` takes whole documents and cuts them into sentences itself

    def __init__(self, model: NerModel, vocab: Vocab, per_bias: float = 0.0, *, batch_chars: int = 4000,
                 device: str | torch.device = "cpu", threads: int | None = None, parallel: int | None = None,
                 recall_bias: float | None = None):
        self.model = model.eval()
        # torch threads while tagging. One by default: the LSTM steps are too small to split, and
        # on a shared 2-core machine two OpenMP threads spin against other processes (measured
        # 131k vs 7k characters per CPU second under load; MODEL_CARD.md). Scale with processes.
        self.threads = _positive("FULIAN_NER_THREADS", 1 if threads is None else threads)
        self.vocab = vocab
        self.per_bias = float(per_bias)
        # a second CRF decode with this PER bias adds ``WEAK_PER`` spans (None: no second decode)
        self.recall_bias = None if recall_bias is None else float(recall_bias)
        self.batch_chars = batch_chars
        self.device = torch.device(device)
        # Forwards that may run at once in this process. torch releases the GIL inside its
        # kernels, so concurrent requests in a threaded server use several cores; the model is
        # read-only under inference_mode, so sharing it between threads is safe.
        self.parallel = _positive("FULIAN_NER_PARALLEL", default_parallel() if parallel is None else parallel)
        self._slots = threading.BoundedSemaphore(self.parallel)

    def tag(self, texts: list[str]) -> list[list[Span]]:
        results: list[list[Span]] = [[] for _ in texts]
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        encoded: list[np.ndarray] = []
        for ti, text in enumerate(texts):
            bounds = split_text(text, MAX_LEN)
            if not bounds:
                encoded.append(np.empty((self.vocab.n_rows, 0), dtype=np.int64))
                continue
            arr = np.asarray(bounds, dtype=np.int64)
            encoded.append(self.vocab.encode(text, arr[:, 0], arr[:, 1]))
            pieces.extend((ti, s, e) for s, e in bounds)
        if not pieces:
            return results
        order = sorted(range(len(pieces)), key=lambda i: pieces[i][2] - pieces[i][1], reverse=True)
        with self._slots, torch.inference_mode(), _torch_threads(self.threads if self.device.type == "cpu" else 0):
            i = 0
            while i < len(order):
                longest = pieces[order[i]][2] - pieces[order[i]][1]
                size = max(1, self.batch_chars // max(longest, 1))
                batch = order[i : i + size]
                i += size
                between_batches()  # a scan past its time budget stops here, not after the whole call
                self._run_batch([pieces[j] for j in batch], encoded, results)
        for spans in results:
            spans.sort(key=lambda s: s.start)
        if sum(e - s for _, s, e in pieces) >= _TRIM_AFTER_CHARS:
            _release_heap()
        return results

    def _run_batch(self, batch: list[tuple[int, int, int]], encoded: list[np.ndarray],
                   results: list[list[Span]]) -> None:
        lengths = np.array([e - s for _, s, e in batch], dtype=np.int64)
        width = int(lengths.max())
        ids = np.zeros((len(batch), self.vocab.n_rows, width), dtype=np.int64)
        for row, (ti, s, e) in enumerate(batch):
            ids[row, :, : e - s] = encoded[ti][:, s:e]
        ids_t = torch.from_numpy(ids).to(self.device)
        len_t = torch.from_numpy(lengths)
        em = self.model.emissions(ids_t, len_t)
        biases = [self.per_bias]
        if self.recall_bias is not None and self.recall_bias != self.per_bias:
            biases.append(self.recall_bias)
        decoded = self._decode(em, lengths, biases)
        first = decoded[: len(batch)]
        weak = decoded[len(batch) :] if len(biases) > 1 else None
        for row, (ti, s, _e) in enumerate(batch):
            spans = first[row]
            results[ti].extend(Span(s + b, s + e, label, score) for b, e, label, score in spans)
            if weak is not None:
                per = [(b, e) for b, e, label, _ in spans if label == "PER"]
                results[ti].extend(
                    Span(s + b, s + e, WEAK_PER, score) for b, e, label, score in weak[row]
                    if label == "PER" and not any(pb < e and b < pe for pb, pe in per))

    def _decode(self, em: torch.Tensor, lengths: np.ndarray, biases: list[float]) -> list[list[tuple]]:
        """Viterbi over ``em`` once per PER bias in ``biases``, all in one stacked batch (the network
        runs once): per row of each bias in turn, (start, end, label, score) with the span's mean
        tag probability."""
        if len(biases) > 1 or biases[0]:
            em = torch.cat([em + _per_shift(bias, em) if bias else em for bias in biases])
        lengths = np.tile(lengths, len(biases))
        if em.device.type == "cpu":  # NumPy's per-step overhead is a fraction of torch's
            tags = torch.from_numpy(self.model.crf.decode_numpy(em.numpy(), lengths))
        else:
            tags = self.model.crf.decode(em, torch.from_numpy(lengths).to(em.device))
        probs = torch.softmax(em, dim=-1).gather(2, tags.to(em.device).unsqueeze(2)).squeeze(2)
        tags_np = tags.cpu().numpy()
        # running sums of each row's tag probabilities: a span's mean score in O(1)
        cums = np.concatenate([np.zeros((len(lengths), 1)), np.cumsum(probs.double().cpu().numpy(), axis=1)], axis=1)
        out: list[list[tuple]] = []
        for row in range(len(lengths)):
            n = int(lengths[row])
            seq = tags_np[row, :n]
            spans = []
            for b in np.flatnonzero(seq % 2 == 1):  # B- tags have odd indices
                inside = seq[b] + 1
                end = b + 1
                while end < n and seq[end] == inside:
                    end += 1
                score = float((cums[row, end] - cums[row, b]) / (end - b))
                spans.append((int(b), int(end), _TAG_LABEL[seq[b]], round(score, 4)))
            out.append(spans)
        return out


def _per_shift(bias: float, em: torch.Tensor) -> torch.Tensor:
    """A [T] row that adds ``bias`` to the PER tags' emissions (broadcast over batch and positions)."""
    shift = torch.zeros(em.shape[-1], dtype=em.dtype, device=em.device)
    shift[_PER_COLUMNS] = bias
    return shift


def default_parallel() -> int:
    """NER forwards at once in one process when not configured: the cores, at most 4."""
    return min(4, os.cpu_count() or 1)


def _positive(setting: str, value: int) -> int:
    """``threads``/``parallel`` (the service passes its ``FULIAN_NER_*`` settings in)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{setting} 应为正整数，当前为 {value!r}。")
    return value


_TRIM_AFTER_CHARS = 50_000


@functools.lru_cache(maxsize=1)
def _libc_malloc_trim():
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def _release_heap() -> None:
    """Give freed heap pages back to the OS after a large call. Batches of varying shape leave
    glibc's heap fragmented: tagging 200k characters held about 230 MiB more without this,
    8 MiB with it (MODEL_CARD.md)."""
    trim = _libc_malloc_trim()
    if trim is not None:
        trim(0)


_THREADS_LOCK = threading.Lock()
_threads_users = 0
_threads_saved = 0


@contextlib.contextmanager
def _torch_threads(n: int):
    """Run with ``n`` torch intra-op threads (0: leave as is), then restore the previous number.

    Reference-counted, so overlapping calls from several threads set the number once and the
    last one out restores it.
    """
    global _threads_users, _threads_saved
    if not n:
        yield
        return
    with _THREADS_LOCK:
        if _threads_users == 0:
            _threads_saved = torch.get_num_threads()
            if _threads_saved != n:
                torch.set_num_threads(n)
        _threads_users += 1
    try:
        yield
    finally:
        with _THREADS_LOCK:
            _threads_users -= 1
            if _threads_users == 0 and _threads_saved != n:
                torch.set_num_threads(_threads_saved)


def load_weights(path: Path, device: str = "cpu") -> tuple[NerModel, Vocab, dict]:
    if not path.is_file():
        raise ConfigError(
            f"找不到人名识别模型权重：{path}。请运行 `python -m training.ner.train` 训练，或改用 thulac/jieba 后端。"
        )
    try:
        blob = torch.load(path, map_location="cpu", weights_only=True)
        cfg = NerConfig(**blob["config"])
        vocab = Vocab.from_dict(blob["vocab"])
        model = NerModel(cfg)
        model.load_state_dict({k: v.float() for k, v in blob["state_dict"].items()})
    except (KeyError, RuntimeError, TypeError, ValueError) as exc:
        raise ConfigError(f"人名识别模型权重无法读取（{path}）：{exc}。请重新训练或检查文件。") from exc
    return model.to(device).eval(), vocab, blob


_CACHE: dict[tuple, NerTagger] = {}
_CACHE_LOCK = threading.Lock()


def load_ner_tagger(model_dir: str | None = None, device: str = "cpu", quantize: bool | None = None, *,
                    threads: int | None = None, parallel: int | None = None) -> NerTagger:
    """The NER tagger from ``model_dir`` (default: the bundled weights), loaded once per process.

    ``threads``: torch threads per call (default 1); ``parallel``: calls at once (default: cores, at most 4).

    On CPU the LSTM is dynamically quantised to int8 unless ``quantize=False`` (about 1.2x the
    speed at the same accuracy; see MODEL_CARD.md).
    """
    path = (Path(model_dir) if model_dir else DEFAULT_DIR) / WEIGHTS_NAME
    if quantize is None:
        quantize = str(device) == "cpu"
    key = (str(path.resolve()), str(device), quantize, threads, parallel)
    with _CACHE_LOCK:
        if key not in _CACHE:
            model, vocab, blob = load_weights(path, device)
            if quantize:
                model.quantize()
            _CACHE[key] = NerTagger(model, vocab, blob.get("per_bias", 0.0), device=device, threads=threads,
                                    parallel=parallel, recall_bias=blob.get("recall_bias"))
            log.info("loaded NER model %s (int8: %s)", path, quantize)
        return _CACHE[key]


__all__ = ["LABELS", "WEAK_PER", "NerTagger", "load_ner_tagger", "load_weights"]
