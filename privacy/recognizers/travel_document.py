"""Travel and residence documents other than the resident ID card, reported as CN_ID_CARD (an identity
document number): passports (E12345678, EA1234567, G12345678), 往来港澳通行证 (C12345678, CA1234567),
港澳居民来往内地通行证 (H/M + 8 or 10 digits) and 台湾居民来往大陆通行证 (台胞证, 8 digits).

A letter and eight digits is also a product or order code, so a number is reported only next to a word
that names the document (护照, 通行证, 回乡证, 台胞证, passport): the low pattern score keeps the rest
below the threshold.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from privacy.recognizers.base import ContextPatternRecognizer

_LETTER = "[A-HJ-NP-Z]"  # I and O are not used in document numbers


class TravelDocumentRecognizer(ContextPatternRecognizer):
    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        Pattern(
            "passport or permit: a letter and 8 digits, two letters and 7, or H/M and 8 or 10 digits",
            # the letter first (the scan skips to it), then what stands before it
            rf"[EGDSPCWHM](?<![0-9A-Za-z].)"
            rf"(?:(?<=[EGDSPCW])\d{{8}}|(?<=[EC]){_LETTER}\d{{7}}|(?<=[HM])\d{{8}}(?:\d{{2}})?)(?![0-9A-Za-z])",
            0.05,
        ),
        # the digits first, the document word looked back for only where eight digits stand (fast)
        Pattern("台胞证 (8 digits)", r"(?<![0-9A-Za-z])\d{8}(?![0-9A-Za-z])(?<=台胞证[^\n，。；]{0,8}\d{8})", 0.05),
    ]
    CONTEXT = ["护照", "通行证", "回乡证", "台胞证", "passport", "Passport", "证件号"]
    CONTEXT_BEFORE = 16
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        return None  # the document word decides
