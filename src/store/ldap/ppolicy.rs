//! The password-policy control (draft-behera-ldap-password-policy, as
//! OpenLDAP's ppolicy overlay and 389 DS speak it): asked for on every
//! password write, so a refusal names its rule.

use ldap3::asn1::{parse_tag, PL};
use ldap3::controls::RawControl;
use ldap3::LdapResult;

use crate::policy::DirectoryRule;

pub const OID: &str = "1.3.6.1.4.1.42.2.27.8.5.1";

/// The request control: no value, not critical (a directory without the
/// overlay just answers without it).
pub fn request() -> RawControl {
    RawControl {
        ctype: OID.to_owned(),
        crit: false,
        val: None,
    }
}

/// LDAP result codes a password write may be refused with.
const CONSTRAINT_VIOLATION: u32 = 19;
const INSUFFICIENT_ACCESS: u32 = 50;
pub const UNWILLING_TO_PERFORM: u32 = 53;

/// The rule a refused password write broke, if the answer is a refusal of
/// the password (rather than an outage or a configuration problem).
pub fn refusal(result: &LdapResult) -> Option<DirectoryRule> {
    let from_control = result
        .ctrls
        .iter()
        .filter(|control| control.1.ctype == OID)
        .find_map(|control| control.1.val.as_deref().and_then(error_of));
    match (from_control, result.rc) {
        (Some(error), _) => Some(rule_of(error)),
        (None, CONSTRAINT_VIOLATION) => Some(DirectoryRule::Other),
        // Without the control, 389 DS and OpenLDAP say "unwilling" when a
        // policy forbids the change itself.
        (None, UNWILLING_TO_PERFORM) => Some(DirectoryRule::Other),
        _ => None,
    }
}

/// ppolicy's `error` enumeration.
fn rule_of(error: u64) -> DirectoryRule {
    match error {
        5 => DirectoryRule::Quality,
        6 => DirectoryRule::TooShort,
        7 => DirectoryRule::TooYoung,
        8 => DirectoryRule::InHistory,
        // OpenLDAP 2.5's passwordTooLong (pwdMaxLength).
        9 => DirectoryRule::TooLong,
        // passwordModNotAllowed, mustSupplyOldPassword (we always do),
        // passwordExpired, accountLocked, changeAfterReset.
        3 | 4 => DirectoryRule::NotAllowed,
        _ => DirectoryRule::Other,
    }
}

/// Reads `error [1] ENUMERATED` from
/// `SEQUENCE { warning [0] CHOICE {…} OPTIONAL, error [1] ENUMERATED OPTIONAL }`.
fn error_of(value: &[u8]) -> Option<u64> {
    let (_, sequence) = parse_tag(value).ok()?;
    let PL::C(fields) = sequence.payload else {
        return None;
    };
    fields.into_iter().find_map(|field| match field.payload {
        PL::P(bytes) if field.id == 1 && !bytes.is_empty() && bytes.len() <= 8 => {
            Some(bytes.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b)))
        }
        _ => None,
    })
}

/// Whether ppolicy treated a replace by the service account as the
/// user's own change, wanting the old password: the account has `write`
/// but not `manage` on the attribute (an administrator's reset needs
/// `manage`).
pub fn wants_old_password(result: &LdapResult) -> bool {
    let from_control = result
        .ctrls
        .iter()
        .filter(|control| control.1.ctype == OID)
        .find_map(|control| control.1.val.as_deref().and_then(error_of));
    from_control == Some(4) || result.text.to_lowercase().contains("old password")
}

/// Whether a result code means the account lacks the right, which is the
/// operator's to fix (the ACL), not the employee's.
pub fn is_access_problem(rc: u32) -> bool {
    rc == INSUFFICIENT_ACCESS
}

#[cfg(test)]
mod tests {
    use super::*;
    use ldap3::controls::Control;

    fn answer(rc: u32, control: Option<&[u8]>) -> LdapResult {
        LdapResult {
            rc,
            matched: String::new(),
            text: String::new(),
            refs: vec![],
            ctrls: control
                .map(|value| {
                    vec![Control(
                        None,
                        RawControl {
                            ctype: OID.to_owned(),
                            crit: false,
                            val: Some(value.to_vec()),
                        },
                    )]
                })
                .unwrap_or_default(),
        }
    }

    #[test]
    fn reads_the_rule_slapd_names() {
        // Bytes as slapd 2.5 sent them (ldappasswd -e ppolicy shows base64
        // MAOBAQY= for "too short", MAOBAQg= for "in history").
        assert_eq!(
            refusal(&answer(19, Some(&[0x30, 0x03, 0x81, 0x01, 0x06]))),
            Some(DirectoryRule::TooShort)
        );
        assert_eq!(
            refusal(&answer(19, Some(&[0x30, 0x03, 0x81, 0x01, 0x08]))),
            Some(DirectoryRule::InHistory)
        );
        assert_eq!(
            refusal(&answer(19, Some(&[0x30, 0x03, 0x81, 0x01, 0x05]))),
            Some(DirectoryRule::Quality)
        );
        // A warning before the error (grace logins) is skipped.
        assert_eq!(
            refusal(&answer(
                19,
                Some(&[0x30, 0x08, 0xa0, 0x03, 0x81, 0x01, 0x02, 0x81, 0x01, 0x07])
            )),
            Some(DirectoryRule::TooYoung)
        );
    }

    #[test]
    fn without_the_control_the_result_code_decides() {
        assert_eq!(refusal(&answer(19, None)), Some(DirectoryRule::Other));
        assert_eq!(refusal(&answer(53, None)), Some(DirectoryRule::Other));
        assert_eq!(refusal(&answer(50, None)), None);
        assert_eq!(refusal(&answer(80, None)), None);
        // Garbage in the control is no rule, and no panic.
        assert_eq!(
            refusal(&answer(19, Some(&[0x30, 0x7f, 0x81]))),
            Some(DirectoryRule::Other)
        );
    }
}

/// A write that showed the service account lacks `manage`, kept for
/// `readyz` until a write succeeds.
#[derive(Default)]
pub struct MissingManage(std::sync::Mutex<Option<String>>);

impl MissingManage {
    pub fn note(&self, problem: Option<String>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = problem;
    }

    pub fn known(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}
