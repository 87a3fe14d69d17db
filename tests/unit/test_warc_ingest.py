"""WARC input: the reader goes on past damage, records become Articles as live pages do."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import itertools
import json
import zlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import brotli
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlite_utils import Database

from crawler.exceptions import Unfinished
from crawler.items import Article
from crawler.middlewares.compression import zstd
from crawler.sources import SourceError, adhoc_source
from crawler.storage.database import SharedDatabase, open_database
from crawler.warc.ingest import (
    FileProgress,
    RecordFilter,
    Skip,
    WarcIngest,
    WarcInputError,
    entry_article,
    warc_paths,
)
from crawler.warc.reader import HINTS_FIELD, Damage, WarcEntry, read_records
from tests.support import faultserver as fs
from tests.support.warcfiles import (
    Record,
    WarcFile,
    arc_file,
    page,
    request,
    response,
    revisit,
    warcinfo,
)
from tests.unit.components import crawler_for, run, shared_database

TEXT = ["A long paragraph about the council's budget for schools and roads, in detail. " * 4]


def _file(n: int = 5) -> WarcFile:
    w = WarcFile()
    w.add(warcinfo())
    for i in range(n):
        w.add(response(f"https://a.example/{i}", page(f"Title {i}", TEXT)))
    return w


def _entries(path: Path, start: int = 0) -> list[WarcEntry | Damage]:
    return list(read_records(path, start))


def _urls(items: list[WarcEntry | Damage]) -> list[str | None]:
    return [e.url for e in items if isinstance(e, WarcEntry) and e.type == "response"]


def _ingest(
    paths: list[Path], crawler: Crawler, database: SharedDatabase, max_attempts: int = 8
) -> WarcIngest:
    """A WarcIngest as a crawl builds it, with room for every test file's items in flight."""
    return WarcIngest(
        paths,
        RecordFilter(),
        crawler.stats,
        database,
        source="t",
        max_in_flight=10,
        max_body=10**6,
        checkpoint_seconds=60,
        max_attempts=max_attempts,
    )


def test_reader_reads_every_record_with_offsets(tmp_path: Path) -> None:
    path = _file().write(tmp_path / "a.warc.gz")
    items = _entries(path)
    assert _urls(items) == [f"https://a.example/{i}" for i in range(5)]
    first = items[1]
    assert isinstance(first, WarcEntry)
    assert first.status == 200 and first.date == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert first.body is not None and first.body.startswith(b"<!DOCTYPE html>")
    # Reading from a record's offset starts exactly there.
    assert _urls(_entries(path, first.offset))[0] == "https://a.example/0"
    assert _urls(_entries(path, items[3].offset)) == [f"https://a.example/{i}" for i in (2, 3, 4)]


@pytest.mark.parametrize("compress", [True, False])
def test_reader_skips_a_damaged_record_and_goes_on(tmp_path: Path, compress: bool) -> None:
    w = _file()
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    if compress:
        w.corrupt = {3}  # the third response's gzip member
        w.write(path)
    else:
        w.write(path, compress=False)
        data = path.read_bytes()
        third = data.index(b"WARC/1.0", data.index(b"https://a.example/2") - 400)
        path.write_bytes(data[:third] + b"WARX" + data[third + 4 :])
    items = _entries(path)
    damage = [e for e in items if isinstance(e, Damage)]
    assert len(damage) == 1 and damage[0].resume is not None
    assert _urls(items) == ["https://a.example/0", "https://a.example/1", *_tail()]


@pytest.mark.parametrize("compress", [True, False])
def test_damage_after_a_whole_record_spans_only_the_damaged_bytes(
    tmp_path: Path, compress: bool
) -> None:
    """The damage was reported from the start of the whole record before it, so
    news/warc/corrupt_bytes counted that record's bytes as lost too."""
    path = _file().write(tmp_path / ("a.warc.gz" if compress else "a.warc"), compress=compress)
    data = bytearray(path.read_bytes())
    starts = [0]
    if compress:
        while starts[-1] < len(data):
            inflater = zlib.decompressobj(31)
            inflater.decompress(bytes(data[starts[-1] :]))
            starts.append(len(data) - len(inflater.unused_data))
        # Keep the gzip header (so a reader starts inflating), garble the deflate data.
        cut = slice(starts[3] + 10, starts[3] + 40)
        data[cut] = bytes(b ^ 0x5A for b in data[cut])
    else:
        starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.0", i)] + [len(data)]
        data[starts[3] : starts[3] + 4] = b"WARX"
    path.write_bytes(bytes(data))
    sizes = [b - a for a, b in itertools.pairwise(starts)]
    items = _entries(path)
    (damage,) = [e for e in items if isinstance(e, Damage)]
    assert (damage.offset, damage.resume) == (starts[3], starts[4])
    crawler = crawler_for()
    ingest = _ingest([path], crawler, shared_database(tmp_path))
    progress = FileProgress(str(path), path.stat().st_size, 0)
    for entry in items:
        ingest._consider(progress, str(path), entry)
    assert crawler.stats.get_value("news/warc/corrupt_bytes") == sizes[3]
    # A file that starts with damage: counted from its first byte (nothing whole before it).
    data[0:4] = b"XXXX"
    path.write_bytes(bytes(data))
    assert next(e for e in _entries(path) if isinstance(e, Damage)).offset == 0


