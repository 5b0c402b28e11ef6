//! The object protocols every instruction leans on: truthiness, hashing,
//! equality and rich comparison, the binary and unary operators, `in` and
//! `len`. Built-in types are handled in Rust directly; user classes go
//! through their special methods with CPython's rules (reflected operands,
//! subclass priority, `NotImplemented`).

use crate::objects::access::bytes_data;
use crate::objects::access::frozenset_hash;
use crate::objects::access::identity_hash;
use crate::objects::access::payload_len;
use crate::objects::access::payload_truthy;
use crate::objects::access::seq_items;
use crate::objects::access::str_hash;
use crate::objects::access::str_text;
use crate::objects::num::float_to_bigint;
use std::cmp::Ordering;
use std::sync::Arc;

use isopy_compiler::{BinaryOperator as Op, Comparison, UnaryOperator};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::class::{self, class_of, type_name};
use crate::objects::num::{self, as_num, Num};
use crate::objects::types::{self, exceptions as exc};
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

/// The answer to a question the VM may be able to settle without running
/// Python code.
pub enum Known {
    /// Settled.
    Yes(bool),
    /// Needs Python code (`__eq__` of a user class).
    Unknown,
}

// ------------------------------------------------------------ str access

// ------------------------------------------------------------ truthiness

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => return Ok(*b),
        Value::None | Value::Null => return Ok(false),
        Value::Int(i) => return Ok(*i != 0),
        Value::Float(f) => return Ok(*f != 0.0),
        Value::NotImplemented | Value::Ellipsis | Value::Type(_) | Value::Native(_) => return Ok(true),
        Value::Obj(_) => {}
    }
    let Value::Obj(r) = v else { unreachable!() };
    if let ClassRef::User(_) = vm.heap.get(r).class {
        return user_truthy(vm, v.clone());
    }
    match payload_truthy(vm, r) {
        Some(t) => Ok(t),
        None => user_truthy(vm, v.clone()),
    }
}

fn user_truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(r) = vm.call_special(&v, "__bool__", &[])? {
        return match r {
            Value::Bool(b) => Ok(b),
            other => {
                let t = type_name(vm, &other);
                Err(vm.type_error(format!("__bool__ should return bool, returned {t}")))
            }
        };
    }
    if let Some(n) = vm.call_special(&v, "__len__", &[])? {
        return Ok(len_result(vm, n)? != 0);
    }
    Ok(true)
}

/// Checks a `__len__` result as CPython does.
pub fn len_result(vm: &mut Vm, n: Value) -> PyResult<usize> {
    match n {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Bool(b) => Ok(b as usize),
        Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        other => {
            if let Some(Num::Big(b)) = as_num(vm, &other) {
                if b.is_negative() {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            let t = type_name(vm, &other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

// ------------------------------------------------------------ len

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        if let ClassRef::Builtin(_) = vm.heap.get(r).class {
            if let Some(n) = payload_len(vm, r) {
                return Ok(n);
            }
            if let Payload::BigRange(_) = vm.heap.get(r).payload {
                return crate::objects::types::range::len_of(vm, v.clone());
            }
        }
    }
    match vm.call_special(&v.clone(), "__len__", &[])? {
        Some(n) => len_result(vm, n),
        None => {
            let t = type_name(vm, v);
            Err(vm.type_error(format!("object of type '{t}' has no len()")))
        }
    }
}

// ------------------------------------------------------------ hashing

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => return Ok(crate::value::hash::int(*i)),
        Value::Bool(b) => return Ok(*b as i64),
        Value::Float(f) => return Ok(crate::value::hash::float(*f, 0x5bd1e995)),
        Value::None | Value::Null => return Ok(0x7a3b_1c40 >> 4),
        Value::NotImplemented => return Ok(0x7a3b_1c50 >> 4),
        Value::Ellipsis => return Ok(0x7a3b_1c60 >> 4),
        Value::Type(t) => return Ok(((*t as *const _ as usize) >> 4) as i64),
        Value::Native(n) => return Ok(((*n as *const _ as usize) >> 4) as i64),
        Value::Obj(_) => {}
    }
    let Value::Obj(r) = v else { unreachable!() };
    if let ClassRef::User(_) = vm.heap.get(r).class {
        return user_hash(vm, v.clone());
    }
    payload_hash(vm, r)
}

/// The hash of an object by its built-in payload (what `__hash__` of the
/// built-in types gives, for subclasses too).
pub fn payload_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    let v = Value::Obj(r.clone());
    match &vm.heap.get(r).payload {
        Payload::Str(s) => Ok(str_hash(s)),
        Payload::Bytes(b) => Ok(crate::value::hash::bytes(b)),
        Payload::Int(b) => Ok(crate::value::hash::big_int(b)),
        Payload::Float(f) => Ok(crate::value::hash::float(*f, identity_hash(r))),
        Payload::Tuple(items) => {
            let items = items.to_vec();
            let mut hashes = Vec::with_capacity(items.len());
            for item in items {
                hashes.push(hash(vm, &item)?);
            }
            Ok(crate::value::hash::tuple(hashes.into_iter()))
        }
        Payload::FrozenSet(s) => {
            let hashes: Vec<i64> = s.iter().map(|(h, _)| h).collect();
            Ok(frozenset_hash(&hashes))
        }
        Payload::Range { .. } | Payload::BigRange(_) => {
            let b = crate::objects::types::range::bounds(vm, v).expect("a range");
            crate::objects::types::range::hash_of(vm, &b)
        }
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::ByteArray(_)
        | Payload::DictView { .. }
        | Payload::Slice(_) => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("unhashable type: '{t}'")))
        }
        Payload::BoundMethod { func, receiver } => {
            let (f, s) = (func.clone(), receiver.clone());
            let a = hash(vm, &f)?;
            let b = hash(vm, &s)?;
            Ok(a ^ b.rotate_left(7))
        }
        Payload::Native(_) => user_hash(vm, v),
        _ => Ok(identity_hash(r)),
    }
}

