"""Newsloom's Datasette plugin: a readable article page, the charts page, title links, search.

Registered by ``crawler/browse/server.py`` on the Datasette it starts; Datasette calls these
hooks with the arguments their names ask for.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.handle_exception import handle_exception as datasette_error_page
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from .charts import DayCount, RunMark, articles_per_day_svg, run_health_svg
from .dates import utc_query_string
from .download import DOWNLOAD_VIEW, download_scope, download_view
from .languages import LANGUAGE_ARG, LanguageError, language_query_string, language_where, named
from .metadata import ARTICLE_VIEW, CHARTS_VIEW
from .paging import first_page_token
from .query import search_expression

RUNS_SHOWN = 500  # the newest run_sources rows on the health chart
TEXT_PREVIEW = 300  # characters of an article's text shown in a table cell
# The columns shown by their start in a table: the text and its character pairs.
PREVIEWED = frozenset({"text", "search_pairs"})


def article_link(url: str) -> str:
    return f"{ARTICLE_VIEW}?url={quote(url, safe='')}"


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None) -> Markup | None:
    """A title (in the articles table and the canned queries) links to its article page;
    a table shows the start of a text, the article page all of it."""
    if column in PREVIEWED and isinstance(value, str) and len(value) > TEXT_PREVIEW:
        return Markup(f"{escape(value[:TEXT_PREVIEW])}…")
    if column != "title" or not isinstance(value, str) or not hasattr(row, "keys"):
        return None
    # sqlite3.Row's `in` looks at values, not column names.
    if "url" not in row.keys() or table not in (None, "articles", "unique_articles"):  # noqa: SIM118
        return None
    url = row["url"]
    if not isinstance(url, str):
        return None
    return Markup(f'<a href="{escape(article_link(url))}">{escape(value)}</a>')


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Replace the ``escape_fts`` SQL function Datasette's table search calls with the
    search box's own reading (query.py); ``trylast`` runs this after Datasette's own hook,
    which registers the function under that name."""
    conn.create_function("escape_fts", 1, search_expression)


# Datasette's refusals of a sort the table cannot take: a column it lacks (a typo, an old
# bookmark, `_sort=rank` beside a search), or `_sort` and `_sort_desc` together.
BAD_SORT = ("Cannot sort table by ", "Cannot use _sort and _sort_desc")


@hookimpl(tryfirst=True)
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    """A sort the table cannot take is the reader's request gone wrong: a 400 page that says
    what to do, where Datasette raised it with its default status, 500, a server error page."""
    if not isinstance(exception, DatasetteError) or not exception.message.startswith(BAD_SORT):
        return None
    refusal = DatasetteError(
        f"{exception.message}: sort by one of the table's columns (a column's heading "
        "offers it), by one at a time.",
        title="Cannot sort this way",
        status=400,
    )
    return datasette_error_page(datasette, request, refusal)


@hookimpl
def asgi_wrapper() -> Any:
    """Date filters typed with a time zone compared as the UTC moment they name (dates.py);
    the articles table's first page in the order of the pages after it (paging.py); its
    CSV link the download of every row it selects (download.py); its ``language=`` filter
    read as the export reads ``--language`` (languages.py)."""

    def wrap(app: Any) -> Any:
        async def with_our_readings(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                query = utc_query_string(scope.get("query_string", b""))
                query = first_page_token(scope.get("path", ""), query)
                try:
                    query = language_query_string(scope.get("path", ""), query)
                except LanguageError as exc:
                    await Response.text(f"{exc}\n", status=400).asgi_send(send)
                    return
                scope = download_scope({**scope, "query_string": query})
            await app(scope, receive, send)

        return with_our_readings

    return wrap


@hookimpl
def filters_from_request(request: Any, table: str | None) -> FilterArguments | None:
    """The articles' language filter (``_language``, as languages.py passes ``language=``
    on): the language or any regional form of it, as ``scrapy export --language``."""
    if table not in ("articles", "unique_articles"):
        return None
    try:
        where = language_where(request.args.getlist(LANGUAGE_ARG))
    except LanguageError as exc:  # refused by the ASGI wrapper first; here no row is kept
        return FilterArguments(["0"], {}, [str(exc)])
    if where is None:
        return None
    clause, params, codes = where
    sql, given = named(clause, params, "newsloom_language_")
    said = " or ".join(f"{code} (or {code}-…)" if "-" not in code else code for code in codes)
    return FilterArguments([sql], given, [f"language is {said}"])


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{ARTICLE_VIEW}$", article_view),
        (rf"^{CHARTS_VIEW}$", charts_view),
        (rf"^{DOWNLOAD_VIEW}\.(?P<format>csv|jsonl)$", download_view),
    ]


