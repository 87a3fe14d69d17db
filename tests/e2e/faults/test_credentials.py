"""Credentials in a URL (``http://user:password@host/…``): never stored, logged or counted.

A source URL carrying them is refused before anything is fetched, naming the source and the
argument and how to give the credentials instead; the crawls run ``scrapy crawl`` in a
subprocess against the fault server.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
from contextlib import closing
from pathlib import Path
from typing import Any, cast

import pytest
from sqlite_utils import Database

from crawler.storage import schema
from crawler.storage.copy import table_names
from crawler.storage.database import open_database, write_transaction
from crawler.storage.postgres import PostgresDatabase, is_postgres_url
from crawler.urls import without_userinfo
from tests.conftest import ScrapyRun, run_scrapy
from tests.support import faultserver as fs
from tests.support import postgres
from tests.support.harness import QUICK, article_routes, parse_stats, run_scrapy_forked
from tests.support.scrapyd_nodes import free_port
from tests.support.warcfiles import WarcFile, page, response

pytestmark = pytest.mark.e2e

SECRET = "s3cret"


def _credentialed(srv: fs.FaultServer, path: str) -> str:
    return f"http://bob:{SECRET}@{srv.base.removeprefix('http://')}{path}"


def _refused_in_one_line(run: ScrapyRun, said: str, hostport: str) -> None:
    """``run`` ended at once, exit 2, in one line of ours that says ``said`` and the
    HTTPAUTH_DOMAIN to give, never the password."""
    assert run.returncode == 2, run.stderr[-3000:]
    ours = [line for line in run.stderr.splitlines() if line.startswith("newsloom: ")]
    assert len(ours) == 1, run.stderr
    assert said in ours[0], ours
    assert f"HTTPAUTH_DOMAIN={hostport}" in ours[0], ours
    assert SECRET not in run.stderr + run.stdout


def test_a_source_url_with_credentials_is_refused_before_anything_is_fetched(
    tmp_path: Path,
) -> None:
    """A password in a source URL went into the articles and pending rows, the run's stats
    and summary and every log line naming the URL, while Scrapy's downloader refused the URL
    ("invalid hostname", reported as an unreachable robots.txt), exit 1. Now each way a URL
    enters (``-a feed=``, ``-a start=``, a ``-a urls_file=``'s line, a source of
    sources.toml, ``scrapy explain URL``) is refused in one line, exit 2, naming the
    argument and the settings that carry credentials, the password nowhere, and nothing is
    fetched."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 1)
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="text/xml"))
        hostport = srv.base.removeprefix("http://")
        urls_file = tmp_path / "urls.txt"
        urls_file.write_text(f"{srv.url(paths[0])}\n\n{_credentialed(srv, paths[0])}\n")
        sources = tmp_path / "sources.toml"
        feed, start = _credentialed(srv, "/feed.xml"), _credentialed(srv, "/")
        runs = {
            "ad-hoc run: -a feed= entry": ("crawl", "news", "-a", f"feed={feed}"),
            "ad-hoc run: -a start= entry": ("crawl", "news", "-a", f"start={start}"),
            f"ad-hoc run: -a urls_file={urls_file}:3 entry":
                ("crawl", "news", "-a", f"urls_file={urls_file}"),
            "source 'paywalled': feeds entry":
                ("crawl", "paywalled", "-s", f"NEWS_SOURCES={sources}"),
        }  # fmt: skip
        sources.write_text(f'[sources.paywalled]\nfeeds = ["{feed}"]\n')
        explain = ("explain", _credentialed(srv, paths[0]))
        *refused, explained = run_scrapy_forked(
            *([*args, "-s", f"NEWS_DB={db}"] for args in (*runs.values(), explain))
        )
        for named, run in zip(runs, refused, strict=True):
            _refused_in_one_line(run, f"{named} 'http://{hostport}/", hostport)
        assert explained.returncode == 2, explained.stderr[-3000:]
        assert f"the URL '{srv.url(paths[0])}' carries a user name" in explained.stderr
        assert SECRET not in explained.stderr + explained.stdout
        assert not srv.hits, srv.hits
    assert not db.exists()


