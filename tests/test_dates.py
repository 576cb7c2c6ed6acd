from datetime import datetime, timezone, timedelta

import pytest

from pipeline.dates import resolve_partition_date


def test_override_wins_over_logical_date():
    logical = datetime(2024, 11, 18, 3, tzinfo=timezone.utc)
    assert resolve_partition_date("2024-01-05", logical, None) == "2024-01-05"


def test_scheduled_run_uses_logical_date_in_utc():
    # 01:30 in Kyiv (UTC+2) on the 19th is still the 18th in UTC.
    kyiv = timezone(timedelta(hours=2))
    assert resolve_partition_date(None, datetime(2024, 11, 19, 1, 30, tzinfo=kyiv), None) == "2024-11-18"


def test_manual_run_without_logical_date_uses_run_after():
    assert resolve_partition_date(None, None, datetime(2024, 11, 20, 12, tzinfo=timezone.utc)) == "2024-11-20"


def test_bad_override_is_a_clear_error():
    with pytest.raises(ValueError):
        resolve_partition_date("18/11/2024")


def test_no_date_at_all_is_an_error():
    with pytest.raises(ValueError, match="no date"):
        resolve_partition_date(None, None, None)
