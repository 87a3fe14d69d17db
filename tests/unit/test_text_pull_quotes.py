"""Pull quotes: a block in quotation marks that repeats words of a paragraph beside it."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.article import article_text
from pipelines.text.extraction import parse_html
from pipelines.text.structure import pull_quotes
from tests.support.prose import P1, P2

SAID = (
    "The harbour master said on Monday: “We have never seen the water this high in forty years,"
    " and we will not see the last of it this winter,” before the ferry was called back."
)
PULL = "“We have never seen the water this high in forty years.”"


def _pulled(body: str, blocks: list[str]) -> set[str]:
    tree = parse_html(f"<html><body><div>{body}</div></body></html>")
    assert tree is not None
    return pull_quotes(templates.block_elements(tree, blocks), blocks)


@pytest.mark.parametrize(
    "quote",
    [
        f"<blockquote>{PULL}</blockquote>",
        f"<div><p>{PULL}</p></div>",
        # Set after the paragraph, in other marks, without its full stop.
        "<aside><p>»We have never seen the water this high in forty years«</p></aside>",
    ],
)
def test_a_quoted_block_that_repeats_a_paragraph_beside_it_is_a_pull_quote(quote: str) -> None:
    body = f"<p>{P1}</p>{quote}<p>{SAID}</p><p>{P2}</p>"
    blocks = [P1, _text(quote), SAID, P2]
    assert _pulled(body, blocks) == {_text(quote)}


def _text(html: str) -> str:
    tree = parse_html(f"<html><body>{html}</body></html>")
    assert tree is not None
    return " ".join("".join(tree.itertext()).split())


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # A heading in quotation marks titles the section whose paragraph quotes it.
        (f"<h2>{PULL}</h2>", SAID),
        # Quoted words no paragraph repeats: a quotation of its own.
        (f"<blockquote>{PULL}</blockquote>", P2),
        # Not in quotation marks at both ends.
        (
            "<p>“We have never seen the water this high in forty years,” he said.</p>",
            SAID,
        ),
        # Too short to be a sentence of a pull quote.
        ("<p>“Never this high.”</p>", "He said: “Never this high.” Then he left the harbour."),
    ],
)
def test_what_is_no_pull_quote(quote: str, said: str) -> None:
    body = f"<p>{P1}</p>{quote}<p>{said}</p><p>{P2}</p>"
    assert _pulled(body, [P1, _text(quote), said, P2]) == set()


def test_a_longer_block_far_off_is_no_paragraph_beside_it() -> None:
    # The words again in the seventh block after: a teaser of another story quoting them.
    others = [f"{P2} {n}" for n in range(6)]
    body = f"<p>{P1}</p><blockquote>{PULL}</blockquote>"
    body += "".join(f"<p>{p}</p>" for p in others) + f"<p>{SAID}</p>"
    assert _pulled(body, [P1, PULL, *others, SAID]) == set()


def test_article_text_reads_the_pull_quote_once() -> None:
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    story = f"{paragraphs}<blockquote>{PULL}</blockquote><p>{SAID}</p><p>{P1} end</p>"
    result = article_text(
        f"<html><body><div><h1>Storm on the coast</h1>{story}</div></body></html>",
        "https://example.org/a.html",
        title_hint="Storm on the coast",
    )
    assert result is not None
    assert (SAID in result.text, PULL in result.text) == (True, False)
    assert [d.reason for d in result.decisions if d.block == PULL] == ["pull_quote"]
