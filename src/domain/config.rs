//! The `[mail]` section.

use serde::Deserialize;

use super::MailDomains;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// Only addresses in these domains are accepted.
    pub domains: Vec<String>,
}

impl MailSettings {
    /// The served domains, or every problem with the list.
    pub fn check(&self) -> Result<MailDomains, Vec<String>> {
        let mut problems = Vec::new();
        if self.domains.is_empty() {
            problems.push("mail.domains must list at least one domain".to_owned());
        }
        for domain in &self.domains {
            if let Err(e) = MailDomains::check_domain(domain) {
                problems.push(format!("mail.domains: {e}"));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        MailDomains::new(&self.domains).map_err(|e| vec![format!("mail.domains: {e}")])
    }
}
