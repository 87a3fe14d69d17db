"""WARC input with broken records: structure-aware mutations of real records.

Every record must end as an article with the exact page it was written with, or as a counted
skip; damage costs only the records it touches, and no exception escapes the reader.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import brotli
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.statscollectors import MemoryStatsCollector

from crawler.runs.outcome import source_outcome
from crawler.storage.database import SharedDatabase
from crawler.warc.ingest import FileProgress, RecordFilter, Skip, WarcIngest, entry_article
from crawler.warc.reader import Damage, WarcEntry, read_records
from tests.support.warcfiles import (
    arc_file,
    http_response,
    page,
    request,
    response,
    revisit,
    warcinfo,
)
from tests.unit.components import crawler_for, run

TEXT = ["A long paragraph about the council's budget for schools and roads, in detail. " * 4]


def _head(fields: list[str], length: int | str) -> bytes:
    return ("\r\n".join(["WARC/1.0", *fields, f"Content-Length: {length}"]) + "\r\n\r\n").encode()


def _fields(url: str, date: str = "2024-03-01T12:00:00Z") -> list[str]:
    return [
        "WARC-Type: response",
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>",
        f"WARC-Target-URI: {url}",
        f"WARC-Date: {date}",
        "Content-Type: application/http; msgtype=response",
    ]


def _record(url: str, *, length_delta: int = 0, date: str = "2024-03-01T12:00:00Z") -> bytes:
    block = http_response(page(url, TEXT))
    return _head(_fields(url, date), len(block) + length_delta) + block + b"\r\n\r\n"


def _write(path: Path, records: list[bytes], *, compress: bool) -> Path:
    if compress:
        path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


def _pages(path: Path) -> dict[str, bytes | None]:
    return {e.url or "": e.body for e in read_records(path) if isinstance(e, WarcEntry)}


URLS = [f"https://a.example/{i}" for i in range(3)]


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("delta", [-100, -1, 100])
def test_a_record_whose_length_is_wrong_is_damage_not_a_page(
    tmp_path: Path, compress: bool, delta: int
) -> None:
    """A shorter Content-Length handed out a cut page, a longer one a page with the next
    record's head glued on; both were stored as articles."""
    records = [_record(URLS[0]), _record(URLS[1], length_delta=delta), _record(URLS[2])]
    path = _write(tmp_path / ("f.warc.gz" if compress else "f.warc"), records, compress=compress)
    items = list(read_records(path))
    pages = _pages(path)
    assert URLS[1] not in pages
    assert pages[URLS[0]] == page(URLS[0], TEXT)
    assert any(isinstance(e, Damage) for e in items)
    if compress:  # plain: a longer length eats into the next record's head
        assert pages[URLS[2]] == page(URLS[2], TEXT)


@pytest.mark.parametrize("compress", [True, False])
def test_a_huge_length_costs_only_its_own_record(tmp_path: Path, compress: bool) -> None:
    """The reader skipped 10**15 bytes to the end of the file: every later record was lost,
    and without a word (the record itself passed as whole)."""
    records = [_record(URLS[0]), _record(URLS[1], length_delta=10**15), _record(URLS[2])]
    path = _write(tmp_path / ("f.warc.gz" if compress else "f.warc"), records, compress=compress)
    items = list(read_records(path, max_body=10**6))
    assert [e.url for e in items if isinstance(e, WarcEntry)] == [URLS[0], URLS[2]]
    (damage,) = [e for e in items if isinstance(e, Damage)]
    assert damage.resume is not None


def test_a_record_cut_before_it_was_compressed_is_damage(tmp_path: Path) -> None:
    """A whole gzip member holding a cut record (a writer that compressed what it had)."""
    path = _write(
        tmp_path / "f.warc.gz", [_record(URLS[0]), _record(URLS[1])[:-300]], compress=True
    )
    items = list(read_records(path))
    assert [e.url for e in items if isinstance(e, WarcEntry)] == [URLS[0]]
    assert isinstance(items[-1], Damage) and items[-1].resume is None


def test_a_whole_record_without_closing_crlfs_is_read(tmp_path: Path) -> None:
    """Negative case: the check for a true length must not refuse a sloppy but whole record."""
    records = [_record(u)[:-4] for u in URLS]
    for compress in (True, False):
        path = _write(tmp_path / f"f{compress}.warc", records, compress=compress)
        assert _pages(path) == {u: page(u, TEXT) for u in URLS}


