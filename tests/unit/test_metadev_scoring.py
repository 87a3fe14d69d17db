"""The dev set's comparison rules (tests/support/metadev.py) that the metadata benchmark reports."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import pytest

from benchmarks.metadata_quality import TUNE_FIELD, _refusals, score
from pipelines.text.page import flat
from tests.support.metadev import (
    DEFAULT_DATA,
    REALPAGE_LABELS,
    TUNE_AUTHOR_LABELS,
    Case,
    Found,
    blind_pool,
    fresh_half_of,
    fresh_pool,
    half_of,
    judge_authors,
    judge_issue_authors,
    judge_labelled_authors,
    judge_labelled_day,
    judge_labelled_time,
    load_author_labels,
    load_published_labels,
    load_time_labels,
    text_half_of,
    tune_pool,
)


def found(*names: str) -> Found:
    return Found(title=None, authors=list(names), published=None)


@pytest.mark.parametrize(
    ("stored", "truth", "verdict"),
    [
        (["Max Kolter"], ["Dr. Max Kolter"], "right"),  # an academic title is not the name
        (["Anna Beispiel"], ["Prof. Dr. Anna Beispiel"], "right"),
        (["Von Max Muster"], ["Max Muster"], "right"),
        (["J. Smith"], ["John Smith"], "right"),
        (["Timothy Nerozzi"], ["Timothy H.J. Nerozzi"], "right"),  # middle initials left out
        (["Timothy Nerozzi"], ["Timothy Harold Nerozzi"], "right"),
        (["Timothy Nerozzi"], ["Timothy Harold James Nerozzi"], "wrong"),
        (["Max Kolter"], ["Max Kolter", "Erika Muster"], "partial"),
        (["Drake Bell"], ["Max Kolter"], "wrong"),  # "Dr" inside a word is no title
        ([], ["Max Kolter"], "missing"),
    ],
)
def test_judge_authors(stored: list[str], truth: list[str], verdict: str) -> None:
    assert judge_authors(found(*stored), truth) == verdict


def case(*truth: str, sites: tuple[str, ...] = ("Example News",)) -> Case:
    return Case(
        name="x",
        url="https://example-news.com/a",
        host="example-news.com",
        language="en",
        html="",
        fetched_at=None,
        authors=list(truth),
        sites=sites,
    )


@pytest.mark.parametrize(
    ("stored", "truth", "verdict"),
    [
        ([], ["Example News"], "right"),  # the site's name: nothing is what the issue asks
        (["Example News"], ["Example News"], "wrong"),
        ([], ["AFP"], "right"),  # an agency
        (["AFP"], ["AFP"], "wrong"),
        (["Jane Doe"], ["Redaktion Example"], "wrong"),  # a desk's page: any name is wrong
        (["Jane Doe"], ["Jane Doe", "dpa"], "right"),  # persons exact, the agency left out
        (["Jane Doe", "dpa"], ["Jane Doe", "dpa"], "partial"),  # the agency stored
        ([], ["Jane Doe", "dpa"], "missing"),
        (["John Roe"], ["Jane Doe"], "wrong"),
        (["박준석", "김태연"], ["박준석 기자 외 1명"], "right"),  # X and one unnamed other
        (["박준석"], ["박준석 기자 외 1명"], "partial"),  # the other one missing
        (["박준석", "김태연", "홍길동"], ["박준석 기자 외 1명"], "partial"),  # one too many
        (["홍길동"], ["홍길동 기자"], "right"),  # the role word is no part of the name
    ],
)
def test_judge_issue_authors(stored: list[str], truth: list[str], verdict: str) -> None:
    assert judge_issue_authors(found(*stored), case(*truth)) == verdict


@pytest.mark.parametrize(
    ("stored", "labels", "verdict"),
    [
        ([], [], "right"),  # the page names nobody and nothing was stored
        (["Example News"], [], "wrong"),  # anything stored where nobody is named
        (["Jane Doe"], ["Jane Doe"], "right"),
        (["Jane Doe"], ["Jane Doe", "John Roe"], "partial"),
        ([], ["Jane Doe"], "missing"),
        (["John Roe"], ["Jane Doe"], "wrong"),
    ],
)
def test_judge_labelled_authors(stored: list[str], labels: list[str], verdict: str) -> None:
    assert judge_labelled_authors(found(*stored), labels) == verdict


def test_author_labels_hold_persons_of_half_a_only() -> None:
    labels = load_author_labels()
    assert labels, "the labels file is empty"
    for page, names in labels.items():
        assert page.startswith("dates/"), page
        assert isinstance(names, list) and all(isinstance(n, str) and n for n in names), page


def test_realpage_labels_name_pages_both_benchmarks_tune_on() -> None:
    labels = load_author_labels(REALPAGE_LABELS)
    rows = json.loads(REALPAGE_LABELS.read_text(encoding="utf-8"))["pages"]
    assert len(labels) == len(rows) > 0
    for row in rows:
        host = urlsplit(row["url"]).hostname or ""
        host = host.removeprefix("www.")
        assert row["page"].startswith("realpages/"), row["page"]
        assert half_of(host) == "A" and text_half_of(host) == "A", row["page"]
        names = row["authors"]
        assert isinstance(names, list) and all(isinstance(n, str) and n for n in names), row


def test_tune_author_labels_name_only_tune_pages_in_the_pools_order() -> None:
    """The tune pool's author labels load, hold persons only and name only pages of the pool,
    labelled from its start in its order, each page left out with its reason (none picked)."""
    labels = load_author_labels(TUNE_AUTHOR_LABELS)
    rows = json.loads(TUNE_AUTHOR_LABELS.read_text(encoding="utf-8"))
    assert len(labels) == len(rows["pages"]) > 0
    for names in labels.values():
        assert isinstance(names, list) and all(isinstance(n, str) and n.strip() for n in names)
    assert all(row["reason"] for row in rows["unclear"])
    # The older labels of half A hold none of these pages: each page is scored in one row.
    assert not set(labels) & set(load_author_labels())
    if not (DEFAULT_DATA / "dates").is_dir():
        pytest.skip("../shared/metadev is not there")
    pool = {f"dates/{row['file']}": row["url"] for row in tune_pool()}
    done = [*rows["pages"], *rows["unclear"]]
    for row in done:
        assert pool.get(row["page"]) == row["url"], row["page"]
    assert {row["page"] for row in done} == set(list(pool)[: len(done)])


def test_tune_labels_are_scored_in_their_own_row() -> None:
    page = dataclasses.replace(case(), name="dates/t.html", date_only=True, has_date_truth=False)
    page = dataclasses.replace(page, authors=None)
    results = {"resolver": {page.name: found("Jane Doe")}}
    labels = {page.name: ["Jane Doe"]}
    tune = frozenset({page.name})
    assert list(score([page], results, labels, {}, tune)) == [
        ("resolver", page, TUNE_FIELD, "right")
    ]
    assert [fld for *_, fld, _ in score([page], results, labels, {})] == ["authors (our labels)"]


# A dates/ page: its truth is a day.
DATED = dataclasses.replace(case(), date="2024-03-05", date_only=True)


def test_each_refused_candidate_is_judged_as_if_stored() -> None:
    refused = [
        ("conflict", "jsonld", "2024-03-01T10:00:00+00:00"),
        ("conflict", "url", "2024-03-05T00:00:00+00:00"),
    ]
    assert list(_refusals(DATED, refused)) == [
        ("conflict", "jsonld", "wrong"),
        ("conflict", "url", "right"),
    ]


def test_a_candidate_refused_twice_on_one_page_counts_once() -> None:
    weak = ("weak", "extractor", "2024-03-05T00:00:00+00:00")
    assert list(_refusals(DATED, [weak, weak])) == [("weak", "extractor", "right")]
    assert list(_refusals(DATED, [])) == []


def stored(value: str | None, local_day: str | None = None) -> Found:
    return Found(title=None, authors=[], published=value, local_day=local_day)


SHOWN = {"published": "2020-05-16", "time": None, "offset": None, "declared": None}
DECLARED = {**SHOWN, "published": None, "declared": "2018-11-27T23:15:35-05:00"}
NOTHING = {**SHOWN, "published": None}


@pytest.mark.parametrize(
    ("value", "local_day", "label", "verdict"),
    [
        ("2020-05-16T00:00:00+00:00", None, SHOWN, "right"),
        ("2020-05-15T22:30:00+00:00", "2020-05-16", SHOWN, "right"),
        ("2020-05-15T22:30:00+00:00", None, SHOWN, "wrong"),
        (None, None, SHOWN, "missing"),
        # Where the page shows no day, the declared instant's own day or its UTC day.
        ("2018-11-28T04:15:35+00:00", None, DECLARED, "right"),
        ("2018-11-26T00:00:00+00:00", None, DECLARED, "wrong"),
        # A page that shows and declares nothing: storing nothing is right.
        (None, None, NOTHING, "right"),
        ("2020-05-16T00:00:00+00:00", None, NOTHING, "wrong"),
    ],
)
def test_judge_labelled_day(
    value: str | None, local_day: str | None, label: dict[str, str | None], verdict: str
) -> None:
    assert judge_labelled_day(stored(value, local_day), label) == verdict


TIMED = {"time": "12:36", "offset": "-04:00"}
WALL = {"time": "12:36", "offset": None}


@pytest.mark.parametrize(
    ("value", "label", "verdict"),
    [
        ("2020-05-16T16:36:00+00:00", TIMED, "right"),
        # The wall time written as UTC is an instant four hours off.
        ("2020-05-16T12:36:50+00:00", TIMED, "wrong"),
        ("2020-05-16T00:00:00+00:00", TIMED, "untimed"),
        (None, TIMED, "untimed"),
        # Without an offset the wall time in any whole-hour offset.
        ("2020-05-16T19:36:00+00:00", WALL, "right"),
        ("2020-05-16T19:37:00+00:00", WALL, "wrong"),
        ("2020-05-16T12:36:00+00:00", {"time": None, "offset": None}, None),
    ],
)
def test_judge_labelled_time(value: str | None, label: dict[str, str | None], verdict: str) -> None:
    assert judge_labelled_time(stored(value), "2020-05-16", label) == verdict


MIDNIGHT = {"time": "02:00", "offset": "+02:00"}


@pytest.mark.parametrize(
    ("precision", "label", "verdict"),
    [
        # A story published at midnight UTC, stored with its minute: a time, judged as one.
        ("minute", MIDNIGHT, "right"),
        ("minute", {"time": "02:01", "offset": "+02:00"}, "wrong"),
        # A day alone, stored as midnight UTC with its precision "day".
        ("day", MIDNIGHT, "untimed"),
        # No precision stored (trafilatura): a stored midnight reads as a day.
        (None, MIDNIGHT, "untimed"),
    ],
)
def test_a_stored_midnight_is_a_time_where_its_precision_says_so(
    precision: str | None, label: dict[str, str | None], verdict: str
) -> None:
    found = Found(
        title=None, authors=[], published="2020-05-16T00:00:00+00:00", precision=precision
    )
    assert judge_labelled_time(found, "2020-05-16", label) == verdict


def test_date_labels_name_the_author_labels_realpages_and_nothing_else() -> None:
    rows = json.loads(REALPAGE_LABELS.read_text(encoding="utf-8"))
    pool = {row["page"] for row in rows["pages"]} | set(rows["unclear"])
    labels = load_published_labels()
    assert set(labels) == pool
    for page, label in labels.items():
        host = (urlsplit(str(label["url"])).hostname or "").removeprefix("www.")
        assert half_of(host) == "A" and text_half_of(host) == "A", page
        assert label["time"] is None or label["published"], page
        assert not (label["published"] and label["declared"]), page


def test_time_labels_are_dates_pages_of_half_a_with_their_truth_day() -> None:
    truth = {}
    dates = DEFAULT_DATA / "dates" / "dates.jsonl"
    if dates.exists():
        for line in dates.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            truth[f"dates/{row['file']}"] = row["date"]
    labels = load_time_labels()
    assert len(labels) >= 60
    for page, label in labels.items():
        host = (urlsplit(str(label["url"])).hostname or "").removeprefix("www.")
        assert page.startswith("dates/") and half_of(host) == "A", page
        assert not truth or truth[page] == label["date"], page
        assert label["offset"] is None or label["time"], page


def _hosts(metadata: str, text: str, count: int) -> list[str]:
    """``count`` made-up hosts the two splits put in the halves named."""
    hosts = (f"h{k}.example" for k in range(1000))
    return [h for h in hosts if half_of(h) == metadata and text_half_of(h) == text][:count]


def _dev_set(folder: Path, dates: Iterable[str], truth: str, realpages: Iterable[str]) -> None:
    """A made-up ../shared under ``folder``: a dates/ page on each of the hosts ``dates``, a
    truth.jsonl page on ``truth`` and a realpage on each of ``realpages``."""
    (folder / "metadev" / "dates").mkdir(parents=True)
    rows = [
        {"url": f"https://www.{host}/story", "file": f"{host}.html", "date": "2020-01-01"}
        for host in dates
    ]
    jsonl = "\n".join(map(json.dumps, rows))
    (folder / "metadev" / "dates" / "dates.jsonl").write_text(jsonl, encoding="utf-8")
    row = json.dumps({"url": f"https://{truth}/other"})
    (folder / "metadev" / "truth.jsonl").write_text(row, encoding="utf-8")
    (folder / "realpages").mkdir()
    expectations: dict[str, dict[str, str]] = {
        f"https://{host}/{k}": {} for k, host in enumerate(realpages)
    }
    (folder / "realpages" / "expectations.json").write_text(json.dumps(expectations))


def test_fresh_pool_leaves_out_labelled_pages_and_hosts_the_text_benchmark_holds_out(
    tmp_path: Path,
) -> None:
    free_ab, truth_ab, real_ab = _hosts("A", "B", 3)
    free_aa, real_aa, labelled_aa = _hosts("A", "A", 3)
    (metadata_b,) = _hosts("B", "A", 1)
    dates = (free_ab, truth_ab, real_ab, free_aa, real_aa, labelled_aa, metadata_b)
    _dev_set(tmp_path, dates, truth_ab, (real_ab, real_aa))
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({f"{labelled_aa}.html": {}}), encoding="utf-8")

    pool = fresh_pool(tmp_path / "metadev", labels=labels)

    # A host with a held-out page of the text benchmark (truth.jsonl, realpages) is left out
    # with its dates/ pages; a realpage the text benchmark tunes on does not matter.
    assert [row["file"] for row in pool] == [f"{h}.html" for h in (free_ab, free_aa, real_aa)]


def test_fresh_half_is_a_third_split_of_hosts() -> None:
    hosts = [f"h{k}.example" for k in range(200)]
    halves = [fresh_half_of(h) for h in hosts]
    assert set(halves) == {"tune", "held"}
    assert halves != [{"A": "tune", "B": "held"}[half_of(h)] for h in hosts]
    assert halves != [{"A": "tune", "B": "held"}[text_half_of(h)] for h in hosts]


FRESH_LABELS = Path(__file__).parents[1] / "fixtures" / "text" / "dates_a_fresh.json"


def _shown_text(html: str) -> str:
    """The text a reader sees: scripts, styles and the head left out."""
    tree = lxml.html.fromstring(html)
    for hidden in tree.xpath("//script|//style|//noscript|//template|//head"):
        hidden.drop_tree()
    return flat("".join(tree.itertext()))


def _check_text_labels(labels: dict[str, Any], pool: list[dict[str, str]], half: str) -> None:
    """Text labels of dates/ pages (``pages``: url, lead, with, without; ``left_out``: why) name
    pages of ``pool`` on hosts of metadata half ``half``, keep no boilerplate snippet inside a
    must-keep one, and every snippet is in the page's shown text (when ../shared is there)."""
    from benchmarks.text_quality import dates_page

    pages, left_out = labels["pages"], labels["left_out"]
    assert labels["note"] and not set(pages) & set(left_out)
    assert all(isinstance(why, str) and why for why in left_out.values())
    folder = DEFAULT_DATA / "dates" / "pages"
    if folder.is_dir():
        assert set(pages) | set(left_out) <= {row["file"] for row in pool}
    for name, label in pages.items():
        host = (urlsplit(label["url"]).hostname or "").removeprefix("www.")
        assert half_of(host) == half, name
        keep = [*label["with"], *([label["lead"]] if label["lead"] else [])]
        assert label["with"] and all(isinstance(s, str) and s.strip() for s in keep), name
        for snippet in label["without"]:
            assert not any(flat(snippet) in flat(k) for k in keep), (name, snippet)
        if folder.is_dir():
            shown = _shown_text(dates_page(folder, name))
            for snippet in (*keep, *label["without"]):
                assert flat(snippet) in shown, (name, snippet)


