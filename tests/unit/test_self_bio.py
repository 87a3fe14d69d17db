"""The author's note about themselves in the first person that the text ends on
(:func:`pipelines.text.selfbio.self_bio_blocks`): "I am a freelance writer in ...", in the
issue's languages, read from the last block back; the note's short form over the story goes
with it, an essay's first-person opening stays."""

from __future__ import annotations

import pytest

from pipelines.text.selfbio import MAX_CHARS, OPENING_MAX_CHARS, self_bio_blocks
from tests.support.prose import P1, P2, P3, assert_dropped_at_end

# One note a language: the first person, a copula, a writer's role.
NOTES = [
    "I am a full-time freelance writer in Leeds. My work has appeared in many magazines.",
    "I'm Jane Doe, a senior contributor covering health and ageing.",
    "Hi, I'm a staff reporter on the harbour beat.",
    "I have been a correspondent in Lisbon since 2010.",
    "Ich bin freie Wissenschaftsjournalistin und schreibe über Klima und Meere.",
    "Ich arbeite als Redakteur in Hamburg.",
    "Je suis journaliste indépendante et j'écris sur la mer.",
    "Soy periodista y vivo en Valencia desde hace diez años.",
    "Sono un giornalista freelance e scrivo di porti e navi.",
    "Sou jornalista e escrevo sobre o mar.",
    "Ik ben freelance journalist en woon in Rotterdam.",
    "Jestem dziennikarką i piszę o morzu.",
    # A bare conjunction and what the writer does, or how to reach them: still the note.
    "I am a freelance writer and I cover the harbour for several magazines.",
    "I'm a staff reporter and can be reached at jane@example.com.",
    # A note going on without a subject after a bare conjunction, or with "want" or "go".
    "I am a freelance writer and no stranger to the kitchen.",
    "I'm a food writer and can't resist a good croissant.",
    "I am a journalist and never without a notebook.",
    "Ich bin Journalistin und muss oft reisen.",
    "Ik ben freelance journalist en ga graag de natuur in.",
    "Soy periodista y quiero contar historias del mar.",
    "Je suis journaliste et je veux raconter la mer.",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_closing_note_in_each_language_goes(note: str) -> None:
    assert self_bio_blocks([P1, P2, P3, note]) == [note]


# First-person sentences a story may close on that are no note about its author.
KEPT = [
    "I am not a journalist, but I know what I saw on the quay that night.",
    "I'm a big fan of this columnist, said the mayor.",
    "I am sure that any reporter would have asked the same question.",
    "Ich bin keine Journalistin, sagte die Bürgermeisterin.",
    "Je suis allée voir le rédacteur du journal.",
    "Jane Doe is a reporter at the Harbour Gazette.",
    # An opinion piece's closing argument, in the first person: the role, then a clause.
    "I am a journalist, and I will keep asking the council where the money went.",
    "I have been a reporter for thirty years, but I have never seen a mayor so afraid.",
    "I am a writer, not a politician, so I can only say what I saw on the quay.",
    "Ich bin Journalistin, und ich werde weiter fragen, wohin das Geld ging.",
    "Je suis journaliste, mais je n'ai jamais vu un maire aussi inquiet.",
    "Soy periodista, y seguiré preguntando adónde fue el dinero.",
    # The same argument without the comma: what the writer will, must or will not do.
    "I am a journalist and I will keep asking the council where the money went.",
    "I have been a reporter for thirty years and I have never seen a mayor so afraid.",
    "I am a journalist and I'll keep asking where the money went.",
    "Ich bin Journalistin und ich werde weiter fragen, wohin das Geld ging.",
    "Je suis journaliste mais je n'ai jamais vu un maire aussi inquiet.",
    "Soy periodista y no dejaré de preguntar adónde fue el dinero.",
    "Ik ben journalist en ik zal blijven vragen waar het geld is gebleven.",
    "Jestem dziennikarką i nie przestanę pytać, gdzie są pieniądze.",
]


@pytest.mark.parametrize("line", KEPT)
def test_a_closing_first_person_sentence_of_the_story_stays(line: str) -> None:
    assert self_bio_blocks([P1, P2, P3, line]) == []


def test_a_folded_note_the_ellipsis_and_the_full_note_go() -> None:
    short = "I am a full-time freelance writer in Leeds. I have written for"
    full = short + " many magazines, among them the Harbour Gazette and the Coast Weekly."
    assert self_bio_blocks([P1, P2, P3, short, "…", full]) == [full, "…", short]


def test_a_separator_before_the_note_stays_with_the_story() -> None:
    note = NOTES[0]
    assert self_bio_blocks([P1, P2, P3, "* * *", note]) == [note]


def test_the_run_stops_at_the_story_s_last_paragraph() -> None:
    # A note before the story's last paragraph is inside the text: not the run's.
    note = NOTES[0]
    assert self_bio_blocks([P1, note, P2, P3]) == []


def test_the_short_note_over_the_story_goes_with_the_closing_one() -> None:
    short = "I am a Example.com contributor writing about health."
    assert self_bio_blocks([short, P1, P2, P3, NOTES[0]]) == [NOTES[0], short]


def test_an_essay_s_first_person_opening_stays() -> None:
    # No note ends the text: the opening is the essay's own.
    opening = "I am a nurse, and for ten years I have worked nights on the ward by the harbour."
    assert self_bio_blocks([opening, P1, P2, P3]) == []
    # A long opening paragraph is the essay's even when a note ends the text.
    essay = "I am a reporter, and " + "the harbour flooded again " * (OPENING_MAX_CHARS // 26)
    assert len(essay) > OPENING_MAX_CHARS
    assert self_bio_blocks([essay, P1, P2, P3, NOTES[0]]) == [NOTES[0]]


def test_a_long_block_is_the_story_s() -> None:
    long_note = NOTES[0] + " I wrote about the harbour." * (MAX_CHARS // 27)
    assert len(long_note) > MAX_CHARS
    assert self_bio_blocks([P1, P2, P3, long_note]) == []


def test_a_text_of_notes_alone_keeps_them() -> None:
    assert self_bio_blocks([NOTES[0], "…", NOTES[1]]) == []


def test_article_text_drops_the_note_counts_it_and_explains_it() -> None:
    assert_dropped_at_end(f"<p>{NOTES[0]}</p>", NOTES[0], "self_bio")
