//! Turns the generated parser's errors ("unexpected token X, expected one of
//! ...") into the messages and positions CPython 3.11 gives for the same
//! mistake, by looking at the tokens around the failure the way CPython's
//! `invalid_*` grammar rules and `_PyPegen_set_syntax_error` do.

use lalrpop_util::ParseError;

use crate::ast::Expr;
use crate::error::{ErrorKind, ErrorLocation, Stage, SyntaxError};
use crate::shape;
use crate::span::LineIndex;
use crate::token::{Spanned, Tok};

/// Explains a parse failure. `pulled` is how many tokens the parser had
/// taken from `tokens` when it failed (the last one is the offending token).
pub fn explain(
    source: &str,
    tokens: &[Spanned],
    pulled: usize,
    error: ParseError<u32, Tok, SyntaxError>,
    input: Input,
) -> SyntaxError {
    let (at, expected) = match error {
        ParseError::User { error } => return error,
        ParseError::UnrecognizedToken { expected, .. } => (pulled.saturating_sub(1), expected),
        ParseError::UnrecognizedEof { expected, .. } => (tokens.len(), expected),
        ParseError::InvalidToken { location } => {
            return SyntaxError::new("invalid syntax", location, location);
        }
        ParseError::ExtraToken { token } => (index_of(tokens, token.0), Vec::new()),
    };
    let context = Context { source, tokens, at, expected: &expected, input };
    let error = context.specific().unwrap_or_else(|| context.generic());
    context.unclosed_bracket_instead(error)
}

/// What the parser was reading: CPython's start rules differ in how the
/// end of input looks (only `exec` input gets a final newline added) and
/// in which error rules apply at the start of a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A module (`exec` mode).
    Module,
    /// One interactive statement (`single` mode).
    Interactive,
    /// An expression (`eval` mode).
    Expression,
    /// The expression of an f-string replacement field.
    FString,
}

/// The number of lines CPython's tokenizer reads from `source` (no final
/// newline is added in `eval` and `single` modes).
fn lines_read(source: &str) -> u32 {
    let newlines = source.bytes().filter(|&b| b == b'\n').count() as u32;
    newlines + u32::from(!source.is_empty() && !source.ends_with('\n'))
}

/// The `invalid syntax` of an `eval` or `single` input holding no
/// expression or statement: CPython points at its end, line 0 when empty.
pub fn no_statement(source: &str) -> SyntaxError {
    SyntaxError::at_raw(ErrorKind::Syntax, "invalid syntax", lines_read(source), 0, 0)
}

fn index_of(tokens: &[Spanned], start: u32) -> usize {
    tokens.iter().position(|t| t.0 == start).unwrap_or(tokens.len())
}

/// The `source code cannot contain null bytes` error, which CPython shows
/// with the line cut at the NUL and no caret.
pub fn null_byte(source: &str, nul: usize) -> SyntaxError {
    let line = LineIndex::new(source).line_of(nul as u32);
    SyntaxError::at_raw(ErrorKind::Syntax, "source code cannot contain null bytes", line, 0, 0)
}

struct Context<'a> {
    source: &'a str,
    tokens: &'a [Spanned],
    /// Index of the offending token (`tokens.len()` at end of input).
    at: usize,
    expected: &'a [String],
    input: Input,
}

