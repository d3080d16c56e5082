//! The audit log: one JSON object per line for every login attempt,
//! change, rollback, rate limit and notification; never a password. JSON
//! escaping keeps CR/LF and quotes in submitted values from forging lines.

use std::fs::OpenOptions;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub struct Audit {
    sink: Mutex<Box<dyn Write + Send>>,
}

/// The `[audit]` section.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditSettings {
    /// Append JSON lines to this file; unset: standard error.
    pub path: Option<PathBuf>,
}

/// What happened. Each kind has only the outcomes it can have, and the
/// metrics are counted from this type, so a new outcome cannot be
/// recorded without being counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Login(Login),
    /// A login attempt refused by a rate limit before anything was checked.
    RateLimited,
    Change(Change),
    /// The notification mail after a change.
    Notification {
        sent: bool,
    },
    /// A call of the admin API other than a change (which is a `Change`).
    Admin(Admin),
    /// A reset link that did not open the form.
    ResetLink(&'static str),
    /// A step of the forgotten-password flow: `mailed`, `limited`,
    /// `no_address`, `unknown`, `address_requested`, `address_changed` …
    Recovery(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admin {
    /// Refused: `unauthorized`, `forbidden`, `rate_limited`, `no_such_mailbox`.
    Refused(&'static str),
    LinkIssued,
    SessionsEnded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Login {
    Accepted,
    /// Wrong password, unknown mailbox or foreign domain.
    Rejected,
    InvalidAddress,
    InvalidPassword,
    /// Not checked: the failure's API code (`unavailable`, `busy` …).
    Failed(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Changed,
    /// Written, not accepted by the mail server, and undone.
    RolledBack,
    /// Nothing changed: the failure's API code (`policy`, `unavailable` …).
    Refused(&'static str),
}

impl Event {
    /// The `event` field of the audit line.
    pub fn name(self) -> &'static str {
        match self {
            Event::Login(_) => "login",
            Event::RateLimited => "rate_limit",
            Event::Change(Change::RolledBack) => "rollback",
            Event::Change(_) => "change",
            Event::Notification { .. } => "notification",
            Event::Admin(_) => "admin",
            Event::ResetLink(_) => "reset_link",
            Event::Recovery(_) => "recovery",
        }
    }

    /// The `outcome` field of the audit line.
    pub fn outcome(self) -> &'static str {
        match self {
            Event::Login(Login::Accepted) => "accepted",
            Event::Login(Login::Rejected) => "rejected",
            Event::Login(Login::InvalidAddress) => "invalid_address",
            Event::Login(Login::InvalidPassword) => "invalid_password",
            Event::Login(Login::Failed(code)) | Event::Change(Change::Refused(code)) => code,
            Event::RateLimited => "limited",
            Event::Change(Change::Changed) => "changed",
            Event::Change(Change::RolledBack) => "rolled_back",
            Event::Notification { sent: true } => "sent",
            Event::Notification { sent: false } => "failed",
            Event::Admin(Admin::Refused(code)) | Event::ResetLink(code) | Event::Recovery(code) => {
                code
            }
            Event::Admin(Admin::LinkIssued) => "link_issued",
            Event::Admin(Admin::SessionsEnded) => "sessions_ended",
        }
    }

    fn count(self) {
        use crate::telemetry::metrics;
        match self {
            Event::Login(_) => metrics::login(self.outcome()),
            Event::RateLimited => metrics::rate_limited(),
            Event::Change(_) => metrics::change(self.outcome()),
            Event::Notification { .. } => metrics::notification(self.outcome()),
            Event::Admin(_) => metrics::admin(self.outcome()),
            Event::ResetLink(_) => metrics::reset_link(self.outcome()),
            Event::Recovery(_) => metrics::recovery(self.outcome()),
        }
    }
}

/// Who and where an event concerns.
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    /// The address as verified, or as submitted (truncated) when not.
    pub mailbox: Option<&'a str>,
    pub client_ip: Option<IpAddr>,
    /// Ties the audit line to the request's log lines.
    pub request_id: &'a str,
    /// The entry point of a change (`form`, `api`, `cli` …).
    pub via: Option<&'a str>,
    /// Who acted for the mailbox: an admin token's name.
    pub by: Option<&'a str>,
    /// After a change: whether its open mail sessions were ended.
    pub mail_sessions: Option<&'a str>,
    /// What an admin call asked for (`set-password`, `reset-link` …).
    pub action: Option<&'a str>,
}

#[derive(Serialize)]
struct Line<'a> {
    time: String,
    event: &'static str,
    outcome: &'static str,
    mailbox: Option<&'a str>,
    client_ip: Option<IpAddr>,
    request_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mail_sessions: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    action: Option<&'a str>,
}

impl Audit {
    pub fn to_stderr() -> Self {
        Self {
            sink: Mutex::new(Box::new(std::io::stderr())),
        }
    }

    /// Lines to any writer (a test's buffer).
    pub fn to_writer(sink: Box<dyn Write + Send>) -> Self {
        Self {
            sink: Mutex::new(sink),
        }
    }

    pub fn to_file(path: &Path) -> std::io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self {
            sink: Mutex::new(Box::new(file)),
        })
    }

    pub fn record(&self, event: Event, subject: Subject) {
        event.count();
        let line = Line {
            time: OffsetDateTime::now_utc()
                .format(&Rfc3339)
                .unwrap_or_default(),
            event: event.name(),
            outcome: event.outcome(),
            mailbox: subject.mailbox,
            client_ip: subject.client_ip,
            request_id: subject.request_id,
            via: subject.via,
            by: subject.by,
            mail_sessions: subject.mail_sessions,
            action: subject.action,
        };
        let mut line = match serde_json::to_string(&line) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_in_values_cannot_forge_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let audit = Audit::to_file(&path).unwrap();
        audit.record(
            Event::Login(Login::Rejected),
            Subject {
                mailbox: Some("a@example.org\n{\"event\":\"change\",\"outcome\":\"changed\"}"),
                client_ip: Some("192.0.2.1".parse().unwrap()),
                request_id: "r1",
                via: None,
                by: None,
                mail_sessions: None,
                action: None,
            },
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 1, "{text}");
        let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(v["event"], "login");
        assert_eq!(v["client_ip"], "192.0.2.1");
        assert!(v["time"].as_str().unwrap().ends_with('Z'));
    }
}
