//! Inline caches: what an attribute, method or global instruction found
//! the last time it ran, and the versions under which that answer holds
//! (CPython 3.11's specialising interpreter keeps the same in the
//! instruction stream). One entry per caching instruction of a code
//! object, in the interpreter's own copy of the code ([`CodeData`]), so a
//! cache can never hand one interpreter's object to another even though
//! the compiled code is shared. Attribute and method entries remember two
//! classes, so a site in a base class's method serves its subclasses.
//!
//! An entry only records; the frame loop checks the versions before it
//! trusts one, and refills it when they changed:
//! - class version tags (`version.rs`) change whenever a class or a base
//!   changes, and are unique in the process;
//! - an instance's shape (`shape.rs`) names the index of each attribute,
//!   and a class's shapes live as long as the class;
//! - a dict's layout version (`dict.rs`) stays the same while no key is
//!   added or removed, and is unique in the process.
//!
//! [`CodeData`]: crate::value::object::CodeData

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use crate::value::builtin::{BuiltinType, Native};
use crate::value::dict::Dict;
use crate::value::heap::{Heap, Unowned};
use crate::value::object::{ClassRef, Object, Payload};
use crate::value::shape::Shape;
use crate::value::Value;
use isopy_compiler::{Instruction, Opcode};

/// A method an entry found on a class, held without a count: the class
/// version tag the entry is checked against guarantees that the class
/// still holds it (as in `type_cache.rs`).
#[derive(Clone, Copy)]
pub(crate) enum CachedMethod {
    /// A Python function.
    Function(Unowned<Object>),
    /// A built-in method.
    Native(&'static Native),
}

/// How many runs an unspecialisable site waits before trying again.
pub(crate) const BACKOFF: u8 = 32;

/// What one instruction found.
#[derive(Clone, Copy, Default)]
pub(crate) enum Site {
    /// Nothing yet, or a case the caches do not handle.
    #[default]
    Empty,
    /// The last attempt found a case no cache answers: the next `n`
    /// runs take the general path without trying again (CPython's
    /// adaptive backoff), so a site that never specialises costs little.
    Backoff(u8),
    /// `LOAD_GLOBAL`: the name is entry `index` of the globals (when
    /// `builtins` is 0) or of the builtins; valid while the globals' layout
    /// is `globals` and the builtins' is `builtins`.
    Global {
        /// The globals' layout version.
        globals: u64,
        /// The builtins' layout version, or 0 if the name is a global.
        builtins: u64,
        /// The entry position.
        index: u32,
    },
    /// `LOAD_ATTR`/`STORE_ATTR`: an instance attribute kept in a slot, for
    /// two layouts (the most recent first).
    Slot(SlotKey, SlotKey),
    /// `STORE_ATTR` that adds an attribute: instances of the class with
    /// version `tag` laid out by `shape` move to `next` (its successor for
    /// the name) and append the value.
    AddSlot {
        /// The class version tag.
        tag: u64,
        /// The instance's shape before.
        shape: *const Shape,
        /// The shape after (kept alive by `shape`'s successor table).
        next: *const Shape,
    },
    /// `LOAD_METHOD`: a method of the receiver's class, for two classes
    /// (the most recent first).
    Method(MethodKey, MethodKey),
}

/// An instance attribute at `index` of its values, for instances of the
/// class with version `tag` laid out by `shape` (the class has no
/// descriptor or hook for the name). A null shape matches nothing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct SlotKey {
    /// The class version tag.
    pub tag: u64,
    /// The instance's shape.
    pub shape: *const Shape,
    /// Where the value is.
    pub index: u32,
}

impl SlotKey {
    /// A key that matches nothing.
    pub const NONE: SlotKey = SlotKey { tag: 0, shape: std::ptr::null(), index: 0 };
}

/// The class with version `tag` (a built-in type's tag is its address with
/// the top bit set) has `method` under the name, and instances laid out by
/// `shape` (null: instances without their own attributes) do not shadow
/// it. Tag 0 matches nothing.
#[derive(Clone, Copy)]
pub(crate) struct MethodKey {
    /// The class version tag.
    pub tag: u64,
    /// The instance's shape, or null.
    pub shape: *const Shape,
    /// What the class has.
    pub method: CachedMethod,
}

