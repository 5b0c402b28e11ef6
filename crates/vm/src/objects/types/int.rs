//! `int` and `bool`: construction from numbers and strings in any base
//! (with CPython 3.11's 4300-digit limit on decimal conversion), and the
//! int methods programs call.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::memory::OrMemoryError;
use crate::objects::num;
use crate::objects::num::{as_num, Num};
use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::number_table;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::alloc::{self};
use crate::value::object::{ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static INT_METHODS: &[Native] = &number_table![
    Native::staticmethod("__new__", int_new),
    Native::method("__repr__", int_repr),
    Native::method("bit_length", bit_length),
    Native::method("bit_count", bit_count),
    Native::method("to_bytes", to_bytes),
    Native::classmethod("from_bytes", from_bytes),
    Native::method("conjugate", int_self),
    Native::method("as_integer_ratio", as_integer_ratio),
    Native::method("__index__", int_self),
    Native::method("__int__", int_self),
    Native::method("__float__", int_float),
    Native::method("__abs__", int_abs),
    Native::method("__round__", int_round),
    Native::method("__trunc__", int_self),
    Native::method("__floor__", int_self),
    Native::method("__ceil__", int_self),
    Native::method("__invert__", crate::objects::types::dunders::invert),
    Native::method("__lshift__", crate::objects::types::dunders::lshift),
    Native::method("__rlshift__", crate::objects::types::dunders::rlshift),
    Native::method("__rshift__", crate::objects::types::dunders::rshift),
    Native::method("__rrshift__", crate::objects::types::dunders::rrshift),
    Native::method("__and__", crate::objects::types::dunders::and),
    Native::method("__rand__", crate::objects::types::dunders::rand),
    Native::method("__or__", crate::objects::types::dunders::or),
    Native::method("__ror__", crate::objects::types::dunders::ror),
    Native::method("__xor__", crate::objects::types::dunders::xor),
    Native::method("__rxor__", crate::objects::types::dunders::rxor),
    Native::getter("real", int_self),
    Native::getter("imag", int_zero),
    Native::getter("numerator", int_self),
    Native::getter("denominator", int_one),
];

/// The built-in type `int`.
pub static INT: BuiltinType = BuiltinType {
    name: "int",
    module: "builtins",
    base: Some(&OBJECT),
    methods: INT_METHODS,
    new: Some(int_new),
    subclassable: true,
    exception: false,
    doc: "int([x]) -> integer\nint(x, base=10) -> integer",
    slots: crate::value::builtin::Slots {
        hash: Some(int_hash),
        truthy: Some(int_truthy),
        compare: Some(crate::objects::compare::number_compare),
        known_eq: Some(crate::objects::compare::number_known_eq),
        binary: Some(num::binary_slot),
        unary: Some(num::unary_slot),
        repr: Some(int_repr_slot),
        ..crate::value::builtin::Slots::NONE
    },
};

/// The repr slot of `int`: its decimal digits (CPython's limit on their
/// number applies).
fn int_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Int(b) => {
                let b = (**b).clone();
                to_decimal(vm, &b)
            }
            _ => crate::objects::types::object::default_repr(vm, v),
        },
        _ => crate::objects::types::object::default_repr(vm, v),
    }
}

static BOOL_METHODS: &[Native] = &[
    Native::staticmethod("__new__", bool_new),
    Native::method("__repr__", bool_repr),
    Native::method("__str__", bool_repr),
];

/// The built-in type `bool`.
pub static BOOL: BuiltinType = BuiltinType {
    name: "bool",
    module: "builtins",
    base: Some(&INT),
    methods: BOOL_METHODS,
    new: Some(bool_new),
    subclassable: false,
    exception: false,
    doc: "bool(x) -> bool",
    // The operators are int's (inherited), whose slot keeps `&`, `|`, `^` of two bools a bool.
    slots: crate::value::builtin::Slots { repr: Some(bool_repr_slot), ..crate::value::builtin::Slots::NONE },
};

/// `hash(i)` for an int on the heap (the hash slot; ints in a `Value` are
/// hashed by the protocol itself).
fn int_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Int(b) => crate::value::hash::big_int(b),
        _ => access::identity_hash(r),
    })
}

/// `bool(i)` for an int on the heap: whether it is non-zero (the truthy
/// slot).
fn int_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Int(b) => Some(!b.is_zero()),
        _ => None,
    }
}

/// The repr slot of `bool`: `True` or `False`.
fn bool_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Bool(b) => Ok(if *b { "True" } else { "False" }.into()),
        _ => int_repr_slot(vm, v),
    }
}

/// The int value of `v` (an int or bool) as a big int.
pub fn to_bigint(vm: &Vm, v: &Value) -> Option<BigInt> {
    match as_num(vm, v)? {
        Num::Small(i) => Some(BigInt::from(i)),
        Num::Big(b) => Some(b),
        Num::Float(_) => None,
    }
}

