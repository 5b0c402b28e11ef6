//! Ending an interpreter, as CPython's `Py_FinalizeEx` and
//! `Py_EndInterpreter` do: nothing it holds is lost. Suspended generators
//! run their `finally` blocks, and files are flushed and closed — also
//! those CPython itself loses (a file in a reference cycle, or left open
//! in a sub-interpreter).
//!
//! The order follows CPython's: finalizers already due, then the cycle
//! collector (so garbage cycles are finalized first), then each module's
//! namespace is emptied — `__main__` first, then the others in reverse
//! order of import — name by name as `_PyModule_ClearDict` does (names
//! with one leading underscore first, then the rest but `__builtins__`),
//! running each finalizer as its object goes. `builtins` and `sys` stay
//! until the end, so finalizers can still print. What is left after a
//! last collection is cleared wholesale ([`crate::value::heap::Heap::clear_all`]).

use crate::objects::access;
use crate::protocols::dictops;
use crate::value::object::{ObjRef, Payload};
use crate::value::state::Vm;
use crate::value::Value;

impl Vm {
    /// Finalizes everything this interpreter holds (see the module
    /// documentation). The interpreter is not usable afterwards: its
    /// modules are emptied and its objects cleared.
    pub(crate) fn finalize(&mut self) {
        self.run_pending_finalizers();
        self.collect_garbage(2);
        self.run_pending_finalizers();
        for namespace in self.module_namespaces() {
            self.clear_namespace(&namespace);
        }
        self.collect_garbage(2);
        self.run_pending_finalizers();
        self.heap.clear_all();
    }

    /// The namespaces of the imported modules in the order they are
    /// emptied: `__main__`, then the others newest first; `builtins` and
    /// `sys` are left alone.
    fn module_namespaces(&mut self) -> Vec<ObjRef> {
        let modules = self.modules.clone();
        let mut entries = access::dict_items(self, &modules);
        entries.reverse();
        let is_main = |vm: &Vm, name: &Value| access::str_is(vm, name, "__main__");
        entries.sort_by_key(|(name, _)| !is_main(self, name));
        entries
            .into_iter()
            .filter(|(name, _)| !access::str_is(self, name, "builtins") && !access::str_is(self, name, "sys"))
            .filter_map(|(_, module)| match &module {
                Value::Obj(r) if matches!(self.heap.get(r).payload, Payload::Module(_)) => {
                    self.heap.get(r).dict.clone()
                }
                _ => None,
            })
            .collect()
    }

    /// Sets every name of `namespace` to `None` as `_PyModule_ClearDict`
    /// does, running the finalizers of what each name held at once.
    fn clear_namespace(&mut self, namespace: &ObjRef) {
        for underscored in [true, false] {
            for (name, _) in access::dict_items(self, namespace) {
                let Some(text) = access::str_text(self, &name).map(|t| t.to_string()) else { continue };
                let single_underscore = text.starts_with('_') && !text.starts_with("__");
                let chosen = if underscored { single_underscore } else { text != "__builtins__" };
                if chosen {
                    // Setting an existing key to None cannot fail.
                    let _ = dictops::dict_set(self, namespace, name, Value::None);
                    self.run_pending_finalizers();
                }
            }
        }
    }
}
