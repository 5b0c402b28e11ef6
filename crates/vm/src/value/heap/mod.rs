//! The bottom layer: one interpreter's heap of reference-counted objects.
//!
//! Ownership. A [`Ref`] is one counted reference to an object: cloning it
//! adds one to the object's count, dropping it takes one away, and the
//! object is freed the moment the count reaches zero, as CPython frees
//! its objects. Freeing is iterative past a fixed depth (a "trashcan",
//! as CPython calls it), so dropping a ten-million-long linked chain does
//! not overflow the host stack. Reference cycles, which counts alone never
//! free, are found by the cycle collector ([`collector`]).
//!
//! Counts are plain `Cell<u32>`s, not atomics: no object is reachable from
//! two interpreters, and the GIL orders the threads of one. So `Ref` is
//! neither `Send` nor `Sync`; an interpreter's state moves between its
//! threads as a whole, under its GIL (see `gil.rs`).
//!
//! Access. An object's contents are reached only through the heap that
//! owns it: [`Heap::get`] lends `&T`, [`Heap::get_mut`] lends `&mut T`.
//! `&mut Heap` is unique, so an exclusive loan of one object excludes
//! every other loan of any object of the heap (the heap is the token of
//! the "ghost cell" pattern), and each loan borrows the `Ref` it came
//! through, which keeps the object alive for as long as the loan lasts.
//! Dropping a `Ref` needs no heap: it touches only the object's header
//! and, when the object dies, the object itself (which nobody can be
//! borrowing, since nobody holds a reference) and the heap's bookkeeping
//! in [`Core`], which lives outside `Heap` behind a raw pointer so that
//! `&mut Heap` does not cover it.
//!
//! Finalization. An object that must run code before it goes (a generator
//! suspended inside `try`/`with`) says so through
//! [`Managed::needs_finalizer`]; when its count reaches zero it is kept
//! alive in a queue ([`Heap::take_pending`]) for the interpreter to
//! finalize at its next instruction, then freed once that last reference
//! goes. An object is finalized at most once (PEP 442).
//!
//! This module and `collector.rs` hold all of the heap's `unsafe` code.

pub mod collector;
pub mod system;

use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ptr::NonNull;

pub use collector::Collected;

/// What the heap needs to know about the objects it holds.
pub trait Managed: Sized + 'static {
    /// Calls `visit` with every counted reference this object owns, once
    /// per count it holds. The cycle collector relies on this being exact:
    /// a reference reported but not counted here (one owned by something
    /// shared, for instance) could make a live object look unreachable.
    /// A counted reference left out only keeps its target alive.
    fn trace(&self, visit: &mut dyn FnMut(&Ref<Self>));

    /// Drops every reference this object owns (the collector breaks a
    /// garbage cycle this way). The object is never used again after.
    fn clear(&mut self);

    /// Whether the object can hold references at all; objects that cannot
    /// (strings, numbers) are left out of the cycle collector's lists.
    fn is_container(&self) -> bool;

    /// Whether code must run before the object is freed.
    fn needs_finalizer(&self) -> bool;

    /// Drops the object's contents in the order its type releases them,
    /// just before it is freed (CPython frees a list's items last to
    /// first, which finalizers can show). By default, field order.
    fn dispose(&mut self) {}
}

/// Set in an object's `gc` word when it is in a generation list.
const TRACKED: u32 = 1 << 31;
/// Set once the object's finalizer has been handed out (PEP 442: at most once).
const FINALIZED: u32 = 1 << 30;
/// The generation (0-2; 3 while a collection examines it).
const GEN_SHIFT: u32 = 28;
const GEN_MASK: u32 = 3 << GEN_SHIFT;
/// The object's index in its generation list.
const INDEX_MASK: u32 = (1 << GEN_SHIFT) - 1;
/// Longest list the index can address; objects past it are not tracked
/// (their cycles would not be collected: 268 million containers in one
/// generation is far past any machine this runs on).
const MAX_TRACKED: usize = INDEX_MASK as usize;
/// A count that has reached this never changes again: the object lives
/// until its heap goes (four billion references to one object would need
/// 64 GiB of references).
const IMMORTAL: u32 = u32::MAX;
/// How deep frees recurse before the rest wait in the trash list.
const MAX_FREE_DEPTH: u32 = 64;

