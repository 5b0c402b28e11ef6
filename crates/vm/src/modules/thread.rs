//! The `_thread` module: real OS threads attached to the calling
//! interpreter (they share its GIL), and the lock everything in `threading`
//! and `queue` is built from. The `threading` and `queue` modules are
//! Python code over this one (`src/pylib/`).

use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::NativeModule;
use crate::objects::access;
use crate::objects::types::exceptions as exc;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::protocols::attr;
use crate::protocols::dictops;
use crate::protocols::ops;
use crate::value::gil::Interpreter;
use crate::value::object::{NativeData, Payload};
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

/// CPython's `_thread.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "_thread",
    functions: &[
        Native::function("start_new_thread", start_new_thread),
        Native::function("start_new", start_new_thread),
        Native::function("allocate_lock", allocate_lock),
        Native::function("allocate", allocate_lock),
        Native::function("get_ident", get_ident),
        Native::function("get_native_id", get_native_id),
        Native::function("_count", count),
        Native::function("daemon_threads_allowed", daemon_threads_allowed),
        Native::function("interrupt_main", interrupt_main),
        Native::function("stack_size", stack_size),
        Native::function("_excepthook", excepthook),
    ],
    types: &[&LOCK],
    init: Some(init),
};

fn init(vm: &mut Vm, d: crate::value::object::ObjRef) -> PyResult<()> {
    access::dict_set_str(vm, &d, "LockType", Value::Type(&LOCK));
    access::dict_set_str(vm, &d, "error", Value::Type(&exc::RUNTIME_ERROR));
    access::dict_set_str(vm, &d, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(())
}

// ---------------------------------------------------------------- threads

/// The key under which an interpreter keeps the functions of threads that
/// have been started but have not yet taken the GIL.
const PENDING: &str = "_thread.pending";

fn start_new_thread(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_keywords(vm, "start_new_thread")?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(crate::objects::args::arity_error(vm, "start_new_thread", args.pos.len(), 2, 3));
    }
    let (function, call_args) = (args.pos[0].clone(), args.pos[1].clone());
    let call_kwargs = args.pos.get(2).cloned().unwrap_or(Value::Null);
    if !crate::builtins::introspect::is_callable(vm, function.clone()) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !crate::objects::class::is_instance_of(vm, &call_args, &crate::objects::types::TUPLE) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    if !call_kwargs.is_null() && !crate::objects::class::is_instance_of(vm, &call_kwargs, &crate::objects::types::DICT)
    {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    // The function and its arguments stay in this interpreter's heap,
    // rooted in a dict keyed by a token, until the new thread holds the GIL
    // and takes them out: no value ever leaves its interpreter.
    let token = next_token();
    let entry = vm.new_tuple([function, call_args, if call_kwargs.is_null() { Value::None } else { call_kwargs }]);
    let pending = pending_dict(vm);
    dictops::dict_set(vm, &pending, Value::Int(token), entry)?;

    let interp = vm.interpreter().clone();
    interp.threads.fetch_add(1, Ordering::SeqCst);
    let (ident_tx, ident_rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().spawn(move || {
        let _ = ident_tx.send(super::thread_ident());
        run_thread(&interp, token);
        interp.threads.fetch_sub(1, Ordering::SeqCst);
    });
    match spawned {
        Ok(_) => {
            let ident = vm.allow_threads(|| ident_rx.recv().unwrap_or(0));
            Ok(Value::Int(ident as i64))
        }
        Err(e) => {
            vm.interpreter().threads.fetch_sub(1, Ordering::SeqCst);
            let pending = pending_dict(vm);
            dictops::dict_remove(vm, &pending, &Value::Int(token))?;
            Err(vm.error(&exc::RUNTIME_ERROR, format!("can't start new thread: {e}")))
        }
    }
}

fn next_token() -> i64 {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed) as i64
}

fn pending_dict(vm: &mut Vm) -> crate::value::object::ObjRef {
    if let Some(Value::Obj(d)) = vm.module_state.get(PENDING).cloned() {
        return d;
    }
    let d = vm.new_dict_ref();
    vm.module_state.insert(PENDING, Value::Obj(d.clone()));
    d
}

/// The body of a new thread: attach, call the function, report what it
/// raised, detach.
fn run_thread(interp: &Arc<Interpreter>, token: i64) {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut vm = interp.attach();
        let pending = pending_dict(&mut vm);
        let Ok(Some(entry)) = dictops::dict_remove(&mut vm, &pending, &Value::Int(token)) else { return };
        let items = tuple_items(&vm, entry);
        let [ref function, ref call_args, ref call_kwargs] = items[..] else { return };
        let positional = tuple_items(&vm, call_args.clone());
        let keywords = match call_kwargs {
            Value::Obj(d) => access::dict_items(&vm, d),
            _ => Vec::new(),
        };
        if let Err(e) = vm.call_kw(&function.clone(), &positional, &keywords) {
            report_unhandled(&mut vm, e, function.clone());
        }
    }));
    if let Err(panic) = outcome {
        interp.mark_broken();
        let message = crate::runtime::runner::panic_message(&panic);
        eprintln!("isopy: internal error in a thread of interpreter {}: {message}", interp.id);
    }
}

fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// What CPython's `_thread` prints for an exception that escapes a thread
/// started directly (threading catches its own).
fn report_unhandled(vm: &mut Vm, e: PyErr, function: Value) {
    if vm.error_is(&e, &exc::SYSTEM_EXIT) {
        return;
    }
    let name = vm.repr(&function).unwrap_or_else(|_| "<function>".into());
    let text = format!("Exception ignored in thread started by: {name}\n{}", vm.format_exception(e));
    crate::objects::stdio::flush_stdout();
    let _ = crate::objects::stdio::write_stderr(vm, &text);
}

fn get_ident(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get_ident", 0, 0, 0)?;
    Ok(Value::Int(super::thread_ident() as i64))
}

fn get_native_id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get_native_id", 0, 0, 0)?;
    // isopy's idents are already unique per OS thread; the native id is
    // the small counter they are made from.
    Ok(Value::Int(((super::thread_ident() - 0x7f00_0000_0000) / 0x1000) as i64))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "_count", 0, 0, 0)?;
    Ok(Value::Int(vm.interpreter().threads.load(Ordering::SeqCst) as i64))
}

fn daemon_threads_allowed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "daemon_threads_allowed", 0, 0, 0)?;
    Ok(Value::Bool(true))
}

fn interrupt_main(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "interrupt_main", 0, 0, 1)?;
    crate::value::signals::interrupt_main();
    Ok(Value::None)
}

fn stack_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "stack_size", 0, 0, 1)?;
    // Threads grow their stacks on demand (the VM never overflows them),
    // so there is no size to choose.
    Ok(Value::Int(0))
}

/// `_thread._excepthook(args)`: `threading.excepthook`'s default, printing
/// `Exception in thread NAME:` and the traceback in one write.
fn excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [hook_args] = args.exact::<1>(vm, "_excepthook", 0)?;
    let exc_type = attr::getattr_str(vm, &hook_args, "exc_type")?;
    if let Value::Type(t) = exc_type {
        if std::ptr::eq(t, &exc::SYSTEM_EXIT) {
            return Ok(Value::None);
        }
    }
    let exc_value = attr::getattr_str(vm, &hook_args, "exc_value")?;
    let thread = attr::getattr_str(vm, &hook_args, "thread")?;
    let name = if matches!(thread, Value::None) {
        super::thread_ident().to_string()
    } else {
        let name = attr::getattr_str(vm, &thread, "name")?;
        access::str_text(vm, &name).map(|s| s.to_string()).unwrap_or_else(|| super::thread_ident().to_string())
    };
    let mut text = format!("Exception in thread {name}:\n");
    match exc_value {
        Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Exception(_)) => {
            text.push_str(&vm.format_exception(PyErr(r)));
        }
        other => {
            let shown = vm.repr(&other)?;
            text.push_str(&format!("{shown}\n"));
        }
    }
    write_to_sys_stderr(vm, &text)?;
    Ok(Value::None)
}

/// Writes `text` to `sys.stderr` in one `write()` (the real stderr when it
/// is the process's own stream), as CPython's `_thread._excepthook` does.
fn write_to_sys_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    let sys = Value::Obj(vm.sys.clone());
    let stderr = attr::getattr_str(vm, &sys, "stderr")?;
    if matches!(stderr, Value::None) {
        return Ok(());
    }
    if crate::objects::stdio::stream_of(vm, stderr.clone()) == Some(crate::objects::stdio::Stream::Stderr) {
        crate::objects::stdio::flush_stdout();
        return crate::objects::stdio::write_stderr(vm, text);
    }
    let text = vm.new_str(text);
    vm.call_method(&stderr, "write", &[text])?;
    Ok(())
}

// ---------------------------------------------------------------- locks

