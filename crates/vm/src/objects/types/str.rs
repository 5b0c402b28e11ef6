//! `str`: UTF-8 text with character (code point) indexing, and the str
//! methods of LANGUAGE.md with CPython's results and errors. `str.format`
//! lives in `str_format`, `%` formatting in `printf`.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::{self, type_name};
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Protocols;
use crate::objects::types::dunders::container_table;
use crate::objects::types::{exceptions as exc, str_case, BuiltinType, Native, OBJECT};
use crate::value::alloc::{self};
use crate::value::object::{ClassRef, ObjRef, Payload, PyStr};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

static STR_METHODS: &[Native] = &container_table![
    Native::staticmethod("__new__", str_new),
    Native::method("__repr__", str_repr),
    Native::method("__str__", str_str),
    Native::method("__hash__", crate::objects::types::dunders::hash),
    Native::method("__mod__", str_mod),
    Native::method("__rmod__", str_rmod),
    Native::method("__format__", crate::objects::types::dunders::format),
    Native::method("join", join),
    Native::method("split", split),
    Native::method("rsplit", rsplit),
    Native::method("splitlines", splitlines),
    Native::method("strip", strip),
    Native::method("lstrip", lstrip),
    Native::method("rstrip", rstrip),
    Native::method("replace", replace),
    Native::method("find", find),
    Native::method("rfind", rfind),
    Native::method("index", index),
    Native::method("rindex", rindex),
    Native::method("count", count),
    Native::method("startswith", startswith),
    Native::method("endswith", endswith),
    Native::method("upper", upper),
    Native::method("lower", lower),
    Native::method("casefold", casefold),
    Native::method("title", title),
    Native::method("capitalize", capitalize),
    Native::method("swapcase", swapcase),
    Native::method("isdigit", isdigit),
    Native::method("isdecimal", isdecimal),
    Native::method("isnumeric", isnumeric),
    Native::method("isalpha", isalpha),
    Native::method("isalnum", isalnum),
    Native::method("isspace", isspace),
    Native::method("isupper", isupper),
    Native::method("islower", islower),
    Native::method("istitle", istitle),
    Native::method("isidentifier", isidentifier),
    Native::method("isprintable", isprintable),
    Native::method("isascii", isascii),
    Native::method("encode", encode),
    Native::method("center", center),
    Native::method("ljust", ljust),
    Native::method("rjust", rjust),
    Native::method("zfill", zfill),
    Native::method("partition", partition),
    Native::method("rpartition", rpartition),
    Native::method("expandtabs", expandtabs),
    Native::method("removeprefix", removeprefix),
    Native::method("removesuffix", removesuffix),
    Native::staticmethod("maketrans", maketrans),
    Native::method("translate", translate),
    Native::method("format", crate::objects::types::str_format::format_method),
    Native::method("format_map", crate::objects::types::str_format::format_map),
    Native::method("__getnewargs__", str_str),
];

/// The built-in type `str`.
pub static STR: BuiltinType = BuiltinType {
    name: "str",
    module: "builtins",
    base: Some(&OBJECT),
    methods: STR_METHODS,
    new: Some(str_new),
    subclassable: true,
    exception: false,
    doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    slots: crate::value::builtin::Slots {
        hash: Some(str_hash),
        truthy: Some(str_truthy),
        len: Some(str_len),
        contains: Some(str_contains),
        compare: Some(str_compare),
        known_eq: Some(str_known_eq),
        getitem: Some(getitem),
        iter: Some(str_iter),
        binary: Some(str_binary),
        repr: Some(str_repr_slot),
        ..crate::value::builtin::Slots::NONE
    },
};

/// `hash(s)`: the hash of the text, cached in the str (the hash slot).
fn str_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Str(s) => access::str_hash(s),
        _ => access::identity_hash(r),
    })
}

/// `bool(s)`: whether the text is non-empty (the truthy slot).
fn str_truthy(vm: &Vm, r: &ObjRef) -> Option<bool> {
    match &vm.heap.get(r).payload {
        Payload::Str(s) => Some(!s.text.is_empty()),
        _ => None,
    }
}

