"""The story's own record in the page's script data (pipelines/text/scriptdata.py): read where the
page declares nothing, only the one record that names this page, never a related list's items, a
most-read widget's, a previous story's or a reader's comment."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.scriptdata import MAX_DEPTH, ScriptStory, script_story
from pipelines.text.structured import gather

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politik/minister-resigns-1234"
TITLE = "Minister resigns after the budget vote"
BYLINE = "<p>Jane Doe</p>"
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"


def _record(**fields: Any) -> dict[str, Any]:
    return {"title": TITLE, **fields}


def _other(number: int, **fields: Any) -> dict[str, Any]:
    return {"title": f"Another story number {number}", "url": f"/politik/other-{number}", **fields}


def _page(script: str, shown: str = BYLINE) -> str:
    return f"<html><head>{script}</head><body><h1>{TITLE}</h1>{shown}{BODY}</body></html>"


def _next_data(data: Any) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def _state(data: Any) -> str:
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(data)};</script>"


def story(html: str) -> ScriptStory:
    tree = parse_html(html)
    assert tree is not None
    facts = gather(tree, URL)
    return script_story(tree, facts, facts.h1)


def resolve(html: str) -> PageMetadata:
    tree = parse_html(html)
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at=FETCHED)


def test_the_record_titled_as_the_page_gives_its_date_and_authors() -> None:
    data = {
        "props": {
            "article": _record(
                publishDate="2024-03-05T08:30:00+01:00", authors=[{"name": "Jane Doe"}]
            )
        }
    }
    found = story(_page(_next_data(data)))
    assert found.published == "2024-03-05T08:30:00+01:00"
    assert found.authors == ["Jane Doe"]


def test_an_assigned_state_and_a_record_named_by_its_url() -> None:
    data = {"page": {"canonical": URL, "publishedAt": "2024-03-05T07:30:00Z", "author": "Jane Doe"}}
    found = story(_page(_state(data)))
    assert found.published == "2024-03-05T07:30:00Z"
    assert found.authors == ["Jane Doe"]


def test_the_resolver_takes_them_where_nothing_is_declared() -> None:
    data = {"article": _record(publishDate="2024-03-05T08:30:00+01:00", author="Jane Doe")}
    # The name is shown, in no form a byline rule reads.
    shown = "<p>Some text.</p>" + BODY + "<p>More from Jane Doe and the desk in our archive.</p>"
    meta = resolve(_page(_next_data(data), shown=shown))
    assert meta.published == "2024-03-05T07:30:00+00:00"
    assert meta.origin["published"] == "script"
    assert meta.authors == ["Jane Doe"]
    assert meta.origin["authors"] == "script"


def test_declared_metadata_stays_ahead() -> None:
    data = {"article": _record(publishDate="2024-03-01T08:30:00+01:00")}
    meta_tag = '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
    meta = resolve(_page(meta_tag + _next_data(data)))
    assert meta.published == "2024-03-05T09:00:00+00:00"
    assert meta.origin["published"] == "meta"


def test_a_related_list_gives_nothing() -> None:
    related = [
        _other(1, publishDate="2024-03-04T08:00:00+01:00", author="John Roe"),
        {"title": TITLE, "publishDate": "2024-03-03T08:00:00+01:00", "author": "John Roe"},
        _other(2, publishDate="2024-03-02T08:00:00+01:00", author="John Roe"),
    ]
    found = story(_page(_next_data({"props": {"related": related}})))
    assert found == ScriptStory()


def test_a_teaser_wrapped_in_a_list_item_gives_nothing() -> None:
    teasers = [
        {"kind": "teaser", "story": _record(publishDate="2024-03-03T08:00:00+01:00")},
        {"kind": "teaser", "story": _other(1, publishDate="2024-03-02T08:00:00+01:00")},
    ]
    assert story(_page(_next_data({"feed": teasers}))) == ScriptStory()


def test_a_list_item_whose_url_is_the_page_is_taken() -> None:
    items = [
        _other(1, publishDate="2024-03-04T08:00:00+01:00"),
        {"title": TITLE, "url": URL, "publishDate": "2024-03-05T08:30:00+01:00"},
    ]
    found = story(_page(_next_data({"items": items})))
    assert found.published == "2024-03-05T08:30:00+01:00"


def test_a_most_read_widget_and_a_previous_story_give_nothing() -> None:
    data = {
        "mostRead": [_other(n, publishedAt=f"2024-03-0{n}T08:00:00Z") for n in (1, 2, 3)],
        "previousArticle": _other(4, publishedAt="2024-03-01T08:00:00Z", author="John Roe"),
    }
    assert story(_page(_state(data))) == ScriptStory()


def _assigned_list(records: list[dict[str, Any]]) -> str:
    """A list of records assigned to a variable, as tag managers' data layers are."""
    return f"<script>dataLayer = {json.dumps(records)};</script>"


def test_a_data_layer_assigned_as_a_list_gives_the_pages_record() -> None:
    layer = {"page": {"type": "news"}, "content": _record(authors=["Jane Doe"])}
    assert story(_page(_assigned_list([layer]))).authors == ["Jane Doe"]


def test_a_list_assigned_of_several_stories_gives_nothing() -> None:
    stories = [
        _other(1, author="John Roe"),
        {"title": TITLE, "publishDate": "2024-03-03T08:00:00+01:00", "author": "John Roe"},
        _other(2, author="John Roe"),
    ]
    assert story(_page(_assigned_list(stories))) == ScriptStory()


def test_a_readers_comment_gives_no_author() -> None:
    comment = {"author": {"name": "Max Reader"}, "createdAt": "2024-03-05T09:00:00Z"}
    data = {"comments": [comment, comment], "headline": "Readers' comments"}
    assert story(_page(_next_data(data))).authors == []


def test_two_records_that_name_the_page_give_nothing() -> None:
    data = {
        "a": _record(publishDate="2024-03-05T08:30:00+01:00"),
        "b": _record(publishDate="2024-03-01T08:30:00+01:00"),
    }
    assert story(_page(_next_data(data))).published is None


def test_a_moment_without_its_offset_or_two_that_disagree_give_nothing() -> None:
    naive = {"article": _record(publishDate="2024-03-05T08:30:00")}
    assert story(_page(_next_data(naive))).published is None
    two = {
        "article": _record(
            publishDate="2024-03-05T08:30:00Z", firstPublished="2024-03-04T08:30:00Z"
        )
    }
    assert story(_page(_next_data(two))).published is None


def test_a_name_the_page_does_not_show_is_not_stored() -> None:
    data = {"article": _record(author="Cms Account")}
    meta = resolve(_page(_next_data(data), shown="<p>Some text that names nobody.</p>"))
    assert meta.authors == []
    assert "authors_unshown" in meta.skipped


def test_an_outlet_is_no_author() -> None:
    data = {"article": _record(author="News Example Redaktion")}
    meta = resolve(_page(_next_data(data), shown="<p>News Example Redaktion</p>"))
    assert meta.authors == []


def test_deep_data_is_left_and_counted() -> None:
    data: dict[str, Any] = _record(publishDate="2024-03-05T08:30:00Z")
    for _ in range(MAX_DEPTH + 2):
        data = {"child": data}
    found = story(_page(_next_data(data)))
    assert found.published is None
    assert found.skipped == ["script_too_deep"]


def test_broken_json_and_code_are_skipped() -> None:
    broken = f'<script type="application/json">{{"title": "{TITLE}", "publishDate": </script>'
    code = f'<script>var page = {{title: "{TITLE}", publishDate: "2024-03-05T08:30:00Z"}};</script>'
    assert story(_page(broken + code)) == ScriptStory()