fn user_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let class = class_of(vm, &v);
    match class::lookup(vm, &class, "__hash__") {
        Some(Value::None) | None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("unhashable type: '{t}'")))
        }
        Some(Value::Native(n)) if n.name == "__hash__" && std::ptr::eq(n, types::object::OBJECT_HASH) => {
            Ok(identity_hash(v.as_obj().expect("an object")))
        }
        Some(_) => {
            let r = vm.call_special(&v, "__hash__", &[])?.unwrap_or(Value::None);
            match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                other => match as_num(vm, &other) {
                    Some(Num::Big(b)) => Ok(crate::value::hash::big_int(&b)),
                    _ => Err(vm.type_error("__hash__ method should return an integer")),
                },
            }
        }
    }
}

// ------------------------------------------------------------ equality

/// `a == b` when the VM can decide it without running Python code.
pub fn known_eq(vm: &Vm, a: &Value, b: &Value) -> Known {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Known::Yes(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            let (ox, oy) = (vm.heap.get(x), vm.heap.get(y));
            if let (ClassRef::Builtin(_), ClassRef::Builtin(_)) = (ox.class.clone(), oy.class.clone()) {
                match (&ox.payload, &oy.payload) {
                    (Payload::Str(s), Payload::Str(t)) => return Known::Yes(s.text == t.text),
                    (Payload::Str(_), Payload::Int(_) | Payload::Tuple(_) | Payload::Bytes(_)) => {
                        return Known::Yes(false)
                    }
                    (Payload::Bytes(s), Payload::Bytes(t)) => return Known::Yes(s == t),
                    (Payload::Tuple(s), Payload::Tuple(t)) => {
                        if s.len() != t.len() {
                            return Known::Yes(false);
                        }
                        for (p, q) in s.iter().zip(t.iter()) {
                            if p.is(q) {
                                continue;
                            }
                            match known_eq(vm, p, q) {
                                Known::Yes(true) => {}
                                other => return other,
                            }
                        }
                        return Known::Yes(true);
                    }
                    (Payload::Int(p), Payload::Int(q)) => return Known::Yes(p == q),
                    _ => {}
                }
            }
        }
        _ => {}
    }
    let (ca, cb) = (class_of(vm, a), class_of(vm, b));
    if let (&ClassRef::Builtin(ta), &ClassRef::Builtin(tb)) = (&ca, &cb) {
        if let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) {
            return Known::Yes(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        // Distinct built-in types of these families never compare equal.
        let scalar = |t: &'static crate::objects::types::BuiltinType| {
            [&types::STR, &types::INT, &types::BOOL, &types::FLOAT, &types::NONE_TYPE, &types::TUPLE, &types::BYTES]
                .iter()
                .any(|s| std::ptr::eq(*s, t))
        };
        if scalar(ta) && scalar(tb) && !std::ptr::eq(ta, tb) {
            return Known::Yes(false);
        }
        if std::ptr::eq(ta, &types::NONE_TYPE) || std::ptr::eq(tb, &types::NONE_TYPE) {
            return Known::Yes(a.is(b));
        }
        if matches!(a, Value::Type(_) | Value::Native(_)) || matches!(b, Value::Type(_) | Value::Native(_)) {
            return Known::Yes(a.is(b));
        }
    }
    // User instances that keep object's identity equality.
    let identity = |c: &ClassRef| match c {
        ClassRef::User(_) => {
            !class::user_defines(vm, c, "__eq__")
                && class::base_type(vm, c).is_subtype_of(&types::OBJECT)
                && std::ptr::eq(class::base_type(vm, c), &types::OBJECT)
        }
        ClassRef::Builtin(t) => std::ptr::eq(*t, &types::FUNCTION) || std::ptr::eq(*t, &types::MODULE),
    };
    if identity(&ca) && identity(&cb) {
        return Known::Yes(a.is(b));
    }
    Known::Unknown
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    // Identity implies equality here, as in PyObject_RichCompareBool (a NaN
    // equals itself in a container).
    if a.is(b) {
        return Ok(true);
    }
    if let Known::Yes(r) = known_eq(vm, a, b) {
        return Ok(r);
    }
    let r = rich_compare(vm, a, b, Comparison::Eq)?;
    truthy(vm, &r)
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

