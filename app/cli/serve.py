"""``fulian serve`` (API + UI), ``fulian ui`` (the UI alone), ``fulian bench load`` and ``bench startup``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from typing import Optional

import typer

from app.cli.common import bench_cli, cli, emit_json, fail, handle_errors


@cli.command("serve")
@handle_errors
def serve(
    host: Optional[str] = typer.Option(None, help="绑定地址（默认 127.0.0.1；非本机地址须配置 API 密钥）"),
    port: Optional[int] = typer.Option(None, help="端口（默认 8000）"),
    workers: Optional[int] = typer.Option(None, help="工作进程数；大于 1 时界面需用 fulian ui 单独运行"),
    no_ui: bool = typer.Option(False, "--no-ui", help="只启动 API，不挂载 /ui 界面"),
) -> None:
    """启动服务：API 位于 /v1（文档 /docs），界面位于 /ui。"""
    from app import startup_gc

    startup_gc.pause()  # until start-up is done (app.startup_gc); the imports below are part of it
    import uvicorn

    from app.auth import KeyRing, check_bind
    from app.settings import load_settings

    settings = load_settings(host=host, port=port, workers=workers, ui=False if no_ui else None)
    check_bind(settings.host, KeyRing.from_setting(settings.api_keys))
    if settings.workers == 1:
        from app.main import create_app

        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
        return
    startup_gc.resume()  # this process only supervises; each worker pauses its own collector
    if settings.ui:
        typer.echo("提示：多进程模式不挂载 /ui；界面请用 `fulian ui --api-url ...` 单独运行。", err=True)
    # worker processes rebuild the settings from the environment; split the cores between them
    # so that each worker's torch/BLAS threads do not oversubscribe the machine
    threads = str(max(1, (os.cpu_count() or 1) // settings.workers))
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, threads)
    os.environ.update({"FULIAN_HOST": settings.host, "FULIAN_PORT": str(settings.port),
                       "FULIAN_WORKERS": str(settings.workers), "FULIAN_UI": "false",
                       # several server processes already use the cores: no scan pool in each
                       "FULIAN_SCAN_PROCESSES": str(max(settings.scan_processes, 0))})
    uvicorn.run("app.main:create_served_app", factory=True, host=settings.host, port=settings.port,
                workers=settings.workers, log_level="warning")


@cli.command("ui")
@handle_errors
def ui(
    api_url: str = typer.Option(..., help="API 地址，如 http://10.0.0.5:8000"),
    host: str = typer.Option("127.0.0.1", help="界面的绑定地址"),
    port: int = typer.Option(7860, help="界面的端口"),
) -> None:
    """单独运行界面，连接远程 API（界面只通过 HTTP 调用 API）。"""
    import uvicorn

    from app.auth import KeyRing
    from app.settings import load_settings
    from app.ui import check_ui_bind, standalone_app
    from app.ui.client import ApiClient, ApiError

    settings = load_settings()
    try:
        single_user = bool(ApiClient(api_url).health().get("single_user"))
    except ApiError:
        single_user = None  # the API is not up yet: the local keys decide
    check_ui_bind(host, single_user, KeyRing.from_setting(settings.api_keys))
    uvicorn.run(standalone_app(api_url, settings), host=host, port=port, log_level="warning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, proc: subprocess.Popen | None, timeout_s: float) -> dict:
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            fail(f"服务进程已退出（退出码 {proc.returncode}）。")
        try:
            health = httpx.get(url + "/healthz", timeout=2.0, trust_env=False).json()
        except Exception:  # not up yet
            time.sleep(0.5)
            continue
        if health.get("capabilities", {}).get("scanner", {}).get("status") != "loading":
            return health
        time.sleep(0.25)
    fail(f"服务在 {timeout_s:.0f} 秒内没有就绪。")


def _wait_pool(url: str, health: dict, timeout_s: float) -> dict:
    """Wait until every capability has loaded and the scan pool, if any, is warm: measure the steady state."""
    import httpx

    deadline = time.monotonic() + timeout_s
    while (health.get("status") == "starting"
           or health.get("capabilities", {}).get("scanner", {}).get("info", {}).get("pool_state") in {"waiting", "starting"}):
        if time.monotonic() > deadline:
            fail(f"扫描进程池在 {timeout_s:.0f} 秒内没有就绪。")
        time.sleep(0.5)
        health = httpx.get(url + "/healthz", timeout=5.0, trust_env=False).json()
    return health


@bench_cli.command("load")
@handle_errors
def bench_load(
    url: Optional[str] = typer.Option(None, help="被测服务地址；默认在本机启动 fulian serve"),
    clients: int = typer.Option(16, min=1, max=256, help="并发客户端数"),
    duration: float = typer.Option(60.0, min=1, help="持续时间（秒）"),
    chars: int = typer.Option(2000, min=50, help="每篇报告的字数"),
    workers: int = typer.Option(1, min=1, max=16, help="自动启动服务时的工作进程数"),
    scan_processes: Optional[int] = typer.Option(None, min=-1, max=64,
                                                 help="自动启动服务时的扫描进程池大小（-1 按核数，0 不用进程池）"),
    baseline: bool = typer.Option(True, help="先用 1 个客户端测基线，再测并发，并给出倍数"),
    api_key: Optional[str] = typer.Option(None, help="API 密钥（服务配置了密钥时）"),
    json_out: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """负载测试：并发扫描报告，输出吞吐量、p50/p95 延迟与错误数（仅本机回环流量）。"""
    import asyncio

    from app.auth import is_loopback
    from app.loadtest import run_load

    proc = None
    if url is None:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-m", "app.cli.main", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--no-ui"]
        # the server logs to our stderr, so that stdout carries only the result
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        if scan_processes is not None:
            env["FULIAN_SCAN_PROCESSES"] = str(scan_processes)
        proc = subprocess.Popen(cmd, env=env, stdout=2)  # fd 2
    else:
        from urllib.parse import urlparse

        if not is_loopback(urlparse(url).hostname or ""):
            fail("负载测试只对本机回环地址运行（如 http://127.0.0.1:8000）。")
    started = time.monotonic()
    try:
        health = _wait_ready(url, proc, 600.0 if proc else 10.0)
        startup_s = round(time.monotonic() - started, 1) if proc else None
        if health.get("capabilities", {}).get("scanner", {}).get("status") != "ready":
            fail("隐私审查功能没有加载，无法测试；请查看 /healthz。")
        health = _wait_pool(url, health, 600.0 if proc else 60.0)
        one = None
        if baseline and clients > 1:
            one = asyncio.run(run_load(url, clients=1, duration_s=duration, chars=chars, api_key=api_key))
        result = asyncio.run(run_load(url, clients=clients, duration_s=duration, chars=chars, api_key=api_key))
    finally:
        if proc:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    scanner = health.get("capabilities", {}).get("scanner", {})
    summary = {**result.summary(), "workers": workers if proc else None, "url": url, "startup_s": startup_s,
               "person_model": scanner.get("person_model"), "scan_pool": scanner.get("info", {}).get("pool_processes", 0),
               "cpus": os.cpu_count(), "load_average": list(os.getloadavg())}
    if one is not None:
        base = one.summary()
        summary["baseline"] = base
        summary["speedup"] = round(summary["throughput_rps"] / base["throughput_rps"], 2) if base["throughput_rps"] else None
    if json_out:
        emit_json(summary)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"负载测试：{clients} 个并发客户端，{summary['duration_s']} 秒，每篇 {chars} 字；"
                        f"系统负载 {summary['load_average'][0]:.1f}")
    for col in ("成功请求", "错误", "吞吐量 (请求/秒)", "吞吐量 (字/秒)", "p50 (ms)", "p95 (ms)", "p99 (ms)"):
        table.add_column(col, justify="right")
    table.add_column("客户端", justify="right")
    for row in ([summary["baseline"]] if "baseline" in summary else []) + [summary]:
        lat = row["latency_ms"]
        table.add_row(str(row["requests_ok"]), str(row["errors"]), str(row["throughput_rps"]),
                      str(row["throughput_chars_s"]), str(lat["p50"]), str(lat["p95"]), str(lat["p99"]), str(row["clients"]))
    Console().print(table)
    if summary.get("speedup") is not None:
        typer.echo(f"{clients} 个客户端的吞吐量是 1 个客户端的 {summary['speedup']} 倍"
                   f"（扫描进程池 {summary['scan_pool']} 个进程，{summary['cpus']} 个 CPU）。")


@bench_cli.command("startup")
@handle_errors
def bench_startup(
    runs: int = typer.Option(3, min=1, max=20, help="启动次数（取中位数）"),
    ui: bool = typer.Option(True, "--ui/--no-ui", help="是否同时测界面 /ui 就绪的时间"),
    timeout: float = typer.Option(180.0, min=5, help="每次启动的最长等待时间（秒）"),
    baseline_tree: Optional[str] = typer.Option(None, "--baseline-tree",
                                                help="另一份源码目录（如主分支检出），每轮交替启动，作同次基线"),
    json_out: bool = typer.Option(False, "--json", help="输出 JSON"),
) -> None:
    """启动测试：从启动 fulian serve 到 /healthz 首次应答、各功能就绪所用的时间（附同次测得的 Python 基线）。"""
    from app.startbench import measure_floor, median_summary, run_once

    if baseline_tree and not os.path.isdir(os.path.join(baseline_tree, "app")):
        fail(f"{baseline_tree} 不是 fulian-assist 的源码目录。")
    results, baseline = [], []
    try:
        for _ in range(runs):
            floor = round(measure_floor(), 2)
            if baseline_tree:
                baseline.append(run_once(ui=ui, timeout_s=timeout, tree=baseline_tree))
                baseline[-1].floor_s = floor
            results.append(run_once(ui=ui, timeout_s=timeout))
            results[-1].floor_s = floor
    except (RuntimeError, TimeoutError) as exc:
        fail(f"服务没有正常启动：{exc}")
    summary = {**median_summary(results), "cpus": os.cpu_count(), "load_average": list(os.getloadavg())}
    if baseline:
        summary["baseline"] = {**median_summary(baseline), "tree": baseline_tree}
    if json_out:
        emit_json(summary)
        return
    typer.echo(f"{runs} 次启动的中位数（系统负载 {summary['load_average'][0]:.1f}；"
               f"同次测得 python -c 'import fastapi, uvicorn' 用时 {summary['floor_s']} 秒）：")
    typer.echo(f"  /healthz 首次应答：{summary['first_answer_s']} 秒")
    for name, seconds in summary["ready_s"].items():
        cpu = summary["cpu_s"].get(name)
        typer.echo(f"  {name} 就绪：{seconds} 秒" + (f"（服务进程 CPU {cpu} 秒）" if cpu is not None else ""))
    typer.echo(f"  全部就绪：{summary['all_ready_s']} 秒")
    if baseline:
        base = summary["baseline"]
        caps = base["ready_s"].get("all_capabilities")
        typer.echo(f"基线 {baseline_tree}：首次应答 {base['first_answer_s']} 秒，"
                   + (f"all_capabilities 就绪 {caps} 秒（CPU {base['cpu_s'].get('all_capabilities')} 秒），" if caps else "")
                   + f"全部就绪 {base['all_ready_s']} 秒")
        if caps and summary["ready_s"].get("all_capabilities"):
            typer.echo(f"all_capabilities 就绪时间是基线的 {summary['ready_s']['all_capabilities'] / caps:.2f} 倍")
