//! The message catalogue: every text a person reads (pages, mails,
//! errors, the CLI's words), in Project Fluent files, one per language
//! (`locales/<lang>/main.ftl`), built into the binary. German is the
//! reference: every language has its messages with the same variables
//! (see the tests). `Accept-Language` is negotiated by `fluent-langneg`.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::{AddressError, PasswordError};
use crate::policy::{DirectoryRule, GuessHint, Violation};

/// The languages the catalogue has, each with its Fluent file.
macro_rules! languages {
    ($($variant:ident = $code:literal, $name:literal, $rtl:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($variant,)*
        }

        impl Lang {
            pub const ALL: &'static [Lang] = &[$(Lang::$variant,)*];

            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)*
                }
            }

            /// The language's name in itself, for the language menu.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)*
                }
            }

            /// Written right to left.
            pub fn rtl(self) -> bool {
                match self {
                    $(Lang::$variant => $rtl,)*
                }
            }

            fn source(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("locales/", $code, "/main.ftl")),)*
                }
            }
        }
    };
}

languages! {
    De = "de", "Deutsch", false;
    En = "en", "English", false;
    Ar = "ar", "العربية", true;
    Es = "es", "Español", false;
    Fr = "fr", "Français", false;
    It = "it", "Italiano", false;
    Nl = "nl", "Nederlands", false;
    Pl = "pl", "Polski", false;
    Ro = "ro", "Română", false;
    Ru = "ru", "Русский", false;
    Tr = "tr", "Türkçe", false;
    Uk = "uk", "Українська", false;
}

/// One bundle per language, parsed once.
static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Pages and mails are not bidi-isolated text fragments; the
            // pages mark direction themselves.
            bundle.set_use_isolating(false);
            // A resource that does not parse is caught by the tests; what
            // parsed is still used.
            let resource = FluentResource::try_new(lang.source().to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
            bundle
        })
        .collect()
});

impl Lang {
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// The best of `offered` for an `Accept-Language` header, else
    /// `default`.
    pub fn negotiate_among(accept_language: Option<&str>, offered: &[Lang], default: Lang) -> Self {
        let Some(header) = accept_language else {
            return default;
        };
        let requested = by_preference(header);
        let available: Vec<LanguageIdentifier> = offered
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let default_id: Option<LanguageIdentifier> = default.code().parse().ok();
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            default_id.as_ref(),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
        .unwrap_or(default)
    }

    /// Among every language; German by default (the provider's customers
    /// are German-speaking first).
    pub fn negotiate(accept_language: Option<&str>) -> Self {
        Self::negotiate_among(accept_language, Lang::ALL, Lang::De)
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        let index = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        &BUNDLES[index]
    }

    /// A message without variables.
    pub fn t(self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with its variables; a message this language lacks comes
    /// from German, and one nobody has shows as its id (the tests fail on
    /// that).
    pub fn f(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for lang in [self, Lang::De] {
            let bundle = lang.bundle();
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        id,
                        lang = lang.code(),
                        ?errors,
                        "message formatted with errors"
                    );
                }
                return text.into_owned();
            }
        }
        id.to_owned()
    }
}

/// The languages of an `Accept-Language` header, most wanted first
/// (fluent-langneg reads the order only); `q=0` means "not this one".
fn by_preference(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0).then_some((q, tag.parse().ok()?))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// A message's variable's value.
pub type FluentArg<'a> = FluentValue<'a>;

/// A value for a message's variable.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// A storage size for people: "95 KB", "850 MB", "1,2 GB".
pub fn size(lang: Lang, kib: u64) -> String {
    let (value, unit) = if kib >= 1024 * 1024 {
        (kib as f64 / (1024.0 * 1024.0), "GB")
    } else if kib >= 1024 {
        (kib as f64 / 1024.0, "MB")
    } else {
        (kib as f64, "KB")
    };
    let text = if value >= 10.0 || value.fract() < 0.05 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}").replace('.', &lang.t("decimal-separator"))
    };
    lang.f("size", &[("value", arg(text)), ("unit", arg(unit))])
}

