"""The UI's HTTP client against the real app, and the UI mounted at /ui."""

from __future__ import annotations

import httpx
import pytest
from app_testutil import need

from app.main import create_app
from app.settings import Settings
from app.ui import api_url_for
from app.ui.client import ApiClient, ApiError


@pytest.fixture
def api(real_client):
    return ApiClient("http://testserver", http=real_client)


def test_client_scan_and_release(api, real_client):
    need(real_client, "scanner")
    found = api.scan("张三的电话是13812345678。")
    assert "PHONE_NUMBER" in {e["type"] for e in found["entities"]}
    released = api.release("张三的电话是13812345678。", "placeholder", "release")
    assert "13812345678" not in released["text"] and released["audit"]["style"] == "placeholder"


def test_client_docx_round_trip(api):
    data = api.docx_render("标题", "正文一\n正文二", subtitle="——副标题")
    assert api.docx_text(data, "x.docx").splitlines() == ["标题", "——副标题", "正文一", "正文二"]


@pytest.mark.parametrize("call, code", [(lambda a: a.scan(""), "empty_text"),
                                        (lambda a: a.compare("稿", "no-such-id"), None)])
def test_client_turns_errors_into_chinese_messages(api, call, code):
    with pytest.raises(ApiError) as info:
        call(api)
    assert info.value.message and not info.value.message.isascii()
    if code:
        assert info.value.code == code


def test_client_reports_an_unreachable_service():
    with pytest.raises(ApiError, match="无法连接服务") as info:
        ApiClient("http://127.0.0.1:9", http=httpx.Client(timeout=2)).health()
    assert info.value.code == "unreachable"


@pytest.mark.parametrize(
    "settings, url",
    [(Settings(), "http://127.0.0.1:8000"), (Settings(host="0.0.0.0", port=9000), "http://127.0.0.1:9000"),
     (Settings(host="::1", port=8001), "http://[::1]:8001"), (Settings(api_url="http://api:1/"), "http://api:1/")],
)
def test_api_url_for(settings, url):
    assert api_url_for(settings) == url


def test_ui_is_mounted_at_ui(tmp_path):
    from fastapi.testclient import TestClient

    from app.api.capabilities import Capabilities

    app = create_app(Settings(ui=True, database_url=f"sqlite:///{tmp_path}/a.db"),
                     capabilities=lambda _s: Capabilities({}))
    with TestClient(app, base_url="http://127.0.0.1") as client:  # a trusted Host
        page = client.get("/ui/")
        assert page.status_code == 200 and "妇联信息助手" in page.text
        assert client.get("/", follow_redirects=False).headers["location"] == "/ui"
        assert client.get("/healthz").status_code == 200


def test_standalone_ui_talks_to_a_remote_api(live_server):
    """`fulian ui --api-url`: a UI-only app whose actions go over HTTP to the API elsewhere."""
    from fastapi.testclient import TestClient

    from app.ui import standalone_app

    with TestClient(standalone_app(live_server)) as client:
        assert client.get("/", follow_redirects=False).headers["location"] == "/ui"
        assert "妇联信息助手" in client.get("/ui/").text
        assert client.get("/v1/privacy/scan").status_code == 404  # no API here, only the UI
