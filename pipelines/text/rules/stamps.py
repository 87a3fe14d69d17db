"""Dates and stamps alone on their lines: publication and update stamps, metadata rows, a
teaser card's "2 hours ago", reading times.

Families ``dateline`` and ``reading_time``. A date belongs to the metadata, which the
extractor reads elsewhere; a stamp left in the text is a line of the template.
"""

from __future__ import annotations

from pipelines.text.rules.rule import Rule, one, rules

_MONTHS = (
    r"(?:jan(?:uar|uary|vier)?|feb(?:ruar|ruary)?|févr(?:ier)?|m(?:ä|a)rz|march|mars|mar"
    r"|apr(?:il)?|avr(?:il)?|mai|may|jun[ie]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|août"
    r"|sep(?:t(?:ember|embre)?)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?"
    r"|déc(?:embre)?)\.?"
)

# Month names of es, it, pt, nl and pl (Polish in the genitive that dates use).
_MONTHS_MORE = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|novembre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
    r"|november|december|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września"
    r"|października|listopada|grudnia)"
)

_WEEKDAY = (
    r"(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche),?\s)?"
)

_TIME = (
    r"(?:,?\s(?:um\s|at\s|à\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|am|pm))?"
    # The time zone a stamp names after the time: "04:11 AM IST".
    r"(?:\s(?:ist|gmt|utc|bst|cet|cest|mez|mesz|est|edt|pst|pdt|cst|cdt|et|pt))?)?"
)

# The words of a publication stamp: its labels, then what may follow them. Turkish too
# ("Güncelleme", its months): the agency rows of half A's metadev pages write it.
_STAMP_WORDS = (
    r"(?:aktualisiert|veröffentlicht|erstellt|geändert|updated"
    r"|published|posted|modified|mis à jour|publié|modifié|actualizado|publicado|modificado"
    r"|aggiornato|pubblicato|modificato|atualizado|bijgewerkt|gepubliceerd|gewijzigd"
    r"|zaktualizowano|opublikowano|aktualizacja|publikacja|zmodyfikowano|güncelleme"
    r"|güncellenme|yayınlanma)"
)

_STAMP_LABEL = rf"(?:zuletzt |last |laatst )?{_STAMP_WORDS}"

_MONTHS_TR = r"(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"

_STAMP_PART = (
    rf"{_STAMP_LABEL}|{_MONTHS}|{_MONTHS_MORE}|{_MONTHS_TR}"
    r"|\d{1,4}(?:[:.h/-]\d{1,4})*(?:h|am|pm)?"
    r"|a\.m\.|p\.m\.|am|pm|on|le|el|em|il|op|dnia|de|del|at|um|à|a las|alle|às|ore|om|o|godz\.?"
    r"|uhr|h"
    # A time zone as an offset ("GMT+10", "UTC-03:00"), before its name alone.
    r"|(?:gmt|utc)\s?[+-−]\s?\d{1,2}(?::?\d{2})?"
    r"|and|und|et|y|e|en|i|bst|gmt|utc|cet|cest|mez|mesz|est|edt|pt|pst|pdt|ct|cst|cdt"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag"
    # The weekdays of fr es it pt nl pl, and the short forms of en and de ("Mon, 13 Jan 2020",
    # "Sa., 22.12.2012").
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves"
    r"|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"
    r"|mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so"
)

_STAMP = rf"^(?=[^\d]*\d){_STAMP_LABEL}\b(?:[\s,.:/|•·()–—-]+(?:{_STAMP_PART})(?!\w))+[\s.)]*$"

# The same row with the date first and the label after it: "20.04.2026 • Aktualisiert:
# 21.04.2026", "April 20, 2026 · Updated April 21, 2026", "20 Nisan 2026•Güncelleme: 20 Nisan
# 2026". It opens with a date, a weekday or a month, holds a label and a year, a time or a
# date in figures ("12 and 40 updated" is none); every word is a stamp's.
_STAMP_ROW = (
    rf"^(?=.*?{_STAMP_WORDS})(?=.*?(?:\d{{4}}|\d[./:h-]\d))"
    rf"(?={_WEEKDAY}(?:\d|{_MONTHS}|{_MONTHS_MORE}|{_MONTHS_TR}))"
    rf"(?:{_STAMP_PART})(?!\w)(?:[\s,.:/|•·()–—-]+(?:{_STAMP_PART})(?!\w))+[\s.)]*$"
)

