"""Text features for the stance classifier: quote + cue + context, never the speaker's name.

One transformer, :class:`StanceFeaturizer`, turns :class:`pipeline.stance.StanceInput`-like items into a
sparse matrix. It normalises and tokenises each item once and builds these blocks (each scaled by a weight):

* ``qword`` word n-grams of the quote with negation-scope marking (``not send weapons`` ->
  ``not neg_send neg_weapons``; the scope runs from ``not/no/never/n't/nobody/without ...`` to the next
  punctuation mark or ``but``). ``against X`` is a relation, not a negation: left alone, the bigram
  ``against x`` carries it.
* ``qchar`` character 2-5-grams of the quote (``char_wb``: inflection, compounds, unseen weapon names).
* ``ctx``  word 1-2-grams of the context with the quote cut out (the attribution, the question the
  speaker answered, what they did next), negation-marked, in their own namespace.
* ``qabs`` / ``cabs`` class n-grams: words of :data:`WORD_CLASSES` (AID, WPN, GIVE, CUT, LIFT, DELAY, SANC,
  RUS, UKR, PEACE, ESC, HOME, HARM, URG, MORE, PROC) replaced by their tag, stance-bearing function words
  kept, the rest dropped, negation marks kept: "we will not send more tanks" -> ``will not neg_GIVE
  neg_MORE neg_WPN``. This is what generalises to weapons, verbs and institutions never seen in training.
* ``cue`` the reporting verb (``said``, ``warned``, ``asked`` ...).
* ``tgt`` target mentions in the quote (Ukraine/Kyiv, Russia/Kremlin, aid/money, weapons, sanctions,
  troops/use limits, peace/talks, war cost, urgency, stop/veto verbs, procedure), each counted plain and
  inside a negation scope; plus ``?``, ``!``, contrast (``but``, ``not X but Y``, ``X, not Y``), length.
* ``lex`` lexicon features learnt from the training labels: smoothed log-odds z-scores (Monroe et al.
  2008, informative Dirichlet prior) of each quote token for each class against the rest, pooled per item
  (mean, max, min). Learnt inside ``fit`` only, so it sits inside every cross-validation fold; the values
  used to train the classifier are cross-fitted (out of fold). Weight 0 disables it (CV decides).
* ``dom`` one source column (``w_dom``): 1 for a quote cut from a news article, 0 for a hand-written corpus
  item. About half of the article quotes are neutral reporting against a quarter of the corpus items, so a
  model trained on both learns that difference here instead of in its word weights.

No stop-word list is used: function words such as ``not``, ``no``, ``more``, ``than``, ``but`` carry
stance here. The TF-IDF blocks are fitted with scikit-learn and applied by a vectorised fast path
(:func:`_fast_tfidf`, per-word cache for character n-grams) that equals ``TfidfVectorizer.transform``.
Everything is deterministic.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold

LABELS = ("support", "oppose", "neutral")

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": " - ", "\u2014": " - ", "\u2212": "-", "\u00a0": " ",
})
# _QUOTES as (character, replacement): str.replace of the characters present is ~10x faster than translate() on
# non-ASCII text, and the same since no replacement contains a mapped character
_QUOTE_PAIRS = tuple((chr(code), replacement) for code, replacement in _QUOTES.items())


def normalize(text: str | None) -> str:
    """Lower-case, ASCII-fold accents (Orbán -> orban), straighten quotes and dashes."""
    if not text:
        return ""
    text = str(text)
    if not text.isascii():  # most text is ASCII: nothing to map or fold
        for char, replacement in _QUOTE_PAIRS:  # text.translate(_QUOTES)
            if char in text:
                text = text.replace(char, replacement)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            if not text.isascii():  # NFKD alone often suffices ("…" -> "...")
                text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[.,;:!?()\"]")
_PUNCT = frozenset(".,;:!?()\"")
NEGATORS = frozenset({
    "not", "no", "never", "cannot", "nobody", "none", "nothing", "neither", "nor", "without",
    "noone", "nowhere", "hardly",
})
_SCOPE_BREAK = frozenset({"but", "yet", "however", "although", "though", "while", "whereas", "instead"})


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def is_negator(tok: str) -> bool:
    return tok in NEGATORS or tok.endswith("n't")


_SPECIAL = _PUNCT | NEGATORS | _SCOPE_BREAK
_SILENT_PUNCT = _PUNCT - {"?", "!"}


def mark_negation(tokens: Sequence[str]) -> list[str]:
    """Prefix tokens inside a negation scope with ``neg_``; the scope ends at punctuation or ``but``.

    ``against`` is not a negator: "against the aid" is a relation captured by the bigram.
    Punctuation tokens are dropped from the output except ``?`` and ``!`` (they only delimit scopes);
    ``n't`` contractions also emit ``not``.
    """
    if NEGATORS.isdisjoint(tokens) and "n't" not in " ".join(tokens):
        # no scope opens (most text): the loop below would only drop the scope-ending punctuation
        return [tok for tok in tokens if tok not in _SILENT_PUNCT]
    out: list[str] = []
    append = out.append
    neg = False
    for tok in tokens:
        if tok in _SPECIAL or tok[-3:] == "n't":
            if tok in _PUNCT:
                neg = False
                if tok == "?" or tok == "!":
                    append(tok)
            elif tok in _SCOPE_BREAK:
                neg = False
                append(tok)
            else:
                append(tok)
                if tok[-3:] == "n't":
                    append("not")
                neg = True
        elif neg:
            append("neg_" + tok)
        else:
            append(tok)
    return out


def mask_name(text: str, name: str | None, placeholder: str = "someone") -> str:
    """Replace a person's name (full name and each name part of >= 3 letters) with ``placeholder``.

    Used on training contexts so that the model cannot learn who said something, only what was said.
    Works on normalised text (accents folded), so ``Orbán`` and ``Orban`` are both masked.
    """
    if not name:
        return text
    parts = [p for p in re.split(r"[\s.]+", normalize(name)) if len(p) >= 3]
    if not parts:
        return text
    pattern = r"\b(?:" + "|".join(re.escape(p) for p in sorted(set(parts), key=len, reverse=True)) + r")(?:'s)?\b"
    masked = re.sub(pattern, placeholder, text)
    return re.sub(rf"(?:{placeholder}\s+)+{placeholder}", placeholder, masked)


def cut_quote(context: str, quote: str) -> str:
    """The context with the quote replaced by ``QQQ`` (both normalised); unchanged when not found."""
    if quote and context:
        i = context.find(quote)
        if i < 0 and len(quote) > 40:
            i = context.find(quote[:40])
            if i >= 0:
                return context[:i] + " qqq " + context[i + len(quote):]
        if i >= 0:
            return context[:i] + " qqq " + context[i + len(quote):]
    return context


# ---------------------------------------------------------------------------------------------
# Target mentions (lower-case, accent-folded token prefixes / exact tokens)
TARGETS: dict[str, tuple[str, ...]] = {
    "ukraine": ("ukrain", "kyiv", "kiev", "zelensk"),
    "russia": ("russia", "kremlin", "moscow", "putin"),
    "aid": ("aid", "help", "assistance", "package", "fund", "financ", "money", "billion", "dollar", "euro",
            "loan", "budget", "cheque", "check", "support", "deliver", "shipment", "supply", "supplies",
            "send", "sending", "sent", "provide", "give", "giving", "pay", "paying"),
    "weapons": ("weapon", "arm", "arms", "tank", "missile", "rocket", "jet", "f-16", "fighter", "ammunition",
                "shell", "artillery", "howitzer", "himars", "atacms", "taurus", "abrams", "leopard", "javelin",
                "stinger", "patriot", "drone", "munition", "gun", "air defen", "lethal", "military"),
    "sanctions": ("sanction", "embargo", "price cap", "frozen", "asset", "isolate", "swift", "tariff"),
    "troops": ("troop", "soldier", "boots", "no-fly", "combat forces", "strike inside", "territory", "long-range",
               "escalat", "co-belligerent", "nato"),
    "peace": ("peace", "ceasefire", "cease-fire", "talks", "negotiat", "diplomac", "settle", "compromise",
              "neutral", "dialogue", "table", "broker", "realities", "concession"),
    "war_cost": ("endless", "prolong", "drag", "blank check", "forever", "stalemate", "bloodshed", "fuel",
                 "escalat", "our own", "border", "taxpayer", "pension", "grocer", "gas price", "inflation"),
    "urgency": ("now", "today", "faster", "quickly", "immediately", "urgent", "delay", "late", "hesitat",
                "yesterday", "waiting", "wait", "timid", "too slow", "without delay", "more"),
    "stop": ("stop", "end", "ending", "halt", "pause", "cut", "reduce", "block", "veto", "refus", "withdraw",
             "enough", "lift"),
    "process": ("vote", "meeting", "schedule", "committee", "procedure", "session", "consult", "options",
                "arrived", "count", "according", "report", "killed", "casualt", "shelling", "front"),
}
_TARGET_NAMES = tuple(TARGETS)


def _key_matches(word: str, key: str) -> bool:
    return word.startswith(key) and (len(key) > 3 or word == key or word == key + "s")


_SINGLE_KEYS = {name: tuple(k for k in keys if " " not in k) for name, keys in TARGETS.items()}
_MULTI_KEYS = {k: j for j, name in enumerate(_TARGET_NAMES) for k in TARGETS[name] if " " in k}
_MULTI_FIRST = frozenset(w for k in _MULTI_KEYS for w in (k.split()[0], "neg_" + k.split()[0]))
_MULTI_RX = re.compile(r"(?<= )(?:" + "|".join(re.escape(k) for k in sorted(_MULTI_KEYS, key=len, reverse=True)) + ")")


@functools.lru_cache(maxsize=100_000)
def _word_groups(word: str) -> tuple[int, ...]:
    return tuple(j for j, name in enumerate(_TARGET_NAMES) if any(_key_matches(word, k) for k in _SINGLE_KEYS[name]))


def _token_slots(tok: str) -> tuple[int, ...]:
    if tok.startswith("neg_"):
        return tuple(2 * j + 1 for j in _word_groups(tok[4:]))
    return tuple(2 * j for j in _word_groups(tok))


class _Memo(dict):
    """``dict`` of a pure per-token function, filled on first lookup (``memo[tok]``, or ``map(memo.__getitem__,
    tokens)`` without a Python-level loop); at most ``limit`` entries are kept."""

    def __init__(self, func, limit: int = 200_000):
        super().__init__()
        self.func = func
        self.limit = limit

    def __missing__(self, key):
        value = self.func(key)
        if len(self) < self.limit:
            self[key] = value
        return value


_TGT_MEMO = _Memo(_token_slots)


N_TGT_BASE = 2 * len(_TARGET_NAMES)


def _target_counts(docs: Sequence[Sequence[str]]) -> np.ndarray:
    """Per document (neg-marked tokens) and target: [plain mentions, negated mentions], as an (n, N_TGT_BASE)
    count matrix; multi-word keys are matched on the text. The tokens of all documents are looked up in one pass."""
    n = len(docs)
    slots = list(map(_TGT_MEMO.__getitem__, itertools.chain.from_iterable(docs)))
    doc_of = np.repeat(np.arange(n), np.fromiter(map(len, docs), dtype=np.int64, count=n))
    cells = (np.repeat(doc_of * N_TGT_BASE, np.fromiter(map(len, slots), dtype=np.int64, count=len(slots)))
             + np.fromiter(itertools.chain.from_iterable(slots), dtype=np.int64))
    multi = []
    for i, tokens in enumerate(docs):
        if not _MULTI_FIRST.isdisjoint(tokens):  # the regex pass only when a multi-word key can start
            multi += [i * N_TGT_BASE + 2 * _MULTI_KEYS[m]
                      for m in _MULTI_RX.findall(" " + " ".join(tokens).replace("neg_", "") + " ")]
    cells = np.concatenate([cells, np.array(multi, dtype=np.int64)])
    return np.bincount(cells, minlength=n * N_TGT_BASE).reshape(n, N_TGT_BASE)


_NOT_X_BUT = re.compile(r"\bnot\b[^.;:!?]*\b(?:but|rather|instead)\b")
_X_NOT_Y = re.compile(r",\s*not\b")
_CONTRAST = frozenset(("but", "yet", "instead", "rather"))


N_SHAPE = 8


def _n_negators(qtoks: Sequence[str]) -> int:
    if NEGATORS.isdisjoint(qtoks) and "n't" not in " ".join(qtoks):  # most quotes: no token is a negator
        return 0
    return sum(1 for t in qtoks if t in NEGATORS or t[-3:] == "n't")


def _shape_features(raw_quotes: Sequence[str], qtoks: Sequence[Sequence[str]]) -> np.ndarray:
    """Per quote (normalised text, tokens): ``?``, ``!``, contrast word, negators (capped at 3, scaled),
    ``not X but Y``, ``X, not Y``, length (capped at 60, scaled), short (<= 8 tokens); one pass per column."""
    m = len(raw_quotes)
    out = np.zeros((m, N_SHAPE), dtype=np.float64)
    n = np.fromiter(map(len, qtoks), dtype=np.float64, count=m)
    out[:, 0] = np.fromiter(("?" in q for q in raw_quotes), dtype=np.float64, count=m)
    out[:, 1] = np.fromiter(("!" in q for q in raw_quotes), dtype=np.float64, count=m)
    out[:, 2] = np.fromiter((not _CONTRAST.isdisjoint(t) for t in qtoks), dtype=np.float64, count=m)
    out[:, 3] = np.minimum(np.fromiter(map(_n_negators, qtoks), dtype=np.float64, count=m), 3) / 3.0
    for i, q in enumerate(raw_quotes):
        if "not" in q:
            out[i, 4] = 1.0 if _NOT_X_BUT.search(q) else 0.0
            out[i, 5] = 1.0 if _X_NOT_Y.search(q) else 0.0
    out[:, 6] = np.minimum(n, 60) / 60.0
    out[:, 7] = n <= 8
    return out


# ---------------------------------------------------------------------------------------------
# Word classes for the abstract ("class n-gram") stream: each word in a class is replaced by its tag, a few
# function words that carry stance are kept, everything else is dropped, negation marks are kept. So
# "we will not send more tanks" -> "will not neg_GIVE neg_MORE neg_WPN", and the model learns
# "neg_GIVE neg_WPN" once for every weapon and verb. Keys are prefixes; "=key" matches the word (or its
# plural) exactly. The first class that matches wins.
WORD_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("AID", ("=aid", "assistance", "package", "funding", "=fund", "=funds", "money", "=loan", "=loans", "billion",
             "million", "tranche", "facility", "budget", "cheque", "=check", "supplies", "deliveries", "shipment",
             "financing", "=dollar", "euros", "=cash", "=credit", "=grant", "=grants", "lend-lease", "=bill")),
    ("WPN", ("weapon", "=arms", "=arm", "tank", "missile", "rocket", "=jet", "=jets", "f-16", "fighter", "ammunition",
             "=ammo", "=shell", "=shells", "artillery", "howitzer", "himars", "atacms", "taurus", "abrams", "leopard",
             "javelin", "stinger", "patriot", "drone", "munition", "=gun", "=guns", "lethal", "launcher", "=rounds",
             "armour", "armor", "interceptor", "=mig", "mig-29", "gripen", "scalp", "bradley", "marder", "cannon",
             "=nasams", "=iris-t", "warplane", "aircraft", "=air-defence", "=defence", "=defense")),
    ("GIVE", ("=send", "sending", "=sent", "=sends", "=give", "giving", "=gave", "=given", "provid", "deliver",
              "=supply", "supplying", "supplied", "=ship", "shipping", "shipped", "=pay", "paying", "=paid",
              "transfer", "=hand", "handing", "=arming", "approv", "=pass", "=passed", "passing", "=back", "backing",
              "=backed", "support", "=help", "helping", "helped", "=boost", "bolster", "strengthen", "releas",
              "unlock", "donat", "=train", "training", "trained", "equip", "=fund", "financ", "=arm", "rearm",
              "=reinforce", "=replenish", "=sustain")),
    ("CUT", ("=stop", "stopp", "=stops", "=end", "ending", "=ends", "=ended", "=halt", "halted", "halting",
             "=pause", "paused", "pausing", "=cut", "=cuts", "cutting", "reduc", "limit", "restrict", "block",
             "=veto", "vetoed", "vetoes", "withdraw", "suspend", "abandon", "=ban", "=bans", "banned", "refus",
             "reject", "=drop", "scrap", "=curb", "=quit", "=exit", "=condition", "conditional", "=oppose",
             "=opposes", "=opposed", "=review", "=reconsider", "=slash")),
    ("DELAY", ("delay", "=late", "=later", "=slow", "slowly", "hesitat", "=wait", "waiting", "=waited", "timid",
               "dither", "stall", "excuse", "half-measure", "reluctan", "=dragging", "foot-dragging", "=inaction",
               "procrastinat", "=months")),
    # easing verbs: "lift the sanctions" (oppose) vs "lift the restrictions" (support) - the n-gram decides
    ("LIFT", ("=lift", "=lifted", "=lifting", "=ease", "=eased", "=easing", "=relax", "relaxed", "relaxing",
              "unfreez", "normalis", "normaliz", "=loosen", "loosened", "=waive", "waiver", "=exempt", "exemption")),
    ("SANC", ("sanction", "embargo", "=isolate", "isolation", "=seize", "seizing", "seizure", "frozen", "=assets",
              "=swift", "=tariff", "=tariffs", "confiscat", "penalt", "punish", "=cap", "=price-cap", "blacklist")),
    ("RUS", ("russia", "kremlin", "moscow", "putin", "aggressor", "invader", "occupier", "=occupation", "=invasion",
             "=russians")),
    ("UKR", ("ukrain", "kyiv", "kiev", "zelensk")),
    ("PEACE", ("peace", "ceasefire", "cease-fire", "=talks", "negotiat", "diploma", "dialogue", "settle",
               "compromise", "=deal", "neutral", "concession", "de-escalat", "=truce", "armistice", "=table",
               "=realities", "territor")),
    ("ESC", ("escalat", "prolong", "endless", "forever", "stalemate", "bloodshed", "co-belligerent", "provok",
             "provocation", "=nuclear", "world-war", "=fuel", "fueling", "fuelling", "=drag", "=drags", "quagmire",
             "=meddl", "=retaliat", "=retaliation", "=consequences")),
    ("HOME", ("=border", "taxpayer", "pension", "grocer", "=gas", "inflation", "household", "farmer", "=prices",
              "=bills", "=diesel", "=heating", "=jobs", "=voters", "constituent", "=domestic", "=citizens",
              "=workers", "=families")),
    ("HARM", ("=fall", "=falls", "=lose", "=loses", "losing", "collapse", "surrender", "=die", "dying", "=broken",
              "=break", "=defeat", "defeated", "=forget", "forgotten", "=tire", "=tired", "fatigue", "=waver",
              "=blink", "capitul", "=bow", "intimidat", "=short", "shortage", "=starve", "=down", "=betray",
              "betrayal", "=alone", "=apologise", "=apologize", "=afraid", "=fear", "=fears", "=way")),
    ("URG", ("=now", "=today", "immediately", "urgent", "=faster", "=fast", "quickly", "=sooner", "=yesterday",
             "=asap", "=must", "=need", "=needs", "=needed")),
    ("MORE", ("=more", "=further", "additional", "=extra", "=another", "=again", "=increase", "=expand",
              "=double", "=keep", "=continue", "=continued", "=step", "=ramp", "=accelerat", "=speed")),
    ("PROC", ("=vote", "=votes", "meeting", "schedule", "committee", "procedure", "=session", "consult",
              "=options", "=arrived", "=count", "according", "=report", "=reports", "casualt", "shelling",
              "=front", "briefing", "=statement", "=visit", "=expected", "=discuss", "=agenda", "=confirm",
              "=announced", "=comment", "=details", "=disclose")),
)
KEEP_WORDS = frozenset("""
not no never nobody none nothing without neither nor cannot but instead rather than only should must will would
can could if unless until before while against for too enough any every all less fewer even still yet already
just why how what who ? ! we they them us our their you
""".split())


def _class_key_matches(word: str, key: str) -> bool:
    if key.startswith("="):
        k = key[1:]
        return word == k or word == k + "s" or word == k + "es"
    return _key_matches(word, key)


@functools.lru_cache(maxsize=100_000)
def abstract_tag(word: str) -> str | None:
    """The class tag of ``word`` (e.g. ``WPN``), the word itself if it is a kept function word, else None."""
    if word in KEEP_WORDS or word.endswith("n't"):
        return word
    for tag, keys in WORD_CLASSES:
        for k in keys:
            if _class_key_matches(word, k):
                return tag
    return None


def _abstract_one(tok: str) -> str | None:
    if tok.startswith("neg_"):
        tag = abstract_tag(tok[4:])
        return None if tag is None else "neg_" + tag
    return abstract_tag(tok)


_ABS_MEMO = _Memo(_abstract_one)


def abstract_stream(neg_tokens: Sequence[str]) -> list[str]:
    """Class-tag view of negation-marked tokens (see :data:`WORD_CLASSES`)."""
    return list(filter(None, map(_ABS_MEMO.__getitem__, neg_tokens)))  # tags and kept words are never empty


# ---------------------------------------------------------------------------------------------
def _as_fields(item) -> tuple[str, str, str, bool]:
    if isinstance(item, dict):
        return (item.get("quote") or "", item.get("cue") or "", item.get("context") or "",
                bool(item.get("in_article", True)))
    return (getattr(item, "quote", "") or "", getattr(item, "cue", "") or "", getattr(item, "context", "") or "",
            bool(getattr(item, "in_article", True)))


class Prepared:
    """One item's normalised views, computed once and shared by every block."""

    __slots__ = ("quote", "qtoks", "qneg", "ctoks", "cneg", "cue", "qabs", "cabs", "in_article")

    def __init__(self, item):
        quote, cue, context, self.in_article = _as_fields(item)
        q = normalize(quote).strip(" \"'")
        c = normalize(context)
        self.quote = q
        self.qtoks = tokenize(q)
        self.qneg = mark_negation(self.qtoks)
        rest = cut_quote(c, q)
        self.ctoks = tokenize(rest)
        self.cneg = mark_negation(self.ctoks)
        self.cue = normalize(cue).strip() or "none"
        self.qabs = abstract_stream(self.qneg)
        self.cabs = abstract_stream(self.cneg)


