//! The interactive prompt, as CPython's: a banner, `>>> ` and `... `
//! prompts, each whole input run in `__main__` with expression values
//! echoed, and tracebacks, SyntaxErrors and Ctrl-C reported without ending
//! the session. Ctrl-D or `exit()` ends it.

use isopy_syntax::SourceOrigin;
use isopy_vm::{host, Outcome, Vm};

use crate::codeop::{classify, Input, FILENAME};
use crate::reader::{Line, Reader};

/// The first prompt of an input.
pub const PS1: &str = ">>> ";
/// The prompt of its following lines.
pub const PS2: &str = "... ";

/// The banner: isopy's version and how to get help.
pub fn banner() -> String {
    format!(
        "isopy {} (a Python-subset VM) on {}\nType \"help()\" for more information, \"exit()\" or Ctrl-D to leave.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Runs the prompt in `vm`'s `__main__` until Ctrl-D, the end of input or
/// `SystemExit`; the exit status.
pub fn interact(vm: &mut Vm, show_banner: bool) -> i32 {
    let mut reader = Reader::new(vm);
    if show_banner {
        eprint!("{}", banner());
    }
    let mut session = Session { buffer: String::new() };
    let status = loop {
        let prompt = if session.buffer.is_empty() { PS1 } else { PS2 };
        match reader.read(vm, prompt) {
            Line::Eof => {
                eprintln!();
                // What was typed of a block runs as if a blank line ended it.
                let status = if session.buffer.is_empty() { None } else { session.feed(vm, "") };
                break status.unwrap_or(0);
            }
            Line::Interrupted => {
                eprintln!("\nKeyboardInterrupt");
                session.buffer.clear();
            }
            Line::Text(text) => {
                if let Some(status) = text.split('\n').find_map(|line| session.feed(vm, line)) {
                    break status;
                }
            }
        }
    };
    reader.finish();
    vm.wait_for_threads(Outcome::Exit(status)).status()
}

/// The lines of the input being typed.
struct Session {
    buffer: String,
}

impl Session {
    /// Takes one more line; runs the input once it is whole. `Some(status)`
    /// if it ended the session (`SystemExit`).
    fn feed(&mut self, vm: &mut Vm, line: &str) -> Option<i32> {
        self.buffer.push_str(line);
        self.buffer.push('\n');
        match classify(&self.buffer) {
            Input::Incomplete => None,
            Input::Empty => {
                self.buffer.clear();
                None
            }
            Input::Invalid(error) => {
                host::flush_stdout();
                eprint!("{}", error.locate(&self.buffer, FILENAME, SourceOrigin::File));
                self.buffer.clear();
                None
            }
            Input::Complete(code) => {
                self.buffer.clear();
                let outcome = vm.run_interactive(&code);
                host::flush_stdout();
                // A Ctrl-C that came as the input finished (or while a
                // native call blocked) is reported, not left for the next one.
                if host::take_interrupt() {
                    eprintln!("KeyboardInterrupt");
                }
                match outcome {
                    Outcome::Exit(status) => Some(status),
                    Outcome::Finished | Outcome::Error { .. } => None,
                }
            }
        }
    }
}
