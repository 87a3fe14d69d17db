"""What a person sees: progress lines, the closing summary, usage errors, quiet pipes."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.cli import usage_of
from crawler.extensions.progress import progress_line
from crawler.plural import plural
from crawler.runs.logfile import FileOnly, route_dumps_to_file
from crawler.runs.outcome import EXIT_OK, EXIT_PARTIAL, EXIT_STOPPED, SourceOutcome, source_outcome
from crawler.runs.report import streak_flags
from crawler.runs.summary import closing_lines, db_option
from crawler.sources import SourceError, adhoc_source, check_adhoc_keys, source_name
from crawler.spiders.news import NewsSpider

STATS = {
    "response_received_count": 120,
    "news/store/new": 80,
    "news/store/updated": 5,
    "news/dedup/near": 3,
    "news/drop/too_short": 10,
    "news/feed/parsed": 1,
}


def test_progress_line_counts_rate_and_eta() -> None:
    line = progress_line(STATS, elapsed=120.0, queued=300)
    assert line == (
        "120 pages fetched, 85 articles stored (80 new, 5 updated), 3 copies, 10 dropped; "
        "60 pages/min; 300 to fetch, about 5 min left"
    )


@pytest.mark.parametrize(
    ("arguments", "named"),
    [({"source": "corpus"}, "corpus"), ({}, "127.0.0.1")],
)
def test_an_adhoc_runs_progress_line_names_its_source(
    arguments: dict[str, str], named: str
) -> None:
    """The closing summary and `scrapy runs` name an ad-hoc run by its -a source= label, else
    the host; its progress lines said "news:", the spider's name, whatever the label."""
    project = Settings()
    project.setmodule("crawler.settings")
    crawler = get_crawler(NewsSpider, settings_dict=project.copy_to_dict())
    spider = crawler._create_spider(feed="http://127.0.0.1:8765/feed.xml", **arguments)
    assert spider.name == "news" and source_name(spider) == named


def test_progress_line_has_no_eta_before_a_listing_was_read() -> None:
    line = progress_line({"response_received_count": 1}, elapsed=10.0, queued=4)
    assert "to fetch" not in line and "left" not in line
    assert progress_line({}, elapsed=0.0, queued=None).startswith("0 pages fetched")


def test_progress_line_of_a_warc_ingest_says_how_far_into_the_archive_it_is() -> None:
    """It said "0 pages fetched, 40 articles stored ...; 0 pages/min" for as long as the
    ingestion ran, with no hint of how much of the archive was read or was left."""
    stats = {
        "news/warc/records": 120,
        "news/store/new": 40,
        "news/warc/bytes_total": 8_000_000,
        "news/warc/bytes_read": 2_000_000,
    }
    assert progress_line(stats, elapsed=60.0, queued=0) == (
        "120 WARC records read (25% of 8.0 MB), 40 articles stored (40 new, 0 updated), "
        "0 copies, 0 dropped; 120 records/min, about 3 min left"
    )
    done = {**stats, "news/warc/bytes_read": 8_000_000}
    assert progress_line(done, elapsed=60.0, queued=0).endswith("; 120 records/min")


def test_closing_lines_after_a_stop_say_how_to_go_on() -> None:
    stats = {**STATS, "finish_reason": "shutdown", "start_time": 1}
    outcome = source_outcome("demo", stats)
    lines = closing_lines(7, EXIT_STOPPED, [(outcome, stats, {"too_short": 10})], 75.0, "news.db")
    assert lines[0].startswith("demo: failed (stopped by Ctrl-C or SIGTERM); 120 pages, 80 new")
    assert "stopped: 85 articles saved; run the same command again to continue" in lines
    assert "run 7 finished in 75 s: exit 130 (stopped)" in lines[-2]
    assert lines[-1].startswith("look at it: scrapy browse ")


