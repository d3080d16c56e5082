//! The service under attack, against a real Dovecot: concurrency, address
//! rotation, stale sessions, dropped connections, slow clients, forged
//! CSRF pairs. Each test names the finding it guards against.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::{Duration, Instant};

use mailpasswd::settings::{AuthMethod, Settings};

use crate::support::app::{client, csrf_of, spawn_app_with, spawn_behind_proxy, Page, TestApp};
use crate::support::{
    alice_and_bob, free_port, passwd_line, Dovecot, ALICE, BOB, BOB_PW, NEW, OLD,
};

/// Dovecot as it runs by default: each refused login waits 2 s.
const FAILURE_DELAY: &str = "auth_failure_delay = 2s\nauth_verbose = yes\n";

/// Logins Dovecot refused for `user` (from its log).
fn refused_at_dovecot(dovecot: &Dovecot, user: &str) -> usize {
    dovecot
        .log()
        .lines()
        .filter(|l| l.contains("auth failed") && l.contains(&format!("user=<{user}>")))
        .count()
}

async fn csrf_token(app: &TestApp) -> String {
    csrf_of(&app.get("/", "de").await.body)
}

/// `n` wrong passwords for `user` at once, each from its own address.
async fn parallel_guesses(app: &TestApp, user: &str, n: usize) -> Vec<u16> {
    let csrf = csrf_token(app).await;
    let guesses = (0..n).map(|i| {
        let csrf = csrf.clone();
        async move {
            app.login_from(
                format!("198.51.{}.{}", 100 + i / 250, 1 + i % 250),
                user,
                &format!("Falsches Passwort Nummer {i}"),
                &csrf,
            )
            .await
            .status
        }
    });
    futures_util::future::join_all(guesses).await
}

/// Finding 1: the per-mailbox limit was check-then-act; 300 parallel
/// guesses were all checked. Now five reach the check, whatever the
/// concurrency, and another mailbox's owner still gets in.
#[tokio::test]
async fn parallel_guesses_for_one_mailbox_get_five_checks_in_store_mode() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let audit = dovecot.dir.path().join("audit.log");
    let app = spawn_behind_proxy(&dovecot, |s| {
        s.auth.method = AuthMethod::Store;
        s.audit.path = Some(audit.clone());
    })
    .await;
    let statuses = parallel_guesses(&app, ALICE, 120).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        5,
        "{statuses:?}"
    );
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 115);
    let log = std::fs::read_to_string(&audit).unwrap();
    let rejected = log
        .lines()
        .filter(|l| l.contains("\"event\":\"login\",\"outcome\":\"rejected\""))
        .count();
    assert_eq!(rejected, 5, "{log}");
    let bob = app
        .login_from("203.0.113.9", BOB, BOB_PW, &csrf_token(&app).await)
        .await;
    assert_eq!(bob.status, 303, "{}", bob.body);
}

#[tokio::test]
async fn parallel_guesses_reach_dovecot_at_most_five_times() {
    let dovecot = Dovecot::start_with(&alice_and_bob(""), FAILURE_DELAY);
    let app = spawn_behind_proxy(&dovecot, |_| {}).await;
    let statuses = parallel_guesses(&app, ALICE, 40).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        5,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| [401, 429].contains(s)),
        "{statuses:?}"
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(refused_at_dovecot(&dovecot, ALICE), 5, "{}", dovecot.log());
}

