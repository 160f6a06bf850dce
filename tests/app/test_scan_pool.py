"""The process pool for scans: answers equal the in-process scanner's, before and after it is warm."""

from __future__ import annotations

import time

import pytest
from app_fakes import FakeScanner

from app.scan_pool import PooledScanner, auto_processes
from models.errors import InputError


class Picky(FakeScanner):
    def scan(self, text: str) -> dict:
        if text == "bad":
            raise InputError("文本无法处理。", code="picky")
        return super().scan(text)


def _wait_ready(pool: PooledScanner, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while pool.state == "starting" and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pool.state == "ready", pool.state


@pytest.mark.parametrize("setting, cpus, expected", [(-1, 1, 0), (-1, 2, 2), (-1, 8, 8), (-1, 32, 8), (0, 8, 0), (3, 1, 3)])
def test_auto_processes(setting, cpus, expected):
    assert auto_processes(setting, cpus) == expected


def test_pool_answers_like_the_local_scanner_and_keeps_error_codes():
    local = Picky()
    pool = PooledScanner(local, 2, Picky)
    try:
        text = "张三的电话是13812345678，李小红9岁。"
        assert pool.scan(text) == local.scan(text)  # maybe still in-process
        _wait_ready(pool)
        assert pool.info["pool_state"] == "ready" and pool.backend == "fake"
        assert pool.scan(text) == local.scan(text)
        assert pool.mask(text, style="placeholder") == local.mask(text, style="placeholder")
        with pytest.raises(InputError) as info:
            pool.scan("bad")
        assert info.value.code == "picky" and info.value.message == "文本无法处理。"
    finally:
        pool.close()


def test_a_pool_that_cannot_start_leaves_the_local_scanner_serving():
    pool = PooledScanner(Picky(), 1, _unbuildable)
    try:
        deadline = time.monotonic() + 60
        while pool.state == "starting" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert pool.state == "failed"
        assert pool.scan("张三")["entities"][0]["text"] == "张三"
    finally:
        pool.close()


def _unbuildable():
    raise RuntimeError("no model here")


@pytest.mark.slow  # builds a real (rules-only) scanner: about 20 s on a busy 2-core machine
def test_build_capabilities_puts_the_scanner_behind_the_pool():
    from app.api.capabilities import build_capabilities, warm_capabilities
    from app.settings import Settings

    caps = build_capabilities(Settings(capabilities="scanner", person_model="rules", scan_processes=1))
    try:
        assert caps.health()["scanner"]["info"]["pool_state"] == "waiting"  # its workers start after the rest
        warm_capabilities(caps)
        info = caps.health()["scanner"]["info"]
        assert info["pool_processes"] == 1 and info["pool_state"] in {"starting", "ready"}
        text = "张三的电话是13812345678。"
        assert caps.service("scanner").scan(text) == caps.items["scanner"].obj.local.scan(text)
    finally:
        caps.close()
