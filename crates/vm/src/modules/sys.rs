//! The `sys` module: made with every interpreter (the streams and the
//! module table live in it), each interpreter with its own copy.

use crate::objects::access;
use crate::objects::types::{exceptions as exc, BuiltinType, Native};
use crate::protocols::attr;
use crate::protocols::ops;
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// The Python version isopy implements.
pub const VERSION: (i64, i64, i64) = (3, 11, 0);

static FUNCTIONS: &[Native] = &[
    Native::function("exit", exit),
    Native::function("getrecursionlimit", getrecursionlimit),
    Native::function("setrecursionlimit", setrecursionlimit),
    Native::function("getswitchinterval", getswitchinterval),
    Native::function("setswitchinterval", setswitchinterval),
    Native::function("exc_info", exc_info),
    Native::function("exception", exception),
    Native::function("intern", intern),
    Native::function("getsizeof", getsizeof),
    Native::function("get_int_max_str_digits", get_int_max_str_digits),
    Native::function("set_int_max_str_digits", set_int_max_str_digits),
    Native::function("getdefaultencoding", getdefaultencoding),
    Native::function("getfilesystemencoding", getdefaultencoding),
];

static VERSION_INFO_METHODS: &[Native] = &[
    Native::getter("major", version_major),
    Native::getter("minor", version_minor),
    Native::getter("micro", version_micro),
    Native::getter("releaselevel", version_releaselevel),
    Native::getter("serial", version_serial),
    Native::method("__repr__", version_repr),
];

