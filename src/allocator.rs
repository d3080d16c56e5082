//! glibc's allocator keeps what a burst or a flood freed on its arenas'
//! free lists, so the process would stay at its peak size for good (after
//! a flood of 75,000 clients: 2× its size before, one window later).
//! `malloc_trim(0)` gives the free pages of every arena back to the system;
//! a housekeeping thread asks for it whenever much lies free.

use std::time::Duration;

/// How often the free memory is looked at.
const LOOK_EVERY: Duration = Duration::from_secs(10);
/// Free bytes past which they are given back.
const GIVE_BACK_ABOVE: usize = 8 << 20;

/// Starts the housekeeping thread, once per process.
pub fn keep_memory_flat() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let spawned = std::thread::Builder::new()
            .name("give-back-memory".to_owned())
            .spawn(|| loop {
                std::thread::sleep(LOOK_EVERY);
                if glibc::free_bytes() > GIVE_BACK_ABOVE {
                    glibc::give_back();
                }
            });
        if let Err(error) = spawned {
            tracing::warn!(%error, "no thread to give freed memory back");
        }
    });
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
mod glibc {
    /// Bytes free in the allocator's arenas.
    pub fn free_bytes() -> usize {
        // SAFETY: mallinfo2 takes nothing and returns a plain struct by
        // value; glibc locks each arena while it counts.
        unsafe { libc::mallinfo2() }.fordblks
    }

    pub fn give_back() {
        // SAFETY: malloc_trim takes no pointer and is MT-safe: glibc
        // serialises it with every other allocator call.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// Other allocators (musl, macOS) give memory back themselves.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod glibc {
    pub fn free_bytes() -> usize {
        0
    }

    pub fn give_back() {}
}
