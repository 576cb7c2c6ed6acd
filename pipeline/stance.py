"""Stance of a quote toward supporting Ukraine: support / oppose / neutral, with calibrated probabilities.

The model reads the quote, the reporting cue and the surrounding context (never the speaker's name).
Models live in a small file registry::

    models/<name>/registry.json            {"champion": "v3", "versions": {"v3": {"sha256": ...}}, ...}
    models/<name>/<version>/model.joblib   the fitted scikit-learn pipeline
    models/<name>/<version>/metrics.json, MODEL_CARD.md, training_data.sha256

:func:`load_stance_model` checks the model file's SHA-256 against the registry *before* unpickling it
(joblib files can run code when loaded), so a tampered or missing file raises
:class:`ModelIntegrityError` instead of being deserialised.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

LABELS = ("support", "oppose", "neutral")
MODEL_FILE = "model.joblib"
REGISTRY_FILE = "registry.json"
PAYLOAD_FORMAT = 1
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class StanceInput:
    quote: str
    cue: str | None
    context: str  # sentence/paragraph around the quote, attribution included
    # a quote cut from a news article (what the pipeline scores) rather than a hand-written corpus item: the two
    # have different label mixes, and models trained on both learn the difference from this flag
    in_article: bool = True


class ModelIntegrityError(RuntimeError):
    """The registry, or a model file it names, is missing, malformed or does not match its hash."""


class StanceModel:
    """A fitted stance classifier; ``predict_proba`` returns columns in :data:`LABELS` order."""

    def __init__(self, estimator: Any, name: str, version: str, meta: dict | None = None,
                 news_prior: dict | None = None, country_prior: dict | None = None,
                 speaker_pooling: dict | None = None):
        self.estimator = estimator
        self.name = name
        self.version = version
        self.meta = dict(meta or {})
        self.news_prior = news_prior
        self.country_prior = country_prior
        self._news_weights = news_prior_weights(news_prior, f"{name}/{version}")
        self._country_weights = country_prior_weights(country_prior, f"{name}/{version}")
        self.speaker_pooling = speaker_pooling
        self._pooling = speaker_pooling_params(speaker_pooling, f"{name}/{version}")
        self._news_weights_by_pattern = {
            pattern: news_prior_weights(entry, f"{name}/{version} ({pattern})")
            for pattern, entry in ((news_prior or {}).get("by_pattern") or {}).items()}
        classes = [str(c) for c in getattr(estimator, "classes_", LABELS)]
        unknown = set(classes) - set(LABELS)
        if unknown:
            raise ModelIntegrityError(f"model {name}/{version} predicts unknown labels {sorted(unknown)}")
        self._columns = [classes.index(lab) if lab in classes else -1 for lab in LABELS]

    @property
    def model_version(self) -> str:
        return f"{self.name}/{self.version}"

    def predict_proba(self, items: Sequence[StanceInput], news_prior: bool = True,
                      patterns: Sequence[str | None] | None = None,
                      countries: Sequence[str | None] | None = None) -> np.ndarray:
        """Class probabilities in :data:`LABELS` order.

        With ``news_prior`` (the default, what the pipeline uses) they are shifted from the training
        corpus's label mix to the mix of quotes in news articles (``news_prior`` of the registry entry,
        fitted by ``train.fit_news_prior``); ``news_prior=False`` gives the classifier's own probabilities.
        ``patterns`` (the quotes' ``pattern`` column) selects the shift fitted for that quote form, if any.
        ``countries`` (the country each quote's speaker speaks for, ``SpeakerRegistry.country_of``) applies the
        registry entry's ``country_prior``: how that country's speakers' label mix differs from all speakers'
        (a Russian official is rarely for more help to Ukraine). Only with ``news_prior``.
        """
        items = list(items)
        if not items:
            return np.zeros((0, len(LABELS)), dtype=np.float64)
        raw = np.asarray(self.estimator.predict_proba(items), dtype=np.float64)
        out = np.zeros((len(items), len(LABELS)), dtype=np.float64)
        for j, col in enumerate(self._columns):
            if col >= 0:
                out[:, j] = raw[:, col]
        out = np.clip(np.nan_to_num(out, nan=0.0), 0.0, 1.0)
        sums = out.sum(axis=1, keepdims=True)
        bad = sums[:, 0] <= 0
        out[bad] = 1.0 / len(LABELS)
        sums[bad] = 1.0
        out = out / sums
        return self.apply_priors(out, patterns, countries) if news_prior else out

    def apply_priors(self, probabilities: np.ndarray, patterns: Sequence[str | None] | None = None,
                     countries: Sequence[str | None] | None = None) -> np.ndarray:
        """The news prior (by quote form) and the country prior applied to the classifier's probabilities."""
        out = np.array(probabilities, dtype=np.float64)
        n = len(out)
        if self._news_weights is not None:
            weights = np.tile(self._news_weights, (n, 1))
            if patterns is not None and self._news_weights_by_pattern:
                for i, pattern in enumerate(patterns):
                    w = self._news_weights_by_pattern.get(pattern)
                    if w is not None:
                        weights[i] = w
            out = out * weights
            out = out / out.sum(axis=1, keepdims=True)
        if countries is not None and self._country_weights:
            rows = [(i, self._country_weights.get(c)) for i, c in enumerate(countries) if c]
            rows = [(i, w) for i, w in rows if w is not None]
            if rows:
                idx = np.array([i for i, _w in rows])
                out[idx] = out[idx] * np.vstack([w for _i, w in rows])
                out[idx] = out[idx] / out[idx].sum(axis=1, keepdims=True)
        return out

    def pool_speakers(self, probabilities: np.ndarray, groups: Sequence[Any]) -> np.ndarray:
        """The registry entry's ``speaker_pooling`` applied to ``probabilities`` (:func:`pool_same_speaker`);
        unchanged when the entry has none. ``groups``: one key per quote, the same for one speaker's quotes in
        one article (``None`` for a quote nobody is known to have said)."""
        if self._pooling is None:
            return probabilities
        alpha, base = self._pooling
        return pool_same_speaker(probabilities, groups, alpha, base)

    def predict(self, items: Sequence[StanceInput]) -> list[str]:
        proba = self.predict_proba(items)
        return [LABELS[i] for i in proba.argmax(axis=1)]

    def __repr__(self) -> str:
        return f"StanceModel({self.model_version})"


def news_prior_weights(news_prior: dict | None, where: str) -> np.ndarray | None:
    """Per-label multipliers ``exp(log_offset)`` from a registry ``news_prior`` entry (None: no shift).

    A label-shift correction: the classifier is calibrated on the training corpus's label mix, while
    about half of the quotes in news are neutral reporting; Bayes' rule moves the probabilities to the
    news mix by reweighting each class and renormalising.
    """
    if news_prior is None:
        return None
    offsets = news_prior.get("log_offsets") if isinstance(news_prior, dict) else None
    try:
        values = np.array([float(offsets[label]) for label in LABELS], dtype=np.float64)
    except (TypeError, KeyError, ValueError) as exc:
        raise ModelIntegrityError(f"model {where}: news_prior needs numeric log_offsets for {LABELS}") from exc
    if not np.all(np.isfinite(values)) or np.any(np.abs(values) > 10):
        raise ModelIntegrityError(f"model {where}: news_prior log_offsets out of range: {values.tolist()}")
    return np.exp(values - values.max())


def country_prior_weights(country_prior: dict | None, where: str) -> dict[str, np.ndarray]:
    """Per-country label multipliers from a registry ``country_prior`` entry ({} when there is none): Bayes'
    rule for a prior that depends on the speaker's country, P(label | country) / P(label), estimated from the
    labelled quotes of the dev gold articles (``train.fit_country_prior``)."""
    if country_prior is None:
        return {}
    by_country = country_prior.get("ratios") if isinstance(country_prior, dict) else None
    if not isinstance(by_country, dict):
        raise ModelIntegrityError(f"model {where}: country_prior needs a 'ratios' mapping")
    out = {}
    for country, ratios in by_country.items():
        try:
            values = np.array([float(ratios[label]) for label in LABELS], dtype=np.float64)
        except (TypeError, KeyError, ValueError) as exc:
            raise ModelIntegrityError(f"model {where}: country_prior for {country!r} needs {LABELS}") from exc
        if not np.all(np.isfinite(values)) or np.any(values <= 0) or np.any(values > 100):
            raise ModelIntegrityError(f"model {where}: country_prior for {country!r} out of range: {values.tolist()}")
        out[str(country)] = values
    return out


def pool_same_speaker(probabilities: np.ndarray, groups: Sequence[Any], alpha: float,
                      base: np.ndarray) -> np.ndarray:
    """Each quote's probabilities times ``(mean of its speaker's other quotes in the article / base) ** alpha``,
    renormalised.

    One speaker rarely changes sides within an article, so the rest of what they said there is evidence
    for each quote; ``alpha`` < 1 keeps it weaker than the quote's own words (a hawk's casualty figures
    stay neutral), and ``base`` (the label mix) makes a speaker of average mix change nothing. Quotes
    whose group is ``None`` and speakers with one quote are unchanged.
    """
    probabilities = np.asarray(probabilities, dtype=np.float64)
    keys = list(groups)
    if len(keys) != len(probabilities):
        raise ValueError(f"{len(keys)} speaker groups for {len(probabilities)} quotes")
    ids: dict[Any, int] = {}
    index = np.array([ids.setdefault(g, len(ids)) if g is not None else -1 for g in keys], dtype=np.int64)
    known = index >= 0
    if alpha == 0 or not known.any():
        return probabilities
    sums = np.zeros((len(ids), probabilities.shape[1]))
    np.add.at(sums, index[known], probabilities[known])
    counts = np.bincount(index[known], minlength=len(ids))
    pooled = known.copy()
    pooled[known] = counts[index[known]] >= 2
    if not pooled.any():
        return probabilities
    rows = np.flatnonzero(pooled)
    others = (sums[index[rows]] - probabilities[rows]) / (counts[index[rows]] - 1)[:, None]
    out = probabilities.copy()
    out[rows] = probabilities[rows] * (np.clip(others, 1e-6, None) / base) ** alpha
    out[rows] /= out[rows].sum(axis=1, keepdims=True)
    return out


def speaker_pooling_params(entry: dict | None, where: str) -> tuple[float, np.ndarray] | None:
    """``(alpha, base)`` from a registry ``speaker_pooling`` entry (None when there is none)."""
    if entry is None:
        return None
    try:
        alpha = float(entry["alpha"])
        base = np.array([float(entry["base"][label]) for label in LABELS], dtype=np.float64)
    except (TypeError, KeyError, ValueError) as exc:
        raise ModelIntegrityError(f"model {where}: speaker_pooling needs 'alpha' and a 'base' for {LABELS}") from exc
    if not 0 <= alpha <= 2 or not np.all(np.isfinite(base)) or np.any(base <= 0) or abs(base.sum() - 1) > 0.01:
        raise ModelIntegrityError(f"model {where}: speaker_pooling out of range: alpha {alpha}, base {base.tolist()}")
    return alpha, base


# ---------------------------------------------------------------------------------------------
# Registry helpers (shared with pipeline.train)

def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_name(value: str, what: str) -> str:
    if not isinstance(value, str) or not _SAFE_NAME.match(value) or ".." in value:
        raise ModelIntegrityError(f"invalid model {what} {value!r} (letters, digits, '_', '-', '.' only)")
    return value


def registry_path(models_dir: Path, name: str) -> Path:
    return Path(models_dir) / check_name(name, "name") / REGISTRY_FILE


def read_registry(models_dir: Path, name: str, missing_ok: bool = False) -> dict:
    path = registry_path(models_dir, name)
    if not path.is_file():
        if missing_ok:
            return {"name": name, "champion": None, "versions": {}, "history": []}
        raise ModelIntegrityError(f"no model registry at {path}; train a model first (python -m pipeline train)")
    try:
        reg = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelIntegrityError(f"model registry {path} is unreadable: {exc}") from exc
    if not isinstance(reg, dict) or not isinstance(reg.get("versions"), dict):
        raise ModelIntegrityError(f"model registry {path} is malformed (no 'versions' mapping)")
    reg.setdefault("history", [])
    reg.setdefault("champion", None)
    return reg


def write_registry(models_dir: Path, name: str, registry: dict) -> Path:
    path = registry_path(models_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(registry, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def model_path(models_dir: Path, name: str, version: str) -> Path:
    return Path(models_dir) / check_name(name, "name") / check_name(version, "version") / MODEL_FILE


# Verified models by (file, sha256, name, version): shards processed in one worker unpickle once.
_LOADED: dict[tuple, "StanceModel"] = {}


def load_stance_model(models_dir: Path, name: str = "stance", version: str | None = None) -> StanceModel:
    """Load ``version`` (default: the registry's champion) after verifying its SHA-256.

    Raises :class:`ModelIntegrityError` when the registry or the file is missing, the version is unknown,
    or the file's hash differs from the registry's (the file is then never unpickled).
    """
    models_dir = Path(models_dir)
    registry = read_registry(models_dir, name)
    if version is None:
        version = registry.get("champion")
        if not version:
            raise ModelIntegrityError(f"registry {registry_path(models_dir, name)} names no champion")
    check_name(version, "version")
    entry = registry["versions"].get(version)
    if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str):
        raise ModelIntegrityError(f"model {name}/{version} is not in registry {registry_path(models_dir, name)}")
    path = model_path(models_dir, name, version)
    if not path.is_file():
        raise ModelIntegrityError(f"model file {path} for {name}/{version} is missing")
    actual = sha256_file(path)
    if not hmac.compare_digest(actual, entry["sha256"].lower()):
        raise ModelIntegrityError(
            f"model file {path} failed its integrity check: sha256 {actual} != registry {entry['sha256']}; "
            "refusing to load it (retrain, or restore the file)")
    news_prior = entry.get("news_prior")
    country_prior = entry.get("country_prior")
    speaker_pooling = entry.get("speaker_pooling")
    cache_key = (str(path.resolve()), actual, name, version, json.dumps(news_prior, sort_keys=True),
                 json.dumps(country_prior, sort_keys=True), json.dumps(speaker_pooling, sort_keys=True))
    cached = _LOADED.get(cache_key)
    if cached is not None:  # the same verified bytes were unpickled before in this process
        return cached
    import joblib  # only after the hash matched

    payload = joblib.load(path)
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT or "estimator" not in payload:
        raise ModelIntegrityError(f"model file {path} is not a stance model payload (format {PAYLOAD_FORMAT})")
    try:
        model = StanceModel(payload["estimator"], name=name, version=version, meta=payload.get("meta"),
                            news_prior=news_prior, country_prior=country_prior, speaker_pooling=speaker_pooling)
        probe = model.predict_proba([StanceInput("We must help Ukraine.", "said", "We must help Ukraine, she said.")])
        if probe.shape != (1, len(LABELS)):
            raise ValueError(f"predict_proba returned shape {probe.shape}")
    except ModelIntegrityError:
        raise
    except Exception as exc:  # an old model pickled against other feature code, a broken estimator ...
        raise ModelIntegrityError(f"model {name}/{version} loads but cannot predict with this code "
                                  f"({type(exc).__name__}: {exc}); retrain it") from exc
    _LOADED.clear()  # keep one model: a long-lived worker must not accumulate old versions
    _LOADED[cache_key] = model
    return model
