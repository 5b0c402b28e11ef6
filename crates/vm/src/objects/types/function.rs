//! Callables and descriptors: functions, bound methods, built-in
//! functions, cells, code objects, `property`, `staticmethod` and
//! `classmethod`, with the attributes introspection reaches for.

use crate::objects::access;
use crate::objects::class::{self, type_name};
use crate::objects::protocol::Protocols;
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::object::ObjRef;
use crate::value::object::{Function, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;
use std::rc::Rc;

static FUNCTION_METHODS: &[Native] = &[
    Native::getset("__name__", func_name, set_func_name),
    Native::getset("__qualname__", func_qualname, set_func_qualname),
    Native::getset("__doc__", func_doc, set_func_doc),
    Native::getset("__module__", func_module, set_func_module),
    Native::getset("__defaults__", func_defaults, set_func_defaults),
    Native::getset("__kwdefaults__", func_kwdefaults, set_func_kwdefaults),
    Native::getset("__annotations__", func_annotations, set_func_annotations),
    Native::getter("__code__", func_code),
    Native::getter("__globals__", func_globals),
    Native::getter("__closure__", func_closure),
    Native::method("__get__", func_get),
    Native::method("__call__", call_self),
];

/// The type of Python functions.
pub static FUNCTION: BuiltinType = BuiltinType {
    methods: FUNCTION_METHODS,
    slots: crate::value::builtin::Slots { repr: Some(function_repr), ..crate::objects::types::misc::IDENTITY_SLOTS },
    ..BuiltinType::plain("function", &OBJECT)
};

static METHOD_METHODS: &[Native] = &[
    Native::getter("__func__", method_func),
    Native::getter("__self__", method_self),
    Native::getter("__name__", method_name),
    Native::getter("__qualname__", method_qualname),
    Native::getter("__doc__", method_doc),
    Native::method("__call__", call_self),
    Native::method("__getattr__", method_getattr),
    Native::method("__eq__", method_eq),
    Native::method("__hash__", crate::objects::types::dunders::hash),
];

/// The type of bound methods.
pub static METHOD: BuiltinType = BuiltinType {
    methods: METHOD_METHODS,
    slots: crate::value::builtin::Slots {
        hash: Some(method_hash),
        compare: Some(method_compare),
        repr: Some(method_repr),
        ..crate::value::builtin::Slots::NONE
    },
    ..BuiltinType::plain("method", &OBJECT)
};

static BUILTIN_METHODS: &[Native] = &[
    Native::getter("__name__", builtin_name),
    Native::getter("__qualname__", builtin_name),
    Native::getter("__self__", builtin_self),
    Native::getter("__doc__", builtin_doc),
    Native::getter("__module__", builtin_module),
    Native::method("__call__", call_self),
];

/// The type of built-in functions and methods.
pub static BUILTIN_FUNCTION: BuiltinType = BuiltinType {
    methods: BUILTIN_METHODS,
    slots: crate::value::builtin::Slots { repr: Some(builtin_repr), ..crate::objects::types::misc::IDENTITY_SLOTS },
    ..BuiltinType::plain("builtin_function_or_method", &OBJECT)
};

static CELL_METHODS: &[Native] = &[Native::getset("cell_contents", cell_contents, set_cell_contents)];

/// The type of closure cells.
pub static CELL: BuiltinType = BuiltinType {
    methods: CELL_METHODS,
    slots: crate::value::builtin::Slots { repr: Some(cell_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("cell", &OBJECT)
};

static CODE_METHODS: &[Native] = &[
    Native::getter("co_name", code_name),
    Native::getter("co_qualname", code_qualname),
    Native::getter("co_filename", code_filename),
    Native::getter("co_firstlineno", code_firstlineno),
    Native::getter("co_argcount", code_argcount),
    Native::getter("co_posonlyargcount", code_posonlyargcount),
    Native::getter("co_kwonlyargcount", code_kwonlyargcount),
    Native::getter("co_varnames", code_varnames),
    Native::getter("co_names", code_names),
    Native::getter("co_freevars", code_freevars),
    Native::getter("co_cellvars", code_cellvars),
    Native::getter("co_nlocals", code_nlocals),
];

/// The type of code objects.
pub static CODE: BuiltinType = BuiltinType {
    methods: CODE_METHODS,
    slots: crate::value::builtin::Slots { repr: Some(code_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("code", &OBJECT)
};

static PROPERTY_METHODS: &[Native] = &[
    Native::staticmethod("__new__", property_new),
    Native::method("__init__", property_init),
    Native::method("getter", property_getter),
    Native::method("setter", property_setter),
    Native::method("deleter", property_deleter),
    Native::method("__get__", property_get),
    Native::method("__set__", property_set),
    Native::method("__delete__", property_delete),
    Native::getter("fget", property_fget),
    Native::getter("fset", property_fset),
    Native::getter("fdel", property_fdel),
    Native::getter("__doc__", property_doc),
    Native::getter("__isabstractmethod__", false_getter),
    Native::method("__set_name__", property_set_name),
];

/// `property`.
pub static PROPERTY: BuiltinType = BuiltinType {
    methods: PROPERTY_METHODS,
    new: Some(property_new),
    subclassable: true,
    ..BuiltinType::plain("property", &OBJECT)
};

static STATICMETHOD_METHODS: &[Native] = &[
    Native::staticmethod("__new__", staticmethod_new),
    Native::method("__init__", wrapper_init),
    Native::getter("__func__", wrapped_func),
    Native::getter("__wrapped__", wrapped_func),
    Native::method("__get__", staticmethod_get),
    Native::method("__call__", staticmethod_call),
    Native::getter("__isabstractmethod__", false_getter),
];

/// `staticmethod`.
pub static STATICMETHOD: BuiltinType = BuiltinType {
    methods: STATICMETHOD_METHODS,
    new: Some(staticmethod_new),
    subclassable: true,
    slots: crate::value::builtin::Slots { repr: Some(staticmethod_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("staticmethod", &OBJECT)
};

static CLASSMETHOD_METHODS: &[Native] = &[
    Native::staticmethod("__new__", classmethod_new),
    Native::method("__init__", wrapper_init),
    Native::getter("__func__", wrapped_func),
    Native::getter("__wrapped__", wrapped_func),
    Native::method("__get__", classmethod_get),
    Native::getter("__isabstractmethod__", false_getter),
];

/// `classmethod`.
pub static CLASSMETHOD: BuiltinType = BuiltinType {
    methods: CLASSMETHOD_METHODS,
    new: Some(classmethod_new),
    subclassable: true,
    slots: crate::value::builtin::Slots { repr: Some(classmethod_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("classmethod", &OBJECT)
};

// ------------------------------------------------------------ reprs

/// The repr slot of functions: `<function qualname at 0x...>`.
fn function_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Function(f) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let q = access::str_text(vm, &f.qualname).map(|s| s.to_string()).unwrap_or_default();
    Ok(format!("<function {q} at {:#x}>", access::address(r.clone())))
}

/// The repr slot of bound methods: `<bound method qualname of receiver>`.
fn method_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::BoundMethod { func, receiver } = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let (func, receiver) = (func.clone(), receiver.clone());
    let q = match func {
        Value::Obj(f) => match &vm.heap.get(&f).payload {
            Payload::Function(f) => access::str_text(vm, &f.qualname).map(|s| s.to_string()).unwrap_or_default(),
            _ => "?".into(),
        },
        Value::Native(n) => n.name.to_string(),
        _ => "?".into(),
    };
    let of = vm.repr(&receiver)?;
    Ok(format!("<bound method {q} of {of}>"))
}

/// The repr slot of built-in functions and methods: `<built-in function
/// name>` for functions and module functions, `<built-in method name of
/// ...>` for methods bound to a class or an instance.
fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (native, receiver) = match v {
        Value::Native(n) => return Ok(format!("<built-in function {}>", n.name)),
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::NativeMethod { native, receiver } => (*native, receiver.clone()),
            _ => return crate::objects::types::object::default_repr(vm, v),
        },
        _ => return crate::objects::types::object::default_repr(vm, v),
    };
    if class::as_class(vm, &receiver).is_some() {
        let t = vm.repr(&receiver)?;
        let t = t.trim_start_matches("<class '").trim_end_matches("'>").to_string();
        Ok(format!("<built-in method {} of type object at {:#x}>", native.name, type_address(&t)))
    } else if access::module_name(vm, &receiver).is_some() {
        Ok(format!("<built-in function {}>", native.name))
    } else {
        let t = type_name(vm, &receiver);
        let at = match receiver {
            Value::Obj(o) => access::address(o),
            _ => 0,
        };
        Ok(format!("<built-in method {} of {t} object at {at:#x}>", native.name))
    }
}

/// A stable stand-in for the address of a type object, from its name (the
/// built-in types are static descriptors, not heap objects).
fn type_address(name: &str) -> u64 {
    let mut h: u64 = 0x7f00_1000_0000;
    for b in name.bytes() {
        h = h.wrapping_mul(31).wrapping_add(b as u64);
    }
    0x7f00_0000_0000 | (h & 0xff_ffff_fff0)
}

/// The repr slot of cells: `<cell at 0x...: T object at 0x...>`, or `empty`.
fn cell_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Cell(c) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let c = c.clone();
    let here = access::address(r.clone());
    Ok(if c.is_null() {
        format!("<cell at {here:#x}: empty>")
    } else {
        let t = type_name(vm, &c);
        let at = match c {
            Value::Obj(o) => access::address(o),
            _ => 0,
        };
        format!("<cell at {here:#x}: {t} object at {at:#x}>")
    })
}

/// The repr slot of code objects: `<code object name at 0x..., file "f", line n>`.
fn code_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Code(c) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    Ok(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.name,
        access::address(r.clone()),
        c.code.filename,
        c.code.first_line
    ))
}

/// The repr slot of `staticmethod`: `<staticmethod(function repr)>`.
fn staticmethod_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(Payload::StaticMethod(f)) = v.as_obj().map(|r| &vm.heap.get(r).payload) else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let f = f.clone();
    let inner = vm.repr(&f)?;
    Ok(format!("<staticmethod({inner})>"))
}

/// The repr slot of `classmethod`: `<classmethod(function repr)>`.
fn classmethod_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(Payload::ClassMethod(f)) = v.as_obj().map(|r| &vm.heap.get(r).payload) else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let f = f.clone();
    let inner = vm.repr(&f)?;
    Ok(format!("<classmethod({inner})>"))
}

