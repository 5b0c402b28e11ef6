//! One interpreter's state: its heap, its module table and builtins, and
//! the execution state of the thread that holds its GIL. Everything here
//! belongs to exactly one interpreter and is reached only through `&mut Vm`,
//! which only the thread holding that interpreter's GIL has: the borrow
//! rules are the GIL's rules.
//!
//! Lifetimes. Every `Value` that names an object holds a count on it, so a
//! value kept by native code stays alive for as long as the code keeps it,
//! and goes when the last holder drops it (see `heap`). The cycle
//! collector needs no roots: what frames and native code hold shows up as
//! counts that the objects it examines do not explain.

use std::collections::HashMap;
use std::sync::Arc;

use crate::value::frame::Frame;
pub use crate::value::gil::Vm;
use crate::value::heap::Heap;
use crate::value::object::{ObjRef, Object};
use crate::value::Value;

/// A raised Python exception: a reference to the exception instance
/// ([`PyErr::value`] gives it as a value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr(pub(crate) ObjRef);

impl PyErr {
    /// The exception instance as a value.
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// The arguments of a call to a native function.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments (for methods, the instance first).
    pub pos: &'a [Value],
    /// Keyword arguments: (name as a str value, value).
    pub kw: &'a [(Value, Value)],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { pos, kw: &[] }
    }

    /// Positional argument `i`, or `Null`.
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.pos.get(i).cloned().unwrap_or(Value::Null)
    }

    /// The arguments after the first (a method's, without its instance).
    pub fn rest(&self) -> Args<'a> {
        Args { pos: self.pos.get(1..).unwrap_or(&[]), kw: self.kw }
    }
}

/// CPython's limit on the digits of an int converted to or from a str
/// (`sys.get_int_max_str_digits()`).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The execution state of one thread in one interpreter.
pub struct ThreadState {
    /// The value stack shared by all frames: each frame's locals, then its operands.
    pub stack: Vec<Value>,
    /// The call stack, innermost last.
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub handled: Value,
    /// How deep native code has recursed into the frame loop.
    pub native_depth: usize,
    /// The thread's id (`threading.get_ident()`).
    pub ident: u64,
}

impl ThreadState {
    /// A fresh thread state.
    pub fn new(ident: u64) -> ThreadState {
        ThreadState { stack: Vec::with_capacity(256), frames: Vec::new(), handled: Value::None, native_depth: 0, ident }
    }

    /// The placeholder left where a thread's state was when it lets go of
    /// the GIL (allocates nothing).
    pub fn detached() -> ThreadState {
        ThreadState { stack: Vec::new(), frames: Vec::new(), handled: Value::None, native_depth: 0, ident: 0 }
    }

    /// Whether this is a real thread's state, not the placeholder.
    pub fn is_attached(&self) -> bool {
        self.ident != 0
    }
}

/// Where the import system finds the modules built into isopy: native
/// (Rust) modules and frozen (Python source compiled into the binary) ones.
/// The library layer (`modules`) fills it in when it creates an
/// interpreter, so that the import system, which sits below the library,
/// reaches the library without importing it.
#[derive(Clone, Copy)]
pub struct BuiltinModuleFinder {
    /// Creates the native module `name` (and enters it in `sys.modules`);
    /// `None` if there is none by that name.
    pub native: fn(&mut Vm, &str) -> PyResult<Option<Value>>,
    /// Runs the frozen module `name` (entered in `sys.modules`); `None` if
    /// there is none by that name.
    pub frozen: fn(&mut Vm, &str) -> PyResult<Option<Value>>,
}

impl BuiltinModuleFinder {
    /// Finds no module (an interpreter before the library is installed).
    pub const NONE: BuiltinModuleFinder = BuiltinModuleFinder { native: |_, _| Ok(None), frozen: |_, _| Ok(None) };
}

/// One interpreter's state, behind its GIL: reached through a
/// [`Vm`](crate::value::gil::Vm), which dereferences to it.
pub struct VmState {
    /// The thread that holds the GIL now.
    pub(crate) ts: ThreadState,
    /// The other threads of this interpreter, waiting for the GIL.
    pub(crate) parked: Vec<ThreadState>,
    /// The `builtins` module.
    pub(crate) builtins_module: ObjRef,
    /// The `builtins` namespace (a dict object).
    pub(crate) builtins: ObjRef,
    /// `sys.modules` (a dict object).
    pub(crate) modules: ObjRef,
    /// The `sys` module.
    pub(crate) sys: ObjRef,
    /// `sys.getrecursionlimit()`.
    pub(crate) recursion_limit: usize,
    /// Interned strings (identifiers, attribute names).
    /// (FxHash: interning is hot at interpreter creation. Its keys are
    /// identifiers, which untrusted code could pick to collide; the time
    /// limits of sandboxed interpreters bound what that can cost.)
    pub(crate) interned: HashMap<Arc<str>, ObjRef, rustc_hash::FxBuildHasher>,
    /// Source text of the files and strings run here, for tracebacks.
    pub(crate) sources: HashMap<Arc<str>, Arc<str>>,
    /// Containers being printed by `repr` (to print `[...]` for cycles).
    pub(crate) repr_active: Vec<ObjRef>,
    /// Per-interpreter configuration.
    pub(crate) config: Config,
    /// Values of this interpreter that native modules keep (their types' caches).
    pub(crate) module_state: HashMap<&'static str, Value>,
    /// How the import system finds the modules built into isopy.
    pub(crate) builtin_modules: BuiltinModuleFinder,
    /// `sys.getswitchinterval()`, in seconds.
    pub(crate) switch_interval: f64,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub(crate) int_max_str_digits: usize,
    /// When the thread now holding the GIL took it (for the switch interval).
    pub(crate) held_since: std::time::Instant,
    /// Safe points seen while another thread waited for the GIL (the
    /// clock is read at every 64th).
    pub(crate) yield_polls: u32,
    /// The ident of the thread that created this interpreter: its main
    /// thread (`threading.main_thread()`).
    pub(crate) main_thread: u64,
    /// The one-character ASCII strs, by code (made on first use; the same
    /// objects as the interned ones).
    pub(crate) ascii_chars: Vec<Value>,
    /// What class attribute lookups found, by class version (see `type_cache.rs`).
    pub(crate) type_cache: crate::value::type_cache::TypeCache,
    /// The objects. Declared last, so dropped last: every other field
    /// holds references into it.
    pub(crate) heap: Heap<Object>,
}

/// How an interpreter was set up.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The directory searched first for `.py` imports (the script's).
    pub script_dir: Option<std::path::PathBuf>,
    /// `sys.executable`.
    pub executable: String,
    /// Whether this is the main interpreter.
    pub main: bool,
}

impl Vm {
    // ------------------------------------------------------------ threads

    /// Whether the running thread is the main thread of the main
    /// interpreter (the one that Ctrl-C interrupts).
    pub(crate) fn is_main_thread(&self) -> bool {
        self.config.main && self.ts.ident == self.main_thread
    }

    /// `sys.getswitchinterval()`.
    pub(crate) fn switch_interval(&self) -> f64 {
        self.switch_interval
    }

    /// `sys.setswitchinterval(seconds)`.
    pub(crate) fn set_switch_interval(&mut self, seconds: f64) {
        self.switch_interval = seconds;
    }

    // ------------------------------------------------------------ allocation

    /// Stores a new object and returns the first reference to it.
    #[inline]
    pub(crate) fn alloc(&mut self, object: Object) -> ObjRef {
        self.heap.alloc(object)
    }
}
