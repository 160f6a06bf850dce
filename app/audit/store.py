"""SQLAlchemy-backed audit store: SQLite (WAL) by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from app.audit.models import AuditRecord, Base
from models.errors import BackendUnavailable, ConfigError


def document_hash(text: str, secret: bytes) -> str:
    """HMAC-SHA256 of ``text`` under the server secret: equal texts match, guesses cannot be tested."""
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def count_types(entities: Iterable[dict]) -> dict[str, int]:
    """Entity type -> count, sorted by type for stable output."""
    return dict(sorted(Counter(str(e.get("type", "UNKNOWN")) for e in entities).items()))


def _sqlite_wal(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"审计数据库地址无效：{url!r}；示例：sqlite:///var/fulian-audit.db") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_wal)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise ConfigError(f"无法使用审计数据库 {parsed.render_as_string(hide_password=True)}：{exc}") from None


class AuditStore:
    """Writes and lists privacy review records."""

    def __init__(self, url: str, secret: bytes):
        if not secret:
            raise ConfigError("审计存储需要服务密钥（FULIAN_SECRET_PATH）。")
        self._secret = secret
        self.engine = _make_engine(url)
        try:
            Base.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise BackendUnavailable(f"无法连接审计数据库：{type(exc).__name__}；请检查 FULIAN_DATABASE_URL。") from None
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def record(
        self,
        *,
        actor: str,
        role: str,
        document: str,
        released: str | None,
        style: str,
        decision: str,
        found: Iterable[dict],
        masked: Iterable[dict],
        minors: int = 0,
        sensitive: int = 0,
    ) -> dict:
        """Store one review. Only hashes and counts of ``document`` are kept."""
        row = AuditRecord(
            created_at=datetime.now(timezone.utc),
            actor=actor,
            role=role,
            document_sha256=document_hash(document, self._secret),
            document_chars=len(document),
            released_sha256=document_hash(released, self._secret) if released is not None else None,
            style=style,
            decision=decision,
            found=count_types(found),
            masked=count_types(masked),
            minors=minors,
            sensitive=sensitive,
        )
        try:
            with self._session() as session, session.begin():
                session.add(row)
        except SQLAlchemyError as exc:
            raise BackendUnavailable(f"审计记录写入失败：{type(exc).__name__}；本次发布未生效，请稍后重试。") from None
        return row.to_dict()

    def list(self, *, limit: int = 50, offset: int = 0, decision: str | None = None) -> dict:
        """Newest first, with the total count."""
        query = select(AuditRecord)
        total_query = select(func.count()).select_from(AuditRecord)
        if decision:
            query = query.where(AuditRecord.decision == decision)
            total_query = total_query.where(AuditRecord.decision == decision)
        query = query.order_by(AuditRecord.id.desc()).limit(limit).offset(offset)
        try:
            with self._session() as session:
                rows = session.scalars(query).all()
                total = session.scalar(total_query)
        except SQLAlchemyError as exc:
            raise BackendUnavailable(f"审计记录读取失败：{type(exc).__name__}。") from None
        return {"total": int(total or 0), "records": [r.to_dict() for r in rows]}

    def close(self) -> None:
        self.engine.dispose()
