"""What crosses the process boundary to an extraction worker: the page, the result, a failure.

The crawl process pickles a ``PageJob`` for each page and unpickles a ``PageResult`` (or a
``WorkerError``); pickle finds each by its module, so both processes import this module, which
imports nothing of the text stack. The worker's side of the pipe, and the calls that cross it,
are pipelines/extract/workerloop.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageJob:
    """One page for a worker.

    ``utf8``, when given, is the page's bytes of which ``html`` is the exact UTF-8 decoding: the
    pickle carries them instead of ``html`` and the worker decodes them, so the crawl process
    neither encodes the page anew nor keeps a second copy in the pipe's buffer. The worker
    keeps them beside the text: the parse and the stored copy take the page as UTF-8, which
    would otherwise be encoded again, twice.
    """

    url: str
    html: str
    hints: dict[str, Any] = field(default_factory=dict)  # title/published/author of the listing
    fetched_at: str | None = None  # bounds plausible dates; now when not given
    min_text_chars: int = 250
    strip_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = frozenset()
    keep_html: bool = False
    # pipelines.text.language.DEFAULT_MAX_CHARS, written out: importing that module here would
    # load langdetect into the crawl process, which never detects a language (about 6 ms of CPU
    # at every start). tests/unit/test_extract_jobs.py holds the two equal.
    language_chars: int = 500
    consensus: bool = True
    fast: bool = True
    explain: bool = False
    utf8: bytes | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if self.utf8 is not None:
            state["html"] = ""
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        utf8 = state.get("utf8")
        if utf8 is not None:
            state = {**state, "html": utf8.decode("utf-8")}
        self.__dict__.update(state)


@dataclass
class PageResult:
    """Article fields, or ``drop`` naming why the page holds no article.

    ``counts`` are stat increments (``clean/<family>``, ``meta/<field>_conflict``, ``_weak``,
    ``language/<reason>``) for the crawl's stats; ``line_keys`` are the candidate lines of the
    uncleaned text and the page's block fingerprints, for learned boilerplate and templates;
    ``seconds`` is the time spent per stage, so a crawl's stats show where worker time goes;
    ``decisions`` (with ``explain``) are (stage, reason, kept, block) for every text block.
    """

    drop: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    line_keys: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    decisions: list[tuple[str, str, bool, str]] = field(default_factory=list)


class WorkerError(Exception):
    """``analyze`` raised in the worker: the exception's type name and its traceback, as text.

    The exception itself may not pickle; its text always does.
    """

    def __init__(self, name: str, trace: str) -> None:
        super().__init__(name, trace)
        self.name = name
        self.trace = trace
