"""A teacher for distillation: the pretrained multilingual-e5-small encoder fine-tuned as a
character tagger (one piece per character, a linear layer over the 7 BIO tags).

    python -m training.ner.teacher export --out teacher_init.npz          # CPU, here
    python -m training.ner.teacher fit --init teacher_init.npz --device cuda --out DIR [data options]

``fit`` reads the same training pieces as ``training.ner.train`` (same data options, same seed)
and writes, per training piece, the teacher's tag probabilities:

* ``targets_foldK.npz``: out-of-fold probabilities (``--folds`` teachers, each trained without
  the block of pieces it labels), so the soft labels show the teacher's real uncertainty;
* ``targets_full.npz``: the probabilities of one teacher trained on every piece;
* ``teacher_log.json``: each teacher's held-out PER figures per epoch, and the full teacher's
  on the dev files (reported only: no dev file selects anything).

The teacher needs a GPU to train in minutes (12 layers, 384 wide); the product never runs it.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from eval.ner import score_spans
from models.ner import data as D
from models.ner.features import normalize_char
from training.ner.pretrained import E5Encoder, E5Weights, export_teacher_init, load_teacher_init

log = logging.getLogger("training.ner.teacher")
BOS, EOS, UNK = 1, 2, 0


class TeacherTagger(nn.Module):
    def __init__(self, w: E5Weights, dropout: float = 0.1):
        super().__init__()
        self.encoder = E5Encoder.from_weights(w)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(w.hidden, len(D.TAGS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Tag logits [B, L-2, T] for the characters (the BOS/EOS positions dropped)."""
        return self.head(self.dropout(self.encoder(ids, mask)))[:, 1:-1]


def piece_ids(text: str, rows: dict[str, int]) -> list[int]:
    return [BOS] + [rows.get(normalize_char(c), UNK) for c in text] + [EOS]


def _batch(texts: list[str], rows: dict[str, int], device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(t) for t in texts) + 2
    ids = torch.full((len(texts), width), 3, dtype=torch.long)  # 3: pad row
    for i, t in enumerate(texts):
        ids[i, : len(t) + 2] = torch.tensor(piece_ids(t, rows))
    # EOS must sit right after each text; the padding after it is masked out
    lengths = torch.tensor([len(t) + 2 for t in texts])
    mask = torch.arange(width).unsqueeze(0) < lengths.unsqueeze(1)
    return ids.to(device), mask.to(device)


def _autocast(device: torch.device):
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda")


@torch.no_grad()
def predict_probs(model: TeacherTagger, texts: list[str], rows: dict[str, int], device: torch.device,
                  batch_size: int = 128) -> list[np.ndarray]:
    model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[np.ndarray | None] = [None] * len(texts)
    for k in range(0, len(order), batch_size):
        idx = order[k : k + batch_size]
        ids, mask = _batch([texts[i] for i in idx], rows, device)
        with _autocast(device):
            probs = model(ids, mask).float().softmax(-1).cpu().numpy()
        for row, i in enumerate(idx):
            out[i] = probs[row, : len(texts[i])]
    return out  # type: ignore[return-value]


def spans_from_probs(probs: np.ndarray) -> list[tuple[int, int, str]]:
    return D.spans_from_tags([D.TAGS[i] for i in probs.argmax(-1)])


def evaluate(model: TeacherTagger, sents: list[D.Sentence], rows: dict[str, int], device: torch.device) -> dict:
    probs = predict_probs(model, [s.text for s in sents], rows, device)
    return score_spans(sents, [spans_from_probs(p) for p in probs])