def _tail() -> list[str]:
    return ["https://a.example/3", "https://a.example/4"]


def test_reader_reports_a_cut_off_last_record_instead_of_a_short_page(tmp_path: Path) -> None:
    path = _file().write(tmp_path / "a.warc.gz")
    path.write_bytes(path.read_bytes()[:-60])
    items = _entries(path)
    assert _urls(items) == [f"https://a.example/{i}" for i in range(4)]
    assert isinstance(items[-1], Damage) and items[-1].resume is None


def test_reader_survives_garbage_and_empty_files(tmp_path: Path) -> None:
    garbage = tmp_path / "g.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08" + bytes(range(256)) * 4)
    assert all(isinstance(e, Damage) for e in _entries(garbage))
    empty = tmp_path / "e.warc"
    empty.write_bytes(b"")
    assert _entries(empty) == []


def _entry(record: Record, tmp_path: Path) -> WarcEntry:
    w = WarcFile()
    w.add(record)
    (entry,) = _entries(w.write(tmp_path / "one.warc.gz"))
    assert isinstance(entry, WarcEntry)
    return entry


def test_entry_article_fills_the_fetch_fields(tmp_path: Path) -> None:
    entry = _entry(
        response(
            "https://News.example/a/?utm_source=x", page("T", TEXT), date="2024-03-01T12:00:00.5Z"
        ),
        tmp_path,
    )
    article = entry_article(entry, RecordFilter(), None)
    assert article.url == "https://news.example/a"
    assert article.fetched_url == "https://News.example/a/?utm_source=x"
    assert article.source == "news.example"  # the host, as an ad-hoc crawl names its source
    assert article.fetched_at == "2024-03-01T12:00:00+00:00"
    assert "<h1>T</h1>" in (article.html or "")
    assert entry_article(entry, RecordFilter(), "mine").source == "mine"


def test_entry_article_decodes_like_the_spider(tmp_path: Path) -> None:
    # windows-1252 bytes declared as UTF-8: repaired as for a live page (crawler/charset.py).
    body = page("Müller in Köln", ["Grüße aus Düsseldorf über die Straße. " * 10]).replace(
        b'<meta charset="utf-8">', b""
    )
    latin = body.decode("utf-8").encode("cp1252")
    entry = _entry(response("https://a.example/x", latin), tmp_path)
    assert "Grüße aus Düsseldorf" in (entry_article(entry, RecordFilter(), None).html or "")
    # A gzip Content-Encoding recorded as sent is undone before decoding.
    zipped = _entry(
        response(
            "https://a.example/z",
            gzip.compress(page("Zipped", TEXT)),
            headers=[("Content-Encoding", "gzip")],
        ),
        tmp_path,
    )
    assert "<h1>Zipped</h1>" in (entry_article(zipped, RecordFilter(), None).html or "")


def _chunked(body: bytes, size: int = 64) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
        for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("gzip", lambda b: gzip.compress(b, mtime=0)),
        ("x-gzip", lambda b: gzip.compress(b, mtime=0)),
        ("gzip", lambda b: gzip.compress(b[:100]) + gzip.compress(b[100:])),  # two members
        ("br", brotli.compress),
        ("zstd", zstd.compress),
        ("zstd", lambda b: zstd.compress(b[:100]) + zstd.compress(b[100:])),  # two frames
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send
        ("identity", lambda b: b),
    ],
)
@pytest.mark.parametrize("compress", [True, False])
def test_a_chunked_compressed_page_is_read_and_so_are_the_records_after_it(
    tmp_path: Path, coding: str, encode: Callable[[bytes], bytes], compress: bool
) -> None:
    """wget and Heritrix record the bytes on the wire: most news servers send them chunked
    and compressed. FastWARC, asked to undo both, ended the file after such a record: every
    record after it was lost, without a Damage, a count or a word."""
    w = WarcFile()
    for i in range(3):
        w.add(
            response(
                f"https://a.example/{i}",
                _chunked(encode(page(f"Page {i}", TEXT))),
                headers=[("Transfer-Encoding", "chunked"), ("Content-Encoding", coding)],
            )
        )
    w.add(response("https://a.example/last", page("Last", TEXT)))
    items = _entries(w.write(tmp_path / "wire.warc.gz", compress=compress))
    assert _urls(items) == [*(f"https://a.example/{i}" for i in range(3)), "https://a.example/last"]
    for i, entry in enumerate(items[:3]):
        assert isinstance(entry, WarcEntry)
        assert entry.body == page(f"Page {i}", TEXT)


