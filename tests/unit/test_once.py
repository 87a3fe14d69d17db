"""A page's lazy readings: made on the first call only, and without a function wrapper per page."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.once import Once


def test_the_answer_is_read_at_the_first_call_and_kept() -> None:
    reads: list[int] = []

    def read() -> list[int]:
        reads.append(1)
        return reads

    once = Once(read)
    assert not once.done
    assert reads == []  # nothing is read before a rule asks
    assert once() is once() is reads
    assert reads == [1]
    assert once.done


def test_a_reading_that_raises_keeps_nothing_and_is_tried_again() -> None:
    tries: list[int] = []

    def read() -> str:
        tries.append(1)
        if len(tries) == 1:
            raise ValueError("unreadable")
        return "read"

    once = Once(read)
    with pytest.raises(ValueError, match="unreadable"):
        once()
    assert not once.done
    assert once() == "read"
    assert once() == "read"
    assert len(tries) == 2


def test_resolving_a_pages_metadata_wraps_no_function(monkeypatch: pytest.MonkeyPatch) -> None:
    # functools.cache of a function made for one page copied its name and documentation onto a
    # wrapper, a dozen times a page: the resolvers' lazy readings are plain Once values now.
    wrapped: list[Any] = []
    update_wrapper = functools.update_wrapper

    def counting(wrapper: Any, wrapped_function: Any, *args: Any, **kwargs: Any) -> Any:
        wrapped.append(wrapped_function)
        return update_wrapper(wrapper, wrapped_function, *args, **kwargs)

    monkeypatch.setattr(functools, "update_wrapper", counting)
    tree = parse_html(
        "<html><head><title>Storm floods the harbour</title></head><body><article>"
        "<h1>Storm floods the harbour</h1><p>By Jane Doe</p><p>March 5, 2024 at 9:30</p>"
        "<p>The storm flooded the harbour on Monday night and closed the coast road.</p>"
        "</article></body></html>"
    )
    assert tree is not None
    meta = resolve_metadata(tree, "https://news.example/storm", fetched_at="2024-03-06T00:00:00Z")
    assert (meta.title, meta.authors) == ("Storm floods the harbour", ["Jane Doe"])
    assert meta.published is not None and meta.published.startswith("2024-03-05")
    assert wrapped == []
