//! Tests of what the layers guarantee together, run on whole interpreters
//! but checked against their internals (heaps, shapes, class versions),
//! which the crate's public surface does not show.

mod isolation;
mod object_layout;
