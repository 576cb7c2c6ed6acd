"""Lake contract: Hive partitions readable by DuckDB and pyarrow, footers, analyst queries, backfill, report."""
from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEED_DATE, SEED_FILE
from pipeline.backfill import backfill, completed_days, date_range
from pipeline.config import load_settings
from pipeline.schemas import TABLES
from pipeline.stages import run_day
from pipeline.storage import Lake

DAYS = ["2024-11-18", "2024-11-19", "2024-11-20"]


def _variant(seed: dict, day: str, i: int) -> dict:
    # Distinct URL and text per day, so cross-day dedupe keeps them all.
    return {**seed, "url": f"{seed['url']}?d={day}&i={i}", "published_at": f"{day}T0{i}:00:00Z",
            "source": ["Meridian Wire", "The Northern Ledger"][i % 2],
            "text": seed["text"] + f"\n\nOn {day}, officials said briefing number {i} would follow."}


@pytest.fixture(scope="module")
def multi_day_landing(tmp_path_factory) -> Path:
    landing = tmp_path_factory.mktemp("landing")
    seed = json.loads(SEED_FILE.read_text())
    for day in DAYS:
        folder = landing / f"dt={day}"
        folder.mkdir()
        (folder / "articles.jsonl").write_text("\n".join(json.dumps(_variant(seed, day, i)) for i in range(2)) + "\n")
    return landing


@pytest.fixture(scope="module")
def multi_day_lake(multi_day_landing, tmp_path_factory) -> Path:
    lake = tmp_path_factory.mktemp("lake")
    backfill(load_settings(lake=str(lake)), str(multi_day_landing), DAYS[0], DAYS[-1], progress=False)
    return lake


def test_every_table_reads_with_hive_partitioning_in_duckdb_and_pyarrow(multi_day_lake):
    con = duckdb.connect()
    for table, schema in TABLES.items():
        # Every day has a file for every table, also when it holds no rows (quarantine here).
        assert sorted(p.name for p in (multi_day_lake / table).iterdir()) == [f"dt={d}" for d in DAYS]
        if table == "quarantine":
            continue
        dts = con.execute(f"SELECT DISTINCT dt FROM read_parquet('{multi_day_lake}/{table}/*/*.parquet', "
                          "hive_partitioning=true) ORDER BY dt").fetchall()
        assert [str(d[0]) for d in dts] == DAYS, table
        dataset = Lake(str(multi_day_lake)).dataset(table)
        assert set(dataset.to_table(columns=["dt"])["dt"].to_pylist()) == set(DAYS)
        arrow = ds.dataset(multi_day_lake / table, format="parquet", partitioning="hive")
        assert set(schema.names) <= set(arrow.schema.names)


def test_footer_has_microsecond_utc_timestamps_and_zstd(multi_day_lake):
    meta = pq.ParquetFile(multi_day_lake / "quotes" / f"dt={DAYS[0]}" / "part-0.parquet")
    assert meta.schema_arrow.field("published_at").type == pa.timestamp("us", tz="UTC")
    column = meta.metadata.row_group(0).column(meta.schema_arrow.get_field_index("published_at"))
    assert column.compression == "ZSTD"
    assert "INT96" not in str(meta.schema)
    assert meta.schema_arrow.metadata[b"schema_version"] == b"1"


def test_trends_never_double_count(multi_day_lake):
    con = duckdb.connect()
    per_quote = con.execute(f"""SELECT count(*), count(DISTINCT quote_id), count(DISTINCT article_id)
        FROM read_parquet('{multi_day_lake}/quotes/*/*.parquet') WHERE speaker_id IS NOT NULL""").fetchone()
    daily = con.execute(f"SELECT sum(n_quotes) FROM read_parquet('{multi_day_lake}/speaker_stance_daily/*/*.parquet')").fetchone()
    assert per_quote[0] == per_quote[1] == daily[0]
    articles = con.execute(f"SELECT count(*), count(DISTINCT article_id) FROM read_parquet('{multi_day_lake}/articles/*/*.parquet')").fetchone()
    outlets = con.execute(f"SELECT sum(n_articles) FROM read_parquet('{multi_day_lake}/source_stance_daily/*/*.parquet')").fetchone()
    assert articles[0] == articles[1] == outlets[0] == 2 * len(DAYS)


