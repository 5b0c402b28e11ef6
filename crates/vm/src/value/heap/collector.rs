//! The cycle collector: CPython's algorithm (`Python/gc.c`), on the
//! generation lists of [`Heap`].
//!
//! Counts free every object but those in reference cycles. To find
//! those, the collector takes the containers of the generations it
//! examines and, for each, subtracts from its count the references the
//! other examined containers hold to it. What is left over is held from
//! outside: by frames, native code, older objects. Everything reachable
//! from those is alive; the rest is garbage that only holds itself up.
//!
//! Garbage with finalizers (PEP 442) is not freed at once: the collector
//! hands those objects back, marked finalized, for the interpreter to
//! finalize; the next collection frees whatever is still unreachable then.
//! Otherwise each garbage object is cleared ([`Managed::clear`]), which
//! breaks the cycles, and the counts free them all.

use std::ptr::NonNull;

use crate::value::alloc::NoMemory;

use super::{Boxed, Heap, Managed, Ref, FINALIZED, GENERATIONS, GEN_MASK, GEN_SHIFT, INDEX_MASK, TRACKED};

/// The generation value that marks an object under examination.
const EXAMINED: u32 = 3 << GEN_SHIFT;

/// What a collection did.
pub enum Collected<T: Managed> {
    /// It freed this many unreachable objects.
    Freed(usize),
    /// Unreachable objects need their finalizers first: these (now marked
    /// finalized). The caller runs them, drops the references and collects
    /// again.
    Finalize(Vec<Ref<T>>),
}

impl<T: Managed> Heap<T> {
    /// Collects generations `0..=generation`.
    pub fn collect(&mut self, generation: usize) -> Collected<T> {
        let generation = generation.min(GENERATIONS - 1);
        let destination = (generation + 1).min(GENERATIONS - 1);
        self.collections[generation] += 1;
        if generation + 1 < GENERATIONS {
            self.counts[generation + 1] += 1;
        }
        for count in &mut self.counts[1..=generation] {
            *count = 0;
        }
        self.core().young.set(0);

        let Ok(examined) = self.take_generations(generation, destination) else {
            return out_of_memory();
        };
        let reachable = match self.reachability(&examined) {
            Ok(Some(reachable)) => reachable,
            Ok(None) => {
                // A count came out negative: some object reports a
                // reference it does not own. Freeing nothing is the only
                // safe answer.
                debug_assert!(false, "an object traced a reference it does not count");
                self.put_back(&examined, destination);
                return Collected::Freed(0);
            }
            Err(NoMemory) => {
                self.put_back(&examined, destination);
                return out_of_memory();
            }
        };
        self.put_back(&examined, destination);

        // From here on the objects are back in ordinary lists, so whatever
        // is freed below leaves them as it should.
        let mut garbage: Vec<Ref<T>> = Vec::new();
        if garbage.try_reserve_exact(reachable.iter().filter(|alive| !**alive).count()).is_err() {
            return out_of_memory();
        }
        garbage.extend(
            examined
                .iter()
                .zip(&reachable)
                .filter(|(_, alive)| !**alive)
                // SAFETY: every examined object is alive (the lists hold only live objects).
                .map(|(p, _)| unsafe { Ref::from_raw_adding(*p) }),
        );
        drop(examined);
        if garbage.is_empty() {
            return Collected::Freed(0);
        }
        let finalizable = |r: &&Ref<T>| r.boxed().gc.get() & FINALIZED == 0 && self.get(r).needs_finalizer();
        let mut to_finalize: Vec<Ref<T>> = Vec::new();
        if to_finalize.try_reserve_exact(garbage.iter().filter(finalizable).count()).is_err() {
            return out_of_memory();
        }
        to_finalize.extend(garbage.iter().filter(finalizable).cloned());
        if !to_finalize.is_empty() {
            for r in &to_finalize {
                let gc = &r.boxed().gc;
                gc.set(gc.get() | FINALIZED);
            }
            return Collected::Finalize(to_finalize);
        }
        let freed = garbage.len();
        for r in &garbage {
            self.get_mut(r).clear();
        }
        drop(garbage);
        // As after a large release (see `release`): much died at once.
        if freed >= super::TRIM_AFTER_FREES {
            super::system::return_free_memory();
        }
        Collected::Freed(freed)
    }

