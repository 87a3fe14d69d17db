"""The revisit policy: which stored articles a run fetches again to find their updates.

News articles are corrected, extended and re-headlined after publication. With
``NEWS_REVISIT_DAYS`` (or a source's ``revisit_days``) above 0, every run of a source asks
again for its articles first fetched within that many days, each at most once every
``NEWS_REVISIT_EVERY_HOURS`` (``revisit_every_hours``) and at most ``NEWS_REVISIT_MAX`` per
run, those checked longest ago first. The requests carry the validators of the stored answer
(If-None-Match / If-Modified-Since, middlewares/conditional.py), go through the same
scheduler, politeness middlewares and robots.txt as every request, and pass the incremental
skip (middlewares/incremental.py) by their ``news_revisit`` meta key.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from scrapy.settings import BaseSettings

from crawler.clock import utc_iso
from crawler.sources import Source

logger = logging.getLogger(__name__)

# Request meta key of a revisit: the canonical URL of the stored article it checks.
REVISIT_META = "news_revisit"


@dataclass(frozen=True)
class RevisitPolicy:
    days: float  # window after the first fetch; 0: no revisits
    every_hours: float  # shortest time between two checks of an article
    max_per_run: int  # revisits a run asks for at most (0: no cap)

    @classmethod
    def for_source(cls, settings: BaseSettings, source: Source | None) -> RevisitPolicy:
        """The source's own ``revisit_days`` / ``revisit_every_hours`` over the settings."""
        days = settings.getfloat("NEWS_REVISIT_DAYS")
        every = settings.getfloat("NEWS_REVISIT_EVERY_HOURS")
        if source is not None:
            if source.revisit_days is not None:
                days = source.revisit_days
            if source.revisit_every_hours is not None:
                every = source.revisit_every_hours
        return cls(days, every, settings.getint("NEWS_REVISIT_MAX"))

    @property
    def enabled(self) -> bool:
        return self.days > 0

    def window(self, now: datetime) -> tuple[str, str]:
        """(first fetched at or after, last checked at or before) for a run starting ``now``."""
        return (
            utc_iso(now - timedelta(days=self.days)),
            utc_iso(now - timedelta(hours=self.every_hours)),
        )
