"""Author names: from JSON-LD, meta tags and byline markup to a clean list in page order.

A byline field holds more than names: "Von …" / "By …", roles ("Reporter", "기자"), e-mail
addresses, dates, desk labels ("Redaktion", "Newsroom") and the outlet's own name. Those are
removed, a string of several names is split, and duplicates go; what is left is a list of names,
or nothing. Nothing is better than the site's name in place of a reporter's.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator
from itertools import islice
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.structured import ancestors, collapse, host_label, loose, nearest

# Words that make a "name" a desk, a department, a team or an agency's newsroom, in the languages
# of the dev set and their neighbours.
_DESK = re.compile(
    r"\b(?:redaktion|redaktionen|redaction|rédaction|redacción|redazione|redactie|redakce|"
    # The same written without accents, as CMS fields and URLs often hold them.
    r"redaccion|redacao|"
    r"newsroom|newsdesk|news desk|desk|staff|team|editorial|editors|online-redaktion|"
    r"nachrichtenredaktion|ressort|department|abteilung|agencies|agenturen|agencias|"
    r"staff writer|web desk|digital desk|bureau|"
    # Words of an outlet's name: a person is never called "… News" or "… Online".
    r"news|online|zeitung|magazin|magazine|tribune|gazette|radio|tv|television|fernsehen|"
    r"rundfunk|media|medien|verlag|publishing|"
    # The kinds of paper and newscast outlets are named after, in the languages:
    # "The Irish Times", "Gazeta Wyborcza", "Diario de Sevilla", "NOS Nieuws", "NTV Haber".
    r"times|daily|herald|journal|chronicle|courier|telegraph|observer|mirror|express|"
    r"nachrichten|kurier|anzeiger|rundschau|tagblatt|abendblatt|allgemeine|"
    r"nieuws|krant|dagblad|omroep|diario|diário|periódico|periodico|jornal|noticias|notícias|"
    r"notizie|giornale|gazzetta|quotidiano|quotidien|gazeta|dziennik|wiadomości|tygodnik|"
    r"zprávy|noviny|deník|denník|týdeník|haber|haberleri|gazetesi|"
    # Japanese papers' names written in Latin letters ("… Shimbun Staff Writer").
    r"shimbun)\b",
    re.I,
)
# An outlet's name in scripts without word spaces or without Latin letters: newspaper,
# broadcaster, wire and "news" words (朝日新聞デジタル, 共同通信, 연합뉴스, РИА Новости).
_OUTLET_ANYWHERE = re.compile(
    r"新聞|新闻|通信社|通讯社|共同通信|時事通信|新华社|新華社|中新社|中央社|放送|テレビ|デジタル|電視|电视|日報|日报|"
    r"뉴스|일보|신문|방송|통신|новости|газета|известия|ведомости|агентство|телеканал|"
    r"وكالة|الأنباء|جريدة|صحيفة|قناة",
    re.I,
)
# A definite article opens a title, never a person's name: "The Irish Times", "Der Standard",
# "Il Post", "Het Parool".
_ARTICLE_FIRST = frozenset({"the", "der", "die", "il", "lo", "het", "los", "las"})
# An outlet's or agency's acronym followed by a word: "EFE Madrid", "RTL Nord", "NOS Nieuws",
# "РИА Новости". Three to five capitals (two-letter initials such as "AJ" start people's names).
_ACRONYM_FIRST = re.compile(r"^[A-ZÄÖÜÀ-ÞА-ЯЁ]{3,5}\s+\S*[a-zäöüß-ÿа-яё]")
# A domain written as a name: "Milliyet.com.tr", "Focus.de".
_DOMAIN = re.compile(r"\w\.(?:com|net|org|info|[a-z]{2})(?:\.[a-z]{2})?$", re.I)
# Academic degrees after a name ("Jane Doe, Ph.D."): not a second person.
_DEGREES = frozenset({"ph.d", "phd", "md", "m.d", "mba", "msc", "m.sc", "ba", "ma", "llm"})
# A news agency credited in the byline: a source, not a person (the issue: never store an
# agency). Its kind of word, the phrases agencies use in their names, and the wire services whose
# names carry neither.
_AGENCY = re.compile(
    r"\b(?:agency|agence|agencia|agenzia|agentur|nachrichtenagentur|presseagentur|"
    r"presse-agentur|agência|ajansı|ajansi|newswire|wires?|news service|associated press|"
    r"press association|press trust|canadian press|europa press|france-presse|"
    r"reuters|bloomberg|xinhua|yonhap|kyodo|jiji|tass|interfax|bernama|antara|lusa|belga|"
    r"ritzau|keystone-sda|"
    # "The news agency" in Swedish, Norwegian, Danish, Dutch, Polish and Czech, before the
    # agency's acronym ("Nyhetsbyrån TT").
    r"nyhetsbyrån|nyhetsbyrå|nyhedsbureau|nyhedsbureauet|persbureau|agencja|tisková kancelář)\b",
    re.I,
)
# One word with capitals in a row ("AFP", "KNA", "dpa-AFX", "MANILA" after "AFP, "): an
# agency's or outlet's acronym or a dateline, not a person (a name in capitals has two words).
_ACRONYM = re.compile(r"^\S*[A-ZÄÖÜÀ-ÞА-ЯЁ]{2}\S*$")
# Newsroom labels of scripts without word spaces and of languages _DESK does not cover.
_DESK_ANYWHERE = re.compile(
    r"編集部|編集局|編輯部|编辑部|新闻中心|편집국|편집부|뉴스팀|취재팀|디지털뉴스부|"
    r"редакция|редакція|редакцыя|uredništvo|redakcja|redakcia|toimitus|szerkesztőség|"
    r"redaksjonen|redaktionen|redação|haber merkezi|newsroom|"
    # Hindi "bureau" and "desk" ("वाराणसी ब्यूरो": the Varanasi bureau).
    r"ब्यूरो|डेस्क|"
    # A ministry or a company credited for its press release: an institution, not a person,
    # also inside a compound ("Außenministerium", "Bundesministerium").
    r"ministerium|ministry|ministère|ministerio|ministero|ministério|ministerstw|ministerstv|"
    r"\bgmbh\b",
    re.I,
)
# Phrases a byline element carries around the name.
_PHRASE = re.compile(
    r"\b(?:e-?mail|mail the author|follow|folgen|more from|mehr von|alle artikel|all articles|"
    r"articles by|read more|weiterlesen|profile|profil|show more|subscribe|abonnieren|"
    r"updated|aktualisiert|published|veröffentlicht|min\.? read|lesezeit|minutes?|"
    # "Updated" and "published" in the other languages: a date's label, left when the date
    # itself was dropped ("Uppdaterad 28.5.2020").
    r"uppdaterad|publicerad|oppdatert|publisert|opdateret|bijgewerkt|gepubliceerd|"
    r"actualizado|actualizada|publicado|publicada|aggiornato|aggiornata|pubblicato|atualizado|"
    r"atualizada|zaktualizowano|opublikowano|aktualizováno|publikováno|päivitetty|julkaistu|"
    r"view|search|show|author publications|"
    # Paid or handed-in pieces credit no reporter.
    r"sponsored|advertorial|anzeige|werbung|pressemitteilung|press release|partner content|"
    r"publireportage|promoted)\b",
    re.I,
)
# A role alone is not a name.
_ROLES = frozenset(
    {
        "reporter",
        "correspondent",
        "editor",
        "author",
        "autor",
        "autorin",
        "autoren",
        "journalist",
        "journalistin",
        "korrespondent",
        "korrespondentin",
        "redakteur",
        "redakteurin",
        "contributor",
        "columnist",
        "writer",
        "kolumnist",
        "kolumnistin",
        "photographer",
        "fotograf",
        "fotografin",
        "text",
        "fotos",
        "foto",
        "photo",
        "video",
        "kommentar",
        "gastbeitrag",
        "analyse",
        "interview",
        "기자",
        "특파원",
        "記者",
        "redaktor",
        "redaktorka",
        "periodista",
        "corresponsal",
        "muhabir",
        "editör",
        "journaliste",
        "rédacteur",
        "envoyé spécial",
        "автор",
        "корреспондент",
        "autore",
        "auteur",
        "yazar",
        "forfatter",
        "författare",
        "kirjoittaja",
        "szerző",
        "作者",
        "저자",
        "tác giả",
        "penulis",
        "wartawan",
        "كاتب",
        "مراسل",
    }
)
# A job title written as one compound word ends in a role: "Wirtschaftsredakteur",
# "Auslandskorrespondentin", "Chefreporter". A name does not end so.
_ROLE_COMPOUND = re.compile(
    r"\w{3,}(?:redakteur|korrespondent|reporter|journalist|kolumnist|editor|autor|author|writer|"
    # The same in Dutch, Polish and the Nordic languages: "misdaadverslaggever",
    # "kulturredaktør", "sportskribent".
    r"redaktør|redaktör|redaktor|verslaggever|skribent|kommentator)"
    r"(?:in|innen)?$",
    re.I,
)
# Job titles a byline writes after the name without a comma: "Jane Doe Senior Correspondent",
# "Jane Doe Redakteurin Politik", "Jan Kowalski dziennikarz", "Jane Doe General Assignment
# Reporter, Outlet". The head noun of each title, by language (feminine forms beside the
# masculine); a word shared by several languages stands in the first row that has it
# ("reporter", "journalist", "korrespondent"). Extend a row, or add one. A head word that is
# also a common family name ("Schreiber", "Schrijver": writer) is left out: the name is worth
# more than the cut.
_TITLE_HEADS: dict[str, str] = {
    "en": "reporter correspondent editor writer columnist journalist contributor photographer "
    "producer critic commentator",
    "de": "redakteur redakteurin korrespondent korrespondentin reporterin journalistin autor "
    "autorin kolumnist kolumnistin volontär volontärin mitarbeiter mitarbeiterin fotograf "
    "fotografin kommentator kommentatorin",
    "fr": "journaliste correspondant correspondante rédacteur rédactrice chroniqueur "
    "chroniqueuse éditorialiste envoyé envoyée pigiste photographe",
    "es": "periodista corresponsal redactor redactora columnista reportero reportera enviado "
    "enviada colaborador colaboradora editora fotógrafo fotógrafa",
    "it": "giornalista corrispondente inviato inviata redattore redattrice editorialista "
    "cronista collaboratore collaboratrice fotografo fotografa",
    "pt": "jornalista repórter correspondente redator redatora colunista",
    "nl": "verslaggever verslaggeefster correspondente redacteur redactrice fotograaf",
    "pl": "dziennikarz dziennikarka redaktor redaktorka reporterka korespondent korespondentka "
    "publicysta publicystka felietonista felietonistka fotoreporter",
    "sv/da/no": "redaktör redaktør krönikör skribent medarbetare medarbejder medarbeider",
}
# The same titles in the plural, which credit several people: "Jane Doe and John Roe / Outlet
# Staff Writers". What stands before one in the same part is the outlet, not a person.
_TITLE_PLURALS: dict[str, str] = {
    "en": "reporters correspondents editors writers columnists journalists contributors",
    "de": "redakteure redakteurinnen korrespondenten korrespondentinnen reporterinnen "
    "journalisten journalistinnen autoren autorinnen",
    "fr": "journalistes correspondants correspondantes rédacteurs",
    "es": "periodistas corresponsales redactores",
    "it": "giornalisti corrispondenti redattori",
    "pt": "jornalistas correspondentes",
    "nl": "verslaggevers redacteuren",
    "pl": "dziennikarze redaktorzy",
    "sv/da/no": "journalister redaktörer redaktører reportrar",
}
# Words that open a title before its head: rank, kind of contract, beat or desk ("Senior
# Politics Reporter", "freier Autor", "grand reporter", "politisk redaktør"). Only counted
# between a name and a head noun, never alone.
_TITLE_MODIFIERS: dict[str, str] = {
    "en": "senior chief deputy associate assistant managing executive contributing staff "
    "freelance special general assignment national international foreign political politics "
    "investigative business sports sport entertainment science health technology tech "
    "economics economy culture arts features opinion data climate environment education crime "
    "court courts legal royal travel food fashion music film local breaking news digital "
    "weather lifestyle markets finance energy security defence defense diplomatic",
    "de": "freier freie leitender leitende stellvertretender stellvertretende politischer "
    "politische",
    "fr": "grand grande",
    "nl": "politiek politieke",
    "pl": "starszy starsza",
    "sv/da/no": "politisk politiske",
}
_HEADS = frozenset(w for words in _TITLE_HEADS.values() for w in words.split())
_PLURAL_HEADS = frozenset(w for words in _TITLE_PLURALS.values() for w in words.split())
_MODIFIERS = frozenset(w for words in _TITLE_MODIFIERS.values() for w in words.split())
# The prepositions of a credit, "by" in each language, before the name or standing alone.
_BY = ("von", "by", "durch", "par", "por", "di", "door", "av", "af", "de", "od", "przez", "от")
# Words before the name: "Von", "By", "Ein Kommentar von", "Text:", "Autor:". The words
# before a preposition ("Propos recueillis par", "A cura di", "Skrevet af") are the ``before``
# group: an outlet's or an agency's words there make the whole an outlet ("Diario de Sevilla").
# As few of them as can be (the first preposition, not the last): "Von Jan de Vries" opens
# with "Von", and its "de" is the name's (:func:`_lead_in_name`).
_LEAD = re.compile(
    r"^(?:(?P<before>(?:[\w-]+\s+){0,3}?)"
    rf"(?P<by>{'|'.join(_BY)}|tarafından)\s+|"
    # Polish writes the verb before the name: "Napisał Jan Kowalski" ("written by").
    r"(?:napisał|napisała)\s+|"
    # German writes the label for both genders: "Autor/in:", "Autor*in:", "AutorInnen:".
    r"(?:text|autor(?:[/*:_]?in(?:nen)?)?|author|authors|written by|reported by|fotos?|von|"
    r"texto|tekst|автор|авторы|автори|piše|pišu|napisao|napisala|yazar|szerző|penulis|"
    # Italian and French labels ("Autore:", "Auteur :"); German credits the writer who also
    # took the pictures as "Text und Fotos:". The word for "text" in French, Italian and
    # Russian, the Czech, Slovak and Polish label for a woman ("Autorka:"), the Turkish
    # labels of the news item's writer and reporter ("Haber:", "Muhabir:").
    r"autore|auteur|text und fotos?|texte|testo|текст|autorka|haber|muhabir)\s*:\s*|"
    # Chinese and Japanese labels of the writer and reporter: "文：", "文／", "文・" (Japanese
    # magazines), "作者：", "记者 ", "本报记者 " ("this paper's reporter").
    r"(?:本报|本報)?(?:记者|記者|作者|撰文|文)\s*[:：/／・]\s*|(?:本报|本報)?(?:记者|記者)\s+)",
    re.I,
)
# Kana, Han and Hangul: the scripts that write a name without spaces and without case.
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# Role words next to a name: "홍길동 기자", "Max Muster, Korrespondent". Korean, Japanese and
# Chinese also write the role glued to the name ("홍길동기자", "山田太郎記者"): no person's name
# in those scripts ends in the word for "reporter".
_ROLE_AFFIX = re.compile(
    rf"\s+(?:기자|특파원|記者|記者名)$|(?<=[{_CJK}])(?:기자|특파원|記者|记者|特派員|特派员)$"
    r"|^(?:dr\.|prof\.)\s+",
    re.I,
)
# A role after a dash, with what follows it up to the next name: "Mathias Hagen – Journalist",
# "Anders Skjerdingstad – Journalist i Paris" (without this, "Paris" would pass for a name).
_ROLE_TAIL = re.compile(
    r"\s+[–—-]\s+(?:"
    + "|".join(re.escape(role) for role in sorted(_ROLES, key=len, reverse=True))
    + r")\b[^,;&|/·•]*",
    re.I,
)
# Portuguese and Spanish also join two surnames of one person with "e" / "y" ("José Volta e
# Pinto", "Ortega y Gasset"): an "e" or "y" before a single last word joins no two people.
# Chinese and Japanese list names with "、" (and Chinese with a full-width comma); Russian
# joins two with "и". A comma before the last "and" ("Jane Doe, John Roe, and Mary Major", as
# English writes a list) is one separator: only words that mean nothing but "and" there, as
# "en", "i" and "a" also mean "in" ("Jane Doe, i Paris").
_AND = r"\s(?:und|and|et|og|och|en|ve|i|a|и)\s|\s(?:y|e)\s(?![^\s,;&|/·•]+\s*(?:$|[,;&|/·•]))"
_SPLIT = re.compile(rf"\s*(?:,\s*(?:und|and|et|og|och|ve|и)\s|[,;&|/·•、，]|{_AND})\s*", re.I)
# The same, keeping each separator: a conjunction among them ("and", "&", ";", "、") says
# another person follows, a comma or a slash may be followed by a title's outlet or place.
_SPLIT_KEEP = re.compile(f"({_SPLIT.pattern})", re.I)
_CONJUNCTION = re.compile(r"[;&、]|[^\W\d_]")
_EMAIL = re.compile(r"\S+@\S+")
# Chinese credits name the story's editor beside its writer ("作者：王小明 编辑：李华",
# "责任编辑：李华"): from that label on, the names are editors, never the authors.
_EDITOR_LABEL = re.compile(r"(?:^|\s*)(?:责任编辑|責任編輯|编辑|編輯)\s*[:：].*$")
# A credit for the web site, not the article ("Developed By …" in a meta author tag).
_SITE_CREDIT = re.compile(r"\b(?:developed|designed|powered|programmed|hosted)\s+by\b", re.I)
# Whom a contributor wrote for: "Dolores Chang For Dailymail.Com", "Jane Doe for The Times".
_FOR_OUTLET = re.compile(r"\s+(?:for|für|pour)\s+\S.*$", re.I)
# A reporter code or note in brackets after the name: "Elena Oberholzer (obe)".
_BRACKETED = re.compile(r"\s*[(\[].*$")
# Lower-case words that belong inside names (nobiliary particles, patronymic links).
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la"}
    | {"le", "ten", "ter", "bin", "binti", "al", "el", "ibn", "y", "e", "zu"}
)
# Lead words standing alone, left when the name was in a separate element.
_LONE_LEADS = frozenset({*_BY, "text"})
_DIGIT = re.compile(r"\d")
MAX_WORDS = 5
# A place after "in" is a dateline beside the credit ("Em São Paulo (SP)", "In Berlin"), not a
# name: a preposition of place as the first word, in the languages.
_PLACE_FIRST = frozenset({"in", "em", "en", "aus", "from", "desde", "depuis", "uit", "w"})
# A weekday alone is what is left of a date ("Wednesday, 08 Apr 2020"), never a name. Given
# names that are also weekdays in some language (Domingo, Domenica) are not listed.
_WEEKDAYS = frozenset(
    day
    for days in (
        "monday tuesday wednesday thursday friday saturday sunday",
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lunes martes miércoles jueves viernes sábado",
        "lunedì martedì mercoledì giovedì venerdì sabato",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "måndag tisdag onsdag torsdag fredag lördag söndag",
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    )
    for day in days.split()
)


# A dateline in capitals before the name: "BERLIN – Jane Doe", "PARIS (AFP): …".
_DATELINE = re.compile(r"^[A-ZÄÖÜÀ-Þ]{3,}(?:[ /-][A-ZÄÖÜÀ-Þ]{3,})*\s*(?:\([^)]*\))?\s*[–—:-]\s+")


# How long ago the story went up, after the name: "P. Mucović prije 26 minuta", "Jane Doe 3
# hours ago", "Max Muster vor 2 Stunden", "Ana López hace 5 minutos", "Jean Dupont il y a 2 h".
_AGO = re.compile(
    r"\s+(?:(?:prije|pre|vor|hace|il y a|há|fa|před|pred)\s+\d+\s*\w*\.?"
    r"|\d+\s*\w*\.?\s+(?:ago|geleden|temu|siden|sedan|fa|önce|sitten))\s*$",
    re.I,
)


def _strip(name: str) -> str:
    name = _DATELINE.sub("", _AGO.sub("", collapse(_EMAIL.sub(" ", name))))
    name = _BRACKETED.sub("", name).strip(" .,:;|-–—()[]\"'«»“”„")
    for _ in range(2):
        lead = _LEAD.match(name)
        if lead is None:
            break
        before = lead.group("before")
        if before and (_DESK.search(before) or _AGENCY.search(before)):
            return ""  # "Diario de Sevilla", "Agencia de noticias": an outlet, not a lead
        rest = name[lead.end() :]
        if _lead_in_name(before or "", lead.group("by") or "", rest):
            break  # "Ana de la Torre", "Jan de Vries": the name's particle, not "by"
        name = rest.strip(" .,:;|-–—")
    name = _ROLE_AFFIX.sub("", name).strip(" .,:;|-–—")
    return name


# Words that open a credit before its "by" in German, where a noun is capitalised as a given
# name is ("Geschrieben von Müller"): the participles of writing and posting. The role words
# ("Ein Kommentar von …") are in :data:`_ROLES`.
_LEAD_VERBS = frozenset({"geschrieben", "verfasst", "gepostet", "erstellt", "recherchiert"})


def _lead_in_name(before: str, by: str, rest: str) -> bool:
    """Whether a credit's "by" word that is also a name's particle (de, von, di) is that
    particle ("Ana de la Torre", "Ursula von der Leyen", "Jan de Vries", "Luigi Di Maio", "De
    la Torre, Ana"), or the credit's "by" ("Von Jane Doe", "De Jane Doe", "Ein Kommentar von
    Max Muster", "Von Christian").

    The reasons, which hold in every language that writes these particles: a "by" is
    followed by a name, whose first word is capitalised, while a particle is often followed
    by another ("de la", "von der", "van den"); and a particle inside a name stands after a
    given name and before the one family name that ends the person's part, while a "by" after
    words stands after a lead phrase ("Propos recueillis par", "A cura di") and before a full
    name.
    """
    if by.casefold() not in _PARTICLES:
        return False  # "By", "Por", "Par", "Door": never inside a name
    words = _SPLIT.split(rest, maxsplit=1)[0].split()
    if len(words) > 1 and words[0].islower() and words[0] in _PARTICLES:
        return True  # "von der Leyen", "De la Torre": a particle after a "by" is a name's
    last = before.split()[-1] if before.strip() else ""
    if not last:
        # "De Vries, Jan": a family name first, for :func:`_family_first` and the page's
        # evidence. A lone word after a "by" is read as the credit's name ("Von Christian", as
        # blogs sign), as before.
        return bool(_PAIR.fullmatch(f"{by} {rest}"))
    # "Jan de Vries Senior Reporter": the title is no part of the name.
    title = [i for i, w in enumerate(words) if i and (_head(w) or w.casefold() in _MODIFIERS)]
    words = words[: title[0]] if title else words
    folded = last.casefold()
    given = (
        last[0].isupper()
        and folded not in _ROLES
        and folded not in _LONE_LEADS
        and folded not in _LEAD_VERBS
        and not _head(last)
        and folded not in _MODIFIERS
    )
    if not given:
        return False  # "Ein Kommentar von Max Muster", "A cura di Mario Rossi"
    if len(words) > 1 and words[0].casefold() in _PARTICLES:
        return True  # "Jean de La Fontaine": particles written in capitals
    return len(words) == 1 and words[0][:1].isupper()


def _head(word: str) -> str:
    """Whether the word is a job title's head noun: "one" (:data:`_TITLE_HEADS`, or a compound
    ending in one), "many" (:data:`_TITLE_PLURALS`) or "" (none)."""
    folded = word.strip(".,:;").casefold()
    if folded in _HEADS or _ROLE_COMPOUND.search(folded):
        return "one"
    return "many" if folded in _PLURAL_HEADS else ""


def _opens_title(word: str, before: list[str]) -> bool:
    """A word that may stand in a title before its head: a rank, beat or desk
    (:data:`_TITLE_MODIFIERS`), a dash before the title, or an outlet's acronym ("Jane Doe AP
    Sports Writer", "AP Sports Writer"). Not a word in capitals second after a given name
    ("Jean ROSS Journaliste": a family name in capitals, as French writes it), nor one after
    a name in capitals, where an acronym cannot be told from the name."""
    if word.strip(".,:;").casefold() in _MODIFIERS or not any(c.isalnum() for c in word):
        return True  # a rank or beat; or a dash between the name and its title
    return (
        2 <= len(word) <= 5
        and word.isupper()
        and word.isalpha()
        and len(before) != 1
        and not (before and all(w.isupper() for w in before))
    )


def _title_start(words: list[str]) -> tuple[int, str] | None:
    """Where a job title opens among a credit's words: the first head noun (:func:`_head`)
    with the rank and beat words before it, and the head's number ("one", "many"); ``None``
    without a title.

    Position and capitals tell a title from a family name that is a role word in some
    language ("John Writer"): a head noun second after a plain word, or after a name
    particle ("… de …"), is a family name, and the search goes on; a person's title follows
    two words of a name at least. A title at 0 stands alone, with no name before it.
    """
    for index, word in enumerate(words):
        kind = _head(word)
        if not kind:
            continue
        start = index
        while start > 0 and _opens_title(words[start - 1], words[: start - 1]):
            start -= 1
        if start == 1 or (start == index > 0 and words[index - 1].casefold() in _PARTICLES):
            continue
        return start, kind
    return None


def _full_word(word: str) -> bool:
    """A word of a name that is neither an initial ("Q.") nor a particle ("de")."""
    return len(word.rstrip(".")) > 1 and word.casefold() not in _PARTICLES


# Titles a reporter carries with the region covered, written right after them ("Korrespondentin
# Naher Osten", "Correspondent Middle East", "Corresponsal Oriente Medio", "Envoyé spécial"):
# two capitalised words after one are as often that region as the reporter's name, so a name
# after such a title needs the page's other sources. Compounds end with them
# ("Auslandskorrespondentin").
_REGION_TITLES = (
    "correspondent",
    "korrespondent",
    "korrespondentin",
    "correspondant",
    "correspondante",
    "corresponsal",
    "corrispondente",
    "correspondente",
    "korespondent",
    "korespondentka",
    "envoyé",
    "envoyée",
    "enviado",
    "enviada",
    "inviato",
    "inviata",
)


def _after_title(
    words: list[str],
    forms_of: Callable[[], dict[tuple[str, ...], str]],
    region: bool = False,
) -> str:
    """The person's name after a job title that opens a credit: "Reporter Jane Doe",
    "Redakteurin Jane Doe", "Senior Correspondent Jane Doe", "Periodista Ana de la Torre";
    ``words`` are those after the title's head noun.

    Bylines and author boxes set the title before the name as often as after it. What
    follows the title must have a name's shape: capitalised words, no acronym (an outlet's,
    "Reporter NBC News"), and two full words (:func:`_full_word`) at most, as a first and a
    family name; a third may be the title's desk or beat ("Redakteurin Politik Jane Doe") or
    the name's own, so the page's other sources must write the person; without them, nothing.
    After a title that names a region (``region``, :data:`_REGION_TITLES`) two words need them
    too. An outlet's or desk's name of two words is left to :func:`is_name`'s outlet and site
    checks.
    """
    if not words or not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return ""  # "Senior Reporter at Outlet", a title alone
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return ""
    if not region and sum(map(_full_word, words)) == 2 and words[0][:1].isupper():
        return " ".join(words)
    forms = forms_of()
    for start in range(len(words) - 1):
        if tuple(_form_words(" ".join(words[start:]))) in forms:
            return " ".join(words[start:])
    return ""


def _before_title(
    name: str,
    listed: bool,
    forms_of: Callable[[], dict[tuple[str, ...], str]],
    opens: bool = False,
) -> tuple[str, bool]:
    """The person's name before a job title in one part of a credit, and whether the part
    holds a title: "Jane Doe Senior Correspondent" and "Jan Kowalski dziennikarz" give the
    name and True; the title and what follows it in the part (the desk, "Redakteurin
    Politik"; the outlet, "Reporter at Outlet") are no name.

    Bylines glue the title to the name in every language, and the title's last word would
    else read as part of the name, or make the whole part a title ("… Reporter") and lose
    the reporter. Two words of a name before the title are taken as they are; a third full
    word may be a beat this table does not know ("Jane Doe Wonk Reporter") or the name's own
    ("Ana López García Periodista"), so the page's other sources (``forms_of``, as
    :func:`_name_forms` gives them) must write the person, as three words or two; without
    them, nothing. A plural title ("Outlet Staff Writers") credits the people listed
    before: the words before it in its part are a name only when a conjunction opened the
    part (``listed``: "Jane Doe and John Roe Staff Writers"). A title that opens the credit
    (``opens``: its first part, or one after a conjunction) may name the person after it
    (:func:`_after_title`).
    """
    words = name.split()
    found = _title_start(words)
    if found is None:
        return name, False
    start, kind = found
    if start == 0 and opens:
        head = next(i for i, word in enumerate(words) if _head(word))
        region = words[head].casefold().endswith(_REGION_TITLES)
        return _after_title(words[head + 1 :], forms_of, region), True
    if start == 0 or (kind == "many" and not listed):
        return "", True
    before = words[:start]
    if sum(map(_full_word, before)) <= 2:
        return " ".join(before), True
    forms = forms_of()
    for end in range(start, 1, -1):
        if tuple(_form_words(" ".join(words[:end]))) in forms:
            return " ".join(words[:end]), True
    return "", True


def is_name(name: str, site_names: Iterable[str] = (), host: str = "") -> bool:
    """A person's (or agency's) name, not a site, desk, role, phrase or date."""
    if len(name) < 2 or len(name) > 60 or _DIGIT.search(name):
        return False
    lowered = name.casefold()
    if "http" in lowered or "www." in lowered or "@" in name:
        return False
    if len(name.split()) > MAX_WORDS:
        return False
    if lowered in _ROLES or lowered in _LONE_LEADS or lowered in _WEEKDAYS:
        return False
    if _ROLE_COMPOUND.search(name):
        return False
    first = lowered.split()[0]
    if lowered in _DEGREES or first in _ARTICLE_FIRST or first in _PLACE_FIRST:
        return False
    if lowered.split()[-1] in _ROLES and len(lowered.split()) > 1:
        return False  # "Senior Editor", "Leitender Redakteur": a title with its adjective
    title = _title_start(name.split())
    if title is not None and title[0] == 0:
        return False  # "Redakteurin Politik", "Senior Reporter at Outlet": a title alone
    if _DESK.search(name) or _PHRASE.search(name) or _AGENCY.search(name):
        return False
    if _ACRONYM.match(name) or _DESK_ANYWHERE.search(name) or _OUTLET_ANYWHERE.search(name):
        return False
    if _ACRONYM_FIRST.match(name) or _DOMAIN.search(name):
        return False
    words = name.split()
    if len(words) == 1 and name.islower():
        # "dpa", "kesm", "srf/hosb": an agency credit or a reporter's code, not a name.
        return False
    if len(words) > 1 and any(
        w[0].islower() and w.casefold() not in _PARTICLES for w in words if w[0].isalpha()
    ):
        # "freelance reporter in London", "Xiaoying You is": a phrase, not a name.
        return False
    if not loose(name) or _is_site_name(name, site_names, host):
        return False
    return not all(
        unicodedata.category(ch).startswith(("P", "S")) for ch in name if not ch.isspace()
    )


def _folded(text: str) -> str:
    """:func:`loose` without accents: "Habertürk" and the host label "haberturk" are one name."""
    return loose(
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    )


def _is_site_name(name: str, site_names: Iterable[str], host: str) -> bool:
    """The site's own name, its host, or the host's label with an edition ("Volksstimme
    Magdeburg" on volksstimme.de), compared without case, punctuation and accents."""
    key = _folded(name)
    host_key = _folded(host_label(host)) if host else ""
    if host_key and key in (host_key, _folded(host)):
        return True
    if len(key) >= 5 and key in host_key:
        return True  # "Stuttgarter" on stuttgarter-zeitung.de: part of the site's name
    words = name.split()
    if len(host_key) >= 3 and len(words) > 1 and any(_folded(w) == host_key for w in words):
        return True
    for site in site_names:
        site_key = _folded(site)
        if site_key and (
            key == site_key or (len(key) >= 4 and (key in site_key or site_key in key))
        ):
            return True
    return False


# Path segments of links to the site's sections: their texts are labels (a desk, a topic),
# never a person; so are the texts of navigation and footer links.
_SECTION_PATHS = re.compile(
    r"/(?:categor(?:y|ies)|section|tags?|topics?|them(?:a|en)|ressort|rubrik|kategorie)/"
)

# Path segments of links to an author's own page: the link text is that person's name.
_AUTHOR_PATHS = re.compile(
    # Think tanks and institutes call their authors experts ("/experts/444").
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalist(?:en|s)?|profiles?|experts?)/"
    # An author's page by query: "/?author=3", the form WordPress and Squarespace link to
    # without pretty permalinks.
    r"|[?&]author=\w",
    re.I,
)