def test_closing_lines_after_a_stopped_reprocess_say_what_its_rerun_continues() -> None:
    """A stopped reprocess said "run the same command again to finish: it reads every stored
    page again": its rerun started over from the first page. Its rerun now continues (the
    pages done are kept per source, crawler/storage/reprocess_passes.py): the line says how
    many pages are done, those of the run it continued included, and that they are not read
    again; the source's line says how many the run did not read again."""
    stats = {
        "news/reprocess/pages": 117,
        "news/reprocess/done": 100,
        "news/reprocess/done_before": 216,
        "news/reprocess/continued_run": 2,
        "news/store/updated": 60,
        "news/store/unchanged": 40,
        "finish_reason": "shutdown",
        "start_time": 1,
    }
    outcome = source_outcome("demo", stats)
    lines = closing_lines(3, EXIT_STOPPED, [(outcome, stats, {})], 35.0, "news.db")
    assert lines[0].startswith(
        "demo: failed (stopped by Ctrl-C or SIGTERM); 117 stored pages read (216 more done by "
        "run 2 before its stop, not read again), 0 new, 60 updated, 40 unchanged,"
    )
    assert lines[1] == (
        "stopped: 60 articles saved; 316 stored pages done; run the same command again to "
        "continue: it does not read them again"
    )


def test_closing_lines_of_a_dry_run_say_that_nothing_was_written() -> None:
    """A dry run (`reprocess --dry-run`) records no run: no "run 0 finished", no "stopped: N
    articles saved" (none was), no pointer to look at rows it did not write; its counts are
    what a reprocess would do."""
    stats = {"news/reprocess/pages": 5, "news/store/updated": 2, "news/reprocess/done": 5}
    stopped = {**stats, "finish_reason": "shutdown", "start_time": 1}
    for code, given in ((EXIT_OK, {**stats, "finish_reason": "finished"}), (EXIT_STOPPED, stopped)):
        outcome = source_outcome("demo", given)
        lines = closing_lines(0, code, [(outcome, given, {})], 5.0, "news.db", dry_run=True)
        assert len(lines) == 2 and lines[0].startswith("demo: ")
        assert lines[1].startswith(f"dry run finished in 5 s: exit {code} (")
        assert "; nothing written to " in lines[1]
        assert lines[1].endswith(
            "news.db, no run recorded: the counts above are what the same "
            "command without --dry-run would do"
        )


def test_closing_lines_name_the_drops_reasons() -> None:
    """The summary said "12 dropped" alone: which pages were gone, too large or not HTML was
    only in Scrapy's stats. The reasons follow, most first; no drop adds nothing."""
    stats = {**STATS, "finish_reason": "finished"}
    outcome = source_outcome("a", stats)
    drops = {"http_404": 2, "too_short": 9, "binary": 1}
    line = closing_lines(1, EXIT_OK, [(outcome, stats, drops)], 1.0, "news.db")[0]
    assert "12 dropped (too_short 9, http_404 2, binary 1), " in line
    line = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, "news.db")[0]
    assert ", 0 dropped, " in line


def test_closing_lines_name_the_warc_records_skipped() -> None:
    """Records a WARC ingestion skipped (binary, not HTML, damaged) were counted under
    news/warc/skip/ and nowhere in the summary: a loss the user did not see."""
    stats = {**STATS, "finish_reason": "finished"}
    outcome = source_outcome("a", stats)
    skipped = {**stats, "news/warc/skip/binary": 2, "news/warc/skip/non_html": 5}
    skipped["news/warc/skip/not_response"] = 9  # warcinfo and requests: no page lost
    line = closing_lines(1, EXIT_OK, [(outcome, skipped, {})], 1.0, "news.db")[0]
    assert ", 0 dropped, 7 WARC records skipped (non_html 5, binary 2), " in line
    line = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, "news.db")[0]
    assert "skipped" not in line and "WARC files" not in line


@pytest.mark.parametrize(
    ("stat", "words"),
    [
        ("news/sitemap/children_deferred", "1200 sitemaps left for the next runs"),
        ("news/listing/capped_entries", "1200 articles left for the next runs"),
    ],
)
def test_closing_lines_name_what_was_left_for_the_next_runs(stat: str, words: str) -> None:
    """An index over NEWS_SITEMAP_MAX_COUNT, or a listing with more new entries than
    NEWS_LISTING_MAX_ENTRIES, is read over several runs: the line said "ok" and nothing of
    what was left, as if the source had been read whole."""
    stats = {**STATS, "finish_reason": "finished"}
    outcome = source_outcome("a", stats)
    left = {**stats, stat: 1200}
    line = closing_lines(1, EXIT_OK, [(outcome, left, {})], 1.0, "news.db")[0]
    assert line.startswith("a: ok; ")
    assert f", 0 dropped, {words}, " in line
    line = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, "news.db")[0]
    assert "left for the next runs" not in line


