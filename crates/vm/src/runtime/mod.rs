//! Layer 5 of the VM: the runtime — the process-wide registry of
//! interpreters, what crosses between them (`shared`, `channels`), running
//! programs and ending interpreters, and the embedding API.

pub mod channels;
pub mod embed;
pub mod finalize;
pub mod registry;
pub mod runner;
pub mod shared;