// ------------------------------------------------------------ functions

fn func_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Function(_)) => Ok(r),
        _ => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor requires a 'function' object but received a '{t}'")))
        }
    }
}

fn func<'a>(vm: &'a Vm, r: &'a ObjRef) -> &'a Function {
    match &vm.heap.get(r).payload {
        Payload::Function(f) => f,
        _ => unreachable!("a function"),
    }
}

fn func_mut<'a>(vm: &'a mut Vm, r: &'a ObjRef) -> &'a mut Function {
    match &mut vm.heap.get_mut(r).payload {
        Payload::Function(f) => f,
        _ => unreachable!("a function"),
    }
}

macro_rules! function_field {
    ($get:ident, $set:ident, $field:ident, $check:expr) => {
        fn $get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let r = func_ref(vm, args.get(0))?;
            Ok(func(vm, &r).$field.clone())
        }

        fn $set(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
            let r = func_ref(vm, obj)?;
            let check: fn(&mut Vm, Value) -> PyResult<Value> = $check;
            let value = check(vm, value)?;
            func_mut(vm, &r).$field = value;
            Ok(())
        }
    };
}

fn any_value(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(if v.is_null() { Value::None } else { v })
}

fn str_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if access::str_text(vm, &v).is_none() {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    Ok(v)
}

