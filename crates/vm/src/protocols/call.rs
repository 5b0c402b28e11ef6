//! Calling: binding arguments to parameters with CPython's error messages,
//! frames for Python functions, natives, bound methods, special methods,
//! class instantiation (`__new__` then `__init__`) and generator creation.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::protocol::Execution;
use crate::objects::types::{self, exceptions as exc, Native, NativeKind};
use crate::value::frame::Exit;
use crate::value::frame::Frame;
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, CodeData, Function, GeneratorData, InstanceAttrs, Object, Payload};
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

/// Arguments gathered on the Rust stack (most calls have few).
pub type ArgVec = SmallVec<[Value; 8]>;

/// `[first, rest...]` as one argument list.
pub fn prepend(first: Value, rest: &[Value]) -> ArgVec {
    let mut args = ArgVec::with_capacity(rest.len() + 1);
    args.push(first);
    args.extend(rest.iter().cloned());
    args
}

/// How much native recursion is allowed beyond the recursion limit before
/// a `RecursionError` (natives recurse without Python frames: `repr` of a
/// deeply nested list, `__eq__` calling `__eq__`...).
const NATIVE_DEPTH_SLACK: usize = 50;

impl Vm {
    /// Calls `func` with positional arguments.
    pub fn call(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(func, args, &[])
    }

    /// Calls `func` with positional and keyword arguments. The result is
    /// rooted until the running frame loop's next safe point.
    pub fn call_kw(&mut self, func: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        self.ts.native_depth += 1;
        let result = if self.ts.native_depth > self.recursion_limit + NATIVE_DEPTH_SLACK {
            Err(self.error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded"))
        } else {
            stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.call_unguarded(func.clone(), args, kw))
        };
        self.ts.native_depth -= 1;
        let value = result?;
        Ok(value)
    }

