"""Credits written as lines of text, found by a lead word rather than markup.

A line near the headline that opens with a lead word ("Von", "By", "Oleh") and names people
(:func:`lead_byline_near`), its credit without the date it was posted or the editors after it,
a line set in capitals only where the page writes those names elsewhere in the usual case; and
a reporters' credit inside the story's text: a Chinese or Japanese credit at its start, a wire's
"Reporting by …" at its end (:func:`credit_in_text`).

Apart from the byline markup (:mod:`pipelines.text.authors`) because these read the words of a
line, not its classes; the credits found by their form and place alone are
:mod:`pipelines.text.shapedcredits`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.authors import (
    HEADINGS,
    LINE_WORDS,
    OUTSIDE,
    SECTION_PATHS,
    credit_elsewhere,
    foreign_heading,
    in_signup,
    label_only,
    lines_text,
    nearest_texts,
)
from pipelines.text.names import (
    CJK,
    CJK_CHAR,
    CREDIT_LEAD,
    EDITOR_LABEL,
    LONE_LEADS,
    NAME_SPLIT,
    WIRE_MATERIAL,
)
from pipelines.text.structured import ancestors, collapse, within

# Text nodes that open a byline written without byline markup: "Von " before a link, "By Jane
# Doe", "Autor: …". The lead word alone, or first and followed by a space.
_LEAD_WORDS = (
    *("Von", "By", "Par", "Por", "Door", "Di", "Av", "Af", "Od", "Przez"),
    # The phrases that open a byline in English, French, Italian and the Scandinavian
    # languages ("Written by", "Propos recueillis par": interview by, "A cura di": edited by,
    # "Skrevet af/av", "Skrivet av": written by).
    *("Written by", "Words by", "Reporting by", "Reported by", "Propos recueillis par"),
    *("A cura di", "Skrevet af", "Skrevet av", "Skrivet av"),
    # Bylines in lower case ("von Max Muster", "by Jane Doe", "di Mario Rossi", "door …",
    # "par Jeanne Dupont", "por Juana Pérez").
    *("von", "by", "di", "door", "av", "af", "par", "por"),
    # And in capitals ("BY JANE DOE AND JOHN ROE"): read on the page's word only
    # (:func:`_capitals_shown`).
    *("VON", "BY", "PAR", "POR", "DOOR"),
    # "By" in Indonesian and Malay, and in Arabic ("بقلم": by the pen of).
    *("Oleh", "بقلم"),
)


# Alone, only the capitalised ones: a lower-case "by" between elements is as often a photo's
# credit ("<span>Photo</span> by <a>…</a>") as the article's.
_LEAD_ALONE = frozenset(word for word in _LEAD_WORDS if word[0].isupper())


# A lower-case one alone only where it opens its element, the name in the element after it:
# "<div>von <a>Jane Doe</a></div>", "<span>by<br><span>Jane Doe</span></span>". A photo's
# credit has its label before the word ("<span>Photo</span> by <a>…</a>": the word is a tail).
_LEAD_OPENS = frozenset(word for word in _LEAD_WORDS if word.islower() and " " not in word)


# The text is compared as XPath's normalize-space() would see it (only ASCII spaces, tabs and
# line breaks are spacing there), so each lead word is followed by each of those.
_XML_SPACE = " \t\n\r"


_LEAD_STARTS = (
    *(word + space for word in _LEAD_WORDS for space in _XML_SPACE),
    *("Autor:", "Author:", "Autorin:", "Text:"),
    # Labels and phrases of more languages (Italian, French, Polish, Turkish, Spanish,
    # Portuguese, German), each the way a byline line opens in its language; only a space after
    # the phrases (each entry here is tested on every text node of the page).
    *("Autore:", "Auteur:", "Auteur :", "Tekst:", "Yazar:", "Text und Fotos:"),
    *("Napisał ", "Napisała ", "Escrito por ", "Reportagem de "),
    # "Text" in French, Spanish, Portuguese, Italian and Russian, the Czech and Polish label
    # for a woman, the Turkish labels of the item's writer and reporter, the Russian author.
    *("Texte:", "Texte :", "Texto:", "Testo:", "Текст:", "Autorka:", "Haber:", "Muhabir:"),
    *("Автор:", "Авторы:"),
    # "Von" as a label ("Von: JANE DOE"), the label of the writer in Bosnian, Croatian and
    # Serbian ("Piše:", "Pišu:": writes, write) and in Indonesian ("Penulis:"), and the French
    # credit of an interview ("Recueilli par …").
    *("Von:", "Piše:", "Pišu:", "Penulis:"),
    # The Turkish label of the writer ("Yazan:"), the Finnish for "text", the Hungarian
    # "author", the plural label in Czech, Slovak, Italian and Romanian.
    *("Yazan:", "Teksti:", "Szerző:", "Autoři:", "Autori:"),
    # German opinion and feature pieces name their kind before the writer ("Ein Kommentar von
    # Jane Doe"), and some credits say "written by" ("Verfasst von", "Geschrieben von").
    *("Ein Kommentar von ", "Eine Analyse von ", "Ein Gastbeitrag von ", "Eine Kolumne von "),
    *("Ein Essay von ", "Verfasst von ", "Geschrieben von "),
    *("Recueilli par ", "Recueillie par ", "Recueillis par "),
    # The reporter's label in English and Indonesian ("Wartawan": journalist), the Greek
    # "writes:" ("Γράφει: Μαρία Παπαδοπούλου") and the Arabic "by the pen of" with a colon.
    *("Reporter:", "Wartawan:", "Γράφει:", "بقلم:"),
    # Chinese and Japanese credits of the writer ("作者：", "文／"). Not "记者：": Chinese
    # interviews write it before each of the reporter's questions.
    *("作者：", "作者:", "文：", "文:", "文／", "文/", "文・"),
)


# Every text node that holds more than XML's whitespace (what the test strips), as lxml's
# strings that know their parent. Tested in Python: an XPath asking normalize-space() of every
# node for each lead word cost five times as much. The one predicate leaves the markup's
# indentation in C, where each of its nodes cost a string that knows its parent, and a test of
# every lead word (a page's whole tree, half A: 1.70 -> 1.26 ms, the same nodes).
_TEXT_NODES = etree.XPath(".//text()[normalize-space()]")


# A lead word after a bar or a dot that parts a line's items: the credit as the last item of the
# story's date line ("Do 25.04.24 | 14:07 Uhr | Von <span>Jane Doe</span>"), which older markup
# sets in one element without a class of its own for the name. Only the capitalised words: a
# credit that opens an item is written as a credit opens a line.
_ITEM_LEAD = re.compile(r"[|·•]\s*(?:Von|By|Par|Por|Door|Di|Przez|Av|Af|Od)(?=\s|$)")


def _lead_texts(top: HtmlElement) -> list[Any]:
    """The text nodes under ``top`` that open with a lead word (:data:`_LEAD_STARTS`) or hold
    one after a line's bar (:data:`_ITEM_LEAD`)."""
    found = []
    for node in _TEXT_NODES(top):
        text = node.strip(_XML_SPACE)
        if (
            text in _LEAD_ALONE
            or (text in _LEAD_OPENS and not node.is_tail)
            or text.startswith(_LEAD_STARTS)
            or (("|" in text or "·" in text or "•" in text) and _ITEM_LEAD.search(text))
        ):
            found.append(node)
    return found


