//! Shareable values: how data crosses from one interpreter to another.
//!
//! A [`Shared`] is made from a value under the sender's GIL and holds no
//! reference into any heap — only plain data and `Arc` payloads — so it can
//! sit in a channel or be handed to another thread; the receiver turns it
//! into a fresh object of its own heap. `str` and `bytes` keep their `Arc`
//! payload, so a large one crosses without being copied. A value of one
//! interpreter can therefore never be reached from another: `Value`s stay
//! behind their interpreter's GIL, and only `Shared` crosses.

use std::cell::Cell;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::objects::access;
use crate::objects::class::{class_of, type_name};
use crate::objects::types;
use crate::protocols::attr;
use crate::value::object::{ClassRef, Payload, PyStr};
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;

crate::value::builtin::native_exception!(
    NOT_SHAREABLE_ERROR,
    "interpreters",
    "NotShareableError",
    &crate::objects::types::exceptions::VALUE_ERROR,
    "The value cannot cross interpreters."
);

/// Which Python object of the `interpreters` module a handle becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandleKind {
    /// `interpreters.RecvChannel(id)`.
    RecvChannel,
    /// `interpreters.SendChannel(id)`.
    SendChannel,
    /// `interpreters.Queue(id)`.
    Queue,
    /// `interpreters.Interpreter(id)`.
    Interpreter,
}

impl HandleKind {
    /// The class attribute `__isopy_shared__` that marks the class.
    fn from_marker(marker: &str) -> Option<HandleKind> {
        Some(match marker {
            "recv" => HandleKind::RecvChannel,
            "send" => HandleKind::SendChannel,
            "queue" => HandleKind::Queue,
            "interp" => HandleKind::Interpreter,
            _ => return None,
        })
    }

    /// The class's name in the `interpreters` module.
    fn class_name(self) -> &'static str {
        match self {
            HandleKind::RecvChannel => "RecvChannel",
            HandleKind::SendChannel => "SendChannel",
            HandleKind::Queue => "Queue",
            HandleKind::Interpreter => "Interpreter",
        }
    }
}

/// A value that can cross between interpreters.
#[derive(Clone, Debug)]
pub enum Shared {
    /// `None`.
    None,
    /// A `bool`.
    Bool(bool),
    /// An `int` that fits in an `i64`.
    Int(i64),
    /// A larger `int`.
    BigInt(Arc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `str`: its text (shared, not copied) and its length in characters.
    Str(Arc<str>, usize),
    /// A `bytes` (shared, not copied).
    Bytes(Arc<[u8]>),
    /// A tuple of shareable values.
    Tuple(Arc<[Shared]>),
    /// A channel end, queue or interpreter: an id the receiver rebuilds
    /// its own handle object from.
    Handle(HandleKind, u64),
}

/// Why a value cannot be shared: the message of `NotShareableError`.
pub struct NotShareable(pub String);

impl Shared {
    /// The shareable form of `v`, or why it has none.
    pub fn from_value(vm: &mut Vm, v: Value) -> PyResult<Result<Shared, NotShareable>> {
        Ok(Ok(match v {
            Value::None => Shared::None,
            Value::Bool(b) => Shared::Bool(b),
            Value::Int(i) => Shared::Int(i),
            Value::Float(f) => Shared::Float(f),
            Value::Obj(ref r) => {
                let exact = |t: &'static types::BuiltinType| matches!(vm.heap.get(r).class, ClassRef::Builtin(c) if std::ptr::eq(c, t));
                let is_str = exact(&types::STR);
                let is_bytes = exact(&types::BYTES);
                let is_int = exact(&types::INT);
                let is_tuple = exact(&types::TUPLE);
                match &vm.heap.get(r).payload {
                    Payload::Str(s) if is_str => Shared::Str(s.text.clone(), s.chars),
                    Payload::Bytes(b) if is_bytes => Shared::Bytes(b.clone()),
                    Payload::Int(i) if is_int => Shared::BigInt(Arc::new((**i).clone())),
                    Payload::Tuple(items) if is_tuple => {
                        let items = items.to_vec();
                        let mut shared = Vec::with_capacity(items.len());
                        for item in items {
                            match Shared::from_value(vm, item)? {
                                Ok(s) => shared.push(s),
                                Err(why) => return Ok(Err(why)),
                            }
                        }
                        Shared::Tuple(shared.into())
                    }
                    Payload::Instance(_) => match handle_of(vm, v.clone())? {
                        Some(handle) => handle,
                        None => return Ok(Err(not_shareable(vm, v))),
                    },
                    _ => return Ok(Err(not_shareable(vm, v))),
                }
            }
            _ => return Ok(Err(not_shareable(vm, v))),
        }))
    }

    /// A fresh object of `vm`'s heap with this value.
    pub fn to_value(&self, vm: &mut Vm) -> PyResult<Value> {
        Ok(match self {
            Shared::None => Value::None,
            Shared::Bool(b) => Value::Bool(*b),
            Shared::Int(i) => Value::Int(*i),
            Shared::BigInt(i) => vm.new_int((**i).clone()),
            Shared::Float(f) => Value::Float(*f),
            Shared::Str(text, chars) => {
                let s = PyStr { text: text.clone(), chars: *chars, hash: Cell::new(0) };
                vm.new_object(&types::STR, Payload::Str(s))
            }
            Shared::Bytes(b) => vm.new_bytes(b.clone()),
            Shared::Tuple(items) => {
                let values = items.iter().map(|item| item.to_value(vm)).collect::<PyResult<TupleItems>>()?;
                vm.new_tuple(values)
            }
            Shared::Handle(kind, id) => {
                let module = crate::exec::import::import_module(vm, "interpreters")?;
                let class = attr::getattr_str(vm, &module, kind.class_name())?;
                let id = Value::Int(*id as i64);
                vm.call(&class, &[id])?
            }
        })
    }
}

/// The handle a channel end, queue or interpreter object of the
/// `interpreters` module stands for: its class carries the marker
/// attribute `__isopy_shared__`, the instance its `id`.
fn handle_of(vm: &mut Vm, v: Value) -> PyResult<Option<Shared>> {
    let class = match class_of(vm, &v) {
        ClassRef::User(c) => Value::Obj(c),
        ClassRef::Builtin(_) => return Ok(None),
    };
    let marker_name = vm.intern("__isopy_shared__");
    let Some(marker) = attr::getattr_opt(vm, &class, &marker_name)? else { return Ok(None) };
    let Some(kind) = access::str_text(vm, &marker).and_then(|m| HandleKind::from_marker(m)) else { return Ok(None) };
    let id = attr::getattr_str(vm, &v, "id")?;
    match id {
        Value::Int(i) if i >= 0 => Ok(Some(Shared::Handle(kind, i as u64))),
        _ => Ok(None),
    }
}

fn not_shareable(vm: &Vm, v: Value) -> NotShareable {
    NotShareable(format!("'{}' object is not shareable", type_name(vm, &v)))
}

/// Converts `v`, raising `NotShareableError` if it cannot cross.
pub fn share(vm: &mut Vm, v: Value) -> PyResult<Shared> {
    match Shared::from_value(vm, v)? {
        Ok(s) => Ok(s),
        Err(NotShareable(message)) => Err(not_shareable_error(vm, message)),
    }
}

/// A `NotShareableError` with `message`.
pub fn not_shareable_error(vm: &mut Vm, message: String) -> PyErr {
    vm.error(&NOT_SHAREABLE_ERROR, message)
}
