//! Introspection built-ins: `isinstance`, `issubclass`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `callable`, `vars`, `dir`,
//! `globals`, `locals`, `help`.

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::types::exceptions as exc;
use crate::protocols::attr;
use crate::protocols::ops;
use crate::value::object::{ClassRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// The items of a `classinfo` that is a tuple or a union (`int | None`),
/// which CPython checks one by one, left to right.
fn classinfo_items(vm: &mut Vm, info: &Value) -> Option<Vec<Value>> {
    if class_of(vm, info).is_builtin(&crate::objects::types::TUPLE) {
        return access::seq_items(vm, info).map(|s| s.to_vec());
    }
    let Value::Obj(ref r) = info else { return None };
    if !vm.heap.get(r).class.is_builtin(&crate::objects::types::misc::UNION) {
        return None;
    }
    let args = attr::getattr_str(vm, info, "__args__").ok()?;
    let items = access::seq_items(vm, &args).unwrap_or_default().to_vec();
    Some(
        items
            .into_iter()
            .map(|i| if i.is_none() { Value::Type(&crate::objects::types::NONE_TYPE) } else { i })
            .collect(),
    )
}

/// `isinstance(v, classinfo)`. Like CPython, a tuple stops at its first
/// match, so a bad item after it is never reached.
pub fn is_instance(vm: &mut Vm, v: Value, info: Value) -> PyResult<bool> {
    if let Some(target) = class::as_class(vm, &info) {
        if let ClassRef::User(_) = target {
            if let Some(hook) = class::lookup(vm, &ClassRef::User(class_ref(&target)), "__instancecheck__") {
                if !matches!(hook, Value::Native(_)) {
                    let r = vm.call(&hook, &[target.value(), v])?;
                    return ops::truthy(vm, &r);
                }
            }
        }
        let c = class_of(vm, &v);
        return Ok(class::is_subclass(vm, &c, &target));
    }
    let Some(items) = classinfo_items(vm, &info) else {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    };
    for item in items {
        if is_instance(vm, v.clone(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `issubclass(c, classinfo)`, with the same left-to-right tuple walk.
fn is_subclass(vm: &mut Vm, c: Value, info: Value) -> PyResult<bool> {
    if let Some(items) = classinfo_items(vm, &info) {
        for item in items {
            if is_subclass(vm, c.clone(), item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(cls) = class::as_class(vm, &c) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let Some(target) = class::as_class(vm, &info) else {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    };
    Ok(class::is_subclass(vm, &cls, &target))
}

fn class_ref(c: &ClassRef) -> crate::value::object::ObjRef {
    match c {
        ClassRef::User(r) => r.clone(),
        ClassRef::Builtin(_) => unreachable!("a user class"),
    }
}

pub fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v, info] = args.exact::<2>(vm, "isinstance", 0)?;
    is_instance(vm, v, info).map(Value::Bool)
}

pub fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [c, info] = args.exact::<2>(vm, "issubclass", 0)?;
    is_subclass(vm, c, info).map(Value::Bool)
}

fn name_arg(vm: &mut Vm, name: Value, func: &str) -> PyResult<()> {
    if access::str_text(vm, &name).is_some() {
        return Ok(());
    }
    let t = type_name(vm, &name);
    let _ = func;
    Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
}

pub fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "getattr", 0, 2, 3)?;
    let (obj, name) = (args.pos[0].clone(), args.pos[1].clone());
    name_arg(vm, name.clone(), "getattr")?;
    match args.pos.get(2) {
        None => attr::getattr(vm, &obj, &name),
        Some(default) => match attr::getattr_opt(vm, &obj, &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.clone()),
            Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => Ok(default.clone()),
            Err(e) => Err(e),
        },
    }
}

pub fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name, value] = args.exact::<3>(vm, "setattr", 0)?;
    name_arg(vm, name.clone(), "setattr")?;
    attr::setattr(vm, &obj, &name, value)?;
    Ok(Value::None)
}

pub fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "hasattr", 0)?;
    name_arg(vm, name.clone(), "hasattr")?;
    match attr::getattr_opt(vm, &obj, &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "delattr", 0)?;
    name_arg(vm, name.clone(), "delattr")?;
    attr::delattr(vm, &obj, &name)?;
    Ok(Value::None)
}

