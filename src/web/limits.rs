//! Throttling of login attempts (form and API), counted by governor's GCRA:
//! per client IP (a minute and an hour quota) and per submitted address,
//! whatever the IP and whether or not the mailbox exists. A mailbox that
//! keeps failing gets growing delays, never a lock-out, and the employee's
//! own mail login is never touched.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter};

use super::config::RateLimitSettings;
use crate::clock::Clock;

/// What a shared backend (for several replicas) would have to provide.
pub trait AttemptLimiter: Send + Sync {
    /// Before a login attempt: `Err(wait)` when it must not be made now.
    fn check_attempt(&self, ip: Option<IpAddr>, address: &str) -> Result<(), Duration>;
    /// After a failed login of this address.
    fn record_failure(&self, address: &str);
    /// After a successful login: the address starts afresh.
    fn record_success(&self, address: &str);
}

/// governor's view of our injectable clock.
#[derive(Clone)]
pub struct LimiterClock(pub Arc<dyn Clock>);

impl governor::clock::Clock for LimiterClock {
    type Instant = SystemTime;

    fn now(&self) -> SystemTime {
        self.0.now()
    }
}

type Keyed<K> = RateLimiter<K, DashMapStateStore<K>, LimiterClock, NoOpMiddleware<SystemTime>>;

/// Keys kept before old ones are pruned.
const PRUNE_ABOVE: usize = 50_000;

pub struct LocalLimiter {
    ip_minute: Keyed<IpAddr>,
    ip_hour: Keyed<IpAddr>,
    address_failures: Keyed<String>,
    /// Addresses over their failure budget: retry time and strikes so far.
    backoff: Mutex<HashMap<String, (SystemTime, u32)>>,
    base_backoff: Duration,
    max_backoff: Duration,
    clock: Arc<dyn Clock>,
}

fn quota(per: Duration, count: u32) -> Quota {
    let count = NonZeroU32::new(count.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(per / count.get())
        .unwrap_or_else(|| Quota::per_second(count))
        .allow_burst(count)
}

impl LocalLimiter {
    pub fn new(s: &RateLimitSettings, clock: Arc<dyn Clock>) -> Self {
        let c = LimiterClock(Arc::clone(&clock));
        let window = Duration::from_secs(s.failure_window_secs);
        Self {
            ip_minute: RateLimiter::dashmap_with_clock(
                quota(Duration::from_secs(60), s.per_ip_per_minute),
                c.clone(),
            ),
            ip_hour: RateLimiter::dashmap_with_clock(
                quota(Duration::from_secs(3600), s.per_ip_per_hour),
                c.clone(),
            ),
            address_failures: RateLimiter::dashmap_with_clock(
                quota(window, s.failures_per_address),
                c,
            ),
            backoff: Mutex::new(HashMap::new()),
            base_backoff: window / s.failures_per_address.max(1),
            max_backoff: Duration::from_secs(s.max_backoff_secs),
            clock,
        }
    }

    fn prune(&self) {
        for limiter in [&self.ip_minute, &self.ip_hour] {
            if limiter.len() > PRUNE_ABOVE {
                limiter.retain_recent();
            }
        }
        if self.address_failures.len() > PRUNE_ABOVE {
            self.address_failures.retain_recent();
        }
    }

    fn wait(&self, not_until: governor::NotUntil<SystemTime>) -> Duration {
        not_until.wait_time_from(self.clock.now())
    }
}

impl AttemptLimiter for LocalLimiter {
    fn check_attempt(&self, ip: Option<IpAddr>, address: &str) -> Result<(), Duration> {
        self.prune();
        let now = self.clock.now();
        if let Some((until, _)) = self
            .backoff
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(address)
        {
            if let Ok(wait) = until.duration_since(now) {
                if !wait.is_zero() {
                    return Err(wait);
                }
            }
        }
        if let Some(ip) = ip {
            self.ip_minute.check_key(&ip).map_err(|n| self.wait(n))?;
            self.ip_hour.check_key(&ip).map_err(|n| self.wait(n))?;
        }
        Ok(())
    }

    fn record_failure(&self, address: &str) {
        if let Err(not_until) = self.address_failures.check_key(&address.to_owned()) {
            let now = self.clock.now();
            let mut backoff = self.backoff.lock().unwrap_or_else(|p| p.into_inner());
            if backoff.len() > PRUNE_ABOVE {
                backoff.retain(|_, (until, _)| *until > now);
            }
            let strikes = backoff.get(address).map_or(0, |(_, s)| *s) + 1;
            // 1, 2, 4, 8 … times the refill interval, at most max_backoff.
            let growing = self.base_backoff.saturating_mul(1 << (strikes - 1).min(16));
            let wait = growing.max(self.wait(not_until)).min(self.max_backoff);
            backoff.insert(address.to_owned(), (now + wait, strikes));
        }
    }

    fn record_success(&self, address: &str) {
        self.backoff
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(address);
    }
}

/// The key for an address as typed: trimmed and lower-cased, so that case
/// variations share one budget, and so that unknown or foreign addresses
/// are throttled exactly like real ones.
pub fn address_key(submitted: &str) -> String {
    let trimmed = submitted.trim_matches([' ', '\t']);
    trimmed.chars().take(254).collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn limiter(clock: Arc<ManualClock>) -> LocalLimiter {
        LocalLimiter::new(&RateLimitSettings::default(), clock)
    }

    #[test]
    fn ip_gets_ten_a_minute_then_waits() {
        let clock = Arc::new(ManualClock::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000),
        ));
        let l = limiter(clock.clone());
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        for i in 0..10 {
            assert!(
                l.check_attempt(Some(ip), &format!("a{i}@x.org")).is_ok(),
                "attempt {i}"
            );
        }
        let wait = l.check_attempt(Some(ip), "b@x.org").unwrap_err();
        assert!(
            wait <= Duration::from_secs(6) && !wait.is_zero(),
            "{wait:?}"
        );
        // Another IP is unaffected.
        assert!(l
            .check_attempt(Some("198.51.100.2".parse().unwrap()), "b@x.org")
            .is_ok());
        clock.advance(Duration::from_secs(7));
        assert!(l.check_attempt(Some(ip), "b@x.org").is_ok());
    }

    #[test]
    fn failing_address_gets_growing_delays_not_a_lockout() {
        let clock = Arc::new(ManualClock::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000),
        ));
        let l = limiter(clock.clone());
        let addr = address_key("Alice@Example.org ");
        for _ in 0..5 {
            assert!(l.check_attempt(None, &addr).is_ok());
            l.record_failure(&addr);
        }
        assert!(
            l.check_attempt(None, &addr).is_ok(),
            "five failures are free"
        );
        l.record_failure(&addr);
        let first = l.check_attempt(None, &addr).unwrap_err();
        clock.advance(first);
        // The wait refilled one failure; the next one over budget waits longer.
        assert!(l.check_attempt(None, &addr).is_ok());
        l.record_failure(&addr);
        assert!(l.check_attempt(None, &addr).is_ok());
        l.record_failure(&addr);
        let second = l.check_attempt(None, &addr).unwrap_err();
        assert!(second > first, "{second:?} should exceed {first:?}");
        assert!(second <= Duration::from_secs(900));
        // A success (the real employee) starts afresh.
        l.record_success(&addr);
        assert!(l.check_attempt(None, &addr).is_ok());
        assert!(
            l.check_attempt(None, "bob@example.org").is_ok(),
            "other addresses unaffected"
        );
    }
}
