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

use crate::value::object::{DictView, IterState, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

pub use self::bytes::{BYTEARRAY, BYTES};
pub use self::dict::{DICT, DICT_ITEMS, DICT_KEYS, DICT_VALUES};
pub use self::float::FLOAT;
pub use self::function::{BUILTIN_FUNCTION, CELL, CLASSMETHOD, CODE, FUNCTION, METHOD, PROPERTY, STATICMETHOD};
pub use self::int::{BOOL, INT};
pub use self::list::LIST;
pub use self::misc::{
    ELLIPSIS_TYPE, GENERATOR, ITERATOR, MODULE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, SLICE, SUPER, TRACEBACK,
};
pub use self::object::{OBJECT, TYPE};
pub use self::range::RANGE;
pub use self::set::{FROZENSET, SET};
pub use self::str::STR;
pub use self::tuple::TUPLE;

/// A native (Rust) function: the VM and the call's arguments. Methods
/// receive their instance as the first positional argument; getters
/// receive only the instance.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A native attribute setter: the instance and the new value (`Null` to delete).
pub type NativeSetter = fn(&mut Vm, Value, Value) -> PyResult<()>;

/// How a native entry of a type's table behaves as an attribute.
#[derive(Clone, Copy)]
pub enum NativeKind {
    /// A module-level function (`len`): never binds.
    Function,
    /// A method: binds its instance when looked up on one.
    Method,
    /// A class method: binds the class.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
    /// A computed attribute (`func.__name__`, `slice.start`), optionally settable.
    Getter(Option<NativeSetter>),
}

/// A built-in function, method or attribute.
pub struct Native {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// How it behaves as an attribute.
    pub kind: NativeKind,
}

impl Native {
    /// A plain function.
    pub const fn function(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Function }
    }

    /// A method.
    pub const fn method(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Method }
    }

    /// A class method.
    pub const fn classmethod(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::ClassMethod }
    }

    /// A static method.
    pub const fn staticmethod(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::StaticMethod }
    }

    /// A read-only computed attribute.
    pub const fn getter(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Getter(None) }
    }

    /// A settable computed attribute.
    pub const fn getset(name: &'static str, func: NativeFn, set: NativeSetter) -> Native {
        Native { name, func, kind: NativeKind::Getter(Some(set)) }
    }

    /// Whether looking it up on an instance binds the instance.
    pub fn binds(&self) -> bool {
        matches!(self.kind, NativeKind::Method)
    }
}

impl std::fmt::Debug for Native {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in {}>", self.name)
    }
}

/// A built-in type.
pub struct BuiltinType {
    /// `__name__`.
    pub name: &'static str,
    /// `__module__` (`builtins` for the built-in types).
    pub module: &'static str,
    /// The base type (`None` only for `object`).
    pub base: Option<&'static BuiltinType>,
    /// Methods and other native attributes, searched by name.
    pub methods: &'static [Native],
    /// `__new__`: called with the class first, then the call's arguments.
    pub new: Option<NativeFn>,
    /// Whether a `class` statement may derive from it.
    pub subclassable: bool,
    /// Whether it is an exception type (instances carry exception data).
    pub exception: bool,
    /// `__doc__`.
    pub doc: &'static str,
}

impl std::fmt::Debug for BuiltinType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

impl BuiltinType {
    /// A type with no methods or constructor (filled in with struct update syntax).
    pub const fn plain(name: &'static str, base: &'static BuiltinType) -> BuiltinType {
        BuiltinType {
            name,
            module: "builtins",
            base: Some(base),
            methods: &[],
            new: None,
            subclassable: false,
            exception: false,
            doc: "",
        }
    }

