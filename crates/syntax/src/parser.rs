//! The one entry point into the generated parser: tokens in, AST or
//! CPython-worded SyntaxError out.

use std::cell::Cell;

use crate::actions::Top;
use crate::ast::{Expr, Module};
use crate::diagnose;
use crate::diagnose::Input;
use crate::error::SyntaxError;
use crate::lexer::{tokenize, LexMode};
use crate::token::{Spanned, Tok};

#[allow(clippy::all, clippy::pedantic, unused_qualifications, missing_docs, unused_parens, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

/// Parses `source[start..end]` in `mode`.
fn run(source: &str, start: u32, end: u32, mode: LexMode) -> Result<Top, SyntaxError> {
    let tokens = tokenize(source, start, end, mode)?;
    let input = match mode {
        LexMode::Module => Input::Module,
        LexMode::Expression => Input::Expression,
        LexMode::FStringExpression => Input::FString,
    };
    // The tokens are moved into the parser; lexing again is cheaper than
    // keeping a copy for the rare failing parse.
    run_tokens(source, tokens, input, || tokenize(source, start, end, mode).expect("lexed before"))
}

/// Parses a lexed token stream; `relex` gives the tokens again to explain
/// a failure.
fn run_tokens(
    source: &str,
    tokens: Vec<Spanned>,
    input: Input,
    relex: impl FnOnce() -> Vec<Spanned>,
) -> Result<Top, SyntaxError> {
    let pulled = Cell::new(0usize);
    let stream = tokens.into_iter().map(|t| {
        pulled.set(pulled.get() + 1);
        Ok::<_, SyntaxError>(t)
    });
    generated::TopParser::new()
        .parse(source, stream)
        .map_err(|error| diagnose::explain(source, &relex(), pulled.get(), error, input))
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

/// Parses one statement in interactive mode (`compile(..., 'single')`):
/// the source must hold exactly one statement, simple or compound, apart
/// from blank lines and comments, as CPython's `single_input` requires.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    let end = check_size(source)?;
    if let Some(nul) = source.find('\0') {
        return Err(diagnose::null_byte(source, nul));
    }
    let tokens = tokenize(source, 0, end, LexMode::Module)?;
    if tokens.len() <= 1 {
        return Err(diagnose::no_statement(source));
    }
    let (cut, compound) = first_statement_end(&tokens);
    let prefix = tokens[..cut].to_vec();
    let body = match run_tokens(source, prefix.clone(), Input::Interactive, || prefix) {
        Ok(Top::Module(body)) => body,
        Ok(Top::Expression(_)) => unreachable!("module tokens yield a module"),
        Err(error) => {
            // The first statement is malformed: report what parsing the
            // whole input finds, which is where CPython stops too.
            let all = tokens.clone();
            return Err(match run_tokens(source, tokens, Input::Interactive, || all) {
                Err(whole) => whole,
                Ok(_) => error,
            });
        }
    };
    if let Some(&(start, _, stop)) = tokens.get(cut) {
        return Err(if compound {
            // CPython wants the NEWLINE that ends an interactive compound
            // statement and finds the next statement instead.
            SyntaxError::new("invalid syntax", start, stop)
        } else {
            // At the first statement's NEWLINE (which spans a comment before it).
            let (newline, end) = (tokens[cut - 1].0, tokens[cut - 1].2);
            SyntaxError::new("multiple statements found while compiling a single statement", newline, end)
        });
    }
    if compound {
        if let &(at, Tok::Newline, end) = &tokens[cut - 1] {
            if !matches!(source.as_bytes().get(end as usize), Some(b'\n' | b'\r')) {
                // `if x: pass` with no newline after it: CPython turns the
                // end of input into the NEWLINE ending `pass` and then finds
                // no NEWLINE to end the compound statement.
                let line = crate::span::LineIndex::new(source).line_of(at);
                return Err(SyntaxError::at_raw(crate::error::ErrorKind::Syntax, "invalid syntax", line, 0, 0));
            }
        }
    }
    let module = Module { body };
    crate::validate::check_module(&module)?;
    Ok(module)
}

/// One past the last token of the first statement of a module's tokens
/// (`tokens[0]` is the start marker): through its NEWLINE for a simple
/// statement; for a compound one, through the DEDENT closing its last
/// clause's block; and whether it is compound.
fn first_statement_end(tokens: &[Spanned]) -> (usize, bool) {
    let tok = |i: usize| tokens.get(i).map(|t| &t.1);
    let past_newline = |mut i: usize| {
        while i < tokens.len() && tokens[i].1 != Tok::Newline {
            i += 1;
        }
        (i + 1).min(tokens.len())
    };
    let mut i = 1;
    let compound = matches!(
        tok(i),
        Some(
            Tok::If
                | Tok::While
                | Tok::For
                | Tok::Try
                | Tok::With
                | Tok::WithParenthesized
                | Tok::Def
                | Tok::Class
                | Tok::At
        )
    );
    if !compound {
        return (past_newline(i), false);
    }
    loop {
        let decorator = tok(i) == Some(&Tok::At);
        i = past_newline(i);
        if tok(i) == Some(&Tok::Indent) {
            let mut depth = 0usize;
            while let Some(t) = tok(i) {
                match t {
                    Tok::Indent => depth += 1,
                    Tok::Dedent => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        if decorator {
            continue;
        }
        if !matches!(tok(i), Some(Tok::Elif | Tok::Else | Tok::Except | Tok::Finally)) {
            return (i, true);
        }
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
