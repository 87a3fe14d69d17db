"""The article page's widgets left as lines: listen, save, rate, report an error, polls, read
counters, embeds waiting for consent, a gallery's counter, an event's "is over" notice.

Families ``widget``, ``rating``, ``event``, ``embed`` and ``gallery``: controls and
placeholders whose words are the same on every page of a site and never a sentence of the
story.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, one, rules

ARTICLE_WIDGETS: list[Rule] = [
    # Widgets of the article page left as lines: listen to it, save it, rate whether it helped,
    # report an error in it.
    *rules(
        "widget",
        70,
        one(
            r"^(?:listen to (?:this|the) (?:article|story)|(?:diesen )?artikel (?:anhören|vorlesen"
            r"(?: lassen)?)|hören sie (?:diesen|den) artikel|écouter (?:cet|l')\s?article"
            r"|escuchar (?:este|el) artículo|ascolta (?:questo|l')\s?articolo|(?:ouvir|ouça)"
            r" (?:este|o) artigo|luister naar (?:dit|het) artikel|(?:posłuchaj|odsłuchaj)"
            r" (?:tego )?artykułu?)(?:\s?\(?\d+:\d+\)?)?$",
            r"^(?:artikel merken|(?:zur|auf die) merkliste(?: hinzufügen| setzen)?|save"
            r" (?:this )?(?:article|story)(?: for later)?|save for later|sauvegarder"
            r" (?:l'|cet )\s?article|guardar (?:el |este )?artículo|salva (?:l'|questo )"
            r"\s?articolo|guardar (?:o |este )?artigo|artikel (?:opslaan|bewaren)|zapisz"
            r" artykuł)$",
            r"^(?:was this (?:article|story|page|content) (?:helpful|useful)"
            r"|(?:wie )?(?:hat ihnen|finden sie) (?:dieser|diesen|der|den) (?:artikel|beitrag)"
            r"(?: gefallen)?|war dieser"
            r" (?:artikel|beitrag) hilfreich|cet article vous a-t-il (?:été utile|plu)"
            r"|¿?(?:te|le) (?:ha )?(?:resultado|sido|parece) útil (?:este|el) artículo"
            r"|(?:questo|l')\s?articolo (?:ti )?è stato utile|este artigo (?:foi|lhe foi) útil"
            r"|was dit artikel nuttig|czy (?:ten )?artykuł był pomocny|¿?(?:te|le) resultó útil"
            r" (?:este|el) artículo|была ли (?:эта )?статья полезной|byl (?:pro vás )?tento článek"
            r" užitečný|var denne artikel (?:nyttig|brugbar)|var den här artikeln (?:till hjälp"
            r"|användbar)|bu (?:haber|yazı|makale) (?:işinize yaradı|faydalı oldu)\s?mu)\s?\??$",
            r"^(?:fehler (?:gefunden|melden|entdeckt)|report an? (?:error|typo|correction)"
            r"|report this (?:page|article|story|post|comment)|(?:seite|artikel|beitrag) melden"
            r"|signaler une (?:erreur|faute)|(?:reportar|informar de) un error|segnala un"
            r" errore|(?:reportar|comunicar) (?:um )?erro|fout (?:gezien|melden)"
            r"|zgłoś błąd"
            # The same call as a correction or a typo, and in ru, cs, da, sv and tr: "Suggest a
            # correction", "Signaler une coquille", "Сообщить об ошибке", "Nahlásit chybu".
            r"|suggest a correction|korrektur vorschlagen|signaler une coquille|comunicar un"
            r" error|fout gevonden|сообщить об ошибке|нашли ошибку|nahlásit chybu|našli jste"
            r" chybu|rapportér en fejl|rapportera (?:ett )?fel|hata bildir)\s?[?!]?$",
        ),
    ),
    # The same call as the question the box asks, with its answer, and in the other languages
    # news sites are written in: "Fehler gefunden? Jetzt melden.", "Spotted an error?", "Vous
    # avez repéré une erreur ?", "Fout gezien? Meld het ons", "Нашли ошибку? Выделите её и
    # нажмите Ctrl+Enter", "Prijavi grešku", "Informa d'un error", "Laporkan kesalahan",
    # "أبلغ عن خطأ", "纠错". The whole line: "Fehler gefunden hat die Prüferin ..." goes on.
    *rules(
        "widget",
        100,
        r"^¿?(?:fehler gefunden\s?\?(?: jetzt melden| melden sie (?:ihn|es) uns)?"
        r"|haben sie einen fehler (?:entdeckt|gefunden)\s?\?|(?:spotted|found|see) an? (?:error"
        r"|mistake|typo)\s?\?(?: let us know| tell us| report it)?|send (?:us )?(?:your )?feedback"
        r"|vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute|coquille)\s?\?"
        r"(?: signalez-la)?|signaler un (?:abus|contenu)|(?:encontraste|has encontrado|ha"
        r" encontrado|viste) (?:un|algún) error\s?\?|hai (?:trovato|notato) un errore\s?\?"
        r"(?: segnalalo| segnalacelo)?|encontrou (?:algum|um) erro\s?\?|fout gezien\s?\?"
        r"(?: meld (?:het|hem) (?:ons|hier))?|meld een fout|zauważył(?:eś|aś)? błąd\s?\?"
        r"(?: (?:zgłoś|napisz do nas)(?: go)?)?|hittat (?:ett )?fel\s?\?|fandt du en fejl\s?\?"
        r"|rapportér fejl|meld fra om (?:en )?feil|fant du en feil\s?\?|ilmoita"
        r" (?:asia)?virheestä|huomasitko (?:asia)?virheen\s?\?|našli jste v článku chybu\s?\?"
        r"|nahlásiť chybu|našli ste (?:v článku )?chybu\s?\?|raporteaz[ăa] o gre[șş]eal[ăa]"
        r"|ai g[ăa]sit o gre[șş]eal[ăa]\s?\?|hibát (?:talált|találtál)\s?\?(?: jelezze| jelezd)?"
        r"|hiba bejelentése|hata bildirin|нашли (?:ошибку|опечатку)\s?\?\s?выделите[^!?]{0,60}"
        r"ctrl\s?\+\s?enter|повідомити про помилку|помітили помилку\s?\?\s?виділіть[^!?]{0,60}"
        r"ctrl\s?\+\s?enter|prijavi(?:te)? (?:grešku|pogrešku)|пријави(?:те)? грешку"
        r"|pronašli ste (?:grešku|pogrešku)\s?\?|пронашли сте грешку\s?\?|informa d'un error"
        r"|has vist (?:un|algun) error\s?\?|laporkan kesalahan|(?:أبلغ|الإبلاغ) عن خطأ"
        r"|(?:我要)?(?:纠错|糾錯)|(?:기사\s?)?오류\s?신고" + el(r"|αναφορά σφάλματος") + r")[.!]?$",
    ),
    # A page's read counter: "4433 lecturas", "1.204 Aufrufe", "12K views".
    *rules(
        "widget",
        40,
        r"^[\d.,]+\s?[km]?\s(?:views|reads|aufrufe|mal gelesen|vues|lectures|lecturas|visitas"
        r"|letture|visualizzazioni|visualizações|leituras|weergaven|keer gelezen|wyświetleń"
        r"|odsłon|просмотр(?:а|ов)?|zobrazení|visninger|visningar|görüntülenme|okunma)$",
        # The counter with its label first: "Views: 120", "Aufrufe: 1.204", "Просмотры: 12".
        r"^(?:views|aufrufe|vues|lectures|visitas|lecturas|letture|visualizzazioni|visualizações"
        r"|weergaven|wyświetlenia|odsłony|просмотры|просмотров|zobrazení|visninger|visningar"
        r"|görüntülenme|okunma)\s?:\s?[\d.,]+\s?[km]?$",
    ),
]

RATINGS_AND_EVENTS: list[Rule] = [
    # Rating widgets: "Durchschnittliche Bewertung: 4,5 (2 Bewertungen)", "Rate this article".
    *rules(
        "rating",
        120,
        one(
            r"^(?:durchschnittliche bewertung|average rating|note moyenne|valoración media"
            r"|valutazione media|avaliação média|gemiddelde (?:beoordeling|waardering)"
            r"|średnia ocena)\b[^.!?]{0,60}$",
            r"^(?:\(?\d+ (?:bewertungen|stimmen|votes|ratings|avis|votos|voti|avaliações"
            r"|stemmen|ocen|głosów)\)?)$",
            r"^(?:(?:melde dich|melden sie sich) an|log in|sign in|connectez-vous),? (?:um|to|pour)"
            r" (?:eine |a |une )?(?:bewertung|rate|rating|noter)\b",
            r"^(?:rate this (?:article|post|story|recipe)|(?:artikel|beitrag) bewerten"
            r"|bewerten sie (?:diesen|den) (?:artikel|beitrag)|notez cet article"
            r"|valora (?:este|el) artículo|vota (?:questo|l')\s?articolo|avalie (?:este|o) artigo"
            r"|beoordeel dit artikel|oceń (?:ten )?artykuł)\b",
        ),
    ),
    # An event page's notice that its event is over, which calendar plugins print over the
    # event's details: "This event has passed.", "Diese Veranstaltung ist bereits vorbei.",
    # "Cet événement est passé.", "Este evento ya ha pasado.", in the eight languages and in
    # Russian, Czech, Danish, Swedish and Turkish. The notice alone on its line: a report says
    # which event ("The festival has passed its peak").
    *rules(
        "event",
        70,
        r"^(?:this event (?:has (?:already )?(?:passed|ended|expired|taken place)|is (?:already )?"
        r"over)|diese veranstaltung (?:ist (?:bereits |schon )?(?:vorbei|vorüber|abgelaufen"
        r"|beendet)|hat (?:bereits |schon )?stattgefunden)|cet [ée]v[éè]nement (?:est (?:déjà )?"
        r"(?:passé|terminé)|a (?:déjà )?eu lieu)|este evento (?:ya )?(?:ha (?:pasado|finalizado"
        r"|terminado|concluido)|pasó|finalizó|terminó|já (?:passou|terminou|aconteceu)|passou"
        r"|terminou|foi encerrado)|(?:questo|l['’])\s?evento è (?:già )?(?:passato|terminato"
        r"|concluso)|dit evenement (?:is (?:al )?(?:voorbij|afgelopen|verlopen)|heeft al"
        r" plaatsgevonden)|(?:to )?wydarzenie (?:już )?(?:się (?:odbyło|zakończyło)|minęło)"
        r"|(?:это )?(?:мероприятие|событие) (?:уже )?(?:прошло|завершено|закончилось)"
        r"|(?:tato )?(?:akce|událost) (?:již|už) (?:proběhla|skončila)|(?:denne )?(?:begivenhed"
        r"|arrangement) er (?:allerede )?(?:afholdt|overstået|slut)|(?:detta|det här) evenemang"
        r"(?:et)? (?:har (?:redan )?(?:passerat|ägt rum)|är (?:redan )?över)|bu etkinlik"
        r" (?:sona erdi|gerçekleşti|tamamlandı))\s?[.!]?$",
    ),
]

EMBEDS: list[Rule] = [
    # Placeholders of embedded content that waits for consent: "Empfohlener redaktioneller
    # Inhalt", "An dieser Stelle finden Sie einen externen Inhalt", "Load content".
    *rules(
        "embed",
        400,
        one(
            r"^(?:empfohlener (?:redaktioneller )?inhalt|externer inhalt|externe inhalte"
            r"|inhalt (?:laden|nachladen|anzeigen)|embedded content|external content"
            r"|load content|contenu externe|contenido externo|contenuto esterno"
            r"|conteúdo externo|externe inhoud|treść zewnętrzna)\s?:?$",
            r"^(?:an dieser stelle|hier) (?:finden sie|findest du|ist|wird) (?:einen? )?"
            r"(?:externe[nr]?|eingebettete[nr]?|zusätzliche[nr]?) (?:inhalt|beitrag|inhalte"
            r"|video|tweet)",
            r"^(?:um (?:diesen|den|externe) (?:inhalt|inhalte|beitrag|tweet|video)"
            r"|mit (?:dem|einem) klick auf)\b[^.!?]{0,120}\b(?:zustimmen|aktivieren"
            r"|einverstanden|laden|angezeigt)",
            r"^ich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b",
            # The player's consent notice: "Mit dem Laden des Videos akzeptieren Sie die
            # Datenschutzerklärung von YouTube.", "By loading the video, you agree to ...".
            r"^(?:mit dem laden (?:des|der) (?:videos?|inhalts?|beitrags|tweets|karte|podcasts)"
            r"|by loading (?:the|this) (?:video|content|tweet|post|map)"
            r"|en chargeant (?:la vidéo|le contenu|la carte)"
            r"|al cargar (?:el (?:vídeo|video|contenido)|la mapa)"
            r"|caricando (?:il (?:video|contenuto)|la mappa)"
            r"|ao carregar o (?:vídeo|video|conteúdo|mapa)"
            r"|door (?:de video|de inhoud|de kaart) te laden"
            r"|ładując (?:wideo|film|treść|mapę))\b[^!?]{0,80}\b(?:akzeptier|stimm|accept|agree"
            r"|acceptez|acept|accett|aceit|akkoord|akceptuj|zgadzasz)[^!?]{0,80}\b(?:datenschutz"
            r"|privacy|confidentialité|privacidad|privacidade|privacybeleid|prywatności)",
            r"^(?:this (?:content|embed|video|post) (?:is not available|cannot be (?:displayed"
            r"|shown)|is hosted by a third party)|to view this content,? (?:please )?"
            r"(?:enable|accept|allow))\b",
            r"^(?:ce contenu (?:n'est pas disponible|est bloqué)|pour afficher ce contenu"
            r"|este contenido (?:no está disponible|está bloqueado)|para ver este contenido"
            r"|questo contenuto (?:non è disponibile|è bloccato)|per visualizzare questo contenuto"
            r"|este conteúdo (?:não está disponível|está bloqueado)|para ver este conteúdo"
            r"|deze inhoud (?:is niet beschikbaar|wordt geblokkeerd)"
            r"|om deze inhoud te (?:zien|bekijken)"
            r"|ta treść (?:jest niedostępna|jest zablokowana)|aby zobaczyć tę treść)\b",
        ),
    ),
    # The signature line of an embedded post: "— The White House (@WhiteHouse) February 11,
    # 2025", the name, the handle and the date.
    *rules("embed", 120, r"^[—–-]\s?[^()@]{1,60}\(@\w{1,30}\)\s?[^!?()]{0,30}\b\d{4}$", flags=0),
]

VIDEO_PLAYER: list[Rule] = [
    *rules(
        "embed",
        80,
        # What an embedded video player shows before it runs: "Loading playlists...",
        # "Sign in to add this to Watch Later", "Working...".
        r"^(?:loading(?: playlists| video)?|working|wird geladen|lädt|chargement(?: en cours)?"
        r"|cargando|caricamento(?: in corso)?|a carregar|carregando|laden|ładowanie)"
        r"\s?(?:\.\.\.|…)$",
        r"^(?:loading seems to be taking a while|sign in to add this to watch later"
        r"|add to watch later|watch later|an error occurred while loading|if playback doesn't"
        r" begin shortly|watch queue(?:queue)?|the next video is starting"
        r"|thanks\. twitter will use this to make your timeline better)\b[^!?]{0,60}$",
    ),
]

GALLERY_COUNTER: list[Rule] = [
    # A gallery's picture counter: "1 / 12", "Bild 3 von 12", "Image 4 of 10", "Foto 2 de 8".
    *rules(
        "gallery",
        40,
        r"^(?:(?:bild|foto|photo|image|picture|slide|imagen|immagine|imagem|afbeelding"
        r"|zdjęcie|fotografia)\s)?\d{1,3}\s?(?:/|von|of|sur|de|di|van|z)\s?\d{1,3}$",
    ),
]

TOPIC_POLL_AND_CHANNEL: list[Rule] = [
    # The follow button of a topic page and its alert, alone on a line ("Want to get notified
    # whenever we write about", "RECEIVE ALERTS" after its icon, "Thema folgen", "Suivre ce
    # sujet", "Segui questo argomento", "Obserwuj temat"): "Follow this topic closely, the
    # minister urged." goes on.
    *rules(
        "widget",
        80,
        r"^[^\w\s]{0,2}\s?(?:want to (?:get|be) notified (?:whenever|when) we (?:write|publish)"
        r" about|get notified (?:whenever|when) we (?:write|publish) about|(?:receive|get)"
        r" (?:e-?mail )?alerts|follow this (?:topic|author|subject)|(?:diesem )?thema folgen"
        r"|(?:diesem )?autor(?:in)? folgen|(?:bei neuen artikeln )?benachrichtigt werden"
        r"|suivre ce (?:sujet|thème|journaliste)|recevoir (?:les|des) alertes|créer une alerte"
        r"|seguir (?:este|el) (?:tema|autor)|recibir alertas|segui (?:questo|l')\s?(?:argomento"
        r"|autore)|ricevi (?:gli )?avvisi|seguir (?:este|o) (?:assunto|tema|autor)|receber alertas"
        r"|volg (?:dit|het) onderwerp|volg deze auteur|ontvang (?:meldingen|alerts)|obserwuj"
        r" (?:ten )?temat|obserwuj autora|otrzymuj powiadomienia)\s?[?:!.]?$",
    ),
    # A poll box's labels: "Ergebnis der letzten Umfrage", "Umfrage vom 02.02.2023:",
    # "Abgegebene Stimmen: 6.859", in each language; each alone on its line.
    *rules(
        "widget",
        70,
        one(
            r"^(?:ergebnis(?:se)? der (?:letzten|vorherigen) umfrage|results? of the (?:last"
            r"|previous) poll|(?:last|previous) poll results?|résultats? du (?:dernier"
            r"|précédent) sondage|resultados? de la (?:última|anterior) encuesta|risultat[oi]"
            r" del(?:l'| )(?:ultimo|precedente) sondaggio|resultados? da (?:última|anterior)"
            r" (?:enquete|sondagem|pesquisa)|(?:uitslag|resultaten?) van de (?:vorige|laatste)"
            r" (?:peiling|poll|enquête)|wyniki (?:ostatniej|poprzedniej) (?:ankiety|sondy))"
            r"\s?:?$",
            r"^(?:umfrage|poll|sondage|encuesta|sondaggio|enquete|sondagem|peiling|ankieta|sonda)"
            r" (?:vom|from|of|du|del|de|da|van|z) \d{1,2}[./]\d{1,2}[./]\d{2,4}\s?:?$",
            r"^(?:abgegebene stimmen|votes cast|total votes|votes exprimés|votos emitidos"
            r"|voti espressi|votos registrados|uitgebrachte stemmen|oddane głosy)\s?:\s?[\d.,]+$",
        ),
    ),
    # A video channel's plug between paragraphs: "Watch more of our videos on Example TV!",
    # "Weitere Videos auf YouTube", "Retrouvez plus de vidéos sur notre chaîne". The channel's
    # name ends the line: no comma, no clause after it.
    *rules(
        "widget",
        80,
        r"^(?:(?:watch|see) more (?:of our )?videos (?:on|at)|(?:weitere|mehr) videos (?:von uns"
        r" )?(?:auf|bei)|(?:retrouvez|regardez|voir) (?:plus de|toutes nos|nos autres) vidéos"
        r" sur|(?:mira|vea|ve) más (?:de nuestros )?videos en|guarda (?:altri|tutti i nostri)"
        r" video su|(?:veja|assista a) mais (?:dos nossos )?vídeos (?:em|no|na)|bekijk meer (?:van"
        r" onze )?video'?s op|(?:zobacz|obejrzyj) więcej (?:naszych )?(?:filmów|wideo) (?:na|w))"
        r" [^.!?,;]{1,40}[.!]?$",
    ),
]

FLYERS: list[Rule] = [
    # A weekly flyers widget's title: "This Week's Flyers", "Prospekte der Woche",
    # "Circulaires de la semaine", "Folletos de la semana", "Gazetki tygodnia".
    *rules(
        "widget",
        60,
        r"^(?:this week'?s flyers|flyers this week|(?:aktuelle )?prospekte (?:der|dieser) woche"
        r"|(?:les )?(?:circulaires|catalogues|prospectus) de la semaine|folletos de (?:la|esta)"
        r" semana|volantini della settimana|folhetos da semana|folders van deze week|gazetki"
        r" (?:tygodnia|promocyjne))$",
    ),
]
