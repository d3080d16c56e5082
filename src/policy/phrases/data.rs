//! The phrase model's lists, compiled in and indexed once: every entry
//! under its key (lower case, no separators) in an FST, with what it
//! costs to guess, and the word pairs that make phrases cheap.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fst::raw::Fst;

use super::parts::{PartKind, LIST, MAX_KEY};

static DE_WORDS: &str = include_str!("../de-common-words.txt");
static DE_FIRST_NAMES: &str = include_str!("../de-first-names.txt");
static DE_LAST_NAMES: &str = include_str!("../phrase-data/de-last-names.txt");
static DE_WIKI: &str = include_str!("../phrase-data/de-wiki-words.txt");
static EN_WORDS: &str = include_str!("../phrase-data/en-words.txt");
static COMMON_PASSWORDS: &str = include_str!("../phrase-data/common-passwords.txt");
static EN_BIGRAMS: &str = include_str!("../phrase-data/en-bigrams.txt");
static PLACES: &str = include_str!("../phrase-data/places.txt");
static CURATED_PLACES: &str = include_str!("../phrase-data/curated-places.txt");
static CURATED_CLUBS: &str = include_str!("../phrase-data/curated-clubs.txt");
static CURATED_PHRASES: &str = include_str!("../phrase-data/curated-phrases.txt");
static CURATED_CALENDAR: &str = include_str!("../phrase-data/curated-calendar.txt");

/// English words the list of English words lacks (see `build`).
const EN_GLUE: [&str; 32] = [
    "i", "a", "im", "its", "dont", "youre", "cant", "thats", "ive", "ill", "lets", "whats",
    "didnt", "id", "wont", "isnt", "doesnt", "theres", "hes", "shes", "aint", "wasnt", "theyre",
    "youll", "couldnt", "wouldnt", "youve", "weve", "shouldnt", "arent", "havent", "wheres",
];

#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    /// log10 of the guesses.
    pub(super) cost: f32,
    pub(super) kind: PartKind,
    /// Words in a phrase (1 for single words).
    pub(super) words: u8,
    /// The word's id for word pairs, `NO_ID` if none.
    pub(super) id: u32,
}

pub(super) const NO_ID: u32 = u32::MAX;

pub(super) struct Data {
    /// None only if the index could not be built (then zxcvbn alone).
    pub(super) fst: Option<Fst<Vec<u8>>>,
    pub(super) entries: Vec<Entry>,
    /// (first word, next word) → rank of the next word among the first
    /// word's followers (1 = most frequent).
    pub(super) pairs: HashMap<(u32, u32), u32>,
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
pub(super) fn key_of(entry: &str) -> Cow<'_, str> {
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

pub(super) fn log10(n: usize) -> f32 {
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

pub(super) static DATA: LazyLock<Data> = LazyLock::new(build);

fn build() -> Data {
    let mut b = Builder {
        keys: HashMap::with_capacity(140_000),
        ids: HashMap::with_capacity(40_000),
    };
    let mut pairs = word_pairs(&mut b);
    add_lists(&mut b);
    add_calendar(&mut b, &mut pairs);
    add_keyboard(&mut b);
    index(b, pairs)
}

/// Ranks each word's followers in the order they are first seen.
struct Pairs {
    ranks: HashMap<(u32, u32), u32>,
    followers: HashMap<u32, u32>,
}

impl Pairs {
    fn add(&mut self, first: u32, next: u32) {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.ranks.entry((first, next)) {
            let rank = self.followers.entry(first).or_insert(0);
            *rank += 1;
            slot.insert(*rank);
        }
    }
}

/// Word ids first: the words of phrases (German pairs) and the English
/// words of the pair list; then the pairs they make.
fn word_pairs(b: &mut Builder<'static>) -> HashMap<(u32, u32), u32> {
    let phrases: Vec<Vec<Cow<'static, str>>> = lines(CURATED_PHRASES)
        .map(|l| l.split_whitespace().map(key_of).collect())
        .collect();
    for phrase in &phrases {
        for word in phrase {
            b.id(word.clone());
        }
    }
    let mut pairs = Pairs {
        ranks: HashMap::with_capacity(70_000),
        followers: HashMap::with_capacity(20_000),
    };
    for phrase in &phrases {
        for w in phrase.windows(2) {
            let (a, c) = (b.id(w[0].clone()), b.id(w[1].clone()));
            pairs.add(a, c);
        }
    }
    for line in lines(EN_BIGRAMS) {
        if let Some((x, y)) = line.split_once(' ') {
            let (a, c) = (b.id(Cow::Borrowed(x)), b.id(Cow::Borrowed(y)));
            pairs.add(a, c);
        }
    }
    pairs.ranks
}

/// Single words, names, places, clubs and phrases: their rank in their
/// list, a factor for the list.
fn add_lists(b: &mut Builder<'static>) {
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
}

/// Calendar and number words, alone (the first of a list first) and in
/// order (either way, from any start; cyclic lists wrap around); two
/// words of one list one after the other are a pair (the next one in the
/// list first).
fn add_calendar(b: &mut Builder<'static>, pairs: &mut HashMap<(u32, u32), u32>) {
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
        if name != "holidays" {
            let cost = family + 2.0 * log10(n) + LIST;
            add_sequences(b, items, *cyclic, cost, kind);
        }
    }
}

/// Every run of two or more of `items` in order, either way.
fn add_sequences(
    b: &mut Builder<'static>,
    items: &[Cow<'static, str>],
    cyclic: bool,
    cost: f32,
    kind: PartKind,
) {
    let n = items.len();
    for start in 0..n {
        for len in 2..=n {
            let forward = cyclic || start + len <= n;
            let backward = cyclic || start + 1 >= len;
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

/// Keyboard rows: whole rows first, then walks from a row's end.
fn add_keyboard(b: &mut Builder<'static>) {
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
}

fn index(b: Builder<'static>, mut pairs: HashMap<(u32, u32), u32>) -> Data {
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
