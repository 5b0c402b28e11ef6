//! CPython's exception hierarchy as static types, with the attributes and
//! `str()` forms of the exceptions that have them (`KeyError`,
//! `StopIteration.value`, `SystemExit.code`, `OSError`'s errno fields,
//! `SyntaxError`'s location).

use crate::objects::access;
use crate::objects::class::{self, type_name};
use crate::objects::protocol::Protocols;
use crate::objects::types::{BuiltinType, Native, OBJECT};
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{Args, PyErr, PyResult, Vm};
use crate::value::Value;

static BASE_EXCEPTION_METHODS: &[Native] = &[
    Native::staticmethod("__new__", exception_new),
    Native::method("__init__", exception_init),
    Native::method("__str__", exception_str),
    Native::method("with_traceback", with_traceback),
    Native::method("add_note", add_note),
    Native::getset("args", get_args, set_args),
    Native::getset("__traceback__", get_traceback, set_traceback),
    Native::getset("__cause__", get_cause, set_cause),
    Native::getset("__context__", get_context, set_context),
    Native::getset("__suppress_context__", get_suppress, set_suppress),
];

/// The repr slot of every exception type: `Name(arg, ...)`, by the class's
/// own name (a user subclass's too).
fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Exception(e) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let args = e.args.clone();
    let name = class::class_name(vm, &vm.heap.get(r).class);
    let items = access::seq_items(vm, &args).map(|s| s.to_vec()).unwrap_or_default();
    if items.len() == 1 {
        let inner = vm.repr(&items[0])?;
        Ok(format!("{name}({inner})"))
    } else {
        let inner = vm.items_repr(&items, "(", ")", false, r.clone())?;
        Ok(format!("{name}{inner}"))
    }
}

macro_rules! exception_types {
    ($($static:ident, $name:literal, $base:expr, $methods:expr;)*) => {
        $(
            #[doc = concat!("The exception type `", $name, "`.")]
            pub static $static: BuiltinType = BuiltinType {
                name: $name,
                module: "builtins",
                base: Some($base),
                methods: $methods,
                new: Some(exception_new),
                subclassable: true,
                exception: true,
                doc: "",
                slots: crate::value::builtin::Slots { repr: Some(exception_repr), ..crate::value::builtin::Slots::NONE },
            };
        )*

        /// Every built-in exception type, for the `builtins` module.
        pub static ALL: &[&BuiltinType] = &[$(&$static),*];
    };
}