def _headings_before(
    elements: Iterable[HtmlElement], wanted: list[HtmlElement]
) -> dict[HtmlElement, HtmlElement | None]:
    """For each element of ``wanted``, the last heading before it that is not its ancestor:
    what ``preceding::*[self::h1 or … or self::h6][1]`` finds.

    ``elements``: the whole document in document order (``root.iter()``), walked once for all
    of ``wanted`` and only as far as the last of them; the XPath, asked once per element,
    walked back over the page each time, which cost a table of 10,000 byline cells about a
    minute (time squared in the page's size).
    """
    left = set(wanted)
    last: HtmlElement | None = None
    before: dict[HtmlElement, HtmlElement | None] = {}
    # Each heading's own last heading before it: the next one to try when the last heading
    # before an element is that element's ancestor (a byline inside its <h2>).
    previous: dict[HtmlElement, HtmlElement | None] = {}
    for element in elements:
        if not left:
            break
        if element in left:
            left.discard(element)
            before[element] = last
        if element.tag in HEADINGS:
            previous[element] = last
            last = element
    found: dict[HtmlElement, HtmlElement | None] = {}
    for element in wanted:
        heading = before.get(element)
        if heading is not None:
            above = list(element.iterancestors(*HEADINGS))
            while heading is not None and any(a is heading for a in above):
                heading = previous[heading]
        found[element] = heading
    return found


MAX_LINE = 80


# A name in a script without case is told from a phrase by its form alone: two to four letters
# (Chinese and Korean names, most Japanese ones), no punctuation. A line holds the names listed
# with "、" or spaces: a full-width comma there parts a sentence's clauses.
CJK_NAME = re.compile(rf"[{CJK}]{{2,4}}")


