//! Layer 2 of the VM: the object model. Each built-in type in its own file
//! (`types/`), declaring its methods and the operations it supports;
//! classes (`class`), allocation and errors, the argument binder of native
//! functions, numbers and comparisons, codecs and the standard streams.

pub mod access;
pub mod args;
pub mod class;
pub mod codecs;
pub mod compare;
pub mod create;
pub mod float_text;
pub mod memory;
pub mod num;
pub mod protocol;
pub mod stdio;
pub mod types;