def section_labels(tree: HtmlElement, extra: Iterable[str | None] = ()) -> set[str]:
    """Keys (:func:`label_key`) of navigation and section-link texts and ``extra`` sections."""
    texts = [a.text_content() for a in tree.iter("a") if _SECTION_PATHS.search(a.get("href", ""))]
    for chrome in (*tree.iter("nav"), *tree.iter("footer")):
        # An article's own footer names its author (rel="author", a link to the author's
        # page): that link is no label.
        texts.extend(a.text_content() for a in chrome.iter("a") if not _is_byline(a))
    labels = {label_key(t) for t in texts if len(t) < 60}
    labels.update(label_key(x) for x in extra if x)
    labels.discard("")
    return labels


def label_key(text: str) -> str:
    """How a label and a name are compared: spacing and case ignored (cheaper than loose)."""
    return " ".join(text.split()).casefold()


# Roles of the people who edited a story, not wrote it, in a credit that labels each name.
_EDITOR_ROLES = frozenset(
    {"editor", "editora", "editore", "éditeur", "éditrice", "penyunting", "redaktur", "editör"}
)


def _edited_by(element: HtmlElement) -> bool:
    """A name whose next element gives the role of an editor ("<h6>Jane Doe</h6>
    <h6>Editor</h6>"): the person who checked the story, not the one who wrote it."""
    label = element.getnext()
    if label is None or not isinstance(label.tag, str):
        return False
    return collapse(label.text_content()).strip(" .,:;|-–—").casefold() in _EDITOR_ROLES


