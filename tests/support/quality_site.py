"""A news site for end-to-end quality checks: golden pages, their copies, and what to expect.

Originals are the five German seed pages (rendered as tests/support/demo_site.py renders the demo)
and the English and French authored texts of tests/fixtures/cleaning, wrapped into the chrome of
a regional paper with their boilerplate lines inside the article body, where trafilatura keeps
them. Optionally, pages of tests/support/sitegen.py add volume. Copies are derived from originals:

  syndicated  another site's chrome and a changed headline, the same article text
  added       the same story with one paragraph of another article inserted
  words       the same story with every 25th word replaced
  exact       the original page, byte for byte, under another URL
  quoted      not a copy: a different (generated) article quoting two paragraphs of the original

Every page carries its expectations: ``keep`` (article lines that must be stored), ``drop``
(boilerplate lines that must not be), its language, and for copies the original it duplicates.
Originals are listed in ``a.xml``, copies in ``b.xml``, so that two crawl runs can take one each.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from crawler.demo.server import serve_directory
from tests.support.demo_site import DemoArticle, render_article
from tests.support.golden import GoldenText, golden_texts, norm
from tests.support.sitegen import generate_site
from tests.support.sitegen_text import TOPICS, body_blocks, headline

COPY_KINDS = ("syndicated", "added", "words", "exact")
# A copy with an "added" paragraph stays a copy only while the addition is small beside it;
# dedup_quality.py caps it at a quarter of the words, and so does this site.
ADDED_MAX_SHARE = 0.25
# Every n-th word is replaced in a "words" copy: 4 % of the words, a light copy edit.
WORD_EVERY = 25
# Paragraphs of the original quoted by a "quoted" article.
QUOTED_PARAGRAPHS = 2
# A boilerplate line this long found inside a stored line was glued to it by extraction; a
# shorter one ("Reuters", "Anzeige") may be an ordinary word of the text.
_GLUED_MIN_CHARS = 40


@dataclass(frozen=True)
class Chrome:
    """The furniture of one site in one language.

    ``outside`` texts sit around the article (cookie banner, comment note, footer); an
    extractor must leave them out. ``inside`` lines are residual boilerplate placed between the
    article's paragraphs, the way the seeds show it; cleaning must remove them. ``teaser``
    marks a "read also" line (the next line is another article's headline).
    """

    site: str
    lang: str
    nav: tuple[str, ...]
    outside: tuple[str, ...]
    ad: str
    teaser: str
    inside_end: tuple[str, ...]
    headline_prefix: str


def _chrome(site: str, lang: str, nav: str, outside: Iterable[str], **inside: object) -> Chrome:
    return Chrome(site, lang, tuple(nav.split()), tuple(outside), **inside)  # type: ignore[arg-type]


# Two sites per language: the paper that publishes the originals and a wire aggregator that
# republishes them. All texts below were written for these fixtures.
CHROMES: dict[str, dict[str, Chrome]] = {
    "courier": {
        "en": _chrome(
            "The Coastal Courier",
            "en",
            "News Business Sport Culture Opinion",
            (
                "We use cookies to keep this site running and to measure how it is read.",
                "Comments are reviewed by the Coastal Courier desk before they are published.",
                "Copyright 2025 Coastal Courier Media. Reproduction without permission is not "
                "allowed.",
            ),
            ad="Advertisement",
            teaser="Read also:",
            inside_end=("Share this article", "6 comments", "Leave a comment"),
            headline_prefix="Update: ",
        ),
        "fr": _chrome(
            "Le Courrier du Littoral",
            "fr",
            "Actualité Économie Sport Culture Opinions",
            (
                "Nous utilisons des cookies pour faire fonctionner ce site et mesurer son "
                "audience.",
                "Les commentaires sont relus par la rédaction du Courrier avant publication.",
                "Copyright 2025 Courrier du Littoral. Toute reproduction est interdite sans "
                "autorisation.",
            ),
            ad="Publicité",
            teaser="Lire aussi :",
            inside_end=("Partager cet article", "6 commentaires", "Laisser un commentaire"),
            headline_prefix="Mise à jour : ",
        ),
        "de": _chrome(
            "Der Küstenbote",
            "de",
            "Politik Wirtschaft Sport Kultur Meinung",
            (
                "Wir verwenden Cookies, damit diese Seite funktioniert und wir ihre Nutzung "
                "messen können.",
                "Kommentare werden vor der Freischaltung von der Redaktion des Küstenboten "
                "geprüft.",
                "Copyright 2025 Küstenbote Medien. Nachdruck nur mit Genehmigung der Redaktion.",
            ),
            ad="[Anzeige_3]",
            teaser="Lesen Sie auch:",
            inside_end=("Artikel teilen", "Kommentare (6)", "Schreiben Sie einen Kommentar"),
            headline_prefix="Aktualisiert: ",
        ),
    },
    "wire": {
        "en": _chrome(
            "Newswire Digest",
            "en",
            "Latest World Markets Tech Weather",
            (
                "This site stores cookies on your device to remember your preferences.",
                "Newswire Digest republishes stories from partner newsrooms under licence.",
                "Copyright 2025 Newswire Digest. All stories are used with permission.",
            ),
            ad="ADVERTISEMENT",
            teaser="Related:",
            inside_end=("Source: Newswire Digest", "Sign up for our morning briefing", "—"),
            headline_prefix="What we know: ",
        ),
        "fr": _chrome(
            "Dépêches Express",
            "fr",
            "Direct Monde Marchés Tech Météo",
            (
                "Ce site enregistre des cookies pour mémoriser vos préférences.",
                "Dépêches Express reprend des articles de rédactions partenaires sous licence.",
                "Copyright 2025 Dépêches Express. Articles repris avec autorisation.",
            ),
            ad="Publicité",
            teaser="À lire aussi",
            inside_end=("Source : Dépêches Express", "Inscrivez-vous à notre newsletter", "—"),
            headline_prefix="Ce que l'on sait : ",
        ),
        "de": _chrome(
            "Nachrichtenticker Kompakt",
            "de",
            "Neueste Welt Märkte Technik Wetter",
            (
                "Diese Seite speichert Cookies auf Ihrem Gerät, um Ihre Einstellungen zu merken.",
                "Nachrichtenticker Kompakt übernimmt Meldungen von Partnerredaktionen mit Lizenz.",
                "Copyright 2025 Nachrichtenticker Kompakt. Übernahme mit Genehmigung.",
            ),
            ad="Anzeige",
            teaser="Siehe auch:",
            inside_end=("Quelle: Nachrichtenticker Kompakt", "Jetzt Newsletter abonnieren", "—"),
            headline_prefix="Was bekannt ist: ",
        ),
    },
}

# The line a republisher appends to a syndicated story (article text of the copy, not of the
# original: it is what keeps a syndicated copy from being byte-identical after cleaning).
SYNDICATION_CREDIT = {
    "en": "This story first appeared in The Coastal Courier and is republished with permission.",
    "fr": "Cet article a d'abord paru dans Le Courrier du Littoral, repris avec autorisation.",
    "de": "Dieser Artikel erschien zuerst im Küstenboten und wird mit Genehmigung übernommen.",
}

_SUBHEADING_MAX = 80
_SENTENCE_END = re.compile(r"[.!?…:;\"“”»)]$")


@dataclass(frozen=True)
class Story:
    """An article's own text: its headline and its lines in order (paragraphs, subheadings)."""

    name: str
    lang: str
    title: str
    lines: tuple[str, ...]


@dataclass
class Page:
    """One page of the site and what a crawl must store for it."""

    path: str
    lang: str
    title: str
    kind: str  # "original", "quoted" or one of COPY_KINDS
    keep: list[str]
    drop: list[str]
    html: str = field(repr=False)
    original: str | None = None  # path of the original page a copy duplicates
    story: Story | None = field(default=None, repr=False)


def _date(i: int) -> str:
    return f"2025-03-{1 + i % 28:02d}T{6 + i % 12:02d}:15:00+01:00"


def _is_subheading(line: str) -> bool:
    return len(line) <= _SUBHEADING_MAX and not _SENTENCE_END.search(line)


def render_page(
    chrome: Chrome,
    title: str,
    body: Sequence[str],
    *,
    author: str = "Staff reporter",
    published: str = "2025-03-01T06:15:00+01:00",
    teasers: Sequence[str] = (),
) -> str:
    """A complete article page: ``body`` lines become the paragraphs of the article body in
    order (short lines without a sentence end become subheadings, as editors mark them)."""
    blocks = []
    for i, line in enumerate(body):
        tag = "h2" if i and _is_subheading(line) and not line.startswith("[") else "p"
        blocks.append(f"<{tag}>{escape(line, quote=False)}</{tag}>")
    nav = "".join(f'<li><a href="/{n.lower()}/">{escape(n)}</a></li>' for n in chrome.nav)
    side = "".join(f'<li><a href="/">{escape(t)}</a></li>' for t in teasers)
    cookie, comment_note, copyright_line = chrome.outside
    return f"""<!DOCTYPE html>
<html lang="{chrome.lang}">
<head>
<meta charset="utf-8">
<title>{escape(title)} | {escape(chrome.site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(chrome.site)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{escape(author)}">
</head>
<body>
<div class="cookie-banner" role="dialog"><p>{escape(cookie)}</p><button>OK</button></div>
<header class="masthead"><a class="logo" href="/">{escape(chrome.site)}</a>
<nav><ul>{nav}</ul></nav></header>
<main>
<article class="story">
<h1>{escape(title)}</h1>
<p class="byline">{escape(author)} · <time datetime="{published}">{published[:10]}</time></p>
<div class="story-body">
{chr(10).join(blocks)}
</div>
</article>
<section class="comments"><h3>Comments</h3><p class="note">{escape(comment_note)}</p>
<form action="/comments" method="post"><textarea name="c"></textarea><button>Send</button></form>
</section>
</main>
<aside class="sidebar"><h3>Most read</h3><ul>{side}</ul></aside>
<footer class="site-footer"><p>{escape(copyright_line)}</p></footer>
</body>
</html>
"""


def inject(chrome: Chrome, title: str, lines: Sequence[str], teaser: str) -> tuple[list, list]:
    """The article lines with the chrome's residual boilerplate placed among them, and the
    boilerplate lines themselves: the headline repeated on top, an ad after the second
    paragraph, a "read also" teaser (``teaser`` is its headline) after the third, the share,
    comment and source lines at the end."""
    body = [title, *lines[:2], chrome.ad, *lines[2:3], chrome.teaser, teaser, *lines[3:]]
    body.extend(chrome.inside_end)
    return body, [title, chrome.ad, chrome.teaser, teaser, *chrome.inside_end]


def _paragraphs(story: Story) -> list[str]:
    return [line for line in story.lines if not _is_subheading(line)]


def _replace_words(lines: Sequence[str], vocabulary: Sequence[str], rng: random.Random) -> list:
    """Every WORD_EVERY-th word of the paragraphs replaced (subheadings stay)."""
    out, position = [], 0
    for line in lines:
        if _is_subheading(line):
            out.append(line)
            continue
        words = line.split(" ")
        for i in range(len(words)):
            if (position + i) % WORD_EVERY == WORD_EVERY // 2:
                words[i] = rng.choice(vocabulary)
        position += len(words)
        out.append(" ".join(words))
    return out


def _extra_paragraph(story: Story, others: Sequence[Story]) -> str:
    """The longest paragraph of another story in the language that stays a small addition."""
    budget = ADDED_MAX_SHARE * sum(len(line.split()) for line in story.lines)
    pool = [p for s in others if s.lang == story.lang and s is not story for p in _paragraphs(s)]
    small = [p for p in pool if len(p.split()) <= budget]
    return max(small, key=len) if small else min(pool, key=len)


def generated_story(lang: str, seed: int, name: str | None = None) -> Story:
    """A distinct article written by sitegen's grammar (German or English)."""
    rng = random.Random(f"quality:{lang}:{seed}")
    topic = rng.choice(TOPICS)
    title = headline(lang, topic, rng)
    lines = tuple(b.text for b in body_blocks(lang, topic, rng))
    return Story(name or f"gen-{lang}-{seed}", lang, title, lines)


def _seed_pages(texts: Sequence[GoldenText]) -> list[Page]:
    """The seed pages exactly as the bundled demo renders them (tests/support/demo_site.py)."""
    demo = [
        DemoArticle(t.name, t.title, _date(i), "Redaktion", t.lines) for i, t in enumerate(texts)
    ]
    pages = []
    for text, article in zip(texts, demo, strict=True):
        html = render_article(article, [d for d in demo if d is not article])
        story = Story(text.name, text.lang, text.title, tuple(text.keep))
        pages.append(
            Page(
                f"a/{text.name}.html",
                "de",
                text.title,
                "original",
                text.keep,
                text.drop,
                html,
                story=story,
            )
        )
    return pages


def _authored_pages(texts: Sequence[GoldenText]) -> list[Page]:
    """The authored texts, every line (boilerplate included) in the body of the paper's page."""
    pages = []
    for i, text in enumerate(texts):
        chrome = CHROMES["courier"][text.lang]
        teasers = [t.title for t in texts if t.lang == text.lang and t is not text]
        html = render_page(chrome, text.title, text.lines, published=_date(i), teasers=teasers)
        story = Story(text.name, text.lang, text.title, tuple(text.keep))
        pages.append(
            Page(
                f"a/{text.name}.html",
                text.lang,
                text.title,
                "original",
                text.keep,
                [*text.drop, *chrome.outside],
                html,
                story=story,
            )
        )
    return pages


def _generated_pages(root: Path, base: str, n: int, seed: int) -> list[Page]:
    """``n`` pages of tests/support/sitegen.py (its own three layouts) under ``gen/``."""
    manifest = generate_site(root / "gen", n, seed=seed, base_url=f"{base}/gen")
    pages = []
    for a in manifest.articles:
        assert a.paragraphs is not None
        # The page's own headline and the teaser headlines of other articles are furniture too.
        titles = [o.title for o in manifest.articles if o.language == a.language]
        story = Story(f"gen-{Path(a.path).stem}", a.language, a.title, tuple(a.paragraphs))
        html = (root / "gen" / a.path).read_text(encoding="utf-8")
        drop = [*manifest.boilerplate[a.language], *titles]
        pages.append(
            Page(
                f"gen/{a.path}",
                a.language,
                a.title,
                "original",
                list(a.paragraphs),
                drop,
                html,
                story=story,
            )
        )
    return pages


def _vocabulary(stories: Iterable[Story], lang: str) -> list[str]:
    return sorted(
        {
            w
            for s in stories
            if s.lang == lang
            for line in s.lines
            for w in line.split()
            if w.isalpha()
        }
    )


def make_copy(kind: str, original: Page, stories: Sequence[Story], index: int) -> Page:
    """A page of ``kind`` derived from ``original`` (see the module docstring)."""
    story = original.story
    assert story is not None, "copies are made of pages built here"
    path = f"b/{story.name}-{kind}.html"
    if kind == "exact":
        return Page(
            path,
            story.lang,
            original.title,
            kind,
            original.keep,
            original.drop,
            original.html,
            original.path,
            story,
        )
    copy_of: str | None
    title, lines, copy_of = story.title, list(story.lines), original.path
    if kind == "syndicated":
        title = CHROMES["wire"][story.lang].headline_prefix + story.title
        lines.append(SYNDICATION_CREDIT[story.lang])
    elif kind == "added":
        lines.insert(len(lines) // 2, _extra_paragraph(story, stories))
    elif kind == "words":
        rng = random.Random(f"words:{story.name}")
        lines = _replace_words(lines, _vocabulary(stories, story.lang), rng)
    elif kind == "quoted":
        other = generated_story(story.lang, 1000 + index, f"{story.name}-quoted")
        quoted = sorted(_paragraphs(story), key=len)[-QUOTED_PARAGRAPHS:]
        title, lines, copy_of = other.title, list(other.lines), None
        lines[2:2] = quoted
    else:
        raise ValueError(f"unknown copy kind {kind!r}")
    chrome = CHROMES["wire" if kind == "syndicated" else "courier"][story.lang]
    teaser = next(s.title for s in stories if s.lang == story.lang and s.name != story.name)
    body, boilerplate = inject(chrome, title, lines, teaser)
    html = render_page(chrome, title, body, published=_date(index), teasers=[teaser])
    return Page(
        path,
        story.lang,
        title,
        kind,
        [norm(line) for line in lines],
        [*boilerplate, *chrome.outside],
        html,
        copy_of,
        Story(f"{story.name}-{kind}", story.lang, title, tuple(lines)),
    )


def source_pages(
    name: str,
    lang: str,
    seeds: Iterable[int],
    end: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
) -> list[Page]:
    """Generated articles of one source, with ``middle`` lines after the third line of each
    body and ``end`` lines closing it."""
    chrome = CHROMES["courier"][lang]
    pages = []
    for seed in seeds:
        story = generated_story(lang, seed)
        body = [*story.lines[:3], *middle, *story.lines[3:], *end]
        html = render_page(chrome, story.title, body)
        keep = [norm(line) for line in story.lines]
        pages.append(Page(f"{name}/{seed}.html", lang, story.title, "original", keep, [], html))
    return pages


@contextmanager
def served_sources(
    tmp: Path, pages: Iterable[Page], sources: str, db: str | Path
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``pages`` served from ``tmp/site`` on 127.0.0.1, with a sources file of ``sources``
    (its ``{base}`` the site's URL): yields the URL and the ``-s`` settings naming the file
    and the database ``db``."""
    root = tmp / "site"
    root.mkdir()
    write_pages(root, pages)
    with serve_directory(root) as base:
        path = tmp / "sources.toml"
        path.write_text(sources.format(base=base), encoding="utf-8")
        yield base, ("-s", f"NEWS_SOURCES={path}", "-s", f"NEWS_DB={db}")


def write_feed(path: Path, base: str, pages: Sequence[Page]) -> str:
    """An RSS 2.0 feed of ``pages`` at ``path`` (relative to the site); returns its URL."""
    items = "".join(
        f"<item><title>{escape(p.title)}</title><link>{base}/{p.path}</link>"
        f"<guid>{base}/{p.path}</guid></item>\n"
        for p in pages
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Quality fixtures</title><link>{base}/</link><description>Test</description>\n"
        f"{items}</channel></rss>\n",
        encoding="utf-8",
    )
    return f"{base}/{path.name}"


def write_pages(root: Path, pages: Iterable[Page]) -> None:
    for page in pages:
        target = root / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.html, encoding="utf-8")


@dataclass
class QualitySite:
    """The written site: its pages, originals (feed ``a``) and copies (feed ``b``)."""

    pages: list[Page]
    feed_a: str
    feed_b: str

    def by_url(self, base: str) -> dict[str, Page]:
        return {f"{base}/{p.path}": p for p in self.pages}


def build_site(
    root: Path,
    base: str,
    *,
    plan: Sequence[tuple[str, str]] | None = None,
    generated: int = 0,
    seed: int = 0,
) -> QualitySite:
    """Write the site into ``root`` for a server at ``base``.

    ``plan`` lists the copies as (kind, story name), e.g. ``("words", "seed-004")``; None
    makes every kind of copy of every original, and a "quoted" article for each German and
    English one. ``generated``: how many sitegen pages to add as originals.
    """
    golden = golden_texts()
    originals = _seed_pages([t for t in golden if t.name.startswith("seed-")])
    originals += _authored_pages([t for t in golden if not t.name.startswith("seed-")])
    if generated:
        originals += _generated_pages(root, base, generated, seed)
    stories = [p.story for p in originals if p.story is not None]
    by_name = {p.story.name: p for p in originals if p.story is not None}
    if plan is None:
        plan = [(kind, name) for name in by_name for kind in COPY_KINDS]
        plan += [("quoted", n) for n, p in by_name.items() if p.lang in ("de", "en")]
    copies = [make_copy(kind, by_name[name], stories, i) for i, (kind, name) in enumerate(plan)]
    write_pages(root, [p for p in originals if not p.path.startswith("gen/")])
    write_pages(root, copies)
    return QualitySite(
        [*originals, *copies],
        write_feed(root / "a.xml", base, originals),
        write_feed(root / "b.xml", base, copies),
    )


def text_lines(text: str) -> list[str]:
    return [norm(line) for line in text.splitlines() if line.strip()]


def missing_lines(page: Page, text: str) -> list[str]:
    """The page's article lines that the stored ``text`` lacks."""
    stored = set(text_lines(text))
    return [line for line in page.keep if norm(line) not in stored]


def residual_lines(page: Page, text: str) -> list[str]:
    """The page's boilerplate lines found in the stored ``text``.

    A line counts when it occurs more often than the article itself has it (a paragraph
    printed twice is kept once), or when a long one was glued into another line.
    """
    stored = Counter(text_lines(text))
    keep = Counter(norm(line) for line in page.keep)
    flat = norm(text)
    found = []
    for line in dict.fromkeys(norm(d) for d in page.drop):
        if stored[line] > keep[line] or (
            len(line) >= _GLUED_MIN_CHARS
            and not stored[line]
            and line in flat
            and not any(line in k for k in keep)
        ):
            found.append(line)
    return found
