"""The story's own date line among the text's opening blocks, in any language.

Templates set a line between the headline and the body that dates the story: "입력
2020.08.27 20:27", "Donnerstag, 15.2.2018, 19:51 > da]v[ax", "22/11/2020 - 04:30 - Fonte:
Agência Brasil", "Dec 21st, 2018 2:00 pm | Comments", "/ martes 17 de marzo de 2020". Its label
("입력", "Fonte", "Comments") and the words around the date differ on every site and in every
language, so the line rules of :mod:`pipelines.text.cleaning`, which spell them out, miss many
of them; and without class names (``--plain-markup classes``) nothing in the markup says which
element is the date line. What holds on every site is the day it writes: the day the page was
published, which the metadata resolver reads from the page (meta tags, JSON-LD, ``<time>``,
the date line itself) before any rule decides about a block.

So a block the text opens with, before its first block of prose, that writes the page's own
publication day (:func:`pipelines.text.dates.shown_days`, in the page's own zone:
``PageMetadata.published_local_day``) and is short and no sentence, is the story's date line,
whatever else it holds (a byline, the source, a comments link: all furniture of the same row).
The opening ends at the first block of prose: longer than :data:`DATE_LINE_CHARS` or ending as
a sentence does; a body's day written in its prose ("Am 24. April 2020 sagte ...") is never
read. A live ticker is left alone: its entries open with their days and times.

It runs after the line rules, so it takes only the date lines their words miss. Measured on
dev half A with the tune set (round 48): as they are and under ``tags`` it drops 7 lines, under
``classes`` 20, every one a date line ("October 22, 2019 report", "20 septembrie 2020 16:20",
"21. Januar 2022 | Mobilität", "Dec 21st, 2018 2:00 pm | Comments"); no must-keep snippet, no
expected text goes, and half A's figures but the tune set's do not move. The tune set's pages
entirely right: 62.4 to 65.9 % as they are, 57.6 to 60.0 % under ``tags``, 55.3 to 57.6 %
under ``classes``. Not taken: a day written with the month's name in a script
:func:`pipelines.text.dates.shown_days` does not read, and a date line the extraction set
after the body.

Pure functions of strings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pipelines.text.bodyend import SENTENCE_END
from pipelines.text.dates import DATE_LINE_CHARS, shown_days


def opening_date_lines(blocks: Sequence[str], day: str | None) -> list[str]:
    """The blocks before the text's first block of prose that write ``day`` (the page's
    publication day, YYYY-MM-DD, in its own zone; None where the page gives none) and are
    short and no sentence: the story's date line, with what its row holds."""
    if day is None:
        return []
    return [block for block in opening_blocks(blocks) if day in shown_days(block)]


def opening_blocks(blocks: Sequence[str]) -> Iterator[str]:
    """The blocks the text opens with, before its first block of prose (longer than
    :data:`pipelines.text.dates.DATE_LINE_CHARS` or ending as a sentence does): where a
    template sets its furniture rows (date line, byline) between the headline and the body."""
    for block in blocks:
        if len(block) > DATE_LINE_CHARS or SENTENCE_END.search(block) is not None:
            return
        yield block