def clean_names(
    raw: Iterable[str],
    site_names: Iterable[str] = (),
    host: str = "",
    labels: frozenset[str] | set[str] = frozenset(),
    known: Iterable[str] = (),
    places: Container[str] = (),
) -> list[str]:
    """Split and filter raw byline strings into names, in order, without duplicates.

    ``labels`` are keys of section names (:func:`section_labels`): a name equal to one is a desk
    or a topic; ``known`` and ``places`` as in :func:`name_parts`.
    """
    return unique_names(name_parts(raw, site_names, host, known, places), labels)


# Two single words and a comma between them, nothing else: "Doe, Jane" (one person, family name
# first, as catalogues and citation meta tags write names) or "Doe, Smith" (two people). The
# family name may open with its particles ("De la Torre, Ana", "von der Leyen, Ursula").
_PAIR = re.compile(
    rf"((?:(?:{'|'.join(sorted(_PARTICLES))})\s+)*[^\W\d_][^\s,]*),\s*([^\W\d_][^\s,]*)",
    re.I,
)
# What joins the people of a list whose names hold a comma each ("Doe, Jane and Roe, John",
# "Doe, Jane; Roe, John"): the separators of :data:`_SPLIT` but the comma, with its care for
# double surnames ("Ortega y Gasset, José" is one person).
_PAIR_JOIN = re.compile(rf"\s*(?:[;&|/·•、]|{_AND})\s*", re.I)


