"""Speaker- and outlet-level aggregates of the quotes table.

Every aggregate here is computed from one ``quotes`` partition (one landing day). Quotes carry
deterministic ids and an article lands in exactly one partition (cross-day duplicates are rejected at
ingest), so summing daily rows over any date range never counts an article or a quote twice.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.schemas import SOURCE_STANCE_DAILY, SPEAKER_STANCE_DAILY, SPEAKERS
from pipeline.stance import LABELS


def _majority_label(p_support, p_oppose, p_neutral) -> pa.Array:
    """Argmax over the mean probabilities, ties broken in LABELS order."""
    stacked = [p_support.to_pylist(), p_oppose.to_pylist(), p_neutral.to_pylist()]
    labels = []
    for values in zip(*stacked):
        labels.append(LABELS[max(range(len(LABELS)), key=lambda i: (values[i], -i))])
    return pa.array(labels, pa.string())


def _attributed(quotes: pa.Table) -> pa.Table:
    return quotes.filter(pc.is_valid(quotes["speaker_id"]))


# The quote columns the aggregates read (never the text): what update_trends loads for a day.
AGGREGATE_COLUMNS = ["article_id", "quote_id", "speaker_id", "speaker", "speaker_type", "source", "published_at",
                     "stance", "p_support", "p_oppose", "p_neutral", "stance_score", "sentiment_compound",
                     "model_version"]


def speakers_per_article(quotes: pa.Table, registry, run_id: str) -> pa.Table:
    """One row per (article, speaker): the speaker's mean position in that article.

    Exact on any subset of quotes that holds whole articles (a shard), in landing order.
    """
    attributed = _attributed(quotes)
    if attributed.num_rows == 0:
        return SPEAKERS.empty_table()
    grouped = attributed.group_by(["article_id", "speaker_id"], use_threads=False).aggregate([
        ("speaker", "first"), ("speaker_type", "first"), ("source", "first"), ("published_at", "first"),
        ("quote_id", "count"), ("p_support", "mean"), ("p_oppose", "mean"), ("p_neutral", "mean"),
        ("stance_score", "mean"), ("sentiment_compound", "mean"), ("model_version", "first"),
    ])
    # Articles in the order they appear (landing order), so per-shard tables concatenate to the
    # same rows as one table for the whole day.
    position = {a: i for i, a in reversed(list(enumerate(attributed["article_id"].to_pylist())))}
    grouped = grouped.append_column("_pos", pa.array([position[a] for a in grouped["article_id"].to_pylist()],
                                                     pa.int64()))
    grouped = grouped.sort_by([("_pos", "ascending"), ("speaker_id", "ascending")])
    ids = grouped["speaker_id"].to_pylist()
    names = grouped["speaker_first"].to_pylist()
    roles, countries = [], []
    for speaker_id, name in zip(ids, names):
        known = registry.resolve(name) if name else None
        roles.append(known.role if known else None)
        countries.append(known.country if known else None)
    return pa.table({
        "article_id": grouped["article_id"],
        "speaker_id": grouped["speaker_id"],
        "speaker": grouped["speaker_first"],
        "speaker_type": grouped["speaker_type_first"],
        "role": pa.array(roles, pa.string()),
        "country": pa.array(countries, pa.string()),
        "source": grouped["source_first"],
        "published_at": grouped["published_at_first"],
        "n_quotes": grouped["quote_id_count"],
        "stance": _majority_label(grouped["p_support_mean"], grouped["p_oppose_mean"], grouped["p_neutral_mean"]),
        "p_support": grouped["p_support_mean"],
        "p_oppose": grouped["p_oppose_mean"],
        "p_neutral": grouped["p_neutral_mean"],
        "stance_score": grouped["stance_score_mean"],
        "sentiment_compound": grouped["sentiment_compound_mean"],
        "model_version": grouped["model_version_first"],
        "run_id": pa.array([run_id] * grouped.num_rows, pa.string()),
    })


def _label_counts(table: pa.Table) -> pa.Table:
    return table.append_column("is_support", pc.cast(pc.equal(table["stance"], "support"), pa.int32())) \
                .append_column("is_oppose", pc.cast(pc.equal(table["stance"], "oppose"), pa.int32())) \
                .append_column("is_neutral", pc.cast(pc.equal(table["stance"], "neutral"), pa.int32()))


def speaker_stance_daily(quotes: pa.Table, speakers: pa.Table, run_id: str) -> pa.Table:
    """One row per speaker for the day: counts by label, mean stance score and sentiment."""
    attributed = _attributed(quotes)
    if attributed.num_rows == 0:
        return SPEAKER_STANCE_DAILY.empty_table()
    counted = _label_counts(attributed)
    grouped = counted.group_by(["speaker_id"], use_threads=False).aggregate([
        ("speaker", "first"), ("speaker_type", "first"), ("quote_id", "count"),
        ("article_id", "count_distinct"), ("source", "count_distinct"),
        ("is_support", "sum"), ("is_oppose", "sum"), ("is_neutral", "sum"),
        ("stance_score", "mean"), ("sentiment_compound", "mean"),
        ("p_support", "mean"), ("p_oppose", "mean"), ("p_neutral", "mean"), ("model_version", "first"),
    ]).sort_by("speaker_id")
    country_by_id = dict(zip(speakers["speaker_id"].to_pylist(), speakers["country"].to_pylist()))
    return pa.table({
        "speaker_id": grouped["speaker_id"],
        "speaker": grouped["speaker_first"],
        "speaker_type": grouped["speaker_type_first"],
        "country": pa.array([country_by_id.get(s) for s in grouped["speaker_id"].to_pylist()], pa.string()),
        "n_quotes": grouped["quote_id_count"],
        "n_articles": grouped["article_id_count_distinct"],
        "n_sources": grouped["source_count_distinct"],
        "n_support": grouped["is_support_sum"],
        "n_oppose": grouped["is_oppose_sum"],
        "n_neutral": grouped["is_neutral_sum"],
        "mean_stance_score": grouped["stance_score_mean"],
        "mean_sentiment": grouped["sentiment_compound_mean"],
        "stance": _majority_label(grouped["p_support_mean"], grouped["p_oppose_mean"], grouped["p_neutral_mean"]),
        "model_version": grouped["model_version_first"],
        "run_id": pa.array([run_id] * grouped.num_rows, pa.string()),
    })


def source_stance_daily(quotes: pa.Table, articles: pa.Table, run_id: str, model_version: str) -> pa.Table:
    """One row per outlet for the day (articles without a source are grouped under "(unknown)")."""
    if articles.num_rows == 0:
        return SOURCE_STANCE_DAILY.empty_table()
    unknown = "(unknown)"
    article_source = pc.fill_null(articles["source"], unknown)
    per_source_articles = pa.table({"source": article_source, "article_id": articles["article_id"]}) \
        .group_by(["source"], use_threads=False).aggregate([("article_id", "count")])
    counted = _label_counts(quotes.set_column(quotes.schema.get_field_index("source"), "source",
                                              pc.fill_null(quotes["source"], unknown)))
    quote_stats = counted.group_by(["source"], use_threads=False).aggregate([
        ("quote_id", "count"), ("speaker_id", "count_distinct"),
        ("is_support", "sum"), ("is_oppose", "sum"), ("is_neutral", "sum"),
        ("stance_score", "mean"), ("sentiment_compound", "mean"),
    ])
    by_source = {row["source"]: row for row in quote_stats.to_pylist()}
    rows = []
    for row in sorted(per_source_articles.to_pylist(), key=lambda r: r["source"]):
        stats = by_source.get(row["source"], {})
        rows.append({
            "source": row["source"],
            "n_articles": row["article_id_count"],
            "n_quotes": stats.get("quote_id_count", 0),
            "n_speakers": stats.get("speaker_id_count_distinct", 0),
            "n_support": stats.get("is_support_sum", 0),
            "n_oppose": stats.get("is_oppose_sum", 0),
            "n_neutral": stats.get("is_neutral_sum", 0),
            "mean_stance_score": stats.get("stance_score_mean") or 0.0,
            "mean_sentiment": stats.get("sentiment_compound_mean") or 0.0,
            "model_version": model_version,
            "run_id": run_id,
        })
    return pa.Table.from_pylist(rows, schema=SOURCE_STANCE_DAILY)
