-- Analyst queries over the lake, for DuckDB. Run from the repository root:
--   duckdb -c "SET VARIABLE lake = 'lake'" -c ".read docs/queries.sql"
-- or in Python: con.execute("SET VARIABLE lake = 'lake'"); then each statement below.
-- `lake_table(name)` reads one table with its Hive partition column `dt` (a DATE).
-- Each query below is separated by a line starting with "-- name:"; tests run every one on the seed lake.

CREATE OR REPLACE MACRO lake_table(name) AS TABLE
    SELECT * FROM read_parquet(getvariable('lake') || '/' || name || '/*/*.parquet', hive_partitioning = true);

-- name: quotes_by_speaker
-- Who said what on a day, most quoted first.
SELECT dt, speaker, speaker_type, count(*) AS quotes,
       count(*) FILTER (WHERE stance = 'support') AS support,
       count(*) FILTER (WHERE stance = 'oppose') AS oppose,
       round(avg(stance_score), 3) AS mean_stance_score
FROM lake_table('quotes')
WHERE speaker IS NOT NULL
GROUP BY ALL
ORDER BY dt, quotes DESC, speaker;

-- name: rolling_stance
-- A speaker's 7- and 30-day rolling stance (quote-weighted), from the daily trend table.
SELECT dt, speaker_id, speaker, n_quotes, mean_stance_score,
       sum(mean_stance_score * n_quotes) OVER w7 / sum(n_quotes) OVER w7 AS stance_7d,
       sum(mean_stance_score * n_quotes) OVER w30 / sum(n_quotes) OVER w30 AS stance_30d
FROM lake_table('speaker_stance_daily')
WINDOW w7 AS (PARTITION BY speaker_id ORDER BY dt RANGE BETWEEN INTERVAL 6 DAYS PRECEDING AND CURRENT ROW),
       w30 AS (PARTITION BY speaker_id ORDER BY dt RANGE BETWEEN INTERVAL 29 DAYS PRECEDING AND CURRENT ROW)
ORDER BY speaker_id, dt;

-- name: stance_changes
-- Who changed stance: the speaker's majority label on a day differs from their previous day with quotes.
WITH daily AS (
    SELECT dt, speaker_id, speaker, stance, mean_stance_score,
           lag(stance) OVER (PARTITION BY speaker_id ORDER BY dt) AS previous_stance,
           lag(dt) OVER (PARTITION BY speaker_id ORDER BY dt) AS previous_dt,
           lag(mean_stance_score) OVER (PARTITION BY speaker_id ORDER BY dt) AS previous_score
    FROM lake_table('speaker_stance_daily')
)
SELECT speaker, previous_dt, previous_stance, dt, stance,
       round(mean_stance_score - previous_score, 3) AS score_change
FROM daily
WHERE previous_stance IS NOT NULL AND stance <> previous_stance
ORDER BY abs(mean_stance_score - previous_score) DESC, speaker;

-- name: stance_by_country
-- Stance by speaker country (registry country; unknown speakers grouped as 'unknown').
SELECT coalesce(country, 'unknown') AS country, sum(n_quotes) AS quotes, count(DISTINCT speaker_id) AS speakers,
       round(sum(mean_stance_score * n_quotes) / sum(n_quotes), 3) AS mean_stance_score,
       sum(n_support) AS support, sum(n_oppose) AS oppose, sum(n_neutral) AS neutral
FROM lake_table('speaker_stance_daily')
GROUP BY ALL
ORDER BY quotes DESC, country;

-- name: stance_by_outlet
-- Stance of the quotes each outlet carried.
SELECT source, sum(n_articles) AS articles, sum(n_quotes) AS quotes,
       round(sum(mean_stance_score * n_quotes) / nullif(sum(n_quotes), 0), 3) AS mean_stance_score
FROM lake_table('source_stance_daily')
GROUP BY ALL
ORDER BY quotes DESC, source;

-- name: quote_in_context
-- Each quote with the sentence it came from, cut out of the article text by its offsets (1-based substr).
SELECT q.dt, q.speaker, q.stance, q.quote_type, q.cue,
       substr(a.text, q.start + 1, q."end" - q.start) AS span_text
FROM lake_table('quotes') q JOIN lake_table('articles') a USING (dt, article_id)
ORDER BY q.dt, q.article_id, q.quote_index;

-- name: pipeline_health
-- Runs per day with the landed-lines invariant (landed = processed + quarantined + duplicates).
SELECT dt, run_id, status, lines_landed, articles_processed, quarantined, duplicates,
       lines_landed = articles_processed + quarantined + duplicates AS invariant_holds, duration_s
FROM lake_table('runs')
ORDER BY dt, finished_at;
