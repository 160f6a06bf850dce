"""Text-defect detectors for drafts: pure functions, text [+ notes] → list of ``Defect``.

``check_draft(draft, notes, must=None)`` runs them all on a draft ``{"title", "subtitle",
"text"}``; each detector is importable on its own (``assist.checks.detectors``).
"""

from assist.checks.detectors import (
    DEFECT_KINDS,
    Defect,
    check_draft,
    chat_words,
    contact_in_body,
    copied_labels,
    invented_numbers,
    lead_without_event,
    list_numbers_in_text,
    minor_named,
    missing_facts,
    repeated_sentences,
    title_defects,
)
from assist.checks.editorial import (
    broken_sentences,
    colloquial_quantities,
    hardship_named,
    lead_event_object,
    lead_without_actor,
    list_items_not_actions,
    raw_clause_titles,
)
from assist.checks.residue import (
    field_residue,
    filler_kept,
    label_in_list,
    lead_fragment,
    meeting_as_event,
    nested_quotes,
)

__all__ = [
    "DEFECT_KINDS",
    "Defect",
    "check_draft",
    "chat_words",
    "contact_in_body",
    "copied_labels",
    "invented_numbers",
    "lead_without_event",
    "list_numbers_in_text",
    "minor_named",
    "missing_facts",
    "repeated_sentences",
    "title_defects",
    "broken_sentences",
    "colloquial_quantities",
    "hardship_named",
    "lead_event_object",
    "lead_without_actor",
    "list_items_not_actions",
    "raw_clause_titles",
    "field_residue",
    "filler_kept",
    "label_in_list",
    "lead_fragment",
    "meeting_as_event",
    "nested_quotes",
]