/// Finding 2: IPv6 clients were keyed on the full /128.
#[tokio::test]
async fn ipv6_clients_are_limited_per_network() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_behind_proxy(&dovecot, |s| {
        s.rate_limit.failures_per_address = 1000;
    })
    .await;
    let csrf = csrf_token(&app).await;
    let mut statuses = Vec::new();
    for i in 0..40 {
        let ip = format!("2001:db8:7:1::{:x}", i + 1);
        statuses.push(
            app.login_from(&ip, BOB, "Falsches Passwort", &csrf)
                .await
                .status,
        );
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        10,
        "{statuses:?}"
    );
    assert_eq!(statuses[10..].iter().filter(|s| **s == 429).count(), 30);
    // The /48 around it shares four times the budget.
    let mut from_48 = Vec::new();
    for net in 2..10 {
        for host in 1..=10 {
            let ip = format!("2001:db8:7:{net:x}::{host:x}");
            from_48.push(
                app.login_from(&ip, BOB, "Falsches Passwort", &csrf)
                    .await
                    .status,
            );
        }
    }
    assert_eq!(
        from_48.iter().filter(|s| **s == 401).count(),
        30,
        "{from_48:?}"
    );
}

/// Findings 3 and 12: unknown mailboxes never reach Dovecot (nobody can
/// fill the IMAP slots with them), and a foreign domain waits as long as
/// a real refusal from the very first request.
#[tokio::test]
async fn unknown_mailboxes_and_foreign_domains_never_reach_dovecot() {
    let dovecot = Dovecot::start_with(&alice_and_bob(""), FAILURE_DELAY);
    let app = spawn_behind_proxy(&dovecot, |s| {
        s.auth.imap.max_in_flight = 4;
    })
    .await;
    let csrf = csrf_token(&app).await;
    // The first refusal without a check: Dovecot's own delay, measured
    // with a login for no mailbox and a random password.
    let started = Instant::now();
    let page = app
        .login_from("2001:db8:99::1", "alice@example.com", OLD, &csrf)
        .await;
    assert_eq!(page.status, 401);
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    let flood = (0..30).map(|i| {
        let csrf = csrf.clone();
        let app = &app;
        async move {
            app.login_from(
                format!("2001:db8:{:x}::1", 0x100 + i),
                &format!("nobody{i}@example.org"),
                "Irgendein Passwort",
                &csrf,
            )
            .await
            .status
        }
    });
    let owner = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        app.login_from("192.0.2.50", BOB, BOB_PW, &csrf)
            .await
            .status
    };
    let (statuses, owner) = tokio::join!(futures_util::future::join_all(flood), owner);
    assert!(statuses.iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(owner, 303, "a correct login is not answered busy");
    std::thread::sleep(Duration::from_millis(300));
    let log = dovecot.log();
    assert!(!log.contains("user=<nobody"), "{log}");
    assert!(!log.contains("example.com"), "{log}");
    assert_eq!(
        refused_at_dovecot(&dovecot, "mailpasswd-readiness-probe@example.org"),
        1,
        "{log}"
    );
}

/// Finding 4: in `store` mode an unknown mailbox was answered 50 times
/// faster than a wrong password. Now it verifies a decoy hash as costly
/// as a real one (a lower bound with a wide margin, not a benchmark).
#[tokio::test]
async fn store_mode_spends_a_hash_on_unknown_mailboxes_too() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_behind_proxy(&dovecot, |s| {
        s.auth.method = AuthMethod::Store;
        s.rate_limit.failures_per_address = 100;
    })
    .await;
    // Alice's hash as the provider's tools make it (`doveadm pw`, with
    // Dovecot's Argon2 cost, dearer than ours).
    let out = crate::support::dovecot::program("doveadm")
        .arg("-c")
        .arg(&dovecot.config)
        .args(["pw", "-s", "ARGON2ID", "-p", OLD])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hash = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(hash.starts_with("{ARGON2ID}$argon2id$"), "{hash}");
    std::fs::write(&dovecot.passwd, format!("{ALICE}:{hash}::::::\n")).unwrap();
    let csrf = csrf_token(&app).await;
    let mut timings = [Vec::new(), Vec::new()];
    for round in 0..6 {
        for (k, user) in [ALICE, "nobody@example.org"].iter().enumerate() {
            let started = Instant::now();
            let page = app
                .login_from(
                    format!("198.51.100.{}", round * 2 + k + 1),
                    user,
                    "Falsch Falsch",
                    &csrf,
                )
                .await;
            assert_eq!(page.status, 401);
            timings[k].push(started.elapsed());
        }
    }
    for t in &mut timings {
        t.sort();
    }
    // Medians; the 25 % band leaves room for a busy machine (measured:
    // within 10 %), an unknown mailbox verified against our own cheaper
    // decoy took a fifth of the time.
    let (wrong, unknown) = (timings[0][3].as_secs_f64(), timings[1][3].as_secs_f64());
    eprintln!("store mode: wrong password {wrong:.4} s, unknown mailbox {unknown:.4} s");
    assert!(
        (unknown / wrong - 1.0).abs() < 0.25,
        "unknown {unknown:.4} s vs wrong password {wrong:.4} s"
    );
}

