//! Several replicas sharing Debian's redis-server (`[state] kind =
//! "redis"`), directly and behind nginx round robin: any replica serves
//! any step, a session is used once, limits count together, and a Redis
//! that is gone fails closed and is found again without a restart.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mailpasswd::change::MailboxLocks;
use mailpasswd::clock::ManualClock;
use mailpasswd::domain::{EmailAddress, MailDomains};
use mailpasswd::settings::Settings;
use mailpasswd::state::{Limits, RedisState};

use crate::support::app::{csrf_of, settings_toml, spawn_binary, spawn_settings, Page, TestApp};
use crate::support::nginx::Nginx;
use crate::support::redis::{with_shared_secret, Redis};
use crate::support::{alice_and_bob, free_port, Dovecot, ALICE, BOB, BOB_PW, NEW, OLD};

/// `n` replicas of the service against `dovecot`, sharing `redis`.
async fn replicas(dovecot: &Dovecot, redis: &Redis, n: usize) -> Vec<TestApp> {
    let mut apps = Vec::new();
    for _ in 0..n {
        let port = free_port();
        let toml = redis.replica_toml(dovecot, port, "");
        let settings = Settings::from_toml_str(&toml).unwrap();
        apps.push(spawn_settings(settings, port, "").await);
    }
    apps
}

/// The browser's session (ALICE's, opened anywhere) changes her password
/// at `app`, and Dovecot takes the new one.
async fn alices_change_is_finished_at(browser: &TestApp, app: &TestApp, dovecot: &Dovecot) {
    let page = browser.same_browser_at(app).change(NEW, NEW, "de").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(dovecot.accepts(ALICE, NEW));
}

#[tokio::test]
async fn a_login_on_one_replica_is_finished_on_another() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 2).await;
    // Both have the same server.secret, so the CSRF token of one
    // replica's page is good at the other.
    let page = apps[0].get("/", "de").await;
    let at_b = apps[0].same_browser_at(&apps[1]);
    let login = at_b
        .post_form(
            "/login",
            "de",
            &[
                ("email", ALICE),
                ("password", OLD),
                ("csrf_token", &csrf_of(&page.body)),
            ],
        )
        .await;
    assert_eq!(login.status, 303, "{}", login.body);
    alices_change_is_finished_at(&at_b, &apps[0], &dovecot).await;
    assert!(dovecot.accepts(BOB, BOB_PW));
}

#[tokio::test]
async fn one_session_sent_to_two_replicas_at_once_changes_the_password_once() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 2).await;
    assert_eq!(apps[0].login(ALICE, OLD, "de").await.status, 303);
    let form = apps[0].get("/password", "de").await;
    let csrf = csrf_of(&form.body);
    let other = "Zweites Passwort vom anderen Tab";
    let submit = |app: &TestApp, new: &'static str| {
        let request = app.client.post(app.url("/password")).form(&[
            ("new_password", new),
            ("confirm_password", new),
            ("csrf_token", csrf.as_str()),
        ]);
        async move { Page::send(request).await }
    };
    let at_b = apps[0].same_browser_at(&apps[1]);
    let (a, b) = tokio::join!(submit(&apps[0], NEW), submit(&at_b, other));
    let changed: Vec<_> = [(&a, NEW), (&b, other)]
        .into_iter()
        .filter(|(page, _)| page.status == 200)
        .collect();
    assert_eq!(changed.len(), 1, "{} / {}", a.status, b.status);
    let (_, winner) = changed[0];
    let loser = if winner == NEW { other } else { NEW };
    assert!(dovecot.accepts(ALICE, winner));
    assert!(!dovecot.accepts(ALICE, loser));
}

#[tokio::test]
async fn wrong_guesses_count_together_on_every_replica() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 3).await;
    // Five failures for Alice spread over three replicas, each from a
    // browser of its own: the mailbox's budget is spent wherever.
    for i in 0..5 {
        let browser = apps[i % 3].another_browser();
        let page = browser.login(ALICE, "falsch geraten", "de").await;
        assert_eq!(page.status, 401, "guess {i}: {}", page.body);
    }
    for app in &apps {
        let page = app.another_browser().login(ALICE, OLD, "de").await;
        assert_eq!(page.status, 429, "{}", page.body);
    }
    // Bob is another mailbox: untouched by Alice's budget.
    assert_eq!(
        apps[1]
            .another_browser()
            .login(BOB, BOB_PW, "de")
            .await
            .status,
        303
    );
    // The client's own quota (10 a minute from one address) is spent on
    // all replicas together: nine attempts so far, one more, then none.
    assert_eq!(
        apps[2]
            .another_browser()
            .login(BOB, BOB_PW, "de")
            .await
            .status,
        303
    );
    let page = apps[0].another_browser().login(BOB, BOB_PW, "de").await;
    assert_eq!(page.status, 429, "{}", page.body);
}