/// A refusal by the directory's own password policy, in words.
fn directory_rule(lang: Lang, rule: DirectoryRule) -> String {
    lang.t(match rule {
        DirectoryRule::Quality => "directory-quality",
        DirectoryRule::TooShort => "directory-too-short",
        DirectoryRule::TooLong => "directory-too-long",
        DirectoryRule::TooYoung => "directory-too-young",
        DirectoryRule::InHistory => "directory-in-history",
        DirectoryRule::NotAllowed => "directory-not-allowed",
        DirectoryRule::Other => "directory-other",
    })
}

/// One violated policy rule, in words.
pub fn violation(lang: Lang, v: &Violation) -> String {
    let id = match v {
        Violation::TooShort { min } => return lang.f("violation-too-short", &[("min", arg(*min))]),
        Violation::TooLong { max } => return lang.f("violation-too-long", &[("max", arg(*max))]),
        Violation::TooManyBytesForScheme { max_bytes } => {
            return lang.f("violation-too-many-bytes", &[("max", arg(*max_bytes))])
        }
        Violation::Guessable { hint } => return guessable(lang, *hint),
        Violation::Directory(rule) => return directory_rule(lang, *rule),
        Violation::SameAsCurrent => "violation-same-as-current",
        Violation::ContainsLocalPart => "violation-contains-local-part",
        Violation::ContainsDomain => "violation-contains-domain",
        Violation::ContainsContextWord { word } => {
            return lang.f(
                "violation-contains-context-word",
                &[("word", arg(word.as_str()))],
            )
        }
        Violation::ShownExample => "violation-shown-example",
        Violation::Common => "violation-common",
        Violation::NotNormalized => "violation-not-normalized",
        Violation::Breached => "violation-breached",
    };
    lang.t(id)
}

/// Why a password is easy to guess, and what helps.
fn guessable(lang: Lang, hint: GuessHint) -> String {
    let reason = lang.t(match hint {
        GuessHint::Repeat => "guessable-repeat",
        GuessHint::Sequence => "guessable-sequence",
        GuessHint::Keyboard => "guessable-keyboard",
        GuessHint::Common => "guessable-common",
        GuessHint::Words => "guessable-words",
        GuessHint::Date => "guessable-date",
        GuessHint::Personal => "guessable-personal",
        GuessHint::Phrase => "guessable-phrase",
        GuessHint::FrequentWords => "guessable-frequent-words",
        GuessHint::PlaceOrClub => "guessable-place-or-club",
        GuessHint::Name => "guessable-name",
        GuessHint::Calendar => "guessable-calendar",
        GuessHint::NumberWords => "guessable-number-words",
        GuessHint::Other => "guessable-other",
    });
    format!("{reason} {}", lang.t("guessable-tip"))
}

/// Why an address was refused.
pub fn address_error(lang: Lang, e: &AddressError) -> String {
    match e {
        AddressError::Empty => lang.t("address-empty"),
        AddressError::TooLong => lang.t("address-too-long"),
        AddressError::ControlCharacter => lang.t("address-control-character"),
        AddressError::ForbiddenCharacter(c) => lang.f(
            "address-forbidden-character",
            &[("character", arg(shown(*c)))],
        ),
        AddressError::NotAnAddress => lang.t("address-incomplete"),
        // Answered like a failed login: no hint which domains are served.
        AddressError::DomainNotServed(_) => lang.t("login-failed"),
    }
}

fn shown(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        c.to_string()
    }
}

pub fn password_error(lang: Lang, e: &PasswordError) -> String {
    match e {
        PasswordError::Empty => lang.t("password-empty"),
        PasswordError::TooManyChars { max } => {
            lang.f("password-too-many-chars", &[("max", arg(*max))])
        }
        PasswordError::TooManyBytes { max } => {
            lang.f("password-too-many-bytes", &[("max", arg(*max))])
        }
        PasswordError::ControlCharacter => lang.t("password-control-character"),
    }
}

/// The wait in whole minutes, or in seconds below one minute.
fn wait_args(wait: std::time::Duration) -> (u64, u64) {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    if secs < 60 {
        (0, secs)
    } else {
        (secs.div_ceil(60), secs)
    }
}