fn tuple_or_none(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_null() || v.is_none() || class::class_of(vm, &v).is_builtin(&crate::objects::types::TUPLE) {
        return Ok(if v.is_null() { Value::None } else { v });
    }
    Err(vm.type_error("__defaults__ must be set to a tuple object"))
}

function_field!(func_name, set_func_name, name, str_value);
function_field!(func_qualname, set_func_qualname, qualname, str_value);
function_field!(func_doc, set_func_doc, doc, any_value);
function_field!(func_module, set_func_module, module, any_value);
function_field!(func_defaults, set_func_defaults, defaults, tuple_or_none);
function_field!(func_kwdefaults, set_func_kwdefaults, kwdefaults, any_value);

fn func_annotations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = func_ref(vm, args.get(0))?;
    let a = &func(vm, &r).annotations;
    if a.is_none() {
        let d = vm.new_dict();
        func_mut(vm, &r).annotations = d.clone();
        return Ok(d);
    }
    Ok(a.clone())
}

fn set_func_annotations(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    let r = func_ref(vm, obj)?;
    func_mut(vm, &r).annotations = if value.is_null() { Value::None } else { value };
    Ok(())
}

fn func_code(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = func_ref(vm, args.get(0))?;
    let code = func(vm, &r).code.clone();
    Ok(vm.new_object(&CODE, Payload::Code(code)))
}

