"""Reprocessing: stored pages go through the crawl's own pipelines again, without network.

A spider whose start() yields items read from ``pages`` instead of requests: extraction,
cleaning, language policy, dedup and the store run exactly as during a crawl, so a new
trafilatura or a new strip rule applies to old pages by the same code path.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.settings import BaseSettings

from crawler.backpressure import ItemsInFlight
from crawler.clock import utc_iso
from crawler.discovery import stored_hints
from crawler.items import Article
from crawler.rules_fingerprint import rules_fingerprint
from crawler.sources import Source
from crawler.storage import reprocess_passes
from crawler.storage.database import database_from_settings, write_transaction
from crawler.storage.pagecodec import unpack_page

logger = logging.getLogger(__name__)

# Pages read per query: bounds memory on large databases.
CHUNK = 100


class ReprocessSpider(scrapy.Spider):
    # No name: `scrapy list` shows only crawling spiders; reprocess_spider_for names each one.
    news_source: Source
    # `scrapy reprocess --all`: a new pass over every page, the unfinished one's marks dropped.
    restart: bool = False

    async def start(self) -> AsyncIterator[Any]:
        # A reader of its own: a long read beside the crawl's shared connections.
        db = database_from_settings(self.crawler.settings)
        in_flight = ItemsInFlight.from_crawler(self.crawler, "NEWS_REPROCESS_IN_FLIGHT")
        source = self.news_source.name
        last = ""
        try:
            self._begin_pass(db)
            while True:
                # The pages the pass has done are not read again (one lookup by key each).
                rows = db.execute(
                    f"""
                    SELECT p.url, p.html_gz, p.fetched_url, p.fetched_at, p.hints
                    FROM pages p JOIN articles a ON a.url = p.url
                    WHERE a.source = ? AND p.url > ? AND p.html_gz IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM {reprocess_passes.DONE} d
                                    WHERE d.source = ? AND d.url = p.url)
                    ORDER BY p.url LIMIT ?
                    """,
                    [source, last, source, CHUNK],
                ).fetchall()
                if not rows:
                    return
                for url, html_gz, fetched_url, fetched_at, hints in rows:
                    last = url
                    self.crawler.stats.inc_value("news/reprocess/pages")
                    try:
                        html = unpack_page(html_gz)
                        fetched_at = stored_fetched_at(fetched_at)
                        listing_hints = stored_hints(hints)
                    except (ValueError, TypeError) as exc:
                        # One damaged row must not end the reprocessing of all the others.
                        self.crawler.stats.inc_value("news/reprocess/corrupt")
                        logger.warning("Skipping stored page %s: it cannot be read (%s)", url, exc)
                        continue
                    await in_flight.room()
                    yield Article(
                        url=url,
                        fetched_url=fetched_url or url,
                        source=self.news_source.name,
                        fetched_at=fetched_at,
                        html=html,
                        hints=listing_hints,
                        reread_url=url,
                    )
        finally:
            db.close()

    def _begin_pass(self, db: Any) -> None:
        """Continue the source's unfinished pass, or begin one, and say which: the rows done
        before are counted ``news/reprocess/done_before``, and a pass not continued because
        the rules changed since says so, as its rerun reads every page again."""
        settings = self.crawler.settings
        fingerprint = rules_fingerprint(settings, self.news_source)
        # A dry run reads the pass as a run would and leaves it as it was.
        with write_transaction(db, commit=not settings.getbool("NEWS_DRY_RUN")):
            begun = reprocess_passes.begin(
                db,
                self.news_source.name,
                fingerprint,
                settings.getint("NEWS_RUN_ID") or None,
                restart=bool(self.restart),
            )
        if begun.done:
            self.crawler.stats.set_value("news/reprocess/done_before", begun.done)
            self.crawler.stats.set_value("news/reprocess/continued_run", begun.run_id)
            logger.info(
                "Continuing the reprocess of %s that run %s left unfinished: %d stored pages "
                "it did are not read again (--all reads them all)",
                self.news_source.name,
                begun.run_id,
                begun.done,
            )
        elif begun.replaced == "rules":
            self.crawler.stats.set_value("news/reprocess/rules_changed", 1)
            logger.warning(
                "The rules changed since run %s left the reprocess of %s unfinished (code, a "
                "package, a rule setting or the source's rules): every stored page is read again",
                begun.run_id,
                self.news_source.name,
            )

    def closed(self, reason: str) -> None:
        """A pass that read every page is over (its marks go): the next reprocess reads them
        all again. Called after the store wrote its last batch (Scrapy closes the item
        pipelines before it sends spider_closed); a stop, a kill or a failed store keeps the
        pass, so that the rerun continues it."""
        stats = self.crawler.stats.get_stats()
        if self.crawler.settings.getbool("NEWS_DRY_RUN"):
            return
        if reason != "finished" or any(k.startswith("news/fatal/") and v for k, v in stats.items()):
            return
        db = database_from_settings(self.crawler.settings)
        try:
            with write_transaction(db):
                reprocess_passes.finish(db, self.news_source.name)
        finally:
            db.close()


def stored_fetched_at(value: Any) -> str:
    """A stored page's ``fetched_at``, or ValueError when it is no time the crawl could have
    written: a NULL reached the store's NOT NULL column and failed the whole run (with the
    articles batched beside it), a garbled one failed in the worker."""
    if not isinstance(value, str):
        raise ValueError(f"fetched_at is {type(value).__name__}, not a time")
    try:
        moment = datetime.fromisoformat(value)
        utc_iso(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    except OverflowError:
        raise ValueError(f"fetched_at {value!r} has no UTC time") from None
    return value


def reprocess_spider_for(source: Source) -> type[ReprocessSpider]:
    return type(
        f"Reprocess_{source.name.replace('-', '_').replace('.', '_')}",
        (ReprocessSpider,),
        {"name": f"reprocess-{source.name}", "news_source": source, "__module__": __name__},
    )


def stored_adhoc_source(name: str, languages: tuple[str, ...]) -> Source:
    """The source an ad-hoc source's rows are read again under (``scrapy reprocess``, and
    ``scrapy explain`` of a page such a source stored), as sources.toml configures none: its
    articles are judged against the languages its rows were expected in
    (:func:`expected_languages`), and kept (flagged) whatever their language now, as nothing
    says that the ad-hoc run expected no other. Not :func:`crawler.sources.adhoc_source`,
    which builds an ad-hoc run's source from its ``-a`` arguments."""
    return Source(name=name, languages=languages, keep_other_languages=bool(languages))


def expected_languages(settings: BaseSettings, names: list[str]) -> dict[str, tuple[str, ...]]:
    """Per ad-hoc source, the languages of its rows stored as expected (``-a languages=`` of
    the crawl or WARC ingestion that stored them, which no configuration keeps).

    Judged against no language, every row's ``language_expected`` became NULL, and the
    reprocess counted them all updated.
    """
    if not names:
        return {}
    db = database_from_settings(settings)
    try:
        rows = db.execute(
            "SELECT DISTINCT source, language FROM articles"
            f" WHERE language_expected = 1 AND source IN ({', '.join('?' for _ in names)})",
            names,
        ).fetchall()
    finally:
        db.close()
    found: dict[str, set[str]] = {}
    for source, language in rows:
        if language:
            # A source expecting "zh" keeps langdetect's "zh-cn" and "zh-tw" (language_verdict).
            found.setdefault(source, set()).add(language.split("-", 1)[0])
    return {source: tuple(sorted(codes)) for source, codes in found.items()}
