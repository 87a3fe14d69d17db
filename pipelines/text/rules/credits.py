"""Credits: who took the picture, who reported, which agency or outlet the story draws on.

Photo and image credits (``credit``), captions that end in one or open with the picture's
kind (``caption``), source lines (``source``), sourcing notes (``sourcing``) and the staff's
or the wire's production credit (``contributors``). A credit names; prose tells: the rules
keep to whole short lines or to a credit's shape at a line's end.
"""

from __future__ import annotations

from pipelines.text.rules.rights import RIGHTS_RESERVED
from pipelines.text.rules.rule import Rule, el, one, rules

# News agencies and picture libraries, as they sign photo credits.
_AGENCIES = (
    r"dpa|afp|ap|reuters|epa|getty images|imago(?: images)?|picture[ -]alliance|keystone|anp"
    r"|efe|ansa|pap|belga|apa|sda|istock(?:photo)?|shutterstock|adobe ?stock|unsplash|pexels"
    r"|pixabay|xinhua|kyodo|lapresse"
)

# The sources a sourcing note lists: capitalised words, agencies, and the words between them
# ("Reforma and El Economista", "dpa und AFP", "the Associated Press").
_CREDIT_WORD = (
    rf"(?:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*|(?i:{_AGENCIES})|and|und|y|et|e|en|i|of|the|de|da|do"
    r"|del|la|le|von|van|der|di|in|&|/)"
)

_CREDIT_NAMES = rf"{_CREDIT_WORD}(?:,?\s{_CREDIT_WORD}){{0,20}}"

# The roles of a wire's production credit, each with what joins it to the names: "Reporting
# by", "redigiert von", "Reporter:", "version française", "Editado en español por".
_WIRE_ROLE = (
    r"(?i:(?:reporting|writing|editing|compiled|produced|fact-checking) by"
    r"|(?:bericht|geschrieben|redigiert|bearbeitet) von|reporter\s?:|redaktion\s?:"
    r"|reportage|version française|(?:rédigé|édité) par|édition\s?:"
    r"|(?:reporte|reportaje|información) de|editado(?: en español)? por|traducido por"
    r"|(?:reportage|tradotto) d[ia]|editing|in redazione(?: a [A-ZÀ-Ö]\w+)?"
    r"|reportagem de|(?:edição|tradução) de|(?:verslaggeving|bewerking|vertaling) door"
    r"|(?:relacja|opracowanie|edycja|redakcja|tłumaczenie)\s?:)"
)

# The names after a role: capitalised words and the small words between them, with the place
# each reported from ("Jane Doe in Berlin and John Roe in Paris").
_WIRE_NAMES = rf"\s?{_CREDIT_NAMES}"

# A copyright's holder and what may follow it on the notice's line: the sources' words (an
# agency's service too, "dpa-infocom"), years (in brackets too), the reserved rights, the
# words that pass a picture on or say it is used by leave ("AFP via Getty Images", "Jane Doe
# for The Guardian", "used with permission"), joined by a space, a comma, a semicolon or a
# slash ("Reuters 2023", "picture alliance / dpa", "The Associated Press. All rights
# reserved"), capitalised where they are names. Read case-sensitively inside a rule that
# ignores case.
_PASSED_ON = (
    r"via|for|für|pour|courtesy(?: of)?|(?:used|reproduced|reprinted|published)"
    r" (?:with|by) (?:kind )?permission(?: of)?|with (?:kind )?permission(?: of)?"
)

_HOLDER_WORD = (
    rf"(?:(?-i:{_CREDIT_WORD})|(?:{_AGENCIES})-\w+|\(?\d{{4}}(?:\s?[-–]\s?\d{{4}})?\)?\.?"
    rf"|(?:{RIGHTS_RESERVED})\.?|(?:{_PASSED_ON})\.?)"
)

