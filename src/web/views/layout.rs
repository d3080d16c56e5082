use maud::{html, Markup, DOCTYPE};

use crate::i18n::Lang;

/// What every page needs to know about where and for whom it renders.
pub struct PageContext<'a> {
    pub lang: Lang,
    /// The path prefix from `server.public_url` ("" or "/passwort").
    pub prefix: &'a str,
    /// The provider's name for the header, if configured.
    pub provider: Option<&'a str>,
    /// Where the language switch should lead (a GET route below the prefix).
    pub here: &'a str,
    /// How to reach support (`ui.support_contact`), named where help is needed.
    pub support: Option<&'a str>,
}

impl PageContext<'_> {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path)
    }
}

/// The frame of every page. `errors` puts "Fehler: " in front of the title
/// (screen readers announce the title first).
pub fn layout(ctx: &PageContext, title: &str, errors: bool, body: Markup) -> Markup {
    let t = ctx.lang.t();
    let other = ctx.lang.other();
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                meta name="color-scheme" content="light dark";
                title {
                    @if errors { (t.error_title_prefix) }
                    (title) " – " (t.title)
                }
                link rel="icon" href=(ctx.url("/static/favicon.svg")) type="image/svg+xml";
                link rel="stylesheet" href=(ctx.url("/static/style.css"));
                script src=(ctx.url("/static/toggle.js")) defer {}
            }
            body {
                header.site {
                    div.brand {
                        span.mark aria-hidden="true" { "✉" }
                        span { (ctx.provider.unwrap_or(t.title)) }
                    }
                    nav.lang aria-label=(t.language_name) {
                        a href=(format!("{}?lang={}", ctx.url(ctx.here), other.code())) lang=(other.code()) hreflang=(other.code()) {
                            (other.t().switch_to)
                        }
                    }
                }
                main.card {
                    (body)
                }
            }
        }
    }
}