# A whole date without a label, alone on its line, in the forms the rules of lone dates below
# do not spell: after a preposition ("On Apr 15, 2020", "Le 13 janvier 2020 à 22h11", "El 13 de
# enero de 2020"), after a weekday of any of the eight languages or its short form ("Samstag
# 22.12.2012", "Mon, 13 Jan 2020 22:11", "lunes, 13 de enero de 2020"), with a time zone's
# offset ("13 Jan 2020, 22:11 GMT+10"). Whole: a day, a month and a year, in figures
# (13.01.2020, 13/01/2020, 2020-01-13) or with the month's name; "June 2015" alone may be a
# line of wrapped prose, and a day without its year a heading of a list. No bars: a table's row
# of dates ("| 13.01.2020 | 14.01.2020 |") may be a schedule.
_LONE_STAMP = (
    # Cheap tests first, as every short line of every page is tried: a figure early in the
    # line, a stamp's word at its start; then the whole date anywhere in it.
    rf"^(?=\D{{0,40}}\d)(?=(?:{_STAMP_PART})(?!\w))"
    r"(?=.*?(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b"
    rf"|(?=.*?\b\d{{1,2}}\b)(?=.*?\b\d{{4}}\b).*?\b(?:{_MONTHS}|{_MONTHS_MORE}|{_MONTHS_TR})"
    r"(?!\w)))"
    rf"(?:{_STAMP_PART})(?!\w)(?:[\s,.:/•·()–—-]+(?:{_STAMP_PART})(?!\w))+[\s.)]*$"
)

POST_METADATA: list[Rule] = [
    # The post's own metadata row in blog themes: "This entry was posted in News and tagged
    # ... on June 1, 2020 by Jane", "Dieser Eintrag wurde veröffentlicht in ...".
    *rules(
        "dateline",
        300,
        r"^(?:this (?:entry|post) was posted|dieser (?:artikel|beitrag|eintrag) stammt von\b"
        r"[^.!?]{1,60}\bund wurde am|dieser (?:eintrag|beitrag) wurde (?:veröffentlicht"
        r"|am|in|unter)|cette (?:entrée|publication) a été publiée|(?:esta|la) entrada fue"
        r" publicada|questa (?:voce|articolo) (?:è stata|è stato) pubblicat[ao]|esta entrada foi"
        r" publicada|dit (?:bericht|item) is geplaatst|ten wpis (?:został opublikowany"
        r"|opublikowano))"
        r"\b",
    ),
]

READING_TIME: list[Rule] = [
    # Reading-time labels: "Lesezeit: 3 Min.", "5 min read", "Temps de lecture : 4 minutes".
    *rules(
        "reading_time",
        50,
        one(
            r"^(?:geschätzte )?(?:lesezeit|lesedauer|reading time|read time|temps de lecture"
            r"|durée de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd"
            r"|czas czytania|время чтения|doba čtení|čas čtení|læsetid|lästid|okuma süresi)"
            r"\s?:?\s?(?:ca\.\s?|approx\.\s?|environ\s|около\s)?\d+(?:\s?[-–]\s?\d+)?\s?"
            r"(?:min(?:\.|uten?|utes?|uti|utos|uut|ut|utter|uter|ut[ay])?|m|мин(?:\.|ут[аы]?)?"
            r"|dakika|dk\.?)?\.?$",
            # "Lecture 5 min", "Lettura: 5 minuti": the bare word only before minutes.
            r"^(?:lecture|lettura|leitura|lectura)\s?:?\s?\d+\s?(?:min(?:\.|utes?|uti|utos|uten)?)$",
            r"^(?:ca\.\s?)?\d+\s?(?:min(?:\.|uten?|utes?|uti|utos|uut|ut|utter|uter)?|мин(?:\.|ут[аы]?)?"
            r"|dakika(?:lık)?|dk\.?)\s?(?:read|lesezeit"
            r"|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|czytania|чтения"
            r"|čtení|læsning|læsetid|läsning|lästid|okuma(?: süresi)?)$",
        ),
    ),
]

