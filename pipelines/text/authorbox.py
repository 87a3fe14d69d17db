"""The author's box after the story: a small box that names the story's author beside a note.

A blog or magazine sets under its story a box about the person who wrote it: a picture, the
name (a link to the author's page), a role, a few sentences about them ("Die Leidenschaft für
Finanzen habe ich schon immer in mir getragen!", "Jane studied physics in Leeds ..."), links to
their profiles, a "more posts by" link. Class names ("author-box", "about-author") tell it where
the page has them (:mod:`pipelines.text.page`'s byline markup); a page whose names say nothing
(hashed names, older markup, none) still shows it by what it holds and where.

The rule reads the names the metadata gives (the resolver's authors, those the row stores:
:func:`pipelines.text.article.article_text`) and the element holding the body
(:func:`pipelines.text.inbody.body_region`: its container and the chunks an advertisement cut
it into). A block of the text after the last one that element holds, and outside it, is the
author's note when a box around it, at most :data:`BOX_LEVELS` levels up, holds an element
that shows nothing but one of those names, outside the block's own element, and little text
beside the block (:data:`BOX_SLACK_CHARS`: the name, a role, a "more by" link's label), no
digit there (a reader's comment the author answered and a card of another story by the author
show the name over a date or a time), and none of the body. Nothing here reads a word of any
language: the note may be written in the first person, without the name a closing biography
of :mod:`pipelines.text.structure` opens with. The name may also open the note's own paragraph
in an element of its own (a link to the author's page, then the profile's label and the
sentences about them: "Jane DoeTwitterJane Doe is the editor of ..."), which the closing
biography's rule does not read as the name and a verb (:func:`_opening`). Round 37, dev half
A: under ``classes`` one metadev page loses such a note (token F1 0.995 -> 0.998); as they are
and under ``tags`` no text changes.

Left alone: a box before the story (a lead under a byline is set so as well), and a note in the
body's own container (the article's last paragraph may end with the writer's name).

Measured on dev half A (as it is, ``--plain-markup tags`` and ``classes``), page by page
against the text before it: as it is and under ``tags`` no text changes (the boxes' class
names, or a closing biography that opens with the name, take them first); under ``classes``
one page changes, better: a blog's first-person note under its author's name and role
(datesA/labelled leak 64.2 -> 63.3 %). The rule itself finds the author's box on five more
pages there (a name on its own line, "Written by", biographies that open with the name), which
rules before it drop already, and, on a page whose text goes on with the site's next story, a
picture's caption beside a photo credit naming the author (dropped as a caption first).
Without the digit it also took a blog author's answers among the readers' comments and a card
of the author's other story: no note about the person.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from lxml import etree

from pipelines.text.page import element_text, in_box, loose_key, loose_key_in, text_length

# How many boxes up from the block's element the name is looked for: the note's paragraph sits
# in a box of its own beside the box of the name and the role, both in the author's box.
BOX_LEVELS = 3
# What the author's box holds beside the note: the name, a role, a "more posts by" link's label,
# a social profile's label. A box holding more is a part of the page, not the author's.
BOX_SLACK_CHARS = 200
_DIGIT_RE = re.compile(r"\d")


def author_box_notes(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    names: Collection[str],
    container: etree._Element | None,
) -> set[str]:
    """The blocks (whitespace-collapsed) that are the note of the author's box after the body
    (see the module docstring). ``elements``: each block's first element
    (:func:`pipelines.text.templates.block_elements`). ``names``: the author's names as the
    metadata gives them. ``container``: the element holding the body
    (:func:`pipelines.text.inbody.body_region` of ``elements``), read once per page by the
    caller for this rule and :func:`pipelines.text.bodyend.after_body`."""
    keys = {loose_key(name) for name in names} - {""}
    if not keys or container is None:
        return set()
    inside = [
        i
        for i, block in enumerate(blocks)
        if (element := elements.get(block)) is not None and in_box(element, container)
    ]
    if not inside:
        return set()
    # The boxes that hold the body: no author's box is one of them.
    holding = {container, *container.iterancestors()}
    return {
        block
        for block in blocks[inside[-1] + 1 :]
        if (element := elements.get(block)) is not None
        and not in_box(element, container)
        and _in_author_box(element, len(block), holding, keys)
    }


def _in_author_box(
    element: etree._Element,
    length: int,
    holding: Collection[etree._Element],
    keys: Collection[str],
) -> bool:
    """Whether a box around ``element`` (of a block ``length`` long), at most
    :data:`BOX_LEVELS` up, shows one of the names (``keys``: loose keys) in an element of its
    own beside it, holds at most :data:`BOX_SLACK_CHARS` of other text and none of the
    elements that hold the body (``holding``)."""
    # The name may open the note's own paragraph in an element of its own (a link to the
    # author's page before the sentences about them): it counts as set beside the note.
    own = set(element.iter()) - _opening(element)
    longest = max(map(len, keys))
    box = element
    for _ in range(BOX_LEVELS):
        box = box.getparent()
        if box is None or box in holding or text_length(box) - length > BOX_SLACK_CHARS:
            return False
        if any(
            node not in own
            and isinstance(node.tag, str)
            # A name's element holds little more text than the name (its key drops spaces
            # and punctuation): read only such elements' text.
            and text_length(node) <= 2 * longest
            and loose_key_in(element_text(node), keys)
            for node in box.iter()
        ):
            # A reader's comment the author answered, or a card of another story by the
            # author, shows the name too, over a date or a time; the author's box shows none.
            return not _DIGIT_RE.search(element_text(box).replace(element_text(element), ""))
    return False


def _opening(element: etree._Element) -> set[etree._Element]:
    """The elements that open ``element``'s text, each the first child of the one before with
    no text before it (``<p><span><a>Name</a>...``), when ``element`` holds more text than they
    do: a note whose first words are the name in an element of its own. Empty when text
    comes first (a sentence that names the author on its way) or the element is only the
    name."""
    out: set[etree._Element] = set()
    node = element
    while not (node.text or "").strip() and len(node) and isinstance(node[0].tag, str):
        node = node[0]
        out.add(node)
    if not out or text_length(node) >= text_length(element):
        return set()
    return out
