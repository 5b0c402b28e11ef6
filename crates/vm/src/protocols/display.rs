//! Text forms of values: `repr`, `str` and `ascii`, as CPython writes them,
//! with `[...]` for a container that contains itself, user `__repr__` and
//! `__str__`, and a depth guard for deeply nested structures.

use crate::objects::access::address;
use std::sync::Arc;

use isopy_syntax::pyrepr;

use crate::objects::access;
use crate::objects::class::{self, class_of};
use crate::objects::memory::OrMemoryError;
use crate::objects::types::{self, exceptions as exc, NativeKind};
use crate::value::alloc::{self};
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, DictView, Payload, PyStr};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        self.ts.native_depth += 1;
        let result = if self.ts.native_depth > self.recursion_limit + 50 {
            Err(self
                .error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object"))
        } else {
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.repr_unguarded(v.clone()))
        };
        self.ts.native_depth -= 1;
        result
    }

    fn repr_unguarded(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(ref r) = v {
            let class = &self.heap.get(r).class;
            if let ClassRef::User(_) = class {
                if let Some(m) = class::lookup(self, class, "__repr__") {
                    if !is_object_repr(m.clone()) {
                        let s = self.call_unbound(m, v, &[], &[])?;
                        return match access::str_text(self, &s) {
                            Some(t) => Ok(t.to_string()),
                            None => {
                                let t = class::type_name(self, &s);
                                Err(self.type_error(format!("__repr__ returned non-string (type {t})")))
                            }
                        };
                    }
                }
            } else if let Payload::Native(_) = self.heap.get(r).payload {
                if let Some(m) = class::lookup(self, class, "__repr__") {
                    if !is_object_repr(m.clone()) {
                        let s = self.call_unbound(m, v, &[], &[])?;
                        return Ok(access::str_text(self, &s).map(|t| t.to_string()).unwrap_or_default());
                    }
                }
            }
        }
        self.builtin_repr(v)
    }

    /// The repr CPython's built-in types give `v` (no user `__repr__`).
    pub(crate) fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => pyrepr::float_repr(f),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Type(t) => format!("<class '{}'>", t.qualified_name()),
            Value::Native(n) => format!("<built-in function {}>", n.name),
            Value::Null => "<NULL>".into(),
            Value::Obj(r) => return self.object_repr(r),
        })
    }

    fn object_repr(&mut self, r: ObjRef) -> PyResult<String> {
        enum Shape {
            Text(String),
            Items(Vec<Value>, &'static str, &'static str, bool),
            Pairs(Vec<(Value, Value)>, String, String),
            Wrapped(String, Value, String),
        }
        let class = self.heap.get(&r).class.clone();
        // The repr of a long text or data is measured first: one memory
        // cannot hold is MemoryError, not an abort while it is built.
        let size = match &self.heap.get(&r).payload {
            Payload::Str(PyStr { text, .. }) if text.len() > 1 << 15 => pyrepr::str_repr_len(text),
            Payload::Bytes(b) if b.len() > 1 << 15 => pyrepr::bytes_repr_len(b),
            // Its own escapes, and the copy `bytearray_repr` makes.
            Payload::ByteArray(b) if b.len() > 1 << 15 => pyrepr::bytes_repr_len(b).saturating_mul(3),
            _ => 0,
        };
        alloc::probe(size.saturating_add(16)).or_memory_error(self)?;
        let shape = match &self.heap.get(&r.clone()).payload {
            Payload::Str(s) => Shape::Text(pyrepr::str_repr(&s.text)),
            Payload::Bytes(b) => Shape::Text(pyrepr::bytes_repr(b)),
            Payload::ByteArray(b) => Shape::Text(format!("bytearray({})", bytearray_repr(b))),
            Payload::Int(b) => {
                let b = (**b).clone();
                Shape::Text(crate::objects::types::int::to_decimal(self, &b)?)
            }
            Payload::Float(f) => Shape::Text(pyrepr::float_repr(*f)),
            Payload::List(items) => Shape::Items(items.clone(), "[", "]", false),
            Payload::Tuple(items) => Shape::Items(items.to_vec(), "(", ")", items.len() == 1),
            Payload::Dict(d) => {
                let pairs = d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
                let name = ("{".to_string(), "}".to_string());
                Shape::Pairs(pairs, name.0, name.1)
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                let frozen = matches!(self.heap.get(&r).payload, Payload::FrozenSet(_));
                let keys: Vec<Value> = s.iter().map(|(_, k)| k).collect();
                let name = if let ClassRef::User(_) = class {
                    class::class_name(self, &class).to_string()
                } else if frozen {
                    "frozenset".into()
                } else {
                    "set".into()
                };
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                if frozen || matches!(class, ClassRef::User(_)) {
                    let inner = self.items_repr(&keys, "{", "}", false, r)?;
                    return Ok(format!("{name}({inner})"));
                }
                Shape::Items(keys, "{", "}", false)
            }
            Payload::Range { start, stop, step } => Shape::Text(if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }),
            Payload::BigRange(b) => Shape::Text(crate::objects::types::range::repr_of(b)),
            Payload::Slice(parts) => {
                let parts = (**parts).clone();
                let a = self.repr(&parts[0].clone())?;
                let b = self.repr(&parts[1].clone())?;
                let c = self.repr(&parts[2].clone())?;
                Shape::Text(format!("slice({a}, {b}, {c})"))
            }
            Payload::Function(f) => {
                let q = access::str_text(self, &f.qualname).map(|s| s.to_string()).unwrap_or_default();
                Shape::Text(format!("<function {q} at {:#x}>", address(r.clone())))
            }
            Payload::BoundMethod { func, receiver } => {
                let (func, receiver) = (func.clone(), receiver.clone());
                let q = match func {
                    Value::Obj(f) => match &self.heap.get(&f).payload {
                        Payload::Function(f) => {
                            access::str_text(self, &f.qualname).map(|s| s.to_string()).unwrap_or_default()
                        }
                        _ => "?".into(),
                    },
                    Value::Native(n) => n.name.to_string(),
                    _ => "?".into(),
                };
                let of = self.repr(&receiver)?;
                Shape::Text(format!("<bound method {q} of {of}>"))
            }
            Payload::NativeMethod { native, receiver } => {
                let (native, receiver) = (*native, receiver.clone());
                if let Some(cls) = class::as_class(self, &receiver) {
                    let _ = cls;
                    let t = self.repr(&receiver)?;
                    let t = t.trim_start_matches("<class '").trim_end_matches("'>").to_string();
                    Shape::Text(format!("<built-in method {} of type object at {:#x}>", native.name, type_address(&t)))
                } else if let Some(m) = crate::objects::access::module_name(self, &receiver) {
                    let _ = m;
                    Shape::Text(format!("<built-in function {}>", native.name))
                } else {
                    let t = class::type_name(self, &receiver);
                    let at = match receiver {
                        Value::Obj(o) => address(o),
                        _ => 0,
                    };
                    Shape::Text(format!("<built-in method {} of {t} object at {at:#x}>", native.name))
                }
            }
            Payload::Class(c) => {
                let module = crate::objects::access::dict_get_str(self, &c.namespace, "__module__")
                    .and_then(|m| access::str_text(self, &m).cloned());
                let q = c.qualname.clone();
                Shape::Text(match module {
                    Some(m) if &*m != "builtins" => format!("<class '{m}.{q}'>"),
                    _ => format!("<class '{q}'>"),
                })
            }
            Payload::Module(m) => {
                let name = m.name.clone();
                let file = self
                    .heap
                    .get(&r)
                    .dict
                    .clone()
                    .and_then(|d| crate::objects::access::dict_get_str(self, &d, "__file__"));
                Shape::Text(match file.and_then(|f| access::str_text(self, &f).cloned()) {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None => format!("<module '{name}' (built-in)>"),
                })
            }
            Payload::Cell(c) => {
                let c = c.clone();
                Shape::Text(if c.is_null() {
                    format!("<cell at {:#x}: empty>", address(r.clone()))
                } else {
                    let t = class::type_name(self, &c);
                    let at = match c {
                        Value::Obj(o) => address(o.clone()),
                        _ => 0,
                    };
                    format!("<cell at {:#x}: {t} object at {at:#x}>", address(r.clone()))
                })
            }
            Payload::Generator(g) => {
                let q = access::str_text(self, &g.qualname).map(|s| s.to_string()).unwrap_or_default();
                Shape::Text(format!("<generator object {q} at {:#x}>", address(r.clone())))
            }
            Payload::Iter(_) => {
                let name = class::class_name(self, &class);
                Shape::Text(format!("<{name} object at {:#x}>", address(r.clone())))
            }
            Payload::Exception(e) => {
                let args = e.args.clone();
                let name = class::class_name(self, &class);
                let items = access::seq_items(self, &args).map(|s| s.to_vec()).unwrap_or_default();
                if items.len() == 1 {
                    let inner = self.repr(&items[0].clone())?;
                    Shape::Text(format!("{name}({inner})"))
                } else {
                    let inner = self.items_repr(&items, "(", ")", false, r.clone())?;
                    Shape::Text(format!("{name}{inner}"))
                }
            }
            Payload::Property(_) => Shape::Text(format!("<property object at {:#x}>", address(r.clone()))),
            Payload::StaticMethod(f) => Shape::Wrapped("<staticmethod(".into(), f.clone(), ")>".into()),
            Payload::ClassMethod(f) => Shape::Wrapped("<classmethod(".into(), f.clone(), ")>".into()),
            Payload::Super { class: c, receiver } => {
                let (c, receiver) = (c.clone(), receiver.clone());
                let cname = class::class_name(self, &c);
                let rname = class::type_name(self, &receiver);
                Shape::Text(format!("<super: <class '{cname}'>, <{rname} object>>"))
            }
            Payload::DictView { dict, kind } => {
                let (dict, kind) = (dict.clone(), *kind);
                let name = match kind {
                    DictView::Keys => "dict_keys",
                    DictView::Values => "dict_values",
                    DictView::Items => "dict_items",
                };
                let entries = crate::objects::access::dict_items(self, &dict);
                let items: Vec<Value> = match kind {
                    DictView::Keys => entries.iter().map(|e| e.0.clone()).collect(),
                    DictView::Values => entries.iter().map(|e| e.1.clone()).collect(),
                    DictView::Items => {
                        entries.iter().map(|(k, v)| self.new_tuple(vec![k.clone(), v.clone()])).collect()
                    }
                };
                let inner = self.items_repr(&items, "[", "]", false, dict)?;
                Shape::Text(format!("{name}({inner})"))
            }
            Payload::Code(c) => Shape::Text(format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                address(r.clone()),
                c.code.filename,
                c.code.first_line
            )),
            Payload::Traceback { .. } => Shape::Text(format!("<traceback object at {:#x}>", address(r.clone()))),
            Payload::Instance(_) | Payload::Native(_) => {
                let name = match &class {
                    ClassRef::User(cr) => {
                        let ns = class::class_data(self, cr).namespace.clone();
                        let module = crate::objects::access::dict_get_str(self, &ns, "__module__")
                            .and_then(|m| access::str_text(self, &m).cloned())
                            .map(|m| format!("{m}."))
                            .unwrap_or_default();
                        format!("{module}{}", class::class_qualname(self, &class))
                    }
                    ClassRef::Builtin(t) => t.qualified_name(),
                };
                Shape::Text(format!("<{name} object at {:#x}>", address(r.clone())))
            }
        };
        match shape {
            Shape::Text(t) => Ok(t),
            Shape::Items(items, open, close, trailing_comma) => {
                let inner = self.items_repr(&items, open, close, trailing_comma, r.clone())?;
                if let ClassRef::User(_) = class {
                    if matches!(self.heap.get(&r).payload, Payload::Tuple(_)) {
                        return Ok(inner);
                    }
                }
                Ok(inner)
            }
            Shape::Pairs(pairs, open, close) => {
                if self.repr_active.contains(&r) {
                    return Ok("{...}".into());
                }
                self.repr_active.push(r.clone());
                let mut out = open;
                let result = (|| {
                    for (i, (k, v)) in pairs.iter().enumerate() {
                        let (k, v) = (self.repr(&k.clone())?, self.repr(&v.clone())?);
                        alloc::reserve_str(&mut out, k.len() + v.len() + 4).or_memory_error(self)?;
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&k);
                        out.push_str(": ");
                        out.push_str(&v);
                    }
                    Ok(())
                })();
                self.repr_active.retain(|x| *x != r);
                result?;
                out.push_str(&close);
                Ok(out)
            }
            Shape::Wrapped(open, inner, close) => {
                let i = self.repr(&inner)?;
                Ok(format!("{open}{i}{close}"))
            }
        }
    }

    /// `open item, item close`, guarding against a container that contains itself.
    fn items_repr(
        &mut self,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
        owner: ObjRef,
    ) -> PyResult<String> {
        if self.repr_active.contains(&owner) {
            return Ok(format!("{open}...{close}"));
        }
        self.repr_active.push(owner.clone());
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, v) in items.iter().enumerate() {
            // The text grows fallibly: a repr memory cannot hold is MemoryError.
            let piece = self
                .repr(&v.clone())
                .and_then(|s| alloc::reserve_str(&mut out, s.len() + 2).map(|()| s).or_memory_error(self));
            match piece {
                Ok(s) => {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&s);
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_active.retain(|x| *x != owner);
        result?;
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        Ok(out)
    }

    /// `str(v)` as Rust text.
    pub fn to_str(&mut self, v: Value) -> PyResult<Arc<str>> {
        if let Some(t) = access::str_text(self, &v) {
            if matches!(class_of(self, &v), ClassRef::Builtin(_)) {
                return Ok(t.clone());
            }
        }
        let s = self.str_value(&v)?;
        Ok(access::str_text(self, &s).cloned().unwrap_or_default())
    }

    /// `str(v)` as a str object (a str is returned as it is).
    pub(crate) fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        let class = class_of(self, v);
        if let ClassRef::Builtin(t) = class {
            if std::ptr::eq(t, &types::STR) {
                return Ok(v.clone());
            }
            if !t.exception && !matches!(v, Value::Obj(ref r) if matches!(self.heap.get(r).payload, Payload::Native(_)))
            {
                let s = self.builtin_repr(v.clone())?;
                return self.new_str_fallible(s);
            }
        }
        if let Some(m) = class::lookup(self, &class, "__str__") {
            let is_object_str = matches!(m, Value::Native(n) if std::ptr::eq(n, types::object::OBJECT_STR));
            if !is_object_str {
                let s = self.call_unbound(m, v.clone(), &[], &[])?;
                if access::str_text(self, &s).is_none() {
                    let t = class::type_name(self, &s);
                    return Err(self.type_error(format!("__str__ returned non-string (type {t})")));
                }
                return Ok(s);
            }
        }
        let s = self.repr(v)?;
        self.new_str_fallible(s)
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub(crate) fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(ascii_escape(&r))
    }
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn type_address(name: &str) -> u64 {
    let mut h: u64 = 0x7f00_1000_0000;
    for b in name.bytes() {
        h = h.wrapping_mul(31).wrapping_add(b as u64);
    }
    0x7f00_0000_0000 | (h & 0xff_ffff_fff0)
}

fn is_object_repr(m: Value) -> bool {
    matches!(m, Value::Native(n) if std::ptr::eq(n, types::object::OBJECT_REPR) || matches!(n.kind, NativeKind::Getter(_)))
}

/// `repr` of a bytearray's contents: like bytes, but CPython's
/// `bytearray_repr` escapes a single quote even inside double quotes.
fn bytearray_repr(b: &[u8]) -> String {
    let r = pyrepr::bytes_repr(b);
    if r.starts_with("b\"") {
        let inner = &r[2..r.len() - 1];
        return format!("b\"{}\"", inner.replace('\'', "\\'"));
    }
    r
}
