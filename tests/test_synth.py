"""The load-test generator: deterministic, realistic in quote density, with its share of bad lines."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.config import load_settings
from pipeline.ingest import IngestStats, Rejected, landing_files, read_articles
from pipeline.process import extracted_rows
from pipeline.speakers import SpeakerRegistry
from pipeline.synth import generate

ROOT = Path(__file__).resolve().parents[1]


def test_same_seed_writes_identical_files_and_another_seed_does_not(tmp_path):
    generate(tmp_path / "a", 40, days=2, seed=3)
    generate(tmp_path / "b", 40, days=2, seed=3)
    generate(tmp_path / "c", 40, days=2, seed=4)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.jsonl"))
    assert [f.parent.name for f in files] == ["dt=2024-11-18", "dt=2024-11-19"]
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
    assert any((tmp_path / "a" / f).read_bytes() != (tmp_path / "c" / f).read_bytes() for f in files)


def test_quote_density_is_close_to_the_gold_corpus():
    gold = [json.loads(line) for line in (ROOT / "seeds" / "gold" / "quotes_dev.jsonl").read_text().splitlines()]
    gold_density = sum(len(a["quotes"]) for a in gold) / sum(len(a["text"].split()) for a in gold)
    registry = SpeakerRegistry.load(load_settings().registry_path)
    out = Path(__import__("tempfile").mkdtemp())
    generate(out, 200, seed=9, bad_share=0.0)
    articles = [json.loads(line) for line in next(out.rglob("*.jsonl")).read_text().splitlines()]
    quotes = sum(len(extracted_rows(a["article_id"], a["text"], registry)) for a in articles)
    words = sum(len(a["text"].split()) for a in articles)
    assert 0.8 < (quotes / words) / gold_density < 1.2
    assert 400 < words / len(articles) < 520


def test_bad_lines_are_rejected_with_reasons_and_every_line_is_accounted_for(tmp_path):
    counts = generate(tmp_path, 300, seed=5, bad_share=0.2)
    assert counts["bad"] > 30
    stats = IngestStats()
    items = list(read_articles(landing_files(tmp_path, "2024-11-18"), max_bytes=1_000_000, stats=stats))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert stats.lines_landed == 300 == stats.articles + stats.quarantined + stats.duplicates
    # HTML lines are cleaned and kept; every other bad kind is rejected with its own reason
    assert {r.reason for r in rejected} >= {"malformed_json", "empty_text", "bad_published_at", "bad_article_id",
                                            "duplicate"}
    assert counts["bad"] > len(rejected) > 0.6 * counts["bad"]
