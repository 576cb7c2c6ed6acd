"""A short human summary of a lake partition, read back through DuckDB (what ``make run`` prints)."""
from __future__ import annotations

import duckdb


def _glob(lake: str, table: str) -> str:
    return f"{lake.rstrip('/')}/{table}/*/*.parquet"


def lake_summary(lake: str, dt: str) -> str:
    con = duckdb.connect()
    quotes = _glob(lake, "quotes")
    lines = [f"Lake {lake}, dt={dt}"]
    counts = con.execute(
        f"""SELECT (SELECT count(*) FROM read_parquet('{_glob(lake, "articles")}', hive_partitioning=true)
                     WHERE dt = ?::DATE),
                   (SELECT count(*) FROM read_parquet('{quotes}', hive_partitioning=true) WHERE dt = ?::DATE),
                   (SELECT count(*) FROM read_parquet('{_glob(lake, "quarantine")}', hive_partitioning=true)
                     WHERE dt = ?::DATE)""", [dt, dt, dt]).fetchone()
    lines.append(f"articles: {counts[0]}   quotes: {counts[1]}   quarantined/duplicates: {counts[2]}")
    rows = con.execute(
        f"""SELECT coalesce(speaker, '(unattributed)') AS speaker, count(*) AS quotes,
                   count(*) FILTER (WHERE quote_type = 'direct') AS direct,
                   count(*) FILTER (WHERE stance = 'support') AS support,
                   count(*) FILTER (WHERE stance = 'oppose') AS oppose,
                   count(*) FILTER (WHERE stance = 'neutral') AS neutral,
                   round(avg(stance_score), 2) AS stance_score,
                   round(avg(sentiment_compound), 2) AS sentiment
            FROM read_parquet('{quotes}', hive_partitioning=true)
            WHERE dt = ?::DATE GROUP BY 1 ORDER BY quotes DESC, speaker""", [dt]).fetchall()
    header = f"{'speaker':<28} {'quotes':>6} {'direct':>6} {'support':>7} {'oppose':>6} {'neutral':>7} {'stance':>7} {'sentiment':>9}"
    lines += [header, "-" * len(header)]
    for speaker, n, direct, sup, opp, neu, score, sent in rows:
        lines.append(f"{speaker[:28]:<28} {n:>6} {direct:>6} {sup:>7} {opp:>6} {neu:>7} {score:>7.2f} {sent:>9.2f}")
    return "\n".join(lines)
