"""Rebuild the bundled demo site from the five seed articles in ../shared/seeds.

The seeds are texts users got from real German news pages, boilerplate and all. Each becomes a
page whose article body holds those lines, inside the chrome of a typical news site
(navigation, cookie banner, teasers, ad slots, PREV/NEXT links, comment form), with an RSS feed
and a Google News sitemap. Run from the repository root:

    python -m tests.support.demo_site ../shared/seeds

The result is committed under crawler/demo/site/, so the demo needs no shared/ folder.
"""

from __future__ import annotations

import argparse
import html
from dataclasses import dataclass
from pathlib import Path

from crawler.demo import DEMO_PORT, SITE_DIR

SITE_NAME = "Nordkurier Demo"
BASE = f"http://127.0.0.1:{DEMO_PORT}"


@dataclass
class DemoArticle:
    slug: str
    title: str
    published: str
    author: str
    lines: list[str]


# Seed 000 starts with its lead paragraph; the others open with their own headline.
_TITLES = {
    "000": "Nordkorea sagt Russland Unterstützung bis zum Sieg zu",
}
_AUTHORS = ["Redaktion Politik", "Anna Berger", "Jonas Keller", "Miriam Vogt", "Paul Hartmann"]


def load_seeds(seed_dir: Path) -> list[DemoArticle]:
    articles = []
    for i, path in enumerate(sorted(seed_dir.glob("*.txt"))):
        key = path.name[:3]
        lines = path.read_text(encoding="utf-8").splitlines()
        title = _TITLES.get(key) or lines[0].strip()
        articles.append(
            DemoArticle(
                slug=f"artikel-{key}",
                title=title,
                published=f"2024-11-0{1 + i // 2}T{8 + 2 * i:02d}:30:00+01:00",
                author=_AUTHORS[i % len(_AUTHORS)],
                lines=lines,
            )
        )
    return articles


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


_NAV = "".join(
    f'<li><a href="/ressort/{s.lower()}.html">{s}</a></li>'
    for s in ["Politik", "Wirtschaft", "Kultur", "Sport", "Wissen", "Panorama", "Meinung"]
)
_FOOTER = """
<footer class="site-footer">
  <nav><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a> ·
  <a href="/kontakt.html">Kontakt</a> · <a href="/abo.html">Abo</a></nav>
  <p>© 2024 Nordkurier Demo. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.</p>
  <p>Newsletter: Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach. Jetzt anmelden!</p>
</footer>"""


