//! String, bytes and f-string literals: escape decoding, implicit
//! concatenation, and f-strings split into literal text and replacement
//! fields whose expressions are parsed as real expression nodes (3.11
//! semantics: an expression may not contain a backslash, `#`, or the
//! enclosing quote).

use lalrpop_util::ParseError;

use crate::actions::{fail, node, PResult};
use crate::ast::{Constant, Conversion, Expr, ExprKind, ExprNode};
use crate::error::SyntaxError;
use crate::span::Span;
use crate::token::StringPrefix;

/// f-string replacement fields nest at most this deep (in format specs).
const MAX_FSTRING_NESTING: u32 = 2;

/// Builds the expression for adjacent literals `parts` (implicit
/// concatenation): a `Constant` string or bytes, or a `JoinedStr` when any
/// part is an f-string.
pub fn strings(source: &str, parts: Vec<(u32, StringPrefix, u32)>) -> PResult<Expr> {
    let start = parts[0].0;
    let end = parts[parts.len() - 1].2;
    let span = Span::new(start, end);
    let is_bytes = parts[0].1.bytes;
    if parts.iter().any(|p| p.1.bytes != is_bytes) {
        return fail(SyntaxError::new("cannot mix bytes and nonbytes literals", start, end));
    }
    if is_bytes {
        let mut value = Vec::new();
        for &(l, prefix, r) in &parts {
            decode_bytes(source, l, prefix, r, &mut value)?;
        }
        return Ok(ExprNode::leaf(span, ExprKind::Constant(Constant::Bytes(value.into()))));
    }
    if !parts.iter().any(|p| p.1.format) {
        let mut value = String::new();
        for &(l, prefix, r) in &parts {
            decode_str(source, l, prefix, r, &mut value)?;
        }
        return Ok(ExprNode::leaf(span, ExprKind::Constant(Constant::Str(value.into()))));
    }
    let mut joined = Joined::new(span);
    for &(l, prefix, r) in &parts {
        if prefix.format {
            let body = body_range(l, prefix, r);
            let mut parser = FString { source, prefix, string_end: r, token: Span::new(l, r), joined: &mut joined };
            parser.parse(body.0, body.1, 0)?;
        } else {
            decode_str(source, l, prefix, r, &mut joined.pending)?;
        }
    }
    joined.finish()
}

/// The literal's contents between its quotes.
fn body_range(l: u32, prefix: StringPrefix, r: u32) -> (u32, u32) {
    let start = l + prefix.prefix_len as u32 + prefix.quote_len as u32;
    (start, r - prefix.quote_len as u32)
}

/// Decodes a `str` literal's body, appending to `out`.
fn decode_str(source: &str, l: u32, prefix: StringPrefix, r: u32, out: &mut String) -> PResult<()> {
    let (start, end) = body_range(l, prefix, r);
    let text = &source[start as usize..end as usize];
    if prefix.raw || !text.contains('\\') {
        push_normalized(out, text);
        return Ok(());
    }
    unescape_str(text, out).map_err(|message| ParseError::User { error: SyntaxError::new(message, l, l) })
}

/// Appends `text` with its line ends normalised to `\n`, as CPython's
/// tokenizer delivers string contents.
fn push_normalized(out: &mut String, text: &str) {
    if !text.contains('\r') {
        out.push_str(text);
        return;
    }
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
}

/// Decodes backslash escapes of a non-raw `str` literal.
fn unescape_str(text: &str, out: &mut String) -> Result<(), String> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        push_normalized(out, &text[run_start..i]);
        let escape_at = i;
        i += 1;
        let Some(&c) = bytes.get(i) else {
            // A lone trailing backslash cannot occur: the lexer would have
            // treated it as escaping the closing quote.
            out.push('\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut value = (c - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).expect("octal escapes are at most 0o777"));
            }
            b'x' | b'u' | b'U' => {
                let (digits, name) = match c {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let hex = text.get(i..i + digits).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let got = bytes[i..].iter().take(digits).take_while(|b| b.is_ascii_hexdigit()).count();
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {name} escape",
                        escape_at,
                        escape_at + 1 + got
                    ));
                };
                i += digits;
                let value = u32::from_str_radix(hex, 16).expect("checked hex digits");
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value > 0x10FFFF => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            escape_at,
                            escape_at + 1 + digits
                        ))
                    }
                    // isopy's str is UTF-8 (DESIGN.md: strings cross
                    // interpreters as Arc<str>), so a lone surrogate cannot
                    // exist; this is CPython's own message for encoding one.
                    None => {
                        return Err(format!(
                            "(unicode error) 'utf-8' codec can't encode character '\\u{value:04x}' in position {}: surrogates not allowed",
                            out.chars().count()
                        ))
                    }
                }
            }
            b'N' => {
                let name_end = if bytes.get(i) == Some(&b'{') { text[i..].find('}').map(|e| i + e) } else { None };
                let ch = name_end.and_then(|e| unicode_names2::character(&text[i + 1..e]));
                match (name_end, ch) {
                    (Some(e), Some(ch)) => {
                        out.push(ch);
                        i = e + 1;
                    }
                    (Some(e), None) => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                            escape_at, e
                        ))
                    }
                    (None, _) => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                            escape_at,
                            escape_at + 1
                        ))
                    }
                }
            }
            _ => {
                // An unknown escape keeps its backslash (CPython warns).
                out.push('\\');
                i -= 1;
            }
        }
        run_start = i;
    }
    push_normalized(out, &text[run_start.min(text.len())..]);
    Ok(())
}

