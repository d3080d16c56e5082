//! The customer menu's keys: admin API tokens, each scoped to a customer's
//! domains and to the actions it may take, from a file the provider's
//! panel writes. Only each token's SHA-256 is stored; the file is re-read
//! when it changes, and a file that does not parse keeps the last good
//! set (and says so in the log, `/readyz` and `check-config`).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::domain::{EmailAddress, MailDomains};

pub mod config;

pub use config::AdminSettings;

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    SetPassword,
    ResetLink,
    EndSessions,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::SetPassword => "set-password",
            Action::ResetLink => "reset-link",
            Action::EndSessions => "end-sessions",
        }
    }

    pub const ALL: [Action; 3] = [Action::SetPassword, Action::ResetLink, Action::EndSessions];
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokensFile {
    #[serde(default)]
    token: Vec<TokenEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenEntry {
    name: String,
    sha256: String,
    domains: Vec<String>,
    allow: Vec<Action>,
}

/// A token as checked: its digest, scope and name.
#[derive(Debug, Clone)]
struct Token {
    name: String,
    digest: [u8; 32],
    domains: Vec<String>,
    allow: Vec<Action>,
}

/// The tokens as last read, and when.
struct Loaded {
    stamp: Option<(SystemTime, u64)>,
    tokens: Vec<Token>,
    /// Why the file as it is now is not in use.
    problem: Option<String>,
}

pub struct AdminTokens {
    path: PathBuf,
    domains: MailDomains,
    loaded: Mutex<Loaded>,
}

impl AdminTokens {
    /// The tokens of `path`; a file that does not parse yields no token
    /// (every request 401) and names the problem.
    pub fn new(path: &Path, domains: &MailDomains) -> Self {
        let tokens = Self {
            path: path.to_owned(),
            domains: domains.clone(),
            loaded: Mutex::new(Loaded {
                stamp: None,
                tokens: Vec::new(),
                problem: None,
            }),
        };
        tokens.refresh();
        tokens
    }

    /// Re-reads the file when its modification time or size changed.
    fn refresh(&self) {
        let stamp = std::fs::metadata(&self.path)
            .ok()
            .map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()));
        let mut loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        if stamp.is_some() && stamp == loaded.stamp {
            return;
        }
        loaded.stamp = stamp;
        match read_tokens(&self.path, &self.domains) {
            Ok(tokens) => {
                if loaded.problem.is_some() || !loaded.tokens.is_empty() {
                    tracing::info!(path = %self.path.display(), tokens = tokens.len(), "admin tokens re-read");
                }
                loaded.tokens = tokens;
                loaded.problem = None;
            }
            Err(problem) => {
                tracing::error!(path = %self.path.display(), %problem, "admin tokens file not used; the last good set stays");
                loaded.problem = Some(problem);
            }
        }
    }

    /// Why the file as it is now is not in use, if it is not.
    pub fn problem(&self) -> Option<String> {
        self.refresh();
        let loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        loaded
            .problem
            .as_ref()
            .map(|p| format!("admin.tokens_file {}: {p}", self.path.display()))
    }

    /// For `/readyz`: only a file that never gave a usable token set (a
    /// broken edit keeps the last good set, and a typo must not take every
    /// replica out of the load balancer); the details are for the log and
    /// `check-config`.
    pub fn readiness_problem(&self) -> Option<String> {
        self.refresh();
        let loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        (loaded.problem.is_some() && loaded.tokens.is_empty()).then(|| {
            "admin.tokens_file is not usable (the log and check-config say why)".to_owned()
        })
    }

    /// Our token `bearer`, if it is one. Every token's digest is
    /// compared, in constant time.
    pub fn identify(&self, bearer: Option<&str>) -> Option<Grant> {
        self.refresh();
        let bearer = bearer.filter(|b| !b.is_empty())?;
        let digest: [u8; 32] = Sha256::digest(bearer.as_bytes()).into();
        let loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        let mut found = None;
        for token in &loaded.tokens {
            if bool::from(token.digest.ct_eq(&digest)) {
                found = Some(token);
            }
        }
        found.map(|token| Grant {
            name: token.name.clone(),
            domains: token.domains.clone(),
            allow: token.allow.clone(),
        })
    }
}

/// What a token presented with a request may do.
#[derive(Debug, Clone)]
pub struct Grant {
    pub name: String,
    domains: Vec<String>,
    allow: Vec<Action>,
}

impl Grant {
    /// Whether it may take `action` on `mailbox` (a domain of its own).
    pub fn permits(&self, mailbox: &EmailAddress, action: Action) -> bool {
        self.allow.contains(&action) && self.domains.iter().any(|d| d == mailbox.domain())
    }
}

