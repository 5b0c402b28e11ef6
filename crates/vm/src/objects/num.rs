//! Arithmetic on ints and floats with Python's semantics: ints stay inline
//! while they fit in an `i64` and promote to big ints on overflow; floor
//! division and modulo round toward negative infinity; `**` with a negative
//! exponent gives a float; division by zero raises CPython's messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::objects::memory::OrMemoryError;
use crate::objects::types::exceptions as exc;
use crate::value::alloc::{self};
use crate::value::object::Payload;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;
use isopy_compiler::BinaryOperator as Op;

/// A number operand, after looking through heap big ints and bools.
pub enum Num {
    /// An int that fits in an `i64` (bools too).
    Small(i64),
    /// A big int.
    Big(BigInt),
    /// A float.
    Float(f64),
}

/// The number in `v`, if `v` is an int, bool or float (or an instance of
/// a subclass of one).
pub fn as_num(vm: &Vm, v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::Small(i),
                None => Num::Big((**b).clone()),
            }),
            Payload::Float(f) => Some(Num::Float(*f)),
            _ => None,
        },
        _ => None,
    }
}

/// An int's value as a float, or CPython's OverflowError.
pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.error(&exc::OVERFLOW_ERROR, "int too large to convert to float")),
    }
}

fn to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
    }
}

/// The binary slot of `int`, `bool` and `float` (one function: their
/// operators mix freely): `a op b` when both operands are numbers, else
/// `NotImplemented`. `bool`'s own `&`, `|`, `^` keep the type.
pub fn binary_slot(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            Op::And => return Ok(Value::Bool(x & y)),
            Op::Or => return Ok(Value::Bool(x | y)),
            Op::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    match (as_num(vm, a), as_num(vm, b)) {
        (Some(x), Some(y)) => Ok(binary(vm, x, y, op)?.unwrap_or(Value::NotImplemented)),
        _ => Ok(Value::NotImplemented),
    }
}

/// The unary slot of `int`, `bool` and `float`: `-v`, `+v`, `~v`.
pub fn unary_slot(vm: &mut Vm, v: &Value, op: isopy_compiler::UnaryOperator) -> PyResult<Option<Value>> {
    match as_num(vm, v) {
        Some(n) => unary(vm, n, op, matches!(v, Value::Bool(_))).map(Some),
        None => Ok(None),
    }
}

/// Applies a binary operator to two numbers; `None` if the operator does
/// not apply to numbers (e.g. `@`, or bit operations on floats).
pub fn binary(vm: &mut Vm, a: Num, b: Num, op: Op) -> PyResult<Option<Value>> {
    match (a, b) {
        (Num::Float(_), _) | (_, Num::Float(_))
            if matches!(op, Op::And | Op::Or | Op::Xor | Op::Lshift | Op::Rshift) =>
        {
            Ok(None)
        }
        (a @ Num::Float(_), b) | (a, b @ Num::Float(_)) => {
            let (x, y) = (to_f64(vm, &a)?, to_f64(vm, &b)?);
            float_binary(vm, x, y, op).map(|f| f.map(Value::Float))
        }
        (Num::Small(x), Num::Small(y)) => small_binary(vm, x, y, op),
        (a, b) => {
            let x = match a {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => unreachable!("floats handled above"),
            };
            let y = match b {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                Num::Float(_) => unreachable!("floats handled above"),
            };
            big_binary(vm, x, y, op)
        }
    }
}

fn zero_division(vm: &mut Vm, message: &str) -> crate::value::state::PyErr {
    vm.error(&exc::ZERO_DIVISION_ERROR, message.to_string())
}

