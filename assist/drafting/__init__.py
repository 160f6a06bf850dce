"""Drafting a report from rough notes (see ``drafter.Drafter``)."""

from assist.drafting.drafter import Drafter, check_notes

__all__ = ["Drafter", "check_notes"]
