"""The network: character + bigram + class embeddings -> BiLSTM -> emissions -> CRF."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from models.ner.crf import CRF
from models.ner.data import TAGS
from models.ner.features import N_CLASSES


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
        self.dropout = nn.Dropout(cfg.dropout)
        self.lstm = nn.LSTM(
            in_dim, cfg.hidden, num_layers=cfg.layers, batch_first=True, bidirectional=True,
            dropout=cfg.dropout if cfg.layers > 1 else 0.0,
        )
        self.proj = nn.Linear(2 * cfg.hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """ids [B, 4, L] (char, left bigram, right bigram, class); lengths [B] (CPU, descending
        not required). Returns [B, L, T]."""
        parts = [self.char_emb(ids[:, 0]), self.class_emb(ids[:, 3])]
        if self.cfg.use_bigrams:
            parts += [self.bigram_emb(ids[:, 1]), self.bigram_emb(ids[:, 2])]
        x = self.dropout(torch.cat(parts, dim=-1))
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=ids.shape[2])
        return self.proj(self.dropout(out))

    def loss(self, ids: torch.Tensor, lengths: torch.Tensor, tags: torch.Tensor) -> torch.Tensor:
        em = self.emissions(ids, lengths)
        mask = torch.arange(ids.shape[2], device=ids.device).unsqueeze(0) < lengths.to(ids.device).unsqueeze(1)
        return self.crf.nll(em, tags, mask)