/// How many objects one release must free before the allocator is asked
/// to return free memory to the system: about 5 MB of the smallest objects.
const TRIM_AFTER_FREES: usize = 100_000;
/// The generations.
pub const GENERATIONS: usize = 3;

/// An object and its header, as allocated.
#[repr(C)]
pub struct Boxed<T: Managed> {
    refs: Cell<u32>,
    gc: Cell<u32>,
    core: NonNull<Core<T>>,
    value: UnsafeCell<T>,
}

/// The bookkeeping that dropping a reference may need: generation lists,
/// the finalization queue, the trash list. Reached through each object's
/// header; only ever used through shared references, in short,
/// non-reentrant steps (nothing that can drop a `Ref` runs while one of
/// its cells is borrowed).
pub struct Core<T: Managed> {
    gens: UnsafeCell<[Vec<NonNull<Boxed<T>>>; GENERATIONS]>,
    pending: UnsafeCell<Vec<Ref<T>>>,
    has_pending: Cell<bool>,
    trash: UnsafeCell<Vec<NonNull<Boxed<T>>>>,
    depth: Cell<u32>,
    /// Tracked allocations minus tracked frees since generation 0 was last
    /// collected (CPython's `generations[0].count`).
    young: Cell<usize>,
    live: Cell<usize>,
    /// Objects freed by the outermost release under way.
    freed_in_release: Cell<usize>,
}

/// A counted reference to an object of one heap.
pub struct Ref<T: Managed> {
    ptr: NonNull<Boxed<T>>,
    _owns: PhantomData<Boxed<T>>,
}

impl<T: Managed> Ref<T> {
    #[inline(always)]
    fn boxed(&self) -> &Boxed<T> {
        // SAFETY: a `Ref` holds a count, so its object is allocated.
        unsafe { self.ptr.as_ref() }
    }

    /// Makes a new counted reference from a raw pointer, adding a count.
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    unsafe fn from_raw_adding(ptr: NonNull<Boxed<T>>) -> Ref<T> {
        let r = Ref { ptr, _owns: PhantomData };
        std::mem::forget(r.clone());
        r
    }

    /// The object's address: stable while it lives, and the basis of `id()`.
    #[inline]
    pub(crate) fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// How many references the object has (for tests).
    #[cfg(test)]
    pub(crate) fn count(&self) -> u32 {
        self.boxed().refs.get()
    }

    /// Whether the object belongs to `heap`.
    #[inline]
    pub(crate) fn belongs_to(&self, heap: &Heap<T>) -> bool {
        self.boxed().core == heap.core
    }
}

/// An uncounted reference: the address of an object, kept by a cache
/// that knows by other means (a class version tag it checks first) when
/// the object is still alive. It keeps nothing alive and is `Copy`.
pub(crate) struct Unowned<T: Managed> {
    ptr: NonNull<Boxed<T>>,
}

impl<T: Managed> Clone for Unowned<T> {
    fn clone(&self) -> Unowned<T> {
        *self
    }
}

impl<T: Managed> Copy for Unowned<T> {}

impl<T: Managed> Ref<T> {
    /// An uncounted reference to the same object.
    #[inline]
    pub(crate) fn unowned(&self) -> Unowned<T> {
        Unowned { ptr: self.ptr }
    }
}

impl<T: Managed> Unowned<T> {
    /// A counted reference to the object.
    ///
    /// # Safety
    /// The object must still be alive: some counted reference to it exists.
    #[inline]
    pub(crate) unsafe fn to_ref(self) -> Ref<T> {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { Ref::from_raw_adding(self.ptr) }
    }
}

impl<T: Managed> Clone for Ref<T> {
    #[inline(always)]
    fn clone(&self) -> Ref<T> {
        let refs = &self.boxed().refs;
        let n = refs.get();
        if n != IMMORTAL {
            refs.set(n + 1);
        }
        Ref { ptr: self.ptr, _owns: PhantomData }
    }
}

impl<T: Managed> Drop for Ref<T> {
    #[inline(always)]
    fn drop(&mut self) {
        let refs = &self.boxed().refs;
        let n = refs.get();
        if n == 1 {
            // SAFETY: this was the last reference.
            unsafe { release(self.ptr) }
        } else if n != IMMORTAL {
            refs.set(n - 1);
        }
    }
}

