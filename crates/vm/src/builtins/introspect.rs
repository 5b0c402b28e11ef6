//! Introspection built-ins: `isinstance`, `issubclass`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, `callable`, `vars`, `dir`,
//! `globals`, `locals`, `help`.

use crate::attr;
use crate::class::{self, class_of, type_name};
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ClassRef, Payload};
use crate::ops;
use crate::types::exceptions as exc;
use crate::value::Value;

/// The items of a `classinfo` that is a tuple or a union (`int | None`),
/// which CPython checks one by one, left to right.
fn classinfo_items(vm: &mut Vm, info: Value) -> Option<Vec<Value>> {
    if class_of(vm, info).is_builtin(&crate::types::TUPLE) {
        return ops::seq_items(vm, info).map(|s| s.to_vec());
    }
    let Value::Obj(r) = info else { return None };
    if !vm.heap.get(r).class.is_builtin(&crate::types::misc::UNION) {
        return None;
    }
    let args = attr::getattr_str(vm, info, "__args__").ok()?;
    let items = ops::seq_items(vm, args).unwrap_or_default().to_vec();
    Some(items.into_iter().map(|i| if i.is_none() { Value::Type(&crate::types::NONE_TYPE) } else { i }).collect())
}

/// `isinstance(v, classinfo)`. Like CPython, a tuple stops at its first
/// match, so a bad item after it is never reached.
pub fn is_instance(vm: &mut Vm, v: Value, info: Value) -> PyResult<bool> {
    if let Some(target) = class::as_class(vm, info) {
        if let ClassRef::User(_) = target {
            if let Some(hook) = class::lookup(vm, ClassRef::User(class_ref(target)), "__instancecheck__") {
                if !matches!(hook, Value::Native(_)) {
                    let r = vm.call(hook, &[target.value(), v])?;
                    return ops::truthy(vm, r);
                }
            }
        }
        let c = class_of(vm, v);
        return Ok(class::is_subclass(vm, c, target));
    }
    let Some(items) = classinfo_items(vm, info) else {
        return Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    };
    for item in items {
        if is_instance(vm, v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `issubclass(c, classinfo)`, with the same left-to-right tuple walk.
fn is_subclass(vm: &mut Vm, c: Value, info: Value) -> PyResult<bool> {
    if let Some(items) = classinfo_items(vm, info) {
        for item in items {
            if is_subclass(vm, c, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(cls) = class::as_class(vm, c) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let Some(target) = class::as_class(vm, info) else {
        return Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    };
    Ok(class::is_subclass(vm, cls, target))
}

fn class_ref(c: ClassRef) -> crate::heap::ObjRef {
    match c {
        ClassRef::User(r) => r,
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
    if ops::str_text(vm, name).is_some() {
        return Ok(());
    }
    let t = type_name(vm, name);
    let _ = func;
    Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
}

pub fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "getattr", 0, 2, 3)?;
    let (obj, name) = (args.pos[0], args.pos[1]);
    name_arg(vm, name, "getattr")?;
    match args.pos.get(2) {
        None => attr::getattr(vm, obj, name),
        Some(&default) => match attr::getattr_opt(vm, obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default),
            Err(e) if vm.error_is(e, &exc::ATTRIBUTE_ERROR) => Ok(default),
            Err(e) => Err(e),
        },
    }
}

pub fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name, value] = args.exact::<3>(vm, "setattr", 0)?;
    name_arg(vm, name, "setattr")?;
    attr::setattr(vm, obj, name, value)?;
    Ok(Value::None)
}

pub fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "hasattr", 0)?;
    name_arg(vm, name, "hasattr")?;
    match attr::getattr_opt(vm, obj, name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if vm.error_is(e, &exc::ATTRIBUTE_ERROR) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

pub fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "delattr", 0)?;
    name_arg(vm, name, "delattr")?;
    attr::delattr(vm, obj, name)?;
    Ok(Value::None)
}