def test_the_last_record_of_a_file_that_is_one_gzip_stream_is_read(tmp_path: Path) -> None:
    """The readers' offsets in a single gzip stream are no member starts: the last record,
    whole, was reported as cut off and lost."""
    whole = b"".join(_record(u) for u in URLS)
    path = tmp_path / "one.warc.gz"
    path.write_bytes(gzip.compress(whole))
    assert _pages(path) == {u: page(u, TEXT) for u in URLS}
    path.write_bytes(gzip.compress(whole)[:-30])  # negative: a cut stream loses its last record
    items = list(read_records(path))
    # (the record before it goes too: in one stream both start at the same offset)
    assert URLS[2] not in [e.url for e in items if isinstance(e, WarcEntry)]
    assert isinstance(items[-1], Damage)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ([("Content-Length", "5000")], "truncated"),
        ([("Content-Length", "5000"), ("Content-Encoding", "gzip")], "truncated"),
        ([("Content-Length", "10")], None),  # longer than announced: nothing is missing
        ([("Transfer-Encoding", "chunked")], None),
    ],
)
def test_a_payload_short_of_its_http_content_length_is_a_truncated_skip(
    tmp_path: Path, headers: list[tuple[str, str]], reason: str | None
) -> None:
    """A writer kept the server's Content-Length over the part of the body it got: the cut
    page was stored, where a live download with the same loss is never stored."""
    body = page(URLS[0], TEXT)
    if ("Content-Encoding", "gzip") in headers:
        body = gzip.compress(body, mtime=0)
    if ("Transfer-Encoding", "chunked") in headers:
        body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    block = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{head}\r\n".encode() + body
    record = _head(_fields(URLS[0]), len(block)) + block + b"\r\n\r\n"
    (entry,) = read_records(_write(tmp_path / "f.warc.gz", [record], compress=True))
    assert isinstance(entry, WarcEntry)
    if reason is None:
        assert entry_article(entry, RecordFilter(), None).html_utf8 == page(URLS[0], TEXT)
    else:
        with pytest.raises(Skip) as skipped:
            entry_article(entry, RecordFilter(), None)
        assert skipped.value.reason == reason


@pytest.mark.parametrize(("announce", "reason"), [(1000, "truncated"), (0, None), (-10, None)])
def test_an_arc_payload_short_of_its_http_content_length_is_a_truncated_skip(
    tmp_path: Path, announce: int, reason: str | None
) -> None:
    """ARC files (read by warcio) got no such check: the cut page was stored."""
    body = page(URLS[0], TEXT)
    path = arc_file(tmp_path / "f.arc.gz", [(URLS[0], body)], announce=announce)
    (entry,) = [e for e in read_records(path) if isinstance(e, WarcEntry) and e.type == "response"]
    if reason is None:
        assert entry_article(entry, RecordFilter(), None).html_utf8 == body
    else:
        with pytest.raises(Skip) as skipped:
            entry_article(entry, RecordFilter(), None)
        assert skipped.value.reason == reason


@pytest.mark.parametrize(
    "date", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "2024-02-30T00:00:00Z"]
)
def test_a_warc_date_without_a_utc_time_is_a_malformed_skip(tmp_path: Path, date: str) -> None:
    """OverflowError from the date's conversion to UTC escaped and ended the ingestion."""
    records = [_record(URLS[0]), _record(URLS[1], date=date), _record(URLS[2])]
    path = _write(tmp_path / "f.warc.gz", records, compress=True)
    outcomes = []
    for entry in read_records(path):
        assert isinstance(entry, WarcEntry)
        try:
            outcomes.append(entry_article(entry, RecordFilter(), None).url)
        except Skip as exc:
            outcomes.append(exc.reason)
    assert outcomes == [URLS[0], "malformed", URLS[2]]


def _ingest(stats: MemoryStatsCollector, path: Path) -> WarcIngest:
    # The reading decisions never touch the database.
    return WarcIngest(
        [path],
        RecordFilter(),
        stats,
        cast(SharedDatabase, None),
        source=None,
        max_in_flight=1000,
        max_body=10**6,
        checkpoint_seconds=60,
    )


def _consume(path: Path) -> tuple[dict[str, int], list[str], dict[str, bytes]]:
    """Stats, article URLs and the pages they carry, as the ingestion decides them."""
    stats = MemoryStatsCollector(crawler_for())
    ingest = _ingest(stats, path)
    progress = FileProgress(str(path), path.stat().st_size, 0)
    urls, html = [], {}
    for entry in read_records(path, max_body=10**6):
        article = ingest._consider(progress, str(path), entry)
        if article is not None:
            urls.append(article.url)
            assert isinstance(entry, WarcEntry) and entry.body is not None
            html[article.url] = entry.body
    return stats.get_stats(), urls, html


