//! The state of one process, in memory. Every map is bounded: limits and
//! budgets leave once they have refilled (in time order, see `expiring`),
//! at most `MAX_LIMIT_KEYS` of each are kept, sessions expire, and a full
//! session store refuses new logins instead of dropping other people's.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use smallvec::SmallVec;

use super::expiring::{Expires, ExpiringMap, WhenFull};
use super::{
    locked, Decision, Limits, Outcome, Reserved, Session, Sessions as SessionStore, Settlement,
    StateError, StateStore, MAX_SESSIONS, SESSIONS_PER_MAILBOX,
};
use crate::change::{
    LocalLocks, MailboxLocks, ShownExamples, Unreachable, EXAMPLES_PER_MAILBOX, EXAMPLE_MEMORY,
};
use crate::clock::Clock;
use crate::domain::EmailAddress;

/// Examples kept before those no longer refused are pruned.
const PRUNE_ABOVE: usize = 50_000;
/// Rate-limit keys (and failure budgets) kept at most, each kind: with a
/// 64-bit digest per key about 100 bytes per quota key and 200 per failure
/// budget, so at most some 50 and 100 MiB. Past it, the quota key nearest
/// to having refilled is forgotten first, and attempts for an address
/// without a budget yet are refused (503) until budgets lapse.
pub const MAX_LIMIT_KEYS: usize = 500_000;
/// How often lapsed keys are swept out when no request does it.
const SWEEP_EVERY: Duration = Duration::from_secs(10);

/// A key's failures in the window and its checks in flight, inline: a
/// flood of distinct addresses makes one budget each, and budgets without
/// allocations of their own leave no small holes in the heap behind them
/// when they lapse (the memory goes back to the system).
#[derive(Default)]
struct Budget {
    /// Oldest first.
    failures: SmallVec<[SystemTime; 4]>,
    /// Reservation id, when it was made, when it counts as a failure.
    pending: SmallVec<[(u64, SystemTime, SystemTime); 1]>,
}

impl Budget {
    /// Drops failures older than `window`; reservations past their hold
    /// become failures (the check may well have reached the server).
    fn refresh(&mut self, now: SystemTime, window: Duration) {
        let mut index = 0;
        while index < self.pending.len() {
            if self.pending[index].2 <= now {
                let (_, made, _) = self.pending.remove(index);
                self.failures.push(made);
            } else {
                index += 1;
            }
        }
        self.failures.sort_unstable();
        let lapsed = self
            .failures
            .iter()
            .take_while(|t| now.duration_since(**t).is_ok_and(|age| age >= window))
            .count();
        self.failures.drain(..lapsed);
    }
}

/// A budget with its window: lapsed once every failure has left the
/// window and every reservation could have.
struct Windowed {
    budget: Budget,
    window: Duration,
}

impl Expires for Windowed {
    fn expires(&self) -> SystemTime {
        let failures = self.budget.failures.iter().map(|t| *t + self.window);
        let pending = self
            .budget
            .pending
            .iter()
            .map(|(_, made, until)| (*made + self.window).max(*until));
        failures
            .chain(pending)
            .max()
            .unwrap_or(SystemTime::UNIX_EPOCH)
    }
}

#[derive(Default)]
struct Sessions {
    by_token: HashMap<String, (Session, SystemTime)>,
    /// Tokens of each mailbox, oldest first.
    by_mailbox: HashMap<EmailAddress, VecDeque<String>>,
}

impl Sessions {
    fn remove(&mut self, token: &str) -> Option<(Session, SystemTime)> {
        let removed = self.by_token.remove(token)?;
        let mailbox = removed.0.verified.mailbox();
        if let Some(tokens) = self.by_mailbox.get_mut(mailbox) {
            tokens.retain(|t| t != token);
            if tokens.is_empty() {
                self.by_mailbox.remove(mailbox);
            }
        }
        Some(removed)
    }

    fn expire(&mut self, now: SystemTime) {
        let expired: Vec<String> = self
            .by_token
            .iter()
            .filter(|(_, (_, until))| *until <= now)
            .map(|(token, _)| token.clone())
            .collect();
        for token in expired {
            self.remove(&token);
        }
    }
}

