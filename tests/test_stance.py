"""Stance model contract, registry integrity, features, and the shipped model on original hard cases."""
from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pipeline import stance as stance_mod
from pipeline.features import (StanceFeaturizer, abstract_stream, cut_quote, mark_negation, mask_name, normalize,
                               tokenize)
from pipeline.stance import LABELS, ModelIntegrityError, StanceInput, StanceModel, load_stance_model
from pipeline.train import train_stance

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "models"
FIX = Path(__file__).parent / "fixtures" / "stance_small"


# ---------------------------------------------------------------------------------------------- contract

def test_contract_shapes():
    assert LABELS == ("support", "oppose", "neutral")
    item = StanceInput(quote="q", cue=None, context="c")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.quote = "x"  # type: ignore[misc]
    assert issubclass(ModelIntegrityError, RuntimeError)


@pytest.fixture(scope="module")
def small_registry(tmp_path_factory):
    models = tmp_path_factory.mktemp("models")
    train_stance([FIX / "train.jsonl"], FIX / "test.jsonl", FIX / "hard_cases.jsonl", models,
                 families=["logreg"], grid={"logreg": [{"C": 3.0, "hard_weight": 1.0}]}, log=lambda *a: None)
    return models


@pytest.fixture()
def registry_copy(small_registry, tmp_path):
    dst = tmp_path / "models"
    shutil.copytree(small_registry, dst)
    return dst


@pytest.fixture()
def joblib_must_not_load(monkeypatch):
    import joblib

    def refuse(*a, **k):
        raise AssertionError("joblib.load called on an unverified file")

    monkeypatch.setattr(joblib, "load", refuse)


def test_tampered_model_refused_before_unpickling(registry_copy, joblib_must_not_load):
    path = registry_copy / "stance" / "v1" / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="integrity"):
        load_stance_model(registry_copy)


def test_replaced_model_refused(registry_copy, joblib_must_not_load):
    import pickle

    path = registry_copy / "stance" / "v1" / "model.joblib"
    path.write_bytes(pickle.dumps({"format": 1, "estimator": None}))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        load_stance_model(registry_copy, version="v1")


def test_missing_model_file_refused(registry_copy):
    (registry_copy / "stance" / "v1" / "model.joblib").unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        load_stance_model(registry_copy)


def test_missing_registry_and_unknown_versions_refused(registry_copy, tmp_path):
    with pytest.raises(ModelIntegrityError, match="no model registry"):
        load_stance_model(tmp_path / "empty")
    with pytest.raises(ModelIntegrityError, match="not in registry"):
        load_stance_model(registry_copy, version="v99")
    for bad in ("../v1", "v1/../../x", "", "a b"):
        with pytest.raises(ModelIntegrityError):
            load_stance_model(registry_copy, version=bad)
    reg_path = registry_copy / "stance" / "registry.json"
    reg = json.loads(reg_path.read_text())
    reg["champion"] = None
    reg_path.write_text(json.dumps(reg))
    with pytest.raises(ModelIntegrityError, match="no champion"):
        load_stance_model(registry_copy)
    reg_path.write_text("{not json")
    with pytest.raises(ModelIntegrityError, match="unreadable"):
        load_stance_model(registry_copy)


def test_model_that_cannot_predict_refused(registry_copy):
    """A correctly hashed file whose estimator cannot score (e.g. pickled against older feature code)."""
    import joblib
    from sklearn.linear_model import LogisticRegression

    path = registry_copy / "stance" / "v1" / "model.joblib"
    joblib.dump({"format": 1, "estimator": LogisticRegression(), "meta": {}}, path)
    reg_path = registry_copy / "stance" / "registry.json"
    reg = json.loads(reg_path.read_text())
    reg["versions"]["v1"]["sha256"] = stance_mod.sha256_file(path)
    reg_path.write_text(json.dumps(reg))
    with pytest.raises(ModelIntegrityError, match="cannot predict"):
        load_stance_model(registry_copy)


