"""The run shared by every crawling command: lock, log file, run record, exit code.

``crawl`` (our override of Scrapy's), ``crawlall``, ``demo`` and ``reprocess`` all go through
:meth:`RunCommand.execute_run`, so a manual run and the cron run lock, record and report the
same way.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import importlib
import json
import logging
import signal
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import Spider, signals
from scrapy.commands import BaseRunSpiderCommand
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from twisted.internet import task
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from crawler.console import (
    check_sources,
    program_name,
    refuse_unknown_options,
    say,
    usage_error,
)
from crawler.forkserver import start_for_command_line
from crawler.settings_check import SettingsError, check_settings
from crawler.sources import SourceError, adhoc_source, source_of, spider_source
from crawler.stop import stop_crawl
from crawler.storage import run_records as records
from crawler.storage.database import (
    LOCK_HELD,
    database_errors,
    database_from_settings,
    error_line,
    has_password,
    is_lock_error,
    shown,
    write_transaction,
)

from .collector import resume_collector
from .counts import drop_counts
from .health import quality_so_far
from .interrupt import hand_over, stop_holding
from .lock import DatabaseLocked, LockLost, confirm_locks, lock_database, lock_source, release
from .logfile import attach_run_log
from .nodelogins import NETRC_SETTING, NodeLogins
from .nodes import Dispatch, NodeError, NodeUnreachable, Placed, ScrapydNode, stop_on_signals
from .outcome import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STOPPED,
    SourceOutcome,
    run_exit_code,
    source_outcome,
    stopped,
)
from .storecheck import refused, sqlite_store_problem
from .summary import closing_lines

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)
summary_logger = logging.getLogger("crawler.runs.summary")


def import_tls_aliases() -> None:
    """Import Scrapy's two TLS modules here, one at a time, before the engine's start does.

    As each is imported it makes deprecated aliases of its classes (``ScrapyClientTLSOptions``
    and two context factories) through Scrapy's ``create_deprecated_class``, which calls
    ``inspect.stack()``: every frame's source is read and its module looked up, and a frame
    without a source file (the import machinery's) has each loaded module's file compared
    again. Imported where Scrapy imports them, from its HTTP handler inside the engine's start
    under the reactor, three imports deep, the three calls cost about 0.1 s of CPU per crawl
    (46 and 40 frames, 19 of them without a file); from here, 21 frames and 9, about 0.07 s
    (docs/performance.md, "Round 52, the crawl process's start, second pass"). Same modules,
    same classes, each alias named for its own module: only the stack under the import
    differs.
    """
    for name in ("scrapy.core.downloader.tls", "scrapy.core.downloader.contextfactory"):
        importlib.import_module(name)  # tls first: contextfactory imports it


# Settings of this command line that are not handed to Scrapyd jobs: the node names the log
# file, the run id is set per run, and a job reads the sources deployed with its egg (a path
# of this machine means nothing on another).
_NOT_FORWARDED = frozenset({"LOG_FILE", "NEWS_RUN_ID", "NEWS_SOURCES", NETRC_SETTING})
# Folders a job writes into: given relative, they name the operator's folder, not the node's.
_FOLDER_SETTINGS = ("NEWS_WARC_DIR", "NEWS_LOG_DIR")
# Request headers that carry a credential or a session (a subscriber's cookie).
_SECRET_HEADERS = frozenset({"cookie", "authorization", "proxy-authorization"})


def _as_given(value: object) -> str:
    """A setting's value as a job's ``-s`` takes it: a dict setting (DEFAULT_REQUEST_HEADERS)
    as JSON, which Scrapy reads back; its settings object's text was forwarded, the dict lost."""
    if isinstance(value, BaseSettings):
        return json.dumps(value.copy_to_dict(), default=str)
    return str(value)


def _secret_headers(forwarded: str | None) -> list[str]:
    """The names of the credential or session headers in ``-s DEFAULT_REQUEST_HEADERS``'s
    value as a job gets it (JSON); none when it names none or is no JSON object."""
    try:
        headers = json.loads(forwarded or "{}")
    except ValueError:
        return []
    if not isinstance(headers, dict):
        return []
    return sorted(str(name) for name in headers if str(name).lower() in _SECRET_HEADERS)


# Seconds between two checks, while crawls run, that the run still holds its locks (a
# PostgreSQL restart frees them); a crawl running when one is found lost closes with this reason.
LOCK_CHECK_SECONDS = 2.0
LOCK_LOST_REASON = "lock_lost"


@dataclass
class Target:
    """One crawl of a run: a spider (class or name) and its arguments."""

    name: str
    spider: type[Spider] | str
    spargs: dict[str, Any] = field(default_factory=dict)


def _hosts(spidercls: type[Spider]) -> frozenset[str]:
    source = source_of(spidercls)
    return source.entry_hosts if source is not None else frozenset()


def _passthrough(
    result: Any, callback: Callable[[Crawler, BaseException | None], None], crawler: Crawler
) -> None:
    """Call ``callback(crawler, error)`` when a crawl's Deferred fires; the error is taken."""
    callback(crawler, result.value if isinstance(result, Failure) else None)


def skip_exit_collection() -> None:
    """Spare the interpreter's last garbage collections over the crawl's heap at exit.

    Once the run is recorded and reported, every object still alive lives until the process
    ends; Python's shutdown nonetheless collects them, generation by generation: 0.28 s of CPU
    on one core after a crawl of 300 pages, while the workers are gone (measured, summary line
    to exit). Frozen objects are left out of those collections. Files, databases and logging
    are closed explicitly (atexit runs before the collections), so nothing waits on a cycle's
    finalizer.
    """
    gc.freeze()


def _on_done(
    callback: Callable[[Crawler, BaseException | None], None],
    crawler: Crawler,
    future: asyncio.Future[Any],
) -> None:
    """Call ``callback(crawler, error)`` when a crawl's task is done; the error is taken.

    A crawl that raised while it opened (a full disk refusing the store's first commit) was
    left to asyncio, which printed 'Task exception was never retrieved' and its traceback,
    and the source was reported as one that 'did not start', without why.
    """
    error = None if future.cancelled() else future.exception()
    callback(crawler, error)


def _start_failed(source: str, error: BaseException) -> SourceOutcome:
    """The outcome of a source whose crawl raised before it started, logged in one line.

    A database or file system error (a full disk, a store gone away) says all there is in its
    message; anything else is a bug, whose traceback goes to the log.
    """
    expected = isinstance(error, database_errors(OSError))
    line = error_line(error) if expected else f"{type(error).__name__}: {error}"
    locked = is_lock_error(error)
    if locked:
        line = f"{line}: {LOCK_HELD}; try again later"
    logger.error(
        "Source %s could not start: %s", source, line, exc_info=None if expected else error
    )
    return SourceOutcome(source, False, f"could not start: {line}", locked=locked)


class RunCommand(BaseRunSpiderCommand):
    requires_project = True
    # True when the run writes into a database removed as the command ends (scrapy explain).
    temporary_database = False
    # True for the commands whose spider takes ``-a`` arguments (scrapy crawl).
    spider_arguments = False
    # What each crawl that ended in an exception raised, by id() of its crawler (_launch).
    start_errors: dict[int, BaseException]
    # Why the run stopped without its lock, once it lost it (locks_kept).
    lock_lost: str | None = None
    # True once a run on Scrapyd nodes could not record a job in its store (execute_on_nodes).
    store_lost = False
    # What a source another run is crawling failed of ("not reprocessed"), for a run whose work
    # no later run repeats; None: it is refused (not run) with a message, as the next cron run
    # crawls it.
    locked_out_fails: str | None = None

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        refuse_unknown_options(args)
        check_sources(self.settings)
        # Before Scrapy starts: it sets up logging with LOG_LEVEL before the command runs.
        try:
            check_settings(self.settings)
        except SettingsError as exc:
            say(f"bad setting {exc}")
            raise SystemExit(EXIT_FAILED) from None
        if opts.spargs and not self.spider_arguments:
            # `scrapy reprocess -a languages=de` or `scrapy explain URL -a colour=red` ran as
            # if the argument were not there, exit 0: a mistyped key passed unnoticed.
            command = type(self).__module__.rsplit(".", 1)[-1]
            raise UsageError(
                f"{command} takes no -a arguments; use `scrapy crawl news -a …`",
                print_help=False,
            )
        self.check_usage(args, opts)
        # Accepted: the workers' fork server imports its preload while Scrapy and the command
        # set up the crawl. Not before: a refused command line would pay that import for
        # nothing (crawler/forkserver.py).
        if self.crawls_here(opts):
            start_for_command_line(self.settings)

    def crawls_here(self, opts: argparse.Namespace) -> bool:
        """Whether the command crawls in this process, through the extraction workers."""
        return True

    def check_usage(self, args: list[str], opts: argparse.Namespace) -> None:
        """Raise ``UsageError`` for arguments the command cannot take; nothing by default.

        Called before Scrapy starts its process, which logs its "Scrapy … started" line
        first: a usage error raised in ``run`` came after that INFO line, so the one line
        that says what to fix was not the only one.
        """

    def check_arguments(self, targets: Sequence[Target]) -> None:
        """Stop with a usage error when a target's ``-a`` arguments cannot make a source.

        The one check of them, from ``check_usage`` (``scrapy crawl``, the one command whose
        spider takes ``-a`` arguments): the spider would raise the same error inside the
        crawl, as a traceback; here it is one line and exit 2, before Scrapy starts.
        """
        # The spider's module and the WARC reader are imported here, by the command that runs
        # a crawl, not with this module: Scrapy imports every command's module at each start
        # to list them, and these cost `scrapy --help`, `list` and `runs` about 0.15 s of CPU.
        from crawler.spiders.news import NewsSpider
        from crawler.warc.ingest import warc_input

        for target in targets:
            spidercls = self._spider_class(target)
            if not issubclass(spidercls, NewsSpider):
                continue
            try:
                spider_source(target.name, spidercls.news_source, target.spargs)
                warc_input(target.spargs)  # a missing archive was a traceback in the crawl
            except SourceError as exc:
                usage_error(str(exc))

    def run_database(self) -> str:
        assert self.settings is not None
        return str(self.settings.get("NEWS_DB"))

    def source_name(self, target: Target) -> str:
        """The source a target crawls: its lock and its rows are named after it."""
        source = source_of(self._spider_class(target))
        if source is not None:
            return str(source.name)
        try:
            return adhoc_source(**target.spargs).name
        except (SourceError, TypeError):
            return target.name  # the crawl itself reports the bad arguments

    def configured(self) -> bool:
        """False, with the problem said and the exit code set, when the run cannot start."""
        problem = self.configuration_problem()
        if problem:
            say(problem)
            self.exitcode = EXIT_FAILED
        return problem is None

    def configuration_problem(self) -> str | None:
        """Why the run cannot start (its settings), checked before any fetch."""
        assert self.settings is not None
        try:
            check_settings(self.settings)
        except SettingsError as exc:
            return f"bad setting {exc}"
        return None

    def take_locks(
        self, targets: Sequence[Target], exclusive: bool, hold_sources: bool = True
    ) -> list[Target]:
        """Lock the run (``exclusive``) and each target's source; returns the targets to run.

        Sets the exit code and says why when the run cannot go ahead. A source another
        process is crawling is refused (not run) with a message (its reason kept in
        ``self.locked_out``); if that leaves nothing, the run is "locked". Without ``hold_sources``
        (``crawlall --scrapyd``: each job locks its own source) a source's lock is only
        tried, so a source a manual crawl holds is refused as here, and let go at once.
        """
        self.locked_out: dict[str, str] = {}
        self.lock_lost = None
        db_path = self.run_database()
        problem = sqlite_store_problem(db_path)
        if problem:
            self.say_and_log(problem)
            self.exitcode = EXIT_FAILED
            return []
        runnable: list[Target] = []
        try:
            if exclusive:
                lock_database(db_path)
            for target in targets:
                name = self.source_name(target)
                try:
                    held = lock_source(db_path, name)
                except DatabaseLocked as exc:
                    # "…; skipped", exit 75, read as fine: the source was refused, not run.
                    say(
                        f"another run is using {shown(db_path)} for source {name} ({exc}); "
                        f"refused, {name} not run (try again later)"
                    )
                    self.locked_out[name] = str(exc)
                    continue
                if not hold_sources:
                    release(held)
                runnable.append(target)
        except DatabaseLocked as exc:
            say(f"another run is using {shown(db_path)} ({exc}); exiting, try again later")
            self.exitcode = EXIT_LOCKED
            return []
        except OSError as exc:
            self.say_and_log(f"cannot lock {shown(db_path)}: {error_line(exc)}")
            self.exitcode = EXIT_FAILED
            return []
        if not runnable:
            self.exitcode = EXIT_LOCKED
        return runnable

    def locked_out_failures(self) -> dict[str, str]:
        """The sources :meth:`take_locks` left to another run, with why each failed, when this
        command fails them (``locked_out_fails``); none when it only skips them.

        A reprocess is run once, by hand: a source it left to a crawl that held it said
        "skipped" in one line, the run recorded without it exited 0, and that source's rows
        kept the old rules' text with nothing to tell so.
        """
        if self.locked_out_fails is None:
            return {}
        return {
            name: f"{self.locked_out_fails}: another run is crawling it ({why})"
            for name, why in self.locked_out.items()
        }

    def locks_kept(self) -> bool:
        """False, with the loss said and kept in ``self.lock_lost``, when a lock of this run
        was lost and could not be taken back (see crawler/runs/lock.py: a PostgreSQL restart
        ends the session holding them, and another run may have taken them since). Asked
        before each crawl starts, every LOCK_CHECK_SECONDS while crawls run and before the
        run records its end, so a run does not go on crawling, or report success, without
        its locks."""
        if self.lock_lost is not None:
            return False
        try:
            taken_back = confirm_locks()
        except LockLost as exc:
            self.lock_lost = str(exc)
            self.say_and_log(f"stopping: {exc}")
            return False
        for label in taken_back:
            logger.warning("Lock %s was lost (its session ended) and taken back", label)
        return True

    def say_and_log(self, message: str) -> None:
        """Say why the run cannot go ahead, and log it too when the log goes to a file
        (``LOG_FILE``: a Scrapyd job's, which ``crawlall --scrapyd`` reads back from its node
        when the job wrote no row). Without a log file the log is stderr, where the line
        already is."""
        assert self.settings is not None
        say(message)
        if self.settings.get("LOG_FILE"):
            logger.error("%s", message)

    def execute_run(
        self,
        command: str,
        targets: Sequence[Target],
        concurrency: int = 1,
        *,
        exclusive: bool = False,
    ) -> None:
        """Run the targets' crawls in this process and set ``self.exitcode`` from the outcome.

        ``exclusive`` runs (the cron ``crawlall``, ``reprocess``) also take the database's run
        lock, so two of them never overlap; every run locks the sources it crawls.
        """
        assert self.settings is not None and self.crawler_process is not None
        began = time.monotonic()
        if not self.configured():
            return
        # A Scrapyd job of `crawlall --scrapyd` is handed the run it belongs to: it records its
        # source's row there and leaves the run row to the command that scheduled it.
        parent_run = self.settings.getint("NEWS_RUN_ID") or None
        targets = self.take_locks(targets, exclusive)
        if parent_run and self.locked_out:
            self._record_locked_out(parent_run)
        if not targets:
            return
        names = [t.name for t in targets]
        left = self.locked_out_failures()
        log_file = attach_run_log(self.settings, command, names)
        # A dry run (`reprocess --dry-run`) writes nothing: no run row, run id 0.
        dry_run = self.settings.getbool("NEWS_DRY_RUN")
        run_id = parent_run or (0 if dry_run else self.open_run(command, [*names, *left], log_file))
        if run_id is None:
            return
        # A temporary database's folder holds the log too, and both go at the end (`scrapy
        # explain`): naming the log sent the user to a file that no longer exists.
        where = (
            "its log is temporary too, removed with the database at the end"
            if self.temporary_database
            else f"log {log_file}"
        )
        run = "Dry run, nothing written" if dry_run else f"Run {run_id}"
        logger.info("%s: %s %s (%s)", run, command, " ".join(names), where)

        import_tls_aliases()
        crawlers = [(t, self._create_crawler(t.spider)) for t in targets]
        for _, crawler in crawlers:
            # The start-up is over once a crawl runs (crawler/runs/collector.py).
            crawler.signals.connect(resume_collector, signal=signals.engine_started)
        self._launch(crawlers, max(1, concurrency))
        from twisted.internet import reactor

        # Scrapy sets its signal handlers as the reactor starts ("after startup"); a Ctrl-C
        # or SIGTERM held until then (crawler/runs/interrupt.py) reaches them just after.
        reactor.callWhenRunning(reactor.callLater, 0, hand_over)
        self.crawler_process.start()
        stop_holding()
        resume_collector()  # where no crawl's engine started, the report has it on all the same

        results: list[tuple[SourceOutcome, dict[str, Any], dict[str, int]]] = []
        unrecorded: dict[str, str | None] = {}
        unclosed: dict[str, dict[str, Any]] = {}
        for target, crawler in crawlers:
            source = source_of(crawler.spider)
            name = source.name if source is not None else target.name
            # A source Ctrl-C kept from starting has no stats: Scrapy raises on reading
            # ``crawler.stats`` before its crawl starts (a RuntimeError traceback, exit 1).
            collector = crawler._stats
            stats = collector.get_stats() if collector is not None else {}
            started = "finish_reason" in stats or "start_time" in stats
            outcome = source_outcome(name, stats if started else None)
            error = self.start_errors.get(id(crawler))
            if error is not None and not started:
                outcome = _start_failed(name, error)
            elif self.lock_lost is not None and not started:
                outcome = SourceOutcome(name, False, f"not crawled: {self.lock_lost}")
            results.append((outcome, stats, drop_counts(stats)))
            if stats.get("news/run/outcome") is not None:
                continue  # the RunRecorder wrote its row
            if started:
                # Stopped at once (a second Ctrl-C): the spider never closed, so keep what
                # its stats say it did.
                unclosed[outcome.source] = records.source_row(
                    stats, outcome.failure, drop_counts(stats), quality_so_far(crawler)
                )
            else:
                unrecorded[outcome.source] = outcome.failure
        for name, failure in left.items():
            results.append((SourceOutcome(name, False, failure), {}, {}))
            unrecorded[name] = failure
        outcomes = [outcome for outcome, _, _ in results]
        # Scrapy answers a second Ctrl-C by ignoring further ones: that is how it shows here.
        handler = signal.getsignal(signal.SIGINT)
        forced = handler == signal.SIG_IGN
        # It answers the first by setting the handler that forces the stop. A signal that
        # came while a crawl was still opening stopped it before its engine ran: unclosed or
        # never started, it made a run stopped by SIGTERM 'exit 1 (run failed)'.
        signalled = forced or handler == getattr(self.crawler_process, "_signal_kill", None)
        interrupted = any(stopped(stats, forced) for _, stats, _ in results) or (
            signalled and any("finish_reason" not in stats for _, stats, _ in results)
        )
        self.exitcode = run_exit_code(outcomes, interrupted)
        if not self.locks_kept() and self.exitcode in (EXIT_OK, EXIT_PARTIAL):
            self.exitcode = EXIT_FAILED  # another run may have crawled beside this one

        def write_end(db: Database) -> None:
            for name, row in unclosed.items():
                records.source_finished(db, run_id, name, row)
            if parent_run:
                records.sources_unrecorded(db, run_id, unrecorded)
            else:
                records.finish_run(db, run_id, self.exitcode, unrecorded)

        if not dry_run:
            self.record_end(run_id, write_end)
        self.report(run_id, results, began)
        skip_exit_collection()

    def record_end(self, run_id: int, write: Callable[[Database], None]) -> None:
        """Record the run's end with ``write``, in one transaction. The store may have gone
        away during the run (a PostgreSQL server stopped or restarted, a disk gone): the run
        ended in a traceback without its summary. The summary still says what the crawl did;
        a run whose end is not recorded did not succeed."""
        assert self.settings is not None
        try:
            db = database_from_settings(self.settings)
            try:
                with write_transaction(db):
                    write(db)
            finally:
                db.close()
        except database_errors(OSError) as exc:
            locked = is_lock_error(exc)
            say(
                f"could not record the end of run {run_id} in {shown(self.run_database())}: "
                f"{error_line(exc)}" + (f": {LOCK_HELD}" if locked else "")
            )
            if self.exitcode == EXIT_OK:
                self.exitcode = EXIT_LOCKED if locked else EXIT_FAILED

    def execute_on_nodes(
        self,
        command: str,
        targets: Sequence[Target],
        urls: Sequence[str],
        logins: NodeLogins,
    ) -> None:
        """Run each target as a Scrapyd job on the nodes at ``urls`` and set ``self.exitcode``;
        a URL without a login takes the one ``logins`` has for its host (a netrc file's).

        The run lock, run row, outcomes and exit code are those of :meth:`execute_run`; the
        jobs write their sources' rows into the shared store themselves (``NEWS_RUN_ID``), and
        a job that ended without one failed.
        """
        assert self.settings is not None
        began = time.monotonic()
        if not self.configured():
            return
        # The run lock keeps a second crawlall off this store; each job locks its source.
        targets = self.take_locks(targets, exclusive=True, hold_sources=False)
        if not targets:
            return
        names = [t.name for t in targets]
        hosts = {t.name: _hosts(self._spider_class(t)) for t in targets}
        project = self.settings.get("NEWS_SCRAPYD_PROJECT")
        if has_password(self.run_database()):
            # Each job gets NEWS_DB as an argument; Scrapyd logs every job's arguments and the
            # node's process list shows them: the password would be on every node, in clear.
            say(
                f"the password in NEWS_DB {shown(self.run_database())} goes to every node with "
                "each job, and Scrapyd writes it into its log: give it in PGPASSWORD or "
                "~/.pgpass (on this machine and each node's Scrapyd) and leave it out of the URL"
            )
        forwarded = self.job_settings(0)
        if forwarded.get("HTTPAUTH_PASS"):
            # Forwarded as every -s is: Scrapyd writes each job's settings into its log.
            say(
                "the password of -s HTTPAUTH_PASS goes to every node with each job, and Scrapyd "
                "writes it into its log: crawl the sources that need it on one machine "
                "(scrapy crawl SOURCE -s HTTPAUTH_USER=… -s HTTPAUTH_PASS=… -s HTTPAUTH_DOMAIN=…)"
            )
        secret = _secret_headers(forwarded.get("DEFAULT_REQUEST_HEADERS"))
        if secret:
            # A session cookie lets whoever reads Scrapyd's log in as the subscriber.
            say(
                f"-s DEFAULT_REQUEST_HEADERS, its {' and '.join(secret)} included, goes to every "
                "node with each job, and Scrapyd writes it into its log: crawl the sources that "
                "need it on one machine (scrapy crawl SOURCE -s DEFAULT_REQUEST_HEADERS=…)"
            )
        nodes, down = [], []
        try:
            for node in (ScrapydNode(url, project, login=logins.login(url)) for url in urls):
                try:
                    known = node.spiders()
                except NodeUnreachable as exc:
                    # A node down is what a node lost mid-run is: the others take its sources.
                    down.append(str(exc))
                    continue
                missing = sorted(set(names) - set(known))
                if missing:
                    raise NodeError(
                        f"{node.url} does not know {', '.join(missing)}: deploy the project "
                        f"there again (scrapyd-deploy), its egg carries sources.toml"
                    )
                nodes.append(node)
            if not nodes:
                raise NodeError(f"no node answers, nothing crawled: {'; '.join(down)}")
        except NodeError as exc:
            say(str(exc))
            self.exitcode = EXIT_FAILED
            return
        log_file = attach_run_log(self.settings, command, names)
        for why in down:
            logger.error("Node does not answer, its sources go to the others: %s", why)
        run_id = self.open_run(command, names, log_file)
        if run_id is None:
            return
        on = ", ".join(n.url.rstrip("/") for n in nodes)
        logger.info("Run %d: %s on %s: %s", run_id, command, on, " ".join(names))

        def on_placed(placed: Placed) -> None:
            # A run that cannot record its jobs has lost its store (a PostgreSQL server
            # stopped or restarted, and the run lock with its session): it stops as a signal
            # would stop it, its jobs cancelled, instead of ending in a traceback that left
            # them running on the nodes.
            if not self._record_placement(run_id, placed):
                dispatch.request_stop()

        dispatch = Dispatch(
            nodes=nodes,
            hosts=hosts,
            job_settings=self.job_settings(run_id),
            run_id=run_id,
            store=self._store_id(),
            per_node=self.settings.getint("NEWS_SCRAPYD_JOBS_PER_NODE"),
            poll_seconds=self.settings.getfloat("NEWS_SCRAPYD_POLL_SECONDS"),
            node_timeout=self.settings.getfloat("NEWS_SCRAPYD_NODE_TIMEOUT"),
            on_placed=on_placed,
            keep_going=self.locks_kept,
        )
        try:
            with stop_on_signals(dispatch):
                placed = dispatch.run()
        except KeyboardInterrupt:  # a second Ctrl-C: leave the jobs Scrapyd is stopping
            placed, dispatch.stopping = dispatch.placed, True
        try:
            results, unrecorded = self._collect(run_id, names, placed, nodes)
        except database_errors(OSError) as exc:
            say(
                f"could not read run {run_id}'s outcomes in {shown(self.run_database())}: "
                f"{error_line(exc)}"
            )
            why = "its outcome could not be read from the store"
            results = [(SourceOutcome(name, False, why), {}, {}) for name in names]
            unrecorded = {}
        outcomes = [outcome for outcome, _, _ in results]
        # Stopped by a lost store or run lock, not by a signal: the run failed.
        lost = self.store_lost or self.lock_lost is not None
        self.exitcode = run_exit_code(outcomes, dispatch.stopping and not lost)
        if lost or (not self.locks_kept() and self.exitcode in (EXIT_OK, EXIT_PARTIAL)):
            self.exitcode = EXIT_FAILED  # another run may have crawled beside this one
        self.record_end(
            run_id, lambda db: records.finish_run(db, run_id, self.exitcode, unrecorded)
        )
        self.report(run_id, results, began)

    def _spider_class(self, target: Target) -> type[Spider]:
        """The target's spider class, loaded by its name where the target gives one."""
        if isinstance(target.spider, str):
            assert self.crawler_process is not None
            return self.crawler_process.spider_loader.load(target.spider)
        return target.spider

    def job_settings(self, run_id: int) -> dict[str, str]:
        """The settings each job gets: those given on this command line (``-s``, ``-L``),
        the store and the folders it writes into (absolute paths, as the job runs in the
        node's own folder) and the run."""
        assert self.settings is not None
        cmdline = SETTINGS_PRIORITIES["cmdline"]
        given = {
            name: _as_given(self.settings[name])
            for name in self.settings
            if self.settings.getpriority(name) == cmdline and name not in _NOT_FORWARDED
        }
        db = self.run_database()
        given["NEWS_DB"] = db if "://" in db else str(Path(db).resolve())
        for name in _FOLDER_SETTINGS:
            if given.get(name):
                given[name] = str(Path(given[name]).resolve())
        given["NEWS_RUN_ID"] = str(run_id)
        return given

    def _record_locked_out(self, run_id: int) -> None:
        """A Scrapyd job whose source another run holds (a manual crawl started after the
        command placed the job) says so in its row: without one, the run could only report
        that the job "ended without a record", its reason left in the node's Scrapyd log."""
        assert self.settings is not None
        failure = {
            name: f"not crawled: another run is crawling it ({why})"
            for name, why in self.locked_out.items()
        }
        try:
            db = database_from_settings(self.settings)
            try:
                with write_transaction(db):
                    records.sources_unrecorded(db, run_id, failure)
            finally:
                db.close()
        except database_errors(OSError) as exc:
            say(f"could not record run {run_id} in {shown(self.run_database())}: {error_line(exc)}")

    def _store_id(self) -> str:
        """The store's id, which the run's job ids end with (``nodes.job_id``)."""
        assert self.settings is not None
        db = database_from_settings(self.settings)
        try:
            return records.store_id(db)
        finally:
            db.close()

    def _record_placement(self, run_id: int, placed: Placed) -> bool:
        """Record where ``placed`` runs; False, said once, when the store refuses it."""
        assert self.settings is not None
        try:
            db = database_from_settings(self.settings)
            try:
                with write_transaction(db):
                    records.source_placed(db, run_id, placed.source, placed.node, placed.job)
            finally:
                db.close()
        except database_errors(OSError) as exc:
            if not self.store_lost:
                say(
                    f"could not record run {run_id} in {shown(self.run_database())}: "
                    f"{error_line(exc)}; stopping"
                )
            self.store_lost = True
            return False
        return True

    def _collect(
        self,
        run_id: int,
        names: Sequence[str],
        placed: Mapping[str, Placed],
        nodes: Sequence[ScrapydNode],
    ) -> tuple[list[tuple[SourceOutcome, dict[str, Any], dict[str, int]]], dict[str, str | None]]:
        """Each source's outcome from the row its job wrote; a job without a finished row
        (killed, its node lost, never started) failed, and gets a row saying so. A job's log
        is read from ``nodes``, the one its ``Placed.node`` names: with the node's login,
        which the recorded URL does not carry."""
        assert self.settings is not None
        results: list[tuple[SourceOutcome, dict[str, Any], dict[str, int]]] = []
        unrecorded: dict[str, str | None] = {}
        project = self.settings.get("NEWS_SCRAPYD_PROJECT")
        by_url = {node.url: node for node in nodes}
        db = database_from_settings(self.settings)
        try:
            for name in names:
                row = records.source_run(db, run_id, name)
                job = placed.get(name, Placed(name, ended="not started"))
                if row is None or row.get("outcome") not in ("ok", "failed"):
                    where = f"job {job.job} on {job.node}" if job.job else "its job"
                    failure = f"{where} ended without a record ({job.ended or 'unknown'})"
                    if not job.job:
                        failure = job.ended or "not started"
                    elif job.ended == "finished":
                        # It ran to its end without writing its row: its log on the node
                        # says why (the store refused it), read back so the run says it too.
                        node = by_url.get(job.node) or ScrapydNode(job.node, project)
                        error = node.last_error(name, job.job)
                        if error:
                            failure += f"; its log's last error: {error}"
                    results.append((SourceOutcome(name, False, failure), {}, {}))
                    unrecorded[name] = failure
                    continue
                stats = json.loads(row["stats"]) if row.get("stats") else None
                if stats is not None:
                    outcome = source_outcome(name, stats)
                else:
                    outcome = SourceOutcome(name, row["outcome"] == "ok", row["failure"] or "ok")
                dropped = int(row.get("articles_dropped") or 0)
                drops = drop_counts(stats) if stats else ({"other": dropped} if dropped else {})
                results.append((outcome, stats or {}, drops))
        finally:
            db.close()
        return results, unrecorded

    def open_run(self, command: str, names: Sequence[str], log_file: Path | None) -> int | None:
        """Write the run's row and hand its id to the crawls (``NEWS_RUN_ID``); None, with the
        exit code set, when the database cannot be opened or written (a PostgreSQL role that
        may read the tables but not write them: nothing was fetched or written yet)."""
        assert self.settings is not None
        try:
            db = database_from_settings(self.settings)
        except database_errors(OSError) as exc:
            self.refused_by_store("cannot open the database", exc)
            return None
        try:
            with write_transaction(db):
                run_id = records.start_run(db, command, names, str(log_file) if log_file else None)
        except database_errors(OSError) as exc:
            self.refused_by_store("cannot write to the database", exc)
            return None
        finally:
            db.close()
        self.settings.set("NEWS_RUN_ID", run_id, priority="cmdline")
        return run_id

    def refused_by_store(self, what: str, exc: BaseException) -> None:
        """Say why the store refused the run before it started, and set the exit code
        (:func:`crawler.runs.storecheck.refused`)."""
        self.exitcode = refused(what, self.run_database(), exc)

    def report(
        self,
        run_id: int,
        results: Sequence[tuple[SourceOutcome, Mapping[str, Any], Mapping[str, int]]],
        began: float,
    ) -> None:
        """The closing summary: always into the run's log file, to the terminal when it
        shows INFO or something went wrong."""
        assert self.settings is not None
        outcomes = [outcome for outcome, _, _ in results]
        interrupted = self.exitcode == EXIT_STOPPED
        lines = closing_lines(
            run_id,
            self.exitcode,
            results,
            time.monotonic() - began,
            self.run_database(),
            program=program_name(),
            temporary=self.temporary_database,
            dry_run=self.settings.getbool("NEWS_DRY_RUN"),
        )
        failed = [o for o in outcomes if not o.ok or o.partly]
        for line in lines:
            summary_logger.info("%s", line)  # the run's log file (crawler/runs/logfile.py)
        # The terminal gets the summary when it shows INFO; a cron run at -L WARNING only
        # hears of failures, so a good run sends no mail.
        if (
            failed
            or interrupted
            or logging.getLevelName(self.settings.get("LOG_LEVEL"))
            in (
                logging.DEBUG,
                logging.INFO,
            )
        ):
            for line in lines:
                say(line)

    def _launch(self, crawlers: list[tuple[Target, Crawler]], limit: int) -> None:
        """Start up to ``limit`` crawls at once, never two whose sources share a host.

        Each crawler has its own download slots, so two sources of one site crawled at once
        would double the rate that site sees; different sites in parallel is what keeps a
        15-minute cron run short.
        """
        assert self.crawler_process is not None
        process = self.crawler_process
        self.start_errors = {}
        pending = list(crawlers)
        active: dict[int, frozenset[str]] = {}
        running: dict[int, Crawler] = {}
        stopping = False

        def watch_locks() -> None:
            """Close the running crawls once the run's lock is found lost to another run."""
            nonlocal stopping
            if self.locks_kept():
                return
            stopping = True
            if watcher.running:
                watcher.stop()
            for crawler in running.values():
                engine = getattr(crawler, "_engine", None)
                if engine is not None and engine.spider is not None:
                    stop_crawl(crawler, LOCK_LOST_REASON)

        watcher = task.LoopingCall(watch_locks)

        def launch_more() -> None:
            nonlocal stopping
            while pending and len(active) < limit and not stopping:
                if not self.locks_kept():
                    stopping = True  # another run has the lock: start nothing more
                    return
                busy = frozenset().union(*active.values())
                index = next(
                    (i for i, (_, c) in enumerate(pending) if not (_hosts(c.spidercls) & busy)),
                    None,
                )
                if index is None:
                    return
                target, crawler = pending.pop(index)
                active[id(crawler)] = _hosts(crawler.spidercls)
                running[id(crawler)] = crawler
                result = process.crawl(crawler, **target.spargs)
                if isinstance(result, Deferred):
                    result.addBoth(_passthrough, finished, crawler)
                else:
                    asyncio.ensure_future(result).add_done_callback(
                        functools.partial(_on_done, finished, crawler)
                    )

        def finished(crawler: Crawler, error: BaseException | None) -> None:
            nonlocal stopping
            active.pop(id(crawler), None)
            running.pop(id(crawler), None)
            if error is not None:
                self.start_errors[id(crawler)] = error
            collector = crawler._stats
            if collector is not None and collector.get_value("finish_reason") == "shutdown":
                stopping = True  # Ctrl-C or SIGTERM: start nothing new
            launch_more()
            if not running and watcher.running:
                watcher.stop()

        launch_more()
        if running:
            watcher.start(LOCK_CHECK_SECONDS, now=False)
