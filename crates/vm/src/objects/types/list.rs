//! `list`, its methods (with a stable sort whose comparisons may run
//! Python code and fail), and the sequence operators shared by the
//! built-in sequences: concatenation, repetition and in-place `+=`/`*=`.

use std::cmp::Ordering;

use isopy_compiler::{BinaryOperator as Op, Comparison};

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::container_table;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::alloc::{self, NoMemory};
use crate::value::object::release_last_first;
use crate::value::object::{ClassRef, IterState, ObjRef, Payload};
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

static LIST_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", list_new),
    Native::method("__init__", list_init),
    Native::method("__setitem__", crate::objects::types::dunders::setitem),
    Native::method("__delitem__", crate::objects::types::dunders::delitem),
    Native::method("__iadd__", crate::objects::types::dunders::iadd),
    Native::method("__imul__", crate::objects::types::dunders::imul),
    Native::method("__reversed__", list_reversed),
    Native::method("append", append),
    Native::method("extend", extend_method),
    Native::method("insert", insert),
    Native::method("remove", remove),
    Native::method("pop", pop),
    Native::method("index", list_index),
    Native::method("count", list_count),
    Native::method("sort", sort),
    Native::method("reverse", reverse),
    Native::method("copy", copy),
    Native::method("clear", clear),
];

/// The built-in type `list`.
pub static LIST: BuiltinType = BuiltinType {
    name: "list",
    module: "builtins",
    base: Some(&OBJECT),
    methods: LIST_METHODS,
    new: Some(list_new),
    subclassable: true,
    exception: false,
    doc: "Built-in mutable sequence.",
    slots: crate::value::builtin::Slots {
        hash: Some(crate::objects::types::object::unhashable),
        truthy: Some(list_truthy),
        len: Some(list_len),
        contains: Some(sequence_contains),
        compare: Some(list_compare),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        delitem: Some(list_delitem),
        iter: Some(seq_iter),
        binary: Some(sequence_binary),
        inplace: Some(list_inplace),
        repr: Some(list_repr),
        ..crate::value::builtin::Slots::NONE
    },
};

/// `bool(l)`: whether it has items (the truthy slot).
fn list_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::List(items) => Some(!items.is_empty()),
        _ => None,
    }
}

/// `len(l)` (the len slot).
fn list_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::List(items) => Some(items.len()),
        _ => None,
    })
}

/// The items of `v` if it is a list (or a list subclass instance).
fn list_items(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::List(items) => Some(items.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Comparisons of two lists, item by item (the compare slot).
fn list_compare(vm: &mut Vm, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
    let (Some(x), Some(y)) = (list_items(vm, a), list_items(vm, b)) else { return Ok(Value::NotImplemented) };
    crate::objects::compare::sequence_compare(vm, &x, &y, op).map(Value::Bool)
}

/// `item in seq` for a list or tuple (their contains slot): an item that is
/// `item` or equals it. The items are read one at a time, as CPython's
/// `list_contains` does, since an `__eq__` may change the list.
pub fn sequence_contains(vm: &mut Vm, seq: &Value, item: &Value) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let x = match access::seq_items(vm, seq) {
            Some(items) if i < items.len() => items[i].clone(),
            _ => return Ok(false),
        };
        if x.is(item) || vm.eq(&x, item)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn items_mut<'a>(vm: &'a mut Vm, v: &'a Value) -> &'a mut Vec<Value> {
    match &mut vm.heap.get_mut(v.as_obj().expect("a list")).payload {
        Payload::List(items) => items,
        _ => unreachable!("a list"),
    }
}

fn check_list(vm: &mut Vm, v: Value, method: &str) -> PyResult<()> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::List(_)) => Ok(()),
        _ => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor '{method}' for 'list' objects doesn't apply to a '{t}' object")))
        }
    }
}

fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.get(0);
    Ok(vm.instance_with_payload(cls, Payload::List(Vec::new())))
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list", 1, 0, 1)?;
    let this = args.get(0);
    check_list(vm, this.clone(), "__init__")?;
    release_last_first(std::mem::take(items_mut(vm, &this)));
    if !args.get(1).is_null() {
        let items = vm.collect(args.get(1))?;
        *items_mut(vm, &this) = items;
    }
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "list.append", 1)?;
    check_list(vm, args.get(0), "append")?;
    alloc::push(items_mut(vm, &args.pos[0]), v).or_memory_error(vm)?;
    Ok(Value::None)
}

