"""Speaker- and outlet-level aggregates of the quotes table.

Every aggregate here is computed from one ``quotes`` partition (one landing day). Quotes carry
deterministic ids and an article lands in exactly one partition (cross-day duplicates are rejected at
ingest), so summing daily rows over any date range never counts an article or a quote twice.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

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


# The quote columns ``speakers_per_article`` reads (never the text): what write_tables loads per shard.
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


def _duckdb():
    """One thread (sums in a fixed order: reruns are bit-identical) and a memory cap (spills instead)."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.execute("SET memory_limit = '512MB'")
    return con


def _stream(data: ds.Dataset | pa.Table, columns: list[str]):
    """Only ``columns``, batch by batch: DuckDB then holds one small batch, not the arrow scanner's
    read-ahead of whole row groups (measured: 3x less memory on a 300k-quote day)."""
    if isinstance(data, pa.Table):
        return data.select(columns)
    return data.scanner(columns=columns, batch_size=16_384, batch_readahead=1, fragment_readahead=1,
                        use_threads=False).to_reader()


def speaker_stance_daily(quotes: ds.Dataset | pa.Table, speakers: ds.Dataset | pa.Table, run_id: str) -> pa.Table:
    """One row per speaker for the day: counts by label, mean stance score and sentiment.

    ``quotes`` and ``speakers`` are the day's partitions; DuckDB streams them (only the columns used).
    Articles and outlets per speaker come from ``speakers`` (one row per article and speaker), so no
    per-speaker set of article ids is kept while scanning the quotes.
    """
    con = _duckdb()
    con.register("quotes", _stream(quotes, ["speaker_id", "speaker", "speaker_type", "stance", "stance_score",
                                            "sentiment_compound", "p_support", "p_oppose", "p_neutral",
                                            "model_version"]))
    con.register("speakers", _stream(speakers, ["speaker_id", "country", "source"]))
    grouped = con.sql("""
        WITH q AS (
            SELECT speaker_id, first(speaker) AS speaker, first(speaker_type) AS speaker_type,
                   count(*)::INT AS n_quotes,
                   count(*) FILTER (WHERE stance = 'support')::INT AS n_support,
                   count(*) FILTER (WHERE stance = 'oppose')::INT AS n_oppose,
                   count(*) FILTER (WHERE stance = 'neutral')::INT AS n_neutral,
                   avg(stance_score) AS mean_stance_score, avg(sentiment_compound) AS mean_sentiment,
                   avg(p_support) AS p_support, avg(p_oppose) AS p_oppose, avg(p_neutral) AS p_neutral,
                   first(model_version) AS model_version
            FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id),
        s AS (
            SELECT speaker_id, first(country) AS country, count(*)::INT AS n_articles,
                   count(DISTINCT source)::INT AS n_sources
            FROM speakers GROUP BY speaker_id)
        SELECT q.*, s.country, coalesce(s.n_articles, 0)::INT AS n_articles, coalesce(s.n_sources, 0)::INT AS n_sources
        FROM q LEFT JOIN s USING (speaker_id)
        ORDER BY speaker_id""").to_arrow_table()
    if grouped.num_rows == 0:
        return SPEAKER_STANCE_DAILY.empty_table()
    return pa.table({
        **{name: grouped[name] for name in ("speaker_id", "speaker", "speaker_type", "country", "n_quotes",
                                            "n_articles", "n_sources", "n_support", "n_oppose", "n_neutral",
                                            "mean_stance_score", "mean_sentiment")},
        "stance": _majority_label(grouped["p_support"], grouped["p_oppose"], grouped["p_neutral"]),
        "model_version": grouped["model_version"],
        "run_id": pa.array([run_id] * grouped.num_rows, pa.string()),
    })


def source_stance_daily(quotes: ds.Dataset | pa.Table, articles: pa.Table, run_id: str, model_version: str) -> pa.Table:
    """One row per outlet for the day (articles without a source are grouped under "(unknown)")."""
    if articles.num_rows == 0:
        return SOURCE_STANCE_DAILY.empty_table()
    con = _duckdb()
    con.register("quotes", _stream(quotes, ["source", "speaker_id", "stance", "stance_score", "sentiment_compound"]))
    con.register("articles", articles.select(["article_id", "source"]))
    table = con.sql("""
        WITH a AS (SELECT coalesce(source, '(unknown)') AS source, count(*)::INT AS n_articles
                   FROM articles GROUP BY 1),
             q AS (SELECT coalesce(source, '(unknown)') AS source, count(*)::INT AS n_quotes,
                          count(DISTINCT speaker_id)::INT AS n_speakers,
                          count(*) FILTER (WHERE stance = 'support')::INT AS n_support,
                          count(*) FILTER (WHERE stance = 'oppose')::INT AS n_oppose,
                          count(*) FILTER (WHERE stance = 'neutral')::INT AS n_neutral,
                          avg(stance_score) AS mean_stance_score, avg(sentiment_compound) AS mean_sentiment
                   FROM quotes GROUP BY 1)
        SELECT a.source, a.n_articles, coalesce(q.n_quotes, 0) AS n_quotes, coalesce(q.n_speakers, 0) AS n_speakers,
               coalesce(q.n_support, 0) AS n_support, coalesce(q.n_oppose, 0) AS n_oppose,
               coalesce(q.n_neutral, 0) AS n_neutral, coalesce(q.mean_stance_score, 0) AS mean_stance_score,
               coalesce(q.mean_sentiment, 0) AS mean_sentiment
        FROM a LEFT JOIN q USING (source) ORDER BY a.source""").to_arrow_table()
    return table.append_column("model_version", pa.array([model_version] * table.num_rows, pa.string())) \
                .append_column("run_id", pa.array([run_id] * table.num_rows, pa.string()))