/// Decodes a bytes literal's body, appending to `out`.
fn decode_bytes(source: &str, l: u32, prefix: StringPrefix, r: u32, out: &mut Vec<u8>) -> PResult<()> {
    let (start, end) = body_range(l, prefix, r);
    let text = &source[start as usize..end as usize];
    if !text.is_ascii() {
        return fail(SyntaxError::new("bytes can only contain ASCII literal characters", l, r));
    }
    let mut decoded = String::new();
    if prefix.raw {
        push_normalized(&mut decoded, text);
        out.extend_from_slice(decoded.as_bytes());
        return Ok(());
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c == b'\r' {
            if bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
            out.push(b'\n');
            continue;
        }
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let escape_at = i - 1;
        let Some(&e) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = (e - b'0') as u32;
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = text.get(i..i + 2).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return fail(SyntaxError::new(
                        format!("(value error) invalid \\x escape at position {escape_at}"),
                        l,
                        l,
                    ));
                };
                out.push(u8::from_str_radix(hex, 16).expect("checked hex digits"));
                i += 2;
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// Accumulates the values of a `JoinedStr`, merging adjacent literal text.
struct Joined {
    span: Span,
    values: Vec<Expr>,
    pending: String,
}

impl Joined {
    fn new(span: Span) -> Joined {
        Joined { span, values: Vec::new(), pending: String::new() }
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.values.push(ExprNode::leaf(self.span, ExprKind::Constant(Constant::Str(text.into()))));
        }
    }

    fn finish(mut self) -> PResult<Expr> {
        self.flush();
        node(self.span.start, ExprKind::JoinedStr(self.values), self.span.end)
    }
}

/// The parser of one f-string literal's body.
struct FString<'a, 's> {
    source: &'s str,
    prefix: StringPrefix,
    /// End of the whole literal token: where CPython reports f-string errors.
    string_end: u32,
    /// This f-string token's span (a format spec's nodes carry it in 3.11).
    token: Span,
    joined: &'a mut Joined,
}

impl FString<'_, '_> {
    fn error<T>(&self, message: &str) -> PResult<T> {
        fail(SyntaxError::new(format!("f-string: {message}"), self.string_end, self.string_end))
    }

    /// An error whose message CPython does not prefix with `f-string: `.
    fn bare_error<T>(&self, message: &str) -> PResult<T> {
        fail(SyntaxError::new(message, self.string_end, self.string_end))
    }

    fn byte(&self, at: u32) -> u8 {
        self.source.as_bytes()[at as usize]
    }

    /// Parses `start..end` (literal text and fields) into `self.joined`;
    /// `nesting` counts enclosing replacement fields. Returns where it stopped.
    fn parse(&mut self, start: u32, end: u32, nesting: u32) -> PResult<u32> {
        let mut pos = start;
        let mut literal_start = pos;
        while pos < end {
            let c = self.byte(pos);
            match c {
                b'{' if pos + 1 < end && self.byte(pos + 1) == b'{' && nesting == 0 => {
                    self.literal(literal_start, pos + 1)?;
                    pos += 2;
                    literal_start = pos;
                }
                b'}' if nesting == 0 => {
                    if pos + 1 < end && self.byte(pos + 1) == b'}' {
                        self.literal(literal_start, pos + 1)?;
                        pos += 2;
                        literal_start = pos;
                    } else {
                        return self.error("single '}' is not allowed");
                    }
                }
                b'}' => {
                    // The end of an enclosing field's format spec.
                    self.literal(literal_start, pos)?;
                    return Ok(pos);
                }
                b'{' => {
                    self.literal(literal_start, pos)?;
                    if nesting >= MAX_FSTRING_NESTING {
                        return self.error("expressions nested too deeply");
                    }
                    pos = self.field(pos + 1, end, nesting)?;
                    literal_start = pos;
                }
                b'\\' if !self.prefix.raw => {
                    // Skip the escaped character so `\{` is not a field, and
                    // `\N{...}` keeps its braces.
                    if pos + 1 < end && self.byte(pos + 1) == b'N' && pos + 2 < end && self.byte(pos + 2) == b'{' {
                        let close = self.source[pos as usize..end as usize].find('}');
                        pos = close.map_or(end, |c| pos + c as u32 + 1);
                    } else {
                        pos += 2;
                    }
                }
                _ => pos += 1,
            }
        }
        self.literal(literal_start, end.min(pos.max(literal_start)))?;
        Ok(end)
    }

    /// Literal text `start..end`, decoded and appended.
    fn literal(&mut self, start: u32, end: u32) -> PResult<()> {
        if start >= end {
            return Ok(());
        }
        let text = &self.source[start as usize..end as usize];
        if self.prefix.raw || !text.contains('\\') {
            push_normalized(&mut self.joined.pending, text);
            return Ok(());
        }
        unescape_str(text, &mut self.joined.pending)
            .map_err(|message| ParseError::User { error: SyntaxError::new(message, start, start) })
    }

