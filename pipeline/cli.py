"""Command line interface: ``python -m pipeline <command>``. The same code paths as the DAGs."""
from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from pipeline.config import PROJECT_ROOT, load_settings


def _date_from_path(path: str) -> str | None:
    match = re.search(r"dt=(\d{4}-\d{2}-\d{2})", str(path))
    return match.group(1) if match else None


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.dates import resolve_partition_date
    from pipeline.resources import ensure_resources
    from pipeline.stages import run_day
    from pipeline.summary import lake_summary

    settings = load_settings(lake=args.lake)
    ensure_resources(settings.data_dir)
    dt = resolve_partition_date(args.date or _date_from_path(args.input), run_after=datetime.now(timezone.utc))
    run_id = args.run_id or f"cli__{dt}__{uuid.uuid4().hex[:8]}"
    result = run_day(settings, str(Path(args.input).resolve()), dt, run_id, trigger="cli", workers=args.workers)
    print(json.dumps(result, indent=2))
    if not args.quiet:
        print(lake_summary(settings.lake, dt))
    return 0


def _cmd_prepare(args: argparse.Namespace) -> int:
    from pipeline.resources import ensure_resources

    settings = load_settings()
    ensure_resources(settings.data_dir)
    print(f"offline NLP resources ready in {settings.data_dir}")
    return 0


def _cmd_backfill(args: argparse.Namespace) -> int:
    from pipeline.backfill import backfill
    from pipeline.resources import ensure_resources

    settings = load_settings(lake=args.lake)
    ensure_resources(settings.data_dir)
    landing = str(Path(args.landing or settings.landing).resolve()) if "://" not in (args.landing or "") else args.landing
    summary = backfill(settings, landing, args.date_from, args.date_to, reprocess=args.reprocess,
                       workers=args.workers, progress=not args.no_progress)
    print(f"processed {len(summary['processed'])} day(s), skipped {len(summary['skipped'])} completed day(s)"
          + (f": {', '.join(summary['skipped'])}" if summary["skipped"] else ""))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report

    page = write_report(load_settings(lake=args.lake).lake, Path(args.out), top=args.top)
    print(f"report written to {page}")
    return 0


def _cmd_synth(args: argparse.Namespace) -> int:
    from pipeline.synth import generate

    counts = generate(Path(args.out), args.n, days=args.days, start=args.start, seed=args.seed,
                      bad_share=args.bad_share, files_per_day=args.files_per_day)
    print(json.dumps(counts))
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import bench, format_table

    results = bench(args.sizes, args.workers, Path(args.work) if args.work else None, args.shard_size,
                    Path(args.out) if args.out else None)
    print(format_table(results))
    return 0


def _cmd_bench_one(args: argparse.Namespace) -> int:
    from pipeline.bench import run_one

    print(json.dumps(run_one(args.n, args.workers, Path(args.work), args.shard_size)))
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from pipeline.summary import lake_summary

    print(lake_summary(load_settings(lake=args.lake).lake, args.date))
    return 0


def _cmd_gold_build(args: argparse.Namespace) -> int:
    from pipeline.gold import build_split

    root = Path(args.gold_dir)
    for split in args.splits:
        n = build_split(root / "src" / split, root / f"quotes_{split}.jsonl")
        print(f"{split}: {n} articles -> {root / f'quotes_{split}.jsonl'}")
    return 0


def _article_number(event: str) -> int:
    """The number of a gold article from its stance item's event ("gold:gold-dev-042" -> 42)."""
    return int(event.rsplit("-", 1)[-1])


