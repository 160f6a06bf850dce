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

    app = create_app(Settings(ui=True, database_url=f"sqlite:///{tmp_path}/a.db", background_load=False),
                     capabilities=lambda _s: Capabilities({}))
    with TestClient(app, base_url="http://127.0.0.1") as client:  # a trusted Host
        assert client.get("/healthz").json()["ui"]["status"] == "ready"  # built before the first answer
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


def test_ui_upload_needs_a_key_in_keyed_mode(tmp_path):
    """Gradio's upload route stores nothing without a key (header, or the cookie the page sets)."""
    from fastapi.testclient import TestClient

    from app.api.capabilities import Capabilities
    from app_testutil import KEY, KEYS

    app = create_app(Settings(ui=True, api_keys=KEYS, database_url=f"sqlite:///{tmp_path}/a.db", background_load=False),
                     capabilities=lambda _s: Capabilities({}))
    files = {"files": ("上官翠萍15836271940.txt", "素材".encode(), "text/plain")}
    with TestClient(app, base_url="http://127.0.0.1") as client:  # a trusted host
        for path in ("/ui/gradio_api/upload", "/ui/gradio_api/upload/"):
            refused = client.post(path, files=files)
            assert refused.status_code == 401 and not refused.json()["error"]["message"].isascii()
        assert client.post("/ui/gradio_api/upload", files=files, headers={"X-API-Key": "wrong"}).status_code == 401
        assert client.post("/ui/gradio_api/upload", files=files, headers={"X-API-Key": KEY["officer"]}).status_code == 200
        client.cookies.set("fulian_key", KEY["reviewer"])
        assert client.post("/ui/gradio_api/upload", files=files).status_code == 200


def test_ui_upload_is_open_in_single_user_mode(tmp_path):
    from fastapi.testclient import TestClient

    from app.api.capabilities import Capabilities

    app = create_app(Settings(ui=True, database_url=f"sqlite:///{tmp_path}/a.db", background_load=False),
                     capabilities=lambda _s: Capabilities({}))
    with TestClient(app, base_url="http://127.0.0.1") as client:  # a trusted host
        assert client.post("/ui/gradio_api/upload", files={"files": ("a.txt", b"x", "text/plain")}).status_code == 200


@pytest.mark.parametrize(
    "host, api_single_user, keys, refused",
    [("0.0.0.0", True, "", True), ("0.0.0.0", None, "", True), ("0.0.0.0", True, "k-officer-0123456789abcdef:officer", True),
     ("0.0.0.0", False, "k-officer-0123456789abcdef:officer", False), ("127.0.0.1", True, "", False), ("::1", None, "", False)],
)
def test_fulian_ui_applies_the_bind_rule(host, api_single_user, keys, refused):
    from app.auth import KeyRing
    from app.ui import check_ui_bind
    from models.errors import ConfigError

    if refused:
        with pytest.raises(ConfigError, match="拒绝启动"):
            check_ui_bind(host, api_single_user, KeyRing.from_setting(keys))
    else:
        check_ui_bind(host, api_single_user, KeyRing.from_setting(keys))


def test_fulian_ui_refuses_a_public_host_without_keys(monkeypatch):
    from typer.testing import CliRunner

    import app.cli.main  # noqa: F401  (registers the commands)
    from app.cli.common import cli as cli_app

    monkeypatch.delenv("FULIAN_API_KEYS", raising=False)
    result = CliRunner().invoke(cli_app, ["ui", "--api-url", "http://127.0.0.1:9", "--host", "0.0.0.0"])
    assert result.exit_code != 0 and "拒绝启动" in result.output


@pytest.mark.parametrize(
    "keep, extra, final, expect_in, expect_out",
    [([], ["镇中心小学"], None, ["[其他信息1]"], ["镇中心小学", "13812345678"]),
     (["张三"], [], None, ["张三"], ["13812345678"]),
     ([], [], "已审核的文本，无个人信息。", ["已审核的文本"], ["张三"])],
)
def test_release_with_the_reviewers_choices(api, real_client, keep, extra, final, expect_in, expect_out):
    need(real_client, "scanner")
    doc = "县妇联执委张三的电话是13812345678，在镇中心小学读书。"
    released = api.release(doc, "placeholder", "release", keep=keep, extra=extra, final_text=final)
    assert all(s in released["text"] for s in expect_in) and not any(s in released["text"] for s in expect_out)
    if extra:
        assert released["audit"]["masked"].get("OTHER") == 1 and released["audit"]["found"].get("OTHER") == 1
    if not final:
        assert api.mask(doc, "placeholder", keep=keep, extra=extra)["text"] == released["text"]


def test_release_refuses_an_edit_that_puts_personal_data_back(api, real_client):
    need(real_client, "scanner")
    with pytest.raises(ApiError) as info:
        api.release("张三的电话是13812345678。", "chinese", "release", final_text="张某的电话是13812345678。")
    assert info.value.code == "unmasked_personal_data"