# A news agency's code in lower case after the name ("Von Jane Doe, dpa", "…, dpa/afp"): the
# agency the reporter files for, which the names' reading leaves out.
_AGENCY_CODE = re.compile(r",\s*[a-z]{2,4}(?:/[a-z]{2,4})*$")


def _byline_line(text: str) -> bool:
    """A short line of a lead word and names: "Von Max Muster und Erika Mustermann", not a
    sentence ("By Sunday the minister had resigned.", "文：从市政府获悉，今年…")."""
    if len(text) > MAX_LINE or text.endswith(("!", "?")):
        return False
    rest = CREDIT_LEAD.sub("", text, count=1)
    if rest == text:
        return False
    if CJK_CHAR.search(rest):
        # No case to tell a name from a word: every part must have a name's form.
        if "，" in rest:
            return False
        parts = [p for part in NAME_SPLIT.split(rest) for p in part.split()]
        return all(CJK_NAME.fullmatch(p) for p in parts)
    rest = _AGENCY_CODE.sub("", WIRE_MATERIAL.sub("", rest))
    return not [w for w in rest.split() if w[:1].islower() and w.casefold() not in LINE_WORDS]


# How far above the headline a byline line is looked for when none is nearer: pages in older
# markup wrap the headline and the line of its credit each in several <div>s of their own.
_WIDER_LEVELS = 5


def lead_byline_near(headline: HtmlElement | None, max_levels: int = 3) -> list[str]:
    """Byline lines without byline markup nearest the headline: "<p>Von <a>Max Muster</a></p>".

    A weaker form than markup, read only when JSON-LD, byline markup and meta tags name nobody;
    a line is the whole text of the element that holds the lead word, short and made of names.
    Where ``max_levels`` above the headline hold none, :data:`_WIDER_LEVELS` do (as far as
    :func:`byline_near` looks for markup).
    """
    if headline is None:
        return []
    credits: dict[HtmlElement, str] = {}
    texts = _lead_lines(headline, max_levels, credits)
    if texts is None and max_levels < _WIDER_LEVELS:
        texts = _lead_lines(headline, _WIDER_LEVELS, credits)
    return texts or []


def _lead_lines(
    headline: HtmlElement, max_levels: int, credits: dict[HtmlElement, str]
) -> list[str] | None:
    """:func:`lead_byline_near` within ``max_levels`` above the headline; ``None`` where no
    element there holds a lead word (only then is a wider look worth its walk over the page:
    lines found and turned down nearer, a teaser's under its linked heading, say the same of
    the lines farther away). ``credits``: each line's credit (:func:`_line_credit`) once read,
    for every level and look tried."""
    top = (ancestors(headline, max_levels) or [headline])[-1]
    candidates: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for node in _lead_texts(top):
        holder = node.getparent()
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        if holder is None or holder.tag in OUTSIDE or holder is top:
            continue
        if holder in seen:
            # One element holds several lead words ("Von A<br>…<br>Von B"): its line is read
            # once; read once per lead word, a long element cost time squared in its length.
            continue
        seen.add(holder)
        if holder.tag == "a" or within(holder, ("a",)):
            continue  # a teaser card is a link; a byline line is not inside one
        candidates.append(holder)
    if not candidates:
        return None
    previous = _headings_before(top.getroottree().getroot().iter(), candidates)
    foreign: dict[HtmlElement, bool] = {}
    lists: dict[HtmlElement, bool] = {}
    holders: list[HtmlElement] = []
    for holder in candidates:
        heading = previous[holder]
        if heading is not None and heading is not headline:
            if heading not in foreign:
                foreign[heading] = _item_heading(heading) or foreign_heading(heading)
            if foreign[heading]:
                # Under another item's linked heading: a teaser's or a related story's line
                # (a subtitle heading between the headline and the byline links nowhere);
                # under the heading of the readers' comments or of a list of other stories:
                # a commenter's, another story's.
                continue
        if credit_elsewhere(holder, headline, lists):
            continue  # a teaser card's credit beside its linked title, a list of authors
        if in_signup(holder, headline):
            continue  # a newsletter's signature beside its sign-up field
        holders.append(holder)

    shown = _ShownText(headline.getroottree())

    def accept(text: str) -> bool:
        return _byline_line(text) and _capitals_shown(shown, text)

    def credit(element: HtmlElement) -> str:
        if element not in credits:
            credits[element] = _line_credit(element)
        return credits[element]

    texts = nearest_texts(headline, holders, credit, accept, max_levels)
    if all(label_only(text) for text in texts):
        # No line, or the nearest lines are labels alone ("Автор:", "<span>By</span>"): the
        # name is in the element after each (:func:`_labelled_credit`). Only then: where a
        # nearer line names someone, a label's next element is as often the byline markup's
        # account ("By <a>NEWSROOM</a>" above "<p>By Jane Doe</p>").
        texts = nearest_texts(
            headline, holders, lambda e: _labelled_credit(e, credit(e)), accept, max_levels
        )
    return texts


