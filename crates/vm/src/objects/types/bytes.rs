//! `bytes` (immutable, `Arc<[u8]>` so it crosses interpreters without a
//! copy) and `bytearray` (mutable), with their common methods and the
//! codecs `decode` and `str.encode` use.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::container_table;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::alloc::{self, NoMemory};
use crate::value::object::{ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;

static BYTES_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", bytes_new),
    Native::method("__hash__", crate::objects::types::dunders::hash),
    Native::method("__mod__", bytes_mod),
    Native::method("decode", decode),
    Native::method("hex", hex),
    Native::classmethod("fromhex", fromhex),
    Native::method("join", join),
    Native::method("split", split),
    Native::method("strip", strip),
    Native::method("lstrip", lstrip),
    Native::method("rstrip", rstrip),
    Native::method("replace", replace),
    Native::method("find", find),
    Native::method("index", index),
    Native::method("count", count),
    Native::method("startswith", startswith),
    Native::method("endswith", endswith),
    Native::method("upper", upper),
    Native::method("lower", lower),
    Native::method("isdigit", isdigit),
    Native::method("isalpha", isalpha),
    Native::method("isspace", isspace),
    Native::method("rfind", rfind),
    Native::method("rindex", rindex),
    Native::method("rsplit", rsplit),
    Native::method("splitlines", splitlines),
    Native::method("partition", partition),
    Native::method("rpartition", rpartition),
    Native::method("center", center),
    Native::method("ljust", ljust),
    Native::method("rjust", rjust),
    Native::method("zfill", zfill),
    Native::method("title", title),
    Native::method("capitalize", capitalize),
    Native::method("swapcase", swapcase),
    Native::method("isalnum", isalnum),
    Native::method("islower", islower),
    Native::method("isupper", isupper),
    Native::method("isascii", isascii),
    Native::method("istitle", istitle),
    Native::method("expandtabs", expandtabs),
    Native::method("removeprefix", removeprefix),
    Native::method("removesuffix", removesuffix),
    Native::method("translate", translate),
    Native::staticmethod("maketrans", maketrans),
];

/// The slots `bytes` and `bytearray` share (a bytearray compares, and
/// equals, a bytes with the same content); a bytearray is unhashable,
/// mutable, and shows its type in its repr.
const SHARED_BYTES_SLOTS: crate::value::builtin::Slots = crate::value::builtin::Slots {
    truthy: Some(bytes_truthy),
    len: Some(bytes_len),
    contains: Some(contains),
    compare: Some(bytes_compare),
    known_eq: Some(bytes_known_eq),
    getitem: Some(getitem),
    iter: Some(crate::objects::types::list::seq_iter),
    binary: Some(bytes_binary),
    repr: Some(bytes_repr_slot),
    ..crate::value::builtin::Slots::NONE
};

/// The built-in type `bytes`.
pub static BYTES: BuiltinType = BuiltinType {
    name: "bytes",
    module: "builtins",
    base: Some(&OBJECT),
    methods: BYTES_METHODS,
    new: Some(bytes_new),
    subclassable: true,
    exception: false,
    doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
    slots: crate::value::builtin::Slots { hash: Some(bytes_hash), ..SHARED_BYTES_SLOTS },
};

static BYTEARRAY_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", bytearray_new),
    Native::method("__setitem__", crate::objects::types::dunders::setitem),
    Native::method("__delitem__", crate::objects::types::dunders::delitem),
    Native::method("__iadd__", crate::objects::types::dunders::iadd),
    Native::method("__imul__", crate::objects::types::dunders::imul),
    Native::method("decode", decode),
    Native::method("hex", hex),
    Native::classmethod("fromhex", fromhex),
    Native::method("append", append),
    Native::method("extend", extend),
    Native::method("pop", pop),
    Native::method("clear", clear),
    Native::method("reverse", reverse),
    Native::method("copy", copy),
    Native::method("find", find),
    Native::method("count", count),
    Native::method("startswith", startswith),
    Native::method("endswith", endswith),
    Native::method("upper", upper),
    Native::method("lower", lower),
    Native::method("join", join),
    Native::method("split", split),
    Native::method("strip", strip),
    Native::method("lstrip", lstrip),
    Native::method("rstrip", rstrip),
    Native::method("replace", replace),
    Native::method("index", index),
    Native::method("insert", insert),
    Native::method("remove", remove),
    Native::method("isdigit", isdigit),
    Native::method("isalpha", isalpha),
    Native::method("isspace", isspace),
    Native::method("rfind", rfind),
    Native::method("rindex", rindex),
    Native::method("rsplit", rsplit),
    Native::method("splitlines", splitlines),
    Native::method("partition", partition),
    Native::method("rpartition", rpartition),
    Native::method("center", center),
    Native::method("ljust", ljust),
    Native::method("rjust", rjust),
    Native::method("zfill", zfill),
    Native::method("title", title),
    Native::method("capitalize", capitalize),
    Native::method("swapcase", swapcase),
    Native::method("isalnum", isalnum),
    Native::method("islower", islower),
    Native::method("isupper", isupper),
    Native::method("isascii", isascii),
    Native::method("istitle", istitle),
    Native::method("expandtabs", expandtabs),
    Native::method("removeprefix", removeprefix),
    Native::method("removesuffix", removesuffix),
    Native::method("translate", translate),
    Native::staticmethod("maketrans", maketrans),
];

