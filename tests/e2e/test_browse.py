"""`scrapy browse` in a real headless browser: search, read an article, see the charts.

Drives Debian's chromium through chromium-driver and selenium (.ci/run installs them); the
screenshots stay under the test's tmp path, whose location the test prints.
"""

from __future__ import annotations

import shutil
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import Crawl, run_scrapy, start_browse
from tests.support import faultserver as fs

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver (.ci/run)"
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "news.db"
    run = run_scrapy("demo", "--port", str(_free_port()), "-s", f"NEWS_DB={db}")
    assert run.returncode == 0, run.stderr[-3000:]
    return db


@pytest.fixture
def browse_url(demo_db: Path) -> Iterator[str]:
    proc, url = start_browse(demo_db)
    try:
        yield url
    finally:
        proc.terminate()
        proc.communicate(timeout=20)  # reaps it and closes its pipes


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_search_read_and_chart_in_a_browser(
    browse_url: str, browser: WebDriver, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    shots = tmp_path / "screenshots"
    shots.mkdir()
    print(f"\nscreenshots: {shots}")

    browser.get(browse_url + "/")
    assert "Newsloom" in browser.title
    links = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "a")}
    assert {"articles", "runs", "run_sources", "Charts"} <= links
    assert "pages" not in links and "dedup_buckets" not in links  # internals hidden
    browser.save_screenshot(str(shots / "1-index.png"))

    browser.get(browse_url + "/news/articles")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=_search]")
    box.send_keys("Pjöngjang")
    box.submit()
    deadline = time.monotonic() + 15
    while "_search=" not in browser.current_url and time.monotonic() < deadline:
        time.sleep(0.2)
    titles = browser.find_elements(By.CSS_SELECTOR, "td a[href^='/-/article']")
    assert titles, browser.page_source[:2000]
    facets = browser.find_element(By.CSS_SELECTOR, ".facet-results").text
    assert "source" in facets and "language" in facets
    browser.save_screenshot(str(shots / "2-search.png"))

    title = titles[0].text
    titles[0].click()
    heading = browser.find_element(By.CSS_SELECTOR, "article h1").text
    assert heading == title
    paragraphs = browser.find_elements(By.CSS_SELECTOR, "article .text p")
    assert sum(len(p.text) for p in paragraphs) > 250
    assert "Pjöngjang" in browser.find_element(By.CSS_SELECTOR, "article .text").text
    original = browser.find_element(By.CSS_SELECTOR, "a.original").get_attribute("href")
    assert original and original.startswith("http://127.0.0.1:")
    browser.save_screenshot(str(shots / "3-article.png"))

    browser.get(browse_url + "/-/charts")
    marks = browser.find_elements(By.CSS_SELECTOR, "#articles-per-day svg rect.mark")
    assert marks and all(m.size["height"] > 0 and m.size["width"] > 0 for m in marks)
    runs = browser.find_elements(By.CSS_SELECTOR, "#run-health svg rect.mark")
    assert len(runs) == 1  # the demo crawl
    browser.save_screenshot(str(shots / "4-charts.png"))
    for name in ("1-index", "2-search", "3-article", "4-charts"):
        assert (shots / f"{name}.png").stat().st_size > 5000


def _search_in_box(browser: WebDriver, browse_url: str, words: str) -> tuple[set[str], str]:
    """Type ``words`` in the articles table's search box as a reader would, and return the
    titles listed and the page's heading."""
    from selenium.webdriver.common.by import By

    browser.get(browse_url + "/news/articles")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=_search]")
    box.send_keys(words)
    box.submit()
    deadline = time.monotonic() + 15
    while "_search=" not in browser.current_url and time.monotonic() < deadline:
        time.sleep(0.2)
    heading = browser.find_element(By.CSS_SELECTOR, "h1").text
    titles = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "td a[href^='/-/article']")}
    return titles, heading