LONE_STAMPS: list[Rule] = [
    # Lone date or time stamps: bylines that trafilatura left in ("23.10.2018"). A day is
    # required with month names: "June 2015" alone on a line was a hard-wrapped prose line.
    *rules(
        "dateline",
        60,
        r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}" + _TIME + r"$",
        r"^\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?$",
        r"^\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|am|pm))?$",
        r"^" + _WEEKDAY + r"\d{1,2}\.?\s" + _MONTHS + r"\s\d{4}" + _TIME + "$",
        r"^" + _WEEKDAY + _MONTHS + r"\s\d{1,2},?\s\d{4}" + _TIME + "$",
        r"^(?:aktualisiert|veröffentlicht|erstellt|stand|updated|published|posted|mis à jour"
        r"|publié)(?:\sam|\son|\sle)?\s?:?\s?"
        + _WEEKDAY
        + r"(?:\d{1,2}\.?\s?)?(?:"
        + _MONTHS
        + r"|\d{1,2}\.)\s?(?:\d{1,2},?\s)?\d{2,4}"
        + _TIME
        + "$",
        # The label of a date the page fills in by script: "Aktualisiert am", "Publié le".
        r"^[-–\s]*(?:zuletzt )?(?:aktualisiert|veröffentlicht|updated|published|last updated"
        r"|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt"
        r"|gepubliceerd|zaktualizowano|opublikowano)(?:\s(?:am|on|le|el|em|il|op|dnia))?\s?:?$",
        # Two such labels in one row: "Veröffentlicht: | aktualisiert:".
        r"^(?:(?:zuletzt )?(?:aktualisiert|veröffentlicht|updated|published|mis à jour|publié"
        r"|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd"
        r"|zaktualizowano|opublikowano)(?:\s(?:am|on|le|el|em|il|op|dnia))?\s?:?\s?"
        r"[|·•/-]?\s?){2}$",
        # "05/12/2020 - 15:10": a date with slashes and a time.
        r"^\d{1,2}/\d{1,2}/\d{2,4}(?:\s?[-–,|·]?\s?\d{1,2}[:.h]\d{2}(?::\d{2})?"
        r"(?:\s?(?:uhr|am|pm|h))?)?$",
        # "12 de marzo de 2019", "3 maggio 2021", "5 maart 2020", "7 października 2022", with
        # the same labels in front.
        r"^(?:(?:actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd"
        r"|zaktualizowano|opublikowano)(?:\s(?:el|em|il|op|dnia))?\s?:?\s)?\d{1,2}\.?\s(?:de\s)?"
        + _MONTHS_MORE
        + r"\s(?:de\s)?\d{4}"
        + _TIME
        + "$",
    ),
    # A date under its label, alone or with the section in one row: "Datum: 22.12.2012",
    # "Datum: 22.12.2012, Rubrik: USA", "Date : 12/05/2021 | Catégorie : Sport"; the day and
    # month of a Japanese, Chinese or Korean stamp, its weekday and time ("2月15日（土）7時0分",
    # "2020年4月1日 10:29", "2020년 4월 1일"), with the source after the time ("... 7時0分
    # オリコン"); a day and a time without the year ("11/02 19:16") (round 37, the fresh pool).
    *rules(
        "dateline",
        100,
        r"^(?:datum|date|fecha|data|dátum)\s?:\s?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
        r"|\d{4}-\d{2}-\d{2})" + _TIME + r"(?:\s?[,|·•]\s?(?:rubrik|ressort|kategorie|category"
        r"|section|rubrique|catégorie|sección|categoría|sezione|categoria|seção|secção|rubriek"
        r"|categorie|kategoria|dział)\s?:\s?[^.!?,|]{1,40})?$",
        r"^(?:\d{4}年\s?)?\d{1,2}月\s?\d{1,2}日\s?(?:[（(][月火水木金土日][)）])?"
        r"(?:\s?\d{1,2}(?:時\s?\d{1,2}分|:\d{2})(?:\s[^\s\d]{1,12})?)?$",
        r"^\d{4}년\s?\d{1,2}월\s?\d{1,2}일\s?(?:\([월화수목금토일]\))?"
        r"(?:\s?(?:오전|오후)?\s?\d{1,2}:\d{2})?$",
        r"^\d{1,2}/\d{1,2}\s\d{1,2}:\d{2}$",
    ),
    # A publication stamp in any of the eight languages' words: a label, then nothing but
    # dates, times, time zones and their connectors ("Published 12:30 BST, 12 May 2024 |
    # Updated 13:00 BST", "Publié le 12 mai 2024 à 10h30, modifié le ...", "Opublikowano:
    # 12.05.2024, 10:30").
    *rules("dateline", 160, _STAMP),
    *rules("dateline", 160, _STAMP_ROW),
    *rules("dateline", 80, _LONE_STAMP),
]

