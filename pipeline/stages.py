"""The pipeline's stages as plain functions: the DAG tasks and the CLI call exactly these.

Stages exchange file paths (never data): ingest writes article shards under a per-run work folder,
extract and classify each turn one shard file into another, ``write_tables`` swaps the day's
partitions into the lake, ``update_trends`` derives the daily aggregates and records the run.
"""
from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import schemas
from pipeline.config import PROJECT_ROOT
from pipeline.ingest import Article, IngestStats, Rejected, SeenKeys, landing_files, read_articles
from pipeline.storage import Lake, LakeValidationError, safe_token

RUN_FILE = "run.json"
STATS_FILE = "ingest_stats.json"
WRITTEN_FILE = "written.json"
REJECTED_FILE = "rejected.parquet"


class TooManyBadRecords(RuntimeError):
    """More landed lines were quarantined than ``max_bad_fraction`` allows."""


def run_dir_for(work: str, dt: str, run_id: str) -> Path:
    return Path(work) / f"dt={dt}" / safe_token(run_id)


def code_version() -> str:
    """The git commit of the code, or the package version outside a checkout."""
    from pipeline import __version__

    try:
        sha = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--short=12", "HEAD"],
                             capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"{__version__}+{sha}" if sha else __version__


# -- ingest -------------------------------------------------------------------------------------
def _articles_table(articles: list[Article], run_id: str) -> pa.Table:
    return pa.Table.from_pylist([{
        "article_id": a.article_id, "url": a.url, "source": a.source, "published_at": a.published_at,
        "title": a.title, "text": a.text, "content_hash": a.content_hash, "n_chars": len(a.text),
        "landing_file": a.landing_file, "line_no": a.line_no, "run_id": run_id,
    } for a in articles], schema=schemas.STAGED_ARTICLES)


def _rejected_table(rejected: list[Rejected], run_id: str) -> pa.Table:
    return pa.Table.from_pylist([{
        "landing_file": r.landing_file, "line_no": r.line_no, "reason": r.reason, "message": r.message,
        "article_id": r.article_id, "raw_excerpt": r.raw_excerpt, "run_id": run_id,
    } for r in rejected], schema=schemas.QUARANTINE)


def _seen_before(lake: Lake, dt: str, lookback_days: int) -> tuple[SeenKeys, SeenKeys, SeenKeys]:
    """Ids, content hashes and URLs of articles landed on the ``lookback_days`` days before ``dt``
    (compact digests, read a day at a time: memory does not grow with the backfill)."""
    day = date.fromisoformat(dt)
    earlier = [d for d in lake.partitions("articles")
               if day - timedelta(days=lookback_days) <= date.fromisoformat(d) < day]
    ids, hashes, urls = [], [], []
    for d in earlier:
        part = lake.read_partition("articles", d, columns=["article_id", "content_hash", "url"])
        ids.append(SeenKeys.digests(part["article_id"].to_pylist()))
        hashes.append(SeenKeys.digests(part["content_hash"].to_pylist()))
        urls.append(SeenKeys.digests(u.strip().lower() for u in part["url"].to_pylist() if u))
    return tuple(SeenKeys(np.concatenate(keys) if keys else ()) for keys in (ids, hashes, urls))