impl<T: Managed> PartialEq for Ref<T> {
    #[inline]
    fn eq(&self, other: &Ref<T>) -> bool {
        self.ptr == other.ptr
    }
}

impl<T: Managed> Eq for Ref<T> {}

impl<T: Managed> std::hash::Hash for Ref<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.ptr.hash(state)
    }
}

impl<T: Managed> std::fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ref({:#x})", self.addr())
    }
}

/// The last reference to the object at `ptr` is going: queue it for its
/// finalizer, or free it.
///
/// # Safety
/// `ptr` is a live object whose count is 1, owned by the caller's
/// reference, which is gone after this call.
#[inline(never)]
unsafe fn release<T: Managed>(ptr: NonNull<Boxed<T>>) {
    // SAFETY: the caller's reference keeps the object allocated until here.
    let boxed = unsafe { ptr.as_ref() };
    // SAFETY: a heap's core outlives its objects (`Heap::drop` leaks it
    // rather than free it under live objects).
    let core = unsafe { boxed.core.as_ref() };
    let gc = boxed.gc.get();
    // SAFETY: the count is about to reach zero, so nobody else holds a
    // reference, and so nobody is borrowing the object.
    if gc & FINALIZED == 0 && unsafe { (*boxed.value.get()).needs_finalizer() } {
        boxed.gc.set(gc | FINALIZED);
        // The queue takes over the caller's count (still 1).
        // SAFETY: pushing drops nothing and runs no other heap code.
        unsafe { (*core.pending.get()).push(Ref { ptr, _owns: PhantomData }) };
        core.has_pending.set(true);
        return;
    }
    boxed.refs.set(0);
    let depth = core.depth.get();
    if depth >= MAX_FREE_DEPTH {
        // SAFETY: as above; the outermost free empties the list.
        unsafe { (*core.trash.get()).push(ptr) };
        return;
    }
    core.depth.set(depth + 1);
    if depth == 0 {
        core.freed_in_release.set(0);
    }
    // SAFETY: the count is zero and nothing can reach the object.
    unsafe { free(ptr) };
    if depth == 0 {
        // SAFETY: each pop is one short step; `free` may push more.
        while let Some(next) = unsafe { (*core.trash.get()).pop() } {
            // SAFETY: objects in the trash list have count zero.
            unsafe { free(next) };
        }
        // A large structure died (this one release freed many objects):
        // hand the memory back, so that RSS comes down as under CPython.
        // Only then: trimming after every so many small releases would
        // hand back pages the next allocations fault in again.
        if core.freed_in_release.get() >= TRIM_AFTER_FREES {
            system::return_free_memory();
        }
    }
    core.depth.set(depth);
}

/// Frees an object whose count is zero: out of its generation list, then
/// its contents dropped (which may release more objects) and its memory
/// returned.
///
/// # Safety
/// The object's count is zero and nothing else refers to it.
unsafe fn free<T: Managed>(ptr: NonNull<Boxed<T>>) {
    // SAFETY: the object is still allocated.
    let boxed = unsafe { ptr.as_ref() };
    // SAFETY: the core outlives its objects.
    let core = unsafe { boxed.core.as_ref() };
    if boxed.gc.get() & TRACKED != 0 {
        core.untrack(boxed);
        if core.young.get() > 0 {
            core.young.set(core.young.get() - 1);
        }
    }
    core.live.set(core.live.get() - 1);
    core.freed_in_release.set(core.freed_in_release.get() + 1);
    // SAFETY: allocated by `Heap::alloc` with `Box`, freed exactly once;
    // nothing else refers to it, so the exclusive loan is the only one.
    let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
    boxed.value.get_mut().dispose();
    drop(boxed);
}

