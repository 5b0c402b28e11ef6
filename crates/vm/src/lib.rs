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

pub mod builtins;
pub mod embed;
pub mod exec;
pub mod host;
pub mod modules;
pub mod objects;
pub mod protocols;
pub mod runtime;
pub mod value;

pub use runtime::runner::Outcome;
pub use value::state::{Args, Config, PyErr, PyResult, Vm};
pub use value::Value;