def ingest(input_path: str, lake_uri: str, dt: str, run_id: str, work: str, shard_size: int = 2000,
           max_article_bytes: int = 2_000_000, lookback_days: int = 30, trigger: str = "cli",
           logical_date: str | None = None, on_shard=None) -> dict:
    """Validate the landed lines for ``dt`` and write them as article shards.

    Returns ``{"run_dir", "shards": [paths], "rejected", "stats"}``. Shards follow landing order
    (files sorted by name, then line number), so any shard size gives the same final tables.
    ``on_shard(path)`` is called as each shard is written, so a caller can process it while ingest goes on.
    """
    if shard_size < 1:
        raise ValueError("shard_size must be >= 1")
    lake = Lake(lake_uri)
    run_dir = run_dir_for(work, dt, run_id)
    if run_dir.exists():
        shutil.rmtree(run_dir)
    (run_dir / "articles").mkdir(parents=True)
    (run_dir / RUN_FILE).write_text(json.dumps({
        "run_id": run_id, "dt": dt, "trigger": trigger, "logical_date": logical_date,
        "started_at": datetime.now(timezone.utc).isoformat()}, indent=2))
    files = landing_files(input_path, dt)
    seen_ids, seen_hashes, seen_urls = _seen_before(lake, dt, lookback_days)
    stats = IngestStats()
    shards: list[str] = []
    buffer: list[Article] = []
    rejected: list[Rejected] = []

    def flush() -> None:
        path = run_dir / "articles" / f"shard-{len(shards):05d}.parquet"
        pq.write_table(_articles_table(buffer, run_id), path, compression="zstd")
        shards.append(str(path))
        buffer.clear()
        if on_shard is not None:
            on_shard(str(path))

    for item in read_articles(files, max_article_bytes, seen_ids, seen_hashes, seen_urls, stats):
        if isinstance(item, Article):
            buffer.append(item)
            if len(buffer) >= shard_size:
                flush()
        else:
            rejected.append(item)
    if buffer or not shards:
        flush()  # an empty day still yields one (empty) shard, so mapped tasks always have work
    pq.write_table(_rejected_table(rejected, run_id), run_dir / REJECTED_FILE, compression="zstd")
    stats_path = run_dir / STATS_FILE
    stats_path.write_text(json.dumps({**stats.__dict__, "input_path": str(input_path)}, indent=2))
    return {"run_dir": str(run_dir), "shards": shards, "rejected": str(run_dir / REJECTED_FILE),
            "stats": str(stats_path)}


# -- extract and classify (one shard each) --------------------------------------------------------
def extract(shard_path: str, registry_path: str) -> str:
    """Find and attribute the quotes of one article shard; returns the extracted-quotes file."""
    from pipeline.process import extracted_rows
    from pipeline.speakers import SpeakerRegistry

    registry = SpeakerRegistry.load(Path(registry_path))
    articles = pq.read_table(shard_path, columns=["article_id", "text", "source", "published_at", "run_id"])
    rows: list[dict] = []
    for article in articles.to_pylist():
        for row in extracted_rows(article["article_id"], article["text"], registry, article["published_at"]):
            row.update(source=article["source"], published_at=article["published_at"], run_id=article["run_id"])
            rows.append(row)
    out = Path(shard_path).parent.parent / "extracted" / Path(shard_path).name
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schemas.EXTRACTED_QUOTES), out, compression="zstd")
    return str(out)


def classify(extracted_path: str, models_dir: str, model_name: str, data_dir: str) -> str:
    """Stance and sentiment for one extracted shard; returns the classified-quotes file."""
    from pipeline.process import Analyzer, speaker_group
    from pipeline.stance import load_stance_model

    analyzer = Analyzer(None, load_stance_model(Path(models_dir), model_name), Path(data_dir))
    table = pq.read_table(extracted_path)
    # column-wise: only the three inputs become Python objects, the other columns pass through as Arrow
    countries = table["speaker_country"].to_pylist() if "speaker_country" in table.column_names else None
    groups = [speaker_group(a, s) for a, s in zip(table["article_id"].to_pylist(), table["speaker_id"].to_pylist())]
    columns = analyzer.classify_columns(table["quote_text"].to_pylist(), table["cue"].to_pylist(),
                                        table["context"].to_pylist(), table["pattern"].to_pylist(), countries,
                                        groups)
    table = table.drop_columns([c for c in ("context", "speaker_country") if c in table.column_names])
    for name, values in columns.items():
        table = table.append_column(name, pa.array(values, schemas.QUOTES.field(name).type))
    out = Path(extracted_path).parent.parent / "classified" / Path(extracted_path).name
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(schemas.conform(table, schemas.QUOTES), out, compression="zstd")
    return str(out)


# -- write the day's partitions -----------------------------------------------------------------
def _article_positions(quote_article_ids: pa.ChunkedArray, article_ids: pa.ChunkedArray) -> np.ndarray:
    """Row of each quote's article within its shard; a quote whose article is not there is refused."""
    positions = pc.index_in(quote_article_ids, value_set=article_ids.combine_chunks())
    if positions.null_count:
        unknown = quote_article_ids.filter(pc.is_null(positions))[0].as_py()
        raise LakeValidationError(f"quote of unknown article {unknown}")
    return positions.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)