/// Whether `v` can be called.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Native(_) | Value::Type(_) => true,
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Function(_) | Payload::BoundMethod { .. } | Payload::NativeMethod { .. } | Payload::Class(_) => {
                true
            }
            _ => class::lookup(vm, &vm.heap.get(&r).class, "__call__").is_some(),
        },
        _ => false,
    }
}

pub fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "callable", 0)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

pub fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "vars", 0, 0, 1)?;
    match args.pos.first() {
        None => locals(vm, Args::new(&[])),
        Some(obj) => match attr::getattr_str(vm, obj, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

pub fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "dir", 0, 0, 1)?;
    match args.pos.first() {
        None => {
            let d = crate::builtins::core::frame_locals(vm)?;
            let mut names: Vec<String> = crate::objects::access::dict_items(vm, &d)
                .into_iter()
                .filter_map(|(k, _)| access::str_text(vm, &k).map(|s| s.to_string()))
                .collect();
            names.sort();
            let items = names.into_iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        Some(obj) => {
            let class = class_of(vm, obj);
            if let ClassRef::User(_) = class {
                if let Some(m) = class::lookup(vm, &class, "__dir__") {
                    if !matches!(m, Value::Native(_)) {
                        let r = vm.call_unbound(m, obj.clone(), &[], &[])?;
                        let mut items = crate::protocols::iter::collect(vm, r)?;
                        let sorted = crate::objects::types::list::sort_values(
                            vm,
                            std::mem::take(&mut items),
                            Value::Null,
                            false,
                        );
                        return match sorted {
                            Ok(s) => Ok(vm.new_list(s)),
                            Err((e, _)) => Err(e),
                        };
                    }
                }
            }
            crate::protocols::attr::dir_of(vm, obj.clone())
        }
    }
}

pub fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "globals", 0, 0, 0)?;
    match vm.ts.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.builtins.clone())),
    }
}

pub fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "locals", 0, 0, 0)?;
    let d = crate::builtins::core::frame_locals(vm)?;
    Ok(Value::Obj(d))
}