def _name_forms(known: Iterable[str]) -> dict[tuple[str, ...], str]:
    """The names other sources of the page write, as :func:`_form_words` sees them, each with
    the name as that source writes it."""
    forms: dict[tuple[str, ...], str] = {}
    for value in known:
        for part in _SPLIT.split(collapse(value)):
            forms.setdefault(tuple(_form_words(part)), part)
    return forms


def _as_written(words: tuple[str, ...], written: str) -> str:
    """The words of a name as another source writes them ("Jane Q. Doe" gives "Jane Doe")."""
    tokens = [t for t in written.split() if len(_form_words(t)) == 1 and _form_words(t)[0] in words]
    return " ".join(tokens) if len(tokens) == len(words) else " ".join(words).title()


def _family_first(
    value: str, forms: dict[tuple[str, ...], str], sites: list[str], host: str
) -> list[str] | None:
    """A credit of exactly two capitalised single words parted by a comma, read as one person.

    "Doe, Jane" is one person written family name first; "Doe, Smith" two people by their
    family names; the form alone does not tell which (any family name can be a given name
    elsewhere), so the page must: when another of its sources (``forms``, from
    :func:`_name_forms`) writes a person with just these two words, the credit is that person,
    in the order that source writes the name (given name first in most languages, family name
    first where the page writes it so, as in Hungarian). Without that, nothing: two one-word
    "names" would be wrong, a missing author is not. ``None`` when the value is not of this form
    (a side that is no name, "Doe, Reporter"; agencies "AFP, Reuters"; one in lower case, a
    reporter's code): the usual split reads it.

    Bylines set in capitals write the name so too ("DOE, JANE"): its words are tested as names
    in their usual case, and the person is stored as the other source writes the name (the
    capitals say nothing of "McDonald" or "DeWitt").
    """
    pair = _PAIR.fullmatch(value)
    if pair is None:
        return None
    lead, _, rest = value.partition(" ")
    if lead.casefold() in _BY:
        # "Von Doe, Jane" is "by Doe, Jane" or the family name "Von Doe": the page tells.
        inner = _family_first(rest, forms, sites, host)
        if inner:
            return inner
    family, given = pair.groups()
    if not (family.split()[-1][0].isupper() and given[0].isupper()):
        return None
    capitals = family.isupper() and given.isupper()
    if capitals:
        family, given = family.title(), given.capitalize()
    if not (is_name(family, sites, host) and is_name(given, sites, host)):
        return None
    words = tuple(_form_words(f"{given} {family}"))
    if len(words) != 1 + len(family.split()):
        return []
    for form in (words, words[::-1]):
        if form in forms:
            if capitals or " " in family:
                # A particle opening the credit is capitalised there ("De la Torre, Ana"),
                # not in the name ("Ana de la Torre"): the other source's form is the name's.
                return [_as_written(form, forms[form])]
            return [f"{given} {family}" if form == words else f"{family} {given}"]
    return []