/// `len(s)`: the number of characters, kept with the text (the len slot).
fn str_len(vm: &mut Vm, r: &ObjRef) -> PyResult<Option<usize>> {
    Ok(match &vm.heap.get(r).payload {
        Payload::Str(s) => Some(s.chars),
        _ => None,
    })
}

/// `s < t`, `s == t`, ...: two strs compare by code points (the compare
/// slot).
fn str_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    Ok(match (access::str_text(vm, a), access::str_text(vm, b)) {
        (Some(x), Some(y)) => Value::Bool(crate::objects::compare::ordering_holds(op, x.cmp(y))),
        _ => Value::NotImplemented,
    })
}

/// `s == other` without running code (the known_eq slot): strs by text,
/// and no other built-in value equals a str.
fn str_known_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    match (access::str_text(vm, a), access::str_text(vm, b)) {
        (Some(x), Some(y)) => Some(x == y),
        _ => crate::objects::compare::slot_compared(vm, b).then_some(false),
    }
}

/// `item in s`: a substring test, for str items only (the contains slot).
fn str_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    match (access::str_text(vm, container), access::str_text(vm, item)) {
        (Some(text), Some(needle)) => Ok(text.contains(&**needle)),
        (Some(_), None) => {
            let t = type_name(vm, item);
            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {t}")))
        }
        (None, _) => Ok(false),
    }
}

/// The binary slot of `str`: `+` and `*` as for the other built-in
/// sequences, and `%` formatting with a str on the left.
fn str_binary(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    match op {
        isopy_compiler::BinaryOperator::Remainder => match access::str_text(vm, a) {
            Some(_) => printf(vm, a.clone(), b.clone()),
            None => Ok(Value::NotImplemented),
        },
        _ => crate::objects::types::list::sequence_binary(vm, a, b, op),
    }
}

/// The repr slot of `str`: the text quoted and escaped. A long text's repr
/// is measured first, so one memory cannot hold is MemoryError rather than
/// an abort while it is built.
fn str_repr_slot(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(text) = access::str_text(vm, v).cloned() else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    if text.len() > 1 << 15 {
        alloc::probe(isopy_syntax::pyrepr::str_repr_len(&text).saturating_add(16)).or_memory_error(vm)?;
    }
    Ok(isopy_syntax::pyrepr::str_repr(&text))
}

/// A one-character str for `c` (ASCII ones are interned).
pub fn char_value(vm: &mut Vm, c: char) -> Value {
    if c.is_ascii() {
        // A table by code: indexing and iterating strs makes these by the
        // million, and the interning table's hashing was most of their cost.
        let code = c as usize;
        if let Some(v) = vm.ascii_chars.get(code) {
            if !v.is_null() {
                return v.clone();
            }
        }
        let mut buf = [0u8; 4];
        let v = vm.intern(c.encode_utf8(&mut buf));
        if vm.ascii_chars.is_empty() && vm.ascii_chars.try_reserve_exact(128).is_ok() {
            vm.ascii_chars.resize(128, Value::Null);
        }
        if let Some(slot) = vm.ascii_chars.get_mut(code) {
            *slot = v.clone();
        }
        return v;
    }
    vm.new_str(c.to_string())
}

/// The text of the str instance a method was called on.
fn this(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Arc<str>> {
    match access::str_text(vm, &args.get(0)) {
        Some(t) => Ok(t.clone()),
        None => {
            let t = type_name(vm, &args.get(0));
            Err(vm.type_error(format!("descriptor '{method}' for 'str' objects doesn't apply to a '{t}' object")))
        }
    }
}

/// A str argument, or CPython's TypeError naming the method (`what`; the
/// search methods name nothing: "must be str, not int").
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<Arc<str>> {
    match access::str_text(vm, &v) {
        Some(t) => Ok(t.clone()),
        None => {
            let t = type_name(vm, &v);
            let what = if what.is_empty() { String::new() } else { format!("{what} ") };
            Err(vm.type_error(format!("{what}must be str, not {t}")))
        }
    }
}

/// Byte offset of character `i` in `s` (`i` may equal the length).
pub fn char_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(o, _)| o)
}

