"""Teaser labels: "read also", related stories and other boxes that point away from the story.

The markers the engine reads to drop a label and the linked headline after it
(:data:`STRONG_TEASER_RE`, :data:`WEAK_TEASER_RE`, :data:`SITE_TEASER_RE`,
:data:`GENRE_TAIL_RE`), and the line rules of the ``genre``, ``teaser`` and ``video_teaser``
families: the page type's label, top-story boxes, a video's pointer between paragraphs. Sites
set these boxes inside the article container, where trafilatura keeps them.
"""

from __future__ import annotations

import re

from pipelines.text.rules.rule import Rule, el, rules

_I = re.IGNORECASE


# "Read also" markers. Strong markers never begin a sentence of prose, so a line that starts
# with one is a teaser whether the headline follows on the same line or not. Weak markers are
# ordinary words ("Related to this, ...") and count only when alone or followed by a colon.
# The label of a box of a source's other stories, before the source's name: "More news from",
# "Weitere Nachrichten aus", "Autres actualités de", "Otras noticias de", "Altre notizie da",
# "Outras notícias de", "Meer nieuws van", "Więcej wiadomości z", "Alte ştiri de".
_OTHER_NEWS_FROM = (
    r"(?:more|other) (?:news|stories) from|weitere (?:nachrichten|meldungen) (?:von|aus|bei)"
    r"|autres (?:actualités|infos|articles) (?:de|du)|(?:otras|más) noticias de"
    r"|altre notizie (?:da|di)|(?:outras|mais) notícias (?:de|do|da)|(?:ander|meer) nieuws"
    r" (?:van|uit)|(?:inne|więcej) wiadomości (?:z|od)|alte [șş]tiri (?:de la|de|din)"
)