    /// A replacement field whose expression starts at `start` (after `{`).
    /// Returns the offset after its closing `}`.
    fn field(&mut self, start: u32, end: u32, nesting: u32) -> PResult<u32> {
        let expr_end = self.expression_end(start, end)?;
        let expr_text = &self.source[start as usize..expr_end as usize];
        if expr_text.trim_matches([' ', '\t', '\n', '\r', '\x0c']).is_empty() {
            return self.error("empty expression not allowed");
        }
        let value = crate::parser::parse_fstring_expression(self.source, start, expr_end)
            .map_err(|e| ParseError::User { error: self.relocate(e) })?;
        let mut pos = expr_end;
        // The `=` debug form: the expression's text, then its value.
        let mut debug = false;
        if pos < end && self.byte(pos) == b'=' {
            debug = true;
            pos += 1;
            while pos < end && matches!(self.byte(pos), b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                pos += 1;
            }
            push_normalized(&mut self.joined.pending, &self.source[start as usize..pos as usize]);
        }
        let mut conversion = Conversion::None;
        if pos < end && self.byte(pos) == b'!' {
            pos += 1;
            let c = if pos < end { self.byte(pos) } else { 0 };
            conversion = match c {
                b's' => Conversion::Str,
                b'r' => Conversion::Repr,
                b'a' => Conversion::Ascii,
                _ => return self.error("invalid conversion character: expected 's', 'r', or 'a'"),
            };
            pos += 1;
        }
        let mut format_spec = None;
        if pos < end && self.byte(pos) == b':' {
            let spec_start = pos + 1;
            // CPython 3.11 places a format spec's nodes at their own
            // f-string token, and the other nodes it makes for literal text
            // at the whole (implicitly concatenated) string expression.
            let mut inner = Joined::new(self.token);
            let mut nested = FString {
                source: self.source,
                prefix: self.prefix,
                string_end: self.string_end,
                token: self.token,
                joined: &mut inner,
            };
            pos = nested.parse(spec_start, end, nesting + 1)?;
            format_spec = Some(inner.finish()?);
        }
        if pos >= end || self.byte(pos) != b'}' {
            return self.error("expecting '}'");
        }
        if debug && conversion == Conversion::None && format_spec.is_none() {
            conversion = Conversion::Repr;
        }
        self.joined.flush();
        let span = self.joined.span;
        let field = node(span.start, ExprKind::FormattedValue { value, conversion, format_spec }, span.end)?;
        self.joined.values.push(field);
        Ok(pos + 1)
    }

    /// Finds where a field's expression ends: at a top-level `}`, `!` (not
    /// `!=`), `:` or a debug `=`, skipping brackets and nested strings.
    fn expression_end(&self, start: u32, end: u32) -> PResult<u32> {
        let mut depth = 0u32;
        let mut pos = start;
        let mut quote: Option<(u8, usize)> = None;
        while pos < end {
            let c = self.byte(pos);
            if let Some((q, len)) = quote {
                let closes = c == q && (len == 1 || self.source.as_bytes()[pos as usize..].starts_with(&[q, q, q]));
                if c == b'\\' {
                    return self.bare_error("f-string expression part cannot include a backslash");
                }
                if closes {
                    pos += len as u32;
                    quote = None;
                } else {
                    pos += 1;
                }
                continue;
            }
            match c {
                b'\\' => return self.bare_error("f-string expression part cannot include a backslash"),
                b'#' => return self.error("expression part cannot include '#'"),
                b'\'' | b'"' => {
                    let triple = self.source.as_bytes()[pos as usize..end as usize].starts_with(&[c, c, c]);
                    let len = if triple { 3 } else { 1 };
                    quote = Some((c, len));
                    pos += len as u32;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' | b':' if depth == 0 => return Ok(pos),
                b'!' if depth == 0 => {
                    if pos + 1 < end && self.byte(pos + 1) == b'=' {
                        pos += 2;
                        continue;
                    }
                    return Ok(pos);
                }
                b'=' if depth == 0 => {
                    let prev = if pos > start { self.byte(pos - 1) } else { 0 };
                    let next = if pos + 1 < end { self.byte(pos + 1) } else { 0 };
                    if next == b'=' {
                        pos += 2;
                        continue;
                    }
                    if !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        return Ok(pos);
                    }
                }
                _ => {}
            }
            pos += 1;
        }
        if quote.is_some() {
            return self.error("unterminated string");
        }
        self.error("expecting '}'")
    }

    /// An error inside a field's expression, reported as CPython 3.11 does:
    /// prefixed with `f-string: ` and placed at the literal.
    fn relocate(&self, e: SyntaxError) -> SyntaxError {
        if e.kind == crate::error::ErrorKind::Recursion {
            return e;
        }
        let message = if e.message.starts_with("f-string") { e.message } else { format!("f-string: {}", e.message) };
        SyntaxError { message, ..e }
    }
}
