//! The `gc` module: the cycle collector's switches and counters, as
//! CPython's (`collect`, `enable`/`disable`/`isenabled`, `get_count`,
//! `get_threshold`/`set_threshold`, `garbage`).

use super::NativeModule;
use crate::objects::access;
use crate::objects::types::Native;
use crate::protocols::ops;
use crate::value::object::ObjRef;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "gc",
    functions: &[
        Native::function("collect", collect),
        Native::function("enable", enable),
        Native::function("disable", disable),
        Native::function("isenabled", isenabled),
        Native::function("get_count", get_count),
        Native::function("get_threshold", get_threshold),
        Native::function("set_threshold", set_threshold),
    ],
    types: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // Objects the collector found but could not free: always empty here,
    // as in CPython since PEP 442 (finalizers no longer block freeing).
    let garbage = vm.new_list(Vec::new());
    access::dict_set_str(vm, &d, "garbage", garbage);
    Ok(())
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [generation] = args.bind(vm, "collect", 0, ["generation"], 0, 1)?;
    let generation = if generation.is_null() { 2 } else { ops::index_i64(vm, generation)? };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    vm.run_pending_finalizers();
    let found = vm.collect_garbage(generation as usize);
    vm.run_pending_finalizers();
    Ok(Value::Int(found as i64))
}

fn enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "gc.enable", 0, 0, 0)?;
    vm.heap.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "gc.disable", 0, 0, 0)?;
    vm.heap.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "gc.isenabled", 0, 0, 0)?;
    Ok(Value::Bool(vm.heap.enabled))
}

fn get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "gc.get_count", 0, 0, 0)?;
    let (a, b, c) = vm.heap.counts();
    Ok(vm.new_tuple([Value::Int(a as i64), Value::Int(b as i64), Value::Int(c as i64)]))
}

fn get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "gc.get_threshold", 0, 0, 0)?;
    let t = vm.heap.thresholds.map(|t| Value::Int(t as i64));
    Ok(vm.new_tuple(t))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "set_threshold")?;
    match args.pos.len() {
        0 => return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)")),
        n if n > 3 => return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)"))),
        _ => {}
    }
    let mut thresholds = vm.heap.thresholds;
    for (slot, v) in thresholds.iter_mut().zip(args.pos) {
        // CPython stores them as C ints; negative ones behave as zero.
        *slot = ops::index_i64(vm, v.clone())?.max(0) as usize;
    }
    vm.heap.thresholds = thresholds;
    Ok(Value::None)
}
