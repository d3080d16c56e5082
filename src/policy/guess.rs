//! How guessable a password is: zxcvbn's estimate (dictionaries,
//! repeats, sequences, keyboard walks, dates, l33t), with what it lacks
//! for German users added on top:
//! - German words and first names, as a ranked dictionary: only the words
//!   found in the password are handed to zxcvbn (at their own rank), so
//!   the estimate stays fast;
//! - QWERTZ keyboard walks: the password is also read as if typed on a
//!   QWERTY keyboard at the same keys, and the weaker estimate counts;
//! - long passwords as an attacker enumerates them (phrases, separators,
//!   word + year + punctuation, clubs, places, calendar and number words,
//!   keyboard rows, the mailbox's context): see [`super::phrases`]; the
//!   lower of the two estimates counts.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use zxcvbn::matching::patterns::MatchPattern;
use zxcvbn::matching::Match;

use super::phrases::{self, Part, PartKind, PhraseHint};

/// German words, most frequent first (see GERMAN-WORDS-NOTICE.md).
static DE_WORDS_LIST: &str = include_str!("de-common-words.txt");
static DE_NAMES_LIST: &str = include_str!("de-first-names.txt");

/// Characters zxcvbn looks at: beyond this the estimate gets slow (its
/// l33t search grows fast with length), and a passphrase that long is
/// judged by its strongest stretch.
const WINDOW: usize = 40;

/// The deepest rank of a German word handed to zxcvbn next to the phrase
/// model. zxcvbn ranks its user inputs by position, so a word of rank
/// 20,000 takes 20,000 inputs, which zxcvbn hashes on every call (about
/// 2 ms, up to eight calls a password). The phrase model reads every
/// German word at its own rank anyway; zxcvbn keeps the frequent ones for
/// what it combines them with (reversal, its l33t table, repeats).
/// [`estimate_without_phrases`] keeps them all.
const ZXCVBN_DEEPEST: usize = 2_000;

/// zxcvbn tries every combination of its l33t substitutions: a window
/// holds at most this many characters that could be one, so a password
/// made of them cannot make the estimate slow.
const MAX_LEET: usize = 12;

/// Words shorter than this are left to zxcvbn's own dictionaries.
const MIN_WORD: usize = 3;
/// A part this long that comes twice counts once (zxcvbn sees repeats
/// only when they follow each other).
const MIN_REPEAT: usize = 4;

struct German {
    /// Lower-case word (and its ae/oe/ue/ss spelling) and its rank.
    ranks: HashMap<String, usize>,
    /// Every proper prefix of a word, to stop a search early.
    prefixes: HashSet<String>,
    longest: usize,
}

static GERMAN: LazyLock<German> = LazyLock::new(|| {
    let mut ranks = HashMap::new();
    let words = DE_WORDS_LIST.lines().chain(DE_NAMES_LIST.lines());
    for (index, word) in words.enumerate() {
        let word = word.trim().to_lowercase();
        if word.chars().count() < MIN_WORD {
            continue;
        }
        let spelled_out = word
            .replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue")
            .replace('ß', "ss");
        for form in [word, spelled_out] {
            ranks.entry(form).or_insert(index + 1);
        }
    }
    let mut prefixes = HashSet::new();
    let mut longest = 0;
    for word in ranks.keys() {
        let chars: Vec<char> = word.chars().collect();
        longest = longest.max(chars.len());
        for end in 1..chars.len() {
            prefixes.insert(chars[..end].iter().collect());
        }
    }
    German {
        ranks,
        prefixes,
        longest,
    }
});

/// Letters a l33t character may stand for.
fn unleet(c: char) -> &'static [char] {
    match c {
        '4' | '@' => &['a'],
        '8' => &['b'],
        '(' | '{' | '[' | '<' => &['c'],
        '3' => &['e'],
        '6' | '9' => &['g'],
        '1' | '|' => &['i', 'l'],
        '!' => &['i'],
        '7' => &['l', 't'],
        '0' => &['o'],
        '$' | '5' => &['s'],
        '+' => &['t'],
        '%' => &['x'],
        '2' => &['z'],
        _ => &[],
    }
}

