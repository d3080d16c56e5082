//! The operator's command line against a real Dovecot.

use crate::support::fault::{Behaviour, FaultServer};
use crate::support::{passwd_line, run_cli, text, write_config, Dovecot, Via};

const OLD: &str = "Alter Apfelbaum am Fluss";
const NEW: &str = "Neuer Kirschbaum im Garten";

fn fixture() -> String {
    format!(
        "# Mail users of example.org\n{}{}\n{}",
        passwd_line("alice@example.org", OLD, "userdb_quota_rule=*:storage=2G"),
        passwd_line("bob@example.org", "Bobs altes Passwort 123", ""),
        passwd_line(
            "carol@example.org",
            "Carols altes Passwort 9",
            "userdb_mail=maildir:~/Mail nopassword=n"
        ),
    )
}

/// Every line except alice's is unchanged, and alice's keeps its other fields.
fn assert_only_alice_changed(before: &[u8], after: &[u8]) {
    let before = text(before);
    let after = text(after);
    let b: Vec<&str> = before.split('\n').collect();
    let a: Vec<&str> = after.split('\n').collect();
    assert_eq!(a.len(), b.len());
    for (old, new) in b.iter().zip(&a) {
        if old.starts_with("alice@") {
            assert_ne!(old, new);
            let old_fields: Vec<&str> = old.split(':').collect();
            let new_fields: Vec<&str> = new.split(':').collect();
            assert_eq!(old_fields.len(), new_fields.len());
            assert_eq!(old_fields[0], new_fields[0]);
            assert_eq!(
                old_fields[2..],
                new_fields[2..],
                "extra fields must survive"
            );
            assert!(new_fields[1].starts_with("{ARGON2ID}$argon2id$v=19$m=19456,t=2,p=1$"));
        } else {
            assert_eq!(old, new, "other lines are byte-identical");
        }
    }
}

fn set_password_through(via: Via) {
    let dovecot = Dovecot::start(&fixture());
    let config = write_config(&dovecot, via, "");
    let before = dovecot.passwd_bytes();
    assert!(dovecot.accepts("alice@example.org", OLD));

    let out = run_cli(
        &[
            "set-password",
            "--config",
            config.to_str().unwrap(),
            "Alice@Example.org",
        ],
        format!("{NEW}\n").as_bytes(),
    );
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("alice@example.org was changed"));
    // The same audit line as a change through the page, naming the CLI.
    let audit: Vec<serde_json::Value> = text(&out.stderr)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(audit.len(), 1, "{audit:?}");
    assert_eq!(
        (&audit[0]["event"], &audit[0]["outcome"], &audit[0]["via"]),
        (&"change".into(), &"changed".into(), &"cli".into())
    );
    assert_eq!(audit[0]["mailbox"], "alice@example.org");

    // In force at once: no sleep between the CLI's success and these logins.
    assert!(dovecot.accepts("alice@example.org", NEW));
    assert!(!dovecot.accepts("alice@example.org", OLD));
    assert!(dovecot.accepts("bob@example.org", "Bobs altes Passwort 123"));
    assert_only_alice_changed(&before, &dovecot.passwd_bytes());
}

#[test]
fn set_password_over_imaps_is_in_force_at_once() {
    set_password_through(Via::Imaps);
}

#[test]
fn set_password_over_starttls_is_in_force_at_once() {
    set_password_through(Via::Starttls);
}

#[test]
fn file_keeps_owner_and_mode() {
    use std::os::unix::fs::MetadataExt;
    let dovecot = Dovecot::start(&fixture());
    // Root-owned, readable by the dovecot group only, as on many servers.
    let dovecot_gid = crate::support::dovecot::group_id("dovecot");
    std::os::unix::fs::chown(&dovecot.passwd, Some(0), Some(dovecot_gid)).unwrap();
    crate::support::set_mode(&dovecot.passwd, 0o640);
    let config = write_config(&dovecot, Via::Imaps, "");
    let out = run_cli(
        &[
            "set-password",
            "--config",
            config.to_str().unwrap(),
            "alice@example.org",
        ],
        NEW.as_bytes(),
    );
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let meta = std::fs::metadata(&dovecot.passwd).unwrap();
    assert_eq!(meta.mode() & 0o7777, 0o640);
    assert_eq!((meta.uid(), meta.gid()), (0, dovecot_gid));
    assert!(dovecot.accepts("alice@example.org", NEW));
}

