//! The `_interpreters` module (also `_xxsubinterpreters`): the low-level
//! calls under the `interpreters` module — create, destroy, list, run code
//! in another interpreter, call a function there, bind values in its
//! `__main__`.
//!
//! Running code in another interpreter happens in the calling thread: the
//! caller's GIL is released while the target's is held (see
//! [`run_in`]), so calls from several threads into several interpreters
//! run in parallel. Only [`Shared`] values and plain Rust data cross.

use std::sync::Arc;

use isopy_compiler::Code;

use super::NativeModule;
use crate::objects::access;
use crate::objects::types::exceptions as exc;
use crate::objects::types::{BuiltinType, Native};
use crate::protocols::attr;
use crate::runtime::registry;
use crate::runtime::run::{exec_code_in_main, run_in_interpreter, ExcInfo, RunError, Runnable};
use crate::runtime::shared::{share, Shared};
use crate::value::gil::{Interpreter, Vm};
use crate::value::object::Payload;
use crate::value::state::{Args, Config, PyResult};
use crate::value::Value;

static FUNCTIONS: &[Native] = &[
    Native::function("create", create),
    Native::function("destroy", destroy),
    Native::function("list_all", list_all),
    Native::function("get_current", get_current),
    Native::function("get_main", get_main),
    Native::function("run_string", run_string),
    Native::function("exec", exec),
    Native::function("call", call),
    Native::function("set___main___attrs", set_main_attrs),
    Native::function("is_running", is_running),
    Native::function("is_shareable", is_shareable),
];

static TYPES: &[&BuiltinType] =
    &[&INTERPRETER_ERROR, &INTERPRETER_NOT_FOUND_ERROR, &NOT_SHAREABLE_ERROR, &RUN_FAILED_ERROR];

/// The module table of `_interpreters`.
pub static MODULE: NativeModule =
    NativeModule { name: "_interpreters", functions: FUNCTIONS, types: TYPES, init: None };

/// The same module under CPython 3.12's name.
pub static XX_MODULE: NativeModule =
    NativeModule { name: "_xxsubinterpreters", functions: FUNCTIONS, types: TYPES, init: None };

super::native_exception!(
    INTERPRETER_ERROR,
    "interpreters",
    "InterpreterError",
    &exc::EXCEPTION,
    "A cross-interpreter operation failed."
);
super::native_exception!(
    INTERPRETER_NOT_FOUND_ERROR,
    "interpreters",
    "InterpreterNotFoundError",
    &INTERPRETER_ERROR,
    "An interpreter was not found."
);
pub use crate::runtime::shared::NOT_SHAREABLE_ERROR;
super::native_exception!(
    RUN_FAILED_ERROR,
    "interpreters",
    "RunFailedError",
    &exc::RUNTIME_ERROR,
    "Code run by run_string() raised (CPython 3.12's API)."
);

// ---------------------------------------------------------------- ids

/// The interpreter an id argument names, or `InterpreterNotFoundError`.
fn target(vm: &mut Vm, id: Value) -> PyResult<Arc<Interpreter>> {
    let id = super::id_argument(vm, id, "interpreter ID")?;
    match registry::lookup(id) {
        Some(i) if !i.is_closed() => Ok(i),
        _ => Err(vm.error(&INTERPRETER_NOT_FOUND_ERROR, format!("unrecognized interpreter ID {id}"))),
    }
}

// ---------------------------------------------------------------- lifecycle

fn create(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `config` (CPython 3.13) is accepted and ignored: every isopy
    // interpreter is isolated and has its own GIL.
    let [_config, _reqrefs] = args.bind(vm, "create", 0, ["config", "reqrefs"], 0, 1)?;
    let config = Config {
        argv: vec![String::new()],
        script_dir: vm.config.script_dir.clone(),
        executable: vm.config.executable.clone(),
        main: false,
    };
    let id = vm.allow_threads(|| new_interpreter(config));
    Ok(Value::Int(id as i64))
}

/// Builds a new idle interpreter (in the calling thread, holding no other
/// GIL) and returns its id.
pub fn new_interpreter(config: Config) -> u64 {
    let vm = crate::modules::new_interpreter(config);
    vm.interpreter().id
}

fn destroy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, _restrict] = args.bind(vm, "destroy", 0, ["id", "restrict"], 1, 1)?;
    let interp = target(vm, id)?;
    close_interpreter(vm, &interp)?;
    Ok(Value::None)
}