/// Extends `list` with the items of `iterable` (`display` words the error
/// as `[*x]` does). If memory runs out, the list is left as it was.
pub fn extend(vm: &mut Vm, list: Value, iterable: Value, display: bool) -> PyResult<()> {
    let items = if iterable.is(&list) {
        alloc::copied(access::seq_items(vm, &list).unwrap_or_default()).or_memory_error(vm)?
    } else {
        match vm.collect(iterable.clone()) {
            Ok(items) => items,
            Err(e) if display && vm.error_is(&e, &exc::TYPE_ERROR) && !can_iterate(vm, iterable.clone()) => {
                let t = type_name(vm, &iterable);
                return Err(vm.type_error(format!("Value after * must be an iterable, not {t}")));
            }
            Err(e) => return Err(e),
        }
    };
    alloc::reserve(items_mut(vm, &list), items.len()).or_memory_error(vm)?;
    items_mut(vm, &list).extend(items);
    Ok(())
}

/// Whether `v`'s class can be iterated (`__iter__` or `__getitem__`).
pub fn can_iterate(vm: &Vm, v: Value) -> bool {
    let c = class_of(vm, &v);
    class::lookup(vm, &c, "__iter__").is_some() || class::lookup(vm, &c, "__getitem__").is_some()
}

fn extend_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "list.extend", 1)?;
    check_list(vm, args.get(0), "extend")?;
    extend(vm, args.get(0), v, false)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [i, v] = args.exact::<2>(vm, "insert", 1)?;
    check_list(vm, args.get(0), "insert")?;
    let i = vm.index_i64(i)?;
    alloc::reserve(items_mut(vm, &args.pos[0]), 1).or_memory_error(vm)?;
    let items = items_mut(vm, &args.pos[0]);
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, v);
    Ok(Value::None)
}

fn position(vm: &mut Vm, list: Value, v: Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match access::seq_items(vm, &list) {
            Some(items) if i < items.len().min(end) => items[i].clone(),
            _ => return Ok(None),
        };
        if item.is(&v) || vm.eq(&item, &v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "list.remove", 1)?;
    check_list(vm, args.get(0), "remove")?;
    match position(vm, args.get(0), v, 0, usize::MAX)? {
        Some(i) => {
            let items = items_mut(vm, &args.pos[0]);
            if i < items.len() {
                items.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "pop", 1, 0, 1)?;
    check_list(vm, args.get(0), "pop")?;
    let len = access::seq_items(vm, &args.get(0)).map_or(0, |s| s.len());
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Value::Null => len - 1,
        v => {
            let i = vm.index_i64(v)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.index_error("pop index out of range"));
            }
            j as usize
        }
    };
    Ok(items_mut(vm, &args.pos[0]).remove(i))
}

fn bounds(vm: &mut Vm, len: usize, start: Value, end: Value) -> PyResult<(usize, usize)> {
    let resolve = |vm: &mut Vm, v: Value, default: usize| -> PyResult<usize> {
        if v.is_null() {
            return Ok(default);
        }
        let i = vm.index_i64(v)?;
        Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
    };
    Ok((resolve(vm, start, 0)?, resolve(vm, end, len)?))
}

/// Whether `v` is a list (`tuple` false) or a tuple (`tuple` true), as the
/// methods they share need of their `self`: a TypeError naming the
/// method's type otherwise (`list.index(5, 1)`).
fn check_sequence(vm: &mut Vm, v: &Value, tuple: bool, method: &str) -> PyResult<()> {
    let owner = if tuple { "tuple" } else { "list" };
    if let Value::Obj(r) = v {
        match vm.heap.get(r).payload {
            Payload::Tuple(_) if tuple => return Ok(()),
            Payload::List(_) if !tuple => return Ok(()),
            _ => {}
        }
    }
    let t = type_name(vm, v);
    Err(vm.type_error(format!("descriptor '{method}' for '{owner}' objects doesn't apply to a '{t}' object")))
}