@pytest.mark.parametrize(
    ("payload", "truncated"),
    [
        (b"%x;name=value\r\n%s\r\n0\r\n\r\n", False),  # a chunk extension
        (b"%x\r\n%s\r\n0\r\nX-Checksum: 1\r\n\r\n", False),  # a trailer field
        (b"%X\n%s\n0\n\n", False),  # upper-case size, bare line feeds
        (b"%x\r\n%s\r\n", True),  # no last chunk: the download lost its end
        (None, True),  # cut inside the chunk
    ],
)
def test_chunked_bodies_are_read_as_http_allows_and_a_cut_one_is_truncated(
    tmp_path: Path, payload: bytes | None, truncated: bool
) -> None:
    """FastWARC refused chunk extensions (the record was lost as damage) and read trailer
    fields as the next record's start (that record was lost as damage); a body cut short of
    its last chunk was stored as if whole."""
    body = page("Chunked", TEXT)
    if payload is None:
        chunked = (b"%x\r\n" % len(body) + body)[:-40]
    else:
        chunked = payload % (len(body), body)
    w = WarcFile()
    w.add(response("https://a.example/c", chunked, headers=[("Transfer-Encoding", "chunked")]))
    w.add(response("https://a.example/next", page("Next", TEXT)))
    items = _entries(w.write(tmp_path / "chunked.warc.gz"))
    assert _urls(items) == ["https://a.example/c", "https://a.example/next"]
    entry = items[0]
    assert isinstance(entry, WarcEntry)
    if truncated:
        with pytest.raises(Skip) as skipped:
            entry_article(entry, RecordFilter(), None)
        assert skipped.value.reason == "truncated"
    else:
        assert entry.body == body


def test_a_target_uri_in_angle_brackets_as_wget_writes_it_is_read(tmp_path: Path) -> None:
    """wget writes ``WARC-Target-URI: <https://…>`` (the WARC 1.0 grammar): read as written,
    every page of a wget archive was skipped as a bad URL and the run said ok."""
    w = WarcFile()
    w.add(request("https://a.example/q"))
    w.add(response("https://a.example/story#top", page("Story", TEXT)))
    for record in w.records:
        uri = record.fields["WARC-Target-URI"]
        record.fields["WARC-Target-URI"] = f"<{uri}>"
    request_entry, entry = _entries(w.write(tmp_path / "wget.warc.gz"))
    assert isinstance(entry, WarcEntry) and entry.url == "https://a.example/story#top"
    article = entry_article(entry, RecordFilter(), None)
    assert (article.url, article.source) == ("https://a.example/story", "a.example")
    assert isinstance(request_entry, WarcEntry) and request_entry.url == "https://a.example/q"


def test_an_http2_record_reads_like_any_other(tmp_path: Path) -> None:
    """HTTP/2 archives (browsers, warcprox) record "HTTP/2 200" without a reason phrase and
    the field names lower-case, as HTTP/2 sends them: read as an HTTP/1.1 record is, its
    encodings undone and a short body still found cut. (It read so before: a guard.)"""
    body = page("Over HTTP/2", TEXT)
    zipped = gzip.compress(body)
    heads = {
        "plain": ([f"content-length: {len(body)}"], body),
        "gzip": (["content-encoding: gzip", f"content-length: {len(zipped)}"], zipped),
        "chunked": (["content-encoding: gzip", "transfer-encoding: chunked"], _chunked(zipped)),
        "cut": ([f"content-length: {len(body)}"], body[:100]),
    }
    w = WarcFile()
    for name, (fields, payload) in heads.items():
        block = "\r\n".join(["HTTP/2 200", "content-type: text/html; charset=utf-8", *fields])
        record = response(f"https://a.example/{name}", b"")
        record.block = block.encode() + b"\r\n\r\n" + payload
        w.add(record)
    entries = _entries(w.write(tmp_path / "h2.warc.gz"))
    assert _urls(entries) == [f"https://a.example/{name}" for name in heads]
    for entry in entries[:3]:
        assert isinstance(entry, WarcEntry) and entry.status == 200 and entry.body == body
        article = entry_article(entry, RecordFilter(), None)
        assert "<h1>Over HTTP/2</h1>" in (article.html or "")
    cut = entries[3]
    assert isinstance(cut, WarcEntry)
    with pytest.raises(Skip) as skipped:
        entry_article(cut, RecordFilter(), None)
    assert skipped.value.reason == "truncated"


