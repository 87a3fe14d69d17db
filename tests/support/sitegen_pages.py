"""HTML templates of the synthetic news site: three layouts with their own class-name schemes.

Real publishers differ in markup (BEM classes, WordPress ids, hashed CSS-in-JS classes) and
wrap each article in the same chrome: navigation, cookie banner, ads, teasers, share buttons,
comment form and a big footer. The extractor under test must keep the article and drop that
chrome, so the chrome texts are exported (``CHROME``) for tests to assert they stay out.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from html import escape

from tests.support.sitegen_text import SECTIONS, TOPICS, Block, _words

TEMPLATES = ("bem", "wp", "hashed")

SITE_NAME = {"de": "Lindenthaler Rundschau", "en": "The Harbour Ledger"}

# Chrome text per language. Every article page of that language carries all of it outside the
# article text; ``boilerplate`` lists what a good extractor must not return.
CHROME = {
    "de": {
        "home": "Startseite",
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu "
        "personalisieren, Werbung auszuspielen und Zugriffe auf unsere Website zu analysieren.",
        "cookie_accept": "Alle akzeptieren",
        "cookie_settings": "Einstellungen verwalten",
        "ad": "Anzeige",
        "read_also": "Lesen Sie auch",
        "most_read": "Meistgelesen",
        "share": "Artikel teilen",
        "share_on": "Teilen auf",
        "mail": "Per E-Mail senden",
        "comment_title": "Schreiben Sie einen Kommentar",
        "comment_note": "Ihr Kommentar wird vor der Veröffentlichung von unserer Redaktion "
        "geprüft. Bitte bleiben Sie sachlich.",
        "comment_name": "Ihr Name",
        "comment_email": "E-Mail-Adresse (wird nicht veröffentlicht)",
        "comment_submit": "Kommentar absenden",
        "newsletter": "Jetzt den Newsletter abonnieren und keine Nachricht aus der Region mehr "
        "verpassen.",
        "copyright": "© 2025 Lindenthaler Rundschau Mediengruppe. Alle Rechte vorbehalten. "
        "Vervielfältigung nur mit schriftlicher Genehmigung.",
        "by": "Von",
        "and": "und",
        "search": "Suche",
        "menu": "Menü",
        "updated": "Aktualisiert",
        "photo": "Foto",
    },
    "en": {
        "home": "Home",
        "cookie": "We use cookies and similar technologies to personalise content, show "
        "advertising and analyse traffic to our website.",
        "cookie_accept": "Accept all",
        "cookie_settings": "Manage preferences",
        "ad": "Advertisement",
        "read_also": "Read more",
        "most_read": "Most read",
        "share": "Share this article",
        "share_on": "Share on",
        "mail": "Send by email",
        "comment_title": "Leave a comment",
        "comment_note": "Comments are checked by our moderators before they appear. Please keep "
        "the discussion civil.",
        "comment_name": "Your name",
        "comment_email": "Email address (will not be published)",
        "comment_submit": "Post comment",
        "newsletter": "Sign up for our morning newsletter and never miss a story from the "
        "region again.",
        "copyright": "© 2025 Harbour Ledger Media Ltd. All rights reserved. No reproduction "
        "without written permission.",
        "by": "By",
        "and": "and",
        "search": "Search",
        "menu": "Menu",
        "updated": "Updated",
        "photo": "Photo",
    },
}

# Texts that must never appear in the extracted article text.
BOILERPLATE_KEYS = ("cookie", "comment_note", "comment_email", "newsletter", "copyright")

# Service pages (non-articles) per language: slug, link text.
SERVICE = {
    "de": (
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutz"),
        ("kontakt", "Kontakt"),
        ("agb", "AGB"),
        ("abo", "Abo"),
        ("newsletter", "Newsletter"),
        ("mediadaten", "Mediadaten"),
        ("karriere", "Karriere"),
    ),
    "en": (
        ("about", "About us"),
        ("privacy", "Privacy policy"),
        ("contact", "Contact"),
        ("terms", "Terms of use"),
        ("subscribe", "Subscribe"),
        ("newsletters", "Newsletters"),
        ("advertise", "Advertise"),
        ("careers", "Careers"),
    ),
}

# Sub-navigation entries; they link to anchors on the section pages so a crawl finds no 404s.
SUBNAV = {
    "de": _words(
        """
        Ausland Inland Landtag Unternehmen Börse Verbraucher Fußball Handball
        Regionalsport Theater Musik Literatur Gesundheit Klima Technik Stadt Kreis
        Polizeimeldungen
        """
    ),
    "en": _words(
        """
        World National Parliament Companies Markets Money Football Rugby Cricket Theatre
        Music Books Health Climate Technology City County Courts
        """
    ),
}

SOCIAL = ("facebook", "x", "whatsapp", "linkedin")
SVG_ICON = (
    '<svg class="{cls}" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">'
    '<path d="M{a} 2h{b}a{c} {c} 0 0 1 {c} {c}v{b}a{c} {c} 0 0 1-{c} {c}H{a}a{c} {c} 0 0 1-{c}-{c}'
    'V{a}a{c} {c} 0 0 1 {c}-{c}z" fill="currentColor"/></svg>'
)


@dataclass(frozen=True, slots=True)
class Teaser:
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class PageData:
    """Everything one article page shows; built by the generator, rendered by a template."""

    url: str
    lang: str
    title: str
    description: str
    published: str  # ISO 8601 with offset
    modified: str
    authors: tuple[str, ...]
    section: str  # topic key
    image: str
    caption: str
    blocks: tuple[Block, ...]
    read_also: tuple[Teaser, ...]
    most_read: tuple[Teaser, ...]
    state_items: int  # size of the inline JSON state, varies the page size like real pages
    article_id: int


@dataclass(frozen=True, slots=True)
class Assets:
    """Per-template inline CSS and JS, generated once per site (real sites reuse their bundles)."""

    css: str
    js: str
    hashed: dict[str, str]  # role -> class names for the CSS-in-JS template
    state_items: tuple[str, ...]  # JSON objects for the per-page state blob


_CSS_PROPS = (
    "display:flex",
    "display:block",
    "display:grid",
    "display:none",
    "position:relative",
    "position:absolute",
    "margin:0 auto",
    "margin-bottom:{n}px",
    "padding:{n}px {m}px",
    "padding:.{n}rem",
    "font-size:{n}px",
    "font-size:1.{n}rem",
    "line-height:1.{n}",
    "font-weight:{w}",
    "color:#{h}",
    "background:#{h}",
    "background-color:rgba({n},{m},{n},.{n})",
    "border-bottom:1px solid #{h}",
    "border-radius:{n}px",
    "gap:{n}px",
    "grid-template-columns:repeat({m},minmax(0,1fr))",
    "max-width:{k}px",
    "width:100%",
    "z-index:{k}",
    "transition:opacity .{n}s ease-in-out",
    "text-transform:uppercase",
    "letter-spacing:.0{n}em",
    "overflow:hidden",
    "align-items:center",
    "justify-content:space-between",
)


def _token(rng: random.Random, n: int) -> str:
    """Hex token for per-page ids; one RNG call keeps thousands of pages per second possible."""
    return f"{rng.getrandbits(4 * n):0{n}x}"


def _ident(rng: random.Random, n: int = 6) -> str:
    return "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)
    )


def _css(rng: random.Random, selectors: list[str], n_rules: int) -> str:
    """Minified-looking CSS over the template's real selectors plus utility classes."""
    out = []
    for i in range(n_rules):
        sel = rng.choice(selectors)
        if rng.random() < 0.3:
            sel += rng.choice((":hover", "::before", ">a", " p", ":focus-visible", ">li+li"))
        props = ";".join(
            rng.choice(_CSS_PROPS).format(
                n=rng.randint(1, 40),
                m=rng.randint(1, 6),
                w=rng.choice((400, 500, 600, 700)),
                h=f"{rng.randrange(16**6):06x}",
                k=rng.randint(100, 1400),
            )
            for _ in range(rng.randint(2, 7))
        )
        rule = f"{sel}{{{props}}}"
        if i % 25 == 24:
            rule = f"@media (min-width:{rng.choice((640, 768, 1024, 1280))}px){{{rule}}}"
        out.append(rule)
    return "".join(out)


