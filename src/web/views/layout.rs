use maud::{html, Markup, DOCTYPE};

use crate::i18n::{arg, Lang};

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
    /// The languages the operator offers, for the language menu.
    pub offered: &'a [Lang],
    /// Whether the forgotten-password flow is on (its links are shown).
    pub recovery: bool,
}

impl PageContext<'_> {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.prefix, path)
    }
}

/// The frame of every page. `errors` puts "Fehler: " in front of the title
/// (screen readers announce the title first); the title names the page and
/// the provider.
pub fn layout(ctx: &PageContext, title: &str, errors: bool, body: Markup) -> Markup {
    let t = |id: &str| ctx.lang.t(id);
    let site = ctx.provider.map_or_else(|| t("title"), str::to_owned);
    let page_title = if title == site {
        site.clone()
    } else {
        format!("{title} – {site}")
    };
    let page_title = if errors {
        ctx.lang.f("error-title", &[("title", arg(page_title))])
    } else {
        page_title
    };
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) dir=(if ctx.lang.rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                meta name="color-scheme" content="light dark";
                title { (page_title) }
                link rel="icon" href=(ctx.url("/static/favicon.svg")) type="image/svg+xml";
                link rel="stylesheet" href=(ctx.url("/static/style.css"));
                script src=(ctx.url("/static/toggle.js")) defer {}
            }
            body {
                header.site {
                    div.brand {
                        span.mark aria-hidden="true" { "✉" }
                        span { (site) }
                    }
                    (language_menu(ctx))
                }
                main.card {
                    (body)
                }
            }
        }
    }
}

/// Every offered language, named in itself; the current one is marked.
fn language_menu(ctx: &PageContext) -> Markup {
    html! {
        @if ctx.offered.len() > 1 {
            nav.lang aria-label=(ctx.lang.t("language-name")) {
                ul {
                    @for lang in ctx.offered {
                        li {
                            @if *lang == ctx.lang {
                                span aria-current="true" lang=(lang.code()) { (lang.name()) }
                            } @else {
                                a href=(format!("{}?lang={}", ctx.url(ctx.here), lang.code())) lang=(lang.code()) hreflang=(lang.code()) {
                                    (lang.name())
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
