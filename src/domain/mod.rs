//! Values that are valid by construction: an `EmailAddress` or `Password`
//! that exists has passed every check, so backends need not re-check.

mod email;
mod password;
mod policy;

pub use email::{AddressError, EmailAddress, MailDomains};
pub use password::{Password, PasswordError};
pub use policy::{PasswordPolicy, PolicyFileError, Violation};
