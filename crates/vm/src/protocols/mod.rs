//! Layer 3 of the VM: the protocols built on the object model — operators
//! and comparisons, attributes, subscripts, iteration, calls, `repr`/`str`
//! and `format`, and dicts and sets with Python's hashing and equality.

pub mod attr;
pub mod call;
pub mod dictops;
pub mod display;
pub mod format;
pub mod iter;
pub mod ops;
pub mod subscript;
pub mod upcalls;
