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
use std::rc::Rc;
use std::sync::Arc;

use isopy_compiler::{Code, Constant};
use num_bigint::BigInt;

use crate::objects::types::{self, exceptions as exc, BuiltinType};
use crate::value::dict::Dict;
use crate::value::frame::Frame;
pub use crate::value::gil::Vm;
use crate::value::heap::Heap;
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, CodeData, ExceptionData, Object, Payload, PyStr};
use crate::value::Value;

/// A raised Python exception: a reference to the exception instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr(pub ObjRef);

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

/// One interpreter's state, behind its GIL: reached through a
/// [`Vm`](crate::value::gil::Vm), which dereferences to it.
pub struct VmState {
    /// The thread that holds the GIL now.
    pub ts: ThreadState,
    /// The other threads of this interpreter, waiting for the GIL.
    pub parked: Vec<ThreadState>,
    /// The `builtins` module.
    pub builtins_module: ObjRef,
    /// The `builtins` namespace (a dict object).
    pub builtins: ObjRef,
    /// `sys.modules` (a dict object).
    pub modules: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Interned strings (identifiers, attribute names).
    /// (FxHash: interning is hot at interpreter creation. Its keys are
    /// identifiers, which untrusted code could pick to collide; the time
    /// limits of sandboxed interpreters bound what that can cost.)
    interned: HashMap<Arc<str>, ObjRef, rustc_hash::FxBuildHasher>,
    /// Source text of the files and strings run here, for tracebacks.
    pub sources: HashMap<Arc<str>, Arc<str>>,
    /// Containers being printed by `repr` (to print `[...]` for cycles).
    pub repr_active: Vec<ObjRef>,
    /// Per-interpreter configuration.
    pub config: Config,
    /// Values of this interpreter that native modules keep (their types' caches).
    pub module_state: HashMap<&'static str, Value>,
    /// `sys.getswitchinterval()`, in seconds.
    switch_interval: f64,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub int_max_str_digits: usize,
    /// When the thread now holding the GIL took it (for the switch interval).
    pub held_since: std::time::Instant,
    /// Safe points seen while another thread waited for the GIL (the
    /// clock is read at every 64th).
    pub yield_polls: u32,
    /// The ident of the thread that created this interpreter: its main
    /// thread (`threading.main_thread()`).
    pub main_thread: u64,
    /// The objects. Declared last, so dropped last: every other field
    /// holds references into it.
    pub heap: Heap<Object>,
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
    /// A new interpreter, with the calling thread attached to it (holding
    /// its GIL until the returned `Vm` is dropped).
    pub fn new(config: Config) -> Vm {
        VmState::build(config)
    }
}

impl VmState {
    /// Builds and registers a new interpreter and attaches the calling
    /// thread to it.
    pub fn build(config: Config) -> Vm {
        let mut heap = Heap::new();
        heap.stress = std::env::var_os("ISOPY_GC_STRESS").is_some();
        let mut dict = || heap.alloc(Object::builtin(&types::DICT, Payload::Dict(Box::default())));
        let builtins = dict();
        let modules = dict();
        let state = VmState {
            ts: ThreadState::detached(),
            parked: Vec::new(),
            builtins_module: builtins.clone(),
            builtins: builtins.clone(),
            modules,
            sys: builtins,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            interned: HashMap::with_capacity_and_hasher(224, Default::default()),
            sources: HashMap::new(),
            repr_active: Vec::new(),
            config,
            module_state: HashMap::new(),
            switch_interval: 0.005,
            int_max_str_digits: crate::objects::types::int::MAX_STR_DIGITS,
            held_since: std::time::Instant::now(),
            yield_polls: 0,
            main_thread: crate::modules::thread_ident(),
            heap,
        };
        let mut vm = crate::runtime::registry::register(state);
        crate::builtins::install(&mut vm);
        crate::modules::sys::install(&mut vm);
        if vm.config.main {
            vm.interpreter().start_running();
        }
        vm
    }
}

impl Vm {
    // ------------------------------------------------------------ threads

    /// Whether the running thread is the main thread of the main
    /// interpreter (the one that Ctrl-C interrupts).
    pub fn is_main_thread(&self) -> bool {
        self.config.main && self.ts.ident == self.main_thread
    }

    /// `sys.getswitchinterval()`.
    pub fn switch_interval(&self) -> f64 {
        self.switch_interval
    }

    /// `sys.setswitchinterval(seconds)`.
    pub fn set_switch_interval(&mut self, seconds: f64) {
        self.switch_interval = seconds;
    }