fn info(vm: &Vm, v: Value) -> (Arc<str>, usize, bool) {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Str(s) => (s.text.clone(), s.chars, s.is_ascii()),
            _ => ("".into(), 0, true),
        },
        _ => ("".into(), 0, true),
    }
}

/// `s[key]`.
pub fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let (text, len, ascii) = info(vm, obj.clone());
    if let Some(parts) = access::slice_parts(vm, &key) {
        let s = vm.resolve_slice(parts, len)?;
        if s.step == 1 {
            let a = char_offset(&text, ascii, s.start as usize);
            let b = char_offset(&text, ascii, s.start as usize + s.len);
            if a == 0
                && b == text.len()
                && matches!(vm.heap.get(obj.as_obj().expect("a str")).class, ClassRef::Builtin(_))
            {
                return Ok(obj);
            }
            return Ok(vm.new_str(&text[a..b]));
        }
        let out: String = if ascii {
            let bytes = text.as_bytes();
            s.indices().map(|i| bytes[i] as char).collect()
        } else {
            let chars: Vec<char> = text.chars().collect();
            s.indices().map(|i| chars[i]).collect()
        };
        return Ok(vm.new_str(out));
    }
    let i = match key {
        Value::Int(i) => i,
        _ => match vm.index_value(&key)? {
            Some(_) => vm.index_i64(key)?,
            None => {
                let t = type_name(vm, &key);
                return Err(vm.type_error(format!("string indices must be integers, not '{t}'")));
            }
        },
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("string index out of range"));
    }
    let c = if ascii { text.as_bytes()[j as usize] as char } else { text.chars().nth(j as usize).expect("in range") };
    Ok(char_value(vm, c))
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object, encoding, errors] = args.bind(vm, "str", 1, ["object", "encoding", "errors"], 0, 3)?;
    let s = if object.is_null() {
        vm.new_str("")
    } else if encoding.is_null() && errors.is_null() {
        vm.str_value(&object)?
    } else {
        let Some(data) = access::bytes_data(vm, &object).map(|b| b.to_vec()) else {
            let t = type_name(vm, &object);
            return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {t} found")));
        };
        let enc = if encoding.is_null() { "utf-8".into() } else { str_arg(vm, encoding, "str() argument 'encoding'")? };
        let err = if errors.is_null() { "strict".into() } else { str_arg(vm, errors, "str() argument 'errors'")? };
        let text = crate::objects::types::bytes::decode_bytes(vm, &data, &enc, &err)?;
        vm.new_str(text)
    };
    let cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &STR)) {
        return Ok(s);
    }
    let text = access::str_text(vm, &s).cloned().unwrap_or_default();
    Ok(vm.instance_with_payload(cls, Payload::Str(PyStr::new(text))))
}

fn str_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__repr__")?;
    Ok(vm.new_str(isopy_syntax::pyrepr::str_repr(&t)))
}

fn str_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__str__")?;
    if class::class_of(vm, &args.get(0)).is_builtin(&STR) {
        return Ok(args.get(0));
    }
    Ok(vm.new_str(t))
}

fn str_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__mod__", 0)?;
    printf(vm, a, b)
}

fn str_rmod(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `format % args` for a str format.
pub fn printf(vm: &mut Vm, format: Value, args: Value) -> PyResult<Value> {
    let text = access::str_text(vm, &format).cloned().unwrap_or_default();
    let out = crate::objects::types::printf::format(vm, &text, args, false)?;
    vm.new_str_fallible(String::from_utf8(out).unwrap_or_default())
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = args.exact::<1>(vm, "str.join", 1)?;
    let sep = this(vm, &args, "join")?;
    let items = match vm.collect(iterable.clone()) {
        Ok(items) => items,
        Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) && !can_iterate(vm, iterable) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    // First the items' types and the result's size (CPython's two passes),
    // so a result memory cannot hold fails before anything is copied.
    let gaps = items.len().saturating_sub(1);
    let sep_chars = info(vm, args.get(0)).1;
    let (mut bytes, mut chars) = (sep.len().saturating_mul(gaps), sep_chars.saturating_mul(gaps));
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Str(_)) => {
                let Payload::Str(s) = &vm.heap.get(r).payload else { unreachable!("checked") };
                bytes = bytes.saturating_add(s.text.len());
                chars = chars.saturating_add(s.chars);
            }
            _ => {
                let t = type_name(vm, item);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {t} found")));
            }
        }
    }
    if chars > i64::MAX as usize {
        return Err(vm.overflow_error("join() result is too long for a Python string"));
    }
    let mut out = alloc::string_with_capacity(bytes).or_memory_error(vm)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(access::str_text(vm, item).map_or("", |t| t));
    }
    vm.new_str_fallible(out)
}

