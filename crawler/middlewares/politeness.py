"""robots.txt Crawl-delay as the per-host delay, and a User-Agent carrying the contact.

Scrapy's robots parsers read Crawl-delay but nothing applies it; this raises the delay of the
host's download slot to it, on each request, as a floor. AutoThrottle (on by default) moves a
slot's delay after each answer, towards the latency over AUTOTHROTTLE_TARGET_CONCURRENCY:
crawler/extensions/throttle.py keeps it from going below the Crawl-delay, so the delay of such
a host is the larger of the two (a slow answer stretches it, as for any host).

It also applies robots.txt to the requests Scrapy 2.19's RobotsTxtMiddleware lets through
unchecked: requests that wait together for a host's robots.txt all await one Deferred, whose
result only the first of them receives (Twisted's ``asFuture`` callback returns None), so the
others see no parser and pass. Entry URLs and revisits start together and met exactly this.

``RobotsTxtPolicyMiddleware`` reads robots.txt as RFC 9309 (2.3.1.3, 2.3.1.4) asks, where
Scrapy's middleware parsed whatever came back: the body of a 5xx error page (no rules: allow
all), of a 404 page (its text as rules), and no answer at all (a timeout, a refused
connection) as allow all. A server error, a 429, or no answer after the retries, is complete
disallow for the host in this run, each refusal a passing one (the article stays pending);
any other 4xx is no robots.txt (allow all), whatever its body says.

A site crawl reads the sitemaps its robots.txt names (crawler/spiders/robotstxt.py): the answer
this middleware read, the host's own or its kept copy, is handed to the spider's request for
it (``hand_over``), which downloads nothing; the host's robots.txt was fetched twice a run,
retries and all, its Crawl-delay waited twice.

Each robots.txt read is kept in the store (crawler/storage/robots_copies.py), by its origin
(scheme, host and port), never by Scrapy's netloc: that carries the ``user:password@`` of a
source URL, which the store and the warnings naming the host kept. While a host's
robots.txt is unreachable, the copy it last answered is read instead if no older than
NEWS_ROBOTS_COPY_MAX_DAYS: RFC 9309 2.4 allows a cached copy past its 24 hours while the file
is unreachable. Without a copy, a host whose robots.txt was down for a few runs had its
articles refused in each of them, a try spent every time, and given up while they answered.

A robots.txt larger than DOWNLOAD_MAXSIZE is read up to it, or up to 500 KiB where the limit
is lower (``robots_maxsize``), the rest ignored: RFC 9309 2.5 asks for at least 500 KiB to be
parsed and allows ignoring what follows. Scrapy cancelled its download at the limit, an error
read as unreachable: complete disallow, the host's articles given up after a few runs. One sent
compressed is unpacked up to the same limit (crawler/middlewares/compression.py): Scrapy
refused one unpacking past DOWNLOAD_MAXSIZE, read as no robots.txt (allow all).

A 429 (Too Many Requests) is the host asking us to slow down, not saying it has no robots.txt:
RFC 9309 2.3.1.3 lets a crawler access anything after a 4xx (a MAY), and Google's crawlers
document 429 as a server error (complete disallow), as here. Its Retry-After is honoured by
RetryAfterMiddleware while the robots.txt is retried; read as allow all, every article of the
host was asked for at once, right after it had said 429.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import timedelta
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.core.downloader import Downloader
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured, StopDownload
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from crawler import clock
from crawler.discovery.robots import (
    robots_maxsize,
    robots_origin,
    robots_url,
    whole_lines,
)
from crawler.exceptions import RunEnded, TransientIgnore
from crawler.extensions.database import DatabaseExtension
from crawler.middlewares.compression import UNPACK_UPTO, UNPACKED_IN_PART
from crawler.neterrors import network_fault
from crawler.responses import undecoded
from crawler.storage import robots_copies
from crawler.storage.database import SharedDatabase

logger = logging.getLogger(__name__)

# The message of the IgnoreRequest refusing a request robots.txt disallows: Scrapy's
# RobotsTxtMiddleware raises it, and this module's middlewares for the requests they check;
# the spider counts the refusal by it.
ROBOTS_FORBIDDEN = "Forbidden by robots.txt"
# Flags of a robots.txt answer RobotsTxtPolicyMiddleware read and handed to the spider's own
# request for it, which then downloads nothing (a host's robots.txt was fetched twice a run):
# every such answer carries HANDED_OVER, one read from the store's kept copy COPY_READ too.
HANDED_OVER = "robots.txt already read"
COPY_READ = "robots.txt copy"
# Meta key of a host's robots.txt request, asked for by RobotsTxtPolicyMiddleware: the host.
ROBOTS_OF = "news_robots_of"
# Meta key of a host's robots.txt request: the bytes of its body received so far.
ROBOTS_RECEIVED = "news_robots_received"
# A robots.txt answering it is unreachable, not missing (see the module's docstring).
TOO_MANY_REQUESTS = 429


def engine_downloader(crawler: Crawler) -> Callable[[], Downloader]:
    """The crawl's downloader, looked up when needed: the engine is built after middlewares."""

    def downloader() -> Downloader:
        return crawler.engine.downloader

    return downloader