def test_search_box_reads_or_minus_and_star_as_operators(
    browse_url: str, browser: WebDriver, demo_db: Path
) -> None:
    """Before, each of these was searched as words: ``-Nordkorea`` listed exactly the pages
    naming Nordkorea, ``Nordkorea AND Russland`` and ``Nord*`` found nothing, and a NUL in
    the address was an "Invalid SQL" error page."""
    from selenium.webdriver.common.by import By
    from sqlite_utils import Database

    rows = list(Database(demo_db).query("select title, text from articles"))
    assert len(rows) >= 4
    all_titles = {r["title"] for r in rows}
    with_kim = {r["title"] for r in rows if "Kim" in r["text"] or "Kim" in r["title"]}
    assert with_kim and with_kim != all_titles

    assert _search_in_box(browser, browse_url, "Nordkorea -Kim")[0] == all_titles - with_kim
    assert _search_in_box(browser, browse_url, "Nordkorea NOT Kim")[0] == all_titles - with_kim
    assert _search_in_box(browser, browse_url, "Nordkorea AND Russland")[0] == all_titles
    assert _search_in_box(browser, browse_url, "Nord*")[0] == all_titles
    assert _search_in_box(browser, browse_url, "Kim OR Pjöngjang")[0] >= with_kim
    for words in ("-Nordkorea", "title:(", 'NEAR("a'):
        titles, heading = _search_in_box(browser, browse_url, words)
        assert titles == set() and heading == "articles", (words, heading)
    browser.get(browse_url + "/news/articles?_search=Nordkorea%00")
    listed = browser.find_elements(By.CSS_SELECTOR, "td a[href^='/-/article']")
    assert {a.text for a in listed} == all_titles, browser.page_source[:2000]


def test_an_article_page_lists_its_versions_and_where_its_details_came_from(
    crawl: Crawl, browser: WebDriver, tmp_path: Path
) -> None:
    """Before, a revised article's page showed its latest text alone, saying neither that it
    had changed nor where its title and date were read from."""
    from selenium.webdriver.common.by import By

    paragraphs = fs.article_text("fassung")
    page = fs.Revisable(
        [
            fs.article_html("fassung", title="Rat vertagt Haushalt", paragraphs=p).encode()
            for p in (paragraphs, [*paragraphs, "Am Abend stimmte der Rat doch noch ab."])
        ]
    )
    revisit = ("-s", "NEWS_REVISIT_DAYS=1", "-s", "NEWS_REVISIT_EVERY_HOURS=0")
    with fs.fault_server() as srv:
        url = srv.route("/v/fassung", page)
        first, db = crawl("news", "-a", f"url={url}", *revisit)
        page.current = 1
        second, db = crawl("news", "-a", f"url={url}", *revisit)
    assert first.returncode == 0 and second.returncode == 0, second.stderr[-3000:]
    assert db.execute("select version from articles").fetchone()[0] == 2

    proc, browse_url = start_browse(tmp_path / "news.db")
    try:
        from urllib.parse import quote

        browser.get(f"{browse_url}/-/article?url={quote(url, safe='')}")
        versions = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ol.versions li")]
        assert len(versions) == 2 and "first version" in versions[0], versions
        assert "changed body" in versions[1] and "% of the words" in versions[1], versions
        origins = browser.find_element(By.CSS_SELECTOR, "p.origins").text
        assert "title " in origins, origins
        browser.find_element(By.CSS_SELECTOR, "a.versions-table").click()
        cells = browser.find_elements(By.CSS_SELECTOR, "td.col-version")
        assert sorted(c.text for c in cells) == ["1", "2"], browser.page_source[:2000]
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_a_sort_the_table_cannot_take_is_a_request_error_that_says_so(
    browse_url: str, browser: WebDriver
) -> None:
    """Before, ``_sort`` of a column the table lacks (a typo, an old bookmark, ``rank`` beside
    a search) or ``_sort`` with ``_sort_desc`` was Datasette's "Error 500" page."""
    import json
    import urllib.error
    import urllib.request

    from selenium.webdriver.common.by import By

    for query in ("_sort=nope", "_search=Nordkorea&_sort=rank", "_sort=title&_sort_desc=url"):
        browser.get(f"{browse_url}/news/articles?{query}")
        heading = browser.find_element(By.CSS_SELECTOR, "h1").text
        assert heading == "Cannot sort this way", (query, heading)
        assert "sort by one of the table's columns" in browser.page_source
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{browse_url}/news/articles.json?{query}", timeout=30)
        assert refused.value.code == 400
        assert json.loads(refused.value.read())["error"].startswith("Cannot ")
    browser.get(f"{browse_url}/news/articles?_sort=title")
    assert browser.find_elements(By.CSS_SELECTOR, "td a[href^='/-/article']")


