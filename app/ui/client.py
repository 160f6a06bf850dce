"""The UI's only way to the service: the HTTP API, through httpx."""

from __future__ import annotations

from typing import Any

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(180.0, connect=5.0)


class ApiError(Exception):
    """An error answer (or no answer) from the API, with the Chinese message to show."""

    def __init__(self, message: str, code: str = "error", status: int | None = None):
        super().__init__(message)
        self.message, self.code, self.status = message, code, status


class ApiClient:
    """Calls the fulian API. ``http`` may be any ``httpx.Client`` (tests pass a TestClient)."""

    def __init__(self, base_url: str, http: httpx.Client | None = None):
        self.base_url = base_url.rstrip("/")
        self.http = http or httpx.Client(timeout=DEFAULT_TIMEOUT, trust_env=False)

    def _request(self, method: str, path: str, key: str | None = None, **kwargs) -> httpx.Response:
        headers = {"X-API-Key": key.strip()} if key and key.strip() else {}
        try:
            response = self.http.request(method, self.base_url + path, headers=headers, **kwargs)
        except httpx.TimeoutException:
            raise ApiError("服务响应超时，请稍后重试。", code="timeout") from None
        except httpx.HTTPError:
            raise ApiError(f"无法连接服务 {self.base_url}；请确认服务已启动。", code="unreachable") from None
        if response.status_code >= 400:
            try:
                error = response.json()["error"]
                raise ApiError(error["message"], code=error.get("code", "error"), status=response.status_code)
            except (ValueError, KeyError, TypeError):
                raise ApiError(f"服务返回错误（HTTP {response.status_code}）。", status=response.status_code) from None
        return response

    def _post(self, path: str, body: dict, key: str | None) -> dict[str, Any]:
        return self._request("POST", path, key, json=body).json()

    def health(self) -> dict:
        return self._request("GET", "/healthz").json()

    def scan(self, text: str, key: str | None = None) -> dict:
        return self._post("/v1/privacy/scan", {"text": text}, key)

    def mask(self, text: str, style: str, key: str | None = None, keep: list[str] | None = None,
             extra: list[str] | None = None) -> dict:
        return self._post("/v1/privacy/mask", {"text": text, "style": style, "keep": list(keep or []),
                                               "extra": list(extra or [])}, key)

    def release(self, text: str, style: str, decision: str, key: str | None = None, keep: list[str] | None = None,
                extra: list[str] | None = None, final_text: str | None = None) -> dict:
        body: dict[str, Any] = {"text": text, "style": style, "decision": decision, "keep": list(keep or []),
                                "extra": list(extra or [])}
        if final_text is not None:
            body["final_text"] = final_text
        return self._post("/v1/privacy/release", body, key)

    def score(self, text: str, notes: str | None = None, reference_date: str | None = None,
              key: str | None = None, genre: str | None = None) -> dict:
        body: dict[str, Any] = {"text": text}
        if notes:
            body["notes"] = notes
        if reference_date:
            body["reference_date"] = reference_date
        if genre:
            body["genre"] = genre
        return self._post("/v1/assist/score", body, key)

    def draft(self, notes: str, key: str | None = None) -> dict:
        return self._post("/v1/assist/draft", {"notes": notes}, key)

    def polish(self, text: str, channel: str | None = None, operations: list[str] | None = None,
               key: str | None = None) -> dict:
        body: dict[str, Any] = {"text": text}
        if channel:
            body["channel"] = channel
        if operations is not None:
            body["operations"] = list(operations)
        return self._post("/v1/assist/polish", body, key)

    def search(self, query: str, k: int = 5, mode: str | None = None, key: str | None = None) -> dict:
        return self._post("/v1/retrieval/search", {"query": query, "k": int(k), "mode": mode}, key)

    def compare(self, draft: str, exemplar_id: str, key: str | None = None) -> dict:
        return self._post("/v1/retrieval/compare", {"draft": draft, "exemplar_id": exemplar_id}, key)

    def audit(self, limit: int = 50, key: str | None = None) -> dict:
        return self._request("GET", "/v1/audit", key, params={"limit": int(limit)}).json()

    def docx_text(self, data: bytes, filename: str, key: str | None = None) -> str:
        files = {"file": (filename, data, "application/octet-stream")}
        return self._request("POST", "/v1/docx/text", key, files=files).json()["text"]

    def docx_render(self, title: str, body: str, subtitle: str | None = None, key: str | None = None) -> bytes:
        payload = {"title": title or "", "subtitle": subtitle or None, "body": body}
        return self._request("POST", "/v1/docx/render", key, json=payload).content
