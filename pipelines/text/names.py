"""A credit's text into people's names: what a byline string says once its markup is read.

A credit holds more than names: "Von …" / "By …", job titles before or after the name ("Reporter",
"Senior Correspondent", "기자"), e-mail addresses, dates, desk labels ("Redaktion", "Newsroom"),
the outlet's own name, a dateline after the name. Those are removed, a string of several names is
split (family-name-first forms on the page's other sources' word), and duplicates go; what is
left is a list of names, or nothing. Nothing is better than the site's name in place of a
reporter's. Pure functions of strings; :mod:`pipelines.text.authors` finds the credits on the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable

from pipelines.text.dates import MONTH_NAMES, WEEKDAYS
from pipelines.text.structured import collapse, host_label, loose

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
    r"وكالة|الأنباء|جريدة|صحيفة|قناة|"
    # "News" as outlets write it in their names: Arabic and Persian, the English word in
    # Arabic, Persian, Cyrillic and Devanagari letters ("المدينة نيوز", "خبرگزاری …",
    # "Ньюс"), Greek, Ukrainian and Bulgarian, Serbian and Macedonian, Hebrew, Hindi, Thai,
    # Japanese. Words of their own: a person's name holds none of them, where a family name
    # made of one goes on past it: the Persian "اخباری" (Akhbari), the Russian "Ньюсом"
    # (Newsom), the lower-case letters after it (an outlet's "НьюсРу" capitalises its next).
    r"\b(?:نيوز|نیوز|أخبار|اخبار(?!ی)|خبرگزاری|(?:ньюс|ньюз)(?!(?-i:[а-яё]))|новини|вести|"
    r"вијести|навіны|"
    r"ειδήσεις|ειδησεις|חדשות|समाचार|न्यूज़|न्यूज)|ข่าว|ニュース|"
    # "Times" in Japanese letters ("沖縄タイムス", "ジャパンタイムズ"): a paper, no person.
    r"タイムス|タイムズ",
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
    # The Indonesian and Malay desk ("Redaksi", "Tim Redaksi").
    r"redaksi|"
    # The Chinese news-flash desk ("上報快訊／Jane Doe": the outlet's flash desk, then the
    # reporter) and the place a Chinese credit says the story was reported from, after the
    # reporter ("記者王小明／台北報導": reporter Wang, reporting from Taipei; "綜合報導", a
    # compiled report): neither is in a person's name.
    r"快訊|快讯|報導|报导|報道|报道|"
    # Hindi "bureau" and "desk" ("वाराणसी ब्यूरो": the Varanasi bureau); the bureau's stem
    # alone, as trafilatura's guess writes it without the closing vowel sign (a mark, not a
    # word character, which its cleaning cuts off the end: "वाराणसी ब्यूर").
    r"ब्यूर|डेस्क|"
    # The editorial team, the newsroom and the editors in Greek ("Συντακτική ομάδα",
    # "Σύνταξη", "Ειδησεογραφία"), Arabic ("فريق التحرير", "هيئة التحرير", "غرفة الأخبار"),
    # Turkish ("Editör ekibi"), Czech ("Redakce", also its cases), Chinese,
    # Japanese and Korean ("编辑团队", "編集チーム", "取材班", "편집팀", "보도국"): none is in a
    # person's name.
    r"συντακτ|σ[υύ]νταξη|ειδησεογραφ|التحرير|غرفة الأخبار|editör ekibi|"
    r"redakc[eií]|编辑团队|編輯團隊|编辑组|編輯組|編集チーム|取材班|報道部|편집팀|보도국|취재부|"
    # A ministry or a company credited for its press release: an institution, not a person,
    # also inside a compound ("Außenministerium", "Bundesministerium").
    r"ministerium|ministry|ministère|ministerio|ministero|ministério|ministerstw|ministerstv|"
    r"\bgmbh\b|"
    # A picture agency credited in the byline for the photos ("Jane Doe / Getty Images",
    # "picture alliance", "Shutterstock", "iStock"): no person, and not the text's author.
    r"\bimages\b|picture.?alliance|shutterstock|\bistock|"
    # A police force, a fire service or a prosecutor credited for its report ("Polizei
    # Steinfurt", "Polizeipräsidium Mainz", "Feuerwehr Essen", "Metropolitan Police"): an office
    # that issued the text, not a person who wrote it.
    r"polizei|\bpolice\b|\bpolizia\b|\bpolicía\b|\bpolicia\b|\bpolitie\b|\bpolicja\b|"
    r"\bpoliisi|полиция|поліція|feuerwehr|fire department|fire service|"
    r"staatsanwaltschaft|prosecutor's office|sheriff's office|"
    r"\bgendarmerie\b",
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
    # The buttons a byline bar holds beside the name ("Share", "Comments").
    r"share|teilen|comments?|kommentare|"
    # Paid or handed-in pieces credit no reporter.
    r"sponsored|advertorial|anzeige|werbung|pressemitteilung|press release|partner content|"
    r"publireportage|promoted)\b",
    re.I,
)
# The accounts and user roles of a publishing system, which name no person when they stand for
# the credit ("Posted by Admin", "Von Gast", "Par Invité"), in the languages of
# :data:`_TITLE_HEADS`. Some are also family names ("Christopher Guest", "Lise Gast"): only the
# word alone is no name.
ACCOUNTS = frozenset(
    {
        *("admin", "administrator", "webmaster", "moderator", "guest", "anonymous"),
        *("administratorin", "moderatorin", "gast", "anonym"),
        *("administrateur", "webmestre", "modérateur", "invité", "invitée", "anonyme"),
        *("administrador", "moderador", "invitado", "invitada", "anónimo", "anónima"),
        *("amministratore", "moderatore", "ospite", "anonimo", "anonima"),
        *("convidado", "convidada", "anônimo", "anônima"),
        *("beheerder", "anoniem", "gość", "anonim", "gäst", "gjest", "gæst", "tamu"),
    }
)
# A role alone is not a name.
ROLES = ACCOUNTS | frozenset(
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
        # Chinese: the reporter, the photographer, the editor, the writer (作者, below), set
        # beside a name with a full-width slash ("攝影／王小明").
        "记者",
        "攝影",
        "摄影",
        "編輯",
        "编辑",
        "撰文",
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
# "Auslandskorrespondentin", "Chefreporter". A name does not end so. Three letters before the
# role, not "three or more": the same words match, and a search of a long word is linear (a
# 10,000-letter word cost 4.3 s when each start scanned to its end).
_ROLE_COMPOUND = re.compile(
    r"\w{3}(?:redakteur|korrespondent|reporter|journalist|kolumnist|editor|autor|author|writer|"
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
    "producer critic commentator photojournalist videographer illustrator cameraman expert",
    "de": "redakteur redakteurin korrespondent korrespondentin reporterin journalistin autor "
    "autorin kolumnist kolumnistin volontär volontärin mitarbeiter mitarbeiterin fotograf "
    "fotografin kommentator kommentatorin fotojournalist fotojournalistin kameramann kamerafrau "
    "illustratorin experte expertin",
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
    "id": "penulis wartawan jurnalis kontributor penyunting",
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
# The heads of the titles of those who make a story's pictures, not its text. A credit that
# names its writer too ("Jane Doe Reporter and John Roe Photographer") credits the writer
# alone; a photographer credited alone is the page's only credit (a photo story's), and stays.
_PICTURE_TITLES = (
    "photographer fotograf fotografin photographe fotógrafo fotógrafa fotografo fotografa "
    "fotograaf fotoreporter bildreporter bildreporterin photojournalist fotojournalist "
    "fotojournalistin videographer cameraman kameramann kamerafrau illustrator "
    "illustratorin"
)
_PICTURE_HEADS = frozenset(_PICTURE_TITLES.split())
_PLURAL_HEADS = frozenset(w for words in _TITLE_PLURALS.values() for w in words.split())
_MODIFIERS = frozenset(w for words in _TITLE_MODIFIERS.values() for w in words.split())
# The prepositions of a credit, "by" in each language, before the name or standing alone.
# "By" in Indonesian and Malay ("oleh") and in Arabic ("بقلم": by the pen of) too.
_BY = (
    *("von", "by", "durch", "par", "por", "di", "door", "av", "af", "de", "od", "przez", "от"),
    *("oleh", "بقلم"),
)
# The words of the labels of a story's pictures, video, graphics or editing (their rules are
# below, at :data:`_NOT_WRITER_LABEL`).
_PICTURE_WORDS = (
    r"photos?|photographs?|photography|fotos?|fotografie|fotografien|fotografía|fotografías|"
    r"fotografia|bilder|bild|images?|imagens|imágenes|immagini|videos?|kamera|camera|grafik|"
    r"grafiken|graphics?|infografik|infografía|illustrations?|illustrationen|ilustración|"
    r"ilustraciones|edited|editing|edición|editado|bearbeitung|redigering|"
    # "Photo" in Russian, Ukrainian, Bulgarian and Serbian ("Фото: Jane Doe" under a picture),
    # and the photographer's labels in Chinese ("攝影／王小明", "文／王小明 圖／李華"), the
    # one-character "picture" only before its colon or slash, a label's end, never in a name.
    r"фото|攝影|摄影|(?:圖|图)(?=\s*[:：／])"
)
# A writer's label joined to those of the pictures or the editing, in either order: "Text und
# Bild:", "Text & Fotos", "Texte et photos :", "Fotos/Text:", "Text and editing by". The person
# it credits wrote the story (and took the pictures): the label is the writer's.
_JOINER = r"\s*(?:[&/+]|\s(?:und|and|et|y|e|og|och|ve|и)\s)\s*"
_WRITER_WORDS = r"text|texte|texto|testo|tekst|teksti|текст|words"
# The editor's role joined to the writer's ("Text und Redaktion:", "Words and editor:") too.
_JOINED_ROLES = rf"{_PICTURE_WORDS}|redaktion|editor|editors"
_JOINED_LABEL = (
    rf"(?:(?:{_WRITER_WORDS})(?:{_JOINER}(?:{_JOINED_ROLES}))+"
    rf"|(?:{_JOINED_ROLES})(?:{_JOINER}(?:{_JOINED_ROLES}))*{_JOINER}(?:{_WRITER_WORDS}))"
)
# Words before the name: "Von", "By", "Ein Kommentar von", "Text:", "Autor:". The words
# before a preposition ("Propos recueillis par", "A cura di", "Skrevet af") are the ``before``
# group: an outlet's or an agency's words there make the whole an outlet ("Diario de Sevilla").
# As few of them as can be (the first preposition, not the last): "Von Jan de Vries" opens
# with "Von", and its "de" is the name's (:func:`_lead_in_name`).
CREDIT_LEAD = re.compile(
    r"^(?:(?P<before>(?:[\w-]+\s+){0,3}?)"
    rf"(?P<by>{'|'.join(_BY)}|tarafından)\s+|"
    # Polish writes the verb before the name: "Napisał Jan Kowalski" ("written by").
    r"(?:napisał|napisała)\s+|"
    # German writes the label for both genders: "Autor/in:", "Autor*in:", "AutorInnen:".
    r"(?:text|autor(?:[/*:_]?in(?:nen)?)?|author|authors|written by|reported by|fotos?|von|"
    r"texto|tekst|автор|авторы|автори|piše|pišu|napisao|napisala|yazar|szerző|penulis|"
    # Italian and French labels ("Autore:", "Auteur :"); the writer who also took the
    # pictures (:data:`_JOINED_LABEL`: "Text und Fotos:"). The word for "text" in French,
    # Italian and Russian, the Czech, Slovak and Polish label for a woman ("Autorka:"), the Turkish
    # labels of the news item's writer and reporter ("Haber:", "Muhabir:").
    rf"autore|auteur|{_JOINED_LABEL}|texte|testo|текст|autorka|haber|muhabir|"
    # The Turkish label of the writer ("Yazan:", who wrote), the Finnish word for "text", the
    # plural label in Czech, Slovak, Italian and Romanian ("Autoři:", "Autori:").
    r"yazan|teksti|autoři|autori|"
    # The reporter's label in English and Indonesian ("Wartawan": journalist), the Greek
    # "writes" ("Γράφει: Μαρία Παπαδοπούλου"), the Arabic "by the pen of" with a colon.
    r"reporter|wartawan|γράφει|بقلم)\s*:\s*|"
    # Chinese and Japanese labels of the writer and reporter: "文：", "文／", "文・" (Japanese
    # magazines), "作者：", "记者 ", "本报记者 " ("this paper's reporter"); "文字／" ("text") and
    # "圖文／" ("pictures and text": the writer who also took them).
    r"(?:本报|本報)?(?:记者|記者|作者|撰文|文字|圖文|图文|文)\s*[:：/／・]\s*"
    r"|(?:本报|本報)?(?:记者|記者)\s+)",
    re.I,
)
# Kana, Han and Hangul: the scripts that write a name without spaces and without case.
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# A letter of one of those scripts.
CJK_CHAR = re.compile(f"[{CJK}]")
# The same letter inside a pattern that ignores case, which these scripts do not have: read
# with case (``(?-i:…)``) it matches the same characters, and a class this large folded for
# case costs about 4 ms more to compile, paid on every crawl by the workers' fork server for
# each time a pattern holds it.
_CJK_LETTER = f"(?-i:[{CJK}])"
# Titles of address a credit writes before the name, one or several: academic ("Dr.",
# "Prof.", the Austrian "Mag.", "Dipl.-Ing.") and the professions German writers sign with
# ("Rechtsanwalt Jane Doe", a lawyer's blog post). No part of the name: "Prof. Dr. Anna Muster"
# is Anna Muster, as the dev set's README compares names.
_ADDRESS_TITLES = (
    r"dr\.|prof\.|mag\.|ing\.|dipl\.-\w+\.?|"
    r"rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|steuerberater(?:in)?"
)
# Role words next to a name: "홍길동 기자", "Max Muster, Korrespondent". Korean, Japanese and
# Chinese also write the role glued to the name ("홍길동기자", "山田太郎記者"): no person's name
# in those scripts ends in the word for "reporter" (nor, in Chinese, opens with it).
_ROLE_AFFIX = re.compile(
    rf"\s+(?:기자|특파원|記者|記者名)$|(?<={_CJK_LETTER})(?:기자|특파원|記者|记者|特派員|特派员)$"
    # Chinese also writes the word before the name, glued to it ("記者王小明／台北報導"), and
    # the paper's name before the word ("聯合報 記者王小明", "自由時報記者王小明").
    rf"|^(?:{_CJK_LETTER}{{1,6}}(?:報|报)\s*)?(?:本报|本報)?(?:记者|記者)(?={_CJK_LETTER}{{2,4}}$)"
    rf"|^(?:(?:{_ADDRESS_TITLES})\s+)+(?=\S)",
    re.I,
)
# Such a title alone: no name.
_ADDRESS_TITLE_ALONE = re.compile(_ADDRESS_TITLES)
# A Korean credit's count of the co-writers it does not name, after the role word: "박준석 기자
# 외 1명" ("reporter Park Jun-seok and one other"). The one it names is the credit's person.
_UNNAMED_OTHERS = re.compile(r"(?:(?<=기자)|(?<=특파원))\s*외\s*\d+\s*명$")


# A role after a dash, with what follows it up to the next name: "Mathias Hagen – Journalist",
# "Anders Skjerdingstad – Journalist i Paris" (without this, "Paris" would pass for a name).
def _longest_first(word: str) -> tuple[int, str]:
    """Alternatives of a pattern longest first, the same order in every process: sorted by
    length alone, words of a set came in the order of the process's string hashes, so the
    pattern's text differed from start to start and the fork server compiled it at every start
    instead of taking its program from the last (pipelines/extract/regexcache.py). Two words of
    one length match the same span or none, so the order among them changes no match."""
    return -len(word), word


_ROLE_TAIL = re.compile(
    r"\s+[–—-]\s+(?:"
    + "|".join(re.escape(role) for role in sorted(ROLES, key=_longest_first))
    + r")\b[^,;&|/·•]*",
    re.I,
)
# Portuguese and Spanish also join two surnames of one person with "e" / "y" ("José Volta e
# Pinto", "Ortega y Gasset"): an "e" or "y" before a single last word joins no two people.
# Chinese and Japanese list names with "、" (and Chinese with a full-width comma), and set a
# desk or a place beside the name with a full-width slash as others do with "/"
# ("上報快訊／范姜佳鈺", "記者王小明／台北報導"); Russian
# joins two with "и", Finnish with "ja", Hungarian with "és". A comma before the last "and"
# ("Jane Doe, John Roe, and Mary Major", as English writes a list) is one separator: only words
# that mean nothing but "and" there, as "en", "i" and "a" also mean "in" ("Jane Doe, i Paris").
_AND = r"\s(?:und|and|et|og|och|en|ve|i|a|ja|és|и)\s|\s(?:y|e)\s(?![^\s,;&|/·•]+\s*(?:$|[,;&|/·•]))"
NAME_SPLIT = re.compile(rf"\s*(?:,\s*(?:und|and|et|og|och|ve|и)\s|[,;&|/·•、，／]|{_AND})\s*", re.I)
# The same, keeping each separator: a conjunction among them ("and", "&", ";", "、") says
# another person follows, a comma or a slash may be followed by a title's outlet or place.
_SPLIT_KEEP = re.compile(f"({NAME_SPLIT.pattern})", re.I)
_CONJUNCTION = re.compile(r"[;&、]|[^\W\d_]")
# A dash with a space on each side joins no name's words ("Jean-Pierre" has none): it sets the
# credit's dateline beside the name ("Jane Doe - Kyiv", "Kyiv – Jane Doe"), or an outlet's or a
# desk's name ("Zone Société - ICI.Example.ca"). Where every side reads as a name, a credit's
# parts are split at it as at a comma, so that the place (one word) is left out by the rule
# that leaves it out after a comma; where a side is no name, the credit stays whole and no name
# holds the dash.
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_PARTS_KEEP = re.compile(rf"({NAME_SPLIT.pattern}|{_SPACED_DASH.pattern})", re.I)
# The press convention of Korean and Japanese credits: the outlet or the place the story was
# written in, "=", then the reporter ("스포츠신문=김민수 기자", "エルサレム＝山田太郎"). What
# comes before the sign is never the name (a sign inside brackets, "(서울=연합뉴스)", is left to
# the brackets' rules).
_BEFORE_EQUALS = re.compile(r"^[^=＝(\[（【]*[=＝]\s*")
# A label's colon: a name never holds one. A credit whose writer's label the code knows has
# lost it before a name is checked ("Autor: Jan Novák"); one still holding a colon is labelled
# by a word the code does not know, a photo's, a source's or an editor's as often as a
# writer's ("Снимка: Jane Doe"), and nothing is better than a name that may be the wrong one.
_LABEL_COLON = re.compile(r"[:：]")
# An address: a whole run of non-space holding an "@". Asked from a run's start only: searched
# from every character, a 20,000-character word without one cost 0.26 s.
_EMAIL = re.compile(r"(?<!\S)\S+@\S+")
# Chinese credits name the story's editor beside its writer ("作者：王小明 编辑：李华",
# "责任编辑：李华"): from that label on, the names are editors, never the authors.
EDITOR_LABEL = re.compile(r"(?:^|\s*)(?:责任编辑|責任編輯|编辑|編輯)\s*[:：／].*$")
# A credit for the web site, not the article ("Developed By …" in a meta author tag, "Powered by
# <a>…</a>" at the foot of the page).
SITE_CREDIT = re.compile(r"\b(?:developed|designed|powered|programmed|hosted)\s+by\b", re.I)
# Whom a contributor wrote for: "Dolores Chang For Dailymail.Com", "Jane Doe for The Times".
_FOR_OUTLET = re.compile(r"\s+(?:for|für|pour)\s+\S.*$", re.I)
# A reporter code or note in brackets after the name: "Elena Oberholzer (obe)". A closed
# bracket that ends a name's part of a list is cut alone, so the next person stays ("Elena
# Oberholzer (obe) und Max Muster (mm)"); any other bracket is cut with all that follows it.
_BRACKETED = re.compile(r"\s*[(\[].*$")
_SEPARATOR_AFTER = r"(?=\s*(?:$|[,;&/|·•、]|\s(?:und|and|et|og|och|en|ve|y|e|и)\s))"
_CLOSED_BRACKET = re.compile(rf"\s*(?:\([^()\[\]]*\)|\[[^()\[\]]*\]){_SEPARATOR_AFTER}")
# Labels of the credits for a story's pictures, video, graphics or editing, set beside the
# writer's: "Texto: Jane Doe / Fotos: John Roe", "Text: Jane Doe, Photos: John Roe", "Written by
# Jane Doe, Edited by John Roe", "Reporting by Jane Doe; Editing by John Roe". The authors are
# who wrote the story (the issue): the names such a label introduces, up to the next writer's
# label, are none of them. A label opens the credit or follows a separator, and ends in a colon
# or a "by"; "Text und Fotos:" credits the writer of both.
# In scripts written without spaces (:data:`CJK`) a space alone parts two credits ("文／王小明
# 攝影／李華").
_AFTER_SEPARATOR = rf"(?:^|(?<=[,;/|·•.(–—])|(?<={_CJK_LETTER}\s))\s*"
# Chinese and Japanese end a label with a full-width colon or slash ("攝影／王小明").
_LABEL_END = r"(?:\s*[:：／]|\s+(?:by|von|de|di|par|por|door|av|af)\s)"
# Credit lines and captions also write the picture's label without a colon before the name
# ("Foto Jane Doe", "Bild John Roe"): a name after it is the picture's too.
# Chinese credits also end the label with a plain slash before a name in their script ("文/王小明
# 攝影/李華"): without it the photographer's label read as the role after the writer's name.
_NOT_WRITER_LABEL = re.compile(
    rf"{_AFTER_SEPARATOR}(?:(?:{_PICTURE_WORDS})(?!\s+(?:und|and|&|y|e|et|og|och)\s)"
    rf"(?:{_LABEL_END}|\s+(?=[^\W\d_]))|(?:攝影|摄影|圖|图)\s*/(?=\s*{_CJK_LETTER}))",
    re.I,
)
_WRITER_LABEL = re.compile(
    rf"{_AFTER_SEPARATOR}(?:(?:text|texte|texto|testo|tekst|текст|words|written|reporting|"
    rf"reported|autor|autorin|author|auteur|autore){_LABEL_END}|(?:von|by|par|por|door)\s)",
    re.I,
)
# A joined label (:data:`_JOINED_LABEL`) with or without its colon, at the credit's start or
# after a separator: read as the writer's label alone, so that neither its picture's word
# ("Bild: Jane Doe" after a split at "und") nor its own words ("Bild Jane Doe") are left.
_JOINED_WRITER_LABEL = re.compile(
    rf"{_AFTER_SEPARATOR}{_JOINED_LABEL}(?:{_LABEL_END}|\s+(?=[^\W\d_]))", re.I
)
# The same labels in brackets after a name: "Jane Doe (Text) und John Roe (Fotos)".
_PICTURE_BRACKET = re.compile(rf"\(\s*(?:{_PICTURE_WORDS})\s*\)\s*$", re.I)
_BRACKET = re.compile(r"\s*\(\s*([^()]*?)\s*\)")
# Lower-case words that belong inside names (nobiliary particles, patronymic links).
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la"}
    | {"le", "ten", "ter", "bin", "binti", "al", "el", "ibn", "y", "e", "zu"}
)
# Lead words standing alone, left when the name was in a separate element.
LONE_LEADS = frozenset({*_BY, "text"})
DIGIT = re.compile(r"\d")
MAX_WORDS = 5
# A place after "in" is a dateline beside the credit ("Em São Paulo (SP)", "In Berlin"), not a
# name: a preposition of place as the first word, in the languages.
_PLACE_FIRST = frozenset({"in", "em", "en", "aus", "from", "desde", "depuis", "uit", "w"})


# A dateline in capitals before the name: "BERLIN – Jane Doe", "PARIS (AFP): …".
_DATELINE = re.compile(r"^[A-ZÄÖÜÀ-Þ]{3,}(?:[ /-][A-ZÄÖÜÀ-Þ]{3,})*\s*(?:\([^)]*\))?\s*[–—:-]\s+")


# How long ago the story went up, after the name: "P. Mucović prije 26 minuta", "Jane Doe 3
# hours ago", "Max Muster vor 2 Stunden", "Ana López hace 5 minutos", "Jean Dupont il y a 2 h".
_AGO = re.compile(
    r"\s+(?:(?:prije|pre|vor|hace|il y a|há|fa|před|pred)\s+\d+\s*\w*\.?"
    r"|\d+\s*\w*\.?\s+(?:ago|geleden|temu|siden|sedan|fa|önce|sitten))\s*$",
    re.I,
)


# The wire copy a reporter's story draws on, after the name: "Von Jane Doe mit Material von
# dpa", "Jane Doe, with files from Reuters", "Jane Doe mit Agenturmaterial". The agencies are
# the story's sources, not its writers.
WIRE_MATERIAL = re.compile(
    r"\s*,?\s+(?:(?:mit|with)\s+(?:material|informationen|agenturmaterial|reports|files|"
    r"information)\s+(?:von|der|des|aus|from)\b|mit\s+agentur(?:material|en)\b|"
    r"with\s+agencies\b).*$",
    re.I,
)


# When the story went up or was changed, written after the name: "John Plunkett. Updated
# November 3rd, 2023", "Von Wenke Gürtler Aktualisiert", "Jane Doe January 10, 2020 9:00AM".
# A label of a date, or a date itself (a month's name beside a day's number, or a day written
# in figures), to the end of the credit.
_MONTH = "|".join(sorted((re.escape(m) for m in MONTH_NAMES), key=_longest_first))
_WHEN_LABEL = (
    r"[\s.,|·•–—-]+(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|"
    r"actualizado|actualizada|publicado|publicada|aggiornato|pubblicato|atualizado|"
    r"mis à jour|publié|bijgewerkt|gepubliceerd)\b"
)
# The label of a date after a credit, and all after it: "John Plunkett. Updated November 3rd,
# 2023". Unlike a date alone after a comma ("New York, May 3, 2023", a dateline's place), the
# label says that what stands before it is the credit.
WHEN_LABEL_AFTER = re.compile(f"{_WHEN_LABEL}.*$", re.I)
_WHEN_AFTER = re.compile(
    rf"(?:{_WHEN_LABEL}"
    rf"|[\s,|·•–—-]+(?:(?:{_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+(?:{_MONTH})\b"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    # The year first, as ISO dates and Chinese, Japanese and Korean credits write it
    # ("2020-03-12", "2020年03月12日", "2020년 3월 12일").
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\d{4}\s*[年년])).*$",
    re.I,
)


def _without_when(value: str) -> str:
    """The credit without the date or the date's label written after its name
    (:data:`_WHEN_AFTER`); only after two words, a full name's least, so that a label alone
    ("Zuletzt aktualisiert", "Last updated") leaves no word behind to pass for a name. A name
    in a script written without spaces (:data:`CJK_CHAR`) is whole in one word ("范姜佳鈺
    2020年03月12日 20:19:00")."""
    match = _WHEN_AFTER.search(value)
    if match is None:
        return value
    before = value[: match.start()].split()
    if len(before) < 2 and not (before and CJK_CHAR.search(before[0])):
        return value
    return value[: match.start()]


# A Korean credit names the places the reporter wrote from before the name: "순천, 광양 구현모
# 기자" (Suncheon and Gwangyang, reporter Gu Hyeon-mo). A Korean name is one word; the words
# before the one that precedes the word for "reporter" (or "correspondent") are the places.
# Two reporters are joined by "·" or a comma, never by a space alone.
_KOREAN_PLACES = re.compile(
    r"^[\uac00-\ud7af]+(?:\s*[,·/]\s*[\uac00-\ud7af]+)*\s+"
    r"(?=[\uac00-\ud7af]{2,4}\s*(?:기자|특파원)(?:\s|$))"
)


def _writers_credit(value: str) -> str:
    """The credit without the names it labels as the pictures', video's or editing's
    (:data:`_NOT_WRITER_LABEL`, :data:`_PICTURE_BRACKET`; a label joined to the writer's is the
    writer's, :data:`_JOINED_WRITER_LABEL`), and with a job title written in
    brackets after a name set as a title ("Jane Doe (Reporter)" reads as "Jane Doe Reporter").
    """
    if "(" in value:
        pieces = _SPLIT_KEEP.split(value)
        if any(_PICTURE_BRACKET.search(part) for part in pieces[::2]):
            kept = [pieces[0]] if not _PICTURE_BRACKET.search(pieces[0]) else []
            for separator, part in zip(pieces[1::2], pieces[2::2], strict=True):
                if not _PICTURE_BRACKET.search(part):
                    kept.extend((separator, part) if kept else (part,))
            value = "".join(kept)
        value = _BRACKET.sub(_bracketed_title, value)
    value = _JOINED_WRITER_LABEL.sub(" Text: ", value)
    label = _NOT_WRITER_LABEL.search(value)
    if label is None:
        return value
    kept, start = [], 0
    while label is not None:
        kept.append(value[start : label.start()])
        resume = _WRITER_LABEL.search(value, label.end())
        if resume is None:
            start = len(value)
            break
        start = resume.start()
        label = _NOT_WRITER_LABEL.search(value, start)
    kept.append(value[start:])
    return " ".join(kept).strip(" ,;/|·•.–—-")


def _bracketed_title(match: re.Match[str]) -> str:
    """A bracket after a name that holds a job title, as the title ("Jane Doe (Photographer)"
    gives "Jane Doe Photographer"); any other bracket as it is."""
    words = match.group(1).split()
    found = _title_start(words)
    return f" {match.group(1)}" if found is not None and found[0] == 0 else match.group(0)


def _without_open_bracket(name: str) -> str:
    """A piece of a Chinese credit set in full-width brackets without the bracket the split
    left on it ("〔記者王小明／台北報導〕" parts at the slash into "〔記者王小明" and
    "台北報導〕"); a bracket closed within the piece ("王小明（攝影）") stays."""
    name = name.strip("〔〕【】")
    if name.startswith("（") and "）" not in name:
        name = name[1:]
    if name.endswith("）") and "（" not in name:
        name = name[:-1]
    return name


def _strip(name: str) -> str:
    name = WIRE_MATERIAL.sub("", collapse(_EMAIL.sub(" ", name)))
    name = _DATELINE.sub("", _AGO.sub("", name))
    name = _KOREAN_PLACES.sub("", _without_when(_BEFORE_EQUALS.sub("", name)))
    name = _BRACKETED.sub("", _CLOSED_BRACKET.sub("", name)).strip(" .,:;|-–—()[]\"'«»“”„")
    name = _without_open_bracket(name)
    for _ in range(2):
        lead = CREDIT_LEAD.match(name)
        if lead is None:
            break
        before = lead.group("before")
        if before and (_DESK.search(before) or _AGENCY.search(before)):
            return ""  # "Diario de Sevilla", "Agencia de noticias": an outlet, not a lead
        rest = name[lead.end() :]
        if _lead_in_name(before or "", lead.group("by") or "", rest):
            break  # "Ana de la Torre", "Jan de Vries": the name's particle, not "by"
        name = rest.strip(" .,:;|-–—")
    name = _ROLE_AFFIX.sub("", _UNNAMED_OTHERS.sub("", name)).strip(" .,:;|-–—")
    words = name.split()
    if len(words) > 2 and _AGENCY.fullmatch(words[-1]):
        # "Suleiman Al-Khalidi Reuters": the wire the reporter files for, after a full name.
        name = " ".join(words[:-1])
    return name


# Words that open a credit before its "by" in German, where a noun is capitalised as a given
# name is ("Geschrieben von Müller"): the participles of writing and posting. The role words
# ("Ein Kommentar von …") are in :data:`ROLES`.
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
    if by.casefold() not in PARTICLES:
        return False  # "By", "Por", "Par", "Door": never inside a name
    words = NAME_SPLIT.split(rest, maxsplit=1)[0].split()
    if len(words) > 1 and words[0].islower() and words[0] in PARTICLES:
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
        and folded not in ROLES
        and folded not in LONE_LEADS
        and folded not in _LEAD_VERBS
        and not _head(last)
        and folded not in _MODIFIERS
    )
    if not given:
        return False  # "Ein Kommentar von Max Muster", "A cura di Mario Rossi"
    if len(words) > 1 and words[0].casefold() in PARTICLES:
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
        if start == 1 or (start == index > 0 and words[index - 1].casefold() in PARTICLES):
            continue
        return start, kind
    return None