/// When to try again, in words, with the clock time it will be possible
/// (empty: unknown), and that mail is not blocked; for a page whose
/// heading already says "too many attempts".
pub fn rate_limited_until(lang: Lang, wait: std::time::Duration, clock: &str) -> String {
    let (minutes, seconds) = wait_args(wait);
    let args = [
        ("minutes", arg(minutes)),
        ("seconds", arg(seconds)),
        ("clock", arg(clock)),
    ];
    let again = if clock.is_empty() {
        lang.f("try-again-in", &args)
    } else {
        lang.f("try-again-in-until", &args)
    };
    format!("{again} {}", lang.t("mailbox-not-blocked"))
}

/// "Too many attempts", when to try again, and that mail is not blocked.
pub fn rate_limited(lang: Lang, wait: std::time::Duration) -> String {
    format!(
        "{} {}",
        lang.t("too-many-attempts"),
        rate_limited_until(lang, wait, "")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size(Lang::De, 95), "95 KB");
        assert_eq!(size(Lang::De, 1_258_291), "1,2 GB");
        assert_eq!(size(Lang::En, 1_258_291), "1.2 GB");
        assert_eq!(size(Lang::De, 2 * 1024 * 1024), "2 GB");
        assert_eq!(size(Lang::De, 870_400), "850 MB");
    }

    #[test]
    fn waits_read_as_people_say_them() {
        let wait = std::time::Duration::from_secs;
        assert_eq!(
            rate_limited(Lang::De, wait(61)),
            "Zu viele Versuche. Bitte versuchen Sie es in 2 Minuten erneut. Ihr Postfach ist davon nicht betroffen: E-Mail-Programme und Webmail funktionieren weiter."
        );
        assert!(rate_limited(Lang::De, wait(60)).contains("in einer Minute erneut"));
        assert!(rate_limited(Lang::En, wait(12)).contains("in 12 seconds."));
        assert!(rate_limited_until(Lang::De, wait(600), "14:20")
            .contains("in 10 Minuten (um 14:20 Uhr) erneut."));
    }

    #[test]
    fn negotiation_honours_quality_and_defaults_to_german() {
        assert_eq!(Lang::negotiate(None), Lang::De);
        assert_eq!(Lang::negotiate(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::negotiate(Some("fr-FR, en;q=0.5, de;q=0.8")), Lang::Fr);
        assert_eq!(Lang::negotiate(Some("ja, en;q=0.5, de;q=0.8")), Lang::De);
        assert_eq!(Lang::negotiate(Some("tr-TR,tr;q=0.9,de;q=0.8")), Lang::Tr);
        assert_eq!(Lang::negotiate(Some("ar-EG")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("uk, ru;q=0.9")), Lang::Uk);
        assert_eq!(Lang::negotiate(Some("ja, zh")), Lang::De);
        assert_eq!(Lang::negotiate(Some("de;q=0, en")), Lang::En);
    }
}

#[cfg(test)]
mod catalogue_tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::Lang;

    /// Every message of a language with the variables it uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(lang.source()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}: {errors:?}", lang.code()),
        };
        let mut found = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut variables);
                }
                found.insert(message.id.name.to_owned(), variables);
            }
        }
        found
    }

    fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    variables_of(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    #[test]
    fn every_language_has_the_references_messages_with_the_same_variables() {
        let reference = messages(Lang::De);
        assert!(reference.len() > 80, "{}", reference.len());
        let mut problems = Vec::new();
        for &lang in Lang::ALL {
            let theirs = messages(lang);
            for (id, variables) in &reference {
                match theirs.get(id) {
                    None => problems.push(format!("{}: {id} is missing", lang.code())),
                    Some(v) if v != variables => problems.push(format!(
                        "{}: {id} uses {v:?}, German {variables:?}",
                        lang.code()
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !reference.contains_key(*id)) {
                problems.push(format!(
                    "{}: {id} is not in the German reference",
                    lang.code()
                ));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
