"""Pure parsers that turn fetched feed and sitemap bodies into article links with hints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Link:
    """An article URL found in a feed or sitemap, with what the listing said about it."""

    url: str
    hints: dict[str, Any] = field(default_factory=dict)
