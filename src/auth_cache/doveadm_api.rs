//! Dovecot's doveadm HTTP API.

use std::time::Duration;

use async_trait::async_trait;
use base64::Engine;
use reqwest::header::{HeaderValue, AUTHORIZATION};
use url::Url;

use super::{AuthCacheFlusher, FlushError, SessionKicker};
use crate::domain::EmailAddress;

/// Dovecot's doveadm HTTP API (`doveadm_api_key`, `service doveadm {
/// inet_listener http { … } }`).
pub struct DoveadmApi {
    client: reqwest::Client,
    url: Url,
    authorization: HeaderValue,
    /// Read once from the API; a restarted Dovecot of another version
    /// means a restart here too.
    version: std::sync::OnceLock<ApiVersion>,
}

impl DoveadmApi {
    pub fn new(
        url: Url,
        api_key: &str,
        ca_file: Option<&std::path::Path>,
        timeout: Duration,
    ) -> Result<Self, FlushError> {
        let tls =
            crate::tls::client_config(ca_file).map_err(|e| FlushError::Setup(e.to_string()))?;
        let client = reqwest::Client::builder()
            .use_preconfigured_tls((*tls).clone())
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| FlushError::Setup(e.to_string()))?;
        let encoded = base64::engine::general_purpose::STANDARD.encode(api_key);
        let mut authorization = HeaderValue::from_str(&format!("X-Dovecot-API {encoded}"))
            .map_err(|_| FlushError::Setup("the API key cannot be sent".to_owned()))?;
        authorization.set_sensitive(true);
        Ok(Self {
            client,
            url,
            authorization,
            version: std::sync::OnceLock::new(),
        })
    }

    /// reqwest's own message is "error sending request"; the cause (refused,
    /// timed out, which certificate problem) is further down the chain.
    fn http_error(&self, error: reqwest::Error) -> FlushError {
        let error = error.without_url();
        let mut reason = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(cause) = source {
            reason.push_str(": ");
            reason.push_str(&cause.to_string());
            source = cause.source();
        }
        FlushError::Http {
            url: self.url.clone(),
            reason,
        }
    }

    fn check_status(status: reqwest::StatusCode) -> Result<(), FlushError> {
        match status.as_u16() {
            200 => Ok(()),
            401 | 403 => Err(FlushError::Unauthorized),
            other => Err(FlushError::Status(other)),
        }
    }
}

/// Which Dovecot answers, read from the API's list of commands: the
/// parameter `authCacheFlush` takes differs between versions, and one
/// range of versions cannot take the command at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiVersion {
    /// 2.3: `{"user": [...]}` (it still lists `directorStatus`).
    V23,
    /// 2.4.3 and later: `{"userMask": [...]}`.
    V24,
    /// 2.4.0 to 2.4.2: its doveadm process crashes on `authCacheFlush`
    /// whatever the parameters (fixed in 2.4.3, commit cb7d6d1174).
    V24Early,
}

impl ApiVersion {
    /// Judged from the command list the API returns for `GET`.
    pub fn from_command_list(list: &serde_json::Value) -> Option<Self> {
        let commands = list.as_array()?;
        let named = |name: &str| {
            commands
                .iter()
                .find(|c| c.get("command").and_then(|n| n.as_str()) == Some(name))
        };
        let flush = named("authCacheFlush")?;
        let takes = |parameter: &str| {
            flush
                .get("parameters")
                .and_then(|p| p.as_array())
                .is_some_and(|ps| {
                    ps.iter()
                        .any(|p| p.get("name").and_then(|n| n.as_str()) == Some(parameter))
                })
        };
        Some(if takes("userMask") {
            ApiVersion::V24
        } else if named("directorStatus").is_some() || named("replicatorStatus").is_some() {
            ApiVersion::V23
        } else {
            ApiVersion::V24Early
        })
    }

    pub fn describe(self) -> &'static str {
        match self {
            ApiVersion::V23 => "Dovecot 2.3",
            ApiVersion::V24 => "Dovecot 2.4.3 or later",
            ApiVersion::V24Early => "Dovecot 2.4.0 to 2.4.2",
        }
    }
}

