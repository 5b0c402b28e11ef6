//! Layer 1 of the VM: values and the heap, and the data every layer above
//! shares — what objects hold (`object`), frames, the dict and set tables,
//! instance layouts and class versions, the built-in type descriptors, and
//! the interpreter's state with its GIL (`state`, `gil`). Behaviour lives
//! in the layers above; this layer imports none of them.

pub mod alloc;
pub mod builtin;
pub mod cushion;
pub mod dict;
pub mod frame;
pub mod gil;
pub mod hash;
pub mod heap;
pub mod object;
pub mod set;
pub mod shape;
pub mod signals;
pub mod sites;
pub mod state;
pub mod tuple;
pub mod type_cache;
pub mod version;

// The value representation: a 16-byte enum. Small ints, floats, booleans
// and the singletons live inline; everything else is a counted reference
// ([`ObjRef`]) into the interpreter's heap, or a reference to one of the
// static built-in types and functions that every interpreter shares
// (they are immutable, so sharing them cannot break isolation).

use crate::value::builtin::{BuiltinType, Native};
use crate::value::object::ObjRef;

/// A Python value of one interpreter.
///
/// `repr(u64)` puts every payload at offset 8, after a word-sized tag, so
/// a value is moved as two words. With the default layout a `bool`
/// payload sat at offset 1 and a move copied bytes 1-7 as two overlapping
/// loads, stalling on the one-byte store that had just written them (the
/// frame loop ran 1.8x slower on `benches/py/fib.py`).
#[derive(Debug)]
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in an `i64` (larger ones are heap big ints).
    Int(i64),
    /// A float.
    Float(f64),
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    /// A heap object of this interpreter.
    Obj(ObjRef),
    /// A built-in type (`int`, `ValueError`, ...): static, shared.
    Type(&'static BuiltinType),
    /// A built-in function (`len`, `math.sqrt`, ...): static, shared.
    Native(&'static Native),
    /// Not a Python value: an unset local, the "no self" slot of a method
    /// call, an absent optional argument.
    Null,
}

impl Clone for Value {
    /// A new reference to the same value: a count more for an object, a
    /// plain copy otherwise.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(r) => Value::Obj(r.clone()),
            // SAFETY: every other variant holds only `Copy` data (no
            // reference, nothing to drop), so a bitwise copy is a valid
            // value of the same variant. Copying the value whole, rather
            // than rebuilding it variant by variant as the derived `clone`
            // does, measured 12% faster on `benches/py/fib.py` and 13% on
            // `generators.py` (pushes and loads in the frame loop).
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl Value {
    /// Whether this is the internal `Null` marker.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap reference, if this is a heap object.
    #[inline]
    pub(crate) fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// `Some(self)` unless this is `Null` (for optional arguments).
    #[inline]
    pub fn present(self) -> Option<Value> {
        if self.is_null() {
            None
        } else {
            Some(self)
        }
    }

    /// Identity (`is`): the same object, or the same inline value.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Type(a), Value::Type(b)) => std::ptr::eq(*a, *b),
            (Value::Native(a), Value::Native(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn clones_are_equal_values_and_count_references() {
        let mut heap: crate::value::heap::Heap<crate::value::object::Object> = crate::value::heap::Heap::new();
        let inline = [Value::None, Value::Bool(true), Value::Int(-7), Value::Float(2.5), Value::Null, Value::Ellipsis];
        for v in &inline {
            assert!(v.clone().is(v));
        }
        let r = heap.alloc(crate::value::object::Object::builtin(
            &crate::value::builtin::TEST_TYPE,
            crate::value::object::Payload::List(vec![]),
        ));
        let v = Value::Obj(r);
        let copy = v.clone();
        assert!(copy.is(&v));
        let Value::Obj(r) = &v else { unreachable!() };
        assert_eq!(r.count(), 2);
        drop(copy);
        assert_eq!(r.count(), 1);
    }

    #[test]
    fn identity_of_inline_values() {
        assert!(Value::Int(3).is(&Value::Int(3)));
        assert!(!Value::Int(1).is(&Value::Bool(true)));
        assert!(!Value::Float(0.0).is(&Value::Float(-0.0)));
        assert!(Value::None.is(&Value::None));
    }
}
