"""Concurrent tagging: same answers as sequential, and torch's thread count restored."""

from concurrent.futures import ThreadPoolExecutor

import torch

from models.taggers import load_span_tagger

TEXTS = [
    "县妇联主席王秀英带队走访了留守儿童李小雨家。",
    "参加座谈的有张建国、刘美华和欧阳丽娟。",
    "调解员赵淑华介绍，双方已签订协议。",
] * 6


def test_concurrent_calls_match_sequential_and_restore_threads():
    tagger = load_span_tagger("ner")
    before = torch.get_num_threads()
    sequential = [tagger.tag([t]) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(lambda t: tagger.tag([t]), TEXTS))
    assert concurrent == sequential
    assert torch.get_num_threads() == before