def _identity(x):
    return x


class LogOddsLexicon:
    """Per-class smoothed log-odds z-scores of tokens (class vs rest) with an informative Dirichlet prior.

    Counts are document frequencies (a token counts once per item). Pooled per item as mean, max and min
    of each class's z-scores over the item's known tokens (scaled by 1/3); items without known tokens get 0.
    """

    def __init__(self, min_count: int = 2, prior: float = 0.5):
        self.min_count = min_count
        self.prior = prior
        self.index: dict[str, int] = {}
        self.matrix = np.zeros((1, len(LABELS)))

    def fit(self, docs: Sequence[Sequence[str]], y: Sequence[str]) -> "LogOddsLexicon":
        classes = list(LABELS)
        counts = [Counter() for _ in classes]
        for toks, lab in zip(docs, y):
            counts[classes.index(lab)].update(set(toks))
        total = Counter()
        for c in counts:
            total.update(c)
        vocab = sorted(w for w, n in total.items() if n >= self.min_count)
        self.index = {w: i for i, w in enumerate(vocab)}
        self.matrix = np.zeros((len(vocab) + 1, len(classes)))  # last row: zeros for items without known tokens
        if not vocab:
            return self
        tot = np.array([total[w] for w in vocab], dtype=np.float64)
        a = self.prior
        a0 = a * len(vocab)
        n_all = tot.sum()
        for k, cnt in enumerate(counts):
            yi = np.array([cnt[w] for w in vocab], dtype=np.float64)
            yj = tot - yi
            n_i = yi.sum()
            n_j = n_all - n_i
            li = np.log((yi + a) / (n_i + a0 - yi - a))
            lj = np.log((yj + a) / (n_j + a0 - yj - a))
            self.matrix[:-1, k] = (li - lj) / np.sqrt(1.0 / (yi + a) + 1.0 / (yj + a))
        return self

    def transform(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        n = len(docs)
        if n == 0:
            return np.zeros((0, N_LEX))
        empty = len(self.matrix) - 1
        get = self.index.get
        idx_lists = []
        for toks in docs:
            ids = [i for i in map(get, toks) if i is not None]
            idx_lists.append(ids or [empty])
        lengths = np.array([len(x) for x in idx_lists])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        vals = self.matrix[np.concatenate([np.asarray(x, dtype=np.int64) for x in idx_lists])]
        mean = np.add.reduceat(vals, starts, axis=0) / lengths[:, None]
        mx = np.maximum.reduceat(vals, starts, axis=0)
        mn = np.minimum.reduceat(vals, starts, axis=0)
        return np.hstack([mean, mx, mn]) / 3.0


N_LEX = 3 * len(LABELS)


def _fast_tfidf(vec: TfidfVectorizer, cols: "Sequence[int] | np.ndarray", lengths: Sequence[int],
                weight: float = 1.0) -> sp.csr_matrix:
    """TF-IDF rows equal to ``weight * vec.transform`` (sublinear tf, l2 norm), from the documents' vocabulary
    indices laid end to end (``cols``) and each document's count of them (``lengths``).

    Built as CSR directly (no COO round trip); row norms by ``bincount`` over the row of each entry."""
    n = len(lengths)
    cols = np.asarray(cols, dtype=np.int32)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    X = sp.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(n, len(vec.vocabulary_)), dtype=np.float64)
    X.sum_duplicates()
    data = X.data
    if vec.sublinear_tf:
        np.log(data, data)
        data += 1.0
    data *= vec.idf_[X.indices]
    entry_rows = np.repeat(np.arange(n), np.diff(X.indptr))
    norms = np.sqrt(np.bincount(entry_rows, weights=data * data, minlength=n))
    norms[norms == 0] = 1.0
    data /= norms[entry_rows]
    if weight != 1.0:
        data *= weight  # in place: what ``weight * X`` computes, without the copy
    return X


