"""One log file per run, beside Scrapy's usual stderr log.

Scrapy's LOG_FILE replaces stderr; cron mails stderr to the operator and the file is for later,
so both are kept: a second handler on the root logger writes the file. The terminal is for a
person: once the file is there, Scrapy's dumps of settings, components and closing stats go to
the file only.
"""

from __future__ import annotations

import ast
import logging
import pprint
import re
import sys
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from scrapy import exceptions
from scrapy.settings import BaseSettings

from crawler.console import say
from crawler.storage.postgres import is_postgres_url

logger = logging.getLogger(__name__)


def log_dir(settings: BaseSettings) -> Path:
    """NEWS_LOG_DIR, or a ``logs`` folder beside the database when it is empty."""
    configured = settings.get("NEWS_LOG_DIR")
    if configured:
        return Path(configured)
    db = settings.get("NEWS_DB")
    if is_postgres_url(db):  # a shared store: each host keeps its own logs
        return Path("logs").resolve()
    return Path(db).resolve().parent / "logs"


def _label(command: str, sources: list[str]) -> str:
    names = "+".join(sources) if len(sources) <= 3 else f"{len(sources)}-sources"
    return re.sub(r"[^A-Za-z0-9_.+-]", "_", f"{command}-{names}" if names else command)[:120]


# The names attach_run_log gives: NEWS_LOG_DIR may be a folder other programs log into too.
_OWN_LOG = re.compile(r"^\d{8}T\d{6}Z-[A-Za-z0-9_.+-]+\.log$")


def prune_logs(folder: Path, keep_days: float) -> int:
    """Delete Newsloom's run logs older than ``keep_days``: months of 15-minute runs add up.

    Only files named as this module names them are touched; any other file is left alone.
    """
    if keep_days <= 0:
        return 0
    cutoff = time.time() - keep_days * 86400
    removed = 0
    for path in folder.glob("*.log"):
        if not _OWN_LOG.match(path.name):
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


# Loggers whose INFO records are dumps for the file: enabled components, overridden settings,
# the closing stats. Their warnings and errors still reach the terminal.
FILE_ONLY_LOGGERS = (
    "scrapy.addons",
    "scrapy.middleware",
    "scrapy.statscollectors",
    "crawler.runs.summary",  # the closing summary, which the terminal gets without a log prefix
)
FILE_ONLY_MESSAGES = {"scrapy.crawler": "Overridden settings"}


class FileOnly(logging.Filter):
    """Sends a logger's dumps to the run's log file alone.

    Scrapy replaces its terminal handler each time a crawler starts, so a filter on that
    handler would not last; this one sits on the logger, hands the record to the file
    handler itself and stops it there.
    """

    def __init__(self, handler: logging.Handler, prefix: str = "") -> None:
        super().__init__()
        self.handler = handler
        self.prefix = prefix

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        if self.prefix and not str(record.msg).startswith(self.prefix):
            return True
        if record.levelno >= self.handler.level:
            self.handler.handle(record)
        return False


def route_dumps_to_file(handler: logging.Handler) -> None:
    """Keep Scrapy's dumps of settings, components and stats off the terminal."""
    for name in FILE_ONLY_LOGGERS:
        logging.getLogger(name).addFilter(FileOnly(handler))
    for name, prefix in FILE_ONLY_MESSAGES.items():
        logging.getLogger(name).addFilter(FileOnly(handler, prefix))


# Download errors of the network, not of the code. Their traceback runs through Scrapy's and
# Twisted's internals alone: about 60 lines per failed URL (two tracebacks for a dead feed, the
# robots.txt check's and the feed's) that say no more than the exception's message.
_NETWORK_ERRORS = (
    exceptions.CannotResolveHostError,
    exceptions.DownloadCancelledError,
    exceptions.DownloadConnectionRefusedError,
    exceptions.DownloadFailedError,
    exceptions.DownloadTimeoutError,
    exceptions.ResponseDataLossError,
)
# The loggers that write those tracebacks: the scraper's "Error downloading" and robots.txt's.
NETWORK_ERROR_LOGGERS = ("scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt")


# Settings whose value is a password: Scrapy's dump of the overridden settings shows them masked.
SECRET_SETTINGS = ("HTTPAUTH_PASS",)


class MaskedSecrets(logging.Filter):
    """Scrapy's dump of the overridden settings with each password masked.

    ``-s HTTPAUTH_PASS=…``, the way a source's credentials are given (README, "Sources"),
    was written out whole into the run's log file. The dump is ``pprint.pformat`` of a dict
    of setting names: read back and written again with the passwords masked; a dump holding
    a value no literal spells (an object given in settings.py) is masked in its text, each
    password's value running to the next setting's name or the closing brace.
    """

    _secrets = re.compile(
        rf"(({'|'.join(SECRET_SETTINGS)})': ).*?(?=,\s+'[A-Z][A-Z0-9_]*': |\}}$)", flags=re.DOTALL
    )

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        dump = FILE_ONLY_MESSAGES["scrapy.crawler"]
        if str(record.msg).startswith(dump) and isinstance(args, dict):
            record.args = {**args, "settings": self._masked(str(args.get("settings", "")))}
        return True

    def _masked(self, text: str) -> str:
        try:
            settings = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return self._secrets.sub(r"\1'***'", text)
        if not isinstance(settings, dict):
            return text
        masked = {k: "***" if k in SECRET_SETTINGS else v for k, v in settings.items()}
        return pprint.pformat(masked)


