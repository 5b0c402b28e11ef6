//! The frame loop's inline caches (see `value/sites.rs`): the attribute,
//! method and global instructions first try what they found last time,
//! and when that no longer holds they take the general path and record
//! what it found, if it is a case a cache can answer:
//! - a global or builtin name, by the dicts' layout versions;
//! - an instance attribute kept in its slot array, by class version and
//!   shape, when the class has no `__getattribute__`/`__setattr__` of its
//!   own and nothing of the name that could be a data descriptor;
//! - a method of the class (a Python function or a built-in method), by
//!   class version and the receiver's layout (which shows that the
//!   instance does not shadow it).
//!
//! Whatever changes one of those versions (a class attribute set or
//! deleted, a global added or removed, an attribute deleted from an
//! instance, `__getattr__` added to a class) sends the instruction back
//! to the general path, which is the one that decides what Python does;
//! the caches only skip re-deciding it.

use std::rc::Rc;

use crate::objects::access;
use crate::objects::class::{self, class_data};
use crate::objects::types::{self, NativeKind};
use crate::protocols::attr;
use crate::value::object::{ClassRef, CodeData, ObjRef, Payload};
use crate::value::sites::{self, CachedMethod, MethodKey, Site, SlotKey};
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// Whether instruction `at` (whose entry is `site`) is waiting before it
/// tries to specialise again; counts the wait down.
#[inline]
fn backing_off(code: &CodeData, at: usize, site: Site) -> bool {
    match site {
        Site::Backoff(n) if n > 0 => {
            code.sites.set(&code.code.instructions, at, Site::Backoff(n - 1));
            true
        }
        _ => false,
    }
}

/// Records what instruction `at` found, learning it into what its entry
/// held (`site`), or (for a case no cache answers) a wait before the next
/// attempt.
fn record(code: &CodeData, at: usize, site: Site, found: Option<Site>) {
    let site = match found {
        Some(found) => site.learn(found),
        None => Site::Backoff(sites::BACKOFF),
    };
    code.sites.set(&code.code.instructions, at, site);
}

impl Vm {
    /// `LOAD_GLOBAL` at instruction `at` of `code` for name `name`, run
    /// with `globals` and `builtins`, when its entry did not answer (the
    /// frame loop checks it first, with `sites::global`): the general
    /// lookup, recording where it found the name.
    #[cold]
    pub(in crate::exec) fn load_global_uncached(
        &mut self,
        code: &CodeData,
        at: usize,
        globals: &ObjRef,
        builtins: &ObjRef,
        name: &Value,
    ) -> Option<Value> {
        let instructions = &code.code.instructions;
        if let Some(i) = access::dict_find_name(self, globals, name) {
            let g = access::dict_mut(self, globals).layout_version();
            code.sites.set(instructions, at, Site::Global { globals: g, builtins: 0, index: i as u32 });
            return access::dict_ref(self, globals).entry_at(i).map(|e| e.value.clone());
        }
        let i = access::dict_find_name(self, builtins, name)?;
        let g = access::dict_mut(self, globals).layout_version();
        let b = access::dict_mut(self, builtins).layout_version();
        code.sites.set(instructions, at, Site::Global { globals: g, builtins: b, index: i as u32 });
        access::dict_ref(self, builtins).entry_at(i).map(|e| e.value.clone())
    }

    /// `LOAD_ATTR` at instruction `at` of `code` (`obj.name`) when its entry
    /// `site` did not answer (the frame loop checks it first, with
    /// `sites::slot`): the general lookup, recording what it found.
    pub(in crate::exec) fn load_attr_uncached(
        &mut self,
        code: &CodeData,
        at: usize,
        site: Site,
        obj: &Value,
        name: &Value,
    ) -> PyResult<Value> {
        let v = attr::getattr(self, obj, name)?;
        if !backing_off(code, at, site) {
            let found = self.slot_site(obj, name, false);
            record(code, at, site, found);
        }
        Ok(v)
    }

    /// `STORE_ATTR` at instruction `at` of `code`: `obj.name = value`.
    #[inline]
    pub(in crate::exec) fn store_attr_cached(
        &mut self,
        code: &CodeData,
        at: usize,
        obj: &Value,
        name: &Value,
        value: Value,
    ) -> PyResult<()> {
        let site = code.sites.get(at);
        let value = match sites::store_slot(&mut self.heap, site, obj, value) {
            Ok(()) => return Ok(()),
            Err(value) => value,
        };
        if backing_off(code, at, site) {
            return attr::setattr(self, obj, name, value);
        }
        // Where the attribute was before the store decides the entry: an
        // existing slot, or the shape the store moves the instance from.
        let before = self.slot_site(obj, name, true);
        attr::setattr(self, obj, name, value)?;
        let found = match before {
            Some(Site::AddSlot { tag, shape, .. }) => self.added_slot(obj, tag, shape),
            other => other,
        };
        record(code, at, site, found);
        Ok(())
    }

