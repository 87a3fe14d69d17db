"""Block decisions from the page's markup: captions, bylines, a label over a linked headline.

Each paragraph of the extracted text is looked up in the sets of :mod:`pipelines.text.page`. A
paragraph that is exactly a ``<figcaption>`` is a caption; exactly a byline or author box is not
article text; a paragraph that is entirely the text of a link is a teaser headline when a short
label (or a call closed by "!") stands over it or when it sits in a run of such links outside
the article's body paragraphs (an article's own subheading between two paragraphs may be a link
and stays; the blurbs of teaser cards after the body, a paragraph's length each, are no body
paragraphs); set off by brackets or led by an arrow ("[ Headline ]", "» Headline") it points to
another story wherever it stands. On one line: a label
followed only by linked headlines ("READ MORE | Headline"), a headline printed twice (a card's
image alt text and link), a blurb inside a longer link (a teaser card). A paragraph that repeats an
image's alt text is its caption; the byline's name on a line of its own is the byline, and over the
body so is the name followed by the day ("Jane Doe. Updated November 3rd, 2023"), also with the
name's social handle between ("Jane Doe (@janedoe) 2 hours ago Mon 4th May 2020": round 38, one
datesA/fresh-tune page in every markup mode, no other text of dev half A changes); the signature
line of an embedded post ("— Name (@handle) date") is the embed's. After the body, a paragraph
opening with the byline's name (or a role and the name) and a verb is the author's biography;
anywhere, a short block the page sets right under the byline's name on its own is the author box's
note ("Redakteur in der Wirtschaft."). A teaser label of :mod:`pipelines.text.cleaning` ("Auch
interessant", "More from ...") over linked headlines goes with them, so that cleaning does not take
the next subheading for the label's headline. At the end of the text, a run of teaser cards (linked
headline, blurb, linked headline, blurb) loses its blurbs too, and so do cards that set their
read-more link under the blurb ("Mehr erfahren", "weiter ..."). Before the body, a block that is the
text of an ``<h1>`` is the headline, not article text, and so is a variant of the page's title (its
last four words or more, a kicker or the site's name aside). A short block inside a small box
classed as a wall is the wall's pitch, and a block inside a fact box (``infobox``, ``factbox``) is
the box's, unless that box holds the first body paragraph too (then it wraps the article).
Inside the body, a short list whose items are each the linked headline of another page of the
same site is a related-story list; after the body's last paragraph, where such a list closes the
text, of any site (a sister site's stories, a shop's products: round 38, two datesA pages of half
A as they are and under ``tags``; under ``classes`` no text changes); a label the line rules drop
("Werbung:") does not make a list the article's own, as a sentence closed by a colon does.
Anywhere a run of list items each a link and a count ("- Konzerte (7)") is a blog's category or
archive list. Over or under the body, a run of two blocks or more each a link of a few words is
the page's navigation (a breadcrumb, a menu: :func:`_drop_link_runs`), and anywhere a linked
headline in capitals is a pointer to another story (round 43). After the last body paragraph, a
block opening with a copyright sign is the site's footer, and a run of short blocks reading as the
publisher's imprint (an ISSN, a legal name, an address, a phone number) is its imprint.
Anywhere, a block in quotation marks that repeats a sentence of a longer block is a pull quote,
and a heading right over a list of links the text left out is that list's title; a label closed
by a colon in a small box with its value ("Author of the article:" over the name), when the text
lacks the value, is all it holds of that box (round 37, dev half A under ``classes``: three
metadev pages, token F1 0.993 -> 0.994 and twice to 1.000; as they are and under ``tags`` no
text changes). A paragraph that opens with a read-also label and a linked headline glued to its
text (a capsule set inline) loses them and keeps its own text (:func:`glued_teasers`; round 38,
dev half A: on one datesA/fresh-tune page two capsules go in every markup mode, no other text
changes). The headings the text ends on once the line rules have run title nothing of it
(:func:`closing_headings`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import urlsplit

from lxml import etree

from pipelines.text.cleaning import line_reasons, teaser_marker
from pipelines.text.inbody import titled_link_list
from pipelines.text.page import (
    BODY_MIN_CHARS,
    DOCUMENT_RE,
    ITEM_MARK,
    READ_MORE_WORDS,
    PageHeadings,
    PageSignals,
    element_text,
    loose_key,
    loose_key_in,
    more_link,
    same_site,
    spaceless,
    text_length,
    unmarked,
)
from pipelines.text.rules.rights import RIGHTS_RESERVED
from pipelines.text.structured import HEADING_TAGS

# A label over a teaser ("Mehr dazu", "VEA TAMBIÉN:", "Related"): a few words, no sentence;
# a call may close with an exclamation mark ("Nicht verpassen!", "Ezt ne hagyja ki!": round 36,
# one datesA page under --plain-markup classes, no other text of dev half A changes).
_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 4
_SENTENCE_END_RE = re.compile(r"[.!?…\"“”»)]$")
# Teaser headlines and bylines are short; a long paragraph that happens to equal a link text
# (a whole paragraph wrapped in an <a>) is left to the other rules.
_LINKED_MAX_CHARS = 200
_INLINE_LABEL_RE = re.compile(r"^-?\s?(?P<label>[^:|]{2,40}?)\s?[:|]\s?(?P<rest>.+)$")
# "is", "ist", "est", "es", "è", "é", "is", "jest" (nl, pl too), "writes", "schreibt", "war".
_COPULA_RE = re.compile(
    r"^\s(?:\([^()]{1,24}\)\s)?(?:is|ist|est|es|è|é|jest|was|war|writes|schreibt|écrit|escribe"
    r"|scrive|escreve"
    r"|schrijft|pisze)\b"
)
# A credit: a byline word of de en fr es it pt nl pl, then the name ("von Jane Doe", "By: Jane
# Doe", "Texto de Juan Pérez" is left to cleaning's rules). The name may be followed by the
# outlet's, after a comma, a bar, a dot or a slash.
_CREDIT_RE = re.compile(
    r"^(?:von|by|par|por|di|da|door|przez|autor(?:in)?|author)\s?:?\s(?P<name>.+)$", re.I
)
_CREDIT_TAIL_RE = re.compile(r"\s?[,|·/]\s")
_CREDIT_MAX_CHARS = 80
# After the byline's name on its line: a separator, a few words ("Updated", "Published on"),
# then the day's digits.
_CREDIT_DATE_RE = re.compile(r"^\s?[.,|·/–—-]\s?\D{0,20}\d")
# The name's social handle in brackets may stand between the name and the day ("Jane Doe
# (@janedoe) 2 hours ago"): a byline's, and then the separator may be left out.
_CREDIT_HANDLE_RE = re.compile(r"^\s?\(@\w{1,30}\)(?:\s?[.,|·/–—-])?\s?\D{0,20}\d")
# A name this short ("Ed", "AP") may open any line.
_NAME_MIN_CHARS = 5
# How a kicker ends when it is set before a linked headline on the same line.
_KICKER_END_RE = re.compile(r"[?:|]$|^[–—-]$")
# Teaser headlines have a few words; a two-word link ("Wakebeach 257") is an address or a name.
_HEADLINE_MIN_WORDS = 4
# A paragraph that is one link set off by brackets or led by an arrow: "[ Headline ]",
# "» Headline", "→ Headline" (round 37: between the paragraphs of a datesA page without class
# names, two related stories in brackets).
_BRACKETED_RE = re.compile(r"^(?:\[\s?(?P<bracketed>[^\[\]]+?)\s?\]|[»›→►▶]\s?(?P<led>.+))$")
# A label closed by a colon right after a word, on a line of its own ("Author of the article:";
# not a smiley: "... längeren Ohrringen (:").
_COLON_LABEL_RE = re.compile(r"^[^\W\d_][^.!?:：]{0,60}[^\W\d_][:：]$")
# The value beside such a label in its box: a name, a date, a programme's line.
_LABEL_VALUE_MAX_CHARS = 120
# A heading over the body that ends in this many of the headline's last words is a variant of
# the headline (a kicker before it, or a second wording of its start).
_TITLE_TAIL_WORDS = 4
_WORD_RE = re.compile(r"\w+")
# The separator before a site's name at the end of a page title, and the name's length.
_SITE_SEP_RE = re.compile(r"( [-|–—·] )")
_SITE_MAX_WORDS = 4
# A teaser card's blurb under its linked headline: a sentence or two.
_BLURB_MAX_CHARS = 300
# Cards at the end of the text are a run of at least this many linked headlines.
_CARD_RUN_MIN = 2
# A box's heading over its list of linked headlines: a headline's size, no sentence.
_BOX_HEADING_MAX_CHARS = 80
_BOX_HEADING_MAX_WORDS = 8
# A teaser's blurb closed by its own link to the story: "... erklärt die Fachbegriffe. mehr",
# "... the full interview. Read more ›". The link's words, after the blurb's last sentence.
_MORE_LINK_RE = re.compile(
    r"^.{20,}?[.!?…\"“”»)] "
    rf"(?P<more>(?:{READ_MORE_WORDS}|la suite|más)(?: ?[›»→>]+)?)$",
    re.IGNORECASE,
)
# Words between a biography's start and the byline's name: a role ("Korrespondent", "Senior
# editor") comes first in some author notes.
_BIO_ROLE_MAX_WORDS = 2
# The signature line an embedded post prints under its text: "— Name (@handle) 11. Juni 2018".
# The post's text may be what the article is about; the signature is the embed's furniture.
_EMBED_SIGNATURE_RE = re.compile(r"^[—–] [^()]{1,80} \(@\w{1,30}\) .{4,40}$")
# A related-story list set inside the body: two to this many items. A longer list of the
# site's linked headlines is one the article draws up itself (a roundup of its coverage).
_RELATED_MAX_ITEMS = 6
# A list item that is a link and the number of posts under it ("- Konzerte (7)", "- März 2019
# (12)"): a blog's category, tag or archive list. Only a run of at least this many counts.
_COUNTED_LINK_RE = re.compile(r"^(?P<link>.+?) ?[(\[]\d+[)\]]$")
_COUNTED_RUN_MIN = 3
# A menu's or a breadcrumb's item: a link of a few words ("Home", "World", "New Jersey"). A run
# of at least two such blocks over or under the body is the page's navigation; alone, such a
# link is an address, a name or the article's own pointer and stays.
_NAV_LINK_MAX_WORDS = 3
_NAV_LINK_MAX_CHARS = 30
_NAV_RUN_MIN = 2
# A linked headline in capitals has at least this many letters: shorter capitals are an
# acronym's or a label's ("NEW YORK CITY FC").
_CAPITALS_MIN_LETTERS = 20


def _label(block: str) -> bool:
    return (
        len(block) <= _LABEL_MAX_CHARS
        and len(block.split()) <= _LABEL_MAX_WORDS
        and not _SENTENCE_END_RE.search(block.rstrip(":：!"))
    )


def _doubled(block: str) -> bool:
    """A teaser card's headline printed twice ("Title Title": image alt text and link)."""
    words = block.split()
    half = len(words) // 2
    return (
        len(words) >= 2 * _HEADLINE_MIN_WORDS
        and len(words) % 2 == 0
        and (words[:half] == words[half:])
    )


