"""The text benchmark's tune set (``datesB/tune``): studied like half A, drawn from the rest of
the blind pool on hosts its held-out prefix does not share."""

import gzip
import json
from pathlib import Path

import pytest

import benchmarks.text_quality as text_quality
import tests.support.metadev as metadev
from benchmarks.text_quality import Case
from tests.support.metadev import text_half_of

# A host the text benchmark's own split puts in half B: the tune set is half A all the same.
HOST_B = next(f"h{k}.example" for k in range(100) if text_half_of(f"h{k}.example") == "B")


def test_a_tune_page_is_half_a_whatever_its_host() -> None:
    case = Case("tune", "x.html", f"https://{HOST_B}/story", "<p>x</p>")
    assert (case.half, case.set_name, case.snippets) == ("A", "datesB/tune", True)


def _label(name: str) -> dict[str, object]:
    return {"url": f"https://{HOST_B}/{name}", "lead": None, "with": ["A."], "without": ["B"]}


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A made-up ../shared with two dates/ pages and a labels folder of its own."""
    pages = tmp_path / "metadev" / "dates" / "pages"
    pages.mkdir(parents=True)
    for name in ("x.html", "y.html"):
        (pages / f"{name}.gz").write_bytes(gzip.compress(b"<p>A.</p><p>B</p>"))
    labels = tmp_path / "labels"
    labels.mkdir()
    monkeypatch.setattr(text_quality, "DATES_LABELS", labels / "dates_a_labels.json")
    pool = [{"file": "x.html"}, {"file": "y.html"}]
    monkeypatch.setattr(text_quality, "tune_pool", lambda *_: pool)
    return tmp_path


def _write(shared: Path, file: str, pages: dict[str, object]) -> None:
    body = {"note": "n", "pages": pages, "left_out": {}}
    (shared / "labels" / file).write_text(json.dumps(body))


def test_every_tune_labels_file_adds_its_pages(shared: Path) -> None:
    _write(shared, "dates_b_tune_1.json", {"x.html": _label("x")})
    _write(shared, "dates_b_tune_2.json", {"y.html": _label("y")})
    cases = text_quality.load_dates_tune(shared)
    assert [(c.kind, c.name, c.set_name) for c in cases] == [
        ("tune", "x.html", "datesB/tune"),
        ("tune", "y.html", "datesB/tune"),
    ]


def test_a_page_labelled_in_two_files_is_refused(shared: Path) -> None:
    _write(shared, "dates_b_tune_1.json", {"x.html": _label("x")})
    _write(shared, "dates_b_tune_2.json", {"x.html": _label("x")})
    with pytest.raises(ValueError, match=r"labelled twice in the tune pool: x\.html"):
        text_quality.load_dates_tune(shared)


def test_a_tune_label_outside_the_pool_is_refused(shared: Path) -> None:
    _write(shared, "dates_b_tune_1.json", {"z.html": _label("z")})
    with pytest.raises(ValueError, match=r"z\.html is not in the tune pool"):
        text_quality.load_dates_tune(shared)


def test_the_tune_pool_follows_the_held_out_prefix_and_shares_no_host_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        {"file": "a.html", "url": "https://one.example/a"},
        {"file": "b.html", "url": "https://two.example/b"},
        {"file": "c.html", "url": "https://www.one.example/c"},  # the prefix's host
        {"file": "d.html", "url": "https://three.example/d"},
    ]
    monkeypatch.setattr(metadev, "blind_pool", lambda *_: rows)
    monkeypatch.setattr(metadev, "BLIND_PREFIX", 2)
    assert [row["file"] for row in metadev.tune_pool()] == ["d.html"]


def test_blind_labels_beyond_the_prefix_are_refused(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blind label past the prefix would count a tune page as held out."""
    blind = shared / "blind.json"
    blind.write_text(json.dumps({"note": "n", "pages": {"y.html": _label("y")}, "left_out": {}}))
    monkeypatch.setattr(text_quality, "BLIND_LABELS", blind)
    monkeypatch.setattr(text_quality, "BLIND_PREFIX", 1)
    monkeypatch.setattr(
        text_quality, "blind_pool", lambda *_: [{"file": "x.html"}, {"file": "y.html"}]
    )
    with pytest.raises(ValueError, match=r"y\.html is not in the blind pool"):
        text_quality.load_dates_blind(shared)


def test_verbose_lists_the_tune_sets_misses_and_not_the_blind_sets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """-v is how a rule is studied on the tune set: its misses are listed, the blind set's not."""
    tune = Case("tune", "t.html", f"https://{HOST_B}/t", "", keep=["kept line"], drop=["a tag row"])
    blind = Case("blind", "b.html", f"https://{HOST_B}/b", "", keep=["held-out line"])
    figures: dict[str, text_quality.Figures] = {}
    for case in (tune, blind):
        figures.setdefault(case.set_name, text_quality.Figures()).add(case, "a tag row", {})
    text_quality.print_misses({"new": figures}, verbose=1)
    out = capsys.readouterr().out
    assert "LOST   t.html: 'kept line'" in out
    assert "LEAKED t.html: 'a tag row'" in out
    assert "b.html" not in out


def test_the_metadata_benchmark_counts_tune_hosts_in_half_a() -> None:
    host_b = next(f"m{k}.example" for k in range(100) if metadev.half_of(f"m{k}.example") == "B")
    host_a = next(f"m{k}.example" for k in range(100) if metadev.half_of(f"m{k}.example") == "A")
    tune = frozenset({host_b})
    assert metadev.metadata_half_of(host_b, tune) == "A"
    assert metadev.metadata_half_of(host_b, frozenset()) == "B"
    assert metadev.metadata_half_of(host_a, tune) == "A"


def test_the_metadata_tune_hosts_are_the_tune_pools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = [{"url": "https://www.a.example/1"}, {"url": "https://b.example/2"}]
    monkeypatch.setattr(metadev, "tune_pool", lambda *_: pool)
    assert metadev.metadata_tune_hosts(tmp_path) == {"a.example", "b.example"}