exception_types! {
    BASE_EXCEPTION, "BaseException", &OBJECT, BASE_EXCEPTION_METHODS;
    SYSTEM_EXIT, "SystemExit", &BASE_EXCEPTION, &[Native::getter("code", system_exit_code)];
    KEYBOARD_INTERRUPT, "KeyboardInterrupt", &BASE_EXCEPTION, &[];
    GENERATOR_EXIT, "GeneratorExit", &BASE_EXCEPTION, &[];
    EXCEPTION, "Exception", &BASE_EXCEPTION, &[];
    STOP_ITERATION, "StopIteration", &EXCEPTION, &[Native::getter("value", stop_iteration_value_getter)];
    STOP_ASYNC_ITERATION, "StopAsyncIteration", &EXCEPTION, &[];
    ARITHMETIC_ERROR, "ArithmeticError", &EXCEPTION, &[];
    FLOATING_POINT_ERROR, "FloatingPointError", &ARITHMETIC_ERROR, &[];
    OVERFLOW_ERROR, "OverflowError", &ARITHMETIC_ERROR, &[];
    ZERO_DIVISION_ERROR, "ZeroDivisionError", &ARITHMETIC_ERROR, &[];
    ASSERTION_ERROR, "AssertionError", &EXCEPTION, &[];
    ATTRIBUTE_ERROR, "AttributeError", &EXCEPTION, &[Native::method("__init__", attribute_error_init), Native::getset("name", field_name, set_field_name), Native::getset("obj", field_obj, set_field_obj)];
    BUFFER_ERROR, "BufferError", &EXCEPTION, &[];
    EOF_ERROR, "EOFError", &EXCEPTION, &[];
    IMPORT_ERROR, "ImportError", &EXCEPTION, &[Native::method("__init__", import_error_init), Native::getter("msg", import_error_msg), Native::getset("name", field_name, set_field_name), Native::getset("path", field_path, set_field_path)];
    MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", &IMPORT_ERROR, &[];
    LOOKUP_ERROR, "LookupError", &EXCEPTION, &[];
    INDEX_ERROR, "IndexError", &LOOKUP_ERROR, &[];
    KEY_ERROR, "KeyError", &LOOKUP_ERROR, &[Native::method("__str__", key_error_str)];
    MEMORY_ERROR, "MemoryError", &EXCEPTION, &[];
    NAME_ERROR, "NameError", &EXCEPTION, &[Native::method("__init__", name_error_init), Native::getset("name", field_name, set_field_name)];
    UNBOUND_LOCAL_ERROR, "UnboundLocalError", &NAME_ERROR, &[];
    OS_ERROR, "OSError", &EXCEPTION, &[Native::staticmethod("__new__", os_error_new), Native::method("__init__", os_error_init), Native::method("__str__", os_error_str)];
    BLOCKING_IO_ERROR, "BlockingIOError", &OS_ERROR, &[];
    CHILD_PROCESS_ERROR, "ChildProcessError", &OS_ERROR, &[];
    CONNECTION_ERROR, "ConnectionError", &OS_ERROR, &[];
    BROKEN_PIPE_ERROR, "BrokenPipeError", &CONNECTION_ERROR, &[];
    CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", &CONNECTION_ERROR, &[];
    CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", &CONNECTION_ERROR, &[];
    CONNECTION_RESET_ERROR, "ConnectionResetError", &CONNECTION_ERROR, &[];
    FILE_EXISTS_ERROR, "FileExistsError", &OS_ERROR, &[];
    FILE_NOT_FOUND_ERROR, "FileNotFoundError", &OS_ERROR, &[];
    INTERRUPTED_ERROR, "InterruptedError", &OS_ERROR, &[];
    IS_A_DIRECTORY_ERROR, "IsADirectoryError", &OS_ERROR, &[];
    NOT_A_DIRECTORY_ERROR, "NotADirectoryError", &OS_ERROR, &[];
    PERMISSION_ERROR, "PermissionError", &OS_ERROR, &[];
    PROCESS_LOOKUP_ERROR, "ProcessLookupError", &OS_ERROR, &[];
    TIMEOUT_ERROR, "TimeoutError", &OS_ERROR, &[];
    REFERENCE_ERROR, "ReferenceError", &EXCEPTION, &[];
    RUNTIME_ERROR, "RuntimeError", &EXCEPTION, &[];
    NOT_IMPLEMENTED_ERROR, "NotImplementedError", &RUNTIME_ERROR, &[];
    RECURSION_ERROR, "RecursionError", &RUNTIME_ERROR, &[];
    SYNTAX_ERROR, "SyntaxError", &EXCEPTION, &[Native::method("__init__", syntax_error_init), Native::method("__str__", syntax_error_str)];
    INDENTATION_ERROR, "IndentationError", &SYNTAX_ERROR, &[];
    TAB_ERROR, "TabError", &INDENTATION_ERROR, &[];
    SYSTEM_ERROR, "SystemError", &EXCEPTION, &[];
    TYPE_ERROR, "TypeError", &EXCEPTION, &[];
    VALUE_ERROR, "ValueError", &EXCEPTION, &[];
    UNICODE_ERROR, "UnicodeError", &VALUE_ERROR, &[];
    UNICODE_DECODE_ERROR, "UnicodeDecodeError", &UNICODE_ERROR, &[Native::method("__init__", unicode_error_init), Native::method("__str__", unicode_decode_error_str)];
    UNICODE_ENCODE_ERROR, "UnicodeEncodeError", &UNICODE_ERROR, &[Native::method("__init__", unicode_error_init), Native::method("__str__", unicode_encode_error_str)];
    UNICODE_TRANSLATE_ERROR, "UnicodeTranslateError", &UNICODE_ERROR, &[];
    WARNING, "Warning", &EXCEPTION, &[];
    BYTES_WARNING, "BytesWarning", &WARNING, &[];
    DEPRECATION_WARNING, "DeprecationWarning", &WARNING, &[];
    ENCODING_WARNING, "EncodingWarning", &WARNING, &[];
    FUTURE_WARNING, "FutureWarning", &WARNING, &[];
    IMPORT_WARNING, "ImportWarning", &WARNING, &[];
    PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", &WARNING, &[];
    RESOURCE_WARNING, "ResourceWarning", &WARNING, &[];
    RUNTIME_WARNING, "RuntimeWarning", &WARNING, &[];
    SYNTAX_WARNING, "SyntaxWarning", &WARNING, &[];
    UNICODE_WARNING, "UnicodeWarning", &WARNING, &[];
    USER_WARNING, "UserWarning", &WARNING, &[];
}