/// The German words in `password` (forwards and backwards, l33t undone),
/// with their ranks.
fn german_words(password: &str) -> Vec<(String, usize)> {
    let german = &*GERMAN;
    let lower = password.to_lowercase();
    let mut found = Vec::new();
    for text in [lower.clone(), lower.chars().rev().collect()] {
        let chars: Vec<char> = text.chars().collect();
        for start in 0..chars.len() {
            let end = (start + german.longest).min(chars.len());
            search(&chars[start..end], String::new(), german, &mut found);
        }
    }
    found.sort();
    found.dedup();
    found
}

fn search(rest: &[char], so_far: String, german: &German, found: &mut Vec<(String, usize)>) {
    if let Some(rank) = german.ranks.get(&so_far) {
        found.push((so_far.clone(), *rank));
    }
    let Some(&c) = rest.first() else { return };
    for letter in std::iter::once(c).chain(unleet(c).iter().copied()) {
        let mut next = so_far.clone();
        next.push(letter);
        if german.prefixes.contains(&next) || german.ranks.contains_key(&next) {
            search(&rest[1..], next, german, found);
        }
    }
}

/// The password as the same keys give it on a QWERTY keyboard: a walk
/// along a German keyboard's rows then looks like one to zxcvbn.
fn qwertz_as_qwerty(password: &str) -> String {
    password
        .chars()
        .map(|c| match c {
            'z' => 'y',
            'y' => 'z',
            'Z' => 'Y',
            'Y' => 'Z',
            'ü' => '[',
            'Ü' => '{',
            '+' => ']',
            '*' => '}',
            'ö' => ';',
            'Ö' => ':',
            'ä' => '\'',
            'Ä' => '"',
            '#' => '\\',
            'ß' => '-',
            '?' => '_',
            '-' => '/',
            '_' => '?',
            '"' => '@',
            '§' => '#',
            '&' => '^',
            '/' => '&',
            '(' => '*',
            ')' => '(',
            '=' => ')',
            other => other,
        })
        .collect()
}

/// What makes a password guessable, for the hint the user reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuessHint {
    /// "hallohallo", "aaaa".
    Repeat,
    /// "abcd", "4567".
    Sequence,
    /// "qwertz", "asdf", "1qay2wsx".
    Keyboard,
    /// A password many people use.
    Common,
    /// Dictionary words, with or without digits or substitutions.
    Words,
    /// Years and dates.
    Date,
    /// A known phrase, greeting, proverb or title, or words that often go
    /// together ("Mein Passwort ist geheim").
    Phrase,
    /// A few very frequent words ("Ich bin der Beste").
    FrequentWords,
    /// A club, city, region or country ("Borussia Dortmund 09").
    PlaceOrClub,
    /// First or last names ("Maximilian Müller 1990").
    Name,
    /// Months, weekdays, seasons or holidays ("Montag Dienstag Mittwoch").
    Calendar,
    /// Number words ("einszweidreivier").
    NumberWords,
    /// The mailbox's name, its domain or the provider's name.
    Personal,
    /// Too short for what it is made of.
    Other,
}

/// The hint for a pattern of the phrase model (a word with a suffix reads
/// as words; `Estimate::pattern` keeps the precise one).
impl From<PhraseHint> for GuessHint {
    fn from(hint: PhraseHint) -> Self {
        match hint {
            PhraseHint::Phrase => GuessHint::Phrase,
            PhraseHint::FrequentWords => GuessHint::FrequentWords,
            PhraseHint::WordWithSuffix => GuessHint::Words,
            PhraseHint::PlaceOrClub => GuessHint::PlaceOrClub,
            PhraseHint::Name => GuessHint::Name,
            PhraseHint::Calendar => GuessHint::Calendar,
            PhraseHint::NumberWords => GuessHint::NumberWords,
            PhraseHint::Sequence => GuessHint::Sequence,
            PhraseHint::KeyboardRow => GuessHint::Keyboard,
            PhraseHint::Personal => GuessHint::Personal,
        }
    }
}

/// An estimate: the score (zxcvbn's 0–4) and the main reason it is low.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Estimate {
    pub score: u8,
    pub hint: GuessHint,
    /// The pattern the phrase model found, when its estimate is the lower
    /// one (`hint` is then its nearest [`GuessHint`]).
    pub pattern: Option<PhraseHint>,
}

