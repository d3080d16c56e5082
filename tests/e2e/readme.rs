//! The Dovecot settings the README shows, for the Dovecot this run uses
//! (2.3 or 2.4): read from README.md and started as they are (with this
//! run's paths and ports), so that they cannot rot.

use crate::support::dovecot::{is_24, DOVEADM_API_KEY};
use crate::support::{free_port, passwd_line, set_mode, Dovecot, ALICE, OLD};

/// The README's code blocks whose first line is `# dovecot 2.x: …`.
fn blocks(version: &str) -> Vec<(String, String)> {
    let readme = include_str!("../../README.md");
    readme
        .split("```")
        .skip(1)
        .step_by(2)
        .filter_map(|block| {
            let block = block.trim_start_matches('\n');
            let (first, rest) = block.split_once('\n')?;
            let name = first.strip_prefix(&format!("# dovecot {version}: "))?;
            Some((name.to_owned(), rest.to_owned()))
        })
        .collect()
}

fn version() -> &'static str {
    if is_24() {
        "2.4"
    } else {
        "2.3"
    }
}

#[test]
fn the_readmes_passwd_file_settings_work() {
    let blocks = blocks(version());
    let (_, settings) = blocks
        .iter()
        .find(|(name, _)| name == "passwd-file")
        .expect("a passwd-file block for this version in the README");
    let dir = crate::support::shared_tempdir();
    let users = dir.path().join("users");
    std::fs::write(&users, passwd_line(ALICE, OLD, "")).unwrap();
    set_mode(&users, 0o644);
    let settings = settings.replace("/etc/dovecot/mailpasswd/users", users.to_str().unwrap());
    let dovecot = Dovecot::start_own("", &settings);
    assert!(dovecot.accepts(ALICE, OLD), "{}", dovecot.log());
    assert!(!dovecot.accepts(ALICE, "falsch"));
}

#[tokio::test]
async fn the_readmes_sql_settings_work_and_their_api_is_judged_right() {
    let blocks = blocks(version());
    let (_, settings) = blocks
        .iter()
        .find(|(name, _)| name.starts_with("sql"))
        .expect("an SQL block for this version in the README");
    let dir = crate::support::shared_tempdir();
    let db = dir.path().join("users.db");
    let hash = crate::support::fast_hash(OLD);
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(format!(
            "import sqlite3; c = sqlite3.connect('{}'); c.execute('CREATE TABLE mailbox (username TEXT PRIMARY KEY, password TEXT, active TEXT)'); c.execute(\"INSERT INTO mailbox VALUES ('{ALICE}', '{}', '1')\"); c.commit()",
            db.display(),
            hash.as_str()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        crate::support::text(&out.stderr)
    );
    set_mode(&db, 0o666);
    let port = free_port();
    let mut settings = settings
        .replace("/var/lib/mail/users.db", db.to_str().unwrap())
        .replace("port = 8080", &format!("port = {port}"))
        .replace("change-this-api-key", DOVEADM_API_KEY);
    // 2.3 keeps the SQL settings in a file of their own, shown as comments.
    if let Some((main, file)) = settings.split_once("# /etc/dovecot/dovecot-sql.conf.ext:\n") {
        let conf = dir.path().join("dovecot-sql.conf.ext");
        let text: String = file
            .lines()
            .map(|l| l.trim_start_matches('#').trim_start())
            .map(|l| {
                format!(
                    "{}\n",
                    l.replace("/var/lib/mail/users.db", db.to_str().unwrap())
                )
            })
            .collect();
        std::fs::write(&conf, text).unwrap();
        set_mode(&conf, 0o644);
        settings = main.replace("/etc/dovecot/dovecot-sql.conf.ext", conf.to_str().unwrap());
    }
    let dovecot = Dovecot::start_own("", &settings);
    assert!(dovecot.accepts(ALICE, OLD), "{}", dovecot.log());
    // The doveadm API answers with the key, and mailpasswd judges it.
    let list: serde_json::Value = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/doveadm/v1"))
        .header(
            "authorization",
            format!(
                "X-Dovecot-API {}",
                base64::Engine::encode(&base64::engine::general_purpose::STANDARD, DOVEADM_API_KEY)
            ),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    use mailpasswd::auth_cache::ApiVersion;
    let expected = if is_24() {
        ApiVersion::V24Early
    } else {
        ApiVersion::V23
    };
    assert_eq!(ApiVersion::from_command_list(&list), Some(expected));
}
