//! What the built-in types' compare slots share: whether an ordering
//! satisfies a comparison, the exact comparison of ints and floats of any
//! size (the compare slot of int, bool and float), and the lexicographic
//! comparison of sequences (list, tuple, slice). Also equality settled
//! without running Python code ([`known_eq`], from the types' `known_eq`
//! slots), which dicts use to probe their keys.

use std::cmp::Ordering;

use isopy_compiler::Comparison;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::class;
use crate::objects::num::{as_num, float_to_bigint, Num};
use crate::objects::protocol::Protocols;
use crate::objects::types::{self, BuiltinType};
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// The answer to a question the VM may be able to settle without running
/// Python code.
pub enum Known {
    /// Settled.
    Yes(bool),
    /// Needs Python code (`__eq__` of a user class).
    Unknown,
}

/// The built-in type of `v`, unless `v` is an instance of a user class.
#[inline]
fn builtin_type(vm: &Vm, v: &Value) -> Option<&'static BuiltinType> {
    match v {
        Value::Obj(r) => match vm.heap.get(r).class {
            ClassRef::Builtin(t) => Some(t),
            ClassRef::User(_) => None,
        },
        other => match class::class_of(vm, other) {
            ClassRef::Builtin(t) => Some(t),
            ClassRef::User(_) => None,
        },
    }
}

/// `a == b` when the VM can decide it without running Python code: for
/// two built-in values, the first one's `known_eq` slot, then the
/// second's (equality is symmetric between built-in types); for user
/// instances, identity when their classes keep object's `__eq__`.
pub fn known_eq(vm: &Vm, a: &Value, b: &Value) -> Known {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Known::Yes(x == y);
    }
    if let (Some(ta), Some(tb)) = (builtin_type(vm, a), builtin_type(vm, b)) {
        if let Some(eq) = ta.slot(|s| s.known_eq) {
            if let Some(r) = eq(vm, a, b) {
                return Known::Yes(r);
            }
        }
        if !std::ptr::eq(ta, tb) {
            if let Some(eq) = tb.slot(|s| s.known_eq) {
                if let Some(r) = eq(vm, b, a) {
                    return Known::Yes(r);
                }
            }
        }
        return Known::Unknown;
    }
    user_known_eq(vm, a, b)
}

/// [`known_eq`] when a user class's instance is involved: identity if
/// both keep object's `__eq__` (user instances, functions, modules). Out
/// of line, so the built-in case stays short.
#[inline(never)]
fn user_known_eq(vm: &Vm, a: &Value, b: &Value) -> Known {
    let identity = |v: &Value| match class::class_of(vm, v) {
        c @ ClassRef::User(_) => {
            !class::user_defines(vm, &c, "__eq__") && std::ptr::eq(class::base_type(vm, &c), &types::OBJECT)
        }
        ClassRef::Builtin(t) => std::ptr::eq(t, &types::FUNCTION) || std::ptr::eq(t, &types::MODULE),
    };
    if identity(a) && identity(b) {
        return Known::Yes(a.is(b));
    }
    Known::Unknown
}

/// Whether `other`, a value of a built-in type, compares by the type's
/// slots: not an object whose type defines equality in its methods (a
/// native payload: `__eq__` of a mappingproxy may run Python code).
#[inline]
pub fn slot_compared(vm: &Vm, other: &Value) -> bool {
    !matches!(other, Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Native(_)))
}

/// The `known_eq` slot of the types whose values equal only themselves
/// (`None`, functions, modules, classes...): identity.
pub fn identity_known_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    slot_compared(vm, b).then(|| a.is(b))
}

/// The `known_eq` slot of int, bool and float: numbers by value, and no
/// other built-in value equals one.
pub fn number_known_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    match (as_num(vm, a), as_num(vm, b)) {
        (Some(x), Some(y)) => Some(num_cmp(&x, &y) == Some(Ordering::Equal)),
        _ => slot_compared(vm, b).then_some(false),
    }
}