fn can_iterate(vm: &Vm, v: Value) -> bool {
    let c = class::class_of(vm, &v);
    class::lookup(vm, &c, "__iter__").is_some() || class::lookup(vm, &c, "__getitem__").is_some()
}

fn maxsplit_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_null() {
        Ok(-1)
    } else {
        vm.index_i64(v)
    }
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind(vm, "split", 1, ["sep", "maxsplit"], 0, 2)?;
    let text = this(vm, &args, "split")?;
    let maxsplit = maxsplit_arg(vm, maxsplit)?;
    let parts: Vec<String> = if sep.is_null() || sep.is_none() {
        split_whitespace(&text, maxsplit)
    } else {
        let Some(sep) = access::str_text(vm, &sep).cloned() else {
            let t = type_name(vm, &sep);
            return Err(vm.type_error(format!("must be str or None, not {t}")));
        };
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        match maxsplit {
            n if n < 0 => text.split(&*sep).map(String::from).collect(),
            n => text.splitn(n as usize + 1, &*sep).map(String::from).collect(),
        }
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn split_whitespace(text: &str, maxsplit: i64) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text.trim_start_matches(str_case::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && parts.len() as i64 == maxsplit {
            parts.push(rest.to_string());
            break;
        }
        let end = rest.find(str_case::is_space).unwrap_or(rest.len());
        parts.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(str_case::is_space);
    }
    parts
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [sep, maxsplit] = args.bind(vm, "rsplit", 1, ["sep", "maxsplit"], 0, 2)?;
    let text = this(vm, &args, "rsplit")?;
    let maxsplit = maxsplit_arg(vm, maxsplit)?;
    let mut parts: Vec<String> = if sep.is_null() || sep.is_none() {
        let mut parts = Vec::new();
        let mut rest = text.trim_end_matches(str_case::is_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            let start =
                rest.rfind(str_case::is_space).map_or(0, |i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()));
            parts.push(rest[start..].to_string());
            rest = rest[..start].trim_end_matches(str_case::is_space);
        }
        parts
    } else {
        let Some(sep) = access::str_text(vm, &sep).cloned() else {
            let t = type_name(vm, &sep);
            return Err(vm.type_error(format!("must be str or None, not {t}")));
        };
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        match maxsplit {
            n if n < 0 => text.rsplit(&*sep).map(String::from).collect(),
            n => text.rsplitn(n as usize + 1, &*sep).map(String::from).collect(),
        }
    };
    parts.reverse();
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [keepends] = args.bind(vm, "splitlines", 1, ["keepends"], 0, 1)?;
    let text = this(vm, &args, "splitlines")?;
    let keep = !keepends.is_null() && vm.truthy(&keepends)?;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = chars.peek() {
                    chars.next();
                    end += 1;
                }
            }
            parts.push(if keep { &text[start..end] } else { &text[start..i] }.to_string());
            start = end;
        }
    }
    if start < text.len() {
        parts.push(text[start..].to_string());
    }
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn strip_chars(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Arc<str>, Option<Vec<char>>)> {
    args.count(vm, name, 1, 0, 1)?;
    let text = this(vm, args, name)?;
    let chars = args.get(1);
    if chars.is_null() || chars.is_none() {
        return Ok((text, None));
    }
    let Some(set) = access::str_text(vm, &chars).cloned() else {
        return Err(vm.type_error(format!("{name} arg must be None or str")));
    };
    Ok((text, Some(set.chars().collect())))
}