class _Indexer:
    """Vocabulary indices of one block's analysed units (not pickled).

    Word n-grams are looked up as word tuples: tokens never contain a space, so ``" ".join(gram)`` is a vocabulary
    key exactly when ``gram == tuple(key.split(" "))``, and the n-gram strings need not be built. Character
    n-grams are cached per word (words repeat)."""

    def __init__(self, vec: TfidfVectorizer):
        self.vec = vec
        self.vocab = vec.vocabulary_
        self.cache = _Memo(self._word_char_ids)
        self._tables: dict[int, dict] | None = None  # n -> {n-gram: index}, n-grams as tuples for n > 1

    def ngram_ids(self, docs: Sequence[Sequence[str]], lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """The indices of the n-grams of :meth:`StanceFeaturizer._ngrams` (``lo..hi``) of each token list in
        ``docs`` that are in the vocabulary, laid end to end by document (in another order inside a document,
        which the TF-IDF does not see), and each document's count of them.

        All documents are looked up in one pass: they are laid end to end with a ``None`` after each, and an
        n-gram that contains a ``None`` is in no table."""
        if self._tables is None:
            tables: dict[int, dict] = {1: self.vocab}
            for key, index in self.vocab.items():
                parts = tuple(key.split(" "))
                if len(parts) > 1:
                    tables.setdefault(len(parts), {})[parts] = index
            self._tables = tables
        sizes = ([1] if lo <= 1 else []) + [k for k in (2, 3) if lo <= k <= hi] + list(range(max(lo, 4), hi + 1))
        flat: list[str | None] = []
        for tokens in docs:
            flat += tokens
            flat.append(None)
        doc_of = np.repeat(np.arange(len(docs)), [len(tokens) + 1 for tokens in docs])
        ids: list[int] = []
        rows = []
        missing = itertools.repeat(-1)
        for k in sizes:
            grams = flat if k == 1 else zip(*(flat[j:] for j in range(k)))
            ids.extend(map(self._tables.get(k, {}).get, grams, missing))
            rows.append(doc_of[:max(0, len(flat) - k + 1)])
        ids_arr = np.array(ids, dtype=np.int64)
        found = ids_arr >= 0
        found_rows = np.concatenate(rows)[found]
        order = np.argsort(found_rows, kind="stable")
        return ids_arr[found][order], np.bincount(found_rows, minlength=len(docs))

    def _word_char_ids(self, word: str) -> np.ndarray:
        return np.array([i for i in map(self.vocab.get, self.vec._char_wb_ngrams(word)) if i is not None],
                        dtype=np.int32)

    def char_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """The char_wb n-gram indices of ``texts`` laid end to end, and each text's count of them."""
        arrays: list[np.ndarray] = []
        n_words = []
        for text in texts:
            words = text.split()
            arrays.extend(map(self.cache.__getitem__, words))
            n_words.append(len(words))
        if not arrays:
            return np.zeros(0, dtype=np.int32), np.zeros(len(texts), dtype=np.int64)
        ends = np.zeros(len(arrays) + 1, dtype=np.int64)  # ends[k]: indices in the first k words
        np.cumsum(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)), out=ends[1:])
        last = np.cumsum(n_words)
        return np.concatenate(arrays), ends[last] - ends[last - n_words]


