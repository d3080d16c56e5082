//! `cargo bench --bench sql`: password changes against PostgreSQL holding
//! 100,000 mailboxes, each figure next to its floor measured in the same run.
//!
//! 1. Throughput: changes per second (hash + one SQL transaction, no
//!    confirming login) with as many changes in flight as there are cores,
//!    as a ratio to the hash-only ceiling (hashes per second, same
//!    concurrency): the database's share of the cost.
//! 2. Latency of a complete change as the website makes it (hash, SQL
//!    transaction, auth-cache flush through doveadm's HTTP API, confirming
//!    IMAP login against Dovecot's sql passdb), median of 30, as a ratio to
//!    one hash plus one bare IMAP login.
//!
//! Needs what `tests/run` installs (PostgreSQL, Dovecot with dovecot-pgsql).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../tests/e2e/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mailpasswd::change::{Authority, Origin};
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::settings::Settings;
use mailpasswd::startup::build_core;

use support::sql::{Engine, SqlServer};
use support::Dovecot;

const MAILBOXES: usize = 100_000;
const RUN: Duration = Duration::from_secs(10);

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = SqlServer::start(Engine::Postgres);
    let seed = support::fast_hash("Startpasswort fuer alle");
    db.admin_exec(&format!(
        "INSERT INTO mailbox (username, password, local_part, domain)
         SELECT 'user' || i || '@example.org', '{}', 'user' || i, 'example.org'
         FROM generate_series(1, {MAILBOXES}) AS i; ANALYZE mailbox;",
        seed.as_str()
    ));
    assert_eq!(db.rows().len(), MAILBOXES);
    let dovecot = Dovecot::start_sql(&db, "");
    let domains = MailDomains::new(["example.org"]).unwrap();
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    println!("PostgreSQL with {MAILBOXES} mailboxes, {cores} cores, {RUN:?} per throughput run");

    rt.block_on(async {
        // --- 1. Throughput against the hash-only ceiling ---------------
        let password = Password::parse("Ein neues Passwort fuer den Benchmark".to_owned()).unwrap();
        let hasher = build_core(&settings_for(&db, &dovecot, false, false))
            .unwrap()
            .hasher;
        let hashes = for_a_while(cores, {
            let password = password.clone();
            move |_| {
                let hasher = hasher.clone();
                let password = password.clone();
                async move {
                    hasher.hash(&password).await.unwrap();
                }
            }
        })
        .await;
        println!("hash only (ARGON2ID m=19456,t=2,p=1): {hashes:.1}/s");
        for (flush, what) in [(false, "hash + SQL transaction"), (true, "hash + SQL transaction + doveadm API flush")] {
            let core = build_core(&settings_for(&db, &dovecot, false, flush)).unwrap();
            let changes = for_a_while(cores, {
                let changes = Arc::clone(&core.changes);
                let domains = domains.clone();
                let password = password.clone();
                move |n| {
                    let changes = Arc::clone(&changes);
                    let mailbox = mailbox(&domains, n * 7919 % 80_000 + 1);
                    let password = password.clone();
                    async move {
                        changes
                            .change(
                                Authority::Operator { mailbox: &mailbox, enforce_policy: false },
                                &password,
                                &Origin::cli(),
                            )
                            .await
                            .unwrap();
                    }
                }
            })
            .await;
            println!(
                "changes ({what}): {changes:.1}/s = {:.3}x the hash-only ceiling",
                changes / hashes
            );
        }

        // --- 2. Latency of a whole change against its floor -------------
        let core = build_core(&settings_for(&db, &dovecot, true, true)).unwrap();
        let mut hash_ms = Vec::new();
        let mut login_ms = Vec::new();
        let mut change_ms = Vec::new();
        for i in 0..30u64 {
            let target = mailbox(&domains, 90_000 + i);
            let started = Instant::now();
            let changed = core
                .changes
                .change(
                    Authority::Operator { mailbox: &target, enforce_policy: false },
                    &password,
                    &Origin::cli(),
                )
                .await
                .unwrap();
            assert!(changed.confirmed);
            change_ms.push(ms(started));
            let started = Instant::now();
            core.hasher.hash(&password).await.unwrap();
            hash_ms.push(ms(started));
            // The same login the confirmation makes, against the same hash.
            let started = Instant::now();
            let verdict = core
                .changes
                .authenticator()
                .verify(&target, &password, None)
                .await
                .unwrap();
            assert_eq!(verdict, mailpasswd::auth::Verdict::Accepted);
            login_ms.push(ms(started));
        }
        let (hash, login, change) = (median(hash_ms), median(login_ms), median(change_ms));
        println!(
            "median of 30: hash {hash:.1} ms, bare IMAP login {login:.1} ms | whole change (hash, SQL, doveadm API flush, confirming login) {change:.1} ms = {:.2}x the floor ({:.1} ms)",
            change / (hash + login),
            hash + login
        );
    });
}

fn mailbox(domains: &MailDomains, n: u64) -> EmailAddress {
    EmailAddress::parse(&format!("user{n}@example.org"), domains).unwrap()
}

fn settings_for(db: &SqlServer, dovecot: &Dovecot, confirm: bool, flush: bool) -> Settings {
    let flush = if flush { "doveadm-api" } else { "none" };
    let toml = format!(
        "[mail]\ndomains = [\"example.org\"]\n[auth]\nconfirm = {confirm}\n[auth.imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nsend_client_ip = false\n{}max_connections = 8\n[auth_cache]\nflush = \"{flush}\"\napi_url = \"http://127.0.0.1:{}/doveadm/v1\"\napi_key = \"{}\"\n",
        dovecot.imap_port,
        db.store_toml(),
        dovecot.doveadm_port.unwrap(),
        support::dovecot::DOVEADM_API_KEY,
    );
    Settings::from_toml_str(&toml).unwrap()
}

/// Runs `work(n)` with `parallel` in flight for `RUN`; completions per second.
async fn for_a_while<F, Fut>(parallel: usize, work: F) -> f64
where
    F: Fn(u64) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let deadline = started + RUN;
    let workers: Vec<_> = (0..parallel)
        .map(|_| {
            let done = Arc::clone(&done);
            let work = work.clone();
            tokio::spawn(async move {
                while Instant::now() < deadline {
                    let n = done.fetch_add(1, Ordering::Relaxed);
                    work(n).await;
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}
