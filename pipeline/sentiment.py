"""Sentiment of quotes with VADER through NLTK, fully offline.

:func:`pipeline.resources.ensure_resources` packs the lexicon shipped in the ``vaderSentiment`` wheel into
``<data_dir>/sentiment/vader_lexicon.zip`` and puts ``data_dir`` first on ``nltk.data.path``; NLTK's
``SentimentIntensityAnalyzer`` then loads it from there. Nothing is downloaded. Sentiment is tone, not
stance: it is reported next to the stance, never used to derive it.
"""
from __future__ import annotations

import threading
from pathlib import Path

KEYS = ("compound", "pos", "neg", "neu")
_LOCK = threading.Lock()
_ANALYZERS: dict[str, object] = {}


def get_analyzer(data_dir: Path):
    """The cached NLTK VADER analyzer for ``data_dir`` (resources prepared on first use)."""
    key = str(Path(data_dir).resolve())
    analyzer = _ANALYZERS.get(key)
    if analyzer is not None:
        return analyzer
    with _LOCK:
        analyzer = _ANALYZERS.get(key)
        if analyzer is None:
            from pipeline.resources import ensure_resources

            ensure_resources(Path(data_dir))
            from nltk.sentiment.vader import SentimentIntensityAnalyzer

            analyzer = SentimentIntensityAnalyzer()
            _ANALYZERS[key] = analyzer
    return analyzer


def sentiment_scores(texts: list[str], data_dir: Path) -> list[dict]:
    """VADER scores per text: ``{"compound", "pos", "neg", "neu"}`` (empty text -> neutral)."""
    analyzer = get_analyzer(data_dir)
    out = []
    for text in texts:
        if not text or not str(text).strip():
            out.append({"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0})
            continue
        s = analyzer.polarity_scores(str(text))
        out.append({k: float(s[k]) for k in KEYS})
    return out
