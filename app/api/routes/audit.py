"""The audit trail of privacy releases, for reviewers and admins."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from app.api.deps import AuditDep, AuditUser
from app.schemas.audit import AuditListOut
from app.schemas.common import ERROR_RESPONSES

router = APIRouter(prefix="/audit", tags=["审计记录"], responses=ERROR_RESPONSES)


@router.get("", response_model=AuditListOut, summary="列出隐私审查记录（最新在前）")
def list_records(
    _user: AuditUser,
    store: AuditDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,  # the database's integers end at 2**63
    decision: Annotated[Literal["release", "withhold"] | None, Query()] = None,
) -> dict:
    return store.list(limit=limit, offset=offset, decision=decision)
