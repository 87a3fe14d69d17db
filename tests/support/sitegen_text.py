"""Synthetic German and English news prose for the site generator.

The sentences come from small grammar templates and word lists written for this project, so the
text is free to use, reads like language for a language detector, and varies enough that two
articles share almost no word 5-shingles (a near-duplicate detector must not merge them). Every
choice goes through the ``random.Random`` passed in, so a seed reproduces the same site.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated single words, kept compact in the source."""
    return tuple(text.split())


def _lines(text: str) -> tuple[str, ...]:
    """One phrase per line: phrases contain spaces, so a split on whitespace would break them."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


LANGUAGES = ("de", "en")

# Section slug per topic and language; the topic picks the topical word lists below.
TOPICS = ("politics", "economy", "sport", "culture", "science", "local")
SECTIONS = {
    "de": {
        "politics": ("politik", "Politik"),
        "economy": ("wirtschaft", "Wirtschaft"),
        "sport": ("sport", "Sport"),
        "culture": ("kultur", "Kultur"),
        "science": ("wissen", "Wissen"),
        "local": ("region", "Region"),
    },
    "en": {
        "politics": ("politics", "Politics"),
        "economy": ("business", "Business"),
        "sport": ("sports", "Sports"),
        "culture": ("culture", "Culture"),
        "science": ("science", "Science"),
        "local": ("local", "Local"),
    },
}

FIRST_NAMES = _words(
    """
    Anna Lena Julia Sarah Katharina Miriam Sabine Petra Claudia Nadine Jana Carolin
    Franziska Leonie Hannah Ines Birgit Martina Ulrike Esther Noemi Selin Aylin Olga
    Marta Ewa Ingrid Thomas Michael Andreas Stefan Markus Jan Lukas Felix Tobias
    Matthias Christian Florian Daniel Jonas Niklas Sebastian Kai Jürgen Wolfgang Rainer
    Holger Dirk Emre Murat Piotr Luca Marco Henrik Ole Theo Emil Paul David James Robert
    Emily Olivia Grace Chloe Priya Amara Kwame Diego Mateo Sofia Ingo Volker Gregor
    Bettina Heike Doris Tamara
    """
)
LAST_NAMES = _words(
    """
    Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch
    Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
    Lange Werner Krause Lehmann Köhler Maier Walter Peters König Huber Kaiser Fuchs
    Scholz Möller Vogel Jung Keller Berger Frank Roth Beck Lorenz Baumann Franke
    Albrecht Winter Sommer Brandt Haas Kühn Ernst Engel Horn Busch Pohl Thiel Arnold
    Graf Seidel Yilmaz Kaya Nowak Kowalski Rossi Costa Okafor Mensah Patel Sharma Nguyen
    Tanaka Carter Hughes Bennett Turner Collins Foster Morgan Reynolds Walsh Doyle
    Brennan Whitfield Ashworth Pemberton Lindqvist Dahl
    """
)
CITIES_DE = _words(
    """
    Hamburg Bremen Hannover Kassel Göttingen Leipzig Dresden Chemnitz Erfurt Jena Weimar
    Magdeburg Halle Rostock Schwerin Kiel Lübeck Flensburg Osnabrück Münster Bielefeld
    Dortmund Essen Bochum Duisburg Düsseldorf Köln Bonn Aachen Koblenz Trier Mainz
    Wiesbaden Darmstadt Frankfurt Würzburg Bamberg Nürnberg Regensburg Passau Augsburg
    München Ulm Freiburg Karlsruhe Mannheim Heidelberg Stuttgart Tübingen Konstanz
    Saarbrücken Potsdam Cottbus Oldenburg Wolfsburg Braunschweig Paderborn Siegen Fulda
    Gießen Marburg Landshut Rosenheim
    """
)
CITIES_EN = _words(
    """
    Leeds Bristol Norwich Exeter Cardiff Swansea Glasgow Aberdeen Dundee Belfast Derry
    Galway Cork Limerick York Durham Hull Sheffield Nottingham Leicester Coventry Oxford
    Cambridge Brighton Portsmouth Plymouth Bath Reading Lincoln Carlisle Inverness
    Stirling Perth Hobart Adelaide Brisbane Auckland Wellington Dunedin Halifax Winnipeg
    Calgary Victoria Hamilton Boston Denver Portland Tucson Omaha Tulsa Albany Buffalo
    Richmond Raleigh Savannah Madison
    """
)
MONTHS_DE = _words(
    """
    Januar Februar März April Mai Juni Juli August September Oktober November Dezember
    """
)
MONTHS_EN = _words(
    """
    January February March April May June July August September October November
    December
    """
)
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------------------------- German
DE = {
    "subj": _lines("""
        die Stadtverwaltung
        der Oberbürgermeister
        die Landesregierung
        ein Sprecher des Ministeriums
        die Gewerkschaft
        das Unternehmen
        die Polizei
        der Landkreis
        die Bezirksregierung
        der Verband
        die Verbraucherzentrale
        eine Sprecherin der Stadtwerke
        der Betriebsrat
        die Staatsanwaltschaft
        das Bundesamt
        die Kommission
        der Ausschuss
        die Behörde
        ein Bündnis mehrerer Initiativen
        die Handelskammer
    """),
    "subj_pl": _lines("""
        Anwohnerinnen und Anwohner
        die Beschäftigten
        mehrere Bürgerinitiativen
        die Fraktionen im Stadtrat
        Fachleute aus der Verwaltung
        die betroffenen Familien
        viele Pendler
        die Händler in der Innenstadt
        Umweltverbände
        die Eltern der Schulkinder
        zahlreiche Vereine
        die Landwirte der Region
    """),
    "obj": _lines("""
        einen neuen Plan
        die Pläne
        das Konzept
        den Entwurf
        die Entscheidung
        eine Reform
        den Zeitplan
        die Vorschläge
        ein Förderprogramm
        die Ergebnisse einer Prüfung
        den Bericht
        eine Änderung der Satzung
        die Finanzierung
        einen Kompromiss
        die Sanierung
        die Zusammenarbeit
        eine Untersuchung
        die Zahlen
    """),
    "obj_tail": _lines("""
        für den Ausbau des Radnetzes
        zur Sanierung der Schulen
        für bezahlbaren Wohnraum
        für den Nahverkehr
        zur Versorgung im ländlichen Raum
        für die Umgestaltung des Marktplatzes
        zum Schutz des Grundwassers
        für mehr Ganztagsplätze
        zur Entlastung der Kliniken
        für den Hochwasserschutz
        zur Digitalisierung der Ämter
        für das neue Gewerbegebiet
        zur Zukunft des Hallenbads
        für die Erweiterung des Hafens
        zur Lärmminderung an der Bundesstraße
        für die Umstellung auf Fernwärme
    """),
    "part": _lines("""
        vorgestellt
        kritisiert
        verteidigt
        angekündigt
        geprüft
        abgelehnt
        gefordert
        begrüßt
        beschlossen
        verschoben
        überarbeitet
        bestätigt
        vorgelegt
        unterstützt
        infrage gestellt
        ausgewertet
        gestoppt
        nachgebessert
    """),
    "inf": _lines("""
        umsetzen
        finanzieren
        durchsetzen
        rechtzeitig abschließen
        gegenüber dem Land vertreten
        ohne neue Schulden stemmen
        gegen den Widerstand der Nachbarn verwirklichen
        noch in diesem Jahr beginnen
    """),
    "role": _lines("""
        Sprecherin der Stadt
        Vorsitzender des Bauausschusses
        Geschäftsführerin des Verbands
        Fraktionschef der Opposition
        Leiter des Ordnungsamts
        Professorin für Stadtplanung
        Sprecher der Initiative
        Landrätin des Kreises
        Vorstand der Genossenschaft
        Chefärztin am Klinikum
        Direktor des Instituts
        Kämmerer der Stadt
    """),
    "src_gen": _lines("""
        der Stadt
        des Ministeriums
        der Polizei
        des Statistischen Landesamts
        der Veranstalter
        des Unternehmens
        der Feuerwehr
        des Verbands
        der Staatsanwaltschaft
        der Universität
    """),
    "people_pl": _lines("""
        Haushalte
        Beschäftigte
        Schülerinnen und Schüler
        Fahrgäste
        Patientinnen und Patienten
        Mitglieder
        Besucher
        Betriebe
        Wohnungen
        Pendlerinnen und Pendler
    """),
    "eval": _lines("""
        überfällig
        einen Fehler
        zu zaghaft
        einen vernünftigen Mittelweg
        ein gutes Signal
        kaum umsetzbar
        einen Schritt in die richtige Richtung
        reine Symbolpolitik
        mutig
        finanziell riskant
    """),
    "quote": _lines("""
        Wir werden das nicht einfach hinnehmen
        Das ist ein wichtiger Schritt für die ganze Region
        Niemand hat behauptet, dass es leicht wird
        Wir haben lange auf diesen Moment gewartet
        Die Zahlen sprechen eine deutliche Sprache
        Am Ende zählt, was bei den Menschen ankommt
        Wir müssen jetzt schnell handeln
        Ich bin zuversichtlich, dass wir eine Lösung finden
        So kann es nicht weitergehen
        Es gibt noch viele offene Fragen
        Wir stehen erst am Anfang
        Das hätte man früher erkennen können
        Die Geduld der Leute ist aufgebraucht
        Wir setzen auf Gespräche statt auf Konfrontation
    """),
    "clause": _lines("""
        wurde niemand verletzt
        wurden die Arbeiten vorerst gestoppt
        bleibt die Lage angespannt
        ist die Finanzierung inzwischen gesichert
        laufen die Ermittlungen weiter
        soll das Projekt bis {year} abgeschlossen sein
        gibt es bislang keine Einigung
        wird mit weiteren Verzögerungen gerechnet
        sind die Anmeldungen deutlich gestiegen
        hat sich die Zahl der Beschwerden verdoppelt
        soll der Betrieb ab {month} wieder normal laufen
        steht eine endgültige Entscheidung noch aus
    """),
    "unit": _lines("""
        Millionen Euro
        Tausend Euro
        Prozent
        Kilometer
        Quadratmeter
        Tonnen
    """),
    "change": ("Anstieg", "Rückgang", "Plus", "Minus", "Zuwachs"),
    "time_fut": _lines("""
        in den kommenden Wochen
        bis zum Herbst
        noch vor der Sommerpause
        im nächsten Frühjahr
        bis Ende des Jahres
        in der nächsten Sitzung
    """),
    "h_subj": _lines("""
        Stadtrat
        Landesregierung
        Feuerwehr
        Bahn
        Klinikum
        Verein
        Ministerium
        Gericht
        Kreistag
        Polizei
        Hochschule
        Stadtwerke
    """),
    "h_verb": _lines("""
        stoppt
        prüft
        verschiebt
        plant
        kippt
        verteidigt
        fordert
        kritisiert
        beschließt
        startet
        erweitert
        streicht
    """),
    "h_topic": _lines("""
        Streit um
        Neue Regeln für
        Ärger über
        Einigung bei
        Wende bei
        Zweifel an
        Warten auf
        Mehr Geld für
    """),
}

DE_TOPIC = {
    "politics": {
        "subj": ("der Landtag", "die Opposition", "die Koalition", "die Ministerpräsidentin"),
        "obj": ("den Haushaltsentwurf", "eine Reform des Wahlrechts", "den Koalitionsvertrag"),
        "h_obj": ("Haushaltsentwurf", "Wahlrechtsreform", "Sparpaket", "Schuldenbremse"),
        "sub": ("Opposition sieht Fehler", "Der Haushalt ist knapp", "Wie es jetzt weitergeht"),
    },
    "economy": {
        "subj": ("der Autozulieferer", "die Sparkasse", "der Mittelständler", "die Reederei"),
        "obj": ("die Bilanz für das dritte Quartal", "einen Stellenabbau", "neue Investitionen"),
        "h_obj": ("Stellenabbau", "Werkserweiterung", "Tarifangebot", "Quartalszahlen"),
        "sub": ("Die Auftragslage", "Was die Beschäftigten erwartet", "Blick auf die Zahlen"),
    },
    "sport": {
        "subj": ("der Trainer", "der Tabellenführer", "die Vereinsführung", "die Kapitänin"),
        "obj": ("den Vertrag mit dem Stürmer", "die Aufstellung", "den Umbau des Stadions"),
        "h_obj": ("Stadionumbau", "Trainerwechsel", "Transferpläne", "Nachwuchsarbeit"),
        "sub": ("Die Lage in der Tabelle", "Stimmen nach dem Spiel", "Blick auf die Saison"),
    },
    "culture": {
        "subj": ("das Stadttheater", "die Intendantin", "das Museum", "der Kulturausschuss"),
        "obj": ("das neue Programm", "eine Ausstellung", "die Pläne für das Festival"),
        "h_obj": ("Spielplan", "Museumsneubau", "Sommerfestival", "Kulturförderung"),
        "sub": ("Das Programm im Überblick", "Reaktionen aus dem Publikum", "Kosten und Nutzen"),
    },
    "science": {
        "subj": ("das Forschungsteam", "die Universität", "das Institut", "die Arbeitsgruppe"),
        "obj": ("eine Studie zum Grundwasser", "neue Messdaten", "ein Verfahren zur Diagnose"),
        "h_obj": ("Klimastudie", "Messdaten", "Forschungsbau", "Impfstudie"),
        "sub": ("Was die Daten zeigen", "Grenzen der Studie", "Nächste Schritte"),
    },
    "local": {
        "subj": ("die Feuerwehr", "der Ortsbeirat", "die Bürgerinitiative", "das Ordnungsamt"),
        "obj": ("die Sperrung der Brücke", "einen neuen Spielplatz", "die Parkgebühren"),
        "h_obj": ("Brückensperrung", "Parkgebühren", "Spielplatz", "Ortsumgehung"),
        "sub": ("Was Anwohner sagen", "Umleitung und Termine", "Die Vorgeschichte"),
    },
}

# --------------------------------------------------------------------------------- English
EN = {
    "subj": _lines("""
        the city council
        the mayor
        the regional government
        a spokesperson for the ministry
        the union
        the company
        the police
        the county board
        the transport authority
        the trade association
        a consumer watchdog
        a spokeswoman for the utility
        the works council
        the prosecutor's office
        the federal agency
        the commission
        the planning committee
        the regulator
        a coalition of local groups
        the chamber of commerce
    """),
    "subj_pl": _lines("""
        residents
        the workers
        several community groups
        councillors from all parties
        officials in the department
        the affected families
        many commuters
        shop owners in the centre
        environmental groups
        parents at the primary school
        local clubs
        farmers in the area
    """),
    "obj": _lines("""
        a new plan
        the proposals
        the concept
        the draft
        the decision
        a reform
        the timetable
        a funding scheme
        the findings of an audit
        the report
        a change to the rules
        the budget
        a compromise
        the renovation
        the partnership
        an inquiry
        the figures
        a pilot project
    """),
    "obj_tail": _lines("""
        to expand the cycle network
        to repair school buildings
        for affordable housing
        for bus and tram services
        to keep rural clinics open
        to redesign the market square
        to protect groundwater
        for more childcare places
        to ease pressure on hospitals
        for flood defences
        to move council services online
        for the new business park
        to save the swimming pool
        to extend the harbour
        to cut noise along the ring road
        to switch homes to district heating
    """),
    "past": _lines("""
        presented
        criticised
        defended
        announced
        reviewed
        rejected
        demanded
        welcomed
        approved
        postponed
        revised
        confirmed
        submitted
        backed
        questioned
        analysed
        halted
        amended
    """),
    "inf": _lines("""
        deliver
        pay for
        push through
        finish
        defend
        fund
        carry out
        start work on
    """),
    "role": _lines("""
        a spokeswoman for the city
        chair of the planning committee
        chief executive of the association
        leader of the opposition group
        head of the licensing office
        a professor of urban planning
        a spokesman for the campaign
        leader of the county council
        a board member of the cooperative
        a senior consultant at the hospital
        director of the institute
        the council's finance chief
    """),
    "src_gen": _lines("""
        the city
        the ministry
        the police
        the statistics office
        the organisers
        the company
        the fire service
        the association
        prosecutors
        the university
    """),
    "people_pl": _lines("""
        households
        employees
        pupils
        passengers
        patients
        members
        visitors
        businesses
        homes
        commuters
    """),
    "eval": _lines("""
        long overdue
        a mistake
        too timid
        a sensible middle way
        a good signal
        hardly workable
        a step in the right direction
        mere symbolism
        bold
        a financial gamble
    """),
    "quote": _lines("""
        We will not simply accept this
        This is an important step for the whole region
        Nobody said it would be easy
        We have waited a long time for this moment
        The numbers speak for themselves
        In the end what matters is what reaches people
        We have to act quickly now
        I am confident we will find a solution
        It cannot go on like this
        There are still many open questions
        We are only at the beginning
        This could have been spotted much earlier
        People have run out of patience
        We are betting on talks rather than confrontation
    """),
    "clause": _lines("""
        no one was injured
        the work has been halted for now
        the situation remains tense
        the funding has now been secured
        the investigation is continuing
        the project should be finished by {year}
        there is still no agreement
        further delays are expected
        registrations have risen sharply
        the number of complaints has doubled
        services should return to normal in {month}
        a final decision is still pending
    """),
    "unit": _lines("""
        million pounds
        thousand pounds
        per cent
        kilometres
        square metres
        tonnes
    """),
    "change": ("rise", "fall", "increase", "drop", "jump"),
    "time_fut": _lines("""
        in the coming weeks
        by the autumn
        before the summer recess
        next spring
        by the end of the year
        at the next meeting
    """),
    "h_subj": _lines("""
        Council
        Government
        Fire service
        Rail operator
        Hospital
        Club
        Ministry
        Court
        County
        Police
        University
        Water company
    """),
    "h_verb": _lines("""
        halts
        reviews
        delays
        plans
        scraps
        defends
        demands
        criticises
        approves
        launches
        expands
        cuts
    """),
    "h_topic": _lines("""
        Row over
        New rules for
        Anger at
        Deal reached on
        U-turn on
        Doubts over
        Long wait for
        More money for
    """),
}

EN_TOPIC = {
    "politics": {
        "subj": ("the assembly", "the opposition", "the coalition", "the first minister"),
        "obj": ("the draft budget", "a reform of the voting system", "the coalition agreement"),
        "h_obj": ("draft budget", "voting reform", "spending cuts", "borrowing limits"),
        "sub": ("Opposition sees flaws", "Money is tight", "What happens next"),
    },
    "economy": {
        "subj": (
            "the parts supplier",
            "the building society",
            "the family firm",
            "the shipping line",
        ),
        "obj": ("third-quarter results", "job cuts", "new investment"),
        "h_obj": ("job cuts", "plant expansion", "pay offer", "quarterly results"),
        "sub": ("Order books", "What staff can expect", "A look at the numbers"),
    },
    "sport": {
        "subj": ("the manager", "the league leaders", "the club's board", "the captain"),
        "obj": ("the striker's contract", "the line-up", "the stadium rebuild"),
        "h_obj": ("stadium rebuild", "coaching change", "transfer plans", "youth academy"),
        "sub": ("The table", "Reaction after the match", "Looking ahead to the season"),
    },
    "culture": {
        "subj": ("the city theatre", "the artistic director", "the museum", "the arts committee"),
        "obj": ("the new season", "an exhibition", "plans for the festival"),
        "h_obj": ("new season", "museum extension", "summer festival", "arts funding"),
        "sub": ("The programme at a glance", "What audiences say", "Costs and benefits"),
    },
    "science": {
        "subj": ("the research team", "the university", "the institute", "the lab group"),
        "obj": ("a study of groundwater", "new measurements", "a diagnostic method"),
        "h_obj": ("climate study", "new data", "research building", "vaccine trial"),
        "sub": ("What the data show", "Limits of the study", "Next steps"),
    },
    "local": {
        "subj": ("the fire brigade", "the parish council", "the residents' group", "the council"),
        "obj": ("the bridge closure", "a new playground", "parking charges"),
        "h_obj": ("bridge closure", "parking charges", "playground", "bypass"),
        "sub": ("What residents say", "Diversions and dates", "The background"),
    },
}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of article body: a paragraph (``p``) or a subheading (``h2``)."""

    kind: str
    text: str


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def person(rng: random.Random) -> str:
    """A full name drawn from both name lists (newsrooms are mixed)."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _num_de(rng: random.Random) -> str:
    n = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 250000)))
    return f"{n:,}".replace(",", ".")


def _num_en(rng: random.Random) -> str:
    n = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 250000)))
    return f"{n:,}"


def _dec(rng: random.Random, sep: str) -> str:
    return f"{rng.randint(1, 95)}{sep}{rng.randint(1, 9)}"


class _Grammar:
    """Sentence builder for one language and topic; ``rng`` makes every draw reproducible."""

    def __init__(self, lang: str, topic: str, rng: random.Random) -> None:
        self.lang = lang
        self.rng = rng
        base, extra = (DE, DE_TOPIC[topic]) if lang == "de" else (EN, EN_TOPIC[topic])
        self.w = base
        # Topical subjects and objects are listed twice so an article leans towards its topic.
        self.subj = base["subj"] + extra["subj"] * 2
        self.obj = base["obj"] + extra["obj"] * 2
        self.extra = extra
        self.cities = CITIES_DE if lang == "de" else CITIES_EN
        self.months = MONTHS_DE if lang == "de" else MONTHS_EN
        self.weekdays = WEEKDAYS_DE if lang == "de" else WEEKDAYS_EN
        self.sentences: tuple[Callable[[], str], ...] = (
            self._de_sentences() if lang == "de" else self._en_sentences()
        )

    # Small draws ----------------------------------------------------------------------
    def c(self, key: str) -> str:
        return self.rng.choice(self.w[key])

    def obj_np(self) -> str:
        obj = self.rng.choice(self.obj)
        return f"{obj} {self.c('obj_tail')}" if self.rng.random() < 0.6 else obj

    def year(self) -> int:
        return self.rng.randint(2019, 2031)

    def num(self) -> str:
        return _num_de(self.rng) if self.lang == "de" else _num_en(self.rng)

    def dec(self) -> str:
        return _dec(self.rng, "," if self.lang == "de" else ".")

    def clause(self) -> str:
        return self.c("clause").format(year=self.year(), month=self.rng.choice(self.months))

    def when(self) -> str:
        r = self.rng
        if self.lang == "de":
            return r.choice(
                (
                    f"am {r.choice(self.weekdays)}",
                    f"am {r.randint(1, 28)}. {r.choice(self.months)}",
                    f"Anfang {r.choice(self.months)}",
                    f"im Frühjahr {self.year()}",
                    f"am späten {r.choice(self.weekdays)}abend",
                    "in der vergangenen Woche",
                )
            )
        return r.choice(
            (
                f"on {r.choice(self.weekdays)}",
                f"on {r.randint(1, 28)} {r.choice(self.months)}",
                f"in early {r.choice(self.months)}",
                f"in the spring of {self.year()}",
                f"late on {r.choice(self.weekdays)}",
                "last week",
            )
        )

    def where(self) -> str:
        city = self.rng.choice(self.cities)
        if self.lang == "de":
            return self.rng.choice(
                (f"in {city}", f"im Rathaus von {city}", f"vor dem Landgericht {city}")
            )
        return self.rng.choice((f"in {city}", f"at {city} town hall", f"at the court in {city}"))

    # Templates ------------------------------------------------------------------------
    def _de_sentences(self) -> tuple[Callable[[], str], ...]:
        return (
            lambda: (
                f"{_cap(self.when())} hat {self.rng.choice(self.subj)} {self.where()} "
                f"{self.obj_np()} {self.c('part')}."
            ),
            lambda: (
                f"{_cap(self.rng.choice(self.subj))} hat {self.obj_np()} {self.when()} "
                f"{self.c('part')}."
            ),
            lambda: f"„{self.c('quote')}“, sagte {person(self.rng)}, {self.c('role')}.",
            lambda: (
                f"Nach Angaben {self.c('src_gen')} geht es um rund {self.num()} {self.c('unit')}."
            ),
            lambda: (
                f"Im Vergleich zum Vorjahr ist das ein {self.c('change')} von {self.dec()} Prozent."
            ),
            lambda: f"{person(self.rng)}, {self.c('role')}, hält das für {self.c('eval')}.",
            lambda: (
                f"Bereits {self.when()} hatte {self.rng.choice(self.subj)} {self.obj_np()} "
                f"{self.c('part')}."
            ),
            lambda: (
                f"Ob {self.rng.choice(self.subj)} {self.obj_np()} tatsächlich "
                f"{self.c('inf')} kann, ist noch offen."
            ),
            lambda: f"{_cap(self.c('subj_pl'))} fordern seit Langem {self.obj_np()}.",
            lambda: (
                f"Eine Entscheidung wird {self.c('time_fut')} erwartet, {self.where()} "
                f"{self.clause()}."
            ),
            lambda: (
                f"Betroffen sind nach ersten Schätzungen rund {self.num()} {self.c('people_pl')}."
            ),
            lambda: f"Wie {self.rng.choice(self.subj)} {self.when()} mitteilte, {self.clause()}.",
            lambda: (
                f"{person(self.rng)} verwies auf {self.obj_np()}, die seit {self.year()} "
                "diskutiert werde."
            ),
            lambda: (
                f"Zuletzt lag der Wert bei {self.dec()} {self.c('unit')}, {self.when()} "
                f"waren es noch {self.num()}."
            ),
            lambda: (
                f"{_cap(self.c('subj_pl'))} zeigten sich {self.when()} enttäuscht. "
                f"Inzwischen {self.clause()}."
            ),
            lambda: (
                f"In {self.rng.choice(self.cities)} sollen {self.c('time_fut')} weitere "
                f"Gespräche über {self.obj_np()} stattfinden."
            ),
        )

    def _en_sentences(self) -> tuple[Callable[[], str], ...]:
        return (
            lambda: (
                f"{_cap(self.when())}, {self.rng.choice(self.subj)} {self.c('past')} "
                f"{self.obj_np()} {self.where()}."
            ),
            lambda: (
                f"{_cap(self.rng.choice(self.subj))} {self.c('past')} {self.obj_np()} "
                f"{self.when()}."
            ),
            lambda: f"“{self.c('quote')},” said {person(self.rng)}, {self.c('role')}.",
            lambda: (
                f"According to {self.c('src_gen')}, about {self.num()} {self.c('unit')} "
                "are at stake."
            ),
            lambda: (
                f"Compared with last year, that is a {self.c('change')} of {self.dec()} per cent."
            ),
            lambda: f"{person(self.rng)}, {self.c('role')}, called the move {self.c('eval')}.",
            lambda: (
                f"{_cap(self.when())}, {self.rng.choice(self.subj)} had already "
                f"{self.c('past')} {self.obj_np()}."
            ),
            lambda: (
                f"Whether {self.rng.choice(self.subj)} can {self.c('inf')} "
                f"{self.obj_np()} remains unclear."
            ),
            lambda: f"{_cap(self.c('subj_pl'))} have long called for {self.obj_np()}.",
            lambda: (
                f"A decision is expected {self.c('time_fut')}, and {self.where()} {self.clause()}."
            ),
            lambda: (
                f"Early estimates suggest around {self.num()} {self.c('people_pl')} are affected."
            ),
            lambda: f"As {self.rng.choice(self.subj)} said {self.when()}, {self.clause()}.",
            lambda: (
                f"{person(self.rng)} pointed to {self.obj_np()}, which has been debated "
                f"since {self.year()}."
            ),
            lambda: (
                f"The latest figure was {self.dec()} {self.c('unit')}, down from "
                f"{self.num()} {self.when()}."
            ),
            lambda: (
                f"{_cap(self.c('subj_pl'))} were disappointed {self.when()} because "
                f"{self.clause()}."
            ),
            lambda: (
                f"Further talks on {self.obj_np()} are planned in "
                f"{self.rng.choice(self.cities)} {self.c('time_fut')}."
            ),
        )

    # Public ---------------------------------------------------------------------------
    def sentence(self) -> str:
        return self.rng.choice(self.sentences)()

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def headline(self) -> str:
        r = self.rng
        city = r.choice(self.cities)
        h_obj = r.choice(self.extra["h_obj"])
        h_tail = r.choice(self.w["obj_tail"]) if r.random() < 0.5 else ""
        form = r.randrange(4)
        if self.lang == "de":
            if form == 0:
                return f"{city}: {self.c('h_subj')} {self.c('h_verb')} {h_obj}"
            if form == 1:
                return f"{self.c('h_topic')} {h_obj} in {city}: „{self.c('quote')}“"
            if form == 2:
                return f"{self.c('h_subj')} {self.c('h_verb')} Pläne {h_tail or 'in ' + city}"
            return f"{self.num()} {self.c('people_pl')} betroffen: {self.c('h_topic')} {h_obj}"
        if form == 0:
            return f"{city}: {self.c('h_subj')} {self.c('h_verb')} {h_obj}"
        if form == 1:
            return f"{self.c('h_topic')} {h_obj} in {city}: ‘{self.c('quote')}’"
        if form == 2:
            return f"{self.c('h_subj')} {self.c('h_verb')} plans {h_tail or 'in ' + city}"
        return f"{self.num()} {self.c('people_pl')} affected: {self.c('h_topic')} {h_obj}"

    def subheading(self) -> str:
        return self.rng.choice(self.extra["sub"])


def headline(lang: str, topic: str, rng: random.Random) -> str:
    """A headline in the style of the language's press; callers retry on collisions."""
    return _Grammar(lang, topic, rng).headline()


def body_blocks(lang: str, topic: str, rng: random.Random) -> list[Block]:
    """6-15 paragraphs with 1-3 subheadings between them (never before the first paragraph)."""
    g = _Grammar(lang, topic, rng)
    n_par = rng.randint(6, 15)
    paragraphs = [g.paragraph() for _ in range(n_par)]
    positions = sorted(rng.sample(range(2, n_par), rng.randint(1, 3)))
    subs = rng.sample(g.extra["sub"], len(positions))
    blocks: list[Block] = []
    for i, text in enumerate(paragraphs):
        if i in positions:
            blocks.append(Block("h2", subs[positions.index(i)]))
        blocks.append(Block("p", text))
    return blocks
