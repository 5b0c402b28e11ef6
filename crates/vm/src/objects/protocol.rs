//! What the object model asks of the protocol layer above it.
//!
//! The built-in types (layer 2) compare, hash, index, iterate and look up
//! attributes of the values they hold, and those operations may run Python
//! code, so they belong to the protocols (layer 3). Rather than import
//! them from above, the object model declares them here and layer 3
//! implements them for [`Vm`] (`protocols::upcalls`): the types call
//! `vm.eq(a, b)` with this trait in scope, and the dependency points down.

use isopy_compiler::{BinaryOperator as Op, Comparison};
use num_bigint::BigInt;

use crate::objects::access::SliceIndices;
use crate::value::frame::{Exit, Resume, Sent};
use crate::value::object::ObjRef;
use crate::value::state::{PyErr, PyResult};
use crate::value::Value;

/// The protocol operations the object model uses; implemented for [`Vm`]
/// by the protocol layer, with CPython's semantics (special methods of user
/// classes, reflected operands, `NotImplemented`).
pub trait Protocols {
    // Truthiness, equality, hashing, ordering and the integer conversions of `operator.index`.
    /// `bool(v)`.
    fn truthy(&mut self, v: &Value) -> PyResult<bool>;
    /// `a == b` as a bool (identity implies equality, as in containers).
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
    /// `hash(v)`.
    fn hash(&mut self, v: &Value) -> PyResult<i64>;
    /// `len(v)`.
    fn len(&mut self, v: &Value) -> PyResult<usize>;
    /// `item in container`.
    fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool>;
    /// An index argument (`__index__`): ints, bools and objects defining it.
    fn index_value(&mut self, v: &Value) -> PyResult<Option<BigInt>>;
    /// An index argument as an `i64`, with CPython's errors.
    fn index_i64(&mut self, v: Value) -> PyResult<i64>;
    /// An argument CPython converts to a C `Py_ssize_t` (`'x'.center(n)`,
    /// `int.to_bytes(n)`, a `%*d` width): an index, with its OverflowError
    /// when it does not fit.
    fn ssize_arg(&mut self, v: Value) -> PyResult<i64>;
    /// An argument CPython converts to a C `int` (`expandtabs(n)`, a `%.*f`
    /// precision): an index, with its OverflowError when it does not fit.
    fn c_int_arg(&mut self, v: Value) -> PyResult<i32>;
    /// `a op b` for a rich comparison, with CPython's protocol.
    fn rich_compare(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value>;
    /// `a op b` as a bool.
    fn compare_bool(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<bool>;
    /// The comparison of two built-in values, or `NotImplemented` when the
    /// built-in types do not define it.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value>;
    /// `a op b` for built-in operands, or `NotImplemented`.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: Op) -> PyResult<Value>;
    /// `divmod(a, b)`.
    fn divmod_values(&mut self, a: Value, b: Value) -> PyResult<Value>;

    // Subscripts and slices.
    /// `obj[key]`.
    fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value>;
    /// `obj[key] = value`.
    fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()>;
    /// `del obj[key]`.
    fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()>;
    /// Resolves slice `parts` against a sequence of length `len`.
    fn resolve_slice(&mut self, parts: [Value; 3], len: usize) -> PyResult<SliceIndices>;
    /// Resolves a sequence index (negative counts from the end), or IndexError
    /// with `what`'s wording (`list index out of range`).
    fn resolve_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize>;

    // Iteration.
    /// All items of `iterable` (rooted until the running frame loop's next safe point).
    /// When a built-in iterable knows its length, the memory for all its items
    /// is asked for first, as CPython's `list(range(n))` does: a length memory
    /// cannot hold is MemoryError at once, before any item is made.
    fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>>;
    /// `next(it)`, telling a yielded value (`Ok`) from the value the
    /// iterator finished with (`Err`, the `StopIteration` value).
    fn next_with_value(&mut self, it: Value) -> PyResult<Result<Value, Value>>;

    // Dict and set entries under any hashable key.
    /// `d[key]`, or `None` if absent.
    fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>>;
    /// `d[key] = value`.
    fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()>;
    /// Removes `key`, returning its value if it was present.
    fn dict_remove(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>>;
    /// Adds `key` to set `s` (a no-op if present).
    fn set_add(&mut self, s: &ObjRef, key: Value) -> PyResult<()>;
    /// Whether `key` is in set `s`.
    fn set_contains(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool>;
    /// Removes `key` from set `s`; whether it was present.
    fn set_discard(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool>;

    // Attributes.
    /// `obj.name`.
    fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value>;
    /// `obj.name` for a name given as Rust text.
    fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value>;
    /// Binds class attribute `attr` to `instance` (`owner` is the class it
    /// was looked up on): functions become bound methods, class methods bind
    /// the class, user descriptors run `__get__`.
    fn bind_descriptor(&mut self, attr: Value, instance: Value, owner: Value) -> PyResult<Value>;
    /// CPython's AttributeError for a missing attribute (with `name` and
    /// `obj` kept for the "Did you mean" suggestion).
    fn attribute_error(&mut self, obj: &Value, name: &Value) -> PyErr;
    /// The instance dict of `obj` (its `__dict__`), made on first use for
    /// objects that may have one; a laid-out instance's attributes move into
    /// it.
    fn ensure_dict(&mut self, obj: &Value) -> Option<crate::value::object::ObjRef>;
    /// `object.__setattr__(obj, name, value)`: descriptors, then the instance dict.
    fn generic_setattr(&mut self, obj: &Value, name: &Value, text: &str, value: Value) -> PyResult<()>;
    /// `object.__delattr__(obj, name)`.
    /// `dir(obj)`: the sorted names of its attributes.
    fn dir_of(&mut self, obj: Value) -> PyResult<Value>;
    fn generic_delattr(&mut self, obj: &Value, name: &Value, text: &str) -> PyResult<()>;

    // `format()`.
    /// `format(v, spec)` (`spec` is a str value, or `Null` for "").
    fn format(&mut self, v: Value, spec: Value) -> PyResult<Value>;
    /// Formats a built-in value by a non-empty spec.
    fn format_builtin(&mut self, v: Value, spec: &str) -> PyResult<String>;
}

/// What the layers below execution ask of it: running frames. Declared
/// here, implemented for [`Vm`] by the execution layer (`exec::generators`).
/// A call pushes a frame and runs it; iteration and the generator methods
/// resume a suspended generator's frame.
pub trait Execution {
    /// Runs frames until the frame that was innermost when called returns
    /// or yields.
    fn run_frames(&mut self) -> PyResult<Exit>;
    /// Resumes generator `g`: sends a value or throws an exception in at
    /// its `yield`, and runs it to its next `yield` or its end.
    fn resume_generator(&mut self, g: ObjRef, how: Resume) -> PyResult<Sent>;
    /// `g.close()`: raises `GeneratorExit` at its `yield` and runs its
    /// `finally` blocks.
    fn close_generator(&mut self, g: ObjRef) -> PyResult<()>;
}