def test_a_file_that_is_no_warc_is_unreadable_and_fails_the_run(tmp_path: Path) -> None:
    crawler = crawler_for()
    path = tmp_path / "page.warc.gz"
    path.write_bytes(gzip.compress(page("Not an archive", TEXT)))
    good = _write(tmp_path / "good.warc.gz", [_record(URLS[0])], compress=True)
    for files, unreadable in (([path], 1), ([path, good], 1), ([good], 0)):
        stats = MemoryStatsCollector(crawler)
        ingest = _ingest(stats, files[0])
        ingest.paths = files
        ingest.database = cast(SharedDatabase, _NoDatabase())

        async def drain(source: WarcIngest) -> None:
            async for article in source.articles():
                source.item_left(article)

        run(drain(ingest))
        assert ingest._timer is not None
        ingest._timer.stop()
        got = stats.get_stats()
        assert got.get("news/warc/files/unreadable", 0) == unreadable
        outcome = source_outcome("warc", {**got, "finish_reason": "finished"})
        assert outcome.ok == (files != [path]), outcome


class _NoDatabase:
    """Progress with nowhere to go: the rows are written nowhere."""

    class _Rows:
        def fetchall(self) -> list[tuple[str, int, int, int]]:
            return []

    @property
    def db(self) -> _NoDatabase:
        return self

    def execute(self, *args: object) -> _Rows:
        return self._Rows()

    def write(self, work: object) -> _Done:
        return _Done()


class _Done:
    def add_done_callback(self, callback: object) -> None:
        return None


# --- property: mutations of real records ------------------------------------------------------


@dataclass(frozen=True)
class Mutation:
    """One change to a response record; ``kept`` says whether its page may still be ingested
    (with the exact bytes written), else it must end as a skip or in a Damage."""

    name: str
    kept: bool


MUTATIONS = [
    Mutation("none", True),
    Mutation("length-shorter", False),
    Mutation("length-longer", False),
    Mutation("length-negative", False),
    Mutation("length-huge", False),
    Mutation("length-garbage", False),
    Mutation("no-type", False),
    Mutation("uri-space", True),
    Mutation("uri-no-scheme", False),
    Mutation("date-garbage", False),
    Mutation("date-overflow", False),
    Mutation("no-status-line", False),
    Mutation("status-999", False),
    Mutation("header-no-colon", True),
    Mutation("chunked-not-chunked", False),
    Mutation("http-length-longer", False),
    Mutation("gzip-on-plain", False),
    Mutation("cut", False),
    Mutation("cut-then-compressed", False),
    Mutation("zero-bytes", False),
    Mutation("garbled-member", False),
]


