//! The extent of a string literal: from its prefix to its closing quote,
//! with CPython's `unterminated string literal` errors. The contents are
//! decoded later, by the parser (see `crate::literal`).

use crate::error::SyntaxError;
use crate::span::LineIndex;
use crate::token::StringPrefix;

/// Scans the literal whose prefix and opening quote span `start..open_end`
/// and returns its prefix flags and end offset. `limit` is where the lexed
/// text ends.
pub(super) fn scan(source: &str, start: u32, open_end: u32, limit: u32) -> Result<(StringPrefix, u32), SyntaxError> {
    let bytes = &source.as_bytes()[..limit as usize];
    let quote = bytes[open_end as usize - 1];
    let prefix_len = (open_end - start - 1) as u8;
    let mut prefix = StringPrefix { raw: false, bytes: false, format: false, prefix_len, quote_len: 1 };
    for &c in &bytes[start as usize..open_end as usize - 1] {
        match c.to_ascii_lowercase() {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.format = true,
            _ => {}
        }
    }
    let mut pos = open_end as usize;
    if bytes.get(pos) == Some(&quote) {
        if bytes.get(pos + 1) == Some(&quote) {
            prefix.quote_len = 3;
            pos += 2;
        } else {
            // The empty string.
            return Ok((prefix, pos as u32 + 1));
        }
    }
    let triple = prefix.quote_len == 3;
    let mut closing = 0;
    loop {
        let Some(&c) = bytes.get(pos) else {
            return Err(unterminated(source, start, triple, limit));
        };
        pos += 1;
        if c == quote {
            closing += 1;
            if closing == prefix.quote_len {
                return Ok((prefix, pos as u32));
            }
            continue;
        }
        closing = 0;
        match c {
            b'\\' => {
                // The escaped character, whatever it is (a line end too).
                match bytes.get(pos) {
                    Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => pos += 2,
                    Some(_) => pos += 1,
                    None => {}
                }
            }
            b'\n' | b'\r' if !triple => {
                return Err(unterminated(source, start, false, pos as u32 - 1));
            }
            _ => {}
        }
    }
}

/// CPython points at the literal's first character and names the line where
/// the tokenizer gave up.
fn unterminated(source: &str, start: u32, triple: bool, detected_at: u32) -> SyntaxError {
    let index = LineIndex::new(source);
    let mut line = index.line_of(detected_at);
    if triple && detected_at as usize == source.len() && source.ends_with(['\n', '\r']) {
        // At end of input CPython counts the line the final line end closed.
        line -= 1;
    }
    let message = if triple {
        format!("unterminated triple-quoted string literal (detected at line {line})")
    } else {
        format!("unterminated string literal (detected at line {line})")
    };
    SyntaxError::new(message, start, start)
}
