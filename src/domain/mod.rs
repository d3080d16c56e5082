//! Values that are valid by construction: an `EmailAddress` or `Password`
//! that exists has passed every check, so backends need not re-check.

pub mod config;
mod email;
mod password;
mod password_hash;

pub use config::MailSettings;
pub use email::{AddressError, EmailAddress, MailDomains};
pub use password::{Password, PasswordError};
pub use password_hash::{HashFormatError, PasswordHash, Scheme};