@pytest.mark.parametrize(
    ("coding", "detail"),
    [
        ("gzip", "gzip:"),
        ("br", "br:"),
        ("zstd", "zstd:"),
        ("deflate", "deflate:"),
        ("compress", "unknown"),
    ],
)
def test_a_body_that_does_not_decode_is_skipped_and_reading_goes_on(
    tmp_path: Path, coding: str, detail: str
) -> None:
    """A Content-Encoding the body does not have (a server that said gzip and sent the page
    plain) is that record's fault: it is skipped as undecodable, the next record is read."""
    w = WarcFile()
    w.add(
        response("https://a.example/odd", page("Odd", TEXT), headers=[("Content-Encoding", coding)])
    )
    w.add(response("https://a.example/next", page("Next", TEXT)))
    odd, following = _entries(w.write(tmp_path / "odd.warc.gz"))
    assert isinstance(odd, WarcEntry) and isinstance(following, WarcEntry)
    with pytest.raises(Skip) as skipped:
        entry_article(odd, RecordFilter(), None)
    assert skipped.value.reason == "undecodable" and detail in skipped.value.detail
    assert "<h1>Next</h1>" in (entry_article(following, RecordFilter(), None).html or "")


def test_a_gzip_body_with_a_wrong_trailer_is_read_and_one_cut_short_is_truncated(
    tmp_path: Path,
) -> None:
    """A gzip body whose every byte inflates but whose trailer's CRC-32 is wrong was skipped
    as undecodable, lost; one whose deflate data ends early was read as whole. The first is
    read (its damage named on the entry), the second skipped as truncated."""
    html = page("Prüfsumme", TEXT)
    w = WarcFile()
    gzipped = [("Content-Encoding", "gzip")]
    w.add(response("https://a.example/trailer", fs.gzip_wrong_trailer(html), headers=gzipped))
    w.add(response("https://a.example/cut", fs.gzip_cut(html), headers=gzipped))
    trailer, cut = _entries(w.write(tmp_path / "damaged.warc.gz"))
    assert isinstance(trailer, WarcEntry) and isinstance(cut, WarcEntry)
    assert trailer.bad_trailer and trailer.undecodable is None and trailer.body == html
    assert "<h1>Prüfsumme</h1>" in (entry_article(trailer, RecordFilter(), None).html or "")
    assert cut.truncated == "compressed body ends early"
    with pytest.raises(Skip) as skipped:
        entry_article(cut, RecordFilter(), None)
    assert skipped.value.reason == "truncated"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (revisit("https://a.example/r"), "revisit"),
        (request("https://a.example/q"), "not_response"),
        (warcinfo(), "not_response"),
        (response("https://a.example/j", b"{}", content_type="application/json"), "non_html"),
        (response("https://a.example/n", b"gone", status="404 Not Found"), "status"),
        (response("https://a.example/m", b"moved", status="301 Moved Permanently"), "status"),
        (
            response("https://a.example/t", page("T", TEXT), extra={"WARC-Truncated": "length"}),
            "truncated",
        ),
        (response("ftp://a.example/f", page("T", TEXT)), "bad_url"),
        (response("https://a.example/p", b"%PDF-1.4 binary", content_type="text/html"), "binary"),
        (response("https://a.example/d", page("T", TEXT), date="yesterday"), "malformed"),
    ],
)
def test_entry_article_skips_with_a_reason(tmp_path: Path, record: Record, reason: str) -> None:
    with pytest.raises(Skip) as caught:
        entry_article(_entry(record, tmp_path), RecordFilter(), None)
    assert caught.value.reason == reason


def test_record_filter_hosts_and_dates() -> None:
    rules = RecordFilter.parse("example.org, *.news.example", "2024-03-01", "2024-03-02T00:00Z")
    assert rules.host_ok("example.org") and rules.host_ok("www.example.org")
    assert rules.host_ok("de.news.example") and not rules.host_ok("news.example.com")
    assert not rules.host_ok("badexample.org")
    assert rules.date_ok(datetime(2024, 3, 1, tzinfo=UTC))
    assert not rules.date_ok(datetime(2024, 3, 2, tzinfo=UTC))  # until is exclusive
    assert not rules.date_ok(datetime(2024, 2, 29, 23, 59, tzinfo=UTC))
    assert RecordFilter.parse(None, None, None).host_ok("anything.example")
    with pytest.raises(WarcInputError, match="since='soon'"):
        RecordFilter.parse(None, "soon", None)
    with pytest.raises(WarcInputError, match="not before"):
        RecordFilter.parse(None, "2024-03-02", "2024-03-01")


