"""The Parquet lake: one file per table partition, replaced whole and atomically.

Layout: ``<lake>/<table>/dt=YYYY-MM-DD/part-0.parquet`` (the ``runs`` table is an append-only log with
one ``run-<id>.parquet`` per run). A write stages the file under ``<lake>/_staging/`` (outside every
table folder, so table globs never see it), validates it by reading its footer back, then moves it onto
the final name. A move of one file is atomic on POSIX and a single-object PUT is atomic on object
stores, so readers see the old partition or the new one, never a mix. Addressed by URI through
pyarrow filesystems: local paths, ``file://``, ``s3://``, ``gs://`` share this code.
"""
from __future__ import annotations

import hashlib
import posixpath
import uuid
from dataclasses import dataclass
from typing import Iterable

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipeline.schemas import TABLES, conform

PART_NAME = "part-0.parquet"
STAGING = "_staging"
WRITE_OPTIONS = dict(compression="zstd", use_dictionary=True, coerce_timestamps="us",
                     allow_truncated_timestamps=False, write_statistics=True)


class LakeValidationError(RuntimeError):
    """A staged partition failed validation; the published partition was left untouched."""


def _split_uri(uri: str) -> tuple[pafs.FileSystem, str]:
    if "://" not in uri:
        return pafs.LocalFileSystem(), uri.rstrip("/") or "/"
    fs, path = pafs.FileSystem.from_uri(uri)
    return fs, path.rstrip("/")


def safe_token(value: str) -> str:
    """A filename-safe token for a run id (Airflow run ids contain ':' and '+')."""
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]
    readable = "".join(c if c.isalnum() or c in "-_." else "_" for c in value)[:60].strip("._") or "run"
    return f"{readable}-{digest}"


