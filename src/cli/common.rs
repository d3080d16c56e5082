//! What every subcommand shares: exit codes, the one-line failure, the
//! configuration's path, a runtime, a password from stdin, argument types.

use std::io::Read;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::domain::Password;
use crate::hash::HashScheme;
use crate::settings::{SettingsError, CONFIG_ENV, DEFAULT_CONFIG_PATH};
use crate::startup::BuildError;

pub(super) const EX_DATAERR: u8 = 65;
pub(super) const EX_SOFTWARE: u8 = 70;
pub(super) const EX_UNAVAILABLE: u8 = 69;
pub(super) const EX_TEMPFAIL: u8 = 75;
pub(super) const EX_CONFIG: u8 = 78;

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum AllowArg {
    SetPassword,
    ResetLink,
    EndSessions,
}

impl From<AllowArg> for crate::admin::Action {
    fn from(a: AllowArg) -> Self {
        match a {
            AllowArg::SetPassword => crate::admin::Action::SetPassword,
            AllowArg::ResetLink => crate::admin::Action::ResetLink,
            AllowArg::EndSessions => crate::admin::Action::EndSessions,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum SchemeArg {
    #[value(name = "ARGON2ID", alias = "argon2id")]
    Argon2id,
    #[value(name = "SHA512-CRYPT", alias = "sha512-crypt")]
    Sha512Crypt,
    #[value(name = "BLF-CRYPT", alias = "blf-crypt")]
    BlfCrypt,
}

impl From<SchemeArg> for HashScheme {
    fn from(s: SchemeArg) -> Self {
        match s {
            SchemeArg::Argon2id => HashScheme::Argon2id,
            SchemeArg::Sha512Crypt => HashScheme::Sha512Crypt,
            SchemeArg::BlfCrypt => HashScheme::BlfCrypt,
        }
    }
}
/// A message for the operator and the exit code that goes with it.
pub(super) struct Failure {
    pub(super) code: u8,
    pub(super) message: String,
}

impl Failure {
    pub(super) fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<SettingsError> for Failure {
    fn from(e: SettingsError) -> Self {
        Failure::new(EX_CONFIG, e.to_string())
    }
}

impl From<BuildError> for Failure {
    fn from(e: BuildError) -> Self {
        Failure::new(EX_CONFIG, e.to_string())
    }
}

pub(super) fn config_path(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| std::env::var_os(CONFIG_ENV).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CONFIG_PATH))
}

pub(super) fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(EX_SOFTWARE, format!("cannot start: {e}")))
}

/// One password from stdin: the whole input less one trailing line break.
pub(super) fn read_password() -> Result<Password, Failure> {
    let mut input = String::new();
    std::io::stdin()
        .take(Password::MAX_BYTES as u64 + 3)
        .read_to_string(&mut input)
        .map_err(|e| {
            Failure::new(
                EX_DATAERR,
                format!("cannot read the password from stdin: {e}"),
            )
        })?;
    if input.ends_with('\n') {
        input.pop();
        if input.ends_with('\r') {
            input.pop();
        }
    }
    Password::parse(input).map_err(|e| Failure::new(EX_DATAERR, e.to_string()))
}
pub(super) fn one_line(message: &str) -> String {
    message.replace(['\r', '\n'], " ")
}
