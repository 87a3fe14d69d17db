"""Sources are data: read and validate ``sources.toml``, and the ``-a`` arguments of an ad-hoc
run, into Source values before anything is fetched."""

from __future__ import annotations

import contextlib
import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.settings_check import SettingsError, check_mapping
from crawler.urls import has_userinfo, is_http_url, scheme_hint, without_userinfo

if TYPE_CHECKING:
    from scrapy import Spider

# Spider names become command arguments and database values: keep them plain.
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
RESERVED_NAMES = frozenset({"news"})
# Per-source Scrapy settings a source may change; anything else belongs in settings.py or -s.
ALLOWED_SETTINGS = frozenset(
    {
        "DOWNLOAD_DELAY",
        "CONCURRENT_REQUESTS_PER_DOMAIN",
        "AUTOTHROTTLE_ENABLED",
        "AUTOTHROTTLE_TARGET_CONCURRENCY",
        "AUTOTHROTTLE_MAX_DELAY",
        "DOWNLOAD_TIMEOUT",
        "DOWNLOAD_MAXSIZE",
        "ROBOTSTXT_OBEY",
        "USER_AGENT",
        "RETRY_TIMES",
    }
)


# ISO 639-1: the codes a stored ``language`` can hold (langdetect's, or a short page's declared
# ``<html lang>`` cut to its primary subtag). A source expecting any other value ("xx", "deu")
# would drop every article as unexpected_language, so such a value is refused up front.
_ISO_639_1_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la
    lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
    om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su
    sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
    zu
