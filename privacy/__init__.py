"""Presidio configured for Chinese: detection and masking of personal information.

    from privacy.scanner import build_scanner
    scanner = build_scanner(person_model="auto")      # auto | ner | thulac | jieba | rules
    scanner.scan(text)   # {"entities": [{"type","label","start","end","text","score","minor"}], "sensitive": [...]}
    scanner.analyze(text).mask("placeholder")        # one scan, its result masked
    scanner.mask(text, style="chinese")               # chinese | placeholder | redact

Modules, in the order of a scan: ``prepared`` (the text checked, normalised and split once:
``limits`` for the size limit and time budget, ``normalize`` for NFKC and the offset map,
``sentences``), ``nlp_engine`` (blank spaCy zh), ``context`` (character-window context words),
``recognizers/`` (one per entity type), ``person_rules`` and ``names`` (name rules, surname list),
``persons`` (document-level persons), ``minors``, ``minor_details``, ``sensitive``, ``result`` (the
one result that masking reuses), ``masking``, ``entity_types`` (the table of types and passage
kinds every reader uses), ``analyzer`` and ``scanner`` (assembly).
"""
