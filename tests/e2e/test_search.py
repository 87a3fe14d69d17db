"""End to end: real Japanese and Korean news pages crawled, then searched for a word inside
their text through SQL and through the browse search box."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from crawler.browse.plugin import search_expression
from crawler.browse.server import make_datasette
from tests.conftest import Crawl
from tests.support import faultserver as fs
from tests.support.corpus import SHARED
from tests.unit.components import run

# Pages of ../shared/metadev (read where they are, never copied into the repository), and
# words that stand only inside a longer run of their text or with a particle.
PAGES = {
    "jp/AsahiShimbun_2025_01_13.html.gz": ["宮崎", "津波", "地震"],
    "kr/HankookIlbo_2025_05_15.html.gz": ["이틀간", "표밭"],
}


def test_a_word_inside_crawled_cjk_pages_is_found(crawl: Crawl, tmp_path: Path) -> None:
    """Before, 宮崎 (in 宮崎県で…) and 이틀간 (in 이틀간의) found nothing: the index held
    each run between punctuation marks as one word."""
    pages = {name: SHARED / "metadev" / "pages" / name for name in PAGES}
    if not all(path.exists() for path in pages.values()):
        pytest.skip("../shared/metadev is not there")
    with fs.fault_server() as srv:
        urls = {
            name: srv.route(f"/{n}", fs.send(body=gzip.decompress(path.read_bytes())))
            for n, (name, path) in enumerate(pages.items())
        }
        result, db = crawl("news", "-a", f"url={','.join(urls.values())}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(PAGES)

    datasette = make_datasette(tmp_path / "news.db")

    async def search(words: str) -> list[str]:
        response = await datasette.client.get(
            "/news/articles.json", params={"_search": words, "_shape": "array"}
        )
        assert response.status_code == 200, response.text[:500]
        return [row["url"] for row in response.json()]

    for name, words in PAGES.items():
        for word in words:
            hits = db.execute(
                "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
                " WHERE articles_fts MATCH ?",
                [search_expression(word)],
            ).fetchall()
            assert [h[0] for h in hits] == [urls[name]], word
            assert run(search(word)) == [urls[name]], word