fn func_globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = func_ref(vm, args.get(0))?;
    Ok(Value::Obj(func(vm, &r).globals.clone()))
}

fn func_closure(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = func_ref(vm, args.get(0))?;
    Ok(func(vm, &r).closure.clone())
}

fn func_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "__get__", 1, 1, 2)?;
    let (f, obj) = (args.get(0), args.get(1));
    if obj.is_none() {
        return Ok(f);
    }
    Ok(vm.new_object(&METHOD, Payload::BoundMethod { func: f, receiver: obj }))
}

fn call_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((f, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_kw(&f.clone(), rest, args.kw)
}

// ------------------------------------------------------------ bound methods

fn method_parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Value)> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::BoundMethod { func, receiver } => Ok((func.clone(), receiver.clone())),
            _ => Err(vm.type_error("expected a bound method")),
        },
        _ => Err(vm.type_error("expected a bound method")),
    }
}

fn method_func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method_parts(vm, args.get(0)).map(|p| p.0)
}

fn method_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    method_parts(vm, args.get(0)).map(|p| p.1)
}

fn method_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = method_parts(vm, args.get(0))?;
    vm.getattr_str(&f, "__name__")
}

fn method_qualname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = method_parts(vm, args.get(0))?;
    vm.getattr_str(&f, "__qualname__")
}

fn method_doc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = method_parts(vm, args.get(0))?;
    vm.getattr_str(&f, "__doc__")
}

/// Other attributes of a bound method are its function's.
fn method_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, name] = args.exact::<2>(vm, "__getattr__", 0)?;
    let (f, _) = method_parts(vm, this)?;
    vm.getattr(&f, &name)
}

/// `hash(m)` for a bound method: from its function and receiver (the hash
/// slot).
fn method_hash(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    let (f, s) = match &vm.heap.get(r).payload {
        Payload::BoundMethod { func, receiver } => (func.clone(), receiver.clone()),
        _ => return Ok(access::identity_hash(r)),
    };
    let a = vm.hash(&f)?;
    let b = vm.hash(&s)?;
    Ok(a ^ b.rotate_left(7))
}