def _item_heading(heading: HtmlElement) -> bool:
    """A heading that links to another item: not one whose links all lead to the site's tag or
    section pages, the story's own tag cloud set in a heading ("<h5><a href=/tag/…>…</a></h5>"),
    after which the story's credit may still come."""
    return any(not SECTION_PATHS.search(a.get("href", "")) for a in heading.iter("a"))


class _ShownText:
    """The page's shown text nodes, read on the first question and once per page: asked
    with an XPath per line, a table of thousands of byline lines in capitals cost time squared
    in its size (3,600 cells took 7 s)."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.text: str | None = None

    def __contains__(self, word: str) -> bool:
        if self.text is None:
            # NUL joins them: a word found must stand within one node, as XPath's contains()
            # on each node finds it (the parser keeps no NUL in the page's text).
            self.text = "\x00".join(_SHOWN_TEXTS(self.tree))
        return word in self.text


def _capitals_shown(shown: _ShownText, line: str) -> bool:
    """Whether a byline line set in capitals names people the page writes elsewhere in the
    usual case ("Jane Doe" in an author's box, a caption, the story): in capitals a name
    cannot be told from a phrase ("BY POPULAR DEMAND") or an outlet ("BY NBC BOSTON"), so the
    page must say it. A line whose lead word is in the usual case passes ("By JANE DOE",
    "Par AFP"), as before: only the lead words in capitals are read on this condition."""
    if not line.isupper():
        return True
    rest = CREDIT_LEAD.sub("", line, count=1)
    parts = [p.strip(" .,:;") for p in NAME_SPLIT.split(rest)]
    names = [p.title() for p in parts if p]
    return bool(names) and all(name in shown for name in names)


# A blog's post line goes on after the credit: the date it was posted ("Von Max Muster am
# 03.05.2013, 11:51", "By Jane Doe on May 3, 2013", "Par Jean Dupont le 3 mai 2013") and, after
# a bar, its comment count and category ("| 0 Kommentare | Energie"). The date is a preposition
# and a day (a number, or a month's name and a number) up to the end of the line.
_LINE_DATE = re.compile(
    r"\s+(?:am|on|le|el|il|op|em|den)\s+(?:\d|[^\W\d_]+\.?\s+\d)[^|]{0,40}$", re.I
)


# The line goes on after a dash with the time or date it was posted: "Par Jean DUPONT - 05:01 -
# Temps de lecture : 2 min", "By Jane Doe – 12.05.2024". A name holds no figure, and a hyphen
# inside a name has no space around it ("Anne-Marie").
_DASH_DATE = re.compile(r"\s+[-–—]\s+\d.*$")


# A line's first word and the line break after it (:func:`lines_text` writes it as a comma).
_LEAD_BREAK = re.compile(r"(\w+),\s+")


def _line_credit(element: HtmlElement) -> str:
    """A byline line's credit: its text before the first bar (or the item after a bar that opens
    with a lead word, :data:`_ITEM_LEAD`), without the date it was posted and without the
    editors named after it.

    The bar parts the credit from the rest of the post's line as it does in byline markup
    (:func:`names.name_parts`: after a bar comes the outlet), and a credit keeps no date. A line
    break parts the name from the title on the next line as in byline markup
    (:func:`lines_text`): "By JANE DOE<br>AP Writer" is not "JANE DOEAP Writer".
    """
    text = collapse(lines_text(element))
    first = _LEAD_BREAK.match(text)
    if first and first.group(1).casefold() in LONE_LEADS:
        # The lead word on a line of its own above the name ("von<br>Jane Doe"): one credit.
        text = f"{first.group(1)} {text[first.end() :]}"
    head = text.partition("|")[0]
    if not CREDIT_LEAD.match(head):
        # The credit as a later item of the line ("12.05.2024 | Von Jane Doe"): from its lead
        # word on, up to the next item.
        item = _ITEM_LEAD.search(text)
        if item:
            head = text[item.start() + 1 :].lstrip().partition("|")[0]
    return EDITOR_LABEL.sub("", _LINE_DATE.sub("", _DASH_DATE.sub("", head.rstrip())))


def _labelled_credit(element: HtmlElement, text: str) -> str:
    """A line (its credit ``text``) that is a label alone, with the name of the element after
    it: "<p>Автор:</p><p><a>Jane Doe</a></p>", where older markup has no class to join the
    two."""
    after = element.getnext()
    if not label_only(text) or after is None or not isinstance(after.tag, str):
        return text
    name = collapse(lines_text(after))
    return f"{text} {name}" if len(name) <= MAX_LINE else text


# A Chinese press credit at the start of the story: "〔記者巫其倫／台北報導〕" ("reporter X,
# reporting from Taipei"), several reporters joined by "、". The names are two to four
# characters; the place follows the slash.
_CHINESE_CREDIT = re.compile(
    r"[〔（(【\[]\s*記者\s*([^\s／/、〕）)】\]]{2,4}(?:、[^\s／/、〕）)】\]]{2,4})*)\s*[／/]"
    r"[^〕）)】\]]{0,12}(?:報導|报导|報道)\s*[〕）)】\]]"
)


# A Japanese press credit opening a paragraph of the story: "【エルサレム＝酒井圭吾】" (the place
# the reporter files from, then the reporter), several reporters joined by "、". A name is three
# to six characters and opens with a kanji, as Japanese family names do: the wires credited in
# the same brackets ("【ワシントン＝共同】", "【パリ＝ＡＦＰ時事】") are shorter or open otherwise,
# and a desk ("中国総局", "本社") ends in the word that names it.
_JAPANESE_NAME = r"[\u4e00-\u9fff々][\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{2,5}"
_JAPANESE_CREDIT = re.compile(
    rf"^[ \t\u3000]*【([^【】＝=\n]{{1,12}})[＝=]\s*({_JAPANESE_NAME}(?:、{_JAPANESE_NAME})*)】",
    re.M,
)
# Words that end the name of an office, a wire or a paper, never a person's: "新華社",
# "中国総局", and the Chinese-language papers and sites ("聯合報", "環球時報", "人民網") a
# Japanese desk credits.
_JAPANESE_DESKS = ("社", "局", "部", "班", "団", "通信", "新聞", "特派員", "報", "网", "網")
# What a credit's label names when it is no place: a picture's ("【写真＝…】", "【撮影＝…】"), a
# chart's or a drawing's credit, whose author took the picture, not the story.
_JAPANESE_PICTURE = re.compile(r"写真|撮影|画像|図|イラスト|動画|映像|漫画|絵")


def _japanese_credit(text: str) -> list[str]:
    """The reporters of a Japanese credit (:data:`_JAPANESE_CREDIT`) opening a line of the
    story's first characters; none when any name it gives ends as an office's or a paper's
    does, or when its label is a picture's rather than a place."""
    match = _JAPANESE_CREDIT.search(text)
    if not match or _JAPANESE_PICTURE.search(match.group(1)):
        return []
    names = match.group(2).split("、")
    return [] if any(name.endswith(_JAPANESE_DESKS) for name in names) else names


