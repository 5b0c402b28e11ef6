//! What a program that runs isopy as a command or a prompt needs beside
//! running code: the process's standard streams, Ctrl-C, the end of the
//! process, and the names a prompt completes from. The `isopy` command is
//! built on these; a Rust program that offers its own prompt uses them the
//! same way.
//!
//! Everything here that takes a [`Vm`] runs under that interpreter's GIL
//! (holding `&mut Vm` is holding it); the rest is process-wide.
//!
//! ```
//! use isopy_vm::{host, Config, Outcome, Vm};
//!
//! let mut vm = Vm::new(Config::default());
//! let outcome = vm.run_source("class Box:\n    size = 3\nbox = Box()\n", "<example>");
//! assert!(matches!(outcome, Outcome::Finished));
//! let box_ = host::main_global(&mut vm, "box").unwrap();
//! assert!(host::dir(&mut vm, &box_).unwrap().contains(&"size".to_string()));
//! assert!(host::is_callable(&vm, &host::builtin(&vm, "len").unwrap()));
//! host::finalize_process(vm);
//! ```

use std::io;

use crate::builtins::introspect;
use crate::exec::import;
use crate::objects::{access, class, stdio};
use crate::protocols::attr;
use crate::runtime::registry;
use crate::value::signals;
use crate::value::state::{PyResult, Vm};
use crate::value::Value;

// -------------------------------------------------------------- memory

/// The process's allocator that makes running out of memory a Python
/// `MemoryError` (in the interpreter whose thread ran out) rather than the
/// end of the process, also for the many small allocations that have no
/// way to fail (an object, a frame): the system's allocator with a reserve
/// of a few MiB it gives up when the system refuses, so that the
/// interpreter can reach its next safe point, raise and unwind. The `isopy`
/// command installs it; a program that embeds the VM installs it the same
/// way to get the same guarantee (a library cannot choose the process's
/// allocator, so the VM does not install it itself):
///
/// ```
/// #[global_allocator]
/// static ALLOCATOR: isopy_vm::host::MemoryCushion = isopy_vm::host::MemoryCushion;
///
/// fn main() {
///     // Every allocation of the program now goes through the cushion.
///     let words: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
///     assert_eq!(words[999], "999");
/// }
/// ```
///
/// Without it, a program that fills memory with small objects ends the
/// process when the allocation that finds none aborts (allocations whose
/// size a program chooses, such as `bytearray(n)` or a list that grows,
/// raise `MemoryError` either way). Where the system overcommits memory
/// (Linux without `ulimit -v`), allocations do not fail at all, and the
/// kernel ends some process when memory is gone.
pub use crate::value::cushion::Cushion as MemoryCushion;

// -------------------------------------------------------------- standard streams

/// Writes out what the process's `sys.stdout` holds buffered. A prompt
/// calls it before it shows itself, a command before it exits.
pub fn flush_stdout() {
    stdio::flush_stdout();
}

/// Makes the process's `sys.stdout` write through at every newline
/// (Python's `-u`). Call it before any interpreter writes.
pub fn set_unbuffered() {
    stdio::set_unbuffered();
}

/// Reads one line from the process's stdin, after flushing stdout: the
/// line with its newline, or an empty string at the end of input. It
/// blocks, so call it with the GIL released (inside
/// [`Vm::allow_threads`]).
pub fn read_stdin_line() -> io::Result<String> {
    stdio::read_stdin_line()
}

/// The text CPython shows for `e` after `[Errno N]` (`No such file or
/// directory`, `Is a directory`, ...).
pub fn strerror(e: &io::Error) -> String {
    stdio::strerror(e)
}

// ------------------------------------------------------------------- Ctrl-C

/// Asks the main interpreter to raise `KeyboardInterrupt` at its next safe
/// point. Safe to call from any thread, such as a Ctrl-C handler's.
pub fn interrupt_main() {
    signals::interrupt_main();
}