/// `==` and `!=` of bound methods (the compare slot): the same function
/// bound to the same object, as CPython compares them (`a.f == a.f`
/// although each access makes a new method).
fn method_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    use isopy_compiler::Comparison;
    let parts = |v: &Value| match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::BoundMethod { func, receiver } => Some((func.clone(), receiver.clone())),
            _ => None,
        },
        _ => None,
    };
    match (parts(a), parts(b), op) {
        (Some((fa, sa)), Some((fb, sb)), Comparison::Eq | Comparison::Ne) => {
            let equal = fa.is(&fb) && sa.is(&sb);
            Ok(Value::Bool(equal == (op == Comparison::Eq)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn method_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__", 0)?;
    let (Ok((fa, sa)), Ok((fb, sb))) = (method_parts(vm, a), method_parts(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(fa.is(&fb) && sa.is(&sb)))
}

// ------------------------------------------------------------ built-in functions

fn native_parts(vm: &Vm, v: Value) -> Option<(&'static Native, Value)> {
    match v {
        Value::Native(n) => Some((n, Value::Null)),
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::NativeMethod { native, receiver } => Some((native, receiver.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn builtin_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match native_parts(vm, args.get(0)) {
        Some((n, _)) => Ok(vm.new_str(n.name)),
        None => Err(vm.type_error("expected a built-in function")),
    }
}

fn builtin_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match native_parts(vm, args.get(0)) {
        Some((_, Value::Null)) => Ok(Value::None),
        Some((_, r)) => Ok(r),
        None => Err(vm.type_error("expected a built-in function")),
    }
}

fn builtin_doc(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn builtin_module(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("builtins"))
}

// ------------------------------------------------------------ cells and code

fn cell_contents(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.get(0) {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Cell(Value::Null) => Err(vm.value_error("Cell is empty")),
            Payload::Cell(v) => Ok(v.clone()),
            _ => Err(vm.type_error("expected a cell")),
        },
        _ => Err(vm.type_error("expected a cell")),
    }
}

fn set_cell_contents(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(r) = obj {
        if let Payload::Cell(_) = vm.heap.get(&r).payload {
            vm.heap.get_mut(&r).payload = Payload::Cell(value);
            return Ok(());
        }
    }
    Err(vm.type_error("expected a cell"))
}

fn code_of(vm: &mut Vm, v: Value) -> PyResult<Rc<crate::value::object::CodeData>> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Code(c) => Ok(c.clone()),
            _ => Err(vm.type_error("expected a code object")),
        },
        _ => Err(vm.type_error("expected a code object")),
    }
}

macro_rules! code_str {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let c = code_of(vm, args.get(0))?;
            Ok(vm.new_str(c.code.$field.clone()))
        }
    };
}

macro_rules! code_int {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let c = code_of(vm, args.get(0))?;
            Ok(Value::Int(c.code.$field as i64))
        }
    };
}

macro_rules! code_names {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let c = code_of(vm, args.get(0))?;
            let names: TupleItems = c.code.$field.iter().map(|n| vm.new_str(n.clone())).collect();
            Ok(vm.new_tuple(names))
        }
    };
}

code_str!(code_name, name);
code_str!(code_qualname, qualname);
code_str!(code_filename, filename);
code_int!(code_firstlineno, first_line);
code_int!(code_argcount, arg_count);
code_int!(code_posonlyargcount, posonly_count);
code_int!(code_kwonlyargcount, kwonly_count);
code_names!(code_varnames, varnames);
code_names!(code_names, names);
code_names!(code_freevars, freevars);
code_names!(code_cellvars, cellvars);

fn code_nlocals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = code_of(vm, args.get(0))?;
    Ok(Value::Int(c.code.varnames.len() as i64))
}

// ------------------------------------------------------------ property

fn property_parts(vm: &mut Vm, v: Value) -> PyResult<[Value; 5]> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Property(p) => Ok((**p).clone()),
            _ => Err(vm.type_error("expected a property")),
        },
        _ => Err(vm.type_error("expected a property")),
    }
}

fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.get(0);
    Ok(vm.instance_with_payload(
        cls,
        Payload::Property(Box::new([Value::None, Value::None, Value::None, Value::None, Value::Null])),
    ))
}

