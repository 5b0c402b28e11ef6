//! Signals that reach the running program: Ctrl-C raises
//! `KeyboardInterrupt` in the main interpreter at its next safe point.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPT_MAIN: AtomicBool = AtomicBool::new(false);

/// Asks the main interpreter to raise `KeyboardInterrupt` (safe to call
/// from a signal-handling thread).
pub fn interrupt_main() {
    INTERRUPT_MAIN.store(true, Ordering::SeqCst);
}

/// Whether an interrupt is waiting (cheap: one relaxed load).
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPT_MAIN.load(Ordering::Relaxed)
}

/// Takes a waiting interrupt, if there is one.
pub fn take_interrupt() -> bool {
    INTERRUPT_MAIN.swap(false, Ordering::SeqCst)
}
