//! The last readiness answer, reused for a while: `/readyz` may be called
//! by anyone, as often as they like, and costs at most one probe of each
//! backend per interval. One probe at a time refreshes it.

use std::future::Future;
use std::time::{Duration, Instant};

const READINESS_TTL: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct Readiness(tokio::sync::Mutex<Option<(Instant, Vec<String>)>>);

impl Readiness {
    /// The problems found by `probe`, run again only when the last answer
    /// is older than the interval.
    pub async fn problems<F>(&self, probe: F) -> Vec<String>
    where
        F: Future<Output = Vec<String>>,
    {
        let mut last = self.0.lock().await;
        if let Some((at, problems)) = last.as_ref() {
            if at.elapsed() < READINESS_TTL {
                return problems.clone();
            }
        }
        let problems = probe.await;
        *last = Some((Instant::now(), problems.clone()));
        problems
    }
}
