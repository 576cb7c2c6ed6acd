"""An HTML report with PNG charts of stance over time, read from the lake through DuckDB."""
from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

import duckdb


def _connect(lake: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for table in ("quotes", "speaker_stance_daily", "source_stance_daily"):
        glob = f"{lake.rstrip('/')}/{table}/*/*.parquet"
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{glob}', hive_partitioning=true)")
    return con


def _save(fig, path: Path) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path.name


def write_report(lake: str, out_dir: Path, top: int = 8) -> Path:
    """Write ``index.html`` and its charts into ``out_dir``; returns the page's path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not any(Path(lake, "quotes").glob("dt=*/*.parquet")):
        raise FileNotFoundError(f"no quotes partitions under {lake}/quotes; run the pipeline first")
    out_dir.mkdir(parents=True, exist_ok=True)
    con = _connect(lake)
    leaders = con.execute("""
        SELECT speaker_id, any_value(speaker) AS speaker, sum(n_quotes) AS n, sum(n_articles) AS articles,
               sum(mean_stance_score * n_quotes) / sum(n_quotes) AS score,
               sum(n_support) AS support, sum(n_oppose) AS oppose, sum(n_neutral) AS neutral
        FROM speaker_stance_daily GROUP BY speaker_id ORDER BY n DESC, speaker LIMIT ?""", [top]).fetchall()
    ids = [row[0] for row in leaders]
    charts = []

    # 1. Stance over time for the most quoted speakers.
    fig, ax = plt.subplots(figsize=(9, 4.5))
    for speaker_id, speaker, *_ in leaders:
        series = con.execute("SELECT dt, mean_stance_score FROM speaker_stance_daily WHERE speaker_id = ? ORDER BY dt",
                             [speaker_id]).fetchall()
        ax.plot([r[0] for r in series], [r[1] for r in series], marker="o", label=speaker)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("mean stance score (support − oppose)")
    ax.set_title("Stance toward supporting Ukraine, most quoted speakers")
    if leaders:
        ax.legend(fontsize=8, loc="best")
    fig.autofmt_xdate()
    charts.append(("Stance over time", _save(fig, out_dir / "stance_over_time.png")))

    # 2. Speaker x week heat map.
    weekly = con.execute("""
        SELECT speaker_id, date_trunc('week', dt) AS week, sum(mean_stance_score * n_quotes) / sum(n_quotes)
        FROM speaker_stance_daily WHERE list_contains(?, speaker_id) GROUP BY ALL ORDER BY week""", [ids]).fetchall()
    weeks = sorted({r[1] for r in weekly})
    grid = [[float("nan")] * len(weeks) for _ in ids]
    for speaker_id, week, score in weekly:
        grid[ids.index(speaker_id)][weeks.index(week)] = score
    fig, ax = plt.subplots(figsize=(max(5, 1 + 0.6 * len(weeks)), 1 + 0.45 * max(1, len(ids))))
    image = ax.imshow(grid or [[float("nan")]], cmap="RdYlGn", vmin=-1, vmax=1, aspect="auto")
    ax.set_yticks(range(len(ids)), [row[1] for row in leaders])
    ax.set_xticks(range(len(weeks)), [w.strftime("%Y-%m-%d") for w in weeks], rotation=45, ha="right")
    ax.set_title("Weekly mean stance score by speaker")
    fig.colorbar(image, ax=ax, label="support − oppose")
    charts.append(("Speaker × week", _save(fig, out_dir / "speaker_week_heatmap.png")))

    # 3. Stance by speaker country and by outlet.
    by_country = con.execute("""
        SELECT coalesce(country, 'unknown') AS country, sum(mean_stance_score * n_quotes) / sum(n_quotes), sum(n_quotes)
        FROM speaker_stance_daily GROUP BY 1 ORDER BY 3 DESC LIMIT 12""").fetchall()
    by_source = con.execute("""
        SELECT source, sum(mean_stance_score * n_quotes) / nullif(sum(n_quotes), 0), sum(n_quotes)
        FROM source_stance_daily GROUP BY 1 HAVING sum(n_quotes) > 0 ORDER BY 3 DESC LIMIT 12""").fetchall()
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    for ax, rows, title in ((axes[0], by_country, "by speaker country"), (axes[1], by_source, "by outlet")):
        ax.barh([r[0] for r in rows][::-1], [r[1] or 0 for r in rows][::-1],
                color=["#2e7d32" if (r[1] or 0) >= 0 else "#c62828" for r in rows][::-1])
        ax.set_xlim(-1, 1)
        ax.axvline(0, color="grey", linewidth=0.8)
        ax.set_title(f"Mean stance score {title}")
    charts.append(("Stance by country and outlet", _save(fig, out_dir / "stance_by_country_outlet.png")))

    span = con.execute("SELECT min(dt), max(dt), count(*) FROM quotes").fetchone()
    rows_html = "".join(
        f"<tr><td>{html.escape(str(speaker))}</td><td>{n}</td><td>{articles}</td><td>{score:+.2f}</td>"
        f"<td>{sup}</td><td>{opp}</td><td>{neu}</td></tr>"
        for _, speaker, n, articles, score, sup, opp, neu in leaders)
    images = "".join(f"<h2>{html.escape(title)}</h2><img src='{name}' alt='{html.escape(title)}'>" for title, name in charts)
    page = out_dir / "index.html"
    page.write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stance report</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto}}img{{max-width:100%}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px;text-align:right}}
td:first-child{{text-align:left}}</style></head><body>
<h1>Stance toward supporting Ukraine</h1>
<p>{span[2]} quotes from {span[0]} to {span[1]}. Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC
from <code>{html.escape(lake)}</code>. Stance score = p(support) − p(oppose), from −1 to +1.</p>
<h2>Most quoted speakers</h2>
<table><tr><th>speaker</th><th>quotes</th><th>articles</th><th>stance score</th><th>support</th><th>oppose</th>
<th>neutral</th></tr>{rows_html}</table>
{images}
</body></html>
""", encoding="utf-8")
    return page
