//! What every handler shares: the parts, the page facts, the cookies.

use std::net::IpAddr;
use std::sync::Arc;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::HttpRequest;
use ipnet::IpNet;
use url::Url;

use super::readiness::Readiness;
use super::session::SessionStore;
use super::views::{self, Lang, PageContext};
use super::{client_ip, limits};
use crate::change::{ChangeService, Origin, Via};
use crate::domain::MailDomains;

/// Shared by all workers.
pub struct AppState {
    pub changes: Arc<ChangeService>,
    pub domains: MailDomains,
    pub sessions: SessionStore,
    /// Sessions, limits and change locks: this process's, or Redis shared
    /// by every replica.
    pub shared: Arc<dyn crate::state::StateStore>,
    pub cookies: CookieRules,
    pub public_url: Url,
    pub provider: Option<String>,
    /// What the pages show: support, webmail, the address hint's domain,
    /// the session's lifetime, the time zone of clock times.
    pub ui: UiFacts,
    /// Our proxies, their header, and the operator's own networks.
    pub peers: client_ip::Peers,
    pub login_pages: LoginPageCache,
    pub limiter: limits::Limiter,
    pub audit: Arc<crate::audit::Audit>,
    /// Signs CSRF tokens and device cookies.
    pub signer: crate::token::Signer,
    pub clock: Arc<dyn crate::clock::Clock>,
    pub readiness: Readiness,
    /// Login checks in flight, so that an identical second attempt waits
    /// for the first.
    pub logins_in_flight: super::coalesce::Coalesce<super::attempt::Attempt>,
    /// The admin API's tokens, when `admin.tokens_file` is set.
    pub admin: Option<crate::admin::AdminTokens>,
    pub admin_per_minute: u32,
    /// Where the admin API may be called from (empty: anywhere).
    pub admin_from: Vec<IpNet>,
    /// The forgotten-password flow, when it is on.
    pub recovery: Option<crate::recovery::Recovery>,
}

/// The settings the pages need, read once.
pub struct UiFacts {
    pub support: Option<String>,
    pub webmail: Option<String>,
    /// The domain in the address hint ("z. B. max.mustermann@…").
    pub hint_domain: String,
    pub session_minutes: u64,
    pub time_zone: jiff::tz::TimeZone,
    /// The languages offered, and the one for a browser that asks for none.
    pub languages: Vec<Lang>,
    pub default_language: Lang,
    /// Whether the forgotten-password flow is on.
    pub recovery: bool,
}

/// The plain login page is the same for everyone but the CSRF token: it is
/// rendered once per language, and each request only splices in its token.
pub struct LoginPageCache {
    pages: Vec<(Lang, (String, String))>,
}

impl LoginPageCache {
    const TOKEN: &'static str = "CSRFTOKENPLACEHOLDER";

    pub fn new(prefix: &str, provider: Option<&str>, ui: &UiFacts) -> Self {
        let render = |lang: Lang| {
            let ctx = PageContext {
                lang,
                prefix,
                provider,
                here: "/",
                support: ui.support.as_deref(),
                offered: &ui.languages,
                recovery: ui.recovery,
            };
            let html = views::pages::login(
                &ctx,
                &views::pages::LoginPage::plain(Self::TOKEN, &ui.hint_domain),
            )
            .into_string();
            match html.split_once(Self::TOKEN) {
                Some((head, tail)) => (head.to_owned(), tail.to_owned()),
                None => (html, String::new()),
            }
        };
        Self {
            pages: ui.languages.iter().map(|l| (*l, render(*l))).collect(),
        }
    }

    pub fn render(&self, lang: Lang, csrf: &str) -> String {
        let (head, tail) = self
            .pages
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.pages.first())
            .map_or(("", ""), |(_, (head, tail))| (head.as_str(), tail.as_str()));
        [head, csrf, tail].concat()
    }
}

/// Our cookies; each name is spelled once, here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CookieName {
    /// The login between the two steps.
    Session,
    /// The double-submit CSRF token.
    Csrf,
    /// An explicit language choice.
    Lang,
    /// A browser that logged in to a mailbox before.
    Device,
}

