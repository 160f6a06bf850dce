"""Chinese names of the entity types and sensitive-passage kinds, for messages and placeholders."""

ENTITY_LABELS = {
    "PERSON": "人名",
    "CN_ID_CARD": "身份证号",
    "PHONE_NUMBER": "电话",
    "CN_BANK_CARD": "银行卡号",
    "EMAIL_ADDRESS": "邮箱",
    "WECHAT_ID": "微信号",
    "QQ_NUMBER": "QQ号",
    "ADDRESS": "地址",
    "MINOR_DETAIL": "未成年人身份细节",
    "OTHER": "其他信息",  # a term the reviewer added by hand in the UI
}
