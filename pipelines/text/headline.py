"""Where the page shows its headline: the heading the byline, the days it shows and its date
line are looked for beside.

The title the resolver chose is matched against the page's headings: the <h1> that shows it,
else a lower heading that starts like it, equals a short title, or opens a title that still
carries the site's name (blog and magazine themes set the post's title in an <h2> and keep <h1>
for the site's name, or have none).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pipelines.text.structured import PageFacts, collapse, loose


def headline_element(facts: PageFacts, title: str | None) -> HtmlElement | None:
    """The <h1> that shows the headline (for byline and <time> proximity)."""
    key = loose(title)
    for text, element in zip(facts.h1, facts.h1_elements, strict=True):
        if key and (loose(text) == key or key in loose(text)):
            return element
    return facts.h1_elements[0] if len(facts.h1_elements) == 1 else None


# A heading that starts with this much of the title (loosely) is the headline with its own suffix.
_SHARED_START = 20


def _heading_starting_like(
    facts: PageFacts, tree: HtmlElement, title: str | None
) -> HtmlElement | None:
    """The one <h1> (else <h2> or <h3>) that starts like the title where no <h1> shows it whole.

    Title and headline may each carry their own suffix ("Headline | Section" and "Headline
    Subscribers"), and some pages set their headline in a lower heading; the day the page shows
    is beside that heading all the same.
    """
    start = loose(title)[:_SHARED_START]
    if len(start) < _SHARED_START:
        return None
    found = [
        element
        for text, element in zip(facts.h1, facts.h1_elements, strict=True)
        if loose(text).startswith(start)
    ]
    if not found:
        found = [h for h in tree.iter("h2", "h3") if loose(h.text_content()).startswith(start)]
    return found[0] if len(found) == 1 else None


# A heading that equals a title this long (loosely) is the headline, short as it may be.
_SHORT_HEADLINE = 8


def _heading_equal_to(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The one <h2> … <h6> whose text is a short title, on pages whose <h1> is the site's or a
    section's name ("News") and whose headline sits in a lower heading.

    Longer titles are found by their start (:func:`_heading_starting_like`), where two
    headings starting alike leave the headline unknown.
    """
    key = loose(title)
    if not _SHORT_HEADLINE <= len(key) < _SHARED_START:
        return None
    found = [h for h in tree.iter("h2", "h3", "h4", "h5", "h6") if loose(h.text_content()) == key]
    return found[0] if len(found) == 1 else None


# What sets a site's or section's name apart after the headline in a title ("Headline – Blog").
_TITLE_SUFFIX = re.compile(r"\s*[-–—|:·•»/]\s*\S")


def _heading_opening_title(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The first <h1> … <h4> whose text is the title's start, a suffix after it.

    A title that was not stripped of its site name ("Headline – Site – Blog") is longer than
    the heading that shows the headline, so neither equality nor a shared start of
    :data:`_SHARED_START` characters finds that heading.
    """
    text = collapse(title).casefold()
    if not text:
        return None
    headings = [
        (collapse(h.text_content()).casefold(), h) for h in tree.iter("h1", "h2", "h3", "h4")
    ]
    found: dict[str, HtmlElement] = {}
    for shown, heading in headings:
        if (
            len(loose(shown)) >= _SHORT_HEADLINE
            and text.startswith(shown)
            and _TITLE_SUFFIX.match(text, len(shown))
        ):
            found.setdefault(shown, heading)
    # The same headline again further down (a sidebar's list of recent posts) is the same story;
    # headings of two lengths, or another heading that starts with the same words, leave it
    # unknown which one is the headline.
    if len(found) != 1:
        return None
    shown, heading = next(iter(found.items()))
    if any(other != shown and other.startswith(shown) for other, _ in headings):
        return None
    return heading


def heading_of_title(
    facts: PageFacts, tree: HtmlElement, headline: HtmlElement | None, title: str | None
) -> HtmlElement | None:
    """The heading the byline and the shown dates are looked for beside: the <h1> headline,
    else the lower heading that shows the title (blog and magazine themes set the post's title
    in an <h2> and keep <h1> for the site's name, or have none)."""
    if headline is not None:
        return headline
    for find in (
        lambda: _heading_starting_like(facts, tree, title),
        lambda: _heading_equal_to(tree, title),
        lambda: _heading_opening_title(tree, title),
    ):
        heading = find()
        if heading is not None:
            return heading
    return None


def shows_title(heading: HtmlElement, title: str | None) -> bool:
    """Whether the heading shows the title: whole, its start, or the title's start before a
    suffix (the ways :func:`heading_of_title` finds the headline)."""
    key = loose(title)
    shown = loose(heading.text_content())
    if not key or len(shown) < _SHORT_HEADLINE:
        return False
    return key in shown or key.startswith(shown) or shown.startswith(key[:_SHARED_START])