# A wire story's credit at its end: "(Reporting by Jane Doe and John Roe; Editing by …)".
_REPORTING_BY = re.compile(r"\bReporting by ([^;()\n]{3,120}?)\s*(?:[;)]|\.?$|\n)", re.M)


def credit_in_text(text: str | None) -> list[str]:
    """Reporters a credit in the story's text names: a Chinese or Japanese credit at its
    start (the first 300 characters, where papers put it), a wire's "Reporting by …" at its
    end (the last 400); editors and writers of the wire's desk are not the reporters."""
    if not text:
        return []
    match = _CHINESE_CREDIT.search(text[:300])
    if match:
        return match.group(1).split("、")
    japanese = _japanese_credit(text[:300])
    if japanese:
        return japanese
    match = _REPORTING_BY.search(text[-400:])
    return [match.group(1)] if match else _wire_credit_line(text)


# The wire's credit as a paragraph of its own, in brackets: "(Reporting by Jane Doe; Editing by
# John Roe)".
_WIRE_CREDIT_LINE = re.compile(r"^\(Reporting by ([^;()\n]{3,120}?)\s*[;)]", re.M)


def _wire_credit_line(text: str) -> list[str]:
    """The reporters of the one bracketed wire credit paragraph (:data:`_WIRE_CREDIT_LINE`)
    anywhere in the text: where the extractor kept what follows the story (its comments, a
    sign-up, when no class name tells them apart), the credit is no longer in the last
    characters. Only when the text holds one such paragraph: a page of several wire items
    credits each its own reporters."""
    if "(Reporting by" not in text:
        return []
    found = _WIRE_CREDIT_LINE.findall(text)
    return [found[0]] if len(found) == 1 else []


# All of them, for many words asked of one page (:class:`_ShownText`).
_SHOWN_TEXTS = etree.XPath(
    "//body//text()"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