def _full_word(word: str) -> bool:
    """A word of a name that is neither an initial ("Q.") nor a particle ("de")."""
    return len(word.rstrip(".")) > 1 and word.casefold() not in PARTICLES


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
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return ""  # "Senior Reporter at Outlet", a title alone
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        if not all(w.isupper() for w in words if w.isalpha()):
            return ""  # "Reporter NBC News": an outlet's acronym
        # The credit set in capitals ("REPORTER JANE DOE"): an acronym cannot be told from a
        # name there ("REPORTER NBC BOSTON"), so only the page's other sources say it is a
        # person, in the form they write it.
        forms = forms_of()
        for start in range(len(words) - 1):
            form = tuple(form_words(" ".join(words[start:])))
            if form in forms:
                return _as_written(form, forms[form])
        return ""
    if _outlet_shape(words):
        return ""  # "Reporter Partner Post": whom the reporter writes for
    if not region and sum(map(_full_word, words)) == 2 and words[0][:1].isupper():
        return " ".join(words)
    forms = forms_of()
    for start in range(len(words) - 1):
        if tuple(form_words(" ".join(words[start:]))) in forms:
            return " ".join(words[start:])
    return ""


# Last words of the names of papers and broadcasters that name no kind of outlet in
# :data:`_DESK` and seldom end a person's name: "Bangkok Post", "Toronto Star", "Boston
# Globe", "Irish Independent", "Sky Sports". Read only where a credit's form puts an outlet as
# often as a person: after a name and a comma ("Jane Doe, Bangkok Post": whom she writes
# for), after an opening title ("Reporter Partner Post"); there, even on another source's word
# (a syndicated page's meta tag credits the outlet). Elsewhere "Emily Post" stays a name.
_OUTLET_LAST_WORDS = (
    "post star globe mail guardian independent standard record review inquirer enquirer "
    "examiner dispatch register monitor press presse insider sports bulletin sentinel "
    "beacon telegram voice"
)
_OUTLET_ENDS = frozenset(_OUTLET_LAST_WORDS.split())