/// The tokens of the file, or what is wrong with it.
fn read_tokens(path: &Path, served: &MailDomains) -> Result<Vec<Token>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let file: TokensFile = toml_edit_free_parse(&text)?;
    let mut tokens = Vec::new();
    let mut problems = Vec::new();
    for (i, entry) in file.token.into_iter().enumerate() {
        let at = format!("token {} ({:?})", i + 1, entry.name);
        let digest = parse_hex(&entry.sha256);
        if entry.name.trim().is_empty() {
            problems.push(format!("{at}: name is empty"));
        }
        if digest.is_none() {
            problems.push(format!("{at}: sha256 must be 64 hex digits"));
        }
        if entry.domains.is_empty() {
            problems.push(format!("{at}: domains is empty"));
        }
        for domain in &entry.domains {
            if !served.iter().any(|d| d == domain) {
                problems.push(format!("{at}: {domain} is not in mail.domains"));
            }
        }
        if entry.allow.is_empty() {
            problems.push(format!("{at}: allow is empty"));
        }
        if tokens.iter().any(|t: &Token| t.name == entry.name) {
            problems.push(format!("{at}: the name is used twice"));
        }
        if let Some(digest) = digest {
            tokens.push(Token {
                name: entry.name,
                digest,
                domains: entry.domains,
                allow: entry.allow,
            });
        }
    }
    if problems.is_empty() {
        Ok(tokens)
    } else {
        Err(problems.join("; "))
    }
}

/// The file through figment's TOML reader, as the configuration is read.
fn toml_edit_free_parse(text: &str) -> Result<TokensFile, String> {
    use figment::providers::{Format, Toml};
    figment::Figment::from(Toml::string(text))
        .extract()
        .map_err(|e| e.to_string())
}

fn parse_hex(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// A new token (256 random bits) and the `[[token]]` block that admits it.
pub fn new_token(name: &str, domains: &[String], allow: &[Action]) -> (String, String) {
    let token = crate::token::random_token();
    let digest: String = Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let quoted = |items: Vec<String>| {
        items
            .iter()
            .map(|i| format!("{i:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let block = format!(
        "[[token]]\nname = {name:?}\nsha256 = \"{digest}\"\ndomains = [{}]\nallow = [{}]\n",
        quoted(domains.to_vec()),
        quoted(allow.iter().map(|a| a.name().to_owned()).collect())
    );
    (token, block)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains() -> MailDomains {
        MailDomains::new(["example.org", "kunde.de"]).unwrap()
    }

    fn mailbox(address: &str) -> EmailAddress {
        EmailAddress::parse(address, &domains()).unwrap()
    }

    #[test]
    fn a_token_acts_within_its_domains_and_actions_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.toml");
        let (token, block) = new_token(
            "kundenmenue-4711",
            &["kunde.de".to_owned()],
            &[Action::SetPassword],
        );
        assert!(token.len() >= 43, "256 bits");
        std::fs::write(&path, &block).unwrap();
        let tokens = AdminTokens::new(&path, &domains());
        assert_eq!(tokens.problem(), None);
        let max = mailbox("max@kunde.de");
        let grant = tokens.identify(Some(&token)).unwrap();
        assert_eq!(grant.name, "kundenmenue-4711");
        assert!(grant.permits(&max, Action::SetPassword));
        assert!(!grant.permits(&mailbox("max@example.org"), Action::SetPassword));
        assert!(!grant.permits(&max, Action::ResetLink));
        assert!(tokens.identify(Some("guessed")).is_none());
        assert!(tokens.identify(Some(&token[1..])).is_none());
        assert!(tokens.identify(None).is_none());
        assert!(!std::fs::read_to_string(&path).unwrap().contains(&token));
    }

    #[test]
    fn a_broken_file_keeps_the_last_good_set_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens.toml");
        let (token, block) = new_token("panel", &["example.org".to_owned()], &Action::ALL);
        std::fs::write(&path, &block).unwrap();
        let tokens = AdminTokens::new(&path, &domains());
        let alice = mailbox("alice@example.org");
        let may_end = |t: &str| {
            tokens
                .identify(Some(t))
                .is_some_and(|g| g.permits(&alice, Action::EndSessions))
        };
        assert!(may_end(&token));
        std::fs::write(&path, format!("{block}[[token]]\nname = \"x\"\n")).unwrap();
        let problem = tokens.problem().unwrap();
        assert!(problem.contains("admin.tokens_file"), "{problem}");
        assert!(may_end(&token));
        // A domain not served is named, and the file is not used.
        let (other, block) = new_token("other", &["fremd.de".to_owned()], &Action::ALL);
        std::fs::write(&path, block).unwrap();
        assert!(tokens
            .problem()
            .unwrap()
            .contains("fremd.de is not in mail.domains"));
        assert!(!may_end(&other));
        // Fixed: the new set applies without a restart.
        let (fixed, block) = new_token("fixed", &["example.org".to_owned()], &Action::ALL);
        std::fs::write(&path, format!("{block}\n")).unwrap();
        assert_eq!(tokens.problem(), None);
        assert!(may_end(&fixed));
        assert!(!may_end(&token));
    }
}
