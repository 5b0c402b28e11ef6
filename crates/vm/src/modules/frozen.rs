//! Frozen modules: library modules written in Python (`src/pylib/`), built
//! into the binary. Each is compiled once per process — code is immutable
//! and shared — and executed afresh in every interpreter that imports it,
//! so each interpreter still has its own module object and state.

use std::sync::{Arc, OnceLock};

use isopy_compiler::Code;

use crate::objects::types::exceptions as exc;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

/// One frozen module.
struct Frozen {
    /// Dotted module name.
    name: &'static str,
    /// Its source text.
    source: &'static str,
    /// Whether it is a package (it gets an empty `__path__`).
    package: bool,
    /// Its code, compiled on first import in any interpreter.
    code: OnceLock<Result<Arc<Code>, String>>,
}

macro_rules! frozen {
    ($name:literal, $file:literal, $package:literal) => {
        Frozen { name: $name, source: include_str!($file), package: $package, code: OnceLock::new() }
    };
}

static FROZEN: [Frozen; 5] = [
    frozen!("threading", "../pylib/threading.py", false),
    frozen!("queue", "../pylib/queue.py", false),
    frozen!("interpreters", "../pylib/interpreters.py", false),
    frozen!("concurrent", "../pylib/concurrent/__init__.py", true),
    frozen!("concurrent.interpreters", "../pylib/concurrent/interpreters.py", false),
];

/// Imports frozen module `name` into `vm`, if there is one.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(frozen) = FROZEN.iter().find(|f| f.name == name) else { return Ok(None) };
    let filename = format!("<frozen {name}>");
    let code =
        frozen.code.get_or_init(|| isopy_compiler::compile_source(frozen.source, &filename).map_err(|e| e.to_string()));
    let code = match code {
        Ok(code) => code.clone(),
        // A bug in isopy's own library, not in the user's program.
        Err(e) => return Err(vm.error(&exc::SYSTEM_ERROR, format!("frozen module {name}: {e}"))),
    };
    if !vm.sources.contains_key(filename.as_str()) {
        vm.sources.insert(filename.clone().into(), frozen.source.into());
    }
    let package_path = frozen.package.then(Vec::new);
    crate::exec::import::exec_module(vm, name, &code, &filename, package_path).map(Some)
}