/// The exception data of `v`, if it is an exception instance.
fn data<'a>(vm: &'a Vm, v: &'a Value) -> Option<&'a crate::value::object::ExceptionData> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        },
        _ => None,
    }
}

fn data_mut<'a>(vm: &'a mut Vm, v: &'a Value) -> Option<&'a mut crate::value::object::ExceptionData> {
    match v {
        Value::Obj(r) => match &mut vm.heap.get_mut(r).payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        },
        _ => None,
    }
}

fn check(vm: &mut Vm, v: Value) -> PyResult<()> {
    if data(vm, &v).is_some() {
        return Ok(());
    }
    let t = type_name(vm, &v);
    Err(vm.type_error(format!("descriptor requires a 'BaseException' object but received a '{t}'")))
}

/// The `args` tuple of an exception instance.
pub fn exception_args(vm: &Vm, v: Value) -> Vec<Value> {
    match data(vm, &v) {
        Some(e) => access::seq_items(vm, &e.args).unwrap_or_default().to_vec(),
        None => Vec::new(),
    }
}

fn exception_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.get(0);
    let Some(class) = class::as_class(vm, &cls) else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    if !class::derives_from_builtin(vm, &class, &BASE_EXCEPTION) {
        let n = class::class_name(vm, &class);
        return Err(vm.type_error(format!("BaseException.__new__({n}): {n} is not a subtype of BaseException")));
    }
    let e = vm.new_instance(class);
    let t = vm.new_tuple(&args.pos[1..]);
    if let Some(d) = data_mut(vm, &e) {
        d.args = t;
    }
    Ok(e)
}

fn exception_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone())?;
    if !args.kw.is_empty() {
        let n = type_name(vm, &this);
        return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
    }
    let t = vm.new_tuple(&args.pos[1..]);
    if let Some(d) = data_mut(vm, &this) {
        d.args = t;
    }
    Ok(Value::None)
}

/// `str(e)` for a built-in exception: its one argument's str, or the args tuple.
fn exception_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    check(vm, this.clone())?;
    let items = exception_args(vm, this.clone());
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str_value(&items[0].clone()),
        _ => {
            let t = data(vm, &this).map(|d| d.args.clone()).unwrap_or(Value::None);
            let s = vm.repr(&t)?;
            Ok(vm.new_str(s))
        }
    }
}

fn key_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let items = exception_args(vm, this);
    if items.len() == 1 {
        let s = vm.repr(&items[0].clone())?;
        return Ok(vm.new_str(s));
    }
    exception_str(vm, args)
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [tb] = args.exact::<1>(vm, "with_traceback", 1)?;
    set_traceback(vm, args.get(0), tb)?;
    Ok(args.get(0))
}

fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [note] = args.exact::<1>(vm, "add_note", 1)?;
    if access::str_text(vm, &note).is_none() {
        let t = type_name(vm, &note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let Some(d) = vm.ensure_dict(&args.get(0)) else { return Ok(Value::None) };
    let notes = match crate::objects::access::dict_get_str(vm, &d, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            crate::objects::access::dict_set_str(vm, &d, "__notes__", l.clone());
            l
        }
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::None)
}

fn get_args(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check(vm, args.get(0))?;
    Ok(data(vm, &args.get(0)).map(|d| d.args.clone()).unwrap_or(Value::None))
}

fn set_args(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    check(vm, obj.clone())?;
    let items = vm.collect(value)?;
    let t = vm.new_tuple(items);
    if let Some(d) = data_mut(vm, &obj) {
        d.args = t;
    }
    Ok(())
}

/// `e.__traceback__`: a traceback object over the entries, or `None`.
pub fn traceback_of(vm: &mut Vm, e: Value) -> Value {
    let Some(d) = data(vm, &e) else { return Value::None };
    if d.traceback.is_empty() {
        return Value::None;
    }
    let entries: std::sync::Arc<[crate::value::object::TraceEntry]> = d.traceback.clone().into();
    vm.new_object(&crate::objects::types::TRACEBACK, Payload::Traceback { entries, index: 0 })
}

fn get_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check(vm, args.get(0))?;
    Ok(traceback_of(vm, args.get(0)))
}

