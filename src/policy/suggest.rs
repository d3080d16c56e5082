//! Passphrases to suggest: a few words drawn uniformly at random from a
//! built-in list of ordinary nouns (see SUGGEST-WORDS-NOTICE.md), for the
//! example on the password page and for passwords an administrator has
//! generated.

use std::sync::LazyLock;

use rand::seq::SliceRandom;

static GERMAN: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| words(include_str!("suggest-words-de.txt")));
static ENGLISH: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| words(include_str!("suggest-words-en.txt")));

fn words(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .collect()
}

/// Which list the words come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    German,
    English,
}

/// `count` words joined by `separator`, each drawn independently from the
/// list (log2(list length) bits each: 11 bits for 2,048 words).
pub fn passphrase(count: usize, separator: &str, words: Words) -> String {
    let list = match words {
        Words::German => &*GERMAN,
        Words::English => &*ENGLISH,
    };
    let mut rng = rand::rngs::OsRng;
    (0..count)
        .filter_map(|_| list.choose(&mut rng).copied())
        .collect::<Vec<_>>()
        .join(separator)
}

/// Bits of entropy one word adds.
pub fn bits_per_word(words: Words) -> f64 {
    let len = match words {
        Words::German => GERMAN.len(),
        Words::English => ENGLISH.len(),
    };
    (len.max(1) as f64).log2()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_large_distinct_and_plain() {
        for words in [Words::German, Words::English] {
            let list = match words {
                Words::German => &*GERMAN,
                Words::English => &*ENGLISH,
            };
            assert!(list.len() >= 2048, "{words:?}: {}", list.len());
            let mut unique = list.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), list.len(), "{words:?} has duplicates");
            assert!(list
                .iter()
                .all(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_alphabetic())));
            assert!(bits_per_word(words) >= 11.0);
        }
    }

    #[test]
    fn passphrases_differ_and_have_the_words_asked_for() {
        let a = passphrase(4, " ", Words::German);
        let b = passphrase(4, " ", Words::German);
        assert_eq!(a.split(' ').count(), 4);
        assert_ne!(a, b);
        assert_eq!(passphrase(5, "-", Words::English).split('-').count(), 5);
    }
}
