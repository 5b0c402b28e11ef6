//! Code made ready to run in one interpreter: constants and names become
//! its values, and the builtins a module's code sees.

use std::rc::Rc;
use std::sync::Arc;

use isopy_compiler::{Code, Constant};
use num_bigint::BigInt;

use crate::objects::types;
use crate::value::object::{CodeData, ObjRef, Payload};
use crate::value::state::Vm;
use crate::value::tuple::TupleItems;
use crate::value::Value;

impl Vm {
    /// Makes `code` ready to run here: its constants (nested code objects
    /// included, recursively) and names become values of this interpreter.
    pub(crate) fn prepare_code(&mut self, code: &Arc<Code>) -> Rc<CodeData> {
        let consts: Vec<Value> = code.constants.iter().map(|c| self.constant(c)).collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        Rc::new(CodeData { code: code.clone(), consts: consts.into(), names: names.into(), sites: Default::default() })
    }

    /// Makes a compile-time constant into a value of this interpreter.
    pub(crate) fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(v) => Value::Int(*v),
            Constant::BigInt { negative, radix, digits } => {
                let mut v = BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_default();
                if *negative {
                    v = -v;
                }
                self.new_int(v)
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Imaginary(_) => Value::None,
            Constant::Str(s) => {
                // Short identifier-like constants are interned, as CPython does.
                if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(s)
                } else {
                    self.new_str(s.clone())
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(items) => {
                let values: TupleItems = items.iter().map(|i| self.constant(i)).collect();
                self.new_tuple(values)
            }
            Constant::FrozenSet(items) => {
                // CPython's compiler builds the frozenset from the display's
                // items, then rebuilds it from its own iteration order when
                // it merges constants; the layout (and so the order a set
                // display iterates in) comes from doing the same.
                let first = self.new_object(&types::FROZENSET, Payload::FrozenSet(Box::default()));
                for item in items.iter() {
                    let v = self.constant(item);
                    // Constants hash without running Python code, so this cannot fail.
                    let _ = crate::protocols::dictops::set_add(self, first.as_obj().expect("a set"), v);
                }
                let keys = crate::objects::access::set_keys(self, first.as_obj().expect("a set"));
                let s = self.new_object(&types::FROZENSET, Payload::FrozenSet(Box::default()));
                for k in keys {
                    let _ = crate::protocols::dictops::set_add(self, s.as_obj().expect("a set"), k);
                }
                s
            }
            Constant::Code(code) => {
                let data = self.prepare_code(code);
                self.new_object(&types::CODE, Payload::Code(data))
            }
        }
    }

    /// The builtins namespace code running with `globals` uses (CPython's
    /// `_PyEval_BuiltinsFromGlobals`): `globals['__builtins__']` (a module's
    /// dict, or a dict), else this interpreter's builtins.
    pub(crate) fn builtins_for(&mut self, globals: ObjRef) -> ObjRef {
        match crate::objects::access::dict_get_str(self, &globals, "__builtins__") {
            Some(Value::Obj(b)) => match &self.heap.get(&b).payload {
                Payload::Dict(_) => b,
                Payload::Module(_) => self.heap.get(&b).dict.clone().unwrap_or(self.builtins.clone()),
                _ => self.builtins.clone(),
            },
            _ => self.builtins.clone(),
        }
    }
}
