"""Bad input end to end: every landed line is accounted for, nothing crashes, nothing is lost."""
from __future__ import annotations


import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import article, write_jsonl
from pipeline.config import load_settings
from pipeline.stages import TooManyBadRecords, run_day

DT = "2024-11-18"


def mixed_landing(root):
    folder = root / f"dt={DT}"
    write_jsonl(folder / "a.jsonl", [
        article(1),
        b"{this is not json",
        b'{"text": "bad \xff\xfe bytes", "published_at": "2024-11-18"}',
        {"url": "https://x.example/no-text", "published_at": "2024-11-18"},
        article(2, text=""),
        article(3, published_at="yesterday-ish"),
        article(4, published_at=None),
        article(5, text="<div><p>Officials said on Monday that the \"aid must continue\" and that the vote "
                        "would be held next week in the capital.</p><script>evil()</script></div>"),
        article(6, text="Ukraine " + "and the aid debate continued " * 60_000),  # > 1 MB line
        article(7, text="The minister\x00 said\x07 the aid would continue and that the vote was set for Friday."),
        article(8, text="Правительство заявило, что помощь Украине будет продолжена в следующем году."),
        article(1),                                            # duplicate within the run
        article(9, article_id="../../etc/passwd"),
        article(10, source="../../etc", article_id="ok-10"),   # a path-like source is just data
        article(11, text="He said \"this quote never closes. The aid debate went on in the capital for hours and the "
                         "minister said that \"support will continue\" until the war ends."),
        "",                                                     # blank line: not a record
    ])
    (folder / "empty.jsonl").write_text("")
    return folder


def test_mixed_bad_input_is_quarantined_with_reasons_and_the_invariant_holds(tmp_path):
    landing = mixed_landing(tmp_path / "landing")
    settings = load_settings(lake=str(tmp_path / "lake")).with_overrides(max_bad_fraction=0.9, max_article_bytes=1_000_000)
    run_day(settings, str(landing), DT, "mixed")
    con = duckdb.connect()
    lake = tmp_path / "lake"
    reasons = dict(con.execute(f"SELECT reason, count(*) FROM read_parquet('{lake}/quarantine/*/*.parquet') GROUP BY 1").fetchall())
    assert reasons == {"malformed_json": 1, "invalid_utf8": 1, "missing_text": 1, "empty_text": 1,
                       "bad_published_at": 2, "too_large": 1, "non_english": 1, "duplicate": 1, "bad_article_id": 1}
    messages = con.execute(f"SELECT landing_file, line_no, message FROM read_parquet('{lake}/quarantine/*/*.parquet')").fetchall()
    assert all(m[0].endswith("a.jsonl") and m[1] > 0 and m[2] for m in messages)
    landed, processed, quarantined, duplicates = con.execute(
        f"SELECT lines_landed, articles_processed, quarantined, duplicates FROM read_parquet('{lake}/runs/*/*.parquet')").fetchone()
    assert landed == 15
    assert landed == processed + quarantined + duplicates
    assert (processed, duplicates) == (5, 1)
    articles = {r[0]: r[1] for r in con.execute(f"SELECT article_id, text FROM read_parquet('{lake}/articles/*/*.parquet')").fetchall()}
    assert "ok-10" in articles
    html_text = next(t for t in articles.values() if "aid must continue" in t)
    assert "<p>" not in html_text and "evil" not in html_text
    assert not any("\x00" in t or "\x07" in t for t in articles.values())
    # Offsets stay inside the stored text even for the article with an unbalanced quotation mark.
    bad = con.execute(f"""SELECT count(*) FROM read_parquet('{lake}/quotes/*/*.parquet') q
        JOIN read_parquet('{lake}/articles/*/*.parquet') a USING (article_id)
        WHERE q.start < 0 OR q."end" > length(a.text) OR q.start >= q."end" """).fetchone()[0]
    assert bad == 0
    assert not list((lake / "..").glob("etc*")), "path-like values never become paths"


def test_too_many_bad_records_fails_the_run_and_writes_nothing(tmp_path):
    landing = tmp_path / "landing" / f"dt={DT}"
    write_jsonl(landing / "a.jsonl", [article(1), b"{bad", b"{bad", b"{bad"])
    settings = load_settings(lake=str(tmp_path / "lake")).with_overrides(max_bad_fraction=0.5)
    with pytest.raises(TooManyBadRecords, match="3 of 4"):
        run_day(settings, str(landing), DT, "too-bad")
    assert not (tmp_path / "lake" / "quotes").exists()


