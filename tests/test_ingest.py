import json

import pytest

from conftest import article, write_jsonl
from pipeline import ingest
from pipeline.ingest import Article, IngestStats, Rejected, SeenKeys, landing_files, parse_line, read_articles

MAX = 2_000_000


def parse(record) -> Article | Rejected:
    raw = record if isinstance(record, bytes) else json.dumps(record).encode()
    return parse_line(raw, "f.jsonl", 1, MAX)


def test_valid_article_gets_a_stable_derived_id():
    first, second = parse(article(1)), parse(article(1))
    assert isinstance(first, Article)
    assert first.article_id == second.article_id
    assert first.article_id != parse(article(2)).article_id
    assert first.published_at.isoformat() == "2024-11-18T08:00:00+00:00"


def test_given_article_id_is_kept():
    assert parse(article(1, article_id="wire-123")).article_id == "wire-123"


@pytest.mark.parametrize("record, reason", [
    (b"{not json", ingest.MALFORMED_JSON),
    (b"[1, 2]", ingest.NOT_AN_OBJECT),
    (b'{"text": "caf\xe9"}', ingest.INVALID_UTF8),
    ({"url": "u", "published_at": "2024-11-18"}, ingest.MISSING_TEXT),
    ({"text": "   ", "published_at": "2024-11-18"}, ingest.EMPTY_TEXT),
    (article(1, published_at=None), ingest.BAD_PUBLISHED_AT),
    (article(1, published_at="last Tuesday"), ingest.BAD_PUBLISHED_AT),
    (article(1, article_id="../../etc/passwd"), ingest.BAD_ARTICLE_ID),
    (article(1, text="Die Bundesregierung hat am Montag beschlossen, dass die Hilfe für die Ukraine "
                     "fortgesetzt wird und die Lieferungen weitergehen."), ingest.NON_ENGLISH),
    (article(1, title=["not", "a", "string"]), ingest.BAD_FIELD_TYPE),
])
def test_bad_lines_are_rejected_with_a_reason(record, reason):
    result = parse(record)
    assert isinstance(result, Rejected)
    assert result.reason == reason
    assert result.message


def test_too_large_line_is_quarantined_without_parsing():
    raw = json.dumps(article(1, text="word " * 100)).encode()
    result = parse_line(raw, "f.jsonl", 7, max_bytes=100)
    assert isinstance(result, Rejected) and result.reason == ingest.TOO_LARGE and result.line_no == 7


def test_html_is_stripped_to_paragraphs():
    html = ("<html><body><p>The minister spoke on &quot;aid&quot; today in the capital of the country.</p>"
            "<script>alert('x')</script><p>He said it was the right time to act for the people.</p></body></html>")
    result = parse(article(1, text=html))
    assert isinstance(result, Article)
    assert result.text == ('The minister spoke on "aid" today in the capital of the country.\n\n'
                           "He said it was the right time to act for the people.")


def test_control_characters_are_removed():
    result = parse(article(1, text="The aid\x00 package\x1b passed the Senate and the House on Tuesday, officials said."))
    assert isinstance(result, Article)
    assert "\x00" not in result.text and "\x1b" not in result.text


def test_duplicates_within_a_run_and_from_earlier_days(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [
        article(1), article(1),                                  # same URL
        article(2, url="https://other.example/x"),
        article(3, url="https://third.example/y", text=article(2)["text"].upper()),  # same normalised text
        article(4),
    ])
    stats = IngestStats()
    items = list(read_articles([path], MAX, seen_urls={"https://news.example/story-4"}, stats=stats))
    kinds = [(i.reason if isinstance(i, Rejected) else "ok") for i in items]
    assert kinds == ["ok", "duplicate", "ok", "duplicate", "duplicate"]
    assert (stats.lines_landed, stats.articles, stats.quarantined, stats.duplicates) == (5, 2, 0, 3)


def test_seen_keys_membership_of_earlier_and_added_keys(tmp_path):
    earlier = ["a1", "https://news.example/story-4", "f" * 32]
    seen = SeenKeys(SeenKeys.digests(earlier))
    assert all(key in seen for key in earlier)
    assert "a2" not in seen and "" not in seen
    seen.add("a2")
    assert "a2" in seen and len(seen) == 4
    assert "a3" not in SeenKeys()
    # read_articles takes them in place of sets
    path = write_jsonl(tmp_path / "a.jsonl", [article(4), article(5)])
    items = list(read_articles([path], MAX, seen_urls=SeenKeys(SeenKeys.digests(["https://news.example/story-4"]))))
    assert [(i.reason if isinstance(i, Rejected) else "ok") for i in items] == ["duplicate", "ok"]


def test_unreadable_file_is_quarantined_and_counted(tmp_path):
    missing = tmp_path / "gone.jsonl"
    stats = IngestStats()
    items = list(read_articles([missing], MAX, stats=stats))
    assert [i.reason for i in items] == [ingest.UNREADABLE_FILE]
    assert stats.lines_landed == stats.quarantined == 1


def test_landing_files_from_root_folder_or_file(tmp_path):
    day = write_jsonl(tmp_path / "dt=2024-11-18" / "b.jsonl", [article(1)])
    write_jsonl(tmp_path / "dt=2024-11-18" / "a.jsonl", [article(2)])
    assert [p.name for p in landing_files(tmp_path, "2024-11-18")] == ["a.jsonl", "b.jsonl"]
    assert landing_files(day) == [day]
    assert [p.name for p in landing_files(tmp_path / "dt=2024-11-18")] == ["a.jsonl", "b.jsonl"]
    assert landing_files(tmp_path, "2024-11-19") == []  # nothing landed that day
    with pytest.raises(FileNotFoundError):
        landing_files(tmp_path / "nope")
