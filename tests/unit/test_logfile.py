"""Issue 17: log rotation, foreign databases and reprocessing never damage what is not ours."""

from __future__ import annotations

import logging
import os
import pprint
import sys
import time
from pathlib import Path

import pytest
from scrapy.exceptions import DownloadConnectionRefusedError

from crawler.runs.logfile import MaskedSecrets, RunLogHandler, prune_logs, skip_unheard_records


def test_log_rotation_deletes_only_newsloom_logs(tmp_path: Path) -> None:
    old = time.time() - 40 * 86400
    ours = tmp_path / "20260101T000000Z-crawlall-demo.log"
    others = [tmp_path / n for n in ("other-app.log", "syslog.log", "2026-01-01.log")]
    for path in [ours, *others]:
        path.write_text("x", encoding="utf-8")
        os.utime(path, (old, old))
    recent = tmp_path / "20990101T000000Z-crawl-news.log"
    recent.write_text("x", encoding="utf-8")
    assert prune_logs(tmp_path, 30) == 1
    assert not ours.exists()
    assert all(p.exists() for p in others)
    assert recent.exists()


def test_root_level_follows_the_handlers_so_unheard_records_are_never_built() -> None:
    import logging

    root = logging.Logger("test-root")  # a root of our own: the real one is pytest's
    child = logging.Logger("test-root.child")
    child.parent = root
    terminal, run_file = logging.Handler(logging.INFO), logging.Handler(logging.WARNING)
    root.addHandler(terminal)
    root.addHandler(run_file)
    # (getEffectiveLevel: isEnabledFor caches per logger manager, and this tree has none)
    assert child.getEffectiveLevel() == logging.NOTSET  # Scrapy's root: DEBUG records are built
    assert skip_unheard_records(root) == logging.INFO
    assert child.getEffectiveLevel() == logging.INFO  # DEBUG is refused at the call

    root.setLevel(logging.NOTSET)
    root.addHandler(logging.Handler(logging.NOTSET))  # e.g. a test's log capture takes all
    assert skip_unheard_records(root) == logging.NOTSET
    assert child.getEffectiveLevel() == logging.NOTSET

    root.setLevel(logging.ERROR)  # a level chosen by someone else is left alone
    assert skip_unheard_records(root) == logging.ERROR


def test_scrapy_loggers_set_to_debug_are_raised_to_the_handlers_level() -> None:
    """Scrapy's logging config puts its ``scrapy`` logger at DEBUG, which its children inherit."""
    import logging

    root = logging.Logger("test-root")
    scrapy_logger = logging.Logger("test-root.scrapy", logging.DEBUG)
    scraper = logging.Logger("test-root.scrapy.scraper")
    scrapy_logger.parent, scraper.parent = root, scrapy_logger
    own = logging.Logger("test-root.own", logging.DEBUG)  # writes its DEBUG records itself
    own.parent = root
    own.addHandler(logging.Handler(logging.DEBUG))
    detached = logging.Logger("test-root.detached", logging.DEBUG)
    detached.parent, detached.propagate = root, False
    root.addHandler(logging.Handler(logging.INFO))
    assert scraper.getEffectiveLevel() == logging.DEBUG

    assert skip_unheard_records(root, [scrapy_logger, scraper, own, detached]) == logging.INFO
    assert scraper.getEffectiveLevel() == logging.INFO  # "Scraped from" is refused at the call
    assert scraper.level == logging.NOTSET  # only the logger that had a level got a new one
    assert own.level == logging.DEBUG
    assert detached.level == logging.DEBUG


def _logged(error: Exception) -> str:
    """What a handler writes for Scrapy's scraper logging ``error`` as it does a failed
    download (with the traceback), through the filter the run installs."""
    import logging

    from crawler.runs.logfile import NetworkErrorLine

    try:
        raise error
    except Exception:
        record = logging.LogRecord(
            "scrapy.core.scraper",
            logging.ERROR,
            __file__,
            1,
            "Error downloading %(request)s",
            ({"request": "<GET http://e.org/feed.xml>"},),
            exc_info=sys.exc_info(),
        )
    NetworkErrorLine().filter(record)
    return logging.Formatter().format(record)


def test_a_network_error_is_one_line_and_a_bug_keeps_its_traceback() -> None:
    """A dead feed put two tracebacks of about 60 lines each on the terminal."""
    refused = DownloadConnectionRefusedError("Connection was refused by other side: 111")
    assert _logged(refused) == (
        "Error downloading <GET http://e.org/feed.xml>: Connection was refused by other side: 111"
    )
    assert "Traceback" in _logged(KeyError("title"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_log_file_on_a_full_disk_is_one_line_on_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # /dev/full refuses every write with ENOSPC, as a full disk does. logging's FileHandler
    # printed '--- Logging error ---' and a traceback to stderr for each record.
    handler = RunLogHandler("/dev/full")
    log = logging.getLogger("tests.full_disk")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(3):
            log.warning("record %d", n)
    finally:
        log.removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "newsloom: cannot write the run's log /dev/full: No space left on device; "
        "nothing more goes there"
    ]


def test_a_log_handler_keeps_the_traceback_of_an_error_that_is_not_the_file_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A record whose message cannot be formatted is a bug in the code that logged it.
    handler = RunLogHandler(tmp_path / "run.log")
    log = logging.getLogger("tests.bad_record")
    log.propagate = False
    log.addHandler(handler)
    try:
        log.warning("%d items", "not a number")
        log.warning("the next record")
    finally:
        log.removeHandler(handler)
        handler.close()
    assert "--- Logging error ---" in capsys.readouterr().err
    assert "the next record" in (tmp_path / "run.log").read_text()


class _Component:
    """A setting's value no literal spells, as settings.py may give one."""


@pytest.mark.parametrize(
    "overridden",
    [
        {"HTTPAUTH_PASS": "s3cret", "HTTPAUTH_USER": "bob"},
        {"A": 1, "HTTPAUTH_PASS": "ab', 'Z': s3cret", "HTTPAUTH_USER": "bob"},
        {"HTTPAUTH_PASS": "s3cret " * 20, "HTTPAUTH_USER": "bob", "X": _Component()},
    ],
    ids=["plain", "quotes", "not_a_literal"],
)
def test_the_settings_dump_shows_no_password(overridden: dict[str, object]) -> None:
    """Scrapy's dump of the overridden settings wrote -s HTTPAUTH_PASS=… whole."""
    record = logging.LogRecord(
        "scrapy.crawler",
        logging.INFO,
        __file__,
        1,
        "Overridden settings:\n%(settings)s",
        ({"settings": pprint.pformat(overridden)},),
        None,
    )
    assert MaskedSecrets().filter(record)
    shown = record.getMessage()
    assert "s3cret" not in shown
    assert "'HTTPAUTH_PASS': '***'" in shown and "'HTTPAUTH_USER': 'bob'" in shown
