//! The `builtins` module: its functions (one file per family), the
//! built-in types and exceptions, and the constants. `install` fills an
//! interpreter's builtins namespace from these static tables.

mod core;
pub mod introspect;
mod iterate;
mod numeric;

use crate::objects::access;
use crate::objects::types::{self, exceptions as exc, BuiltinType, Native};
use crate::protocols::attr;
use crate::protocols::dictops;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

pub use crate::objects::types::iterators::{ENUMERATE, FILTER, MAP, REVERSED, ZIP};

/// `__build_class__(func, name, *bases, **kwds)`: runs a class body and makes the class.
pub static BUILD_CLASS: Native = Native::function("__build_class__", build_class);

static FUNCTIONS: &[Native] = &[
    Native::function("print", core::print),
    Native::function("input", core::input),
    Native::function("len", core::len),
    Native::function("repr", core::repr),
    Native::function("ascii", core::ascii),
    Native::function("format", core::format),
    Native::function("exec", core::exec),
    Native::function("eval", core::eval),
    Native::function("compile", core::compile),
    Native::function("exit", core::exit),
    Native::function("quit", core::exit),
    Native::function("__import__", core::import),
    Native::function("iter", iterate::iter),
    Native::function("next", iterate::next),
    Native::function("sorted", iterate::sorted),
    Native::function("sum", iterate::sum),
    Native::function("min", iterate::min),
    Native::function("max", iterate::max),
    Native::function("all", iterate::all),
    Native::function("any", iterate::any),
    Native::function("abs", numeric::abs),
    Native::function("round", numeric::round),
    Native::function("divmod", numeric::divmod),
    Native::function("pow", numeric::pow),
    Native::function("bin", numeric::bin),
    Native::function("oct", numeric::oct),
    Native::function("hex", numeric::hex),
    Native::function("chr", numeric::chr),
    Native::function("ord", numeric::ord),
    Native::function("hash", numeric::hash),
    Native::function("id", numeric::id),
    Native::function("isinstance", introspect::isinstance),
    Native::function("issubclass", introspect::issubclass),
    Native::function("getattr", introspect::getattr),
    Native::function("setattr", introspect::setattr),
    Native::function("hasattr", introspect::hasattr),
    Native::function("delattr", introspect::delattr),
    Native::function("callable", introspect::callable),
    Native::function("vars", introspect::vars),
    Native::function("dir", introspect::dir),
    Native::function("globals", introspect::globals),
    Native::function("locals", introspect::locals),
    Native::function("help", introspect::help),
    Native::function("breakpoint", introspect::breakpoint),
];

/// The built-in types, by their builtins names.
static TYPES: &[&BuiltinType] = &[
    &types::OBJECT,
    &types::TYPE,
    &types::INT,
    &types::BOOL,
    &types::FLOAT,
    &types::STR,
    &types::BYTES,
    &types::BYTEARRAY,
    &types::LIST,
    &types::TUPLE,
    &types::DICT,
    &types::SET,
    &types::FROZENSET,
    &types::RANGE,
    &types::SLICE,
    &types::PROPERTY,
    &types::STATICMETHOD,
    &types::CLASSMETHOD,
    &types::SUPER,
    &ENUMERATE,
    &ZIP,
    &MAP,
    &FILTER,
    &REVERSED,
];

/// Fills `vm`'s builtins namespace and makes its `builtins` module.
pub fn install(vm: &mut Vm) {
    let module = attr::new_module(vm, "builtins");
    let ns = attr::module_dict(vm, &module).expect("a module has a namespace");
    // The module's namespace is the builtins dict itself.
    let builtins = vm.builtins.clone();
    for (k, v) in access::dict_items(vm, &ns) {
        let _ = dictops::dict_set(vm, &builtins, k, v);
    }
    if let Value::Obj(m) = module {
        vm.heap.get_mut(&m).dict = Some(builtins.clone());
        vm.builtins_module = m;
    }
    for f in FUNCTIONS {
        access::dict_set_str(vm, &builtins, f.name, Value::Native(f));
    }
    access::dict_set_str(vm, &builtins, "__build_class__", Value::Native(&BUILD_CLASS));
    for t in TYPES {
        access::dict_set_str(vm, &builtins, t.name, Value::Type(t));
    }
    for t in exc::ALL {
        access::dict_set_str(vm, &builtins, t.name, Value::Type(t));
    }
    access::dict_set_str(vm, &builtins, "EnvironmentError", Value::Type(&exc::OS_ERROR));
    access::dict_set_str(vm, &builtins, "IOError", Value::Type(&exc::OS_ERROR));
    access::dict_set_str(vm, &builtins, "None", Value::None);
    access::dict_set_str(vm, &builtins, "True", Value::Bool(true));
    access::dict_set_str(vm, &builtins, "False", Value::Bool(false));
    access::dict_set_str(vm, &builtins, "Ellipsis", Value::Ellipsis);
    access::dict_set_str(vm, &builtins, "NotImplemented", Value::NotImplemented);
    access::dict_set_str(vm, &builtins, "__debug__", Value::Bool(true));
}

fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args.pos[0].clone(), args.pos[1].clone());
    let bases = &args.pos[2..];
    let Some(name_text) = crate::objects::access::str_text(vm, &name).cloned() else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let Value::Obj(f) = func else { return Err(vm.type_error("__build_class__: func must be a function")) };
    let crate::value::object::Payload::Function(function) = &vm.heap.get(&f).payload else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let code = function.code.clone();
    let globals = function.globals.clone();
    let closure: Vec<crate::value::object::ObjRef> = match &function.closure {
        Value::Obj(t) => crate::objects::access::seq_items(vm, &Value::Obj(t.clone()))
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.as_obj().cloned())
            .collect(),
        _ => Vec::new(),
    };
    let ns = vm.new_dict_ref();
    vm.run_code(code, globals, Some(ns.clone()), &closure)?;
    // The class gets its own copy of the body's namespace, as CPython's
    // `type_new` makes: the body's `locals()` may outlive it, and a class
    // namespace changes only through the class (which keeps its version
    // tag, and so its attribute caches, true).
    let copy = vm.new_dict_ref();
    for (k, v) in crate::objects::access::dict_items(vm, &ns) {
        crate::protocols::dictops::dict_set(vm, &copy, k, v)?;
    }
    crate::objects::class::new_class(vm, &name_text, bases, &copy, args.kw)
}
