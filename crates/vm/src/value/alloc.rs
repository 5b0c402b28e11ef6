//! Fallible allocation: how a request for more memory than the process can
//! have becomes a Python `MemoryError` instead of aborting the process.
//!
//! Rust's collections abort when an allocation fails ("memory allocation of
//! N bytes failed"). So every allocation whose size a Python program
//! chooses (`bytearray(n)`, `[x] * n`, `s.center(n)`, `'%*d' % (n, 1)`,
//! `1 << n`) and every container a program can grow without bound (list,
//! str, bytearray, dict, set) asks for its memory through this module,
//! which answers [`NoMemory`] instead; the caller turns that into
//! `MemoryError` with `OrMemoryError::or_memory_error` (in
//! `objects::memory`) once it no longer
//! borrows the object it was growing.
//!
//! Three tools:
//! - reservations ([`reserve`], [`push`], [`vec_with_capacity`],
//!   [`string_with_capacity`], [`filled`]) wrap `try_reserve`, so the
//!   allocation itself is fallible;
//! - [`MAX_ALLOCATION`] refuses at once what no machine can hold, so such a
//!   request costs nothing and cannot succeed on a machine that overcommits;
//! - [`probe`] checks, by allocating and freeing, that an allocation Rust
//!   has no fallible form for (a `String` becoming an `Arc<str>`, the digits
//!   of a big-int result num-bigint computes) can be made now.
//!
//! What stays infallible: small allocations (an object, a frame, an
//! exception, the first items of a container), and the temporaries of the
//! computations that follow a successful probe. When one of those finds
//! no memory (a program filled it with a hundred million short strings),
//! the memory cushion (`value::cushion`, where the process installs it)
//! lets it succeed and has `MemoryError` raised at the next safe point.

use std::collections::TryReserveError;

/// An allocation that could not be made (Python's `MemoryError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoMemory;

impl From<TryReserveError> for NoMemory {
    fn from(_: TryReserveError) -> NoMemory {
        NoMemory
    }
}

/// The most bytes one allocation may ask for: 256 TiB, all that a process
/// can address on AArch64 with 48-bit virtual addresses, twice what it can
/// on x86-64, and far more than any machine's memory. A request beyond it
/// fails at once, without asking the allocator (which, on a system that
/// overcommits, might grant it and let the process die filling it).
pub const MAX_ALLOCATION: usize = 1 << 48;

/// Allocations smaller than this are not probed: if they cannot be made,
/// memory is exhausted and the next small allocation would abort anyway.
const PROBE_THRESHOLD: usize = 1 << 16;

/// Whether `count` items of `T` fit [`MAX_ALLOCATION`].
#[inline]
fn within_limit<T>(count: usize) -> Result<(), NoMemory> {
    match count.checked_mul(std::mem::size_of::<T>()) {
        Some(bytes) if bytes <= MAX_ALLOCATION => Ok(()),
        _ => Err(NoMemory),
    }
}

/// The size of `count` items of `size` bytes each, if it can be asked for.
pub fn bytes_for(count: usize, size: usize) -> Result<usize, NoMemory> {
    count.checked_mul(size).filter(|b| *b <= MAX_ALLOCATION).ok_or(NoMemory)
}

/// Makes room for `additional` more items in `v` (growing it the way
/// `push` would, amortised), or fails leaving `v` as it was.
#[inline]
pub fn reserve<T>(v: &mut Vec<T>, additional: usize) -> Result<(), NoMemory> {
    if v.capacity() - v.len() >= additional {
        return Ok(());
    }
    grow(v, additional)
}

#[cold]
#[inline(never)]
fn grow<T>(v: &mut Vec<T>, additional: usize) -> Result<(), NoMemory> {
    within_limit::<T>(v.len().checked_add(additional).ok_or(NoMemory)?)?;
    Ok(v.try_reserve(additional)?)
}

/// Makes room for exactly `additional` more items in `v` (for a size known
/// in advance), or fails leaving `v` as it was.
pub fn reserve_exact<T>(v: &mut Vec<T>, additional: usize) -> Result<(), NoMemory> {
    within_limit::<T>(v.len().checked_add(additional).ok_or(NoMemory)?)?;
    Ok(v.try_reserve_exact(additional)?)
}

/// Appends `item` to `v`. The common case (room left) is a plain push; a
/// full vector grows fallibly. On failure `item` is dropped.
#[inline]
pub fn push<T>(v: &mut Vec<T>, item: T) -> Result<(), NoMemory> {
    if v.len() == v.capacity() {
        grow(v, 1)?;
    }
    v.push(item);
    Ok(())
}

/// Appends clones of `items` to `v`, or fails leaving `v` as it was.
pub fn extend_from_slice<T: Clone>(v: &mut Vec<T>, items: &[T]) -> Result<(), NoMemory> {
    reserve(v, items.len())?;
    v.extend_from_slice(items);
    Ok(())
}

/// A copy of `items` (`items.to_vec()`, fallibly).
pub fn copied<T: Clone>(items: &[T]) -> Result<Vec<T>, NoMemory> {
    let mut v = vec_with_capacity(items.len())?;
    v.extend_from_slice(items);
    Ok(v)
}

