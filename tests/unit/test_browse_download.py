"""The browse download: every row a table page selects, as ``scrapy export`` writes it."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from crawler.browse.download import DownloadError, table_filter
from crawler.browse.query import search_expression
from crawler.browse.server import make_datasette
from crawler.exports.archive import ArchiveFilter, export_archive
from crawler.storage.database import open_database, write_transaction
from tests.unit.components import run

ROWS = 2_500  # more than Datasette's 1,000-row pages
HOSTILE = 'Er sagte: "Nein,\nniemals" \u2028 und ging.\r\nשלום עולם 🎉 ' + "x" * 40_000


def _store(tmp_path: Path) -> Path:
    """A store of ROWS articles of two sources, most sharing one publication moment (a run of
    equal sort values across every page end), with multi-line and hostile texts."""
    path = tmp_path / "news.db"
    db = open_database(path)
    rows = []
    for n in range(ROWS):
        rows.append(
            {
                "url": f"https://a.example/{n:05d}",
                "source": "alpha" if n % 5 else "beta",
                "title": f'Titel "{n}", zwei\nZeilen',
                "authors": json.dumps(["Erika Muster", "Max, Jr."]),
                "published": "2026-03-01T07:00:00+00:00" if n % 7 else None,
                "fetched_at": "2026-03-02T09:00:00+00:00",
                "language": "de",
                "text": HOSTILE if n % 100 == 1 else f"Absatz eins {n}.\nAbsatz zwei Wahl.",
                "tags": "[]",
            }
        )
    with write_transaction(db):
        db.table("articles").insert_all(rows)
    db.close()
    return path


def _get(path: Path, address: str) -> tuple[int, str, str]:
    datasette = make_datasette(path)

    async def fetch() -> tuple[int, str, str]:
        response = await datasette.client.get(address)
        return response.status_code, response.headers.get("content-type", ""), response.text

    return run(fetch())


def _export(path: Path, name: str, where: ArchiveFilter) -> str:
    db = open_database(path)
    try:
        export_archive(db, path.parent / name, where)
    finally:
        db.close()
    return (path.parent / name).read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("/news/articles.csv?source=alpha&_sort_desc=published&_size=max&_stream=on", "a.csv"),
        ("/news/articles.csv?source=alpha&_size=max", "a.csv"),
        ("/-/download.csv?source=alpha", "a.csv"),
        ("/-/download.jsonl?source=alpha&_sort=title", "a.jsonl"),
        # The page's "more facets" and "descending" forms carry these on to its CSV link.
        ("/news/articles.csv?source=alpha&_facet_size=max&_sort_by_desc=on&_ttl=0", "a.csv"),
    ],
)
def test_the_tables_download_is_every_row_as_scrapy_export_writes_it(
    tmp_path: Path, address: str, name: str
) -> None:
    path = _store(tmp_path)
    status, media_type, body = _get(path, address)
    assert status == 200, body[:300]
    assert media_type.startswith("text/csv" if name.endswith(".csv") else "application/x-ndjson")
    assert body == _export(path, name, ArchiveFilter(sources=("alpha",)))
    if name.endswith(".csv"):
        records = list(csv.DictReader(io.StringIO(body, newline="")))
    else:
        records = [json.loads(line) for line in body.splitlines()]
    assert len(records) == ROWS * 4 // 5 == len({r["url"] for r in records})
    hostile = [r for r in records if r["url"] == "https://a.example/00101"]
    assert hostile[0]["text"] == HOSTILE
    assert hostile[0]["title"] == 'Titel "101", zwei\nZeilen'
    authors = hostile[0]["authors"]
    assert (json.loads(authors) if name.endswith(".csv") else authors) == [
        "Erika Muster",
        "Max, Jr.",
    ]


def test_a_searched_download_holds_every_row_the_search_finds(tmp_path: Path) -> None:
    path = _store(tmp_path)
    status, _, body = _get(path, "/-/download.csv?_search=Wahl&source=alpha")
    assert status == 200
    where = ArchiveFilter(sources=("alpha",), match=search_expression("Wahl"))
    assert body == _export(path, "found.csv", where)  # scrapy export --search Wahl
    urls = [r["url"] for r in csv.DictReader(io.StringIO(body, newline=""))]
    expected = [f"https://a.example/{n:05d}" for n in range(ROWS) if n % 5 and n % 100 != 1]
    assert urls == expected  # rowid order, no row twice or left out


def test_a_moment_filter_typed_with_an_offset_selects_as_the_page_does(tmp_path: Path) -> None:
    path = _store(tmp_path)
    status, _, body = _get(path, "/-/download.csv?published__gte=2026-03-01T08:00%2B02:00")
    assert status == 200
    assert len(list(csv.DictReader(io.StringIO(body, newline="")))) == ROWS - (ROWS + 6) // 7


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("/-/download.csv?_where=source%3D%27alpha%27", "_where"),
        ("/-/download.csv?nosuch=1", "no column 'nosuch'"),
        ("/-/download.jsonl?source__nosuch=1", "no filter 'nosuch'"),
        ("/-/download.csv?_search=%22a&_searchmode=raw", "unterminated string"),
    ],
)
def test_rows_the_download_cannot_select_are_a_400_that_says_why(
    tmp_path: Path, address: str, said: str
) -> None:
    status, _, body = _get(_store(tmp_path), address)
    assert status == 400 and said in body


def test_the_filter_keeps_datasettes_filters_and_ignores_how_the_page_looks() -> None:
    columns = {"source", "title", "published"}
    args = [("source", "a"), ("source", "b"), ("title__contains", "x"), ("_sort", "title")]
    where: Any = table_filter(args, columns).where()
    assert where == ('"source" = ? AND "source" = ? AND "title" like ?', ["a", "b", "%x%"])
    assert table_filter([("_next", "abc"), ("title", "")], columns).where() == ("1 = 1", [])
    with pytest.raises(DownloadError):
        table_filter([("_through", "{}")], columns)


def _changed(tmp_path: Path, *updates: str) -> Path:
    """The store of ``_store`` with the SQL ``updates`` applied."""
    path = _store(tmp_path)
    db = open_database(path)
    with write_transaction(db):
        for update in updates:
            db.execute(update)
    db.close()
    return path


def _with_copies(tmp_path: Path) -> Path:
    """The store of ``_store`` with every third article a copy of the first."""
    return _changed(
        tmp_path,
        "UPDATE articles SET duplicate_of = 'https://a.example/00000', similarity = 0.9 "
        "WHERE rowid % 3 = 0",
    )


def _the_export(path: Path, address: str, where: ArchiveFilter) -> list[dict[str, str]]:
    """The CSV rows downloaded from ``address``, checked to be the file ``scrapy export``
    writes with ``where``."""
    status, media_type, body = _get(path, address)
    assert status == 200 and media_type.startswith("text/csv"), body[:300]
    assert body == _export(path, "out.csv", where)
    return list(csv.DictReader(io.StringIO(body, newline="")))


@pytest.mark.parametrize(
    "address",
    [
        "/news/unique_articles.csv?source=alpha",
        "/news/unique_articles.csv?source=alpha&_size=max&_stream=on",
        "/-/download.csv?source=alpha&duplicate_of__isnull=1",
        "/news/articles.csv?duplicate_of__isnull=1&source=alpha",
    ],
)
def test_the_unique_views_download_is_every_original_as_export_unique_writes_it(
    tmp_path: Path, address: str
) -> None:
    records = _the_export(_with_copies(tmp_path), address, ArchiveFilter(("alpha",), unique=True))
    expected = [n for n in range(ROWS) if n % 5 and (n + 1) % 3]
    assert len(records) == len(expected) > 1_000
    assert not any(r["duplicate_of"] for r in records)


def _with_regions(tmp_path: Path) -> Path:
    """The store of ``_store`` with some articles in Austrian German and some in English."""
    return _changed(
        tmp_path,
        "UPDATE articles SET language = 'de-at' WHERE rowid % 4 = 0",
        "UPDATE articles SET language = 'en' WHERE rowid % 4 = 1",
    )


@pytest.mark.parametrize(
    "address",
    [
        "/news/articles.csv?language=de",
        "/news/articles.csv?language=DE&_sort=title",
        "/-/download.csv?language=de",
    ],
)
def test_a_language_filtered_download_is_the_export_with_language(
    tmp_path: Path, address: str
) -> None:
    records = _the_export(_with_regions(tmp_path), address, ArchiveFilter(languages=("de",)))
    languages = Counter(r["language"] for r in records)
    assert languages == {"de": ROWS // 2, "de-at": ROWS // 4}


def test_the_pages_language_filter_takes_regional_forms_as_the_export_does(
    tmp_path: Path,
) -> None:
    path = _with_regions(tmp_path)
    for address, count in [
        ("/news/articles.json?language=de&_size=1", ROWS * 3 // 4),
        ("/news/articles.json?language=de-at&_size=1", ROWS // 4),
        ("/news/unique_articles.json?language=en&_size=1", ROWS // 4),
    ]:
        status, _, body = _get(path, address)
        assert status == 200, body[:300]
        assert json.loads(body)["filtered_table_rows_count"] == count, address
    status, _, body = _get(path, "/news/articles?language=german")
    assert status == 400 and "is not a language code" in body
    status, _, body = _get(path, "/-/download.csv?language=german")
    assert status == 400 and "is not a language code" in body
