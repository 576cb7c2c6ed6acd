"""Training, evaluation, registry and champion/challenger on a tiny original fixture."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline.stance import LABELS, StanceInput, load_stance_model, read_registry
from pipeline.train import (check_stance_split, evaluate_stance, format_split_report, format_stance_report,
                            load_training, promotion_score, train_stance)

FIX = Path(__file__).parent / "fixtures" / "stance_small"
TRAIN, TEST, HARD = FIX / "train.jsonl", FIX / "test.jsonl", FIX / "hard_cases.jsonl"
GRID = {"logreg": [{"C": 3.0, "hard_weight": 1.0}]}


def _train(models_dir: Path, train=(TRAIN,), **kw):
    kw.setdefault("families", ["logreg"])
    kw.setdefault("grid", GRID)
    return train_stance(list(train), TEST, HARD, models_dir, log=lambda *a: None, **kw)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    models = tmp_path_factory.mktemp("models")
    return models, _train(models)


def test_training_writes_a_loadable_registered_model(trained):
    models, summary = trained
    vdir = models / "stance" / summary["version"]
    for name in ("model.joblib", "metrics.json", "MODEL_CARD.md", "training_data.sha256"):
        assert (vdir / name).is_file(), name
    reg = read_registry(models, "stance")
    assert reg["champion"] == summary["version"] and summary["promoted"]
    assert reg["versions"][summary["version"]]["sha256"] == hashlib.sha256((vdir / "model.joblib").read_bytes()).hexdigest()

    model = load_stance_model(models)  # champion
    assert model.name == "stance" and model.version == summary["version"]
    proba = model.predict_proba([StanceInput("Send more air defence to Kyiv now", "said",
                                             "\u201cSend more air defence to Kyiv now,\u201d the minister said."),
                                 StanceInput("The meeting starts at nine", None, "The meeting starts at nine, she said.")])
    assert proba.shape == (2, 3)
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert model.predict_proba([]).shape == (0, 3)


def test_training_data_hash_and_metrics_recorded(trained):
    models, summary = trained
    vdir = models / "stance" / summary["version"]
    digest = hashlib.sha256(TRAIN.read_bytes()).hexdigest()
    assert f"{digest}  train.jsonl" in (vdir / "training_data.sha256").read_text()
    metrics = json.loads((vdir / "metrics.json").read_text())
    assert metrics["training"]["files"]["train.jsonl"] == digest
    assert metrics["training"]["rows"] == 42
    for key in ("cv", "test", "hard", "family_comparison", "throughput_qps", "champion_comparison"):
        assert key in metrics
    assert set(metrics["test"]["per_class"]) == set(LABELS)
    card = (vdir / "MODEL_CARD.md").read_text()
    for heading in ("## Data", "## Features", "## Scores", "## Model family comparison", "## Known failure modes"):
        assert heading in card


def test_training_is_deterministic(tmp_path, trained):
    _, first = trained
    second = _train(tmp_path / "models")
    keys = ("cv_macro_f1", "cv_hard_macro_f1", "test_macro_f1", "hard_macro_f1", "training_data_sha256")
    assert {k: first[k] for k in keys} == {k: second[k] for k in keys}
    items = [StanceInput(q, "said", q) for q in ("We must arm Ukraine", "Stop the weapons", "Talks resume Monday")]
    a = load_stance_model(Path(first["path"]).parent.parent).predict_proba(items)
    b = load_stance_model(tmp_path / "models").predict_proba(items)
    assert np.array_equal(a, b)


def test_champion_challenger(tmp_path):
    models = tmp_path / "models"
    first = _train(models)
    assert first["promoted"] and first["test_macro_f1"] > 0.5
    # a challenger trained on support/oppose-swapped labels is worse on the held-out file: not promoted
    swapped = tmp_path / "swapped.jsonl"
    flip = {"support": "oppose", "oppose": "support", "neutral": "neutral"}
    with open(TRAIN) as src, open(swapped, "w") as dst:
        for line in src:
            row = json.loads(line)
            row["label"] = flip[row["label"]]
            dst.write(json.dumps(row) + "\n")
    worse = _train(models, train=(swapped,))
    assert worse["test_macro_f1"] < first["test_macro_f1"]
    assert not worse["promoted"]
    reg = read_registry(models, "stance")
    assert reg["champion"] == first["version"]
    assert reg["history"][-1]["challenger"] == worse["version"] and reg["history"][-1]["promoted"] is False
    # an equally good challenger (same data) is promoted (>=)
    same = _train(models)
    assert same["promoted"] and read_registry(models, "stance")["champion"] == same["version"]
    # promote=False never changes the champion
    held = _train(models, promote=False)
    assert not held["promoted"] and read_registry(models, "stance")["champion"] == same["version"]
    # the non-champion versions stay loadable by explicit version
    assert load_stance_model(models, version=worse["version"]).version == worse["version"]


def test_first_model_without_held_out_files(tmp_path):
    summary = train_stance([TRAIN], tmp_path / "no_test.jsonl", tmp_path / "no_hard.jsonl", tmp_path / "m",
                           families=["logreg"], grid=GRID, log=lambda *a: None)
    assert summary["promoted"] and summary["test_macro_f1"] is None
    report = format_stance_report(evaluate_stance(load_stance_model(tmp_path / "m"), tmp_path / "no_test.jsonl",
                                                  tmp_path / "no_hard.jsonl"))
    assert "not available" in report


def test_evaluate_and_report(trained):
    models, _ = trained
    metrics = evaluate_stance(load_stance_model(models), TEST, HARD)
    assert metrics["test"]["n"] == 6 and metrics["hard"]["n"] == 4
    assert 0.0 <= metrics["test"]["macro_f1"] <= 1.0
    assert set(metrics["hard"]["by_hard_case"]) == {"negation", "backer_stating_limit", "sarcasm_rhetorical"}
    text = format_stance_report(metrics)
    assert "held-out test" in text and "macro-F1" in text and "held-out hard cases" in text


def test_split_check(tmp_path):
    report = check_stance_split([TRAIN], TEST, HARD)
    assert report["ok"], format_split_report(report)
    leaky = tmp_path / "leaky.jsonl"
    shutil.copy(TEST, leaky)
    with open(leaky, "a") as fh:
        row = json.loads(TRAIN.read_text().splitlines()[0])
        fh.write(json.dumps(row) + "\n")
    bad = check_stance_split([TRAIN], leaky, HARD)
    assert not bad["ok"]
    assert bad["test"]["event_overlap"] == ["port_blockade"]
    assert bad["test"]["speaker_overlap"] and bad["test"]["duplicate_quotes"] == 1
    assert "FAILED" in format_split_report(bad)


def test_loader_tolerates_partial_lines(tmp_path):
    path = tmp_path / "growing.jsonl"
    lines = TRAIN.read_text().splitlines()
    path.write_text("\n".join(lines[:5]) + "\n" + lines[5][:30])  # a writer is mid-line
    rows = load_training([path], log=lambda *a: None)
    assert len(rows) == 5


def test_promotion_score_averages_test_and_hard_cases():
    # a challenger a little lower on the test file but clearly better on hard cases wins, and vice versa
    assert promotion_score(0.872, 0.831) > promotion_score(0.876, 0.821)
    assert promotion_score(0.90, 0.70) < promotion_score(0.85, 0.80)
    assert promotion_score(0.8, None) == 0.8 and promotion_score(None, 0.9) is None
    # with the held-out article quotes, a challenger that gains on them more than it loses elsewhere wins
    assert promotion_score(0.85, 0.80, 0.74) > promotion_score(0.876, 0.821, 0.68)
    assert promotion_score(0.9, None, 0.6) == 0.75


def _with_in_article_rows(tmp_path: Path, n: int = 60) -> Path:
    """The fixture plus ``n`` rows marked as quotes of six dev gold articles (contexts varied so none dedupe)."""
    rows = [json.loads(line) for line in TRAIN.read_text().splitlines() if line.strip()]
    extra = []
    for k in range(n):
        row = dict(rows[k % len(rows)])
        row.update({"id": f"gold-{k}", "context": f"{row.get('context') or row['quote']} (report {k})",
                    "event": f"gold:gold-dev-{k % 6:03d}", "hard_case": None})
        extra.append(row)
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows + extra))
    return path


def test_in_article_training_rows_give_a_cross_fitted_news_prior_and_article_scores(tmp_path):
    gold = Path(__file__).resolve().parent.parent / "seeds" / "gold" / "quotes_dev.jsonl"  # any built gold file
    train = _with_in_article_rows(tmp_path)
    first = _train(tmp_path / "m", train=(train,), article_path=gold)
    entry = read_registry(tmp_path / "m", "stance")["versions"][first["version"]]
    prior = entry["news_prior"]
    assert "cross-fitted" in prior["fitted_on"] and prior["quotes"] == 60 and prior["articles"] == 6
    assert prior["gold"] == "train.jsonl"
    pooling = entry["speaker_pooling"]  # fitted on the same cross-fitted probabilities, priors applied
    assert "cross-fitted" in pooling["fitted_on"] and pooling["quotes"] == 60 and 0 <= pooling["alpha"] <= 1
    metrics = first["metrics"]
    assert metrics["in_article"]["n"] > 1000 and 0.0 <= metrics["in_article"]["macro_f1"] <= 1.0
    card = (tmp_path / "m" / "stance" / first["version"] / "MODEL_CARD.md").read_text()
    assert "held-out gold article quotes" in card and "cross-fitted" in card
    # the next challenger is compared with the champion on the article quotes too
    second = _train(tmp_path / "m", train=(train,), article_path=gold)
    decision = second["decision"]
    assert "article quotes" in decision["reason"]
    assert decision["champion_in_article_macro_f1"] == pytest.approx(metrics["in_article"]["macro_f1"])
    report = format_stance_report(evaluate_stance(load_stance_model(tmp_path / "m"), TEST, HARD, gold))
    assert "held-out gold article quotes (gold spans, news and country priors, speaker pooling applied): n=" in report


def test_in_article_rows_get_their_own_cv_figure(tmp_path):
    rows = [json.loads(line) for line in TRAIN.read_text().splitlines() if line.strip()]
    for i, row in enumerate(rows[::3]):  # a third of the rows become quotes of four "gold articles"
        row["event"] = f"gold:gold-dev-{i % 4:03d}"
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps(r) + "\n" for r in rows))
    summary = _train(tmp_path / "models", train=(train,))
    metrics = json.loads((tmp_path / "models" / "stance" / summary["version"] / "metrics.json").read_text())
    assert metrics["cv"]["in_article_rows"] == len(rows[::3])
    assert 0.0 <= metrics["cv"]["in_article_macro_f1"] <= 1.0
    card = (tmp_path / "models" / "stance" / summary["version"] / "MODEL_CARD.md").read_text()
    assert f"in-article rows (n={len(rows[::3])}" in card


class _Calibrated:
    """Probabilities calibrated for a uniform label mix: p(label) = 0.6 for the item's true-ish class."""
    classes_ = np.array(list(LABELS))

    def predict_proba(self, items):
        rows = []
        for item in items:
            hot = LABELS.index(item.quote.split()[0])
            rows.append([0.6 if j == hot else 0.2 for j in range(len(LABELS))])
        return np.array(rows)


