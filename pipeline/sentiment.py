"""Sentiment of quotes with VADER through NLTK, fully offline.

:func:`pipeline.resources.ensure_resources` packs the lexicon shipped in the ``vaderSentiment`` wheel into
``<data_dir>/sentiment/vader_lexicon.zip`` and puts ``data_dir`` first on ``nltk.data.path``; NLTK's
``SentimentIntensityAnalyzer`` then loads it from there. Nothing is downloaded. Sentiment is tone, not
stance: it is reported next to the stance, never used to derive it.
"""
from __future__ import annotations

import string
import threading
from pathlib import Path

KEYS = ("compound", "pos", "neg", "neu")
_LOCK = threading.Lock()
_ANALYZERS: dict[str, object] = {}


_PUNCTUATION = frozenset(string.punctuation)


class _PunctuationStripper:
    """Lazy stand-in for the dict NLTK's ``SentiText._words_plus_punc`` builds.

    NLTK materialises every (punctuation mark x word) pair of a text, ~30 strings per word, and then
    only looks tokens up in it: two thirds of VADER's time. The pairs are ``p + w`` / ``w + p`` with
    ``p`` from ``PUNC_LIST`` and ``w`` a punctuation-free word, so a token matches exactly when its
    leading (or trailing) punctuation run is in ``PUNC_LIST`` and the rest is one of the words.
    Same answers, computed per token on demand.
    """

    __slots__ = ("_words", "_marks", "_last")

    def __init__(self, words: set[str], marks: frozenset[str]):
        self._words = words
        self._marks = marks
        self._last: tuple[str, str | None] = ("", None)  # NLTK asks ``in`` then ``[]`` for the same token

    def _strip(self, token: str) -> str | None:
        lead = 0
        while lead < len(token) and token[lead] in _PUNCTUATION:
            lead += 1
        if lead and token[:lead] in self._marks and token[lead:] in self._words:
            return token[lead:]
        trail = len(token)
        while trail > 0 and token[trail - 1] in _PUNCTUATION:
            trail -= 1
        if trail < len(token) and token[trail:] in self._marks and token[:trail] in self._words:
            return token[:trail]
        return None

    def __contains__(self, token: str) -> bool:
        if token[0] not in _PUNCTUATION and token[-1] not in _PUNCTUATION:
            return False
        self._last = (token, self._strip(token))
        return self._last[1] is not None

    def __getitem__(self, token: str) -> str:
        word = self._last[1] if self._last[0] == token else self._strip(token)
        if word is None:
            raise KeyError(token)
        return word


def _analyzer_class():
    """NLTK's analyzer with the punctuation map above; every scoring rule stays NLTK's own."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

    class _FastSentiText(SentiText):
        def _words_plus_punc(self):
            no_punc_text = self.REGEX_REMOVE_PUNCTUATION.sub("", self.text)
            words = {w for w in no_punc_text.split() if len(w) > 1}
            return _PunctuationStripper(words, frozenset(self.PUNC_LIST))

    class FastSentimentIntensityAnalyzer(SentimentIntensityAnalyzer):
        def polarity_scores(self, text):
            # NLTK 3.10's ``polarity_scores`` except for the SentiText class and one shortcut: a token
            # outside the lexicon always scores 0 in ``sentiment_valence``, so it is appended directly.
            sentitext = _FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION)
            sentiments = []
            words_and_emoticons = sentitext.words_and_emoticons
            first_index = {}
            for idx, token in enumerate(words_and_emoticons):
                if token not in first_index:
                    first_index[token] = idx
            lexicon = self.lexicon
            for item in words_and_emoticons:
                if item.lower() not in lexicon:
                    sentiments.append(0)
                    continue
                valence = 0
                i = first_index[item]
                if (i < len(words_and_emoticons) - 1 and item.lower() == "kind"
                        and words_and_emoticons[i + 1].lower() == "of") or item.lower() in self.constants.BOOSTER_DICT:
                    sentiments.append(valence)
                    continue
                sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
            sentiments = self._but_check(words_and_emoticons, sentiments)
            return self.score_valence(sentiments, text)

    return FastSentimentIntensityAnalyzer


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
            analyzer = _analyzer_class()()
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
