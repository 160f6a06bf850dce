"""Builds the capability objects once, at start-up, and says which ones loaded.

Each capability lives in another package (privacy, assist, retrieval, models). One whose
package is not installed yet is reported as ``missing``; one that fails to load as
``failed``. Routes that need either answer with a 503 JSON error instead of crashing.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from app.api.budget import check_budget
from app.importguard import SCANNER_SKIPS, import_attr
from app.scanner_build import build_service_scanner, scanner_options
from app.settings import Settings
from models.errors import ConfigError, FulianError

log = logging.getLogger(__name__)

LABELS = {
    "scanner": "隐私审查",
    "scorer": "质量评分",
    "library": "范文检索",
    "generator": "文本生成",
    "drafter": "起草",
    "polisher": "润色",
}


class CapabilityUnavailable(FulianError):
    code = "capability_unavailable"
    http_status = 503


@dataclass
class Capability:
    name: str
    obj: Any = None
    status: str = "missing"  # ready | loading | missing | failed | disabled
    detail: str = ""
    load_s: float = 0.0
    # calls are serialised unless the object's package guards its own shared state
    lock: threading.Lock | contextlib.nullcontext = field(default_factory=threading.Lock)

    def health(self) -> dict:
        out = {"status": self.status, "load_s": round(self.load_s, 3)}
        if self.detail:
            out["detail"] = self.detail
        out.update(_describe(self.obj))
        return out


def _describe(obj: Any) -> dict:
    """What a loaded object says about its backend (model names, index facts), JSON-safe values only."""
    out: dict = {}
    for attr, key in (("backend", "backend"), ("name", "backend"), ("person_model", "person_model")):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            out.setdefault(key, value)
    try:
        info = getattr(obj, "info", None)
    except Exception:  # a property that fails must not break /healthz
        info = None
    if isinstance(info, dict):
        out["info"] = {k: v for k, v in info.items() if isinstance(v, (str, int, float, bool)) or v is None}
    return out


class Capabilities:
    """The loaded capability objects, by name."""

    def __init__(self, items: dict[str, Capability]):
        self.items = items

    @classmethod
    def loading(cls) -> "Capabilities":
        """Every capability marked ``loading``: what /healthz shows while the start-up load runs."""
        return cls({name: Capability(name=name, status="loading", detail="正在加载") for name in LABELS})

    @property
    def settled(self) -> bool:
        return all(cap.status != "loading" for cap in self.items.values())

    def get(self, name: str) -> Capability:
        check_budget()  # a request cancelled by its client or its time budget starts no more work
        cap = self.items.get(name)
        if cap is None or cap.status != "ready":
            label = LABELS.get(name, name)
            if cap is not None and cap.status == "disabled":
                raise CapabilityUnavailable(f"{label}功能未在本服务中启用（FULIAN_CAPABILITIES）。")
            if cap is not None and cap.status == "loading":
                raise CapabilityUnavailable(f"{label}功能正在加载，请稍候几秒再试。", code="loading")
            if cap is not None and cap.status == "failed":
                raise CapabilityUnavailable(f"{label}功能加载失败，暂不可用；请管理员查看 /healthz 与服务日志。")
            raise CapabilityUnavailable(f"{label}功能尚未安装或未启用；请管理员查看 /healthz。")
        return cap

    def service(self, name: str) -> Any:
        """The ready object of capability ``name`` (its calls under its lock, where it has one); 503 otherwise."""
        cap = self.get(name)
        return cap.obj if isinstance(cap.lock, contextlib.nullcontext) else Serialized(cap.obj, cap.lock)

    def optional(self, name: str) -> Any:
        """Like ``service``, or ``None`` when the capability is not ready (for optional helpers)."""
        cap = self.items.get(name)
        return self.service(name) if cap is not None and cap.status == "ready" else None

    def health(self) -> dict:
        return {name: cap.health() for name, cap in self.items.items()}

    def close(self) -> None:
        for cap in self.items.values():
            close = getattr(cap.obj, "close", None) if cap.obj is not None else None
            if callable(close):
                try:
                    close()
                except Exception:  # shutting down: never mask the real exit
                    log.warning("capability %s failed to close", cap.name)


class Serialized:
    """An object whose method calls take ``lock`` first (capabilities that keep shared state)."""

    def __init__(self, obj: Any, lock: threading.Lock):
        self._obj, self._lock = obj, lock

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._obj, name)
        if not callable(value):
            return value

        def locked(*args, **kwargs):
            with self._lock:
                return value(*args, **kwargs)

        return locked


def _import(path: str) -> Any:
    """``module:attr``; raises ModuleNotFoundError only when the capability module itself is absent."""
    return import_attr(path, SKIPS.get(path, ()))


def _is_missing(exc: ModuleNotFoundError, path: str) -> bool:
    module_name = path.partition(":")[0]
    parts = module_name.split(".")
    return exc.name in {".".join(parts[: i + 1]) for i in range(len(parts))}


# The scanner keeps no per-call state and its taggers (NER, thulac) lock their own model, so
# scans may overlap: one request's Python work runs while another's model forward (which
# releases the GIL) is under way. tests/app/test_concurrency.py checks the answers stay the same.
THREAD_SAFE = {"scanner"}

SCANNER_BUILD = "privacy.scanner:build_scanner"
# optional packages a capability's import would pull in without using them (see app.importguard)
SKIPS = {SCANNER_BUILD: SCANNER_SKIPS}


def _build(name: str, path: str, factory: Callable[[Any], Any], enabled: bool = True) -> Capability:
    cap = Capability(name=name)
    if name in THREAD_SAFE:
        cap.lock = contextlib.nullcontext()
    if not enabled:
        cap.status, cap.detail = "disabled", "未在 FULIAN_CAPABILITIES 中启用"
        return cap
    start = time.perf_counter()
    try:
        target = _import(path)
    except ModuleNotFoundError as exc:
        if _is_missing(exc, path):
            cap.detail = f"{path} 未安装"
            return cap
        cap.status, cap.detail = "failed", f"缺少依赖：{exc.name}"
        log.error("capability %s: missing dependency %s", name, exc.name)
        return cap
    except Exception as exc:  # ImportError, a missing attribute, an error at import time
        cap.status, cap.detail = "failed", f"导入失败：{type(exc).__name__}"
        log.error("capability %s failed to import: %s", name, type(exc).__name__)
        return cap
    try:
        cap.obj = factory(target)
        cap.status = "ready"
    except FulianError as exc:
        cap.status, cap.detail = "failed", exc.message
        log.error("capability %s failed to load: %s", name, exc.message)
    except Exception as exc:  # a bug in another package must not stop the service
        cap.status, cap.detail = "failed", f"加载出错：{type(exc).__name__}"
        log.exception("capability %s failed to load", name)
    cap.load_s = time.perf_counter() - start
    return cap


def warm_capabilities(caps: Capabilities) -> None:
    """What can wait until every capability serves: the scorer's lazy parts (its fidelity name
    tagger) and the library's (the segmenter's dictionary for BM25 queries), then the scan
    pool's workers, which load their own scanners in other processes."""
    for name in ("scorer", "library"):
        cap = caps.items.get(name)
        if cap is not None and cap.status == "ready" and callable(getattr(cap.obj, "warm_up", None)):
            try:
                with cap.lock:
                    cap.obj.warm_up()
            except Exception:  # the first request that needs it loads it instead
                log.warning("%s warm-up failed", name, exc_info=True)
    scanner = caps.items.get("scanner")
    if scanner is not None and callable(getattr(scanner.obj, "start_pool", None)):
        scanner.obj.start_pool()


