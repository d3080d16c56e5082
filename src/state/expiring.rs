//! Keys that expire each at its own time, in amortised constant time: a
//! heap ordered by expiry sits beside each map, so pruning never scans the
//! whole map under its lock. The maps are sharded, hold at most a stated
//! number of keys, and shrink once a flood has passed. Keys are kept as
//! keyed 64-bit digests: fixed-size slots in a few large tables, which the
//! allocator gives back to the system when they shrink.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasher, RandomState};
use std::sync::{Mutex, MutexGuard};

use super::locked;
use std::time::SystemTime;

const SHARDS: usize = 16;
/// Expired keys removed per access at most: no single request pays for a
/// whole window's expiry.
const EXPIRE_PER_ACCESS: usize = 64;
/// Tables smaller than this are shrunk only once empty.
const SHRINK_ABOVE: usize = 1024;

/// A value that lapses: after `expires` it holds nothing back.
pub(super) trait Expires {
    fn expires(&self) -> SystemTime;
}

impl Expires for SystemTime {
    fn expires(&self) -> SystemTime {
        *self
    }
}

/// What a full map does with a new key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum WhenFull {
    /// Forget the key due first (for quotas: it has nearly refilled, so
    /// forgetting it gives away almost nothing).
    ForgetDueFirst,
    /// Refuse the new key (for failure counts: the one due first is the
    /// oldest victim's, and forgetting it would hand a flood's sender a
    /// fresh budget for that victim).
    Refuse,
}

pub(super) struct ExpiringMap<V> {
    digest: RandomState,
    shards: Box<[Mutex<Shard<V>>]>,
    keys_per_shard: usize,
    when_full: WhenFull,
}

struct Shard<V> {
    /// Each value, and the expiry its entry in `queue` was made for.
    values: HashMap<u64, (V, SystemTime)>,
    /// One entry per key, earliest first; a key whose expiry moved later
    /// is queued again when its entry comes up.
    queue: BinaryHeap<Reverse<(SystemTime, u64)>>,
}

impl<V: Expires> Shard<V> {
    fn expire(&mut self, now: SystemTime, at_most: usize) {
        for _ in 0..at_most {
            match self.queue.peek() {
                Some(Reverse((due, _))) if *due <= now => {}
                _ => break,
            }
            let Some(Reverse((due, key))) = self.queue.pop() else {
                break;
            };
            let Some((value, queued)) = self.values.get_mut(&key) else {
                continue;
            };
            if *queued != due {
                continue;
            }
            let expires = value.expires();
            if expires <= now {
                self.values.remove(&key);
            } else {
                *queued = expires;
                self.queue.push(Reverse((expires, key)));
            }
        }
    }

    /// Makes room by forgetting the key due first (the nearest to having
    /// lapsed anyway).
    fn evict_one(&mut self) {
        while let Some(Reverse((due, key))) = self.queue.pop() {
            if self
                .values
                .get(&key)
                .is_some_and(|(_, queued)| *queued == due)
            {
                self.values.remove(&key);
                return;
            }
        }
    }

    fn shrink_if_sparse(&mut self) {
        let (len, capacity) = (self.values.len(), self.values.capacity());
        if worth_shrinking(len, capacity) {
            self.values.shrink_to(len * 2);
        }
        let (len, capacity) = (self.queue.len(), self.queue.capacity());
        if worth_shrinking(len, capacity) {
            self.queue.shrink_to(len * 2);
        }
    }
}

/// A sparse large table is shrunk; an empty one is freed whatever its
/// size, or the small tables of 16 shards would keep a flood's peak.
fn worth_shrinking(len: usize, capacity: usize) -> bool {
    len * 4 < capacity && (capacity > SHRINK_ABOVE || len == 0)
}

impl<V: Expires> ExpiringMap<V> {
    /// A map that keeps at most about `max_keys` keys.
    pub(super) fn new(max_keys: usize, when_full: WhenFull) -> Self {
        let shards = (0..SHARDS)
            .map(|_| {
                Mutex::new(Shard {
                    values: HashMap::new(),
                    queue: BinaryHeap::new(),
                })
            })
            .collect();
        Self {
            digest: RandomState::new(),
            shards,
            keys_per_shard: max_keys.div_ceil(SHARDS).max(1),
            when_full,
        }
    }

