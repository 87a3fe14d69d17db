"""Golden pages for the text pipeline: real pages (trafilatura's evaluation corpus, Apache-2.0)
with snippets that must be kept and snippets that must be dropped.

Recorded by ``python -m benchmarks.text_quality --record N`` from ../shared/realpages; they run
offline from the clone. A failure names the snippet and the decisions taken on the page.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipelines.text.article import article_text
from pipelines.text.page import flat

FIXTURES = Path(__file__).parents[1] / "fixtures" / "text"
CASES = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_page(name: str) -> None:
    case = CASES[name]
    html = gzip.decompress((FIXTURES / f"{name}.gz").read_bytes()).decode("utf-8")
    result = article_text(html, case["url"])
    assert result is not None
    text = flat(result.text)
    why = "\n".join(f"{d.stage}/{d.reason} kept={d.kept}: {d.block[:80]}" for d in result.decisions)
    for snippet in case["with"]:
        assert flat(snippet) in text, f"lost {snippet!r}\n{why}"
    for snippet in case["without"]:
        assert flat(snippet) not in text, f"leaked {snippet!r}\n{why}"


def test_golden_set_is_not_empty() -> None:
    assert len(CASES) >= 10
    assert all(case["with"] and case["without"] for case in CASES.values())


def test_why_names_the_stage_that_lost_an_item_and_refuses_half_b() -> None:
    from benchmarks.text_quality import Case, lost_items

    para = "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen."
    html = (
        "<html><body><article><h1>Haushalt beschlossen</h1>"
        f"<p>{para} Die Opposition stimmte dagegen, die Mehrheit war aber deutlich.</p>"
        "<p>Teilen</p>"
        f"<p>{para.replace('Haushalt', 'Stellenplan')} Er gilt ab Januar für alle Ämter.</p>"
        "</article></body></html>"
    )
    case = Case("realpages", "x.html", "https://a.example/x", html, keep=[para, "Teilen"])
    if case.half != "A":
        case = Case("realpages", "x.html", "https://b.example/x", html, keep=[para, "Teilen"])
    assert case.half == "A"
    assert lost_items(case) == [("Teilen", "cleaning/share")]
    other = next(
        Case("realpages", "x.html", f"https://h{k}.example/x", html)
        for k in range(50)
        if Case("realpages", "x.html", f"https://h{k}.example/x", html).half == "B"
    )
    with pytest.raises(ValueError, match="held out"):
        lost_items(other)


def test_pages_held_out_by_both_benchmarks_are_b_in_each_split() -> None:
    # The text and metadata benchmarks split hosts with different hashes; "held out by both"
    # must be exactly the hosts each of them holds out, and the text benchmark's half is the
    # split it names.
    from benchmarks.text_quality import Case
    from tests.support.metadev import half_of, held_out_by_both, text_half_of

    hosts = [f"h{k}.example" for k in range(200)]
    both = {h for h in hosts if held_out_by_both(h)}
    assert both == {h for h in hosts if half_of(h) == "B" and text_half_of(h) == "B"}
    # The two splits differ (else there would be nothing to report), and both groups occur.
    assert any(half_of(h) != text_half_of(h) for h in hosts)
    assert 0 < len(both) < len(hosts)
    for host in hosts[:20]:
        case = Case("metadev", "x.html", f"https://www.{host}/a", "<html></html>")
        assert case.half == text_half_of(host)
