"""Sentiment of quotes with VADER through NLTK, fully offline.

:func:`pipeline.resources.ensure_resources` packs the lexicon shipped in the ``vaderSentiment`` wheel into
``<data_dir>/sentiment/vader_lexicon.zip`` and puts ``data_dir`` first on ``nltk.data.path``; NLTK's
``SentimentIntensityAnalyzer`` then loads it from there. Nothing is downloaded. Sentiment is tone, not
stance: it is reported next to the stance, never used to derive it.

The analyzer subclasses NLTK's and re-implements its tokenisation and valence rules for speed; the scores are
NLTK 3.10's exactly (``tests/test_sentiment.py`` compares them with the stock analyzer).
"""
from __future__ import annotations

import itertools
import math
import re
import string
import threading
from pathlib import Path

KEYS = ("compound", "pos", "neg", "neu")
_LOCK = threading.Lock()
_ANALYZERS: dict[str, object] = {}


_PUNCTUATION = frozenset(string.punctuation)
_HAS_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
# Scores as (neg, neu, pos, compound), the keys of NLTK's ``polarity_scores``. What its ``score_valence`` gives
# when every token scores 0 (about a third of news quotes, so ``scores`` checks for a lexicon token before the
# rule pass), and when there is no token:
_NLTK_KEYS = ("neg", "neu", "pos", "compound")
_NO_LEXICON_SCORES = (0.0, 1.0, 0.0, 0.0)
_NO_TOKEN_SCORES = (0.0, 0.0, 0.0, 0.0)


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


class _TokenMemo(dict):
    """``token -> word`` of NLTK's tokenisation (``None``: dropped, one character), filled on first use.

    :func:`_strip_edge` is a pure function of the token, and news vocabulary repeats."""

    def __init__(self, marks: frozenset[str]):
        super().__init__()
        self.marks = marks

    def __missing__(self, token: str) -> str | None:
        if len(token) <= 1:
            word = None
        elif token[0] in _PUNCTUATION or token[-1] in _PUNCTUATION:
            word = _strip_edge(token, self.marks)
        else:
            word = token
        if len(self) < 200_000:
            self[token] = word
        return word


def _score_valence(values: list, n_tokens: int, text: str) -> tuple[float, float, float, float]:
    """NLTK's ``score_valence`` (as neg, neu, pos, compound) for ``n_tokens`` sentiments of which only ``values``
    (in order) may be non-zero.

    The zeros change neither the sum (it never is -0.0, so adding 0 is exact) nor ``pos_sum``/``neg_sum``;
    they only count as neutral."""
    sum_s = float(sum(values))
    ep_count = min(text.count("!"), 4)  # _punctuation_emphasis: _amplify_ep + _amplify_qm
    qm_count = text.count("?")
    qm_amplifier = 0 if qm_count <= 1 else qm_count * 0.18 if qm_count <= 3 else 0.96
    punct_emph_amplifier = ep_count * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)  # VaderConstants.normalize, alpha=15
    pos_sum = 0.0  # _sift_sentiment_scores
    neg_sum = 0.0
    neu_count = n_tokens - len(values)
    for sentiment_score in values:
        if sentiment_score > 0:
            pos_sum += float(sentiment_score) + 1
        if sentiment_score < 0:
            neg_sum += float(sentiment_score) - 1
        if sentiment_score == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (round(math.fabs(neg_sum / total), 3), round(math.fabs(neu_count / total), 3),
            round(math.fabs(pos_sum / total), 3), round(compound, 4))


