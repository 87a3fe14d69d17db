"""CPU per page of each component of the worker's call: percentiles, and how it grows with size.

    python -m benchmarks.worst_cost [--rounds 3] [--scales 1,4,16] [--kinds links,nested]
    python -m benchmarks.worst_cost --no-dev --rounds 3     # the generated large pages only

``benchmarks/worker_cost.py`` prints the mean per stage; a crawl of unseen sites is slowed by
the pages far above it. This script times each component of ``analyze_page`` (the functions in
``COMPONENTS``, wrapped for the run; a component's time includes what it calls, so the times of
nested components overlap) on every page, and prints per component the median, p90, p99 and
maximum CPU milliseconds per page:

1. over the dev sets' real pages in ../shared (realpages, metadev, seeds), as ``worker_cost
   --dev`` reads them; a page is named beside its maximum only if it is of half A (B is held
   out);
2. over generated large pages (built here, never stored): a big script state, thousands of
   links, a very long article, deeply nested markup, thousands of reader comments and a live
   blog whose entries the parser nests in each other (left open), each at
   every ``--scales`` factor of its size. For each component, the milliseconds at each size and
   the growth exponent between the smallest and the largest (1.0: linear in the page's size,
   2.0: quadratic); only components over ``--floor`` ms at the largest size are printed.

Each page's time per component is the median of ``--rounds`` rounds (the first round also
fills lazily built caches). CPU is process time.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial, wraps
from typing import Any

from pipelines.extract.worker import PageJob, analyze_page, warm_up
from tests.support.sitegen_text import body_blocks, headline, person

# (label, module, attribute): the function is wrapped where its caller looks it up.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("parse", "pipelines.extract.worker", "read_page"),
    ("facts", "pipelines.extract.worker", "gather"),
    ("listing", "pipelines.extract.worker", "listing_reason"),
    ("article_text", "pipelines.extract.worker", "article_text"),
    ("text/extract", "pipelines.text.article", "extract_article"),
    ("text/extract/meta", "pipelines.text.extraction", "page_metadata"),
    ("text/consensus", "pipelines.text.consensus", "second_opinion"),
    ("text/consensus/insert", "pipelines.text.consensus", "insertions"),
    ("text/uncertain", "pipelines.text.consensus", "uncertain"),
    ("text/navigation", "pipelines.text.article", "holds_navigation"),
    ("text/restore", "pipelines.text.article", "_restore"),
    ("text/signals", "pipelines.text.article", "read_signals"),
    ("text/jsonld", "pipelines.text.article", "declared_body"),
    ("text/block_elements", "pipelines.text.templates", "block_elements"),
    ("text/templates", "pipelines.text.templates", "block_fingerprints"),
    ("text/liveblog", "pipelines.text.liveblog", "ticker"),
    ("text/inbody", "pipelines.text.inbody", "missing_items"),
    ("text/firstline", "pipelines.text.firstline", "missing_first_lines"),
    ("text/labels_before", "pipelines.text.article", "labels_before"),
    ("text/under_author", "pipelines.text.article", "under_author_name"),
    ("text/more_links", "pipelines.text.article", "before_more_links"),
    ("text/card_blurbs", "pipelines.text.teasercards", "card_blurbs"),
    ("text/pictures", "pipelines.text.article", "beside_pictures"),
    ("text/furniture", "pipelines.text.labelled", "furniture_blocks"),
    ("text/tag_lines", "pipelines.text.labelled", "tag_lines"),
    ("text/structure_reasons", "pipelines.text.article", "structure_reasons"),
    ("text/after_body", "pipelines.text.bodyend", "after_body"),
    ("text/cleaning", "pipelines.text.article", "line_reasons"),
    ("text/lead", "pipelines.text.article", "_lead"),
    ("text/paywall", "pipelines.text.article", "paywall_status"),
    ("metadata", "pipelines.text.article", "resolve_metadata"),
    ("meta/story_facts", "pipelines.text.metadata", "story_facts"),
    ("meta/title", "pipelines.text.metadata", "choose_title"),
    ("meta/headline", "pipelines.text.metadata", "headline_element"),
    ("meta/heading", "pipelines.text.metadata", "heading_of_title"),
    ("meta/dates", "pipelines.text.metadata", "resolve_dates"),
    ("meta/authors", "pipelines.text.metadata", "_resolve_authors"),
    ("meta/scriptdata", "pipelines.text.metadata", "script_story"),
    ("meta/shown_title", "pipelines.text.metadata", "shown_title"),
    ("line_keys", "pipelines.extract.worker", "candidate_keys"),
    ("language", "pipelines.text.language", "detect_language"),
    ("fingerprint", "pipelines.extract.worker", "minhash_signature"),
    ("compress", "pipelines.extract.worker", "pack_page"),
)


@contextmanager
def timed_components(spent: dict[str, float]) -> Iterator[None]:
    """Wraps every function of ``COMPONENTS``; each call adds its CPU seconds to ``spent``."""
    saved: list[tuple[Any, str, Callable[..., Any]]] = []

    def wrap(label: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - t0

        return timed

    try:
        for label, module_name, attribute in COMPONENTS:
            module = importlib.import_module(module_name)
            func = getattr(module, attribute)
            saved.append((module, attribute, func))
            setattr(module, attribute, wrap(label, func))
        yield
    finally:
        for module, attribute, func in reversed(saved):
            setattr(module, attribute, func)


def page_costs(jobs: list[PageJob], rounds: int) -> list[dict[str, float]]:
    """Per page, CPU milliseconds per component and in all, the median of ``rounds`` rounds."""
    per_round: list[list[dict[str, float]]] = []
    for _ in range(rounds):
        costs = []
        for job in jobs:
            spent: dict[str, float] = defaultdict(float)
            with timed_components(spent):
                t0 = time.process_time()
                analyze_page(job)
                spent["total"] = time.process_time() - t0
            costs.append(spent)
        per_round.append(costs)
    medians = []
    for i in range(len(jobs)):
        keys = {key for costs in per_round for key in costs[i]}
        medians.append(
            {key: statistics.median(c[i].get(key, 0.0) for c in per_round) * 1000 for key in keys}
        )
    return medians


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of ``values`` (sorted), ``share`` in 0..1."""
    if not values:
        return 0.0
    return values[min(len(values) - 1, max(0, math.ceil(share * len(values)) - 1))]