    fn call_unguarded(&mut self, func: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match func {
            Value::Native(n) => (n.func)(self, Args { pos: args, kw }),
            Value::Type(t) => self.call_class(ClassRef::Builtin(t), args, kw),
            Value::Obj(ref r) => {
                enum Target {
                    Function,
                    Bound(Value, Value),
                    NativeBound(&'static Native, Value),
                    Class,
                    Other,
                }
                let target = match &self.heap.get(r).payload {
                    Payload::Function(_) => Target::Function,
                    Payload::BoundMethod { func, receiver } => Target::Bound(func.clone(), receiver.clone()),
                    Payload::NativeMethod { native, receiver } => Target::NativeBound(native, receiver.clone()),
                    Payload::Class(_) => Target::Class,
                    _ => Target::Other,
                };
                match target {
                    Target::Function => self.call_function(r.clone(), args, kw),
                    Target::Bound(f, receiver) => {
                        let all = prepend(receiver, args);
                        self.call_unguarded(f, &all, kw)
                    }
                    Target::NativeBound(native, receiver) => {
                        let all = prepend(receiver, args);
                        (native.func)(self, Args { pos: &all, kw })
                    }
                    Target::Class => self.call_class(ClassRef::User(r.clone()), args, kw),
                    Target::Other => match self.call_special_kw(&func.clone(), "__call__", args, kw)? {
                        Some(v) => Ok(v),
                        None => Err(self.not_callable(func)),
                    },
                }
            }
            _ => Err(self.not_callable(func)),
        }
    }

    /// `TypeError: 'X' object is not callable`.
    pub(crate) fn not_callable(&mut self, func: Value) -> PyErr {
        let t = type_name(self, &func);
        self.type_error(format!("'{t}' object is not callable"))
    }

    /// Calls special method `name` of `obj`'s class with `obj` as its
    /// instance; `None` if the class does not define it.
    pub(crate) fn call_special(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        self.call_special_kw(obj, name, args, &[])
    }

    /// [`Vm::call_special`] with keyword arguments.
    pub(crate) fn call_special_kw(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        let class = class_of(self, obj);
        let Some(method) = class::lookup(self, &class, name) else { return Ok(None) };
        self.call_unbound(method, obj.clone(), args, kw).map(Some)
    }

    /// Calls `method`, found on `obj`'s class, as `obj.method(*args)`.
    pub(crate) fn call_unbound(
        &mut self,
        method: Value,
        obj: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match method {
            Value::Native(n) => match n.kind {
                NativeKind::Method | NativeKind::Function => {
                    let all = prepend(obj, args);
                    self.call_kw(&Value::Native(n), &all, kw)
                }
                NativeKind::StaticMethod => self.call_kw(&method, args, kw),
                NativeKind::ClassMethod => {
                    let all = prepend(class_of(self, &obj).value(), args);
                    self.call_kw(&method, &all, kw)
                }
                NativeKind::Getter(_) => {
                    let v = (n.func)(self, Args::new(&[obj]))?;
                    self.call_kw(&v, args, kw)
                }
            },
            Value::Obj(ref r) if matches!(self.heap.get(r).payload, Payload::Function(_)) => {
                let all = prepend(obj, args);
                self.call_kw(&method, &all, kw)
            }
            _ => {
                let bound =
                    crate::protocols::attr::bind_descriptor(self, method, obj.clone(), class_of(self, &obj).value())?;
                self.call_kw(&bound, args, kw)
            }
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let key = self.intern(name);
        let (callable, receiver) = crate::protocols::attr::load_method(self, obj, &key)?;
        if receiver.is_null() {
            self.call(&callable, args)
        } else {
            let all = prepend(receiver, args);
            self.call(&callable, &all)
        }
    }

    // ------------------------------------------------------------ Python functions

    /// Calls a Python function from native code: binds its arguments and
    /// runs its frame to completion (or makes a generator).
    fn call_function(&mut self, func: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let base = self.ts.stack.len();
        // Arguments of the common shape go straight onto the stack; others
        // are bound first.
        self.ts.stack.extend_from_slice(args);
        if !(kw.is_empty() && self.fill_positional_locals(&func, base)) {
            self.ts.stack.truncate(base);
            let locals = self.bind_arguments(func.clone(), args, kw)?;
            self.ts.stack.extend(locals);
        }
        let frame = self.function_frame(func, base, base);
        if frame.code.code.flags.generator {
            let locals = self.ts.stack.split_off(base);
            return Ok(self.make_generator(frame, locals));
        }
        self.enter_frame(frame)?;
        match self.run_frames()? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => unreachable!("only generator frames yield"),
        }
    }

    /// A generator object that will run `frame`, whose locals are `locals`.
    pub(crate) fn make_generator(&mut self, frame: Frame, locals: Vec<Value>) -> Value {
        let (name, qualname) = match frame.function {
            Value::Obj(ref f) => match &self.heap.get(f).payload {
                Payload::Function(f) => (f.name.clone(), f.qualname.clone()),
                _ => (Value::None, Value::None),
            },
            _ => (Value::None, Value::None),
        };
        let data = GeneratorData {
            frame: Some(frame),
            saved: locals,
            running: false,
            started: false,
            name,
            qualname,
            handled: Value::None,
        };
        self.new_object(&types::GENERATOR, Payload::Generator(Box::new(data)))
    }

    /// Pushes `frame`, enforcing the recursion limit.
    #[inline]
    pub(crate) fn enter_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.ts.frames.len() >= self.recursion_limit {
            self.ts.stack.truncate(frame.return_base);
            return Err(self.error(&exc::RECURSION_ERROR, "maximum recursion depth exceeded"));
        }
        self.ts.frames.push(frame);
        Ok(())
    }

    /// A frame for Python function `func` whose locals start at `base`
    /// (already filled): its cells made, its free variables taken from the
    /// closure.
    #[inline]
    pub(crate) fn function_frame(&mut self, func: ObjRef, base: usize, return_base: usize) -> Frame {
        let Payload::Function(f) = &self.heap.get(&func).payload else { unreachable!("a function") };
        let code = f.code.clone();
        let globals = f.globals.clone();
        let builtins = f.builtins.clone();
        let ncells = code.code.cellvars.len();
        let cells: Box<[ObjRef]> = if ncells == 0 && code.code.freevars.is_empty() {
            Box::new([])
        } else {
            let mut cells = Vec::with_capacity(ncells + code.code.freevars.len());
            for i in 0..ncells {
                let value = match code.code.cell_parameters.get(i).copied().flatten() {
                    Some(p) => self.ts.stack[base + p as usize].clone(),
                    None => Value::Null,
                };
                cells.push(self.alloc(Object::builtin(&types::CELL, Payload::Cell(value))));
            }
            let Payload::Function(f) = &self.heap.get(&func).payload else { unreachable!("a function") };
            if let Value::Obj(t) = &f.closure {
                if let Payload::Tuple(items) = &self.heap.get(t).payload {
                    cells.extend(items.iter().filter_map(|v| v.as_obj().cloned()));
                }
            }
            cells.into()
        };
        Frame {
            code,
            ip: 0,
            base,
            return_base,
            cells,
            globals: globals.clone(),
            builtins: builtins.clone(),
            locals: None,
            function: Value::Obj(func),
            generator: None,
            outer_handled: self.ts.handled.clone(),
            constructs: false,
        }
    }