#[tokio::test]
async fn a_change_ends_the_mailboxs_sessions_on_every_replica() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 2).await;
    let thief = apps[1].another_browser();
    assert_eq!(thief.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(apps[0].login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(apps[0].change(NEW, NEW, "de").await.status, 200);
    // The other browser's session is gone, on the replica it used and on
    // the other one.
    for app in [&thief, &thief.same_browser_at(&apps[0])] {
        let page = app.get("/password", "de").await;
        assert_eq!(page.status, 303, "{}", page.body);
    }
    assert!(dovecot.accepts(ALICE, NEW));
}

#[tokio::test]
async fn without_redis_logins_fail_closed_and_come_back_without_a_restart() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let mut redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 2).await;
    assert_eq!(apps[0].login(ALICE, OLD, "de").await.status, 303);
    let form = apps[0].get("/password", "de").await;
    assert_eq!(form.status, 200);
    redis.halt();
    let page = apps[1].another_browser().login(BOB, BOB_PW, "de").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert!(page.body.contains("Gerade nicht möglich"), "{}", page.body);
    assert_eq!(apps[0].get("/password", "de").await.status, 503);
    let page = apps[0]
        .post_form(
            "/password",
            "de",
            &[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", &csrf_of(&form.body)),
            ],
        )
        .await;
    assert_eq!(
        page.status, 503,
        "changed without the shared state: {}",
        page.body
    );
    assert!(dovecot.accepts(ALICE, OLD));
    let ready = apps[1].readyz_becomes(503).await;
    assert!(ready.body.contains("shared state"), "{}", ready.body);
    assert_eq!(apps[1].get("/healthz", "en").await.status, 200);

    redis.resume();
    // Logins work again within 2 s of Redis answering, not after a
    // reconnect backoff (issue 27: it took 16 s).
    let back = std::time::Instant::now();
    let browser = apps[1].another_browser();
    loop {
        let page = browser.login(BOB, BOB_PW, "de").await;
        if page.status == 303 {
            break;
        }
        assert_eq!(page.status, 503, "{}", page.body);
        assert!(
            back.elapsed() < std::time::Duration::from_secs(2),
            "logins still refused {:?} after Redis came back",
            back.elapsed()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    eprintln!("logins back {:?} after Redis", back.elapsed());
    for app in &apps {
        app.readyz_becomes(200).await;
    }
    // Redis came back empty (no persistence): log in again, at a replica
    // started only now, and finish at one that saw the outage.
    let latecomer = replicas(&dovecot, &redis, 1).await;
    let browser = latecomer[0].another_browser();
    assert_eq!(browser.login(ALICE, OLD, "de").await.status, 303);
    alices_change_is_finished_at(&browser, &apps[0], &dovecot).await;
}

#[tokio::test]
async fn a_replica_killed_mid_flow_leaves_the_change_to_another() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let port = free_port();
    let config = dovecot.dir.path().join("replica.toml");
    std::fs::write(&config, redis.replica_toml(&dovecot, port, "")).unwrap();
    let (mut process, doomed) = spawn_binary(&config, port, &[], std::process::Stdio::null()).await;
    let survivors = replicas(&dovecot, &redis, 1).await;
    assert_eq!(doomed.login(ALICE, OLD, "de").await.status, 303);
    process.kill().unwrap();
    process.wait().unwrap();
    alices_change_is_finished_at(&doomed, &survivors[0], &dovecot).await;
}

/// The whole flow through nginx (deploy/nginx.conf with the upstream of
/// deploy/replicas/upstream.conf), round robin over two replicas: each
/// request may land on either.
#[tokio::test]
async fn round_robin_through_nginx() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let ports = [free_port(), free_port()];
    let nginx = Nginx::start_replicas(&ports);
    let public = format!("https://127.0.0.1:{}/passwort", nginx.port);
    let mut replicas = Vec::new();
    for port in ports {
        let toml = redis.replica_toml(&dovecot, port, "/passwort");
        let mut settings = Settings::from_toml_str(&toml).unwrap();
        settings.server.public_url = Some(public.parse().unwrap());
        settings.server.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        replicas.push(spawn_settings(settings, port, "/passwort").await);
    }
    let browser = nginx.browser();
    let before = redis.calls("getdel") + redis.calls("evalsha");
    let start = Page::send(browser.get(format!("{public}/"))).await;
    assert_eq!(start.status, 200);
    let login = Page::send(browser.post(format!("{public}/login")).form(&[
        ("email", ALICE),
        ("password", OLD),
        ("csrf_token", &csrf_of(&start.body)),
    ]))
    .await;
    assert_eq!(login.status, 303, "{}", login.body);
    let form = Page::send(browser.get(format!("{public}/password"))).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let done = Page::send(browser.post(format!("{public}/password")).form(&[
        ("new_password", NEW),
        ("confirm_password", NEW),
        ("csrf_token", &csrf_of(&form.body)),
    ]))
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(redis.calls("evalsha") + redis.calls("getdel") > before);
}