/// The estimate for `password`; `personal` are the words a guesser who
/// knows the mailbox tries first (its parts, the provider's name): the
/// lower of zxcvbn's (with German words and QWERTZ walks) and the phrase
/// model's.
pub fn estimate(password: &str, personal: &[String]) -> Estimate {
    combined(password, personal).0
}

/// The estimate before the phrase model (issue 25): zxcvbn with German
/// words and QWERTZ walks alone. Kept to compare the two (benches).
pub fn estimate_without_phrases(password: &str, personal: &[String]) -> Estimate {
    zxcvbn_estimate(password, personal, usize::MAX).1
}

/// The combined estimate, its log10 guesses, zxcvbn's log10 and the
/// phrase model's reading.
fn combined(password: &str, personal: &[String]) -> (Estimate, f64, f64, phrases::Found) {
    let (zxcvbn_log10, zxcvbn) = zxcvbn_estimate(password, personal, ZXCVBN_DEEPEST);
    let found = phrases::estimate(password, personal);
    let score = score_of(found.guesses_log10);
    if score < zxcvbn.score {
        let estimate = Estimate {
            score,
            hint: found.hint.map_or(GuessHint::Other, GuessHint::from),
            pattern: found.hint,
        };
        (estimate, found.guesses_log10, zxcvbn_log10, found)
    } else {
        // The same score: zxcvbn's reason, the lower of the two estimates
        // (the one the score is that of).
        let lower = zxcvbn_log10.min(found.guesses_log10);
        (zxcvbn, lower, zxcvbn_log10, found)
    }
}

/// zxcvbn's estimate with the German words and QWERTZ walks, and its
/// log10 guesses.
fn zxcvbn_estimate(password: &str, personal: &[String], deepest: usize) -> (f64, Estimate) {
    let chars: Vec<char> = password.chars().collect();
    let first = window_len(chars.iter());
    let last = window_len(chars.iter().rev());
    let windows: Vec<String> = if first == chars.len() {
        vec![password.to_owned()]
    } else {
        vec![
            chars[..first].iter().collect(),
            chars[chars.len() - last..].iter().collect(),
        ]
    };
    windows
        .iter()
        .map(|window| {
            let typed = estimate_window(window, personal, deepest);
            // Most passwords read the same on both layouts: one estimate.
            let as_qwerty = qwertz_as_qwerty(window);
            if as_qwerty == *window {
                return typed;
            }
            let walked = estimate_window(&as_qwerty, personal, deepest);
            if walked.1.score < typed.1.score {
                walked
            } else {
                typed
            }
        })
        .max_by_key(|e| e.1.score)
        .unwrap_or((
            0.0,
            Estimate {
                score: 0,
                hint: GuessHint::Other,
                pattern: None,
            },
        ))
}

/// The estimate of a window, and of the window with a repeated part
/// taken out (at ten times its guesses: the repeat is one more choice).
/// How many characters from the start of `chars` one window takes: at
/// most [`WINDOW`], and no more than [`MAX_LEET`] l33t characters.
fn window_len<'a>(chars: impl Iterator<Item = &'a char>) -> usize {
    let mut leet = 0;
    chars
        .take(WINDOW)
        .take_while(|c| {
            if !unleet(**c).is_empty() {
                leet += 1;
            }
            leet <= MAX_LEET
        })
        .count()
}

fn estimate_window(window: &str, personal: &[String], deepest: usize) -> (f64, Estimate) {
    let whole = zxcvbn_with_german(window, personal, deepest);
    match without_repeat(window) {
        Some(shorter) => {
            let once = zxcvbn_with_german(&shorter, personal, deepest);
            if once.0 + 1.0 < whole.0 {
                (
                    once.0 + 1.0,
                    Estimate {
                        score: score_of(once.0 + 1.0),
                        hint: GuessHint::Repeat,
                        pattern: None,
                    },
                )
            } else {
                whole
            }
        }
        None => whole,
    }
}

/// zxcvbn's score for log10 of the guesses: below 10^3, 10^6, 10^8, 10^10.
fn score_of(log10_guesses: f64) -> u8 {
    match log10_guesses {
        g if g < 3.0 => 0,
        g if g < 6.0 => 1,
        g if g < 8.0 => 2,
        g if g < 10.0 => 3,
        _ => 4,
    }
}

