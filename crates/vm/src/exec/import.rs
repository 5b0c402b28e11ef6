//! The import system: `sys.modules` first, then the native modules (made
//! on first import, once per interpreter), then `.py` files and packages
//! on `sys.path` (the script's folder first), with CPython's errors.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::type_name;
use crate::objects::types::exceptions as exc;
use crate::protocols::attr;
use crate::protocols::dictops;
use crate::value::object::ObjRef;
use crate::value::object::Payload;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// The module named `name` in `sys.modules`, if imported.
pub fn loaded(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.modules.clone();
    access::dict_get_str(vm, &modules, name)
}

/// The absolute module name for `import name` at `level` in the module
/// whose globals are `globals`.
fn resolve_name(vm: &mut Vm, globals: ObjRef, name: &str, level: i64) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let package =
        match access::dict_get_str(vm, &globals, "__package__").and_then(|p| access::str_text(vm, &p).cloned()) {
            Some(p) => p.to_string(),
            None => {
                let module = access::dict_get_str(vm, &globals, "__name__")
                    .and_then(|n| access::str_text(vm, &n).cloned())
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                let is_package = access::dict_get_str(vm, &globals, "__path__").is_some();
                if is_package {
                    module
                } else {
                    module.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                }
            }
        };
    if package.is_empty() {
        return Err(vm.error(&exc::IMPORT_ERROR, "attempted relative import with no known parent package"));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => return Err(vm.error(&exc::IMPORT_ERROR, "attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `import name` / `from name import fromlist` (the `ImportName` instruction).
pub fn import_name(vm: &mut Vm, globals: ObjRef, name: Value, fromlist: Value, level: Value) -> PyResult<Value> {
    let Some(name_text) = access::str_text(vm, &name).cloned() else {
        let t = type_name(vm, &name);
        return Err(vm.type_error(format!("module name must be str, not {t}")));
    };
    let level = match level {
        Value::Int(l) => l,
        _ => 0,
    };
    let absolute = resolve_name(vm, globals, &name_text, level)?;
    let leaf = import_module(vm, &absolute)?;
    let has_fromlist = !fromlist.is_none() && access::seq_items(vm, &fromlist).is_some_and(|s| !s.is_empty());
    if has_fromlist {
        // `from pkg import sub` imports submodules named in the list.
        let names = access::seq_items(vm, &fromlist).unwrap_or_default().to_vec();
        if attr::module_dict(vm, &leaf).is_some_and(|d| access::dict_get_str(vm, &d, "__path__").is_some()) {
            for n in names {
                let Some(n) = access::str_text(vm, &n).cloned() else { continue };
                if &*n == "*" {
                    continue;
                }
                let d = attr::module_dict(vm, &leaf).expect("a module");
                if access::dict_get_str(vm, &d, &n).is_none() {
                    let sub = format!("{absolute}.{n}");
                    match import_module(vm, &sub) {
                        Ok(_) => {}
                        Err(e) if vm.error_is(&e, &exc::MODULE_NOT_FOUND_ERROR) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(leaf);
    }
    if level > 0 {
        return Ok(leaf);
    }
    // `import a.b.c` binds `a`.
    let top = absolute.split('.').next().unwrap_or(&absolute).to_string();
    Ok(loaded(vm, &top).unwrap_or(leaf))
}

/// Imports the module with absolute dotted name `name` (and its parents).
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = loaded(vm, name) {
        return Ok(m);
    }
    let (parent, search): (Option<(String, Value)>, Vec<PathBuf>) = match name.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = loaded(vm, name) {
                return Ok(m);
            }
            let path = attr::module_dict(vm, &pm).and_then(|d| access::dict_get_str(vm, &d, "__path__"));
            let Some(path) = path else {
                return Err(exc::import_error(
                    vm,
                    &exc::MODULE_NOT_FOUND_ERROR,
                    format!("No module named '{name}'; '{p}' is not a package"),
                    name,
                ));
            };
            let dirs = crate::protocols::iter::collect(vm, path)?
                .into_iter()
                .filter_map(|d| access::str_text(vm, &d).map(|s| PathBuf::from(&**s)))
                .collect();
            (Some((p.to_string(), pm)), dirs)
        }
        None => {
            if let Some(m) = (vm.builtin_modules.native)(vm, name)? {
                return Ok(m);
            }
            (None, sys_path(vm)?)
        }
    };
    if let Some(m) = (vm.builtin_modules.frozen)(vm, name)? {
        bind_in_parent(vm, &parent, name.rsplit('.').next().unwrap_or(name), m.clone());
        return Ok(m);
    }
    let short = name.rsplit('.').next().unwrap_or(name);
    for dir in &search {
        let package_init = dir.join(short).join("__init__.py");
        if package_init.is_file() {
            let m = load_file(vm, name, &package_init, Some(dir.join(short)))?;
            bind_in_parent(vm, &parent, short, m.clone());
            return Ok(m);
        }
        let file = dir.join(format!("{short}.py"));
        if file.is_file() {
            let m = load_file(vm, name, &file, None)?;
            bind_in_parent(vm, &parent, short, m.clone());
            return Ok(m);
        }
    }
    Err(exc::import_error(vm, &exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"), name))
}

fn bind_in_parent(vm: &mut Vm, parent: &Option<(String, Value)>, short: &str, module: Value) {
    if let Some((_, pm)) = parent {
        if let Some(d) = attr::module_dict(vm, pm) {
            access::dict_set_str(vm, &d, short, module);
        }
    }
}

/// The directories of `sys.path`.
fn sys_path(vm: &mut Vm) -> PyResult<Vec<PathBuf>> {
    let sys = vm.sys.clone();
    let path = vm.heap.get(&sys).dict.clone().and_then(|d| access::dict_get_str(vm, &d, "path"));
    let Some(path) = path else { return Ok(Vec::new()) };
    let items = crate::protocols::iter::collect(vm, path)?;
    Ok(items
        .into_iter()
        .filter_map(|d| {
            // '' is the working directory, which CPython spells out in `__file__`.
            access::str_text(vm, &d).map(|s| {
                if s.is_empty() {
                    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
                } else {
                    PathBuf::from(&**s)
                }
            })
        })
        .collect())
}

/// Runs a `.py` file as module `name` (registered in `sys.modules` before
/// it runs, so circular imports see it; removed again if it fails).
fn load_file(vm: &mut Vm, name: &str, file: &Path, package_dir: Option<PathBuf>) -> PyResult<Value> {
    let path_text = file.to_string_lossy().into_owned();
    let bytes = std::fs::read(file).map_err(|e| exc::os_error_from_io(vm, &e, Some(&path_text)))?;
    let source = match isopy_syntax::decode_source(&bytes, &path_text) {
        Ok(s) => s.to_string(),
        Err(e) => return Err(exc::syntax_error_value(vm, &e, "", &path_text)),
    };
    let code = match isopy_compiler::compile_source(&source, &path_text) {
        Ok(c) => c,
        Err(e) => return Err(exc::syntax_error_value(vm, &e, &source, &path_text)),
    };
    vm.sources.insert(path_text.clone().into(), source.into());
    let package_path = package_dir.map(|dir| vec![dir.to_string_lossy().into_owned()]);
    exec_module(vm, name, &code, &path_text, package_path)
}

/// Runs a module's compiled code as module `name` (bound in `sys.modules`
/// first, removed again if the code raises). `package_path` is a
/// package's `__path__`.
pub(crate) fn exec_module(
    vm: &mut Vm,
    name: &str,
    code: &Arc<isopy_compiler::Code>,
    file: &str,
    package_path: Option<Vec<String>>,
) -> PyResult<Value> {
    let module = attr::new_module(vm, name);
    let d = attr::module_dict(vm, &module).expect("a module");
    let file_value = vm.new_str(file);
    access::dict_set_str(vm, &d, "__file__", file_value);
    let package = match &package_path {
        Some(_) => name.to_string(),
        None => name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
    };
    let package_value = vm.new_str(package);
    access::dict_set_str(vm, &d, "__package__", package_value);
    if let Some(dirs) = package_path {
        let dirs: Vec<Value> = dirs.into_iter().map(|dir| vm.new_str(dir)).collect();
        let path_list = vm.new_list(dirs);
        access::dict_set_str(vm, &d, "__path__", path_list);
    }
    let builtins = Value::Obj(vm.builtins_module.clone());
    access::dict_set_str(vm, &d, "__builtins__", builtins);
    access::dict_set_str(vm, &d, "__spec__", Value::None);
    access::dict_set_str(vm, &d, "__loader__", Value::None);
    let modules = vm.modules.clone();
    access::dict_set_str(vm, &modules, name, module.clone());
    let data = vm.prepare_code(code);
    set_initializing(vm, module.clone(), true);
    let ran = vm.run_code(data, d, None, &[]);
    set_initializing(vm, module.clone(), false);
    if let Err(e) = ran {
        let key = vm.new_str(name);
        let _ = dictops::dict_remove(vm, &modules, &key);
        return Err(e);
    }
    // The module as `sys.modules` holds it now (the code may have replaced it).
    Ok(loaded(vm, name).unwrap_or(module))
}

/// The `module_state` key of the list of modules whose code is running
/// (CPython's `__spec__._initializing`).
const INITIALIZING: &str = "import.initializing";

/// Marks `module` as running its code, or as done.
fn set_initializing(vm: &mut Vm, module: Value, running: bool) {
    let list = match vm.module_state.get(INITIALIZING) {
        Some(l) => l.clone(),
        None => {
            let l = vm.new_list(Vec::new());
            vm.module_state.insert(INITIALIZING, l.clone());
            l
        }
    };
    if let Value::Obj(r) = list {
        if let Payload::List(items) = &mut vm.heap.get_mut(&r).payload {
            if running {
                items.push(module);
            } else if let Some(i) = items.iter().rposition(|m| same(m.clone(), module.clone())) {
                items.remove(i);
            }
        }
    }
}

fn same(a: Value, b: Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if x == y)
}

/// Whether `module`'s code is still running (a circular import sees it so).
fn is_initializing(vm: &Vm, module: Value) -> bool {
    match vm.module_state.get(INITIALIZING) {
        Some(Value::Obj(r)) => match &vm.heap.get(r).payload {
            Payload::List(items) => items.iter().any(|m| same(m.clone(), module.clone())),
            _ => false,
        },
        _ => false,
    }
}

/// `from module import name` (the `ImportFrom` instruction).
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    match attr::getattr_opt(vm, &module, &name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => {}
        Err(e) => return Err(e),
    }
    let n = access::str_text(vm, &name).cloned().unwrap_or_default();
    let module_name = access::module_name(vm, &module).unwrap_or_else(|| Arc::from("?"));
    // A submodule imported meanwhile (circular imports) is in sys.modules.
    if let Some(m) = loaded(vm, &format!("{module_name}.{n}")) {
        return Ok(m);
    }
    let file = attr::module_dict(vm, &module)
        .and_then(|d| access::dict_get_str(vm, &d, "__file__"))
        .and_then(|f| access::str_text(vm, &f).map(|s| s.to_string()));
    let location = file.clone().unwrap_or_else(|| "unknown location".into());
    let message = if is_initializing(vm, module) {
        format!(
            "cannot import name '{n}' from partially initialized module '{module_name}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{module_name}' ({location})")
    };
    let err = exc::import_error(vm, &exc::IMPORT_ERROR, message, &module_name);
    if let Some(f) = file {
        let path = vm.new_str(f);
        if let Some(d) = attr::ensure_dict(vm, &err.value()) {
            access::dict_set_str(vm, &d, "path", path);
        }
    }
    Err(err)
}

/// `from module import *`: `__all__`, or every public name.
pub fn import_star(vm: &mut Vm, module: Value, namespace: ObjRef) -> PyResult<()> {
    let Some(d) = attr::module_dict(vm, &module) else {
        return Err(vm.type_error("from-import-* object has no __dict__ and no __all__"));
    };
    let names: Vec<Value> = match access::dict_get_str(vm, &d, "__all__") {
        Some(all) => crate::protocols::iter::collect(vm, all)?,
        None => access::dict_items(vm, &d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| access::str_text(vm, k).is_some_and(|t| !t.starts_with('_')))
            .collect(),
    };
    for n in names {
        let v = attr::getattr(vm, &module, &n)?;
        dictops::dict_set(vm, &namespace, n, v)?;
    }
    Ok(())
}
