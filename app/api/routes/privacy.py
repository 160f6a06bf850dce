"""Privacy review: scan, mask, and release with an audit record."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import AuditDep, CapabilitiesDep, ReleaseUser, ScanUser, TextCheck
from app.schemas.common import ERROR_RESPONSES
from app.schemas.privacy import MaskIn, MaskOut, ReleaseIn, ReleaseOut, ScanIn, ScanOut

router = APIRouter(prefix="/privacy", tags=["隐私审查"], responses=ERROR_RESPONSES)


@router.post("/scan", response_model=ScanOut, summary="查找个人信息与敏感段落")
def scan(body: ScanIn, _user: ScanUser, caps: CapabilitiesDep, check: TextCheck) -> dict:
    return caps.call("scanner", "scan", check(body.text))


@router.post("/mask", response_model=MaskOut, summary="按所选方式脱敏")
def mask(body: MaskIn, _user: ScanUser, caps: CapabilitiesDep, check: TextCheck) -> dict:
    return caps.call("scanner", "mask", check(body.text), style=body.style)


@router.post("/release", response_model=ReleaseOut, summary="审核决定：脱敏发布或不予发布，并写入审计记录")
def release(body: ReleaseIn, user: ReleaseUser, caps: CapabilitiesDep, store: AuditDep, check: TextCheck) -> dict:
    text = check(body.text)
    found = caps.call("scanner", "scan", text)
    released, masked = None, []
    if body.decision == "release":
        result = caps.call("scanner", "mask", text, style=body.style)
        released, masked = result["text"], result["entities"]
    record = store.record(
        actor=user.name,
        role=user.role,
        document=text,
        released=released,
        style=body.style,
        decision=body.decision,
        found=found["entities"],
        masked=masked,
        minors=sum(1 for e in found["entities"] if e.get("minor")),
        sensitive=len(found.get("sensitive", [])),
    )
    return {
        "decision": body.decision,
        "text": released,
        "entities": found["entities"],
        "sensitive": found.get("sensitive", []),
        "audit": record,
    }
