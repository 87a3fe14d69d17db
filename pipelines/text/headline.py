"""Where the page shows its headline: the heading the byline, the days it shows and its date
line are looked for beside.

The title the resolver chose is matched against the page's headings: the <h1> that shows it,
else a lower heading that starts like it, equals a short title, or opens a title that still
carries the site's name (blog and magazine themes set the post's title in an <h2> and keep <h1>
for the site's name, or have none), else a heading that closes a title with a kicker before it,
else the one story-sized <h1> that shares most of a title worded otherwise; where no heading
shows it, the first element outside links and lists whose text is the title. An <h1> that names
the site or a section above the page (a short heading that is also a link there, or a blog's
name the tab title repeats, or the site's masthead: the tab title's last parts after a headline
another heading shows) is passed over (:func:`story_facts`). A browser-tab title is stored
only as far as the page shows it, and a kicker the <h1> sets as an element of its own only where
the tab title repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml.html import HtmlElement

from pipelines.text.structured import (
    HEADING_TAGS,
    PageFacts,
    collapse,
    hidden,
    is_article,
    loose,
    within,
)
from pipelines.text.titles import has_separator, names_site, title_opening, title_segments


def headline_element(facts: PageFacts, title: str | None) -> HtmlElement | None:
    """The <h1> that shows the headline (for byline and <time> proximity)."""
    key = loose(title)
    for text, element in zip(facts.h1, facts.h1_elements, strict=True):
        if key and (loose(text) == key or key in loose(text)):
            return element
    return facts.h1_elements[0] if len(facts.h1_elements) == 1 else None


# An <h1> this short (in words, characters) may be a section's name a link leads to ("Fútbol").
_SECTION_WORDS = 3
_SECTION_CHARS = 30


def _linked_texts(tree: HtmlElement) -> list[tuple[HtmlElement, str, str]]:
    """Each link of the page with an address: the link, its address and its text (loosely)."""
    out = []
    for link in tree.iter("a"):
        href = link.get("href")
        if href:
            out.append((link, href, loose(link.text_content())))
    return out


def names_section(
    url: str, links: list[tuple[HtmlElement, str, str]], element: HtmlElement, text: str
) -> bool:
    """Whether a short heading's text is also that of a link to the site's root or to a
    section above the page (its URL's path a step of the page's): the site's or the section's
    name, which some article templates set as the page's <h1> ("Fútbol" over
    /noticias/deportes/fútbol/el-primero-…). A link to the page itself (a blog's list of
    recent posts) says nothing. ``links``: :func:`_linked_texts` of the page."""
    if not _label_sized(text):
        return False
    key = loose(text)
    if not key:
        return False
    page = urlsplit(url)
    for link, href, shown in links:
        if shown != key:
            continue
        if any(a is element for a in link.iterancestors()):
            continue
        if _leads_above(page, url, href):
            return True
    return False


def _leads_above(page: SplitResult, url: str, href: str) -> bool:
    """Whether a link's ``href`` on the page at ``url`` (``page``: its parts) leads to the
    site's root or to a section above the page: the same host, its path a step of the page's."""
    try:
        target = urlsplit(urljoin(url, href.strip()))
    except ValueError:
        return False
    path = page.path.rstrip("/")
    above = target.path.rstrip("/")
    return target.hostname == page.hostname and path != above and path.startswith(above + "/")


def links_above(url: str, element: HtmlElement, text: str, tab_title: str | None) -> bool:
    """Whether a heading's whole text is a link to the site's root or to a section above the
    page (its URL's path a step of the page's) and a part of the tab title of its own: the
    blog's name that themes set as every page's <h1> and after the post's title in the tab
    ("<h1><a href="/myblog">My blog</a></h1>" over /myblog/e/1234, "Post - My blog"), however
    long. A headline's own link leads to the page itself, never above it."""
    key = loose(text)
    segments = title_segments(tab_title or "")
    if not key or len(segments) < 2 or key not in {loose(s) for s in segments}:
        return False
    page = urlsplit(url)
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href and loose(link.text_content()) == key and _leads_above(page, url, href):
            return True
    return False


