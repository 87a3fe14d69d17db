"""The author's box after the story: a small box that names the story's author beside a note."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from lxml import etree

from pipelines.extract.worker import PageJob, analyze_page
from pipelines.text import authorbox, inbody, templates
from pipelines.text.article import TextOptions, _rule_names, article_text
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata
from tests.support.prose import P1, P2, P3, TITLE, URL

# A note in the first person: no name and no verb after it for a closing biography's rule.
NOTE = (
    "Weather has been my passion since childhood! I have followed the storms of this coast "
    "for twenty years and still walk the harbour wall every morning."
)
NAME = "Jane Doe"


def _box(name: str = NAME, meta: str = "Science editor") -> str:
    """The author's box as a blog's theme sets it once its class names are gone: a picture
    and the profile links, the name and a role, the note, a link to the author's posts."""
    return (
        '<div><div><a href="/author/jane-doe/"><img src="/avatar.jpg" width="96"></a>'
        '<span><a href="https://social.example/janedoe">Profile</a></span></div>'
        f'<div><div><span><a href="/author/jane-doe/">{name}</a></span><span>{meta}</span></div>'
        f'<div><p>{NOTE}</p></div><a href="/author/jane-doe/">All posts</a></div></div>'
    )


def _page(after: str = "", before: str = "") -> str:
    return f"<html><body>{before}<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{after}</body></html>"


def _notes(html: str, blocks: list[str], names: set[str]) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    elements = templates.block_elements(tree, blocks)
    return authorbox.author_box_notes(elements, blocks, names, inbody.body_region(elements))


def test_the_note_of_the_authors_box_after_the_body_goes() -> None:
    assert _notes(_page(_box()), [P1, P2, P3, NOTE], {NAME}) == {NOTE}


def test_the_name_is_compared_loosely() -> None:
    assert _notes(_page(_box()), [P1, P2, P3, NOTE], {"jane  DOE"}) == {NOTE}


AFTER = [P1, P2, P3, NOTE]


@pytest.mark.parametrize(
    ("html", "blocks", "names"),
    [
        # Another person's box: a guest's, a colleague's recommended profile.
        (_page(_box()), AFTER, {"John Roe"}),
        # No name from the metadata: nothing to tell the author's box by.
        (_page(_box()), AFTER, set()),
        # A reader's comment the author answered: the header shows the name over a time.
        (_page(_box(meta="3 March 2020 at 10:14")), AFTER, {NAME}),
        # Before the story: a lead under a byline is set so as well.
        (_page(before=_box()), [NOTE, P1, P2, P3], {NAME}),
        # The body's own container: the article's last paragraph, signed.
        (
            f"<html><body><div><p>{P1}</p><p>{P2}</p><p>{NOTE}</p>"
            f"<p><a href='/author/jane-doe/'>{NAME}</a></p></div></body></html>",
            [P1, P2, NOTE, NAME],
            {NAME},
        ),
        # A part of the page that holds more than a name and a role beside the block.
        (
            _page(f"<div><div><p>{NOTE}</p></div><a href='/a'>{NAME}</a><p>{P1} {P2}</p></div>"),
            AFTER,
            {NAME},
        ),
    ],
    ids=["other-name", "no-name", "dated", "before-body", "in-body", "large-box"],
)
def test_other_blocks_naming_the_author_stay(html: str, blocks: list[str], names: set[str]) -> None:
    assert _notes(html, blocks, names) == set()


# A biography whose first words are the name, set in a link of its own with the profile's
# label, the two joined without a space in the text ("Jane DoeProfileJane Doe is ...").
BIO = "Jane Doe is the science editor of Coast News and writes about the weather of the coast."
OPENED = (
    "<div><div><p><span><a href='/author/jane-doe/'>Jane Doe</a>"
    "<a href='https://social.example/janedoe'>Profile</a></span>"
    f"{BIO}</p></div></div>"
)
OPENED_BLOCK = f"Jane DoeProfile{BIO}"


def test_a_note_opened_by_the_name_in_an_element_of_its_own_goes() -> None:
    assert _notes(_page(OPENED), [P1, P2, P3, OPENED_BLOCK], {NAME}) == {OPENED_BLOCK}


@pytest.mark.parametrize(
    ("html", "block"),
    [
        # The name on its way in a sentence: a reader's or another page's words about them.
        (
            "<div><div><p>We spoke to <a href='/author/jane-doe/'>Jane Doe</a> about the "
            "storms of this coast and the harbour wall.</p></div></div>",
            "We spoke to Jane Doe about the storms of this coast and the harbour wall.",
        ),
        # Another name opens the paragraph: a guest's biography.
        (
            OPENED.replace(">Jane Doe<", ">John Roe<"),
            f"John RoeProfile{BIO}",
        ),
    ],
    ids=["name-inside", "other-name"],
)
def test_a_name_that_does_not_open_a_longer_note_is_not_beside_it(html: str, block: str) -> None:
    assert _notes(_page(html), [P1, P2, P3, block], {NAME}) == set()


