//! `float`: construction from numbers and strings (`'inf'`, `'nan'`,
//! underscores), and the float methods programs call.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::num::{as_num, Num};
use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::number_table;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::object::{ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static FLOAT_METHODS: &[Native] = &number_table![
    Native::staticmethod("__new__", float_new),
    Native::method("__repr__", float_repr),
    Native::method("is_integer", is_integer),
    Native::method("as_integer_ratio", as_integer_ratio),
    Native::method("hex", hex),
    Native::classmethod("fromhex", fromhex),
    Native::method("conjugate", float_self),
    Native::method("__float__", float_self),
    Native::method("__int__", float_int),
    Native::method("__trunc__", float_int),
    Native::method("__floor__", float_floor),
    Native::method("__ceil__", float_ceil),
    Native::method("__abs__", float_abs),
    Native::method("__round__", float_round),
    Native::getter("real", float_self),
    Native::getter("imag", float_zero),
];

/// The built-in type `float`.
pub static FLOAT: BuiltinType = BuiltinType {
    name: "float",
    module: "builtins",
    base: Some(&OBJECT),
    methods: FLOAT_METHODS,
    new: Some(float_new),
    subclassable: true,
    exception: false,
    doc: "Convert a string or number to a floating point number, if possible.",
    slots: crate::value::builtin::Slots {
        hash: Some(float_hash),
        truthy: Some(float_truthy),
        compare: Some(crate::objects::compare::number_compare),
        known_eq: Some(crate::objects::compare::number_known_eq),
        binary: Some(crate::objects::num::binary_slot),
        unary: Some(crate::objects::num::unary_slot),
        repr: Some(float_repr_slot),
        ..crate::value::builtin::Slots::NONE
    },
};

/// `hash(f)` for a float on the heap (a subclass instance; the hash slot):
/// a NaN hashes by identity, as in CPython.
fn float_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Float(f) => crate::value::hash::float(*f, access::identity_hash(r)),
        _ => access::identity_hash(r),
    })
}

/// `bool(f)` for a float on the heap: whether it is non-zero (the truthy
/// slot).
fn float_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Float(f) => Some(*f != 0.0),
        _ => None,
    }
}

/// The repr slot of `float`: the shortest text that reads back the same.
fn float_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match as_num(vm, v) {
        Some(Num::Float(f)) => Ok(isopy_syntax::pyrepr::float_repr(f)),
        _ => crate::objects::types::object::default_repr(vm, v),
    }
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<f64> {
    match as_num(vm, &args.get(0)) {
        Some(Num::Float(f)) => Ok(f),
        _ => {
            let t = type_name(vm, &args.get(0));
            Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object but received a '{t}'")))
        }
    }
}

fn float_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__repr__")?;
    Ok(vm.new_str(isopy_syntax::pyrepr::float_repr(f)))
}

fn float_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "float").map(Value::Float)
}

fn float_zero(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__abs__").map(|f| Value::Float(f.abs()))
}

fn float_int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__int__")?;
    crate::objects::types::int::float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__floor__")?;
    crate::objects::types::int::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "__ceil__")?;
    crate::objects::types::int::float_to_int(vm, f.ceil())
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(vm, &args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = float_ratio(f);
    let n = vm.new_int(n);
    let d = vm.new_int(d);
    Ok(vm.new_tuple([n, d]))
}

/// The exact ratio `n / d` of a finite float, in lowest terms.
pub fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::from(1));
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = if exponent == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut e = exponent - 1075;
    while mantissa & 1 == 0 && e < 0 {
        mantissa >>= 1;
        e += 1;
    }
    let mut n = BigInt::from(mantissa);
    let mut d = BigInt::from(1);
    if e > 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    if f < 0.0 {
        n = -n;
    }
    (n, d)
}

fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "__round__", 1, 0, 1)?;
    let f = this(vm, &args, "__round__")?;
    round_float(vm, f, args.get(1))
}

