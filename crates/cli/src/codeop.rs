//! Whether the lines typed at the prompt make a whole input yet, decided as
//! CPython's `codeop` decides it: compile what there is; an error that only
//! more lines could fix (an open bracket, an unterminated triple-quoted
//! string, a block with no body yet) means "read more". A compound
//! statement (`def`, `if`, `for`, ...) goes on until a blank line.

use std::sync::Arc;

use isopy_compiler::Code;
use isopy_syntax::{SourceOrigin, SyntaxError};

/// The file name interactive input is compiled under.
pub const FILENAME: &str = "<stdin>";

/// What the lines typed so far amount to.
#[derive(Debug)]
pub enum Input {
    /// Nothing to run (blank lines and comments only).
    Empty,
    /// A whole input, compiled in interactive mode.
    Complete(Arc<Code>),
    /// The input goes on: show the `... ` prompt.
    Incomplete,
    /// A syntax error more lines cannot fix.
    Invalid(SyntaxError),
}

/// The messages of errors that are only the end of input coming too soon,
/// and so are fixed by more lines even after a blank one.
const OPEN_AT_END: &[&str] = &["was never closed", "unterminated triple-quoted string literal"];

/// Classifies `source`: the lines typed so far, each ending in `\n`.
pub fn classify(source: &str) -> Input {
    let lines: Vec<&str> = source.lines().collect();
    let content = |l: &str| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#')
    };
    let Some(last_content) = lines.iter().rposition(|l| content(l)) else {
        return Input::Empty;
    };
    // A blank line after the first one ends a block.
    let ended = lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty());
    let first = lines.iter().find(|l| content(l)).copied().unwrap_or_default();
    let block = opens_block(first);
    // Decorators with no `def` yet are an error with no column.
    let decorators = first.trim_start().starts_with('@')
        && lines[..=last_content].iter().all(|l| !content(l) || l.trim_start().starts_with('@'));
    if !ended && lines[last_content].trim_end().ends_with('\\') && lines[last_content] == *lines.last().unwrap() {
        return Input::Incomplete;
    }
    match isopy_syntax::parse_module(source) {
        Ok(module) => {
            if block && !ended {
                return Input::Incomplete;
            }
            match isopy_compiler::compile_interactive(&module, source, FILENAME) {
                Ok(code) => Input::Complete(code),
                Err(e) => Input::Invalid(e),
            }
        }
        Err(e) => {
            if OPEN_AT_END.iter().any(|m| e.message.contains(m)) {
                return Input::Incomplete;
            }
            // `if x:` with its body still to come (not `if x:` followed by
            // an unindented line).
            let header = lines[last_content].trim_end().ends_with(':');
            // A `try` body with its `except`/`finally` still to come.
            let handler_due = e.message == "expected 'except' or 'finally' block";
            let more = e.message.starts_with("expected an indented block") && header
                || block && (handler_due || at_end(&e, source));
            if !ended && (more || decorators) {
                return Input::Incomplete;
            }
            Input::Invalid(e)
        }
    }
}

/// Whether a line starts a compound statement, whose body comes on the
/// following lines.
fn opens_block(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with('@') {
        return true;
    }
    let word: String = line.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    matches!(word.as_str(), "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async")
}

/// Whether the error points past the last character of `source` that is
/// not blank: what is missing is what comes next.
fn at_end(error: &SyntaxError, source: &str) -> bool {
    let located = error.locate(source, FILENAME, SourceOrigin::File);
    let lines: Vec<&str> = source.lines().collect();
    let Some(last) = lines.iter().rposition(|l| !l.trim().is_empty()) else { return true };
    let last_no = last as u32 + 1;
    let width = lines[last].trim_end().chars().count() as u32;
    located.line == 0 || located.line > last_no || located.line == last_no && located.offset > width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(source: &str) -> &'static str {
        match classify(source) {
            Input::Empty => "empty",
            Input::Complete(_) => "complete",
            Input::Incomplete => "incomplete",
            Input::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn simple_statements_are_complete_at_once() {
        assert_eq!(kind("1 + 1\n"), "complete");
        assert_eq!(kind("x = (1,\n2)\n"), "complete");
        assert_eq!(kind("x = '''a\nb'''\n"), "complete");
        assert_eq!(kind("x = 1 + \\\n2\n"), "complete");
    }

    #[test]
    fn open_brackets_and_strings_read_more() {
        assert_eq!(kind("x = (1,\n"), "incomplete");
        assert_eq!(kind("x = (1,\n\n"), "incomplete");
        assert_eq!(kind("print('a'\n"), "incomplete");
        assert_eq!(kind("x = {1:\n"), "incomplete");
        assert_eq!(kind("x = '''a\n"), "incomplete");
        assert_eq!(kind("x = '''a\n\n"), "incomplete");
        assert_eq!(kind("x = 1 + \\\n"), "incomplete");
    }

    #[test]
    fn blocks_go_on_until_a_blank_line() {
        assert_eq!(kind("if 1:\n"), "incomplete");
        assert_eq!(kind("if 1:\n  x = 1\n"), "incomplete");
        assert_eq!(kind("if 1:\n  x = 1\n\n"), "complete");
        assert_eq!(kind("if 1: pass\n"), "incomplete");
        assert_eq!(kind("if 1: pass\n\n"), "complete");
        assert_eq!(kind("try:\n  pass\n"), "incomplete");
        assert_eq!(kind("if 1:\n  pass\nelse:\n"), "incomplete");
        assert_eq!(kind("@dec\n"), "incomplete");
        assert_eq!(kind("@dec\n@other(1)\n"), "incomplete");
        assert_eq!(kind("@dec\ndef f(): pass\n"), "incomplete");
        assert_eq!(kind("@dec\ndef f(): pass\n\n"), "complete");
        assert_eq!(kind("def f():\n  return (1,\n"), "incomplete");
        assert_eq!(kind("def f():\n  return 1\n\n"), "complete");
    }

    #[test]
    fn errors_more_lines_cannot_fix() {
        assert_eq!(kind("1 +\n"), "invalid");
        assert_eq!(kind("x = = 1\n"), "invalid");
        assert_eq!(kind("if 1:\n\n"), "invalid");
        assert_eq!(kind("try:\n  pass\n\n"), "invalid");
        assert_eq!(kind("return 1\n"), "invalid");
        assert_eq!(kind("if 1:\n pass\n  x\n"), "invalid");
        assert_eq!(kind("x = 'abc\n"), "invalid");
        assert_eq!(kind("if 1:\nprint(1)\n"), "invalid");
    }

    #[test]
    fn nothing_to_run() {
        assert_eq!(kind("\n"), "empty");
        assert_eq!(kind("# a comment\n"), "empty");
    }
}
