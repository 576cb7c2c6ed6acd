"""Per-article analysis: quotes + speakers, then stance and sentiment, as table rows.

``Analyzer`` bundles the loaded resources (speaker registry, stance model, VADER) so each stage loads
them once per task, not once per article.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.quotes import ExtractedQuote, extract_quotes
from pipeline.speakers import SpeakerRegistry
from pipeline.stance import LABELS, StanceInput, StanceModel, load_stance_model
from pipeline.sentiment import KEYS as SENTIMENT_KEYS, sentiment_scores

# Segments of a quote split around its attribution are joined with this in ``quote_text``.
SEGMENT_JOINER = " … "
# Quotes per stance-model call: bounds the sparse feature matrices' memory.
CLASSIFY_CHUNK = 1024


def quote_id_for(article_id: str, start: int, end: int) -> str:
    """Deterministic: the same article and span give the same id in every run."""
    return "q" + hashlib.sha256(f"{article_id}|{start}|{end}".encode("utf-8")).hexdigest()[:19]


def quote_text_of(text: str, quote: ExtractedQuote) -> str:
    segments = [text[quote.start:quote.end]] + [text[s:e] for s, e in quote.continuations]
    return SEGMENT_JOINER.join(segment.strip() for segment in segments)


def _iso_date(published_at) -> str | None:
    if published_at is None:
        return None
    return published_at.date().isoformat() if hasattr(published_at, "date") else str(published_at)[:10]


def extracted_rows(article_id: str, text: str, registry: SpeakerRegistry, published_at=None) -> list[dict]:
    """Quote rows (without stance and sentiment) for one article, in text order.

    ``published_at`` dates title-only references ("the chancellor") to whoever held the title then.
    """
    rows = []
    for index, quote in enumerate(extract_quotes(text, registry, _iso_date(published_at))):
        rows.append({
            "article_id": article_id,
            "quote_id": quote_id_for(article_id, quote.start, quote.end),
            "quote_index": index,
            "quote_type": quote.quote_type,
            "quote_text": quote_text_of(text, quote),
            "start": quote.start,
            "end": quote.end,
            "continuations": [{"start": s, "end": e} for s, e in quote.continuations],
            "cue": quote.cue,
            "pattern": quote.pattern,
            "speaker_as_written": quote.speaker_as_written,
            "speaker": quote.speaker,
            "speaker_id": quote.speaker_id,
            "speaker_type": quote.speaker_type,
            "attribution_confidence": float(quote.attribution_confidence),
            "context": text[quote.context_start:quote.context_end],
            # the country the speaker speaks for: an input of the stance model's country prior
            "speaker_country": registry.country_of(quote.speaker_id, quote.speaker) if quote.speaker else None,
        })
    return rows


def speaker_group(article_id: str, speaker_id: str | None) -> tuple[str, str] | None:
    """The key under which the stance model pools one speaker's quotes in one article (None: no speaker)."""
    return (article_id, speaker_id) if speaker_id else None


def stance_columns(probabilities: np.ndarray) -> dict[str, list]:
    """Label, per-class probabilities and ``stance_score = p_support - p_oppose``."""
    probabilities = np.asarray(probabilities, dtype=np.float64).reshape(-1, len(LABELS))
    index = {label: i for i, label in enumerate(LABELS)}
    labels = [LABELS[i] for i in probabilities.argmax(axis=1)] if len(probabilities) else []
    p_support = probabilities[:, index["support"]]
    p_oppose = probabilities[:, index["oppose"]]
    return {
        "stance": labels,
        "p_support": p_support.tolist(),
        "p_oppose": p_oppose.tolist(),
        "p_neutral": probabilities[:, index["neutral"]].tolist(),
        "stance_score": (p_support - p_oppose).tolist(),
    }


@dataclass
class Analyzer:
    registry: SpeakerRegistry | None  # only extraction needs it
    stance_model: StanceModel
    data_dir: Path

    @classmethod
    def from_paths(cls, registry_path: Path, models_dir: Path, model_name: str, data_dir: Path) -> "Analyzer":
        return cls(SpeakerRegistry.load(registry_path), load_stance_model(Path(models_dir), model_name), Path(data_dir))

    @property
    def model_version(self) -> str:
        return f"{self.stance_model.name}/{self.stance_model.version}"

    def classify_columns(self, quote_texts: list[str], cues: list, contexts: list[str],
                         patterns: list | None = None, countries: list | None = None,
                         speaker_groups: list | None = None) -> dict[str, list]:
        """Stance and sentiment columns (``schemas._CLASSIFIED_FIELDS``) for quotes given column-wise.

        ``patterns`` and ``countries`` (the speakers' countries) select the model's news and country priors;
        ``speaker_groups`` (one key per speaker and article, :func:`speaker_group`) pools each speaker's quotes
        in an article. Features are built in chunks so their matrices stay small whatever the shard size.
        """
        chunks = []
        out: dict[str, list] = {f"sentiment_{key}": [] for key in SENTIMENT_KEYS}
        for begin in range(0, len(quote_texts), CLASSIFY_CHUNK):
            chunk = slice(begin, begin + CLASSIFY_CHUNK)
            inputs = [StanceInput(quote=q, cue=c, context=x)
                      for q, c, x in zip(quote_texts[chunk], cues[chunk], contexts[chunk])]
            chunks.append(self.stance_model.predict_proba(
                inputs, patterns=patterns[chunk] if patterns is not None else None,
                countries=countries[chunk] if countries is not None else None))
            sentiments = sentiment_scores(quote_texts[chunk], self.data_dir)
            for key in SENTIMENT_KEYS:
                out[f"sentiment_{key}"].extend(s[key] for s in sentiments)
        proba = np.vstack(chunks) if chunks else np.zeros((0, len(LABELS)))
        if speaker_groups is not None:
            proba = self.stance_model.pool_speakers(proba, speaker_groups)
        out = {**stance_columns(proba), **out}
        out["model_version"] = [self.model_version] * len(quote_texts)
        return out

    def classify(self, rows: list[dict]) -> list[dict]:
        """Add stance and sentiment columns to extracted rows (in place) and return them."""
        columns = self.classify_columns([r["quote_text"] for r in rows], [r["cue"] for r in rows],
                                        [r["context"] for r in rows], [r["pattern"] for r in rows],
                                        [r.get("speaker_country") for r in rows],
                                        [speaker_group(r["article_id"], r["speaker_id"]) for r in rows])
        for i, row in enumerate(rows):
            for key, values in columns.items():
                row[key] = values[i]
            row.pop("speaker_country", None)  # a model input, no column of the quotes table
        return rows

    def analyse(self, article_id: str, text: str, published_at=None) -> list[dict]:
        """Everything for one article: the function ``evaluate`` scores."""
        return self.classify(extracted_rows(article_id, text, self.registry, published_at))
