"""A digest of ``find_quantities`` over every bundled exemplar and every text of the rubric
sets that are not held out (contrast*, xiaoxi, pairs, fidelity): run it in two trees to check that a
change to ``assist/figures.py`` (e.g. for speed) leaves every quantity as it was.

    python -m eval.figures_snapshot          # prints: texts, quantities, sha256
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import yaml

from assist.figures import find_quantities
from eval.rubric import DATA_DIR
from retrieval.corpus import load_corpus

SETS = ("contrast.yaml", "contrast_fresh.yaml", "xiaoxi.yaml", "pairs.yaml", "fidelity.yaml")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def texts(data_dir: Path = DATA_DIR) -> list[str]:
    out = [f"{e.title}\n{e.text}" for e in load_corpus()]
    for name in SETS:
        path = Path(data_dir) / name
        if path.is_file():
            out += list(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    return out


def main() -> None:
    all_texts = texts()
    start = time.perf_counter()
    found = [[sorted(vars(q).items()) for q in find_quantities(t)] for t in all_texts]
    seconds = time.perf_counter() - start
    digest = hashlib.sha256(json.dumps(found, ensure_ascii=False, default=str).encode()).hexdigest()
    print(f"texts {len(all_texts)}  quantities {sum(map(len, found))}  sha256 {digest}  ({seconds * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