/// An example's digest, and until when it is refused.
type Shown = ([u8; 32], SystemTime);

pub struct MemoryState {
    clock: Arc<dyn Clock>,
    /// GCRA: each key's theoretical arrival time.
    limits: ExpiringMap<SystemTime>,
    budgets: ExpiringMap<Windowed>,
    sessions: Mutex<Sessions>,
    locks: LocalLocks,
    /// What became of sessions taken out, until when.
    outcomes: Mutex<HashMap<String, (Outcome, SystemTime)>>,
    /// Digests of the examples shown to each mailbox, until when.
    examples: Mutex<HashMap<EmailAddress, VecDeque<Shown>>>,
    next_id: AtomicU64,
    max_sessions: usize,
}

impl MemoryState {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self::with_capacity(clock, MAX_SESSIONS)
    }

    pub fn with_capacity(clock: Arc<dyn Clock>, max_sessions: usize) -> Self {
        Self {
            locks: LocalLocks::new(Arc::clone(&clock)),
            clock,
            limits: ExpiringMap::new(MAX_LIMIT_KEYS, WhenFull::ForgetDueFirst),
            budgets: ExpiringMap::new(MAX_LIMIT_KEYS, WhenFull::Refuse),
            sessions: Mutex::new(Sessions::default()),
            outcomes: Mutex::new(HashMap::new()),
            examples: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            max_sessions,
        }
    }

    /// The state, with a background sweep that gives the memory of lapsed
    /// keys back even when no request comes; it ends with the state.
    pub fn swept(clock: Arc<dyn Clock>) -> Arc<Self> {
        let state = Arc::new(Self::new(clock));
        let weak = Arc::downgrade(&state);
        let spawned = std::thread::Builder::new()
            .name("state-sweep".to_owned())
            .spawn(move || loop {
                std::thread::sleep(SWEEP_EVERY);
                let Some(state) = weak.upgrade() else { return };
                state.sweep();
            });
        if let Err(error) = spawned {
            // Requests still expire keys as they come; only idle memory waits.
            tracing::warn!(%error, "no thread for the state sweep");
        }
        state
    }

    fn sweep(&self) {
        let now = self.clock.now();
        self.limits.sweep(now);
        self.budgets.sweep(now);
    }
}

/// GCRA on a theoretical arrival time: `count` per `period`, evenly
/// refilled, at most `count` at once.
fn gcra(tat: &mut SystemTime, now: SystemTime, count: u32, period: Duration) -> Decision {
    let interval = period / count.max(1);
    let tolerance = period.saturating_sub(interval);
    let start = (*tat).max(now);
    let ahead = start.duration_since(now).unwrap_or_default();
    if ahead > tolerance {
        return Err(ahead - tolerance);
    }
    *tat = start + interval;
    Ok(())
}

#[async_trait]
impl Limits for MemoryState {
    async fn take(&self, key: &str, count: u32, period: Duration) -> Result<Decision, StateError> {
        let now = self.clock.now();
        // Never refused: a full quota map forgets a key instead.
        Ok(self
            .limits
            .with(key, now, || now, |tat| gcra(tat, now, count, period))
            .unwrap_or(Ok(())))
    }

    async fn reserve(
        &self,
        key: &str,
        budget: u32,
        window: Duration,
        hold: Duration,
    ) -> Result<Result<Reserved, Duration>, StateError> {
        let now = self.clock.now();
        let new = || Windowed {
            budget: Budget::default(),
            window,
        };
        let reserved = self.budgets.with(key, now, new, |windowed| {
            let entry = &mut windowed.budget;
            entry.refresh(now, window);
            let used = entry.failures.len() + entry.pending.len();
            // Counting the checks in flight as the failures they may become:
            // a wait said is never too short.
            let oldest = entry
                .failures
                .iter()
                .copied()
                .chain(entry.pending.iter().map(|(_, made, _)| *made))
                .min();
            if used >= budget as usize {
                // Until the oldest attempt leaves the window.
                let wait = (oldest.unwrap_or(now) + window)
                    .duration_since(now)
                    .unwrap_or_default();
                return Err(wait.max(Duration::from_secs(1)));
            }
            let id = self.next_id.fetch_add(1, Ordering::Relaxed);
            entry.pending.push((id, now, now + hold));
            Ok(Reserved {
                id,
                used: used as u32,
                oldest,
            })
        });
        // Full: fail closed, as a full Redis does, rather than forget
        // anyone's failures.
        reserved.ok_or(StateError::Full)
    }

