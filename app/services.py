"""The service objects as typed attributes, built by one ``build_services(settings)``.

The API's routes receive them as dependencies (``app.api.deps.ScannerDep`` and the rest) and
the CLI commands take them from here too, so both build a scanner, scorer or library the same
way. The interfaces below are the methods the routes and commands call; importing this module
imports none of the model packages (the service answers /healthz before they have loaded).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol

from app.api.capabilities import Capabilities, build_capabilities
from app.settings import Settings
from models.errors import BackendUnavailable

if TYPE_CHECKING:
    from app.audit import AuditStore


class PrivacyScanner(Protocol):
    def scan(self, text: str) -> dict: ...

    def mask(self, text: str, style: str = ...) -> dict: ...


class Scorer(Protocol):
    def score(self, text: str, notes: str | None = None, reference_date: Any = None, genre: str | None = None) -> dict: ...


class Library(Protocol):
    def search(self, query: str, k: int = ..., mode: str = ...) -> dict: ...

    def compare(self, draft: str, exemplar_id: str, scorer: Scorer | None = None) -> dict: ...


class Generator(Protocol):
    name: str


class Drafter(Protocol):
    def draft(self, notes: str) -> dict: ...


class Polisher(Protocol):
    def polish(self, text: str, operations: Any = None, channel: str | None = None) -> dict: ...


class Services:
    """Settings, the capabilities (each one's load state) and the audit store.

    Each typed attribute is the ready object, or raises the capability's 503 error (loading,
    failed, disabled, not installed); ``audit`` raises 503 when the database is unavailable.
    """

    def __init__(self, settings: Settings, capabilities: Capabilities | None = None,
                 audit: "AuditStore | None" = None):
        self.settings = settings
        self.capabilities = capabilities if capabilities is not None else Capabilities.loading()
        self.audit_store = audit

    @property
    def scanner(self) -> PrivacyScanner:
        return self.capabilities.service("scanner")

    @property
    def optional_scanner(self) -> PrivacyScanner | None:
        """The scanner, or None when it is disabled or not installed (a CLI run with --no-privacy)."""
        return self.capabilities.optional("scanner")

    @property
    def scorer(self) -> Scorer:
        return self.capabilities.service("scorer")

    @property
    def optional_scorer(self) -> Scorer | None:
        return self.capabilities.optional("scorer")

    @property
    def library(self) -> Library:
        return self.capabilities.service("library")

    @property
    def generator(self) -> Generator:
        return self.capabilities.service("generator")

    @property
    def drafter(self) -> Drafter:
        return self.capabilities.service("drafter")

    @property
    def polisher(self) -> Polisher:
        return self.capabilities.service("polisher")

    @property
    def audit(self) -> "AuditStore":
        if self.audit_store is None:
            raise BackendUnavailable("审计数据库不可用，暂不能发布；请管理员检查 FULIAN_DATABASE_URL。")
        return self.audit_store

    def close(self) -> None:
        self.capabilities.close()
        if self.audit_store is not None:
            self.audit_store.close()


def build_services(settings: Settings, *, names: set[str] | None = None, into: Services | None = None,
                   audit_secret: bytes | None = None, cli: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> Services:
    """Build the configured capabilities (``names`` narrows them: a CLI command loads what it uses).

    ``into``: fill an existing ``Services`` in place, each capability as soon as it has loaded
    (the service's background start-up). ``audit_secret``: also open the audit store keyed by it.
    ``cli``: for one command: no scan pool, and a capability in ``names`` that fails raises its
    error (a message and exit code 2) instead of answering 503 later. ``progress``: the library's
    index build.
    """
    services = into if into is not None else Services(settings, Capabilities({}))
    if audit_secret is not None and services.audit_store is None:
        from app.audit.lifecycle import open_audit_store

        services.audit_store = open_audit_store(settings.database_url, audit_secret)
    build_capabilities(settings, into=services.capabilities, names=names, pool=not cli, strict=cli, progress=progress)
    return services