def _analyzer_class():
    """NLTK's analyzer with the tokenisation above and its valence rules inlined for lexicon tokens only."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    class FastSentimentIntensityAnalyzer(SentimentIntensityAnalyzer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            c = self.constants
            self._token_memo = _TokenMemo(frozenset(c.PUNC_LIST))
            multi = [k for k in (*c.SPECIAL_CASE_IDIOMS, *c.BOOSTER_DICT) if " " in k]
            # words of the multi-word idioms and boosters: ``_idioms_check`` can only change a valence when one
            # of the six words it joins is among them
            self._tables = frozenset(c.NEGATE), frozenset(w for k in multi for w in k.split(" "))

        def _valence(self, words, lowered, i, is_cap_diff):
            """NLTK 3.10's ``sentiment_valence`` (with ``scalar_inc_dec``, ``_never_check``, ``negated`` of one
            word and ``_least_check`` inlined, same operations in the same order) for the lexicon token
            ``words[i]``; ``lowered`` holds the words in lower case."""
            c = self.constants
            lexicon, booster = self.lexicon, c.BOOSTER_DICT
            negate, idiom_words = self._tables
            valence = lexicon[lowered[i]]
            if words[i].isupper() and is_cap_diff:
                if valence > 0:
                    valence += c.C_INCR
                else:
                    valence -= c.C_INCR
            for start_i in range(0, 3):
                if i > start_i and lowered[i - (start_i + 1)] not in lexicon:
                    j = i - (start_i + 1)
                    s = 0.0  # scalar_inc_dec
                    if lowered[j] in booster:
                        s = booster[lowered[j]]
                        if valence < 0:
                            s *= -1
                        if words[j].isupper() and is_cap_diff:
                            if valence > 0:
                                s += c.C_INCR
                            else:
                                s -= c.C_INCR
                    if start_i == 1 and s != 0:
                        s = s * 0.95
                    if start_i == 2 and s != 0:
                        s = s * 0.9
                    valence = valence + s
                    # _never_check; ``negated([w])`` is ``w.lower() in NEGATE or "n't" in w.lower()``
                    if start_i == 0:
                        if lowered[j] in negate or "n't" in lowered[j]:
                            valence = valence * c.N_SCALAR
                    elif start_i == 1:
                        if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                            valence = valence * 1.5
                        elif lowered[j] in negate or "n't" in lowered[j]:
                            valence = valence * c.N_SCALAR
                    else:
                        if (words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this")
                                or (words[i - 1] == "so" or words[i - 1] == "this")):
                            valence = valence * 1.25
                        elif lowered[j] in negate or "n't" in lowered[j]:
                            valence = valence * c.N_SCALAR
                        if not idiom_words.isdisjoint(words[i - 3:i + 3]):
                            valence = self._idioms_check(valence, words, i)
            # _least_check
            if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
                if lowered[i - 2] != "at" and lowered[i - 2] != "very":
                    valence = valence * c.N_SCALAR
            elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
                valence = valence * c.N_SCALAR
            return valence

        def polarity_scores(self, text):
            if not isinstance(text, str):
                return super().polarity_scores(text)
            return dict(zip(_NLTK_KEYS, self.scores(text)))

        def scores(self, text: str) -> tuple[float, float, float, float]:
            """NLTK 3.10's ``polarity_scores`` as (neg, neu, pos, compound), with the tokenisation above and
            its rules run for lexicon tokens only: any other token scores 0 in ``sentiment_valence`` (and stays
            0 in ``_but_check``), so it only counts as neutral in ``score_valence``."""
            words = list(filter(None, map(self._token_memo.__getitem__, text.split())))  # words are never empty
            if not words:
                return _NO_TOKEN_SCORES
            lexicon = self.lexicon
            lowered = list(map(str.lower, words))
            hits = list(itertools.compress(range(len(lowered)), map(lexicon.__contains__, lowered)))
            if not hits:
                return _NO_LEXICON_SCORES
            n = len(words)
            is_cap_diff = 0 < n - sum(map(str.isupper, words)) < n  # SentiText.allcap_differential
            booster = self.constants.BOOSTER_DICT
            but = lowered.index("but") if "but" in lowered else -1  # _but_check
            first_index = {}
            values = []
            for k in hits:
                low = lowered[k]
                # NLTK scores every occurrence of a token at its first index (the same word, so in the lexicon)
                i = first_index.setdefault(words[k], k)
                if (i < n - 1 and low == "kind" and lowered[i + 1] == "of") or low in booster:
                    valence = 0
                else:
                    valence = self._valence(words, lowered, i, is_cap_diff)
                if but >= 0:
                    if k < but:
                        valence = valence * 0.5
                    elif k > but:
                        valence = valence * 1.5
                values.append(valence)
            return _score_valence(values, n, text)

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
    scores = get_analyzer(data_dir).scores
    out = []
    for text in texts:
        if not text or not str(text).strip():
            out.append({"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0})
            continue
        neg, neu, pos, compound = scores(str(text))
        out.append({"compound": compound, "pos": pos, "neg": neg, "neu": neu})  # KEYS
    return out
