//! Running code in an interpreter from outside it: the one core the
//! `interpreters` module (`interp.exec`, `call`, `run_string`) and the Rust
//! embedding API share. It claims the interpreter (one run at a time),
//! takes its GIL in the calling thread, contains a panic inside it (the
//! interpreter is marked broken; the caller gets an error, never the
//! panic) and turns an uncaught exception into plain data ([`ExcInfo`])
//! that can cross to the caller.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::types::exceptions as exc;
use crate::protocols::attr;
use crate::value::gil::{Interpreter, Vm};
use crate::value::object::ClassRef;
use crate::value::state::{PyErr, PyResult};
use crate::value::Value;

/// What an uncaught exception in the target looked like, as plain data
/// (CPython 3.13's `ExceptionSnapshot`).
#[derive(Clone, Debug)]
pub struct ExcInfo {
    /// The exception type's `__name__`.
    pub name: Arc<str>,
    /// Its `__qualname__`.
    pub qualname: Arc<str>,
    /// Its `__module__`.
    pub module: Arc<str>,
    /// `str(exc)`.
    pub msg: Arc<str>,
    /// `'ZeroDivisionError: division by zero'`.
    pub formatted: Arc<str>,
    /// The target's traceback text.
    pub errdisplay: Arc<str>,
}

/// Why a run in another interpreter gave no result.
#[derive(Clone, Debug)]
pub enum RunError {
    /// The code raised: what it raised.
    Raised(ExcInfo),
    /// Something already runs in the interpreter.
    AlreadyRunning,
    /// The interpreter has been closed.
    Closed,
    /// A panic inside the VM made the interpreter unusable.
    Broken,
}

/// Runs `job` in `interp`, in the calling thread, which must hold no GIL
/// (a thread attached to another interpreter releases its GIL around this
/// call). The result must be `Send`, so no value of the target's heap can
/// leave it.
pub fn run_in_interpreter<R: Send>(
    interp: &Arc<Interpreter>,
    job: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> Result<R, RunError> {
    if interp.is_closed() {
        return Err(RunError::Closed);
    }
    if interp.is_broken() {
        return Err(RunError::Broken);
    }
    if !interp.start_running() {
        return Err(RunError::AlreadyRunning);
    }
    // Closed between the check and the claim: nothing may run now.
    if interp.is_closed() {
        interp.stop_running();
        return Err(RunError::Closed);
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut vm = interp.attach();
        job(&mut vm).map_err(|e| exc_info(&mut vm, e))
    }));
    interp.stop_running();
    match outcome {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(info)) => Err(RunError::Raised(info)),
        Err(panic) => {
            interp.mark_broken();
            let message = crate::runtime::runner::panic_message(&panic);
            eprintln!("isopy: internal error in interpreter {}: {message}", interp.id);
            Err(RunError::Broken)
        }
    }
}

/// Compiles and runs `source` in `vm`'s `__main__` (as `<string>`).
pub fn exec_source_in_main(vm: &mut Vm, source: &str) -> PyResult<Value> {
    exec_code_in_main(vm, &Runnable::Source(source.into()))
}

/// What runs in an interpreter's `__main__`: source text, or a function's code.
pub enum Runnable {
    /// Source text, compiled as `<string>`.
    Source(Arc<str>),
    /// A compiled code object (a function without arguments or closure).
    Code(Arc<isopy_compiler::Code>),
}

/// Runs `what` in `vm`'s `__main__`.
pub fn exec_code_in_main(vm: &mut Vm, what: &Runnable) -> PyResult<Value> {
    let code = match what {
        Runnable::Source(text) => match isopy_compiler::compile_source(text, "<string>") {
            Ok(code) => code,
            Err(e) => return Err(exc::syntax_error_value(vm, &e, text, "<string>")),
        },
        Runnable::Code(code) => code.clone(),
    };
    let main = vm.main_module();
    let d = attr::module_dict(vm, &main).expect("a module");
    let data = vm.prepare_code(&code);
    vm.run_code(data, d, None, &[])
}

/// What the caller is told about exception `e` raised in `vm`.
pub fn exc_info(vm: &mut Vm, e: PyErr) -> ExcInfo {
    let class = crate::objects::class::class_of(vm, &e.value());
    let (name, qualname, module) = match class {
        ClassRef::Builtin(t) => (t.name.to_string(), t.name.to_string(), t.module.to_string()),
        ClassRef::User(r) => {
            let data = crate::objects::class::class_data(vm, &r);
            let (name, qualname, ns) = (data.name.to_string(), data.qualname.to_string(), data.namespace.clone());
            let module = access::dict_get_str(vm, &ns, "__module__")
                .and_then(|m| access::str_text(vm, &m).map(|s| s.to_string()))
                .unwrap_or_default();
            (name, qualname, module)
        }
    };
    let msg = match vm.str_value(&e.value()) {
        Ok(s) => access::str_text(vm, &s).map(|t| t.to_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    let formatted = vm.exception_line(e.0.clone());
    let errdisplay = vm.format_exception(e).trim_end_matches('\n').to_string();
    ExcInfo {
        name: name.into(),
        qualname: qualname.into(),
        module: module.into(),
        msg: msg.into(),
        formatted: formatted.into(),
        errdisplay: errdisplay.into(),
    }
}