def test_model_from_other_feature_code_refused(registry_copy, monkeypatch):
    """Word lists live in code: a model fitted with different lists must not load silently."""
    import pipeline.features as features

    monkeypatch.setattr(features, "FEATURE_CODE_FINGERPRINT", "0" * 16)
    with pytest.raises(ModelIntegrityError, match="FeatureCodeMismatch"):
        load_stance_model(registry_copy)


def test_verified_model_loads(registry_copy):
    model = load_stance_model(registry_copy, version="v1")
    assert model.model_version == "stance/v1"
    p = model.predict_proba([StanceInput("Stop sending weapons", "said", "Stop sending weapons, he said.")])
    assert p.shape == (1, 3) and np.isclose(p.sum(), 1.0)


def test_columns_follow_labels_order():
    class Fake:
        classes_ = np.array(["neutral", "oppose", "support"])

        def predict_proba(self, items):
            return np.tile([0.2, 0.3, 0.5], (len(items), 1))

    m = StanceModel(Fake(), "x", "v0")
    assert np.allclose(m.predict_proba([StanceInput("a", None, "a")]), [[0.5, 0.3, 0.2]])


def test_news_prior_reweights_by_bayes_rule():
    class Fake:
        classes_ = np.array(list(LABELS))

        def predict_proba(self, items):
            return np.tile([0.5, 0.3, 0.2], (len(items), 1))

    prior = {"log_offsets": {"support": 0.0, "oppose": float(np.log(0.5)), "neutral": float(np.log(3.0))}}
    m = StanceModel(Fake(), "x", "v0", news_prior=prior)
    item = [StanceInput("a", None, "a")]
    shifted = np.array([0.5, 0.3 * 0.5, 0.2 * 3.0])
    assert np.allclose(m.predict_proba(item), [shifted / shifted.sum()])
    assert np.allclose(m.predict_proba(item, news_prior=False), [[0.5, 0.3, 0.2]])
    assert m.predict(item) == ["neutral"]  # 0.6 > 0.5 after the shift
    for bad in ({"log_offsets": {"support": 0.0}}, {"log_offsets": {"support": 0, "oppose": "x", "neutral": 0}},
                {"log_offsets": {"support": 0.0, "oppose": 0.0, "neutral": float("nan")}}, {"weights": {}}):
        with pytest.raises(ModelIntegrityError, match="news_prior"):
            StanceModel(Fake(), "x", "v0", news_prior=bad)


def test_country_prior_multiplies_by_the_speakers_countrys_ratios():
    class Fake:
        classes_ = np.array(list(LABELS))

        def predict_proba(self, items):
            return np.tile([0.5, 0.3, 0.2], (len(items), 1))

    prior = {"ratios": {"Russia": {"support": 0.1, "oppose": 3.0, "neutral": 1.0}}}
    m = StanceModel(Fake(), "x", "v0", country_prior=prior)
    items = [StanceInput("a", None, "a")] * 3
    out = m.predict_proba(items, countries=["Russia", None, "Narnia"])
    shifted = np.array([0.5 * 0.1, 0.3 * 3.0, 0.2])
    assert np.allclose(out[0], shifted / shifted.sum())
    assert np.allclose(out[1:], [[0.5, 0.3, 0.2]] * 2)  # no country, or one without a prior: unchanged
    assert np.allclose(m.predict_proba(items, countries=["Russia"] * 3, news_prior=False), [[0.5, 0.3, 0.2]] * 3)
    for bad in ({"ratios": {"Russia": {"support": 1.0}}}, {"ratios": {"Russia": {"support": 0, "oppose": 1,
                                                                                  "neutral": 1}}}, {"by": {}}):
        with pytest.raises(ModelIntegrityError, match="country_prior"):
            StanceModel(Fake(), "x", "v0", country_prior=bad)


