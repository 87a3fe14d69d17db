"""What ``scrapy versions URL`` prints: an article's versions and the diffs between them."""

from __future__ import annotations

import contextlib
import difflib
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from crawler.plural import plural
from crawler.revisions import document_lines, unified_diff
from crawler.storage.versions import Version, resolve_url, stored_urls_under
from crawler.urls import canonicalize_url

if TYPE_CHECKING:
    from sqlite_utils import Database


def _summary(version: Version, before: Version | None) -> str:
    if before is None:
        return "first version" + (", behind a wall" if version.paywalled else "")
    if not version.changed_fields:
        # A later version the same as the one before: `scrapy reprocess` rewrote the version
        # a row holds by today's rules, which may read its page as the version before was
        # read. It was called "first version", a second v1 in the list.
        return f"same as v{before.version}" + _wall(before, version)
    changed = ", ".join(version.changed_fields)
    if "body" in version.changed_fields and version.change_share is not None:
        changed += f" ({version.change_share:.1%} of the text)"
    return f"changed: {changed}" + _wall(before, version)


def _wall(before: Version | None, version: Version) -> str:
    """What became of the subscription wall since the version before; nothing when either
    version's wall is unknown (stored before versions recorded it)."""
    if before is None or before.paywalled is None or version.paywalled is None:
        return ""
    if version.paywalled and not before.paywalled:
        return "; put behind a wall"
    if before.paywalled and not version.paywalled:
        return "; wall taken down"
    return ""


def _lines(version: Version) -> list[str]:
    return document_lines(version.title, version.published, version.authors, version.text)


def format_history(
    url: str, source: str | None, versions: Sequence[Version], checked_at: str | None
) -> list[str]:
    """The versions of one article, oldest first, then a unified diff for each change."""
    out = [
        f"{url}",
        f"source {source or '?'}, {plural(len(versions), 'version')}, "
        f"last checked {checked_at or 'never'}",
        "",
    ]
    for before, version in zip([None, *versions], versions, strict=False):
        out.append(f"v{version.version}  fetched {version.fetched_at}  {_summary(version, before)}")
        out.append(f"    {version.title or '(no title)'}")
    for old, new in itertools.pairwise(versions):
        out.append("")
        out.extend(
            unified_diff(
                _lines(old),
                _lines(new),
                f"v{old.version} {old.fetched_at}",
                f"v{new.version} {new.fetched_at}",
            )
        )
    return out


# How many of a host's stored URLs are compared with a URL that names no article.
NEAR_SCAN = 20_000


def meant_articles(db: Database, typed: str, limit: int = 3) -> list[str]:
    """The stored articles ``typed``, which names none, may have meant: the same address with
    the scheme it was typed without (``example.org/a``), with the other scheme, with or
    without ``www.``; failing those, the stored URLs of its host closest to it (up to
    ``limit``, among the first :data:`NEAR_SCAN` of each spelling of the host).

    ``scrapy versions`` said only "no stored article at …" and left the user to guess how the
    store spells the address.
    """
    text = typed.strip()
    try:
        canonical = canonicalize_url(text if "://" in text else f"http://{text}")
    except ValueError:
        return []
    parts = urlsplit(canonical)
    bare = (parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if parts.port else ""
    prefixes = [
        f"{scheme}://{host}{port}" for scheme in ("https", "http") for host in (bare, f"www.{bare}")
    ]
    found: list[str] = []
    for prefix in prefixes:
        with contextlib.suppress(ValueError):
            url = resolve_url(db, canonicalize_url(prefix + urlunsplit(("", "", *parts[2:]))))
            if url is not None and url not in found:
                found.append(url)
    if found:
        return found[:limit]
    stored: dict[str, str] = {}
    for prefix in prefixes:
        for url in stored_urls_under(db, prefix, NEAR_SCAN):
            stored.setdefault(urlunsplit(("", "", *urlsplit(url)[2:])), url)
    wanted = urlunsplit(("", "", *parts[2:]))
    return [stored[near] for near in difflib.get_close_matches(wanted, stored, n=limit)]
