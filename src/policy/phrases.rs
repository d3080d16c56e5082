//! Long passwords as a guessing attacker enumerates them: not letter by
//! letter or word by word, but as patterns tried first (issue 25):
//! - phrases: word sequences that occur together (known phrases,
//!   greetings, proverbs, song and film titles, and frequent word pairs);
//! - one separator style for the whole password (none, space, `-`, `.`,
//!   `_` …) and one case style (lower, Capitalised, Title, UPPER, caps
//!   lock) as one choice, not one per word;
//! - a word or a common password with a year, number or punctuation
//!   before or after it; a part typed again ("hallohallo",
//!   "june1976june2000"); a day next to a month ("13june");
//! - names of clubs, cities, regions and countries, months, weekdays,
//!   seasons, holidays, number words, and sequences of them in order
//!   ("einszweidreivier", "Montag Dienstag Mittwoch");
//! - keyboard rows of QWERTZ and QWERTY;
//! - the mailbox's own context (local part, domain, provider,
//!   `context_words`).
//!
//! The password is cut into parts by dynamic programming (the cheapest
//! sequence of parts wins); each part costs the number of guesses needed
//! to reach it in its list, each further part, the separator and case
//! styles and l33t a small factor more. The result is log10 of the
//! guesses, comparable to zxcvbn's. The data (see
//! `phrase-data/NOTICE.md`) is compiled in and indexed once, in an FST.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use fst::raw::{Fst, Output};

static DE_WORDS: &str = include_str!("de-common-words.txt");
static DE_FIRST_NAMES: &str = include_str!("de-first-names.txt");
static DE_LAST_NAMES: &str = include_str!("phrase-data/de-last-names.txt");
static DE_WIKI: &str = include_str!("phrase-data/de-wiki-words.txt");
static EN_WORDS: &str = include_str!("phrase-data/en-words.txt");
static COMMON_PASSWORDS: &str = include_str!("phrase-data/common-passwords.txt");
static EN_BIGRAMS: &str = include_str!("phrase-data/en-bigrams.txt");
static PLACES: &str = include_str!("phrase-data/places.txt");
static CURATED_PLACES: &str = include_str!("phrase-data/curated-places.txt");
static CURATED_CLUBS: &str = include_str!("phrase-data/curated-clubs.txt");
static CURATED_PHRASES: &str = include_str!("phrase-data/curated-phrases.txt");
static CURATED_CALENDAR: &str = include_str!("phrase-data/curated-calendar.txt");

/// English words the list of English words lacks (see `build`).
const EN_GLUE: [&str; 32] = [
    "i", "a", "im", "its", "dont", "youre", "cant", "thats", "ive", "ill", "lets", "whats",
    "didnt", "id", "wont", "isnt", "doesnt", "theres", "hes", "shes", "aint", "wasnt", "theyre",
    "youll", "couldnt", "wouldnt", "youve", "weve", "shouldnt", "arent", "havent", "wheres",
];

/// Characters looked at: the policy's longest password (128) and some.
const MAX_CHARS: usize = 256;
/// Longest dictionary key (characters, separators taken out).
const MAX_KEY: usize = 64;
/// Longest run of digits or symbols taken as one part.
const MAX_RUN: usize = 20;

/// log10 of the factor each further part costs (which template): 1.26.
/// Templates are few and lopsided (a word, then a year, then "!"); at
/// 1.5 a word with a name, a year and a symbol still passed (10^8.1-8.3,
/// "lukas_meyer_2010$"), at 1.26 the lowest random passphrase of the
/// evaluation is 10^8.8 (see benches/policy-data/README.md).
const PART: f32 = 0.1;
/// log10 of the factor a phrase's or list's choice costs.
const LIST: f32 = 0.301;

/// What a part of a password is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartKind {
    /// A German or English word.
    Word,
    /// A first or last name.
    Name,
    /// A known phrase, greeting, proverb or title.
    Phrase,
    /// A city, region, country or landscape.
    Place,
    /// A sports club.
    Club,
    /// A month, weekday, season or holiday, or a sequence of them.
    Calendar,
    /// A number word, or a sequence of them.
    NumberWords,
    /// A sequence from another well-known list (NATO alphabet, planets).
    Sequence,
    /// A row of a QWERTZ or QWERTY keyboard.
    Keyboard,
    /// The mailbox's name, its domain, the provider or a context word.
    Personal,
    /// A year (1900–2039).
    Year,
    /// A date (day and month, with or without the year).
    Date,
    /// Digits.
    Number,
    /// Punctuation and symbols.
    Punctuation,
    /// Characters no pattern explains, guessed one by one.
    Random,
    /// Found by zxcvbn: a common password.
    CommonPassword,
    /// Found by zxcvbn: a repeat.
    Repeat,
}

impl PartKind {
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Word => "word",
            PartKind::Name => "name",
            PartKind::Phrase => "phrase",
            PartKind::Place => "place",
            PartKind::Club => "club",
            PartKind::Calendar => "calendar",
            PartKind::NumberWords => "number words",
            PartKind::Sequence => "sequence",
            PartKind::Keyboard => "keyboard",
            PartKind::Personal => "mailbox context",
            PartKind::Year => "year",
            PartKind::Date => "date",
            PartKind::Number => "number",
            PartKind::Punctuation => "punctuation",
            PartKind::Random => "random",
            PartKind::CommonPassword => "common password",
            PartKind::Repeat => "repeat",
        }
    }
}