def test_fresh_labels_name_the_fresh_pool_and_are_in_its_shown_text() -> None:
    labels = json.loads(FRESH_LABELS.read_text(encoding="utf-8"))
    assert len(labels["pages"]) >= 60
    pool = fresh_pool() if (DEFAULT_DATA / "dates").is_dir() else []
    _check_text_labels(labels, pool, "A")
    if pool:
        assert set(labels["pages"]) | set(labels["left_out"]) == {row["file"] for row in pool}


def test_blind_pool_is_half_b_of_the_metadata_split_less_pages_the_text_benchmark_reads(
    tmp_path: Path,
) -> None:
    free_ba, real_ba, truth_ba = _hosts("B", "A", 3)
    free_bb, real_bb, same_bb = _hosts("B", "B", 3)
    (metadata_a,) = _hosts("A", "B", 1)
    dates = (free_ba, free_bb, real_bb, same_bb, real_ba, truth_ba, metadata_a)
    _dev_set(tmp_path, dates, truth_ba, (real_bb, real_ba))
    # A held-out realpage that is the dates/ page of same_bb, written with another scheme,
    # without "www." and with a trailing slash.
    expectations = tmp_path / "realpages" / "expectations.json"
    realpages = json.loads(expectations.read_text())
    realpages[f"http://{same_bb}/story/"] = {}
    expectations.write_text(json.dumps(realpages))

    pool = [row["file"] for row in blind_pool(tmp_path / "metadev")]

    # Half A of the metadata split, hosts of a page the text benchmark tunes on (half A of its
    # split) and a page it already reads are left out; another page of a host whose text page
    # is held out (half B) stays.
    assert sorted(pool) == sorted(f"{h}.html" for h in (free_ba, free_bb, real_bb))
    # The order is a hash of the file name, not the order of dates.jsonl.
    by_hash = sorted(pool, key=lambda f: hashlib.sha256(f.encode()).digest())
    assert pool == by_hash