def _labels() -> list[str]:
    return ["total", *(label for label, _, _ in COMPONENTS)]


def print_percentiles(title: str, names: list[str], costs: list[dict[str, float]]) -> None:
    print(f"== {title}: {len(costs)} pages, CPU ms per page (median of the rounds per page) ==")
    print(f"  {'component':<24}{'median':>8}{'p90':>8}{'p99':>8}{'max':>9}  page of the max")
    for label in _labels():
        values = sorted(c.get(label, 0.0) for c in costs)
        worst = max(range(len(costs)), key=lambda i: costs[i].get(label, 0.0))
        print(
            f"  {label:<24}{percentile(values, 0.5):8.2f}{percentile(values, 0.9):8.2f}"
            f"{percentile(values, 0.99):8.2f}{values[-1]:9.2f}  {names[worst]}"
        )


def dev_pages(seed: int) -> tuple[list[str], list[PageJob]]:
    """The dev sets' pages, named for the report (half B's only by set and half)."""
    from benchmarks.worker_cost import dev_jobs

    names, jobs = [], []
    for kind, half, job in dev_jobs(0, seed):
        names.append(f"{kind}/{half} {job.url}" if half in ("A", "S") else f"{kind}/{half}")
        jobs.append(job)
    return names, jobs


# --- generated large pages -------------------------------------------------------------------

_BASE = "https://news.example.org"


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        out.extend(b.text for b in body_blocks("en", "local", rng) if b.kind == "p")
    return out[:count]