def fit_one(w: E5Weights, rows: dict[str, int], train: list[D.Sentence], heldout: list[D.Sentence],
            args: argparse.Namespace, device: torch.device, name: str) -> tuple[TeacherTagger, list[dict]]:
    """Fine-tune one teacher; keeps the epoch with the best held-out PER F1."""
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    model = TeacherTagger(w).to(device)
    head = list(model.head.parameters())
    opt = torch.optim.AdamW([{"params": model.encoder.parameters(), "lr": args.lr},
                             {"params": head, "lr": args.head_lr}], weight_decay=0.01)
    base = [g["lr"] for g in opt.param_groups]
    order = sorted(range(len(train)), key=lambda i: (len(train[i].text), rng.random()))
    groups = [order[i : i + args.batch_size] for i in range(0, len(order), args.batch_size)]
    total, step, history, best, best_state = len(groups) * args.epochs, 0, [], -1.0, None
    for epoch in range(1, args.epochs + 1):
        model.train()
        rng.shuffle(groups)
        t0, loss_sum = time.time(), 0.0
        for g in groups:
            sents = [train[i] for i in g]
            ids, mask = _batch([s.text for s in sents], rows, device)
            tags = torch.full((len(g), ids.shape[1] - 2), -100, dtype=torch.long)
            for r, s in enumerate(sents):
                tags[r, : len(s.tags)] = torch.tensor([D.TAG_INDEX[t] for t in s.tags])
            p = step / total
            factor = p / 0.06 if p < 0.06 else max(0.0, (1 - p) / 0.94)
            for grp, lr in zip(opt.param_groups, base):
                grp["lr"] = lr * factor
            with _autocast(device):
                logits = model(ids, mask)
            loss = nn.functional.cross_entropy(logits.float().reshape(-1, logits.shape[-1]),
                                               tags.to(device).reshape(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            loss_sum += loss.item()
        scores = evaluate(model, heldout, rows, device)
        history.append({"epoch": epoch, "loss": round(loss_sum / len(groups), 4), "heldout": scores,
                        "seconds": round(time.time() - t0, 1)})
        log.info("%s epoch %d loss %.4f held-out PER %s | %.0fs", name, epoch, loss_sum / len(groups),
                 scores["PER"], time.time() - t0)
        if scores["PER"]["f1"] > best:
            best = scores["PER"]["f1"]
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    return model, history


def save_targets(path: Path, texts: list[str], probs: list[np.ndarray]) -> None:
    """Texts joined by NUL with their offsets; probabilities as uint8 (p * 255, rounded)."""
    offsets = np.cumsum([0] + [len(t) for t in texts])
    q = np.concatenate(probs) if probs else np.zeros((0, len(D.TAGS)), np.float32)
    np.savez_compressed(path, texts=np.array("\0".join(texts)), offsets=offsets,
                        probs=np.round(q * 255).astype(np.uint8))


def load_targets(path: str | Path) -> dict[str, np.ndarray]:
    """Text -> [len(text), 7] float32 probabilities (rows renormalised after the uint8 rounding)."""
    z = np.load(path)
    texts = str(z["texts"]).split("\0")
    off = z["offsets"]
    probs = z["probs"].astype(np.float32) + 1e-3
    probs /= probs.sum(-1, keepdims=True)
    return {t: probs[off[i] : off[i + 1]] for i, t in enumerate(texts)}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from training.ner.train import add_data_args

    p = argparse.ArgumentParser(prog="python -m training.ner.teacher", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export", help="write the encoder's single-character rows (4-bit) to an .npz")
    e.add_argument("--out", required=True)
    f = sub.add_parser("fit", help="fine-tune teachers and write their tag probabilities")
    add_data_args(f)
    f.add_argument("--init", required=True, help="the .npz written by 'export'")
    f.add_argument("--out", required=True)
    f.add_argument("--device", default="cuda")
    f.add_argument("--epochs", type=int, default=4)
    f.add_argument("--folds", type=int, default=2)
    f.add_argument("--batch-size", type=int, default=32)
    f.add_argument("--lr", type=float, default=5e-5)
    f.add_argument("--head-lr", type=float, default=1e-3)
    f.add_argument("--part", default="all",
                   help="'all', 'full' or 'foldK': train only that teacher (parts can run as parallel processes)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.cmd == "export":
        out = export_teacher_init(args.out)
        log.info("wrote %s (%.1f MiB)", out, out.stat().st_size / 2**20)
        return
    from training.ner.train import load_training

    device = torch.device(args.device)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w, rows = load_teacher_init(args.init)
    train, heldout = load_training(args)
    texts = [s.text for s in train]
    log.info("train pieces %d, held-out %d, device %s", len(train), len(heldout), device)
    report: dict = {"args": vars(args) | {"data_dir": "<data-dir>", "out": "<out>", "init": Path(args.init).name},
                    "teachers": {}}
    bounds = [math.floor(len(train) * k / args.folds) for k in range(args.folds + 1)]
    parts = [f"fold{k}" for k in range(args.folds)] + ["full"] if args.part == "all" else [args.part]
    for part in parts:
        if part == "full":
            model, hist = fit_one(w, rows, train, heldout, args, device, "full")
            save_targets(out / "targets_full.npz", texts, predict_probs(model, texts, rows, device))
            dev = {name: evaluate(model, D.read_bio(Path(args.data_dir) / name), rows, device) for name in D.DEV_FILES}
            report["teachers"]["full"] = {"history": hist, "dev": dev}
            log.info("dev PER: %s", {k: v["PER"] for k, v in dev.items()})
        else:
            k = int(part.removeprefix("fold"))
            a, b = bounds[k], bounds[k + 1]
            model, hist = fit_one(w, rows, train[:a] + train[b:], heldout, args, device, part)
            # out-of-fold: this teacher never saw the block it labels
            save_targets(out / f"targets_{part}.npz", texts[a:b], predict_probs(model, texts[a:b], rows, device))
            report["teachers"][part] = {"pieces": [a, b], "history": hist}
        del model
    name = "teacher_log.json" if args.part == "all" else f"teacher_log_{args.part}.json"
    (out / name).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
