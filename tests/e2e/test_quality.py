"""End to end: what `scrapy crawl` stores is clean article text, tagged and deduplicated.

The pages come from tests/support/quality_site.py: the seed pages and the EN/FR authored texts of
tests/fixtures/cleaning wrapped into page chrome, with their must-keep and must-drop lines, and
copies derived from them. Each scenario crawls once per module (a crawl costs ~8 s) and several
tests read the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.demo.server import serve_directory
from pipelines.text.cleaning import drop_reasons
from tests.conftest import FAST, ScrapyRun, run_scrapy
from tests.support.quality_site import (
    COPY_KINDS,
    Page,
    QualitySite,
    build_site,
    missing_lines,
    residual_lines,
    source_pages,
    write_feed,
    write_pages,
)

# One copy of each kind, each of a different original, and one article quoting seed 002.
PLAN = (
    ("syndicated", "en_bike_lanes"),
    ("added", "seed-000"),
    ("words", "seed-004"),
    ("exact", "fr_ecole"),
    ("quoted", "seed-002"),
)


def _crawl(db: Path, *args: str) -> ScrapyRun:
    run = run_scrapy("crawl", *args, "-s", f"NEWS_DB={db}", *FAST)
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def _stat(run: ScrapyRun, key: str) -> int:
    """A counter from the stats Scrapy dumps at the end of the run (0 when absent)."""
    match = re.search(rf"'{re.escape(key)}': (\d+)", run.stderr)
    return int(match.group(1)) if match else 0


@dataclass
class TwoRuns:
    site: QualitySite
    base: str
    db: Database
    first: ScrapyRun
    second: ScrapyRun
    first_db: Path
    tmp: Path

    def url(self, page: Page) -> str:
        return f"{self.base}/{page.path}"

    def rows(self) -> dict[str, dict]:
        return {r["url"]: r for r in self.db.query("SELECT * FROM articles")}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoRuns]:
    """Run 1 crawls the originals (source "paper"), run 2 the copies (source "wire")."""
    tmp = tmp_path_factory.mktemp("quality")
    with serve_directory(tmp / "site") as base:
        site = build_site(tmp / "site", base, plan=PLAN)
        db = tmp / "news.db"
        first = _crawl(db, "news", "-a", f"feed={site.feed_a}", "-a", "source=paper")
        second = _crawl(db, "news", "-a", f"feed={site.feed_b}", "-a", "source=wire")
        yield TwoRuns(site, base, Database(db), first, second, db, tmp)


def test_every_page_is_stored_clean_with_its_language(two_runs: TwoRuns) -> None:
    """Each golden page and copy: all its article lines, none of its boilerplate lines."""
    rows = two_runs.rows()
    for page in two_runs.site.pages:
        row = rows[two_runs.url(page)]
        assert missing_lines(page, row["text"]) == [], page.path
        assert residual_lines(page, row["text"]) == [], page.path
        assert row["language"] == page.lang, page.path
        # langdetect gives these article-length texts 0.99999+ (seeded, see test below).
        assert row["language_prob"] > 0.99, page.path
    # The boilerplate reached the cleaner (it is inside the article bodies) and was removed there.
    for family in ("teaser", "ad", "comments", "title", "prev_next", "share", "source"):
        assert _stat(two_runs.first, f"news/clean/{family}") > 0, family


def test_copies_from_a_second_run_point_to_their_originals(two_runs: TwoRuns) -> None:
    rows = two_runs.rows()
    for page in two_runs.site.pages:
        row = rows[two_runs.url(page)]
        if page.kind in COPY_KINDS:
            assert page.original is not None
            assert row["duplicate_of"] == f"{two_runs.base}/{page.original}", page.path
            assert row["similarity"] >= 0.5, page.path
            assert row["source"] == "wire"
        else:  # originals, and the article that only quotes seed 002
            assert row["duplicate_of"] is None, page.path
            assert row["similarity"] is None, page.path
    exact = next(p for p in two_runs.site.pages if p.kind == "exact")
    assert rows[two_runs.url(exact)]["similarity"] == 1.0
    # Seeds 002 and 003 report the same statements with shared quotes: different articles.
    assert rows[f"{two_runs.base}/a/seed-002.html"]["duplicate_of"] is None
    assert rows[f"{two_runs.base}/a/seed-003.html"]["duplicate_of"] is None
    # Nothing is discarded: every page has its row; the view hides the copies.
    assert len(rows) == len(two_runs.site.pages)
    unique = {r["url"] for r in two_runs.db.query("SELECT url FROM unique_articles")}
    expected = {two_runs.url(p) for p in two_runs.site.pages if p.kind not in COPY_KINDS}
    assert unique == expected
    assert _stat(two_runs.second, "news/dedup/exact") == 1
    assert _stat(two_runs.second, "news/dedup/near") == 3
    assert _stat(two_runs.second, "news/dedup/original") == 1


def test_language_is_the_same_in_a_repeated_crawl(two_runs: TwoRuns) -> None:
    """The same pages crawled again into another database get the same language and
    probability, to the last digit: langdetect is seeded in every worker process."""
    other = two_runs.tmp / "again.db"
    _crawl(other, "news", "-a", f"feed={two_runs.site.feed_a}", "-a", "source=paper")
    query = "SELECT url, language, language_prob FROM articles WHERE source = 'paper'"
    first = {r["url"]: r for r in Database(two_runs.first_db).query(query)}
    again = {r["url"]: r for r in Database(other).query(query)}
    assert len(first) == 9
    assert again == first


# --- per-source cleaning and language policy -------------------------------------------------

# A sentence the "learner" source prints inside every article body; no built-in rule knows it.
FOOTER = "Dieser Beitrag gehört zu unserer Serie über die Dörfer an der Lindenauer Küste."
# A line the "other" source removes with its own strip_patterns.
DESK = "Lokalredaktion Lindenau · Telefon 0341 555 0199"
SOURCES = """
[sources.learner]
feeds = ["{base}/learner.xml"]
languages = ["de"]

