"""Paragraphs of made-up news prose that the structural text tests set as an article's body:
long enough to be body text, plain enough to be no rule's furniture; and a page of them with a
box set among them, as the tests of the whole text pipeline read it."""

from lxml import etree

from pipelines.text.article import TextOptions, article_text
from pipelines.text.extraction import parse_html

P1 = (
    "Heavy rain on Monday night left the harbour road under water, and the ferry to the "
    "islands stayed in port until the tide turned."
)
P2 = (
    "Council workers cleared the drains on Tuesday; the mayor promised that the repairs to "
    "the sea wall would start before the autumn storms."
)
P3 = (
    "By Wednesday the ferry ran again, and the islanders who had waited on the quay since "
    "Monday were home for supper with their shopping."
)
TITLE = "Storm on the coast"
URL = "https://example.org/a.html"


def short_story(middle: str) -> str:
    """A story of P1, ``middle``, P2 and P3 under its headline in one box without class
    names: a block set between the story's paragraphs."""
    return (
        f"<html><head><title>{TITLE}</title></head><body><div>"
        f"<h1>{TITLE}</h1><p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p>"
        "</div></body></html>"
    )


def storm_page(box: str, closing: str) -> str:
    """A story of six numbered paragraphs under its headline, then ``box``, then ``closing``
    (a last paragraph's text), all in one ``<div>`` and without class names."""
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    return (
        f"<html><head><title>{TITLE}</title></head><body><div>"
        f"<h1>{TITLE}</h1>{paragraphs}{box}<p>{closing}</p>"
        "</div></body></html>"
    )


def story_html(middle: str) -> str:
    """A story of P1, ``middle``, P2 and P3 under its headline, in one box without class names:
    the page the rules for a block set among the body's paragraphs read."""
    return (
        f"<html><head><title>{TITLE}</title></head><body><div>"
        f"<h1>{TITLE}</h1><p>{P1}</p>{middle}<p>{P2}</p><p>{P3}</p>"
        "</div></body></html>"
    )


def story_tree(after: str) -> etree._Element:
    """The parsed page of the three paragraphs, then ``after``, in one box without class
    names: the story the rules for the text's closing blocks read from its end."""
    tree = parse_html(
        f"<html><body><div><p>{P1}</p><p>{P2}</p><p>{P3}</p>{after}</div></body></html>"
    )
    assert tree is not None
    return tree


def assert_dropped_over_body(html: str, line: str, reason: str) -> None:
    """The text pipeline drops ``line`` of ``html`` (a story of P1, P2 and P3) with ``reason``
    of its structure stage, counts it once and keeps the body around it."""
    result = article_text(html, "https://example.org/storm", options=TextOptions())
    assert result is not None
    assert line not in result.text
    assert P1 in result.text and P3 in result.text
    assert result.counts[f"text/structure/{reason}"] == 1
    assert any(d.block == line and not d.kept and d.reason == reason for d in result.decisions)


def assert_kept_over_body(html: str, line: str, reason: str) -> None:
    """The text pipeline keeps ``line`` of ``html``: no block goes with ``reason``."""
    result = article_text(html, "https://example.org/storm", options=TextOptions())
    assert result is not None
    assert line in result.text
    assert result.counts[f"text/structure/{reason}"] == 0


def assert_dropped_at_end(closing: str, line: str, reason: str) -> None:
    """The text pipeline drops ``line``, set as ``closing`` (its markup) under a story of
    seven paragraphs ending with P3, with ``reason`` of its structure stage: counted once,
    explained, the story's last paragraph the text's last line; without the structure rules
    ``line`` ends the text, so the rule took it."""
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div><h1>{TITLE}</h1>{paragraphs}"
        f"<p>{P3}</p>{closing}</div></body></html>"
    )
    result = article_text(html, URL, title_hint=TITLE, options=TextOptions(explain=True))
    assert result is not None
    assert result.text.splitlines()[-1] == P3
    assert result.counts[f"text/structure/{reason}"] == 1
    dropped = [(d.block, d.stage, d.reason) for d in result.decisions if not d.kept]
    assert (line, "structure", reason) in dropped
    plain = article_text(html, URL, title_hint=TITLE, options=TextOptions(frozenset({"structure"})))
    assert plain is not None
    assert plain.text.splitlines()[-1] == line
