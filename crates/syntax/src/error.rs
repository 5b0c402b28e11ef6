//! The front end's one error type: a SyntaxError (or one of its subclasses)
//! with CPython's message and location, and its CPython-format display.

use std::fmt;

use crate::span::LineIndex;

/// Which Python exception a front-end error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a `SyntaxError` subclass).
    Indentation,
    /// `TabError` (an `IndentationError` subclass).
    Tab,
    /// `RecursionError`: the program nests deeper than the compiler's limit, as
    /// CPython reports `maximum recursion depth exceeded during compilation`.
    Recursion,
}

impl ErrorKind {
    /// The Python exception name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// Where an error points: a byte range, or a position given directly as
/// CPython's (line, column) pair when the error has no byte range to name
/// (for example a column past the end of the line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorLocation {
    /// Bytes `start..end` of the source; the caret runs from the character at
    /// `start` up to (not including) the character at `end`.
    Span {
        /// First byte pointed at.
        start: u32,
        /// One past the last byte pointed at (`== start` for a single caret).
        end: u32,
    },
    /// CPython's raw fields: 1-based line, 1-based column and end column
    /// (0 meaning "none").
    Raw {
        /// 1-based line.
        line: u32,
        /// 1-based column.
        offset: u32,
        /// 1-based end column on the same line, or 0.
        end_offset: u32,
    },
    /// Just past the newline ending 1-based `line`, the last line, where
    /// CPython's tokenizer stands at the end of input: `column` (1-based,
    /// the newline counted) for a string, 0 for a file, whose reader has
    /// moved on. The end column is none.
    PastLine {
        /// 1-based line.
        line: u32,
        /// 1-based column just past the line's newline.
        column: u32,
    },
    /// No location (e.g. `RecursionError`).
    Nowhere,
}

/// Which stage of CPython's pipeline raises an error. It matters for the
/// columns CPython 3.11 reports: the tokenizer counts characters; the parser
/// counts UTF-8 bytes when it reads a file (characters for a string given to
/// `compile()`); the symbol table and compiler always count bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Raised while splitting the source into tokens.
    Tokenizer,
    /// Raised by the grammar or its error rules.
    Parser,
    /// Raised by the symbol table or compiler, after a successful parse.
    Compiler,
}

/// Where the source came from, which decides the column unit (see [`Stage`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceOrigin {
    /// A file run as a program or imported.
    File,
    /// A string given to `compile()`, `exec()` or `eval()`.
    String,
}

/// A syntax error as the front end reports it, before it is tied to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception type.
    pub kind: ErrorKind,
    /// CPython's message text, e.g. `expected ':'`.
    pub message: String,
    /// What the caret points at.
    pub location: ErrorLocation,
    /// The stage that raised it.
    pub stage: Stage,
}

impl SyntaxError {
    /// A `SyntaxError` pointing at bytes `start..end`.
    pub fn new(message: impl Into<String>, start: u32, end: u32) -> SyntaxError {
        SyntaxError::with_kind(ErrorKind::Syntax, message, start, end)
    }

