//! mailpasswd behind real nginx running deploy/nginx.conf: TLS at nginx,
//! the service below /passwort/, forwarded headers as shipped.

use crate::support::app::{csrf_of, spawn_settings, test_settings, Page};
use crate::support::nginx::Nginx;
use crate::support::{free_port, passwd_line, Dovecot};

use crate::support::{ALICE, NEW, OLD};

#[tokio::test]
async fn flow_through_nginx_under_a_sub_path_over_https() {
    flow_through_nginx(false).await;
}

/// The same with a proxy that strips the prefix: nothing to set.
#[tokio::test]
async fn flow_through_nginx_that_strips_the_prefix() {
    flow_through_nginx(true).await;
}

async fn flow_through_nginx(strip: bool) {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let app_port = free_port();
    let nginx = if strip {
        Nginx::start_stripping(app_port)
    } else {
        Nginx::start(app_port)
    };
    let audit = dovecot.dir.path().join("audit.log");
    let public = format!("https://127.0.0.1:{}/passwort", nginx.port);
    let mut settings = test_settings(&dovecot, app_port, "/passwort");
    settings.audit.path = Some(audit.clone());
    settings.server.public_url = Some(public.parse().unwrap());
    settings.server.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    // Monitoring lives elsewhere: the browser here is "the internet".
    settings.server.internal_networks = vec!["10.0.0.0/8".parse().unwrap()];
    let _app = spawn_settings(settings, app_port, "/passwort").await;

    let browser = nginx.browser();
    let get = |path: &str| {
        let request = browser
            .get(format!("{public}{path}"))
            .header("accept-language", "de");
        async move { Page::send(request).await }
    };

    let start = get("/").await;
    assert_eq!(start.status, 200, "{}", start.body);
    assert!(start.body.contains("action=\"/passwort/login\""));
    let cookie = start
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("__Secure-mailpasswd_csrf="), "{cookie}");
    assert!(
        cookie.contains("Secure")
            && cookie.contains("Path=/passwort/")
            && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(start.headers.get("strict-transport-security").is_some());
    let csrf = csrf_of(&start.body);

    // The client claims another address; nginx replaces the header.
    let login = Page::send(
        browser
            .post(format!("{public}/login"))
            .header("x-forwarded-for", "203.0.113.66")
            .form(&[
                ("email", ALICE),
                ("password", OLD),
                ("csrf_token", csrf.as_str()),
            ]),
    )
    .await;
    assert_eq!(login.status, 303, "{}", login.body);
    assert_eq!(login.location(), format!("{public}/password"));

    let form = get("/password").await;
    assert_eq!(form.status, 200);
    let csrf = csrf_of(&form.body);
    let done = Page::send(browser.post(format!("{public}/password")).form(&[
        ("new_password", NEW),
        ("confirm_password", NEW),
        ("csrf_token", csrf.as_str()),
    ]))
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Die Änderung wird sofort aktiv"));
    assert!(dovecot.accepts(ALICE, NEW));

    let lines = std::fs::read_to_string(&audit).unwrap();
    let events: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(events.len() >= 2, "{lines}");
    for e in &events {
        assert_eq!(
            e["client_ip"], "127.0.0.2",
            "the client as nginx saw it: {e}"
        );
    }
    assert!(
        !lines.contains("203.0.113.66"),
        "a client's own X-Forwarded-For is not trusted"
    );

    // Metrics and readiness probes are not for the internet.
    assert_eq!(get("/metrics").await.status, 403);
    assert_eq!(get("/readyz").await.status, 403);
    assert_eq!(get("/healthz").await.status, 200);
    // Past nginx's rule with the prefix twice (a stripping proxy passes
    // on /passwort/metrics): the service itself does not answer the
    // internet (attack review, M2).
    for path in ["/passwort/metrics", "/passwort/readyz"] {
        let bypass = get(path).await;
        assert_eq!(bypass.status, 404, "{path}: {}", bypass.body);
    }
    let direct =
        Page::send(reqwest::Client::new().get(format!("http://127.0.0.1:{app_port}/metrics")))
            .await;
    assert_eq!(
        direct.status, 404,
        "loopback is not in internal_networks here"
    );
}
