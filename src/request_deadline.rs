//! How long the request being served may still wait in a queue (for a
//! hashing worker, for an IMAP slot). A Monday-morning burst is queued
//! rather than refused, as long as what waits can still be answered well
//! before a reverse proxy gives up on it (nginx: 60 s by default).

use std::future::Future;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// From a request's arrival to the end of its last wait in a queue.
pub const QUEUE_BUDGET: Duration = Duration::from_secs(30);

tokio::task_local! {
    static DEADLINE: Instant;
}

/// Runs a request's handling with its queue deadline.
pub async fn serve<F: Future>(request: F) -> F::Output {
    DEADLINE.scope(Instant::now() + QUEUE_BUDGET, request).await
}

/// `work` with the deadline of the request it is spawned from, so a task
/// that outlives a dropped connection still waits only within it.
pub fn carry<F: Future>(work: F) -> impl Future<Output = F::Output> {
    let deadline = DEADLINE.try_with(|deadline| *deadline).ok();
    async move {
        match deadline {
            Some(deadline) => DEADLINE.scope(deadline, work).await,
            None => work.await,
        }
    }
}

/// How long a wait in a queue may last now: what is left of the request's
/// budget, or `outside_a_request` for the CLI and background work.
pub fn queue_wait(outside_a_request: Duration) -> Duration {
    DEADLINE
        .try_with(|deadline| deadline.saturating_duration_since(Instant::now()))
        .unwrap_or(outside_a_request)
}

/// The line in front of a pool of `slots` workers: who waits, and how long
/// one piece of work typically takes. A newcomer whose turn could not come
/// within its deadline is refused at once instead of after the wait.
pub struct WaitLine {
    slots: usize,
    limit: usize,
    waiting: AtomicUsize,
    /// Moving average of recent service times, in microseconds.
    typical_micros: AtomicU64,
}

/// A place in the line; leaving it (drop) makes room.
pub struct Place<'a> {
    line: &'a WaitLine,
    /// How long this place may wait for its turn.
    pub wait: Duration,
}

impl Drop for Place<'_> {
    fn drop(&mut self) {
        self.line.waiting.fetch_sub(1, Ordering::SeqCst);
    }
}

impl WaitLine {
    pub fn new(slots: usize, limit: usize) -> Self {
        Self {
            slots: slots.max(1),
            limit,
            waiting: AtomicUsize::new(0),
            typical_micros: AtomicU64::new(0),
        }
    }

    /// A place in the line, or `None` when the line is full or the work
    /// ahead would outlast the deadline (`outside_a_request` outside one).
    pub fn join(&self, outside_a_request: Duration) -> Option<Place<'_>> {
        let ahead = self.waiting.fetch_add(1, Ordering::SeqCst);
        let place = Place {
            line: self,
            wait: queue_wait(outside_a_request),
        };
        let rounds = u32::try_from(ahead / self.slots).unwrap_or(u32::MAX);
        let typical = Duration::from_micros(self.typical_micros.load(Ordering::Relaxed));
        let expected = typical.saturating_mul(rounds);
        (ahead < self.limit && expected < place.wait).then_some(place)
    }

    /// Records how long one piece of work took.
    pub fn served(&self, took: Duration) {
        let took = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        // Races between workers lose an update at worst.
        let old = self.typical_micros.load(Ordering::Relaxed);
        let new = if old == 0 { took } else { (old * 7 + took) / 8 };
        self.typical_micros.store(new, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_refuses_whom_it_cannot_serve_in_time() {
        let line = WaitLine::new(2, 100);
        line.served(Duration::from_secs(1));
        let outside = Duration::from_millis(2500);
        // Two workers at 1 s each: places 0..5 are served within 2.5 s
        // (rounds 0, 0, 1, 1, 2, 2); the seventh would wait 3 s.
        let places: Vec<_> = (0..6).map(|_| line.join(outside)).collect();
        assert!(places.iter().all(Option::is_some));
        assert!(line.join(outside).is_none());
        drop(places);
        assert!(line.join(outside).is_some(), "leaving makes room");
        let tiny = WaitLine::new(1, 1);
        let _first = tiny.join(outside).unwrap();
        assert!(tiny.join(outside).is_none(), "the count bounds it too");
    }

    #[tokio::test]
    async fn a_request_waits_what_is_left_of_its_budget() {
        assert_eq!(queue_wait(Duration::from_secs(7)), Duration::from_secs(7));
        let inside = serve(async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            queue_wait(Duration::from_secs(7))
        })
        .await;
        assert!(
            inside < QUEUE_BUDGET && inside > QUEUE_BUDGET - Duration::from_secs(5),
            "{inside:?}"
        );
    }
}
