//! The password policy's guessability estimate and the breached-password
//! check, through the page, the JSON API and the CLI, against a real
//! Dovecot; the range API is real nginx serving files made from the same
//! corpus as the downloaded list.

use std::io::Write;
use std::path::{Path, PathBuf};

use mailpasswd::settings::Settings;
use sha1::{Digest, Sha1};

use crate::support::app::{spawn_app_with, TestApp};
use crate::support::nginx::Nginx;
use crate::support::{alice_and_bob, assert_refused, Dovecot, ALICE, OLD};

/// A strong passphrase that a breach made public.
const LEAKED: &str = "Leuchtturm Möwe Strandkorb 42";
/// Another strong one, in no list.
const FRESH: &str = "Briefkasten Zimtstern Kletterwand";

fn sha1_hex(text: &str) -> String {
    Sha1::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

/// The downloader's single file: `lines` hashes plus those of `listed`,
/// sorted, `HASH:COUNT` with CRLF line ends.
fn corpus(dir: &Path, listed: &[&str], lines: u32) -> (PathBuf, Vec<String>) {
    let mut hashes: Vec<String> = (0..lines)
        .map(|i| sha1_hex(&format!("corpus entry {i}")))
        .chain(listed.iter().map(|p| sha1_hex(p)))
        .collect();
    hashes.sort();
    let path = dir.join("pwned-passwords-sha1.txt");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for (i, hash) in hashes.iter().enumerate() {
        write!(file, "{hash}:{}\r\n", i % 97 + 1).unwrap();
    }
    file.flush().unwrap();
    (path, hashes)
}

/// Per-prefix files for the given passwords' prefixes (and the two the
/// probe reads), as the downloader's directory mode or, below `range/`,
/// as the range API answers them: with padding lines of count 0 after
/// the real ones.
fn range_files(dir: &Path, hashes: &[String], passwords: &[&str], padding: bool) {
    let mut prefixes: Vec<String> = passwords
        .iter()
        .map(|p| sha1_hex(p)[..5].to_owned())
        .collect();
    prefixes.extend(["00000".to_owned(), "FFFFF".to_owned()]);
    std::fs::create_dir_all(dir).unwrap();
    for prefix in prefixes {
        let mut body: Vec<String> = hashes
            .iter()
            .filter(|h| h.starts_with(&prefix))
            .map(|h| format!("{}:{}", &h[5..], 3))
            .collect();
        if padding {
            body.extend(
                (0..150).map(|i| format!("{}:0", &sha1_hex(&format!("pad {prefix} {i}"))[5..])),
            );
        }
        std::fs::write(dir.join(format!("{prefix}.txt")), body.join("\r\n")).unwrap();
    }
}

/// How many lookups found a password listed, in this process so far.
async fn listed_count(app: &TestApp) -> u64 {
    let metrics = app.get("/metrics", "en").await.body;
    metrics
        .lines()
        .find_map(|l| l.strip_prefix("mailpasswd_breached_checks_total{outcome=\"listed\"} "))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

async fn logged_in(dovecot: &Dovecot, edit: impl FnOnce(&mut Settings)) -> TestApp {
    let app = spawn_app_with(dovecot, "", edit).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    app
}

#[tokio::test]
async fn guessable_passwords_are_refused_with_a_reason() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let app = logged_in(&dovecot, |_| {}).await;
    let before = dovecot.passwd_bytes();
    for (password, reason) in [
        ("hallohallohallo", "Es wiederholt sich, wie „hallohallo“"),
        ("aaaaaaaaaaaaaaaa", "Es wiederholt sich"),
        ("passwort1234567", "häufig benutzten Passwort"),
        ("Sonnenschein12345", "Ein einzelnes Wort mit Ziffern"),
        ("alice1990alice1990", "leicht zu erraten"),
    ] {
        let page = app.change(password, password, "de").await;
        assert_refused(&page, 422, reason, &before, &dovecot.passwd_bytes());
        assert!(
            page.body
                .contains("mehrere zufällige Wörter, die nichts miteinander zu tun haben"),
            "{}",
            page.body
        );
    }
    // The JSON API names the rule by its code.
    let api = crate::support::app::client()
        .post(app.url("/api/v1/password"))
        .header("accept-language", "en")
        .json(&serde_json::json!({"email": ALICE, "current_password": OLD, "new_password": "Sommer2024Sommer2024"}))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 422);
    let json: serde_json::Value = api.json().await.unwrap();
    assert_eq!(
        json["error"]["violations"][0]["code"], "guessable",
        "{json}"
    );
    assert!(json["error"]["violations"][0]["message"]
        .as_str()
        .unwrap()
        .contains("it repeats itself"));
    assert_eq!(dovecot.passwd_bytes(), before);
    // A passphrase of ordinary words is fine.
    assert_eq!(app.change(FRESH, FRESH, "de").await.status, 200);
    assert!(dovecot.accepts(ALICE, FRESH));
}

