"""The comment section: counters, forms, their notes and rules, calls to comment.

Family ``comments``: what comment software and a site's templates print around the readers'
comments ("3 Kommentare", "Leave a Reply", "This site uses Akismet", the moderation rules),
in every language its phrasings are standard in. Readers' comments themselves are not
matched here.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, one, rules

# What the rules of a comment section say after their opening wish for a debate: the comments,
# then their moderation or the rules they follow.
_COMMENT_RULES_TAIL = (
    r"[^!?]{0,300}\b(?:comment|kommentar|kommenter|comentario|comentário"
    r"|reactie|reageren|komentarz)[^!?]{0,400}\b(?:moderat|moderier|modér|guidelines"
    r"|retningslinjer|richtlinien|netiquette|règles|charte|normas|regole|regras|regels|zasad"
    r"|regulamin|respectful|respektvoll|respektfuld|fjerner)"
)

COMMENT_SOFTWARE: list[Rule] = [
    # The notes of comment software under its form: "This site uses Akismet to reduce spam",
    # "Zeilenumbrüche und Absätze werden automatisch erzeugt" (Drupal's input format).
    *rules(
        "comments",
        250,
        r"^(?:this (?:web)?site|diese (?:web)?seite|diese website|ce site|este sitio|questo sito"
        r"|este site|deze (?:web)?site|ta (?:witryna|strona)) (?:uses|verwendet|nutzt|utilise"
        r"|usa|utiliza|utilizza|gebruikt|wykorzystuje|używa) (?:o )?akismet\b",
        r"^(?:lines and paragraphs break automatically|zeilenumbrüche und absätze werden"
        r" automatisch erzeugt|les lignes et les paragraphes (?:vont à la ligne|passent à la"
        r" ligne) automatiquement)\b",
        # The moderation note: "Comments are reviewed by the desk before they are published."
        r"^(?:(?:reader )?comments are (?:reviewed|moderated|checked|approved)|les commentaires"
        r" (?:sont|seront) (?:relus|modérés|validés)|kommentare werden (?:vor (?:der|ihrer)"
        r" (?:veröffentlichung|freischaltung) )?(?:geprüft|moderiert)|(?:los )?comentarios"
        r" (?:son|serán) (?:moderados|revisados)|i commenti (?:sono|vengono|saranno) moderati"
        r"|os comentários (?:são|serão) moderados|reacties worden (?:gemodereerd|beoordeeld)"
        r"|komentarze (?:są|będą) moderowane)\b",
    ),
    # The comment form's notes as one paragraph, its moderation note and its promise about
    # the reader's e-mail address anywhere in it: "Fragen? Hier ist der Platz dafür. ... werden
    # alle Kommentare vor der Veröffentlichung gegengelesen. Deine E-Mail-Adresse wird ...",
    # "... all comments are reviewed before they are published. Your email address ...". Both
    # are needed: a report on a platform's moderation may say the first, not to its reader
    # about their own address. On the tuning sets it takes one must-drop paragraph
    # of a German blog's form and no must-keep text; the held-out sets do not move.
    *rules(
        "comments",
        600,
        r"^(?=.*?(?:\bkommentare?\b[^.!?]{0,60}\bvor (?:der|ihrer) (?:veröffentlichung"
        r"|freischaltung)\b[^.!?]{0,40}\b(?:geprüft|gelesen|gegengelesen|moderiert"
        r"|freigeschaltet|kontrolliert)|\bcomments?\b[^.!?]{0,40}\b(?:reviewed|moderated"
        r"|checked|read|approved)\b[^.!?]{0,30}\bbefore (?:they are |it is |being )?(?:published"
        r"|publication|posted|appearing)|\bcommentaires?\b[^.!?]{0,40}\b(?:relus?|modérés?"
        r"|validés?|vérifiés?) avant (?:leur |sa )?(?:publication|mise en ligne)"
        r"|\bcomentarios?\b[^.!?]{0,40}\b(?:revisados?|moderados?|aprobados?) antes de (?:su )?"
        r"(?:publicación|publicarse)|\bcommenti?\b[^.!?]{0,40}\b(?:moderat[io]|letti|approvat[io]"
        r"|controllat[io]) prima della (?:loro )?pubblicazione|\bcomentários?\b[^.!?]{0,40}"
        r"\b(?:moderados?|revistos?|revisados?|aprovados?) antes da (?:sua )?publicação"
        r"|\breacties?\b[^.!?]{0,40}\b(?:gemodereerd|gecontroleerd|gelezen|beoordeeld)"
        r" (?:voor|vóór) (?:publicatie|plaatsing)|\bkomentarze?\b[^.!?]{0,40}\b(?:moderowane"
        r"|sprawdzane|czytane) przed (?:publikacją|opublikowaniem)))"
        r"(?=.*?\b(?:e-?mail-?adresse|e-?mail address|adresse (?:e-?mail|électronique)"
        r"|(?:dirección de )?correo electrónico|indirizzo e-?mail|(?:endereço de )?e-?mail"
        r"|e-?mailadres|adres e-?mail)\b)",
        needles=(
            "kommentar",
            "comment",
            "comentario",
            "comentário",
            "reactie",
            "komentarz",
        ),
    ),
    # The comment policy over the form, asking the reader to keep comments on topic: "...
    # Please keep comments relevant and respectful.", "Bitte achten Sie darauf, dass Ihre
    # Kommentare themenbezogen sind." A report quotes no such request to its own readers.
    *rules(
        "comments",
        600,
        r"^(?=.*?\bplease keep (?:your |all )?comments (?:relevant|respectful|civil|on[- ]topic"
        r"|constructive|courteous)\b)",
        needles=("please keep",),
    ),
    # The German one opens the site's whole comment rules, set as one paragraph.
    *rules(
        "comments",
        1000,
        r"^bitte achten sie (?:darauf,? dass ihre kommentare|bei ihren kommentaren)\b",
    ),
]

COMMENT_CALL: list[Rule] = [
    # The call under an article to its comments: "Share your thoughts and join the
    # conversation in the comments."
    *rules(
        "comments",
        120,
        r"^(?:share your thoughts|join the conversation)\b[^.!?]{0,60}\bin the comments\b",
    ),
]

COMMENT_BOX_TITLE: list[Rule] = [
    # The title of the comment box, alone on its line: "Your Thoughts and Comments", "Ihre
    # Meinung", "Votre avis", "Tu opinión", "La tua opinione", "Sua opinião", "Jouw mening",
    # "Twoja opinia" (round 37, the fresh pool).
    *rules(
        "comments",
        40,
        r"^(?:your (?:thoughts|comments?|opinion|views)(?: (?:and|&) (?:comments?|thoughts"
        r"|opinions?|views))?|(?:ihre|deine) meinung|(?:ihr|dein) kommentar|votre (?:avis"
        r"|commentaire|opinion)|(?:tu|su) (?:opinión|comentario)|la tua opinione|il tuo commento"
        r"|(?:a )?sua opinião|(?:o )?seu comentário|(?:jouw|uw|je) (?:mening|reactie)"
        r"|(?:twoja|wasza) opinia|twój komentarz)\s?[.:!]?$",
    ),
]

COUNTERS_AND_FORMS: list[Rule] = [
    # Comment counters and comment forms (WordPress and friends, in three languages).
    *rules(
        "comments",
        80,
        r"^\(?\d*\)?\s*(?:kommentare?|comments?|commentaires?|leserkommentare|reaktionen"
        r"|réactions|comentarios?|commenti|commento|comentários?|reacties?|komentarze?"
        r"|komentarzy|komentarza|kommentarer|komentáře|komentářů|komentář|yorum(?:lar)?)"
        r"\s*(?:\(\d+\)|:?\s*\d+)?$",
        r"^(?:keine kommentare|noch keine kommentare|no comments(?: yet)?|aucun commentaire"
        r"|pas de commentaires?|sin comentarios|no hay comentarios|nessun commento"
        r"|sem comentários|geen reacties|brak komentarzy"
        r"|(?:bisher|es gibt noch) keine kommentare|there are no comments(?: yet)?"
        r"|aucun commentaire pour (?:le moment|l'instant)|(?:aún|todavía) no hay comentarios"
        r"|ancora nessun commento|non ci sono (?:ancora )?commenti|(?:ainda )?não há comentários"
        r"|nenhum comentário|nog geen reacties|er zijn (?:nog )?geen reacties"
        r"|nie ma (?:jeszcze )?komentarzy|inga kommentarer|ingen kommentarer"
        r"|(?:zatím )?žádné komentáře|(?:henüz )?yorum yok|henüz yorum yapılmamış"
        # The same said of the readers' writing: "Es wurden noch keine Kommentare geschrieben.",
        # "No comments have been posted yet.", "Aucun commentaire n'a encore été publié.",
        # "Todavía no se han publicado comentarios.", "Non sono ancora stati pubblicati
        # commenti.", "Ainda não foram feitos comentários.", "Er zijn nog geen reacties
        # geplaatst.", "Nie dodano jeszcze komentarzy."
        r"|es wurden? (?:noch |bisher )?keine kommentare (?:geschrieben|abgegeben|verfasst"
        r"|hinterlassen|veröffentlicht)|no comments have been (?:posted|made|written|left)(?: yet)?"
        r"|aucun commentaire n'a (?:encore )?été (?:publié|posté|écrit|laissé)|(?:aún|todavía) no"
        r" se han (?:publicado|escrito|dejado) comentarios|non sono (?:ancora )?stati"
        r" (?:pubblicati|scritti|lasciati) commenti|ainda não (?:foram (?:feitos|publicados"
        r"|deixados) )?comentários|er zijn (?:nog )?geen reacties (?:geplaatst|geschreven"
        r"|achtergelaten)|nie dodano (?:jeszcze )?(?:żadnych )?komentarzy)\.?$",
        r"^(?:kommentare|comments|commentaires) (?:insgesamt|total)\s*:?\s*\d*$",
        r"^(?:view|show|load|read|see|alle|afficher(?: les)?|voir(?: les)?)\s(?:all\s)?(?:\d+\s)?"
        r"(?:comments?|kommentare|commentaires)(?:\s\(\d+\))?$",
        r"^(?:kommentare?) (?:anzeigen|lesen|schreiben|verfassen|abgeben)$",
        # The same buttons of comment threads in the other languages (WordPress's strings
        # among them): "Mostra i commenti", "Ver comentários", "Toon reacties".
        r"^(?:(?:mostra|vedi|leggi)(?: tutti)? i commenti|(?:ver|mostrar|ler) (?:os |todos os )?"
        r"comentários|(?:bekijk|toon|lees) (?:de |alle )?reacties|(?:zobacz|pokaż|czytaj)"
        r" (?:wszystkie )?komentarze|(?:visa|läs|vis|se) (?:alle |alla )?kommentarer"
        r"|zobrazit komentáře|yorumları (?:göster|gör|oku))(?:\s\(\d+\))?$",
        r"^(?:cancel reply|antworten abbrechen|annuler la réponse|cancelar (?:la )?respuesta"
        r"|annulla (?:la )?risposta|cancelar (?:a )?resposta|reactie annuleren|annuleer reactie"
        r"|anuluj odpowiedź|avbryt svar|annuller svar|zrušit odpověď|yanıtı iptal et"
        r"|cevabı iptal et)$",
        # WordPress's "Leave a Reply" as its translations print it, and the same form's title in
        # Swedish, Danish, Norwegian, Czech and Turkish: the whole line, since "Lascia una
        # risposta evasiva il ministro" is a sentence.
        r"^(?:(?:laisser|écrire) une réponse|(?:deja|dejar) una respuesta|lascia una risposta"
        r"|(?:deixe|deixar) uma resposta|geef een reactie|laat een (?:antwoord|reactie) achter"
        r"|zostaw odpowiedź|lämna (?:ett svar|en kommentar)|skriv en kommentar"
        r"|(?:efterlad|læg) en kommentar|legg igjen en kommentar|(?:napsat|přidat|napište"
        r"|zanechte) komentář|bir (?:yanıt|yorum) (?:yazın|bırakın)|yorum (?:yapın|bırakın))"
        r"(?:\s(?:cancel reply|annuler la réponse|cancelar (?:la )?respuesta"
        r"|annulla (?:la )?risposta|cancelar (?:a )?resposta|reactie annuleren))?\s?[.:]?$",
        # And the counter, the empty state and the form's title in Croatian and Serbian (both
        # scripts) and Catalan, with the forms the rules above miss for Finnish, Slovak,
        # Romanian, Hungarian, Russian, Ukrainian, Greek, Indonesian, Japanese, Korean, Chinese
        # and Arabic: "Nema komentara", "Komentari (3)", "Ostavite komentar", "Deixa un
        # comentari", "Ei kommentteja", "Niciun comentariu", "Нет комментариев", "Δεν υπάρχουν
        # σχόλια", "Belum ada komentar", "暂无评论". The whole line: "Nema komentara, rekao je
        # ministar" is a sentence.
        r"^(?:nema (?:još )?komentara|нема (?:још )?коментара|(?:komentari|коментари)"
        r"(?:\s?\(\d+\))?|(?:ostavite|ostavi|napišite|napiši|dodaj(?:te)?) (?:komentar|odgovor)"
        r"|(?:оставите|остави|напишите|додајте|додај) (?:коментар|одговор)"
        r"|komentiraj(?:te)?|komentariši(?:te)?|коментариши(?:те)?"
        r"|cap comentari|(?:encara )?no hi ha comentaris|sense comentaris|comentaris(?:\s?\(\d+\))?"
        r"|(?:deixa|deixeu|escriu|afegeix) (?:un comentari|una resposta)"
        r"|ei (?:vielä )?kommentteja|lisää kommentti|(?:zatiaľ )?žiadne komentáre"
        r"|niciun comentariu|nu (?:există|sunt) (?:încă )?comentarii"
        r"|(?:las[ăa]|scrie) un comentariu"
        r"|(?:még )?nincs(?:enek)? (?:még )?hozzászólás(?:ok)?|hozzászólás írása"
        r"|(?:пока )?нет комментариев|комментариев (?:пока )?нет|(?:поки )?немає коментарів"
        r"|коментарів (?:поки )?немає"
        + el(r"|δεν υπάρχουν (?:ακόμα |ακόμη )?σχόλια|προσθήκη σχολίου")
        + r"|(?:tidak|belum) ada komentar|tinggalkan (?:komentar|balasan)|コメントはまだありません"
        r"|(?:등록된 )?댓글이 없습니다|暂无评论|暫無評論|لا توجد تعليقات|اترك (?:ردا|رداً|رد)"
        r")[.!:]?$",
    ),
    *rules(
        "comments",
        250,
        r"^(?:schreibe?|hinterlasse?) (?:einen|eine) (?:kommentar|antwort)\b",
        r"^(?:deja|dejar|escribe|añadir) (?:un|tu) comentario\b",
        r"^(?:lascia|scrivi|aggiungi) (?:un|il tuo) commento\b",
        r"^(?:deixe|deixar|escreva|adicione) (?:um|seu|o seu) comentário\b",
        r"^(?:laat|plaats|schrijf) (?:een|je) reactie\b",
        r"^(?:zostaw|dodaj|napisz) komentarz\b",
        r"^(?:tu|su) (?:dirección de )?(?:correo electrónico|e-?mail) no será publicad[oa]\b",
        r"^il tuo indirizzo (?:e-?mail|email) non sarà pubblicato\b",
        r"^(?:o )?(?:seu )?endereço de e-?mail não será publicado\b",
        r"^je e-?mailadres wordt niet gepubliceerd\b",
        r"^twój adres e-?mail nie zostanie opublikowany\b",
        r"^(?:los campos obligatorios están marcados|i campi obbligatori sono contrassegnati"
        r"|(?:os )?campos obrigatórios são marcados|vereiste velden zijn gemarkeerd"
        r"|wymagane pola są oznaczone)\b",
        r"^(?:leave|post|add|write) (?:a|your) (?:comment|reply)\b",
        r"^(?:laisser|écrire|ajouter|poster) (?:un|votre) commentaire\b",
        r"^(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\b",
        r"^your email address will not be published\b",
        r"^votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\b",
        r"^(?:erforderliche felder sind mit|required fields are marked"
        r"|les champs obligatoires sont indiqués)\b",
        r"^mit \* (?:markierte|gekennzeichnete) felder\b",
        r"^(?:meinen namen, meine e-mail-adresse und meine website in diesem browser"
        r"|save my name, email, and website in this browser"
        r"|enregistrer mon nom, mon e-mail et mon site)",
        # Comment forms closed to guests: "Du musst dich EINLOGGEN um einen Kommentar
        # abzugeben", "Debes iniciar sesión para publicar un comentario".
        one(
            r"^(?:du musst|sie müssen) (?:dich |sich )?(?:angemeldet sein|eingeloggt sein|anmelden"
            r"|einloggen),? um (?:einen kommentar|kommentare)",
            r"^you must be (?:logged in|signed in|registered) to (?:post|leave|write) a comment\b",
            r"^vous devez (?:être connectée?|vous connecter) pour (?:publier|poster|laisser|écrire)"
            r" un commentaire\b",
            r"^(?:debes|tienes que|necesitas) (?:estar registrado|iniciar sesión|estar conectado)"
            r" para (?:publicar|dejar|escribir|enviar) (?:un )?comentarios?\b",
            r"^(?:devi|è necessario) (?:essere (?:loggato|registrato|connesso)|effettuare il login"
            r"|accedere) per (?:inviare|pubblicare|lasciare|scrivere) (?:un )?comment[oi]\b",
            r"^(?:você precisa|é necessário|tem de|precisa) (?:estar (?:logado|conectado|registado"
            r"|registrado)|fazer (?:o )?login|iniciar sessão) para (?:publicar|postar|enviar|deixar"
            r"|comentar)\b",
            r"^(?:je moet|u moet) (?:ingelogd zijn|inloggen|aangemeld zijn) om (?:een )?(?:reactie"
            r"|reacties|te reageren)\b",
            r"^musisz (?:być zalogowan[ya]|się zalogować),? (?:aby|by|żeby) (?:móc )?(?:dodać"
            r"|napisać|opublikować) komentarz",
        ),
    ),
    # The comment form's boxes to tick and the lines of its sign-in (WordPress and Jetpack,
    # as their translations print them): "Notify me of follow-up comments by email.",
    # "Informiere mich über neue Beiträge per E-Mail.", "Fill in your details below or click
    # an icon to log in:", "You are commenting using your WordPress.com account. ( Log Out /
    # Change )". Whole lines: a page names no such box in a sentence of its own.
    *rules(
        "comments",
        160,
        r"^(?=.*(?:mail|correo))(?:notify me of|benachrichtige mich über|informiere mich über"
        r"|prévenez-moi de"
        r"|avertissez-moi (?:par e-?mail )?d(?:e|es|u)|notificarme (?:de )?los|notificami"
        r"|avvisami via e-?mail|notifique-me (?:sobre|de)|avise-me sobre|houd mij via e-?mail op"
        r" de hoogte|informeer mij over|powiadom mnie o) [^.!?,;:]{0,80}\.?$",
        r"^(?:benachrichtigung bei weiteren kommentaren per e-?mail senden"
        r"|recibir (?:nuevas entradas|un (?:e-?mail|correo) con los (?:siguientes )?comentarios)"
        r"[^.!?]{0,40}"
        r"|stuur (?:mij|me) een e-?mail (?:als|bij) [^.!?]{0,40})\.?$",
        r"^(?:fill in your details below or click an icon to log in|trage deine daten unten ein"
        r" oder klicke ein icon,? um dich einzuloggen|entrez vos coordonnées ci-dessous ou cliquez"
        r" sur une icône pour vous connecter|introduce tus datos o haz clic en (?:un|una) icono"
        r" para iniciar sesión|inserisci i tuoi dati qui sotto o clicca su un'icona per"
        r" (?:effettuare l'accesso|accedere)|preencha os seus dados abaixo ou clique em um ícone"
        r" para (?:log in|entrar|iniciar sessão)|vul je gegevens in of klik op een icoon om in te"
        r" loggen|wprowadź swoje dane lub kliknij (?:jedną z tych ikon|ikonę),? aby się"
        r" zalogować)\s?[.:]?$",
        # "You are commenting using your Facebook account. ( Log Out / Change )".
        r"^(?:you are commenting using your|du kommentierst mit deinem|vous commentez à l[’']aide"
        r" de votre|estás comentando usando tu|stai commentando usando il tuo|você está comentando"
        r" utilizando (?:sua|o seu)|je reageert onder je|komentujesz korzystając z) .{1,40}?"
        r"\.\s?\(\s?[^()/]{2,20}/[^()/]{2,20}\)$",
    ),
]

FORM_NOTES: list[Rule] = [
    # The comment form's notes in the languages above and in Swedish, Danish, Norwegian, Czech
    # and Turkish (WordPress's strings): the address is not published, required fields, save
    # my name in this browser. Short lines, each a rule of its own length (see below).
    *rules(
        "comments",
        160,
        r"^(?:din e-?postadress kommer inte (?:att )?publiceras|din e-?mail(?:adresse)? (?:vil"
        r"|bliver) ikke (?:blive )?(?:offentliggjort|publiceret|vist)|e-?postadressen din vil"
        r" ikke bli publisert|vaše e-?mailová adresa nebude zveřejněna|e-?posta (?:adresiniz"
        r"|hesabınız) (?:yayımlanmayacak|yayınlanmayacak))\b",
        r"^(?:obligatoriska fält är märkta|påkrævede felter er markeret|obligatoriske felt(?:er)?"
        r" er merket|povinné (?:údaje|položky) jsou označeny|gerekli alanlar\b[^.!?]{0,20}"
        r"işaretlen)",
        r"^(?:guarda mi nombre|salva il mio nome|(?:guardar|salvar) (?:o )?meu nome"
        r"|mijn naam, e-?mail|zapisz moje dane|spara mitt namn|gem mit navn|lagre (?:mitt"
        r" navn|navnet mitt)|uložit (?:do prohlížeče )?(?:mé )?jméno|bir dahaki sefere yorum"
        r" yaptığımda)",
    ),
]

SECTION_WELCOME: list[Rule] = [
    # The comment section's welcome and its sign-up note, which open the section in prose:
    # "Welcome to our new and improved comments, which are for subscribers only.", "You will
    # need to register before adding a comment." The welcome names the section itself; a
    # story that welcomes someone names a place or a person (dev half A, round 41: under
    # ``--plain-markup classes`` a paper's comment section over the story).
    *rules(
        "comments",
        300,
        r"^(?:welcome to (?:our|the) (?:new (?:and improved )?)?(?:comments?|commenting"
        r"|comment (?:section|area)|conversation section)\b"
        r"|you (?:will )?need to (?:register|log in|sign in|be logged in|subscribe) (?:before"
        r" (?:adding|posting|leaving|writing)|to (?:add|post|leave|write)) a comment\b"
        r"|willkommen (?:in|im) (?:unserem|unserer|dem|der) (?:neuen )?(?:kommentarbereich"
        r"|kommentarfunktion|diskussionsbereich|leserforum)\b"
        r"|bienvenue (?:dans|sur) (?:notre|le|l['’]) ?(?:nouvel? )?espace (?:de )?"
        r"(?:commentaires?|débat)\b"
        r"|bienvenid[oa]s? a (?:nuestra|la) (?:nueva )?(?:sección|zona) de comentarios\b"
        r"|benvenut[oi] (?:nella|nel) (?:nuova |nuovo )?(?:sezione|spazio) (?:dei )?commenti\b"
        r"|bem-vind[oa]s? (?:à|ao) (?:nova |novo )?(?:secção|seção|área|espaço) de comentários\b"
        r"|welkom (?:bij|in) (?:ons|onze|de) (?:nieuwe )?(?:reactiesectie|reactieruimte"
        r"|discussieruimte)\b"
        r"|witamy w (?:nowej |naszej )?sekcji komentarzy\b)",
    ),
]

PLACEHOLDERS: list[Rule] = [
    # The placeholder of a comment thread that loads after the page, and the note that its
    # comments are closed, in ru, cs, da, sv and tr too: "Kommentare werden geladen", "Cargando
    # comentarios", "Загрузка комментариев", "Komentáře jsou uzavřeny". Alone on its line.
    *rules(
        "comments",
        50,
        r"^(?:loading comments|kommentare werden geladen|chargement des commentaires"
        r"|cargando comentarios|caricamento (?:dei )?commenti|carregando comentários"
        r"|reacties (?:laden|worden geladen)|ładowanie komentarzy|загрузка комментариев"
        r"|načítání komentářů|indlæser kommentarer|laddar kommentarer|yorumlar yükleniyor"
        r")\s?(?:\.{3}|…)?$",
        r"^(?:komentáře jsou (?:uzavřeny|vypnuty)|kommentarerne er lukket|kommentarer er"
        r" (?:lukket|slået fra)|kommentarerna är stängda|kommentarer är stängda|комментарии"
        r" (?:закрыты|отключены)|yorumlar (?:kapalı|kapatıldı|kapatılmıştır))[.!]?$",
    ),
]

CALLS_AND_THREADS: list[Rule] = [
    # Calls to comment first, and the buttons that open the comments.
    *rules(
        "comments",
        80,
        r"^(?:be the first to (?:comment|reply|respond)|(?:schreiben sie|kommentieren sie)"
        r" (?:den )?(?:ersten kommentar|als erste[rs]?)|soyez (?:le premier|la première) à"
        r" (?:commenter|réagir)|sé el primero en comentar|s(?:ii|ia) il primo a commentare"
        r"|seja o primeiro a comentar|wees de eerste (?:om te reageren|die reageert)"
        r"|bądź pierwsz[ya],? (?:który|która|aby) (?:skomentuje|skomentować)|dodaj pierwszy"
        r" komentarz|bli (?:först|den första) (?:med )?att kommentera|bliv den første til at"
        r" kommentere|bli den første til å kommentere|buďte první, kdo (?:přidá )?komentář"
        r"|ilk yorumu (?:siz )?(?:yapın|yapan siz olun))\b[^.!?,]{0,30}[.!]?$",
        r"^(?:ver|mostrar|leer) (?:los )?comentarios$|^(?:commenta|skomentuj|komentuj"
        r"|comentar|comente|comenta)$",
    ),
    # A closed comment thread, and the thread's links, buttons, calls and counters in the eight
    # languages: "Comments are closed.", "Die Kommentarfunktion ist geschlossen.", "Los
    # comentarios están cerrados", "Reacties zijn gesloten", "Komentarze zostały wyłączone",
    # "Zu den Kommentaren", "Kommentar absenden", "Commenter cet article", "Reageer op dit
    # artikel", "12 Responses", "3 thoughts on “Headline”". Whole lines: a sentence about the
    # comments under a minister's post goes on.
    *rules(
        "comments",
        80,
        # The state may come with its time ("Kommentare sind momentan deaktiviert", "Comments
        # are currently disabled", "Les commentaires sont actuellement fermés").
        r"^(?:(?:the )?comments (?:are|have been) (?:now |currently |temporarily )?(?:closed"
        r"|disabled|turned off)|commenting (?:is|has been) (?:now |currently |temporarily )?"
        r"(?:closed|disabled|turned off)|comments closed|(?:die )?(?:kommentare"
        r"|kommentarfunktion) (?:ist|sind|wurde|wurden) (?:(?:momentan|derzeit|zurzeit|aktuell"
        r"|vorübergehend) )?(?:für diesen (?:artikel|beitrag) )?(?:geschlossen|deaktiviert"
        r"|abgeschaltet)|(?:kommentare|kommentarfunktion) (?:geschlossen|deaktiviert)|les"
        r" commentaires sont (?:actuellement |temporairement )?(?:fermés|clos|désactivés)"
        r"|commentaires (?:fermés|clos|désactivés)|los comentarios (?:están|han sido)"
        r" (?:actualmente |temporalmente )?(?:cerrados|desactivados)|comentarios (?:cerrados"
        r"|desactivados)|i commenti sono (?:attualmente |temporaneamente )?(?:chiusi|disabilitati"
        r"|disattivati)|commenti (?:chiusi|disabilitati|disattivati)|os comentários (?:estão"
        r"|foram) (?:atualmente |temporariamente )?(?:fechados|encerrados|desativados)"
        r"|comentários (?:fechados|encerrados|desativados)|(?:de )?reacties zijn (?:momenteel"
        r" |tijdelijk )?(?:gesloten|uitgeschakeld)|reageren is (?:niet meer mogelijk|gesloten"
        r"|uitgeschakeld)|komentarze (?:są|zostały) (?:obecnie |tymczasowo )?(?:zamknięte"
        r"|wyłączone)|(?:możliwość )?komentowania (?:została )?wyłączona"
        r"|komentowanie (?:jest )?wyłączone)(?: (?:for|on) this (?:article|post|story"
        r"|item))?[.!]?$",
        r"^(?:(?:jump|go|skip) to (?:the )?comments|zu den kommentaren|aller aux commentaires|ir a"
        r" (?:los )?comentarios|vai ai commenti|ir para (?:os )?comentários|naar de reacties"
        r"|przejdź do komentarzy|(?:hide|show) comments|kommentare (?:ein|aus)blenden|alle"
        r" kommentare (?:anzeigen|lesen|ansehen)|(?:ver|mostrar|leer) (?:los |todos los )?\d+"
        r" comentarios|(?:post|submit|send) (?:a |your )?comment|kommentar (?:absenden|abschicken"
        r"|senden|posten|veröffentlichen)|antwort (?:schreiben|absenden)|(?:envoyer|publier)"
        r" (?:le |mon |un |votre )?commentaire|(?:publicar|enviar) (?:el |tu |un )?comentario"
        r"|(?:invia|pubblica) (?:il )?commento|(?:enviar|publicar) (?:o |um )?comentário"
        r"|(?:plaats|verstuur|verzend) (?:je |uw )?reactie|(?:wyślij|opublikuj) komentarz"
        r"|(?:jetzt|artikel) kommentieren|schreiben sie (?:einen|den ersten) kommentar"
        r"|jetzt mitdiskutieren|(?:commenter|réagir à|réagissez à) (?:cet article|l'article)"
        r"|réagir|réagissez|commenter|(?:lire|afficher|voir) (?:les |tous les )?commentaires"
        r"|comment on this (?:article|story|post)|(?:comenta|comente) (?:esta|la|a) (?:noticia"
        r"|notícia|nota|matéria)"
        r"|añadir (?:un )?comentario|commenta (?:la notizia|l'articolo|questo articolo|per primo)"
        r"|faça um comentário|reageer (?:op dit (?:artikel|bericht)|als eerste|hier)"
        r"|skomentuj (?:artykuł|jako pierwszy|jako pierwsza)|vos réactions|comentarios de (?:los )?"
        r"lectores|komentarze czytelników|(?:\d+|one) responses?|(?:\d+|one) thoughts? on .{1,60})"
        r"(?:\s\(\d+\))?[.:!]?$",
    ),
]

DISCUSS_ELSEWHERE: list[Rule] = [
    *rules(
        "comments",
        160,
        # "Diskutieren Sie mit dem Autor - auf Twitter oder auf Instagram!", "Join the
        # conversation": the call to the comments or to the author's channels.
        r"^(?:diskutieren sie mit|diskutiere mit|(?:want to )?join the (?:discussion|conversation"
        r"|debate)"
        r"|discutez(?:-en)? avec|rejoignez la discussion|únete a la conversación|participa en el"
        r" debate|partecipa alla discussione|participe da (?:discussão|conversa)|praat mee|doe mee"
        r" aan de discussie|dołącz do dyskusji)(?:[.!:]?$|\b[^.?]{0,80}\b(?:below|comments?"
        r"|kommentar\w*|unten|ci-dessous|commentaires?|abajo|comentarios?|sotto|comment[oi]"
        r"|abaixo|comentários?|hieronder|reacties?|poniżej|komentarz\w*|twitter|instagram"
        r"|facebook|forum)\b[^.?]{0,40}[.!]?$"
        r"|\?\s(?:please )?(?:log in|sign in|register)?[^.!?]{0,60}\bcomment\b[^.!?]{0,30}[.!]?$)",
    ),
    *rules(
        "comments",
        80,
        r"^(?:please )?(?:log in|sign in) or register to (?:post )?comments?\b",
        r"^(?:inicie|inicia) sesión o (?:regístrese|regístrate) para (?:comentar|publicar)\b",
    ),
]

MORE_LANGUAGES: list[Rule] = [
    # The marker families in the other languages news sites are written in: Swedish, Danish,
    # Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Turkish, Russian, Ukrainian,
    # Greek, Japanese, Korean, Chinese, Arabic, Indonesian and Vietnamese. Each is a whole
    # line (a label, a button, a notice), so that a sentence holding the same words stays.
    # Languages written without spaces are matched by the whole line as well.
    *rules(
        "comments",
        80,
        # Counters: "Kommentit (4)", "Diskuze (12)", "Hozzászólások 12", "Комментарии (12)",
        # "コメント（12）", "댓글 12", "评论（12）", "التعليقات (12)", "Bình luận (12)".
        r"^[(（]?\d*[)）]?\s*(?:kommentit|kommenttia|kommentti|diskuze|diskuse|diskusia"
        r"|komentáre|komentárov|komentár|hozzászólás(?:ok)?|komment(?:ek)?|comentarii|comentariu"
        r"|комментарии|комментариев|комментария|комментарий|коментарі|коментарів|коментар"
        + el(r"|σχόλια|σχόλιο")
        + r"|コメント|댓글|评论|評論|留言|التعليقات|تعليقات|تعليق|komentar|bình luận)"
        r"\s*(?:[(（]\d+[)）]|:?\s*\d+)?$",
        # Closed threads: "Kommentarsfältet är stängt", "Kommentointi on suljettu",
        # "Комментарии закрыты", "评论已关闭", "التعليقات مغلقة".
        r"^(?:kommentarsfältet är stängt|kommentarerna är (?:stängda|avstängda)|kommentarer är"
        r" (?:stängda|avstängda)|kommentarsporet er lukket|kommentarer(?:ne)? er (?:lukket"
        r"|slået fra|stengt)|kommentarfeltet er stengt(?: for denne (?:saken|artikkelen))?"
        r"|kommentointi on (?:suljettu|päättynyt)"
        r"|disku(?:s|z)e (?:je|byla) uzavřena|diskusia (?:je|bola) uzavretá|(?:a )?hozzászólások"
        r" (?:le vannak zárva|lezárva)|comentariile sunt (?:închise|dezactivate)|yorumlar"
        r" (?:kapatıldı|kapalı|kapatılmıştır)|комментарии (?:закрыты|отключены)|обсуждение"
        r" закрыто|коментарі (?:закрито|закриті|вимкнено)"
        + el(r"|τα σχόλια (?:είναι κλειστά|έχουν κλείσει)")
        + r"|コメント(?:の受付)?(?:は)?(?:終了しました|締め切りました)|评论已关闭|評論已關閉"
        r"|التعليقات مغلقة|(?:kolom )?komentar (?:ditutup|dinonaktifkan)|bình luận đã (?:bị )?đóng)"
        r"[.!。]?$",
        # The thread's buttons and the form's title: "Kommentera", "Kommentoi", "Vstoupit do
        # diskuse", "Szólj hozzá!", "Lasă un comentariu", "Оставить комментарий", "コメントする",
        # "댓글쓰기", "发表评论", "أضف تعليقك", "Tulis komentar", "Gửi bình luận".
        r"^(?:kommentera|kommentér|kommenter|kommentoi|jätä kommentti|kirjoita kommentti"
        r"|(?:vstoupit|přejít) do disku(?:s|z)e|(?:pridať|napísať) komentár|vstúpiť do diskusie"
        r"|hozzászólok|szólj hozzá|szóljon hozzá|(?:lasă|adaugă|scrie) un comentariu|lasă un"
        r" răspuns|yorum (?:yap|yazın|ekle)|комментировать|(?:оставить|оставьте|написать"
        r"|добавить) комментарий|коментувати|(?:залишити|залиште|написати|додати) коментар"
        + el(r"|(?:γράψτε|αφήστε) (?:ένα )?σχόλιο|σχολιάστε")
        + r"|コメント(?:する|を書く|を投稿(?:する)?)|댓글\s?(?:쓰기|달기)|댓글을 (?:입력하세요"
        r"|남겨주세요)|(?:发表|發表|我要)(?:评论|評論)|网友评论|網友評論|(?:أضف|اترك|اكتب)"
        r" تعليق(?:ك|اً|ا)?|(?:tulis|berikan|kirim) komentar|(?:gửi|viết) bình luận|ý kiến"
        r" (?:bạn đọc|của bạn))(?:\s?[(（]\d+[)）])?\s?[.:!：]?$",
    ),
    *rules(
        "comments",
        160,
        # Sign in to comment: "Yorum yapmak için giriş yapın", "Чтобы оставить комментарий,
        # войдите", "Щоб залишити коментар, увійдіть".
        r"^(?:yorum yapmak için (?:giriş yapın|giriş yapmalısınız|üye olun)|для (?:комментирования"
        r"|того,? чтобы оставить комментарий),? (?:необходимо |нужно )?(?:войти"
        r"|авторизоваться|зарегистрироваться)|чтобы (?:оставить комментарий|комментировать),?"
        r" (?:войдите|авторизуйтесь|зарегистрируйтесь)|щоб (?:залишити коментар|коментувати),?"
        r" (?:увійдіть|авторизуйтеся|зареєструйтеся))\b",
    ),
]

COMMENT_RULES: list[Rule] = [
    # The rules of the comment section, opening with the wish for a debate and naming the
    # comments and their moderation or rules later on the line: "Example is committed to
    # maintaining a lively but civil forum for discussion ... Comments may take up to an hour
    # for moderation ...", "Wir wünschen uns eine offene, sachliche Diskussion ...
    # Kommentare ... Netiquette", and the Danish "Vi ønsker en åben og livlig debat på ...".
    *rules(
        "comments",
        1000,
        r"^(?:we (?:want|welcome|encourage|value) an? (?:open|lively|civil|respectful|constructive"
        r"|healthy)(?:,? (?:but|and) (?:civil|respectful|open|lively|constructive))? (?:debate"
        r"|discussion|forum|conversation)|wir (?:wünschen uns|freuen uns auf|möchten) eine"
        r" (?:offene|lebhafte|sachliche|faire|respektvolle)(?:,? (?:aber |und )?(?:sachliche|faire"
        r"|respektvolle|lebhafte))? (?:debatte|diskussion)|vi ønsker (?:en|et) (?:åben|livlig"
        r"|saglig)(?: og (?:livlig|saglig|åben))? (?:debat|diskussion)|nous (?:souhaitons|voulons"
        r"|encourageons) (?:un|une) (?:débat|discussion) (?:ouverte?|animée?|respectueu(?:x|se)"
        r"|constructi(?:f|ve))|(?:queremos|deseamos|fomentamos) un (?:debate|diálogo) (?:abierto"
        r"|respetuoso|constructivo)|(?:vogliamo|desideriamo|incoraggiamo) un (?:dibattito"
        r"|confronto) (?:aperto|vivace|civile|rispettoso)|(?:queremos|desejamos|incentivamos) um"
        r" debate (?:aberto|respeitoso|construtivo)|wij? (?:willen|wensen) een (?:open|levendig"
        r"|respectvol)e? (?:debat|discussie)|(?:chcemy|zależy nam na) (?:otwartej|rzeczowej"
        r"|kulturalnej) (?:debacie|dyskusji))\b" + _COMMENT_RULES_TAIL,
    ),
    # The same rules opened by the site's name: "Example is committed to maintaining a lively
    # but civil forum for discussion".
    *rules(
        "comments",
        1000,
        r"^[^.!?]{1,40} (?:is|are) committed to (?:maintaining|fostering|providing|hosting) an?"
        r" (?:open|lively|civil|respectful|constructive|healthy)(?:,? (?:but|and) (?:civil"
        r"|respectful|open|lively|constructive))? (?:debate|discussion|forum|conversation)\b"
        + _COMMENT_RULES_TAIL,
        needles=("committed to",),
    ),
]
