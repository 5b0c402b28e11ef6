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

pub mod alloc;
pub mod args;
pub mod attr;
pub mod bufio;
pub mod builtins;
pub mod call;
pub mod channels;
pub mod class;
pub mod codecs;
pub mod dict;
pub mod dictops;
pub mod display;
pub mod embed;
pub mod eval;
pub mod fileobj;
pub mod finalize;
pub mod format;
pub mod frame;
pub mod generators;
pub mod gil;
pub mod hash;
pub mod heap;
pub mod import;
pub mod interp;
pub mod io;
pub mod iter;
pub mod modules;
pub mod num;
pub mod object;
pub mod open;
pub mod ops;
pub mod runner;
pub mod runtime;
pub mod set;
pub mod shared;
pub mod signals;
pub mod subscript;
pub mod textfile;
pub mod traceback;
pub mod types;
pub mod value;

pub use interp::{Args, Config, PyErr, PyResult, Vm};
pub use runner::Outcome;
pub use value::Value;
