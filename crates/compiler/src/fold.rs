//! Constant folding, as CPython 3.11's AST optimizer (`Python/ast_opt.c`)
//! does it: unary and binary operations on constant operands, subscripts of
//! constants, tuples of constants and `__debug__`, with CPython's safety
//! limits (no int wider than 128 bits from `*`, `**` and `<<`, no sequence
//! longer than 256 items or 4096 characters from `*`) and nothing folded
//! when the operation would raise (`1 / 0`, `"a" + 1`) or for `str % x`.
//!
//! Folding works on [`Value`]s, then the compiler stores the result as a
//! [`Constant`]. Float results are computed exactly as CPython computes
//! them (IEEE arithmetic, CPython's `float_floor_div`/`float_rem`/`float_pow`
//! algorithms, correctly rounded int-to-float conversion and int division).

use std::collections::HashSet;

use isopy_syntax::ast::{BinOp, Constant as AstConstant, Expr, ExprKind, IntLiteral, UnaryOp};
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::code::Constant;

/// CPython's `MAX_INT_SIZE`: the widest int (in bits) `*`, `**` and `<<` may fold to.
const MAX_INT_SIZE: u64 = 128;
/// CPython's `MAX_COLLECTION_SIZE`: the longest tuple `*` may fold to.
const MAX_COLLECTION_SIZE: usize = 256;
/// CPython's `MAX_STR_SIZE`: the longest str or bytes `*` may fold to.
const MAX_STR_SIZE: usize = 4096;
/// CPython's `MAX_TOTAL_ITEMS`: items, nested tuples' included, of a repeated tuple.
const MAX_TOTAL_ITEMS: usize = 1024;
/// CPython 3.11's limit on decimal digits in an int literal (such a literal
/// is an error, which the compiler raises when it reaches it).
const MAX_STR_DIGITS: usize = 4300;

/// A constant value during folding.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Value>),
}

impl Value {
    /// The value of a literal, or `None` for a decimal literal CPython refuses.
    fn of_literal(c: &AstConstant) -> Option<Value> {
        Some(match c {
            AstConstant::None => Value::None,
            AstConstant::Bool(b) => Value::Bool(*b),
            AstConstant::Ellipsis => Value::Ellipsis,
            AstConstant::Int(IntLiteral::Small(v)) => Value::Int(BigInt::from(*v)),
            AstConstant::Int(IntLiteral::Big { radix, digits }) => {
                if *radix == 10 && digits.len() > MAX_STR_DIGITS {
                    return None;
                }
                Value::Int(BigInt::parse_bytes(digits.as_bytes(), *radix)?)
            }
            AstConstant::Float(f) => Value::Float(*f),
            // Refused by the code generator (there is no complex type).
            AstConstant::Imaginary(_) => return None,
            AstConstant::Str(s) => Value::Str(s.to_string()),
            AstConstant::Bytes(b) => Value::Bytes(b.to_vec()),
        })
    }

    /// The compiler's constant for this value.
    pub(crate) fn to_constant(&self) -> Constant {
        match self {
            Value::None => Constant::None,
            Value::Ellipsis => Constant::Ellipsis,
            Value::Bool(b) => Constant::Bool(*b),
            Value::Int(i) => int_constant(i),
            Value::Float(f) => Constant::Float(*f),
            Value::Str(s) => Constant::Str(s.as_str().into()),
            Value::Bytes(b) => Constant::Bytes(b.as_slice().into()),
            Value::Tuple(items) => Constant::Tuple(items.iter().map(Value::to_constant).collect()),
        }
    }

    /// The int value of an int or bool.
    fn as_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }

    fn is_int(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Bool(_))
    }

    /// Python's truth value.
    fn truth(&self) -> bool {
        match self {
            Value::None => false,
            Value::Ellipsis => true,
            Value::Bool(b) => *b,
            Value::Int(i) => !i.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
        }
    }
}

/// An int constant: `Int` when it fits in an `i64`, else its digits
/// (decimal while within CPython's digit limit, hexadecimal beyond, which
/// the VM converts in linear time).
fn int_constant(i: &BigInt) -> Constant {
    if let Some(v) = i.to_i64() {
        return Constant::Int(v);
    }
    let magnitude = i.magnitude();
    // 14_000 bits is about 4_214 decimal digits.
    let radix = if magnitude.bits() <= 14_000 { 10 } else { 16 };
    Constant::BigInt { negative: i.is_negative(), radix, digits: magnitude.to_str_radix(radix).into() }
}