/// The pattern the phrase model found, for the refusal's text. Each
/// variant names the German and English refusal and hint proposed for
/// the message catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhraseHint {
    /// A known phrase, greeting, proverb, song or film title, or words
    /// that often go together ("Mein Passwort ist geheim", "Alles Gute
    /// zum Geburtstag", "Hallo Welt 123456").
    ///
    /// de: "Das neue Passwort ist eine bekannte Redewendung. Solche Sätze
    /// (Grüße, Sprichwörter, Liedtitel) probieren Angreifer als Erstes aus,
    /// auch mit Leerzeichen, Zahlen oder Satzzeichen."
    /// en: "The new password is a well-known phrase. Attackers try such
    /// phrases (greetings, proverbs, song titles) first, also with spaces,
    /// numbers or punctuation."
    Phrase,
    /// A few very frequent words, one after the other ("Ich bin der
    /// Beste", "das ist so").
    ///
    /// de: "Das neue Passwort besteht aus wenigen sehr häufigen Wörtern.
    /// Wählen Sie seltenere Wörter, die nichts miteinander zu tun haben."
    /// en: "The new password consists of a few very common words. Choose
    /// less common words that have nothing to do with each other."
    FrequentWords,
    /// One word with a number, a year or punctuation before or after it
    /// ("Deutschland2026!!", "Sonnenschein 123").
    ///
    /// de: "Das neue Passwort ist ein einzelnes Wort mit Zahl, Jahreszahl
    /// oder Satzzeichen. Diese Anhängsel probieren Angreifer immer mit aus."
    /// en: "The new password is a single word with a number, year or
    /// punctuation. Attackers always try such additions."
    WordWithSuffix,
    /// A club, city, region or country, often with a year ("Borussia
    /// Dortmund 09", "Frankfurt am Main 2026").
    ///
    /// de: "Das neue Passwort ist ein Vereins- oder Ortsname, auch mit
    /// Jahreszahl. Solche Namen stehen in den Wortlisten der Angreifer."
    /// en: "The new password is the name of a club or place, also with a
    /// year. Such names are on attackers' word lists."
    PlaceOrClub,
    /// First or last names, often with a year ("Maximilian Müller 1990").
    ///
    /// de: "Das neue Passwort besteht aus Namen, auch mit Jahreszahl.
    /// Namen und Geburtsjahre probieren Angreifer früh aus."
    /// en: "The new password consists of names, also with a year. Attackers
    /// try names and birth years early."
    Name,
    /// Months, weekdays, seasons or holidays, alone, in order or with a
    /// year ("Montag Dienstag Mittwoch", "Weihnachten 2026!!").
    ///
    /// de: "Das neue Passwort besteht aus Monaten, Wochentagen, Jahreszeiten
    /// oder Feiertagen. Solche Wörter und ihre Reihenfolgen sind leicht zu
    /// erraten."
    /// en: "The new password consists of months, weekdays, seasons or
    /// holidays. Such words and their order are easy to guess."
    Calendar,
    /// Number words and their sequences ("einszweidreivier").
    ///
    /// de: "Das neue Passwort besteht aus Zahlwörtern wie „eins zwei drei“.
    /// Ausgeschriebene Zahlen sind so leicht zu erraten wie Ziffern."
    /// en: "The new password consists of number words like “one two
    /// three”. Spelled-out numbers are as easy to guess as digits."
    NumberWords,
    /// Another well-known list in order (NATO alphabet, planets).
    ///
    /// de: "Das neue Passwort ist eine bekannte Reihe (z. B. Alpha Bravo
    /// Charlie). Bekannte Reihenfolgen sind leicht zu erraten."
    /// en: "The new password is a well-known series (e.g. alpha bravo
    /// charlie). Well-known orders are easy to guess."
    Sequence,
    /// Rows of a QWERTZ or QWERTY keyboard, also with separators
    /// ("qwertz asdfgh yxcvbn").
    ///
    /// de: "Das neue Passwort folgt Tastaturreihen wie „qwertz“ oder
    /// „asdfgh“. Das probieren Angreifer als Erstes aus."
    /// en: "The new password follows keyboard rows like “qwerty” or
    /// “asdfgh”. Attackers try that first."
    KeyboardRow,
    /// The mailbox's name, its domain, the provider or a context word,
    /// with additions ("mustermann 2026!!").
    ///
    /// de: "Das neue Passwort enthält Teile Ihrer E-Mail-Adresse oder den
    /// Namen des Anbieters. Diese probieren Angreifer als Erstes aus."
    /// en: "The new password contains parts of your email address or the
    /// provider's name. Attackers try those first."
    Personal,
}

impl PhraseHint {
    /// How the hint reads in English (for `--explain`).
    pub fn describe(self) -> &'static str {
        match self {
            PhraseHint::Phrase => "a well-known phrase",
            PhraseHint::FrequentWords => "a few very common words",
            PhraseHint::WordWithSuffix => "a word with a number, year or punctuation",
            PhraseHint::PlaceOrClub => "a club or place name, also with a year",
            PhraseHint::Name => "names, also with a year",
            PhraseHint::Calendar => "months, weekdays, seasons or holidays",
            PhraseHint::NumberWords => "number words",
            PhraseHint::Sequence => "a well-known series",
            PhraseHint::KeyboardRow => "keyboard rows",
            PhraseHint::Personal => "parts of the mailbox's address or the provider's name",
        }
    }
}

/// One part of a password as the phrase model reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub kind: PartKind,
    /// The characters as typed (separators inside a phrase included).
    pub text: String,
    /// log10 of the guesses for this part alone.
    pub guesses_log10: f64,
}

/// The phrase model's estimate of one password.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// log10 of the guesses for the whole password.
    pub guesses_log10: f64,
    pub parts: Vec<Part>,
    /// The pattern that makes up most of the password, if any.
    pub hint: Option<PhraseHint>,
    /// The separator style the password was read with (None: none).
    pub separator: Option<char>,
    /// log10 of what the separator, case and l33t choices add.
    pub structure_log10: f64,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// log10 of the guesses.
    cost: f32,
    kind: PartKind,
    /// Words in a phrase (1 for single words).
    words: u8,
    /// The word's id for word pairs, `NO_ID` if none.
    id: u32,
}

const NO_ID: u32 = u32::MAX;