# A lower heading shows the tab title's headline where its text (loosely) is this long at least.
_HEAD_SHOWN = 12


def declared_titles(facts: PageFacts) -> set[str]:
    """The titles the page declares for itself apart from its tab (``og:title``,
    ``twitter:title``, its article entities' ``headline``), loosely keyed."""
    values = [facts.first("og:title"), facts.first("twitter:title")]
    values += [e.get("headline") for e in facts.entities if is_article(e)]
    return {loose(v) for v in values if isinstance(v, str) and loose(v)}


def tab_site_part(
    element: HtmlElement,
    text: str,
    tab_title: str | None,
    tree: HtmlElement,
    declared: Collection[str] = (),
) -> bool:
    """Whether an <h1>'s text is the tab title's last parts, after a headline another heading
    of the page shows: the site's masthead, not the story's headline. Old blog and CMS themes
    set the logo and the site's motto as every page's <h1> and the post's title as an <h2>
    ("<h1><img alt="Site"> Motto</h1>", "<h2>Post</h2>", tab "Post | Site - Motto"); the <h1>
    shares all its words with the tab title, yet is its site part. Only where the part before
    it is longer (a headline, not a site's name before a short post title) and another heading
    shows that part or opens it; and never an <h1> whose words are a title the page declares
    (``declared``: :func:`declared_titles`), the post's own headline under a tab that names the
    site first and a page that sets the site's name as a heading ("Site | Post")."""
    key = loose(text)
    segments = title_segments(tab_title or "")
    if not key or len(segments) < 2 or key in declared:
        return False
    keys = [loose(s) for s in segments]
    for i in range(1, len(keys)):
        head = "".join(keys[:i])
        if "".join(keys[i:]) != key or len(head) <= len(key):
            continue
        for heading in tree.iter(*HEADING_TAGS):
            shown = loose(heading.text_content())
            if (
                heading is not element
                and len(shown) >= _HEAD_SHOWN
                and shown != key
                and (head.startswith(shown) or shown.startswith(head))
            ):
                return True
    return False


def _label_sized(text: str) -> bool:
    """Whether a heading is short enough to name a section or a list rather than a story
    (:data:`_SECTION_WORDS` words, :data:`_SECTION_CHARS` characters at most)."""
    return len(text.split()) <= _SECTION_WORDS and len(text) <= _SECTION_CHARS


def story_facts(facts: PageFacts, tree: HtmlElement) -> PageFacts:
    """The facts without the <h1>s that name the site or a section above the page
    (:func:`names_section`, :func:`links_above`, :func:`tab_site_part`): neither the title nor
    the heading the byline and the dates are looked for beside. The facts themselves where
    every <h1> may be the headline.

    The page's links are read once, and only for a page with a label-sized <h1>: read again
    for each, a page of many short <h1>s (a list of events) and many links cost their product.
    """
    links: list[tuple[HtmlElement, str, str]] | None = None
    declared = declared_titles(facts) if facts.h1 else set()
    kept = []
    for text, h1 in zip(facts.h1, facts.h1_elements, strict=True):
        if _label_sized(text) and loose(text):
            if links is None:
                links = _linked_texts(tree)
            if names_section(facts.url, links, h1, text):
                continue
        if links_above(facts.url, h1, text, facts.html_title):
            continue
        if tab_site_part(h1, text, facts.html_title, tree, declared):
            continue
        kept.append((text, h1))
    if len(kept) == len(facts.h1):
        return facts
    return replace(facts, h1=[t for t, _ in kept], h1_elements=[h for _, h in kept])


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
    facts: PageFacts,
    tree: HtmlElement,
    headline: HtmlElement | None,
    title: str | None,
) -> HtmlElement | None:
    """The heading the byline and the shown dates are looked for beside: the <h1> headline,
    else the lower heading that shows the title (blog and magazine themes set the post's title
    in an <h2> and keep <h1> for the site's name, or have none), else the element that shows the
    title whole."""
    if headline is not None:
        return headline
    for find in (
        lambda: _heading_starting_like(facts, tree, title),
        lambda: _heading_equal_to(tree, title),
        lambda: _heading_opening_title(tree, title),
        lambda: _heading_after_kicker(tree, title),
        lambda: _element_showing_title(tree, title),
        lambda: _heading_closing_title(tree, title),
        lambda: _one_story_h1(facts, title),
    ):
        heading = find()
        if heading is not None:
            return heading
    return None


