//! Subscripts: `obj[key]`, `obj[key] = value` and `del obj[key]`. Each
//! built-in type implements them in its own file (its `getitem`, `setitem`
//! and `delitem` slots); this file dispatches to those, to user classes'
//! `__getitem__`, `__setitem__`, `__delitem__` and to `__class_getitem__`
//! for classes, and resolves indices and slices (negative indices, steps)
//! as CPython computes them, for every sequence type to share.

use crate::protocols::subscript::access::SliceIndices;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::ops;
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

fn slice_bound(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    match ops::index_value(vm, &v)? {
        Some(b) => Ok(Some(b)),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Resolves slice `parts` against a sequence of length `len`.
pub fn resolve_slice(vm: &mut Vm, parts: [Value; 3], len: usize) -> PyResult<SliceIndices> {
    let step = match slice_bound(vm, parts[2].clone())? {
        None => 1,
        Some(s) => {
            if s.is_zero_value() {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            s.to_i64().unwrap_or(if s.is_negative() { -i64::MAX } else { i64::MAX })
        }
    };
    let len_i = len as i64;
    let clamp = |b: BigInt| -> i64 { b.to_i64().unwrap_or(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }) };
    let (lower, upper) = if step < 0 { (-1, len_i - 1) } else { (0, len_i) };
    let adjust = |b: Option<BigInt>, default: i64| -> i64 {
        match b {
            None => default,
            Some(b) => {
                let mut i = clamp(b);
                if i < 0 {
                    i += len_i;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                i
            }
        }
    };
    let start_b = slice_bound(vm, parts[0].clone())?;
    let stop_b = slice_bound(vm, parts[1].clone())?;
    let start = adjust(start_b, if step < 0 { upper } else { lower });
    let stop = adjust(stop_b, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices { start, stop, step, len: n as usize })
}

trait IsZero {
    fn is_zero_value(&self) -> bool;
}

impl IsZero for BigInt {
    fn is_zero_value(&self) -> bool {
        num_traits::Zero::is_zero(self)
    }
}

/// Resolves a sequence index (negative counts from the end), or IndexError
/// with `what`'s wording (`list index out of range`).
pub fn resolve_index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => i,
        _ => match ops::index_value(vm, &key)? {
            Some(b) => match b.to_i64() {
                Some(i) => i,
                None => {
                    let t = type_name(vm, &key);
                    return Err(vm.error(&exc::INDEX_ERROR, format!("cannot fit '{t}' into an index-sized integer")));
                }
            },
            None => unreachable!("callers check the key is an index"),
        },
    };
    let adjusted = if i < 0 { i + len as i64 } else { i };
    if adjusted < 0 || adjusted >= len as i64 {
        // `what` names the sequence (`list`), or is CPython's whole prefix (`index`).
        let message = if what == "index" || what.ends_with(" index") {
            format!("{what} out of range")
        } else {
            format!("{what} index out of range")
        };
        return Err(vm.index_error(message));
    }
    Ok(adjusted as usize)
}

/// `obj[key]`. A built-in object's own type answers through its `getitem`
/// slot; a user class (and a class object, `Class[key]`) through its
/// special methods, which for a subclass of a built-in container reach
/// the same slot through the inherited `__getitem__`.
///
/// Inlined into its callers (the frame loop's `BINARY_SUBSCR` first), so a
/// built-in container's subscript costs one call, to its slot.
#[inline]
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Value::Obj(ref r) = obj {
        if let ClassRef::Builtin(t) = vm.heap.get(r).class {
            if let Some(slot) = t.slot(|s| s.getitem) {
                return slot(vm, obj, key);
            }
        }
    }
    special_getitem(vm, obj, key)
}

/// `obj[key]` for a value whose type has no `getitem` slot: a class
/// (`Class[key]`) or an object with `__getitem__`.
fn special_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(cls) = class::as_class(vm, &obj) {
        return class_getitem(vm, cls, obj, key);
    }
    match vm.call_special(&obj.clone(), "__getitem__", &[key])? {
        Some(v) => Ok(v),
        None => {
            let t = type_name(vm, &obj);
            Err(vm.type_error(format!("'{t}' object is not subscriptable")))
        }
    }
}

/// `Class[key]`: `__class_getitem__`, or a generic alias for built-in types.
fn class_getitem(vm: &mut Vm, cls: ClassRef, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(m) = class::lookup(vm, &cls, "__class_getitem__") {
        let f = match m {
            Value::Obj(ref r) => match &vm.heap.get(r).payload {
                Payload::ClassMethod(f) => f,
                _ => &m,
            },
            _ => &m,
        };
        return vm.call(&f.clone(), &[obj, key]);
    }
    if let ClassRef::Builtin(t) = cls {
        let generic = [&types::LIST, &types::DICT, &types::TUPLE, &types::SET, &types::FROZENSET, &types::TYPE];
        if generic.iter().any(|g| std::ptr::eq(*g, t)) || t.module != "builtins" {
            return Ok(types::misc::generic_alias(vm, obj, key));
        }
    }
    let n = class::class_name(vm, &cls);
    Err(vm.type_error(format!("type '{n}' is not subscriptable")))
}

/// `obj[key] = value`: the `setitem` slot of a built-in object's type, else
/// `__setitem__`.
/// Inlined into its callers, as [`getitem`] is.
#[inline]
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(ref r) = obj {
        if let ClassRef::Builtin(t) = vm.heap.get(r).class {
            if let Some(slot) = t.slot(|s| s.setitem) {
                return slot(vm, obj, key, value);
            }
        }
    }
    special_setitem(vm, obj, key, value)
}

/// `obj[key] = value` by `__setitem__`, for a value whose type has no
/// `setitem` slot.
fn special_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    match vm.call_special(&obj.clone(), "__setitem__", &[key, value])? {
        Some(_) => Ok(()),
        None => {
            let t = type_name(vm, &obj);
            Err(vm.type_error(format!("'{t}' object does not support item assignment")))
        }
    }
}

/// `del obj[key]`: the `delitem` slot of a built-in object's type, else
/// `__delitem__`.
/// Inlined into its callers, as [`getitem`] is.
#[inline]
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if let Value::Obj(ref r) = obj {
        if let ClassRef::Builtin(t) = vm.heap.get(r).class {
            if let Some(slot) = t.slot(|s| s.delitem) {
                return slot(vm, obj, key);
            }
        }
    }
    special_delitem(vm, obj, key)
}

/// `del obj[key]` by `__delitem__`, for a value whose type has no
/// `delitem` slot.
fn special_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    match vm.call_special(&obj.clone(), "__delitem__", &[key])? {
        Some(_) => Ok(()),
        None => {
            let t = type_name(vm, &obj);
            if class::lookup(vm, &class_of(vm, &obj), "__getitem__").is_some() {
                return Err(vm.type_error(format!("'{t}' object doesn't support item deletion")));
            }
            Err(vm.type_error(format!("'{t}' object does not support item deletion")))
        }
    }
}