@pytest.mark.parametrize(
    ("hosts", "since", "until", "message"),
    [
        ("", None, None, "hosts= names no host"),
        (" , ", None, None, "hosts= names no host"),
        (None, "", None, "since= is empty"),
        (None, None, " ", "until= is empty"),
    ],
)
def test_an_empty_record_filter_is_refused(
    hosts: str | None, since: str | None, until: str | None, message: str
) -> None:
    """An empty value (a shell variable that was not set) read every host or every date."""
    with pytest.raises(WarcInputError, match=message):
        RecordFilter.parse(hosts, since, until)


def test_filtered_records_are_skipped_by_reason(tmp_path: Path) -> None:
    entry = _entry(response("https://other.example/a", page("T", TEXT)), tmp_path)
    with pytest.raises(Skip, match="host"):
        entry_article(entry, RecordFilter(hosts=("a.example",)), None)
    with pytest.raises(Skip, match="date"):
        entry_article(entry, RecordFilter.parse(None, "2025-01-01", None), None)


def test_warc_paths_expand_globs_and_refuse_missing_files(tmp_path: Path) -> None:
    for name in ("b.warc.gz", "a.warc.gz", "c.arc.gz"):
        (tmp_path / name).write_bytes(b"")
    found = warc_paths(f"{tmp_path}/*.warc.gz,{tmp_path}/c.arc.gz,{tmp_path}/a.warc.gz")
    assert [p.name for p in found] == ["a.warc.gz", "b.warc.gz", "c.arc.gz"]
    with pytest.raises(WarcInputError, match="no such file"):
        warc_paths(f"{tmp_path}/missing.warc")
    # A pattern was told "no such file", as if taken literally; a folder "not a file".
    with pytest.raises(WarcInputError, match=r"missing-\*\.warc': no file matches it$"):
        warc_paths(f"{tmp_path}/missing-*.warc")
    with pytest.raises(WarcInputError, match=r": a folder; name its files, e\.g\. -a warc='"):
        warc_paths(str(tmp_path))


def test_file_progress_watermark_waits_for_the_slowest_record() -> None:
    progress = FileProgress("f", size=1000, next_unread=0)
    for offset in (0, 100, 200):
        progress.begin(offset)
    progress.finish(100)
    progress.finish(200)
    assert progress.watermark() == 0  # record 0 is still in the pipelines
    progress.finish(0)
    assert progress.watermark() == 200  # the last record begun is read again on a rerun
    progress.read_to_end = True
    assert progress.done and progress.watermark() == 1000


def test_adhoc_source_for_warc_input() -> None:
    src = adhoc_source(warc="x.warc.gz", languages="de,en", hosts="a.example")
    assert src.name == "warc" and src.languages == ("de", "en")
    assert adhoc_source(warc="x.warc.gz", source="cc").name == "cc"
    # "-a since only filter -a warc=FILES": one filter filters.
    with pytest.raises(SourceError, match=r"^-a since only filters the records of -a warc="):
        adhoc_source(feed="https://a.example/f", since="2024-01-01")
    with pytest.raises(SourceError, match=r"^-a hosts, since only filter the records of -a"):
        adhoc_source(feed="https://a.example/f", since="2024-01-01", hosts="a.example")
    with pytest.raises(SourceError, match="takes no feed"):
        adhoc_source(feed="https://a.example/f", warc="x.warc")
    with pytest.raises(SourceError, match="ISO 639"):
        adhoc_source(warc="x.warc", languages="german")


def test_arc_files_are_read_through_warcio(tmp_path: Path) -> None:
    path = arc_file(tmp_path / "old.arc.gz", [("http://a.example/1", page("Old", TEXT))])
    entries = [e for e in _entries(path) if isinstance(e, WarcEntry) and e.type == "response"]
    assert [e.url for e in entries] == ["http://a.example/1"]
    article = entry_article(entries[0], RecordFilter(), None)
    assert article.fetched_at == "2024-03-01T12:00:00+00:00" and "<h1>Old</h1>" in (
        article.html or ""
    )


_VALID = _file(4)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), max_size=6), st.booleans()
)
def test_reader_never_raises_on_damaged_bytes(
    tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]], compress: bool
) -> None:
    path = _VALID.write(tmp_path_factory.mktemp("fuzz") / "f.warc.gz", compress=compress)
    data = bytearray(path.read_bytes())
    for position, mask in flips:
        data[position % len(data)] ^= mask
    path.write_bytes(bytes(data))
    for entry in read_records(path):
        if isinstance(entry, WarcEntry):
            with contextlib.suppress(Skip):
                entry_article(entry, RecordFilter(), None)
    if not flips:
        assert len(_urls(_entries(path))) == 4