#[tokio::test]
async fn breached_passwords_are_found_in_the_downloaded_file_and_its_directory() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let dir = crate::support::shared_tempdir();
    let (file, hashes) = corpus(dir.path(), &[LEAKED], 300_000);
    let ranges = dir.path().join("ranges");
    range_files(&ranges, &hashes, &[LEAKED, FRESH], false);
    for path in [file, ranges] {
        let app = logged_in(&dovecot, |s| {
            s.policy.breached.source = mailpasswd::policy::config::BreachedSource::File;
            s.policy.breached.path = Some(path.clone());
        })
        .await;
        let before = dovecot.passwd_bytes();
        let listed_before = listed_count(&app).await;
        let page = app.change(LEAKED, LEAKED, "de").await;
        assert_refused(
            &page,
            422,
            "aus Datenlecks bekannt",
            &before,
            &dovecot.passwd_bytes(),
        );
        assert!(listed_count(&app).await > listed_before);
        let page = app.change(FRESH, FRESH, "de").await;
        assert_eq!(page.status, 200, "{}: {}", path.display(), page.body);
        assert!(dovecot.accepts(ALICE, FRESH));
        // Back to the old password for the next layout.
        std::fs::write(&dovecot.passwd, alice_and_bob("")).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
}

#[test]
fn check_config_names_a_truncated_or_unsorted_file() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let dir = crate::support::shared_tempdir();
    let (file, _) = corpus(dir.path(), &[], 50_000);
    let check = |path: &Path| {
        let config = dir.path().join("c.toml");
        std::fs::write(
            &config,
            format!(
                "{}\n[policy.breached]\nsource = \"file\"\npath = \"{}\"\n",
                crate::support::app::settings_toml(&dovecot, crate::support::free_port(), "", ""),
                path.display()
            ),
        )
        .unwrap();
        let out =
            crate::support::run_cli(&["check-config", "--config", config.to_str().unwrap()], b"");
        (
            out.status.code(),
            crate::support::text(&out.stdout) + &crate::support::text(&out.stderr),
        )
    };
    let (code, text) = check(&file);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("ok: breached passwords:") && text.contains("sorted"),
        "{text}"
    );
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.truncate(bytes.len() - 25);
    let truncated = dir.path().join("truncated.txt");
    std::fs::write(&truncated, &bytes).unwrap();
    let (code, text) = check(&truncated);
    assert_ne!(code, Some(0));
    assert!(
        text.contains("incomplete (a truncated download?)"),
        "{text}"
    );
    let text_file = std::fs::read_to_string(&file).unwrap();
    // Two ranges of the download in the wrong order.
    let mut lines: Vec<&str> = text_file.lines().collect();
    let half = lines.len() / 2;
    lines.rotate_left(half);
    let unsorted = dir.path().join("unsorted.txt");
    std::fs::write(&unsorted, lines.join("\r\n") + "\r\n").unwrap();
    let (code, text) = check(&unsorted);
    assert_ne!(code, Some(0));
    assert!(text.contains("not sorted"), "{text}");
}

