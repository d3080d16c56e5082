//! The passwd-file under crashes, concurrency and failing disks: the file
//! is always either the old or the new one, and no update is lost.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::hash::verify_blocking;
use mailpasswd::store::PasswdFileStore;

use crate::support::{bin, fast_hash, set_mode, shared_tempdir, text};

fn mailbox(s: &str) -> EmailAddress {
    EmailAddress::parse(s, &MailDomains::new(["example.org"]).unwrap()).unwrap()
}

/// A config that writes `passwd` and checks against the store itself, with
/// cheap hashes, so these tests need no mail server.
fn store_config(dir: &Path, passwd: &Path) -> PathBuf {
    let config = dir.join("store.toml");
    std::fs::write(
        &config,
        format!(
            "[mail]\ndomains = [\"example.org\"]\n[auth]\nmethod = \"store\"\n[store]\nkind = \"passwd-file\"\npath = \"{}\"\n[hash]\nmemory_kib = 1024\niterations = 1\n",
            passwd.display()
        ),
    )
    .unwrap();
    config
}

fn user(i: usize) -> String {
    format!("user{i:03}@example.org")
}

fn password(i: usize) -> String {
    format!("Neues Passwort Nummer {i:03}")
}

fn set_password_command(config: &Path, email: &str) -> Command {
    let mut cmd = Command::new(bin());
    cmd.args([
        "set-password",
        "--force",
        "--config",
        config.to_str().unwrap(),
        email,
    ])
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .env_remove("MAILPASSWD_CONFIG");
    cmd
}

fn feed(mut child: std::process::Child, input: &str) -> std::process::Output {
    use std::io::Write;
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

#[test]
fn writer_killed_mid_write_leaves_old_or_new_file() {
    let dir = shared_tempdir();
    let passwd = dir.path().join("users");
    // ~20 MB, so that a write takes long enough to be interrupted.
    let filler = fast_hash("Fuellmaterial fuer viele Zeilen");
    let mut content = String::new();
    for i in 0..200_000 {
        content.push_str(&format!(
            "filler{i}@example.org:{}::::::\n",
            filler.as_str()
        ));
    }
    content.push_str(&format!(
        "target@example.org:{}::::::\n",
        fast_hash("Altes Passwort 0000").as_str()
    ));
    std::fs::write(&passwd, &content).unwrap();
    let old = content.into_bytes();
    let config = store_config(dir.path(), &passwd);

    let (mut saw_old, mut saw_new) = (0, 0);
    for round in 0..12u64 {
        std::fs::write(&passwd, &old).unwrap();
        let child = set_password_command(&config, "target@example.org")
            .spawn()
            .unwrap();
        let mut child = child;
        {
            use std::io::Write;
            let input = format!("Neues Passwort Runde {round:04}");
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        // From before the write to after the rename (~200 ms in a debug build).
        std::thread::sleep(Duration::from_millis(20 + round * 30));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&passwd).unwrap();
        assert_eq!(now.len(), old.len(), "round {round}: torn file");
        let differing: Vec<usize> = old
            .split(|&b| b == b'\n')
            .zip(now.split(|&b| b == b'\n'))
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, _)| i)
            .collect();
        match differing.as_slice() {
            [] => saw_old += 1,
            [200_000] => saw_new += 1,
            other => panic!("round {round}: lines {other:?} differ"),
        }
    }
    eprintln!("killed mid-write: {saw_old} times before the rename, {saw_new} after");
}

