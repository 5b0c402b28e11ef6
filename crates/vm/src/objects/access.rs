//! Reading built-in objects without running Python code: the text of a str,
//! the items of a list or tuple, the bytes of a bytes object, the entries of
//! a dict or set under str keys, the parts of a slice, an object's own
//! attributes, and the truthiness and length that a built-in type's slots
//! settle by themselves. The protocols above ask these first and fall back
//! to special methods only when they answer `None`.

use std::sync::Arc;

use crate::objects::types;
use crate::value::object::{ObjRef, Payload};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// The text of a `str` (or str subclass instance).
#[inline]
pub fn str_text<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a Arc<str>> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Str(s) => Some(&s.text),
            _ => None,
        },
        _ => None,
    }
}

/// The cached hash of a str object.
#[inline]
pub(crate) fn str_hash(s: &crate::value::object::PyStr) -> i64 {
    let h = s.hash.get();
    if h != 0 {
        return h;
    }
    let h = str_hash_of(&s.text);
    s.hash.set(h);
    h
}

/// The text and hash of `key` if it is an exact `str` (the fast dict path).
#[inline]
pub fn str_key<'a>(vm: &'a Vm, key: &'a Value) -> Option<(&'a Arc<str>, i64)> {
    match key {
        Value::Obj(r) => {
            let o = vm.heap.get(r);
            match &o.payload {
                Payload::Str(s) if o.class.is_builtin(&types::STR) => Some((&s.text, str_hash(s))),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether `v` is a str whose text is `text`.
#[inline]
pub fn str_is(vm: &Vm, v: &Value, text: &str) -> bool {
    str_text(vm, v).is_some_and(|t| &**t == text)
}

/// The items of a list or tuple (or subclass instance), borrowed.
pub fn seq_items<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a [Value]> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::List(items) => Some(items),
            Payload::Tuple(items) => Some(items),
            _ => None,
        },
        _ => None,
    }
}

/// The items of `o` if it is an exact `list` or `tuple` (not a subclass,
/// which may define its own `__getitem__` and `__iter__`).
#[inline]
pub fn exact_seq_items(o: &crate::value::object::Object) -> Option<&[Value]> {
    match &o.payload {
        Payload::List(items) if o.class.is_builtin(&crate::objects::types::LIST) => Some(items),
        Payload::Tuple(items) if o.class.is_builtin(&crate::objects::types::TUPLE) => Some(items),
        _ => None,
    }
}

/// The bytes of a `bytes` or `bytearray`.
pub fn bytes_data<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a [u8]> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Bytes(b) => Some(b),
            Payload::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The truth of an object as its built-in layout type settles it (the
/// truthy slot of the nearest type along its bases; true when none has
/// one), or `None` when the type leaves it to `__bool__`/`__len__`.
pub fn builtin_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    let layout = crate::objects::class::layout_type(vm, &Value::Obj(r.clone()));
    match layout.slot(|s| s.truthy) {
        Some(truthy) => truthy(vm, r),
        None => Some(true),
    }
}

/// The length of an object as its built-in layout type gives it (its len
/// slot; what `__len__` of the built-in containers gives, for subclasses
/// too), or `None` if it has none.
pub fn builtin_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    let layout = crate::objects::class::layout_type(vm, &Value::Obj(r.clone()));
    match layout.slot(|s| s.len) {
        Some(len) => len(vm, r),
        None => Ok(None),
    }
}

/// The hash of an object with identity equality.
pub fn identity_hash(r: &ObjRef) -> i64 {
    address(r.clone()) as i64 >> 4
}