class UnreachableRobots(RobotParser):
    """The robots.txt of a host that answered a server error, a 429, or nothing: RFC 9309
    2.3.1.4 says to assume complete disallow. ``why`` names what happened ("HTTP 503")."""

    def __init__(self, host: str, why: str) -> None:
        self.host = host
        self.why = why

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> Self:
        raise TypeError("built for a robots.txt that could not be read, not from a body")

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False

    def refusal(self) -> TransientIgnore:
        """The refusal of a request to the host: a passing one, asked again by a later run."""
        return TransientIgnore(f"robots.txt of {self.host} unreachable ({self.why})")


class RobotsTxtPolicyMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware with RFC 9309's reading of an unread robots.txt.

    Counted ``news/robots/unreachable`` (hosts) and ``news/robots/refused_unreachable``
    (requests refused for it); a source whose entries or articles were all refused so fails,
    naming it, where it said "ok" with nothing refused (or Scrapy's allow all let it crawl a
    host that was failing). A host read from its kept copy instead is counted
    ``news/robots/copy_used``, the oldest copy's age ``news/robots/copy_age_s``; a host
    whose robots.txt was read only up to the size limit ``news/robots/too_large``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        # How old a host's kept robots.txt may be to be read while the host's is unreachable.
        self._copy_max = timedelta(days=crawler.settings.getfloat("NEWS_ROBOTS_COPY_MAX_DAYS"))
        # The robots.txt URL asked for each host, by netloc (Scrapy's: the scheme of the
        # host's first request).
        self._asked: dict[str, str] = {}
        # The robots.txt URLs whose sitemaps the spider reads, and the answers read for them
        # not handed over yet (``hand_over``).
        self._wanted: set[str] = set()
        self._answers: dict[str, Response] = {}
        self._size_limit = RobotsSizeLimit(crawler)

    def hand_over(self, url: str) -> None:
        """Hand the answer to the robots.txt at ``url``, once read, to a request of the
        spider for ``url``: its status and body, or the copy read while it is unreachable
        (flagged COPY_READ). That request downloads nothing; it is refused as the host's
        requests are while the robots.txt is complete disallow."""
        self._wanted.add(url)

    # Scrapy's returns None; a downloader middleware's may return a Response (``hand_over``).
    async def process_request(  # type: ignore[override]
        self, request: Request, spider: Spider | None = None
    ) -> Response | None:
        url = urlparse_cached(request)
        if (
            request.meta.get("dont_obey_robotstxt")
            and url.path == "/robots.txt"
            and isinstance(self._parsers.get(url.netloc), Deferred)
        ):
            # The host's robots.txt, asked for by ``robot_parser``: a failure of it is said
            # once, by ``_unreachable``. Scrapy gave it up with an ERROR line ("Gave up
            # retrying"), and an exception with a second one ("Error downloading") naming
            # the request that waited for it: two errors where nothing failed but the host.
            request.meta[ROBOTS_OF] = url.netloc
            request.meta.setdefault("give_up_log_level", "DEBUG")
        if ROBOTS_OF in request.meta:
            # Scrapy cancelled one over its maxsize, an error that made the host complete
            # disallow.
            self._size_limit.ask(request.meta)
        await super().process_request(request)
        if request.meta.get("dont_obey_robotstxt"):
            return None
        answer = self._answers.pop(request.url, None)
        if answer is None:
            return None
        return answer.replace(request=request, flags=[*answer.flags, HANDED_OVER])

    def process_exception(self, request: Request, exception: Exception) -> None:
        """A host's robots.txt that got no answer after its retries: handed to
        ``_robots_error`` as a refusal that carries the error, which Scrapy's
        ``robot_parser`` does not log. A refusal on our side stays as it is."""
        if request.meta.get(ROBOTS_OF) and not isinstance(exception, IgnoreRequest):
            raise NoRobotsAnswer(exception) from exception

    async def robot_parser(self, request: Request) -> RobotParser | None:
        """Scrapy's, noting the origin of the robots.txt a new host's request asks for: the
        copy is kept and looked up by it."""
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            self._asked[netloc] = robots_url(request.url)
        return await super().robot_parser(request)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        refuse_unreachable(rp, self._stats)
        super().process_request_2(rp, request)

    def forbids(self, url: str) -> bool:
        """Whether the robots.txt of ``url``'s host, already read this run, refuses it (one
        that could not be read refuses all); False while it has not been read. A listing's
        entries on its own host are checked so before they are asked for."""
        parser = self._parsers.get(urlsplit(url).netloc)
        if not isinstance(parser, RobotParser):
            return False
        return not parser.allowed(url, self._robotstxt_useragent or self._default_useragent)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        unread = unread_robots(response)
        if unread is not None:
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            if response.status < 400:
                self._stats.inc_value("news/robots/undecodable")
            self._unreachable(netloc, unread)
            return
        if response.status >= 400:
            # RFC 9309 2.3.1.3: no robots.txt, whatever the error page's text says (a 429 is
            # no answer, above).
            response = response.replace(body=b"")
        else:
            response = self._size_limit.read(shown_host(netloc), response)
        self._keep(netloc, response.body)
        if self._asked[netloc] in self._wanted:
            self._answers[self._asked[netloc]] = response
        await super()._parse_robots(response, netloc, request)

    def _database(self) -> SharedDatabase | None:
        """The crawl's store, where robots.txt copies are kept; None without one, or when
        NEWS_ROBOTS_COPY_MAX_DAYS is 0 (no copy is ever read)."""
        if not self._copy_max:
            return None
        ext = self.crawler.get_extension(DatabaseExtension)
        return ext.database if ext is not None else None

    def _keep(self, netloc: str, body: bytes) -> None:
        """Keep the robots.txt ``netloc`` answered, read while it is unreachable later."""
        database = self._database()
        if database is None:
            return
        written = database.write(
            functools.partial(
                robots_copies.keep,
                origin=robots_origin(self._asked[netloc]),
                body=body,
                now=clock.now_iso(),
            )
        )
        written.add_done_callback(functools.partial(_copy_written, shown_host(netloc)))

    def _copy(self, netloc: str) -> robots_copies.Copy | None:
        """The copy of ``netloc``'s robots.txt kept last, whatever its age; None without one
        (or when no copy is ever read)."""
        database = self._database()
        if database is None:
            return None
        return robots_copies.kept(database.db, robots_origin(self._asked[netloc]))

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        """No answer after the retries (a timeout, a refused connection, no DNS answer), or
        a host asking us to stay away longer than NEWS_RETRY_AFTER_MAX: unreachable. A
        refusal on our side (a private address, a closing crawl) leaves the request to its
        own refusal, as Scrapy does."""
        detail = ""
        if isinstance(exc, NoRobotsAnswer):
            exc = exc.error
            detail = f": {exc}"
        if isinstance(exc, IgnoreRequest) and (
            isinstance(exc, RunEnded) or not isinstance(exc, TransientIgnore)
        ):
            super()._robots_error(exc, netloc)
            return
        if not isinstance(exc, IgnoreRequest):
            self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        # Named in words (else by its class) where the refusal is kept: the messages repeat
        # the robots.txt URL ("Getting URL took…"); the warning gives the message too.
        self._unreachable(netloc, network_fault(exc) or type(exc).__name__, detail)

    def _unreachable(self, netloc: str, why: str, detail: str = "") -> None:
        self._stats.inc_value("news/robots/unreachable")
        copy = self._copy(netloc)
        host = shown_host(netloc)
        if host != netloc:
            # The error's own words may name the URL's host with its userinfo.
            detail = detail.replace(netloc.removesuffix(host), "")
        max_days = self._copy_max / timedelta(days=1)
        refused = ""
        elapsed = timedelta(0) if copy is None else clock.now() - copy.read_at
        age = int(elapsed.total_seconds())
        if copy is not None and elapsed > self._copy_max:
            # Said in the warning: it read "unreachable" alone, and an operator whose copy was
            # a few days too old could not tell that raising the setting would read it.
            self._stats.inc_value("news/robots/copy_too_old")
            refused = (
                f"; the copy it answered at {clock.utc_iso(copy.read_at)} is kept but not "
                f"read: {robots_copies.age_words(age)} old, older than "
                f"NEWS_ROBOTS_COPY_MAX_DAYS={max_days:g} (raise it to read the copy)"
            )
            copy = None
        parser: RobotParser
        if copy is not None:
            parser = build_from_crawler(self._parserimpl, self.crawler, copy.body)
            asked = self._asked[netloc]
            if asked in self._wanted:
                self._answers[asked] = Response(asked, body=copy.body, flags=[COPY_READ])
            self._stats.inc_value("news/robots/copy_used")
            self._stats.max_value("news/robots/copy_age_s", age)
            logger.warning(
                "robots.txt of %s is unreachable (%s%s): reading the copy it answered at %s "
                "(%s old; RFC 9309 allows a cached copy while it is unreachable, up to "
                "NEWS_ROBOTS_COPY_MAX_DAYS=%g); the next run asks again",
                host,
                why,
                detail,
                clock.utc_iso(copy.read_at),
                robots_copies.age_words(age),
                max_days,
            )
        else:
            parser = UnreachableRobots(host, why)
            logger.warning(
                "robots.txt of %s is unreachable (%s%s): assuming complete disallow (RFC 9309), "
                "nothing is fetched from the host this run; the next run asks again%s",
                host,
                why,
                detail,
                refused,
            )
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        assert isinstance(waiting, Deferred)
        waiting.callback(parser)


