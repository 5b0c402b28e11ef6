//! Dict and set operations at the level of Python values: hashing the key
//! (which may run `__hash__`), finding it (which may run `__eq__`) and
//! noticing when such code mutated the table under us. Keys whose equality
//! the VM can decide itself (strs, numbers, tuples of them, objects with
//! identity equality) never leave Rust.

use crate::objects::access;
use crate::objects::access::dict_get_str_hashed;
use crate::objects::access::dict_mut;
use crate::objects::access::dict_ref;
use crate::objects::access::set_table;
use crate::objects::memory::OrMemoryError;
use crate::protocols::ops::{self, Known};
use crate::value::object::ObjRef;
use crate::value::object::Payload;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

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
    if let Some((text, hash)) = access::str_key(vm, key) {
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

/// Removes `key`, returning its value if it was present.
pub fn dict_remove(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(vm, key)?;
    match find(vm, d.clone(), key.clone(), hash)? {
        Some(i) => Ok(dict_mut(vm, d).remove_at(i).map(|e| e.value)),
        None => Ok(None),
    }
}

// ------------------------------------------------------------ sets

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
