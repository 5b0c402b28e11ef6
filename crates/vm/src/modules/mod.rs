//! Native modules: static tables of functions and types, instantiated in an
//! interpreter on its first import of them (nothing is built at interpreter
//! start-up but `builtins` and `sys`).

pub mod frozen;
pub mod gc;
pub mod interpchannels;
pub mod interpreters;
pub mod io;
pub mod json;
pub mod math;
pub mod sys;
pub mod textwrap;
pub mod thread;
pub mod time;

use crate::objects::access;
use crate::objects::types::{BuiltinType, Native};
use crate::protocols::attr;
use crate::protocols::dictops;
use crate::value::state::BuiltinModuleFinder;
use crate::value::state::{Config, PyResult, Vm, VmState};
use crate::value::Value;

/// A native module's contents.
pub struct NativeModule {
    /// The module name.
    pub name: &'static str,
    /// Its functions.
    pub functions: &'static [Native],
    /// Its types.
    pub types: &'static [&'static BuiltinType],
    /// Fills in the rest (constants, objects) once the functions are bound.
    pub init: Option<fn(&mut Vm, crate::value::object::ObjRef) -> PyResult<()>>,
}

pub(crate) use crate::value::builtin::native_exception;

/// An id argument of the interpreter, channel and queue calls: a
/// non-negative int, or a handle object carrying one as `id`. `what`
/// names it in the error, as CPython does (`interpreter ID must be an
/// int, got str`).
pub(crate) fn id_argument(vm: &mut Vm, v: Value, what: &str) -> PyResult<u64> {
    let v = match v {
        Value::Obj(_) => {
            let name = vm.intern("id");
            attr::getattr_opt(vm, &v, &name)?.unwrap_or(v)
        }
        _ => v,
    };
    match v {
        Value::Int(i) if i >= 0 => Ok(i as u64),
        Value::Int(i) => Err(vm.error(
            &crate::objects::types::exceptions::VALUE_ERROR,
            format!("{what} must be a non-negative int, got {i}"),
        )),
        other => {
            let name = crate::objects::class::type_name(vm, &other);
            Err(vm.type_error(format!("{what} must be an int, got {name}")))
        }
    }
}

/// Every native module but `builtins` and `sys` (which exist from the start).
static NATIVE_MODULES: &[&NativeModule] = &[
    &time::MODULE,
    &gc::MODULE,
    &math::MODULE,
    &json::MODULE,
    &textwrap::MODULE,
    &io::MODULE,
    &thread::MODULE,
    &interpreters::MODULE,
    &interpreters::XX_MODULE,
    &interpchannels::CHANNELS_MODULE,
    &interpchannels::QUEUES_MODULE,
];

/// The names of the native modules (`sys.builtin_module_names`).
pub fn native_names() -> impl Iterator<Item = &'static str> {
    ["builtins", "sys"].into_iter().chain(NATIVE_MODULES.iter().map(|m| m.name))
}

/// Imports native module `name` into `vm`, if there is one.
pub fn load_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(def) = NATIVE_MODULES.iter().find(|m| m.name == name) else { return Ok(None) };
    let module = attr::new_module(vm, name);
    let d = attr::module_dict(vm, &module).expect("a module");
    for f in def.functions {
        access::dict_set_str(vm, &d, f.name, Value::Native(f));
    }
    for t in def.types {
        access::dict_set_str(vm, &d, t.name, Value::Type(t));
    }
    let modules = vm.modules.clone();
    access::dict_set_str(vm, &modules, name, module.clone());
    if let Some(init) = def.init {
        if let Err(e) = init(vm, d) {
            let key = vm.new_str(name);
            let _ = dictops::dict_remove(vm, &modules, &key);
            return Err(e);
        }
    }
    Ok(Some(module))
}

pub use crate::value::gil::thread_ident;

/// A new interpreter, put together: its state, registered with the
/// runtime, with its `builtins` and `sys` modules installed and the calling
/// thread attached to it (holding its GIL until the returned `Vm` goes).
pub fn new_interpreter(config: Config) -> Vm {
    // The memory cushion's reserve, taken once per process (see value::cushion).
    crate::value::cushion::prepare();
    let mut state = VmState::new(config);
    state.builtin_modules = BuiltinModuleFinder { native: load_native, frozen: frozen::load };
    let mut vm = crate::runtime::registry::register(state);
    crate::builtins::install(&mut vm);
    // `open` is the io module's function, set into the builtins once both
    // exist, as CPython's `init_set_builtins_open` does.
    let builtins = vm.builtins.clone();
    access::dict_set_str(&mut vm, &builtins, "open", Value::Native(&io::open::OPEN));
    sys::install(&mut vm);
    if vm.config.main {
        vm.interpreter().start_running();
    }
    vm
}

impl Vm {
    /// A new interpreter, registered with the process's runtime and with
    /// its `builtins` and `sys` modules installed, with the calling thread
    /// attached to it, holding its GIL until the returned `Vm` is dropped.
    /// The thread must not hold another interpreter's GIL.
    pub fn new(config: Config) -> Vm {
        new_interpreter(config)
    }
}
