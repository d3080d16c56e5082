//! A login attempt's answer, shared by identical attempts in flight.

use super::errors::Failure;
use super::limits::Remaining;
use crate::change::VerifiedMailbox;

/// A login attempt's answer, and what is left of the address's budget
/// after a failure (for the warning before a lockout).
#[derive(Clone)]
pub struct Attempt {
    pub result: Result<VerifiedMailbox, Failure>,
    pub remaining: Option<Remaining>,
}

impl Attempt {
    pub fn failed(failure: Failure) -> Self {
        Self {
            result: Err(failure),
            remaining: None,
        }
    }
}
