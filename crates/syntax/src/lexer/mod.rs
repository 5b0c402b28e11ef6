//! Source text to logical tokens: drives the logos raw lexer and adds what
//! Python's tokenizer adds on top — NEWLINE/INDENT/DEDENT, bracket matching,
//! the extent of numbers and strings, identifier checks — with CPython's
//! tokenizer errors and positions.

mod number;
mod raw;
mod string;

use logos::Logos;
use unicode_normalization::UnicodeNormalization;

use crate::error::{ErrorKind, Stage, SyntaxError};
use crate::span::LineIndex;
use crate::token::{Spanned, Tok};
use raw::Raw;

/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's tokenizer limit on indentation levels (`MAXINDENT`).
const MAX_INDENT_DEPTH: usize = 100;
/// Tab stops are every 8 columns, as in CPython.
const TAB_SIZE: u32 = 8;

/// What the token stream is for; decides the synthesized first token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexMode {
    /// A whole module (`exec` mode).
    Module,
    /// A single expression (`eval` mode).
    Expression,
    /// The expression inside an f-string's braces: lexed as if inside
    /// parentheses, so line ends and indentation do not count.
    FStringExpression,
}

/// Tokenizes `source[start..end]` in `mode`. Offsets in the tokens and in any
/// error are offsets into the whole of `source`.
pub fn tokenize(source: &str, start: u32, end: u32, mode: LexMode) -> Result<Vec<Spanned>, SyntaxError> {
    Lexer::new(source, start, end, mode).run().map_err(|e| e.at_stage(Stage::Tokenizer))
}

/// An open bracket: its character and offset.
#[derive(Clone, Copy)]
struct Open {
    ch: u8,
    at: u32,
}

/// An indentation level: its column with tabs to multiples of 8, and its
/// column with tabs as 1 (CPython's `altcol`, used to detect TabError).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Indent {
    col: u32,
    alt: u32,
}

struct Lexer<'s> {
    source: &'s str,
    base: u32,
    end: u32,
    mode: LexMode,
    tokens: Vec<Spanned>,
    brackets: Vec<Open>,
    indents: Vec<Indent>,
    /// Whether the current logical line has produced a token yet.
    line_has_content: bool,
    /// Start of a comment on the current line, for the NEWLINE token's span.
    comment_start: Option<u32>,
    /// The last raw token was a line continuation.
    after_continuation: Option<u32>,
    /// A `with` is directly followed by `(`.
    with_parenthesis: bool,
}

