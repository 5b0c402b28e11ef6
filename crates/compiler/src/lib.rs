//! isopy's compiler: a checked AST (from `isopy-syntax`) to code objects.
//!
//! The pipeline: [`symtable`] resolves every name to local, global, free or
//! cell; `codegen` turns each scope into a [`code::Code`] of stack-machine
//! [`opcode`] instructions with a static exception table; [`dis`] prints
//! them. Code objects are immutable and `Send + Sync`: compiled once, they
//! are shared by every interpreter.
//!
//! ```
//! let source = "x = 1 + 2\n";
//! let module = isopy_syntax::parse_module(source).unwrap();
//! let code = isopy_compiler::compile_module(&module, source, "<string>").unwrap();
//! assert_eq!(&*code.name, "<module>");
//! ```

pub mod code;
pub mod dis;
pub mod opcode;
pub mod symtable;

mod codegen;
mod fold;

use std::sync::Arc;

use isopy_syntax::ast::{Expr, Module};
use isopy_syntax::SyntaxError;

pub use code::{Code, CodeFlags, Constant, ExceptionEntry, Location};
pub use opcode::{BinaryOperator, Comparison, Instruction, Opcode, UnaryOperator};

/// Compiles a parsed module (`exec` mode).
pub fn compile_module(module: &Module, source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    codegen::Compiler::compile_module(module, source, filename, false)
}

/// Compiles a parsed module in interactive (`single`) mode: each expression
/// statement's value is printed.
pub fn compile_interactive(module: &Module, source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    codegen::Compiler::compile_module(module, source, filename, true)
}

/// Compiles a parsed expression (`eval` mode).
pub fn compile_expression(expr: &Expr, source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    codegen::Compiler::compile_expression(expr, source, filename)
}

/// Parses and compiles a module's source in one step.
pub fn compile_source(source: &str, filename: &str) -> Result<Arc<Code>, SyntaxError> {
    let module = isopy_syntax::parse_module(source)?;
    compile_module(&module, source, filename)
}
