//! The audit log: one JSON object per line for every login attempt,
//! change, rollback, rate limit and notification; never a password. JSON
//! escaping keeps CR/LF and quotes in submitted values from forging lines.

use std::fs::OpenOptions;
use std::io::Write;
use std::net::IpAddr;
use std::path::Path;
use std::sync::Mutex;

use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub struct Audit {
    sink: Mutex<Box<dyn Write + Send>>,
}

#[derive(Debug, Serialize)]
pub struct Event<'a> {
    /// `login`, `change`, `rollback`, `rate_limit`, `notification`.
    pub event: &'a str,
    /// e.g. `accepted`, `rejected`, `changed`, `policy`, `unavailable`.
    pub outcome: &'a str,
    /// The address as verified, or as submitted (truncated) when not.
    pub mailbox: Option<&'a str>,
    pub client_ip: Option<IpAddr>,
    pub request_id: &'a str,
}

#[derive(Serialize)]
struct Line<'a> {
    time: String,
    #[serde(flatten)]
    event: &'a Event<'a>,
}

impl Audit {
    pub fn to_stderr() -> Self {
        Self {
            sink: Mutex::new(Box::new(std::io::stderr())),
        }
    }

    pub fn to_file(path: &Path) -> std::io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self {
            sink: Mutex::new(Box::new(file)),
        })
    }

    pub fn record(&self, event: &Event) {
        crate::telemetry::metrics::event(event.event, event.outcome);
        let time = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .unwrap_or_default();
        let mut line = match serde_json::to_string(&Line { time, event }) {
            Ok(line) => line,
            Err(e) => {
                tracing::error!(error = %e, "cannot serialise an audit event");
                return;
            }
        };
        line.push('\n');
        let mut sink = self.sink.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = sink.write_all(line.as_bytes()).and_then(|()| sink.flush()) {
            tracing::error!(error = %e, "cannot write the audit log");
        }
    }
}

/// Submitted text as it may appear in the log: at most 254 characters.
pub fn submitted(value: &str) -> &str {
    match value.char_indices().nth(254) {
        Some((cut, _)) => &value[..cut],
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_in_values_cannot_forge_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let audit = Audit::to_file(&path).unwrap();
        audit.record(&Event {
            event: "login",
            outcome: "rejected",
            mailbox: Some("a@example.org\n{\"event\":\"change\",\"outcome\":\"changed\"}"),
            client_ip: Some("192.0.2.1".parse().unwrap()),
            request_id: "r1",
        });
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(v["event"], "login");
        assert_eq!(v["client_ip"], "192.0.2.1");
        assert!(v["time"].as_str().unwrap().ends_with('Z'));
    }
}