_STRONG_TEASER = (
    r"lesen sie auch|lesen sie mehr|lies auch|siehe auch|zum (?:gleichen|selben) thema"
    r"|mehr zum thema|auch interessant|das (?:thema )?könnte (?:sie|dich) auch interessieren"
    r"|passend zum thema|verwandte (?:artikel|themen)|empfehlungen der redaktion"
    r"|read more|read also|also read|see also|more on this(?: story)?|you (?:may|might) also like"
    r"|(?:à |a )?lire (?:aussi|également)|(?:à |a )?voir aussi|voir également|sur le même sujet"
    r"|dans la même rubrique|vous aimerez (?:peut-être )?aussi"
    r"|zum weiterlesen|auch lesenswert|lesetipps?|weitere informationen (?:hierzu|dazu|zum thema)"
    r"|read next|you (?:may|might) also be interested in|recommended reading|don't miss"
    r"|(?:à |a )?lire également|à découvrir aussi|sur le même thème"
    r"|lea también|lee también|vea también|ver también|te puede interesar|le puede interesar"
    r"|noticias relacionadas|leggi anche|potrebbe interessarti|ti potrebbe interessare"
    r"|articoli correlati|vedi anche|guarda anche|leia também|leia mais|veja também"
    r"|você também pode gostar|lees ook|lees meer|zie ook|meer over dit onderwerp"
    r"|gerelateerde artikelen|czytaj (?:też|także|również|więcej)|przeczytaj (?:też|także|również)"
    r"|zobacz (?:też|także|również)|powiązane artykuły"
    r"|das könnte (?:sie|dich) (?:auch )?interessieren|weiterführende (?:links|artikel|beiträge)"
    r"|editor'?s picks|what to read next|related reading|you (?:may|might) also (?:want to read"
    r"|enjoy)|pour aller plus loin|ces articles (?:peuvent|pourraient) vous intéresser"
    r"|vous (?:pourriez|pouvez) aussi aimer|(?:à |a )?voir également|(?:à |a )?lire ensuite"
    r"|también te (?:puede|podría) interesar|(?:te|le) podría interesar|quizás te interese"
    r"|te recomendamos|te puede gustar|per approfondire|da non perdere"
    r"|ti potrebbe (?:anche )?interessare|potrebbe (?:anche )?interessarti|articoli consigliati"
    r"|veja mais|confira (?:também|mais)|você (?:também )?pode se interessar"
    r"|notícias relacionadas|bekijk ook|warto przeczytać"
    r"|może (?:cię|was) (?:też |także |również )?zainteresować|więcej na ten temat"
    r"|dit vind je misschien ook (?:leuk|interessant)|misschien ook interessant"
    # More of the eight languages' pointer phrases, each one that opens a link, not a sentence:
    # "Lesen Sie dazu auch", "À consulter aussi", "Lea además", "Leggi pure", "Leia ainda",
    # "Lees hier meer", "Przeczytaj więcej".
    r"|lesen sie (?:dazu|hierzu|außerdem)(?: auch)?|mehr zu diesem thema|unser lesetipp"
    r"|(?:à |a )?consulter (?:aussi|également)"
    r"|(?:lea|lee|vea|mira) además|mira también|más sobre (?:este|el) tema"
    r"|leggi (?:pure|inoltre)|leia (?:ainda|a seguir)|veja ainda"
    r"|mais sobre (?:o|este) (?:tema|assunto)|lees (?:hier|er) (?:meer|alles|ook)"
    r"|ook het lezen waard|dit vindt u misschien ook (?:leuk|interessant)|przeczytaj więcej"
    r"|lesen sie zum thema (?:auch|außerdem)|(?:à |a )?lire sur le même (?:sujet|thème)"
    # The same in Swedish, Danish, Norwegian, Czech and Turkish.
    r"|läs (?:också|även|mer)|læs (?:også|mere)|les (?:også|mer)"
    r"|čtěte (?:také|též|rovněž|více)|přečtěte si (?:také|též|rovněž|více)"
    r"|ayrıca (?:okuyun|bakınız|bkz\.?)"
    # And in the other languages news sites are written in: "Lue myös", "Čítajte aj", "Citește
    # și", "Читайте также", "Читайте також", "Διαβάστε επίσης", "اقرأ أيضا", "Baca juga",
    # "Xem thêm".
    r"|lue myös|katso myös|čítajte (?:aj|tiež)|prečítajte si (?:aj|tiež)|ezt is ajánljuk"
    r"|olvassa el ezt is|cite[șş]te [șş]i|vezi [șş]i|читайте (?:также|тоже|ещё|еще|материал)"
    r"|смотрите также|читайте також|дивіться також"
    + el(r"|διαβάστε (?:επίσης|ακόμη|ακόμα)|δείτε (?:επίσης|ακόμη|ακόμα)")
    + r"|[اإ]قرأ (?:أيضا|ايضا)ً?|شاهد (?:أيضا|ايضا)ً?|baca juga|simak juga|lihat juga"
    r"|xem thêm|đọc thêm|ezt ne hagyja ki"
    # Croatian and Serbian in both scripts ("Pročitajte i", "Прочитајте још", "Pogledajte
    # i"), Catalan ("Llegiu també", "Vegeu també"), Romanian typed without its diacritics
    # ("Citeste si", "Vezi si", "Cititi si"), and the calls to read that the lists above
    # spell in one form only: "Leer también", "Čítajte viac", "Olvasd el ezt is", "Читать
    # также", "Також читайте", "اقرأ أيضًا" (the nunation before the alif).
    r"|pro[čc]itajte (?:i|još|jos|više|vise)|[čc]itajte (?:i|još|jos)|pogledajte (?:i|još|jos)"
    r"|прочитајте (?:и|још|више)|читајте (?:и|још)|погледајте (?:и|још)"
    r"|(?:llegiu|llegeix) (?:també|més)|vegeu també|mireu també"
    r"|citi[țţt]i [șşs]i|cite[șşs]te [șşs]i|vezi [șşs]i|leer también|[čc]ítajte viac"
    r"|olvasd el ezt is|читать также|також читайте|[اإ]قرأ (?:أيضًا|ايضًا)"
    # The label of a box of the same section's other stories: "Artikel aus der gleichen
    # Kategorie", "More from the same category", "Articles dans la même catégorie", "Artículos
    # de la misma categoría", "Articoli della stessa categoria", "Artigos da mesma categoria",
    # "Artikelen uit dezelfde categorie", "Artykuły z tej samej kategorii". Alone or before a
    # colon: "Articles in the same category as this one were banned" is a sentence.
    r"|(?:(?:weitere |andere )?(?:artikel|beiträge|meldungen|nachrichten) (?:aus|in) der"
    r" (?:gleichen|selben|derselben) (?:kategorie|rubrik)|(?:more |other )?(?:articles|posts"
    r"|stories) (?:in|from) the same (?:category|section)|more from the same (?:category"
    r"|section)|(?:(?:d['’])?autres )?articles? (?:dans|de) la même (?:catégorie|rubrique)"
    r"|dans la même catégorie|(?:otros |más )?(?:artículos|noticias) de la misma (?:categoría"
    r"|sección)|(?:altri )?articoli (?:della|nella|dalla) stessa (?:categoria|sezione)"
    r"|(?:outros |mais )?(?:artigos|notícias) da mesma (?:categoria|seção|secção)"
    r"|(?:andere |meer )?artikelen (?:uit|in) dezelfde (?:categorie|rubriek)"
    r"|(?:inne |więcej )?(?:artykuły|wpisy) z tej samej kategorii)(?=\s?[:：»>–—-]|\s*$)"
)