    /// `LOAD_METHOD` at instruction `at` of `code` when its entry `site`
    /// did not answer (the frame loop checks it first, with
    /// `sites::method`): the callable and receiver for `obj.name(...)`
    /// (see `attr::load_method`), recording what it found.
    pub(in crate::exec) fn load_method_uncached(
        &mut self,
        code: &CodeData,
        at: usize,
        site: Site,
        obj: &Value,
        name: &Value,
    ) -> PyResult<(Value, Value)> {
        let (callable, receiver) = attr::load_method(self, obj, name)?;
        if !backing_off(code, at, site) {
            let found = if receiver.is_null() { None } else { self.method_site(obj, &callable) };
            record(code, at, site, found);
        }
        Ok((callable, receiver))
    }

    /// The entry for `obj.name` when the attribute lives in `obj`'s slot
    /// array and nothing on its class can intercept it. For a store,
    /// an attribute not there yet gives an `AddSlot` entry still to be
    /// completed with the shape the store moves to.
    fn slot_site(&self, obj: &Value, name: &Value, store: bool) -> Option<Site> {
        let Value::Obj(r) = obj else { return None };
        let o = self.heap.get(r);
        let Payload::Instance(attrs) = &o.payload else { return None };
        let shape = attrs.shape.as_ref()?;
        let ClassRef::User(c) = &o.class else { return None };
        let text = access::str_text(self, name)?;
        let class = o.class.clone();
        let plain_access = if store {
            // Only `object.__setattr__` is known to store into the slots.
            match class::lookup(self, &class, "__setattr__") {
                None => true,
                Some(Value::Native(n)) => std::ptr::eq(n, types::object::OBJECT_SETATTR),
                Some(_) => false,
            }
        } else {
            // A built-in `__getattribute__` is the generic one.
            matches!(class::lookup(self, &class, "__getattribute__"), None | Some(Value::Native(_)))
        };
        if !plain_access {
            return None;
        }
        if !self.never_a_data_descriptor(class::lookup(self, &class, text)) {
            return None;
        }
        let tag = class_data(self, c).version.get();
        let shape_ptr = Rc::as_ptr(shape);
        match shape.index_of(text) {
            Some(index) => Some(Site::Slot(SlotKey { tag, shape: shape_ptr, index: index as u32 }, SlotKey::NONE)),
            None if store => Some(Site::AddSlot { tag, shape: shape_ptr, next: std::ptr::null() }),
            None => None,
        }
    }

    /// Completes an `AddSlot` entry after the store: the shape the
    /// instance moved to, if it moved to a successor of `shape`.
    fn added_slot(&self, obj: &Value, tag: u64, shape: *const crate::value::shape::Shape) -> Option<Site> {
        let Value::Obj(r) = obj else { return None };
        let Payload::Instance(attrs) = &self.heap.get(r).payload else { return None };
        let next = Rc::as_ptr(attrs.shape.as_ref()?);
        Some(Site::AddSlot { tag, shape, next })
    }

    /// Whether a class attribute found under an instance attribute's name
    /// can never intercept it: absent, a function, or a built-in method.
    /// (An object of a user class might gain `__set__` later, which no
    /// version this cache checks would show.)
    fn never_a_data_descriptor(&self, found: Option<Value>) -> bool {
        match found {
            None => true,
            Some(Value::Native(n)) => matches!(n.kind, NativeKind::Method | NativeKind::ClassMethod),
            Some(Value::Obj(r)) => matches!(self.heap.get(&r).payload, Payload::Function(_)),
            Some(_) => true,
        }
    }

    /// The entry for the method `callable` that `load_method` found on
    /// `obj`'s class, if a cache can answer for it.
    fn method_site(&self, obj: &Value, callable: &Value) -> Option<Site> {
        let Value::Obj(r) = obj else { return None };
        let o = self.heap.get(r);
        match &o.class {
            // Classes, modules and super objects look attributes up their own way.
            class @ ClassRef::Builtin(_) => {
                if [&types::TYPE, &types::MODULE, &types::SUPER].into_iter().any(|t| class.is_builtin(t)) {
                    return None;
                }
            }
            ClassRef::User(_) => {
                if !matches!(o.payload, Payload::Instance(_)) {
                    return None;
                }
            }
        }
        let shape = sites::layout_of(o)?;
        let method = match callable {
            Value::Obj(f) if matches!(self.heap.get(f).payload, Payload::Function(_)) => {
                CachedMethod::Function(f.unowned())
            }
            Value::Native(n) => CachedMethod::Native(n),
            _ => return None,
        };
        let key = MethodKey { tag: sites::class_tag(&self.heap, o), shape, method };
        Some(Site::Method(key, MethodKey { tag: 0, ..key }))
    }
}
