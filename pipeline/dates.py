"""The one place that decides which ``dt`` partition a run writes."""
from __future__ import annotations

from datetime import date, datetime, timezone


def resolve_partition_date(override: str | None = None, logical_date: datetime | None = None,
                           run_after: datetime | None = None) -> str:
    """``YYYY-MM-DD`` for a run: an explicit override (the DAG's ``date`` param or ``--date``), else the
    logical date (scheduled runs and backfills), else ``run_after`` (manual runs in Airflow 3 may have
    no logical date), all in UTC."""
    if override:
        return date.fromisoformat(str(override).strip()).isoformat()
    for moment in (logical_date, run_after):
        if moment is not None:
            if isinstance(moment, datetime):
                if moment.tzinfo is not None:
                    moment = moment.astimezone(timezone.utc)
                return moment.date().isoformat()
            return date.fromisoformat(str(moment)[:10]).isoformat()
    raise ValueError("no date: pass an override, a logical date or a run_after time")
