"""Writing assistance: rubric score, draft from notes, polish."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import DrafterDep, PolisherDep, ScorerDep, ScoreUser, TextCheck, WriteUser
from app.schemas.assist import DraftIn, DraftOut, PolishIn, PolishOut, ScoreIn, ScoreOut
from app.schemas.common import ERROR_RESPONSES

router = APIRouter(prefix="/assist", tags=["写作辅助"], responses=ERROR_RESPONSES)


@router.post("/score", response_model=ScoreOut, summary="按评分标准逐项评分")
def score(body: ScoreIn, _user: ScoreUser, scorer: ScorerDep, check: TextCheck) -> dict:
    return scorer.score(
        check(body.text), notes=check(body.notes), reference_date=body.reference_date,
        **({"genre": body.genre} if body.genre else {}),
    )


@router.post("/draft", response_model=DraftOut, summary="由素材起草规范结构的稿件")
def draft(body: DraftIn, _user: WriteUser, drafter: DrafterDep, check: TextCheck) -> dict:
    return drafter.draft(check(body.notes))


@router.post("/polish", response_model=PolishOut, summary="润色：去冗余、去空话、改标题")
def polish(body: PolishIn, _user: WriteUser, polisher: PolisherDep, check: TextCheck) -> dict:
    return polisher.polish(check(body.text), operations=body.operations, channel=body.channel)
