//! The `math` module: every function of CPython 3.11's `math`, with its
//! argument conversions (`__float__`, `__index__`, `__floor__`...), exact
//! big-int results and error messages. Functions CPython hands to libm use
//! Rust's `f64` methods, which call glibc's; the algorithms CPython or glibc
//! implement themselves live in [`libm`].

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

mod libm;

use self::libm::*;
use super::NativeModule;
use crate::objects::access;
use crate::objects::args::{Signature, Wording};
use crate::objects::class::type_name;
use crate::objects::num::{as_num, Num};
use crate::objects::types::Native;
use crate::protocols::ops;
use crate::value::object::ObjRef;
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;
use isopy_compiler::BinaryOperator as Op;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "math",
    functions: &[
        Native::function("acos", acos),
        Native::function("acosh", acosh),
        Native::function("asin", asin),
        Native::function("asinh", asinh),
        Native::function("atan", atan),
        Native::function("atan2", atan2),
        Native::function("atanh", atanh),
        Native::function("cbrt", cbrt),
        Native::function("ceil", ceil),
        Native::function("comb", comb),
        Native::function("copysign", copysign),
        Native::function("cos", cos),
        Native::function("cosh", cosh),
        Native::function("degrees", degrees),
        Native::function("dist", dist),
        Native::function("erf", erf),
        Native::function("erfc", erfc),
        Native::function("exp", exp),
        Native::function("exp2", exp2),
        Native::function("expm1", expm1),
        Native::function("fabs", fabs),
        Native::function("factorial", factorial),
        Native::function("floor", floor),
        Native::function("fmod", fmod),
        Native::function("frexp", frexp),
        Native::function("fsum", fsum),
        Native::function("gamma", gamma),
        Native::function("gcd", gcd),
        Native::function("hypot", hypot),
        Native::function("isclose", isclose),
        Native::function("isfinite", isfinite),
        Native::function("isinf", isinf),
        Native::function("isnan", isnan),
        Native::function("isqrt", isqrt),
        Native::function("lcm", lcm),
        Native::function("ldexp", ldexp),
        Native::function("lgamma", lgamma),
        Native::function("log", log),
        Native::function("log10", log10),
        Native::function("log1p", log1p),
        Native::function("log2", log2),
        Native::function("modf", modf),
        Native::function("nextafter", nextafter),
        Native::function("perm", perm),
        Native::function("pow", pow),
        Native::function("prod", prod),
        Native::function("radians", radians),
        Native::function("remainder", remainder),
        Native::function("sin", sin),
        Native::function("sinh", sinh),
        Native::function("sqrt", sqrt),
        Native::function("tan", tan),
        Native::function("tanh", tanh),
        Native::function("trunc", trunc),
        Native::function("ulp", ulp),
    ],
    types: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    access::dict_set_str(vm, &d, "pi", Value::Float(std::f64::consts::PI));
    access::dict_set_str(vm, &d, "e", Value::Float(std::f64::consts::E));
    access::dict_set_str(vm, &d, "tau", Value::Float(std::f64::consts::TAU));
    access::dict_set_str(vm, &d, "inf", Value::Float(f64::INFINITY));
    access::dict_set_str(vm, &d, "nan", Value::Float(f64::NAN));
    Ok(())
}

// ------------------------------------------------------------ errors and arguments

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `is_error`: turns an errno into an exception, ignoring
/// ERANGE for results below 1.5 in magnitude (underflows).
fn check_errno(vm: &mut Vm, r: f64, err: Option<MathError>) -> PyResult<Value> {
    match err {
        None => Ok(Value::Float(r)),
        Some(MathError::Domain) => Err(domain_error(vm)),
        Some(MathError::Range) if r.abs() < 1.5 => Ok(Value::Float(r)),
        Some(MathError::Range) => Err(range_error(vm)),
    }
}

/// The one argument of a `METH_O` function (`math.sqrt() takes exactly one argument (0 given)`).
fn one_arg(vm: &mut Vm, args: &Args<'_>, qualified: &str) -> PyResult<Value> {
    let [x] = args.exact::<1>(vm, qualified, 0)?;
    Ok(x)
}

/// The two arguments of a positional-only two-argument function, named
/// with its module (`math.atan2() takes no keyword arguments`, `atan2
/// expected 2 arguments, got 1`).
fn two_args(vm: &mut Vm, args: &Args<'_>, qualified: &str) -> PyResult<(Value, Value)> {
    let [x, y] = Signature::positional(qualified, 2, 2).bind(vm, args, 0)?;
    Ok((x, y))
}

