//! `range`: a lazy arithmetic sequence. Bounds that fit an `i64` (the
//! usual case, and the fast one) live in `Payload::Range`; larger ones in
//! `Payload::BigRange`, with the same behaviour (CPython's ranges take any
//! int; only their `len()` must fit an index).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::num::{as_num, Num};
use crate::objects::protocol::Protocols;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::{IterState, ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static RANGE_METHODS: &[Native] = &[
    Native::staticmethod("__new__", range_new),
    Native::method("__len__", range_len_method),
    Native::method("__getitem__", crate::objects::types::dunders::getitem),
    Native::method("__contains__", crate::objects::types::dunders::contains),
    Native::method("__iter__", crate::objects::types::dunders::iter),
    Native::method("__eq__", crate::objects::types::dunders::eq),
    Native::method("__ne__", crate::objects::types::dunders::ne),
    Native::method("__hash__", crate::objects::types::dunders::hash),
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
    slots: crate::value::builtin::Slots {
        hash: Some(range_hash),
        truthy: Some(range_truthy),
        len: Some(range_len_slot),
        contains: Some(range_contains),
        compare: Some(range_compare),
        getitem: Some(getitem),
        iter: Some(range_iter),
        repr: Some(range_repr),
        ..crate::value::builtin::Slots::NONE
    },
};

/// The repr slot of `range`: `range(start, stop)`, with the step when it is not 1.
fn range_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v.as_obj().map(|r| &vm.heap.get(r).payload) {
        Some(Payload::Range { start, stop, step: 1 }) => format!("range({start}, {stop})"),
        Some(Payload::Range { start, stop, step }) => format!("range({start}, {stop}, {step})"),
        Some(Payload::BigRange(b)) => repr_of(b),
        _ => return crate::objects::types::object::default_repr(vm, v),
    })
}

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

/// The length of a range of any size.
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let one = BigInt::one();
    if step.is_positive() {
        if start < stop {
            (stop - start - &one).div_floor(step) + one
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - &one).div_floor(&-step) + one
    } else {
        BigInt::zero()
    }
}

fn big_equal(a: &[BigInt; 3], b: &[BigInt; 3]) -> bool {
    let (la, lb) = (big_len(&a[0], &a[1], &a[2]), big_len(&b[0], &b[1], &b[2]));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if la.is_one() {
        return a[0] == b[0];
    }
    a[0] == b[0] && a[2] == b[2]
}

/// A range's bounds as big ints, whichever payload holds them.
pub fn bounds(vm: &Vm, v: Value) -> Option<[BigInt; 3]> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Range { start, stop, step } => {
                Some([BigInt::from(*start), BigInt::from(*stop), BigInt::from(*step)])
            }
            Payload::BigRange(b) => Some((**b).clone()),
            _ => None,
        },
        _ => None,
    }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<[BigInt; 3]> {
    match bounds(vm, v.clone()) {
        Some(b) => Ok(b),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor requires a 'range' object but received a '{t}'")))
        }
    }
}

/// A range value for the given bounds (small when they fit).
pub fn new_range(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(start), Some(stop), Some(step)) => vm.new_object(&RANGE, Payload::Range { start, stop, step }),
        _ => vm.new_object(&RANGE, Payload::BigRange(Box::new([start, stop, step]))),
    }
}

