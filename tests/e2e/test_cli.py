"""`newsloom` works from any folder; `scrapy` keeps working in the repository."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crawler.settings import DOWNLOADER_MIDDLEWARES
from crawler.storage import run_records as records
from crawler.storage.copy import BATCH_ROWS as COPY_BATCH_ROWS
from crawler.storage.database import open_database, write_transaction
from tests.conftest import ROOT, as_scrapy, run_scrapy, scrapy_env, start_browse
from tests.e2e.test_read_only import read_only
from tests.support import faultserver as fs
from tests.support import harness, hold_export
from tests.support.harness import damaged_database, run_scrapy_forked

NEWSLOOM = Path(sys.executable).parent / "newsloom"


def run_newsloom(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The newsloom entry point run in ``cwd``, as a user would."""
    return subprocess.run(
        [str(NEWSLOOM), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(not NEWSLOOM.exists(), reason="the newsloom entry point is not installed")
def test_newsloom_runs_outside_the_repository(tmp_path: Path) -> None:
    db = open_database(tmp_path / "news.db")
    db.table("articles").insert(
        {"url": "https://a.example/1", "source": "a", "fetched_at": "2026-03-01", "text": "Text"}
    )
    db.conn.commit()
    db.close()
    (tmp_path / "sources.toml").write_text(
        '[sources.here]\nfeeds = ["https://a.example/feed.xml"]\n', encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE")}

    def newsloom(*args: str) -> subprocess.CompletedProcess[str]:
        return run_newsloom(tmp_path, env, *args)

    listed = newsloom("list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == ["here", "news"]  # sources.toml of the working folder
    exported = newsloom("export", "out.jsonl")  # news.db of the working folder
    assert exported.returncode == 0, exported.stderr
    lines = (tmp_path / "out.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == ["https://a.example/1"]


@pytest.mark.skipif(not NEWSLOOM.exists(), reason="the newsloom entry point is not installed")
def test_newsloom_usage_errors_name_newsloom(tmp_path: Path) -> None:
    """A usage error of `newsloom crawlall` was headed "scrapy crawlall [options] …", a
    command the user had not typed; `scrapy` keeps its own name."""
    (tmp_path / "sources.toml").write_text(
        '[sources.here]\nfeeds = ["https://a.example/feed.xml"]\n', encoding="utf-8"
    )
    # This checkout's code, wherever the entry point was installed from.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)

    def newsloom(*args: str) -> subprocess.CompletedProcess[str]:
        return run_newsloom(tmp_path, env, *args)

    run = newsloom("crawlall", "nosuch")
    assert run.returncode == 2, run.stderr
    assert "  newsloom crawlall [options] [SOURCE ...]" in run.stderr
    assert "scrapy crawlall" not in run.stderr and "nosuch" in run.stderr
    # A mistyped source's name pointed at `scrapy list`, a command the user had not typed.
    typo = newsloom("crawl", "her")
    assert typo.returncode == 2, typo.stderr
    said = re.search(
        r"no spider named 'her' \(see `(\S+) list`\); did you mean 'here'\?", typo.stderr
    )
    assert said is not None and Path(said[1]).name == "newsloom", typo.stderr
    scrapy = run_scrapy("crawlall", "nosuch")
    assert scrapy.returncode == 2 and "  scrapy crawlall [options]" in scrapy.stderr


@pytest.mark.skipif(not NEWSLOOM.exists(), reason="the newsloom entry point is not installed")
def test_newsloom_messages_name_the_command_typed(tmp_path: Path) -> None:
    """Under `newsloom` the messages still said "scrapy browse takes no arguments" and "use
    `scrapy crawl news -a …`": outside the repository that command finds no project."""
    open_database(tmp_path / "news.db").close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    browse = run_newsloom(tmp_path, env, "browse", "extra")
    assert browse.returncode == 2, browse.stderr
    assert "newsloom: error: newsloom browse takes no arguments" in browse.stderr
    hint = run_newsloom(tmp_path, env, "reprocess", "-a", "x=y")
    assert hint.returncode == 2, hint.stderr
    typed = re.search(r"use `(\S+) crawl news -a …`", hint.stderr)
    assert typed is not None and Path(typed[1]).name == "newsloom", hint.stderr
    exported = run_newsloom(tmp_path, env, "export", "out.jsonl", "--source", "nosuch")
    assert exported.returncode == 0, exported.stderr
    listed = re.search(
        r"no article of source nosuch is stored \(`(\S+) runs` lists", exported.stderr
    )
    assert listed is not None and Path(listed[1]).name == "newsloom", exported.stderr
    scrapy = run_scrapy("browse", "extra")
    assert "error: scrapy browse takes no arguments" in scrapy.stderr
    # The runs table's legend pointed at `scrapy versions URL` under `newsloom runs` too.
    db = open_database(tmp_path / "news.db")
    with write_transaction(db):
        run = records.start_run(db, "crawl", ["here"], None)
        records.source_started(db, run, "here")
        records.source_finished(db, run, "here", records.source_row({}, None, {}, {}))
        records.finish_run(db, run, 0)
    db.close()
    runs = run_newsloom(tmp_path, env, "runs")
    assert runs.returncode == 0, runs.stderr
    legend = re.search(r"a new version; `(\S+) versions URL`", runs.stdout)
    assert legend is not None and Path(legend[1]).name == "newsloom", runs.stdout


def test_browse_on_a_port_out_of_range_is_one_line(tmp_path: Path) -> None:
    """`scrapy browse --port 99999` ended in an OverflowError traceback, with exit 0."""
    db = open_database(tmp_path / "news.db")
    db.close()
    run = run_scrapy("browse", "--port", "99999", "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert run.returncode == 2, run.stderr
    assert "cannot listen on 127.0.0.1:99999: bind(): port must be 0-65535" in run.stderr
    assert "Traceback" not in run.stderr


def test_ctrl_c_stops_browse_quietly(tmp_path: Path) -> None:
    """Ctrl-C, the way the README says to stop `scrapy browse`, ended it in a KeyboardInterrupt
    traceback of 20 lines, the process killed by the signal (exit 130 in the shell): uvicorn
    stops the server, then raises the signal again for its caller."""
    db = open_database(tmp_path / "news.db")
    db.close()
    proc, url = start_browse(tmp_path / "news.db")
    with urllib.request.urlopen(url, timeout=30) as page:  # serving: uvicorn's handlers are set
        assert page.status == 200
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def _scrapy_into(
    stdout: Any, *args: str, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``scrapy ARGS`` with its standard output on ``stdout`` (a descriptor or a file)."""
    return _command_into(stdout, [sys.executable, "-m", "scrapy", *args], preexec_fn)


def _command_into(
    stdout: Any, command: list[str], preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``command`` run in the repository with its standard output on ``stdout``."""
    return subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        preexec_fn=preexec_fn,
    )


def test_list_names_a_missing_sources_file_and_outlives_its_reader(tmp_path: Path) -> None:
    """A mistyped -s NEWS_SOURCES= listed `news` alone without a word, and `scrapy list |
    head -1` ended in a BrokenPipeError traceback from Scrapy's print."""
    missing = tmp_path / "sorces.toml"
    run = run_scrapy("list", "-s", f"NEWS_SOURCES={missing}")
    assert run.returncode == 0, run.stderr
    assert run.stdout == "news\n"
    assert f"newsloom: no configured sources ({missing} does not exist)" in run.stderr
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: every write fails
    try:
        gone = _scrapy_into(write, "list")
    finally:
        os.close(write)
    assert gone.returncode == 0, gone.stderr
    assert "Traceback" not in gone.stderr, gone.stderr


def _into_a_closed_pipe(command: list[str]) -> subprocess.CompletedProcess[str]:
    """``command`` with its standard output on a pipe whose reader is gone before the first
    line (``… | head`` that has read all it wanted): every write fails."""
    read, write = os.pipe()
    os.close(read)
    try:
        return _command_into(write, command)
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [["-h"], ["crawl", "-h"], ["runs", "-h"], ["settings", "--get", "BOT_NAME"], ["version"]],
)
def test_help_and_scrapys_own_commands_outlive_their_reader(args: list[str]) -> None:
    """`scrapy -h | head` (and `newsloom -h | head`) ended in a BrokenPipeError traceback
    from Scrapy's list of commands, exit 1, where `scrapy runs | head -1` ended quietly:
    every command ends quietly, exit 0, when the reader of its output is gone."""
    commands = [[sys.executable, "-m", "scrapy", *args]]
    if NEWSLOOM.exists():
        commands.append([str(NEWSLOOM), *args])
    for command in commands:
        run = _into_a_closed_pipe(command)
        assert run.returncode == 0, (command, run.stderr)
        assert "Traceback" not in run.stderr and "Broken pipe" not in run.stderr, run.stderr


@pytest.mark.parametrize("stdout", ["closed", "full"])
def test_output_that_cannot_be_written_fails_in_one_line(tmp_path: Path, stdout: str) -> None:
    """`scrapy runs >&-` (stdout closed) ended in an AttributeError traceback on Python's
    missing stream, `> /dev/full` in an OSError traceback (export-warc's too, after its file
    was written). Output lost is a failure: one line on stderr, exit 1."""
    db = open_database(tmp_path / "news.db")
    db.close()
    where = ("-s", f"NEWS_DB={tmp_path / 'news.db'}")
    commands = [("runs",), ("list",), ("export-warc", str(tmp_path / "out.warc.gz"))]
    for command in commands:
        with open(os.devnull if stdout == "closed" else "/dev/full", "wb") as target:
            # Closed: the child starts with no descriptor 1 at all, as after `>&-`.
            close = (lambda: os.close(1)) if stdout == "closed" else None
            run = _scrapy_into(target, *command, *where, preexec_fn=close)
        said = "standard output is closed" if stdout == "closed" else "No space left on device"
        assert run.returncode == 1, (command, run.stderr)
        assert run.stderr == f"newsloom: could not print the output: {said}\n", command


def test_browse_on_a_damaged_database_is_one_line(tmp_path: Path) -> None:
    """A damaged file ended `scrapy browse` in a DatabaseError traceback (exit 1); `runs` and
    `export` say it in one line. A failure, exit 1 as crawl and reprocess say it: it was a
    usage error (exit 2) for the commands that read the archive."""
    db = damaged_database(tmp_path / "news.db")
    commands = ("browse", "runs", "versions https://a.example/1", "export out.csv")
    runs = run_scrapy_forked(*([*command.split(), "-s", f"NEWS_DB={db}"] for command in commands))
    for command, run in zip(commands, runs, strict=True):
        assert run.returncode == 1, (command, run.stderr)
        said = f"newsloom: cannot open the database {db}: database disk image is malformed"
        assert said in run.stderr, command
        assert "Traceback" not in run.stderr, command


def test_demo_on_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    """A second `make demo` (or any program on 8765) ended the demo in an OSError traceback."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        db = tmp_path / "news.db"
        run = run_scrapy("demo", "--port", str(port), "-s", f"NEWS_DB={db}")
    assert run.returncode == 2, run.stderr
    assert f"cannot serve the demo site on 127.0.0.1:{port}: [Errno 98]" in run.stderr
    assert "choose another port with --port N" in run.stderr
    assert "Traceback" not in run.stderr
    assert not db.exists()


def test_demo_on_another_port_crawls_its_sitemap_on_that_port(tmp_path: Path) -> None:
    """`scrapy demo --port N` read the committed sitemap, whose URLs name port 8765: five
    "Not fetching … non-public address" warnings and "5 refused" on every run of the demo."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = tmp_path / "news.db"
    run = run_scrapy("demo", "--port", str(port), "-s", f"NEWS_DB={db}")
    assert run.returncode == 0, run.stderr
    assert "Not fetching" not in run.stderr
    with sqlite3.connect(db) as conn:
        refused, links = conn.execute(
            "SELECT json_extract(stats, '$.\"news/blocked/private_address\"'), links_found"
            " FROM run_sources"
        ).fetchone()
        urls = {url for (url,) in conn.execute("SELECT url FROM articles")}
    assert refused is None
    assert links == 10  # five from the feed, five from the sitemap
    assert urls == {f"http://127.0.0.1:{port}/artikel-00{i}.html" for i in range(5)}


def test_every_command_help_shows_its_options_as_written() -> None:
    """Scrapy's help formatter makes a heading of any help line that ends in ":"; the
    --concurrency text of `scrapy crawlall -h` wrapped after "(default:" and read "Sources
    Crawled At The Same Time (Default" over a line of "=", its setting's name below it."""
    commands = sorted(p.stem for p in (ROOT / "crawler" / "commands").glob("[a-z]*.py"))
    assert "crawlall" in commands
    # Every command's help from one process (tests/support/help_texts.py): a scrapy process
    # per command took minutes on a loaded machine.
    shown = subprocess.run(
        [sys.executable, "-m", "tests.support.help_texts", *commands],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "80"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    helps = json.loads(shown.stdout)
    assert sorted(helps) == commands
    for command, (code, text) in helps.items():
        assert code == 0, (command, shown.stderr)
        lines = text.splitlines()
        assert lines[2].split()[:2] == ["scrapy", command], (command, text[:300])  # its usage
        headings = {
            above.strip()
            for above, line in itertools.pairwise(lines)
            if re.fullmatch(r"[=-]{3,}", line)
        }
        assert headings <= {"Usage", "Options", "Global Options"}, (command, headings)
    assert "sources crawled at the same time" in " ".join(helps["crawlall"][1].split())


def test_crawlall_help_names_every_exit_code_of_the_readme() -> None:
    """`scrapy crawlall -h` listed 0, 1, 2, 3 and 75, not 130 (stopped by Ctrl-C or SIGTERM),
    which a cron wrapper reading the help alone took for a failure."""
    table = (ROOT / "README.md").read_text(encoding="utf-8").split("## Running unattended")[1]
    codes = re.findall(r"^\| (\d+) \| (\w+)", table, re.MULTILINE)
    assert [code for code, _ in codes] == ["0", "1", "2", "3", "75", "130"]
    shown = " ".join(run_scrapy("crawlall", "-h").stdout.split())
    for code, meaning in codes:
        assert f"{code} {meaning}" in shown, (code, meaning, shown[:600])


_USAGE_ERRORS: list[tuple[tuple[str, ...], str]] = [
    (("explain",), "scrapy explain takes one URL or one HTML file"),
    (("explain", "ftp://example.org/a"), "is neither an http(s) URL nor a file"),
    # Refused inside the run, after Scrapy's INFO line, by the crawl's check of -a url=.
    (("explain", "http://"), "'http://' is neither an http(s) URL nor a file"),
    (
        ("explain", "127.0.0.1:9/a.html"),
        "'127.0.0.1:9/a.html' is neither an http(s) URL nor a file; did you mean"
        " http://127.0.0.1:9/a.html?",
    ),
    (("crawl",), "scrapy crawl takes exactly one spider name"),
    (("crawl", "nosuch"), "no spider named 'nosuch'"),
    (("crawl", "tagesschu"), "'tagesschu' (see `scrapy list`); did you mean 'tagesschau'?"),
    (("crawl", "news", "-a", "colour=red"), "unknown argument -a colour=…"),
    # Scrapy kept the last: the first URL was never crawled, exit 0.
    (
        ("crawl", "news", "-a", "url=http://127.0.0.1:9/a", "-a", "url=http://127.0.0.1:9/b"),
        "-a url=… is given 2 times and only the last would count; give it once, several"
        " values comma-separated (-a url=A,B)",
    ),
    (("crawlall", "-a", "feed=http://127.0.0.1/"), "crawlall takes no -a arguments"),
    (("crawlall", "nosuch"), "not configured in"),
    # Crawled as if 1 (-1) or NEWS_CRAWLALL_CONCURRENCY (0) were given, exit 0.
    (("crawlall", "--concurrency", "0"), "--concurrency takes a whole number from 1 to 1024"),
    (("crawlall", "--concurrency", "-1"), "--concurrency takes a whole number from 1 to"),
    (("demo", "extra"), "scrapy demo takes no arguments"),
    (("reprocess",), "no database at"),
    # Run as if the argument were not there, exit 0: a mistyped key passed unnoticed.
    (("reprocess", "-a", "languages=de"), "reprocess takes no -a arguments"),
    (("demo", "-a", "colour=red"), "demo takes no -a arguments"),
    (("explain", "http://127.0.0.1:9/", "-a", "languages=de"), "explain takes no -a"),
]


def test_a_usage_error_comes_before_scrapy_starts(tmp_path: Path) -> None:
    """The usage error is the only line logged: it came after Scrapy's "Scrapy … started" INFO
    line, which the commands that crawl printed before checking their arguments.

    Every command line of ``_USAGE_ERRORS``, each with a store of its own that it must not
    create, in a process of its own forked from one start of Scrapy (one test: a module
    fixture shared by per-case tests was set up once on each xdist worker)."""
    runs = run_scrapy_forked(
        *(
            [*args, "-s", f"NEWS_DB={tmp_path / f'none-{n}.db'}", "-L", "INFO"]
            for n, (args, _) in enumerate(_USAGE_ERRORS)
        )
    )
    assert len(runs) == len(_USAGE_ERRORS)
    for n, ((args, message), run) in enumerate(zip(_USAGE_ERRORS, runs, strict=True)):
        assert run.returncode == 2, (args, run.stderr)
        assert message in as_scrapy(run.stderr), (args, run.stderr)
        assert " INFO: " not in run.stderr and "Traceback" not in run.stderr, (args, run.stderr)
        assert not (tmp_path / f"none-{n}.db").exists(), args


def test_forked_runs_show_what_their_start_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command started on its own prints what its start prints (here a line a
    ``sitecustomize`` writes, as an import's warning would be); each run forked from one
    start shows it too, in its own standard error before its own lines."""
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.stderr.write('started\\n')\n")
    env = {**scrapy_env(), "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}"}
    alone = subprocess.run(
        [sys.executable, "-m", "scrapy", "version"], cwd=ROOT, env=env, capture_output=True
    )
    assert alone.returncode == 0 and alone.stderr == b"started\n", alone.stderr
    monkeypatch.setattr(harness, "scrapy_env", lambda: env)
    runs = run_scrapy_forked(["version"], ["runs", "-n", "0"])
    assert [run.returncode for run in runs] == [0, 2], [run.stderr for run in runs]
    assert runs[0].stderr == "started\n", runs[0].stderr
    assert runs[1].stderr.startswith("started\n"), runs[1].stderr
    assert "-n takes 1 or more rows" in runs[1].stderr


def test_reprocess_of_a_store_without_pages_says_so_before_scrapy_starts(tmp_path: Path) -> None:
    """An empty store, an unknown source or a damaged file: one line each, no INFO before."""
    empty = tmp_path / "empty.db"
    open_database(str(empty)).close()
    run = run_scrapy("reprocess", "-s", f"NEWS_DB={empty}", "-L", "INFO")
    assert run.returncode == 2, run.stderr
    assert "no stored pages to reprocess" in run.stderr and " INFO: " not in run.stderr
    run = run_scrapy("reprocess", "nosuch", "-s", f"NEWS_DB={empty}", "-L", "INFO")
    assert run.returncode == 2, run.stderr
    assert "no stored pages for: nosuch" in run.stderr and " INFO: " not in run.stderr
    damaged = damaged_database(tmp_path / "damaged.db")
    run = run_scrapy("reprocess", "-s", f"NEWS_DB={damaged}", "-L", "INFO")
    assert run.returncode == 1, run.stderr
    assert f"newsloom: cannot read the database {damaged}: " in run.stderr
    assert " INFO: " not in run.stderr and "Traceback" not in run.stderr


def test_copydb_errors_are_one_line_on_stderr_naming_the_database(tmp_path: Path) -> None:
    """They went to stdout as "cannot open the databases: …", not saying which one."""
    source = tmp_path / "news.db"
    open_database(str(source)).close()
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    run = run_scrapy("copydb", str(source), str(foreign))
    assert run.returncode == 1, run.stderr
    assert run.stdout == ""
    assert f"newsloom: cannot open the database {foreign}: " in run.stderr
    damaged = damaged_database(tmp_path / "damaged.db")
    run = run_scrapy("copydb", str(damaged), str(tmp_path / "copy.db"))
    assert run.returncode == 1, run.stderr
    assert f"newsloom: cannot open the database {damaged}: " in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "copy.db").exists()


def test_an_unknown_option_is_refused_not_read_as_an_argument(tmp_path: Path) -> None:
    """Scrapy passes an option it does not know on as an argument: `export-warc FILE
    --ovewrite` took it for a source, wrote an empty WARC and exited 0; `runs --jsn` and
    `reprocess --dryrun` called it a source that has no runs or pages."""
    store = tmp_path / "news.db"
    open_database(str(store)).close()
    target = tmp_path / "out.warc.gz"
    for args in (
        ("export-warc", str(target), "--ovewrite"),
        ("runs", "--jsn"),
        ("reprocess", "--dryrun"),
    ):
        run = run_scrapy(*args, "-s", f"NEWS_DB={store}")
        assert run.returncode == 2, (args, run.stderr)
        said = f"error: no such option: {args[-1]} (-h lists the options)\n"
        assert run.stderr.endswith(said), run.stderr
        assert "Traceback" not in run.stderr
    assert not target.exists()


def test_copydb_refuses_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    """`-s NEWS_DB_BUSY_TIMEOUT_MS=abc` ended copydb in a ValueError traceback, exit 1."""
    source = tmp_path / "news.db"
    open_database(str(source)).close()
    target = tmp_path / "copy.db"
    run = run_scrapy("copydb", str(source), str(target), "-s", "NEWS_DB_BUSY_TIMEOUT_MS=abc")
    assert run.returncode == 1, run.stderr
    said = "newsloom: bad setting NEWS_DB_BUSY_TIMEOUT_MS='abc': must be a whole number from 0"
    assert run.stderr.startswith(said), run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    assert not target.exists()


def test_copydb_stopped_by_ctrl_c_says_so_and_the_next_run_finishes(tmp_path: Path) -> None:
    """Ctrl-C in the middle of a copy ended in a KeyboardInterrupt traceback.

    The copy is held once its first batch of articles is committed (tests/support/
    hold_export.py) and signalled once it says so: a store of 60,000 articles, made so that
    the copy was still running when the signal came, cost 15 CPU-seconds a test run."""
    source = tmp_path / "news.db"
    db = open_database(str(source))
    rows = [(f"https://example.org/{i}", "s", "2026-01-01T00:00:00+00:00", "word " * 20)
            for i in range(COPY_BATCH_ROWS * 2 + 500)]  # fmt: skip
    with db.conn:
        db.conn.executemany(
            "INSERT INTO articles (url, source, fetched_at, text) VALUES (?, ?, ?, ?)", rows
        )
    db.close()
    target = tmp_path / "copy.db"
    held = tmp_path / "held"
    env = {**os.environ, "PYTHONPATH": str(ROOT), hold_export.HELD: str(held)}
    command = [sys.executable, "-m", "tests.support.hold_export", "scrapy", "copydb"]
    proc = subprocess.Popen(
        [*command, str(source), str(target)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the first table is copied: the articles are next
    assert first.startswith("runs: "), first
    deadline = time.monotonic() + 120
    while not held.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the copy ended before it could be interrupted"
    assert held.exists(), "the copy never committed a batch of articles"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "newsloom: stopped: the batches copied so far are kept; run the same" in err
    assert "Traceback" not in err
    with sqlite3.connect(target) as conn:
        (kept,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    conn.close()
    assert 0 < kept < len(rows)  # stopped in the middle of the table
    again = run_scrapy("copydb", str(source), str(target))
    assert again.returncode == 0, again.stderr
    assert f"articles: {len(rows)} rows in the source, {len(rows)} in the target" in again.stdout


def _newer_store(path: Path) -> Path:
    """A store a newer Newsloom upgraded: a migration this code does not know."""
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('newsloom', 'm999_from_a_newer_newsloom', '2030-01-01')"
        )
    conn.close()
    return path


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("store", ["no_folder", "damaged", "newer", "read_only", "server_down"])
def test_fetch_and_parse_refuse_a_store_they_cannot_open_in_crawl_s_line(
    tmp_path: Path, store: str
) -> None:
    """`scrapy fetch` and `scrapy parse` crawl in the project, so the store pipeline opens
    NEWS_DB: a store it could not open ended them in an asyncio traceback ("Task exception was
    never retrieved"). They refuse it as `scrapy crawl` does, in one line, exit 1."""
    said = {
        "no_folder": "the database folder {folder}/gone does not exist",
        "damaged": "cannot open the database {db}: database disk image is malformed",
        "newer": "cannot open the database {db}: its schema is newer than this Newsloom's",
        "read_only": "cannot crawl into {db}: it is on read-only storage",
        "server_down": "cannot open the database {db}: connection failed",
    }[store]
    folder = tmp_path / "store"
    folder.mkdir()
    with contextlib.ExitStack() as stack:
        if store == "no_folder":
            db = str(folder / "gone" / "news.db")
        elif store == "damaged":
            db = str(damaged_database(folder / "news.db"))
        elif store == "newer":
            db = str(_newer_store(folder / "news.db"))
        elif store == "read_only":
            open_database(folder / "news.db").close()
            db = str(stack.enter_context(read_only(folder)) / "news.db")
        else:
            db = f"postgresql://newsloom@127.0.0.1:{_closed_port()}/news"
        commands = ("fetch", "parse --spider news")
        runs = run_scrapy_forked(
            *(
                [*command.split(), "http://127.0.0.1:9/a", "-s", f"NEWS_DB={db}"]
                for command in commands
            )
        )
        for command, run in zip(commands, runs, strict=True):
            assert run.returncode == 1, (command, run.stderr[-3000:])
            assert "Traceback" not in run.stderr, (command, run.stderr[-3000:])
            assert said.format(db=db, folder=folder) in run.stderr, (command, run.stderr[-3000:])


def _without_the_address_guard() -> str:
    """The project's downloader middlewares but the private-address guard, as a ``-s``
    value: `fetch` and `shell` take no allow_hosts for the test server on 127.0.0.1."""
    guard = "crawler.middlewares.addresses.PrivateAddressMiddleware"
    return f"DOWNLOADER_MIDDLEWARES={json.dumps({**DOWNLOADER_MIDDLEWARES, guard: None})}"


def test_fetch_that_gets_no_answer_fails(tmp_path: Path) -> None:
    """`scrapy fetch` of a URL refused or never answered (here a private address, not
    allowed) printed nothing and exited 0, as if the page were empty; the page it does get
    is printed, exit 0."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        srv.route("/a", fs.send(body=b"<p>the page</p>"))
        refused = run_scrapy("fetch", srv.url("/a"), "-s", f"NEWS_DB={db}")
        fetched = run_scrapy(
            "fetch", srv.url("/a"), "-s", f"NEWS_DB={db}", "-s", _without_the_address_guard()
        )
    assert refused.returncode == 1, refused.stderr[-3000:]
    assert refused.stdout == ""
    assert f"newsloom: nothing fetched from {srv.url('/a')}" in refused.stderr
    assert fetched.returncode == 0, fetched.stderr[-3000:]
    assert fetched.stdout == "<p>the page</p>\n"


@pytest.mark.parametrize("command", ["view", "shell", "bench", "runspider"])
def test_view_shell_and_bench_refuse_a_store_they_cannot_open(tmp_path: Path, command: str) -> None:
    """`scrapy view`, `scrapy shell` and `scrapy runspider` ended in the asyncio traceback
    `fetch` did before it refused such a store (exit 1); `scrapy bench` too, with exit 0."""
    db = tmp_path / "gone" / "news.db"
    spider = tmp_path / "one.py"
    spider.write_text(
        "import scrapy\n\n\nclass One(scrapy.Spider):\n    name = 'one'\n"
        "    start_urls = ['http://127.0.0.1:9/a']\n"
    )
    args = {"bench": [command], "runspider": [command, str(spider)]}.get(
        command, [command, "http://127.0.0.1:9/a"]
    )
    run = run_scrapy(*args, "-s", f"NEWS_DB={db}", timeout=60)
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert f"the database folder {tmp_path / 'gone'} does not exist" in run.stderr


def test_shell_fetches_a_page(tmp_path: Path) -> None:
    """`scrapy shell URL` ended in an AssertionError traceback before it fetched anything:
    the shell builds the downloader's middlewares before its spider, and the Retry-After
    middleware asked for the spider as it was built."""
    with fs.fault_server() as srv:
        srv.route("/a", fs.send(body=b"<p>the page</p>"))
        run = run_scrapy(
            *("shell", srv.url("/a"), "-c", "(response.status, response.text)"),
            *("-s", f"NEWS_DB={tmp_path / 'news.db'}", "-s", _without_the_address_guard()),
        )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.stdout == "(200, '<p>the page</p>')\n"


def test_fetch_view_shell_and_parse_refuse_a_spider_the_project_lacks(tmp_path: Path) -> None:
    """`--spider NAME` naming no spider of the project: fetch, view and shell ended in the
    spider loader's KeyError traceback (exit 1), and parse logged it and exited 0, having
    parsed nothing. Each says it in `scrapy crawl`'s one line now, exit 2, before any store
    is opened."""
    db = tmp_path / "news.db"
    commands = ("fetch", "view", "shell", "parse")
    runs = run_scrapy_forked(
        *(
            [command, "--spider", "tagesschu", "http://127.0.0.1:9/a", "-s", f"NEWS_DB={db}"]
            for command in commands
        )
    )
    for command, run in zip(commands, runs, strict=True):
        assert run.returncode == 2, (command, run.stderr[-3000:])
        assert "Traceback" not in run.stderr, (command, run.stderr[-3000:])
        assert "no spider named 'tagesschu'" in run.stderr, (command, run.stderr[-3000:])
        assert "did you mean 'tagesschau'?" in run.stderr, (command, run.stderr[-3000:])
    assert not db.exists()
