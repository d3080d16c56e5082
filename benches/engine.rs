//! `cargo bench --bench engine`: the hash per scheme (the floor of every
//! change), and a passwd-file update against a plain atomic copy of the
//! same file (the floor of any safe rewrite).
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use mailpasswd::domain::{EmailAddress, MailDomains, Password};
use mailpasswd::hash::{HashScheme, HashSettings};
use mailpasswd::store::PasswdFileStore;

fn hashes(c: &mut Criterion) {
    let password = Password::parse("Wolke Fahrrad Quittung 7".to_owned()).unwrap();
    let mut group = c.benchmark_group("hash");
    group.measurement_time(Duration::from_secs(5));
    for scheme in [
        HashScheme::Argon2id,
        HashScheme::Sha512Crypt,
        HashScheme::BlfCrypt,
    ] {
        let config = HashSettings {
            scheme,
            ..HashSettings::default()
        }
        .check()
        .unwrap();
        group.bench_function(format!("{scheme:?} (defaults)"), |b| {
            b.iter(|| config.hash_blocking(&password).unwrap())
        });
    }
    group.finish();
}

fn passwd_file(c: &mut Criterion) {
    let domains = MailDomains::new(["example.org"]).unwrap();
    let hash = HashSettings::default()
        .check()
        .unwrap()
        .hash_blocking(&Password::parse("Wolke Fahrrad Quittung 7".to_owned()).unwrap())
        .unwrap();
    let mut group = c.benchmark_group("passwd-file");
    group.measurement_time(Duration::from_secs(8));
    for lines in [1_000usize, 100_000] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("users");
        let mut content = String::new();
        for i in 0..lines {
            content.push_str(&format!(
                "user{i}@example.org:{}:5000:5000::/var/mail/{i}::\n",
                hash.as_str()
            ));
        }
        std::fs::write(&path, &content).unwrap();
        let store =
            PasswdFileStore::new(path.to_str().unwrap(), "%u", Duration::from_secs(5), vec![]);
        let target =
            EmailAddress::parse(&format!("user{}@example.org", lines / 2), &domains).unwrap();

        group.bench_with_input(BenchmarkId::new("update", lines), &lines, |b, _| {
            b.iter(|| store.replace_now(&target, &hash).unwrap())
        });
        // The floor: the same bytes written to a temp file, fsynced and
        // renamed over the original, as any crash-safe rewrite must.
        let bytes = std::fs::read(&path).unwrap();
        group.bench_with_input(BenchmarkId::new("atomic-copy", lines), &lines, |b, _| {
            b.iter(|| {
                let mut tmp = tempfile::NamedTempFile::new_in(dir.path()).unwrap();
                tmp.write_all(&bytes).unwrap();
                tmp.as_file().sync_all().unwrap();
                tmp.persist(&path).unwrap();
                std::fs::File::open(dir.path()).unwrap().sync_all().unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, hashes, passwd_file);
criterion_main!(benches);