def render_article(article: DemoArticle, others: list[DemoArticle]) -> str:
    body = []
    for line in article.lines:
        text = line.strip()
        if text:
            body.append(f"<p>{_esc(text)}</p>")
    teasers = "".join(f'<li><a href="/{o.slug}.html">{_esc(o.title)}</a></li>' for o in others[:4])
    prev_next = ""
    if len(others) >= 2:
        prev_next = (
            f'<div class="prev-next"><a rel="prev" href="/{others[0].slug}.html">PREV '
            f'{_esc(others[0].title)}</a> <a rel="next" href="/{others[1].slug}.html">NEXT '
            f"{_esc(others[1].title)}</a></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{_esc(article.title)} | {SITE_NAME}</title>
<meta name="description" content="{_esc(article.lines[0][:150] if article.lines else "")}">
<meta property="og:title" content="{_esc(article.title)}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{article.published}">
<meta name="author" content="{_esc(article.author)}">
<link rel="canonical" href="{BASE}/{article.slug}.html">
<style>body{{font-family:Georgia,serif}} .ad{{min-height:250px}} .cookie{{position:fixed}}</style>
</head>
<body>
<div class="cookie">Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
<button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header><a href="/" class="logo">{SITE_NAME}</a><nav><ul>{_NAV}</ul></nav></header>
<div class="breadcrumb"><a href="/">Start</a> › <a href="/ressort/politik.html">Politik</a> ›
{_esc(article.title)}</div>
<main>
<article>
<h1>{_esc(article.title)}</h1>
<p class="byline">Von {_esc(article.author)} · <time datetime="{article.published}">
{article.published[:10]}</time></p>
<div class="share"><a href="#">Teilen</a> <a href="#">Twittern</a> <a href="#">E-Mail</a></div>
{chr(10).join(body)}
</article>
{prev_next}
<section class="comments">
<h3>Kommentar (0)</h3>
<form class="comment-form"><h4>Schreibe einen Kommentar</h4>
<p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p>
<textarea name="comment"></textarea><button>Kommentar abschicken</button></form>
</section>
</main>
<aside class="sidebar"><h3>Meistgelesen</h3><ul>{teasers}</ul>
<div class="ad">[Anzeige_1]</div></aside>
{_FOOTER}
</body>
</html>
"""


def render_index(articles: list[DemoArticle]) -> str:
    items = "".join(
        f'<li><a href="/{a.slug}.html">{_esc(a.title)}</a> <time>{a.published[:10]}</time></li>'
        for a in articles
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{SITE_NAME}</title></head>
<body><header><a href="/" class="logo">{SITE_NAME}</a><nav><ul>{_NAV}</ul></nav></header>
<main><h1>Nachrichten</h1><ul class="teasers">{items}</ul></main>{_FOOTER}</body></html>
"""


def render_feed(articles: list[DemoArticle]) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    items = []
    for a in articles:
        pub = format_datetime(datetime.fromisoformat(a.published))
        items.append(
            f"<item><title>{_esc(a.title)}</title><link>/{a.slug}.html</link>"
            f"<guid>/{a.slug}.html</guid><pubDate>{pub}</pubDate>"
            f"<dc:creator>{_esc(a.author)}</dc:creator></item>"
        )
    # Links are relative on purpose: real feeds do this, and the spider resolves them.
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{SITE_NAME}</title><link>/</link><description>Demo</description>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def render_sitemap(articles: list[DemoArticle]) -> str:
    urls = "".join(
        f"<url><loc>{BASE}/{a.slug}.html</loc><news:news><news:publication>"
        f"<news:name>{SITE_NAME}</news:name><news:language>de</news:language>"
        f"</news:publication><news:publication_date>{a.published}</news:publication_date>"
        f"<news:title>{_esc(a.title)}</news:title></news:news></url>"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>\n"
    )


def build(seed_dir: Path, out: Path = SITE_DIR) -> None:
    """Write the demo site into ``out``; ValueError, nothing written, when ``seed_dir`` holds
    no seed: a mistyped or missing folder (``../shared/seeds`` in a clone without it)
    rewrote the committed feed, sitemap and index with no article, and the next ``make
    demo`` stored none."""
    articles = load_seeds(seed_dir)
    if not articles:
        raise ValueError(f"no seed .txt files in {seed_dir}")
    out.mkdir(parents=True, exist_ok=True)
    for a in articles:
        others = [o for o in articles if o is not a]
        (out / f"{a.slug}.html").write_text(render_article(a, others), encoding="utf-8")
    (out / "index.html").write_text(render_index(articles), encoding="utf-8")
    (out / "feed.xml").write_text(render_feed(articles), encoding="utf-8")
    (out / "sitemap.xml").write_text(render_sitemap(articles), encoding="utf-8")
    (out / "impressum.html").write_text(
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Impressum</title>'
        f"</head><body><h1>Impressum</h1><p>{SITE_NAME}, Musterstraße 1, 12345 Musterstadt."
        f"</p>{_FOOTER}</body></html>\n",
        encoding="utf-8",
    )
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /intern/\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path, help="folder of seed .txt files")
    parser.add_argument("--out", type=Path, default=SITE_DIR)
    args = parser.parse_args()
    try:
        build(args.seeds, args.out)
    except ValueError as exc:
        parser.error(str(exc))


if __name__ == "__main__":
    main()
