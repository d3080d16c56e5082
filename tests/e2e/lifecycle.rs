//! The real binary's life: SIGTERM lets an in-flight change finish.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::app::{csrf_of, settings_toml, Page};
use crate::support::{free_port, passwd_line, Dovecot};

use crate::support::{ALICE, NEW, OLD};

#[tokio::test]
async fn sigterm_during_a_change_lets_it_finish_and_exits_zero() {
    let dovecot = Dovecot::start(&passwd_line(ALICE, OLD, ""));
    let port = free_port();
    let config = dovecot.dir.path().join("serve.toml");
    std::fs::write(&config, settings_toml(&dovecot, port, "", "")).unwrap();
    let (mut server, app) =
        crate::support::app::spawn_binary(&config, port, &[], Stdio::null()).await;
    assert_eq!(app.login(ALICE, OLD, "de").await.status, 303);
    let csrf = csrf_of(&app.get("/password", "de").await.body);
    let base = app.base.clone();
    let browser = app.client.clone();

    // A change waits for Dovecot's next second before confirming. Started
    // just after a second begins, it is in flight for most of a second.
    let into_second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_millis();
    tokio::time::sleep(Duration::from_millis(u64::from(1050 - into_second))).await;
    let change = {
        let browser = browser.clone();
        let url = format!("{base}/password");
        let csrf = csrf.clone();
        tokio::spawn(async move {
            let page = Page::send(browser.post(url).form(&[
                ("new_password", NEW),
                ("confirm_password", NEW),
                ("csrf_token", csrf.as_str()),
            ]))
            .await;
            (page, std::time::Instant::now())
        })
    };
    tokio::time::sleep(Duration::from_millis(150)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    let killed_at = std::time::Instant::now();
    assert!(killed.success());
    let (page, answered_at) = change.await.unwrap();
    assert!(
        answered_at > killed_at,
        "the change was not in flight at SIGTERM"
    );
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Die Änderung wird sofort aktiv"));
    assert!(dovecot.accepts(ALICE, NEW));
    let status = tokio::task::spawn_blocking(move || server.wait().unwrap())
        .await
        .unwrap();
    assert!(status.success(), "exit status {status:?}");
    // And it no longer listens.
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
}
