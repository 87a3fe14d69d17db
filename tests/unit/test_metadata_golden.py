"""Golden metadata cases: real article pages of many languages with their checked fields.

The expectations are recorded from the dev set (../shared/metadev, where the tests read the
pages: they are not ours to republish) by
``python -m tests.support.metadev NAME…``, only where the resolver agrees with the set's truth;
see tests/fixtures/metadata/expected.json (its ``truth`` and ``verdicts`` say why each value is
right, e.g. no authors where the truth names the outlet itself).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from benchmarks.metadata_quality import STRIPPABLE, strip_markup
from pipelines.text.extraction import extract_from_tree, parse_html
from pipelines.text.metadata import resolve_metadata
from tests.support.metadev import DEFAULT_DATA, GoldenPage, load_golden

GOLDEN = load_golden()
pytestmark = pytest.mark.skipif(
    not DEFAULT_DATA.is_dir(), reason="the dev pages live in ../shared/metadev, beside the clone"
)


def test_the_sample_spans_languages() -> None:
    assert len(GOLDEN) >= 15
    assert len({page.language for page in GOLDEN}) >= 10


@pytest.mark.parametrize("page", GOLDEN, ids=lambda p: p.file.removesuffix(".html.gz"))
def test_golden_page(page: GoldenPage) -> None:
    html = page.html()
    tree = parse_html(html)
    assert tree is not None
    extracted = extract_from_tree(tree, html, page.url)
    meta = resolve_metadata(tree, page.url, fetched_at=page.fetched_at, extracted=extracted)
    expected = page.expected
    assert meta.listing is None  # an article, never dropped as a listing
    assert meta.title == expected["title"]
    assert meta.authors == expected["authors"]
    assert meta.published == expected["published"]
    assert meta.published_precision == expected["published_precision"]
    assert meta.published_local_day == expected["published_local_day"]
    if meta.published is not None:
        assert datetime.fromisoformat(meta.published).utcoffset() == timedelta(0)


@pytest.mark.parametrize("page", GOLDEN, ids=lambda p: p.file.removesuffix(".html.gz"))
def test_golden_page_without_its_markup_stores_less_never_else(page: GoldenPage) -> None:
    """With JSON-LD, meta and microdata taken out, the page looks like one of a publisher that
    declares less: the fallbacks may find less, never another item's title, another person or
    another day."""
    html = strip_markup(page.html(), STRIPPABLE)
    tree = parse_html(html)
    assert tree is not None
    extracted = extract_from_tree(tree, html, page.url)
    meta = resolve_metadata(tree, page.url, fetched_at=page.fetched_at, extracted=extracted)
    expected = page.expected
    assert meta.listing is None
    verdicts = expected["verdicts"]
    assert isinstance(verdicts, dict)
    if verdicts.get("title") == "right":
        # A headline the page shows whole in an <h1> (with its kicker, say) is no other item's.
        assert meta.title in (expected["title"], None, *meta.headlines)
    authors, local_day, published = (
        expected["authors"],
        expected["published_local_day"],
        expected["published"],
    )
    assert isinstance(authors, list)
    assert set(meta.authors) <= set(authors)
    if meta.published is not None:
        want = local_day or published
        assert isinstance(want, str)
        assert (meta.published_local_day or meta.published[:10]) == want[:10]
