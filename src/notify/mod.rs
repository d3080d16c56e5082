//! The notification mail after a change: to the mailbox itself (and an
//! optional security address), in the language of the page. It is sent
//! after the response and never undoes the change; failures are logged
//! and counted.

use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use time::OffsetDateTime;

use crate::domain::EmailAddress;
use crate::settings::{NotifySettings, SmtpSecurity, UiSettings};
use crate::web::views::i18n::{fill, Lang};

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("notification settings: {0}")]
    Config(String),
    #[error("cannot build the notification mail: {0}")]
    Build(String),
    #[error("sending the notification mail failed: {0}")]
    Send(String),
}

pub struct Notifier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    security_address: Option<Mailbox>,
    provider: Option<String>,
    support: Option<String>,
    sent: AtomicU64,
    failed: AtomicU64,
}

impl Notifier {
    /// `None` when notifications are switched off.
    pub fn from_settings(n: &NotifySettings, ui: &UiSettings) -> Result<Option<Self>, NotifyError> {
        if !n.enabled {
            return Ok(None);
        }
        let config = |e: String| NotifyError::Config(e);
        let from: Mailbox = n
            .from
            .parse()
            .map_err(|e| config(format!("notify.from: {e}")))?;
        let security_address = match &n.security_address {
            Some(a) => Some(
                a.parse()
                    .map_err(|e| config(format!("notify.security_address: {e}")))?,
            ),
            None => None,
        };
        let mut tls = TlsParameters::builder(n.smtp_host.clone());
        if let Some(path) = &n.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| config(format!("notify.ca_file {}: {e}", path.display())))?;
            let cert =
                Certificate::from_pem(&pem).map_err(|e| config(format!("notify.ca_file: {e}")))?;
            tls = tls.add_root_certificate(cert);
        }
        let tls = tls
            .build_rustls()
            .map_err(|e| config(format!("TLS for SMTP: {e}")))?;
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(n.smtp_host.as_str())
                .port(n.effective_port())
                .timeout(Some(Duration::from_secs(n.timeout_secs)))
                .tls(match n.smtp_security {
                    SmtpSecurity::Tls => Tls::Wrapper(tls),
                    SmtpSecurity::Starttls => Tls::Required(tls),
                    SmtpSecurity::Plain => Tls::None,
                });
        if let (Some(user), Some(password)) = (&n.smtp_username, &n.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Some(Self {
            transport: builder.build(),
            from,
            security_address,
            provider: ui.provider_name.clone(),
            support: ui.support_contact.clone(),
            sent: AtomicU64::new(0),
            failed: AtomicU64::new(0),
        }))
    }

    /// Mails sent and failed so far.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.sent.load(Ordering::Relaxed),
            self.failed.load(Ordering::Relaxed),
        )
    }

    /// Sends and counts the outcome (true: sent); never an error for the
    /// caller, whose change stands regardless.
    pub async fn notify_changed(
        &self,
        mailbox: &EmailAddress,
        lang: Lang,
        at: SystemTime,
        client_ip: Option<IpAddr>,
    ) -> bool {
        match self.send_changed(mailbox, lang, at, client_ip).await {
            Ok(()) => {
                self.sent.fetch_add(1, Ordering::Relaxed);
                tracing::info!(mailbox = %mailbox, "notification mail sent");
                true
            }
            Err(e) => {
                self.failed.fetch_add(1, Ordering::Relaxed);
                tracing::error!(mailbox = %mailbox, error = %e, "notification mail failed");
                false
            }
        }
    }

    async fn send_changed(
        &self,
        mailbox: &EmailAddress,
        lang: Lang,
        at: SystemTime,
        client_ip: Option<IpAddr>,
    ) -> Result<(), NotifyError> {
        let t = lang.t();
        let to: Mailbox = mailbox
            .as_str()
            .parse()
            .map_err(|e| NotifyError::Build(format!("{e}")))?;
        let ip = client_ip.map_or_else(|| t.mail_unknown_ip.to_owned(), |ip| ip.to_string());
        let support = match &self.support {
            Some(contact) => format!(" ({contact})"),
            None => String::new(),
        };
        let body = fill(
            t.mail_body,
            &[
                ("mailbox", mailbox.as_str()),
                ("time", &format_time(at, lang)),
                ("ip", &ip),
                ("support", &support),
            ],
        );
        let subject = match &self.provider {
            Some(name) => format!("{} – {name}", t.mail_subject),
            None => t.mail_subject.to_owned(),
        };
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN);
        if let Some(extra) = &self.security_address {
            message = message.bcc(extra.clone());
        }
        let message = message
            .body(body)
            .map_err(|e| NotifyError::Build(e.to_string()))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| NotifyError::Send(e.to_string()))
    }
}

/// "26.11.2026, 14:03 UTC" or "2026-11-26 14:03 UTC".
pub fn format_time(at: SystemTime, lang: Lang) -> String {
    let t = OffsetDateTime::from(at);
    let formatted = match lang {
        Lang::De => t.format(time::macros::format_description!(
            "[day].[month].[year], [hour]:[minute]"
        )),
        Lang::En => t.format(time::macros::format_description!(
            "[year]-[month]-[day] [hour]:[minute]"
        )),
    };
    format!("{} UTC", formatted.unwrap_or_default())
}
