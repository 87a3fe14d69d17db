"""The furniture a page without class names leaves beside the body: the states of sign-up forms,
account prompts, an ad slot's hints, reprint bans, a calendar widget, the publisher's imprint
after the last paragraph. Each rule with lines it drops and lines of prose it must leave."""

from __future__ import annotations

import pytest

from pipelines.text.article import article_text
from pipelines.text.cleaning import drop_reasons, line_reasons
from pipelines.text.structure import closing_imprint

BODY = (
    "The council voted on Tuesday to extend the tram line to the harbour district, ending a "
    "debate that had lasted for more than six years."
)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("By signing up you consent to receive the above newsletter from Example Inc.", "form"),
        (
            "A welcome email is on its way. If you don't see it, please check your junk folder.",
            "form",
        ),
        ("The next issue of Morning Briefing will soon be in your inbox.", "form"),
        ("We encountered an issue signing you up. Please try again", "form"),
        ("Interested in more newsletters? Browse here.", "form"),
        ("Thanks for signing up!", "form"),
        ("Vielen Dank für Ihre Anmeldung.", "form"),
        ("Merci pour votre inscription !", "form"),
        ("after newsletter promotion", "form"),
        ("Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.", "form"),
        (
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of"
            " Service apply.",
            "form",
        ),
        ("You can manage saved articles in your account.", "account"),
        ("and save up to 100 articles!", "account"),
        ("You can save this article by registering for free here.", "account"),
        ("Create an account or sign in to continue with your reading experience.", "account"),
        ("REGISTER / SIGN IN TO UNLOCK MORE ARTICLES", "account"),
        ("Story continues below", "ad"),
        ("This advertisement has not loaded yet, but your article continues below.", "ad"),
        ("Article content", "ad"),
        ("当サイトに掲載の記事・写真の無断転載を禁じます。", "copyright"),
        ("本网站所有内容未经授权不得转载", "copyright"),
        ("무단 전재 및 재배포 금지", "copyright"),
        (
            "Unless otherwise indicated, copyright in the content of this website vests in"
            " Example.",
            "copyright",
        ),
        ("Der tägliche Newsletter - jetzt mit allen wichtigen Updates.", "newsletter"),
        ("Tipps aus der Szene: Hier kostenlos für den Gastro-Newsletter anmelden!", "newsletter"),
        ("Naše zprávy najdete i na sítích", "share"),
        ("Share this Story : A headline of the story that is being read here", "share"),
        (
            "The mayor, centre, with the first passengers in 1981.Photo by Jane Doe/Example"
            " via Agency",
            "caption",
        ),
        ("Retrouvez-nous sur les réseaux sociaux", "share"),
        ("Share your thoughts and join the conversation in the comments.", "comments"),
        (
            "Thank you for visiting example.com. You are using a browser version with limited"
            " support for CSS.",
            "navigation",
        ),
    ],
)
def test_widget_lines_go_under_their_family(line: str, family: str) -> None:
    assert drop_reasons(line)[0][1] == family


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for signing up, the mayor wrote to the volunteers on Monday.",
        "By signing up for the program, farmers receive a subsidy for every hectare.",
        "The next issue of the magazine will appear in June, its editor said.",
        "You can save money by registering your car before the end of March.",
        "The story continues below the surface of the lake, where divers found the wreck.",
        "Article content moderation is the platform's biggest cost, the report says.",
        "Find us on social media, where the debate about the bill is raging.",
        "Unsere Nachrichten finden Sie auch auf Facebook, sagte der Sprecher.",
        "Interested in more details, the committee asked the ministry for the figures.",
        "同社は記事の転載について新たな規約を発表した。",
        "Der tägliche Newsletter der Stadt erreicht inzwischen 40.000 Leser, sagte sie.",
        "Leser können sich jetzt für den Newsletter anmelden, der ab Mai erscheint.",
        "The mayor spoke at a photo session. Photo by photo, the council rebuilt the square.",
        "Share this article: it explains the new rules better than the ministry could.",
    ],
)
def test_widget_rules_leave_prose(line: str) -> None:
    assert drop_reasons(line)[0][1] is None