/// The built-in type `bytearray`.
pub static BYTEARRAY: BuiltinType = BuiltinType {
    name: "bytearray",
    module: "builtins",
    base: Some(&OBJECT),
    methods: BYTEARRAY_METHODS,
    new: Some(bytearray_new),
    subclassable: true,
    exception: false,
    doc: "bytearray(iterable_of_ints) -> bytearray",
    slots: crate::value::builtin::Slots {
        hash: Some(crate::objects::types::object::unhashable),
        setitem: Some(bytearray_setitem),
        delitem: Some(bytearray_delitem),
        inplace: Some(bytearray_inplace),
        repr: Some(bytearray_repr_slot),
        ..SHARED_BYTES_SLOTS
    },
};

/// `hash(b)`: the hash of the bytes (the hash slot).
fn bytes_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Bytes(b) => crate::value::hash::bytes(b),
        _ => access::identity_hash(r),
    })
}

/// `bool(b)` for bytes and bytearray: whether there are any (the truthy
/// slot).
fn bytes_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Bytes(b) => Some(!b.is_empty()),
        Payload::ByteArray(b) => Some(!b.is_empty()),
        _ => None,
    }
}

/// `len(b)` for bytes and bytearray (the len slot).
fn bytes_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Bytes(b) => Some(b.len()),
        Payload::ByteArray(b) => Some(b.len()),
        _ => None,
    })
}

/// Comparisons of bytes and bytearray, with each other too: byte by byte
/// (the compare slot).
fn bytes_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    Ok(match (access::bytes_data(vm, a), access::bytes_data(vm, b)) {
        (Some(x), Some(y)) => Value::Bool(crate::objects::compare::ordering_holds(op, x.cmp(y))),
        _ => Value::NotImplemented,
    })
}

/// `b == other` without running code (the known_eq slot): bytes and
/// bytearray by content, and no other built-in value equals them.
fn bytes_known_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    match (access::bytes_data(vm, a), access::bytes_data(vm, b)) {
        (Some(x), Some(y)) => Some(x == y),
        _ => crate::objects::compare::slot_compared(vm, b).then_some(false),
    }
}

/// The binary slot of `bytes` and `bytearray`: `+` and `*` as for the
/// other built-in sequences, and `%` formatting with bytes on the left.
fn bytes_binary(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    match op {
        isopy_compiler::BinaryOperator::Remainder => match access::bytes_data(vm, a) {
            Some(_) => printf(vm, a.clone(), b.clone()),
            None => Ok(Value::NotImplemented),
        },
        _ => crate::objects::types::list::sequence_binary(vm, a, b, op),
    }
}

/// The in-place slot of `bytearray`: `b += bytes_like` appends and
/// `b *= n` repeats it in place.
fn bytearray_inplace(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    let Value::Obj(r) = a else { return Ok(Value::NotImplemented) };
    let grown = match op {
        isopy_compiler::BinaryOperator::Multiply if matches!(b, Value::Int(_) | Value::Bool(_)) => {
            let n = vm.index_i64(b.clone())?;
            match &mut vm.heap.get_mut(r).payload {
                Payload::ByteArray(d) if n <= 0 => {
                    d.clear();
                    Ok(())
                }
                Payload::ByteArray(d) => alloc::repeat_in_place(d, n as usize),
                _ => return Ok(Value::NotImplemented),
            }
        }
        isopy_compiler::BinaryOperator::Add => {
            // A copy: `b` may be this very bytearray.
            let Some(extra) = access::bytes_data(vm, b).map(alloc::copied) else { return Ok(Value::NotImplemented) };
            let extra = extra.or_memory_error(vm)?;
            match &mut vm.heap.get_mut(r).payload {
                Payload::ByteArray(d) => alloc::extend_from_slice(d, &extra),
                _ => return Ok(Value::NotImplemented),
            }
        }
        _ => return Ok(Value::NotImplemented),
    };
    grown.or_memory_error(vm)?;
    Ok(a.clone())
}

/// The repr slot of `bytes`: `b'...'` with escapes. Long data's repr is
/// measured first, so one memory cannot hold is MemoryError rather than an
/// abort while it is built.
fn bytes_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(data) = access::bytes_data(vm, v) else { return crate::objects::types::object::default_repr(vm, v) };
    if data.len() > 1 << 15 {
        let size = isopy_syntax::pyrepr::bytes_repr_len(data);
        alloc::probe(size.saturating_add(16)).or_memory_error(vm)?;
    }
    let data = access::bytes_data(vm, v).unwrap_or_default();
    Ok(isopy_syntax::pyrepr::bytes_repr(data))
}

