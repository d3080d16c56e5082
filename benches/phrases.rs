//! Issue 25: how the guessability estimate treats long guessable
//! passwords and random passphrases, before (zxcvbn with German words and
//! QWERTZ walks) and after the phrase model, in the same run:
//! - the share of `benches/policy-data/eval-guessable.txt` accepted
//!   (score 3 or more, the default `policy.min_score`), by family;
//! - the share of `eval-passphrases.txt` refused;
//! - each list split in two halves by a hash of the password: "tune" is
//!   the half looked at while the model was written, "holdout" the other;
//! - the mean and worst time of one estimate, also for crafted
//!   128-character passwords, and the resident memory the model's data
//!   adds once loaded.
//!
//! `cargo bench --bench phrases` (not in CI; the lists are rebuilt by
//! `benches/policy-data/rebuild.sh`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use mailpasswd::policy::guess;
use sha1::{Digest, Sha1};

const MIN_SCORE: u8 = 3;

fn personal() -> Vec<String> {
    // The mailbox the generated "context" passwords were made for, as the
    // policy passes it (local part and its pieces, domain, provider).
    [
        "max.mustermann",
        "max",
        "mustermann",
        "beispiel-firma.de",
        "beispiel",
        "firma",
        "hosting",
    ]
    .map(str::to_owned)
    .to_vec()
}

fn list(name: &str) -> Vec<(String, String)> {
    let path = format!("{}/benches/policy-data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (family, password) = l.split_once('\t').unwrap();
            (family.to_owned(), password.to_owned())
        })
        .collect()
}

fn half(password: &str) -> &'static str {
    if Sha1::digest(password.as_bytes())[0] % 2 == 0 {
        "tune"
    } else {
        "holdout"
    }
}

fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

#[derive(Default)]
struct Tally {
    total: usize,
    before: usize,
    after: usize,
}

fn pct(n: usize, total: usize) -> String {
    format!("{:5.1} %", 100.0 * n as f64 / total.max(1) as f64)
}

fn main() {
    let personal = personal();
    let rss_start = rss_kib();
    guess::estimate_without_phrases("Ein Passwort zum Aufwärmen", &personal);
    let rss_old = rss_kib();
    guess::estimate("Ein Passwort zum Aufwärmen", &personal);
    let rss_new = rss_kib();

    let guessable = list("eval-guessable.txt");
    let passphrases = list("eval-passphrases.txt");
    let mut times_before = Vec::new();
    let mut times_after = Vec::new();
    let mut accepted: BTreeMap<(String, &str), Tally> = BTreeMap::new();
    let mut accepted_now = Vec::new();
    for (family, password) in &guessable {
        let t = Instant::now();
        let before = guess::estimate_without_phrases(password, &personal);
        times_before.push(t.elapsed());
        let t = Instant::now();
        let after = guess::estimate(password, &personal);
        times_after.push(t.elapsed());
        let group = family.split(':').next().unwrap().to_owned();
        for key in [
            (group.clone(), half(password)),
            (group.clone(), "all"),
            ("all".to_owned(), half(password)),
            ("all".to_owned(), "all"),
        ] {
            let tally = accepted.entry(key).or_default();
            tally.total += 1;
            tally.before += usize::from(before.score >= MIN_SCORE);
            tally.after += usize::from(after.score >= MIN_SCORE);
        }
        if after.score >= MIN_SCORE {
            accepted_now.push(format!("{family}\t{password}"));
        }
    }
    let mut refused: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut refused_now = Vec::new();
    for (_, password) in &passphrases {
        let t = Instant::now();
        let before = guess::estimate_without_phrases(password, &personal);
        times_before.push(t.elapsed());
        let t = Instant::now();
        let after = guess::estimate(password, &personal);
        times_after.push(t.elapsed());
        for key in [half(password), "all"] {
            let tally = refused.entry(key).or_default();
            tally.total += 1;
            tally.before += usize::from(before.score < MIN_SCORE);
            tally.after += usize::from(after.score < MIN_SCORE);
        }
        if after.score < MIN_SCORE {
            refused_now.push(password.clone());
        }
    }

    // Crafted to be slow: 128 characters of l33t, of short words, of
    // separators, of digits.
    let crafted = [
        "4@8({[<369&#!1|0$5+7%2"
            .repeat(6)
            .chars()
            .take(128)
            .collect::<String>(),
        "ich du er sie es wir ihr "
            .repeat(6)
            .chars()
            .take(128)
            .collect(),
        "a-b.c_d e+f,g/h*i#j:k;l~"
            .repeat(6)
            .chars()
            .take(128)
            .collect(),
        "1".repeat(128),
        "einszweidreiviermontagdienstag"
            .repeat(5)
            .chars()
            .take(128)
            .collect(),
        "Leuchtturm Möwe Strandkorb Zimtstern "
            .repeat(4)
            .chars()
            .take(128)
            .collect(),
    ];
    let mut crafted_times = Vec::new();
    for password in &crafted {
        let mut worst = Duration::ZERO;
        for _ in 0..5 {
            let t = Instant::now();
            std::hint::black_box(guess::estimate(password, &personal));
            worst = worst.max(t.elapsed());
        }
        crafted_times.push(worst);
    }

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = |v: &[Duration]| ms(v.iter().sum::<Duration>()) / v.len().max(1) as f64;
    let max = |v: &[Duration]| ms(v.iter().copied().max().unwrap_or_default());
    println!(
        "guessable passwords accepted (score >= {MIN_SCORE}), {} in eval-guessable.txt:",
        guessable.len()
    );
    println!(
        "  {:<32} {:>8} {:>9} {:>9}",
        "family", "half", "before", "after"
    );
    for ((family, part), t) in &accepted {
        println!(
            "  {:<32} {:>8} {} {} of {}",
            family,
            part,
            pct(t.before, t.total),
            pct(t.after, t.total),
            t.total
        );
    }
    println!(
        "random passphrases refused, {} in eval-passphrases.txt:",
        passphrases.len()
    );
    for (part, t) in &refused {
        println!(
            "  {:>8} before {} after {} of {}",
            part,
            pct(t.before, t.total),
            pct(t.after, t.total),
            t.total
        );
    }
    println!(
        "time per estimate: before mean {:.3} ms, max {:.3} ms; after mean {:.3} ms, max {:.3} ms",
        mean(&times_before),
        max(&times_before),
        mean(&times_after),
        max(&times_after)
    );
    for (password, took) in crafted.iter().zip(&crafted_times) {
        let head: String = password.chars().take(24).collect();
        println!(
            "crafted 128 characters \"{head}…\": worst of 5 {:.3} ms",
            ms(*took)
        );
    }
    println!(
        "RSS: {rss_start} KiB at start, {rss_old} KiB with zxcvbn and the German words loaded, {rss_new} KiB with the phrase model too (+{} KiB); index of {} entries",
        rss_new.saturating_sub(rss_old),
        mailpasswd::policy::phrases::index_len()
    );
    println!("still accepted:");
    for line in &accepted_now {
        println!("  {line}");
    }
    println!("passphrases refused:");
    for line in &refused_now {
        println!("  {line}");
    }
}