/// An empty vector with room for exactly `capacity` items.
pub fn vec_with_capacity<T>(capacity: usize) -> Result<Vec<T>, NoMemory> {
    let mut v = Vec::new();
    reserve_exact(&mut v, capacity)?;
    Ok(v)
}

/// `len` copies of `value` (`vec![value; len]`, fallibly).
pub fn filled<T: Clone>(value: T, len: usize) -> Result<Vec<T>, NoMemory> {
    let mut v = vec_with_capacity(len)?;
    v.resize(len, value);
    Ok(v)
}

/// `items` repeated `times` times (`[x, y] * n`).
pub fn repeat<T: Clone>(items: &[T], times: usize) -> Result<Vec<T>, NoMemory> {
    if items.is_empty() || times == 0 {
        return Ok(Vec::new());
    }
    let mut v = vec_with_capacity(items.len().checked_mul(times).ok_or(NoMemory)?)?;
    v.extend_from_slice(items);
    fill_by_doubling(&mut v, times);
    Ok(v)
}

/// Repeats the `len` items `v` holds until it holds `times` copies, in
/// capacity already reserved: each step copies everything made so far, so
/// `b"x" * 10**8` is 27 block copies rather than 10**8 small ones (as
/// CPython's `_PyBytes_Repeat`).
fn fill_by_doubling<T: Clone>(v: &mut Vec<T>, times: usize) {
    let total = v.len() * times;
    while v.len() < total {
        let chunk = v.len().min(total - v.len());
        v.extend_from_within(..chunk);
    }
}

/// `v` repeated `times` times in place (`list *= n`), or fails leaving `v`
/// as it was.
pub fn repeat_in_place<T: Clone>(v: &mut Vec<T>, times: usize) -> Result<(), NoMemory> {
    let len = v.len();
    if len == 0 || times <= 1 {
        return Ok(());
    }
    reserve_exact(v, len.checked_mul(times - 1).ok_or(NoMemory)?)?;
    fill_by_doubling(v, times);
    Ok(())
}

/// An empty string with room for exactly `capacity` bytes.
pub fn string_with_capacity(capacity: usize) -> Result<String, NoMemory> {
    let mut s = String::new();
    reserve_str(&mut s, capacity)?;
    Ok(s)
}

/// Makes room for `additional` more bytes in `s`, or fails leaving it as it was.
pub fn reserve_str(s: &mut String, additional: usize) -> Result<(), NoMemory> {
    if s.capacity() - s.len() >= additional {
        return Ok(());
    }
    within_limit::<u8>(s.len().checked_add(additional).ok_or(NoMemory)?)?;
    Ok(s.try_reserve(additional)?)
}

/// How many bytes of a short piece `push_repeated` copies at a time.
const REPEAT_BLOCK: usize = 4096;

/// Appends `piece` `times` times to `s`.
pub fn push_repeated(s: &mut String, piece: &str, times: usize) -> Result<(), NoMemory> {
    if piece.is_empty() || times == 0 {
        return Ok(());
    }
    let added = piece.len().checked_mul(times).ok_or(NoMemory)?;
    reserve_str(s, added)?;
    // A block of whole pieces at a time: a few block copies per page, not
    // `times` small ones. (Doubling in place, as `fill_by_doubling` does,
    // needs `String::extend_from_within`, newer than the crate's minimum
    // Rust; going through the bytes would check the whole string is UTF-8
    // again at every call, and `expandtabs` calls this once per tab.)
    if piece.len() >= REPEAT_BLOCK || times == 1 {
        for _ in 0..times {
            s.push_str(piece);
        }
        return Ok(());
    }
    let per_block = (REPEAT_BLOCK / piece.len()).min(times);
    let block = piece.repeat(per_block);
    for _ in 0..times / per_block {
        s.push_str(&block);
    }
    s.push_str(&block[..times % per_block * piece.len()]);
    Ok(())
}

/// Text padded with `fill`: `left` fills, `head`, `middle` fills, `tail`,
/// `right` fills (`center`, `ljust`, format widths; `middle` is where `=`
/// alignment pads, between a sign and the digits).
pub fn padded(
    fill: char,
    (left, middle, right): (usize, usize, usize),
    head: &str,
    tail: &str,
) -> Result<String, NoMemory> {
    let mut buf = [0u8; 4];
    let fill = &*fill.encode_utf8(&mut buf);
    let fills = left.checked_add(middle).and_then(|n| n.checked_add(right)).ok_or(NoMemory)?;
    let size = bytes_for(fills, fill.len())?.checked_add(head.len() + tail.len()).ok_or(NoMemory)?;
    let mut out = string_with_capacity(size)?;
    push_repeated(&mut out, fill, left)?;
    out.push_str(head);
    push_repeated(&mut out, fill, middle)?;
    out.push_str(tail);
    push_repeated(&mut out, fill, right)?;
    Ok(out)
}

