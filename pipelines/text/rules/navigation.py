"""The page's chrome left as lines: navigation, previous/next links, breadcrumbs, tag lists,
author links, separators, browser and script notices, cookie banners.

Families ``navigation``, ``prev_next``, ``tags``, ``author_link``, ``separator`` and
``cookie``: links and notices of the site around the story, which trafilatura keeps where
they sit inside the article container.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, rules

# The link home in a blog's post navigation (the prev_next row): de en fr es it pt nl pl and
# the Japanese, Chinese and Korean forms.
_HOME = (
    r"home|home ?page|startseite|übersicht|accueil|inicio|portada|pagina iniziale|início"
    r"|página inicial|strona główna|トップ|ホーム|首页|首頁|홈"
)

PREV_NEXT: list[Rule] = [
    # Previous/next article links. Upper-case only for PREV/NEXT: "Next, the minister said"
    # is prose.
    *rules(
        "prev_next", 300, r"^(?:PREV|NEXT)\b", r"^(?:PREVIOUS|NEXT) (?:ARTICLE|POST)\b", flags=0
    ),
    # A blog's post navigation as one row: "« Older post | Startseite | Newer post »",
    # "« Title... | トップ |": an arrow opening or closing it, the link home between two bars
    # (round 37, the fresh pool).
    *rules(
        "prev_next",
        400,
        rf"^[«‹]\s?[^|«»]{{1,160}}\s\|\s(?:{_HOME})(?:\s?\|(?:\s[^|«»]{{1,160}}\s?[»›])?)?$",
        rf"^\|?\s?(?:{_HOME})\s\|\s[^|«»]{{1,160}}\s?[»›]$",
    ),
    *rules(
        "prev_next",
        300,
        r"^(?:previous|next|vorherige[rs]?|nächste[rs]?) (?:article|post|story|artikel|beitrag)"
        r"\b",
        r"^(?:article|billet) (?:précédent|suivant)\b",
        # The same link in es, it, pt, nl, pl, ru, cs, da, sv and tr, alone on its line.
        r"^(?:artículo (?:siguiente|anterior)|articolo (?:successivo|precedente)|(?:próximo"
        r"|anterior) artigo|artigo (?:seguinte|anterior)|(?:volgend|vorig) artikel|(?:następny"
        r"|poprzedni) artykuł|(?:следующая|предыдущая) (?:статья|новость)|(?:další|předchozí)"
        r" článek|(?:næste|forrige) artikel|(?:nästa|föregående) artikel|(?:sonraki|önceki)"
        r" (?:haber|yazı|makale))$",
        r"^[«‹<]+\s*(?:previous|zurück|précédent)",
        r"^(?:next|weiter|suivant)\s*[»›>]+$",
    ),
]

SCRIPT_NOTICES: list[Rule] = [
    # The browser notice after the site's greeting: "Thank you for visiting example.com. You
    # are using a browser version with limited support for CSS. ..."
    *rules(
        "navigation",
        600,
        r"^thank you for visiting [^!?\s]{1,40}\.\s(?:you are using|you're using) an? (?:browser"
        r"|outdated|old|older|unsupported)\b",
    ),
    # The notice a page shows where its script does not run (a comment box, a player, a map):
    # "Please enable JavaScript to view the comments", "Bitte aktivieren Sie JavaScript",
    # "Veuillez activer JavaScript", "Habilita JavaScript", "Abilita JavaScript", "Ative o
    # JavaScript", "Schakel JavaScript in", "Twoja przeglądarka nie ma włączonej obsługi
    # JavaScript". It opens with the call or the reader's browser; an article on the language
    # names neither ("JavaScript is disabled in the browser's safest mode" stays).
    *rules(
        "navigation",
        200,
        r"^(?:please )?(?:enable|turn on|activate) javascript\b|^you (?:need to|must|have to)"
        r" (?:enable|turn on|activate|allow) javascript\b|^(?:your|this) browser (?:does not"
        r"|doesn['’]t) (?:support|have|run) javascript\b|^javascript (?:is )?(?:required|must be"
        r" enabled)\b|^(?:it (?:looks|seems) like )?you (?:have|['’]ve) (?:javascript disabled"
        r"|disabled javascript)\b",
        r"^(?:bitte )?(?:aktivieren sie|aktiviere|aktivier) (?:bitte )?(?:das |dein |ihr )?"
        r"javascript\b|^(?:ihr|dein) browser (?:unterstützt|hat) (?:kein|nicht) (?:aktiviertes )?"
        r"javascript\b|^(?:um [^.!?]{1,60} zu \w+, )?(?:muss|müssen sie) javascript aktiviert"
        r" (?:sein|werden)\b",
        r"^(?:veuillez |merci d['’])?activer (?:le |votre )?javascript\b|^votre navigateur"
        r" (?:ne (?:supporte|prend en charge) pas|n['’]a pas) (?:le )?javascript\b",
        r"^(?:por favor,? )?(?:habilita|activa|habilite|active) (?:el )?javascript\b|^tu"
        r" navegador no (?:tiene|soporta|admite) (?:el )?javascript\b",
        r"^(?:per favore,? )?(?:abilita|attiva|abilitare|attivare) (?:il )?javascript\b|^il tuo"
        r" browser non (?:supporta|ha) (?:il )?javascript\b",
        r"^(?:por favor,? )?(?:ative|ativa|habilite|ativar) (?:o )?javascript\b|^(?:o )?(?:seu"
        r"|teu) navegador não (?:suporta|tem) (?:o )?javascript\b",
        r"^(?:schakel|activeer) (?:je |uw )?javascript in\b|^(?:je|uw) browser ondersteunt geen"
        r" javascript\b",
        r"^(?:proszę )?(?:włącz|włączyć) (?:obsługę )?javascript\w*|^twoja przeglądarka nie"
        r" (?:ma włączonej obsługi|obsługuje) javascript\w*",
        needles=("javascript",),
    ),
]

BROWSER_NOTICES: list[Rule] = [
    # Notices about the reader's browser: "You are using an outdated browser".
    *rules(
        "navigation",
        200,
        r"^(?:you are using (?:an? )?(?:outdated|old|older|unsupported) browser|you are using a"
        r" browser version|sie (?:verwenden|nutzen) einen (?:veralteten|alten) browser"
        r"|vous utilisez un navigateur (?:obsolète|ancien|périmé)|estás usando un navegador"
        r" (?:obsoleto|antiguo|desactualizado)|stai (?:usando|utilizzando) un browser"
        r" (?:obsoleto|datato)|você está (?:usando|a usar) um navegador (?:desatualizado"
        r"|antigo)|je gebruikt een verouderde browser|używasz (?:przestarzałej|starej)"
        r" przeglądarki)\b",
    ),
]

COOKIES_AND_CHROME: list[Rule] = [
    # Cookie banners that sit inside the article container: the site speaking ("we use", "this
    # site uses"), or naming itself by its domain ("Example.com uses cookies", "Sn.dk anvender
    # cookies"), which a page without class names leaves in the extraction's cut.
    *rules(
        "cookie",
        400,
        r"^(?:wir verwenden|wir nutzen|diese (?:web)?seite (?:verwendet|nutzt)|diese website"
        r" (?:verwendet|nutzt)|we use|this (?:web)?site uses|nous utilisons|ce site utilise"
        r"|utilizamos|usamos|utilizziamo|usiamo|(?:wij|we) gebruiken|używamy"
        r"|vi (?:bruger|anvender|använder|bruker)|(?:este|questo) sit(?:io|o|e)(?: web)?"
        r" (?:utiliza|usa|utilizza)|deze (?:web)?site gebruikt|ta strona (?:używa|korzysta z)"
        r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,} (?:uses|verwendet|nutzt|utilise|utiliza|usa"
        r"|utilizza|gebruikt|używa|bruger|anvender|använder|bruker))"
        r"\b.{0,60}\bcookies?\b",
    ),
    # The banner's consent by use, spoken to the reader: "Durch die weitere Nutzung der
    # Webseite stimmen Sie der Verwendung von Cookies zu.", "By continuing to use this site
    # you agree to our use of cookies." A report on the rule speaks of users, not to "you".
    # The same consent to the privacy policy, and in Danish, Swedish and Norwegian: "Ved at
    # benytte example.dk eller klikke "OK" accepterer du vores privatlivspolitik." (a domain's
    # dots inside the clause; dev half A, round 41, under ``--plain-markup classes``).
    *rules(
        "cookie",
        400,
        r"^(?=.*(?:cooki|privacy|datenschutz|privatlivs|confidentialit|privacidad|privatezza"
        r"|privacidade|integritet|personvern))"
        r"(?:.*[.!?]\s)?(?:durch (?:die )?(?:weitere )?nutzung|wenn sie (?:diese"
        r" (?:web)?seite )?weiter|by continuing to (?:use|browse)|by using (?:this|our)|if you"
        r" continue to use|en (?:poursuivant|continuant) (?:votre navigation|à naviguer|à utiliser)"
        r"|(?:al continuar|si continúa[s]?) (?:navegando|utilizando)"
        r"|(?:proseguendo|continuando) (?:la navigazione|a navigare|a utilizzare)"
        r"|ao continuar (?:a )?(?:navegar|utilizar|usar)"
        r"|door (?:verder te gaan|gebruik te maken)|korzystając ze? (?:naszej |tej )?(?:strony"
        r"|serwisu)|ved at (?:benytte|bruge|fortsætte)|genom att (?:använda|fortsätta)"
        r"|ved å (?:bruke|benytte|fortsette))"
        r"(?:[^.!?]|\.(?=\w)){0,100}\b(?:stimmen sie|erklären sie sich|akzeptieren sie|you"
        r" (?:agree|consent|accept)|vous (?:acceptez|consentez)|aceptas?|acconsenti|accetti"
        r"|concorda|aceita|gaat u akkoord|ga je akkoord|stemt u in|zgadzasz się|wyrażasz zgodę"
        r"|accepterer du|godkender du|accepterar du|godkänner du|godtar du|aksepterer du)\b",
    ),
    *rules(
        "cookie",
        40,
        r"^(?:alle )?(?:cookies )?(?:akzeptieren|ablehnen)$",
        r"^(?:accept|reject|allow|decline) (?:all )?(?:cookies)?$",
        r"^(?:tout accepter|tout refuser|accepter les cookies|refuser les cookies)$",
        r"^(?:cookie-?einstellungen|cookie settings|paramètres des cookies|gérer les cookies"
        r"|manage cookies)$",
    ),
    # Navigation and image-viewer leftovers.
    *rules(
        "navigation",
        40,
        # Buttons of the page left as lines: reply, comment, recommend, load more, log in,
        # "opens in a new window", the PDF or e-book download.
        r"^(?:kommentieren|antworten|reply|répondre|responder|rispondi|reageer|reageren"
        r"|odpowiedz|weiterempfehlen|empfehlen|recommend|recommander|recomendar|consiglia"
        r"|aanbevelen|poleć|lade weitere inhalte|mehr laden|load more|charger plus"
        r"|cargar más|carica altri|carregar mais|meer laden|załaduj więcej|anmelden|einloggen"
        r"|log in|sign in|se connecter|iniciar sesión|accedi|entrar|inloggen|zaloguj się"
        r"|(?:öffnet|opens|s'ouvre|se abre|si apre|abre|opent|otwiera się) (?:in|dans|en|numa"
        r"|w) (?:a |une |una |uma |een )?(?:neuem|new|nouvelle|nueva|nuova|nova|nieuw|nowym)"
        r" (?:fenster|window|fenêtre|ventana|finestra|janela|venster|oknie)"
        r"|pdf[- ]version|(?:als )?pdf (?:herunterladen|download)|download (?:as )?(?:pdf|epub)"
        r"|télécharger (?:au format |en )?(?:pdf|epub)|descargar (?:en )?pdf|scarica (?:il )?pdf"
        r"|baixar (?:em )?pdf|download pdf|pobierz pdf)$",
        r"^(?:nach oben|zurück nach oben|back to top|retour en haut(?: de (?:la )?page)?"
        r"|volver arriba|ir arriba|torna su|torna all'inizio|voltar ao topo|voltar para o topo"
        r"|terug naar boven|naar boven|powrót na górę|do góry|wróć na górę"
        # The same link in French, Polish, Russian, Czech, Danish, Swedish and Turkish.
        r"|haut de page|powrót do góry|наверх|в начало страницы|zpět nahoru|(?:tilbage )?til"
        r" toppen|(?:tillbaka )?till toppen|başa dön|yukarı çık|sayfa başına dön"
        r"|bild vergrößern|vergrößern|enlarge (?:this )?image|agrandir(?: l'image)?"
        r"|video abspielen|play video|lire la vidéo|zur startseite|zurück zur übersicht"
        # "Continue" links end an excerpt; unlike a teaser box header they have no headline.
        r"|weiterlesen|mehr lesen|continue reading|lire la suite|leer más|seguir leyendo"
        r"|continuar leyendo|leggi di più|continua a leggere|ler mais|continuar (?:lendo|a ler)"
        r"|lees verder|verder lezen|czytaj dalej"
        # The link to the whole story under its excerpt: "Read the full story", "Jetzt
        # weiterlesen", "Lire l'article complet", "Lee la nota completa", "Leia a reportagem
        # completa", "Lees het hele artikel", "Czytaj cały artykuł".
        r"|jetzt weiterlesen|(?:den )?(?:ganzen|vollständigen) artikel lesen|read the (?:full"
        r"|whole|entire) (?:story|article)|lire l['’]article(?: complet| en entier)?"
        r"|(?:lee|lea|leer) (?:la nota|la noticia) completa|(?:lee|lea|leer) el artículo completo"
        r"|leia a (?:reportagem|matéria|notícia) completa|lees het (?:hele|volledige) artikel"
        r"|czytaj cały (?:artykuł|tekst))$",
        # "View More ▸": a button to more of the same list, its arrow left as a character.
        r"^(?:(?:view|see|show) more|mehr anzeigen|voir plus|ver más|mostra(?:re)? (?:di )?più"
        r"|ver mais|meer (?:weergeven|tonen)|zobacz więcej)\s?[▸►▶→›»>]*$",
        # The placeholder a list shows while a script loads more of it: "Fetching more" (a
        # player's "Loading..." and its kind, with their dots, are the embed family's).
        r"^(?:fetching|loading) more\s?(?:\.{3}|…)?$",
    ),
    # The page's chrome left as lines, each alone on its line (issue 11, seen on pages without
    # class names): the link that skips to the content ("Skip to content", "Zum Inhalt
    # springen"), a menu's name ("Primary Menu", "Hauptmenü"), the language picker ("Select
    # Language", "Sprache wählen") and an ad's close button ("Hide Ad", "Anzeige ausblenden").
    *rules(
        "navigation",
        40,
        r"^(?:[-•]\s)?(?:skip (?:to|navigation)(?: (?:the )?(?:main )?(?:content|navigation))?"
        r"|(?:direkt |springe )?zum (?:haupt)?inhalt(?: springen| wechseln)?"
        r"|(?:aller|passer) au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?"
        r"|(?:vai|salta|passa) al contenuto(?: principale)?"
        r"|(?:pular|saltar|ir) para o conteúdo(?: principal)?"
        r"|(?:ga |direct )?naar (?:de )?(?:hoofd)?inhoud(?: springen| gaan)?"
        r"|przejdź do (?:głównej )?treści"
        r"|(?:primary|main|mobile) menu|hauptmenü|menu principal|menú principal|menu principale"
        r"|hoofdmenu|menu główne"
        r"|(?:select|choose|change) (?:your )?languages?|sprache (?:aus)?wählen|sprache ändern"
        r"|(?:choisir|sélectionner|changer) (?:la |une |votre )?langue"
        r"|(?:selecciona[r]?|elige|elegir|cambiar) (?:el |tu |un )?idioma"
        r"|(?:seleziona(?:re)?|scegli|cambia) (?:la )?lingua"
        r"|(?:selecionar|selecione|escolha|escolher|mudar) (?:o |seu |um )?idioma"
        r"|(?:kies|selecteer|wijzig) (?:een |uw |je )?taal|taal (?:kiezen|selecteren)"
        r"|(?:wybierz|zmień) język"
        r"|(?:hide|close|skip) (?:this )?ad|(?:anzeige|werbung) (?:ausblenden|schließen"
        r"|überspringen)|(?:masquer|fermer|passer) (?:la |cette )?publicité"
        r"|(?:ocultar|cerrar|saltar|omitir) (?:el |este )?anuncio"
        r"|(?:nascondi|chiudi|salta) (?:l'|questo |la )?(?:annuncio|pubblicità)"
        r"|(?:ocultar|fechar|pular) (?:o |este )?anúncio"
        r"|advertentie (?:verbergen|sluiten|overslaan)|(?:ukryj|zamknij|pomiń) reklamę"
        # A job or shop card's button: "Voir l'offre", "Zum Angebot", "View offer".
        r"|(?:view|see) (?:the )?(?:offer|deal|job)|(?:zum|das) angebot(?: ansehen)?"
        r"|angebot ansehen|voir l'offre|ver (?:la )?oferta|vedi (?:l')?offerta"
        r"|ver (?:a )?oferta|bekijk (?:het )?(?:aanbod|vacature)|zobacz ofertę"
        # A byline's label left without its name: "Written by", "Geschrieben von".
        r"|(?:written|posted|published) by|geschrieben von|veröffentlicht von|écrit par"
        r"|publié par|escrito por|publicado por|scritto da|pubblicato da|geschreven door"
        r"|gepubliceerd door|napisane przez|opublikowane przez)$",
    ),
    # A link's call, one sentence that opens with it: "Click here to see the best presales!",
    # "Klicke hier, um ...", "hier klicken um sich einzuloggen", de en fr es it pt nl pl. Not
    # with a full stop: "Click here to get the app is the message ..." is a sentence about it.
    *rules(
        "navigation",
        160,
        r"^(?:[»›>•-]\s?)?(?:click here|klicke hier|klicken sie hier|hier klicken|cliquez ici"
        r"|clique ici|haz clic aquí|haga clic aquí|pulsa aquí|clicca qui|clique aqui|klik hier"
        r"|kliknij tutaj|kliknij tu)\b[^.!?]{0,140}[!:…]?$",
    ),
    # The browser's push notifications: the call to turn them on ("Get breaking news in your
    # browser. Click here to turn on notifications.") and the empty list ("There are no new
    # alerts at this time"), de en fr es it pt nl pl.
    *rules(
        "navigation",
        120,
        r"^(?:[^.!?]{0,60}[.!?]\s)?(?:click here to |klicken sie hier,? um |cliquez ici pour "
        r"|haga clic aquí para |clicca qui per |clique aqui para |klik hier om "
        r"|kliknij tutaj,? aby )?(?:(?:turn on|enable|allow|activate) (?:push |browser )?"
        r"notifications|(?:push-)?benachrichtigungen (?:zu )?(?:aktivieren|einschalten"
        r"|erlauben)|activer les notifications|activa(?:r)? (?:las )?notificaciones"
        r"|attiva(?:re)? le notifiche|ativ(?:ar|e) (?:as )?notificações|включить уведомления"
        r"|zapnout (?:upozornění|notifikace)|slå notifikationer til|aktivera (?:notiser"
        r"|aviseringar)|bildirimleri aç"
        r"|meldingen (?:inschakelen|aanzetten|toestaan|in te schakelen|aan te zetten)"
        r"|włącz(?:yć)? powiadomienia)[.!]?$",
        r"^(?:there are no new (?:alerts|notifications)(?: at this time)?|no new (?:alerts"
        r"|notifications)|keine neuen benachrichtigungen|aucune nouvelle notification"
        r"|no hay notificaciones nuevas|no hay nuevas notificaciones|nessuna nuova notifica"
        r"|nenhuma nova notificação|não há novas notificações|geen nieuwe meldingen"
        r"|brak nowych powiadomień)[.!]?$",
    ),
    # The link back to the list the article was opened from: "Back to the overview", "Retour à
    # la liste", "Terug naar overzicht", "Вернуться к списку", in the eight languages and in
    # ru, cs, da, sv and tr. Alone on its line (the placeholder of a comment thread that loads
    # after the page is the comments family's, rules/comments.py).
    *rules(
        "navigation",
        50,
        r"^(?:back to (?:the )?(?:overview|list|index)|zurück zur (?:liste|startseite)"
        r"|retour (?:à la liste|à l'accueil|aux articles)|volver (?:al listado|a la lista"
        r"|al inicio)|torna (?:all'elenco|alla lista|alla home)|voltar (?:à lista|ao início)"
        r"|terug naar (?:het )?overzicht|powrót do listy|вернуться (?:к списку|на главную)"
        r"|zpět na (?:přehled|seznam)|tilbage til (?:oversigten|forsiden)|tillbaka till"
        r" (?:översikten|startsidan)|listeye geri dön)$",
    ),
]

PERMALINK: list[Rule] = [
    # The page's own short address: "Permalink: https://example.com/-gxh-9pi7o".
    *rules("navigation", 150, r"^(?:permalink|kurz-?url|short ?url|lien permanent)\s?:\s?\S+$"),
]

BREADCRUMBS: list[Rule] = [
    # Breadcrumb trails: "Startseite > Politik > Ausland", "Home » News".
    *rules(
        "navigation",
        150,
        r"^(?:home|startseite|accueil|inicio|portada|início|página inicial|homepage"
        r"|strona główna|главная|úvod|hlavní stránka|forside|startsida|hem|anasayfa|ana sayfa)"
        r"\s?[>»/|›]\s?[^.!?]{0,140}$",
        # A trail that opens with the site's or the section's name: "Oberstdorf Resort ›
        # Interaktiv › Blog", "Nachrichten » Politik » Ausland", "Actualités > Monde > Europe".
        # Three steps or more of a few words each, joined by one kind of arrow (a slash or a
        # pipe joins words in prose and in headlines too), no sentence's stop in a step.
        r"^[^.!?:›»>→«‹<\"“”]{1,40}(?:\s›\s[^.!?:›»>→«‹<\"“”]{1,40}){2,}$",
        r"^[^.!?:›»>→«‹<\"“”]{1,40}(?:\s»\s[^.!?:›»>→«‹<\"“”]{1,40}){2,}$",
        r"^[^.!?:›»>→«‹<\"“”]{1,40}(?:\s>\s[^.!?:›»>→«‹<\"“”]{1,40}){2,}$",
        r"^[^.!?:›»>→«‹<\"“”]{1,40}(?:\s→\s[^.!?:›»>→«‹<\"“”]{1,40}){2,}$",
        # The trail's label: "Sie sind hier:", "Du befindest dich hier:", "You are here:",
        # "Vous êtes ici :", "Estás en:", "Ti trovi in:", "Você está em:", "U bent hier:",
        # "Jesteś tutaj:", alone or before the trail.
        r"^(?:sie sind hier|du bist hier|sie befinden sich hier|du befindest dich hier"
        r"|you are here|vous êtes ici|estás en|usted está en|ti trovi in|sei in|você está em"
        r"|está aqui|u bent hier|je bent hier|jesteś tutaj|jesteś w)\s?:(?:\s.{0,140})?$",
    ),
]

TAG_LISTS: list[Rule] = [
    # Tag and topic lists under the article: "Tags: Politik, Wahlen", "Mots-clés : ...".
    # Only lists: a sentence after the colon (one that ends in a full stop) stays.
    *rules(
        "tags",
        250,
        r"^(?:tags?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|mots[- ]clés|étiquettes|etiquetas"
        r"|palabras clave|parole chiave|tag correlati|palavras-chave|trefwoorden|tagi"
        r"|słowa kluczowe|tagged(?: with| as)?|filed under|abgelegt unter|classé dans"
        r"|getaggt mit|verschlagwortet mit|themen?|topics?|thèmes?|sujets?|temas?|argomenti"
        r"|tópicos|assuntos|onderwerpen|tematy"
        # The same labels in Russian, Czech, Danish, Swedish and Turkish: "Теги:", "Štítky:",
        # "Emner:", "Ämnen:", "Etiketler:".
        r"|теги|метки|ключевые слова|темы|štítky|tagy|klíčová slova|témata|emner|nøgleord"
        r"|ämnen|nyckelord|etiketter|etiketler|anahtar kelimeler|konular)\s?:\s?[^.!?]{0,240}$",
        # The label alone, its list of links left behind by the extractor.
        r"^(?:tags|schlagw(?:ö|o)rter?|stichw(?:ö|o)rter?|mots[- ]clés|etiquetas|palabras clave"
        r"|parole chiave|palavras-chave|trefwoorden|tagi|słowa kluczowe|теги|метки|štítky"
        r"|nøgleord|nyckelord|etiketter|etiketler|anahtar kelimeler|archivado en)$",
    ),
]

AUTHOR_LINKS: list[Rule] = [
    # The author box's link to the writer's other pieces: "View all posts by Jane Doe", "Alle
    # Artikel von Max Muster", "Tous les articles de l'auteur", "Więcej artykułów autora",
    # "Все материалы автора", "Se alle artikler af ...". A short line without a sentence's
    # punctuation; and the box's closing sentence "You can see more of his work here.", which
    # takes the biography it closes (only an author box speaks so).
    *rules(
        "author_link",
        70,
        r"^(?:(?:view|see|show|read|browse) )?(?:all|more) (?:posts|articles|stories|columns)"
        r" by\s[^.!?:]{2,50}$",
        r"^(?:more|all) (?:posts|articles|stories) (?:by|from) (?:this|the) author$",
        r"^(?:alle|weitere|mehr) (?:artikel|beiträge|texte) (?:von|der autorin|des autors)"
        r"(?:\s[^.!?:]{2,40})?$",
        r"^(?:voir )?(?:tous les|les autres|plus d['’])\s?articles (?:de|du même auteur|par)"
        r"(?:\s[^.!?:]{2,40})?$",
        r"^(?:ver )?(?:todos los|más|otros) artículos (?:de|del autor|de la autora|por)"
        r"(?:\s[^.!?:]{2,40})?$",
        r"^(?:tutti gli|altri) articoli (?:di|dell['’]autore|dell['’]autrice)(?:\s[^.!?:]{2,40})?$",
        r"^(?:ver )?(?:todos os|mais|outros) artigos (?:de|do autor|da autora|por)"
        r"(?:\s[^.!?:]{2,40})?$",
        r"^(?:alle|meer) (?:artikelen|berichten) (?:van|door)(?:\s[^.!?:]{2,40})?$",
        r"^(?:zobacz )?(?:wszystkie|więcej) (?:artykuły|artykułów|teksty|tekstów|wpisy|wpisów)"
        r" (?:autora|autorki)(?:\s[^.!?:]{2,40})?$",
        r"^(?:все|другие) (?:материалы|статьи|публикации) автора(?:\s[^.!?:]{2,40})?$",
        r"^(?:všechny|další) články (?:autora|autorky)(?:\s[^.!?:]{2,40})?$",
        r"^(?:se )?(?:alle|flere) artikler (?:af|fra)(?:\s[^.!?:]{2,40})?$",
        r"^(?:alla|fler) artiklar (?:av|från)(?:\s[^.!?:]{2,40})?$",
        r"^yazarın (?:tüm|diğer) (?:yazıları|haberleri)$",
    ),
    *rules(
        "author_link",
        500,
        r"(?:^|[.!?]\s)(?:you can )?(?:see|read|find|view) more of (?:his|her|their) (?:work"
        r"|articles|stories|writing|reporting)(?: here)?[.!]?$",
        needles=("more of",),
    ),
]

SHORT_PREV_NEXT: list[Rule] = [
    # Short lines of the families above, each in a rule of its own length so that the
    # prefilters of longer lines (most lines are prose) need not try them.
    *rules(
        "prev_next",
        40,
        # A blog's pager and feed links: "Newer Posts", "Ältere Beiträge", "Posts (Atom)".
        r"^(?:(?:newer|older) (?:posts?|entries)|(?:neuere|ältere) (?:posts|beiträge|einträge)"
        r"|(?:articles|messages) plus (?:récents|anciens)|(?:entradas|publicaciones) (?:más"
        r" recientes|antiguas|anteriores)|(?:post|articoli) più (?:recenti|vecchi)"
        r"|(?:postagens|mensagens) mais (?:recentes|antigas)|(?:nieuwere|oudere) (?:berichten"
        r"|posts)|(?:nowsze|starsze) posty|(?:posts|comments|kommentare|beiträge) \(atom\))$",
    ),
]

TOPIC_PAGES: list[Rule] = [
    *rules(
        "tags",
        60,
        # The label of the topic pages linked from the article: "Themenseiten zu diesem
        # Artikel:", "Topics in this article".
        r"^(?:themen(?:seiten)?|schlagw(?:ö|o)rter|topics|tags|thèmes|sujets|temas|argomenti"
        r"|tópicos|onderwerpen|tematy"
        # Who and what the story names, linked to their pages: "People in this story",
        # "ORGANIZATIONS IN THIS STORY", "Personen in diesem Artikel", "Entreprises citées dans
        # cet article", "Osoby w tym artykule".
        r"|people|organi[sz]ations|companies|places|personen|organisationen|unternehmen|orte"
        r"|personnes|personnalités|organisations|entreprises|lieux|personas|organizaciones"
        r"|empresas|lugares|persone|organizzazioni|aziende|luoghi|pessoas|organizações"
        r"|organisaties|bedrijven|plaatsen|osoby|organizacje|firmy|miejsca)"
        # "Topics mentioned in this article", "Sujets abordés dans cet article".
        r" (?:(?:mentioned|covered|discussed|abordés|mentionnés|mencionados|tratados|trattati"
        r"|citati|genoemd|besproken|poruszone|omawiane|cités|citées|citate"
        r"|mencionadas|genoemde|wymienione) )?"
        r"(?:zu diesem|zum|in diesem|in this|of this|de cet|dans cet|de este|en este|en esta"
        r"|di questo|in questo|neste|nesta|van dit|in dit|w tym) (?:artikel|beitrag|article|story"
        r"|artículo|noticia|articolo|artigo|matéria|notícia|verhaal|artykule|tekście)\s?:?$",
    ),
]

SEPARATORS: list[Rule] = [
    # Lone separators: "-", "—", "*", "•", "* * *". Not dots: an ellipsis line in code or verse.
    *rules("separator", 24, r"^(?:[-–—_*•·~=#+]\s?)+$"),
]

BEST_VIEWED_WITH: list[Rule] = [
    # A browser notice: "This site is best viewed with Internet Explorer 6.0 or higher ...",
    # "Diese Seite wird am besten mit Firefox angezeigt", "Ce site est optimisé pour Chrome".
    # A browser or a screen resolution is named after the opening words: "This site is best
    # viewed in the morning" is about a place.
    *rules(
        "navigation",
        300,
        r"^(?:this (?:site|website|page) is (?:best|optimally) viewed (?:with|in|using|on)"
        r"|best viewed (?:with|in|using)|(?:diese (?:seite|website|webseite|homepage) wird )?(?:am"
        r" besten|optimal) (?:mit|in|bei)\b(?=[^.!?]{1,60}\b(?:angezeigt|darstellbar|dargestellt))"
        r"|(?:ce site|cette page|ce site web) est (?:optimisée?|conçue?) pour|(?:este sitio"
        r"|esta (?:web|página)) (?:se ve mejor|está optimizad[oa] para)|(?:questo sito|il sito)"
        r" è (?:ottimizzato|visualizzato al meglio) (?:per|con)|(?:este site|esta página) (?:é"
        r" melhor visualizad[oa]|está otimizad[oa] para)|deze (?:site|website|pagina) (?:is"
        r" geoptimaliseerd voor|wordt het best weergegeven)|(?:ta )?(?:strona|witryna)"
        r" (?:jest )?(?:zoptymalizowana|najlepiej wyświetla się) (?:dla|pod|w))\b"
        r"(?=[^!?]{0,240}?\b(?:browser|explorer|firefox|chrome|safari|opera|edge|resolution"
        r"|auflösung|résolution|resolución|risoluzione|resolução|resolutie|rozdzielczo|navigateur"
        r"|navegador|przeglądar))[^!?]{0,240}$",
    ),
]

LINK_CALL_AFTER: list[Rule] = [
    # A link's call that closes a line naming what it leads to: "Para ver más noticias
    # escalofriantes ingrese AQUÍ", "For more news, click here", "Für weitere Nachrichten
    # klicken Sie hier".
    *rules(
        "navigation",
        120,
        r"^(?:para (?:ver|leer|conocer) más (?:noticias|notas|información|contenidos?)\b"
        r"[^.!?]{0,40}\s(?:ingres[ae]|haz clic|da clic|pulsa|clic|click|entra)\s(?:aquí|aqui|acá)"
        r"|for more"
        r" (?:news|stories|articles|updates|information)\b[^.!?]{0,40}\s(?:click|tap) here|für"
        r" (?:mehr|weitere) (?:nachrichten|news|artikel|infos|informationen)\b[^.!?]{0,40}"
        r"\s(?:klicken sie|klicke|klickt) hier|pour (?:plus d'|d'autres )(?:infos|actualités"
        r"|articles|informations)\b[^.!?]{0,40}\scliquez ici|per (?:altre|più|maggiori)"
        r" (?:notizie|informazioni)\b[^.!?]{0,40}\sclicca qui|para (?:ver|ler) mais (?:notícias"
        r"|informações)\b[^.!?]{0,40}\sclique aqui|voor meer (?:nieuws|artikelen|informatie)\b"
        r"[^.!?]{0,40}\sklik hier|(?:po )?więcej (?:wiadomości|informacji|artykułów)\b[^.!?]{0,40}"
        r"\skliknij (?:tutaj|tu))\s?[.!:]?$",
    ),
]

JOB_BOARD: list[Rule] = [
    # The site's job board plugged under a story: "Unsere aktuellen Stellenangebote findet Ihr
    # auch im Stellenmarkt von Example.", "Besuchen Sie unseren Stellenmarkt!", "Visit our job
    # board", "Retrouvez nos offres d'emploi sur ...".
    *rules(
        "navigation",
        160,
        r"^(?:(?:unsere |alle |weitere )?(?:aktuellen )?stellenangebote find(?:et ihr|en sie|est"
        r" du) (?:auch )?(?:im|in unserem|auf unserem) (?:stellenmarkt|jobportal|jobbörse)\b"
        r"[^.!?,;]{0,40}|besuchen sie (?:auch )?unseren (?:stellenmarkt|jobportal|jobbörse)"
        r"|(?:visit|browse|see) our jobs? (?:board|site|section)|(?:find|see) (?:more|all) jobs"
        r" (?:on|at|in) our (?:job )?(?:board|site)\b[^.!?,;]{0,30}|(?:retrouvez|consultez)"
        r" (?:toutes )?nos offres d'emploi (?:sur|dans)\b[^.!?,;]{0,40}|visita nuestra bolsa de"
        r" (?:empleo|trabajo)|(?:consulta|visita) (?:le nostre offerte di lavoro|la nostra bacheca"
        r" (?:di )?lavoro)\b[^.!?,;]{0,30}|visite (?:o )?nosso (?:portal|banco|site) de empregos?"
        r"|bekijk (?:al )?onze vacatures (?:op|in)\b[^.!?,;]{0,40}|zobacz"
        r" (?:wszystkie )?(?:nasze )?oferty pracy (?:w|na)\b[^.!?,;]{0,40})[.!]?$",
    ),
    # The same board's pitch to the reader, a few sentences ending in a call: "Deine neue
    # Stelle findest du in unserer Jobbörse. Jetzt suchen!",
    # "Your next job is waiting on our job board. Start your search now!". It names the board,
    # speaks to the reader and ends in "!"; a report on a job board does neither.
    *rules(
        "navigation",
        400,
        r"^(?=.*?(?:jobbörse|stellenmarkt|jobportal|job board|jobs board|offres d'emploi"
        r"|bolsa de empleo|bolsa de trabajo|offerte di lavoro|portal de empregos|vacaturebank"
        r"|oferty pracy|ofert pracy))(?=.*?\b(?:du|dich|dir|dein\w*|euch|you|your|vous|votre"
        r"|tu|toi|te|tú|usted|ti|tuo|você|seu|je|jij|jouw|ty|cię|twoj\w*)\b)[^?]{0,300}"
        r"\b(?:jobbörse"
        r"|stellenmarkt|jobportal|job board|jobs board|offres d'emploi|bolsa de empleo"
        r"|bolsa de trabajo|offerte di lavoro|portal de empregos|vacaturebank|oferty pracy"
        r"|ofert pracy)[^?]{0,150}!$",
    ),
]