def _outlet_shape(words: list[str]) -> bool:
    """Words of a name whose last is an outlet's (:data:`_OUTLET_ENDS`)."""
    return len(words) > 1 and words[-1].strip(".,").casefold() in _OUTLET_ENDS


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
        if tuple(form_words(" ".join(words[:end]))) in forms:
            return " ".join(words[:end]), True
    return "", True


def is_name(name: str, site_names: Iterable[str] = (), host: str = "") -> bool:
    """A person's (or agency's) name, not a site, desk, role, phrase or date."""
    if len(name) < 2 or len(name) > 60 or DIGIT.search(name) or name.isspace():
        return False
    lowered = name.casefold()
    if "http" in lowered or "www." in lowered or "@" in name:
        return False
    if _LABEL_COLON.search(name) or _SPACED_DASH.search(name):
        return False  # a label or a dateline still beside the name: see their patterns
    if len(name.split()) > MAX_WORDS:
        return False
    if lowered in ROLES or lowered in LONE_LEADS or lowered in WEEKDAYS:
        return False
    if _ADDRESS_TITLE_ALONE.fullmatch(lowered):
        return False  # "Rechtsanwalt", "Dr.": a title of address without the name
    if _ROLE_COMPOUND.search(name):
        return False
    first = lowered.split()[0]
    if lowered in _DEGREES or first in _ARTICLE_FIRST or first in _PLACE_FIRST:
        return False
    last = lowered.split()[-1]
    if last in ROLES and last not in ACCOUNTS and len(lowered.split()) > 1:
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
        w[0].islower() and w.casefold() not in PARTICLES for w in words if w[0].isalpha()
    ):
        # "freelance reporter in London", "Xiaoying You is": a phrase, not a name.
        return False
    if not loose(name) or _is_site_name(name, site_names, host):
        return False
    return not all(
        unicodedata.category(ch).startswith(("P", "S")) for ch in name if not ch.isspace()
    )


