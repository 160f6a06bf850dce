"""The server secret: random bytes created at first start (file mode 0600), read afterwards.

It keys every hash the audit trail keeps (HMAC-SHA256) and the labels of unnamed API keys, so
that neither can be reversed by hashing guesses. Losing the file only means that old and new
records can no longer be matched by hash.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import time
from pathlib import Path

from models.errors import ConfigError

log = logging.getLogger(__name__)

SECRET_BYTES = 32


def load_or_create_secret(path: str | Path) -> bytes:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return _read(path)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(secrets.token_hex(SECRET_BYTES))
            f.flush()
            os.fsync(f.fileno())
        log.info("created the server secret at %s", path)
        return _read(path)
    except OSError as exc:
        raise ConfigError(f"无法读取或创建服务密钥文件 {path}：{exc.strerror}；请检查 FULIAN_SECRET_PATH。") from None


def _read(path: Path) -> bytes:
    for _ in range(50):  # another worker may be writing it right now
        text = path.read_text(encoding="ascii").strip()
        if text:
            break
        time.sleep(0.02)
    else:
        raise ConfigError(f"服务密钥文件 {path} 是空的；请删除后重启以重新生成。")
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        os.chmod(path, 0o600)
        log.warning("server secret %s was readable by others; mode set to 0600", path)
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        raise ConfigError(f"服务密钥文件 {path} 内容无效；请删除后重启以重新生成（旧审计记录的哈希将无法比对）。") from None
    if len(secret) < 16:
        raise ConfigError(f"服务密钥文件 {path} 太短；请删除后重启以重新生成。")
    return secret