/// The repr slot of `bytearray`: `bytearray(b'...')`. Like bytes, but
/// CPython's `bytearray_repr` escapes a single quote even inside double
/// quotes. Long data is measured first (its escapes, and the copy made
/// for the quotes).
fn bytearray_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(data) = access::bytes_data(vm, v) else { return crate::objects::types::object::default_repr(vm, v) };
    if data.len() > 1 << 15 {
        let size = isopy_syntax::pyrepr::bytes_repr_len(data).saturating_mul(3);
        alloc::probe(size.saturating_add(16)).or_memory_error(vm)?;
    }
    let r = isopy_syntax::pyrepr::bytes_repr(access::bytes_data(vm, v).unwrap_or_default());
    let r = match r.strip_prefix("b\"") {
        Some(rest) => format!("b\"{}\"", rest[..rest.len() - 1].replace('\'', "\\'")),
        None => r,
    };
    Ok(format!("bytearray({r})"))
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    match access::bytes_data(vm, &args.get(0)) {
        Some(b) => alloc::copied(b).or_memory_error(vm),
        None => {
            let t = type_name(vm, &args.get(0));
            Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object but received a '{t}'")))
        }
    }
}

fn is_bytearray(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::ByteArray(_)))
}

/// A result of the same kind (bytes or bytearray) as `like`.
fn same_kind(vm: &mut Vm, like: Value, data: Vec<u8>) -> PyResult<Value> {
    if is_bytearray(vm, like) {
        Ok(vm.new_object(&BYTEARRAY, Payload::ByteArray(data)))
    } else {
        vm.new_bytes_fallible(data)
    }
}

/// A bytes-like argument, or CPython's TypeError.
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match access::bytes_data(vm, &v) {
        Some(b) => alloc::copied(b).or_memory_error(vm),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The bytes an iterable of ints (or a bytes-like object) stands for.
fn bytes_from(vm: &mut Vm, source: Value) -> PyResult<Vec<u8>> {
    bytes_from_as(vm, source, false)
}

/// CPython's `PyObject_Bytes` (what `int.from_bytes` accepts): `__bytes__`,
/// a bytes-like object, or an iterable of ints, but never a str or a count.
pub fn bytes_of_object(vm: &mut Vm, source: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = access::bytes_data(vm, &source) {
        return Ok(b.to_vec());
    }
    if let Some(r) = vm.call_special(&source, "__bytes__", &[])? {
        return match access::bytes_data(vm, &r) {
            Some(b) => Ok(b.to_vec()),
            None => {
                let t = type_name(vm, &r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")))
            }
        };
    }
    if access::str_text(vm, &source).is_some() || matches!(source, Value::Int(_) | Value::Bool(_)) {
        let t = type_name(vm, &source);
        return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
    }
    bytes_from_as(vm, source, true)
}

/// [`bytes_from`], with `bytes()`'s plural wording of a bad item when `plural`.
fn bytes_from_as(vm: &mut Vm, source: Value, plural: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = access::bytes_data(vm, &source) {
        return alloc::copied(b).or_memory_error(vm);
    }
    if access::str_text(vm, &source).is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(n) = count_of(vm, &source)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        // `bytes(n)`'s `_PyBytes_FromSize` refuses a size its header would
        // overflow; `bytearray(n)` only fails to allocate.
        if plural && n > i64::MAX - BYTES_HEADER {
            return Err(vm.overflow_error("byte string is too large"));
        }
        return alloc::filled(0, n as usize).or_memory_error(vm);
    }
    let items = match vm.collect(source.clone()) {
        Ok(items) => items,
        Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) => {
            let t = type_name(vm, &source);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        Err(e) => return Err(e),
    };
    let mut out = alloc::vec_with_capacity(items.len()).or_memory_error(vm)?;
    for item in items {
        out.push(if plural { bytes_item(vm, item)? } else { byte_value(vm, item)? });
    }
    Ok(out)
}

/// The size CPython's `PyBytesObject` header takes (`bytes(n)` fails with
/// OverflowError past `PY_SSIZE_T_MAX` minus this).
const BYTES_HEADER: i64 = 33;

/// The count of `bytes(n)` / `bytearray(n)` when the source is an int,
/// with CPython's OverflowError for one beyond an index.
fn count_of(vm: &mut Vm, source: &Value) -> PyResult<Option<i64>> {
    match source {
        Value::Int(n) => Ok(Some(*n)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Int(b) => match num_traits::ToPrimitive::to_i64(&**b) {
                Some(n) => Ok(Some(n)),
                None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let n = match v {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ => match vm.index_value(&v)? {
            Some(b) => num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1),
            None => {
                let t = type_name(vm, &v);
                return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
            }
        },
    };
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// A byte of a `bytes(iterable)`, whose error CPython words in the plural.
fn bytes_item(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match byte_value(vm, v) {
        Err(e) if vm.error_is(&e, &exc::VALUE_ERROR) => Err(vm.value_error("bytes must be in range(0, 256)")),
        other => other,
    }
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, encoding, errors] = args.bind(vm, "bytes", 1, ["source", "encoding", "errors"], 0, 3)?;
    let data = if source.is_null() {
        Vec::new()
    } else if !encoding.is_null() {
        let Some(text) = access::str_text(vm, &source).cloned() else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let enc = text_arg(vm, encoding, "bytes() argument 'encoding'", "utf-8")?;
        let err = text_arg(vm, errors, "bytes() argument 'errors'", "strict")?;
        crate::objects::types::str::encode_text(vm, &text, &enc, &err)?
    } else {
        if let Some(r) = vm.call_special(&source, "__bytes__", &[])? {
            return Ok(r);
        }
        bytes_from_as(vm, source, true)?
    };
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &BYTES)) {
        return vm.new_bytes_fallible(data);
    }
    alloc::probe(data.len().saturating_add(64)).or_memory_error(vm)?;
    Ok(vm.instance_with_payload(cls, Payload::Bytes(data.into())))
}

fn bytearray_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, encoding, errors] = args.bind(vm, "bytearray", 1, ["source", "encoding", "errors"], 0, 3)?;
    let data = if source.is_null() {
        Vec::new()
    } else if !encoding.is_null() {
        let Some(text) = access::str_text(vm, &source).cloned() else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let enc = text_arg(vm, encoding, "bytearray() argument 'encoding'", "utf-8")?;
        let err = text_arg(vm, errors, "bytearray() argument 'errors'", "strict")?;
        crate::objects::types::str::encode_text(vm, &text, &enc, &err)?
    } else {
        bytes_from(vm, source)?
    };
    Ok(vm.instance_with_payload(args.get(0), Payload::ByteArray(data)))
}