struct Data {
    /// None only if the index could not be built (then zxcvbn alone).
    fst: Option<Fst<Vec<u8>>>,
    entries: Vec<Entry>,
    /// (first word, next word) → rank of the next word among the first
    /// word's followers (1 = most frequent).
    pairs: HashMap<(u32, u32), u32>,
}

/// Lists whose lines are data (no comments, no sections).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
}

/// The key a list entry is found under: lower case, separators and
/// punctuation inside it taken out. Most lines of the data are keys as
/// they are: those are borrowed, not copied (the index is built once,
/// and every copy would stay in the allocator's hands afterwards).
fn key_of(entry: &str) -> Cow<'_, str> {
    let is_key = |c: char| {
        let mut lower = c.to_lowercase();
        c.is_alphanumeric() && lower.next() == Some(c) && lower.next().is_none()
    };
    if entry.chars().all(is_key) {
        return Cow::Borrowed(entry);
    }
    Cow::Owned(
        entry
            .chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .collect(),
    )
}

/// The same key with umlauts spelled out, if it has any.
fn spelled_out(key: &str) -> Option<String> {
    if !key.contains(['ä', 'ö', 'ü', 'ß']) {
        return None;
    }
    Some(
        key.replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue")
            .replace('ß', "ss"),
    )
}

fn log10(n: usize) -> f32 {
    (n.max(1) as f32).log10()
}

struct Builder<'a> {
    keys: HashMap<Cow<'a, str>, Entry>,
    ids: HashMap<Cow<'a, str>, u32>,
}

impl<'a> Builder<'a> {
    fn id(&mut self, word: Cow<'a, str>) -> u32 {
        let next = u32::try_from(self.ids.len()).unwrap_or(NO_ID);
        *self.ids.entry(word).or_insert(next)
    }

    fn add(&mut self, entry: &'a str, cost: f32, kind: PartKind) {
        let words = entry.split_whitespace().count().max(1);
        self.add_words(key_of(entry), cost, kind, words);
    }

    /// The entry `key` counted as `words` words (for its case).
    fn add_words(&mut self, key: Cow<'a, str>, cost: f32, kind: PartKind, words: usize) {
        let length = key.chars().count();
        // One letter is a word only in English ("i", "a").
        let one_letter_word = length == 1 && EN_GLUE.contains(&&*key);
        if !((2..=MAX_KEY).contains(&length) || one_letter_word) {
            return;
        }
        let words = u8::try_from(words).unwrap_or(u8::MAX);
        let id = if words == 1 {
            self.ids.get(&*key).copied().unwrap_or(NO_ID)
        } else {
            NO_ID
        };
        let new = Entry {
            cost,
            kind,
            words,
            id,
        };
        let other = spelled_out(&key).map(Cow::Owned);
        for form in std::iter::once(key).chain(other) {
            match self.keys.get_mut(&*form) {
                Some(old) if old.cost <= new.cost => {
                    if old.id == NO_ID {
                        old.id = id;
                    }
                }
                Some(old) => {
                    let id = if id == NO_ID { old.id } else { id };
                    *old = Entry { id, ..new };
                }
                None => {
                    self.keys.insert(form, new);
                }
            }
        }
    }
}

/// The ordered groups of the calendar file: (name, cyclic, items).
fn groups(text: &str) -> Vec<(String, bool, Vec<Cow<'_, str>>)> {
    let mut groups: Vec<(String, bool, Vec<Cow<'_, str>>)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let mut words = header.split_whitespace();
            let name = words.next().unwrap_or_default().to_owned();
            let cyclic = words.any(|w| w == "cyclic");
            groups.push((name, cyclic, Vec::new()));
        } else if !line.is_empty() && !line.starts_with('#') {
            if let Some(group) = groups.last_mut() {
                group.2.push(key_of(line));
            }
        }
    }
    groups
}

fn group_kind(name: &str) -> PartKind {
    if name.starts_with("numbers") {
        PartKind::NumberWords
    } else if ["weekdays", "months", "seasons", "holidays", "daytimes"]
        .iter()
        .any(|p| name.starts_with(p))
    {
        PartKind::Calendar
    } else {
        PartKind::Sequence
    }
}

/// Substrings (4 or more keys) of the keyboards' letter rows, both ways,
/// whether they are a whole row and whether they start at one of its ends.
fn keyboard_rows() -> Vec<(String, bool, bool)> {
    let rows = [
        "qwertzuiopü",
        "asdfghjklöä",
        "yxcvbnm",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "1234567890ß",
    ];
    let mut walks: Vec<(String, bool, bool)> = Vec::new();
    for row in rows {
        let chars: Vec<char> = row.chars().collect();
        let n = chars.len();
        for start in 0..n {
            for end in start + 4..=n {
                let walk: String = chars[start..end].iter().collect();
                let whole = start == 0 && (end == n || end + 1 == n);
                walks.push((walk.chars().rev().collect(), whole, end == n));
                walks.push((walk, whole, start == 0));
            }
        }
    }
    // The cheaper reading of a walk found twice.
    walks.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    walks.dedup_by(|a, b| a.0 == b.0);
    walks
}

static DATA: LazyLock<Data> = LazyLock::new(build);

