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

/// 2.3 keeps SQL and LDAP settings in a file of their own, which the
/// README shows as comments after `# PATH:`; written out into `dir` (with
/// `replacements`), and `settings` pointed at it.
fn with_side_file(
    settings: &str,
    path: &str,
    dir: &std::path::Path,
    replacements: &[(&str, &str)],
) -> String {
    let Some((main, file)) = settings.split_once(&format!("# {path}:\n")) else {
        return settings.to_owned();
    };
    let conf = dir.join(path.rsplit('/').next().unwrap());
    let mut text: String = file
        .lines()
        .map(|l| format!("{}\n", l.trim_start_matches('#').trim_start()))
        .collect();
    for (from, to) in replacements {
        text = text.replace(from, to);
    }
    std::fs::write(&conf, text).unwrap();
    set_mode(&conf, 0o644);
    main.replace(path, conf.to_str().unwrap())
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
    let settings = settings
        .replace("/var/lib/mail/users.db", db.to_str().unwrap())
        .replace("port = 8080", &format!("port = {port}"))
        .replace("change-this-api-key", DOVEADM_API_KEY);
    let settings = with_side_file(
        &settings,
        "/etc/dovecot/dovecot-sql.conf.ext",
        dir.path(),
        &[("/var/lib/mail/users.db", db.to_str().unwrap())],
    );
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

#[test]
fn the_readmes_ldap_settings_work_in_both_styles() {
    use crate::support::ldap::{Slapd, DOVECOT_PW};
    let blocks = blocks(version());
    let ldap: Vec<_> = blocks
        .iter()
        .filter(|(name, _)| name.starts_with("ldap"))
        .collect();
    assert_eq!(ldap.len(), 2, "auth bind and password lookups: {blocks:?}");
    for (name, settings) in ldap {
        let slapd = Slapd::start();
        slapd.add_mailbox("alice", ALICE, OLD);
        let url = slapd.url();
        let replacements = [
            ("ldap://127.0.0.1:389", url.as_str()),
            ("change-this-password", DOVECOT_PW),
        ];
        let mut settings = with_side_file(
            settings,
            "/etc/dovecot/dovecot-ldap.conf.ext",
            slapd.dir.path(),
            &replacements,
        );
        for (from, to) in replacements {
            settings = settings.replace(from, to);
        }
        let dovecot = Dovecot::start_own("", &settings);
        assert!(dovecot.accepts(ALICE, OLD), "{name}: {}", dovecot.log());
        assert!(!dovecot.accepts(ALICE, "falsch"), "{name}");
    }
}
