"""The story's moment a script shows beside its headline, written as a Unix time in an attribute.

Templates that format dates in the browser leave the element under (or above) the headline
empty and put the moment in an attribute the script reads: ``<span class="published-date-ago"
data-date="1698998400000"></span>``, ``<dateformat time="1593378975" mode="abs">``,
``<div data-timestamp="1698300000">``. A reader of the page sees that moment as the story's date
line. Its day is kept, in UTC, not its time: on two of the six dev pages where it is read, the
attribute's time is a later moment of that day than the declared publication (a "5 hours ago"
line counting from the last change); the resolver looks for the time the page shows beside that
day as for any day found without one.

Read only beside the story's headline (its nearest ancestors that hold such an attribute, up to
the levels :data:`dateowner.SHOWN_LEVELS` reads days in), outside other items (a teaser, a link,
a list of posts: :func:`dateowner.elsewhere`), from attributes whose name says it is a date or
time and not an update, a sort key or an expiry; and only where all of them name one day (two
days beside a headline are a story's and another's, or its start and its update). The resolver
asks it last, where nothing else dates the page.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from lxml.html import HtmlElement

from crawler.clock import Stamp
from pipelines.text.dateowner import SHOWN_LEVELS, elsewhere
from pipelines.text.structured import ancestors, within

# A Unix time in seconds or milliseconds, as the whole value.
_EPOCH = re.compile(r"\s*(\d{10})(\d{3})?\s*")
# Attribute names that say the value is a date or a time (``data-date``, ``time``,
# ``data-timestamp``, ``data-published``) ...
_DATE_NAME = re.compile(r"date|time|stamp|publi", re.IGNORECASE)
# ... and those that say it is another moment than the publication, or no moment of the story.
_OTHER_MOMENT = re.compile(
    r"updat|modif|edit|chang|sort|expir|end|until|refresh|now|server|render|cache|load|view",
    re.IGNORECASE,
)
# Not before 2000: a smaller ten-digit number is an id more often than a date.
_EARLIEST = datetime(2000, 1, 1, tzinfo=UTC).timestamp()

# Elements whose moments are another item's: a link, a list's entry, an aside, navigation.
_OTHER_ITEMS = ("a", "li", "aside", "nav", "footer", "blockquote")


def _moments(scope: HtmlElement) -> list[float]:
    """The Unix times, in seconds, the date attributes of ``scope``'s own elements write."""
    found: list[float] = []
    for element in scope.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "meta"):
            continue
        for name, value in element.attrib.items():
            match = _EPOCH.fullmatch(value)
            if match is None or not _DATE_NAME.search(name) or _OTHER_MOMENT.search(name):
                continue
            if element.tag in _OTHER_ITEMS or within(element, _OTHER_ITEMS) or elsewhere(element):
                continue
            seconds = float(match[1]) + (float(match[2]) / 1000 if match[2] else 0.0)
            if seconds >= _EARLIEST:
                found.append(seconds)
    return found


def epoch_beside_the_headline(headline: HtmlElement | None) -> Stamp | None:
    """The day (in UTC) the attributes beside ``headline`` write as a Unix time, where they name
    one day (origin ``epoch``); None where none does, or they name several days."""
    if headline is None:
        return None
    for scope in ancestors(headline, SHOWN_LEVELS):
        if scope.tag in ("body", "html"):
            return None  # the whole page is no longer beside the headline
        moments = _moments(scope)
        if not moments:
            continue
        days = {datetime.fromtimestamp(m, UTC).date() for m in moments}
        if len(days) != 1:
            return None
        return Stamp(datetime.combine(days.pop(), time()), "day", "epoch")
    return None