def _page(
    rng: random.Random,
    title: str,
    path: str,
    body: str = "",
    *,
    declared: bool = True,
    head: str = "",
    before: str = "",
    after: str = "",
    wrap: tuple[str, str] = ("", ""),
) -> tuple[str, str]:
    """(url, html) of an article page at ``path`` (under the day's news where it has no
    slash): head, header, the article (``body``, else 12 paragraphs), footer."""
    if "/" not in path:
        path = f"/news/2026/03/02/{path}"
    body = body or _story_body(rng, 12)
    url = f"{_BASE}{path}"
    author = person(rng)
    # Without declared metadata, the resolver asks the script data for the date and authors.
    published = "<meta property='article:published_time' content='2026-03-02T09:30:00+01:00'>"
    byline = (
        f"<p class='byline'>By <a href='/authors/{author.lower().replace(' ', '-')}/'>{author}"
        "</a></p><time datetime='2026-03-02T09:30:00+01:00'>2 March 2026, 09:30</time>"
    )
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | The Harbour Ledger</title>"
        f"<meta property='og:title' content='{title}'>{published if declared else ''}"
        f"<link rel='canonical' href='{url}'>{head}</head><body>"
        "<header><a href='/'>The Harbour Ledger</a><nav>"
        + "".join(f"<a href='/{s}/'>{s.title()}</a>" for s in ("news", "sport", "culture"))
        + f"</nav></header>{before}{wrap[0]}<main><article><h1>{title}</h1>"
        f"{byline if declared else ''}{body}</article></main>{wrap[1]}{after}"
        "<footer><p>© 2026 The Harbour Ledger</p></footer></body></html>"
    )
    return url, html


def _story_body(rng: random.Random, paragraphs: int) -> str:
    return "".join(f"<p>{text}</p>" for text in _paragraphs(rng, paragraphs))


