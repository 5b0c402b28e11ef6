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
//!
//! Data goes in and out of interpreters as [`Shared`] values, through
//! channels that Python code reaches by id (`interpreters.RecvChannel(id)`
//! and `interpreters.SendChannel(id)`):
//!
//! ```
//! use isopy_vm::{embed, Config};
//! use isopy_vm::embed::Shared;
//!
//! let interp = embed::create(Config::default());
//! let channel = embed::create_channel(0);
//! let program = format!("import interpreters\ninterpreters.SendChannel({}).send(('done', 6 * 7))", channel.id);
//! embed::exec(&interp, &program).unwrap();
//! let Ok(Shared::Tuple(items)) = channel.recv(None) else { panic!("a tuple") };
//! assert!(matches!(items[1], Shared::Int(42)));
//! embed::destroy_channel(channel.id).unwrap();
//! embed::close(&interp).unwrap();
//! ```

use std::fmt;
use std::sync::Arc;

use crate::runtime::channels::CHANNELS;
use crate::runtime::registry;
use crate::runtime::run::{exec_source_in_main, run_in_interpreter, RunError};
use crate::value::state::Config;

pub use crate::runtime::channels::{Channel, ChannelError};
pub use crate::runtime::run::ExcInfo;
pub use crate::runtime::shared::{HandleKind, NotShareable, Shared};
pub use crate::value::gil::Interpreter;

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

/// A new channel between interpreters, unbounded if `maxsize` is 0. It is
/// registered for the whole process under its [`Channel::id`], the id
/// Python code in any interpreter passes to `interpreters.RecvChannel` or
/// `interpreters.SendChannel`; it lives until [`destroy_channel`].
pub fn create_channel(maxsize: usize) -> Arc<Channel> {
    let id = CHANNELS.create(maxsize);
    CHANNELS.get(id).expect("a channel just created is registered")
}

/// The channel with this id, such as one a Python program created
/// (`interpreters.create_channel()`).
pub fn channel(id: u64) -> Result<Arc<Channel>, ChannelError> {
    CHANNELS.get(id)
}

/// Closes the channel with this id and removes it from the registry:
/// receivers drain what was queued, then see it closed.
pub fn destroy_channel(id: u64) -> Result<(), ChannelError> {
    CHANNELS.destroy(id)
}
