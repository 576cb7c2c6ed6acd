"""Retrain the stance model (manual trigger): train -> evaluate on the fixed held-out files (hand-written
test and hard cases, quotes of the held-out gold articles) -> promote only if their mean macro-F1 is not
lower than the champion's (champion/challenger). The comparison is
written to the task log and the model's ``metrics.json``."""
import pendulum
from airflow.sdk import Param, dag, get_current_context, task


@dag(
    dag_id="stance_model_training",
    schedule=None,
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    params={"promote": Param(True, type="boolean", description="promote the challenger if it is not worse"),
            "seed": Param(13, type="integer", description="random seed for reproducible training")},
    tags=["stance", "training"],
    doc_md=__doc__,
)
def stance_model_training():
    @task
    def train() -> dict:
        from pathlib import Path

        from pipeline.config import PROJECT_ROOT, load_settings
        from pipeline.train import train_stance

        params = get_current_context()["params"]
        settings = load_settings()
        data = PROJECT_ROOT / "seeds" / "stance"
        summary = train_stance(sorted(data.glob("train_*.jsonl")), data / "test.jsonl", data / "hard_cases.jsonl",
                               Path(settings.models_dir), name=settings.stance_model, seed=int(params["seed"]),
                               promote=bool(params["promote"]),
                               article_path=PROJECT_ROOT / "seeds" / "gold" / "quotes_test.jsonl")
        return {k: v for k, v in summary.items() if isinstance(v, (str, int, float, bool, type(None)))}

    train()


stance_model_training()