    async fn settle(&self, key: &str, id: u64, settlement: Settlement) -> Result<(), StateError> {
        let now = self.clock.now();
        self.budgets.with_existing(key, now, |windowed| {
            let entry = &mut windowed.budget;
            let was_pending = entry.pending.iter().any(|(p, _, _)| *p == id);
            entry.pending.retain(|(p, _, _)| *p != id);
            match settlement {
                Settlement::Success => entry.failures.clear(),
                Settlement::Failure if was_pending => entry.failures.push(now),
                Settlement::Failure | Settlement::Void => {}
            }
            entry.refresh(now, windowed.window);
        });
        Ok(())
    }
}

#[async_trait]
impl SessionStore for MemoryState {
    async fn put_session(
        &self,
        token: &str,
        session: Session,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let now = self.clock.now();
        let mut sessions = locked(&self.sessions);
        sessions.expire(now);
        let mailbox = session.verified.mailbox().clone();
        let own = sessions.by_mailbox.get(&mailbox).map_or(0, VecDeque::len);
        if own >= SESSIONS_PER_MAILBOX {
            let oldest = sessions
                .by_mailbox
                .get(&mailbox)
                .and_then(|t| t.front().cloned());
            if let Some(oldest) = oldest {
                sessions.remove(&oldest);
            }
        } else if sessions.by_token.len() >= self.max_sessions {
            return Err(StateError::Full);
        }
        let until = session.created + ttl;
        sessions.by_token.insert(token.to_owned(), (session, until));
        sessions
            .by_mailbox
            .entry(mailbox)
            .or_default()
            .push_back(token.to_owned());
        Ok(())
    }

    async fn peek_session(&self, token: &str) -> Result<Option<Session>, StateError> {
        let now = self.clock.now();
        let sessions = locked(&self.sessions);
        Ok(sessions
            .by_token
            .get(token)
            .filter(|(_, until)| *until > now)
            .map(|(session, _)| session.clone()))
    }

    async fn take_session(&self, token: &str) -> Result<Option<Session>, StateError> {
        let now = self.clock.now();
        let taken = locked(&self.sessions).remove(token);
        Ok(taken
            .filter(|(_, until)| *until > now)
            .map(|(session, _)| session))
    }

    async fn remove_session(&self, token: &str) -> Result<(), StateError> {
        locked(&self.sessions).remove(token);
        Ok(())
    }

    async fn end_sessions(&self, mailbox: &EmailAddress) -> Result<(), StateError> {
        let mut sessions = locked(&self.sessions);
        for token in sessions.by_mailbox.remove(mailbox).unwrap_or_default() {
            sessions.by_token.remove(&token);
        }
        Ok(())
    }

    async fn put_outcome(
        &self,
        token: &str,
        outcome: Outcome,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let now = self.clock.now();
        let mut outcomes = locked(&self.outcomes);
        if outcomes.len() >= self.max_sessions {
            outcomes.retain(|_, (_, until)| *until > now);
            if outcomes.len() >= self.max_sessions {
                return Err(StateError::Full);
            }
        }
        outcomes.insert(token.to_owned(), (outcome, now + ttl));
        Ok(())
    }

    async fn outcome(&self, token: &str) -> Result<Option<Outcome>, StateError> {
        let now = self.clock.now();
        Ok(locked(&self.outcomes)
            .get(token)
            .filter(|(_, until)| *until > now)
            .map(|(outcome, _)| outcome.clone()))
    }
}

/// The change locks of this process.
#[async_trait]
impl MailboxLocks for MemoryState {
    async fn lock_mailbox(
        &self,
        mailbox: &EmailAddress,
        ttl: Duration,
    ) -> Result<Option<String>, Unreachable> {
        self.locks.lock_mailbox(mailbox, ttl).await
    }

    async fn unlock_mailbox(
        &self,
        mailbox: &EmailAddress,
        holder: &str,
    ) -> Result<(), Unreachable> {
        self.locks.unlock_mailbox(mailbox, holder).await
    }
}