/// `window` with the second occurrence of its longest repeated part (of
/// at least [`MIN_REPEAT`] characters, in any case) removed.
fn without_repeat(window: &str) -> Option<String> {
    let chars: Vec<char> = window.chars().collect();
    let lower: Vec<char> = window.to_lowercase().chars().collect();
    if lower.len() != chars.len() {
        return None;
    }
    for len in (MIN_REPEAT..=chars.len() / 2).rev() {
        for first in 0..=chars.len() - 2 * len {
            for second in first + len..=chars.len() - len {
                if lower[first..first + len] == lower[second..second + len] {
                    let mut rest = chars[..second].to_vec();
                    rest.extend(&chars[second + len..]);
                    return Some(rest.into_iter().collect());
                }
            }
        }
    }
    None
}

/// zxcvbn's log10 guesses and estimate, with the German words found.
fn zxcvbn_with_german(window: &str, personal: &[String], deepest: usize) -> (f64, Estimate) {
    let entropy = zxcvbn_entropy(window, personal, deepest);
    let estimate = Estimate {
        score: u8::from(entropy.score()),
        hint: hint(entropy.sequence(), personal.len()),
        pattern: None,
    };
    (entropy.guesses_log10(), estimate)
}

/// zxcvbn's result for `window`, the German words found in it handed over
/// as user inputs.
fn zxcvbn_entropy(window: &str, personal: &[String], deepest: usize) -> zxcvbn::Entropy {
    let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
    // The user inputs are ranked by position: personal words first, then
    // each German word found at its own rank (the empty fillers collapse
    // into one dictionary entry).
    let mut inputs = personal.clone();
    let mut found = german_words(window);
    found.retain(|(_, rank)| *rank <= deepest);
    let last = found.iter().map(|(_, rank)| *rank).max().unwrap_or(0);
    inputs.resize(personal.len() + last, "");
    for (word, rank) in &found {
        inputs[personal.len() + rank - 1] = word.as_str();
    }
    zxcvbn::zxcvbn(window, &inputs)
}

/// The pattern of the longest part zxcvbn found.
fn hint(sequence: &[Match], personal: usize) -> GuessHint {
    let longest = sequence
        .iter()
        .filter(|m| !matches!(m.pattern, MatchPattern::BruteForce))
        .max_by_key(|m| m.j + 1 - m.i);
    let Some(found) = longest else {
        return GuessHint::Other;
    };
    match &found.pattern {
        MatchPattern::Repeat(_) => GuessHint::Repeat,
        MatchPattern::Sequence(_) => GuessHint::Sequence,
        MatchPattern::Spatial(_) => GuessHint::Keyboard,
        MatchPattern::Date(_) | MatchPattern::Regex(_) => GuessHint::Date,
        // (zxcvbn does not export the dictionary's type, only its name.)
        MatchPattern::Dictionary(d) => match format!("{:?}", d.dictionary_name).as_str() {
            "Passwords" => GuessHint::Common,
            "UserInputs" if d.rank <= personal => GuessHint::Personal,
            _ => GuessHint::Words,
        },
        MatchPattern::BruteForce => GuessHint::Other,
    }
}

/// What the estimate found in a password: for `check-password --explain`.
/// It holds parts of the password: print it to the operator who typed
/// it, never log it.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// log10 of the guesses, as the score is taken from.
    pub guesses_log10: f64,
    pub score: u8,
    pub hint: GuessHint,
    /// The phrase model's pattern, when its estimate is the lower one.
    pub pattern: Option<PhraseHint>,
    /// zxcvbn's estimate (German words and QWERTZ walks included).
    pub zxcvbn_log10: f64,
    /// The parts zxcvbn found (in the first window it looks at).
    pub zxcvbn_parts: Vec<Part>,
    /// The phrase model's estimate, its parts and structure.
    pub phrase: phrases::Found,
}

/// The estimate for `password` and the parts found (see [`estimate`]).
pub fn explain(password: &str, personal: &[String]) -> Explanation {
    let (estimate, guesses_log10, zxcvbn_log10, phrase) = combined(password, personal);
    let chars: Vec<char> = password.chars().collect();
    let window: String = chars[..window_len(chars.iter())].iter().collect();
    let entropy = zxcvbn_entropy(&window, personal, ZXCVBN_DEEPEST);
    let zxcvbn_parts = entropy
        .sequence()
        .iter()
        .map(|m| Part {
            kind: part_kind(m, personal.len()),
            text: m.token.clone(),
            guesses_log10: m.guesses.map_or(0.0, |g| (g.max(1) as f64).log10()),
        })
        .collect();
    Explanation {
        guesses_log10,
        score: estimate.score,
        hint: estimate.hint,
        pattern: estimate.pattern,
        zxcvbn_log10,
        zxcvbn_parts,
        phrase,
    }
}

