//! Layer 4 of the VM: execution — the frame loop, generators, imports and
//! tracebacks.

mod caches;
pub mod code;
pub mod eval;
pub mod finalizers;
pub mod generators;
pub mod import;
pub mod traceback;
