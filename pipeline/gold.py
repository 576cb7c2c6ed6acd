"""Gold quote corpus: build exact offsets from authored anchors, and load the built files.

Authors write each article once under ``seeds/gold/src/<split>/*.json`` with every quote given as an
exact substring (see ``seeds/gold/GUIDELINES.md``). Offsets are computed here, never typed by hand, so
a typo fails the build instead of silently shifting a span.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

QUOTE_TYPES = {"direct", "indirect"}
STANCES = {"support", "oppose", "neutral"}
SPEAKER_TYPES = {"person", "organization", None}


class GoldError(ValueError):
    """An authored gold article that cannot be resolved to offsets."""


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    continuations: tuple[tuple[int, int], ...]
    quote_type: str
    speaker: str | None
    speaker_type: str | None
    stance: str
    cue: str | None = None
    pattern: str | None = None


@dataclass
class GoldArticle:
    article_id: str
    text: str
    quotes: list[GoldQuote]
    meta: dict = field(default_factory=dict)


def _nth_find(text: str, needle: str, occurrence: int, start: int = 0) -> int:
    pos = start - 1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def resolve_article(doc: dict, origin: str = "") -> dict:
    """Return the built form of one authored article: anchors replaced by offsets."""
    where = f"{origin} ({doc.get('article_id')})"
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"{where}: missing text")
    built_quotes = []
    for i, q in enumerate(doc.get("quotes", [])):
        anchor = q.get("text")
        if not anchor:
            raise GoldError(f"{where}: quote {i} has no text anchor")
        start = _nth_find(text, anchor, int(q.get("occurrence", 1)))
        if start < 0:
            raise GoldError(f"{where}: quote {i} anchor not found: {anchor[:60]!r}")
        end = start + len(anchor)
        continuations = []
        cursor = end
        for cont in q.get("continuations", []) or []:
            c_start = text.find(cont, cursor)
            if c_start < 0:
                raise GoldError(f"{where}: quote {i} continuation not found after {cursor}: {cont[:60]!r}")
            continuations.append({"start": c_start, "end": c_start + len(cont)})
            cursor = c_start + len(cont)
        if q.get("quote_type") not in QUOTE_TYPES:
            raise GoldError(f"{where}: quote {i} quote_type must be one of {sorted(QUOTE_TYPES)}")
        if q.get("stance") not in STANCES:
            raise GoldError(f"{where}: quote {i} stance must be one of {sorted(STANCES)}")
        if q.get("speaker_type") not in SPEAKER_TYPES:
            raise GoldError(f"{where}: quote {i} speaker_type must be person, organization or null")
        built_quotes.append({
            "start": start, "end": end, "continuations": continuations,
            "quote_type": q["quote_type"], "speaker": q.get("speaker"),
            "speaker_type": q.get("speaker_type"), "stance": q["stance"],
            "cue": q.get("cue"), "pattern": q.get("pattern"),
        })
    built = {k: v for k, v in doc.items() if k != "quotes"}
    built["quotes"] = sorted(built_quotes, key=lambda q: (q["start"], q["end"]))
    return built


def build_split(src_dir: Path, out_path: Path) -> int:
    """Resolve every ``*.json`` under ``src_dir`` into one JSON Lines file; returns the article count."""
    files = sorted(Path(src_dir).glob("*.json"))
    if not files:
        raise GoldError(f"no authored gold articles under {src_dir}")
    seen: set[str] = set()
    lines = []
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        built = resolve_article(doc, origin=path.name)
        if built["article_id"] in seen:
            raise GoldError(f"{path.name}: duplicate article_id {built['article_id']}")
        seen.add(built["article_id"])
        lines.append(json.dumps(built, ensure_ascii=False, sort_keys=True))
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def load_gold(path: Path) -> list[GoldArticle]:
    """Load a built gold file (``quotes_<split>.jsonl``)."""
    articles = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            quotes = [
                GoldQuote(
                    start=q["start"], end=q["end"],
                    continuations=tuple((c["start"], c["end"]) for c in q.get("continuations", [])),
                    quote_type=q["quote_type"], speaker=q.get("speaker"),
                    speaker_type=q.get("speaker_type"), stance=q["stance"],
                    cue=q.get("cue"), pattern=q.get("pattern"),
                )
                for q in doc["quotes"]
            ]
            meta = {k: v for k, v in doc.items() if k not in ("quotes", "text", "article_id")}
            articles.append(GoldArticle(article_id=doc["article_id"], text=doc["text"], quotes=quotes, meta=meta))
    return articles
