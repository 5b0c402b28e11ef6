//! `tuple`: immutable sequences (hashable when their items are).

use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::container_table;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::Payload;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static TUPLE_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", tuple_new),
    Native::method("__hash__", crate::objects::types::dunders::hash),
    Native::method("count", crate::objects::types::list::count),
    Native::method("index", crate::objects::types::list::tuple_index),
    Native::method("__getnewargs__", getnewargs),
];

/// The built-in type `tuple`.
pub static TUPLE: BuiltinType = BuiltinType {
    name: "tuple",
    module: "builtins",
    base: Some(&OBJECT),
    methods: TUPLE_METHODS,
    new: Some(tuple_new),
    subclassable: true,
    exception: false,
    doc: "Built-in immutable sequence.",
    slots: crate::value::builtin::Slots {
        binary: Some(crate::objects::types::list::sequence_binary),
        repr: Some(tuple_repr),
        ..crate::value::builtin::Slots::NONE
    },
};

/// The repr slot of `tuple`: `(item, ...)`, `(item,)` for one item, and
/// `(...)` for a tuple that contains itself.
fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Tuple(items) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let items = items.to_vec();
    vm.items_repr(&items, "(", ")", items.len() == 1, r.clone())
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython's `tuple_vectorcall` is positional-only with `expected at most` wording.
    args.count(vm, "tuple", 1, 0, 1)?;
    let iterable = args.get(1);
    let cls = args.get(0);
    let exact = matches!(cls, Value::Type(t) if std::ptr::eq(t, &TUPLE));
    if exact && iterable.is_null() {
        return Ok(vm.new_tuple(Vec::new()));
    }
    if exact && crate::objects::class::class_of(vm, &iterable).is_builtin(&TUPLE) {
        return Ok(iterable);
    }
    let items = if iterable.is_null() { Vec::new() } else { vm.collect(iterable)? };
    if exact {
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.instance_with_payload(cls, Payload::Tuple(items.into())))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = crate::objects::access::seq_items(vm, &args.get(0)).unwrap_or_default().to_vec();
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}