# How many words a credit written wholly in lower case may hold to be read as a name: a given
# and a family name, a particle or a second family name, and a lead word before them ("by
# marcos lópez").
_LOWER_CASE_WORDS = range(2, 5)


def capitalised_credits(raw: Iterable[str]) -> list[str]:
    """The credits of ``raw`` written wholly in lower case, each word capitalised (a name's
    particle after the first word left as written): "marcos lópez" gives "Marcos López".

    Some sites set their bylines in lower case; :func:`is_name` reads a lower-case word as a
    phrase's ("freelance reporter in London"), so such a byline names nobody and the outlet's
    own credit in the meta tags is all that is left. Asked only of byline markup, where the page
    says the text is an author's: the capitalised credit then goes through the same checks as
    any other (a desk, a phrase, a role or the site's name still names nobody). Words of letters
    only (a hyphen or an apostrophe inside), two to four of them, the last of three letters at
    least and no particle: a family name, where "janedoe on" is a user name and the word that
    led to the date ("on May 3") cut off after it. A picture's label first ("foto jane doe")
    stays: the checks read it as the photographer's credit (:data:`_NOT_WRITER_LABEL`)."""
    out: list[str] = []
    for text in raw:
        credit = collapse(text).strip()
        words = credit.split()
        if len(words) not in _LOWER_CASE_WORDS or not credit.islower():
            continue
        if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
            continue
        if len(words[-1]) < 3 or words[-1] in PARTICLES:
            continue
        out.append(
            " ".join(
                w if i and w in PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words)
            )
        )
    return out