    /// Empties generation lists `0..=generation` into one list, each object
    /// marked as examined with its index in it; first makes sure that
    /// generation `destination`'s list has room to take them all back.
    /// Fails, moving nothing, if memory for either cannot be had.
    fn take_generations(&mut self, generation: usize, destination: usize) -> Result<Vec<NonNull<Boxed<T>>>, NoMemory> {
        // SAFETY: a short step that drops nothing.
        let gens = unsafe { &mut *self.core().gens.get() };
        let total: usize = gens[..=generation].iter().map(Vec::len).sum();
        // The destination is emptied too when it is among the examined.
        let staying = if destination > generation { gens[destination].len() } else { 0 };
        let room = (staying + total).saturating_sub(gens[destination].len());
        gens[destination].try_reserve(room)?;
        let mut examined = Vec::new();
        examined.try_reserve_exact(total)?;
        for list in &mut gens[..=generation] {
            examined.append(list);
        }
        for (i, p) in examined.iter().enumerate() {
            // SAFETY: objects in the lists are alive.
            let gc = &unsafe { p.as_ref() }.gc;
            gc.set((gc.get() & FINALIZED) | TRACKED | EXAMINED | i as u32);
        }
        Ok(examined)
    }

    /// Appends the examined objects to generation `destination`'s list
    /// (which `take_generations` made room in).
    fn put_back(&mut self, examined: &[NonNull<Boxed<T>>], destination: usize) {
        for p in examined {
            self.core().track_in(*p, destination);
        }
    }

    /// For each examined object, whether it is reachable from outside the
    /// examined set; `None` if some object traced more references to
    /// another than that one has; `NoMemory` if its work lists cannot be
    /// had.
    fn reachability(&self, examined: &[NonNull<Boxed<T>>]) -> Result<Option<Vec<bool>>, NoMemory> {
        let index_of = |r: &Ref<T>| {
            let gc = r.boxed().gc.get();
            (gc & (TRACKED | GEN_MASK) == TRACKED | EXAMINED).then_some((gc & INDEX_MASK) as usize)
        };
        // SAFETY (for each deref below): examined objects are alive, and
        // `&self` excludes any exclusive loan of them.
        let object = |p: &NonNull<Boxed<T>>| unsafe { &*p.as_ref().value.get() };
        let n = examined.len();
        let (mut outside, mut reachable, mut work) = (Vec::new(), Vec::new(), Vec::new());
        outside.try_reserve_exact(n)?;
        reachable.try_reserve_exact(n)?;
        // Each object is pushed at most once (when first found reachable).
        work.try_reserve_exact(n)?;
        // SAFETY: objects in the lists are alive.
        outside.extend(examined.iter().map(|p| unsafe { p.as_ref() }.refs.get()));
        let mut negative = false;
        for p in examined {
            object(p).trace(&mut |child| {
                if let Some(j) = index_of(child) {
                    match outside[j].checked_sub(1) {
                        Some(n) => outside[j] = n,
                        None => negative = true,
                    }
                }
            });
        }
        if negative {
            return Ok(None);
        }
        reachable.extend(outside.iter().map(|n| *n > 0));
        work.extend((0..n).filter(|i| reachable[*i]));
        while let Some(i) = work.pop() {
            object(&examined[i]).trace(&mut |child| {
                if let Some(j) = index_of(child) {
                    if !reachable[j] {
                        reachable[j] = true;
                        work.push(j);
                    }
                }
            });
        }
        Ok(Some(reachable))
    }
}

/// A collection that could not get the memory it works in: nothing is
/// freed, and `MemoryError` is raised at the next safe point (memory has
/// run out; the objects stay where they were, for the next collection).
#[cold]
fn out_of_memory<T: Managed>() -> Collected<T> {
    crate::value::cushion::note_ran_out();
    Collected::Freed(0)
}