#[test]
fn fifty_concurrent_changes_from_threads_and_processes_lose_nothing() {
    let dir = shared_tempdir();
    let passwd = dir.path().join("users");
    let initial = fast_hash("Altes gemeinsames Passwort");
    let mut content = String::from("# fifty users\n");
    for i in 0..50 {
        content.push_str(&format!(
            "{}:{}:1000:1000::/home/{i}::userdb_x={i}\n",
            user(i),
            initial.as_str()
        ));
    }
    std::fs::write(&passwd, &content).unwrap();
    let config = store_config(dir.path(), &passwd);

    // 25 changes from other processes, all started at once...
    let children: Vec<_> = (0..25)
        .map(|i| {
            let child = set_password_command(&config, &user(i)).spawn().unwrap();
            (i, child)
        })
        .collect();
    // ...and 25 from five threads in this process, at the same time.
    let store = Arc::new(PasswdFileStore::new(
        passwd.to_str().unwrap(),
        "%u",
        Duration::from_secs(30),
        vec![],
    ));
    let threads: Vec<_> = (0..5)
        .map(|t| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                for i in (25 + t * 5)..(30 + t * 5) {
                    store
                        .replace_now(&mailbox(&user(i)), &fast_hash(&password(i)))
                        .unwrap();
                }
            })
        })
        .collect();
    for (i, child) in children {
        let out = feed(child, &password(i));
        assert!(
            out.status.success(),
            "process for {}: {}",
            user(i),
            text(&out.stderr)
        );
    }
    for t in threads {
        t.join().unwrap();
    }

    for i in 0..50 {
        let stored = store.lookup_now(&mailbox(&user(i))).unwrap();
        let pw = Password::parse(password(i)).unwrap();
        assert!(
            verify_blocking(&pw, &stored).unwrap(),
            "update of {} lost",
            user(i)
        );
    }
    let now = text(&std::fs::read(&passwd).unwrap());
    assert!(now.starts_with("# fifty users\n"));
    for (i, line) in now.lines().skip(1).enumerate() {
        assert!(
            line.starts_with(&format!("{}:{{ARGON2ID}}", user(i))),
            "{line}"
        );
        assert!(
            line.ends_with(&format!(":1000:1000::/home/{i}::userdb_x={i}")),
            "{line}"
        );
    }
}

