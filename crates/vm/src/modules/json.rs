//! The `json` module: `dumps`/`dump` with the output CPython 3.11 writes
//! (its C encoder without `indent`, its Python encoder with one), and
//! `loads`/`load` with the positions and messages of CPython's C scanner,
//! raised as `json.decoder.JSONDecodeError`.

use std::fmt::Write as _;

use isopy_compiler::BinaryOperator as Op;

use super::NativeModule;
use crate::objects::access;
use crate::objects::args::Signature;
use crate::objects::class::type_name;
use crate::objects::types::{self, exceptions as exc, BuiltinType, Native};
use crate::protocols::dictops;
use crate::protocols::ops;
use crate::value::object::ObjRef;
use crate::value::object::Payload;
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "json",
    functions: &[
        Native::function("dumps", dumps),
        Native::function("dump", dump),
        Native::function("loads", loads),
        Native::function("load", load),
    ],
    types: &[&JSON_DECODE_ERROR],
    init: None,
};

/// `json.JSONDecodeError`: a `ValueError` whose str is `msg: line L column C
/// (char P)`, with `msg`, `doc`, `pos`, `lineno` and `colno` attributes.
/// Its module is CPython's, so tracebacks name it `json.decoder.JSONDecodeError`.
pub static JSON_DECODE_ERROR: BuiltinType = BuiltinType {
    name: "JSONDecodeError",
    module: "json.decoder",
    base: Some(&exc::VALUE_ERROR),
    methods: &[Native::method("__init__", decode_error_init)],
    new: None,
    subclassable: true,
    exception: true,
    doc: "Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos\n",
    slots: crate::value::builtin::Slots::NONE,
};

/// Line and column (both from 1) of character `pos` of `doc`, as
/// `JSONDecodeError` computes them.
fn line_col(doc: &str, pos: usize) -> (usize, usize) {
    let mut line = 1;
    let mut last_newline: Option<usize> = None;
    for (i, c) in doc.chars().take(pos).enumerate() {
        if c == '\n' {
            line += 1;
            last_newline = Some(i);
        }
    }
    let col = match last_newline {
        Some(i) => pos - i,
        None => pos + 1,
    };
    (line, col)
}

/// `JSONDecodeError.__init__(self, msg, doc, pos)`, a Python method in
/// CPython (so `self` counts among its arguments in errors).
static DECODE_ERROR_INIT: Signature =
    Signature::python("JSONDecodeError.__init__", &["self", "msg", "doc", "pos"], 4, 4);

fn decode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, msg, doc, pos] = DECODE_ERROR_INIT.bind(vm, &args, 0)?;
    let pos_i = crate::objects::types::int::small(vm, pos.clone());
    let doc_text = access::str_text(vm, &doc).cloned();
    let (Some(p), Some(text)) = (pos_i, doc_text) else {
        return Err(vm.type_error("JSONDecodeError() needs a str document and an int position"));
    };
    let p = p.max(0) as usize;
    let (lineno, colno) = line_col(&text, p);
    let m = vm.to_str(msg.clone())?;
    let errmsg = vm.new_str(format!("{m}: line {lineno} column {colno} (char {p})"));
    if let Some(init) = exc::BASE_EXCEPTION.lookup("__init__") {
        (init.func)(vm, Args::new(&[this.clone(), errmsg]))?;
    }
    if let Some(d) = crate::protocols::attr::ensure_dict(vm, &this) {
        access::dict_set_str(vm, &d, "msg", msg);
        access::dict_set_str(vm, &d, "doc", doc);
        access::dict_set_str(vm, &d, "pos", pos);
        access::dict_set_str(vm, &d, "lineno", Value::Int(lineno as i64));
        access::dict_set_str(vm, &d, "colno", Value::Int(colno as i64));
    }
    Ok(Value::None)
}

fn flag(vm: &mut Vm, v: Value, default: bool) -> PyResult<bool> {
    if v.is_null() {
        Ok(default)
    } else {
        ops::truthy(vm, &v)
    }
}

// ------------------------------------------------------------ encoding

/// How to encode: `JSONEncoder`'s settings.
struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    /// The indent string (`None` for the compact one-line form).
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    /// `default=`, or `None` for the standard TypeError.
    default: Value,
    /// Containers being encoded, for "Circular reference detected".
    markers: Vec<ObjRef>,
    /// How deep the encoding has nested (its own recursion limit).
    depth: usize,
    out: String,
}