/// Each refusal: non-zero exit, one line naming the reason, file untouched.
#[test]
fn refusals_leave_the_file_untouched() {
    let dup = format!(
        "{}{}",
        fixture(),
        passwd_line("bob@example.org", "zweiter Eintrag fuer bob", "")
    );
    let dovecot = Dovecot::start(&dup);
    let config = write_config(&dovecot, Via::Imaps, "");
    let config = config.to_str().unwrap();
    let before = dovecot.passwd_bytes();
    let mtime_before = std::fs::metadata(&dovecot.passwd)
        .unwrap()
        .modified()
        .unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        ("nobody@example.org", NEW.as_bytes(), "has no entry"),
        ("bob@example.org", NEW.as_bytes(), "2 entries"),
        ("alice@example.com", NEW.as_bytes(), "not served here"),
        ("ali:ce@example.org", NEW.as_bytes(), "':'"),
        (
            "alice@example.org\nbob@example.org",
            NEW.as_bytes(),
            "line break",
        ),
        (
            "alice@example.org",
            b"Neuer Kirschbaum\r im Garten",
            "control character",
        ),
        (
            "alice@example.org",
            b"Neuer Kirschbaum\0 im Garten",
            "control character",
        ),
        ("alice@example.org", b"kurz", "at least 15 characters"),
        (
            "alice@example.org",
            b"Alice im Wunderland 2026",
            "mailbox name",
        ),
        ("alice@example.org", b"", "empty"),
    ];
    for (email, password, reason) in cases {
        let out = run_cli(&["set-password", "--config", config, email], password);
        let stderr = text(&out.stderr);
        assert!(!out.status.success(), "{email:?} {password:?} was accepted");
        assert!(
            stderr.contains(reason),
            "{email:?}: expected {reason:?} in {stderr:?}"
        );
        // One line for the operator; beside it, without `audit.path`, the
        // audit line of a change the flow refused.
        let (audit, said): (Vec<&str>, Vec<&str>) =
            stderr.trim_end().lines().partition(|l| l.starts_with('{'));
        assert_eq!(said.len(), 1, "one line: {stderr:?}");
        for line in audit {
            let line: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(
                (&line["event"], &line["via"]),
                (&"change".into(), &"cli".into())
            );
            assert_ne!(line["outcome"], "changed");
        }
        assert!(!stderr.contains("panicked"));
        assert_eq!(dovecot.passwd_bytes(), before, "{email:?} changed the file");
    }
    let mtime_after = std::fs::metadata(&dovecot.passwd)
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(mtime_before, mtime_after);
    assert!(dovecot.accepts("alice@example.org", OLD));
}

#[test]
fn control_characters_are_refused_before_any_byte_reaches_the_server() {
    let server = FaultServer::start(Behaviour::Capabilities("IMAP4rev1 AUTH=PLAIN"));
    let dir = crate::support::shared_tempdir();
    let passwd = dir.path().join("users");
    std::fs::write(&passwd, fixture()).unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(
        &config,
        format!(
            "[mail]\ndomains = [\"example.org\"]\n[auth.imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n[store]\nkind = \"passwd-file\"\npath = \"{}\"\n",
            server.port,
            passwd.display()
        ),
    )
    .unwrap();
    for password in [
        &b"Neuer Kirschbaum\r\nA1 LOGOUT"[..],
        b"Neuer\nKirschbaum im Garten",
        b"Neuer Kirschbaum\0im Garten",
    ] {
        let out = run_cli(
            &[
                "set-password",
                "--config",
                config.to_str().unwrap(),
                "alice@example.org",
            ],
            password,
        );
        assert_eq!(out.status.code(), Some(65), "{}", text(&out.stderr));
    }
    assert_eq!(server.received(), "", "nothing may reach the server");
}

#[test]
fn every_hash_we_print_verifies_with_doveadm() {
    let password = "Grüße \"aus\" C:\\Köln {5} 😀";
    for scheme in ["ARGON2ID", "SHA512-CRYPT", "BLF-CRYPT"] {
        let out = run_cli(
            &["hash", "--scheme", scheme],
            format!("{password}\n").as_bytes(),
        );
        assert!(out.status.success(), "{scheme}: {}", text(&out.stderr));
        let hash = text(&out.stdout).trim().to_owned();
        assert!(hash.starts_with(&format!("{{{scheme}}}")), "{hash}");
        let verified = crate::support::dovecot::program("doveadm")
            .args(["pw", "-t", &hash, "-p", password])
            .output()
            .unwrap();
        assert!(
            verified.status.success(),
            "doveadm refused {hash}: {}",
            text(&verified.stderr)
        );
        let wrong = crate::support::dovecot::program("doveadm")
            .args(["pw", "-t", &hash, "-p", "Grüße"])
            .output()
            .unwrap();
        assert!(
            !wrong.status.success(),
            "doveadm accepted a wrong password for {scheme}"
        );
    }
}