def desk_credit(text: str) -> bool:
    """Whether a credit names a desk, a team or an outlet's newsroom rather than a person
    ("Redaktion Example.ch", "Example Staff"), in any language :func:`is_name` knows."""
    return bool(_DESK.search(text) or _DESK_ANYWHERE.search(text))


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("José" gives "Jose"), as CMS fields, URLs
    and host names write names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _folded(text: str) -> str:
    """:func:`structured.loose` without accents: "Habertürk" and the host label "haberturk" are
    one name."""
    return loose(without_accents(text))


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


def label_key(text: str) -> str:
    """How a label and a name are compared: spacing and case ignored (cheaper than loose)."""
    return " ".join(text.split()).casefold()


def clean_names(
    raw: Iterable[str],
    site_names: Iterable[str] = (),
    host: str = "",
    labels: frozenset[str] | set[str] = frozenset(),
    known: Iterable[str] = (),
) -> list[str]:
    """Split and filter raw byline strings into names, in order, without duplicates: the
    tests' view of the resolver's :func:`name_parts` and :func:`unique_names`, which it calls
    apart (with the places of the credit's dateline).

    ``labels`` are keys of section names (:func:`authors.section_labels`): a name equal to one
    is a desk or a topic; ``known`` as in :func:`name_parts`.
    """
    return unique_names(name_parts(raw, site_names, host, known), labels)