fn set_traceback(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    check(vm, obj.clone())?;
    let entries = match value {
        Value::None => Vec::new(),
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Traceback { entries, index } => entries[..entries.len() - index].to_vec(),
            _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        },
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    if let Some(d) = data_mut(vm, &obj) {
        d.traceback = entries;
    }
    Ok(())
}

fn exception_or_none(vm: &mut Vm, value: Value, what: &str) -> PyResult<Value> {
    if value.is_none() || data(vm, &value).is_some() {
        return Ok(value);
    }
    Err(vm.type_error(format!("exception {what} must be None or derive from BaseException")))
}

fn get_cause(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check(vm, args.get(0))?;
    Ok(data(vm, &args.get(0)).map(|d| d.cause.clone()).unwrap_or(Value::None))
}

fn set_cause(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    check(vm, obj.clone())?;
    let value = exception_or_none(vm, value, "cause")?;
    if let Some(d) = data_mut(vm, &obj) {
        d.cause = value;
        d.suppress_context = true;
    }
    Ok(())
}

fn get_context(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check(vm, args.get(0))?;
    Ok(data(vm, &args.get(0)).map(|d| d.context.clone()).unwrap_or(Value::None))
}

fn set_context(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    check(vm, obj.clone())?;
    let value = exception_or_none(vm, value, "context")?;
    if let Some(d) = data_mut(vm, &obj) {
        d.context = value;
    }
    Ok(())
}

fn get_suppress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check(vm, args.get(0))?;
    Ok(Value::Bool(data(vm, &args.get(0)).is_some_and(|d| d.suppress_context)))
}

fn set_suppress(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    check(vm, obj.clone())?;
    let b = vm.truthy(&value)?;
    if let Some(d) = data_mut(vm, &obj) {
        d.suppress_context = b;
    }
    Ok(())
}

/// The value a `StopIteration` carries (`None` without arguments).
pub fn stop_iteration_value(vm: &Vm, err: PyErr) -> Value {
    exception_args(vm, err.value()).first().cloned().unwrap_or(Value::None)
}

fn stop_iteration_value_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(exception_args(vm, args.get(0)).first().cloned().unwrap_or(Value::None))
}

fn system_exit_code(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = exception_args(vm, args.get(0));
    Ok(match items.len() {
        0 => Value::None,
        1 => items[0].clone(),
        _ => data(vm, &args.get(0)).map(|d| d.args.clone()).unwrap_or(Value::None),
    })
}

/// What `SystemExit` asks the process to exit with: the status, and text
/// to print on stderr first (for a non-int code).
pub fn system_exit_status(vm: &mut Vm, err: PyErr) -> (i32, Option<String>) {
    let items = exception_args(vm, err.value());
    let code = match items.len() {
        0 => Value::None,
        1 => items[0].clone(),
        _ => data(vm, &err.value()).map(|d| d.args.clone()).unwrap_or(Value::None),
    };
    match code {
        Value::None => (0, None),
        Value::Int(i) => (i as i32, None),
        Value::Bool(b) => (b as i32, None),
        other => {
            let text = vm.to_str(other).map(|s| s.to_string()).unwrap_or_default();
            (1, Some(text))
        }
    }
}

fn set_attr(vm: &mut Vm, err: PyErr, name: &str, value: Value) {
    if let Some(d) = vm.ensure_dict(&err.value()) {
        crate::objects::access::dict_set_str(vm, &d, name, value);
    }
}

/// Records `name` and `obj` on an AttributeError (as CPython 3.10+ does),
/// for the "Did you mean" suggestion.
pub fn set_attribute_error_context(vm: &mut Vm, err: PyErr, obj: Value, name: Value) {
    set_attr(vm, err.clone(), "name", name);
    set_attr(vm, err, "obj", obj);
}

/// Records `name` on a NameError, for the "Did you mean" suggestion.
pub fn set_name_error_context(vm: &mut Vm, err: PyErr, name: Value) {
    set_attr(vm, err, "name", name);
}

// ------------------------------------------------------------ OSError

/// The OSError subclass CPython picks for an errno.
fn os_error_subclass(errno: i64) -> Option<&'static BuiltinType> {
    Some(match errno {
        2 => &FILE_NOT_FOUND_ERROR,
        17 => &FILE_EXISTS_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        110 => &TIMEOUT_ERROR,
        4 => &INTERRUPTED_ERROR,
        32 => &BROKEN_PIPE_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        _ => return None,
    })
}

