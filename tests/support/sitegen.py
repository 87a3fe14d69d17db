"""Generate a realistic synthetic news site: article pages, RSS/Atom feeds, news sitemaps.

Used by the benchmark and by end-to-end checks that need a local feed of real-world-like pages.
The site is reproducible from ``seed``, every article is distinct (no near-duplicates) and the
returned manifest says what an ingestion run should have stored: URL, title, language, date and
the body paragraphs. Pages are written one at a time, so 100,000 pages need little memory
beyond the manifest (pass ``keep_paragraphs=False`` to drop the paragraphs from it).

Because pages carry absolute URLs, start the server first when the port is ephemeral::

    with serve_directory(out) as base_url:
        manifest = generate_site(out, 300, base_url=base_url)

Run ``python -m tests.support.sitegen OUT_DIR -n 1000`` to write a site to a folder.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import math
import random
import re
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.support.sitegen_pages import (
    BOILERPLATE_KEYS,
    CHROME,
    RENDERERS,
    SERVICE,
    SITE_NAME,
    TEMPLATES,
    PageData,
    Teaser,
    make_assets,
    render_listing,
)
from tests.support.sitegen_text import (
    CITIES_DE,
    CITIES_EN,
    SECTIONS,
    TOPICS,
    body_blocks,
    headline,
    person,
)

logger = logging.getLogger(__name__)

# A fixed end date keeps sites reproducible; pass ``end=`` to get fresh dates for crawlers that
# only accept recent sitemap entries.
DEFAULT_END = datetime(2025, 6, 30, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
SPAN_DAYS = 730
GERMAN_SHARE = 0.6
SITEMAP_MAX_URLS = 1000  # Google News sitemaps allow at most 1,000 URLs each
ATOM_ENTRIES = 50
FRONT_PAGE_TEASERS = 60
SECTION_TEASERS = 40
# Above this many articles the manifest drops paragraphs by default (about 5 KB each).
PARAGRAPHS_AUTO_LIMIT = 20_000
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(slots=True)
class ManifestArticle:
    """What the site says about one article: the expectations for an ingestion run."""

    url: str
    path: str  # relative to the site folder
    title: str
    language: str
    published: str  # ISO 8601 with offset
    authors: list[str]
    section: str
    template: str
    description: str
    paragraphs: list[str] | None = None  # body paragraphs in order, lead first
    subheadings: list[str] | None = None


@dataclass(slots=True)
class SiteManifest:
    """The generated site: its URLs, the chrome texts to keep out, and every article."""

    base_url: str
    seed: int
    feed_url: str
    atom_url: str
    sitemap_url: str
    news_sitemaps: list[str]
    robots_url: str
    home_url: str
    listing_urls: list[str]  # section and service pages: not articles
    boilerplate: dict[str, list[str]]  # language -> chrome texts an extractor must drop
    articles: list[ManifestArticle] = field(default_factory=list)

    def write(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh, ensure_ascii=False)

    @classmethod
    def load(cls, path: Path) -> SiteManifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["articles"] = [ManifestArticle(**a) for a in data["articles"]]
        return cls(**data)


@dataclass(slots=True)
class _Meta:
    """Per-article facts needed before any page is written (teasers link to other articles)."""

    index: int
    lang: str
    topic: str
    template: str
    title: str
    published: datetime
    authors: tuple[str, ...]
    path: str
    url: str


def slugify(text: str) -> str:
    """ASCII slug as German publishers build them (umlauts transliterated)."""
    text = text.lower().translate(_TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80].rstrip("-")


def _plan(n: int, seed: int, base_url: str, end: datetime) -> list[_Meta]:
    metas: list[_Meta] = []
    seen: set[str] = set()
    span = SPAN_DAYS * 24 * 60
    for i in range(n):
        rng = random.Random(f"{seed}:{i}:meta")
        lang = "de" if rng.random() < GERMAN_SHARE else "en"
        topic = rng.choice(TOPICS)
        title = headline(lang, topic, rng)
        # Headlines draw from a large but finite space; redraw until unique.
        while title in seen:
            title = headline(lang, topic, rng)
        seen.add(title)
        published = end - timedelta(minutes=rng.randrange(span))
        authors = tuple(person(rng) for _ in range(1 if rng.random() < 0.8 else 2))
        article_id = 100_000 + i
        path = f"articles/{published:%Y/%m}/{slugify(title)}-{article_id}.html"
        metas.append(
            _Meta(
                index=i,
                lang=lang,
                topic=topic,
                template=rng.choice(TEMPLATES),
                title=title,
                published=published,
                authors=authors,
                path=path,
                url=f"{base_url}/{path}",
            )
        )
    return metas


def _description(lead: str) -> str:
    if len(lead) <= 155:
        return lead
    return lead[:155].rsplit(" ", 1)[0] + " …"


def _page_data(m: _Meta, metas: list[_Meta], by_lang: dict[str, list[int]], seed: int) -> PageData:
    blocks = body_blocks(m.lang, m.topic, random.Random(f"{seed}:{m.index}:body"))
    rng = random.Random(f"{seed}:{m.index}:page")
    others = [j for j in rng.sample(range(len(metas)), min(len(metas), 12)) if j != m.index][:10]
    same = by_lang[m.lang]
    related = [j for j in rng.sample(same, min(len(same), 4)) if j != m.index][: rng.randint(2, 3)]
    city = rng.choice(CITIES_DE if m.lang == "de" else CITIES_EN)
    photo = CHROME[m.lang]["photo"]
    lead = next(b.text for b in blocks if b.kind == "p")
    modified = m.published + timedelta(minutes=rng.randint(0, 600))
    return PageData(
        url=m.url,
        lang=m.lang,
        title=m.title,
        description=_description(lead),
        published=m.published.isoformat(timespec="seconds"),
        modified=modified.isoformat(timespec="seconds"),
        authors=m.authors,
        section=m.topic,
        image=f"{m.url.rsplit('/', 4)[0]}/img/{m.published:%Y}/{m.index}.jpg",
        caption=f"{city}. {photo}: {person(rng)}",
        blocks=tuple(blocks),
        read_also=tuple(Teaser(metas[j].url, metas[j].title) for j in related),
        most_read=tuple(Teaser(metas[j].url, metas[j].title) for j in others),
        # Inline state of 0-240 items spreads page sizes over roughly 40-120 KB.
        state_items=rng.randint(0, 240),
        article_id=100_000 + m.index,
    )


def _write(path: Path, text: str) -> int:
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def _write_feeds(
    out: Path, metas: list[_Meta], base_url: str, descriptions: dict[int, str]
) -> None:
    """RSS 2.0 with every article (newest first) and an Atom feed with the latest entries."""
    with (out / "feed.xml").open("w", encoding="utf-8") as fh:
        fh.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{SITE_NAME['de']} / {SITE_NAME['en']}</title>\n<link>{base_url}/</link>\n"
            f'<atom:link href="{base_url}/feed.xml" rel="self" type="application/rss+xml"/>\n'
            "<description>Nachrichten und News</description>\n<language>de</language>\n"
        )
        if metas:
            fh.write(f"<lastBuildDate>{format_datetime(metas[0].published)}</lastBuildDate>\n")
        for m in metas:
            fh.write(
                f"<item><title>{escape(m.title)}</title><link>{m.url}</link>"
                f'<guid isPermaLink="true">{m.url}</guid>'
                f"<pubDate>{format_datetime(m.published)}</pubDate>"
                f"<dc:creator>{escape(', '.join(m.authors))}</dc:creator>"
                f"<category>{SECTIONS[m.lang][m.topic][1]}</category>"
                f"<description>{escape(descriptions.get(m.index, ''))}</description></item>\n"
            )
        fh.write("</channel>\n</rss>\n")
    updated = metas[0].published.isoformat(timespec="seconds") if metas else ""
    with (out / "atom.xml").open("w", encoding="utf-8") as fh:
        fh.write(
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            f"<title>{SITE_NAME['en']}</title>\n<id>{base_url}/</id>\n"
            f'<link href="{base_url}/atom.xml" rel="self"/>\n<link href="{base_url}/"/>\n'
            f"<updated>{updated}</updated>\n"
        )
        for m in metas[:ATOM_ENTRIES]:
            ts = m.published.isoformat(timespec="seconds")
            fh.write(
                f'<entry><title>{escape(m.title)}</title><link href="{m.url}"/>'
                f"<id>{m.url}</id><published>{ts}</published><updated>{ts}</updated>"
                + "".join(f"<author><name>{escape(a)}</name></author>" for a in m.authors)
                + f"<summary>{escape(descriptions.get(m.index, ''))}</summary></entry>\n"
            )
        fh.write("</feed>\n")


def _write_sitemaps(out: Path, metas: list[_Meta], base_url: str) -> list[str]:
    """A sitemap index over Google News sitemaps; the last one is gzipped as sites often do.

    Small sites are split in two so that both a plain and a gzipped sitemap exist.
    """
    size = min(SITEMAP_MAX_URLS, max(1, math.ceil(len(metas) / 2)))
    chunks = [metas[i : i + size] for i in range(0, len(metas), size)]
    urls = []
    index_entries = []
    for k, chunk in enumerate(chunks, start=1):
        body = "".join(
            f"<url><loc>{m.url}</loc><lastmod>{m.published.isoformat(timespec='seconds')}"
            "</lastmod><news:news><news:publication>"
            f"<news:name>{SITE_NAME[m.lang]}</news:name><news:language>{m.lang}"
            "</news:language></news:publication><news:publication_date>"
            f"{m.published.isoformat(timespec='seconds')}</news:publication_date>"
            f"<news:title>{escape(m.title)}</news:title></news:news></url>\n"
            for m in chunk
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            f"{body}</urlset>\n"
        ).encode()
        gz = len(chunks) > 1 and k == len(chunks)
        name = f"sitemap-news-{k}.xml" + (".gz" if gz else "")
        (out / name).write_bytes(gzip.compress(xml, mtime=0) if gz else xml)
        urls.append(f"{base_url}/{name}")
        index_entries.append(
            f"<sitemap><loc>{base_url}/{name}</loc>"
            f"<lastmod>{chunk[0].published.isoformat(timespec='seconds')}</lastmod></sitemap>\n"
        )
    (out / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(index_entries)
        + "</sitemapindex>\n",
        encoding="utf-8",
    )
    return urls


def _write_listings(out: Path, metas: list[_Meta], base_url: str) -> list[str]:
    """Front page, one page per section and language, and the service pages."""

    def teasers(ms: Iterable[_Meta], k: int) -> list[Teaser]:
        return [Teaser(m.url, m.title) for m, _ in zip(ms, range(k), strict=False)]

    _write(
        out / "index.html",
        render_listing(
            "de", SITE_NAME["de"], teasers(metas, FRONT_PAGE_TEASERS), base_url, f"{base_url}/"
        ),
    )
    urls = []
    for lang in ("de", "en"):
        for topic in TOPICS:
            slug, label = SECTIONS[lang][topic]
            chosen = (m for m in metas if m.lang == lang and m.topic == topic)
            url = f"{base_url}/{slug}/"
            (out / slug).mkdir(exist_ok=True)
            _write(
                out / slug / "index.html",
                render_listing(lang, label, teasers(chosen, SECTION_TEASERS), base_url, url),
            )
            urls.append(url)
        (out / "service").mkdir(exist_ok=True)
        for slug, label in SERVICE[lang]:
            url = f"{base_url}/service/{slug}.html"
            _write(out / "service" / f"{slug}.html", render_listing(lang, label, [], base_url, url))
            urls.append(url)
    return urls


def generate_site(
    out_dir: Path,
    n_articles: int,
    *,
    seed: int = 0,
    base_url: str = "http://127.0.0.1:8000",
    end: datetime = DEFAULT_END,
    keep_paragraphs: bool | None = None,
) -> SiteManifest:
    """Write the site into ``out_dir`` (created if needed) and return its manifest.

    ``keep_paragraphs=None`` keeps paragraphs in the manifest up to 20,000 articles.
    """
    t0 = time.perf_counter()
    base_url = base_url.rstrip("/")
    out_dir.mkdir(parents=True, exist_ok=True)
    if keep_paragraphs is None:
        keep_paragraphs = n_articles <= PARAGRAPHS_AUTO_LIMIT
    metas = _plan(n_articles, seed, base_url, end)
    by_lang: dict[str, list[int]] = {"de": [], "en": []}
    for m in metas:
        by_lang[m.lang].append(m.index)
    assets = make_assets(random.Random(f"{seed}:assets"))
    made_dirs: set[str] = set()
    articles: list[ManifestArticle] = []
    descriptions: dict[int, str] = {}
    total_bytes = 0
    for m in metas:
        page = _page_data(m, metas, by_lang, seed)
        folder = m.path.rsplit("/", 1)[0]
        if folder not in made_dirs:
            (out_dir / folder).mkdir(parents=True, exist_ok=True)
            made_dirs.add(folder)
        html = RENDERERS[m.template](page, assets[m.template], base_url, random.Random(m.index))
        total_bytes += _write(out_dir / m.path, html)
        descriptions[m.index] = page.description
        paragraphs = [b.text for b in page.blocks if b.kind == "p"]
        subheadings = [b.text for b in page.blocks if b.kind == "h2"]
        articles.append(
            ManifestArticle(
                url=m.url,
                path=m.path,
                title=m.title,
                language=m.lang,
                published=page.published,
                authors=list(m.authors),
                section=SECTIONS[m.lang][m.topic][0],
                template=m.template,
                description=page.description,
                paragraphs=paragraphs if keep_paragraphs else None,
                subheadings=subheadings if keep_paragraphs else None,
            )
        )
    newest_first = sorted(metas, key=lambda m: m.published, reverse=True)
    _write_feeds(out_dir, newest_first, base_url, descriptions)
    news_sitemaps = _write_sitemaps(out_dir, newest_first, base_url)
    listing_urls = _write_listings(out_dir, newest_first, base_url)
    (out_dir / "robots.txt").write_text(
        "User-agent: *\nDisallow: /search\nDisallow: /comments/\nDisallow: /newsletter\n"
        f"Allow: /\n\nSitemap: {base_url}/sitemap.xml\n",
        encoding="utf-8",
    )
    manifest = SiteManifest(
        base_url=base_url,
        seed=seed,
        feed_url=f"{base_url}/feed.xml",
        atom_url=f"{base_url}/atom.xml",
        sitemap_url=f"{base_url}/sitemap.xml",
        news_sitemaps=news_sitemaps,
        robots_url=f"{base_url}/robots.txt",
        home_url=f"{base_url}/",
        listing_urls=listing_urls,
        boilerplate={lang: [CHROME[lang][k] for k in BOILERPLATE_KEYS] for lang in CHROME},
        articles=articles,
    )
    manifest.write(out_dir / "manifest.json")
    logger.info(
        "Generated %d articles (%.1f MB) in %s in %.2f s",
        n_articles,
        total_bytes / 1e6,
        out_dir,
        time.perf_counter() - t0,
    )
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic news site to a folder.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", "--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--no-paragraphs", action="store_true", help="smaller manifest.json")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    manifest = generate_site(
        args.out_dir,
        args.articles,
        seed=args.seed,
        base_url=args.base_url,
        keep_paragraphs=False if args.no_paragraphs else None,
    )
    elapsed = time.perf_counter() - t0
    sizes = sorted((args.out_dir / a.path).stat().st_size for a in manifest.articles)
    if sizes:
        print(
            f"{len(sizes)} articles in {elapsed:.2f} s; page size KB: min {sizes[0] / 1024:.1f} "
            f"median {sizes[len(sizes) // 2] / 1024:.1f} max {sizes[-1] / 1024:.1f}"
        )
    print(f"feed {manifest.feed_url}  sitemap {manifest.sitemap_url}")


if __name__ == "__main__":
    main()
