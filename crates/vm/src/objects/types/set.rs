//! `set` and `frozenset`. The algebra builds its results in the order
//! CPython's `setobject.c` does, so a set of ints prints as CPython's does.

use isopy_compiler::{BinaryOperator as Op, Comparison};

use crate::objects::access::{set_keys, set_len};
use crate::objects::class::type_name;
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Protocols;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, Payload};
use crate::value::set::Set;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static SET_METHODS: &[Native] = &[
    Native::staticmethod("__new__", set_new),
    Native::method("__init__", set_init),
    Native::method("__len__", crate::objects::types::dunders::len),
    Native::method("__iter__", crate::objects::types::dunders::iter),
    Native::method("__contains__", crate::objects::types::dunders::contains),
    Native::method("__eq__", crate::objects::types::dunders::eq),
    Native::method("__ne__", crate::objects::types::dunders::ne),
    Native::method("__lt__", crate::objects::types::dunders::lt),
    Native::method("__le__", crate::objects::types::dunders::le),
    Native::method("__gt__", crate::objects::types::dunders::gt),
    Native::method("__ge__", crate::objects::types::dunders::ge),
    Native::method("__or__", crate::objects::types::dunders::or),
    Native::method("__and__", crate::objects::types::dunders::and),
    Native::method("__sub__", crate::objects::types::dunders::sub),
    Native::method("__xor__", crate::objects::types::dunders::xor),
    Native::method("__ior__", crate::objects::types::dunders::ior),
    Native::method("__iand__", crate::objects::types::dunders::iand),
    Native::method("__isub__", crate::objects::types::dunders::isub),
    Native::method("__ixor__", crate::objects::types::dunders::ixor),
    Native::method("add", add),
    Native::method("remove", remove),
    Native::method("discard", discard),
    Native::method("pop", pop),
    Native::method("clear", clear),
    Native::method("copy", copy),
    Native::method("update", update_method),
    Native::method("union", union),
    Native::method("intersection", intersection),
    Native::method("difference", difference),
    Native::method("symmetric_difference", symmetric_difference),
    Native::method("intersection_update", intersection_update),
    Native::method("difference_update", difference_update),
    Native::method("symmetric_difference_update", symmetric_difference_update),
    Native::method("issubset", issubset),
    Native::method("issuperset", issuperset),
    Native::method("isdisjoint", isdisjoint),
];

/// The slots `set` and `frozenset` share; they differ in the hash (a set
/// is unhashable) and in the in-place operators (a set's alone).
const SHARED_SET_SLOTS: crate::value::builtin::Slots = crate::value::builtin::Slots {
    truthy: Some(set_truthy),
    len: Some(set_len_slot),
    contains: Some(set_contains),
    compare: Some(set_richcompare),
    iter: Some(set_iter),
    binary: Some(set_binary),
    repr: Some(set_repr),
    ..crate::value::builtin::Slots::NONE
};

/// The built-in type `set`.
pub static SET: BuiltinType = BuiltinType {
    name: "set",
    module: "builtins",
    base: Some(&OBJECT),
    methods: SET_METHODS,
    new: Some(set_new),
    subclassable: true,
    exception: false,
    doc: "set() -> new empty set object\nset(iterable) -> new set object",
    slots: crate::value::builtin::Slots {
        hash: Some(crate::objects::types::object::unhashable),
        inplace: Some(set_inplace),
        ..SHARED_SET_SLOTS
    },
};

/// The binary slot of `set` and `frozenset`: `|`, `&`, `-`, `^` of two
/// sets. With a keys or items view on either side it declines: the view's
/// slot gives the answer (a set, as CPython's dict views do).
fn set_binary(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    use crate::objects::types::dict::is_set_view;
    if is_set_view(vm, a.clone()) || is_set_view(vm, b.clone()) {
        return Ok(Value::NotImplemented);
    }
    Ok(set_operator(vm, a.clone(), b.clone(), op)?.unwrap_or(Value::NotImplemented))
}

