//! `dict` (insertion-ordered) and its views, plus the dict helpers the
//! frame loop needs for `{**a}`, `f(**kw)` and `dict |`.

use crate::objects::access;
use crate::objects::access::{dict_items, dict_len};
use crate::objects::class::{self, class_of, type_name};
use crate::objects::protocol::Protocols;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, DictView, IterState, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static DICT_METHODS: &[Native] = &[
    Native::staticmethod("__new__", dict_new),
    Native::method("__init__", dict_init),
    Native::method("__getitem__", dict_getitem),
    Native::method("__setitem__", crate::objects::types::dunders::setitem),
    Native::method("__delitem__", crate::objects::types::dunders::delitem),
    Native::method("__contains__", crate::objects::types::dunders::contains),
    Native::method("__len__", crate::objects::types::dunders::len),
    Native::method("__iter__", crate::objects::types::dunders::iter),
    Native::method("__eq__", crate::objects::types::dunders::eq),
    Native::method("__ne__", crate::objects::types::dunders::ne),
    Native::method("__or__", crate::objects::types::dunders::or),
    Native::method("__ror__", crate::objects::types::dunders::ror),
    Native::method("__ior__", crate::objects::types::dunders::ior),
    Native::method("__reversed__", dict_reversed),
    Native::method("keys", keys),
    Native::method("values", values),
    Native::method("items", items),
    Native::method("get", get),
    Native::method("setdefault", setdefault),
    Native::method("pop", pop),
    Native::method("popitem", popitem),
    Native::method("update", update),
    Native::method("clear", clear),
    Native::method("copy", copy),
    Native::classmethod("fromkeys", fromkeys),
];

/// The built-in type `dict`.
pub static DICT: BuiltinType = BuiltinType {
    name: "dict",
    module: "builtins",
    base: Some(&OBJECT),
    methods: DICT_METHODS,
    new: Some(dict_new),
    subclassable: true,
    exception: false,
    doc: "dict() -> new empty dictionary",
    slots: crate::value::builtin::Slots {
        hash: Some(crate::objects::types::object::unhashable),
        truthy: Some(dict_truthy),
        len: Some(dict_len_slot),
        contains: Some(dict_contains),
        compare: Some(dict_compare),
        getitem: Some(dict_subscript),
        setitem: Some(dict_setitem),
        delitem: Some(dict_delitem),
        iter: Some(dict_iter),
        binary: Some(dict_binary),
        inplace: Some(dict_inplace),
        repr: Some(dict_repr),
        ..crate::value::builtin::Slots::NONE
    },
};

/// The binary slot of `dict`: `a | b`, the merge of two dicts.
fn dict_binary(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    match op {
        isopy_compiler::BinaryOperator::Or => Ok(dict_or(vm, a.clone(), b.clone())?.unwrap_or(Value::NotImplemented)),
        _ => Ok(Value::NotImplemented),
    }
}

/// The repr slot of `dict`: `{key: value, ...}`, with `{...}` for a dict
/// that contains itself.
fn dict_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Dict(d) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
    vm.pairs_repr(&pairs, r.clone())
}

static VIEW_METHODS: &[Native] = &[
    Native::method("__len__", crate::objects::types::dunders::len),
    Native::method("__iter__", crate::objects::types::dunders::iter),
    Native::method("__contains__", crate::objects::types::dunders::contains),
    Native::method("__eq__", crate::objects::types::dunders::eq),
    Native::method("__ne__", crate::objects::types::dunders::ne),
    Native::method("__and__", crate::objects::types::dunders::and),
    Native::method("__or__", crate::objects::types::dunders::or),
    Native::method("__sub__", crate::objects::types::dunders::sub),
    Native::method("__xor__", crate::objects::types::dunders::xor),
    Native::method("__reversed__", view_reversed),
    Native::method("isdisjoint", view_isdisjoint),
];

/// The slots the three dict views share (each reads the view's kind).
const VIEW_SLOTS: crate::value::builtin::Slots = crate::value::builtin::Slots {
    truthy: Some(view_truthy),
    len: Some(view_len),
    contains: Some(view_contains),
    iter: Some(view_iter),
    repr: Some(view_repr),
    ..crate::value::builtin::Slots::NONE
};

