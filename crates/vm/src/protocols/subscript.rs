//! Subscripts: `obj[key]`, `obj[key] = v` and `del obj[key]` for the
//! built-in sequences and mappings (indices, negative indices and slices
//! with steps, as CPython computes them) and for user classes through
//! `__getitem__`, `__setitem__`, `__delitem__` (and `__missing__` for dict
//! subclasses, `__class_getitem__` for classes).

use crate::objects::access::slice_parts;
use crate::protocols::subscript::access::SliceIndices;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::dictops;
use crate::protocols::ops;
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{PyErr, PyResult, Vm};
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

/// Whether `key` can be a sequence index (an int, bool or `__index__` object).
fn is_index(vm: &Vm, key: Value) -> bool {
    match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Int(_) => true,
            _ => match vm.heap.get(&r).class {
                ClassRef::User(_) => class::lookup(vm, &vm.heap.get(&r).class, "__index__").is_some(),
                ClassRef::Builtin(_) => false,
            },
        },
        _ => false,
    }
}

fn indices_error(vm: &mut Vm, kind: &str, key: Value) -> PyErr {
    let t = type_name(vm, &key);
    vm.type_error(format!("{kind} indices must be integers or slices, not {t}"))
}

/// `obj[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Value::Obj(ref r) = obj {
        let o = vm.heap.get(r);
        if let ClassRef::Builtin(_) = o.class {
            match &o.payload {
                Payload::List(items) => {
                    if let Value::Int(i) = key {
                        let len = items.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j >= 0 && j < len {
                            return Ok(items[j as usize].clone());
                        }
                        return Err(vm.index_error("list index out of range"));
                    }
                    return sequence_getitem(vm, obj, key, "list");
                }
                Payload::Tuple(items) => {
                    if let Value::Int(i) = key {
                        let len = items.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j >= 0 && j < len {
                            return Ok(items[j as usize].clone());
                        }
                        return Err(vm.index_error("tuple index out of range"));
                    }
                    return sequence_getitem(vm, obj, key, "tuple");
                }
                Payload::Str(_) => return types::str::getitem(vm, obj, key),
                Payload::Bytes(_) | Payload::ByteArray(_) => return types::bytes::getitem(vm, obj, key),
                Payload::Range { .. } | Payload::BigRange(_) => return types::range::getitem(vm, obj, key),
                Payload::Dict(_) => {
                    return match dictops::dict_get(vm, r, &key)? {
                        Some(v) => Ok(v),
                        None => Err(vm.key_error(key)),
                    }
                }
                _ => {}
            }
        }
    }
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

/// `list[...]`, `tuple[...]` by index or slice (also for subclass instances).
pub fn sequence_getitem(vm: &mut Vm, obj: Value, key: Value, kind: &str) -> PyResult<Value> {
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, key.clone()) {
        let i = resolve_index(vm, key, len, kind)?;
        return Ok(access::seq_items(vm, &obj).expect("a sequence")[i].clone());
    }
    if let Some(parts) = slice_parts(vm, &key) {
        let s = resolve_slice(vm, parts, len)?;
        let items = access::seq_items(vm, &obj).expect("a sequence");
        let picked: Vec<Value> = if s.step == 1 {
            items[s.start as usize..s.start as usize + s.len].to_vec()
        } else {
            s.indices().map(|i| items[i].clone()).collect()
        };
        let is_list = matches!(&vm.heap.get(obj.as_obj().expect("an object")).payload, Payload::List(_));
        return Ok(if is_list { vm.new_list(picked) } else { vm.new_tuple(picked) });
    }
    Err(indices_error(vm, kind, key))
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