/// The kind of a part zxcvbn found.
fn part_kind(found: &Match, personal: usize) -> PartKind {
    match &found.pattern {
        MatchPattern::Repeat(_) => PartKind::Repeat,
        MatchPattern::Sequence(_) => PartKind::Sequence,
        MatchPattern::Spatial(_) => PartKind::Keyboard,
        MatchPattern::Date(_) => PartKind::Date,
        MatchPattern::Regex(_) => PartKind::Year,
        MatchPattern::Dictionary(d) => match format!("{:?}", d.dictionary_name).as_str() {
            "Passwords" => PartKind::CommonPassword,
            "UserInputs" if d.rank <= personal => PartKind::Personal,
            _ => PartKind::Word,
        },
        MatchPattern::BruteForce => PartKind::Random,
    }
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "estimate: 10^{:.2} guesses, score {} of 4",
            self.guesses_log10, self.score
        )?;
        match self.pattern {
            Some(pattern) => writeln!(f, "pattern: {} ({pattern:?})", pattern.describe())?,
            None => writeln!(f, "pattern: {:?}", self.hint)?,
        }
        let separator = match self.phrase.separator {
            None => "none".to_owned(),
            Some(c) => format!("\"{c}\""),
        };
        writeln!(
            f,
            "phrase model: 10^{:.2} (separator {separator}; case, separator and l33t 10^{:.2})",
            self.phrase.guesses_log10, self.phrase.structure_log10
        )?;
        for part in &self.phrase.parts {
            writeln!(f, "  {part}")?;
        }
        writeln!(f, "zxcvbn with German words: 10^{:.2}", self.zxcvbn_log10)?;
        for part in &self.zxcvbn_parts {
            writeln!(f, "  {part}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn personal() -> Vec<String> {
        [
            "max.mustermann",
            "max",
            "mustermann",
            "beispiel-firma.de",
            "beispiel",
            "firma",
            "hosting",
        ]
        .map(str::to_owned)
        .to_vec()
    }

    /// The phrase model's patterns reach the user as their own reasons.
    #[test]
    fn phrases_names_places_and_calendars_are_named_as_such() {
        for (password, hint) in [
            ("Mein Passwort ist geheim", GuessHint::Phrase),
            ("Alles Gute zum Geburtstag", GuessHint::Phrase),
            ("Borussia Dortmund 09", GuessHint::PlaceOrClub),
            ("Maximilian Müller 1990", GuessHint::Name),
            ("Montag Dienstag Mittwoch", GuessHint::Calendar),
            ("einszweidreivierfuenf", GuessHint::NumberWords),
        ] {
            let e = estimate(password, &personal());
            assert!(e.score < 3, "{password}: {e:?}");
            assert_eq!(e.hint, hint, "{password}: {e:?}");
        }
    }

    #[test]
    fn long_guessable_passwords_score_low_with_a_reason() {
        for (password, hint) in [
            ("hallohallohallo", Some(GuessHint::Repeat)),
            ("aaaaaaaaaaaaaaaa", Some(GuessHint::Repeat)),
            ("passwort1234567", Some(GuessHint::Common)),
            ("qwertzuiopasdfgh", Some(GuessHint::Common)),
            ("1qay2wsx3edc4rfv", Some(GuessHint::Common)),
            ("zuiopü+asdfghjkl", None),
            ("abcdefghijklmnop", Some(GuessHint::Sequence)),
            ("Sommer2024Sommer2024", Some(GuessHint::Repeat)),
            // The season and year are cheaper to guess than the repeat.
            ("Frühling1990Frühling", Some(GuessHint::Calendar)),
            ("Schmetterling2024", Some(GuessHint::Words)),
            // A season (the phrase model's calendar words), spelled out.
            ("Fruehling19901990", Some(GuessHint::Calendar)),
            ("Sonnenschein12345", Some(GuessHint::Words)),
            ("mustermann123456", Some(GuessHint::Personal)),
            ("max.mustermann1990", Some(GuessHint::Personal)),
            ("beispiel-firma.de!!", Some(GuessHint::Personal)),
        ] {
            let e = estimate(password, &personal());
            assert!(e.score < 3, "{password}: {e:?}");
            match hint {
                Some(hint) => assert_eq!(e.hint, hint, "{password}"),
                // Walks that are also common passwords are named as such.
                None => assert!(
                    matches!(e.hint, GuessHint::Keyboard | GuessHint::Common),
                    "{password}: {e:?}"
                ),
            }
        }
    }

    /// Issue 25: one case per pattern family of the phrase model, each
    /// refused with its pattern named.
    #[test]
    fn long_patterns_people_type_score_low_with_their_pattern() {
        for (password, pattern) in [
            ("Mein Passwort ist geheim", PhraseHint::Phrase),
            ("Ich liebe dich Schatz", PhraseHint::Phrase),
            ("Alles Gute zum Geburtstag", PhraseHint::Phrase),
            ("Hallo Welt 123456", PhraseHint::Phrase),
            ("Deutschland2026!!", PhraseHint::WordWithSuffix),
            ("Schmetterlinge2026!!", PhraseHint::WordWithSuffix),
            ("Weihnachten 2026!!", PhraseHint::Calendar),
            ("Montag Dienstag Mittwoch", PhraseHint::Calendar),
            ("Borussia Dortmund 09", PhraseHint::PlaceOrClub),
            ("Frankfurt am Main 2026", PhraseHint::PlaceOrClub),
            ("einszweidreivier", PhraseHint::NumberWords),
            ("qwertz asdfgh yxcvbn", PhraseHint::KeyboardRow),
            ("mustermann 2026!!", PhraseHint::Personal),
            ("Alpha Bravo Charlie Delta", PhraseHint::Sequence),
            ("Anna Schmidt 1990!", PhraseHint::Name),
        ] {
            let e = estimate(password, &personal());
            assert!(e.score < 3, "{password}: {e:?}");
            assert_eq!(e.pattern, Some(pattern), "{password}: {e:?}");
            assert_eq!(e.hint, GuessHint::from(pattern), "{password}");
        }
    }

    #[test]
    fn explanation_names_the_parts() {
        let explained = explain("Borussia Dortmund 09", &personal());
        assert!(explained.score < 3, "{explained}");
        let kinds: Vec<PartKind> = explained.phrase.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, vec![PartKind::Club, PartKind::Number], "{explained}");
        let text = explained.to_string();
        assert!(text.contains("club"), "{text}");
        assert!(text.contains("\"Borussia Dortmund\""), "{text}");
    }

    #[test]
    fn passphrases_of_ordinary_words_pass() {
        for password in [
            "Wolke Fahrrad Quittung 7",
            "Leuchtturm Möwe Strandkorb 42",
            "Frischer Wind über dem Deich",
            "Kaffeetasse Giraffe Laterne",
            "grüne Tomaten im Dezember",
            "Briefkasten Zimtstern Kletterwand",
            "correct horse battery staple",
            "Mein Hund heißt nicht Bello!",
            "Nordsee-Krabben mit Bratkartoffeln",
            "Lasttest Passphrase Nummer 0001",
            "zwei Elefanten putzen Zähne",
            "Bücherregal Sonnenblume Hafenkran",
        ] {
            let e = estimate(password, &personal());
            assert!(e.score >= 3, "{password}: {e:?}");
        }
    }

    #[test]
    fn german_words_are_found_through_leet_and_reversal() {
        let words: Vec<String> = german_words("Schm3tt3rl1ng")
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert!(words.contains(&"schmetterling".to_owned()), "{words:?}");
        let reversed: Vec<String> = german_words("gnilrettemhcs")
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert!(
            reversed.contains(&"schmetterling".to_owned()),
            "{reversed:?}"
        );
    }

    #[test]
    fn qwertz_walks_read_as_qwerty_walks() {
        assert_eq!(qwertz_as_qwerty("qwertzuiopü"), "qwertyuiop[");
        assert_eq!(qwertz_as_qwerty("yxcvb"), "zxcvb");
    }
}
