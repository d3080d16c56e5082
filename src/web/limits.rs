//! Throttling of login attempts (form and API alike), decided before the
//! password is checked:
//! - per client: a minute and an hour quota (GCRA). IPv6 clients are
//!   counted per /64 (one end site's network, as one IPv4 address), and
//!   each /48 gets four times that budget together;
//! - per mailbox as submitted, whatever the client and whether or not it
//!   exists: at most `failures_per_address` failed checks in any
//!   `failure_window_secs`, counting the checks still in flight, so that
//!   parallel guesses get no more checks than sequential ones;
//! - a browser that logged in to that mailbox before (a signed device
//!   cookie) has a budget of its own, so failures from elsewhere never
//!   lock the owner out.
//!
//! The employee's own mail login is never touched.

use std::net::{IpAddr, Ipv6Addr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::config::RateLimitSettings;
use crate::state::{Limits, Reserved, Settlement, StateError};

/// How many times the per-client quota a whole IPv6 /48 gets.
const V6_48_FACTOR: u32 = 4;

pub struct Limiter {
    state: Arc<dyn Limits>,
    settings: RateLimitSettings,
    /// How long a check may stay in flight before its reservation counts
    /// as a failure.
    hold: Duration,
}

/// Why an attempt may not be made now.
#[derive(Debug)]
pub enum Refusal {
    /// Try again after this long.
    Limited(Duration),
    Unavailable(StateError),
}

impl From<StateError> for Refusal {
    fn from(e: StateError) -> Self {
        Refusal::Unavailable(e)
    }
}

/// A reserved attempt. Settle it with how the check ended; one dropped
/// unsettled (a client gone mid-check) counts as a failure, since the
/// guess may have reached the mail server.
pub struct Ticket {
    state: Arc<dyn Limits>,
    key: String,
    reserved: Reserved,
    budget: u32,
    window: Duration,
    settled: bool,
}

/// How much of a key's failure budget is left after a failed attempt, and
/// until when the key would be blocked if it ran out now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remaining {
    pub attempts: u32,
    pub blocked_until: SystemTime,
}

impl Ticket {
    /// Settles the attempt; after a failure, what is left of the budget.
    pub async fn settle(mut self, settlement: Settlement, now: SystemTime) -> Option<Remaining> {
        self.settled = true;
        if let Err(e) = self
            .state
            .settle(&self.key, self.reserved.id, settlement)
            .await
        {
            tracing::warn!(error = %e, "an attempt could not be settled; it counts as a failure until its hold ends");
        }
        (settlement == Settlement::Failure).then(|| Remaining {
            attempts: self.budget.saturating_sub(self.reserved.used + 1),
            blocked_until: self.reserved.oldest.unwrap_or(now) + self.window,
        })
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        let (state, key, id) = (
            Arc::clone(&self.state),
            std::mem::take(&mut self.key),
            self.reserved.id,
        );
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let _ = state.settle(&key, id, Settlement::Failure).await;
            });
        }
    }
}

impl Limiter {
    pub fn new(state: Arc<dyn Limits>, settings: RateLimitSettings, hold: Duration) -> Self {
        Self {
            state,
            settings,
            hold,
        }
    }

    /// Takes the client's quota and reserves a failure slot of the
    /// mailbox (or of the trusted `device`), before any check is made.
    pub async fn admit(
        &self,
        client: Option<IpAddr>,
        address: &str,
        device: Option<&str>,
    ) -> Result<Ticket, Refusal> {
        self.client_quota(client).await?;
        let key = match device {
            Some(id) => format!("device:{id}"),
            None => format!("address:{address}"),
        };
        let window = Duration::from_secs(self.settings.failure_window_secs);
        let budget = self.settings.failures_per_address;
        let reserved = self
            .state
            .reserve(&key, budget, window, self.hold)
            .await?
            .map_err(Refusal::Limited)?;
        Ok(Ticket {
            state: Arc::clone(&self.state),
            key,
            reserved,
            budget,
            window,
            settled: false,
        })
    }
}