/// Checks that `bytes` bytes can be allocated now, by allocating and
/// freeing them: for allocations made by code that has no fallible form
/// (the copy of a `String` into an `Arc<str>`, num-bigint's results).
/// Small sizes pass without asking.
pub fn probe(bytes: usize) -> Result<(), NoMemory> {
    if bytes > MAX_ALLOCATION {
        return Err(NoMemory);
    }
    if bytes < PROBE_THRESHOLD {
        return Ok(());
    }
    // Only the address space is asked for: the pages are never touched.
    let mut trial: Vec<u8> = Vec::new();
    trial.try_reserve_exact(bytes)?;
    Ok(())
}

/// Checks that an int of about `bits` bits can be stored (see [`probe`]):
/// for results whose size is known before num-bigint computes them.
pub fn probe_int_bits(bits: f64) -> Result<(), NoMemory> {
    let bytes = bits / 8.0;
    // NaN and infinity fail too.
    if bytes.is_nan() || bytes > MAX_ALLOCATION as f64 {
        return Err(NoMemory);
    }
    probe(bytes as usize)
}

/// Ends the process as Rust's own allocation failures do: for the few
/// internal allocations that have no way to report failure (an identifier
/// the interpreter stores in a namespace), which fail only when memory is
/// exhausted to the last page.
#[cold]
pub fn exhausted() -> ! {
    std::alloc::handle_alloc_error(std::alloc::Layout::new::<[usize; 8]>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_requests_fail_without_asking() {
        let mut v: Vec<u64> = Vec::new();
        assert_eq!(reserve(&mut v, 1 << 60), Err(NoMemory));
        assert_eq!(reserve_exact(&mut v, usize::MAX), Err(NoMemory));
        assert_eq!(filled(0u8, MAX_ALLOCATION + 1).map(|v| v.len()), Err(NoMemory));
        assert_eq!(repeat(&[1u8, 2], usize::MAX / 2 + 1).map(|v| v.len()), Err(NoMemory));
        assert_eq!(string_with_capacity(usize::MAX).map(|s| s.len()), Err(NoMemory));
        assert_eq!(probe(MAX_ALLOCATION + 1), Err(NoMemory));
        assert_eq!(probe_int_bits(f64::INFINITY), Err(NoMemory));
        assert_eq!(probe_int_bits(f64::NAN), Err(NoMemory));
        assert!(v.is_empty() && v.capacity() == 0);
    }

    #[test]
    fn repeating_by_doubling_makes_exact_copies() {
        for times in 0..40 {
            let items = [1u8, 2, 3];
            let naive: Vec<u8> = (0..times).flat_map(|_| items).collect();
            assert_eq!(repeat(&items, times).unwrap(), naive);
            let mut v = items.to_vec();
            repeat_in_place(&mut v, times.max(1)).unwrap();
            assert_eq!(v, (0..times.max(1)).flat_map(|_| items).collect::<Vec<_>>());
            let mut s = String::from(">");
            push_repeated(&mut s, "\u{e9}b", times).unwrap();
            assert_eq!(s, format!(">{}", "\u{e9}b".repeat(times)));
        }
        // Across several blocks, and pieces longer than a block.
        let long = "\u{e9}".repeat(REPEAT_BLOCK);
        for (piece, times) in
            [("\u{e9}b", 1365), ("\u{e9}b", 1366), ("\u{e9}b", 5000), ("x", 3 * REPEAT_BLOCK + 7), (&*long, 3)]
        {
            let mut s = String::from(">");
            push_repeated(&mut s, piece, times).unwrap();
            assert_eq!(s, format!(">{}", piece.repeat(times)));
        }
    }

    #[test]
    fn ordinary_requests_succeed() {
        let mut v = vec![1, 2, 3];
        push(&mut v, 4).unwrap();
        extend_from_slice(&mut v, &[5, 6]).unwrap();
        assert_eq!(v, [1, 2, 3, 4, 5, 6]);
        assert_eq!(repeat(&[7, 8], 3).unwrap(), [7, 8, 7, 8, 7, 8]);
        assert!(repeat::<u8>(&[], usize::MAX).unwrap().is_empty());
        let mut v = vec![1, 2];
        repeat_in_place(&mut v, 3).unwrap();
        assert_eq!(v, [1, 2, 1, 2, 1, 2]);
        assert_eq!(repeat_in_place(&mut v, usize::MAX), Err(NoMemory));
        assert_eq!(v, [1, 2, 1, 2, 1, 2]);
        let mut empty: Vec<u8> = Vec::new();
        repeat_in_place(&mut empty, usize::MAX).unwrap();
        assert_eq!(filled(b'x', 3).unwrap(), b"xxx");
        let mut s = string_with_capacity(4).unwrap();
        push_repeated(&mut s, "ab", 3).unwrap();
        assert_eq!(s, "ababab");
        assert_eq!(padded('\u{20ac}', (1, 2, 1), "-", "5").unwrap(), "\u{20ac}-\u{20ac}\u{20ac}5\u{20ac}");
        assert_eq!(padded('*', (usize::MAX, 0, 0), "", ""), Err(NoMemory));
        probe(1 << 20).unwrap();
        probe_int_bits(1e6).unwrap();
    }
}