def test_closing_lines_name_the_warc_files_read_before() -> None:
    """A rerun on a WARC file read completely before said "0 new" and nothing else."""
    stats = {**STATS, "finish_reason": "finished", "news/warc/files/already_done": 2}
    outcome = source_outcome("a", stats)
    line = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, "news.db")[0]
    assert ", 0 dropped, 2 WARC files read before (not read again), " in line
    # Nothing read, nothing fetched: the line said "0 pages" for an ingestion.
    rerun = {"finish_reason": "finished", "news/warc/bytes_total": 0}
    rerun["news/warc/files/already_done"] = 1
    line = closing_lines(1, EXIT_OK, [(source_outcome("a", rerun), rerun, {})], 1.0, "x.db")[0]
    assert line.startswith("a: ok; 0 WARC records, 0 new, "), line


def test_closing_lines_name_the_warc_files_that_could_not_be_read() -> None:
    """An ingest that read some files and not others said "ok" and exit 0: the unreadable
    file was named only in an ERROR line of the log."""
    stats = {
        **STATS,
        "finish_reason": "finished",
        "news/warc/records": 6,
        "news/warc/files/unreadable": 1,
        "news/warc/files/unreadable_names": ["/data/page.warc.gz"],
    }
    outcome = source_outcome("a", stats)
    lines = closing_lines(1, EXIT_PARTIAL, [(outcome, stats, {})], 1.0, "news.db")
    assert lines[0].startswith("a: partly failed (1 WARC file unreadable: /data/page.warc.gz); ")
    assert "run 1 finished in 1 s: exit 3 (partly failed)" in lines[-2]


def test_closing_lines_name_the_warc_records_read_without_their_hints() -> None:
    """A record whose listing hints could not be read was ingested without them, and only a
    warning said so."""
    stats = {**STATS, "finish_reason": "finished", "news/warc/hints_unreadable": 3}
    outcome = source_outcome("a", stats)
    line = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, "news.db")[0]
    assert ", 0 dropped, 3 WARC records' listing hints unreadable (read without them), " in line


def test_closing_lines_say_what_a_run_that_fetches_nothing_read() -> None:
    """A WARC ingestion and a reprocess fetch nothing: their lines said "0 pages, 5 new"."""
    base = {"finish_reason": "finished", "news/store/new": 5}
    warc = {**base, "news/warc/records": 6}
    stored = {**base, "news/reprocess/pages": 7}
    lines = [
        closing_lines(1, EXIT_OK, [(source_outcome("a", s), s, {})], 1.0, "news.db")[0]
        for s in (warc, stored, base)
    ]
    assert lines[0].startswith("a: ok; 6 WARC records, 5 new, ")
    assert lines[1].startswith("a: ok; 7 stored pages read, 5 new, ")
    assert lines[2].startswith("a: ok; 0 pages, 5 new, ")


def test_closing_lines_claim_no_counts_for_a_job_that_left_no_record() -> None:
    """A Scrapyd job killed while storing left no record: its line said "0 new" although
    the store held its articles, and a stopped run's saved total was taken as complete."""
    stats = {**STATS, "finish_reason": "shutdown", "start_time": 1}
    lost = SourceOutcome("b", False, "job run3-b on http://n2:6800/ ended without a record")
    none: dict[str, int] = {}
    sources = [(source_outcome("a", stats), stats, none), (lost, {}, none)]
    lines = closing_lines(3, EXIT_STOPPED, sources, 9.0, "news.db")
    assert lines[1] == f"b: failed ({lost.reason}); no counts recorded"
    assert "stopped: at least 85 articles saved; run the same command again to continue" in lines
    assert lines[0].startswith("a: failed (stopped by Ctrl-C or SIGTERM); 120 pages, 80 new")


