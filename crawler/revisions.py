"""What changed between two versions of an article: pure functions, no database.

The store asks :func:`compare` whether a re-fetched article changed; the versions table
(crawler/storage/versions.py) keeps later texts as :func:`text_delta` deltas against the
version before, which :func:`apply_delta` undoes; ``scrapy versions`` prints
:func:`unified_diff` between versions. Texts are compared paragraph by paragraph (one line
each, as the text pipeline writes them), then word by word inside the paragraphs that differ.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Word pairs beyond which a changed passage is compared as bags of words, not in order:
# difflib is quadratic in the worst case, and a passage of 2,000 words against 2,000 others
# already takes about a second. The bag gives an upper bound of the words kept.
MAX_WORD_PAIRS = 4_000_000

# A delta is a list of operations over the old text's lines: a positive int copies that many
# lines, a negative int skips that many, a list of strings inserts those lines.
Delta = list[int | list[str]]


@dataclass(frozen=True)
class Change:
    """How a new fetch differs from the stored version."""

    fields: tuple[str, ...]  # of title, body, date and authors, those that differ, in that order
    share: float  # share of the text's words changed, 0 (same) to 1 (nothing in common)


def _lines(text: str | None) -> list[str]:
    return (text or "").split("\n")


def _word_count(lines: Sequence[str]) -> int:
    return sum(len(line.split()) for line in lines)


def _kept_words(old: list[str], new: list[str]) -> int:
    """Words of ``old`` found, in order, in ``new`` (in any order past MAX_WORD_PAIRS)."""
    if not old or not new:
        return 0
    if len(old) * len(new) > MAX_WORD_PAIRS:
        return sum((Counter(old) & Counter(new)).values())
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def change_share(old: str | None, new: str | None) -> float:
    """The share of words changed between two texts: ``1 - 2K / (|old| + |new|)``.

    ``K`` is the number of words kept (in order); 0.0 for equal texts, 1.0 for texts with no
    word in common. Whole paragraphs are matched first, so an added paragraph costs only its
    own words and the comparison stays fast on long texts.
    """
    a, b = _lines(old), _lines(new)
    total = _word_count(a) + _word_count(b)
    if total == 0:
        return 0.0
    kept = 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept += _word_count(a[i1:i2])
        elif tag == "replace":
            kept += _kept_words(" ".join(a[i1:i2]).split(), " ".join(b[j1:j2]).split())
    return round(1.0 - 2.0 * kept / total, 4)


def _authors(value: Any) -> list[str]:
    """A stored ``authors`` value (JSON text of a list, or a list) as a list of names."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [str(value)]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def changed_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    """Which of title, body, date and authors differ between two ``articles`` rows.

    The body compares by ``content_hash`` (of the normalized text) when both rows have one,
    so a change of spacing alone is no change; the date is ``published``. Other fields (the
    description, tags, ``modified``) change too often by themselves to make a version.
    """
    changed = []
    if (old.get("title") or "").strip() != (new.get("title") or "").strip():
        changed.append("title")
    old_hash, new_hash = old.get("content_hash"), new.get("content_hash")
    if old_hash and new_hash:
        if old_hash != new_hash:
            changed.append("body")
    elif (old.get("text") or "") != (new.get("text") or ""):
        changed.append("body")
    if (old.get("published") or None) != (new.get("published") or None):
        changed.append("date")
    if _authors(old.get("authors")) != _authors(new.get("authors")):
        changed.append("authors")
    return tuple(changed)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> Change:
    """The fields that changed and the share of text changed between two rows."""
    fields = changed_fields(old, new)
    share = change_share(old.get("text"), new.get("text")) if "body" in fields else 0.0
    return Change(fields, share)


def text_delta(old: str, new: str) -> Delta:
    """A compact delta turning ``old`` into ``new`` (see :data:`Delta`); exact, any text."""
    a, b = _lines(old), _lines(new)
    delta: Delta = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            delta.append(i2 - i1)
            continue
        if i2 > i1:
            delta.append(i1 - i2)
        if j2 > j1:
            delta.append(b[j1:j2])
    return delta


def apply_delta(old: str, delta: Sequence[Any]) -> str:
    """The text :func:`text_delta` made ``delta`` for; ValueError if it does not fit ``old``."""
    a = _lines(old)
    out: list[str] = []
    at = 0
    for op in delta:
        if isinstance(op, bool):
            raise ValueError(f"bad delta operation {op!r}")
        if isinstance(op, int):
            if at + abs(op) > len(a):
                raise ValueError("delta runs past the end of the text it is applied to")
            if op > 0:
                out.extend(a[at : at + op])
            at += abs(op)
        elif isinstance(op, list) and all(isinstance(line, str) for line in op):
            out.extend(op)
        else:
            raise ValueError(f"bad delta operation {op!r}")
    if at != len(a):
        raise ValueError("delta ends before the text it is applied to")
    return "\n".join(out)


def document_lines(
    title: str | None, published: str | None, authors: Any, text: str | None
) -> list[str]:
    """A version as lines for a diff: its title, date and authors, a blank line, its text."""
    head = [f"title: {title or ''}", f"date: {published or ''}"]
    head.append(f"authors: {', '.join(_authors(authors))}")
    return [line.rstrip() for line in head] + ["", *_lines(text)]


def unified_diff(
    old_lines: Sequence[str], new_lines: Sequence[str], old_label: str, new_label: str
) -> list[str]:
    """A unified diff (one line of context) between two :func:`document_lines`."""
    return list(
        difflib.unified_diff(
            list(old_lines), list(new_lines), old_label, new_label, n=1, lineterm=""
        )
    )
