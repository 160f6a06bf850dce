"""The whole privacy scan with the NER model and with thulac, one after the other in one process:
``python -m eval.ner_scan_speed [--chars 100000] [--thulac-chars 10000] [--repeats 2]``.

Prints JSON: both ``eval.privacy.bench.bench`` reports and the ratio of their speeds (the issue's
"whole-scan speed >= 30x thulac, measured in one run").
"""

from __future__ import annotations

import argparse
import json


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m eval.ner_scan_speed", description=__doc__.split("\n")[0])
    p.add_argument("--chars", type=int, default=100_000)
    p.add_argument("--thulac-chars", type=int, default=10_000)
    p.add_argument("--repeats", type=int, default=2)
    args = p.parse_args(argv)
    from eval.privacy.bench import bench, report_text
    from privacy.scanner import build_scanner

    text = report_text(args.chars)
    ner = bench(build_scanner(person_model="ner"), text, repeats=args.repeats)
    thu = bench(build_scanner(person_model="thulac"), text[: args.thulac_chars], repeats=1)
    print(json.dumps({"ner": ner, "thulac": thu, "ratio": round(ner["chars_per_second"] / thu["chars_per_second"], 1)},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