impl Context<'_> {
    fn token(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i).map(|t| &t.1)
    }

    fn offending(&self) -> Option<&Spanned> {
        self.tokens.get(self.at)
    }

    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    fn line_of(&self, offset: u32) -> u32 {
        LineIndex::new(self.source).line_of(offset)
    }

    /// Index of the first token of the logical line containing token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.tokens.len());
        while j > 0
            && !matches!(
                self.tokens[j - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpression
            )
        {
            j -= 1;
        }
        j
    }

    /// How many brackets are open just before token `i`.
    fn depth_before(&self, i: usize) -> i32 {
        let start = self.line_start(i);
        let mut depth = 0;
        for t in &self.tokens[start..i.min(self.tokens.len())] {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                _ => {}
            }
        }
        depth
    }

    /// The innermost bracket open before token `i` on its logical line.
    fn open_bracket_before(&self, i: usize) -> Option<&Tok> {
        let start = self.line_start(i);
        let mut stack = Vec::new();
        for t in &self.tokens[start..i.min(self.tokens.len())] {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(&t.1),
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.pop()
    }

    /// The plain `invalid syntax`, at the offending token, or CPython's
    /// unexpected-indent / end-of-input variants.
    fn generic(&self) -> SyntaxError {
        let eval_or_single = matches!(self.input, Input::Expression | Input::Interactive);
        match self.offending() {
            Some(&(start, Tok::Newline, end)) if eval_or_single && self.is_implicit_newline(end) => {
                // No newline ends the text: CPython fails on its ENDMARKER,
                // which has no column.
                SyntaxError::at_raw(ErrorKind::Syntax, "invalid syntax", self.line_of(start), 0, 0)
            }
            None if self.input == Input::Expression => no_statement(self.source),
            Some((start, Tok::Indent, end)) => {
                let line = self.line_of(*end);
                let _ = start;
                SyntaxError::at_raw(ErrorKind::Indentation, "unexpected indent", line, 0, 0)
            }
            Some((start, Tok::Dedent, _)) => {
                let line = self.line_of(*start);
                SyntaxError::at_raw(ErrorKind::Indentation, "unexpected unindent", line, 0, 0)
            }
            Some((start, _, end)) => SyntaxError::new("invalid syntax", *start, *end),
            None => {
                // End of input: CPython points past the last line, which its
                // display shows without a caret.
                let last = self.tokens.last().map_or(0, |t| t.0);
                SyntaxError::at_raw(ErrorKind::Syntax, "invalid syntax", self.line_of(last), 0, 0)
            }
        }
    }

    /// Whether the NEWLINE token ending at `end` is the one the lexer adds
    /// at the end of a text that has no final newline.
    fn is_implicit_newline(&self, end: u32) -> bool {
        !matches!(self.source.as_bytes().get(end as usize), Some(b'\n' | b'\r'))
    }

    /// The messages of CPython's `invalid_*` rules that apply here, if any.
    fn specific(&self) -> Option<SyntaxError> {
        let tok = self.offending().map(|t| &t.1);
        if let Some(Tok::UnclosedAtEof) = tok {
            return Some(self.never_closed());
        }
        if let Some(e) = self.unsupported() {
            return Some(e);
        }
        if self.expects("Indent") && !matches!(tok, Some(Tok::Indent)) {
            return Some(self.expected_block());
        }
        if let Some((start, Tok::Newline, end)) = self.offending() {
            if self.expects("\":\"") {
                return Some(SyntaxError::new("expected ':'", *start, *end));
            }
        }
        if let Some(e) = self.dict_value_missing() {
            return Some(e);
        }
        if let Some(e) = self.if_without_else() {
            return Some(e);
        }
        if let Some(e) = self.named_expression() {
            return Some(e);
        }
        if let Some(e) = self.yield_assignment() {
            return Some(e);
        }
        if let Some(e) = self.juxtaposed_expressions() {
            return Some(e);
        }
        if let Some(e) = self.def_without_parenthesis() {
            return Some(e);
        }
        if let Some(e) = self.try_without_handler() {
            return Some(e);
        }
        None
    }

    /// Constructs of Python that isopy does not run: `async`, `await`,
    /// `match`, `except*`.
    fn unsupported(&self) -> Option<SyntaxError> {
        let (start, tok, end) = self.offending()?;
        let message = match tok {
            Tok::Async => match self.token(self.at + 1) {
                Some(Tok::Def) => "'async def' is not supported by isopy",
                Some(Tok::For) => "'async for' is not supported by isopy",
                Some(Tok::With | Tok::WithParenthesized) => "'async with' is not supported by isopy",
                _ => "'async' is not supported by isopy",
            },
            Tok::Await => "'await' is not supported by isopy",
            Tok::Star if matches!(self.token(self.at.wrapping_sub(1)), Some(Tok::Except)) => {
                "'except*' is not supported by isopy"
            }
            _ => {
                let first = self.line_start(self.at);
                match (self.token(first), self.tokens.get(first)) {
                    (Some(Tok::Name(n)), Some(&(s, _, e))) if &**n == "match" && first < self.at => {
                        return Some(SyntaxError::new("'match' is not supported by isopy", s, e));
                    }
                    _ => return None,
                }
            }
        };
        Some(SyntaxError::new(message, *start, *end))
    }

    /// `'(' was never closed`, at the innermost bracket still open at the end.
    fn never_closed(&self) -> SyntaxError {
        let (at, _, _) = self.unclosed_bracket().expect("called on UnclosedAtEof");
        let ch = self.source.as_bytes()[at as usize] as char;
        SyntaxError::new(format!("'{ch}' was never closed"), at, at)
    }

    /// The innermost bracket left open at the end of input, if any.
    fn unclosed_bracket(&self) -> Option<(u32, u32, u32)> {
        let &(end, Tok::UnclosedAtEof, _) = self.tokens.last()? else {
            return None;
        };
        // Replay the brackets of the whole token stream.
        let mut stack = Vec::new();
        for t in self.tokens {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(t.0),
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.last().map(|&at| (at, at, end))
    }

    /// CPython tokenizes the rest of the file after a parser error; if a
    /// bracket opened on an earlier line than the error is never closed, that
    /// is the error it reports.
    fn unclosed_bracket_instead(&self, error: SyntaxError) -> SyntaxError {
        if error.message.ends_with("was never closed") || error.kind == ErrorKind::Recursion {
            return error;
        }
        let Some((at, _, _)) = self.unclosed_bracket() else {
            return error;
        };
        // CPython compares with the line of the last token it fetched.
        let error_line = match self.offending() {
            Some(t) => self.line_of(t.0),
            None => return error,
        };
        if error_line > self.line_of(at) {
            let ch = self.source.as_bytes()[at as usize] as char;
            return SyntaxError::new(format!("'{ch}' was never closed"), at, at);
        }
        error
    }

    /// `expected an indented block after 'if' statement on line N`.
    fn expected_block(&self) -> SyntaxError {
        // The header is the logical line ending just before the offending
        // token's NEWLINE.
        let newline = self.at.saturating_sub(1);
        let first = self.line_start(newline);
        let (header_at, what) = match self.tokens.get(first) {
            Some((at, tok, _)) => (*at, header_name(tok)),
            None => (0, "statement".to_string()),
        };
        let line = self.line_of(header_at);
        let message = format!("expected an indented block after {what} on line {line}");
        match self.offending() {
            Some((start, _, _)) if self.line_of(*start) > line => {
                let start = *start;
                SyntaxError::with_kind(ErrorKind::Indentation, message, start, start)
            }
            _ => SyntaxError::at_raw(ErrorKind::Indentation, message, line, 0, 0),
        }
    }

    /// `{'a': }`: `expression expected after dictionary key and ':'`.
    fn dict_value_missing(&self) -> Option<SyntaxError> {
        let (_, tok, _) = self.offending()?;
        if !matches!(tok, Tok::Rbrace | Tok::Comma) {
            return None;
        }
        let (start, colon, end) = self.tokens.get(self.at.checked_sub(1)?)?;
        if *colon != Tok::Colon || self.open_bracket_before(self.at) != Some(&Tok::Lbrace) {
            return None;
        }
        Some(SyntaxError::new("expression expected after dictionary key and ':'", *start, *end))
    }

    /// CPython's `invalid_named_expression` rule, which applies where its
    /// grammar reads a `named_expression`: `if`/`elif`/`while` conditions,
    /// decorators, the items of list, tuple and set displays, subscripts
    /// and (through `invalid_assignment`) the items at the start of a
    /// statement. There `x = 1` suggests `==` or `:=`, `f() = 1` suggests
    /// `==`, and `(a, b) := c` names what cannot be assigned to.
    fn named_expression(&self) -> Option<SyntaxError> {
        let (_, tok, _) = self.offending()?;
        if !matches!(tok, Tok::Equal | Tok::ColonEqual) {
            return None;
        }
        let target_start = self.expression_start(self.at);
        if target_start >= self.at || !self.reads_named_expression(target_start) {
            return None;
        }
        let single_name = target_start + 1 == self.at && matches!(self.tokens[target_start].1, Tok::Name(_));
        if *tok == Tok::ColonEqual {
            // `NAME := value` is a valid named expression (its error is elsewhere).
            if single_name || !self.token(self.at + 1).is_some_and(|t| t.starts_expression()) {
                return None;
            }
            let target = self.parse_slice(target_start, self.at)?;
            return Some(SyntaxError::new(
                format!("cannot use assignment expressions with {}", target.describe()),
                target.span.start,
                target.span.end,
            ));
        }
        let value_end = self.operand_end(self.at + 1)?;
        if matches!(self.token(value_end), Some(Tok::Equal | Tok::ColonEqual)) {
            return None;
        }
        if single_name {
            let (start, end) = (self.tokens[target_start].0, self.tokens[value_end - 1].2);
            return Some(SyntaxError::new("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, end));
        }
        let target = self.parse_slice(target_start, self.at)?;
        if !shape::is_operand(self.source, &target) || shape::starts_with_display(self.source, &target) {
            return None;
        }
        Some(SyntaxError::new(
            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", target.describe()),
            target.span.start,
            target.span.end,
        ))
    }

    /// Whether CPython's grammar reads a `named_expression` (with its error
    /// rule) at token `i`.
    fn reads_named_expression(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else { return false };
        let statement_level = matches!(self.input, Input::Module | Input::Interactive);
        match &self.tokens[before].1 {
            Tok::If | Tok::Elif | Tok::While => before == self.statement_start(before),
            Tok::At => before == self.line_start(before),
            Tok::Lpar => self.is_group(before),
            Tok::Lsqb | Tok::Lbrace => true,
            Tok::Comma => match self.open_bracket_index(before) {
                Some(open) => {
                    let display = match self.tokens[open].1 {
                        Tok::Lsqb | Tok::Lbrace => true,
                        Tok::Lpar => self.is_group(open),
                        _ => false,
                    };
                    display && self.only_commas_between(open + 1, before)
                }
                None => statement_level && self.only_commas_between(self.statement_start(before), before),
            },
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::Semi => statement_level,
            _ => false,
        }
    }

    /// Whether the `(` at token `i` opens a group or tuple (not a call).
    fn is_group(&self, i: usize) -> bool {
        i == 0 || !self.tokens[i - 1].1.ends_expression()
    }

    /// Whether the tokens `from..to` outside brackets separate their items
    /// with commas only (a display's or a statement's leading items).
    fn only_commas_between(&self, from: usize, to: usize) -> bool {
        let mut depth = 0i32;
        for t in &self.tokens[from..to] {
            match &t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                t if depth == 0 && ends_operand_list(t) => return false,
                _ => {}
            }
        }
        true
    }

    /// The innermost bracket still open before token `i` on its logical line.
    fn open_bracket_index(&self, i: usize) -> Option<usize> {
        let start = self.line_start(i);
        let mut stack = Vec::new();
        for (j, t) in self.tokens[start..i.min(self.tokens.len())].iter().enumerate() {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(start + j),
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.pop()
    }

    /// Index of the first token of the simple statement containing token `i`.
    fn statement_start(&self, i: usize) -> usize {
        let mut j = i.min(self.tokens.len());
        while j > 0
            && !matches!(
                self.tokens[j - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpression | Tok::Semi
            )
        {
            j -= 1;
        }
        j
    }

    /// Parses tokens `from..to` as an expression, for its kind and span.
    fn parse_slice(&self, from: usize, to: usize) -> Option<Expr> {
        let (start, end) = (self.tokens[from].0, self.tokens[to - 1].2);
        crate::parser::parse_fstring_expression(self.source, start, end).ok()
    }

    /// One past the last token of the `bitwise_or` operand (arithmetic,
    /// bitwise and unary `+ - ~` operators over primaries) starting at
    /// token `i`, if one starts there.
    fn operand_end(&self, i: usize) -> Option<usize> {
        let first = self.token(i)?;
        if !first.starts_expression() || matches!(first, Tok::Not | Tok::Lambda | Tok::Await) {
            return None;
        }
        let mut j = i;
        let mut depth = 0i32;
        while let Some(tok) = self.token(j) {
            match tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::DoubleStar
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Percent
                | Tok::At
                | Tok::LeftShift
                | Tok::RightShift
                | Tok::Amper
                | Tok::Vbar
                | Tok::Circumflex
                | Tok::Tilde
                | Tok::Dot => {}
                // Adjacent strings concatenate.
                Tok::String(_) if j > i && matches!(self.tokens[j - 1].1, Tok::String(_)) => {}
                t if t.starts_expression() && !matches!(t, Tok::Not | Tok::Lambda | Tok::Await) => {
                    // Two operands side by side end the first.
                    if j > i && self.tokens[j - 1].1.ends_expression() {
                        break;
                    }
                }
                _ => break,
            }
            j += 1;
        }
        (j > i).then_some(j)
    }

    /// `a if b` without `else`: CPython's `invalid_expression` says
    /// `expected 'else' after 'if' expression` unless `else` or `:` follows.
    fn if_without_else(&self) -> Option<SyntaxError> {
        if !self.expects("\"else\"") || matches!(self.offending().map(|t| &t.1), Some(Tok::Else | Tok::Colon)) {
            return None;
        }
        let first = self.statement_start(self.at);
        let mut j = self.at;
        let mut depth = 0i32;
        while j > first {
            match self.tokens[j - 1].1 {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Tok::If if depth == 0 => break,
                _ => {}
            }
            j -= 1;
        }
        // `j - 1` is the `if`; a statement's own `if` is not this rule.
        let if_at = j.checked_sub(1)?;
        if if_at <= first || self.tokens[if_at].1 != Tok::If || if_at + 1 >= self.at {
            return None;
        }
        let body_start = self.expression_start(if_at);
        if body_start >= if_at {
            return None;
        }
        // The range ends with the condition's node, inside any parentheses.
        let end = self.parse_slice(if_at + 1, self.at).map_or(self.tokens[self.at - 1].2, |e| e.span.end);
        Some(SyntaxError::new("expected 'else' after 'if' expression", self.tokens[body_start].0, end))
    }

    /// `yield x = 1` at the start of a statement (or after its targets):
    /// `assignment to yield expression not possible`.
    fn yield_assignment(&self) -> Option<SyntaxError> {
        let (_, Tok::Equal, _) = self.offending()? else {
            return None;
        };
        if !matches!(self.input, Input::Module | Input::Interactive) {
            return None;
        }
        let first = self.statement_start(self.at);
        let mut depth = 0i32;
        let mut yield_at = None;
        for (j, t) in self.tokens[first..self.at].iter().enumerate() {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                Tok::Yield if depth == 0 && yield_at.is_none() => yield_at = Some(first + j),
                _ => {}
            }
        }
        let y = yield_at?;
        if y != first && self.tokens[y - 1].1 != Tok::Equal {
            return None;
        }
        Some(SyntaxError::new(
            "assignment to yield expression not possible",
            self.tokens[y].0,
            self.tokens[self.at - 1].2,
        ))
    }

    /// Two expressions side by side: `print "x"` (a Python 2 print), or
    /// inside brackets `[1 2]` ("Perhaps you forgot a comma?").
    fn juxtaposed_expressions(&self) -> Option<SyntaxError> {
        let (_, tok, _) = self.offending()?;
        let previous = self.token(self.at.checked_sub(1)?)?;
        if !previous.ends_expression() || !tok.starts_expression() {
            return None;
        }
        let first = self.expression_start(self.at);
        let line_first = self.line_start(self.at);
        // `print x` / `exec x` at the start of a statement.
        if first + 1 == self.at && first == line_first {
            if let Tok::Name(name) = &self.tokens[first].1 {
                if matches!(&**name, "print" | "exec") {
                    let end = self.statement_end(self.at);
                    return Some(SyntaxError::new(
                        format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                        self.tokens[first].0,
                        end,
                    ));
                }
            }
        }
        if self.depth_before(self.at) <= 0 {
            return None;
        }
        // CPython's rule excludes a name directly followed by a string.
        if first + 1 == self.at && matches!(previous, Tok::Name(_)) && matches!(tok, Tok::String(_)) {
            return None;
        }
        let end = self.expression_end(self.at)?;
        Some(SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            self.tokens[first].0,
            self.tokens[end - 1].2,
        ))
    }

    /// `def f:` — CPython says `expected '('`.
    fn def_without_parenthesis(&self) -> Option<SyntaxError> {
        let (start, _, end) = self.offending()?;
        let i = self.at.checked_sub(2)?;
        if self.token(i) == Some(&Tok::Def) && matches!(self.token(i + 1), Some(Tok::Name(_))) && self.expects("\"(\"")
        {
            return Some(SyntaxError::new("expected '('", *start, *end));
        }
        None
    }

    /// A `try:` block followed by neither `except` nor `finally`. CPython
    /// raises it at the token after the block; a DEDENT has no column
    /// (CPython gives 0), and at the end of input it points just past the
    /// last line's newline.
    fn try_without_handler(&self) -> Option<SyntaxError> {
        if !(self.expects("\"except\"") && self.expects("\"finally\"")) {
            return None;
        }
        const MESSAGE: &str = "expected 'except' or 'finally' block";
        match self.offending() {
            Some(&(start, Tok::Dedent, _)) if (start as usize) < self.source.trim_end().len() => {
                Some(SyntaxError::at_raw(ErrorKind::Syntax, MESSAGE, self.line_of(start), 0, 0))
            }
            None | Some((_, Tok::Dedent, _)) => {
                let (line, column) = self.past_last_line();
                Some(SyntaxError {
                    kind: ErrorKind::Syntax,
                    message: MESSAGE.into(),
                    location: ErrorLocation::PastLine { line, column },
                    stage: Stage::Parser,
                })
            }
            Some(&(start, _, end)) => Some(SyntaxError::new(MESSAGE, start, end)),
        }
    }

    /// CPython's position at the end of a module's input: the last line
    /// (with the newline `exec` mode adds when the text has none) and the
    /// column just past its newline.
    fn past_last_line(&self) -> (u32, u32) {
        let index = LineIndex::new(self.source);
        let line = if self.source.ends_with(['\n', '\r']) {
            index.line_of(self.source.len() as u32 - 1)
        } else {
            index.line_of(self.source.len() as u32)
        };
        let chars = index.line_text(self.source, line).chars().count() as u32;
        (line, chars + 1)
    }

    /// Index of the first token of the expression that ends just before
    /// token `i` (walking back over operands, operators and bracket groups).
    fn expression_start(&self, i: usize) -> usize {
        let line_first = self.line_start(i);
        let mut j = i;
        let mut depth = 0i32;
        while j > line_first {
            let tok = &self.tokens[j - 1].1;
            match tok {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                t if *t == Tok::Comma || *t == Tok::Star || ends_operand_list(t) => break,
                _ => {}
            }
            j -= 1;
        }
        j
    }

    /// One past the last token of the expression starting at token `i`.
    fn expression_end(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut depth = 0i32;
        while let Some(tok) = self.token(j) {
            match tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                Tok::Comma
                | Tok::Colon
                | Tok::Equal
                | Tok::ColonEqual
                | Tok::Semi
                | Tok::Newline
                | Tok::For
                | Tok::UnclosedAtEof
                | Tok::Indent
                | Tok::Dedent => break,
                t if j > i
                    && t.starts_expression()
                    && self.tokens[j - 1].1.ends_expression()
                    && !matches!(t, Tok::Lpar | Tok::Lsqb) =>
                {
                    break
                }
                _ => {}
            }
            j += 1;
        }
        (j > i).then_some(j)
    }

    /// The end offset of the statement containing token `i` (before its NEWLINE).
    fn statement_end(&self, i: usize) -> u32 {
        let mut j = i;
        while let Some(tok) = self.token(j) {
            if matches!(tok, Tok::Newline | Tok::Semi | Tok::UnclosedAtEof) {
                break;
            }
            j += 1;
        }
        self.tokens[j.max(1) - 1].2
    }
}

