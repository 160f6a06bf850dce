"""Load test of the privacy scan: N concurrent clients posting synthetic reports for a fixed time."""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass, field

import httpx

_SENTENCES = [
    "{date}，{county}妇联联合{town}开展“巾帼建新功”主题活动，{n}名妇女群众参加。",
    "{name}是{village}的留守妇女，家住{address}，联系电话{phone}。",
    "活动中，妇联执委{name}向大家介绍了家庭教育促进法的主要内容，并发放宣传资料{n}份。",
    "{name}（身份证号{idcard}）反映，她的孙女{child}今年{age}岁，在镇中心小学读书。",
    "为帮助困难家庭，县妇联为{n}户单亲母亲家庭送去慰问金，每户{money}元。",
    "志愿者{name}表示，将继续关爱辖区内的留守儿童，如有需要可拨打{phone}联系。",
    "下一步，{county}妇联将持续深化“美丽庭院”创建，推动乡村振兴巾帼行动走深走实。",
    "据统计，今年以来全县共举办技能培训班{n}期，培训妇女{big}人次，带动就业{n}人。",
]


def make_report(rng: random.Random, chars: int = 2000) -> str:
    """A synthetic report of about ``chars`` characters with names, phones, IDs and addresses."""
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(1 << 30))
    parts: list[str] = []
    while sum(map(len, parts)) < chars:
        parts.append(rng.choice(_SENTENCES).format(
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", county=fake.city_name() + "县",
            town=fake.city_name() + "镇", village=fake.city_name() + "村", name=fake.name(), child=fake.name(),
            address=fake.address().split(" ")[0], phone=fake.phone_number(), idcard=fake.ssn(), age=rng.randint(6, 16),
            n=rng.randint(5, 300), big=rng.randint(1000, 9000), money=rng.choice([500, 800, 1000, 2000])))
    return "".join(parts)[:chars]


@dataclass
class LoadResult:
    clients: int
    duration_s: float
    chars: int
    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def summary(self) -> dict:
        lat = sorted(self.latencies_ms)
        q = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) >= 2 else [lat[0] if lat else 0.0] * 99
        return {
            "clients": self.clients,
            "duration_s": round(self.duration_s, 1),
            "report_chars": self.chars,
            "requests_ok": len(lat),
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "throughput_rps": round(len(lat) / self.duration_s, 2) if self.duration_s else 0.0,
            "throughput_chars_s": round(len(lat) * self.chars / self.duration_s) if self.duration_s else 0,
            "latency_ms": {"p50": round(q[49], 1), "p95": round(q[94], 1), "p99": round(q[98], 1),
                           "max": round(lat[-1], 1) if lat else 0.0},
        }


async def _client(http: httpx.AsyncClient, url: str, reports: list[str], stop: float, result: LoadResult,
                  headers: dict) -> None:
    i = 0
    while time.perf_counter() < stop:
        body = {"text": reports[i % len(reports)]}
        i += 1
        start = time.perf_counter()
        try:
            response = await http.post(url, json=body, headers=headers)
            ok, kind = response.status_code == 200, f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            ok, kind = False, type(exc).__name__
        if ok:
            result.latencies_ms.append((time.perf_counter() - start) * 1000)
        else:
            result.errors[kind] = result.errors.get(kind, 0) + 1


async def run_load(base_url: str, *, clients: int = 16, duration_s: float = 60.0, chars: int = 2000,
                   api_key: str | None = None, seed: int = 7, warmup: int = 4) -> LoadResult:
    rng = random.Random(seed)
    reports = [make_report(rng, chars) for _ in range(64)]
    url = base_url.rstrip("/") + "/v1/privacy/scan"
    headers = {"X-API-Key": api_key} if api_key else {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60.0, limits=limits, trust_env=False) as http:
        for report in reports[:warmup]:  # first calls pay one-off costs; not counted
            await http.post(url, json={"text": report}, headers=headers)
        result = LoadResult(clients=clients, duration_s=duration_s, chars=chars)
        start = time.perf_counter()
        await asyncio.gather(*(_client(http, url, reports[i::clients] or reports, start + duration_s, result, headers)
                               for i in range(clients)))
        result.duration_s = time.perf_counter() - start
    return result