impl Limiter {
    /// One attempt of the client's minute and hour quota (the login's,
    /// which the forgotten-password form shares).
    pub async fn client_quota(&self, client: Option<IpAddr>) -> Result<(), Refusal> {
        let Some(ip) = client else {
            return Ok(());
        };
        for (key, factor) in client_keys(ip) {
            for (count, period) in [
                (self.settings.per_ip_per_minute, Duration::from_secs(60)),
                (self.settings.per_ip_per_hour, Duration::from_secs(3600)),
            ] {
                let quota_key = format!("{key}/{}", period.as_secs());
                self.state
                    .take(&quota_key, count.saturating_mul(factor), period)
                    .await?
                    .map_err(Refusal::Limited)?;
            }
        }
        Ok(())
    }
}

/// The keys a client is counted under, with its share of the quota.
fn client_keys(ip: IpAddr) -> Vec<(String, u32)> {
    match ip {
        IpAddr::V4(v4) => vec![(format!("ip:{v4}"), 1)],
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => vec![(format!("ip:{v4}"), 1)],
            None => vec![
                (format!("ip:{}/64", network(v6, 64)), 1),
                (format!("ip:{}/48", network(v6, 48)), V6_48_FACTOR),
            ],
        },
    }
}

fn network(ip: Ipv6Addr, bits: u32) -> Ipv6Addr {
    let mask = u128::MAX << (128 - bits);
    Ipv6Addr::from(u128::from(ip) & mask)
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
    use crate::clock::Clock;
    use crate::clock::ManualClock;
    use crate::state::MemoryState;
    use std::time::SystemTime;

    fn limiter() -> (Arc<ManualClock>, Limiter) {
        let clock = Arc::new(ManualClock::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000),
        ));
        let state = Arc::new(MemoryState::new(clock.clone()));
        let limiter = Limiter::new(state, RateLimitSettings::default(), Duration::from_secs(15));
        (clock, limiter)
    }

    async fn attempts(l: &Limiter, ip: &str, n: usize) -> usize {
        let mut allowed = 0;
        for i in 0..n {
            if let Ok(t) = l
                .admit(Some(ip.parse().unwrap()), &format!("a{i}@x.org"), None)
                .await
            {
                t.settle(Settlement::Success, SystemTime::now()).await;
                allowed += 1;
            }
        }
        allowed
    }

    #[tokio::test]
    async fn ipv6_counts_per_64_and_per_48() {
        let (_, l) = limiter();
        assert_eq!(attempts(&l, "2001:db8:1:2::1", 10).await, 10);
        // Another address of the same /64 is the same client.
        assert_eq!(attempts(&l, "2001:db8:1:2:ffff::9", 3).await, 0);
        // Other /64s of the /48 share four times the budget.
        let mut allowed = 0;
        for net in 3..20 {
            allowed += attempts(&l, &format!("2001:db8:1:{net}::1"), 10).await;
        }
        assert_eq!(allowed, 30, "40 a minute per /48, 10 of them used");
        assert_eq!(attempts(&l, "2001:db8:2::1", 10).await, 10, "another /48");
        assert_eq!(
            attempts(&l, "::ffff:192.0.2.1", 10).await,
            10,
            "mapped IPv4"
        );
        assert_eq!(
            attempts(&l, "192.0.2.1", 1).await,
            0,
            "is that IPv4 address"
        );
    }

    #[tokio::test]
    async fn five_failures_per_window_and_a_device_of_its_own() {
        let (clock, l) = limiter();
        let address = address_key("Alice@Example.org ");
        let start = clock.now();
        for n in 0..5u32 {
            let ticket = l
                .admit(
                    Some(format!("198.51.100.{n}").parse().unwrap()),
                    &address,
                    None,
                )
                .await
                .unwrap();
            let left = ticket.settle(Settlement::Failure, clock.now()).await;
            // What a warning before the lockout says.
            assert_eq!(
                left,
                Some(Remaining {
                    attempts: 4 - n,
                    blocked_until: start + Duration::from_secs(900)
                })
            );
            clock.advance(Duration::from_secs(1));
        }
        let Err(Refusal::Limited(wait)) = l.admit(None, &address, None).await else {
            panic!("the sixth failure must wait")
        };
        assert!(wait <= Duration::from_secs(900) && wait > Duration::from_secs(800));
        // The owner's browser is not held back by them…
        let own = l.admit(None, &address, Some("device-1")).await.unwrap();
        own.settle(Settlement::Success, clock.now()).await;
        // …and other addresses are unaffected.
        assert!(l.admit(None, "bob@example.org", None).await.is_ok());
        clock.advance(wait);
        assert!(l.admit(None, &address, None).await.is_ok());
    }
}
