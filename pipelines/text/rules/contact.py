"""Calls to write to the newsroom and pointers to other pages of the site.

Families ``contact`` (send us a tip, the press contact of a release, "Follow our full coverage
here", "Learn more about the programme here") and ``submissions`` (a site's call for the
readers' own texts). Each names a page or an address, not what happened.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, one, rules

# A pointer to the site's page on a topic, in the other languages: "Hier finden Sie alle
# unsere Inhalte zum Krieg im Nahen Osten", "Retrouvez tous nos articles sur la guerre en
# Ukraine", "Consulta toda nuestra cobertura sobre las elecciones". A whole line: it names a
# page of the site, never what happened; the topic runs to the line's end, no clause after it.
_TOPIC_POINTER = (
    r"hier (?:finden|lesen) sie (?:alle )?(?:unsere |weitere )?(?:inhalte|artikel|beiträge"
    r"|berichte|nachrichten|news|informationen|infos|hintergründe) (?:zu[mr]?|über|rund um)"
    r" [^.!?:,;]{1,80}"
    r"|alle (?:unsere )?(?:inhalte|artikel|beiträge|berichte|nachrichten|news|informationen"
    r"|infos|entwicklungen) (?:zu[mr]?|über|rund um) [^.!?:,;]{1,80} (?:finden sie|gibt es"
    r"|lesen sie) (?:hier|in unserem [^.!?:,;]{1,40})"
    r"|retrouvez (?:tous nos articles|toute notre couverture|toute l'actualité|l'ensemble de"
    r" nos articles|notre dossier) (?:sur|consacrés? à|de|du|des) [^.!?:,;]{1,80}"
    r"|(?:consulta|sigue|lee|encuentra) (?:aquí )?(?:toda nuestra cobertura|toda la información"
    r"|todas las noticias|todos los artículos) (?:sobre|de|del) [^.!?:,;]{1,80}"
    r"|(?:leggi|segui) (?:qui )?(?:tutte le notizie|tutti gli articoli|la nostra copertura)"
    r" (?:su|sul|sulla|sugli|sulle|di|del|della) [^.!?:,;]{1,80}"
    r"|(?:veja|acompanhe|leia) (?:aqui )?(?:toda a (?:nossa )?cobertura|todas as notícias"
    r"|todos os artigos) (?:sobre|de|do|da) [^.!?:,;]{1,80}"
    # The pointer that says where to click: "Pour lire tous les articles sur X, c'est ici",
    # "To read all our articles on X, click here", "Para leer todos los artículos sobre X,
    # haz clic aquí", "Per leggere tutti gli articoli su X, clicca qui", "Para ler todos os
    # artigos sobre X, clique aqui", "Alle artikelen over X lees je hier".
    r"|pour (?:lire|retrouver|voir|consulter) (?:tou(?:s|t|tes) )?(?:les |nos )?(?:articles"
    r"|textes|infos|informations|publications) (?:sur|consacrés? à|concernant|de|du|des)"
    r" [^.!?:;]{1,80}?,? (?:c['’]est (?:ici|par ici|là)|cliquez ici|rendez-vous ici)"
    r"|(?:to )?(?:read|see|find) (?:all )?(?:of )?(?:our|the) (?:articles|stories|coverage"
    r"|reporting) (?:on|about) [^.!?:;]{1,80}?,? (?:click|go|look|tap) here"
    r"|para (?:leer|ver|consultar) todos los artículos (?:sobre|de) [^.!?:;]{1,80}?,?"
    r" (?:haz clic|pincha|pulsa|entra) aquí"
    r"|per (?:leggere|vedere) tutti gli articoli (?:su|sul|sulla|di) [^.!?:;]{1,80}?,?"
    r" clicca qui"
    r"|para (?:ler|ver) todos os artigos (?:sobre|de) [^.!?:;]{1,80}?,? clique aqui"
    r"|alle artikelen over [^.!?:;]{1,80} lees je hier"
    r"|lees (?:hier )?(?:alles|al onze artikelen|alle artikelen) over [^.!?:,;]{1,80} in (?:ons"
    r"|het) (?:dossier|liveblog|overzicht)"
    r"|wszystkie (?:artykuły|informacje|teksty) (?:na temat|o|dotyczące) [^.!?:,;]{1,80}"
    r" (?:znajdziesz|znajdą państwo) tutaj"
)

# The words one of which such a pointer holds (the needles of the rule that looks for it after
# a sentence).
_TOPIC_POINTER_WORDS = (
    r"finden sie|gibt es|lesen sie|retrouvez|consulta|sigue|lee|encuentra"
    r"|leggi|segui|veja|acompanhe|leia|lees|znajdziesz|znajdą"
)

# The pointer to more about a partner or an offer on another page, ending in "here": "Mehr über
# die Zusammenarbeit erfahren Sie hier", "Learn more about the programme here", "En savoir plus
# sur le partenariat ici". "Here" is the link: a report tells what, not where to click.
_MORE_POINTER = (
    r"mehr (?:informationen |infos )?(?:über|zu[mr]?) [^.!?:;]{1,80} (?:erfahren|lesen|finden)"
    r" sie hier|(?:learn|find out|read) more about [^.!?:;]{1,80} here"
    r"|(?:pour )?en savoir plus sur [^.!?:;]{1,80} ici"
    r"|(?:más información|conoce más|descubre más) (?:sobre|de) [^.!?:;]{1,80} aquí"
    r"|scopri (?:di più|di piu|altro) su [^.!?:;]{1,80} qui"
    r"|saiba mais sobre [^.!?:;]{1,80} aqui"
    r"|lees hier meer over [^.!?:;]{1,80}|meer over [^.!?:;]{1,80} lees je hier"
    r"|więcej (?:informacji )?o [^.!?:;]{1,80} (?:dowiesz się|znajdziesz) tutaj"
)

_MORE_POINTER_WORDS = (
    r"erfahren sie hier|lesen sie hier|finden sie hier|more about|en savoir plus"
    r"|más información|conoce más|descubre más|scopri|saiba mais|meer over|tutaj"
)

# The pointer as the link alone, a few words of a topic and no sentence's end: "Alle Artikel zu
# unseren Recherchen", "Tous nos articles sur l'Ukraine".
_TOPIC_LINK = (
    r"alle (?:unsere )?(?:artikel|beiträge|inhalte|nachrichten|news) (?:zu[mr]?|über|rund um)"
    r"|all (?:our )?(?:articles|stories|coverage) (?:on|about)"
    r"|tous (?:nos|les) articles (?:sur|consacrés à)"
    r"|tod(?:as las noticias|os (?:los|nuestros) artículos) (?:sobre|de)"
    r"|tutt(?:e le notizie|i gli articoli) (?:su|sul|sulla|sugli|sulle)"
    r"|tod(?:as as notícias|os os artigos) (?:sobre|de|do|da)"
    r"|alle artikelen over"
    r"|wszystkie artykuły (?:na temat|o)"
)

TIPS_AND_SUBMISSIONS: list[Rule] = [
    # Calls to send the newsroom a tip or to read more of the same kind.
    *rules(
        "contact",
        250,
        r"^(?:got|have) a (?:story|news tip|tip)\b[^.!?]{0,20}\? (?:get in touch|contact|email)",
        # The same as a question to the reader: "Do you have info to share with Example
        # reporters? Here's how." (round 37, the fresh pool).
        r"^do you have (?:a (?:story|news tip|tip)|info(?:rmation)?)\b[^.!?]{0,50}\?"
        r" (?:get in touch|contact|email|here['’]s how)",
        r"^for more (?:stories|news|articles) like this\b",
    ),
    # Calls for the readers' own texts: a site's offer to print their news releases ("Publish
    # news of your business ... by submitting a news release to Example Star.") and a review's
    # invitation to answer an essay ("Si vous souhaitez critiquer ou développer cet article,
    # vous êtes invité à proposer un texte au comité de rédaction."), in de en fr es it pt nl
    # pl. What is called for is named (a news release, a text, a reply), and the reader is
    # asked for it; a report on a company's news release names no reader (dev half A, round
    # 41: two pages' boxes after the body, as-is and under both plain markups).
    *rules(
        "submissions",
        300,
        one(
            r"^(?:publish|submit|send (?:us|in)|share) (?:the |your |a )?(?:own )?(?:news|story"
            r"|stories|press releases?|news releases?)\b[^.!?]{0,120}\b(?:by (?:submitting|sending"
            r"|emailing)|submit (?:it|them)|(?:to|with) us)\b",
            r"^(?:do you have|have you got|got) (?:a |any )?(?:news|a story|a press release"
            r"|an event)\b[^.!?]{0,40}\? (?:submit|send|share|tell)\b",
            r"^si vous (?:souhaitez|voulez|désirez) (?:critiquer|développer|commenter|réagir"
            r"|répondre|contribuer)\b[^.!?]{0,60}\bvous (?:êtes invitée?s?|pouvez) (?:à )?"
            r"(?:proposer|envoyer|soumettre|adresser)\b",
            r"^(?:sie möchten|möchten sie|wollen sie) (?:ihre |eine |selbst eine )?"
            r"(?:pressemitteilung|meldung|vereinsnachricht|veranstaltung|leserbrief)\w*"
            r" (?:veröffentlichen|einreichen|einsenden|melden|schreiben)\b",
            r"^(?:schicken|senden) sie uns (?:ihre|eine|einen) (?:pressemitteilung|meldung"
            r"|vereinsnachricht|leserbrief|beitrag)\w*\b",
            r"^(?:env[ií]e(?:nos)?|env[ií]a(?:nos)?|mánd(?:enos|anos)) (?:su|tu|sus|tus)"
            r" (?:noticias?|notas? de prensa|comunicados?|artículos?|historias?)\b",
            r"^(?:invia(?:ci)?|segnala(?:ci)?|mandaci) (?:la tua|il tuo|le tue|i tuoi|una|un)"
            r" (?:notizi[ae]|comunicat[oi](?: stampa)?|segnalazion[ei]|articol[oi])\b",
            r"^(?:envie(?:-nos)?|mande(?:-nos)?) (?:a sua|o seu|sua|seu|as suas|os seus)"
            r" (?:notícias?|comunicados?(?: de imprensa)?|artigos?|sugest(?:ão|ões) de pauta)\b",
            r"^(?:stuur|mail) (?:ons )?(?:je|jouw|uw) (?:nieuws|persbericht|bericht|artikel)\w*\b"
            r"[^.!?]{0,60}\b(?:naar|in|op)\b",
            r"^(?:wyślij|przyślij|prześlij)(?: nam)? (?:swój|swoją|swoje) (?:informacj[eę]"
            r"|artykuł|tekst|list|wiadomoś[cć])\b",
        ),
    ),
]

NEWSROOM_CONTACT: list[Rule] = [
    # Contact lines of the newsroom: "Get in touch with our news team by emailing us at ...",
    # "Email: jane@example.com".
    *rules(
        "contact",
        200,
        r"^get in touch with (?:our|the) (?:news ?team|newsroom|editors?|reporters?)\b",
        r"^(?:[-•]\s)?(?:e-?mail|mail|courriel|correo|contatto|contato|kontakt)\s?:\s?[\w.+-]+@"
        r"[\w-]+(?:\.[\w-]+)+$",
    ),
    # The press contact under a press release: "Kontakt: Jane Doe, Sprecherin, Tel.: 030-123,
    # E-Mail: presse(at)example.org", "Media contact: John Roe, phone 555-0100". The label, then
    # a name and a telephone or mail label before any sentence ends (round 37, the fresh pool).
    *rules(
        "contact",
        400,
        r"^(?:(?:presse)?kontakte?|press(?:e)? contacts?|media contacts?"
        r"|contacts? (?:presse|médias?)|contacto(?: de prensa| para medios)?"
        r"|contatt[oi](?: stampa)?|contato(?: de imprensa)?"
        r"|perscontact|kontakt dla (?:mediów|prasy))\s?:\s?[^.!?]{0,160}?\b(?:tel|telefon|phone"
        r"|telephone|mobil|mobile|fon|téléphone|teléfono|telefono|telefone|telefoon|e-?mail)\b",
    ),
]

TOPIC_POINTERS: list[Rule] = [
    *rules(
        "contact",
        150,
        # "Follow our full coverage of the coronavirus pandemic here.": a pointer to a topic page.
        r"^(?:follow|read|see) (?:all )?(?:of )?our (?:full |complete |live |latest )?coverage"
        r"(?: (?:of|on|about) [^.!?:]{1,80})?[.!]?$",
        rf"^(?:{_TOPIC_POINTER})[.!]?$",
        rf"^(?:{_TOPIC_LINK})(?:\s[^\s.!?:,;]+){{1,4}}$",
    ),
    # The same pointer closing a box's one sentence on the topic: "Die Konflikte halten an.
    # Hier finden Sie alle unsere Inhalte zum Krieg im Nahen Osten."
    *rules(
        "contact",
        250,
        rf"^(?=.*?(?:{_TOPIC_POINTER_WORDS}))[^.!?]{{10,100}}[.!?] (?:{_TOPIC_POINTER})[.!]?$",
    ),
    # The pointer to more about a partner or an offer, alone or closing its box's one sentence:
    # "Gemeinsam mit der Kasse informieren wir über Gesundheit. Mehr über die Zusammenarbeit
    # erfahren Sie hier."
    *rules(
        "contact",
        300,
        rf"^(?=.*?(?:{_MORE_POINTER_WORDS}))(?:[^.!?]{{10,200}}[.!?] )?(?:{_MORE_POINTER})[.!]?$",
    ),
]

TIP_ADDRESS: list[Rule] = [
    # A call for tips that ends in the address to write to: "Is your listed company doing
    # something interesting? Contact: jane@example.com". A question, then only the address.
    *rules(
        "contact",
        250,
        r"^[^.!?]{5,160}\?\s(?:contact|kontakt|contactez(?:-nous)?|contacto|contatto|contato"
        r"|contacteer ons|napisz(?: do nas)?|e-?mail|schreiben sie uns|écrivez-nous|escríbenos"
        r"|scrivici|escreva-nos|mail ons)\s?:?\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
        needles=("@",),
    ),
    # A press release's contact heading alone on its line: "Pressekontakt", "Ansprechpartner
    # für die Medien", "Media contact", "Contact presse", "Contacto de prensa", "Contatti
    # stampa", "Contato para a imprensa", "Perscontact", "Kontakt dla mediów".
    *rules(
        "contact",
        60,
        r"^(?:pressekontakt|medienkontakt|ansprechpartner(?:in)? für (?:die )?(?:medien|presse)"
        r"|media (?:contacts?|enquiries|inquiries)|press contacts?|for media (?:enquiries"
        r"|inquiries)|contacts? (?:presse|médias)|contacto (?:de|para) (?:prensa|medios)"
        r"|contatt[oi] (?:stampa|per la stampa)|contato (?:de|para a|com a) imprensa"
        r"|(?:pers|media)contact|contact voor (?:de )?(?:pers|media)|kontakt dla (?:mediów"
        r"|prasy))\s?:?$",
    ),
]
