"""WARC recording and writing: exchanges as sent, one gzip member per record, rotation."""

from __future__ import annotations

import dataclasses
import gzip
import random
import subprocess
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse, TextResponse

from crawler.middlewares.politeness import HANDED_OVER
from crawler.warc.ingest import RecordFilter, entry_article
from crawler.warc.reader import WarcEntry, read_records
from crawler.warc.recorder import WarcRecorderMiddleware, exchange_of
from crawler.warc.writer import (
    Exchange,
    RotatingWarcWriter,
    http_version,
    recover_abandoned,
    warc_date,
)
from tests.support.warcfiles import page
from tests.unit.components import crawler_for

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def _writer(folder: Path, max_bytes: int = 10**9) -> RotatingWarcWriter:
    return RotatingWarcWriter(folder, prefix="t", max_bytes=max_bytes, info={"isPartOf": "run 7"})


def _members(path: Path) -> list[bytes]:
    data, out = path.read_bytes(), []
    while data:
        inflater = zlib.decompressobj(31)
        out.append(inflater.decompress(data))
        data = inflater.unused_data
    return out


def test_exchange_keeps_the_body_as_sent_and_drops_framing_headers() -> None:
    body = gzip.compress(page("Zipped", ["Text " * 100]))
    request = Request("https://a.example/x?q=1", headers={"Accept-Encoding": "gzip"})
    response = HtmlResponse(
        "https://a.example/x?q=1",
        status=200,
        headers={
            "Content-Type": "text/html",
            "Content-Encoding": "gzip",
            "Transfer-Encoding": "chunked",
        },
        body=body,
        request=request,
    )
    exchange = exchange_of(request, response, WHEN)
    names = [k.lower() for k, _ in exchange.response_headers]
    assert exchange.body == body and "content-encoding" in names
    assert "transfer-encoding" not in names
    assert ("Content-Length", str(len(body))) in exchange.response_headers
    assert exchange.request_headers[0] == ("Host", "a.example")
    stopped = HtmlResponse("https://a.example/y", body=b"<ht", flags=["download_stopped"])
    assert exchange_of(Request("https://a.example/y"), stopped, WHEN).truncated == "unspecified"


def test_an_exchange_records_no_credentials_the_request_carried() -> None:
    """HTTPAUTH_USER/PASS (or a proxy's user:password@) put the password, base64-encoded, into
    every recorded request; the other request headers are kept."""
    request = Request(
        "https://a.example/x",
        headers={
            "Authorization": "Basic Ym9iOnMzY3JldA==",
            "Proxy-Authorization": "Basic cHJveHk6cHc=",
            "Accept-Language": "de",
        },
    )
    response = HtmlResponse("https://a.example/x", body=b"<html></html>", request=request)
    recorded = exchange_of(request, response, WHEN).request_headers
    assert recorded == [("Host", "a.example"), ("Accept-Language", "de")]


def test_an_exchange_records_the_cookie_sent_only_when_a_setting_says_so() -> None:
    """A session cookie (DEFAULT_REQUEST_HEADERS, or CookiesMiddleware's jar) went into every
    recorded request; the site's Set-Cookie answer is recorded either way."""
    request = Request(
        "https://a.example/x", headers={"cookie": "session=abc", "Accept-Language": "de"}
    )
    response = HtmlResponse(
        "https://a.example/x",
        body=b"<html></html>",
        headers={"Set-Cookie": "seen=1; Path=/"},
        request=request,
    )
    left_out = exchange_of(request, response, WHEN)
    kept = exchange_of(request, response, WHEN, keep_cookies=True)
    assert left_out.request_headers == [("Host", "a.example"), ("Accept-Language", "de")]
    assert ("Cookie", "session=abc") in kept.request_headers
    for exchange in (left_out, kept):
        assert ("Set-Cookie", "seen=1; Path=/") in exchange.response_headers


def test_written_records_read_back_and_ingest(tmp_path: Path) -> None:
    body = gzip.compress(page("Zipped", ["Text of the page. " * 30]))
    writer = _writer(tmp_path)
    writer.write(
        Exchange(
            url="https://a.example/x",
            date=WHEN,
            status=200,
            response_headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            body=body,
            method="GET",
            request_headers=[("Host", "a.example")],
        )
    )
    writer.close()
    (path,) = writer.closed_files
    members = _members(path)
    assert len(members) == 3  # warcinfo, response, request: one gzip member each
    assert b"WARC-Type: warcinfo" in members[0] and b"isPartOf: run 7" in members[0]
    entries = [e for e in read_records(path) if isinstance(e, WarcEntry)]
    assert [e.type for e in entries] == ["warcinfo", "response", "request"]
    article = entry_article(entries[1], RecordFilter(), None)
    assert article.fetched_at == "2026-01-02T03:04:05+00:00"
    assert "<h1>Zipped</h1>" in (article.html or "")