def _skewed_items(n_articles=40):
    """In-article items where neutral quotes are 3x as common as each other label, and the classifier's
    favourite class is right 60 % of the time."""
    rng = np.random.default_rng(0)
    items = []
    for a in range(n_articles):
        for k in range(10):
            label = rng.choice(LABELS, p=[0.2, 0.2, 0.6])
            shown = label if rng.random() < 0.6 else rng.choice([x for x in LABELS if x != label])
            items.append({"quote": f"{shown} quote {a}-{k}", "cue": "said", "context": "ctx", "label": str(label),
                          "event": f"gold:a{a}"})
    return items


def test_fit_news_prior_learns_the_article_label_mix():
    from pipeline.stance import StanceModel
    from pipeline.train import fit_news_prior

    prior = fit_news_prior(StanceModel(_Calibrated(), "x", "v0"), _skewed_items())
    assert prior["log_offsets"]["support"] == 0.0
    assert prior["log_offsets"]["neutral"] > 0.5 > abs(prior["log_offsets"]["oppose"])
    assert prior["fit_log_loss"]["after"] < prior["fit_log_loss"]["before"]
    assert prior["articles"] == 40 and prior["quotes"] == 400
    assert set(prior["grouped_cv_macro_f1"]) == {"folds", "before", "after"}