def _feature_code_fingerprint() -> str:
    """Hash of the hand-written resources the features depend on (word classes, targets, negators ...).

    They live in code, not in the pickled model, so a fitted featurizer records this hash and refuses to
    transform when the code's resources differ (the model would silently change meaning otherwise)."""
    import hashlib
    import json as _json

    payload = _json.dumps({
        "word_classes": WORD_CLASSES, "keep": sorted(KEEP_WORDS), "targets": TARGETS, "negators": sorted(NEGATORS),
        "scope_break": sorted(_SCOPE_BREAK), "punct": sorted(_PUNCT), "token": _TOKEN.pattern, "format": 2,
    }, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


FEATURE_CODE_FINGERPRINT = _feature_code_fingerprint()


class FeatureCodeMismatch(RuntimeError):
    """The featurizer was fitted with different word lists / tokenisation than the running code."""


# word blocks: name -> (weight attribute, ngram-range attribute, Prepared field)
_WORD_BLOCKS = (
    ("qword", "w_qword", "word_ngrams", "qneg"),
    ("ctx", "w_ctx", "ctx_ngrams", "cneg"),
    ("qabs", "w_qabs", "abs_ngrams", "qabs"),
    ("cabs", "w_cabs", "cabs_ngrams", "cabs"),
)


class StanceFeaturizer(BaseEstimator, TransformerMixin):
    """Sparse features for stance items; see the module docstring for the blocks."""

    w_dom = 0.0  # (models fitted before the source flag existed have no such attribute: no source column)

    def __init__(self, w_qword=1.0, w_qchar=1.0, w_ctx=0.5, w_cue=0.3, w_lex=1.0, w_tgt=0.5, w_qabs=0.0,
                 w_cabs=0.0, word_ngrams=(1, 3), char_ngrams=(2, 5), ctx_ngrams=(1, 2), abs_ngrams=(1, 3),
                 cabs_ngrams=(1, 2), min_df=2, lex_folds=5, seed=13, w_dom=0.0):
        self.w_qword = w_qword
        self.w_qchar = w_qchar
        self.w_ctx = w_ctx
        self.w_cue = w_cue
        self.w_lex = w_lex
        self.w_tgt = w_tgt
        self.w_qabs = w_qabs
        self.w_cabs = w_cabs
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.ctx_ngrams = ctx_ngrams
        self.abs_ngrams = abs_ngrams
        self.cabs_ngrams = cabs_ngrams
        self.min_df = min_df
        self.lex_folds = lex_folds
        self.seed = seed
        self.w_dom = w_dom

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def prepare(items: Iterable) -> list[Prepared]:
        return [it if isinstance(it, Prepared) else Prepared(it) for it in items]

    @staticmethod
    def _ngrams(tokens: Sequence[str], lo: int, hi: int) -> list[str]:
        out = list(tokens) if lo <= 1 else []
        if hi >= 2 and lo <= 2:
            out += [a + " " + b for a, b in zip(tokens, tokens[1:])]
        if hi >= 3 and lo <= 3:
            out += [a + " " + b + " " + c for a, b, c in zip(tokens, tokens[1:], tokens[2:])]
        for k in range(max(lo, 4), hi + 1):
            out += [" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1)]
        return out

    def _active_word_blocks(self):
        return [(name, getattr(self, w), getattr(self, ng), field) for name, w, ng, field in _WORD_BLOCKS
                if getattr(self, w)]

    def _dense(self, preps: Sequence[Prepared], lexicon: "LogOddsLexicon | None") -> np.ndarray:
        n = len(preps)
        # target mentions (plain / negated) and shape of the quote; the context's targets are covered by the
        # context class n-grams (cabs)
        tgt = np.empty((n, N_TGT_BASE + N_SHAPE), dtype=np.float64)
        np.log1p(_target_counts([p.qneg for p in preps]), out=tgt[:, :N_TGT_BASE])
        tgt[:, N_TGT_BASE:] = _shape_features([p.quote for p in preps], [p.qtoks for p in preps])
        tgt *= self.w_tgt
        if lexicon is not None and self.w_lex:
            return np.hstack([tgt, self.w_lex * lexicon.transform([p.qneg for p in preps])])
        return np.hstack([tgt, np.zeros((n, N_LEX))])

    # -- sklearn API ---------------------------------------------------------------------
    def fit(self, X, y=None):
        self._fit(self.prepare(X), y)
        return self

    def fit_transform(self, X, y=None, **fit_params):
        preps = self.prepare(X)
        self._fit(preps, y)
        # cross-fitted lexicon values for the training rows (out of fold), see module docstring
        lex_oof = None
        if y is not None and self.w_lex:
            y = np.asarray(y)
            counts = Counter(y.tolist())
            if len(counts) == len(LABELS) and min(counts.values()) >= 2:
                n_splits = max(2, min(self.lex_folds, min(counts.values())))
                lex_oof = np.zeros((len(preps), N_LEX))
                skf = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=self.seed)
                for tr, va in skf.split(np.zeros(len(y)), y):
                    lx = LogOddsLexicon().fit([preps[i].qneg for i in tr], y[tr])
                    lex_oof[va] = lx.transform([preps[i].qneg for i in va])
        return self._transform(preps, lex_override=lex_oof)

    def _fit(self, preps: Sequence[Prepared], y):
        self.code_fingerprint_ = FEATURE_CODE_FINGERPRINT
        self.vecs_ = {}
        for name, _, (lo, hi), field in self._active_word_blocks():
            vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=self.min_df, lowercase=False,
                                  dtype=np.float64)
            docs = [self._ngrams(getattr(p, field), lo, hi) for p in preps]
            if not any(docs):
                docs = [["<empty>"]]
            vec.fit(docs)
            self.vecs_[name] = vec
        if self.w_qchar:
            vec = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngrams), sublinear_tf=True,
                                  min_df=self.min_df, lowercase=False, dtype=np.float64)
            vec.fit([p.quote for p in preps])
            self.vecs_["qchar"] = vec
        self.cues_ = {c: i for i, c in enumerate(sorted({p.cue for p in preps}))}
        self.lexicon_ = LogOddsLexicon().fit([p.qneg for p in preps], list(y)) if (y is not None and self.w_lex) else None
        return self

    def transform(self, X):
        return self._transform(self.prepare(X))

    def _indexers(self) -> dict:
        ix = self.__dict__.get("_ix")
        if ix is None or ix.get("_vecs") is not self.vecs_:
            ix = {name: _Indexer(vec) for name, vec in self.vecs_.items()}
            ix["_vecs"] = self.vecs_
            self.__dict__["_ix"] = ix
        return ix

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_ix", None)
        return state

    def reference_transform(self, X) -> dict:
        """Slow path through sklearn's own ``TfidfVectorizer.transform`` (tests compare it to the fast path)."""
        preps = self.prepare(X)
        out = {}
        for name, _, (lo, hi), field in self._active_word_blocks():
            out[name] = self.vecs_[name].transform([self._ngrams(getattr(p, field), lo, hi) for p in preps])
        if self.w_qchar:
            out["qchar"] = self.vecs_["qchar"].transform([p.quote for p in preps])
        return out

    def block_slices(self) -> dict:
        """Column ranges of the TF-IDF blocks in the output, in output order (for tests and inspection)."""
        out, start = {}, 0
        for name in self._block_order():
            n = len(self.vecs_[name].vocabulary_)
            out[name] = (start, start + n)
            start += n
        return out

    def _block_order(self) -> list[str]:
        order = [name for name, *_ in self._active_word_blocks()]
        if self.w_qchar:
            order.insert(1, "qchar")
        return order

    def _transform(self, preps: Sequence[Prepared], lex_override=None):
        fp = self.__dict__.get("code_fingerprint_")
        if fp != FEATURE_CODE_FINGERPRINT:
            raise FeatureCodeMismatch(f"featurizer fitted with feature code {fp or 'unknown'}, running code is "
                                      f"{FEATURE_CODE_FINGERPRINT}")
        ix = self._indexers()
        weights = {name: w for name, w, _, _ in self._active_word_blocks()}
        weights["qchar"] = self.w_qchar
        specs = {name: (ng, field) for name, _, ng, field in self._active_word_blocks()}
        blocks = []
        for name in self._block_order():
            if name == "qchar":
                # char n-grams come as cached arrays per word: one concatenation instead of ~190 ints per quote
                cols, lengths = ix["qchar"].char_ids([p.quote for p in preps])
            else:
                (lo, hi), field = specs[name]
                cols, lengths = ix[name].ngram_ids([getattr(p, field) for p in preps], lo, hi)
            blocks.append(_fast_tfidf(self.vecs_[name], cols, lengths, weights[name]))
        if self.w_cue:
            rows, cols = [], []
            for i, p in enumerate(preps):
                j = self.cues_.get(p.cue)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
            blocks.append(sp.csr_matrix((np.full(len(rows), float(self.w_cue)), (rows, cols)),
                                        shape=(len(preps), max(1, len(self.cues_)))))
        dense = self._dense(preps, self.lexicon_)
        if lex_override is not None:
            dense[:, -N_LEX:] = self.w_lex * lex_override
        blocks.append(sp.csr_matrix(dense))
        if self.w_dom:
            # source column: 1 for quotes cut from articles, 0 for hand-written corpus items
            blocks.append(sp.csr_matrix(np.array([[self.w_dom if p.in_article else 0.0] for p in preps])))
        return sp.hstack(blocks, format="csr")