impl Site {
    /// This site with `found` added: a slot or method entry keeps the
    /// key it had as its second.
    pub(crate) fn learn(self, found: Site) -> Site {
        match (found, self) {
            (Site::Slot(new, _), Site::Slot(old, _)) if new != old => Site::Slot(new, old),
            (Site::Method(new, _), Site::Method(old, _)) if new.tag != old.tag || new.shape != old.shape => {
                Site::Method(new, old)
            }
            (found, _) => found,
        }
    }
}

/// The inline caches of one code object in one interpreter, made the first
/// time one of its instructions asks (most module-level code runs once
/// and never needs them). Only the instructions that cache get an entry.
#[derive(Default)]
pub(crate) struct Sites {
    caches: OnceCell<Caches>,
}

struct Caches {
    /// For each instruction, its entry's index, or `u32::MAX`.
    slots: Box<[u32]>,
    entries: Box<[Cell<Site>]>,
}

/// Whether instructions of `op` keep an inline cache.
fn caches(op: Opcode) -> bool {
    matches!(op, Opcode::LoadGlobal | Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod)
}

impl Sites {
    /// The entry of instruction `index`, if the caches exist.
    #[inline]
    pub fn get(&self, index: usize) -> Site {
        let Some(c) = self.caches.get() else { return Site::Empty };
        match c.slots.get(index) {
            Some(&slot) => c.entries.get(slot as usize).map_or(Site::Empty, Cell::get),
            None => Site::Empty,
        }
    }

    /// Records what instruction `index` of `code` found (the entries are
    /// made on the first record). If memory for them cannot be had,
    /// nothing is recorded.
    pub fn set(&self, code: &[Instruction], index: usize, site: Site) {
        let c = match self.caches.get() {
            Some(c) => c,
            None => {
                let mut slots: Vec<u32> = Vec::new();
                if slots.try_reserve_exact(code.len()).is_err() {
                    return;
                }
                let mut n = 0u32;
                for ins in code {
                    if caches(ins.opcode()) {
                        slots.push(n);
                        n += 1;
                    } else {
                        slots.push(u32::MAX);
                    }
                }
                let mut entries: Vec<Cell<Site>> = Vec::new();
                if entries.try_reserve_exact(n as usize).is_err() {
                    return;
                }
                entries.resize_with(n as usize, Cell::default);
                let _ = self.caches.set(Caches { slots: slots.into(), entries: entries.into() });
                self.caches.get().expect("just set")
            }
        };
        if let Some(entry) = c.slots.get(index).and_then(|&slot| c.entries.get(slot as usize)) {
            entry.set(site);
        }
    }
}

/// The tag a cache keys a built-in type by: its address with the top bit
/// set (built-in types never change; class version tags never reach the
/// top bit).
#[inline]
pub(crate) fn builtin_tag(t: &'static BuiltinType) -> u64 {
    (t as *const BuiltinType as u64) | (1 << 63)
}

/// The version tag of object `o`'s class.
#[inline]
pub(crate) fn class_tag(heap: &Heap<Object>, o: &Object) -> u64 {
    match &o.class {
        ClassRef::Builtin(t) => builtin_tag(t),
        ClassRef::User(c) => match &heap.get(c).payload {
            Payload::Class(data) => data.version.get(),
            _ => 0,
        },
    }
}

/// How `o`'s own attributes are laid out, as a cache records it: its
/// shape, null if it has none of its own, `None` if they are in a dict
/// (which no cache follows).
#[inline]
pub(crate) fn layout_of(o: &Object) -> Option<*const Shape> {
    if o.dict.is_some() {
        return None;
    }
    match &o.payload {
        Payload::Instance(attrs) => Some(attrs.shape.as_ref().map_or(std::ptr::null(), Rc::as_ptr)),
        _ => Some(std::ptr::null()),
    }
}