def test_an_http2_download_is_recorded_with_a_status_line_readers_take(tmp_path: Path) -> None:
    """Scrapy's HTTP/2 handler names the protocol "h2": recorded as named, the response began
    "h2 200 OK" and the request ended "h2"; no reader (warcio, FastWARC, ours) took that for
    an HTTP head, and the ingest skipped every such page as malformed."""
    url = "https://a.example/x"
    request = Request(url, headers={"Accept": "text/html"})
    body = page("Over HTTP/2", ["Text of the page. " * 30])
    response = HtmlResponse(
        url, headers={"content-type": "text/html"}, body=body, request=request, protocol="h2"
    )
    writer = _writer(tmp_path)
    writer.write(exchange_of(request, response, WHEN))
    writer.close()
    (path,) = writer.closed_files
    members = _members(path)
    assert members[1].split(b"\r\n\r\n", 2)[1].startswith(b"HTTP/2 200 OK\r\n")
    assert b"GET /x HTTP/2\r\n" in members[2]
    entries = [e for e in read_records(path) if isinstance(e, WarcEntry)]
    assert entries[1].status == 200
    assert "<h1>Over HTTP/2</h1>" in (entry_article(entries[1], RecordFilter(), None).html or "")
    assert [http_version(p) for p in ("HTTP/1.0", "h3", None, "spdy/3")] == [
        "HTTP/1.0",
        "HTTP/3",
        "HTTP/1.1",
        "HTTP/1.1",
    ]


def test_an_articles_listing_hints_are_recorded_and_ingested_with_it(tmp_path: Path) -> None:
    """A feed's date and title of a page that shows neither travel in the response record
    (recorded by a crawl, written by export-warc): ingested without them, the article of a
    page dated only by its feed lost its date."""
    hints = {"published": "2026-01-01T10:00:00+01:00", "title": "Fähre fährt \u201cwieder\u201d"}
    request = Request("https://a.example/x", cb_kwargs={"hints": hints})
    response = HtmlResponse(
        "https://a.example/x", headers={"Content-Type": "text/html"}, body=page("X", ["Y"])
    )
    writer = _writer(tmp_path)
    writer.write(exchange_of(request, response, WHEN))
    writer.write(exchange_of(Request("https://a.example/robots.txt"), response, WHEN))
    writer.close()
    (path,) = writer.closed_files
    # One line of ASCII in the record's head, whatever the title holds.
    (field,) = [f for f in _members(path)[1].split(b"\r\n") if f.startswith(b"Newsloom-")]
    assert field.isascii() and b"\\u201c" in field
    entries = [e for e in read_records(path) if isinstance(e, WarcEntry) and e.type == "response"]
    assert [entry_article(e, RecordFilter(), None).hints for e in entries] == [hints, {}]
    unreadable = dataclasses.replace(entries[0], hints="[1, 2]")
    assert entry_article(unreadable, RecordFilter(), None).hints == {}  # read as no hints


def test_writer_rotates_past_the_size_limit(tmp_path: Path) -> None:
    writer = _writer(tmp_path, max_bytes=2_000)
    for i in range(3):
        writer.write(
            Exchange(
                url=f"https://a.example/{i}",
                date=WHEN,
                status=200,
                response_headers=[("Content-Type", "text/html")],
                body=page(f"T{i}", [random.Random(i).randbytes(3_000).hex()]),
            )
        )
    writer.close()
    assert len(writer.closed_files) == 3
    assert all(b"WARC-Type: warcinfo" in _members(p)[0] for p in writer.closed_files)
    assert not list(tmp_path.glob("*.open"))


def test_warc_date_is_utc() -> None:
    assert warc_date(WHEN) == "2026-01-02T03:04:05Z"
    assert warc_date(WHEN.replace(microsecond=5)) == "2026-01-02T03:04:05.000005Z"


def test_recording_failure_fails_the_source(tmp_path: Path) -> None:
    crawler = crawler_for()
    folder = tmp_path / "warc"
    folder.mkdir()
    mw = WarcRecorderMiddleware(
        crawler.stats, folder, max_bytes=10**6, run_id=3, user_agent="t", robots=True
    )
    folder.rmdir()  # the disk went away: the first file cannot be created
    request = Request("https://a.example/x")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    assert mw.record(request, response) is not None
    mw.spider_closed()
    assert crawler.stats.get_value("news/fatal/warc_record_failed") == 1
    assert crawler.stats.get_value("news/warc/recorded") is None
    assert mw.record(request, response) is None  # recording stopped, the crawl goes on


