//! The per-interpreter heap and its collector.
//!
//! Objects live in a slab of slots addressed by [`ObjRef`]: a slot index and
//! the slot's generation. No `unsafe`, no reference counts: a reference is
//! plain data, and the heap checks it on every access. A slot's generation
//! changes each time it is freed, and every heap starts its generations at
//! its own salt, so a stale reference (a rooting bug) or a reference from
//! another interpreter's heap is caught as a loud [`HeapError`] instead of
//! silently reading the wrong object.
//!
//! Collection is mark-and-sweep from the roots the interpreter supplies
//! (every thread's frames and value stack, the module table, the temporary
//! roots of native code), with an explicit worklist so deep structures
//! cannot overflow the host stack; reference cycles are collected like
//! everything else. It runs only at the frame loop's safe points, under the
//! interpreter's own GIL, so it never stops another interpreter.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::object::Object;
use crate::value::Value;

/// A reference to an object in one interpreter's heap.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef {
    index: u32,
    generation: u32,
}

impl ObjRef {
    /// The slot index (the basis of `id()`).
    #[inline]
    pub fn index(&self) -> u32 {
        self.index
    }
}

/// A reference that names no live object of this heap: freed, or from
/// another heap. Reaching one is a VM bug; the interpreter boundary turns
/// the resulting panic into `InterpreterError`.
#[derive(Debug)]
pub struct HeapError(pub ObjRef);

/// The collector's tuning: collect when allocations since the last
/// collection exceed `max(MIN_THRESHOLD, live objects * GROWTH)`.
const MIN_THRESHOLD: usize = 20_000;
const GROWTH: usize = 1;

struct Slot {
    generation: u32,
    marked: bool,
    object: Option<Object>,
}

/// Gives every heap a different starting generation.
static NEXT_SALT: AtomicU32 = AtomicU32::new(0x9e37_79b9);

/// An interpreter's objects.
pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    salt: u32,
    live: usize,
    allocated_since_collection: usize,
    threshold: usize,
    collections: u64,
    /// Collect at every safe point (the debug switch `ISOPY_GC_STRESS`).
    pub stress: bool,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        let salt = NEXT_SALT.fetch_add(0x6c07_8965, Ordering::Relaxed);
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            salt,
            live: 0,
            allocated_since_collection: 0,
            threshold: MIN_THRESHOLD,
            collections: 0,
            stress: false,
        }
    }

    /// Stores `object` and returns its reference.
    #[inline]
    pub fn alloc(&mut self, object: Object) -> ObjRef {
        self.live += 1;
        self.allocated_since_collection += 1;
        match self.free.pop() {
            Some(index) => {
                let slot = &mut self.slots[index as usize];
                slot.object = Some(object);
                ObjRef { index, generation: slot.generation }
            }
            None => {
                let index = self.slots.len() as u32;
                let generation = self.salt;
                self.slots.push(Slot { generation, marked: false, object: Some(object) });
                ObjRef { index, generation }
            }
        }
    }

    /// The object at `r`, or the reason there is none.
    #[inline]
    pub fn try_get<'a>(&'a self, r: &'a ObjRef) -> Result<&'a Object, HeapError> {
        match self.slots.get(r.index as usize) {
            Some(Slot { generation, object: Some(object), .. }) if *generation == r.generation => Ok(object),
            _ => Err(HeapError(r.clone())),
        }
    }

    /// The object at `r`.
    ///
    /// # Panics
    /// If `r` is stale or foreign (a VM bug, contained at the interpreter
    /// boundary).
    #[inline]
    pub fn get<'a>(&'a self, r: &'a ObjRef) -> &'a Object {
        match self.try_get(r) {
            Ok(object) => object,
            Err(e) => stale(e),
        }
    }

    /// The object at `r`, mutably.
    ///
    /// # Panics
    /// As [`Heap::get`].
    #[inline]
    pub fn get_mut<'a>(&'a mut self, r: &'a ObjRef) -> &'a mut Object {
        match self.slots.get_mut(r.index as usize) {
            Some(Slot { generation, object: Some(object), .. }) if *generation == r.generation => object,
            _ => stale(HeapError(r.clone())),
        }
    }

    /// Whether `r` names a live object of this heap.
    pub fn contains(&self, r: &ObjRef) -> bool {
        self.try_get(r).is_ok()
    }

    /// How many objects are alive (as of the last collection, plus new ones).
    pub fn live(&self) -> usize {
        self.live
    }

    /// How many collections have run.
    pub fn collections(&self) -> u64 {
        self.collections
    }

    /// The number of slots (live or free): the heap's footprint.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Whether enough has been allocated that a collection is due.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.allocated_since_collection >= self.threshold || (self.stress && self.allocated_since_collection > 0)
    }

    /// Frees every object not reachable from `roots`.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        let mut worklist: Vec<ObjRef> = roots.into_iter().filter_map(|v| v.as_obj().cloned()).collect();
        while let Some(r) = worklist.pop() {
            let Some(slot) = self.slots.get_mut(r.index as usize) else { continue };
            if slot.marked || slot.generation != r.generation {
                continue;
            }
            slot.marked = true;
            if let Some(object) = &self.slots[r.index as usize].object {
                let slots = &self.slots;
                object.trace(&mut |v| {
                    if let Value::Obj(child) = v {
                        if slots.get(child.index as usize).is_some_and(|s| !s.marked) {
                            worklist.push(child);
                        }
                    }
                });
            }
        }
        let mut live = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if slot.object.is_none() {
                continue;
            }
            if slot.marked {
                slot.marked = false;
                live += 1;
            } else {
                slot.object = None;
                slot.generation = slot.generation.wrapping_add(1);
                self.free.push(i as u32);
            }
        }
        self.live = live;
        self.allocated_since_collection = 0;
        self.threshold = MIN_THRESHOLD.max(live * GROWTH);
        self.collections += 1;
    }
}

