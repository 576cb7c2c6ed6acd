from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from pipeline.schemas import QUARANTINE, RUNS, TABLES, conform
from pipeline.storage import Lake, LakeValidationError


def quarantine_rows(n: int, run_id: str = "r1") -> pa.Table:
    return pa.Table.from_pylist([{"landing_file": "f.jsonl", "line_no": i, "reason": "malformed_json",
                                  "message": "bad", "article_id": None, "raw_excerpt": "{", "run_id": run_id}
                                 for i in range(n)], schema=QUARANTINE)


def test_replace_partition_roundtrip_and_footer(tmp_path):
    lake = Lake(str(tmp_path))
    assert lake.replace_partition("quarantine", "2024-11-18", quarantine_rows(3)) == 3
    path = tmp_path / "quarantine" / "dt=2024-11-18" / "part-0.parquet"
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 3
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert lake.read_partition("quarantine", "2024-11-18").num_rows == 3
    assert lake.partitions("quarantine") == ["2024-11-18"]
    assert not list((tmp_path / "_staging").iterdir())


def test_timestamps_are_microsecond_utc_in_the_file(tmp_path):
    lake = Lake(str(tmp_path))
    now = datetime(2024, 11, 18, 9, 30, 1, 123456, tzinfo=timezone.utc)
    run = pa.Table.from_pylist([{
        "run_id": "r1", "logical_date": None, "trigger": "cli", "started_at": now, "finished_at": now,
        "duration_s": 0.5, "input_files": ["a"], "lines_landed": 1, "articles_processed": 1, "quarantined": 0,
        "duplicates": 0, "rows_written": [("quotes", 3)], "model_version": "m/1", "code_version": "c",
        "schema_version": 1, "status": "success"}], schema=RUNS)
    written = lake.append_run("2024-11-18", "r1", run)
    field = pq.read_schema(written).field("started_at")
    assert field.type == pa.timestamp("us", tz="UTC")
    assert pq.read_table(written)["started_at"][0].as_py() == now


def test_empty_result_replaces_the_old_partition(tmp_path):
    lake = Lake(str(tmp_path))
    lake.replace_partition("quarantine", "2024-11-18", quarantine_rows(5))
    assert lake.replace_partition("quarantine", "2024-11-18", QUARANTINE.empty_table()) == 0
    assert lake.read_partition("quarantine", "2024-11-18").num_rows == 0


def test_fault_between_staging_and_swap_leaves_old_partition_intact(tmp_path, monkeypatch):
    lake = Lake(str(tmp_path))
    lake.replace_partition("quarantine", "2024-11-18", quarantine_rows(2, "old"))

    def crash(*args):
        raise KeyboardInterrupt("killed before swap")

    monkeypatch.setattr(lake, "_swap", crash)
    with pytest.raises(KeyboardInterrupt):
        lake.replace_partition("quarantine", "2024-11-18", quarantine_rows(7, "new"))
    kept = lake.read_partition("quarantine", "2024-11-18")
    assert kept.num_rows == 2 and set(kept["run_id"].to_pylist()) == {"old"}
    assert not list((tmp_path / "_staging").iterdir())


def test_failed_validation_refuses_the_swap(tmp_path):
    lake = Lake(str(tmp_path))
    lake.replace_partition("quarantine", "2024-11-18", quarantine_rows(2))

    def refused_stream():  # a check inside the batch stream fails after the first batch was staged
        yield quarantine_rows(4)
        raise LakeValidationError("offsets outside text")

    with pytest.raises(LakeValidationError):
        lake.replace_partition("quarantine", "2024-11-18", refused_stream())
    assert lake.read_partition("quarantine", "2024-11-18").num_rows == 2


def test_not_null_columns_are_enforced(tmp_path):
    bad = quarantine_rows(1).set_column(2, "reason", pa.array([None], pa.string()))
    with pytest.raises(ValueError, match="quarantine.reason has 1 nulls"):
        Lake(str(tmp_path)).replace_partition("quarantine", "2024-11-18", bad)


def test_conform_rejects_missing_and_unexpected_columns():
    with pytest.raises(ValueError, match="missing"):
        conform(quarantine_rows(1).drop_columns(["message"]), QUARANTINE)
    with pytest.raises(ValueError, match="unexpected"):
        conform(quarantine_rows(1).append_column("x", pa.array([1])), QUARANTINE)


def test_lake_works_on_a_non_local_filesystem():
    """The same code on an in-process filesystem (what s3:// and gs:// go through)."""
    fs = pafs._MockFileSystem()
    lake = Lake("lake", filesystem=fs)
    lake.replace_partition("quarantine", "2024-11-19", quarantine_rows(3))
    assert lake.partitions("quarantine") == ["2024-11-19"]
    assert lake.read_partition("quarantine", "2024-11-19").num_rows == 3


def test_every_table_has_a_versioned_schema():
    for name, schema in TABLES.items():
        assert schema.metadata[b"table"].decode() == name
        assert int(schema.metadata[b"schema_version"]) >= 1
        for field in schema:
            if pa.types.is_timestamp(field.type):
                assert field.type == pa.timestamp("us", tz="UTC")