def _inline_teaser(block: str, signals: PageSignals) -> bool:
    """A short label, then only linked headlines: "READ MORE | Headline", "Topic: A | B",
    or a kicker closed by a question mark or a dash over a linked headline ("- KI in der
    Schule? Minister X: „Quote“", the kicker in a ``<strong>`` before the link)."""
    match = _INLINE_LABEL_RE.match(block)
    if match is not None and len(match.group("label").split()) <= _LABEL_MAX_WORDS + 2:
        parts = [p.strip() for p in match.group("rest").split("|")]
        if all(p in signals.links for p in parts) and any(
            len(p.split()) >= _HEADLINE_MIN_WORDS or len(parts) > 1 for p in parts
        ):
            return True
    # The kicker's end sits in the first words, and the headline after it is short: a
    # paragraph is settled by its length.
    if len(block) > _LINKED_MAX_CHARS + _LABEL_MAX_CHARS:
        return False
    words = unmarked(block).split(" ", _LABEL_MAX_WORDS + 2)
    return any(
        _KICKER_END_RE.search(words[k - 1]) and _headline(" ".join(words[k:]), signals)
        for k in range(1, len(words))
    )


def _in_card(block: str, signals: PageSignals) -> bool:
    """Part of a teaser card: the block is inside a longer link's text (a blurb under a
    linked headline)."""
    if len(block.split()) < _HEADLINE_MIN_WORDS:
        return False
    return any(block in card and block != card for card in signals.cards)


def _bracketed_link(block: str, signals: PageSignals) -> bool:
    """A linked headline set off by brackets or an arrow as a paragraph of its own ("[ Israeli
    forces enter Gaza City ]", "» Storm floods the harbour road"): the pointer to another story
    a CMS sets between the article's paragraphs. An article's own subheading may be a link, but
    is not bracketed; a link of fewer than :data:`_HEADLINE_MIN_WORDS` words ("[Video]",
    "(see the report)") names no story."""
    match = _BRACKETED_RE.match(block)
    if match is None:
        return False
    inner = match.group("bracketed") or match.group("led")
    return len(inner.split()) >= _HEADLINE_MIN_WORDS and inner in signals.links


