//! The descriptors of built-in types and functions: static tables shared
//! by every interpreter (like CPython's static types), naming each type's
//! base, methods and constructor. The tables themselves are filled in by
//! the object model (`objects::types`); this is their shape.

use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

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
    pub(crate) name: &'static str,
    /// The implementation.
    pub(crate) func: NativeFn,
    /// How it behaves as an attribute.
    pub(crate) kind: NativeKind,
}

impl Native {
    /// A plain function.
    pub(crate) const fn function(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Function }
    }

    /// A method.
    pub(crate) const fn method(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Method }
    }

    /// A class method.
    pub(crate) const fn classmethod(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::ClassMethod }
    }

    /// A static method.
    pub(crate) const fn staticmethod(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::StaticMethod }
    }

    /// A read-only computed attribute.
    pub(crate) const fn getter(name: &'static str, func: NativeFn) -> Native {
        Native { name, func, kind: NativeKind::Getter(None) }
    }

    /// A settable computed attribute.
    pub(crate) const fn getset(name: &'static str, func: NativeFn, set: NativeSetter) -> Native {
        Native { name, func, kind: NativeKind::Getter(Some(set)) }
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
    pub(crate) name: &'static str,
    /// `__module__` (`builtins` for the built-in types).
    pub(crate) module: &'static str,
    /// The base type (`None` only for `object`).
    pub(crate) base: Option<&'static BuiltinType>,
    /// Methods and other native attributes, searched by name.
    pub(crate) methods: &'static [Native],
    /// `__new__`: called with the class first, then the call's arguments.
    pub new: Option<NativeFn>,
    /// Whether a `class` statement may derive from it.
    pub(crate) subclassable: bool,
    /// Whether it is an exception type (instances carry exception data).
    pub(crate) exception: bool,
    /// `__doc__`.
    pub(crate) doc: &'static str,
}

impl std::fmt::Debug for BuiltinType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

impl BuiltinType {
    /// A type with no methods or constructor (filled in with struct update syntax).
    pub(crate) const fn plain(name: &'static str, base: &'static BuiltinType) -> BuiltinType {
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
    pub(crate) fn mro(&'static self) -> impl Iterator<Item = &'static BuiltinType> {
        std::iter::successors(Some(self), |t| t.base)
    }

    /// Whether `self` is `other` or derives from it.
    #[inline]
    pub(crate) fn is_subtype_of(&'static self, other: &'static BuiltinType) -> bool {
        self.mro().any(|t| std::ptr::eq(t, other))
    }

    /// The native attribute `name` of this type or a base.
    pub(crate) fn lookup(&'static self, name: &str) -> Option<&'static Native> {
        self.mro().find_map(|t| t.methods.iter().find(|m| m.name == name))
    }

    /// The native attribute `name` of this type itself (not its bases).
    pub(crate) fn own(&'static self, name: &str) -> Option<&'static Native> {
        self.methods.iter().find(|m| m.name == name)
    }

    /// The qualified name CPython shows in reprs (`collections.deque`; `int` for builtins).
    pub(crate) fn qualified_name(&self) -> String {
        if self.module == "builtins" {
            self.name.to_string()
        } else {
            format!("{}.{}", self.module, self.name)
        }
    }
}

/// A static exception type of a native module (`module.Name`, deriving
/// from `base`), created with no methods of its own.
macro_rules! native_exception {
    ($static:ident, $module:literal, $name:literal, $base:expr, $doc:literal) => {
        #[doc = concat!("`", $name, "`: ", $doc)]
        pub static $static: $crate::value::builtin::BuiltinType = $crate::value::builtin::BuiltinType {
            name: $name,
            module: $module,
            base: Some($base),
            methods: &[],
            new: None,
            subclassable: true,
            exception: true,
            doc: $doc,
        };
    };
}
pub(crate) use native_exception;