fn os_error_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut cls = args.get(0);
    if matches!(cls, Value::Type(t) if std::ptr::eq(t, &OS_ERROR)) && args.pos.len() >= 3 {
        if let Value::Int(errno) = args.pos[1] {
            if let Some(sub) = os_error_subclass(errno) {
                cls = Value::Type(sub);
            }
        }
    }
    let mut all = vec![cls];
    all.extend_from_slice(&args.pos[1..]);
    exception_new(vm, Args { pos: &all, kw: &[] })
}

fn os_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exception_init(vm, Args { pos: args.pos, kw: &[] })?;
    let this = args.get(0);
    let items = &args.pos[1..];
    let Some(d) = vm.ensure_dict(&this) else { return Ok(Value::None) };
    let (errno, strerror, filename) = if (2..=5).contains(&items.len()) {
        (items[0].clone(), items[1].clone(), items.get(2).cloned().unwrap_or(Value::None))
    } else {
        (Value::None, Value::None, Value::None)
    };
    crate::objects::access::dict_set_str(vm, &d, "errno", errno);
    crate::objects::access::dict_set_str(vm, &d, "strerror", strerror);
    crate::objects::access::dict_set_str(vm, &d, "filename", filename);
    if items.len() >= 3 {
        // CPython keeps only (errno, strerror) in args when a filename is given.
        let t = vm.new_tuple([items[0].clone(), items[1].clone()]);
        if let Some(e) = data_mut(vm, &this) {
            e.args = t;
        }
    }
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let d = this.as_obj().and_then(|r| vm.heap.get(r).dict.clone());
    if let Some(d) = d {
        let errno = crate::objects::access::dict_get_str(vm, &d, "errno").unwrap_or(Value::None);
        let strerror = crate::objects::access::dict_get_str(vm, &d, "strerror").unwrap_or(Value::None);
        let filename = crate::objects::access::dict_get_str(vm, &d, "filename").unwrap_or(Value::None);
        if !errno.is_none() && !strerror.is_none() {
            let e = vm.to_str(errno)?;
            let s = vm.to_str(strerror)?;
            if !filename.is_none() {
                let f = vm.repr(&filename)?;
                return Ok(vm.new_str(format!("[Errno {e}] {s}: {f}")));
            }
            return Ok(vm.new_str(format!("[Errno {e}] {s}")));
        }
    }
    exception_str(vm, args)
}

/// An `OSError` (of the subclass its errno selects) for an I/O failure on `filename`.
pub fn os_error_from_io(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    }) as i64;
    let strerror = crate::objects::stdio::strerror(e);
    let class = os_error_subclass(errno).unwrap_or(&OS_ERROR);
    let mut args = vec![Value::Int(errno), vm.new_str(strerror)];
    if let Some(f) = filename {
        args.push(vm.new_str(f));
    }
    let r = vm.new_exception(ClassRef::Builtin(class), args.clone());
    let mut all = vec![Value::Obj(r.clone())];
    all.extend(args);
    let _ = os_error_init(vm, Args::new(&all));
    PyErr(r)
}

// ------------------------------------------------------------ ImportError / SyntaxError

fn import_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    keyword_fields_init(vm, args, "ImportError", &["name", "path"])
}

fn attribute_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    keyword_fields_init(vm, args, "AttributeError", &["name", "obj"])
}

fn name_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    keyword_fields_init(vm, args, "NameError", &["name"])
}

/// `__init__` of the exceptions whose extra attributes are keyword-only
/// arguments (`ImportError(msg, name=..., path=...)`): positional ones
/// become `args`, every field defaults to `None`.
fn keyword_fields_init(vm: &mut Vm, args: Args<'_>, owner: &str, fields: &[&str]) -> PyResult<Value> {
    exception_init(vm, Args { pos: args.pos, kw: &[] })?;
    let this = args.get(0);
    let mut values = vec![Value::None; fields.len()];
    for (k, v) in args.kw {
        let key = access::str_text(vm, k).map(|s| s.to_string()).unwrap_or_default();
        match fields.iter().position(|f| *f == key) {
            Some(i) => values[i] = v.clone(),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {owner}()"))),
        }
    }
    let Some(d) = vm.ensure_dict(&this) else { return Ok(Value::None) };
    for (field, value) in fields.iter().zip(values) {
        crate::objects::access::dict_set_str(vm, &d, field, value);
    }
    Ok(Value::None)
}