def test_closing_lines_name_a_database_the_commands_would_not_find(tmp_path: Path) -> None:
    stats = {**STATS, "finish_reason": "finished"}
    db = str(tmp_path / "x.db")
    lines = closing_lines(1, EXIT_OK, [(source_outcome("a", stats), stats, {})], 1.0, db)
    assert not any(line.startswith("stopped") for line in lines)
    assert f"scrapy browse -s NEWS_DB={db}" in lines[-1]
    assert db_option("news.db", "news.db") == ""


def test_closing_lines_point_at_no_temporary_database(tmp_path: Path) -> None:
    """``scrapy explain`` removes its temporary database as it ends: the closing lines told
    the user to browse it."""
    stats = {**STATS, "finish_reason": "finished"}
    db = str(tmp_path / "explain.db")
    outcome = source_outcome("explain", stats)
    lines = closing_lines(1, EXIT_OK, [(outcome, stats, {})], 1.0, db, temporary=True)
    assert not any(db in line for line in lines)
    assert lines[-1].endswith("its temporary database is removed (-s NEWS_DB=FILE keeps the rows)")


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (["feeds"], "unknown argument -a feeds=…; did you mean -a feed=…?"),
        (["colour"], "unknown argument -a colour=…; known: feed"),
    ],
)
def test_unknown_adhoc_key_names_the_fix(keys: list[str], message: str) -> None:
    with pytest.raises(SourceError, match=message):
        check_adhoc_keys(keys)
    check_adhoc_keys(["feed", "allow_hosts", "follow", "deny"])


def test_adhoc_allow_hosts_follow_and_deny() -> None:
    source = adhoc_source(
        start="https://example.org/",
        allow_hosts="CDN.example.org",
        follow="/politik/",
        deny="/video/,/foto/",
    )
    assert ("cdn.example.org", 443) in source.trusted_endpoints
    assert source.follow_allow == ("/politik/",)
    assert source.follow_deny == ("/video/", "/foto/")
    with pytest.raises(SourceError, match="not a regex"):
        adhoc_source(start="https://example.org/", follow="([")