_HOLDER = rf"{_HOLDER_WORD}(?:(?:[,;]?\s|\s?[/|·–—]\s?){_HOLDER_WORD}){{0,20}}"

# The label of a source line in each language: "Quelle:", "Source:", "Zdroj:", "Forrás:",
# "Kaynak:", "Источник:", "Izvor:", "Sumber:", "المصدر:", "来源：". Not the Catalan "Font:",
# which is also the English label of a typeface in a product's specifications.
_SOURCE_WORD = (
    r"quellen?|sources?|via|fuentes?|fonte|bron|źródło|zdroj|forrás|kaynak|источник|джерело"
    r"|izvor|извор|sumber|lähde|kilde|källa|sursa|المصدر|来源|來源|出典|출처" + el("|πηγή")
)

SOURCES_AND_CREDITS: list[Rule] = [
    # The vendor of a finance page's prices: "Kursdaten provided by Interactive Data",
    # "Market data provided by Example", "Kursdaten: Example" (round 37, the fresh pool).
    *rules(
        "source",
        120,
        r"^(?:kursdaten|kurse|marktdaten|börsendaten|market data|stock data|quotes?|quote data"
        r"|financial data|données de marché|cotations|datos de mercado|cotizaciones|dati di"
        r" mercato|quotazioni|dados de mercado|cotações|koersen|notowania)"
        r"(?: (?:provided|powered|supplied|delivered) by\b|\s?:)\s?[^.!?:]{1,80}$",
    ),
    # Source lines: only short ones or bare URLs; "Source: the ministry said that ..." is prose.
    *rules(
        "source",
        300,
        r"^\(?(?:quellen?|sources?)\s*:\s*(?:\S*https?://\S+|www\.\S+)\)?$",
    ),
    *rules(
        "source",
        100,
        rf"^\(?(?:{_SOURCE_WORD})\s*[:：]\s*[^.!?。]*[.。]?\)?$",
        # The source a site's own name, its domain: "Quelle: example.de".
        rf"^\(?(?:{_SOURCE_WORD})\s*:\s*(?:www\.)?[\w-]+"
        r"(?:\.[\w-]+)*\.[a-z]{2,}\)?$",
        # A paper's record of the story, its DOI alone: "doi: https://doi.org/10.1038/x-1".
        r"^(?:doi\s?:\s?(?:https?://(?:dx\.)?doi\.org/)?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}"
        r"/\S+$",
    ),
    # The broadcast a public broadcaster's web text comes from: "Sendung: Antenne
    # Brandenburg, 24.04.2024, 15:10 Uhr" (dates and times, hence no sentence test).
    *rules(
        "source", 120, r"^sendung\s?:\s[^!?]{3,80}\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b[^!?]{0,30}$"
    ),
    # Image and photo credits: "(Credit: Clayton Aldern / Grist)", "Foto: dpa", "© AFP".
    *rules(
        "credit",
        120,
        r"^\(?(?:fotos?|bild(?:er)?|photos?|images?|crédits?(?: photo)?|credits?|beitragsbild"
        r"|titelbild|symbolbild|bildquelle|fotoquelle|image illustrative|illustration"
        r"|fotografía|fotografia|imagen|crédito|credito|immagine|imagem|afbeelding|beeld|zdjęcie"
        r"|zdjęcia"
        r"|fot\.|ilustración|ilustracja|bildnachweise?|fotonachweise?|bildrechte|foto's"
        # The photographer or the picture's source named by its label in the other languages:
        # "Créditos:", "Fotograf:", "Fotógrafo:", "Crédito da foto:", "Źródło zdjęcia:",
        # "Fonte foto:", "Grafik:", "Bildkälla:", "Snímek:", "Fotoğraf:", "Görsel:".
        r"|créditos|cr[ée]ditos? (?:da|de la|de|del|das) (?:fotos?|imagen|imagem|fotografía)"
        r"|fotograf(?:in|ie)?|fotógraf[oa]|fotograf[oa]|fotoğraf(?:lar)?|görsel|bildkälla"
        r"|billede|snímek|źródło zdjęć|źródło zdjęcia|fonte (?:foto|immagine|da imagem)|grafik"
        r"|infografik"
        # More labels of the same credit: "Photograph:", "Picture:", "Archivfoto:", "Symbolfoto:",
        # "Screenshot:", "Capture d'écran :", "Photo illustration:", "Illustratie:", "Autor
        # zdjęcia:", "Fot:", "Image source:".
        r"|photographs?|pictures?|archivbild|archivfoto|symbolfoto|screenshot|capture d'écran"
        r"|photo illustration|illustratie|ilustração|illustrazione|autor(?:ka)? zdjęć|autor(?:ka)?"
        r" zdjęcia|fot|(?:image|picture|photo) source"
        # The same labels in the other languages: "Kuva:", "Fotó:", "Kép:", "Sursa foto:",
        # "Фото:", "Світлина:", "Φωτογραφία:", "الصورة:", "Sumber foto:", "Ảnh:".
        r"|kuva(?:t|aja)?|kuvitus|arkistokuva|arkivbild|arkivfoto|fotó|kép(?:ek)?|sursa (?:foto"
        r"|imaginii?)|credit (?:foto|imagine)|фото(?:графия|графія)?|світлина|джерело фото"
        + el(r"|φωτογραφία|φωτ\.|φωτό|φωτο")
        + r"|صورة|الصورة|مصدر الصورة|تصوير|sumber (?:foto|gambar)|ảnh|nguồn ảnh"
        # And in Croatian, Serbian and Catalan: "Snimio:", "Fotografija:", "Imatge:".
        r"|snimi(?:o|la|li)|snimak|fotografija|фотографија|снимио|снимила|imatges?"
        # A qualifier between the word and the colon: "Photo (cc) :", "Photo Credit:",
        # "Foto/Grafik:", "Bild & Text:".
        r")(?:\s?\((?:cc|c)\)|\s?(?:credits?|crédits?|nachweis|quellen?)|\s?[/&]\s?[^\W\d_]{2,12})?"
        r"\s*:",
        r"^(?:(?:photo|image|bild|foto) credits?|crédits? photos?)$",
        # Text and picture credits on one line: "Text: Peter Walker Fotos: Diverse".
        r"^(?:text|texte|texto|testo|tekst)\s?:\s?[^.!?:]{2,40}\s(?:fotos?|bilder|photos?|images?"
        r"|fotografías?|fotografie|foto's|zdjęcia)\s?:\s?[^.!?:]{2,40}$",
        r"^fot\.\s(?:mat\.\s)?[^.!?:]{2,60}$",
        r"^(?:photo(?:graph)?|foto|image|bild|imagen|immagine|imagem|zdjęcie) (?:by|von|de|di"
        r"|door|autorstwa)\s[^.!?]{2,60}$",
        # The sign, or the word as a label: "© AFP", "(c) dpa", "Copyright: Jane Doe".
        r"^\(?(?:©|ⓒ|\(c\)\s|copyright\s?:)",
        # The word without a colon opens a notice only with a year, a sign or a holder after it
        # ("Copyright 2024 The Associated Press", "(Copyright AP)", "Copyright by Example
        # GmbH. All rights reserved."): a line of the story may open with the word too
        # ("(Copyright law, he said, has not kept up.)", "Copyright owners must show harm.").
        # No dev page of half A or the tune set changes with this narrowing, in any mode.
        rf"^\(?copyright\s(?:by\s)?(?:©|ⓒ|\(c\)|\d{{4}}\b|{_HOLDER}[\s.)\]]*$)",
        # Translation credits: "Aus dem Englischen von Jan Doolan".
        r"^(?:aus dem [a-zäöü]+(?:ischen|en) (?:übersetzt )?von|übersetzung(?: aus dem"
        r" [a-zäöü]+)?\s?:|translated (?:from (?:the )?[a-z]+ )?by|traduit de l'[a-z]+ par"
        r"|traduction\s?:|traducido del [a-z]+ por|traducción\s?:|tradotto dall'[a-z]+ da"
        r"|traduzione (?:di|a cura di)\s|traduzido do [a-z]+ por|tradução\s?:"
        r"|vertaald uit het [a-z]+ door|vertaling\s?:|(?:przełożył[a]?|tłumaczenie)\s?:?)\s",
    ),
    # Short, whole lines, each tried only on lines up to a credit's length.
    *rules(
        "credit",
        80,
        # A credit without a colon: the word and an agency ("Photo AFP", "Foto Ansa", "Beeld
        # ANP", "(Foto LaPresse)", "Photo d'archives AFP"), a wire's own form ("AP Photo/Jane
        # Doe"), a picture "courtesy of" its owner, "Foto © Jane Doe", the Italian "Ph. Jane
        # Doe", and the Brazilian "Divulgação", "Reprodução/Instagram". Whole lines: a sentence
        # ends in a full stop.
        rf"^\(?(?:photos?|fotos?|bild|beeld|imagen|immagine|imagem|zdjęcie|crédit photo)"
        rf"(?:\s(?:d'archives?|archives?|d'archivio|di archivio))?\s(?:{_AGENCIES})"
        r"(?:\s?/\s?[^.!?/]{2,40})?\)?$",
        rf"^\(?(?:{_AGENCIES}) (?:photo|foto)\s?/\s?[^.!?]{{2,60}}\)?$",
        r"^(?:(?:photo|image|picture|video)s? )?courtesy(?: of)?\s[^.!?]{2,60}$",
        r"^(?:fotos?|bild|photos?|image|fot\.)\s?©\s?[^.!?]{2,60}$",
        r"^ph(?:\.|\s?:)\s?[^.!?:]{2,60}$",
        r"^(?:divulgação|reprodução)(?:\s?/\s?[^.!?]{2,40})?$",
        # The picture's kind on a line of its own: "Symbolbild", "Photo d'illustration", "Foto
        # de archivo", "Immagine di repertorio", "Archieffoto", "Zdjęcie ilustracyjne", "File
        # photo".
        r"^\(?(?:symbolbild|symbolfoto|archivbild|archivfoto|archieffoto|archiefbeeld|file photo"
        r"|stock photo|capture d'écran|(?:photo|image|foto|imagen|imagem|immagine|fotografía"
        r"|fotografia|zdjęcie|beeld|afbeelding|bild) (?:d'illustration|illustration|ter"
        r" illustratie|ilustrativ[ao]|illustrativ[ao]|ilustracyjne|d'archives?|d'archivio|di"
        r" archivio|de archivo|de arquivo|di repertorio|archiwalne|uit het archief)"
        # The same kinds in the other languages: "Arkivbild", "Illustrasjonsfoto", "Ilustrační
        # foto", "Foto ilustrativ", "Иллюстративное фото", "Foto ilustrasi", "Ảnh minh họa",
        # "صورة أرشيفية", "写真はイメージ", "연합뉴스 자료사진", "资料图".
        r"|arkivbild|arkivfoto|illustrasjonsfoto|illustrationsfoto|arkistokuva"
        r"|ilustračn[íé] fot(?:o|ka|ografie)|illusztráció|foto ilustrativ[ăa]?"
        r"|(?:иллюстративное|архивное) фото|(?:ілюстративне|архівне) фото|foto ilustrasi"
        r"|фото (?:иллюстративное|архивное|ілюстративне|архівне)"
        r"|(?:ilustrativna|arhivska) foto(?:grafija)?|(?:илустративна|архивска) фото(?:графија)?"
        r"|foto (?:d'arxiu|il·lustrativa)|imatge d'arxiu"
        r"|temsili (?:fotoğraf|görsel|resim)|arşiv (?:fotoğrafı|görüntüsü)"
        r"|ảnh minh (?:họa|hoạ)|صورة (?:أرشيفية|تعبيرية)|写真はイメージ(?:です)?"
        r"|(?:\S{1,12} )?자료사진|资料图片?|資料照片?|资料照片|示意图|示意圖)\)?\.?$",
    ),
    *rules(
        "credit",
        150,
        r"^(?:alle rechte vorbehalten|all rights reserved|tous droits réservés)\b",
        # French papers credit a picture whose author they cannot name so: "Photo DR".
        r"^(?:photos? |crédit photo ?:? |illustration )?(?:dr|droits réservés)$",
        # Agency and picture-library credits on a line of their own: "REUTERS/Jane Doe",
        # "picture alliance / dpa", "Jane Doe/AFP via Getty Images", "iStock".
        one(
            rf"^(?:©\s?)?(?:{_AGENCIES})(?:\s?[/|]\s?[^.!?/|]{{2,40}}){{1,3}}$",
            rf"^[^.!?/|]{{2,40}}\s?/\s?(?:{_AGENCIES})(?:\.com)?\b[^.!?]{{0,40}}$",
            r"^(?:getty images|istock(?:photo)?|shutterstock|adobe ?stock|picture[ -]alliance"
            r"|imago images)$",
        ),
    ),
    # Sourcing notes: the agency copy or other outlets' reports the text draws on ("With
    # reports from Reuters", "With files from The Canadian Press", "Mit Material von dpa",
    # "Con información de EFE", "Avec l'AFP"). Papers close their stories so in every
    # language; what follows the label is a list of names (capitalised words and the small
    # words between them), never a clause, so prose with the same opening stays. Credits to
    # the paper's own reporters ("Additional reporting by ...") are not sourcing notes: the
    # realpages annotations keep them as the article's text.
    *rules(
        "sourcing",
        160,
        r"^(?:[-–—]\s?)?\(?(?i:with (?:reports|files|material|information) from"
        r"|mit (?:material|informationen|agenturmaterial) (?:von|der|des|aus)"
        r"|con (?:información|informaciones|reportes?|datos) de|avec(?: les agences)?"
        r"|com (?:informações|agências) (?:de|da|do|das|dos)|con informazioni d[ie])"
        rf"(?:\s|\sl['’]|\sla\s){_CREDIT_NAMES}[.)]{{0,2}}$",
        # The agency copy without names: "Mit Agenturmaterial.", "(With agencies)".
        r"^\(?(?i:mit (?:agenturmaterial|agenturen)|with (?:agencies|wire services|agency reports)"
        r"|avec (?:les )?agences|con (?:agencias|agenzie)|com agências|met persbureaus)[.)]{0,2}$",
        # The shortest note, a preposition and the agencies alone: "mit dpa", "(with AP)",
        # "con EFE y Reuters". Only agency names: "Mit Freunden." is no note.
        rf"^\(?(?i:mit|with|avec|con|com|met|z)\s(?i:{_AGENCIES})(?:\s?(?:[/,&]|\s(?i:und|and|y"
        r"|e|et|en|i)\s)\s?(?i:" + _AGENCIES + r"))*[.)]{0,2}$",
        flags=0,
    ),
    # The staff who worked on the story, credited under it: "Redaktion: Jane Doe und John
    # Roe", "Mitarbeit: Max Muster", "Redacción: Ana Pérez". After the label only names (the
    # words of a sourcing note's list), so "Redaktion: Die Zeitung hat ..." stays. The English
    # forms of the paper's reporters ("Additional reporting by ...") are kept as the article's
    # text, as the realpages annotations keep them, and "Reporting by" is read for the authors.
    *rules(
        "contributors",
        160,
        r"^(?i:redaktion|redaktionelle mitarbeit|mitarbeit(?: an diesem (?:artikel|text|beitrag))?"
        r"|recherche|rédaction|redacción|redazione|redação|redactie|redakcja|współpraca"
        rf")\s?:\s?{_CREDIT_NAMES}\.?$",
        flags=0,
    ),
    # The wire's production credit under its story: who reported, wrote and edited it
    # ("(Reporting by Jane Doe; Editing by John Roe)", "(Reporter: Max Muster; redigiert von
    # Erika Muster)", "(Reportage Jean Dupont, version française Paul Martin)", "(Reporte de Ana
    # Pérez; Editado en español por Luis Gómez)"), in brackets or in two roles or more; alone
    # only in English's "Reporting by Jane Doe", the wires' own form. Each role is followed by
    # names only. A credit that names the paper's "additional reporting" stays whole (the
    # realpages annotations keep that credit as the article's text).
    *rules(
        "contributors",
        200,
        rf"^\({_WIRE_ROLE}{_WIRE_NAMES}(?:\s?[;,]\s?{_WIRE_ROLE}{_WIRE_NAMES})*\s?\)\.?$",
        rf"^{_WIRE_ROLE}{_WIRE_NAMES}(?:\s?[;,]\s?{_WIRE_ROLE}{_WIRE_NAMES})+\.?$",
        rf"^(?i:reporting|writing) by\s{_CREDIT_NAMES}\.?$",
        flags=0,
    ),
    # The same credit as a sentence the wires and American papers close a story with: "Jane
    # Doe in Berlin contributed to this report.", "John Roe contributed reporting from
    # Paris.", also after a sentence saying where the writers reported from (the AP's form).
    *rules(
        "contributors",
        400,
        r"^(?=.*?contributed)(?:[^.!?]{2,200}[.!?]\s)?[^!?]{2,300}\bcontributed"
        r"(?: to this (?:report|story|article)| reporting(?: to this (?:report|story|article)"
        r"| from [^.!?]{2,80})?)\.?$",
    ),
]

