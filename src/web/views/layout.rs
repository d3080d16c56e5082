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
}

impl PageContext<'_> {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path)
    }
}

pub fn layout(ctx: &PageContext, title: &str, body: Markup) -> Markup {
    let t = ctx.lang.t();
    let other = ctx.lang.other();
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                title { (title) " – " (t.title) }
                link rel="stylesheet" href=(ctx.url("/static/style.css"));
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
