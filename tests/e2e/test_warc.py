"""End to end: `scrapy crawl news -a warc=…` ingests CC-NEWS-like files through the pipelines."""

from __future__ import annotations

import ast
import gzip
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import FAST, Crawl, ScrapyRun, run_scrapy
from tests.support.warcfiles import (
    Record,
    WarcFile,
    page,
    request,
    response,
    revisit,
    story_and_copy,
    warcinfo,
)

EN = ["The council met on Tuesday to discuss the budget for schools, roads and parks. " * 4]
DE = ["Der Stadtrat hat am Dienstag über den Haushalt für Schulen und Straßen beraten. " * 4]


def _stats(stderr: str) -> dict:
    """The closing stats Scrapy dumps at the end of a crawl."""
    dump = stderr[stderr.rindex("Dumping Scrapy stats:") :]
    body = dump[dump.index("{") : dump.index("}") + 1]
    body = re.sub(r"datetime\.datetime\([^)]*\)", "None", body)
    return ast.literal_eval(body)


def mixed_file(path: Path) -> Path:
    """Mixed hosts and languages, non-HTML, a revisit, a truncated record, a corrupted member."""
    w = WarcFile()
    w.add(warcinfo())
    for i in range(3):
        url = f"https://en.example/story-{i}"
        w.add(request(url))
        w.add(response(url, page(f"Council story {i}", [f"Story {i}. {EN[0]}"])))
    for i in range(2):
        w.add(
            response(
                f"https://de.example/artikel-{i}",
                page(f"Stadtrat {i}", [f"Nr. {i}. {DE[0]}"], "de"),
            )
        )
    w.add(response("https://en.example/feed.json", b"{}", content_type="application/json"))
    w.add(response("https://en.example/gone", b"gone", status="404 Not Found"))
    w.add(revisit("https://en.example/story-0"))
    w.add(response("https://en.example/cut", page("Cut", EN), extra={"WARC-Truncated": "length"}))
    broken = w.add(response("https://en.example/broken", page("Broken", EN)))
    w.add(
        response(
            "https://other.example/late",
            page("Late story", [f"Late. {EN[0]}"]),
            date="2024-05-01T00:00:00Z",
        )
    )
    w.corrupt = {broken}
    return w.write(path)


@dataclass(frozen=True)
class Ingest:
    """``mixed_file`` ingested into a new store: the file, the run and the store."""

    warc: Path
    run: ScrapyRun
    db: Path


@pytest.fixture(scope="module")
def mixed_ingest(tmp_path_factory: pytest.TempPathFactory) -> Ingest:
    """The mixed file's first ingest, run once for the module: the tests that read that run
    share it; a test that runs again on its store copies the store first (``_copy_store``)."""
    folder = tmp_path_factory.mktemp("mixed")
    warc = mixed_file(folder / "cc-news.warc.gz")
    db = folder / "news.db"
    run = run_scrapy("crawl", "news", "-a", f"warc={warc}", "-s", f"NEWS_DB={db}", *FAST)
    return Ingest(warc, run, db)


def _copy_store(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite store ``source`` at ``target``, its WAL included."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def test_ingest_counts_every_skip_and_stores_the_pages(
    tmp_path: Path, crawl: Crawl, mixed_ingest: Ingest
) -> None:
    warc, run, db = mixed_ingest.warc, mixed_ingest.run, Database(mixed_ingest.db)
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    skips = {k.removeprefix("news/warc/skip/"): v for k, v in stats.items() if "/skip/" in k}
    assert skips == {
        "not_response": 4,  # warcinfo and three requests
        "non_html": 1,
        "status": 1,
        "revisit": 1,
        "truncated": 1,
        "corrupt": 1,
    }
    # The summary names the records that held a page and were not ingested.
    want = "5 WARC records skipped (corrupt 1, non_html 1, revisit 1, status 1, truncated 1)"
    assert want in run.stderr, run.stderr[-2000:]
    rows = {r["url"]: r for r in db.query("select * from articles")}
    assert set(rows) == {
        *(f"https://en.example/story-{i}" for i in range(3)),
        *(f"https://de.example/artikel-{i}" for i in range(2)),
        "https://other.example/late",
    }
    assert rows["https://de.example/artikel-1"]["language"] == "de"
    assert rows["https://de.example/artikel-1"]["source"] == "de.example"
    assert rows["https://other.example/late"]["fetched_at"] == "2024-05-01T00:00:00+00:00"
    assert rows["https://en.example/story-2"]["title"] == "Council story 2"
    (progress,) = db.query("select * from warc_files")
    assert progress["done"] == 1 and progress["offset"] == warc.stat().st_size
    db.close()

    # A rerun skips the finished file without reading it (on a copy: the first run is shared).
    _copy_store(mixed_ingest.db, tmp_path / "news.db")
    again, db = crawl("news", "-a", f"warc={warc}")
    assert again.returncode == 0, again.stderr[-3000:]
    stats = _stats(again.stderr)
    assert stats["news/warc/files/already_done"] == 1
    assert "news/warc/records" not in stats
    assert ", 1 WARC file read before (not read again), " in again.stderr