/// CPython's `frozenset_hash`.
pub fn frozenset_hash(hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut hash: u64 = 0;
    for &h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (hashes.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

/// A stable fake address for reprs (`id()` uses the same).
pub fn address(r: ObjRef) -> u64 {
    r.addr() as u64
}

/// The hash of a str's text.
#[inline]
pub fn str_hash_of(text: &str) -> i64 {
    crate::value::hash::bytes(text.as_bytes())
}

pub(crate) fn dict_ref<'a>(vm: &'a Vm, d: &'a ObjRef) -> &'a crate::value::dict::Dict {
    match &vm.heap.get(d).payload {
        Payload::Dict(d) => d,
        _ => unreachable!("a dict reference names a dict"),
    }
}

pub(crate) fn dict_mut<'a>(vm: &'a mut Vm, d: &'a ObjRef) -> &'a mut crate::value::dict::Dict {
    match &mut vm.heap.get_mut(d).payload {
        Payload::Dict(d) => d,
        _ => unreachable!("a dict reference names a dict"),
    }
}

/// The value stored under the str key `name` (with hash `hash`).
#[inline]
pub fn dict_get_str_hashed(vm: &Vm, d: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let heap = &vm.heap;
    let table = dict_ref(vm, d);
    table
        .find(hash, |k| match k {
            Value::Obj(r) => matches!(&heap.get(&r).payload, Payload::Str(s) if &*s.text == name),
            _ => false,
        })
        .map(|i| table.entry_at(i).expect("found entries are live").value.clone())
}

/// The value stored under the str key `name`.
pub fn dict_get_str(vm: &Vm, d: &ObjRef, name: &str) -> Option<Value> {
    dict_get_str_hashed(vm, d, name, str_hash_of(name))
}

/// `d[name] = value` for an identifier key (interned). For the names the
/// interpreter itself sets (`__name__`, a module's functions); what
/// programs store goes through [`dict_set`], which can raise MemoryError.
pub fn dict_set_str(vm: &mut Vm, d: &ObjRef, name: &str, value: Value) {
    let key = vm.intern(name);
    let hash = str_hash_of(name);
    match dict_ref(vm, d).find(hash, |k| str_is(vm, &k, name)) {
        Some(i) => dict_mut(vm, d).set_value(i, value),
        None => {
            if dict_mut(vm, d).insert_new(hash, key, value).is_err() {
                crate::value::alloc::exhausted();
            }
        }
    }
}

/// The live entries of a dict, copied out (keys and values).
pub fn dict_items(vm: &Vm, d: &ObjRef) -> Vec<(Value, Value)> {
    dict_ref(vm, d).iter().map(|e| (e.key.clone(), e.value.clone())).collect()
}

/// The number of items of a dict.
pub fn dict_len(vm: &Vm, d: &ObjRef) -> usize {
    dict_ref(vm, d).len()
}

pub(crate) fn set_table<'a>(vm: &'a Vm, s: &'a ObjRef) -> &'a crate::value::set::Set {
    match &vm.heap.get(s).payload {
        Payload::Set(t) | Payload::FrozenSet(t) => t,
        _ => unreachable!("a set reference names a set"),
    }
}

/// The keys of set `s`, in iteration order.
pub fn set_keys(vm: &Vm, s: &ObjRef) -> Vec<Value> {
    set_table(vm, s).iter().map(|(_, k)| k).collect()
}

/// The size of set `s`.
pub fn set_len(vm: &Vm, s: &ObjRef) -> usize {
    set_table(vm, s).len()
}

/// Looks up an interned identifier key (a str object): identity first,
/// then text. Never runs Python code.
#[inline]
pub fn dict_get_name(vm: &Vm, d: &ObjRef, name: &Value) -> Option<Value> {
    let i = dict_find_name(vm, d, name)?;
    Some(dict_ref(vm, d).entry_at(i).expect("found entries are live").value.clone())
}

/// The entry position of the str key `name` in dict `d`.
pub fn dict_find_name(vm: &Vm, d: &ObjRef, name: &Value) -> Option<usize> {
    let (text, hash) = str_key(vm, name)?;
    let heap = &vm.heap;
    dict_ref(vm, d).find(hash, |k| {
        k.is(name)
            || match k {
                Value::Obj(r) => matches!(&heap.get(&r).payload, Payload::Str(s) if s.text == *text),
                _ => false,
            }
    })
}

/// The parts of a slice object, if `v` is one.
pub fn slice_parts(vm: &Vm, v: &Value) -> Option<[Value; 3]> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Slice(parts) => Some((**parts).clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `obj`'s own attribute `name`: laid out by its class's shapes, or in its
/// `__dict__`.
#[inline]
pub fn own_attr(vm: &Vm, obj: &Value, name: &str) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let o = vm.heap.get(r);
    if let Payload::Instance(attrs) = &o.payload {
        if let Some(v) = attrs.get(name) {
            return Some(v.clone());
        }
    }
    let d = o.dict.as_ref()?;
    dict_get_str(vm, d, name)
}

/// The name of a module object.
pub fn module_name(vm: &Vm, v: &Value) -> Option<std::sync::Arc<str>> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Module(m) => Some(m.name.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A slice resolved against a sequence length: CPython's
/// `PySlice_AdjustIndices` result.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Bound.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// How many items it selects.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indices, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// Whether `v` is a generator object.
pub fn is_generator(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Generator(_)))
}

/// Whether `v` is an exception instance.
pub fn is_exception_instance(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Exception(_)))
}
