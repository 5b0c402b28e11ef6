//! Driving interpreters from Rust: create one, run source in it, close it.
//! This is what the `interpreters` module does for Python code, for a host
//! program that embeds isopy. It sits on top of every layer, beside the
//! built-ins, because creating an interpreter installs them; running and
//! closing go through the runtime's core (`runtime::run`, `runtime::registry`),
//! the same the `interpreters` module uses.
//!
//! ```
//! use isopy_vm::{embed, Config};
//!
//! let interp = embed::create(Config::default());
//! embed::exec(&interp, "x = 6 * 7").unwrap();
//! let failure = embed::exec(&interp, "1 / 0").unwrap_err();
//! assert_eq!(failure.to_string(), "ZeroDivisionError: division by zero");
//! embed::close(&interp).unwrap();
//! ```

use std::fmt;
use std::sync::Arc;

use crate::runtime::registry;
use crate::runtime::run::{exec_source_in_main, run_in_interpreter, ExcInfo, RunError};
use crate::value::gil::Interpreter;
use crate::value::state::Config;

/// Why [`exec`] did not complete.
#[derive(Clone, Debug)]
pub enum ExecError {
    /// The code raised: what it raised.
    Raised(ExcInfo),
    /// An `exec` or `call` already runs in the interpreter.
    AlreadyRunning,
    /// The interpreter has been closed.
    Closed,
    /// A panic inside the VM made the interpreter unusable.
    Broken,
}

impl fmt::Display for ExecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExecError::Raised(info) => f.write_str(&info.formatted),
            ExecError::AlreadyRunning => f.write_str("interpreter already running"),
            ExecError::Closed => f.write_str("interpreter has been closed"),
            ExecError::Broken => f.write_str("interpreter is broken (an internal error happened in it)"),
        }
    }
}

impl std::error::Error for ExecError {}

/// A new idle interpreter. The calling thread must not be attached to an
/// interpreter whose GIL it holds (build it from a plain thread, or from
/// inside `Vm::allow_threads`).
pub fn create(config: Config) -> Arc<Interpreter> {
    let vm = crate::modules::new_interpreter(config);
    vm.interpreter().clone()
}

/// Runs `source` in the interpreter's `__main__`, in the calling thread
/// (which must not hold this interpreter's GIL already).
pub fn exec(interp: &Arc<Interpreter>, source: &str) -> Result<(), ExecError> {
    run_in_interpreter(interp, |vm| exec_source_in_main(vm, source).map(drop)).map_err(|e| match e {
        RunError::Raised(info) => ExecError::Raised(info),
        RunError::AlreadyRunning => ExecError::AlreadyRunning,
        RunError::Closed => ExecError::Closed,
        RunError::Broken => ExecError::Broken,
    })
}

/// Closes the interpreter: everything it holds is finalized (suspended
/// generators run their `finally`, files are flushed and closed), it
/// leaves the registry, and its memory goes with the last handle to it.
/// Fails if code runs in it now.
pub fn close(interp: &Arc<Interpreter>) -> Result<(), ExecError> {
    if interp.is_closed() {
        return Err(ExecError::Closed);
    }
    if interp.threads.load(std::sync::atomic::Ordering::SeqCst) > 0 || !interp.start_running() {
        return Err(ExecError::AlreadyRunning);
    }
    registry::end(interp);
    interp.stop_running();
    Ok(())
}