/// The slots of the set-like views (keys and items), which compare as sets
/// and so are unhashable; a values view keeps object's identity hash.
const SET_VIEW_SLOTS: crate::value::builtin::Slots = crate::value::builtin::Slots {
    hash: Some(crate::objects::types::object::unhashable),
    compare: Some(view_compare),
    binary: Some(view_binary),
    ..VIEW_SLOTS
};

/// `dict_keys`.
pub static DICT_KEYS: BuiltinType =
    BuiltinType { methods: VIEW_METHODS, slots: SET_VIEW_SLOTS, ..BuiltinType::plain("dict_keys", &OBJECT) };
/// `dict_values`.
pub static DICT_VALUES: BuiltinType =
    BuiltinType { methods: VIEW_METHODS, slots: VIEW_SLOTS, ..BuiltinType::plain("dict_values", &OBJECT) };
/// `dict_items`.
pub static DICT_ITEMS: BuiltinType =
    BuiltinType { methods: VIEW_METHODS, slots: SET_VIEW_SLOTS, ..BuiltinType::plain("dict_items", &OBJECT) };

/// `bool(d)`: whether it has items (the truthy slot).
fn dict_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Dict(d) => Some(!d.is_empty()),
        _ => None,
    }
}

/// `len(d)` (the len slot).
fn dict_len_slot(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Dict(d) => Some(d.len()),
        _ => None,
    })
}

/// The binary slot of the set-like views (keys and items): `&`, `|`, `-`
/// and `^` with any iterable on either side, giving a set.
fn view_binary(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    Ok(view_set_operator(vm, a.clone(), b.clone(), op)?.unwrap_or(Value::NotImplemented))
}

/// The repr slot of the views: `dict_keys([...])` and the like. The view
/// itself is what the recursion guard marks, as in CPython, so a dict
/// holding itself shows as `dict_values([{1: {...}}])`.
fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::DictView { dict, kind } = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let (dict, kind) = (dict.clone(), *kind);
    let name = match kind {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    };
    let entries = dict_items(vm, &dict);
    let items: Vec<Value> = match kind {
        DictView::Keys => entries.into_iter().map(|e| e.0).collect(),
        DictView::Values => entries.into_iter().map(|e| e.1).collect(),
        DictView::Items => entries.into_iter().map(|(k, v)| vm.new_tuple([k, v])).collect(),
    };
    let inner = vm.items_repr(&items, "[", "]", false, r.clone())?;
    Ok(format!("{name}({inner})"))
}

/// `key in d` (the contains slot).
fn dict_contains(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<bool> {
    match d {
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)) => Ok(vm.dict_get(r, key)?.is_some()),
        _ => Ok(false),
    }
}

/// `bool(view)`: whether its dict has items (the truthy slot).
fn view_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::DictView { dict, .. } => Some(dict_len(vm, dict) > 0),
        _ => None,
    }
}

/// `len(view)`: its dict's (the len slot).
fn view_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::DictView { dict, .. } => Some(dict_len(vm, dict)),
        _ => None,
    })
}
fn this(vm: &mut Vm, v: Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Dict(_)) => Ok(r),
        _ => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor '{method}' for 'dict' objects doesn't apply to a '{t}' object")))
        }
    }
}

fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.instance_with_payload(args.get(0), Payload::Dict(Box::default())))
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, args.get(0), "__init__")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    if let Some(source) = args.pos.get(1) {
        update_from(vm, d.clone(), source.clone())?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `d[key]` for a dict or subclass instance (with `__missing__`).
pub fn dict_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, key] = args.exact::<2>(vm, "__getitem__", 0)?;
    let d = this(vm, obj.clone(), "__getitem__")?;
    getitem_with_missing(vm, obj, d, key)
}

/// Looks `key` up in dict `d` (the object `obj`), calling `__missing__`
/// of a subclass when it is absent.
pub fn getitem_with_missing(vm: &mut Vm, obj: Value, d: ObjRef, key: Value) -> PyResult<Value> {
    if let Some(v) = vm.dict_get(&d, &key)? {
        return Ok(v);
    }
    missing(vm, obj, key)
}

/// `d[key]` for a `key` absent from dict `obj`: a subclass's `__missing__`
/// answers, else KeyError.
fn missing(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let class = class_of(vm, &obj);
    if let ClassRef::User(_) = class {
        if let Some(m) = class::lookup(vm, &class, "__missing__") {
            return vm.call_unbound(m, obj, &[key], &[]);
        }
    }
    Err(vm.key_error(key))
}