def _capitals_link(block: str, signals: PageSignals) -> bool:
    """A linked headline set in capitals ("HARBOUR REOPENS AFTER THE STORM, MAYOR SAYS"), the
    whole block: the inline pointer to another story that news sites set between a story's
    paragraphs, in capitals to set it off. An article's own subheading is seldom a link, and a
    linked one in capitals has not been seen (issue 11, round 43, dev half A: four pointers on
    two datesA pages, no other text changes).

    The link test first: the letters are read one by one in Python, and every paragraph of
    the body comes here (about 3,300 characters of a generated article), few of them links."""
    if not _headline(block, signals):
        return False
    letters = [c for c in block if c.isalpha()]
    return len(letters) >= _CAPITALS_MIN_LETTERS and all(c.isupper() for c in letters)


def _more_linked(block: str, signals: PageSignals) -> bool:
    """A teaser's blurb: sentences closed by a link of read-more words ("mehr", "Read more",
    "Lire la suite"). A page written without ``<aside>`` leaves these boxes between the
    article's paragraphs; an article's own sentence never ends in a link of those words
    after its full stop."""
    match = _MORE_LINK_RE.match(block)
    return match is not None and match.group("more") in signals.links


def _after_teaser_label(blocks: Sequence[str], i: int, labels: Mapping[str, str]) -> bool:
    """A headline the page sets right under a teaser label ("Lesen Sie auch:", "Read more")
    that the extraction dropped while it kept the headline: the label's teaser, as when
    cleaning sees the two lines together. ``labels``: :func:`pipelines.text.page.
    labels_before` (headline-sized blocks only). When the label is in the text over it,
    cleaning decides."""
    label = labels.get(blocks[i])
    return label is not None and (i == 0 or blocks[i - 1] != label) and teaser_marker(label)


def _credit_line(block: str, names: Collection[str]) -> bool:
    """The author's credit on a line of its own: a byline word and the name the metadata
    gives ("von Oliver Kring", "By Jane Doe:"), an outlet's name may follow after a comma or a
    bar ("by Bob Yirka , Phys.org"). ``names``: the loose keys of the author's names. Without
    class names the byline's element says nothing; the words and the name do."""
    if not names or len(block) > _CREDIT_MAX_CHARS:
        return False
    match = _CREDIT_RE.match(block)
    if match is None:
        return False
    name = match.group("name")
    return loose_key_in(name, names) or loose_key_in(_CREDIT_TAIL_RE.split(name, 1)[0], names)


def _dated_credit(block: str, author: str | None) -> bool:
    """The byline's line over the body: the name the metadata gives, then a separator and the
    day, after a few words at most ("Jane Doe. Updated November 3rd, 2023", "Jane Doe | 3. Mai
    2024"), whatever the words, or the name's social handle and the day ("Jane Doe (@janedoe)
    2 hours ago Mon 4th May 2020"). Without class names the byline's element says nothing."""
    if not author or len(block) > _CREDIT_MAX_CHARS or _SENTENCE_END_RE.search(block):
        # A sentence opening with the name ("Jane Doe, 45, won the race.") is the story's.
        return False
    for name in author.split(";"):
        name = name.strip()
        if len(name) >= _NAME_MIN_CHARS and block.startswith(name):
            rest = block[len(name) :]
            return _CREDIT_DATE_RE.match(rest) is not None or bool(_CREDIT_HANDLE_RE.match(rest))
    return False


def _author_bio(block: str, author: str | None) -> bool:
    """The closing note about the article's author: it opens with the byline's name, or a
    role and the name, and a verb ("Inga Buller ist Head of Social ...", "Jane Doe is a
    reporter ...", "Korrespondent Max Muster ist bei ...")."""
    if not author or len(author) < 5:
        return False
    name = author.split(",")[0].strip()
    at = block.find(name)
    return (
        at >= 0
        and len(block[:at].split()) <= _BIO_ROLE_MAX_WORDS
        and not _SENTENCE_END_RE.search(block[:at].rstrip())
        and bool(_COPULA_RE.match(block[at + len(name) :]))
    )


