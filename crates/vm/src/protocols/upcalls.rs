//! The protocol layer's side of [`Protocols`]: each operation the object
//! model declares is one of this layer's functions, applied to the VM.

use isopy_compiler::{BinaryOperator as Op, Comparison};
use num_bigint::BigInt;

use crate::objects::access::SliceIndices;
use crate::objects::protocol::Protocols;
use crate::protocols::{attr, dictops, format, iter, ops, subscript};
use crate::value::object::ObjRef;
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

impl Protocols for Vm {
    #[inline]
    fn divmod_values(&mut self, a: Value, b: Value) -> PyResult<Value> {
        ops::divmod_values(self, a, b)
    }

    #[inline]
    fn dir_of(&mut self, obj: Value) -> PyResult<Value> {
        attr::dir_of(self, obj)
    }

    #[inline]
    fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        ops::truthy(self, v)
    }

    #[inline]
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        ops::eq(self, a, b)
    }

    #[inline]
    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        ops::hash(self, v)
    }

    #[inline]
    fn len(&mut self, v: &Value) -> PyResult<usize> {
        ops::len(self, v)
    }

    #[inline]
    fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        ops::contains(self, container, item)
    }

    #[inline]
    fn index_value(&mut self, v: &Value) -> PyResult<Option<BigInt>> {
        ops::index_value(self, v)
    }

    #[inline]
    fn index_i64(&mut self, v: Value) -> PyResult<i64> {
        ops::index_i64(self, v)
    }

    #[inline]
    fn ssize_arg(&mut self, v: Value) -> PyResult<i64> {
        ops::ssize_arg(self, v)
    }

    #[inline]
    fn c_int_arg(&mut self, v: Value) -> PyResult<i32> {
        ops::c_int_arg(self, v)
    }

    #[inline]
    fn rich_compare(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
        ops::rich_compare(self, a, b, op)
    }

    #[inline]
    fn compare_bool(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<bool> {
        ops::compare_bool(self, a, b, op)
    }

    #[inline]
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: Comparison) -> PyResult<Value> {
        ops::builtin_compare(self, a, b, op)
    }

    #[inline]
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
        ops::builtin_binary(self, a, b, op)
    }

    #[inline]
    fn getitem(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        subscript::getitem(self, obj, key)
    }

    #[inline]
    fn setitem(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        subscript::setitem(self, obj, key, value)
    }

    #[inline]
    fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        subscript::delitem(self, obj, key)
    }

    #[inline]
    fn resolve_slice(&mut self, parts: [Value; 3], len: usize) -> PyResult<SliceIndices> {
        subscript::resolve_slice(self, parts, len)
    }

    #[inline]
    fn resolve_index(&mut self, key: Value, len: usize, what: &str) -> PyResult<usize> {
        subscript::resolve_index(self, key, len, what)
    }

    #[inline]
    fn collect(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        iter::collect(self, iterable)
    }

    #[inline]
    fn next_with_value(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        iter::next_with_value(self, it)
    }

    #[inline]
    fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        dictops::dict_get(self, d, key)
    }

    #[inline]
    fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        dictops::dict_set(self, d, key, value)
    }

    #[inline]
    fn dict_remove(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        dictops::dict_remove(self, d, key)
    }

    #[inline]
    fn set_add(&mut self, s: &ObjRef, key: Value) -> PyResult<()> {
        dictops::set_add(self, s, key)
    }

    #[inline]
    fn set_contains(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        dictops::set_contains(self, s, key)
    }

    #[inline]
    fn set_discard(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        dictops::set_discard(self, s, key)
    }

    #[inline]
    fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        attr::getattr(self, obj, name)
    }

    #[inline]
    fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        attr::getattr_str(self, obj, name)
    }

    #[inline]
    fn bind_descriptor(&mut self, attr: Value, instance: Value, owner: Value) -> PyResult<Value> {
        attr::bind_descriptor(self, attr, instance, owner)
    }

    #[inline]
    fn attribute_error(&mut self, obj: &Value, name: &Value) -> PyErr {
        attr::attribute_error(self, obj, name)
    }

    #[inline]
    fn ensure_dict(&mut self, obj: &Value) -> Option<crate::value::object::ObjRef> {
        attr::ensure_dict(self, obj)
    }

    #[inline]
    fn generic_setattr(&mut self, obj: &Value, name: &Value, text: &str, value: Value) -> PyResult<()> {
        attr::generic_setattr(self, obj, name, text, value)
    }

    #[inline]
    fn generic_delattr(&mut self, obj: &Value, name: &Value, text: &str) -> PyResult<()> {
        attr::generic_delattr(self, obj, name, text)
    }

    #[inline]
    fn format(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        format::format(self, v, spec)
    }

    #[inline]
    fn format_builtin(&mut self, v: Value, spec: &str) -> PyResult<String> {
        format::format_builtin(self, v, spec)
    }
}
