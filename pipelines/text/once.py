"""A reading of the page made on the first call only, and kept for the rest of the page.

The resolvers read several things of a page only when a rule asks (the text after the
headline, the days written beside it, the zone the page's data writes) and then once, however
many rules ask. ``functools.cache`` did that, but it is built for functions that live as long
as the process: wrapping a function made for one page copies its name, documentation and
attributes onto the wrapper (``functools.update_wrapper``), which costs more than most of the
readings it guards are ever asked (about 6 µs a function, 10 µs for a ``partial``, a dozen of
them a page). :class:`Once` keeps the one answer and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

_T = TypeVar("_T")


class Once(Generic[_T]):
    """``read()``'s answer, computed at the first call and returned from then on.

    As ``functools.cache`` of a function without arguments: a call that raises keeps nothing,
    so the next call tries again."""

    __slots__ = ("_answer", "_done", "_read")

    def __init__(self, read: Callable[[], _T]) -> None:
        self._read = read
        self._done = False

    def __call__(self) -> _T:
        if not self._done:
            self._answer = self._read()
            self._done = True
        return self._answer

    @property
    def done(self) -> bool:
        """Whether the answer was read: a caller that reports what the reading found reports
        only a reading some rule asked for."""
        return self._done
