"""Presidio configured for Chinese: detection and masking of personal information.

    from privacy.scanner import build_scanner
    scanner = build_scanner(person_model="auto")      # auto | ner | thulac | jieba | rules
    scanner.scan(text)   # {"entities": [{"type","start","end","text","score","minor"}], "sensitive": [...]}
    scanner.mask(text, style="chinese")               # chinese | placeholder | redact

Modules: ``normalize`` (NFKC + offset map), ``nlp_engine`` (blank spaCy zh), ``context``
(character-window context words), ``recognizers/`` (one per entity type),
``person_rules`` and ``names`` (name rules, surname list), ``minors``, ``sensitive``,
``masking``, ``analyzer`` and ``scanner`` (assembly).
"""