# ---------------------------------------------------------------------------------------------
# Small estimators used inside the stance pipeline (kept here so loading a model imports only this module)

class NonNegative(BaseEstimator, TransformerMixin):
    """Split each feature into its positive and negative parts (naive Bayes needs x >= 0)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        X = sp.csr_matrix(X)
        X.sum_duplicates()
        if X.nnz and X.data.min() >= 0:  # the stance features: no negative part (NaN takes the general path)
            # what the hstack below gives then: X without explicit zeros, its negative block empty
            pos = X.copy()
            pos.eliminate_zeros()
            return sp.csr_matrix((pos.data, pos.indices, pos.indptr), shape=(X.shape[0], 2 * X.shape[1]))
        return sp.hstack([X.maximum(0), (-X).maximum(0)], format="csr")


class SoftVote(BaseEstimator):
    """Average of the calibrated class probabilities of several classifiers fitted on the same features."""

    def __init__(self, estimators=()):
        self.estimators = estimators

    def fit(self, X, y, sample_weight=None):
        from sklearn.base import clone
        from sklearn.pipeline import Pipeline as SkPipeline

        self.estimators_ = []
        for est in self.estimators:
            est = clone(est)
            if sample_weight is None:
                est.fit(X, y)
            elif isinstance(est, SkPipeline):
                est.fit(X, y, **{f"{est.steps[-1][0]}__sample_weight": sample_weight})
            else:
                est.fit(X, y, sample_weight=sample_weight)
            self.estimators_.append(est)
        self.classes_ = np.array(sorted(set(np.asarray(y).tolist())))
        return self

    def predict_proba(self, X):
        out = np.zeros((X.shape[0], len(self.classes_)))
        for est in self.estimators_:
            p = est.predict_proba(X)
            cols = [list(est.classes_).index(c) for c in self.classes_]
            out += p[:, cols]
        return out / len(self.estimators_)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
