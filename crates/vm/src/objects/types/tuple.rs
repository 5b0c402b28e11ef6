//! `tuple`: immutable sequences (hashable when their items are).

use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::container_table;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::{ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static TUPLE_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", tuple_new),
    Native::method("__hash__", crate::objects::types::dunders::hash),
    Native::method("count", crate::objects::types::list::tuple_count),
    Native::method("index", crate::objects::types::list::tuple_index),
    Native::method("__getnewargs__", getnewargs),
];

/// The built-in type `tuple`.
pub static TUPLE: BuiltinType = BuiltinType {
    name: "tuple",
    module: "builtins",
    base: Some(&OBJECT),
    methods: TUPLE_METHODS,
    new: Some(tuple_new),
    subclassable: true,
    exception: false,
    doc: "Built-in immutable sequence.",
    slots: crate::value::builtin::Slots {
        hash: Some(tuple_hash),
        truthy: Some(tuple_truthy),
        len: Some(tuple_len),
        contains: Some(crate::objects::types::list::sequence_contains),
        compare: Some(tuple_compare),
        known_eq: Some(tuple_known_eq),
        getitem: Some(tuple_getitem),
        iter: Some(crate::objects::types::list::seq_iter),
        binary: Some(crate::objects::types::list::sequence_binary),
        repr: Some(tuple_repr),
        ..crate::value::builtin::Slots::NONE
    },
};

/// `hash(t)`: combines the hashes of the items (the hash slot).
fn tuple_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    let len = match &vm.heap.get(r).payload {
        Payload::Tuple(items) => items.len(),
        _ => return Ok(crate::objects::access::identity_hash(r)),
    };
    // Item by item, without copying the items out: a tuple never changes,
    // so the indices hold while an item's __hash__ runs.
    let mut hasher = crate::value::hash::TupleHasher::new(len);
    for i in 0..len {
        let item = item_at(vm, r, i);
        hasher.add(vm.hash(&item)?);
    }
    Ok(hasher.finish())
}

/// Item `i` of tuple `r` (which has it).
fn item_at(vm: &Vm, r: &ObjRef, i: usize) -> Value {
    match &vm.heap.get(r).payload {
        Payload::Tuple(items) => items[i].clone(),
        _ => unreachable!("a tuple"),
    }
}

/// `bool(t)`: whether it has items (the truthy slot).
fn tuple_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Tuple(items) => Some(!items.is_empty()),
        _ => None,
    }
}

/// `len(t)` (the len slot).
fn tuple_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Tuple(items) => Some(items.len()),
        _ => None,
    })
}

/// The items of `v` if it is a tuple (or a tuple subclass instance).
#[inline]
/// The tuple `v` names and its length, if it is one.
fn as_tuple(vm: &Vm, v: &Value) -> Option<(ObjRef, usize)> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Tuple(items) => Some((r.clone(), items.len())),
            _ => None,
        },
        _ => None,
    }
}

/// Comparisons of two tuples, item by item (the compare slot), read in
/// place: a tuple never changes, so its indices hold while items compare.
fn tuple_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    let (Some((x, lx)), Some((y, ly))) = (as_tuple(vm, a), as_tuple(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    let item = |vm: &Vm, i| (item_at(vm, &x, i), item_at(vm, &y, i));
    crate::objects::compare::compare_items(vm, lx, ly, item, op).map(Value::Bool)
}

/// `t == other` without running code (the known_eq slot): two tuples item
/// by item, as long as each pair is settled (an item that needs its
/// `__eq__` leaves the rest to it, in order); no other built-in value
/// equals a tuple.
fn tuple_known_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    use crate::objects::compare::{known_eq, slot_compared, Known};
    fn items<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a [Value]> {
        match v {
            Value::Obj(r) => match &vm.heap.get(r).payload {
                Payload::Tuple(items) => Some(items),
                _ => None,
            },
            _ => None,
        }
    }
    let (Some(x), Some(y)) = (items(vm, a), items(vm, b)) else { return slot_compared(vm, b).then_some(false) };
    if x.len() != y.len() {
        return Some(false);
    }
    for (p, q) in x.iter().zip(y) {
        if p.is(q) {
            continue;
        }
        match known_eq(vm, p, q) {
            Known::Yes(true) => {}
            Known::Yes(false) => return Some(false),
            Known::Unknown => return None,
        }
    }
    Some(true)
}

/// The repr slot of `tuple`: `(item, ...)`, `(item,)` for one item, and
/// `(...)` for a tuple that contains itself.
fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Tuple(items) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let items = items.to_vec();
    vm.items_repr(&items, "(", ")", items.len() == 1, r.clone())
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython's `tuple_vectorcall` is positional-only with `expected at most` wording.
    args.count(vm, "tuple", 1, 0, 1)?;
    let iterable = args.get(1);
    let cls = args.get(0);
    let exact = matches!(cls, Value::Type(t) if std::ptr::eq(t, &TUPLE));
    if exact && iterable.is_null() {
        return Ok(vm.new_tuple(Vec::new()));
    }
    if exact && crate::objects::class::class_of(vm, &iterable).is_builtin(&TUPLE) {
        return Ok(iterable);
    }
    let items = if iterable.is_null() { Vec::new() } else { vm.collect(iterable)? };
    if exact {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.instance_with_payload(cls, Payload::Tuple(items.into())))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = crate::objects::access::seq_items(vm, &args.get(0)).unwrap_or_default().to_vec();
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple([t]))
}

/// `tuple[key]` (the tuple type's `getitem` slot). A small int index is
/// read straight off the items, the hot case.
pub fn tuple_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let (Value::Int(i), Value::Obj(r)) = (&key, &obj) {
        if let Payload::Tuple(items) = &vm.heap.get(r).payload {
            let len = items.len() as i64;
            let j = if *i < 0 { i + len } else { *i };
            if j >= 0 && j < len {
                return Ok(items[j as usize].clone());
            }
            return Err(vm.index_error("tuple index out of range"));
        }
    }
    crate::objects::types::list::sequence_getitem(vm, obj, key, "tuple")
}
