"""Export: article records from stored rows, the archive's filters, the file formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from scrapy import Spider
from sqlite_utils import Database

from crawler.exports.archive import (
    ArchiveFilter,
    ExportError,
    LongCells,
    export_archive,
    iter_rows,
    language_filter,
    unknown_languages,
    unknown_sources,
)
from crawler.exports.feedfile import AtomicFileFeedStorage
from crawler.exports.fields import export_fields, parse_timestamp, record_from_row
from crawler.exports.jsonlines import one_line
from crawler.items import Article, column_value

INTERNAL = {"html", "html_gz", "signature", "line_keys", "hints"}


def store(db: Database, url: str, **values: object) -> None:
    row = {
        "url": url,
        "source": "alpha",
        "fetched_at": "2026-03-02T10:00:00+00:00",
        "text": f"Text of {url}",
        "language": "de",
        **values,
    }
    db.table("articles").insert({k: column_value(v) for k, v in row.items()})


@pytest.fixture
def archive(db: Database) -> Database:
    store(db, "https://a.example/1", published="2026-03-01T23:30:00-02:00", tags=["x", "y"])
    store(db, "https://a.example/2", published="2026-02-27", language="en")
    store(db, "https://b.example/3", source="beta", duplicate_of="https://a.example/1")
    store(db, "https://b.example/4", source="beta", published=None, language_expected=False)
    return db


def urls(db: Database, where: ArchiveFilter, batch_rows: int = 1000) -> list[str]:
    return [r["url"] for batch in iter_rows(db, where, batch_rows) for r in batch]


def test_export_fields_are_stored_columns_without_internals() -> None:
    names = export_fields()
    assert not INTERNAL & set(names)
    assert {"url", "text", "language", "duplicate_of", "published", "tags"} <= set(names)


def test_record_from_row_types_lists_and_flags() -> None:
    record = record_from_row(
        {"url": "u", "tags": '["a", "b"]', "language_expected": 0, "published": "2026-01-01"}
    )
    assert record["tags"] == ["a", "b"]
    assert record["language_expected"] is False
    assert record["published"] == "2026-01-01"
    assert record["duplicate_of"] is None
    assert list(record) == export_fields()


@pytest.mark.parametrize(
    ("stored", "expected"),
    [(None, []), ("", []), ("not json", ["not json"]), ('"one"', ["one"]), ("[]", [])],
)
def test_record_from_row_tolerates_odd_list_text(stored: str | None, expected: list) -> None:
    assert record_from_row({"tags": stored})["tags"] == expected


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ('{"title": "h1", "published": "jsonld"}', {"title": "h1", "published": "jsonld"}),
        ("{}", {}),
        (None, None),
        ("not json", "not json"),  # kept as stored, not lost
        ('["h1"]', '["h1"]'),
    ],
)
def test_record_from_row_reads_the_origins_as_the_crawls_item_holds_them(
    stored: str | None, expected: object
) -> None:
    """``meta_origin`` is an object in JSON Lines, as ``-O out.jsonl`` writes the item's dict;
    ``scrapy export`` wrote the JSON text as a string, which a reader of both had to tell."""
    assert record_from_row({"meta_origin": stored})["meta_origin"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01T23:30:00-02:00", datetime(2026, 3, 2, 1, 30, tzinfo=UTC)),
        ("2026-03-01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("2026-03-01T10:00:00Z", datetime(2026, 3, 1, 10, tzinfo=UTC)),
        ("gestern", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_timestamp(text: str | None, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected


def test_a_language_filter_takes_the_regional_forms_langdetect_stores(archive: Database) -> None:
    """langdetect stores Chinese as "zh-cn" or "zh-tw": "--language zh" exported none of it."""
    store(archive, "https://c.example/5", language="zh-cn")
    store(archive, "https://c.example/6", language="zh-tw")
    store(archive, "https://c.example/7", language="zu")
    assert urls(archive, ArchiveFilter(languages=("zh",))) == [
        "https://c.example/5",
        "https://c.example/6",
    ]
    assert urls(archive, ArchiveFilter(languages=("zh-tw", "en"))) == [
        "https://a.example/2",
        "https://c.example/6",
    ]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("DE", "de"), (" zh-CN ", "zh-cn"), ("zh_TW", "zh-tw"), ("ZH", "zh"), ("xx", "xx")],
)
def test_a_language_code_is_taken_in_any_case(typed: str, stored: str) -> None:
    """Codes are stored as langdetect names them, in lower case: "--language DE" and
    "--language zh-CN" matched no row and wrote an empty file."""
    assert language_filter([typed]) == (stored,)


@pytest.mark.parametrize("typed", ["german", "", "d", "de-", "de AT", "1e"])
def test_a_value_that_is_no_language_code_is_an_export_error(typed: str) -> None:
    with pytest.raises(ExportError, match="is not a language code"):
        language_filter([typed])


def test_filters(archive: Database) -> None:
    assert urls(archive, ArchiveFilter()) == [
        "https://a.example/1",
        "https://a.example/2",
        "https://b.example/3",
        "https://b.example/4",
    ]
    assert urls(archive, ArchiveFilter(sources=("beta",))) == [
        "https://b.example/3",
        "https://b.example/4",
    ]
    assert urls(archive, ArchiveFilter(languages=("en",))) == ["https://a.example/2"]
    assert "https://b.example/3" not in urls(archive, ArchiveFilter(unique=True))
    # 23:30 at -02:00 is 01:30 UTC on March 2; undated rows count by their fetch time.
    assert urls(archive, ArchiveFilter(since="2026-03-02")) == [
        "https://a.example/1",
        "https://b.example/3",
        "https://b.example/4",
    ]
    assert urls(archive, ArchiveFilter(until="2026-03-01")) == ["https://a.example/2"]
    assert urls(archive, ArchiveFilter(sources=("alpha",), since="2026-02-28")) == [
        "https://a.example/1"
    ]


def test_batches_cover_every_row_once(archive: Database) -> None:
    assert urls(archive, ArchiveFilter(), batch_rows=1) == urls(archive, ArchiveFilter())
    batches = list(iter_rows(archive, ArchiveFilter(), batch_rows=3))
    assert [len(b) for b in batches] == [3, 1]


def test_bad_date_is_an_export_error(archive: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not a date"):
        export_archive(archive, tmp_path / "out.jsonl", ArchiveFilter(since="last week"))
    assert not list(tmp_path.iterdir())


def test_bounds_that_leave_no_day_between_them_are_an_export_error(
    archive: Database, tmp_path: Path
) -> None:
    """--since after --until wrote an empty file and exited 0, as if nothing were stored."""
    with pytest.raises(ExportError, match=r"--since 2026-03-02 is not before --until 2026-03-01"):
        export_archive(
            archive, tmp_path / "out.jsonl", ArchiveFilter(since="2026-03-02", until="2026-03-01")
        )
    with pytest.raises(ExportError, match="is not before"):
        ArchiveFilter(since="2026-03-01T10:00:00+02:00", until="2026-03-01T08:00:00Z").where()
    assert not list(tmp_path.iterdir())
    # Bounds in order, and offsets that put the end after the start, are fine.
    assert urls(archive, ArchiveFilter(since="2026-01-01", until="2026-03-01")) == [
        "https://a.example/2"
    ]
    ArchiveFilter(since="2026-03-01T10:00:00+02:00", until="2026-03-01T08:30:00Z").where()


def test_unknown_suffix_is_an_export_error(archive: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.jsonl, \.csv or \.parquet"):
        export_archive(archive, tmp_path / "out.xlsx", ArchiveFilter())


def test_jsonl(archive: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert export_archive(archive, out, ArchiveFilter(), batch_rows=2) == 4
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["url"] for r in records] == urls(archive, ArchiveFilter())
    assert records[0]["tags"] == ["x", "y"]
    assert records[3]["language_expected"] is False
    assert records[2]["duplicate_of"] == "https://a.example/1"
    assert not INTERNAL & set(records[0])


_SEPARATED = "Erster Absatz.\u2028Zweite Zeile\u2029Dritte\u0085Ende."


def test_jsonl_keeps_each_record_on_one_line_for_any_line_reader(
    db: Database, tmp_path: Path
) -> None:
    """U+2028, U+2029 and U+0085 stood unescaped in the text (valid JSON), and
    ``str.splitlines`` split the record there: two lines, neither of them JSON."""
    store(db, "https://a.example/1", text=_SEPARATED, title="Titel\u2028zwei")
    store(db, "https://a.example/2")
    out = tmp_path / "out.jsonl"
    assert export_archive(db, out, ArchiveFilter()) == 2
    written = out.read_text("utf-8")
    assert "\\u2028" in written and "\u2028" not in written
    first, second = (json.loads(line) for line in written.splitlines())
    assert (first["text"], first["title"]) == (_SEPARATED, "Titel\u2028zwei")
    assert second["url"] == "https://a.example/2"


@pytest.mark.parametrize(
    "text", ["Regierung sagte heute", "الحكومة تقرير الأسبوع", "政府报告本周", "🎉 \u202bשלום"]
)
def test_a_json_line_without_line_breaks_is_passed_on_uncopied(text: str) -> None:
    """Each record was copied through ``str.translate``, character by character: 0.75 ms for
    a 3,300-character Arabic text, the JSON Lines export of 100,000 articles half again as
    long as their CSV. A text with nothing to escape is now the very text given."""
    line = json.dumps({"text": text * 200}, ensure_ascii=False)
    assert one_line(line) is line
    assert one_line(f"{line[:-2]}\u2028\u0085\u2029") == f"{line[:-2]}\\u2028\\u0085\\u2029"


def test_the_crawls_jsonl_output_keeps_each_record_on_one_line() -> None:
    """The same for ``-O out.jsonl``, written by Scrapy's exporter, which the setting replaces."""
    from scrapy.utils.misc import load_object

    from crawler import settings

    exporter_class = load_object(settings.FEED_EXPORTERS["jsonl"])
    out = io.BytesIO()
    exporter = exporter_class(out, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item({"url": "https://a.example/1", "text": _SEPARATED})
    exporter.export_item({"url": "https://a.example/2", "text": "zwei"})
    exporter.finish_exporting()
    lines = out.getvalue().decode("utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [_SEPARATED, "zwei"]
    assert all(
        settings.FEED_EXPORTERS[f] == settings.FEED_EXPORTERS["jsonl"] for f in ("jl", "jsonlines")
    )


def test_csv(archive: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    export_archive(archive, out, ArchiveFilter(sources=("alpha",)))
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["url"] for r in rows] == ["https://a.example/1", "https://a.example/2"]
    assert json.loads(rows[0]["tags"]) == ["x", "y"]
    assert rows[0]["text"] == "Text of https://a.example/1"


def test_parquet_has_typed_columns(archive: Database, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = tmp_path / "out.parquet"
    export_archive(archive, out, ArchiveFilter(), batch_rows=3)
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert table.schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("tags").type == pa.list_(pa.string())
    assert table.schema.field("language_expected").type == pa.bool_()
    rows = table.to_pylist()
    assert rows[0]["published"] == datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    assert rows[0]["tags"] == ["x", "y"]
    assert rows[3]["published"] is None


def test_parquet_declares_meta_origin_json_and_holds_what_json_lines_holds(
    db: Database, tmp_path: Path
) -> None:
    """Parquet's ``meta_origin`` was a plain string column, so no reader knew it held JSON, and
    a stored text that is no JSON object went in as it was, no JSON at all. The column is
    now annotated JSON, each value the JSON of the value JSON Lines writes."""
    pq = pytest.importorskip("pyarrow.parquet")
    store(db, "https://a.example/1", meta_origin={"title": "h1", "published": "feed"})
    store(db, "https://a.example/2", meta_origin="damaged {")
    store(db, "https://a.example/3", meta_origin=None)
    out, lines = tmp_path / "out.parquet", tmp_path / "out.jsonl"
    export_archive(db, out, ArchiveFilter())
    export_archive(db, lines, ArchiveFilter())
    column = pq.ParquetFile(out).schema.column(export_fields().index("meta_origin"))
    assert column.logical_type.type == "JSON"
    cells = pq.read_table(out).column("meta_origin").to_pylist()
    want = [json.loads(line)["meta_origin"] for line in lines.read_text("utf-8").splitlines()]
    assert want == [{"title": "h1", "published": "feed"}, "damaged {", None]
    assert [None if cell is None else json.loads(cell) for cell in cells] == want


def fed_article(**values: Any) -> Article:
    """An article as a crawl hands it to its feed: the fetch fields and ``values``."""
    url = "https://a.example/1"
    return Article(url, url, source="alpha", fetched_at="2026-03-02T10:00:00+00:00", **values)


def test_feed_export_fields_leave_out_internals() -> None:
    """`scrapy crawl X -O out.jsonl` exports FEED_EXPORT_FIELDS of the item: no bytes."""
    from scrapy.exporters import JsonLinesItemExporter
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    item = fed_article(
        html="<p>x</p>",
        html_gz=b"\x78\x9c",
        signature=b"\x00\x01",
        tags=["x"],
        text="Text",
    )
    from io import BytesIO

    buffer = BytesIO()
    exporter = JsonLinesItemExporter(
        buffer, fields_to_export=settings.getlist("FEED_EXPORT_FIELDS")
    )
    exporter.export_item(item)
    record = json.loads(buffer.getvalue())
    assert set(record) == set(export_fields())
    assert record["tags"] == ["x"]
    assert record["fetched_at"] == "2026-03-02T10:00:00+00:00"


def _xml_feed(item: Article) -> bytes:
    """``item`` as a crawl's ``-O out.xml`` writes it, with the project's settings."""
    from io import BytesIO

    from scrapy.settings import Settings
    from scrapy.utils.misc import load_object

    settings = Settings()
    settings.setmodule("crawler.settings")
    exporter_class = load_object(settings.getwithbase("FEED_EXPORTERS")["xml"])
    buffer = BytesIO()
    exporter = exporter_class(buffer, fields_to_export=settings.getlist("FEED_EXPORT_FIELDS"))
    exporter.start_exporting()
    exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue()


def test_a_crawls_xml_feed_writes_a_null_as_an_empty_element() -> None:
    """`scrapy crawl X -O out.xml` wrote each NULL field (author, published, duplicate_of…)
    as the text "None", as Scrapy's XML exporter prints a None; now an empty element, as
    Scrapy writes a field the item lacks and as the CSV feed writes an empty field."""
    from xml.etree import ElementTree

    item = fed_article(
        title="None",
        authors=["Anna Berg"],
        meta_origin={"title": "h1"},
        text="Text",
    )
    feed = _xml_feed(item)
    (written,) = ElementTree.fromstring(feed)
    fields = {element.tag: element for element in written}
    assert list(fields) == export_fields()
    assert fields["author"].text is None and fields["published"].text is None
    assert fields["duplicate_of"].text is None and fields["similarity"].text is None
    assert "None" not in feed.decode("utf-8").replace("<title>None</title>", "")
    assert fields["title"].text == "None"
    assert [value.text for value in fields["authors"]] == ["Anna Berg"]
    assert fields["meta_origin"].find("title").text == "h1"  # type: ignore[union-attr]


def test_a_crawls_xml_feed_is_xml_whatever_the_text_holds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A text holding a NUL or another control character XML cannot hold made the whole
    ``-O out.xml`` unreadable ("Char 0x0 out of allowed range"); now each is U+FFFD, counted
    in a warning, and the rest (line separators, right-to-left marks, emoji) is as stored."""
    from lxml import etree

    kept = 'er "sagte" <b> & \u2028 \u202bשלום\u202c 🎉 \x7f'
    item = fed_article(
        title="a\x00b", authors=["\x1bAnna", "Bert"], meta_origin={"title": "\x0b"}, text=kept
    )
    (written,) = etree.fromstring(_xml_feed(item))
    fields = {element.tag: element for element in written}
    assert fields["title"].text == "a\ufffdb"
    assert [value.text for value in fields["authors"]] == ["\ufffdAnna", "Bert"]
    assert fields["meta_origin"].findtext("title") == "\ufffd"
    assert fields["text"].text == kept
    assert "3 characters XML cannot hold" in caplog.text


def test_a_source_without_articles_is_named(archive: Database) -> None:
    """``--source alpah`` wrote an empty file and said only "0 articles written"."""
    assert unknown_sources(archive, ("alpha", "alpah", "beta")) == ["alpah"]


def test_a_language_without_articles_is_named(archive: Database) -> None:
    """``--language german`` wrote an empty file and said only "0 articles written"."""
    store(archive, "https://c.example/5", language="zh-cn")
    assert unknown_languages(archive, ("de", "german", "zh", "fr")) == ["german", "fr"]


def test_an_export_reads_one_snapshot_while_a_crawl_writes(tmp_path: Path) -> None:
    """Each batch was read as the store stood at its query: a crawl committing beside the
    export had its later rows exported and its updates seen half-way, so the file held no
    single state of the store. Every batch now reads the snapshot of the first."""
    from crawler.storage.database import open_database

    path = tmp_path / "news.db"
    reader, crawl = open_database(path), open_database(path)
    for n in (1, 2, 3):
        store(crawl, f"https://a.example/{n}", title=f"Title {n}")
    crawl.conn.commit()
    batches = iter_rows(reader, ArchiveFilter(), batch_rows=1)
    first = next(batches)
    crawl.execute("UPDATE articles SET title = 'Corrected' WHERE url = 'https://a.example/3'")
    store(crawl, "https://a.example/4", title="Title 4")
    crawl.conn.commit()  # the crawl is not held up by the export's reading
    rest = [record for batch in batches for record in batch]
    assert [(r["url"], r["title"]) for r in first + rest] == [
        (f"https://a.example/{n}", f"Title {n}") for n in (1, 2, 3)
    ]
    assert not reader.conn.in_transaction  # the snapshot ends with the export
    assert urls(reader, ArchiveFilter()) == [f"https://a.example/{n}" for n in (1, 2, 3, 4)]
    reader.close()
    crawl.close()


def test_a_csv_for_spreadsheets_marks_its_encoding_and_runs_no_formula(
    db: Database, tmp_path: Path
) -> None:
    """A plain CSV is UTF-8 without a byte order mark, which Excel reads in the Windows code
    page, and a title from a page ('+++ Eilmeldung +++', '=HYPERLINK(…)') is a formula there.
    --spreadsheet writes the mark and an apostrophe before such a text; the plain CSV stays
    as it was, for pandas and the csv module."""
    titles = ["+++ Eilmeldung +++", '=HYPERLINK("http://x.example","x")', "-10 % im Mai"]
    for n, title in enumerate(titles):
        store(db, f"https://a.example/{n}", title=title, authors=["@jane"], similarity=-0.5)
    store(db, "https://a.example/plain", title="Grüße aus Köln")
    out = tmp_path / "sheet.csv"
    assert export_archive(db, out, ArchiveFilter(), spreadsheet=True) == 4
    assert out.read_bytes().startswith(b"\xef\xbb\xbfurl,")
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["title"] for r in rows] == [*("'" + t for t in titles), "Grüße aus Köln"]
    assert rows[0]["author"] == "" and rows[0]["authors"] == '["@jane"]'
    assert rows[0]["similarity"] == "-0.5" and rows[0]["url"] == "https://a.example/0"

    plain = tmp_path / "plain.csv"
    export_archive(db, plain, ArchiveFilter())
    assert plain.read_bytes().startswith(b"url,")
    with plain.open(encoding="utf-8", newline="") as file:
        assert [r["title"] for r in csv.DictReader(file)] == [*titles, "Grüße aus Köln"]

    with pytest.raises(ExportError, match="--spreadsheet writes CSV"):
        export_archive(db, tmp_path / "sheet.parquet", ArchiveFilter(), spreadsheet=True)
    assert not (tmp_path / "sheet.parquet").exists()


def test_an_empty_text_and_a_null_are_one_value_in_every_format(
    db: Database, tmp_path: Path
) -> None:
    """CSV writes an empty text and a NULL as the same empty field: a store holding both (a
    title its cleaning emptied beside a page without one) exported ``""`` and ``null`` in JSON
    Lines and Parquet, and the one empty cell in CSV, which no reader could tell apart. Every
    format now writes both as null, so the CSV loses nothing the others keep; lists stay
    ``[]`` (an empty list is not an empty field)."""
    store(db, "https://a.example/emptied", title="", description="", sitename="")
    store(db, "https://a.example/none", title=None, description=None, sitename=None)
    for name in ("out.jsonl", "out.csv", "out.parquet"):
        export_archive(db, tmp_path / name, ArchiveFilter())
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    parquet = pq.read_table(tmp_path / "out.parquet").to_pylist()
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    for name in ("title", "description", "sitename"):
        assert [r[name] for r in records] == [None, None]
        assert [r[name] for r in parquet] == [None, None]
        assert [r[name] for r in rows] == ["", ""]
    assert [r["authors"] for r in rows] == ["[]", "[]"]
    assert [r["authors"] for r in records] == [[], []]


def test_a_spreadsheet_export_counts_the_cells_a_spreadsheet_would_cut(
    db: Database, tmp_path: Path
) -> None:
    """Excel holds 32,767 characters in a cell, counted in UTF-16: an article's text beyond
    that opened cut (or spilled into the rows below) without a word. Such cells are written
    whole and counted as a spreadsheet counts them: the apostrophe before a formula-like text
    included, a character beyond the Basic Multilingual Plane as two."""
    texts = {
        "fits": "a" * 32_767,
        "apostrophe": "-" + "a" * 32_766,  # 32,768 characters once marked
        "emoji": "\U0001f600" * 16_384,  # 16,384 characters, 32,768 in UTF-16
        "long": "b" * 40_000,
    }
    for name, text in texts.items():
        store(db, f"https://a.example/{name}", text=text)
    long_cells = LongCells()
    out = tmp_path / "sheet.csv"
    assert export_archive(db, out, ArchiveFilter(), spreadsheet=True, long_cells=long_cells) == 4
    assert (long_cells.rows, dict(long_cells.columns)) == (3, {"text": 3})
    with out.open(encoding="utf-8-sig", newline="") as file:
        written = [r["text"] for r in csv.DictReader(file)]
    assert written == [texts["fits"], "'" + texts["apostrophe"], texts["emoji"], texts["long"]]


@pytest.mark.parametrize(("overwrite", "kept"), [(True, b""), (False, b"yesterday\n")])
def test_a_crawls_output_file_is_written_through_a_symbolic_link(
    tmp_path: Path, overwrite: bool, kept: bytes
) -> None:
    """A crawl's ``-O FILE`` (``-o FILE``: appended) onto a symbolic link replaced the link
    with a file and left the file it named as it was; the named file gets the feed, beside
    it its partial file, and the link stays."""
    shared = tmp_path / "shared.jsonl"
    shared.write_bytes(b"yesterday\n")
    link = tmp_path / "out.jsonl"
    link.symlink_to(shared.name)
    storage = AtomicFileFeedStorage(str(link), feed_options={"overwrite": overwrite})
    file = storage.open(Spider(name="alpha"))
    file.write(b"today\n")
    storage.store(file)
    assert storage.error is None
    assert link.is_symlink() and shared.read_bytes() == kept + b"today\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "shared.jsonl"]


def test_an_output_file_under_a_file_names_the_file_standing_as_its_folder(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """mkdir's "File exists" was all the -O line said: not which file stood in the way."""
    (tmp_path / "taken").write_text("a file\n")
    out = tmp_path / "taken" / "out.jsonl"
    storage = AtomicFileFeedStorage(str(out), feed_options={"overwrite": True})
    with caplog.at_level("ERROR"):
        file = storage.open(Spider(name="alpha"))
        file.write(b"today\n")
        storage.store(file)
    assert storage.error is not None
    assert f"Could not write {out}: {tmp_path / 'taken'} is not a folder;" in caplog.text
    assert (tmp_path / "taken").read_text() == "a file\n"
