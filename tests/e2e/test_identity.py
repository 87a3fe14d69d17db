"""One article, one row: the URLs a publisher serves one article under, crawled by feed and
by sitemap in turn, judged by the rows stored and by the fixture server's request log."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

from sqlite_utils import Database

from tests.conftest import FAST, Crawl, ScrapyRun, Site, run_scrapy
from tests.support.harness import into_the_next_second

# The page the variants are built from, and two more articles for the refused canonicals.
_STORY = "articles/psl.html"
_PAGE_TWO = "articles/nature.html"
_OTHER = "articles/phys.html"


def _with_canonical(page: str, href: str) -> str:
    """``page`` with its canonical link replaced by one naming ``href``."""
    page = re.sub(r"<link[^>]*rel=\"canonical\"[^>]*>", "", page)
    return page.replace("<head>", f'<head><link rel="canonical" href="{href}">', 1)


def _write(site: Site, path: str, source: str, canonical: str) -> None:
    target = site.root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_with_canonical((site.root / source).read_text("utf-8"), canonical), "utf-8")


# A feed's and a sitemap's frame around their entries, and an entry's shape.
_LISTINGS = {
    "feed": (
        '<rss version="2.0"><channel><title>x</title>{}</channel></rss>',
        "<item><title>t</title><link>{}</link></item>",
    ),
    "sitemap": (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>',
        "<url><loc>{}</loc></url>",
    ),
}


def _listing(path: Path, kind: str, links: list[str]) -> None:
    frame, entry = _LISTINGS[kind]
    body = frame.format("".join(entry.format(link) for link in links))
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>{body}', "utf-8")


def _publisher(site: Site) -> dict[str, str]:
    """One story under its canonical URL and five more (AMP path, AMP query, a campaign
    parameter our tracking list lacks, a print view, a short link redirecting to the AMP
    page), a story in a folder with its AMP view below it and its page 2, and three pages whose
    canonical link must not be trusted (the home page, their section, another server)."""
    story = site.url("politik/story.html")
    folder = site.url("wissen/feuerstein/")
    _write(site, "politik/story.html", _STORY, story)
    _write(site, "amp/politik/story.html", _STORY, story)
    _write(site, "print/politik/story.html", _STORY, story)
    _write(site, "wissen/feuerstein/index.html", _OTHER, folder)
    _write(site, "wissen/feuerstein/amp/index.html", _OTHER, folder)
    _write(site, "wissen/feuerstein/2/index.html", _PAGE_TWO, folder)
    # A template's mistake: another article naming the story its canonical URL.
    _write(site, "politik/other-story.html", "articles/ndr.html", story)
    _write(site, "politik/home.html", "articles/salon.html", site.url("/"))
    _write(site, "politik/section.html", "articles/futurezone.html", site.url("politik/"))
    elsewhere = site.base.replace("127.0.0.1", "localhost") + "/politik/elsewhere.html"
    _write(site, "politik/elsewhere.html", "articles/laviedesidees.html", elsewhere)
    amp = site.url("amp/politik/story.html")
    # The short link leads to the AMP page under a spelling of its own: two aliases.
    site.routes["/kurz/story"] = lambda n: (301, {"Location": amp + "?src=kurz"}, b"")
    return {
        "story": story,
        "amp": amp,
        "amp_query": story + "?amp=1",
        "campaign": story + "?at_medium=RSS&at_campaign=feed",
        "print": site.url("print/politik/story.html"),
        "short": site.url("kurz/story"),
        "folder": folder,
        "folder_amp": site.url("wissen/feuerstein/amp/"),
        "page_two": site.url("wissen/feuerstein/2/"),
        "home": site.url("politik/home.html"),
        "section": site.url("politik/section.html"),
        "elsewhere": site.url("politik/elsewhere.html"),
        "mistaken": site.url("politik/other-story.html"),
    }


def test_an_article_served_under_many_urls_is_one_row_and_stays_one(
    site: Site, crawl: Crawl
) -> None:
    """Before: the AMP path, the AMP query, the campaign link, the print view and the short
    link each added a row of their own (six rows of one story, five marked copies), the
    folder's AMP view a second row of its story; a sitemap naming the canonical URLs later
    fetched nothing new, but a re-listed AMP link was fetched and stored again."""
    urls = _publisher(site)
    feed, sitemap = site.root / "identity_feed.xml", site.root / "identity_sitemap.xml"
    variants = [urls[k] for k in ("amp", "amp_query", "campaign", "print", "short", "folder_amp")]
    refused = [urls[k] for k in ("page_two", "home", "section", "elsewhere")]
    _listing(feed, "feed", variants + refused)
    first, db = crawl("news", "-a", f"feed={site.url('identity_feed.xml')}")
    assert first.returncode == 0, first.stderr[-3000:]
    rows = {r["url"]: r for r in db.query("select url, fetched_url from articles")}
    stored_under = {urls[k].rstrip("/") for k in ("story", "folder")}
    assert set(rows) == stored_under | {u.rstrip("/") for u in refused}, sorted(rows)
    assert "'news/url/canonical/adopted': 6" in first.stderr
    assert "'news/url/canonical/pagination': 1" in first.stderr
    assert "'news/url/canonical/home': 1" in first.stderr
    assert "'news/url/canonical/section': 1" in first.stderr
    assert "'news/url/canonical/other_site': 1" in first.stderr
    assert "'news/store/alias': 4" in first.stderr
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 0

    # The sitemap names the canonical URLs and the feed's variants again: nothing is fetched.
    _listing(sitemap, "sitemap", [urls["story"], urls["folder"], *variants])
    site.requests.clear()
    second, db = crawl(
        "news",
        "-a",
        f"feed={site.url('identity_feed.xml')}",
        "-a",
        f"sitemap={site.url('identity_sitemap.xml')}",
    )
    assert second.returncode == 0, second.stderr[-3000:]
    fetched = [p for p in site.paths() if not p.startswith(("/identity_", "/robots.txt"))]
    assert fetched == [], fetched
    assert db.execute("select count(*) from articles").fetchone()[0] == len(rows)
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 0


def test_a_later_fetch_of_a_stored_articles_other_url_adds_no_row_and_no_version(
    site: Site, crawl: Crawl
) -> None:
    """Before: the canonical page stored by a feed, then its AMP and print views listed by a
    sitemap, gave two more rows; now they are found to be the stored article's, nothing is
    written, and the run counts them unchanged. Another article whose canonical link names
    the story by mistake is not taken for it: stored under its own URL."""
    urls = _publisher(site)
    feed, sitemap = site.root / "identity_feed.xml", site.root / "identity_sitemap.xml"
    _listing(feed, "feed", [urls["story"]])
    first, db = crawl("news", "-a", f"feed={site.url('identity_feed.xml')}")
    assert first.returncode == 0, first.stderr[-3000:]
    _listing(sitemap, "sitemap", [urls["amp"], urls["print"], urls["mistaken"]])
    second, db = crawl("news", "-a", f"sitemap={site.url('identity_sitemap.xml')}")
    assert second.returncode == 0, second.stderr[-3000:]
    stored = {r["url"] for r in db.query("select url from articles")}
    assert stored == {urls["story"], urls["mistaken"]}
    assert "'news/store/alias': 2" in second.stderr
    assert "'news/url/canonical/mismatch': 1" in second.stderr
    assert "2 unchanged" in second.stdout + second.stderr
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 0
    (row,) = db.query("select fetched_url from articles where url = ?", [urls["story"]])
    assert row["fetched_url"] == urls["story"]


def test_the_feed_export_names_the_url_a_mistaken_canonicals_row_is_stored_under(
    site: Site, crawl: Crawl, tmp_path: Path
) -> None:
    """Before: `-O out.jsonl` gave the page whose canonical link wrongly names the stored story
    the story's URL, though its row was stored under the page's own URL; a user joining the
    export to the database found the story's row, the page's nowhere. The page that is the
    story's AMP view keeps the story's URL: that is the row it was found to be."""
    urls = _publisher(site)
    first, db = crawl("news", "-a", f"url={urls['story']}")
    assert first.returncode == 0, first.stderr[-3000:]
    out = tmp_path / "out.jsonl"
    sitemap = site.root / "identity_sitemap.xml"
    _listing(sitemap, "sitemap", [urls["mistaken"], urls["amp"]])
    second, db = crawl("news", "-a", f"sitemap={site.url('identity_sitemap.xml')}", "-O", str(out))
    assert second.returncode == 0, second.stderr[-3000:]
    assert "'news/url/canonical/mismatch': 1" in second.stderr
    exported = {
        item["fetched_url"]: item["url"]
        for item in map(json.loads, out.read_text("utf-8").splitlines())
    }
    assert exported == {urls["mistaken"]: urls["mistaken"], urls["amp"]: urls["story"]}
    stored = {r["url"] for r in db.query("select url from articles")}
    assert set(exported.values()) <= stored


def test_a_site_crawl_asks_for_a_stored_articles_known_alias_under_the_rows_url(
    site: Site, crawl: Crawl
) -> None:
    """Before: a site crawl whose pages link a stored story's AMP view downloaded the AMP page
    in full on every run (asked with the story's validators, which its own answer does not
    share), to find it the story's alias again. Now a URL the store knows as a stored row's
    alias is asked as that row: conditionally, once, and its links are still followed."""
    urls = _publisher(site)
    index = site.root / "identity_index.html"
    links = (urls["story"], urls["amp"])
    index.write_text(
        "<html><body>" + "".join(f'<a href="{u}">{u}</a>' for u in links) + "</body></html>",
        "utf-8",
    )
    start = ("-a", f"start={site.url('identity_index.html')}", "-a", "depth=1")
    first, db = crawl("news", *start)
    assert first.returncode == 0, first.stderr[-3000:]
    assert {r["url"] for r in db.query("select url from articles")} == {urls["story"]}
    # The AMP view is rendered anew (a real one's validators are its own).
    later = time.time() + 120
    os.utime(site.root / "amp/politik/story.html", (later, later))
    site.requests.clear()
    second, db = crawl("news", *start)
    assert second.returncode == 0, second.stderr[-3000:]
    asked = [p for p in site.paths() if "story" in p]
    assert asked == ["/politik/story.html"], asked
    assert "'news/incremental/alias_as_row': 1" in second.stderr
    assert "'news/site/not_modified': 1" in second.stderr
    assert db.execute("select count(*) from articles").fetchone()[0] == 1
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 0


def _two_runs_of_an_amp_feed(site: Site, tmp_path: Path, policy: str) -> tuple[Path, ScrapyRun]:
    """Two runs of a source with ``policy`` (sources.toml lines) whose feed names the story's
    AMP view alone; the first stores the story from it. The store, and the second run."""
    amp, story = site.url("amp/politik/story.html"), site.url("politik/story.html")
    _listing(site.root / "identity_feed.xml", "feed", [amp])
    sources = tmp_path / "sources.toml"
    feed = site.url("identity_feed.xml")
    sources.write_text(f'[sources.amp]\nfeeds = ["{feed}"]\n{policy}\n', "utf-8")
    db = tmp_path / "news.db"
    common = ("-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}", *FAST)
    first = run_scrapy("crawl", "amp", *common, "-s", "NEWS_CONDITIONAL_GET=False")
    assert first.returncode == 0, first.stderr[-3000:]
    (row,) = Database(db).query("select url, fetched_url from articles")
    assert row == {"url": story, "fetched_url": amp}
    site.requests.clear()
    # Stored times are to the second (crawler/clock.py utc_iso): a second run whose check fell
    # in the second the row was stored in found it not yet due, however short the policy.
    into_the_next_second()
    second = run_scrapy("crawl", "amp", *common, "-s", "NEWS_CONDITIONAL_GET=False")
    assert second.returncode == 0, second.stderr[-3000:]
    return db, second


def test_a_stored_article_due_for_its_refetch_is_fetched_under_its_own_url(
    site: Site, tmp_path: Path
) -> None:
    """Before: a source with refetch_after_days whose feed names a stored story's AMP view
    downloaded the AMP page when the story was due, which the store counted an alias and
    wrote nothing of: the story's own page was never fetched again. Now the row's own URL
    is what the refetch asks for."""
    urls = _publisher(site)
    db, second = _two_runs_of_an_amp_feed(site, tmp_path, "refetch_after_days = 0.000001")
    asked = [p for p in site.paths() if "story" in p]
    assert asked == ["/politik/story.html"], asked
    assert "'news/incremental/alias_as_row': 1" in second.stderr
    stored = Database(db)
    (row,) = stored.query("select url, fetched_url from articles")
    assert row == {"url": urls["story"], "fetched_url": urls["story"]}
    assert not list(stored.query("select url from pending_articles"))


def test_a_row_stored_from_its_amp_view_is_revisited_at_its_own_url(
    site: Site, tmp_path: Path
) -> None:
    """Before: a story a feed named only by its AMP view was revisited at the AMP URL, run
    after run: its row kept the AMP view's text and the story's own page was never read. Now
    the revisit asks the row's own URL; its page replaces the stand-in, without a version."""
    urls = _publisher(site)
    db, second = _two_runs_of_an_amp_feed(
        site, tmp_path, "revisit_days = 1\nrevisit_every_hours = 0"
    )
    stored = Database(db)
    asked = [p for p in site.paths() if "story" in p]
    assert asked == ["/politik/story.html"], asked
    assert "'news/revisit/fetched': 1" in second.stderr
    (row,) = stored.query("select url, fetched_url from articles")
    assert row == {"url": urls["story"], "fetched_url": urls["story"]}
    assert stored.execute("select count(*) from article_versions").fetchone()[0] == 0
