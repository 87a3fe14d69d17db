"""Issue 17: bad configuration stops a run with one clear line, before anything is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import SourceError, load_sources
from tests.conftest import FAST, as_scrapy, run_scrapy
from tests.support import faultserver as fs


@pytest.mark.parametrize(
    "args",
    [
        ("-a", "depth=-1"),
        ("-s", "DOWNLOAD_MAXSIZE=big"),
        ("-s", "NEWS_RECHECK_AFTER_HOURS=nan"),
        # Crawled into a source named "" (blank) or the host's (empty, `-a source=$LABEL`
        # with LABEL unset), exit 0.
        ("-a", "source= "),
        ("-a", "source="),
        # Read as not given: the run crawled the start page (or followed every link, kept
        # every language), exit 0.
        ("-a", "feed="),
        ("-a", "follow= "),
        ("-a", "languages="),
    ],
    ids=[
        "depth",
        "maxsize",
        "nan",
        "blank_source",
        "empty_source",
        "empty_feed",
        "blank_follow",
        "empty_languages",
    ],
)
def test_bad_arguments_stop_the_run_before_any_fetch(tmp_path: Path, args: tuple) -> None:
    with fs.fault_server() as srv:
        srv.route("/", fs.send(body=fs.article_html("start").encode()))
        run = run_scrapy(
            "crawl", "news", "-a", f"start={srv.url('/')}", *args,
            "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST,
        )  # fmt: skip
    # A bad -a argument is a usage error (exit 2, issue 13); a bad -s setting fails the run.
    assert run.returncode == (2 if args[0] == "-a" else 1)
    assert not srv.hits
    key = args[1].split("=")[0]
    lines = [line for line in run.stderr.splitlines() if line.startswith("newsloom:")]
    assert any(key in line for line in lines), run.stderr[-2000:]
    assert "Traceback" not in run.stderr


def test_bad_sources_file_stops_crawlall_before_any_fetch(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    with fs.fault_server() as srv:
        srv.route("/f", fs.send(body=fs.rss(srv.base, [])))
        sources.write_text(
            f'[sources.good]\nfeeds = ["{srv.url("/f")}"]\n'
            f'[sources.bad]\nfeeds = ["{srv.url("/f")}"]\nmax_age_days = inf\n',
            encoding="utf-8",
        )
        with pytest.raises(SourceError, match="max_age_days"):
            load_sources(sources)
        run = run_scrapy(
            "crawlall", "-s", f"NEWS_SOURCES={sources}",
            "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST,
        )  # fmt: skip
    assert run.returncode == 2  # a bad sources.toml is a usage error (issue 13)
    assert not srv.hits
    assert "'bad'" in run.stderr and "max_age_days" in run.stderr


@pytest.mark.parametrize(
    ("kind", "said"), [("latin-1", "not UTF-8 text (line 1)"), ("folder", "is a folder")]
)
@pytest.mark.parametrize("command", [("list",), ("crawlall",), ("crawl", "news")])
def test_a_sources_file_that_cannot_be_read_is_one_line(
    tmp_path: Path, kind: str, said: str, command: tuple[str, ...]
) -> None:
    """A sources.toml saved in Latin-1 ended every command in a UnicodeDecodeError
    traceback, exit 1; a folder under its name was taken for no file ("does not exist"),
    and an ad-hoc crawl went ahead. Both are a bad sources.toml: one line, exit 2."""
    sources = tmp_path / "sources.toml"
    if kind == "folder":
        sources.mkdir()
    else:
        sources.write_bytes("[sources.m\xfcnchen]\n# M\xfcnchen\nfeeds = []\n".encode("latin-1"))
    with fs.fault_server() as srv:
        srv.route("/f", fs.send(body=fs.rss(srv.base, [])))
        feed = ("-a", f"feed={srv.url('/f')}") if command[0] == "crawl" else ()
        run = run_scrapy(
            *command, *feed, "-s", f"NEWS_SOURCES={sources}",
            "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST,
        )  # fmt: skip
    assert run.returncode == 2, run.stderr[-2000:]
    assert not srv.hits
    assert f"{sources}{':' if kind != 'folder' else ''} {said}" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (("crawlall",), "no sources configured in {path} ({path} does not exist)"),
        (("crawlall", "zeit"), "not configured in {path}: zeit ({path} does not exist)"),
        (("crawl", "zeit"), "no spider named 'zeit' (see `scrapy list`) ({path} does not exist)"),
    ],
)  # fmt: skip
def test_a_sources_file_that_does_not_exist_is_named_so(
    tmp_path: Path, command: tuple[str, ...], said: str
) -> None:
    """A mistyped -s NEWS_SOURCES= read as a file without sources: "no sources configured in
    FILE", as though the file were there and empty."""
    path = tmp_path / "sourcse.toml"
    run = run_scrapy(*command, "-s", f"NEWS_SOURCES={path}", "-s", f"NEWS_DB={tmp_path / 'n.db'}")
    assert run.returncode == 2, run.stderr
    assert said.format(path=path) in as_scrapy(run.stderr)
    assert not (tmp_path / "n.db").exists()


def test_an_empty_sources_file_is_not_said_to_be_missing(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    run = run_scrapy("crawlall", "-s", f"NEWS_SOURCES={path}")
    assert run.returncode == 2, run.stderr
    assert f"no sources configured in {path}" in run.stderr
    assert "does not exist" not in run.stderr
