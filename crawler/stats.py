"""Scrapy's in-memory stats collector without its per-access wrapper.

Scrapy 2.19's ``StatsCollector.__getattribute__`` runs on every attribute read of the
collector, its own ``self._stats`` included: it first looks for a cached wrapper (an
AttributeError raised and caught for every name that has none), and wraps the counting
methods to warn about a ``spider`` argument. A crawl counts tens of stats per article (Scrapy's
downloader and scraper, our middlewares and pipelines), so that wrapper was about 4 % of the
crawl process's reactor time (py-spy, benchmarks/throughput.py). This collector reads its
attributes directly; the methods, their signatures and the stats are Scrapy's.
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class DirectStatsCollector(MemoryStatsCollector):
    """``MemoryStatsCollector`` whose attributes are plain attribute reads.

    The one thing given up is Scrapy's deprecation warning for callers that still pass
    ``spider=`` to the counting methods; such calls keep working as before.
    """

    __getattribute__ = object.__getattribute__
