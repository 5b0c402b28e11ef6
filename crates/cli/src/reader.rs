//! Where the prompt's lines come from: a line editor (rustyline: editing,
//! persistent history, Tab completion) on a terminal, or plain lines from
//! standard input with the prompts on stderr, as CPython does when `-i`
//! forces a prompt on a pipe. The interpreter's GIL is released while a
//! line is awaited, so the program's threads go on meanwhile.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use isopy_vm::{host, Vm};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::completion::PyHelper;

/// The history file's name, in the home folder.
const HISTORY_FILE: &str = ".isopy_history";

/// How many lines of history are kept.
const HISTORY_SIZE: usize = 1000;

/// What reading a line gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The text typed (several lines if they were pasted at once), without
    /// the final newline.
    Text(String),
    /// Ctrl-C while typing.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// A source of lines for the prompt.
pub enum Reader {
    /// A terminal: rustyline, and the history file it loads and saves
    /// (none where there is no home folder).
    Editor { editor: Box<Editor<PyHelper, DefaultHistory>>, history: Option<PathBuf> },
    /// Not a terminal: lines as they come.
    Plain,
}

/// `~/.isopy_history`, if there is a home folder (`$HOME`).
pub fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(HISTORY_FILE))
}

impl Reader {
    /// A line editor if standard input is a terminal, else plain lines.
    pub fn new(vm: &Vm) -> Reader {
        if !std::io::stdin().is_terminal() {
            return Reader::Plain;
        }
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .auto_add_history(false)
            .max_history_size(HISTORY_SIZE)
            .and_then(|b| b.history_ignore_dups(true))
            .map(|b| b.build())
            .unwrap_or_default();
        let Ok(mut editor) = Editor::with_config(config) else { return Reader::Plain };
        editor.set_helper(Some(PyHelper::new(vm.interpreter().clone())));
        let history = history_path();
        if let Some(path) = &history {
            // A missing or unreadable file is an empty history.
            let _ = editor.load_history(path);
        }
        Reader::Editor { editor: Box::new(editor), history }
    }

    /// Shows `prompt` and reads one line, with the GIL released.
    pub fn read(&mut self, vm: &mut Vm, prompt: &str) -> Line {
        host::flush_stdout();
        match self {
            Reader::Editor { editor, .. } => match vm.allow_threads(|| editor.readline(prompt)) {
                Ok(text) => {
                    for line in text.lines().filter(|l| !l.trim().is_empty()) {
                        let _ = editor.add_history_entry(line);
                    }
                    Line::Text(text)
                }
                Err(ReadlineError::Interrupted) => Line::Interrupted,
                Err(ReadlineError::Eof) => Line::Eof,
                Err(e) => {
                    eprintln!("isopy: cannot read from the terminal: {e}");
                    Line::Eof
                }
            },
            Reader::Plain => {
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(prompt.as_bytes());
                let _ = err.flush();
                drop(err);
                let read = vm.allow_threads(host::read_stdin_line);
                // Ctrl-C while the line was awaited cancels it.
                if host::take_interrupt() {
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
        }
    }

    /// Saves the history (at the end of the session).
    pub fn finish(&mut self) {
        if let Reader::Editor { editor, history: Some(path) } = self {
            let _ = editor.save_history(path);
        }
    }
}