fn strip_impl(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (text, set) = strip_chars(vm, &args, name)?;
    let matches = |c: char| match &set {
        None => str_case::is_space(c),
        Some(s) => s.contains(&c),
    };
    let mut s: &str = &text;
    if left {
        s = s.trim_start_matches(matches);
    }
    if right {
        s = s.trim_end_matches(matches);
    }
    if s.len() == text.len() {
        return Ok(args.get(0));
    }
    Ok(vm.new_str(s))
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
    let text = this(vm, &args, "replace")?;
    let old = str_arg(vm, args.get(1), "replace() argument 1")?;
    let new = str_arg(vm, args.get(2), "replace() argument 2")?;
    let count = if args.get(3).is_null() { -1 } else { vm.index_i64(args.get(3))? };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    // How many replacements, then the result's size: one memory cannot
    // hold fails before it is built (CPython counts first too).
    let chars = text.chars().count();
    let n = if old.is_empty() { chars + 1 } else { text.matches(&*old).count() }.min(limit);
    let grown = |old_len: usize, new_len: usize, len: usize| {
        (len as u128 - (n * old_len) as u128).checked_add(n as u128 * new_len as u128)
    };
    let (old_chars, new_chars) = (old.chars().count(), new.chars().count());
    if grown(old_chars, new_chars, chars).is_none_or(|c| c > i64::MAX as u128) {
        return Err(vm.overflow_error("replace string is too long"));
    }
    let size = grown(old.len(), new.len(), text.len()).and_then(|b| usize::try_from(b).ok());
    let mut out = size.map_or(Err(alloc::NoMemory), alloc::string_with_capacity).or_memory_error(vm)?;
    if old.is_empty() {
        // `new` before each of the first `n` characters (and at the end).
        for (i, c) in text.chars().enumerate() {
            if i < n {
                out.push_str(&new);
            }
            out.push(c);
        }
        if n > chars {
            out.push_str(&new);
        }
    } else {
        let mut start = 0;
        for (at, _) in text.match_indices(&*old).take(n) {
            out.push_str(&text[start..at]);
            out.push_str(&new);
            start = at + old.len();
        }
        out.push_str(&text[start..]);
    }
    vm.new_str_fallible(out)
}

/// The `[start:end]` character window of a search method, as byte offsets
/// (CPython's `ADJUST_INDICES`: `end` is clipped to the length but `start`
/// is not, so a start past the end leaves no window, even for `""`).
/// The receiver's text and its length in characters (kept by the str, so
/// the search methods never count a whole string on each call).
fn this_counted(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<(Arc<str>, usize)> {
    if let Value::Obj(r) = &args.get(0) {
        if let Payload::Str(s) = &vm.heap.get(r).payload {
            return Ok((s.text.clone(), s.chars));
        }
    }
    let text = this(vm, args, method)?;
    let chars = text.chars().count();
    Ok((text, chars))
}

/// The byte range of `text` (of `chars` characters) that `start` and
/// `end` select as a slice would, or `None` when it is empty by order.
fn window(vm: &mut Vm, text: &str, chars: usize, start: Value, end: Value) -> PyResult<Option<(usize, usize)>> {
    let absent = |v: &Value| v.is_null() || v.is_none();
    if absent(&start) && absent(&end) {
        return Ok(Some((0, text.len())));
    }
    let len = chars as i64;
    // A str is ASCII exactly when it has as many characters as bytes.
    let ascii = chars == text.len();
    let resolve = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v.is_null() || v.is_none() {
            return Ok(None);
        }
        match vm.index_value(&v)? {
            Some(b) => {
                let i = num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                });
                Ok(Some(if i < 0 { i.saturating_add(len).max(0) } else { i }))
            }
            None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let a = resolve(vm, start)?.unwrap_or(0);
    let b = resolve(vm, end)?.map_or(len, |b| b.min(len));
    if a > b {
        return Ok(None);
    }
    Ok(Some((char_offset(text, ascii, a as usize), char_offset(text, ascii, b as usize))))
}

