//! The iterator types the builtins construct: `enumerate`, `zip`, `map`,
//! `filter` and `reversed`. Their state is an `IterState` the iteration
//! protocol advances; this file declares the types and builds the state.

use crate::objects::access;
use crate::objects::class;
use crate::objects::class::class_of;
use crate::objects::class::type_name;
use crate::objects::protocol::Protocols;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::{IterState, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// `enumerate`.
pub static ENUMERATE: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", enumerate_new),
        Native::method("__iter__", crate::objects::types::misc::iter_self_native),
        Native::method("__next__", crate::objects::types::misc::next_native),
    ],
    slots: crate::value::builtin::Slots {
        iter: Some(crate::objects::types::misc::iter_identity),
        ..crate::value::builtin::Slots::NONE
    },
    new: Some(enumerate_new),
    ..BuiltinType::plain("enumerate", &OBJECT)
};

/// `zip`.
pub static ZIP: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", zip_new),
        Native::method("__iter__", crate::objects::types::misc::iter_self_native),
        Native::method("__next__", crate::objects::types::misc::next_native),
    ],
    slots: crate::value::builtin::Slots {
        iter: Some(crate::objects::types::misc::iter_identity),
        ..crate::value::builtin::Slots::NONE
    },
    new: Some(zip_new),
    ..BuiltinType::plain("zip", &OBJECT)
};

/// `map`.
pub static MAP: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", map_new),
        Native::method("__iter__", crate::objects::types::misc::iter_self_native),
        Native::method("__next__", crate::objects::types::misc::next_native),
    ],
    slots: crate::value::builtin::Slots {
        iter: Some(crate::objects::types::misc::iter_identity),
        ..crate::value::builtin::Slots::NONE
    },
    new: Some(map_new),
    ..BuiltinType::plain("map", &OBJECT)
};

/// `filter`.
pub static FILTER: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", filter_new),
        Native::method("__iter__", crate::objects::types::misc::iter_self_native),
        Native::method("__next__", crate::objects::types::misc::next_native),
    ],
    slots: crate::value::builtin::Slots {
        iter: Some(crate::objects::types::misc::iter_identity),
        ..crate::value::builtin::Slots::NONE
    },
    new: Some(filter_new),
    ..BuiltinType::plain("filter", &OBJECT)
};

/// `reversed`.
pub static REVERSED: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", reversed_new),
        Native::method("__iter__", crate::objects::types::misc::iter_self_native),
        Native::method("__next__", crate::objects::types::misc::next_native),
    ],
    slots: crate::value::builtin::Slots {
        iter: Some(crate::objects::types::misc::iter_identity),
        ..crate::value::builtin::Slots::NONE
    },
    new: Some(reversed_new),
    ..BuiltinType::plain("reversed", &OBJECT)
};

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = args.bind(vm, "enumerate", 1, ["iterable", "start"], 1, 2)?;
    let inner = vm.iter(&iterable)?;
    let count = if start.is_null() {
        Value::Int(0)
    } else {
        if vm.index_value(&start)?.is_none() {
            let t = type_name(vm, &start);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        start
    };
    Ok(vm.new_iter(IterState::Enumerate { inner, count }))
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    if args.kw.len() > 1 {
        return Err(vm.type_error(format!("zip() takes at most 1 keyword argument ({} given)", args.kw.len())));
    }
    for (k, v) in args.kw {
        if access::str_is(vm, k, "strict") {
            strict = vm.truthy(v)?;
        } else {
            let name = access::str_text(vm, k).cloned().unwrap_or_default();
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{name}'")));
        }
    }
    let mut inners = Vec::with_capacity(args.pos.len() - 1);
    for it in &args.pos[1..] {
        inners.push(vm.iter(&it.clone())?);
    }
    Ok(vm.new_iter(IterState::Zip { inners, strict }))
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "map")?;
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = &args.pos[1];
    let mut inners = Vec::new();
    for it in &args.pos[2..] {
        inners.push(vm.iter(&it.clone())?);
    }
    Ok(vm.new_iter(IterState::Map { func: func.clone(), inners }))
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [func, iterable] = args.exact::<2>(vm, "filter", 1)?;
    let inner = vm.iter(&iterable)?;
    Ok(vm.new_iter(IterState::Filter { func, inner }))
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [seq] = args.exact::<1>(vm, "reversed", 1)?;
    let class = class_of(vm, &seq);
    let reverser = class::lookup(vm, &class, "__reversed__");
    if let Some(m) = reverser.clone().filter(|m| !m.is_none()) {
        return vm.call_unbound(m, seq, &[], &[]);
    }
    // CPython's PySequence_Check: a __getitem__ that is not a dict's.
    let is_dict = matches!(seq, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Dict(_)));
    let sequence = class::lookup(vm, &class, "__getitem__").is_some() && !is_dict;
    if reverser.is_some() || !sequence {
        let t = type_name(vm, &seq);
        return Err(vm.type_error(format!("'{t}' object is not reversible")));
    }
    let n = vm.len(&seq)?;
    Ok(vm.new_iter(IterState::Reversed { seq, remaining: n }))
}
