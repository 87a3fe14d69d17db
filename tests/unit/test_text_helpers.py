"""The text helpers every rule calls (whitespace, loose keys, an element's text): their fast
paths give what the general ones give."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from lxml import html

from pipelines.text import authors, structured
from pipelines.text.bylinelines import _lead_texts
from pipelines.text.page import element_text, flat
from pipelines.text.structured import collapse, loose


@pytest.mark.parametrize(
    "text",
    [
        "  Tram  lines\tclosed\n\ntoday ",
        "",
        "   ",
        "one",
        "a\x1cb\x1fc",
        "a\x01b\x00c &#2;\x02",
        "x\u00a0y\x08",
        "x\u00a0y",
        "zwei\u00ad mal",
    ],
)
def test_flat_of_ascii_and_wider_text_is_collapse(text: str) -> None:
    # ASCII takes its own path; the result is collapse()'s either way.
    assert flat(text) == collapse(text)


def test_flat_still_composes_and_removes_invisible_characters() -> None:
    assert flat("Verfassungs\u00adbeschwerde  gepru\u0308ft") == "Verfassungsbeschwerde geprüft"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The  Harbour\u200b Report", "theharbourreport"),
        ("Stra\u00dfen\u00adbahn\nLinie 4", "strassenbahnlinie4"),
        ("  ", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_loose_ignores_case_spacing_and_invisible_characters(text: str | None, key: str) -> None:
    assert loose(text) == key


def test_the_invisible_characters_test_agrees_with_the_pattern_on_every_code_point() -> None:
    # Each character in a text as wide as itself and in a wider one: the six substring tests
    # find exactly what the pattern's search finds.
    for code in range(0x110000):
        char = chr(code)
        for text in (f"ab{char}cd", f"\u20ac{char}z"):
            assert structured.holds_invisible(text) is (
                structured._INVISIBLE.search(text) is not None
            )


def test_collapse_reads_a_wider_text_for_invisible_characters_without_the_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pattern's search read every character against its set (0.91 million instructions
    a generated article); the substring tests find the same, so it is not searched."""
    pattern = structured._INVISIBLE
    searched: list[str] = []

    def search(text: str) -> re.Match[str] | None:
        searched.append(text)
        return pattern.search(text)

    # The real pattern, its searches counted; its substitution is still the one that removes.
    monkeypatch.setattr(structured, "_INVISIBLE", SimpleNamespace(search=search, sub=pattern.sub))
    assert collapse("Gr\u00fc\u00dfe  aus  M\u00fcnchen") == "Gr\u00fc\u00dfe aus M\u00fcnchen"
    assert collapse("Verfassungs\u00adbeschwerde \u20ac") == "Verfassungsbeschwerde \u20ac"
    assert collapse("Stra\u00dfen\u200bbahn\ufeff  Linie") == "Stra\u00dfenbahn Linie"
    assert searched == []


@pytest.mark.parametrize(
    ("pattern", "marks", "closers"),
    [
        # The sentence tests of pipelines/text/linkedpara.py and pipelines/text/consensus.py.
        (r"[.!?…][\"'”»)\]]?$", ".!?…", "\"'”»)]"),
        (r"[.!?…\"“”»]$", '.!?…"“”»', ""),
    ],
)
def test_ends_as_answers_what_the_sentence_patterns_search_answers(
    pattern: str, marks: str, closers: str
) -> None:
    # Every text of up to four characters of the two sets, a letter, a colon and a line break
    # ("$" also matches before a final one), and the same after a long paragraph.
    search = re.compile(pattern).search
    alphabet = sorted({*marks, *closers, "a", ":", "\n"})
    texts = [""]
    for _ in range(4):
        texts += [text + char for text in texts if len(text) == len(texts[-1]) for char in alphabet]
    texts += ["Der Rat tagte am Montag lange. " * 10 + text for text in texts]
    assert len(texts) > 2 * len(alphabet) ** 4
    for text in texts:
        assert structured.ends_as(text, marks, closers) is (search(text) is not None), repr(text)


def test_a_paragraph_ends_as_a_sentence_after_its_stop_and_a_closing_quote() -> None:
    from pipelines.text import consensus, linkedpara

    paragraph = (
        "Der Rat hat am Montag den neuen Haushalt der Stadt beschlossen, nach einer langen "
        "Debatte im Saal, mit einer knappen Mehrheit"
    )
    assert consensus.prose(paragraph + ".")
    assert consensus.prose(paragraph + " \u201ebis zuletzt\u201c")
    assert not consensus.prose(paragraph + " (Foto: dpa)")
    assert not consensus.prose("Kurz.")
    assert linkedpara._prose(paragraph + ".\u201d")
    assert linkedpara._prose(paragraph + "!)")
    assert not linkedpara._prose(paragraph)


def test_loose_keeps_letters_and_digits_of_every_script() -> None:
    # Not a key of punctuation alone: words in other scripts stay.
    assert loose("Ελλάδα 2024 — 東京") == "ελλάδα2024東京"


def test_a_short_text_asked_again_is_answered_from_the_kept_keys() -> None:
    structured.forget_kept_keys()
    site = "Harbour Gazette"
    # A page's rules ask its site name several times, and every page of the site again: the
    # key is made once, then read; the same key either way.
    keys = [loose(site) for _ in range(3)]
    assert keys == ["harbourgazette"] * 3
    assert structured._kept_loose.cache_info().hits == 2
    assert structured._kept_loose.cache_info().misses == 1


def test_a_long_text_is_not_kept_and_gets_the_same_key() -> None:
    structured.forget_kept_keys()
    long = "The council met on Monday, " * 20
    assert loose(long) == "thecouncilmetonmonday" * 20
    # Longer than names and headlines: made each time, not kept.
    assert structured._kept_loose.cache_info().currsize == 0


def test_a_links_address_asked_again_is_answered_from_the_kept_answers() -> None:
    authors.forget_kept_addresses()
    page = html.fromstring(
        '<div><p>By <a href="/autor/jane-doe">Jane Doe</a></p><a href="/politik/">Politik</a>'
        '<a href="mailto:desk@example.org">Desk</a></div>'
    )
    # The look for byline markup tests each link's address once; a site's next page repeats
    # its links, and their answers are read: the same candidates either way.
    found = [[a.get("href") for a in authors._candidates(page)] for _ in range(2)]
    assert found == [["/autor/jane-doe", "mailto:desk@example.org"]] * 2
    info = authors._may_lead_to_author.cache_info()
    assert (info.misses, info.hits) == (3, 3)


def test_element_text_is_a_plain_string_of_the_whole_element() -> None:
    element = html.fromstring("<p>The <b>night</b>\n   tram <i>runs</i> late</p>")
    text = element_text(element)
    assert text == "The night tram runs late"
    assert type(text) is str


def _nodes(markup: str) -> list[str]:
    return [str(node).strip() for node in _lead_texts(html.fromstring(markup))]


def test_lead_words_are_found_between_indented_markup() -> None:
    markup = """<div>
        <h1>Harbour opens</h1>
        <p>Von <a href="/p/jd">Jane Doe</a></p>
        <p>Text <span>x</span> | By Sam Roe</p>
    </div>"""
    assert _nodes(markup) == ["Von", "| By Sam Roe"]


def test_text_without_a_lead_word_gives_no_node() -> None:
    markup = "<div>\n  <p>Vonnegut wrote novels.</p>\n  <p>Byways of the city</p>\n</div>"
    assert _nodes(markup) == []