/// The character index of byte offset `byte` of `text` (of `chars`
/// characters).
fn char_index_of(text: &str, chars: usize, byte: usize) -> i64 {
    if chars == text.len() {
        byte as i64
    } else {
        text[..byte].chars().count() as i64
    }
}

fn search(vm: &mut Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<i64> {
    args.count(vm, name, 1, 1, 3)?;
    let (text, chars) = this_counted(vm, args, name)?;
    let needle = str_arg(vm, args.get(1), "")?;
    let Some((a, b)) = window(vm, &text, chars, args.get(2), args.get(3))? else { return Ok(-1) };
    let hay = &text[a..b];
    let found = if reverse { hay.rfind(&*needle) } else { hay.find(&*needle) };
    Ok(match found {
        Some(i) => char_index_of(&text, chars, a + i),
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, &args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    search(vm, &args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "count", 1, 1, 3)?;
    let (text, chars) = this_counted(vm, &args, "count")?;
    let needle = str_arg(vm, args.get(1), "")?;
    let Some((a, b)) = window(vm, &text, chars, args.get(2), args.get(3))? else { return Ok(Value::Int(0)) };
    let hay = &text[a..b];
    let n = if needle.is_empty() { hay.chars().count() + 1 } else { hay.matches(&*needle).count() };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    args.count(vm, name, 1, 1, 3)?;
    let (text, chars) = this_counted(vm, &args, name)?;
    let Some((a, b)) = window(vm, &text, chars, args.get(2), args.get(3))? else { return Ok(Value::Bool(false)) };
    let hay = &text[a..b];
    if let Some(p) = access::str_text(vm, &args.get(1)) {
        // One str (the common case): no list of candidates.
        return Ok(Value::Bool(if suffix { hay.ends_with(&**p) } else { hay.starts_with(&**p) }));
    }
    let candidates: Vec<Value> = match access::seq_items(vm, &args.get(1)) {
        Some(items) if class::class_of(vm, &args.get(1)).is_builtin(&crate::objects::types::TUPLE) => items.to_vec(),
        _ => vec![args.get(1)],
    };
    for c in candidates {
        let Some(p) = access::str_text(vm, &c).cloned() else {
            let t = type_name(vm, &c);
            let which = if suffix { "endswith" } else { "startswith" };
            return Err(vm.type_error(format!("{which} first arg must be str or a tuple of str, not {t}")));
        };
        if (suffix && hay.ends_with(&*p)) || (!suffix && hay.starts_with(&*p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn map_text(vm: &mut Vm, args: Args<'_>, name: &str, f: impl Fn(&str) -> String) -> PyResult<Value> {
    args.count_in(vm, "str", name, 1, 0, 0)?;
    let text = this(vm, &args, name)?;
    Ok(vm.new_str(f(&text)))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "lower", |s| s.to_lowercase())
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "title", str_case::title)
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "capitalize", str_case::capitalize)
}

fn casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "casefold", str_case::casefold)
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_text(vm, args, "swapcase", str_case::swapcase)
}

fn predicate(vm: &mut Vm, args: Args<'_>, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    args.count_in(vm, "str", name, 1, 0, 0)?;
    let text = this(vm, &args, name)?;
    Ok(Value::Bool(f(&text)))
}

/// Whether `c` is a Unicode decimal digit (category Nd), for the blocks
/// programs meet.
pub fn is_decimal_char(c: char) -> bool {
    if c.is_ascii_digit() {
        return true;
    }
    let n = c as u32;
    [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20,
        0x1040, 0xff10,
    ]
    .iter()
    .any(|&s| (s..s + 10).contains(&n))
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}')
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| !s.is_empty() && s.chars().all(is_digit_char))
}

fn isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| !s.is_empty() && s.chars().all(is_decimal_char))
}