/// `rediss://` verified against the operator's CA, as a Redis ACL user
/// with only the rights the README names.
#[tokio::test]
async fn rediss_with_the_operators_ca_and_the_readmes_acl() {
    let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
    let rights = "+@read +@write +@scripting +ping";
    assert!(readme.contains("`~mailpasswd:*`") && readme.contains(rights));
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start_tls();
    let mut acl = vec!["ACL", "SETUSER", "mp", "on", ">acl-secret", "~mailpasswd:*"];
    acl.extend(rights.split(' '));
    assert!(redis.cli(&acl).contains("OK"));
    let port = free_port();
    let state = format!(
        "[state]\nkind = \"redis\"\nurl = \"rediss://mp:acl-secret@localhost:{}/0\"\nca_file = \"{}\"\n",
        redis.tls_port.unwrap(),
        redis.certs.ca_pem.display()
    );
    let settings = Settings::from_toml_str(&with_shared_secret(settings_toml(
        &dovecot, port, "", &state,
    )))
    .unwrap();
    let app = spawn_settings(settings, port, "").await;
    assert_eq!(app.get("/readyz", "en").await.status, 200);
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    assert_eq!(app.change(NEW, NEW, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, NEW));
    assert!(
        redis.cli(&["ACL", "LOG"]).trim().is_empty(),
        "{}",
        redis.cli(&["ACL", "LOG"])
    );
}

/// What Redis holds after a login: no address, no password, no session
/// token, in keys or values.
#[tokio::test]
async fn redis_holds_nothing_readable_of_the_employee() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let apps = replicas(&dovecot, &redis, 1).await;
    assert_eq!(apps[0].login(ALICE, OLD, "de").await.status, 303);
    let _ = apps[0]
        .another_browser()
        .login(BOB, "falsch geraten", "de")
        .await;
    let token = apps[0]
        .cookie("mailpasswd_session")
        .expect("a session cookie");
    let dump = redis.dump();
    assert!(dump.contains("mailpasswd:session:"), "{dump}");
    for secret in [ALICE, "alice", OLD, BOB, "127.0.0.1"] {
        assert!(
            !dump.contains(secret),
            "{secret:?} readable in Redis:\n{dump}"
        );
    }
    assert!(!dump.contains(&token), "the session token is in Redis");
}

/// The state store's rules, as the memory store keeps them, against
/// Redis: GCRA, failure budgets with checks in flight, sessions used
/// once and capped per mailbox, change locks.
#[tokio::test]
async fn redis_keeps_the_state_stores_rules() {
    let redis = Redis::start();
    let clock = Arc::new(ManualClock::new(
        SystemTime::UNIX_EPOCH + Duration::from_secs(2_000_000_000),
    ));
    let config = mailpasswd::settings::StateSettings {
        kind: mailpasswd::settings::StateKind::Redis,
        url: Some(redis.url().into()),
        ..Default::default()
    }
    .check()
    .unwrap()
    .unwrap();
    let domains = MailDomains::new(["example.org"]).unwrap();
    let state = RedisState::new(&config, clock.clone(), domains.clone(), [7; 32], 3).unwrap();

    let minute = Duration::from_secs(60);
    for i in 0..10 {
        assert!(state.take("k", 10, minute).await.unwrap().is_ok(), "{i}");
    }
    let wait = state.take("k", 10, minute).await.unwrap().unwrap_err();
    assert!(
        wait <= Duration::from_secs(6) && !wait.is_zero(),
        "{wait:?}"
    );
    clock.advance(Duration::from_secs(6));
    assert!(state.take("k", 10, minute).await.unwrap().is_ok());
    assert!(state.take("k", 10, minute).await.unwrap().is_err());

    let (window, hold) = (Duration::from_secs(900), Duration::from_secs(15));
    let mut ids = Vec::new();
    for _ in 0..5 {
        ids.push(
            state
                .reserve("a", 5, window, hold)
                .await
                .unwrap()
                .unwrap()
                .id,
        );
    }
    assert_eq!(
        state
            .reserve("a", 5, window, hold)
            .await
            .unwrap()
            .unwrap_err(),
        window
    );
    state
        .settle("a", ids[0], mailpasswd::state::Settlement::Void)
        .await
        .unwrap();
    for id in &ids[1..] {
        state
            .settle("a", *id, mailpasswd::state::Settlement::Failure)
            .await
            .unwrap();
    }
    let last = state.reserve("a", 5, window, hold).await.unwrap().unwrap();
    assert_eq!(
        (last.used, last.oldest.is_some()),
        (4, true),
        "four failures before it"
    );
    let last = last.id;
    state
        .settle("a", last, mailpasswd::state::Settlement::Failure)
        .await
        .unwrap();
    assert_eq!(
        state
            .reserve("a", 5, window, hold)
            .await
            .unwrap()
            .unwrap_err(),
        window
    );
    clock.advance(window);
    let id = state
        .reserve("a", 5, window, hold)
        .await
        .unwrap()
        .unwrap()
        .id;
    state
        .settle("a", id, mailpasswd::state::Settlement::Success)
        .await
        .unwrap();
    // An abandoned reservation counts as a failure after its hold.
    let _ = state.reserve("b", 1, window, hold).await.unwrap().unwrap();
    clock.advance(hold);
    assert_eq!(
        state
            .reserve("b", 1, window, hold)
            .await
            .unwrap()
            .unwrap_err(),
        window - hold
    );

    let alice = EmailAddress::parse(ALICE, &domains).unwrap();
    let holder = state.lock_mailbox(&alice, minute).await.unwrap().unwrap();
    assert!(state.lock_mailbox(&alice, minute).await.unwrap().is_none());
    state
        .unlock_mailbox(&alice, "not the holder")
        .await
        .unwrap();
    assert!(state.lock_mailbox(&alice, minute).await.unwrap().is_none());
    state.unlock_mailbox(&alice, &holder).await.unwrap();
    assert!(state.lock_mailbox(&alice, minute).await.unwrap().is_some());
}

