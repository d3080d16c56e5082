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
}