impl CookieName {
    fn base(self) -> &'static str {
        match self {
            CookieName::Session => "session",
            CookieName::Csrf => "csrf",
            CookieName::Lang => "lang",
            CookieName::Device => "device",
        }
    }
}

/// Names and attributes of our cookies, derived from the public URL.
#[derive(Clone)]
pub struct CookieRules {
    pub prefix: String,
    pub secure: bool,
}

impl CookieRules {
    pub fn new(public_url: &Url) -> Self {
        Self {
            prefix: public_url.path().trim_end_matches('/').to_owned(),
            secure: public_url.scheme() == "https",
        }
    }

    /// `__Host-` needs Path=/ and Secure; below a sub-path `__Secure-` is
    /// the strongest prefix the browser allows.
    pub fn name(&self, cookie: CookieName) -> String {
        let base = cookie.base();
        match (self.secure, self.prefix.is_empty()) {
            (true, true) => format!("__Host-mailpasswd_{base}"),
            (true, false) => format!("__Secure-mailpasswd_{base}"),
            (false, _) => format!("mailpasswd_{base}"),
        }
    }

    fn path(&self) -> String {
        if self.prefix.is_empty() {
            "/".to_owned()
        } else {
            format!("{}/", self.prefix)
        }
    }

    pub fn make(
        &self,
        name: CookieName,
        value: String,
        max_age: Option<CookieDuration>,
    ) -> Cookie<'static> {
        let mut cookie = Cookie::build(self.name(name), value)
            .path(self.path())
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Strict)
            .finish();
        if let Some(age) = max_age {
            cookie.set_max_age(age);
        }
        cookie
    }

    pub fn removal(&self, name: CookieName) -> Cookie<'static> {
        let mut cookie = self.make(name, String::new(), None);
        cookie.make_removal();
        cookie
    }

    pub fn read(&self, req: &HttpRequest, name: CookieName) -> Option<String> {
        let name = self.name(name);
        // Line by line and lossily, not through actix's `cookie()`: one
        // byte that is not UTF-8 in another site's cookie (a sibling
        // domain may set one) would make it read no cookie at all, and
        // lock the employee out until that cookie is cleared.
        req.headers()
            .get_all(actix_web::http::header::COOKIE)
            .find_map(|line| {
                let line = String::from_utf8_lossy(line.as_bytes());
                line.split(';')
                    .filter_map(|pair| Cookie::parse_encoded(pair.trim()).ok())
                    .find(|cookie| cookie.name() == name)
                    .map(|cookie| cookie.value().to_owned())
            })
    }
}

impl AppState {
    /// An absolute URL for a path below the prefix (for redirects): built
    /// from configuration, never from `Host` or `X-Forwarded-Host`.
    pub fn absolute(&self, path: &str) -> String {
        let base = self.public_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }

    /// A submitted address as the audit log and the logs may show it: as
    /// parsed, when it is a well-formed address of a served domain; else a
    /// keyed digest, the same for the same input (so repeated tries can
    /// still be told apart), because people type passwords into the
    /// address field and those must not land in a log.
    pub fn logged_address(&self, submitted: &str) -> String {
        use base64::Engine;
        match crate::domain::EmailAddress::parse(submitted, &self.domains) {
            Ok(mailbox) => mailbox.as_str().to_owned(),
            Err(_) => format!(
                "unparsed:{}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode(&self.signer.digest("logged-address", submitted)[..9])
            ),
        }
    }

    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        self.peers.client_ip(req)
    }

    /// Where a request comes from, for its audit and log lines and the
    /// language of its mail; a short id ties them together.
    pub fn origin(&self, req: &HttpRequest, via: Via, lang: Lang) -> Origin {
        Origin {
            via,
            client_ip: self.client_ip(req),
            request_id: crate::token::random_token()[..12].to_owned(),
            lang,
            by: None,
            also_notify: None,
        }
    }

    /// `?lang=` (the visible menu), then the cookie it sets, then the
    /// browser's wishes, among the offered languages.
    pub fn lang(&self, req: &HttpRequest) -> Lang {
        let offered = |lang: &Lang| self.ui.languages.contains(lang);
        query_lang(req)
            .filter(offered)
            .or_else(|| {
                self.cookies
                    .read(req, CookieName::Lang)
                    .and_then(|c| Lang::from_code(&c))
                    .filter(offered)
            })
            .unwrap_or_else(|| {
                Lang::negotiate_among(
                    req.headers()
                        .get("accept-language")
                        .and_then(|v| v.to_str().ok()),
                    &self.ui.languages,
                    self.ui.default_language,
                )
            })
    }

    pub fn page<'a>(&'a self, lang: Lang, here: &'a str) -> PageContext<'a> {
        PageContext {
            lang,
            prefix: &self.cookies.prefix,
            provider: self.provider.as_deref(),
            here,
            support: self.ui.support.as_deref(),
            offered: &self.ui.languages,
            recovery: self.recovery.is_some(),
        }
    }
}