/// Folds expressions, remembering the nodes that do not fold so that the
/// compiler, which asks about every node on its way down, does linear work.
#[derive(Default)]
pub(crate) struct Folder {
    unfoldable: HashSet<usize>,
}

impl Folder {
    /// The constant an operation, tuple or subscript node folds to, if any.
    /// Literals and other nodes give `None` (the compiler handles them).
    pub(crate) fn fold_node(&mut self, e: &Expr) -> Option<Constant> {
        match e.kind {
            ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::Tuple(_) | ExprKind::Subscript { .. } => {
                self.fold(e).map(|v| v.to_constant())
            }
            ExprKind::Name(ref n) if &**n == "__debug__" => Some(Constant::Bool(true)),
            _ => None,
        }
    }

    /// The value `e` folds to.
    pub(crate) fn fold(&mut self, e: &Expr) -> Option<Value> {
        let key = &**e as *const _ as usize;
        if self.unfoldable.contains(&key) {
            return None;
        }
        let folded = isopy_syntax::stack::guarded(|| self.fold_uncached(e));
        if folded.is_none() && !matches!(e.kind, ExprKind::Constant(_) | ExprKind::Name(_)) {
            self.unfoldable.insert(key);
        }
        folded
    }

    fn fold_uncached(&mut self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant(c) => Value::of_literal(c),
            ExprKind::Name(n) if &**n == "__debug__" => Some(Value::Bool(true)),
            ExprKind::UnaryOp { op, operand } => unary(*op, &self.fold(operand)?),
            ExprKind::BinOp { left, op, right } => {
                let left = self.fold(left)?;
                let right = self.fold(right)?;
                binary(*op, &left, &right)
            }
            ExprKind::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.fold(item)?);
                }
                Some(Value::Tuple(values))
            }
            ExprKind::Subscript { value, slice } => {
                let value = self.fold(value)?;
                let index = self.fold(slice)?;
                subscript(&value, &index)
            }
            _ => None,
        }
    }
}

// ---------------------------------------------------------------- operations

/// CPython's `fold_unaryop` on a constant operand.
pub(crate) fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    match op {
        UnaryOp::Not => Some(Value::Bool(!v.truth())),
        UnaryOp::USub => match v {
            Value::Float(f) => Some(Value::Float(-f)),
            _ => Some(Value::Int(-v.as_int()?)),
        },
        UnaryOp::UAdd => match v {
            Value::Float(_) => Some(v.clone()),
            _ => Some(Value::Int(v.as_int()?)),
        },
        UnaryOp::Invert => Some(Value::Int(!v.as_int()?)),
    }
}

/// CPython's `fold_binop` on constant operands.
pub(crate) fn binary(op: BinOp, l: &Value, r: &Value) -> Option<Value> {
    match op {
        BinOp::MatMult => None,
        BinOp::Add => match (l, r) {
            (Value::Str(a), Value::Str(b)) => Some(Value::Str(format!("{a}{b}"))),
            (Value::Bytes(a), Value::Bytes(b)) => Some(Value::Bytes([a.as_slice(), b].concat())),
            (Value::Tuple(a), Value::Tuple(b)) => Some(Value::Tuple([a.as_slice(), b].concat())),
            _ => numeric(op, l, r),
        },
        BinOp::Mult => multiply(l, r),
        // `str % x` and `bytes % x` are formatting, never folded.
        BinOp::Mod if matches!(l, Value::Str(_) | Value::Bytes(_)) => None,
        BinOp::Pow => power(l, r),
        BinOp::LShift => {
            let (v, w) = (l.as_int()?, r.as_int()?);
            if !v.is_zero() && !w.is_zero() {
                // safe_lshift: a negative count fails PyLong_AsSize_t.
                let wbits = w.to_u64()?;
                if wbits > MAX_INT_SIZE || v.bits() > MAX_INT_SIZE - wbits {
                    return None;
                }
                return Some(Value::Int(v << wbits));
            }
            if w.is_negative() {
                return None;
            }
            Some(Value::Int(if w.is_zero() { v } else { BigInt::zero() }))
        }
        BinOp::RShift => {
            let (v, w) = (l.as_int()?, r.as_int()?);
            if w.is_negative() {
                return None;
            }
            Some(Value::Int(match w.to_u64() {
                Some(n) if n < v.bits() => floor_shift_right(&v, n),
                _ => {
                    if v.is_negative() {
                        -BigInt::one()
                    } else {
                        BigInt::zero()
                    }
                }
            }))
        }
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            if let (Value::Bool(a), Value::Bool(b)) = (l, r) {
                return Some(Value::Bool(match op {
                    BinOp::BitAnd => a & b,
                    BinOp::BitOr => a | b,
                    _ => a ^ b,
                }));
            }
            let (a, b) = (l.as_int()?, r.as_int()?);
            Some(Value::Int(match op {
                BinOp::BitAnd => a & b,
                BinOp::BitOr => a | b,
                _ => a ^ b,
            }))
        }
        BinOp::Sub | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => numeric(op, l, r),
    }
}

