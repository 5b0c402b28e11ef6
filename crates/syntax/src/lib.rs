//! isopy's front end: Python source text to a spanned abstract syntax tree,
//! or the `SyntaxError` CPython 3.11 would raise for the same text.
//!
//! The pipeline: [`lexer`] (logos raw tokens, then indentation, brackets and
//! literal extents) -> the LALRPOP parser generated from
//! `grammar/python.lalrpop` (whose actions live in `actions` and `literal`)
//! -> [`ast`]; parser failures are reworded by `diagnose`, and the checks of
//! CPython's later stages run in `validate`.
//!
//! ```
//! let module = isopy_syntax::parse_module("x = 1 + 2\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//!
//! let err = isopy_syntax::parse_module("if x\n    pass\n").unwrap_err();
//! assert_eq!(err.message, "expected ':'");
//! ```

pub mod ast;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod pyrepr;
pub mod span;
pub mod stack;
pub mod token;

mod actions;
mod diagnose;
mod literal;
mod parser;
mod printable;
mod shape;
mod validate;

pub use actions::MAX_EXPR_DEPTH;
pub use error::{ErrorKind, ErrorLocation, LocatedError, SourceOrigin, Stage, SyntaxError};
pub use parser::{decode_source, parse_expression, parse_interactive, parse_module};
pub use span::{LineIndex, Position, Span};