/// `round(f, ndigits)` with CPython's correctly rounded, half-even result.
pub fn round_float(vm: &mut Vm, f: f64, ndigits: Value) -> PyResult<Value> {
    if ndigits.is_null() || ndigits.is_none() {
        let r = round_half_even(f);
        return crate::objects::types::int::float_to_int(vm, r);
    }
    let n = vm.index_i64(ndigits)?;
    if !f.is_finite() || f == 0.0 {
        return Ok(Value::Float(f));
    }
    if n > 323 {
        return Ok(Value::Float(f));
    }
    if n < -308 {
        return Ok(Value::Float(0.0f64.copysign(f)));
    }
    // Round through the exact decimal expansion, as CPython's
    // double_round does with _Py_dg_dtoa in mode 3.
    let text = if n >= 0 {
        format!("{:.*}", n as usize, f)
    } else {
        // Round the exact value to a multiple of 10**-n, half to even.
        let (num, den) = float_ratio(f);
        let unit = num_traits::pow(BigInt::from(10), (-n) as usize) * &den;
        let (q, r) = num_integer::Integer::div_mod_floor(&num, &unit);
        let twice: BigInt = &r * 2;
        let q = match twice.cmp(&unit) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
            _ => q,
        };
        let multiple = q * num_traits::pow(BigInt::from(10), (-n) as usize);
        let r = crate::objects::num::true_divide_ints(&multiple, &BigInt::from(1));
        return Ok(Value::Float(if r == 0.0 { 0.0f64.copysign(f) } else { r }));
    };
    let r: f64 = text.parse().unwrap_or(f);
    if r.is_infinite() {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "rounded value too large to represent"));
    }
    Ok(Value::Float(r))
}

/// Rounds to the nearest integer, ties to even.
pub fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "float.hex", 1, 0, 0)?;
    let f = this(vm, &args, "hex")?;
    Ok(vm.new_str(float_hex(f)))
}

/// `float.hex()`.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, e) = if exponent == 0 { (0, -1022) } else { (1, exponent - 1023) };
    let digits = format!("{mantissa:013x}");
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{digits}p{esign}{}", e.abs())
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text] = args.exact::<1>(vm, "fromhex", 1)?;
    let s = access::str_text(vm, &text).map(|t| t.trim().to_ascii_lowercase()).unwrap_or_default();
    match parse_hex_float(&s) {
        Some(v) if v.is_infinite() && !s.contains("inf") => {
            Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Some(v) => Ok(Value::Float(v)),
        None if s.is_empty() || !s.chars().all(|c| c.is_ascii_hexdigit() || "+-.xpinfty".contains(c)) => {
            Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        None => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

/// Parses `[sign][0x]hhh[.hhh][p[sign]ddd]` (or inf/nan) exactly: the
/// digits become an integer, scaled by a power of two with one rounding.
fn parse_hex_float(s: &str) -> Option<f64> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").unwrap_or(body);
            let (mant, exp) = match body.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().ok()?),
                None => (body, 0),
            };
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            if int_part.is_empty() && frac_part.is_empty() {
                return None;
            }
            let digits: String = format!("{int_part}{frac_part}");
            if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                return None;
            }
            let mantissa = num_bigint::BigInt::parse_bytes(digits.as_bytes(), 16)?;
            let shift = exp - 4 * frac_part.len() as i64;
            scale_exact(&mantissa, shift)
        }
    };
    Some(if negative { -v } else { v })
}

/// `m * 2**shift` correctly rounded to a float.
fn scale_exact(m: &BigInt, shift: i64) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    if shift >= 0 {
        if shift > 2000 {
            return f64::INFINITY;
        }
        return (m << shift as usize).to_f64().unwrap_or(f64::INFINITY);
    }
    // Divide by 2**-shift: keep 60 extra bits, then round once.
    let bits = m.bits() as i64;
    let target = bits + shift; // the result's binary exponent, roughly
    if target < -1100 {
        return 0.0;
    }
    let (n, d) = (m.clone(), BigInt::from(1) << (-shift) as usize);
    crate::objects::num::true_divide_ints(&n, &d)
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "float", 1, 0, 1)?;
    let x = args.get(1);
    let f = if x.is_null() { 0.0 } else { float_of(vm, x)? };
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &FLOAT)) {
        return Ok(Value::Float(f));
    }
    Ok(vm.instance_with_payload(cls, Payload::Float(f)))
}

