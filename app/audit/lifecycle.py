"""Opening the audit store at start-up without letting an unreachable database stop the service."""

from __future__ import annotations

import logging

from app.audit.store import AuditStore
from models.errors import BackendUnavailable

log = logging.getLogger(__name__)


def open_audit_store(url: str, secret: bytes) -> AuditStore | None:
    """The store, or None when the database cannot be reached (releases then answer 503).

    A malformed URL is a configuration error and is raised.
    """
    try:
        return AuditStore(url, secret)
    except BackendUnavailable as exc:
        log.error("audit store unavailable: %s", exc.message)
        return None