/// The global `site` found, if the globals and builtins still have the
/// layouts it recorded.
#[inline]
pub(crate) fn global(site: Site, globals: &Dict, builtins: &Dict) -> Option<Value> {
    let Site::Global { globals: g, builtins: b, index } = site else { return None };
    if globals.current_layout() != g {
        return None;
    }
    let table = if b == 0 {
        globals
    } else if builtins.current_layout() == b {
        builtins
    } else {
        return None;
    };
    table.entry_at(index as usize).map(|e| e.value.clone())
}

/// The instance attribute `site` found on `obj`, if `obj` is laid out as
/// it recorded.
#[inline]
pub(crate) fn slot(heap: &Heap<Object>, site: Site, obj: &Value) -> Option<Value> {
    let Site::Slot(first, second) = site else { return None };
    let Value::Obj(r) = obj else { return None };
    let o = heap.get(r);
    let Payload::Instance(attrs) = &o.payload else { return None };
    let s = Rc::as_ptr(attrs.shape.as_ref()?);
    let key = if std::ptr::eq(s, first.shape) {
        first
    } else if std::ptr::eq(s, second.shape) {
        second
    } else {
        return None;
    };
    if class_tag(heap, o) != key.tag {
        return None;
    }
    attrs.values.get(key.index as usize).cloned()
}

/// Stores `value` as the attribute `site` recorded, if `obj` is laid out
/// as it recorded; otherwise hands `value` back.
#[inline]
pub(crate) fn store_slot(heap: &mut Heap<Object>, site: Site, obj: &Value, value: Value) -> Result<(), Value> {
    let Value::Obj(r) = obj else { return Err(value) };
    let o = heap.get(r);
    let Payload::Instance(attrs) = &o.payload else { return Err(value) };
    let Some(s) = &attrs.shape else { return Err(value) };
    let shape = Rc::as_ptr(s);
    match site {
        Site::Slot(first, second) => {
            let key = if std::ptr::eq(shape, first.shape) {
                first
            } else if std::ptr::eq(shape, second.shape) {
                second
            } else {
                return Err(value);
            };
            if class_tag(heap, o) != key.tag {
                return Err(value);
            }
            let Payload::Instance(attrs) = &mut heap.get_mut(r).payload else { return Err(value) };
            match attrs.values.get_mut(key.index as usize) {
                // The old value drops after the store, as CPython's does.
                Some(v) => drop(std::mem::replace(v, value)),
                None => return Err(value),
            }
        }
        Site::AddSlot { tag, shape: before, next } => {
            if !std::ptr::eq(shape, before) || class_tag(heap, o) != tag {
                return Err(value);
            }
            let Some(next) = s.successor(next) else { return Err(value) };
            let Payload::Instance(attrs) = &mut heap.get_mut(r).payload else { return Err(value) };
            if attrs.values.try_reserve(1).is_err() {
                return Err(value);
            }
            attrs.values.push(value);
            attrs.shape = Some(next);
        }
        _ => return Err(value),
    }
    Ok(())
}

/// The method `site` found for `obj`, if `obj`'s class and layout are
/// those it recorded.
#[inline]
pub(crate) fn method(heap: &Heap<Object>, site: Site, obj: &Value) -> Option<Value> {
    let Site::Method(first, second) = site else { return None };
    let Value::Obj(r) = obj else { return None };
    let o = heap.get(r);
    let tag = class_tag(heap, o);
    let key = if tag == first.tag {
        first
    } else if tag == second.tag {
        second
    } else {
        return None;
    };
    if layout_of(o) != Some(key.shape) {
        return None;
    }
    Some(match key.method {
        // SAFETY: the class's tag is the one the entry was recorded under,
        // so the class and its bases are unchanged since, and one of their
        // namespaces still holds the function (every change to a class
        // gives it a new tag before any Python code runs).
        CachedMethod::Function(f) => Value::Obj(unsafe { f.to_ref() }),
        CachedMethod::Native(n) => Value::Native(n),
    })
}