@dataclass
class Lake:
    """A lake root on some filesystem. ``filesystem`` overrides URI resolution (tests, custom stores)."""

    uri: str
    filesystem: pafs.FileSystem | None = None

    def __post_init__(self) -> None:
        if self.filesystem is None:
            self.fs, self.root = _split_uri(self.uri)
        else:
            self.fs, self.root = self.filesystem, self.uri.rstrip("/")

    # -- paths ---------------------------------------------------------------------------------
    def table_dir(self, table: str) -> str:
        if table not in TABLES:
            raise KeyError(f"unknown table {table!r}; known: {sorted(TABLES)}")
        return posixpath.join(self.root, table)

    def partition_dir(self, table: str, dt: str) -> str:
        return posixpath.join(self.table_dir(table), f"dt={dt}")

    def partition_file(self, table: str, dt: str) -> str:
        return posixpath.join(self.partition_dir(table, dt), PART_NAME)

    def staging_dir(self) -> str:
        return posixpath.join(self.root, STAGING)

    # -- writing -------------------------------------------------------------------------------
    def _stage(self, batches: Iterable[pa.Table], schema: pa.Schema, name: str) -> tuple[str, int]:
        """Stream ``batches`` (each cast to ``schema``) into one staged file; returns (path, rows)."""
        staged = posixpath.join(self.staging_dir(), f"{uuid.uuid4().hex}-{name}")
        self.fs.create_dir(posixpath.dirname(staged), recursive=True)
        rows = 0
        try:
            with pq.ParquetWriter(staged, schema, filesystem=self.fs, **WRITE_OPTIONS) as writer:
                for batch in batches:
                    writer.write_table(conform(batch, schema))
                    rows += batch.num_rows
        except BaseException:
            self._delete_quietly(staged)
            raise
        return staged, rows

    def _validate(self, staged: str, schema: pa.Schema, expected_rows: int) -> None:
        with self.fs.open_input_file(staged) as fh:
            parquet = pq.ParquetFile(fh)
            meta, written_schema = parquet.metadata, parquet.schema_arrow
        if meta.num_rows != expected_rows:
            raise LakeValidationError(f"staged file has {meta.num_rows} rows, expected {expected_rows}")
        if not written_schema.equals(schema, check_metadata=False):
            raise LakeValidationError(f"staged file schema differs from the contract:\n{written_schema}")

    def replace_partition(self, table_name: str, dt: str, table: pa.Table | Iterable[pa.Table]) -> int:
        """Replace ``<table>/dt=<dt>`` atomically with ``table`` or a stream of tables (possibly empty).

        Returns the rows written. A stream that raises refuses the swap and leaves the old partition
        (``write_tables`` checks quote offsets inside its stream that way).
        """
        batches = [table] if isinstance(table, pa.Table) else table
        return self._publish(table_name, dt, batches, self.partition_file(table_name, dt))

    def _publish(self, table_name: str, dt: str, batches: Iterable[pa.Table], final: str) -> int:
        """Stage ``batches``, validate the staged file, then move it onto ``final`` in one step."""
        schema = TABLES[table_name]
        staged, rows = self._stage(batches, schema, f"{table_name}-{dt}.parquet")
        try:
            self._validate(staged, schema, rows)
            self.fs.create_dir(self.partition_dir(table_name, dt), recursive=True)
            self._swap(staged, final)
        except BaseException:
            self._delete_quietly(staged)
            raise
        return rows

    def _swap(self, staged: str, final: str) -> None:
        # A single rename/PUT: the fault-injection tests patch this method.
        self.fs.move(staged, final)

    def append_run(self, dt: str, run_id: str, table: pa.Table) -> str:
        """Write one ``runs`` log file for this run (reruns add files; history is kept)."""
        final = posixpath.join(self.partition_dir("runs", dt), f"run-{safe_token(run_id)}.parquet")
        self._publish("runs", dt, [table], final)
        return final

    def _delete_quietly(self, path: str) -> None:
        try:
            self.fs.delete_file(path)
        except (FileNotFoundError, OSError):
            pass

    # -- reading -------------------------------------------------------------------------------
    def has_partition(self, table: str, dt: str) -> bool:
        info = self.fs.get_file_info(self.partition_file(table, dt))
        return info.type == pafs.FileType.File

    def read_partition(self, table: str, dt: str, columns: list[str] | None = None) -> pa.Table:
        """The partition's rows, or an empty table with the contract schema when it does not exist."""
        schema = TABLES[table]
        if not self.has_partition(table, dt):
            return schema.empty_table() if columns is None else schema.empty_table().select(columns)
        with self.fs.open_input_file(self.partition_file(table, dt)) as fh:
            return pq.read_table(fh, columns=columns)

    def partition_dataset(self, table: str, dt: str) -> ds.Dataset:
        """One partition as a dataset (streamable, column-projectable); empty when it does not exist."""
        if not self.has_partition(table, dt):
            return ds.dataset(TABLES[table].empty_table())
        return ds.dataset(self.partition_file(table, dt), filesystem=self.fs, format="parquet")

    def partitions(self, table: str) -> list[str]:
        """The ``dt`` values present for a table, sorted."""
        selector = pafs.FileSelector(self.table_dir(table), allow_not_found=True)
        dts = [info.base_name[3:] for info in self.fs.get_file_info(selector)
               if info.type == pafs.FileType.Directory and info.base_name.startswith("dt=")]
        return sorted(dts)

    def dataset(self, table: str) -> ds.Dataset:
        """The whole table as a Hive-partitioned dataset (``dt`` from the folder names)."""
        return ds.dataset(self.table_dir(table), filesystem=self.fs, format="parquet",
                          partitioning=ds.partitioning(pa.schema([("dt", pa.string())]), flavor="hive"),
                          schema=TABLES[table].append(pa.field("dt", pa.string())),
                          exclude_invalid_files=False)

    def cleanup_staging(self, prefix: str = "") -> None:
        selector = pafs.FileSelector(self.staging_dir(), allow_not_found=True)
        for info in self.fs.get_file_info(selector):
            if info.base_name.startswith(prefix) and info.type == pafs.FileType.File:
                self._delete_quietly(info.path)