/// `PyFloat_AsDouble`: ints and floats directly, else `__float__` or `__index__`.
fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(b))),
        _ => {}
    }
    if let Some(n) = as_num(vm, &v) {
        return crate::objects::num::num_to_f64(vm, &n);
    }
    if let Some(r) = vm.call_special(&v, "__float__", &[])? {
        return match as_num(vm, &r.clone()) {
            Some(Num::Float(f)) => Ok(f),
            _ => {
                let (t, rt) = (type_name(vm, &v), type_name(vm, &r));
                Err(vm.type_error(format!("{t}.__float__ returned non-float (type {rt})")))
            }
        };
    }
    if let Some(r) = vm.call_special(&v, "__index__", &[])? {
        return match as_num(vm, &r.clone()) {
            Some(n @ (Num::Small(_) | Num::Big(_))) if !matches!(r, Value::Float(_)) => {
                crate::objects::num::num_to_f64(vm, &n)
            }
            _ => {
                let rt = type_name(vm, &r);
                Err(vm.type_error(format!("__index__ returned non-int (type {rt})")))
            }
        };
    }
    let t = type_name(vm, &v);
    Err(vm.type_error(format!("must be real number, not {t}")))
}

/// `PyNumber_Index`: an int, or `'X' object cannot be interpreted as an integer`.
fn to_index(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Value::Int(i) = v {
        return Ok(BigInt::from(i));
    }
    match ops::index_value(vm, &v)? {
        Some(b) => Ok(b),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

// ------------------------------------------------------------ one-argument float functions

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity
/// from a finite value an overflow (or a singularity, a domain error).
fn math_1(vm: &mut Vm, args: Args<'_>, qualified: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = one_arg(vm, &args, qualified)?;
    let x = to_f64(vm, x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_1a`, for functions that report their own errno.
fn math_1a(vm: &mut Vm, args: Args<'_>, qualified: &str, f: fn(f64) -> (f64, Option<MathError>)) -> PyResult<Value> {
    let x = one_arg(vm, &args, qualified)?;
    let x = to_f64(vm, x)?;
    let (r, err) = f(x);
    check_errno(vm, r, err)
}

macro_rules! libm_functions {
    ($($name:ident, $qualified:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                math_1(vm, args, $qualified, $f, $overflow)
            }
        )*
    };
}

libm_functions! {
    acos, "math.acos", f64::acos, false;
    acosh, "math.acosh", glibc_acosh, false;
    asin, "math.asin", f64::asin, false;
    asinh, "math.asinh", glibc_asinh, false;
    atan, "math.atan", f64::atan, false;
    atanh, "math.atanh", glibc_atanh, false;
    cbrt, "math.cbrt", glibc_cbrt, false;
    cos, "math.cos", f64::cos, false;
    cosh, "math.cosh", f64::cosh, true;
    exp, "math.exp", f64::exp, true;
    exp2, "math.exp2", f64::exp2, true;
    expm1, "math.expm1", f64::exp_m1, true;
    fabs, "math.fabs", f64::abs, false;
    log1p, "math.log1p", m_log1p, false;
    sin, "math.sin", f64::sin, false;
    sinh, "math.sinh", f64::sinh, true;
    sqrt, "math.sqrt", f64::sqrt, false;
    tan, "math.tan", f64::tan, false;
    tanh, "math.tanh", f64::tanh, false;
}

fn erf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_1a(vm, args, "math.erf", |x| (glibc_erf(x), None))
}

fn erfc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // glibc sets ERANGE when erfc underflows to 0; CPython ignores that.
    math_1a(vm, args, "math.erfc", |x| (glibc_erfc(x), None))
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_1a(vm, args, "math.gamma", m_tgamma)
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_1a(vm, args, "math.lgamma", m_lgamma)
}

fn degrees(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.degrees")?;
    let x = to_f64(vm, x)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.radians")?;
    let x = to_f64(vm, x)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.isfinite")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.isinf")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.isnan")?;
    Ok(Value::Bool(to_f64(vm, x)?.is_nan()))
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.ulp")?;
    let x = to_f64(vm, x)?;
    Ok(Value::Float(float_ulp(x)))
}

// ------------------------------------------------------------ rounding to ints

/// `math.floor`/`ceil`: a float's rounded value as an int; other objects
/// through their `__floor__`/`__ceil__`.
fn round_to_int(vm: &mut Vm, args: Args<'_>, qualified: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one_arg(vm, &args, qualified)?;
    match x {
        Value::Float(v) => return crate::objects::types::int::float_to_int(vm, f(v)),
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(i64::from(b))),
        _ => {}
    }
    let user = x.as_obj().is_some_and(|r| matches!(vm.heap.get(r).class, crate::value::object::ClassRef::User(_)));
    if user {
        if let Some(r) = vm.call_special(&x, dunder, &[])? {
            return Ok(r);
        }
    }
    match as_num(vm, &x.clone()) {
        Some(Num::Small(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) => Ok(vm.new_int(b)),
        Some(Num::Float(v)) => crate::objects::types::int::float_to_int(vm, f(v)),
        None => {
            if let Some(r) = vm.call_special(&x, dunder, &[])? {
                return Ok(r);
            }
            let v = to_f64(vm, x)?;
            crate::objects::types::int::float_to_int(vm, f(v))
        }
    }
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    round_to_int(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.trunc")?;
    match x {
        Value::Float(v) => return crate::objects::types::int::float_to_int(vm, v),
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(i64::from(b))),
        _ => {}
    }
    if let Some(r) = vm.call_special(&x, "__trunc__", &[])? {
        return Ok(r);
    }
    match as_num(vm, &x.clone()) {
        Some(Num::Small(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) => Ok(vm.new_int(b)),
        Some(Num::Float(v)) => crate::objects::types::int::float_to_int(vm, v),
        None => {
            let t = type_name(vm, &x);
            Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
        }
    }
}

// ------------------------------------------------------------ two-argument float functions

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity
/// from finite values an overflow.
fn math_2(vm: &mut Vm, args: Args<'_>, qualified: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, qualified)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    let r = f(x, y);
    let err = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Some(MathError::Domain)
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Some(MathError::Range)
    } else {
        None
    };
    check_errno(vm, r, err)
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "math.atan2", m_atan2)
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "math.copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    math_2(vm, args, "math.remainder", m_remainder)
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "math.fmod")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "math.pow")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    let (r, err) = m_pow(x, y);
    check_errno(vm, r, err)
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "math.nextafter")?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    Ok(Value::Float(next_after(x, y)))
}

// ------------------------------------------------------------ frexp, ldexp, modf

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.frexp")?;
    let x = to_f64(vm, x)?;
    let (m, e) = float_frexp(x);
    Ok(vm.new_tuple([Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, i) = two_args(vm, &args, "math.ldexp")?;
    let x = to_f64(vm, x)?;
    let exp = match as_num(vm, &i.clone()) {
        Some(Num::Small(e)) if !matches!(i, Value::Float(_)) => e,
        Some(Num::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i64::from(i32::MAX) {
        return Err(range_error(vm));
    } else if exp < i64::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let r = scalbn(x, exp);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.modf")?;
    let x = to_f64(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple([Value::Float(frac), Value::Float(int)]))
}

// ------------------------------------------------------------ logarithms

/// CPython's `loghelper`: ints of any size directly, other values through libm.
fn log_of(vm: &mut Vm, x: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let int = match as_num(vm, &x.clone()) {
        Some(Num::Small(i)) if !matches!(x, Value::Float(_)) => Some(BigInt::from(i)),
        Some(Num::Big(b)) => Some(b),
        _ => None,
    };
    if let Some(b) = int {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match b.to_f64().filter(|v| v.is_finite()) {
            Some(v) => f(v),
            None => {
                let (m, e) = bigint_frexp(&b);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let v = to_f64(vm, x)?;
    let r = f(v);
    if (r.is_nan() && !v.is_nan()) || (r.is_infinite() && v.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// `math.log(x, [base])`: `base` is an optional group, not a parameter
/// with a default, which gives its errors their own wording.
static LOG: Signature = Signature::positional("math.log", 1, 2).with_wording(Wording::OptionalGroups);

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [x, base] = LOG.bind(vm, &args, 0)?;
    let num = log_of(vm, x, m_log)?;
    if base.is_null() {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, base, m_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log2")?;
    log_of(vm, x, m_log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log10")?;
    log_of(vm, x, m_log10).map(Value::Float)
}

// ------------------------------------------------------------ isclose, fsum, prod

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
static ISCLOSE: Signature = Signature::builtin("isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2);

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b, rel_tol, abs_tol] = ISCLOSE.bind(vm, &args, 0)?;
    let a = to_f64(vm, a)?;
    let b = to_f64(vm, b)?;
    let rel_tol = if rel_tol.is_null() { 1e-9 } else { to_f64(vm, rel_tol)? };
    let abs_tol = if abs_tol.is_null() { 0.0 } else { to_f64(vm, abs_tol)? };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok(Value::Bool(is_close(a, b, rel_tol, abs_tol)))
}

fn fsum_error(vm: &mut Vm, e: FsumError) -> PyErr {
    match e {
        FsumError::Overflow => vm.overflow_error("intermediate overflow in fsum"),
        FsumError::InfMinusInf => vm.value_error("-inf + inf in fsum"),
    }
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seq = one_arg(vm, &args, "math.fsum")?;
    let it = vm.iter(&seq)?;
    let mut acc = Fsum::default();
    while let Some(item) = vm.next(&it)? {
        let x = to_f64(vm, item)?;
        if let Err(e) = acc.add(x) {
            return Err(fsum_error(vm, e));
        }
    }
    match acc.finish() {
        Ok(v) => Ok(Value::Float(v)),
        Err(e) => Err(fsum_error(vm, e)),
    }
}

/// `math.prod(iterable, /, *, start=1)`.
static PROD: Signature = Signature::builtin("prod", &["iterable", "start"], 1, 1, 1);

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = PROD.bind(vm, &args, 0)?;
    let mut result = if start.is_null() { Value::Int(1) } else { start };
    let it = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&it)? {
        result = match (result.clone(), item.clone()) {
            (Value::Int(a), Value::Int(b)) if a.checked_mul(b).is_some() => Value::Int(a * b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => ops::binary_op(vm, &result, &item, Op::Multiply, false)?,
        };
    }
    Ok(result)
}

// ------------------------------------------------------------ hypot, dist

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        coords.push(to_f64(vm, v.clone())?.abs());
    }
    Ok(Value::Float(norm_of(&coords)))
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (p, q) = two_args(vm, &args, "math.dist")?;
    let p = point(vm, p)?;
    let q = point(vm, q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        let a = to_f64(vm, a)?;
        let b = to_f64(vm, b)?;
        diffs.push((a - b).abs());
    }
    Ok(Value::Float(norm_of(&diffs)))
}

/// A point's coordinates (any iterable, as `tuple(p)` would take it).
fn point(vm: &mut Vm, p: Value) -> PyResult<Vec<Value>> {
    let items = match access::seq_items(vm, &p) {
        Some(items) => items.to_vec(),
        None => crate::protocols::iter::collect(vm, p)?,
    };
    Ok(items)
}

// ------------------------------------------------------------ integer functions

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "math.gcd")?;
    let mut result = BigInt::zero();
    for v in args.pos {
        let x = to_index(vm, v.clone())?;
        if !result.is_one() {
            result = result.gcd(&x);
        }
    }
    Ok(vm.new_int(result))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "math.lcm")?;
    let mut result = BigInt::one();
    for (i, v) in args.pos.iter().enumerate() {
        let x = to_index(vm, v.clone())?;
        if i == 0 {
            result = x.abs();
        } else if !result.is_zero() {
            result = if x.is_zero() { BigInt::zero() } else { (&result / result.gcd(&x) * x).abs() };
        }
    }
    Ok(vm.new_int(result))
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = one_arg(vm, &args, "math.isqrt")?;
    let n = to_index(vm, n)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

/// The product of the integers in `lo..hi`, by binary splitting (so the
/// big multiplications are balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// `factorial(x)` for the argument value, with CPython's errors.
fn factorial_of(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let n = to_index(vm, x)?;
    let Some(n) = n.to_i64() else {
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        return Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    Ok(vm.new_int(range_product(2, n as u64 + 1)))
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.factorial")?;
    factorial_of(vm, x)
}

/// `n * (n-1) * ... * (n-k+1)` for a big `n`.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    // `small + 1` must not overflow: the largest u64 takes the big path.
    if let Some(small) = n.to_u64().filter(|s| *s < u64::MAX) {
        return range_product(small - k + 1, small + 1);
    }
    if k == 1 {
        return n.clone();
    }
    let j = k / 2;
    falling_product(n, j) * falling_product(&(n - j), k - j)
}

/// The two integer arguments of `comb`/`perm`, checked non-negative.
fn comb_args(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_index(vm, n)?;
    let k = to_index(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, k) = two_args(vm, &args, "math.comb")?;
    let (n, k) = comb_args(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let result = falling_product(&n, k) / range_product(2, k + 1);
    Ok(vm.new_int(result))
}

fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [n, k] = Signature::positional("math.perm", 1, 2).bind(vm, &args, 0)?;
    if k.is_null() || k.is_none() {
        return factorial_of(vm, n);
    }
    let (n, k) = comb_args(vm, n, k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(vm.new_int(falling_product(&n, k)))
}