/// An int's decimal text, refusing more than `sys.get_int_max_str_digits()`
/// digits as CPython 3.11 does.
pub fn big_to_decimal(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    let limit = vm.int_max_str_digits;
    // Too many bits for the limit: refuse before the (quadratic) conversion.
    if limit > 0 && b.bits() as f64 > limit as f64 * std::f64::consts::LOG2_10 + 4.0 {
        return Err(too_many_digits_out(vm));
    }
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if limit > 0 && digits > limit {
        return Err(too_many_digits_out(vm));
    }
    Ok(s)
}

/// `repr` of a heap int.
pub fn to_decimal(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    big_to_decimal(vm, b)
}

fn too_many_digits_out(vm: &mut Vm) -> crate::value::state::PyErr {
    let limit = vm.int_max_str_digits;
    vm.value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<BigInt> {
    match to_bigint(vm, &args.get(0)) {
        Some(b) => Ok(b),
        None => {
            let t = type_name(vm, &args.get(0));
            Err(vm.type_error(format!("descriptor '{name}' requires a 'int' object but received a '{t}'")))
        }
    }
}

fn int_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__repr__")?;
    let s = big_to_decimal(vm, &b)?;
    Ok(vm.new_str(s))
}

fn bool_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.truthy(&args.get(0))?;
    Ok(vm.new_str(if t { "True" } else { "False" }))
}

fn int_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "int")?;
    Ok(vm.new_int(b))
}

fn int_zero(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_one(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn int_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__float__")?;
    crate::objects::num::big_to_f64(vm, &b).map(Value::Float)
}

fn int_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__abs__")?;
    Ok(vm.new_int(b.abs()))
}

fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "__round__", 1, 0, 1)?;
    let b = this(vm, &args, "__round__")?;
    let nd = args.get(1);
    if nd.is_null() || nd.is_none() {
        return Ok(vm.new_int(b));
    }
    let n = vm.index_i64(nd)?;
    if n >= 0 {
        return Ok(vm.new_int(b));
    }
    // Round to a multiple of 10**(-n), half to even.
    let m = crate::objects::num::power(vm, BigInt::from(10), &BigInt::from(n).abs())?;
    let (q, r) = b.div_mod_floor(&m);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&m) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(vm.new_int(q * m))
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "int.bit_length", 1, 0, 0)?;
    let b = this(vm, &args, "bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "int.bit_count", 1, 0, 0)?;
    let b = this(vm, &args, "bit_count")?;
    let (_, digits) = b.to_u64_digits();
    Ok(Value::Int(digits.iter().map(|d| d.count_ones() as i64).sum()))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "as_integer_ratio")?;
    let n = vm.new_int(b);
    Ok(vm.new_tuple([n, Value::Int(1)]))
}

fn byteorder(vm: &mut Vm, v: Value, default_little: bool) -> PyResult<bool> {
    if v.is_null() {
        return Ok(default_little);
    }
    match access::str_text(vm, &v).map(|s| s.to_string()).as_deref() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("to_bytes() argument 'byteorder' must be str, not {t}")))
        }
    }
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [length, order, signed] = args.bind(vm, "to_bytes", 1, ["length", "byteorder", "signed"], 0, 2)?;
    let b = this(vm, &args, "to_bytes")?;
    let length = if length.is_null() { 1 } else { vm.ssize_arg(length)? };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, order, false)?;
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    if !signed && b.is_negative() {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes.clear();
    }
    // Trim redundant sign bytes of the signed form.
    if signed {
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
        if bytes == [0] {
            bytes.clear();
        }
    }
    if bytes.len() > length as usize {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "int too big to convert"));
    }
    // CPython's `PyBytes_FromStringAndSize`: a size its header would
    // overflow is OverflowError, else the allocation may fail.
    if length > i64::MAX - 33 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    let missing = length as usize - bytes.len();
    alloc::reserve_exact(&mut bytes, missing).or_memory_error(vm)?;
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    vm.new_bytes_fallible(bytes)
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [data, order, signed] = args.bind(vm, "from_bytes", 1, ["bytes", "byteorder", "signed"], 1, 2)?;
    let little = byteorder(vm, order, false)?;
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    let bytes = crate::objects::types::bytes::bytes_of_object(vm, data)?;
    let mut le = bytes;
    if !little {
        le.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&le) } else { BigInt::from_bytes_le(Sign::Plus, &le) };
    let value = vm.new_int(n);
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &INT)) {
        return Ok(value);
    }
    vm.call(&cls, &[value])
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "bool", 1, 0, 1)?;
    let v = args.get(1);
    if v.is_null() {
        return Ok(Value::Bool(false));
    }
    vm.truthy(&v).map(Value::Bool)
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [x, base] = args.bind(vm, "int", 1, ["x", "base"], 0, 2)?;
    let value = if base.is_null() {
        if x.is_null() {
            Value::Int(0)
        } else {
            int_of(vm, x)?
        }
    } else {
        if x.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        let base = vm.index_i64(base)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match access::str_text(vm, &x) {
            Some(t) => t.to_string(),
            None => match access::bytes_data(vm, &x) {
                Some(b) => String::from_utf8_lossy(b).into_owned(),
                None => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            },
        };
        parse_int(vm, &text, base as u32, x)?
    };
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &INT)) {
        return Ok(value);
    }
    let b = to_bigint(vm, &value).unwrap_or_default();
    Ok(vm.instance_with_payload(cls, Payload::Int(Box::new(b))))
}