def test_speaker_pooling_moves_a_quote_toward_the_speakers_other_quotes_in_the_article():
    from pipeline.stance import pool_same_speaker

    base = np.array([0.25, 0.15, 0.60])
    proba = np.array([[0.40, 0.20, 0.40],   # speaker A, unsure
                      [0.80, 0.05, 0.15],   # speaker A, clearly for
                      [0.90, 0.05, 0.05],   # speaker A, clearly for
                      [0.40, 0.20, 0.40],   # speaker B: one quote only
                      [0.40, 0.20, 0.40]])  # nobody known
    groups = [("a1", "A"), ("a1", "A"), ("a1", "A"), ("a1", "B"), None]
    out = pool_same_speaker(proba, groups, 0.5, base)
    others = proba[1:3].mean(axis=0)
    expected = proba[0] * (others / base) ** 0.5
    assert np.allclose(out[0], expected / expected.sum())
    assert out[0, 0] > proba[0, 0]  # the unsure quote leans to the side the speaker took
    assert np.allclose(out[3:], proba[3:])  # one quote, or no speaker: unchanged
    assert np.allclose(out.sum(axis=1), 1.0)
    assert np.allclose(pool_same_speaker(proba, groups, 0.0, base), proba)
    # the same speaker in another article is another group
    assert np.allclose(pool_same_speaker(proba[:2], [("a1", "A"), ("a2", "A")], 0.5, base), proba[:2])
    with pytest.raises(ValueError, match="groups"):
        pool_same_speaker(proba, groups[:2], 0.5, base)


def test_speaker_pooling_entry_is_checked_and_applied_by_the_model():
    class Fake:
        classes_ = np.array(list(LABELS))

        def predict_proba(self, items):
            return np.tile([0.5, 0.3, 0.2], (len(items), 1))

    entry = {"alpha": 0.2, "base": {"support": 0.25, "oppose": 0.15, "neutral": 0.6}}
    m = StanceModel(Fake(), "x", "v0", speaker_pooling=entry)
    proba = np.array([[0.2, 0.2, 0.6], [0.1, 0.8, 0.1]])
    pooled = m.pool_speakers(proba, [("a", "s"), ("a", "s")])
    assert pooled[0, 1] > proba[0, 1]  # the neutral-sounding quote of a speaker who opposed elsewhere
    assert np.allclose(pooled, stance_mod.pool_same_speaker(proba, [("a", "s")] * 2, 0.2, np.array([0.25, 0.15, 0.6])))
    assert np.allclose(StanceModel(Fake(), "x", "v0").pool_speakers(proba, [("a", "s")] * 2), proba)
    for bad in ({"alpha": 0.2}, {"alpha": -1, "base": entry["base"]}, {"alpha": "x", "base": entry["base"]},
                {"alpha": 0.2, "base": {"support": 0.5, "oppose": 0.5, "neutral": 0.5}}):
        with pytest.raises(ModelIntegrityError, match="speaker_pooling"):
            StanceModel(Fake(), "x", "v0", speaker_pooling=bad)


def test_shipped_model_carries_a_country_prior_that_the_pipeline_applies():
    model = load_stance_model(Path(__file__).resolve().parent.parent / "models")
    item = [StanceInput("The West must stop sending weapons to Kyiv.", "said",
                        "The West must stop sending weapons to Kyiv, he said.")]
    plain = model.predict_proba(item)
    russian = model.predict_proba(item, countries=["Russia"])
    assert model.country_prior and "Russia" in model.country_prior["ratios"]
    assert russian[0, LABELS.index("oppose")] > plain[0, LABELS.index("oppose")]


def test_registry_news_prior_reaches_the_loaded_model(registry_copy):
    item = [StanceInput("Stop sending weapons", "said", "Stop sending weapons, he said.")]
    raw = load_stance_model(registry_copy, version="v1").predict_proba(item)
    registry = stance_mod.read_registry(registry_copy, "stance")
    registry["versions"]["v1"]["news_prior"] = {"log_offsets": {"support": 0.0, "oppose": 0.0, "neutral": 2.0}}
    stance_mod.write_registry(registry_copy, "stance", registry)
    shifted = load_stance_model(registry_copy, version="v1").predict_proba(item)  # not the cached unshifted model
    assert shifted[0, 2] > raw[0, 2] and np.isclose(shifted.sum(), 1.0)
    expected = raw[0] * np.exp([0.0, 0.0, 2.0])
    assert np.allclose(shifted[0], expected / expected.sum())


# ---------------------------------------------------------------------------------------------- features

def toks(text):
    return mark_negation(tokenize(normalize(text)))


