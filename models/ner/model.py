"""The network: character + bigram + class embeddings -> BiLSTM -> emissions -> CRF."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from models.ner.crf import CRF
from models.ner.data import TAGS
from models.ner.features import N_CLASSES
from models.ner.lexicon import N_HINTS


@dataclass
class NerConfig:
    n_chars: int
    n_bigrams: int
    char_dim: int = 128
    bigram_dim: int = 64
    class_dim: int = 16
    hidden: int = 128  # per direction
    layers: int = 1
    dropout: float = 0.3
    use_bigrams: bool = True
    lexicon_dim: int = 0  # > 0: embed the lexicon hint row (ids row 4)

    def to_dict(self) -> dict:
        return asdict(self)


class NerModel(nn.Module):
    def __init__(self, cfg: NerConfig):
        super().__init__()
        self.cfg = cfg
        self.char_emb = nn.Embedding(cfg.n_chars, cfg.char_dim, padding_idx=0)
        in_dim = cfg.char_dim + cfg.class_dim
        if cfg.use_bigrams:
            self.bigram_emb = nn.Embedding(cfg.n_bigrams, cfg.bigram_dim, padding_idx=0)
            in_dim += 2 * cfg.bigram_dim
        self.class_emb = nn.Embedding(N_CLASSES, cfg.class_dim, padding_idx=0)
        if cfg.lexicon_dim:
            self.lexicon_emb = nn.Embedding(N_HINTS, cfg.lexicon_dim, padding_idx=0)
            in_dim += cfg.lexicon_dim
        self.dropout = nn.Dropout(cfg.dropout)
        self.lstm = nn.LSTM(
            in_dim, cfg.hidden, num_layers=cfg.layers, batch_first=True, bidirectional=True,
            dropout=cfg.dropout if cfg.layers > 1 else 0.0,
        )
        self.proj = nn.Linear(2 * cfg.hidden, len(TAGS))
        self.crf = CRF(len(TAGS))
        self.quantized = False  # set by quantize(); a quantised LSTM runs on packed input

    def quantize(self) -> "NerModel":
        """Dynamic int8 quantisation of the LSTM (``torch.ao.quantization.quantize_dynamic``),
        in place, for CPU inference."""
        import warnings

        self.eval()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecation notices of torch.ao
            self.lstm = torch.ao.quantization.quantize_dynamic(
                nn.Sequential(self.lstm), {nn.LSTM}, dtype=torch.qint8
            )[0]
        self.quantized = True
        return self

    def _inputs(self, ids: torch.Tensor) -> torch.Tensor:
        parts = [self.char_emb(ids[:, 0]), self.class_emb(ids[:, 3])]
        if self.cfg.use_bigrams:
            parts += [self.bigram_emb(ids[:, 1]), self.bigram_emb(ids[:, 2])]
        if self.cfg.lexicon_dim:
            parts.append(self.lexicon_emb(ids[:, 4]))
        return torch.cat(parts, dim=-1)

    def emissions(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """ids [B, R, L] (char, left bigram, right bigram, class, lexicon hints if used); lengths [B] (CPU, descending
        not required). Returns [B, L, T]. In eval mode a one-layer model takes the faster
        unpacked path (``_bidirectional_unpacked``), which gives the same result."""
        if not self.training and self.cfg.layers == 1 and not self.quantized:
            return self.proj(self._bidirectional_unpacked(self._inputs(ids), lengths))
        x = self.dropout(self._inputs(ids))
        lengths = lengths.cpu()
        in_order = bool((lengths[:-1] >= lengths[1:]).all())  # the tagger sends longest first
        packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=in_order)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=ids.shape[2])
        return self.proj(self.dropout(out))

    def prepare_inference(self) -> "NerModel":
        """Eval mode with the BiLSTM split into two unidirectional LSTMs (copies of its weights)."""
        self.eval()
        state = self.lstm.state_dict()
        split = []
        for suffix in ("", "_reverse"):
            lstm = nn.LSTM(self.lstm.input_size, self.cfg.hidden, batch_first=True)
            lstm.load_state_dict({k: state[k + suffix] for k in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")})
            split.append(lstm.to(self.proj.weight.device).eval())
        object.__setattr__(self, "_split", tuple(split))
        return self

    def _directions(self) -> tuple[nn.Module, nn.Module]:
        if getattr(self, "_split", None) is None:
            self.prepare_inference()
        return self._split

    def _bidirectional_unpacked(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """BiLSTM over a padded batch without packing: the forward pass reads padding only after
        each sequence; the backward pass runs forward over each sequence reversed in place."""
        fwd, bwd = self._directions()
        B, L, D = x.shape
        t = torch.arange(L, device=x.device).unsqueeze(0)
        lens = lengths.to(x.device).unsqueeze(1)
        rev = torch.where(t < lens, lens - 1 - t, t)  # its own inverse
        out_f, _ = fwd(x)
        x_rev = x.gather(1, rev.unsqueeze(2).expand(B, L, D))
        out_b, _ = bwd(x_rev)
        out_b = out_b.gather(1, rev.unsqueeze(2).expand(B, L, out_b.shape[2]))
        return torch.cat([out_f, out_b], dim=-1)

    def train(self, mode: bool = True) -> "NerModel":
        object.__setattr__(self, "_split", None)  # weights may change; rebuild the split views
        return super().train(mode)