/// Whether ordering `o` satisfies comparison `op`.
#[inline]
pub fn ordering_holds(op: Comparison, o: Ordering) -> bool {
    match op {
        Comparison::Lt => o == Ordering::Less,
        Comparison::Le => o != Ordering::Greater,
        Comparison::Eq => o == Ordering::Equal,
        Comparison::Ne => o != Ordering::Equal,
        Comparison::Gt => o == Ordering::Greater,
        Comparison::Ge => o != Ordering::Less,
    }
}

/// The compare slot of int, bool and float: two numbers compare exactly
/// (a NaN is unordered: only `!=` holds); anything else is
/// `NotImplemented`.
pub fn number_compare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) else { return Ok(Value::NotImplemented) };
    Ok(Value::Bool(match num_cmp(&x, &y) {
        Some(o) => ordering_holds(op, o),
        None => op == Comparison::Ne,
    }))
}

/// Compares two numbers exactly (ints and floats of any size).
pub fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Small(a), Num::Small(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Small(a), Num::Float(b)) => int_float_cmp(&BigInt::from(*a), *a as f64, *b),
        (Num::Float(a), Num::Small(b)) => int_float_cmp(&BigInt::from(*b), *b as f64, *a).map(Ordering::reverse),
        (Num::Big(a), Num::Float(b)) => int_float_cmp(a, a.to_f64().unwrap_or(f64::INFINITY), *b),
        (Num::Float(a), Num::Big(b)) => {
            int_float_cmp(b, b.to_f64().unwrap_or(f64::INFINITY), *a).map(Ordering::reverse)
        }
        (Num::Big(a), Num::Big(b)) => Some(a.cmp(b)),
        (Num::Big(a), Num::Small(b)) => Some(a.cmp(&BigInt::from(*b))),
        (Num::Small(a), Num::Big(b)) => Some(BigInt::from(*a).cmp(b)),
    }
}

/// Compares int `i` (approximately `approx`) with float `f`, exactly.
fn int_float_cmp(i: &BigInt, approx: f64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if approx.abs() < 9.0e15 && f.abs() < 9.0e15 {
        return approx.partial_cmp(&f);
    }
    // Compare against the float's exact integer part, then its fraction.
    let whole = f.trunc();
    let whole_int = num_bigint::BigInt::from(whole as i128);
    let whole_int = if whole.abs() >= 1.0e38 { float_to_bigint(whole) } else { whole_int };
    match i.cmp(&whole_int) {
        Ordering::Equal => {
            let frac = f - whole;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Lexicographic comparison of two sequences, as list and tuple compare:
/// the first items that differ decide, else the lengths.
pub fn sequence_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: Comparison) -> PyResult<bool> {
    compare_items(vm, x.len(), y.len(), |_, i| (x[i].clone(), y[i].clone()), op)
}

/// [`sequence_compare`] of two sequences of `lx` and `ly` items, read by
/// index as it goes (`item(vm, i)` gives both sides' item `i`): for
/// sequences that cannot change, such as tuples, which need no copy.
pub fn compare_items(
    vm: &mut Vm,
    lx: usize,
    ly: usize,
    item: impl Fn(&Vm, usize) -> (Value, Value),
    op: Comparison,
) -> PyResult<bool> {
    if matches!(op, Comparison::Eq | Comparison::Ne) && lx != ly {
        return Ok(op == Comparison::Ne);
    }
    let mut i = 0;
    while i < lx && i < ly {
        let (p, q) = item(vm, i);
        if !vm.eq(&p, &q)? {
            break;
        }
        i += 1;
    }
    if i >= lx || i >= ly {
        return Ok(ordering_holds(op, lx.cmp(&ly)));
    }
    match op {
        Comparison::Eq => Ok(false),
        Comparison::Ne => Ok(true),
        _ => {
            let (p, q) = item(vm, i);
            let r = vm.rich_compare(&p, &q, op)?;
            vm.truthy(&r)
        }
    }
}
