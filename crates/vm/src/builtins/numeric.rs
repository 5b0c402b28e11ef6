//! Numeric built-ins: `abs`, `round`, `divmod`, `pow`, `bin`, `oct`,
//! `hex`, `chr`, `ord`, `hash`, `id`.

use isopy_compiler::BinaryOperator as Op;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::num::{as_num, Num};
use crate::protocols::ops;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

pub fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "abs", 0)?;
    match as_num(vm, &v.clone()) {
        Some(Num::Small(i)) if !matches!(v, Value::Float(_)) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(i).abs()),
        }),
        Some(Num::Big(b)) => Ok(vm.new_int(b.abs())),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        _ => match vm.call_special(&v.clone(), "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                let t = type_name(vm, &v);
                Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
            }
        },
    }
}

pub fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [number, ndigits] = args.bind(vm, "round", 0, ["number", "ndigits"], 1, 2)?;
    match as_num(vm, &number.clone()) {
        Some(Num::Float(f)) => crate::objects::types::float::round_float(vm, f, ndigits),
        _ => {
            let mut call_args = vec![];
            if !ndigits.is_null() {
                call_args.push(ndigits);
            }
            match vm.call_special(&number.clone(), "__round__", &call_args)? {
                Some(r) => Ok(r),
                None => {
                    let t = type_name(vm, &number);
                    Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
                }
            }
        }
    }
}

pub fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "divmod", 0)?;
    crate::protocols::ops::divmod_values(vm, a, b)
}

fn int_of(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Float(_) => None,
        _ => match as_num(vm, &v)? {
            Num::Small(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b),
            Num::Float(_) => None,
        },
    }
}

pub fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [base, exp, modulus] = args.bind(vm, "pow", 0, ["base", "exp", "mod"], 2, 3)?;
    if modulus.is_null() || modulus.is_none() {
        return ops::binary_op(vm, &base, &exp, Op::Power, false);
    }
    let (Some(b), Some(e), Some(m)) = (int_of(vm, base.clone()), int_of(vm, exp.clone()), int_of(vm, modulus.clone()))
    else {
        if as_num(vm, &base.clone()).is_some()
            && as_num(vm, &exp.clone()).is_some()
            && as_num(vm, &modulus.clone()).is_some()
        {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        if let Some(r) = vm.call_special(&base, "__pow__", &[exp.clone(), modulus.clone()])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (ta, tb, tc) = (type_name(vm, &base), type_name(vm, &exp), type_name(vm, &modulus));
        return Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tc}'")));
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let abs_m = m.abs();
    let mut base = b.mod_floor(&abs_m);
    let mut exponent = e;
    if exponent.is_negative() {
        // The modular inverse, as CPython 3.8+ computes it.
        let g = base.extended_gcd(&abs_m);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&abs_m);
        exponent = -exponent;
    }
    let mut r = base.modpow(&exponent, &abs_m);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(vm.new_int(r))
}

fn radix(vm: &mut Vm, args: Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, name, 0)?;
    let n = match ops::index_value(vm, &v)? {
        Some(n) => n,
        None => {
            let t = type_name(vm, &v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    let digits = n.abs().to_str_radix(base);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

pub fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

pub fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

pub fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

pub fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "chr", 0)?;
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::index_i64(vm, v).map_err(|e| {
        if vm.error_is(&e, &crate::objects::types::exceptions::INDEX_ERROR) {
            vm.overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if i32::try_from(n).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(crate::objects::types::str::char_value(vm, c)),
        None => {
            if (0xd800..0xe000).contains(&n) {
                return Err(vm.value_error("surrogate code points are not supported by isopy"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

pub fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "ord", 0)?;
    if let Some(t) = access::str_text(vm, &v) {
        let mut chars = t.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => {
                let n = t.chars().count();
                Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
            }
        };
    }
    if let Some(b) = access::bytes_data(vm, &v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        let n = b.len();
        return Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")));
    }
    let t = type_name(vm, &v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
}

pub fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "hash", 0)?;
    ops::hash(vm, &v).map(Value::Int)
}

pub fn id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "id", 0)?;
    Ok(Value::Int(match v {
        Value::Obj(r) => crate::objects::access::address(r) as i64,
        Value::Type(t) => t as *const _ as usize as i64,
        Value::Native(n) => n as *const _ as usize as i64,
        Value::Int(i) => 0x7e00_0000_0000 + i.wrapping_mul(32),
        Value::Float(f) => 0x7d00_0000_0000 + (f.to_bits() as i64 & 0xffff_ffff) * 16,
        Value::Bool(b) => 0x7c00_0000_0000 + b as i64 * 32,
        Value::None | Value::Null => 0x7c00_0000_0100,
        Value::NotImplemented => 0x7c00_0000_0200,
        Value::Ellipsis => 0x7c00_0000_0300,
    }))
}