def test_an_allow_hosts_entry_with_credentials_is_refused_before_anything_is_fetched(
    tmp_path: Path,
) -> None:
    """``allow_hosts = ["bob:s3cret@host:port"]`` (or ``-a allow_hosts=``) was taken
    silently: the host trusted, the credentials sent nowhere. Now it is refused as a source
    URL with them is, in one line, exit 2, naming the settings that send them, the password
    nowhere, nothing fetched."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 1)
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, paths), content_type="text/xml"))
        hostport = srv.base.removeprefix("http://")
        entry = f"bob:{SECRET}@{hostport}"
        sources = tmp_path / "sources.toml"
        sources.write_text(
            f'[sources.trusted]\nfeeds = ["{srv.url("/feed.xml")}"]\nallow_hosts = ["{entry}"]\n'
        )
        runs = {
            "ad-hoc run: -a allow_hosts=": ("news", "-a", f"feed={srv.url('/feed.xml')}",
                                            "-a", f"allow_hosts={entry}"),
            "source 'trusted': allow_hosts": ("trusted", "-s", f"NEWS_SOURCES={sources}"),
        }  # fmt: skip
        refused = run_scrapy_forked(
            *(["crawl", *args, "-s", f"NEWS_DB={db}"] for args in runs.values())
        )
        for named, run in zip(runs, refused, strict=True):
            _refused_in_one_line(run, f"{named} entry '{hostport}' carries a user name", hostport)
        assert not srv.hits, srv.hits
    assert not db.exists()


def _store_values(store_url: str) -> list[str]:
    """Every value of every data table of the store, as text."""
    with closing(open_database(store_url)) as db:
        tables = {table: list(db.query(f"SELECT * FROM {table}")) for table in table_names(db)}
    return [str(value) for rows in tables.values() for row in rows for value in row.values()]


def test_links_found_with_credentials_are_fetched_and_kept_without_them(
    store_url: str, tmp_path: Path
) -> None:
    """A feed's link, a sitemap index's sitemap, a sitemap's ``<loc>``, a followed link and
    a redirect's target carrying ``user:password@`` were requested as written: Scrapy's
    downloader refused each ("invalid hostname: bob:s3cret@host"), the articles stayed
    pending with the password in their rows (url, fetch_url, error), in the run's record,
    ``news/article/error``, the summary and the log, exit 1. Now each is fetched and kept
    without them, counted ``news/url/credentials_removed``, the first said once; the
    password is nowhere in the store, the log, the export or ``scrapy runs``."""
    logs = tmp_path / "logs"
    with fs.fault_server() as srv:
        hostport = srv.base.removeprefix("http://")
        secret_base = f"http://bob:{SECRET}@{hostport}"
        srv.route("/robots.txt", fs.send(404, b"none"))
        feed_paths = article_routes(srv, 1, prefix="/a")
        moved = article_routes(srv, 1, prefix="/moved")
        srv.route("/redirected", fs.redirect(f"{secret_base}{moved[0]}"))
        feed = fs.rss(srv.base, ["/redirected"], extra_items=_item(secret_base, feed_paths[0]))
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        sitemap_paths = article_routes(srv, 1, prefix="/b")
        srv.route("/child.xml", fs.send(body=fs.urlset(secret_base, sitemap_paths)))
        srv.route("/index.xml", fs.send(body=fs.sitemap_index([f"{secret_base}/child.xml"])))
        followed = article_routes(srv, 1, prefix="/c")
        start = f'<html><body><a href="{secret_base}{followed[0]}">more</a></body></html>'
        srv.route("/start.html", fs.send(body=start.encode()))
        run = run_scrapy(
            "crawl", "news", *QUICK, "-s", f"NEWS_DB={store_url}", "-s", f"NEWS_LOG_DIR={logs}",
            "-a", f"feed={srv.url('/feed.xml')}", "-a", f"sitemap={srv.url('/index.xml')}",
            "-a", f"start={srv.url('/start.html')}", "-a", "source=found",
        )  # fmt: skip
        assert not any("Authorization" in h for hs in srv.request_headers.values() for h in hs)
    assert run.returncode == 0, run.stderr[-3000:]
    stats = parse_stats(run.stderr)
    assert stats.get("news/url/credentials_removed") == 5, stats
    said = [line for line in run.stderr.splitlines() if "carried a user name" in line]
    assert len(said) == 1, said
    with closing(open_database(store_url)) as db:
        stored = {row["url"] for row in db.query("SELECT url FROM articles")}
    assert stored == {srv.url(p) for p in (*feed_paths, *moved, *sitemap_paths, *followed)}
    exported = tmp_path / "out.jsonl"
    export, runs = run_scrapy_forked(
        ["export", str(exported), "-s", f"NEWS_DB={store_url}"],
        ["runs", "--json", "-s", f"NEWS_DB={store_url}"],
    )
    assert export.returncode == 0, export.stderr
    assert runs.returncode == 0, runs.stderr
    written = [run.stderr, run.stdout, exported.read_text(), runs.stdout]
    written += [path.read_text(errors="replace") for path in logs.rglob("*") if path.is_file()]
    written += _store_values(store_url)
    assert not [text for text in written if SECRET in text]


def _item(base: str, path: str) -> str:
    return f"<item><title>Item {path}</title><link>{base}{path}</link></item>"


def _crawl_guarded(
    srv: fs.FaultServer, store_url: str, guard: tuple[str, str], *settings: str
) -> ScrapyRun:
    """Crawl a feed of two articles, each answered (with a ``Set-Cookie``) only to a request
    whose header ``guard[0]`` is ``guard[1]``; checks that each request carried it and that
    both articles were stored."""
    paths = ["/a/0", "/a/1"]
    answer = [("Set-Cookie", "seen=1; Path=/")]
    for path in paths:
        page = fs.send(body=fs.article_html(f"guarded {path}").encode(), headers=answer)
        srv.route(path, _requiring(*guard, page))
    feed = fs.send(body=fs.rss(srv.base, paths), content_type="text/xml")
    srv.route("/feed.xml", _requiring(*guard, feed))
    srv.route("/robots.txt", fs.send(404, b"none"))
    run = run_scrapy(
        "crawl", "news", *QUICK, "-a", f"feed={srv.url('/feed.xml')}",
        "-s", f"NEWS_DB={store_url}", *settings,
    )  # fmt: skip
    sent = [h.get(guard[0]) for path in paths for h in srv.request_headers.get(path, [])]
    assert run.returncode == 0, run.stderr[-3000:]
    assert sent and set(sent) == {guard[1]}
    with closing(open_database(store_url)) as db:
        stored = {row["url"] for row in db.query("SELECT url FROM articles")}
    assert stored == {srv.url(p) for p in paths}
    return run


def _requiring(header: str, expected: str, then: fs.Behaviour) -> fs.Behaviour:
    """Answer ``then`` to a request whose ``header`` is ``expected``, else 401."""

    def behave(h: fs.FaultHandler) -> None:
        if h.headers.get(header) == expected:
            then(h)
        else:
            fs.send(401, b"who are you?", headers=[("WWW-Authenticate", 'Basic realm="x"')])(h)

    return behave


def test_credentials_given_as_settings_are_sent_and_written_nowhere(
    store_url: str, tmp_path: Path
) -> None:
    """The refusal sends a source's credentials to Scrapy's HttpAuthMiddleware
    (``-s HTTPAUTH_USER=… -s HTTPAUTH_PASS=… -s HTTPAUTH_DOMAIN=…``). The password was then
    written whole into Scrapy's dump of the overridden settings (the run's log file, and the
    terminal with NEWS_TERMINAL_DUMPS), and the ``Authorization`` header, base64 of it, into
    every WARC request record. Now the dump shows it as ``'***'`` and the WARC records
    leave the header out, while the server gets it with each request."""
    logs, warcs = tmp_path / "logs", tmp_path / "warc"
    header = "Basic " + base64.b64encode(f"bob:{SECRET}".encode()).decode()
    with fs.fault_server() as srv:
        hostport = srv.base.removeprefix("http://")
        run = _crawl_guarded(
            srv, store_url, ("Authorization", header),
            "-s", f"NEWS_LOG_DIR={logs}", "-s", f"NEWS_WARC_DIR={warcs}",
            "-s", "HTTPAUTH_USER=bob", "-s", f"HTTPAUTH_PASS={SECRET}",
            "-s", f"HTTPAUTH_DOMAIN={hostport}",
        )  # fmt: skip
    assert "'HTTPAUTH_PASS': '***'" in run.stderr
    records = [gzip.decompress(path.read_bytes()) for path in warcs.glob("*.warc.gz")]
    assert records and all(b"WARC-Type: request" in r for r in records)
    written = [run.stderr.encode(), run.stdout.encode(), *records]
    written += [path.read_bytes() for path in logs.rglob("*") if path.is_file()]
    written += [value.encode() for value in _store_values(store_url)]
    token = header.removeprefix("Basic ").encode()
    assert not [text for text in written if SECRET.encode() in text or token in text]


SESSION = "session=c00kie5ecret"


@pytest.mark.parametrize("keep", [False, True], ids=["default", "kept_by_setting"])
def test_a_session_cookie_given_as_a_header_is_sent_and_written_nowhere(
    store_url: str, tmp_path: Path, keep: bool
) -> None:
    """A subscriber's session cookie given as ``-s DEFAULT_REQUEST_HEADERS={"Cookie": …}`` was
    written into every WARC request record (``Cookie:``), files people share. Now the request
    records leave it out unless ``NEWS_WARC_KEEP_REQUEST_COOKIES`` says to keep it; the
    server gets it with each request, the other headers are recorded, and the site's
    ``Set-Cookie`` answer is kept in the response records as web archives keep it. The run's
    log, the terminal, ``scrapy runs`` and the store never held it (Scrapy's dump of the
    overridden settings leaves out settings whose default is a dict): they are checked too."""
    logs, warcs = tmp_path / "logs", tmp_path / "warc"
    headers = json.dumps({"Cookie": SESSION, "Accept-Language": "de"})
    with fs.fault_server() as srv:
        run = _crawl_guarded(
            srv, store_url, ("Cookie", SESSION),
            "-s", f"NEWS_LOG_DIR={logs}", "-s", f"NEWS_WARC_DIR={warcs}",
            "-s", f"DEFAULT_REQUEST_HEADERS={headers}",
            *(("-s", "NEWS_WARC_KEEP_REQUEST_COOKIES=True") if keep else ()),
        )  # fmt: skip
    records = b"".join(gzip.decompress(path.read_bytes()) for path in warcs.glob("*.warc.gz"))
    assert records.count(b"WARC-Type: request") >= 3, records[:3000]
    assert records.count(b"Accept-Language: de") == records.count(b"WARC-Type: request")
    assert records.count(b"Set-Cookie: seen=1; Path=/") == 2
    assert records.count(f"Cookie: {SESSION}".encode()) == (
        records.count(b"WARC-Type: request") if keep else 0
    )
    logged = [path.read_text() for path in logs.rglob("*") if path.is_file()]
    runs = run_scrapy("runs", "--json", "-s", f"NEWS_DB={store_url}")
    assert runs.returncode == 0, runs.stderr
    written = [run.stderr, run.stdout, runs.stdout, *logged, *_store_values(store_url)]
    assert not [text for text in written if "c00kie5ecret" in text]


def test_an_archived_page_with_credentials_in_its_url_is_stored_without_them(
    store_url: str, tmp_path: Path
) -> None:
    """A WARC response whose WARC-Target-URI carries ``user:password@`` (a crawler that
    archived what its seeds said) was stored with the password in ``fetched_url``. Now
    the page is stored as the crawl stores such a link, without them, counted."""
    text = ["The council met on Tuesday to discuss the budget for schools and roads. " * 4]
    archive = WarcFile()
    archive.add(response(f"https://bob:{SECRET}@news.example/story", page("Story", text)))
    warc = archive.write(tmp_path / "in.warc.gz")
    run = run_scrapy(
        "crawl", "news", *QUICK, "-a", f"warc={warc}", "-s", f"NEWS_DB={store_url}",
        "-s", f"NEWS_LOG_DIR={tmp_path / 'logs'}",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    assert parse_stats(run.stderr).get("news/url/credentials_removed") == 1
    with closing(open_database(store_url)) as db:
        rows = list(db.query("SELECT url, fetched_url, source FROM articles"))
    story = "https://news.example/story"
    assert rows == [{"url": story, "fetched_url": story, "source": "news.example"}]
    written = [run.stderr, *_store_values(store_url)]
    written += [path.read_text() for path in (tmp_path / "logs").rglob("*") if path.is_file()]
    assert not [text for text in written if SECRET in text]


def _crawlall_on_a_node_down(folder: Path, *given: str) -> ScrapyRun:
    """``scrapy crawlall --scrapyd`` of one source, with the settings ``given``, to a node
    that does not answer: nothing is sent anywhere."""
    sources = folder / "sources.toml"
    sources.write_text('[sources.one]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', "utf-8")
    down = f"http://127.0.0.1:{free_port()}"
    run = run_scrapy(
        "crawlall", "--scrapyd", down, "-s", f"NEWS_DB={folder / 'news.db'}",
        "-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_LOG_DIR={folder}", *given,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr[-3000:]
    assert "no node answers, nothing crawled" in run.stderr
    assert SECRET not in run.stderr + run.stdout
    return run


@pytest.fixture(scope="module")
def crawlall_without_secrets(tmp_path_factory: pytest.TempPathFactory) -> ScrapyRun:
    """The same crawlall with no secret given, read by every case: what it says must not
    depend on which secret its case looks for, and it reads no state of theirs."""
    return _crawlall_on_a_node_down(tmp_path_factory.mktemp("crawlall"))


@pytest.mark.parametrize(
    ("secret", "warning"),
    [
        (
            ("-s", f"HTTPAUTH_PASS={SECRET}", "-s", "HTTPAUTH_DOMAIN=127.0.0.1:9"),
            "HTTPAUTH_PASS goes to",
        ),
        (
            ("-s", f'DEFAULT_REQUEST_HEADERS={{"cookie": "s={SECRET}", "Accept-Language": "de"}}'),
            "DEFAULT_REQUEST_HEADERS, its cookie included, goes to every node",
        ),
    ],
    ids=["httpauth_pass", "session_cookie"],
)
def test_crawlall_on_nodes_says_a_password_given_as_a_setting_would_reach_every_node(
    tmp_path: Path, crawlall_without_secrets: ScrapyRun, secret: tuple[str, ...], warning: str
) -> None:
    """Each Scrapyd job gets the -s settings of the command, which Scrapyd writes into its
    log: -s HTTPAUTH_PASS, or a session cookie in -s DEFAULT_REQUEST_HEADERS, went to every
    node, unsaid. The run says so (never the secret), as it does for a password in NEWS_DB."""
    said = [
        [x for x in run.stderr.splitlines() if warning in x]
        for run in (_crawlall_on_a_node_down(tmp_path, *secret), crawlall_without_secrets)
    ]
    assert [len(lines) for lines in said] == [1, 0], said
    assert "on one machine (scrapy crawl SOURCE" in said[0][0]


def test_a_node_url_carrying_a_password_is_said_before_scrapy_starts(tmp_path: Path) -> None:
    """The line saying that a ``--scrapyd`` URL's password shows in the process list came
    after Scrapy's "started" line, the run under way: it is the first line now, as a usage
    error is, and said once."""
    down = f"http://bob:{SECRET}@127.0.0.1:{free_port()}"
    # A later --scrapyd replaces the helper's, as argparse takes the last one given.
    run = _crawlall_on_a_node_down(tmp_path, "--scrapyd", down, "-L", "INFO")
    lines = run.stderr.splitlines()
    said = [i for i, line in enumerate(lines) if "--scrapyd URL carries a password" in line]
    started = [i for i, line in enumerate(lines) if "Scrapy 2." in line and "started" in line]
    assert said == [0] and started and started[0] > 0, lines[:3]


# The migration before the one that takes credentials out of an older version's rows.
_BEFORE_USERINFO = "m092_urls_without_userinfo"
_EARLY, _LATE = "2026-11-01T08:00:00+00:00", "2026-11-02T08:00:00+00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """NEWS_DB of a store no version has opened yet, once per backend."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    return postgres.fresh_database(request.getfixturevalue("postgres_server"))