/// Closes `interp`: refused for the current, the main and a running one.
pub fn close_interpreter(vm: &mut Vm, interp: &Arc<Interpreter>) -> PyResult<()> {
    if interp.id == vm.interpreter().id {
        return Err(vm.error(&INTERPRETER_ERROR, "cannot destroy the current interpreter"));
    }
    if Some(interp.id) == registry::main_id() {
        return Err(vm.error(&INTERPRETER_ERROR, "cannot destroy the main interpreter"));
    }
    // A thread of its own still executing in it counts as running, as
    // does a call into it from another thread; claiming it keeps either
    // from starting while it is finalized.
    if interp.threads.load(std::sync::atomic::Ordering::SeqCst) > 0 || !interp.start_running() {
        return Err(vm.error(&INTERPRETER_ERROR, "interpreter running"));
    }
    if !interp.is_closed() {
        vm.allow_threads(|| registry::end(interp));
    }
    interp.stop_running();
    Ok(())
}

fn list_all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "list_all", 0, 0, 0)?;
    let ids = registry::live_ids().into_iter().map(|id| Value::Int(id as i64)).collect();
    Ok(vm.new_list(ids))
}

fn get_current(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get_current", 0, 0, 0)?;
    Ok(Value::Int(vm.interpreter().id as i64))
}

fn get_main(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get_main", 0, 0, 0)?;
    Ok(Value::Int(registry::main_id().unwrap_or(0) as i64))
}

fn is_running(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id] = args.exact::<1>(vm, "is_running", 0)?;
    let interp = target(vm, id)?;
    Ok(Value::Bool(interp.is_running()))
}

fn is_shareable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = args.exact::<1>(vm, "is_shareable", 0)?;
    Ok(Value::Bool(Shared::from_value(vm, obj)?.is_ok()))
}

// ---------------------------------------------------------------- running code

/// Runs `job` in `interp` through the runtime's core
/// ([`run_in_interpreter`]), with this thread's GIL released meanwhile.
/// The outer error is the caller's own (`InterpreterError`...); the inner
/// one is what the job raised in the target.
fn run_in<R: Send>(
    vm: &mut Vm,
    interp: &Arc<Interpreter>,
    job: impl FnOnce(&mut Vm) -> PyResult<R> + Send,
) -> PyResult<Result<R, ExcInfo>> {
    if interp.id == vm.interpreter().id {
        return Err(vm.error(&INTERPRETER_ERROR, "interpreter already running"));
    }
    match vm.allow_threads(|| run_in_interpreter(interp, job)) {
        Ok(r) => Ok(Ok(r)),
        Err(RunError::Raised(info)) => Ok(Err(info)),
        Err(RunError::AlreadyRunning) => Err(vm.error(&INTERPRETER_ERROR, "interpreter already running")),
        Err(RunError::Closed) => Err(vm.error(&INTERPRETER_NOT_FOUND_ERROR, "interpreter has been closed")),
        Err(RunError::Broken) => {
            Err(vm.error(&INTERPRETER_ERROR, "interpreter is broken (an internal error happened in it)"))
        }
    }
}

/// The excinfo as a tuple `(name, qualname, module, msg, formatted, errdisplay)`.
fn excinfo_tuple(vm: &mut Vm, info: &ExcInfo) -> Value {
    let items = [&info.name, &info.qualname, &info.module, &info.msg, &info.formatted, &info.errdisplay]
        .into_iter()
        .map(|s| vm.new_str(s.clone()))
        .collect::<Vec<_>>();
    vm.new_tuple(items)
}

fn runnable(vm: &mut Vm, code: Value, what: &str) -> PyResult<Runnable> {
    if let Some(text) = access::str_text(vm, &code) {
        return Ok(Runnable::Source(text.clone()));
    }
    if let Value::Obj(ref r) = code {
        match &vm.heap.get(r).payload {
            Payload::Function(f) => {
                if !matches!(f.closure, Value::None) {
                    return Err(vm.error(&exc::VALUE_ERROR, "closures not supported"));
                }
                let c = f.code.code.clone();
                if c.arg_count > 0 || c.kwonly_count > 0 || c.flags.varargs || c.flags.varkeywords {
                    return Err(vm.error(&exc::VALUE_ERROR, "functions with arguments are not supported"));
                }
                return Ok(Runnable::Code(c));
            }
            Payload::Code(c) => return Ok(Runnable::Code(c.code.clone())),
            _ => {}
        }
    }
    let name = crate::objects::class::type_name(vm, &code);
    Err(vm.type_error(format!("{what} expected a script (str) or a function, got {name}")))
}