def _cmd_gold_to_stance(args: argparse.Namespace) -> int:
    from pipeline.gold import stance_items_from_gold

    if "test" in Path(args.gold).name:
        raise SystemExit("refusing to turn a held-out gold split into training data")
    held_out_speakers = set()
    for path in (Path(args.stance_test), Path(args.hard_cases)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                held_out_speakers.add(json.loads(line).get("speaker"))
    items = stance_items_from_gold(Path(args.gold), exclude_speakers=held_out_speakers)
    if args.up_to is not None:
        # keep later dev articles out of training, to compare versions on articles neither saw
        items = [i for i in items if _article_number(i["event"]) <= args.up_to]
    Path(args.out).write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    print(f"{len(items)} stance items -> {args.out}")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.resources import ensure_resources

    settings = load_settings()
    ensure_resources(settings.data_dir)
    if args.gold:
        from pipeline.evaluate import evaluate_gold, format_gold_report
        from pipeline.process import Analyzer

        analyzer = Analyzer.from_paths(settings.registry_path, settings.models_dir, settings.stance_model,
                                       settings.data_dir)
        from pipeline.gold import load_gold

        for gold in args.gold:
            # As in production, attribution sees each article's publication date.
            published = {a.article_id: a.meta.get("published_at") for a in load_gold(Path(gold))}

            def analyse(article_id: str, text: str) -> list[dict]:
                return analyzer.analyse(article_id, text, published.get(article_id))

            print(f"== quotes, speakers and stance end to end: {gold}")
            print(format_gold_report(evaluate_gold(Path(gold), analyse, registry_path=settings.registry_path)))
    if not args.no_stance:
        from pipeline.stance import load_stance_model
        from pipeline.train import evaluate_stance, format_stance_report

        model = load_stance_model(settings.models_dir, settings.stance_model)
        print(f"== stance classifier {model.name}/{model.version} on held-out files")
        print(format_stance_report(evaluate_stance(model, Path(args.stance_test), Path(args.hard_cases),
                                                   Path(args.article_test) if args.article_test else None)))
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from pipeline.train import train_stance

    settings = load_settings()
    train_paths = [Path(p) for p in args.data] if args.data else sorted((PROJECT_ROOT / "seeds/stance").glob("train_*.jsonl"))
    summary = train_stance(train_paths, Path(args.stance_test), Path(args.hard_cases), Path(args.models_dir or settings.models_dir),
                           name=args.name or settings.stance_model, seed=args.seed, promote=not args.no_promote,
                           news_gold=Path(args.news_gold) if args.news_gold else None,
                           article_path=Path(args.article_test) if args.article_test else None)
    print(json.dumps(summary, indent=2, default=str))
    return 0


def _model_version_of(args: argparse.Namespace, settings) -> tuple[Path, str, str]:
    """Registry root, model name and version (default: the champion) a prior-fitting command works on."""
    from pipeline.stance import read_registry

    models_dir, name = Path(args.models_dir or settings.models_dir), args.name or settings.stance_model
    version = args.version or read_registry(models_dir, name).get("champion")
    if not version:
        raise SystemExit(f"no champion in the {name} registry; pass --version")
    return models_dir, name, version


def _cmd_fit_news_prior(args: argparse.Namespace) -> int:
    from pipeline.train import store_news_prior

    prior = store_news_prior(*_model_version_of(args, load_settings()), Path(args.gold))
    print(json.dumps(prior, indent=2))
    return 0


def _fit_on_dev_data(args: argparse.Namespace, store: Callable, data: str, what: str) -> int:
    """Fit one of a stance version's priors with ``store`` on the dev file ``data`` (never held-out data)."""
    from pipeline.speakers import SpeakerRegistry

    settings = load_settings()
    if "test" in Path(data).name:
        raise SystemExit(f"refusing to fit the {what} on held-out data")
    fitted = store(*_model_version_of(args, settings), Path(data), SpeakerRegistry.load(settings.registry_path))
    print(json.dumps(fitted, indent=2))
    return 0


def _cmd_fit_country_prior(args: argparse.Namespace) -> int:
    from pipeline.train import store_country_prior

    return _fit_on_dev_data(args, store_country_prior, args.items, "country prior")


def _cmd_fit_speaker_pooling(args: argparse.Namespace) -> int:
    from pipeline.train import store_speaker_pooling

    return _fit_on_dev_data(args, store_speaker_pooling, args.gold, "speaker pooling")


def _add_model_version_args(p: argparse.ArgumentParser) -> None:
    """The options naming the stance model version a prior-fitting command works on (:func:`_model_version_of`)."""
    p.add_argument("--models-dir", help="model registry root (default: $PIPELINE_MODELS or ./models)")
    p.add_argument("--name", help="model name (default: $PIPELINE_STANCE_MODEL or 'stance')")
    p.add_argument("--version", help="model version (default: the champion)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    stance_dir = PROJECT_ROOT / "seeds" / "stance"

    p = sub.add_parser("run", help="process one day of landed articles into the lake (no Airflow needed)",
                       description="Ingest -> quotes and speakers -> stance and sentiment -> tables -> trends.")
    p.add_argument("--input", required=True, help="a JSON Lines file, a dt=YYYY-MM-DD folder, or a landing root")
    p.add_argument("--lake", help="lake root path or URI (default: $PIPELINE_LAKE or ./lake)")
    p.add_argument("--date", help="partition date YYYY-MM-DD (default: dt= in the input path, else today UTC)")
    p.add_argument("--workers", type=int, default=1, help="processes over shards (default 1; output is identical)")
    p.add_argument("--run-id", help="run id (default: generated)")
    p.add_argument("--quiet", action="store_true", help="do not print the DuckDB summary")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("prepare", help="prepare offline NLP resources (VADER lexicon for NLTK) in $PIPELINE_DATA")
    p.set_defaults(func=_cmd_prepare)

    p = sub.add_parser("backfill", help="process a date range (resumable; skips completed days)",
                       description="Runs each day in [--from, --to] through the same path as the DAG.")
    p.add_argument("--landing", help="landing root with dt=YYYY-MM-DD folders (default: $PIPELINE_LANDING)")
    p.add_argument("--lake", help="lake root path or URI (default: $PIPELINE_LAKE or ./lake)")
    p.add_argument("--from", dest="date_from", required=True, help="first date YYYY-MM-DD (inclusive)")
    p.add_argument("--to", dest="date_to", required=True, help="last date YYYY-MM-DD (inclusive)")
    p.add_argument("--reprocess", action="store_true", help="redo days that already completed")
    p.add_argument("--workers", type=int, default=1, help="processes over shards within a day")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_backfill)

    p = sub.add_parser("report", help="write an HTML report with stance charts from the lake")
    p.add_argument("--lake", help="lake root (default: $PIPELINE_LAKE or ./lake)")
    p.add_argument("--out", required=True, help="output folder for index.html and the PNG charts")
    p.add_argument("--top", type=int, default=8, help="how many of the most quoted speakers to chart")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("synth", help="write synthetic landing files for load tests (deterministic by seed)")
    p.add_argument("--n", type=int, required=True, help="number of articles")
    p.add_argument("--days", type=int, default=1, help="spread over this many dt= folders (default 1)")
    p.add_argument("--start", default="2024-11-18", help="first date (default 2024-11-18)")
    p.add_argument("--out", required=True, help="landing root to write")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.add_argument("--bad-share", type=float, default=0.02, help="share of deliberately bad lines (default 0.02)")
    p.add_argument("--files-per-day", type=int, default=1, help="landing files per day (default 1)")
    p.set_defaults(func=_cmd_synth)

    p = sub.add_parser("bench", help="throughput and peak memory on synthetic data (what `make bench` runs)")
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000], help="article counts")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker process counts to compare")
    p.add_argument("--shard-size", type=int, default=2000, help="articles per shard (default 2000)")
    p.add_argument("--work", help="keep generated data here (default: a temp folder, removed)")
    p.add_argument("--out", help="also write the figures as JSON here")
    p.set_defaults(func=_cmd_bench)

    p = sub.add_parser("bench-one", help="(internal) one bench measurement in its own process; prints JSON")
    p.add_argument("--n", type=int, required=True)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--work", required=True)
    p.add_argument("--shard-size", type=int, default=2000)
    p.set_defaults(func=_cmd_bench_one)

    p = sub.add_parser("summary", help="print speakers, quote counts and stance for a day, read through DuckDB")
    p.add_argument("--lake", help="lake root (default: $PIPELINE_LAKE or ./lake)")
    p.add_argument("--date", required=True, help="partition date YYYY-MM-DD")
    p.set_defaults(func=_cmd_summary)

    p = sub.add_parser("gold-build", help="resolve authored gold articles to exact offsets")
    p.add_argument("--gold-dir", default=str(PROJECT_ROOT / "seeds" / "gold"), help="folder holding src/<split>/")
    p.add_argument("--splits", nargs="+", default=["dev", "test"], help="splits to build (default: dev test)")
    p.set_defaults(func=_cmd_gold_build)

    p = sub.add_parser("gold-to-stance", help="turn dev gold quotes into stance training items (in-article examples)")
    p.add_argument("--gold", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_dev.jsonl"), help="built dev gold file")
    p.add_argument("--out", default=str(stance_dir / "train_gold_dev.jsonl"), help="stance JSON Lines to write")
    p.add_argument("--stance-test", default=str(stance_dir / "test.jsonl"), help="held-out stance items (speakers excluded)")
    p.add_argument("--hard-cases", default=str(stance_dir / "hard_cases.jsonl"), help="held-out hard cases (speakers excluded)")
    p.add_argument("--up-to", type=int, help="only dev articles numbered up to N (stance/v10: 556)")
    p.set_defaults(func=_cmd_gold_to_stance)

    p = sub.add_parser("evaluate", help="score extraction, attribution and stance on gold data")
    p.add_argument("--gold", nargs="*", default=[], help="built gold file(s), e.g. seeds/gold/quotes_test.jsonl")
    p.add_argument("--stance-test", default=str(stance_dir / "test.jsonl"), help="held-out stance items")
    p.add_argument("--hard-cases", default=str(stance_dir / "hard_cases.jsonl"), help="held-out hard cases")
    p.add_argument("--article-test", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_test.jsonl"),
                   help="held-out gold articles whose quotes the stance model is also scored on ('' to skip)")
    p.add_argument("--no-stance", action="store_true", help="skip the stance classifier section")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("train", help="train a stance model, evaluate it, promote it if it beats the champion")
    p.add_argument("--data", nargs="*", help="training JSON Lines (default: seeds/stance/train_*.jsonl)")
    p.add_argument("--stance-test", default=str(stance_dir / "test.jsonl"), help="held-out stance items")
    p.add_argument("--hard-cases", default=str(stance_dir / "hard_cases.jsonl"), help="held-out hard cases")
    p.add_argument("--models-dir", help="model registry root (default: $PIPELINE_MODELS or ./models)")
    p.add_argument("--name", help="model name (default: $PIPELINE_STANCE_MODEL or 'stance')")
    p.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    p.add_argument("--no-promote", action="store_true", help="never promote, only evaluate the challenger")
    p.add_argument("--news-gold", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_dev.jsonl"),
                   help="built dev gold to fit the new version's news prior on ('' to skip)")
    p.add_argument("--article-test", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_test.jsonl"),
                   help="held-out gold articles whose quotes the stance model is also scored on ('' to skip)")
    p.set_defaults(func=_cmd_train)

    p = sub.add_parser("fit-news-prior", help="fit a stance model's shift to the label mix of quotes in news articles")
    p.add_argument("--gold", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_dev.jsonl"),
                   help="built dev gold (never the held-out split); articles in the model's training data are left out")
    _add_model_version_args(p)
    p.set_defaults(func=_cmd_fit_news_prior)

    p = sub.add_parser("fit-country-prior",
                       help="fit a stance model's prior on the speaker's country from labelled in-article quotes")
    p.add_argument("--items", default=str(stance_dir / "train_gold_dev.jsonl"),
                   help="in-article stance items of dev gold articles (gold-to-stance); only their labels are used")
    _add_model_version_args(p)
    p.set_defaults(func=_cmd_fit_country_prior)

    p = sub.add_parser("fit-speaker-pooling",
                       help="fit how strongly a stance model pools one speaker's quotes within an article")
    p.add_argument("--gold", default=str(PROJECT_ROOT / "seeds" / "gold" / "quotes_dev.jsonl"),
                   help="built dev gold (never the held-out split); articles in the model's training data are left out")
    _add_model_version_args(p)
    p.set_defaults(func=_cmd_fit_speaker_pooling)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