def test_ingest_filters_and_resumes(tmp_path: Path, crawl: Crawl) -> None:
    warc = mixed_file(tmp_path / "cc-news.warc.gz")
    run, db = crawl(
        "news",
        "-a",
        f"warc={warc}",
        "-a",
        "hosts=*.example",
        "-a",
        "until=2024-04-01",
        "-a",
        "languages=en",
        "-a",
        "source=cc",
    )
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    assert stats["news/warc/skip/date"] == 1  # other.example is from May
    assert stats["news/drop/unexpected_language"] == 2
    rows = list(db.query("select url, source from articles"))
    assert {r["url"] for r in rows} == {f"https://en.example/story-{i}" for i in range(3)}
    assert {r["source"] for r in rows} == {"cc"}

    # Interrupted runs resume at their watermark: only records from there on are read again.
    # Member 6 holds the response of story-2 (members are written in record order).
    offsets = _member_offsets(warc.read_bytes())
    db.execute("update warc_files set offset = ?, done = 0", [offsets[6]])
    db.conn.commit()
    again, db = crawl("news", "-a", f"warc={warc}", "-a", "source=cc")
    assert again.returncode == 0, again.stderr[-3000:]
    stats = _stats(again.stderr)
    assert stats["news/warc/files/resumed"] == 1
    assert stats["news/warc/records"] == len(offsets) - 6 - 1  # less the corrupted member
    assert stats["news/warc/articles"] == 4  # story-2, two German pages, the late one


def _member_offsets(data: bytes) -> list[int]:
    import zlib

    offsets, pos = [], 0
    while pos < len(data):
        offsets.append(pos)
        inflater = zlib.decompressobj(31)
        try:
            inflater.decompress(data[pos:])
        except zlib.error:
            # the corrupted member: the next one starts at the next gzip header
            pos = data.index(b"\x1f\x8b\x08", pos + 1)
            continue
        pos = len(data) - len(inflater.unused_data)
    return offsets


def test_bad_warc_arguments_fail_with_a_message(tmp_path: Path, crawl: Crawl) -> None:
    run, _ = crawl("news", "-a", f"warc={tmp_path}/nothing-*.warc.gz")
    assert run.returncode != 0
    assert "nothing-*.warc.gz': no file matches it" in run.stderr


def test_a_file_that_is_no_warc_fails_the_run(tmp_path: Path, crawl: Crawl) -> None:
    """It read as one damaged stretch and the run ended as a success with nothing in it."""
    html = tmp_path / "page.warc.gz"
    html.write_bytes(page("Not an archive", EN))
    run, _ = crawl("news", "-a", f"warc={html}")
    assert run.returncode == 1, run.stderr[-3000:]
    assert "no WARC or ARC record in it" in run.stderr
    assert _stats(run.stderr)["news/warc/files/unreadable"] == 1
    # Its failure is not forgotten: the rerun read it as done and exited 0.
    again, _ = crawl("news", "-a", f"warc={html}")
    assert again.returncode == 1, again.stderr[-3000:]
    assert "read before" not in again.stderr


def test_an_unreadable_file_beside_readable_ones_partly_fails_the_run(
    tmp_path: Path, crawl: Crawl, mixed_ingest: Ingest
) -> None:
    """One unreadable file of several: the run exited 0, the file named only by an ERROR
    line, as if everything had been read. It exits 3 (partly failed), as a crawl with one
    failed source of several, with the file named in the summary; the readable files are
    ingested in full, and a rerun says the same until the file is mended or left out."""
    html = tmp_path / "page.warc.gz"
    html.write_bytes(page("Not an archive", EN))
    # The readable file ingested alone: the module's first ingest of it.
    good, alone = mixed_ingest.warc, mixed_ingest.run
    assert alone.returncode == 0, alone.stderr[-3000:]

    run, db = crawl("news", "-a", f"warc={good},{html}")
    assert run.returncode == 3, run.stderr[-3000:]
    stats = _stats(run.stderr)
    assert stats["news/warc/files/unreadable"] == 1
    assert f"partly failed (1 WARC file unreadable: {html})" in run.stderr
    assert "exit 3 (partly failed)" in run.stderr
    rows = {r["url"] for r in db.query("select url from articles")}
    assert rows == {r["url"] for r in Database(mixed_ingest.db).query("select url from articles")}
    assert len(rows) == 6

    again, _ = crawl("news", "-a", f"warc={good},{html}")
    assert again.returncode == 3, again.stderr[-3000:]
    assert ", 1 WARC file read before (not read again), " in again.stderr
    assert f"1 WARC file unreadable: {html}" in again.stderr


