"""Credits found by their form and place alone, where neither markup nor a lead word marks them.

A short name-shaped line between the headline and the story's first paragraph in one small block
with the story's date, or naming the day the story was posted or filed
(:func:`position_byline_near`); a line whose form reads as a credit ("Jane Doe | The Daily
Planet": :func:`opening_credit_near`); the Korean credit line (:func:`korean_credit_near`); the
credit a story sets after its last paragraph, or a blog post's footer after its box
(:func:`closing_credit_near`). Each passes over the places where credits of pictures, links and
other items stand.

Apart from the byline markup (:mod:`pipelines.text.authors`) and the lead-word lines
(:mod:`pipelines.text.bylinelines`) because these are the weakest evidence, asked last: a name
recognised by its shape, so each rule says where such a shape is the story's credit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain, islice

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.authors import (
    AUTHOR_PATHS,
    COMMENTS,
    HEADINGS,
    JOINED,
    OUTSIDE,
    in_signup,
    in_teaser,
    name_shaped,
    only_child,
)
from pipelines.text.bylinelines import CJK_NAME
from pipelines.text.dates import MONTH_NAMES, WEEKDAYS, shown_days
from pipelines.text.names import (
    CJK_CHAR,
    DIGIT,
    NAME_SPLIT,
    WHEN_LABEL_AFTER,
    desk_credit,
    name_parts,
)
from pipelines.text.structured import ancestors, collapse, within

# The elements after the headline read for a credit shown by position only: a header's name and
# date lines come before this many; past them, the story or the page's other parts.
_POSITION_WALK = 150


# A paragraph: the header (and its credit) ends where the story's first one starts, the one after
# the standfirst.
_PARAGRAPH_CHARS = 100


# The line that holds the name and the date together: short, nothing but a credit.
_POSITION_BLOCK_CHARS = 160


_POSITION_LEVELS = 3


_DATE_CLASS = re.compile(r"date|time", re.I)


_NOT_POSITION = re.compile(
    r"caption|credit|photo|image|img|copyright|share|social|tag|topic|categor|breadcrumb|kicker|"
    r"label|section|rubri|ressort|teaser|related|comment|more",
    re.I,
)


_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg", "button", "select"})


def _after(headline: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after the headline (not inside it), in document order."""
    node: HtmlElement | None = headline
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def _header_lines(headline: HtmlElement, paragraphs: int) -> Iterator[HtmlElement]:
    """The elements after the headline that hold a line of text of their own (no element
    inside, nothing unseen, no heading), up to the story: :data:`_POSITION_WALK` elements at
    most, and no farther than the paragraph after the first ``paragraphs`` ones."""
    seen = 0
    for count, element in enumerate(_after(headline)):
        if count >= _POSITION_WALK:
            return
        if not isinstance(element.tag, str):
            continue
        if element.tag == "p" and len(element.text_content().strip()) >= _PARAGRAPH_CHARS:
            seen += 1
            if seen > paragraphs:
                return
        if len(element) or element.tag in _UNSEEN or element.tag in HEADINGS:
            continue
        yield element


# At most this many names in one credit line read by its place alone.
_POSITION_NAMES = 3


# The joiners before the last of a list of names ("Jane Doe, John Roe and Max Muster").
_LAST_JOINER = re.compile(r"\s(?:und|and|et|y|e|en|og|och|i|ve|и)\s|&")


def _credit_shaped(text: str) -> bool:
    """A name-shaped line (:func:`name_shaped`), or a credit that reads as one: names joined
    by "and" ("Jane Doe, John Roe and Max Muster"), a name and the outlet after a bar ("Jane
    Doe | The Daily Planet"), a name and a wire or a role after a comma ("Jane Doe, The
    Associated Press", "Jane Doe, AP Sports Writer"). Not names parted by commas alone: "New
    York, United States" is as often the place beside the date."""
    if name_shaped(text):
        return True
    head, bar, tail = text.partition("|")
    if DIGIT.search(tail):
        return False  # "New York | May 3, 2023": a dateline's place and the date, no credit
    head = head.strip()
    parts = [p.strip() for p in JOINED.split(head)]
    if len(parts) > _POSITION_NAMES + 1 or not all(name_shaped(p) for p in parts):
        return False
    if bar or len(parts) == 1:
        return len(parts) == 1 or bool(_LAST_JOINER.search(head))
    if _LAST_JOINER.search(head):
        return True
    # "Name, X": X a wire or a role, which the names' reading takes for no person.
    return len(parts) == 2 and not name_parts([parts[1]], [], "", [], set())


