"""End-to-end evaluation against a built gold file (``seeds/gold/quotes_<split>.jsonl``).

``evaluate_gold(gold_path, analyse)`` runs ``analyse(article_id, text) -> list[dict]`` on every gold
article and scores the predictions:

- **matching**: a gold and a predicted quote match when the characters they share cover at least 50%
  of the gold quote's characters and at least 50% of the predicted quote's characters (main span plus
  continuations, as character sets). Matching is one-to-one, largest overlap first.
- **quotes**: precision, recall and F1 overall; recall per gold ``quote_type`` (direct / indirect) and per
  gold ``pattern``; precision per predicted quote type.
- **speaker accuracy**: on matched pairs, gold and predicted speakers compared by ``speaker_id``, with
  the gold canonical name mapped through the speaker registry (so aliases and transliterations agree);
  a null gold speaker is correct only when the prediction is null too.
- **stance**: macro-F1 over support / oppose / neutral on matched pairs whose prediction has a stance.
- **end to end**: a predicted quote counts when it matches a gold quote, has the right speaker and (when
  stances are predicted) the right stance; precision/recall/F1 over all predictions and gold quotes.
- **speakers per article**: the set of non-null speaker ids per article, gold versus predicted,
  micro-averaged precision / recall / F1 over articles.

Run it directly on the rule extractor (no stance): ``python -m pipeline.evaluate seeds/gold/quotes_dev.jsonl``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

from pipeline.speakers import SpeakerRegistry, speaker_id_for

STANCES = ("support", "oppose", "neutral")
DEFAULT_REGISTRY = Path(__file__).resolve().parent.parent / "seeds" / "speakers.jsonl"


def _spans(start: int, end: int, continuations: Iterable) -> list[tuple[int, int]]:
    spans = [(int(start), int(end))]
    for c in continuations or ():
        if isinstance(c, dict):
            spans.append((int(c["start"]), int(c["end"])))
        else:
            spans.append((int(c[0]), int(c[1])))
    return [(s, e) for s, e in spans if e > s]


def _charset(spans: list[tuple[int, int]]) -> set[int]:
    chars: set[int] = set()
    for s, e in spans:
        chars.update(range(s, e))
    return chars


def match_quotes(gold_sets: list[set[int]], pred_sets: list[set[int]], threshold: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one matching (largest shared character count first) of gold and predicted quotes."""
    candidates = []
    for gi, g in enumerate(gold_sets):
        if not g:
            continue
        for pi, p in enumerate(pred_sets):
            if not p:
                continue
            shared = len(g & p)
            if shared and shared >= threshold * len(g) and shared >= threshold * len(p):
                candidates.append((-shared, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _neg, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def _macro_f1(pairs: list[tuple[str, str]]) -> float | None:
    if not pairs:
        return None
    scores = []
    for label in STANCES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return round(sum(scores) / len(scores), 4) if scores else None


class _IdMapper:
    """Speaker name -> id through the registry (aliases and transliterations agree)."""

    def __init__(self, registry: SpeakerRegistry | None):
        self.registry = registry
        self.cache: dict[tuple, str | None] = {}

    def gold_id(self, name: str | None, stype: str | None) -> str | None:
        if not name:
            return None
        key = ("g", name, stype)
        if key not in self.cache:
            hit = self.registry.lookup_alias(name) if self.registry else None
            if hit is None and self.registry is not None:
                hit = self.registry.resolve(name)
                # a surname/title guess must not turn an unknown full name into someone else
                if hit is not None and len(name.split()) > 1 and hit.name.split()[-1:] != name.split()[-1:]:
                    hit = None
            self.cache[key] = hit.speaker_id if hit else speaker_id_for(name)
        return self.cache[key]

    def pred_id(self, pred: dict) -> str | None:
        sid = pred.get("speaker_id")
        name = pred.get("speaker")
        if sid:
            # map ids of names the registry knows under another spelling
            if self.registry is not None and self.registry.by_id(sid) is None and name:
                return self.gold_id(name, pred.get("speaker_type"))
            return sid
        if name:
            return self.gold_id(name, pred.get("speaker_type"))
        return None


def evaluate_gold(gold_path, analyse: Callable[[str, str], list[dict]], registry: SpeakerRegistry | None = None,
                  registry_path=None, collect_errors: bool = False) -> dict:
    """Score ``analyse`` on every article of the built gold file at ``gold_path``; returns the metrics."""
    from pipeline.gold import load_gold

    if registry is None:
        path = Path(registry_path) if registry_path else DEFAULT_REGISTRY
        registry = SpeakerRegistry.load(path) if path.is_file() else None
    ids = _IdMapper(registry)
    articles = load_gold(Path(gold_path))

    n_gold = n_pred = tp = 0
    gold_by_type: Counter = Counter()
    hit_by_type: Counter = Counter()
    pred_by_type: Counter = Counter()
    pred_hit_by_type: Counter = Counter()
    gold_by_pattern: Counter = Counter()
    hit_by_pattern: Counter = Counter()
    spk_correct = spk_total = 0
    spk_by_type: Counter = Counter()
    spk_ok_by_type: Counter = Counter()
    stance_pairs: list[tuple[str, str]] = []
    e2e_tp = 0
    any_stance = False
    art_tp = art_pred = art_gold = 0
    errors = defaultdict(list)

    for art in articles:
        preds = list(analyse(art.article_id, art.text) or [])
        gold_sets = [_charset(_spans(q.start, q.end, q.continuations)) for q in art.quotes]
        pred_sets = [_charset(_spans(p["start"], p["end"], p.get("continuations") or ())) for p in preds]
        pairs = match_quotes(gold_sets, pred_sets)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        n_gold += len(art.quotes)
        n_pred += len(preds)
        tp += len(pairs)
        for q in art.quotes:
            gold_by_type[q.quote_type] += 1
            gold_by_pattern[q.pattern or "?"] += 1
        for p in preds:
            pred_by_type[p.get("quote_type") or "?"] += 1
        for gi, pi in pairs:
            g, p = art.quotes[gi], preds[pi]
            hit_by_type[g.quote_type] += 1
            hit_by_pattern[g.pattern or "?"] += 1
            pred_hit_by_type[p.get("quote_type") or "?"] += 1
            gid = ids.gold_id(g.speaker, g.speaker_type)
            pid = ids.pred_id(p)
            ok = gid == pid
            spk_total += 1
            spk_correct += ok
            spk_by_type[g.quote_type] += 1
            spk_ok_by_type[g.quote_type] += ok
            stance = p.get("stance")
            if stance is not None:
                any_stance = True
                stance_pairs.append((g.stance, stance))
            if ok and (stance is None or stance == g.stance):
                e2e_tp += 1
            if collect_errors and not ok:
                errors["speaker"].append({"article_id": art.article_id, "gold": g.speaker, "pred": p.get("speaker"),
                                          "as_written": p.get("speaker_as_written"), "pattern": g.pattern,
                                          "quote": art.text[g.start:g.end][:120]})
        if collect_errors:
            for gi, q in enumerate(art.quotes):
                if gi not in matched_g:
                    errors["missed"].append({"article_id": art.article_id, "pattern": q.pattern, "type": q.quote_type,
                                             "gold": art.text[q.start:q.end][:160], "speaker": q.speaker,
                                             "overlapping_pred": [art.text[p["start"]:p["end"]][:160] for pi, p in
                                                                  enumerate(preds) if pred_sets[pi] & gold_sets[gi]]})
            for pi, p in enumerate(preds):
                if pi not in matched_p:
                    errors["spurious"].append({"article_id": art.article_id, "type": p.get("quote_type"),
                                               "pattern": p.get("pattern"), "pred": art.text[p["start"]:p["end"]][:160],
                                               "speaker": p.get("speaker")})
        gold_spk = {ids.gold_id(q.speaker, q.speaker_type) for q in art.quotes if q.speaker}
        pred_spk = {ids.pred_id(p) for p in preds} - {None}
        art_tp += len(gold_spk & pred_spk)
        art_gold += len(gold_spk)
        art_pred += len(pred_spk)

    quotes = _prf(tp, n_pred, n_gold)
    by_type = {}
    for t in ("direct", "indirect"):
        by_type[t] = {
            "recall": round(hit_by_type[t] / gold_by_type[t], 4) if gold_by_type[t] else None,
            "precision": round(pred_hit_by_type[t] / pred_by_type[t], 4) if pred_by_type[t] else None,
            "n_gold": gold_by_type[t], "n_pred": pred_by_type[t],
            "speaker_accuracy": round(spk_ok_by_type[t] / spk_by_type[t], 4) if spk_by_type[t] else None,
        }
        r, p = by_type[t]["recall"] or 0.0, by_type[t]["precision"] or 0.0
        by_type[t]["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    metrics = {
        "gold": str(gold_path),
        "articles": len(articles),
        "quotes": quotes,
        "by_type": by_type,
        "by_pattern": {k: {"recall": round(hit_by_pattern[k] / v, 4), "n_gold": v}
                       for k, v in sorted(gold_by_pattern.items())},
        "speaker_accuracy": round(spk_correct / spk_total, 4) if spk_total else None,
        "stance_macro_f1": _macro_f1(stance_pairs) if any_stance else None,
        "stance_n": len(stance_pairs),
        "end_to_end": _prf(e2e_tp, n_pred, n_gold),
        "end_to_end_includes_stance": any_stance,
        "speakers_per_article": _prf(art_tp, art_pred, art_gold),
        "registry_version": registry.version if registry is not None else None,
    }
    if collect_errors:
        metrics["errors"] = dict(errors)
    return metrics


def format_gold_report(metrics: dict) -> str:
    """Human-readable report of ``evaluate_gold`` metrics."""
    def pct(x):
        return "  n/a " if x is None else f"{100 * x:5.1f}%"

    q = metrics["quotes"]
    lines = [
        f"Gold evaluation: {metrics['gold']} ({metrics['articles']} articles, {q['n_gold']} gold quotes, "
        f"{q['n_pred']} predicted)",
        f"  quotes              P {pct(q['precision'])}  R {pct(q['recall'])}  F1 {pct(q['f1'])}",
    ]
    for t, v in metrics["by_type"].items():
        lines.append(f"  {t:<19} P {pct(v['precision'])}  R {pct(v['recall'])}  F1 {pct(v['f1'])}  "
                     f"speaker {pct(v['speaker_accuracy'])}  (gold {v['n_gold']}, pred {v['n_pred']})")
    lines.append(f"  speaker accuracy    {pct(metrics['speaker_accuracy'])} (on matched quotes)")
    st = metrics.get("stance_macro_f1")
    lines.append(f"  stance macro-F1     {pct(st)} (on {metrics.get('stance_n', 0)} matched quotes)")
    e = metrics["end_to_end"]
    what = "match + speaker + stance" if metrics.get("end_to_end_includes_stance") else "match + speaker"
    lines.append(f"  end-to-end          P {pct(e['precision'])}  R {pct(e['recall'])}  F1 {pct(e['f1'])}  ({what})")
    s = metrics["speakers_per_article"]
    lines.append(f"  speakers/article    P {pct(s['precision'])}  R {pct(s['recall'])}  F1 {pct(s['f1'])}")
    lines.append("  recall by pattern:")
    for k, v in metrics["by_pattern"].items():
        lines.append(f"    {k:<22} {pct(v['recall'])}  (n={v['n_gold']})")
    return "\n".join(lines)


def rule_analyser(registry: SpeakerRegistry, gold_path=None) -> Callable[[str, str], list[dict]]:
    """``analyse`` built on ``extract_quotes`` alone (stance None), for measuring extraction."""
    from pipeline.quotes import extract_quotes

    dates = {}
    if gold_path:
        with open(gold_path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    doc = json.loads(line)
                    dates[doc["article_id"]] = doc.get("published_at")

    def analyse(article_id: str, text: str) -> list[dict]:
        out = []
        for q in extract_quotes(text, registry, published_at=dates.get(article_id)):
            out.append({"start": q.start, "end": q.end, "continuations": q.continuations, "quote_type": q.quote_type,
                        "speaker": q.speaker, "speaker_id": q.speaker_id, "speaker_type": q.speaker_type,
                        "speaker_as_written": q.speaker_as_written, "pattern": q.pattern, "stance": None})
        return out

    return analyse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="built gold file, e.g. seeds/gold/quotes_dev.jsonl")
    parser.add_argument("--registry", default=str(DEFAULT_REGISTRY))
    parser.add_argument("--errors", help="write missed/spurious/speaker errors as JSON to this file")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args(argv)
    registry = SpeakerRegistry.load(args.registry)
    metrics = evaluate_gold(args.gold, rule_analyser(registry, args.gold), registry=registry,
                            collect_errors=bool(args.errors))
    if args.errors:
        Path(args.errors).write_text(json.dumps(metrics.pop("errors"), indent=1, ensure_ascii=False))
    print(json.dumps(metrics, indent=1) if args.json else format_gold_report(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