def _older_store(store: str, base: str) -> dict[str, set[tuple[Any, ...]]]:
    """``store`` as a version before m092 left it: a link's ``user:password@`` in the keys and
    the texts of every table that holds a URL, and under two keys, with and without them,
    a pending article (the one with them tried later), a stored article (the one with them
    fetched earlier) and a reprocessed page. Returns each table's keys, written without the
    userinfo."""
    db = cast(Database, PostgresDatabase(store) if is_postgres_url(store) else Database(store))
    dirty = f"http://bob:{SECRET}@{base.removeprefix('http://')}"
    refused = f"ValueError: invalid hostname: bob:{SECRET}@127.0.0.1"
    pending = {"source": "found", "error": refused, "last_try_at": _EARLY}
    article = {"source": "found", "text": "Some words.", "fetched_at": _EARLY}
    rows: dict[str, list[dict[str, Any]]] = {
        "pending_articles": [
            pending | {"url": f"{dirty}/a/0", "fetch_url": f"{dirty}/a/0", "attempts": 1},
            pending | {"url": f"{dirty}/a/1", "fetch_url": f"{dirty}/a/1", "attempts": 3,
                       "last_try_at": _LATE},
            pending | {"url": f"{base}/a/1", "fetch_url": f"{base}/a/1", "attempts": 2,
                       "error": "HTTP 503"},
        ],
        "articles": [
            article | {"url": f"{dirty}/s/0", "fetched_url": f"{dirty}/s/0", "title": "older"},
            article | {"url": f"{base}/s/0", "fetched_url": f"{base}/s/0", "title": "newer",
                       "fetched_at": _LATE},
            article | {"url": f"{dirty}/s/1", "fetched_url": f"{dirty}/s/1", "title": "alone",
                       "duplicate_of": f"{dirty}/s/0"},
        ],
        "pages": [
            {"url": f"{dirty}/s/0", "fetched_url": f"{dirty}/s/0", "hints": "{}"},
            {"url": f"{base}/s/0", "fetched_url": f"{base}/s/0", "hints": "{}"},
            {"url": f"{dirty}/s/1", "fetched_url": f"{dirty}/s/1",
             "hints": f'{{"image": "{dirty}/i.png"}}'},
        ],
        "article_versions": [
            {"url": f"{dirty}/s/0", "version": 1, "fetched_at": _EARLY},
            {"url": f"{base}/s/0", "version": 1, "fetched_at": _LATE},
            {"url": f"{dirty}/s/1", "version": 1, "fetched_at": _EARLY},
        ],
        "article_checks": [
            {"url": f"{dirty}/s/{i}", "source": "found", "first_fetched_at": _EARLY,
             "checked_at": _EARLY} for i in (0, 1)
        ],
        "url_seen": [{"url": f"{dirty}/old", "target": f"{dirty}/s/1", "fetched_at": _EARLY}],
        "listing_validators": [
            {"source": "found", "kind": "feed", "url": f"{dirty}/feed.xml", "etag": "x"}
        ],
        "sitemap_reads": [
            {"source": "found", "url": f"{dirty}/s.xml", "index_url": f"{dirty}/index.xml",
             "read_at": _EARLY}
        ],
        "robots_copies": [{"origin": dirty, "body": b"", "read_at": _EARLY}],
        "reprocess_done": [{"source": "found", "url": f"{u}/s/0"} for u in (dirty, base)],
        "runs": [{"command": "crawl", "started_at": _EARLY}],
        "run_sources": [
            {"source": "found", "failure": f"all failed (first: {refused})",
             "stats": f'{{"news/entry/error": "ValueError from {dirty}/feed.xml"}}'}
        ],
        "warc_retries": [{"path": "/x.warc", "offset": 0, "error": refused}],
        "dedup_signatures": [
            {"url": url, "signature": b"1"}
            for url in (f"{dirty}/s/0", f"{base}/s/0", f"{dirty}/s/1")
        ],
    }  # fmt: skip
    with write_transaction(db):
        schema.migrations.apply(db, stop_before=_BEFORE_USERINFO)
        schema.add_article_columns(db)
        for table, values in rows.items():
            for row in values:
                # PostgreSQL numbers the run: its id is asked of the store, not given.
                run = {"run_id": db.execute("SELECT max(id) FROM runs").fetchone()[0]}
                db.table(table).insert(row | run if table == "run_sources" else row)
    keys = {table: _cleaned(_table_keys(db, table)) for table in table_names(db)}
    db.close()
    return keys