def _js_bundle(rng: random.Random, n_modules: int) -> str:
    """A webpack-like chunk of small modules: realistic bulk that extractors must skip."""
    mods = []
    for _ in range(n_modules):
        a, b, c = _ident(rng, 1).lower(), _ident(rng, 2), _ident(rng, 3)
        key = rng.randint(1000, 99999)
        body = rng.choice(
            (
                f"{a}.d(t,{{{b}:function(){{return {c}}}}});var {c}=function(e){{return e.map("
                f'function(t){{return t.id+"-{key}"}}).filter(Boolean)}}',
                f"var {c}={a}({key}),{b}=function(e,t){{if(!e)return null;var n=document."
                f'querySelector("[data-{b.lower()}]");return n&&n.setAttribute("aria-expanded",'
                f'String(!!t)),{c}.track("{b}_toggle",{{v:t}})}};{a}.d(t,{{default:function()'
                f"{{return {b}}}}})",
                f'{a}.r(t);var {b}=["{_ident(rng, 8)}","{_ident(rng, 8)}","{_ident(rng, 8)}"],'
                f'{c}=function(){{return window.matchMedia("(min-width: {rng.randint(5, 14)}00px)'
                f'").matches?{b}[0]:{b}[{rng.randint(1, 2)}]}};t.default={c}',
                f"{a}.d(t,{{Z:function(){{return {b}}}}});function {b}(e){{var t=arguments.length"
                f">1&&void 0!==arguments[1]?arguments[1]:{rng.randint(10, 900)};return new "
                f"Promise(function(n){{setTimeout(function(){{n(e)}},t)}})}}",
            )
        )
        mods.append(f"{key}:function(e,t,{a}){{{body}}}")
    chunk = rng.randint(100, 999)
    return f"(self.webpackChunk=self.webpackChunk||[]).push([[{chunk}],{{{','.join(mods)}}}]);"


