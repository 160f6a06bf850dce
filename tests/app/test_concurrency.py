"""The service lets scans overlap (no lock around the scanner): overlapping scans must give the
same answers as one-at-a-time scans."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

from app_testutil import need

from app.loadtest import make_report


def test_concurrent_scans_match_sequential_scans(real_client):
    need(real_client, "scanner")
    reports = [make_report(random.Random(seed), 600) for seed in range(12)]

    def scan(text: str) -> dict:
        response = real_client.post("/v1/privacy/scan", json={"text": text})
        assert response.status_code == 200
        return response.json()

    sequential = [scan(t) for t in reports]
    with ThreadPoolExecutor(max_workers=6) as pool:
        concurrent = list(pool.map(scan, reports * 2))
    assert concurrent == sequential * 2
    assert all(r["entities"] for r in sequential)