def test_negation_scope():
    assert toks("We will not send Taurus, but we help") == ["we", "will", "not", "neg_send", "neg_taurus", "but", "we",
                                                            "help"]
    assert toks("We can't stop now")[:4] == ["we", "can't", "not", "neg_stop"]
    t = toks("We won't abandon Ukraine. We vote against the aid")
    assert "neg_abandon" in t and "neg_ukraine" in t
    assert "against" in t and "neg_aid" not in t  # "against X" is a relation, not a negation
    assert "neg_more" in toks("Never more weapons") and "neg_training" not in toks("no silver bullet; more training")
    # no negator at all (the shortcut): scope-ending punctuation dropped, "?" and "!" kept
    assert toks("We send Taurus, and (we) help!") == ["we", "send", "taurus", "and", "we", "help", "!"]


def test_normalize_straightens_quotes_and_dashes():
    from pipeline.features import _QUOTES

    for code, replacement in _QUOTES.items():
        assert normalize(f"A{chr(code)}B{chr(code)}") == f"a{replacement}b{replacement}"
    assert normalize("\u201cOrb\u00e1n\u2019s\u201d \u2014 aid\u2026 \u00ab\u00a0now\u00a0\u00bb") == \
        '"orban\'s"  -  aid... " now "'


def test_ngram_ids_match_string_ngrams():
    """Word n-grams looked up as tuples, all documents in one pass, find what their joined strings find."""
    from collections import Counter

    from sklearn.feature_extraction.text import TfidfVectorizer

    from pipeline.features import _identity, _Indexer

    docs = [["we", "will", "not", "neg_send", "neg_tanks"], [], ["tanks"], ["we", "will"],
            ["will", "not", "we", "will", "not", "neg_send"], ["?"]]
    for lo, hi in [(1, 1), (1, 2), (1, 3), (2, 3), (3, 3), (1, 5)]:
        vec = TfidfVectorizer(analyzer=_identity).fit([StanceFeaturizer._ngrams(d, lo, hi) for d in docs[:4]])
        cols, lengths = _Indexer(vec).ngram_ids(docs, lo, hi)
        assert sum(lengths) == len(cols)
        start = 0
        for doc, length in zip(docs, lengths):
            expected = [vec.vocabulary_[g] for g in StanceFeaturizer._ngrams(doc, lo, hi) if g in vec.vocabulary_]
            assert Counter(cols[start:start + length].tolist()) == Counter(expected), (lo, hi, doc)
            start += length


def test_nonnegative_split_shortcut():
    """Non-negative input (the stance features) takes a shortcut; it equals the general positive/negative split."""
    import scipy.sparse as sp

    from pipeline.features import NonNegative

    X = sp.csr_matrix((np.array([0.5, 0.0, 2.0, 1.0, 3.0]), np.array([2, 0, 1, 0, 1]), np.array([0, 3, 3, 5])),
                      shape=(3, 4))  # an explicit zero, unsorted indices
    mixed = X.copy()
    mixed.data -= 1.0  # negative, zero and positive entries: the general path
    for M in (X, mixed, sp.csr_matrix((3, 4))):
        expected = sp.hstack([M.copy().maximum(0), (-M.copy()).maximum(0)], format="csr")
        got = NonNegative().transform(M.copy())
        assert got.shape == expected.shape
        for a in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(got, a), getattr(expected, a)), a


def test_abstract_stream_generalises_weapons():
    a = abstract_stream(toks("We will not send Leopards"))
    b = abstract_stream(toks("We will not deliver missiles"))
    assert a[-2:] == b[-2:] == ["neg_GIVE", "neg_WPN"]


def test_name_masking_and_quote_cut():
    ctx = normalize("“Enough,” Viktor Orbán said. Orban's aides agreed.")
    masked = mask_name(ctx, "Viktor Orbán")
    assert "orban" not in masked and "viktor" not in masked and "someone" in masked
    assert cut_quote("he said: stop the war now, loudly", "stop the war now") == "he said:  qqq , loudly"