/// Binds `shared` names in the target's `__main__`.
fn bind_main(vm: &mut Vm, names: &[(Arc<str>, Shared)]) -> PyResult<()> {
    let main = vm.main_module();
    let d = attr::module_dict(vm, &main).expect("a module");
    for (name, value) in names {
        let v = value.to_value(vm)?;
        access::dict_set_str(vm, &d, name, v);
    }
    Ok(())
}

/// Reads a `shared` dict argument: its str keys and shareable values.
fn shared_names(vm: &mut Vm, shared: Value) -> PyResult<Vec<(Arc<str>, Shared)>> {
    let Value::Obj(ref d) = shared else { return Ok(Vec::new()) };
    if !matches!(vm.heap.get(d).payload, Payload::Dict(_)) {
        let name = crate::objects::class::type_name(vm, &shared);
        return Err(vm.type_error(format!("expected a dict, got {name}")));
    }
    let mut out = Vec::new();
    for (k, v) in access::dict_items(vm, d) {
        let Some(name) = access::str_text(vm, &k).cloned() else {
            return Err(vm.type_error("shared names must be strings"));
        };
        out.push((name, share(vm, v)?));
    }
    Ok(out)
}

fn run_string(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, script, shared] = args.bind(vm, "run_string", 0, ["id", "script", "shared"], 2, 3)?;
    let interp = target(vm, id)?;
    let what = runnable(vm, script, "run_string()")?;
    let names = if shared.is_null() { Vec::new() } else { shared_names(vm, shared)? };
    let result = run_in(vm, &interp, |target| {
        bind_main(target, &names)?;
        exec_code_in_main(target, &what).map(drop)
    })?;
    match result {
        Ok(()) => Ok(Value::None),
        // CPython 3.12: RunFailedError whose message is "Type: message".
        Err(info) => Err(vm.error(&RUN_FAILED_ERROR, info.formatted.clone())),
    }
}

/// `_interpreters.exec(id, code, shared=None)`: `None`, or the excinfo
/// tuple of what the code raised.
fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, code, shared, _restrict] = args.bind(vm, "exec", 0, ["id", "code", "shared", "restrict"], 2, 3)?;
    let interp = target(vm, id)?;
    let what = runnable(vm, code, "exec()")?;
    let names = if shared.is_null() { Vec::new() } else { shared_names(vm, shared)? };
    let result = run_in(vm, &interp, |target| {
        bind_main(target, &names)?;
        exec_code_in_main(target, &what).map(drop)
    })?;
    match result {
        Ok(()) => Ok(Value::None),
        Err(info) => Ok(excinfo_tuple(vm, &info)),
    }
}

fn set_main_attrs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, updates, _restrict] = args.bind(vm, "set___main___attrs", 0, ["id", "updates", "restrict"], 2, 2)?;
    let interp = target(vm, id)?;
    let names = shared_names(vm, updates)?;
    let result = run_in(vm, &interp, |target| bind_main(target, &names))?;
    match result {
        Ok(()) => Ok(Value::None),
        Err(info) => Err(vm.error(&INTERPRETER_ERROR, info.formatted.clone())),
    }
}

/// A function as it crosses into another interpreter: its shared code,
/// the module whose namespace it runs in, its names and its defaults.
struct PortableFunction {
    code: Arc<Code>,
    module: Arc<str>,
    name: Arc<str>,
    qualname: Arc<str>,
    defaults: Option<Shared>,
    kwdefaults: Vec<(Arc<str>, Shared)>,
}

