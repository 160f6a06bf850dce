"""Privacy review: scan, mask, and release with an audit record."""

from __future__ import annotations

import re

from fastapi import APIRouter

from app.api.deps import AuditDep, ReleaseUser, ScannerDep, ScanUser, TextCheck
from app.schemas.common import ERROR_RESPONSES
from app.schemas.privacy import MaskIn, MaskOut, ReleaseIn, ReleaseOut, ScanIn, ScanOut
from models.errors import InputError

_MASK_MARKS = re.compile(r"某|\*|■|\[")  # what the masking styles leave in place of a value

router = APIRouter(prefix="/privacy", tags=["隐私审查"], responses=ERROR_RESPONSES)


def _reviewed(scanner, text: str, body: MaskIn) -> tuple[dict, dict]:
    """(scan result, mask result) with the reviewer's choices: flagged texts kept, missed terms added."""
    found = scanner.scan(text)
    if not body.keep and not body.extra:
        return found, scanner.mask(text, style=body.style)
    from privacy.masking import mask_text

    keep = {k.strip() for k in body.keep if k.strip()}
    chosen = [e for e in found["entities"] if e["text"] not in keep]
    for term in sorted({t.strip() for t in body.extra if t.strip()}, key=len, reverse=True):
        pos = text.find(term)
        while pos >= 0:
            end = pos + len(term)
            if not any(e["start"] < end and pos < e["end"] for e in chosen):
                chosen.append({"type": "OTHER", "start": pos, "end": end, "text": term, "score": 1.0,
                               "minor": False})
            pos = text.find(term, end)
    chosen.sort(key=lambda e: (e["start"], e["end"]))
    return {**found, "entities": found["entities"] + [e for e in chosen if e["type"] == "OTHER"]}, \
        mask_text(text, chosen, body.style)


@router.post("/scan", response_model=ScanOut, summary="查找个人信息与敏感段落")
def scan(body: ScanIn, _user: ScanUser, scanner: ScannerDep, check: TextCheck) -> dict:
    return scanner.scan(check(body.text))


@router.post("/mask", response_model=MaskOut, summary="按所选方式脱敏（可保留或补充遮盖内容）")
def mask(body: MaskIn, _user: ScanUser, scanner: ScannerDep, check: TextCheck) -> dict:
    return _reviewed(scanner, check(body.text), body)[1]


@router.post("/release", response_model=ReleaseOut, summary="审核决定：脱敏发布或不予发布，并写入审计记录")
def release(body: ReleaseIn, user: ReleaseUser, scanner: ScannerDep, store: AuditDep, check: TextCheck) -> dict:
    text = check(body.text)
    released, masked = None, []
    if body.decision == "release":
        found, result = _reviewed(scanner, text, body)
        released, masked = result["text"], result["entities"]
        if body.final_text is not None:
            released = check(body.final_text)
            keep = {k.strip() for k in body.keep}
            left = [e for e in scanner.scan(released)["entities"]
                    if e["text"] not in keep and not _MASK_MARKS.search(e["text"])]
            if left:
                raise InputError(f"发布文本中仍有 {len(left)} 处未脱敏的个人信息；请重新脱敏预览，或把它列为保留内容。",
                                 code="unmasked_personal_data")
    else:
        found = scanner.scan(text)
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
