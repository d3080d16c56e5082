//! The rules a new password must meet, all reported at once.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use unicode_normalization::is_nfc;

pub mod breached;
pub mod config;
pub mod guess;
pub mod phrases;
pub mod suggest;

pub use breached::{Breached, BreachedError};
pub use config::{OnError, PolicySettings};
pub use guess::GuessHint;
pub use phrases::PhraseHint;

use crate::domain::{EmailAddress, Password};

/// The most common passwords from breach corpora (see README, "Password
/// list"), lower-cased and sorted bytewise so a binary search finds them.
static BUILTIN_LIST: &str = include_str!("common-passwords.txt");
static BUILTIN: LazyLock<Vec<&'static str>> = LazyLock::new(|| BUILTIN_LIST.lines().collect());

/// One rule the new password breaks; all of them are reported at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    /// The hash scheme ignores bytes past this point (BLF-CRYPT: 72).
    TooManyBytesForScheme {
        max_bytes: usize,
    },
    SameAsCurrent,
    ContainsLocalPart,
    ContainsDomain,
    /// The provider's or a configured name; `word` is the part found.
    ContainsContextWord {
        word: String,
    },
    Common,
    /// What was typed is not in Unicode NFC, so another device may send
    /// different bytes for the "same" characters.
    NotNormalized,
    /// Long enough, but easy to guess (repeats, walks, words and years …).
    Guessable {
        hint: GuessHint,
    },
    /// Listed among passwords that leaked in data breaches.
    Breached,
    /// An example this service showed (anyone who saw the page knows it).
    ShownExample,
    /// The directory (LDAP) applied its own password policy and said no.
    Directory(DirectoryRule),
}

/// Which of its own rules a directory named when it refused a password
/// (the password-policy response control, or its result code without).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryRule {
    /// Its quality check failed (or it cannot check this password).
    Quality,
    TooShort,
    TooLong,
    /// Changed too recently (a minimum password age).
    TooYoung,
    /// Used before (the password history).
    InHistory,
    /// The directory does not let this account change its own password.
    NotAllowed,
    /// Refused without saying which rule.
    Other,
}

