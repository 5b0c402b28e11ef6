//! The special methods built-in types expose as attributes (`int.__add__`,
//! `list.__getitem__`, ...): thin natives over the protocol functions of
//! `ops` and `subscript`, so `super().__getitem__(i)` in a subclass and
//! `int.__add__(1, 2)` behave as in CPython. The macros append them to a
//! type's method table.

use isopy_compiler::{BinaryOperator as Op, Comparison, UnaryOperator};

use crate::objects::access;
use crate::objects::protocol::Protocols;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

macro_rules! binary {
    ($($name:ident, $reflected:ident, $op:expr;)*) => {
        $(
            /// The operator on built-in operands.
            pub fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let [a, b] = args.exact::<2>(vm, stringify!($name), 0)?;
                vm.builtin_binary(&a, &b, $op)
            }

            /// The reflected operator on built-in operands.
            pub fn $reflected(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let [a, b] = args.exact::<2>(vm, stringify!($reflected), 0)?;
                vm.builtin_binary(&b, &a, $op)
            }
        )*
    };
}

binary! {
    add, radd, Op::Add;
    sub, rsub, Op::Subtract;
    mul, rmul, Op::Multiply;
    truediv, rtruediv, Op::TrueDivide;
    floordiv, rfloordiv, Op::FloorDivide;
    modulo, rmodulo, Op::Remainder;
    pow, rpow, Op::Power;
    lshift, rlshift, Op::Lshift;
    rshift, rrshift, Op::Rshift;
    and, rand, Op::And;
    or, ror, Op::Or;
    xor, rxor, Op::Xor;
}

macro_rules! inplace {
    ($($name:ident, $op:expr;)*) => {
        $(
            /// The in-place operator of a built-in mutable container (its
            /// type's in-place slot): the container, updated, or
            /// `NotImplemented`.
            pub fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let [a, b] = args.exact::<2>(vm, stringify!($name), 0)?;
                match crate::objects::class::layout_type(vm, &a).slot(|s| s.inplace) {
                    Some(slot) => slot(vm, &a, &b, $op),
                    None => Ok(Value::NotImplemented),
                }
            }
        )*
    };
}

inplace! {
    iadd, Op::Add;
    imul, Op::Multiply;
    ior, Op::Or;
    iand, Op::And;
    isub, Op::Subtract;
    ixor, Op::Xor;
}

macro_rules! comparison {
    ($($name:ident, $op:expr;)*) => {
        $(
            /// The comparison on built-in operands.
            pub fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let [a, b] = args.exact::<2>(vm, stringify!($name), 0)?;
                vm.builtin_compare(&a, &b, $op)
            }
        )*
    };
}

comparison! {
    lt, Comparison::Lt;
    le, Comparison::Le;
    eq, Comparison::Eq;
    ne, Comparison::Ne;
    gt, Comparison::Gt;
    ge, Comparison::Ge;
}

macro_rules! unary {
    ($($name:ident, $op:expr;)*) => {
        $(
            /// The unary operator on a built-in operand.
            pub fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let [a] = args.exact::<1>(vm, stringify!($name), 0)?;
                Ok(crate::objects::num::unary_slot(vm, &a, $op)?.unwrap_or(Value::NotImplemented))
            }
        )*
    };
}

unary! {
    neg, UnaryOperator::Negative;
    pos, UnaryOperator::Positive;
    invert, UnaryOperator::Invert;
}

/// `__divmod__`.
pub fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__divmod__", 0)?;
    numeric_divmod(vm, a, b)
}

/// `__rdivmod__`.
pub fn rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__rdivmod__", 0)?;
    numeric_divmod(vm, b, a)
}

/// `divmod` of two built-in numbers, or `NotImplemented`.
fn numeric_divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if crate::objects::num::as_num(vm, &a.clone()).is_none() || crate::objects::num::as_num(vm, &b.clone()).is_none() {
        return Ok(Value::NotImplemented);
    }
    vm.divmod_values(a, b)
}

/// `__bool__`.
pub fn bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__bool__", 0)?;
    match a {
        Value::Obj(r) => Ok(Value::Bool(access::builtin_truthy(vm, &r).unwrap_or(true))),
        other => vm.truthy(&other).map(Value::Bool),
    }
}

/// `__hash__`.
pub fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__hash__", 0)?;
    match a {
        Value::Obj(ref r) => {
            let layout = crate::objects::class::layout_type(vm, &a);
            crate::objects::types::object::builtin_hash(vm, layout, r).map(Value::Int)
        }
        other => vm.hash(&other).map(Value::Int),
    }
}

/// `__len__`.
pub fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__len__", 0)?;
    match a {
        Value::Obj(ref r) => match access::builtin_len(vm, r)? {
            Some(n) => Ok(Value::Int(n as i64)),
            None => {
                // Not a container's payload: asking `len()` could come back here.
                let t = crate::objects::class::type_name(vm, &a);
                Err(vm.type_error(format!("object of type '{t}' has no len()")))
            }
        },
        other => vm.len(&other).map(|n| Value::Int(n as i64)),
    }
}

/// `__getitem__`.
pub fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__getitem__", 0)?;
    crate::objects::types::builtin_getitem(vm, a, k)
}

/// `__setitem__`.
pub fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, k, v] = args.exact::<3>(vm, "__setitem__", 0)?;
    crate::objects::types::builtin_setitem(vm, a, k, v)?;
    Ok(Value::None)
}