    /// This type and its bases, most derived first (built-in types have
    /// single inheritance, so this is their MRO).
    pub fn mro(&'static self) -> impl Iterator<Item = &'static BuiltinType> {
        std::iter::successors(Some(self), |t| t.base)
    }

    /// Whether `self` is `other` or derives from it.
    #[inline]
    pub fn is_subtype_of(&'static self, other: &'static BuiltinType) -> bool {
        self.mro().any(|t| std::ptr::eq(t, other))
    }

    /// The native attribute `name` of this type or a base.
    pub fn lookup(&'static self, name: &str) -> Option<&'static Native> {
        self.mro().find_map(|t| t.methods.iter().find(|m| m.name == name))
    }

    /// The native attribute `name` of this type itself (not its bases).
    pub fn own(&'static self, name: &str) -> Option<&'static Native> {
        self.methods.iter().find(|m| m.name == name)
    }

    /// The qualified name CPython shows in reprs (`collections.deque`; `int` for builtins).
    pub fn qualified_name(&self) -> String {
        if self.module == "builtins" {
            self.name.to_string()
        } else {
            format!("{}.{}", self.module, self.name)
        }
    }
}

/// `obj[key]` by `obj`'s built-in payload, whatever its class (the
/// `__getitem__` that subclasses of built-in containers inherit).
pub fn builtin_getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(r) = &obj else { return crate::protocols::subscript::getitem(vm, obj, key) };
    let r = r.clone();
    match &vm.heap.get(&r).payload {
        Payload::List(_) => crate::protocols::subscript::sequence_getitem(vm, obj, key, "list"),
        Payload::Tuple(_) => crate::protocols::subscript::sequence_getitem(vm, obj, key, "tuple"),
        Payload::Str(_) => str::getitem(vm, obj, key),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes::getitem(vm, obj, key),
        Payload::Range { .. } | Payload::BigRange(_) => range::getitem(vm, obj, key),
        Payload::Dict(_) => dict::getitem_with_missing(vm, obj, r.clone(), key),
        _ => crate::protocols::subscript::getitem(vm, obj, key),
    }
}

/// `obj[key] = value` by `obj`'s built-in payload.
pub fn builtin_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(ref r) = obj else { return crate::protocols::subscript::setitem(vm, obj, key, value) };
    match &vm.heap.get(r).payload {
        Payload::List(_) => crate::protocols::subscript::list_setitem(vm, obj, key, value),
        Payload::Dict(_) => crate::protocols::dictops::dict_set(vm, r, key, value),
        Payload::ByteArray(_) => bytes::bytearray_setitem(vm, obj, key, value),
        _ => crate::protocols::subscript::setitem(vm, obj, key, value),
    }
}

/// `del obj[key]` by `obj`'s built-in payload.
pub fn builtin_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let Value::Obj(ref r) = obj else { return crate::protocols::subscript::delitem(vm, obj, key) };
    match &vm.heap.get(r).payload {
        Payload::List(_) => crate::protocols::subscript::list_delitem(vm, obj, key),
        Payload::Dict(_) => match crate::protocols::dictops::dict_remove(vm, r, &key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key)),
        },
        Payload::ByteArray(_) => bytes::bytearray_delitem(vm, obj, key),
        _ => crate::protocols::subscript::delitem(vm, obj, key),
    }
}

/// `key in obj` by `obj`'s built-in payload.
pub fn builtin_contains(vm: &mut Vm, obj: Value, key: Value) -> PyResult<bool> {
    let Value::Obj(ref r) = obj else { return crate::protocols::ops::contains(vm, &obj, &key) };
    match &vm.heap.get(r).payload {
        Payload::Dict(_) => Ok(crate::protocols::dictops::dict_get(vm, r, &key)?.is_some()),
        Payload::Set(_) | Payload::FrozenSet(_) => crate::protocols::dictops::set_contains(vm, r, &key),
        Payload::List(_) | Payload::Tuple(_) => {
            let items = crate::protocols::ops::seq_items(vm, &obj).unwrap_or_default().to_vec();
            for x in items {
                if x.is(&key) || crate::protocols::ops::eq(vm, &x, &key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Payload::Str(s) => {
            let text = s.text.clone();
            match crate::protocols::ops::str_text(vm, &key) {
                Some(n) => Ok(text.contains(&**n)),
                None => {
                    let t = crate::objects::class::type_name(vm, &key);
                    Err(vm.type_error(format!("'in <string>' requires string as left operand, not {t}")))
                }
            }
        }
        _ => crate::protocols::ops::contains(vm, &obj, &key),
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