def _family_first_list(
    pieces: list[str], forms: dict[tuple[str, ...], str], sites: list[str], host: str
) -> list[str | list[str]]:
    """The people of a list, those written family name first (:func:`_family_first`) read as
    one person each: "Doe, Jane and Roe, John", "Doe, Jane; Roe, John", "DOE, JANE & ROE,
    JOHN", "Doe, Jane and John Roe".

    ``pieces``: the list parted by :data:`_PAIR_JOIN`. Each is the names it reads as (none for
    a person the page gives no evidence for: never two one-word names), or the piece itself
    when it is not of that form, for the usual split.
    """
    out: list[str | list[str]] = []
    for piece in pieces:
        names = _family_first(piece, forms, sites, host)
        out.append(piece if names is None else names)
    return out


def name_parts(
    raw: Iterable[str],
    site_names: Iterable[str] = (),
    host: str = "",
    known: Iterable[str] = (),
    places: Container[str] = (),
) -> list[str]:
    """The names of raw byline strings, split and filtered, in order, duplicates kept.

    The costly half of :func:`clean_names`, apart so that a caller that learns the section
    labels only once names were found (:func:`section_labels` reads every link) splits once.
    ``known``: what the page's other sources name, the evidence that reads "Doe, Jane" as one
    person (:func:`_family_first`). ``places``: where the page says its story was written
    (:class:`Places`); a part after a name that is one of them is the credit's dateline ("Von
    Jane Doe, Berlin"), not a second person, unless ``known`` writes it as a person.
    """
    sites = list(site_names)
    known = list(known)
    return _names(raw, sites, host, known, places, second=True)


def _names(
    raw: Iterable[str],
    sites: list[str],
    host: str,
    known: list[str],
    places: Container[str],
    second: bool,
) -> list[str]:
    """:func:`name_parts`; with ``second``, a person after a title's comma is read on the
    page's evidence (:func:`_chunk_names`), which is the names ``known`` gives without it."""
    forms: dict[tuple[str, ...], str] | None = None
    people: set[tuple[str, ...]] | None = None

    def forms_of() -> dict[tuple[str, ...], str]:
        nonlocal forms
        if forms is None:
            forms = _name_forms(known)
        return forms

    def people_of() -> set[tuple[str, ...]]:
        nonlocal people
        if people is None:
            # The people the other sources name, as this function reads them: "Jane Doe
            # Reporter, Partner Post" in the JSON-LD is no evidence that "Partner Post" is one.
            names = _names(known, sites, host, known, places, second=False) if second else []
            people = {tuple(_form_words(n)) for n in names}
        return people

    out: list[str] = []
    for value in raw:
        if "://" in value or "www." in value or _SITE_CREDIT.search(value):
            continue  # a profile link (article:author often holds one) or a site credit
        value = _strip(_ROLE_TAIL.sub("", _EDITOR_LABEL.sub("", collapse(value))))
        head, bar, _ = value.partition("|")
        if bar and any(is_name(_strip(p), sites, host) for p in _SPLIT.split(head)):
            # "Jane Doe, John Roe | USA TODAY", "Jane Doe | jd@paper.example | The Paper": the
            # names, then after the bar whom they write for (an outlet's name in any form).
            value = head
        chunks: list[str | list[str]] = [value]
        if "," in value:
            pieces = _PAIR_JOIN.split(value)
            if any(_PAIR.fullmatch(piece) for piece in pieces):
                chunks = _family_first_list(pieces, forms_of(), sites, host)
        for chunk in chunks:
            if isinstance(chunk, list):
                out.extend(chunk)
            else:
                out.extend(_chunk_names(chunk, sites, host, places, forms_of, people_of))
    return out


def _chunk_names(
    chunk: str,
    sites: list[str],
    host: str,
    places: Container[str],
    forms_of: Callable[[], dict[tuple[str, ...], str]],
    people_of: Callable[[], set[tuple[str, ...]]],
) -> list[str]:
    """The names of one credit string split at its separators (:func:`name_parts`).

    A job title ends its person's part of the credit (:func:`_before_title`), and what comes
    after it up to the next conjunction ("and", "&", ";") belongs to the title: its outlet,
    desk or place ("Jane Doe Reporter, Outlet", "Jane Doe, Staff Writer, Outlet"), which
    credits set after a comma as they set a second person; only a conjunction says another
    person follows. A second person after a comma there is lost, which is better than an
    outlet stored as a reporter. For the same reason a title in a part that follows a name
    after a comma is that person's, and the words before it are its outlet ("Jane Doe,
    Outlet Name Reporter"), unless the page's other sources write them as a person.

    A part after a title's comma is a second person only on the page's word ("Jane Doe
    Reporter, John Roe", where another source names John Roe: ``people_of``), and only when it
    holds no title (:func:`_second_person`).
    """
    pieces = _SPLIT_KEEP.split(chunk)
    parts, separators = pieces[::2], pieces[1::2]
    if len(parts) > 1 and _is_site_name(_strip(parts[0]), sites, host):
        # "hessenschau.de, Frankfurt, Germany": an organisation and its address.
        return []
    out: list[str] = []
    named = False
    after_title = False
    for index, part in enumerate(parts):
        listed = index > 0 and bool(_CONJUNCTION.search(separators[index - 1]))
        if listed:
            after_title = False
        if after_title:
            name = _second_person(part, sites, host, forms_of, people_of)
            if name:
                named, after_title = True, False
                out.append(name)
            continue
        name, after_title = _before_title(
            _strip(_FOR_OUTLET.sub("", part)), listed, forms_of, opens=index == 0 or listed
        )
        if not is_name(name, sites, host):
            continue
        if named and tuple(_form_words(name)) not in forms_of():
            if after_title and not listed:
                continue  # "Jane Doe, Outlet Name Reporter": her title, its outlet's words
            if name in places:
                continue  # "Jane Doe, Berlin": where she wrote, on the page's word
        named = True
        out.append(name)
    return out


def _second_person(
    part: str,
    sites: list[str],
    host: str,
    forms_of: Callable[[], dict[tuple[str, ...], str]],
    people_of: Callable[[], set[tuple[str, ...]]],
) -> str:
    """The person a part after a title's comma names, or "": "John Roe" in "Jane Doe
    Reporter, John Roe".

    Credits set a title's outlet, desk or place after the comma as they set a second person,
    and the form cannot tell "Partner Post" from "John Roe"; storing an outlet as a reporter
    is worse than missing one. So the part must have a name's shape (two words at least, no
    title, nothing :func:`is_name` takes for an outlet, desk or phrase), and another of the
    page's sources must name that person (``people_of``).
    """
    name = _strip(part)
    words = name.split()
    form = tuple(_form_words(name))
    # The other sources' words first: most credits have no such part, and reading the
    # people of those sources costs a pass of this function over them.
    if len(words) < 2 or form not in forms_of() or _title_start(words) is not None:
        return ""
    if not is_name(name, sites, host) or form not in people_of():
        return ""
    return name