    // ------------------------------------------------------------ allocation

    /// Stores a new object and returns the first reference to it.
    #[inline]
    pub fn alloc(&mut self, object: Object) -> ObjRef {
        self.heap.alloc(object)
    }

    /// A new object of built-in type `class`.
    #[inline]
    pub fn new_object(&mut self, class: &'static BuiltinType, payload: Payload) -> Value {
        Value::Obj(self.alloc(Object::builtin(class, payload)))
    }

    /// A new `str`.
    pub fn new_str(&mut self, text: impl Into<Arc<str>>) -> Value {
        self.new_object(&types::STR, Payload::Str(PyStr::new(text.into())))
    }

    /// The interned `str` for an identifier.
    pub fn intern(&mut self, text: &str) -> Value {
        if let Some(r) = self.interned.get(text) {
            return Value::Obj(r.clone());
        }
        let text: Arc<str> = text.into();
        let r = self.heap.alloc(Object::builtin(&types::STR, Payload::Str(PyStr::new(text.clone()))));
        self.interned.insert(text, r.clone());
        Value::Obj(r)
    }

    /// A new `list`.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.new_object(&types::LIST, Payload::List(items))
    }

    /// A new `tuple`.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.new_object(&types::TUPLE, Payload::Tuple(items.into()))
    }

    /// A new empty `dict`.
    pub fn new_dict(&mut self) -> Value {
        self.new_object(&types::DICT, Payload::Dict(Box::default()))
    }

    /// A new empty `dict`, as a reference.
    pub fn new_dict_ref(&mut self) -> ObjRef {
        self.alloc(Object::builtin(&types::DICT, Payload::Dict(Box::new(Dict::new()))))
    }

    /// A new `bytes`.
    pub fn new_bytes(&mut self, data: impl Into<Arc<[u8]>>) -> Value {
        self.new_object(&types::BYTES, Payload::Bytes(data.into()))
    }

    /// An int value: inline if it fits in an `i64`, else a heap big int.
    pub fn new_int(&mut self, value: BigInt) -> Value {
        match i64::try_from(&value) {
            Ok(v) => Value::Int(v),
            Err(_) => self.new_object(&types::INT, Payload::Int(Box::new(value))),
        }
    }

    /// An `i128` as an int value.
    pub fn new_int_wide(&mut self, value: i128) -> Value {
        match i64::try_from(value) {
            Ok(v) => Value::Int(v),
            Err(_) => self.new_int(BigInt::from(value)),
        }
    }

    // ------------------------------------------------------------ errors

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&mut self, class: ClassRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        self.alloc(Object {
            class,
            payload: Payload::Exception(Box::new(ExceptionData {
                args,
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            })),
            dict: None,
        })
    }

    /// An exception of built-in type `class` with message `message`.
    pub fn error(&mut self, class: &'static BuiltinType, message: impl Into<Arc<str>>) -> PyErr {
        let message = self.new_str(message);
        PyErr(self.new_exception(ClassRef::Builtin(class), vec![message]))
    }

    /// An exception of built-in type `class` with no arguments.
    pub fn error_empty(&mut self, class: &'static BuiltinType) -> PyErr {
        PyErr(self.new_exception(ClassRef::Builtin(class), vec![]))
    }

    /// A `TypeError`.
    pub fn type_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::TYPE_ERROR, message)
    }

    /// A `ValueError`.
    pub fn value_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::VALUE_ERROR, message)
    }

    /// An `IndexError`.
    pub fn index_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::INDEX_ERROR, message)
    }

    /// An `OverflowError`.
    pub fn overflow_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::OVERFLOW_ERROR, message)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::ZERO_DIVISION_ERROR, message)
    }

    /// A `KeyError` whose argument is the missing key.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        PyErr(self.new_exception(ClassRef::Builtin(&exc::KEY_ERROR), vec![key]))
    }

    /// A `StopIteration` carrying `value`.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(self.new_exception(ClassRef::Builtin(&exc::STOP_ITERATION), args))
    }

    /// Whether exception `err` is an instance of built-in type `class`.
    pub fn error_is(&self, err: &PyErr, class: &'static BuiltinType) -> bool {
        crate::protocols::ops::class_derives_from_builtin(self, &self.heap.get(&err.0).class, class)
    }

    // ------------------------------------------------------------ code

    /// Makes `code` ready to run here: its constants (nested code objects
    /// included, recursively) and names become values of this interpreter.
    pub fn prepare_code(&mut self, code: &Arc<Code>) -> Rc<CodeData> {
        let consts: Vec<Value> = code.constants.iter().map(|c| self.constant(c)).collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        Rc::new(CodeData { code: code.clone(), consts: consts.into(), names: names.into() })
    }

    /// Makes a compile-time constant into a value of this interpreter.
    pub fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(v) => Value::Int(*v),
            Constant::BigInt { negative, radix, digits } => {
                let mut v = BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_default();
                if *negative {
                    v = -v;
                }
                self.new_int(v)
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Imaginary(_) => Value::None,
            Constant::Str(s) => {
                // Short identifier-like constants are interned, as CPython does.
                if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)
                } else {
                    self.new_str(s.clone())
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(items) => {
                let values = items.iter().map(|i| self.constant(i)).collect();
                self.new_tuple(values)
            }
            Constant::FrozenSet(items) => {
                // CPython's compiler builds the frozenset from the display's
                // items, then rebuilds it from its own iteration order when
                // it merges constants; the layout (and so the order a set
                // display iterates in) comes from doing the same.
                let first = self.new_object(&types::FROZENSET, Payload::FrozenSet(Box::default()));
                for item in items.iter() {
                    let v = self.constant(item);
                    // Constants hash without running Python code, so this cannot fail.
                    let _ = crate::protocols::dictops::set_add(self, first.as_obj().expect("a set"), v);
                }
                let keys = crate::protocols::dictops::set_keys(self, first.as_obj().expect("a set"));
                let s = self.new_object(&types::FROZENSET, Payload::FrozenSet(Box::default()));
                for k in keys {
                    let _ = crate::protocols::dictops::set_add(self, s.as_obj().expect("a set"), k);
                }
                s
            }
            Constant::Code(code) => {
                let data = self.prepare_code(code);
                self.new_object(&types::CODE, Payload::Code(data))
            }
        }
    }

    /// The builtins namespace code running with `globals` uses (CPython's
    /// `_PyEval_BuiltinsFromGlobals`): `globals['__builtins__']` (a module's
    /// dict, or a dict), else this interpreter's builtins.
    pub fn builtins_for(&mut self, globals: ObjRef) -> ObjRef {
        match crate::protocols::dictops::dict_get_str(self, &globals, "__builtins__") {
            Some(Value::Obj(b)) => match &self.heap.get(&b).payload {
                Payload::Dict(_) => b,
                Payload::Module(_) => self.heap.get(&b).dict.clone().unwrap_or(self.builtins.clone()),
                _ => self.builtins.clone(),
            },
            _ => self.builtins.clone(),
        }
    }

    // ------------------------------------------------------------ collection

    /// Runs the cycle collector if enough young containers have been
    /// allocated (at the frame loop's safe points).
    #[inline]
    pub fn maybe_collect(&mut self) {
        if let Some(generation) = self.heap.due() {
            self.collect_garbage(generation);
        }
    }

    /// Collects generations `0..=generation` now, running the finalizers
    /// of unreachable objects first (PEP 442); returns how many objects
    /// were found unreachable (`gc.collect()`'s result).
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        let mut found = 0;
        // A finalizer may make new garbage with finalizers of its own; two
        // rounds finalize and free what one collection finds, and what
        // finalizers leave is for the next collection.
        for _ in 0..2 {
            match self.heap.collect(generation) {
                crate::value::heap::Collected::Freed(n) => return found + n,
                crate::value::heap::Collected::Finalize(objects) => {
                    found += objects.len();
                    for object in objects {
                        self.run_finalizer(object);
                    }
                }
            }
        }
        found
    }

    /// Runs the finalizers of objects whose last reference went (at the
    /// next instruction after it went, as CPython runs them at once).
    #[cold]
    pub fn run_pending_finalizers(&mut self) {
        while self.heap.has_pending() {
            for object in self.heap.take_pending() {
                self.run_finalizer(object);
            }
        }
    }

    /// Runs `object`'s finalizer; what it raises is reported as CPython
    /// reports an exception it cannot raise ("Exception ignored in: ...").
    fn run_finalizer(&mut self, object: ObjRef) {
        if !matches!(self.heap.get(&object).payload, Payload::Generator(_)) {
            return;
        }
        if let Err(e) = crate::exec::generators::close(self, object.clone()) {
            self.report_unraisable(&e, &Value::Obj(object));
        }
    }
}
