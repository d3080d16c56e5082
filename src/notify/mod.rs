//! The notification mail after a change: to the mailbox itself (and an
//! optional security address), in the language of the page. It is sent
//! after the response and never undoes the change; failures are logged
//! and counted.

use std::net::IpAddr;
use std::time::SystemTime;

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::domain::EmailAddress;

pub mod config;

use crate::i18n::{arg, Lang};
pub use config::{NotifyConfig, NotifySettings, SmtpSecurity};

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("notification settings: {0}")]
    Config(String),
    #[error("cannot build the notification mail: {0}")]
    Build(String),
    #[error("sending the notification mail failed: {0}")]
    Send(String),
}

/// Who changed the password, for the words of the mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedBy {
    /// The employee, or an operator on the host.
    Owner,
    /// The customer's administrator, through the control panel.
    Admin,
    /// Whoever followed a reset link.
    ResetLink,
}

/// What the notification of one change says, and to whom besides the
/// mailbox.
#[derive(Debug, Clone, Copy)]
pub struct ChangeMail<'a> {
    pub lang: Lang,
    pub at: SystemTime,
    pub client_ip: Option<IpAddr>,
    pub by: ChangedBy,
    /// Another address that hears of it (the recovery address).
    pub also_to: Option<&'a str>,
}

pub struct Notifier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    security_address: Option<Mailbox>,
    provider: Option<String>,
    support: Option<String>,
    /// Clock times in mails are the provider's (`ui.time_zone`).
    time_zone: jiff::tz::TimeZone,
}

impl Notifier {
    /// A transport for the checked settings; `provider` names the sender's
    /// company in the subject, `support` how to reach its support.
    pub fn new(
        config: NotifyConfig,
        provider: Option<String>,
        support: Option<String>,
        time_zone: jiff::tz::TimeZone,
    ) -> Result<Self, NotifyError> {
        let error = |e: String| NotifyError::Config(e);
        let mut tls = TlsParameters::builder(config.smtp_host.clone());
        if let Some(path) = &config.ca_file {
            let pem = std::fs::read(path)
                .map_err(|e| error(format!("notify.ca_file {}: {e}", path.display())))?;
            let cert =
                Certificate::from_pem(&pem).map_err(|e| error(format!("notify.ca_file: {e}")))?;
            tls = tls.add_root_certificate(cert);
        }
        let tls = tls
            .build_rustls()
            .map_err(|e| error(format!("TLS for SMTP: {e}")))?;
        let mut builder =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(config.smtp_host.as_str())
                .port(config.smtp_port)
                .timeout(Some(config.timeout))
                .tls(match config.smtp_security {
                    SmtpSecurity::Tls => Tls::Wrapper(tls),
                    SmtpSecurity::Starttls => Tls::Required(tls),
                    SmtpSecurity::Plain => Tls::None,
                });
        if let Some((user, password)) = config.credentials {
            builder = builder.credentials(Credentials::new(user, password));
        }
        Ok(Self {
            transport: builder.build(),
            from: config.from,
            security_address: config.security_address,
            provider,
            support,
            time_zone,
        })
    }

    /// Sends and logs the outcome (true: sent); never an error for the
    /// caller, whose change stands regardless.
    pub async fn notify_changed(&self, mailbox: &EmailAddress, change: &ChangeMail<'_>) -> bool {
        match self.send_changed(mailbox, change).await {
            Ok(()) => {
                tracing::info!(mailbox = %mailbox, "notification mail sent");
                true
            }
            Err(e) => {
                tracing::error!(mailbox = %mailbox, error = %e, "notification mail failed");
                false
            }
        }
    }

    async fn send_changed(
        &self,
        mailbox: &EmailAddress,
        change: &ChangeMail<'_>,
    ) -> Result<(), NotifyError> {
        let ChangeMail {
            lang,
            at,
            client_ip,
            by,
            also_to,
        } = *change;
        let t = |id: &str| lang.t(id);
        let ip = client_ip.map_or_else(|| t("mail-unknown-ip").to_owned(), |ip| ip.to_string());
        let support = match &self.support {
            Some(contact) => format!(" ({contact})"),
            None => String::new(),
        };
        let (subject_id, body_id) = match by {
            ChangedBy::Owner => ("mail-subject", "mail-body"),
            ChangedBy::Admin => ("mail-subject-admin", "mail-body-admin"),
            ChangedBy::ResetLink => ("mail-subject-reset", "mail-body-reset"),
        };
        let body = lang.f(
            body_id,
            &[
                ("mailbox", arg(mailbox.as_str())),
                ("time", arg(format_time(at, lang, &self.time_zone))),
                ("ip", arg(&ip)),
                ("support", arg(&support)),
            ],
        );
        let mut bcc: Vec<&str> = Vec::new();
        bcc.extend(also_to);
        self.send(mailbox.as_str(), &t(subject_id), body, &bcc, true)
            .await
    }

    /// A mail of ours to `to` (and, with `security`, a Bcc to the security
    /// address): the provider's name after the subject, a Message-ID.
    async fn send(
        &self,
        to: &str,
        subject: &str,
        body: String,
        bcc: &[&str],
        security: bool,
    ) -> Result<(), NotifyError> {
        let address = |text: &str| -> Result<Mailbox, NotifyError> {
            text.parse().map_err(|e| NotifyError::Build(format!("{e}")))
        };
        let subject = match &self.provider {
            Some(name) => format!("{subject} – {name}"),
            None => subject.to_owned(),
        };
        let mut message = Message::builder()
            .from(self.from.clone())
            .to(address(to)?)
            .subject(subject)
            // Mail systems score a message without one as likely spam.
            .message_id(None)
            .header(ContentType::TEXT_PLAIN);
        if let (true, Some(extra)) = (security, &self.security_address) {
            message = message.bcc(extra.clone());
        }
        for other in bcc {
            message = message.bcc(address(other)?);
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

    /// A message of the forgotten-password flow to `to`: `subject_id` and
    /// `body_id` from the catalogue, with the request's time and address
    /// besides `args`. True when it was sent.
    pub async fn send_recovery(
        &self,
        to: &str,
        lang: Lang,
        (subject_id, body_id): (&str, &str),
        args: &[(&str, crate::i18n::FluentArg<'_>)],
        at: SystemTime,
        client_ip: Option<IpAddr>,
    ) -> bool {
        let ip = client_ip.map_or_else(|| lang.t("mail-unknown-ip"), |ip| ip.to_string());
        let support = match &self.support {
            Some(contact) => format!(" ({contact})"),
            None => String::new(),
        };
        let mut all = vec![
            ("time", arg(format_time(at, lang, &self.time_zone))),
            ("ip", arg(ip)),
            ("support", arg(support)),
        ];
        all.extend(args.iter().cloned());
        let body = lang.f(body_id, &all);
        match self.send(to, &lang.t(subject_id), body, &[], false).await {
            Ok(()) => true,
            Err(e) => {
                tracing::error!(error = %e, "a mail of the forgotten-password flow failed");
                false
            }
        }
    }
}

/// The time of a change in the provider's zone, as the language writes
/// it: "26.11.2026, 15:03 Uhr (CET)", "2026-11-26 15:03 (CET)".
pub fn format_time(at: SystemTime, lang: Lang, zone: &jiff::tz::TimeZone) -> String {
    match jiff::Timestamp::try_from(at) {
        Ok(ts) => ts
            .to_zoned_datetime(zone.clone())
            .strftime(&lang.t("mail-time-format"))
            .to_string(),
        Err(_) => String::new(),
    }
}