impl Violation {
    /// A stable machine-readable name (used by the JSON API).
    pub fn code(&self) -> &'static str {
        match self {
            Violation::TooShort { .. } => "too_short",
            Violation::TooLong { .. } => "too_long",
            Violation::TooManyBytesForScheme { .. } => "too_many_bytes",
            Violation::SameAsCurrent => "same_as_current",
            Violation::ContainsLocalPart => "contains_local_part",
            Violation::ContainsDomain => "contains_domain",
            Violation::ContainsContextWord { .. } => "contains_context_word",
            Violation::Common => "common",
            Violation::NotNormalized => "not_normalized",
            Violation::Guessable { .. } => "guessable",
            Violation::Breached => "breached",
            Violation::ShownExample => "shown_example",
            Violation::Directory(rule) => match rule {
                DirectoryRule::Quality => "directory_quality",
                DirectoryRule::TooShort => "directory_too_short",
                DirectoryRule::TooLong => "directory_too_long",
                DirectoryRule::TooYoung => "too_young",
                DirectoryRule::InHistory => "in_history",
                DirectoryRule::NotAllowed => "directory_not_allowed",
                DirectoryRule::Other => "directory_refused",
            },
        }
    }
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Violation::TooShort { min } => write!(f, "use at least {min} characters"),
            Violation::TooLong { max } => write!(f, "use at most {max} characters"),
            Violation::TooManyBytesForScheme { max_bytes } => write!(
                f,
                "the password is too long for the mail server's hash format (at most {max_bytes} bytes)"
            ),
            Violation::SameAsCurrent => f.write_str("choose a password different from the current one"),
            Violation::ContainsLocalPart => f.write_str("do not use the mailbox name in the password"),
            Violation::ContainsDomain => f.write_str("do not use the domain name in the password"),
            Violation::ContainsContextWord { word } => {
                write!(f, "do not use {word:?} (the provider's or company's name) in the password")
            }
            Violation::Common => f.write_str("this password is on a list of common or leaked passwords"),
            Violation::NotNormalized => f.write_str(
                "the password contains characters that other devices may type differently (use the composed form of accented letters)",
            ),
            Violation::Guessable { hint } => write!(f, "the password is easy to guess ({hint:?})"),
            Violation::Breached => {
                f.write_str("the password appeared in a data breach and is tried first by attackers")
            }
            Violation::ShownExample => {
                f.write_str("the password is an example this service showed; choose your own")
            }
            Violation::Directory(rule) => write!(f, "the directory's password policy refused it ({rule:?})"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot read the common-password file {path}: {source}")]
pub struct PolicyFileError {
    path: String,
    source: std::io::Error,
}

#[derive(Debug, Clone)]
pub struct PasswordPolicy {
    min_length: usize,
    max_length: usize,
    max_bytes: Option<usize>,
    extra_common: HashSet<String>,
    context_words: Vec<String>,
    min_score: u8,
    breached: Option<std::sync::Arc<Breached>>,
}

/// The policy cannot be set up from its settings.
#[derive(Debug, thiserror::Error)]
pub enum PolicySetupError {
    #[error(transparent)]
    File(#[from] PolicyFileError),
    #[error(transparent)]
    Breached(#[from] BreachedError),
}

/// The policy could not be checked in full.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("the breached-password check is unavailable: {0}")]
    BreachedUnavailable(BreachedError),
}

impl PasswordPolicy {
    pub fn new(min_length: usize, max_length: usize, max_bytes: Option<usize>) -> Self {
        Self {
            min_length,
            max_length,
            max_bytes,
            extra_common: HashSet::new(),
            context_words: Vec::new(),
            min_score: 0,
            breached: None,
        }
    }

    /// Refuses passwords whose guessability score is below `min_score`.
    pub fn with_min_score(mut self, min_score: u8) -> Self {
        self.min_score = min_score;
        self
    }

    /// Refuses passwords listed by `breached`.
    pub fn with_breached(mut self, breached: Option<Breached>) -> Self {
        self.breached = breached.map(std::sync::Arc::new);
        self
    }

    pub fn breached(&self) -> Option<&Breached> {
        self.breached.as_deref()
    }

    /// The policy of the `[policy]` section; `max_bytes` is the hash
    /// scheme's limit, `provider` the provider's name (refused like a
    /// context word).
    pub fn from_settings(
        settings: &PolicySettings,
        max_bytes: Option<usize>,
        provider: Option<&str>,
    ) -> Result<Self, PolicySetupError> {
        let mut policy = Self::new(settings.min_length, settings.max_length, max_bytes)
            .with_min_score(settings.min_score)
            .with_breached(Breached::from_settings(&settings.breached)?);
        if let Some(path) = &settings.common_passwords_file {
            policy = policy.with_common_file(path)?;
        }
        Ok(policy.with_context_words(
            settings
                .context_words
                .iter()
                .map(String::as_str)
                .chain(provider),
        ))
    }

    /// Names a guesser would try (the provider, the customer): each phrase
    /// and each of its words of four or more letters, case-insensitively.
    pub fn with_context_words<I, S>(mut self, phrases: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for phrase in phrases {
            let lower = phrase.as_ref().trim().to_lowercase();
            let words = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 4)
                .map(str::to_owned)
                .collect::<Vec<_>>();
            if lower.chars().count() >= 4 {
                self.context_words.push(lower.clone());
            }
            self.context_words.extend(words);
        }
        self.context_words.sort();
        self.context_words.dedup();
        self
    }

    /// Adds the operator's own list: one password per line, `#` comments.
    pub fn with_common_file(mut self, path: &Path) -> Result<Self, PolicyFileError> {
        let text = std::fs::read_to_string(path).map_err(|source| PolicyFileError {
            path: path.display().to_string(),
            source,
        })?;
        self.extra_common.extend(
            text.lines()
                .map(|l| l.trim_end_matches('\r'))
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase),
        );
        Ok(self)
    }

    pub fn min_length(&self) -> usize {
        self.min_length
    }

    pub fn max_length(&self) -> usize {
        self.max_length
    }

    /// The names a new password for `mailbox` must not contain, lower
    /// case: the parts of its address and the provider's or company's
    /// names (what a browser can check while the password is typed).
    pub fn forbidden_names(&self, mailbox: &EmailAddress) -> Vec<String> {
        let mut names: Vec<String> = local_part_words(mailbox.local_part())
            .chain(domain_words(mailbox.domain()))
            .map(str::to_owned)
            .chain(self.context_words.iter().cloned())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Loads what the estimate and the suggestions build on first use
    /// (word lists, the phrase index): at start, so that the first employee
    /// does not wait for it and the memory it takes shows from the start
    /// rather than as growth under work.
    pub fn warm_up(&self) {
        for words in [suggest::Words::German, suggest::Words::English] {
            let example = suggest::passphrase(4, " ", words);
            if let Ok(password) = Password::parse(example) {
                self.check(&password, None, None);
            }
        }
    }

    /// Every violated rule, in a stable order; empty means acceptable.
    /// `current` is the password verified at login, when known.
    pub fn check(
        &self,
        new: &Password,
        current: Option<&Password>,
        mailbox: Option<&EmailAddress>,
    ) -> Vec<Violation> {
        let typed = new.expose();
        let chars = new.char_count();
        let lower = typed.to_lowercase();
        let mut violations = Vec::new();
        if chars < self.min_length {
            violations.push(Violation::TooShort {
                min: self.min_length,
            });
        }
        if chars > self.max_length {
            violations.push(Violation::TooLong {
                max: self.max_length,
            });
        }
        if let Some(max_bytes) = self.max_bytes {
            if typed.len() > max_bytes {
                violations.push(Violation::TooManyBytesForScheme { max_bytes });
            }
        }
        if current.is_some_and(|c| c.expose() == typed) {
            violations.push(Violation::SameAsCurrent);
        }
        if let Some(mailbox) = mailbox {
            if local_part_words(mailbox.local_part()).any(|w| lower.contains(w)) {
                violations.push(Violation::ContainsLocalPart);
            }
            if domain_words(mailbox.domain()).any(|w| lower.contains(w)) {
                violations.push(Violation::ContainsDomain);
            }
        }
        if let Some(word) = self
            .context_words
            .iter()
            .find(|w| lower.contains(w.as_str()))
        {
            violations.push(Violation::ContainsContextWord { word: word.clone() });
        }
        // Too short says all there is to say: no guessability hint about
        // digits or years the password does not have.
        let too_short = chars < self.min_length;
        if too_short {
            // Nothing more.
        } else if self.is_common(&lower) {
            violations.push(Violation::Common);
        } else if self.min_score > 0 {
            let estimate = guess::estimate(typed, &self.personal_words(mailbox));
            if estimate.score < self.min_score {
                violations.push(Violation::Guessable {
                    hint: estimate.hint,
                });
            }
        }
        if !is_nfc(typed) {
            violations.push(Violation::NotNormalized);
        }
        violations
    }

    /// What the guessability estimate found in `password` as the
    /// password of `mailbox` (for `check-password --explain`: it shows
    /// parts of the password, never log it).
    pub fn explain(
        &self,
        password: &Password,
        mailbox: Option<&EmailAddress>,
    ) -> guess::Explanation {
        guess::explain(password.expose(), &self.personal_words(mailbox))
    }

    /// The words a guesser who knows the mailbox tries first.
    fn personal_words(&self, mailbox: Option<&EmailAddress>) -> Vec<String> {
        let mut words: Vec<String> = self.context_words.clone();
        if let Some(mailbox) = mailbox {
            words.extend(local_part_words(mailbox.local_part()).map(str::to_owned));
            words.extend(domain_words(mailbox.domain()).map(str::to_owned));
            words.extend(
                mailbox
                    .local_part()
                    .split(['.', '-', '_'])
                    .map(str::to_owned),
            );
        }
        words.retain(|w| w.chars().count() >= 3);
        words
    }

    /// Every violated rule, the breached-password lookup included. The
    /// rules run on the blocking pool (the guessability estimate is CPU
    /// work); a failed lookup refuses only with `on_error = "refuse"`.
    pub async fn evaluate(
        self: std::sync::Arc<Self>,
        new: &Password,
        current: Option<&Password>,
        mailbox: Option<&EmailAddress>,
    ) -> Result<Vec<Violation>, PolicyError> {
        let (policy, typed, current, owned_mailbox) = (
            std::sync::Arc::clone(&self),
            new.clone(),
            current.cloned(),
            mailbox.cloned(),
        );
        let mut violations = tokio::task::spawn_blocking(move || {
            policy.check(&typed, current.as_ref(), owned_mailbox.as_ref())
        })
        .await
        .unwrap_or_default();
        let too_short = violations
            .iter()
            .any(|v| matches!(v, Violation::TooShort { .. }));
        if let Some(breached) = self.breached.as_ref().filter(|_| !too_short) {
            match breached.count(new).await {
                Ok(0) => {}
                Ok(_) => violations.push(Violation::Breached),
                Err(e) if breached.on_error == OnError::Allow => {
                    tracing::warn!(error = %e, "breached-password check failed; allowed (policy.breached.on_error = \"allow\")");
                }
                Err(e) => return Err(PolicyError::BreachedUnavailable(e)),
            }
        }
        Ok(violations)
    }

    fn is_common(&self, lower: &str) -> bool {
        BUILTIN.binary_search(&lower).is_ok() || self.extra_common.contains(lower)
    }

    pub fn builtin_list_len() -> usize {
        BUILTIN.len()
    }
}

/// Words a guesser would try first: the whole local part and its
/// dot/dash/underscore pieces, if long enough not to forbid every password
/// that contains, say, "ab".
fn local_part_words(local: &str) -> impl Iterator<Item = &str> {
    std::iter::once(local)
        .filter(|w| w.len() >= 3)
        .chain(local.split(['.', '-', '_']).filter(|w| w.len() >= 4))
}

/// The full domain, and its labels except the top-level one.
fn domain_words(domain: &str) -> impl Iterator<Item = &str> {
    let labels: Vec<&str> = domain.split('.').collect();
    let without_tld = labels.len().saturating_sub(1);
    std::iter::once(domain).chain(
        labels
            .into_iter()
            .take(without_tld)
            .filter(|l| l.len() >= 4),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MailDomains;

    fn mailbox() -> EmailAddress {
        let d = MailDomains::new(["beispiel-firma.de"]).unwrap();
        EmailAddress::parse("max.mustermann@beispiel-firma.de", &d).unwrap()
    }

    fn pw(s: &str) -> Password {
        Password::parse(s.into()).unwrap()
    }

    #[test]
    fn builtin_list_is_large_and_sorted() {
        assert!(PasswordPolicy::builtin_list_len() >= 100_000);
        assert!(BUILTIN.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn good_password_passes() {
        let p = PasswordPolicy::new(15, 128, None);
        assert_eq!(
            p.check(&pw("Wolke Fahrrad Quittung 7"), None, Some(&mailbox())),
            vec![]
        );
    }

    #[test]
    fn reports_every_violated_rule() {
        let p = PasswordPolicy::new(15, 128, None);
        let v = p.check(&pw("Mustermann"), Some(&pw("Mustermann")), Some(&mailbox()));
        assert_eq!(
            v,
            vec![
                Violation::TooShort { min: 15 },
                Violation::SameAsCurrent,
                Violation::ContainsLocalPart,
            ]
        );
        // Too short says it all: no hint about how guessable it is.
        let v = p.check(&pw("password"), None, Some(&mailbox()));
        assert_eq!(v, vec![Violation::TooShort { min: 15 }]);
        let v = p.check(&pw("111222333444555"), None, Some(&mailbox()));
        assert!(v.contains(&Violation::Common), "{v:?}");
        let v = p.check(&pw("ilovebeispiel-firma.de!!"), None, Some(&mailbox()));
        assert!(v.contains(&Violation::ContainsDomain), "{v:?}");
        let v = p.check(&pw(&"ä".repeat(129)), None, Some(&mailbox()));
        assert_eq!(v, vec![Violation::TooLong { max: 128 }]);
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        let p = PasswordPolicy::new(15, 20, None);
        // 15 characters, 30 bytes.
        assert_eq!(
            p.check(&pw(&"ö".repeat(15)), None, Some(&mailbox())),
            vec![]
        );
        assert_eq!(
            p.check(&pw(&"o".repeat(14)), None, Some(&mailbox())),
            vec![Violation::TooShort { min: 15 }]
        );
    }

    #[test]
    fn scheme_byte_cap_is_a_violation_not_a_truncation() {
        let p = PasswordPolicy::new(15, 128, Some(72));
        let v = p.check(&pw(&"ü".repeat(40)), None, Some(&mailbox()));
        assert_eq!(v, vec![Violation::TooManyBytesForScheme { max_bytes: 72 }]);
    }

    #[test]
    fn decomposed_unicode_is_refused() {
        let p = PasswordPolicy::new(8, 128, None);
        // "Grüße" with U+0308 COMBINING DIAERESIS instead of ü.
        let v = p.check(&pw("Gru\u{308}ße vom Rhein 42"), None, Some(&mailbox()));
        assert_eq!(v, vec![Violation::NotNormalized]);
        assert_eq!(
            p.check(&pw("Grüße vom Rhein 42"), None, Some(&mailbox())),
            vec![]
        );
    }

    #[test]
    fn provider_and_context_names_are_refused() {
        let p =
            PasswordPolicy::new(15, 128, None).with_context_words(["Beispiel Hosting GmbH", "ab"]);
        let v = p.check(&pw("Mein HOSTING Passwort 2026"), None, Some(&mailbox()));
        assert_eq!(
            v,
            vec![Violation::ContainsContextWord {
                word: "hosting".to_owned()
            }]
        );
        assert_eq!(
            p.check(&pw("Ein abwegiges Passwort 2026"), None, Some(&mailbox())),
            vec![]
        );
    }

    /// What the end-to-end tests (tests/e2e/policy.rs, sql.rs) rely on:
    /// the reason named for their guessable passwords, and that their new
    /// passwords pass.
    #[test]
    fn end_to_end_passwords_keep_their_verdicts() {
        let d = MailDomains::new(["example.org"]).unwrap();
        let alice = EmailAddress::parse("alice@example.org", &d).unwrap();
        let max = EmailAddress::parse("max@example.org", &d).unwrap();
        let p = PasswordPolicy::new(15, 128, None).with_min_score(3);
        for (password, hint) in [
            ("hallohallohallo", GuessHint::Repeat),
            ("aaaaaaaaaaaaaaaa", GuessHint::Repeat),
            ("alice1990alice1990", GuessHint::Repeat),
            ("Sommer2024Sommer2024", GuessHint::Repeat),
            ("Sonnenschein12345", GuessHint::Words),
        ] {
            let v = p.check(&pw(password), None, Some(&alice));
            assert!(
                v.contains(&Violation::Guessable { hint }),
                "{password}: {v:?}"
            );
        }
        assert!(!p
            .check(&pw("passwort1234567"), None, Some(&alice))
            .is_empty());
        for (password, mailbox) in [
            ("Briefkasten Zimtstern Kletterwand", &alice),
            ("Frischer Wind über dem Deich", &alice),
            ("Leuchtturm Möwe Strandkorb 42", &alice),
            ("Neuer Kirschbaum im Garten", &alice),
            ("Kormoran hinter dem Deich", &max),
            ("Noch ein Passwort im Watt", &max),
        ] {
            assert_eq!(
                p.check(&pw(password), None, Some(mailbox)),
                vec![],
                "{password}"
            );
        }
    }

    #[test]
    fn operator_list_is_case_insensitive() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("list");
        std::fs::write(&f, "# ours\nSommer-Sonne-Strand-2026\n").unwrap();
        let p = PasswordPolicy::new(15, 128, None)
            .with_common_file(&f)
            .unwrap();
        let v = p.check(&pw("sommer-sonne-strand-2026"), None, Some(&mailbox()));
        assert_eq!(v, vec![Violation::Common]);
    }
}