/// Whether `v` can be called.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Native(_) | Value::Type(_) => true,
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Function(_) | Payload::BoundMethod { .. } | Payload::NativeMethod { .. } | Payload::Class(_) => {
                true
            }
            _ => class::lookup(vm, vm.heap.get(r).class, "__call__").is_some(),
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
        Some(&obj) => match attr::getattr_str(vm, obj, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if vm.error_is(e, &exc::ATTRIBUTE_ERROR) => {
                Err(vm.type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

/// `dir(obj)`: the sorted names of its attributes.
pub fn dir_of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &mut Vm, names: &mut Vec<String>, d: crate::heap::ObjRef| {
        for (k, _) in crate::dictops::dict_items(vm, d) {
            if let Some(t) = ops::str_text(vm, k) {
                names.push(t.to_string());
            }
        }
    };
    if let Some(d) = attr::module_dict(vm, obj) {
        add_dict(vm, &mut names, d);
    } else {
        if let Value::Obj(r) = obj {
            if let Some(d) = vm.heap.get(r).dict {
                if !matches!(vm.heap.get(r).payload, Payload::Class(_)) {
                    add_dict(vm, &mut names, d);
                }
            }
        }
        let cls = class::as_class(vm, obj).unwrap_or_else(|| class_of(vm, obj));
        for c in class::mro(vm, cls) {
            match c {
                ClassRef::User(r) => {
                    let ns = class::class_data(vm, r).namespace;
                    add_dict(vm, &mut names, ns);
                }
                ClassRef::Builtin(t) => names.extend(t.methods.iter().map(|m| m.name.to_string())),
            }
        }
        if class::as_class(vm, obj).is_none() {
            names.push("__class__".into());
            names.push("__doc__".into());
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

pub fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "dir", 0, 0, 1)?;
    match args.pos.first() {
        None => {
            let d = crate::builtins::core::frame_locals(vm)?;
            let mut names: Vec<String> = crate::dictops::dict_items(vm, d)
                .into_iter()
                .filter_map(|(k, _)| ops::str_text(vm, k).map(|s| s.to_string()))
                .collect();
            names.sort();
            let items = names.into_iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        Some(&obj) => {
            let class = class_of(vm, obj);
            if let ClassRef::User(_) = class {
                if let Some(m) = class::lookup(vm, class, "__dir__") {
                    if !matches!(m, Value::Native(_)) {
                        let r = vm.call_unbound(m, obj, &[], &[])?;
                        let mut items = crate::iter::collect(vm, r)?;
                        let sorted =
                            crate::types::list::sort_values(vm, std::mem::take(&mut items), Value::Null, false);
                        return match sorted {
                            Ok(s) => Ok(vm.new_list(s)),
                            Err((e, _)) => Err(e),
                        };
                    }
                }
            }
            dir_of(vm, obj)
        }
    }
}

pub fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "globals", 0, 0, 0)?;
    match vm.ts.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(Value::Obj(vm.builtins)),
    }
}

pub fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "locals", 0, 0, 0)?;
    let d = crate::builtins::core::frame_locals(vm)?;
    Ok(Value::Obj(d))
}

pub fn help(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "help", 0, 0, 1)?;
    let text = match args.pos.first() {
        None => format!(
            "isopy {} — a Python-subset virtual machine whose interpreters run in parallel.\n\
             Type help(object) for the documentation of an object.\n",
            env!("CARGO_PKG_VERSION")
        ),
        Some(&obj) => {
            let name =
                attr::getattr_str(vm, obj, "__name__").ok().and_then(|n| ops::str_text(vm, n).map(|s| s.to_string()));
            let doc =
                attr::getattr_str(vm, obj, "__doc__").ok().and_then(|d| ops::str_text(vm, d).map(|s| s.to_string()));
            let title = match name {
                Some(n) => format!("Help on {}:\n\n{n}", type_name(vm, obj)),
                None => format!("Help on {} object:", type_name(vm, obj)),
            };
            match doc {
                Some(d) => format!("{title}\n    {}\n", d.replace('\n', "\n    ")),
                None => format!("{title}\n"),
            }
        }
    };
    crate::io::write_stdout(vm, &text)?;
    Ok(Value::None)
}

pub fn breakpoint(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.error(&exc::RUNTIME_ERROR, "breakpoint() is not supported by isopy"))
}
