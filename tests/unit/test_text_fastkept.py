"""The fast text kept beside the full extraction that left it (:mod:`pipelines.text.fastkept`)."""

from __future__ import annotations

from pipelines.text import fastkept
from pipelines.text.article import article_text
from tests.support.prose import P1, P2, P3, TITLE, URL

# The notices of a box that a regional page sets under its short stories: longer, together,
# than the story, and each a sentence of prose.
NOTICES = [
    f"Notice {n}: the family of {name} thanks everyone who came to the funeral on Saturday, "
    "brought flowers and shared their grief with us in these hard days of loss."
    for n, name in enumerate(
        (
            *("Anna Berg", "Karl Meyer", "Lena Roth", "Paul Weiss", "Eva Klein", "Otto Lang"),
            *("Ida Vogel", "Max Stein", "Rosa Frank", "Emil Hahn", "Olga Kurz", "Hans Wolf"),
        )
    )
]
STORY = "\n".join((P1, P2, P3))
BOX = "\n".join(NOTICES[:4])


def test_a_full_text_holding_none_of_the_fast_text_keeps_both_in_the_pages_order() -> None:
    second = ["Menu", P1, P2, P3, "Notices", *NOTICES[:4]]
    assert fastkept.kept_together(STORY, BOX, second) == f"{STORY}\n{BOX}"
    # The second opinion's order, whichever text the full extraction found.
    assert fastkept.kept_together(BOX, STORY, second) == f"{STORY}\n{BOX}"
    first_half, second_half = P1, "\n".join((P2, P3))
    assert fastkept.kept_together(first_half, second_half, [P1, P2, P3]) == STORY
    # A gallery between the story's halves, however many captions it has: still one story.
    captions = [f"Picture {n}: the quay at dawn, seen from the ferry" for n in range(1, 7)]
    gallery = ["Menu", P1, "Gallery", *captions, P2, P3, "Footer"]
    assert fastkept.kept_together(first_half, second_half, gallery) == STORY


def test_a_full_text_that_holds_the_fast_text_replaces_it() -> None:
    second = [P1, P2, P3, *NOTICES[:4]]
    assert fastkept.kept_together(P1, STORY, second) is None
    assert fastkept.kept_together(STORY, f"{STORY}\n{BOX}", second) is None


def test_a_fast_text_the_second_opinion_does_not_hold_is_left() -> None:
    # Fast mode took a box outside the main content (a teaser list): the full text replaces it.
    teasers = "\n".join(NOTICES[6:9])
    assert fastkept.kept_together(teasers, STORY, [P1, P2, P3]) is None
    assert fastkept.kept_together(STORY, BOX, [P1, P2, P3]) is None
    assert fastkept.kept_together("", STORY, [P1, P2, P3]) is None
    assert fastkept.kept_together(STORY, BOX, []) is None


def _page() -> str:
    """A short story in its ``<article>``, and after it a longer box of notices set in
    ``<div>`` slides: fast mode finds the story, the full extraction the notices."""
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    slides = "".join(f"<div class='slide'>{notice}</div>" for notice in NOTICES)
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><div class='article-content'>{body}</div></article>"
        f"<div class='grief-module'><h2>Notices</h2><div>{slides}</div></div>"
        "</body></html>"
    )


def test_the_story_survives_a_full_extraction_that_found_another_box() -> None:
    """Before: the full extraction, run because the fast text was short beside the page's main
    content, replaced the story with the notices; the stored text had none of the story."""
    result = article_text(_page(), URL)
    assert result is not None
    lines = result.text.splitlines()
    assert lines[:3] == [P1, P2, P3]
    assert result.counts["text/fast/full_extraction"] == 1
    assert result.counts["text/fast/kept_with_full"] == 1
    kept = [d.block for d in result.decisions if (d.stage, d.reason) == ("fast", "kept_with_full")]
    assert kept == [P1, P2, P3]