/// The examples shown to each mailbox.
#[async_trait]
impl ShownExamples for MemoryState {
    async fn remember_example(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<(), Unreachable> {
        let now = self.clock.now();
        let mut examples = locked(&self.examples);
        if examples.len() > PRUNE_ABOVE {
            examples.retain(|_, shown| {
                shown.retain(|(_, until)| *until > now);
                !shown.is_empty()
            });
        }
        let shown = examples.entry(mailbox.clone()).or_default();
        shown.retain(|(_, until)| *until > now);
        if shown.len() >= EXAMPLES_PER_MAILBOX {
            shown.pop_front();
        }
        shown.push_back((digest, now + EXAMPLE_MEMORY));
        Ok(())
    }

    async fn was_shown(
        &self,
        mailbox: &EmailAddress,
        digest: [u8; 32],
    ) -> Result<bool, Unreachable> {
        let now = self.clock.now();
        Ok(locked(&self.examples)
            .get(mailbox)
            .is_some_and(|shown| shown.iter().any(|(d, until)| *d == digest && *until > now)))
    }
}

impl StateStore for MemoryState {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn state() -> (Arc<ManualClock>, MemoryState) {
        let clock = Arc::new(ManualClock::new(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000),
        ));
        (clock.clone(), MemoryState::new(clock))
    }

    #[tokio::test]
    async fn gcra_allows_the_burst_then_refills_evenly() {
        let (clock, s) = state();
        let minute = Duration::from_secs(60);
        for i in 0..10 {
            assert!(s.take("k", 10, minute).await.unwrap().is_ok(), "{i}");
        }
        let wait = s.take("k", 10, minute).await.unwrap().unwrap_err();
        assert!(
            wait <= Duration::from_secs(6) && !wait.is_zero(),
            "{wait:?}"
        );
        assert!(s.take("other", 10, minute).await.unwrap().is_ok());
        clock.advance(Duration::from_secs(6));
        assert!(s.take("k", 10, minute).await.unwrap().is_ok());
        assert!(s.take("k", 10, minute).await.unwrap().is_err());
    }

    #[tokio::test]
    async fn reservations_count_with_failures_whatever_the_concurrency() {
        let (clock, s) = state();
        let (window, hold) = (Duration::from_secs(900), Duration::from_secs(15));
        // Five checks in flight at once use the whole budget.
        let mut ids = Vec::new();
        for _ in 0..5 {
            ids.push(s.reserve("a", 5, window, hold).await.unwrap().unwrap().id);
        }
        let wait = s.reserve("a", 5, window, hold).await.unwrap().unwrap_err();
        assert_eq!(wait, window, "in-flight checks count as failures to come");
        // An outage gives its slot back; failures keep theirs for the window.
        s.settle("a", ids[0], Settlement::Void).await.unwrap();
        for id in &ids[1..] {
            s.settle("a", *id, Settlement::Failure).await.unwrap();
        }
        let last = s.reserve("a", 5, window, hold).await.unwrap().unwrap();
        assert_eq!(
            (last.used, last.oldest.is_some()),
            (4, true),
            "four failures before it"
        );
        let last = last.id;
        s.settle("a", last, Settlement::Failure).await.unwrap();
        let wait = s.reserve("a", 5, window, hold).await.unwrap().unwrap_err();
        assert_eq!(wait, window);
        clock.advance(window);
        let id = s.reserve("a", 5, window, hold).await.unwrap().unwrap().id;
        // A success forgets every failure of the key.
        s.settle("a", id, Settlement::Success).await.unwrap();
        assert_eq!(s.budgets.len(), 0);
    }

    #[tokio::test]
    async fn an_abandoned_reservation_counts_as_a_failure_after_its_hold() {
        let (clock, s) = state();
        let (window, hold) = (Duration::from_secs(900), Duration::from_secs(15));
        let _ = s.reserve("a", 1, window, hold).await.unwrap().unwrap();
        clock.advance(hold);
        let wait = s.reserve("a", 1, window, hold).await.unwrap().unwrap_err();
        assert_eq!(wait, window - hold);
    }
}