/// `seq.index(v[, start[, end]])` for lists and tuples.
fn sequence_index(vm: &mut Vm, args: Args<'_>, tuple: bool) -> PyResult<Value> {
    args.count(vm, "index", 1, 1, 3)?;
    let list = args.get(0);
    check_sequence(vm, &list, tuple, "index")?;
    let len = access::seq_items(vm, &list).map_or(0, |s| s.len());
    let (start, end) = bounds(vm, len, args.get(2), args.get(3))?;
    match position(vm, list.clone(), args.get(1), start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None if tuple => Err(vm.value_error("tuple.index(x): x not in tuple")),
        None => {
            let r = vm.repr(&args.get(1))?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

/// `seq.count(v)` for lists and tuples.
fn sequence_count(vm: &mut Vm, args: Args<'_>, tuple: bool) -> PyResult<Value> {
    let list = args.get(0);
    let [v] = args.exact::<1>(vm, if tuple { "tuple.count" } else { "list.count" }, 1)?;
    check_sequence(vm, &list, tuple, "count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match access::seq_items(vm, &list) {
            Some(items) if i < items.len() => items[i].clone(),
            _ => break,
        };
        if item.is(&v) || vm.eq(&item, &v)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `list.index`.
fn list_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_index(vm, args, false)
}

/// `list.count`.
fn list_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_count(vm, args, false)
}

/// `tuple.index`.
pub fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_index(vm, args, true)
}

/// `tuple.count`.
pub fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    sequence_count(vm, args, true)
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list.reverse", 1, 0, 0)?;
    check_list(vm, args.get(0), "reverse")?;
    items_mut(vm, &args.pos[0]).reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list.copy", 1, 0, 0)?;
    check_list(vm, args.get(0), "copy")?;
    let items = access::seq_items(vm, &args.get(0)).unwrap_or_default().to_vec();
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list.clear", 1, 0, 0)?;
    check_list(vm, args.get(0), "clear")?;
    release_last_first(std::mem::take(items_mut(vm, &args.pos[0])));
    Ok(Value::None)
}

/// `list *= n`: the list repeated in place, or (if memory runs out)
/// MemoryError with the list unchanged.
fn repeat_in_place(vm: &mut Vm, list: &Value, n: i64) -> PyResult<()> {
    let items = items_mut(vm, list);
    if n <= 0 {
        release_last_first(std::mem::take(items));
        return Ok(());
    }
    alloc::repeat_in_place(items, n as usize).or_memory_error(vm)
}

fn list_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let n = access::seq_items(vm, &this).map_or(0, |s| s.len());
    Ok(vm.new_iter(crate::value::object::IterState::Reversed { seq: this, remaining: n }))
}

// ------------------------------------------------------------ subscripts and iteration

/// Whether `key` can be a sequence index (an int, bool or `__index__` object).
fn is_index(vm: &Vm, key: &Value) -> bool {
    match key {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Int(_) => true,
            _ => match vm.heap.get(r).class {
                ClassRef::User(_) => class::lookup(vm, &vm.heap.get(r).class, "__index__").is_some(),
                ClassRef::Builtin(_) => false,
            },
        },
        _ => false,
    }
}

/// CPython's TypeError for a subscript that is neither an index nor a slice.
fn indices_error(vm: &mut Vm, kind: &str, key: Value) -> PyErr {
    let t = type_name(vm, &key);
    vm.type_error(format!("{kind} indices must be integers or slices, not {t}"))
}

/// `list[key]` (the list type's `getitem` slot). A small int index is read
/// straight off the items: it is the hot case of every loop over indices.
pub fn list_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let (Value::Int(i), Value::Obj(r)) = (&key, &obj) {
        if let Payload::List(items) = &vm.heap.get(r).payload {
            let len = items.len() as i64;
            let j = if *i < 0 { i + len } else { *i };
            if j >= 0 && j < len {
                return Ok(items[j as usize].clone());
            }
            return Err(vm.index_error("list index out of range"));
        }
    }
    sequence_getitem(vm, obj, key, "list")
}