def test_a_robots_txt_answer_handed_over_is_not_recorded_again(tmp_path: Path) -> None:
    """A site crawl's robots.txt, downloaded once by the robots.txt middleware and handed to
    the spider's request for it (flagged HANDED_OVER), is one exchange: recorded as it was
    received, not a second time as the spider's."""
    crawler = crawler_for()
    mw = WarcRecorderMiddleware(
        crawler.stats, tmp_path, max_bytes=10**6, run_id=3, user_agent="t", robots=True
    )
    request = Request("https://a.example/robots.txt")
    response = TextResponse(request.url, body=b"Sitemap: /map.xml\n", request=request)
    assert mw.record(request, response) is not None
    handed = response.replace(flags=[HANDED_OVER])
    assert mw.record(request, handed) is None
    mw.spider_closed()
    assert crawler.stats.get_value("news/warc/recorded") == 1
    records = [entry for file in sorted(tmp_path.glob("*.warc.gz")) for entry in read_records(file)]
    responses = [e for e in records if isinstance(e, WarcEntry) and e.type == "response"]
    assert [entry.url for entry in responses] == [request.url]


_KILLED_WRITER = """
import os, signal, sys
from datetime import UTC, datetime
from pathlib import Path
from crawler.warc.writer import Exchange, RotatingWarcWriter
writer = RotatingWarcWriter(Path(sys.argv[1]), prefix="run9", max_bytes=10**9, info={})
body = b"<html><body><p>" + b"Council budget. " * 40 + b"</p></body></html>"
writer.write(Exchange(url="https://a.example/k", date=datetime.now(UTC), status=200,
                      response_headers=[("Content-Type", "text/html")], body=body))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_crawls_open_file_is_renamed_by_the_next_recording(tmp_path: Path) -> None:
    """kill -9 left a ``.open`` file no run renamed: ``*.warc.gz`` missed its responses."""
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(tmp_path)], check=False)
    assert killed.returncode == -9
    (stale,) = tmp_path.glob("*.open")
    crawler = crawler_for(NEWS_WARC_DIR=str(tmp_path), NEWS_RUN_ID=10)
    WarcRecorderMiddleware.from_crawler(crawler)
    assert crawler.stats.get_value("news/warc/recovered_files") == 1
    (final,) = tmp_path.glob("*.warc.gz")
    assert final.name == stale.name.removesuffix(".open") and not stale.exists()
    assert [e.url for e in read_records(final) if isinstance(e, WarcEntry)][-1] == (
        "https://a.example/k"
    )


def test_a_file_being_written_is_left_alone(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    headers = [("Content-Type", "text/html")]
    writer.write(Exchange("https://a.example/1", WHEN, 200, headers, b"<p>x</p>"))
    assert recover_abandoned(tmp_path) == []
    assert len(list(tmp_path.glob("*.open"))) == 1
    writer.close()
    assert [p.name for p in tmp_path.iterdir()] == [writer.closed_files[0].name]


def test_an_empty_open_file_is_left_to_the_writer_about_to_lock_it(tmp_path: Path) -> None:
    """A writer creates its ``.open`` file, then takes the lock: a recovery between the two
    calls must not rename the live file (the writer's close would then find it gone)."""
    created = tmp_path / "newsloom-run1-20260101000000-00001.warc.gz.open"
    created.touch()
    assert recover_abandoned(tmp_path) == []
    assert created.exists()


def test_an_open_file_holding_no_whole_record_is_removed(tmp_path: Path) -> None:
    """A crawl killed while it wrote its first record (the warcinfo) left only its first
    bytes: no record to keep, so no file under a final name that holds none."""
    writer = _writer(tmp_path)
    writer.write(Exchange("https://a.example/1", WHEN, 200, [("Content-Type", "text/html")], b"x"))
    writer.close()
    (final,) = writer.closed_files
    data = final.read_bytes()
    inflater = zlib.decompressobj(31)
    inflater.decompress(data)
    first = data[: len(data) - len(inflater.unused_data)]
    final.unlink()
    # Half of the first gzip member, as a kill in its middle leaves it.
    final.with_name(final.name + ".open").write_bytes(first[: len(first) // 2])
    assert recover_abandoned(tmp_path) == []
    assert list(tmp_path.iterdir()) == []