/// What `help()` with no argument prints.
fn help_text() -> String {
    format!(
        "Welcome to isopy {}, a Python-subset virtual machine written in Rust.\n\n\
         It runs the Python 3.11 language less what its LANGUAGE.md leaves out (async,\n\
         match, metaclasses, ...), with CPython's messages and tracebacks, and its\n\
         interpreters (the `interpreters` module) run truly in parallel.\n\n\
         Type help(object) for the documentation of an object: its signature and\n\
         its doc string. dir(object) lists its attributes. exit() or Ctrl-D\n\
         leaves the prompt.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// `(a, b=1, *args, c, **kw)`: a Python function's parameters as
/// `inspect.signature` shows them, or `None` for other callables. `skip`
/// leaves out the first parameters (`self` of a bound method).
fn signature(vm: &mut Vm, func: &Value, skip: usize) -> PyResult<Option<String>> {
    let Value::Obj(r) = func else { return Ok(None) };
    let Payload::Function(f) = &vm.heap.get(r).payload else { return Ok(None) };
    let (code, defaults, kwdefaults) = (f.code.code.clone(), f.defaults.clone(), f.kwdefaults.clone());
    let positional = code.arg_count as usize;
    let kwonly = code.kwonly_count as usize;
    let defaults = access::seq_items(vm, &defaults).map(|d| d.to_vec()).unwrap_or_default();
    let first_default = positional.saturating_sub(defaults.len());
    let mut params = Vec::new();
    for (i, name) in code.varnames[..positional].iter().enumerate() {
        let mut p = name.to_string();
        if i >= first_default {
            p = format!("{p}={}", vm.repr(&defaults[i - first_default].clone())?);
        }
        params.push(p);
        if i + 1 == code.posonly_count as usize {
            params.push("/".into());
        }
    }
    let mut next = positional + kwonly;
    if code.flags.varargs {
        params.push(format!("*{}", code.varnames[next]));
        next += 1;
    } else if kwonly > 0 {
        params.push("*".into());
    }
    for name in &code.varnames[positional..positional + kwonly] {
        let default = match kwdefaults {
            Value::Obj(ref d) => crate::objects::access::dict_get_str(vm, d, name),
            _ => None,
        };
        params.push(match default {
            Some(v) => format!("{name}={}", vm.repr(&v)?),
            None => name.to_string(),
        });
    }
    if code.flags.varkeywords {
        params.push(format!("**{}", code.varnames[next]));
    }
    let params: Vec<String> = params.into_iter().skip(skip).collect();
    Ok(Some(format!("({})", params.join(", "))))
}

/// A doc string's lines as `inspect.cleandoc` gives them: the first
/// stripped, the others dedented by their common indentation, blank lines
/// at either end dropped.
fn clean_doc(doc: &str) -> Vec<String> {
    let mut lines: Vec<&str> = doc.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if let Some(first) = lines.first_mut() {
        out.push(first.trim().to_string());
    }
    out.extend(lines.iter().skip(1).map(|l| l.get(indent..).unwrap_or("").trim_end().to_string()));
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// A string attribute of `obj`, if it has one.
fn str_attr(vm: &mut Vm, obj: Value, name: &str) -> Option<String> {
    attr::getattr_str(vm, &obj, name).ok().and_then(|v| access::str_text(vm, &v).map(|s| s.to_string()))
}

/// `Help on ...`: what `help(obj)` prints: for a function its signature
/// and doc string, for a class its doc string and its methods', for any
/// other object its class's.
fn help_on(vm: &mut Vm, obj: Value) -> PyResult<String> {
    let class = class::as_class(vm, &obj);
    let name = str_attr(vm, obj.clone(), "__name__");
    let module = str_attr(vm, obj.clone(), "__module__");
    let in_module = module.map(|m| format!(" in module {m}")).unwrap_or_default();
    let (func, skip, what) = match obj {
        Value::Obj(ref r) => match &vm.heap.get(r).payload {
            Payload::BoundMethod { func, .. } => (func.clone(), 1, "method"),
            Payload::Function(_) => (obj.clone(), 0, "function"),
            Payload::Module(_) => (obj.clone(), 0, "module"),
            _ => (obj.clone(), 0, if class.is_some() { "class" } else { "" }),
        },
        Value::Native(_) => (obj.clone(), 0, "built-in function"),
        Value::Type(_) => (obj.clone(), 0, "class"),
        _ => (obj.clone(), 0, ""),
    };
    let mut text = String::new();
    let Some(name) = name.filter(|_| !what.is_empty()) else {
        // An instance: its class's help.
        let t = type_name(vm, &obj);
        let cls = match class_of(vm, &obj) {
            ClassRef::Builtin(b) => Value::Type(b),
            ClassRef::User(r) => Value::Obj(r),
        };
        let of_class = help_on(vm, cls)?;
        let body = of_class.split_once("\n\n").map_or("", |(_, body)| body);
        return Ok(format!("Help on {t} object:\n\n{body}"));
    };
    text.push_str(&format!("Help on {what} {name}{in_module}:\n\n"));
    let sig = signature(vm, &func, skip)?;
    match (what, sig) {
        ("class", _) => text.push_str(&format!("class {name}\n")),
        (_, Some(sig)) => text.push_str(&format!("{name}{sig}\n")),
        _ => text.push_str(&format!("{name}\n")),
    }
    let doc = str_attr(vm, obj, "__doc__");
    for line in doc.as_deref().map(clean_doc).unwrap_or_default() {
        text.push_str(format!("    {line}").trim_end());
        text.push('\n');
    }
    if let Some(ClassRef::User(r)) = class {
        let namespace = class::class_data(vm, &r).namespace.clone();
        let mut methods = Vec::new();
        for (k, v) in crate::objects::access::dict_items(vm, &namespace) {
            let Some(method) = access::str_text(vm, &k).map(|s| s.to_string()) else { continue };
            if let Some(sig) = signature(vm, &v, 0)? {
                let doc = str_attr(vm, v, "__doc__");
                methods.push((method, sig, doc.as_deref().map(clean_doc).unwrap_or_default()));
            }
        }
        if !methods.is_empty() {
            text.push_str("\n    Methods defined here:\n\n");
            for (method, sig, doc) in methods {
                text.push_str(&format!("    {method}{sig}\n"));
                for line in doc {
                    text.push_str(format!("        {line}").trim_end());
                    text.push('\n');
                }
            }
        }
    }
    text.push('\n');
    Ok(text)
}

pub fn help(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "help", 0, 0, 1)?;
    let text = match args.pos.first() {
        None => help_text(),
        Some(obj) => help_on(vm, obj.clone())?,
    };
    crate::objects::stdio::write_stdout(vm, &text)?;
    Ok(Value::None)
}

pub fn breakpoint(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.error(&exc::RUNTIME_ERROR, "breakpoint() is not supported by isopy"))
}