/// `obj[key] = value`.
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(ref r) = obj {
        let o = vm.heap.get_mut(r);
        if let ClassRef::Builtin(_) = o.class {
            match &mut o.payload {
                Payload::List(items) => {
                    if let Value::Int(i) = key {
                        let len = items.len() as i64;
                        let j = if i < 0 { i + len } else { i };
                        if j >= 0 && j < len {
                            items[j as usize] = value;
                            return Ok(());
                        }
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                    return list_setitem(vm, obj, key, value);
                }
                Payload::Dict(_) => return dictops::dict_set(vm, r, key, value),
                Payload::ByteArray(_) => return types::bytes::bytearray_setitem(vm, obj, key, value),
                _ => {}
            }
        }
    }
    match vm.call_special(&obj.clone(), "__setitem__", &[key, value])? {
        Some(_) => Ok(()),
        None => {
            let t = type_name(vm, &obj);
            Err(vm.type_error(format!("'{t}' object does not support item assignment")))
        }
    }
}

/// `list[key] = value` by index or slice (also for subclass instances).
pub fn list_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a list");
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, key.clone()) {
        let i = resolve_index(vm, key, len, "list assignment")?;
        if let Payload::List(items) = &mut vm.heap.get_mut(r).payload {
            items[i] = value;
        }
        return Ok(());
    }
    let Some(parts) = slice_parts(vm, &key.clone()) else {
        return Err(indices_error(vm, "list", key));
    };
    let s = resolve_slice(vm, parts, len)?;
    let new_items = if value.is(&obj) {
        access::seq_items(vm, &obj).expect("a list").to_vec()
    } else {
        match crate::protocols::iter::collect(vm, value) {
            Ok(items) => items,
            Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) => {
                return Err(vm.type_error("can only assign an iterable"));
            }
            Err(e) => return Err(e),
        }
    };
    let Payload::List(items) = &mut vm.heap.get_mut(r).payload else { unreachable!("a list") };
    if s.step == 1 {
        let start = s.start as usize;
        let end = start + s.len;
        let replaced: Vec<Value> = items.splice(start..end, new_items).collect();
        crate::value::object::release_last_first(replaced);
        return Ok(());
    }
    if new_items.len() != s.len {
        let (n, m) = (new_items.len(), s.len);
        return Err(vm.value_error(format!("attempt to assign sequence of size {n} to extended slice of size {m}")));
    }
    for (i, v) in s.indices().zip(new_items) {
        items[i] = v;
    }
    Ok(())
}

/// `del obj[key]`.
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    if let Value::Obj(ref r) = obj {
        let o = vm.heap.get(r);
        if let ClassRef::Builtin(_) = o.class {
            match &o.payload {
                Payload::List(_) => return list_delitem(vm, obj, key),
                Payload::Dict(_) => {
                    return match dictops::dict_remove(vm, r, &key)? {
                        Some(_) => Ok(()),
                        None => Err(vm.key_error(key)),
                    }
                }
                Payload::ByteArray(_) => return types::bytes::bytearray_delitem(vm, obj, key),
                _ => {}
            }
        }
    }
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

/// `del list[key]` by index or slice (also for subclass instances).
pub fn list_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a list");
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, key.clone()) {
        let i = resolve_index(vm, key, len, "list assignment")?;
        if let Payload::List(items) = &mut vm.heap.get_mut(r).payload {
            items.remove(i);
        }
        return Ok(());
    }
    let Some(parts) = slice_parts(vm, &key.clone()) else {
        return Err(indices_error(vm, "list", key));
    };
    let s = resolve_slice(vm, parts, len)?;
    let Payload::List(items) = &mut vm.heap.get_mut(r).payload else { unreachable!("a list") };
    if s.step == 1 {
        let removed: Vec<Value> = items.drain(s.start as usize..s.start as usize + s.len).collect();
        crate::value::object::release_last_first(removed);
    } else {
        let mut doomed: Vec<usize> = s.indices().collect();
        doomed.sort_unstable();
        let mut removed: Vec<Value> = doomed.into_iter().rev().map(|i| items.remove(i)).collect();
        // Taken out last first; CPython releases them in the slice's order.
        if s.step > 0 {
            removed.reverse();
        }
        drop(removed);
    }
    Ok(())
}
