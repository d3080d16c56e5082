//! The password policy's cost, next to the floor of every change (one
//! ARGON2ID hash with the default parameters), measured in the same run:
//! - breached-password lookups in a generated file of at least 2 GB in
//!   the downloader's format (45 million lines, kept in
//!   target/bench-corpus between runs): lookups per second and the worst
//!   lookup, with the page cache warm and after the file's pages were
//!   dropped (posix_fadvise DONTNEED), and the process's RSS meanwhile;
//! - the guessability estimate for 15- and 128-character passwords,
//!   ordinary and crafted to be slow.
//!
//! `cargo bench --bench policy` (not in CI).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mailpasswd::domain::Password;
use mailpasswd::hash::HashSettings;
use mailpasswd::policy::config::{BreachedSettings, BreachedSource};
use mailpasswd::policy::{Breached, PasswordPolicy};
use sha1::{Digest, Sha1};

const LINES: u64 = 45_000_000;
const KNOWN: usize = 2_000;

fn known(i: usize) -> String {
    format!("bekanntes Passwort aus dem Leck Nummer {i}")
}

fn sha1_u160(text: &str) -> [u8; 20] {
    Sha1::digest(text.as_bytes()).into()
}

/// 45 million sorted hashes in the downloader's format (`HASH:COUNT`,
/// CRLF), with the SHA-1s of the known passwords among them.
fn corpus() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pwned-passwords-sha1.txt");
    if path.metadata().is_ok_and(|m| m.len() >= 2_000_000_000) {
        return path;
    }
    eprintln!("generating {} (about 2 GB, once)…", path.display());
    let mut known: Vec<[u8; 20]> = (0..KNOWN).map(|i| sha1_u160(&known(i))).collect();
    known.sort();
    let mut known = known.into_iter().peekable();
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&path).unwrap());
    // Evenly spread values with random gaps: sorted by construction.
    let step = u128::MAX / u128::from(LINES);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next_random = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let hex = |value: &[u8]| value.iter().map(|b| format!("{b:02X}")).collect::<String>();
    for i in 0..u128::from(LINES) {
        let high = i * step + u128::from(next_random()) % step;
        let mut value = [0u8; 20];
        value[..16].copy_from_slice(&high.to_be_bytes());
        value[16..].copy_from_slice(&(next_random() as u32).to_be_bytes());
        while known.peek().is_some_and(|k| *k < value) {
            let k = known.next().unwrap();
            write!(out, "{}:{}\r\n", hex(&k), 42).unwrap();
        }
        write!(out, "{}:{}\r\n", hex(&value), next_random() % 1000 + 1).unwrap();
    }
    for k in known {
        write!(out, "{}:42\r\n", hex(&k)).unwrap();
    }
    out.flush().unwrap();
    path
}

fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn drop_page_cache(path: &Path) {
    let file = std::fs::File::open(path).unwrap();
    rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::DontNeed).unwrap();
}

struct Lookups {
    per_second: f64,
    worst: Duration,
    median: Duration,
}

fn lookups(
    rt: &tokio::runtime::Runtime,
    breached: &Breached,
    n: usize,
    cold: Option<&Path>,
) -> Lookups {
    let mut times = Vec::with_capacity(n);
    let started = Instant::now();
    for i in 0..n {
        if let Some(path) = cold {
            drop_page_cache(path);
        }
        let listed = i % 2 == 0;
        let password = if listed {
            known(i * 7 % KNOWN)
        } else {
            format!("ein Passwort, das niemand kennt {i}")
        };
        let password = Password::parse(password).unwrap();
        let t = Instant::now();
        let count = rt.block_on(breached.count(&password)).unwrap();
        times.push(t.elapsed());
        assert_eq!(count > 0, listed, "lookup {i}");
    }
    let total = started.elapsed();
    times.sort();
    Lookups {
        per_second: n as f64 / total.as_secs_f64(),
        worst: *times.last().unwrap(),
        median: times[n / 2],
    }
}

fn main() {
    let path = corpus();
    let size = path.metadata().unwrap().len();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let breached = Breached::from_settings(&BreachedSettings {
        source: BreachedSource::File,
        path: Some(path.clone()),
        ..BreachedSettings::default()
    })
    .unwrap()
    .unwrap();

    // The floor: one ARGON2ID hash with the default parameters.
    let config = HashSettings::default().check().unwrap();
    let sample = Password::parse("Ein Passwort für die Messung".to_owned()).unwrap();
    let mut hashes = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        config.hash_blocking(&sample).unwrap();
        hashes.push(t.elapsed());
    }
    hashes.sort();
    let floor = hashes[hashes.len() / 2];

    let (rss_before, _) = rss_kib();
    let warm = lookups(&rt, &breached, 20_000, None);
    let (rss_warm, _) = rss_kib();
    let cold = lookups(&rt, &breached, 300, Some(&path));
    let (rss_cold, peak) = rss_kib();

    let policy = PasswordPolicy::new(15, 128, None).with_min_score(3);
    let estimate = |password: &str| {
        let password = Password::parse(password.to_owned()).unwrap();
        let mut times = Vec::new();
        for _ in 0..15 {
            let t = Instant::now();
            std::hint::black_box(policy.check(&password, None, None));
            times.push(t.elapsed());
        }
        times.sort();
        times[times.len() / 2]
    };
    let crafted = "4@8({[<369&#!1|0$5+7%2".repeat(6);
    let estimates = [
        ("15 characters, a passphrase", estimate("Wolke Fahrrad 7")),
        ("15 characters, l33t-heavy", estimate(&crafted[..15])),
        (
            "128 characters, a passphrase",
            estimate(&"Leuchtturm Möwe Strandkorb Zimtstern ".repeat(4)[..128]),
        ),
        (
            "128 characters, l33t-heavy",
            estimate(&crafted.chars().take(128).collect::<String>()),
        ),
    ];

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "floor: one ARGON2ID hash (m=19456, t=2, p=1): {:.2} ms (median of 20)",
        ms(floor)
    );
    println!(
        "corpus: {} ({:.2} GB, {} lines)",
        path.display(),
        size as f64 / 1e9,
        LINES + KNOWN as u64
    );
    for (label, l) in [
        ("warm page cache", &warm),
        ("pages dropped before each lookup", &cold),
    ] {
        println!(
            "breached lookups, {label}: {:.0}/s, median {:.3} ms, worst {:.3} ms = {:.3}x the floor",
            l.per_second,
            ms(l.median),
            ms(l.worst),
            l.worst.as_secs_f64() / floor.as_secs_f64()
        );
    }
    println!(
        "RSS: {} KiB before, {} KiB after warm lookups, {} KiB after cold lookups, peak {} KiB (the file is {} MiB)",
        rss_before,
        rss_warm,
        rss_cold,
        peak,
        size / (1 << 20)
    );
    for (label, took) in estimates {
        println!(
            "guessability estimate, {label}: {:.2} ms = {:.2}x the floor",
            ms(took),
            took.as_secs_f64() / floor.as_secs_f64()
        );
    }
}