_WEAK_TEASER = (
    r"related(?: articles| stories| coverage| content)?|recommended(?: for you)?|most read"
    r"|most popular|further reading|weitere artikel|meistgelesen"
    r"|en savoir plus|les plus lus|mehr dazu|weitere informationen|more stories|más información"
    r"|mehr informationen|plus d'informations|ulteriori informazioni|mais informações"
    r"|meer informatie|artículos relacionados|articles (?:liés|connexes|associés)"
    r"|related (?:posts|links)"
    # A video box's title: "More videos", "Mehr Videos", "Plus de vidéos", "Больше видео".
    r"|(?:watch )?more (?:of our )?videos|weitere videos|mehr videos|plus de vidéos|más v[íi]deos"
    r"|altri video|mais vídeos|meer video's|więcej (?:wideo|filmów)|больше видео|další videa"
    r"|flere videoer|fler videor|daha fazla video"
    r"|more|more (?:from|by) [^.!?:]{2,30}|mehr (?:von|aus|bei) [^.!?:]{2,30}"
    # A box of the source's other stories, named by the source, whose name may be its domain:
    # "More news from Example.com", "Weitere Nachrichten aus Example", "Alte ştiri de example.md".
    r"|(?:" + _OTHER_NEWS_FROM + r") [^.!?:]{2,30}(?:\.[a-z]{2,6})?"
    r"|relacionad[oa]s?"
    r"|lo más leído|más leídas|correlati|i più letti|saiba mais|relacionad[oa]s|mais lidas"
    r"|ook interessant|meest gelezen|polecamy|najczęściej czytane|najpopularniejsze"
    r"|ähnliche (?:artikel|beiträge|themen)|similar (?:articles|stories)|articles similaires"
    r"|artículos similares|articoli simili|artigos (?:semelhantes|relacionados)"
    r"|vergelijkbare artikelen|podobne artykuły"
    r"|(?:weitere |mehr )?(?:artikel|beiträge|nachrichten) aus dem ressort"
    r"|top stories|trending(?: now| stories)?|popular (?:now|stories)|latest (?:news|stories|on)"
    r"|more news(?: stories)?|weitere (?:nachrichten|meldungen|beiträge)"
    r"|neueste (?:artikel|beiträge)"
    r"|dernières actualités|les plus populaires|à la une|más noticias|otras noticias"
    r"|últimas noticias|lo más visto|ultime notizie|i più visti|approfondimenti"
    r"|mais notícias|últimas notícias|recomendad[oa]s? para (?:você|ti)|meer nieuws|laatste nieuws"
    r"|gerelateerd|najnowsze|więcej informacji|zobacz więcej"
    r"|plus d'articles|autres articles|altre notizie|altri articoli|więcej wiadomości"
    r"|więcej artykułów|empfohlene artikel|mais artigos|más artículos|meer artikelen"
    # Labels that also open prose ("Passend dazu hat die Stadt ...", "Te recomendamos beber
    # agua", "Zobacz, jak ..."): a marker only alone or before a colon.
    r"|passend dazu|dazu passend|auch spannend|ebenfalls interessant|zum thema"
    r"|(?:weitere )?(?:artikel|beiträge|news) zum thema|related (?:news|topics|videos)"
    r"|(?:recommended|suggested) (?:stories|articles|reading|videos)|in case you missed it"
    r"|icymi|must read|more like this|you (?:may|might) have missed|articles recommandés"
    r"|pour en savoir plus"
    r"|nos articles sur le (?:même )?sujet|les plus (?:partagés|commentés|consultés|vus)"
    r"|(?:noticia|artículo|contenido|nota)s? relacionad[oa]s?|temas relacionados"
    r"|para saber más|(?:notizie|articoli|contenuti|news) correlat[ei]|articolo correlato"
    r"|approfondisci|scopri di più|consigliati per te|leggi altro"
    r"|(?:matéria|conteúdo|notícia|artigo)s? relacionad[oa]s?|você pode gostar"
    r"|gerelateerde? (?:berichten|nieuws|onderwerpen|artikelen|verhalen)"
    r"|aanbevolen(?: artikelen| voor jou| voor u)?|uitgelicht|meer lezen|populaire artikelen"
    r"|polecane(?: artykuły| teksty)?|dowiedz się więcej|podobne (?:tematy|teksty)|zobacz"
    r"|czytaj|przeczytaj|se (?:också|även|også)|relaterat|relaterade (?:artiklar|nyheter)"
    r"|mest lästa|relateret|relaterede artikler|mest læste|relatert|relaterte (?:artikler|saker)"
    r"|mest lest|související(?: články| zprávy| témata)?|nejčtenější|doporučujeme|přečtěte si"
    r"|ilgili (?:haberler|haber|içerikler|yazılar)|(?:en )?çok okunan(?:lar)?|benzer haberler"
    r"|diğer haberler"
    # The same labels in the other languages news sites are written in, the ones written
    # without spaces among them: "Mest lästa", "Luetuimmat", "Súvisiace články", "Kapcsolódó
    # cikkek", "Cele mai citite", "По теме", "Найпопулярніше", "Σχετικά άρθρα", "関連記事",
    # "관련기사", "相关阅读", "الأكثر قراءة", "Berita terkait", "Tin liên quan".
    r"|fler nyheter|senaste nytt|senaste nyheterna|mest läst|seneste nyt|flere nyheder"
    r"|mest læst|siste nytt|flere nyheter|lue lisää|luetuimmat|aiheesta lisää|aiheeseen"
    r" liittyv(?:ää|ät|iä)|uusimmat|tuoreimmat|lisää uutisia|suosituimmat|další zprávy"
    r"|nejnovější zprávy|súvisiace(?: články| správy| témy)?|najčítanejšie|mohlo by vás"
    r" zaujímať|ďalšie správy|najnovšie správy|odporúčame|olvassa el|kapcsolódó (?:cikkek?"
    r"|hírek|tartalom)|legolvasottabb(?: cikkek| hírek)?|legfrissebb(?: hírek)?|további"
    r" hírek|friss hírek|ajánló|ajánlott cikkek|cite[șş]te mai mult|cele mai citite"
    r"|articole (?:similare|asemănătoare|recomandate|corelate)|[șş]tiri similare|ultimele"
    r" [șş]tiri|recomandări|pe aceea[șş]i temă|bunu da okuyun|bunları da okuyun|daha fazla"
    r" haber|öne çıkanlar|son haberler|по теме|(?:новости|материалы|ещё|еще) по теме"
    r"|самое (?:читаемое|популярное)|популярное|другие новости|последние новости"
    r"|рекомендуем|читать (?:далее|дальше)|подробнее|все новости|по темі|(?:новини|матеріали)"
    r" (?:на|за) тему|найпопулярніше|популярне|більше новин|інші новини|останні новини"
    r"|рекомендуємо|детальніше|всі новини"
    + el(
        r"|σχετικά (?:άρθρα|θέματα)|σχετικές ειδήσεις|(?:τα πιο )?δημοφιλή|τελευταία νέα"
        r"|τελευταίες ειδήσεις|διαβάστε περισσότερα"
    )
    + r"|関連記事(?:一覧)?|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ"
    r"|おすすめ記事|人気記事|アクセスランキング|続きを読む|もっと見る"
    r"|관련\s?기사|관련\s?뉴스|많이 본 (?:뉴스"
    r"|기사)|인기\s?기사|추천\s?기사|함께 보면 좋은 기사|최신\s?뉴스|相关(?:阅读|新闻|文章|报道)"
    r"|相關(?:閱讀|新聞|文章|報導)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|热门(?:文章|新闻)"
    r"|熱門(?:文章|新聞)|更多新闻|更多新聞|猜你喜欢|猜你喜歡|(?:مواضيع|أخبار|مقالات) ذات صلة"
    r"|الأكثر (?:قراءة|مشاهدة)|آخر الأخبار|اقرأ المزيد|berita (?:terkait|lainnya|terkini)"
    r"|artikel terkait|terpopuler|baca selengkapnya|pilihan editor|tin (?:liên quan|cùng"
    r" chuyên mục|mới nhất|khác|nổi bật)|bài (?:viết )?liên quan|đọc nhiều nhất|xem nhiều"
    r" nhất|có thể bạn quan tâm"
    # Pointer phrases that also open advice in prose ("Sprawdź też, czy ...", "Cela peut vous
    # intéresser si ...", "Quizás le interese saber ...", "Ler também ajuda ...", "Mohlo by vás
    # zajímat, jak ...", "Polecamy również wizytę ..."): labels only.
    r"|(?:ceci|cela|ça) (?:pourrait|peut) (?:aussi |également )?vous intéresser"
    r"|vous pourriez (?:aussi |également )?être intéressée?s?"
    r"|quizás? (?:también )?(?:te|le) interese|ler também|(?:pode|poderá) (?:também )?"
    r"interessar-lhe|sprawdź (?:też|także|również)|przeczytaj koniecznie"
    r"|polecamy (?:też|także|również)|mohlo by vás (?:také |též )?zajímat"
    r"|(?:bunlar|bu haberler) da ilginizi çekebilir|ilginizi çekebilir|sizin için seçtiklerimiz"
    r"|вам (?:также )?может быть интересно|det kan (?:også )?interessere dig"
    r"|du (?:kanske|kan) (?:också|även) (?:gillar?|vara intresserad av)"
    r"|(?:también )?(?:te|le) (?:pueden|podrían) interesar|(?:ti )?potrebbero (?:anche )?"
    r"interessarti|ti potrebbero (?:anche )?interessare|ti potrebbe (?:anche )?piacere"
    r"|também (?:pode|poderá) gostar|to (?:może|mogą) (?:cię|was) (?:też |także )?zainteresować"
    # More labels of the eight languages that open prose too ("Lesen Sie hier, wie ...", "À
    # lire absolument, ce roman ...", "En lien avec l'enquête, ...", "Più letti sono i ...",
    # "Więcej osób ..."): "Lesen Sie hier:", "Meistgelesene Artikel", "Most viewed", "À lire :",
    # "En lien", "Le recomendamos:", "No te pierdas:", "Più letti", "Mais lidas da semana",
    # "Meer over:", "Eerder verschenen", "WIĘCEJ:", "Nie przegap:".
    r"|lesen sie (?:hier|weiter)|hier lesen sie mehr|mehr lesen|weiterlesen"
    r"|(?:ebenfalls|außerdem) lesenswert|dazu lesen sie|meistgelesene (?:artikel|beiträge)"
    r"|am meisten gelesen|beliebte (?:artikel|beiträge)|weitere themen|mehr news|top-themen"
    r"|keep reading|most (?:viewed|shared|commented|watched)|more coverage"
    r"|(?:à |a )(?:découvrir|lire)|en lien|(?:à |a )?ne pas manquer|(?:les )?dernières"
    r" (?:actualités|infos)|plus d'actualités|(?:recommandée?s?|sélectionnée?s?) pour vous"
    r"|notre sélection|découvrez (?:aussi|également)|les articles les plus lus|lire plus"
    r"|puede interesarte|puede que (?:te|le) interese|le recomendamos|recomendad[oa]s?"
    r"|lectura recomendada|no te pierdas|noticias más leídas|lee más|lea más|seguir leyendo"
    r"|consigliati|ti consigliamo|(?:gli |i )?(?:articoli )?più (?:letti|visti)(?: oggi| della"
    r" settimana)?|leggi l'articolo(?: completo)?"
    r"|(?:as |os )?mais (?:vistos|vistas|lidos|lidas)(?: da semana| do dia)?|ver também"
    r"|mais sobre|assuntos relacionados|sugestões para (?:você|ti)|leia a matéria completa"
    r"|continue lendo|meer over(?: dit (?:thema|onderwerp))?|meest bekeken|ook leuk om te lezen"
    r"|eerder verschenen|interessant voor (?:jou|u)|lees verder|więcej|najchętniej czytane"
    r"|nie przegap|tego nie możesz przegapić|czytaj dalej"
    # The labels of the same boxes in Croatian and Serbian (both scripts) and Catalan, and
    # those the lists above miss in the other languages: "Povezane vijesti", "Најчитаније",
    # "Možda vas zanima", "Notícies relacionades", "Et pot interessar", "Sigue leyendo", "Vă
    # recomandăm", "Ez is érdekelheti", "Новини за темою", "Σχετικά", "Artikel lainnya",
    # "注目記事", "이전 기사", "编辑推荐", "قد يهمك". Labels only, since "Možda vas zanima da
    # ..." or "Vă recomandăm să ..." open advice in prose.
    r"|(?:vezane|povezane) (?:vijesti|vesti)|povezani članci|повезане вести|повезани чланци"
    r"|vezano|povezano|повезано|najčitanije|најчитаније|preporučujemo|препоручујемо"
    r"|preporučeno|препоручено|još (?:vijesti|vesti)|још вести|najnovije (?:vijesti|vesti)"
    r"|најновије вести|ne propustite|не пропустите|izdvojeno|издвојено|možda vas (?:zanima"
    r"|zanimaju)|можда вас занима"
    r"|més informació|(?:també )?(?:et|us) pot interessar|notícies relacionades|articles"
    r" relacionats|relacionat(?:s|des?)?|(?:les )?més (?:llegides|llegits|vistes)|el més"
    r" (?:llegit|vist)|més notícies|últimes notícies"
    r"|recomendamos|sigue leyendo|(?:lee|lea) aquí|leer más|ver más|also see|ler mais"
    r"|powiązane|läs vidare|læs videre|les videre|prečítajte si"
    r"|v[ăa] recomand[ăa]m|[țţt]i-ar putea pl[ăa]cea|te-ar putea interesa|cite[șşs]te mai mult"
    r"|kapcsolódó(?: cikk| hír)?|ajánlott|ajánljuk(?: még)?|ez is érdekelhet(?:i)?"
    r"|bu haberi de okuyun|okumaya devam et|больше новостей|новини за темою|вас може"
    r" зацікавити|також цікаво"
    + el(r"|σχετικά")
    + r"|(?:baca|simak) berita lainnya|artikel lainnya|rekomendasi|topik terkait"
    r"|こちらも読まれています|注目記事|最新記事|この記事を読んだ人におすすめ|次の記事|前の記事"
    r"|이 기사와 함께 많이 본 뉴스|주요\s?뉴스|이전\s?기사|다음\s?기사|함께 읽으면 좋은 기사"
    r"|热点新闻|熱點新聞|热门推荐|熱門推薦|编辑推荐|編輯推薦|你可能(?:也)?喜[欢歡]|最新(?:新闻|新聞)"
    r"|上一篇|下一篇"
    r"|قد يهمك(?: أيضا| أيضاً)?|(?:موضوعات )?ذات صلة|أخبار متعلقة|تابع أيضا|المزيد"
    # The same lists of the article's section: "i più visti della sezione", "News dalla
    # sezione", "Meistgelesen in der Rubrik".
    r"|(?:i più (?:visti|letti)|most (?:read|popular|viewed)|meistgelesen|les plus lus"
    r"|lo más (?:leído|visto)|mais lidas|meest gelezen|najczęściej czytane|news|notizie"
    r"|nachrichten|artikel|articles|noticias|notícias|nieuws|wiadomości|more|mehr"
    r"|(?:aktuelle |weitere |neueste )?(?:berichte|beiträge|artikel)|(?:more )?(?:stories|posts))"
    r" (?:della sezione|dalla sezione|in (?:this|the) (?:section|category)|from (?:this|the)"
    r" (?:section|category)|in der rubrik|aus der rubrik|(?:in|aus) dieser (?:rubrik|kategorie)"
    r"|de la rubrique|de la sección|da secção|da seção"
    r"|in de rubriek|uit de rubriek|w dziale|z działu)"
)