/// `float(x)` for one argument.
pub fn float_of(vm: &mut Vm, x: Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    if let Some(text) = access::str_text(vm, &x).cloned() {
        return parse_float(vm, &text, x);
    }
    if let Some(b) = access::bytes_data(vm, &x) {
        let text = String::from_utf8_lossy(b).into_owned();
        return parse_float(vm, &text, x);
    }
    if let Some(n) = as_num(vm, &x) {
        return crate::objects::num::num_to_f64(vm, &n);
    }
    if let Some(r) = vm.call_special(&x, "__float__", &[])? {
        return match as_num(vm, &r.clone()) {
            Some(Num::Float(f)) => Ok(f),
            _ => {
                let t = type_name(vm, &r);
                Err(vm.type_error(format!("{}.__float__ returned non-float (type {t})", type_name(vm, &x))))
            }
        };
    }
    if let Some(r) = vm.call_special(&x, "__index__", &[])? {
        if let Some(n) = as_num(vm, &r) {
            return crate::objects::num::num_to_f64(vm, &n);
        }
    }
    let t = type_name(vm, &x);
    Err(vm.type_error(format!("float() argument must be a string or a real number, not '{t}'")))
}

/// Parses a float literal as `float(text)` does.
pub fn parse_float(vm: &mut Vm, text: &str, original: Value) -> PyResult<f64> {
    // Unicode decimal digits count as their ASCII values, as in CPython.
    let ascii: String = text
        .chars()
        .map(|c| if !c.is_ascii() && crate::objects::types::str::is_decimal_char(c) { decimal_value(c) } else { c })
        .collect();
    let s = ascii.trim();
    let lower = s.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(sign * v);
    }
    let valid_underscores = !body.starts_with('_')
        && !body.ends_with('_')
        && !body.contains("__")
        && body.char_indices().all(|(i, c)| {
            c != '_' || {
                let b = body.as_bytes();
                i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            }
        });
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    let well_formed = !clean.is_empty()
        && clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        && clean.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '.');
    match (valid_underscores && well_formed).then(|| clean.parse::<f64>()) {
        Some(Ok(v)) => Ok(sign * v),
        _ => {
            let shown = match access::str_text(vm, &original) {
                Some(t) => isopy_syntax::pyrepr::str_repr(t),
                None => vm.repr(&original)?,
            };
            Err(vm.value_error(format!("could not convert string to float: {shown}")))
        }
    }
}

/// The float value of an int-or-float, for natives taking a real number.
pub fn as_f64(vm: &mut Vm, v: Value, func: &str) -> PyResult<f64> {
    match as_num(vm, &v.clone()) {
        Some(n) => crate::objects::num::num_to_f64(vm, &n),
        None => {
            if let Some(r) = vm.call_special(&v, "__float__", &[])? {
                if let Some(Num::Float(f)) = as_num(vm, &r) {
                    return Ok(f);
                }
            }
            if let Some(r) = vm.call_special(&v, "__index__", &[])? {
                if let Some(n) = as_num(vm, &r) {
                    return crate::objects::num::num_to_f64(vm, &n);
                }
            }
            let t = type_name(vm, &v);
            let _ = func;
            Err(vm.type_error(format!("must be real number, not {t}")))
        }
    }
}

/// The ASCII digit a Unicode decimal digit stands for.
fn decimal_value(c: char) -> char {
    let n = c as u32;
    for start in [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
        0x1040, 0xff10,
    ] {
        if (start..start + 10).contains(&n) {
            return char::from(b'0' + (n - start) as u8);
        }
    }
    c
}
