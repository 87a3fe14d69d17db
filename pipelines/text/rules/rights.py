"""Rights: copyright and reprint notices, agency copy published unedited, how to cite the page.

Families ``copyright``, ``syndication`` and ``citation``: the legal lines a site prints under
or around every story, in each language's standard phrasing ("Alle Rechte vorbehalten",
"Nachdruck verboten", "All rights reserved"), and a journal's suggested citation.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, el, rules

# A suggested citation's reference: the authors, the title, the site, the day, an address and
# a DOI, a few lines of a bibliography at most.
CITATION_MAX_CHARS = 400

# "All rights reserved" in each language: a copyright notice on a line of its own, or ending
# the line that names the holder.
RIGHTS_RESERVED = (
    r"alle rechte vorbehalten|all rights reserved|tous droits réservés"
    r"|tous droits de reproduction(?: et de (?:diffusion|représentation))? réservés"
    r"|droits de reproduction et de diffusion réservés"
    r"|todos los derechos reservados|reservados todos los derechos|tutti i diritti riservati"
    r"|riproduzione riservata"
    r"|todos os direitos reservados|alle rechten voorbehouden|auteursrecht(?:en)? voorbehouden"
    r"|wszelkie prawa zastrzeżone|prawa autorskie zastrzeżone"
    r"|wszystkie prawa zastrzeżone|alla rättigheter förbehållna|alle rettigheder"
    r" forbeholde(?:s|t)|alle rettigheter (?:reservert|forbeholdt)|všechna práva vyhrazena"
    r"|(?:tüm|bütün) hakları saklıdır"
    # The same in the other languages news sites are written in.
    r"|kaikki oikeudet pidätetään|všetky práva vyhradené|minden jog fenntartva"
    r"|toate drepturile rezervate|все права защищены|(?:усі|всі) права захищен[оі]"
    + el(
        r"|με επιφύλαξη (?:παντός|κάθε) δικαιώματος|όλα τα δικαιώματα (?:διατηρούνται"
        r"|κατοχυρωμένα)"
    )
    + r"|جميع الحقوق محفوظة|hak cipta dilindungi(?: undang-undang)?"
    r"|sva prava (?:su )?(?:pridržana|zadržana|zaštićena)|сва права (?:су )?(?:задржана|заштићена)"
    r"|tots els drets reservats"
)

# A blog feed's footer (the templates of the common WordPress plugins, in de en fr es it pt nl
# pl ro), up to the line's end: "The post Headline appeared first on Example News."
FEED_FOOTER = (
    r"(?:the post|der beitrag|l['’]article"
    r"|la entrada|el (?:post|artículo)|l['’]articolo|o (?:post|artigo)|het bericht|artykuł"
    r"|wpis|post-ul|articolul)\s.{1,200}?\s(?:appeared first on|erschien zuerst auf|est"
    r" apparu en premier sur|(?:se publicó|apareció) primero en|proviene da|apareceu primeiro"
    r" em|aparece primeiro em|verscheen eerst op|pochodzi z serwisu|pojawił się najpierw na"
    r"|apare prima dat[ăa] (?:pe|în))\s(?:(?-i:[A-ZÀ-ÖØ-Þ0-9][\w.'’&-]*(?:\s[A-ZÀ-ÖØ-Þ0-9&|–-]"
    r"[\w.'’&-]*){0,5})|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\.?$"
)

AGENCY_COPY: list[Rule] = [
    # The note that the story is agency copy published as it came, unedited: "(Except for the
    # headline, this story has not been edited by ... staff and is published from a syndicated
    # feed.)", "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde
    # automatisch von der Deutschen Presse-Agentur (dpa) übernommen.", "Cet article a été
    # publié automatiquement." It says where the text comes from, never what happened.
    *rules(
        "syndication",
        300,
        r"^(?=.*?(?:syndicated feed|agency feed))[^!?]{0,200}\b(?:published|generated"
        r"|auto-generated|taken|sourced) from (?:a|an|the) (?:syndicated|(?:automated )?(?:news"
        r" |wire )?agency) feed\b",
        r"^(?=.*?(?:redaktionell nicht bearbeitet|automatisch))(?:[^.!?]{0,60} hat (?:diese|den"
        r"|die) (?:meldung|nachricht|text|artikel|beitrag) redaktionell nicht bearbeitet"
        r"|(?:(?:diese|der|die) (?:meldung|nachricht|text|artikel|beitrag)|sie|er) wurde"
        r" automatisch (?:von|aus) [^.!?]{2,80}übernommen)\b",
        r"^\(?(?:cet article|cette (?:dépêche|information|brève)) a été (?:publiée?|générée?"
        r"|mise? en ligne) automatiquement\b",
        r"^\(?(?:esta (?:noticia|información)|este (?:artículo|contenido|texto)) (?:ha sido|fue)"
        r" (?:publicad[oa]|generad[oa]) automáticamente\b",
        r"^\(?(?:questo (?:articolo|contenuto)|questa notizia) è stat[oa] (?:pubblicat[oa]"
        r"|generat[oa]) automaticamente\b",
        r"^\(?(?:este (?:artigo|conteúdo|texto)|esta notícia) (?:foi|é) (?:publicad[oa]"
        r"|gerad[oa]) automaticamente\b",
        r"^\(?(?:dit (?:artikel|bericht)|deze tekst) (?:is|werd) automatisch (?:gepubliceerd"
        r"|overgenomen|gegenereerd)\b",
        r"^\(?(?:ten (?:artykuł|tekst)|ta (?:informacja|wiadomość)) został[ao]? (?:opublikowan[ya]"
        r"|wygenerowan[ya]) automatycznie\b",
    ),
]

REPRINT_NOTICES: list[Rule] = [
    # Reprint and copyright notices of the text itself.
    *rules(
        "copyright",
        300,
        rf"^(?:{RIGHTS_RESERVED})\b",
        r"^(?:\S+\s){0,6}(?:nachdruck|vervielfältigung|weiterverbreitung|reproduction"
        r"|reproducción|riproduzione|reprodução|overname|przedruk|kopiowanie|republication"
        r"|přebírání|přetiskování)\b.{0,80}\b(?:bez (?:předchozího )?(?:písemného )?souhlasu"
        r"|nur mit"
        r"|nicht gestattet|untersagt|interdite?|réservée|prohibida|vietata|proibida"
        r"|niet toegestaan|zabronion[ey]|(?:wyłącznie|tylko) za (?:pisemną )?zgodą"
        r"|without (?:the )?(?:prior )?(?:written )?(?:permission|consent)"
        r"|(?:strictly )?prohibited)",
        # The site's own notice over its pictures and texts: "©Jane Doe | Alle Bilder und
        # Inhalte sind urheberrechtlich geschützt. Bitte verwende ..."
        r"^(?:©|\(c\)|copyright)[^.!?]{0,120}\b(?:urheberrechtlich geschützt|protected by"
        r" copyright|protégée?s? par le droit d'auteur|protegid[oa]s? por (?:(?:los )?derechos"
        r" de autor|direitos autorais)|protett[ei] da(?:l)? (?:diritto d'autore|copyright)"
        r"|auteursrechtelijk beschermd|chronion[ey] prawem autorskim)",
        r"^(?:images? (?:may|might) be subject to copyright|reprints? (?:and|&) permissions"
        r"|this (?:article|story|material|content) (?:may|must)"
        r" not be (?:published|reproduced|republished|redistributed|rewritten))\b",
        r"^(?:toute reproduction|queda prohibida la reproducción|prohibida (?:su|la) reproducción"
        r"|è vietata la (?:riproduzione|ripubblicazione)|é proibida a reprodução"
        r"|reprodução proibida|vietata la (?:riproduzione|ripubblicazione)"
        r"|proibida a (?:sua )?reprodução)\b",
        r"^(?:no part of this (?:publication|article|website|site|material) may be (?:reproduced"
        r"|republished|copied)|niets uit deze (?:uitgave|publicatie|website) mag (?:worden )?"
        r"(?:verveelvoudigd|overgenomen|gereproduceerd))\b",
        # "Bu haberin tüm hakları ...'e aittir."
        r"^(?:bu )?(?:haberin|içeriğin|sitenin|yazının) (?:tüm|bütün) hakları\b[^.!?]{0,60}"
        r"\b(?:aittir|saklıdır)",
    ),
    # The same ban in Romanian, Russian, Czech, Danish and Swedish, the reprint named
    # with what it reprints ("Preluarea articolelor ... doar cu acordul", "Перепечатка
    # материалов ... только с согласия", "Kopiering af indhold ... ikke tilladt"): a report on a
    # ban names what is banned ("Использование ИИ без разрешения запрещено" stays).
    *rules(
        "copyright",
        300,
        r"^(?:\S+\s){0,4}(?:republicarea|preluarea|reproducerea|copierea)"
        r" (?:integral[ăa] |parțial[ăa] )?(?:a )?(?:materialelor|articolelor|informa[țţ]iilor"
        r"|con[țţ]inutului|textelor)\b.{0,80}"
        r"\b(?:doar|numai|este (?:strict )?interzis[ăa]|fără (?:acordul|permisiunea))",
        r"^(?:\S+\s){0,4}(?:перепечатка|копирование|воспроизведение)"
        r" (?:материалов|публикаций|статей|контента)\b.{0,100}\b(?:только с|без (?:письменного )?"
        r"(?:согласия|разрешения)|запрещен[оа]?|ссылка\b[^.!?]{0,40}\bобязательна)",
        r"^(?:\S+\s){0,4}(?:kopírování|šíření|přebírání|další užití) (?:obsahu|článků|textů"
        r"|materiálů)\b.{0,80}\b(?:bez (?:předchozího )?(?:písemného )?souhlasu|zakázáno)",
        r"^(?:\S+\s){0,4}(?:kopiering|gengivelse|eftertryk|återgivning|mångfaldigande)"
        r" (?:af|av) (?:indhold|artikler|materiale|innehåll|artiklar|material)\b.{0,80}"
        r"\b(?:ikke tilladt|forbudt|kun (?:tilladt )?med|inte tillåten|förbjuden|endast med)",
        # The reprint's word is looked for first: the words before it make these patterns
        # dear to try on every line of prose.
        needles=(
            *("republicarea", "preluarea", "reproducerea", "copierea"),
            *("перепечатка", "копирование", "воспроизведение"),
            *("kopírování", "šíření", "přebírání", "další užití"),
            *("kopiering", "gengivelse", "eftertryk", "återgivning", "mångfaldigande"),
        ),
    ),
    # The reprint ban that opens a legal footer run into one long line: "This material may not
    # be published, broadcast, rewritten, or redistributed. ©2023 ... All rights reserved. ..."
    *rules(
        "copyright",
        600,
        r"^this (?:article|story|material|content) (?:may|must) not be (?:published|reproduced"
        r"|republished|redistributed|rewritten)\b",
    ),
    # The notice over a story printed for one reader, and the press regulator a paper belongs
    # to: "This copy is for your personal non-commercial use only. To order presentation-ready
    # copies ...", "This website and its associated newspaper are members of Independent Press
    # Standards Organisation (IPSO)" (round 37, the fresh pool).
    *rules(
        "copyright",
        400,
        r"^this copy is for your personal,? non-?commercial use only\b",
        r"^this (?:website|site|newspaper|publication)\b[^.!?]{0,60}\b(?:is|are) (?:a )?members?"
        r" of (?:the )?(?:independent press standards organisation|ipso|impress)\b",
    ),
    # A site's whole legal footer on one line, longer than the notices above: "Copyright © 2019
    # Example, LLC. Reproduction of material ... prohibited. ... All rights reserved." A
    # paragraph of prose does not open with a copyright sign and a year.
    *rules(
        "copyright",
        600,
        r"^[(\[]?(?:copyright\s?(?:©|\(c\))?|©|\(c\))\s?\d{4}\b[^!?]{0,200}?\b(?:reproduction"
        rf"|nachdruck|reproducción|riproduzione|reprodução|{RIGHTS_RESERVED})\b",
    ),
    # The reprint allowed on a condition, the source named: "Nachdruck mit Quellenangabe
    # gestattet", "Reproduction autorisée avec mention de la source", "Se permite la
    # reproducción citando la fuente", "Przedruk dozwolony z podaniem źródła", the Arabic "لا
    # مانع من الإقتباس وإعادة النشر شريطة ذكر المصدر" (no objection to quoting and republishing,
    # the source named). The reprint's word opens the notice, the permission and the source
    # follow in one clause: a story about a reprint names more than its source.
    *rules(
        "copyright",
        200,
        r"^(?=[^.!?,;]{0,100}\b(?:gestattet|erlaubt|honorarfrei|freigegeben|autoris[ée]e?|permise?"
        r"|permitted|allowed|authori[sz]ed|permitid[ao]|autorizad[ao]|consentit[ao]|permess[ao]"
        r"|toegestaan|dozwolon[ya]|dopuszczaln[ya]|se permite|è consentit[ao]|é permitid[ao]))"
        r"(?:\S+\s){0,3}(?:nachdruck|abdruck|weiterverbreitung|reproduction|republication"
        r"|reprint(?:ing)?|republishing|reproducción|riproduzione|ripubblicazione|reprodução"
        r"|overname|overnemen|przedruk|kopiowanie)\b[^.!?,;]{0,60}?\b(?:mit|unter|avec|mention|citant|citando|cita|citada"
        r"|citado|citação|menção|indicando|menzione|met|podaniem|podając|with|citing|crediting"
        r"|provided)\b[^.!?,;]{0,20}\b(?:quelle|quellenangabe"
        r"|source|sources|fuente|fonte|bron|bronvermelding|źródła|attribution)\b[^.!?]{0,60}"
        r"[.!]?$",
        r"^(?:لا مانع من|يسمح ب|يُسمح ب)\s?(?:ال[إا]قتباس|النقل|[إا]عادة النشر)",
        needles=(
            *("nachdruck", "abdruck", "weiterverbreitung", "reproduc", "republi", "reprint"),
            *("riproduzione", "ripubblicazione", "reprodução", "overn", "przedruk"),
            *("kopiowanie", "لا مانع من", "يسمح ب", "يُسمح ب"),
        ),
    ),
    # The trailer a press-release platform puts under each release it distributes: "Original-
    # Content von: Polizei Example, übermittelt durch news aktuell", its English and French
    # forms, an Austrian wire's notice that the sender alone answers for the release, and the
    # American wires' link to the release's own page ("View original content:https://...").
    *rules(
        "copyright",
        250,
        r"^(?:original[- ]content (?:von|of|from)|contenu original de|contenuto originale di)"
        r"\s?:[^!?]{2,120}\b(?:übermittelt durch|transmitted by|distributed by|transmis par"
        r"|trasmesso da)\s",
        r"^\W{0,3}ots-originaltext presseaussendung unter ausschlie(?:ß|ss)licher inhaltlicher"
        r" verantwortung\b",
        r"^(?:view original content(?: to download multimedia)?|view source version on \S+)\s?:",
    ),
    # "Nachdruck verboten", "Eftertryk forbudt", "Eftertryck förbjudes": the ban right after
    # the word, as a short notice (a sentence that bans spreading something names what).
    *rules(
        "copyright",
        80,
        r"^(?:nachdruck|eftertryck|eftertryk|ettertrykk)(?:\s\w+){0,3}\s(?:verboten|förbjud(?:es"
        r"|et|en)|forbudt)\b",
        # The Dutch word is also a takeover's ("Overname door China verboden, meldt ..."): the
        # notice alone on its line.
        r"^(?:overname|overnemen) (?:\w+ )?(?:verboden|niet toegestaan)[.!]?$",
    ),
    *rules(
        "copyright",
        120,
        # The rights desk's link and the reprint notices that are no sentence: "Artikelrechte
        # erwerben", "Reprints & Permissions", "Republish this article", "Se prohíbe la
        # reproducción total o parcial", "Derechos reservados", "Reprodução autorizada mediante
        # citação da fonte", "Materiał chroniony prawem autorskim".
        r"^(?:(?:artikel|nutzungs|lizenz|veröffentlichungs)-?rechte erwerben|rechte erwerben"
        r"|inhalte lizenzieren|(?:(?:get|buy|order|purchase) )?reprints?(?: (?:and|&)"
        r" (?:permissions|licensing))?|republish (?:this|our) (?:article|story|content)"
        r"|purchase licensing rights|reuse this content|(?:©\s?)?(?:derechos|direitos|diritti)"
        r" (?:reservados|riservati)|(?:materiał|materiały|treść|tekst|artykuł) chronion[yae]"
        r" prawem autorskim|se prohíbe la reproducción(?: total o parcial)?(?: de (?:este|esta"
        r"|estos|estas|los|las|su|sus) [^\s.!?]+)?(?: sin [^.!?]{1,60})?)[.!]?$",
        r"^reprodu(?:ção|cción) (?:autorizada|permitida) (?:mediante|citando|con cita|desde que)\b",
    ),
    # The same notices where they do not open the line: "2024 Example Media. Todos los
    # derechos reservados." (the name ends in a separator or a year: "Der Verlag hat sich alle
    # Rechte vorbehalten." is a sentence), "Haber merkezi. İzinsiz kopyalanamaz." Each scans
    # the line, so it is tried only on lines that hold one of its words.
    *rules(
        "copyright",
        300,
        rf"^[^!?]{{0,80}}(?:[.,|·•–—-]|\d{{4}})\s?(?:{RIGHTS_RESERVED})\.?$",
        needles=(
            "vorbehalten",
            "reserved",
            "réservés",
            "reservados",
            "riservat",
            "voorbehouden",
            "zastrzeżone",
            "förbehållna",
            "forbeholde",
            "reservert",
            "forbeholdt",
            "vyhrazena",
            "saklıdır",
            "pidätetään",
            "vyhradené",
            "fenntartva",
            "rezervate",
            "защищены",
            "захищен",
            "δικαι",
            "محفوظة",
            "hak cipta",
            "reservats",
            "pridržan",
            "zadržan",
            "zaštićen",
            "задржан",
            "заштићен",
        ),
    ),
    # The holder before the notice, named as a company by its legal form: "Example Media Ltd.
    # Copyright & Disclaimer contact@example.com", "Beispiel Verlag GmbH · Copyright 2020",
    # "Exemple SA – © 2020". The name is capitalised words, and what follows the notice only
    # years, capitalised words (the footer's links), an address or the reserved rights, so
    # "The firm's Ltd. copyright claim failed." and "Apple Inc. copyright lawyers sued." stay.
    *rules(
        "copyright",
        200,
        r"^(?=.*?(?i:copyright|©))(?:[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s){1,6}(?:Ltd|Limited|Inc|LLC|PLC"
        r"|GmbH|AG|KG|SE|S\.?A|S\.?L|S\.?p\.?A|S\.?r\.?l|SARL|SAS|B\.?V|N\.?V|Lda|Ltda"
        r"|Sp\. z o\.o)\.?,?\s?(?:[|·•–—-]\s?)?(?i:copyright|©)(?!\w)"
        rf"(?:[\s&|·•,.:–—-]+(?:[A-ZÀ-ÖØ-Þ0-9©][\w.'’-]*|[\w.+-]+@[\w.-]+|(?i:{RIGHTS_RESERVED})"
        r"|and|und|et|y|e|en|i))*[\s.]*$",
        flags=0,
    ),
    *rules(
        "copyright",
        300,
        r"^[^.!?]{0,80}\b(?:izinsiz|izin alınmadan|kaynak gösterilmeden)\s[^.!?]{0,40}"
        r"\b(?:kopyalanamaz|yayınlanamaz|alıntı yapılamaz)"
        # "İzinsiz kullanılamaz" (not to be used without permission) as the notice, alone or
        # after the holder's name: "Liman alanı izinsiz kullanılamaz." is a sentence.
        r"|^(?:[^.!?]{0,60}[.|·•–—-]\s)?izinsiz kullanılamaz[.!]?$",
        needles=("kopyalanamaz", "yayınlanamaz", "alıntı yapılamaz", "kullanılamaz"),
    ),
]

REPRINT_BANS_UNSPACED: list[Rule] = [
    # Reprint bans in the languages written without spaces, which need not open the line:
    # "朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。" (ja), "未经授权不得转载" (zh),
    # "무단 전재 및 재배포 금지" (ko); and the legal footer's "Unless otherwise indicated,
    # copyright in the content of this website vests in ...".
    *rules(
        "copyright",
        300,
        r"^[^。！？]{0,80}(?:無断(?:で)?(?:転載|複製|転用)|不得(?:转载|轉載)|禁止(?:转载|轉載)"
        r"|무단\s?전재)"
        # "版权所有" (all rights reserved) wherever the holder's name puts it, but not the
        # copyright's owner ("版权所有者"). In the same rule: one more needle, not one more rule
        # to try on every line.
        r"|^[^。！？]{0,60}版[权權]所有(?![者人权權])",
        needles=("無断", "转载", "轉載", "무단", "版权所有", "版權所有"),
    ),
    *rules(
        "copyright",
        600,
        r"^unless otherwise (?:indicated|stated|noted),? (?:the )?copyright (?:in|of|to)\b",
    ),
]

CITATION: list[Rule] = [
    # The suggested-citation box under a blog's or a journal's article: its label, alone or
    # before the reference ("SUGGESTED CITATION Doe, Jane: Title, Blog, 2019/7/13, https://
    # ...", "Zitiervorschlag:", "Pour citer ce billet :", "Cómo citar este artículo"). Labels
    # that name the article are the whole label; those that could open a how-to's sentence
    # ("Cite as many ...", "Zitierweise der Gerichte ...") go only with a colon or alone; the
    # rest go alone, with a colon, or before a reference that holds a year. A label alone takes
    # the reference under it (:func:`_drop_citation_reference`). Tune set under ``classes``: a
    # law blog's box, its page right since; on the rest of half A no line, in any mode.
    *rules(
        "citation",
        CITATION_MAX_CHARS,
        r"^(?:suggested citation|recommended citation|(?:how to )?cite this (?:article|post"
        r"|page|paper|piece|story|entry|essay)|zitiervorschlag|zitierhinweis|zitiervorlage"
        r"|(?:diesen|den) (?:artikel|beitrag|text) zitieren|(?:pour |comment )?citer (?:cet"
        r" article|ce billet|ce document|ce texte|cette page|cet entretien|cette contribution)"
        r"|référence électronique|(?:cómo |como |para )?citar (?:este|esta) (?:artículo"
        r"|articulo|entrada|texto|nota|publicación|artigo|post|matéria|publicação)"
        r"|cita recomendada|citação recomendada|(?:come |per )?citare quest[oa] (?:articolo|post"
        r"|contributo|pagina)|citazione (?:consigliata|suggerita|raccomandata)"
        r"|(?:hoe )?(?:dit artikel|deze bijdrage) (?:te )?citeren|jak cytować (?:ten|tę|to)"
        r" (?:artykuł|tekst|wpis|publikację)|(?:sugerowany|zalecany|proponowany) sposób"
        r" cytowania|sugerowane cytowanie)(?:\s?:|$|\s(?=.*\b(?:1[89]|20)\d\d\b))",
        r"^(?:cite as|(?:empfohlene |vorgeschlagene )?zitierweise|(?:aanbevolen |voorgestelde )?"
        r"citeerwijze|citeer als|cytuj jako)(?:\s?:|$)",
    ),
]

MORE_LANGUAGES: list[Rule] = [
    # Reprint notices: "Полное или частичное копирование материалов запрещено", "При
    # использовании материалов ссылка обязательна", "Publikování nebo šíření obsahu je
    # zakázáno bez předchozího souhlasu", "Απαγορεύεται η αναδημοσίευση", "Ghi rõ nguồn ...
    # khi phát hành lại thông tin", "Dilarang mengutip artikel ... tanpa izin". Each names the
    # copying of the site's content, not just of "materials" (which are also physical ones).
    *rules(
        "copyright",
        300,
        r"^(?:(?:полное или частичное )?(?:копирование|перепечатка|воспроизведение)"
        r" материалов\b[^!?]{0,120}\b(?:запрещен[оа]|без (?:письменного )?(?:разрешения"
        r"|согласия)|ссылк[аиой]\b[^!?]{0,60}\bобязательн)|при (?:полном или частичном )?"
        r"(?:использовании|цитировании|копировании|перепечатке) материалов\b[^!?]{0,100}"
        r"\b(?:ссылка|гиперссылка)\b[^!?]{0,60}\bобязательна|(?:копіювання|передрук|відтворення)"
        r" матеріалів\b[^!?]{0,120}\b(?:заборонено|без (?:письмового )?(?:дозволу|згоди))"
        r"|(?:використання|копіювання|передрук) матеріалів\b[^!?]{0,120}\b(?:дозволяється"
        r"|дозволено|можливе) (?:лише|тільки) (?:за умови|з|із)\b[^!?]{0,60}\b(?:посилання"
        r"|гіперпосилання)|при (?:використанні|цитуванні|копіюванні) матеріалів\b[^!?]{0,100}"
        r"\b(?:посилання|гіперпосилання)\b[^!?]{0,60}\bобов.язков|publikování (?:nebo|či|a)"
        r" (?:další )?šíření obsahu\b[^!?]{0,80}\bzakázáno|publikovanie (?:alebo|či|a)"
        r" (?:ďalšie )?šírenie obsahu\b[^!?]{0,80}\bzakázané"
        + el(r"|απαγορεύεται η (?:αναδημοσίευση|αναπαραγωγή (?:ή|και) αναδημοσίευση)\b")
        + r"|ghi rõ nguồn\b[^!?]{0,80}\bkhi (?:phát hành lại|sử dụng lại|trích dẫn|đăng tải"
        r" lại)|dilarang (?:mengutip|menyalin|memperbanyak|mengambil)\b[^!?]{0,80}\b(?:artikel"
        r"|konten|berita|tulisan|materi)\b[^!?]{0,100}\btanpa (?:izin|seizin)"
        r"|bản quyền (?:thuộc về|©)[^.!?,]{1,60}\.?$|hak cipta\s?(?:©|\(c\)))",
    ),
    # The same ban as a short notice of its own, the content it bans named or not: "Kopiointi
    # kielletty", "Kopírování je zakázáno", "Reproducerea integrală sau parțială este
    # interzisă", "A másolás tilos", "Перепечатка запрещена", "При перепечатке ссылка
    # обязательна", "Передрук заборонено", "Zabranjeno preuzimanje sadržaja bez dozvole",
    # "Prohibida la reproducció", "Dilarang mengutip tanpa izin", "转载请注明出处", "يمنع النسخ".
    # The whole line: a report on a ban goes on to say who banned what.
    *rules(
        "copyright",
        100,
        r"^(?:(?:kopiointi|kopioiminen) (?:on )?kielletty|kopírování (?:je )?zakázáno"
        r"|kopírovanie (?:je )?zakázané|reproducerea (?:integral[ăa] sau par[țţ]ial[ăa] "
        r"|par[țţ]ial[ăa] sau integral[ăa] )?(?:este )?(?:strict )?interzis[ăa]"
        r"|(?:a )?(?:másolás|másolása|utánközlés) (?:szigorúan )?tilos"
        r"|перепечатка (?:материалов )?(?:без (?:разрешения|согласия) (?:редакции )?)?запрещена"
        r"|при (?:перепечатке|цитировании|копировании|использовании)(?: материалов)?,?"
        r" (?:активная |прямая )?(?:гипер)?ссылка(?: на (?:источник|сайт|первоисточник))?"
        r" обязательна|передрук (?:матеріалів )?(?:без дозволу (?:редакції )?)?заборонено"
        r"|при (?:передруку|цитуванні|копіюванні|використанні)(?: матеріалів)?,? (?:активне"
        r" |пряме )?(?:гіпер)?посилання(?: на (?:джерело|сайт))? обов[ʼ'’]язкове"
        r"|zabranjeno (?:je )?preuzimanje(?: sadržaja| teksta| tekstova| fotografija)?(?: bez"
        r" (?:dozvole|dopuštenja|odobrenja)(?: redakcije| izdavača)?)?"
        r"|забрањено (?:је )?преузимање(?: садржаја| текста)?(?: без (?:дозволе|одобрења)"
        r"(?: редакције)?)?|(?:queda )?prohibida la reproducció(?: total o parcial)?"
        r"|dilarang (?:mengutip|menyalin|mengambil|memperbanyak)(?: (?:artikel|konten|berita"
        r"|isi) ini)? tanpa izin(?: tertulis)?|(?:如需)?(?:转载|轉載)(?:请|請)注明(?:出处|出處|来源"
        r"|來源)|يمنع (?:النسخ|نسخ المحتوى|إعادة النشر)"
        r"(?: (?:دون|بدون) (?:إذن|موافقة)(?: مسبقة?)?)?"
        r")[.!。]?$",
    ),
    # A blog feed's footer that the feed's reader left under the text: "The post Headline
    # appeared first on Example News.", "Der Beitrag ... erschien zuerst auf example.de",
    # "L'article ... est apparu en premier sur ..." (the templates of the common WordPress
    # plugins). Alone on its line: an aggregator shows a story as its feed's excerpt with the
    # footer run into it (:func:`_drop_feed_excerpts`). The site is capitalised words or a
    # domain, so that "L'articolo 18 proviene da una legge del 1970." stays.
    *rules("syndication", 300, rf"^{FEED_FOOTER}"),
]

OTHERS_CONTENT: list[Rule] = [
    # An aggregator's note that what it shows is others' ("Toate titlurile si continutul
    # stirilor apartin surselor respective.", "All headlines belong to their respective
    # sources."), ending its line.
    *rules(
        "copyright",
        200,
        r"^(?:toate|all|alle|tous|toutes|todos|todas|tutti|tutte|wszystkie)\b[^.!?]{0,80}"
        r"\b(?:belong to (?:their |the )?respective (?:sources|owners|authors|holders)|gehören"
        r" (?:den )?jeweiligen (?:quellen|eigentümern|rechteinhabern|urhebern)|appartiennent à"
        r" leurs (?:sources|propriétaires|auteurs) respecti(?:fs|ves)|pertenecen a sus"
        r" respectiv(?:os|as) (?:fuentes|autores|dueños|propietarios)|appartengono (?:ai|alle)"
        r" rispettiv[ie] (?:fonti|proprietari|autori)|pertencem (?:às|aos) respectiv(?:as|os)"
        r" (?:fontes|autores|proprietários)|behoren toe aan (?:de )?respectievelijke (?:bronnen"
        r"|eigenaars|eigenaren)|należą do (?:ich )?(?:odpowiednich|poszczególnych) (?:właścicieli"
        r"|źródeł|autorów)|apar[țţt]in surselor respective)\.?$",
    ),
    # How to cite the page, as a journal sets it: "Jane Doe, « Title », Review, 15 September
    # 2009. ISSN : 2105-3030. URL : https://...". The serial's number and the address end it.
    *rules(
        "copyright",
        400,
        r"^[^\n]{10,300}\bISSN\s?:?\s?\d{4}-\d{3}[\dX]\b[^\n]{0,40}\bURL\s?:\s?https?://\S+$",
        needles=("issn",),
    ),
]