fn bytes_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__mod__", 0)?;
    printf(vm, a, b)
}

/// `format % args` for a bytes format.
pub fn printf(vm: &mut Vm, format: Value, args: Value) -> PyResult<Value> {
    let data = access::bytes_data(vm, &format).map(|b| b.to_vec()).unwrap_or_default();
    let text: String = data.iter().map(|&b| b as char).collect();
    let out = crate::objects::types::printf::format(vm, &text, args, true)?;
    same_kind(vm, format, out)
}

/// `item in data` for bytes and bytearray.
fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let data = access::bytes_data(vm, container).unwrap_or_default().to_vec();
    if let Some(needle) = access::bytes_data(vm, item) {
        let needle = needle.to_vec();
        return Ok(find_sub(&data, &needle, 0).is_some());
    }
    // Anything without `__index__` is taken as a would-be buffer, as in CPython.
    let n = match vm.index_value(item)? {
        Some(n) => num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1),
        None => {
            let t = type_name(vm, item);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(data.contains(&(n as u8)))
}

fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from.min(hay.len()));
    }
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|i| i + from)
}

/// `data[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let data = access::bytes_data(vm, &obj).unwrap_or_default().to_vec();
    if let Some(parts) = access::slice_parts(vm, &key) {
        let s = vm.resolve_slice(parts, data.len())?;
        let picked: Vec<u8> = s.indices().map(|i| data[i]).collect();
        return same_kind(vm, obj, picked);
    }
    if vm.index_value(&key)?.is_none() {
        let t = type_name(vm, &key);
        let kind = if is_bytearray(vm, obj) { "bytearray" } else { "byte" };
        return Err(vm.type_error(format!("{kind} indices must be integers or slices, not {t}")));
    }
    let what = if is_bytearray(vm, obj) { "bytearray index" } else { "index" };
    let i = vm.resolve_index(key, data.len(), what)?;
    Ok(Value::Int(data[i] as i64))
}

/// `bytearray[key] = value`.
pub fn bytearray_setitem(vm: &mut Vm, obj: Value, key: Value, value: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a bytearray");
    let len = access::bytes_data(vm, &obj).map_or(0, |b| b.len());
    if let Some(parts) = access::slice_parts(vm, &key) {
        let s = vm.resolve_slice(parts, len)?;
        let new = bytes_from(vm, value)?;
        let Payload::ByteArray(data) = &mut vm.heap.get_mut(r).payload else { unreachable!("a bytearray") };
        if s.step == 1 {
            data.splice(s.start as usize..s.start as usize + s.len, new);
            return Ok(());
        }
        if new.is_empty() {
            // CPython deletes the slice when given nothing to put there.
            let mut doomed: Vec<usize> = s.indices().collect();
            doomed.sort_unstable();
            for i in doomed.into_iter().rev() {
                data.remove(i);
            }
            return Ok(());
        }
        if new.len() != s.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                s.len
            )));
        }
        for (i, b) in s.indices().zip(new) {
            data[i] = b;
        }
        return Ok(());
    }
    let i = vm.resolve_index(key, len, "bytearray")?;
    let b = byte_value(vm, value)?;
    if let Payload::ByteArray(data) = &mut vm.heap.get_mut(r).payload {
        data[i] = b;
    }
    Ok(())
}

