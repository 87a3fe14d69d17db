"""A label closed by a colon whose value the text lacks (:func:`pipelines.text.structure.
dangling_labels`): all the text holds of a small box of the page's furniture."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.structure import dangling_labels
from tests.support.prose import P1, P2, P3


def _dangling(box: str, blocks: list[str]) -> set[str]:
    html = f"<html><body><div><p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p></div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    return dangling_labels(templates.block_elements(tree, blocks), blocks)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Author of the article:", "<span><a href='/author/ap'>The Associated Press</a></span>"),
        ("Dieses Thema im Programm:", "<span>NDR 1 Welle Nord | 28.04.2023 | 13:00 Uhr</span>"),
    ],
)
def test_a_label_whose_value_the_text_left_out_goes(label: str, value: str) -> None:
    box = f"<div><p>{label}</p>{value}</div>"
    assert _dangling(box, [P1, P2, label, P3]) == {label}


LABEL = "Author of the article:"
VALUE = "Jane Doe"


@pytest.mark.parametrize(
    ("box", "blocks"),
    [
        # the text keeps the value: an interview's speaker, a fact's name
        (f"<div><p>{LABEL}</p><span>{VALUE}</span></div>", [P1, P2, LABEL, VALUE, P3]),
        # alone in its element: over the article's list, table or chart
        (
            f"<div><p>{LABEL}</p></div><ul><li>{VALUE}</li></ul>",
            [P1, P2, LABEL, P3],
        ),
        # in a box of more text than a value: a section of the article
        (f"<div><p>{LABEL}</p><p>{P1} {P2}</p></div>", [P1, P2, LABEL, P3]),
        # no label: a smiley, a sentence
        (f"<div><p>{VALUE} (:</p><span>x y</span></div>", [P1, P2, f"{VALUE} (:", P3]),
        (
            "<div><p>The council said: no.</p><span>x y</span></div>",
            [P1, P2, "The council said: no.", P3],
        ),
    ],
    ids=["value-kept", "alone", "large-box", "smiley", "sentence"],
)
def test_a_label_whose_value_is_kept_or_that_labels_the_story_stays(
    box: str, blocks: list[str]
) -> None:
    assert _dangling(box, blocks) == set()
