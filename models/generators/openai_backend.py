"""Any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server, ...) over httpx.

``base_url`` is the API root including its version, e.g. ``http://127.0.0.1:8000/v1``;
requests go to ``{base_url}/chat/completions``. Connection errors, timeouts, HTTP 429 and
5xx are retried ``retries`` times with exponential back-off; then ``BackendUnavailable``.
Streaming reads server-sent events (``data: {...}`` lines, ending with ``data: [DONE]``).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Iterator

import httpx

from models.errors import BackendUnavailable, ConfigError
from models.generators.base import DEFAULT_MAX_NEW_TOKENS, DEFAULT_TEMPERATURE, Message, check_messages

log = logging.getLogger(__name__)

_RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class _Retryable(Exception):
    """A failure worth another try; ``reason`` is the Chinese explanation."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class OpenAIGenerator:
    name = "openai"
    is_language_model = True

    def __init__(
        self,
        base_url: str | None,
        model: str | None,
        *,
        api_key: str | None = None,
        timeout_s: float = 60,
        retries: int = 2,
        backoff_s: float = 0.5,
        transport: httpx.BaseTransport | None = None,
    ):
        if not base_url:
            raise ConfigError("openai 后端需要服务地址：请设置 FULIAN_OPENAI_BASE_URL（如 http://127.0.0.1:8000/v1）。")
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"服务地址应以 http:// 或 https:// 开头：{base_url}")
        if not model:
            raise ConfigError("openai 后端需要模型名：请设置 FULIAN_GENERATOR_MODEL（服务端加载的模型名）。")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.retries = max(0, int(retries))
        self.timeout_s = timeout_s
        self.backoff_s = backoff_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=self.base_url,
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            transport=transport,
        )

    # -- public -----------------------------------------------------------------
    def generate(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> str:
        body = self._body(messages, max_new_tokens, temperature, stream=False)
        data = self._with_retries(lambda: self._post_json(body))
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise BackendUnavailable("语言模型服务返回的内容格式不符合 OpenAI 接口（缺少 choices[0].message.content）。") from None
        return content or ""

    def stream(
        self,
        messages: list[Message],
        max_new_tokens: int = DEFAULT_MAX_NEW_TOKENS,
        temperature: float = DEFAULT_TEMPERATURE,
    ) -> Iterator[str]:
        body = self._body(messages, max_new_tokens, temperature, stream=True)
        # Retry only until the first chunk arrives; after that a failure is final.
        response = self._with_retries(lambda: self._open_stream(body))
        try:
            yield from _sse_deltas(response)
        except httpx.TimeoutException:
            raise BackendUnavailable(
                f"语言模型服务的流式输出超时：超过 {self.timeout_s:g} 秒没有新内容。"
            ) from None
        except httpx.HTTPError as exc:
            raise BackendUnavailable(f"语言模型服务的流式输出中断：{type(exc).__name__}。") from None
        finally:
            response.close()

    def close(self) -> None:
        self._client.close()

    # -- internals --------------------------------------------------------------
    def _body(self, messages, max_new_tokens, temperature, *, stream: bool) -> dict:
        return {
            "model": self.model,
            "messages": check_messages(messages),
            "max_tokens": int(max_new_tokens),
            "temperature": float(temperature),
            "stream": stream,
        }

    def _post_json(self, body: dict) -> dict:
        try:
            resp = self._client.post("/chat/completions", json=body)
        except httpx.TimeoutException:
            raise _Retryable("语言模型服务响应超时") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"无法连接语言模型服务 {self.base_url}（{type(exc).__name__}）") from None
        self._check_status(resp)
        try:
            return resp.json()
        except ValueError:
            raise BackendUnavailable("语言模型服务返回的不是 JSON。") from None

    def _open_stream(self, body: dict) -> httpx.Response:
        try:
            request = self._client.build_request("POST", "/chat/completions", json=body)
            resp = self._client.send(request, stream=True)
        except httpx.TimeoutException:
            raise _Retryable("语言模型服务响应超时") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"无法连接语言模型服务 {self.base_url}（{type(exc).__name__}）") from None
        if resp.status_code >= 400:
            resp.read()
            resp.close()
        self._check_status(resp)
        return resp

    def _check_status(self, resp: httpx.Response) -> None:
        if resp.status_code in _RETRY_STATUS:
            raise _Retryable(f"语言模型服务暂时不可用（HTTP {resp.status_code}）")
        if resp.status_code in (401, 403):
            raise BackendUnavailable(f"语言模型服务拒绝访问（HTTP {resp.status_code}）：请检查 FULIAN_OPENAI_API_KEY。")
        if resp.status_code == 404:
            raise BackendUnavailable(
                f"语言模型服务找不到接口或模型（HTTP 404）：请检查地址 {self.base_url} 与模型名 {self.model}。"
            )
        if resp.status_code >= 400:
            raise BackendUnavailable(f"语言模型服务返回错误（HTTP {resp.status_code}）。")

    def _with_retries(self, call):
        reason = ""
        for attempt in range(self.retries + 1):
            try:
                return call()
            except _Retryable as exc:
                reason = exc.reason
                log.warning("generator request failed (attempt %d/%d): %s", attempt + 1, self.retries + 1, reason)
                if attempt < self.retries:
                    time.sleep(self.backoff_s * (2**attempt))
        raise BackendUnavailable(f"{reason}，已重试 {self.retries} 次。")


def _sse_deltas(response: httpx.Response) -> Iterator[str]:
    """Text deltas from an OpenAI-style server-sent event stream."""
    for line in response.iter_lines():
        line = line.strip()
        if not line or line.startswith(":") or not line.startswith("data:"):
            continue
        payload = line[len("data:") :].strip()
        if payload == "[DONE]":
            return
        try:
            event = json.loads(payload)
        except ValueError:
            raise BackendUnavailable("语言模型服务的流式输出不是有效的 JSON 事件。") from None
        for choice in event.get("choices") or []:
            piece = (choice.get("delta") or {}).get("content")
            if piece:
                yield piece
