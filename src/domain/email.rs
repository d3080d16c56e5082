use std::collections::BTreeSet;
use std::fmt;

/// Longest address we accept (RFC 5321 path limit less the angle brackets).
const MAX_ADDRESS_LEN: usize = 254;

/// A mailbox address that passed every check: lower-cased, made only of
/// Dovecot's default `auth_username_chars` (`a-z0-9.-_@`), one `@`, and a
/// domain this provider serves. It can therefore never carry a CR/LF, a `:`
/// (the passwd-file separator), a `*` (Dovecot's master-user separator) or
/// an IMAP quoting character.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress {
    address: String,
    at: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("the address is empty")]
    Empty,
    #[error("the address is longer than {MAX_ADDRESS_LEN} characters")]
    TooLong,
    #[error("the address contains a line break or NUL character")]
    ControlCharacter,
    #[error("the address contains the character {0:?}, which mailbox names cannot contain")]
    ForbiddenCharacter(char),
    #[error("this is not a mailbox address of the form name@domain")]
    NotAnAddress,
    #[error("the domain {0} is not served here")]
    DomainNotServed(String),
}

impl EmailAddress {
    /// Surrounding blanks are forgiven (copy and paste); anything else odd is refused.
    pub fn parse(input: &str, domains: &MailDomains) -> Result<Self, AddressError> {
        let trimmed = input.trim_matches([' ', '\t']);
        if trimmed.is_empty() {
            return Err(AddressError::Empty);
        }
        if trimmed.contains(['\r', '\n', '\0']) {
            return Err(AddressError::ControlCharacter);
        }
        // Checked before lower-casing: Unicode case mapping turns look-alikes
        // such as U+212A KELVIN SIGN into ASCII letters.
        if let Some(bad) = trimmed.chars().find(|c| !is_username_char(*c)) {
            return Err(AddressError::ForbiddenCharacter(bad));
        }
        if trimmed.len() > MAX_ADDRESS_LEN {
            return Err(AddressError::TooLong);
        }
        let address = trimmed.to_ascii_lowercase();
        let at = match address.find('@') {
            Some(at)
                if at > 0 && at + 1 < address.len() && address[at + 1..].find('@').is_none() =>
            {
                at
            }
            _ => return Err(AddressError::NotAnAddress),
        };
        let domain = &address[at + 1..];
        if !domains.serves(domain) {
            return Err(AddressError::DomainNotServed(domain.to_owned()));
        }
        Ok(Self { address, at })
    }

    pub fn as_str(&self) -> &str {
        &self.address
    }

    pub fn local_part(&self) -> &str {
        &self.address[..self.at]
    }

    pub fn domain(&self) -> &str {
        &self.address[self.at + 1..]
    }
}

fn is_username_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@')
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.address)
    }
}

impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EmailAddress({})", self.address)
    }
}

/// The mail domains this installation serves.
#[derive(Debug, Clone)]
pub struct MailDomains(BTreeSet<String>);

impl MailDomains {
    pub fn new<I, S>(domains: I) -> Result<Self, AddressError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut set = BTreeSet::new();
        for d in domains {
            set.insert(Self::check_domain(d.as_ref())?);
        }
        Ok(Self(set))
    }

    /// A configured domain must itself be a valid address domain.
    pub fn check_domain(domain: &str) -> Result<String, AddressError> {
        let lower = domain.trim().to_ascii_lowercase();
        if lower.is_empty() {
            return Err(AddressError::Empty);
        }
        if let Some(bad) = lower
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
        {
            return Err(AddressError::ForbiddenCharacter(bad));
        }
        if lower.starts_with('.') || lower.ends_with('.') || lower.contains("..") {
            return Err(AddressError::NotAnAddress);
        }
        Ok(lower)
    }

    pub fn serves(&self, domain: &str) -> bool {
        self.0.contains(domain)
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// A valid address of a served domain that no mailbox has, for probes.
    pub fn probe_address(&self) -> EmailAddress {
        let domain = self.0.first().map_or("invalid", String::as_str);
        EmailAddress {
            address: format!("mailpasswd-readiness-probe@{domain}"),
            at: "mailpasswd-readiness-probe".len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains() -> MailDomains {
        MailDomains::new(["example.org", "Example.NET"]).unwrap()
    }

    #[test]
    fn lowercases_and_splits() {
        let a = EmailAddress::parse("  Max.Mustermann@Example.ORG ", &domains()).unwrap();
        assert_eq!(a.as_str(), "max.mustermann@example.org");
        assert_eq!(a.local_part(), "max.mustermann");
        assert_eq!(a.domain(), "example.org");
        assert!(EmailAddress::parse("x@example.net", &domains()).is_ok());
    }

    #[test]
    fn refuses_what_could_inject_or_confuse() {
        let d = domains();
        let cases = [
            ("", AddressError::Empty),
            ("a@example.org\r\nA1 LOGOUT", AddressError::ControlCharacter),
            ("a\n@example.org", AddressError::ControlCharacter),
            ("a\0@example.org", AddressError::ControlCharacter),
            ("a:b@example.org", AddressError::ForbiddenCharacter(':')),
            ("a#b@example.org", AddressError::ForbiddenCharacter('#')),
            (
                "user*master@example.org",
                AddressError::ForbiddenCharacter('*'),
            ),
            ("a\"@example.org", AddressError::ForbiddenCharacter('"')),
            ("a%d@example.org", AddressError::ForbiddenCharacter('%')),
            ("a/../b@example.org", AddressError::ForbiddenCharacter('/')),
            // Cyrillic 'а' and the Kelvin sign look like ASCII letters.
            (
                "\u{430}dmin@example.org",
                AddressError::ForbiddenCharacter('\u{430}'),
            ),
            (
                "\u{212a}im@example.org",
                AddressError::ForbiddenCharacter('\u{212a}'),
            ),
            ("user", AddressError::NotAnAddress),
            ("@example.org", AddressError::NotAnAddress),
            ("a@", AddressError::NotAnAddress),
            ("a@b@example.org", AddressError::NotAnAddress),
            (
                "a@example.com",
                AddressError::DomainNotServed("example.com".into()),
            ),
            (
                "a@sub.example.org",
                AddressError::DomainNotServed("sub.example.org".into()),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(EmailAddress::parse(input, &d), Err(expected), "{input:?}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long, &d), Err(AddressError::TooLong));
    }

    proptest::proptest! {
        /// Whatever is typed: no panic, and an accepted address is made of
        /// Dovecot's username characters only, with one `@` and a served domain.
        #[test]
        fn any_input_is_refused_or_safe(input in ".{0,80}", tail in "(@example\\.org|@EXAMPLE\\.net|@x\\.com)?") {
            let d = domains();
            let typed = format!("{input}{tail}");
            if let Ok(a) = EmailAddress::parse(&typed, &d) {
                proptest::prop_assert!(a.as_str().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_@".contains(c)));
                proptest::prop_assert_eq!(a.as_str().matches('@').count(), 1);
                proptest::prop_assert!(d.serves(a.domain()));
                proptest::prop_assert!(!a.local_part().is_empty());
            }
        }
    }

    #[test]
    fn configured_domains_are_checked() {
        assert!(MailDomains::new(["exa mple.org"]).is_err());
        assert!(MailDomains::new([".example.org"]).is_err());
        assert!(MailDomains::new(["example..org"]).is_err());
    }
}