def _dated(element: HtmlElement) -> bool:
    """An element that shows the story's day or time: a ``<time>``, an element whose class
    says so ("date", "time"), or a text that writes a day out."""
    if element.tag == "time" or _DATE_CLASS.search(element.get("class", "")):
        return True
    # Collapsed: markup indents a date's text on lines of its own, which is no longer date.
    # Its own text, also after an icon inside it ("<span><svg>…</svg>June 19, 2019</span>").
    text = collapse(" ".join([element.text or "", *(child.tail or "" for child in element)]))
    return len(text) <= 60 and bool(_FULL_YEAR_OR_DOTS.search(text)) and bool(shown_days(text, 1))


_FULL_YEAR_OR_DOTS = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2}|(?:19|20)\d\d")


def position_byline_near(headline: HtmlElement | None) -> list[str]:
    """Names a page shows by their place alone: a short line of two to four capitalised words
    between the headline and the story's first paragraph (a standfirst may come between), in
    one small block with the story's date ("<h1>…</h1><div><div>Jane Doe</div><div>06.11.2023
    </div></div><p>…").

    Pages that declare nothing else still set their credit there, in elements their style
    sheet alone tells apart. The weakest of the page's own sources, read after all the others
    (only a listing's hint and the extractor's guess come later): the name must
    be a whole element of its own, beside the date (not above the headline, where kickers
    stand, nor under a picture or in a link to another page, where credits of photos and
    teasers stand); a block with more than two such lines is a list, not a credit.
    """
    if headline is None:
        return []
    names: list[HtmlElement] = []
    posted: dict[HtmlElement, str] = {}
    # Past the standfirst, the story itself.
    for element in _header_lines(headline, paragraphs=1):
        if within(element, HEADINGS | _UNSEEN):
            continue
        text = collapse(element.text or "")
        if _credit_shaped(text):
            names.append(element)
        elif credit := _posted_credit(text) or _slashed_credit(text):
            names.append(element)
            posted[element] = credit
    for element in names:
        block = element if element in posted else _date_block(element)
        if block is None or _in_link(element):
            continue
        if in_teaser(element, headline) or in_signup(element, headline):
            # Beside another story's linked title (a related or most-read card, a name and
            # its day), or in a newsletter's sign-up: that item's credit.
            continue
        if element in posted:
            if _apart_from_story(element) and not _header_cell(element, headline):
                continue
            return [posted[element]]
        found = [e for e in names if any(a is block for a in e.iterancestors())]
        return [collapse(e.text or "") for e in found] if len(found) <= 2 else []
    return []


def _posted_credit(text: str) -> str:
    """The credit of a line that names the writer and, after a date's label, the day the story
    went up: "John Plunkett. Updated November 3rd, 2023", "Jane Doe | Published 03.05.2024" (a
    line of its own under the headline, where no markup marks either). Empty where the line is
    none such: the label must stand after a credit-shaped name (:func:`_credit_shaped`) and
    before a day; a date after a place alone ("New York, May 3, 2023") has no label."""
    if len(text) > _POSITION_BLOCK_CHARS:
        return ""
    when = WHEN_LABEL_AFTER.search(text)
    if when is None or not shown_days(when.group(), 1):
        return ""
    credit = text[: when.start()]
    return credit if _credit_shaped(credit) else ""


# A credit line's slash between the name and the place and day it was written at.
_CREDIT_SLASH = re.compile(r"\s/\s")


# At most this many words name the place after the slash ("Nai Dilli", "Rio de Janeiro").
_PLACE_WORDS = 3


