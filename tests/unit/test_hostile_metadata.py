"""The metadata stage on hostile pages: markup a real page does not hold, read without an
exception and with bounded work (docs/faults.md)."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.text.authors import byline_near

_ARTICLE = (
    "<html><body><article><h1>Storm floods the harbour of the old town</h1>{credit}"
    "<p>The storm came in at night and the harbour flooded by morning, said officials.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [(["author\x01x"], ["Jane Doe"]), (["author\x01x", "author\x01x"], [])],
)
def test_byline_id_with_a_control_character(ids: list[str], expected: list[str]) -> None:
    """A tree parsed from the raw markup keeps a control character in an id, which lxml
    refuses as an XPath variable: the id's uniqueness is still read (one byline; a repeated
    id marks a list's items, none of them the page's byline)."""
    credit = "".join(f'<div id="{ident}">Jane Doe</div>' for ident in ids)
    tree = lxml.html.fromstring(_ARTICLE.format(credit=credit))
    assert tree.find(".//div").get("id") == ids[0]
    assert byline_near(tree.find(".//h1")) == expected