    fn shard(&self, digest: u64) -> MutexGuard<'_, Shard<V>> {
        // The low bits pick the shard; the map hashes the digest again.
        let index = usize::try_from(digest % SHARDS as u64).unwrap_or_default();
        locked(&self.shards[index])
    }

    /// Runs `f` on the key's value, made with `new` when there is none,
    /// and keeps the value until it expires; `None` when the key is new,
    /// the map full and told to refuse.
    pub(super) fn with<R>(
        &self,
        key: &str,
        now: SystemTime,
        new: impl FnOnce() -> V,
        f: impl FnOnce(&mut V) -> R,
    ) -> Option<R> {
        let digest = self.digest.hash_one(key);
        let mut shard = self.shard(digest);
        shard.expire(now, EXPIRE_PER_ACCESS);
        if !shard.values.contains_key(&digest) && shard.values.len() >= self.keys_per_shard {
            match self.when_full {
                WhenFull::ForgetDueFirst => shard.evict_one(),
                WhenFull::Refuse => return None,
            }
        }
        let mut is_new = false;
        let (value, queued) = shard.values.entry(digest).or_insert_with(|| {
            is_new = true;
            (new(), SystemTime::UNIX_EPOCH)
        });
        let result = f(value);
        let expires = value.expires();
        if expires <= now {
            shard.values.remove(&digest);
        } else if is_new || expires < *queued {
            // New, or due earlier than queued: queue it for when it is due.
            *queued = expires;
            shard.queue.push(Reverse((expires, digest)));
        }
        shard.shrink_if_sparse();
        Some(result)
    }

    /// Runs `f` on the key's value if there is one; a value `f` leaves
    /// lapsed is removed.
    pub(super) fn with_existing<R>(
        &self,
        key: &str,
        now: SystemTime,
        f: impl FnOnce(&mut V) -> R,
    ) -> Option<R> {
        let digest = self.digest.hash_one(key);
        let mut shard = self.shard(digest);
        let (value, _) = shard.values.get_mut(&digest)?;
        let result = f(value);
        if value.expires() <= now {
            shard.values.remove(&digest);
        }
        Some(result)
    }

    /// Removes every lapsed key and gives back the memory they held; for
    /// a background sweep, so memory returns even when no request comes.
    pub(super) fn sweep(&self, now: SystemTime) {
        for index in 0..SHARDS {
            let mut shard = locked(&self.shards[index]);
            shard.expire(now, usize::MAX);
            shard.shrink_if_sparse();
        }
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        (0..SHARDS)
            .map(|index| locked(&self.shards[index]).values.len())
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 + secs)
    }

    #[test]
    fn keys_leave_when_they_lapse_and_not_before() {
        let map: ExpiringMap<SystemTime> = ExpiringMap::new(1000, WhenFull::ForgetDueFirst);
        map.with("a", at(0), || at(10), |_| ());
        map.with("b", at(0), || at(20), |_| ());
        // "a" is pushed later by a use: it must outlive its first expiry.
        map.with("a", at(5), || at(0), |until| *until = at(30));
        map.sweep(at(15));
        assert_eq!(map.len(), 2);
        map.sweep(at(25));
        assert_eq!(map.len(), 1, "b lapsed at 20");
        assert_eq!(map.with_existing("a", at(25), |until| *until), Some(at(30)));
        map.sweep(at(30));
        assert_eq!(map.len(), 0);
    }

    #[test]
    fn a_full_refusing_map_keeps_every_key_it_has() {
        let map: ExpiringMap<SystemTime> = ExpiringMap::new(SHARDS, WhenFull::Refuse);
        let kept: Vec<String> = (0..(SHARDS as u64 * 10))
            .map(|i| format!("k{i}"))
            .filter(|key| map.with(key, at(0), || at(100), |_| ()).is_some())
            .collect();
        assert!(kept.len() <= SHARDS && !kept.is_empty(), "{}", kept.len());
        for key in &kept {
            assert!(
                map.with_existing(key, at(0), |_| ()).is_some(),
                "{key} forgotten"
            );
            assert!(
                map.with(key, at(0), || at(100), |_| ()).is_some(),
                "{key} refused"
            );
        }
        map.sweep(at(100));
        assert!(
            map.with("new", at(100), || at(200), |_| ()).is_some(),
            "room once lapsed"
        );
    }

    #[test]
    fn a_full_map_forgets_the_key_due_first() {
        let map: ExpiringMap<SystemTime> = ExpiringMap::new(SHARDS, WhenFull::ForgetDueFirst);
        // More keys than the map holds: it never exceeds its bound.
        for i in 0..(SHARDS as u64 * 10) {
            map.with(&format!("k{i}"), at(0), || at(100 + i), |_| ());
        }
        assert!(map.len() <= SHARDS, "{}", map.len());
        let latest = format!("k{}", SHARDS as u64 * 10 - 1);
        assert!(map.with_existing(&latest, at(0), |_| ()).is_some());
    }

    #[test]
    fn a_value_left_lapsed_is_removed_at_once() {
        let map: ExpiringMap<SystemTime> = ExpiringMap::new(1000, WhenFull::ForgetDueFirst);
        map.with("a", at(0), || at(10), |_| ());
        map.with_existing("a", at(1), |until| *until = at(0));
        assert_eq!(map.len(), 0);
        map.with("b", at(0), || at(0), |_| ());
        assert_eq!(map.len(), 0, "born lapsed, never kept");
    }

    #[test]
    fn memory_is_given_back_after_a_flood_large_or_small() {
        // 5,000 keys leave each shard's table under the shrink threshold.
        for keys in [100_000, 5_000] {
            let map: ExpiringMap<SystemTime> =
                ExpiringMap::new(1_000_000, WhenFull::ForgetDueFirst);
            for i in 0..keys {
                map.with(&format!("ip{i}"), at(0), || at(60), |_| ());
            }
            let held = |map: &ExpiringMap<SystemTime>| -> usize {
                map.shards
                    .iter()
                    .map(|s| {
                        let shard = s.lock().unwrap();
                        shard.values.capacity() + shard.queue.capacity()
                    })
                    .sum()
            };
            assert!(held(&map) >= 2 * keys);
            map.sweep(at(61));
            assert_eq!(held(&map), 0, "{keys} keys");
        }
    }
}