/// Runs set-password as an unprivileged user (root ignores permissions).
#[test]
fn read_only_directory_leaves_file_intact() {
    let dir = shared_tempdir();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let passwd = data.join("users");
    std::fs::write(
        &passwd,
        format!(
            "alice@example.org:{}::::::\n",
            fast_hash("Altes Passwort 2026").as_str()
        ),
    )
    .unwrap();
    let config = store_config(dir.path(), &passwd);
    std::os::unix::fs::chown(&data, Some(65534), Some(65534)).unwrap();
    std::os::unix::fs::chown(&passwd, Some(65534), Some(65534)).unwrap();
    set_mode(&data, 0o555);
    let before = std::fs::read(&passwd).unwrap();

    let mut cmd = set_password_command(&config, "alice@example.org");
    cmd.uid(65534).gid(65534);
    let out = feed(cmd.spawn().unwrap(), "Neues Passwort fuer Alice");
    assert_eq!(out.status.code(), Some(75), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("cannot create a temporary file"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("nothing changed"));
    assert_eq!(std::fs::read(&passwd).unwrap(), before);
    assert_eq!(std::fs::read_dir(&data).unwrap().count(), 1, "no leftovers");
}

/// A full disk, simulated by a file-size limit smaller than the file.
#[test]
fn failed_write_leaves_file_intact_and_no_temp_files() {
    let dir = shared_tempdir();
    let passwd = dir.path().join("users");
    let hash = fast_hash("Altes Passwort 2026");
    let mut content = String::new();
    for i in 0..2000 {
        content.push_str(&format!("{}:{}::::::\n", user(i), hash.as_str()));
    }
    std::fs::write(&passwd, &content).unwrap();
    let config = store_config(dir.path(), &passwd);
    let before = std::fs::read(&passwd).unwrap();

    // `ulimit -f 64`: 32 KiB (dash counts 512-byte blocks); SIGXFSZ ignored,
    // so the write fails with EFBIG as on a full disk.
    let out = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 64; trap '' XFSZ; exec \"$0\" \"$@\"")
        .arg(bin())
        .args([
            "set-password",
            "--force",
            "--config",
            config.to_str().unwrap(),
            &user(7),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = feed(out, "Neues Passwort fuer Nummer 7");
    assert_eq!(out.status.code(), Some(75), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("cannot write a temporary file"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&passwd).unwrap(), before);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".mailpasswd-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn per_domain_files_change_only_their_own_domain() {
    let dir = shared_tempdir();
    let domains = MailDomains::new(["example.org", "example.net"]).unwrap();
    let old = fast_hash("Altes Passwort 2026");
    for d in ["example.org", "example.net"] {
        // Per-domain files commonly key lines by the local part (%n).
        std::fs::write(
            dir.path().join(d),
            format!("alice:{}::::::\n", old.as_str()),
        )
        .unwrap();
    }
    let template = format!("{}/%d", dir.path().display());
    let store = PasswdFileStore::new(
        &template,
        "%n",
        Duration::from_secs(5),
        vec!["example.org".into(), "example.net".into()],
    );
    let net_before = std::fs::read(dir.path().join("example.net")).unwrap();
    let alice_org = EmailAddress::parse("alice@example.org", &domains).unwrap();
    let new = fast_hash("Neues Passwort 2026");
    store.replace_now(&alice_org, &new).unwrap();
    assert_eq!(store.lookup_now(&alice_org).unwrap(), new);
    assert_eq!(
        std::fs::read(dir.path().join("example.net")).unwrap(),
        net_before
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(mailpasswd::store::CredentialStore::probe(&store))
        .unwrap();
    // A configured domain without a file is named.
    std::fs::remove_file(dir.path().join("example.net")).unwrap();
    let err = rt
        .block_on(mailpasswd::store::CredentialStore::probe(&store))
        .unwrap_err();
    assert!(err.to_string().contains("example.net"), "{err}");
}

/// The hosting panel's scripts write the file too: `echo >>` without any
/// lock, `sed -i` under `flock` on the file (as the README asks). While
/// they run, 300 changes lose none of their lines and none of ours.
#[test]
fn other_writers_appending_and_editing_lose_nothing_across_300_changes() {
    let dir = shared_tempdir();
    let passwd = dir.path().join("users");
    let initial = fast_hash("Altes gemeinsames Passwort");
    std::fs::write(
        &passwd,
        format!(
            "alice@example.org:{0}::::::\nbob@example.org:{{PLAIN}}bob0::::::\n",
            initial.as_str()
        ),
    )
    .unwrap();
    let stop = dir.path().join("stop");
    // Appends as fast as a shell can (a builtin, no fork); every tenth
    // round rewrites bob's line with sed -i under flock.
    let panel = Command::new("bash")
        .arg("-c")
        .arg(format!(
            r#"i=0; while [ ! -e {stop} ]; do i=$((i+1)); echo "panel$i@example.org:{{PLAIN}}p$i::::::" >> {users}; if [ $((i % 10)) = 0 ]; then flock {users} sed -i "s/^bob@example.org:[^:]*:/bob@example.org:{{PLAIN}}bob$i:/" {users}; fi; done; echo $i"#,
            stop = stop.display(),
            users = passwd.display()
        ))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let store = PasswdFileStore::new(
        passwd.to_str().unwrap(),
        "%u",
        Duration::from_secs(30),
        vec![],
    );
    let alice = mailbox("alice@example.org");
    let mut last = initial;
    let log = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer({
            let log = log.clone();
            move || log.clone()
        })
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        for i in 0..300 {
            last = fast_hash(&password(i));
            store.replace_now(&alice, &last).unwrap();
        }
    });
    std::fs::write(&stop, "").unwrap();
    // The window in which an append can still be lost, for the README.
    let mut windows: Vec<u64> = text(&log.0.lock().unwrap())
        .lines()
        .filter_map(|l| l.split("\"unguarded_us\":").nth(1))
        .filter_map(|rest| rest.split([',', '}']).next()?.parse().ok())
        .collect();
    windows.sort_unstable();
    assert_eq!(windows.len(), 300, "every change logs its window");
    eprintln!(
        "unguarded window: median {} µs, max {} µs",
        windows[150], windows[299]
    );
    let out = panel.wait_with_output().unwrap();
    let rounds: usize = text(&out.stdout).trim().parse().unwrap();
    assert!(rounds > 300, "the panel ran only {rounds} rounds");

    let now = text(&std::fs::read(&passwd).unwrap());
    assert_eq!(store.lookup_now(&alice).unwrap(), last, "our last change");
    let bob = format!("bob@example.org:{{PLAIN}}bob{}:", rounds / 10 * 10);
    assert!(now.contains(&bob), "the last sed edit ({bob}) is lost");
    let lines: Vec<&str> = now.lines().collect();
    for i in 1..=rounds {
        let line = format!("panel{i}@example.org:{{PLAIN}}p{i}::::::");
        let found = lines.iter().filter(|l| **l == line).count();
        assert_eq!(
            found, 1,
            "appended line {i} of {rounds} found {found} times"
        );
    }
    assert_eq!(lines.len(), rounds + 2, "no other lines");
}

/// The log lines of the code under test, as written.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A change killed mid-write leaves a temporary copy with every hash; the
/// next start or write removes it (and only ours).
#[test]
fn temporary_copies_left_by_a_crash_are_removed() {
    let dir = shared_tempdir();
    let passwd = dir.path().join("users");
    let old = fast_hash("Altes Passwort 2026");
    std::fs::write(
        &passwd,
        format!("alice@example.org:{}::::::\n", old.as_str()),
    )
    .unwrap();
    let leftover = |name: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, std::fs::read(&passwd).unwrap()).unwrap();
        path
    };
    let ours = leftover(".mailpasswd-users-Ab12Cd.tmp");
    let legacy_old = leftover(".mailpasswd-Xy34Zw.tmp");
    let legacy_fresh = leftover(".mailpasswd-Qr56St.tmp");
    let other_file = leftover(".mailpasswd-other-Ab12Cd.tmp");
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&legacy_old)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();

    // At start: check-config builds the store as serve does.
    let config = store_config(dir.path(), &passwd);
    let _ = Command::new(bin())
        .args(["check-config", "--config", config.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!ours.exists(), "our stale copy stays");
    assert!(
        !legacy_old.exists(),
        "an old copy of an earlier version stays"
    );
    assert!(
        legacy_fresh.exists(),
        "a fresh copy of an earlier version may be in use"
    );
    assert!(
        other_file.exists(),
        "another file's copy is not ours to remove"
    );

    // Before a write.
    let again = leftover(".mailpasswd-users-Ef78Gh.tmp");
    let store = PasswdFileStore::new(
        passwd.to_str().unwrap(),
        "%u",
        Duration::from_secs(5),
        vec![],
    );
    store
        .replace_now(
            &mailbox("alice@example.org"),
            &fast_hash("Neues Passwort 2026"),
        )
        .unwrap();
    assert!(!again.exists());
}