impl<'s> Lexer<'s> {
    fn new(source: &'s str, start: u32, end: u32, mode: LexMode) -> Lexer<'s> {
        let brackets = if mode == LexMode::FStringExpression { vec![Open { ch: b'(', at: start }] } else { Vec::new() };
        Lexer {
            source,
            base: start,
            end,
            mode,
            tokens: Vec::with_capacity((end - start) as usize / 4 + 4),
            brackets,
            indents: vec![Indent { col: 0, alt: 0 }],
            line_has_content: false,
            comment_start: None,
            after_continuation: None,
            with_parenthesis: false,
        }
    }

    fn run(mut self) -> Result<Vec<Spanned>, SyntaxError> {
        let first = match self.mode {
            LexMode::Module => Tok::StartModule,
            LexMode::Expression | LexMode::FStringExpression => Tok::StartExpression,
        };
        self.tokens.push((self.base, first, self.base));
        let text = &self.source[self.base as usize..self.end as usize];
        let mut raw = Raw::lexer(text);
        while let Some(next) = raw.next() {
            let span = raw.span();
            let start = self.base + span.start as u32;
            let end = self.base + span.end as u32;
            let kind = match next {
                Ok(kind) => kind,
                Err(()) => return Err(self.invalid_character(start)),
            };
            if kind != Raw::Continuation {
                self.after_continuation = None;
            }
            match kind {
                Raw::Comment => {
                    self.comment_start = Some(start);
                    continue;
                }
                Raw::Continuation => {
                    self.after_continuation = Some(start);
                    continue;
                }
                Raw::Newline => {
                    self.newline(start);
                    continue;
                }
                Raw::StrayBackslash => {
                    return Err(SyntaxError::new(
                        "unexpected character after line continuation character",
                        start,
                        start,
                    ))
                }
                _ => {}
            }
            self.begin_token(start)?;
            let (tok, end) = match kind {
                Raw::Name => (self.name(start, end)?, end),
                Raw::NumberStart => {
                    let (tok, stop) = number::scan(self.source, start, self.end)?;
                    raw.bump((stop - end) as usize);
                    (tok, stop)
                }
                Raw::StringStart => {
                    let (prefix, stop) = string::scan(self.source, start, end, self.end)?;
                    raw.bump((stop - end) as usize);
                    (Tok::String(prefix), stop)
                }
                Raw::Lpar | Raw::Lsqb | Raw::Lbrace => {
                    self.open(start)?;
                    if kind == Raw::Lpar && matches!(self.tokens.last(), Some((_, Tok::With, _))) {
                        self.with_parenthesis = true;
                    }
                    (simple(kind), end)
                }
                Raw::Rpar | Raw::Rsqb | Raw::Rbrace => {
                    self.close(start)?;
                    (simple(kind), end)
                }
                _ => (simple(kind), end),
            };
            self.tokens.push((start, tok, end));
        }
        self.finish()?;
        if self.with_parenthesis {
            mark_parenthesized_with_items(&mut self.tokens);
        }
        Ok(self.tokens)
    }

    /// A physical line end outside a string.
    fn newline(&mut self, at: u32) {
        if self.brackets.is_empty() && self.line_has_content {
            let start = self.comment_start.unwrap_or(at);
            self.tokens.push((start, Tok::Newline, at));
            self.line_has_content = false;
        }
        self.comment_start = None;
    }

    /// Called before the first token of every line: at the start of a logical
    /// line, compares the indentation with the stack.
    fn begin_token(&mut self, start: u32) -> Result<(), SyntaxError> {
        self.comment_start = None;
        if self.line_has_content || !self.brackets.is_empty() {
            return Ok(());
        }
        self.line_has_content = true;
        let bytes = self.source.as_bytes();
        let mut line_start = start as usize;
        while line_start > self.base as usize && !matches!(bytes[line_start - 1], b'\n' | b'\r') {
            line_start -= 1;
        }
        let mut here = Indent { col: 0, alt: 0 };
        for &b in &bytes[line_start..start as usize] {
            match b {
                b' ' => {
                    here.col += 1;
                    here.alt += 1;
                }
                b'\t' => {
                    here.col = (here.col / TAB_SIZE + 1) * TAB_SIZE;
                    here.alt += 1;
                }
                b'\x0c' => here = Indent { col: 0, alt: 0 },
                // A continuation line that starts a logical line: CPython
                // measures nothing past the backslash either.
                _ => break,
            }
        }
        let top = *self.indents.last().expect("indent stack is never empty");
        let line_start = line_start as u32;
        if here.col == top.col {
            if here.alt != top.alt {
                return Err(self.tab_error(line_start));
            }
        } else if here.col > top.col {
            if here.alt <= top.alt {
                return Err(self.tab_error(line_start));
            }
            if self.indents.len() > MAX_INDENT_DEPTH {
                return Err(SyntaxError::with_kind(
                    ErrorKind::Indentation,
                    "too many levels of indentation",
                    start,
                    start,
                ));
            }
            self.indents.push(here);
            self.tokens.push((line_start, Tok::Indent, start));
        } else {
            while here.col < self.indents.last().unwrap().col {
                self.indents.pop();
                self.tokens.push((start, Tok::Dedent, start));
            }
            let top = *self.indents.last().unwrap();
            if here.col != top.col {
                let line_end = self.line_end(start);
                return Err(SyntaxError::with_kind(
                    ErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    line_end,
                    line_end,
                ));
            }
            if here.alt != top.alt {
                return Err(self.tab_error(line_start));
            }
        }
        Ok(())
    }

    /// CPython reports a TabError at column 0 of the offending line, which
    /// its display leaves without a caret.
    fn tab_error(&self, line_start: u32) -> SyntaxError {
        let line = LineIndex::new(self.source).line_of(line_start);
        SyntaxError::at_raw(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", line, 1, 0)
    }

    /// Offset of the end of the physical line containing `at`.
    fn line_end(&self, at: u32) -> u32 {
        let rest = &self.source[at as usize..self.end as usize];
        at + rest.find(['\n', '\r']).unwrap_or(rest.len()) as u32
    }

    fn open(&mut self, at: u32) -> Result<(), SyntaxError> {
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(SyntaxError::new("too many nested parentheses", at, at));
        }
        self.brackets.push(Open { ch: self.source.as_bytes()[at as usize], at });
        Ok(())
    }

    fn close(&mut self, at: u32) -> Result<(), SyntaxError> {
        let ch = self.source.as_bytes()[at as usize];
        let in_fstring = self.mode == LexMode::FStringExpression;
        let Some(open) = self.brackets.pop().filter(|_| !(in_fstring && self.brackets.is_empty())) else {
            return Err(SyntaxError::new(format!("unmatched '{}'", ch as char), at, at));
        };
        let expected = match open.ch {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if ch != expected {
            let index = LineIndex::new(self.source);
            let (open_line, close_line) = (index.line_of(open.at), index.line_of(at));
            let mut message = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                ch as char, open.ch as char
            );
            if open_line != close_line {
                message.push_str(&format!(" on line {open_line}"));
            }
            return Err(SyntaxError::new(message, at, at));
        }
        Ok(())
    }

    /// Checks and normalises an identifier candidate.
    fn name(&self, start: u32, end: u32) -> Result<Tok, SyntaxError> {
        let text = &self.source[start as usize..end as usize];
        if text.is_ascii() {
            return Ok(Tok::keyword(text).unwrap_or_else(|| Tok::Name(text.into())));
        }
        for (i, c) in text.char_indices() {
            let ok =
                if i == 0 { c == '_' || unicode_ident::is_xid_start(c) } else { unicode_ident::is_xid_continue(c) };
            if !ok {
                let at = start + i as u32;
                return Err(if is_printable(c) {
                    SyntaxError::new(format!("invalid character '{c}' (U+{:04X})", c as u32), at, at)
                } else {
                    SyntaxError::new(format!("invalid non-printable character U+{:04X}", c as u32), at, at)
                });
            }
        }
        let normal: String = text.nfkc().collect();
        Ok(Tok::keyword(&normal).unwrap_or_else(|| Tok::Name(normal.into())))
    }

    fn invalid_character(&self, at: u32) -> SyntaxError {
        let c = self.source[at as usize..].chars().next().unwrap_or('\0');
        if is_printable(c) {
            SyntaxError::new(format!("invalid character '{c}' (U+{:04X})", c as u32), at, at)
        } else {
            SyntaxError::new(format!("invalid non-printable character U+{:04X}", c as u32), at, at)
        }
    }

    /// End of input: the implicit NEWLINE, the closing DEDENTs, or the
    /// markers for input that ends inside a bracket or after a backslash.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        let end = self.end;
        if let Some(backslash) = self.after_continuation {
            return Err(SyntaxError::new("unexpected EOF while parsing", backslash + 1, backslash + 1));
        }
        if self.mode == LexMode::FStringExpression {
            self.brackets.remove(0);
        }
        if !self.brackets.is_empty() {
            self.tokens.push((end, Tok::UnclosedAtEof, end));
            return Ok(());
        }
        if self.line_has_content {
            let start = self.comment_start.unwrap_or(end);
            self.tokens.push((start, Tok::Newline, end));
        }
        for _ in 1..self.indents.len() {
            self.tokens.push((end, Tok::Dedent, end));
        }
        Ok(())
    }
}