/// `sys.version_info`'s type: a tuple with named fields.
pub static VERSION_INFO: BuiltinType = BuiltinType {
    methods: VERSION_INFO_METHODS,
    module: "sys",
    slots: crate::value::builtin::Slots { repr: Some(version_info_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("version_info", &crate::objects::types::TUPLE)
};

/// Makes `vm`'s `sys` module and registers `sys` and `builtins` in `sys.modules`.
pub fn install(vm: &mut Vm) {
    let module = attr::new_module(vm, "sys");
    let d = attr::module_dict(vm, &module).expect("a module");
    vm.sys = module.as_obj().expect("a module").clone();
    for f in FUNCTIONS {
        access::dict_set_str(vm, &d, f.name, Value::Native(f));
    }
    let modules = vm.modules.clone();
    access::dict_set_str(vm, &d, "modules", Value::Obj(modules.clone()));
    access::dict_set_str(vm, &modules, "sys", module);
    let builtins = Value::Obj(vm.builtins_module.clone());
    access::dict_set_str(vm, &modules, "builtins", builtins);

    let argv: Vec<Value> = vm.config.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    access::dict_set_str(vm, &d, "argv", argv);
    let mut path = Vec::new();
    if let Some(dir) = vm.config.script_dir.clone() {
        path.push(vm.new_str(dir.to_string_lossy().into_owned()));
    }
    let path = vm.new_list(path);
    access::dict_set_str(vm, &d, "path", path);

    for (name, stream) in [
        ("stdin", crate::objects::stdio::Stream::Stdin),
        ("stdout", crate::objects::stdio::Stream::Stdout),
        ("stderr", crate::objects::stdio::Stream::Stderr),
    ] {
        let s = crate::objects::stdio::new_stream(vm, stream);
        access::dict_set_str(vm, &d, name, s.clone());
        access::dict_set_str(vm, &d, &format!("__{name}__"), s);
    }
    let (major, minor, micro) = VERSION;
    let version = vm.new_str(format!("{major}.{minor}.{micro} (isopy {})", env!("CARGO_PKG_VERSION")));
    access::dict_set_str(vm, &d, "version", version);
    let final_ = vm.new_str("final");
    let info = vm.new_object(
        &VERSION_INFO,
        Payload::Tuple(vec![Value::Int(major), Value::Int(minor), Value::Int(micro), final_, Value::Int(0)].into()),
    );
    access::dict_set_str(vm, &d, "version_info", info);
    let hexversion = Value::Int((major << 24) | (minor << 16) | (micro << 8) | 0xf0);
    access::dict_set_str(vm, &d, "hexversion", hexversion);
    access::dict_set_str(vm, &d, "maxsize", Value::Int(i64::MAX));
    access::dict_set_str(vm, &d, "maxunicode", Value::Int(0x10ffff));
    let platform = vm.new_str(std::env::consts::OS);
    access::dict_set_str(vm, &d, "platform", platform);
    let byteorder = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    access::dict_set_str(vm, &d, "byteorder", byteorder);
    let executable = vm.new_str(vm.config.executable.clone());
    access::dict_set_str(vm, &d, "executable", executable);
    let implementation = vm.new_str("isopy");
    access::dict_set_str(vm, &d, "implementation_name", implementation);
    let names: Vec<Value> = super::native_names().map(|n| vm.new_str(n)).collect();
    let names = vm.new_tuple(names);
    access::dict_set_str(vm, &d, "builtin_module_names", names);
    let flags = vm.new_tuple(Vec::new());
    access::dict_set_str(vm, &d, "flags", flags);
    access::dict_set_str(vm, &d, "dont_write_bytecode", Value::Bool(true));
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "exit", 0, 0, 1)?;
    let code = args.pos.to_vec();
    Err(crate::value::state::PyErr(vm.new_exception(ClassRef::Builtin(&exc::SYSTEM_EXIT), code)))
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "getrecursionlimit", 0, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// The largest recursion limit accepted: deep enough for any real program,
/// and bounded so the frame stack's memory stays sane.
const MAX_RECURSION_LIMIT: i64 = 10_000_000;

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [n] = args.exact::<1>(vm, "setrecursionlimit", 0)?;
    if let Value::Float(_) = n {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::index_i64(vm, n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.ts.frames.len() as i64;
    if n <= depth {
        return Err(vm.error(
            &exc::RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = n.min(MAX_RECURSION_LIMIT) as usize;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "getswitchinterval", 0, 0, 0)?;
    Ok(Value::Float(vm.switch_interval()))
}

fn setswitchinterval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "setswitchinterval", 0)?;
    let f = crate::objects::types::float::as_f64(vm, v, "setswitchinterval")?;
    if f <= 0.0 || f.is_nan() {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.set_switch_interval(f);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "exc_info", 0, 0, 0)?;
    let e = vm.ts.handled.clone();
    if e.is_none() {
        return Ok(vm.new_tuple([Value::None, Value::None, Value::None]));
    }
    let class = crate::objects::class::class_of(vm, &e).value();
    let tb = crate::objects::types::exceptions::traceback_of(vm, e.clone());
    Ok(vm.new_tuple([class, e.clone(), tb]))
}

fn exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "exception", 0, 0, 0)?;
    Ok(vm.ts.handled.clone())
}

fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [s] = args.exact::<1>(vm, "intern", 0)?;
    match access::str_text(vm, &s).cloned() {
        Some(t) => Ok(vm.intern(&t)),
        None => {
            let t = crate::objects::class::type_name(vm, &s);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

fn getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "getsizeof", 0, 1, 2)?;
    let v = &args.pos[0];
    let size = match v {
        Value::Obj(r) => {
            let base = std::mem::size_of::<crate::value::object::Object>();
            base + match &vm.heap.get(r).payload {
                Payload::Str(s) => s.text.len(),
                Payload::Bytes(b) => b.len(),
                Payload::List(l) => l.capacity() * 16,
                Payload::Tuple(t) => t.len() * 16,
                Payload::Dict(d) => d.len() * 40,
                _ => 0,
            }
        }
        _ => 24,
    };
    Ok(Value::Int(size as i64))
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "get_int_max_str_digits", 0, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// CPython's smallest accepted limit (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
const MIN_INT_MAX_STR_DIGITS: i64 = 640;

fn set_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [n] = args.bind(vm, "set_int_max_str_digits", 0, ["maxdigits"], 1, 1)?;
    let n = ops::index_i64(vm, n)?;
    if n != 0 && n < MIN_INT_MAX_STR_DIGITS {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {MIN_INT_MAX_STR_DIGITS}")));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn getdefaultencoding(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn version_field(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<Value> {
    Ok(access::seq_items(vm, &args.get(0)).and_then(|s| s.get(i).cloned()).unwrap_or(Value::None))
}

fn version_major(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    version_field(vm, &args, 0)
}

fn version_minor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    version_field(vm, &args, 1)
}

fn version_micro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    version_field(vm, &args, 2)
}

fn version_releaselevel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    version_field(vm, &args, 3)
}

fn version_serial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    version_field(vm, &args, 4)
}

fn version_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = version_info_repr(vm, &args.get(0))?;
    Ok(vm.new_str(s))
}

/// The repr slot of `sys.version_info`: its fields by name, as CPython's
/// struct sequences show them (`repr()` and `print()` alike).
fn version_info_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let items = access::seq_items(vm, v).unwrap_or_default().to_vec();
    let mut parts = Vec::new();
    for (name, v) in ["major", "minor", "micro", "releaselevel", "serial"].iter().zip(items) {
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(format!("sys.version_info({})", parts.join(", ")))
}