/// check-config stages a file exactly as a change would, as the user the
/// service runs as: a symlink's target directory, the owner kept.
#[test]
fn check_config_fails_where_a_change_would() {
    let dir = shared_tempdir();
    let config_for = |passwd: &Path| {
        let config = store_config(dir.path(), passwd);
        std::os::unix::fs::chown(&config, Some(65534), Some(65534)).unwrap();
        config
    };
    let check = |config: &Path| {
        let out = Command::new(bin())
            .args(["check-config", "--config", config.to_str().unwrap()])
            .uid(65534)
            .gid(65534)
            .output()
            .unwrap();
        text(&out.stdout) + &text(&out.stderr)
    };
    let line = format!(
        "alice@example.org:{}::::::\n",
        fast_hash("Altes Passwort 2026").as_str()
    );
    // The link in a writable directory, its target in a read-only one.
    let target_dir = dir.path().join("target");
    let link_dir = dir.path().join("link");
    std::fs::create_dir(&target_dir).unwrap();
    std::fs::create_dir(&link_dir).unwrap();
    let target = target_dir.join("users");
    std::fs::write(&target, &line).unwrap();
    let link = link_dir.join("users");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for path in [&target_dir, &link_dir, &target] {
        std::os::unix::fs::chown(path, Some(65534), Some(65534)).unwrap();
    }
    set_mode(&target_dir, 0o555);
    let said = check(&config_for(&link));
    assert!(
        said.contains(&format!(
            "cannot create a temporary file in {}",
            target_dir.display()
        )),
        "{said}"
    );
    assert!(
        !said.contains("credential store is readable and writable"),
        "{said}"
    );

    // A file of root's group that the service's user cannot give away.
    set_mode(&target_dir, 0o755);
    std::os::unix::fs::chown(&target, Some(0), Some(0)).unwrap();
    set_mode(&target, 0o666);
    let said = check(&config_for(&link));
    assert!(said.contains("cannot keep the owner of"), "{said}");

    // Its own file in its own directory: fine.
    std::os::unix::fs::chown(&target, Some(65534), Some(65534)).unwrap();
    let said = check(&config_for(&link));
    assert!(
        said.contains("credential store is readable and writable"),
        "{said}"
    );
}