/// `v >> n` rounding toward negative infinity, for `n` below `v`'s width.
fn floor_shift_right(v: &BigInt, n: u64) -> BigInt {
    if v.is_negative() {
        // -((-v - 1) >> n) - 1
        -(((-v) - BigInt::one()) >> n) - BigInt::one()
    } else {
        v >> n
    }
}

/// CPython's `safe_multiply`.
fn multiply(l: &Value, r: &Value) -> Option<Value> {
    match (l, r) {
        (a, b) if a.is_int() && b.is_int() => {
            let (v, w) = (a.as_int()?, b.as_int()?);
            if !v.is_zero() && !w.is_zero() && v.bits() + w.bits() > MAX_INT_SIZE {
                return None;
            }
            Some(Value::Int(v * w))
        }
        (n, Value::Tuple(t)) if n.is_int() => {
            let n = repeat_count(n, t.len())?;
            if t.is_empty() {
                return Some(Value::Tuple(Vec::new()));
            }
            if n > MAX_COLLECTION_SIZE / t.len() {
                return None;
            }
            if n > 0 && check_complexity(t, (MAX_TOTAL_ITEMS / n) as isize) < 0 {
                return None;
            }
            Some(Value::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()))
        }
        (n, Value::Str(s)) if n.is_int() => {
            let len = s.chars().count();
            let n = repeat_count(n, len)?;
            if len > 0 && n > MAX_STR_SIZE / len {
                return None;
            }
            Some(Value::Str(s.repeat(n)))
        }
        (n, Value::Bytes(b)) if n.is_int() => {
            let n = repeat_count(n, b.len())?;
            if !b.is_empty() && n > MAX_STR_SIZE / b.len() {
                return None;
            }
            Some(Value::Bytes(b.repeat(n)))
        }
        (Value::Tuple(_) | Value::Str(_) | Value::Bytes(_), n) if n.is_int() => multiply(r, l),
        _ => numeric(BinOp::Mult, l, r),
    }
}

/// The repetition count of `sequence * n`: CPython refuses to fold a
/// negative or huge count of a non-empty sequence; an empty one repeats to
/// empty for any count that fits in a `Py_ssize_t`.
fn repeat_count(n: &Value, len: usize) -> Option<usize> {
    let n = n.as_int()?;
    if len == 0 {
        n.to_i64()?;
        return Some(0);
    }
    n.to_usize().filter(|&n| n as u64 <= i64::MAX as u64)
}

/// CPython's `check_complexity`: the limit minus the items of `t` and of
/// its nested tuples, negative once past the limit.
fn check_complexity(t: &[Value], mut limit: isize) -> isize {
    limit -= t.len() as isize;
    for item in t {
        if limit < 0 {
            break;
        }
        if let Value::Tuple(inner) = item {
            limit = check_complexity(inner, limit);
        }
    }
    limit
}

/// CPython's `safe_power`.
fn power(l: &Value, r: &Value) -> Option<Value> {
    if l.is_int() && r.is_int() {
        let (v, w) = (l.as_int()?, r.as_int()?);
        if w.is_negative() {
            // int ** negative int is float ** float.
            return float_pow(int_to_f64(&v)?, int_to_f64(&w)?).map(Value::Float);
        }
        if w.is_zero() {
            return Some(Value::Int(BigInt::one()));
        }
        if v.is_zero() {
            return Some(Value::Int(BigInt::zero()));
        }
        let wbits = w.to_u64()?;
        if v.bits() > MAX_INT_SIZE / wbits {
            return None;
        }
        return Some(Value::Int(num_traits::pow(v, wbits as usize)));
    }
    numeric(BinOp::Pow, l, r)
}

