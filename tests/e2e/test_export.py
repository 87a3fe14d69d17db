"""`scrapy export` in a subprocess, on a database built here."""

from __future__ import annotations

import csv
import fcntl
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.exports.archive import BATCH_ROWS
from crawler.items import column_value
from crawler.storage.database import open_database
from crawler.storage.pagecodec import pack_page
from tests.conftest import ROOT, run_scrapy
from tests.support import faultserver as fs
from tests.support import hold_export, killpoint
from tests.support.harness import article_routes, damaged_rows, run_crawl, run_scrapy_forked
from tests.support.warcfiles import story_and_copy


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    db = open_database(path)
    for n in range(5):
        db.table("articles").insert(
            {
                "url": f"https://a.example/{n}",
                "source": "alpha" if n < 3 else "beta",
                "fetched_at": "2026-03-02T10:00:00+00:00",
                "published": f"2026-03-0{n + 1}T08:00:00+01:00",
                "text": f"Artikel {n}",
                "language": "de",
                "tags": column_value(["Politik", str(n)]),
                "duplicate_of": "https://a.example/0" if n == 4 else None,
            }
        )
    db.conn.commit()
    db.close()
    return path


def many_articles(path: Path, count: int, words: str) -> Path:
    """A store at ``path`` of ``count`` German articles of source alpha, each ``words`` long."""
    db = open_database(path)
    db.table("articles").insert_all(
        (
            {
                "url": f"https://a.example/{n}",
                "source": "alpha",
                "fetched_at": "2026-03-02T10:00:00+00:00",
                "text": f"Artikel {n} " + words,
                "language": "de",
            }
            for n in range(count)
        ),
        batch_size=2_000,
    )
    db.conn.commit()
    db.close()
    return path


def test_export_jsonl_and_parquet(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    parquet = tmp_path / "beta.parquet"
    store = ["-s", f"NEWS_DB={database}"]
    run, one, beta = run_scrapy_forked(
        ["export", str(out), "--unique", *store],
        ["export", str(tmp_path / "one.jsonl"), "--unique", "--source", "beta", *store],
        ["export", str(parquet), "--source", "beta", *store],
    )
    assert run.returncode == 0, run.stderr
    assert "4 articles written" in run.stdout
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["url"] for r in records] == [f"https://a.example/{n}" for n in range(4)]
    assert records[1]["tags"] == ["Politik", "1"]
    assert one.returncode == 0 and "1 article written" in one.stdout, one.stdout  # "1 articles"

    assert beta.returncode == 0, beta.stderr
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert table.column("url").to_pylist() == ["https://a.example/3", "https://a.example/4"]
    assert str(table.schema.field("published").type) == "timestamp[us, tz=UTC]"


_STORY = "The council met on Tuesday to discuss the budget for schools, roads and parks. " * 4


