"""Captions told by the picture beside them, where the markup names neither (no <figure>, no
class): :func:`pipelines.text.page.beside_pictures` and the structure stage that uses it; the
site's copyright footer after the last paragraph: :func:`pipelines.text.structure.
closing_copyright`."""

from __future__ import annotations

import pytest
from trafilatura import load_html

from pipelines.text import templates
from pipelines.text.article import article_text
from pipelines.text.page import (
    BODY_MIN_CHARS,
    CREDITED_CAPTION_MAX_CHARS,
    PICTURE_CAPTION_MAX_CHARS,
    beside_pictures,
)
from pipelines.text.structure import closing_copyright

PARAGRAPH = (
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, das alte Hallenbad "
    "zu sanieren, statt es abzureißen und am Stadtrand einen Neubau zu errichten."
)
PARAGRAPH_2 = (
    "Die Kosten werden auf zwölf Millionen Euro geschätzt; das Land übernimmt nach Angaben "
    "der Verwaltung etwa die Hälfte, den Rest zahlt die Stadt aus ihren Rücklagen."
)
CAPTION = "Das alte Hallenbad am Stadtpark soll bis 2027 saniert werden."
PHOTO = "<img src='/bad.jpg' width='1200' height='800'>"


def _found(html: str, blocks: list[str]) -> set[str]:
    tree = load_html(f"<html><body>{html}</body></html>")
    return beside_pictures(templates.block_elements(tree, blocks), blocks)


@pytest.mark.parametrize(
    "box",
    [
        # The picture's box and the caption's box side by side.
        f"<div><div>{PHOTO}</div><div><p>{CAPTION}</p></div></div>",
        # The credit beside the picture, the caption under both.
        f"<div><div><div>{PHOTO}</div><span>Foto: Jane Doe, Agentur</span></div>"
        f"<div><p><span>{CAPTION}</span></p></div></div>",
        # A slide of a gallery: a counter before the caption, a button after it.
        f"<div><div><picture>{PHOTO}</picture><button></button></div><div><div>"
        f"<span>3 of 12 | </span><span><p>{CAPTION}</p></span></div>"
        "<button>Read More</button></div></div>",
        # A picture in a link, its caption beside the link.
        f"<div><a href='/bad.jpg'>{PHOTO}</a><p>{CAPTION}</p></div>",
    ],
)
def test_a_short_block_in_a_pictures_box_is_its_caption(box: str) -> None:
    html = f"<div><p>{PARAGRAPH}</p>{box}<p>{PARAGRAPH_2}</p></div>"
    assert _found(html, [PARAGRAPH, CAPTION, PARAGRAPH_2]) == {CAPTION}


@pytest.mark.parametrize(
    "html",
    [
        # An article paragraph that mentions a photo, in the body beside a picture.
        f"<div>{PHOTO}<p>{CAPTION}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH_2}</p></div>",
        # A paragraph that holds an inline image itself.
        f"<div><p>{PHOTO}{CAPTION}</p><p>{PARAGRAPH}</p></div>",
        # The picture has its caption in its own box: the block beside it is the text.
        f"<div><div><div>{PHOTO}<div>Hallenbad © Jane Doe</div></div></div>"
        f"<div><p>{CAPTION}</p></div></div>",
        # An icon beside a feature's text, an avatar beside a comment.
        f"<div><div><img src='/icon.png' width='96'></div><div><p>{CAPTION}</p></div></div>",
        # A teaser card: the picture and the headline in one link.
        f"<div><a href='/bad.html'>{PHOTO}<p>{CAPTION}</p></a></div>",
    ],
)
def test_not_a_caption(html: str) -> None:
    assert _found(f"<div><p>{PARAGRAPH_2}</p></div>{html}", [PARAGRAPH_2, CAPTION]) == set()


def test_a_long_block_beside_a_picture_is_text() -> None:
    long_block = f"{PARAGRAPH} {PARAGRAPH_2}"
    assert len(long_block) > PICTURE_CAPTION_MAX_CHARS
    html = f"<div><div>{PHOTO}</div><div><p>{long_block}</p></div></div>"
    assert _found(html, [long_block]) == set()


# A wire photo's caption: everyone in the picture, the place, the date, then the credit.
NAMES = (
    "Von links nach rechts: die Bürgermeisterin, der Kämmerer, die Leiterin des Sportamts, "
    "zwei Mitglieder des Schwimmvereins und der Architekt des Umbaus stehen am "
    "Dienstagnachmittag vor dem alten Hallenbad am Stadtpark, das nach dem Beschluss des "
    "Gemeinderats bis zum Herbst 2027 für zwölf Millionen Euro saniert werden soll."
)


def _beside_photo(block: str) -> set[str]:
    box = f"<div><div>{PHOTO}</div><div><div><p>{block}</p></div></div></div>"
    return _found(f"<div><p>{PARAGRAPH}</p>{box}<p>{PARAGRAPH_2}</p></div>", [PARAGRAPH, block])


def test_a_long_caption_closed_by_the_photos_credit_is_the_caption() -> None:
    caption = f"{NAMES} (Foto: Jane Doe/Agentur)"
    assert PICTURE_CAPTION_MAX_CHARS < len(caption) <= CREDITED_CAPTION_MAX_CHARS
    assert _beside_photo(caption) == {caption}


