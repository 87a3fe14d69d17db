"""The story's heading where the page's <h1> is no headline (the section's name) or where the
page sets its headline in no heading at all; and the pages those rules must pass over: an <h1>
that names the page itself, a teaser's link, a paragraph that repeats the title."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml.html import HtmlElement

from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.headline import heading_of_title, headline_element, story_facts
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.structured import gather

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/noticias/deportes/futbol/el-primero-en-hablar-647581"
TITLE = "El primero en hablar: sorprendente despedida del técnico"
BODY = "<p>" + "El jugador habló tras la salida del técnico de la selección. " * 6 + "</p>"
MENU = '<ul><li><a href="/noticias/deportes/futbol">Fútbol</a></li></ul>'


def page(body: str, title: str = f"{TITLE} | Diario") -> HtmlElement:
    tree = parse_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert tree is not None
    return tree


def heading(tree: HtmlElement, title: str, url: str = URL) -> HtmlElement | None:
    story = story_facts(gather(tree, url), tree)
    return heading_of_title(story, tree, headline_element(story, title), title)


def resolve(tree: HtmlElement, url: str = URL, guess: str | None = None) -> PageMetadata:
    extracted = Extracted("text", date=guess) if guess else None
    return resolve_metadata(tree, url, fetched_at=FETCHED, extracted=extracted)


# -- an <h1> that names a section above the page ----------------------------------------------


def test_an_h1_naming_a_section_above_the_page_is_no_headline() -> None:
    tree = page(f"{MENU}<h1>Fútbol</h1><h2>{TITLE}</h2>{BODY}")
    found = heading(tree, TITLE)
    assert found is not None and found.tag == "h2"
    assert resolve(tree).title == TITLE


def test_an_h1_naming_the_site_root_is_no_headline() -> None:
    tree = page(f'<a href="/">Diario</a><h1>Diario</h1><h2>{TITLE}</h2>{BODY}')
    found = heading(tree, TITLE)
    assert found is not None and found.tag == "h2"


def test_an_h1_that_a_link_to_the_page_itself_shows_stays_the_headline() -> None:
    # A blog's list of recent posts links to the post under its own short title.
    url = "https://blog.example/blog/schattiges-plaetzchen"
    body = f'<h1>Schattiges Plätzchen</h1>{BODY}<a href="{url}">Schattiges Plätzchen</a>'
    tree = page(body, "Schattiges Plätzchen")
    found = heading(tree, "Schattiges Plätzchen", url)
    assert found is not None and found.tag == "h1"
    assert resolve(tree, url).title == "Schattiges Plätzchen"


def test_a_section_link_under_another_path_leaves_the_h1() -> None:
    tree = page(f'<a href="/jagd/lockjagd/kraehenjagd/">Krähenjagd</a><h1>Krähenjagd</h1>{BODY}')
    found = heading(tree, "Krähenjagd", "https://x.example/kraehenjagd-6871/")
    assert found is not None and found.tag == "h1"


def test_a_long_h1_is_never_taken_for_a_section_name() -> None:
    # The menu links to the section with the headline's words: four words are a headline.
    menu = '<a href="/noticias/deportes">Fútbol de la liga</a>'
    tree = page(f"{menu}<h1>Fútbol de la liga</h1>{BODY}", "Fútbol de la liga")
    found = heading(tree, "Fútbol de la liga")
    assert found is not None and found.tag == "h1"


BLOG = "Notizen aus dem Garten und der Küche"
BLOG_URL = "https://blog.example/gartenkueche/e/5d8c31a659b95"


def test_a_blog_name_h1_linked_above_the_page_and_in_the_tab_is_no_headline() -> None:
    # Longer than a section's label, but a link to the blog's root the tab title repeats.
    body = f'<h1><a href="https://blog.example/gartenkueche">{BLOG}</a></h1><p>{TITLE}</p>{BODY}'
    tree = page(body, f"{TITLE} - {BLOG}")
    assert resolve(tree, BLOG_URL).title == TITLE


def test_a_linked_h1_the_tab_title_does_not_repeat_stays() -> None:
    body = f'<h1><a href="https://blog.example/gartenkueche">{BLOG}</a></h1>{BODY}'
    tree = page(body, f"{TITLE} - Gartenblog")
    found = heading(tree, BLOG, BLOG_URL)
    assert found is not None and found.tag == "h1"


def test_an_h1_linking_to_the_page_itself_stays_whatever_the_tab_says() -> None:
    body = f'<h1><a href="{BLOG_URL}">{BLOG}</a></h1>{BODY}'
    tree = page(body, f"{TITLE} - {BLOG}")
    found = heading(tree, BLOG, BLOG_URL)
    assert found is not None and found.tag == "h1"


# -- a headline set in no heading ---------------------------------------------------------------

DANISH = "Forstærket håb om 737 MAX-erstatning løfter Norwegian-aktie"
TAB = f"{DANISH} - sn.dk - Forsiden - Erhverv"


def test_the_element_showing_the_title_is_the_heading() -> None:
    body = f'<div class="x"><div>{DANISH}</div><div>2. jan. 2020 kl. 10:02</div></div>{BODY}'
    tree = page(body, TAB)
    found = heading(tree, TAB)
    assert found is not None and found.tag == "div" and found.text == DANISH


def test_the_day_beside_a_headline_in_a_div_confirms_the_guess() -> None:
    body = f"<div>{DANISH}</div><div>2. januar 2020</div>{BODY}"
    meta = resolve(page(body, TAB), "https://sn.dk/Erhverv/aktie/artikel/900368", "2020-01-02")
    assert meta.title == DANISH
    assert meta.published is not None and meta.published.startswith("2020-01-02")


def test_a_title_first_shown_as_a_link_is_passed_over_for_the_one_shown_after_it() -> None:
    # The story's own teaser in a rail of the latest stories, set before the story: the link is
    # no heading, the <div> after it that shows the title whole is.
    body = f'<a href="/a/1">{DANISH}</a><div>{DANISH}</div>{BODY}'
    found = heading(page(body, TAB), TAB)
    assert found is not None and found.tag == "div" and found.text == DANISH
    assert heading(page(f'<a href="/a/1">{DANISH}</a>{BODY}', TAB), TAB) is None


def test_the_date_line_under_a_headline_in_a_div_after_its_teaser_dates_the_story() -> None:
    # A rail of the latest stories links this one before its own headline, set in a <div>, and
    # its date line right under it: nothing declared, the line dates the page.
    rail = f'<div><a href="/a/1"><span>{DANISH}</span></a><time>08:20</time></div>'
    body = f"{rail}<div><div>{DANISH}</div><div>08:22, 24.11.2020</div></div>{BODY}"
    meta = resolve(page(body, TAB), "https://sn.dk/Erhverv/aktie/artikel/900368")
    # 08:22 in Denmark's winter time (the domain's country): 07:22 UTC.
    expected = ("2020-11-24T07:22:00+00:00", "dateline")
    assert (meta.published, meta.origin.get("published")) == expected


def test_a_title_first_shown_in_a_paragraph_or_a_list_gives_no_heading() -> None:
    for first in (
        f"<p>{DANISH}</p>",
        f"<ul><li>{DANISH}</li></ul>",
        f"<table><tr><td>{DANISH}</td></tr></table>",
    ):
        assert heading(page(f"{first}<div>{DANISH}</div>{BODY}", TAB), TAB) is None


def test_a_short_title_is_not_looked_for_outside_headings() -> None:
    # "Aktuell", "Veranstaltung": a tab title this short is a section's, shown in any menu.
    assert (
        heading(page(f"<div>Veranstaltung</div>{BODY}", "Veranstaltung"), "Veranstaltung") is None
    )


def test_a_div_holding_more_than_the_title_is_not_it() -> None:
    body = f"<div>{DANISH} und mehr</div>{BODY}"
    assert heading(page(body, TAB), TAB) is None


def test_a_title_first_shown_in_a_heading_is_left_to_the_heading_rules() -> None:
    # Two headings alike leave the headline unknown; the element rule does not decide it.
    body = f"<h2>{DANISH}</h2><div>{DANISH}</div><h3>{DANISH} igen</h3>{BODY}"
    assert heading(page(body, TAB), TAB) is None