def test_ingest_goes_on_past_an_unreadable_file_and_saves_progress(
    tmp_path: Path, store_url: str
) -> None:
    crawler = crawler_for()
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    gone = _file(1).write(tmp_path / "gone.warc.gz")
    good = _file(3).write(tmp_path / "good.warc.gz")
    ingest = _ingest([gone, good], crawler, database)
    gone.unlink()

    async def collect() -> list[Article]:
        articles = []
        async for article in ingest.articles():
            articles.append(article)
            ingest.item_left(article)  # the pipelines drop each: its record is finished
        return articles

    articles = run(collect())
    assert [a.url for a in articles] == [f"https://a.example/{i}" for i in range(3)]
    assert crawler.stats.get_value("news/warc/files/unreadable") == 1
    ingest.spider_closed()
    database.close()
    reader = open_database(store_url)
    (row,) = reader.query("select * from warc_files")
    reader.close()
    assert row["path"] == str(good.resolve()) and row["done"] == 1
    assert row["offset"] == good.stat().st_size


def _drain(ingest: WarcIngest, database: SharedDatabase) -> list[str]:
    """Read every article, each dropped by the pipelines at once; the URLs read, once the
    progress is saved."""

    async def collect() -> list[str]:
        urls = []
        async for article in ingest.articles():
            urls.append(article.url)
            ingest.item_left(article)
        return urls

    urls = run(collect())
    ingest.spider_closed()
    database.write(lambda db: None).result()  # the writer thread keeps its order
    return urls


def test_a_file_cut_off_while_copied_is_read_on_from_its_cut_record_once_whole(
    tmp_path: Path, store_url: str
) -> None:
    """A file ingested while still being downloaded ends inside a record's gzip member; the
    rerun of the whole file resumed at the old end, inside that member, and lost the record."""
    whole = _file().write(tmp_path / "whole.warc.gz").read_bytes()
    path = tmp_path / "a.warc.gz"
    path.write_bytes(whole[:-60])
    crawler = crawler_for()
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    first = _drain(_ingest([path], crawler, database), database)
    assert first == [f"https://a.example/{i}" for i in range(4)]
    assert crawler.stats.get_value("news/warc/skip/corrupt") == 1
    path.write_bytes(whole)
    rerun = crawler_for()
    assert _drain(_ingest([path], rerun, database), database) == ["https://a.example/4"]
    assert rerun.stats.get_value("news/warc/skip/corrupt") is None
    database.close()


def test_a_record_whose_listing_hints_are_unreadable_is_ingested_and_counted(
    tmp_path: Path,
) -> None:
    """A record's unreadable hints field gave a warning only: the run's counts did not say
    that an article was ingested without its listing's title and dates."""
    w = WarcFile()
    hinted = json.dumps({"title": "Title 0", "published": "2024-03-01T09:00:00+00:00"})
    w.add(response("https://a.example/0", page("Title 0", TEXT), extra={HINTS_FIELD: hinted}))
    w.add(response("https://a.example/1", page("Title 1", TEXT), extra={HINTS_FIELD: "[1, 2]"}))
    w.add(response("https://a.example/2", page("Title 2", TEXT)))
    path = w.write(tmp_path / "a.warc.gz")
    database = shared_database(tmp_path)
    crawler = crawler_for()
    urls = _drain(_ingest([path], crawler, database), database)
    database.close()
    assert urls == [f"https://a.example/{i}" for i in range(3)]  # the article is kept
    assert crawler.stats.get_value("news/warc/hints_unreadable") == 1
    assert crawler.stats.get_value("news/warc/articles") == 3


def test_a_file_cut_off_and_unchanged_is_not_read_again(tmp_path: Path) -> None:
    path = _file().write(tmp_path / "a.warc.gz")
    path.write_bytes(path.read_bytes()[:-60])
    database = shared_database(tmp_path)
    assert len(_drain(_ingest([path], crawler_for(), database), database)) == 4
    rerun = crawler_for()
    assert _drain(_ingest([path], rerun, database), database) == []
    assert rerun.stats.get_value("news/warc/files/already_done") == 1
    database.close()


def test_ingest_counts_the_bytes_ahead_and_read_for_the_progress_line(tmp_path: Path) -> None:
    """The progress line of an ingestion said "0 pages fetched ... 0 pages/min" however far it
    was: the bytes to read (a file read before: none of it) and read are counted."""
    before = _file(2).write(tmp_path / "before.warc.gz")
    fresh = _file(4).write(tmp_path / "fresh.warc.gz")
    database = shared_database(tmp_path)
    _drain(_ingest([before], crawler_for(), database), database)
    crawler = crawler_for()
    seen: list[int] = []
    ingest = _ingest([before, fresh], crawler, database)

    async def collect() -> None:
        async for article in ingest.articles():
            seen.append(crawler.stats.get_value("news/warc/bytes_read"))
            ingest.item_left(article)

    run(collect())
    ingest.spider_closed()
    database.close()
    size = fresh.stat().st_size
    assert crawler.stats.get_value("news/warc/bytes_total") == size
    assert crawler.stats.get_value("news/warc/bytes_read") == size
    assert len(seen) == 4 and 0 < seen[0] < seen[1] < seen[2] < seen[3] < size