impl<T: Managed> Core<T> {
    /// Appends `boxed` to generation `generation`'s list. A list that
    /// cannot grow (memory ran out: a long list asks for a large block)
    /// leaves the object untracked, and `MemoryError` is raised at the
    /// next safe point; the object's cycles, if it makes any, are never
    /// collected.
    fn track_in(&self, ptr: NonNull<Boxed<T>>, generation: usize) {
        // SAFETY: a short step that drops nothing.
        let list = unsafe { &mut (*self.gens.get())[generation] };
        let boxed = unsafe { ptr.as_ref() };
        let keep = boxed.gc.get() & FINALIZED;
        if list.len() >= MAX_TRACKED {
            boxed.gc.set(keep);
            return;
        }
        if list.len() == list.capacity() && list.try_reserve(1).is_err() {
            crate::value::cushion::note_ran_out();
            boxed.gc.set(keep);
            return;
        }
        boxed.gc.set(keep | TRACKED | ((generation as u32) << GEN_SHIFT) | list.len() as u32);
        list.push(ptr);
    }

    /// Takes `boxed` out of its generation list.
    fn untrack(&self, boxed: &Boxed<T>) {
        let gc = boxed.gc.get();
        let generation = ((gc & GEN_MASK) >> GEN_SHIFT) as usize;
        debug_assert!(generation < GENERATIONS, "no object is freed while a collection examines it");
        let index = (gc & INDEX_MASK) as usize;
        // SAFETY: a short step that drops nothing.
        let list = unsafe { &mut (*self.gens.get())[generation] };
        list.swap_remove(index);
        if let Some(moved) = list.get(index) {
            // SAFETY: objects in a list are alive.
            let moved = unsafe { moved.as_ref() };
            moved.gc.set((moved.gc.get() & !INDEX_MASK) | index as u32);
        }
        boxed.gc.set(gc & FINALIZED);
    }
}

/// One interpreter's objects.
pub struct Heap<T: Managed> {
    core: NonNull<Core<T>>,
    /// CPython's `gc.get_threshold()`: how many young container
    /// allocations trigger a collection (700), and how many collections of
    /// generation 0 and 1 trigger one of the next (10, 10).
    pub thresholds: [usize; GENERATIONS],
    /// Collect at every safe point (the debug switch `ISOPY_GC_STRESS`).
    pub stress: bool,
    /// Whether automatic collection is on (`gc.enable()`/`gc.disable()`).
    pub enabled: bool,
    collections: [u64; GENERATIONS],
    /// Collections of each generation since the next one was collected
    /// (CPython's `generations[1..].count`).
    counts: [usize; GENERATIONS],
}

impl<T: Managed> Default for Heap<T> {
    fn default() -> Self {
        Heap::new()
    }
}

impl<T: Managed> Heap<T> {
    /// An empty heap.
    pub fn new() -> Heap<T> {
        let core = Box::new(Core {
            gens: UnsafeCell::new([Vec::new(), Vec::new(), Vec::new()]),
            pending: UnsafeCell::new(Vec::new()),
            has_pending: Cell::new(false),
            trash: UnsafeCell::new(Vec::new()),
            depth: Cell::new(0),
            young: Cell::new(0),
            live: Cell::new(0),
            freed_in_release: Cell::new(0),
        });
        Heap {
            core: NonNull::from(Box::leak(core)),
            thresholds: [700, 10, 10],
            stress: false,
            enabled: true,
            collections: [0; GENERATIONS],
            counts: [0; GENERATIONS],
        }
    }

    #[inline(always)]
    fn core(&self) -> &Core<T> {
        // SAFETY: the core lives as long as the heap (and longer if objects do).
        unsafe { self.core.as_ref() }
    }

    /// Stores `value` as a new object and returns the first reference to it.
    #[inline]
    pub fn alloc(&mut self, value: T) -> Ref<T> {
        let container = value.is_container();
        let boxed =
            Box::new(Boxed { refs: Cell::new(1), gc: Cell::new(0), core: self.core, value: UnsafeCell::new(value) });
        let ptr = NonNull::from(Box::leak(boxed));
        let core = self.core();
        core.live.set(core.live.get() + 1);
        if container {
            core.track_in(ptr, 0);
            core.young.set(core.young.get() + 1);
        }
        Ref { ptr, _owns: PhantomData }
    }

    /// The object `r` names, or `None` if it belongs to another heap.
    #[cfg(test)]
    pub fn try_get<'a>(&'a self, r: &'a Ref<T>) -> Option<&'a T> {
        if r.belongs_to(self) {
            Some(self.get(r))
        } else {
            None
        }
    }