fn property_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = args.bind(vm, "property", 1, ["fget", "fset", "fdel", "doc"], 0, 4)?;
    let [fget, fset, fdel, doc] = [fget, fset, fdel, doc].map(|v| if v.is_null() { Value::None } else { v });
    if let Value::Obj(r) = args.get(0) {
        if let Payload::Property(p) = &mut vm.heap.get_mut(&r).payload {
            let name = &p[4];
            **p = [fget, fset, fdel, doc, name.clone()];
        }
    }
    Ok(Value::None)
}

fn property_with(vm: &mut Vm, args: Args<'_>, slot: usize, name: &str) -> PyResult<Value> {
    let [f] = args.exact::<1>(vm, name, 1)?;
    let mut parts = property_parts(vm, args.get(0))?;
    parts[slot] = f;
    let cls = class::class_of(vm, &args.get(0)).value();
    Ok(vm.instance_with_payload(cls, Payload::Property(Box::new(parts))))
}

fn property_set_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p, _owner, name] = args.exact::<3>(vm, "__set_name__", 0)?;
    if let Value::Obj(r) = p {
        if let Payload::Property(parts) = &mut vm.heap.get_mut(&r).payload {
            parts[4] = name;
        }
    }
    Ok(Value::None)
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 2, "deleter")
}

fn property_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "__get__", 1, 1, 2)?;
    let (p, obj) = (args.get(0), args.get(1));
    if obj.is_none() {
        return Ok(p);
    }
    let cls = class::class_of(vm, &obj).value();
    vm.bind_descriptor(p, obj, cls)
}

fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p, obj, value] = args.exact::<3>(vm, "__set__", 0)?;
    let parts = property_parts(vm, p)?;
    if parts[1].is_none() {
        return Err(vm.error(&exc::ATTRIBUTE_ERROR, "can't set attribute"));
    }
    vm.call(&parts[1].clone(), &[obj, value])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [p, obj] = args.exact::<2>(vm, "__delete__", 0)?;
    let parts = property_parts(vm, p)?;
    if parts[2].is_none() {
        return Err(vm.error(&exc::ATTRIBUTE_ERROR, "can't delete attribute"));
    }
    vm.call(&parts[2].clone(), &[obj])?;
    Ok(Value::None)
}

fn property_fget(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_parts(vm, args.get(0)).map(|p| p[0].clone())
}

fn property_fset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_parts(vm, args.get(0)).map(|p| p[1].clone())
}

fn property_fdel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_parts(vm, args.get(0)).map(|p| p[2].clone())
}

fn property_doc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let parts = property_parts(vm, args.get(0))?;
    if !parts[3].is_none() {
        return Ok(parts[3].clone());
    }
    if parts[0].is_none() {
        return Ok(Value::None);
    }
    match vm.getattr_str(&parts[0], "__doc__") {
        Ok(v) => Ok(v),
        Err(_) => Ok(Value::None),
    }
}

fn false_getter(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

// ------------------------------------------------------------ staticmethod / classmethod

fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "staticmethod", 1, 1, 1)?;
    Ok(vm.instance_with_payload(args.get(0), Payload::StaticMethod(args.get(1))))
}

fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "classmethod", 1, 1, 1)?;
    Ok(vm.instance_with_payload(args.get(0), Payload::ClassMethod(args.get(1))))
}

fn wrapper_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn wrapped_func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.get(0) {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Ok(f.clone()),
            _ => Err(vm.type_error("expected a staticmethod or classmethod")),
        },
        _ => Err(vm.type_error("expected a staticmethod or classmethod")),
    }
}

fn staticmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    wrapped_func(vm, args)
}

fn staticmethod_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = wrapped_func(vm, args)?;
    vm.call_kw(&f, &args.pos[1..], args.kw)
}

fn classmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "__get__", 1, 1, 2)?;
    let f = wrapped_func(vm, args)?;
    let owner = match args.get(2) {
        Value::Null | Value::None => class::class_of(vm, &args.get(1)).value(),
        o => o,
    };
    Ok(vm.new_object(&METHOD, Payload::BoundMethod { func: f, receiver: owner }))
}