CALENDAR = [
    "| April 2025 | | | | | | |",
    "| M | D | M | D | F | S | S |",
    "|---|---|---|---|---|---|---|",
    "| | 1 | 2 | 3 | 4 | 5 | 6 |",
    "| 7 | 8 | 9 | 10 | 11 | 12 | 13 |",
    "| 28 | 29 | 30 | | | | |",
]


def test_calendar_widget_goes_whole() -> None:
    reasons = line_reasons([BODY, *CALENDAR, "After the table."])
    assert [r for _, r in reasons] == [None, *["calendar"] * len(CALENDAR), None]


@pytest.mark.parametrize(
    "rows",
    [
        # a league table with seven columns: the numbers do not count up across its rows
        [
            "| Team | P | W | D | L | GF | GA |",
            "|---|---|---|---|---|---|---|",
            "| Rovers | 10 | 7 | 2 | 1 | 20 | 8 |",
            "| United | 10 | 6 | 3 | 1 | 18 | 9 |",
        ],
        # one week is a row of numbers, not a calendar
        ["| 1 | 2 | 3 | 4 | 5 | 6 | 7 |", "| Total | | | | | | 28 |"],
    ],
)
def test_tables_of_seven_columns_stay(rows: list[str]) -> None:
    assert all(r is None for _, r in line_reasons([BODY, *rows]))


def test_closing_imprint_takes_the_address_block() -> None:
    imprint = [
        "Example Verlag GmbH",
        "Musterstraße 5",
        "I-39100 Bozen",
        "[email protected]",
        "Tel.: +39 0471 12 34 56",
        "MwSt.Nr.: 01234567890",
    ]
    # The copyright line after it, at any length, does not end the search (and goes with it).
    footer = "© 2025 Example Verlag GmbH. " + "Impressum | Datenschutz | AGB | Kontakt | " * 4
    assert closing_imprint([BODY, *imprint, footer]) == {*imprint, footer}


def test_closing_imprint_takes_the_issn_lines() -> None:
    blocks = [BODY, "Example (Example)", "ISSN 1476-4687 (online)", "ISSN 0028-0836 (print)"]
    assert closing_imprint(blocks) == {"ISSN 1476-4687 (online)", "ISSN 0028-0836 (print)"}


def test_closing_imprint_takes_a_clubs_address_account_and_register_number() -> None:
    # A club's footer: its street address, its bank account, its register number.
    imprint = ["Hafenstraße 7, 1070 Wien", "Bank: IBAN AT12 3456 7890 1234 5678", "ZVR 123456789"]
    assert closing_imprint([BODY, "Ruderverein Hafen", *imprint]) == set(imprint)


@pytest.mark.parametrize(
    "tail",
    [
        # a contact line for readers is no imprint: nothing of the publisher's own
        # a venue's address and phone for readers: contact lines, nothing of the publisher's
        ["Hafenstraße 7, 1070 Wien", "Tel. 01 234 5678"],
        ["Tickets: Tel. 030 123456", "www.theater-example.de"],
        # one line of the publisher's alone is not enough
        ["Example Verlag GmbH"],
        # an imprint line above the last body paragraph is not after the body
        ["Example Verlag GmbH", "ISSN 1476-4687 (online)", BODY],
    ],
)
def test_closing_imprint_leaves_the_body_end(tail: list[str]) -> None:
    assert closing_imprint([BODY, *tail]) == set()


def test_imprint_after_a_page_body_is_dropped() -> None:
    paragraphs = "".join(f"<p>{BODY} {i}</p>" for i in range(4))
    imprint = "".join(
        f"<div>{line}</div>"
        for line in ("Example Media S.R.L.", "Calle Falsa 123", "1805 Asunción")
    )
    html = (
        f"<html><body><div><h1>Tram line</h1>{paragraphs}</div><div>{imprint}</div></body></html>"
    )
    result = article_text(html, "https://example.com/news/tram")
    assert result is not None
    assert f"{BODY} 3" in result.text
    assert "S.R.L." not in result.text and "Asunción" not in result.text