_CONSENT_JS = """window.__cmp=window.__cmp||function(){
(window.__cmp.q=window.__cmp.q||[]).push(arguments)};
(function(d){var k="consent_v2",v=null;try{v=localStorage.getItem(k)}catch(e){}
if(!v){var b=d.getElementById("%s");if(b){b.hidden=false;
b.addEventListener("click",function(ev){var t=ev.target;if(!t||!t.dataset)return;
if(t.dataset.consent){try{localStorage.setItem(k,t.dataset.consent)}catch(e){}b.hidden=true;
window.__cmp("update",{analytics:t.dataset.consent==="all",ads:t.dataset.consent==="all"})}})}}
})(document);"""


def make_assets(rng: random.Random) -> dict[str, Assets]:
    """Bundles of different sizes per template, as real sites differ (15-60 KB of inline code)."""
    hashed = {
        role: f"sc-{rng.randrange(16**6):06x}-{rng.randint(0, 9)} {_ident(rng)}"
        for role in _words(
            """
            header nav navlist navitem navlink logo main grid article kicker title
            byline date lead body para sub figure caption ad teaserbox teaser share btn
            comments aside mostread footer footcol cookie crumbs
            """
        )
    }
    selectors = {
        "bem": [
            f".{s}"
            for s in _words(
                """
                site-header site-header__inner site-nav site-nav__list site-nav__item
                site-nav__link page page__grid article article__header article__kicker
                article__title article__byline article__date article__body article__lead
                article__figure ad-slot teaser-box teaser-box__item share-bar share-
                bar__btn comments sidebar most-read site-footer site-footer__col cookie-
                banner breadcrumb
                """
            )
        ],
        "wp": [
            f"{s}"
            for s in _words(
                """
                #page #masthead .site-header .main-navigation #primary-menu .menu-item
                .site-content #primary .content-area .entry-header .entry-title .entry-
                meta .posted-on .byline .entry-content .wp-block-image .wp-caption-text
                .widget .widget-title .widget_recent_entries #comments .comment-respond
                #colophon .site-info .footer-widgets .cc-window .yoast-breadcrumb
                """
            )
        ],
        "hashed": [f".{v.split()[1]}" for v in hashed.values()]
        + [f".{v.split()[0]}" for v in hashed.values()],
    }
    sizes = {"bem": (140, 40), "wp": (380, 90), "hashed": (150, 160)}
    state = tuple(_state_item(rng, i) for i in range(STATE_POOL))
    out = {}
    for name in TEMPLATES:
        n_css, n_js = sizes[name]
        out[name] = Assets(
            css=_css(rng, selectors[name], n_css),
            js=_js_bundle(rng, n_js),
            hashed=hashed,
            state_items=state,
        )
    return out