/// The repr slot of `set` and `frozenset`: `{1, 2}`, `frozenset({1})`,
/// `set()`; a subclass shows its own name (`MySet({1})`), and a set inside
/// itself is `{...}`.
fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let (frozen, keys): (bool, Vec<Value>) = match &vm.heap.get(r).payload {
        Payload::Set(s) => (false, s.iter().map(|(_, k)| k).collect()),
        Payload::FrozenSet(s) => (true, s.iter().map(|(_, k)| k).collect()),
        _ => return crate::objects::types::object::default_repr(vm, v),
    };
    let class = vm.heap.get(r).class.clone();
    let user = matches!(class, ClassRef::User(_));
    let name = if user {
        crate::objects::class::class_name(vm, &class).to_string()
    } else if frozen {
        "frozenset".into()
    } else {
        "set".into()
    };
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let inner = vm.items_repr(&keys, "{", "}", false, r.clone())?;
    Ok(if frozen || user { format!("{name}({inner})") } else { inner })
}

static FROZENSET_METHODS: &[Native] = &[
    Native::staticmethod("__new__", frozenset_new),
    Native::method("__len__", crate::objects::types::dunders::len),
    Native::method("__iter__", crate::objects::types::dunders::iter),
    Native::method("__contains__", crate::objects::types::dunders::contains),
    Native::method("__eq__", crate::objects::types::dunders::eq),
    Native::method("__ne__", crate::objects::types::dunders::ne),
    Native::method("__lt__", crate::objects::types::dunders::lt),
    Native::method("__le__", crate::objects::types::dunders::le),
    Native::method("__gt__", crate::objects::types::dunders::gt),
    Native::method("__ge__", crate::objects::types::dunders::ge),
    Native::method("__or__", crate::objects::types::dunders::or),
    Native::method("__and__", crate::objects::types::dunders::and),
    Native::method("__sub__", crate::objects::types::dunders::sub),
    Native::method("__xor__", crate::objects::types::dunders::xor),
    Native::method("__hash__", crate::objects::types::dunders::hash),
    Native::method("copy", copy),
    Native::method("union", union),
    Native::method("intersection", intersection),
    Native::method("difference", difference),
    Native::method("symmetric_difference", symmetric_difference),
    Native::method("issubset", issubset),
    Native::method("issuperset", issuperset),
    Native::method("isdisjoint", isdisjoint),
];

/// The built-in type `frozenset`.
pub static FROZENSET: BuiltinType = BuiltinType {
    name: "frozenset",
    module: "builtins",
    base: Some(&OBJECT),
    methods: FROZENSET_METHODS,
    new: Some(frozenset_new),
    subclassable: true,
    exception: false,
    doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object",
    slots: crate::value::builtin::Slots { hash: Some(frozenset_hash), ..SHARED_SET_SLOTS },
};

/// `hash(s)` for a frozenset: CPython's order-independent combination of
/// the item hashes the table already holds (the hash slot).
fn frozenset_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    Ok(match &vm.heap.get(r).payload {
        Payload::FrozenSet(s) => {
            let hashes: Vec<i64> = s.iter().map(|(h, _)| h).collect();
            crate::objects::access::frozenset_hash(&hashes)
        }
        _ => crate::objects::access::identity_hash(r),
    })
}

/// `bool(s)` for sets and frozensets: whether they have items (the truthy
/// slot).
fn set_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(!s.is_empty()),
        _ => None,
    }
}

/// `len(s)` for sets and frozensets (the len slot).
fn set_len_slot(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Set(s) | Payload::FrozenSet(s) => Some(s.len()),
        _ => None,
    })
}

/// `key in s` for sets and frozensets (the contains slot).
fn set_contains(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    match s {
        Value::Obj(r) if is_set(vm, s) => vm.set_contains(r, key),
        _ => Ok(false),
    }
}

fn is_set(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Set(_) | Payload::FrozenSet(_)))
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::FrozenSet(_)))
}

fn this(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(ref r) if is_set(vm, &v) => Ok(r.clone()),
        _ => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor '{method}' for 'set' objects doesn't apply to a '{t}' object")))
        }
    }
}

fn table<'a>(vm: &'a Vm, r: &'a ObjRef) -> &'a Set {
    match &vm.heap.get(r).payload {
        Payload::Set(s) | Payload::FrozenSet(s) => s,
        _ => unreachable!("a set"),
    }
}

/// A new empty set (or frozenset).
pub fn new_set(vm: &mut Vm, frozen: bool) -> ObjRef {
    let v = if frozen {
        vm.new_object(&FROZENSET, Payload::FrozenSet(Box::default()))
    } else {
        vm.new_object(&SET, Payload::Set(Box::default()))
    };
    v.as_obj().expect("a set").clone()
}

