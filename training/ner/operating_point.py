"""Rewrite the operating point of a weights file from the held-out scores stored in it.

    python -m training.ner.operating_point models/ner/weights/ner.pt [--bias-tolerance 0.005]

Reads ``meta["bias_scores"]`` (held-out MSRA slice PER scores per bias, written by ``train``), applies
``train.choose_operating_point`` and saves ``per_bias`` and ``recall_bias`` back. The weights are not
touched; a file trained before ``recall_bias`` existed gets the same choice a new run would make.
"""

from __future__ import annotations

import argparse
import ast

import torch

from training.ner.train import choose_operating_point


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("weights")
    ap.add_argument("--bias-tolerance", type=float, default=0.005)
    args = ap.parse_args(argv)
    blob = torch.load(args.weights, map_location="cpu", weights_only=False)
    raw = blob["meta"]["bias_scores"]
    scores = raw if isinstance(raw, dict) else ast.literal_eval(raw)
    scores = {float(k): v for k, v in scores.items()}
    per_bias, recall_bias = choose_operating_point(scores, args.bias_tolerance)
    print(f"per_bias {blob.get('per_bias')} -> {per_bias}; recall_bias {blob.get('recall_bias')} -> {recall_bias}")
    blob["per_bias"], blob["recall_bias"] = per_bias, recall_bias
    torch.save(blob, args.weights)


if __name__ == "__main__":
    main()