def _slashed_credit(text: str) -> str:
    """The credit of a line that names the writer, then after a slash the place and the day it
    was filed: "Jane Doe / Mumbai September 29, 2020", a form Indian papers set under the
    headline in every script. Empty where the line is none such: the name must be
    credit-shaped (:func:`_credit_shaped`), or two to four words of a script without capitals
    (:func:`_caseless_name`), and the rest a place of a few words before a day. "New York /
    May 3, 2023" names no place after its slash: its opening is the place, not a writer."""
    if len(text) > _POSITION_BLOCK_CHARS:
        return ""
    parts = _CREDIT_SLASH.split(text, maxsplit=1)
    if len(parts) != 2 or not shown_days(parts[1], 1):
        return ""
    head, tail = (part.strip() for part in parts)
    place = [
        word
        for word in re.split(r"\d", tail, maxsplit=1)[0].split()
        if word.casefold().strip(".,") not in MONTH_NAMES
    ]
    if not 1 <= len(place) <= _PLACE_WORDS or not all(_lettered(w.strip(",")) for w in place):
        return ""
    return head if _credit_shaped(head) or _caseless_name(head) else ""


def _lettered(word: str) -> bool:
    """Whether a word is letters alone, with the marks vowels take in Indic scripts ("मुंबई"),
    which ``str.isalpha`` refuses."""
    return bool(word) and all(unicodedata.category(char)[0] in "LM" for char in word)


def _caseless_name(text: str) -> bool:
    """Two to four words of letters (:func:`_lettered`) of a script without capitals ("ऐश्ली
    कुटिन्हो"), where :func:`name_shaped` cannot read a name by its case."""
    words = text.split()
    if not 2 <= len(words) <= 4 or CJK_CHAR.search(text):
        return False
    return all(_lettered(word) and word.lower() == word.upper() for word in words)


def _header_cell(element: HtmlElement, headline: HtmlElement) -> bool:
    """Whether ``element`` sits in a cell of the layout table that sets the headline in a cell
    too: old templates set the whole page in table cells, the story's header among them,
    where a cell is no sign of a table's data or a picture's credit."""
    table = next(element.iterancestors("table"), None)
    return table is not None and next(headline.iterancestors("table"), None) is table


# The longest outlet named after a credit's bar ("Jane Doe | El Sol de San Juan del Río").
_OUTLET_CHARS = 40


# Where a credit set by its form alone does not stand: a list's item, a table's cell, a
# caption (the names a picture shows).
_NOT_OPENING = frozenset({"figcaption", "li", "td", "th", "dd"})


def _opening_shaped(text: str) -> bool:
    """A line whose form alone says it credits the story's writers: names and the outlet
    after a bar ("Jane Doe | The Daily Planet", "Jane Doe, John Roe, Max Muster | USA TODAY"),
    a name and a wire after a comma ("Jane Doe, The Associated Press"), names joined by "and"
    ("Jane Doe and John Roe"). Not a name alone: under a headline that is as often a kicker,
    the person an interview or a portrait is about, or a picture's subject."""
    if name_shaped(text):
        return False
    head, bar, tail = text.partition("|")
    if not bar:
        return _credit_shaped(text)
    tail = tail.strip()
    if not tail or "|" in tail or len(tail) > _OUTLET_CHARS or DIGIT.search(tail):
        return False  # no outlet, or a date line's items ("Jane Doe | 3 May | 14:07")
    # With an outlet after the bar, names listed with commas alone are a credit too.
    parts = [p.strip() for p in JOINED.split(head.strip())]
    return len(parts) <= _POSITION_NAMES + 1 and all(name_shaped(p) for p in parts)


