"""Incremental crawling: an article URL already handled is not downloaded again.

The database is the memory (Scrapy's dupefilter forgets everything between runs, and JOBDIR is
not crash-safe). Stored articles are skipped by canonical URL, also when they were requested
under another URL that redirected to them or whose page declared them its canonical URL
(crawler/identity.py; the store remembers that alias); pages that held no article (dropped,
not HTML, 404) are skipped until NEWS_RECHECK_AFTER_HOURS has passed. A source's refetch_after_days
re-downloads stored articles older than that; revisits (crawler/revisit.py) pass.

A site crawl's pages past its start pages are skipped for the same time only when they
answered an error that is final for the page (404, 410): one that held no article may hold
links (a section page), and a stored article is asked conditionally (middlewares/conditional.py).
Every run asked again for each dead link the site's pages hold. A site crawl's link the store
knows as an alias of a stored row is asked under the row's URL, as the row is: under its own,
a stored article's AMP view was downloaded in full by every run. A listed alias of a row due
for its refetch is fetched so too: the alias's page would be found the row's and written no
text, and the row's own page was never fetched again.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from crawler import clock
from crawler.clock import utc_iso
from crawler.exceptions import NotYet, Unfinished
from crawler.extensions.database import database_for
from crawler.middlewares.conditional import SITE_KIND
from crawler.responses import HTML_TYPES, media_type
from crawler.revisit import REVISIT_META
from crawler.sources import source_of
from crawler.storage import pending
from crawler.storage.database import SharedDatabase
from crawler.urls import canonicalize_url, fetched_under

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

# Aliases followed from a requested URL to the stored row's: a redirect, then a canonical link.
_MAX_HOPS = 3
# A site crawl's answers remembered as dead links: gone, or not there.
_FINAL_ERRORS = frozenset({404, 410})
# What the store knows of a listed article's URL, in one read on the reactor thread: the row it
# is an alias of (url_seen's target), when its own row was fetched ("" without a time, NULL
# without a row), when it last answered a verdict (a page without an article, an error) and
# whether it is pending. Asked one by one, these were four queries for every new article.
_KNOWN = (
    "SELECT (SELECT target FROM url_seen WHERE url = :url),"
    " (SELECT coalesce(fetched_at, '') FROM articles WHERE url = :url),"
    " (SELECT coalesce(fetched_at, '') FROM url_seen WHERE url = :url AND status IS NOT NULL),"
    f" EXISTS (SELECT 1 FROM {pending.TABLE} WHERE url = :url)"
)


class IncrementalMiddleware:
    """Reads on the reactor thread; its ``url_seen`` writes go to the crawl's writer thread."""

    def __init__(
        self,
        database: SharedDatabase,
        stats: StatsCollector,
        *,
        recheck_hours: float,
        refetch_after_days: float | None = None,
        backoff_minutes: float = 0.0,
        retry_given_up: bool = False,
    ) -> None:
        self.database = database
        self.stats = stats
        self.recheck = timedelta(hours=recheck_hours)
        self.refetch_age = timedelta(days=refetch_after_days) if refetch_after_days else None
        self.backoff_minutes = backoff_minutes
        self.retry_given_up = retry_given_up  # NEWS_PENDING_RETRY_GIVEN_UP

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("NEWS_INCREMENTAL"):
            raise NotConfigured
        source = source_of(crawler.spider)
        mw = cls(
            database_for(crawler),
            crawler.stats,
            recheck_hours=crawler.settings.getfloat("NEWS_RECHECK_AFTER_HOURS"),
            refetch_after_days=source.refetch_after_days if source is not None else None,
            backoff_minutes=crawler.settings.getfloat("NEWS_PENDING_BACKOFF_MINUTES"),
            retry_given_up=crawler.settings.getbool("NEWS_PENDING_RETRY_GIVEN_UP"),
        )
        crawler.signals.connect(mw.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(mw.request_dropped, signal=signals.request_dropped)
        return mw

    @property
    def db(self) -> Database:
        return self.database.db

    def _followed(self, url: str) -> str:
        """The URL ``url`` (canonical) leads to through the aliases ``url_seen`` remembers;
        ``url`` itself when it is no known alias."""
        target = url
        # A link may lead to the stored row through two aliases: a redirect to an AMP page,
        # which the store remembers as an alias of its canonical URL (crawler/identity.py).
        for _ in range(_MAX_HOPS):
            seen = self.db.execute("SELECT target FROM url_seen WHERE url = ?", [target]).fetchone()
            if not seen or not seen[0] or seen[0] == target:
                break
            target = seen[0]
        return target

    def row_of_alias(self, request: Request, url: str, target: str | None = None) -> str | None:
        """The stored row ``url`` (canonical) is a known alias of (an AMP or print view, a
        redirecting link), or None: also when the row's own URL redirected to ``url``, which
        is then the only address its page answers at. ``target``: ``url`` followed already."""
        target = target or self._followed(url)
        if target == url:
            return None
        if target in {canonicalize_url(u) for u in request.meta.get("redirect_urls", ())}:
            return None
        stored = self.db.execute("SELECT 1 FROM articles WHERE url = ?", [target]).fetchone()
        return target if stored else None

    def decide(self, url: str, now: datetime, target: str | None = None) -> str | None:
        """Why ``url`` (canonical) needs no download: "stored", "seen", or None to fetch it.
        ``target``: ``url`` followed through its aliases already (:meth:`_followed`)."""
        db = self.db
        target = target or self._followed(url)
        article = db.execute("SELECT fetched_at FROM articles WHERE url = ?", [target]).fetchone()
        if article is not None:
            return self._verdict(article[0] or "", None, now)
        verdict = db.execute(
            "SELECT fetched_at FROM url_seen WHERE url = ? AND status IS NOT NULL", [target]
        ).fetchone()
        return self._verdict(None, None if verdict is None else verdict[0] or "", now)

    def _verdict(self, stored_at: str | None, answered_at: str | None, now: datetime) -> str | None:
        """:meth:`decide`'s answer from when the stored row was fetched (None: no row) and when
        the URL last answered a verdict (None: never)."""
        if stored_at is not None:
            age = self.refetch_age
            if age is None or stored_at >= utc_iso(now - age):
                return "stored"
            return None
        if answered_at is not None and self._recent(answered_at, now):
            return "seen"
        return None

    def _recent(self, answered_at: str, now: datetime) -> bool:
        """Whether an answer stamped ``answered_at`` is within NEWS_RECHECK_AFTER_HOURS of
        ``now``; one stamped after now, before the clock stepped back, is not
        (:func:`crawler.clock.waiting`). A stored row is skipped whatever its stamp."""
        return utc_iso(now - self.recheck) <= answered_at <= utc_iso(now)

    def dead_link(self, url: str, now: datetime) -> bool:
        """Whether ``url`` (canonical) answered a final error within NEWS_RECHECK_AFTER_HOURS."""
        row = self.db.execute(
            "SELECT fetched_at FROM url_seen WHERE url = ? AND status >= 400", [url]
        ).fetchone()
        return row is not None and self._recent(row[0] or "", now)

    def process_request(self, request: Request) -> Request | None:
        if request.meta.get("news_kind") == SITE_KIND:
            url = canonicalize_url(request.url)
            if self.dead_link(url, clock.now()):
                self.stats.inc_value("news/incremental/skip_dead_link")
                raise IgnoreRequest(f"answered an error lately: {request.url}")
            row = self.row_of_alias(request, url)
            if row is not None:
                # Asked as the stored row is (conditionally, middlewares/conditional.py), and
                # once: the dupefilter drops it when the row's own link came first. Asked
                # under its own URL, whose answer does not share the row's validators, a
                # stored article's AMP view was downloaded in full by every run.
                self.stats.inc_value("news/incremental/alias_as_row")
                return request.replace(url=row)
            return None
        # A revisit asks for a stored article on purpose (crawler/revisit.py).
        if request.meta.get("news_kind") != "article" or request.meta.get(REVISIT_META):
            return None
        now = clock.now()
        url = canonicalize_url(request.url)
        alias, stored_at, answered_at, is_pending = self.db.execute(_KNOWN, {"url": url}).fetchone()
        if alias and alias != url:
            # Followed once for both questions below: each hop is a query on the reactor thread.
            target = self._followed(url)
            reason = self.decide(url, now, target)
        else:
            target = url  # no alias: what the one read says is all the questions ask
            reason = self._verdict(stored_at, answered_at, now)
        named = bool(request.meta.get("news_entry"))
        if reason == "seen" and named:
            # A page the user names again (-a url=) that held no article last time: asked
            # again, the user may have changed what decided it (-a languages=, a setting).
            # It was skipped for NEWS_RECHECK_AFTER_HOURS, the run "ok" with 0 pages.
            reason = None
        if reason is not None:
            self.stats.inc_value(f"news/incremental/skip_{reason}")
            if reason == "stored":
                # A link that redirects to a stored article: remembered as its alias, as a
                # redirect that reached its page is, or every run fetched the link again.
                self._remember(_aliases(request, url, utc_iso(now)))
            if named:
                # A page the user named (-a url=) that an earlier run handled has answered:
                # counted as such, a rerun of the same command is no failed run (exit 1).
                self.stats.inc_value("news/entry/ok")
            raise IgnoreRequest(f"already {reason}: {request.url}")
        row = self.row_of_alias(request, url, target)
        if row is not None:
            # A stored row due for its refetch (refetch_after_days), named by one of its
            # aliases: the row's own page is fetched, as a revisit asks it.
            self.stats.inc_value("news/incremental/alias_as_row")
            return request.replace(url=row)
        # A pending article waits out its backoff even when its listing names it again; a
        # given-up one is not asked again. Due retries pass.
        if request.meta.get("news_pending_due"):
            return None
        waiting = (
            pending.state(
                self.database.db, url, now, self.backoff_minutes, retry_given_up=self.retry_given_up
            )
            if is_pending
            else None
        )
        if waiting is not None:
            self.stats.inc_value(f"news/incremental/skip_{waiting}")
            raise NotYet(f"pending, {waiting}: {request.url}", waiting)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        """Remember redirects (as aliases) and answers that cannot hold an article."""
        if request.meta.get("news_kind") == SITE_KIND:
            if response.status in _FINAL_ERRORS:
                row = {
                    "url": canonicalize_url(response.url),
                    "target": None,
                    "status": response.status,
                    "fetched_at": utc_iso(clock.now()),
                }
                self._remember([row])
            return response
        if request.meta.get("news_kind") != "article" or response.status == 304:
            return response
        target = canonicalize_url(response.url)
        now = utc_iso(clock.now())
        content_type = media_type(response.headers)
        # Transient answers are not remembered: the next run should try again.
        transient = response.status == 429 or response.status >= 500
        rows = _aliases(request, target, now)
        if not transient and (response.status != 200 or content_type not in HTML_TYPES):
            rows.append(
                {"url": target, "target": None, "status": response.status, "fetched_at": now}
            )
        if rows:
            self._remember(rows)
        return response

    def request_dropped(self, request: Request, **_: Any) -> None:
        """A redirect to a page this run asks for by another request (a listing names both
        the old link and the page), which the dupefilter dropped: the link is an alias of the
        page. Not remembered, the next run fetched the link again, and it was dropped again
        whenever the page's own request came first."""
        if request.meta.get("news_kind") != "article" or request.url in request.meta.get(
            "redirect_urls", ()
        ):
            return  # not an article, or a redirect loop (the spider counts it)
        target = canonicalize_url(request.url)
        self._remember(_aliases(request, target, utc_iso(clock.now())))

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        """A page that was fetched but held no article is not fetched again for a while.

        An article dropped for a passing reason (the database failed, its worker died or ran
        out of time) may hold an article: it is not marked, so its pending retry is fetched.
        """
        if isinstance(exception, Unfinished):
            return
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        if not url:
            return
        # The URL fetched, not the canonical one it declared: an AMP view dropped as too
        # short says nothing of its canonical page, which was otherwise skipped as seen.
        url = fetched_under(url, adapter.get("fetched_url"))
        row = {"url": url, "target": None, "status": 200, "fetched_at": utc_iso(clock.now())}
        self._remember([row])

    def _remember(self, rows: list[dict[str, Any]]) -> None:
        """Queue ``url_seen`` rows for the writer thread; a lost row only costs a refetch."""
        if not rows:
            return
        future = self.database.write(lambda db: db.table("url_seen").upsert_all(rows, pk="url"))
        future.add_done_callback(self._written)

    def _written(self, future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None:
            self.stats.inc_value("news/incremental/write_failed")
            logger.warning("Could not remember fetched URLs (%s); they are fetched again", exc)


def _aliases(request: Request, target: str, now: str) -> list[dict[str, Any]]:
    """``url_seen`` rows naming ``target`` (canonical) as the page each URL the request was
    redirected from leads to."""
    return [
        {"url": canonicalize_url(u), "target": target, "status": None, "fetched_at": now}
        for u in request.meta.get("redirect_urls", ())
        if canonicalize_url(u) != target
    ]