/// `_thread.lock`.
pub static LOCK: BuiltinType = BuiltinType {
    module: "_thread",
    methods: &[
        Native::method("acquire", lock_acquire),
        Native::method("acquire_lock", lock_acquire),
        Native::method("__enter__", lock_acquire),
        Native::method("release", lock_release),
        Native::method("release_lock", lock_release),
        Native::method("__exit__", lock_exit),
        Native::method("locked", lock_locked),
        Native::method("locked_lock", lock_locked),
        Native::method("__repr__", lock_repr),
    ],
    doc: "A lock object is a synchronization primitive.",
    ..BuiltinType::plain("lock", &OBJECT)
};

/// A lock shared by the threads of one interpreter. Waiting happens with
/// the GIL released, so its state lives outside the heap, behind its own
/// small mutex.
#[derive(Default)]
pub struct LockCore {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl LockCore {
    /// Takes the lock if it is free.
    pub fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock();
        !std::mem::replace(&mut *locked, true)
    }

    /// Waits for the lock until `deadline` (forever if `None`).
    pub fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut locked = self.locked.lock();
        while *locked {
            match deadline {
                None => self.freed.wait(&mut locked),
                Some(d) => {
                    if self.freed.wait_until(&mut locked, d).timed_out() && *locked {
                        return false;
                    }
                }
            }
        }
        *locked = true;
        true
    }

    /// Releases it; false if it was not held.
    pub fn release(&self) -> bool {
        let mut locked = self.locked.lock();
        if !*locked {
            return false;
        }
        *locked = false;
        self.freed.notify_one();
        true
    }

    /// Whether it is held.
    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

struct LockData(Arc<LockCore>);

impl NativeData for LockData {
    fn trace(&self, _visit: &mut crate::value::object::Visit<'_>) {}

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

fn allocate_lock(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "allocate_lock", 0, 0, 0)?;
    Ok(new_lock(vm))
}

/// A new unlocked `_thread.lock`.
pub fn new_lock(vm: &mut Vm) -> Value {
    vm.new_object(&LOCK, Payload::Native(Box::new(LockData(Arc::default()))))
}

fn lock_core(vm: &mut Vm, v: Value) -> PyResult<Arc<LockCore>> {
    if let Value::Obj(r) = v {
        if let Payload::Native(n) = &vm.heap.get(&r).payload {
            if let Some(l) = n.as_any().downcast_ref::<LockData>() {
                return Ok(l.0.clone());
            }
        }
    }
    Err(vm.type_error("descriptor requires a '_thread.lock' object"))
}

/// Reads `acquire`'s `(blocking=True, timeout=-1)` into a deadline:
/// `Ok(None)` for a non-blocking try, `Ok(Some(None))` to wait forever.
pub fn acquire_deadline(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Option<Option<Instant>>> {
    let [blocking, timeout] = args.bind(vm, name, 1, ["blocking", "timeout"], 0, 2)?;
    let blocking = if blocking.is_null() { true } else { ops::truthy(vm, &blocking)? };
    let timeout = if timeout.is_null() { -1.0 } else { crate::objects::types::float::as_f64(vm, timeout, name)? };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.error(&exc::VALUE_ERROR, "can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.error(&exc::VALUE_ERROR, "timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.error(&exc::OVERFLOW_ERROR, "timestamp out of range for platform time_t"));
    }
    Ok(Some((timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout))))
}

fn lock_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = lock_core(vm, args.get(0))?;
    let deadline = acquire_deadline(vm, &args, "acquire")?;
    if core.try_acquire() {
        return Ok(Value::Bool(true));
    }
    let Some(deadline) = deadline else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(vm.allow_threads(|| core.acquire_until(deadline))))
}

fn lock_release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = lock_core(vm, args.get(0))?;
    if !core.release() {
        return Err(vm.error(&exc::RUNTIME_ERROR, "release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    lock_release(vm, Args::new(&args.pos[..1.min(args.pos.len())]))
}

fn lock_locked(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let core = lock_core(vm, args.get(0))?;
    Ok(Value::Bool(core.is_locked()))
}

fn lock_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let core = lock_core(vm, this.clone())?;
    let state = if core.is_locked() { "locked" } else { "unlocked" };
    let Value::Obj(r) = this else { return Err(vm.type_error("a lock")) };
    let address = crate::objects::access::address(r);
    Ok(vm.new_str(format!("<{state} _thread.lock object at {address:#x}>")))
}
