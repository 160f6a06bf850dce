"""The audit record table. It holds counts and hashes, never the personal data itself."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class AuditRecord(Base):
    __tablename__ = "privacy_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    document_sha256: Mapped[str] = mapped_column(String(64), index=True)
    document_chars: Mapped[int] = mapped_column(Integer)
    released_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    style: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))
    found: Mapped[dict] = mapped_column(JSON)  # entity type -> count
    masked: Mapped[dict] = mapped_column(JSON)  # entity type -> count
    minors: Mapped[int] = mapped_column(Integer, default=0)
    sensitive: Mapped[int] = mapped_column(Integer, default=0)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            # SQLite drops the zone on the way back; everything is stored in UTC
            "created_at": self.created_at.replace(tzinfo=self.created_at.tzinfo or timezone.utc).isoformat(),
            "actor": self.actor,
            "role": self.role,
            "document_sha256": self.document_sha256,
            "document_chars": self.document_chars,
            "released_sha256": self.released_sha256,
            "style": self.style,
            "decision": self.decision,
            "found": dict(self.found),
            "masked": dict(self.masked),
            "minors": self.minors,
            "sensitive": self.sensitive,
        }