/// `int(x)` for one argument.
pub fn int_of(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(f) => return float_to_int(vm, f),
        _ => {}
    }
    if let Some(text) = access::str_text(vm, &x).cloned() {
        return parse_int(vm, &text, 10, x);
    }
    if let Some(b) = access::bytes_data(vm, &x) {
        let text = String::from_utf8_lossy(b).into_owned();
        return parse_int(vm, &text, 10, x);
    }
    match as_num(vm, &x.clone()) {
        Some(Num::Small(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(b)) => return Ok(vm.new_int(b)),
        Some(Num::Float(f)) => return float_to_int(vm, f),
        None => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = vm.call_special(&x, name, &[])? {
            return match as_num(vm, &r.clone()) {
                Some(Num::Small(i)) if !matches!(r, Value::Float(_)) => Ok(Value::Int(i)),
                Some(Num::Big(b)) => Ok(vm.new_int(b)),
                _ => {
                    let t = type_name(vm, &r);
                    Err(vm.type_error(format!("{name} returned non-int (type {t})")))
                }
            };
        }
    }
    let t = type_name(vm, &x);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
}

/// `int(f)` for a float: truncation, with CPython's errors for inf and NaN.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = num::float_to_bigint(t);
    Ok(vm.new_int(b))
}

/// Parses an int literal as `int(text, base)` does.
pub fn parse_int(vm: &mut Vm, text: &str, base: u32, original: Value) -> PyResult<Value> {
    let invalid = |vm: &mut Vm| -> crate::value::state::PyErr {
        let shown = match access::str_text(vm, &original) {
            Some(_) => isopy_syntax::pyrepr::str_repr(text),
            None => vm.repr(&original.clone()).unwrap_or_default(),
        };
        vm.value_error(format!("invalid literal for int() with base {base}: {shown}"))
    };
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let lower = body.to_ascii_lowercase();
    let mut digits = body;
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 16 || base == 0) && prefixed("0x") {
        base = 16;
        digits = &body[2..];
    } else if (base == 8 || base == 0) && prefixed("0o") {
        base = 8;
        digits = &body[2..];
    } else if (base == 2 || base == 0) && prefixed("0b") {
        base = 2;
        digits = &body[2..];
    } else if base == 0 {
        base = 10;
        if body.len() > 1 && body.starts_with('0') && body.trim_start_matches(['0', '_']).chars().next().is_some() {
            return Err(invalid(vm));
        }
    }
    let had_prefix = digits.len() != body.len();
    let digits = if had_prefix { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(invalid(vm));
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        // Non-ASCII decimal digits (e.g. Arabic-Indic) count as digits too.
        if base == 10 && clean.chars().all(|c| c.is_numeric()) {
            let ascii: Option<String> = clean
                .chars()
                .map(|c| c.to_digit(10).map(|d| char::from(b'0' + d as u8)).or_else(|| unicode_decimal(c)))
                .collect();
            if let Some(a) = ascii {
                return parse_int(vm, &format!("{}{a}", if negative { "-" } else { "" }), 10, original);
            }
        }
        return Err(invalid(vm));
    }
    let limit = vm.int_max_str_digits;
    if limit > 0 && base & (base - 1) != 0 && clean.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    if clean.len() <= 18 && base <= 10 || clean.len() <= 15 {
        if let Ok(v) = i64::from_str_radix(&clean, base) {
            return Ok(Value::Int(if negative { -v } else { v }));
        }
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(|| invalid(vm))?;
    Ok(vm.new_int(if negative { -v } else { v }))
}

fn unicode_decimal(c: char) -> Option<char> {
    let n = c as u32;
    // Common decimal digit blocks (Arabic-Indic, Devanagari, fullwidth...).
    for start in [0x660, 0x6f0, 0x966, 0x9e6, 0xff10] {
        if (start..start + 10).contains(&n) {
            return Some(char::from(b'0' + (n - start) as u8));
        }
    }
    None
}

/// `int` as an exact `i64`, if it is one.
pub fn small(vm: &Vm, v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => match as_num(vm, &v) {
            Some(Num::Small(i)) => Some(i),
            _ => None,
        },
    }
}
