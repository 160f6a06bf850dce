"""Request dependencies as ``Annotated`` aliases: the typed services, settings, caller, text check.

A route names what it uses (``scanner: ScannerDep``, ``store: AuditDep``); each alias resolves
through ``get_services`` (the ``Services`` built at start-up), so tests override that one.
A capability that is not ready answers 503 before the route body runs. The look-ups are
``async``: they do no I/O, and FastAPI would otherwise run each one in a worker thread.
"""

from __future__ import annotations

from typing import Annotated, Callable, Optional

from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader

from app.api.budget import check_budget
from app.audit import AuditStore
from app.auth import KeyRing, Principal, authorize
from app.services import Drafter, Library, Polisher, PrivacyScanner, Scorer, Services
from app.settings import Settings
from app.textinput import check_text


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


async def get_scanner(services: ServicesDep) -> PrivacyScanner:
    return services.scanner


async def get_scorer(services: ServicesDep) -> Scorer:
    return services.scorer


async def get_optional_scorer(services: ServicesDep) -> Optional[Scorer]:
    return services.optional_scorer


async def get_library(services: ServicesDep) -> Library:
    return services.library


async def get_drafter(services: ServicesDep) -> Drafter:
    return services.drafter


async def get_polisher(services: ServicesDep) -> Polisher:
    return services.polisher


class BudgetedStore:
    """The audit store as a route sees it: no record is written for a request already cancelled."""

    def __init__(self, store: AuditStore):
        self._store = store

    def record(self, **fields) -> dict:
        check_budget()
        return self._store.record(**fields)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


async def get_audit_store(services: ServicesDep) -> AuditStore:
    return BudgetedStore(services.audit)  # type: ignore[return-value]  (same interface)


async def get_keyring(request: Request) -> KeyRing:
    return request.app.state.keyring


SettingsDep = Annotated[Settings, Depends(get_settings)]
ScannerDep = Annotated[PrivacyScanner, Depends(get_scanner)]
ScorerDep = Annotated[Scorer, Depends(get_scorer)]
OptionalScorerDep = Annotated[Optional[Scorer], Depends(get_optional_scorer)]
LibraryDep = Annotated[Library, Depends(get_library)]
DrafterDep = Annotated[Drafter, Depends(get_drafter)]
PolisherDep = Annotated[Polisher, Depends(get_polisher)]
AuditDep = Annotated[AuditStore, Depends(get_audit_store)]


# declared as a security scheme, so /docs offers an "Authorize" button
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API 密钥（单用户模式下可省略）")


async def get_principal(
    keyring: Annotated[KeyRing, Depends(get_keyring)],
    x_api_key: Annotated[str | None, Security(api_key_header)] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Principal:
    key = x_api_key
    if not key and authorization and authorization.lower().startswith("bearer "):
        key = authorization[7:].strip()
    return keyring.resolve(key)


def require(permission: str) -> Callable[..., Principal]:
    async def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        return authorize(principal, permission)

    dependency.__name__ = f"require_{permission.replace(':', '_')}"
    return dependency


ScanUser = Annotated[Principal, Depends(require("privacy:scan"))]
ReleaseUser = Annotated[Principal, Depends(require("privacy:release"))]
ScoreUser = Annotated[Principal, Depends(require("assist:score"))]
WriteUser = Annotated[Principal, Depends(require("assist:write"))]
SearchUser = Annotated[Principal, Depends(require("retrieval:search"))]
AuditUser = Annotated[Principal, Depends(require("audit:read"))]
DocxUser = Annotated[Principal, Depends(require("docx"))]


class TextChecker:
    """Applies the configured character limit (413 above it)."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars

    def __call__(self, text: str | None) -> str | None:
        return None if text is None else check_text(text, max_chars=self.max_chars)


async def get_text_checker(settings: SettingsDep) -> TextChecker:
    return TextChecker(settings.max_chars)


TextCheck = Annotated[TextChecker, Depends(get_text_checker)]
