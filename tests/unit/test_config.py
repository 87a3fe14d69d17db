"""Issue 17: configuration is validated fully before anything is fetched."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from crawler.settings_check import SettingsError, check_settings
from crawler.sources import SourceError, adhoc_source, build_source

FEED = {"feeds": ["https://a.example/f"]}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"max_age_days": math.inf}, "max_age_days"),
        ({"max_age_days": 1e10}, "max_age_days"),
        ({"refetch_after_days": math.nan}, "refetch_after_days"),
        ({"revisit_days": -1}, "revisit_days"),
        ({"revisit_days": "2"}, "revisit_days"),
        ({"revisit_days": math.nan}, "revisit_days"),
        ({"revisit_every_hours": True}, "revisit_every_hours"),
        ({"revisit_every_hours": 1e12}, "revisit_every_hours"),
        ({"settings": {"DOWNLOAD_MAXSIZE": "big"}}, "DOWNLOAD_MAXSIZE"),
        ({"settings": {"DOWNLOAD_DELAY": -1}}, "DOWNLOAD_DELAY"),
        ({"settings": {"DOWNLOAD_TIMEOUT": math.inf}}, "DOWNLOAD_TIMEOUT"),
        ({"settings": {"CONCURRENT_REQUESTS_PER_DOMAIN": 0}}, "CONCURRENT_REQUESTS_PER_DOMAIN"),
        ({"settings": {"CONCURRENT_REQUESTS_PER_DOMAIN": 2.5}}, "CONCURRENT_REQUESTS_PER_DOMAIN"),
        ({"settings": {"ROBOTSTXT_OBEY": "no"}}, "ROBOTSTXT_OBEY"),
        ({"settings": {"USER_AGENT": 5}}, "USER_AGENT"),
        ({"settings": {"RETRY_TIMES": True}}, "RETRY_TIMES"),
        ({"allow_hosts": ["intra:99999"]}, "allow_hosts"),
        ({"feeds": ["https://a.example:99999/f"]}, "not an http(s) URL"),
    ],
)
def test_bad_values_name_the_source_and_the_key(entry: dict, message: str) -> None:
    with pytest.raises(SourceError) as info:
        build_source("x", {**FEED, **entry})
    assert "'x'" in str(info.value)
    assert message in str(info.value)


def test_good_settings_pass() -> None:
    source = build_source(
        "x",
        {
            **FEED,
            "max_age_days": 3,
            "revisit_days": 2,
            "revisit_every_hours": 0.5,
            "settings": {"DOWNLOAD_DELAY": 0.5, "DOWNLOAD_MAXSIZE": 1_000_000, "USER_AGENT": "u"},
        },
    )
    assert source.settings["DOWNLOAD_MAXSIZE"] == 1_000_000
    assert (source.revisit_days, source.revisit_every_hours) == (2.0, 0.5)


@pytest.mark.parametrize("depth", ["-1", "11", "two"])
def test_adhoc_depth_out_of_range_is_refused(depth: str) -> None:
    with pytest.raises(SourceError, match="depth"):
        adhoc_source(start="https://a.example/", depth=depth)


@pytest.mark.parametrize(
    "given",
    [
        {"feed": ""},
        {"sitemap": " "},
        {"start": ","},
        {"url": ""},
        {"urls_file": ""},
        {"warc": " "},
        {"allow_hosts": ""},
        {"follow": ""},
        {"deny": " , "},
        {"languages": ""},
    ],
    ids=lambda given: next(iter(given)),
)
def test_an_empty_adhoc_argument_is_refused(given: dict[str, str]) -> None:
    """`-a feed=$FEED` with FEED unset (or `-a sitemap=`, `-a start=`, `-a url=`, …) counted as
    not given: the run went on with the other arguments (a follow= or languages= left out
    followed or kept everything), exit 0, as `-a source=` did before it was refused."""
    (key,) = given
    others = {} if key == "url" else {"url": "https://a.example/1"}
    with pytest.raises(SourceError) as info:
        adhoc_source(**others, **given)
    assert str(info.value).startswith(f"ad-hoc run: -a {key}= is empty ({given[key]!r}); give ")


def test_urls_file_reads_one_url_a_line(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    lines = ["# picked by hand", "", "https://a.example/1", "  https://a.example/2  ", "# end"]
    path.write_text("\n".join(lines), encoding="utf-8")
    source = adhoc_source(urls_file=str(path), url="https://a.example/0")
    assert source.urls == ("https://a.example/0", "https://a.example/1", "https://a.example/2")


def test_urls_file_errors_name_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="urls_file"):
        adhoc_source(urls_file=str(tmp_path / "absent.txt"))
    path = tmp_path / "urls.txt"
    path.write_text("https://a.example/1\nftp://a.example/2\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"urls\.txt:2"):
        adhoc_source(urls_file=str(path))


def test_a_urls_file_without_a_url_says_so(tmp_path: Path) -> None:
    """An empty file (or one of comments) was answered "the news spider needs -a feed=URL, …,
    -a urls_file=PATH, …", naming the argument the user had given."""
    path = tmp_path / "urls.txt"
    for text in ("", "# none picked yet\n\n"):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SourceError, match=r"urls_file '.*urls\.txt' holds no URL"):
            adhoc_source(urls_file=str(path))
    path.write_text("# one picked\nhttps://a.example/1\n", encoding="utf-8")
    assert adhoc_source(urls_file=str(path)).urls == ("https://a.example/1",)


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("127.0.0.1:8931/rss.xml", "; did you mean http://127.0.0.1:8931/rss.xml?"),
        ("localhost:8080", "; did you mean http://localhost:8080?"),
        ("www.example.org/feed.xml", "; did you mean https://www.example.org/feed.xml?"),
        ("feed.xml", ""),  # a file name, not a URL without its scheme
        ("ftp://example.org/feed.xml", ""),
        ("not a url", ""),
    ],
)
def test_a_url_without_its_scheme_is_refused_with_the_url_it_could_be(
    given: str, hint: str
) -> None:
    """`-a feed=127.0.0.1:8931/rss.xml` said only "is not an http(s) URL"."""
    with pytest.raises(SourceError) as info:
        adhoc_source(feed=given)
    assert str(info.value) == f"ad-hoc run: -a feed= entry {given!r} is not an http(s) URL{hint}"


