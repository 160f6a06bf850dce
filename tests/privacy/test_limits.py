"""Size limit (after normalisation, once per scan) and the per-scan time budget."""

import time

import pytest

from models.errors import InputError, InputTooLarge
from privacy.limits import Deadline, ScanTimeout, check_active, check_text
from privacy.normalize import folded_length, normalize
from privacy.scanner import build_scanner

from privacy_fakes import TODAY


@pytest.mark.parametrize(
    "text",
    ["", "张三电话13812345678。", "１３８\u200b１２３４　５６７８", "\ufdfa" * 3, "139\u202e1234\u202c5678",
     "١٣٩١٢٣٤٥٦٧٨", "一三九一二三四五六七八", "138.3112.4567", "全國婦聯", "1\u0301\u0301", "a\ufe0fb\u3164c"],
)
def test_folded_length_bounds_the_normalised_length(text):
    exact = len(normalize(text).text)
    assert exact <= folded_length(text) <= exact + text.count(".") + text.count("\u0301")


@pytest.mark.parametrize(
    "text, max_chars, error",
    [("字" * 11, 10, InputTooLarge), ("\ufdfa" * 2, 30, InputTooLarge), ("a\x00b", 10, InputError),
     ("\ufdfa" * 200, 10_000, InputTooLarge)],  # 200 → 3600: more growth than 2000 characters
)
def test_check_text_refuses(text, max_chars, error):
    with pytest.raises(error):
        check_text(text, max_chars=max_chars)


def test_check_text_passes_text_under_the_limit():
    assert check_text("字" * 10, max_chars=10) == "字" * 10


def test_the_scanner_counts_the_normalised_text():
    scanner = build_scanner("rules", max_chars=30, today=TODAY)
    assert scanner.scan("好" * 30)["entities"] == []
    with pytest.raises(InputTooLarge, match="规范化"):
        scanner.scan("\ufdfa" * 2)  # 2 characters read, 36 matched


def test_deadline():
    Deadline(None).check()
    Deadline(60).check()
    late = Deadline(0.001)
    time.sleep(0.01)
    with pytest.raises(ScanTimeout) as err:
        late.check()
    assert err.value.code == "scan_timeout" and err.value.http_status == 503 and "秒" in err.value.message


class SlowTagger:
    name = "slow"

    def tag(self, texts):
        time.sleep(0.2)
        return [[] for _ in texts]


def test_a_scan_past_its_budget_stops_with_scan_timeout():
    scanner = build_scanner(tagger=SlowTagger(), timeout_s=0.05, today=TODAY)
    with pytest.raises(ScanTimeout, match="时间上限"):
        scanner.scan("张三的电话是13812345678。")
    scanner.timeout_s = 10
    assert scanner.scan("电话13812345678。")["entities"][0]["type"] == "PHONE_NUMBER"


class BatchingTagger:
    """A tagger that works in batches and checks the scan's budget between them, as a model should."""

    name = "batching"

    def __init__(self):
        self.batches = 0

    def tag(self, texts):
        for _ in range(20):
            check_active()
            self.batches += 1
            time.sleep(0.02)
        return [[] for _ in texts]


def test_the_budget_stops_a_model_call_between_its_batches():
    tagger = BatchingTagger()
    scanner = build_scanner(tagger=tagger, timeout_s=0.05, today=TODAY)
    with pytest.raises(ScanTimeout):
        scanner.scan("张三的电话是13812345678。")
    assert tagger.batches < 20  # stopped inside the call, not after its 20 batches
    check_active()  # outside a scan no deadline is active


def test_no_active_deadline_outside_a_scan_block():
    late = Deadline(0.001)
    time.sleep(0.01)
    check_active()
    with late.active(), pytest.raises(ScanTimeout):
        check_active()
    check_active()