def test_speaker_pooling_is_fitted_where_speakers_keep_their_side():
    from pipeline.train import StanceDataError, speaker_pooling_from_proba

    rng = np.random.default_rng(3)
    items, proba = [], []
    for a in range(40):
        for s in range(3):
            side = rng.choice(LABELS, p=[0.3, 0.2, 0.5])
            for k in range(4):  # a speaker keeps their side in an article; the classifier sees it weakly
                label = side if rng.random() < 0.85 else str(rng.choice(LABELS))
                p = np.full(3, 0.25)
                p[LABELS.index(label) if rng.random() < 0.6 else int(rng.integers(3))] = 0.5
                items.append({"label": str(label), "speaker": f"Speaker {s}", "event": f"gold:a{a}"})
                proba.append(p)
    proba = np.array(proba)
    fitted = speaker_pooling_from_proba(proba, items)
    assert fitted["alpha"] > 0 and fitted["fit_log_loss"]["after"] < fitted["fit_log_loss"]["before"]
    assert fitted["pooled_speakers"] == 120 and abs(sum(fitted["base"].values()) - 1) < 1e-3
    # speakers who say anything at all: their other quotes are no evidence, and the fit leaves them alone
    shuffled = [dict(i, speaker=f"Speaker {k % 7}") for k, i in enumerate(rng.permutation(items))]
    assert speaker_pooling_from_proba(proba, shuffled)["alpha"] <= 0.1
    with pytest.raises(StanceDataError, match="at least 50"):
        speaker_pooling_from_proba(proba[:20], items[:20])


