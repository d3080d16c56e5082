use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroize;

/// A password as typed, kept secret: `Debug` prints nothing of it and the
/// memory is zeroised when dropped. Its bytes are hashed exactly as given
/// (mail clients send raw bytes, so no normalisation happens here).
#[derive(Clone)]
pub struct Password(SecretString);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password is empty")]
    Empty,
    #[error("the password is longer than {max} characters")]
    TooManyChars { max: usize },
    #[error("the password is longer than {max} bytes")]
    TooManyBytes { max: usize },
    #[error("the password contains a control character (such as a line break), which mail programs cannot send")]
    ControlCharacter,
}

impl Password {
    /// Hard caps for any password we handle, current or new: beyond these
    /// nobody types a password, and hashing megabytes is an easy DoS.
    pub const MAX_CHARS: usize = 256;
    pub const MAX_BYTES: usize = 1024;

    /// Takes ownership so that a refused input is zeroised too.
    pub fn parse(mut input: String) -> Result<Self, PasswordError> {
        let verdict = Self::check(&input);
        match verdict {
            Ok(()) => Ok(Self(SecretString::from(input))),
            Err(e) => {
                input.zeroize();
                Err(e)
            }
        }
    }

    fn check(input: &str) -> Result<(), PasswordError> {
        if input.is_empty() {
            return Err(PasswordError::Empty);
        }
        if input.len() > Self::MAX_BYTES {
            return Err(PasswordError::TooManyBytes {
                max: Self::MAX_BYTES,
            });
        }
        if input.chars().count() > Self::MAX_CHARS {
            return Err(PasswordError::TooManyChars {
                max: Self::MAX_CHARS,
            });
        }
        // CR, LF and NUL could end an IMAP command; the other C0/C1 controls
        // and DEL cannot be typed reliably in a mail client.
        if input.chars().any(char::is_control) {
            return Err(PasswordError::ControlCharacter);
        }
        Ok(())
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    pub fn char_count(&self) -> usize {
        self.expose().chars().count()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let p = Password::parse("Sup3r-secret canary".into()).unwrap();
        let shown = format!("{p:?}");
        assert!(!shown.contains("canary"));
        assert_eq!(shown, "Password(<redacted>)");
    }

    #[test]
    fn accepts_any_printable_unicode() {
        for pw in [
            "\"\\ {5}\r".trim_end(),
            "Grüße aus Köln 😀",
            "a b",
            "{5}\\\"",
            "\u{200d}",
        ] {
            assert!(Password::parse(pw.into()).is_ok(), "{pw:?}");
        }
    }

    proptest::proptest! {
        /// An accepted password can never end an IMAP command or a line.
        #[test]
        fn accepted_passwords_carry_no_line_breaks(input in "\\PC{0,40}[\r\n\0\t]?\\PC{0,40}") {
            if let Ok(p) = Password::parse(input.clone()) {
                proptest::prop_assert!(!p.expose().contains(['\r', '\n', '\0']));
                proptest::prop_assert_eq!(p.expose(), input.as_str());
            }
        }
    }

    #[test]
    fn refuses_control_characters_and_oversize() {
        for pw in ["a\rb", "a\nb", "a\0b", "a\tb", "a\u{7f}", "a\u{85}b"] {
            assert_eq!(
                Password::parse(pw.into()).unwrap_err(),
                PasswordError::ControlCharacter,
                "{pw:?}"
            );
        }
        assert_eq!(
            Password::parse(String::new()).unwrap_err(),
            PasswordError::Empty
        );
        assert_eq!(
            Password::parse("x".repeat(1025)).unwrap_err(),
            PasswordError::TooManyBytes { max: 1024 }
        );
        assert_eq!(
            Password::parse("ü".repeat(257)).unwrap_err(),
            PasswordError::TooManyChars { max: 256 }
        );
        assert!(Password::parse("ü".repeat(256)).is_ok());
    }
}
