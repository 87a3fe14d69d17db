"""Compressed bodies with damage: a gzip trailer that is wrong, gzip data that ends early.

One crawl reads a feed of gzip-encoded pages and sitemaps whose gzip trailer (CRC-32 and
length) is wrong though every byte of their deflate data inflates, and a page whose deflate
data ends early though its Content-Length is that of the bytes sent.
"""

from __future__ import annotations

import contextlib
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.storage import robots_copies
from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, articles, run_crawl

pytestmark = pytest.mark.e2e

ENCODED = [("Content-Encoding", "gzip")]


@dataclass
class CompressedRun:
    server: fs.FaultServer
    result: CrawlResult
    stored: dict[str, dict]
    db: Database


@pytest.fixture(scope="module")
def compressed_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompressedRun]:
    db = tmp_path_factory.mktemp("compressed") / "news.db"
    with fs.fault_server() as srv:
        page = fs.article_html("pruefsumme").encode()
        srv.route("/trailer/page", fs.send(body=fs.gzip_wrong_trailer(page), headers=ENCODED))
        cut = fs.article_html("abgeschnitten").encode()
        srv.route("/cut/page", fs.send(body=fs.gzip_cut(cut), headers=ENCODED))
        for name in ("datei", "kodiert"):
            srv.route(f"/listed/{name}", fs.send(body=fs.article_html(name).encode()))
        # A sitemap as a gzip file, and one sent gzip-encoded, both with a wrong trailer.
        file_body = fs.gzip_wrong_trailer(fs.urlset(srv.base, ["/listed/datei"]))
        srv.route(
            "/file.xml.gz",
            fs.send(body=file_body, content_type="application/gzip", headers=[("ETag", '"f1"')]),
        )
        encoded_body = fs.gzip_wrong_trailer(fs.urlset(srv.base, ["/listed/kodiert"]))
        srv.route(
            "/encoded.xml",
            fs.send(
                body=encoded_body,
                content_type="application/xml",
                headers=[*ENCODED, ("ETag", '"e1"')],
            ),
        )
        srv.route(
            "/feed.xml",
            fs.send(
                body=fs.rss(srv.base, ["/trailer/page", "/cut/page"]),
                content_type="application/rss+xml",
            ),
        )
        sitemaps = ",".join(srv.url(p) for p in ("/file.xml.gz", "/encoded.xml"))
        result = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}", "-a", f"sitemap={sitemaps}")
        yield CompressedRun(srv, result, articles(db), Database(db))


def test_run_finishes_cleanly(compressed_run: CompressedRun) -> None:
    assert compressed_run.result.returncode == 0, compressed_run.result.stderr[-3000:]
    for marker in ("Spider error processing", "Error processing", "Traceback"):
        assert marker not in compressed_run.result.stderr


def test_a_page_whose_gzip_trailer_alone_is_wrong_is_stored_counted_and_said(
    compressed_run: CompressedRun,
) -> None:
    """Browsers and curl show such a page whole; it is stored whole, counted and said once.
    The two sitemaps so damaged count too."""
    stored = compressed_run.stored.get(compressed_run.server.url("/trailer/page"))
    assert stored is not None
    assert fs.article_text("pruefsumme")[-1] in stored["text"]
    result = compressed_run.result
    assert result.stat("news/compression/bad_trailer") == 3
    said = [ln for ln in result.stderr.splitlines() if "gzip trailer does not match" in ln]
    assert len(said) == 3 and sum("/trailer/page" in ln for ln in said) == 1, said


def test_a_page_whose_gzip_data_ends_early_is_kept_pending_not_stored(
    compressed_run: CompressedRun,
) -> None:
    """Its Content-Length was the cut file's: Scrapy's gunzip gave the page's start as the
    whole page, stored as the article without a word. It is a partial body now: not stored,
    kept pending for a later run, counted."""
    url = compressed_run.server.url("/cut/page")
    assert url not in compressed_run.stored
    result = compressed_run.result
    assert result.stat("news/compression/cut_short") == 1
    assert result.stat("news/skip/partial") == 1
    pending = [r["url"] for r in compressed_run.db.query("select url from pending_articles")]
    assert pending == [url]


def test_sitemaps_whose_gzip_trailer_alone_is_wrong_are_read_whole(
    compressed_run: CompressedRun,
) -> None:
    """The gzip file was read as cut off: said so, its ETag never kept, read in full every
    run. Both sitemaps are read whole: their articles stored, their ETags kept."""
    server = compressed_run.server
    for path in ("/listed/datei", "/listed/kodiert"):
        assert server.url(path) in compressed_run.stored
    assert compressed_run.result.stat("news/sitemap/cut_off") == 0
    kept = {
        r["url"]: r["etag"] for r in compressed_run.db.query("select * from listing_validators")
    }
    assert kept == {server.url("/file.xml.gz"): '"f1"', server.url("/encoded.xml"): '"e1"'}


