"""Start-up: what loads first, what is left out, and the start-up benchmark's own pieces."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.importguard import skipping
from app.startbench import StartupRun, median_summary, process_cpu_s

ROOT = Path(__file__).resolve().parents[2]


def test_the_scanner_loads_without_transformers():
    """Presidio would import transformers (about 2 s) for a pipeline the scanner never uses."""
    code = ("import sys; from app.scanner_build import build_service_scanner; "
            "s = build_service_scanner('rules', max_chars=1000); "
            "assert s.scan('电话13812345678')['entities'], 'no phone found'; "
            "print('transformers' in sys.modules); import transformers")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"  # and a later `import transformers` still works


def test_skipping_marks_a_package_absent_only_within_the_block(tmp_path, monkeypatch):
    (tmp_path / "fulian_probe_optional.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with skipping("fulian_probe_optional", "json"):
        with pytest.raises(ImportError):
            import fulian_probe_optional  # noqa: F401
        import json  # already imported: untouched

        assert json.dumps(1) == "1"
    import fulian_probe_optional

    assert fulian_probe_optional.VALUE == 1


def test_process_cpu_seconds_and_medians():
    assert process_cpu_s(os.getpid()) > 0
    assert process_cpu_s(2 ** 22 + 12345) is None  # no such process
    runs = [StartupRun(first_answer_s=1.0, ready_s={"scanner": 3.0}, cpu_s={"scanner": 2.0}, floor_s=0.3),
            StartupRun(first_answer_s=2.0, ready_s={"scanner": 5.0, "ui": 7.0}, cpu_s={"scanner": 3.0}, floor_s=0.5)]
    summary = median_summary(runs)
    assert summary["first_answer_s"] == 1.5 and summary["ready_s"] == {"scanner": 4.0, "ui": 7.0}
    assert summary["cpu_s"] == {"scanner": 2.5} and summary["floor_s"] == 0.4 and len(summary["each"]) == 2


def test_the_scorer_and_library_warm_and_the_pool_starts_after_everything_else_loaded():
    from app.api.capabilities import Capabilities, Capability, warm_capabilities

    calls = []

    class Scorer:
        def warm_up(self):
            calls.append("warm")

    class Library:
        def warm_up(self):
            calls.append("library")

    class Scanner:
        def start_pool(self):
            calls.append("pool")

    caps = Capabilities({"scanner": Capability("scanner", Scanner(), "ready"),
                         "scorer": Capability("scorer", Scorer(), "ready"),
                         "library": Capability("library", Library(), "ready")})
    assert calls == []  # loading them starts none
    warm_capabilities(caps)
    assert calls == ["warm", "library", "pool"]


@pytest.mark.slow  # starts `fulian serve` twice: about a minute on a busy 2-core machine
def test_bench_startup_times_healthz_the_capabilities_and_the_ui():
    from typer.testing import CliRunner

    from app.cli.main import cli

    result = CliRunner().invoke(cli, ["bench", "startup", "--runs", "1", "--json"])
    assert result.exit_code == 0, result.output
    import json

    summary = json.loads(result.stdout)
    ready = summary["ready_s"]
    assert {"scanner", "scorer", "library", "ui", "all_capabilities"} <= set(ready)
    assert summary["first_answer_s"] <= ready["scanner"] <= ready["all_capabilities"]
    assert summary["cpu_s"]["first_answer"] <= summary["cpu_s"]["all_capabilities"]
