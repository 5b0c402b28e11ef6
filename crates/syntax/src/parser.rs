//! The one entry point into the generated parser: tokens in, AST or
//! CPython-worded SyntaxError out.

use std::cell::Cell;

use crate::actions::Top;
use crate::ast::{Expr, Module};
use crate::diagnose;
use crate::error::SyntaxError;
use crate::lexer::{tokenize, LexMode};

#[allow(clippy::all, clippy::pedantic, unused_qualifications, missing_docs, unused_parens, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

/// Parses `source[start..end]` in `mode`.
fn run(source: &str, start: u32, end: u32, mode: LexMode) -> Result<Top, SyntaxError> {
    let tokens = tokenize(source, start, end, mode)?;
    let pulled = Cell::new(0usize);
    let stream = tokens.into_iter().map(|t| {
        pulled.set(pulled.get() + 1);
        Ok::<_, SyntaxError>(t)
    });
    generated::TopParser::new().parse(source, stream).map_err(|error| {
        // The tokens were moved into the parser; lexing again is cheaper
        // than keeping a copy for the rare failing parse.
        let tokens = tokenize(source, start, end, mode).expect("lexed before");
        diagnose::explain(source, &tokens, pulled.get(), error)
    })
}

/// Checks that a source fits the `u32` offsets used everywhere.
fn check_size(source: &str) -> Result<u32, SyntaxError> {
    u32::try_from(source.len())
        .ok()
        .filter(|&n| n < u32::MAX)
        .ok_or_else(|| SyntaxError::new("source code is too large (4 GiB or more)", 0, 0))
}

/// Parses a module (`exec` mode) and runs the checks CPython's compiler
/// makes before emitting code (`'return' outside function`, ...).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let end = check_size(source)?;
    if let Some(nul) = source.find('\0') {
        return Err(diagnose::null_byte(source, nul));
    }
    match run(source, 0, end, LexMode::Module)? {
        Top::Module(body) => {
            let module = Module { body };
            crate::validate::check_module(&module)?;
            Ok(module)
        }
        Top::Expression(_) => unreachable!("module mode yields a module"),
    }
}

/// Parses a single expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let end = check_size(source)?;
    if let Some(nul) = source.find('\0') {
        return Err(diagnose::null_byte(source, nul));
    }
    match run(source, 0, end, LexMode::Expression)? {
        Top::Expression(e) => {
            crate::validate::check_expression(&e)?;
            Ok(e)
        }
        Top::Module(_) => unreachable!("expression mode yields an expression"),
    }
}

/// Parses the expression of an f-string replacement field, `source[start..end]`.
pub(crate) fn parse_fstring_expression(source: &str, start: u32, end: u32) -> Result<Expr, SyntaxError> {
    match run(source, start, end, LexMode::FStringExpression)? {
        Top::Expression(e) => Ok(e),
        Top::Module(_) => unreachable!("expression mode yields an expression"),
    }
}

/// Decodes a source file's bytes as CPython does before tokenizing: a UTF-8
/// byte-order mark is skipped, NUL bytes and invalid UTF-8 are SyntaxErrors
/// with CPython's messages. `filename` appears in the invalid-UTF-8 message.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<&'a str, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            if let Some(nul) = valid.iter().position(|&b| b == 0) {
                let text = std::str::from_utf8(&valid[..nul]).expect("prefix of valid UTF-8");
                return Err(diagnose::null_byte(text, nul));
            }
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let bad = bytes[e.valid_up_to()];
            Err(SyntaxError {
                kind: crate::error::ErrorKind::Syntax,
                message: format!(
                    "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                ),
                location: crate::error::ErrorLocation::Nowhere,
                stage: crate::error::Stage::Tokenizer,
            })
        }
    }
}