def test_news_prior_never_fitted_on_held_out_or_training_articles(tmp_path):
    from pipeline.train import StanceDataError, fit_news_prior, news_prior_items
    from pipeline.stance import StanceModel

    with pytest.raises(StanceDataError, match="held-out"):
        news_prior_items(tmp_path / "quotes_test.jsonl", [])
    gold = Path(__file__).resolve().parent.parent / "seeds" / "gold" / "quotes_dev.jsonl"
    all_items = news_prior_items(gold, [])
    first = all_items[0]["event"]
    rest = news_prior_items(gold, [first])
    assert first not in {i["event"] for i in rest} and len(rest) < len(all_items)
    with pytest.raises(StanceDataError, match="at least 50"):
        fit_news_prior(StanceModel(_Calibrated(), "x", "v0"), _skewed_items(2)[:20])


def test_training_fits_the_news_prior_when_dev_gold_is_given(tmp_path):
    gold = Path(__file__).resolve().parent.parent / "seeds" / "gold" / "quotes_dev.jsonl"
    summary = _train(tmp_path, news_gold=gold)
    entry = read_registry(tmp_path, "stance")["versions"][summary["version"]]
    assert entry["news_prior"]["gold"] == "quotes_dev.jsonl" and entry["news_prior"]["quotes"] >= 50
    model = load_stance_model(tmp_path, "stance", summary["version"])
    item = [StanceInput("We will see.", "said", "We will see, he said.")]
    assert not np.allclose(model.predict_proba(item), model.predict_proba(item, news_prior=False))
    card = (tmp_path / "stance" / summary["version"] / "MODEL_CARD.md").read_text()
    assert "## News prior" in card and "quotes of" in card