def test_a_record_whose_worker_timed_out_is_stored_by_the_rerun(
    tmp_path: Path, crawl: Crawl
) -> None:
    """Timed out, a record was finished: the rerun skipped the file as done and the article
    was lost, though a try on an idle machine stores it."""
    w = WarcFile()
    for i in range(2):
        url = f"https://en.example/story-{i}"
        w.add(response(url, page(f"Council story {i}", [f"Story {i}. {EN[0]}"])))
    warc = w.write(tmp_path / "cc-news.warc.gz")
    # A time limit no page can meet: every worker is killed on the first try.
    run, db = crawl("news", "-a", f"warc={warc}", "-s", "NEWS_EXTRACT_TIMEOUT=0.001")
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    assert stats["news/extract/timeout"] == 2 and stats["news/warc/retry/kept"] == 2
    assert list(db.query("select url from articles")) == []

    again, db = crawl("news", "-a", f"warc={warc}")
    assert again.returncode == 0, again.stderr[-3000:]
    stats = _stats(again.stderr)
    assert stats["news/warc/records"] == 2 and stats["news/warc/retry/resolved"] == 2
    rows = [r["url"] for r in db.query("select url from articles")]
    assert sorted(rows) == ["https://en.example/story-0", "https://en.example/story-1"]
    assert list(db.query("select * from warc_retries")) == []


def test_a_page_already_stored_from_another_archive_lets_the_file_finish(
    tmp_path: Path, crawl: Crawl
) -> None:
    """Two archives holding the same page (a crawl recorded again after a kill): the later
    record wrote no row, only the article's check time, so it never counted as finished; the
    second file stayed unfinished and every rerun read it again from that record."""
    story = page("Council story", [f"Story. {EN[0]}"])
    first, second = WarcFile(), WarcFile()
    first.add(response("https://en.example/story", story, date="2024-03-01T12:00:00Z"))
    second.add(response("https://en.example/story", story, date="2024-03-02T12:00:00Z"))
    second.add(response("https://en.example/other", page("Other", [f"Other. {EN[0]}"])))
    paths = [first.write(tmp_path / "a.warc.gz"), second.write(tmp_path / "b.warc.gz")]
    for path in paths:
        run, db = crawl("news", "-a", f"warc={path}", "-a", "source=cc")
        assert run.returncode == 0, run.stderr[-3000:]
    assert _stats(run.stderr)["news/store/unchanged"] == 1
    done = {r["path"]: r["done"] for r in db.query("select path, done from warc_files")}
    assert done == {str(p.resolve()): 1 for p in paths}
    again, _ = crawl("news", "-a", f"warc={paths[1]}", "-a", "source=cc")
    assert again.returncode == 0, again.stderr[-3000:]
    assert _stats(again.stderr)["news/warc/files/already_done"] == 1


