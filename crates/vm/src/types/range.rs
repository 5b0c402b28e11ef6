//! `range`: a lazy arithmetic sequence of `i64`s.

use num_traits::ToPrimitive;

use crate::class::type_name;
use crate::interp::{Args, PyResult, Vm};
use crate::num::{as_num, Num};
use crate::object::Payload;
use crate::ops;
use crate::subscript;
use crate::types::{BuiltinType, Native, OBJECT};
use crate::value::Value;

static RANGE_METHODS: &[Native] = &[
    Native::staticmethod("__new__", range_new),
    Native::method("__len__", crate::types::dunders::len),
    Native::method("__getitem__", crate::types::dunders::getitem),
    Native::method("__contains__", crate::types::dunders::contains),
    Native::method("__iter__", crate::types::dunders::iter),
    Native::method("__eq__", crate::types::dunders::eq),
    Native::method("__ne__", crate::types::dunders::ne),
    Native::method("__hash__", crate::types::dunders::hash),
    Native::method("__reversed__", range_reversed),
    Native::method("count", range_count),
    Native::method("index", range_index),
    Native::getter("start", range_start),
    Native::getter("stop", range_stop),
    Native::getter("step", range_step),
];

/// The built-in type `range`.
pub static RANGE: BuiltinType = BuiltinType {
    name: "range",
    module: "builtins",
    base: Some(&OBJECT),
    methods: RANGE_METHODS,
    new: Some(range_new),
    subclassable: false,
    exception: false,
    doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

/// The number of values `range(start, stop, step)` yields.
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

/// Whether two ranges are equal (as sequences).
pub fn range_equal(a: (i64, i64, i64), b: (i64, i64, i64)) -> bool {
    let (la, lb) = (range_len(a.0, a.1, a.2), range_len(b.0, b.1, b.2));
    if la != lb {
        return false;
    }
    match la {
        0 => true,
        1 => a.0 == b.0,
        _ => a.0 == b.0 && a.2 == b.2,
    }
}

fn parts(vm: &Vm, v: Value) -> (i64, i64, i64) {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Range { start, stop, step } => (*start, *stop, *step),
            _ => (0, 0, 1),
        },
        _ => (0, 0, 1),
    }
}

fn bound(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match ops::index_value(vm, v)? {
        Some(b) => b.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let t = type_name(vm, v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "range")?;
    let n = args.pos.len() - 1;
    let (start, stop, step) = match n {
        1 => (0, bound(vm, args.pos[1])?, 1),
        2 => (bound(vm, args.pos[1])?, bound(vm, args.pos[2])?, 1),
        3 => (bound(vm, args.pos[1])?, bound(vm, args.pos[2])?, bound(vm, args.pos[3])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_object(&RANGE, Payload::Range { start, stop, step }))
}

/// `r[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, obj);
    let len = range_len(start, stop, step) as usize;
    if let Some(p) = subscript::slice_parts(vm, key) {
        let s = subscript::resolve_slice(vm, p, len)?;
        // CPython maps the slice's own bounds through the range.
        let new_start = start + s.start * step;
        let new_step = step * s.step;
        let new_stop = start + s.stop * step;
        return Ok(vm.new_object(&RANGE, Payload::Range { start: new_start, stop: new_stop, step: new_step }));
    }
    if ops::index_value(vm, key)?.is_none() {
        let t = type_name(vm, key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {t}")));
    }
    let i = subscript::resolve_index(vm, key, len, "range object")?;
    Ok(Value::Int(start + i as i64 * step))
}

/// `item in range(...)`.
pub fn range_contains(vm: &mut Vm, start: i64, stop: i64, step: i64, item: Value) -> PyResult<bool> {
    let v = match item {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => match as_num(vm, item) {
            Some(Num::Small(i)) => i,
            Some(Num::Big(_)) => return Ok(false),
            Some(Num::Float(f)) => {
                if f.fract() != 0.0 || !f.is_finite() {
                    return Ok(false);
                }
                f as i64
            }
            _ => {
                // Other objects compare by equality with each value.
                let n = range_len(start, stop, step);
                for k in 0..n {
                    if ops::eq(vm, Value::Int(start + k as i64 * step), item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        },
    };
    Ok(if step > 0 {
        v >= start && v < stop && (v - start) % step == 0
    } else {
        v <= start && v > stop && (start - v) % (-step) == 0
    })
}

fn range_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, args.get(0));
    let n = range_len(start, stop, step);
    let last = start + (n as i64 - 1) * step;
    Ok(vm.new_iter(crate::object::IterState::Range { next: last, step: -step, remaining: n }))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, args.get(0));
    let found = range_contains(vm, start, stop, step, args.get(1))?;
    Ok(Value::Int(found as i64))
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (start, stop, step) = parts(vm, args.get(0));
    let item = args.get(1);
    if range_contains(vm, start, stop, step, item)? {
        if let Some(v) = crate::types::int::small(vm, item) {
            return Ok(Value::Int((v - start) / step));
        }
    }
    let r = vm.repr(item)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(parts(vm, args.get(0)).0))
}

fn range_stop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(parts(vm, args.get(0)).1))
}

fn range_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(parts(vm, args.get(0)).2))
}