def test_a_body_in_a_coding_not_undone_is_kept_pending_never_stored(tmp_path: Path) -> None:
    """A Content-Encoding we do not know (``x-custom``), or a body that does not unpack from
    the one it is labelled with: the encoded bytes were read as the page, stored as the
    article when they looked like text, dropped as "not HTML" (the article marked done,
    lost) when they did not; a body that did not unpack raised out of the compression
    middleware, a traceback each. Now no such body is stored or read as a listing: the
    article stays pending with the coding named and the next run stores it once the
    server sends it readable; counted, each URL said once with its coding."""
    db = tmp_path / "news.db"
    page = fs.article_html("verschluesselt").encode()
    cases = {
        "/unknown-bytes": (bytes(b ^ 0x5A for b in page), "x-custom"),
        "/unknown-text": (page, "x-custom"),
        "/unknown-after-gzip": (gzip.compress(page), "x-custom, gzip"),
        "/not-gzip": (page, "gzip"),
        "/not-deflate": (page, "deflate"),
        "/not-br": (page, "br"),
        "/not-zstd": (page, "zstd"),
    }
    with fs.fault_server() as srv:
        for path, (body, coding) in cases.items():
            readable = fs.send(body=fs.article_html(path).encode())
            encoded = fs.send(body=body, headers=[("Content-Encoding", coding)])
            srv.route(path, fs.sequence(encoded, readable))
        srv.route("/identity", fs.send(body=page, headers=[("Content-Encoding", "identity")]))
        srv.route("/listed", fs.send(body=fs.article_html("gelistet").encode()))
        sitemap = fs.urlset(srv.base, ["/listed"])
        srv.route(
            "/sitemap.xml",
            fs.send(
                body=sitemap,
                content_type="application/xml",
                headers=[("Content-Encoding", "x-custom"), ("ETag", '"s1"')],
            ),
        )
        feed = fs.rss(srv.base, [*cases, "/identity"])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        args = ("-a", f"feed={srv.url('/feed.xml')}", "-a", f"sitemap={srv.url('/sitemap.xml')}")
        first = run_crawl(db, *args, "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        assert first.returncode == 0, first.stderr[-3000:]
        for marker in ("Traceback", "ERROR", "not a sitemap"):
            assert marker not in first.stderr
        assert sorted(articles(db)) == [srv.url("/identity")]
        pending = Database(db).query("select url, error, attempts from pending_articles")
        assert {r["url"]: (r["error"], r["attempts"]) for r in pending} == {
            srv.url(path): (f"its body in Content-Encoding {coding} could not be undone", 1)
            for path, (_, coding) in cases.items()
        }
        assert first.stat("news/compression/undecodable") == len(cases) + 1
        assert first.stat("news/skip/undecodable") == len(cases)
        said = [ln for ln in first.stderr.splitlines() if "is not read:" in ln]
        for path, (_, coding) in cases.items():
            named = [ln for ln in said if f"{srv.url(path)}: " in ln]
            assert len(named) == 1 and f"Content-Encoding {coding.split(',')[0]}" in named[0]
        # The sitemap was not read: its article not asked, its ETag not kept.
        assert srv.hits["/listed"] == 0
        assert list(Database(db).query("select url from listing_validators")) == []

        second = run_crawl(db, *args, "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        assert second.returncode == 0, second.stderr[-3000:]
        assert sorted(articles(db)) == sorted(srv.url(p) for p in [*cases, "/identity"])
        assert all(srv.hits[path] == 2 for path in cases)


def test_a_start_page_in_a_coding_not_undone_is_no_answered_entry(tmp_path: Path) -> None:
    """A site crawl's start page whose Content-Encoding could not be undone: its still-encoded
    bytes were read for links, none found, and the start counted as an answered entry, the run
    "ok, 0 new". It is an entry that failed, with its coding named, and the next run follows
    its links once the server sends it readable."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        srv.route("/story", fs.send(body=fs.article_html("verlinkt").encode()))
        home = b'<html><body><p>home</p><a href="/story">story</a></body></html>'
        srv.route(
            "/",
            fs.sequence(
                fs.send(body=bytes(b ^ 0x5A for b in home), headers=[("Content-Encoding", "x-c")]),
                fs.send(body=home),
            ),
        )
        args = ("-a", f"start={srv.url('/')}", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")
        first = run_crawl(db, *args)
        assert first.returncode != 0, first.stderr[-3000:]
        assert "its body in Content-Encoding x-c could not be undone" in first.stderr
        assert first.stat("news/start/unusable") == 1
        assert not articles(db)
        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert set(articles(db)) == {srv.url("/story")}


def _robots_site(srv: fs.FaultServer, robots: fs.Behaviour) -> None:
    """A home page linking /private/0, which robots.txt disallows, and a sitemap that
    robots.txt names listing /m/0; robots.txt answered by ``robots``."""
    srv.route("/m/0", fs.send(body=fs.article_html("gelistet").encode()))
    srv.route("/private/0", fs.send(body=fs.article_html("privat").encode()))
    srv.route("/map.xml", fs.send(body=fs.urlset(srv.base, ["/m/0"])))
    srv.route("/", fs.send(body=b'<html><body><p>home</p><a href="/private/0">p</a></body></html>'))
    srv.route("/robots.txt", robots)


def test_a_robots_txt_in_a_coding_not_undone_is_unreachable_not_rules(tmp_path: Path) -> None:
    """A robots.txt whose Content-Encoding could not be undone: an unknown coding was read
    as rules (Scrapy's warning only), its encoded bytes as none, allow all, the page it
    disallows fetched and stored; one labelled gzip that did not unpack failed its download
    in an ERROR traceback. Now it is read as one that got no answer: its host complete
    disallow this run (its kept copy read while fresh, never replaced by the bytes), said
    once per host, counted; the next run that gets it readable reads its rules."""
    db = tmp_path / "news.db"
    rules_of: dict[str, bytes] = {}
    with contextlib.ExitStack() as stack:
        servers = {n: stack.enter_context(fs.fault_server()) for n in ("x-custom", "gzip", "copy")}
        for name, srv in servers.items():
            rules = f"User-agent: *\nDisallow: /private/\nSitemap: {srv.url('/map.xml')}\n"
            rules_of[name] = rules.encode()
            readable = fs.send(body=rules_of[name], content_type="text/plain")
            encoded = fs.send(
                body=bytes(b ^ 0x5A for b in rules_of[name]),
                content_type="text/plain",
                headers=[("Content-Encoding", "gzip" if name == "gzip" else "x-custom")],
            )
            # The copy's host answers readable first (its copy kept), then encoded; the
            # x-custom one encoded, then readable.
            answers = (readable, encoded) if name == "copy" else (encoded, readable)
            _robots_site(srv, fs.sequence(*answers))
        starts = ("-a", f"start={','.join(srv.url('/') for srv in servers.values())}")
        # The copy's host only: its robots.txt read and kept.
        kept = run_crawl(db, "-a", f"start={servers['copy'].url('/')}")
        assert kept.returncode == 0, kept.stderr[-3000:]
        first = run_crawl(db, *starts)
        assert "Traceback" not in first.stderr
        assert first.stat("news/robots/undecodable") == 3
        assert first.stat("news/robots/copy_used") == 1
        for name, srv in servers.items():
            netloc = srv.base.removeprefix("http://")
            said = [
                ln for ln in first.stderr.splitlines() if f"WARNING: robots.txt of {netloc} " in ln
            ]
            assert len(said) == 1 and "could not be undone" in said[0], said
            assert srv.hits["/private/0"] == 0
            assert srv.hits["/map.xml"] == (2 if name == "copy" else 0)
        assert sorted(articles(db)) == [servers["copy"].url("/m/0")]
        kept_rules = Database(db).execute(f"select body from {robots_copies.TABLE}").fetchall()
        assert [bytes(body) for (body,) in kept_rules] == [rules_of["copy"]]
        # The server sends it readable again: its rules are read, its sitemap's article stored.
        second = run_crawl(db, "-a", f"start={servers['x-custom'].url('/')}")
        assert second.returncode == 0, second.stderr[-3000:]
        assert servers["x-custom"].url("/m/0") in articles(db)
        assert servers["x-custom"].hits["/private/0"] == 0


def test_a_gzip_feed_cut_in_its_header_is_cut_off_not_no_feed(tmp_path: Path) -> None:
    """A feed cut inside its gzip header, a ``.xml.gz`` file or one sent gzip-encoded, was "not
    a feed", with a warning to check the URL, as a sitemap was: it is a download cut short,
    counted ``news/feed/cut_off``, no validators kept, and read by the next run."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        feeds = []
        kind = "application/rss+xml"
        for name in ("magic", "fixed", "encoded"):
            srv.route(f"/listed/{name}", fs.send(body=fs.article_html(name).encode()))
            listing = fs.rss(srv.base, [f"/listed/{name}"])
            packed = gzip.compress(listing)
            cut, whole = (
                (packed[:7], packed)
                if name == "encoded"
                else (_cut_in_header(listing, name), packed)
            )
            encoding = ENCODED if name == "encoded" else []
            path = f"/{name}.xml" if name == "encoded" else f"/{name}.xml.gz"
            srv.route(
                path,
                fs.sequence(
                    fs.send(body=cut, content_type=kind, headers=[*encoding, ("ETag", '"c"')]),
                    fs.send(body=whole, content_type=kind, headers=[*encoding, ("ETag", '"w"')]),
                ),
            )
            feeds.append(path)
        # A whole feed beside them, so the source has an entry that answered.
        srv.route("/ok", fs.send(body=fs.article_html("zuerst").encode()))
        srv.route("/ok.xml", fs.send(body=fs.rss(srv.base, ["/ok"]), content_type=kind))
        args = ("-a", "feed=" + ",".join(srv.url(p) for p in [*feeds, "/ok.xml"]))
        first = run_crawl(db, *args)
        assert first.returncode == 0, first.stderr[-3000:]
        assert "is not a feed" not in first.stderr
        assert first.stat("news/feed/unusable") == 0
        assert first.stat("news/feed/cut_off") == len(feeds)
        assert list(Database(db).query("select url from listing_validators")) == []

        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert all(srv.hits[p] == 2 for p in feeds)
        listed = ["/ok", "/listed/magic", "/listed/fixed", "/listed/encoded"]
        assert set(articles(db)) == {srv.url(p) for p in listed}


def _cut_in_header(body: bytes, where: str) -> bytes:
    """``body`` gzipped, cut inside its gzip header: in the magic, in the fixed ten bytes, in
    the file name it carries (FNAME), in its extra field (FEXTRA)."""
    packed = gzip.compress(body, mtime=0)
    if where == "magic":
        return packed[:2]
    if where == "fixed":
        return packed[:6]
    if where == "name":
        named = io.BytesIO()
        with gzip.GzipFile("sitemap.xml", "wb", fileobj=named, mtime=0) as out:
            out.write(body)
        return named.getvalue()[:14]
    # FEXTRA set, 16 bytes of extra field of which 8 are sent.
    return b"\x1f\x8b\x08\x04" + packed[4:10] + b"\x10\x00" + b"x" * 8


def test_a_gzip_sitemap_cut_in_its_header_is_cut_off_not_no_sitemap(tmp_path: Path) -> None:
    """A ``.xml.gz`` sitemap (or one sent gzip-encoded) cut inside its gzip header was "not a
    sitemap", with a warning to check the URL. It is a download cut short like any other:
    said so, counted ``news/sitemap/cut_off``, no validators kept, and read by the next run."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        srv.route("/ok", fs.send(body=fs.article_html("zuerst").encode()))
        srv.route(
            "/feed.xml", fs.send(body=fs.rss(srv.base, ["/ok"]), content_type="application/rss+xml")
        )
        sitemaps = []
        for name in ("magic", "fixed", "name", "extra"):
            srv.route(f"/listed/{name}", fs.send(body=fs.article_html(name).encode()))
            listing = fs.urlset(srv.base, [f"/listed/{name}"])
            path = f"/{name}.xml.gz"
            kind = "application/gzip"
            srv.route(
                path,
                fs.sequence(
                    fs.send(
                        body=_cut_in_header(listing, name),
                        content_type=kind,
                        headers=[("ETag", '"cut"')],
                    ),
                    fs.send(
                        body=gzip.compress(listing), content_type=kind, headers=[("ETag", '"w"')]
                    ),
                ),
            )
            sitemaps.append(path)
        srv.route("/listed/encoded", fs.send(body=fs.article_html("kodiert").encode()))
        encoded = gzip.compress(fs.urlset(srv.base, ["/listed/encoded"]))
        xml = "application/xml"
        srv.route(
            "/encoded.xml",
            fs.sequence(
                fs.send(body=encoded[:7], content_type=xml, headers=[*ENCODED, ("ETag", '"c"')]),
                fs.send(body=encoded, content_type=xml, headers=[*ENCODED, ("ETag", '"w"')]),
            ),
        )
        sitemaps.append("/encoded.xml")
        args = (
            "-a", f"feed={srv.url('/feed.xml')}",
            "-a", "sitemap=" + ",".join(srv.url(p) for p in sitemaps),
        )  # fmt: skip
        first = run_crawl(db, *args)
        assert first.returncode == 0, first.stderr[-3000:]
        assert "is not a sitemap" not in first.stderr
        assert first.stat("news/sitemap/invalid") == 0
        assert first.stat("news/sitemap/cut_off") == len(sitemaps)
        said = [ln for ln in first.stderr.splitlines() if "is cut off" in ln]
        assert sorted(ln.split("Sitemap ")[1].split(" ")[0] for ln in said) == sorted(
            srv.url(p) for p in sitemaps
        )
        assert list(Database(db).query("select url from listing_validators")) == []

        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert all(srv.hits[p] == 2 for p in sitemaps)
        listed = [
            "/listed/magic",
            "/listed/fixed",
            "/listed/name",
            "/listed/extra",
            "/listed/encoded",
        ]
        assert set(articles(db)) == {srv.url(p) for p in ["/ok", *listed]}