#[tokio::test]
async fn breached_passwords_are_found_through_the_range_api() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let dir = crate::support::shared_tempdir();
    let (_, hashes) = corpus(dir.path(), &[LEAKED], 100_000);
    range_files(
        &dir.path().join("api/range"),
        &hashes,
        &[LEAKED, FRESH],
        true,
    );
    let api = Nginx::serve_files(&dir.path().join("api"), None);
    let url = format!("http://127.0.0.1:{}", api.port);
    let with = |on_error: &'static str, url: String| {
        move |s: &mut Settings| {
            s.policy.breached.source = mailpasswd::policy::config::BreachedSource::Api;
            s.policy.breached.url = url;
            s.policy.breached.on_error = match on_error {
                "refuse" => mailpasswd::policy::OnError::Refuse,
                _ => mailpasswd::policy::OnError::Allow,
            };
        }
    };
    let app = logged_in(&dovecot, with("allow", url.clone())).await;
    let before = dovecot.passwd_bytes();
    let page = app.change(LEAKED, LEAKED, "en").await;
    assert_refused(
        &page,
        422,
        "appeared in data breaches",
        &before,
        &dovecot.passwd_bytes(),
    );

    // The API gone: "refuse" refuses with 503 and changes nothing …
    api.stop();
    let strict = logged_in(&dovecot, with("refuse", url.clone())).await;
    let page = strict.change(FRESH, FRESH, "en").await;
    assert_refused(
        &page,
        503,
        "cannot be checked right now",
        &before,
        &dovecot.passwd_bytes(),
    );
    // … and "allow" changes, and counts the failure.
    let page = app.change(FRESH, FRESH, "en").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(dovecot.accepts(ALICE, FRESH));
    let metrics = app.get("/metrics", "en").await.body;
    assert!(
        metrics.contains("mailpasswd_breached_checks_total{outcome=\"error\"}"),
        "{metrics}"
    );

    // An API too slow to answer within timeout_secs is an error as well.
    std::fs::write(&dovecot.passwd, alice_and_bob("")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let slow = Nginx::serve_files(&dir.path().join("api"), Some(20));
    let strict = logged_in(
        &dovecot,
        with("refuse", format!("http://127.0.0.1:{}", slow.port)),
    )
    .await;
    let before = dovecot.passwd_bytes();
    let started = std::time::Instant::now();
    let page = strict.change(FRESH, FRESH, "en").await;
    assert_refused(
        &page,
        503,
        "cannot be checked right now",
        &before,
        &dovecot.passwd_bytes(),
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn check_password_prints_every_broken_rule() {
    let dovecot = Dovecot::start(&alice_and_bob(""));
    let config = dovecot.dir.path().join("c.toml");
    std::fs::write(
        &config,
        crate::support::app::settings_toml(&dovecot, crate::support::free_port(), "", ""),
    )
    .unwrap();
    let run = |input: &str, email: Option<&str>| {
        let mut args = vec!["check-password", "--config", config.to_str().unwrap()];
        args.extend(email.map(|e| ["--email", e]).into_iter().flatten());
        let out = crate::support::run_cli(&args, input.as_bytes());
        (
            out.status.code(),
            crate::support::text(&out.stdout),
            crate::support::text(&out.stderr),
        )
    };
    assert_eq!(
        run(FRESH, None),
        (Some(0), "ok\n".to_owned(), String::new())
    );
    let (code, out, _) = run("hallohallohallo\n", None);
    assert_eq!(code, Some(65));
    assert!(
        out.starts_with("guessable: Your new password is easy to guess: it repeats itself"),
        "{out}"
    );
    let (code, out, _) = run("alice", Some(ALICE));
    assert_eq!(code, Some(65));
    for rule in ["too_short:", "contains_local_part:"] {
        assert!(out.contains(rule), "{out}");
    }
    // --explain shows how the estimate read it, then the verdict.
    let explained = crate::support::run_cli(
        &[
            "check-password",
            "--config",
            config.to_str().unwrap(),
            "--explain",
        ],
        "Borussia Dortmund 09".as_bytes(),
    );
    assert_eq!(explained.status.code(), Some(65));
    let out = crate::support::text(&explained.stdout);
    assert!(out.starts_with("estimate: 10^"), "{out}");
    assert!(out.contains("club or place"), "{out}");
    assert!(out.contains("\"Borussia Dortmund\""), "{out}");
    assert!(
        out.contains("guessable: Your new password is easy to guess: names of clubs"),
        "{out}"
    );
    // set-password holds to the same policy unless forced.
    let set = |force: bool| {
        let mut args = vec!["set-password", "--config", config.to_str().unwrap()];
        if force {
            args.push("--force");
        }
        args.push(ALICE);
        crate::support::run_cli(&args, b"aaaaaaaaaaaaaaaa")
    };
    let before = dovecot.passwd_bytes();
    let refused = set(false);
    assert_eq!(refused.status.code(), Some(65));
    assert!(crate::support::text(&refused.stderr).contains("easy to guess"));
    assert_eq!(dovecot.passwd_bytes(), before);
    assert!(set(true).status.success());
    assert!(dovecot.accepts(ALICE, "aaaaaaaaaaaaaaaa"));
}