/// `d[key]` (the dict type's `getitem` slot): a subclass's `__missing__`
/// answers for an absent key.
pub fn dict_subscript(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    if let Some(v) = vm.dict_get(obj.as_obj().expect("a dict"), &key)? {
        return Ok(v);
    }
    missing(vm, obj, key)
}

/// `d[key] = value` (the dict type's `setitem` slot).
pub fn dict_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    vm.dict_set(obj.as_obj().expect("a dict"), key, value)
}

/// `del d[key]` (the dict type's `delitem` slot): KeyError when absent.
pub fn dict_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    match vm.dict_remove(obj.as_obj().expect("a dict"), &key)? {
        Some(_) => Ok(()),
        None => Err(vm.key_error(key)),
    }
}

/// `iter(d)` (the dict type's `iter` slot): its keys in insertion order,
/// noticing a change of size or of keys, as CPython's iterator does.
pub fn dict_iter(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let d = obj.as_obj().expect("a dict").clone();
    let len = dict_len(vm, &d);
    Ok(vm.new_iter(IterState::Dict { dict: d, index: 0, kind: DictView::Keys, len, remaining: len }))
}

/// `iter(view)` for `keys()`, `values()` and `items()` (the views' `iter`
/// slot): the dict's iterator yielding what the view shows.
pub fn view_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Payload::DictView { ref dict, kind } = vm.heap.get(v.as_obj().expect("a dict view")).payload else {
        unreachable!("a dict view carries its dict")
    };
    let dict = dict.clone();
    let len = dict_len(vm, &dict);
    Ok(vm.new_iter(IterState::Dict { dict, index: 0, kind, len, remaining: len }))
}

/// The in-place slot of `dict`: `d |= other` updates `d` as
/// `d.update(other)` does.
fn dict_inplace(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    match (a, op) {
        (Value::Obj(d), isopy_compiler::BinaryOperator::Or) => {
            update_from(vm, d.clone(), b.clone())?;
            Ok(a.clone())
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// Adds the items of `source` (a mapping or an iterable of pairs) to `d`.
pub fn update_from(vm: &mut Vm, d: ObjRef, source: Value) -> PyResult<()> {
    if let Value::Obj(ref s) = source {
        if matches!(vm.heap.get(s).payload, Payload::Dict(_)) && matches!(vm.heap.get(s).class, ClassRef::Builtin(_)) {
            for (k, v) in dict_items(vm, s) {
                vm.dict_set(&d, k, v)?;
            }
            return Ok(());
        }
    }
    let class = class_of(vm, &source);
    if class::lookup(vm, &class, "keys").is_some() {
        let keys = vm.call_method(&source.clone(), "keys", &[])?;
        let keys = vm.collect(keys)?;
        for k in keys {
            let v = vm.getitem(source.clone(), k.clone())?;
            vm.dict_set(&d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(&source)?;
    let mut index = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match vm.collect(pair) {
            Ok(items) => items,
            Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) => {
                return Err(
                    vm.type_error(format!("cannot convert dictionary update sequence element #{index} to a sequence"))
                );
            }
            Err(e) => return Err(e),
        };
        if items.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                items.len()
            )));
        }
        vm.dict_set(&d, items[0].clone(), items[1].clone())?;
        index += 1;
    }
    Ok(())
}

/// `{**mapping}` in a display.
pub fn update_display(vm: &mut Vm, d: ObjRef, mapping: Value) -> PyResult<()> {
    let class = class_of(vm, &mapping);
    let is_mapping = matches!(mapping, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)))
        || class::lookup(vm, &class, "keys").is_some();
    if !is_mapping {
        let t = type_name(vm, &mapping);
        return Err(vm.type_error(format!("'{t}' object is not a mapping")));
    }
    update_from(vm, d, mapping)
}