/// `del bytearray[key]`.
pub fn bytearray_delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let r = obj.as_obj().expect("a bytearray");
    let len = access::bytes_data(vm, &obj).map_or(0, |b| b.len());
    if let Some(parts) = access::slice_parts(vm, &key) {
        let s = vm.resolve_slice(parts, len)?;
        let mut doomed: Vec<usize> = s.indices().collect();
        doomed.sort_unstable();
        if let Payload::ByteArray(data) = &mut vm.heap.get_mut(r).payload {
            for i in doomed.into_iter().rev() {
                data.remove(i);
            }
        }
        return Ok(());
    }
    let i = vm.resolve_index(key, len, "bytearray")?;
    if let Payload::ByteArray(data) = &mut vm.heap.get_mut(r).payload {
        data.remove(i);
    }
    Ok(())
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [encoding, errors] = args.bind(vm, "decode", 1, ["encoding", "errors"], 0, 2)?;
    let data = this(vm, &args, "decode")?;
    let enc = text_arg(vm, encoding, "decode() argument 'encoding'", "utf-8")?;
    let err = text_arg(vm, errors, "decode() argument 'errors'", "strict")?;
    // Most decodings make about as much text as there are bytes; the rest
    // grow as they go.
    alloc::probe(data.len()).or_memory_error(vm)?;
    let text = decode_bytes(vm, &data, &enc, &err)?;
    vm.new_str_fallible(text)
}

/// An optional str argument (`default` when absent), or CPython's TypeError naming it.
fn text_arg(vm: &mut Vm, v: Value, what: &str, default: &str) -> PyResult<Arc<str>> {
    if v.is_null() {
        return Ok(default.into());
    }
    match access::str_text(vm, &v) {
        Some(t) => Ok(t.clone()),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("{what} must be str, not {t}")))
        }
    }
}

/// Decodes bytes with a codec CPython names (see [`crate::objects::codecs`]).
pub fn decode_bytes(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::objects::codecs::decode(vm, data, encoding, errors)
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, per] = args.bind(vm, "hex", 1, ["sep", "bytes_per_sep"], 0, 2)?;
    let data = this(vm, &args, "hex")?;
    let sep_text = if sep.is_null() {
        None
    } else {
        match access::str_text(vm, &sep)
            .cloned()
            .or_else(|| access::bytes_data(vm, &sep).map(|b| String::from_utf8_lossy(b).into()))
        {
            Some(t) if t.chars().count() == 1 => Some(t),
            Some(_) => return Err(vm.value_error("sep must be length 1.")),
            None => return Err(vm.type_error("sep must be str or bytes.")),
        }
    };
    let per = if per.is_null() { 1 } else { vm.index_i64(per)? };
    let group = per.unsigned_abs().max(1) as usize;
    let mut out = String::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        // Groups count from the right for a positive bytes_per_sep.
        let boundary = if per >= 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
        if i > 0 && boundary {
            if let Some(s) = &sep_text {
                out.push_str(s);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(vm.new_str(out))
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text] = args.exact::<1>(vm, "fromhex", 1)?;
    let s = access::str_text(vm, &text).cloned().unwrap_or_default();
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")));
            }
        }
        i += 2;
    }
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &BYTEARRAY)) {
        return Ok(vm.new_object(&BYTEARRAY, Payload::ByteArray(out)));
    }
    Ok(vm.new_bytes(out))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.exact::<1>(vm, "join", 1)?;
    let sep = this(vm, &args, "join")?;
    let items = vm.collect(iterable)?;
    // First the items' types and the result's size (CPython's two passes),
    // so a result memory cannot hold fails before anything is copied.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match access::bytes_data(vm, item) {
            Some(b) => total = total.saturating_add(b.len()),
            None => {
                let t = type_name(vm, item);
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {t} found")));
            }
        }
    }
    if total > i64::MAX as usize {
        return Err(vm.overflow_error("join() result is too long for a Python bytes"));
    }
    let mut out = alloc::vec_with_capacity(total).or_memory_error(vm)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(access::bytes_data(vm, item).unwrap_or_default());
    }
    same_kind(vm, args.get(0), out)
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind(vm, "split", 1, ["sep", "maxsplit"], 0, 2)?;
    let data = this(vm, &args, "split")?;
    let max = if maxsplit.is_null() { -1 } else { vm.index_i64(maxsplit)? };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if sep.is_null() || sep.is_none() {
        let mut rest: &[u8] = &data;
        loop {
            let start = rest.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(rest.len());
            rest = &rest[start..];
            if rest.is_empty() {
                break;
            }
            if max >= 0 && parts.len() as i64 == max {
                parts.push(rest.to_vec());
                break;
            }
            let end = rest.iter().position(|b| b.is_ascii_whitespace()).unwrap_or(rest.len());
            parts.push(rest[..end].to_vec());
            rest = &rest[end..];
        }
    } else {
        let sep = data_arg(vm, sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut start = 0;
        while let Some(i) = find_sub(&data, &sep, start) {
            if max >= 0 && parts.len() as i64 == max {
                break;
            }
            parts.push(data[start..i].to_vec());
            start = i + sep.len();
        }
        parts.push(data[start..].to_vec());
    }
    let items = parts.into_iter().map(|p| same_kind(vm, args.get(0), p)).collect::<PyResult<_>>()?;
    Ok(vm.new_list(items))
}