BLIND_LABELS = FRESH_LABELS.with_name("dates_b_blind.json")


def test_blind_labels_are_a_prefix_of_the_blind_pool_in_its_shown_text() -> None:
    labels = json.loads(BLIND_LABELS.read_text(encoding="utf-8"))
    assert len(labels["pages"]) >= 80
    if not (DEFAULT_DATA / "dates").is_dir():
        pytest.skip("../shared/metadev is not there")
    pool = blind_pool()
    _check_text_labels(labels, pool, "B")
    # Labelled from the start of the pool's order, a page skipped only with its reason: no page
    # was picked.
    done = set(labels["pages"]) | set(labels["left_out"])
    assert done == {row["file"] for row in pool[: len(done)]}


@pytest.mark.parametrize(
    "labels_file", sorted(FRESH_LABELS.parent.glob("dates_b_tune_*.json")), ids=lambda p: p.name
)
def test_tune_labels_name_the_tune_pool_and_are_in_its_shown_text(labels_file: Path) -> None:
    """Every labelling of the tune pool (``datesB/tune``): its pages are the pool's, and each
    snippet is in the page's shown text, so that a snippet mis-decoded while labelling (a lead
    copied as mojibake) is refused here rather than counted as lost by the benchmark."""
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    pool = tune_pool() if (DEFAULT_DATA / "dates").is_dir() else []
    _check_text_labels(labels, pool, "B")
