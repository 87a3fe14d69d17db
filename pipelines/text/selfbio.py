"""Where the text ends on the author's note about themselves, written in the first person.

Blogs, contributor networks and magazines set under the story a short biography the author
wrote: "I am a full-time freelance writer in Asheville ...", "Ich bin freie Journalistin und
schreibe über ...", "Je suis journaliste indépendante ...", "Jestem dziennikarzem ...". It
sits inside the body's container at its end, where neither the extraction nor the rules that
read class names or an author's box can tell it from the story, and it opens with no name
that the closing biography of :mod:`pipelines.text.structure` could match with the byline
(that rule reads "Jane Doe is a reporter ..."). Its words are the same on every site: the
first person, a copula, and a writer's role ("writer", "Journalistin", "rédactrice",
"periodista", "giornalista", "jornalista", "verslaggever", "dziennikarką"), a few words of
rank or beat between them ("a full-time freelance", "a Forbes.com"), in the opening sentence
(:data:`SELF_BIO_RE`, for de, en, fr, es, it, pt, nl and pl). An opinion piece may close on
the same words as an argument ("I am a journalist, and I will keep asking ..."): a comma and a
conjunction or a negation after the role, in that sentence, make the block the story's
(:data:`_ARGUING_RE`). Many writers leave that comma out ("I am a journalist and I will keep
asking ..."), and a note, too, goes on after a bare conjunction ("Je suis journaliste et
j'écris sur la mer"): there what follows the conjunction tells them apart. A note says what its
writer does, in the plain present ("and I write about", "und schreibe über", "en ga graag"),
and may go on without a subject ("and no stranger to the kitchen", "and never without a
notebook"); an argument says what its writer will, must or will not do, or has never done: a
conjunction, the first person, an auxiliary allowed, then a modal, the future or a negation
("and I will", "but I have never", "und ich werde", "et je ne", "en ik zal"), or, in the
languages that leave the subject out, a conjunction and a negation ("y no", "i nie"), make the
block the story's too (:data:`_BARE_ARGUING_RE`). "Can", "could", "would", "want" and "go" are
no such word: a note closes on them ("and can be reached at ...", "and would love to hear from
you", "y quiero contar").

So the text's closing blocks are read from the last one back: each such note goes, with the
blocks of no letters between or after them (the "…" of a note folded behind a "more"
toggle, which then prints the note again in full), up to the first other block: the story's
last paragraph stops the run. A note of the run is at most :data:`MAX_CHARS` long (a
biography is a paragraph, not a chapter). A text made only of such blocks keeps them (there is
no story to end). Over the story, where a first-person essay may open with the writer's own "I
am a nurse who ...", a note goes only when the text ends on one too: the text's first block, a
line of at most :data:`OPENING_MAX_CHARS` (a network of contributors sets the note's first
sentence under the byline and the whole note under the story).

Measured on the text benchmark's tune set (datesB/tune), as it is and under both plain
markups: one contributor's page ends on such a note, folded and then in full, with its short
form as the text's first line, which it leaked in every mode; the page is now right in every
mode (tune set as it is: leaked 2.2 -> 1.9 %, pages right 81.2 -> 82.4 %; ``tags`` 3.2 -> 2.9 %,
74.1 -> 75.3 %; ``classes`` 5.4 -> 5.2 %, 69.4 -> 70.6 %). On the rest of dev half A
(realpages/A, datesA/labelled, datesA/fresh-tune, metadev/A) it takes nothing in any mode; no
held-out figure moves. About 4 µs a page. The argument without its comma (round 51) changes
the text of no dev page of half A or the tune set in any mode, and moves no figure.

Pure functions of strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A biography is a paragraph or two: a longer block is the story's.
MAX_CHARS = 1000
# The note's short form over the story is a line: the one the tune set shows is 91 characters;
# a first-person essay's opening paragraph is longer.
OPENING_MAX_CHARS = 200

# The first person and its copula, by language ("I'm", "Ich bin", "Je suis", "Soy", "Sono",
# "Sou", "Ik ben", "Jestem"), a greeting allowed before it ("Hi, I'm ...", "Hallo, ich bin"),
# the author's capitalised name and a comma allowed after it ("I'm Jane Doe, a freelance
# writer"); "I have been", "Ich arbeite als" (I work as) too.
_SELF = (
    r"(?:(?:hi|hello|hey|hallo|bonjour|salut|hola|ciao|olá|oi|hoi|cześć)[,!]?\s)?"
    r"(?:i am|i['’]m|i have been|i['’]ve been|ich bin|ich arbeite als|je suis|soy|sono|sou"
    r"|ik ben|jestem)\s"
    r"(?-i:(?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*\s?){1,3},\s)?"
)
# Its articles: "a", "the", "ein", "une", "una", "un'", "um", "een", "het".
_ARTICLE = r"(?:(?:an?|the|eine?|der|die|une?|la|le|una|uno|el|il|un['’]|um|uma|o|een|de|het)\s)?"
# A few words of rank, kind of contract or beat ("full-time freelance", "Forbes.com", "freie",
# "indépendante"), none of them a sentence's or a clause's end, a negation, an article, a
# preposition or a word that makes the role another's ("I am not a journalist", "I'm a fan of
# this columnist", "I am told the editor ...", "Je suis allée voir le rédacteur").
_OTHER = (
    r"(?:not|no|never|of|for|with|to|in|at|on|by|from|the|this|that|these|any|every|each|all"
    r"|nicht|kein\w*|von|für|mit|zu|zum|zur|in|im|am|an|auf|bei|beim|nach|der|die|das|dem|den"
    r"|des|diese[rsm]?|jede[rsm]?|alle"
    r"|pas|ne|jamais|de|du|des|pour|avec|à|au|aux|en|sur|chez|le|la|les|l['’]\w*|ce|cette"
    r"|chaque|tous|non|del|para|con|al|el|lo|los|las|este|esta|cada|di|per|il|gli|questo"
    r"|questa|ogni|não|do|da|com|ao|na|no|os|as|todo|niet|geen|van|voor|met|op|bij|het|deze"
    r"|dit|elke|nie|dla|ten|ta|w|z|u|o|każd\w*)"
)
_BETWEEN = rf"(?:(?!{_OTHER}\s)[^\s.!?;:,]+(?:\.[^\s.!?;:,]+)*\s){{0,4}}?"
# The writer's roles, in the forms a first-person sentence takes (Polish: the instrumental,
# "jestem dziennikarzem"); a German compound may open with its beat ("Wissenschaftsjournalistin").
_ROLE = (
    r"(?:writer|journalist|reporter|contributor|columnist|correspondent|editor|author|blogger"
    r"|photojournalist|freelancer|novelist"
    r"|\w*(?:journalist|autor|redakteur|reporter|korrespondent|blogger|texter|kolumnist)(?:in)?"
    r"|journaliste|rédact(?:eur|rice)|auteure?|autrice|correspondante?|chroniqueu(?:r|se)"
    r"|blogueu(?:r|se)|pigiste|écrivaine?"
    r"|periodista|redactora?|escritora?|reportera?|corresponsal|columnista|bloguera?|colaboradora?"
    r"|giornalista|redatt(?:ore|rice)|scritt(?:ore|rice)|corrispondente|aut(?:ore|rice)"
    r"|collaborat(?:ore|rice)"
    r"|jornalista|redatora?|repórter|correspondente|colunista|blogueira?"
    r"|schrijver|schrijfster|redacteur|redactrice|verslaggever|verslaggeefster"
    r"|dziennikarz(?:em)?|dziennikark[aą]|redaktor(?:em|k[aą])|reporter(?:em|k[aą])"
    r"|autor(?:em|k[aą])|publicyst(?:[aą]|k[aą])|korespondent(?:em|k[aą])|bloger(?:em|k[aą])"
    r"|felietonist(?:[aą]|k[aą])|pisarz(?:em)?|pisark[aą])"
)
# The note's opening: the first person, a copula, the role, in the first sentence.
SELF_BIO_RE = re.compile(rf"^{_SELF}{_ARTICLE}{_BETWEEN}{_ROLE}(?!\w)", re.IGNORECASE)


# After the role, in the same sentence, a comma and a conjunction or a negation opens a clause
# that argues: an opinion piece's closing words in the first person ("I am a journalist, and I
# will keep asking ...", "I have been a reporter for thirty years, but I have never seen ...",
# "Je suis journaliste, mais ..."), the story's own, not a note about its writer.
_ARGUING_RE = re.compile(
    r"[^.!?;]*?,\s(?:and|but|so|yet|not|because|und|aber|doch|denn|nicht|sondern|et|mais|donc"
    r"|pas|car|y|pero|no|porque|e|ma|non|perché|mas|não|en|maar|niet|want|i|ale|nie|bo)\b",
    re.IGNORECASE,
)


# The same clause without the comma: a conjunction, the first person, an auxiliary allowed,
# then a modal, the future or a negation ("and I will keep asking", "but I have never seen",
# "und ich werde", "mais je n'ai jamais", "en ik zal"). The person is needed: a note, too, goes
# on after a bare conjunction with a negation or a modal and no subject ("and no stranger to the
# kitchen", "and never without a notebook", "und muss oft reisen"). Only Spanish, Italian,
# Portuguese and Polish, which leave the subject out, argue without it, and there with a
# negation ("y no dejaré", "i nie przestanę"). The words for "want" and "go" are no such word:
# a note says them in the plain present ("en ga graag de natuur in", "y quiero contar").
_BARE_CONJUNCTION = (
    r"and|but|so|yet|because|und|aber|doch|denn|sondern|et|mais|donc|car|y|pero|porque|e|ma"
    r"|perché|mas|en|maar|want|i|ale|bo"
)
_FIRST_PERSON = r"i|we|ich|wir|je|nous|yo|io|noi|eu|nós|ik|wij|ja|my"
_AUXILIARY = r"have|has|am|habe|hab|bin|ai|suis|he|soy|ho|sono|tenho|sou|heb|ben|jestem"
_BINDING = (
    r"will|shall|must|should|never|not|won['’]t|can['’]t|cannot|don['’]t|refuse"
    r"|werde|werden|muss|müssen|soll|sollen|nie|niemals|nicht|kein\w*"
    r"|ne|dois|jamais"
    r"|no|nunca|jamás|debo"
    r"|non|mai|devo"
    r"|não"
    r"|zal|zullen|moet|moeten|niet|nooit"
    r"|nigdy|będę|muszę"
)
# The conjunctions and negations of the languages that leave the subject out.
_DROPPED_SUBJECT_CONJUNCTION = r"y|pero|porque|e|ma|perché|mas|i|ale|bo"
_DROPPED_SUBJECT_NEGATION = r"no|nunca|jamás|non|mai|não|nie|nigdy"
_BARE_ARGUING_RE = re.compile(
    rf"[^.!?;]*?\s(?:(?:{_BARE_CONJUNCTION})\s(?:{_FIRST_PERSON})\s(?:(?:{_AUXILIARY})\s)?"
    rf"(?:(?:{_BINDING})(?!\w)|n['’])|(?:{_BARE_CONJUNCTION})\s(?:i|we)['’]ll\b"
    rf"|(?:{_DROPPED_SUBJECT_CONJUNCTION})\s(?:{_DROPPED_SUBJECT_NEGATION})(?!\w))",
    re.IGNORECASE,
)


def _self_bio(block: str) -> bool:
    """Whether ``block`` is the author's note about themselves: it opens with the first person
    and a writer's role, goes on with no clause that argues (:data:`_ARGUING_RE`,
    :data:`_BARE_ARGUING_RE`), and is no longer than a biography."""
    if len(block) > MAX_CHARS:
        return False
    match = SELF_BIO_RE.match(block)
    return (
        match is not None
        and _ARGUING_RE.match(block, match.end()) is None
        and _BARE_ARGUING_RE.match(block, match.end()) is None
    )


def _letterless(block: str) -> bool:
    """A block of no letters: the "…" of a folded note, a separator."""
    return not any(c.isalpha() for c in block)


def self_bio_blocks(blocks: Sequence[str]) -> list[str]:
    """The blocks the text ends on that are the author's note about themselves (with the
    blocks of no letters among them), from the last one back, and the text's first block when
    it is such a note too (the note's short form over the story); none when no such note ends
    the text, or when nothing of the story would be left."""
    run: list[str] = []
    notes = 0
    for block in reversed(blocks):
        if _self_bio(block):
            notes += 1
        elif not _letterless(block):
            break
        run.append(block)
    if not notes or len(run) == len(blocks):
        return []
    # Blocks of no letters after the story's last paragraph but before the note stay with it.
    while run and _letterless(run[-1]):
        run.pop()
    if len(blocks) - len(run) > 1 and len(blocks[0]) <= OPENING_MAX_CHARS and _self_bio(blocks[0]):
        run.append(blocks[0])
    return run