_TEASER_SEP = r"(?:\s*[:：»>–—-]+|\s*\.\.\.|\s*…)?"

# (?!\w), not \b, after the marker: the Arabic "أيضاً" ends in a vowel sign, no word character.
STRONG_TEASER_RE = re.compile(rf"^(?:{_STRONG_TEASER})(?!\w){_TEASER_SEP}\s*(?P<rest>.*)$", _I)

# A label may carry a short note in brackets: "関連記事（外部サイト）", "Related (external)".
WEAK_TEASER_RE = re.compile(
    rf"^(?:{_WEAK_TEASER})(?:\s?[(（][^()（）]{{1,12}}[)）])?\s*(?:[:：»>–—-]+\s*(?P<rest>.*))?$",
    _I,
)

# "Auch auf gofeminin.de", "New on WIVB.com": a site's own cross-promotion box header, in
# de en fr es it pt nl pl.
SITE_TEASER_RE = re.compile(
    r"^(?:auch (?:auf|bei)|neu (?:auf|bei)|more from|(?:new|latest|trending) (?:on|at)"
    r"|plus sur|nouveau sur|(?:nuevo|lo último) en|(?:novità|ultime) su|novo no|nieuw op"
    r"|nowe na|najnowsze na) [\w.-]+\.[a-z]{2,}$",
    _I,
)

