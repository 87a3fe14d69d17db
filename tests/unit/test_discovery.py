import gzip
import json

import lxml.html
import pytest

from crawler.discovery import SHOWN_CHARS, Skipped
from crawler.discovery.feeds import parse_feed
from crawler.discovery.robots import robots_sitemaps
from crawler.discovery.sitemaps import parse_sitemap
from pipelines.text.metadata import resolve_metadata
from tests.conftest import SITE

BASE = "http://news.example:8080"


def test_rss_links_resolve_and_keep_hints() -> None:
    result = parse_feed((SITE / "rss.xml").read_bytes(), f"{BASE}/rss.xml", "application/xml")
    urls = [link.url for link in result.links]
    assert f"{BASE}/articles/futurezone.html" in urls  # relative to the feed
    assert f"{BASE}/articles/heise.html?utm_source=rss&utm_campaign=feed" in urls
    assert result.skipped.count == 1  # the javascript: link
    heise = next(link for link in result.links if "heise" in link.url)
    assert heise.hints == {
        "title": "Lithium aus dem Schredder",
        "published": "2019-06-20T09:15:00+02:00",  # as written: "09:15:00 +0200"
        "author": "Heise Fixture",
        "listing": "feed",
    }
    assert not result.malformed


def test_atom_feed() -> None:
    result = parse_feed((SITE / "atom.xml").read_bytes(), f"{BASE}/atom.xml")
    assert [link.url for link in result.links] == [
        f"{BASE}/articles/salon.html",
        f"{BASE}/articles/nature.html",
    ]
    salon = result.links[0]
    assert salon.hints["published"] == "2020-01-10T08:00:00+00:00"
    assert salon.hints["author"] == "Salon Fixture"
    # An entry with Atom's "updated" alone: its last change, no publication.
    assert "published" not in result.links[1].hints
    assert result.links[1].hints["lastmod"] == "2019-09-24T06:00:00+00:00"


