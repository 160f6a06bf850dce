"""One recognizer per personal-information type (see DESIGN.md for the types)."""

from privacy.recognizers.address import CnAddressRecognizer
from privacy.recognizers.bank_card import CnBankCardRecognizer
from privacy.recognizers.email import EmailRecognizer
from privacy.recognizers.id_card import CnIdCardRecognizer
from privacy.recognizers.person import ChinesePersonRecognizer
from privacy.recognizers.phone import CnLocalPhoneRecognizer, CnPhoneRecognizer, InternationalPhoneRecognizer
from privacy.recognizers.qq import QQRecognizer
from privacy.recognizers.travel_document import RegionalIdRecognizer, TravelDocumentRecognizer
from privacy.recognizers.wechat import WeChatRecognizer

PATTERN_RECOGNIZERS = (
    CnLocalPhoneRecognizer,
    CnIdCardRecognizer,
    CnPhoneRecognizer,
    InternationalPhoneRecognizer,
    CnBankCardRecognizer,
    EmailRecognizer,
    WeChatRecognizer,
    QQRecognizer,
    CnAddressRecognizer,
    TravelDocumentRecognizer,
    RegionalIdRecognizer,
)

__all__ = [
    "ChinesePersonRecognizer",
    "CnAddressRecognizer",
    "CnBankCardRecognizer",
    "CnIdCardRecognizer",
    "CnPhoneRecognizer",
    "EmailRecognizer",
    "InternationalPhoneRecognizer",
    "PATTERN_RECOGNIZERS",
    "QQRecognizer",
    "RegionalIdRecognizer",
    "TravelDocumentRecognizer",
    "WeChatRecognizer",
]
