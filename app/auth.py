"""API keys, roles and the rule that only loopback may run without keys.

Keys come from ``FULIAN_API_KEYS`` as ``key:role[:name]`` items separated by commas. With no
keys configured the service runs in single-user mode, where every caller is the local admin;
that is allowed only when the service is bound to a loopback address.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass

from models.errors import ConfigError, FulianError

ROLES = ("officer", "reviewer", "trainer", "admin")

# permission -> roles allowed to use it
PERMISSIONS: dict[str, frozenset[str]] = {
    "privacy:scan": frozenset(ROLES),
    "privacy:release": frozenset({"reviewer", "admin"}),
    "assist:score": frozenset(ROLES),
    "assist:write": frozenset({"officer", "trainer", "admin"}),
    "retrieval:search": frozenset({"officer", "trainer", "admin"}),
    "audit:read": frozenset({"reviewer", "admin"}),
    "docx": frozenset(ROLES),
}

ROLE_NAMES = {"officer": "信息员", "reviewer": "审核人", "trainer": "培训者", "admin": "管理员"}


class Unauthenticated(FulianError):
    code = "unauthenticated"
    http_status = 401
    headers = {"WWW-Authenticate": 'Bearer realm="fulian-assist"'}


class Forbidden(FulianError):
    code = "forbidden"
    http_status = 403


@dataclass(frozen=True)
class Principal:
    """Who is calling: the name recorded in the audit trail and the role."""

    name: str
    role: str


LOCAL_USER = Principal(name="local", role="admin")


MIN_KEY_CHARS = 16


def key_fingerprint(key: str, secret: bytes | None = None) -> str:
    """A short label for a key without a configured name: HMAC-SHA256 under the server secret.

    Without the secret, a prefix of a plain hash would let anyone who reads the audit trail test
    guesses offline; with it, the label reveals nothing about the key.
    """
    digest = hmac.new(secret, key.encode("utf-8"), hashlib.sha256) if secret else hashlib.sha256(key.encode("utf-8"))
    return "key-" + digest.hexdigest()[:12]


class KeyRing:
    """Maps API keys to principals; empty means single-user mode."""

    def __init__(self, keys: dict[str, Principal]):
        self._keys = dict(keys)

    @classmethod
    def from_setting(cls, value: str, *, secret: bytes | None = None, min_chars: int = MIN_KEY_CHARS) -> "KeyRing":
        keys: dict[str, Principal] = {}
        for n, item in enumerate(filter(None, (p.strip() for p in value.split(","))), 1):
            key, _, rest = item.partition(":")
            role, _, name = rest.partition(":")
            if role not in ROLES:
                raise ConfigError(f"API 密钥的角色“{role}”无效；可用角色：{', '.join(ROLES)}。")
            if len(key) < min_chars:
                raise ConfigError(f"拒绝启动：第 {n} 个 API 密钥只有 {len(key)} 个字符，至少需要 {min_chars} 个。")
            keys[key] = Principal(name=name.strip() or key_fingerprint(key, secret), role=role)
        return cls(keys)

    @property
    def single_user(self) -> bool:
        return not self._keys

    def resolve(self, key: str | None) -> Principal:
        """The principal for a presented key; raises Unauthenticated when it is missing or unknown."""
        if self.single_user:
            return LOCAL_USER
        if not key:
            raise Unauthenticated("缺少 API 密钥：请在请求头 X-API-Key 中提供密钥。")
        for known, principal in self._keys.items():
            if hmac.compare_digest(known.encode("utf-8"), key.encode("utf-8")):
                return principal
        raise Unauthenticated("API 密钥无效：请检查密钥或联系管理员。")


def authorize(principal: Principal, permission: str) -> Principal:
    """Return the principal if its role holds the permission, else raise Forbidden."""
    allowed = PERMISSIONS[permission]
    if principal.role not in allowed:
        names = "、".join(ROLE_NAMES[r] for r in ROLES if r in allowed)
        raise Forbidden(f"当前角色（{ROLE_NAMES[principal.role]}）无权执行此操作；需要：{names}。")
    return principal


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, keyring: KeyRing) -> None:
    """Refuse to serve a non-loopback address without API keys."""
    if keyring.single_user and not is_loopback(host):
        raise ConfigError(
            f"拒绝启动：服务绑定到非本机地址 {host}，但未配置 API 密钥。"
            "请设置 FULIAN_API_KEYS（如 'key1:reviewer:张审核,key2:officer'），或绑定到 127.0.0.1。"
        )