CAPTIONS: list[Rule] = [
    # A photo caption that ends in its credit: "Der Minister in Berlin. Bild: dpa", "The
    # crowd on Sunday (Photo: AP)". The credit follows the end of a sentence, a pipe or stands
    # in brackets, so that "berichtet die Bild: ..." is not taken for one. A picture library
    # may be credited by its domain ("Bild: Jane Doe/Shutterstock.com"): a word's dot and a
    # lower-case top-level domain close the credit then, not a sentence.
    *rules(
        "caption",
        300,
        r"(?:[.!?…|\"“”»]\s?|\s\()(?:fotos?|bild(?:er)?|photos?|images?|credits?|crédits?"
        r"(?: photo)?|photo credit|fotografía|foto di|zdjęcie|fot\.|beeld|imagen|imagem|immagine"
        r"|créditos?|fotograf(?:ie)?|foto's|fotoğraf|bildkälla|zdjęcia)\s?:\s?[^.!?:()]{2,60}"
        r"(?:(?<=\w)\.(?-i:[a-z]{2,6}))?\)?$",
        r"[.!?…|\"“”»]\s?©\s?[^.!?©]{2,60}$",
        # The credit in brackets with its label and no colon, a name after it: "Lotos (Fot.
        # Bartosz Bańka / Agencja Gazeta)", "Der Hafen (Foto Jane Doe)", "(Photo AFP)".
        r"\s\((?:fot\.|fotos?|photos?|bild|zdjęcie|imagen|immagine|imagem|beeld)\s"
        r"(?-i:[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ])[^.!?:()]{1,60}\)$",
        needles=(":", "©", "(fot", "(photo", "(bild", "(zdj", "(imag", "(immag", "(beeld"),
    ),
    # A caption under its own label: "Bildunterschrift: ...", "Pie de foto: ...".
    *rules(
        "caption",
        300,
        r"^(?:bildunterschrift|pie de foto|didascalia|legenda(?: da foto)?|légende|caption"
        r"|bijschrift|podpis (?:zdjęcia|pod zdjęciem))\s?:",
    ),
    # A caption under the picture's kind as its label: "FILE PHOTO: The minister in Paris,
    # January 16, 2020.", "Archivbild: ...", "Photo d'archives : ...", "Foto de archivo: ...",
    # "Foto d'archivio - ...", "Foto de arquivo: ...", "Archieffoto: ...", "Zdjęcie
    # archiwalne: ...". The kind opens no sentence of prose; the credit rule above takes these
    # labels only on a credit's short line, a wire's caption is a sentence or two.
    *rules(
        "caption",
        600,
        r"^\(?(?:file (?:photo|picture|image)|archive (?:photo|picture|image)|handout (?:photo"
        r"|picture|image)|stock (?:photo|image)|archivbild|archivfoto|symbolbild|symbolfoto"
        r"|(?:photo|image) d'(?:archives?|illustration)|(?:foto|imagen|fotografía) de archivo"
        r"|(?:foto|immagine) (?:d'archivio|di archivio|di repertorio)|(?:foto|imagem) de arquivo"
        r"|archieffoto|archiefbeeld|zdjęcie (?:archiwalne|ilustracyjne))\)?\s?[:|–—-]\s",
    ),
    # A wire's caption by its opening, which names the picture it is under: "In this
    # screengrab, ...", "In this Oct. 5, 2020, file photo, ...", "In this photo released by
    # ...", "Auf diesem Foto vom ...", "Sur cette photo prise ...", "En esta imagen, ...", "In
    # questa foto ...", "Nesta foto, ...", "Op deze foto ...", "Na tym zdjęciu ...". The picture
    # is named, then a comma, a colon or the participle that says who took or gave it: a
    # paragraph that goes on about an image ("In this picture, the consumers lose") names no
    # photograph, screengrab or still.
    *rules(
        "caption",
        500,
        r"^in (?:this|these|an?) (?:[\w.,' ]{0,40}?\s)?(?:photos?|photographs?|images?"
        r"|screen ?grabs?|screen ?shots?|video (?:grab|still|frame|image)s?|frame grabs?"
        r"|still (?:image|frame)s?|stills?)(?:,|:|\s(?:taken|made|released|provided|posted"
        r"|obtained|shared|distributed|shot|dated|courtesy|from)\b)",
        r"^(?:auf|in) (?:diesem|dem) (?:undatierten |aktuellen |vom [^,]{2,30} )?(?:foto|bild"
        r"|archivbild|archivfoto|handout-foto|screenshot|standbild|videostandbild)\b(?:,|:"
        r"|\s(?:vom|von|aus dem|aus der|aufgenommen|veröffentlicht|verbreitet)\b)",
        r"^sur (?:cette|ces|la) (?:photo(?:graphie)?|image|capture d'écran)s?(?: d'archives?)?"
        r"(?:,|\s?:|\s(?:prise|publiée|diffusée|fournie|datée|non datée|du|de l'agence)\b)",
        r"^en (?:esta|estas|la) (?:foto(?:grafía)?|imagen|captura(?: de pantalla)?)s?"
        r"(?: de archivo)?(?:,|:|\s(?:tomada|publicada|difundida|proporcionada|cedida|sin fecha"
        r"|del)\b)",
        r"^in (?:questa|queste|quest['’]) ?(?:foto(?:grafia)?|immagine|immagini|screenshot)"
        r"(?: d'archivio| di archivio)?(?:,|:|\s(?:scattata|diffusa|pubblicata|fornita|del)\b)",
        r"^(?:nesta|na) (?:foto(?:grafia)?|imagem|captura de tela)(?: de arquivo)?(?:,|:"
        r"|\s(?:tirada|divulgada|publicada|cedida|sem data)\b)",
        r"^op (?:deze|de) (?:foto|afbeelding|archieffoto|screenshot)(?:,|:|\s(?:genomen"
        r"|gemaakt|vrijgegeven|verspreid|uit)\b)",
        r"^na (?:tym |tej )?(?:zdjęciu|zdjęciach|fotografii|zrzucie ekranu)(?:,|:|\s(?:z"
        r"|wykonanym|opublikowanym|udostępnionym)\b)",
    ),
    # A caption that ends, after its last sentence, in the picture's credit with no label: a
    # wire's photographer passed on by an agency ("... France, January 16, 2020. Julien De
    # Rosa/Pool via REUTERS", "... Jane Doe/AFP via Getty Images"), the agency's picture by
    # its photographer ("(AP Photo/Evan Vucci)") or a picture library ("(Getty Images)",
    # "Jane Doe/iStock"). An agency alone after a story's last sentence is its sign-off
    # ("Die Polizei ermittelt. (dpa)"), not a credit: without "via", "Photo" or a picture
    # library's name the line stays.
    *rules(
        "caption",
        500,
        r"[^\s.][.!?”\"]\s\(?(?:[^.!?()]{2,60}\svia\s(?:" + _AGENCIES + r")"
        r"|(?:" + _AGENCIES + r")\s(?:photo|foto|pool)(?:\s?/\s?[^.!?()/]{2,40})?"
        r"|(?:[^.!?()/]{2,60}\s?/\s?)?(?:getty images|imago(?: images)?|picture[ -]alliance"
        r"|istock(?:photo)?|shutterstock|adobe ?stock|unsplash|pexels|pixabay))\)?\.?$",
        needles=(
            "via",
            "photo",
            "foto",
            "pool",
            "getty",
            "imago",
            "alliance",
            "stock",
            "unsplash",
            "pexels",
            "pixabay",
        ),
    ),
]