def test_two_captures_give_versions_in_capture_order_whatever_the_file_order(
    tmp_path: Path, crawl: Crawl
) -> None:
    """Two archives of one page, the newer named first: the older capture was counted "older
    than stored" and lost, so `scrapy versions` showed one version, the newer, and which
    capture survived depended on the order of the files and of the worker pool."""
    url = "https://en.example/budget"
    march, april = WarcFile(), WarcFile()
    march.add(response(url, page("Budget vote", [EN[0]]), date="2024-03-01T12:00:00Z"))
    corrected = [EN[0], "Correction: the budget passed seven to two after a long debate."]
    april.add(response(url, page("Budget passed", corrected), date="2024-04-01T12:00:00Z"))
    newer = april.write(tmp_path / "april.warc.gz")
    older = march.write(tmp_path / "march.warc.gz")
    run, db = crawl("news", "-a", f"warc={newer},{older}")
    assert run.returncode == 0, run.stderr[-3000:]
    (row,) = db.query("select title, fetched_at, version from articles")
    assert row == {
        "title": "Budget passed",
        "fetched_at": "2024-04-01T12:00:00+00:00",
        "version": 2,
    }
    shown = run_scrapy("versions", url, "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert shown.returncode == 0, shown.stderr[-2000:]
    listed = [line.split()[:3] for line in shown.stdout.splitlines() if line.startswith("v")]
    assert listed == [
        ["v1", "fetched", "2024-03-01T12:00:00+00:00"],
        ["v2", "fetched", "2024-04-01T12:00:00+00:00"],
    ]
    assert "+Correction: the budget passed seven to two after a long debate." in shown.stdout


def _wire(body: bytes) -> bytes:
    """``body`` gzip-compressed and chunked, as a server sends it and wget records it."""
    zipped = gzip.compress(body, mtime=0)
    pieces = [zipped[i : i + 500] for i in range(0, len(zipped), 500)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_a_wget_archive_is_ingested_page_by_page(tmp_path: Path, crawl: Crawl) -> None:
    """`wget --warc-file` writes the target URI in angle brackets and the bodies as sent,
    chunked and compressed, between request, metadata and resource records. Its pages were
    all skipped as bad URLs, and after the first chunked gzip page nothing was read at all;
    the run said ok."""
    w = WarcFile()
    w.add(warcinfo("software: Wget/1.21.4\r\nformat: WARC File Format 1.0\r\n"))
    wire = [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]
    for i in range(3):
        url = f"https://en.example/wget-{i}"
        w.add(request(url))
        w.add(response(url, _wire(page(f"Wget story {i}", [f"Story {i}. {EN[0]}"])), headers=wire))
        when = {"WARC-Target-URI": url, "WARC-Date": "2024-03-01T12:00:00Z"}
        w.add(Record("metadata", when, b"outlink: https://en.example/\r\n"))
    for record in w.records:
        if "WARC-Target-URI" in record.fields:
            record.fields["WARC-Target-URI"] = f"<{record.fields['WARC-Target-URI']}>"
    log = {"WARC-Target-URI": "metadata://gnu.org/software/wget/warc/wget.log"}
    w.add(Record("resource", {**log, "WARC-Date": "2024-03-01T12:00:00Z"}, b"log\n"))
    warc = w.write(tmp_path / "wget.warc.gz")
    run, db = crawl("news", "-a", f"warc={warc}")
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    assert stats["news/warc/skip/not_response"] == 8  # warcinfo, 3 requests, 3 metadata, log
    assert not [k for k in stats if k.startswith("news/warc/skip/") and "not_response" not in k]
    titles = {r["url"]: r["title"] for r in db.query("select url, title from articles")}
    assert titles == {f"https://en.example/wget-{i}": f"Wget story {i}" for i in range(3)}


def test_an_amp_capture_of_an_archived_article_adds_no_row_and_lets_the_file_finish(
    tmp_path: Path, crawl: Crawl
) -> None:
    """An archive holding an article and its AMP view (CC-NEWS records both): before, two
    rows, the AMP one a copy. Now the AMP page, which names the article its canonical URL,
    is the stored article's (crawler/identity.py): no row, no version, and its record counts
    as finished, so the file is done."""
    url = "https://en.example/budget"
    paragraphs = [EN[0], "The vote was seven to two after a long debate."]
    canonical = f'<head><link rel="canonical" href="{url}">'.encode()
    story = page("Budget passed", paragraphs).replace(b"<head>", canonical)
    amp = page("Budget passed", [*paragraphs, "Read more in the app."])
    archive = WarcFile()
    archive.add(response(url, story, date="2024-03-01T12:00:00Z"))
    archive.add(
        response(f"{url}/amp", amp.replace(b"<head>", canonical), date="2024-03-01T13:00:00Z")
    )
    path = archive.write(tmp_path / "news.warc.gz")
    run, db = crawl("news", "-a", f"warc={path}", "-a", "source=cc")
    assert run.returncode == 0, run.stderr[-3000:]
    stats = _stats(run.stderr)
    assert (stats["news/url/canonical/self"], stats["news/url/canonical/adopted"]) == (1, 1)
    # The two records are analysed by two workers and stored in the order they finish: the
    # AMP page first is stored under the article's URL and the article then updates it (one
    # write counted "updated"), the article first makes the AMP page an alias. Either way one
    # row holds the article as its own record gives it.
    assert stats["news/store/new"] == 1
    assert stats.get("news/store/alias", 0) + stats.get("news/store/updated", 0) == 1
    assert [(r["url"], r["fetched_url"]) for r in db.query("select * from articles")] == [
        (url, url)
    ]
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 0
    assert [r["done"] for r in db.query("select done from warc_files")] == [1]


def test_the_feed_of_a_run_names_the_originals_of_its_copies(tmp_path: Path, crawl: Crawl) -> None:
    """`-O` wrote each article before the store had decided whether it was a copy: every copy
    came out as an original (no `duplicate_of`, no `similarity`) while its row named the
    original. The feed now holds the row's verdict."""
    story = [f"Paragraph {n}. {EN[0]}" for n in range(5)]
    archive = story_and_copy(
        "https://en.example/original", "https://other.example/copy", story, "Wire report."
    )
    out = tmp_path / "feed.jsonl"
    # One worker: the store takes the pages in the order the archive holds them.
    one = ("-s", "NEWS_WORKERS=1")
    run, db = crawl(
        "news", "-a", f"warc={archive.write(tmp_path / 'in.warc.gz')}", "-O", str(out), *one
    )
    assert run.returncode == 0, run.stderr[-3000:]
    stored = {r["url"]: r for r in db.query("select url, duplicate_of, similarity from articles")}
    assert stored["https://other.example/copy"]["duplicate_of"] == "https://en.example/original"
    fed = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(fed) == len(stored) == 2
    for row in fed:
        assert (row["duplicate_of"], row["similarity"]) == (
            stored[row["url"]]["duplicate_of"],
            stored[row["url"]]["similarity"],
        ), row["url"]
    # The copy captured again, unchanged: no row is written, the feed still says what it is.
    later = WarcFile()
    copy = archive.records[1]
    later.add(replace(copy, fields={**copy.fields, "WARC-Date": "2024-03-02T13:00:00Z"}))
    out = tmp_path / "again.jsonl"
    run, _ = crawl(
        "news", "-a", f"warc={later.write(tmp_path / 'later.warc.gz')}", "-O", str(out), *one
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert _stats(run.stderr)["news/store/unchanged"] == 1
    (again,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert again["duplicate_of"] == "https://en.example/original"


def test_an_output_file_that_cannot_be_written_fails_the_run(tmp_path: Path, crawl: Crawl) -> None:
    """`-O FILE` where FILE cannot be written (here a folder stands under its name) printed
    tracebacks, and the run said "ok", exit 0, with no file written. Now: one line naming the
    file, the source failed in its run row, exit 1, no partial file left; the articles stored.
    The same path reports a read-only folder or a full disk (each seen by hand)."""
    story = [f"Paragraph {n}. {EN[0]}" for n in range(5)]
    archive = story_and_copy(
        "https://en.example/original", "https://other.example/copy", story, "Wire report."
    )
    out = tmp_path / "taken.jsonl"
    (out / "inside").mkdir(parents=True)  # a folder not empty: no file can take its name
    run, db = crawl("news", "-a", f"warc={archive.write(tmp_path / 'in.warc.gz')}", "-O", str(out))
    assert run.returncode == 1, run.stderr[-3000:]
    assert f"Could not write {out}: " in run.stderr
    assert "Traceback" not in run.stderr
    # Scrapy's "Stored jsonl feed (2 items) in: FILE" followed the ERROR line: the log said
    # the file was written.
    assert "Stored jsonl feed" not in run.stderr
    assert _stats(run.stderr)["news/fatal/output_failed"] == 1
    assert [p.name for p in out.iterdir()] == ["inside"]
    assert not (tmp_path / ".taken.jsonl.partial").exists()
    assert db.execute("select count(*) from articles").fetchone()[0] == 2
    (row,) = db.query("select failure from run_sources")
    assert row["failure"] == "fatal: output_failed"
    (ended,) = db.query("select exit_code from runs")
    assert ended["exit_code"] == 1


def test_a_host_filter_that_no_host_can_match_is_refused(tmp_path: Path) -> None:
    """`-a hosts=https://en.example/` skipped every record as `host`, said "ok", exit 0, and
    marked the file read, so the rerun with `hosts=en.example` read nothing of it."""
    warc = mixed_file(tmp_path / "cc-news.warc.gz")
    db = tmp_path / "news.db"
    for pattern, said in (
        ("https://en.example/", "hosts= pattern 'https://en.example/' is no host name"),
        ("en.example:443", "hosts= pattern 'en.example:443' is no host name"),
    ):
        run = run_scrapy(
            "crawl", "news", "-a", f"warc={warc}", "-a", f"hosts={pattern}",
            "-s", f"NEWS_DB={db}",
        )  # fmt: skip
        assert run.returncode == 2, run.stderr[-3000:]
        assert said in run.stderr and "Traceback" not in run.stderr
        assert not db.exists()
    ok = run_scrapy("crawl", "news", "-a", f"warc={warc}", "-a", "hosts=::1,en.example",
                    "-s", f"NEWS_DB={db}")  # fmt: skip
    assert ok.returncode == 0, ok.stderr[-3000:]
    assert Database(db).execute("select count(*) from articles").fetchone()[0] == 3