/// `f(**mapping)`: merges into the call's keyword dict, refusing repeats.
pub fn merge_kwargs(vm: &mut Vm, d: ObjRef, mapping: Value, func: Value) -> PyResult<()> {
    let class = class_of(vm, &mapping);
    let exact_dict = class.is_builtin(&DICT);
    let is_mapping = matches!(mapping, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)))
        || class::lookup(vm, &class, "keys").is_some();
    // The function's description is made only for an error message, as
    // CPython does (it may run Python code, and it costs a format).
    if !is_mapping {
        let fname = function_description(vm, func);
        let t = type_name(vm, &mapping);
        return Err(vm.type_error(format!("{fname} argument after ** must be a mapping, not {t}")));
    }
    let items = match &mapping {
        // A plain dict's items are read as they are (a snapshot).
        Value::Obj(r) if exact_dict => dict_items(vm, r),
        _ => {
            let source = vm.new_dict_ref();
            update_from(vm, source.clone(), mapping)?;
            dict_items(vm, &source)
        }
    };
    for (k, v) in items {
        if access::str_text(vm, &k).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        if vm.dict_get(&d, &k)?.is_some() {
            let fname = function_description(vm, func);
            let key = access::str_text(vm, &k).cloned().unwrap_or_default();
            return Err(vm.type_error(format!("{fname} got multiple values for keyword argument '{key}'")));
        }
        vm.dict_set(&d, k, v)?;
    }
    Ok(())
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `__main__.f()` for a function of module `__main__`, `print()` for a built-in.
pub fn function_description(vm: &mut Vm, func: Value) -> String {
    let qualname =
        vm.getattr_str(&func, "__qualname__").ok().and_then(|q| access::str_text(vm, &q).map(|s| s.to_string()));
    let Some(qualname) = qualname else {
        let t = type_name(vm, &func);
        return format!("{t} object");
    };
    let module = vm.getattr_str(&func, "__module__").ok().and_then(|m| access::str_text(vm, &m).map(|s| s.to_string()));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// The `(name, value)` pairs of a `**kwargs` dict (or `None`).
pub fn kwargs_pairs(vm: &mut Vm, kwargs: Value) -> PyResult<Vec<(Value, Value)>> {
    match kwargs {
        Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Dict(_)) => Ok(dict_items(vm, &r)),
        _ => Ok(Vec::new()),
    }
}