const ENCODER_KEYWORDS: [&str; 9] =
    ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

impl Encoder {
    /// The encoder `dumps`' keyword arguments describe.
    fn from_keywords(vm: &mut Vm, kw: &[Value; 9]) -> PyResult<Encoder> {
        let [skipkeys, ensure_ascii, check_circular, allow_nan, _cls, indent, separators, default, sort_keys] = kw;
        let indent = match indent {
            Value::Null | Value::None => None,
            v if access::str_text(vm, v).is_some() => access::str_text(vm, v).map(|s| s.to_string()),
            v => {
                let space = vm.new_str(" ");
                let s = ops::binary_op(vm, &space, v, Op::Multiply, false)?;
                Some(access::str_text(vm, &s).map(|t| t.to_string()).unwrap_or_default())
            }
        };
        let (item_separator, key_separator) = match separators {
            Value::Null | Value::None => (if indent.is_some() { "," } else { ", " }.to_string(), ": ".to_string()),
            seq => {
                let parts = crate::protocols::iter::unpack(vm, seq.clone(), 2)?;
                // make_encoder() checks the key separator (its 5th argument) first.
                let mut texts = [String::new(), String::new()];
                for (i, n) in [(1, 5), (0, 6)] {
                    match access::str_text(vm, &parts[i]) {
                        Some(t) => texts[i] = t.to_string(),
                        None => {
                            let t = type_name(vm, &parts[i]);
                            return Err(vm.type_error(format!("make_encoder() argument {n} must be str, not {t}")));
                        }
                    }
                }
                let [item, key] = texts;
                (item, key)
            }
        };
        Ok(Encoder {
            skipkeys: flag(vm, skipkeys.clone(), false)?,
            ensure_ascii: flag(vm, ensure_ascii.clone(), true)?,
            check_circular: flag(vm, check_circular.clone(), true)?,
            allow_nan: flag(vm, allow_nan.clone(), true)?,
            sort_keys: flag(vm, sort_keys.clone(), false)?,
            indent,
            item_separator,
            key_separator,
            default: if default.is_null() { Value::None } else { default.clone() },
            markers: Vec::new(),
            depth: 0,
            out: String::new(),
        })
    }

    fn write_str(&mut self, text: &str) {
        if self.ensure_ascii {
            escape_ascii(&mut self.out, text);
        } else {
            escape_unicode(&mut self.out, text);
        }
    }

