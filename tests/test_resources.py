import zipfile

from pipeline.resources import ensure_resources, prepare_nltk_data, sentence_spans


def test_vader_lexicon_is_packed_from_the_wheel_and_used_offline(tmp_path):
    target = prepare_nltk_data(tmp_path)
    with zipfile.ZipFile(target) as zf:
        assert "vader_lexicon/vader_lexicon.txt" in zf.namelist()
        assert b"good\t" in zf.read("vader_lexicon/vader_lexicon.txt")
    ensure_resources(tmp_path)
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    scores = SentimentIntensityAnalyzer().polarity_scores("This is a terrible, tragic day.")
    assert scores["compound"] < -0.5


def test_prepare_is_idempotent(tmp_path):
    first = prepare_nltk_data(tmp_path).read_bytes()
    second = prepare_nltk_data(tmp_path).read_bytes()
    assert first == second


def test_sentences_survive_newsroom_abbreviations():
    text = ("Sen. Lindsey Graham told Mr. Smith the U.S. Senate would vote. "
            "Gen. Syrskyi disagreed.\n\nA new paragraph starts here.")
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == [
        "Sen. Lindsey Graham told Mr. Smith the U.S. Senate would vote.",
        "Gen. Syrskyi disagreed.",
        "A new paragraph starts here.",
    ]