def opening_credit_near(headline: HtmlElement | None) -> list[str]:
    """The one credit line between the headline and the story's first paragraph whose form
    alone reads as a credit (:func:`_opening_shaped`), with no date beside it.

    Pages that declare nothing and style their header by hashed class names set the writers
    on a line of their own under the headline ("<h1>…</h1><div>Jane Doe and John Roe</div>
    <div>USA TODAY Network</div><p>…"), the date lines apart in another box or nowhere: the
    shape :func:`position_byline_near` needs the date for. Read after it, and only a line the
    form marks as a credit (an outlet after a bar, a wire after a comma, names joined by
    "and"), the only such line there, in no link to another page, no teaser card, list,
    table, caption, sign-up box or block of a picture."""
    if headline is None:
        return []
    # The story starts at its first paragraph; a standfirst counts as its start too.
    found = [
        e for e in _header_lines(headline, paragraphs=0) if _opening_shaped(collapse(e.text or ""))
    ]
    if len(found) != 1:
        return []  # several credit-shaped lines: a list (of authors, of cards), not one credit
    element = found[0]
    if _not_opening(element) or _in_link(element):
        return []
    if in_teaser(element, headline) or in_signup(element, headline):
        return []
    return [collapse(element.text or "")]


def _not_opening(element: HtmlElement) -> bool:
    """Where a credit line by its form is not the story's: inside a heading, a caption, a list,
    a table, the page's parts apart from the story (:data:`OUTSIDE`), below a class that names
    such a part (:data:`_NOT_POSITION`), or in a small block that shows a picture (its caption
    names who the picture shows)."""
    for depth, above in enumerate(chain((element,), element.iterancestors())):
        if above.tag in OUTSIDE or above.tag in _NOT_OPENING or above.tag in HEADINGS:
            return True
        if above.tag in _UNSEEN:
            return True
        if depth <= _POSITION_LEVELS:
            if _NOT_POSITION.search(above.get("class", "")):
                return True
            if len(collapse(above.text_content())) <= _POSITION_BLOCK_CHARS and any(
                True for _ in above.iter("img", "picture", "video")
            ):
                return True
    return False


def _in_link(element: HtmlElement) -> bool:
    """Inside a link to another page than an author's: a teaser card ("<a href=…><h3>…</h3>
    <span>Jane Doe</span><span>16/06/2020</span></a>") credits that item, however far up the
    link is (the name and its date make a small block inside the card)."""
    return any(
        a.tag == "a" and not AUTHOR_PATHS.search(a.get("href", ""))
        for a in chain((element,), element.iterancestors())
    )


def _apart_from_story(element: HtmlElement, depth: int = _POSITION_LEVELS) -> bool:
    """Whether an element, or one of its ``depth`` nearest ancestors, is where credits of
    pictures, links and labels stand: the page's parts apart from the story
    (:data:`OUTSIDE`), a caption, a list item, a table cell, or a class that names such a
    part (:data:`_NOT_POSITION`)."""
    for above in islice(chain((element,), element.iterancestors()), depth + 1):
        if above.tag in OUTSIDE or above.tag in ("figcaption", "li", "td"):
            return True
        if _NOT_POSITION.search(above.get("class", "")):
            return True
    return False


def _date_block(element: HtmlElement) -> HtmlElement | None:
    """The small block around a name-shaped element that holds a date too, unless the name
    sits where credits of pictures, links and labels stand."""
    for depth, above in enumerate(chain((element,), element.iterancestors())):
        if _apart_from_story(above, depth=0) or _DATE_CLASS.search(above.get("class", "")):
            return None
        if depth > _POSITION_LEVELS:
            return None
        text = above.text_content()
        if len(text) > 10 * _POSITION_BLOCK_CHARS or len(collapse(text)) > _POSITION_BLOCK_CHARS:
            return None
        if depth and any(_dated(e) for e in above.iterdescendants() if isinstance(e.tag, str)):
            return above
    return None


# A Korean paper's credit line, the whole of its element: the places the reporter wrote from,
# the name, the word for "reporter" (or "correspondent"), the count of co-writers it does not
# name and the reporter's address (left out of the credit read): "순천, 광양 구현모 기자
# jdoe@example.com", "박준석 기자 외 1명", "홍길동·김철수 특파원". A picture's credit ends a
# caption's sentence ("… 있다. 고영권 기자") or carries its label ("사진=…"), so it is never the
# whole line.
_KOREAN_CREDIT = re.compile(
    r"(?P<credit>(?:[\uac00-\ud7af]+(?:\s*[,·]\s*[\uac00-\ud7af]+)*\s+)?"
    r"[\uac00-\ud7af]{2,4}(?:\s*[,·]\s*[\uac00-\ud7af]{2,4})*\s*(?:기자|특파원)"
    r"(?:\s*외\s*\d+\s*명)?)(?:\s*[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?",
    re.I,
)