/// How CPython names a block header in "expected an indented block after ...".
fn header_name(tok: &Tok) -> String {
    let word = match tok {
        Tok::Def => return "function definition".into(),
        Tok::Class => return "class definition".into(),
        Tok::If => "if",
        Tok::Elif => "elif",
        Tok::Else => "else",
        Tok::While => "while",
        Tok::For => "for",
        Tok::Try => "try",
        Tok::Except => "except",
        Tok::Finally => "finally",
        Tok::With | Tok::WithParenthesized => "with",
        _ => return "statement".into(),
    };
    format!("'{word}' statement")
}

/// Tokens that end an expression read back from its end, besides `,` and
/// `*`: assignments, keywords that start statements or clauses, and the
/// separators of slices, dictionaries, parameters and decorators.
fn ends_operand_list(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Colon
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::Semi
            | Tok::If
            | Tok::Else
            | Tok::While
            | Tok::Elif
            | Tok::For
            | Tok::Return
            | Tok::Lambda
            | Tok::Yield
            | Tok::Assert
            | Tok::Del
            | Tok::Import
            | Tok::From
            | Tok::As
            | Tok::With
            | Tok::WithParenthesized
            | Tok::Raise
            | Tok::Global
            | Tok::Nonlocal
            | Tok::DoubleStar
            | Tok::Rarrow
            | Tok::At
    ) || is_augmented_assignment(tok)
}

fn is_augmented_assignment(tok: &Tok) -> bool {
    use Tok::*;
    matches!(
        tok,
        PlusEqual
            | MinusEqual
            | StarEqual
            | SlashEqual
            | DoubleSlashEqual
            | PercentEqual
            | AtEqual
            | AmperEqual
            | VbarEqual
            | CircumflexEqual
            | LeftShiftEqual
            | RightShiftEqual
            | DoubleStarEqual
    )
}