fn isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()))
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic() && !c.is_numeric()))
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| !s.is_empty() && s.chars().all(str_case::is_space))
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| {
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase() || str_case::is_titlecase(c))
    })
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| {
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase() || str_case::is_titlecase(c))
    })
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "istitle", |s| {
        let mut cased = false;
        let mut previous_cased = false;
        for c in s.chars() {
            if c.is_uppercase() || str_case::is_titlecase(c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

fn isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || unicode_ident::is_xid_start(c) => chars.all(unicode_ident::is_xid_continue),
            _ => false,
        }
    })
}

fn isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| s.chars().all(is_printable))
}

/// Whether `repr` shows `c` as it is (CPython's `Py_UNICODE_ISPRINTABLE`, approximately).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff))
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [encoding, errors] = args.bind(vm, "encode", 1, ["encoding", "errors"], 0, 2)?;
    let text = this(vm, &args, "encode")?;
    let enc = if encoding.is_null() { "utf-8".into() } else { str_arg(vm, encoding, "encode() argument 'encoding'")? };
    let err = if errors.is_null() { "strict".into() } else { str_arg(vm, errors, "encode() argument 'errors'")? };
    // Most encodings make about as many bytes as the text has; the rest
    // grow as they go.
    alloc::probe(text.len()).or_memory_error(vm)?;
    let data = encode_text(vm, &text, &enc, &err)?;
    vm.new_bytes_fallible(data)
}

/// Encodes text with a codec CPython names (see [`crate::objects::codecs`]).
pub fn encode_text(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::objects::codecs::encode(vm, text, encoding, errors)
}

