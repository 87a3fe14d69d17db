"""benchmarks/warc_ingest.py: the crawl's item pipelines it measures the limit with."""

from __future__ import annotations

from pathlib import Path

from benchmarks import warc_ingest


def test_the_pipelines_store_every_article_of_the_archive(tmp_path: Path) -> None:
    """The store's ``open_spider`` is a coroutine: called and not awaited, its indexes were
    never bound, every batch failed (AssertionError) and the fake crawler's stand-in for the
    pending tracker raised AttributeError: the benchmark ended in a traceback."""
    warc, pages = warc_ingest.build_warc(tmp_path, 3)
    paid = warc_ingest.pipeline_cost(warc_ingest.read_articles(warc), tmp_path)
    assert paid.stored == len(pages) == 3
    assert paid.analyze > 0 and paid.store > 0