METADATA_ROW: list[Rule] = [
    # A metadata row: a date, then author, categories or a comments link after pipes.
    *rules(
        "dateline",
        160,
        r"^" + _WEEKDAY + _MONTHS + r"\s\d{1,2},?\s\d{4}" + _TIME + r"\s?\|\s?[^.!?]{0,100}$",
        r"^\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}" + _TIME + r"\s?\|\s?[^.!?]{0,100}$",
    ),
]

TIME_AGO: list[Rule] = [
    # A teaser card's time stamp alone on its line: "vor 26 Minuten", "2 hours ago", "il y a
    # 3 jours", "hace 5 minutos", "26 minuti fa", "há 2 horas", "3 uur geleden", "5 minut
    # temu", and the Bosnian, Croatian and Serbian "prije 26 minuta".
    *rules(
        "dateline",
        40,
        r"^(?:vor (?:\d+|einer|einem|wenigen) (?:sekunden?|minuten?|stunden?|tag(?:en)?)"
        r"|(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?) ago|il y a (?:\d+|une?"
        r"|quelques) (?:secondes?|minutes?|heures?|jours?)|hace (?:\d+|una?|unos) (?:segundos?"
        r"|minutos?|horas?|días?)|(?:\d+|un|una) (?:secondi|minut[oi]|ore|ora|giorni|giorno) fa"
        r"|há (?:\d+|uma?) (?:segundos?|minutos?|horas?|dias?)|(?:\d+|een) (?:seconden|minuten"
        r"|minuut|uur|dagen|dag) geleden|(?:\d+|godzinę|minutę) (?:sekund[ya]?|minut[ya]?"
        r"|godzin[ya]?|dni|dzień) temu|prije (?:\d+|jedan|jednog) (?:sekund[ie]?|minut[ae]?"
        r"|sat[ai]?|dan[ai]?)"
        # The same in Russian, Czech, Danish, Swedish and Turkish: "2 часа назад", "před 2
        # hodinami", "for 2 timer siden", "för 2 timmar sedan", "2 saat önce".
        r"|(?:\d+ )?(?:секунд[уы]?|минут[уы]?|час[аов]{0,2}|дн(?:я|ей)|день) назад"
        r"|před (?:\d+ (?:sekundami|minutami|hodinami|dny)|minutou|hodinou|dnem)"
        r"|for (?:\d+|en|et) (?:sekunder|minutter|minut|timer|time|dage|dag) siden"
        r"|för (?:\d+|en|ett) (?:sekunder|minuter|minut|timmar|timme|dagar|dag) sedan"
        r"|\d+ (?:saniye|dakika|saat|gün) önce)"
        r"\.?$",
    ),
]
