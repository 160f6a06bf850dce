"""Word documents in and out, so clients (the UI included) need no document code of their own."""

from __future__ import annotations

from fastapi import APIRouter, Response, UploadFile

from app.api.deps import DocxUser, SettingsDep, TextCheck
from app.docx_io import DocxLimits, read_docx, write_docx
from app.schemas.common import ERROR_RESPONSES
from app.schemas.docx import DocxRenderIn, DocxTextOut
from models.errors import InputError, InputTooLarge

router = APIRouter(prefix="/docx", tags=["Word 文档"], responses=ERROR_RESPONSES)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.post("/text", response_model=DocxTextOut, summary="提取 .docx 文档的正文")
def docx_text(file: UploadFile, _user: DocxUser, settings: SettingsDep, check: TextCheck) -> dict:
    data = file.file.read(settings.max_body_bytes + 1)
    if len(data) > settings.max_body_bytes:
        raise InputTooLarge("文档过大；请分段处理。")
    if not data:
        raise InputError("上传的文件是空的。", code="empty_file")
    return {"text": check(read_docx(data, DocxLimits.from_settings(settings)))}


@router.post("/render", summary="把标题和正文生成 .docx 文档",
             responses={200: {"content": {DOCX_TYPE: {}}, "description": ".docx 文件"}})
def docx_render(body: DocxRenderIn, _user: DocxUser, check: TextCheck) -> Response:
    data = write_docx(body.title, check(body.body), body.subtitle)
    return Response(data, media_type=DOCX_TYPE, headers={"Content-Disposition": 'attachment; filename="fulian.docx"'})
