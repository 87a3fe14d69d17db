"""HTTP-level faults: statuses, retries, timeouts, resets, short bodies and redirects.

One crawl runs over a feed that links every case; each test asserts one case's outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, articles, run_crawl


def _cases() -> dict[str, fs.Behaviour]:
    """Every case's behaviour, new for each crawl: the sequences count the requests they
    answered, and pytest-xdist can set the module's crawl up a second time in one worker
    (worksteal hands a worker the end of another's share of this module after it ran the
    start), where sequences kept from the first crawl answered /burst with its page at once."""
    cases = {
        "/ok/plain": fs.send(body=fs.article_html("plain").encode()),
        "/status/404": fs.send(404, fs.article_html("nicht da").encode()),
        "/status/410": fs.send(410, fs.article_html("entfernt").encode()),
        "/burst": fs.sequence(
            fs.send(500, b"oops"),
            fs.send(503, b"later"),
            fs.send(body=fs.article_html("burst").encode()),
        ),
        "/busy": fs.sequence(
            fs.send(429, b"slow down", headers=[("Retry-After", "1")]),
            fs.send(body=fs.article_html("busy").encode()),
        ),
        "/slow-headers": fs.slow_headers(8, fs.send(body=fs.article_html("slow").encode())),
        "/trickle": fs.trickle(fs.article_html("trickle").encode(), chunk=16, interval=0.1),
        "/reset": fs.reset(),
        "/truncated": fs.truncated(
            fs.article_html("truncated", paragraphs=None).encode(), sent=1500
        ),
        "/redirect/ok": fs.redirect("/ok/target"),
        "/ok/target": fs.send(body=fs.article_html("target").encode()),
        "/redirect/loop-a": fs.redirect("/redirect/loop-b"),
        "/redirect/loop-b": fs.redirect("/redirect/loop-a"),
        "/redirect/file": fs.redirect("file:///etc/passwd"),
        "/redirect/ftp": fs.redirect("ftp://127.0.0.1/pub/article.html"),
        "/chain/end": fs.send(body=fs.article_html("chain end").encode()),
    }
    # A chain of six hops; REDIRECT_MAX_TIMES is 3 in the fault runs.
    for n in range(6):
        cases[f"/chain/{n}"] = fs.redirect(f"/chain/{n + 1}" if n < 5 else "/chain/end")
    return cases


LISTED = [p for p in _cases() if p not in {"/ok/target", "/chain/end", "/redirect/loop-b"}]
LISTED = [p for p in LISTED if not p.startswith("/chain/") or p == "/chain/0"]


@dataclass
class HttpRun:
    server: fs.FaultServer
    result: CrawlResult
    stored: dict[str, dict]
    private: fs.FaultServer


@pytest.fixture(scope="module")
def http_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpRun]:
    db = tmp_path_factory.mktemp("http") / "news.db"
    # A second loopback address stands for a private host a redirect must not reach. Only
    # loopback: a redirect to 10.x would leave the machine if the guard were missing.
    with fs.fault_server() as srv, fs.fault_server("127.0.0.2") as private:
        for path, behaviour in _cases().items():
            srv.route(path, behaviour)
        private.route("/admin", fs.send(body=b"<html><body>intern</body></html>"))
        srv.route("/redirect/private", fs.redirect(private.url("/admin")))
        listed = [*LISTED, "/redirect/private"]
        srv.route(
            "/feed.xml", fs.send(body=fs.rss(srv.base, listed), content_type="application/rss+xml")
        )
        result = run_crawl(db, "-a", f"feed={srv.url('/feed.xml')}")
        yield HttpRun(srv, result, articles(db), private)


def _stored(run: HttpRun, path: str) -> bool:
    return run.server.url(path) in run.stored


def test_run_finishes_cleanly(http_run: HttpRun) -> None:
    assert http_run.result.returncode == 0, http_run.result.stderr[-3000:]
    log = http_run.result.stderr
    # Download failures are logged with tracebacks by Scrapy; ours must never be.
    for marker in ("Spider error processing", "Error processing", "Unhandled error"):
        assert marker not in log
    assert http_run.result.stats["news/feed/links"] == len(LISTED) + 1


def test_healthy_page_is_stored(http_run: HttpRun) -> None:
    assert _stored(http_run, "/ok/plain")


@pytest.mark.parametrize("code", [404, 410])
def test_client_errors_are_not_retried_or_stored(http_run: HttpRun, code: int) -> None:
    assert not _stored(http_run, f"/status/{code}")
    assert http_run.server.hits[f"/status/{code}"] == 1
    assert http_run.result.stat(f"httperror/response_ignored_status_count/{code}") == 1


def test_pages_gone_are_in_the_summary_with_their_reason(http_run: HttpRun) -> None:
    """A 404 or 410 article showed only in Scrapy's stats: the closing summary said nothing
    of the pages that were not stored. They are drops now, named by status."""
    assert http_run.result.stat("news/skip/http_404") == 1
    assert http_run.result.stat("news/skip/http_410") == 1
    summary = [ln for ln in http_run.result.stderr.splitlines() if " dropped" in ln]
    assert summary and "http_404 1" in summary[-1] and "http_410 1" in summary[-1], summary


def test_5xx_burst_is_retried_then_stored(http_run: HttpRun) -> None:
    assert http_run.server.hits["/burst"] == 3
    assert _stored(http_run, "/burst")
    assert http_run.result.stat("retry/reason_count/500 Internal Server Error") == 1
    assert http_run.result.stat("retry/reason_count/503 Service Unavailable") == 1


def test_429_is_retried_then_stored(http_run: HttpRun) -> None:
    assert http_run.server.hits["/busy"] == 2
    assert _stored(http_run, "/busy")
    assert http_run.result.stat("news/retry_after/waited") == 1


def test_429_retry_waits_for_retry_after(http_run: HttpRun) -> None:
    first, second = http_run.server.times["/busy"][:2]
    assert second - first >= 1.0


@pytest.mark.parametrize("path", ["/slow-headers", "/trickle"])
def test_slow_answers_are_bounded_by_the_download_timeout(http_run: HttpRun, path: str) -> None:
    assert not _stored(http_run, path)
    # First try plus RETRY_TIMES=2 retries, each cut at DOWNLOAD_TIMEOUT=2 s.
    assert http_run.server.hits[path] == 3
    assert (
        http_run.result.stat(
            "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError"
        )
        == 6
    )
    times = http_run.server.times[path]
    assert times[-1] - times[0] < 3 * 2 + 3


# The cases whose every try raised a download error, each given up after its retries.
_GIVEN_UP = ("/slow-headers", "/trickle", "/reset", "/truncated")


def test_a_download_given_up_is_one_error(http_run: HttpRun) -> None:
    """Each was said twice at ERROR, Scrapy's "Gave up retrying <GET …>" and the scraper's
    "Error downloading <GET …>", and counted twice: "8 errors" in the summary and in
    `scrapy runs` for four pages that failed."""
    log = http_run.result.stderr
    for path in _GIVEN_UP:
        request = f"{http_run.server.url(path)}>"
        said = [ln for ln in log.splitlines() if "] ERROR: " in ln and request in ln]
        assert len(said) == 1 and "Gave up retrying" in said[0], said
    given_up = http_run.result.stat("retry/max_reached")
    assert given_up >= len(_GIVEN_UP)
    assert http_run.result.stat("log_count/ERROR") == given_up
    summary = [ln for ln in log.splitlines() if ln.startswith("newsloom: ") and " errors" in ln]
    assert summary and summary[-1].endswith(f", {given_up} errors"), summary


def test_connection_reset_is_retried_and_counted(http_run: HttpRun) -> None:
    assert not _stored(http_run, "/reset")
    assert http_run.server.hits["/reset"] == 3
    assert (
        http_run.result.stat(
            "downloader/exception_type_count/scrapy.exceptions.DownloadFailedError"
        )
        == 3
    )


def test_truncated_body_is_never_stored(http_run: HttpRun) -> None:
    assert http_run.server.hits["/truncated"] == 3
    assert not _stored(http_run, "/truncated")
    assert (
        http_run.result.stat(
            "downloader/exception_type_count/scrapy.exceptions.ResponseDataLossError"
        )
        == 3
    )
    assert not any("Truncated" in (r["text"] or "") for r in http_run.stored.values())


def test_redirect_to_http_target_is_followed(http_run: HttpRun) -> None:
    assert _stored(http_run, "/ok/target")
    assert http_run.stored[http_run.server.url("/ok/target")]["fetched_url"].endswith("/ok/target")


def test_redirect_chain_over_the_cap_is_dropped(http_run: HttpRun) -> None:
    hops = [http_run.server.hits[f"/chain/{n}"] for n in range(6)]
    # The first request plus REDIRECT_MAX_TIMES=3 redirects; the rest of the chain is never asked.
    assert hops == [1, 1, 1, 1, 0, 0]
    assert http_run.server.hits["/chain/end"] == 0
    assert not _stored(http_run, "/chain/end")


def test_redirect_loop_ends(http_run: HttpRun) -> None:
    assert http_run.server.hits["/redirect/loop-a"] + http_run.server.hits["/redirect/loop-b"] <= 4
    assert not _stored(http_run, "/redirect/loop-a")


@pytest.mark.parametrize("path", ["/redirect/file", "/redirect/ftp"])
def test_redirect_to_other_schemes_is_not_followed(http_run: HttpRun, path: str) -> None:
    assert http_run.server.hits[path] == 1
    assert not _stored(http_run, path)
    assert "/etc/passwd" not in http_run.result.stderr.replace("file:///etc/passwd", "")
    assert http_run.result.stat("httperror/response_ignored_status_count/302") >= 2


def test_redirect_to_private_address_is_not_followed(http_run: HttpRun) -> None:
    assert http_run.server.hits["/redirect/private"] == 1
    assert http_run.private.hits["/admin"] == 0


def test_only_the_healthy_pages_are_stored(http_run: HttpRun) -> None:
    expected = {"/ok/plain", "/burst", "/busy", "/ok/target"}
    assert set(http_run.stored) == {http_run.server.url(p) for p in expected}
    for row in http_run.stored.values():
        assert len(row["text"]) >= 250
        assert "\ufffd" not in row["text"]
