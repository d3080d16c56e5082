use std::fmt;

const MAX_HASH_LEN: usize = 512;

/// How a stored credential is to be verified, read once from its
/// `{SCHEME}` prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `{ARGON2ID}` or `{ARGON2I}`: a PHC string.
    Argon2,
    Sha512Crypt,
    Sha256Crypt,
    BlfCrypt,
    /// `{CRYPT}` or no prefix: crypt(3), which tells the algorithm by the
    /// `$id$` of the hash itself.
    Crypt,
    /// A prefix we cannot verify (`{PLAIN}`, `{SSHA}` …), kept as it is.
    Unsupported,
}

/// A stored credential in Dovecot's notation. It has no `:` and no control
/// characters, so it can be written into a passwd-file field or an SQL
/// column without escaping. (Hashes we make are printable ASCII; stored
/// `{PLAIN}` values may hold spaces or non-ASCII and are kept as they are,
/// byte for byte, so that a restore writes back exactly what was there.)
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash {
    raw: String,
    scheme: Scheme,
    /// Where the part after the `{SCHEME}` prefix starts.
    body_start: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HashFormatError {
    #[error("the stored password field is empty")]
    Empty,
    #[error("the stored password field is too long")]
    TooLong,
    #[error("the stored password field contains characters a hash never has")]
    BadCharacter,
}

impl PasswordHash {
    pub fn parse(s: &str) -> Result<Self, HashFormatError> {
        if s.is_empty() {
            return Err(HashFormatError::Empty);
        }
        if s.len() > MAX_HASH_LEN {
            return Err(HashFormatError::TooLong);
        }
        if s.chars().any(|c| c == ':' || c.is_control()) {
            return Err(HashFormatError::BadCharacter);
        }
        let prefix = s
            .strip_prefix('{')
            .and_then(|rest| rest.find('}').map(|end| &rest[..end]));
        let (scheme, body_start) = match prefix {
            None => (Scheme::Crypt, 0),
            Some(name) => {
                let scheme = match name.to_ascii_uppercase().as_str() {
                    "ARGON2ID" | "ARGON2I" => Scheme::Argon2,
                    "SHA512-CRYPT" => Scheme::Sha512Crypt,
                    "SHA256-CRYPT" => Scheme::Sha256Crypt,
                    "BLF-CRYPT" => Scheme::BlfCrypt,
                    "CRYPT" => Scheme::Crypt,
                    _ => Scheme::Unsupported,
                };
                (scheme, name.len() + 2)
            }
        };
        Ok(Self {
            raw: s.to_owned(),
            scheme,
            body_start,
        })
    }

    /// Exactly as stored.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    /// The `{SCHEME}` prefix as written, upper-cased, if any.
    pub fn scheme_name(&self) -> Option<String> {
        (self.body_start > 0).then(|| self.raw[1..self.body_start - 1].to_ascii_uppercase())
    }

    /// The hash after its prefix.
    pub fn body(&self) -> &str {
        &self.raw[self.body_start..]
    }
}

impl fmt::Debug for PasswordHash {
    // Hashes are not secrets like passwords, but they are offline-crackable:
    // keep them out of logs too.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "PasswordHash({{{}}}…)",
            self.scheme_name().unwrap_or_default()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_is_read_once_and_the_raw_text_kept() {
        let h = PasswordHash::parse("{argon2id}$argon2id$v=19$x").unwrap();
        assert_eq!(h.scheme(), Scheme::Argon2);
        assert_eq!(h.scheme_name().as_deref(), Some("ARGON2ID"));
        assert_eq!(h.body(), "$argon2id$v=19$x");
        assert_eq!(h.as_str(), "{argon2id}$argon2id$v=19$x");
        let plain = PasswordHash::parse("{PLAIN}ein Passwort ä").unwrap();
        assert_eq!(plain.scheme(), Scheme::Unsupported);
        assert_eq!(plain.as_str(), "{PLAIN}ein Passwort ä");
        let bare = PasswordHash::parse("$6$salt$hash").unwrap();
        assert_eq!(
            (bare.scheme(), bare.body()),
            (Scheme::Crypt, "$6$salt$hash")
        );
        assert_eq!(bare.scheme_name(), None);
        assert_eq!(format!("{bare:?}"), "PasswordHash({}…)");
    }

    #[test]
    fn hash_field_cannot_break_a_passwd_line() {
        assert!(PasswordHash::parse("a:b").is_err());
        assert!(PasswordHash::parse("a\nb").is_err());
        assert!(PasswordHash::parse("a\rb").is_err());
        assert!(PasswordHash::parse("").is_err());
    }
}
