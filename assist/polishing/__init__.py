"""Polishing a report (see ``polisher.Polisher``)."""

from assist.polishing.polisher import CHANNELS, OPERATIONS, Polisher

__all__ = ["CHANNELS", "OPERATIONS", "Polisher"]