/// A copy of set `s`'s table as a new set (CPython's `set_merge` into an empty set).
fn copy_set(vm: &mut Vm, s: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    let t = Box::new(Set::copy_of(table(vm, &s)).or_memory_error(vm)?);
    let v =
        if frozen { vm.new_object(&FROZENSET, Payload::FrozenSet(t)) } else { vm.new_object(&SET, Payload::Set(t)) };
    Ok(v.as_obj().expect("a set").clone())
}

/// Adds every item of `iterable` to the set `set`, as CPython's
/// `set_update_internal` does (which decides the table layout).
pub fn update(vm: &mut Vm, set: Value, iterable: Value) -> PyResult<()> {
    let s = set.as_obj().expect("a set");
    if is_set(vm, &iterable) {
        let other = table(vm, &iterable.as_obj().expect("a set").clone()).clone();
        let merged = match &mut vm.heap.get_mut(s).payload {
            Payload::Set(t) | Payload::FrozenSet(t) => t.reserve(other.len()).and_then(|()| t.merge_into_empty(&other)),
            _ => Ok(true),
        };
        let merged = merged.or_memory_error(vm)?;
        if !merged {
            for (_, k) in other.iter() {
                vm.set_add(s, k)?;
            }
        }
        return Ok(());
    }
    if let Value::Obj(d) = &iterable {
        if matches!(vm.heap.get(d).payload, Payload::Dict(_)) && matches!(vm.heap.get(d).class, ClassRef::Builtin(_)) {
            let items = crate::objects::access::dict_items(vm, d);
            if let Payload::Set(t) | Payload::FrozenSet(t) = &mut vm.heap.get_mut(s).payload {
                t.reserve(items.len()).or_memory_error(vm)?;
            }
            for (k, _) in items {
                vm.set_add(s, k)?;
            }
            return Ok(());
        }
    }
    let it = vm.iter(&iterable)?;
    while let Some(v) = vm.next(&it)? {
        vm.set_add(s, v)?;
    }
    Ok(())
}

fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.instance_with_payload(args.get(0), Payload::Set(Box::default())))
}

fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "set", 1, 0, 1)?;
    let s = this(vm, args.get(0), "__init__")?;
    if let Payload::Set(t) = &mut vm.heap.get_mut(&s).payload {
        t.clear();
    }
    if !args.get(1).is_null() {
        update(vm, args.get(0), args.get(1))?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "frozenset", 1, 0, 1)?;
    let cls = args.get(0);
    let exact = matches!(cls, Value::Type(t) if std::ptr::eq(t, &FROZENSET));
    if exact
        && is_frozen(vm, args.get(1))
        && matches!(crate::objects::class::class_of(vm, &args.get(1)), ClassRef::Builtin(_))
    {
        return Ok(args.get(1));
    }
    let s = vm.instance_with_payload(cls, Payload::FrozenSet(Box::default()));
    if !args.get(1).is_null() {
        update(vm, s.clone(), args.get(1))?;
    }
    Ok(s)
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "set.add", 1)?;
    let s = this(vm, args.get(0), "add")?;
    vm.set_add(&s, v)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "set.remove", 1)?;
    let s = this(vm, args.get(0), "remove")?;
    if !vm.set_discard(&s, &v)? {
        return Err(vm.key_error(v));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "set.discard", 1)?;
    let s = this(vm, args.get(0), "discard")?;
    vm.set_discard(&s, &v)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "set.pop", 1, 0, 0)?;
    let s = this(vm, args.get(0), "pop")?;
    let first = match &mut vm.heap.get_mut(&s).payload {
        Payload::Set(t) => t.pop_first(),
        _ => None,
    };
    match first {
        Some(k) => Ok(k),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, args.get(0), "clear")?;
    if let Payload::Set(t) = &mut vm.heap.get_mut(&s).payload {
        t.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, args.get(0), "copy")?;
    let frozen = is_frozen(vm, args.get(0));
    if frozen && matches!(crate::objects::class::class_of(vm, &args.get(0)), ClassRef::Builtin(_)) {
        return Ok(args.get(0));
    }
    Ok(Value::Obj(copy_set(vm, s, frozen)?))
}

fn update_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, args.get(0), "update")?;
    for other in &args.pos[1..] {
        update(vm, args.get(0), other.clone())?;
    }
    Ok(Value::None)
}