def test_a_long_block_beside_a_picture_without_a_closing_credit_is_text() -> None:
    # As long, but no credit closes it (a credit word inside the text does not count).
    block = f"{NAMES} Die Fotos der Baustelle zeigt die Stadt im Rathaus."
    assert len(block) > PICTURE_CAPTION_MAX_CHARS
    assert _beside_photo(block) == set()


def test_the_captions_of_a_gallerys_slides_set_as_list_items_are_captions() -> None:
    # Each slide an item holding the picture and, in a paragraph of its own, the caption.
    other = "Der Schwimmverein trainiert bis zur Sanierung im Freibad am Fluss."
    slides = "".join(
        f"<li><div>{PHOTO}<p></p><p>{text}</p></div></li>" for text in (CAPTION, other)
    )
    html = f"<div><p>{PARAGRAPH}</p><ul>{slides}</ul><p>{PARAGRAPH_2}</p></div>"
    blocks = [PARAGRAPH, CAPTION, other, PARAGRAPH_2]
    elements = templates.block_elements(load_html(f"<html><body>{html}</body></html>"), blocks)
    assert elements[CAPTION].tag == "li"  # the item's block is read by its item
    assert _found(html, blocks) == {CAPTION, other}


def test_a_list_item_with_an_inline_picture_in_its_text_stays() -> None:
    # The item's own text holds the picture (an icon set inline before the words).
    html = f"<div><p>{PARAGRAPH}</p><ul><li>{PHOTO}{CAPTION}</li></ul><p>{PARAGRAPH_2}</p></div>"
    assert _found(html, [PARAGRAPH, CAPTION, PARAGRAPH_2]) == set()


def test_the_caption_leaves_the_article_text() -> None:
    page = (
        "<html><body><div><h1>Hallenbad wird saniert</h1>"
        f"<div><div>{PHOTO}</div><div><p>{CAPTION}</p></div></div>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH_2}</p><p>{PARAGRAPH}</p></div></body></html>"
    )
    result = article_text(page, "https://example.org/bad.html", title_hint="Hallenbad")
    assert result is not None
    assert CAPTION not in result.text
    assert PARAGRAPH_2 in result.text
    assert [d.reason for d in result.decisions if d.block == CAPTION] == ["picture_caption"]


FOOTER = (
    "Copyright © Example Media, a.s. Copyright © Example, a.s. Obsah serveru je chráněn "
    "autorským právem. Jakékoli užití obsahu serveru bez písemného souhlasu je zakázáno."
)


def test_copyright_lines_after_the_last_paragraph_are_the_footer() -> None:
    assert len(FOOTER) >= BODY_MIN_CHARS
    blocks = [
        PARAGRAPH,
        "© AFP",  # a credit inside the text: cleaning's, not the footer's
        PARAGRAPH_2,
        "Unsere Nachrichten auch in den sozialen Netzen",
        FOOTER,
        "2012 - 2020 © by Example Ltd.",
        "2025 ® © Example GmbH Impressum | Datenschutz",
    ]
    assert closing_copyright(blocks) == {
        FOOTER,
        "2012 - 2020 © by Example Ltd.",
        "2025 ® © Example GmbH Impressum | Datenschutz",
    }


@pytest.mark.parametrize(
    "closing",
    [
        "Das Copyright © für die Fotos liegt beim Verlag, der sie uns überlassen hat.",
        "2024 was a record year for the pool, the city says.",
        "Copyright law was not changed by the council's decision.",
    ],
)
def test_a_closing_line_that_does_not_open_with_the_sign_stays(closing: str) -> None:
    assert closing_copyright([PARAGRAPH, PARAGRAPH_2, closing]) == set()


@pytest.mark.parametrize("closing", ["2020 - Example Noticias", "2012–2020 | Example Media"])
def test_the_year_and_the_holder_without_the_sign_close_the_text_as_the_footer(
    closing: str,
) -> None:
    assert closing_copyright([PARAGRAPH, PARAGRAPH_2, closing]) == {closing}


@pytest.mark.parametrize(
    "blocks",
    [
        # Not the last block: a line after it is the story's.
        [PARAGRAPH, "2020 - Example Noticias", PARAGRAPH_2],
        # A timeline set as paragraphs ends on a line of the same shape as the one before.
        [PARAGRAPH, "1998 - Gründung des Vereins", "2023 - Umzug nach Berlin"],
        # A sentence after the year.
        [PARAGRAPH, PARAGRAPH_2, "2020 - ein Jahr, das niemand vergisst."],
    ],
)
def test_a_year_line_that_is_no_closing_footer_stays(blocks: list[str]) -> None:
    assert closing_copyright(blocks) == set()


def test_a_copyright_line_before_a_later_paragraph_is_not_the_footer() -> None:
    blocks = [PARAGRAPH, "© 2024 Example Media", PARAGRAPH_2]
    assert closing_copyright(blocks) == set()


def test_a_quotation_beside_its_speakers_portrait_is_no_caption() -> None:
    quote = "Wir bauen ein Bad für alle, nicht nur für die Schwimmvereine der Stadt."
    html = (
        f"<div><p>{PARAGRAPH_2}</p><blockquote><div>{PHOTO}</div>"
        f"<div><div>{quote}</div></div><div>Jane Doe, Bürgermeisterin</div></blockquote></div>"
    )
    assert _found(html, [PARAGRAPH_2, quote]) == set()
