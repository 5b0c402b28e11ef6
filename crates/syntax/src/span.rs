//! Byte-offset spans on every token and node, and the index that turns an
//! offset into the (line, column) pairs CPython reports.

use std::fmt;

/// A half-open byte range `start..end` into the source text.
///
/// Offsets are `u32`: isopy refuses sources of 4 GiB or more before lexing.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The source text this span covers.
    pub fn slice(self, source: &str) -> &str {
        &source[self.start as usize..self.end as usize]
    }

    /// The span's length in bytes.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A source position as CPython reports it: 1-based line, and 1-based column
/// counted in characters (not bytes) from the start of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in Unicode scalar values.
    pub column: u32,
}

/// Maps byte offsets to lines and columns. Built once per source when a
/// position is needed (errors, line tables), never on the lexer's hot path.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Offset of the first byte of each line. A line ends at `\n`, `\r\n` or a
    /// lone `\r`, as Python's universal newlines define it.
    line_starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the line starts of `source`.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts (the end of the source past the last line).
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.line_starts.get(i).copied().unwrap_or_else(|| *self.line_starts.last().unwrap())
    }

    /// The text of 1-based `line`, without its line terminator.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let start = (self.line_start(line) as usize).min(source.len());
        let rest = &source[start..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        &rest[..end]
    }

    /// The line and character column of byte `offset`.
    pub fn position(&self, source: &str, offset: u32) -> Position {
        let line = self.line_of(offset);
        let start = self.line_start(line) as usize;
        let offset = (offset as usize).min(source.len());
        let column = source.get(start..offset).map_or(offset - start, |prefix| prefix.chars().count());
        Position { line, column: column as u32 + 1 }
    }

    /// How many lines the source has (a final line without terminator counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_every_newline_kind() {
        let src = "ab\r\né = 1\rx\ny";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.position(src, 0), Position { line: 1, column: 1 });
        // 'é' is two bytes; '=' is the third character of line 2.
        let eq = src.find('=').unwrap() as u32;
        assert_eq!(idx.position(src, eq), Position { line: 2, column: 3 });
        assert_eq!(idx.line_text(src, 2), "é = 1");
        assert_eq!(idx.line_text(src, 3), "x");
        assert_eq!(idx.position(src, src.len() as u32), Position { line: 4, column: 2 });
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(3, 5);
        assert_eq!(a.to(Span::new(1, 4)), Span::new(1, 5));
        assert_eq!(a.slice("0123456"), "34");
        assert_eq!(a.len(), 2);
        assert!(Span::new(2, 2).is_empty());
    }
}