def test_news_prior_fits_verb_object_quotes_their_own_shift():
    from pipeline.stance import StanceModel, StanceInput
    from pipeline.train import MIN_PATTERN_QUOTES, fit_news_prior

    items = _skewed_items()
    rng = np.random.default_rng(1)
    # verb-object quotes: support twice as common as neutral, unlike the neutral-heavy rest
    for a in range(MIN_PATTERN_QUOTES + 20):
        label = str(rng.choice(LABELS, p=[0.5, 0.25, 0.25]))
        shown = label if rng.random() < 0.6 else str(rng.choice([x for x in LABELS if x != label]))
        items.append({"quote": f"{shown} object {a}", "cue": "criticized", "context": "ctx", "label": label,
                      "event": f"gold:a{a % 40}", "pattern": "verb_object"})
    prior = fit_news_prior(StanceModel(_Calibrated(), "x", "v0"), items)
    vo = prior["by_pattern"]["verb_object"]
    assert vo["quotes"] == MIN_PATTERN_QUOTES + 20
    assert vo["log_offsets"]["neutral"] < prior["log_offsets"]["neutral"]
    model = StanceModel(_Calibrated(), "x", "v0", news_prior=prior)
    item = [StanceInput("support object", "criticized", "ctx")]
    as_object = model.predict_proba(item, patterns=["verb_object"])
    as_clause = model.predict_proba(item, patterns=["reported_clause"])
    assert as_object[0, 2] < as_clause[0, 2]
    assert np.allclose(as_clause, model.predict_proba(item))  # no pattern: the shift for all quotes


def test_country_prior_counts_each_countrys_label_mix():
    from pipeline.speakers import SpeakerRegistry
    from pipeline.train import StanceDataError, fit_country_prior

    registry = SpeakerRegistry([{"canonical": "Dmitry Peskov", "type": "person", "country": "Russia"},
                                {"canonical": "Andrii Sybiha", "type": "person", "country": "Ukraine"}])
    items = ([{"speaker": "Dmitry Peskov", "label": "oppose"}] * 40 + [{"speaker": "Dmitry Peskov", "label": "neutral"}] * 10
             + [{"speaker": "Andrii Sybiha", "label": "support"}] * 20 + [{"speaker": None, "label": "neutral"}] * 60)
    prior = fit_country_prior(items, registry, alpha=1.0, min_quotes=30)
    assert set(prior["ratios"]) == {"Russia"}  # Ukraine: 20 quotes, under the minimum
    russia = prior["ratios"]["Russia"]
    assert russia["oppose"] > 2 and russia["support"] < 0.5 and prior["quotes"] == {"Russia": 50}
    with pytest.raises(StanceDataError, match="at least 50"):
        fit_country_prior(items[:20], registry)


def test_fit_country_prior_and_speaker_pooling_refuse_held_out_data(tmp_path):
    from pipeline.cli import main

    with pytest.raises(SystemExit, match="country prior on held-out"):
        main(["fit-country-prior", "--items", str(TEST), "--models-dir", str(tmp_path)])
    held_out_gold = Path(__file__).resolve().parent.parent / "seeds" / "gold" / "quotes_test.jsonl"
    with pytest.raises(SystemExit, match="speaker pooling on held-out"):
        main(["fit-speaker-pooling", "--gold", str(held_out_gold), "--models-dir", str(tmp_path)])
