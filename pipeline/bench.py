"""``make bench``: throughput and memory of the whole pipeline on synthetic landing data.

Each size runs in a fresh subprocess so its peak RSS is its own (``ru_maxrss`` of the process plus
its shard workers). Figures: articles/s and quotes/s per stage and end to end, peak RSS, output bytes.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.config import load_settings


def run_one(n: int, workers: int, work_root: Path, shard_size: int) -> dict:
    """Generate ``n`` articles (cached), run one day through ``run_day``, return figures."""
    from pipeline.resources import ensure_resources
    from pipeline.stages import run_day
    from pipeline.synth import generate

    landing = work_root / f"landing-{n}"
    if not (landing / "done").exists():
        shutil.rmtree(landing, ignore_errors=True)
        generate(landing, n, days=1, seed=11, bad_share=0.01)
        (landing / "done").write_text("ok")
    lake = work_root / f"lake-{n}-w{workers}"
    shutil.rmtree(lake, ignore_errors=True)
    settings = load_settings(lake=str(lake)).with_overrides(shard_size=shard_size, max_bad_fraction=1.0)
    ensure_resources(settings.data_dir)
    result = run_day(settings, str(landing), "2024-11-18", f"bench-{n}", trigger="bench", workers=workers)
    rows = result["rows_written"]
    seconds = result["seconds"]
    output_bytes = sum(p.stat().st_size for p in lake.rglob("*.parquet") if "_staging" not in p.parts)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    shutil.rmtree(lake, ignore_errors=True)
    return {"n": n, "workers": workers, "articles": rows["articles"], "quotes": rows["quotes"],
            "seconds": seconds, "peak_rss_mib": round(max(self_kb, children_kb) / 1024, 1),
            "output_bytes": output_bytes}


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}" if seconds > 0 else "-"


def format_table(results: list[dict]) -> str:
    cores = os.cpu_count()
    lines = [f"cores: {cores}",
             f"{'articles':>9} {'workers':>7} {'quotes':>8} {'ingest a/s':>10} {'extract a/s':>11} {'classify q/s':>12} "
             f"{'write a/s':>9} {'e2e a/s':>8} {'e2e a/s/core':>12} {'e2e q/s':>8} {'peak RSS MiB':>12} {'out MiB':>8}"]
    for r in results:
        s, a, q = r["seconds"], r["articles"], r["quotes"]
        used_cores = min(r["workers"], cores or 1)
        lines.append(
            f"{a:>9,} {r['workers']:>7} {q:>8,} {_rate(a, s['ingest']):>10} {_rate(a, s['extract']):>11} "
            f"{_rate(q, s['classify']):>12} {_rate(a, s['write_tables'] + s['update_trends']):>9} "
            f"{_rate(a, s['total']):>8} {_rate(a / used_cores, s['total']):>12} {_rate(q, s['total']):>8} "
            f"{r['peak_rss_mib']:>12,.1f} {r['output_bytes'] / 2**20:>8.1f}")
    last = results[-1]
    rate = last["articles"] / last["seconds"]["total"]
    lines.append(f"1,000,000-article backfill at {rate:,.0f} articles/s ({last['workers']} worker(s)): "
                 f"{1_000_000 / rate / 60:,.1f} minutes by extrapolation")
    return "\n".join(lines)


def bench(sizes: list[int], workers: list[int], work_root: Path | None, shard_size: int, out: Path | None) -> list[dict]:
    root = work_root or Path(tempfile.mkdtemp(prefix="stance-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    results = []
    for n in sizes:
        for w in workers:
            proc = subprocess.run([sys.executable, "-m", "pipeline", "bench-one", "--n", str(n), "--workers", str(w),
                                   "--work", str(root), "--shard-size", str(shard_size)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"bench for n={n} workers={w} failed:\n{proc.stderr[-3000:]}")
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(f"  n={n:,} workers={w}: {results[-1]['seconds']['total']:.1f}s, "
                  f"peak RSS {results[-1]['peak_rss_mib']} MiB", file=sys.stderr)
    if out:
        out.write_text(json.dumps(results, indent=2))
    if work_root is None:
        shutil.rmtree(root, ignore_errors=True)
    return results