fn import_error_msg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(exception_args(vm, args.get(0)).first().cloned().unwrap_or(Value::None))
}

/// A `ModuleNotFoundError` / `ImportError` with its `name` attribute set.
pub fn import_error(vm: &mut Vm, class: &'static BuiltinType, message: String, name: &str) -> PyErr {
    let err = vm.error(class, message);
    let n = vm.new_str(name);
    set_attr(vm, err.clone(), "name", n);
    set_attr(vm, err.clone(), "path", Value::None);
    err
}

fn syntax_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exception_init(vm, Args { pos: args.pos, kw: &[] })?;
    let this = args.get(0);
    let items = &args.pos[1..];
    let Some(d) = vm.ensure_dict(&this) else { return Ok(Value::None) };
    let msg = items.first().cloned().unwrap_or(Value::None);
    crate::objects::access::dict_set_str(vm, &d, "msg", msg);
    let details = items.get(1).and_then(|t| access::seq_items(vm, t).map(|s| s.to_vec())).unwrap_or_default();
    for (i, name) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().enumerate() {
        let v = details.get(i).cloned().unwrap_or(Value::None);
        crate::objects::access::dict_set_str(vm, &d, name, v);
    }
    crate::objects::access::dict_set_str(vm, &d, "print_file_and_line", Value::None);
    Ok(Value::None)
}

fn syntax_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let d = this.as_obj().and_then(|r| vm.heap.get(r).dict.clone());
    let Some(d) = d else { return exception_str(vm, args) };
    let msg = crate::objects::access::dict_get_str(vm, &d, "msg").unwrap_or(Value::None);
    let filename = crate::objects::access::dict_get_str(vm, &d, "filename").unwrap_or(Value::None);
    let lineno = crate::objects::access::dict_get_str(vm, &d, "lineno").unwrap_or(Value::None);
    let m = vm.to_str(msg)?;
    let file = access::str_text(vm, &filename).map(|f| {
        std::path::Path::new(&**f)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| f.to_string())
    });
    let text = match (file, lineno) {
        (Some(f), Value::Int(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), _) => format!("{m} ({f})"),
        (None, Value::Int(l)) => format!("{m} (line {l})"),
        _ => m.to_string(),
    };
    Ok(vm.new_str(text))
}

/// A `SyntaxError` (or subclass) value for a compile error, with CPython's attributes.
pub fn syntax_error_value(vm: &mut Vm, e: &isopy_syntax::SyntaxError, source: &str, filename: &str) -> PyErr {
    let located = e.locate(source, filename, isopy_syntax::SourceOrigin::File);
    let class: &'static BuiltinType = match e.kind {
        isopy_syntax::ErrorKind::Indentation => &INDENTATION_ERROR,
        isopy_syntax::ErrorKind::Tab => &TAB_ERROR,
        isopy_syntax::ErrorKind::Recursion => return vm.error(&RECURSION_ERROR, e.message.clone()),
        isopy_syntax::ErrorKind::Syntax => &SYNTAX_ERROR,
    };
    let msg = vm.new_str(e.message.clone());
    let file = vm.new_str(filename);
    let text = match &located.text {
        Some(t) => vm.new_str(format!("{t}\n")),
        None => Value::None,
    };
    let details = vm.new_tuple([
        file,
        Value::Int(located.line as i64),
        Value::Int(located.offset as i64),
        text,
        Value::Int(located.end_line as i64),
        Value::Int(located.end_offset as i64),
    ]);
    let r = vm.new_exception(ClassRef::Builtin(class), vec![msg.clone(), details.clone()]);
    let _ = syntax_error_init(vm, Args::new(&[Value::Obj(r.clone()), msg, details]));
    if let Some(d) = vm.heap.get(&r).dict.clone() {
        let rendered = vm.new_str(located.to_string());
        crate::objects::access::dict_set_str(vm, &d, "_isopy_rendered", rendered);
    }
    PyErr(r)
}

// ------------------------------------------------------------ UnicodeError

fn unicode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exception_init(vm, Args { pos: args.pos, kw: &[] })?;
    let this = args.get(0);
    let items = &args.pos[1..];
    if items.len() != 5 {
        return Err(vm.type_error(format!("function takes exactly 5 arguments ({} given)", items.len())));
    }
    let Some(d) = vm.ensure_dict(&this) else { return Ok(Value::None) };
    for (name, v) in ["encoding", "object", "start", "end", "reason"].iter().zip(items) {
        crate::objects::access::dict_set_str(vm, &d, name, v.clone());
    }
    Ok(Value::None)
}