/// What `call` calls.
enum Callee {
    Function(PortableFunction),
    Native(&'static Native),
    Type(&'static BuiltinType),
}

fn callee(vm: &mut Vm, func: Value) -> PyResult<Callee> {
    match func {
        Value::Native(n) => return Ok(Callee::Native(n)),
        Value::Type(t) => return Ok(Callee::Type(t)),
        Value::Obj(ref r) => {
            if let Payload::Function(f) = &vm.heap.get(r).payload {
                if !matches!(f.closure, Value::None) {
                    return Err(vm.error(&exc::VALUE_ERROR, "closures not supported"));
                }
                let (code, defaults, kwdefaults, module, name, qualname) = (
                    f.code.code.clone(),
                    f.defaults.clone(),
                    f.kwdefaults.clone(),
                    f.module.clone(),
                    f.name.clone(),
                    f.qualname.clone(),
                );
                let text = |vm: &Vm, v: Value| access::str_text(vm, &v).cloned().unwrap_or_else(|| "".into());
                let module = text(vm, module);
                let (name, qualname) = (text(vm, name), text(vm, qualname));
                let defaults = if matches!(defaults, Value::None) { None } else { Some(share(vm, defaults)?) };
                let kwdefaults = shared_names(vm, kwdefaults)?;
                return Ok(Callee::Function(PortableFunction { code, module, name, qualname, defaults, kwdefaults }));
            }
        }
        _ => {}
    }
    let name = crate::objects::class::type_name(vm, &func);
    Err(vm.error(&NOT_SHAREABLE_ERROR, format!("'{name}' object is not shareable")))
}

/// Rebuilds the callee in the target interpreter.
fn callee_value(vm: &mut Vm, callee: &Callee) -> PyResult<Value> {
    let f = match callee {
        Callee::Native(n) => return Ok(Value::Native(n)),
        Callee::Type(t) => return Ok(Value::Type(t)),
        Callee::Function(f) => f,
    };
    let module = if &*f.module == "__main__" || f.module.is_empty() {
        vm.main_module()
    } else {
        crate::exec::import::import_module(vm, &f.module)?
    };
    let globals = attr::module_dict(vm, &module).expect("a module");
    let defaults = match &f.defaults {
        Some(d) => d.to_value(vm)?,
        None => Value::None,
    };
    let kwdefaults = if f.kwdefaults.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict_ref();
        for (name, value) in &f.kwdefaults {
            let v = value.to_value(vm)?;
            access::dict_set_str(vm, &d, name, v);
        }
        Value::Obj(d)
    };
    let code = vm.prepare_code(&f.code);
    let name = vm.new_str(f.name.clone());
    let qualname = vm.new_str(f.qualname.clone());
    let module_name = vm.new_str(f.module.clone());
    let doc = if code.code.docstring { code.consts.first().cloned().unwrap_or(Value::None) } else { Value::None };
    let function = crate::value::object::Function {
        code,
        globals,
        builtins: vm.builtins.clone(),
        defaults,
        kwdefaults,
        closure: Value::None,
        name,
        qualname,
        doc,
        annotations: Value::None,
        module: module_name,
    };
    Ok(vm.new_object(&crate::objects::types::FUNCTION, Payload::Function(Box::new(function))))
}

/// `_interpreters.call(id, callable, args=(), kwargs=None)`: a pair
/// `(result, None)` or `(None, excinfo)`.
fn call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [id, func, call_args, call_kwargs] = args.bind(vm, "call", 0, ["id", "callable", "args", "kwargs"], 2, 4)?;
    let interp = target(vm, id)?;
    let callee = callee(vm, func)?;
    let positional = match call_args {
        Value::Null | Value::None => Vec::new(),
        v => crate::protocols::iter::collect(vm, v)?.into_iter().map(|a| share(vm, a)).collect::<PyResult<Vec<_>>>()?,
    };
    let keywords = match call_kwargs {
        Value::Null | Value::None => Vec::new(),
        v => shared_names(vm, v)?,
    };
    let result = run_in(vm, &interp, |target| {
        let f = callee_value(target, &callee)?;
        let mut pos = Vec::with_capacity(positional.len());
        for a in &positional {
            let v = a.to_value(target)?;
            pos.push(v);
        }
        let mut kw = Vec::with_capacity(keywords.len());
        for (k, a) in &keywords {
            let key = target.new_str(k.clone());
            let v = a.to_value(target)?;
            kw.push((key, v));
        }
        let value = target.call_kw(&f, &pos, &kw)?;
        // The result must cross back: an unshareable one fails there.
        Ok(Shared::from_value(target, value)?.map_err(|why| why.0))
    })?;
    match result {
        Ok(Ok(value)) => {
            let v = value.to_value(vm)?;
            Ok(vm.new_tuple([v, Value::None]))
        }
        Ok(Err(message)) => Err(crate::runtime::shared::not_shareable_error(vm, message)),
        Err(info) => {
            let info = excinfo_tuple(vm, &info);
            Ok(vm.new_tuple([Value::None, info]))
        }
    }
}