fn query_lang(req: &HttpRequest) -> Option<Lang> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_code(&v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_follow_the_public_url() {
        let https_root = CookieRules::new(&Url::parse("https://mail.example.org/").unwrap());
        let cookie = https_root.make(CookieName::Session, "t".into(), None);
        assert_eq!(cookie.name(), "__Host-mailpasswd_session");
        assert_eq!(
            (cookie.secure(), cookie.http_only(), cookie.path()),
            (Some(true), Some(true), Some("/"))
        );
        assert_eq!(cookie.same_site(), Some(SameSite::Strict));
        let https_sub = CookieRules::new(&Url::parse("https://mail.example.org/passwort").unwrap());
        let cookie = https_sub.make(CookieName::Session, "t".into(), None);
        assert_eq!(cookie.name(), "__Secure-mailpasswd_session");
        assert_eq!(cookie.path(), Some("/passwort/"));
        let http = CookieRules::new(&Url::parse("http://127.0.0.1:8080/").unwrap());
        let cookie = http.make(CookieName::Session, "t".into(), None);
        assert_eq!(
            (cookie.name(), cookie.secure()),
            ("mailpasswd_session", Some(false))
        );
    }

    #[test]
    fn another_sites_unreadable_cookie_hides_none_of_ours() {
        use actix_web::http::header::{HeaderValue, COOKIE};
        use actix_web::test::TestRequest;
        let rules = CookieRules::new(&Url::parse("http://127.0.0.1:8080/").unwrap());
        let read = |lines: &[&[u8]]| {
            let mut req = TestRequest::default();
            for line in lines {
                req = req.append_header((COOKIE, HeaderValue::from_bytes(line).unwrap()));
            }
            rules.read(&req.to_http_request(), CookieName::Csrf)
        };
        let ours = Some("n0nce".to_owned());
        assert_eq!(read(&[b"name=Jos\xe9; mailpasswd_csrf=n0nce"]), ours);
        assert_eq!(read(&[b"mailpasswd_csrf=n0nce; name=Jos\xe9"]), ours);
        assert_eq!(read(&[b"name=Jos\xe9", b"mailpasswd_csrf=n0nce"]), ours);
        assert_eq!(read(&[b"a=1;  mailpasswd_csrf=n0nce ;b"]), ours);
        assert_eq!(read(&[b"name=Jos\xe9"]), None);
    }

    #[test]
    fn cached_login_page_equals_the_rendered_one() {
        let ui = UiFacts {
            support: Some("0800 <123>".to_owned()),
            webmail: None,
            hint_domain: "beispiel.de".to_owned(),
            session_minutes: 15,
            time_zone: jiff::tz::TimeZone::UTC,
            languages: Lang::ALL.to_vec(),
            default_language: Lang::De,
            recovery: false,
        };
        let cache = LoginPageCache::new("/passwort", Some("Beispiel <Hosting>"), &ui);
        for &lang in Lang::ALL {
            let ctx = PageContext {
                lang,
                prefix: "/passwort",
                provider: Some("Beispiel <Hosting>"),
                here: "/",
                support: Some("0800 <123>"),
                offered: Lang::ALL,
                recovery: false,
            };
            let token = crate::token::random_token();
            let fresh =
                views::pages::login(&ctx, &views::pages::LoginPage::plain(&token, "beispiel.de"))
                    .into_string();
            assert_eq!(cache.render(lang, &token), fresh);
            assert!(fresh.contains("Beispiel &lt;Hosting&gt;"));
        }
    }
}