    /// An error of `kind` pointing at bytes `start..end`.
    pub fn with_kind(kind: ErrorKind, message: impl Into<String>, start: u32, end: u32) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            location: ErrorLocation::Span { start, end },
            stage: Stage::Parser,
        }
    }

    /// The same error, as raised by `stage`.
    pub fn at_stage(self, stage: Stage) -> SyntaxError {
        SyntaxError { stage, ..self }
    }

    /// An error at CPython's raw (line, offset, end offset) fields.
    pub fn at_raw(kind: ErrorKind, message: impl Into<String>, line: u32, offset: u32, end_offset: u32) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            location: ErrorLocation::Raw { line, offset, end_offset },
            stage: Stage::Parser,
        }
    }

    /// The same error with the locations that depend on where the source
    /// came from ([`ErrorLocation::PastLine`]) resolved for `origin`, for a
    /// caller that later locates it without knowing the origin.
    pub fn for_origin(self, origin: SourceOrigin) -> SyntaxError {
        match self.location {
            ErrorLocation::PastLine { line, column } => {
                let offset = if origin == SourceOrigin::File { 0 } else { column };
                SyntaxError { location: ErrorLocation::Raw { line, offset, end_offset: 0 }, ..self }
            }
            _ => self,
        }
    }

    /// The error CPython raises when nesting exceeds the compiler's limit.
    pub fn too_deep() -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::Recursion,
            message: "maximum recursion depth exceeded during compilation".into(),
            location: ErrorLocation::Nowhere,
            stage: Stage::Compiler,
        }
    }

    /// Resolves the location against `source`, giving the fields of
    /// CPython's `SyntaxError` object (`filename`, `lineno`, `offset`,
    /// `text`, `end_lineno`, `end_offset`).
    pub fn locate(&self, source: &str, filename: &str, origin: SourceOrigin) -> LocatedError {
        let index = LineIndex::new(source);
        let bytes = match self.stage {
            Stage::Tokenizer => false,
            Stage::Parser => origin == SourceOrigin::File,
            Stage::Compiler => true,
        };
        let column = |offset: u32| {
            if bytes {
                let line = index.line_of(offset);
                (line, offset - index.line_start(line) + 1)
            } else {
                let p = index.position(source, offset);
                (p.line, p.column)
            }
        };
        let (line, offset, end_line, end_offset) = match self.location {
            ErrorLocation::Span { start, end } => {
                let from = column(start);
                let to = column(end.max(start));
                (from.0, from.1, to.0, to.1)
            }
            ErrorLocation::Raw { line, offset, end_offset } => (line, offset, line, end_offset),
            ErrorLocation::PastLine { line, column } => {
                (line, if origin == SourceOrigin::File { 0 } else { column }, line, 0)
            }
            ErrorLocation::Nowhere => (0, 0, 0, 0),
        };
        // CPython's line text stops at a NUL byte.
        let text = (line > 0 && line <= index.line_count())
            .then(|| index.line_text(source, line).split('\0').next().unwrap_or_default().to_string());
        LocatedError {
            kind: self.kind,
            message: self.message.clone(),
            filename: filename.to_string(),
            line,
            offset,
            end_line,
            end_offset,
            text,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// A syntax error with its file, line and columns: the fields of CPython's
/// `SyntaxError` object. Its `Display` is what CPython prints for an uncaught
/// `SyntaxError` (no traceback header, as CPython prints none for errors
/// raised while compiling the main program).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedError {
    /// The exception type.
    pub kind: ErrorKind,
    /// The message.
    pub message: String,
    /// The file name as given.
    pub filename: String,
    /// 1-based line (0 when there is none).
    pub line: u32,
    /// 1-based column in characters (0 when there is none).
    pub offset: u32,
    /// 1-based line where the pointed-at range ends.
    pub end_line: u32,
    /// 1-based column where the range ends, exclusive (CPython's `end_offset`).
    pub end_offset: u32,
    /// The text of line `line`, without its terminator.
    pub text: Option<String>,
}

impl fmt::Display for LocatedError {
    /// Formats as CPython 3.11's `print_exception` does for a SyntaxError:
    /// the File line, the source line stripped of leading blanks, a caret line
    /// and `Kind: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == ErrorKind::Recursion || self.line == 0 {
            return writeln!(f, "{}: {}", self.kind.name(), self.message);
        }
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let skipped = text.chars().count() - stripped.chars().count();
            writeln!(f, "    {stripped}")?;
            if self.offset > 0 {
                // CPython clips the caret to the line's length in bytes
                // (`strlen`) and always draws at least one.
                let len = stripped.len() as i64;
                let col = (self.offset as i64 - 1 - skipped as i64).min(len);
                let mut end_col = if self.end_line == self.line && self.end_offset > 0 {
                    self.end_offset as i64 - 1 - skipped as i64
                } else {
                    col + 1
                };
                if self.end_line > self.line {
                    end_col = len + 1;
                }
                end_col = end_col.min(len + 1);
                if col >= 0 {
                    let width = (end_col - col).max(1) as usize;
                    writeln!(f, "    {}{}", " ".repeat(col as usize), "^".repeat(width))?;
                }
            }
        }
        writeln!(f, "{}: {}", self.kind.name(), self.message)
    }
}