def test_dumps_go_to_the_file_only() -> None:
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    file_handler = Collect(level=logging.INFO)
    terminal: list[str] = []
    logger = logging.getLogger("scrapy.statscollectors")
    crawler_logger = logging.getLogger("scrapy.crawler")
    try:
        route_dumps_to_file(file_handler)

        class Terminal(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                terminal.append(record.getMessage())

        term = Terminal(level=logging.INFO)
        logger.addHandler(term)
        crawler_logger.addHandler(term)
        logger.setLevel(logging.INFO)
        crawler_logger.setLevel(logging.INFO)
        logger.info("Dumping Scrapy stats: {}")
        logger.warning("a warning still shows")
        crawler_logger.info("Overridden settings: {}")
        crawler_logger.info("Received SIGINT, shutting down gracefully")
    finally:
        for lg in (logger, crawler_logger):
            lg.removeHandler(term)
            lg.filters = [f for f in lg.filters if not isinstance(f, FileOnly)]
            lg.setLevel(logging.NOTSET)
    assert records == ["Dumping Scrapy stats: {}", "Overridden settings: {}"]
    assert terminal == ["a warning still shows", "Received SIGINT, shutting down gracefully"]


def test_print_out_survives_a_closed_pipe() -> None:
    code = (
        "from crawler.console import print_out\n"
        "for n in range(100000):\n"
        "    print_out('line %d ' % n + 'x' * 80)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # what `| head` does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert b"BrokenPipeError" not in err


def test_warc_filters_are_known_adhoc_keys() -> None:
    check_adhoc_keys(["warc", "hosts", "since", "until", "languages"])


def test_a_command_reading_the_archive_stops_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``scrapy runs`` / ``export`` on a file that is no database printed a traceback; a
    missing one is not created (a usage error), one that cannot be opened is a failure."""
    from scrapy.exceptions import UsageError
    from scrapy.settings import Settings

    from crawler.console import open_archive

    missing, garbage = tmp_path / "none.db", tmp_path / "notes.db"
    garbage.write_text("shopping list\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"no database at .*none\.db"):
        open_archive(Settings({"NEWS_DB": str(missing)}))
    assert not missing.exists()
    with pytest.raises(SystemExit) as stopped:
        open_archive(Settings({"NEWS_DB": str(garbage), "NEWS_DB_BUSY_TIMEOUT_MS": 1000}))
    assert stopped.value.code == 1
    said = capsys.readouterr().err
    assert said.startswith(f"newsloom: cannot open the database {garbage}: file is not a")
    assert garbage.read_text(encoding="utf-8") == "shopping list\n"


@pytest.mark.parametrize("shape", ["a folder", "under a file"])
def test_the_reading_commands_and_reprocess_say_a_store_path_that_names_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str
) -> None:
    """``scrapy runs`` / ``reprocess`` with ``-s NEWS_DB=<a folder>`` said "unable to open
    database file", and under a file "no database at": the crawls' line now, exit 1. So
    does ``scrapy copydb`` for either of its databases (its target was "unable to open")."""
    import argparse

    from scrapy.settings import Settings

    from crawler.commands import copydb
    from crawler.commands.reprocess import Command
    from crawler.console import open_archive

    afile = tmp_path / "notes.db"
    afile.write_text("x", encoding="utf-8")
    db = str(tmp_path) if shape == "a folder" else str(afile / "news.db")
    why = (
        "it is a folder; name the database file in it"
        if shape == "a folder"
        else (f"{afile} is a file, not a folder")
    )
    reprocess = Command()
    reprocess.settings = Settings({"NEWS_DB": db})
    copy = copydb.Command()
    copy.settings = Settings({"NEWS_DB_BUSY_TIMEOUT_MS": 1000})
    other = str(tmp_path / "other.db")
    for reads in (
        lambda: open_archive(Settings({"NEWS_DB": db})),
        lambda: reprocess.check_usage([], argparse.Namespace(dry_run=False)),
        lambda: copy.run([db, other], argparse.Namespace()),
        lambda: copy.run([other, db], argparse.Namespace()),
    ):
        with pytest.raises(SystemExit) as stopped:
            reads()
        assert stopped.value.code == 1
        assert capsys.readouterr().err == f"newsloom: cannot use {db}: {why}\n"


def test_a_missing_archive_stops_the_command_before_the_crawl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-a warc=`` naming no file was a traceback from inside the crawl, exit 1."""
    from crawler.commands.crawl import Command
    from crawler.runs.runner import Target
    from crawler.spiders.news import NewsSpider

    target = Target("news", NewsSpider, {"warc": str(tmp_path / "none.warc.gz")})
    with pytest.raises(SystemExit) as stop:
        Command().check_arguments([target])
    assert stop.value.code == 2
    assert "none.warc.gz'" in capsys.readouterr().err


def test_a_configured_source_given_adhoc_arguments_is_refused_in_one_wording(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The command's usage line and the spider's own refusal (a spider built another way)
    said it in two wordings; both come from sources.spider_source now."""
    from crawler.commands.crawl import Command
    from crawler.runs.runner import Target
    from crawler.sources import Source
    from crawler.spiderloader import spider_for

    spidercls = spider_for(Source(name="zeit", feeds=("https://a.example/feed",)))
    said = (
        "zeit is configured in sources.toml and takes no -a arguments; "
        "use `scrapy crawl news -a …` for an ad-hoc run"
    )
    with pytest.raises(SystemExit) as stop:
        Command().check_arguments([Target("zeit", spidercls, {"feed": "https://b.example/f"})])
    assert stop.value.code == 2
    assert capsys.readouterr().err == f"newsloom: {said}\n"
    with pytest.raises(SourceError) as refused:
        spidercls(feed="https://b.example/f")
    assert str(refused.value) == said
    assert spidercls().news_source == Source(name="zeit", feeds=("https://a.example/feed",))


def test_closing_lines_say_what_became_of_every_article() -> None:
    """Articles found stored (unchanged, or older than a later fetch another run committed
    first), not asked for again, unfinished or given up showed in no closing line."""
    stats = {
        **STATS,
        "finish_reason": "finished",
        "news/store/unchanged": 4,
        "news/revisit/not_modified": 1,
        "news/store/older": 2,
        "news/incremental/skip_stored": 30,
        "news/incremental/skip_waiting": 1,
        "news/pending/added": 3,
        "news/pending/given_up": 1,
    }
    line = closing_lines(1, EXIT_OK, [(source_outcome("a", stats), stats, {})], 1.0, "x.db")[0]
    assert (
        "80 new, 5 updated, 5 unchanged, 2 older than stored, "
        "31 not fetched again (stored 30, waiting 1), 2 unfinished, 1 given up, 3 copies, "
    ) in line
    # A page given up at once (over DOWNLOAD_MAXSIZE) is a drop: said once, there, and the
    # other given up after its tries stays "1 given up".
    stats |= {"news/pending/given_up": 2, "news/pending/given_up_dropped": 1}
    drops = {"too_large": 1, "http_404": 1}
    line = closing_lines(1, EXIT_OK, [(source_outcome("a", stats), stats, drops)], 1.0, "x.db")[0]
    assert ", 1 unfinished, 1 given up, 3 copies, " in line
    assert " 2 dropped (http_404 1, too_large 1; 1 of them given up), " in line
    stats["news/pending/given_up"] = 1
    line = closing_lines(1, EXIT_OK, [(source_outcome("a", stats), stats, drops)], 1.0, "x.db")[0]
    assert " given up, " not in line and "; 1 of them given up)" in line
    # None of them happened: nothing more is said.
    line = closing_lines(1, EXIT_OK, [(source_outcome("a", STATS), STATS, {})], 1.0, "x.db")[0]
    assert "80 new, 5 updated, 3 copies, " in line


def test_newsloom_names_itself_in_a_commands_usage() -> None:
    """Scrapy writes "scrapy CMD …" into every command's usage line, whatever program ran it:
    `newsloom crawlall`'s usage errors were headed "scrapy crawlall"."""
    assert usage_of("scrapy crawlall [options] [SOURCE ...]") == (
        "newsloom crawlall [options] [SOURCE ...]"
    )
    # Only Scrapy's own head is replaced: another usage, or none, is left as it is.
    assert usage_of("crawl scrapy things") == "crawl scrapy things"
    assert usage_of(None) is None


def test_counts_of_one_are_said_in_the_singular() -> None:
    """The summary said "1 articles saved", "1 pages", "1 copies", "1 errors", and the
    progress line "1 pages fetched"; they, the runs table's streaks and the exports' counts
    ("Wrote 1 pages") now go through one helper."""
    assert [plural(n, "copy", "copies") for n in (0, 1, 2)] == ["0 copies", "1 copy", "2 copies"]
    one = {
        "response_received_count": 1,
        "news/store/new": 1,
        "news/dedup/near": 1,
        "log_count/ERROR": 1,
        "news/warc/records": 1,
        "news/warc/skip/binary": 1,
        "news/warc/files/already_done": 1,
        "news/warc/hints_unreadable": 1,
        "news/reprocess/pages": 1,
        "finish_reason": "shutdown",
    }
    outcome = source_outcome("a", one)
    lines = closing_lines(1, EXIT_STOPPED, [(outcome, one, {"too_short": 1})], 1.0, "news.db")
    assert lines[0] == (
        "a: failed (stopped by Ctrl-C or SIGTERM); 1 page, 1 WARC record, 1 stored page read, "
        "1 new, 0 updated, 1 copy, 1 dropped (too_short 1), 1 WARC record skipped (binary 1), "
        "1 WARC file read before (not read again), 1 WARC record's listing hints unreadable "
        "(read without them), 0 refused, 1 error"
    )
    # The singular is the point here; the stats hold a reprocess's, which says what is done.
    assert lines[1].startswith("stopped: 1 article saved; 0 stored pages done; run the same")
    assert progress_line(one, elapsed=60.0, queued=None).startswith(
        "1 page fetched, 1 article stored (1 new, 0 updated), 1 copy, 0 dropped; "
    )
    streak = {"runs": 1, "since_run": 4, "since": "2026-03-01T10:00"}
    assert streak_flags({"failing": streak}) == []  # one failed run names its failure already
    assert streak_flags({"nothing_new": {**streak, "runs": 2}})[0].startswith(
        "nothing new for 2 runs"
    )
