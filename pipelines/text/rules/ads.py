"""Ad labels, affiliate notices and disclaimers: the lines a page prints about what is paid for
or what the newsroom does not vouch for.

Ad slots and their hints ("Anzeige", "Advertisement", "Story continues below"), sponsored
labels, shop-link disclosures of review pages, and the disclaimers of guest pieces, stock
quotes and finance pages (families ``ad``, ``affiliate``, ``disclaimer``). None of them is
the story's text, and each is phrased the same way on every page of a site.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, rules

SLOT_LABELS: list[Rule] = [
    # Ad slots and their continuation hints: "[Anzeige_2]", "Advertisement", "Publicité". The
    # label over a row of slots is the plural ("Advertisements", "Publicités", "Anuncios",
    # "Annunci", "Advertenties", "Reklamy", "Ogłoszenia"), alone on its line as the singular.
    *rules(
        "ad",
        80,
        r"^\[?\s*(?:anzeigen?|werbung|advertisements?|advertising|sponsored|publicités?"
        r"|publicites?|annonces?|reklamer?|publicidad(?:es)?|anuncios?|anúncios?|pubblicità"
        r"|annunci|publicidade|advertenties?|reklam[ay]?|ogłoszeni[ea]|реклама|inzerce|annons"
        r"|mainos)(?:[\s_-]*\d+)?\s*\]?:?$",
        # The same label in the other languages news sites are written in: "Annonse",
        # "Publicitate", "Hirdetés", "Διαφήμιση", "Oglas", "Оглас", "Publicitat", "Iklan",
        # "広告", "광고", "广告", "إعلان".
        r"^\[?\s*(?:annonse|publicitate|hirdetés|oglas|оглас|publicitat|iklan|広告|광고|广告|廣告"
        r"|إعلان" + el(r"|διαφήμιση") + r")\s*\]?:?$",
        r"^\[\s*(?:ad|pub)(?:[\s_-]*\d+)?\s*\]$",
        r"^(?:story|article|text) continues below(?: (?:this|the))? (?:advertisement|ad)$",
        r"^(?:continue reading|scroll to continue)(?: below)?(?: (?:the|this))?"
        r"(?: (?:advertisement|ad))?$",
        r"^weiter(?:lesen)? nach der (?:anzeige|werbung)$",
        r"^(?:la )?suite (?:de l'article )?après (?:cette|la) (?:publicité|annonce)$",
        # The same hint in es, it, pt, nl, pl and ru: "El artículo continúa después de la
        # publicidad", "Scroll to continue with content", "Dalsza część artykułu pod reklamą".
        r"^(?:(?:el )?(?:artículo|texto|contenido|(?:la )?noticia) continúa (?:después de|tras"
        r"|debajo de) (?:la|este|el) (?:publicidad|anuncio)|(?:l'articolo|il testo) continua"
        r" (?:dopo|sotto) (?:la|questa|l') ?(?:pubblicità|annuncio)|(?:o )?(?:artigo|texto"
        r"|conteúdo) continua"
        r" (?:após|depois d[ao]|abaixo d[ao]) (?:a |o )?(?:publicidade|anúncio)|(?:het )?artikel"
        r" gaat (?:verder|door) (?:na|onder) de advertentie|dalsza część (?:artykułu|tekstu)"
        r" (?:pod|poniżej) reklam[ąy]|(?:продолжение|статья продолжается) (?:после|под) рекламы"
        r"|scroll to continue with content)$",
        r"^(?:sponsored content|gesponsert|contenu sponsorisé|bezahlter inhalt)$",
        # The same label in the other languages and its other names, alone on its line:
        # "Contenido patrocinado", "Contenuto sponsorizzato", "Treść sponsorowana", "Партнерский
        # материал", "Sponsorlu içerik", "Paid content", "Advertorial", "Publireportage".
        r"^(?:contenido patrocinado|contenuto sponsorizzato|conteúdo patrocinado|gesponsorde"
        r" inhoud|treść sponsorowana|(?:партн[её]рский|спонсорский|рекламный) материал"
        r"|sponzorovaný (?:obsah|článek)|sponsoreret indhold|sponsrat innehåll|sponsorlu içerik"
        r"|szponzorált tartalom|(?:partner|paid|promoted|branded) content|paid post"
        r"|advertorial|publireportage|publirreportaje|(?:bezahlte|paid) partnerschaft"
        r"|paid partnership)$",
        # The ad slot's label run into its continuation hint ("Advertisement 1Story continues
        # below", with a slot number or a widget name between them).
        r"^-?\s?(?:advertisement|anzeige|werbung|publicité)\b.{0,30}(?:story|article|text)"
        r" continues below$",
    ),
]

SLOT_HINTS: list[Rule] = [
    # An ad slot's hints without the word for the ad: "Story continues below", "This
    # advertisement has not loaded yet, but your article continues below.", and the label
    # "Article content" that a slot leaves above each part of the body it cuts.
    *rules(
        "ad",
        120,
        r"^(?:story|article|text) continues below$",
        r"^this (?:advertisement|ad) has not loaded yet\b",
        r"^article content$",
    ),
]

AFFILIATE: list[Rule] = [
    # Affiliate disclosures: the shop-link notice of review and deal pages ("Postmedia may earn
    # an affiliate commission from purchases made through links on this page").
    *rules(
        "affiliate",
        400,
        # One pattern, so that the needles are tested once per line.
        r"\b(?:(?:may|might|will|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?"
        r"(?:commission|share of (?:the )?(?:sales|revenue))"
        r"|(?:erhalten|bekommen) (?:wir|die redaktion) (?:dafür )?(?:ggf\. |gegebenenfalls "
        r"|eventuell |unter umständen |möglicherweise )?eine (?:kleine )?provision"
        r"|(?:affiliate-links?|partnerlinks?|provisionslinks?|werbehinweis|affiliate-hinweis)"
        r"(?=\s?(?::|für|zu))"
        r"|(?:nous|le site) (?:pouvons|peut|pourrions) (?:percevoir|toucher|recevoir) une"
        r" (?:petite )?commission"
        r"|(?:podemos|podríamos|puede) (?:recibir|obtener|ganar) una (?:pequeña )?comisión"
        r"|(?:potremmo|possiamo|potrebbe) (?:ricevere|guadagnare|percepire) una (?:piccola )?"
        r"commissione"
        r"|(?:podemos|poderemos|pode) (?:receber|ganhar) uma (?:pequena )?comissão"
        r"|(?:ontvangen|krijgen|verdienen) (?:we|wij) (?:mogelijk |eventueel )?een (?:kleine )?"
        r"(?:commissie|vergoeding|provisie)"
        r"|(?:możemy|może) (?:otrzymać|dostać|zarobić) (?:niewielką )?prowizję)\b",
        needles=(
            "commission",
            "share of",
            "provision",
            "-link",
            "partnerlink",
            "hinweis",
            "comisión",
            "commissione",
            "comissão",
            "commissie",
            "vergoeding",
            "provisie",
            "prowizj",
        ),
    ),
]

VIEWS_DISCLAIMERS: list[Rule] = [
    # Disclaimers of guest and opinion pieces: "... müssen nicht der Meinung der Redaktion
    # entsprechen", "The views expressed ... do not necessarily reflect those of ...".
    *rules(
        "disclaimer",
        300,
        r"\b(?:(?:geben|entsprechen|spiegeln|müssen) (?:nicht|keineswegs) (?:unbedingt |zwingend "
        r"|notwendigerweise )?(?:der|die) (?:meinung|ansicht|haltung) der redaktion"
        r"|(?:do|does) not necessarily (?:reflect|represent) (?:the (?:views?|opinions?"
        r"|position)|those of)"
        r"|ne (?:reflètent?|représentent?|engagent?) pas (?:nécessairement )?(?:la|les|l')"
        r"\s?(?:opinion|point de vue|position|rédaction)"
        r"|no (?:refleja|reflejan|representa|representan) necesariamente"
        r"|non (?:riflette|riflettono|rappresenta|rappresentano) necessariamente"
        r"|não (?:reflete|refletem|representa|representam) necessariamente"
        r"|(?:geeft|geven|weerspiegelt|weerspiegelen) niet noodzakelijk(?:erwijs)?"
        r"|nie (?:musi|muszą) (?:odzwierciedlać|odpowiadać))\b",
        needles=(
            "redaktion",
            "necessarily",
            "nécessairement",
            "engage",
            "reflèt",
            "représent",
            "necesariamente",
            "necessariamente",
            "noodzakelijk",
            "odzwierciedla",
            "odpowiada",
        ),
    ),
    # The same disclaimer said the other way round, as the author's own or personal views:
    # "The views expressed by the author are personal.", "Die hier geäußerten Meinungen sind
    # die des Autors.", "Les opinions exprimées n'engagent que leur auteur.", "Las opiniones
    # expresadas son responsabilidad exclusiva del autor.", "Le opinioni espresse sono
    # personali.", "As opiniões expressas são de responsabilidade do autor.", "De geuite
    # meningen zijn die van de auteur.", "Opinie wyrażone w tekście są prywatnymi opiniami
    # autora." The note opens its line; a report says whose views were expressed where.
    *rules(
        "disclaimer",
        300,
        r"^(?:the )?(?:views?|opinions?) expressed (?:(?:here|herein|above|below) |in this"
        r" (?:article|post|column|piece|blog) |by the (?:authors?|writers?|contributors?) )?(?:are"
        r"|is) (?:personal|(?:solely |entirely |strictly )?(?:the|those of the|that of the)"
        r" (?:authors?|writers?|contributors?)|(?:solely |entirely )?(?:the author's|the"
        r" writer's|his|her|their)(?: own)?)\b",
        r"^die (?:hier |darin )?(?:geäußerten?|vertretenen?|wiedergegebenen?) (?:meinungen?"
        r"|ansichten?|positionen?) (?:ist|sind|gibt|geben) (?:ausschließlich |allein )?(?:die"
        r" (?:persönliche|des autors|der autorin|der autoren)|persönlich)",
        r"^les (?:opinions|propos|points de vue) (?:exprimée?s|tenus) (?:ici |dans cet article"
        r" )?(?:sont (?:personnel(?:le)?s|celles de (?:l'|leur )auteur|ceux de (?:l'|leur )auteur)"
        r"|n'engagent que (?:leurs? auteurs?|l'auteur))",
        r"^las opiniones (?:expresadas|vertidas) (?:aquí |en este artículo )?son (?:de )?"
        r"(?:responsabilidad )?(?:exclusiva )?(?:del autor|de su autor|de sus autores"
        r"|personales)",
        r"^le opinioni espresse (?:qui |in questo articolo )?sono (?:personali|esclusivamente"
        r" (?:personali|dell'autore)|dell'autore|quelle dell'autore)",
        r"^as opiniões (?:expressas|emitidas) (?:aqui |neste artigo )?são (?:de )?"
        r"(?:(?:inteira |exclusiva )?responsabilidade )?(?:exclusiva )?(?:do autor|dos autores"
        r"|de seus autores|pessoais)",
        r"^de (?:hier )?(?:geuite|geventileerde) (?:meningen?|standpunten) (?:zijn|is) (?:die van"
        r" de auteur|persoonlijk|voor rekening van de auteur)",
        r"^(?:opinie|poglądy) wyrażone (?:w tym (?:artykule|tekście) |w tekście )?(?:są|to)"
        r" (?:prywatnymi )?(?:opiniami|poglądami) (?:autora|autorki|autorów)",
    ),
]

QUOTE_DELAY: list[Rule] = [
    # The delay note of a stock quote box, opening a disclaimer: "Stock quotes delayed by 10
    # minutes or more. All information provided is ...", "Kurse mindestens 15 Minuten
    # verzögert.". The note is its own sentence: "Stock quotes delayed by 15 minutes cost
    # traders millions" goes on.
    *rules(
        "disclaimer",
        1000,
        r"^[*\s]{0,2}(?:(?:stock |share |index )?(?:quotes?|prices?|data) (?:are )?delayed (?:by )?"
        r"(?:at least )?\d+ (?:minutes|mins?)(?: or more)?|(?:börsen)?(?:kurse|kursdaten"
        r"|notierungen) (?:sind )?(?:mindestens |um (?:mindestens )?)?\d+ min(?:uten|\.)?"
        r" (?:zeit)?verzögert|(?:cours|cotations|données) (?:différé(?:e)?s|retardé(?:e)?s)"
        r" (?:d'au moins |de )?\d+ (?:minutes|min)|(?:cotizaciones|datos|precios) (?:con (?:un )?"
        r"retraso de|retrasad[oa]s) (?:al menos )?\d+ minutos|(?:quotazioni|dati|prezzi) (?:in )?"
        r"ritardo (?:di )?(?:almeno )?\d+ minuti|(?:cotações|dados) com atraso de (?:pelo menos )?"
        r"\d+ minutos|(?:koersen|gegevens) (?:zijn )?(?:minimaal )?\d+ minuten vertraagd"
        r"|(?:notowania|kursy|dane) (?:są )?opóźnione (?:o )?(?:co najmniej )?\d+ minut)\.(?:\s|$)",
    ),
]

INVESTMENT_ADVICE: list[Rule] = [
    # A finance site's note that its own content is no investment advice, which may close a
    # paragraph of such notes: "Jeder Handel ist riskant. ... Jeglicher Inhalt unserer Webseite
    # dient ausschließlich dem Zwecke der Information und stellt keine Kauf- oder
    # Verkaufsempfehlung dar.", "The content of this website does not constitute investment
    # advice." It names the site's or the article's own content, and its sentence ends there:
    # "The regulator said the post does not constitute investment advice." and "Our site is not
    # investment advice, the company told the court." are reports.
    *rules(
        "disclaimer",
        1000,
        r"^(?=.*?(?:anlageberatung|anlageempfehlung|verkaufsempfehlung|finanzberatung|investment"
        r" advice|financial advice|conseil en investissement|conseil financier|asesoramiento"
        r"|consejo financiero|consejo de inversión|consulenza|aconselhamento|recomendação de"
        r" investimento|beleggingsadvies|financieel advies|porad[ay] inwestycyjn|doradztw))"
        r".*?\b(?:(?:inhalte?|informationen|artikel|beitr[aä]ge?) (?:unserer|dieser|auf dieser"
        r"|dieses|des) (?:webseite|website|seite|artikels|beitrags|blogs?)|(?:this|our)"
        r" (?:article|website|site|content|post|blog)|the (?:content|information) (?:on|of|in)"
        r" (?:this|our) (?:website|site|article|page|blog)|(?:cet|notre) (?:article|site)|le"
        r" contenu de (?:cet article|ce site|notre site)|(?:este|nuestro) (?:artículo|sitio)|el"
        r" contenido de (?:este|nuestro) (?:artículo|sitio)|(?:questo|il nostro) (?:articolo|sito)"
        r"|il contenuto di questo (?:articolo|sito)|(?:este|nosso) (?:artigo|site)|o conteúdo"
        r" (?:deste|do nosso) (?:artigo|site)|(?:dit|ons) (?:artikel|website)|de inhoud van"
        r" (?:dit artikel|deze website|onze website)|(?:ten|nasz) (?:artykuł|serwis)|treść"
        r" (?:tego|naszego) (?:artykułu|serwisu))\b[^.!?]{0,160}\b(?:stell(?:t|en) keine|(?:ist"
        r"|sind) keine"
        r"|(?:does|do) not constitute|(?:is|are) not|ne constitue(?:nt)? pas|no constituyen?"
        r"|non costituiscono|non costituisce|não constitu(?:i|em)|vorm(?:t|en) geen|is geen|nie"
        r" stanowią?)\b[^.!?]{0,60}\b(?:anlageberatung|anlageempfehlung|(?:kauf- oder )?"
        r"verkaufsempfehlung|finanzberatung|(?:an? )?(?:investment|financial) advice"
        r"|(?:un )?conseil (?:en investissement|financier)|(?:un )?(?:asesoramiento|consejo)"
        r" (?:financiero|de"
        r" inversión)|(?:una )?consulenza (?:finanziaria|sugli investimenti)|(?:um )?"
        r"aconselhamento (?:financeiro|de investimento)|(?:uma )?recomendação de investimento"
        r"|beleggingsadvies|financieel advies|porad[ay] inwestycyjn\w*|doradztwa inwestycyjnego)"
        r"[^.!?,;]{0,20}(?:[.!]|$)",
    ),
]
