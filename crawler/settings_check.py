"""Settings are checked before anything is fetched: types, finite numbers, ranges.

Scrapy reads a setting when a component first needs it, so ``-s DOWNLOAD_MAXSIZE=big`` or
``-s NEWS_RECHECK_AFTER_HOURS=nan`` would fail (or quietly misbehave) in the middle of a run.
The same rules check a source's ``settings`` table in sources.toml, where values are typed.
"""

from __future__ import annotations

import difflib
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.settings import BaseSettings


class SettingsError(ValueError):
    """A setting has a value Newsloom cannot run with; the message names it."""


@dataclass(frozen=True)
class Rule:
    kind: type  # bool, int, float or str
    low: float | None = None  # inclusive
    high: float | None = None  # inclusive
    choices: tuple[str, ...] = ()  # for strings: the accepted values, when limited
    # For strings: the empty string is refused (a path: `-s NEWS_DB=$DB` with DB unset).
    nonempty: bool = False

    def describe(self) -> str:
        if self.kind is bool:
            return "true or false"
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.kind is str:
            return "a path, not empty" if self.nonempty else "a string"
        what = "a whole number" if self.kind is int else "a finite number"
        if self.low is not None and self.high is not None:
            return f"{what} from {_bound(self.low)} to {_bound(self.high)}"
        if self.low is not None:
            return f"{what} of at least {_bound(self.low)}"
        return what


def _bound(number: float) -> str:
    """A limit as the user types it: every digit of a whole number (``:g`` wrote
    NEWS_DB_BUSY_TIMEOUT_MS's 86400000 as "8.64e+07", DOWNLOAD_MAXSIZE's 2**40 as
    "1.09951e+12", a number the setting does not accept), a fraction as it is short."""
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