# A feed's dates, each as RSS writes it: the day, the time and the precision stored for it.
FEED_DATES = [
    # Midnight is how a feed writes a day without a time: the day written, not 23:00 before.
    ("Wed, 04 Nov 2026 00:00:00 +0100", ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")),
    # Late in the evening west of UTC: the feed's own day, though UTC is on the next.
    ("Wed, 04 Nov 2026 23:30:00 -0500", ("2026-11-05T04:30:00+00:00", "minute", "2026-11-04")),
    # A name of one offset that RFC 822 does not define is read as a page's date reads it
    # (it kept the day alone, where a page's "10:00 CET" kept the time).
    ("Wed, 04 Nov 2026 10:00:00 CET", ("2026-11-04T09:00:00+00:00", "minute", "2026-11-04")),
    # A name of several zones (India, Ireland, Israel) or of none: the day, not a guess.
    ("Wed, 04 Nov 2026 10:00:00 IST", ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")),
    # No zone: the day only, as a page's time without an offset (it gave no date at all).
    ("Wed, 04 Nov 2026 10:00:00", ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")),
    ("Wed, 04 Nov 2026 10:00:00 GMT", ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")),
    # RFC 5322's "-0000": UTC, its sender's zone unsaid (it kept the day alone).
    ("Wed, 04 Nov 2026 10:00:00 -0000", ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")),
    # Glued to the time, as a page's date is read too (crawler.clock.rfc822_moment).
    ("Wed, 04 Nov 2026 10:00:00-0000", ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")),
    # RFC 822's own names are the offsets it defines, "CST" US Central among them (it kept
    # the day alone; a Chinese feed's "CST", UTC+8, still does:
    # test_a_chinese_feeds_cst_keeps_its_day).
    ("Wed, 04 Nov 2026 02:00:00 CST", ("2026-11-04T08:00:00+00:00", "minute", "2026-11-04")),
    ("Wed, 04 Nov 2026 22:15:00 EST", ("2026-11-05T03:15:00+00:00", "minute", "2026-11-04")),
    ("Wed, 04 Nov 2026 22:15:00 PDT", ("2026-11-05T05:15:00+00:00", "minute", "2026-11-04")),
    ("Wed, 04 Nov 2026 10:00:00 UT", ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")),
    ("Wed, 04 Nov 2026 10:00:00 Z", ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")),
    # "AST" is Atlantic or Arabia Standard Time, no RFC 822 name: the day.
    ("Wed, 04 Nov 2026 09:00:00 AST", ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")),
    # RFC 822's military letters: RFC 1123 says their signs were defined backwards, RFC 2822
    # that they tell nothing of the zone; "Y" is UTC+12 or -12, the day (was 22:00 UTC).
    ("Wed, 04 Nov 2026 10:00:00 Y", ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")),
    # An offset from GMT, which email.utils does not read (it kept the day alone).
    ("Wed, 04 Nov 2026 10:00:00 GMT-05:00", ("2026-11-04T15:00:00+00:00", "minute", "2026-11-04")),
    # An ISO 8601 time with a zone name, which neither form reads: feedparser took it for UTC
    # and stored 10:00 UTC, five hours early.
    ("2026-11-04T10:00:00 EST", ("2026-11-04T15:00:00+00:00", "minute", "2026-11-04")),
]
# The zone names above of several offsets or of none: counted (news/feed/date_zone_unread).
UNREAD_ZONES = 3


def test_a_feeds_dates_are_stored_as_written() -> None:
    """feedparser's dates come in UTC, cut off from the zone and the midnight the feed wrote:
    the resolver, which reads a page's or a sitemap's date by those, gets the feed's as
    written, so the same date gives the same row whichever listing or page gave it."""
    items = "".join(
        f"<item><title>Story {n}</title><link>{BASE}/s{n}.html</link><pubDate>{date}</pubDate>"
        "</item>"
        for n, (date, _) in enumerate(FEED_DATES)
    )
    body = f'<rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    result = parse_feed(body, f"{BASE}/rss.xml", "application/rss+xml")
    page = lxml.html.fromstring(
        "<html><body><article><h1>Story</h1><p>Plain words of a story.</p></article></body></html>"
    )
    stored = []
    for link in result.links:
        meta = resolve_metadata(page, link.url, fetched_at="2026-11-06T00:00:00Z", hints=link.hints)
        assert meta.origin.get("published") == "feed"
        stored.append((meta.published, meta.published_precision, meta.published_local_day))
    assert stored == [want for _, want in FEED_DATES]
    assert result.unread_zones == UNREAD_ZONES


def test_a_chinese_feeds_cst_keeps_its_day() -> None:
    """A feed in Chinese writes "CST" for China Standard Time, UTC+8, not RFC 822's US
    Central: of two offsets, neither is taken (its day is kept, counted); the same date in a
    feed of another language is RFC 822's."""
    item = (
        f"<item><link>{BASE}/a.html</link><pubDate>Wed, 04 Nov 2026 02:00:00 CST</pubDate></item>"
    )
    for language, want, unread in (
        ("zh-cn", "2026-11-04T02:00:00", 1),
        ("en-us", "2026-11-04T02:00:00-06:00", 0),
    ):
        body = f'<rss version="2.0"><channel><language>{language}</language>{item}</channel></rss>'
        result = parse_feed(body.encode(), f"{BASE}/rss.xml", "application/rss+xml")
        assert result.links[0].hints["published"] == want
        assert result.unread_zones == unread


@pytest.mark.parametrize(
    "written", ["2026-02-30T10:00:00Z", "2026-04-31", "2026-13-01T08:00:00+01:00", "2026-00-10"]
)
def test_a_feed_date_of_a_day_that_does_not_exist_gives_no_date(written: str) -> None:
    """feedparser rolls an impossible day over ("2026-02-30" is 2 March, month 13 January of
    the next year): the entry was dated by an error in the feed. It has no date now."""
    item = f"<item><link>{BASE}/a.html</link><pubDate>{written}</pubDate></item>"
    body = f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>'.encode()
    (link,) = parse_feed(body, f"{BASE}/rss.xml", "application/rss+xml").links
    assert "published" not in link.hints
    # The near miss: the day before each is a day, and dates the entry.
    day = written.replace("-30T", "-28T").replace("-31", "-30").replace("-13-", "-12-")
    day = day.replace("-00-", "-01-")
    item = f"<item><link>{BASE}/a.html</link><pubDate>{day}</pubDate></item>"
    body = f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>'.encode()
    (link,) = parse_feed(body, f"{BASE}/rss.xml", "application/rss+xml").links
    assert link.hints["published"].startswith(day[:10])


def test_a_json_feed_is_read_as_a_feed() -> None:
    """feedparser reads no JSON Feed: one given as a feed was "not a feed (nothing to read
    there)" and failed its source. Its items' links are read with their hints, an item
    without a usable link is skipped and counted as in RSS."""
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Nachrichten",
        "items": [
            {
                "id": "1",
                "url": f"{BASE}/a.html",
                "title": "Der  Rat\nberät",
                "date_published": "2026-11-04T10:00:00+01:00",
                "authors": [{"name": "Ada Muster"}],
            },
            {"id": "2", "url": "/b.html", "date_modified": "2026-11-03", "author": {"name": "B"}},
            {"id": "3", "external_url": f"{BASE}/c.html", "title": 7},
            {"id": "4", "url": f"{BASE}/a.html"},  # a repeat
            {"id": "5", "url": "javascript:void(0)"},
            {"id": "6"},
            "not an item",
        ],
    }
    body = b"\xef\xbb\xbf" + json.dumps(document).encode()
    result = parse_feed(body, f"{BASE}/feed.json", "application/feed+json")
    assert [(link.url, link.hints) for link in result.links] == [
        (
            f"{BASE}/a.html",
            {
                "title": "Der Rat berät",
                "published": "2026-11-04T10:00:00+01:00",
                "author": "Ada Muster",
                "listing": "feed",
            },
        ),
        (f"{BASE}/b.html", {"published": "2026-11-03T00:00:00", "author": "B", "listing": "feed"}),
        (f"{BASE}/c.html", {}),
    ]
    assert result.skipped == Skipped(3, "javascript:void(0)")
    assert result.is_feed and not result.malformed and not result.unusable


def test_feeds_sitemaps_and_robots_txt_count_unusable_links_alike() -> None:
    """Each listing counts its links no one can fetch in one type, the first kept as written
    (cut to SHOWN_CHARS): the spider counts and says them one way for all three, where each
    kept a count and a first value of its own in its own result class."""
    long = "javascript:" + "x" * SHOWN_CHARS
    feed = parse_feed(
        b"<rss><channel><item><link>" + long.encode() + b"</link></item>"
        b"<item><title>no link</title></item>"
        b"<item><link>/a.html</link></item></channel></rss>",
        f"{BASE}/feed.xml",
    )
    sitemap = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>ftp://news.example/a</loc></url><url><loc></loc></url>"
        b"<url><loc>/b.html</loc></url></urlset>",
        f"{BASE}/sitemap.xml",
    )
    robots = robots_sitemaps(b"Sitemap: mailto:x@news.example\nSitemap: /s.xml\n", BASE)
    assert [feed.skipped, sitemap.skipped, robots.skipped] == [
        Skipped(2, long[:SHOWN_CHARS]),
        Skipped(2, "ftp://news.example/a"),
        Skipped(1, "mailto:x@news.example"),
    ]
    assert [len(feed.links), len(sitemap.links), len(robots.urls)] == [1, 1, 1]


@pytest.mark.parametrize(
    "body",
    [
        b'{"version": "1", "items": [{"url": "http://news.example:8080/a.html"}]}',
        b'{"items": [{"url": "http://news.example:8080/a.html"}]}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        b'{"version": "https://jsonfeed.org/version/1", "items": ',
        b"{\xff\xfe}",
    ],
)
def test_json_that_is_no_json_feed_is_not_a_feed(body: bytes) -> None:
    """The near misses: JSON without a JSON Feed's version, nested past the parser's depth,
    cut off or not UTF-8, is no feed (unusable, as any other body), and raises nothing."""
    assert parse_feed(body, f"{BASE}/feed.json", "application/json").unusable


@pytest.mark.parametrize("reference", ["&#xD800;", "&#99999999;", "&#" + "9" * 30 + ";"])
def test_a_character_reference_to_no_character_keeps_its_feed(reference: str) -> None:
    # Found by fuzzing: feedparser's parser of ill-formed feeds raised on each (ValueError,
    # OverflowError, UnicodeEncodeError) and the whole feed was lost with a traceback.
    body = (
        f'<rss version="2.0"><channel><item><title>Tram {reference}</title>'
        f"<link>{BASE}/a.html</link></item></channel></rss>"
    ).encode()
    result = parse_feed(body, f"{BASE}/feed.xml")
    assert [(link.url, link.hints["title"]) for link in result.links] == [
        (f"{BASE}/a.html", "Tram \ufffd")
    ]


@pytest.mark.parametrize("reference", ["&#xD800;", "&#99999999;"])
def test_a_character_reference_to_no_character_keeps_its_sitemap(reference: str) -> None:
    # Found by fuzzing: lxml's recovering parser kept the reference as bytes its own text
    # reader then refused (UnicodeDecodeError), and the whole sitemap was lost.
    body = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{BASE}/a.html</loc><lastmod>2024-05-01{reference}</lastmod></url></urlset>"
    ).encode()
    result = parse_sitemap(body, f"{BASE}/sitemap.xml")
    assert [(link.url, link.hints["lastmod"]) for link in result.links] == [
        (f"{BASE}/a.html", "2024-05-01\ufffd")
    ]


def test_a_feed_feedparser_raises_on_is_no_feed() -> None:
    # Found by fuzzing: an XML declaration naming its encoding in bytes no UTF-8 reads made
    # feedparser raise UnicodeDecodeError instead of flagging the feed.
    body = b'<?xml version="1.0" encoding="ut\xba8"?><rss version="2.0"><channel><item>'
    body += f"<link>{BASE}/a.html</link></item></channel></rss>".encode()
    assert parse_feed(body, f"{BASE}/feed.xml").unusable


def test_an_entry_of_odd_types_or_a_body_feedparser_raises_on_loses_no_crawl() -> None:
    # Found by fuzzing: "<links>x</links>" gave an entry's links as a text (AttributeError on
    # its characters), and feedparser's loose parser raised KeyError on stray end tags.
    odd = b'<rss version="2.0"><channel><item><title>A & B</title><links>x</links></item>'
    result = parse_feed(odd + b"</channel></rss>", f"{BASE}/feed.xml")
    assert (result.links, result.skipped.count) == ([], 1)
    assert parse_feed(b"<item<link<channel</item</link<", f"{BASE}/feed.xml").unusable


def test_ill_formed_feed_yields_what_it_can() -> None:
    result = parse_feed((SITE / "broken.xml").read_bytes(), f"{BASE}/broken.xml")
    assert result.malformed
    assert f"{BASE}/articles/artikel-003.html" in [link.url for link in result.links]


def test_garbage_is_not_a_feed() -> None:
    for body in (b"", b"\x00\xff\xfe garbage", b"<html><body>no feed</body></html>"):
        result = parse_feed(body, f"{BASE}/x")
        assert result.links == []


def test_news_sitemap_keeps_news_title_and_date() -> None:
    body = (SITE / "news_sitemap.xml").read_text("utf-8").replace("{{BASE}}", BASE).encode()
    result = parse_sitemap(body, f"{BASE}/news_sitemap.xml")
    assert result.kind == "urlset"
    assert result.skipped.count == 1
    psl = result.links[0]
    assert psl.url == f"{BASE}/articles/psl.html"
    assert psl.hints["title"].startswith("L’Université PSL")
    assert psl.hints["published"] == "2019-11-06T10:00:00+01:00"
    assert psl.hints["listing"] == "sitemap"


PLAIN_STORY = (
    "<html><body><article><h1>Story</h1><p>Plain words of a story.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("hints", "origin"),
    [
        ({"published": "2019-11-06T10:00:00+01:00", "listing": "sitemap"}, "sitemap"),
        ({"published": "2019-11-06T10:00:00+01:00", "listing": "feed"}, "feed"),
        # Hints stored before they named their listing: an author only a feed gives, a lastmod
        # only a sitemap; neither, the listing is not known.
        ({"published": "2019-11-06T10:00:00+01:00", "author": "Jane Doe"}, "feed"),
        ({"published": "2019-11-06T10:00:00+01:00", "lastmod": "2019-11-06"}, "sitemap"),
        ({"published": "2019-11-06T10:00:00+01:00"}, "listing"),
    ],
)
def test_a_date_from_the_listing_says_which_listing(hints: dict[str, str], origin: str) -> None:
    page = lxml.html.fromstring(PLAIN_STORY)
    meta = resolve_metadata(page, f"{BASE}/s.html", fetched_at="2019-11-07T00:00:00Z", hints=hints)
    assert meta.published == "2019-11-06T09:00:00+00:00"
    assert meta.origin["published"] == origin


def test_a_title_from_the_feed_says_feed() -> None:
    page = lxml.html.fromstring("<html><body><p>Plain words of a story.</p></body></html>")
    hints = {"title": "Council approves the new budget", "listing": "feed"}
    meta = resolve_metadata(page, f"{BASE}/s.html", hints=hints)
    assert meta.title == "Council approves the new budget"
    assert meta.origin["title"] == "feed"


def test_sitemap_index_and_gzip() -> None:
    body = (SITE / "sitemap_index.xml").read_text("utf-8").replace("{{BASE}}", BASE).encode()
    result = parse_sitemap(body, f"{BASE}/sitemap_index.xml")
    assert result.kind == "sitemapindex"
    assert [link.url for link in result.links][1] == f"{BASE}/sitemap_demo.xml.gz"
    src = (SITE / "sitemap_demo.xml.src").read_text("utf-8").replace("{{BASE}}", BASE)
    unpacked = gzip.decompress(gzip.compress(src.encode()))
    result = parse_sitemap(unpacked, f"{BASE}/sitemap_demo.xml.gz")
    assert [link.hints.get("lastmod") for link in result.links] == ["2024-11-01", "2024-11-02"]


def test_damaged_sitemap_recovers_entries_before_the_damage() -> None:
    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://a.example/1</loc></url><url><loc>https://a.example/2</loc></url>"
        b"<url><loc>https://a.exa"
    )
    result = parse_sitemap(body, "https://a.example/sitemap.xml")
    assert [link.url for link in result.links][:2] == ["https://a.example/1", "https://a.example/2"]


def test_not_a_sitemap() -> None:
    assert parse_sitemap(b"<html><body>hi</body></html>", f"{BASE}/s").kind == "invalid"
    assert parse_sitemap(b"", f"{BASE}/s").kind == "invalid"
    assert parse_sitemap(b'<!DOCTYPE x [<!ENTITY e "boom">]><urlset>&e;</urlset>', "").links == []


def _urlset(n: int, tail: str = "") -> bytes:
    locs = "".join(f"<url><loc>{BASE}/a/{i}</loc></url>" for i in range(n))
    return (
        '<?xml version="1.0"?><sitemap:urlset '
        'xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{locs.replace('<url>', '<sitemap:url>').replace('</url>', '</sitemap:url>')}"
        f"</sitemap:urlset>{tail}"
    ).encode()


def test_a_listing_that_ends_before_its_root_closes_is_cut_off() -> None:
    """A file served while it was written: the recovering parsers read its first entries
    as if they were all of it."""
    whole = _urlset(40, "\n<!-- generated in 0.2 s -->\n")
    assert parse_sitemap(whole, f"{BASE}/s.xml").complete  # a note after the root is no cut
    cut = parse_sitemap(whole[: len(whole) // 2], f"{BASE}/s.xml")
    assert not cut.complete and 0 < len(cut.links) < 40
    feed = (SITE / "rss.xml").read_bytes()
    assert parse_feed(feed, f"{BASE}/rss.xml", "application/xml").complete
    cut_feed = parse_feed(feed[: feed.rindex(b"<item>")], f"{BASE}/rss.xml", "application/xml")
    assert not cut_feed.complete and cut_feed.links
    atom = (SITE / "atom.xml").read_bytes()
    assert parse_feed(atom, f"{BASE}/atom.xml").complete
    # The fixture's ill-formed feed ends inside an item's link.
    assert not parse_feed((SITE / "broken.xml").read_bytes(), f"{BASE}/broken.xml").complete
    # Ill-formed inside (an undeclared entity) but whole is not cut off.
    ill = parse_feed(feed.replace(b"<title>", b"<title>&nbsp;", 1), f"{BASE}/rss.xml")
    assert ill.malformed and ill.complete


@pytest.mark.parametrize("declaration", ['<?xml version="1.0" encoding="utf-8"?>', ""])
def test_a_utf8_feed_served_under_a_legacy_charset_keeps_its_links(declaration: str) -> None:
    """The server's default charset on a UTF-8 feed: every non-ASCII link became another
    URL ('/straÃŸe', a 404 for a page that exists) and every title mojibake."""
    item = "<item><title>Straße gesperrt</title><link>/artikel/straße-gesperrt</link></item>"
    feed = f'{declaration}<rss version="2.0"><channel><title>t</title>{item}</channel></rss>'
    result = parse_feed(feed.encode(), f"{BASE}/rss.xml", "application/xml; charset=windows-1252")
    (link,) = result.links
    assert (link.url, link.hints["title"]) == (f"{BASE}/artikel/straße-gesperrt", "Straße gesperrt")
    # The near miss: a feed that is windows-1252 stays read as the server says.
    legacy = feed.replace("utf-8", "windows-1252").encode("cp1252")
    result = parse_feed(legacy, f"{BASE}/rss.xml", "application/xml; charset=windows-1252")
    assert [link.url for link in result.links] == [f"{BASE}/artikel/straße-gesperrt"]


def test_a_utf8_sitemap_declared_in_a_legacy_charset_keeps_its_links() -> None:
    """A stale declaration on a UTF-8 sitemap: each non-ASCII <loc> became another URL."""
    loc = f"<url><loc>{BASE}/artikel/straße</loc></url>"
    sitemap = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{loc}</urlset>'
    declared = f'<?xml version="1.0" encoding="ISO-8859-1"?>{sitemap}'
    (link,) = parse_sitemap(declared.encode(), f"{BASE}/s.xml").links
    assert link.url == f"{BASE}/artikel/straße"
    # The near misses: a sitemap that is in its declared charset, or in UTF-16, stays so.
    for encoding in ("ISO-8859-1", "UTF-16"):
        body = f'<?xml version="1.0" encoding="{encoding}"?>{sitemap}'.encode(encoding)
        (link,) = parse_sitemap(body, f"{BASE}/s.xml").links
        assert link.url == f"{BASE}/artikel/straße"


def test_a_title_given_as_markup_is_a_hint_in_text() -> None:
    """An Atom title of type html (or xhtml), an RSS title in CDATA with tags: feedparser
    gives markup, which became the article's title where the page names none."""
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        '<entry><title type="html">Rat &amp;amp; Stadt &lt;i&gt;einig&lt;/i&gt;</title>'
        '<link href="/a"/><id>1</id></entry>'
        '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Bahn '
        '<b>fährt</b> &amp; hält</div></title><link href="/b"/><id>2</id></entry>'
        '<entry><title>Q&amp;A: a &lt;b&gt; tag</title><link href="/c"/><id>3</id></entry>'
        "</feed>"
    )
    result = parse_feed(atom.encode(), f"{BASE}/atom.xml", "application/atom+xml")
    assert [link.hints["title"] for link in result.links] == [
        "Rat & Stadt einig",
        "Bahn fährt & hält",
        "Q&A: a <b> tag",  # text: its "<b>" is the title's own words
    ]
    rss = (
        '<rss version="2.0"><channel><title>t</title><item><title><![CDATA[Neue '
        "<em>Brücke</em> & Weg]]></title><link>/d</link></item></channel></rss>"
    )
    (link,) = parse_feed(rss.encode(), f"{BASE}/rss.xml", "application/rss+xml").links
    assert link.hints["title"] == "Neue Brücke & Weg"


def test_a_whole_feed_served_as_html_is_not_ill_formed() -> None:
    """feedparser flags a feed served as text/html or text/plain, whole and well-formed, and
    each run warned "Feed … is ill-formed" of it."""
    feed = (SITE / "rss.xml").read_bytes()
    for content_type in ("text/html; charset=utf-8", "text/plain", "application/rss+xml"):
        result = parse_feed(feed, f"{BASE}/rss.xml", content_type)
        assert result.links and not result.malformed, content_type
    # The near miss: an XML error in it is still one, under any media type.
    broken = feed.replace(b"<title>", b"<title>&nbsp;", 1)
    assert parse_feed(broken, f"{BASE}/rss.xml", "text/html").malformed


def _atom_entry_hints(dates: str) -> dict[str, str]:
    body = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><updated>2026-11-06T10:00:00Z'
        f'</updated><entry><title>Story</title><link href="{BASE}/a.html"/><id>urn:a</id>{dates}'
        "</entry></feed>"
    ).encode()
    (link,) = parse_feed(body, f"{BASE}/atom.xml", "application/atom+xml").links
    return dict(link.hints)


def test_an_atom_entrys_updated_is_no_publication() -> None:
    """Atom's ``updated`` is the entry's last change (RFC 4287 4.2.15), ``published`` its first
    availability: an entry without ``published`` was dated by its update, which the page's own
    date then conflicted with (published NULL), or, within 48 hours of a declared day, stood
    in for the publication. It is the entry's lastmod now, as a sitemap's is."""
    both = _atom_entry_hints(
        "<published>2026-11-01T08:00:00+01:00</published><updated>2026-11-05T09:00:00Z</updated>"
    )
    assert both["published"] == "2026-11-01T08:00:00+01:00"
    assert both["lastmod"] == "2026-11-05T09:00:00+00:00"
    page = lxml.html.fromstring(
        "<html><head><meta property='article:published_time' content='2026-11-01'></head><body>"
        "<article><h1>Story</h1><p>Plain words of a story.</p></article></body></html>"
    )
    for updated, in_hours in (("2026-11-05T09:00:00Z", False), ("2026-11-02T09:00:00Z", True)):
        hints = _atom_entry_hints(f"<updated>{updated}</updated>")
        assert "published" not in hints and hints["lastmod"] == updated.replace("Z", "+00:00")
        meta = resolve_metadata(
            page, f"{BASE}/a.html", fetched_at="2026-11-06T00:00:00Z", hints=hints
        )
        assert (meta.published, meta.published_precision, meta.origin["published"]) == (
            "2026-11-01T00:00:00+00:00",
            "day",
            "meta",
        ), in_hours


def test_an_rss_entrys_dc_date_is_its_publication() -> None:
    """RSS 1.0 dates its items by ``dc:date`` alone, which feedparser names ``updated``: it is
    the item's publication, as before."""
    body = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{BASE}/"><title>F</title><link>{BASE}/</link></channel>'
        f'<item rdf:about="{BASE}/a.html"><title>A</title><link>{BASE}/a.html</link>'
        "<dc:date>2026-11-01T08:00:00+01:00</dc:date></item></rdf:RDF>"
    ).encode()
    (link,) = parse_feed(body, f"{BASE}/rdf.xml", "application/rdf+xml").links
    assert link.hints["published"] == "2026-11-01T08:00:00+01:00"
    assert "lastmod" not in link.hints
