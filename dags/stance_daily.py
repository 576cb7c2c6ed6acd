"""Nightly stance pipeline: the day's landed articles -> quotes, speakers, stance, sentiment -> lake.

Wiring only: every task calls a ``pipeline.stages`` function with explicit arguments and passes file
paths (never data) through XCom. The day's articles are split into shards (``PIPELINE_SHARD_SIZE``)
and extract/classify are mapped over them, so workers scale out; ``write_tables`` commits once.
Schedule: 03:00 UTC for the previous day (``CronDataIntervalTimetable``: logical date = the day).
"""
import pendulum
from airflow.sdk import Asset, CronDataIntervalTimetable, Param, TriggerRule, dag, get_current_context, task

LAKE_TABLES = ("articles", "quotes", "speakers", "quarantine", "speaker_stance_daily", "source_stance_daily")
LAKE_ASSETS = {name: Asset(name=f"stance_lake.{name}", uri=f"stance-lake://tables/{name}") for name in LAKE_TABLES}
SHARD_CONCURRENCY = 4


@dag(
    dag_id="stance_daily",
    schedule=CronDataIntervalTimetable("0 3 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=2,
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=2)},
    params={"date": Param(None, type=["null", "string"], format="date",
                          description="Partition date YYYY-MM-DD; empty = the run's logical date")},
    tags=["stance", "nlp", "lake"],
    doc_md=__doc__,
)
def stance_daily():
    @task
    def resolve_run() -> dict:
        """The partition date (param override, else logical date, else run_after) and the run's work folder."""
        from pipeline.config import load_settings
        from pipeline.dates import resolve_partition_date
        from pipeline.stages import run_dir_for

        ctx = get_current_context()
        logical_date = ctx.get("logical_date")
        dt = resolve_partition_date(ctx["params"].get("date"), logical_date, ctx["dag_run"].run_after)
        return {"dt": dt, "run_id": ctx["run_id"], "run_dir": str(run_dir_for(load_settings().work, dt, ctx["run_id"])),
                "trigger": str(ctx["dag_run"].run_type), "logical_date": logical_date.isoformat() if logical_date else None}

    @task
    def ingest(run: dict) -> list[str]:
        from pipeline.config import load_settings
        from pipeline.stages import ingest as ingest_stage

        settings = load_settings()
        plan = ingest_stage(settings.landing, settings.lake, run["dt"], run["run_id"], settings.work,
                            settings.shard_size, settings.max_article_bytes, trigger=run["trigger"],
                            logical_date=run["logical_date"])
        return plan["shards"]

    @task(max_active_tis_per_dag=SHARD_CONCURRENCY)
    def extract(shard: str) -> str:
        from pipeline.config import load_settings
        from pipeline.stages import extract as extract_stage

        return extract_stage(shard, str(load_settings().registry_path))

    @task(max_active_tis_per_dag=SHARD_CONCURRENCY)
    def classify(extracted: str) -> str:
        from pipeline.config import load_settings
        from pipeline.resources import ensure_resources
        from pipeline.stages import classify as classify_stage

        settings = load_settings()
        ensure_resources(settings.data_dir)
        return classify_stage(extracted, str(settings.models_dir), settings.stance_model, str(settings.data_dir))

    @task(trigger_rule=TriggerRule.NONE_FAILED)
    def write_tables(run: dict, classified: list[str]) -> dict:
        from pipeline.config import load_settings
        from pipeline.stages import write_tables as write_stage

        settings = load_settings()
        return write_stage(settings.lake, run["dt"], run["run_dir"], list(classified or []),
                           str(settings.registry_path), settings.max_bad_fraction)

    @task(outlets=list(LAKE_ASSETS.values()))
    def update_trends(run: dict, written: dict) -> dict:
        from pipeline.config import load_settings
        from pipeline.stages import update_trends as trends_stage

        settings = load_settings()
        rows = trends_stage(settings.lake, run["dt"], run["run_dir"], str(settings.models_dir),
                            settings.stance_model)
        outlet_events = get_current_context()["outlet_events"]
        for name, asset in LAKE_ASSETS.items():
            outlet_events[asset].extra = {"dt": run["dt"], "rows": rows.get(name, 0)}
        return rows

    run = resolve_run()
    classified = classify.expand(extracted=extract.expand(shard=ingest(run)))
    update_trends(run, write_tables(run, classified))


stance_daily()