def test_ingest_ends_only_once_the_last_item_has_left_the_pipelines(tmp_path: Path) -> None:
    """start() ending with items in flight left Scrapy idle until its 5-second heartbeat."""
    crawler = crawler_for()
    database = shared_database(tmp_path)
    warc = _file(3).write(tmp_path / "a.warc.gz")
    ingest = _ingest([warc], crawler, database)
    events: list[str] = []

    async def pipelines(articles: list[Article]) -> None:
        await asyncio.sleep(0.05)
        for item in articles:
            events.append(f"left {item.url}")
            ingest.item_left(item)

    async def consume() -> None:
        yielded: list[Article] = []
        async for item in ingest.articles():
            yielded.append(item)
            if len(yielded) == 3:  # all read: the pipelines finish them later
                finishing = asyncio.ensure_future(pipelines(yielded))
        events.append("start() ended")
        await finishing

    run(consume())
    assert events == [*(f"left https://a.example/{i}" for i in range(3)), "start() ended"]
    ingest.spider_closed()
    database.close()


def test_scraped_records_finish_once_their_rows_are_committed(tmp_path: Path) -> None:
    """The watermark passes a scraped record only once its row (as fresh) is in the database."""
    crawler = crawler_for()
    database = shared_database(tmp_path)
    warc = _file(4).write(tmp_path / "a.warc.gz")
    ingest = _ingest([warc], crawler, database)

    async def read_all() -> list[Article]:
        items: list[Article] = []
        async for item in ingest.articles():
            items.append(item)
            ingest.item_scraped(item)  # through the pipelines, waiting in the store's batch
        return items

    items = run(read_all())
    (progress,) = ingest.files
    offsets = sorted(progress.outstanding)
    assert len(offsets) == 4
    older = "2000-01-01T00:00:00+00:00"  # a row from an earlier fetch does not finish it
    rows = [(items[0].url, items[0].fetched_at), (items[1].url, items[1].fetched_at)]
    rows.append((items[2].url, older))
    database.write(
        lambda db: db.conn.executemany(
            "INSERT INTO articles (url, source, fetched_at, text) VALUES (?, 't', ?, 'x')",
            rows,
        )
    ).result()
    ingest.checkpoint()
    assert progress.watermark() == offsets[2]  # records 0 and 1 are finished
    assert [p.url for p in ingest.uncommitted] == [items[2].url, items[3].url]
    ingest.spider_closed()
    database.close()
    (row,) = Database(tmp_path / "news.db").query("select * from warc_files")
    assert row["offset"] == offsets[2] and row["done"] == 0


def test_records_dropped_before_their_try_stay_unfinished(tmp_path: Path) -> None:
    """Dropped because the database or the extraction workers failed, a record was finished:
    the rerun started past it, or skipped the whole file as done."""
    crawler = crawler_for()
    database = shared_database(tmp_path)
    warc = _file(3).write(tmp_path / "a.warc.gz")
    ingest = _ingest([warc], crawler, database)
    drops = [
        DropItem("no_text: 0"),  # no article in it: finished
        Unfinished("pool_closed: 1", tried=False),
        Unfinished("timeout: 2"),  # had its try: finished here, kept in warc_retries
    ]

    async def read_all() -> None:
        i = 0
        async for item in ingest.articles():
            ingest.item_left(item, exception=drops[i])
            i += 1

    run(read_all())
    (progress,) = ingest.files
    (unfinished,) = progress.outstanding
    assert not progress.done and progress.watermark() == unfinished
    ingest.spider_closed()
    database.close()
    (row,) = Database(tmp_path / "news.db").query("select * from warc_files")
    assert row["offset"] == unfinished and row["done"] == 0


def _store(db: Any, *, url: str, at: str) -> None:
    """The store's row of an article (replaced when the file is read again)."""
    db.execute(
        "INSERT OR REPLACE INTO articles (url, source, fetched_at, text) VALUES (?, 't', ?, 'x')",
        [url, at],
    )


