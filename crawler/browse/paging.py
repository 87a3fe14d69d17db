"""The first page of the articles table in the same order as the pages after it.

Datasette (0.65) orders a sorted table's first page by the sort column alone and the pages
after it by the sort column and then the primary key, starting after the last row shown. Among
rows sharing the sort value (articles of the same day given as a date alone, of the same
minute, or with none) the first page's order is SQLite's choice, so where such a run straddles
the first page's end, paging on skipped some of its rows and repeated others; a streamed CSV,
which pages the same way, did as well (seen: 1,013 of 1,213 rows, in pages of 1,000).

A first page is asked as a page after a row that sorts before every row: for a descending
sort, after a value above any stored one (``TOP``: numbers sort below text, and the table
holds no blobs), for an ascending one after NULL, each with the empty URL before every URL.
Datasette then orders it by the sort column and the URL, as it does the next pages; its count
of rows is not changed by the token. A streamed CSV takes no token: it still pages from an
unordered start.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlencode

# The articles table, as a page, JSON or CSV.
ARTICLES = re.compile(r"^/[^/]+/articles(\.json|\.csv)?$")
# Above every text SQLite stores there (the last code point), so above every number too.
TOP = "\U0010ffff" * 4
# The tokens: after the top value (descending sorts), after NULL (Datasette's "$null",
# ascending ones), each with the empty URL, which every URL follows.
TOP_FIRST = f"{TOP},"
NULL_FIRST = "$null,"


def first_page_token(path: str, query_string: bytes) -> bytes:
    """``query_string`` with a ``_next`` token that makes Datasette order the articles
    table's first page by its sort column and then the URL, as the pages after it.

    Datasette's links and forms carry the token on (a facet, the search box, the export
    form), also where the sort turns the other way (the sort form's "descending" box): a
    token of ours is made anew for the sort asked, or dropped for a streamed CSV, which
    takes none."""
    if not ARTICLES.match(path):
        return query_string
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not (k == "_next" and v in (NULL_FIRST, TOP_FIRST))]
    args = {key for key, _ in kept}
    if not (args & {"_next", "sql", "_stream"} or {"_sort", "_sort_desc"} <= args):
        ascending = "_sort" in args and "_sort_by_desc" not in args
        kept.append(("_next", NULL_FIRST if ascending else TOP_FIRST))
    if kept == pairs:
        return query_string
    return urlencode(kept, quote_via=quote).encode("ascii")
