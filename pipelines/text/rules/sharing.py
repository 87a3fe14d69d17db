"""Share, follow and app prompts: the calls to pass the story on or to follow the site.

Families ``share`` (share bars, print buttons, the writer's accounts, a channel on a
messenger), ``follow`` (follow us, never miss our news) and ``app`` (download our app, store
badges).
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, one, rules

FIND_US: list[Rule] = [
    # Where else the site's news are found: "Naše zprávy najdete i na sítích", "Retrouvez-nous
    # sur les réseaux sociaux". The whole line only: a sentence goes on to say what is there.
    *rules(
        "share",
        80,
        r"^(?:find us|find our (?:news|stories)|(?:sie )?finden (?:sie )?uns|unsere nachrichten"
        r" finden sie|naše zprávy najdete|najdete nás|retrouvez-nous|encuéntranos|trovaci"
        r"|encontre-nos|vind ons|znajdź nas|znajdziesz nas)(?: (?:also|too|auch|i|také|též|aussi"
        r"|également|también|anche|também|ook|też|także|również))? (?:on|in den|auf|na|sur les"
        r"|en las|en|sui|nas|op|w) (?:social (?:media|networks)|sozialen (?:netzwerken|medien)"
        r"|(?:sociálních )?sítích|réseaux sociaux|redes sociales|social(?: network)?|redes"
        r" sociais|sociale media|mediach społecznościowych)(?: too| also)?[.!:]?$",
    ),
    # The share bar's label with the story's headline after it: "Share this Story : Headline".
    *rules(
        "share",
        200,
        r"^(?:share this (?:story|article|post)|diesen artikel teilen|partager cet article"
        r"|compartir (?:este|esta) (?:artículo|noticia)|condividi (?:questo|l') ?articolo)"
        r"\s?:\s?[^.!?]{0,150}$",
    ),
]

SHARE_AND_FOLLOW: list[Rule] = [
    # Share and follow prompts: "Teilen", "Share on Facebook", "Partager sur X", "Tweet".
    *rules(
        "share",
        70,
        r"^(?:jetzt |diesen artikel |diese geschichte |diese seite |artikel |beitrag "
        r"|this (?:article|story|post|page) "
        r"|cet article |l'article )?(?:teilen|sharen|share|partager|tweet|tweeten|twittern"
        r"|compartir|comparte|condividi|compartilhe|compartilhar|partilhar|delen|deel"
        r"|udostępnij|podziel się)"
        r"(?:\s(?:this|it|on|auf|mit|via|per|sur|par|le|la|cet|cette|den|diesen|die|article"
        r"|story|en|su|no|na|op|w|em|nel|sul|dit|deze|este|esta|questo|ten|artykuł|artikel"
        r"|artículo|articolo|artigo)\b[^.!?]{0,50})?:?$",
        r"^(?:auf|on|sur) (?:facebook|twitter|x|whatsapp|linkedin|pinterest|xing|telegram)"
        r" (?:teilen|posten|share|partager)$",
        r"^(?:facebook|twitter|whatsapp|linkedin|pinterest|xing|telegram|reddit|flipboard"
        r"|e-?mail|drucken|print|imprimer)(?:\s*[|/,·•]?\s*(?:facebook|twitter|whatsapp"
        r"|linkedin|pinterest|xing|telegram|reddit|flipboard|e-?mail|drucken|print|imprimer))*$",
    ),
    # A print button alone on its line, the article or page it prints named ("Print this
    # article", "Artikel drucken", "Imprimer l'article", "Stampa l'articolo", "Drukuj
    # artykuł"), or the printable version it opens ("Druckversion", "Version imprimable"):
    # "Print this article's tables at home, the teacher said." goes on.
    *rules(
        "share",
        60,
        r"^(?:print|imprimer|imprimir|stampa|printen|afdrukken|drukuj)\s(?:l['’]\s?"
        r"|(?:this|the|cet|este|esta|el|la|o|a|questo|quest['’]|dit|deze|het|ten)\s)?"
        r"(?:article|story|page|post|artikel|pagina|página|artículo|noticia|nota|articolo"
        r"|artigo|matéria|notícia|bericht|artykuł|stronę|tekst)$",
        r"^(?:(?:diesen|diese|den|die|dieses|das|dit|deze|het)\s)?(?:artikel|beitrag|seite"
        r"|pagina|bericht|pdf)\s(?:drucken|ausdrucken|printen|afdrukken)$",
        r"^(?:druckversion|druckansicht|printer[- ]friendly(?: version| page)?|print(?:able)?"
        r" version|version imprimable|versión (?:para )?imprimir|versione (?:stampabile|per la"
        r" stampa)|versão (?:para )?(?:impressão|imprimir)|printvriendelijke versie|wersja do"
        r" druku)$",
    ),
    # The share bar in the other languages of the dev pages, and the button that copies the
    # story's address: "Поделиться", "Sdílet článek", "Del artiklen", "Dela artikeln", "Paylaş",
    # "Link kopieren", "Copier le lien", "Kopiuj link". Each alone on its line: "Dela upp
    # arbetet" or "Paylaşılan veriler" go on.
    *rules(
        "share",
        40,
        r"^(?:поделиться|поделитесь|sdílet|sdílejte|del|dela|paylaş)(?: (?:статьёй|статьей"
        r"|новостью|článek|článkem|artiklen|artikel|artikeln|artikkelen|haberi|bu haberi))?:?$",
        r"^(?:copy|copier|copiar|copia|kopieer|kopiuj|копировать|kopírovat|kopiér|kopiera)"
        r" (?:the )?(?:link|le lien|el enlace|enlace|o link|il link|ссылку|odkaz|länk|linket"
        r"|länken)$",
        r"^(?:link kopieren|link kopiert|bağlantıyı kopyala|linki kopyala|link copied)$",
        # The same bar in Croatian, Serbian, Catalan and the other languages: "Podijeli",
        # "Поделите", "Comparteix", "Jaa artikkeli", "Zdieľať článok", "Distribuie articolul",
        # "Megosztás", "Поділитися", "Κοινοποίηση", "Bagikan", "シェアする", "공유하기", "分享",
        # "شارك المقال".
        r"^(?:podijeli(?:te)?|podeli(?:te)?|подели(?:те)?|comparteix|jaa|zdieľať|zdieľajte"
        r"|distribuie|megosztás|oszd meg|поділитися|поширити|bagikan|シェア(?:する)?|ツイート"
        r"|공유(?:하기)?|分享|شارك|مشاركة"
        + el(r"|κοινοποίηση|κοινοποιήστε")
        + r")(?: (?:članak|članka|чланак|l'article|artikkeli|artikkelen|článok|articolul"
        r"|cikket|статтею|artikel ini|berita ini|المقال|الخبر|το άρθρο))?:?$",
        r"^(?:分享(?:到|至)(?:微信|微博|朋友圈|qq|facebook|twitter)|(?:페이스북|트위터|카카오톡"
        r"|카카오스토리|네이버|밴드)\s?공유(?:하기)?)$",
    ),
    *rules(
        "share",
        120,
        r"^(?:follow us|folgen sie uns|folge uns|suivez-nous|nous suivre|retrouvez-nous|síguenos"
        r"|seguici"
        r"|siga-nos|volg ons|obserwuj nas"
        # The same call in Russian, Czech, Danish, Swedish and Turkish: "Подписывайтесь на нас",
        # "Sledujte nás", "Følg os", "Följ oss", "Bizi takip edin".
        r"|подписывайтесь на (?:нас|наш)|следите за нами|sledujte nás|følg os|följ oss"
        r"|bizi\b[^.!?]{0,30}\btakip edin"
        # And in Croatian, Serbian, Catalan and the other languages: "Pratite nas", "Пратите
        # нас", "Segueix-nos", "Følg oss", "Seuraa meitä", "Urmărește-ne", "Kövessen minket",
        # "Підписуйтесь на нас", "Ακολουθήστε μας", "Ikuti kami", "تابعونا".
        r"|pratite nas|пратите нас|segueix-nos|seguiu-nos|følg oss|seuraa meitä"
        r"|urm[ăa]re[șşs]te-ne|urm[ăa]ri[țţt]i-ne|kövessen minket|kövess minket|kövessetek"
        r"|підписуйтесь на (?:нас|наш)|стежте за нами|ikuti kami|تابعونا|تابعنا"
        + el(r"|ακολουθήστε μας")
        + r")\b",
        r"^follow [\w.-]+ on (?:twitter|facebook|instagram|x|linkedin|threads|bluesky)\b",
        # The site followed by name on a news app, the line ending with the app: "Follow
        # Example News on Google News", "Sigue a Example en Google Noticias", "Jetzt Example
        # auf Google News folgen"; "Follow the vote on Google News, he said." goes on.
        r"^[^\w\s]{0,2}\s?(?:follow|folgen sie|folge|suivez|siga|sigue|segui|volg|obserwuj)"
        r"\s[^.!?,;:]{1,50}?\s(?:on|auf|sur|no|na|en|su|op|w)\s(?:google news|google noticias"
        r"|google notícias|google actualités|google notizie|google nieuws|apple news"
        r"|flipboard)[.!]?$",
        r"^(?:jetzt )?[^.!?,;:]{1,50}?\s(?:auf|bei)\s(?:google news|apple news|flipboard)"
        r"\s(?:folgen|abonnieren)[.!]?$",
        r"^add [^.!?,;:]{1,50}? as (?:a |your )?preferred source on google[.!]?$",
        # The site's own channels: "Die Zeitung auch bei Social Media – ob WhatsApp, Instagram
        # oder Facebook."
        r"^(?:die |der |das |the )?[\w.-]+ (?:auch |also )?(?:bei|auf|on) social media\b"
        r"[^.!?]{0,60}\b(?:whatsapp|instagram|facebook|tiktok|youtube|twitter"
        r"|x)\b[^.!?]{0,40}[.!]?$",
    ),
    # The call to follow the outlet or not to miss its news, a short line of its own: "Keine
    # Meldung von Polizei Example mehr verpassen." (datesB tune, a press portal's alert box over
    # the text), "Never miss a story from Example", "Ne manquez aucune actualité", "No te
    # pierdas ninguna noticia", "Non perdere nessuna notizia", "Não perca nenhuma notícia", "Mis
    # geen enkel bericht", "Nie przegap żadnej wiadomości"; the call to join or follow the
    # outlet's messenger channel ("Join our Telegram channel", "Rejoignez notre chaîne
    # WhatsApp"); "Please follow and like us:". What is not to be missed is the news itself, and
    # no comma or quote follows the call: "Keine Partei will die Wahl verpassen" or "Never miss
    # a chance, she said." go on, as does a report that someone follows something.
    *rules(
        "follow",
        140,
        one(
            r"^(?:jetzt |und )?(?:keine?n?|nie wieder|nie mehr) (?:eine?n? )?(?:[\w]+-)?"
            r"(?:meldung|nachricht|news|artikel|beitrag|beiträge|story|stories|update"
            r"|neuigkeit|folge|episode|ausgabe|info)(?:en|s|n)?\b[^,;.!?\"“”„]{0,60}\s(?:mehr )?"
            r"verpassen\s?[.!]?$",
            r"^(?:jetzt |und )?nichts mehr verpassen\b[^,;.!?\"“”„]{0,60}[.!]?$",
            r"^verpassen sie (?:keine?n?|nichts|nie wieder)\b[^,;.!?\"“”„]{0,60}[.!]?$",
            r"^never miss (?:a |an |another |any )?(?:single )?(?:story"
            r"|stories|update|updates|post|posts|article|articles|headline|headlines|episode"
            r"|issue|news)\b(?:\s(?:from|by|on|about|of)\s[^,;.!?\"“”]{1,60})?(?:,?\s(?:when|if)"
            r" you (?:subscribe|sign up|follow|join)\b[^,;.!?\"“”]{0,60})?[.!]?$",
            r"^ne (?:manquez|ratez|loupez)(?: plus)? (?:aucune?|rien)\b(?: (?:de |d['’])?"
            r"(?:l['’]|la |le |les |nos |notre )?(?:actualité|actu|info|information|article"
            r"|nouvelle|publication|épisode|news|numéro)s?\b)?[^,;.!?\"«»“”]{0,60}[.!]?$",
            r"^no (?:te pierdas|se pierda|os perdáis) (?:nada|(?:ninguna?|ningún) (?:noticia"
            r"|novedad|actualización|historia|artículo|información|publicación|episodio))\b"
            r"[^,;.!?\"«»“”]{0,60}[.!]?$",
            r"^non (?:perdere|perderti|perdetevi|perdete)(?: più)? (?:nulla|niente|(?:nessuna?"
            r"|nessun) (?:notizia|aggiornamento|articolo|storia|novità|informazione|episodio))\b"
            r"[^,;.!?\"«»“”]{0,60}[.!]?$",
            r"^não (?:perca|percas|perder)(?: mais)? (?:nada|nenhuma? (?:notícia|novidade"
            r"|atualização|artigo|matéria|história|informação|episódio))\b[^,;.!?\"«»“”]{0,60}"
            r"[.!]?$",
            r"^mis (?:niets(?: meer)?|(?:geen|nooit)(?: meer)?(?: (?:enkel|één|een))? (?:bericht"
            r"|nieuws|artikel|update|verhaal|aflevering)\w*)\b[^,;.!?\"“”]{0,60}[.!]?$",
            r"^nie przegap(?:aj)? (?:niczego|nic|(?:żadnej|żadnego) (?:wiadomości|informacji"
            r"|artykułu|newsa|aktualizacji|historii|odcinka))\b[^,;.!?\"„”]{0,60}[.!]?$",
        ),
        one(
            r"^[^\w\s]{0,3}\s?(?:join|follow|subscribe to|abonnieren sie|folgen sie|treten sie"
            r"|rejoignez|suivez|abonnez-vous à|únete a|síguenos en|suscríbete a|unisciti al"
            r"|seguici su|iscriviti al|entre (?:no|para)|junte-se ao|siga|assine|word lid van"
            r"|volg|abonneer je op|dołącz do|obserwuj|subskrybuj)\s(?:our|unse\w+|notre|nuestro"
            r"|nostro|nosso|o nosso|ons|onze|naszego|nasz)\s[^,;.!?\"“”«»„]{0,30}\b(?:whatsapp"
            r"|telegram|signal|viber)\w*\b[^,;.!?\"“”«»„]{0,60}[.!]?$",
            r"^(?:jetzt )?unse\w+ (?:whatsapp|telegram)[- ]?(?:kanal|channel|gruppe)"
            r" (?:folgen|abonnieren|beitreten)[.!]?$",
            r"^(?:please )?(?:follow (?:and|&) like|like (?:and|&) follow) us\b[^,;.!?\"“”]"
            r"{0,40}[:.!]?$",
        ),
    ),
    # The call to like the site's page, as a sentence of its own wherever it stands in the
    # line ("... World Cup Schedules.Like us on Facebook or follow us on Twitter for more
    # updates."): no report speaks so; one quoting the call says who asked ("asked residents
    # to like its page").
    *rules(
        "share",
        250,
        r"(?:^|[.!?]\s?)(?:like us on facebook|(?:liken|like) (?:sie )?uns auf facebook"
        r"|aimez(?:-nous| notre page) sur facebook|(?:danos|dale) (?:un )?like en facebook"
        r"|metti(?:ci)? mi piace su facebook|curta (?:nossa página )?no facebook"
        r"|like ons op facebook|polub nas na facebooku)\b",
        needles=("facebook",),
    ),
    # The writer's own account named under the story, with its handle: "My Twitter account is
    # @jdoe.", "My Instagram: @jdoe", "Mein Twitter-Account: @jdoe", "Mon compte Twitter :
    # @jdoe", "Mi cuenta de Twitter es @jdoe", "Il mio profilo Instagram è @jdoe", "O meu
    # Twitter é @jdoe", "Mijn Twitter-account: @jdoe", "Mój profil na Twitterze: @jdoe". The
    # writer's "my" and the handle after a few words: a report names whose account it is ("His
    # Twitter account, @jdoe, was suspended" opens with no "my").
    *rules(
        "share",
        400,
        r"^(?:my|mein|meine|mon|ma|mi|il mio|la mia|o meu|a minha|mijn|mój|moje|moja)\s(?:own"
        r"\s|official\s|personal\s)?(?:(?:account|handle|profile|konto|compte|cuenta|profilo"
        r"|perfil|profiel|profil)\s(?:(?:on|auf|bei|sur|de|en|su|no|na|op)\s)?)?(?:twitter|x|instagram|facebook|linkedin|mastodon|bluesky|threads|tiktok"
        r"|youtube|twitterze|instagramie|facebooku)(?:[\w-]{0,12})?\b[^.!?@]{0,30}@\w{2,}",
        needles=("@",),
    ),
    # "Stay up to date ... Follow @name", "Want to know more about X? Follow them on GitHub or
    # Twitter.": a prompt that ends in a call to follow or subscribe.
    *rules(
        "share",
        250,
        r"(?:^|[.!?]\s)(?:follow|folge|folgen sie|suivez|sigue|siga|segui|volg|obserwuj)"
        r" (?:(?:them|him|her|us|me|uns|mir|ihm|ihr|nous|nos|ci|ons|nas)\s)?(?:@[\w.]+|(?:on|auf"
        r"|sur|en|su|no|op|na) (?:twitter|x|facebook|instagram|github|linkedin|threads|bluesky"
        r"|mastodon|tiktok|youtube)\b[^.!?]{0,40})[.!]?$",
        needles=(
            "@",
            "twitter",
            " x",
            "facebook",
            "instagram",
            "github",
            "linkedin",
            "threads",
            "bluesky",
            "mastodon",
            "tiktok",
            "youtube",
        ),
    ),
    *rules(
        "share",
        250,
        r"^(?:bleib(?:en sie)?|stay|restez|mantente|resta|fique|blijf|bądź)\s"
        r"(?:(?:immer|always)\s)?"
        r"(?:auf dem laufenden|up to date|in the loop|informed|informés?|informado|aggiornat[oi]"
        r"|por dentro|op de hoogte|na bieżąco)\b.{0,150}\b(?:follow|folge|abonn|newsletter"
        r"|subscribe|sign up|suivez|inscri|suscr|iscri|assin|volg|obserwuj|zapisz)",
        needles=(
            "laufenden",
            "up to date",
            "in the loop",
            "informed",
            "informé",
            "informado",
            "aggiornat",
            "por dentro",
            "hoogte",
            "bieżąco",
        ),
    ),
    # "Follow Example.com on Twitter and Facebook for the latest news updates. You can now also
    # get ... Sign up ...": the same prompt grown into a paragraph about the site's channels.
    *rules(
        "share",
        400,
        r"^follow [\w.-]+ on (?:twitter|facebook|instagram|x|linkedin)(?: and \w+)? for\b"
        r"[^.!?]{0,60}\b(?:news|updates|stories)\b",
    ),
    # "Empfiehl dies deinen Freunden.", "Recommend this to a friend".
    *rules(
        "share",
        80,
        r"^(?:empfiehl|empfehlen sie) (?:dies|diesen artikel|diese seite|uns|den artikel)"
        r" (?:deinen|ihren|einem) (?:freunden|freund)|^(?:recommend|send|share) (?:this|it)"
        r" (?:article |story |page )?(?:to|with) (?:a|your) friends?|^(?:recommander|envoyer)"
        r" (?:cet article )?à (?:un|vos) amis?|^(?:recomendar|enviar) (?:a|este artículo a) (?:un"
        r" amigo|tus amigos)|^(?:consiglia|invia) (?:a|questo articolo a) (?:un amico|i tuoi"
        r" amici)|^(?:recomendar|enviar) (?:a|para) um amigo|^(?:aanbevelen bij|stuur door naar)"
        r" een vriend|^poleć (?:znajomemu|znajomym)",
    ),
]

APP_PROMOTIONS: list[Rule] = [
    # App promotions: "Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen News-App – für
    # Android und iOS.", "Download our app". The site's own app only: an article about an app
    # names its platforms too.
    *rules(
        "app",
        250,
        r"\b(?:our|unsere[nr]?|notre|nuestra|nostra|nossa|onze|naszą|news)[- ]?app\b.{0,120}"
        r"\b(?:android|ios|iphone|app store|google play|play store)\b"
        r"|^(?:jetzt )?(?:download|get|laden sie|lade dir|hol dir|holen sie sich|téléchargez"
        r"|descarga|descargue|scarica|baixe|download|pobierz) (?:our|the|unsere|die|notre"
        r"|l'|nuestra|la (?:nostra )?|o nosso|a nossa|nosso|nossa|onze|de|naszą)\s?"
        r"(?:free |kostenlose |gratuite? )?(?:news[- ]?)?(?:app|application|applicazione)\b"
        # "CLICK HERE TO GET THE FOX NEWS APP": the site's name between article and app.
        r"|^(?:click|tap) here to (?:get|download) (?:the|our) (?:[\w'’&.-]+ ){0,3}app[.!]?$",
        needles=("app",),
    ),
]

APP_BADGES: list[Rule] = [
    # App store badges and download calls in the languages the app rule above does not spell
    # with "app": "Get it on Google Play", "Download on the App Store", "Jetzt die App
    # herunterladen", "Pobierz naszą aplikację", "Скачайте наше приложение", "Stáhněte si naši
    # aplikaci". Alone on its line: a review of an app says more.
    *rules(
        "app",
        60,
        r"^(?:get it on google play|download on the app store|available on the app store"
        r"|(?:jetzt )?(?:bei|im) (?:google play|app store) (?:laden|herunterladen)"
        r"|(?:jetzt )?(?:die |unsere )?(?:[\w-]+[- ])?app (?:jetzt )?(?:herunterladen|laden"
        r"|installieren)|pobierz (?:naszą |bezpłatną |darmową )?aplikację"
        r"|скачайте (?:наше |бесплатное )?приложение|stáhněte si (?:naši |bezplatnou )?aplikaci"
        r"|hent (?:vores )?app(?:en)?|ladda ner (?:vår )?app(?:en)?|uygulamamızı (?:indirin"
        r"|indir))[.!]?$",
        # "uygulama": the Turkish call holds none of the other words.
        needles=("google play", "app", "aplikac", "приложени", "uygulama"),
    ),
    # The same call in the other languages news sites are written in: "Baixe nosso
    # aplicativo", "Descarga nuestra aplicación", "Last ned appen vår", "Lataa sovelluksemme",
    # "Stiahnite si našu aplikáciu",
    # "Descarcă aplicația", "Töltse le alkalmazásunkat", "Завантажте наш застосунок",
    # "Κατεβάστε την εφαρμογή μας", "Preuzmite našu aplikaciju", "Descarrega't la nostra app",
    # "Unduh aplikasi kami", "アプリをダウンロード", "앱 다운로드", "下载客户端", "حمّل تطبيقنا".
    *rules(
        "app",
        60,
        r"^(?:baixe (?:o |o nosso |nosso )?(?:aplicativo|app)"
        r"|descarg(?:a|ue|ad) (?:la |nuestra |nuestra nueva )?(?:aplicación|app)(?: gratuita)?"
        r"|last ned (?:appen vår|vår app"
        r"|appen)|lataa (?:sovelluksemme|sovellus)|stiahnite si (?:našu |bezplatnú )?aplikáciu"
        r"|descarc[ăa] aplica[țţ]ia(?: noastr[ăa])?|töltse le (?:az |ingyenes )?(?:alkalmazásunkat"
        r"|applikációnkat|alkalmazást)|завантажте (?:наш )?(?:застосунок|додаток)"
        r"|preuzmite (?:našu )?aplikaciju|преузмите (?:нашу )?апликацију"
        r"|descarrega(?:'t|-te)? (?:la nostra )?(?:app|aplicació)|unduh (?:aplikasi kami"
        r"|aplikasinya)|アプリを(?:ダウンロード|インストール)(?:する)?|앱\s?(?:다운로드|설치)(?:하기)?"
        r"|(?:下载|下載)(?:客户端|客戶端|app|应用)|(?:حمّل|حمل|نزّل|نزل) (?:تطبيقنا|التطبيق)"
        + el(r"|κατεβάστε (?:την εφαρμογή μας|την εφαρμογή)")
        + r")[.!]?$",
        needles=(
            *("aplicativo", "app", "sovellu", "aplikáci", "aplica", "alkalmaz", "applikáci"),
            *("застосунок", "додаток", "aplikacij", "апликациј", "aplikasi", "アプリ", "앱"),
            *("客户端", "客戶端", "应用", "تطبيق", "εφαρμογ"),
        ),
    ),
]

CHANNEL_ON_APP: list[Rule] = [
    # The site's channel on a news app or messenger: "▶️ Mantente informado en nuestro canal de
    # Google Noticias", "Bleiben Sie auf dem Laufenden mit unserem WhatsApp-Kanal".
    *rules(
        "share",
        120,
        r"^[^\w\s]{0,3}\s?(?:mantente informad[oa]|stay (?:informed|up to date)|bleib(?:en sie)?"
        r" (?:informiert|auf dem laufenden)|restez informés?|resta(?:te)? aggiornat[oi]|fique"
        r" (?:por dentro|informad[oa])|mantenha-se informad[oa]|blijf op de hoogte|bądź na"
        r" bieżąco)\b[^.!?,;]{0,40}\b(?:google (?:news|noticias|notícias|actualités|nieuws"
        r"|wiadomości)|whatsapp|telegram)(?:[- ](?:channel|kanal|canal|chaîne|canale|kanaal))?"
        r"[.!]?$",
    ),
]
