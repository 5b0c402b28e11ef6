//! The memory cushion: how memory running out in an allocation that has
//! no way to fail (an object's box, a frame, a short string, a table's
//! first slots) becomes a Python `MemoryError` instead of the end of the
//! process.
//!
//! The allocations whose size a program chooses, and the containers it can
//! grow, already ask fallibly (`value::alloc`). Everything else (every
//! `Box`, `Vec`, `String` and `Arc` anywhere in the VM, its dependencies
//! and the standard library) goes through Rust's global allocator, which
//! aborts when it gets no memory. Making all of those fallible would mean a
//! `Result` at every one of thousands of places that make an object, and it
//! would still leave the standard library's own allocations. So instead
//! the process's allocator is [`Cushion`]: `std::alloc::System` with a
//! reserve beside it. When the system refuses an allocation, the cushion
//! gives up its reserve (a few MiB taken when the first interpreter is
//! created), notes that this thread ran out of memory, and asks again; the
//! request now succeeds, and so do the ones that follow while the
//! interpreter gets to its next safe point, which raises `MemoryError` in
//! the interpreter this thread runs. Unwinding frees what the program
//! built, and a later safe point takes the reserve back.
//!
//! What it cannot do: a single allocation larger than the reserve that
//! fails even after the reserve is given up still ends the process, as
//! before (those whose size a program chooses are the fallible ones of
//! `value::alloc`); so does one made after the reserve is spent and before
//! the next safe point raises, by code that allocates more than the
//! reserve between two safe points. And where the system overcommits (no
//! `ulimit -v`, Linux's default), allocations do not fail at all: the
//! kernel's out-of-memory killer ends some process instead.
//!
//! A library must not choose the process's allocator: the `isopy` command
//! installs the cushion with `#[global_allocator]`, and a program that
//! embeds the VM does the same to get the same guarantee
//! (`isopy_vm::host::MemoryCushion`). Without it, the checks below find
//! nothing to report and cost one load per safe point.
//!
//! [`note_ran_out`] is also the way for any part of the VM to have
//! `MemoryError` raised at the thread's next safe point, when it had to
//! refuse memory where it could not report it (a generation list that
//! could not grow, a collection that could not get its work lists).
//!
//! This module holds the allocator's `unsafe` code.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// How many bytes the cushion holds in reserve: enough to unwind the
/// frames, build the exception and its traceback and print it, and for
/// the few allocations a loop iteration or a built-in call makes before
/// the next safe point. Only its address space counts: the pages are
/// never touched.
pub const RESERVE_BYTES: usize = 4 << 20;

/// The reserve block ([`map_reserve`]); null when spent or not yet taken.
static RESERVE: AtomicPtr<u8> = AtomicPtr::new(ptr::null_mut());
/// Whether [`prepare`] has run: before it there is no reserve to take back.
static PREPARED: AtomicBool = AtomicBool::new(false);
/// Whether the reserve was spent (or could not be taken) and not yet
/// taken back.
static SPENT: AtomicBool = AtomicBool::new(false);
/// Nonzero while something waits for an interpreter: one for each thread
/// whose allocation failed and that has not raised `MemoryError` yet, one
/// while the reserve is spent. The frame loop reads it at every safe
/// point ([`attention`]), so the common case is one relaxed load.
static ATTENTION: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Whether an allocation of this thread failed since its interpreter
    /// last raised `MemoryError`. (A constant initializer and no
    /// destructor: reading it never allocates, which the allocator's own
    /// failure path relies on.)
    static RAN_OUT: Cell<bool> = const { Cell::new(false) };
}

/// The process's allocator with a memory cushion: `System`, and when the
/// system refuses an allocation, the reserve given up and the allocation
/// asked for again, with `MemoryError` raised at the allocating thread's
/// next safe point. A program installs it with `#[global_allocator]` in
/// its crate root, as the public re-export `host::MemoryCushion` shows.
#[derive(Debug, Default, Clone, Copy)]
pub struct Cushion;