fn fill_arg(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Arc<str>, usize, char)> {
    args.count(vm, name, 1, 1, 2)?;
    let text = this(vm, args, name)?;
    let width = vm.ssize_arg(args.get(1))?.max(0) as usize;
    let fill = match args.get(2) {
        Value::Null => ' ',
        v => {
            let Some(f) = access::str_text(vm, &v).cloned() else {
                let t = type_name(vm, &v);
                return Err(vm.type_error(format!("The fill character must be a unicode character, not {t}")));
            };
            match f.chars().next() {
                Some(c) if f.len() == c.len_utf8() => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok((text, width, fill))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = fill_arg(vm, &args, "center")?;
    let len = text.chars().count();
    if len >= width {
        return Ok(args.get(0));
    }
    let total = width - len;
    // CPython's rule: the extra space goes left when the total and the width are odd.
    let left = total / 2 + (total & width & 1);
    let out = alloc::padded(fill, (left, 0, total - left), &text, "").or_memory_error(vm)?;
    vm.new_str_fallible(out)
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = fill_arg(vm, &args, "ljust")?;
    let len = text.chars().count();
    if len >= width {
        return Ok(args.get(0));
    }
    let out = alloc::padded(fill, (0, 0, width - len), &text, "").or_memory_error(vm)?;
    vm.new_str_fallible(out)
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = fill_arg(vm, &args, "rjust")?;
    let len = text.chars().count();
    if len >= width {
        return Ok(args.get(0));
    }
    let out = alloc::padded(fill, (width - len, 0, 0), &text, "").or_memory_error(vm)?;
    vm.new_str_fallible(out)
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [width] = args.exact::<1>(vm, "str.zfill", 1)?;
    let text = this(vm, &args, "zfill")?;
    let width = vm.ssize_arg(width)?.max(0) as usize;
    let len = text.chars().count();
    if len >= width {
        return Ok(args.get(0));
    }
    // A sign stays in front of the zeros.
    let sign = if text.starts_with(['+', '-']) { 1 } else { 0 };
    let out = alloc::padded('0', (0, width - len, 0), &text[..sign], &text[sign..]).or_memory_error(vm)?;
    vm.new_str_fallible(out)
}

fn partition_impl(vm: &mut Vm, args: Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let [sep] = args.exact_in::<1>(vm, "str", name, 1)?;
    let text = this(vm, &args, name)?;
    let sep_text = str_arg(vm, sep.clone(), "")?;
    if sep_text.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { text.rfind(&*sep_text) } else { text.find(&*sep_text) };
    let parts = match found {
        Some(i) => {
            let a = vm.new_str(&text[..i]);
            let b = vm.new_str(&text[i + sep_text.len()..]);
            vec![a, sep, b]
        }
        None => {
            let empty = vm.new_str("");
            let empty2 = vm.new_str("");
            if reverse {
                vec![empty, empty2, args.get(0)]
            } else {
                vec![args.get(0), empty, empty2]
            }
        }
    };
    Ok(vm.new_tuple(parts))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [tabsize] = args.bind(vm, "expandtabs", 1, ["tabsize"], 0, 1)?;
    let text = this(vm, &args, "expandtabs")?;
    let size = if tabsize.is_null() { 8 } else { i64::from(vm.c_int_arg(tabsize)?) };
    // The result's length first (CPython's first pass), so a result memory
    // cannot hold fails before it is built.
    let expanded = |mut emit: Option<&mut String>| -> Option<usize> {
        let (mut bytes, mut chars, mut column) = (0usize, 0usize, 0i64);
        for c in text.chars() {
            let n = match c {
                '\t' if size > 0 => size - column % size,
                '\t' => 0,
                _ => 1,
            };
            column = if matches!(c, '\n' | '\r') { 0 } else { column + n };
            chars = chars.checked_add(n as usize).filter(|l| *l <= i64::MAX as usize)?;
            bytes += if c == '\t' { n as usize } else { c.len_utf8() };
            if let Some(out) = emit.as_deref_mut() {
                if c == '\t' {
                    alloc::push_repeated(out, " ", n as usize).ok()?;
                } else {
                    out.push(c);
                }
            }
        }
        Some(bytes)
    };
    let Some(bytes) = expanded(None) else {
        return Err(vm.overflow_error("new string is too long"));
    };
    let mut out = alloc::string_with_capacity(bytes).or_memory_error(vm)?;
    expanded(Some(&mut out));
    vm.new_str_fallible(out)
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p] = args.exact::<1>(vm, "str.removeprefix", 1)?;
    let text = this(vm, &args, "removeprefix")?;
    let p = str_arg(vm, p, "removeprefix() argument")?;
    match text.strip_prefix(&*p) {
        Some(rest) if !p.is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(args.get(0)),
    }
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p] = args.exact::<1>(vm, "str.removesuffix", 1)?;
    let text = this(vm, &args, "removesuffix")?;
    let p = str_arg(vm, p, "removesuffix() argument")?;
    match text.strip_suffix(&*p) {
        Some(rest) if !p.is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(args.get(0)),
    }
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "maketrans", 0, 1, 3)?;
    let table = vm.new_dict_ref();
    if args.pos.len() == 1 {
        let Value::Obj(src) = args.get(0) else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        if !matches!(vm.heap.get(&src).payload, Payload::Dict(_)) {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in crate::objects::access::dict_items(vm, &src) {
            let key = match access::str_text(vm, &k).cloned() {
                Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().expect("one char") as i64),
                Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                None => k,
            };
            vm.dict_set(&table, key, v)?;
        }
        return Ok(Value::Obj(table));
    }
    let from = str_arg(vm, args.get(0), "maketrans() argument 1")?;
    let to = str_arg(vm, args.get(1), "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        vm.dict_set(&table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if !args.get(2).is_null() {
        let gone = str_arg(vm, args.get(2), "maketrans() argument 3")?;
        for c in gone.chars() {
            vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(table))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [table] = args.exact::<1>(vm, "str.translate", 1)?;
    let text = this(vm, &args, "translate")?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match vm.getitem(table.clone(), Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Ok(v) => match access::str_text(vm, &v) {
                Some(s) => out.push_str(s),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
            Err(e) if vm.error_is(&e, &exc::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

/// `iter(s)` (the str type's `iter` slot): an iterator over the text as
/// it is now (a str never changes).
pub fn str_iter(vm: &mut Vm, s: &Value) -> PyResult<Value> {
    let text = access::str_text(vm, s).expect("a str carries its text").clone();
    Ok(vm.new_iter(crate::value::object::IterState::Str { text, offset: 0 }))
}