/// deploy/replicas/replica.conf as a drop-in of the shipped unit used as a
/// template: systemd reads an instance of it without a complaint.
#[test]
fn the_systemd_template_drop_in_verifies() {
    let dir = crate::support::shared_tempdir();
    let unit = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/mailpasswd.service"
    ))
    .unwrap()
    .replace(
        "/usr/local/bin/mailpasswd",
        crate::support::bin().to_str().unwrap(),
    );
    std::fs::write(dir.path().join("mailpasswd@.service"), unit).unwrap();
    let drop_in = dir.path().join("mailpasswd@.service.d");
    std::fs::create_dir(&drop_in).unwrap();
    let replica = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/replicas/replica.conf"
    ))
    .unwrap();
    assert!(replica.contains("Environment=MAILPASSWD_SERVER__LISTEN=127.0.0.1:%i"));
    std::fs::write(drop_in.join("replica.conf"), replica).unwrap();
    let search_path = format!("{}:", dir.path().display());
    let verify = std::process::Command::new("systemd-analyze")
        .env("SYSTEMD_UNIT_PATH", &search_path)
        .args(["verify", "mailpasswd@8081.service"])
        .current_dir(dir.path())
        .output()
        .expect("systemd-analyze (package systemd)");
    assert!(
        verify.status.success() && verify.stderr.is_empty(),
        "{}",
        crate::support::text(&verify.stderr)
    );
}

/// A Redis that answers but refuses writes (over `maxmemory` with
/// `noeviction`, as the README advises) is not ready: `/readyz` and
/// `check-config` say so, logins fail closed, and all is well once it
/// takes writes again.
#[tokio::test]
async fn a_redis_that_refuses_writes_is_not_ready() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let redis = Redis::start();
    let port = free_port();
    let config = dovecot.dir.path().join("replica.toml");
    std::fs::write(&config, redis.replica_toml(&dovecot, port, "")).unwrap();
    let check_config = || {
        let out = std::process::Command::new(crate::support::bin())
            .args(["check-config", "--config"])
            .arg(&config)
            .output()
            .unwrap();
        (
            out.status.success(),
            crate::support::text(&out.stdout) + &crate::support::text(&out.stderr),
        )
    };
    let (ok, said) = check_config();
    assert!(
        ok && said.contains("ok: shared state (Redis) answers and takes writes"),
        "{said}"
    );
    let apps = replicas(&dovecot, &redis, 1).await;
    apps[0].readyz_becomes(200).await;

    redis.cli(&["CONFIG", "SET", "maxmemory-policy", "noeviction"]);
    redis.cli(&["CONFIG", "SET", "maxmemory", "1"]);
    let (ok, said) = check_config();
    assert!(
        !ok && said.contains("shared state:") && said.contains("OOM"),
        "{said}"
    );
    let ready = apps[0].readyz_becomes(503).await;
    assert!(ready.body.contains("shared state"), "{}", ready.body);
    assert_eq!(apps[0].login(ALICE, OLD, "de").await.status, 503);

    redis.cli(&["CONFIG", "SET", "maxmemory", "0"]);
    apps[0].readyz_becomes(200).await;
    assert_eq!(
        apps[0]
            .another_browser()
            .login(ALICE, OLD, "de")
            .await
            .status,
        303
    );
}