def _queries() -> tuple[str, dict[str, str]]:
    text = (ROOT / "docs" / "queries.sql").read_text()
    parts = re.split(r"^-- name: (\w+)\s*$", text, flags=re.M)
    return parts[0], {name: sql for name, sql in zip(parts[1::2], parts[2::2])}


def test_analyst_queries_run_on_the_lake(multi_day_lake):
    setup, queries = _queries()
    assert {"rolling_stance", "stance_changes", "stance_by_country"} <= set(queries)
    con = duckdb.connect()
    con.execute(f"SET VARIABLE lake = '{multi_day_lake}'")
    con.execute(setup)
    results = {name: con.execute(sql).fetchall() for name, sql in queries.items()}
    rolling = [r for r in results["rolling_stance"] if r[2] == "Volodymyr Zelensky"]
    assert [str(r[0]) for r in rolling] == DAYS
    assert all(-1 <= r[5] <= 1 and -1 <= r[6] <= 1 for r in rolling)
    assert all(r[-2] for r in results["pipeline_health"]), "landed = processed + quarantined + duplicates"
    assert results["quote_in_context"] and all(r[-1] for r in results["quote_in_context"])


def test_backfill_skips_completed_days_and_resumes_after_an_interruption(multi_day_landing, tmp_path):
    settings = load_settings(lake=str(tmp_path / "lake"))
    calls = []

    def flaky_run_day(*args, **kwargs):
        calls.append(args[2])
        if args[2] == DAYS[1] and calls.count(DAYS[1]) == 1:
            raise KeyboardInterrupt("killed mid-backfill")
        return run_day(*args, **kwargs)

    with pytest.raises(KeyboardInterrupt):
        backfill(settings, str(multi_day_landing), DAYS[0], DAYS[-1], progress=False, run_day=flaky_run_day)
    assert completed_days(Lake(settings.lake)) == {DAYS[0]}
    summary = backfill(settings, str(multi_day_landing), DAYS[0], DAYS[-1], progress=False, run_day=flaky_run_day)
    assert summary == {"processed": DAYS[1:], "skipped": [DAYS[0]]}
    assert completed_days(Lake(settings.lake)) == set(DAYS)
    again = backfill(settings, str(multi_day_landing), DAYS[0], DAYS[-1], reprocess=True, progress=False)
    assert again["processed"] == DAYS


def test_date_range_is_inclusive_and_ordered():
    assert date_range("2024-02-28", "2024-03-01") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    with pytest.raises(ValueError):
        date_range("2024-03-02", "2024-03-01")


@pytest.mark.parametrize("which", ["seed", "multi_day"])
def test_report_renders(which, multi_day_lake, tmp_path):
    from pipeline.report import write_report

    if which == "seed":
        lake = tmp_path / "seed-lake"
        run_day(load_settings(lake=str(lake)), str(SEED_FILE), SEED_DATE, "report-seed")
    else:
        lake = multi_day_lake
    page = write_report(str(lake), tmp_path / "report")
    html = page.read_text()
    assert "Volodymyr Zelensky" in html
    for png in ("stance_over_time.png", "speaker_week_heatmap.png", "stance_by_country_outlet.png"):
        data = (tmp_path / "report" / png).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
        assert png in html


def test_report_on_an_empty_lake_is_a_clear_error(tmp_path):
    from pipeline.report import write_report

    with pytest.raises(FileNotFoundError, match="run the pipeline first"):
        write_report(str(tmp_path), tmp_path / "out")
