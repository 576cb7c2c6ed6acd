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


def stance_items_from_gold(gold_path: Path, exclude_speakers: set[str] = frozenset()) -> list[dict]:
    """Stance training items from a built gold file, in the stance corpus format.

    Each gold quote becomes one item whose ``quote`` and ``context`` are cut from the article the way
    the pipeline cuts them at inference (segments joined like ``quote_text``; context = the sentences
    the quote touches), so the classifier also learns the in-article distribution: off-topic and
    procedural quotes, partial spans, attribution noise. The article id is the CV group (``event``).
    Only for dev gold: the held-out gold split must never become training data.
    """
    from pipeline.process import SEGMENT_JOINER
    from pipeline.resources import sentence_spans

    items = []
    for article in load_gold(gold_path):
        sentences = sentence_spans(article.text)
        for n, quote in enumerate(article.quotes, start=1):
            if quote.speaker and quote.speaker in exclude_speakers:
                continue
            spans = [(quote.start, quote.end), *quote.continuations]
            lo = min(s for s, _ in spans)
            hi = max(e for _, e in spans)
            touched = [(s, e) for s, e in sentences if s < hi and e > lo] or [(lo, hi)]
            context = article.text[touched[0][0]:touched[-1][1]]
            items.append({
                "id": f"{article.article_id}-q{n:02d}",
                "quote": SEGMENT_JOINER.join(article.text[s:e].strip() for s, e in spans),
                "quote_type": quote.quote_type, "pattern": quote.pattern, "cue": quote.cue, "context": context,
                "speaker": quote.speaker, "speaker_role": None, "speaker_country": None,
                "event": f"gold:{article.article_id}", "date": str(article.meta.get("published_at", ""))[:10],
                "outlet_style": article.meta.get("outlet_style"), "label": quote.stance, "hard_case": None,
            })
    return items
