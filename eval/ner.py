"""NER evaluation: span-exact PER (and LOC/ORG) scores of span taggers, side by side.

Datasets (``DATASETS``): the held-out MSRA slice (the tail block of ``msra.train.part4.bio``,
never trained on) and the dev files (CLUENER, Weibo, Resume, People's Daily). The People's Daily
dev file repeats MSRA train sentences (PROVENANCE.md): it shows what the scan does to news the
model has seen, and must not select a model.

Three ways of reading the same sentences, side by side (``compare``):

- ``tagger``: each span tagger alone, on each sentence;
- ``scan-sentence``: the product's privacy scan (``privacy.build_scanner``) of each sentence,
  its PERSON findings scored as PER;
- ``scan-document``: the scan of the whole set as one document (sentences joined by line
  breaks), the findings mapped back to their sentences.

Every report also carries ``PER_aside``: the same PER scores with two labelling conventions set
aside (``conventions_aside``), where the corpora and the product disagree on purpose: a bare
surname labelled as a name (MSRA: 江 in 江主席, 孙 in 孙某), and a name inside a theory, style or
programme term (邓小平 in 邓小平理论, 马克思 in 马克思主义), which the scan does not mask
(``privacy.persons.THEORY_AFTER``). Those gold spans, and predictions overlapping them, count for
nothing either way. The raw ``PER`` figure is always reported beside it.

``audit_rules`` switches each named post-model person rule off in turn
(``privacy.person_rules.RULES``) and counts the names the scan gains and loses by it.
"""

from __future__ import annotations

import bisect
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
    "peoples_daily": "peoples_daily.dev.bio",
    "fresh": "fresh",  # FRESH_FILE: hand-written boundary cases, shipped with eval
}
FRESH_FILE = Path(__file__).parent / "data" / "ner" / "fresh_names.jsonl"
MODES = ("tagger", "scan-sentence", "scan-document")


