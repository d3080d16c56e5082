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

mod data;
mod parts;
mod pieces;
mod read;

use data::DATA;
use parts::MAX_CHARS;
pub use parts::{Found, Part, PartKind, PhraseHint};
use pieces::{unleet, SEPARATORS};
use read::{personal_keys, read, Pass};

/// How many entries the compiled index holds (for tests and the bench).
pub fn index_len() -> usize {
    DATA.entries.len()
}

/// About how many bytes of memory the index holds once built (the FST,
/// the entries and the word pairs; for the bench).
pub fn index_bytes() -> usize {
    let data = &*DATA;
    data.fst.as_ref().map_or(0, |f| f.as_bytes().len())
        + data.entries.capacity() * std::mem::size_of::<data::Entry>()
        + data.pairs.capacity() * (std::mem::size_of::<((u32, u32), u32)>() + 1)
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
        for pass in passes(&chars, style) {
            let Some((cost, parts, hint)) = read(&pass, &personal, data) else {
                continue;
            };
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
    best.unwrap_or(Found {
        guesses_log10: 0.0,
        parts: Vec::new(),
        hint: None,
        separator: None,
        structure_log10: 0.0,
    })
}

/// The ways to read `chars` with the separator `style` taken out: lower
/// case as it is, and with l33t undone between letters ("P4ssw0rt").
fn passes(chars: &[char], style: Option<char>) -> Vec<Pass<'_>> {
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
    let mut passes = vec![Pass {
        chars,
        text,
        at: at.clone(),
        style,
        leet: 0,
    }];
    if !kinds.is_empty() {
        passes.push(Pass {
            chars,
            text: unleeted,
            at,
            style,
            leet: kinds.len(),
        });
    }
    passes
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
}
