"""Minor marks on news text scanned as one document.

News is full of adults mentioned near 学生, 孩子, 少年 (ministers visiting schools, teachers, parents),
and almost no minor is named. The People's Daily dev sentences (``peoples_daily.dev.bio``, a dev
split: fine to measure on, never trained on) are joined into one running text of about 110,000
characters and scanned once; every PERSON marked minor and every MINOR_DETAIL is counted and listed
with its context, so a reader can judge each one.

``python -m eval.privacy.news_minors [person_model] [--list]``
"""

from __future__ import annotations

import sys
from pathlib import Path

from eval.privacy.data import default_ner_dir, load_ner_person
from models.errors import ConfigError

NEWS_FILE = "peoples_daily.dev.bio"


def news_document(ner_dir: Path | None = None, limit: int | None = None) -> str:
    path = Path(ner_dir or default_ner_dir()) / NEWS_FILE
    if not path.is_file():
        raise ConfigError(f"评测数据不存在：{path}；请设置 FULIAN_NER_DATA 指向 NER 数据目录。")
    rows = load_ner_person(path)[:limit]
    return "".join(row["text"] for row in rows)


def minor_marks(scanner, text: str) -> dict:
    """``{"chars", "persons", "minor_marks", "details", "marks": [context strings]}``."""
    ents = scanner.scan(text)["entities"]
    marks = [e for e in ents if e.get("minor")]
    return {
        "chars": len(text),
        "persons": sum(e["type"] == "PERSON" for e in ents),
        "minor_marks": len(marks),
        "details": sum(e["type"] == "MINOR_DETAIL" for e in marks),
        "marks": [f"{e['type']} {e['text']}: …{text[max(0, e['start'] - 25) : e['end'] + 15]}…" for e in marks],
    }


def main(argv: list[str]) -> None:
    from privacy.scanner import build_scanner

    model = next((a for a in argv if not a.startswith("-")), "ner")
    import datetime as dt

    scanner = build_scanner(model, today=dt.date(2026, 11, 26))
    out = minor_marks(scanner, news_document())
    print(f"{out['chars']} chars, {out['persons']} PERSON, {out['minor_marks']} minor marks ({out['details']} MINOR_DETAIL)")
    if "--list" in argv:
        for line in out["marks"]:
            print(" ", line.replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1:])