def default_data_dir() -> Path:
    """``$FULIAN_NER_DATA``, else ``../shared/data/ner`` beside the repository."""
    env = os.environ.get("FULIAN_NER_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"


def load_fresh(path: str | Path = FRESH_FILE) -> list[D.Sentence]:
    """Rows ``{"text", "names"}``: every occurrence of each listed name is a PER span."""
    import json

    sents = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text, spans, taken = row["text"], [], set()
        for name in sorted(set(row["names"]), key=len, reverse=True):
            at = text.find(name)
            while at >= 0:
                if not taken & set(range(at, at + len(name))):
                    spans.append((at, at + len(name), "PER"))
                    taken |= set(range(at, at + len(name)))
                at = text.find(name, at + 1)
        sents.append(D.Sentence(text, D.tags_from_spans(len(text), sorted(spans))))
    return sents


def load_dataset(name: str, data_dir: str | Path | None = None) -> list[D.Sentence]:
    if name not in DATASETS:
        raise ConfigError(f"未知的 NER 评测集：{name}（可选：{'、'.join(DATASETS)}）")
    if name == "fresh":
        return load_fresh()
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    path = data_dir / (DATASETS[name] or D.HELDOUT_FILE)
    if not path.is_file():
        raise ConfigError(f"找不到 NER 数据文件：{path}。请用 --data-dir 指向 shared/data/ner。")
    return D.load_heldout(data_dir) if DATASETS[name] is None else D.read_bio(path)


def convention_spans(text: str, gold: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The gold PER spans of ``text`` that follow a labelling convention the product does not share:
    a single character (a bare surname) or a name right before a theory term (邓小平理论)."""
    from privacy.persons import THEORY_AFTER

    return [(a, b) for a, b, lab in gold if lab == "PER" and (b - a == 1 or THEORY_AFTER.match(text, b))]


def address_form_unlabelled(text: str, pred: tuple[int, int, str], gold_per: list[tuple[int, int]]) -> bool:
    """A predicted surname with its form of address (王先生, 张奶奶, 老刘) where the corpus labels no
    name: the scan reports such a mention as a person on purpose, the corpora label the bare surname
    (MSRA: 王, set aside above) or nothing (CLUENER)."""
    from privacy.persons import adult_address

    a, b = pred[0], pred[1]
    return adult_address(text[a:b]) and not any(x < b and a < y for x, y in gold_per)


def conventions_aside(sentences: list[D.Sentence], pred: list[list[tuple[int, int, str]]]) -> dict:
    """PER scores with the ``convention_spans`` left out of the gold, and left out of the predictions
    every span that overlaps one of them or is an unlabelled form of address (``address_form_unlabelled``)."""
    gold_out, pred_out, n_aside = [], [], 0
    for s, p in zip(sentences, pred, strict=True):
        gold = D.spans_from_tags(s.tags)
        aside = convention_spans(s.text, gold)
        n_aside += len(aside)
        gold_out.append([g for g in gold if g[2] != "PER" or (g[0], g[1]) not in aside])
        gold_per = [(a, b) for a, b, lab in gold if lab == "PER"]
        pred_out.append([x for x in p if x[2] != "PER" or not (
            any(a < x[1] and x[0] < b for a, b in aside) or address_form_unlabelled(s.text, x, gold_per))])
    return {**span_prf(gold_out, pred_out, "PER").as_dict(), "set_aside": n_aside}


def score_spans(sentences: list[D.Sentence], pred: list[list[tuple[int, int, str]]],
                labels: tuple[str, ...] = D.LABELS) -> dict:
    """Span-exact P/R/F1/F2 per label of predicted ``(start, end, label)`` spans against the
    sentences' BIO tags, and ``PER_aside`` (``conventions_aside``)."""
    gold = [D.spans_from_tags(s.tags) for s in sentences]
    report = {label: span_prf(gold, pred, label).as_dict() for label in labels}
    if "PER" in labels:
        report["PER_aside"] = conventions_aside(sentences, pred)
    return report


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


def _timed_report(sentences: list[D.Sentence], preds: list[list[tuple[int, int, str]]], seconds: float,
                  labels: tuple[str, ...]) -> dict:
    chars = sum(len(s.text) for s in sentences)
    report = score_spans(sentences, preds, labels)
    report["chars"] = chars
    report["seconds"] = round(seconds, 3)
    report["chars_per_second"] = round(chars / seconds) if seconds else None
    return report


def _persons(found: dict, offset: int = 0) -> list[tuple[int, int, str]]:
    """The scan's person names: its PERSON findings and the names it recognised but reports apart as no
    one's personal information (``ScanResult.public``: a historic figure, a name in an idiom or in a
    theory's name): a name recogniser's measure counts a name found whatever the privacy decision on it."""
    spans = [(e["start"], e["end"]) for e in found["entities"] if e["type"] == "PERSON"]
    spans += [(m["start"], m["end"]) for m in found.get("public", ())]
    return [(a - offset, b - offset, "PER") for a, b in spans]


def scan_sentences(scanner, sentences: list[D.Sentence]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """Person names of ``scanner.scan`` on each sentence (``_persons``), as PER spans; and the seconds taken."""
    start = time.perf_counter()
    preds = [_persons(scanner.scan(s.text)) if s.text.strip() else [] for s in sentences]
    return preds, time.perf_counter() - start


def scan_document(scanner, sentences: list[D.Sentence]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """One scan of all ``sentences`` joined by line breaks; each PERSON finding goes back to its
    sentence (one that crosses a line break counts as a false alarm in the sentence it starts in)."""
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    doc = "\n".join(s.text for s in sentences)
    t0 = time.perf_counter()
    found = _persons(scanner.scan(doc)) if doc.strip() else []
    seconds = time.perf_counter() - t0
    preds: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    for a, b, label in found:
        i = bisect.bisect_right(starts, a) - 1
        preds[i].append((a - starts[i], b - starts[i], label))
    return preds, seconds


def compare(taggers: dict, datasets: list[str], data_dir: str | Path | None = None, *, scanner=None,
            modes: tuple[str, ...] = ("tagger",)) -> dict:
    """``{dataset: {"sentences", "per_mentions", "taggers": {name: score_tagger(...)},
    "scan": {"sentence": ..., "document": ...}, "scan_vs_thulac": ...}}`` (scan keys with a scanner)."""
    out: dict = {}
    for name in datasets:
        sents = load_dataset(name, data_dir)
        gold_per = sum(1 for s in sents for sp in D.spans_from_tags(s.tags) if sp[2] == "PER")
        block: dict = {"sentences": len(sents), "per_mentions": gold_per, "taggers": {}}
        if "tagger" in modes:
            block["taggers"] = {tname: score_tagger(t, sents) for tname, t in taggers.items()}
        if scanner is not None:
            block["scan"] = {}
            if "scan-sentence" in modes:
                block["scan"]["sentence"] = _timed_report(sents, *scan_sentences(scanner, sents), labels=("PER",))
            if "scan-document" in modes:
                block["scan"]["document"] = _timed_report(sents, *scan_document(scanner, sents), labels=("PER",))
            thulac = block["taggers"].get("thulac", {}).get("chars_per_second")
            if thulac:
                block["scan_vs_thulac"] = {
                    mode: round(r["chars_per_second"] / thulac, 1) for mode, r in block["scan"].items() if r["chars_per_second"]
                }
        out[name] = block
    return out


class CachedTagger:
    """A span tagger that remembers its answer per text, so the rule audit tags each sentence once."""

    def __init__(self, tagger):
        self.tagger = tagger
        self.name = tagger.name
        self.splits_documents = getattr(tagger, "splits_documents", False)
        self._memo: dict[str, list] = {}

    def tag(self, texts: list[str]) -> list:
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            self._memo.update(zip(todo, self.tagger.tag(todo)))
        return [self._memo[t] for t in texts]


def recognize_sentences(recognizer, sentences: list[D.Sentence]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """The PERSON recognizer alone (tagger + name rules, no other types) on each sentence."""
    start = time.perf_counter()
    preds = [[(r.start, r.end, "PER") for r in recognizer.analyze(s.text, ["PERSON"])] for s in sentences]
    return preds, time.perf_counter() - start


def recognize_document(recognizer, sentences: list[D.Sentence]) -> tuple[list[list[tuple[int, int, str]]], float]:
    """The PERSON recognizer alone on all ``sentences`` joined by line breaks, mapped back as in
    ``scan_document``."""
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + 1
    doc = "\n".join(s.text for s in sentences)
    t0 = time.perf_counter()
    found = [(r.start, r.end) for r in recognizer.analyze(doc, ["PERSON"])]
    seconds = time.perf_counter() - t0
    preds: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    for a, b in found:
        i = bisect.bisect_right(starts, a) - 1
        preds[i].append((a - starts[i], b - starts[i], "PER"))
    return preds, seconds


AUDIT_MODES = {"sentence": recognize_sentences, "document": recognize_document}


def audit_rules(recognizer, datasets: list[str], data_dir: str | Path | None = None,
                rules: tuple[str, ...] | None = None, examples: int = 5,
                modes: tuple[str, ...] = ("sentence", "document")) -> dict:
    """For each rule: the PERSON recognizer (tagger + rules, as in the scan) with the rule off,
    against the same with all rules on; on each sentence, and on the set as one document (where
    the document-level rules of ``privacy.persons`` act across sentences).

    ``gained``: gold names the rule finds (right with it, wrong without it); ``lost``: gold names
    it costs; ``false_alarms_removed``/``_added``: predicted non-names it removes or adds.
    ``net`` = gained - lost + removed - added (what the rule earns, in mentions). Give the
    recognizer a ``CachedTagger``: the tagger's output does not depend on the rules.
    Result: ``{dataset: {"sentences", "per_mentions", mode: {"all_rules", "rules"}}}``.
    """
    from privacy import person_rules

    rules = tuple(rules or person_rules.RULES)
    out: dict = {}
    for name in datasets:
        sents = load_dataset(name, data_dir)
        gold = [{(a, b) for a, b, lab in D.spans_from_tags(s.tags) if lab == "PER"} for s in sents]
        block: dict = {"sentences": len(sents), "per_mentions": sum(len(g) for g in gold)}
        for mode in modes:
            run = AUDIT_MODES[mode]
            base, _ = run(recognizer, sents)
            base_sets = [{(a, b) for a, b, _ in p} for p in base]
            sub: dict = {"all_rules": score_spans(sents, base, ("PER",))["PER"], "rules": {}}
            for rule in rules:
                with person_rules.rules_off(rule):
                    off, _ = run(recognizer, sents)
                sub["rules"][rule] = _rule_effect(sents, gold, base_sets, off, examples)
            block[mode] = sub
        out[name] = block
    return out


def _rule_effect(sents, gold, base_sets, off, examples: int) -> dict:
    counts = {"gained": 0, "lost": 0, "false_alarms_removed": 0, "false_alarms_added": 0}
    shown: dict[str, list[str]] = {k: [] for k in counts}
    for s, g, on_set, off_pred in zip(sents, gold, base_sets, off):
        off_set = {(a, b) for a, b, _ in off_pred}
        for key, spans in (("gained", (on_set - off_set) & g), ("lost", (off_set - on_set) & g),
                           ("false_alarms_removed", (off_set - on_set) - g),
                           ("false_alarms_added", (on_set - off_set) - g)):
            counts[key] += len(spans)
            shown[key] += [s.text[a:b] for a, b in spans][: max(0, examples - len(shown[key]))]
    counts["net"] = counts["gained"] - counts["lost"] + counts["false_alarms_removed"] - counts["false_alarms_added"]
    return {**counts, "examples": {k: v for k, v in shown.items() if v}}
