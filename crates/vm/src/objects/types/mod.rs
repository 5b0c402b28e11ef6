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

/// `obj[key]` by the `getitem` slot of `obj`'s layout type, whatever its
/// class (the `__getitem__` that subclasses of built-in containers
/// inherit); the full protocol for a value whose type has no such slot.
pub fn builtin_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    match crate::objects::class::layout_type(vm, &obj).slot(|s| s.getitem) {
        Some(slot) => slot(vm, obj, key),
        None => vm.getitem(obj, key),
    }
}

/// `obj[key] = value` by the `setitem` slot of `obj`'s layout type.
pub fn builtin_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    match crate::objects::class::layout_type(vm, &obj).slot(|s| s.setitem) {
        Some(slot) => slot(vm, obj, key, value),
        None => vm.setitem(obj, key, value),
    }
}

/// `del obj[key]` by the `delitem` slot of `obj`'s layout type.
pub fn builtin_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    match crate::objects::class::layout_type(vm, &obj).slot(|s| s.delitem) {
        Some(slot) => slot(vm, obj, key),
        None => vm.delitem(obj, key),
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

/// `iter(obj)` by the `iter` slot of `obj`'s layout type (the `__iter__`
/// that subclasses of built-in containers inherit).
pub fn builtin_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    match crate::objects::class::layout_type(vm, &obj).slot(|s| s.iter) {
        Some(slot) => slot(vm, &obj),
        None => vm.iter(&obj),
    }
}
