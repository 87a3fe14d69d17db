"""The site's rights line at the end of the text: glued to the last paragraph's end, the update
stamp before it or not (:func:`pipelines.text.structure.glued_rights`), or set in brackets after
it (:func:`pipelines.text.structure.closing_copyright`)."""

from __future__ import annotations

import collections
from typing import Any

import pytest

from pipelines.text.article import _first_named, article_text
from pipelines.text.structure import closing_copyright, glued_rights
from tests.support.prose import P1, P2, P3, TITLE, URL, storm_page

LAST = "Il sindaco ha promesso che i lavori al molo inizieranno prima delle tempeste d'autunno."


@pytest.mark.parametrize(
    "tail",
    [
        "Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA",
        "© RIPRODUZIONE RISERVATA",
        "Zuletzt aktualisiert: 03.02.2024, 14:10 © Beispiel Verlag - Alle Rechte vorbehalten",
        "© 2024 Example Media. All rights reserved.",
        "Mis à jour le 3 février 2024 © Exemple Presse, tous droits réservés",
    ],
)
def test_a_rights_line_glued_to_the_paragraphs_end_leaves_it(tail: str) -> None:
    block = f"{LAST} {tail}"
    assert glued_rights([P1, P2, block]) == {block: (LAST, tail)}


@pytest.mark.parametrize(
    "block",
    [
        # The sign inside a sentence, no sentence's end before it.
        "The studio paid for the © 2024 logo and said all rights reserved",
        # The rights named by the story, not a notice: no sign.
        "The author sold the film rights in 2020. All rights reserved to her heirs expire soon.",
        # The notice alone: the line rules' (nothing to leave).
        "© RIPRODUZIONE RISERVATA",
        # The notice followed by the story's words.
        f"{LAST} © RIPRODUZIONE RISERVATA. Il porto riapre lunedì.",
    ],
)
def test_a_block_that_does_not_end_on_a_glued_rights_line_stays(block: str) -> None:
    assert glued_rights([P1, block]) == {}


def test_the_text_keeps_the_paragraph_without_its_rights_line() -> None:
    tail = "Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA"
    result = article_text(storm_page("", f"{P3} {tail}"), URL, title_hint=TITLE)
    assert result is not None
    assert P3 in result.text.splitlines()
    assert "RIPRODUZIONE" not in result.text
    assert result.counts["text/structure/glued_rights"] == 1


def test_a_bracketed_copyright_line_after_the_last_paragraph_is_the_footer() -> None:
    closing = "(Copyright (c) 2023 Example TV. All Rights Reserved. Do not redistribute.)"
    assert closing_copyright([P1, P2, closing]) == {closing}
    assert closing_copyright([P1, P2, "[© 2024 Example Media]"]) == {"[© 2024 Example Media]"}
    # A bracketed sentence that opens otherwise stays.
    aside = "(Copyright law was not changed by the council's decision in 2023.)"
    assert closing_copyright([P1, P2, aside]) == set()


def test_the_bracketed_footer_is_named_by_one_lookup_a_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The reasons of the rules beside structure_reasons are merged once a page, the first rule
    # that names a block first: a ChainMap of the sixteen asked each of them for every block.
    asked: list[Any] = []
    chain_get = collections.ChainMap.get

    def counting(self: Any, key: Any, default: Any = None) -> Any:
        asked.append(key)
        return chain_get(self, key, default)

    monkeypatch.setattr(collections.ChainMap, "get", counting)
    closing = "(Copyright (c) 2023 Example TV. All Rights Reserved. Do not redistribute.)"
    result = article_text(storm_page("", closing), URL, title_hint=TITLE)
    assert result is not None
    assert closing not in result.text
    assert result.counts["text/structure/closing_copyright"] == 1
    assert asked == []


def test_the_first_rule_that_names_a_block_gives_its_reason() -> None:
    merged = _first_named(
        {"Footer": "closing_copyright"}, {"Footer": "link_line", "Tags": "tag_line"}
    )
    assert merged == {"Footer": "closing_copyright", "Tags": "tag_line"}