def _strace_traces() -> bool:
    """Whether strace is here and may trace a child: a container without ptrace rights has
    the program but every trace fails, which says nothing of the export."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True, check=False)
    return probe.returncode == 0


_STRACE = pytest.mark.skipif(not _strace_traces(), reason="strace cannot trace here")
_EXPORTS = pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.jsonl"), ("export-warc", "out.warc"), ("crawl", "out.jsonl")],
)


def traced_export(database: Path, tmp_path: Path, command: str, out: Path, calls: str) -> str:
    """Run ``command`` (``crawl``: a crawl of a WARC file with ``-O``) writing ``out`` under
    strace, watching the system calls ``calls``; returns strace's lines (``-y``: each file
    descriptor with its path)."""
    if command == "crawl":
        archive = story_and_copy(
            "https://en.example/a", "https://other.example/b", [_STORY] * 5, "Wire report."
        )
        warc = archive.write(tmp_path / "in.warc.gz")
        args = ["crawl", "news", "-a", f"warc={warc}", "-O", str(out)]
        database = tmp_path / "crawled.db"
    else:
        args = [command, str(out)]
    trace = tmp_path / "calls.txt"
    strace = ["strace", "-f", "-y", "-e", f"trace={calls}", "-o", str(trace)]
    run = subprocess.run(
        [*strace, sys.executable, "-m", "scrapy", *args, "-s", f"NEWS_DB={database}"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert out.stat().st_size > 0
    return trace.read_text()


@_STRACE
@_EXPORTS
def test_an_export_syncs_its_file_before_the_rename_and_the_folder_after(
    database: Path, tmp_path: Path, command: str, name: str
) -> None:
    """The partial file was renamed with nothing synced: after a power cut the name asked
    for could hold a file whose bytes never reached the disk. The system calls each export
    (`export`, `export-warc`, a crawl's `-O`) makes on its files, as strace sees them: the
    partial file synced, renamed, its folder synced, in that order. (That the disk keeps
    what was synced, no test here can show.)"""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    partial = folder / f".{name}.partial"
    trace = traced_export(
        database, tmp_path, command, out, "fsync,fdatasync,rename,renameat,renameat2"
    )
    calls = []
    for line in trace.splitlines():
        call = re.search(r"(fsync|fdatasync)\(\d+<([^>]*)>\)|(rename\w*)\((.*)\)\s+= 0", line)
        if call is None:
            continue
        if call[1] and call[2] in (str(partial), str(out), str(folder)):
            calls.append(f"sync {Path(call[2]).name}")
        elif call[3] and str(partial) in call[4]:
            calls.append("rename")
    assert calls == [f"sync {partial.name}", "rename", "sync out"]


@_STRACE
@_EXPORTS
def test_an_export_renames_its_partial_file_while_it_holds_its_lock(
    database: Path, tmp_path: Path, command: str, name: str
) -> None:
    """`export-warc` and a crawl's `-O` closed the file descriptor holding the partial
    file's `flock` and renamed the file after: an export starting beside it could take the
    lock in between, find the finished file still under its partial name and remove it as a
    killed export's. The calls as strace sees them: the `flock` taken on the partial file,
    the rename, and only then the close of that descriptor."""
    out = tmp_path / name
    partial = tmp_path / f".{name}.partial"
    trace = traced_export(database, tmp_path, command, out, "flock,close,rename,renameat,renameat2")
    lines = [line.split(maxsplit=1)[1] for line in trace.splitlines() if " " in line]
    (locked,) = [
        n for n, line in enumerate(lines) if line.startswith("flock(") and str(partial) in line
    ]
    fd = re.match(r"flock\((\d+)<", lines[locked])[1]  # type: ignore[index]
    renamed = next(
        n for n, line in enumerate(lines) if line.startswith("rename") and str(partial) in line
    )
    closed = next(
        n for n, line in enumerate(lines[locked:], locked) if line.startswith(f"close({fd}<")
    )
    assert locked < renamed < closed, (lines[locked], lines[renamed], lines[closed])


def test_export_usage_errors_exit_2(database: Path, tmp_path: Path) -> None:
    store = ["-s", f"NEWS_DB={database}"]
    run, since = run_scrapy_forked(
        ["export", str(tmp_path / "out.xlsx"), *store],
        ["export", str(tmp_path / "out.csv"), "--since", "soon", *store],
    )
    assert run.returncode == 2
    assert ".parquet" in run.stderr
    run = since
    assert run.returncode == 2
    assert "not a date" in run.stderr
    assert not (tmp_path / "out.csv").exists()


def test_a_warc_name_points_to_export_warc_and_both_take_a_suffix_in_any_case(
    database: Path, tmp_path: Path
) -> None:
    """`scrapy export x.warc.gz` said only "name it .jsonl, .csv or .parquet", and
    `export-warc` refused `OUT.WARC.GZ` where `export` takes `OUT.JSONL`. Now `export` names
    `scrapy export-warc` (exit 2, no file), `export-warc` writes OUT.WARC.GZ gzipped as
    out.warc.gz, and given a name `export` writes it names `scrapy export`."""
    db = ("-s", f"NEWS_DB={database}")
    warc = tmp_path / "x.warc.gz"
    upper = tmp_path / "OUT.WARC.GZ"
    articles = tmp_path / "out.JSONL"
    run, as_warc, as_articles = run_scrapy_forked(
        ["export", str(warc), *db],
        ["export-warc", str(upper), *db],
        ["export-warc", str(articles), *db],
    )
    assert run.returncode == 2
    errors = [line for line in run.stderr.splitlines() if "error" in line]
    said = f"error: x.warc.gz is a WARC file: `scrapy export-warc {warc}` writes one"
    assert len(errors) == 1 and errors[0].endswith(said), run.stderr
    assert not warc.exists()

    run = as_warc
    assert run.returncode == 0, run.stderr[-2000:]
    assert upper.read_bytes()[:2] == b"\x1f\x8b"  # gzip, as for .warc.gz
    with upper.open("rb") as fh:
        assert [r.rec_type for r in ArchiveIterator(fh)] == ["warcinfo"]

    run = as_articles
    assert run.returncode == 2
    assert "(`scrapy export` writes the articles to it)" in run.stderr
    assert not articles.exists()


def test_a_language_is_matched_as_typed_and_an_empty_result_is_said(
    database: Path, tmp_path: Path
) -> None:
    """`--language DE` wrote an empty file, exit 0: codes are stored in lower case. An export
    whose filters matched no row said only "0 articles written", in every format; a value
    that is no language code (`--language german`) was exported as one, matching nothing."""
    store = ("-s", f"NEWS_DB={database}")
    names = ("none.jsonl", "none.csv", "none.parquet")
    run, *nones, german = run_scrapy_forked(
        ["export", str(tmp_path / "de.jsonl"), "--language", "DE", *store],
        *(
            ["export", str(tmp_path / name), "--source", "beta", "--until", "2026-03-02", *store]
            for name in names
        ),
        ["export", str(tmp_path / "german.jsonl"), "--language", "german", *store],
    )
    assert run.returncode == 0 and "5 articles written" in run.stdout, run.stdout + run.stderr
    assert "newsloom:" not in run.stderr, run.stderr
    assert len(nones) == len(names)
    for none in nones:
        assert none.returncode == 0 and "0 articles written" in none.stdout, none.stderr
        assert (
            "newsloom: no stored article matches --source beta --until 2026-03-02" in none.stderr
        ), none.stderr
    assert german.returncode == 2, german.stderr
    assert "--language 'german' is not a language code" in german.stderr, german.stderr
    assert not (tmp_path / "german.jsonl").exists()


def test_spreadsheet_csv_from_the_command_line(database: Path, tmp_path: Path) -> None:
    """--spreadsheet writes the CSV Excel reads as UTF-8; asked of another format, exit 2."""
    out = tmp_path / "sheet.csv"
    store = ["-s", f"NEWS_DB={database}"]
    run, jsonl = run_scrapy_forked(
        ["export", str(out), "--spreadsheet", *store],
        ["export", str(tmp_path / "sheet.jsonl"), "--spreadsheet", *store],
    )
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbfurl,")
    run = jsonl
    assert run.returncode == 2
    assert "--spreadsheet writes CSV: name the file sheet.csv" in run.stderr
    assert not (tmp_path / "sheet.jsonl").exists()


def test_export_into_a_missing_folder_is_one_line(database: Path, tmp_path: Path) -> None:
    """A folder that does not exist ended the export in a traceback of FileNotFoundError."""
    out = tmp_path / "nowhere" / "out.csv"
    run = run_scrapy("export", str(out), "-s", f"NEWS_DB={database}")
    assert run.returncode == 2
    assert f"no folder {out.parent}" in run.stderr
    assert "Traceback" not in run.stderr
    # A file standing where the folder should be is named as one: "no folder" sent the user
    # looking for a folder that was missing.
    (tmp_path / "nowhere").write_text("a file\n")
    run = run_scrapy("export", str(out), "-s", f"NEWS_DB={database}")
    assert run.returncode == 2
    assert f"{out.parent} is a file, not a folder" in run.stderr
    # The near miss: a folder that exists is written to.
    (tmp_path / "nowhere").unlink()
    (tmp_path / "nowhere").mkdir()
    run = run_scrapy("export", str(out), "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr
    assert out.read_text("utf-8").count("https://a.example/") == 6  # 5 rows, one duplicate_of


def test_export_that_cannot_be_written_fails_and_leaves_nothing(
    database: Path, tmp_path: Path
) -> None:
    """A folder under the file's name is a usage error; a folder in the way of the file being
    written: the error in one line, exit 1, no partial file left."""
    out = tmp_path / "taken.csv"
    out.mkdir()
    run = run_scrapy("export", str(out), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 2
    assert f"{out} is a folder" in run.stderr
    out.rmdir()
    (tmp_path / ".taken.csv.partial").mkdir()
    run = run_scrapy("export", str(out), "-s", f"NEWS_DB={database}")
    assert run.returncode == 1
    assert f"could not write {out}: Is a directory" in run.stderr
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [".taken.csv.partial", "news.db"]


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.jsonl"), ("export", "out.parquet"), ("export-warc", "out.warc.gz")],
)
def test_an_existing_file_is_kept_unless_overwrite_is_given(
    database: Path, tmp_path: Path, command: str, name: str
) -> None:
    """`export` replaced an existing file where `export-warc` refused one: both refuse (exit
    2, the file as it was) and name --overwrite, which replaces it."""
    out = tmp_path / name
    out.write_text("yesterday's export")
    run = run_scrapy(command, str(out), "-s", f"NEWS_DB={database}")
    assert run.returncode == 2, run.stderr
    assert f"{out} exists; choose a new file, or add --overwrite to replace it" in run.stderr
    assert out.read_text() == "yesterday's export"
    run = run_scrapy(command, str(out), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() != b"yesterday's export" and out.stat().st_size > 0


def test_a_spreadsheet_export_says_which_cells_a_spreadsheet_cuts(tmp_path: Path) -> None:
    """A --spreadsheet export of articles whose text is longer than an Excel cell holds
    exited 0 without a word, and the spreadsheet showed the texts cut. The file keeps them
    whole; stderr says how many rows and which columns, and where they read whole."""
    db = many_articles(tmp_path / "news.db", 3, "Wort " * 6_600)  # 33,010 characters
    out = tmp_path / "sheet.csv"
    run, plain = run_scrapy_forked(
        ["export", str(out), "--spreadsheet", "-s", f"NEWS_DB={db}"],
        ["export", str(tmp_path / "plain.csv"), "-s", f"NEWS_DB={db}"],
    )
    assert run.returncode == 0, run.stderr
    assert "3 articles written" in run.stdout
    said = (
        f"3 rows of {out} with a cell longer than the 32,767 characters a spreadsheet cell "
        "holds (text 3): written whole, but Excel cuts such a cell or carries the rest into "
        "the rows below; export to .jsonl or .parquet to read them whole"
    )
    assert said in run.stderr
    with out.open(encoding="utf-8-sig", newline="") as file:
        assert [len(r["text"]) for r in csv.DictReader(file)] == [33_010] * 3
    assert plain.returncode == 0 and "spreadsheet" not in plain.stderr


def _linked(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """``exports/NAME``, a relative symbolic link to ``shared/NAME``, which holds yesterday's
    export."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "exports").mkdir()
    shared = tmp_path / "shared" / name
    shared.write_text("yesterday's export")
    link = tmp_path / "exports" / name
    link.symlink_to(Path("..", "shared", name))
    return link, shared


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.jsonl"), ("export", "out.parquet"), ("export-warc", "out.warc.gz")],
)
def test_overwrite_writes_through_a_symbolic_link(
    database: Path, tmp_path: Path, command: str, name: str
) -> None:
    """--overwrite on a symbolic link renamed the new file onto the link: the link was gone,
    a file in its place, and the shared file it named stayed as it was. The file the link
    names is replaced (written beside it, renamed there) and the link stays."""
    link, shared = _linked(tmp_path, name)
    run = run_scrapy(command, str(link), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "shared", name)
    assert shared.read_bytes() != b"yesterday's export" and shared.stat().st_size > 0
    assert [p.name for p in (tmp_path / "shared").iterdir()] == [name]


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.csv"), ("export-warc", "out.warc")],
)
def test_a_failed_overwrite_through_a_symbolic_link_leaves_no_partial_file(
    tmp_path: Path, command: str, name: str
) -> None:
    """Written beside the file a link names, a failed export's partial file is removed there,
    and a killed one's is found there by the next export."""
    db = damaged_rows(tmp_path / "news.db")
    link, shared = _linked(tmp_path, name)
    run = run_scrapy(command, str(link), "--overwrite", "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr
    assert shared.read_text() == "yesterday's export" and link.is_symlink()
    assert [p.name for p in (tmp_path / "shared").iterdir()] == [name]
    killed = tmp_path / "shared" / f".{name}.partial"
    killed.write_text("half")
    run = run_scrapy(command, str(link), "--overwrite", "-s", f"NEWS_DB={db}")
    assert f"removed {killed}, left half-written by an export that was killed" in run.stderr
    assert not killed.exists()


@pytest.mark.parametrize("command", ["export", "export-warc"])
def test_a_dangling_link_is_written_through_and_a_loop_refused(
    database: Path, tmp_path: Path, command: str
) -> None:
    """A link whose file is gone (the shared file deleted) gets it written with --overwrite, and
    stays a link; a link into a folder that is not there, or a loop of links, is refused in
    one line, exit 2, where the export replaced the link with a file."""
    name = "out.jsonl" if command == "export" else "out.warc.gz"
    link, shared = _linked(tmp_path, name)
    shared.unlink()
    run = run_scrapy(command, str(link), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr
    assert link.is_symlink() and shared.stat().st_size > 0
    nowhere = tmp_path / "exports" / f"nowhere-{name}"
    nowhere.symlink_to(tmp_path / "gone" / name)
    run = run_scrapy(command, str(nowhere), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 2, run.stderr
    said = f"{nowhere} is a symbolic link into {tmp_path / 'gone'}, which is no folder"
    assert said in run.stderr
    loop = tmp_path / "exports" / f"loop-{name}"
    loop.symlink_to(loop.name)
    run = run_scrapy(command, str(loop), "--overwrite", "-s", f"NEWS_DB={database}")
    assert run.returncode == 2, run.stderr
    assert f"{loop} is a symbolic link that leads back to itself" in run.stderr
    assert loop.is_symlink() and nowhere.is_symlink()
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == sorted(
        [name, nowhere.name, loop.name]
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.csv"), ("export-warc", "out.warc")],
)
def test_a_failed_overwrite_leaves_the_old_file(tmp_path: Path, command: str, name: str) -> None:
    """With --overwrite, an export that fails half-way leaves the file it was to replace."""
    db = damaged_rows(tmp_path / "news.db")
    out = tmp_path / name
    out.write_text("yesterday's export")
    run = run_scrapy(command, str(out), "--overwrite", "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr
    assert out.read_text() == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["news.db", name])


@pytest.mark.parametrize(
    ("command", "name"),
    [("export", "out.jsonl"), ("export-warc", "out.warc.gz")],
)
def test_rows_damaged_past_the_schema_fail_the_export_in_one_line(
    tmp_path: Path, command: str, name: str
) -> None:
    """A database that opens but whose rows are damaged mid-way ended both exports in a
    DatabaseError traceback, and export-warc left its half-written .open file behind."""
    db = damaged_rows(tmp_path / "news.db")
    out = tmp_path / "files"
    out.mkdir()
    run = run_scrapy(command, str(out / name), "-s", f"NEWS_DB={db}")
    assert run.returncode == 1, run.stderr
    said = f"could not read the database {db}: database disk image is malformed; "
    assert said + f"{out / name} not written" in run.stderr
    assert "Traceback" not in run.stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_during_an_export_is_one_line_and_exit_130(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """Ctrl-C mid-export ended in a KeyboardInterrupt traceback (the partial file was removed
    already); it is now the one line 'stopped: FILE not written', exit 130, as for a crawl.
    SIGTERM (`kill`, `timeout`) killed it without a word, status 143, and left its partial
    file; it stops the export as Ctrl-C does.

    The export is held after its first batch (tests/support/hold_export.py) and signalled
    once it says so: signalled once its partial file existed, a store of 40,000 articles
    left 3.5 to 18.6 s to act, as fast as the machine went."""
    path = many_articles(tmp_path / "big.db", BATCH_ROWS + 10, "Wort " * 40)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / ".out.jsonl.partial"
    held = tmp_path / "held"
    env = {**os.environ, "PYTHONPATH": str(ROOT), hold_export.HELD: str(held)}
    command = [sys.executable, "-m", "tests.support.hold_export", "scrapy", "export"]
    command += [str(out), "-s", f"NEWS_DB={path}"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not held.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the export ended before it could be interrupted"
    assert held.exists(), "the export never reached its second batch"
    assert partial.stat().st_size > 0, "the first batch is not in the partial file"
    proc.send_signal(stop)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr[-2000:]
    assert f"stopped: {out} not written" in stderr
    assert "Traceback" not in stderr
    assert not out.exists() and not partial.exists()


@pytest.mark.parametrize(
    ("command", "wrote"),
    [
        (("export-warc", "out.warc.gz"), "Wrote 0 pages to"),
        (("export", "out.jsonl"), "0 articles written to"),
    ],
)
def test_ctrl_c_after_the_file_is_written_leaves_the_exports_exit_code(
    tmp_path: Path, command: tuple[str, str], wrote: str
) -> None:
    """Ctrl-C after "Wrote N pages" killed the process by the signal (a traceback, status
    130) although the file was complete; the export's own outcome now stands, exit 0. The
    command is held in its last line (sources not stored, more than a pipe holds, unread)
    until the signal has come."""
    db = tmp_path / "news.db"
    open_database(db).close()
    name, file = command
    out = tmp_path / file
    # About 110 KB of names, more than a pipe holds, in 800 of them: argparse's time for a run
    # of --source options grows with their number squared (8,000 of them took 1.8 CPU-s).
    names = [f"nosuch-{n:03}-" + "x" * 128 for n in range(800)]
    sources = names if name == "export-warc" else [a for n in names for a in ("--source", n)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", name, str(out), *sources, "-s", f"NEWS_DB={db}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Parsing 16,000 options (8,000 names) took over a minute under load: the wait ran out,
    # and the Ctrl-C landed in argparse (a traceback), failing the test for what it does not
    # test.
    deadline = time.monotonic() + 300
    while not out.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert out.exists(), "the export never wrote its file"
    # Into the line of unknown sources: read until it begins, a few KB of its ~110, so the
    # rest, more than a pipe holds, keeps the export in it (a fixed second hoped for that).
    assert proc.stderr is not None
    begun = b""
    while b"nosuch-" not in begun and time.monotonic() < deadline:
        if select.select([proc.stderr], [], [], 1.0)[0]:
            chunk = os.read(proc.stderr.fileno(), 4096)
            if not chunk:
                break
            begun += chunk
    assert b"nosuch-" in begun, begun.decode(errors="replace")[-2000:]
    assert proc.poll() is None, "the export ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    stdout, rest = proc.communicate(timeout=60)
    stderr = begun.decode() + rest
    assert proc.returncode == 0, stderr[-2000:]
    assert f"{wrote} {out}" in stdout
    assert "Traceback" not in stderr and names[-1] in stderr
    assert out.exists()


def test_an_export_warc_killed_half_way_is_never_named_as_whole_by_a_recording_crawl(
    tmp_path: Path,
) -> None:
    """export-warc killed with -9 half-way (no handler runs, nothing is cleaned up) into the
    folder a crawl records into (NEWS_WARC_DIR): the crawl's start gives the `.warc.gz.open`
    files no writer holds their final names, as those of a killed crawl, and so named the
    half-written export `out.warc.gz`, an archive that looked whole (and the export run again
    refused the name as taken). The export's partial file is no recorder's: it stays apart, and
    the export run again writes every page."""
    db_path = tmp_path / "news.db"
    db = open_database(db_path)
    pages = 250  # past export-warc's first chunk of 200 pages
    html = "<html><body><p>" + "Ein Satz über den Gemeinderat. " * 40 + "</p></body></html>"
    for n in range(pages):
        url = f"https://a.example/{n}"
        db.table("articles").insert(
            {"url": url, "source": "alpha", "fetched_at": "2026-03-02T10:00:00+00:00", "text": html}
        )
        db.table("pages").insert(
            {"url": url, "html_gz": pack_page(html), "fetched_at": "2026-03-02T10:00:00+00:00"}
        )
    db.conn.commit()
    db.close()
    archive = tmp_path / "warc"
    archive.mkdir()
    out = archive / "out.warc.gz"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        killpoint.KILL_SQL: "SELECT p.url",  # the second chunk's read: 200 pages written
        killpoint.KILL_AT: "2",
    }
    command = [sys.executable, "-m", "tests.support.killpoint", "scrapy", "export-warc"]
    killed = subprocess.run(
        [*command, str(out), "-s", f"NEWS_DB={db_path}"], cwd=ROOT, env=env, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL
    left = [p for p in archive.iterdir() if p.stat().st_size > 0]
    assert left and not out.exists()  # half-written, under another name

    with fs.fault_server() as srv:
        paths = article_routes(srv, 1)
        srv.route("/feed.xml", fs.send(body=fs.rss(srv.base, paths)))
        recorded = run_crawl(
            tmp_path / "crawl.db",
            "-a",
            f"feed={srv.url('/feed.xml')}",
            "-s",
            f"NEWS_WARC_DIR={archive}",
        )
    assert recorded.returncode == 0, recorded.stderr[-3000:]
    assert not out.exists()

    again = run_scrapy("export-warc", str(out), "-s", f"NEWS_DB={db_path}")
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"Wrote {pages} pages to {out}" in again.stdout
    with out.open("rb") as fh:
        assert sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response") == pages


def test_a_killed_exports_partial_file_is_removed_by_the_next_export(
    database: Path, tmp_path: Path
) -> None:
    """A killed export (kill -9) left its hidden `.NAME.partial` beside the exports until an
    export to that very name replaced it. The next export into the folder removes it and says
    so; a partial file an export is writing (its flock held) is left, and so is a file no
    export writes."""
    folder = tmp_path / "out"
    folder.mkdir()
    stale = folder / ".old.jsonl.partial"
    stale.write_text('{"url": "https://a.example/hal', encoding="utf-8")
    foreign = folder / ".notes.txt.partial"
    foreign.write_text("not an export's", encoding="utf-8")
    running = folder / ".running.warc.gz.partial"
    running.write_bytes(b"WARC/1.1\r\n")
    with running.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as the export writing it holds it
        run = run_scrapy("export", str(folder / "new.jsonl"), "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr
    assert not stale.exists()
    assert foreign.exists() and running.exists()
    said = [line for line in run.stderr.splitlines() if "half-written" in line]
    assert said == [f"newsloom: removed {stale}, left half-written by an export that was killed"]
    assert (folder / "new.jsonl").is_file()


def export_killed_at_batch(db: Path, out: Path, batch: int) -> Path:
    """Run `scrapy export` to ``out`` (in a folder of its own) and kill it with -9 as it
    reads its ``batch``-th batch of rows; returns the partial file it left, the folder's only
    file."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        killpoint.KILL_SQL: "SELECT rowid AS _rowid",  # a batch's read
        killpoint.KILL_AT: str(batch),
    }
    command = [sys.executable, "-m", "tests.support.killpoint", "scrapy", "export"]
    killed = subprocess.run(
        [*command, str(out), "-s", f"NEWS_DB={db}"], cwd=ROOT, env=env, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL
    stale = out.with_name(f".{out.name}.partial")
    assert [p.name for p in out.parent.iterdir()] == [stale.name]
    return stale


@pytest.mark.parametrize("name", ["articles.ndjson", "ARTICLES.JSONL", "articles.Parquet"])
def test_the_partial_file_of_an_export_to_any_name_it_takes_is_removed_once_killed(
    tmp_path: Path, name: str
) -> None:
    """`scrapy export` takes `.ndjson` and a suffix in any case (`ARTICLES.JSONL`); killed
    with -9 half-way, its `.NAME.partial` was taken for no export's (only lower-case `.jsonl`,
    `.csv`, … were looked for) and stayed beside the exports for good, whatever its size. The
    next export into the folder removes it and says so, as for any other export's."""
    # Past the first batch of 1,000 rows.
    db_path = many_articles(tmp_path / "news.db", 1200, "Ein Satz über den Gemeinderat. " * 20)
    folder = tmp_path / "out"
    folder.mkdir()
    stale = export_killed_at_batch(db_path, folder / name, 2)
    assert stale.stat().st_size > 0  # the first batch, written before the kill

    run = run_scrapy("export", str(folder / "next.csv"), "-s", f"NEWS_DB={db_path}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"newsloom: removed {stale}, left half-written by an export that was killed" in (
        run.stderr
    )
    assert sorted(p.name for p in folder.iterdir()) == ["next.csv"]


def test_an_export_killed_before_its_first_write_leaves_no_empty_partial_file_for_good(
    database: Path, tmp_path: Path
) -> None:
    """Killed with -9 before it wrote a byte (here at its first read of the store), an export
    left an empty `.NAME.partial`, which every later export skipped as one whose writer had
    just created it: it stayed for good. An empty partial file no export holds is removed
    by the next export into the folder, which says so, as a non-empty one."""
    folder = tmp_path / "out"
    folder.mkdir()
    stale = export_killed_at_batch(database, folder / "a.jsonl", 1)
    assert stale.stat().st_size == 0

    run = run_scrapy("export", str(folder / "b.jsonl"), "-s", f"NEWS_DB={database}")
    assert run.returncode == 0, run.stderr[-2000:]
    said = f"newsloom: removed {stale}, left half-written by an export that was killed"
    assert said in run.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["b.jsonl"]


def test_export_warc_says_which_stored_articles_it_has_no_page_of(tmp_path: Path) -> None:
    """Articles stored with NEWS_KEEP_HTML off have no page for export-warc to write: they
    were left out without a word ("Wrote 2 pages", exit 0), and ingesting the file gave a
    store without them. They are still left out (the store has no page of them), but the
    export says how many, of the sources asked for."""
    db_path = tmp_path / "news.db"
    db = open_database(db_path)
    html = "<html><body><p>" + "Ein Satz über den Gemeinderat. " * 40 + "</p></body></html>"
    for n, source in enumerate(["alpha", "alpha", "alpha", "beta", "beta"]):
        url = f"https://a.example/{n}"
        when = "2026-03-02T10:00:00+00:00"
        db.table("articles").insert(
            {"url": url, "source": source, "fetched_at": when, "text": html}
        )
        if n in (0, 3):  # the others were stored without their page
            db.table("pages").insert({"url": url, "html_gz": pack_page(html), "fetched_at": when})
    db.conn.commit()
    db.close()

    out = tmp_path / "all.warc.gz"
    beta = tmp_path / "beta.warc"
    run, of_beta = run_scrapy_forked(
        ["export-warc", str(out), "-s", f"NEWS_DB={db_path}"],
        ["export-warc", str(beta), "beta", "-s", f"NEWS_DB={db_path}"],
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"Wrote 2 pages to {out}" in run.stdout
    assert (
        "newsloom: 3 stored articles without a kept page left out (stored with NEWS_KEEP_HTML off"
        in run.stderr
    )
    with out.open("rb") as fh:
        assert sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response") == 2

    run = of_beta
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"Wrote 1 page to {beta}" in run.stdout
    assert (
        "newsloom: 1 stored article without a kept page left out (stored with NEWS_KEEP_HTML off"
        in run.stderr
    )
