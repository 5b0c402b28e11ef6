//! Layer 5 of the VM: the runtime — the process-wide registry of
//! interpreters, what crosses between them (`shared`, `channels`), running
//! code in an interpreter from outside it (`run`, the core of the
//! `interpreters` module and of the embedding API), running programs and
//! ending interpreters.

pub mod channels;
pub mod finalize;
pub mod registry;
pub mod run;
pub mod runner;
pub mod shared;