[sources.other]
feeds = ["{base}/other.xml"]
languages = ["de"]
keep_other_languages = true
strip_patterns = ['^Lokalredaktion Lindenau · Telefon [0-9 ]+$']
"""


@dataclass
class SourceRuns:
    base: str
    db: Database
    learner_first: list[Page]
    learner_second: list[Page]
    other: list[Page]
    english: Page
    english_other: Page
    second: ScrapyRun
    other_run: ScrapyRun

    def text(self, page: Page) -> str:
        return self.db.execute(
            "SELECT text FROM articles WHERE url = ?", [f"{self.base}/{page.path}"]
        ).fetchone()[0]


@pytest.fixture(scope="module")
def source_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SourceRuns]:
    """Two runs of source "learner" (6 articles, then 3 more and an English page), then one
    run of source "other" (3 articles carrying the same footer, and an English page)."""
    tmp = tmp_path_factory.mktemp("sources")
    root = tmp / "site"
    root.mkdir()
    with serve_directory(root) as base:
        sources = tmp / "sources.toml"
        sources.write_text(SOURCES.format(base=base), encoding="utf-8")
        first = source_pages("learner", "de", range(1, 7), end=(FOOTER,))
        second = source_pages("learner", "de", range(7, 10), end=(FOOTER,))
        other = source_pages("other", "de", range(10, 13), end=(FOOTER,), middle=(DESK,))
        english = source_pages("learner", "en", range(13, 14))[0]
        english_other = source_pages("other", "en", range(14, 15))[0]
        write_pages(root, [*first, *second, *other, english, english_other])
        db = tmp / "news.db"
        settings = ("-s", f"NEWS_SOURCES={sources}", "-s", "NEWS_LEARN_MIN_ARTICLES=5")
        write_feed(root / "learner.xml", base, first)
        _crawl(db, "learner", *settings)
        write_feed(root / "learner.xml", base, [*second, english])
        second_run = _crawl(db, "learner", *settings)
        write_feed(root / "other.xml", base, [*other, english_other])
        other_run = _crawl(db, "other", *settings)
        yield SourceRuns(
            base, Database(db), first, second, other, english, english_other, second_run, other_run
        )


def test_the_fixture_lines_are_unknown_to_the_built_in_rules() -> None:
    """Otherwise the tests below would prove nothing about learning or strip_patterns."""
    lead = "Ein erster langer Absatz mit echtem Inhalt, der als Artikeltext zählt, und endet."
    text = "\n".join([lead, FOOTER, DESK, lead.replace("erster", "zweiter")])
    assert all(reason is None for _, reason in drop_reasons(text))


def test_learned_footer_is_stripped_from_later_articles_of_its_source(
    source_runs: SourceRuns,
) -> None:
    for page in source_runs.learner_second:
        text = source_runs.text(page)
        assert FOOTER not in text, page.path
        assert missing_lines(page, text) == [], page.path
    # Learned as a line and as a template block (same text in the same place): whichever
    # removes it first counts it.
    learned = _stat(source_runs.second, "news/clean/learned") + _stat(
        source_runs.second, "news/text/templates/learned_block"
    )
    assert learned == len(source_runs.learner_second)


def test_rows_stored_before_learning_keep_the_line(source_runs: SourceRuns) -> None:
    """Learning changes what is stored from then on; it does not rewrite stored rows
    (`scrapy reprocess` re-cleans them from the kept HTML)."""
    for page in source_runs.learner_first:
        assert FOOTER in source_runs.text(page).splitlines(), page.path


def test_another_source_keeps_the_same_sentence(source_runs: SourceRuns) -> None:
    for page in source_runs.other:
        text = source_runs.text(page)
        assert FOOTER in text.splitlines(), page.path
        assert missing_lines(page, text) == [], page.path
    assert _stat(source_runs.other_run, "news/clean/learned") == 0
    assert _stat(source_runs.other_run, "news/text/templates/learned_block") == 0


def test_strip_patterns_of_a_source_remove_its_lines(source_runs: SourceRuns) -> None:
    for page in source_runs.other:
        assert DESK not in source_runs.text(page), page.path
    assert _stat(source_runs.other_run, "news/clean/source_pattern") == len(source_runs.other)


def test_unexpected_language_is_dropped_or_kept_flagged(source_runs: SourceRuns) -> None:
    db = source_runs.db
    # "learner" expects German only: its English page is not stored, and counted.
    gone = db.execute(
        "SELECT count(*) FROM articles WHERE url = ?",
        [f"{source_runs.base}/{source_runs.english.path}"],
    ).fetchone()[0]
    assert gone == 0
    assert _stat(source_runs.second, "news/language/dropped_unexpected") == 1
    # "other" keeps other languages, flagged as unexpected; its German rows are expected.
    flags = dict(
        db.execute("SELECT url, language_expected FROM articles WHERE source = 'other'").fetchall()
    )
    english = f"{source_runs.base}/{source_runs.english_other.path}"
    assert flags.pop(english) == 0
    assert set(flags.values()) == {1}
    assert len(flags) == len(source_runs.other)
    assert _stat(source_runs.other_run, "news/language/kept_unexpected") == 1
    assert (
        db.execute("SELECT language FROM articles WHERE url = ?", [english]).fetchone()[0] == "en"
    )