/// Finding 5: a session opened with the old password survived the change.
#[tokio::test]
async fn a_change_ends_every_other_session_of_the_mailbox() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    let thief = app.another_browser();
    assert_eq!(thief.login(ALICE, OLD, "de").await.status, 303);
    let thief_csrf = csrf_of(&thief.get("/password", "de").await.body);
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    let after = dovecot.passwd_bytes();
    // The thief's session is gone: back to the login, nothing written.
    let page = thief
        .post_form(
            "/password",
            "de",
            &[
                ("new_password", "Des Diebes eigenes Passwort"),
                ("confirm_password", "Des Diebes eigenes Passwort"),
                ("csrf_token", &thief_csrf),
            ],
        )
        .await;
    assert_eq!(page.status, 401);
    assert!(
        page.body.contains("Ihre Anmeldung ist abgelaufen"),
        "{}",
        page.body
    );
    assert_eq!(dovecot.passwd_bytes(), after);
    assert!(dovecot.accepts(ALICE, NEW));
}

/// The same across processes: a change made elsewhere (here by the
/// operator's `set-password`) ends a session opened before it, because a
/// change only writes over the hash its login saw.
#[tokio::test]
async fn a_session_older_than_the_stored_password_cannot_change_it() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let port = free_port();
    let config = dovecot.dir.path().join("c.toml");
    std::fs::write(
        &config,
        crate::support::app::settings_toml(&dovecot, port, "", ""),
    )
    .unwrap();
    let app = crate::support::app::spawn_settings(Settings::load(&config).unwrap(), port, "").await;
    assert_eq!(app.login(ALICE, OLD, "en").await.status, 303);
    let set = crate::support::run_cli(
        &["set-password", "--config", config.to_str().unwrap(), ALICE],
        b"Vom Betreiber gesetztes Passwort\n",
    );
    assert!(
        set.status.success(),
        "{}",
        crate::support::text(&set.stderr)
    );
    let after = dovecot.passwd_bytes();
    let page = app.change(NEW, NEW, "en").await;
    assert_eq!(page.status, 409, "{}", page.body);
    assert!(
        page.body.contains("changed in the meantime"),
        "{}",
        page.body
    );
    assert_eq!(dovecot.passwd_bytes(), after);
    assert!(dovecot.accepts(ALICE, "Vom Betreiber gesetztes Passwort"));
}