// ------------------------------------------------------------ comparison

fn comparison_dunders(op: Comparison) -> (&'static str, &'static str) {
    match op {
        Comparison::Lt => ("__lt__", "__gt__"),
        Comparison::Le => ("__le__", "__ge__"),
        Comparison::Eq => ("__eq__", "__eq__"),
        Comparison::Ne => ("__ne__", "__ne__"),
        Comparison::Gt => ("__gt__", "__lt__"),
        Comparison::Ge => ("__ge__", "__le__"),
    }
}

/// Whether ordering `o` satisfies comparison `op`.
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

/// The comparison of two built-in values, or `NotImplemented` when the
/// built-in types do not define it.
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_num(vm, &a.clone()), as_num(vm, &b.clone())) {
        return Ok(Value::Bool(match num_cmp(&x, &y) {
            Some(o) => ordering_holds(op, o),
            None => op == Comparison::Ne,
        }));
    }
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        // Identity decides only once both sides have declined (rich_compare).
        return Ok(if a.is(b) && matches!(op, Comparison::Eq | Comparison::Ne) {
            Value::Bool(op == Comparison::Eq)
        } else {
            Value::NotImplemented
        });
    };
    enum Shape {
        Text(Arc<str>, Arc<str>),
        Bytes(Vec<u8>, Vec<u8>),
        Seq(Vec<Value>, Vec<Value>),
        Sets(ObjRef, ObjRef),
        Dicts(ObjRef, ObjRef),
        Ranges([BigInt; 3], [BigInt; 3]),
        Views,
        Other,
    }
    let shape = {
        let (pa, pb) = (&vm.heap.get(ra).payload, &vm.heap.get(rb).payload);
        match (pa, pb) {
            (Payload::Str(s), Payload::Str(t)) => Shape::Text(s.text.clone(), t.text.clone()),
            (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => Shape::Bytes(
                bytes_data(vm, a).unwrap_or_default().to_vec(),
                bytes_data(vm, b).unwrap_or_default().to_vec(),
            ),
            (Payload::List(x), Payload::List(y)) => Shape::Seq(x.clone(), y.clone()),
            (Payload::Tuple(x), Payload::Tuple(y)) => Shape::Seq(x.to_vec(), y.to_vec()),
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                Shape::Sets(ra.clone(), rb.clone())
            }
            (Payload::Dict(_), Payload::Dict(_)) => Shape::Dicts(ra.clone(), rb.clone()),
            (Payload::DictView { .. }, _) | (_, Payload::DictView { .. })
                if set_like(pa)
                    && set_like(pb)
                    && !(matches!(pa, Payload::Set(_) | Payload::FrozenSet(_))
                        && matches!(pb, Payload::Set(_) | Payload::FrozenSet(_))) =>
            {
                Shape::Views
            }
            (Payload::Slice(x), Payload::Slice(y)) => Shape::Seq(x.to_vec(), y.to_vec()),
            (Payload::Range { .. } | Payload::BigRange(_), Payload::Range { .. } | Payload::BigRange(_)) => {
                Shape::Ranges(
                    crate::objects::types::range::bounds(vm, a.clone()).expect("a range"),
                    crate::objects::types::range::bounds(vm, b.clone()).expect("a range"),
                )
            }
            _ => Shape::Other,
        }
    };
    match shape {
        Shape::Text(x, y) => Ok(Value::Bool(ordering_holds(op, x.cmp(&y)))),
        Shape::Bytes(x, y) => Ok(Value::Bool(ordering_holds(op, x.cmp(&y)))),
        Shape::Seq(x, y) => sequence_compare(vm, &x, &y, op).map(Value::Bool),
        Shape::Sets(x, y) => crate::objects::types::set::set_compare(vm, x, y, op),
        Shape::Views => {
            // Keys and items views compare as the sets of what they hold.
            let x = crate::objects::types::dict::as_set(vm, a.clone())?;
            let y = crate::objects::types::dict::as_set(vm, b.clone())?;
            crate::objects::types::set::set_compare(vm, x, y, op)
        }
        Shape::Dicts(x, y) => match op {
            Comparison::Eq | Comparison::Ne => {
                let equal = crate::objects::types::dict::dict_equal(vm, x, y)?;
                Ok(Value::Bool(equal == (op == Comparison::Eq)))
            }
            _ => Ok(Value::NotImplemented),
        },
        Shape::Ranges(x, y) => match op {
            Comparison::Eq | Comparison::Ne => {
                let equal = crate::objects::types::range::equal(&x, &y);
                Ok(Value::Bool(equal == (op == Comparison::Eq)))
            }
            _ => Ok(Value::NotImplemented),
        },
        Shape::Other => Ok(match op {
            Comparison::Eq => {
                if a.is(b) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                }
            }
            Comparison::Ne => {
                if a.is(b) {
                    Value::Bool(false)
                } else {
                    Value::NotImplemented
                }
            }
            _ => Value::NotImplemented,
        }),
    }
}

