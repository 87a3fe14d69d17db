"""Date lines in the story's own text: the lines around its headline that write its day.

The first date after the headline (:func:`days_of_the_dateline`), a wire dateline's day without its
year (:func:`agency_days`), the first short date line (:func:`date_line_days`), the line right
under the headline (:func:`line_under_headline`), one further down before the body
(:func:`date_lines_between`) and the line right above the headline in its own block
(:func:`line_above_headline`), with the pieces of text they are read from
(:func:`pieces_after_the_h1`, :func:`pieces_before`). Lines that date another thing (a copyright,
a sentence) are not date lines (:func:`dates_another_thing`).

Apart from the resolver (:mod:`pipelines.text.published`) because these read the text a reader
sees, not what the page declares; which pieces are the story's is
:mod:`pipelines.text.dateowner`'s, the time of day beside a day found is
:mod:`pipelines.text.timeofday`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from lxml import etree
from lxml.html import HtmlElement

from crawler.clock import Stamp
from pipelines.text.dateowner import (
    DIGIT,
    HEADLINE_WORDS,
    SEPARATORS,
    elsewhere,
    pieces_below,
)
from pipelines.text.dates import (
    DATE_LINE_CHARS,
    DATE_LINE_PIECES,
    agency_dateline,
    edition_days,
    labelled_update,
    names_an_update,
    opens_with_its_date,
    shown_days,
    weekday_reading,
    written_date,
)
from pipelines.text.headline import shows_title
from pipelines.text.structured import PageFacts, collapse, link_key, visible_texts


def days_of_the_dateline(pieces: Iterable[str]) -> set[str]:
    """The first date written after the headline (``pieces``: :func:`pieces_below`), in each
    reading its form allows.

    Article templates put the date line between the headline and the body (headline, standfirst,
    byline and date, then the text), so the first date a reader meets after the headline is the
    story's, even where the part of the page around the headline writes many more (comments'
    dates, a body that cites days) and :func:`days_near` gives nothing. Evidence for a guess
    only: alone it is another item's date too often. A first date that a short line (with the
    piece before it, across separators) says is of something else, an update, a print edition
    or a copyright (:func:`dates_another_thing`), supports nothing: an extractor reads such a
    line as readily as the story's.
    """
    text = ""
    before = ""
    for piece in pieces:
        text = f"{text} {piece}"
        if DIGIT.search(piece) is None:
            if not SEPARATORS.fullmatch(piece):
                before = piece
            continue
        days = shown_days(text)
        if days:
            line = f"{before} {piece}" if len(before) <= DATE_LINE_CHARS else piece
            return set() if len(piece) <= DATE_LINE_CHARS and dates_another_thing(line) else days
        before = piece
    return set()


def agency_days(pieces: Iterable[str], years: Iterable[int]) -> set[str]:
    """The day the wire dateline opening the story's first lines writes without its year
    (``pieces``: :func:`pieces_below`; "BERLIN, 3. März (dpa) -", :func:`dates.agency_dateline`),
    in each of ``years`` (the guesses' own): evidence for a guess of that day only.

    Wire copy keeps the agency's dateline as its first line, and pages that reprint it often
    declare no date and show none under the headline. The dateline's day is the place's: on the
    half of the dev pages the rules are tuned on it was the page's own day on 2 of the 4 pages
    that open so, and the day before on the others (filed in Washington or Moscow late in the
    evening), where it supports nothing, as the guess named the page's day.
    """
    for piece in pieces:
        found = agency_dateline(piece)
        if found is not None:
            month, day = found
            return {f"{year:04d}-{month:02d}-{day:02d}" for year in years}
    return set()


def date_line_days(pieces: Iterable[str]) -> set[str]:
    """The days of the first short line after the headline (``pieces``: :func:`pieces_below`)
    that writes a date (short and set in few pieces: :data:`dates.DATE_LINE_CHARS`,
    :data:`dates.DATE_LINE_PIECES`).

    Stricter than :func:`days_of_the_dateline`: a date a sentence writes (a caption's "Geneva, March
    5, 2019", a standfirst recalling an event) comes before no date line, so the search stops at
    the first long piece of text that writes one; only a day set apart as a line counts, the
    way templates print the story's date between headline and body.
    """
    line: list[str] = []
    for piece in pieces:
        digits = DIGIT.search(piece) is not None
        if len(piece) > DATE_LINE_CHARS:
            if digits and shown_days(piece):
                return set()
            line = []
            continue
        line = [*line[1 - DATE_LINE_PIECES :], piece]
        days = shown_days(" ".join(line)) if digits else set()
        if days:
            return days
    return set()


# A sentence ends with its stop after words; a date line ends with the date, a time, a name.
SENTENCE_END = re.compile(r"[^\W\d_]{4,}\W*[.!?]\s*$")


# A copyright notice: its date is the page's or a picture's, never the story's publication.
COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


def dates_another_thing(line: str) -> bool:
    """Whether a short line says its date is of something else than the story's publication: an
    update, named anywhere in it ("Updated | 08:47, 3 NOV 2023", "05.03.2024 (aktualisiert)",
    "Letzte Aktualisierung"), a print edition ("Print edition | 26 February 2024"), a copyright
    ("© 05.03.2024 Example News")."""
    return names_an_update(line) or bool(edition_days(line)) or COPYRIGHT.search(line) is not None


def one_day(piece: str, days: set[str]) -> str | None:
    """The one day a date line's ``piece`` names, ``days`` being its :func:`dates.shown_days`:
    the only one, or, for a date of numbers that reads two ways, the reading its form gives
    (:func:`dates.written_date`: dots, day first), else the one the weekday beside it falls on
    (:func:`dates.weekday_reading`); None where it names several or none."""
    if len(days) == 1:
        return next(iter(days))
    if not _two_readings(days):
        return None
    written = written_date(piece, "dateline")
    if written is None:
        return weekday_reading(piece, days)
    return written.day if written.day in days else None


def other_reading(day: str) -> str:
    """The ISO ``day`` with its month and day swapped: the other reading of a date of numbers
    (2024-03-05 for 2024-05-03)."""
    return f"{day[:4]}-{day[8:]}-{day[5:7]}"


def _two_readings(days: set[str]) -> bool:
    """Whether the days are one date of numbers read day first and month first (05.03.2024)."""
    if len(days) != 2:
        return False
    one, other = sorted(days)
    return other_reading(one) == other


def line_under_headline(pieces: tuple[str, ...]) -> Stamp | None:
    """The day the line right under the headline writes (``pieces``: :func:`pieces_below`),
    when it starts there, reads as one day and no other day follows it before the body.

    Templates without date metadata (blogs, small sites, wire pages) still print the story's
    date as the first line under its headline ("News24 · 13 Jan 2020, 22:11 GMT+10",
    "2020年07月12日", "By Jane Doe | 27.06.2018"). Only that line: the date must come within
    the first :data:`dates.DATE_LINE_PIECES` pieces and :data:`dates.DATE_LINE_CHARS`
    characters after the headline and open its piece (:func:`dates.opens_with_its_date`), not end a
    sentence, so a standfirst, a block of related videos or a forum poster's "Joined" line
    further down never gives it; the text up to where the body starts
    (:data:`_DATELINE_REACH`) may write no other day (a list of results, teasers' dates). On
    the half of the dev pages the rules are tuned on, such a line agreed with the page's true
    day on all 46 pages it was found on. A line labelled as an update dates no publication; a
    date that reads two ways names one day only where its form does (dots: day first) or the
    weekday the line writes beside it falls on one reading only ("Thursday, 05/11/2020").
    """
    line: list[str] = []
    for piece in pieces[:DATE_LINE_PIECES]:
        line.append(piece)
        text = " ".join(line)
        if len(text) > DATE_LINE_CHARS:
            return None
        digit = DIGIT.search(piece)
        days = shown_days(text) if digit else set()
        if not days:
            continue
        if (
            # Before the date in its piece: trimmings, a weekday, a label ("Datum:",
            # "Published:"); another word says what the date is of ("Deadline:"), a longer
            # run of words ("Die Regierung hat am …") makes the piece a sentence.
            not opens_with_its_date(piece)
            or SENTENCE_END.search(piece)
            or dates_another_thing(text)
            or not shown_days(" ".join(pieces)) <= days
        ):
            return None
        if len(days) == 1:
            return Stamp(datetime.fromisoformat(days.pop()), "day", "dateline")
        if not _two_readings(days):
            return None
        written = written_date(text, "dateline")
        if written is None:
            day = weekday_reading(text, days)
            return Stamp(datetime.fromisoformat(day), "day", "dateline") if day else None
        return written if written.day in days else None
    return None


def pieces_after_the_h1(
    heading: HtmlElement | None, title: str | None, facts: PageFacts
) -> tuple[str, ...]:
    """The pieces after the story's ``<h1>`` (``heading``) where the title chosen is not what it
    shows, if it reads as a headline; else none.

    The title may come from a tag that words the story otherwise (an ``og:title`` written as
    the URL's slug, "kindersitztest-herbst-2018", a tab title or a shorter SEO headline), and
    the date line is then looked for after no heading at all (:func:`pieces_below` asks that
    the heading show the title, so that a lone ``<h1>`` naming the site or a section is not
    read as the story's). The ``<h1>`` the headline's search found anyway
    (:func:`headline.heading_of_title`: the page's one ``<h1>``, or its one long ``<h1>``
    among sections' names) is the story's headline where it is of a headline's length
    (:data:`HEADLINE_WORDS` words at least) and links nowhere else: no site's or section's
    name. The date line after it (:func:`line_under_headline`, :func:`date_lines_between`,
    with all their checks) is the story's.
    """
    if heading is None or heading.tag != "h1":
        return ()
    shown = collapse(heading.text_content())
    if (
        shows_title(heading, title)
        or len(shown.split()) < HEADLINE_WORDS
        or links_away(heading, facts)
    ):
        return ()
    return tuple(pieces_below(heading, shown, facts))


# The last word of a piece that leaves its sentence open for a date to end it ("berichtet: BR24 im
# Radio am" + "26.08.2024"): a short word in lower case after a space, a preposition or an
# article (scripts without cases or spaces between words have none).
_OPEN_END = re.compile(r"(?:^|\s)([^\W\d_]{1,3})\s*$")


def leaves_open(piece: str) -> bool:
    """Whether the piece ends with a word that leaves its sentence open (:data:`_OPEN_END`)."""
    end = _OPEN_END.search(piece)
    return end is not None and end[1].islower()


def links_away(heading: HtmlElement | None, facts: PageFacts) -> bool:
    """Whether the heading is a link to another page, all of its text: a site's logo set as its
    <h1> ("<h1><a href="/">Example Site</a></h1>"), which the page's first teaser follows, not
    the story's date line. A headline linking to the story itself is the story's."""
    if heading is None:
        return False
    links = heading.findall(".//a[@href]")
    if not links or collapse(heading.text_content()) != collapse(
        " ".join(a.text_content() for a in links)
    ):
        return False
    return all(link_key(facts.url, a.get("href", "")) not in facts.identities for a in links)


# How far up from the headline a date line above it is looked for: the headline's own block and
# the one holding it (a list of the story's type and date set beside the <h1> in its header).
_ABOVE_LEVELS = 2


# A block right above the headline with this many links or fewer, in no <nav>, is its story's
# breadcrumb or section, set on the date line's left ("Kinh doanh | Vĩ mô  Thứ năm, 2/11/2023").
_CRUMB_LINKS = 4


# The links of a block that lead somewhere: a share or like button is an ``<a href="#">`` (or a
# script's ``javascript:``) the page's scripts act on, and goes to no other page.
_LEADING_AWAY = etree.XPath(
    ".//a[@href][not(starts-with(normalize-space(@href), '#'))]"
    "[not(starts-with(translate(normalize-space(@href), 'JAVSCRIPT', 'javscript'), 'javascript:'))]"
)


# The boundaries of the page: a line beside the headline only in them is the masthead's.
PAGE_LEVELS = frozenset({"body", "html"})


def pieces_before(heading: HtmlElement) -> list[str]:
    """The pieces of text right above the headline, closest first, inside the headline's block
    and the one holding it (:data:`_ABOVE_LEVELS`), up to :data:`dates.DATE_LINE_CHARS`
    characters, less other items (:func:`elsewhere`); they stop at the first link to another
    page (a share button's ``href="#"`` leads nowhere: :data:`_LEADING_AWAY`).

    A link above the headline is the site's navigation, a section's or a teaser's: a date
    beyond it is the masthead's "today" or another story's, not the story's own line. Where the
    block right before the headline sets the story's breadcrumb and its date line in one box
    ("<a>Kinh doanh</a> <a>Vĩ mô</a> Thứ năm, 2/11/2023"; :func:`_crumbs`), the pieces after
    its last link are read, and the search stops there.
    """
    pieces: list[str] = []
    seen = 0
    element = heading
    for level in range(_ABOVE_LEVELS):
        parent = element.getparent()
        if parent is None or parent.tag in PAGE_LEVELS:
            break
        for sibling in element.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == "a":
                return pieces
            links = _LEADING_AWAY(sibling)
            if links and not (level == 0 and _crumbs(sibling, links)):
                return pieces
            texts = _texts_after(links[-1], sibling) if links else visible_texts(sibling, elsewhere)
            for piece in reversed(list(texts)):
                piece = collapse(piece)
                if not piece:
                    continue
                pieces.append(piece)
                seen += len(piece) + 1
                if seen > DATE_LINE_CHARS:
                    return pieces
            if links:
                return pieces
        if collapse(parent.text):
            pieces.append(collapse(parent.text))
        element = parent
    return pieces


def _crumbs(box: HtmlElement, links: list[HtmlElement]) -> bool:
    """Whether the links of a block right above the headline are its story's breadcrumb or
    section: a few, in no ``<nav>`` (the site's navigation), each a section's name, shorter than
    a headline (a teaser's link to another story, :func:`_to_another_story`)."""
    return (
        len(links) <= _CRUMB_LINKS
        and next(box.iter("nav"), None) is None
        and all(len(link.text_content().split()) < HEADLINE_WORDS for link in links)
    )


def _texts_after(link: HtmlElement, box: HtmlElement) -> list[str]:
    """The visible text pieces of ``box`` after its last ``link``, in reading order (less other
    items, :func:`elsewhere`), and the box's tail."""
    pieces = [link.tail] if link.tail else []
    node = link
    while node is not box:
        for sibling in node.itersiblings():
            pieces.extend(visible_texts(sibling, elsewhere))
        parent = node.getparent()
        if parent is None:
            break
        node = parent
        if node is not box and node.tail:
            pieces.append(node.tail)
    if box.tail:
        pieces.append(box.tail)
    return pieces


def line_above_headline(heading: HtmlElement, after: tuple[str, ...]) -> Stamp | None:
    """The day the date line right above the headline writes, inside the story's own block
    (:func:`pieces_before`), where the text under the headline (``after``:
    :func:`pieces_below`) writes no other day.

    Magazine and journal templates print the story's type and date above the headline ("NEWS
    FEATURE | 03 November 2025"), in a list the rules for ``<time>`` pass over as a teaser's.
    A masthead's date of the day the page was served stands above the headline too, but
    beyond the site's navigation, whose links end the search; the line must open with its date
    (:func:`dates.opens_with_its_date`), end no sentence, name one day and be no update.
    """
    piece = date_line_above(pieces_before(heading))
    if piece is None:
        return None
    day = one_day(piece, shown_days(piece))
    if day is None or shown_days(" ".join(after)) - {day}:
        return None
    return Stamp(datetime.fromisoformat(day), "day", "dateline")


def date_line_above(above: list[str], *, clocked: bool = False) -> str | None:
    """The first of the pieces above the headline (:func:`pieces_before`, closest first) that
    writes a day, where it reads as the story's date line: it opens with its date, ends no
    sentence, dates no other thing and is no update (nor labelled as one by the piece before);
    None where the first such piece is not one.

    ``clocked``: the line is read for the time beside its first date
    (:func:`dates.clock_beside`), which tells a publication's time from an update's itself: a
    line may then name an update after it ("January 13, 2020 / 1:39 PM / Updated 2 minutes
    ago"); the day is never read from such a line.
    """
    for index, piece in enumerate(above):
        if DIGIT.search(piece) is None or not shown_days(piece):
            continue
        before = next((p for p in above[index + 1 :] if not SEPARATORS.fullmatch(p)), "")
        another = (
            bool(edition_days(piece)) or COPYRIGHT.search(piece) is not None
            if clocked
            else dates_another_thing(piece)
        )
        if (
            not opens_with_its_date(piece)
            or SENTENCE_END.search(piece)
            or another
            or labelled_update(piece)
            or (before and labelled_update(before))
        ):
            return None
        return piece
    return None


def with_piece_before(pieces: Sequence[str]) -> Iterator[tuple[int, str, str]]:
    """Each piece with its index and the last piece before it that is no separator ("" at the
    start): a separator between a label and its date ("Updated" "|" "08:47, 3 NOV 2023")
    leaves the label as the piece before the date."""
    previous = ""
    for index, piece in enumerate(pieces):
        yield index, piece, previous
        if not SEPARATORS.fullmatch(piece):
            previous = piece


def date_lines_between(pieces: tuple[str, ...]) -> Stamp | None:
    """The one day the date lines between the headline and the body write (``pieces``:
    :func:`pieces_below`), where no line right under the headline gives it.

    Templates set the date below the standfirst and the authors ("Von | Jane Doe | , Redakteur |
    09.09.2025, 09:58 Uhr", "By | Jane Doe | 08:44, 3 NOV 2023"), further than the first
    pieces :func:`line_under_headline` reads; without declared data, <time> or class names
    it is the only date a reader is given. A date line is a short piece that opens with its date
    (:func:`dates.opens_with_its_date`), does not end a sentence, does not finish the sentence
    of the piece before it ("… im Radio am" + "26.08.2024") and is not labelled as an update
    (in itself or by the piece before: "Updated | 08:47, 3 NOV 2023"). Every such line up to
    where the body starts must name the same one day (a sentence's date finishing a piece names
    no other); a date inside a longer piece is what a sentence tells about, not a line, and is
    passed over.
    """
    day: str | None = None
    others: set[str] = set()  # days of the pieces that finish a sentence: no line, no other day
    for _, piece, before in with_piece_before(pieces):
        if len(piece) > DATE_LINE_CHARS or DIGIT.search(piece) is None:
            continue
        if (
            not opens_with_its_date(piece)
            or SENTENCE_END.search(piece)
            or dates_another_thing(piece)
            or (before and labelled_update(before))
            or (len(before) <= DATE_LINE_CHARS and dates_another_thing(f"{before} {piece}"))
        ):
            continue
        if before and leaves_open(before):
            others |= shown_days(piece)
            continue
        one = one_day(piece, shown_days(piece))
        if one is None or (day is not None and one != day):
            return None
        day = one
    if day is None or others - {day}:
        return None
    return Stamp(datetime.fromisoformat(day), "day", "dateline")