# Two single words and a comma between them, nothing else: "Doe, Jane" (one person, family name
# first, as catalogues and citation meta tags write names) or "Doe, Smith" (two people). The
# family name may open with its particles ("De la Torre, Ana", "von der Leyen, Ursula").
_PAIR = re.compile(
    rf"((?:(?:{'|'.join(sorted(PARTICLES))})\s+)*[^\W\d_][^\s,]*),\s*([^\W\d_][^\s,]*)",
    re.I,
)
# What joins the people of a list whose names hold a comma each ("Doe, Jane and Roe, John",
# "Doe, Jane; Roe, John"): the separators of :data:`NAME_SPLIT` but the comma, with its care for
# double surnames ("Ortega y Gasset, José" is one person).
_PAIR_JOIN = re.compile(rf"\s*(?:[;&|/·•、]|{_AND})\s*", re.I)
# "y" and "e" between two such names ("Pérez, Juan y López, María"): :data:`_AND` does not part
# there, since "y" before a single word and a comma opens a double surname's second half. The
# list is read so only when every piece it parts is a name written family name first.
_PAIR_Y = re.compile(r"\s+(?:y|e)\s+", re.I)


def _name_forms(known: Iterable[str]) -> dict[tuple[str, ...], str]:
    """The names other sources of the page write, as :func:`form_words` sees them, each with
    the name as that source writes it."""
    forms: dict[tuple[str, ...], str] = {}
    for value in known:
        for part in NAME_SPLIT.split(collapse(value)):
            forms.setdefault(tuple(form_words(part)), part)
    return forms


