//! The forgotten-password flow's rules: which recovery addresses are
//! acceptable, how they are shown, and the signed confirmation of a new
//! one (stored only once its owner followed the link mailed to it).

use std::sync::Arc;

use crate::domain::EmailAddress;
use crate::store::RecoveryAddresses;

pub mod config;

pub use config::{RecoveryConfig, RecoverySettings};

/// The forgotten-password flow, when it is on: where the addresses live,
/// and its settings.
#[derive(Clone)]
pub struct Recovery {
    pub addresses: Arc<dyn RecoveryAddresses>,
    pub config: RecoveryConfig,
}

/// Why an address cannot be the recovery address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfit {
    NotAnAddress,
    /// The mailbox itself: a forgotten password locks both.
    SameMailbox,
    /// An address in the mailbox's own domain (an alias of it, or a
    /// colleague's), unless the operator allows it.
    SameDomain,
    /// Letters beyond ASCII before the `@`: most mail servers refuse such
    /// an address (it needs SMTPUTF8), so the link would never arrive.
    NotAscii,
}

impl Unfit {
    pub fn code(self) -> &'static str {
        match self {
            Unfit::NotAnAddress => "not_an_address",
            Unfit::SameMailbox => "same_mailbox",
            Unfit::SameDomain => "same_domain",
            Unfit::NotAscii => "not_ascii",
        }
    }
}

/// `text` as a recovery address for `mailbox`: trimmed and lower-cased.
pub fn acceptable(
    text: &str,
    mailbox: &EmailAddress,
    allow_same_domain: bool,
) -> Result<String, Unfit> {
    let address = text.trim().to_lowercase();
    let (local, domain) = address.split_once('@').ok_or(Unfit::NotAnAddress)?;
    let plain = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || "._-+".contains(c))
    };
    let labels_ok = domain
        .split('.')
        .all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if address.len() > 254 || !plain(local) || !domain.contains('.') || !labels_ok {
        return Err(Unfit::NotAnAddress);
    }
    if !local.is_ascii() {
        return Err(Unfit::NotAscii);
    }
    // An internationalised domain travels as its ASCII form (IDNA).
    let domain = match url::Host::parse(domain) {
        Ok(url::Host::Domain(ascii)) => ascii,
        _ => return Err(Unfit::NotAnAddress),
    };
    let address = format!("{local}@{domain}");
    let domain = domain.as_str();
    if address == mailbox.as_str() {
        return Err(Unfit::SameMailbox);
    }
    let same_domain =
        domain == mailbox.domain() || domain.ends_with(&format!(".{}", mailbox.domain()));
    if same_domain && !allow_same_domain {
        return Err(Unfit::SameDomain);
    }
    Ok(address)
}

/// An address as shown to whoever is logged in: "m•••@g•••.de".
pub fn masked(address: &str) -> String {
    let Some((local, domain)) = address.split_once('@') else {
        return "•••".to_owned();
    };
    let first = |text: &str| text.chars().next().map(String::from).unwrap_or_default();
    let (name, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    format!("{}•••@{}•••.{tld}", first(local), first(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> EmailAddress {
        EmailAddress::parse(
            "alice@example.org",
            &crate::domain::MailDomains::new(["example.org"]).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn a_recovery_address_is_another_mailbox_elsewhere() {
        assert_eq!(
            acceptable(" Alice.Private@GMX.de ", &alice(), false),
            Ok("alice.private@gmx.de".to_owned())
        );
        assert_eq!(
            acceptable("alice@example.org", &alice(), true),
            Err(Unfit::SameMailbox)
        );
        assert_eq!(
            acceptable("chef@example.org", &alice(), false),
            Err(Unfit::SameDomain)
        );
        assert_eq!(
            acceptable("a@mail.example.org", &alice(), false),
            Err(Unfit::SameDomain)
        );
        assert!(acceptable("chef@example.org", &alice(), true).is_ok());
        // Beyond ASCII: named before the @, as IDNA after it.
        assert_eq!(
            acceptable("üser@extern.test", &alice(), false),
            Err(Unfit::NotAscii)
        );
        assert_eq!(
            acceptable("max@müller.de", &alice(), false),
            Ok("max@xn--mller-kva.de".to_owned())
        );
        for bad in [
            "",
            "alice",
            "a@b",
            "a b@c.de",
            "a@b..de",
            "a@b.de\r\nBcc: x@y.de",
            "<a@b.de>",
        ] {
            assert_eq!(
                acceptable(bad, &alice(), false),
                Err(Unfit::NotAnAddress),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn addresses_are_shown_masked() {
        assert_eq!(masked("max.mueller@gmail.de"), "m•••@g•••.de");
        assert_eq!(masked("x@web.co.uk"), "x•••@w•••.uk");
    }
}
