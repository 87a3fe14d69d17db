"""The benchmark and demo sites: every article keeps its metadata, no front is taken for one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from pipelines.extract.worker import PageJob, PageResult, analyze_page
from tests.conftest import DEMO_SITE, SITE
from tests.support.sitegen import SiteManifest, generate_site

FETCHED = "2030-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SiteManifest]:
    root = tmp_path_factory.mktemp("site")
    return root, generate_site(root, 40, seed=3)


def _page(root: Path, manifest: SiteManifest, url: str) -> str:
    path = root / url.removeprefix(manifest.base_url).lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    return path.read_text("utf-8")


def _analyze(url: str, html: str) -> PageResult:
    return analyze_page(PageJob(url=url, html=html, fetched_at=FETCHED))


def test_generated_articles_keep_title_authors_and_exact_time(
    generated: tuple[Path, SiteManifest],
) -> None:
    root, manifest = generated
    for article in manifest.articles:
        result = _analyze(article.url, (root / article.path).read_text("utf-8"))
        assert result.drop is None, article.url
        fields = result.fields
        assert fields["title"] == article.title
        assert fields["authors"] == article.authors
        assert fields["published"] is not None, (article.url, result.counts)
        assert datetime.fromisoformat(fields["published"]) == datetime.fromisoformat(
            article.published
        )


def test_generated_fronts_are_dropped_as_listings(
    generated: tuple[Path, SiteManifest],
) -> None:
    root, manifest = generated
    fronts = [manifest.home_url, *(u for u in manifest.listing_urls if u.endswith("/"))]
    assert len(fronts) > 5
    for url in fronts:
        result = _analyze(url, _page(root, manifest, url))
        assert result.drop == "listing", url


@pytest.mark.parametrize(
    "path",
    [*sorted(DEMO_SITE.glob("artikel-*.html")), *sorted((SITE / "articles").glob("*.html"))],
    ids=lambda p: p.name,
)
def test_demo_and_fixture_articles_are_not_listings(path: Path) -> None:
    result = _analyze(f"http://127.0.0.1:8765/{path.name}", path.read_text("utf-8"))
    assert result.drop != "listing"


def test_demo_home_page_is_a_listing() -> None:
    html = (DEMO_SITE / "index.html").read_text("utf-8")
    result = _analyze("http://127.0.0.1:8765/", html)
    assert result.drop == "listing"
    assert result.counts == {"meta/listing/home": 1}
