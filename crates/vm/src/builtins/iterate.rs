//! Built-ins over iterables: `iter`, `next`, `sorted`, `sum`, `min`,
//! `max`, `all`, `any`, and the iterator types `enumerate`, `zip`, `map`,
//! `filter`, `reversed`. Loops over long iterables drop their temporary
//! roots each step, keeping only what they hold, so memory stays bounded.

use isopy_compiler::{BinaryOperator as Op, Comparison};

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::protocols::ops;
use crate::value::object::{IterState, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

pub fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "iter", 0, 1, 2)?;
    if args.pos.len() == 2 {
        let func = &args.pos[0];
        if !super::introspect::is_callable(vm, func.clone()) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::Callable { func: func.clone(), sentinel: args.pos[1].clone() }));
    }
    vm.iter(&args.pos[0].clone())
}

pub fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "next", 0, 1, 2)?;
    let it = &args.pos[0];
    let class = class_of(vm, it);
    let is_iterator = matches!(it, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Iter(_) | Payload::Generator(_)))
        || class::lookup(vm, &class, "__next__").is_some();
    if !is_iterator {
        let t = type_name(vm, it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    }
    match crate::protocols::iter::next_with_value(vm, it.clone())? {
        Ok(v) => Ok(v),
        Err(result) => match args.pos.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.stop_iteration(result)),
        },
    }
}

pub fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    let mut key = Value::Null;
    let mut reverse = false;
    for (k, v) in args.kw {
        match access::str_text(vm, k).map(|s| s.to_string()).as_deref() {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = ops::truthy(vm, v)?,
            Some(other) => return Err(vm.type_error(format!("sort() got an unexpected keyword argument '{other}'"))),
            None => {}
        }
    }
    let items = crate::protocols::iter::collect(vm, args.pos[0].clone())?;
    match crate::objects::types::list::sort_values(vm, items, key, reverse) {
        Ok(sorted) => Ok(vm.new_list(sorted)),
        Err((e, _)) => Err(e),
    }
}

pub fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = args.bind(vm, "sum", 0, ["iterable", "start"], 1, 2)?;
    let mut acc = if start.is_null() { Value::Int(0) } else { start };
    if access::str_text(vm, &acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if matches!(acc, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::ByteArray(_))) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&it)? {
        acc = match (acc.clone(), item.clone()) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(b) {
                Some(s) => Value::Int(s),
                None => ops::binary_op(vm, &acc, &item, Op::Add, false)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + b as f64),
            _ => ops::binary_op(vm, &acc, &item, Op::Add, false)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, op: Comparison) -> PyResult<Value> {
    let mut key = Value::Null;
    let mut default = Value::Null;
    for (k, v) in args.kw {
        match access::str_text(vm, k).map(|s| s.to_string()).as_deref() {
            Some("key") => key = v.clone(),
            Some("default") => default = v.clone(),
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()"))),
            None => {}
        }
    }
    let (iterable, from_args) = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => (args.pos[0].clone(), false),
        _ => {
            if !default.is_null() {
                return Err(
                    vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
                );
            }
            (vm.new_tuple(args.pos), true)
        }
    };
    let _ = from_args;
    let key = if key.is_none() { Value::Null } else { key };
    let it = vm.iter(&iterable)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&it)? {
        let k = if key.is_null() { item.clone() } else { vm.call(&key.clone(), std::slice::from_ref(&item))? };
        let better = match best {
            None => true,
            Some((_, ref bk)) => match (k.clone(), bk.clone()) {
                (Value::Int(a), Value::Int(b)) => ops::ordering_holds(op, a.cmp(&b)),
                _ => ops::compare_bool(vm, &k, bk, op)?,
            },
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None if !default.is_null() => Ok(default),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", Comparison::Lt)
}

pub fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", Comparison::Gt)
}

fn all_any(vm: &mut Vm, args: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    let [iterable] = args.exact::<1>(vm, name, 0)?;
    let it = vm.iter(&iterable)?;
    while let Some(item) = vm.next(&it)? {
        if ops::truthy(vm, &item)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

pub fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_any(vm, args, "all", false)
}

pub fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_any(vm, args, "any", true)
}
