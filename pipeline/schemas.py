"""Explicit pyarrow schemas for every lake table: the public contract with warehouse readers.

Rules (see README "Schema evolution"): timestamps are ``timestamp[us, UTC]`` (Spark rejects the
nanosecond default); every batch is cast to its schema before writing; the only allowed evolution is
adding a nullable column, which bumps ``SCHEMA_VERSION``. ``dt`` is not stored in file bodies: it is the
Hive partition folder ``dt=YYYY-MM-DD`` and readers get it from the path.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

TS = pa.timestamp("us", tz="UTC")
SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])


def _schema(name: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(fields, metadata={"table": name, "schema_version": str(SCHEMA_VERSION)})


ARTICLES = _schema("articles", [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("url", pa.string()),
    pa.field("source", pa.string()),
    pa.field("published_at", TS),
    pa.field("title", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("content_hash", pa.string(), nullable=False),
    pa.field("n_chars", pa.int32(), nullable=False),
    pa.field("n_quotes", pa.int32(), nullable=False),
    pa.field("landing_file", pa.string(), nullable=False),
    pa.field("line_no", pa.int32(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

QUOTES = _schema("quotes", [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("quote_id", pa.string(), nullable=False),
    pa.field("quote_index", pa.int32(), nullable=False),
    pa.field("quote_type", pa.string(), nullable=False),
    pa.field("quote_text", pa.string(), nullable=False),
    pa.field("start", pa.int32(), nullable=False),
    pa.field("end", pa.int32(), nullable=False),
    pa.field("continuations", pa.list_(SPAN), nullable=False),
    pa.field("cue", pa.string()),
    pa.field("pattern", pa.string()),
    pa.field("speaker_as_written", pa.string()),
    pa.field("speaker", pa.string()),
    pa.field("speaker_id", pa.string()),
    pa.field("speaker_type", pa.string()),
    pa.field("attribution_confidence", pa.float32()),
    pa.field("stance", pa.string(), nullable=False),
    pa.field("p_support", pa.float32(), nullable=False),
    pa.field("p_oppose", pa.float32(), nullable=False),
    pa.field("p_neutral", pa.float32(), nullable=False),
    pa.field("stance_score", pa.float32(), nullable=False),
    pa.field("sentiment_compound", pa.float32(), nullable=False),
    pa.field("sentiment_pos", pa.float32(), nullable=False),
    pa.field("sentiment_neg", pa.float32(), nullable=False),
    pa.field("sentiment_neu", pa.float32(), nullable=False),
    pa.field("source", pa.string()),
    pa.field("published_at", TS),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

# One row per (article, speaker): the speaker's position in that article.
SPEAKERS = _schema("speakers", [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("speaker_id", pa.string(), nullable=False),
    pa.field("speaker", pa.string(), nullable=False),
    pa.field("speaker_type", pa.string()),
    pa.field("role", pa.string()),
    pa.field("country", pa.string()),
    pa.field("source", pa.string()),
    pa.field("published_at", TS),
    pa.field("n_quotes", pa.int32(), nullable=False),
    pa.field("stance", pa.string(), nullable=False),
    pa.field("p_support", pa.float32(), nullable=False),
    pa.field("p_oppose", pa.float32(), nullable=False),
    pa.field("p_neutral", pa.float32(), nullable=False),
    pa.field("stance_score", pa.float32(), nullable=False),
    pa.field("sentiment_compound", pa.float32(), nullable=False),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

SPEAKER_STANCE_DAILY = _schema("speaker_stance_daily", [
    pa.field("speaker_id", pa.string(), nullable=False),
    pa.field("speaker", pa.string(), nullable=False),
    pa.field("speaker_type", pa.string()),
    pa.field("country", pa.string()),
    pa.field("n_quotes", pa.int32(), nullable=False),
    pa.field("n_articles", pa.int32(), nullable=False),
    pa.field("n_sources", pa.int32(), nullable=False),
    pa.field("n_support", pa.int32(), nullable=False),
    pa.field("n_oppose", pa.int32(), nullable=False),
    pa.field("n_neutral", pa.int32(), nullable=False),
    pa.field("mean_stance_score", pa.float32(), nullable=False),
    pa.field("mean_sentiment", pa.float32(), nullable=False),
    pa.field("stance", pa.string(), nullable=False),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

SOURCE_STANCE_DAILY = _schema("source_stance_daily", [
    pa.field("source", pa.string(), nullable=False),
    pa.field("n_articles", pa.int32(), nullable=False),
    pa.field("n_quotes", pa.int32(), nullable=False),
    pa.field("n_speakers", pa.int32(), nullable=False),
    pa.field("n_support", pa.int32(), nullable=False),
    pa.field("n_oppose", pa.int32(), nullable=False),
    pa.field("n_neutral", pa.int32(), nullable=False),
    pa.field("mean_stance_score", pa.float32(), nullable=False),
    pa.field("mean_sentiment", pa.float32(), nullable=False),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("run_id", pa.string(), nullable=False),
])

QUARANTINE = _schema("quarantine", [
    pa.field("landing_file", pa.string(), nullable=False),
    pa.field("line_no", pa.int32(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("message", pa.string(), nullable=False),
    pa.field("article_id", pa.string()),
    pa.field("raw_excerpt", pa.string()),
    pa.field("run_id", pa.string(), nullable=False),
])

RUNS = _schema("runs", [
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("logical_date", pa.string()),
    pa.field("trigger", pa.string(), nullable=False),
    pa.field("started_at", TS, nullable=False),
    pa.field("finished_at", TS, nullable=False),
    pa.field("duration_s", pa.float64(), nullable=False),
    pa.field("input_files", pa.list_(pa.string()), nullable=False),
    pa.field("lines_landed", pa.int64(), nullable=False),
    pa.field("articles_processed", pa.int64(), nullable=False),
    pa.field("quarantined", pa.int64(), nullable=False),
    pa.field("duplicates", pa.int64(), nullable=False),
    pa.field("rows_written", pa.map_(pa.string(), pa.int64()), nullable=False),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("code_version", pa.string(), nullable=False),
    pa.field("schema_version", pa.int32(), nullable=False),
    pa.field("status", pa.string(), nullable=False),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "quotes": QUOTES,
    "speakers": SPEAKERS,
    "speaker_stance_daily": SPEAKER_STANCE_DAILY,
    "source_stance_daily": SOURCE_STANCE_DAILY,
    "quarantine": QUARANTINE,
    "runs": RUNS,
}


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast ``table`` to ``schema`` exactly (column order, types, metadata); fail on missing or extra
    columns and on nulls in not-null columns."""
    missing = [name for name in schema.names if name not in table.column_names]
    if missing:
        raise ValueError(f"{schema.metadata[b'table'].decode()}: missing columns {missing}")
    extra = [name for name in table.column_names if name not in schema.names]
    if extra:
        raise ValueError(f"{schema.metadata[b'table'].decode()}: unexpected columns {extra}")
    for field in schema:
        if not field.nullable and table.column(field.name).null_count:
            raise ValueError(f"{schema.metadata[b'table'].decode()}.{field.name} has "
                             f"{table.column(field.name).null_count} nulls but is declared not null")
    return table.select(schema.names).cast(schema)


# -- internal stage files (not lake tables: they live under the work folder and are deleted) -------
_CLASSIFIED_FIELDS = {"stance", "p_support", "p_oppose", "p_neutral", "stance_score", "sentiment_compound",
                      "sentiment_pos", "sentiment_neg", "sentiment_neu", "model_version"}
STAGED_ARTICLES = pa.schema([f for f in ARTICLES if f.name != "n_quotes"], metadata={"table": "staged_articles"})
# (``context`` and ``speaker_country`` are inputs of the stance model, dropped once it has run)
EXTRACTED_QUOTES = pa.schema([f for f in QUOTES if f.name not in _CLASSIFIED_FIELDS]
                             + [pa.field("context", pa.string(), nullable=False),
                                pa.field("speaker_country", pa.string(), nullable=True)],
                             metadata={"table": "extracted_quotes"})