CREDIT_RUN_IN: list[Rule] = [
    # A caption run into its picture's credit without a space: "... in a photo from the 1981
    # yearbook.Photo by Handout/AFP via Getty Images". Two elements of a figure read as one
    # block; prose puts a space after its full stop.
    *rules(
        "caption",
        400,
        r"[^\s.][.!?”\")](?:photo(?:graph)?s? (?:by|courtesy of)|photo ?:|foto ?:|fotos ?:|bild ?:"
        r"|crédit photo ?:|credits? ?:|image ?:|foto (?:von|de|di))\s?[^.!?]{2,120}$",
        needles=("photo", "foto", "bild", "credit", "crédit", "image"),
    ),
]

CREDITS_UNSPACED: list[Rule] = [
    # Picture credits in the languages written without spaces, and the Korean one with its
    # equals sign: "写真：ロイター", "（写真：共同）", "图片来源：视觉中国", "摄影：王强",
    # "사진=연합뉴스", "[사진=연합뉴스]".
    *rules(
        "credit",
        60,
        r"^[\[(（【]?(?:写真|撮影|画像|図|图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影"
        r"|사진(?:\s?제공)?|그래픽)\s?[:：=＝／/]\s?[^。！？.!?]{1,40}[\])）】]?$",
    ),
]

LICENCE_CREDIT: list[Rule] = [
    # A picture's credit with its licence: "Photo by Jane Doe, public domain.", "Foto von Max
    # Muster, CC BY-SA 4.0". The licence closes the line.
    *rules(
        "credit",
        120,
        r"^(?:photo(?:graph)?|picture|foto|image|bild|imagen|immagine|imagem|zdjęcie) (?:by|von"
        r"|de|di|da|par|por|door|autorstwa)\s[^!?]{2,60},\s?(?:public domain|gemeinfrei|domaine"
        r" public|dominio público|pubblico dominio|domínio público|publiek domein|domena"
        r" publiczna|cc0|cc[ -]?by(?:-(?:sa|nd|nc))*(?: \d\.\d)?)(?: via wikimedia commons)?\.?$",
    ),
]
