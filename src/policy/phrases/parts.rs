//! What the phrase model finds: the kinds of parts, the patterns it
//! names, and the constants its costs are made of.

use std::fmt;

/// Characters looked at: the policy's longest password (128) and some.
pub(super) const MAX_CHARS: usize = 256;
/// Longest dictionary key (characters, separators taken out).
pub(super) const MAX_KEY: usize = 64;
/// Longest run of digits or symbols taken as one part.
pub(super) const MAX_RUN: usize = 20;

/// log10 of the factor each further part costs (which template): 1.26.
/// Templates are few and lopsided (a word, then a year, then "!"); at
/// 1.5 a word with a name, a year and a symbol still passed (10^8.1-8.3,
/// "lukas_meyer_2010$"), at 1.26 the lowest random passphrase of the
/// evaluation is 10^8.8 (see benches/policy-data/README.md).
pub(super) const PART: f32 = 0.1;
/// log10 of the factor a phrase's or list's choice costs.
pub(super) const LIST: f32 = 0.301;

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
