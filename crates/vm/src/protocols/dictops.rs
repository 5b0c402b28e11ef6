//! Dict and set operations at the level of Python values: hashing the key
//! (which may run `__hash__`), finding it (which may run `__eq__`) and
//! noticing when such code mutated the table under us. Keys whose equality
//! the VM can decide itself (strs, numbers, tuples of them, objects with
//! identity equality) never leave Rust.

use crate::objects::memory::OrMemoryError;
use crate::protocols::ops::{self, Known};
use crate::value::object::ObjRef;
use crate::value::object::Payload;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// The hash of a str's text.
#[inline]
pub fn str_hash_of(text: &str) -> i64 {
    crate::value::hash::bytes(text.as_bytes())
}

fn dict_ref<'a>(vm: &'a Vm, d: &'a ObjRef) -> &'a crate::value::dict::Dict {
    match &vm.heap.get(d).payload {
        Payload::Dict(d) => d,
        _ => unreachable!("a dict reference names a dict"),
    }
}

fn dict_mut<'a>(vm: &'a mut Vm, d: &'a ObjRef) -> &'a mut crate::value::dict::Dict {
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

/// Looks `key` up with Python semantics: the entry index, if present.
fn find(vm: &mut Vm, d: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
    let mut unknown = false;
    {
        let heap_vm: &Vm = vm;
        let table = dict_ref(heap_vm, &d);
        let found = table.find(hash, |k| {
            if k.is(&key) {
                return true;
            }
            match ops::known_eq(heap_vm, &k, &key) {
                Known::Yes(b) => b,
                Known::Unknown => {
                    unknown = true;
                    false
                }
            }
        });
        if found.is_some() || !unknown {
            return Ok(found);
        }
    }
    // Some key needs Python-level `__eq__`: compare candidates one by one,
    // restarting if the comparison changed the dict.
    loop {
        let version = dict_ref(vm, &d).version();
        let candidates = dict_ref(vm, &d).candidates(hash);
        for index in candidates {
            let Some(entry) = dict_ref(vm, &d).entry_at(index).cloned() else { continue };
            let equal = entry.key.is(&key) || ops::eq(vm, &entry.key, &key)?;
            if dict_ref(vm, &d).version() != version {
                break;
            }
            if equal {
                return Ok(Some(index));
            }
        }
        if dict_ref(vm, &d).version() == version {
            return Ok(None);
        }
    }
}

/// `d[key]`, or `None` if absent.
pub fn dict_get(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if let Some((text, hash)) = ops::str_key(vm, key) {
        let text = text.clone();
        return Ok(dict_get_str_hashed(vm, d, &text, hash));
    }
    let hash = ops::hash(vm, key)?;
    let found = find(vm, d.clone(), key.clone(), hash)?;
    Ok(found.map(|i| dict_ref(vm, d).entry_at(i).expect("live entry").value.clone()))
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    dict_set_hashed(vm, d, key, hash, value)
}

/// `d[key] = value` with the key's hash already known.
pub fn dict_set_hashed(vm: &mut Vm, d: &ObjRef, key: Value, hash: i64, value: Value) -> PyResult<()> {
    match find(vm, d.clone(), key.clone(), hash)? {
        Some(i) => dict_mut(vm, d).set_value(i, value),
        None => dict_mut(vm, d).insert_new(hash, key, value).or_memory_error(vm)?,
    }
    Ok(())
}

/// `d[name] = value` for an identifier key (interned). For the names the
/// interpreter itself sets (`__name__`, a module's functions); what
/// programs store goes through [`dict_set`], which can raise MemoryError.
pub fn dict_set_str(vm: &mut Vm, d: &ObjRef, name: &str, value: Value) {
    let key = vm.intern(name);
    let hash = str_hash_of(name);
    match dict_ref(vm, d).find(hash, |k| ops::str_is(vm, &k, name)) {
        Some(i) => dict_mut(vm, d).set_value(i, value),
        None => {
            if dict_mut(vm, d).insert_new(hash, key, value).is_err() {
                crate::value::alloc::exhausted();
            }
        }
    }
}

/// Removes `key`, returning its value if it was present.
pub fn dict_remove(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(vm, key)?;
    match find(vm, d.clone(), key.clone(), hash)? {
        Some(i) => Ok(dict_mut(vm, d).remove_at(i).map(|e| e.value)),
        None => Ok(None),
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

// ------------------------------------------------------------ sets

fn set_table<'a>(vm: &'a Vm, s: &'a ObjRef) -> &'a crate::value::set::Set {
    match &vm.heap.get(s).payload {
        Payload::Set(t) | Payload::FrozenSet(t) => t,
        _ => unreachable!("a set reference names a set"),
    }
}

fn set_table_mut<'a>(vm: &'a mut Vm, s: &'a ObjRef) -> &'a mut crate::value::set::Set {
    match &mut vm.heap.get_mut(s).payload {
        Payload::Set(t) | Payload::FrozenSet(t) => t,
        _ => unreachable!("a set reference names a set"),
    }
}

/// The slot holding `key` in set `s`, if present.
fn set_find(vm: &mut Vm, s: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
    let mut unknown = false;
    {
        let heap_vm: &Vm = vm;
        let found = set_table(heap_vm, &s.clone()).find(hash, |k| {
            if k.is(&key) {
                return true;
            }
            match ops::known_eq(heap_vm, &k, &key) {
                Known::Yes(b) => b,
                Known::Unknown => {
                    unknown = true;
                    false
                }
            }
        });
        if found.is_some() || !unknown {
            return Ok(found);
        }
    }
    let candidates = set_table(vm, &s).candidates(hash);
    for slot in candidates {
        let Some((_, k)) = set_table(vm, &s).slot(slot) else { continue };
        if ops::eq(vm, &k, &key)? {
            return Ok(Some(slot));
        }
    }
    Ok(None)
}

/// Whether `key` is in set `s`.
pub fn set_contains(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let hash = ops::hash(vm, key)?;
    Ok(set_find(vm, s.clone(), key.clone(), hash)?.is_some())
}

/// Adds `key` to set `s` (a no-op if present).
pub fn set_add(vm: &mut Vm, s: &ObjRef, key: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    if set_find(vm, s.clone(), key.clone(), hash)?.is_none() {
        set_table_mut(vm, s).insert_new(hash, key).or_memory_error(vm)?;
    }
    Ok(())
}

/// Removes `key` from set `s`; whether it was present.
pub fn set_discard(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let hash = ops::hash(vm, key)?;
    match set_find(vm, s.clone(), key.clone(), hash)? {
        Some(slot) => {
            set_table_mut(vm, s).remove_slot(slot);
            Ok(true)
        }
        None => Ok(false),
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
    let (text, hash) = ops::str_key(vm, name)?;
    let heap = &vm.heap;
    let table = dict_ref(vm, d);
    table
        .find(hash, |k| {
            k.is(name)
                || match k {
                    Value::Obj(r) => matches!(&heap.get(&r).payload, Payload::Str(s) if s.text == *text),
                    _ => false,
                }
        })
        .map(|i| table.entry_at(i).expect("found entries are live").value.clone())
}