class NetworkErrorLine(logging.Filter):
    """A download error of the network is logged as one line: the message and the error's."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, _NETWORK_ERRORS):
            message = record.getMessage()
            record.msg = message if str(error) in message else f"{message}: {error}"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


def shorten_network_errors() -> None:
    """Install :class:`NetworkErrorLine` once on the loggers that write those tracebacks."""
    for name in NETWORK_ERROR_LOGGERS:
        log = logging.getLogger(name)
        if not any(isinstance(f, NetworkErrorLine) for f in log.filters):
            log.addFilter(NetworkErrorLine())


class RunLogHandler(logging.FileHandler):
    """The run's log file, which says once on the terminal when it can no longer be written.

    A full disk or a mount gone away made each record's write fail in logging's own handler,
    which prints a traceback of some 25 lines to stderr for every record (36 in a short run
    on a full disk, all mailed by cron). The first refused write is one line naming the file
    and the error; the file takes no more records, so the run goes on and says what
    happened to it on the terminal and in its database.
    """

    failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def close(self) -> None:
        # Closing writes what the buffer holds, the refused records among them.
        try:
            super().close()
        except OSError as error:
            self._refused(error)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            self._refused(error)
        else:
            super().handleError(record)

    def _refused(self, error: OSError) -> None:
        if not self.failed:
            self.failed = True
            why = error.strerror or str(error)
            say(f"cannot write the run's log {self.baseFilename}: {why}; nothing more goes there")


def mask_secrets() -> None:
    """Install :class:`MaskedSecrets` once on Scrapy's crawler logger, before any filter that
    hands its dumps to the run's log file (``route_dumps_to_file``)."""
    log = logging.getLogger("scrapy.crawler")
    if not any(isinstance(f, MaskedSecrets) for f in log.filters):
        log.filters.insert(0, MaskedSecrets())


def attach_run_log(settings: BaseSettings, command: str, sources: list[str]) -> Path | None:
    """Start writing this run's log file; returns its path, or None when logging is off."""
    shorten_network_errors()
    mask_secrets()
    if not settings.getbool("LOG_ENABLED") or settings.get("LOG_FILE"):
        return None  # --nolog, or the user chose one file for everything with --logfile
    folder = log_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"{stamp}-{_label(command, sources)}.log"
    handler = RunLogHandler(path, encoding=settings.get("LOG_ENCODING") or "utf-8")
    handler.setFormatter(
        logging.Formatter(fmt=settings.get("LOG_FORMAT"), datefmt=settings.get("LOG_DATEFORMAT"))
    )
    handler.setLevel(settings.get("NEWS_LOG_LEVEL"))
    logging.getLogger().addHandler(handler)
    if not settings.getbool("NEWS_TERMINAL_DUMPS"):
        route_dumps_to_file(handler)
    keep = settings.getfloat("NEWS_LOG_KEEP_DAYS")
    removed = prune_logs(folder, keep)
    if removed:
        logger.info("Removed %d run logs older than %s days", removed, keep)
    return path


def skip_unheard_records(
    root: logging.Logger | None = None, loggers: Iterable[logging.Logger] | None = None
) -> int:
    """Raise the root logger's level to the lowest level one of its handlers takes.

    Scrapy leaves the root logger at NOTSET and lets each handler drop what is below its
    level, so every DEBUG call (Scrapy's "Crawled (200)" and "Scraped from" for each article
    among them) still builds a LogRecord and walks the handlers, only to be dropped by all of
    them at the default INFO. With the root at the handlers' lowest level a logger refuses such
    a call at once. A handler that takes everything (level NOTSET, as a test's log capture)
    keeps the root at NOTSET. Scrapy resets the root level whenever a crawler installs its
    handler, so this runs once per crawl (crawler/extensions/quietlog.py). Returns the level set.

    Scrapy's logging config also sets its own ``scrapy`` logger to DEBUG, which every
    ``scrapy.*`` logger inherits before the root's level: their DEBUG records were still built
    (~0.1 ms per article in the crawl process). So ``loggers`` (default: every logger created
    so far) below that level, whose records only the root's handlers could write, are raised
    to it too; a logger with a handler of its own on the way to the root is left alone.
    """
    root = root or logging.getLogger()
    if root.level != logging.NOTSET or not root.handlers:
        return root.level  # a level someone chose stays
    lowest = min(handler.level for handler in root.handlers)
    root.setLevel(lowest)
    if loggers is None:
        loggers = [x for x in root.manager.loggerDict.values() if isinstance(x, logging.Logger)]
    for log in loggers:
        if logging.NOTSET < log.level < lowest and _only_root_hears(log, root):
            log.setLevel(lowest)
    return lowest


def _only_root_hears(log: logging.Logger, root: logging.Logger) -> bool:
    """True when ``log``'s records reach no handler but the root's."""
    current: logging.Logger | None = log
    while current is not None and current is not root:
        if current.handlers or not current.propagate:
            return False
        current = current.parent
    return current is root