# Where the title shown is no headline: a list's item (a menu, a list of recent posts), a
# paragraph (a lead or a caption that repeats it), a table's cell (a list of stories).
_NOT_HEADLINE = frozenset({"li", "p", "td", "option", "label", "button"})
_HEADINGS = frozenset(HEADING_TAGS)


def _linked(element: HtmlElement) -> bool:
    """Whether the element is a link or sits in one: a teaser's or a menu's text."""
    return element.tag == "a" or within(element, ("a",))


def _element_showing_title(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The first element whose whole text is the title, on pages that set their headline in no
    heading at all (a <div>, a <strong>): the byline and the date stand beside it all the same.

    Only a title long enough to be a story's (not "Aktuell"), and only where the first element
    outside a link that shows it is in no list, paragraph or table: a menu shows it as a list
    item, a lead repeats it, and neither is where the byline stands. A link that shows it is
    passed over, not taken as the page's answer: a rail of the latest stories, set before the
    story in the page's order, links this one too; the story's own heading may follow it.
    """
    key = loose(title)
    if len(key) < _SHARED_START or title is None:
        return None
    folded = collapse(title).casefold()
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in _UNSHOWN:
            continue
        own = loose(element.text)
        if not own or not key.startswith(own):
            continue
        shown = collapse(element.text_content()).casefold()
        whole = loose(shown) == key
        # The tab's title still holding the site's and section's names after the headline.
        opening = (
            len(loose(shown)) >= _SHARED_START
            and folded.startswith(shown)
            and _TITLE_SUFFIX.match(folded, len(shown)) is not None
        )
        if not (whole or opening):
            continue
        if _linked(element):
            continue
        if element.tag in _NOT_HEADLINE or hidden(element):
            return None
        # A heading that shows it is the other finders' to judge: where they left it
        # unknown (two headings alike), so does this one.
        if element.tag in _HEADINGS or within(element, _HEADINGS):
            return None
        return element
    return None


def _heading_after_kicker(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The one heading whose last part is the title, a kicker before it in parts of its own
    (:func:`headline_after_kicker`): "<h3><span>Premiere in Eisenhüttenstadt</span><span> -
    </span><span>Hotel Lunik öffnet …</span></h3>" under the title "Hotel Lunik öffnet …", which
    neither the heading's start nor its whole text shows."""
    key = loose(title)
    if len(key) < _PART_HEADLINE or title is None:
        return None
    found = [
        h
        for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")
        if key in loose(h.text_content()) and loose(headline_after_kicker(h, title)) == key
    ]
    return found[0] if len(found) == 1 else None


def _heading_closing_title(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The one <h1> … <h4> whose text is the title's end, a shorter kicker or site name and a
    separator before it ("America: Steve Forbes: …" over the <h2> "Steve Forbes: …", the kicker
    set as an element of its own beside the heading).

    Only a heading long enough to be a story's, longer than what the title sets before it, and
    outside any link (a teaser's heading links to its story).
    """
    folded = collapse(title).casefold()
    if len(loose(folded)) < _SHARED_START:
        return None
    found: dict[str, HtmlElement] = {}
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        shown = collapse(heading.text_content()).casefold()
        if len(loose(shown)) < _SHARED_START or len(shown) >= len(folded):
            continue
        rest = folded[: len(folded) - len(shown)]
        if (
            folded.endswith(shown)
            and _TITLE_PREFIX.search(rest) is not None
            and len(loose(rest)) < len(loose(shown))
        ):
            found.setdefault(shown, heading)
    if len(found) != 1:
        return None
    heading = next(iter(found.values()))
    return None if _linked(heading) or hidden(heading) else heading


# Of the title's three-character pieces, the part the one story-sized <h1> must show as well.
_SHARED_PIECES = 0.35


def _pieces(key: str) -> set[str]:
    """The three-character pieces of a loose key: words shared in any script, spaced or not."""
    return {key[i : i + 3] for i in range(len(key) - 2)}


def _one_story_h1(facts: PageFacts, title: str | None) -> HtmlElement | None:
    """The one <h1> long enough to be a story's headline where the others name a section or a
    list ("経済・IT", "Related roundups") and the tab title words the story otherwise ("Ways to
    meet people while traveling …" over "Want to make friends while traveling solo? …").

    Only where that <h1> shares a good part of the title's words (its three-character pieces,
    which serve scripts that do not space their words as well) and sits in no link or list:
    a related story's heading shares few of them, a teaser's links to its story.
    """
    key = loose(title)
    if len(key) < _SHARED_START:
        return None
    long = [
        (text, h1)
        for text, h1 in zip(facts.h1, facts.h1_elements, strict=True)
        if not _label_sized(text)
    ]
    if len(long) != 1:
        return None
    text, h1 = long[0]
    if _linked(h1) or hidden(h1) or within(h1, ("li",)):
        return None
    shown = _pieces(loose(text))
    shared = max(_share(part, shown) for part in _title_forms(title))
    return h1 if shared >= _SHARED_PIECES else None


# What sets the site's or a section's name apart at a title's end ("Headline|au Webポータル…").
_LAST_PART = re.compile(r"\s*[|｜ㅣ]\s*|\s+[-–—·•»/]\s+")


def _title_forms(title: str | None) -> list[str]:
    """The title, and the title without its last part: the site's or a section's name the
    heading does not repeat, which would else count against the words they share."""
    text = collapse(title)
    cuts = list(_LAST_PART.finditer(text))
    return [text, text[: cuts[-1].start()]] if cuts else [text]


def _share(title: str, shown: set[str]) -> float:
    """The part of the title's three-character pieces the heading shows as well."""
    wanted = _pieces(loose(title))
    return len(wanted & shown) / len(wanted) if wanted else 0.0


def shows_title(heading: HtmlElement, title: str | None) -> bool:
    """Whether the heading shows the title: whole, its start, or the title's start before a
    suffix (the ways :func:`heading_of_title` finds the headline)."""
    return shows_key(loose(heading.text_content()), loose(title))


def shows_key(shown: str, key: str) -> bool:
    """:func:`shows_title` on loose keys (:func:`loose`): ``shown`` the heading's, ``key`` the
    title's, for a caller that compares many headings with the same titles."""
    if not key or len(shown) < _SHORT_HEADLINE:
        return False
    return key in shown or key.startswith(shown) or shown.startswith(key[:_SHARED_START])


# What may stand in a heading between its parts besides them: spacing and separators.
_BETWEEN_PARTS = re.compile(r"[\s\-–—|:·•»/]*")
# A headline part shorter than this (loosely) is no headline of its own ("Live", "Video").
_PART_HEADLINE = 12


def headline_after_kicker(heading: HtmlElement, tab_title: str) -> str | None:
    """The heading's last part, where the parts before it are a kicker the tab title leaves out.

    Many themes set a kicker ("Minderheit in Syrien", "Kultur") and the headline as two elements
    of one heading, parted only by a separator or by layout. The heading's text then reads as
    one line; the tab title that repeats the headline's words but not the kicker's tells the
    two apart. A tab title that repeats the kicker as well ("Kicker: Headline | Site") leaves
    it in: the page shows both as its headline.
    """
    parts = [
        child for child in heading if isinstance(child.tag, str) and loose(child.text_content())
    ]
    if len(parts) < 2:
        return None
    between = (heading.text or "") + "".join(child.tail or "" for child in heading)
    if not _BETWEEN_PARTS.fullmatch(between) or hidden(parts[-1]):
        return None
    headline = collapse(parts[-1].text_content())
    key = loose(headline)
    kicker = loose(" ".join(part.text_content() for part in parts[:-1]))
    if len(key) < _PART_HEADLINE or len(kicker) >= len(key):
        return None
    shown = loose(tab_title)
    if key not in shown or kicker in shown:
        return None
    return headline


# Candidates that are the browser tab's title (or trafilatura's answer, read from it when the page
# declares nothing else): they carry the site's and section's names around the headline.
TAB_TITLES = frozenset({"html_title", "extractor"})
# Text no reader sees.
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "title", "head", "textarea"})
# What sets a site's or section's name apart before the headline in a title ("Site | Headline").
_TITLE_PREFIX = re.compile(r"\S\s*[-–—|:·•»/]\s*$")


def home_names(tree: HtmlElement, host: str) -> list[str]:
    """What the links to the site's root show: the logo's text or its image's alt text.

    The site's name, wherever the page declares none.
    """
    names: list[str] = []
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        try:
            parts = urlsplit(href)
            link_host = parts.hostname or ""
        except ValueError:
            continue  # "http://[ccpa-preferences]": no URL at all
        if parts.path not in ("", "/") or parts.query:
            continue
        if parts.netloc and link_host.removeprefix("www.") != host:
            continue
        text = collapse(link.text_content()) or collapse(
            " ".join(img.get("alt") or "" for img in link.iter("img"))
        )
        if text:
            names.append(text)
    return names


def _shown_opening_title(tree: HtmlElement, title: str, host: str) -> str | None:
    """The longest text the page shows that is the title whole, its start before a separator
    and less text (the site's and section's names), or its start or end beside the site's name.

    A headline set in a paragraph or a <div> rather than a heading is found here as well; the
    text of a link to the site's root is its name, never the headline.
    """
    folded = collapse(title).casefold()
    best: str | None = None
    names: list[str] | None = None
    for node in tree.xpath("//body//text()"):
        shown = collapse(node)
        if len(shown) <= len(best or "") or len(loose(shown)) < _SHORT_HEADLINE:
            continue
        key = shown.casefold()
        if key not in folded:
            continue
        parent = node.getparent()
        holder = parent if node.is_text or parent is None else parent.getparent()
        if holder is None or holder.tag in _UNSHOWN:
            continue
        if key == folded:
            return title
        start = folded.startswith(key) and _TITLE_SUFFIX.match(folded, len(key)) is not None
        end = folded.endswith(key) and _TITLE_PREFIX.search(folded, 0, len(folded) - len(key))
        if not (start or end):
            continue
        rest = folded[len(key) :] if start else folded[: len(folded) - len(key)]
        if names is None:
            names = home_names(tree, host)
        if names_site(shown, names, host):
            continue
        # Before the headline stands the site's name or a kicker that may belong to it: only
        # the site's name is left out there.
        if (start and len(rest) < len(key)) or names_site(rest, names, host):
            best = shown
    return best


def shown_title(
    tree: HtmlElement, heading: HtmlElement | None, title: str | None, origin: str, host: str
) -> str | None:
    """The title as the page shows it: a tab title only where the page shows it.

    The tab title is the last resort of pages that declare no headline; it names the site and
    often a section around the headline, in forms no list of site names knows ("…-정치ㅣ한국일보").
    The text the page shows at its start (or end) tells the headline from those names; where the
    page shows no part of it and the title still holds a separator, nothing tells which part is
    the headline, and nothing is stored: missing is better than wrong. A heading that shows the
    title's start in pieces of its own markup (a second line in a ``<span>``) tells it too.
    """
    if not title:
        return None
    if heading is not None and loose(heading.text_content()) == loose(title):
        return title
    if origin not in TAB_TITLES:
        return title
    shown = _shown_opening_title(tree, title, host)
    if shown is not None:
        return shown
    if heading is not None:
        opened = title_opening(title, heading.text_content())
        if opened is not None:
            return opened
    return None if has_separator(title) else title
