"""The seed article end to end: through Airflow (dag.test), through the CLI, read back with DuckDB."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEED_DATE, SEED_FILE
from pipeline.schemas import TABLES

EXPECTED_SPEAKERS = {"Volodymyr Zelensky", "Mariia Ionova", "Keir Starmer", "Dmitry Peskov"}


def _dag(dag_id: str):
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(ROOT / "dags"))
    assert bag.import_errors == {}
    return bag.get_dag(dag_id)


def read(lake: Path, table: str, where: str = "") -> list[tuple]:
    con = duckdb.connect()
    return con.execute(f"SELECT * FROM read_parquet('{lake}/{table}/*/*.parquet', hive_partitioning=true) {where}").fetchall()


def speakers_in(lake: Path, dt: str) -> set[str]:
    con = duckdb.connect()
    rows = con.execute(f"SELECT DISTINCT speaker FROM read_parquet('{lake}/quotes/*/*.parquet', hive_partitioning=true) "
                       "WHERE dt = ?::DATE AND speaker IS NOT NULL", [dt]).fetchall()
    return {r[0] for r in rows}


def assert_seed_lake(lake: Path, dt: str = SEED_DATE) -> None:
    con = duckdb.connect()
    for table in TABLES:
        assert [p.name for p in (lake / table).iterdir()] == [f"dt={dt}"], table
        glob = f"{lake}/{table}/*/*.parquet"
        n, dts = con.execute(f"SELECT count(*), list(DISTINCT dt) FROM read_parquet('{glob}', hive_partitioning=true)").fetchone()
        if table == "quarantine":
            assert n == 0, "the seed line is valid"
            continue
        assert n >= 1, f"{table} is empty"
        assert [str(d) for d in dts] == [dt], f"{table} partitions {dts}"
    assert con.execute(f"SELECT count(*) FROM read_parquet('{lake}/articles/*/*.parquet')").fetchone()[0] == 1
    quotes = con.execute(f"""
        SELECT q.quote_text, q.start, q."end", a.text, q.p_support + q.p_oppose + q.p_neutral, q.stance_score,
               q.p_support - q.p_oppose, q.model_version, q.quote_id
        FROM read_parquet('{lake}/quotes/*/*.parquet', hive_partitioning=true) q
        JOIN read_parquet('{lake}/articles/*/*.parquet', hive_partitioning=true) a USING (article_id)""").fetchall()
    assert len(quotes) >= 8
    for quote_text, start, end, text, total, score, diff, model_version, quote_id in quotes:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() in quote_text
        assert total == pytest.approx(1.0, abs=1e-4)
        assert score == pytest.approx(diff, abs=1e-5)
        assert model_version.startswith("stance/")
    assert len({q[-1] for q in quotes}) == len(quotes), "quote ids must be unique"
    assert EXPECTED_SPEAKERS <= speakers_in(lake, dt)
    runs = con.execute(f"SELECT lines_landed, articles_processed, quarantined, duplicates, status "
                       f"FROM read_parquet('{lake}/runs/*/*.parquet')").fetchall()
    assert runs[-1] == (1, 1, 0, 0, "success")


def test_daily_dag_end_to_end_on_the_seed(lake_env):
    dag = _dag("stance_daily")
    run = dag.test(logical_date=datetime(2024, 11, 18, 3, tzinfo=timezone.utc))
    assert str(run.state).endswith("success")
    assert_seed_lake(lake_env["lake"])


def test_manual_run_without_logical_date_uses_run_after(lake_env):
    today = datetime.now(timezone.utc).date().isoformat()
    shutil.copytree(lake_env["landing"] / f"dt={SEED_DATE}", lake_env["landing"] / f"dt={today}")
    run = _dag("stance_daily").test(logical_date=None)
    assert str(run.state).endswith("success")
    assert speakers_in(lake_env["lake"], today) >= EXPECTED_SPEAKERS


def test_date_param_overrides_the_logical_date(lake_env):
    run = _dag("stance_daily").test(logical_date=datetime(2025, 1, 1, 3, tzinfo=timezone.utc),
                                    run_conf={"date": SEED_DATE})
    assert str(run.state).endswith("success")
    assert speakers_in(lake_env["lake"], SEED_DATE) >= EXPECTED_SPEAKERS
    assert not (lake_env["lake"] / "quotes" / "dt=2025-01-01").exists()


def test_cli_run_from_another_directory(tmp_path):
    lake = tmp_path / "lake"
    out = subprocess.run([sys.executable, "-m", "pipeline", "run", "--input", str(SEED_FILE), "--lake", str(lake)],
                         cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout[: out.stdout.index("\n}") + 2])
    assert result["dt"] == SEED_DATE
    assert "Volodymyr Zelensky" in out.stdout
    assert_seed_lake(lake)


def test_rerun_is_identical_and_shard_count_does_not_matter(tmp_path):
    from pipeline.config import load_settings
    from pipeline.stages import run_day

    landing = tmp_path / "landing" / f"dt={SEED_DATE}"
    landing.mkdir(parents=True)
    seed = json.loads(SEED_FILE.read_text())
    lines = [json.dumps({**seed, "url": f"{seed['url']}?v={i}", "text": seed["text"] + f"\n\nUpdate {i}: "
                         f"officials said talks would resume on day {i}."}) for i in range(5)]
    (landing / "a.jsonl").write_text("\n".join(lines) + "\n")

    def tables(lake: Path, shard_size: int, run_id: str, workers: int = 1) -> dict:
        settings = load_settings(lake=str(lake)).with_overrides(shard_size=shard_size)
        run_day(settings, str(landing), SEED_DATE, run_id, workers=workers)
        return {t: pq.read_table(lake / t / f"dt={SEED_DATE}" / "part-0.parquet").drop_columns(["run_id"])
                for t in TABLES if t != "runs"}

    one = tables(tmp_path / "a", 1000, "r1")
    again = tables(tmp_path / "a", 1000, "r2")
    sharded = tables(tmp_path / "b", 2, "r3", workers=2)
    for name in one:
        assert one[name].num_rows == again[name].num_rows == sharded[name].num_rows
        assert one[name].equals(again[name]), f"{name} differs on rerun"
        assert one[name].equals(sharded[name]), f"{name} differs with 3 shards"
    assert len(list((tmp_path / "a" / "runs" / f"dt={SEED_DATE}").glob("*.parquet"))) == 2


def test_speaker_country_feeds_the_stance_model_and_stays_out_of_the_quotes_table():
    from pipeline.config import load_settings
    from pipeline.process import Analyzer, extracted_rows
    from pipeline.speakers import SpeakerRegistry
    from pipeline.stance import load_stance_model

    settings = load_settings()
    registry = SpeakerRegistry.load(settings.registry_path)
    text = ("Kremlin spokesman Dmitry Peskov said the West must stop sending weapons to Kyiv. "
            "Olena Koval, a teacher, said the night had been quiet.")
    rows = extracted_rows("a1", text, registry)
    assert [r["speaker_country"] for r in rows] == ["Russia", None]
    analyzer = Analyzer(registry, load_stance_model(settings.models_dir, settings.stance_model), settings.data_dir)
    classified = analyzer.classify([dict(r) for r in rows])
    assert all("speaker_country" not in r for r in classified)
    plain = analyzer.classify([dict(r, speaker_country=None) for r in rows])
    assert classified[0]["p_oppose"] > plain[0]["p_oppose"]  # the Russian official's prior
    assert classified[1]["p_oppose"] == plain[1]["p_oppose"]


def test_one_speakers_quotes_in_an_article_are_pooled_and_other_articles_are_not():
    from pipeline.config import load_settings
    from pipeline.process import Analyzer, extracted_rows
    from pipeline.speakers import SpeakerRegistry
    from pipeline.stance import load_stance_model

    settings = load_settings()
    registry = SpeakerRegistry.load(settings.registry_path)
    model = load_stance_model(settings.models_dir, settings.stance_model)
    assert model.speaker_pooling and model.speaker_pooling["alpha"] > 0
    text = ("Olena Koval, a city councillor, said Europe must send more air defence to Ukraine now. "
            "Koval said the council would meet on Tuesday.")
    rows = extracted_rows("a1", text, registry)
    assert [r["speaker"] for r in rows] == ["Olena Koval", "Olena Koval"]
    analyzer = Analyzer(registry, model, settings.data_dir)
    pooled = analyzer.classify([dict(r) for r in rows])
    # the same two quotes as if from two articles: nothing to pool
    apart = analyzer.classify([dict(rows[0]), dict(rows[1], article_id="a2")])
    assert pooled[1]["p_support"] > apart[1]["p_support"]  # the procedural quote leans to her side
    assert pooled[0]["p_support"] != apart[0]["p_support"]
