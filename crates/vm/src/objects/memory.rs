//! Allocation failures become Python's `MemoryError`: the bridge from
//! [`NoMemory`] (the fallible allocators of `value::alloc`) to an exception
//! raised in the interpreter, and the constructors of str and bytes objects
//! whose size the program chose.

use std::collections::TryReserveError;

use crate::objects::types::exceptions as exc;
use crate::value::alloc::{probe, NoMemory};
use crate::value::cushion;
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

/// Turns an allocation failure into Python's `MemoryError`.
pub trait OrMemoryError<T> {
    /// The value, or `MemoryError` (raised in `vm`) if memory ran out.
    fn or_memory_error(self, vm: &mut Vm) -> PyResult<T>;
}

impl<T> OrMemoryError<T> for Result<T, NoMemory> {
    #[inline]
    fn or_memory_error(self, vm: &mut Vm) -> PyResult<T> {
        self.map_err(|NoMemory| vm.memory_error())
    }
}

impl<T> OrMemoryError<T> for Result<T, TryReserveError> {
    #[inline]
    fn or_memory_error(self, vm: &mut Vm) -> PyResult<T> {
        self.map_err(|_| vm.memory_error())
    }
}

impl Vm {
    /// A `MemoryError`, with no message (as CPython raises it). It reports
    /// whatever allocation failure of this thread was waiting for the next
    /// safe point too (a fallible request that failed also went through
    /// the cushion), so that one failure raises once.
    #[cold]
    pub(crate) fn memory_error(&mut self) -> PyErr {
        cushion::take_ran_out();
        self.error_empty(&exc::MEMORY_ERROR)
    }

    /// What a safe point does when [`cushion::attention`] says something
    /// may wait: `MemoryError` if an allocation of this thread failed (or
    /// was refused) since the last one was raised; otherwise the memory
    /// cushion's reserve taken back if it was spent (not before raising:
    /// that would take the memory the exception needs, and memory is
    /// freed only once the exception unwinds). A reserve that cannot be
    /// taken back yet is tried again at the next safe point, never raised.
    #[cold]
    #[inline(never)]
    pub(crate) fn raise_pending_memory_error(&mut self) -> PyResult<()> {
        if cushion::take_ran_out() {
            return Err(self.error_empty(&exc::MEMORY_ERROR));
        }
        cushion::restore();
        Ok(())
    }

    /// A new `str` from text a program chose the size of: `MemoryError`
    /// if its copy into the shared string cannot be made.
    pub(crate) fn new_str_fallible(&mut self, text: String) -> PyResult<Value> {
        // `Arc<str>` from `String` copies, into a block with two counts
        // in front; probe for that block while `text` is still held.
        probe(text.len().saturating_add(64)).or_memory_error(self)?;
        Ok(self.new_str(text))
    }

    /// A new `bytes` from data a program chose the size of: `MemoryError`
    /// if its copy into the shared buffer cannot be made.
    pub(crate) fn new_bytes_fallible(&mut self, data: Vec<u8>) -> PyResult<Value> {
        probe(data.len().saturating_add(64)).or_memory_error(self)?;
        Ok(self.new_bytes(data))
    }
}
