//! The object protocols every instruction leans on: truthiness, hashing,
//! equality and rich comparison, the binary and unary operators, `in` and
//! `len`. Built-in types answer through the slots their own files fill in
//! (`value::builtin::Slots`: hash, truthy, len, compare, known_eq,
//! contains, ...); user classes go through their special methods with
//! CPython's rules (reflected operands, subclass priority,
//! `NotImplemented`).

use crate::objects::access::bytes_data;
use crate::objects::access::identity_hash;
use crate::objects::access::str_text;

use isopy_compiler::{BinaryOperator as Op, Comparison, UnaryOperator};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::class::{self, class_of, type_name};
/// Kept here for the frame loop and `sorted`, which compare ints inline.
pub use crate::objects::compare::ordering_holds;
/// Equality without running Python code, which dicts and sets probe with.
pub use crate::objects::compare::{known_eq, Known};
use crate::objects::num::{self, as_num, Num};
use crate::objects::types::{self, exceptions as exc};
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

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
    let t = match vm.heap.get(r).class {
        ClassRef::Builtin(t) => t,
        ClassRef::User(_) => return user_truthy(vm, v.clone()),
    };
    // The type's truthy slot; without one along its bases, true.
    match t.slot(|s| s.truthy).map_or(Some(true), |truthy| truthy(vm, r)) {
        Some(b) => Ok(b),
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
        if let ClassRef::Builtin(t) = vm.heap.get(r).class {
            if let Some(len) = t.slot(|s| s.len) {
                if let Some(n) = len(vm, r)? {
                    return Ok(n);
                }
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
        Value::Int(i) => Ok(crate::value::hash::int(*i)),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(f) => Ok(crate::value::hash::float(*f, 0x5bd1e995)),
        Value::None | Value::Null => Ok(0x7a3b_1c40 >> 4),
        Value::NotImplemented => Ok(0x7a3b_1c50 >> 4),
        Value::Ellipsis => Ok(0x7a3b_1c60 >> 4),
        Value::Type(t) => Ok(((*t as *const _ as usize) >> 4) as i64),
        Value::Native(n) => Ok(((*n as *const _ as usize) >> 4) as i64),
        Value::Obj(r) => object_hash(vm, v, r),
    }
}

/// `hash(v)` for an object on the heap: its built-in type's hash slot, or
/// the `__hash__` protocol of a user class. Kept out of line so that
/// hashing the ints inside a tuple stays a short call.
#[inline(never)]
fn object_hash(vm: &mut Vm, v: &Value, r: &crate::value::object::ObjRef) -> PyResult<i64> {
    match &vm.heap.get(r).class {
        ClassRef::Builtin(t) => {
            let t: &'static types::BuiltinType = t;
            types::object::builtin_hash(vm, t, r)
        }
        ClassRef::User(_) => user_hash(vm, v.clone()),
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
            // `object.__hash__` inherited past a built-in base: that base's
            // own hash decides (a list subclass is unhashable), unless the
            // class put `object.__hash__` there itself.
            let r = v.as_obj().expect("an object");
            let layout = class::base_type(vm, &class);
            if std::ptr::eq(layout, &types::OBJECT) || class::user_defines(vm, &class, "__hash__") {
                return Ok(identity_hash(r));
            }
            types::object::builtin_hash(vm, layout, r)
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

/// The comparison of two built-in values, or `NotImplemented` when the
/// built-in types do not define it: the first operand's compare slot,
/// then the second's with the operands swapped (a set-like dict view
/// compares with a set from either side).
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    if let (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) = (a, b) {
        // Mixed ints and floats: the hot pair the frame loop leaves to us.
        return crate::objects::compare::number_compare(vm, a, b, op);
    }
    let ta = class::layout_type(vm, a);
    if let Some(compare) = ta.slot(|s| s.compare) {
        let r = compare(vm, a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let tb = class::layout_type(vm, b);
    if !std::ptr::eq(ta, tb) {
        if let Some(compare) = tb.slot(|s| s.compare) {
            let r = compare(vm, b, a, op.swapped())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    // Identity decides only once both sides have declined (rich_compare).
    Ok(if a.is(b) && matches!(op, Comparison::Eq | Comparison::Ne) {
        Value::Bool(op == Comparison::Eq)
    } else {
        Value::NotImplemented
    })
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
            if let Some(slot) = class::layout_type(vm, a).slot(|s| s.inplace) {
                let r = slot(vm, a, b, op)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
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
        if let ClassRef::Builtin(t) = vm.heap.get(r).class {
            if let Some(contains) = t.slot(|s| s.contains) {
                return contains(vm, container, item);
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
            Ok(vm.new_tuple([Value::Float(q), Value::Float(r)]))
        }
        (Some(_), Some(_)) => {
            let q = binary_op(vm, &a, &b, Op::FloorDivide, false)?;
            let r = binary_op(vm, &a, &b, Op::Remainder, false)?;
            Ok(vm.new_tuple([q, r]))
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