/// Int arithmetic on inline ints, promoting to big ints on overflow.
fn small_binary(vm: &mut Vm, x: i64, y: i64, op: Op) -> PyResult<Option<Value>> {
    let checked = match op {
        Op::Add => x.checked_add(y),
        Op::Subtract => x.checked_sub(y),
        Op::Multiply => x.checked_mul(y),
        Op::FloorDivide => {
            if y == 0 {
                return Err(zero_division(vm, "integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        Op::Remainder => {
            if y == 0 {
                return Err(zero_division(vm, "integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        Op::TrueDivide => {
            if y == 0 {
                return Err(zero_division(vm, "division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(Value::Float(x as f64 / y as f64)));
            }
            return Ok(Some(Value::Float(true_divide_ints(&BigInt::from(x), &BigInt::from(y)))));
        }
        Op::Power => {
            if y < 0 {
                let base = x as f64;
                return float_binary(vm, base, y as f64, Op::Power).map(|f| f.map(Value::Float));
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        Op::And => Some(x & y),
        Op::Or => Some(x | y),
        Op::Xor => Some(x ^ y),
        Op::Lshift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                Some(x << y)
            } else {
                None
            }
        }
        Op::Rshift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        Op::MatrixMultiply => return Ok(None),
    };
    match checked {
        Some(v) => Ok(Some(Value::Int(v))),
        None => big_binary(vm, BigInt::from(x), BigInt::from(y), op),
    }
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide` is
/// (for the ranges where f64 conversion is exact, plain division is).
/// `a / b` for ints, correctly rounded (half to even) as CPython's
/// `long_true_divide` is, subnormal results included.
pub fn true_divide_ints(a: &BigInt, b: &BigInt) -> f64 {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return x as f64 / y as f64;
        }
    }
    if b.is_zero() {
        return f64::NAN;
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return if negative { -0.0 } else { 0.0 };
    }
    // Scale so the quotient has at least 55 significant bits.
    let s = 55 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if s >= 0 { (a << s as usize, b) } else { (a, b << (-s) as usize) };
    let (q, r) = n.div_rem(&d);
    let sticky = !r.is_zero();
    // Drop the bits that do not fit 53 (or the subnormal range), rounding once.
    let qbits = q.bits() as i64;
    let extra = (qbits - 53).max(s - 1074).max(0);
    let kept = &q >> extra as usize;
    let mut kept = kept.to_u64().unwrap_or(u64::MAX);
    if extra > 0 {
        let one = BigInt::from(1);
        let half = ((&q >> (extra - 1) as usize) & &one) == one;
        let low_mask: BigInt = (&one << (extra - 1) as usize) - &one;
        let below_half = !(&q & low_mask).is_zero();
        if half && (below_half || sticky || kept & 1 == 1) {
            kept += 1;
        }
    }
    let value = ldexp(kept as f64, extra - s);
    if negative {
        -value
    } else {
        value
    }
}

/// `x * 2**k` with one rounding at most (exact whenever the result is
/// representable), like C's `ldexp`.
pub fn ldexp(x: f64, k: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let k = k.clamp(-2200, 2200) as i32;
    if k < -1022 {
        // Two steps keep the intermediate normal.
        let first = (k + 1022).max(-1022);
        return x * 2f64.powi(first) * 2f64.powi(k - first);
    }
    if k > 1023 {
        return x * 2f64.powi(1023) * 2f64.powi(k - 1023);
    }
    x * 2f64.powi(k)
}

fn big_binary(vm: &mut Vm, x: BigInt, y: BigInt, op: Op) -> PyResult<Option<Value>> {
    let result = match op {
        Op::Add => x + y,
        Op::Subtract => x - y,
        Op::Multiply => {
            alloc::probe_int_bits((x.bits() + y.bits()) as f64).or_memory_error(vm)?;
            x * y
        }
        Op::FloorDivide => {
            if y.is_zero() {
                return Err(zero_division(vm, "integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        Op::Remainder => {
            if y.is_zero() {
                return Err(zero_division(vm, "integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        Op::TrueDivide => {
            if y.is_zero() {
                return Err(zero_division(vm, "division by zero"));
            }
            let f = true_divide_ints(&x, &y);
            if f.is_infinite() {
                return Err(vm.error(&exc::OVERFLOW_ERROR, "integer division result too large for a float"));
            }
            return Ok(Some(Value::Float(f)));
        }
        Op::Power => {
            if y.is_negative() {
                let (bx, by) = (big_to_f64(vm, &x)?, big_to_f64(vm, &y)?);
                return float_binary(vm, bx, by, Op::Power).map(|f| f.map(Value::Float));
            }
            power(vm, x, &y)?
        }
        Op::And => x & y,
        Op::Or => x | y,
        Op::Xor => x ^ y,
        Op::Lshift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            let s = left_shift_count(vm, &x, &y)?;
            x << s
        }
        Op::Rshift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => {
                    // Arithmetic shift: floor division by 2**s.
                    if x.is_negative() {
                        -((-x - 1u32) >> s) - 1u32
                    } else {
                        x >> s
                    }
                }
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        Op::MatrixMultiply => return Ok(None),
    };
    Ok(Some(vm.new_int(result)))
}

/// `x ** e` for a non-negative exponent, refused with MemoryError at once
/// when the result could not be stored (CPython squares its way up until
/// an allocation fails, which can take hours). Bases 0, 1 and -1 stay
/// small however large the exponent.
pub fn power(vm: &mut Vm, x: BigInt, e: &BigInt) -> PyResult<BigInt> {
    let magnitude = x.magnitude();
    if magnitude.is_zero() || magnitude.is_one() {
        let odd = e.is_odd();
        return Ok(if e.is_zero() {
            BigInt::one()
        } else if x.is_negative() && !odd {
            -x
        } else {
            x
        });
    }
    let log2 = match magnitude.to_f64() {
        Some(m) if m.is_finite() => m.log2(),
        _ => magnitude.bits() as f64,
    };
    let bits = e.to_f64().unwrap_or(f64::INFINITY) * log2;
    alloc::probe_int_bits(bits).or_memory_error(vm)?;
    let e = e.to_usize().expect("an exponent whose result fits memory fits a usize");
    Ok(num_traits::pow(x, e))
}

/// The shift count of `x << y` (`x` not zero, `y` not negative) if the
/// result can be stored: CPython's OverflowError for more digits than its
/// ints may have, MemoryError for a result memory cannot hold.
fn left_shift_count(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<usize> {
    // CPython counts in 30-bit digits; `divmod_shift` clips a shift of
    // more than PY_SSIZE_T_MAX / 4 digits to that, and `_PyLong_New`
    // refuses more than MAX_LONG_DIGITS.
    const DIGIT_BITS: u128 = 30;
    const CLIP: u128 = (i64::MAX / 4) as u128;
    const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;
    let (words, rest) = match y.to_u128() {
        Some(s) if s / DIGIT_BITS < CLIP => (s / DIGIT_BITS, s % DIGIT_BITS),
        _ => (CLIP, 0),
    };
    let digits = (x.bits() as u128).div_ceil(DIGIT_BITS) + words + u128::from(rest != 0);
    if digits > MAX_LONG_DIGITS {
        return Err(vm.overflow_error("too many digits in integer"));
    }
    let shift = y.to_f64().unwrap_or(f64::INFINITY);
    alloc::probe_int_bits(x.bits() as f64 + shift).or_memory_error(vm)?;
    Ok(y.to_usize().expect("a shift whose result fits memory fits a usize"))
}

/// Float arithmetic with CPython's errors.
pub fn float_binary(vm: &mut Vm, x: f64, y: f64, op: Op) -> PyResult<Option<f64>> {
    Ok(Some(match op {
        Op::Add => x + y,
        Op::Subtract => x - y,
        Op::Multiply => x * y,
        Op::TrueDivide => {
            if y == 0.0 {
                return Err(zero_division(vm, "float division by zero"));
            }
            x / y
        }
        Op::FloorDivide => {
            if y == 0.0 {
                return Err(zero_division(vm, "float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        Op::Remainder => {
            if y == 0.0 {
                return Err(zero_division(vm, "float modulo"));
            }
            float_divmod(x, y).1
        }
        Op::Power => float_pow(vm, x, y)?,
        _ => return Ok(None),
    }))
}

/// CPython's `float_divmod`: floor quotient and remainder with the
/// divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x ** y` for floats, with CPython's special cases and errors.
fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division(vm, "0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(vm.value_error("complex numbers are not supported by isopy"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `-n`, `+n`, `~n` for a number (`is_bool` makes `+True` an int).
pub fn unary(vm: &mut Vm, n: Num, op: isopy_compiler::UnaryOperator, is_bool: bool) -> PyResult<Value> {
    use isopy_compiler::UnaryOperator as U;
    let _ = is_bool;
    Ok(match (n, op) {
        (Num::Small(i), U::Negative) => match i.checked_neg() {
            Some(v) => Value::Int(v),
            None => vm.new_int(-BigInt::from(i)),
        },
        (Num::Big(b), U::Negative) => vm.new_int(-b),
        (Num::Float(f), U::Negative) => Value::Float(-f),
        (Num::Small(i), U::Positive) => Value::Int(i),
        (Num::Big(b), U::Positive) => vm.new_int(b),
        (Num::Float(f), U::Positive) => Value::Float(f),
        (Num::Small(i), U::Invert) => Value::Int(!i),
        (Num::Big(b), U::Invert) => vm.new_int(-(b + BigInt::from(1))),
        (Num::Float(_), U::Invert) => return Err(vm.type_error("bad operand type for unary ~: 'float'")),
        (_, U::Not) => unreachable!("`not` is not a number operation"),
    })
}

/// The value of a number as an `f64` (ints converted, with CPython's OverflowError).
pub fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    to_f64(vm, n)
}

/// The exact integer value of a finite, integral float.
pub fn float_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let shift = exponent - 1075;
    let mut v = BigInt::from(mantissa);
    if shift > 0 {
        v <<= shift as usize;
    } else {
        v >>= (-shift) as usize;
    }
    if negative {
        -v
    } else {
        v
    }
}