def _as_written(words: tuple[str, ...], written: str) -> str:
    """The words of a name as another source writes them ("Jane Q. Doe" gives "Jane Doe")."""
    tokens = [t for t in written.split() if len(form_words(t)) == 1 and form_words(t)[0] in words]
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
    words = tuple(form_words(f"{given} {family}"))
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
    labels only once names were found (:func:`authors.section_labels` reads every link) splits once.
    ``known``: what the page's other sources name, the evidence that reads "Doe, Jane" as one
    person (:func:`_family_first`). ``places``: where the page says its story was written
    (:class:`authors.Places`); a part after a name that is one of them is the credit's dateline
    ("Von Jane Doe, Berlin"), not a second person, unless ``known`` writes it as a person.
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
    whole: set[tuple[str, ...]] | None = None

    def forms_of() -> dict[tuple[str, ...], str]:
        nonlocal forms
        if forms is None:
            forms = _name_forms(known)
        return forms

    def whole_of() -> set[tuple[str, ...]]:
        nonlocal whole
        if whole is None:
            # What another source gives as a credit of its own: a JSON-LD person, a meta
            # tag's whole value. A part of a list another source repeats ("Jane Doe, Berlin"
            # in the byline and the author meta tag) is no second word for that part.
            whole = {tuple(form_words(_strip(collapse(value)))) for value in known}
        return whole

    def people_of() -> set[tuple[str, ...]]:
        nonlocal people
        if people is None:
            # The people the other sources name, as this function reads them: "Jane Doe
            # Reporter, Partner Post" in the JSON-LD is no evidence that "Partner Post" is one.
            names = _names(known, sites, host, known, places, second=False) if second else []
            people = {tuple(form_words(n)) for n in names}
        return people

    out: list[str] = []
    pictures: set[str] = set()
    for value in raw:
        if "://" in value or "www." in value or SITE_CREDIT.search(value):
            continue  # a profile link (article:author often holds one) or a site credit
        value = _writers_credit(collapse(value))
        value = _strip(_ROLE_TAIL.sub("", EDITOR_LABEL.sub("", value)))
        head, bar, _ = value.partition("|")
        if bar and any(is_name(_strip(p), sites, host) for p in NAME_SPLIT.split(head)):
            # "Jane Doe, John Roe | USA TODAY", "Jane Doe | jd@paper.example | The Paper": the
            # names, then after the bar whom they write for (an outlet's name in any form).
            value = head
        chunks: list[str | list[str]] = [value]
        if "," in value:
            pieces = _PAIR_JOIN.split(value)
            both = _PAIR_Y.split(value)
            if len(both) > 1 and all(_PAIR.fullmatch(piece) for piece in both):
                pieces = both
            if any(_PAIR.fullmatch(piece) for piece in pieces):
                chunks = _family_first_list(pieces, forms_of(), sites, host)
        for chunk in chunks:
            if isinstance(chunk, list):
                out.extend(chunk)
            else:
                names, taken = _chunk_names(
                    chunk, sites, host, places, forms_of, people_of, whole_of
                )
                out.extend(names)
                pictures.update(loose(name) for name in taken)
    if pictures and any(loose(name) not in pictures for name in out):
        # The source credits a writer beside those who made the pictures: only the writer.
        out = [name for name in out if loose(name) not in pictures]
    return out


# The most names one source's credit is read for (a meta tag's value, a byline, the JSON-LD's
# authors, all its strings together): each costs the splitting and name tests of
# :func:`_chunk_names` (about 0.3 ms), and a page may hold any number. Measured on the 558 dev
# and real pages (metadev, realpages): a credit of at most 41 parts (a JSON-LD list of 41
# authors), one string of at most 8; the cap leaves room for a paper's long author list.
MAX_CREDIT_NAMES = 200


