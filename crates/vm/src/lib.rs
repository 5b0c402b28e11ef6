//! isopy's virtual machine: interpreters that each own a heap, a
//! collector, a module table and (with the runtime) a GIL.
//!
//! The pipeline: source -> `isopy-syntax` (AST) -> `isopy-compiler`
//! (immutable, shareable code) -> here. [`Vm`] is one interpreter's whole
//! state; holding `&mut Vm` is holding its GIL. Values ([`Value`]) are
//! 16-byte `Copy` handles: small ints and floats inline, everything else a
//! checked index into the interpreter's own heap.
//!
//! ```
//! use isopy_vm::{Config, Outcome, Vm};
//! let mut vm = Vm::new(Config::default());
//! let outcome = vm.run_source("x = 6 * 7\n", "<example>");
//! assert!(matches!(outcome, Outcome::Finished));
//! ```
//!
//! The public surface is small: [`Vm`] and [`Value`] with what they take
//! and give ([`Config`], [`Outcome`], [`PyErr`], [`PyResult`], [`Args`]);
//! [`embed`], to create, run and close interpreters and pass data between
//! them from Rust; and [`host`], what a command or a prompt built on the VM
//! needs (standard streams, Ctrl-C, the process's end, names to complete).
//! The layers themselves (`value`, `objects`, `protocols`, `exec`,
//! `runtime`, `builtins`, `modules`) are private to the crate.

#![warn(missing_docs)]

pub(crate) mod builtins;
pub mod embed;
pub(crate) mod exec;
pub mod host;
pub(crate) mod modules;
pub(crate) mod objects;
pub(crate) mod protocols;
pub(crate) mod runtime;
pub(crate) mod value;

#[cfg(test)]
mod tests;

pub use runtime::runner::Outcome;
pub use value::state::{Args, Config, PyErr, PyResult, Vm};
pub use value::Value;