def _ingestion(
    tmp_path: Path,
    warc: Path,
    outcome: Mapping[str, BaseException | None],
    *,
    max_attempts: int = 8,
) -> tuple[dict[str, int], list[str]]:
    """One ingestion of ``warc`` into tmp_path's store, as a crawl runs it: the pipelines end
    each item by ``outcome`` (by URL; None: stored and committed). Its stats and the URLs
    handed to the pipelines."""
    crawler = crawler_for()
    database = shared_database(tmp_path)
    ingest = _ingest([warc], crawler, database, max_attempts=max_attempts)
    urls: list[str] = []

    async def read_all() -> None:
        async for item in ingest.articles():
            urls.append(item.url)
            exception = outcome.get(item.url)
            if exception is not None:
                ingest.item_left(item, exception=exception)
                continue
            database.write(functools.partial(_store, url=item.url, at=item.fetched_at)).result()
            ingest.item_scraped(item)

    run(read_all())
    ingest.spider_closed()
    database.close()
    return dict(crawler.stats.get_stats()), urls


def _retry_rows(tmp_path: Path) -> list[dict]:
    return list(Database(tmp_path / "news.db").query("select * from warc_retries"))


def test_a_record_whose_try_timed_out_is_retried_by_the_next_ingestion(tmp_path: Path) -> None:
    """A record whose worker timed out was finished: the rerun started past it, and the
    article was lost though a retry on an idle machine would have stored it."""
    warc = _file(5).write(tmp_path / "a.warc.gz")
    slow = "https://a.example/2"
    stats, urls = _ingestion(tmp_path, warc, {slow: Unfinished(f"timeout: {slow}")})
    assert len(urls) == 5 and stats["news/warc/retry/kept"] == 1
    # The file is done: it is not held unfinished for the one record.
    (progress,) = Database(tmp_path / "news.db").query("select * from warc_files")
    assert progress["done"] == 1
    (row,) = _retry_rows(tmp_path)
    assert row["attempts"] == 1 and row["given_up_at"] is None

    # The rerun reads that one record at its offset, not the file up to it.
    stats, urls = _ingestion(tmp_path, warc, {})
    assert urls == [slow]
    assert stats["news/warc/records"] == 1 and stats["news/warc/retry/read"] == 1
    assert stats["news/warc/retry/resolved"] == 1
    assert stats["news/warc/files/already_done"] == 1
    assert _retry_rows(tmp_path) == []
    stored = Database(tmp_path / "news.db").execute("select url from articles").fetchall()
    assert sorted(u for (u,) in stored) == [f"https://a.example/{i}" for i in range(5)]

    # Nothing is read a third time.
    stats, urls = _ingestion(tmp_path, warc, {})
    assert urls == [] and "news/warc/records" not in stats


def test_a_record_is_given_up_after_its_attempts(tmp_path: Path) -> None:
    warc = _file(3).write(tmp_path / "a.warc.gz")
    slow = "https://a.example/1"
    timeout = {slow: Unfinished(f"timeout: {slow}")}
    stats, _ = _ingestion(tmp_path, warc, timeout, max_attempts=2)
    assert stats["news/warc/retry/kept"] == 1
    stats, urls = _ingestion(tmp_path, warc, timeout, max_attempts=2)
    assert urls == [slow] and stats["news/warc/retry/given_up"] == 1
    (row,) = _retry_rows(tmp_path)
    assert row["attempts"] == 2 and row["given_up_at"]
    stats, urls = _ingestion(tmp_path, warc, {}, max_attempts=2)
    assert urls == [] and "news/warc/retry/read" not in stats


def test_a_retry_the_workers_never_gave_spends_no_attempt(tmp_path: Path) -> None:
    warc = _file(3).write(tmp_path / "a.warc.gz")
    slow = "https://a.example/0"
    _ingestion(tmp_path, warc, {slow: Unfinished(f"timeout: {slow}")}, max_attempts=2)
    stats, urls = _ingestion(
        tmp_path, warc, {slow: Unfinished("pool_closed", tried=False)}, max_attempts=2
    )
    assert urls == [slow] and "news/warc/retry/given_up" not in stats
    (row,) = _retry_rows(tmp_path)
    assert row["attempts"] == 1
    # A try that ends with no article in the page (a plain drop) finishes it for good.
    _ingestion(tmp_path, warc, {slow: DropItem("no_text")}, max_attempts=2)
    assert _retry_rows(tmp_path) == []


def test_a_retry_row_of_a_file_read_anew_goes(tmp_path: Path) -> None:
    """A file shorter than when last read is read from its start: its offsets mean nothing."""
    warc = _file(3).write(tmp_path / "a.warc.gz")
    slow = "https://a.example/2"
    _ingestion(tmp_path, warc, {slow: Unfinished(f"timeout: {slow}")})
    _file(1).write(warc)
    stats, urls = _ingestion(tmp_path, warc, {})
    assert urls == ["https://a.example/0"] and "news/warc/retry/read" not in stats
    assert _retry_rows(tmp_path) == []