// SAFETY: every method hands its request to the inner allocator (`System`,
// or under test a `System` that refuses on demand) with the caller's
// arguments unchanged, so each block it returns is one that allocator
// made, and each block it frees or resizes goes back to that allocator.
// Asking again after a failure is allowed: a failed `alloc` returned
// nothing, and a failed `realloc` left the old block as it was (the
// `GlobalAlloc` contract), so the second request is the same as the first.
unsafe impl GlobalAlloc for Cushion {
    // SAFETY: unsafe as `GlobalAlloc::alloc` is: the caller passes a layout
    // of non-zero size, which is all the inner allocator needs.
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout, as `alloc` requires (non-zero size).
        let block = unsafe { inner().alloc(layout) };
        if block.is_null() {
            // SAFETY: as above.
            return out_of_memory(|| unsafe { inner().alloc(layout) });
        }
        block
    }

    // SAFETY: as `alloc`: the caller's layout has a non-zero size.
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout, as `alloc_zeroed` requires.
        let block = unsafe { inner().alloc_zeroed(layout) };
        if block.is_null() {
            // SAFETY: as above.
            return out_of_memory(|| unsafe { inner().alloc_zeroed(layout) });
        }
        block
    }

    // SAFETY: unsafe as `GlobalAlloc::dealloc` is: the caller's block was
    // made by this allocator with `layout`, and is not used after.
    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: the caller's block, made by this allocator and so by the
        // inner one, with the layout it was made with.
        unsafe { inner().dealloc(block, layout) }
    }

    // SAFETY: unsafe as `GlobalAlloc::realloc` is: the caller's block was
    // made with `layout`, and `new_size` is non-zero and fits an isize.
    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's block (made by the inner allocator), layout
        // and new size, as `realloc` requires.
        let moved = unsafe { inner().realloc(block, layout, new_size) };
        if moved.is_null() {
            // SAFETY: as above; the failed call left `block` as it was.
            return out_of_memory(|| unsafe { inner().realloc(block, layout, new_size) });
        }
        moved
    }
}

/// The allocator the cushion hands requests to.
#[cfg(not(test))]
#[inline(always)]
fn inner() -> System {
    System
}

#[cfg(test)]
fn inner() -> tests::Refusing {
    tests::Refusing
}

/// An allocation failed: gives up the reserve, notes that this thread ran
/// out, and asks again (`retry`); null if that fails too.
#[cold]
#[inline(never)]
fn out_of_memory(retry: impl FnOnce() -> *mut u8) -> *mut u8 {
    release();
    note_ran_out();
    retry()
}

/// Gives the reserve back to the system, if it is held.
fn release() {
    let block = RESERVE.swap(ptr::null_mut(), Ordering::AcqRel);
    if !block.is_null() {
        // SAFETY: the reserve was made by `map_reserve`, and the swap took
        // it out of `RESERVE`, so no one else unmaps it.
        unsafe { unmap_reserve(block) };
        mark_spent();
    }
}

