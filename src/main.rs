//! The binary: the library's command line, on jemalloc.

/// jemalloc rather than glibc's allocator: after a flood over a thousand
/// connections glibc kept the pages around the few objects that outlive
/// it (1.6× the RSS one window later, even with `malloc_trim`); jemalloc
/// keeps like-sized objects together and its background thread gives
/// freed pages back within seconds (`benches/burst.sh`, README
/// "Performance").
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Read by jemalloc when it starts (a C string). One-page slabs: an object
/// that outlives a flood holds one page, not the up to seven pages of its
/// size class's slab.
#[allow(unsafe_code)] // a plain static under the name jemalloc looks for
#[unsafe(export_name = "_rjem_malloc_conf")]
static JEMALLOC_CONF: &[u8; 21] = b"slab_sizes:1-16384:1\0";

fn main() -> std::process::ExitCode {
    mailpasswd::cli::main()
}