/// Turns each `with` followed by a parenthesized list of with-items and `:`
/// (`with (a as b, c):`) into [`Tok::WithParenthesized`]. CPython's grammar
/// tries that reading before `with` over a parenthesized expression, so
/// `with (a, b):` has two items but `with (a, b) as c:` one tuple. Contents
/// that are no with-item list (`()`, a generator expression, starred items,
/// `yield`, `:=`) keep the expression reading.
fn mark_parenthesized_with_items(tokens: &mut [Spanned]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].1 != Tok::With || tokens[i + 1].1 != Tok::Lpar {
            continue;
        }
        let mut depth = 0usize;
        let mut close = None;
        for (j, t) in tokens.iter().enumerate().skip(i + 1) {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else { continue };
        if matches!(tokens.get(close + 1), Some((_, Tok::Colon, _))) && is_with_item_list(&tokens[i + 2..close]) {
            tokens[i].1 = Tok::WithParenthesized;
        }
    }
}

/// Whether `tokens` (the inside of the parentheses) read as CPython's
/// `','.with_item+ ','?` with `with_item: expression ['as' star_target]`.
fn is_with_item_list(tokens: &[Spanned]) -> bool {
    let mut depth = 0usize;
    let mut items = 0;
    let mut item_len = 0;
    let mut item_as = 0;
    for t in tokens {
        if depth == 0 {
            match t.1 {
                Tok::Comma => {
                    if item_len == 0 || item_as > 1 {
                        return false;
                    }
                    items += 1;
                    (item_len, item_as) = (0, 0);
                    continue;
                }
                Tok::Star | Tok::DoubleStar | Tok::Yield if item_len == 0 => return false,
                Tok::ColonEqual | Tok::For | Tok::Async => return false,
                Tok::As => item_as += 1,
                _ => {}
            }
        }
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        item_len += 1;
    }
    if item_as > 1 {
        return false;
    }
    items + usize::from(item_len > 0) > 0
}

