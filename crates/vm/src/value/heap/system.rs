//! Handing freed memory back to the system.
//!
//! Objects are small blocks from the system allocator. glibc's malloc keeps
//! freed small blocks in per-size caches (tcache and fastbins) that are
//! never merged back into its heap on their own, so a program that builds
//! a hundred megabytes of small objects and drops them keeps that resident
//! size (CPython, whose allocator frees empty 256 KiB arenas, goes back
//! down). `malloc_trim` merges those caches and returns every free page to
//! the system; the heap calls it after a release that freed many objects.

/// Returns the allocator's free memory to the system, where the allocator
/// is glibc's; elsewhere (and under Miri, which cannot call it) a no-op.
pub fn return_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu", not(miri)))]
    // SAFETY: malloc_trim takes a size and touches only memory the
    // allocator owns and has not handed out; it is thread-safe, like
    // malloc itself.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn returning_free_memory_keeps_live_blocks_intact() {
        // Miri interprets every allocation; a few are enough there.
        let n = if cfg!(miri) { 100 } else { 100_000 };
        let live: Vec<Box<[u8; 48]>> = (0..n / 10).map(|i| Box::new([i as u8; 48])).collect();
        let dead: Vec<Box<[u8; 48]>> = (0..n).map(|_| Box::new([7; 48])).collect();
        drop(dead);
        super::return_free_memory();
        assert!(live.iter().enumerate().all(|(i, b)| b.iter().all(|&x| x == i as u8)));
    }
}