/// Whether a payload is set-like for comparisons: a set, frozenset, or
/// keys/items view.
fn set_like(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::DictView {
                kind: crate::value::object::DictView::Keys | crate::value::object::DictView::Items,
                ..
            }
    )
}

/// Lexicographic comparison of two sequences, as list and tuple compare.
pub fn sequence_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: Comparison) -> PyResult<bool> {
    if matches!(op, Comparison::Eq | Comparison::Ne) && x.len() != y.len() {
        return Ok(op == Comparison::Ne);
    }
    let mut i = 0;
    while i < x.len() && i < y.len() {
        if !eq(vm, &x[i], &y[i])? {
            break;
        }
        i += 1;
    }
    if i >= x.len() || i >= y.len() {
        return Ok(ordering_holds(op, x.len().cmp(&y.len())));
    }
    match op {
        Comparison::Eq => Ok(false),
        Comparison::Ne => Ok(true),
        _ => {
            let r = rich_compare(vm, &x[i], &y[i], op)?;
            truthy(vm, &r)
        }
    }
}

/// Whether `v` is of a built-in type and not an instance of a user class.
#[inline]
fn is_builtin_instance(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(&r).class {
            ClassRef::Builtin(_) => !matches!(vm.heap.get(&r).payload, Payload::Native(_)),
            ClassRef::User(_) => false,
        },
        _ => true,
    }
}

/// Comparing containers recurses natively, one level per nesting level
/// (`[[[...]]] == [[[...]]]`), so it is guarded like calls and `repr`.
/// (A user `__eq__` is guarded by the call that runs it.)
fn guarded_builtin_compare(vm: &mut Vm, a: Value, b: Value, op: Comparison) -> PyResult<Value> {
    vm.ts.native_depth += 1;
    let result = if vm.ts.native_depth > vm.recursion_limit + 50 {
        Err(vm.error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded in comparison"))
    } else {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || builtin_compare(vm, &a, &b, op))
    };
    vm.ts.native_depth -= 1;
    result
}

