"""All configuration in one place: environment variables with documented defaults.

Every setting is read here and passed explicitly to stage functions; nothing else reads the
environment. The README's "Configuration" table mirrors ``SETTINGS_DOC``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

SETTINGS_DOC = {
    "PIPELINE_LANDING": ("<repo>/seeds/landing", "landing zone: <landing>/dt=YYYY-MM-DD/*.jsonl (path or URI)"),
    "PIPELINE_LAKE": ("<repo>/lake", "lake root: <lake>/<table>/dt=YYYY-MM-DD/part-0.parquet (path, file://, s3://, gs://)"),
    "PIPELINE_WORK": ("<lake>/_staging", "scratch space for shard files and staged partitions; outside every table folder"),
    "PIPELINE_MODELS": ("<repo>/models", "model registry root: models/<name>/<version>/"),
    "PIPELINE_STANCE_MODEL": ("stance", "name of the stance model in the registry"),
    "PIPELINE_REGISTRY": ("<repo>/seeds/speakers.jsonl", "speaker registry (canonical names, aliases, roles)"),
    "PIPELINE_DATA": ("<repo>/data", "offline NLP resources (NLTK data path: VADER lexicon)"),
    "PIPELINE_SHARD_SIZE": ("2000", "articles per shard (one mapped task instance per shard)"),
    "PIPELINE_MAX_BAD_FRACTION": ("0.2", "fail the run when quarantined/landed lines exceed this fraction"),
    "PIPELINE_MAX_ARTICLE_BYTES": ("2000000", "articles larger than this are quarantined (reason too_large)"),
}


def _path_or_uri(value: str) -> str:
    """Keep URIs as they are; make local paths absolute so tasks agree on them."""
    if "://" in value:
        return value
    return str(Path(value).expanduser().resolve())


@dataclass(frozen=True)
class Settings:
    landing: str
    lake: str
    work: str
    models_dir: Path
    stance_model: str
    registry_path: Path
    data_dir: Path
    shard_size: int = 2000
    max_bad_fraction: float = 0.2
    max_article_bytes: int = 2_000_000
    extra: dict = field(default_factory=dict)

    def with_overrides(self, **kwargs) -> "Settings":
        return replace(self, **{k: v for k, v in kwargs.items() if v is not None})


def load_settings(env: dict | None = None, **overrides) -> Settings:
    """Build settings from ``env`` (default: ``os.environ``); keyword overrides win."""
    env = os.environ if env is None else env
    lake = _path_or_uri(env.get("PIPELINE_LAKE", str(PROJECT_ROOT / "lake")))
    if overrides.get("lake"):
        lake = _path_or_uri(str(overrides.pop("lake")))
    work = env.get("PIPELINE_WORK") or f"{lake.rstrip('/')}/_staging"
    settings = Settings(
        landing=_path_or_uri(env.get("PIPELINE_LANDING", str(PROJECT_ROOT / "seeds" / "landing"))),
        lake=lake,
        work=_path_or_uri(work),
        models_dir=Path(env.get("PIPELINE_MODELS", PROJECT_ROOT / "models")),
        stance_model=env.get("PIPELINE_STANCE_MODEL", "stance"),
        registry_path=Path(env.get("PIPELINE_REGISTRY", PROJECT_ROOT / "seeds" / "speakers.jsonl")),
        data_dir=Path(env.get("PIPELINE_DATA", PROJECT_ROOT / "data")),
        shard_size=int(env.get("PIPELINE_SHARD_SIZE", "2000")),
        max_bad_fraction=float(env.get("PIPELINE_MAX_BAD_FRACTION", "0.2")),
        max_article_bytes=int(env.get("PIPELINE_MAX_ARTICLE_BYTES", "2000000")),
    )
    return settings.with_overrides(**overrides)