    /// The object `r` names.
    #[inline(always)]
    pub fn get<'a>(&'a self, r: &'a Ref<T>) -> &'a T {
        debug_assert!(r.belongs_to(self), "an object of one interpreter used in another");
        // SAFETY: `r` keeps the object alive for 'a; any exclusive loan of
        // an object of this heap needs `&mut self`, which 'a excludes.
        unsafe { &*r.boxed().value.get() }
    }

    /// The object `r` names, exclusively.
    #[inline(always)]
    pub fn get_mut<'a>(&'a mut self, r: &'a Ref<T>) -> &'a mut T {
        debug_assert!(r.belongs_to(self), "an object of one interpreter used in another");
        // SAFETY: `&mut self` for 'a excludes every other loan of every
        // object of this heap, and `r` keeps this one alive.
        unsafe { &mut *r.boxed().value.get() }
    }

    /// How many objects are alive.
    pub fn live(&self) -> usize {
        self.core().live.get()
    }

    /// How many objects each generation list holds.
    pub fn generation_sizes(&self) -> [usize; GENERATIONS] {
        // SAFETY: a short read.
        let gens = unsafe { &*self.core().gens.get() };
        [gens[0].len(), gens[1].len(), gens[2].len()]
    }

    /// CPython's `gc.get_count()`: young allocations, and the collections
    /// of each younger generation since the next was collected.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.core().young.get(), self.counts[1], self.counts[2])
    }

    /// Whether objects wait for their finalizers (one load: checked before
    /// every instruction).
    #[inline(always)]
    pub fn has_pending(&self) -> bool {
        self.core().has_pending.get()
    }

    /// The objects waiting for their finalizers, oldest first. Each is
    /// freed when the returned reference goes (unless the finalizer made
    /// new references to it).
    pub fn take_pending(&mut self) -> Vec<Ref<T>> {
        let core = self.core();
        core.has_pending.set(false);
        // SAFETY: a short step that drops nothing.
        std::mem::take(unsafe { &mut *core.pending.get() })
    }

    /// The generation a collection should examine now, if any: the
    /// oldest whose count is past its threshold, as CPython chooses
    /// (generation 2 also waits until a quarter of its objects are new).
    #[inline]
    pub fn due(&self) -> Option<usize> {
        if !self.enabled {
            return None;
        }
        let young = self.core().young.get();
        if self.stress {
            return (young > 0).then_some(GENERATIONS - 1);
        }
        if young <= self.thresholds[0] || self.thresholds[0] == 0 {
            return None;
        }
        let sizes = self.generation_sizes();
        if self.counts[2] >= self.thresholds[2] && sizes[1] > sizes[2] / 4 {
            Some(2)
        } else if self.counts[1] >= self.thresholds[1] {
            Some(1)
        } else {
            Some(0)
        }
    }

    /// Every tracked (container) object, with a reference to it (slow: for
    /// introspection such as `type.__subclasses__()`).
    pub fn containers(&self) -> Vec<Ref<T>> {
        // SAFETY: a short read; the references are made after it.
        let gens = unsafe { &*self.core().gens.get() };
        let pointers: Vec<NonNull<Boxed<T>>> = gens.iter().flatten().copied().collect();
        // SAFETY: objects in the lists are alive.
        pointers.into_iter().map(|p| unsafe { Ref::from_raw_adding(p) }).collect()
    }

    /// Clears every tracked object (breaking every cycle) until none is
    /// left or nothing more goes: the end of an interpreter, once its
    /// finalizers have run. Returns how many objects are still alive.
    pub fn clear_all(&mut self) -> usize {
        loop {
            let before = self.live();
            let everything = self.containers();
            if everything.is_empty() {
                break;
            }
            for r in &everything {
                self.get_mut(r).clear();
            }
            drop(everything);
            if self.live() >= before {
                break;
            }
        }
        // What finalizers were queued in the meantime is freed unrun.
        while self.has_pending() {
            drop(self.take_pending());
        }
        self.live()
    }
}

impl<T: Managed> Drop for Heap<T> {
    fn drop(&mut self) {
        let left = self.clear_all();
        if left == 0 {
            // SAFETY: no object remains to point at the core.
            drop(unsafe { Box::from_raw(self.core.as_ptr()) });
        }
        // Otherwise references outlive the heap (held outside it): the
        // core stays, leaked, so that dropping them later stays sound.
    }
}

#[cfg(test)]
mod tests;
