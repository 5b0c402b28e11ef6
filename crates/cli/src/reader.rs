//! Where the prompt's lines come from: standard input, with the prompts
//! on stderr as CPython writes them. The interpreter's GIL is released
//! while a line is awaited, so the program's threads go on meanwhile.

use std::io::Write;

use isopy_vm::Vm;

/// What reading a line gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The text typed, without the final newline.
    Text(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// A source of lines for the prompt.
pub enum Reader {
    /// Lines as they come.
    Plain,
}

impl Reader {
    pub fn new(_vm: &Vm) -> Reader {
        Reader::Plain
    }

    /// Shows `prompt` and reads one line, with the GIL released.
    pub fn read(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        isopy_vm::io::flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        drop(err);
        let read = vm.allow_threads(isopy_vm::io::read_stdin_line);
        // Ctrl-C while the line was awaited cancels it.
        if isopy_vm::signals::take_interrupt() {
            return Line::Interrupted;
        }
        match read {
            Ok(line) if line.is_empty() => Line::Eof,
            Ok(line) => {
                let line = line.strip_suffix('\n').unwrap_or(&line);
                Line::Text(line.strip_suffix('\r').unwrap_or(line).to_string())
            }
            Err(_) => Line::Eof,
        }
    }

    /// Ends the session's reading.
    pub fn finish(&mut self) {}
}