#[cold]
#[inline(never)]
fn stale(e: HeapError) -> ! {
    panic!("isopy internal error: stale or foreign object reference {:?}", e.0)
}

impl Heap {
    /// Every live object with its reference (slow: for introspection such
    /// as `type.__subclasses__()`).
    pub fn live_objects(&self) -> impl Iterator<Item = (ObjRef, &Object)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.object.as_ref().map(|o| (ObjRef { index: i as u32, generation: s.generation }, o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Payload;

    fn list(items: Vec<Value>) -> Object {
        Object::builtin(&crate::types::LIST, Payload::List(items))
    }

    #[test]
    fn unreachable_objects_and_cycles_are_freed() {
        let mut heap = Heap::new();
        let a = heap.alloc(list(vec![]));
        let b = heap.alloc(list(vec![Value::Obj(a.clone())]));
        if let Payload::List(items) = &mut heap.get_mut(&a).payload {
            items.push(Value::Obj(b.clone()));
        }
        let kept = heap.alloc(list(vec![Value::Int(1)]));
        heap.collect([Value::Obj(kept.clone())]);
        assert_eq!(heap.live(), 1);
        assert!(heap.contains(&kept));
        assert!(!heap.contains(&a));
        assert!(!heap.contains(&b));
    }

    #[test]
    fn a_reused_slot_does_not_answer_to_the_old_reference() {
        let mut heap = Heap::new();
        let old = heap.alloc(list(vec![]));
        heap.collect([]);
        let new = heap.alloc(list(vec![]));
        assert_eq!(old.index(), new.index());
        assert!(heap.try_get(&old).is_err());
        assert!(heap.try_get(&new).is_ok());
    }

    #[test]
    fn a_reference_from_another_heap_is_refused() {
        let mut one = Heap::new();
        let mut two = Heap::new();
        let r = one.alloc(list(vec![]));
        two.alloc(list(vec![]));
        assert!(two.try_get(&r).is_err());
    }
}