/// `==` and `!=` of two dicts (the compare slot); dicts have no order.
fn dict_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    use isopy_compiler::Comparison;
    let is_dict = |v: &Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)));
    match (a, b, op) {
        (Value::Obj(x), Value::Obj(y), Comparison::Eq | Comparison::Ne) if is_dict(a) && is_dict(b) => {
            let equal = dict_equal(vm, x.clone(), y.clone())?;
            Ok(Value::Bool(equal == (op == Comparison::Eq)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// Comparisons of a keys or items view with a set or another such view
/// (the compare slot): as the sets of what they hold.
fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    let set_like = |v: &Value| is_set_view(vm, v.clone()) || crate::objects::types::set::is_any_set(vm, v.clone());
    if !is_set_view(vm, a.clone()) || !set_like(b) {
        return Ok(Value::NotImplemented);
    }
    let x = as_set(vm, a.clone())?;
    let y = as_set(vm, b.clone())?;
    crate::objects::types::set::set_compare(vm, x, y, op)
}

/// Whether dicts `a` and `b` have equal items.
pub fn dict_equal(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    if dict_len(vm, &a) != dict_len(vm, &b) {
        return Ok(false);
    }
    for (k, v) in dict_items(vm, &a) {
        match vm.dict_get(&b, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `a | b` for two dicts.
pub fn dict_or(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return Ok(None) };
    if !matches!(vm.heap.get(&ra).payload, Payload::Dict(_)) || !matches!(vm.heap.get(&rb).payload, Payload::Dict(_)) {
        return Ok(None);
    }
    let d = vm.new_dict_ref();
    for (k, v) in dict_items(vm, &ra).into_iter().chain(dict_items(vm, &rb)) {
        vm.dict_set(&d, k, v)?;
    }
    Ok(Some(Value::Obj(d)))
}

fn dict_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, args.get(0), "__reversed__")?;
    Ok(reversed_iter(vm, d, DictView::Keys))
}

/// A live reverse iterator over `dict` (it notices a change of size, as CPython's does).
fn reversed_iter(vm: &mut Vm, dict: ObjRef, kind: DictView) -> Value {
    let (index, len) = match &vm.heap.get(&dict).payload {
        Payload::Dict(d) => (d.entry_bound(), d.len()),
        _ => (0, 0),
    };
    vm.new_iter(IterState::DictReversed { dict, index, kind, len })
}

fn view(vm: &mut Vm, args: Args<'_>, kind: DictView, name: &str) -> PyResult<Value> {
    args.count_in(vm, "dict", name, 1, 0, 0)?;
    let d = this(vm, args.get(0), name)?;
    let t = match kind {
        DictView::Keys => &DICT_KEYS,
        DictView::Values => &DICT_VALUES,
        DictView::Items => &DICT_ITEMS,
    };
    Ok(vm.new_object(t, Payload::DictView { dict: d, kind }))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictView::Keys, "keys")
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictView::Values, "values")
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, DictView::Items, "items")
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get", 1, 1, 2)?;
    let d = this(vm, args.get(0), "get")?;
    let default = args.get(2).present().unwrap_or(Value::None);
    Ok(vm.dict_get(&d, &args.get(1))?.unwrap_or(default))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "setdefault", 1, 1, 2)?;
    let d = this(vm, args.get(0), "setdefault")?;
    let key = args.get(1);
    if let Some(v) = vm.dict_get(&d, &key)? {
        return Ok(v);
    }
    let default = args.get(2).present().unwrap_or(Value::None);
    vm.dict_set(&d, key, default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "pop", 1, 1, 2)?;
    let d = this(vm, args.get(0), "pop")?;
    match vm.dict_remove(&d, &args.get(1))? {
        Some(v) => Ok(v),
        None => match args.get(2).present() {
            Some(default) => Ok(default),
            None => Err(vm.key_error(args.get(1))),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "dict.popitem", 1, 0, 0)?;
    let d = this(vm, args.get(0), "popitem")?;
    let entry = match &mut vm.heap.get_mut(&d).payload {
        Payload::Dict(table) => table.pop_last(),
        _ => None,
    };
    match entry {
        Some(e) => Ok(vm.new_tuple([e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, args.get(0), "update")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    if let Some(source) = args.pos.get(1) {
        update_from(vm, d.clone(), source.clone())?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, args.get(0), "clear")?;
    if let Payload::Dict(table) = &mut vm.heap.get_mut(&d).payload {
        table.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, args.get(0), "copy")?;
    let table = match &vm.heap.get(&d).payload {
        Payload::Dict(t) => t.clone(),
        _ => Box::default(),
    };
    Ok(vm.new_object(&DICT, Payload::Dict(table)))
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "fromkeys", 1, 1, 2)?;
    let cls = args.get(0);
    let value = args.get(2).present().unwrap_or(Value::None);
    let d = vm.call(&cls, &[])?;
    let keys = vm.collect(args.get(1))?;
    for k in keys {
        vm.setitem(d.clone(), k, value.clone())?;
    }
    Ok(d)
}

/// `item in view` (the contains slot): a key, a value, or a `(key, value)`
/// pair, by the view's kind.
fn view_contains(vm: &mut Vm, view: &Value, item: &Value) -> PyResult<bool> {
    let Value::Obj(r) = view else { return Ok(false) };
    let (dict, kind) = match &vm.heap.get(r).payload {
        Payload::DictView { dict, kind } => (dict.clone(), *kind),
        _ => return Ok(false),
    };
    let item = item.clone();
    match kind {
        DictView::Keys => Ok(vm.dict_get(&dict, &item)?.is_some()),
        DictView::Values => {
            for (_, v) in dict_items(vm, &dict) {
                if v.is(&item) || vm.eq(&v, &item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictView::Items => {
            // Only a tuple can be an item (a list `[k, v]` is not).
            let pair = match &item {
                Value::Obj(r) => match &vm.heap.get(r).payload {
                    Payload::Tuple(pair) => pair.to_vec(),
                    _ => return Ok(false),
                },
                _ => return Ok(false),
            };
            if pair.len() != 2 {
                return Ok(false);
            }
            match vm.dict_get(&dict, &pair[0])? {
                Some(v) => Ok(v.is(&pair[1]) || vm.eq(&v, &pair[1])?),
                None => Ok(false),
            }
        }
    }
}

fn view_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Value::Obj(r) = args.get(0) else { return Err(vm.type_error("expected a dict view")) };
    let Payload::DictView { ref dict, kind } = vm.heap.get(&r).payload else {
        return Err(vm.type_error("expected a dict view"));
    };
    Ok(reversed_iter(vm, dict.clone(), kind))
}

fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "isdisjoint", 0)?;
    let other = vm.collect(b)?;
    for item in other {
        if vm.contains(&a, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The items a dict view yields, as a set-operator operand (keys and items views).
pub fn view_items(vm: &mut Vm, v: Value) -> Option<Vec<Value>> {
    let Value::Obj(r) = v else { return None };
    let Payload::DictView { ref dict, kind } = vm.heap.get(&r).payload else { return None };
    let entries = dict_items(vm, dict);
    Some(match kind {
        DictView::Keys => entries.into_iter().map(|(k, _)| k).collect(),
        DictView::Items => entries.into_iter().map(|(k, v)| vm.new_tuple([k, v])).collect(),
        DictView::Values => return None,
    })
}

/// Whether `v` is a keys or items view (the set-like views).
pub fn is_set_view(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::DictView { kind: DictView::Keys | DictView::Items, .. }))
}

/// `v` as a set: itself if it is a set, else a new set of its items.
pub fn as_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    if crate::objects::types::set::is_any_set(vm, v.clone()) {
        return Ok(v.as_obj().expect("a set").clone());
    }
    set_of(vm, v)
}

/// A new set of the items of `iterable` (CPython's `dictviews_to_set`:
/// a keys view of an exact dict is made from the dict itself).
fn set_of(vm: &mut Vm, iterable: Value) -> PyResult<ObjRef> {
    let mut source = iterable.clone();
    if let Value::Obj(r) = iterable {
        if let Payload::DictView { dict, kind: DictView::Keys } = &vm.heap.get(&r).payload {
            if matches!(vm.heap.get(dict).class, ClassRef::Builtin(_)) {
                source = Value::Obj(dict.clone());
            }
        }
    }
    let s = crate::objects::types::set::new_set(vm, false);
    crate::objects::types::set::update(vm, Value::Obj(s.clone()), source)?;
    Ok(s)
}

/// `view | other`, `view & other`, `view - other`, `view ^ other` (either
/// side a keys or items view), built as CPython's `dictobject.c` builds
/// them (which decides the result's layout).
pub fn view_set_operator(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: isopy_compiler::BinaryOperator,
) -> PyResult<Option<Value>> {
    use isopy_compiler::BinaryOperator as Op;
    if !is_set_view(vm, a.clone()) && !is_set_view(vm, b.clone()) {
        return Ok(None);
    }
    let iterable = |vm: &mut Vm, v: Value| {
        crate::objects::types::list::can_iterate(vm, v.clone())
            || matches!(&v, Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Iter(_)))
    };
    if !iterable(vm, a.clone()) || !iterable(vm, b.clone()) {
        return Ok(None);
    }
    let result = match op {
        Op::Subtract => {
            let r = set_of(vm, a)?;
            let others = vm.collect(b)?;
            for k in others {
                vm.set_discard(&r, &k)?;
            }
            r
        }
        Op::Or => {
            let r = set_of(vm, a)?;
            crate::objects::types::set::update(vm, Value::Obj(r.clone()), b)?;
            r
        }
        Op::Xor => {
            let r = set_of(vm, a)?;
            let other = if crate::objects::types::set::is_any_set(vm, b.clone()) {
                b.as_obj().expect("a set")
            } else {
                &set_of(vm, b)?
            };
            for k in crate::objects::access::set_keys(vm, other) {
                if !vm.set_discard(&r, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        Op::And => {
            // _PyDictView_Intersect: the view is `this`, whichever side it was on.
            let (mut this, mut other) = if is_set_view(vm, a.clone()) { (a, b) } else { (b, a) };
            let len_this = vm.len(&this)?;
            if class_of(vm, &other).is_builtin(&crate::objects::types::SET) && len_this <= vm.len(&other)? {
                return vm.call_method(&other, "intersection", &[this]).map(Some);
            }
            if is_set_view(vm, other.clone()) && vm.len(&other)? > len_this {
                std::mem::swap(&mut this, &mut other);
            }
            let r = crate::objects::types::set::new_set(vm, false);
            let items = vm.collect(other)?;
            for k in items {
                if vm.contains(&this, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Obj(result)))
}
