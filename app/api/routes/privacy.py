"""Privacy review: scan, mask, and release with an audit record."""

from __future__ import annotations

import re

from fastapi import APIRouter

from app.api.deps import AuditDep, ReleaseUser, ScannerDep, ScanUser, TextCheck
from app.schemas.common import ERROR_RESPONSES
from app.schemas.privacy import MaskIn, MaskOut, ReleaseIn, ReleaseOut, ScanIn, ScanOut
from models.errors import InputError
from privacy.result import ScanResult

_MASK_MARKS = re.compile(r"某|\*|■|\[")  # what the masking styles leave in place of a value

router = APIRouter(prefix="/privacy", tags=["隐私审查"], responses=ERROR_RESPONSES)


def _reviewed(scanner, text: str, body: MaskIn) -> ScanResult:
    """One scan of ``text`` with the reviewer's choices applied: flagged texts kept, missed terms added."""
    found = ScanResult.from_dict(text, scanner.scan(text))
    return found.reviewed(keep=body.keep, extra=body.extra)


@router.post("/scan", response_model=ScanOut, summary="查找个人信息与敏感段落")
def scan(body: ScanIn, _user: ScanUser, scanner: ScannerDep, check: TextCheck) -> dict:
    return scanner.scan(check(body.text))


@router.post("/mask", response_model=MaskOut, summary="按所选方式脱敏（可保留或补充遮盖内容）")
def mask(body: MaskIn, _user: ScanUser, scanner: ScannerDep, check: TextCheck) -> dict:
    return _reviewed(scanner, check(body.text), body).mask(body.style)


@router.post("/release", response_model=ReleaseOut, summary="审核决定：脱敏发布或不予发布，并写入审计记录")
def release(body: ReleaseIn, user: ReleaseUser, scanner: ScannerDep, store: AuditDep, check: TextCheck) -> dict:
    text = check(body.text)
    found = _reviewed(scanner, text, body)  # the one scan of the document; masking reuses it
    released, masked = None, []
    if body.decision == "release":
        result = found.mask(body.style)
        released, masked = result["text"], result["entities"]
        if body.final_text is not None and body.final_text != released:
            # the reviewer edited the masked text: what will be published is scanned once more
            released = check(body.final_text)
            keep = {k.strip() for k in body.keep}
            left = [e for e in scanner.scan(released)["entities"]
                    if e["text"] not in keep and not _MASK_MARKS.search(e["text"])]
            if left:
                raise InputError(f"发布文本中仍有 {len(left)} 处未脱敏的个人信息；请重新脱敏预览，或把它列为保留内容。",
                                 code="unmasked_personal_data")
    entities = found.to_dict()
    record = store.record(
        actor=user.name,
        role=user.role,
        document=text,
        released=released,
        style=body.style,
        decision=body.decision,
        found=entities["entities"],
        masked=masked,
        minors=found.minors,
        sensitive=len(found.sensitive),
    )
    return {
        "decision": body.decision,
        "text": released,
        "entities": entities["entities"],
        "sensitive": entities["sensitive"],
        "audit": record,
    }
