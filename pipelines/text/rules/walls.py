"""Subscription walls, accounts and appeals: what a page asks before or instead of the rest of
the story.

Families ``paywall`` ("Subscribers only", "Please log in or subscribe to continue
reading", price pitches, trials), ``account`` (sign in to save or read on) and ``support``
(donation appeals, "We need your help to stay independent").
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, one, rules

ACCOUNTS: list[Rule] = [
    # Accounts: saving articles and reading on only once signed in ("You can save this
    # article by registering for free here.", "Create an account or sign in to continue with
    # your reading experience.", "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES").
    # What a free account opens, as the wall's pitch, a sentence longer than the prompts
    # below: "Über unser kostenloses Login erhalten Ärzte ... Zugriff auf mehr Hintergründe",
    # "With a free account you get access to ..." (dev half A, round 41, under
    # ``--plain-markup tags``). The account is the site's ("unser") or the reader's ("you");
    # a report on a bank's free accounts names neither.
    *rules(
        "account",
        300,
        r"^(?:über|mit) unser(?:en|em)? (?:kostenlose[mns]? |gratis )"
        r"(?:login|konto|account|zugang|registrierung)\b[^.!?]{0,100}\b(?:zugriff|zugang)"
        r" (?:auf|zu)\b",
        r"^with (?:a|your|our) free (?:account|registration|login)\b[^.!?]{0,60}\byou (?:get|have"
        r"|gain|can) (?:unlimited |full )?access\b",
    ),
    *rules(
        "account",
        160,
        r"^you can (?:manage (?:your )?saved articles|save this article by (?:registering|signing"
        r" (?:in|up)))\b",
        r"^(?:and )?save up to \d+ articles!?$",
        r"^(?:create an account|register) or (?:sign|log) in to (?:continue|keep) (?:with your"
        r" )?reading\b",
        r"^(?:register|sign up)\s?(?:/|or)\s?(?:sign|log) in to (?:unlock|read|continue)\b",
        # The login prompt of a wall or a comment form: "Already have an account? Sign in",
        # "Bereits registriert? Hier anmelden", "¿Ya tienes una cuenta? Inicia sesión", "Masz
        # już konto? Zaloguj się". The question alone or with its link.
        r"^(?:already have an account|(?:bereits|schon) registriert|sie haben (?:bereits|schon)"
        r" ein (?:konto|kundenkonto)|vous avez déjà un compte|¿ya tienes (?:una )?cuenta|hai già"
        r" un account|já tem (?:uma )?conta|heb je al een account|masz już konto)\s?\?(?:\s(?:hier"
        r" )?(?:anmelden|einloggen|sign in|log in|inicia sesión|connectez-vous|accedi|entre|faça"
        r" login|inloggen|zaloguj się))?[.!]?$",
    ),
]

WALLS: list[Rule] = [
    # Subscription walls: the wall's own text inside the article container. Before the
    # newsletter family, whose "subscribe" prefix would otherwise count them.
    *rules(
        "paywall",
        300,
        r"^to (?:view|read|continue reading|access) (?:the full|this|the rest of)"
        r" (?:story|article)\b",
        r"^(?:subscribe|sign up|register|log in) (?:now )?to (?:continue|read|unlock|keep reading)",
        r"^(?:log in|sign in) or (?:create an account|register|subscribe) to (?:continue|read)\b",
        r"^this (?:article|content|story) is (?:only )?(?:for|available (?:only )?to|exclusive to"
        r"|reserved for) (?:paying )?(?:subscribers|members)\b",
        r"^(?:already a (?:subscriber|member)|you(?: have|'ve|’ve) reached (?:your|the)"
        r" (?:free )?(?:article )?limit|unlock (?:this article|unlimited access))\b",
        r"^(?:diese[rs]?|der|das) (?:artikel|beitrag|inhalt|text) (?:ist )?(?:nur |exklusiv )?"
        r"(?:für|exklusiv für) (?:abonnent|abonnentinnen|abonnenten|plus-?kunden)",
        r"^(?:exklusiv für abonnenten|sie sind bereits abonnent|bereits abonnent"
        r"|jetzt (?:weiterlesen|lesen) mit|weiterlesen mit|mit (?:einem|dem) abo(?:nnement)?"
        r" weiterlesen|jetzt (?:abo|abonnement) abschließen)\b",
        r"^(?:pour (?:accéder|lire|continuer)|pour profiter) (?:en illimité|à la suite"
        r"|la suite|l'intégralité|cet article|de cet article)",
        r"^(?:cet article|ce contenu|la suite(?: de cet article)?) est réservée? aux abonnés\b",
        r"^(?:cet )?(?:article|contenu)(?: est)? réservé (?:aux|à nos) abonnés\b"
        r"|^vous avez atteint (?:la limite|le nombre maximum) d'articles",
        r"^(?:déjà abonné|il vous reste \d+(?:[.,]\d+)? ?% de cet article à lire|abonnez-vous pour"
        r" (?:lire|continuer))",
        r"^(?:este|esta|el|la) (?:artículo|contenido|noticia|información|nota) es (?:exclusiv[oa]"
        r" |solo |sólo )*para suscriptores\b",
        r"^(?:suscríbete|suscribete) (?:para|y) (?:seguir leyendo|continuar|leer|lee|sigue"
        r" leyendo)\b|^sigue leyendo con tu suscripción\b",
        r"^(?:¿ya eres suscriptor|contenido exclusivo para suscriptores"
        r"|hazte suscriptor|has (?:alcanzado|llegado al) (?:el )?límite de (?:artículos|noticias)"
        r"|artículo (?:exclusivo )?(?:solo |sólo )?para suscriptores)",
        r"^(?:questo )?(?:articolo|contenuto) (?:è )?riservato agli abbonati\b",
        r"^(?:abbonati per (?:continuare|leggere)|sei già abbonato"
        r"|(?:questo )?(?:articolo|contenuto) (?:è )?esclusivo per (?:gli )?abbonati"
        r"|hai raggiunto il (?:limite|numero massimo) di articoli"
        r"|continua a leggere con (?:l'|un |il tuo )?abbonamento)",
        r"^(?:(?:este|esta) )?(?:artigo|conteúdo|matéria|reportagem|notícia) (?:é )?exclusiv[oa]"
        r" para assinantes\b",
        r"^(?:assine para (?:continuar|ler)|já é assinante"
        r"|(?:você )?atingiu o limite de (?:artigos|matérias|notícias|reportagens|conteúdos))",
        r"^(?:dit )?(?:artikel|stuk) is (?:alleen |exclusief )?(?:voor|beschikbaar voor)"
        r" abonnees\b",
        r"^(?:word abonnee|al abonnee|lees verder met)\b",
        r"^(?:ten )?(?:artykuł|tekst) (?:jest )?dostępny (?:tylko |wyłącznie )?dla"
        r" (?:prenumeratorów|subskrybentów|abonentów)\b",
        r"^(?:zapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty)"
        r"|wykup (?:dostęp|subskrypcję|prenumeratę)|masz już (?:subskrypcję|prenumeratę))",
        r"^(?:ta )?treść (?:jest )?dostępna (?:tylko |wyłącznie )?dla (?:prenumeratorów"
        r"|subskrybentów|abonentów)\b",
    ),
    # The condition for reading on in Danish, Swedish and Norwegian, which may name the
    # papers the subscription covers: "For at læse denne artikel skal du have et digitalt
    # abonnement eller et abonnement på et af vores dagblade: ...", "För att läsa hela artikeln
    # behöver du vara prenumerant", "For å lese hele artikkelen må du være abonnent".
    *rules(
        "paywall",
        300,
        r"^(?:for at læse (?:denne|hele) artikel(?:en)? skal du (?:have|være|købe)\b[^!?]{0,40}"
        r"\babonn|för att läsa (?:denna|den här|hela) artikel(?:n)? (?:måste|behöver) du\b"
        r"[^!?]{0,40}\bprenumer|for å lese (?:denne|hele) artikkel(?:en)? må"
        r" du\b[^!?]{0,40}\babonn)",
    ),
    # The same walls in Swedish, Danish, Norwegian, Czech and Turkish, and the Polish and English
    # notes on the rest of the text ("Dalsza część artykułu dostępna dla subskrybentów",
    # "Pozostało 80% artykułu do przeczytania", "You've read all your free articles"); short,
    # so that the prefilters of the longer lines of prose need not try them.
    *rules(
        "paywall",
        160,
        r"^(?:(?:denna|den här) artikel(?:n)? är (?:endast |bara )?"
        r"för prenumeranter|denne artik(?:el|kelen) er (?:kun"
        r"|forbeholdt) (?:for )?abonnenter|(?:tento )?článek je (?:dostupný )?(?:pouze|jen) pro"
        r" předplatitele|(?:jste již|už jste) předplatitel|bu (?:içerik|haber|makale) (?:sadece"
        r"|yalnızca) abonelere (?:özel|açık))",
        r"^(?:dalsza część (?:artykułu|tekstu) (?:jest )?dostępna (?:tylko |wyłącznie )?dla"
        r" (?:prenumeratorów|subskrybentów|abonentów)|(?:artykuł|tekst|treść) (?:jest )?dostępn[ya]"
        r" w ramach (?:subskrypcji|prenumeraty|abonamentu)|pozostało \d+(?:[.,]\d+)? ?%"
        r" (?:artykułu|tekstu) do przeczytania|czytaj dalej z (?:subskrypcją|prenumeratą"
        r"|abonamentem))\b",
        # "To continue reading, please subscribe", "You've read all your free articles".
        r"^(?:to continue reading,? (?:please )?(?:subscribe|log in|sign in|register)"
        r"|you(?: have|'ve|’ve) (?:read|used) (?:all )?(?:of )?your (?:\d+ )?free articles)\b",
        # And the wall's labels, its question to subscribers and its condition for reading on
        # in Croatian and Serbian (both scripts) and Catalan, with the forms the other rules of
        # the family miss for the Nordic languages, Czech, Slovak, Romanian, Hungarian,
        # Turkish, Russian, Ukrainian, Greek, Indonesian, Korean, Chinese and Arabic: "Ovaj
        # članak dostupan je samo pretplatnicima", "Već ste pretplatnik? Prijavite se", "Ja
        # ets subscriptor? Inicia sessió", "Máte předplatné? Přihlaste se", "Оформите
        # подписку, чтобы прочитать статью полностью", "Είστε ήδη συνδρομητής; Συνδεθείτε",
        # "订阅后继续阅读". The whole line: a report on a paper's subscribers goes on to say more.
        r"^(?:(?:ovaj |ovaj je )?(?:članak|tekst|sadržaj) (?:je )?dostupan (?:je )?(?:samo"
        r"|isključivo) (?:za )?pretplatnic(?:ima|e)|(?:овај )?(?:чланак|текст|садржај) (?:је )?"
        r"доступан (?:је )?(?:само|искључиво) (?:за )?претплатниц(?:има|е)"
        r"|(?:već ste|jeste li) pretplatnik\s?\?(?: prijavite se)?|већ сте претплатник\s?\?"
        r"(?: пријавите се)?|pretplatite se (?:i čitajte dalje|za nastavak čitanja)"
        r"|(?:aquest )?(?:article|contingut) (?:és )?exclusiu per a(?:ls)? subscriptors"
        r"|ja ets subscriptor\s?\?(?: inicia sessió)?|subscriu-te per (?:continuar|seguir)"
        r" llegint"
        r"|(?:den här |denna )?artikel(?:n)? är låst|køb (?:et )?abonnement og læs videre"
        r"|kjøp (?:et )?abonnement (?:for å|og) lese videre|tilaa ja lue (?:koko )?juttu"
        r"|(?:artikkeli|juttu) on (?:tarkoitettu )?(?:vain )?tilaajille|(?:vain )?tilaajille"
        r"|(?:jste|jste již|už jste) předplatitel\s?\?(?: přihlaste se)?|máte předplatné\s?\?"
        r"(?: přihlaste se)?|celý článek si (?:můžete )?(?:přečíst|přečtete) s předplatným"
        r"|(?:ste|už ste) predplatiteľ\s?\?(?: prihláste sa)?|máte predplatné\s?\?"
        r"(?: prihláste sa)?|celý článok si (?:môžete )?prečíta(?:ť|te) s predplatným"
        r"|abonează-te pentru a citi (?:tot |întregul |restul )?articol(?:ul|ului)?(?: complet)?"
        r"|fizessen elő a (?:teljes )?cikk (?:el)?olvasásához"
        r"|a cikk teljes terjedelmében (?:csak )?előfizetőink számára (?:érhető el|olvasható)"
        r"|haberin devamını okumak için abone olun"
        r"|оформите подписку,? чтобы (?:(?:прочитать|читать) (?:статью|материал|текст)(?: полностью"
        r"| целиком)?|продолжить чтение|читать дальше)"
        r"|полная версия (?:статьи|материала) доступна (?:только )?подписчикам"
        r"|чтобы (?:читать|прочитать) (?:дальше|статью полностью|материал полностью),? оформите"
        r" подписку|оформіть (?:передплату|підписку),? щоб (?:читати далі|прочитати (?:статтю"
        r"|матеріал)(?: повністю)?|продовжити читання)"
        r"|(?:вже )?маєте (?:передплату|підписку)\s?\?(?: увійдіть)?"
        + el(
            r"|το (?:άρθρο|περιεχόμενο) (?:είναι )?διαθέσιμο μόνο (?:για|στους) συνδρομητές"
            r"|είστε ήδη συνδρομητής\s?[;;?](?: συνδεθείτε)?|γίνετε συνδρομητής για να"
            r" συνεχίσετε (?:την ανάγνωση|να διαβάζετε)"
        )
        + r"|sudah berlangganan\s?\?(?: masuk)?|konten ini khusus (?:untuk )?pelanggan"
        r"|구독하고 계속 읽기|订阅后继续阅读|訂閱後繼續閱讀|此内容仅限订户阅读"
        r"|اشترك لمتابعة القراءة"
        r"|مشترك بالفعل\s?[؟?](?: سجل الدخول)?)[.!]?$",
    ),
    # The wall's label alone: "Subscribers only", "Nur für Abonnenten", "Réservé aux abonnés",
    # "Solo para suscriptores", "Solo per abbonati", "Exclusivo para assinantes", "Alleen voor
    # abonnees", "Tylko dla prenumeratorów", "Já sou assinante". The whole line: "Solo para
    # suscriptores del club, el estadio ..." is a sentence.
    *rules(
        "paywall",
        60,
        r"^(?:(?:for )?(?:paid )?subscribers only|(?:nur|exklusiv) für abonnent(?:en|innen)"
        r"|réservée? (?:aux|à nos) abonnés|(?:exclusivo )?(?:solo|sólo) para suscriptores"
        r"|(?:solo|riservato|esclusivo) (?:per gli|agli|per) abbonati"
        r"|exclusivo (?:para )?assinantes|já sou assinante|alleen voor abonnees"
        r"|(?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów|abonentów)"
        r"|(?:endast|bara) för prenumeranter|kun for abonnenter|(?:pouze|jen) pro předplatitele"
        r"|(?:sadece|yalnızca) abonelere (?:özel|açık)"
        # More of the same labels, and the wall's buttons and trial offers: "Subscriber-only
        # content", "Exclusief voor abonnees", "Artikel freischalten", "Jetzt 4 Wochen gratis
        # testen", "Start your free trial", "Sblocca l'articolo", "Assine já", "Log in of word
        # abonnee", "Kup subskrypcję", "Zostań subskrybentem".
        r"|subscriber[- ]only(?: content| article| story)?|exclusive (?:for|to) subscribers"
        r"|exclusief voor abonnees|(?:artykuł|tekst|treść) (?:tylko|wyłącznie) dla"
        r" (?:prenumeratorów|subskrybentów|abonentów)|(?:(?:diesen |den )?artikel|jetzt)"
        r" freischalten|(?:jetzt )?abo abschließen|jetzt (?:\S+ ){0,3}(?:gratis|kostenlos|für"
        r" [\d,.]+ ?€) testen|start your free trial|sblocca (?:l'articolo|questo articolo)"
        r"|assine (?:já|agora)|seja assinante|neem (?:nu )?een abonnement|word nu abonnee|log in"
        r" of word abonnee|dit is een (?:premium|plus)[- ]?artikel|kup (?:subskrypcję|dostęp"
        r"|prenumeratę)|zostań (?:subskrybentem|prenumeratorem)|(?:sign|log) in to read(?: more"
        r"| on| the (?:full )?(?:article|story))?|become an? (?:member|subscriber) to read)[.!?]?$",
        # The wall's question to subscribers, alone or with its login link: "Schon Abonnent?
        # Hier anmelden", "Già abbonato? Accedi", "Heb je al een abonnement? Log in". A
        # question the text asks goes on: "Heb je al een abonnement? Dan krijg je korting".
        r"^(?:schon abonnent|sie haben bereits ein (?:[\w-]+-)?(?:abo|abonnement)|già abbonato"
        r"|hai già un abbonamento|heb je al een abonnement|heeft u al een abonnement|ben je al"
        r" abonnee|vous êtes (?:déjà )?abonnée?|already subscribed|¿ya estás suscrit[oa]"
        r"|(?:är du )?redan prenumerant|(?:er du )?allerede abonnent|zaten abone misiniz)"
        r"\s?\?(?:\s(?:hier |jetzt )?(?:anmelden|einloggen|login)|\s(?:accedi|log in|sign in"
        r"|inloggen|logga in|log ind|logg inn|giriş yap(?:ın)?|connectez-vous|inicia sesión))?$"
        r"|^ya soy suscriptor[.!]?$",
    ),
    # "Please log in or subscribe to continue reading", "Vous devez être abonné pour lire la
    # suite", "Para seguir leyendo, suscríbete": the condition for reading on, in each
    # language. Short, and naming the subscription or the account: "Para seguir leyendo el
    # informe, los diputados ..." is a sentence.
    *rules(
        "paywall",
        160,
        r"^(?=.*?(?:subscri|suscri|suscrí|abonn|\babo\b|melde|abbon|assin|prenumer|subskryp"
        r"|registr|regístr|log in|sign in|inlog|zaloguj|anmeld|account|cuenta|conta\b|konto|member"
        r"|membre|connect|identif|sesión|sessão|accedi|login|cadastr|logga in|log ind|logg inn"
        r"|přihlas|předplat|abone|giriş))(?:"
        + one(
            r"^(?:please )?(?:log in|sign in|subscribe|register)(?: or (?:log in|sign in"
            r"|subscribe|register|create an account))? to (?:continue reading|read (?:more"
            r"|the full|on))\b",
            r"^continue reading with (?:a|an|your) (?:[\w+-]+ )?(?:subscription|membership"
            r"|account)\b",
            r"^vous devez être (?:abonnée?s?|inscrite?s?|connectée?s?) pour (?:lire|accéder"
            r"|continuer)\b",
            r"^(?:para (?:seguir|continuar) leyendo|debes ser suscriptor)\b",
            r"^per (?:continuare a leggere|leggere (?:l'articolo|tutto|il resto))\b",
            r"^para (?:continuar (?:lendo|a ler)|ler (?:a matéria|o artigo|esta matéria))\b",
            r"^om (?:verder te lezen|dit artikel (?:te lezen|verder te lezen))\b",
            r"^(?:aby|żeby) (?:czytać dalej|przeczytać (?:cały )?(?:artykuł|tekst))\b",
            r"^um (?:weiterzulesen|(?:den|diesen) (?:ganzen |vollständigen )?(?:artikel|beitrag"
            r"|text) (?:weiter |vollständig |ganz )?zu lesen)\b",
            r"^(?:create an? (?:free )?account|become an? (?:member|subscriber)) to (?:continue"
            r" reading|keep reading|read (?:more|the full|on|this))\b",
            r"^(?:connectez-vous|identifiez-vous) pour (?:lire|continuer à lire|accéder à)"
            r" (?:la suite|cet article|l'article|l'intégralité)\b",
            r"^(?:inicia sesión|regístrate|registrate) para (?:seguir|continuar) leyendo\b",
            r"^(?:accedi|registrati) per (?:continuare a leggere|leggere (?:l'articolo|tutto))\b",
            r"^(?:faça login|inicie sessão|entre|cadastre-se|registe-se) para (?:continuar (?:lendo"
            r"|a ler)|ler (?:a matéria|o artigo|esta matéria))\b",
            r"^(?:log in|meld je aan|neem een abonnement|word abonnee) om (?:verder te lezen|dit"
            r" artikel (?:te lezen|verder te lezen)|het hele artikel te lezen)\b",
            r"^zaloguj się,? (?:aby|by|żeby) (?:czytać dalej|przeczytać|kontynuować)\b",
            # "Logga in för att läsa vidare", "Log ind for at læse hele artiklen", "Pro
            # pokračování ve čtení se přihlaste", "Okumaya devam etmek için abone olun".
            r"^(?:(?:logga in|bli prenumerant) )?för att (?:läsa vidare|fortsätta läsa|läsa hela"
            r" artikeln)\b|^(?:log ind )?for at (?:læse videre|læse hele artiklen)\b|^(?:logg inn"
            r" )?for å (?:lese videre|lese hele saken)\b|^pro (?:pokračování ve čtení|přečtení"
            r" celého článku)\b|^(?:haberin devamını )?okumaya devam etmek için\b",
        )
        + ")",
    ),
    # Japanese papers' wall pitch: "有料会員になると会員限定の有料記事もお読みいただけます。"
    # (paid members can read members-only articles), "有料記事読み放題" (read all paid
    # articles), "会員登録で続きを読めます". A wall word and a reading or sign-up word, short.
    *rules(
        "paywall",
        120,
        r"(?:有料会員|有料記事|会員限定|有料プラン|無料会員登録).*?(?:読|登録|キャンペーン|こちら)"
        r"|(?:読|登録|キャンペーン|こちら).*?(?:有料会員|有料記事|会員限定|有料プラン)",
        needles=("有料", "会員"),
    ),
]

APPEALS: list[Rule] = [
    # Appeals to pay for or donate to the publication, set under or inside the article: "Hat
    # Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns ...", "Support independent
    # journalism", "Enjoying our latest content? Log in ...".
    *rules(
        "support",
        300,
        one(
            r"^(?:hat ihnen (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen"
            r"|(?:did you )?(?:like|enjoy)(?:ed|ing)? (?:this|our)(?: latest)? (?:article|story"
            r"|content|journalism)\b"
            r"|(?:cet|cet article) vous a plu|vous avez aimé cet article"
            r"|¿te ha gustado (?:este|el) (?:artículo|contenido)"
            r"|ti è piaciuto (?:questo|l')\s?articolo"
            r"|gostou (?:deste|do) (?:artigo|conteúdo)|vond je dit (?:artikel|stuk) (?:goed|leuk)"
            r"|podobał (?:ci|wam|się) (?:się )?(?:ten )?(?:artykuł|tekst))",
            # The same question of the paper or its work: "Gefällt Ihnen die PAZ?", "Like what
            # you're reading?", "Vous aimez notre travail ?". The paper by its letters or as
            # "unsere Zeitung": "Gefällt Ihnen der neue Golf?" asks of a thing in the story.
            r"^(?:gefällt|gefallen) (?:ihnen|dir|euch) (?:unser(?:e|)\s\w+|(?:die |der |das )?"
            r"(?-i:[A-ZÄÖÜ]{2,}[\w.-]*))\s?\?$"
            r"|^(?:like|love|enjoy|enjoying|appreciate) (?:what you(?:['’]re| are)?"
            r" (?:reading|read)|our (?:work|journalism|reporting))\b"
            r"|^vous aimez (?:ce que vous lisez|notre (?:travail|journalisme))\b"
            r"|^¿?te gusta (?:lo que lees|nuestro (?:trabajo|periodismo))\b"
            r"|^ti piace (?:quello che leggi|il nostro (?:lavoro|giornalismo))\b"
            r"|^gosta (?:do que lê|do nosso (?:trabalho|jornalismo))\b"
            r"|^(?:waardeer je|waardeert u) (?:ons werk|onze journalistiek)\b"
            r"|^podoba (?:ci|wam) się (?:nasza praca|nasze dziennikarstwo)\b",
            # The appeal's object ends the sentence or is followed by how to pay: "Unterstützen Sie
            # uns nicht, sagte ..." is a quote.
            r"^(?:bitte |dann )?(?:unterstützen sie|unterstütze) (?:uns|unsere arbeit|unabhängigen"
            r" journalismus|den journalismus)(?:[!.:,]|\s(?:bitte|jetzt|mit|als|dabei|noch heute"
            r"|finanziell|gerne?)\b|$)",
            r"^(?:please )?(?:support|invest in|help (?:us )?fund) (?:us|our (?:work|journalism)"
            r"|independent journalism|quality journalism|journalism)(?:[!.:,]|\s(?:today|now|with"
            r"|by|for (?:as little|just|only))\b|$)",
            r"^(?:soutenez|soutenir) (?:notre|le) (?:journalisme|travail|rédaction)\b",
            r"^(?:apoya|apoye) (?:nuestro|el) (?:periodismo|trabajo)\b",
            r"^(?:sostieni|sostenete) (?:il nostro|il|l'informazione) ?(?:giornalismo|lavoro)?\b",
            r"^(?:apoie|apoia) o (?:nosso )?(?:jornalismo|trabalho)\b",
            r"^(?:steun|ondersteun) (?:ons|onze journalistiek|onafhankelijke journalistiek)\b",
            r"^(?:wesprzyj|wspieraj) (?:nas|nasze dziennikarstwo|niezależne dziennikarstwo)\b",
            r"^(?:wir sind|this site is|we are|(?:[\w.-]+\s){1,3}(?:ist|is|est|es|è|é|jest))"
            r" (?:spenden|leser|reader|donor|member)[\w-]*"
            r" ?(?:finanziert|funded|supported)\b",
        ),
    ),
    # The subscription's promise anywhere in a pitch that opens with the site's history:
    # "Depuis 1989 ..., Example se développe ... En vous abonnant vous soutenez une manière de
    # voir ..." (dev half A, round 41). Said to the reader as they subscribe; a report on
    # subscriptions speaks of subscribers.
    *rules(
        "support",
        800,
        r"^(?=.*?\b(?:en vous abonnant,? vous (?:soutenez|nous aidez|contribuez)"
        r"|by subscribing,? you(?:['’]re| are)? (?:support|help)"
        r"|mit (?:einem|ihrem) abo(?:nnement)? unterstützen sie|al suscribirte,? (?:apoyas|ayudas)"
        r"|abbonandoti,? (?:sostieni|aiuti)"
        r"|ao assinar,? (?:você )?(?:apoia|ajuda)|met een abonnement steun je"
        r"|(?:kupując|wykupując) (?:prenumeratę|subskrypcję),? (?:wspierasz|pomagasz))\b)",
        needles=(
            "en vous abonnant",
            "by subscribing",
            "mit einem abo",
            "mit ihrem abo",
            "al suscribirte",
            "abbonandoti",
            "ao assinar",
            "met een abonnement",
            "prenumerat",
            "subskrypcj",
        ),
    ),
    # A price for journalism: "Get in-depth reporting for only N$85 a month. Invest in
    # journalism ..." (a price alone is prose: "the plan costs $7 a month").
    *rules(
        "support",
        300,
        r"^(?=.*?\b(?:for (?:only|just) \S{1,12} (?:a|per) (?:month|week|year)"
        r"|für (?:nur )?\S{1,12} (?:im|pro) (?:monat|woche|jahr)"
        r"|pour (?:seulement )?\S{1,12} par mois"
        r"|por (?:solo |sólo |apenas )?\S{1,12} al mes|per (?:solo )?\S{1,12} al mese"
        r"|por (?:apenas |só )?\S{1,12} por mês|voor (?:maar |slechts )?\S{1,12} per maand"
        r"|za (?:jedyne )?\S{1,12} (?:miesięcznie|na miesiąc))\b)"
        r"(?=.*?\b(?:journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo"
        r"|journalistiek|dziennikarstw))",
        needles=("journalis", "periodismo", "giornalismo", "jornalismo", "dziennikarstw"),
    ),
]

PRICE_PITCH: list[Rule] = [
    # A subscription's price pitch: "Get unlimited access for just $1 a week", "Subscribe now
    # for only 4.99 per month". An imperative opens it and a price closes it: a report on a
    # service's prices says who charges them ("Strava's family plan costs ...").
    *rules(
        "paywall",
        160,
        r"^(?:get|enjoy|unlock|start|try|subscribe|sign up)\b[^.!?]{0,60}\b(?:access|subscription"
        r"|subscribe|digital|premium)\b[^!?]{0,60}\b(?:for (?:just|only)|starting at(?: just)?"
        r"|from (?:just|only))\s?[^\s]{0,4}\d[^!?]{0,40}$",
        r"^(?:jetzt |hier )?(?:abonnieren|abonnement|abo|testen|weiterlesen|lesen)\b[^.!?]{0,60}"
        r"\bfür (?:nur|nur noch|lediglich) [\d,.]+\s?(?:€|euro)\b[^!?]{0,40}$",
        r"^(?:abonnez-vous|suscríbete|suscribite|abbonati|assine|abonneer|subskrybuj)\b"
        r"[^.!?]{0,60}\b(?:pour|por|a|per|voor|za)\s(?:seulement |solo |sólo |apenas |soli |maar"
        r" |jedyne )?(?:r?\$\s?)?\d[\d,.]*\s?(?:€|euros?|\$|zł)?[^!?]{0,40}$",
    ),
]

SUBSCRIBER_REGISTER: list[Rule] = [
    *rules(
        "paywall",
        160,
        # "Subscribed to The Week? Register your account with the same email ..."
        r"^(?:already )?subscribed to [^?]{1,40}\? (?:register|log in(?:to)?|sign in(?:to)?"
        r"|activate) (?:your|an?) (?:account|subscription)\b",
    ),
    *rules(
        "support",
        120,
        # "We need your help to stay independent", "Wir brauchen Ihre Unterstützung".
        r"^(?:we need your (?:help|support)|wir brauchen (?:ihre|deine) (?:hilfe|unterstützung)"
        r"|nous avons besoin de (?:votre|ton) (?:aide|soutien)|necesitamos (?:tu|su) (?:ayuda"
        r"|apoyo)|abbiamo bisogno del (?:tuo|vostro) (?:aiuto|sostegno)|precisamos d[ao] (?:sua"
        r"|seu) (?:ajuda|apoio)|we hebben je (?:hulp|steun) nodig|potrzebujemy (?:twojego"
        r"|waszego) wsparcia)\b[^.!?]{0,60}[.!]?$",
    ),
    # The plea to give, and what the gift pays for, ending the story's last paragraph: "If you
    # found the reporting above valuable, please consider making a donation to support it. Your
    # gift pays for ..." (datesB tune). The plea's sentence holds no comma after the call and no
    # quote: "Please consider donating, the charity said." stays.
    *rules(
        "support",
        300,
        r"^(?:(?:if|when) you (?:found|find|enjoyed|enjoy|value|valued|liked|like|appreciate"
        r"|appreciated) [^.!?]{1,60}?,? (?:please )?|please )consider (?:making a (?:small )?"
        r"(?:donation|contribution|gift)|a (?:small )?(?:donation|contribution)|donating"
        r"|supporting (?:us|our|it|this|independent)|becoming an? (?:member|supporter|patron"
        r"|donor))\b[^,;\"“”«»„.!?]{0,80}(?:[.!]?$|[.!]\s[^\"“”«»„]{1,200}$)",
    ),
    # The appeal's call to give, to join or to buy the issue, opening a short line whose tail
    # names only what the gift is for: "Jetzt spenden!", "Faites un don",
    # "Plus, don't miss the November issue of Example magazine." (datesB tune). A comma or a
    # quote after the call is reported speech ("Donate now, he urged.") and stays.
    *rules(
        "support",
        160,
        # The call to give, which may name what the gift is for.
        r"^(?:please |bitte )?(?:(?:donate|give) (?:now|today)|make a (?:donation|contribution)"
        r"|(?:jetzt|bitte) spenden|spenden sie(?: jetzt)?|(?:faites|faire) un don"
        r"|(?:haz|haga) una donación|dona ahora|(?:fai|fate) una donazione|dona ora"
        r"|(?:faça|faz) uma doação|doe agora|doneer (?:nu|vandaag)|(?:przekaż|wpłać) darowiznę)"
        r"(?=[\s.!:]|$)[^,;\"“”«»„]{0,80}[.!]?$",
        # The call to join, alone on its line: "Become a member", "Hazte socio".
        r"^(?:become an? (?:member|supporter|patron|donor)"
        r"|werden sie (?:mitglied|unterstützer(?:in)?|fördermitglied)|(?:jetzt )?spenden"
        r"|devenez (?:membre|donateur|donatrice)"
        r"|hazte (?:socio|socia|miembro|mecenas)|diventa (?:socio|sostenitore|sostenitrice)"
        r"|torne-se (?:membro|apoiador|apoiadora)|seja (?:sócio|apoiador|apoiadora)"
        r"|word (?:lid|donateur)|zostań (?:patronem|darczyńcą|członkiem))"
        r"(?: (?:now|today|jetzt|heute|maintenant|hoy|ora|oggi|agora|hoje|nu|vandaag|teraz))?"
        r"\s?[.!]?$",
        # The call to buy or not to miss the publication's issue: "Grab a copy of this month's
        # issue", "Jetzt die neue Ausgabe bestellen", "Achetez le numéro de novembre".
        r"^(?:plus,? |and |also,? )?(?:don['’]t miss|do not miss|pick up|grab|buy|order|get)"
        r" (?:a copy of |your copy of )?(?:the|our|this|this month['’]s|the latest)"
        r" (?:[\w'’-]+ ){0,3}(?:issue|edition)\b[^,;\"“”]{0,80}[.!]?$",
        r"^(?:jetzt )?(?:die|unsere) (?:neue|aktuelle) (?:ausgabe|heft) (?:bestellen|kaufen"
        r"|sichern)\b[^,;]{0,60}[.!]?$"
        r"|^(?:achetez|commandez|procurez-vous) (?:le|ce|notre) (?:numéro|magazine)\b[^,;]{0,60}"
        r"[.!]?$"
        r"|^(?:compra|consigue) (?:el|este|nuestro) número\b[^,;]{0,60}[.!]?$"
        r"|^(?:acquista|compra) (?:il|questo|il nuovo) numero\b[^,;]{0,60}[.!]?$"
        r"|^(?:compre|garanta) (?:a|esta|a nova) edição\b[^,;]{0,60}[.!]?$"
        r"|^(?:koop|bestel) (?:het|dit|het nieuwe) nummer\b[^,;]{0,60}[.!]?$"
        r"|^kup (?:najnowszy|nowy|ten) numer\b[^,;]{0,60}[.!]?$",
    ),
    # The box's question of how much the reader reads of the site, over the appeal: "Quantas
    # matérias por dia você lê da Example?" (datesB tune), "How many articles do you read a
    # week?". Put to the reader, alone on its line.
    *rules(
        "support",
        100,
        r"^¿?(?:how many (?:articles|stories) (?:do you|have you) read|wie viele (?:artikel"
        r"|beiträge) (?:lesen sie|liest du|haben sie[^?]{0,30} gelesen)|combien d['’]articles"
        r" (?:lisez-vous|avez-vous lus?)|cuántos (?:artículos|reportajes) (?:lees|has leído)"
        r"|quanti articoli (?:leggi|hai letto)|quant[ao]s (?:matérias|notícias|reportagens"
        r"|artigos|textos)\b[^?]{0,30}\b(?:você lê|lê|leu)|hoeveel artikelen (?:lees je|leest u"
        r"|heb je gelezen)|ile artykułów (?:czytasz|przeczytał))\b[^?.!]{0,50}\?$",
    ),
]

MORE_LANGUAGES: list[Rule] = [
    # Subscription walls: labels, notices and buttons, each alone on its line ("Vain
    # tilaajille", "Bli prenumerant", "Только для подписчиков", "この記事は有料会員限定です",
    # "للمشتركين فقط", "Khusus pelanggan").
    *rules(
        "paywall",
        120,
        r"^(?:(?:tämä )?(?:artikkeli|juttu|sisältö) on (?:vain|ainoastaan) tilaajille|vain"
        r" tilaajille|oletko jo tilaaja\?(?: kirjaudu(?: sisään)?)?|tilaa ja lue|ryhdy"
        r" tilaajaksi|jatka lukemista tilaamalla|kirjaudu sisään (?:lukeaksesi|jatkaaksesi"
        r" lukemista)|bli prenumerant|prenumerera för att (?:läsa|fortsätta läsa)(?: vidare"
        r"| hela artikeln)?|bliv abonnent|køb (?:et )?abonnement|bli abonnent|kjøp abonnement"
        r"|staňte se předplatitelem|předplaťte si|kupte si předplatné|(?:tento )?(?:článok|obsah)"
        r" je (?:dostupný )?(?:len|iba) pre predplatiteľov|(?:len|iba) pre predplatiteľov|staňte"
        r" sa predplatiteľom|ste predplatiteľ\?(?: prihláste sa)?|predplaťte si|kúpte si"
        r" predplatné|(?:ez a )?(?:cikk|tartalom) (?:csak|kizárólag) előfizetőknek(?: érhető el"
        r"| szól)?|(?:csak|kizárólag) előfizetőknek|már előfizető\?(?: (?:jelentkezzen|lépjen)"
        r" be)?|fizessen elő|legyen előfizető|(?:acest )?(?:articol|conținut|conţinut) (?:este )?"
        r"disponibil (?:doar|numai|exclusiv) pentru abona[țţ]i|(?:doar|numai|exclusiv) pentru"
        r" abona[țţ]i|e[șş]ti deja abonat\?(?: autentific[ăa]-te| conecteaz[ăa]-te)?"
        r"|aboneaz[ăa]-te pentru a citi(?: mai departe| tot articolul| articolul)?|devino abonat"
        r"|(?:этот |данный )?(?:материал|контент|текст) доступ(?:ен|на) только"
        r" (?:для )?подписчик(?:ам|ов)|(?:эта )?статья доступна только (?:для )?подписчик(?:ам"
        r"|ов)|только для подписчиков|уже (?:подписаны|подписчик|есть подписка)\?(?: войти"
        r"| войдите)?|оформите подписку,? чтобы (?:читать|прочитать|продолжить чтение)(?: дальше"
        r"| далее| полностью| материал| статью)?|оформить подписку|(?:цей )?(?:матеріал|контент"
        r"|текст) доступний (?:лише|тільки) (?:для )?передплатник(?:ам|ів)|(?:лише|тільки) для"
        r" передплатників|оформ(?:іть|ити) передплату"
        + el(
            r"|(?:αυτό το )?(?:άρθρο|περιεχόμενο) (?:είναι )?(?:μόνο|αποκλειστικά) για"
            r" συνδρομητές|(?:μόνο|αποκλειστικά) για συνδρομητές|γίν(?:ετε|ε) συνδρομητής"
        )
        + r"|この記事は(?:有料)?(?:会員|読者)限定(?:記事)?です"
        r"|残り\d+文字(?:[（(]全文\d+文字[）)])?"
        r"|이 기사는 (?:유료 )?(?:구독자|회원) 전용(?: 기사)?입니다|(?:유료 )?(?:구독자|회원) 전용"
        r"(?: 기사| 콘텐츠)?|本文(?:为|為)(?:付费|付費)(?:内容|內容)"
        r"|(?:订阅|訂閱)(?:后|後)?(?:即可)?"
        r"(?:阅读|閱讀)全文|付费(?:内容|阅读)|付費(?:內容|閱讀)|(?:هذا )?(?:المحتوى|المقال)"
        r" (?:متاح )?للمشتركين فقط|للمشتركين فقط|(?:artikel|konten) ini (?:khusus|hanya) untuk"
        r" (?:pelanggan|member|anggota)(?: premium)?|khusus (?:pelanggan|member)(?: premium)?"
        r"|berlangganan untuk membaca(?: selengkapnya| artikel ini)?|(?:nội dung|bài viết)"
        r" (?:này )?(?:chỉ )?dành (?:riêng )?cho (?:hội viên|thành viên|người đăng ký))[.!。]?$",
    ),
]

PLANS_AND_TRIALS: list[Rule] = [
    # A wall's plan picker, alone on its line: "Choose the plan that's right for you.",
    # "Wählen Sie Ihr passendes Abo", "Choisissez l'offre qui vous convient".
    *rules(
        "paywall",
        80,
        r"^(?:(?:choose|pick|select|find) (?:the|a|your) (?:plan|subscription|offer|package)"
        r"(?: (?:that(?:'s| is|’s) right|that suits|that works|best) for you)?"
        r"|(?:wählen sie|wähle) (?:ihr|dein|das) (?:passende[sn]? |richtige[sn]? )?(?:abo"
        r"|abonnement|angebot)(?: für sich)?"
        r"|choisissez (?:l'offre|la formule|votre (?:offre|formule|abonnement))(?: qui vous"
        r" convient)?|elige (?:el plan|la suscripción|tu plan)(?: que (?:más )?te convenga| ideal"
        r" para ti)?|scegli (?:il piano|l'abbonamento|la tua offerta)(?: (?:giusto|adatto|più"
        r" adatto) (?:per|a) te)?|escolha (?:o (?:plano|pacote)|a assinatura)(?: ideal| certo)?"
        r"(?: para (?:você|si))?|kies (?:het|je) abonnement(?: dat bij (?:je|u) past)?|wybierz"
        r" (?:plan|pakiet|subskrypcję)(?: dla siebie)?)\s?[.!:]?$",
    ),
    # The print subscriber told that the site's digital access comes with the paper: "If you
    # are a Home delivery print subscriber, unlimited online access is included in your
    # subscription. Activate your Online Access Now". A report on a paper's offer speaks of
    # its subscribers, not to "you".
    *rules(
        "paywall",
        300,
        r"^(?:if you(?:'re| are) an? (?:home[- ]delivery )?(?:print |newspaper |paper )?"
        r"subscriber,? (?:your )?(?:unlimited |full )?(?:online|digital) access is included"
        r"|(?:als|wenn sie) (?:print-?|zeitungs-?)?abonnent(?:in)?(?: sind)?,? (?:ist )?"
        r"(?:ihr )?(?:unbegrenzter |voller )?(?:online-?|digital-?)zugang (?:bereits )?"
        r"(?:inklusive|inbegriffen|enthalten)"
        r"|si vous êtes abonnée? (?:à l'édition papier|au journal papier|papier),? (?:votre |l')"
        r"accès (?:numérique|en ligne|illimité)(?: illimité)? est inclus"
        r"|si eres suscriptor (?:de la edición impresa|del periódico impreso|en papel),?"
        r" (?:el|tu) acceso (?:digital|en línea|online)(?: ilimitado)? está incluido"
        r"|se sei (?:già )?abbonato (?:all'edizione cartacea|al cartaceo),? l'accesso"
        r" (?:digitale|online)(?: illimitato)? è incluso"
        r"|se (?:é|és|você é) assinante (?:da edição impressa|do jornal impresso|em papel),?"
        r" o acesso (?:digital|online)(?: ilimitado)? está incluído"
        r"|als (?:u|je) (?:papieren |print)?abonnee bent,? is (?:uw|je) (?:digitale|online)"
        r" toegang (?:inbegrepen|inclusief)"
        r"|jeśli jesteś prenumeratorem (?:wydania papierowego|gazety drukowanej),? dostęp"
        r" (?:cyfrowy|online) jest (?:wliczony|w cenie))\b",
    ),
    # A subscriber asked to register, and a trial of the site's premium offer: "Sie sind
    # Abonnent, haben sich aber noch nie registriert", "Try Example Premium for FREE by clicking
    # here for no ads ...". The question or the offer ends the line.
    *rules(
        "paywall",
        200,
        r"^¿?(?:sie sind (?:bereits )?abonnent(?:in)?,? haben sich aber noch (?:nie|nicht)"
        r" registriert|(?:you(?:'re| are) (?:already )?a subscriber|already a subscriber),? but"
        r" (?:have(?:n't| not) (?:yet )?registered|(?:have )?never registered|(?:don't|do not)"
        r" have an account)(?: yet)?|vous êtes (?:déjà )?abonnée?,? mais (?:vous )?n'avez (?:pas"
        r" encore|jamais) (?:de compte|créé (?:de|votre) compte|activé votre compte)|(?:ya )?eres"
        r" suscriptor,? pero (?:aún |todavía )?no (?:te has registrado|tienes cuenta)|(?:sei )?"
        r"(?:già )?abbonato,? ma non (?:ti sei )?(?:ancora )?registrato|(?:já )?és? assinante,?"
        r" mas (?:ainda )?não (?:se )?(?:registrou|registou|tem (?:uma )?conta)|(?:je bent|u bent)"
        r" (?:al )?abonnee,? maar (?:nog )?niet geregistreerd|jesteś (?:już )?prenumeratorem,? ale"
        r" (?:jeszcze )?nie (?:masz konta|zarejestrowałeś się))\s?[?.!]?$",
        r"^(?:try|essayez|prueba|prova|experimente|probeer|wypróbuj|testen sie) [^.!?,;]{1,30}"
        r" (?:premium|plus|pro|digital|digitaal|numérique|digitale|cyfrow[ya])(?: for free"
        r"| gratuitement| gratis| grátis| gratuitamente| za darmo| bezpłatnie| kostenlos)"
        r"(?: (?:by clicking here|en cliquant ici|haciendo clic aquí|cliccando qui|clicando aqui"
        r"|door hier te klikken|klikając tutaj|hier klicken)\b[^!?]{0,100})?[.!]?$",
    ),
]

DONATION_TITLE: list[Rule] = [
    # A donation pitch's title: "Help keep Example independent", "Helfen Sie, die Zeitung
    # unabhängig zu halten", "Aidez-nous à rester indépendants". The name ends the line.
    *rules(
        "support",
        80,
        r"^(?:help (?:us )?(?:keep )?[^.!?,;]{1,30} independent|helfen sie(?: uns)?,?"
        r" [^.!?,;]{1,30} unabhängig zu (?:halten|bleiben)|aidez(?:-nous)? [^.!?,;]{0,30}à rester"
        r" indépendante?s?"
        r"|ayúd(?:anos|a) a (?:mantener )?[^.!?,;]{1,30} independientes?|aiuta(?:ci)?"
        r" [^.!?,;]{0,30}a restare indipendent[ei]|ajude (?:a manter )?[^.!?,;]{1,30}"
        r" independentes?|help"
        r" [^.!?,;]{1,30} onafhankelijk te (?:blijven|houden)|pomóż (?:utrzymać )?[^.!?,;]{1,30}"
        r" niezależn\w+)[.!]?$",
    ),
]

PRINT_TRIAL: list[Rule] = [
    # A print paper's call to a trial subscription, alone or after the note where the story
    # appeared: "Dieser Artikel ist ein Beitrag aus der aktuellen Example. Wenn Sie die Zeitung
    # näher kennenlernen wollen, können Sie hier ein 4-wöchiges Probe-Abo abschließen."
    *rules(
        "paywall",
        300,
        r"^(?:[^.!?]{0,120}[.!?]\s)?(?:(?:wenn sie [^.!?]{1,80}, )?können sie hier (?:ein|unser)"
        r" [^.!?]{0,30}probe-?abo(?:nnement)? (?:abschließen|bestellen)|(?:if you [^.!?]{1,80}, )?"
        r"you can (?:take out|start|order|get) (?:a|our) [^.!?]{0,30}trial subscription here"
        r"|(?:si vous [^.!?]{1,80}, )?vous pouvez (?:souscrire|profiter d')\s?(?:ici )?(?:à )?"
        r"(?:un|une|notre) (?:abonnement|offre) d'essai\b[^.!?]{0,30}|(?:si (?:quiere|quieres)"
        r" [^.!?]{1,80}, )?puedes? (?:contratar|suscribirte a|solicitar) aquí una suscripción de"
        r" prueba\b[^.!?]{0,30}|(?:se (?:vuoi|volete|desidera) [^.!?]{1,80}, )?(?:puoi|potete|può)"
        r" (?:attivare|sottoscrivere) qui un abbonamento di prova\b[^.!?]{0,30}|(?:se (?:você )?"
        r"quiser [^.!?]{1,80}, )?(?:você )?pode (?:fazer|assinar) aqui uma assinatura (?:de teste"
        r"|experimental)\b[^.!?]{0,30}|(?:als (?:je|u) [^.!?]{1,80}, )?(?:kun je|kunt u) hier een"
        r" proefabonnement (?:afsluiten|nemen)|(?:jeśli [^.!?]{1,80}, )?(?:możesz|mogą państwo)"
        r" (?:tutaj )?(?:zamówić|wykupić) (?:próbną prenumeratę|prenumeratę próbną))\s?[.!]?$",
        needles=(
            "probe",
            "trial subscription",
            "d'essai",
            "de prueba",
            "di prova",
            "de teste",
            "experimental",
            "proefabonnement",
            "próbn",
        ),
    ),
]