/// The five fields of a UnicodeError (encoding, object, start, end, reason).
fn unicode_fields(vm: &mut Vm, this: Value) -> Option<(String, Value, i64, i64, String)> {
    let d = this.as_obj().and_then(|r| vm.heap.get(r).dict.clone())?;
    let get = |vm: &mut Vm, n: &str| crate::objects::access::dict_get_str(vm, &d, n);
    let encoding = get(vm, "encoding").and_then(|v| access::str_text(vm, &v).map(|s| s.to_string()))?;
    let object = get(vm, "object")?;
    let start = get(vm, "start")?;
    let start = crate::objects::types::int::small(vm, start)?;
    let end = get(vm, "end")?;
    let end = crate::objects::types::int::small(vm, end)?;
    let reason = get(vm, "reason").and_then(|v| access::str_text(vm, &v).map(|s| s.to_string()))?;
    Some((encoding, object, start, end, reason))
}

fn unicode_decode_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((encoding, object, start, end, reason)) = unicode_fields(vm, args.get(0)) else {
        return exception_str(vm, args);
    };
    let data = access::bytes_data(vm, &object).unwrap_or_default().to_vec();
    let text = if (start as usize) < data.len() && end == start + 1 {
        format!("'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data[start as usize])
    } else {
        format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    };
    Ok(vm.new_str(text))
}

fn unicode_encode_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((encoding, object, start, end, reason)) = unicode_fields(vm, args.get(0)) else {
        return exception_str(vm, args);
    };
    let text = access::str_text(vm, &object).cloned().unwrap_or_default();
    let bad = text.chars().nth(start as usize);
    let message = match bad {
        Some(c) if end == start + 1 => {
            let n = c as u32;
            let shown = if n <= 0xff {
                format!("\\x{n:02x}")
            } else if n <= 0xffff {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            format!("'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
    };
    Ok(vm.new_str(message))
}

/// A `UnicodeDecodeError` as a codec raises it.
pub fn unicode_decode_error(vm: &mut Vm, encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        vm.new_str(encoding),
        vm.new_bytes(data.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    unicode_error(vm, &UNICODE_DECODE_ERROR, args)
}

/// A `UnicodeEncodeError` as a codec raises it.
pub fn unicode_encode_error(vm: &mut Vm, encoding: &str, text: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        vm.new_str(encoding),
        vm.new_str(text),
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    unicode_error(vm, &UNICODE_ENCODE_ERROR, args)
}

fn unicode_error(vm: &mut Vm, class: &'static BuiltinType, args: Vec<Value>) -> PyErr {
    let r = vm.new_exception(ClassRef::Builtin(class), args.clone());
    let mut all = vec![Value::Obj(r.clone())];
    all.extend(args);
    let _ = unicode_error_init(vm, Args::new(&all));
    PyErr(r)
}

// ------------------------------------------------------------ attribute fields

/// An exception attribute kept in its `__dict__` (`None` until set).
fn field(vm: &mut Vm, this: Value, name: &str) -> PyResult<Value> {
    check(vm, this.clone())?;
    let d = this.as_obj().and_then(|r| vm.heap.get(r).dict.clone());
    Ok(d.and_then(|d| crate::objects::access::dict_get_str(vm, &d, name)).unwrap_or(Value::None))
}

fn set_field(vm: &mut Vm, this: Value, name: &str, value: Value) -> PyResult<()> {
    check(vm, this.clone())?;
    if let Some(d) = vm.ensure_dict(&this) {
        let v = if value.is_null() { Value::None } else { value };
        crate::objects::access::dict_set_str(vm, &d, name, v);
    }
    Ok(())
}

fn field_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    field(vm, args.get(0), "name")
}

fn set_field_name(vm: &mut Vm, this: Value, value: Value) -> PyResult<()> {
    set_field(vm, this, "name", value)
}

fn field_obj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    field(vm, args.get(0), "obj")
}

fn set_field_obj(vm: &mut Vm, this: Value, value: Value) -> PyResult<()> {
    set_field(vm, this, "obj", value)
}

fn field_path(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    field(vm, args.get(0), "path")
}

fn set_field_path(vm: &mut Vm, this: Value, value: Value) -> PyResult<()> {
    set_field(vm, this, "path", value)
}
