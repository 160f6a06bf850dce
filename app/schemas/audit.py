"""Audit trail records: hashes and counts only, never personal data."""

from __future__ import annotations

from pydantic import BaseModel


class AuditRecordOut(BaseModel):
    id: int
    created_at: str
    actor: str
    role: str
    document_sha256: str
    document_chars: int
    released_sha256: str | None
    style: str
    decision: str
    found: dict[str, int]
    masked: dict[str, int]
    minors: int
    sensitive: int


class AuditListOut(BaseModel):
    total: int
    records: list[AuditRecordOut]