fn bound(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match vm.index_value(&v)? {
        Some(b) => Ok(b),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "range")?;
    let n = args.pos.len() - 1;
    let (start, stop, step) = match n {
        1 => (BigInt::zero(), bound(vm, args.pos[1].clone())?, BigInt::one()),
        2 => (bound(vm, args.pos[1].clone())?, bound(vm, args.pos[2].clone())?, BigInt::one()),
        3 => (bound(vm, args.pos[1].clone())?, bound(vm, args.pos[2].clone())?, bound(vm, args.pos[3].clone())?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

/// `len(r)`, with CPython's OverflowError for lengths beyond an index.
pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let [start, stop, step] = this(vm, v)?;
    let n = big_len(&start, &stop, &step);
    match n.to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_len_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    len_of(vm, args.get(0)).map(|n| Value::Int(n as i64))
}

/// `r[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let [start, stop, step] = this(vm, obj)?;
    let len = big_len(&start, &stop, &step);
    if let Some(p) = access::slice_parts(vm, &key) {
        let Some(small) = len.to_usize() else {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        };
        let s = vm.resolve_slice(p, small)?;
        // CPython maps the slice's own bounds through the range.
        let new_start = &start + BigInt::from(s.start) * &step;
        let new_stop = &start + BigInt::from(s.stop) * &step;
        let new_step = &step * BigInt::from(s.step);
        return Ok(new_range(vm, new_start, new_stop, new_step));
    }
    let Some(i) = vm.index_value(&key)? else {
        let t = type_name(vm, &key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {t}")));
    };
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(start + i * step))
}

/// `item in r` for a range with bounds `b`.
pub fn big_contains(vm: &mut Vm, b: &[BigInt; 3], item: Value) -> PyResult<bool> {
    let [start, stop, step] = b;
    let v = match item {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(x) => BigInt::from(x as i64),
        _ => match as_num(vm, &item.clone()) {
            Some(Num::Small(i)) => BigInt::from(i),
            Some(Num::Big(i)) => i,
            _ => {
                // Other objects compare by equality with each value.
                let n = big_len(start, stop, step).to_u64().unwrap_or(u64::MAX);
                for k in 0..n {
                    let x = vm.new_int(start + BigInt::from(k) * step);
                    if vm.eq(&x, &item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        },
    };
    Ok(if step.is_positive() {
        &v >= start && &v < stop && (&v - start).mod_floor(step).is_zero()
    } else {
        &v <= start && &v > stop && (start - &v).mod_floor(&-step).is_zero()
    })
}

/// `item in r` (the contains slot): arithmetic for ints, equality with
/// each value for anything else.
fn range_contains(vm: &mut Vm, range: &Value, item: &Value) -> PyResult<bool> {
    let Value::Obj(r) = range else { return Ok(false) };
    if let (Payload::Range { start, stop, step }, Value::Int(v)) = (&vm.heap.get(r).payload, item) {
        // In i128, as the distance from start can exceed an i64.
        let (start, stop, step, v) = (*start as i128, *stop as i128, *step as i128, *v as i128);
        return Ok(if step > 0 {
            v >= start && v < stop && (v - start) % step == 0
        } else {
            v <= start && v > stop && (start - v) % (-step) == 0
        });
    }
    match bounds(vm, range.clone()) {
        Some(b) => big_contains(vm, &b, item.clone()),
        None => Ok(false),
    }
}

/// An iterator over a range with any bounds.
pub fn iterator(vm: &mut Vm, b: [BigInt; 3]) -> Value {
    let [start, stop, step] = b;
    let n = big_len(&start, &stop, &step);
    match (start.to_i64(), step.to_i64(), n.to_u64()) {
        (Some(next), Some(step), Some(remaining)) if (&start + step * &n).to_i64().is_some() => {
            vm.new_iter(IterState::Range { next, step, remaining })
        }
        _ => vm.new_iter(IterState::BigRange(Box::new([start, step, n]))),
    }
}

fn range_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [start, stop, step] = this(vm, args.get(0))?;
    let n = big_len(&start, &stop, &step);
    let last = &start + (&n - BigInt::one()) * &step;
    let back = &last - &step * &n;
    Ok(iterator(vm, [last, back, -step]))
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, args.get(0))?;
    let found = big_contains(vm, &b, args.get(1))?;
    Ok(Value::Int(found as i64))
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, args.get(0))?;
    let item = args.get(1);
    if big_contains(vm, &b, item.clone())? {
        if let Some(v) = crate::objects::types::int::to_bigint(vm, &item) {
            let i = (v - &b[0]) / &b[2];
            return Ok(vm.new_int(i));
        }
    }
    let r = vm.repr(&item)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [start, _, _] = this(vm, args.get(0))?;
    Ok(vm.new_int(start))
}

fn range_stop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, stop, _] = this(vm, args.get(0))?;
    Ok(vm.new_int(stop))
}