def test_a_date_filter_typed_with_a_time_zone_keeps_what_it_names(
    browse_url: str, browser: WebDriver, demo_db: Path
) -> None:
    """Before, ``published ≥ 2024-11-02T14:00+02:00`` was compared as text with the stored
    UTC times: an article published at 13:30 UTC, after that moment, was left out."""
    from datetime import datetime, timedelta, timezone

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from sqlite_utils import Database

    rows = list(Database(demo_db).query("select title, published from articles"))
    stored = sorted(r["published"] for r in rows if r["published"])
    assert len(stored) >= 3
    # Half an hour before the middle article's moment, typed in UTC+02:00: later as text.
    middle = stored[len(stored) // 2]
    bound = (datetime.fromisoformat(middle) - timedelta(minutes=30)).astimezone(
        timezone(timedelta(hours=2))
    )
    typed = bound.isoformat(timespec="minutes")
    assert typed > middle
    expected = {r["title"] for r in rows if datetime.fromisoformat(r["published"]) >= bound}
    assert 0 < len(expected) < len(rows)

    browser.get(browse_url + "/news/articles")
    Select(browser.find_element(By.NAME, "_filter_column")).select_by_visible_text("published")
    Select(browser.find_element(By.NAME, "_filter_op")).select_by_value("gte")
    box = browser.find_element(By.NAME, "_filter_value")
    box.send_keys(typed)
    browser.find_element(By.CSS_SELECTOR, "input[type=submit][value=Apply]").click()
    deadline = time.monotonic() + 15
    while "published__gte=" not in browser.current_url and time.monotonic() < deadline:
        time.sleep(0.2)
    listed = browser.find_elements(By.CSS_SELECTOR, "td a[href^='/-/article']")
    assert {a.text for a in listed} == expected, browser.current_url


def test_paging_through_articles_of_the_same_date_shows_each_once(
    demo_db: Path, browser: WebDriver
) -> None:
    """Before, the first page ordered articles sharing a publication date as SQLite chose and
    the next pages by URL after the first page's last one: of 125 articles, most with one
    date, paging on skipped some and repeated others."""
    import sqlite3

    from selenium.webdriver.common.by import By

    conn = sqlite3.connect(demo_db)
    columns = [r[1] for r in conn.execute("pragma table_info(articles)")]
    row = list(conn.execute("select * from articles order by url limit 1").fetchone())
    for n in range(120):  # the same article under other addresses, as a copy would be
        row[columns.index("url")] = f"http://copies.example/{n}"
        conn.execute(f"insert into articles values ({', '.join('?' * len(row))})", row)
    conn.commit()
    urls = {r[0] for r in conn.execute("select url from articles")}
    conn.close()

    proc, browse_url = start_browse(demo_db)
    try:
        for query in ("", "?_sort=published", "?_search=Nordkorea"):
            browser.get(f"{browse_url}/news/articles{query}")
            seen: list[str] = []
            for _ in range(10):
                cells = browser.find_elements(By.CSS_SELECTOR, "td.col-url")
                seen += [c.text for c in cells]
                following = browser.find_elements(By.LINK_TEXT, "Next page")
                if not following:
                    break
                following[0].click()
            assert len(seen) == len(set(seen)), query
            assert set(seen) == urls, (query, len(seen), len(urls))
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def _add_articles(db: Path, count: int, cells: Callable[[int], dict[str, object]]) -> None:
    """``count`` copies of the demo store's first article, the n-th with ``cells(n)``."""
    import sqlite3

    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute("pragma table_info(articles)")]
    row = list(conn.execute("select * from articles order by url limit 1").fetchone())
    for n in range(count):
        for column, value in cells(n).items():
            row[columns.index(column)] = value
        conn.execute(f"insert into articles values ({', '.join('?' * len(row))})", row)
    conn.commit()
    conn.close()


