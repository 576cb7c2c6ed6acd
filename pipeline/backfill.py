"""Backfill a date range through the same ``run_day`` path as the DAG, resumable and idempotent.

A day counts as complete when its ``runs`` partition holds a successful run record: that record is
written last, after every table partition was swapped in, so a run interrupted at any point leaves
no record and the day is simply redone on the next call.
"""
from __future__ import annotations

from datetime import date, timedelta

from pipeline.storage import Lake


def date_range(start: str, end: str) -> list[str]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:
        raise ValueError(f"--to {end} is before --from {start}")
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def completed_days(lake: Lake) -> set[str]:
    if not lake.partitions("runs"):
        return set()
    runs = lake.dataset("runs").to_table(columns=["dt", "status"])
    return {dt for dt, status in zip(runs["dt"].to_pylist(), runs["status"].to_pylist()) if status == "success"}


def backfill(settings, landing: str, start: str, end: str, reprocess: bool = False, workers: int = 1,
             progress: bool = True, run_day=None) -> dict:
    """Run every day in ``[start, end]``; skip completed days unless ``reprocess``. Returns a summary."""
    from tqdm import tqdm

    if run_day is None:
        from pipeline.stages import run_day
    days = date_range(start, end)
    done = set() if reprocess else completed_days(Lake(settings.lake))
    summary = {"processed": [], "skipped": []}
    bar = tqdm(days, desc="backfill", unit="day", disable=not progress)
    for dt in bar:
        bar.set_postfix_str(dt)
        if dt in done:
            summary["skipped"].append(dt)
            continue
        run_day(settings, landing, dt, f"backfill__{dt}", trigger="backfill", logical_date=dt, workers=workers)
        summary["processed"].append(dt)
    return summary
