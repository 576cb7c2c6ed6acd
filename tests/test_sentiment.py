"""VADER sentiment through NLTK, fully offline."""
from __future__ import annotations

import pytest

from pipeline import sentiment


@pytest.fixture()
def no_download(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):  # pragma: no cover - called only on a regression
        raise AssertionError("sentiment must not download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)


def test_vader_scores_offline(tmp_path, no_download):
    scores = sentiment.sentiment_scores(
        ["This is a wonderful, generous and brave decision.", "A horrible, cruel and disgusting attack.", ""],
        tmp_path)
    assert len(scores) == 3
    for s in scores:
        assert set(s) == {"compound", "pos", "neg", "neu"}
        assert all(isinstance(v, float) for v in s.values())
        assert -1.0 <= s["compound"] <= 1.0
    assert scores[0]["compound"] > 0.5
    assert scores[1]["compound"] < -0.5
    assert scores[2] == {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}
    # the lexicon was packed from the vaderSentiment wheel into the data dir, not downloaded
    assert (tmp_path / "sentiment" / "vader_lexicon.zip").is_file()


def test_vader_analyzer_is_cached(tmp_path, no_download):
    a = sentiment.get_analyzer(tmp_path)
    b = sentiment.get_analyzer(tmp_path)
    assert a is b
    assert sentiment.sentiment_scores([], tmp_path) == []


def test_vader_matches_reference_package(tmp_path, no_download):
    """NLTK's VADER with the packed lexicon agrees with the vaderSentiment reference implementation."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Reference

    text = "The aid is late and painfully small, but it is still welcome."
    ours = sentiment.sentiment_scores([text], tmp_path)[0]["compound"]
    ref = Reference().polarity_scores(text)["compound"]
    assert ours == pytest.approx(ref, abs=0.05)


EDGE_CASES = [
    "GREAT!!! news, really?!? 'Fine.' \"Bad\", -worse- ...ok... :) :-( !?!?",
    "Not bad at all!!! The aid is kind of good, but the delays are TERRIBLE.",
    "'quoted' \"double\" word, word; word: -word word- ?word word?? !!!word!!! a, b. c!",
    "Don't, won't; can't: isn't! It's great. It's not great. Never good, never bad.",
    "The U.S.-led coalition: 'sanctions' work?! No... yes!? Hmm.",
    # no lexicon token at all (the shortcut path), with and without tokens NLTK keeps
    "The committee meets on Tuesday in Brussels.", "a b c ! ?", "", "   ", "x", "İ İstanbul delegation.",
    "The vote is scheduled for Tuesday!!! Really??", "...(Kyiv)... 'Washington'; \"Berlin\"",
    # the valence rules: caps, boosters and dampeners, negation, "never so", "least", idioms, "kind of", "but",
    # and repeated tokens (NLTK scores each occurrence at its token's first index)
    "It is NOT good, but it is VERY GOOD and kind of nice; extremely BAD, barely ok.",
    "Never so bad, never this good, at least not terrible; the very least helpful, least happy.",
    "He is the shit, cut the mustard, the kiss of death, yeah right, sort of fine, just enough good, bad ass.",
    "good bad good GOOD bad BAD good kind of good isn't good ain't bad hardly good",
    "So good. This great. Not so very good but NOT BAD but sad.",
]


def test_fast_vader_matches_stock_nltk_exactly(tmp_path, no_download):
    """The tokenizer speed-up must not change a single score: compare with NLTK's own analyzer."""
    import json
    from pathlib import Path

    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    root = Path(__file__).resolve().parents[1]
    texts = list(EDGE_CASES)
    for path in sorted((root / "seeds" / "stance").glob("train_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts += [item["quote"], item["context"]]
    assert len(texts) > 5000
    fast = sentiment.get_analyzer(tmp_path)
    stock = SentimentIntensityAnalyzer()
    assert type(fast) is not SentimentIntensityAnalyzer
    mismatches = [t for t in texts if fast.polarity_scores(t) != stock.polarity_scores(t)]
    assert mismatches == []