def _check_offsets(quotes: pa.Table, articles: pa.Table) -> np.ndarray:
    """Every quote span and continuation lies inside its article's text (vectorised over the shard).

    Returns each quote's article row (``_article_positions``), which also gives the quote counts."""
    positions = _article_positions(quotes["article_id"], articles["article_id"])
    lengths = articles["n_chars"].to_numpy()[positions]
    conts = quotes["continuations"].combine_chunks()
    flat = pc.list_flatten(conts)
    spans = [(quotes["start"].to_numpy(), quotes["end"].to_numpy(), lengths),
             (flat.field("start").to_numpy(zero_copy_only=False), flat.field("end").to_numpy(zero_copy_only=False),
              lengths[pc.list_parent_indices(conts).to_numpy()])]
    for starts, ends, limits in spans:
        bad = np.flatnonzero((starts < 0) | (starts >= ends) | (ends > limits))
        if len(bad):
            i = int(bad[0])
            raise LakeValidationError(f"quote offsets ({starts[i]}, {ends[i]}) outside an article of {limits[i]} "
                                      f"characters")
    return positions


def write_tables(lake_uri: str, dt: str, run_dir: str, classified_paths: list[str], registry_path: str,
                 max_bad_fraction: float = 1.0) -> dict:
    """Swap the day's ``articles``, ``quotes``, ``speakers`` and ``quarantine`` partitions into the lake.

    Every partition is replaced whole, also when the new data is empty. Returns rows per table and
    writes them to ``<run_dir>/written.json`` for the run record.
    """
    from pipeline.speakers import SpeakerRegistry
    from pipeline.trends import AGGREGATE_COLUMNS, speakers_per_article

    lake = Lake(lake_uri)
    run_dir_path = Path(run_dir)
    stats = json.loads((run_dir_path / STATS_FILE).read_text())
    if stats["lines_landed"] and stats["quarantined"] / stats["lines_landed"] > max_bad_fraction:
        raise TooManyBadRecords(f"{stats['quarantined']} of {stats['lines_landed']} landed lines were quarantined "
                                f"(limit {max_bad_fraction:.0%}, PIPELINE_MAX_BAD_FRACTION); nothing was written")
    article_shards = sorted((run_dir_path / "articles").glob("shard-*.parquet"))
    classified = sorted(classified_paths, key=lambda p: Path(p).name)
    if [Path(p).name for p in classified] != [p.name for p in article_shards]:
        raise RuntimeError("classified shards do not match the ingested shards; refusing a partial write")

    shard_pairs = list(zip(article_shards, classified))  # same names, so the same articles
    quote_counts: dict[Path, np.ndarray] = {}  # per article shard, filled by the quotes pass

    def quote_batches():
        for article_path, quotes_path in shard_pairs:
            quotes = pq.read_table(quotes_path)
            articles = pq.read_table(article_path, columns=["article_id", "n_chars"])
            positions = _check_offsets(quotes, articles)
            quote_counts[article_path] = np.bincount(positions, minlength=articles.num_rows)
            yield quotes

    def article_batches():
        for article_path, _quotes_path in shard_pairs:
            shard = pq.read_table(article_path)
            yield shard.append_column("n_quotes", pa.array(quote_counts[article_path], pa.int32()))

    # quotes first: their offset checks can refuse the day before any partition has been swapped, and
    # the same pass counts each article's quotes for the articles partition
    quotes_written = lake.replace_partition("quotes", dt, quote_batches())
    written = {
        "articles": lake.replace_partition("articles", dt, article_batches()),
        "quotes": quotes_written,
        "quarantine": lake.replace_partition("quarantine", dt, pq.read_table(run_dir_path / REJECTED_FILE)),
    }
    registry = SpeakerRegistry.load(Path(registry_path))
    run_id = json.loads((run_dir_path / RUN_FILE).read_text())["run_id"]
    # Articles never span shards, so per-shard speaker rows are exact and memory stays per shard.
    written["speakers"] = lake.replace_partition("speakers", dt, (
        speakers_per_article(pq.read_table(path, columns=AGGREGATE_COLUMNS), registry, run_id)
        for path in classified))
    (run_dir_path / WRITTEN_FILE).write_text(json.dumps(written, indent=2))
    return written


