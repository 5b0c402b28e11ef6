//! The descriptors of built-in types and functions: static tables shared
//! by every interpreter (like CPython's static types), naming each type's
//! base, methods and constructor. The tables themselves are filled in by
//! the object model (`objects::types`); this is their shape.

use isopy_compiler::{BinaryOperator, Comparison, UnaryOperator};

use crate::value::object::ObjRef;
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

/// The slot for `hash(obj)` from the payload.
pub type HashSlot = fn(&mut Vm, &ObjRef) -> PyResult<i64>;
/// The slot for `bool(obj)`, when the payload settles it.
pub type TruthySlot = fn(&Vm, &ObjRef) -> Option<bool>;
/// The slot for `len(obj)` from the payload: `None` when the payload is
/// not the type's own (no length), an error when the length does not fit
/// an index (`len(range(10**20))`).
pub type LenSlot = fn(&mut Vm, &ObjRef) -> PyResult<Option<usize>>;
/// The slot for a rich comparison: `NotImplemented` when undefined.
pub type CompareSlot = fn(&mut Vm, &Value, &Value, Comparison) -> PyResult<Value>;
/// The slot for `a == b` settled without running Python code, `a` of the
/// type and `b` of a built-in type: `None` when it would need some.
pub type KnownEqSlot = fn(&Vm, &Value, &Value) -> Option<bool>;
/// The slot for a binary operator (also the in-place one): `NotImplemented` when undefined.
pub type BinarySlot = fn(&mut Vm, &Value, &Value, BinaryOperator) -> PyResult<Value>;
/// The slot for a unary operator: `None` when undefined.
pub type UnarySlot = fn(&mut Vm, &Value, UnaryOperator) -> PyResult<Option<Value>>;
/// The slot for `item in obj`.
pub type ContainsSlot = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
/// The slot for `obj[key]`.
pub type GetItemSlot = fn(&mut Vm, Value, Value) -> PyResult<Value>;
/// The slot for `obj[key] = value`.
pub type SetItemSlot = fn(&mut Vm, Value, Value, Value) -> PyResult<()>;
/// The slot for `del obj[key]`.
pub type DelItemSlot = fn(&mut Vm, Value, Value) -> PyResult<()>;
/// The slot for `iter(obj)`.
pub type IterSlot = fn(&mut Vm, &Value) -> PyResult<Value>;
/// The slot for `repr(obj)`.
pub type ReprSlot = fn(&mut Vm, &Value) -> PyResult<String>;

/// The operations a built-in type implements in Rust: CPython's `tp_*`
/// slots. The protocols (layer 3) find an object's slot through its layout
/// type (the built-in type whose payload it carries: its class, or a user
/// class's built-in base) after any special method a user class defines,
/// so each type's behaviour is written once, in its own file. A slot left
/// `None` is inherited from the base type ([`BuiltinType::slot`]).
#[derive(Clone, Copy)]
pub struct Slots {
    /// `hash(obj)` from the payload (`None` everywhere up to `object`:
    /// identity hash). A type that is unhashable says so here.
    pub hash: Option<HashSlot>,
    /// `bool(obj)`, when the payload settles it without running code
    /// (`None` everywhere up to `object`: true).
    pub truthy: Option<TruthySlot>,
    /// `len(obj)` from the payload, without running code (it may raise:
    /// a length beyond an index is OverflowError).
    pub len: Option<LenSlot>,
    /// The rich comparison of a value of this type (the first operand)
    /// with another: `NotImplemented` when undefined, and the protocol
    /// then asks the other operand's slot with the operands swapped.
    pub compare: Option<CompareSlot>,
    /// `a == b` for the equality tests that must not run Python code (a
    /// dict probing its keys), or the fast path before `compare`: what
    /// `compare` would answer for `b` of a built-in type, when that runs no
    /// Python code. A value of a type without one needs `compare`.
    pub known_eq: Option<KnownEqSlot>,
    /// A binary operator with an operand of this type: `NotImplemented`
    /// when undefined for the other operand.
    pub binary: Option<BinarySlot>,
    /// `a op= b` updating `a`, a value of this type, in place (CPython's
    /// `nb_inplace_*` and `sq_inplace_*`): `a` itself, or `NotImplemented`
    /// for the protocol to fall back to `binary` and bind a new value.
    pub inplace: Option<BinarySlot>,
    /// A unary operator (`-x`, `+x`, `~x`): `None` when undefined.
    pub unary: Option<UnarySlot>,
    /// `item in obj`.
    pub contains: Option<ContainsSlot>,
    /// `obj[key]`.
    pub getitem: Option<GetItemSlot>,
    /// `obj[key] = value`.
    pub setitem: Option<SetItemSlot>,
    /// `del obj[key]`.
    pub delitem: Option<DelItemSlot>,
    /// `iter(obj)`: a new iterator.
    pub iter: Option<IterSlot>,
    /// `repr(obj)`.
    pub repr: Option<ReprSlot>,
}

impl Slots {
    /// No slot of its own: everything inherited.
    pub const NONE: Slots = Slots {
        hash: None,
        truthy: None,
        len: None,
        compare: None,
        known_eq: None,
        binary: None,
        inplace: None,
        unary: None,
        contains: None,
        getitem: None,
        setitem: None,
        delitem: None,
        iter: None,
        repr: None,
    };
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
    /// The operations it implements in Rust.
    pub(crate) slots: Slots,
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
            slots: Slots::NONE,
        }
    }

    /// The slot `pick` chooses, from this type or the nearest base that
    /// fills it.
    #[inline]
    pub(crate) fn slot<T>(&'static self, pick: impl Fn(&Slots) -> Option<T>) -> Option<T> {
        self.mro().find_map(|t| pick(&t.slots))
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
            slots: crate::value::builtin::Slots::NONE,
        };
    };
}
pub(crate) use native_exception;

/// A bare built-in type for the value layer's own tests (objects of it
/// carry whatever payload a test gives them).
#[cfg(test)]
pub(crate) static TEST_TYPE: BuiltinType = BuiltinType {
    name: "test",
    module: "builtins",
    base: None,
    methods: &[],
    new: None,
    subclassable: false,
    exception: false,
    doc: "",
    slots: Slots::NONE,
};
