"""Request dependencies as ``Annotated`` aliases: settings, capabilities, audit store, caller."""

from __future__ import annotations

from typing import Annotated, Callable

from fastapi import Depends, Header, Request, Security
from fastapi.security import APIKeyHeader

from app.api.budget import check_budget
from app.api.capabilities import Capabilities
from app.audit import AuditStore
from app.auth import KeyRing, Principal, authorize
from app.settings import Settings
from app.textinput import check_text
from models.errors import BackendUnavailable


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_capabilities(request: Request) -> Capabilities:
    return request.app.state.capabilities


class BudgetedStore:
    """The audit store as a route sees it: no record is written for a request already cancelled."""

    def __init__(self, store: AuditStore):
        self._store = store

    def record(self, **fields) -> dict:
        check_budget()
        return self._store.record(**fields)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def get_audit_store(request: Request) -> AuditStore:
    store = getattr(request.app.state, "audit", None)
    if store is None:
        raise BackendUnavailable("审计数据库不可用，暂不能发布；请管理员检查 FULIAN_DATABASE_URL。")
    return BudgetedStore(store)  # type: ignore[return-value]  (same interface)


def get_keyring(request: Request) -> KeyRing:
    return request.app.state.keyring


SettingsDep = Annotated[Settings, Depends(get_settings)]
CapabilitiesDep = Annotated[Capabilities, Depends(get_capabilities)]
AuditDep = Annotated[AuditStore, Depends(get_audit_store)]


# declared as a security scheme, so /docs offers an "Authorize" button
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API 密钥（单用户模式下可省略）")


def get_principal(
    keyring: Annotated[KeyRing, Depends(get_keyring)],
    x_api_key: Annotated[str | None, Security(api_key_header)] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Principal:
    key = x_api_key
    if not key and authorization and authorization.lower().startswith("bearer "):
        key = authorization[7:].strip()
    return keyring.resolve(key)


def require(permission: str) -> Callable[..., Principal]:
    def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
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


def get_text_checker(settings: SettingsDep) -> TextChecker:
    return TextChecker(settings.max_chars)


TextCheck = Annotated[TextChecker, Depends(get_text_checker)]