_KOREAN_ROLE_TEXTS = etree.XPath("following::text()[contains(., '기자') or contains(., '특파원')]")


_HANGUL = re.compile(r"[\uac00-\ud7af]")


# The longest credit line, and how far up from the text with the role word its element may be.
_KOREAN_CREDIT_CHARS = 80


_KOREAN_CREDIT_LEVELS = 2


def korean_credit_near(headline: HtmlElement | None) -> list[str]:
    """The first Korean credit line after the headline (:data:`_KOREAN_CREDIT`), where no
    markup marks it: Korean papers set the reporter's credit in that one form, under the
    headline or at the end of the story, in elements their style sheet alone tells apart.

    Only a line that is the credit and nothing else, outside the page's chrome, captions,
    lists, small blocks with a picture (:func:`_not_opening`), links to other pages and teaser
    cards: the credits of pictures and of other stories stand there.
    """
    if headline is None or not _HANGUL.search(headline.text_content()):
        return []  # a story headed in another script: the search of its text costs, finds none
    for text in _KOREAN_ROLE_TEXTS(headline):
        element = text.getparent()
        if element is None:
            continue
        if text.is_tail:
            element = element.getparent()
        for _ in range(_KOREAN_CREDIT_LEVELS + 1):
            if element is None or any(a is element for a in headline.iterancestors()):
                break
            line = collapse(element.text_content())
            if len(line) > _KOREAN_CREDIT_CHARS:
                break
            credit = _KOREAN_CREDIT.fullmatch(line)
            if credit:
                if _not_opening(element) or _in_link(element) or in_teaser(element, headline):
                    break
                return [credit.group("credit")]
            element = element.getparent()
    return []


# How far after the headline the story's paragraphs are looked for: a long page's story ends
# within this many elements; past them, its comments and the page's foot.
_CLOSING_WALK = 3000


# A credit line after the story: a few names and an agency, never a sentence.
_CLOSING_CHARS = 80


# A credit wholly in brackets, half- or full-width: "(Juan Pérez)", "（山田太郎）".
_BRACKETED_CREDIT = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")


_BOLD = frozenset({"strong", "b"})


def closing_credit_near(headline: HtmlElement | None) -> list[str]:
    """The credit a story sets after its last paragraph, where no markup marks it: the writer
    in brackets ("(Juan Pérez)", "（山田太郎）"), the writer and the agency or place after a
    slash ("Jane Doe / AFP", "Jane Doe/dpa"), or the writer's name alone in bold ("<p><strong>
    Jane Doe</strong></p>"), as Spanish, Portuguese, German, Vietnamese and Japanese papers
    sign their stories. Only the names before a slash are the credit.

    The story is the block that holds the most of the long paragraphs after the headline; the
    credit is the first element with text after its last one, a line of its own of that shape
    (:func:`_closing_shaped`): a plain last line ("Jane Doe" alone, "Ähnliche Artikel") is
    as often a signature, a heading or the page's next box."""
    if headline is None:
        return []
    counts: dict[HtmlElement, int] = {}
    last: dict[HtmlElement, HtmlElement] = {}
    for element in islice(_after(headline), _CLOSING_WALK):
        if element.tag != "p" or len(element.text_content().strip()) < _PARAGRAPH_CHARS:
            continue
        block = element.getparent()
        if block is None or within(element, OUTSIDE):
            continue
        counts[block] = counts.get(block, 0) + 1
        last[block] = element
    if not counts:
        return []
    story = max(counts, key=lambda block: counts[block])  # the first of the largest
    for sibling in last[story].itersiblings():
        if not _shows_text(sibling):
            continue
        text = collapse(sibling.text_content())
        credit = _closing_shaped(sibling, text)
        return [credit] if credit and not _in_link(sibling) else []
    return _footer_credit(story)


