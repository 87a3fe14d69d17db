"""benchmarks/worst_cost.py: its generated large pages and its percentiles."""

from __future__ import annotations

import random

import pytest

from benchmarks import worst_cost
from pipelines.text.extraction import parse_html


@pytest.mark.parametrize("kind", sorted(worst_cost.GENERATORS))
def test_generated_pages_grow_with_their_scale(kind: str) -> None:
    make = worst_cost.GENERATORS[kind]
    small, large = make(1, random.Random(0)), make(2, random.Random(0))
    assert small == make(1, random.Random(0))  # the same page for the same seed
    assert len(large[1]) > 1.5 * len(small[1])
    assert parse_html(small[1]) is not None


def test_percentile_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert worst_cost.percentile(values, 0.5) == 50.0
    assert worst_cost.percentile(values, 0.99) == 99.0
    assert worst_cost.percentile(values, 1.0) == 100.0
    assert worst_cost.percentile([], 0.9) == 0.0