/// `+ - * / // % **` on numbers (ints, bools, floats); complex numbers are
/// not folded.
fn numeric(op: BinOp, l: &Value, r: &Value) -> Option<Value> {
    if l.is_int() && r.is_int() {
        let (a, b) = (l.as_int()?, r.as_int()?);
        return match op {
            BinOp::Add => Some(Value::Int(a + b)),
            BinOp::Sub => Some(Value::Int(a - b)),
            BinOp::Mult => Some(Value::Int(a * b)),
            BinOp::FloorDiv if !b.is_zero() => Some(Value::Int(a.div_floor(&b))),
            BinOp::Mod if !b.is_zero() => Some(Value::Int(a.mod_floor(&b))),
            BinOp::Div if !b.is_zero() => {
                let negative = a.is_negative() != b.is_negative();
                ratio_to_f64(a.magnitude(), b.magnitude(), negative).map(Value::Float)
            }
            _ => None,
        };
    }
    let as_float = |v: &Value| match v {
        Value::Float(f) => Some(*f),
        Value::Int(_) | Value::Bool(_) => int_to_f64(&v.as_int()?),
        _ => None,
    };
    let (a, b) = (as_float(l)?, as_float(r)?);
    let result = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div if b != 0.0 => a / b,
        BinOp::FloorDiv if b != 0.0 => float_div_mod(a, b).0,
        BinOp::Mod if b != 0.0 => float_div_mod(a, b).1,
        BinOp::Pow => float_pow(a, b)?,
        _ => return None,
    };
    Some(Value::Float(result))
}

