"""Gold evaluation: matching rule, speaker comparison through the registry, stance and per-article figures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_gold, format_gold_report, match_quotes, rule_analyser
from pipeline.speakers import SpeakerRegistry

ROOT = Path(__file__).resolve().parent.parent

TEXT = ('"We will not give up," Zelensky said. Peskov said the deliveries would change nothing. '
        'A crowd chanted outside.')


def _gold(tmp_path: Path, quotes: list[dict], text: str = TEXT, article_id: str = "a1") -> Path:
    built = []
    for q in quotes:
        start = text.index(q["text"])
        built.append({"start": start, "end": start + len(q["text"]), "continuations": q.get("continuations", []),
                      "quote_type": q["quote_type"], "speaker": q.get("speaker"),
                      "speaker_type": q.get("speaker_type", "person" if q.get("speaker") else None),
                      "stance": q.get("stance", "neutral"), "cue": None, "pattern": q.get("pattern")})
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"article_id": article_id, "text": text, "quotes": built}) + "\n", encoding="utf-8")
    return path


def _pred(text_span: str, text: str = TEXT, **kw) -> dict:
    start = text.index(text_span)
    out = {"start": start, "end": start + len(text_span), "continuations": [], "quote_type": "direct",
           "speaker": None, "speaker_id": None, "stance": None}
    out.update(kw)
    return out


@pytest.fixture(scope="module")
def registry() -> SpeakerRegistry:
    return SpeakerRegistry.load(ROOT / "seeds" / "speakers.jsonl")


def test_match_needs_half_of_both_sides():
    gold = [set(range(0, 10))]
    assert match_quotes(gold, [set(range(0, 6))]) == [(0, 0)]          # 60% of gold, 100% of pred
    assert match_quotes(gold, [set(range(0, 4))]) == []                 # 40% of gold
    assert match_quotes(gold, [set(range(0, 30))]) == []                # 33% of pred
    # one-to-one: the larger overlap wins, the other prediction stays unmatched
    assert match_quotes(gold, [set(range(0, 6)), set(range(0, 10))]) == [(0, 1)]


def test_continuations_count_as_characters(tmp_path, registry):
    text = '"A long first part," she said, "and a second part that is longer still."'
    gold = _gold(tmp_path, [{"text": "A long first part,", "quote_type": "direct", "speaker": None,
                             "continuations": [{"start": text.index("and a"), "end": text.index("still.") + 6}]}],
                 text=text)
    # predicting only the first part covers less than half of the gold characters
    m = evaluate_gold(gold, lambda aid, t: [_pred("A long first part,", text=text)], registry=registry)
    assert m["quotes"]["tp"] == 0
    full = _pred("A long first part,", text=text,
                 continuations=[(text.index("and a"), text.index("still.") + 6)])
    m = evaluate_gold(gold, lambda aid, t: [full], registry=registry)
    assert m["quotes"]["tp"] == 1


def test_speaker_accuracy_uses_registry_ids(tmp_path, registry):
    gold = _gold(tmp_path, [
        {"text": "We will not give up,", "quote_type": "direct", "speaker": "Volodymyr Zelensky", "stance": "support"},
        {"text": "the deliveries would change nothing", "quote_type": "indirect", "speaker": "Dmitry Peskov",
         "stance": "oppose"},
    ])

    def analyse(aid, text):
        return [
            _pred("We will not give up,", speaker="Volodymyr Zelenskyy", speaker_id="volodymyr_zelenskyy",
                  stance="support"),
            _pred("the deliveries would change nothing", quote_type="indirect", speaker="Dmitry Peskov",
                  speaker_id="dmitry_peskov", stance="neutral"),
            _pred("A crowd chanted outside"),
        ]

    m = evaluate_gold(gold, analyse, registry=registry)
    assert m["quotes"]["tp"] == 2 and m["quotes"]["n_pred"] == 3 and m["quotes"]["n_gold"] == 2
    assert m["quotes"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert m["quotes"]["recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0          # the alias spelling maps to the canonical id
    assert m["by_type"]["direct"]["recall"] == 1.0 and m["by_type"]["indirect"]["recall"] == 1.0
    # stance: one right (support), one wrong (oppose predicted neutral)
    assert m["stance_n"] == 2
    assert m["stance_macro_f1"] == pytest.approx((1.0 + 0.0 + 0.0) / 3, abs=1e-3)
    # end to end needs match + speaker + stance: only the first quote
    assert m["end_to_end"]["tp"] == 1
    assert m["speakers_per_article"]["recall"] == 1.0


def test_null_speakers_and_wrong_speakers(tmp_path, registry):
    gold = _gold(tmp_path, [
        {"text": "We will not give up,", "quote_type": "direct", "speaker": None},
        {"text": "the deliveries would change nothing", "quote_type": "indirect", "speaker": "Dmitry Peskov"},
    ])

    def analyse(aid, text):
        return [_pred("We will not give up,"),
                _pred("the deliveries would change nothing", quote_type="indirect", speaker="Sergei Lavrov",
                      speaker_id="sergei_lavrov")]

    m = evaluate_gold(gold, analyse, registry=registry)
    assert m["speaker_accuracy"] == 0.5
    assert m["stance_macro_f1"] is None and m["end_to_end_includes_stance"] is False
    spa = m["speakers_per_article"]
    assert spa["tp"] == 0 and spa["n_gold"] == 1 and spa["n_pred"] == 1
    assert m["by_pattern"] == {"?": {"recall": 1.0, "n_gold": 2}}


def test_report_mentions_every_figure(tmp_path, registry):
    gold = _gold(tmp_path, [{"text": "We will not give up,", "quote_type": "direct", "speaker": "Volodymyr Zelensky",
                             "pattern": "said_after"}])
    m = evaluate_gold(gold, rule_analyser(registry), registry=registry)
    report = format_gold_report(m)
    for needle in ("quotes", "direct", "indirect", "speaker accuracy", "stance macro-F1", "end-to-end",
                   "speakers/article", "said_after"):
        assert needle in report
    assert m["quotes"]["recall"] == 1.0 and m["speaker_accuracy"] == 1.0


def test_rule_analyser_on_dev_gold_if_built(registry):
    dev = ROOT / "seeds" / "gold" / "quotes_dev.jsonl"
    if not dev.exists():
        pytest.skip("dev gold not built")
    m = evaluate_gold(dev, rule_analyser(registry, dev), registry=registry)
    assert m["quotes"]["f1"] >= 0.85
    assert m["speaker_accuracy"] >= 0.85


def test_dev_gold_becomes_stance_items_in_the_pipeline_format(tmp_path):
    import json as _json

    from pipeline.gold import build_split, stance_items_from_gold

    src = tmp_path / "src"
    src.mkdir()
    text = ("Aid talks resumed on Monday. \"We will keep the air defence coming,\" the minister said. "
            "\"And faster,\" she added, \"than before.\"\n\nOfficials said the meeting ran late.")
    (src / "a.json").write_text(_json.dumps({"article_id": "g-1", "published_at": "2024-03-01T00:00:00Z", "text": text,
        "quotes": [
            {"text": "We will keep the air defence coming,", "quote_type": "direct", "speaker": "Anna Example",
             "speaker_type": "person", "stance": "support", "cue": "said"},
            {"text": "And faster,", "continuations": ["than before."], "quote_type": "direct",
             "speaker": "Held Out", "speaker_type": "person", "stance": "support", "cue": "added"},
            {"text": "the meeting ran late", "quote_type": "indirect", "speaker": None, "speaker_type": None,
             "stance": "neutral", "cue": "said"}]}))
    built = tmp_path / "quotes_dev.jsonl"
    build_split(src, built)
    items = stance_items_from_gold(built, exclude_speakers={"Held Out"})
    assert [i["label"] for i in items] == ["support", "neutral"]
    assert items[0]["context"] == "\"We will keep the air defence coming,\" the minister said."
    assert items[0]["quote"] in items[0]["context"]
    assert items[1]["context"] == "Officials said the meeting ran late."
    assert {i["event"] for i in items} == {"gold:g-1"}


def test_gold_to_stance_refuses_the_held_out_split(tmp_path):
    import pytest as _pytest

    from pipeline.cli import main

    with _pytest.raises(SystemExit, match="held-out"):
        main(["gold-to-stance", "--gold", "seeds/gold/quotes_test.jsonl", "--out", str(tmp_path / "x.jsonl")])


def test_gold_to_stance_up_to_keeps_only_the_first_articles(tmp_path):
    from pipeline.cli import main

    out = tmp_path / "items.jsonl"
    assert main(["gold-to-stance", "--up-to", "3", "--out", str(out)]) == 0
    events = {json.loads(line)["event"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert events and events <= {"gold:gold-dev-001", "gold:gold-dev-002", "gold:gold-dev-003"}
