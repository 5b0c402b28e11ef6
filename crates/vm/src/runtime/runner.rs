//! Running a program as `__main__`: compile, run, and say how it ended
//! (normally, by `SystemExit`, or with an uncaught exception), the way the
//! `isopy` command and embedders need it.

use crate::objects::access;
use crate::objects::types::exceptions as exc;
use crate::protocols::attr;
use crate::protocols::dictops;
use crate::value::state::{PyErr, Vm};
use crate::value::Value;

/// How running a program ended.
#[derive(Debug)]
pub enum Outcome {
    /// It ran to its end.
    Finished,
    /// It raised `SystemExit` with this status (after printing any message).
    Exit(i32),
    /// It raised an uncaught exception (its traceback is already printed).
    Error {
        /// The status CPython exits with: 1, or 130 for `KeyboardInterrupt`.
        status: i32,
    },
}

impl Outcome {
    /// The process exit status this outcome calls for.
    pub fn status(&self) -> i32 {
        match self {
            Outcome::Finished => 0,
            Outcome::Exit(s) => *s,
            Outcome::Error { status } => *status,
        }
    }
}

impl Vm {
    /// The `__main__` module (made on first use).
    pub fn main_module(&mut self) -> Value {
        if let Some(m) = crate::exec::import::loaded(self, "__main__") {
            return m;
        }
        let m = attr::new_module(self, "__main__");
        let d = attr::module_dict(self, &m).expect("a module");
        let builtins = Value::Obj(self.builtins_module.clone());
        access::dict_set_str(self, &d, "__builtins__", builtins);
        access::dict_set_str(self, &d, "__package__", Value::None);
        access::dict_set_str(self, &d, "__spec__", Value::None);
        access::dict_set_str(self, &d, "__loader__", Value::None);
        access::dict_set_str(self, &d, "__annotations__", Value::None);
        let key = self.intern("__annotations__");
        let _ = dictops::dict_remove(self, &d, &key);
        let modules = self.modules.clone();
        access::dict_set_str(self, &modules, "__main__", m.clone());
        m
    }

    /// Runs `source` as the `__main__` module, printing a SyntaxError or
    /// an uncaught exception's traceback to stderr as CPython does.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Outcome {
        self.sources.insert(filename.into(), source.into());
        let code = match isopy_compiler::compile_source(source, filename) {
            Ok(c) => c,
            Err(e) => {
                crate::objects::stdio::flush_stdout();
                let origin = isopy_syntax::SourceOrigin::File;
                let text = e.locate(source, filename, origin).to_string();
                let _ = crate::objects::stdio::write_stderr(self, &text);
                return Outcome::Error { status: 1 };
            }
        };
        let main = self.main_module();
        let d = attr::module_dict(self, &main).expect("a module");
        if filename != "<string>" && filename != "<stdin>" {
            let f = self.new_str(filename);
            access::dict_set_str(self, &d, "__file__", f);
        }
        let data = self.prepare_code(&code);
        // A VM bug must not abort the process: it is caught here, reported,
        // and the program ends as for an uncaught exception.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_code(data, d, None, &[])));
        match result {
            Ok(Ok(_)) => self.wait_for_threads(Outcome::Finished),
            Ok(Err(e)) => {
                let outcome = self.report_uncaught(e);
                self.wait_for_threads(outcome)
            }
            Err(panic) => {
                crate::objects::stdio::flush_stdout();
                let what = panic_message(&panic);
                let _ =
                    crate::objects::stdio::write_stderr(self, &format!("SystemError: isopy internal error: {what}\n"));
                Outcome::Error { status: 1 }
            }
        }
    }

    /// Runs one input of the interactive prompt in `__main__`: `code` was
    /// compiled in interactive (`single`) mode, so each expression
    /// statement's value is echoed and kept in `builtins._`. An uncaught
    /// exception's traceback is printed as CPython's REPL prints it; the
    /// session goes on after [`Outcome::Finished`] and [`Outcome::Error`],
    /// and `SystemExit` ([`Outcome::Exit`]) ends it. The program's threads
    /// are not waited for (call [`Vm::wait_for_threads`] when the session
    /// ends).
    pub fn run_interactive(&mut self, code: &std::sync::Arc<isopy_compiler::Code>) -> Outcome {
        let main = self.main_module();
        let d = attr::module_dict(self, &main).expect("a module");
        let data = self.prepare_code(code);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_code(data, d, None, &[])));
        match result {
            Ok(Ok(_)) => Outcome::Finished,
            Ok(Err(e)) => self.report_uncaught(e),
            Err(panic) => {
                // The session goes on: forget what the input left half-done.
                self.ts.frames.clear();
                self.ts.stack.clear();
                self.ts.native_depth = 0;
                self.ts.handled = Value::None;
                self.repr_active.clear();
                crate::objects::stdio::flush_stdout();
                let what = panic_message(&panic);
                let _ =
                    crate::objects::stdio::write_stderr(self, &format!("SystemError: isopy internal error: {what}\n"));
                Outcome::Error { status: 1 }
            }
        }
    }

    /// As CPython does when the main program ends: waits for every
    /// non-daemon thread (`threading._shutdown()`, if `threading` was
    /// imported), then returns `outcome`.
    pub fn wait_for_threads(&mut self, outcome: Outcome) -> Outcome {
        let Some(threading) = crate::exec::import::loaded(self, "threading") else { return outcome };
        let result = attr::getattr_str(self, &threading, "_shutdown").and_then(|f| self.call(&f, &[]));
        match result {
            Ok(_) => outcome,
            Err(e) => {
                // What CPython prints when the shutdown itself fails (a
                // KeyboardInterrupt while joining, typically).
                crate::objects::stdio::flush_stdout();
                let _ = crate::objects::stdio::write_stderr(self, "Exception ignored in: <module 'threading'>\n");
                self.print_exception(e);
                outcome
            }
        }
    }

    /// Reports an exception that ended the program: `SystemExit` exits
    /// with its code, anything else prints its traceback.
    pub fn report_uncaught(&mut self, e: PyErr) -> Outcome {
        if self.error_is(&e, &exc::SYSTEM_EXIT) {
            let (status, message) = exc::system_exit_status(self, e);
            if let Some(m) = message {
                crate::objects::stdio::flush_stdout();
                let _ = crate::objects::stdio::write_stderr(self, &format!("{m}\n"));
            }
            return Outcome::Exit(status);
        }
        self.print_exception(e.clone());
        let status = if self.error_is(&e, &exc::KEYBOARD_INTERRUPT) { 130 } else { 1 };
        Outcome::Error { status }
    }
}

/// The text of a caught panic.
pub fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