    /// Runs a module, class body or `exec` code with the given namespaces;
    /// `closure` supplies its free variables (a class body's `__class__`...).
    pub(crate) fn run_code(
        &mut self,
        code: Rc<CodeData>,
        globals: ObjRef,
        locals: Option<ObjRef>,
        closure: &[ObjRef],
    ) -> PyResult<Value> {
        let base = self.ts.stack.len();
        let nlocals = code.code.varnames.len();
        self.ts.stack.resize(base + nlocals, Value::Null);
        let mut cells: Vec<ObjRef> = Vec::with_capacity(code.code.cellvars.len() + closure.len());
        for _ in 0..code.code.cellvars.len() {
            cells.push(self.alloc(Object::builtin(&types::CELL, Payload::Cell(Value::Null))));
        }
        cells.extend_from_slice(closure);
        let builtins = self.builtins_for(globals.clone());
        let frame = Frame {
            code,
            ip: 0,
            base,
            return_base: base,
            cells: cells.into(),
            globals,
            builtins,
            locals,
            function: Value::Null,
            generator: None,
            outer_handled: self.ts.handled.clone(),
            constructs: false,
        };
        self.enter_frame(frame)?;
        let result = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.run_frames());
        match result? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.error(&exc::SYNTAX_ERROR, "'yield' outside function")),
        }
    }

    /// Completes `func`'s fast locals from the positional arguments that lie
    /// on the stack from `base`, when they need no binding work (no
    /// `*args`, `**kwargs` or keyword-only parameters, and as many
    /// arguments as the parameters and defaults allow): pushes the
    /// defaults they leave, then unset locals. `false` (and the stack
    /// untouched) otherwise, for [`Vm::bind_arguments`] to do.
    pub(crate) fn fill_positional_locals(&mut self, func: &ObjRef, base: usize) -> bool {
        let state = &mut **self;
        let Payload::Function(f) = &state.heap.get(func).payload else { return false };
        let code = &f.code.code;
        let (argc, given) = (code.arg_count as usize, state.ts.stack.len() - base);
        if code.flags.varargs || code.flags.varkeywords || code.kwonly_count != 0 || given > argc {
            return false;
        }
        let defaults: &[Value] = match &f.defaults {
            Value::Obj(d) => match &state.heap.get(d).payload {
                Payload::Tuple(items) => items,
                _ => &[],
            },
            _ => &[],
        };
        if given + defaults.len() < argc {
            return false;
        }
        state.ts.stack.extend_from_slice(&defaults[defaults.len() - (argc - given)..]);
        state.ts.stack.resize(base + code.varnames.len(), Value::Null);
        true
    }

    /// Binds call arguments to `func`'s parameters: the initial fast locals
    /// (unset ones `Null`), or CPython's TypeError.
    pub(crate) fn bind_arguments(
        &mut self,
        func: ObjRef,
        positional: &[Value],
        keywords: &[(Value, Value)],
    ) -> PyResult<Vec<Value>> {
        let Payload::Function(f) = &self.heap.get(&func).payload else { unreachable!("a function") };
        let data = f.code.clone();
        let code = &data.code;
        let defaults: SmallVec<[Value; 8]> = match &f.defaults {
            Value::Obj(d) => match &self.heap.get(d).payload {
                Payload::Tuple(items) => items.iter().cloned().collect(),
                _ => SmallVec::new(),
            },
            _ => SmallVec::new(),
        };
        let argc = code.arg_count as usize;
        let kwdefaults = f.kwdefaults.clone();
        let kwonly = code.kwonly_count as usize;
        let mut locals = vec![Value::Null; code.varnames.len()];
        let taken = positional.len().min(argc);
        locals[..taken].clone_from_slice(&positional[..taken]);
        let mut slot = argc + kwonly;
        if code.flags.varargs {
            locals[slot] = self.new_tuple(&positional[taken..]);
            slot += 1;
        } else if positional.len() > argc {
            let qualname = self.qualname_of(&func);
            return Err(self.too_many_positional(&qualname, code, defaults.len(), positional.len(), keywords));
        }
        let kwargs_dict = if code.flags.varkeywords {
            let d = self.new_dict_ref();
            locals[slot] = Value::Obj(d.clone());
            Some(d)
        } else {
            None
        };
        let mut posonly_as_keyword = Vec::new();
        for (name, value) in keywords {
            let key = access::str_text(self, name).cloned().unwrap_or_default();
            let position = code.varnames[..argc + kwonly].iter().position(|v| **v == *key);
            match position {
                Some(i) if i >= code.posonly_count as usize => {
                    if !locals[i].is_null() {
                        let qualname = self.qualname_of(&func);
                        return Err(self.type_error(format!("{qualname}() got multiple values for argument '{key}'")));
                    }
                    locals[i] = value.clone();
                }
                _ => match kwargs_dict {
                    Some(ref d) => crate::protocols::dictops::dict_set(self, d, name.clone(), value.clone())?,
                    None => {
                        if position.is_some() {
                            posonly_as_keyword.push(key.to_string());
                            continue;
                        }
                        let qualname = self.qualname_of(&func);
                        return Err(self.type_error(format!("{qualname}() got an unexpected keyword argument '{key}'")));
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            let names = posonly_as_keyword.join(", ");
            let qualname = self.qualname_of(&func);
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{names}'"
            )));
        }
        let first_default = argc - defaults.len().min(argc);
        let mut missing = Vec::new();
        for i in 0..argc {
            if locals[i].is_null() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            let qualname = self.qualname_of(&func);
            return Err(self.missing_arguments(&qualname, "positional", &missing));
        }
        let mut missing = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(argc + kwonly).skip(argc) {
            if local.is_null() {
                let name = code.varnames[i].clone();
                let default = match kwdefaults {
                    Value::Obj(ref d) => crate::objects::access::dict_get_str(self, d, &name),
                    _ => None,
                };
                match default {
                    Some(v) => *local = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            let qualname = self.qualname_of(&func);
            return Err(self.missing_arguments(&qualname, "keyword-only", &missing));
        }
        Ok(locals)
    }

    /// The qualified name of Python function `func`, for its call errors
    /// (made only when there is an error to word).
    fn qualname_of(&self, func: &ObjRef) -> String {
        match &self.heap.get(func).payload {
            Payload::Function(f) => function_qualname(self, f),
            _ => String::new(),
        }
    }

    fn too_many_positional(
        &mut self,
        qualname: &str,
        code: &isopy_compiler::Code,
        ndefaults: usize,
        given: usize,
        keywords: &[(Value, Value)],
    ) -> PyErr {
        let argc = code.arg_count as usize;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argc - ndefaults, argc)
        } else {
            format!("{argc} positional argument{}", plural(argc))
        };
        let kw_given = keywords
            .iter()
            .filter(|(n, _)| {
                let key = access::str_text(self, n).cloned().unwrap_or_default();
                code.varnames[argc..argc + code.kwonly_count as usize].iter().any(|v| **v == *key)
            })
            .count();
        if kw_given > 0 {
            self.type_error(format!(
                "{qualname}() takes {takes} but {given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                plural(given),
                plural(kw_given)
            ))
        } else {
            let was = if given == 1 { "was" } else { "were" };
            self.type_error(format!("{qualname}() takes {takes} but {given} {was} given"))
        }
    }

    fn missing_arguments(&mut self, qualname: &str, kind: &str, missing: &[String]) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!("{qualname}() missing {} required {kind} argument{s}: {list}", missing.len()))
    }

    // ------------------------------------------------------------ classes

    /// `cls(*args, **kwargs)`: `__new__`, then `__init__` if `__new__`
    /// returned an instance of `cls`.
    pub(crate) fn call_class(&mut self, cls: ClassRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if cls.is_builtin(&types::TYPE) && args.len() == 1 && kw.is_empty() {
            return Ok(class_of(self, &args[0]).value());
        }
        let new = class::lookup(self, &cls, "__new__");
        let with_class = prepend(cls.value(), args);
        let instance = match new {
            Some(Value::Native(n)) => (n.func)(self, Args { pos: &with_class, kw })?,
            Some(other) => {
                let f = match other {
                    Value::Obj(ref r) => match &self.heap.get(r).payload {
                        Payload::StaticMethod(f) => f,
                        _ => &other,
                    },
                    _ => &other,
                };
                self.call_kw(&f.clone(), &with_class, kw)?
            }
            None => {
                let name = class::class_name(self, &cls);
                return Err(self.type_error(format!("cannot create '{name}' instances")));
            }
        };
        let instance_class = class_of(self, &instance);
        if !class::is_subclass(self, &instance_class, &cls) {
            return Ok(instance);
        }
        if let Some(init) = class::lookup(self, &instance_class, "__init__") {
            if !is_object_init(init.clone()) || !args.is_empty() || !kw.is_empty() {
                let r = self.call_unbound(init, instance.clone(), args, kw)?;
                self.check_init_result(&r)?;
            }
        }
        Ok(instance)
    }

    /// CPython's TypeError for an `__init__` that returned something other
    /// than `None`.
    pub(crate) fn check_init_result(&mut self, r: &Value) -> PyResult<()> {
        if r.is_none() {
            return Ok(());
        }
        let t = type_name(self, r);
        Err(self.type_error(format!("__init__() should return None, not '{t}'")))
    }

    /// `object.__new__(cls)`: an instance whose payload suits the class's
    /// built-in base (an empty list for a `list` subclass, ...).
    pub(crate) fn new_instance(&mut self, cls: ClassRef) -> Value {
        let base = class::base_type(self, &cls);
        let object = match (&cls, default_payload(base)) {
            // A plain instance keeps its attributes laid out by its class's
            // shapes; instances of built-in subclasses keep a `__dict__`.
            (ClassRef::User(r), Payload::Instance(_)) => {
                let attrs = InstanceAttrs::new(&class::class_data(self, r).shape);
                Object { class: cls.clone(), payload: Payload::Instance(attrs), dict: None }
            }
            (ClassRef::User(_), payload) => Object { class: cls.clone(), payload, dict: Some(self.new_dict_ref()) },
            (ClassRef::Builtin(_), payload) => Object { class: cls.clone(), payload, dict: None },
        };
        Value::Obj(self.alloc(object))
    }

    /// An instance of `cls` (a user subclass of a built-in, or the
    /// built-in itself) carrying `payload`.
    pub(crate) fn instance_with_payload(&mut self, cls: Value, payload: Payload) -> Value {
        let class = class::as_class(self, &cls).unwrap_or(ClassRef::Builtin(&types::OBJECT));
        let dict = match class {
            ClassRef::User(_) => Some(self.new_dict_ref()),
            ClassRef::Builtin(_) => None,
        };
        Value::Obj(self.alloc(Object { class, payload, dict }))
    }
}

/// The payload a fresh instance of a class with built-in base `base` starts with.
pub fn default_payload(base: &'static types::BuiltinType) -> Payload {
    if base.exception {
        return Payload::Exception(Box::new(crate::value::object::ExceptionData {
            args: Value::Null,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }));
    }
    if base.is_subtype_of(&types::LIST) {
        Payload::List(Vec::new())
    } else if base.is_subtype_of(&types::DICT) {
        Payload::Dict(Box::default())
    } else if base.is_subtype_of(&types::SET) {
        Payload::Set(Box::default())
    } else {
        Payload::Instance(InstanceAttrs::NONE)
    }
}

/// The qualified name of a function, as its error messages show it.
pub fn function_qualname(vm: &Vm, f: &Function) -> String {
    access::str_text(vm, &f.qualname).map(|s| s.to_string()).unwrap_or_else(|| f.code.code.qualname.to_string())
}

fn is_object_init(v: Value) -> bool {
    matches!(v, Value::Native(n) if std::ptr::eq(n, types::object::OBJECT_INIT))
}