"""
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def language_code(value: str) -> str | None:
    """The ISO 639-1 code a declared language means, or None when it names none.

    Region and script subtags are dropped ("zh-CN", "pt_BR", " DE " -> "zh", "pt", "de"): the
    language policy compares primary subtags, because langdetect names Chinese "zh-cn" or
    "zh-tw" and a page may declare "de-AT".
    """
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in ISO_639_1 else None


def language_codes(values: Iterable[str], owner: str) -> tuple[str, ...]:
    """The ISO 639-1 codes of the languages ``owner`` (a source, an ad-hoc run) expects, in
    order and each once. A value that names no language is a ``SourceError``: expected, it
    would drop every article as unexpected_language."""
    codes = []
    for value in values:
        code = language_code(value)
        if code is None:
            raise SourceError(
                f"{owner}: language {value!r} is not an ISO 639-1 code (two letters: de, en, zh …)"
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _endpoint_of(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


class SourceError(ValueError):
    """A source entry is invalid; the message names the source and the problem."""


@dataclass(frozen=True)
class Source:
    """One news source: what to crawl, never how."""

    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()  # article pages given directly (ad-hoc runs)
    follow_allow: tuple[str, ...] = ()
    follow_deny: tuple[str, ...] = ()
    depth_limit: int = 2
    allowed_domains: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # expected languages; empty accepts any
    keep_other_languages: bool = False  # keep (flagged) rather than drop unexpected languages
    strip_patterns: tuple[str, ...] = ()  # extra line regexes removed from article text
    allow_hosts: tuple[str, ...] = ()  # more hosts trusted even on private addresses
    max_age_days: float | None = None  # skip feed/sitemap entries older than this
    refetch_after_days: float | None = None  # re-download stored articles older than this
    # Revisits of stored articles (crawler/revisit.py); None: NEWS_REVISIT_DAYS / _EVERY_HOURS.
    revisit_days: float | None = None  # 0 turns them off for this source
    revisit_every_hours: float | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    description: str = ""

    @property
    def entry_urls(self) -> tuple[str, ...]:
        """Every URL the user named for this source."""
        return self.feeds + self.sitemaps + self.start_urls + self.urls

    @property
    def entry_hosts(self) -> frozenset[str]:
        """The hosts of the entry URLs, lower-cased."""
        return frozenset((urlsplit(u).hostname or "").lower() for u in self.entry_urls) - {""}

    @property
    def trusted_endpoints(self) -> frozenset[tuple[str, int]]:
        """(host, port) pairs the user named: fetched even on private addresses.

        An entry URL trusts its own host and port only; an ``allow_hosts`` entry trusts the
        given port ("host:8080"), or the default ports 80 and 443 when it names none.
        """
        pairs = {_endpoint_of(u) for u in self.entry_urls}
        for entry in self.allow_hosts:
            parts = urlsplit(f"//{entry}")
            host = (parts.hostname or "").lower()
            pairs |= {(host, parts.port)} if parts.port else {(host, 80), (host, 443)}
        return frozenset(p for p in pairs if p[0])

    def domains(self) -> tuple[str, ...]:
        """Allowed domains: declared ones, else the hosts of the entry URLs."""
        if self.allowed_domains:
            return self.allowed_domains
        return tuple(sorted(self.entry_hosts))


_LIST_FIELDS = {
    "feeds",
    "sitemaps",
    "start_urls",
    "urls",
    "follow_allow",
    "follow_deny",
    "allowed_domains",
    "languages",
    "strip_patterns",
    "allow_hosts",
}
_URL_FIELDS = ("feeds", "sitemaps", "start_urls", "urls")
_REGEX_FIELDS = ("follow_allow", "follow_deny", "strip_patterns")
# Every key a source's table takes (README, "Sources"; the comment atop sources.toml).
SOURCE_KEYS = _LIST_FIELDS | {
    "depth_limit",
    "keep_other_languages",
    "max_age_days",
    "refetch_after_days",
    "revisit_days",
    "revisit_every_hours",
    "settings",
    "description",
}


def source_of(spider: object) -> Source | None:
    """The Source a spider crawls (``news_source``), or None for a spider without one."""
    source = getattr(spider, "news_source", None)
    return source if isinstance(source, Source) else None


def source_name(spider: Spider) -> str:
    """The name a crawl's rows, summary, progress lines and warnings give it: its source's
    (an ad-hoc run's -a source= label, else its host), else the spider's own. An ad-hoc run's
    spider is `news` whatever its source, and its progress lines said "news:" where its
    summary said "corpus:"."""
    source = source_of(spider)
    return source.name if source is not None else spider.name


# Deepest site crawl (links followed from a start page).
MAX_DEPTH = 10
# Longest age a day count may give: beyond it datetime arithmetic overflows (1e10 days).
MAX_DAYS = 36_500


# The checks that a value of sources.toml and the same value given as an ad-hoc run's -a
# argument both go through. ``field`` says where the value came from, in the one wording of
# their messages: "source 'x': follow_allow" (the source's field in sources.toml) or
# "ad-hoc run: -a follow=" (the argument).


def credentials_problem(url: str) -> str | None:
    """What is wrong with a URL that carries ``user:password@``, never repeating them; None
    for one without.

    Credentials in a URL were copied into the store (articles, pending rows, run records),
    the log and the stats wherever the URL was named, and Scrapy's downloader does not send
    them (it refuses the URL as "invalid hostname", which the crawl reported as an
    unreachable robots.txt). Scrapy's HttpAuthMiddleware sends them from its settings, to
    one host (and its subdomains); the message says how.
    """
    if not has_userinfo(url):
        return None
    shown = without_userinfo(url)
    return (
        f"{shown!r} carries a user name or password (user:password@), which would be kept in "
        "the store and the logs; give the URL without them and the credentials as "
        + _credential_settings(urlsplit(shown).netloc)
    )


def _credential_settings(hostport: str) -> str:
    """The settings that give Scrapy's HttpAuthMiddleware credentials for ``hostport``; it
    compares HTTPAUTH_DOMAIN with a request's host and port as written."""
    return f"-s HTTPAUTH_USER=… -s HTTPAUTH_PASS=… -s HTTPAUTH_DOMAIN={hostport.lower()}"


def _check_urls(field: str, urls: Iterable[str]) -> None:
    """Each an http(s) URL without ``user:password@``; a message never repeats a password."""
    for url in urls:
        shown = without_userinfo(url)
        if not is_http_url(url):
            raise SourceError(f"{field} entry {shown!r} is not an http(s) URL{scheme_hint(shown)}")
        problem = credentials_problem(url)
        if problem:
            raise SourceError(f"{field} entry {problem}")


def _check_patterns(field: str, patterns: Iterable[str]) -> None:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SourceError(f"{field} pattern {pattern!r} is not a regex: {exc}") from None


def _check_hosts(field: str, hosts: Iterable[str]) -> None:
    """Each a host with an optional port, as ``Source.trusted_endpoints`` reads it, without
    ``user:password@``; a message never repeats a password.

    An entry with them was taken silently: its host trusted, the credentials sent nowhere
    (allow_hosts only says which hosts may be fetched on a private address), the password
    left in sources.toml or the command line for nothing.
    """
    for host in hosts:
        shown = without_userinfo(f"//{host}").removeprefix("//")
        if not is_http_url(f"http://{host}/"):
            raise SourceError(f"{field} entry {shown!r} is not a host[:port]")
        if shown != host:
            raise SourceError(
                f"{field} entry {shown!r} carries a user name or password (user:password@), "
                "which a trusted host never sends; give the host without them and the "
                f"credentials as {_credential_settings(shown)}"
            )


def _check_depth(field: str, depth: object) -> int:
    if not isinstance(depth, int) or isinstance(depth, bool) or not 0 <= depth <= MAX_DEPTH:
        raise SourceError(f"{field} must be a whole number from 0 to {MAX_DEPTH}, not {depth!r}")
    return depth


def _number(name: str, key: str, value: Any, low: float, high: float) -> float:
    """A finite number from ``low`` to ``high`` (both included), or SourceError naming it."""
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not low <= value <= high  # also false for nan
    ):
        raise SourceError(
            f"source {name!r}: {key} = {value!r}: must be a number from {low:g} to {high:g}"
        )
    return float(value)