def test_fast_tfidf_matches_sklearn():
    rows = [json.loads(line) for line in (FIX / "train.jsonl").read_text().splitlines()]
    items = [StanceInput(r["quote"], r["cue"], r["context"]) for r in rows]
    y = [r["label"] for r in rows]
    feat = StanceFeaturizer(w_qabs=1.0, w_cabs=0.5, min_df=1).fit(items, y)
    X = feat.transform(items).toarray()
    ref = feat.reference_transform(items)
    weights = {"qword": feat.w_qword, "qchar": feat.w_qchar, "ctx": feat.w_ctx, "qabs": feat.w_qabs,
               "cabs": feat.w_cabs}
    for name, (a, b) in feat.block_slices().items():
        assert np.allclose(X[:, a:b], weights[name] * ref[name].toarray()), name


def test_source_column_marks_article_quotes_and_old_featurizers_have_none():
    rows = [json.loads(line) for line in (FIX / "train.jsonl").read_text().splitlines()]
    y = [r["label"] for r in rows]
    corpus = [StanceInput(r["quote"], r["cue"], r["context"], in_article=False) for r in rows]
    article = [StanceInput(r["quote"], r["cue"], r["context"]) for r in rows]  # the pipeline's default
    feat = StanceFeaturizer(min_df=1, w_dom=1.0).fit(corpus + article, y + y)
    Xc, Xa = feat.transform(corpus).toarray(), feat.transform(article).toarray()
    assert np.all(Xc[:, -1] == 0.0) and np.all(Xa[:, -1] == 1.0)
    assert np.allclose(Xc[:, :-1], Xa[:, :-1])  # nothing else depends on the source
    # a featurizer pickled before the column existed has no w_dom attribute: same features as before, no column
    old = StanceFeaturizer(min_df=1).fit(corpus, y)
    del old.__dict__["w_dom"]
    assert old.transform(article).shape[1] == feat.transform(article).shape[1] - 1


def test_training_rows_know_their_source():
    from pipeline.train import to_input

    assert to_input({"quote": "q", "event": "gold:gold-dev-001"}).in_article is True
    assert to_input({"quote": "q", "event": "2023-taurus-debate"}).in_article is False


# ---------------------------------------------------------------------------------------------- shipped model
# Original sentences (not from the training files), a few per hard-case category.

HARD_EXAMPLES = {
    "negative_sounding_support": [
        ("Missiles are not a silver bullet; we need more training",
         "\u201cMissiles are not a silver bullet; we need more training,\u201d the commander told reporters.", "support"),
        ("The deliveries have been painfully slow and embarrassingly small, so double them now", None, "support"),
        ("It is shameful that Ukraine still has to beg for artillery shells every single week", None, "support"),
    ],
    "positive_sounding_opposition": [
        ("Peace through ending the weapons flow", None, "oppose"),
        ("The kindest thing we can do for Ukrainians is stop paying for the fighting and bring everyone to the table",
         None, "oppose"),
        ("We love the Ukrainian people, and that is exactly why the arms shipments have to end", None, "oppose"),
    ],
    "backer_stating_limit": [
        ("We will keep supporting Kyiv, but we will not send our long-range missiles", None, "oppose"),
        ("Our soldiers will not be deployed to Ukraine under any circumstances", None, "oppose"),
        ("Berlin remains a loyal partner, but the cruise missiles will not be delivered", None, "oppose"),
    ],
    "negation": [
        ("We will not abandon Ukraine", None, "support"),
        ("We will not fund an endless war", None, "oppose"),
        ("We will never let Moscow decide how long we help Ukraine", None, "support"),
    ],
    "context_dependent": [
        ("We need to double down", "\u201cWe need to double down,\u201d Hale said, urging allies to speed up air-defence "
                                   "deliveries to Kyiv before the winter strikes.", "support"),
        ("Enough is enough", "Speaking against the Ukraine aid package minutes before the vote, Drummond said: "
                             "\u201cEnough is enough.\u201d", "oppose"),
        ("We will know next week", "Asked when the next shipment of shells would arrive at the depot, the logistics "
                                   "officer said: \u201cWe will know next week.\u201d", "neutral"),
    ],
    "sarcasm_rhetorical": [
        ("Another billion for a stalemate, what could possibly go wrong?", None, "oppose"),
        ("Should Ukrainians defend their cities with pitchforks?", None, "support"),
        ("Sure, one more aid package will surely win the war this time, right?", None, "oppose"),
    ],
    "plain": [
        ("Allies must send more air defence to Ukraine immediately", None, "support"),
        ("Lifting the sanctions on Moscow would be the sensible thing to do", None, "oppose"),
        ("The delegation will arrive in Brussels on Tuesday morning", None, "neutral"),
    ],
}