/// The `Tok` of a raw token that carries no payload.
fn simple(kind: Raw) -> Tok {
    match kind {
        Raw::False => Tok::False,
        Raw::None => Tok::None,
        Raw::True => Tok::True,
        Raw::And => Tok::And,
        Raw::As => Tok::As,
        Raw::Assert => Tok::Assert,
        Raw::Async => Tok::Async,
        Raw::Await => Tok::Await,
        Raw::Break => Tok::Break,
        Raw::Class => Tok::Class,
        Raw::Continue => Tok::Continue,
        Raw::Def => Tok::Def,
        Raw::Del => Tok::Del,
        Raw::Elif => Tok::Elif,
        Raw::Else => Tok::Else,
        Raw::Except => Tok::Except,
        Raw::Finally => Tok::Finally,
        Raw::For => Tok::For,
        Raw::From => Tok::From,
        Raw::Global => Tok::Global,
        Raw::If => Tok::If,
        Raw::Import => Tok::Import,
        Raw::In => Tok::In,
        Raw::Is => Tok::Is,
        Raw::Lambda => Tok::Lambda,
        Raw::Nonlocal => Tok::Nonlocal,
        Raw::Not => Tok::Not,
        Raw::Or => Tok::Or,
        Raw::Pass => Tok::Pass,
        Raw::Raise => Tok::Raise,
        Raw::Return => Tok::Return,
        Raw::Try => Tok::Try,
        Raw::While => Tok::While,
        Raw::With => Tok::With,
        Raw::Yield => Tok::Yield,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::Slash => Tok::Slash,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::Percent => Tok::Percent,
        Raw::At => Tok::At,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::Amper => Tok::Amper,
        Raw::Vbar => Tok::Vbar,
        Raw::Circumflex => Tok::Circumflex,
        Raw::Tilde => Tok::Tilde,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::Lpar => Tok::Lpar,
        Raw::Rpar => Tok::Rpar,
        Raw::Lsqb => Tok::Lsqb,
        Raw::Rsqb => Tok::Rsqb,
        Raw::Lbrace => Tok::Lbrace,
        Raw::Rbrace => Tok::Rbrace,
        Raw::Comma => Tok::Comma,
        Raw::Colon => Tok::Colon,
        Raw::Dot => Tok::Dot,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::Semi => Tok::Semi,
        Raw::Equal => Tok::Equal,
        Raw::Rarrow => Tok::Rarrow,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AtEqual => Tok::AtEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VbarEqual => Tok::VbarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::Stray => Tok::Stray,
        Raw::Comment
        | Raw::Continuation
        | Raw::StrayBackslash
        | Raw::Newline
        | Raw::Name
        | Raw::NumberStart
        | Raw::StringStart => unreachable!("handled by the lexer before conversion"),
    }
}

pub(crate) use crate::printable::is_printable;

#[cfg(test)]
mod tests;