# --------------------------------------------------------------------------- shared parts
def section_href(lang: str, topic: str) -> str:
    return f"/{SECTIONS[lang][topic][0]}/"


def _head(p: PageData, assets: Assets, site_url: str) -> str:
    """Document head with the metadata real news pages carry (OpenGraph, JSON-LD, robots)."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.url},
        "headline": p.title,
        "description": p.description,
        "image": [p.image],
        "datePublished": p.published,
        "dateModified": p.modified,
        "inLanguage": p.lang,
        "articleSection": SECTIONS[p.lang][p.section][1],
        "author": [{"@type": "Person", "name": a} for a in p.authors],
        "publisher": {
            "@type": "Organization",
            "name": SITE_NAME[p.lang],
            "logo": {"@type": "ImageObject", "url": f"{site_url}/static/logo.png"},
        },
    }
    ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    t, d = escape(p.title), escape(p.description)
    site = SITE_NAME[p.lang]
    return (
        f'<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{t} | {site}</title>\n"
        f'<meta name="description" content="{d}">\n'
        f'<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="canonical" href="{p.url}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{t}">\n'
        f'<meta property="og:description" content="{d}">\n'
        f'<meta property="og:url" content="{p.url}">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:image" content="{p.image}">\n'
        f'<meta property="og:locale" content="{"de_DE" if p.lang == "de" else "en_GB"}">\n'
        f'<meta property="article:published_time" content="{p.published}">\n'
        f'<meta property="article:modified_time" content="{p.modified}">\n'
        f'<meta property="article:section" content="{SECTIONS[p.lang][p.section][1]}">\n'
        f'<meta name="author" content="{escape(", ".join(p.authors))}">\n'
        f'<meta name="twitter:card" content="summary_large_image">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{site}" '
        f'href="{site_url}/feed.xml">\n'
        f'<link rel="preload" as="image" href="{p.image}">\n'
        f'<script type="application/ld+json">{ld_json}</script>\n'
        f"<style>{assets.css}</style>\n"
        f"<script>{_CONSENT_JS % 'cmp-banner'}</script>\n"
        "</head>\n"
    )


def _state_item(rng: random.Random, i: int) -> str:
    item = {
        "id": rng.randint(10**6, 10**7),
        "type": rng.choice(("teaser", "video", "gallery", "ad")),
        "slot": f"{_token(rng, 4)}-{i}",
        "tracking": {"pos": i, "src": _token(rng, 10), "ab": rng.choice("ABC")},
        "image": {"w": rng.choice((320, 640, 960)), "ratio": "16:9", "key": _token(rng, 16)},
    }
    return json.dumps(item, separators=(",", ":"))


# Pre-serialised state items; pages take a random run of them. Building them per page cost
# about 3 ms of the ~4 ms a page took.
STATE_POOL = 2000


def _state_script(p: PageData, a: Assets, rng: random.Random) -> str:
    """The hydration state blob many CMS frontends inline; its size varies page by page."""
    start = rng.randrange(STATE_POOL)
    pool = a.state_items
    items = ",".join(pool[(start + i) % STATE_POOL] for i in range(p.state_items))
    page = json.dumps(
        {"id": p.article_id, "type": "article", "lang": p.lang, "section": p.section},
        separators=(",", ":"),
    )
    return (
        f'<script>window.__PRELOADED_STATE__={{"page":{page},"config":{{"ads":{{"network":'
        f'{rng.randint(1000, 9999)},"lazy":true}},"abVariant":"B"}},"items":[{items}]}};'
        "</script>\n"
    )


def _nav_items(lang: str) -> list[tuple[str, str]]:
    items = [("/", CHROME[lang]["home"])]
    for i, topic in enumerate(TOPICS):
        slug, label = SECTIONS[lang][topic]
        items.append((f"/{slug}/", label))
        for sub in SUBNAV[lang][i * 3 : i * 3 + 3]:
            items.append((f"/{slug}/#{sub.lower()}", sub))
    items += [(f"/service/{s}.html", t) for s, t in SERVICE[lang][4:6]]
    other = "en" if lang == "de" else "de"
    items += [(section_href(other, t), SECTIONS[other][t][1]) for t in TOPICS]
    return items


def _footer_cols(lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    sections = [(section_href(lang, t), SECTIONS[lang][t][1]) for t in TOPICS]
    service = [(f"/service/{s}.html", t) for s, t in SERVICE[lang]]
    social = [
        (f"https://social.example/{SITE_NAME[lang].lower().replace(' ', '')}/{s}", s)
        for s in SOCIAL
    ]
    partners = [(f"https://partner{i}.example/", f"Partner {i}") for i in range(1, 9)]
    titles = (
        ("Ressorts", "Service", "Social Media", "Partner")
        if lang == "de"
        else (
            "Sections",
            "Service",
            "Follow us",
            "Partners",
        )
    )
    return list(zip(titles, (sections, service, social, partners), strict=True))


def _byline(p: PageData) -> str:
    c = CHROME[p.lang]
    names = [
        f'<a rel="author" href="/service/{SERVICE[p.lang][2][0]}.html">{escape(a)}</a>'
        for a in p.authors
    ]
    return f"{c['by']} " + f" {c['and']} ".join(names)


def _date_text(p: PageData) -> str:
    d = p.published
    if p.lang == "de":
        return f"{d[8:10]}.{d[5:7]}.{d[0:4]}, {d[11:16]} Uhr"
    return f"{d[0:10]} {d[11:16]}"


def _body(p: PageData, p_cls: str, h_cls: str, lead_cls: str, ad: str, box: str) -> str:
    """Body blocks with the ad after the 2nd paragraph and the teaser box after the 4th."""
    out = []
    n_p = 0
    for b in p.blocks:
        text = escape(b.text, quote=False)
        if b.kind == "h2":
            out.append(f'<h2 class="{h_cls}">{text}</h2>')
            continue
        cls = lead_cls if n_p == 0 else p_cls
        out.append(f'<p class="{cls}">{text}</p>')
        n_p += 1
        if n_p == 2:
            out.append(ad)
        elif n_p == 4:
            out.append(box)
    return "\n".join(out)


def _comment_form(lang: str, cls: str, ids: bool) -> str:
    c = CHROME[lang]
    pre = 'id="respond" ' if ids else ""
    return (
        f'<section {pre}class="{cls}"><h3>{c["comment_title"]}</h3>'
        f'<p class="note">{c["comment_note"]}</p>'
        f'<form action="/comments/post" method="post">'
        f'<label for="c-name">{c["comment_name"]}</label><input id="c-name" name="name" required>'
        f'<label for="c-mail">{c["comment_email"]}</label>'
        f'<input id="c-mail" name="email" type="email" required>'
        f'<textarea name="comment" rows="6" cols="45" maxlength="2000"></textarea>'
        f'<button type="submit">{c["comment_submit"]}</button></form></section>\n'
    )


def _cookie(lang: str, cls: str) -> str:
    c = CHROME[lang]
    return (
        f'<div id="cmp-banner" class="{cls}" role="dialog" aria-modal="true" hidden>'
        f"<p>{c['cookie']}</p>"
        f'<button data-consent="all">{c["cookie_accept"]}</button>'
        f'<button data-consent="custom">{c["cookie_settings"]}</button></div>\n'
    )


def _share(p: PageData, cls: str, btn: str) -> str:
    c = CHROME[p.lang]
    links = "".join(
        f'<a class="{btn}" href="https://share.example/{s}?u={p.url}" rel="noopener" '
        f'title="{c["share_on"]} {s}">'
        + SVG_ICON.format(cls="icon", a=4 + i, b=14 - i, c=2 + i % 2)
        + f"<span>{s}</span></a>"
        for i, s in enumerate(SOCIAL)
    )
    mail = f'<a class="{btn}" href="mailto:?subject={escape(p.title)}">{c["mail"]}</a>'
    return f'<div class="{cls}"><span>{c["share"]}</span>{links}{mail}</div>\n'


def _ad(lang: str, cls: str, slot: str) -> str:
    return (
        f'<div class="{cls}" data-slot="{slot}"><span class="label">{CHROME[lang]["ad"]}</span>'
        f'<div id="{slot}" style="min-height:250px"></div>'
        f"<script>window.adq=window.adq||[];adq.push(['{slot}',[300,250]]);</script></div>"
    )


def _teasers(items: tuple[Teaser, ...], item_cls: str) -> str:
    return "".join(
        f'<li class="{item_cls}"><a href="{t.url}">{escape(t.title)}</a></li>' for t in items
    )


def _footer(lang: str, cls: str, col_cls: str) -> str:
    c = CHROME[lang]
    cols = "".join(
        f'<div class="{col_cls}"><h4>{title}</h4><ul>'
        + "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in links)
        + "</ul></div>"
        for title, links in _footer_cols(lang)
    )
    return (
        f'<footer class="{cls}"><div class="newsletter"><p>{c["newsletter"]}</p>'
        f'<form action="/newsletter" method="post"><input type="email" name="email">'
        f"<button>OK</button></form></div>{cols}"
        f'<p class="copyright">{c["copyright"]}</p></footer>\n'
    )


# ------------------------------------------------------------------------------ templates
def render_bem(p: PageData, a: Assets, site_url: str, rng: random.Random) -> str:
    c = CHROME[p.lang]
    nav = "".join(
        f'<li class="site-nav__item"><a class="site-nav__link" href="{h}">{escape(t)}</a></li>'
        for h, t in _nav_items(p.lang)
    )
    sec_slug, sec_label = SECTIONS[p.lang][p.section]
    box = (
        f'<aside class="teaser-box"><h3 class="teaser-box__title">{c["read_also"]}</h3><ul>'
        f"{_teasers(p.read_also, 'teaser-box__item')}</ul></aside>"
    )
    body = _body(
        p,
        "article__text",
        "article__subtitle",
        "article__lead",
        _ad(p.lang, "ad-slot", "ad-mid-1"),
        box,
    )
    return "".join(
        (
            f'<!DOCTYPE html>\n<html lang="{p.lang}">\n',
            _head(p, a, site_url),
            '<body class="page-article">\n',
            _cookie(p.lang, "cookie-banner"),
            f'<header class="site-header"><div class="site-header__inner">'
            f'<a class="site-header__logo" href="/">{SITE_NAME[p.lang]}</a>'
            f'<button class="site-header__menu">{c["menu"]}</button>'
            f'<form class="site-header__search" action="/search"><input name="q" '
            f'placeholder="{c["search"]}"></form>'
            f'<nav class="site-nav"><ul class="site-nav__list">{nav}</ul></nav></div></header>\n',
            '<main class="page"><div class="page__grid">\n',
            f'<nav class="breadcrumb"><a href="/">{c["home"]}</a> › '
            f'<a href="/{sec_slug}/">{sec_label}</a> › <span>{escape(p.title)}</span></nav>\n',
            '<article class="article">\n<header class="article__header">'
            f'<span class="article__kicker">{sec_label}</span>'
            f'<h1 class="article__title">{escape(p.title)}</h1>'
            f'<p class="article__byline">{_byline(p)}</p>'
            f'<time class="article__date" datetime="{p.published}">{_date_text(p)}</time>'
            "</header>\n",
            f'<figure class="article__figure"><img src="{p.image}" alt="" width="960" '
            f'height="540" loading="eager"><figcaption>{escape(p.caption)}</figcaption></figure>\n',
            f'<div class="article__body">\n{body}\n</div>\n',
            _share(p, "share-bar", "share-bar__btn"),
            "</article>\n",
            f'<aside class="sidebar"><section class="most-read"><h3>{c["most_read"]}</h3><ol>'
            f"{_teasers(p.most_read, 'most-read__item')}</ol></section>"
            f"{_ad(p.lang, 'ad-slot ad-slot--sky', 'ad-sky-1')}</aside>\n",
            "</div>\n",
            _comment_form(p.lang, "comments", ids=False),
            "</main>\n",
            _footer(p.lang, "site-footer", "site-footer__col"),
            _state_script(p, a, rng),
            f"<script>{a.js}</script>\n",
            "</body>\n</html>\n",
        )
    )


def render_wp(p: PageData, a: Assets, site_url: str, rng: random.Random) -> str:
    c = CHROME[p.lang]
    nav = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy">'
        f'<a href="{h}">{escape(t)}</a></li>'
        for i, (h, t) in enumerate(_nav_items(p.lang))
    )
    sec_slug, sec_label = SECTIONS[p.lang][p.section]
    box = (
        f'<div class="related-posts"><h4>{c["read_also"]}</h4><ul>'
        f"{_teasers(p.read_also, 'related-post')}</ul></div>"
    )
    body = _body(
        p,
        "",
        "wp-block-heading",
        "has-medium-font-size",
        _ad(p.lang, "code-block ad", "div-gpt-ad-1"),
        box,
    )
    pid = p.article_id
    return "".join(
        (
            # WordPress themes print a region subtag; a language tagger must cope with it.
            f'<!DOCTYPE html>\n<html lang="{"de-DE" if p.lang == "de" else "en-GB"}">\n',
            _head(p, a, site_url),
            f'<body class="post-template-default single single-post postid-{pid} '
            'single-format-standard">\n<div id="page" class="site">\n',
            '<a class="skip-link screen-reader-text" href="#content">Skip</a>\n',
            '<header id="masthead" class="site-header"><div class="site-branding">'
            f'<p class="site-title"><a href="/" rel="home">{SITE_NAME[p.lang]}</a></p></div>'
            f'<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">'
            f'{c["menu"]}</button><ul id="primary-menu" class="menu">{nav}</ul></nav></header>\n',
            '<div id="content" class="site-content">\n',
            '<div id="primary" class="content-area"><main id="main" class="site-main">\n',
            f'<p id="breadcrumbs" class="yoast-breadcrumb"><span><a href="/">{c["home"]}</a> » '
            f'<a href="/{sec_slug}/">{sec_label}</a> » <span class="breadcrumb_last">'
            f"{escape(p.title)}</span></span></p>\n",
            f'<article id="post-{pid}" class="post-{pid} post type-post status-publish '
            f'format-standard has-post-thumbnail category-{sec_slug}">\n',
            f'<header class="entry-header"><h1 class="entry-title">{escape(p.title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="{p.published}">{_date_text(p)}</time><time class="updated" '
            f'datetime="{p.modified}">{c["updated"]}</time></span> '
            f'<span class="byline">{_byline(p)}</span></div></header>\n',
            '<div class="entry-content">\n',
            f'<figure class="wp-block-image size-large"><img src="{p.image}" alt="" '
            f'class="wp-image-{pid}" loading="lazy"><figcaption class="wp-caption-text">'
            f"{escape(p.caption)}</figcaption></figure>\n",
            body,
            "\n</div>\n",
            f'<footer class="entry-footer">{_share(p, "sharedaddy sd-sharing", "share-icon")}'
            f'<span class="cat-links"><a href="/{sec_slug}/" rel="category tag">{sec_label}'
            "</a></span></footer>\n</article>\n",
            f'<div id="comments" class="comments-area">'
            f"{_comment_form(p.lang, 'comment-respond', ids=True)}</div>\n",
            "</main></div>\n",
            '<aside id="secondary" class="widget-area">'
            f'<section class="widget widget_recent_entries"><h2 class="widget-title">'
            f"{c['most_read']}</h2><ul>{_teasers(p.most_read, '')}</ul></section>"
            f'<section class="widget widget_text">{_ad(p.lang, "textwidget", "div-gpt-ad-2")}'
            "</section></aside>\n</div>\n",
            '<div id="colophon" class="site-footer">'
            f"{_footer(p.lang, 'footer-widgets', 'widget-column')}"
            '<div class="site-info"><a href="/">WordPress</a></div></div>\n</div>\n',
            _cookie(p.lang, "cc-window cc-banner"),
            _state_script(p, a, rng),
            f"<script id='main-js'>{a.js}</script>\n",
            "</body>\n</html>\n",
        )
    )


def render_hashed(p: PageData, a: Assets, site_url: str, rng: random.Random) -> str:
    c = CHROME[p.lang]
    h = a.hashed
    nav = "".join(
        f'<li class="{h["navitem"]}"><a class="{h["navlink"]}" href="{u}" '
        f'data-testid="nav-link">{escape(t)}</a></li>'
        for u, t in _nav_items(p.lang)
    )
    sec_slug, sec_label = SECTIONS[p.lang][p.section]
    box = (
        f'<div class="{h["teaserbox"]}" data-testid="inline-teasers"><p>{c["read_also"]}</p>'
        f"<ul>{_teasers(p.read_also, h['teaser'])}</ul></div>"
    )
    body = _body(p, h["para"], h["sub"], h["lead"], _ad(p.lang, h["ad"], "ad-inline-1"), box)
    return "".join(
        (
            f'<!DOCTYPE html>\n<html lang="{p.lang}" data-theme="light">\n',
            _head(p, a, site_url),
            '<body><div id="__next">\n',
            f'<div class="{h["header"]}" data-testid="header"><a class="{h["logo"]}" href="/" '
            f'aria-label="{SITE_NAME[p.lang]}">{SITE_NAME[p.lang]}</a>'
            f'<div role="navigation" class="{h["nav"]}"><ul class="{h["navlist"]}">{nav}</ul>'
            "</div></div>\n",
            f'<ol class="{h["crumbs"]}" data-testid="breadcrumbs"><li><a href="/">{c["home"]}</a>'
            f'</li><li><a href="/{sec_slug}/">{sec_label}</a></li></ol>\n',
            f'<main class="{h["main"]}"><div class="{h["grid"]}">\n',
            f'<article class="{h["article"]}" data-testid="article">\n',
            f'<div class="{h["kicker"]}">{sec_label}</div>'
            f'<h1 class="{h["title"]}" data-testid="headline">{escape(p.title)}</h1>\n',
            f'<div class="{h["byline"]}">{_byline(p)} · <time class="{h["date"]}" '
            f'datetime="{p.published}">{_date_text(p)}</time></div>\n',
            f'<figure class="{h["figure"]}"><picture><source type="image/webp" '
            f'srcset="{p.image}?w=640&amp;fm=webp 640w, {p.image}?w=1280&amp;fm=webp 1280w">'
            f'<img src="{p.image}" alt="" decoding="async"></picture><figcaption class="'
            f'{h["caption"]}">{escape(p.caption)}</figcaption></figure>\n',
            f'<div class="{h["body"]}" data-testid="article-body">\n{body}\n</div>\n',
            _share(p, h["share"], h["btn"]),
            "</article>\n",
            f'<div class="{h["aside"]}"><div class="{h["mostread"]}" data-testid="most-read">'
            f"<h2>{c['most_read']}</h2><ol>{_teasers(p.most_read, h['teaser'])}</ol></div></div>\n",
            "</div>\n",
            _comment_form(p.lang, h["comments"], ids=False),
            "</main>\n",
            _footer(p.lang, h["footer"], h["footcol"]),
            _cookie(p.lang, h["cookie"]),
            "</div>\n",
            _state_script(p, a, rng),
            f'<script id="__NEXT_DATA__" type="application/json">'
            f'{{"buildId":"{_token(rng, 21)}","page":"/article/[slug]"}}</script>\n',
            f"<script>{a.js}</script>\n",
            "</body>\n</html>\n",
        )
    )


RENDERERS = {"bem": render_bem, "wp": render_wp, "hashed": render_hashed}


def render_listing(
    lang: str, title: str, teasers: list[Teaser], site_url: str, canonical: str
) -> str:
    """Front page, section pages and service pages: plain non-article pages with chrome."""
    nav = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t in _nav_items(lang))
    items = "".join(
        f'<li class="teaser"><h2><a href="{t.url}">{escape(t.title)}</a></h2></li>' for t in teasers
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        f"<title>{escape(title)} | {SITE_NAME[lang]}</title>"
        f'<link rel="canonical" href="{canonical}">'
        f'<meta property="og:type" content="website">'
        f'<meta property="og:site_name" content="{SITE_NAME[lang]}">'
        f'<link rel="alternate" type="application/rss+xml" href="{site_url}/feed.xml"></head>\n'
        f'<body class="page-listing">{_cookie(lang, "cookie-banner")}'
        f'<header class="site-header"><a href="/">{SITE_NAME[lang]}</a><nav><ul>{nav}</ul></nav>'
        f'</header>\n<main><h1>{escape(title)}</h1><ul class="teasers">{items}</ul></main>\n'
        f"{_footer(lang, 'site-footer', 'site-footer__col')}</body>\n</html>\n"
    )