def _table_keys(db: Database, table: str) -> list[tuple[Any, ...]]:
    pks = db.table(table).pks
    return [tuple(row[k] for k in pks) for row in db.query(f"SELECT * FROM {table}")]


def _cleaned(keys: list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    return {tuple(without_userinfo(v) if isinstance(v, str) else v for v in key) for key in keys}


def test_a_store_an_older_version_left_with_credentials_keeps_them_nowhere(
    unmigrated_store: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A store written before links were taken without their ``user:password@`` kept the
    password in its rows for ever: a pending article keyed by it was asked for without
    them and stored, its own row never settled, asked again every run. Opened now, every
    such URL is rewritten without them (one row kept where the clean key was taken: the
    newer), every text naming one masked, no row lost or doubled, and a crawl stores the
    pending articles and settles their rows."""
    with fs.fault_server() as srv:
        srv.route("/robots.txt", fs.send(404, b"none"))
        retried = article_routes(srv, 2, prefix="/a")
        listed = article_routes(srv, 1, prefix="/c")
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, listed), content_type="text/xml"))
        expected = _older_store(unmigrated_store, srv.base)
        with caplog.at_level(logging.WARNING, logger="crawler.storage.schema"):
            opened = open_database(unmigrated_store)
        with closing(opened) as db:
            kept = {table: _table_keys(db, table) for table in table_names(db)}
        # Every key still there without the userinfo, each once: none lost, none doubled.
        assert {table: sorted(keys) for table, keys in kept.items()} == {
            table: sorted(keys) for table, keys in expected.items()
        }
        said = [r.getMessage() for r in caplog.records if "user:password@" in r.getMessage()]
        assert said == [
            "Store upgrade: URLs with a user name or password (user:password@) stored by an "
            "older version rewritten without them: 12 rows moved to the URL without them, "
            "6 rows merged into the row already there, 7 URLs and 6 texts cleaned"
        ], said
        assert SECRET not in " ".join(_store_values(unmigrated_store))
        with closing(open_database(unmigrated_store)) as db:
            pending = {r["url"]: r for r in db.query("SELECT * FROM pending_articles")}
            titles = {r["url"]: r["title"] for r in db.query("SELECT url, title FROM articles")}
            versions = {
                r["url"]: r["fetched_at"] for r in db.query("SELECT * FROM article_versions")
            }
        assert pending[srv.url("/a/1")]["attempts"] == 3  # tried later than the clean row
        assert (
            pending[srv.url("/a/0")]["error"] == "ValueError: invalid hostname: bob:***@127.0.0.1"
        )
        assert titles == {srv.url("/s/0"): "newer", srv.url("/s/1"): "alone"}
        assert versions == {srv.url("/s/0"): _LATE, srv.url("/s/1"): _EARLY}  # /s/0's kept row's
        run = run_scrapy(
            "crawl", "news", *QUICK, "-a", f"feed={srv.url('/feed.xml')}", "-a", "source=found",
            "-s", f"NEWS_DB={unmigrated_store}", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0",
        )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    with closing(open_database(unmigrated_store)) as db:
        stored = {r["url"] for r in db.query("SELECT url FROM articles")}
        left = list(db.query("SELECT url FROM pending_articles"))
    assert {srv.url(p) for p in (*retried, *listed)} <= stored and not left
    assert SECRET not in " ".join([*_store_values(unmigrated_store), run.stderr])


def _unopened(store: str) -> Database:
    """``store`` opened without a migration, to write it as an older version left it."""
    return cast(Database, PostgresDatabase(store) if is_postgres_url(store) else Database(store))


def _upgraded(store: str, caplog: pytest.LogCaptureFixture, openings: int = 1) -> list[str]:
    """The upgrade's warnings when ``store`` is opened ``openings`` times."""
    with caplog.at_level(logging.WARNING, logger="crawler.storage.schema"):
        for _ in range(openings):
            open_database(store).close()
    return [r.getMessage() for r in caplog.records if "Store upgrade" in r.getMessage()]


def test_a_node_an_older_version_recorded_with_its_password_is_kept_without_it(
    unmigrated_store: str, caplog: pytest.LogCaptureFixture
) -> None:
    """``crawlall --scrapyd http://user:password@node:6800`` recorded the node as given, in
    ``run_sources.node``: the password of its Scrapyd was in ``scrapy runs``, Datasette and
    every copy. m092 has run on stores that will not run it again: a store that applied it,
    opened now, has every node rewritten without its login (m093), the other rows as they
    were, once: a second opening has nothing to do."""
    node = "http://127.0.0.1:6800/"
    given = {
        "a": f"http://bob:{SECRET}@127.0.0.1:6800/",
        "b": node,
        "c": "",  # crawled in the command's own process
        "d": "http://bob@127.0.0.1:6800/",
    }
    db = _unopened(unmigrated_store)
    with write_transaction(db):
        schema.migrations.apply(db, stop_before="m093_node_urls_without_userinfo")
        db.table("runs").insert({"command": "crawlall", "started_at": _EARLY})
        run = db.execute("SELECT max(id) FROM runs").fetchone()[0]
        for source, url in given.items():
            db.table("run_sources").insert(
                {"run_id": run, "source": source, "node": url, "job": f"run{run}-{source}"}
            )
    db.close()
    said = _upgraded(unmigrated_store, caplog)
    assert said == [
        "Store upgrade: 2 Scrapyd node URLs with a user name or password (user:password@) "
        "recorded by an older version rewritten without them"
    ], said
    with closing(open_database(unmigrated_store)) as db:
        nodes = {r["source"]: r["node"] for r in db.query("SELECT * FROM run_sources")}
        assert not schema.pending(db)
    assert nodes == {"a": node, "b": node, "c": "", "d": node}
    assert SECRET not in " ".join(_store_values(unmigrated_store))


def test_images_and_copy_positions_an_older_version_kept_with_a_password_are_kept_without_it(
    unmigrated_store: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A page's og:image was stored as its markup wrote it (``articles.image``), the image
    server's login included; a ``scrapy copydb`` from a store keyed by URLs with one,
    interrupted, kept the last key it copied (``copy_progress.last_key``) until that
    table's copy ended. A store that applied m093, opened now, has every image rewritten
    without its login and every such position forgotten (that table is copied again from
    its start: the source's keys are without the login now, and sort elsewhere); the other
    rows as they were, once: a second opening has nothing to do."""
    dirty = f"https://bob:{SECRET}@cdn.example.org"
    db = _unopened(unmigrated_store)
    images = {"a": f"{dirty}/a.jpg", "b": "https://cdn.example.org/b.jpg?by=x@y", "c": None}
    positions = {
        "articles": json.dumps([f"http://bob:{SECRET}@news.example.org/a/7"]),
        "pages": json.dumps(["http://news.example.org/a/3"]),
        "url_seen": json.dumps(["http://bob@news.example.org/a/1"]),
        "runs": None,  # copied to its end
    }
    with write_transaction(db):
        schema.migrations.apply(
            db, stop_before="m094_image_urls_and_copy_positions_without_userinfo"
        )
        schema.add_article_columns(db)
        for name, image in images.items():
            db.table("articles").insert(
                {"url": f"https://news.example.org/{name}", "source": "s", "image": image}
                | {"fetched_at": _EARLY, "text": "Some words."}
            )
        for table, key in positions.items():
            db.table("copy_progress").insert(
                {"source": "/old/news.db", "table_name": table, "last_key": key, "rows_copied": 9}
            )
    db.close()
    assert _upgraded(unmigrated_store, caplog, openings=2) == [
        "Store upgrade: 1 image URLs with a user name or password (user:password@) rewritten "
        "without them; 2 positions of an interrupted copydb naming one forgotten (those "
        "tables are copied again from their first row)"
    ]
    with closing(open_database(unmigrated_store)) as db:
        stored = {r["url"][-1]: r["image"] for r in db.query("SELECT url, image FROM articles")}
        kept = {r["table_name"]: r["last_key"] for r in db.query("SELECT * FROM copy_progress")}
    assert stored == {"a": "https://cdn.example.org/a.jpg", "b": images["b"], "c": None}
    # "": the mark of a copy under way (m095): it was interrupted in "pages".
    assert kept == {"": None, "pages": positions["pages"], "runs": None}
    assert SECRET not in " ".join(_store_values(unmigrated_store))


@pytest.mark.parametrize(
    "given",
    [f"ftp://bob:{SECRET}@n1:6800", f"bob:{SECRET}@n1:6800", f"http://bob:{SECRET}@[n1:6800"],
)
def test_a_node_url_refused_as_no_http_url_is_named_without_its_password(
    tmp_path: Path, given: str
) -> None:
    """``--scrapyd`` given no http(s) URL was refused naming the argument as given: its
    password in the line. It is named without it (``user:***@`` where no scheme marks it).
    One that urllib cannot split (an unclosed ``[``) ended in a traceback."""
    sources = tmp_path / "sources.toml"
    sources.write_text('[sources.one]\nfeeds = ["http://127.0.0.1:9/feed.xml"]\n', "utf-8")
    run = run_scrapy(
        "crawlall", "--scrapyd", given, "-s", f"NEWS_DB={tmp_path / 'news.db'}",
        "-s", f"NEWS_SOURCES={sources}",
    )  # fmt: skip
    assert run.returncode == 2, run.stderr[-3000:]
    assert "--scrapyd takes http(s) URLs of Scrapyd nodes, not " in run.stderr
    assert "n1:6800" in run.stderr and SECRET not in run.stderr + run.stdout