#[test]
fn bcrypt_refuses_passwords_it_would_truncate() {
    let out = run_cli(
        &["hash", "--scheme", "BLF-CRYPT"],
        "ü".repeat(40).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(65));
    assert!(text(&out.stderr).contains("72 bytes"));
}

#[test]
fn check_config_probes_store_and_imap() {
    let dovecot = Dovecot::start(&fixture());
    let config = write_config(&dovecot, Via::Imaps, "");
    let out = run_cli(&["check-config", "--config", config.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("credential store is readable and writable"),
        "{stdout}"
    );
    assert!(stdout.contains("answers"), "{stdout}");

    // An unknown key is named.
    let broken = dovecot.dir.path().join("broken.toml");
    let good = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&broken, good.replace("[hash]", "[hash]\nmemroy_kib = 1")).unwrap();
    let out = run_cli(&["check-config", "--config", broken.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(78));
    assert!(
        text(&out.stderr).contains("unknown key `hash.memroy_kib`"),
        "{}",
        text(&out.stderr)
    );

    // IMAP down: named, non-zero.
    dovecot.stop();
    let out = run_cli(&["check-config", "--config", config.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(69));
    assert!(
        text(&out.stderr).contains("IMAP server 127.0.0.1"),
        "{}",
        text(&out.stderr)
    );

    // Several problems at once are all named in one run.
    let several = dovecot.dir.path().join("several.toml");
    std::fs::write(
        &several,
        good.replace(
            &dovecot.certs.ca_pem.display().to_string(),
            "/nonexistent/ca.pem",
        )
        .replace(&dovecot.passwd.display().to_string(), "/nonexistent/users"),
    )
    .unwrap();
    let out = run_cli(
        &["check-config", "--config", several.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(69));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("2 problems"), "{stderr}");
    assert!(
        stderr.contains("/nonexistent/users") && stderr.contains("/nonexistent/ca.pem"),
        "{stderr}"
    );

    // Missing file.
    let out = run_cli(
        &["check-config", "--config", "/nonexistent/mailpasswd.toml"],
        b"",
    );
    assert_eq!(out.status.code(), Some(78));
    assert!(text(&out.stderr).contains("not found"));
}

#[test]
fn environment_overrides_the_file() {
    let dovecot = Dovecot::start(&fixture());
    let config = write_config(&dovecot, Via::Imaps, "");
    // A policy raised by the environment refuses what the file allows.
    let out = crate::support::run_cli_env(
        &[
            "set-password",
            "--config",
            config.to_str().unwrap(),
            "alice@example.org",
        ],
        NEW.as_bytes(),
        &[("MAILPASSWD_POLICY__MIN_LENGTH", "40")],
    );
    assert_eq!(out.status.code(), Some(65), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("at least 40 characters"));
    let out = crate::support::run_cli_env(
        &[
            "set-password",
            "--config",
            config.to_str().unwrap(),
            "alice@example.org",
        ],
        NEW.as_bytes(),
        &[("MAILPASSWD_POLICY__MIN_LENTH", "40")],
    );
    assert_eq!(out.status.code(), Some(78));
    assert!(
        text(&out.stderr).contains("policy.min_lenth"),
        "{}",
        text(&out.stderr)
    );
}

/// Every configuration in `deploy/` is one an operator can start from: it
/// parses with unknown keys refused and passes validation, with its secret
/// files in place.
#[test]
fn every_deploy_example_is_a_valid_configuration() {
    let secrets = tempfile::tempdir().unwrap();
    std::fs::write(
        secrets.path().join("db-url"),
        "mysql://mailpasswd:secret@127.0.0.1/mail",
    )
    .unwrap();
    std::fs::write(secrets.path().join("doveadm-api-key"), "key").unwrap();
    let deploy = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy");
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&deploy).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap().replace(
            "/run/credentials/mailpasswd",
            secrets.path().to_str().unwrap(),
        );
        if let Err(e) = mailpasswd::settings::Settings::from_toml_str(&text) {
            panic!("{}: {e}", path.display());
        }
        checked.push(path.file_name().unwrap().to_string_lossy().into_owned());
    }
    checked.sort();
    assert_eq!(
        checked,
        [
            "config.toml",
            "custom-schema.toml",
            "iredmail.toml",
            "postfixadmin.toml"
        ]
    );
}