def _item(quote, context, in_article=False):
    # hand-written corpus-style items unless said otherwise (the model knows the source: see features ``dom``)
    return StanceInput(quote=quote, cue="said", context=context or f"\u201c{quote},\u201d the official said.",
                       in_article=in_article)


@pytest.fixture(scope="module")
def shipped():
    return load_stance_model(SHIPPED)


# The hand-written cases below test the classifier itself (news_prior=False): they share the training
# corpus's label mix, not the neutral-heavy mix of quotes in articles that the pipeline shifts to.

def test_shipped_model_knows_article_quotes_are_more_often_neutral(shipped):
    # trained on hand-written items and on quotes of dev articles, where neutral reporting is twice as common;
    # the same words score more neutral as an article quote (the pipeline's input) than as a corpus item
    assert shipped.news_prior is not None and "cross-fitted" in shipped.news_prior["fitted_on"]
    quote = "The delegation will arrive in Brussels on Tuesday morning"
    as_article = shipped.predict_proba([_item(quote, None, in_article=True)])[0, 2]
    as_corpus = shipped.predict_proba([_item(quote, None)], news_prior=False)[0, 2]
    assert as_article > as_corpus


@pytest.mark.parametrize("category", sorted(HARD_EXAMPLES))
def test_shipped_model_hard_cases(shipped, category):
    cases = HARD_EXAMPLES[category]
    proba = shipped.predict_proba([_item(q, c) for q, c, _ in cases], news_prior=False)
    got = [LABELS[i] for i in proba.argmax(axis=1)]
    wrong = [(q, want, g) for (q, _, want), g in zip(cases, got) if want != g]
    assert not wrong, f"{shipped.model_version} mislabels {category}: {wrong}"


@pytest.mark.xfail(strict=True, reason="known failure mode (MODEL_CARD): a quote that names a support word while "
                                      "asking to undo it; 'sanctions' is a strong support word in the article quotes")
def test_shipped_model_known_failure_lifting_sanctions(shipped):
    # stance/v7 got this right; the article quotes v9 also learns from mention sanctions almost only in support
    p = shipped.predict_proba([_item("Sanctions on Russia should be lifted as soon as possible", None)], news_prior=False)
    assert LABELS[int(np.argmax(p))] == "oppose"


def test_shipped_model_anonymous_official_context(shipped):
    # the same quote is support with a named or role attribution (HARD_EXAMPLES) and with "the official said"
    # (stance/v7 pulled it toward neutral: its anonymous officials mostly stated facts)
    p = shipped.predict_proba([_item("Missiles are not a silver bullet; we need more training", None)], news_prior=False)
    assert LABELS[int(np.argmax(p))] == "support"


def test_shipped_model_probabilities(shipped):
    items = [_item(q, c) for cases in HARD_EXAMPLES.values() for q, c, _ in cases]
    p = shipped.predict_proba(items)
    assert p.shape == (len(items), 3)
    assert np.all(p >= 0) and np.allclose(p.sum(axis=1), 1.0)
    assert shipped.predict_proba([]).shape == (0, 3)


def test_shipped_model_ignores_speaker_name(shipped):
    a = _item("We must send more tanks to Ukraine", "\u201cWe must send more tanks to Ukraine,\u201d Putin said.")
    b = _item("We must send more tanks to Ukraine", "\u201cWe must send more tanks to Ukraine,\u201d Zelensky said.")
    pa, pb = shipped.predict_proba([a, b])
    assert LABELS[int(np.argmax(pa))] == LABELS[int(np.argmax(pb))] == "support"