def test_article_text_drops_the_authors_note_without_class_names() -> None:
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    # Without the picture and the profile links, which make trafilatura leave the box out.
    box = (
        f'<div><div><span><a href="/author/jane-doe/">{NAME}</a></span><span>Science editor'
        f"</span></div><div><p>{NOTE}</p></div></div>"
    )
    html = (
        f'<html><head><title>{TITLE}</title><meta name="author" content="{NAME}"></head>'
        f"<body><div><h1>{TITLE}</h1><div>{paragraphs}<p>{P3}</p></div>{box}</div>"
        "</body></html>"
    )
    result = article_text(html, URL, title_hint=TITLE)
    assert result is not None
    assert P3 in result.text
    assert NOTE not in result.text
    assert result.counts["text/structure/author_box_note"] == 1


def test_the_body_region_is_read_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # The author's box and the furniture after the body are both placed by the element that
    # holds the body: one read of it (each read looks for the chunks the body is cut into).
    reads: list[etree._Element] = []
    chunks = inbody.chunks

    def counted(
        container: etree._Element, parents: Mapping[etree._Element, int]
    ) -> tuple[etree._Element, list[etree._Element]]:
        reads.append(container)
        return chunks(container, parents)

    monkeypatch.setattr(inbody, "chunks", counted)
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    box = f"<div><div><span>{NAME}</span><span>Editor</span></div><div><p>{NOTE}</p></div></div>"
    html = (
        f'<html><head><title>{TITLE}</title><meta name="author" content="{NAME}"></head>'
        f"<body><div><h1>{TITLE}</h1><div>{paragraphs}<p>{P3}</p></div>{box}</div>"
        "</body></html>"
    )
    # Without the inbody stage, which reads the body's chunks for itself.
    options = TextOptions(disabled=frozenset({"inbody"}))
    result = article_text(html, URL, title_hint=TITLE, options=options)
    assert result is not None
    assert NOTE not in result.text
    assert len(reads) == 1


def _credited_page(byline: str) -> str:
    """A page without an author's meta tag or JSON-LD (trafilatura names no author), its
    ``byline`` under the headline, and the author's box after the body showing the name
    without a link (so the box itself names no author to the resolver)."""
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    box = (
        f"<div><div><span>{NAME}</span><span>Science editor</span></div>"
        f"<div><p>{NOTE}</p></div></div>"
    )
    return (
        f"<html><head><title>{TITLE}</title></head><body><div><h1>{TITLE}</h1>{byline}"
        f"<div>{paragraphs}<p>{P3}</p></div>{box}</div></body></html>"
    )


def test_the_rules_read_the_names_the_resolver_stores() -> None:
    # trafilatura finds no author; the resolver reads the byline under the headline, and the
    # worker stores the names the rules read: the byline and the box's note go.
    page = _credited_page(f"<p>By {NAME}</p>")
    result = article_text(page, URL, title_hint=TITLE)
    assert result is not None
    assert result.extracted.author is None
    assert result.metadata.authors == [NAME]
    assert NOTE not in result.text and f"By {NAME}" not in result.text
    assert result.counts["text/structure/author_box_note"] == 1
    stored = analyze_page(PageJob(URL, page, min_text_chars=0))
    assert stored.fields["authors"] == [NAME]
    assert NOTE not in stored.fields["text"]


def test_without_names_the_note_stays() -> None:
    result = article_text(_credited_page(""), URL, title_hint=TITLE)
    assert result is not None
    assert result.metadata.authors == []
    assert NOTE in result.text


def _found(author: str | None) -> Extracted:
    return Extracted(P1, title=TITLE, author=author)


@pytest.mark.parametrize(
    ("stored", "author", "names"),
    [
        # The resolver's names, not trafilatura's string.
        ([NAME], "Coast News Staff", [NAME]),
        ([NAME, "John Roe"], None, [NAME, "John Roe"]),
        # The resolver stores none (a conflict, an unconfirmed guess): trafilatura's names.
        ([], "Jane Doe; John Roe", [NAME, "John Roe"]),
        ([], None, []),
    ],
    ids=["resolved", "resolved-several", "trafilatura", "none"],
)
def test_rule_names_are_the_resolvers_else_trafilaturas(
    stored: list[str], author: str | None, names: list[str]
) -> None:
    assert _rule_names(PageMetadata(authors=stored), _found(author)) == names
