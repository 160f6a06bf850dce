"""A real OpenAI-compatible server for the generator tests: transformers' ``Serve`` in a thread
or the ``transformers serve`` command in a subprocess, and a recording httpx transport.
(A module name no other test directory uses, so ``from real_server import …`` is unambiguous.)
"""

import json
import socket
import time
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RecordingTransport:
    """An httpx transport that records each request body (JSON) and passes it on."""

    def __init__(self):
        import httpx

        self._inner = httpx.HTTPTransport()
        self.bodies: list[dict] = []
        self.paths: list[str] = []

    def handle_request(self, request):
        self.paths.append(request.url.path)
        self.bodies.append(json.loads(request.read() or b"{}"))
        return self._inner.handle_request(request)

    def close(self):
        self._inner.close()


class ServeProcess:
    """``transformers serve MODEL_DIR`` in a subprocess on a free port (CPU, offline)."""

    def __init__(self, model_dir: Path, log_path: Path):
        self.model = str(model_dir)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = log_path
        self.proc = None
        self.start_s = None

    def start(self, timeout_s: float = 120) -> "ServeProcess":
        import os
        import subprocess
        import sys

        import httpx

        env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}
        cmd = [sys.executable, "-m", "transformers.cli.transformers", "serve", self.model,
               "--host", "127.0.0.1", "--port", str(self.port), "--device", "cpu"]
        t0 = time.monotonic()
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        while time.monotonic() - t0 < timeout_s:
            if self.proc.poll() is not None:
                break
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=1).status_code == 200:
                    self.start_s = time.monotonic() - t0
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        tail = self.log_path.read_text(errors="replace")[-2000:]
        pytest.fail(f"transformers serve did not come up in {timeout_s:.0f} s:\n{tail}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except Exception:  # noqa: BLE001 - a server that ignores SIGTERM
                self.proc.kill()
                self.proc.wait(timeout=10)
        if getattr(self, "_log", None):
            self._log.close()


class ServeThread:
    """transformers' own ``Serve`` app (the code behind ``transformers serve``) in this process.

    Same server code as the subprocess, without a second interpreter importing torch: the
    default suite can afford it. ``ServeProcess`` is for what needs a process (a hung server).
    """

    def __init__(self, model_dir: Path):
        self.model = str(model_dir)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.start_s = None
        self._serve = None
        self._uvicorn = None
        self._thread = None

    def _start_in_thread(self, serve_cls) -> None:
        """transformers >= 5.25: ``Serve(...)`` runs the server inside ``__init__`` and has no
        ``non_blocking``. Build it with ``run`` deferred, then run it in a daemon thread on a
        uvicorn server recorded here, so that ``stop`` can ask it to exit."""
        import threading

        import uvicorn

        class DeferredServe(serve_cls):
            deferred = True

            def run(self, *args, **kwargs):
                if not self.deferred:
                    super().run(*args, **kwargs)

        owner = self

        class RecordedServer(uvicorn.Server):
            def __init__(self, config):
                super().__init__(config)
                owner._uvicorn = self

        serve = DeferredServe(force_model=self.model, device="cpu", host="127.0.0.1", port=self.port,
                              log_level="error")
        serve.deferred = False

        def run() -> None:
            from unittest import mock

            with mock.patch.object(uvicorn, "Server", RecordedServer):
                serve.run()

        self._thread = threading.Thread(target=run, name="transformers-serve", daemon=True)
        self._thread.start()

    def start(self, timeout_s: float = 60) -> "ServeThread":
        import inspect

        import httpx
        from transformers.cli.serve import Serve

        t0 = time.monotonic()
        if "non_blocking" in inspect.signature(Serve.__init__).parameters:  # transformers < 5.25
            self._serve = Serve(force_model=self.model, device="cpu", host="127.0.0.1", port=self.port,
                                log_level="error", non_blocking=True)
        else:
            self._start_in_thread(Serve)
        while time.monotonic() - t0 < timeout_s:
            if self._thread is not None and not self._thread.is_alive():
                break
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=1).status_code == 200:
                    self.start_s = time.monotonic() - t0
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        pytest.fail(f"transformers Serve did not come up in {timeout_s:.0f} s")

    def stop(self) -> None:
        if self._serve is not None:
            self._serve.kill_server()
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
