"""The text benchmark's blind set (``datesB/blind``): held out whole, and only pages of its pool."""

import gzip
import json
from pathlib import Path

import pytest

import benchmarks.text_quality as text_quality
from benchmarks.text_quality import Case
from tests.support.metadev import text_half_of

# A host the text benchmark's own split puts in half A.
HOST_A = next(f"h{k}.example" for k in range(100) if text_half_of(f"h{k}.example") == "A")


def test_a_blind_page_is_half_b_whatever_its_host() -> None:
    blind = Case("blind", "x.html", f"https://{HOST_A}/story", "<p>x</p>")
    assert (blind.half, blind.set_name, blind.snippets) == ("B", "datesB/blind", True)
    # The same host's realpage follows the text split: half A, tuned on.
    real = Case("realpages", "x.html", f"https://{HOST_A}/story", "<p>x</p>")
    assert (real.half, real.set_name) == ("A", "realpages/A")


LABEL = {
    "url": f"https://{HOST_A}/story",
    "lead": "A lead.",
    "with": ["A sentence."],
    "without": ["Read also"],
}


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A made-up ../shared with one dates/ page, x.html, labelled in a made-up label file."""
    pages = tmp_path / "metadev" / "dates" / "pages"
    pages.mkdir(parents=True)
    html = "<p>A lead.</p><p>A sentence.</p><p>Read also</p>"
    (pages / "x.html.gz").write_bytes(gzip.compress(html.encode()))
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"note": "n", "pages": {"x.html": LABEL}, "left_out": {}}))
    monkeypatch.setattr(text_quality, "BLIND_LABELS", labels)
    return tmp_path


def test_blind_labels_load_as_blind_cases(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_quality, "blind_pool", lambda *_: [{"file": "x.html"}])
    (case,) = text_quality.load_dates_blind(shared)
    assert (case.kind, case.name, case.lead, case.keep, case.drop) == (
        "blind",
        "x.html",
        "A lead.",
        ["A sentence."],
        ["Read also"],
    )


def test_a_blind_label_outside_the_pool_is_refused(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_quality, "blind_pool", lambda *_: [{"file": "y.html"}])
    with pytest.raises(ValueError, match=r"x\.html is not in the blind pool"):
        text_quality.load_dates_blind(shared)
