//! Dovecot's doveadm HTTP API.

use std::time::Duration;

use async_trait::async_trait;
use base64::Engine;
use reqwest::header::{HeaderValue, AUTHORIZATION};
use url::Url;

use super::{AuthCacheFlusher, FlushError};
use crate::domain::EmailAddress;

/// Dovecot's doveadm HTTP API (`doveadm_api_key`, `service doveadm {
/// inet_listener http { … } }`).
pub struct DoveadmApi {
    client: reqwest::Client,
    url: Url,
    authorization: HeaderValue,
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

#[async_trait]
impl AuthCacheFlusher for DoveadmApi {
    async fn flush(&self, mailbox: &EmailAddress) -> Result<(), FlushError> {
        let body = serde_json::json!([[
            "authCacheFlush",
            { "user": [mailbox.as_str()] },
            "mailpasswd"
        ]]);
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
        match answer
            .get(0)
            .and_then(|reply| reply.get(0))
            .and_then(|kind| kind.as_str())
        {
            Some("doveadmResponse") => Ok(()),
            Some("error") => Err(FlushError::Refused(
                answer[0].get(1).map(|e| e.to_string()).unwrap_or_default(),
            )),
            _ => Err(FlushError::Refused(format!("unexpected answer {answer}"))),
        }
    }

    /// The API lists its commands to an authorised caller; `authCacheFlush`
    /// must be among them.
    async fn probe(&self) -> Result<(), FlushError> {
        let response = self
            .client
            .get(self.url.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .send()
            .await
            .map_err(|e| self.http_error(e))?;
        Self::check_status(response.status())?;
        let text = response.text().await.map_err(|e| self.http_error(e))?;
        if text.contains("\"authCacheFlush\"") {
            Ok(())
        } else {
            Err(FlushError::Refused(
                "the answer does not list authCacheFlush; is this the doveadm API?".to_owned(),
            ))
        }
    }
}