fn strip_impl(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = this(vm, &args, name)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        Value::Null | Value::None => None,
        v => Some(data_arg(vm, v)?),
    };
    let keep = |b: &u8| match &set {
        None => !b.is_ascii_whitespace(),
        Some(s) => !s.contains(b),
    };
    let start = if left { data.iter().position(keep).unwrap_or(data.len()) } else { 0 };
    let end = if right { data.iter().rposition(keep).map_or(start, |i| i + 1) } else { data.len() };
    let out = data[start..end.max(start)].to_vec();
    same_kind(vm, args.get(0), out)
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "replace", 1, 2, 3)?;
    let data = this(vm, &args, "replace")?;
    let old = data_arg(vm, args.get(1))?;
    let new = data_arg(vm, args.get(2))?;
    let count = if args.get(3).is_null() { -1 } else { vm.index_i64(args.get(3))? };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    // The offsets of the first `limit` occurrences (`""` occurs before
    // every byte and at the end).
    let (data, old) = (&data[..], &old[..]);
    let occurrences = || {
        let mut start = 0;
        std::iter::from_fn(move || {
            let i = if old.is_empty() { Some(start).filter(|i| *i <= data.len()) } else { find_sub(data, old, start) }?;
            start = i + old.len().max(1);
            Some(i)
        })
        .take(limit)
    };
    // How many, then the result's size: one memory cannot hold fails
    // before it is built (CPython counts first too).
    let n = occurrences().count() as u128;
    let size = data.len() as u128 - n * old.len() as u128 + n * new.len() as u128;
    if size > i64::MAX as u128 {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    let mut out = alloc::vec_with_capacity(size as usize).or_memory_error(vm)?;
    let mut start = 0;
    for i in occurrences() {
        out.extend_from_slice(&data[start..i]);
        out.extend_from_slice(&new);
        start = i + old.len();
    }
    out.extend_from_slice(&data[start..]);
    same_kind(vm, args.get(0), out)
}

fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) => Ok(vec![byte_value(vm, v)?]),
        _ => data_arg(vm, v),
    }
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "find")?;
    let n = needle(vm, args.get(1))?;
    let (a, b) = window(vm, data.len(), args.get(2), args.get(3))?;
    if a > b {
        return Ok(Value::Int(-1));
    }
    Ok(Value::Int(find_sub(&data[..b], &n, a).map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "index")?;
    let n = needle(vm, args.get(1))?;
    match find_sub(&data, &n, 0) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "count")?;
    let n = needle(vm, args.get(1))?;
    let (a, b) = window(vm, data.len(), args.get(2), args.get(3))?;
    let data = if a <= b { data[a..b].to_vec() } else { Vec::new() };
    if n.is_empty() {
        return Ok(Value::Int(data.len() as i64 + 1));
    }
    let mut c = 0;
    let mut start = 0;
    while let Some(i) = find_sub(&data, &n, start) {
        c += 1;
        start = i + n.len();
    }
    Ok(Value::Int(c))
}

fn affix(vm: &mut Vm, args: Args<'_>, suffix: bool) -> PyResult<Value> {
    let data = this(vm, &args, if suffix { "endswith" } else { "startswith" })?;
    let candidates: Vec<Value> = match access::seq_items(vm, &args.get(1)) {
        Some(items) => items.to_vec(),
        None => vec![args.get(1)],
    };
    for c in candidates {
        let p = data_arg(vm, c)?;
        if (suffix && data.ends_with(&p)) || (!suffix && data.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, true)
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "upper")?;
    same_kind(vm, args.get(0), data.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "lower")?;
    same_kind(vm, args.get(0), data.to_ascii_lowercase())
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isdigit")?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_digit)))
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isalpha")?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphabetic)))
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isspace")?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(|b| b.is_ascii_whitespace() || *b == 0x0b)))
}

fn with_bytearray<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match v {
        Value::Obj(r) => match &mut vm.heap.get_mut(&r).payload {
            Payload::ByteArray(d) => Some(f(d)),
            _ => None,
        },
        _ => None,
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "bytearray.append", 1)?;
    let b = byte_value(vm, v)?;
    with_bytearray(vm, args.get(0), |d| alloc::push(d, b)).transpose().or_memory_error(vm)?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "bytearray.extend", 1)?;
    if access::str_text(vm, &v).is_some() {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
    }
    let data = bytes_from(vm, v)?;
    with_bytearray(vm, args.get(0), |d| alloc::extend_from_slice(d, &data)).transpose().or_memory_error(vm)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "pop", 1, 0, 1)?;
    let len = access::bytes_data(vm, &args.get(0)).map_or(0, |b| b.len());
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if args.get(1).is_null() { len - 1 } else { vm.resolve_index(args.get(1), len, "pop")? };
    let b = with_bytearray(vm, args.get(0), |d| d.remove(i)).unwrap_or(0);
    Ok(Value::Int(b as i64))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytearray(vm, args.get(0), |d| d.clear());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytearray(vm, args.get(0), |d| d.reverse());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "copy")?;
    Ok(vm.new_object(&BYTEARRAY, Payload::ByteArray(data)))
}

