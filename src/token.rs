//! Random tokens and the signatures that bind cookies and form tokens to
//! this installation's secret.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// 256 random bits, URL-safe (43 characters). The thread-local generator
/// is a CSPRNG (ChaCha12) seeded and periodically reseeded from the OS,
/// without a system call per token.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Signs and checks values with the installation's secret; `purpose`
/// keeps a signature made for one use from passing for another.
#[derive(Clone)]
pub struct Signer {
    key: [u8; 32],
}

impl Signer {
    pub fn new(key: [u8; 32]) -> Self {
        Self { key }
    }

    fn mac(&self, purpose: &str, value: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key)
            .unwrap_or_else(|_| Hmac::<Sha256>::new(&Default::default()));
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        mac
    }

    /// The MAC of `value` as bytes: names and keys derived from a secret.
    pub fn digest(&self, purpose: &str, value: &str) -> [u8; 32] {
        self.mac(purpose, value).finalize().into_bytes().into()
    }

    /// The signature of `value`, URL-safe.
    pub fn sign(&self, purpose: &str, value: &str) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(purpose, value).finalize().into_bytes())
    }

    /// Whether `signature` is ours for `value`, compared in constant time.
    pub fn verify(&self, purpose: &str, value: &str, signature: &str) -> bool {
        let expected = self.sign(purpose, value);
        !signature.is_empty() && bool::from(expected.as_bytes().ct_eq(signature.as_bytes()))
    }
}

/// A reset link's claim: the mailbox, until when, and a fingerprint of the
/// hash stored when it was issued (the link dies with any change of the
/// password, its own use included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetClaim {
    pub mailbox: String,
    /// Seconds since the Unix epoch.
    pub expires: u64,
    pub fingerprint: String,
    /// Mailed to the recovery address (the forgotten-password flow), not
    /// issued by an administrator.
    pub recovery: bool,
}

/// Why a reset link does not open the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// Not made by this installation, or changed since.
    Altered,
    Expired,
}

const RESET: &str = "reset-link";
/// The longest a reset link is made for (the admin API and the CLI).
pub const MAX_LINK_HOURS: u32 = 72;
/// How far the clocks of the hosts that make and open links may differ.
const CLOCK_SKEW_SECS: u64 = 300;

impl Signer {
    /// A keyed fingerprint of a stored hash: equal exactly while the
    /// password is unchanged, and no digest of the hash itself.
    pub fn fingerprint(&self, stored: &str) -> String {
        URL_SAFE_NO_PAD.encode(&self.digest("reset-fingerprint", stored)[..16])
    }

    /// `claim` as the token of a link: its parts, base64url, and their
    /// signature.
    pub fn issue_reset(&self, claim: &ResetClaim) -> String {
        let payload = format!(
            "{}.{}.{}.{}",
            if claim.recovery { "2" } else { "1" },
            URL_SAFE_NO_PAD.encode(claim.mailbox.as_bytes()),
            claim.expires,
            claim.fingerprint
        );
        let signature = self.sign(RESET, &payload);
        format!("{payload}.{signature}")
    }

    /// The claim of a link this installation made, unless it expired.
    pub fn open_reset(&self, token: &str, now_secs: u64) -> Result<ResetClaim, LinkProblem> {
        let (payload, signature) = token.rsplit_once('.').ok_or(LinkProblem::Altered)?;
        if token.len() > 1024 || !self.verify(RESET, payload, signature) {
            return Err(LinkProblem::Altered);
        }
        let mut parts = payload.split('.');
        let (Some(kind @ ("1" | "2")), Some(mailbox), Some(expires), Some(fingerprint), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(LinkProblem::Altered);
        };
        let mailbox = URL_SAFE_NO_PAD
            .decode(mailbox)
            .ok()
            .and_then(|m| String::from_utf8(m).ok())
            .ok_or(LinkProblem::Altered)?;
        let expires: u64 = expires.parse().map_err(|_| LinkProblem::Altered)?;
        if expires <= now_secs {
            return Err(LinkProblem::Expired);
        }
        // No link is made for longer: one that claims more came from a
        // host with a wrong clock or a leaked secret.
        if expires > now_secs + u64::from(MAX_LINK_HOURS) * 3600 + CLOCK_SKEW_SECS {
            return Err(LinkProblem::Altered);
        }
        Ok(ResetClaim {
            mailbox,
            expires,
            fingerprint: fingerprint.to_owned(),
            recovery: kind == "2",
        })
    }