/// Someone else writes the mailbox's password after our write and before
/// the confirming login (here the test, as an operator's tool would): the
/// confirmation fails, the restore finds neither value, and the employee
/// reads that the password was changed meanwhile (409), not "uncertain";
/// the other write stands.
#[tokio::test]
async fn a_write_by_someone_else_during_the_confirmation_stands_and_is_named() {
    // The other write must land after ours and before Dovecot's next
    // whole second lets the confirmation through; on a loaded machine the
    // test may miss that window, and then tries again.
    for _ in 0..5 {
        let dovecot = Dovecot::start(&alice_and_bob(""));
        let app = spawn_app_with(&dovecot, "", |_| {}).await;
        assert_eq!(app.login(ALICE, OLD, "en").await.status, 303);
        let before = dovecot.passwd_bytes();
        let browser = app.same_browser_at(&app);
        let change = tokio::spawn(async move { browser.change(NEW, NEW, "en").await });
        let deadline = Instant::now() + Duration::from_secs(10);
        while dovecot.passwd_bytes() == before {
            assert!(Instant::now() < deadline, "the change never wrote");
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        let theirs = "Vom Betreiber gesetztes Passwort";
        replace_passwd_file(
            &dovecot,
            &format!(
                "{}{}",
                passwd_line(ALICE, theirs, ""),
                passwd_line(BOB, BOB_PW, "")
            ),
        );
        let page = change.await.unwrap();
        assert!(dovecot.accepts(ALICE, theirs));
        if page.status == 200 {
            continue; // confirmed before the other write: window missed
        }
        assert_eq!(page.status, 409, "{}", page.body);
        assert!(
            page.body.contains("changed in the meantime"),
            "{}",
            page.body
        );
        assert!(!dovecot.accepts(ALICE, NEW));
        return;
    }
    panic!("the other write never landed between ours and the confirmation");
}

/// Writes `content` over the passwd-file at once (a new file renamed over
/// it), as a careful tool does, with an mtime past the old one's so that
/// Dovecot's once-a-second check sees a new file.
fn replace_passwd_file(dovecot: &Dovecot, content: &str) {
    let old = std::fs::metadata(&dovecot.passwd)
        .and_then(|m| m.modified())
        .unwrap();
    let next = dovecot.passwd.with_extension("next");
    std::fs::write(&next, content).unwrap();
    let file = std::fs::File::options().write(true).open(&next).unwrap();
    file.set_modified(old.max(std::time::SystemTime::now()) + Duration::from_secs(2))
        .unwrap();
    std::fs::rename(&next, &dovecot.passwd).unwrap();
}

/// Finding 6: a TCP reset mid-change dropped the handler after the write.
/// Now the change runs to its end: confirmed, audited, mailed.
#[tokio::test]
async fn a_change_finishes_when_the_client_resets_the_connection() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let smtp = crate::support::smtp::SmtpSink::start();
    let audit = dovecot.dir.path().join("audit.log");
    let app = spawn_app_with(&dovecot, "", |s| {
        s.audit.path = Some(audit.clone());
        s.notify = mailpasswd::settings::NotifySettings {
            enabled: true,
            smtp_host: "127.0.0.1".to_owned(),
            smtp_port: Some(smtp.port),
            smtp_security: mailpasswd::settings::SmtpSecurity::Plain,
            from: "Passwort-Service <noreply@example.org>".to_owned(),
            ..Default::default()
        };
    })
    .await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    let cookies = format!(
        "mailpasswd_csrf={}; mailpasswd_session={}",
        app.cookie("mailpasswd_csrf").unwrap(),
        app.cookie("mailpasswd_session").unwrap()
    );
    let body = format!(
        "new_password={n}&confirm_password={n}&csrf_token={csrf}",
        n = NEW.replace(' ', "+").replace('ü', "%C3%BC")
    );
    let mut stream = TcpStream::connect(("127.0.0.1", app.port)).unwrap();
    write!(
        stream,
        "POST /password HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookies}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(150));
    // SO_LINGER 0: closing sends a reset, not a FIN.
    socket2::SockRef::from(&stream)
        .set_linger(Some(Duration::ZERO))
        .unwrap();
    drop(stream);
    let deadline = Instant::now() + Duration::from_secs(15);
    while !std::fs::read_to_string(&audit)
        .unwrap_or_default()
        .contains("\"event\":\"notification\"")
    {
        assert!(
            Instant::now() < deadline,
            "{}",
            std::fs::read_to_string(&audit).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let log = std::fs::read_to_string(&audit).unwrap();
    assert!(
        log.contains("\"event\":\"change\",\"outcome\":\"changed\""),
        "{log}"
    );
    assert!(
        log.contains("\"event\":\"notification\",\"outcome\":\"sent\""),
        "{log}"
    );
    assert!(dovecot.accepts(ALICE, NEW));
    assert_eq!(smtp.wait_for(1).len(), 1);
}

/// Finding 8: a body trickling in one byte at a time held its connection
/// for as long as the client liked; enough of them took every file
/// descriptor. Now the body has a deadline and connections are capped.
#[tokio::test]
async fn slow_bodies_are_cut_off_and_the_page_keeps_answering() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |s| {
        s.server.request_timeout_secs = 2;
        s.server.max_connections = 32;
    })
    .await;
    let started = Instant::now();
    let mut slow = TcpStream::connect(("127.0.0.1", app.port)).unwrap();
    write!(
        slow,
        "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nem"
    )
    .unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut writer = slow.try_clone().unwrap();
    std::thread::spawn(move || {
        for _ in 0..30 {
            std::thread::sleep(Duration::from_millis(500));
            if writer.write_all(b"a").is_err() {
                break;
            }
        }
    });
    let trickle = std::thread::spawn(move || {
        let mut answer = Vec::new();
        let _ = slow.read_to_end(&mut answer);
        answer
    });
    // (Off the test's runtime, which the service's accept loop shares.)
    let port = app.port;
    let hogs = tokio::task::spawn_blocking(move || {
        let hogs: Vec<TcpStream> = (0..150)
            .filter_map(|_| TcpStream::connect(("127.0.0.1", port)).ok())
            .collect();
        for mut hog in &hogs {
            let _ =
                hog.write_all(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\nx");
        }
        hogs
    })
    .await
    .unwrap();
    let page = Page::send(client().get(app.url("/")).timeout(Duration::from_secs(60))).await;
    assert_eq!(page.status, 200);
    let answer = tokio::task::spawn_blocking(move || trickle.join().unwrap())
        .await
        .unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        started.elapsed() < Duration::from_secs(14),
        "{:?}",
        started.elapsed()
    );
    drop(hogs);
}

/// Finding 9: four failures from elsewhere locked the owner out. A browser
/// that logged in to the mailbox before has its own budget; any other
/// gets a page that says mail keeps working and when to try again.
#[tokio::test]
async fn failures_from_elsewhere_do_not_lock_out_a_known_browser() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_behind_proxy(&dovecot, |_| {}).await;
    // The owner's browser logged in last week.
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert!(app.cookie("mailpasswd_device").is_some());
    let attacker = app.another_browser();
    let csrf = csrf_token(&attacker).await;
    for n in 0..5 {
        let page = attacker
            .login_from(format!("203.0.113.{n}"), ALICE, "Geraten", &csrf)
            .await;
        assert_eq!(page.status, 401);
    }
    let limited = attacker.login_from("203.0.113.77", ALICE, OLD, &csrf).await;
    assert_eq!(limited.status, 429);
    assert!(limited
        .body
        .contains("E-Mail-Programme und Webmail funktionieren weiter"));
    // The owner, from the browser the cookie is in, gets in at once.
    let own_csrf = csrf_token(&app).await;
    let page = app
        .login_from("198.51.100.200", ALICE, OLD, &own_csrf)
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
}