/// `list[...]`, `tuple[...]` by index or slice (also for subclass
/// instances); `kind` names the type in errors. A slice of a list is a new
/// list, of a tuple a new tuple.
pub fn sequence_getitem(vm: &mut Vm, obj: Value, key: Value, kind: &str) -> PyResult<Value> {
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, &key) {
        let i = vm.resolve_index(key, len, kind)?;
        return Ok(access::seq_items(vm, &obj).expect("a sequence")[i].clone());
    }
    if let Some(parts) = access::slice_parts(vm, &key) {
        let s = vm.resolve_slice(parts, len)?;
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

/// `list[key] = value` by index or slice (the list type's `setitem` slot,
/// also for subclass instances). A small int index is stored straight into
/// the items, the hot case.
pub fn list_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a list");
    if let Value::Int(i) = key {
        if let Payload::List(items) = &mut vm.heap.get_mut(r).payload {
            let len = items.len() as i64;
            let j = if i < 0 { i + len } else { i };
            if j >= 0 && j < len {
                items[j as usize] = value;
                return Ok(());
            }
            return Err(vm.index_error("list assignment index out of range"));
        }
    }
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, &key) {
        let i = vm.resolve_index(key, len, "list assignment")?;
        if let Payload::List(items) = &mut vm.heap.get_mut(r).payload {
            items[i] = value;
        }
        return Ok(());
    }
    let Some(parts) = access::slice_parts(vm, &key) else {
        return Err(indices_error(vm, "list", key));
    };
    let s = vm.resolve_slice(parts, len)?;
    let new_items = if value.is(&obj) {
        access::seq_items(vm, &obj).expect("a list").to_vec()
    } else {
        match vm.collect(value) {
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
        release_last_first(replaced);
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

/// `del list[key]` by index or slice (the list type's `delitem` slot, also
/// for subclass instances).
pub fn list_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a list");
    let len = access::seq_items(vm, &obj).map_or(0, |s| s.len());
    if is_index(vm, &key) {
        let i = vm.resolve_index(key, len, "list assignment")?;
        if let Payload::List(items) = &mut vm.heap.get_mut(r).payload {
            items.remove(i);
        }
        return Ok(());
    }
    let Some(parts) = access::slice_parts(vm, &key) else {
        return Err(indices_error(vm, "list", key));
    };
    let s = vm.resolve_slice(parts, len)?;
    let Payload::List(items) = &mut vm.heap.get_mut(r).payload else { unreachable!("a list") };
    if s.step == 1 {
        let removed: Vec<Value> = items.drain(s.start as usize..s.start as usize + s.len).collect();
        release_last_first(removed);
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

/// `iter(seq)` for a list, tuple, bytes or bytearray (their `iter` slot):
/// an iterator reading the items by position, so it sees the sequence as
/// it changes, as CPython's does.
pub fn seq_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    Ok(vm.new_iter(IterState::Seq { seq: seq.clone(), index: 0 }))
}

// ------------------------------------------------------------ sorting

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [key, reverse] = args.bind(vm, "sort", 1, ["key", "reverse"], 0, 0)?;
    let this = args.get(0);
    check_list(vm, this.clone(), "sort")?;
    let reverse = !reverse.is_null() && vm.truthy(&reverse)?;
    // Take the items out (the list looks empty while it is sorted, as in CPython).
    let items = std::mem::take(items_mut(vm, &this));
    let result = sort_values(vm, items, key, reverse);
    let modified = !access::seq_items(vm, &this).unwrap_or_default().is_empty();
    match result {
        Ok(sorted) => {
            *items_mut(vm, &this) = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((e, original)) => {
            *items_mut(vm, &this) = original;
            Err(e)
        }
    }
}

/// Sorts `items` stably by `key` (`Null`/`None` for the items themselves)
/// with `<`, as `sorted()` and `list.sort()` do. On error the items come
/// back in their original order.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (PyErr, Vec<Value>)> {
    let keys: Vec<Value> = if key.is_null() || key.is_none() {
        items.clone()
    } else {
        let mut keys = Vec::with_capacity(items.len());
        for v in &items {
            match vm.call(&key.clone(), std::slice::from_ref(v)) {
                Ok(k) => keys.push(k),
                Err(e) => return Err((e, items)),
            }
        }
        keys
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Fast paths: homogeneous ints, floats or strs compare without Python.
    if let Some(fast) = fast_keys(vm, &keys) {
        match fast {
            FastKeys::Ints(k) => order.sort_by(|&a, &b| cmp_dir(k[a].cmp(&k[b]), reverse)),
            FastKeys::Floats(k) => {
                order.sort_by(|&a, &b| cmp_dir(k[a].partial_cmp(&k[b]).unwrap_or(Ordering::Equal), reverse))
            }
            FastKeys::Strs(k) => order.sort_by(|&a, &b| cmp_dir(k[a].cmp(&k[b]), reverse)),
        }
    } else if let Err(e) = merge_sort(vm, &mut order, &keys, reverse) {
        return Err((e, items));
    }
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

fn cmp_dir(o: Ordering, reverse: bool) -> Ordering {
    if reverse {
        o.reverse()
    } else {
        o
    }
}

enum FastKeys {
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Strs(Vec<std::sync::Arc<str>>),
}

fn fast_keys(vm: &Vm, keys: &[Value]) -> Option<FastKeys> {
    let first = keys.first()?;
    match first {
        Value::Int(_) => keys
            .iter()
            .map(|k| match k {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .collect::<Option<Vec<i64>>>()
            .map(FastKeys::Ints),
        Value::Float(_) => keys
            .iter()
            .map(|k| match k {
                Value::Float(f) if !f.is_nan() => Some(*f),
                _ => None,
            })
            .collect::<Option<Vec<f64>>>()
            .map(FastKeys::Floats),
        Value::Obj(_) => keys
            .iter()
            .map(|k| access::str_key(vm, k).map(|(t, _)| t.clone()))
            .collect::<Option<Vec<_>>>()
            .map(FastKeys::Strs),
        _ => None,
    }
}

/// `keys[a] < keys[b]` (or `>` when reversed), running `__lt__`.
fn less(vm: &mut Vm, keys: &[Value], a: usize, b: usize, reverse: bool) -> PyResult<bool> {
    let (x, y) = if reverse { (keys[b].clone(), keys[a].clone()) } else { (keys[a].clone(), keys[b].clone()) };
    vm.compare_bool(&x, &y, Comparison::Lt)
}

/// A stable merge sort of `order` (indices into `keys`) whose comparisons may fail.
fn merge_sort(vm: &mut Vm, order: &mut [usize], keys: &[Value], reverse: bool) -> PyResult<()> {
    let n = order.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion-sort small runs, then merge them bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, keys, order[j], order[j - 1], reverse)? {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buffer = vec![0usize; n];
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                // Take from the right only when strictly less: stability.
                if less(vm, keys, order[j], order[i], reverse)? {
                    buffer[k] = order[j];
                    j += 1;
                } else {
                    buffer[k] = order[i];
                    i += 1;
                }
                k += 1;
            }
            buffer[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
            k += mid - i;
            buffer[k..k + (hi - j)].copy_from_slice(&order[j..hi]);
            order[lo..hi].copy_from_slice(&buffer[lo..hi]);
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

// ------------------------------------------------------------ sequence operators

/// The repr slot of `list`: `[item, ...]`, with `[...]` for a list that
/// contains itself.
fn list_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::List(items) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let items = items.clone();
    vm.items_repr(&items, "[", "]", false, r.clone())
}

/// The binary slot of `list` and `tuple` (and the `+` and `*` of the
/// other built-in sequences): concatenation with a sequence of the same
/// kind, repetition by an int on either side; else `NotImplemented`.
pub fn sequence_binary(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    match op {
        Op::Add => concat(vm, a.clone(), b.clone()),
        Op::Multiply => {
            if let Some(n) = repeat_count(vm, b.clone()) {
                return repeat(vm, a.clone(), n?);
            }
            if let Some(n) = repeat_count(vm, a.clone()) {
                return repeat(vm, b.clone(), n?);
            }
            Ok(Value::NotImplemented)
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// The repeat count of `seq * n` if `n` is an int (an int beyond an index
/// is CPython's OverflowError).
fn repeat_count(vm: &mut Vm, n: Value) -> Option<PyResult<i64>> {
    use num_traits::ToPrimitive;
    match n {
        Value::Int(i) => Some(Ok(i)),
        Value::Bool(b) => Some(Ok(b as i64)),
        Value::Obj(ref r) => match &vm.heap.get(r).payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Ok(i),
                None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
            }),
            _ if matches!(vm.heap.get(r).class, ClassRef::User(_))
                && class::lookup(vm, &vm.heap.get(r).class, "__index__").is_some() =>
            {
                Some(match vm.index_value(&n) {
                    Ok(Some(b)) => {
                        b.to_i64().ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                    Ok(None) => Ok(0),
                    Err(e) => Err(e),
                })
            }
            _ => None,
        },
        _ => None,
    }
}

/// `a + b` for two built-in sequences of the same kind, else `NotImplemented`.
pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b.clone()) else { return Ok(Value::NotImplemented) };
    enum Joined {
        Str(String),
        List(Vec<Value>),
        Tuple(Vec<Value>),
        Bytes(Vec<u8>, bool),
    }
    fn joined<T: Clone>(x: &[T], y: &[T]) -> Result<Vec<T>, NoMemory> {
        let mut v = alloc::vec_with_capacity(x.len().checked_add(y.len()).ok_or(NoMemory)?)?;
        v.extend_from_slice(x);
        v.extend_from_slice(y);
        Ok(v)
    }
    let result = match (&vm.heap.get(&ra).payload, &vm.heap.get(&rb).payload) {
        (Payload::Str(x), Payload::Str(y)) => alloc::string_with_capacity(x.text.len().saturating_add(y.text.len()))
            .map(|mut s| {
                s.push_str(&x.text);
                s.push_str(&y.text);
                Joined::Str(s)
            }),
        (Payload::List(x), Payload::List(y)) => joined(x, y).map(Joined::List),
        (Payload::Tuple(x), Payload::Tuple(y)) => joined(x, y).map(Joined::Tuple),
        (Payload::Bytes(x), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            joined(x, access::bytes_data(vm, &b).unwrap_or_default()).map(|v| Joined::Bytes(v, false))
        }
        (Payload::ByteArray(x), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            joined(x, access::bytes_data(vm, &b).unwrap_or_default()).map(|v| Joined::Bytes(v, true))
        }
        _ => return Ok(Value::NotImplemented),
    };
    Ok(match result.or_memory_error(vm)? {
        Joined::Str(s) => vm.new_str_fallible(s)?,
        Joined::List(v) => vm.new_list(v),
        Joined::Tuple(v) => vm.new_tuple(v),
        Joined::Bytes(v, false) => vm.new_bytes_fallible(v)?,
        Joined::Bytes(v, true) => vm.new_object(&crate::objects::types::BYTEARRAY, Payload::ByteArray(v)),
    })
}

/// `seq * n` for a built-in sequence, else `NotImplemented`: MemoryError
/// for a result memory cannot hold, or CPython's OverflowError for a str
/// or bytes longer than `PY_SSIZE_T_MAX`.
pub fn repeat(vm: &mut Vm, seq: Value, n: i64) -> PyResult<Value> {
    let Value::Obj(r) = seq else { return Ok(Value::NotImplemented) };
    let n = n.max(0) as usize;
    let (length, too_long) = match &vm.heap.get(&r).payload {
        Payload::Str(s) => (s.chars, Some("repeated string is too long")),
        Payload::Bytes(b) => (b.len(), Some("repeated bytes are too long")),
        Payload::List(v) => (v.len(), None),
        Payload::Tuple(v) => (v.len(), None),
        Payload::ByteArray(b) => (b.len(), None),
        _ => return Ok(Value::NotImplemented),
    };
    if length.checked_mul(n).is_none_or(|t| t > i64::MAX as usize) {
        return Err(match too_long {
            Some(message) => vm.overflow_error(message),
            None => vm.memory_error(),
        });
    }
    enum Repeated {
        Str(String),
        List(Vec<Value>),
        Tuple(Vec<Value>),
        Bytes(Vec<u8>),
        ByteArray(Vec<u8>),
    }
    let repeated = match &vm.heap.get(&r).payload {
        Payload::Str(s) => {
            let mut text = String::new();
            alloc::push_repeated(&mut text, &s.text, n).map(|()| Repeated::Str(text))
        }
        Payload::List(v) => alloc::repeat(v, n).map(Repeated::List),
        Payload::Tuple(v) => alloc::repeat(v, n).map(Repeated::Tuple),
        Payload::Bytes(b) => alloc::repeat(b, n).map(Repeated::Bytes),
        Payload::ByteArray(b) => alloc::repeat(b, n).map(Repeated::ByteArray),
        _ => return Ok(Value::NotImplemented),
    };
    Ok(match repeated.or_memory_error(vm)? {
        Repeated::Str(s) => vm.new_str_fallible(s)?,
        Repeated::List(items) => vm.new_list(items),
        Repeated::Tuple(items) => vm.new_tuple(items),
        Repeated::Bytes(d) => vm.new_bytes_fallible(d)?,
        Repeated::ByteArray(d) => vm.new_object(&crate::objects::types::BYTEARRAY, Payload::ByteArray(d)),
    })
}

/// The in-place slot of `list`: `l += iterable` extends it and `l *= n`
/// repeats it in place.
fn list_inplace(vm: &mut Vm, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    match op {
        Op::Add => {
            extend(vm, a.clone(), b.clone(), false)?;
            Ok(a.clone())
        }
        Op::Multiply if matches!(b, Value::Int(_) | Value::Bool(_)) => {
            let n = vm.index_i64(b.clone())?;
            repeat_in_place(vm, a, n)?;
            Ok(a.clone())
        }
        _ => Ok(Value::NotImplemented),
    }
}
