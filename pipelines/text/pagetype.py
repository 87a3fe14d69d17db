"""Is this page a listing (home page, section front, tag, archive or search page), not an article?

A site crawl reaches fronts as well as articles, and trafilatura extracts text from both. A front
states what it is (``og:type`` website, a JSON-LD CollectionPage / ItemList / WebSite describing the
page) or shows it (many headline links and little running text). A page that states it is an
article (an article entity describing it, ``og:type`` article, ``article:published_time``) is
never a listing: dropping an article is worse than storing a front.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.structured import PageFacts, entity_types, is_listing, page_entity, url_key

# A front shows at least this many headline links (anchors of 4+ words outside navigation).
MIN_HEADLINE_LINKS = 8
# ...and running text (text outside links and chrome) shorter than this per headline link,
MAX_TEXT_PER_LINK = 40
# ...and in all (an article with a list of related stories has more text than this).
MAX_FRONT_TEXT = 1000
# A page calling itself a website (og:type) with less running text than this is a (small or
# empty) front: an article's text alone is longer (NEWS_MIN_TEXT_CHARS is 250).
SMALL_FRONT_TEXT = 600


_RUNNING_TEXT = etree.XPath(
    "//body//text()[not(ancestor::a or ancestor::nav or ancestor::header or ancestor::footer"
    " or ancestor::aside or ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::form or ancestor::button)]"
)
_HEADLINE_LINKS = etree.XPath(
    "//a[not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)]"
)


def link_profile(tree: HtmlElement) -> tuple[int, int]:
    """(headline links, characters of running text) of the page outside its chrome.

    A headline link is an anchor of 4+ words; running text is every text outside links and
    chrome (navigation, header, footer, asides), whatever element holds it.
    """
    links = sum(1 for a in _HEADLINE_LINKS(tree) if len(a.text_content().split()) >= 4)
    chars = sum(len(t.strip()) for t in _RUNNING_TEXT(tree))
    return links, chars


def has_article_evidence(facts: PageFacts) -> bool:
    og_type = (facts.first("og:type") or "").casefold()
    return (
        page_entity(facts) is not None
        or og_type.startswith("article")
        or facts.first("article:published_time") is not None
    )


def is_home(url: str) -> bool:
    """The site's root: no path and no query (``/?p=959`` is a post, not the home page)."""
    parts = urlsplit(url)
    return parts.path.strip("/") == "" and not parts.query


def listing_reason(facts: PageFacts, tree: HtmlElement) -> str | None:
    """Why the page is a listing (``jsonld:<type>``, ``og:website``, ``home``), or None.

    A listing needs a declared signal (a JSON-LD listing type naming this page, ``og:type``
    website, or the site's root URL) *and* the shape of a front: little running text, or many
    headline links with little text each. The shape alone is not enough: a short article with
    a long list of related stories looks the same, and dropping an article is the worse error.
    """
    if has_article_evidence(facts):
        return None
    for entity in facts.entities:
        refs = {url_key(entity.get(k)) for k in ("url", "@id") if isinstance(entity.get(k), str)}
        if is_listing(entity) and refs & facts.identities:
            kind = sorted(entity_types(entity))[0]
            if kind != "website" or is_home(facts.url):
                return f"jsonld:{kind}"
    og_website = (facts.first("og:type") or "").casefold() == "website"
    home = is_home(facts.url)
    if not og_website and not home:
        return None
    links, chars = link_profile(tree)
    teasers = links >= MIN_HEADLINE_LINKS and chars < MAX_TEXT_PER_LINK * links
    if og_website and (chars < SMALL_FRONT_TEXT or (teasers and chars < MAX_FRONT_TEXT)):
        return "og:website"
    if home and links >= 3:
        return "home"
    return None
