//! Built-in functions for text, I/O and code: `print`, `input`, `len`,
//! `repr`, `ascii`, `format`, `exec`, `eval`, `compile`, `exit`,
//! `__import__`.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::ops;
use crate::value::object::ObjRef;
use crate::value::object::Payload;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

pub fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = Value::Null;
    let mut end = Value::Null;
    let mut file = Value::Null;
    let mut flush = Value::Null;
    for (k, v) in args.kw {
        match access::str_text(vm, k).map(|s| s.to_string()).as_deref() {
            Some("sep") => sep = v.clone(),
            Some("end") => end = v.clone(),
            Some("file") => file = v.clone(),
            Some("flush") => flush = v.clone(),
            Some(other) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for print()"))),
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let text_arg = |vm: &mut Vm, v: Value, name: &str, default: &str| -> PyResult<String> {
        if v.is_null() || v.is_none() {
            return Ok(default.to_string());
        }
        match access::str_text(vm, &v) {
            Some(t) => Ok(t.to_string()),
            None => {
                let t = type_name(vm, &v);
                Err(vm.type_error(format!("{name} must be None or a string, not {t}")))
            }
        }
    };
    let sep = text_arg(vm, sep, "sep", " ")?;
    let end = text_arg(vm, end, "end", "\n")?;
    let file = if file.is_null() || file.is_none() { sys_stream(vm, "stdout") } else { file };
    if file.is_none() {
        return Ok(Value::None);
    }
    let stream =
        crate::objects::stdio::stream_of(vm, file.clone()).filter(|s| *s != crate::objects::stdio::Stream::Stdin);
    let Some(stream) = stream else {
        // Another file object: CPython writes each piece with its write().
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                let s = vm.new_str(sep.as_str());
                vm.call_method(&file.clone(), "write", &[s])?;
            }
            let s = vm.str_value(&v.clone())?;
            vm.call_method(&file.clone(), "write", &[s])?;
        }
        let e = vm.new_str(end.as_str());
        vm.call_method(&file.clone(), "write", &[e])?;
        if !flush.is_null() && ops::truthy(vm, &flush)? {
            vm.call_method(&file, "flush", &[])?;
        }
        return Ok(Value::None);
    };
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Int(n) => out.push_str(&n.to_string()),
            other => out.push_str(&vm.to_str(other.clone())?),
        }
    }
    out.push_str(&end);
    match stream {
        crate::objects::stdio::Stream::Stderr => crate::objects::stdio::write_stderr(vm, &out)?,
        _ => {
            crate::objects::stdio::write_stdout(vm, &out)?;
            if !flush.is_null() && ops::truthy(vm, &flush)? {
                crate::objects::stdio::flush_stdout();
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` / `sys.stderr` / `sys.stdin` as the program set them.
pub fn sys_stream(vm: &mut Vm, name: &str) -> Value {
    let sys = vm.sys.clone();
    match &vm.heap.get(&sys).dict {
        Some(d) => crate::objects::access::dict_get_str(vm, d, name).unwrap_or(Value::None),
        None => Value::None,
    }
}

pub fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "input", 0, 0, 1)?;
    if let Some(prompt) = args.pos.first() {
        let text = vm.to_str(prompt.clone())?;
        let out = sys_stream(vm, "stdout");
        match crate::objects::stdio::stream_of(vm, out) {
            Some(crate::objects::stdio::Stream::Stdout) | None => crate::objects::stdio::write_stdout(vm, &text)?,
            Some(crate::objects::stdio::Stream::Stderr) => crate::objects::stdio::write_stderr(vm, &text)?,
            Some(crate::objects::stdio::Stream::Stdin) => {}
        }
    }
    let stdin = sys_stream(vm, "stdin");
    let line = if crate::objects::stdio::stream_of(vm, stdin.clone()).is_some() || stdin.is_none() {
        let read = vm.allow_threads(crate::objects::stdio::read_stdin_line);
        read.map_err(|e| exc::os_error_from_io(vm, &e, None))?
    } else {
        let l = vm.call_method(&stdin, "readline", &[])?;
        access::str_text(vm, &l).map(|s| s.to_string()).unwrap_or_default()
    };
    if line.is_empty() {
        return Err(vm.error(&exc::EOF_ERROR, "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(vm.new_str(line))
}

pub fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "len", 0)?;
    ops::len(vm, &v).map(|n| Value::Int(n as i64))
}

pub fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "repr", 0)?;
    let s = vm.repr(&v)?;
    vm.new_str_fallible(s)
}

pub fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "ascii", 0)?;
    let s = vm.ascii(&v)?;
    vm.new_str_fallible(s)
}

pub fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "format", 0, 1, 2)?;
    let spec = args.get(1);
    if !spec.is_null() && access::str_text(vm, &spec).is_none() {
        let t = type_name(vm, &spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
    }
    crate::protocols::format::format(vm, args.get(0), spec)
}

/// How `compile()` reads its source.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiles source text for `exec`/`eval`/`compile`, raising SyntaxError as CPython does.
fn compile_text(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    let compiled = match mode {
        Mode::Eval => {
            let trimmed = source.trim_start_matches([' ', '\t']);
            isopy_syntax::parse_expression(trimmed)
                .and_then(|e| isopy_compiler::compile_expression(&e, trimmed, filename))
        }
        Mode::Exec => isopy_compiler::compile_source(source, filename),
        Mode::Single => isopy_syntax::parse_interactive(source)
            .and_then(|m| isopy_compiler::compile_interactive(&m, source, filename)),
    };
    match compiled {
        Ok(code) => {
            vm.sources.insert(filename.into(), source.into());
            let data = vm.prepare_code(&code);
            Ok(vm.new_object(&types::CODE, Payload::Code(data)))
        }
        Err(e) => {
            let e = e.for_origin(isopy_syntax::SourceOrigin::String);
            Err(exc::syntax_error_value(vm, &e, source, filename))
        }
    }
}

/// The source text of a `str`/`bytes` argument.
fn source_text(vm: &mut Vm, v: Value, func: &str) -> PyResult<Option<Arc<str>>> {
    if let Some(t) = access::str_text(vm, &v) {
        return Ok(Some(t.clone()));
    }
    if let Some(b) = access::bytes_data(vm, &v) {
        let b = b.to_vec();
        let text = crate::objects::types::bytes::decode_bytes(vm, &b, "utf-8", "strict")?;
        return Ok(Some(text.into()));
    }
    if matches!(v, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Code(_))) {
        return Ok(None);
    }
    let _ = type_name(vm, &v);
    if func == "compile" {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    }
    Err(vm.type_error(format!("{func}() arg 1 must be a string, bytes or code object")))
}

pub fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] =
        args.bind(vm, "compile", 0, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3, 6)?;
    let Some(text) = source_text(vm, source.clone(), "compile")? else { return Ok(source) };
    let filename = vm.to_str(filename)?;
    let mode = match access::str_text(vm, &mode).map(|s| s.to_string()).as_deref() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if text.contains('\0') {
        return Err(vm.error(&exc::SYNTAX_ERROR, "source code string cannot contain null bytes"));
    }
    compile_text(vm, &text, &filename, mode)
}

/// The globals and locals `exec`/`eval` run with.
fn namespaces(vm: &mut Vm, globals: Value, locals: Value, func: &str) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let is_dict = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Dict(_)));
    let is_mapping = |vm: &Vm, v: Value| {
        is_dict(vm, v.clone())
            || crate::objects::class::lookup(vm, &crate::objects::class::class_of(vm, &v), "__getitem__").is_some()
    };
    if !locals.is_null() && !locals.is_none() && !is_mapping(vm, locals.clone()) {
        let t = type_name(vm, &locals);
        return Err(vm.type_error(format!("locals must be a mapping or None, not {t}")));
    }
    let globals = match globals {
        Value::Null | Value::None => match vm.ts.frames.last() {
            Some(f) => {
                let g = f.globals.clone();
                let l = match locals {
                    Value::Null | Value::None => f.locals.clone().or(Some(frame_locals(vm)?)),
                    l => l.as_obj().cloned(),
                };
                if l == Some(g.clone()) {
                    return Ok((g.clone(), None));
                }
                return Ok((g.clone(), l));
            }
            None => vm.new_dict_ref(),
        },
        g if is_dict(vm, g.clone()) => g.as_obj().expect("a dict").clone(),
        g => {
            if is_mapping(vm, g.clone()) && func == "eval" {
                return Err(vm.type_error("globals must be a real dict; try eval(expr, {}, mapping)"));
            }
            let t = type_name(vm, &g);
            return Err(vm.type_error(format!("{func}() globals must be a dict, not {t}")));
        }
    };
    if crate::objects::access::dict_get_str(vm, &globals, "__builtins__").is_none() {
        let b = Value::Obj(vm.builtins_module.clone());
        crate::objects::access::dict_set_str(vm, &globals, "__builtins__", b);
    }
    let locals = match locals {
        Value::Null | Value::None => None,
        l => match l.as_obj() {
            Some(r) if *r == globals => None,
            Some(r) => Some(r.clone()),
            None => {
                let t = type_name(vm, &l);
                return Err(vm.type_error(format!("locals must be a mapping or None, not {t}")));
            }
        },
    };
    Ok((globals, locals))
}

/// A snapshot dict of the calling function's fast locals (`locals()`).
pub fn frame_locals(vm: &mut Vm) -> PyResult<ObjRef> {
    let d = vm.new_dict_ref();
    let Some(frame) = vm.ts.frames.last() else { return Ok(d) };
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    if frame.function.is_null() {
        // A module body: its locals are its globals.
        return Ok(frame.globals.clone());
    }
    let code = frame.code.code.clone();
    let base = frame.base;
    let cells = frame.cells.clone();
    for (i, name) in code.varnames.iter().enumerate() {
        let v = &vm.ts.stack[base + i];
        if !v.is_null() && !code.cellvars.contains(name) {
            crate::objects::access::dict_set_str(vm, &d, name, v.clone());
        }
    }
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let Some(cell) = cells.get(i) {
            if let Payload::Cell(v) = &vm.heap.get(cell).payload {
                if !v.is_null() {
                    crate::objects::access::dict_set_str(vm, &d, name, v.clone());
                }
            }
        }
    }
    Ok(d)
}

fn run_source(vm: &mut Vm, args: Args<'_>, func: &str, mode: Mode) -> PyResult<Value> {
    let [source, globals, locals] = args.bind(vm, func, 0, ["source", "globals", "locals"], 1, 3)?;
    let code = match source_text(vm, source.clone(), func)? {
        Some(text) => {
            if text.contains('\0') {
                return Err(vm.error(&exc::SYNTAX_ERROR, "source code string cannot contain null bytes"));
            }
            compile_text(vm, &text, "<string>", mode)?
        }
        None => source,
    };
    let (globals, locals) = namespaces(vm, globals, locals, func)?;
    let Value::Obj(c) = code else { unreachable!("a code object") };
    let Payload::Code(data) = &vm.heap.get(&c).payload else { unreachable!("a code object") };
    let data = data.clone();
    let result = vm.run_code(data, globals, locals, &[])?;
    Ok(if mode == Mode::Eval { result } else { Value::None })
}

pub fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    run_source(vm, args, "exec", Mode::Exec)
}

pub fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    run_source(vm, args, "eval", Mode::Eval)
}

pub fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "exit", 0, 0, 1)?;
    let code: Vec<Value> = args.pos.to_vec();
    Err(crate::value::state::PyErr(vm.new_exception(crate::value::object::ClassRef::Builtin(&exc::SYSTEM_EXIT), code)))
}

pub fn import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] =
        args.bind(vm, "__import__", 0, ["name", "globals", "locals", "fromlist", "level"], 1, 5)?;
    let globals = match globals {
        Value::Obj(g) if matches!(vm.heap.get(&g).payload, Payload::Dict(_)) => g,
        _ => vm.ts.frames.last().map(|f| f.globals.clone()).unwrap_or(vm.builtins.clone()),
    };
    let fromlist = if fromlist.is_null() { Value::None } else { fromlist };
    let level = if level.is_null() { Value::Int(0) } else { level };
    crate::exec::import::import_name(vm, globals, name, fromlist, level)
}
