//! Making objects and raising errors: the constructors every layer above
//! uses (`vm.new_str`, `vm.new_list`, `vm.type_error`, ...), and the state
//! of a new interpreter.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::objects::types::{self, exceptions as exc, BuiltinType};
use crate::value::dict::Dict;
use crate::value::heap::Heap;
use crate::value::object::{ClassRef, ExceptionData, ObjRef, Object, Payload, PyStr};
use crate::value::state::{Config, PyErr, ThreadState, Vm, VmState, DEFAULT_MAX_STR_DIGITS, DEFAULT_RECURSION_LIMIT};
use crate::value::tuple::TupleItems;
use crate::value::Value;

impl VmState {
    /// The state of a new interpreter: its heap, with empty `builtins` and
    /// `sys.modules` dicts (filled by whoever puts the interpreter together,
    /// see `modules::new_interpreter`).
    pub(crate) fn new(config: Config) -> VmState {
        let mut heap = Heap::new();
        heap.stress = std::env::var_os("ISOPY_GC_STRESS").is_some();
        let mut dict = || heap.alloc(Object::builtin(&types::DICT, Payload::Dict(Box::default())));
        let builtins = dict();
        let modules = dict();
        VmState {
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
            builtin_modules: crate::value::state::BuiltinModuleFinder::NONE,
            switch_interval: 0.005,
            int_max_str_digits: DEFAULT_MAX_STR_DIGITS,
            held_since: std::time::Instant::now(),
            yield_polls: 0,
            main_thread: crate::value::gil::thread_ident(),
            type_cache: Default::default(),
            ascii_chars: Vec::new(),
            heap,
        }
    }
}

impl Vm {
    /// A new object of built-in type `class`.
    #[inline]
    pub(crate) fn new_object(&mut self, class: &'static BuiltinType, payload: Payload) -> Value {
        Value::Obj(self.alloc(Object::builtin(class, payload)))
    }

    /// A new `str`.
    pub fn new_str(&mut self, text: impl Into<Arc<str>>) -> Value {
        self.new_object(&types::STR, Payload::Str(PyStr::new(text.into())))
    }

    /// The interned `str` for an identifier.
    pub(crate) fn intern(&mut self, text: &str) -> Value {
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

    /// A new `tuple`, from a `Vec`, an array or a slice (see [`TupleItems`]:
    /// an array of two makes a pair without a temporary allocation).
    pub fn new_tuple(&mut self, items: impl Into<TupleItems>) -> Value {
        self.new_object(&types::TUPLE, Payload::Tuple(items.into()))
    }

    /// A new empty `dict`.
    pub fn new_dict(&mut self) -> Value {
        self.new_object(&types::DICT, Payload::Dict(Box::default()))
    }

    /// A new empty `dict`, as a reference.
    pub(crate) fn new_dict_ref(&mut self) -> ObjRef {
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
    pub(crate) fn new_int_wide(&mut self, value: i128) -> Value {
        match i64::try_from(value) {
            Ok(v) => Value::Int(v),
            Err(_) => self.new_int(BigInt::from(value)),
        }
    }

    // ------------------------------------------------------------ errors

    /// A new exception instance of `class` with `args`.
    pub(crate) fn new_exception(&mut self, class: ClassRef, args: Vec<Value>) -> ObjRef {
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
    pub(crate) fn error(&mut self, class: &'static BuiltinType, message: impl Into<Arc<str>>) -> PyErr {
        let message = self.new_str(message);
        PyErr(self.new_exception(ClassRef::Builtin(class), vec![message]))
    }

    /// An exception of built-in type `class` with no arguments.
    pub(crate) fn error_empty(&mut self, class: &'static BuiltinType) -> PyErr {
        PyErr(self.new_exception(ClassRef::Builtin(class), vec![]))
    }

    /// A `TypeError`.
    pub(crate) fn type_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::TYPE_ERROR, message)
    }

    /// A `ValueError`.
    pub(crate) fn value_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::VALUE_ERROR, message)
    }

    /// An `IndexError`.
    pub(crate) fn index_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::INDEX_ERROR, message)
    }

    /// An `OverflowError`.
    pub(crate) fn overflow_error(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::OVERFLOW_ERROR, message)
    }

    /// A `ZeroDivisionError`.
    pub(crate) fn zero_division(&mut self, message: impl Into<Arc<str>>) -> PyErr {
        self.error(&exc::ZERO_DIVISION_ERROR, message)
    }

    /// A `KeyError` whose argument is the missing key.
    pub(crate) fn key_error(&mut self, key: Value) -> PyErr {
        PyErr(self.new_exception(ClassRef::Builtin(&exc::KEY_ERROR), vec![key]))
    }

    /// A `StopIteration` carrying `value`.
    pub(crate) fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(self.new_exception(ClassRef::Builtin(&exc::STOP_ITERATION), args))
    }

    /// Whether exception `err` is an instance of built-in type `class`.
    pub(crate) fn error_is(&self, err: &PyErr, class: &'static BuiltinType) -> bool {
        crate::objects::class::derives_from_builtin(self, &self.heap.get(&err.0).class, class)
    }
}
