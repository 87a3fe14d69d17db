"""crawler/identity.py: which URL a page is stored under, from its declared canonical link."""

from __future__ import annotations

import random

import pytest

from crawler.identity import _canonical_in_bounded_head, article_identity, declared_canonical

STORY = "https://www.example.co.uk/politik/2024/story-123.html"


@pytest.mark.parametrize(
    ("fetched", "declared", "url", "decision"),
    [
        # Views and spellings of one article, on the publisher's own site.
        ("https://amp.example.co.uk/politik/2024/story-123.html", STORY, STORY, "adopted"),
        ("https://m.example.co.uk/politik/2024/story-123.html", STORY, STORY, "adopted"),
        ("https://example.co.uk/politik/2024/story-123.html", STORY, STORY, "adopted"),
        ("https://www.example.co.uk/amp/politik/2024/story-123.html", STORY, STORY, "adopted"),
        (STORY + "?amp=1", STORY, STORY, "adopted"),
        (STORY + "?at_medium=RSS&at_campaign=x", "/politik/2024/story-123.html", STORY, "adopted"),
        ("https://www.example.co.uk/politik/2024/story-123/amp", STORY[:-5], STORY[:-5], "adopted"),
        ("https://www.example.co.uk/a/index.html", "/a/", "https://www.example.co.uk/a", "adopted"),
        # http named for the https page keeps https, on the page's host or another of its site.
        (STORY, STORY.replace("https:", "http:"), STORY, "self"),
        (
            "https://example.co.uk/x.html",
            "http://www.example.co.uk/x.html",
            "https://www.example.co.uk/x.html",
            "adopted",
        ),
        # Refused: the fetched URL stays the row's.
        (STORY, None, STORY, "undeclared"),
        (STORY, "https://www.other.co.uk/politik/story-123.html", STORY, "other_site"),
        (STORY, "https://www.example.co.uk:8443/politik/2024/story-123.html", STORY, "other_site"),
        (STORY, "https://www.example.co.uk/", STORY, "home"),
        (STORY, "/politik/", STORY, "section"),
        (STORY, "/politik/2024", STORY, "section"),
        (STORY + "?page=2", STORY, STORY + "?page=2", "pagination"),
        (STORY[:-5] + "/seite-3", STORY[:-5], STORY[:-5] + "/seite-3", "pagination"),
        (STORY[:-5] + "/page/2", STORY[:-5], STORY[:-5] + "/page/2", "pagination"),
        (STORY, "javascript:void(0)", STORY, "invalid"),
        (STORY, "", STORY, "conflicting"),
    ],
)
def test_article_identity(fetched: str, declared: str | None, url: str, decision: str) -> None:
    identity = article_identity(fetched, declared)
    assert (identity.url, identity.decision) == (url, decision)


def test_a_canonical_on_the_site_a_short_link_redirected_from_is_trusted() -> None:
    fetched = "https://cdn.example-media.net/politik/story-123.html"
    assert article_identity(fetched, STORY).decision == "other_site"
    identity = article_identity(fetched, STORY, ("https://www.example.co.uk/s/abc",))
    assert (identity.url, identity.decision) == (STORY, "adopted")


def test_a_canonical_that_is_a_listing_is_refused() -> None:
    listings = {"https://www.example.co.uk/politik/2024/liste"}
    identity = article_identity(STORY, "/politik/2024/liste", is_listing=listings.__contains__)
    assert (identity.url, identity.decision) == (STORY, "listing")


@pytest.mark.parametrize(
    ("page", "declared"),
    [
        ('<html><head><link rel="canonical" href="/a"></head><body>', "/a"),
        ("<head><LINK HREF='/a?x=1&amp;y=2' REL='Canonical Alternate'></head>", "/a?x=1&y=2"),
        ("<head><link rel=canonical href=/a><link rel=canonical href=/a></head>", "/a"),
        ('<head><link rel="alternate" href="/amp"><meta property="og:url" content="/b">', None),
        # Only the head's: a link in the body is no declaration (search engines ignore it).
        ('<head></head><body><link rel="canonical" href="/a">', None),
        ('<head><link rel="canonical" href="/a"><link rel="canonical" href="/b"></head>', ""),
        ('<head><link rel="canonical" href="  "></head>', None),
    ],
)
def test_declared_canonical(page: str, declared: str | None) -> None:
    assert declared_canonical(page) == declared


# Fragments of heads, the awkward ones among them: a head's end or a <body> inside a tag's
# quoted attribute, a tag never closed, a name that only begins with "link", the Kelvin sign
# that IGNORECASE reads as "k", the head's end in its two forms and cases.
_HEAD_PARTS = (
    '<link rel="canonical" href="/a">',
    "<LINK rel=canonical href='/b'>",
    '<link rel="canonical alternate" href="/e">',
    '<link href="</head>" rel=canonical>',
    '<link rel=canonical href="/c<body>">',
    "<link rel=canonical href=/f",
    "<linkx rel=canonical href=/d>",
    "<lin\u212a rel=canonical href=/h>",
    "<!-- <link rel=canonical href=/g> -->",
    "</head>",
    "</HEAD >",
    "<body>",
    "<Body\n",
    "<bodyx>",
    "<link",
    "<",
    ">",
    " x ",
)


def test_declared_canonical_reads_the_head_as_its_two_searches_do() -> None:
    """The one pass over the head finds what the search for the head's end and then for its
    links finds, whatever the two meet inside a tag."""
    rng = random.Random(52)
    pages = ["", "<head>" * 3, '<head><link rel="canonical" href="/a"></head>']
    pages += [
        "".join(rng.choice(_HEAD_PARTS) for _ in range(rng.randint(1, 8))) for _ in range(20_000)
    ]
    declared = [declared_canonical(page) for page in pages]
    assert declared == [_canonical_in_bounded_head(page) for page in pages]
    # Every outcome is among them, and many tags that hold the head's end.
    assert {None, "", "/a", "/b"} <= set(declared)
    assert sum('href="</head>"' in page or '<body>"' in page for page in pages) > 1000


@pytest.mark.parametrize(
    ("page", "declared"),
    [
        # The head ends inside the tag's attribute: no tag ends in the head.
        ('<head><link href="</head>" rel=canonical></head>', None),
        ('<head><link rel=canonical href="/a<body>"><link rel=canonical href="/a<body>">', None),
        # Another "<" in a tag that ends in the head: the tag is read.
        ('<head><link rel=canonical href=/a title="x<y"></head>', "/a"),
    ],
)
def test_a_head_end_inside_a_link_tag_ends_the_head(page: str, declared: str | None) -> None:
    assert declared_canonical(page) == declared