# Teaser cards often end their blurb with a genre label after the last sentence
# ("... noch nachgewiesen werden. Entschlüsselung" in seed 003).
GENRE_TAIL_RE = re.compile(
    r"[.!?…\"“”»)]\s+(?:entschlüsselung|interview|analyse|analysis|reportage|décryptage"
    r"|explainer|témoignage|enquête|porträt|portrait|chronique|kommentar|opinion|meinung"
    r"|video|vidéo|podcast|grand format|récit)$",
    _I,
)

PAGE_TYPE: list[Rule] = [
    # The page type's label alone on its line, which a site's template prints between the
    # standfirst and the body, where no stray label is looked for: "Article", "Artikel",
    # "Článek", "Artículo", "Artykuł". A line of its own that names no article ("Artikel 5",
    # "Article précédent") goes on or goes as its own family.
    *rules(
        "genre",
        12,
        r"^(?:article|artikel|artículo|articolo|artigo|artykuł|článek|článok|cikk|makale)$",
    ),
]

VIDEO_TEASERS: list[Rule] = [
    # A video's pointer between paragraphs, where the player cuts the story: "Dalsza część
    # artykułu pod materiałem wideo", "The article continues below the video", "Der Artikel geht
    # unter dem Video weiter", "La suite de l'article après la vidéo", "Artikel berlanjut setelah
    # video". The ad slot's hint of the same shape is the "ad" family; this one names the video.
    *rules(
        "video_teaser",
        100,
        r"^(?:(?:the )?(?:story|article|text) continues (?:below|after) (?:the|this) video"
        r"|(?:der )?(?:artikel|text|beitrag) (?:geht (?:unter|nach) dem video weiter|wird"
        r" (?:unter|nach) dem video fortgesetzt)|weiter(?:lesen)? (?:nach|unter) dem video"
        r"|(?:la )?suite (?:de l'article|du texte|de l'info) (?:après|sous) (?:la|cette) vidéo"
        r"|l'article (?:continue|se poursuit) (?:après|sous) (?:la|cette) vidéo"
        r"|(?:el )?(?:artículo|texto|(?:la )?noticia) (?:continúa|sigue) (?:después del?|tras el"
        r"|debajo del?) (?:este )?v[íi]deo|(?:l'articolo|il testo) continua (?:dopo|sotto) (?:il"
        r"|questo) video|(?:o )?(?:artigo|texto|conteúdo|(?:a )?matéria|(?:a )?reportagem)"
        r" continua (?:após|depois d[oe]|abaixo d[oe]) (?:o |este )?v[íi]deo|(?:het )?(?:artikel"
        r"|verhaal) gaat (?:verder|door) (?:na|onder) de video|lees verder (?:na|onder) de video"
        r"|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) (?:materiałem )?(?:wideo|video"
        r"|filmem)|(?:продолжение|статья продолжается) (?:после|под) видео|(?:продовження"
        r"|стаття продовжується) (?:після|під) відео|(?:artikel|berita) (?:berlanjut"
        r"|dilanjutkan) (?:setelah|di bawah) video(?: (?:ini|berikut))?)\s?[.:…]?$",
    ),
    # A video's teaser between paragraphs: a call to watch, then the video's title in quotes
    # or after a colon: "Simak Video \"…\"", "Watch the video: …", "Sehen Sie im Video: …",
    # "Regardez la vidéo : …", "Zobacz wideo: …". A sentence that tells what the video shows
    # ends with a full stop ("Watch the video: it shows the flood.") and stays.
    *rules(
        "video_teaser",
        160,
        r"^(?:watch (?:the |our )?video|(?:sehen|schauen) sie (?:sich )?(?:das|im|unser) video"
        r"(?: an)?|(?:regardez|voir) (?:la|notre) vidéo|(?:mira|vea|ve) (?:el|nuestro) v[íi]deo"
        r"|guarda (?:il )?video|(?:assista|veja) (?:ao|o) v[íi]deo|bekijk (?:de|onze) video"
        r"|(?:zobacz|obejrzyj) (?:wideo|film|materiał wideo)|смотрите видео|дивіться відео"
        r"|(?:simak|tonton|saksikan) video)(?:\s?[:：]\s?\S.{1,140}(?<![.;,])"
        r"|\s?[:：]?\s?[\"“„«‘][^\"“”„«»]{2,140}[\"”“»’])$",
    ),
    # A read-also capsule in Ukrainian and Russian, its label glued to the linked headline
    # without a colon: "До теми Headline", "Зверніть увагу Headline", "По теме Headline". The
    # same words open prose ("Зверніть увагу на ціни", "до теми повернемося"), where a lower-case
    # word follows; the headline opens with a capital and ends without a full stop.
    *rules(
        "teaser",
        200,
        r"^(?:до теми|по темі|зверніть увагу|по теме|обратите внимание)"
        r" (?-i:[А-ЯІЇЄҐЁ\"«„])[^\n]{8,180}(?<![.;,])$",
    ),
]

TOP_STORIES: list[Rule] = [
    # A box of the day's top stories, its title alone: "Top news stories today", "Die
    # Top-Nachrichten des Tages", "Les principales infos du jour", "Najważniejsze wiadomości
    # dnia".
    *rules(
        "teaser",
        60,
        r"^(?:top (?:news )?(?:stories|headlines) (?:today|of the day)|(?:die )?top-?(?:nachrichten"
        r"|meldungen|themen) (?:des tages|von heute)|les (?:principales|grandes) (?:infos"
        r"|informations|actualités) du jour|(?:las )?(?:principales )?noticias"
        r" (?:más importantes )?(?:de hoy|del día)|le notizie (?:principali|più importanti) (?:di"
        r" oggi|del giorno)"
        r"|(?:as )?principais notícias (?:de hoje|do dia)|(?:het )?belangrijkste nieuws van"
        r" (?:vandaag|de dag)|najważniejsze (?:wiadomości|informacje) (?:dnia|dzisiaj|z dziś))"
        r"\s?:?$",
    ),
]