def shown_date(article: dict[str, Any]) -> str | None:
    """The publication date as the article view shows it: a date of precision "day" as the
    page's day alone. Stored as midnight UTC of that day, it showed "T00:00:00+00:00", a
    time no page gave."""
    published = article.get("published")
    if not published or article.get("published_precision") != "day":
        return published
    return article.get("published_day") or published[:10]


def origins(meta_origin: str | None) -> list[tuple[str, str]]:
    """Where each of the title, authors and dates came from (``meta_origin``), as
    ``(field, origin)`` pairs; a value that is no JSON object shows nothing rather than
    failing the page."""
    try:
        parsed = json.loads(meta_origin) if meta_origin else {}
    except ValueError:
        return []
    if not isinstance(parsed, dict):
        return []
    return [(str(field), str(origin)) for field, origin in parsed.items()]


def version_line(row: dict[str, Any]) -> dict[str, Any]:
    """One stored version as the article page lists it: what changed, how much."""
    try:
        fields = json.loads(row.get("changed_fields") or "[]")
    except ValueError:
        fields = []
    changed = ", ".join(str(f) for f in fields) if isinstance(fields, list) else ""
    share = row.get("change_share")
    return {
        "version": row["version"],
        "fetched_at": row["fetched_at"],
        "changed": changed,
        "share": f"{share:.0%}" if isinstance(share, int | float) else None,
    }


async def article_view(datasette: Any, request: Any) -> Response:
    """One article as a reader sees it: title, byline, date, text, original link, copies."""
    db = datasette.get_database()
    url = request.args.get("url", "")
    found = await db.execute("select * from articles where url = ?", [url])
    row = found.first()
    if row is None:
        return Response.html(
            await datasette.render_template(
                "newsloom_article.html", {"article": None, "url": url}, request=request
            ),
            status=404,
        )
    article = dict(row)
    copies = await db.execute(
        "select url, source, title, similarity from articles where duplicate_of = ? "
        "order by source, url",
        [url],
    )
    original = None
    if article.get("duplicate_of"):
        result = await db.execute(
            "select url, source, title from articles where url = ?", [article["duplicate_of"]]
        )
        first = result.first()
        original = dict(first) if first is not None else {"url": article["duplicate_of"]}
    versions = await db.execute(
        "select version, fetched_at, changed_fields, change_share from article_versions "
        "where url = ? order by version",
        [url],
    )
    paragraphs = [p for p in (article.get("text") or "").split("\n") if p.strip()]
    context = {
        "article": article,
        "published": shown_date(article),
        "paragraphs": paragraphs,
        "copies": [dict(r) | {"link": article_link(r["url"])} for r in copies.rows],
        "original": original | {"link": article_link(original["url"])} if original else None,
        "versions": [version_line(dict(r)) for r in versions.rows],
        "origins": origins(article.get("meta_origin")),
        "database": db.name,
    }
    html = await datasette.render_template("newsloom_article.html", context, request=request)
    return Response.html(html)


async def charts_view(datasette: Any, request: Any) -> Response:
    """Articles per day per source, and each source's run health over time."""
    db = datasette.get_database()
    days = await db.execute(
        "select date(published) as day, source, count(*) as n from articles "
        "where date(published) is not null group by day, source order by day"
    )
    runs = await db.execute(
        "select * from (select rs.run_id, rs.source, "
        "coalesce(rs.started_at, r.started_at) as started_at, rs.outcome, rs.articles_new, "
        "rs.failure from run_sources rs join runs r on r.id = rs.run_id "
        f"order by rs.run_id desc limit {RUNS_SHOWN}) order by run_id"
    )
    day_counts = [DayCount(r["day"], r["source"], r["n"]) for r in days.rows]
    marks = [
        RunMark(
            r["run_id"], r["source"], r["started_at"], r["outcome"], r["articles_new"], r["failure"]
        )
        for r in runs.rows
        if r["started_at"]
    ]
    context = {
        "per_day": Markup(articles_per_day_svg(day_counts)),
        "health": Markup(run_health_svg(marks)),
        "database": db.name,
    }
    html = await datasette.render_template("newsloom_charts.html", context, request=request)
    return Response.html(html)