/// `a op b` for a rich comparison, with CPython's protocol.
pub fn rich_compare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    if is_builtin_instance(vm, a.clone()) && is_builtin_instance(vm, b.clone()) {
        let r = guarded_builtin_compare(vm, a.clone(), b.clone(), op)?;
        return match r {
            Value::NotImplemented => match op {
                Comparison::Eq => Ok(Value::Bool(a.is(b))),
                Comparison::Ne => Ok(Value::Bool(!a.is(b))),
                _ => Err(compare_error(vm, a.clone(), b.clone(), op)),
            },
            r => Ok(r),
        };
    }
    let (name, reflected) = comparison_dunders(op);
    let (ca, cb) = (class_of(vm, a), class_of(vm, b));
    let mut tried_reflected = false;
    if !ca.same(&cb) && class::is_subclass(vm, &cb, &ca) && class::user_defines(vm, &cb, reflected) {
        tried_reflected = true;
        if let Some(r) = vm.call_special(&b.clone(), reflected, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = vm.call_special(&a.clone(), name, std::slice::from_ref(b))? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if !tried_reflected {
        if let Some(r) = vm.call_special(&b.clone(), reflected, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    match op {
        Comparison::Eq => Ok(Value::Bool(a.is(b))),
        Comparison::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(compare_error(vm, a.clone(), b.clone(), op)),
    }
}

fn compare_error(vm: &mut Vm, a: Value, b: Value, op: Comparison) -> PyErr {
    let (ta, tb) = (type_name(vm, &a), type_name(vm, &b));
    vm.type_error(format!("'{}' not supported between instances of '{ta}' and '{tb}'", op.symbol()))
}

/// `a op b` as a bool.
pub fn compare_bool(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(ordering_holds(op, x.cmp(y)));
    }
    let r = rich_compare(vm, a, b, op)?;
    truthy(vm, &r)
}

// ------------------------------------------------------------ binary operators

/// The special method names of a binary operator: (normal, reflected, in-place).
pub fn binary_dunders(op: Op) -> (&'static str, &'static str, &'static str) {
    match op {
        Op::Add => ("__add__", "__radd__", "__iadd__"),
        Op::Subtract => ("__sub__", "__rsub__", "__isub__"),
        Op::Multiply => ("__mul__", "__rmul__", "__imul__"),
        Op::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Op::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Op::Remainder => ("__mod__", "__rmod__", "__imod__"),
        Op::Power => ("__pow__", "__rpow__", "__ipow__"),
        Op::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Op::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        Op::And => ("__and__", "__rand__", "__iand__"),
        Op::Or => ("__or__", "__ror__", "__ior__"),
        Op::Xor => ("__xor__", "__rxor__", "__ixor__"),
        Op::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// `a op b` (or `a op= b` when `inplace`), with CPython's protocol.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: Op, inplace: bool) -> PyResult<Value> {
    if is_builtin_instance(vm, a.clone()) && is_builtin_instance(vm, b.clone()) {
        if inplace {
            if let Some(r) = crate::objects::types::list::inplace_builtin(vm, a.clone(), b.clone(), op)? {
                return Ok(r);
            }
        }
        let r = builtin_binary(vm, a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        return Err(binary_error(vm, a, b, op, inplace));
    }
    let (name, reflected, inplace_name) = binary_dunders(op);
    if inplace {
        if let Some(r) = vm.call_special(&a.clone(), inplace_name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let (ca, cb) = (class_of(vm, a), class_of(vm, b));
    let mut tried_reflected = false;
    if !ca.same(&cb) && class::is_subclass(vm, &cb, &ca) && class::user_defines(vm, &cb, reflected) {
        tried_reflected = true;
        if let Some(r) = vm.call_special(&b.clone(), reflected, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = vm.call_special(&a.clone(), name, std::slice::from_ref(b))? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if !tried_reflected && !ca.same(&cb) {
        if let Some(r) = vm.call_special(&b.clone(), reflected, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(binary_error(vm, a, b, op, inplace))
}

/// The TypeError for an operator no operand supports.
pub fn binary_error(vm: &mut Vm, a: &Value, b: &Value, op: Op, inplace: bool) -> PyErr {
    let (ta, tb) = (type_name(vm, a), type_name(vm, b));
    // CPython's sequence types word some of these errors themselves.
    if op == Op::Add && is_builtin_instance(vm, a.clone()) {
        let kind = match a {
            Value::Obj(r) => match &vm.heap.get(r).payload {
                Payload::Str(_) => Some("str"),
                Payload::List(_) => Some("list"),
                Payload::Tuple(_) => Some("tuple"),
                _ => None,
            },
            _ => None,
        };
        if let Some(kind) = kind {
            if kind == "str" || is_builtin_instance(vm, b.clone()) {
                return vm.type_error(format!("can only concatenate {kind} (not \"{tb}\") to {kind}"));
            }
        }
        if bytes_data(vm, a).is_some() && str_text(vm, b).is_some() {
            return vm.type_error(format!("can't concat str to {ta}"));
        }
        if bytes_data(vm, a).is_some() {
            return vm.type_error(format!("can't concat {tb} to {ta}"));
        }
    }
    if op == Op::Multiply {
        let seq = |v: Value| {
            matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload,
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)))
        };
        if seq(a.clone()) && !matches!(b, Value::Obj(_))
            || seq(a.clone()) && seq(b.clone())
            || seq(a.clone()) && as_num(vm, &b.clone()).is_some()
        {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if seq(b.clone()) && as_num(vm, &a.clone()).is_some() {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
    }
    let symbol = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
    if op == Op::Power && !inplace {
        return vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"));
    }
    vm.type_error(format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"))
}

/// `a op b` for built-in operands, or `NotImplemented`: the binary slot
/// of the left operand's type, then (if it declines) that of the right's,
/// as CPython tries `nb_add` of both types. Each type's slot, in its own
/// file, says what it does with the other operand.
pub fn builtin_binary(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    // Exact numbers, the hottest operands, skip the slot lookup.
    let number = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
    if number(a) && number(b) {
        return num::binary_slot(vm, a, b, op);
    }
    let ta = class::layout_type(vm, a);
    if let Some(slot) = ta.slot(|s| s.binary) {
        let r = slot(vm, a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let tb = class::layout_type(vm, b);
    if !std::ptr::eq(ta, tb) {
        if let Some(slot) = tb.slot(|s| s.binary) {
            return slot(vm, a, b, op);
        }
    }
    Ok(Value::NotImplemented)
}

// ------------------------------------------------------------ unary operators

/// `op v`.
pub fn unary_op(vm: &mut Vm, v: &Value, op: UnaryOperator) -> PyResult<Value> {
    if op == UnaryOperator::Not {
        return Ok(Value::Bool(!truthy(vm, v)?));
    }
    let r = match v {
        // Exact numbers, the hottest operands, skip the slot lookup.
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => num::unary_slot(vm, v, op)?,
        _ if is_builtin_instance(vm, v.clone()) => match class::layout_type(vm, v).slot(|s| s.unary) {
            Some(slot) => slot(vm, v, op)?,
            None => None,
        },
        _ => {
            let name = match op {
                UnaryOperator::Negative => "__neg__",
                UnaryOperator::Positive => "__pos__",
                UnaryOperator::Invert => "__invert__",
                UnaryOperator::Not => unreachable!("handled above"),
            };
            vm.call_special(&v.clone(), name, &[])?
        }
    };
    if let Some(r) = r {
        return Ok(r);
    }
    let symbol = match op {
        UnaryOperator::Negative => "-",
        UnaryOperator::Positive => "+",
        UnaryOperator::Invert => "~",
        UnaryOperator::Not => "not",
    };
    let t = type_name(vm, v);
    Err(vm.type_error(format!("bad operand type for unary {symbol}: '{t}'")))
}

// ------------------------------------------------------------ containment

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(r) = container {
        let object = vm.heap.get(r);
        if let ClassRef::Builtin(_) = object.class {
            match &object.payload {
                Payload::Str(s) => {
                    let text = s.text.clone();
                    return match str_text(vm, item) {
                        Some(needle) => Ok(text.contains(&**needle)),
                        None => {
                            let t = type_name(vm, item);
                            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {t}")))
                        }
                    };
                }
                Payload::Dict(_) => return Ok(crate::protocols::dictops::dict_get(vm, r, item)?.is_some()),
                Payload::Set(_) | Payload::FrozenSet(_) => return crate::protocols::dictops::set_contains(vm, r, item),
                Payload::DictView { dict, kind } => {
                    let (dict, kind) = (dict.clone(), *kind);
                    return crate::objects::types::dict::view_contains(vm, dict, kind, item.clone());
                }
                Payload::List(_) | Payload::Tuple(_) => {
                    let items = seq_items(vm, container).expect("a sequence").to_vec();
                    for x in items {
                        if x.is(item) {
                            return Ok(true);
                        }
                        if let Known::Yes(b) = known_eq(vm, &x, item) {
                            if b {
                                return Ok(true);
                            }
                            continue;
                        }
                        if eq(vm, &x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    return crate::objects::types::range::range_contains(vm, start, stop, step, item.clone());
                }
                Payload::BigRange(b) => {
                    let b = (**b).clone();
                    return crate::objects::types::range::big_contains(vm, &b, item.clone());
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return crate::objects::types::bytes::contains(vm, container.clone(), item.clone())
                }
                _ => {}
            }
        }
    }
    if let Some(r) = vm.call_special(&container.clone(), "__contains__", std::slice::from_ref(item))? {
        return truthy(vm, &r);
    }
    // Fall back to iteration.
    let iterator = match vm.iter(&container.clone()) {
        Ok(it) => it,
        Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) => {
            let t = type_name(vm, container);
            return Err(vm.type_error(format!("argument of type '{t}' is not iterable")));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = vm.next(&iterator)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// An index argument (`__index__`): ints, bools and objects defining it.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    match as_num(vm, &v.clone()) {
        Some(Num::Small(i)) if !matches!(v, Value::Float(_)) => return Ok(Some(BigInt::from(i))),
        Some(Num::Big(b)) => return Ok(Some(b)),
        Some(_) => return Ok(None),
        None => {}
    }
    if is_builtin_instance(vm, v.clone()) {
        return Ok(None);
    }
    match vm.call_special(&v.clone(), "__index__", &[])? {
        Some(r) => match as_num(vm, &r.clone()) {
            Some(Num::Small(i)) => Ok(Some(BigInt::from(i))),
            Some(Num::Big(b)) => Ok(Some(b)),
            _ => {
                let t = type_name(vm, &r);
                Err(vm.type_error(format!("__index__ returned non-int (type {t})")))
            }
        },
        None => Ok(None),
    }
}

/// An index argument as an `i64`, with CPython's errors.
pub fn index_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(i);
    }
    match index_value(vm, &v)? {
        Some(b) => b.to_i64().ok_or_else(|| {
            let t = type_name(vm, &v);
            vm.error(&exc::INDEX_ERROR, format!("cannot fit '{t}' into an index-sized integer"))
        }),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// An argument CPython converts to a C `Py_ssize_t` (`'x'.center(n)`,
/// `int.to_bytes(n)`, a `%*d` width): an index, with its OverflowError
/// when it does not fit.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    c_integer_arg(vm, v, i64::MIN, i64::MAX, "ssize_t")
}

/// An argument CPython converts to a C `int` (`expandtabs(n)`, a `%.*f`
/// precision): an index, with its OverflowError when it does not fit.
pub fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    c_integer_arg(vm, v, i32::MIN.into(), i32::MAX.into(), "int").map(|n| n as i32)
}

fn c_integer_arg(vm: &mut Vm, v: Value, min: i64, max: i64, c_type: &str) -> PyResult<i64> {
    let n = match v {
        Value::Int(n) => Some(n),
        _ => match index_value(vm, &v)? {
            Some(b) => b.to_i64(),
            None => {
                let t = type_name(vm, &v);
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        },
    };
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(vm.overflow_error(format!("Python int too large to convert to C {c_type}"))),
    }
}

/// `divmod(a, b)`.
pub fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (as_num(vm, &a.clone()), as_num(vm, &b.clone())) {
        (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) => {
            let x = crate::objects::types::float::as_f64(vm, a, "divmod")?;
            let y = crate::objects::types::float::as_f64(vm, b, "divmod")?;
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::objects::num::float_divmod(x, y);
            Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        (Some(_), Some(_)) => {
            let q = binary_op(vm, &a, &b, Op::FloorDivide, false)?;
            let r = binary_op(vm, &a, &b, Op::Remainder, false)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => {
            if let Some(r) = vm.call_special(&a, "__divmod__", std::slice::from_ref(&b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(r) = vm.call_special(&b, "__rdivmod__", std::slice::from_ref(&a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let (ta, tb) = (type_name(vm, &a), type_name(vm, &b));
            Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")))
        }
    }
}