/// `__delitem__`.
pub fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__delitem__", 0)?;
    crate::objects::types::builtin_delitem(vm, a, k)?;
    Ok(Value::None)
}

/// `__contains__`.
pub fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, k] = args.exact::<2>(vm, "__contains__", 0)?;
    crate::objects::types::builtin_contains(vm, a, k).map(Value::Bool)
}

/// `__iter__`.
pub fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a] = args.exact::<1>(vm, "__iter__", 0)?;
    crate::objects::types::builtin_iter(vm, a)
}

/// `__format__`.
pub fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, spec] = args.exact::<2>(vm, "__format__", 0)?;
    let Some(text) = access::str_text(vm, &spec).cloned() else {
        let t = crate::objects::class::type_name(vm, &spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if text.is_empty() {
        let s = vm.builtin_repr(a.clone())?;
        let s = if access::str_text(vm, &a).is_some() {
            access::str_text(vm, &a).map(|t| t.to_string()).unwrap_or(s)
        } else {
            s
        };
        return Ok(vm.new_str(s));
    }
    let s = vm.format_builtin(a, &text)?;
    vm.new_str_fallible(s)
}

/// Appends the arithmetic, comparison and conversion special methods of a
/// number type to a method table.
macro_rules! number_table {
    ($($e:expr),* $(,)?) => {
        [
            $($e,)*
            $crate::objects::types::Native::method("__add__", $crate::objects::types::dunders::add),
            $crate::objects::types::Native::method("__radd__", $crate::objects::types::dunders::radd),
            $crate::objects::types::Native::method("__sub__", $crate::objects::types::dunders::sub),
            $crate::objects::types::Native::method("__rsub__", $crate::objects::types::dunders::rsub),
            $crate::objects::types::Native::method("__mul__", $crate::objects::types::dunders::mul),
            $crate::objects::types::Native::method("__rmul__", $crate::objects::types::dunders::rmul),
            $crate::objects::types::Native::method("__truediv__", $crate::objects::types::dunders::truediv),
            $crate::objects::types::Native::method("__rtruediv__", $crate::objects::types::dunders::rtruediv),
            $crate::objects::types::Native::method("__floordiv__", $crate::objects::types::dunders::floordiv),
            $crate::objects::types::Native::method("__rfloordiv__", $crate::objects::types::dunders::rfloordiv),
            $crate::objects::types::Native::method("__mod__", $crate::objects::types::dunders::modulo),
            $crate::objects::types::Native::method("__rmod__", $crate::objects::types::dunders::rmodulo),
            $crate::objects::types::Native::method("__pow__", $crate::objects::types::dunders::pow),
            $crate::objects::types::Native::method("__rpow__", $crate::objects::types::dunders::rpow),
            $crate::objects::types::Native::method("__divmod__", $crate::objects::types::dunders::divmod),
            $crate::objects::types::Native::method("__rdivmod__", $crate::objects::types::dunders::rdivmod),
            $crate::objects::types::Native::method("__neg__", $crate::objects::types::dunders::neg),
            $crate::objects::types::Native::method("__pos__", $crate::objects::types::dunders::pos),
            $crate::objects::types::Native::method("__eq__", $crate::objects::types::dunders::eq),
            $crate::objects::types::Native::method("__ne__", $crate::objects::types::dunders::ne),
            $crate::objects::types::Native::method("__lt__", $crate::objects::types::dunders::lt),
            $crate::objects::types::Native::method("__le__", $crate::objects::types::dunders::le),
            $crate::objects::types::Native::method("__gt__", $crate::objects::types::dunders::gt),
            $crate::objects::types::Native::method("__ge__", $crate::objects::types::dunders::ge),
            $crate::objects::types::Native::method("__hash__", $crate::objects::types::dunders::hash),
            $crate::objects::types::Native::method("__bool__", $crate::objects::types::dunders::bool),
            $crate::objects::types::Native::method("__format__", $crate::objects::types::dunders::format),
        ]
    };
}

/// Appends the comparison, hashing and container special methods of a
/// sequence or mapping type to a method table.
macro_rules! container_table {
    ($($e:expr),* $(,)?) => {
        [
            $($e,)*
            $crate::objects::types::Native::method("__eq__", $crate::objects::types::dunders::eq),
            $crate::objects::types::Native::method("__ne__", $crate::objects::types::dunders::ne),
            $crate::objects::types::Native::method("__lt__", $crate::objects::types::dunders::lt),
            $crate::objects::types::Native::method("__le__", $crate::objects::types::dunders::le),
            $crate::objects::types::Native::method("__gt__", $crate::objects::types::dunders::gt),
            $crate::objects::types::Native::method("__ge__", $crate::objects::types::dunders::ge),
            $crate::objects::types::Native::method("__len__", $crate::objects::types::dunders::len),
            $crate::objects::types::Native::method("__getitem__", $crate::objects::types::dunders::getitem),
            $crate::objects::types::Native::method("__contains__", $crate::objects::types::dunders::contains),
            $crate::objects::types::Native::method("__iter__", $crate::objects::types::dunders::iter),
            $crate::objects::types::Native::method("__add__", $crate::objects::types::dunders::add),
            $crate::objects::types::Native::method("__mul__", $crate::objects::types::dunders::mul),
            $crate::objects::types::Native::method("__rmul__", $crate::objects::types::dunders::rmul),
        ]
    };
}

pub(crate) use container_table;
pub(crate) use number_table;