/// The `[start:end]` window of a search method, as byte offsets.
fn window(vm: &mut Vm, len: usize, start: Value, end: Value) -> PyResult<(usize, usize)> {
    let resolve = |vm: &mut Vm, v: Value, default: usize| -> PyResult<usize> {
        if v.is_null() || v.is_none() {
            return Ok(default);
        }
        let i = vm.index_i64(v)?;
        Ok(if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) })
    };
    Ok((resolve(vm, start, 0)?, resolve(vm, end, len)?))
}

fn rfind_in(data: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > data.len() {
        return None;
    }
    let hay = &data[start..end];
    if n.is_empty() {
        return Some(end);
    }
    hay.windows(n.len()).rposition(|w| w == n).map(|i| i + start)
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "rfind")?;
    let n = needle(vm, args.get(1))?;
    let (a, b) = window(vm, data.len(), args.get(2), args.get(3))?;
    Ok(Value::Int(rfind_in(&data, &n, a, b).map_or(-1, |i| i as i64)))
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "rindex")?;
    let n = needle(vm, args.get(1))?;
    let (a, b) = window(vm, data.len(), args.get(2), args.get(3))?;
    match rfind_in(&data, &n, a, b) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind(vm, "rsplit", 1, ["sep", "maxsplit"], 0, 2)?;
    let data = this(vm, &args, "rsplit")?;
    let max = if maxsplit.is_null() { -1 } else { vm.index_i64(maxsplit)? };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if sep.is_null() || sep.is_none() {
        let mut rest: &[u8] = &data;
        loop {
            let end = rest.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(0, |i| i + 1);
            rest = &rest[..end];
            if rest.is_empty() {
                break;
            }
            if max >= 0 && parts.len() as i64 == max {
                parts.push(rest.to_vec());
                break;
            }
            let start = rest.iter().rposition(|b| b.is_ascii_whitespace()).map_or(0, |i| i + 1);
            parts.push(rest[start..].to_vec());
            rest = &rest[..start];
        }
    } else {
        let sep = data_arg(vm, sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        let mut end = data.len();
        while let Some(i) = rfind_in(&data, &sep, 0, end) {
            if max >= 0 && parts.len() as i64 == max {
                break;
            }
            parts.push(data[i + sep.len()..end].to_vec());
            end = i;
        }
        parts.push(data[..end].to_vec());
    }
    parts.reverse();
    let items = parts.into_iter().map(|p| same_kind(vm, args.get(0), p)).collect::<PyResult<_>>()?;
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [keepends] = args.bind(vm, "splitlines", 1, ["keepends"], 0, 1)?;
    let data = this(vm, &args, "splitlines")?;
    let keep = !keepends.is_null() && vm.truthy(&keepends)?;
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(if keep { data[start..end].to_vec() } else { data[start..i].to_vec() });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    let items = parts.into_iter().map(|p| same_kind(vm, args.get(0), p)).collect::<PyResult<_>>()?;
    Ok(vm.new_list(items))
}

