//! One check for identical attempts in flight: a second login with the
//! same client, address and password while the first is still being
//! checked (people click again when Dovecot's auth penalty makes a wrong
//! password take seconds) waits for the first's answer instead of costing
//! another check and another failure. Keyed by a digest, never by the
//! password itself; an entry lives only while its check runs.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

use tokio::sync::watch;

pub struct Coalesce<T: Clone> {
    running: Mutex<HashMap<[u8; 32], watch::Receiver<Option<T>>>>,
}

impl<T: Clone> Default for Coalesce<T> {
    fn default() -> Self {
        Self {
            running: Mutex::new(HashMap::new()),
        }
    }
}

/// Who runs the check for a key.
enum Role<T> {
    First(watch::Sender<Option<T>>),
    Waiter(watch::Receiver<Option<T>>),
}

impl<T: Clone> Coalesce<T> {
    /// The answer of `check` for `key`: its own, or that of an identical
    /// check already running. `gone` answers a waiter whose first check
    /// ended without an answer (its task died).
    pub async fn run<F>(&self, key: [u8; 32], check: F, gone: impl FnOnce() -> T) -> T
    where
        F: Future<Output = T>,
    {
        let role = {
            let mut running = self.running.lock().unwrap_or_else(|p| p.into_inner());
            match running.get(&key) {
                Some(receiver) => Role::Waiter(receiver.clone()),
                None => {
                    let (sender, receiver) = watch::channel(None);
                    running.insert(key, receiver);
                    Role::First(sender)
                }
            }
        };
        match role {
            Role::First(sender) => {
                // Removed whatever happens to this future.
                let _entry = Entry { map: self, key };
                let answer = check.await;
                let _ = sender.send(Some(answer.clone()));
                answer
            }
            Role::Waiter(mut receiver) => match receiver.wait_for(Option::is_some).await {
                Ok(answer) => answer.clone().unwrap_or_else(gone),
                Err(_) => gone(),
            },
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.running.lock().map(|r| r.len()).unwrap_or(0)
    }
}

struct Entry<'a, T: Clone> {
    map: &'a Coalesce<T>,
    key: [u8; 32],
}

impl<T: Clone> Drop for Entry<'_, T> {
    fn drop(&mut self) {
        let mut running = self.map.running.lock().unwrap_or_else(|p| p.into_inner());
        running.remove(&self.key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    #[tokio::test]
    async fn identical_attempts_in_flight_share_one_check() {
        let coalesce = Arc::new(Coalesce::<u32>::default());
        let checks = Arc::new(AtomicUsize::new(0));
        let check = |answer: u32| {
            let checks = Arc::clone(&checks);
            async move {
                checks.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(100)).await;
                answer
            }
        };
        let first = tokio::spawn({
            let c = Arc::clone(&coalesce);
            let f = check(7);
            async move { c.run([1; 32], f, || 0).await }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        let second = coalesce.run([1; 32], check(8), || 0).await;
        let other = coalesce.run([2; 32], check(9), || 0).await;
        assert_eq!((first.await.unwrap(), second, other), (7, 7, 9));
        assert_eq!(checks.load(Ordering::SeqCst), 2, "the second waited");
        assert_eq!(coalesce.len(), 0, "nothing kept after the answer");
        // Later, the same key is checked again.
        assert_eq!(coalesce.run([1; 32], check(5), || 0).await, 5);
    }
}