def test_many_urls_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(f"https://a.example/{i}" for i in range(10_000)), encoding="utf-8")
    assert len(adhoc_source(urls_file=str(path)).urls) == 10_000


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DOWNLOAD_MAXSIZE", "big"),
        ("NEWS_RECHECK_AFTER_HOURS", "nan"),
        ("NEWS_REVISIT_DAYS", "-1"),
        ("NEWS_REVISIT_EVERY_HOURS", "inf"),
        ("NEWS_REVISIT_MAX", "1.5"),
        ("NEWS_LISTING_MAX_ENTRIES", "-5"),
        ("NEWS_DB_BATCH_SIZE", "0"),
        ("DOWNLOAD_TIMEOUT", "inf"),
        ("NEWS_LOG_LEVEL", "LOUD"),
        ("LOG_LEVEL", "LOUD"),  # -L LOUD: a traceback from logging as Scrapy started
        # `-s NEWS_DB=$DB` with DB unset: "cannot open the database : unable to open database
        # file"; an empty NEWS_SOURCES read no sources, "no sources configured in  ( does not
        # exist)".
        ("NEWS_DB", ""),
        ("NEWS_SOURCES", " "),
    ],
)
def test_bad_command_line_settings_are_refused(name: str, value: str) -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set(name, value, priority="cmdline")
    with pytest.raises(SettingsError, match=name):
        check_settings(settings)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("NEWS_DBB", "NEWS_DBB: Newsloom has no such setting; did you mean NEWS_DB?"),
        ("NEWS_REVISIT_DAY", "did you mean NEWS_REVISIT_DAYS?"),
        ("NEWS_COLOUR", "NEWS_COLOUR: Newsloom has no such setting (crawler/settings.py"),
    ],
)
def test_a_mistyped_newsloom_setting_is_refused(name: str, message: str) -> None:
    """`-s NEWS_DBB=x.db` was ignored without a word: the run wrote into news.db."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set(name, "x.db", priority="cmdline")
    with pytest.raises(SettingsError) as info:
        check_settings(settings)
    assert message in str(info.value)


def test_a_mistyped_newsloom_setting_stops_the_commands_that_read_the_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`scrapy runs -s NEWS_DBB=other.db` showed the runs of news.db as if they were other.db's."""
    from scrapy.settings import Settings

    from crawler.console import open_archive
    from crawler.storage.database import open_database

    open_database(tmp_path / "news.db").close()
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set("NEWS_DB", str(tmp_path / "news.db"), priority="project")
    settings.set("NEWS_DBB", str(tmp_path / "other.db"), priority="cmdline")
    with pytest.raises(SystemExit) as info:
        open_archive(settings)
    assert info.value.code == 1
    assert capsys.readouterr().err == (
        "newsloom: bad setting NEWS_DBB: Newsloom has no such setting; did you mean NEWS_DB?"
        " (crawler/settings.py lists them)\n"
    )