    /// A float's JSON text (`NaN`, `Infinity`, `-Infinity` or its repr).
    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(isopy_syntax::pyrepr::float_repr(f));
        }
        if !self.allow_nan {
            // CPython's C encoder (no indent) omits the value; its Python one shows it.
            let message = if self.indent.is_some() {
                format!("Out of range float values are not JSON compliant: {}", isopy_syntax::pyrepr::float_repr(f))
            } else {
                "Out of range float values are not JSON compliant".to_string()
            };
            return Err(vm.value_error(message));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// The JSON text of a scalar (str, None, bool, int, float), if `v` is one.
    fn scalar(&mut self, vm: &mut Vm, v: Value) -> PyResult<bool> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Float(f) => {
                let t = self.float_text(vm, f)?;
                self.out.push_str(&t);
            }
            Value::Obj(r) => match &vm.heap.get(&r).payload {
                Payload::Str(s) => {
                    let text = s.text.clone();
                    self.write_str(&text);
                }
                Payload::Int(b) => {
                    let b = (**b).clone();
                    let t = types::int::big_to_decimal(vm, &b)?;
                    self.out.push_str(&t);
                }
                Payload::Float(f) => {
                    let t = self.float_text(vm, *f)?;
                    self.out.push_str(&t);
                }
                _ => return Ok(false),
            },
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, r: Option<ObjRef>) -> PyResult<()> {
        if let Some(r) = r {
            if self.check_circular {
                if self.markers.contains(&r) {
                    return Err(vm.value_error("Circular reference detected"));
                }
                self.markers.push(r);
            }
        }
        self.depth += 1;
        if self.depth + vm.ts.frames.len() > vm.recursion_limit {
            return Err(
                vm.error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object")
            );
        }
        Ok(())
    }

    fn leave(&mut self, r: Option<ObjRef>) {
        if r.is_some() && self.check_circular {
            self.markers.pop();
        }
        self.depth -= 1;
    }

    fn encode(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.encode_inner(vm, v, level))
    }

    fn encode_inner(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        if self.scalar(vm, v.clone())? {
            return Ok(());
        }
        let r = v.as_obj();
        let kind = r.map(|r| match &vm.heap.get(r).payload {
            Payload::List(items) => Some((false, items.clone())),
            Payload::Tuple(items) => Some((false, items.to_vec())),
            Payload::Dict(_) => Some((true, Vec::new())),
            _ => None,
        });
        match kind.flatten() {
            Some((false, items)) => self.encode_list(vm, r.cloned(), items, level),
            Some((true, _)) => {
                let d = r.expect("a dict is a heap object");
                let pairs = access::dict_items(vm, d);
                self.encode_dict(vm, d.clone(), pairs, level)
            }
            _ => {
                self.enter(vm, r.cloned())?;
                let replacement = if self.default.is_none() {
                    let t = type_name(vm, &v);
                    return Err(vm.type_error(format!("Object of type {t} is not JSON serializable")));
                } else {
                    vm.call(&self.default.clone(), std::slice::from_ref(&v))?
                };
                self.encode(vm, replacement, level)?;
                self.leave(r.cloned());
                Ok(())
            }
        }
    }

    fn encode_list(&mut self, vm: &mut Vm, r: Option<ObjRef>, items: Vec<Value>, level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, r.clone())?;
        self.out.push('[');
        self.newline(level + 1);
        for (i, v) in items.into_iter().enumerate() {
            if i > 0 {
                let sep = self.item_separator.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            self.encode(vm, v, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(r);
        Ok(())
    }

    /// A dict key as JSON text (before quoting), or `None` to skip it.
    fn key_text(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<String>> {
        Ok(Some(match key {
            Value::None => "null".into(),
            Value::Bool(b) => if b { "true" } else { "false" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float_text(vm, f)?,
            Value::Obj(ref r) => match &vm.heap.get(r).payload {
                Payload::Str(s) => s.text.to_string(),
                Payload::Int(b) => {
                    let b = (**b).clone();
                    types::int::big_to_decimal(vm, &b)?
                }
                Payload::Float(f) => {
                    let f = *f;
                    self.float_text(vm, f)?
                }
                _ => return self.bad_key(vm, key),
            },
            _ => return self.bad_key(vm, key),
        }))
    }

    fn bad_key(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<String>> {
        if self.skipkeys {
            return Ok(None);
        }
        let t = type_name(vm, &key);
        Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {t}")))
    }

    fn encode_dict(&mut self, vm: &mut Vm, d: ObjRef, mut pairs: Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, Some(d.clone()))?;
        if self.sort_keys {
            // sorted(d.items()): tuples compare as CPython's do, errors included.
            let tuples: Vec<Value> = pairs.iter().map(|(k, v)| vm.new_tuple([k.clone(), v.clone()])).collect();
            let sorted = types::list::sort_values(vm, tuples, Value::Null, false).map_err(|(e, _)| e)?;
            pairs = sorted
                .into_iter()
                .map(|t| {
                    let items = access::seq_items(vm, &t).unwrap_or_default();
                    (items[0].clone(), items[1].clone())
                })
                .collect();
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, v) in pairs {
            let Some(key) = self.key_text(vm, k)? else { continue };
            if !first {
                let sep = self.item_separator.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            first = false;
            self.write_str(&key);
            let sep = self.key_separator.clone();
            self.out.push_str(&sep);
            self.encode(vm, v, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(Some(d));
        Ok(())
    }
}

/// Appends `text` as a JSON string with every non-ASCII character escaped
/// (`\uXXXX`, astral characters as surrogate pairs).
fn escape_ascii(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
}

/// Appends `text` as a JSON string escaping only quotes, backslashes and
/// control characters (`ensure_ascii=False`).
fn escape_unicode(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

/// `json.dumps`/`dump`'s work: the encoder's text for `obj`, or the result
/// of `cls(**options).encode(obj)` for a custom `cls`.
fn encode_with(vm: &mut Vm, obj: Value, known: [Value; 9], rest: &[(Value, Value)]) -> PyResult<Value> {
    let cls = &known[4].clone();
    if !cls.is_null() && !cls.is_none() {
        let mut kw = Vec::new();
        for (name, v) in ENCODER_KEYWORDS.iter().zip(known) {
            if *name != "cls" && !v.is_null() {
                kw.push((vm.intern(name), v));
            }
        }
        kw.extend_from_slice(rest);
        let encoder = vm.call_kw(&cls.clone(), &[], &kw)?;
        return vm.call_method(&encoder, "encode", &[obj]);
    }
    if let Some((k, _)) = rest.first() {
        let k = access::str_text(vm, k).cloned().unwrap_or_default();
        return Err(vm.type_error(format!("JSONEncoder.__init__() got an unexpected keyword argument '{k}'")));
    }
    let mut encoder = Encoder::from_keywords(vm, &known)?;
    encoder.encode(vm, obj, 0)?;
    Ok(vm.new_str(encoder.out))
}

/// `json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
/// allow_nan=True, cls=None, indent=None, separators=None, default=None,
/// sort_keys=False, **kw)`, a Python function in CPython.
static DUMPS: Signature = Signature::python(
    "dumps",
    &[
        "obj",
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "cls",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ],
    1,
    1,
)
.with_extra_keywords();

/// `json.dump(obj, fp, *, ...)`: `dumps`' keyword-only parameters after two
/// positional ones.
static DUMP: Signature = Signature::python(
    "dump",
    &[
        "obj",
        "fp",
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "cls",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ],
    2,
    2,
)
.with_extra_keywords();

fn dumps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([obj, known @ ..], rest) = DUMPS.bind_extra::<10>(vm, &args, 0)?;
    encode_with(vm, obj, known, &rest)
}

fn dump(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([obj, fp, known @ ..], rest) = DUMP.bind_extra::<11>(vm, &args, 0)?;
    let text = encode_with(vm, obj, known, &rest)?;
    vm.call_method(&fp, "write", &[text])?;
    Ok(Value::None)
}

// ------------------------------------------------------------ decoding

/// Where and why decoding failed (a position in bytes of the document).
enum Fail {
    /// `JSONDecodeError(msg, doc, pos)`.
    Syntax(&'static str, usize),
    /// The scanner found no value here (CPython's StopIteration).
    NoValue(usize),
    /// A Python exception (from a hook or a conversion).
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

/// `JSONDecoder`'s settings and the document being scanned.
struct Decoder<'a> {
    text: &'a str,
    bytes: &'a [u8],
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    depth: usize,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

impl Decoder<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    /// Scans one value at `i`; returns it and the index after it.
    fn scan(&mut self, vm: &mut Vm, i: usize) -> Result<(Value, usize), Fail> {
        let Some(c) = self.at(i) else { return Err(Fail::NoValue(i)) };
        let rest = &self.bytes[i..];
        match c {
            b'"' => {
                let (s, end) = self.scan_string(i + 1)?;
                Ok((vm.new_str(s), end))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(vm, "-Infinity", i),
            _ => self.number(vm, i),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> Result<(Value, usize), Fail> {
        self.depth += 1;
        if self.depth + vm.ts.frames.len() > vm.recursion_limit {
            let what = if object { "object" } else { "array" };
            let message =
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
            return Err(Fail::Py(vm.error(&exc::RECURSION_ERROR, message)));
        }
        let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            if object {
                self.scan_object(vm, i + 1)
            } else {
                self.scan_array(vm, i + 1)
            }
        });
        self.depth -= 1;
        result
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, i: usize) -> Result<(Value, usize), Fail> {
        let end = i + name.len();
        if self.parse_constant.is_null() {
            let f = match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            };
            return Ok((Value::Float(f), end));
        }
        let s = vm.new_str(name);
        Ok((vm.call(&self.parse_constant.clone(), &[s])?, end))
    }

    /// A number (CPython's `_match_number_unicode`), or no value.
    fn number(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let b = self.bytes;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= b.len() {
                return Err(Fail::NoValue(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) && i + 1 < b.len() {
            let e_start = i;
            i += 1;
            if matches!(b.get(i), Some(b'-' | b'+')) && i + 1 < b.len() {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float { &self.parse_float } else { &self.parse_int };
        let value = if !hook.is_null() {
            let s = vm.new_str(text);
            vm.call(&hook.clone(), &[s])?
        } else if is_float {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else {
            types::int::parse_int(vm, text, 10, Value::None)?
        };
        Ok((value, i))
    }

    /// A string's contents from `start` (just after its opening quote);
    /// returns the text and the index after the closing quote.
    fn scan_string(&self, start: usize) -> Result<(String, usize), Fail> {
        let b = self.bytes;
        let begin = start - 1;
        let mut out = String::new();
        let mut end = start;
        loop {
            let mut next = end;
            while next < b.len() && b[next] != b'"' && b[next] != b'\\' {
                if b[next] <= 0x1f && self.strict {
                    return Err(Fail::Syntax("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= b.len() {
                return Err(Fail::Syntax("Unterminated string starting at", begin));
            }
            out.push_str(&self.text[end..next]);
            if b[next] == b'"' {
                return Ok((out, next + 1));
            }
            next += 1;
            if next == b.len() {
                return Err(Fail::Syntax("Unterminated string starting at", begin));
            }
            let c = b[next];
            if c != b'u' {
                end = next + 1;
                out.push(match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Fail::Syntax("Invalid \\escape", end - 2)),
                });
                continue;
            }
            let u = next;
            end = u + 5;
            if end >= b.len() {
                return Err(Fail::Syntax("Invalid \\uXXXX escape", u));
            }
            let mut code = self.hex4(u + 1)?;
            if (0xd800..0xdc00).contains(&code) && end + 6 < b.len() && b[end] == b'\\' && b[end + 1] == b'u' {
                let low = self.hex4(end + 2)?;
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    end += 6;
                }
            }
            // A lone surrogate cannot live in a UTF-8 str: it becomes U+FFFD.
            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
        }
    }

    /// Four hex digits at `i` (after a `\u` whose `u` is at `i - 1`).
    fn hex4(&self, i: usize) -> Result<u32, Fail> {
        let mut code = 0;
        for k in i..i + 4 {
            match self.bytes.get(k).copied().and_then(hex_value) {
                Some(d) => code = (code << 4) | d,
                None => return Err(Fail::Syntax("Invalid \\uXXXX escape", i - 1)),
            }
        }
        Ok(code)
    }

    fn scan_object(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b'}') {
            loop {
                if self.at(i) != Some(b'"') {
                    return Err(Fail::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (key, next) = self.scan_string(i + 1)?;
                let key = vm.new_str(key);
                i = self.skip_ws(next);
                if self.at(i) != Some(b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, next) = self.scan(vm, i)?;
                pairs.push((key, value));
                i = self.skip_ws(next);
                if self.at(i) == Some(b'}') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(Fail::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if !self.object_pairs_hook.is_null() && !self.object_pairs_hook.is_none() {
            let items = pairs.into_iter().map(|(k, v)| vm.new_tuple([k, v])).collect();
            let list = vm.new_list(items);
            return Ok((vm.call(&self.object_pairs_hook.clone(), &[list])?, end));
        }
        let d = vm.new_dict_ref();
        for (k, v) in pairs {
            dictops::dict_set(vm, &d, k, v)?;
        }
        if !self.object_hook.is_null() && !self.object_hook.is_none() {
            return Ok((vm.call(&self.object_hook.clone(), &[Value::Obj(d)])?, end));
        }
        Ok((Value::Obj(d), end))
    }

    fn scan_array(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(b']') {
            loop {
                let (value, next) = self.scan(vm, i)?;
                items.push(value);
                i = self.skip_ws(next);
                if self.at(i) == Some(b']') {
                    break;
                }
                if self.at(i) != Some(b',') {
                    return Err(Fail::Syntax("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((vm.new_list(items), i + 1))
    }
}

/// Raises `JSONDecodeError(msg, doc, pos)` (`pos` in characters).
fn decode_error(vm: &mut Vm, msg: &str, doc: Value, pos: usize) -> PyErr {
    let m = vm.new_str(msg);
    match vm.call(&Value::Type(&JSON_DECODE_ERROR), &[m, doc, Value::Int(pos as i64)]) {
        Ok(Value::Obj(r)) => PyErr(r),
        Ok(_) => vm.value_error(msg.to_string()),
        Err(e) => e,
    }
}

/// The text of `loads`' argument: a str, or bytes decoded as CPython's
/// `detect_encoding` guesses (UTF-8, UTF-16 or UTF-32).
fn document_text(vm: &mut Vm, s: Value) -> PyResult<(std::sync::Arc<str>, Value)> {
    if let Some(t) = access::str_text(vm, &s) {
        let t = t.clone();
        if t.starts_with('\u{feff}') {
            return Err(decode_error(vm, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0));
        }
        return Ok((t, s));
    }
    let Some(data) = access::bytes_data(vm, &s).map(|d| d.to_vec()) else {
        let t = type_name(vm, &s);
        return Err(vm.type_error(format!("the JSON object must be str, bytes or bytearray, not {t}")));
    };
    let text = decode_bytes(vm, &data)?;
    let doc = vm.new_str(text.as_str());
    Ok((text.into(), doc))
}

/// Decodes UTF-16 or UTF-32 (`width` bytes a unit) from `b[skip..]`, with
/// CPython's error for a truncated last unit.
fn decode_wide(vm: &mut Vm, b: &[u8], skip: usize, width: usize, big: bool, codec: &str) -> PyResult<String> {
    let body = &b[skip..];
    let tail = body.len() % width;
    if tail != 0 {
        let at = b.len() - tail;
        let message = if tail == 1 {
            format!("'{codec}' codec can't decode byte 0x{:02x} in position {at}: truncated data", b[at])
        } else {
            format!("'{codec}' codec can't decode bytes in position {at}-{}: truncated data", b.len() - 1)
        };
        return Err(vm.error(&exc::UNICODE_DECODE_ERROR, message));
    }
    let units = body.chunks_exact(width).map(|c| {
        let mut v = 0u32;
        for k in 0..width {
            let byte = if big { c[k] } else { c[width - 1 - k] };
            v = (v << 8) | u32::from(byte);
        }
        v
    });
    Ok(if width == 2 {
        let u: Vec<u16> = units.map(|x| x as u16).collect();
        String::from_utf16_lossy(&u)
    } else {
        units.map(|x| char::from_u32(x).unwrap_or('\u{fffd}')).collect()
    })
}

fn decode_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    if b.starts_with(&[0, 0, 0xfe, 0xff]) {
        return decode_wide(vm, b, 4, 4, true, "utf-32-be");
    }
    if b.starts_with(&[0xff, 0xfe, 0, 0]) {
        return decode_wide(vm, b, 4, 4, false, "utf-32-le");
    }
    if b.starts_with(&[0xfe, 0xff]) {
        return decode_wide(vm, b, 2, 2, true, "utf-16-be");
    }
    if b.starts_with(&[0xff, 0xfe]) {
        return decode_wide(vm, b, 2, 2, false, "utf-16-le");
    }
    let body = b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b);
    if b.len() >= 4 {
        if b[0] == 0 {
            return if b[1] != 0 {
                decode_wide(vm, b, 0, 2, true, "utf-16-be")
            } else {
                decode_wide(vm, b, 0, 4, true, "utf-32-be")
            };
        }
        if b[1] == 0 {
            return if b[2] != 0 || b[3] != 0 {
                decode_wide(vm, b, 0, 2, false, "utf-16-le")
            } else {
                decode_wide(vm, b, 0, 4, false, "utf-32-le")
            };
        }
    } else if b.len() == 2 {
        if b[0] == 0 {
            return decode_wide(vm, b, 0, 2, true, "utf-16-be");
        }
        if b[1] == 0 {
            return decode_wide(vm, b, 0, 2, false, "utf-16-le");
        }
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let reason = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&body[pos]) || body[pos] >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let message = format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {reason}", body[pos]);
            Err(vm.error(&exc::UNICODE_DECODE_ERROR, message))
        }
    }
}

/// `json.loads(s, *, cls=None, object_hook=None, parse_float=None,
/// parse_int=None, parse_constant=None, object_pairs_hook=None, **kw)`, a
/// Python function in CPython (`strict` is one of the `**kw` it passes on).
static LOADS: Signature = Signature::python(
    "loads",
    &["s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"],
    1,
    1,
)
.with_extra_keywords();

/// `json.load(fp, *, ...)`: `loads`' keyword-only parameters.
static LOAD: Signature = Signature::python(
    "load",
    &["fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"],
    1,
    1,
)
.with_extra_keywords();

/// `json.loads(s, **options)` once `s` is known: `known` holds the named
/// keyword-only arguments (in `LOADS` order), `rest` the `**kw`.
fn decode_with(vm: &mut Vm, s: Value, known: [Value; 6], rest: Vec<(Value, Value)>) -> PyResult<Value> {
    let [ref cls, ref object_hook, ref parse_float, ref parse_int, ref parse_constant, ref object_pairs_hook] = known;
    let (text, doc) = document_text(vm, s)?;
    if !cls.is_null() && !cls.is_none() {
        let mut options = Vec::new();
        for (name, v) in LOADS.params[2..].iter().zip(known.iter().skip(1).cloned()) {
            if !v.is_null() {
                options.push((vm.intern(name), v));
            }
        }
        options.extend_from_slice(&rest);
        let decoder = vm.call_kw(&cls.clone(), &[], &options)?;
        return vm.call_method(&decoder, "decode", &[doc]);
    }
    // Without `cls`, the `**kw` go to `JSONDecoder`, whose only parameter
    // `loads` does not name itself is `strict`.
    let mut strict = Value::Null;
    for (k, v) in &rest {
        let k = access::str_text(vm, k).cloned().unwrap_or_default();
        if &*k != "strict" {
            return Err(vm.type_error(format!("JSONDecoder.__init__() got an unexpected keyword argument '{k}'")));
        }
        strict = v.clone();
    }
    // `parse_float=float` and `parse_int=int` are the defaults, spelled out.
    let hook = |v: Value, t: &'static BuiltinType| match v {
        Value::None => Value::Null,
        Value::Type(x) if std::ptr::eq(x, t) => Value::Null,
        other => other,
    };
    let mut decoder = Decoder {
        text: &text,
        bytes: text.as_bytes(),
        strict: flag(vm, strict, true)?,
        object_hook: object_hook.clone(),
        object_pairs_hook: object_pairs_hook.clone(),
        parse_float: hook(parse_float.clone(), &types::FLOAT),
        parse_int: hook(parse_int.clone(), &types::INT),
        parse_constant: if parse_constant.is_none() { Value::Null } else { parse_constant.clone() },
        depth: 0,
    };
    let start = decoder.skip_ws(0);
    let result = decoder.scan(vm, start).and_then(|(v, end)| {
        let end = decoder.skip_ws(end);
        if end != decoder.bytes.len() {
            return Err(Fail::Syntax("Extra data", end));
        }
        Ok(v)
    });
    let char_pos = |byte: usize| text[..byte.min(text.len())].chars().count();
    match result {
        Ok(v) => Ok(v),
        Err(Fail::Py(e)) => Err(e),
        Err(Fail::NoValue(i)) => Err(decode_error(vm, "Expecting value", doc, char_pos(i))),
        Err(Fail::Syntax(msg, i)) => Err(decode_error(vm, msg, doc, char_pos(i))),
    }
}

fn loads(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([s, known @ ..], rest) = LOADS.bind_extra::<7>(vm, &args, 0)?;
    decode_with(vm, s, known, rest)
}

fn load(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([fp, known @ ..], rest) = LOAD.bind_extra::<7>(vm, &args, 0)?;
    let s = vm.call_method(&fp, "read", &[])?;
    decode_with(vm, s, known, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ascii(s: &str) -> String {
        let mut out = String::new();
        escape_ascii(&mut out, s);
        out
    }

    fn unicode(s: &str) -> String {
        let mut out = String::new();
        escape_unicode(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_as_cpython_does() {
        assert_eq!(ascii("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(ascii("é😀"), r#""\u00e9\ud83d\ude00""#);
        assert_eq!(ascii("\u{7f}\u{1}\n\u{8}\u{c}"), r#""\u007f\u0001\n\b\f""#);
        assert_eq!(unicode("é\u{1f}\u{7f}\u{2028}"), "\"é\\u001f\u{7f}\u{2028}\"");
    }

    #[test]
    fn floats_use_the_shortest_repr() {
        use isopy_syntax::pyrepr::float_repr;
        assert_eq!(float_repr(1e-7), "1e-07");
        assert_eq!(float_repr(1e100), "1e+100");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn positions_count_lines_and_columns() {
        assert_eq!(line_col("abc", 0), (1, 1));
        assert_eq!(line_col("a\nbc", 3), (2, 2));
        assert_eq!(line_col("a\n\n", 2), (2, 1));
        assert_eq!(line_col("é\nx", 2), (2, 1));
    }
}