fn build() -> Data {
    let mut b = Builder {
        keys: HashMap::with_capacity(140_000),
        ids: HashMap::with_capacity(40_000),
    };
    // Word ids first: the words of phrases (German pairs) and the English
    // words of the pair list.
    let phrases: Vec<Vec<Cow<'static, str>>> = lines(CURATED_PHRASES)
        .map(|l| l.split_whitespace().map(key_of).collect())
        .collect();
    for phrase in &phrases {
        for word in phrase {
            b.id(word.clone());
        }
    }
    let mut pairs: HashMap<(u32, u32), u32> = HashMap::with_capacity(70_000);
    let mut followers: HashMap<u32, u32> = HashMap::with_capacity(20_000);
    let mut pair = |pairs: &mut HashMap<(u32, u32), u32>, a: u32, c: u32| {
        if let std::collections::hash_map::Entry::Vacant(slot) = pairs.entry((a, c)) {
            let rank = followers.entry(a).or_insert(0);
            *rank += 1;
            slot.insert(*rank);
        }
    };
    for phrase in &phrases {
        for w in phrase.windows(2) {
            let (a, c) = (b.id(w[0].clone()), b.id(w[1].clone()));
            pair(&mut pairs, a, c);
        }
    }
    for line in lines(EN_BIGRAMS) {
        if let Some((x, y)) = line.split_once(' ') {
            let (a, c) = (b.id(Cow::Borrowed(x)), b.id(Cow::Borrowed(y)));
            pair(&mut pairs, a, c);
        }
    }

    // Single words: their rank in their list, a factor for the list.
    for (rank, w) in lines(DE_WORDS).enumerate() {
        b.add(w, log10(rank + 1), PartKind::Word);
    }
    for (rank, w) in lines(EN_WORDS).enumerate() {
        b.add(w, log10(rank + 1) + LIST, PartKind::Word);
    }
    // What the English list lacks: it has no one-letter words, and splits
    // contractions ("don" "'t"), which passwords write without the
    // apostrophe. Roughly in the order of their frequency in speech.
    for (rank, w) in EN_GLUE.into_iter().enumerate() {
        b.add(w, log10(rank + 2) + LIST, PartKind::Word);
    }
    // Common passwords (shorter than the policy's minimum: longer ones are
    // the breached-password check's), a list of its own.
    for (rank, w) in lines(COMMON_PASSWORDS).enumerate() {
        b.add(w, log10(rank + 1) + LIST, PartKind::CommonPassword);
    }
    for (rank, w) in lines(DE_WIKI).enumerate() {
        b.add(w, log10(rank + 1) + 2.0 * LIST, PartKind::Word);
    }
    // The first names are in alphabetical order: each costs the list.
    let first_names = log10(lines(DE_FIRST_NAMES).count());
    for w in lines(DE_FIRST_NAMES) {
        b.add(w, first_names, PartKind::Name);
    }
    for (rank, w) in lines(DE_LAST_NAMES).enumerate() {
        b.add(w, log10(rank + 1) + LIST, PartKind::Name);
    }
    // Places by size, then the curated ones; clubs and phrases in the
    // order of their files (most likely first).
    for (rank, w) in lines(PLACES).enumerate() {
        b.add(w, log10(rank + 2) + LIST, PartKind::Place);
    }
    for (rank, w) in lines(CURATED_PLACES).enumerate() {
        b.add(w, log10(rank + 10) + LIST, PartKind::Place);
    }
    for (rank, w) in lines(CURATED_CLUBS).enumerate() {
        b.add(w, log10(rank + 10) + LIST, PartKind::Club);
    }
    for (rank, w) in lines(CURATED_PHRASES).enumerate() {
        let kind = if w.contains(' ') {
            PartKind::Phrase
        } else {
            PartKind::Word
        };
        b.add(w, log10(rank + 10) + LIST, kind);
    }
    // Calendar and number words, alone (the first of a list first) and
    // in order (either way, from any start; cyclic lists wrap around);
    // two words of one list one after the other are a pair (the next one
    // in the list first).
    let groups = groups(CURATED_CALENDAR);
    let mut per_kind: HashMap<PartKind, usize> = HashMap::new();
    for (name, _, _) in &groups {
        *per_kind.entry(group_kind(name)).or_insert(0) += 1;
    }
    for (name, cyclic, items) in &groups {
        let kind = group_kind(name);
        let family = log10(per_kind.get(&kind).copied().unwrap_or(1));
        let n = items.len();
        let ids: Vec<u32> = items.iter().map(|w| b.id(w.clone())).collect();
        for (a, first) in ids.iter().enumerate() {
            for (c, second) in ids.iter().enumerate() {
                let rank = u32::try_from((c + 2 * n - a - 1) % n + 1).unwrap_or(u32::MAX);
                let slot = pairs.entry((*first, *second)).or_insert(rank);
                *slot = (*slot).min(rank);
            }
        }
        for (index, item) in items.iter().enumerate() {
            b.add_words(item.clone(), family + log10(index + 2), kind, 1);
        }
        if name == "holidays" {
            continue;
        }
        let cost = family + 2.0 * log10(n) + LIST;
        for start in 0..n {
            for len in 2..=n {
                let forward = *cyclic || start + len <= n;
                let backward = *cyclic || start + 1 >= len;
                if forward {
                    let seq: String = (0..len).map(|i| &*items[(start + i) % n]).collect();
                    b.add_words(Cow::Owned(seq), cost, kind, len);
                }
                if backward {
                    let seq: String = (0..len).map(|i| &*items[(start + n - i % n) % n]).collect();
                    b.add_words(Cow::Owned(seq), cost, kind, len);
                }
            }
        }
    }
    // Keyboard rows: whole rows first, then walks from a row's end.
    let walks = keyboard_rows();
    let elsewhere = log10(walks.len());
    for (walk, whole, at_end) in walks {
        let cost = match (whole, at_end) {
            (true, _) => 1.5,
            (false, true) => 2.0,
            (false, false) => elsewhere,
        };
        b.add_words(Cow::Owned(walk), cost, PartKind::Keyboard, 1);
    }

    let Builder { keys, ids } = b;
    drop(ids);
    let mut keys: Vec<(Cow<'static, str>, Entry)> = keys.into_iter().collect();
    keys.sort_unstable_by(|x, y| x.0.cmp(&y.0));
    pairs.shrink_to_fit();
    let entries: Vec<Entry> = keys.iter().map(|(_, e)| *e).collect();
    // The keys are sorted and distinct, so this cannot fail.
    let fst = Fst::from_iter_map(
        keys.iter()
            .enumerate()
            .map(|(i, (k, _))| (k.as_bytes(), i as u64)),
    )
    .ok();
    Data {
        fst,
        entries,
        pairs,
    }
}

/// How many entries the compiled index holds (for tests and the bench).
pub fn index_len() -> usize {
    DATA.entries.len()
}

/// About how many bytes of memory the index holds once built (the FST,
/// the entries and the word pairs; for the bench).
pub fn index_bytes() -> usize {
    let data = &*DATA;
    data.fst.as_ref().map_or(0, |f| f.as_bytes().len())
        + data.entries.capacity() * std::mem::size_of::<Entry>()
        + data.pairs.capacity() * (std::mem::size_of::<((u32, u32), u32)>() + 1)
}

/// Characters that separate words when used throughout a password.
const SEPARATORS: [char; 12] = [' ', '-', '.', '_', '+', ',', '/', '*', '#', ':', ';', '~'];

fn style_cost(style: Option<char>) -> f32 {
    match style {
        None => 0.0,
        Some(' ') => 0.301,
        Some('-' | '.' | '_') => 0.477,
        Some(_) => 0.778,
    }
}

/// Letters a l33t character stands for between letters.
fn unleet(c: char) -> Option<char> {
    match c {
        '4' | '@' => Some('a'),
        '3' => Some('e'),
        '1' | '!' => Some('i'),
        '0' => Some('o'),
        '$' | '5' => Some('s'),
        '7' => Some('t'),
        '8' => Some('b'),
        _ => None,
    }
}

#[derive(Debug, Clone)]
struct Item {
    start: usize,
    end: usize,
    cost: f32,
    kind: PartKind,
    words: u8,
    id: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Random(usize),
    Item(usize),
}

/// log10 of the guesses for a run of digits, and what it is.
fn digits_cost(d: &[char]) -> (f32, PartKind) {
    let n = d.len();
    let s: String = d.iter().collect();
    let value: u64 = s.parse().unwrap_or(u64::MAX);
    if n == 4 && (1950..=2030).contains(&value) {
        return (log10(81), PartKind::Year);
    }
    if n == 4 && (1900..=2039).contains(&value) {
        return (log10(140), PartKind::Year);
    }
    let mut best = (n as f32, PartKind::Number);
    let mut consider = |cost: f32, kind: PartKind| {
        if cost < best.0 {
            best = (cost, kind);
        }
    };
    if n <= 2 {
        consider(n as f32 * 0.85, PartKind::Number);
    }
    const COMMON: [&str; 24] = [
        "123",
        "1234",
        "12345",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "0815",
        "4711",
        "007",
        "666",
        "777",
        "1337",
        "69",
        "187",
        "112",
        "110",
        "1312",
        "88",
        "321",
        "4321",
        "54321",
        "654321",
    ];
    if let Some(i) = COMMON.iter().position(|c| *c == s) {
        consider(log10(i + 2), PartKind::Number);
    }
    let digits: Vec<i32> = d
        .iter()
        .map(|c| c.to_digit(10).unwrap_or(0) as i32)
        .collect();
    if n >= 3 {
        if digits.windows(2).all(|w| w[0] == w[1]) {
            consider(log10(10 * n), PartKind::Number);
        }
        for step in [1, -1] {
            if digits.windows(2).all(|w| (w[1] - w[0] - step) % 10 == 0) {
                consider(log10(20 * n), PartKind::Number);
            }
        }
        // A short unit repeated: "121212", "20262026".
        for unit in 1..=n / 2 {
            if n.is_multiple_of(unit) && (unit..n).all(|i| d[i] == d[i % unit]) {
                let (inner, _) = digits_cost(&d[..unit]);
                consider(inner + log10(n / unit) + LIST, PartKind::Number);
                break;
            }
        }
    }
    let day_month = |dd: u64, mm: u64| (1..=31).contains(&dd) && (1..=12).contains(&mm);
    let year = |y: u64, digits: usize| digits == 2 || (1900..=2039).contains(&y);
    let dated = match n {
        4 => day_month(value / 100, value % 100) || day_month(value % 100, value / 100),
        6 => {
            let (a, b, c) = (value / 10_000, value / 100 % 100, value % 100);
            day_month(a, b) && year(c, 2) || year(a, 2) && day_month(c, b)
        }
        8 => {
            let dmy = day_month(value / 1_000_000, value / 10_000 % 100) && year(value % 10_000, 4);
            let ymd = year(value / 10_000, 4) && day_month(value % 100, value / 100 % 100);
            dmy || ymd
        }
        _ => false,
    };
    if dated {
        let years = if n == 4 { 1 } else { 140 };
        consider(log10(366 * years), PartKind::Date);
    }
    best
}

/// log10 of the 31 days of a month.
const DAY: f32 = 1.491;

/// One or two digits that can be a day of the month (1–31).
fn is_day(d: &[char]) -> bool {
    let s: String = d.iter().collect();
    d.len() <= 2 && s.parse::<u8>().is_ok_and(|v| (1..=31).contains(&v))
}

/// log10 of the guesses for a run of symbols.
fn symbols_cost(s: &[char]) -> f32 {
    let text: String = s.iter().collect();
    const COMMON: [&str; 16] = [
        "!", ".", "?", "!!", "#", "*", "!!!", "$", "@", "?!", "!?", "...", "+", "&", "%", "??",
    ];
    match COMMON.iter().position(|c| *c == text) {
        Some(i) => log10(i + 4),
        None => 1.5 * s.len() as f32,
    }
}

fn char_cost(c: char) -> f32 {
    if c.is_ascii_lowercase() {
        1.415
    } else if c.is_ascii_digit() {
        1.0
    } else if c.is_alphabetic() {
        1.5
    } else {
        1.52
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Capital,
    Upper,
    /// Caps lock on, Shift for the first letter: "wELCOME".
    Inverted,
    Mixed(usize),
}

fn case_of(text: &[char], words: u8) -> Option<Case> {
    let letters: Vec<&char> = text.iter().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let first_upper = letters.first().is_some_and(|c| c.is_uppercase());
    if letters.is_empty() {
        None
    } else if upper == 0 {
        Some(Case::Lower)
    } else if upper == letters.len() && letters.len() > 1 {
        Some(Case::Upper)
    } else if first_upper && upper <= usize::from(words) {
        Some(Case::Capital)
    } else if words == 1 && !first_upper && upper + 1 == letters.len() {
        Some(Case::Inverted)
    } else {
        Some(Case::Mixed(upper))
    }
}

/// log10 of the case choices: one style for all words is one choice.
fn case_cost(cases: &[Case]) -> f32 {
    if cases.is_empty() || cases.iter().all(|c| *c == Case::Lower) {
        return 0.0;
    }
    let uniform = |c: Case| cases.iter().all(|x| *x == c);
    let sentence = cases[0] == Case::Capital && cases[1..].iter().all(|c| *c == Case::Lower);
    if uniform(Case::Capital) || sentence {
        return 0.301;
    }
    if uniform(Case::Upper) {
        return 0.477;
    }
    if uniform(Case::Inverted) {
        return 0.602;
    }
    let capital = cases.iter().filter(|c| **c != Case::Lower).count();
    let lower = cases.len() - capital;
    let mixed: usize = cases
        .iter()
        .map(|c| match c {
            Case::Mixed(upper) => *upper,
            _ => 0,
        })
        .sum();
    0.477 + 0.301 * (capital.min(lower) + mixed) as f32
}

struct Pass<'a> {
    /// The original characters.
    chars: &'a [char],
    /// Lower case, the style's separator taken out, l33t undone.
    text: Vec<char>,
    /// Index in `chars` of each character of `text`.
    at: Vec<usize>,
    style: Option<char>,
    leet: usize,
}

/// The personal words as keys, cheapest first.
fn personal_keys(personal: &[String]) -> Vec<(Vec<char>, f32)> {
    let mut keys = Vec::new();
    for (i, word) in personal.iter().enumerate() {
        let lower: String = word.to_lowercase();
        let cost = log10(i + 2);
        let compact = key_of(&lower).into_owned();
        for form in [lower, compact] {
            let chars: Vec<char> = form.chars().collect();
            if chars.len() >= 3 {
                keys.push((chars, cost));
            }
        }
    }
    keys
}

/// The best way found to reach a state, and how.
#[derive(Debug, Clone, Copy)]
struct Best {
    total: f32,
    from: Prev,
    /// The item's own cost as used (a word pair can make it cheaper).
    own: f32,
    paired: bool,
}

const UNREACHED: Best = Best {
    total: f32::INFINITY,
    from: Prev::Start,
    own: 0.0,
    paired: false,
};

/// Every dictionary entry, personal word and run of digits or symbols
/// found in the pass's text.
fn items_of(text: &[char], personal: &[(Vec<char>, f32)], data: &Data) -> Vec<Item> {
    let n = text.len();
    let mut items: Vec<Item> = Vec::new();
    let bytes: Vec<([u8; 4], usize)> = text
        .iter()
        .map(|c| {
            let mut buf = [0u8; 4];
            let len = c.encode_utf8(&mut buf).len();
            (buf, len)
        })
        .collect();
    for start in 0..n {
        // Dictionary: walk the FST along the characters.
        if let Some(fst) = &data.fst {
            let mut node = fst.root();
            let mut out = Output::zero();
            'walk: for (end, (buf, len)) in bytes
                .iter()
                .enumerate()
                .take(n.min(start + MAX_KEY))
                .skip(start)
            {
                for &byte in &buf[..*len] {
                    match node.find_input(byte) {
                        Some(i) => {
                            let t = node.transition(i);
                            out = out.cat(t.out);
                            node = fst.node(t.addr);
                        }
                        None => break 'walk,
                    }
                }
                if node.is_final() {
                    let index = out.cat(node.final_output()).value();
                    if let Some(e) = usize::try_from(index)
                        .ok()
                        .and_then(|i| data.entries.get(i))
                    {
                        items.push(Item {
                            start,
                            end: end + 1,
                            cost: e.cost,
                            kind: e.kind,
                            words: e.words,
                            id: e.id,
                        });
                    }
                }
            }
        }
        for (key, cost) in personal {
            if text[start..].starts_with(key) {
                items.push(Item {
                    start,
                    end: start + key.len(),
                    cost: *cost,
                    kind: PartKind::Personal,
                    words: 1,
                    id: NO_ID,
                });
            }
        }
        // Runs of digits or of symbols, any stretch of them.
        let digits = text[start].is_ascii_digit();
        let symbols = !text[start].is_alphanumeric() && !text[start].is_whitespace();
        if !digits && !symbols {
            continue;
        }
        let mut end = start;
        while end < n && end - start < MAX_RUN {
            let c = text[end];
            let same = if digits {
                c.is_ascii_digit()
            } else {
                !c.is_alphanumeric() && !c.is_whitespace()
            };
            if !same {
                break;
            }
            end += 1;
            let run = &text[start..end];
            let (cost, kind) = if digits {
                digits_cost(run)
            } else {
                (symbols_cost(run), PartKind::Punctuation)
            };
            items.push(Item {
                start,
                end,
                cost,
                kind,
                words: 1,
                id: NO_ID,
            });
        }
    }
    items.sort_by_key(|i| (i.start, i.end));
    items
}

/// One step of the cheapest reading: characters [start, end) of the
/// pass's text, the item (None: random characters) and its own cost.
struct Step {
    start: usize,
    end: usize,
    item: Option<usize>,
    own: f32,
    paired: bool,
}

/// The cheapest reading of one pass: its cost, parts and pattern.
fn read(
    pass: &Pass,
    personal: &[(Vec<char>, f32)],
    data: &Data,
) -> Option<(f32, Vec<Part>, Option<PhraseHint>)> {
    let text = &pass.text;
    let n = text.len();
    if n == 0 {
        return None;
    }
    let items = items_of(text, personal, data);
    let mut ending: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (k, item) in items.iter().enumerate() {
        ending[item.end].push(k);
    }
    // best_random[p]: the last step took character p - 1 as random.
    let mut best_item = vec![UNREACHED; items.len()];
    let mut best_random = vec![UNREACHED; n + 1];
    let mut next = 0;
    let mut arrive: Vec<(f32, Prev)> = Vec::new();
    for p in 0..n {
        // The ways to stand at p: at the start, after random characters,
        // after an item.
        arrive.clear();
        if p == 0 {
            arrive.push((0.0, Prev::Start));
        } else {
            if best_random[p].total.is_finite() {
                arrive.push((best_random[p].total, Prev::Random(p)));
            }
            for &j in &ending[p] {
                if best_item[j].total.is_finite() {
                    arrive.push((best_item[j].total, Prev::Item(j)));
                }
            }
        }
        while next < items.len() && items[next].start == p {
            let item = &items[next];
            for &(cost, from) in &arrive {
                let mut own = item.cost;
                let mut paired = false;
                if let Prev::Item(j) = from {
                    let before = &items[j];
                    // A part typed once more, right after it or up to
                    // three parts later ("hallohallo", "june1976june2000").
                    let mut back = Prev::Item(j);
                    for distance in 1..=3u8 {
                        let Prev::Item(k) = back else { break };
                        let earlier = &items[k];
                        if text[earlier.start..earlier.end] == text[item.start..item.end] {
                            own = own.min(LIST * f32::from(distance));
                            break;
                        }
                        back = best_item[k].from;
                    }
                    // A day of the month next to a month ("13june").
                    let day =
                        |i: &Item| i.kind == PartKind::Number && is_day(&text[i.start..i.end]);
                    if before.kind == PartKind::Calendar && day(item) {
                        own = own.min(DAY);
                    } else if day(before) && item.kind == PartKind::Calendar {
                        own = own.min(item.cost - (before.cost - DAY).max(0.0));
                    }
                    if before.id != NO_ID && item.id != NO_ID {
                        if let Some(rank) = data.pairs.get(&(before.id, item.id)) {
                            let pair_cost = log10(*rank as usize) + LIST;
                            if pair_cost < own {
                                own = pair_cost;
                                paired = true;
                            }
                        }
                    }
                }
                let link = if from == Prev::Start { 0.0 } else { PART };
                let total = cost + link + own;
                if total < best_item[next].total {
                    best_item[next] = Best {
                        total,
                        from,
                        own,
                        paired,
                    };
                }
            }
            next += 1;
        }
        let own = char_cost(text[p]);
        for &(cost, from) in &arrive {
            let link = if matches!(from, Prev::Item(_)) {
                PART
            } else {
                0.0
            };
            let total = cost + link + own;
            if total < best_random[p + 1].total {
                best_random[p + 1] = Best {
                    total,
                    from,
                    own,
                    paired: false,
                };
            }
        }
    }
    let mut end = (best_random[n].total, Prev::Random(n));
    for &j in &ending[n] {
        if best_item[j].total < end.0 {
            end = (best_item[j].total, Prev::Item(j));
        }
    }
    if !end.0.is_finite() {
        return None;
    }
    // Walk back: items, and runs of random characters as one step each.
    let mut steps: Vec<Step> = Vec::new();
    let mut at = end.1;
    loop {
        match at {
            Prev::Start => break,
            Prev::Item(k) => {
                let best = best_item[k];
                steps.push(Step {
                    start: items[k].start,
                    end: items[k].end,
                    item: Some(k),
                    own: best.own,
                    paired: best.paired,
                });
                at = best.from;
            }
            Prev::Random(p) => {
                let mut q = p;
                let mut own = 0.0;
                loop {
                    own += best_random[q].own;
                    match best_random[q].from {
                        Prev::Random(r) => q = r,
                        other => {
                            at = other;
                            break;
                        }
                    }
                }
                steps.push(Step {
                    start: q - 1,
                    end: p,
                    item: None,
                    own,
                    paired: false,
                });
            }
        }
    }
    steps.reverse();
    let (parts, hint, cases) = describe(pass, &items, &steps);
    let structure = style_cost(pass.style)
        + case_cost(&cases)
        + if pass.leet > 0 {
            LIST + LIST * pass.leet as f32
        } else {
            0.0
        };
    Some((end.0 + structure, parts, hint))
}

/// The parts of a reading as typed, the pattern that makes up most of it,
/// and the case of each of its words.
fn describe(
    pass: &Pass,
    items: &[Item],
    steps: &[Step],
) -> (Vec<Part>, Option<PhraseHint>, Vec<Case>) {
    let mut cases = Vec::new();
    let mut parts = Vec::new();
    let mut paired_any = false;
    let mut word_parts = 0;
    let mut longest: Option<(usize, PartKind, u8)> = None;
    for step in steps {
        let typed = &pass.chars[pass.at[step.start]..pass.at[step.end - 1] + 1];
        let (kind, words) = match step.item {
            Some(k) => (items[k].kind, items[k].words),
            None => (PartKind::Random, 1),
        };
        paired_any |= step.paired;
        let wordlike = !matches!(
            kind,
            PartKind::Year
                | PartKind::Date
                | PartKind::Number
                | PartKind::Punctuation
                | PartKind::Random
        );
        if wordlike {
            word_parts += 1;
            if let Some(case) = case_of(typed, words) {
                cases.push(case);
            }
            let len = step.end - step.start;
            if longest.is_none_or(|(longest, _, _)| len > longest) {
                longest = Some((len, kind, words));
            }
        }
        parts.push(Part {
            kind,
            text: typed.iter().collect(),
            guesses_log10: f64::from(step.own),
        });
    }
    let hint = longest.map(|(_, kind, words)| match kind {
        PartKind::Phrase if words > 1 => PhraseHint::Phrase,
        PartKind::Place | PartKind::Club => PhraseHint::PlaceOrClub,
        PartKind::Name => PhraseHint::Name,
        PartKind::Calendar => PhraseHint::Calendar,
        PartKind::NumberWords => PhraseHint::NumberWords,
        PartKind::Sequence => PhraseHint::Sequence,
        PartKind::Keyboard => PhraseHint::KeyboardRow,
        PartKind::Personal => PhraseHint::Personal,
        _ if paired_any => PhraseHint::Phrase,
        _ if word_parts > 1 => PhraseHint::FrequentWords,
        _ => PhraseHint::WordWithSuffix,
    });
    (parts, hint, cases)
}

/// The phrase model's reading of `password`; `personal` are the words a
/// guesser who knows the mailbox tries first.
pub fn estimate(password: &str, personal: &[String]) -> Found {
    let data = &*DATA;
    let chars: Vec<char> = password.chars().take(MAX_CHARS).collect();
    let personal = personal_keys(personal);
    let mut styles: Vec<Option<char>> = vec![None];
    for sep in SEPARATORS {
        if chars.contains(&sep) {
            styles.push(Some(sep));
        }
    }
    let mut best: Option<Found> = None;
    for style in styles {
        let mut text = Vec::with_capacity(chars.len());
        let mut at = Vec::with_capacity(chars.len());
        for (i, c) in chars.iter().enumerate() {
            if Some(*c) == style {
                continue;
            }
            let mut lower = c.to_lowercase();
            let l = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => *c,
            };
            text.push(l);
            at.push(i);
        }
        // The same with l33t undone between letters ("P4ssw0rt").
        let mut unleeted = text.clone();
        let mut kinds = Vec::new();
        for i in 0..text.len() {
            let letter = |j: Option<usize>| {
                j.and_then(|j| text.get(j))
                    .is_some_and(|c| c.is_alphabetic())
            };
            let before = letter(i.checked_sub(1));
            let after = letter(Some(i + 1));
            if let Some(l) = unleet(text[i]) {
                if (before && (after || i + 1 == text.len())) || (after && i == 0) {
                    unleeted[i] = l;
                    if !kinds.contains(&text[i]) {
                        kinds.push(text[i]);
                    }
                }
            }
        }
        let mut passes = vec![(text, 0)];
        if !kinds.is_empty() {
            passes.push((unleeted, kinds.len()));
        }
        for (text, leet) in passes {
            let pass = Pass {
                chars: &chars,
                text,
                at: at.clone(),
                style,
                leet,
            };
            if let Some((cost, parts, hint)) = read(&pass, &personal, data) {
                let cost = f64::from(cost);
                if best.as_ref().is_none_or(|b| cost < b.guesses_log10) {
                    let parts_cost: f64 = parts.iter().map(|p| p.guesses_log10).sum();
                    best = Some(Found {
                        guesses_log10: cost,
                        structure_log10: (cost - parts_cost).max(0.0),
                        parts,
                        hint,
                        separator: style,
                    });
                }
            }
        }
    }
    best.unwrap_or(Found {
        guesses_log10: 0.0,
        parts: Vec::new(),
        hint: None,
        separator: None,
        structure_log10: 0.0,
    })
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<16} {:<30} 10^{:.2}",
            self.kind.name(),
            format!("\"{}\"", self.text),
            self.guesses_log10
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_built() {
        assert!(index_len() > 80_000, "{}", index_len());
    }

    /// `PROBE=file cargo test --lib probe -- --ignored --nocapture`:
    /// each line's estimates (a tool while working on the model).
    #[test]
    #[ignore]
    fn probe() {
        let Ok(path) = std::env::var("PROBE") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let personal: Vec<String> = [
            "max.mustermann",
            "max",
            "mustermann",
            "beispiel-firma.de",
            "beispiel",
            "firma",
            "hosting",
        ]
        .map(str::to_owned)
        .to_vec();
        for line in text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let old = crate::policy::guess::estimate_without_phrases(line, &personal);
            let found = estimate(line, &personal);
            let parts: Vec<String> = found
                .parts
                .iter()
                .map(|p| format!("{}:{}:{:.1}", p.kind.name(), p.text, p.guesses_log10))
                .collect();
            println!(
                "{}\t{}\t{:.2}\t{:?}\t{}\t{}",
                old.score,
                crate::policy::guess::estimate(line, &personal).score,
                found.guesses_log10,
                found.hint,
                line,
                parts.join(" | ")
            );
        }
    }

    /// Parts every guesser has: common passwords, English glue words and
    /// contractions, a part typed again, a day next to a month, caps lock.
    #[test]
    fn common_parts_and_structures_are_cheap() {
        let personal: Vec<String> = Vec::new();
        for password in [
            "sunshineletmein2024",
            "i dont want to go home",
            "Montag1999Montag2000",
            "servusservusservus",
            "24dezember1990!!",
            "hALLO wELT 123456",
        ] {
            let found = estimate(password, &personal);
            assert!(found.guesses_log10 < 8.0, "{password}: {found:?}");
        }
    }

    #[test]
    fn digits() {
        assert_eq!(digits_cost(&['2', '0', '2', '6']).1, PartKind::Year);
        assert!(digits_cost(&"123456".chars().collect::<Vec<_>>()).0 < 1.5);
        assert_eq!(
            digits_cost(&"24121990".chars().collect::<Vec<_>>()).1,
            PartKind::Date
        );
        assert!(digits_cost(&"83920571".chars().collect::<Vec<_>>()).0 >= 7.9);
    }
}
