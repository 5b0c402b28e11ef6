//! The `io` module: `open`, the file classes, and `UnsupportedOperation`,
//! the error file objects raise for an operation their mode does not allow
//! (reading a file opened for writing). The file objects themselves live
//! in `crate::modules::io::fileobj`.

pub mod bufio;
pub mod fileobj;
pub mod open;
pub mod textfile;

use super::NativeModule;
use crate::objects::types::{exceptions as exc, Native};
use crate::value::object::ObjRef;
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "io",
    functions: &[Native::function("open", crate::modules::io::open::open)],
    types: &[
        &fileobj::TEXT_FILE,
        &fileobj::BUFFERED_READER,
        &fileobj::BUFFERED_WRITER,
        &fileobj::BUFFERED_RANDOM,
        &fileobj::FILE_IO,
    ],
    init: Some(init),
};

/// Defines `UnsupportedOperation`: a class with two built-in bases, as in
/// CPython, so it is made like a `class` statement's class.
fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let ns = vm.new_dict_ref();
    let module = vm.new_str("io");
    crate::objects::access::dict_set_str(vm, &ns, "__module__", module);
    let bases = [Value::Type(&exc::OS_ERROR), Value::Type(&exc::VALUE_ERROR)];
    let class = crate::objects::class::new_class(vm, "UnsupportedOperation", &bases, &ns, &[])?;
    crate::objects::access::dict_set_str(vm, &d, "UnsupportedOperation", class);
    Ok(())
}

/// An `io.UnsupportedOperation(message)` to raise (importing `io` if this
/// interpreter has not yet; should that fail, a plain `OSError`).
pub fn unsupported_operation(vm: &mut Vm, message: &str) -> PyErr {
    let class = crate::exec::import::import_module(vm, "io")
        .and_then(|m| crate::protocols::attr::getattr_str(vm, &m, "UnsupportedOperation"));
    let text = vm.new_str(message);
    match class.and_then(|c| vm.call(&c, &[text])) {
        Ok(Value::Obj(r)) => PyErr(r),
        Ok(_) | Err(_) => vm.error(&exc::OS_ERROR, message),
    }
}