def capped_credit(raw: Iterable[str], most: int = MAX_CREDIT_NAMES) -> tuple[list[str], bool]:
    """``raw`` (one source's credit strings) up to its ``most``-th part: the strings after it
    left out and the string that holds it cut before its separator; with whether anything was
    left out. A part is what :func:`_chunk_names` reads as one name or a title's words (the
    separators of :data:`NAME_SPLIT` and spaced dashes), so the work past it is bounded."""
    out: list[str] = []
    left = most
    for value in raw:
        if left <= 0:
            return out, True
        separators = 0
        for match in _PARTS_KEEP.finditer(value):
            separators += 1
            if separators >= left:
                out.append(value[: match.start()])
                return out, True
        out.append(value)
        left -= separators + 1
    return out, False


def _chunk_names(
    chunk: str,
    sites: list[str],
    host: str,
    places: Container[str],
    forms_of: Callable[[], dict[tuple[str, ...], str]],
    people_of: Callable[[], set[tuple[str, ...]]],
    whole_of: Callable[[], set[tuple[str, ...]]],
) -> tuple[list[str], list[str]]:
    """The names of one credit string split at its separators (:func:`name_parts`), and
    those of them whose title is a photographer's (:data:`_PICTURE_HEADS`).

    A job title ends its person's part of the credit (:func:`_before_title`), and what comes
    after it up to the next conjunction ("and", "&", ";") belongs to the title: its outlet,
    desk or place ("Jane Doe Reporter, Outlet", "Jane Doe, Staff Writer, Outlet"), which
    credits set after a comma as they set a second person; only a conjunction says another
    person follows. A second person after a comma there is lost, which is better than an
    outlet stored as a reporter. For the same reason a title in a part that follows a name
    after a comma is that person's, and the words before it are its outlet ("Jane Doe,
    Outlet Name Reporter"), unless the page's other sources write them as a person.

    A part after a title's comma is a second person only on the page's word ("Jane Doe
    Reporter, John Roe", where another source names John Roe: ``people_of``), with or
    without a title of its own ("Jane Doe Reporter, John Roe Editor"; :func:`_second_person`).
    """
    dashed = _SPACED_DASH.split(chunk)
    dated = len(dashed) > 1 and all(is_name(_strip(piece), sites, host) for piece in dashed)
    pieces = (_PARTS_KEEP if dated else _SPLIT_KEEP).split(chunk)
    parts, separators = pieces[::2], pieces[1::2]
    if len(parts) > 1 and _is_site_name(_strip(parts[0]), sites, host):
        # "hessenschau.de, Frankfurt, Germany": an organisation and its address.
        return [], []
    out: list[str] = []
    pictures: list[str] = []
    named = False
    after_title = False
    named_at = -1  # the index of the last part that gave a name
    for index, part in enumerate(parts):
        listed = index > 0 and bool(_CONJUNCTION.search(separators[index - 1]))
        if listed:
            after_title = False
        if after_title:
            name = _second_person(part, sites, host, forms_of, people_of)
            if name:
                named, after_title, named_at = True, False, index
                out.append(name)
                if _picture_title(part):
                    pictures.append(name)
            continue
        name, after_title = _before_title(
            _strip(_FOR_OUTLET.sub("", part)), listed, forms_of, opens=index == 0 or listed
        )
        if not name and after_title and 0 <= named_at == index - 1 and _picture_title(part):
            pictures.append(out[-1])  # "Jane Doe, John Roe, Photographer": his title
        if not is_name(name, sites, host):
            continue
        if len(parts) > 1 and _lone_word(name) and tuple(form_words(name)) not in whole_of():
            # "Jane Doe, Berlin", "Jane Doe, Smith", "Smith, Jane Doe": one capitalised word
            # beside other parts is a dateline, an outlet or half of a name far more often
            # than a person known by one name; only another source crediting that word alone
            # says it is one.
            continue
        if named and not listed and _outlet_shape(name.split()):
            # "Jane Doe, Bangkok Post": whom she writes for, even where a meta tag credits the
            # outlet alone, as syndicated pages do.
            continue
        if named and tuple(form_words(name)) not in forms_of():
            if after_title and not listed:
                continue  # "Jane Doe, Outlet Name Reporter": her title, its outlet's words
            if name in places:
                continue  # "Jane Doe, Berlin": where she wrote, on the page's word
        named, named_at = True, index
        out.append(name)
        if after_title and _picture_title(part):
            pictures.append(name)
    return out, pictures


def _picture_title(part: str) -> bool:
    """Whether a credit's part holds the title of one who made the pictures
    (:data:`_PICTURE_HEADS`): "John Roe Photographer", "Fotografin"."""
    return any(word.strip(".,:;").casefold() in _PICTURE_HEADS for word in part.split())


def _lone_word(name: str) -> bool:
    """One word in a script written with spaces: names in Chinese, Japanese and Korean are one
    such word, as their credits write them ("박준석, 김태연")."""
    return " " not in name and not CJK_CHAR.search(name)


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
    is worse than missing one. So the part must have a name's shape (two words at least,
    nothing :func:`is_name` takes for an outlet, desk or phrase), and another of the page's
    sources must name that person (``people_of``). A title of its own after the name ("Jane
    Doe Reporter, John Roe Editor") is that person's, as in the first part: the words before
    it are the name, on the same evidence ("Middle East" in "…, Middle East Correspondent" is
    a beat no source names as a person).
    """
    name = _strip(part)
    words = name.split()
    title = _title_start(words)
    if title is not None:
        if title[0] < 2 or title[1] != "one":
            return ""  # a title alone, or a plural one: the outlet's staff
        words = words[: title[0]]
        name = " ".join(words)
    form = tuple(form_words(name))
    # The other sources' words first: most credits have no such part, and reading the
    # people of those sources costs a pass of this function over them.
    if len(words) < 2 or form not in forms_of() or _outlet_shape(words):
        return ""
    if not is_name(name, sites, host) or form not in people_of():
        return ""
    return name


def unique_names(names: Iterable[str], labels: Container[str] = frozenset()) -> list[str]:
    """``names`` less section labels (keys of :func:`authors.section_labels`) and repeats, in
    order."""
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


_WORD = re.compile(r"\w+")


def form_words(text: str) -> list[str]:
    """A name's words as bylines vary their form: case and accents ignored ("JOSE GARCIA",
    "José García"), initials left out ("Jane Q. Doe")."""
    return [w for w in _WORD.findall(without_accents(text.casefold())) if len(w) > 1]
