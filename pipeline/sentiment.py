"""Sentiment of quotes with VADER through NLTK, fully offline.

:func:`pipeline.resources.ensure_resources` packs the lexicon shipped in the ``vaderSentiment`` wheel into
``<data_dir>/sentiment/vader_lexicon.zip`` and puts ``data_dir`` first on ``nltk.data.path``; NLTK's
``SentimentIntensityAnalyzer`` then loads it from there. Nothing is downloaded. Sentiment is tone, not
stance: it is reported next to the stance, never used to derive it.
"""
from __future__ import annotations

import re
import string
import threading
from pathlib import Path

KEYS = ("compound", "pos", "neg", "neu")
_LOCK = threading.Lock()
_ANALYZERS: dict[str, object] = {}


_PUNCTUATION = frozenset(string.punctuation)
_HAS_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
# What NLTK's ``score_valence`` returns when every token scores 0 (about a third of news quotes, so
# ``polarity_scores`` checks for a lexicon token before the rule pass), and when there is no token.
_NO_LEXICON_SCORES = {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}
_NO_TOKEN_SCORES = {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}


def _strip_edge(token: str, marks: frozenset[str]) -> str:
    """NLTK's ``SentiText._words_and_emoticons`` for one token, without its (mark x word) dict.

    NLTK maps ``p + w`` and ``w + p`` to ``w`` for every mark ``p`` in ``PUNC_LIST`` and every word ``w``
    of the text with punctuation removed (longer than one character), materialising ~30 strings per word.
    Such a ``w`` is exactly a punctuation-free piece longer than one character, so a token maps to its
    rest when its whole leading (else trailing) punctuation run is a mark and the rest is such a piece.
    """
    lead = 0
    while lead < len(token) and token[lead] in _PUNCTUATION:
        lead += 1
    if lead:
        rest = token[lead:]
        if token[:lead] in marks and len(rest) > 1 and not _HAS_PUNCTUATION.search(rest):
            return rest
    trail = len(token)
    while trail > 0 and token[trail - 1] in _PUNCTUATION:
        trail -= 1
    if trail < len(token):
        rest = token[:trail]
        if token[trail:] in marks and len(rest) > 1 and not _HAS_PUNCTUATION.search(rest):
            return rest
    return token


def _words_and_emoticons(text: str, marks: frozenset[str]) -> list[str]:
    out = []
    for token in text.split():
        if len(token) > 1:
            out.append(_strip_edge(token, marks) if token[0] in _PUNCTUATION or token[-1] in _PUNCTUATION
                       else token)
    return out


def _analyzer_class():
    """NLTK's analyzer with the tokenisation above; every scoring rule stays NLTK's own."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText

    class _FastSentiText(SentiText):
        def __init__(self, text, punc_list, regex_remove_punctuation, words_and_emoticons):
            # SentiText.__init__ minus the tokenisation, which the caller has done once
            self.text = text
            self.PUNC_LIST = punc_list
            self.REGEX_REMOVE_PUNCTUATION = regex_remove_punctuation
            self.words_and_emoticons = words_and_emoticons
            self.is_cap_diff = self.allcap_differential(words_and_emoticons)

    class FastSentimentIntensityAnalyzer(SentimentIntensityAnalyzer):
        def polarity_scores(self, text):
            # NLTK 3.10's ``polarity_scores`` except for the tokenisation and two shortcuts: a token outside
            # the lexicon always scores 0 in ``sentiment_valence``, so it is appended directly, and a text
            # with no lexicon token at all gets ``score_valence``'s all-zero result without the rule pass.
            if not isinstance(text, str):
                return super().polarity_scores(text)
            lexicon = self.lexicon
            marks = self.__dict__.get("_marks")
            if marks is None:
                marks = self.__dict__["_marks"] = frozenset(self.constants.PUNC_LIST)
            words_and_emoticons = _words_and_emoticons(text, marks)
            lowered = [w.lower() for w in words_and_emoticons]
            if not any(w in lexicon for w in lowered):
                return dict(_NO_LEXICON_SCORES if words_and_emoticons else _NO_TOKEN_SCORES)
            sentitext = _FastSentiText(text, self.constants.PUNC_LIST, self.constants.REGEX_REMOVE_PUNCTUATION,
                                       words_and_emoticons)
            sentiments = []
            first_index = {}
            for idx, token in enumerate(words_and_emoticons):
                if token not in first_index:
                    first_index[token] = idx
            for item, low in zip(words_and_emoticons, lowered):
                if low not in lexicon:
                    sentiments.append(0)
                    continue
                valence = 0
                i = first_index[item]
                if (i < len(words_and_emoticons) - 1 and low == "kind"
                        and lowered[i + 1] == "of") or low in self.constants.BOOSTER_DICT:
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
