//! Logging: human-readable lines on stderr by default, JSON with
//! `MAILPASSWD_LOG_FORMAT=json`; the filter comes from `MAILPASSWD_LOG`
//! (e.g. `info`, `mailpasswd=debug`). Passwords are never fields of a span
//! or event: every function that holds one skips it.

use tracing_subscriber::EnvFilter;

pub fn init(default_filter: &str) {
    let filter = EnvFilter::try_from_env("MAILPASSWD_LOG")
        .unwrap_or_else(|_| EnvFilter::new(default_filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let json = std::env::var("MAILPASSWD_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    // A second init (tests) keeps the first subscriber; that is fine.
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Prometheus metrics for operators: logins, changes and notifications by
/// outcome, rate-limited attempts, and the latency of the slow parts.
pub mod metrics {
    use std::sync::LazyLock;
    use std::time::Duration;

    use prometheus_client::encoding::text::encode;
    use prometheus_client::metrics::counter::Counter;
    use prometheus_client::metrics::family::Family;
    use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
    use prometheus_client::registry::Registry;

    type ByOutcome = Family<Vec<(String, String)>, Counter>;

    pub struct Metrics {
        registry: Registry,
        logins: ByOutcome,
        changes: ByOutcome,
        notifications: ByOutcome,
        cache_flushes: ByOutcome,
        mail_session_ends: ByOutcome,
        admin: ByOutcome,
        reset_links: ByOutcome,
        recovery: ByOutcome,
        breached_checks: ByOutcome,
        rate_limited: Counter,
        imap_seconds: Histogram,
        store_write_seconds: Histogram,
        hash_seconds: Histogram,
    }

    fn seconds() -> Histogram {
        // 1 ms … ~16 s.
        Histogram::new(exponential_buckets(0.001, 2.0, 15))
    }

    static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
        let mut registry = Registry::with_prefix("mailpasswd");
        let m = Metrics {
            logins: ByOutcome::default(),
            changes: ByOutcome::default(),
            notifications: ByOutcome::default(),
            cache_flushes: ByOutcome::default(),
            mail_session_ends: ByOutcome::default(),
            admin: ByOutcome::default(),
            reset_links: ByOutcome::default(),
            recovery: ByOutcome::default(),
            breached_checks: ByOutcome::default(),
            rate_limited: Counter::default(),
            imap_seconds: seconds(),
            store_write_seconds: seconds(),
            hash_seconds: seconds(),
            registry: Registry::default(),
        };
        registry.register("logins", "Login attempts by outcome", m.logins.clone());
        registry.register("changes", "Password changes by outcome", m.changes.clone());
        registry.register(
            "notifications",
            "Notification mails by outcome",
            m.notifications.clone(),
        );
        registry.register(
            "auth_cache_flushes",
            "Dovecot auth cache flushes by outcome",
            m.cache_flushes.clone(),
        );
        registry.register(
            "mail_session_ends",
            "Ends of a mailbox's open mail sessions after a change (doveadm kick), by outcome",
            m.mail_session_ends.clone(),
        );
        registry.register(
            "admin_calls",
            "Admin API calls other than changes, by outcome",
            m.admin.clone(),
        );
        registry.register(
            "reset_links_refused",
            "Reset links that did not open the form (expired, used, altered)",
            m.reset_links.clone(),
        );
        registry.register(
            "recovery",
            "Steps of the forgotten-password flow, by outcome",
            m.recovery.clone(),
        );
        registry.register(
            "breached_checks",
            "Breached-password lookups by outcome (listed, clear, error)",
            m.breached_checks.clone(),
        );
        registry.register(
            "rate_limited",
            "Login attempts refused by a rate limit",
            m.rate_limited.clone(),
        );
        registry.register(
            "imap_check_seconds",
            "Duration of IMAP login checks",
            m.imap_seconds.clone(),
        );
        registry.register(
            "store_write_seconds",
            "Duration of credential store writes",
            m.store_write_seconds.clone(),
        );
        registry.register(
            "hash_seconds",
            "Duration of password hashing",
            m.hash_seconds.clone(),
        );
        Metrics { registry, ..m }
    });

    fn outcome(family: &ByOutcome, outcome: &str) {
        family
            .get_or_create(&vec![("outcome".to_owned(), outcome.to_owned())])
            .inc();
    }

    // Outcomes are counted from typed audit events (`audit::Event`), the
    // single source: each audited event is counted once.
    pub fn login(result: &'static str) {
        outcome(&METRICS.logins, result);
    }

    pub fn change(result: &'static str) {
        outcome(&METRICS.changes, result);
    }

    pub fn notification(result: &'static str) {
        outcome(&METRICS.notifications, result);
    }

    pub fn rate_limited() {
        METRICS.rate_limited.inc();
    }

    pub fn breached_check(result: &'static str) {
        outcome(&METRICS.breached_checks, result);
    }

    pub fn cache_flush(ok: bool) {
        outcome(&METRICS.cache_flushes, if ok { "ok" } else { "failed" });
    }

    pub fn admin(result: &'static str) {
        outcome(&METRICS.admin, result);
    }

    pub fn recovery(result: &'static str) {
        outcome(&METRICS.recovery, result);
    }

    pub fn reset_link(result: &'static str) {
        outcome(&METRICS.reset_links, result);
    }

    pub fn mail_sessions_ended(ok: bool) {
        outcome(&METRICS.mail_session_ends, if ok { "ok" } else { "failed" });
    }

    pub fn imap_check(took: Duration) {
        METRICS.imap_seconds.observe(took.as_secs_f64());
    }

    pub fn store_write(took: Duration) {
        METRICS.store_write_seconds.observe(took.as_secs_f64());
    }

    pub fn hash(took: Duration) {
        METRICS.hash_seconds.observe(took.as_secs_f64());
    }

    /// The OpenMetrics text exposition.
    pub fn render() -> String {
        let mut out = String::new();
        if encode(&mut out, &METRICS.registry).is_err() {
            out.clear();
        }
        out
    }
}