def test_an_empty_database_setting_stops_the_commands_that_read_the_archive(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`scrapy runs -s NEWS_DB=` said "cannot open the database : unable to open database
    file", naming no setting."""
    from scrapy.settings import Settings

    from crawler.console import open_archive

    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set("NEWS_DB", "", priority="cmdline")
    with pytest.raises(SystemExit) as info:
        open_archive(settings)
    assert info.value.code == 1
    assert (
        capsys.readouterr().err == "newsloom: bad setting NEWS_DB='': must be a path, not empty\n"
    )


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("NEWS_DB_BUSY_TIMEOUT_MS", "must be a whole number from 0 to 86400000"),
        ("DOWNLOAD_MAXSIZE", "must be a whole number from 0 to 1099511627776"),
        ("DOWNLOAD_TIMEOUT", "must be a finite number from 0.001 to 86400"),
    ],
)
def test_a_refused_setting_names_its_limits_in_every_digit(name: str, said: str) -> None:
    """The limits were written with ``:g``: "from 0 to 8.64e+07", and DOWNLOAD_MAXSIZE's
    "1.09951e+12", lower than the limit itself."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set(name, "big", priority="cmdline")
    with pytest.raises(SettingsError) as info:
        check_settings(settings)
    assert str(info.value) == f"{name}='big': {said}"


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("NEWS_DB_BUSY_TIMEOUT_MS", "abc", "must be a whole number from 0 to"),
        ("NEWS_DB_BUSY_TIMEOUT_MS", "-5", "must be a whole number from 0 to"),
        ("LOG_LEVEL", "VERBOSE", "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"),
    ],
)
def test_a_bad_setting_stops_the_commands_that_read_the_archive(
    name: str, value: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`scrapy runs -s NEWS_DB_BUSY_TIMEOUT_MS=abc` (and export, export-warc, versions,
    browse) ended in a ValueError traceback, exit 1, where a crawl says what to fix; a
    negative timeout or `-L VERBOSE` passed unsaid."""
    from scrapy.settings import Settings

    from crawler.console import open_archive
    from crawler.storage.database import open_database

    open_database(tmp_path / "news.db").close()
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set("NEWS_DB", str(tmp_path / "news.db"), priority="project")
    settings.set(name, value, priority="cmdline")
    with pytest.raises(SystemExit) as info:
        open_archive(settings)
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsloom: bad setting {name}={value!r}: {said}"), err
    assert err.count("\n") == 1, err


@pytest.mark.parametrize("name", ["NEWS_WARC_DIR", "NEWS_LOG_DIR"])
def test_a_folder_setting_under_a_file_is_refused(name: str, tmp_path: Path) -> None:
    """A folder that cannot be made (a file in its path) ended the crawl's start in a
    NotADirectoryError traceback ("Task exception was never retrieved"), "did not start"."""
    from scrapy.settings import Settings

    afile = tmp_path / "notes.txt"
    afile.write_text("x", encoding="utf-8")
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.set(name, str(afile / "warc"), priority="cmdline")
    with pytest.raises(SettingsError, match=rf"{name}=.*: {afile} is not a folder"):
        check_settings(settings)
    # The near miss: a folder still to be made is fine, and checking does not make it.
    settings.set(name, str(tmp_path / "new" / "warc"), priority="cmdline")
    check_settings(settings)
    assert not (tmp_path / "new").exists()


def test_project_defaults_pass() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    check_settings(settings)


def test_every_newsloom_setting_has_a_rule() -> None:
    import crawler.settings as project
    from crawler.settings_check import RULES

    assert [name for name in dir(project) if name.startswith("NEWS_") and name not in RULES] == []
