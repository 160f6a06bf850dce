"""Exemplar reports: similarity search and criterion-by-criterion comparison."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.deps import LibraryDep, OptionalScorerDep, SearchUser, TextCheck
from app.schemas.common import ERROR_RESPONSES
from app.schemas.retrieval import CompareIn, CompareOut, SearchIn, SearchOut

router = APIRouter(prefix="/retrieval", tags=["范文检索"], responses=ERROR_RESPONSES)


@router.post("/search", response_model=SearchOut, summary="检索最相似的获奖范文")
def search(body: SearchIn, _user: SearchUser, library: LibraryDep, check: TextCheck) -> dict:
    return library.search(check(body.query), k=body.k, mode=body.mode)


@router.post("/compare", response_model=CompareOut, summary="稿件与一篇范文逐项对比")
def compare(body: CompareIn, _user: SearchUser, library: LibraryDep, scorer: OptionalScorerDep,
            check: TextCheck) -> dict:
    return library.compare(check(body.draft), body.exemplar_id, scorer=scorer)