def build_source(name: str, entry: Mapping[str, Any]) -> Source:
    """Validate one entry and return it as a Source; raise SourceError naming what is wrong."""
    if not NAME_RE.match(name):
        raise SourceError(
            f"source {name!r}: name must be lowercase letters, digits, '-' or '_' (max 63)"
        )
    if name in RESERVED_NAMES:
        raise SourceError(f"source {name!r}: the name is reserved for ad-hoc crawls")
    if not isinstance(entry, Mapping):
        raise SourceError(f"source {name!r}: expected a table of keys")
    unknown = set(entry) - SOURCE_KEYS
    if unknown:
        raise SourceError(f"source {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key in _LIST_FIELDS & set(entry):
        value = entry[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise SourceError(f"source {name!r}: {key} must be a list of non-empty strings")
        values[key] = tuple(value)
    for key in _URL_FIELDS:
        _check_urls(f"source {name!r}: {key}", values.get(key, ()))
    for key in _REGEX_FIELDS:
        _check_patterns(f"source {name!r}: {key}", values.get(key, ()))
    if not any(values.get(k) for k in _URL_FIELDS):
        raise SourceError(f"source {name!r}: needs at least one of feeds, sitemaps, start_urls")
    if "depth_limit" in entry:
        values["depth_limit"] = _check_depth(f"source {name!r}: depth_limit", entry["depth_limit"])
    for key in ("max_age_days", "refetch_after_days"):
        if key in entry:
            days = entry[key]
            if (
                not isinstance(days, int | float)
                or isinstance(days, bool)
                or not 0 < days <= MAX_DAYS  # also false for nan
            ):
                raise SourceError(
                    f"source {name!r}: {key} = {days!r}: must be a positive number of days "
                    f"up to {MAX_DAYS}"
                )
            values[key] = float(days)
    if "revisit_days" in entry:
        values["revisit_days"] = _number(name, "revisit_days", entry["revisit_days"], 0, MAX_DAYS)
    if "revisit_every_hours" in entry:
        values["revisit_every_hours"] = _number(
            name, "revisit_every_hours", entry["revisit_every_hours"], 0, MAX_DAYS * 24
        )
    if "keep_other_languages" in entry:
        if not isinstance(entry["keep_other_languages"], bool):
            raise SourceError(f"source {name!r}: keep_other_languages must be true or false")
        values["keep_other_languages"] = entry["keep_other_languages"]
    _check_hosts(f"source {name!r}: allow_hosts", values.get("allow_hosts", ()))
    codes = language_codes(values.get("languages", ()), f"source {name!r}")
    if codes:
        values["languages"] = codes
    if "settings" in entry:
        settings = entry["settings"]
        if not isinstance(settings, Mapping):
            raise SourceError(f"source {name!r}: settings must be a table")
        bad = set(settings) - ALLOWED_SETTINGS
        if bad:
            raise SourceError(
                f"source {name!r}: setting(s) {', '.join(sorted(bad))} cannot be set per source "
                f"(allowed: {', '.join(sorted(ALLOWED_SETTINGS))})"
            )
        try:
            values["settings"] = check_mapping(settings, typed=True)
        except SettingsError as exc:
            raise SourceError(f"source {name!r}: setting {exc}") from None
    if "description" in entry:
        values["description"] = str(entry["description"])
    return Source(name=name, **values)


def parse_sources(data: Mapping[str, Any]) -> dict[str, Source]:
    """Validate a parsed sources document; every source is checked before any is used."""
    extra = set(data) - {"sources"}
    if extra:
        raise SourceError(f"unknown top-level key(s) {', '.join(sorted(extra))}")
    table = data.get("sources", {})
    if not isinstance(table, Mapping):
        raise SourceError("[sources] must be a table of source tables")
    return {name: build_source(name, entry) for name, entry in table.items()}


def resolve_sources_path(path: str | Path) -> Path | Traversable:
    """The sources file to read for ``NEWS_SOURCES``.

    The path as given when it exists. A relative path that does not exist here falls back to
    the copy a built distribution carries (setup.py puts the project's ``sources.toml`` at
    ``crawler/deployed/sources.toml``): a Scrapyd node has only the deployed egg, and runs
    its jobs in a folder of its own. An absolute path never falls back.
    """
    path = Path(path)
    if path.exists() or path.is_absolute():
        return path
    packaged = resources.files("crawler").joinpath("deployed", path.name)
    return packaged if packaged.is_file() else path


def sources_file_note(path: str | Path) -> str:
    """ " (FILE does not exist)" when ``NEWS_SOURCES`` names no file, else "".

    A missing file means no configured sources, which is right for ad-hoc runs; but a
    mistyped ``-s NEWS_SOURCES=`` then made ``crawlall`` say "no sources configured in FILE"
    and ``crawl NAME`` "no spider named NAME", as if the file held none.
    """
    return "" if resolve_sources_path(path).is_file() else f" ({path} does not exist)"


def load_sources(path: str | Path) -> dict[str, Source]:
    """Read sources.toml; a missing file means no configured sources."""
    found = resolve_sources_path(path)
    if found.is_dir():
        # It was taken for a missing file: "does not exist", and an ad-hoc crawl went ahead.
        raise SourceError(f"{found} is a folder; name the sources file")
    if not found.is_file():
        return {}
    try:
        text = found.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        # A file saved in another encoding ended every command in a traceback, exit 1.
        line = exc.object[: exc.start].count(b"\n") + 1
        raise SourceError(f"{found}: not UTF-8 text (line {line}); save it as UTF-8") from None
    except OSError as exc:
        raise SourceError(f"{found}: cannot be read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{found}: not valid TOML: {exc}") from None
    try:
        return parse_sources(data)
    except SourceError as exc:
        raise SourceError(f"{found}: {exc}") from None


# Arguments of ``-a warc=`` ingestion besides ``warc`` itself.
WARC_FILTERS = ("hosts", "since", "until")


def _split_urls(value: str | None) -> tuple[str, ...]:
    return tuple(u.strip() for u in (value or "").split(",") if u.strip())


# The -a arguments an ad-hoc run understands (README, "Crawling").
ADHOC_KEYS = (
    "feed",
    "sitemap",
    "url",
    "start",
    "source",
    "depth",
    "urls_file",
    "allow_hosts",
    "follow",
    "deny",
    "languages",
    "warc",
)


def check_adhoc_keys(keys: Iterable[str]) -> None:
    """Raise SourceError naming an unknown ``-a`` key and the nearest known one."""
    known = (*ADHOC_KEYS, *WARC_FILTERS)
    for key in keys:
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean -a {near[0]}=…? " if near else ""
            raise SourceError(f"unknown argument -a {key}=…; {hint}known: {', '.join(known)}")


def read_urls_file(path: str) -> tuple[str, ...]:
    """URLs from a file, one a line; blank lines and ``#`` comments are skipped.

    ``-a url=…`` is one command-line argument, which the OS limits in length (10,000 URLs do
    not fit); a file has no such limit. Each URL is checked here, naming its line.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"ad-hoc run: urls_file {path!r} cannot be read: {exc}") from None
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        value = line.strip()
        if not value or value.startswith("#"):
            continue
        _check_urls(f"ad-hoc run: -a urls_file={path}:{number}", [value])
        urls.append(value)
    if not urls:
        raise SourceError(f"ad-hoc run: urls_file {path!r} holds no URL (one a line)")
    return tuple(urls)


# The -a arguments that shape a site crawl's link following, and so need -a start=.
SITE_CRAWL_KEYS = ("depth", "follow", "deny")


def _check_site_crawl_only(
    given: Mapping[str, object], modes: Mapping[str, object], site_crawl: bool
) -> None:
    """Refuse a site crawl's argument (``depth``, ``follow``, ``deny``) on a run without
    ``-a start=``: a feed, sitemap, URL or archive run follows no links, and the argument was
    ignored without a word. ``modes`` are the run's other entry arguments, the first one
    given named in the message ("this -a feed= run")."""
    if site_crawl:
        return
    mode = next((key for key, value in modes.items() if value), "")
    for key in SITE_CRAWL_KEYS:
        if given.get(key) is not None:
            run = f"; this -a {mode}= run follows no links" if mode else ""
            raise SourceError(f"-a {key}=… applies to a site crawl: it needs -a start=URL{run}")


# What each list-valued -a argument holds, for the message refusing it given empty.
_LIST_ARGUMENTS = {
    "feed": "a URL",
    "sitemap": "a URL",
    "url": "a URL",
    "start": "a URL",
    "urls_file": "a file",
    "warc": "a file",
    "allow_hosts": "a host",
    "follow": "a pattern",
    "deny": "a pattern",
    "languages": "a language code",
}


def _check_not_empty(given: Mapping[str, str | None]) -> None:
    """Refuse a list argument given with nothing in it (``-a feed=$FEED`` with ``FEED`` unset,
    ``-a start=,``): read as not given, the run went on with the other arguments, and an
    empty ``follow``, ``deny`` or ``languages`` filtered nothing, exit 0. ``-a source=`` and
    the WARC filters are refused the same way where they are read."""
    for key, value in given.items():
        if value is not None and not _split_urls(value):
            raise SourceError(
                f"ad-hoc run: -a {key}= is empty ({value!r}); "
                f"give {_LIST_ARGUMENTS[key]} or leave it out"
            )


def adhoc_source(
    *,
    feed: str | None = None,
    sitemap: str | None = None,
    url: str | None = None,
    urls_file: str | None = None,
    start: str | None = None,
    source: str | None = None,
    depth: str | int | None = None,
    allow_hosts: str | None = None,
    follow: str | None = None,
    deny: str | None = None,
    languages: str | None = None,
    warc: str | None = None,
    **warc_filters: str,
) -> Source:
    """The Source of an ad-hoc run, from ``-a`` arguments; raises SourceError when unusable.

    Lists are comma-separated: URLs, hosts to trust beyond the named ones (``allow_hosts``),
    and the site crawl's link regexes (``follow``, ``deny``). ``warc`` (files to ingest, see
    crawler/warc/ingest.py) needs no URL; its source is named ``warc`` unless ``source`` says
    otherwise. ``warc_filters`` (hosts, since, until) are the ingestion's and are checked there.
    """
    _check_not_empty(
        {
            "feed": feed,
            "sitemap": sitemap,
            "url": url,
            "start": start,
            "urls_file": urls_file,
            "warc": warc,
            "allow_hosts": allow_hosts,
            "follow": follow,
            "deny": deny,
            "languages": languages,
        }
    )
    feeds, sitemaps, named, starts = (_split_urls(v) for v in (feed, sitemap, url, start))
    urls = named + (read_urls_file(urls_file) if urls_file else ())
    entry_urls = feeds + sitemaps + urls + starts
    unknown = set(warc_filters) - set(WARC_FILTERS)
    if unknown:
        raise TypeError(f"unknown ad-hoc argument(s): {', '.join(sorted(unknown))}")
    if warc_filters and not warc:
        verb = "filters" if len(warc_filters) == 1 else "filter"
        raise SourceError(
            f"-a {', '.join(sorted(warc_filters))} only {verb} the records of -a warc=FILES"
        )
    modes = {"feed": feeds, "sitemap": sitemaps, "url": named, "urls_file": urls_file, "warc": warc}
    _check_site_crawl_only({"depth": depth, "follow": follow, "deny": deny}, modes, bool(starts))
    if warc and entry_urls:
        raise SourceError("-a warc=FILES ingests archives; it takes no feed, sitemap or URL")
    if not entry_urls and not warc:
        raise SourceError(
            "the news spider needs -a feed=URL, -a sitemap=URL, -a url=URL[,URL…], "
            "-a urls_file=PATH, -a start=URL or -a warc=FILES"
        )
    given = [lang.strip() for lang in (languages or "").split(",") if lang.strip()]
    expected = language_codes(given, "ad-hoc run")
    # A urls_file's URLs were checked as it was read, naming their line.
    for key, values in (("feed", feeds), ("sitemap", sitemaps), ("url", named), ("start", starts)):
        _check_urls(f"ad-hoc run: -a {key}=", values)
    if source is not None and not source.strip():
        # "-a source=$LABEL" with LABEL unset: the rows went to the host's source (or, blank,
        # to one named ""), filed under a name nobody chose.
        raise SourceError(
            f"ad-hoc run: -a source= is empty ({source!r}); give a label or leave it out"
        )
    default = "warc" if warc else urlsplit(entry_urls[0]).hostname
    label = (source or default or "adhoc").strip()
    depth_limit = 2
    if depth is not None:
        # -a gives text; text that is no whole number is refused as it was given.
        with contextlib.suppress(ValueError):
            depth = int(depth)
        depth_limit = _check_depth("ad-hoc run: -a depth=", depth)
    trusted, followed, denied = (_split_urls(v) for v in (allow_hosts, follow, deny))
    _check_hosts("ad-hoc run: -a allow_hosts=", trusted)
    _check_patterns("ad-hoc run: -a follow=", followed)
    _check_patterns("ad-hoc run: -a deny=", denied)
    return Source(
        name=label,
        feeds=feeds,
        sitemaps=sitemaps,
        urls=urls,
        start_urls=starts,
        depth_limit=depth_limit,
        allow_hosts=tuple(h.lower() for h in trusted),
        follow_allow=followed,
        follow_deny=denied,
        languages=expected,
    )


def spider_source(name: str, configured: Source | None, arguments: Mapping[str, str]) -> Source:
    """The Source the news spider ``name`` crawls: the one ``configured`` in sources.toml,
    which takes no ``-a`` arguments, or else the ad-hoc run's made of them.

    The crawl command calls it before Scrapy starts, so a bad argument is one usage line
    (crawler/runs/runner.py); the spider calls it again to get its source.
    """
    if configured is None:
        check_adhoc_keys(arguments)
        return adhoc_source(**arguments)
    if arguments:
        raise SourceError(
            f"{name} is configured in sources.toml and takes no -a arguments; "
            "use `scrapy crawl news -a …` for an ad-hoc run"
        )
    return configured
