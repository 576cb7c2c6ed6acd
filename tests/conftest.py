"""Shared fixtures. Airflow settings are fixed before anything imports Airflow."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("AIRFLOW_HOME", str(ROOT / ".airflow"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))

SEED_DATE = "2024-11-18"
SEED_LANDING = ROOT / "seeds" / "landing"
SEED_FILE = SEED_LANDING / f"dt={SEED_DATE}" / "seed.jsonl"


@pytest.fixture
def seed_article() -> dict:
    return json.loads(SEED_FILE.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture
def lake_env(tmp_path, monkeypatch):
    """A private lake and landing zone (a copy of the seed landing) wired through the env vars."""
    landing = tmp_path / "landing"
    shutil.copytree(SEED_LANDING, landing)
    lake = tmp_path / "lake"
    monkeypatch.setenv("PIPELINE_LANDING", str(landing))
    monkeypatch.setenv("PIPELINE_LAKE", str(lake))
    monkeypatch.delenv("PIPELINE_WORK", raising=False)
    return {"landing": landing, "lake": lake, "tmp": tmp_path}


def write_jsonl(path: Path, records: list) -> Path:
    """Write records (dicts are JSON-encoded, str/bytes written as raw lines) to a landing file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        for record in records:
            if isinstance(record, bytes):
                fh.write(record + b"\n")
            elif isinstance(record, str):
                fh.write(record.encode("utf-8") + b"\n")
            else:
                fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return path


def article(n: int, **overrides) -> dict:
    """A small valid English article with one direct quote."""
    base = {
        "url": f"https://news.example/story-{n}",
        "source": "Example News",
        "published_at": "2024-11-18T08:00:00Z",
        "title": f"Story {n}",
        "text": (f"Lawmakers met on day {n} to discuss the aid package for Ukraine.\n\n"
                 f"\"We must keep sending air defence to Kyiv,\" said Senator Jane Doe{n}, who chairs the committee. "
                 "She added that the vote would take place next week."),
    }
    base.update(overrides)
    return base