def build_capabilities(settings: Settings, into: Capabilities | None = None, names: set[str] | None = None, *,
                       pool: bool = True, strict: bool = False,
                       progress: Callable[[int, int], None] | None = None) -> Capabilities:
    """Load every capability that is installed, in dependency order; ``names`` narrows the
    configured set (a CLI command loads only what it uses). ``pool=False``: scans stay in this
    process; ``strict``: a capability in ``names`` that fails raises its error (the CLI's way);
    ``progress(done, total)``: the library's index build.

    With ``into``, each capability appears there as soon as it has loaded (the scanner first), so
    a service that loads in the background serves what is ready while the rest loads.
    ``warm_capabilities`` afterwards loads what the first requests can do without.
    """
    items: dict[str, Capability] = into.items if into is not None else {}
    wanted = {p.strip() for p in settings.capabilities.split(",") if p.strip()}
    unknown = wanted - set(LABELS) - {"all"}
    if unknown:
        raise ConfigError(f"FULIAN_CAPABILITIES 中有未知功能：{', '.join(sorted(unknown))}；可选：{', '.join(LABELS)}。")
    on = {name: ("all" in wanted or name in wanted) and (names is None or name in names) for name in LABELS}

    def obj(name: str):
        return items[name].obj if items[name].status == "ready" else None

    items["scanner"] = _build(
        "scanner",
        SCANNER_BUILD,  # imported here for the missing/failed report; built with the NER settings
        lambda _f: build_service_scanner(**scanner_options(settings)),
        on["scanner"],
    )
    if pool:
        _pool_scans(items["scanner"], settings)  # its workers start in warm_capabilities; the local scanner serves
    items["scorer"] = _build(
        "scorer",
        "assist.rubric:load_scorer",
        lambda f: f(rubric_path=settings.rubric_path, scanner=obj("scanner")),
        on["scorer"],
    )
    items["library"] = _build(
        "library",
        "retrieval.library:load_library",
        lambda f: f(corpus_path=settings.corpus_path, index_dir=settings.index_dir, embedder=settings.embedder,
                    cache_dir=Path(settings.cache_dir) / "retrieval", progress=progress),
        on["library"],
    )
    items["generator"] = _build(
        "generator",
        "models.generators:load_generator",
        lambda f: f(
            backend=settings.generator,
            model=settings.generator_model,
            base_url=settings.openai_base_url,
            api_key=settings.openai_api_key,
            timeout_s=settings.generator_timeout_s,
            retries=settings.generator_retries,
            # a language model that fails to load still serves: each request falls back to
            # the composer and says why, instead of the drafter being unavailable
            fallback=True,
        ),
        on["generator"],
    )

    def needs(*names: str) -> None:
        for n in names:
            if items[n].status != "ready":
                raise CapabilityUnavailable(f"依赖的{LABELS[n]}功能不可用")

    def make_drafter(cls):
        needs("generator", "scanner")
        return cls(obj("generator"), obj("scanner"), scorer=obj("scorer"), library=obj("library"))

    def make_polisher(cls):
        needs("generator", "scanner")
        return cls(obj("generator"), obj("scanner"))

    items["drafter"] = _build("drafter", "assist.drafting:Drafter", make_drafter, on["drafter"])
    items["polisher"] = _build("polisher", "assist.polishing:Polisher", make_polisher, on["polisher"])
    if strict:
        for name in sorted(names or ()):
            if items[name].status == "failed":
                raise ConfigError(f"{LABELS[name]}功能加载失败：{items[name].detail}")
        for cap in items.values():  # one command, one thread: the objects themselves, no locks
            cap.lock = contextlib.nullcontext()
    return into if into is not None else Capabilities(items)


def _pool_scans(cap: Capability, settings: Settings) -> None:
    """Route the scan capability's calls through a process pool (the other capabilities keep the local scanner)."""
    from app.scan_pool import PooledScanner, auto_processes

    processes = auto_processes(settings.scan_processes)
    if cap.status != "ready" or processes < 1:
        return
    cap.obj = PooledScanner(cap.obj, processes, "app.scanner_build:build_service_scanner",
                            kwargs=scanner_options(settings), start=False)
