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


# What a page sets between a short story and a box of notices under it: its comment counter, a
# few teasers to other stories, the box's heading.
BETWEEN = [
    "Comments",
    "Harbour fire: the night the quay burned",
    "New ferry timetable from Monday",
    "Council votes on the new school budget",
    "Weekend weather: storms along the coast",
    "Notices",
]


def test_a_full_text_holding_none_of_the_fast_text_keeps_both_in_the_pages_order() -> None:
    # The story's two halves in containers of their own, read on without a break.
    first_half, second_half = P1, "\n".join((P2, P3))
    assert fastkept.kept_together(first_half, second_half, [P1, P2, P3]) == STORY
    # The second opinion's order, whichever text the full extraction found.
    assert fastkept.kept_together(second_half, first_half, [P1, P2, P3]) == STORY
    # A caption or an advertisement's label between them: the story still reads on.
    second = ["Menu", P1, "Advertisement", P2, P3, "Footer"]
    assert fastkept.kept_together(first_half, second_half, second) == STORY
    assert not fastkept.full_elsewhere(first_half, second_half, second)
    # A short box of links set inside the story ("Read also" and three headlines): still one
    # story, its second half kept.
    inline = ["Menu", P1, "Read also", *BETWEEN[1:4], P2, P3, "Footer"]
    assert fastkept.kept_together(first_half, second_half, inline) == STORY
    assert not fastkept.full_elsewhere(first_half, second_half, inline)


def test_a_full_text_that_is_a_box_apart_under_the_story_goes() -> None:
    """Before: the notices box the full extraction took under a short story was kept beside
    it; the stored text held every notice."""
    second = ["Menu", P1, P2, P3, *BETWEEN, *NOTICES[:4]]
    assert fastkept.full_elsewhere(STORY, BOX, second)
    assert fastkept.kept_together(STORY, BOX, second) is None
    # The box's heading alone between them: still near, kept together as before.
    near = ["Menu", P1, P2, P3, "Notices", *NOTICES[:4]]
    assert not fastkept.full_elsewhere(STORY, BOX, near)
    assert fastkept.kept_together(STORY, BOX, near) == f"{STORY}\n{BOX}"
    # The story's opening repeated in a teaser to it right over the box: the story still ends
    # where its last paragraph is read.
    teased = ["Menu", P1, P2, P3, *BETWEEN[:-1], P1, "Notices", *NOTICES[:4]]
    assert fastkept.full_elsewhere(STORY, BOX, teased)
    # A full text read before the fast one is no box under the story.
    assert not fastkept.full_elsewhere(BOX, STORY, second)


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
    """A short story in its ``<article>``, and under it the page's comment counter, teasers,
    and a longer box of notices set in ``<div>`` slides: fast mode finds the story, the full
    extraction the notices."""
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    between = "".join(f"<div>{line}</div>" for line in BETWEEN[:-1])
    slides = "".join(f"<div class='slide'>{notice}</div>" for notice in NOTICES)
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        f"<article><h1>{TITLE}</h1><div class='article-content'>{body}</div></article>"
        f"<div class='rail'>{between}</div>"
        f"<div class='grief-module'><h2>{BETWEEN[-1]}</h2><div>{slides}</div></div>"
        "</body></html>"
    )


def test_the_story_survives_a_full_extraction_that_found_another_box() -> None:
    """Before: the full extraction, run because the fast text was short beside the page's main
    content, replaced the story with the notices, and then (round 48) was kept beside it: the
    stored text held every notice. Now the story stays alone and the notices go."""
    result = article_text(_page(), URL)
    assert result is not None
    assert result.text.splitlines() == [P1, P2, P3]
    assert result.counts["text/fast/full_extraction"] == 1
    assert result.counts["text/fast/full_elsewhere"] == 1
    assert "text/fast/kept_with_full" not in result.counts
    gone = [d.block for d in result.decisions if (d.stage, d.reason) == ("fast", "full_elsewhere")]
    assert gone == NOTICES
