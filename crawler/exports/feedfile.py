"""The file a crawl's ``-O FILE`` (or ``-o FILE``) writes: complete under its name, or not there.

Scrapy's own file storage writes straight into FILE and raises from its signal handlers when
it cannot: a folder not writable, a folder under the file's name or a full disk each printed
tracebacks, left a half-written FILE, and the crawl still exited 0. Here the feed is written
to a hidden partial file beside FILE (as ``scrapy export`` does) and renamed once closed; the
first failed write stops the writing, removes the partial file, logs one line and fails the
source (``news/fatal/output_failed``), so the run's exit code says the file is missing. The
articles themselves are stored either way: ``scrapy export`` writes them.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
from pathlib import Path
from typing import IO, Any, Self, cast

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from w3lib.url import file_uri_to_path

from crawler.console import program_name
from crawler.exports.partial import lock_partial, partial_file, publish
from crawler.settings_check import folder_problem

logger = logging.getLogger(__name__)

FAILED_STAT = "news/fatal/output_failed"


class _GuardedFile(io.RawIOBase):
    """A writable stream over the partial file that turns the first ``OSError`` into a note
    for :class:`AtomicFileFeedStorage` and drops every later write: an exception raised
    from the feed exporter's ``item_scraped`` handler was logged with a traceback per item."""

    def __init__(self, storage: AtomicFileFeedStorage, file: IO[bytes] | None) -> None:
        super().__init__()
        self.storage = storage
        self.file = file

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(memoryview(data))
        if self.file is not None:
            try:
                self.file.write(data)
            except OSError as exc:
                self.storage.failed(exc)
        return size

    def flush(self) -> None:
        if self.file is not None:
            try:
                self.file.flush()
            except OSError as exc:
                self.storage.failed(exc)

    def close(self) -> None:
        """Close the partial file (its last buffered bytes are written here)."""
        if self.file is not None:
            file, self.file = self.file, None
            try:
                file.close()
            except OSError as exc:
                self.storage.failed(exc)
        super().close()


# The logger of Scrapy's feed exports, which says "Stored jsonl feed (N items) in: URI" once
# a storage's ``store`` has returned.
FEED_EXPORT_LOGGER = "scrapy.extensions.feedexport"


class _NotStoredFilter(logging.Filter):
    """Drops Scrapy's "Stored … feed (N items) in: URI" line for the one feed whose file was
    not written, once.

    Scrapy logs it whenever ``store`` returns without raising; raising instead logs its
    "Error storing" with a traceback. So a failed ``-O FILE`` logged our ERROR line, then
    "Stored jsonl feed (3 items) in: FILE" at INFO, and a reader of the log took the file
    for written.
    """

    def __init__(self, uri: str) -> None:
        super().__init__()
        self.suffix = f" in: {uri}"
        self.dropped = False

    def filter(self, record: logging.LogRecord) -> bool:
        if self.dropped or record.msg != "Stored %s" or not record.args:
            return True
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        if not str(args[0]).endswith(self.suffix):
            return True
        self.dropped = True
        return False


class AtomicFileFeedStorage:
    """Scrapy's ``file`` feed storage, written under a partial name and renamed when complete."""

    def __init__(
        self,
        uri: str,
        *,
        feed_options: dict[str, Any] | None = None,
        stats: StatsCollector | None = None,
    ) -> None:
        self.uri = uri
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri)
        self.partial = partial_file(self.path)
        self.append = not (feed_options or {}).get("overwrite", False)
        self.stats = stats
        self.error: OSError | None = None
        self.file: _GuardedFile | None = None

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> Self:
        return cls(uri, feed_options=feed_options, stats=crawler.stats)

    def open(self, spider: Spider) -> IO[bytes]:
        """The partial file, holding FILE's bytes first when ``-o`` appends to it; a file that
        cannot be opened gives a stream that writes nothing, and the failure is reported once."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Locked before anything is written, and held until the file is renamed: an
            # export starting meanwhile leaves it alone (remove_stale_partials). FILE's
            # bytes were copied in before the lock, and a sweep in between could remove
            # them with the file: -o then replaced FILE with the new items alone.
            file = os.fdopen(lock_partial(self.partial), "wb")
            try:
                file.truncate()
                if self.append and self.path.is_file():
                    with self.path.open("rb") as earlier:
                        shutil.copyfileobj(earlier, file)
            except OSError:
                file.close()
                raise
        except OSError as exc:
            # mkdir's "File exists" (or "Not a directory") did not say which file stands
            # where a folder should be.
            problem = folder_problem(self.path.parent)
            self.failed(exc if problem is None else OSError(exc.errno, problem))
            file = None
        self.file = _GuardedFile(self, file)
        # A binary stream as Scrapy's exporters use one (write, flush, close).
        return cast("IO[bytes]", self.file)

    def store(self, file: IO[bytes]) -> None:
        """Give the partial file FILE's name, or remove it if any write failed.

        Renamed before it is closed, while its ``flock`` is held: closed first, an export
        starting meanwhile took the finished file, still under its partial name, for a
        killed export's and removed it (remove_stale_partials)."""
        file.flush()
        if self.error is None:
            try:
                publish(self.partial, self.path)
            except OSError as exc:
                self.failed(exc)
        file.close()
        if self.error is not None:
            # On a read-only folder even a missing file's unlink fails (EROFS).
            with contextlib.suppress(OSError):
                self.partial.unlink(missing_ok=True)

    def failed(self, exc: OSError) -> None:
        """Note the first failure: one line, and the source fails (its exit code says so)."""
        if self.error is not None:
            return
        self.error = exc
        if self.file is not None and self.file.file is not None:
            file, self.file.file = self.file.file, None  # nothing more is written
            with contextlib.suppress(OSError):  # its bytes are thrown away with it
                file.close()
        if self.stats is not None:
            self.stats.inc_value(FAILED_STAT)
        logging.getLogger(FEED_EXPORT_LOGGER).addFilter(_NotStoredFilter(self.uri))
        logger.error(
            "Could not write %s: %s; it is not written (the articles are stored: "
            "`%s export` writes them)",
            self.path,
            exc.strerror or exc,
            program_name(),
        )