# The properties and meta tags in which a page states where its story was written: schema.org's
# article location and dateline, the geo and Dublin Core vocabularies, Open Graph's locality.
_PLACE_PROPERTIES = ("contentLocation", "locationCreated", "dateline")
_PLACE_META = ("geo.placename", "og:locality", "dcterms.spatial", "dc.coverage.spatial")
# What follows the place of a dateline opening a paragraph of the story: an agency in brackets, a
# date after a comma, a dash or a full stop: "BERLIN (dpa) - ", "NEW YORK, May 3 (Reuters) - ",
# "WASHINGTON, May 3 — ", "Berlin - ", "Berlin. " (German regional papers).
_AFTER_PLACE = (
    r"(?:\s*\([^()\n]{1,30}\)\s*[–—:-]|,\s[^\n()–—]{0,25}\d[^\n()–—]{0,10}"
    r"(?:\([^()\n]{1,30}\))?\s*[–—-]|\s*[–—-]|\.)\s"
)
# The place is a few words; whether each is capitalised is tested after (:func:`_place_words`).
_TEXT_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){{0,3}}?){_AFTER_PLACE}"
)
# The same in capitals anywhere on the page ("BERLIN –" before a paragraph the extractor left
# out): no colon after the place alone, which is how transcripts label a speaker ("JANE DOE:").
_CAPITALS_DATELINE = re.compile(_AFTER_PLACE)
# Lower-case words inside a place's name: "Frankfurt am Main", "Rio de Janeiro".
_PLACE_PARTICLES = _PARTICLES | {"am", "an", "im", "upon", "on", "sur", "sul", "nad", "na"}
# Elements of the page marked as the story's dateline.
_DATELINE_ELEMENTS = etree.XPath(
    # By their attributes: a third cheaper than testing each element's class.
    "//@class[contains(., 'ateline')]/.. | //@itemprop[. = 'dateline']/.."
)
_PAGE_TEXT = etree.XPath(
    "//body//text()[starts-with(normalize-space(.), $place)]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _place_words(text: str) -> bool:
    """A place's form: capitalised words, lower-case particles between them, no digits."""
    words = text.split()
    return (
        bool(words)
        and not _DIGIT.search(text)
        and all(
            w[0].isupper() or (0 < i < len(words) - 1 and w in _PLACE_PARTICLES)
            for i, w in enumerate(words)
        )
    )


def _stated_places(entity: dict[str, Any] | None, meta: dict[str, list[str]]) -> list[str]:
    """The places the page's article entity and meta tags (:data:`_PLACE_META`) state."""
    values: list[Any] = [v for name in _PLACE_META for v in meta.get(name, ())]
    for key in _PLACE_PROPERTIES if entity else ():
        value = entity.get(key) if entity else None
        values.extend(value if isinstance(value, list) else [value])
    out: list[str] = []
    for value in values:
        if isinstance(value, dict):
            address = value.get("address")
            locality = address.get("addressLocality") if isinstance(address, dict) else None
            value = [value.get("name"), locality]
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                out.extend(_place_parts(text))
    return out


def _place_parts(text: str) -> list[str]:
    """The parts of a stated place: "BEIRUT, Lebanon", "Berlin (dpa)" each name two."""
    return [p.strip() for p in re.split(r"[,;()/]", text) if p.strip()]


class Places:
    """Where the page says its story was written: the evidence that reads "Jane Doe, Berlin"
    as a reporter and her dateline, not as two people.

    A credit's part after the name is a place when the page states that place itself: the
    article's JSON-LD location or dateline (``entity``) and the geo meta tags (``meta``, see
    :func:`_stated_places`), a dateline opening one of the story's first paragraphs (``text``),
    an element marked as the dateline, or the words in capitals as a dateline anywhere on the
    page. Without such evidence the part stays a name: a one-word name after a full one is as
    often a second reporter or the truth's own form ("Jane Doe, Sweidah"). Read only when a
    credit has such a part, once for each, the page's tree only when the cheaper evidence does
    not tell.
    """

    def __init__(
        self,
        tree: HtmlElement | None = None,
        text: str | None = None,
        entity: dict[str, Any] | None = None,
        meta: dict[str, list[str]] | None = None,
    ) -> None:
        self._tree = tree
        self._text = text
        self._entity = entity
        self._meta = meta or {}
        self._keys: set[tuple[str, ...]] | None = None
        self._asked: dict[str, bool] = {}
        self._walked = False

    def _read(self) -> set[tuple[str, ...]]:
        """The stated places and those of the datelines opening the story's first lines."""
        places = _stated_places(self._entity, self._meta)
        for line in (self._text or "").split("\n", 4)[:4]:
            match = _TEXT_DATELINE.match(line.strip())
            if match and _place_words(match.group("place")):
                places.append(match.group("place"))
        return {tuple(_form_words(p)) for p in places} - {()}

    def _marked(self) -> set[tuple[str, ...]]:
        """The places that open the page's dateline elements ("BERLIN, May 3"); one that is
        an author's box too ("byline-dateline") opens with the reporter."""
        places = set()
        for element in _DATELINE_ELEMENTS(self._tree) if self._tree is not None else ():
            if _AUTHOR_BOX.search(element.get("class", "")):
                continue
            first = _place_parts(collapse(element.text_content()))[:1]
            if first and _place_words(first[0]):
                places.add(tuple(_form_words(first[0])))
        return places

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name not in self._asked:
            self._asked[name] = self._says(name)
        return self._asked[name]

    def _says(self, name: str) -> bool:
        """Whether the page says ``name`` is a place, from the cheapest evidence on."""
        if self._keys is None:
            self._keys = self._read()
        key = tuple(_form_words(name))
        if key in self._keys:
            return True
        if self._tree is None or not _place_words(name):
            return False
        if not self._walked:
            self._walked = True
            self._keys |= self._marked()
        if key in self._keys:
            return True
        capitals = name.upper()
        return any(
            _capitals_dateline(node, capitals) for node in _PAGE_TEXT(self._tree, place=capitals)
        )


# Class words of the boxes that present a reporter ("author-bio", "byline", "profile"): a name
# in capitals with a dash there opens a biography, not a dateline.
_AUTHOR_BOX = re.compile(r"uthor|utor|yline|writer|reporter|journalist|bio|profil", re.I)
# A dateline opens a paragraph of the story: this much running text follows it.
_DATELINE_PARAGRAPH = 40


def _capitals_dateline(node: Any, capitals: str) -> bool:
    """Whether a text node that opens with ``capitals`` is a dateline: the place, its dateline
    punctuation (in the node or just after its element: "<b>BERLIN</b> (dpa) –") and a
    paragraph after it, outside an author's box (which sets "JANE DOE – Reporter …" so)."""
    parent = node.getparent()
    if parent is None:
        return False
    block = parent if node.is_text else parent.getparent()
    rest = str(node).lstrip()[len(capitals) :]
    if not rest.strip() and node.is_text:
        rest, block = parent.tail or "", parent.getparent()
    if block is None or not _CAPITALS_DATELINE.match(rest):
        return False
    if any(_AUTHOR_BOX.search(e.get("class", "")) for e in (block, *ancestors(block, 3))):
        return False
    return len(collapse(block.text_content())) >= len(capitals) + _DATELINE_PARAGRAPH


def unique_names(
    names: Iterable[str], labels: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """``names`` less section labels (keys of :func:`section_labels`) and repeats, in order."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        if label_key(name) in labels:
            continue
        key = loose(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def jsonld_authors(
    entity: dict[str, Any] | None, nodes: Iterable[dict[str, Any]] = ()
) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of a JSON-LD entity's ``author``/``creator``.

    An author given as a reference (``{"@id": "…#/schema/person/…"}``, as SEO plugins write
    an ``@graph``) is the node of ``nodes`` with that ``@id``.
    """
    persons: list[str] = []
    orgs: list[str] = []
    if entity is None:
        return persons, orgs
    value = entity.get("author") or entity.get("creator")
    items = value if isinstance(value, list) else [value]
    by_id: dict[str, dict[str, Any]] | None = None
    for item in items:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            if by_id is None:
                by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
            item = by_id.get(item["@id"], item)
        if isinstance(item, str):
            persons.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if not isinstance(name, str):
                continue
            if "&" in name:
                # Some CMSs write HTML entities into JSON ("Jos&#xE9;"): the name is "José".
                name = html.unescape(name)
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and "organization" in k.casefold() for k in kinds):
                orgs.append(name)
            else:
                persons.append(name)
    return persons, orgs


# Class and id words of byline markup: besides author/byline, the writer's role as themes name
# it ("post-writer", "reporter-name", "journalist", German "redakteur"). Not "firma": the
# signature in Spanish and Italian, the company in German, Polish and Czech.
_BYLINE_CLASS = re.compile(r"author|byline|autor|writer|reporter|journalist|redakteur", re.I)
_NOT_BYLINE_CLASS = re.compile(
    r"avatar|image|img|photo|bio|social|follow|share|more|date|time|affiliation|role|job|position|"
    # A comment's author ("comment-author vcard"), a teaser thumbnail's credit and the writer of
    # a quotation ("quote-writer").
    r"comment|thumb|quote",
    re.I,
)
# Containers of readers' comments: the names in them are commenters, not the article's authors.
_COMMENTS = re.compile(r"comment|discussion|disqus", re.I)
# A blockquote holds someone else's words (a quotation, an embedded post) with their writer's
# name: never the article's byline.
_OUTSIDE = frozenset(
    {"aside", "nav", "footer", "figure", "script", "style", "noscript", "form", "blockquote"}
)


def _candidates(top: HtmlElement, more: bool = False) -> list[HtmlElement]:
    """Elements under ``top``, in document order, whose rel, itemprop or class hints at an
    author or byline, and links to an author's page; with ``more``, also the rarer forms of
    :func:`_more_hint`.

    Found by substrings (a case-insensitive test is slow: "uthor", "utor", "yline" and "yLine"
    cover Author/author, Autor/autor, byline/Byline/ByLine); the exact test runs on the few
    they find. Tested in Python and written out: an XPath of nine ``contains()`` over every
    element cost three times as much, a loop over a tuple of the substrings a third more.
    """
    out = []
    for element in top.iterdescendants(etree.Element):
        get = element.get
        rel, itemprop, classes = get("rel"), get("itemprop"), get("class")
        if (
            (rel and "uthor" in rel)
            or (itemprop and "uthor" in itemprop)
            or (
                classes
                and (
                    "uthor" in classes
                    or "utor" in classes
                    or "yline" in classes
                    or "yLine" in classes
                )
            )
            or (more and _more_hint(element, classes))
        ):
            out.append(element)
        elif element.tag == "a":
            href = get("href")
            if href and (
                "/aut" in href
                or "author=" in href
                or "/journalist" in href
                or "/profile" in href
                or "/expert" in href
            ):
                out.append(element)
    return out


def _more_hint(element: HtmlElement, classes: str | None) -> bool:
    """Rarer byline markup: an ``<address>``, an author or byline id, a class naming the
    writer's role. Looked for only where the common forms found no byline: a second look at
    every element costs a pass over the page, the common forms' test a third more."""
    if element.tag == "address":
        return True
    if classes and (
        "riter" in classes
        or "eporter" in classes
        or "ournalist" in classes
        or "edakteur" in classes
    ):
        return True
    ident = element.get("id")
    return bool(ident) and ("uthor" in ident or "yline" in ident or "yLine" in ident)


def _is_byline(element: HtmlElement) -> bool:
    if element.get("rel", "").casefold() == "author":
        return True
    if "author" in element.get("itemprop", "").casefold():
        return True
    if element.tag == "a" and _AUTHOR_PATHS.search(element.get("href", "")):
        return True  # a link to the author's page: "von <a href="/autoren/…">Name</a>"
    if element.tag == "address":
        # HTML's element for the contact of the article (or page) it sits in: its author. The
        # site's address in the footer is chrome, left out with the footer.
        return True
    classes = element.get("class", "")
    if _BYLINE_CLASS.search(classes) and not _NOT_BYLINE_CLASS.search(classes):
        return True
    ident = element.get("id", "")
    return (
        bool(_BYLINE_CLASS.search(ident))
        and not _NOT_BYLINE_CLASS.search(ident)
        and _unique_id(element, ident)
    )


_SAME_ID = etree.XPath("//*[@id = $ident]")


def _unique_id(element: HtmlElement, ident: str) -> bool:
    """The only element of the page with this id, as HTML requires of an id: a theme that
    repeats one (``id="…-author"`` on each post of a blog's front page) marks the items of a
    list with it, each with its own author, none of them the page's byline."""
    return len(_SAME_ID(element, ident=ident)) == 1


def _byline_text(element: HtmlElement) -> str:
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") == "name" or re.search(r"\bname\b", child.get("class", "")):
            return collapse(child.get("content") or _lines_text(child))
    return collapse(element.get("content") or _lines_text(element))


def _label_only(text: str | None) -> bool:
    """A byline element's text that is only its label: "Автор:", "By", "Von"."""
    label = (text or "").strip(" .,:;|-–—\n\t").casefold()
    return bool(label) and (label in _ROLES or label in _LONE_LEADS)


# Where an element starts or ends inside a byline's text, until the text is read.
_EDGE = "\x00"
_EDGE_IN_WORD = re.compile(rf"(?<=\w){_EDGE}+(?=\w)")


def _lines_text(element: HtmlElement) -> str:
    """The element's text with each line break as a comma and each element's edge between two
    letters as a space.

    A line break: "By Jane Doe<br>AP Writer" is a name and a role on two lines, not one "name"
    of five words. An edge: byline markup puts the parts of a credit in elements of their own
    and spaces them with style sheets, not with text ("<span>Jane</span><span>Doe</span>",
    a user name and "on" in a profile badge); the element's plain text glues them into one
    word ("JaneDoe"). Parts of one word are not set in elements of their own in bylines.
    """
    if len(element) == 0:
        return element.text or ""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "br":
                parts.append(", ")
            elif isinstance(child.tag, str):
                parts.append(_EDGE)
                walk(child)
                parts.append(_EDGE)
            parts.append(child.tail or "")

    walk(element)
    return _EDGE_IN_WORD.sub(" ", "".join(parts)).replace(_EDGE, "")


def _inside_excluded(element: HtmlElement, stop: HtmlElement | None, headline: HtmlElement) -> bool:
    """Inside chrome (aside, nav, figure …) or inside another item.

    An ``<article>`` that does not hold the headline is another item (a teaser, an embedded
    story) when the headline sits in an ``<article>`` of its own or when it is nested in one;
    a page whose headline is in a header outside any ``<article>`` keeps the story's byline
    in its ``<article>``.
    """
    headline_items = [a for a in headline.iterancestors() if a.tag == "article"]
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in _OUTSIDE:
            return True
        if _COMMENTS.search(ancestor.get("class", "")) or _COMMENTS.search(ancestor.get("id", "")):
            return True
        if (
            ancestor.tag == "article"
            and not any(a is ancestor for a in headline_items)
            and (headline_items or any(a.tag == "article" for a in ancestor.iterancestors()))
        ):
            return True
    return False


# A teaser card is small: its linked title, a credit, perhaps a date and a line of text.
_CARD_ELEMENTS = 60
_CARD_TEXT = 400
# A link that reads as another item's headline: a few words at least.
_TITLE_WORDS = 4
_TITLE_CHARS = 25


def _in_teaser(element: HtmlElement, headline: HtmlElement | None, levels: int = 3) -> bool:
    """Inside a teaser card: a small block, apart from the headline, that links to another
    page with a headline's words ("<a>Minden kisgyermeknek jár a játszótéri boldogság</a>
    <span class=author>Kovács Gábor</span>"). The credit there is that item's, not the page's.

    Only small blocks count (a few dozen elements, a few hundred characters), so the article's
    own byline beside its body text, whose links are in-text links, is never one.
    """
    # The list keeps the proxies alive: an id of a freed lxml proxy is reused by the next one.
    above = list(headline.iterancestors()) if headline is not None else []
    for block in ancestors(element, levels):
        if block is headline or any(a is block for a in above):
            return False
        if len(list(islice(block.iter(), _CARD_ELEMENTS))) >= _CARD_ELEMENTS:
            return False
        if len(block.text_content()) > _CARD_TEXT:
            return False
        for link in block.iter("a"):
            if link is element or any(a is link for a in element.iterancestors()):
                continue
            if any(e is element for e in link.iterdescendants()):
                continue
            href = link.get("href", "")
            if not href or _AUTHOR_PATHS.search(href):
                continue
            title = link.text_content().split()
            if len(title) >= _TITLE_WORDS and len(" ".join(title)) >= _TITLE_CHARS:
                return True
    return False


# A list linking to this many authors' pages is the site's list of its writers (a widget of
# "our authors", each with a count of articles), not one article's byline.
_AUTHOR_LIST = 4


def _in_author_list(element: HtmlElement, levels: int = 3) -> bool:
    """Inside a list (``ul``/``ol``) of links to at least four authors' pages."""
    for block in ancestors(element, levels):
        if block.tag in ("ul", "ol"):
            pages = {
                a.get("href")
                for a in block.iter("a")
                if _AUTHOR_PATHS.search(a.get("href", "")) and a.text_content().strip()
            }
            return len(pages) >= _AUTHOR_LIST
    return False


def _elsewhere(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """A credit of another item (a teaser) or of the site (a list of its authors)."""
    return _in_teaser(element, headline) or _in_author_list(element)


def byline_near(
    headline: HtmlElement | None, max_levels: int = 5, *, editors: bool = False
) -> list[str]:
    """Texts of byline markup nearest the headline (the article's own, not a teaser's).

    With ``editors``, the names the credit labels as the story's editors (:func:`_edited_by`)
    instead of its writers.
    """
    if headline is None:
        return []
    top = (ancestors(headline, max_levels) or [headline])[-1]
    return _byline_texts(headline, _candidates(top), max_levels, editors) or _byline_texts(
        headline, _candidates(top, more=True), max_levels, editors
    )


def _byline_texts(
    headline: HtmlElement, candidates: list[HtmlElement], max_levels: int, editors: bool
) -> list[str]:
    """Texts of the byline elements among ``candidates`` nearest the headline (of the editors'
    elements with ``editors``)."""
    found = [
        e
        for e in candidates
        if e.tag not in _OUTSIDE and _is_byline(e) and not (len(e) == 0 and _label_only(e.text))
    ]
    # The innermost byline elements only: an outer wrapper repeats its children's text (a
    # label alone, "Автор:", is not one: the name is in its sibling, inside the wrapper).
    # Teasers' credits and editors are left out after that, so that their wrapper does not
    # stand in.
    outer = {id(a) for e in found for a in e.iterancestors()}
    innermost = [
        e
        for e in found
        if id(e) not in outer and not _elsewhere(e, headline) and _edited_by(e) is editors
    ]

    return _nearest_texts(headline, innermost, _byline_text, lambda t: len(t) <= 200, max_levels)


def _nearest_texts(
    headline: HtmlElement,
    elements: list[HtmlElement],
    text_of: Callable[[HtmlElement], str],
    accept: Callable[[str], bool],
    max_levels: int,
) -> list[str]:
    """Accepted texts of ``elements`` in the headline's nearest ancestor that holds any, leaving
    out those in chrome or in another item (:func:`_inside_excluded`)."""

    def collect(scope: HtmlElement) -> Iterator[str]:
        for element in elements:
            if not any(a is scope for a in element.iterancestors()):
                continue
            if _inside_excluded(element, scope, headline):
                continue
            text = text_of(element)
            if text and accept(text):
                yield text

    return nearest(headline, collect, max_levels)


# Text nodes that open a byline written without byline markup: "Von " before a link, "By Jane
# Doe", "Autor: …". The lead word alone, or first and followed by a space.
_LEAD_WORDS = (
    *("Von", "By", "Par", "Por", "Door", "Di", "Av", "Af", "Od", "Przez"),
    # The phrases that open a byline in English, French, Italian and the Scandinavian
    # languages ("Written by", "Propos recueillis par": interview by, "A cura di": edited by,
    # "Skrevet af/av", "Skrivet av": written by).
    *("Written by", "Words by", "Reporting by", "Reported by", "Propos recueillis par"),
    *("A cura di", "Skrevet af", "Skrevet av", "Skrivet av"),
    # Bylines in lower case ("von Max Muster", "by Jane Doe", "di Mario Rossi", "door …").
    *("von", "by", "di", "door", "av", "af"),
)
# Alone, only the capitalised ones: a lower-case "by" between elements is as often a photo's
# credit ("<span>Photo</span> by <a>…</a>") as the article's.
_LEAD_ALONE = frozenset(word for word in _LEAD_WORDS if word[0].isupper())
# The text is compared as XPath's normalize-space() would see it (only ASCII spaces, tabs and
# line breaks are spacing there), so each lead word is followed by each of those.
_XML_SPACE = " \t\n\r"
_LEAD_STARTS = (
    *(word + space for word in _LEAD_WORDS for space in _XML_SPACE),
    *("Autor:", "Author:", "Autorin:", "Text:"),
    # Labels and phrases of more languages (Italian, French, Polish, Turkish, Spanish,
    # Portuguese, German), each the way a byline line opens in its language; only a space after
    # the phrases (each entry here is tested on every text node of the page).
    *("Autore:", "Auteur:", "Auteur :", "Tekst:", "Yazar:", "Text und Fotos:"),
    *("Napisał ", "Napisała ", "Escrito por ", "Reportagem de "),
    # "Text" in French, Spanish, Portuguese, Italian and Russian, the Czech and Polish label
    # for a woman, the Turkish labels of the item's writer and reporter, the Russian author.
    *("Texte:", "Texte :", "Texto:", "Testo:", "Текст:", "Autorka:", "Haber:", "Muhabir:"),
    *("Автор:", "Авторы:"),
    # Chinese and Japanese credits of the writer ("作者：", "文／"). Not "记者：": Chinese
    # interviews write it before each of the reporter's questions.
    *("作者：", "作者:", "文：", "文:", "文／", "文/", "文・"),
)
# Every text node, as lxml's strings that know their parent. Tested in Python: an XPath asking
# normalize-space() of every node for each lead word cost five times as much.
_TEXT_NODES = etree.XPath(".//text()")


def _lead_texts(top: HtmlElement) -> list[Any]:
    """The text nodes under ``top`` that open with a lead word (:data:`_LEAD_STARTS`)."""
    found = []
    for node in _TEXT_NODES(top):
        text = node.strip(_XML_SPACE)
        if text in _LEAD_ALONE or text.startswith(_LEAD_STARTS):
            found.append(node)
    return found


_PREVIOUS_HEADING = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"
)
# Joiners and name particles: the only lower-case words a byline line holds.
_LINE_WORDS = _PARTICLES | {"und", "and", "et", "y", "e", "en", "og", "och", "i", "a", "ve", "и"}
MAX_LINE = 80
# A name in a script without case is told from a phrase by its form alone: two to four letters
# (Chinese and Korean names, most Japanese ones), no punctuation. A line holds the names listed
# with "、" or spaces: a full-width comma there parts a sentence's clauses.
_CJK_NAME = re.compile(rf"[{_CJK}]{{2,4}}")
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def _byline_line(text: str) -> bool:
    """A short line of a lead word and names: "Von Max Muster und Erika Mustermann", not a
    sentence ("By Sunday the minister had resigned.", "文：从市政府获悉，今年…")."""
    if len(text) > MAX_LINE or text.endswith(("!", "?")):
        return False
    rest = _LEAD.sub("", text, count=1)
    if rest == text:
        return False
    if _CJK_CHAR.search(rest):
        # No case to tell a name from a word: every part must have a name's form.
        if "，" in rest:
            return False
        parts = [p for part in _SPLIT.split(rest) for p in part.split()]
        return all(_CJK_NAME.fullmatch(p) for p in parts)
    return not [w for w in rest.split() if w[:1].islower() and w.casefold() not in _LINE_WORDS]


def lead_byline_near(headline: HtmlElement | None, max_levels: int = 3) -> list[str]:
    """Byline lines without byline markup nearest the headline: "<p>Von <a>Max Muster</a></p>".

    A weaker form than markup, read only when JSON-LD, byline markup and meta tags name nobody;
    a line is the whole text of the element that holds the lead word, short and made of names.
    """
    if headline is None:
        return []
    top = (ancestors(headline, max_levels) or [headline])[-1]
    holders: list[HtmlElement] = []
    for node in _lead_texts(top):
        holder = node.getparent()
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        if holder is None or holder.tag in _OUTSIDE or holder is top:
            continue
        if holder.tag == "a" or any(a.tag == "a" for a in holder.iterancestors()):
            continue  # a teaser card is a link; a byline line is not inside one
        heading = _PREVIOUS_HEADING(holder)
        if heading and heading[0] is not headline and heading[0].find(".//a") is not None:
            # Under another item's linked heading: a teaser's or a related story's line (a
            # subtitle heading between the headline and the byline links nowhere).
            continue
        if _elsewhere(holder, headline):
            continue  # a teaser card's credit beside its linked title, a list of authors
        holders.append(holder)

    return _nearest_texts(headline, holders, _line_credit, _byline_line, max_levels)


# A blog's post line goes on after the credit: the date it was posted ("Von Max Muster am
# 03.05.2013, 11:51", "By Jane Doe on May 3, 2013", "Par Jean Dupont le 3 mai 2013") and, after
# a bar, its comment count and category ("| 0 Kommentare | Energie"). The date is a preposition
# and a day (a number, or a month's name and a number) up to the end of the line.
_LINE_DATE = re.compile(
    r"\s+(?:am|on|le|el|il|op|em|den)\s+(?:\d|[^\W\d_]+\.?\s+\d)[^|]{0,40}$", re.I
)


def _line_credit(element: HtmlElement) -> str:
    """A byline line's credit: its text before the first bar, without the date it was posted
    and without the editors named after it.

    The bar parts the credit from the rest of the post's line as it does in byline markup
    (:func:`name_parts`: after a bar comes the outlet), and a credit keeps no date. A line
    break parts the name from the title on the next line as in byline markup
    (:func:`_lines_text`): "By JANE DOE<br>AP Writer" is not "JANE DOEAP Writer".
    """
    text = collapse(_lines_text(element)).partition("|")[0].rstrip()
    return _EDITOR_LABEL.sub("", _LINE_DATE.sub("", text))


# A Chinese press credit at the start of the story: "〔記者巫其倫／台北報導〕" ("reporter X,
# reporting from Taipei"), several reporters joined by "、". The names are two to four
# characters; the place follows the slash.
_CHINESE_CREDIT = re.compile(
    r"[〔（(【\[]\s*記者\s*([^\s／/、〕）)】\]]{2,4}(?:、[^\s／/、〕）)】\]]{2,4})*)\s*[／/]"
    r"[^〕）)】\]]{0,12}(?:報導|报导|報道)\s*[〕）)】\]]"
)


# A wire story's credit at its end: "(Reporting by Jane Doe and John Roe; Editing by …)".
_REPORTING_BY = re.compile(r"\bReporting by ([^;()\n]{3,120}?)\s*(?:[;)]|\.?$|\n)", re.M)


def credit_in_text(text: str | None) -> list[str]:
    """Reporters a credit in the story's text names: a Chinese credit at its start (the
    first 300 characters, where papers put it), a wire's "Reporting by …" at its end (the
    last 400); editors and writers of the wire's desk are not the reporters."""
    if not text:
        return []
    match = _CHINESE_CREDIT.search(text[:300])
    if match:
        return match.group(1).split("、")
    match = _REPORTING_BY.search(text[-400:])
    return [match.group(1)] if match else []


def _whole_text(element: HtmlElement) -> str:
    return collapse(element.text_content())


def _name_words(name: str) -> set[str]:
    return {w for w in name.casefold().split() if len(w) > 1}


def agree(names: Iterable[str], others: Iterable[str]) -> bool:
    """Whether two sources name at least one common person.

    Lenient on purpose (a shared surname or given name is enough, and a name written without
    spaces, as in Chinese or Japanese, may contain the other) so that only sources naming
    entirely different people disagree: "Jane Doe" and "J. Doe" agree, "Jane Doe" and
    "John Roe" do not.
    """
    others = list(others)
    for name in names:
        words, key = _name_words(name), loose(name)
        for other in others:
            other_key = loose(other)
            if words & _name_words(other) or (
                key and other_key and (key in other_key or other_key in key)
            ):
                return True
    return False


def in_byline_markup(
    tree: HtmlElement, names: Iterable[str], headline: HtmlElement | None = None
) -> bool:
    """Whether every name is written in byline markup of the page outside its chrome.

    The confirmation a weak source (trafilatura's author, read from any meta tag, any JSON-LD
    item or any byline-like element, a teaser's included) needs before it is stored: the same
    name in an element the page marks as its byline (``rel=author``, an author class, a link to
    an author page) that is not in a nav, aside, footer or figure, nor, when the ``headline`` is
    known, in readers' comments or in another item (a teaser's ``<article>``). A name the
    byline writes only in lower case ("Autor: asty//now") is a reporter's code there, even
    where the extractor capitalised it ("Asty").
    """
    elements = [e for e in _candidates(tree) if _is_byline(e)]
    if headline is None:
        kept = [e for e in elements if not any(a.tag in _OUTSIDE for a in e.iterancestors())]
    else:
        kept = [
            e
            for e in elements
            if not _inside_excluded(e, None, headline) and not _elsewhere(e, headline)
        ]
    texts = [_byline_text(e) for e in kept]
    looses = [loose(t) for t in texts]
    forms: list[list[str]] | None = None
    wanted = list(names)
    for name in wanted:
        key = loose(name)
        if not key:
            return False
        if not any(key in text for text in looses):
            if forms is None:
                forms = [_form_words(t) for t in texts]
            words = _form_words(name)
            if not words or not any(_written_in(words, form) for form in forms):
                return False
        lower = name.casefold()
        shown_lower = lower != name and any(lower in t for t in texts)
        if shown_lower and not any(lower in t.casefold() and lower not in t for t in texts):
            return False  # written in lower case only: a code or a user name
    return bool(wanted)


_WORD = re.compile(r"\w+")


def _form_words(text: str) -> list[str]:
    """A name's words as bylines vary their form: case and accents ignored ("JOSE GARCIA",
    "José García"), initials left out ("Jane Q. Doe")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in _WORD.findall(plain) if len(w) > 1]


def _written_in(words: list[str], text_words: list[str]) -> bool:
    """Whether the name's words stand together in the text's, in order or turned round, as
    catalogues and some bylines write a name ("Doe, Jane"). Together: "Jane Smith and John
    Doe" does not write "Jane Doe"."""
    n = len(words)
    runs = {tuple(text_words[i : i + n]) for i in range(len(text_words) - n + 1)}
    return tuple(words) in runs or tuple(reversed(words)) in runs


# Text nodes that hold a word, outside what a reader never sees (scripts, styles, the <head>).
_SHOWN_TEXT = etree.XPath(
    "//body//text()[contains(., $word)]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def shown_on_page(tree: HtmlElement, names: Iterable[str]) -> bool:
    """Whether any of the names is written somewhere a reader sees it (a word of it, at least).

    JSON-LD and meta tags are filled by the CMS; names in them that the page shows nowhere
    (not in a byline, not under a photo, not in a ticker entry) are often the account that
    uploaded the story, not its author. One name shown is enough: a ticker's JSON-LD lists
    every reporter, the page shows those of its latest entries.
    """
    for name in names:
        words = [w for w in name.split() if len(w) >= 3] or [name]
        for word in (words[0], words[-1]):
            # Also as bylines set it in capitals ("JANE DOE") and without its accents ("Jose"
            # for "José"): the same name in another form.
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
            )
            if any(_SHOWN_TEXT(tree, word=w) for w in dict.fromkeys((word, word.upper(), plain))):
                return True
    return False