/// A new reserve block of [`RESERVE_BYTES`], or null. It is mapped from
/// the system directly rather than taken from `malloc`, so that giving it
/// up hands its address space back to the system, where any thread's
/// `malloc` can get it (a block freed to `malloc` would go back to the
/// arena of the thread that took it, out of other threads' reach).
fn map_reserve() -> *mut u8 {
    #[cfg(all(unix, not(miri)))]
    {
        // SAFETY: a new private anonymous mapping: it touches no memory
        // of the process's.
        let block = unsafe {
            libc::mmap(
                ptr::null_mut(),
                RESERVE_BYTES,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if block == libc::MAP_FAILED {
            ptr::null_mut()
        } else {
            block.cast()
        }
    }
    #[cfg(not(all(unix, not(miri))))]
    {
        // SAFETY: the layout has a non-zero size.
        unsafe { System.alloc(RESERVE_LAYOUT) }
    }
}

/// Gives back a block [`map_reserve`] made.
///
/// # Safety
/// `block` came from `map_reserve`, and nothing uses it after.
// SAFETY: unsafe because unmapping a block still in use would free live
// memory; its two callers own the block they pass (see each call).
unsafe fn unmap_reserve(block: *mut u8) {
    #[cfg(all(unix, not(miri)))]
    {
        // SAFETY: the caller's block is a whole mapping of RESERVE_BYTES.
        unsafe { libc::munmap(block.cast(), RESERVE_BYTES) };
    }
    #[cfg(not(all(unix, not(miri))))]
    {
        // SAFETY: made by `System` with this layout (the caller's promise).
        unsafe { System.dealloc(block, RESERVE_LAYOUT) }
    }
}

#[cfg(not(all(unix, not(miri))))]
const RESERVE_LAYOUT: Layout = match Layout::from_size_align(RESERVE_BYTES, 4096) {
    Ok(layout) => layout,
    Err(_) => panic!("the reserve's layout is valid"),
};

fn mark_spent() {
    if !SPENT.swap(true, Ordering::AcqRel) {
        ATTENTION.fetch_add(1, Ordering::AcqRel);
    }
}

/// Takes the reserve, once per process (creating an interpreter calls it).
/// Without [`Cushion`] installed the reserve is never used: it costs its
/// address space, not its memory.
pub fn prepare() {
    if PREPARED.load(Ordering::Acquire) || PREPARED.swap(true, Ordering::AcqRel) {
        return;
    }
    if !take() {
        mark_spent();
    }
}

/// Makes a reserve block and stores it, unless one is there already;
/// whether one is held now.
fn take() -> bool {
    let block = map_reserve();
    if block.is_null() {
        return false;
    }
    if RESERVE.compare_exchange(ptr::null_mut(), block, Ordering::AcqRel, Ordering::Acquire).is_err() {
        // SAFETY: made just above, and stored nowhere.
        unsafe { unmap_reserve(block) };
    }
    true
}

/// Whether something may wait for the running interpreter (a failed
/// allocation, a spent reserve): one relaxed load, for the safe points.
#[inline(always)]
pub fn attention() -> bool {
    ATTENTION.load(Ordering::Relaxed) != 0
}

/// Has `MemoryError` raised at this thread's next safe point: an
/// allocation of this thread failed (or was refused) where it could not
/// say so.
pub fn note_ran_out() {
    let _ = RAN_OUT.try_with(|ran_out| {
        if !ran_out.replace(true) {
            ATTENTION.fetch_add(1, Ordering::AcqRel);
        }
    });
}

/// Whether an allocation of this thread failed since this was last asked;
/// asking clears it (the caller raises `MemoryError`).
pub fn take_ran_out() -> bool {
    RAN_OUT
        .try_with(|ran_out| {
            let was = ran_out.replace(false);
            if was {
                ATTENTION.fetch_sub(1, Ordering::AcqRel);
            }
            was
        })
        .unwrap_or(false)
}

/// Takes the reserve back if it was spent; whether it is held (or was
/// never taken) now. Call it once the `MemoryError` has been raised and
/// memory may have been freed: taking it back before would leave nothing
/// to raise with.
pub fn restore() -> bool {
    if !SPENT.load(Ordering::Acquire) {
        return true;
    }
    if RESERVE.load(Ordering::Acquire).is_null() && PREPARED.load(Ordering::Acquire) && !take() {
        return false;
    }
    if SPENT.swap(false, Ordering::AcqRel) {
        ATTENTION.fetch_sub(1, Ordering::AcqRel);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    thread_local! {
        /// How many of this thread's next allocations [`Refusing`] refuses.
        static REFUSE: Cell<u32> = const { Cell::new(0) };
    }

    /// `System`, refusing as many allocations as the test asks of it.
    pub(super) struct Refusing;

    impl Refusing {
        fn refuses() -> bool {
            REFUSE.with(|n| {
                let left = n.get();
                n.set(left.saturating_sub(1));
                left > 0
            })
        }
    }

    // SAFETY: `System`'s methods with the caller's arguments, or null
    // (a refusal, which the contract allows) without touching anything.
    unsafe impl GlobalAlloc for Refusing {
        // SAFETY: unsafe as `GlobalAlloc::alloc` is: the caller passes a layout
        // of non-zero size, which is all the inner allocator needs.
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: the caller's valid layout.
            if Refusing::refuses() {
                ptr::null_mut()
            } else {
                unsafe { System.alloc(layout) }
            }
        }
        // SAFETY: as `alloc`: the caller's layout has a non-zero size.
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: the caller's valid layout.
            if Refusing::refuses() {
                ptr::null_mut()
            } else {
                unsafe { System.alloc_zeroed(layout) }
            }
        }
        // SAFETY: unsafe as `GlobalAlloc::dealloc` is: the caller's block was
        // made by this allocator with `layout`, and is not used after.
        unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
            // SAFETY: the caller's block, made by `System`.
            unsafe { System.dealloc(block, layout) }
        }
        // SAFETY: unsafe as `GlobalAlloc::realloc` is: the caller's block was
        // made with `layout`, and `new_size` is non-zero and fits an isize.
        unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: the caller's block, made by `System`, and sizes.
            if Refusing::refuses() {
                ptr::null_mut()
            } else {
                unsafe { System.realloc(block, layout, new_size) }
            }
        }
    }

    /// The tests share the process's reserve: one at a time.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

    fn refuse_next(n: u32) {
        REFUSE.with(|r| r.set(n));
    }

    /// Runs `body` with the reserve held and this thread's flag clear, and
    /// checks that it leaves things so.
    fn with_reserve(body: impl FnOnce()) {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        prepare();
        assert!(restore());
        assert!(!take_ran_out());
        body();
        refuse_next(0);
        take_ran_out();
        assert!(restore(), "the reserve is taken back");
        assert!(!RESERVE.load(Ordering::Acquire).is_null());
        assert!(!SPENT.load(Ordering::Acquire));
    }

    const SMALL: Layout = match Layout::from_size_align(48, 8) {
        Ok(layout) => layout,
        Err(_) => panic!(),
    };

    #[test]
    fn an_ordinary_allocation_passes_through() {
        with_reserve(|| {
            // SAFETY: a valid layout; the block is written within its
            // size and freed with it.
            unsafe {
                let block = Cushion.alloc(SMALL);
                assert!(!block.is_null());
                block.write_bytes(7, SMALL.size());
                let zeroed = Cushion.alloc_zeroed(SMALL);
                assert!(std::slice::from_raw_parts(zeroed, SMALL.size()).iter().all(|b| *b == 0));
                let grown = Cushion.realloc(block, SMALL, 4096);
                assert!(std::slice::from_raw_parts(grown, SMALL.size()).iter().all(|b| *b == 7));
                Cushion.dealloc(grown, Layout::from_size_align(4096, 8).unwrap());
                Cushion.dealloc(zeroed, SMALL);
            }
            assert!(!take_ran_out(), "nothing failed");
        });
    }

    #[test]
    fn a_refused_allocation_spends_the_reserve_and_is_asked_again() {
        with_reserve(|| {
            refuse_next(1);
            // SAFETY: a valid layout; freed with it.
            unsafe {
                let block = Cushion.alloc(SMALL);
                assert!(!block.is_null(), "the second request succeeds");
                Cushion.dealloc(block, SMALL);
            }
            assert!(attention());
            assert!(take_ran_out(), "the thread ran out");
            assert!(!take_ran_out(), "and it is reported once");
        });
    }

    #[test]
    fn a_refused_reallocation_keeps_the_block_and_is_asked_again() {
        with_reserve(|| {
            // SAFETY: valid layouts; the block is written within its size,
            // read within the size both layouts share, and freed with the
            // layout it has at the end.
            unsafe {
                let block = Cushion.alloc(SMALL);
                block.write_bytes(9, SMALL.size());
                refuse_next(1);
                let grown = Cushion.realloc(block, SMALL, 1000);
                assert!(!grown.is_null());
                assert!(std::slice::from_raw_parts(grown, SMALL.size()).iter().all(|b| *b == 9));
                Cushion.dealloc(grown, Layout::from_size_align(1000, 8).unwrap());
                refuse_next(1);
                let zeroed = Cushion.alloc_zeroed(SMALL);
                assert!(std::slice::from_raw_parts(zeroed, SMALL.size()).iter().all(|b| *b == 0));
                Cushion.dealloc(zeroed, SMALL);
            }
            assert!(take_ran_out());
        });
    }

    #[test]
    fn an_allocation_refused_twice_fails() {
        with_reserve(|| {
            refuse_next(2);
            // SAFETY: a valid layout; a null result is not used.
            let block = unsafe { Cushion.alloc(SMALL) };
            assert!(block.is_null(), "the failure reaches the caller (Rust aborts, or try_reserve reports it)");
            assert!(take_ran_out());
        });
    }

    #[test]
    fn memory_error_can_be_asked_for_without_a_failed_allocation() {
        with_reserve(|| {
            note_ran_out();
            note_ran_out();
            assert!(attention());
            assert!(take_ran_out());
            assert!(!take_ran_out());
        });
    }

    #[test]
    fn each_thread_reports_only_its_own_failures() {
        with_reserve(|| {
            std::thread::spawn(|| {
                refuse_next(1);
                // SAFETY: a valid layout; freed with it.
                unsafe { Cushion.dealloc(Cushion.alloc(SMALL), SMALL) };
                assert!(take_ran_out());
            })
            .join()
            .unwrap();
            assert!(!take_ran_out(), "another thread's failure is not this one's");
            note_ran_out();
            std::thread::spawn(|| assert!(!take_ran_out())).join().unwrap();
            assert!(take_ran_out());
        });
    }
}
