"""The date a blog engine's trackback description states for the page (pipelines/text/trackback.py):
read where the page declares nothing else, only the description that names this page, and only
one date; stored with its origin (``trackback``) and counted (news/meta/published_trackback)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipelines.extract.jobs import PageJob
from pipelines.extract.worker import analyze_page
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.trackback import trackback_date

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://blog.example/racing/e/52743e20f825"
TITLE = "Winners of the weekend's races from the yearling sales"
# The first sentence names the days the races were run: the date line under the headline is
# not the only day the top of the story writes, so no date line dates the page.
BODY = (
    "<p>2024年3月2日(土)～3日(日)に開催された競走では、セール出身馬18頭が優勝しました。</p>"
    + "<p>"
    + "The sales company keeps a list of every winner it sold, with its price and its pedigree. "
    * 8
    + "</p>"
)


def _description(about: str, date: str) -> str:
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<rdf:Description rdf:about="{about}" dc:title="Winners &gt; losers"\n'
        f'  dc:date="{date}" dc:identifier="{about}" />\n</rdf:RDF>'
    )


def _page(*descriptions: str, head: str = "") -> str:
    comments = "".join(f"<!--\n{d}\n-->" for d in descriptions)
    return (
        f"<html><head><title>{TITLE} - Racing blog</title>{head}</head><body>"
        f"<div class='entry'><h3><a href='{URL}'>{TITLE}</a></h3>"
        "<div class='entry-top-info'><span>2024年03月03日</span> | <span>Racing</span></div>"
        f"<div class='entry-body'>{BODY}{comments}</div></div></body></html>"
    )


def resolve(html: str) -> PageMetadata:
    tree = parse_html(html)
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at=FETCHED, html=html)


def test_the_description_of_this_page_dates_it_with_its_time() -> None:
    # Before: nothing declared, the date line refused for the other days under it: no date.
    meta = resolve(_page(_description(URL, "2024-03-03T22:00:00+09:00")))
    assert meta.published == "2024-03-03T13:00:00+00:00"
    assert meta.published_precision == "minute"
    assert meta.stored_origin["published"] == "trackback"
    assert "published_trackback" in meta.skipped


def test_an_index_pages_descriptions_of_other_entries_date_nothing() -> None:
    other = "https://blog.example/racing/e/0000aaaa1111"
    meta = resolve(_page(_description(other, "2024-02-20T10:00:00+09:00")))
    assert meta.published is None
    assert meta.stored_origin.get("published") != "trackback"


def test_two_dates_for_this_page_date_nothing() -> None:
    html = _page(
        _description(URL, "2024-03-03T22:00:00+09:00"),
        _description(URL, "2024-02-28T09:00:00+09:00"),
    )
    assert trackback_date(html, {"blog.example/racing/e/52743e20f825"}) is None
    assert resolve(html).published is None


def test_a_declared_date_is_taken_and_the_description_not_read() -> None:
    head = '<meta property="article:published_time" content="2024-03-04T08:00:00+00:00">'
    meta = resolve(_page(_description(URL, "2024-03-03T22:00:00+09:00"), head=head))
    assert meta.published == "2024-03-04T08:00:00+00:00"
    assert meta.stored_origin["published"] == "meta"
    assert "published_trackback" not in meta.skipped


def test_the_description_names_the_page_by_its_canonical_address() -> None:
    canonical = "https://www.blog.example/racing/e/52743e20f825/"
    meta = resolve(_page(_description(canonical, "2024-03-03T22:00:00+09:00")))
    assert meta.published == "2024-03-03T13:00:00+00:00"


def test_the_worker_stores_and_counts_it() -> None:
    html = _page(_description(URL, "2024-03-03T22:00:00+09:00"))
    result = analyze_page(PageJob(URL, html, fetched_at=FETCHED.isoformat(), min_text_chars=0))
    assert result.drop is None
    assert result.fields["published"] == "2024-03-03T13:00:00+00:00"
    assert result.fields["meta_origin"]["published"] == "trackback"
    assert result.counts["meta/published_trackback"] == 1