fn partition_impl(vm: &mut Vm, args: Args<'_>, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    let [sep] = args.exact::<1>(vm, name, 1)?;
    let data = this(vm, &args, name)?;
    let s = data_arg(vm, sep)?;
    if s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { rfind_in(&data, &s, 0, data.len()) } else { find_sub(&data, &s, 0) };
    let like = args.get(0);
    let parts = match found {
        Some(i) => vec![data[..i].to_vec(), s.clone(), data[i + s.len()..].to_vec()],
        None if reverse => vec![Vec::new(), Vec::new(), data.clone()],
        None => vec![data.clone(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| same_kind(vm, like.clone(), p)).collect::<PyResult<TupleItems>>()?;
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn fill_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    args.count(vm, name, 1, 1, 2)?;
    let data = this(vm, args, name)?;
    let width = vm.ssize_arg(args.get(1))?.max(0) as usize;
    let fill = match args.get(2) {
        Value::Null => b' ',
        v => match access::bytes_data(vm, &v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = type_name(vm, &v);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {t}")));
            }
        },
    };
    Ok((data, width, fill))
}

/// `data` padded with `fill` to `width`: `left` fills, then `data`, then
/// the rest (`width` is more than `data`'s length).
fn padded(data: &[u8], width: usize, left: usize, fill: u8) -> Result<Vec<u8>, NoMemory> {
    let mut out = alloc::vec_with_capacity(width)?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(width, fill);
    Ok(out)
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, width, fill) = fill_args(vm, &args, "center")?;
    if data.len() >= width {
        return same_kind(vm, args.get(0), data);
    }
    let total = width - data.len();
    let left = total / 2 + (total & width & 1);
    let out = padded(&data, width, left, fill).or_memory_error(vm)?;
    same_kind(vm, args.get(0), out)
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, width, fill) = fill_args(vm, &args, "ljust")?;
    if data.len() >= width {
        return same_kind(vm, args.get(0), data);
    }
    let out = padded(&data, width, 0, fill).or_memory_error(vm)?;
    same_kind(vm, args.get(0), out)
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, width, fill) = fill_args(vm, &args, "rjust")?;
    if data.len() >= width {
        return same_kind(vm, args.get(0), data);
    }
    let out = padded(&data, width, width - data.len(), fill).or_memory_error(vm)?;
    same_kind(vm, args.get(0), out)
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [width] = args.exact::<1>(vm, "zfill", 1)?;
    let data = this(vm, &args, "zfill")?;
    let width = vm.ssize_arg(width)?.max(0) as usize;
    if data.len() >= width {
        return same_kind(vm, args.get(0), data);
    }
    let mut out = padded(&data, width, width - data.len(), b'0').or_memory_error(vm)?;
    // A sign moves in front of the zeros.
    if let Some(&c @ (b'+' | b'-')) = data.first() {
        out[0] = c;
        out[width - data.len()] = b'0';
    }
    same_kind(vm, args.get(0), out)
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "title")?;
    let mut previous_cased = false;
    let out: Vec<u8> = data
        .iter()
        .map(|&b| {
            let c = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            c
        })
        .collect();
    same_kind(vm, args.get(0), out)
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "capitalize")?;
    let out: Vec<u8> = data
        .iter()
        .enumerate()
        .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
        .collect();
    same_kind(vm, args.get(0), out)
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "swapcase")?;
    let out: Vec<u8> = data
        .iter()
        .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect();
    same_kind(vm, args.get(0), out)
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isalnum")?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphanumeric)))
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "islower")?;
    Ok(Value::Bool(data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)))
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isupper")?;
    Ok(Value::Bool(data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)))
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "isascii")?;
    Ok(Value::Bool(data.is_ascii()))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [tabsize] = args.bind(vm, "expandtabs", 1, ["tabsize"], 0, 1)?;
    let data = this(vm, &args, "expandtabs")?;
    let size = if tabsize.is_null() { 8 } else { i64::from(vm.c_int_arg(tabsize)?) };
    // The result's length first (CPython's first pass), so a result memory
    // cannot hold fails before it is built.
    let expanded = |mut emit: Option<&mut Vec<u8>>| -> Option<usize> {
        let (mut length, mut column) = (0usize, 0i64);
        for &b in &data {
            let n = match b {
                b'\t' if size > 0 => size - column % size,
                b'\t' => 0,
                _ => 1,
            };
            column = if matches!(b, b'\n' | b'\r') { 0 } else { column + n };
            length = length.checked_add(n as usize).filter(|l| *l <= i64::MAX as usize)?;
            if let Some(out) = emit.as_deref_mut() {
                if b == b'\t' {
                    out.resize(out.len() + n as usize, b' ');
                } else {
                    out.push(b);
                }
            }
        }
        Some(length)
    };
    let Some(length) = expanded(None) else {
        return Err(vm.overflow_error("result too long"));
    };
    let mut out = alloc::vec_with_capacity(length).or_memory_error(vm)?;
    expanded(Some(&mut out));
    same_kind(vm, args.get(0), out)
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p] = args.exact::<1>(vm, "removeprefix", 1)?;
    let data = this(vm, &args, "removeprefix")?;
    let p = data_arg(vm, p)?;
    let out = data.strip_prefix(&p[..]).map(|r| r.to_vec()).unwrap_or(data);
    same_kind(vm, args.get(0), out)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p] = args.exact::<1>(vm, "removesuffix", 1)?;
    let data = this(vm, &args, "removesuffix")?;
    let p = data_arg(vm, p)?;
    let out = if p.is_empty() { data } else { data.strip_suffix(&p[..]).map(|r| r.to_vec()).unwrap_or(data) };
    same_kind(vm, args.get(0), out)
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [table, delete] = args.bind(vm, "translate", 1, ["table", "delete"], 1, 2)?;
    let data = this(vm, &args, "translate")?;
    let table = if table.is_none() {
        None
    } else {
        let t = data_arg(vm, table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = if delete.is_null() { Vec::new() } else { data_arg(vm, delete)? };
    let out: Vec<u8> =
        data.iter().filter(|b| !delete.contains(b)).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    same_kind(vm, args.get(0), out)
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [from, to] = args.exact::<2>(vm, "maketrans", 0)?;
    let (from, to) = (data_arg(vm, from)?, data_arg(vm, to)?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in from.iter().zip(&to) {
        table[*a as usize] = *b;
    }
    Ok(vm.new_bytes(table))
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [i, v] = args.exact::<2>(vm, "insert", 1)?;
    let i = vm.index_i64(i)?;
    let b = byte_value(vm, v)?;
    with_bytearray(vm, args.get(0), |d| {
        alloc::reserve(d, 1)?;
        let len = d.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.insert(at as usize, b);
        Ok::<(), NoMemory>(())
    })
    .transpose()
    .or_memory_error(vm)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "remove", 1)?;
    let b = byte_value(vm, v)?;
    let found = with_bytearray(vm, args.get(0), |d| match d.iter().position(|x| *x == b) {
        Some(i) => {
            d.remove(i);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let data = this(vm, &args, "istitle")?;
    let (mut cased, mut previous_cased) = (false, false);
    for b in &data {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}