def _mutated(index: int, mutation: str) -> tuple[str, bytes, bool]:
    """(url, record bytes, whether to garble its gzip member) for the ``index``-th response."""
    url = f"https://a.example/{index}"
    body = page(url, TEXT)
    fields = _fields(url)
    block = http_response(body)
    match mutation:
        case "no-type":
            fields = fields[1:]
        case "uri-space":
            url = f"https://a.example/{index} x"
            fields[2] = f"WARC-Target-URI: {url}"
        case "uri-no-scheme":
            fields[2] = f"WARC-Target-URI: a.example/{index}"
        case "date-garbage":
            fields[3] = "WARC-Date: yesterday"
        case "date-overflow":
            fields[3] = "WARC-Date: 9999-12-31T23:59:59-05:00"
        case "no-status-line":
            block = block.split(b"\r\n", 1)[1]
        case "status-999":
            block = http_response(body, status="999 Odd")
        case "header-no-colon":
            block = block.replace(b"\r\n", b"\r\nX-Odd header line\r\n", 1)
        case "chunked-not-chunked":
            block = http_response(body, headers=[("Transfer-Encoding", "chunked")])
        case "gzip-on-plain":
            block = http_response(body, headers=[("Content-Encoding", "gzip")])
        case "http-length-longer":
            block = block.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    lengths: dict[str, int | str] = {
        "length-shorter": len(block) - 50,
        "length-longer": len(block) + 50,
        "length-negative": -5,
        "length-huge": 10**15,
        "length-garbage": "many",
    }
    length = lengths.get(mutation, len(block))
    record = _head(fields, length) + block + b"\r\n\r\n"
    if mutation in ("cut", "cut-then-compressed"):
        record = record[: len(record) // 2]
    if mutation == "zero-bytes":
        record = b""
    return url, record, mutation == "garbled-member"


OTHERS = {
    "request": lambda i: request(f"https://a.example/r{i}").to_bytes(),
    "revisit": lambda i: revisit(f"https://a.example/{i}").to_bytes(),
    "warcinfo": lambda i: warcinfo().to_bytes(),
    "metadata": lambda i: (
        response(f"https://a.example/m{i}", b"x")
        .to_bytes()
        .replace(b"WARC-Type: response", b"WARC-Type: metadata")
    ),
    "not-html": lambda i: response(
        f"https://a.example/j{i}", b"{}", content_type="application/json"
    ).to_bytes(),
}

plans = st.lists(
    st.one_of(
        st.sampled_from(MUTATIONS).map(lambda m: ("response", m)),
        st.sampled_from(sorted(OTHERS)).map(lambda kind: (kind, MUTATIONS[0])),
    ),
    min_size=1,
    max_size=7,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans, st.booleans(), st.booleans())
def test_mutated_records_are_articles_with_their_own_page_or_counted_skips(
    tmp_path_factory: pytest.TempPathFactory,
    plan: list[tuple[str, Mutation]],
    compress: bool,
    concatenated: bool,
) -> None:
    members: list[bytes] = []
    written: dict[str, tuple[bytes, bool]] = {}  # url: (page, may be ingested)
    for i, (kind, mutation) in enumerate(plan):
        if kind != "response":
            record, garble = OTHERS[kind](i), False
        else:
            url, record, garble = _mutated(i, mutation.name)
            written[url] = (page(f"https://a.example/{i}", TEXT), mutation.kept)
            if mutation.name == "cut" and compress:
                # Cut inside the gzip member rather than before compressing it.
                member = gzip.compress(_mutated(i, "none")[1], mtime=0)
                members.append(member[: len(member) // 2])
                continue
        member = gzip.compress(record, mtime=0) if compress and record else record
        if garble and compress:
            middle = len(member) // 2
            member = member[:10] + bytes(b ^ 0x5A for b in member[10:middle]) + member[middle:]
        elif garble:
            member = member.replace(b"WARC/1.0", b"WARX/1.0", 1)
        members.append(member)
    data = b"".join(members)
    if concatenated:  # two files given as one: the same records again, whole
        data += data
    path = tmp_path_factory.mktemp("warcfuzz") / ("f.warc.gz" if compress else "f.warc")
    path.write_bytes(data)

    stats, urls, html = _consume(path)

    # Never a page stored from a misread record: each article carries exactly its own page,
    # and only records written whole may become articles.
    for url in urls:
        raw_url = next(u for u in written if u.replace(" ", "%20") == url or u == url)
        expected, kept = written[raw_url]
        assert kept, (url, plan)
        assert html[url] == expected, (url, plan)
    # Counts add up: every record read is an article or a skip with a reason.
    skips = sum(
        v for k, v in stats.items() if k.startswith("news/warc/skip/") and "corrupt" not in k
    )
    assert stats.get("news/warc/records", 0) == stats.get("news/warc/articles", 0) + skips
    assert stats.get("news/warc/articles", 0) == len(urls)
    # Nothing lost without a word: a whole response is read, or a Damage is counted.
    whole = sum(1 for kind, m in plan if kind == "response" and m.name in ("none", "uri-space"))
    if not stats.get("news/warc/skip/corrupt"):
        assert len(urls) >= whole * (2 if concatenated else 1), plan


@pytest.mark.parametrize("coding", ["br", "gzip", "deflate"])
def test_an_arc_record_in_any_content_encoding_is_read_as_a_warc_record_is(
    tmp_path: Path, coding: str
) -> None:
    """Found by fuzzing: warcio's own decoding of an ARC record's body raised AttributeError
    for Content-Encoding br ("'brotli.Decompressor' object has no attribute 'unused_data'"),
    which read_records lets through as our own error: the whole file's ingestion ended in a
    traceback. The body is undone by the crawl's decoders, as a WARC record's."""
    body = page(URLS[0], TEXT)
    packed = {"br": brotli.compress, "gzip": gzip.compress, "deflate": zlib.compress}[coding](body)
    path = arc_file(
        tmp_path / "f.arc.gz",
        [(URLS[0], packed), (URLS[1], packed)],
        headers=[("Content-Encoding", coding)],
    )
    assert {u: b for u, b in _pages(path).items() if u in URLS} == {URLS[0]: body, URLS[1]: body}