def structure_reasons(
    blocks: Sequence[str],
    signals: PageSignals,
    author: str | None = None,
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
    author_notes: Collection[str] = (),
    card_blurbs: Collection[str] = (),
    url: str | None = None,
    teaser_blurbs: Collection[str] = (),
) -> list[str | None]:
    """For each block (whitespace-collapsed): why the markup says to drop it, or None.

    ``author``: the byline from the page's metadata, to recognise a closing author biography.
    ``title``: the page's headline, to recognise a variant of it over the body.
    ``labels``: the short text the page sets before a block (:func:`pipelines.text.page.
    labels_before`), to recognise a teaser whose label the extraction dropped.
    ``author_notes``: the blocks the page sets right under an author's name
    (:func:`pipelines.text.page.under_author_name`), an author box's role or biography.
    ``card_blurbs``: the blocks the page follows with a read-more link
    (:func:`pipelines.text.page.before_more_links`), a teaser card's blurb.
    ``url``: the page's address, to tell a link to another page of the same site.
    ``teaser_blurbs``: the blurbs of teaser cards whose linked headline the extraction dropped
    (:func:`pipelines.text.teasercards.card_blurbs`): a body paragraph's length, but no part of
    the body, so that the linked headlines after them are read as standing after the body;
    those over or under the body are dropped.
    """
    reasons: list[str | None] = [None] * len(blocks)
    # trafilatura joins several authors with "; ".
    names = {loose_key(name) for name in (author or "").split(";")} - {""}
    body = [
        i
        for i, b in enumerate(blocks)
        if len(b) >= BODY_MIN_CHARS and not (teaser_blurbs and b in teaser_blurbs)
    ]
    first, last = (body[0], body[-1]) if body else (len(blocks), -1)
    # A closing note about the author is looked for in the body's second half: a page set
    # without class names leaves its promotions and teasers after the note, so it is
    # seldom the last long block.
    closing = body[len(body) // 2] if body else -1
    boxes = _info_boxes(signals.info_boxes, blocks[first] if body else None)
    for i, block in enumerate(blocks):
        if not block:
            continue
        if block in signals.captions:
            reasons[i] = "caption"
        elif signals.wall_boxes and _in_wall_box(block, signals.wall_boxes):
            reasons[i] = "wall_box"
        elif boxes and _in_box(block, boxes):
            reasons[i] = "info_box"
        elif block in signals.alts:
            # The picture's alt text printed under it as its caption.
            reasons[i] = "image_alt"
        elif i < first and loose_key_in(block, signals.headlines):
            # The page's headline over the body: the title is stored apart, and the metadata
            # title that cleaning compares with often differs (an SEO title, a kicker).
            reasons[i] = "headline"
        elif (
            _doubled(block)
            or _inline_teaser(block, signals)
            or _in_card(block, signals)
            or _bracketed_link(block, signals)
            or _capitals_link(block, signals)
        ):
            reasons[i] = "linked_teaser"
        elif len(block) <= _BLURB_MAX_CHARS and _more_linked(block, signals):
            reasons[i] = "teaser_blurb"
        elif labels and _after_teaser_label(blocks, i, labels):
            reasons[i] = "labelled_teaser"
        elif i >= closing and _author_bio(block, author):
            reasons[i] = "author_bio"
        elif block in author_notes and len(block) < BODY_MIN_CHARS and not block.endswith("?"):
            # Under the byline's name on its own: the author box's note. A question there is
            # the interviewer's, named above it; a block of body length is the text itself,
            # the lead under a byline set on its own line.
            reasons[i] = "author_box"
        elif block in signals.bylines and len(block) <= _LINKED_MAX_CHARS:
            reasons[i] = "byline"
        elif _EMBED_SIGNATURE_RE.match(block):
            reasons[i] = "embed_signature"
        elif loose_key_in(block, names) or _credit_line(block, names):
            # The author's name on a line of its own: the byline (stored apart) or a signature.
            reasons[i] = "byline"
        elif i < first and _dated_credit(block, author):
            reasons[i] = "byline"
        elif _headline(block, signals):
            previous = blocks[i - 1] if i else ""
            if i and _label(previous) and previous not in signals.links:
                reasons[i - 1] = reasons[i] = "linked_teaser"
            elif (i < first or i > last) and any(
                0 <= j < len(blocks) and _headline(blocks[j], signals) for j in (i - 1, i + 1)
            ):
                # Two linked headlines in a row outside the body: a list of teasers. A single
                # link there ("Hier geht's zur Veranstaltung") is the article's own pointer.
                reasons[i] = "linked_teaser"
    for i, block in enumerate(blocks[:-1]):
        if reasons[i] is not None or reasons[i + 1] != "linked_teaser":
            continue
        if (block not in signals.links and _label(block) and teaser_marker(block)) or _box_heading(
            block, blocks[i + 1 : i + 3], reasons[i + 1 : i + 3]
        ):
            reasons[i] = "linked_teaser"
    if teaser_blurbs:
        # Teaser cards over or under the body (a list of the site's other stories) go;
        # between its paragraphs the blocks stay (an article may set its sections so).
        for i, block in enumerate(blocks):
            if reasons[i] is None and (i < first or i > last) and block in teaser_blurbs:
                reasons[i] = "teaser_blurb"
    if url:
        _drop_related_lists(blocks, reasons, signals, url, last)
    _drop_counted_links(blocks, reasons, signals)
    _drop_link_runs(blocks, reasons, signals, first, last)
    _drop_more_linked_cards(blocks, reasons, signals, card_blurbs)
    _drop_trailing_blurbs(blocks, reasons, signals)
    if title:
        _drop_title_variants(blocks, reasons, title)
    return reasons


def _drop_related_lists(
    blocks: Sequence[str],
    reasons: list[str | None],
    signals: PageSignals,
    url: str,
    last: int,
) -> None:
    """A related-story list inside the body: two to six list items in a row, each the linked
    headline of another page of the same site (a kicker of a few words may stand before the
    link: "- Mundial 2024 El pulso entre ..."); an item cleaning drops anyway (an ad slot
    between the stories) may stand among them. The rule on linked headlines in a row looks
    only outside the body, since an article's subheading may be a link, and compares whole
    blocks with link texts, so a list item, which carries its bullet, never matched. A list
    the article introduces with a colon (:func:`_introduced`), a list with a document, another
    site's page or an item that is no headline (a sentence, a name) is the article's own; but
    after the body's last paragraph (``last``: its index), where the list closes the text,
    another site's pages are a sister site's stories or a shop's products (round 38: two
    datesA pages of dev half A)."""
    i = 0
    while i < len(blocks):
        if not blocks[i].startswith(ITEM_MARK):
            i += 1
            continue
        end = i
        while end < len(blocks) and blocks[end].startswith(ITEM_MARK):
            end += 1
        previous = blocks[i - 1] if i else ""
        if end - i >= _CARD_RUN_MIN and not _introduced(previous):
            # After the body's last paragraph the list closes the text: there it may lead to
            # a sister site's stories or a shop's products as well.
            closing = i > last
            items = [j for j in range(i, end) if _related_item(blocks[j], signals, url, closing)]
            rest = [blocks[j] for j in range(i, end) if j not in items]
            if (
                _CARD_RUN_MIN <= len(items) <= _RELATED_MAX_ITEMS
                and all(reasons[j] in (None, "linked_teaser") for j in items)
                and all(reason for _, reason in line_reasons(rest))
            ):
                for j in items:
                    reasons[j] = reasons[j] or "related_list"
        i = end


def _introduced(previous: str) -> bool:
    """Whether the block before a list introduces it as the article's own: a sentence or a
    label closed by a colon ("Die Forderungen im Überblick:"). A teaser label, or any label
    the line rules of cleaning drop ("Werbung:", "Anzeige:"), is furniture's title over
    furniture."""
    if not previous.endswith(":") or teaser_marker(previous):
        return False
    return line_reasons([previous])[0][1] is None


def _drop_counted_links(
    blocks: Sequence[str], reasons: list[str | None], signals: PageSignals
) -> None:
    """A blog's list of categories, tags or months: a run of at least
    :data:`_COUNTED_RUN_MIN` list items in a row, each a link followed by the number of posts
    it leads to ("- Konzerte (7)", "- Aaron Kwok (13)"), whatever the words. An article's own
    list with counts ("- Berlin (12)" of a table of votes) links none of its items."""
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and _counted_link(blocks[end], signals):
            end += 1
        if end - i >= _COUNTED_RUN_MIN:
            for j in range(i, end):
                reasons[j] = reasons[j] or "counted_links"
        i = max(end, i + 1)


def _drop_link_runs(
    blocks: Sequence[str], reasons: list[str | None], signals: PageSignals, first: int, last: int
) -> None:
    """A breadcrumb or a menu left as blocks over the body ("Home", "World", "News") or under it
    (a section's places, a product's tabs): a run of at least :data:`_NAV_RUN_MIN` blocks in a
    row before the first body paragraph (``first``: its index) or after the last (``last``),
    each a link of a few words, list items too (a whole list's). Between the body paragraphs
    such links are the article's (a list of names it links); a single one outside stays (an
    address, a pointer). A text without a body paragraph (a list, a programme) is left alone.
    Issue 11, round 43, dev half A: the runs over or under the body of four pages, as they
    are."""
    if last < 0:
        return
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and (end < first or end > last) and _nav_link(blocks[end], signals):
            end += 1
        if end - i >= _NAV_RUN_MIN and not _part_of_list(blocks, i, end, signals):
            for j in range(i, end):
                reasons[j] = reasons[j] or "link_run"
        i = max(end, i + 1)


def _part_of_list(blocks: Sequence[str], start: int, end: int, signals: PageSignals) -> bool:
    """Whether the blocks from ``start`` to ``end`` are some of a list's items only: a list
    whose other items are no links (a product's features, "süß", then its linked grape and
    country) is the page's own. A breadcrumb ends on the page's headline, not linked, and
    maybe cut short ("... Can Be .."): that item does not make the trail a list of the page's."""
    items = [j for j in (start - 1, end) if 0 <= j < len(blocks)]
    return any(
        blocks[j].startswith(ITEM_MARK) and not _headline_start(unmarked(blocks[j]), signals)
        for j in items
    )


def _headline_start(block: str, signals: PageSignals) -> bool:
    """Whether ``block``, dots that cut it short aside, opens the page's headline."""
    key = loose_key(block.rstrip(".… "))
    return bool(key) and any(headline.startswith(key) for headline in signals.headlines)


def _nav_link(block: str, signals: PageSignals) -> bool:
    """A link of a few words, the whole block (a list item's mark aside)."""
    text = unmarked(block)
    return (
        text in signals.links
        and len(text) <= _NAV_LINK_MAX_CHARS
        and len(text.split()) <= _NAV_LINK_MAX_WORDS
    )


def _counted_link(block: str, signals: PageSignals) -> bool:
    """A list item that is a link's text and a count in brackets after it."""
    if not block.startswith(ITEM_MARK):
        return False
    match = _COUNTED_LINK_RE.match(unmarked(block))
    return match is not None and (
        match["link"] in signals.links or unmarked(block) in signals.links
    )


def _related_item(block: str, signals: PageSignals, url: str, any_site: bool = False) -> bool:
    """A list item that is a linked headline of another page of ``url``'s site (of any site
    with ``any_site``), after at most a kicker of a few words."""
    text = unmarked(block)
    words = text.split(" ", _LABEL_MAX_WORDS)
    for k in range(min(len(words), _LABEL_MAX_WORDS + 1)):
        if k and _SENTENCE_END_RE.search(words[k - 1]):
            return False  # a sentence before the link: the item is prose
        link = " ".join(words[k:]) if k else text
        if _headline(link, signals):
            return _site_page(signals.hrefs.get(link, ""), url, any_site)
    return False


def _site_page(href: str, url: str, any_site: bool = False) -> bool:
    """``href`` leads to another page of ``url``'s site: relative, or on the same host or a
    host of the same domain (with or without "www."), not the page itself, not a file. With
    ``any_site`` a page on another host counts too."""
    try:
        target, page = urlsplit(href.strip()), urlsplit(url)
    except ValueError:
        return False
    if target.scheme not in ("", "http", "https") or not target.path.strip("/"):
        return False
    if DOCUMENT_RE.search(target.path):
        return False
    if target.netloc:
        host, own = target.hostname or "", page.hostname or ""
        if any_site and host.removeprefix("www.") != own.removeprefix("www."):
            return True
        if not same_site(host, own):
            return False
        return target.path.rstrip("/") != page.path.rstrip("/")
    return not url.endswith(target.path)


def _drop_more_linked_cards(
    blocks: Sequence[str],
    reasons: list[str | None],
    signals: PageSignals,
    card_blurbs: Collection[str],
) -> None:
    """The teaser cards that end the text, each with its read-more link under the blurb
    ("... Schnäppchen der Saison [...]" over "Mehr erfahren"; "weiter Chemische
    Verbindungen"): the blurbs and the linked read-more blocks. Walking back from the end over
    the cards, their links and short blocks (dates, headings, which stay), up to the first
    paragraph of body length that is no card. Only a list of at least two cards: a paragraph
    followed by "Weiterlesen" may be the article's first page, its link to the next, and a
    page's own sections may each close with "Learn more about ..." between paragraphs."""
    cards: list[int] = []
    links: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if reasons[i] is not None:
            continue
        if block in card_blurbs:
            cards.append(i)
        elif block in signals.links and more_link(block):
            links.append(i)
        elif len(block) >= BODY_MIN_CHARS:
            break
    if len(cards) >= _CARD_RUN_MIN:
        for i in cards:
            reasons[i] = "teaser_blurb"
        for i in links:
            reasons[i] = "linked_teaser"


def _in_wall_box(block: str, boxes: Sequence[str]) -> bool:
    """A short block (a list item without its bullet) inside a small box classed as a wall:
    the wall's pitch. Paragraphs of body length are left alone: a page may wrap the part of
    the article it shows in the wall's element."""
    text = unmarked(block)
    return len(text) < BODY_MIN_CHARS and any(text in box for box in boxes)


def _info_boxes(boxes: Sequence[str], first_body: str | None) -> list[str]:
    """The fact boxes that are boxes: one holding the first body paragraph wraps the article
    itself (a page may class its whole content column so), and its text is the article."""
    if first_body is None:
        return []
    return [box for box in boxes if first_body not in box]


def _in_box(block: str, boxes: Sequence[str]) -> bool:
    """Entirely inside a fact box (a list item without its bullet)."""
    text = unmarked(block)
    return any(text in box for box in boxes)


def _title_words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def _drop_title_variants(blocks: Sequence[str], reasons: list[str | None], title: str) -> None:
    """A variant of the headline over the body: the headline without its kicker ("Voigt,
    Höcke und ..." under "Landtagswahl in Thüringen: Voigt, Höcke und ..."), with a kicker of
    its own, or a second headline that ends as the first ("... US-Notenbank räumt Versäumnisse
    bei Aufsicht ein"). The title is stored apart; a page prints these in its header, and
    trafilatura takes the header's heading for the first line of the text. Only before the
    first body paragraph, or right after it when it opens the text (the standfirst): further
    down, a heading that echoes the headline is the article's own."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    body = [i for i in kept if len(blocks[i]) >= BODY_MIN_CHARS]
    if not body:
        return
    first = body[0]
    # The blocks over the first body paragraph, or the one kept after it when it opens the text.
    head = kept[1:2] if kept[0] == first else kept[: kept.index(first)]
    # A page title often ends in the site's name ("... vor laufender Kamera - WELT").
    tails = [_title_words(title)]
    parts = _SITE_SEP_RE.split(title)
    if len(parts) >= 3 and len(parts[-1].split()) <= _SITE_MAX_WORDS:
        tails.append(_title_words("".join(parts[:-2])))
    for i in head:
        block = blocks[i]
        if len(block) > _LINKED_MAX_CHARS or _SENTENCE_END_RE.search(block):
            continue
        words = _title_words(block)
        if any(_shared_tail(words, tail) >= _TITLE_TAIL_WORDS for tail in tails):
            reasons[i] = "headline"


def _shared_tail(words: Sequence[str], other: Sequence[str]) -> int:
    """How many final words the two word lists share."""
    shared = 0
    for a, b in zip(reversed(words), reversed(other), strict=False):
        if a != b:
            break
        shared += 1
    return shared


def _box_heading(block: str, after: Sequence[str], reasons: Sequence[str | None]) -> bool:
    """A heading over a list whose items are linked headlines: the box's own title ("Exklusive
    Politik-Hintergründe – für Sie recherchiert", "Most read"), whatever its words. Only over
    a list of at least two such items: one linked item under a subheading may be the
    article's own pointer."""
    return (
        len(after) == _CARD_RUN_MIN
        and reasons[0] == reasons[1] == "linked_teaser"
        and all(b.startswith(ITEM_MARK) for b in after)
        and not block.startswith(ITEM_MARK)
        and _card_heading(block)
    )


def _drop_trailing_blurbs(
    blocks: Sequence[str], reasons: list[str | None], signals: PageSignals
) -> None:
    """The blurbs of the teaser cards that end the text: walking back from the end over
    linked headlines and the short blocks right under them. A single card there may be the
    article's own pointer and a closing paragraph; only a run of cards is a teaser list
    (labels over the run do not count as cards).

    A card may also put its link under its blurb ("Read the day one recap"), with an unlinked
    heading over it: then no two linked headlines stand in a row to be marked, and the blurb
    has a body paragraph's length. Linked headlines not yet marked, and such headings, count
    for the run too, and go with it, when the run holds at least two blurbs (two cards); with
    fewer they are the article's own closing pointers and the run is judged on its marked
    headlines alone. Pages written without ``<aside>`` leave such lists in the text."""
    blurbs, unmarked, headlines = _trailing_cards(blocks, reasons, signals)
    if unmarked and len(blurbs) < _CARD_RUN_MIN:
        blurbs, unmarked, headlines = _trailing_cards(blocks, reasons, None)
    if headlines >= _CARD_RUN_MIN:
        for j in blurbs:
            reasons[j] = "teaser_blurb"
        for j in unmarked:
            reasons[j] = "linked_teaser"


def _trailing_cards(
    blocks: Sequence[str], reasons: Sequence[str | None], signals: PageSignals | None
) -> tuple[list[int], list[int], int]:
    """The run of cards that ends the text: its blurbs, its linked headlines and card headings
    not yet marked (only read with ``signals``) and how many linked headlines it has."""
    blurbs: list[int] = []
    unmarked: list[int] = []
    headlines = 0

    def linked(j: int) -> bool:
        return reasons[j] == "linked_teaser" or (
            signals is not None and reasons[j] is None and _headline(blocks[j], signals)
        )

    i = len(blocks) - 1
    while i >= 0:
        if reasons[i] == "linked_teaser":
            headlines += not _label(blocks[i])
        elif linked(i):
            headlines += 1
            unmarked.append(i)
        elif reasons[i] is None and i and len(blocks[i]) <= _BLURB_MAX_CHARS and linked(i - 1):
            blurbs.append(i)
        elif (
            signals is not None
            and reasons[i] is None
            and i
            and i + 1 < len(blocks)
            and len(blocks[i]) <= _BLURB_MAX_CHARS
            and linked(i + 1)
            and _card_heading(blocks[i - 1])
        ):
            # The blurb between an unlinked heading and the card's link under it.
            blurbs.append(i)
            unmarked.append(i - 1)
            i -= 1
        else:
            break
        i -= 1
    return blurbs, unmarked, headlines


def _card_heading(block: str) -> bool:
    """A card's heading: a headline's size, no sentence."""
    return (
        len(block) <= _BOX_HEADING_MAX_CHARS
        and len(block.split()) <= _BOX_HEADING_MAX_WORDS
        and not _SENTENCE_END_RE.search(block)
    )


def _headline(block: str, signals: PageSignals) -> bool:
    """Entirely a link, headline-sized: at least four words, no closing full stop."""
    return (
        block in signals.links
        and len(block) <= _LINKED_MAX_CHARS
        and len(block.split()) >= _HEADLINE_MIN_WORDS
        and not block.endswith(".")
    )


# A site's copyright line: the sign after "Copyright", or opening the line alone or after the
# year or years ("© 2024 Example", "2012 - 2020 © by Example Ltd.", "2025 ® © Example GmbH"),
# also set in brackets ("(Copyright (c) 2023 Example TV. All Rights Reserved. ...)").
_COPYRIGHT_OPENING_RE = re.compile(
    r"[(\[]?\s?"
    r"(?:copyright\s?(?:©|\(c\))|©|\(c\)\s?\d{4}|\d{4}(?:\s?[-–]\s?\d{4})?\s?(?:®\s?)?©)",
    re.I,
)
# The rights line glued to the end of a paragraph, the update stamp before it or not: "...
# (prostata e vescica). Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA", "... the
# council said. © 2024 Example Media. All rights reserved." After a sentence's end, the sign,
# at most a holder's name and the reserved rights, and the paragraph's end: prose does not end
# on a copyright sign and "all rights reserved".
_GLUED_RIGHTS_RE = re.compile(
    r"(?<=[.!?…»\"”)])\s+"
    r"(?:(?:ultimo aggiornamento|aggiornato (?:il|alle)|(?:last )?updated(?: on| at)?"
    r"|(?:zuletzt )?aktualisiert(?: am| um)?|(?:dernière )?mise à jour(?: le)?|mis à jour(?: le)?"
    r"|(?:última )?actualizaci[oó]n|actualizado(?: el| a las)?|última atualização"
    r"|atualizado(?: em| às)?|(?:laatst )?bijgewerkt(?: op| om)?|aktualizacja|zaktualizowano)"
    r"\s?:?\s?[^!?©]{1,30}?\s?)?"
    r"(?:©|\(c\)|copyright\s?©?)\s?[^.!?©]{0,60}?[.,|·•–—-]?\s?"
    rf"(?:{RIGHTS_RESERVED})\.?$",
    re.I,
)


# The quotation marks a pull quote opens and closes with, in the languages' typography.
_QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"
# What may follow the closing mark, and what the quoted sentence may end with that the paragraph
# holding it goes on after (a comma, a full stop mid-paragraph).
_QUOTE_TAIL = ".!?…,;: "
# A pull quote is a sentence or more: shorter quoted words ("“Nein”") may be repeated anywhere.
PULL_QUOTE_MIN_CHARS = 30
# A pull quote stands beside its paragraph: within this many blocks of it (on dev half A two to
# four). Further off, a longer block with the same words is another story's teaser quoting it.
_PULL_QUOTE_REACH = 6
_HEADINGS = frozenset(HEADING_TAGS)


def pull_quotes(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blocks set in quotation marks that repeat words of a longer block of the text: a pull
    quote, which a magazine sets in large type beside the paragraph that has the sentence (in a
    ``<blockquote>`` or a box of its own); the reader reads it once, in the paragraph. A heading
    in quotation marks stays, whatever the paragraph under it repeats: it titles its section
    ("»Wir bleiben« " over the paragraph that quotes it). A block without an element of its own
    (a line of a ``<br>``-broken paragraph) is not judged, nor a longer block further off than
    :data:`_PULL_QUOTE_REACH` blocks."""
    out: set[str] = set()
    for at, block in enumerate(blocks):
        quoted = block.rstrip(_QUOTE_TAIL)
        if (
            len(quoted) < PULL_QUOTE_MIN_CHARS
            or quoted[0] not in _QUOTE_MARKS
            or quoted[-1] not in _QUOTE_MARKS
        ):
            continue
        element = elements.get(block)
        if element is None or element.tag in _HEADINGS:
            continue
        words = quoted.strip(_QUOTE_MARKS).strip(_QUOTE_TAIL)
        near = blocks[max(0, at - _PULL_QUOTE_REACH) : at + _PULL_QUOTE_REACH + 1]
        if len(words) >= PULL_QUOTE_MIN_CHARS and any(
            len(other) > len(block) and words in other for other in near
        ):
            out.add(block)
    return out


def link_list_headings(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The headings of the text that title a list of links the text left out
    (:func:`pipelines.text.inbody.titled_link_list`): the box's own title ("Related Articles",
    "Search for this author in:"), whatever its words, left alone over the next section of
    the article when the extraction dropped the links. A heading over a list whose items the
    text keeps (the article's own list) stays, as does one over paragraphs."""
    kept = {unmarked(block) for block in blocks}
    out: set[str] = set()
    for block in blocks:
        element = elements.get(block)
        if element is None or element.tag not in _HEADINGS:
            continue
        items = titled_link_list(element)
        if items and not any(element_text(item) in kept for item in items):
            out.add(block)
    return out


def dangling_labels(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The labels of the text whose value the text lacks: a few words closed by a colon
    ("Dieses Thema im Programm:", "Author of the article:") in a small box with the value
    they label (the programme's name and date, the author's name: at most
    :data:`_LABEL_VALUE_MAX_CHARS` characters beside the label), which the extraction left
    out. The label is then all the text holds of a box of the page's furniture. A label whose
    value the text keeps (an interview's speaker, a fact's name), or alone in its element
    (over the article's list, a table or a chart, which the extraction may leave out: the
    story's own), or in a box of more text (a section of the article), stays.
    ``elements``: each block with the element that holds it
    (:func:`pipelines.text.templates.block_elements`)."""
    compact = spaceless("".join(blocks))
    out: set[str] = set()
    for block in blocks:
        if not _COLON_LABEL_RE.match(block) or len(block.split()) > _LABEL_MAX_WORDS + 2:
            continue
        element = elements.get(block)
        box = element.getparent() if element is not None else None
        if box is None or text_length(box) > len(block) + _LABEL_VALUE_MAX_CHARS:
            continue
        value = spaceless(element_text(box).replace(block, "", 1))
        if value and value not in compact:
            out.add(block)
    return out


def closing_headings(
    tree: etree._Element,
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    walled: bool = False,
) -> list[str]:
    """The headings that end the text (after the line rules), with nothing of their own under
    them: a heading titles what follows it, and when the text ends on one, what it titled (a
    job board's widget, a box of offers, a form) was left out or dropped as furniture, so the
    heading is that box's title ("Aktuelle Stellenangebote", "Our partners"). Read from the
    last block back, so that a box's heading over a sub-box's heading goes too; a text that
    is all headings keeps them (there is no body to end). Only ``<h1>``-``<h6>`` elements
    count: a bold line may be a paragraph's opening. A heading closed by a full stop is a
    sentence the page set large (a summary the extraction placed last), and on a page behind
    a wall the text ends where the wall cuts the article: its last heading is the next
    section's (``walled``; round 38, a metadev page of half A). ``elements``: each block's element
    (:func:`pipelines.text.templates.block_elements`); a block put back after they were read
    (a heading :mod:`pipelines.text.inbody` restores) is looked for among the page's
    headings. Round 38, dev half A: a datesA page loses the heading of its job widget (as
    they are, under ``tags`` and ``classes``), another a sidebar's "Movie Review" (as they
    are and under ``tags``); under ``classes`` a third page's subtitle, which the text ended
    on, goes and comes back over the text as its standfirst; no other text changes."""
    if walled:
        return []
    headings = PageHeadings(tree)
    out: list[str] = []
    for block in reversed(blocks):
        if block.endswith((".", "…")):
            break
        element = elements.get(block)
        if element is None:
            element = headings.get(block)
        if element is None or element.tag not in _HEADINGS:
            break
        out.append(block)
    return out if len(out) < len(blocks) else []


# The same line without the sign, as the text's very last block: the year and the holder
# after a dash or a bar ("2020 - Example Noticias", "2012–2020 | Example"), no sentence.
_YEAR_AND_HOLDER_RE = re.compile(
    r"^(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?\s?[-–|·]\s?[^\W\d][^.!?|]{1,40}$"
)


def _year_and_holder(blocks: Sequence[str]) -> bool:
    """Whether the last of ``blocks`` is a copyright line without the sign, alone of its
    form: a timeline set as paragraphs ("1998 - Gründung", "2023 - Umzug") ends on a line of
    the same shape as the one before it."""
    if not _YEAR_AND_HOLDER_RE.match(blocks[-1]):
        return False
    return len(blocks) < 2 or not _YEAR_AND_HOLDER_RE.match(blocks[-2])


def closing_copyright(blocks: Sequence[str]) -> set[str]:
    """The blocks after the article's last paragraph that open with a copyright sign: the
    site's legal footer, which a page without ``<footer>`` or its class names leaves in the
    text, and at any length (cleaning's copyright lines are short; a footer joins the
    company's names, the rights and the imprint's links on one line). Read from the last
    block back up to the first block of a body paragraph's length that opens otherwise.
    The line without the sign is read only as the text's last block: the year and the
    holder (:func:`_year_and_holder`; dev half A, round 41: a paper's closing "2020 - Name",
    as-is and under both plain markups; no must-keep line of the dev sets has the form)."""
    out: set[str] = set()
    for i, block in enumerate(reversed(blocks)):
        if _COPYRIGHT_OPENING_RE.match(block) or (i == 0 and _year_and_holder(blocks)):
            out.add(block)
        elif len(block) >= BODY_MIN_CHARS:
            break
    return out


def glued_rights(blocks: Sequence[str]) -> dict[str, tuple[str, str]]:
    """{block: (the paragraph, the rights line glued to its end)} for the blocks that end on
    the site's rights line after a sentence: a page that sets "© RIPRODUZIONE RISERVATA" (and
    the update stamp before it) inline in the story's last ``<p>`` gives the extraction one
    block, which no rule for whole lines can drop without the paragraph
    (:func:`closing_copyright` reads a block that opens with the sign). The paragraph stays,
    the tail goes. A block that is all rights line is the line rules' (nothing before it)."""
    out: dict[str, tuple[str, str]] = {}
    for block in blocks:
        lowered = block.lower()
        if "©" not in lowered and "(c)" not in lowered and "copyright" not in lowered:
            continue  # the sign first: a regex scan of every block costs
        match = _GLUED_RIGHTS_RE.search(block)
        if match is None:
            continue
        rest = block[: match.start()].rstrip()
        if rest:
            out[block] = (rest, block[match.start() :].strip())
    return out


# The lines of a publisher's imprint. Its own: an ISSN, a tax or register number (with a
# colon, or a register's letters before the number: "ZVR 123456789", "HRB 12345"), its bank
# account (an IBAN), a company's name ending in its legal form. Any contact block's: an e-mail
# address (or the placeholder a mail-obfuscating proxy prints for it), a phone number, a web
# address alone, a postcode before a place (years are no postcodes: "2024 Olympics" is a
# headline), a street and house number before it ("Hafenstraße 7, 1070 Wien").
_IMPRINT_OWN_RE = re.compile(
    r"\bissn\s?:?\s?\d{4}-\d{3}[\dx]\b"
    r"|\biban\b\s?:?\s?[a-z]{2}\s?\d{2}"
    r"|^(?:zvr|hrb|hra|fn)(?:-?(?:nr\.?|zahl))?\s?:?\s?\d{3,}\w?$"
    r"|\b(?:mwst|ust-?id|vat|p\.?\s?iva|part\.?\s?iva|uid|rea|hrb|cif|nif|siret|kvk)\b\.?"
    r"(?:\s?nr\.?)?\s?[:./]"
    r"|^[^.!?]{0,40}\b(?:gmbh|s\.\s?r\.\s?l\.|srl|ltd\.?|llc|inc\.|s\.\s?a\.|s\.\s?p\.\s?a\.|spa"
    r"|b\.\s?v\.|ag|sp\. z o\.\s?o\.)(?:\s?[·|,&/]\s?[\w.]+)*$",
    re.I,
)
_CONTACT_LINE_RE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]*\w|\[email\s?protected\]"
    r"|^(?:tel(?:efon|éfono|efone)?|phone|tél(?:éphone)?|fax)\b\.?\s?:?\s?\+?\d[\d\s/().-]{5,}"
    r"|^\+\d{1,3}[\s(]{1,2}\d[\d\s/().-]{5,}$"
    r"|^(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?$"
    r"|^(?:[^\d.!?,]{3,40}\s\d{1,4}\s?[a-z]?\s?,\s?)?(?:[a-z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}"
    r"\s\w[^.!?]{0,30}$",
    re.I,
)
# An imprint has at least this many such lines, one of them its own: an article may close with
# a contact line or two for readers (a phone number, a web address), which is no imprint.
_IMPRINT_MIN_LINES = 2


def closing_imprint(blocks: Sequence[str]) -> set[str]:
    """The publisher's imprint after the article's last paragraph: the short blocks at the end
    of the text from the first one that reads as an imprint line on, when at least two do and
    one is the publisher's own (an ISSN, a tax or register number, a bank account, a company's
    legal name). A page without ``<footer>`` or its class names leaves the site's address block
    in the text, as it leaves the copyright line (:func:`closing_copyright`), which may follow
    it at any length. Otherwise only short blocks: a body paragraph that gives a phone number
    for readers is longer, and ends the search."""
    start = len(blocks)
    lines = own = 0
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if _COPYRIGHT_OPENING_RE.match(block):
            continue  # the copyright line, at any length, is the footer's too
        if len(block) >= BODY_MIN_CHARS:
            break
        if _IMPRINT_OWN_RE.search(block):
            own += 1
        elif not _CONTACT_LINE_RE.search(block):
            continue
        start, lines = i, lines + 1
    return set(blocks[start:]) if lines >= _IMPRINT_MIN_LINES and own else set()


# Separators a label may stand before its headline with ("À LIRE AUSSI : Headline").
_LABEL_SEPARATORS = " :|–-—»>"
# A linked headline is looked up by this many of its first characters (it has four words or
# more: :data:`pipelines.text.page.HREF_MIN_WORDS`).
_OPENING_CHARS = 12


def glued_teasers(blocks: Sequence[str], signals: PageSignals) -> dict[str, tuple[str, str]]:
    """{block: (the teaser it opens with, the paragraph after it)} for the blocks that open
    with a read-also label and a linked headline glued to the paragraph's own text.

    A page may set its "read also" capsule inline, at the start of a paragraph (a label and a
    linked headline in a ``<span>`` the stylesheet floats beside the text): the extraction
    reads the paragraph's text with the capsule in front ("À LIRE AUSSI Headline of another
    storyThe paragraph goes on ..."), and no rule for whole blocks can drop it without the
    paragraph. The capsule's shape tells it: a teaser label of :mod:`pipelines.text.cleaning`
    (:data:`_LABEL_MAX_WORDS` words at most), then the whole text of a link of a headline's
    length (``signals.hrefs``), then the paragraph. A paragraph that opens with a label's word
    ("Read more about ...") goes on with prose, not with a link's whole text, and stays; so
    does a label followed by more headlines ("READ MORE | Headline | Headline"), the teaser
    line the rules for whole blocks read (:func:`structure_reasons`)."""
    # The headlines by their opening: a block is asked about a label only where a headline
    # follows its first words, which few blocks of a page have (the labels' patterns are long).
    openings: dict[str, list[str]] = {}
    for linked in signals.hrefs:
        openings.setdefault(linked[:_OPENING_CHARS], []).append(linked)
    out: dict[str, tuple[str, str]] = {}
    for block in blocks if openings else ():
        words = block.split(" ", _LABEL_MAX_WORDS)
        for n in range(1, min(_LABEL_MAX_WORDS, len(words) - 1) + 1):
            label = " ".join(words[:n])
            after = block[len(label) :].lstrip(_LABEL_SEPARATORS)
            found = openings.get(after[:_OPENING_CHARS], ())
            headline = next((h for h in found if after.startswith(h)), None)
            if (
                headline is None
                or len(label) > _LABEL_MAX_CHARS
                or not teaser_marker(label.rstrip(_LABEL_SEPARATORS))
            ):
                continue
            rest = after[len(headline) :].strip()
            if _glued_paragraph(rest, signals):
                out[block] = (block[: len(block) - len(rest)].strip(), rest)
                break
    return out


def _glued_paragraph(rest: str, signals: PageSignals) -> bool:
    """Whether the text after a label and its linked headline is a paragraph of prose: it
    ends as a sentence does and opens with no other link of a headline's length."""
    return (
        bool(_SENTENCE_END_RE.search(rest))
        and rest not in signals.links
        and not any(rest.startswith(h) for h in signals.hrefs)
    )