/// `other` as a set (itself if it is one), for the algebra's operands.
fn as_set(vm: &mut Vm, other: Value) -> PyResult<ObjRef> {
    if is_set(vm, &other.clone()) {
        return Ok(other.as_obj().expect("a set").clone());
    }
    let s = new_set(vm, false);
    update(vm, Value::Obj(s.clone()), other)?;
    Ok(s)
}

fn union_of(vm: &mut Vm, a: ObjRef, others: &[Value], frozen: bool) -> PyResult<ObjRef> {
    let result = copy_set(vm, a, frozen)?;
    for o in others {
        update(vm, Value::Obj(result.clone()), o.clone())?;
    }
    Ok(result)
}

fn intersection_of(vm: &mut Vm, a: ObjRef, b: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    let result = new_set(vm, frozen);
    // CPython iterates over the smaller set.
    let (small, large) = if set_len(vm, &b) > set_len(vm, &a) { (a, b) } else { (b, a) };
    for k in set_keys(vm, &small) {
        if vm.set_contains(&large, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

fn difference_of(vm: &mut Vm, a: ObjRef, b: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    // CPython copies `a` and discards `b`'s keys when `a` is much larger;
    // otherwise it adds `a`'s keys that `b` lacks.
    if set_len(vm, &a) >> 2 > set_len(vm, &b) {
        let result = copy_set(vm, a, frozen)?;
        for k in set_keys(vm, &b) {
            vm.set_discard(&result, &k)?;
        }
        return Ok(result);
    }
    let result = new_set(vm, frozen);
    for k in set_keys(vm, &a) {
        if !vm.set_contains(&b, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_of(vm: &mut Vm, a: ObjRef, b: ObjRef, frozen: bool) -> PyResult<ObjRef> {
    // CPython copies the other operand, then toggles this one's keys.
    let result = copy_set(vm, b, frozen)?;
    for k in set_keys(vm, &a) {
        if !vm.set_discard(&result, &k)? {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, args.get(0), "union")?;
    let frozen = is_frozen(vm, args.get(0));
    Ok(Value::Obj(union_of(vm, a, &args.pos[1..], frozen)?))
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut a = this(vm, args.get(0), "intersection")?;
    let frozen = is_frozen(vm, args.get(0));
    if args.pos.len() == 1 {
        return Ok(Value::Obj(copy_set(vm, a, frozen)?));
    }
    for o in &args.pos[1..] {
        let b = as_set(vm, o.clone())?;
        a = intersection_of(vm, a, b, frozen)?;
    }
    Ok(Value::Obj(a))
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut a = this(vm, args.get(0), "difference")?;
    let frozen = is_frozen(vm, args.get(0));
    if args.pos.len() == 1 {
        return Ok(Value::Obj(copy_set(vm, a, frozen)?));
    }
    for o in &args.pos[1..] {
        let b = as_set(vm, o.clone())?;
        a = difference_of(vm, a, b, frozen)?;
    }
    Ok(Value::Obj(a))
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "symmetric_difference", 1)?;
    let a = this(vm, args.get(0), "symmetric_difference")?;
    let frozen = is_frozen(vm, args.get(0));
    let b = as_set(vm, o)?;
    Ok(Value::Obj(symmetric_difference_of(vm, a, b, frozen)?))
}

fn replace_table(vm: &mut Vm, target: ObjRef, source: ObjRef) -> PyResult<()> {
    let t = Box::new(Set::copy_of(table(vm, &source)).or_memory_error(vm)?);
    if let Payload::Set(s) = &mut vm.heap.get_mut(&target).payload {
        *s = t;
    }
    Ok(())
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, args.get(0), "intersection_update")?;
    let mut r = a.clone();
    for o in &args.pos[1..] {
        let b = as_set(vm, o.clone())?;
        r = intersection_of(vm, r, b, false)?;
    }
    replace_table(vm, a, r)?;
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, args.get(0), "difference_update")?;
    for o in &args.pos[1..] {
        let b = as_set(vm, o.clone())?;
        for k in set_keys(vm, &b) {
            vm.set_discard(&a, &k)?;
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "symmetric_difference_update", 1)?;
    let a = this(vm, args.get(0), "symmetric_difference_update")?;
    let b = as_set(vm, o)?;
    for k in set_keys(vm, &b) {
        if !vm.set_discard(&a, &k)? {
            vm.set_add(&a, k)?;
        }
    }
    Ok(Value::None)
}

fn subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    if set_len(vm, &a) > set_len(vm, &b) {
        return Ok(false);
    }
    for k in set_keys(vm, &a) {
        if !vm.set_contains(&b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "issubset", 1)?;
    let a = this(vm, args.get(0), "issubset")?;
    let b = as_set(vm, o)?;
    subset(vm, a, b).map(Value::Bool)
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "issuperset", 1)?;
    let a = this(vm, args.get(0), "issuperset")?;
    let b = as_set(vm, o)?;
    subset(vm, b, a).map(Value::Bool)
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "isdisjoint", 1)?;
    let a = this(vm, args.get(0), "isdisjoint")?;
    let items = vm.collect(o)?;
    for k in items {
        if vm.set_contains(&a, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// A set operand of the algebra operators: sets, frozensets, and dict key
/// and item views (as temporary sets).
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<ObjRef>> {
    if is_set(vm, &v.clone()) {
        return Ok(v.as_obj().cloned());
    }
    match crate::objects::types::dict::view_items(vm, v) {
        Some(items) => {
            let s = new_set(vm, false);
            for i in items {
                vm.set_add(&s, i)?;
            }
            Ok(Some(s))
        }
        None => Ok(None),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (and dict views), or `None`.
pub fn set_operator(vm: &mut Vm, a: Value, b: Value, op: Op) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (operand(vm, a.clone())?, operand(vm, b)?) else { return Ok(None) };
    let frozen = is_frozen(vm, a);
    let r = match op {
        Op::Or => union_of(vm, x, &[Value::Obj(y)], frozen)?,
        Op::And => intersection_of(vm, x, y, frozen)?,
        Op::Subtract => difference_of(vm, x, y, frozen)?,
        Op::Xor => symmetric_difference_of(vm, x, y, frozen)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Obj(r)))
}

/// The in-place slot of `set`: `a |= b`, `&=`, `-=` and `^=` update `a`
/// in place; `b` must be a set or frozenset (else `NotImplemented`).
fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    // Only a set or frozenset on the right: `s |= d.keys()` is the view's
    // reflected `|`, binding a new set, as in CPython.
    let (Some(x), Value::Obj(y)) = (a.as_obj(), b) else { return Ok(Value::NotImplemented) };
    if !is_set(vm, b) {
        return Ok(Value::NotImplemented);
    }
    let y = y.clone();
    match op {
        Op::Or => update(vm, a.clone(), Value::Obj(y))?,
        Op::And => {
            let r = intersection_of(vm, x.clone(), y, false)?;
            replace_table(vm, x.clone(), r)?;
        }
        Op::Subtract => {
            for k in set_keys(vm, &y) {
                vm.set_discard(x, &k)?;
            }
        }
        Op::Xor => {
            for k in set_keys(vm, &y) {
                if !vm.set_discard(x, &k)? {
                    vm.set_add(x, k)?;
                }
            }
        }
        _ => return Ok(Value::NotImplemented),
    }
    Ok(a.clone())
}

/// Comparisons of two sets or frozensets (the compare slot); a set-like
/// dict view on the other side is the view's to compare.
fn set_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) if is_set(vm, a) && is_set(vm, b) => set_compare(vm, x.clone(), y.clone(), op),
        _ => Ok(Value::NotImplemented),
    }
}

/// Set comparisons: equality and the subset/superset orders.
pub fn set_compare(vm: &mut Vm, a: ObjRef, b: ObjRef, op: Comparison) -> PyResult<Value> {
    let (la, lb) = (set_len(vm, &a), set_len(vm, &b));
    let r = match op {
        Comparison::Eq => la == lb && subset(vm, a, b)?,
        Comparison::Ne => !(la == lb && subset(vm, a, b)?),
        Comparison::Le => subset(vm, a, b)?,
        Comparison::Lt => la < lb && subset(vm, a, b)?,
        Comparison::Ge => subset(vm, b, a)?,
        Comparison::Gt => la > lb && subset(vm, b, a)?,
    };
    Ok(Value::Bool(r))
}

/// Whether `v` is a set or frozenset (for natives).
pub fn is_any_set(vm: &Vm, v: Value) -> bool {
    is_set(vm, &v)
}

/// `iter(s)` for a set or frozenset (their `iter` slot): an iterator over
/// the hash table's slots that notices a change of size, as CPython's does.
pub fn set_iter(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let r = s.as_obj().expect("a set").clone();
    let len = set_len(vm, &r);
    Ok(vm.new_iter(crate::value::object::IterState::Set { set: r, index: 0, len }))
}