# -- trends and the run record ------------------------------------------------------------------
def update_trends(lake_uri: str, dt: str, run_dir: str, models_dir: str, model_name: str) -> dict:
    """Recompute the day's trend partitions from the committed quotes and record the run."""
    from pipeline.stance import read_registry
    from pipeline.trends import source_stance_daily, speaker_stance_daily

    # The champion's name from the registry: no need to deserialise the model for its version.
    model_version = f"{model_name}/{read_registry(Path(models_dir), model_name)['champion']}"
    lake = Lake(lake_uri)
    run_dir_path = Path(run_dir)
    meta = json.loads((run_dir_path / RUN_FILE).read_text())
    run_id = meta["run_id"]
    quotes = lake.partition_dataset("quotes", dt)
    speakers = lake.partition_dataset("speakers", dt)
    articles = lake.read_partition("articles", dt, columns=["article_id", "source"])
    written = json.loads((run_dir_path / WRITTEN_FILE).read_text())
    written["speaker_stance_daily"] = lake.replace_partition(
        "speaker_stance_daily", dt, speaker_stance_daily(quotes, speakers, run_id))
    written["source_stance_daily"] = lake.replace_partition(
        "source_stance_daily", dt, source_stance_daily(quotes, articles, run_id, model_version))
    stats = json.loads((run_dir_path / STATS_FILE).read_text())
    started = datetime.fromisoformat(meta["started_at"])
    finished = datetime.now(timezone.utc)
    record = pa.Table.from_pylist([{
        "run_id": run_id, "logical_date": meta.get("logical_date"), "trigger": meta.get("trigger", "cli"),
        "started_at": started, "finished_at": finished, "duration_s": (finished - started).total_seconds(),
        "input_files": stats["input_files"], "lines_landed": stats["lines_landed"],
        "articles_processed": stats["articles"], "quarantined": stats["quarantined"],
        "duplicates": stats["duplicates"], "rows_written": list(written.items()),
        "model_version": model_version, "code_version": code_version(),
        "schema_version": schemas.SCHEMA_VERSION, "status": "success",
    }], schema=schemas.RUNS)
    lake.append_run(dt, run_id, record)
    shutil.rmtree(run_dir_path, ignore_errors=True)
    return written


# -- the whole day, without Airflow -------------------------------------------------------------
def _process_shard(args: tuple) -> tuple[str, dict]:
    shard, registry_path, models_dir, model_name, data_dir = args
    t0 = time.perf_counter()
    extracted = extract(shard, registry_path)
    t1 = time.perf_counter()
    classified = classify(extracted, models_dir, model_name, data_dir)
    return classified, {"extract": t1 - t0, "classify": time.perf_counter() - t1}


def run_day(settings, input_path: str, dt: str, run_id: str, trigger: str = "cli",
            logical_date: str | None = None, workers: int = 1) -> dict:
    """Ingest -> extract -> classify -> write tables -> trends for one day, the DAG's path in one call.

    ``workers > 1`` processes shards in that many processes; the output is identical to one worker.
    The result includes seconds per stage (extract and classify summed over shards, i.e. CPU-side).
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    job_args = (str(settings.registry_path), str(settings.models_dir), settings.stance_model, str(settings.data_dir))
    # With workers, shards go to the pool as ingest writes them, so ingest overlaps extraction and classification.
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    futures = []
    with pool or contextlib.nullcontext():
        planned = ingest(input_path, settings.lake, dt, run_id, settings.work, settings.shard_size,
                         settings.max_article_bytes, trigger=trigger, logical_date=logical_date,
                         on_shard=(lambda shard: futures.append(pool.submit(_process_shard, (shard, *job_args))))
                         if pool else None)
        timings["ingest"] = time.perf_counter() - started
        t = time.perf_counter()
        results = ([future.result() for future in futures] if pool
                   else [_process_shard((shard, *job_args)) for shard in planned["shards"]])
    timings["shards_wall"] = time.perf_counter() - t
    timings["extract"] = sum(r[1]["extract"] for r in results)
    timings["classify"] = sum(r[1]["classify"] for r in results)
    t = time.perf_counter()
    write_tables(settings.lake, dt, planned["run_dir"], [r[0] for r in results], str(settings.registry_path),
                 settings.max_bad_fraction)
    timings["write_tables"] = time.perf_counter() - t
    t = time.perf_counter()
    written = update_trends(settings.lake, dt, planned["run_dir"], str(settings.models_dir), settings.stance_model)
    timings["update_trends"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - started
    return {"dt": dt, "run_id": run_id, "rows_written": written, "shards": len(planned["shards"]),
            "seconds": {k: round(v, 3) for k, v in timings.items()}}
