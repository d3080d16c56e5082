//! What the pieces between dictionary entries cost: runs of digits and
//! symbols, single characters, separator and case styles, l33t.

use super::data::log10;
use super::parts::{PartKind, LIST};

/// Characters that separate words when used throughout a password.
pub(super) const SEPARATORS: [char; 12] =
    [' ', '-', '.', '_', '+', ',', '/', '*', '#', ':', ';', '~'];

pub(super) fn style_cost(style: Option<char>) -> f32 {
    match style {
        None => 0.0,
        Some(' ') => 0.301,
        Some('-' | '.' | '_') => 0.477,
        Some(_) => 0.778,
    }
}

/// Letters a l33t character stands for between letters.
pub(super) fn unleet(c: char) -> Option<char> {
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

/// Numbers people pick, the most common first.
const COMMON_NUMBERS: [&str; 24] = [
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

/// log10 of the guesses for a run of digits, and what it is.
pub(super) fn digits_cost(d: &[char]) -> (f32, PartKind) {
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
    if let Some(i) = COMMON_NUMBERS.iter().position(|c| *c == s) {
        consider(log10(i + 2), PartKind::Number);
    }
    if let Some(cost) = patterned_cost(d) {
        consider(cost, PartKind::Number);
    }
    if is_date(value, n) {
        let years = if n == 4 { 1 } else { 140 };
        consider(log10(366 * years), PartKind::Date);
    }
    best
}

/// log10 of the guesses for digits that repeat one digit or a short unit,
/// or count up or down ("7777", "3456", "121212", "20262026").
fn patterned_cost(d: &[char]) -> Option<f32> {
    let n = d.len();
    if n < 3 {
        return None;
    }
    let digits: Vec<i32> = d
        .iter()
        .map(|c| c.to_digit(10).unwrap_or(0) as i32)
        .collect();
    let mut best: Option<f32> = None;
    let mut consider = |cost: f32| best = Some(best.map_or(cost, |b| b.min(cost)));
    if digits.windows(2).all(|w| w[0] == w[1]) {
        consider(log10(10 * n));
    }
    for step in [1, -1] {
        if digits.windows(2).all(|w| (w[1] - w[0] - step) % 10 == 0) {
            consider(log10(20 * n));
        }
    }
    for unit in 1..=n / 2 {
        if n.is_multiple_of(unit) && (unit..n).all(|i| d[i] == d[i % unit]) {
            let (inner, _) = digits_cost(&d[..unit]);
            consider(inner + log10(n / unit) + LIST);
            break;
        }
    }
    best
}

/// Whether `n` digits of `value` read as a date: DDMM or MMDD, DDMMYY or
/// YYMMDD, DDMMYYYY or YYYYMMDD.
fn is_date(value: u64, n: usize) -> bool {
    let day_month = |dd: u64, mm: u64| (1..=31).contains(&dd) && (1..=12).contains(&mm);
    let year = |y: u64, digits: usize| digits == 2 || (1900..=2039).contains(&y);
    match n {
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
    }
}

/// log10 of the 31 days of a month.
pub(super) const DAY: f32 = 1.491;

/// One or two digits that can be a day of the month (1–31).
pub(super) fn is_day(d: &[char]) -> bool {
    let s: String = d.iter().collect();
    d.len() <= 2 && s.parse::<u8>().is_ok_and(|v| (1..=31).contains(&v))
}

/// log10 of the guesses for a run of symbols.
pub(super) fn symbols_cost(s: &[char]) -> f32 {
    let text: String = s.iter().collect();
    const COMMON: [&str; 16] = [
        "!", ".", "?", "!!", "#", "*", "!!!", "$", "@", "?!", "!?", "...", "+", "&", "%", "??",
    ];
    match COMMON.iter().position(|c| *c == text) {
        Some(i) => log10(i + 4),
        None => 1.5 * s.len() as f32,
    }
}

pub(super) fn char_cost(c: char) -> f32 {
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
pub(super) enum Case {
    Lower,
    Capital,
    Upper,
    /// Caps lock on, Shift for the first letter: "wELCOME".
    Inverted,
    Mixed(usize),
}

pub(super) fn case_of(text: &[char], words: u8) -> Option<Case> {
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
pub(super) fn case_cost(cases: &[Case]) -> f32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(text: &str) -> (f32, PartKind) {
        digits_cost(&text.chars().collect::<Vec<_>>())
    }

    #[test]
    fn years_dates_patterns_and_random_digits() {
        assert_eq!(digits("2026").1, PartKind::Year);
        assert!(digits("123456").0 < 1.5);
        assert!(digits("121212").0 < 3.0, "{:?}", digits("121212"));
        assert_eq!(digits("24121990").1, PartKind::Date);
        assert!(digits("83920571").0 >= 7.9);
    }
}