/// Finding 10: a self-made CSRF pair passed, also from a foreign origin.
#[tokio::test]
async fn forged_csrf_pairs_and_foreign_origins_are_refused() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    let before = dovecot.passwd_bytes();
    let post = |cookie: String, token: String, origin: Option<&'static str>| {
        let mut request = client()
            .post(app.url("/login"))
            .header("cookie", cookie)
            .form(&[("email", ALICE), ("password", OLD), ("csrf_token", &token)]);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        Page::send(request)
    };
    let made_up = "x".repeat(43);
    let page = post(format!("mailpasswd_csrf={made_up}"), made_up.clone(), None).await;
    assert_eq!(page.status, 403);
    // A real pair, sent from another site.
    let token = csrf_token(&app).await;
    let nonce = app.cookie("mailpasswd_csrf").unwrap();
    for origin in ["https://evil.example.net", "http://127.0.0.1:1"] {
        let page = post(
            format!("mailpasswd_csrf={nonce}"),
            token.clone(),
            Some(origin),
        )
        .await;
        assert_eq!(page.status, 403, "{origin}");
    }
    let referer = client()
        .post(app.url("/login"))
        .header("cookie", format!("mailpasswd_csrf={nonce}"))
        .header("referer", "https://evil.example.net/form")
        .form(&[("email", ALICE), ("password", OLD), ("csrf_token", &token)]);
    assert_eq!(Page::send(referer).await.status, 403);
    assert_eq!(dovecot.passwd_bytes(), before);
    // The same pair from our own origin is fine.
    let ours: &'static str = Box::leak(app.url("").into_boxed_str());
    let page = post(format!("mailpasswd_csrf={nonce}"), token, Some(ours)).await;
    assert_eq!(page.status, 303, "{}", page.body);
}