fn range_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, _, step] = this(vm, args.get(0))?;
    Ok(vm.new_int(step))
}

/// CPython's range hash: `hash((len, start, step))`, with `None` where the
/// length makes a part irrelevant.
pub fn hash_of(vm: &mut Vm, b: &[BigInt; 3]) -> PyResult<i64> {
    let n = big_len(&b[0], &b[1], &b[2]);
    let none = vm.hash(&Value::None)?;
    let parts = if n.is_zero() {
        [crate::value::hash::int(0), none, none]
    } else if n.is_one() {
        [crate::value::hash::int(1), crate::value::hash::big_int(&b[0]), none]
    } else {
        [crate::value::hash::big_int(&n), crate::value::hash::big_int(&b[0]), crate::value::hash::big_int(&b[2])]
    };
    Ok(crate::value::hash::tuple(parts.into_iter()))
}

/// `bool(r)`: whether it yields anything (the truthy slot; true even for a
/// range too long for `len`).
fn range_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Range { start, stop, step } => Some(range_len(*start, *stop, *step) > 0),
        Payload::BigRange(b) => Some(!big_len(&b[0], &b[1], &b[2]).is_zero()),
        _ => None,
    }
}

/// `len(r)` (the len slot): CPython's OverflowError when the length does
/// not fit an index, as for `len(range(-2**63, 2**63 - 1))`.
fn range_len_slot(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    if let Payload::Range { start, stop, step } = vm.heap.get(r).payload {
        if let Ok(n) = i64::try_from(range_len(start, stop, step)) {
            return Ok(Some(n as usize));
        }
    }
    if bounds(vm, Value::Obj(r.clone())).is_none() {
        return Ok(None);
    }
    len_of(vm, Value::Obj(r.clone())).map(Some)
}

/// `==` and `!=` of two ranges, by the values they yield (the compare
/// slot); ranges have no order.
fn range_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    use isopy_compiler::Comparison;
    if !matches!(op, Comparison::Eq | Comparison::Ne) {
        return Ok(Value::NotImplemented);
    }
    match (bounds(vm, a.clone()), bounds(vm, b.clone())) {
        (Some(x), Some(y)) => Ok(Value::Bool(equal(&x, &y) == (op == Comparison::Eq))),
        _ => Ok(Value::NotImplemented),
    }
}

/// `hash(r)`: by length, start and step, as CPython (the hash slot).
fn range_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    match bounds(vm, Value::Obj(r.clone())) {
        Some(b) => hash_of(vm, &b),
        None => Ok(access::identity_hash(r)),
    }
}

/// `repr(r)`.
pub fn repr_of(b: &[BigInt; 3]) -> String {
    if b[2].is_one() {
        format!("range({}, {})", b[0], b[1])
    } else {
        format!("range({}, {}, {})", b[0], b[1], b[2])
    }
}

/// Whether ranges `a` and `b` are equal.
pub fn equal(a: &[BigInt; 3], b: &[BigInt; 3]) -> bool {
    big_equal(a, b)
}

/// `iter(range)` (the range type's `iter` slot): an `i64` counter when the
/// bounds fit, else one over big ints.
pub fn range_iter(vm: &mut Vm, r: &Value) -> PyResult<Value> {
    match &vm.heap.get(r.as_obj().expect("a range")).payload {
        Payload::Range { start, stop, step } => {
            let remaining = range_len(*start, *stop, *step);
            Ok(vm.new_iter(IterState::Range { next: *start, step: *step, remaining }))
        }
        Payload::BigRange(b) => {
            let b = (**b).clone();
            Ok(iterator(vm, b))
        }
        _ => unreachable!("a range carries a range payload"),
    }
}