def test_cross_day_duplicates_are_not_counted_twice(tmp_path):
    landing = tmp_path / "landing"
    write_jsonl(landing / "dt=2024-11-18" / "a.jsonl", [article(1), article(2)])
    write_jsonl(landing / "dt=2024-11-19" / "a.jsonl", [article(2), article(3)])   # story 2 re-landed
    settings = load_settings(lake=str(tmp_path / "lake"))
    run_day(settings, str(landing), "2024-11-18", "d1")
    run_day(settings, str(landing), "2024-11-19", "d2")
    con = duckdb.connect()
    lake = tmp_path / "lake"
    assert con.execute(f"SELECT count(*), count(DISTINCT article_id) FROM read_parquet('{lake}/articles/*/*.parquet')").fetchone() == (3, 3)
    # A rerun of day 1 does not treat its own articles as duplicates of themselves.
    run_day(settings, str(landing), "2024-11-18", "d1-again")
    assert con.execute(f"SELECT count(*) FROM read_parquet('{lake}/articles/dt=2024-11-18/*.parquet')").fetchone() == (2,)


def test_empty_landing_day_replaces_the_partition_with_empty_tables(tmp_path):
    landing = tmp_path / "landing"
    write_jsonl(landing / f"dt={DT}" / "a.jsonl", [article(1)])
    settings = load_settings(lake=str(tmp_path / "lake"))
    run_day(settings, str(landing), DT, "full")
    (landing / f"dt={DT}" / "a.jsonl").write_text("")
    run_day(settings, str(landing), DT, "empty")
    con = duckdb.connect()
    lake = tmp_path / "lake"
    for table in ("articles", "quotes", "speakers", "speaker_stance_daily"):
        assert con.execute(f"SELECT count(*) FROM read_parquet('{lake}/{table}/*/*.parquet')").fetchone() == (0,), table


@pytest.mark.parametrize("corrupt, message", [
    (lambda q: q.set_column(q.schema.get_field_index("end"), "end", pa.array([10**6] * q.num_rows, pa.int32())),
     "outside an article"),
    (lambda q: q.set_column(q.schema.get_field_index("continuations"), "continuations",
                            pa.array([[{"start": 5, "end": 10**6}]] * q.num_rows, q.schema.field("continuations").type)),
     "outside an article"),
    (lambda q: q.set_column(q.schema.get_field_index("article_id"), "article_id", pa.array(["ghost"] * q.num_rows)),
     "unknown article"),
])
def test_write_tables_refuses_quotes_outside_their_articles(tmp_path, corrupt, message):
    """Offsets are checked against the article text before the day's partitions are swapped in."""
    from pipeline import stages
    from pipeline.storage import LakeValidationError

    landing = tmp_path / "landing"
    write_jsonl(landing / f"dt={DT}" / "a.jsonl", [article(1), article(2)])
    s = load_settings(lake=str(tmp_path / "lake"))
    planned = stages.ingest(str(landing), s.lake, DT, "r1", s.work)
    classified = [stages.classify(stages.extract(shard, str(s.registry_path)), str(s.models_dir), s.stance_model,
                                  str(s.data_dir)) for shard in planned["shards"]]
    quotes = pq.read_table(classified[0])
    assert quotes.num_rows > 0
    # untouched shards pass, and n_quotes counts each article's quotes
    stages.write_tables(s.lake, DT, planned["run_dir"], classified, str(s.registry_path))
    counts = dict(duckdb.connect().execute(
        f"SELECT article_id, n_quotes FROM read_parquet('{tmp_path}/lake/articles/*/*.parquet')").fetchall())
    assert counts == dict(duckdb.connect().execute(
        f"SELECT a.article_id, count(q.quote_id) FROM read_parquet('{tmp_path}/lake/articles/*/*.parquet') a "
        f"LEFT JOIN read_parquet('{classified[0]}') q USING (article_id) GROUP BY ALL").fetchall())
    def partition_files():  # a swap moves a new file in: another inode
        return sorted((str(p), p.stat().st_ino, p.stat().st_mtime_ns) for p in (tmp_path / "lake").rglob("*.parquet")
                      if "_staging" not in p.parts)

    before = partition_files()
    pq.write_table(corrupt(quotes), classified[0])
    with pytest.raises(LakeValidationError, match=message):
        stages.write_tables(s.lake, DT, planned["run_dir"], classified, str(s.registry_path))
    # refused before any partition was swapped: the lake still holds the earlier write
    assert partition_files() == before