# How many elements after the story's box its footer's credit line is looked for in.
_FOOTER_WALK = 40


# The words a day's time is written with: "um 14:26", "at 2:26 pm", "kl. 14.26", "14:26 Uhr".
_AT_TIME = frozenset({"um", "at", "à", "a", "las", "alle", "om", "kl", "uhr", "h", "am", "pm"})


def _footer_credit(story: HtmlElement) -> list[str]:
    """Where the story's box ends with its last paragraph: the credit line a blog post's
    footer sets after the box, the writer and the day the post went up ("<div><span>Jane Doe
    </span> | 29.07.2006 um 14:26</div>"), read by its form alone (:func:`_footer_shaped`).

    Only the first line with text of its own after the box is read, past lines of nothing but
    links (the post's tags and categories, its share buttons); a comment's header has the same
    form, and comes after a heading ("3 Kommentare") or inside a box named for comments."""
    for element in islice(_after(story), _FOOTER_WALK):
        if not isinstance(element.tag, str) or element.tag in _UNSEEN or _in_link(element):
            continue
        if not _own_text(element):
            continue
        around = (element, *ancestors(element, _POSITION_LEVELS))
        if any(COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in around):
            return []
        credit = _footer_shaped(collapse(element.text_content()))
        return [credit] if credit else []
    return []


def _own_text(element: HtmlElement) -> bool:
    """Whether an element shows text outside the elements it holds (its own line)."""
    return bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)


def _footer_shaped(text: str) -> str:
    """The name of a post footer's line "Jane Doe | 29.07.2006 um 14:26": one name-shaped
    credit (:func:`name_shaped`), a bar, and nothing after it but the day and its time."""
    head, bar, tail = (part.strip() for part in text.partition("|"))
    if not bar or len(tail) > _OUTLET_CHARS or "|" in tail or not shown_days(tail, 1):
        return ""
    for word in re.findall(r"[^\W\d_]+", tail):
        folded = word.casefold()
        if folded not in MONTH_NAMES and folded not in WEEKDAYS and folded not in _AT_TIME:
            return ""  # "Berlin | 29.07.2006 Politik": more than a day
    return head if name_shaped(head) else ""


def _desk_joined(text: str) -> str:
    """The names of a closing line that credits them with the desk that edited the story:
    "Jane Doe und Redaktion Example.ch", "Jane Doe and the Example staff"; else ""."""
    joiners = list(_LAST_JOINER.finditer(text))
    if not joiners:
        return ""
    head, tail = text[: joiners[-1].start()].strip(), text[joiners[-1].end() :].strip()
    return head if desk_credit(tail) and _credit_shaped(head) else ""


def _closing_shaped(element: HtmlElement, text: str) -> str:
    """The credit of a line after a story (:func:`closing_credit_near`), else ""."""
    if len(text) > _CLOSING_CHARS:
        return ""
    desk = _desk_joined(text)
    if desk:
        return desk
    bracketed = _BRACKETED_CREDIT.fullmatch(text)
    inner = bracketed.group(1) if bracketed else text
    head, slash, tail = (part.strip() for part in inner.partition("/"))
    if bracketed or (slash and tail and len(tail) <= _OUTLET_CHARS and not DIGIT.search(tail)):
        if _credit_shaped(head) or all(CJK_NAME.fullmatch(p) for p in NAME_SPLIT.split(head)):
            return head
        return ""
    bold = only_child(element)
    if bold is None or bold.tag not in _BOLD or len(bold) or not name_shaped(text):
        return ""
    # The story's last line: a name in bold with more after it is a box's heading ("Related
    # Coverage" over its links), which has a name's shape as often.
    return "" if any(_shows_text(e) for e in element.itersiblings()) else text


def _shows_text(element: HtmlElement) -> bool:
    """Whether an element shows a reader any text."""
    return (
        isinstance(element.tag, str)
        and element.tag not in _UNSEEN
        and bool(element.text_content().strip())
    )
