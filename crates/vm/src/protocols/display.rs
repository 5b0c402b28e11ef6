//! Text forms of values: `repr`, `str` and `ascii`, as CPython writes them,
//! with `[...]` for a container that contains itself, user `__repr__` and
//! `__str__`, and a depth guard for deeply nested structures.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::{self, class_of};
use crate::objects::memory::OrMemoryError;
use crate::objects::types::{self, exceptions as exc, NativeKind};
use crate::value::alloc::{self};
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, Payload};
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

    /// The repr CPython's built-in types give `v` (no user `__repr__`): the
    /// repr slot of the type whose payload it carries, written in that
    /// type's file.
    pub(crate) fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        match v {
            // The commonest value (`str(i)`) skips the slot lookup.
            Value::Int(i) => Ok(i.to_string()),
            // An empty slot has no type.
            Value::Null => Ok("<NULL>".into()),
            _ => {
                let repr = class::layout_type(self, &v).slot(|s| s.repr).unwrap_or(types::object::default_repr);
                repr(self, &v)
            }
        }
    }

    /// `{key: value, ...}` for a dict's entries, guarding against a dict
    /// that contains itself (`{...}`).
    pub(crate) fn pairs_repr(&mut self, pairs: &[(Value, Value)], owner: ObjRef) -> PyResult<String> {
        if self.repr_active.contains(&owner) {
            return Ok("{...}".into());
        }
        self.repr_active.push(owner.clone());
        let mut out = String::from("{");
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
        self.repr_active.retain(|x| *x != owner);
        result?;
        out.push('}');
        Ok(out)
    }

    /// `open item, item close`, guarding against a container that contains itself.
    pub(crate) fn items_repr(
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

fn is_object_repr(m: Value) -> bool {
    matches!(m, Value::Native(n) if std::ptr::eq(n, types::object::OBJECT_REPR) || matches!(n.kind, NativeKind::Getter(_)))
}