/// Takes a waiting interrupt: whether [`interrupt_main`] was called since
/// the interrupt was last raised or taken. A prompt calls it after reading
/// a line or running an input, so that a Ctrl-C that came meanwhile is
/// reported once and not left for the next input.
pub fn take_interrupt() -> bool {
    signals::take_interrupt()
}

// ---------------------------------------------------------- the process's end

/// Ends the process's interpreters, as CPython does once the main program
/// is over (and its threads joined): every other idle interpreter is
/// finalized and closed, then `main` (files flushed, suspended generators'
/// `finally` run). Call it last, with the main interpreter: its GIL is kept
/// for good, so that daemon threads never run again, and the process is
/// expected to exit.
pub fn finalize_process(main: Vm) {
    registry::finalize_process(main);
}

// --------------------------------------------------------------- modules and names

/// Imports the module with absolute dotted name `name` (and its parent
/// packages), as `import name` does; the module.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    import::import_module(vm, name)
}

/// The global `name` of `__main__`, if it is set.
pub fn main_global(vm: &mut Vm, name: &str) -> Option<Value> {
    let globals = main_dict(vm);
    access::dict_get_str(vm, &globals, name)
}

/// Sets the global `name` of `__main__` to `value`.
pub fn set_main_global(vm: &mut Vm, name: &str, value: Value) {
    let globals = main_dict(vm);
    access::dict_set_str(vm, &globals, name, value);
}

/// The globals of `__main__` whose names are strings, in insertion order.
pub fn main_globals(vm: &mut Vm) -> Vec<(String, Value)> {
    let globals = main_dict(vm);
    named_items(vm, access::dict_items(vm, &globals))
}

/// The built-in `name` (`len`, `ValueError`, ...), if there is one.
pub fn builtin(vm: &Vm, name: &str) -> Option<Value> {
    access::dict_get_str(vm, &vm.builtins, name)
}

/// The names of the `builtins` module with their values, in insertion order.
pub fn builtins(vm: &Vm) -> Vec<(String, Value)> {
    named_items(vm, access::dict_items(vm, &vm.builtins))
}

/// The namespace of `__main__` (made on first use).
fn main_dict(vm: &mut Vm) -> crate::value::object::ObjRef {
    let main = vm.main_module();
    attr::module_dict(vm, &main).expect("__main__ is a module")
}

/// The entries of a namespace whose keys are strings.
fn named_items(vm: &Vm, items: Vec<(Value, Value)>) -> Vec<(String, Value)> {
    items.into_iter().filter_map(|(k, v)| Some((access::str_text(vm, &k)?.to_string(), v))).collect()
}

// ---------------------------------------------------------------- attributes

/// `getattr(object, name)`: may run code (properties, `__getattr__`).
pub fn getattr(vm: &mut Vm, object: &Value, name: &str) -> PyResult<Value> {
    attr::getattr_str(vm, object, name)
}

/// `dir(object)`: the sorted names of its attributes.
pub fn dir(vm: &mut Vm, object: &Value) -> PyResult<Vec<String>> {
    let listing = attr::dir_of(vm, object.clone())?;
    let names = access::seq_items(vm, &listing).unwrap_or_default();
    Ok(names.iter().filter_map(|n| access::str_text(vm, n).map(|s| s.to_string())).collect())
}

/// `callable(value)`.
pub fn is_callable(vm: &Vm, value: &Value) -> bool {
    introspect::is_callable(vm, value.clone())
}

/// What `name` is on the class of `object` (searched along its MRO),
/// without running any code: the raw class attribute, such as a function
/// or a `property` object, not what reading it from `object` would give.
/// A prompt uses it to leave properties unread when it completes.
pub fn class_attribute(vm: &Vm, object: &Value, name: &str) -> Option<Value> {
    let class = class::class_of(vm, object);
    class::lookup(vm, &class, name)
}

/// The name of the type of `value` (`int`, `property`, a class's `__name__`).
pub fn type_name(vm: &Vm, value: &Value) -> String {
    class::type_name(vm, value).to_string()
}