def script_state_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """A framework's state of ~``scale`` × 100 KB: the story's record among hundreds of teasers
    whose headlines share the story's words, as a JSON block and as an assignment."""
    title = headline("en", "local", rng)
    path = "/news/2026/03/02/" + "-".join(title.lower().split()[:6])
    word = max(title.split(), key=len)
    teasers = [
        {
            "id": i,
            "title": f"{word} {headline('en', 'local', rng)}",
            "url": f"/news/2026/03/01/story-{i}",
            "publishedAt": "2026-03-01T08:00:00+01:00",
            "authors": [{"name": person(rng), "slug": f"author-{i}"}],
            "image": {"src": f"/img/{i}.jpg", "alt": word, "sizes": [320, 640, 1280]},
            "summary": _paragraphs(rng, 1)[0],
        }
        for i in range(scale * 150)
    ]
    record = {
        "title": title,
        "url": path,
        "publishedAt": "2026-03-02T09:30:00+01:00",
        "authors": [{"name": person(rng)}],
        "body": [{"type": "p", "text": text} for text in _paragraphs(rng, 12)],
    }
    state = {"props": {"pageProps": {"article": record, "related": teasers[: len(teasers) // 2]}}}
    store = {"feed": {"items": teasers[len(teasers) // 2 :], "story": record}}
    head = (
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
        f"<script>window.__INITIAL_STATE__ = {json.dumps(store)};</script>"
    )
    return _page(rng, title, path, head=head, declared=False)


def links_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """A mega-menu and a footer of ``scale`` × 1,000 links, and a list of linked teasers."""
    title = headline("en", "local", rng)
    menu = "".join(
        f"<li><a href='/topic/{i}/'>Topic {i} {rng.choice(('news', 'sport', 'arts'))}</a></li>"
        for i in range(scale * 800)
    )
    teasers = "".join(
        f"<li><a href='/news/2026/03/01/story-{i}'>{headline('en', 'local', rng)}</a></li>"
        for i in range(scale * 200)
    )
    before, after = f"<nav class='mega'><ul>{menu}</ul></nav>", f"<ul>{teasers}</ul>"
    return _page(rng, title, "links", before=before, after=f"<aside>{after}</aside>")


def long_article_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """An article of ``scale`` × 150 paragraphs with a subheading every 10."""
    title = headline("en", "local", rng)
    parts = []
    for i, text in enumerate(_paragraphs(rng, scale * 150)):
        if i and i % 10 == 0:
            parts.append(f"<h2>Part {i // 10}</h2>")
        parts.append(f"<p>{text}</p>")
    return _page(rng, title, "long-read", "".join(parts))


def nested_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """The article under ``scale`` × 60 nested boxes, each with a small sibling of its own."""
    title = headline("en", "local", rng)
    depth = scale * 60
    opening = "".join(
        f"<div class='box-{i}'><span class='tag'>{i}</span><a href='/x/{i}'>x</a>"
        for i in range(depth)
    )
    return _page(rng, title, "nested", wrap=(opening, "</div>" * depth))


def _repeated(rng: random.Random, count: int, item: Callable[[int, str], str]) -> str:
    """``count`` items, the i-th ``item(i, text)`` with one of 40 paragraphs in turn."""
    texts = _paragraphs(rng, 40)
    return "".join(item(i, texts[i % len(texts)]) for i in range(count))


def _comment(rng: random.Random, i: int, text: str) -> str:
    return (
        f"<li class='comment'><b>{person(rng)}</b> <time>2 March 2026, 10:{i % 60:02d}</time>"
        f"<p>{text[:160]}</p></li>"
    )


def comments_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """An article followed by ``scale`` × 250 reader comments (a name, a time, a short text)."""
    title = headline("en", "local", rng)
    comments = f"<ol>{_repeated(rng, scale * 250, partial(_comment, rng))}</ol>"
    return _page(rng, title, "comments", after=f"<section id='comments'>{comments}</section>")


def _open_entry(i: int, text: str) -> str:
    hour, minute = 8 + i // 60 % 12, i % 60
    stamp = f"2026-03-02T{hour:02d}:{minute:02d}:00+01:00"
    return f"<div class='entry'><time datetime='{stamp}'>{hour}:{minute:02d}</time><p>{text}</p>"


def open_entries_page(scale: int, rng: random.Random) -> tuple[str, str]:
    """A live blog of ``scale`` × 100 entries, each left open (no closing tag): the parser
    nests every entry in the one before, so the last ones sit hundreds of levels deep."""
    title = headline("en", "local", rng)
    return _page(rng, title, "live", _repeated(rng, scale * 100, _open_entry), declared=False)


GENERATORS: dict[str, Callable[[int, random.Random], tuple[str, str]]] = {
    "script_state": script_state_page,
    "links": links_page,
    "long_article": long_article_page,
    "nested": nested_page,
    "comments": comments_page,
    "open_entries": open_entries_page,
}


def generated_jobs(kind: str, scales: list[int], seed: int) -> list[PageJob]:
    jobs = []
    for scale in scales:
        url, html = GENERATORS[kind](scale, random.Random(seed))
        jobs.append(PageJob(url, html, fetched_at="2026-03-03T00:00:00Z", keep_html=True))
    return jobs


def print_growth(
    kind: str, jobs: list[PageJob], costs: list[dict[str, float]], floor: float
) -> None:
    sizes = [len(job.html) for job in jobs]
    head = "".join(f"{size / 1000:>9.0f}K" for size in sizes)
    print(f"== {kind}: CPU ms per page by page size (characters) ==")
    print(f"  {'component':<24}{head}  growth")
    ratio = math.log(sizes[-1] / sizes[0]) if len(sizes) > 1 else 0.0
    for label in _labels():
        values = [c.get(label, 0.0) for c in costs]
        if values[-1] < floor and label != "total":
            continue
        growth = ""
        if ratio and values[0] > 0.05:
            growth = f"{math.log(values[-1] / values[0]) / ratio:6.2f}" if values[-1] else ""
        print(f"  {label:<24}" + "".join(f"{v:10.2f}" for v in values) + f"  {growth}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scales", default="1,4,16", help="size factors of the generated pages")
    parser.add_argument("--kinds", default=",".join(GENERATORS), help="generated kinds to run")
    parser.add_argument("--floor", type=float, default=1.0, help="ms: smaller rows not printed")
    parser.add_argument("--no-dev", action="store_true", help="only the generated pages")
    args = parser.parse_args(argv)
    warm_up()
    if not args.no_dev:
        names, jobs = dev_pages(args.seed)
        print_percentiles("dev pages", names, page_costs(jobs, args.rounds))
    scales = [int(s) for s in args.scales.split(",") if s]
    for kind in [k for k in args.kinds.split(",") if k]:
        jobs = generated_jobs(kind, scales, args.seed)
        print_growth(kind, jobs, page_costs(jobs, args.rounds), args.floor)


if __name__ == "__main__":
    main()