class RobotsSizeLimit:
    """A robots.txt read up to ``robots_maxsize(DOWNLOAD_MAXSIZE)`` bytes, the rest ignored
    (RFC 9309 2.5), where Scrapy cancelled a download over DOWNLOAD_MAXSIZE (at its
    Content-Length or at the bytes received) and refused a body unpacking past it. Used by
    RobotsTxtPolicyMiddleware, and by a site crawl's own robots.txt request (for its
    sitemaps) when robots.txt is not obeyed. Counted ``news/robots/too_large``."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        # Bytes of a robots.txt read, the rest ignored (0: all of it).
        self.maxsize = robots_maxsize(crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        crawler.signals.connect(self._headers_received, signal=signals.headers_received)
        crawler.signals.connect(self._bytes_received, signal=signals.bytes_received)

    def ask(self, meta: dict[str, Any]) -> None:
        """Have the robots.txt request of ``meta`` read up to the limit, not cancelled at
        it, its tries and redirects too (they carry its meta)."""
        if not self.maxsize:
            return
        meta["download_maxsize"] = 0
        meta["download_warnsize"] = 0
        meta[ROBOTS_RECEIVED] = 0
        # A body sent compressed is unpacked up to the limit, the rest ignored: Scrapy's
        # HttpCompressionMiddleware refused one unpacking past it (read as allow all).
        meta[UNPACK_UPTO] = self.maxsize

    def read(self, host: str, response: Response) -> Response:
        """The robots.txt ``response`` as read: when stopped past the limit, or unpacked up
        to it, its whole lines within the limit, said and counted."""
        if ROBOTS_RECEIVED not in response.meta or not (
            "download_stopped" in response.flags or UNPACKED_IN_PART in response.flags
        ):
            return response
        self.stats.inc_value("news/robots/too_large")
        logger.warning(
            "robots.txt of %s is larger than %d bytes: its rules in the first %d bytes are "
            "read, the rest ignored (RFC 9309 2.5: at least 500 KiB are read; the limit is "
            "DOWNLOAD_MAXSIZE, or 500 KiB where that is lower)",
            host,
            self.maxsize,
            self.maxsize,
        )
        return response.replace(body=whole_lines(response.body[: self.maxsize]))

    def _headers_received(self, request: Request, **_: object) -> None:
        """Count a try's bytes from its own start: a retry or a redirect carries the count of
        the answer before in its meta."""
        if ROBOTS_RECEIVED in request.meta:
            request.meta[ROBOTS_RECEIVED] = 0

    def _bytes_received(self, data: bytes, request: Request, **_: object) -> None:
        """Stop the download of a robots.txt past the limit; the body received is read
        (``read``), the rest ignored."""
        if ROBOTS_RECEIVED not in request.meta:
            return
        received = request.meta[ROBOTS_RECEIVED] + len(data)
        request.meta[ROBOTS_RECEIVED] = received
        if received > self.maxsize:
            raise StopDownload(fail=False)


class NoRobotsAnswer(TransientIgnore):
    """A host's robots.txt got no answer after its retries (``error``): complete disallow,
    said once by ``RobotsTxtPolicyMiddleware``."""

    def __init__(self, error: Exception) -> None:
        super().__init__(f"robots.txt got no answer: {error}")
        self.error = error


def unread_robots(response: Response) -> str | None:
    """Why a robots.txt answer has no rules to read, as one that got no answer (RFC 9309
    2.3.1.4: complete disallow): a server error or a 429, or a body in a Content-Encoding
    not undone, whose still-encoded bytes read as rules allowed all (garbled) or whatever
    they happened to say; None when it is read (a 4xx: read as none)."""
    if response.status >= 500 or response.status == TOO_MANY_REQUESTS:
        return f"HTTP {response.status}"
    if response.status >= 400:
        return None
    return undecoded(response)


def shown_host(netloc: str) -> str:
    """``netloc`` as the messages name a host: its host and port, without the
    ``user:password@`` a source URL may carry (the warnings and the refusals kept pending
    named it)."""
    return netloc.rpartition("@")[2]


def _copy_written(host: str, written: Future[None]) -> None:
    """Say a robots.txt copy that could not be kept: the host is complete disallow while
    its robots.txt is unreachable, not a failure of the run."""
    error = written.exception()
    if error is not None:
        logger.warning("robots.txt of %s not kept in the store: %s", host, error)


def refuse_unreachable(parser: RobotParser | None, stats: StatsCollector) -> None:
    """Refuse a request to a host whose robots.txt could not be read (counted)."""
    if isinstance(parser, UnreachableRobots):
        stats.inc_value("news/robots/refused_unreachable")
        raise parser.refusal()


class CrawlDelayMiddleware:
    """A host's robots.txt Crawl-delay as its download slot's least delay, up to
    NEWS_CRAWL_DELAY_MAX (``news/crawl_delay/HOST``; ``news/crawl_delay/capped`` counts the
    hosts asking for more, each said in a warning). ``applied`` holds it by slot key, for
    AutoThrottle (crawler/extensions/throttle.py)."""

    def __init__(
        self,
        stats: StatsCollector,
        downloader: Callable[[], Downloader],
        robots: Callable[[], RobotsTxtMiddleware | None],
        *,
        user_agent: str,
        max_delay: float,
    ) -> None:
        self.stats = stats
        self.downloader = downloader
        # Scrapy's RobotsTxtMiddleware of the crawl, looked up when needed as the downloader is.
        self.robots = robots
        self.user_agent = user_agent
        self.max_delay = max_delay
        self.applied: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        if not s.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        agent = s.get("ROBOTSTXT_USER_AGENT") or s.get("USER_AGENT")
        return cls(
            crawler.stats,
            engine_downloader(crawler),
            functools.partial(crawler.get_downloader_middleware, RobotsTxtMiddleware),
            user_agent=agent,
            max_delay=s.getfloat("NEWS_CRAWL_DELAY_MAX"),
        )

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        robots = self.robots()
        if robots is None:
            return
        parser = await robots.robot_parser(request)
        refuse_unreachable(parser, self.stats)
        if parser is not None and not parser.allowed(request.url, self.user_agent):
            self.stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(ROBOTS_FORBIDDEN)
        delay = parser.crawl_delay(self.user_agent) if parser is not None else None
        if not delay:
            return
        asked = float(delay)
        delay = min(asked, self.max_delay)
        downloader = self.downloader()
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        if slot is None:
            key, slot = downloader._get_slot(request)
        if slot.delay < delay:
            slot.delay = delay
        # DOWNLOAD_DELAY_JITTER would draw delays down to half the value: the site named a
        # minimum, so this host's delay is not randomized.
        slot.jitter = 0.0
        if key in self.applied:
            return
        self.applied[key] = delay
        self.stats.set_value(f"news/crawl_delay/{key}", delay)
        if asked <= self.max_delay:
            logger.info("robots.txt of %s asks for Crawl-delay %.1f s; applied", key, delay)
            return
        # Said as a warning with the site's own value: a run slowed to a page a minute said
        # only "asks for Crawl-delay 60.0 s", at INFO, the cap for the site's value.
        self.stats.inc_value("news/crawl_delay/capped")
        logger.warning(
            "robots.txt of %s asks for a Crawl-delay of %g s; waiting NEWS_CRAWL_DELAY_MAX=%g s "
            "between its requests instead, the host's articles this run cannot fetch stay "
            "pending",
            key,
            asked,
            delay,
        )


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """USER_AGENT with NEWS_CONTACT appended, so site owners can reach the operator."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        agent = crawler.settings.get("USER_AGENT")
        contact = crawler.settings.get("NEWS_CONTACT")
        if contact:
            agent = f"{agent} contact: {contact}"
        return cls(agent)
