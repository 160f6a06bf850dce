"""Start-up benchmark: how long ``fulian serve`` takes to answer /healthz, and each capability to load.

Each run starts the server in a fresh process (its own temporary audit database) and polls
``/healthz`` and ``/ui/`` every 50 ms. A floor is measured in the same run: the time a bare
``python -c "import fastapi, uvicorn"`` takes, so that figures from a loaded machine can be
read as ratios to it.

Wall times on a shared machine grow with its load; the server process's own CPU time (user +
system, from /proc) at each milestone does much less, and the start-up runs on one thread at a
time (Python's GIL; the scan pool's workers start only after the rest), so ``cpu_s`` estimates
the wall time on a quiet machine with a free core.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

import httpx

UI_LOADING_MARK = "fulian-ui-loading"  # the placeholder page carries this id until the UI is built
POLL_S = 0.05


@dataclass
class StartupRun:
    first_answer_s: float | None = None
    ready_s: dict[str, float] = field(default_factory=dict)  # capability (or "scan_pool", "ui") -> seconds
    status: dict[str, str] = field(default_factory=dict)
    all_ready_s: float | None = None
    floor_s: float | None = None
    cpu_s: dict[str, float] = field(default_factory=dict)  # the server's CPU seconds at each milestone

    def summary(self) -> dict:
        return {"first_answer_s": self.first_answer_s, "ready_s": self.ready_s, "status": self.status,
                "all_ready_s": self.all_ready_s, "floor_s": self.floor_s, "cpu_s": self.cpu_s}


def process_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure_floor(python: str = sys.executable) -> float:
    """Seconds for a bare interpreter to import FastAPI and uvicorn: this machine's floor right now."""
    started = time.perf_counter()
    subprocess.run([python, "-c", "import fastapi, uvicorn"], check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return time.perf_counter() - started


def _ui_ready(client: httpx.Client, url: str) -> bool:
    try:
        response = client.get(url + "/ui/", timeout=2.0)
    except httpx.HTTPError:
        return False
    return response.status_code == 200 and UI_LOADING_MARK not in response.text


def run_once(*, ui: bool = True, timeout_s: float = 180.0, extra_env: dict[str, str] | None = None,
             tree: str | None = None) -> StartupRun:
    """Start ``fulian serve`` once and time it until every capability (and the UI) is ready.

    ``tree``: run the server from that source tree instead (a baseline checkout, same machine, same run).
    """
    out = StartupRun()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="fulian-startbench-") as tmp:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "FULIAN_DATABASE_URL": f"sqlite:///{tmp}/audit.db",
               **(extra_env or {})}
        cmd = [sys.executable, "-m", "app.cli.main", "serve", "--host", "127.0.0.1", "--port", str(port)]
        if not ui:
            cmd.append("--no-ui")
        if tree:
            env["PYTHONPATH"] = tree
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with httpx.Client(trust_env=False) as client:
                _poll(client, url, proc, started, out, ui, timeout_s)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return out


def _poll(client: httpx.Client, url: str, proc: subprocess.Popen, started: float, out: StartupRun, ui: bool,
          timeout_s: float) -> None:
    while time.perf_counter() - started < timeout_s:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode}")
        try:
            health = client.get(url + "/healthz", timeout=2.0).json()
        except (httpx.HTTPError, ValueError):
            time.sleep(POLL_S)
            continue
        now = round(time.perf_counter() - started, 2)
        cpu = process_cpu_s(proc.pid)
        if out.first_answer_s is None:
            out.first_answer_s, out.cpu_s["first_answer"] = now, cpu
        pending = False
        for name, cap in health.get("capabilities", {}).items():
            if cap.get("status") == "loading":
                pending = True
            elif name not in out.ready_s:
                out.ready_s[name], out.status[name], out.cpu_s[name] = now, cap.get("status", ""), cpu
        pool = health.get("capabilities", {}).get("scanner", {}).get("info", {}).get("pool_state")
        if pool in {"waiting", "starting"}:
            pending = True
        elif pool and "scan_pool" not in out.ready_s:
            out.ready_s["scan_pool"], out.status["scan_pool"] = now, pool
        if ui and "ui" not in out.ready_s:
            if _ui_ready(client, url):
                out.ready_s["ui"], out.status["ui"] = round(time.perf_counter() - started, 2), "ready"
                out.cpu_s["ui"] = process_cpu_s(proc.pid)
            else:
                pending = True
        if health.get("status") == "ok" and "all_capabilities" not in out.cpu_s:
            out.cpu_s["all_capabilities"] = cpu
            out.ready_s["all_capabilities"] = now
        if not pending:
            out.all_ready_s = max(out.ready_s.values(), default=now)
            return
        time.sleep(POLL_S)
    raise TimeoutError(f"not ready within {timeout_s:.0f} s")


def median_summary(runs: list[StartupRun]) -> dict:
    """Per-metric medians over the runs (each run's figures are kept too)."""

    def med(values):
        values = [v for v in values if v is not None]
        return round(statistics.median(values), 2) if values else None

    names = sorted({n for r in runs for n in r.ready_s})
    return {
        "runs": len(runs),
        "first_answer_s": med(r.first_answer_s for r in runs),
        "ready_s": {n: med(r.ready_s.get(n) for r in runs) for n in names},
        "all_ready_s": med(r.all_ready_s for r in runs),
        "floor_s": med(r.floor_s for r in runs),
        "cpu_s": {n: med(r.cpu_s.get(n) for r in runs) for n in sorted({n for r in runs for n in r.cpu_s})},
        "each": [r.summary() for r in runs],
    }
