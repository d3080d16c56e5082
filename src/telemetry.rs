//! Logging: human-readable lines on stderr by default, JSON with
//! `MAILPASSWD_LOG_FORMAT=json`; the filter comes from `MAILPASSWD_LOG`
//! (e.g. `info`, `mailpasswd=debug`). Passwords are never fields of a span
//! or event: every function that holds one skips it.

use tracing_subscriber::EnvFilter;

pub fn init(default_filter: &str) {
    let filter = EnvFilter::try_from_env("MAILPASSWD_LOG")
        .unwrap_or_else(|_| EnvFilter::new(default_filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let json = std::env::var("MAILPASSWD_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    // A second init (tests) keeps the first subscriber; that is fine.
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
