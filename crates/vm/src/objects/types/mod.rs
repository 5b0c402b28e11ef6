//! Built-in types and functions. They are `static` descriptors shared by
//! every interpreter (like CPython's static types), so creating an
//! interpreter allocates none of them; their methods are native functions
//! looked up in per-type tables. One file per type family holds the table
//! and the methods.

pub mod bytes;
pub mod dict;
pub mod dunders;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod iterators;
pub mod list;
pub mod misc;
pub mod object;
pub mod printf;
pub mod range;
pub mod set;
pub mod str;
pub mod str_case;
pub mod str_format;
pub mod tuple;

use crate::objects::protocol::Protocols;
use crate::value::object::{DictView, IterState, Payload};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

pub use self::bytes::{BYTEARRAY, BYTES};
pub use self::dict::DICT;
pub use self::float::FLOAT;
pub use self::function::{BUILTIN_FUNCTION, CELL, CLASSMETHOD, CODE, FUNCTION, METHOD, PROPERTY, STATICMETHOD};
pub use self::int::{BOOL, INT};
pub use self::list::LIST;
pub use self::misc::{ELLIPSIS_TYPE, GENERATOR, MODULE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, SLICE, SUPER, TRACEBACK};
pub use self::object::{OBJECT, TYPE};
pub use self::range::RANGE;
pub use self::set::{FROZENSET, SET};
pub use self::str::STR;
pub use self::tuple::TUPLE;

pub use crate::value::builtin::{BuiltinType, Native, NativeKind};

/// `obj[key]` by `obj`'s built-in payload, whatever its class (the
/// `__getitem__` that subclasses of built-in containers inherit).
pub fn builtin_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(r) = &obj else { return vm.getitem(obj, key) };
    let r = r.clone();
    match &vm.heap.get(&r).payload {
        Payload::List(_) => vm.sequence_getitem(obj, key, "list"),
        Payload::Tuple(_) => vm.sequence_getitem(obj, key, "tuple"),
        Payload::Str(_) => str::getitem(vm, obj, key),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes::getitem(vm, obj, key),
        Payload::Range { .. } | Payload::BigRange(_) => range::getitem(vm, obj, key),
        Payload::Dict(_) => dict::getitem_with_missing(vm, obj, r.clone(), key),
        _ => vm.getitem(obj, key),
    }
}

/// `obj[key] = value` by `obj`'s built-in payload.
pub fn builtin_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(ref r) = obj else { return vm.setitem(obj, key, value) };
    match &vm.heap.get(r).payload {
        Payload::List(_) => vm.list_setitem(obj, key, value),
        Payload::Dict(_) => vm.dict_set(r, key, value),
        Payload::ByteArray(_) => bytes::bytearray_setitem(vm, obj, key, value),
        _ => vm.setitem(obj, key, value),
    }
}

/// `del obj[key]` by `obj`'s built-in payload.
pub fn builtin_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let Value::Obj(ref r) = obj else { return vm.delitem(obj, key) };
    match &vm.heap.get(r).payload {
        Payload::List(_) => vm.list_delitem(obj, key),
        Payload::Dict(_) => match vm.dict_remove(r, &key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key)),
        },
        Payload::ByteArray(_) => bytes::bytearray_delitem(vm, obj, key),
        _ => vm.delitem(obj, key),
    }
}

/// `key in obj` by `obj`'s built-in layout type (the `__contains__` that
/// subclasses of built-in containers inherit): its contains slot.
pub fn builtin_contains(vm: &mut Vm, obj: Value, key: Value) -> PyResult<bool> {
    match crate::objects::class::layout_type(vm, &obj).slot(|s| s.contains) {
        Some(contains) => contains(vm, &obj, &key),
        None => vm.contains(&obj, &key),
    }
}

/// `iter(obj)` by `obj`'s built-in payload.
pub fn builtin_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let Value::Obj(ref r) = obj else { return vm.iter(&obj) };
    let state = match &vm.heap.get(&r.clone()).payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
            IterState::Seq { seq: obj, index: 0 }
        }
        Payload::Str(s) => IterState::Str { text: s.text.clone(), offset: 0 },
        Payload::Dict(d) => {
            IterState::Dict { dict: r.clone(), index: 0, kind: DictView::Keys, len: d.len(), remaining: d.len() }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => IterState::Set { set: r.clone(), index: 0, len: s.len() },
        _ => return vm.iter(&obj),
    };
    Ok(vm.new_iter(state))
}