def _csv_link(db: Path, browser: WebDriver, address: str) -> tuple[str, bytes]:
    """The text of the page at ``address`` of a ``scrapy browse`` of ``db``, its *CSV* link
    after it, and the file that link downloads."""
    import urllib.request

    from selenium.webdriver.common.by import By

    proc, browse_url = start_browse(db)
    try:
        browser.get(f"{browse_url}{address}")
        text = browser.find_element(By.TAG_NAME, "body").text
        link = browser.find_element(By.XPATH, "//a[normalize-space()='CSV']").get_attribute("href")
        assert link is not None
        with urllib.request.urlopen(link, timeout=60) as answer:
            assert answer.headers["content-type"].startswith("text/csv")
            return f"{text}\n{link}", answer.read()
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_the_tables_csv_link_gives_every_row_scrapy_export_writes(
    demo_db: Path, browser: WebDriver, tmp_path: Path
) -> None:
    """Before, the CSV link under a filtered table of 1,200 articles gave its first 1,000
    rows, in the store's columns; the streamed one stopped at 100 MB with an error line in
    the file. Now it is the file ``scrapy export`` writes with the same filter and search."""

    _add_articles(
        demo_db,
        1_200,
        lambda n: {
            "url": f"http://copies.example/{n}",
            "source": "copies",
            "text": f'Zeile "{n}",\nzweite Zeile',
        },
    )
    out = tmp_path / "copies.csv"
    export = run_scrapy(
        "export", str(out), "--source", "copies", "--search", "zweite", "-s", f"NEWS_DB={demo_db}"
    )
    assert export.returncode == 0, export.stderr[-2000:]

    page, body = _csv_link(demo_db, browser, "/news/articles?source=copies&_search=zweite")
    assert "/news/articles.csv?" in page
    assert body == out.read_bytes()
    assert body.count(b"http://copies.example/") == 1_200


def test_the_unique_views_csv_link_under_a_language_filter_is_the_export(
    demo_db: Path, browser: WebDriver, tmp_path: Path
) -> None:
    """Before, the unique_articles view's CSV link gave its first 1,000 rows, and its
    ``language=de`` kept only the rows tagged ``de`` where ``scrapy export --language de``
    also takes ``de-at``. Now the link under the filtered view is the export with
    ``--unique --language de``: every original, regional forms included."""

    _add_articles(
        demo_db,
        1_500,
        lambda n: {
            "url": f"http://regions.example/{n}",
            "language": "de-at" if n % 2 else "de",
            "duplicate_of": "http://regions.example/0" if n % 3 == 2 else None,
        },
    )
    out = tmp_path / "originals.csv"
    export = run_scrapy(
        "export", str(out), "--unique", "--language", "de", "-s", f"NEWS_DB={demo_db}"
    )
    assert export.returncode == 0, export.stderr[-2000:]

    page, body = _csv_link(demo_db, browser, "/news/unique_articles?language=de")
    assert "language is de (or de-…)" in page and "/news/unique_articles.csv?" in page
    assert body == out.read_bytes()
    assert body.count(b"http://regions.example/") == 1_000  # 1,500 less every third, a copy
    assert b",de-at," in body