/// Finding 11: a numeric secret from the environment was parsed as a
/// number, refused, and printed.
#[test]
fn secrets_from_the_environment_are_strings_and_never_echoed() {
    let dir = crate::support::shared_tempdir();
    let config = dir.path().join("c.toml");
    std::fs::write(
        &config,
        "[mail]\ndomains = [\"example.org\"]\n[auth]\nmethod = \"store\"\n[store]\nkind = \"passwd-file\"\npath = \"/nonexistent/users\"\n\
         [notify]\nenabled = true\nsmtp_host = \"127.0.0.1\"\nsmtp_security = \"plain\"\nsmtp_username = \"u\"\nfrom = \"a@example.org\"\n",
    )
    .unwrap();
    let run = |env: &[(&str, &str)]| {
        let out = crate::support::run_cli_env(
            &["check-config", "--config", config.to_str().unwrap()],
            b"",
            env,
        );
        (
            out.status.code(),
            crate::support::text(&out.stdout) + &crate::support::text(&out.stderr),
        )
    };
    let (code, text) = run(&[("MAILPASSWD_NOTIFY__SMTP_PASSWORD", "73915566")]);
    assert_ne!(code, Some(78), "{text}");
    assert!(text.contains("ok: "), "the configuration parses: {text}");
    assert!(!text.contains("73915566"), "{text}");
    let (code, text) = run(&[
        ("MAILPASSWD_NOTIFY__SMTP_PASSWORD", "73915566"),
        ("MAILPASSWD_SERVER__SECRET", "123456789"),
    ]);
    assert_eq!(code, Some(78), "{text}");
    assert!(
        text.contains("server.secret must have at least 32 characters"),
        "{text}"
    );
    assert!(
        !text.contains("123456789") && !text.contains("73915566"),
        "{text}"
    );
}

/// From reading the code: `/readyz` was public, unthrottled, and each call
/// used an IMAP slot and created a file next to the passwd-file.
#[tokio::test]
async fn readyz_answers_from_a_cached_probe_and_creates_nothing() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = spawn_app_with(&dovecot, "", |_| {}).await;
    let dir = dovecot.passwd.parent().unwrap().to_owned();
    let files_before = std::fs::read_dir(&dir).unwrap().count();
    // The harness's own port checks are logged a moment after they happen.
    std::thread::sleep(Duration::from_millis(300));
    let log_before = dovecot.log().len();
    for _ in 0..50 {
        assert_eq!(app.get("/readyz", "en").await.status, 200);
    }
    std::thread::sleep(Duration::from_millis(300));
    let log = dovecot.log();
    let probes = log[log_before..]
        .lines()
        .filter(|l| l.contains("no auth attempts") && !l.contains("handshaking"))
        .count();
    assert!(
        probes == 1,
        "{probes} IMAP connections for 50 calls:\n{}",
        &log[log_before..]
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), files_before);
}

