//! Running the cycle collector and the finalizers it and the counts hand
//! over (a suspended generator's `close()`), at the frame loop's safe
//! points and before its next instruction.

use crate::value::object::{ObjRef, Payload};
use crate::value::state::Vm;
use crate::value::Value;

impl Vm {
    /// Runs the cycle collector if enough young containers have been
    /// allocated (at the frame loop's safe points).
    #[inline]
    pub(crate) fn maybe_collect(&mut self) {
        if let Some(generation) = self.heap.due() {
            self.collect_garbage(generation);
        }
    }

    /// Collects generations `0..=generation` now, running the finalizers
    /// of unreachable objects first (PEP 442); returns how many objects
    /// were found unreachable (`gc.collect()`'s result).
    pub(crate) fn collect_garbage(&mut self, generation: usize) -> usize {
        let mut found = 0;
        // A finalizer may make new garbage with finalizers of its own; two
        // rounds finalize and free what one collection finds, and what
        // finalizers leave is for the next collection.
        for _ in 0..2 {
            match self.heap.collect(generation) {
                crate::value::heap::Collected::Freed(n) => return found + n,
                crate::value::heap::Collected::Finalize(objects) => {
                    found += objects.len();
                    for object in objects {
                        self.run_finalizer(object);
                    }
                }
            }
        }
        found
    }

    /// Runs the finalizers of objects whose last reference went (at the
    /// next instruction after it went, as CPython runs them at once).
    #[cold]
    pub(crate) fn run_pending_finalizers(&mut self) {
        while self.heap.has_pending() {
            for object in self.heap.take_pending() {
                self.run_finalizer(object);
            }
        }
    }

    /// Runs `object`'s finalizer; what it raises is reported as CPython
    /// reports an exception it cannot raise ("Exception ignored in: ...").
    fn run_finalizer(&mut self, object: ObjRef) {
        if !matches!(self.heap.get(&object).payload, Payload::Generator(_)) {
            return;
        }
        if let Err(e) = crate::exec::generators::close(self, object.clone()) {
            self.report_unraisable(&e, &Value::Obj(object));
        }
    }
}
