"""NER evaluation: span-exact PER (and LOC/ORG) scores of span taggers, side by side.

Datasets (``DATASETS``): the held-out MSRA slice (the tail block of ``msra.train.part4.bio``,
never trained on) and the out-of-domain dev files (CLUENER, Weibo, Resume). The
``peoples_daily.dev.bio`` file repeats MSRA train sentences, so it is not offered.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from eval.ner_metrics import span_prf
from models.errors import ConfigError
from models.ner import data as D

DATASETS = {
    "msra-heldout": None,  # the held-out MSRA slice, see models.ner.data.load_heldout
    "cluener": "cluener.dev.bio",
    "weibo": "weibo.dev.bio",
    "resume": "resume.dev.bio",
}


def default_data_dir() -> Path:
    """``$FULIAN_NER_DATA``, else ``../shared/data/ner`` beside the repository."""
    env = os.environ.get("FULIAN_NER_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"


def load_dataset(name: str, data_dir: str | Path | None = None) -> list[D.Sentence]:
    if name not in DATASETS:
        raise ConfigError(f"未知的 NER 评测集：{name}（可选：{'、'.join(DATASETS)}）")
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    path = data_dir / (DATASETS[name] or D.HELDOUT_FILE)
    if not path.is_file():
        raise ConfigError(f"找不到 NER 数据文件：{path}。请用 --data-dir 指向 shared/data/ner。")
    return D.load_heldout(data_dir) if DATASETS[name] is None else D.read_bio(path)


def score_spans(sentences: list[D.Sentence], pred: list[list[tuple[int, int, str]]],
                labels: tuple[str, ...] = D.LABELS) -> dict:
    """Span-exact P/R/F1/F2 per label of predicted ``(start, end, label)`` spans against the
    sentences' BIO tags."""
    gold = [D.spans_from_tags(s.tags) for s in sentences]
    return {label: span_prf(gold, pred, label).as_dict() for label in labels}


def score_tagger(tagger, sentences: list[D.Sentence], labels: tuple[str, ...] = D.LABELS) -> dict:
    """Scores of ``tagger`` on ``sentences`` (tagged in one call) plus its wall-clock speed."""
    texts = [s.text for s in sentences]
    start = time.perf_counter()
    preds = tagger.tag(texts)
    seconds = time.perf_counter() - start
    chars = sum(len(t) for t in texts)
    report = score_spans(sentences, [[(sp.start, sp.end, sp.label) for sp in p] for p in preds], labels)
    report["chars"] = chars
    report["seconds"] = round(seconds, 3)
    report["chars_per_second"] = round(chars / seconds) if seconds else None
    return report


def compare(taggers: dict, datasets: list[str], data_dir: str | Path | None = None) -> dict:
    """``{dataset: {"sentences", "per_mentions", "taggers": {name: score_tagger(...)}}}``."""
    out: dict = {}
    for name in datasets:
        sents = load_dataset(name, data_dir)
        gold_per = sum(1 for s in sents for sp in D.spans_from_tags(s.tags) if sp[2] == "PER")
        out[name] = {
            "sentences": len(sents),
            "per_mentions": gold_per,
            "taggers": {tname: score_tagger(t, sents) for tname, t in taggers.items()},
        }
    return out
