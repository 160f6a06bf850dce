"""The audit trail of privacy reviews: who released what, when, and what was masked."""

from app.audit.store import AuditStore, document_hash

__all__ = ["AuditStore", "document_hash"]