/// CPython's `_float_div_mod`: `(a // b, a % b)` for `b != 0`.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// CPython's `float_pow`, or `None` where it raises or gives a complex.
fn float_pow(iv: f64, iw: f64) -> Option<f64> {
    if iw == 0.0 {
        return Some(1.0);
    }
    if iv.is_nan() {
        return Some(iv);
    }
    if iw.is_nan() {
        return Some(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let iv = iv.abs();
        return Some(if iv == 1.0 {
            1.0
        } else if (iw > 0.0) == (iv > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Some(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None; // ZeroDivisionError
        }
        return Some(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return None; // a complex result
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Some(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return None; // OverflowError
    }
    Some(if negate { -ix } else { ix })
}

/// CPython's `PyLong_AsDouble`: correctly rounded, `None` on overflow.
pub(crate) fn int_to_f64(i: &BigInt) -> Option<f64> {
    if let Some(v) = i.to_i64() {
        if v.unsigned_abs() <= 1 << 53 {
            return Some(v as f64);
        }
    }
    ratio_to_f64(i.magnitude(), &BigUint::one(), i.is_negative())
}

/// `±n / d` correctly rounded to a float (round half to even), as CPython's
/// `long_true_divide` computes it; `None` when it overflows. `d` is not zero.
pub(crate) fn ratio_to_f64(n: &BigUint, d: &BigUint, negative: bool) -> Option<f64> {
    let sign = if negative { -1.0 } else { 1.0 };
    if n.is_zero() {
        return Some(0.0f64.copysign(sign));
    }
    // e such that 2**e <= n/d < 2**(e+1).
    let mut e = n.bits() as i64 - d.bits() as i64;
    let at_least = if e >= 0 { *n >= d << (e as u64) } else { (n << ((-e) as u64)) >= *d };
    if !at_least {
        e -= 1;
    }
    if e > 1023 {
        return None;
    }
    // The weight of the last bit kept: 53 significant bits, or fewer in
    // the subnormal range.
    let p = (e - 52).max(-1074);
    let (num, den) = if p >= 0 { (n.clone(), d << (p as u64)) } else { (n << ((-p) as u64), d.clone()) };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let q = q.to_u64().expect("at most 2**53") as f64;
    let scale = if p >= -1022 { f64::from_bits(((p + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (p + 1074)) };
    let result = q * scale;
    if result.is_infinite() {
        return None;
    }
    Some(sign * result)
}

/// CPython's `fold_subscr`: `constant[constant]`.
fn subscript(value: &Value, index: &Value) -> Option<Value> {
    let i = index.as_int()?.to_i64()?;
    let at = |len: usize| -> Option<usize> {
        let len = len as i64;
        let i = if i < 0 { i + len } else { i };
        (0..len).contains(&i).then_some(i as usize)
    };
    match value {
        Value::Str(s) => {
            let i = at(s.chars().count())?;
            s.chars().nth(i).map(|c| Value::Str(c.to_string()))
        }
        Value::Bytes(b) => Some(Value::Int(BigInt::from(b[at(b.len())?]))),
        Value::Tuple(t) => Some(t[at(t.len())?].clone()),
        _ => None,
    }
}

/// The constants of display items that all fold (none starred), in order.
pub(crate) fn constant_items(folder: &mut Folder, items: &[Expr]) -> Option<Vec<Constant>> {
    items
        .iter()
        .map(|item| {
            if matches!(item.kind, ExprKind::Starred(_)) {
                return None;
            }
            folder.fold(item).map(|v| v.to_constant())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Value {
        Value::Int(BigInt::from(v))
    }

    fn big(s: &str) -> Value {
        Value::Int(s.parse().unwrap())
    }

    fn fold_source(src: &str) -> Option<Constant> {
        let e = isopy_syntax::parse_expression(src).unwrap();
        Folder::default().fold_node(&e)
    }

    #[test]
    fn int_arithmetic_folds_with_python_semantics() {
        assert_eq!(binary(BinOp::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binary(BinOp::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(binary(BinOp::Mod, &int(7), &int(-2)), Some(int(-1)));
        assert_eq!(binary(BinOp::RShift, &int(-5), &int(1)), Some(int(-3)));
        assert_eq!(binary(BinOp::RShift, &int(-5), &int(1000)), Some(int(-1)));
        assert_eq!(binary(BinOp::Pow, &int(10), &int(20)), Some(big("100000000000000000000")));
        assert_eq!(binary(BinOp::Pow, &int(2), &int(-1)), Some(Value::Float(0.5)));
        assert_eq!(binary(BinOp::Div, &int(1), &int(3)), Some(Value::Float(1.0 / 3.0)));
        assert_eq!(binary(BinOp::BitAnd, &Value::Bool(true), &Value::Bool(false)), Some(Value::Bool(false)));
        assert_eq!(binary(BinOp::Add, &Value::Bool(true), &Value::Bool(true)), Some(int(2)));
    }

    #[test]
    fn operations_that_raise_are_not_folded() {
        assert_eq!(binary(BinOp::Div, &int(1), &int(0)), None);
        assert_eq!(binary(BinOp::FloorDiv, &Value::Float(1.0), &Value::Float(0.0)), None);
        assert_eq!(binary(BinOp::Mod, &int(1), &int(0)), None);
        assert_eq!(binary(BinOp::LShift, &int(1), &int(-1)), None);
        assert_eq!(binary(BinOp::RShift, &int(1), &int(-1)), None);
        assert_eq!(binary(BinOp::Add, &Value::Str("a".into()), &int(1)), None);
        assert_eq!(binary(BinOp::Pow, &Value::Float(0.0), &int(-1)), None);
        assert_eq!(binary(BinOp::Pow, &Value::Float(-8.0), &Value::Float(0.5)), None);
        assert_eq!(binary(BinOp::Pow, &Value::Float(10.0), &int(400)), None);
        assert_eq!(binary(BinOp::Add, &Value::None, &int(1)), None);
    }

    #[test]
    fn size_limits_match_cpython() {
        // `**` checks bits(base) <= 128 / exponent: 2**64 folds, 2**65 does not.
        assert_eq!(binary(BinOp::Pow, &int(2), &int(64)), Some(big("18446744073709551616")));
        assert_eq!(binary(BinOp::Pow, &int(2), &int(65)), None);
        assert_eq!(binary(BinOp::Pow, &int(4), &int(32)), Some(big("18446744073709551616")));
        assert_eq!(binary(BinOp::Pow, &int(3), &int(80)), None);
        // `*` checks bits(a) + bits(b) <= 128.
        assert!(binary(BinOp::Mult, &big("18446744073709551616"), &big("9223372036854775807")).is_some());
        assert_eq!(binary(BinOp::Mult, &big("18446744073709551616"), &big("9223372036854775808")), None);
        assert!(binary(BinOp::LShift, &int(1), &int(127)).is_some());
        assert_eq!(binary(BinOp::LShift, &int(1), &int(128)), None);
        assert_eq!(binary(BinOp::LShift, &int(0), &big("1000000000000000000000000000000")), Some(int(0)));
        assert!(binary(BinOp::Mult, &big("18446744073709551616"), &int(3)).is_some());
        let a = Value::Str("a".into());
        assert!(binary(BinOp::Mult, &a, &int(4096)).is_some());
        assert_eq!(binary(BinOp::Mult, &a, &int(4097)), None);
        assert_eq!(binary(BinOp::Mult, &a, &int(-1)), None);
        let t = Value::Tuple(vec![int(1)]);
        assert!(binary(BinOp::Mult, &int(256), &t).is_some());
        assert_eq!(binary(BinOp::Mult, &int(257), &t), None);
        assert_eq!(binary(BinOp::Mult, &Value::Str(String::new()), &int(1 << 40)), Some(Value::Str(String::new())));
        // `str % x` is never folded.
        assert_eq!(binary(BinOp::Mod, &Value::Str("%s".into()), &int(1)), None);
    }

    #[test]
    fn float_results_are_cpythons() {
        assert_eq!(binary(BinOp::Add, &Value::Float(0.1), &Value::Float(0.2)), Some(Value::Float(0.1 + 0.2)));
        assert_eq!(binary(BinOp::FloorDiv, &Value::Float(-7.5), &int(2)), Some(Value::Float(-4.0)));
        assert_eq!(binary(BinOp::Mod, &Value::Float(-7.5), &int(2)), Some(Value::Float(0.5)));
        let Some(Value::Float(z)) = binary(BinOp::Mod, &Value::Float(4.0), &Value::Float(-2.0)) else { panic!() };
        assert!(z == 0.0 && z.is_sign_negative());
        let Some(Value::Float(z)) = binary(BinOp::Div, &int(0), &int(-5)) else { panic!() };
        assert!(z == 0.0 && z.is_sign_negative());
        // Correctly rounded int / int beyond 2**53.
        assert_eq!(
            binary(BinOp::Div, &big("10000000000000000000000"), &int(3)),
            Some(Value::Float(3.3333333333333335e21))
        );
        assert_eq!(int_to_f64(&"9007199254740993".parse().unwrap()), Some(9007199254740992.0));
        assert_eq!(int_to_f64(&"9007199254740995".parse().unwrap()), Some(9007199254740996.0));
        assert_eq!(int_to_f64(&(BigInt::one() << 1024u32)), None);
        assert_eq!(ratio_to_f64(&BigUint::one(), &(BigUint::one() << 1074u32), false), Some(5e-324));
        assert_eq!(ratio_to_f64(&BigUint::one(), &(BigUint::one() << 1075u32), false), Some(0.0));
        assert_eq!(binary(BinOp::Pow, &Value::Float(-2.0), &int(3)), Some(Value::Float(-8.0)));
    }

    #[test]
    fn unary_operations_fold() {
        assert_eq!(unary(UnaryOp::USub, &Value::Bool(true)), Some(int(-1)));
        assert_eq!(unary(UnaryOp::Invert, &Value::Bool(true)), Some(int(-2)));
        assert_eq!(unary(UnaryOp::Not, &Value::Str(String::new())), Some(Value::Bool(true)));
        assert_eq!(unary(UnaryOp::USub, &Value::Str("a".into())), None);
    }

    #[test]
    fn expressions_fold_to_constants() {
        assert_eq!(fold_source("-(2**63)"), Some(Constant::Int(i64::MIN)));
        assert_eq!(
            fold_source("2**64"),
            Some(Constant::BigInt { negative: false, radix: 10, digits: "18446744073709551616".into() })
        );
        assert_eq!(fold_source("'ab' * 2 + 'c'"), Some(Constant::Str("ababc".into())));
        assert_eq!(fold_source("'abc'[-1]"), Some(Constant::Str("c".into())));
        assert_eq!(fold_source("b'ab'[0]"), Some(Constant::Int(97)));
        assert_eq!(fold_source("(1, 2)[5]"), None);
        assert_eq!(
            fold_source("(1, -2, (3,))"),
            Some(Constant::Tuple(
                vec![Constant::Int(1), Constant::Int(-2), Constant::Tuple(vec![Constant::Int(3)].into())].into()
            ))
        );
        assert_eq!(fold_source("(1, x)"), None);
        assert_eq!(fold_source("1 / 0"), None);
        assert_eq!(fold_source("__debug__"), Some(Constant::Bool(true)));
        assert_eq!(fold_source("x + 1"), None);
    }
}