/// Finding 7: the systemd unit could not write with its own layout. Run
/// `set-password` as the unit's user and group, with the unit's (empty)
/// capability set, against the layout the unit's comments describe; then
/// Dovecot, as its own user, reads the new password.
#[tokio::test]
async fn the_systemd_units_user_can_write_its_layout_without_capabilities() {
    let unit = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/mailpasswd.service"
    ))
    .unwrap();
    assert!(unit.contains("\nCapabilityBoundingSet=\n"), "{unit}");
    assert!(unit.contains("\nGroup=dovecot\n"));
    // The unit as systemd reads it (with the binary where it is built).
    let dir = crate::support::shared_tempdir();
    let copy = dir.path().join("mailpasswd.service");
    std::fs::write(
        &copy,
        unit.replace(
            "/usr/local/bin/mailpasswd",
            crate::support::bin().to_str().unwrap(),
        ),
    )
    .unwrap();
    let verify = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&copy)
        .output()
        .expect("systemd-analyze (package systemd)");
    assert!(
        verify.status.success() && verify.stderr.is_empty(),
        "{}",
        crate::support::text(&verify.stderr)
    );

    let dovecot = Dovecot::start(&alice_and_bob(""));
    let gid = crate::support::dovecot::group_id("dovecot");
    let uid = 64123u32;
    let store_dir = dovecot.passwd.parent().unwrap();
    std::os::unix::fs::chown(store_dir, Some(uid), Some(gid)).unwrap();
    crate::support::set_mode(store_dir, 0o750);
    std::os::unix::fs::chown(&dovecot.passwd, Some(uid), Some(gid)).unwrap();
    crate::support::set_mode(&dovecot.passwd, 0o640);
    let config = dir.path().join("c.toml");
    std::fs::write(
        &config,
        crate::support::app::settings_toml(&dovecot, free_port(), "", ""),
    )
    .unwrap();
    crate::support::set_mode(&config, 0o644);
    let mut child = std::process::Command::new("setpriv")
        .args([
            &format!("--reuid={uid}"),
            &format!("--regid={gid}"),
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
        ])
        .arg(crate::support::bin())
        .args(["set-password", "--config", config.to_str().unwrap(), ALICE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(NEW.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        crate::support::text(&out.stderr)
    );
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(&dovecot.passwd).unwrap();
    assert_eq!(
        (meta.uid(), meta.gid(), meta.mode() & 0o777),
        (uid, gid, 0o640)
    );
    assert!(dovecot.accepts(ALICE, NEW));
}

/// Dovecot's auth penalty grows with each failed login from one address
/// (up to 15 s). An employee who mistyped three times and then gets it
/// right is logged in, slowly, not told the mail server is down.
#[tokio::test]
async fn typos_then_the_right_password_log_in_despite_dovecots_penalty() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let port = free_port();
    // The default IMAP budget, not the tests' short one.
    let toml = crate::support::app::settings_toml(&dovecot, port, "", "").replacen(
        "timeout_secs = 5\n",
        "",
        1,
    );
    let settings = Settings::from_toml_str(&toml).unwrap();
    assert!(settings.auth.imap.timeout_secs >= 17);
    let app = crate::support::app::spawn_settings(settings, port, "").await;
    for typo in [
        "Altes Passwort 2024",
        "Altes Pasword 2025",
        "Altes Passwort 2O25",
    ] {
        assert_eq!(app.login(ALICE, typo, "de").await.status, 401);
    }
    let started = Instant::now();
    let page = app.login(ALICE, OLD, "de").await;
    assert_eq!(
        page.status,
        303,
        "after {:?}: {}",
        started.elapsed(),
        page.body
    );
}