    /// Fields signed together for `purpose`, as one URL-safe token.
    pub fn issue_fields(&self, purpose: &str, fields: &[&str]) -> String {
        let payload = fields
            .iter()
            .map(|f| URL_SAFE_NO_PAD.encode(f.as_bytes()))
            .collect::<Vec<_>>()
            .join(".");
        let signature = self.sign(purpose, &payload);
        format!("{payload}.{signature}")
    }

    /// The fields of a token this installation made for `purpose`.
    pub fn open_fields(&self, purpose: &str, token: &str) -> Option<Vec<String>> {
        let (payload, signature) = token.rsplit_once('.')?;
        if token.len() > 2048 || !self.verify(purpose, payload, signature) {
            return None;
        }
        payload
            .split('.')
            .map(|f| {
                URL_SAFE_NO_PAD
                    .decode(f)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_bound_to_key_purpose_and_value() {
        let signer = Signer::new([7; 32]);
        let sig = signer.sign("csrf", "nonce");
        assert!(signer.verify("csrf", "nonce", &sig));
        assert!(!signer.verify("device", "nonce", &sig));
        assert!(!signer.verify("csrf", "other", &sig));
        assert!(!signer.verify("csrf", "nonce", "nonce"));
        assert!(!signer.verify("csrf", "nonce", ""));
        assert!(!Signer::new([8; 32]).verify("csrf", "nonce", &sig));
        assert_eq!(random_token().len(), 43);
    }

    #[test]
    fn reset_links_open_until_they_expire_and_not_when_altered() {
        let signer = Signer::new([7; 32]);
        let claim = ResetClaim {
            mailbox: "max@kunde.de".to_owned(),
            expires: 1_000,
            fingerprint: signer.fingerprint("{ARGON2ID}$argon2id$…"),
            recovery: false,
        };
        let token = signer.issue_reset(&claim);
        assert!(token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        assert_eq!(signer.open_reset(&token, 999), Ok(claim.clone()));
        assert_eq!(signer.open_reset(&token, 1_000), Err(LinkProblem::Expired));
        // Another mailbox, a later expiry, another key: all altered.
        let other = token.replacen(
            &URL_SAFE_NO_PAD.encode("max@kunde.de"),
            &URL_SAFE_NO_PAD.encode("chef@kunde.de"),
            1,
        );
        assert_eq!(signer.open_reset(&other, 0), Err(LinkProblem::Altered));
        assert_eq!(
            signer.open_reset(&token.replacen(".1000.", ".9999999999.", 1), 0),
            Err(LinkProblem::Altered)
        );
        assert_eq!(
            Signer::new([8; 32]).open_reset(&token, 0),
            Err(LinkProblem::Altered)
        );
        assert_eq!(signer.open_reset("", 0), Err(LinkProblem::Altered));
        assert_ne!(signer.fingerprint("a"), signer.fingerprint("b"));
        // Signed, but for longer than any link is made: a wrong clock or
        // a leaked secret made it.
        let far = ResetClaim {
            expires: 1_000 + 100 * 86_400,
            ..claim.clone()
        };
        let far_token = signer.issue_reset(&far);
        assert_eq!(
            signer.open_reset(&far_token, 1_000),
            Err(LinkProblem::Altered)
        );
        assert_eq!(
            signer.open_reset(&far_token, far.expires - 72 * 3600),
            Ok(far.clone())
        );
        let mailed = signer.issue_reset(&ResetClaim {
            recovery: true,
            ..claim
        });
        assert!(signer.open_reset(&mailed, 0).unwrap().recovery);
        assert_eq!(
            signer.open_reset(&mailed.replacen("2.", "1.", 1), 0),
            Err(LinkProblem::Altered)
        );
    }

    #[test]
    fn signed_fields_come_back_only_for_their_purpose() {
        let signer = Signer::new([7; 32]);
        let token = signer.issue_fields("confirm", &["max@kunde.de", "max@gmx.de", "99"]);
        assert_eq!(
            signer.open_fields("confirm", &token),
            Some(vec![
                "max@kunde.de".to_owned(),
                "max@gmx.de".to_owned(),
                "99".to_owned()
            ])
        );
        assert_eq!(signer.open_fields("reset-link", &token), None);
        assert_eq!(
            signer.open_fields("confirm", &token.replacen('a', "b", 1)),
            None
        );
    }
}
