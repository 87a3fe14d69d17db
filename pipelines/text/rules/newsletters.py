"""Newsletter boxes and sign-up forms: the pitch, the call, the form's fields, consent and
states.

Families ``newsletter`` ("Newsletter abonnieren", "Sign up for our daily briefing", the
promise of an inbox) and ``form`` (consent lines, the address field, the thanks, the welcome
mail, the form's error). Where a page names its boxes trafilatura leaves them out; without
class names its last resort takes the box's lines with the article around it.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, rules

# Where a newsletter arrives, and the verbs (stems) that ask for a sign-up.
_INBOX = (
    r"(?:straight|right|directly|delivered) (?:in)?to your inbox|(?:in|to|into) your (?:e-?mail )?"
    r"inbox|in (?:ihr|dein|ihren|deinen|ihrem|deinem)"
    r" (?:e-mail-)?(?:postfach|posteingang)|dans votre boîte (?:mail|e-mail|de réception"
    r"|aux lettres)|en tu (?:bandeja de entrada|correo)|nella tua (?:casella|email|inbox)"
    r"|na sua caixa de (?:entrada|e-mail)|no seu e-?mail|in je (?:inbox|mailbox)"
    r"|na (?:twoją |swoją )?skrzynkę"
    r"|i din (?:inkorg|indbakke)|i innboksen din|(?:do|ve) (?:vaší|své) (?:e-?mailové )?schránky?"
    r"|(?:e-posta|gelen) kutunuza|(?:suoraan )?sähköpostiisi"
)

# Words one of which a line that names an inbox holds: the needles of the rules that look for
# one anywhere in the line.
_INBOX_NEEDLES = (
    "inbox",
    "mailbox",
    "postfach",
    "posteingang",
    "boîte",
    "bandeja",
    "correo",
    "casella",
    "nella tua",
    "caixa",
    "seu e-mail",
    "seu email",
    "skrzynk",
    "inkorg",
    "indbakke",
    "innboks",
    "schránk",
    "kutunuz",
    "sähköpostiisi",
)

# The newsletter's name in each language: the needles of the rules that look for it.
_NEWSLETTER_NEEDLES = (
    "newsletter",
    "nieuwsbrie",
    "boletín",
    "boletines",
    "nyhetsbrev",
    "nyhedsbrev",
    "lettre d'",
    "bülten",
)

_SIGN_UP = (
    r"newsletter|nieuwsbrief|boletín|sign up|subscribe|abonn|inscri|suscr|iscri|assin|anmeld"
    r"|meld je|zapisz|registr|roundup|round-up|digest|delivered|nyhetsbrev|nyhedsbrev|prenumer"
    r"|enter your e-?mail"
    r"|anmäl|tilmeld|meld deg|přihlas|odebír|abone|kaydol|(?:every|each) (?:morning|day"
    r"|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)

FORM_CONSENT_AND_STATES: list[Rule] = [
    # Consent lines of sign-up forms: "I consent to receiving ...", "By registering, you agree
    # to ...", "Mit Absendung des Formulars willige ich ...".
    *rules(
        "form",
        300,
        r"^i (?:consent|agree) (?:to (?:receiv|the (?:terms|privacy|processing|use))|(?:that )?my"
        r" (?:information|data|details|personal|e-?mail))",
        r"^by (?:registering|signing up|subscribing|submitting|clicking|creating an account)"
        r"\b[^.!?]{0,60},? you (?:agree|consent|accept|acknowledge)\b",
        r"^mit (?:der |meiner |ihrer |deiner )?(?:absendung|anmeldung|registrierung|eingabe)\b"
        r"[^.!?]{0,60}"
        r" (?:willige|stimme|erkläre|akzeptiere)",
        r"^(?:ich (?:willige|stimme) (?:ein|zu),? dass|ich bin einverstanden,? dass (?:meine|mir))",
        r"^en (?:vous inscrivant|cliquant|soumettant|créant un compte)\b[^.!?]{0,60},"
        r" vous (?:acceptez|consentez|reconnaissez)\b",
        r"^al (?:registrarte|suscribirte|hacer clic|enviar)\b[^.!?]{0,60},"
        r" (?:aceptas|consientes|acepta)\b",
        r"^(?:registrandoti|iscrivendoti|cliccando)\b[^.!?]{0,60}, (?:accetti|acconsenti)\b",
        r"^ao (?:se registar|se registrar|se inscrever|clicar|assinar)\b[^.!?]{0,60},"
        r" (?:você )?(?:concorda|aceita)\b",
        r"^door (?:je aan te melden|te registreren|te klikken)\b[^.!?]{0,60},? ga je akkoord\b",
        r"^(?:rejestrując się|klikając)\b[^.!?]{0,60},? (?:akceptujesz|wyrażasz zgodę)\b",
    ),
    # What a sign-up or account box shows besides its pitch, in the words of each language: the
    # states of a newsletter form (thanks, the welcome mail, the next issue, an error, more
    # newsletters), and the prompts to register or sign in to save or go on reading. Where a page
    # names its boxes, trafilatura leaves them out; without class names its last resort takes the
    # box's lines with the article around it. Each line is a whole notice, short, and none opens a
    # sentence of reporting ("Thanks for signing up, the mayor wrote" does not end there).
    *rules(
        "form",
        120,
        # The thanks, alone on its line.
        r"^(?:thanks?(?: you)? for (?:signing up|subscribing|registering)|(?:vielen )?dank für"
        r" (?:ihre|deine) (?:anmeldung|registrierung)|merci (?:pour|de) votre (?:inscription"
        r"|abonnement)|gracias por (?:suscribirte|registrarte|tu suscripción)|grazie per"
        r" (?:esserti (?:iscritto|iscritta|registrato|registrata)|l'iscrizione)|obrigad[oa] por"
        r" (?:se inscrever|se registar|se registrar|assinar)|bedankt voor (?:je|uw)"
        r" (?:inschrijving|aanmelding)|dziękujemy za (?:zapisanie się|rejestrację))\s?[.!]?$",
        # The welcome mail and the next issue: "A welcome email is on its way.", "The next
        # issue of Top Stories will soon be in your inbox."
        r"^(?:a|your) welcome e-?mail is on (?:its|the) way\b",
        rf"^the next (?:issue|edition) of [^.!?]{{1,60}} will (?:soon )?(?:be|arrive|land)"
        rf" (?:{_INBOX})\b",
        # The form's error: "We encountered an issue signing you up. Please try again".
        r"^(?:we encountered an? (?:issue|error|problem)|there was an? (?:issue|error|problem)"
        r"|something went wrong) (?:signing you up|with your (?:sign-?up|subscription)"
        r"|subscribing you)\b",
        r"^interested in more newsletters\?",
        # Screen readers' marks around the box: "Skip past newsletter promotion".
        r"^(?:skip past|after) newsletter promotion$",
    ),
    # A newsletter's pitch that names it before the call: "Der tägliche Newsletter - jetzt mit
    # allen Updates", "Ausgeh-Tipps aus der Szene: Hier kostenlos für den Gastro-Newsletter
    # anmelden!" (the call after the name; the existing rules read it the other way round).
    *rules(
        "newsletter",
        200,
        r"^(?:der|unser|ihr|the|our|your) (?:tägliche|wöchentliche|kostenlose|daily|weekly|free)"
        r" [\w-]{0,20}newsletter\s?[-–—:]\s",
        r"\b(?:hier|jetzt) (?:kostenlos |gratis )?(?:für|zum) (?:den |unseren )?[\w.-]{0,30}"
        r"newsletter anmelden[.!]?$",
        needles=("newsletter",),
    ),
    *rules(
        "form",
        300,
        r"^privacy notice: newsletters may contain\b",
        # The captcha's notice under the form.
        r"^this (?:site|form|page) is protected by recaptcha and the google\b",
    ),
]

UNFILLED_TEMPLATE: list[Rule] = [
    # A template's text the page never filled in: "Connecting to %s", "Verbinde mit %s".
    *rules("form", 60, r"^[^.!?]{0,40}\s%s$"),
]

NEWSLETTER_CALLS: list[Rule] = [
    # A short line that ends in the word: "PC Gamer Newsletter", "Zapisz się do newslettera".
    # It scans the line, so it is tried only on lines that hold the word.
    *rules(
        "newsletter",
        50,
        r"^[^.!?]{0,40}\b(?:newsletter|nieuwsbrief|boletín|newslettera|newsletteru|nyhetsbrev"
        r"|nyhedsbrev|lettre d'information|e-?bülten"
        # The plurals of the box that lists a site's newsletters, and the form's title:
        # "Toutes nos newsletters", "Nieuwsbrieven", "Boletines", "Newsletter-Anmeldung".
        r"|newsletters|nieuwsbrieven|boletines|newslettery|newsletter[- ]?(?:anmeldung|sign-?up)"
        r"|boletín de noticias)$",
        needles=_NEWSLETTER_NEEDLES,
    ),
    *rules(
        "newsletter",
        250,
        # Also a press office's mailing of its releases: "Pressedienst bestellen
        # Pressedienst abbestellen" (dev half A, round 41, under both plain markups).
        r"^(?:jetzt |hier )?(?:(?:zum|für den|unseren|den) )?(?:newsletter|pressedienst"
        r"|presseverteiler|infodienst) (?:abonnieren|bestellen|anmelden)\b",
        r"^(?:sign up|subscribe|abonnieren sie|melden sie sich|jetzt abonnieren"
        r"|hier abonnieren|abonnez-vous|inscrivez-vous|s'abonner|je m'abonne)\b",
        r"^(?:mit unserem|unser|our|notre|get our|receive our|recevez notre) newsletter\b",
        r"^join (?:our|the) (?:mailing list|newsletter|e-?mail list)\b",
        r"^(?:suscríbete|suscribete|iscriviti|inscreva-se|assine|schrijf je in|meld je aan"
        r"|zapisz się)(?: (?:a|al|alla|na|ao|voor|do))?(?: (?:nuestro|nostra|nossa|onze|de|la"
        r"|a))? (?:newsletter|nieuwsbrief|boletín|newslettera)\b",
    ),
    # The sign-up verbs of every language, then at most three words ("a nuestra", "op onze",
    # "k odběru"), then the newsletter: "Abonneer je op onze nieuwsbrief", "Subscreva a nossa
    # newsletter", "Tilmeld dig vores nyhedsbrev", "Bültenimize abone olun". A verb alone opens
    # prose too ("Recibe cada semana ..."). Tried only on lines that name a newsletter.
    *rules(
        "newsletter",
        250,
        r"^(?:suscríbete|suscribete|apúntate|apuntate|regístrate|recibe|iscriviti|ricevi"
        r"|abbonati|inscreva-se|assine|subscreva|receba|registe-se|cadastre-se|schrijf (?:je|u)"
        r" in|meld (?:je|u) aan|abonneer (?:je|u)|ontvang|zapisz się|subskrybuj|zamów|prenumerera"
        r"|anmäl dig|tilmeld dig|abonner|meld deg på|přihlaste se|odebírejte)(?:\s[\w'’-]{1,12})"
        r"{0,3}\s(?:newsletters?|nieuwsbrie(?:f|ven)|boletín|boletines|newslettera|newsletteru"
        r"|nyhetsbrev(?:et)?|nyhedsbrev(?:et)?)\b"
        r"|^(?:e-?)?bülten(?:imize|e) (?:abone olun|kaydolun|üye olun)\b",
        needles=_NEWSLETTER_NEEDLES,
    ),
    # The same call in the languages the rule above does not spell, whole: Serbian's
    # "Prijavite se na naš njuzleter" (both scripts), Catalan's "Subscriu-te al butlletí",
    # "Liity uutiskirjeen tilaajaksi", "Haber bültenimize abone olun", "Berlangganan
    # newsletter kami", "メールマガジンに登録", "سجل في النشرة الإخبارية".
    *rules(
        "newsletter",
        100,
        r"^(?:prijavite se na (?:naš |naš besplatni )?(?:njuzleter|newsletter|bilten)"
        r"|пријавите се на (?:наш )?(?:билтен|њузлетер)"
        r"|(?:subscriu-te|subscriviu-vos|apunta't|apunteu-vos|rep|rebeu) (?:al|el) (?:nostre )?"
        r"butlletí(?: diari| setmanal)?|liity uutiskirjeen tilaajaksi"
        r"|přihl(?:aste se|ásit se|ásit) k odběru novinek"
        r"|haber bültenimize (?:abone olun|kaydolun|üye olun)|berlangganan (?:newsletter|buletin)"
        r"(?: kami)?|daftar newsletter|(?:メールマガジン|メルマガ|ニュースレター)(?:に|を)?"
        r"(?:登録|購読)(?:する)?|سجل في النشرة (?:الإخبارية|البريدية))[.!]?$",
    ),
    # The link that cancels a subscription, alone or after the one that orders it: "Newsletter
    # abbestellen", "Pressedienst bestellen Pressedienst abbestellen", "Unsubscribe from this
    # list". The verb ends the short line, which holds no sentence's stop; the English one
    # opens it too ("Why readers unsubscribe" is a heading).
    *rules(
        "newsletter",
        60,
        r"^unsubscribe(?: here| now| from (?:this|the|our) (?:list|newsletter|e-?mails?))?$"
        r"|^[^.!?]{0,50}\b(?:abbestellen|se désabonner|se désinscrire|darse de baja"
        r"|cancelar (?:la )?suscripción|disiscriviti"
        r"|annulla (?:l')?iscrizione|cancelar (?:a )?(?:subscrição|assinatura)|afmelden"
        r"|uitschrijven|wypisz się|anuluj subskrypcję)$",
        needles=(
            *("abbestell", "unsubscri", "désabonn", "désinscri", "baja", "suscripción"),
            *("disiscriv", "iscrizione", "subscrição", "assinatura", "afmeld", "uitschrijv"),
            *("wypisz", "subskrypcj"),
        ),
    ),
    # The sign-up form's button, alone on its line: "Jetzt kostenlos anmelden", "Je m'inscris",
    # "Suscríbete gratis", "Iscriviti ora", "Inscreva-se", "Schrijf je nu in", "Zapisz się".
    *rules(
        "newsletter",
        40,
        r"^(?:jetzt (?:kostenlos |gratis )?anmelden(?: und nichts (?:mehr )?verpassen)?"
        r"|je m'inscris|inscrivez-vous(?: gratuitement)?|apúntate|suscríbete(?: gratis| ya)?"
        r"|iscriviti(?: gratis| ora| gratuitamente)?|inscreva-se(?: gratuitamente| já)?"
        r"|cadastre-se|schrijf (?:je|u) (?:nu )?in|meld (?:je|u) (?:nu )?aan|abonneer (?:je|u)"
        r"(?: nu| gratis)?|zapisz się(?: teraz)?"
        # The one-word button in the eight languages and in ru, cs, da, sv and tr: "Sign-up",
        # "Abonnieren", "Suscribirse", "Abbonati", "Assine", "Aanmelden", "Subskrybuj",
        # "Подписаться", "Odebírat", "Tilmeld", "Prenumerera", "Abone ol".
        r"|sign-up|abonnieren|suscribirse|abbonati|abbonarsi|assine|assinar|aanmelden"
        r"|abonneren|subskrybuj|подписаться|подпишитесь|odebírat|přihlásit se k odběru"
        r"|tilmeld(?: dig)?|abonnér|prenumerera|anmäl dig|abone ol)[.!]?$",
    ),
    # The sign-up form's address field, its placeholder left as a line: "Enter your email
    # address", "E-Mail-Adresse eingeben", "Votre adresse e-mail", "Ваш email". Alone on its
    # line, nothing after the address.
    *rules(
        "form",
        40,
        r"^(?:(?:enter )?(?:your )?e-?mail(?: address)?(?: here)?|(?:ihre |deine )?e-?mail-?"
        r"adresse(?: eingeben)?|(?:votre |ton )?adresse (?:e-?mail|électronique|mail)"
        r"|(?:tu |su )?correo electrónico|(?:la tua |il tuo )?(?:e-?mail|indirizzo e-?mail)"
        r"|(?:seu |o seu )?e-?mail|(?:je |uw )?e-?mailadres|(?:twój )?adres e-?mail"
        r"|(?:ваш )?e-?mail|(?:váš )?e-?mail|(?:din )?e-?mail(?:adresse)?|(?:din )?e-postadress"
        r"|e-posta adresiniz)\s?\*?$",
    ),
    # A newsletter box's title, the newsletter's name after the word: "Newsletter
    # International", "Nieuwsbrief Sport" (a heading of prose never opens so).
    *rules(
        "newsletter",
        40,
        r"^(?:newsletter|nieuwsbrief|boletín|newsletter de|la newsletter)(?:\s[\w'’-]+){1,3}$",
        needles=_NEWSLETTER_NEEDLES,
    ),
    # The form's promise under its box: "You may edit your settings or unsubscribe at any
    # time.", "Sie können sich jederzeit wieder abmelden.", de en fr es it pt nl pl.
    *rules(
        "newsletter",
        300,
        r"(?:^|[.!?]\s)(?:you (?:can|may) (?:[\w ]{0,40} or )?unsubscribe at any time"
        r"|(?:sie können|du kannst) (?:sich|dich) jederzeit (?:wieder )?(?:abmelden|abbestellen)"
        r"|(?:die|der) (?:abmeldung|newsletter) ist jederzeit (?:möglich|kündbar)"
        r"|vous pouvez vous (?:désinscrire|désabonner) à tout moment"
        r"|(?:puedes|podrás|puede) (?:darte|darse) de baja en cualquier momento"
        r"|(?:puoi|potrai) (?:disiscriverti|cancellarti) in qualsiasi momento"
        r"|(?:você )?pode cancelar (?:a (?:sua )?inscrição|a subscrição) a qualquer momento"
        r"|(?:je|u) kunt (?:je|zich|u) (?:altijd|op elk moment|op ieder moment) (?:weer )?afmelden"
        r"|(?:możesz|w każdej chwili możesz) (?:się )?(?:w każdej chwili )?wypisać)"
        r"[^.!?]{0,40}[.!]?$",
        needles=(
            *("unsubscribe", "jederzeit", "désinscrire", "désabonner", "baja", "disiscriverti"),
            *("cancellarti", "qualquer momento", "afmelden", "wypisać"),
        ),
    ),
    # The promise alone on a line of a newsletter box: "» kostenlos und direkt in Ihr
    # Postfach", "Free, straight to your inbox": a few words of how, no one who sends.
    *rules(
        "newsletter",
        80,
        r"^(?:[»›>•-]\s?)?(?:(?:kostenlos|gratis|free|gratuit|gratuitement|gratuitamente"
        r"|gratuito|darmowo|bequem|und|and|et|y|e|en|i|direkt|direct|directement|directamente"
        r"|direttamente|diretamente|rechtstreeks|bezpośrednio|täglich|daily|weekly|wöchentlich"
        r"|chaque semaine|cada semana|ogni settimana|toda semana|elke week|co tydzień),?\s){1,4}"
        r"(?:" + _INBOX + r")[.!]?$",
        needles=_INBOX_NEEDLES,
    ),
    # The pitch that promises the best of the news and names the inbox: "Die wichtigsten
    # Nachrichten direkt in Ihr Postfach", "Get the latest news straight to your inbox",
    # "Receba as principais notícias no seu e-mail". Short, ending in the inbox; a sentence
    # about spam ends so too ("Betrüger schicken gefälschte Nachrichten direkt in Ihr
    # Postfach."), but promises nothing, and opens with no call to receive ("Recibe las noticias
    # en tu correo").
    *rules(
        "newsletter",
        120,
        r"^(?:(?=(?:get|receive|erhalten sie|recevez|recibe|ricevi|receba|ontvang|otrzymuj|få|saat"
        r"|modtag|motta)\s)"
        r"|(?=.*?\b(?:die wichtigsten|das wichtigste|alle wichtigen|the latest|the best|the"
        r" biggest|the day's|top|daily|weekly|täglich|jeden (?:morgen|tag|abend)|l'essentiel"
        r"|toute l'actualité|les dernières|las principales|lo mejor|lo último|las últimas|le"
        r" principali|il meglio|le ultime|as principais|o melhor|as últimas|het laatste|het"
        r" belangrijkste|najważniejsze|najnowsze)\b))[^.!?]{0,100}\b(?:" + _INBOX + r")[.!]?$",
        needles=_INBOX_NEEDLES,
    ),
    # A newsletter box's pitch: an inbox and a call to sign up in the same short paragraph.
    *rules(
        "newsletter",
        300,
        rf"^(?=.*?\b(?:{_INBOX})\b)(?=.*?\b(?:{_SIGN_UP}))",
        needles=_INBOX_NEEDLES,
    ),
    # The pitch inside a paragraph: "... Please bookmark example.com and sign up for our daily
    # newsletter", "Dann sind Sie beim täglichen Newsletter richtig – hier entlang."
    *rules(
        "newsletter",
        400,
        r"\b(?:sign up (?:for|to)|subscribe to|register for) (?:our|the|my) [^.!?]{0,40}"
        r"newsletters?\b"
        r"|\bnewsletter\b[^.!?]{0,60}\b(?:hier entlang|hier anmelden|jetzt anmelden)\b"
        # "... mehr verpassen: Abonnieren Sie kostenlos die MEEDIA-Newsletter und ...".
        r"|\babonnieren sie (?:kostenlos |gratis |jetzt )?(?:unseren?|die|den) [\w.-]{0,30}"
        r"newsletter\b"
        # A call in the imperative: "Jetzt 10 € Gutschein sichern! Einfach Newsletter anfordern."
        # A sentence about a newsletter names who orders it ("Wer den Newsletter bestellt").
        r"|\b(?:einfach|jetzt|gleich|hier|kostenlos) (?:den |unseren )?newsletter"
        r" (?:anfordern|bestellen|abonnieren)\b",
        needles=("newsletter",),
    ),
    # A short question the pitch opens with, answered at once by the call to sign up, the
    # newsletter named by its own title or not at all: "Want more sports news? Sign up for
    # the Sports Omelette ...", "Lust auf mehr? Jetzt abonnieren", "Vous en voulez plus ?
    # Inscrivez-vous ...", "¿Quieres más? Suscríbete ...", "Vuoi saperne di più? Iscriviti
    # ...", "Quer mais? Assine ...", "Wil je meer? Schrijf je in ...", "Chcesz więcej? Zapisz
    # się ...". A quoted question answered so is still the pitch: a report words it as its
    # own sentence ("Asked why, she said: Sign up!") with a speaker.
    *rules(
        "newsletter",
        300,
        r"^[^.!?:\"“”„«»]{3,80}\?\s(?:(?:jetzt|hier|gleich) )?(?:sign up (?:for|to|now|here"
        r"|today)|subscribe (?:to (?:our|my)|now|here|today)|join (?:our|the) (?:newsletter"
        r"|mailing list)"
        r"|register (?:for|now)|abonnieren sie|(?:jetzt|hier|gleich) (?:kostenlos )?(?:abonnieren"
        r"|anmelden|registrieren)|melden sie sich|registrieren sie sich|inscrivez-vous"
        r"|abonnez-vous|suscríbete|suscribete|regístrate|apúntate|iscriviti|abbonati|assine"
        r"|inscreva-se|cadastre-se|subscreva|schrijf (?:je|u) in|meld (?:je|u) aan|abonneer"
        r" (?:je|u)|zapisz się|zasubskrybuj|subskrybuj)\b",
        needles=("?",),
    ),
]

FORM_ERROR: list[Rule] = [
    # A form's error message left in the text: "Ein Fehler ist aufgetreten. Bitte überprüfen
    # Sie Ihre Eingaben."
    *rules(
        "form",
        120,
        r"^(?:ein fehler ist aufgetreten|an error (?:has )?occurred|something went wrong"
        r"|une erreur (?:s'est produite|est survenue)|(?:se ha producido|ha ocurrido) un error"
        r"|si è verificato un errore|ocorreu um erro|er is een fout opgetreden|wystąpił błąd)"
        r"[.!]?(?:\s(?:bitte|please|veuillez|por favor|per favore|probeer|spróbuj)\b[^!?]{0,60})?$",
    ),
]

MORE_LANGUAGES: list[Rule] = [
    # Newsletter boxes: the name alone and the call to sign up ("Uutiskirje", "Hírlevél",
    # "Подпишитесь на нашу рассылку", "メルマガ登録", "뉴스레터 구독", "اشترك في النشرة البريدية",
    # "Đăng ký nhận bản tin").
    *rules(
        "newsletter",
        120,
        r"^(?:tilaa (?:\S+ ){0,2}uutiskirje(?:emme|mme|ita)?|uutiskirje(?:et)?"
        r"|(?:iratkozz?on|iratkozz) fel (?:a )?(?:hírlevelünkre|hírlevélre)"
        r"|feliratkozás (?:a )?hírlevélre|hírlevél"
        r"|hírlevelünk|aboneaz[ăa]-te la newsletter(?:ul)?(?: nostru)?|(?:e-?)?bülten|prihláste sa"
        r" (?:na odber|k odberu) (?:newslettra|noviniek)|подпишитесь на"
        r" (?:нашу )?(?:email-)?рассылку|подписаться на (?:рассылку|новости)|рассылка"
        r"|підпишіться на (?:нашу )?розсилку|підписатися на розсилку|розсилка"
        + el(
            r"|εγγραφείτε στο newsletter(?: μας)?|εγγραφ(?:ή|είτε) στο ενημερωτικό"
            r" (?:δελτίο|newsletter)|ενημερωτικό δελτίο"
        )
        + r"|メール(?:マガジン|マガ)(?:の)?(?:登録|購読)|メルマガ(?:の)?(?:登録|購読)"
        r"|ニュースレター(?:を受け取る|の登録|に登録|登録|を購読|購読)|뉴스레터\s?(?:구독|신청)"
        r"(?:하기)?|訂閱電子報|订阅(?:我们的)?(?:新闻通讯|电子报|简报)|اشترك في (?:النشرة"
        r" (?:البريدية|الإخبارية)|نشرتنا (?:البريدية|الإخبارية))|النشرة (?:البريدية|الإخبارية)"
        r"|berlangganan (?:buletin|nawala)|đăng ký nhận (?:bản tin|tin)(?: qua email| mới nhất)?)"
        r"[.!:]?$",
    ),
]

FORM_CONSENT_BOX: list[Rule] = [
    # The newsletter form's consent box, spoken by the reader: "Ja, ich bin damit
    # einverstanden, dass die Example GmbH meine E-Mail-Adresse verwenden darf, um mir
    # E-Mail-Newsletter ... zuzusenden.", "Oui, j'accepte de recevoir la newsletter". Within
    # its first 160 characters it names the reader's own address, or the newsletter it agrees
    # to receive.
    *rules(
        "form",
        1000,
        r"^(?:(?:ja|yes|oui|sí|si|sì|sim|tak),? )?(?:ich bin (?:damit )?einverstanden,? dass"
        r"|i (?:agree|consent),? that|j'accepte que|acepto que|(?:acconsento|accetto) che"
        r"|(?:aceito|concordo) que|ik ga (?:ermee )?akkoord dat|wyrażam zgodę,? (?:aby|by|że))\b"
        r"[^!?]{0,160}?\b(?:meine e-?mail|my e-?mail|mon (?:adresse )?e-?mail|mon adresse"
        r"|mi (?:correo|e-?mail|dirección)|il mio indirizzo|la mia e-?mail|(?:o )?meu (?:endereço"
        r"|e-?mail)|mijn e-?mail|mój (?:adres )?e-?mail)",
        r"^(?:(?:ja|yes|oui|sí|si|sì|sim|tak),? )?(?:j'accepte de recevoir|acepto recibir"
        r"|(?:acconsento|accetto) (?:di|a) ricevere|(?:aceito|concordo em) receber|ik ga"
        r" (?:ermee )?akkoord met het ontvangen|wyrażam zgodę na (?:otrzymywanie"
        r"|przesyłanie))\b[^!?]{0,160}?"
        r"\b(?:newsletter|nieuwsbrief|boletín|lettre d'information|infolettre|newslettera)",
    ),
]
