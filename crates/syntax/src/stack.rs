//! Deep recursion without stack overflow. The tree passes (checks, dump,
//! and later the compiler) recurse once per nesting level; trees may be
//! [`crate::MAX_EXPR_DEPTH`] deep, and the thread running them may have a
//! small stack. Each recursive step calls [`guarded`], which switches to a
//! freshly allocated stack segment when the current one runs low (the
//! technique rustc uses, via the same crate).

/// How much stack must remain before a step runs on the current stack.
const RED_ZONE: usize = 96 * 1024;
/// The size of each new segment.
const SEGMENT: usize = 2 * 1024 * 1024;

/// Runs `f`, on a new stack segment if the current one is nearly used up.
#[inline]
pub fn guarded<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