impl DoveadmApi {
    /// The command list, and the version it shows.
    async fn version(&self) -> Result<ApiVersion, FlushError> {
        if let Some(known) = self.version.get() {
            return Ok(*known);
        }
        let response = self
            .client
            .get(self.url.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .send()
            .await
            .map_err(|e| self.http_error(e))?;
        Self::check_status(response.status())?;
        let list: serde_json::Value = response.json().await.map_err(|e| self.http_error(e))?;
        let version = ApiVersion::from_command_list(&list).ok_or_else(|| {
            FlushError::Refused(
                "the answer does not list authCacheFlush; is this the doveadm API?".to_owned(),
            )
        })?;
        let _ = self.version.set(version);
        Ok(version)
    }

    /// One command; an error whose exit code is in `fine` is no error.
    async fn run(
        &self,
        command: &str,
        parameters: serde_json::Value,
        fine: &[i64],
    ) -> Result<(), FlushError> {
        let body = serde_json::json!([[command, parameters, "mailpasswd"]]);
        let response = self
            .client
            .post(self.url.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .json(&body)
            .send()
            .await
            .map_err(|e| self.http_error(e))?;
        Self::check_status(response.status())?;
        let answer: serde_json::Value = response.json().await.map_err(|e| self.http_error(e))?;
        // [["doveadmResponse", [{"entries": "1"}], "mailpasswd"]] or
        // [["error", {"type": …, "exitCode": …}, "mailpasswd"]]
        let reply = answer.get(0);
        match reply.and_then(|r| r.get(0)).and_then(|kind| kind.as_str()) {
            Some("doveadmResponse") => Ok(()),
            Some("error") => {
                let error = reply.and_then(|r| r.get(1));
                let code = error
                    .and_then(|e| e.get("exitCode"))
                    .and_then(serde_json::Value::as_i64);
                if code.is_some_and(|c| fine.contains(&c)) {
                    Ok(())
                } else {
                    Err(FlushError::Refused(
                        error.map(|e| e.to_string()).unwrap_or_default(),
                    ))
                }
            }
            _ => Err(FlushError::Refused(format!("unexpected answer {answer}"))),
        }
    }

    fn early_24() -> FlushError {
        FlushError::Refused(
            "Dovecot 2.4.0 to 2.4.2 cannot flush the auth cache through its HTTP API (its doveadm process crashes on authCacheFlush; fixed in 2.4.3): use auth_cache.flush = \"command\" with doveadm auth cache flush, or Dovecot 2.4.3 or later"
                .to_owned(),
        )
    }
}

#[async_trait]
impl AuthCacheFlusher for DoveadmApi {
    async fn flush(&self, mailbox: &EmailAddress) -> Result<(), FlushError> {
        let parameters = match self.version().await? {
            ApiVersion::V23 => serde_json::json!({ "user": [mailbox.as_str()] }),
            ApiVersion::V24 => serde_json::json!({ "userMask": [mailbox.as_str()] }),
            ApiVersion::V24Early => return Err(Self::early_24()),
        };
        self.run("authCacheFlush", parameters, &[]).await
    }

    /// The API lists its commands to an authorised caller; `authCacheFlush`
    /// must be among them, in a version that can run it.
    async fn probe(&self) -> Result<(), FlushError> {
        match self.version().await? {
            ApiVersion::V24Early => Err(Self::early_24()),
            _ => Ok(()),
        }
    }

    /// The version is read once (one request, the first time); a Dovecot
    /// that cannot flush stops the change before anything is written.
    async fn preflight(&self) -> Result<(), FlushError> {
        match self.version().await? {
            ApiVersion::V24Early => Err(Self::early_24()),
            _ => Ok(()),
        }
    }

    async fn describe(&self) -> Option<String> {
        self.version()
            .await
            .ok()
            .map(|v| format!("the doveadm API of {}", v.describe()))
    }
}

/// `kick` with the mailbox as its one mask (2.4.1's doveadm dies on none
/// or two); Dovecot 2.3 answers exit code 68 when nobody was logged in.
#[async_trait]
impl SessionKicker for DoveadmApi {
    async fn kick(&self, mailbox: &EmailAddress) -> Result<(), FlushError> {
        self.run(
            "kick",
            serde_json::json!({ "mask": [mailbox.as_str()] }),
            &[68],
        )
        .await
    }

    async fn probe(&self) -> Result<(), FlushError> {
        self.version().await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(flush_parameters: &[&str], others: &[&str]) -> serde_json::Value {
        let mut commands: Vec<serde_json::Value> = others
            .iter()
            .map(|c| serde_json::json!({ "command": c, "parameters": [] }))
            .collect();
        commands.push(serde_json::json!({
            "command": "authCacheFlush",
            "parameters": flush_parameters
                .iter()
                .map(|p| serde_json::json!({ "name": p, "type": "array" }))
                .collect::<Vec<_>>(),
        }));
        serde_json::Value::Array(commands)
    }

    #[test]
    fn the_version_is_read_from_the_command_list() {
        let of = |v: serde_json::Value| ApiVersion::from_command_list(&v);
        assert_eq!(
            of(list(&["socketPath", "user"], &["directorStatus", "who"])),
            Some(ApiVersion::V23)
        );
        assert_eq!(
            of(list(&["socketPath", "user"], &["indexerAdd", "who"])),
            Some(ApiVersion::V24Early)
        );
        assert_eq!(
            of(list(&["socketPath", "userMask"], &["indexerAdd"])),
            Some(ApiVersion::V24)
        );
        assert_eq!(of(serde_json::json!([{ "command": "who" }])), None);
    }
}
