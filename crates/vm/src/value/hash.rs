//! CPython's hash functions for the values whose hashes programs can
//! observe (through `hash()` and the iteration order of sets): ints modulo
//! the Mersenne prime 2**61 - 1, floats by `_Py_HashDouble`, tuples by the
//! xxHash-based `tuplehash`. Strings get a fixed-key SipHash (CPython's are
//! randomised per process, so programs cannot depend on them).

use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.bits`.
pub const BITS: u32 = 61;
/// `sys.hash_info.modulus`: 2**61 - 1.
pub const MODULUS: u64 = (1 << BITS) - 1;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314_159;

/// Hashes never equal -1 (CPython reserves it for errors).
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in an `i64`.
pub fn int(v: i64) -> i64 {
    let magnitude = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(magnitude as i64) } else { magnitude as i64 };
    fix(h)
}

/// `hash(n)` for a big int.
pub fn big_int(v: &BigInt) -> i64 {
    let magnitude = (v.magnitude() % MODULUS).to_u64().expect("below the modulus") as i64;
    fix(if v.sign() == Sign::Minus { -magnitude } else { magnitude })
}

/// `hash(x)` for a float (`_Py_HashDouble`). NaN hashes by identity in
/// CPython; `nan_identity` supplies that.
pub fn float(v: f64, nan_identity: i64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return nan_identity;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    fix((x as i64).wrapping_mul(sign))
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1` (or `m = 0`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    if exponent == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let e = exponent - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `hash(t)` for a tuple, given its items' hashes (`tuplehash`).
pub fn tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let mut hasher = TupleHasher::new(item_hashes.len());
    for lane in item_hashes {
        hasher.add(lane);
    }
    hasher.finish()
}

const PRIME_1: u64 = 11_400_714_785_074_694_791;
const PRIME_2: u64 = 14_029_467_366_897_019_727;
const PRIME_5: u64 = 2_870_177_450_012_600_261;

/// [`tuple`] one item hash at a time (for hashes that are computed one by
/// one, each of which may fail).
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    /// A hasher for a tuple of `len` items.
    pub fn new(len: usize) -> TupleHasher {
        TupleHasher { acc: PRIME_5, len: len as u64 }
    }

    /// Takes the next item's hash.
    #[inline]
    pub fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(PRIME_1);
    }

    /// The tuple's hash.
    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (PRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        acc as i64
    }
}

/// `hash(s)` for a str or bytes payload.
pub fn bytes(data: &[u8]) -> i64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    hasher.write(data);
    fix(hasher.finish() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_as_in_cpython() {
        // Values printed by CPython 3.11.
        assert_eq!(int(-1), -2);
        assert_eq!(int(1 << 61), 1);
        assert_eq!(int(-(1 << 62)), -2);
        assert_eq!(float(1.5, 0), 1_152_921_504_606_846_977);
        assert_eq!(float(-0.5, 0), -1_152_921_504_606_846_976);
        assert_eq!(float(1e100, 0), 1_822_893_315_824_342_674);
        assert_eq!(float(3.0, 0), 3);
        assert_eq!(float(f64::INFINITY, 0), 314_159);
        assert_eq!(big_int(&(BigInt::from(1) << 100)), 549_755_813_888);
        assert_eq!(tuple([1i64, 2].into_iter()), -3_550_055_125_485_641_917);
        assert_eq!(tuple(std::iter::empty()), 5_740_354_900_026_072_187);
    }
}