_BIG = 1 << 40
RULES: dict[str, Rule] = {
    # Scrapy settings a source may change (crawler.sources.ALLOWED_SETTINGS) and a few others.
    "DOWNLOAD_DELAY": Rule(float, 0, 86_400),
    "CONCURRENT_REQUESTS": Rule(int, 1, 100_000),
    "CONCURRENT_REQUESTS_PER_DOMAIN": Rule(int, 1, 10_000),
    "AUTOTHROTTLE_ENABLED": Rule(bool),
    "AUTOTHROTTLE_TARGET_CONCURRENCY": Rule(float, 0.01, 10_000),
    "AUTOTHROTTLE_MAX_DELAY": Rule(float, 0, 86_400),
    "DOWNLOAD_TIMEOUT": Rule(float, 0.001, 86_400),
    "DOWNLOAD_MAXSIZE": Rule(int, 0, _BIG),
    "DOWNLOAD_WARNSIZE": Rule(int, 0, _BIG),
    "ROBOTSTXT_OBEY": Rule(bool),
    "USER_AGENT": Rule(str),
    "RETRY_TIMES": Rule(int, 0, 100),
    "REDIRECT_MAX_TIMES": Rule(int, 0, 100),
    # -L / -s LOG_LEVEL: Scrapy hands it to logging as it starts, which raised a traceback.
    "LOG_LEVEL": Rule(str, choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")),
    # Newsloom's own (crawler/settings.py); tests/unit/test_config.py checks none is missing.
    # Empty, NEWS_DB said "cannot open the database : unable to open database file" and
    # NEWS_SOURCES read no sources ("no sources configured in  ( does not exist)").
    "NEWS_DB": Rule(str, nonempty=True),
    "NEWS_SOURCES": Rule(str, nonempty=True),
    "NEWS_CONTACT": Rule(str),
    "NEWS_LOG_DIR": Rule(str),
    "NEWS_LOG_LEVEL": Rule(str, choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")),
    "NEWS_RUN_ID": Rule(int, 0, _BIG),
    "NEWS_DB_BATCH_SIZE": Rule(int, 1, 1_000_000),
    "NEWS_DB_FLUSH_SECONDS": Rule(float, 0, 86_400),
    "NEWS_DB_BUSY_TIMEOUT_MS": Rule(int, 0, 86_400_000),
    "NEWS_MIN_TEXT_CHARS": Rule(int, 0, _BIG),
    "NEWS_WORKERS": Rule(int, 0, 1024),
    "NEWS_WORKER_PRELOAD": Rule(str),
    "NEWS_EXTRACT_TIMEOUT": Rule(float, 0.001, 86_400),
    "NEWS_EXTRACT_MAX_CHARS": Rule(int, 1, _BIG),
    "NEWS_WORKER_MAX_TASKS": Rule(int, 1, _BIG),
    "NEWS_DEDUP_THRESHOLD": Rule(float, 0, 1),
    "NEWS_LANGUAGE_CHARS": Rule(int, 1, _BIG),
    "NEWS_LEARN_MIN_ARTICLES": Rule(int, 1, _BIG),
    "NEWS_LEARN_MIN_SHARE": Rule(float, 0, 1),
    "NEWS_LEARN_REFRESH_SECONDS": Rule(float, 0, 86_400),
    "NEWS_KEEP_HTML": Rule(bool),
    "NEWS_EXPLAIN": Rule(bool),
    "NEWS_DB_TEMPORARY": Rule(bool),
    "NEWS_TEXT_CONSENSUS": Rule(bool),
    "NEWS_TEXT_FAST": Rule(bool),
    "NEWS_DRY_RUN": Rule(bool),
    "NEWS_LOG_KEEP_DAYS": Rule(float, 0, 36_500),
    "NEWS_PROGRESS_INTERVAL": Rule(float, 0, 86_400),
    "NEWS_TERMINAL_DUMPS": Rule(bool),
    "NEWS_CRAWLALL_CONCURRENCY": Rule(int, 1, 1024),
    "NEWS_SCRAPYD_PROJECT": Rule(str),
    "NEWS_SCRAPYD_POLL_SECONDS": Rule(float, 0.01, 3600),
    "NEWS_SCRAPYD_NODE_TIMEOUT": Rule(float, 0, 86_400),
    "NEWS_SCRAPYD_JOBS_PER_NODE": Rule(int, 1, 1024),
    "NEWS_SCRAPYD_NETRC": Rule(str),
    "NEWS_INCREMENTAL": Rule(bool),
    "NEWS_RECHECK_AFTER_HOURS": Rule(float, 0, 876_000),
    "NEWS_CONDITIONAL_GET": Rule(bool),
    "NEWS_REVISIT_DAYS": Rule(float, 0, 36_500),
    "NEWS_REVISIT_EVERY_HOURS": Rule(float, 0, 876_000),
    "NEWS_REVISIT_MAX": Rule(int, 0, _BIG),
    "NEWS_RETRY_AFTER_MAX": Rule(float, 0, 86_400),
    "NEWS_CRAWL_DELAY_MAX": Rule(float, 0, 86_400),
    "NEWS_ROBOTS_COPY_MAX_DAYS": Rule(float, 0, 36_500),
    "NEWS_LISTING_MAX_ENTRIES": Rule(int, 0, _BIG),
    "NEWS_SITEMAP_MAX_DEPTH": Rule(int, 0, 100),
    "NEWS_SITEMAP_MAX_COUNT": Rule(int, 0, _BIG),
    "NEWS_SITEMAP_MAXSIZE": Rule(int, 1, _BIG),
    "NEWS_SITEMAP_LOW_WATER": Rule(int, 1, _BIG),
    "NEWS_WARC_IN_FLIGHT": Rule(int, 0, 1_000_000),
    "NEWS_REPROCESS_IN_FLIGHT": Rule(int, 0, 1_000_000),
    "NEWS_WARC_CHECKPOINT_SECONDS": Rule(float, 0, 86_400),
    "NEWS_WARC_DIR": Rule(str),
    "NEWS_WARC_MAX_MB": Rule(float, 0.001, 1_000_000),
    "NEWS_WARC_KEEP_REQUEST_COOKIES": Rule(bool),
    "NEWS_PENDING_BACKOFF_MINUTES": Rule(float, 0, 525_600),
    "NEWS_PENDING_MAX_ATTEMPTS": Rule(int, 1, 1000),
    "NEWS_PENDING_RETRY_GIVEN_UP": Rule(bool),
    "NEWS_PENDING_CHECKPOINT_SECONDS": Rule(float, 0, 86_400),
    "NEWS_SOURCE_TIME_BUDGET": Rule(float, 0, 31_536_000),
}

_TRUE = ("1", "true", "True")
_FALSE = ("0", "false", "False")


def check_value(name: str, value: Any, *, typed: bool) -> Any:
    """``value`` as the setting's type, or SettingsError naming ``name``.

    ``typed``: the value comes from TOML and must already have the right type; otherwise
    (``-s NAME=VALUE``) a string is read the way Scrapy's getint/getfloat/getbool read it.
    """
    rule = RULES.get(name)
    if rule is None:
        return value
    problem = f"{name}={value!r}: must be {rule.describe()}"
    if rule.kind is str:
        if isinstance(value, os.PathLike) and not rule.choices:
            return value  # NEWS_DB and the other paths, set from Python
        if not isinstance(value, str) or (rule.choices and value not in rule.choices):
            raise SettingsError(problem)
        if rule.nonempty and not value.strip():
            raise SettingsError(problem)
        return value
    if rule.kind is bool:
        if isinstance(value, bool):
            return value
        if not typed and isinstance(value, str | int) and str(value) in _TRUE + _FALSE:
            return str(value) in _TRUE
        raise SettingsError(problem)
    if isinstance(value, bool) or (typed and not isinstance(value, int | float)):
        raise SettingsError(problem)
    try:
        # Scrapy's getint is int(value): "5" passes, "5.0" and 2.5 do not.
        number: float = _whole(value) if rule.kind is int else float(value)
    except (TypeError, ValueError):
        raise SettingsError(problem) from None
    if not math.isfinite(number):
        raise SettingsError(problem)
    if (rule.low is not None and number < rule.low) or (
        rule.high is not None and number > rule.high
    ):
        raise SettingsError(problem)
    return number


def _whole(value: Any) -> int:
    if isinstance(value, float):
        raise ValueError("not a whole number")
    return int(value)


def check_mapping(values: Mapping[str, Any], *, typed: bool) -> dict[str, Any]:
    """Every value checked; the first bad one raises."""
    return {name: check_value(name, value, typed=typed) for name, value in values.items()}


# Folders a run writes into, made when it starts.
FOLDER_SETTINGS = ("NEWS_LOG_DIR", "NEWS_WARC_DIR")


def check_names(settings: BaseSettings) -> None:
    """Refuse a ``NEWS_`` setting that Newsloom does not have: ``-s NEWS_DBB=x.db`` was
    ignored without a word, and the run wrote into ``news.db`` instead of ``x.db``."""
    unknown = sorted(name for name in settings if name.startswith("NEWS_") and name not in RULES)
    if not unknown:
        return
    # Compared without the prefix they share, or every name is near every other.
    ours = [name.removeprefix("NEWS_") for name in RULES if name.startswith("NEWS_")]
    near = difflib.get_close_matches(unknown[0].removeprefix("NEWS_"), ours, n=1, cutoff=0.75)
    hint = f"; did you mean NEWS_{near[0]}?" if near else ""
    raise SettingsError(
        f"{unknown[0]}: Newsloom has no such setting{hint} (crawler/settings.py lists them)"
    )


def check_values(settings: BaseSettings) -> None:
    """Check every setting with a rule (defaults and overrides alike) and that every
    ``NEWS_`` setting is one; raise SettingsError. What a command that only reads the store
    needs: the folders a run writes into are not its concern."""
    check_names(settings)
    for name in RULES:
        value = settings.get(name)
        if value is not None:
            check_value(name, value, typed=False)


def check_settings(settings: BaseSettings) -> None:
    """:func:`check_values`, and that the folders a run writes into can be made there."""
    check_values(settings)
    for name in FOLDER_SETTINGS:
        value = settings.get(name)
        problem = folder_problem(Path(value)) if value else None
        if problem:
            raise SettingsError(f"{name}={str(value)!r}: {problem}")


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be made or written into, judged by its nearest existing part
    (nothing is made here); None when it can. One under a file ended the run's start in a
    NotADirectoryError traceback; an output file's folder under a file was "File exists"."""
    for place in (folder, *folder.parents):
        if not place.exists():
            continue
        if not place.is_dir():
            return f"{place} is not a folder"
        if not os.access(place, os.W_OK | os.X_OK):
            return f"{place} cannot be written into"
        return None
    return None
