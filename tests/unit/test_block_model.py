"""The offline block model of benchmarks/block_model.py: the candidate blocks the text pipeline
records for it, the generic features it reads of them on small hand-written pages, its labels
and its two models."""

from __future__ import annotations

import numpy as np

from benchmarks.block_model import (
    FEATURES,
    block_features,
    choose_threshold,
    fit_logistic,
    fit_trees,
    justext_class,
    labels,
)
from benchmarks.text_quality import Case
from pipelines.text import templates
from pipelines.text.article import TextOptions, article_text
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2, P3, TITLE, URL

FOOTER_LINK = "Newsletter, imprint and privacy settings of the site"
PAGE = (
    f"<html><head><title>{TITLE}</title></head><body><article>"
    f"<h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
    f'<footer><ul><li><a href="/n">{FOOTER_LINK}</a></li></ul></footer>'
    "</body></html>"
)


def _row(rows: list[list[float]], blocks: list[str], block: str) -> dict[str, float]:
    return dict(zip(FEATURES, rows[blocks.index(block)], strict=True))


def test_the_pipeline_records_its_candidate_blocks_only_when_asked() -> None:
    asked = article_text(PAGE, URL, options=TextOptions(candidates=True))
    assert asked is not None and asked.candidates is not None
    assert [b for b in asked.candidates.blocks if b in (P1, P2, P3)] == [P1, P2, P3]
    assert asked.candidates.elements[P1].tag == "p"
    plain = article_text(PAGE, URL)
    assert plain is not None and plain.candidates is None
    assert plain.text == asked.text  # recording decides nothing


def test_features_tell_a_footer_link_from_a_body_paragraph() -> None:
    tree = parse_html(PAGE)
    blocks = [P1, P2, P3, FOOTER_LINK]
    elements = templates.block_elements(tree, blocks)
    rows = block_features(blocks, elements, [P1, P2, P3], TITLE, PAGE)
    assert all(len(row) == len(FEATURES) for row in rows)
    body, link = _row(rows, blocks, P2), _row(rows, blocks, FOOTER_LINK)
    assert body["sentence_end"] == 1.0 and link["sentence_end"] == 0.0
    assert body["link_density"] == 0.0 and link["link_density"] == 1.0
    assert link["in_footer"] == 1.0 and link["in_li"] == 1.0 and body["in_footer"] == 0.0
    assert body["second_opinion"] == 1.0 and link["second_opinion"] == 0.0
    assert body["in_body_region"] == 1.0 and link["in_body_region"] == 0.0
    # English prose: jusText's English stop words, found from the page's own words.
    assert body["stopword_density"] > 0.3
    assert link["justext_bad"] == 1.0 and link["last"] == 1.0


def test_justext_classes() -> None:
    assert justext_class(300, 0.4, 0.0) == "good"
    assert justext_class(100, 0.31, 0.0) == "neargood"
    assert justext_class(40, 0.5, 0.0) == "short"
    assert justext_class(300, 0.4, 0.5) == "bad"
    assert justext_class(300, 0.1, 0.0) == "bad"


def test_labels_from_snippets_and_from_an_expected_body() -> None:
    snippets = Case("realpages", "p", URL, PAGE, keep=[P1[:40]], drop=["Newsletter"])
    both = f"{P1} Newsletter"  # a keep and a drop snippet: no example
    assert labels(snippets, [P1, FOOTER_LINK, P3, both]) == [False, True, None, None]
    body = Case("metadev", "m", URL, PAGE, TITLE, body=[{"kind": "paragraph", "text": P1}])
    # The headline is no example; a block sharing most words with the body is none either.
    assert labels(body, [P1, FOOTER_LINK, TITLE, P1 + " More."]) == [False, True, None, None]


def test_both_models_separate_separable_blocks_the_same_way_each_time() -> None:
    x = np.array([[float(i % 7), float(i >= 40)] for i in range(80)])
    y = (x[:, 1] == 1.0).astype(float)
    for fit in (fit_logistic, fit_trees):
        p = fit(x, y)(x)
        assert (p[y == 1] > 0.9).all() and (p[y == 0] < 0.1).all()
        assert np.array_equal(p, fit(x, y)(x))


def test_the_threshold_is_the_lowest_that_loses_about_no_keep() -> None:
    y = np.array([1.0, 1.0] + [0.0] * 1998)
    p = np.array([0.99, 0.9] + [0.95] + [0.1] * 1997)
    # One keep of 1998 at 0.95 is within a keep loss of 0.1 %: the lowest grid value serves.
    assert choose_threshold(y, p) == 0.5
    # One keep of 10 at 0.97 is not: the threshold goes over it.
    y2 = np.array([1.0] + [0.0] * 10)
    p2 = np.array([0.99] + [0.97] + [0.1] * 9)
    assert choose_threshold(y2, p2) == 0.98
