//! Heap objects: a class, a payload and an optional instance `__dict__`,
//! the same split as CPython's (`ob_type`, the type's own fields,
//! `__dict__`). An instance of a user class that subclasses `list` is an
//! object whose class is the user class and whose payload is a list.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use isopy_compiler::Code;
use num_bigint::BigInt;

use crate::value::builtin::{BuiltinType, Native};
use crate::value::dict::Dict;
use crate::value::heap::{Managed, Ref};
use crate::value::set::Set;
use crate::value::shape::Shape;
use crate::value::tuple::TupleItems;
use crate::value::version::VersionTag;
use crate::value::Value;

/// A counted reference to an object of this interpreter's heap.
pub type ObjRef = Ref<Object>;

/// What the cycle collector's tracing calls for each reference an object owns.
pub type Visit<'a> = dyn FnMut(&ObjRef) + 'a;

/// Calls `visit` with `v`'s object, if it is one.
#[inline]
pub fn visit_value(v: &Value, visit: &mut Visit<'_>) {
    if let Value::Obj(r) = v {
        visit(r);
    }
}

/// An object's class: a static built-in type or a user class on the heap.
#[derive(Clone, Debug)]
pub enum ClassRef {
    /// A built-in type, shared by every interpreter.
    Builtin(&'static BuiltinType),
    /// A class made by a `class` statement (its object holds [`ClassData`]).
    User(ObjRef),
}

impl ClassRef {
    /// Whether two class references name the same class.
    #[inline]
    pub fn same(&self, other: &ClassRef) -> bool {
        match (self, other) {
            (ClassRef::Builtin(a), ClassRef::Builtin(b)) => std::ptr::eq(*a, *b),
            (ClassRef::User(a), ClassRef::User(b)) => a == b,
            _ => false,
        }
    }

    /// Whether this is the built-in type `t`.
    #[inline]
    pub fn is_builtin(&self, t: &'static BuiltinType) -> bool {
        matches!(self, ClassRef::Builtin(b) if std::ptr::eq(*b, t))
    }

    /// The class as a Python value.
    #[inline]
    pub fn value(&self) -> Value {
        match self {
            ClassRef::Builtin(t) => Value::Type(t),
            ClassRef::User(r) => Value::Obj(r.clone()),
        }
    }
}

/// A heap object.
pub struct Object {
    /// Its class.
    pub class: ClassRef,
    /// Its type-specific data.
    pub payload: Payload,
    /// Its `__dict__`, for objects that have one (a dict object).
    pub dict: Option<ObjRef>,
}

impl Object {
    /// An object of a built-in type, without `__dict__`.
    #[inline]
    pub fn builtin(class: &'static BuiltinType, payload: Payload) -> Object {
        Object { class: ClassRef::Builtin(class), payload, dict: None }
    }

    /// Calls `visit` with every reference the object owns (for the collector).
    pub fn trace(&self, visit: &mut Visit<'_>) {
        if let ClassRef::User(r) = &self.class {
            visit(r);
        }
        if let Some(d) = &self.dict {
            visit(d);
        }
        self.payload.trace(visit);
    }
}

/// A `str`: UTF-8 text shared by `Arc` (so it crosses interpreters without
/// copying), with its length in characters and a cached hash.
pub struct PyStr {
    /// The text.
    pub text: Arc<str>,
    /// Length in characters (code points).
    pub chars: usize,
    /// The hash, computed on first use (0 = not yet).
    pub hash: Cell<i64>,
}

impl PyStr {
    /// Wraps `text`.
    pub fn new(text: Arc<str>) -> PyStr {
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, chars, hash: Cell::new(0) }
    }

    /// Whether every character is ASCII (then character index = byte index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }
}

/// A code object made ready for one interpreter: the shared, immutable
/// [`Code`] plus its constants and names as values of this interpreter.
pub struct CodeData {
    /// The compiled code (shared by every interpreter that runs it).
    pub code: Arc<Code>,
    /// `code.constants` as values of this interpreter.
    pub consts: Box<[Value]>,
    /// `code.names` as interned strs of this interpreter.
    pub names: Box<[Value]>,
    /// The inline caches of its instructions in this interpreter.
    pub(crate) sites: crate::value::sites::Sites,
}

/// A function made by `def` or `lambda`.
pub struct Function {
    /// Its code, prepared for this interpreter.
    pub code: Rc<CodeData>,
    /// The module globals it runs with (a dict).
    pub globals: ObjRef,
    /// The builtins its global lookups fall back to (a dict).
    pub builtins: ObjRef,
    /// Positional defaults (a tuple) or `None`.
    pub defaults: Value,
    /// Keyword-only defaults (a dict) or `None`.
    pub kwdefaults: Value,
    /// Cells of the variables it closes over (a tuple) or `None`.
    pub closure: Value,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// `__doc__`.
    pub doc: Value,
    /// `__annotations__` (a dict) or `None`.
    pub annotations: Value,
    /// `__module__`.
    pub module: Value,
}

/// A class made by a `class` statement.
pub struct ClassData {
    /// `__name__`.
    pub name: Arc<str>,
    /// `__qualname__`.
    pub qualname: Arc<str>,
    /// Direct bases, in order.
    pub bases: Vec<ClassRef>,
    /// The method resolution order, starting with the class itself.
    pub mro: Vec<ClassRef>,
    /// The class namespace (a dict object, also its `__dict__`).
    pub namespace: ObjRef,
    /// The built-in type whose payload instances carry (`object` for plain classes).
    pub base_type: &'static BuiltinType,
    /// The layout its instances start with (no attributes); see `shape.rs`.
    pub shape: Rc<Shape>,
    /// Changes whenever the class or one of its bases changes.
    pub version: Rc<VersionTag>,
}

/// The attributes of a plain instance of a user class, laid out by its
/// class's shapes (see `shape.rs`).
pub struct InstanceAttrs {
    /// The layout of `values`; `None` for an instance without attributes
    /// of its own (`object()`), and once the attributes moved into the
    /// object's `__dict__` (its `dict`), which then holds them.
    pub shape: Option<Rc<Shape>>,
    /// The attribute values, in the order the shape names them.
    pub values: Vec<Value>,
}

impl InstanceAttrs {
    /// No attributes, and no room for any (`object()`).
    pub const NONE: InstanceAttrs = InstanceAttrs { shape: None, values: Vec::new() };

    /// No attributes yet, laid out from `root`.
    pub fn new(root: &Rc<Shape>) -> InstanceAttrs {
        InstanceAttrs { shape: Some(root.clone()), values: Vec::new() }
    }

    /// The value of attribute `name`, if the layout has it.
    #[inline]
    pub fn get(&self, name: &str) -> Option<&Value> {
        let i = self.shape.as_ref()?.index_of(name)?;
        self.values.get(i)
    }
}

/// A module.
pub struct ModuleData {
    /// `__name__`.
    pub name: Arc<str>,
}

/// One frame of a traceback: where the exception passed.
#[derive(Clone)]
pub struct TraceEntry {
    /// The code that was running.
    pub code: Arc<Code>,
    /// The instruction that raised or called.
    pub instruction: u32,
}

impl TraceEntry {
    /// The source line of the instruction.
    pub fn line(&self) -> u32 {
        self.code.locations.get(self.instruction as usize).map_or(self.code.first_line, |l| l.line)
    }
}

/// An exception instance's state.
pub struct ExceptionData {
    /// `args` (a tuple).
    pub args: Value,
    /// Where it passed, innermost first.
    pub traceback: Vec<TraceEntry>,
    /// `__cause__`.
    pub cause: Value,
    /// `__context__`.
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple, str, bytes or bytearray by index.
    Seq {
        /// The sequence.
        seq: Value,
        /// The next index.
        index: usize,
    },
    /// Over a str's characters by byte offset.
    Str {
        /// The str.
        text: Arc<str>,
        /// The next byte offset.
        offset: usize,
    },
    /// Over a range.
    Range {
        /// The next value.
        next: i64,
        /// The step.
        step: i64,
        /// How many values remain.
        remaining: u64,
    },
    /// Over a range of big ints: next, step, how many remain.
    BigRange(Box<[BigInt; 3]>),
    /// Over a dict's keys / values / items, by entry index.
    Dict {
        /// The dict.
        dict: ObjRef,
        /// The next entry index.
        index: usize,
        /// Which part it yields.
        kind: DictView,
        /// The dict's size when iteration started (a change is an error).
        len: usize,
        /// How many items are still expected (more means the keys changed).
        remaining: usize,
    },
    /// `reversed()` of a dict or dict view, by entry index counting down.
    DictReversed {
        /// The dict.
        dict: ObjRef,
        /// One past the next entry index to look at.
        index: usize,
        /// Which part it yields.
        kind: DictView,
        /// The dict's size when iteration started (a change is an error).
        len: usize,
    },
    /// Over a set, by table slot.
    Set {
        /// The set.
        set: ObjRef,
        /// The next slot.
        index: usize,
        /// The set's size when iteration started.
        len: usize,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        inner: Value,
        /// The next count.
        count: Value,
    },
    /// `zip(*its)`.
    Zip {
        /// The underlying iterators.
        inners: Vec<Value>,
        /// `strict=True`.
        strict: bool,
    },
    /// `map(f, *its)`.
    Map {
        /// The function.
        func: Value,
        /// The underlying iterators.
        inners: Vec<Value>,
    },
    /// `filter(f, it)`.
    Filter {
        /// The predicate (`None` for truthiness).
        func: Value,
        /// The underlying iterator.
        inner: Value,
    },
    /// `reversed(seq)` by index, counting down.
    Reversed {
        /// The sequence.
        seq: Value,
        /// How many items remain (the next index is `remaining - 1`).
        remaining: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The callable.
        func: Value,
        /// The value that ends iteration.
        sentinel: Value,
    },
    /// Over a sequence through its `__getitem__` (the old protocol).
    GetItem {
        /// The sequence.
        seq: Value,
        /// The next index.
        index: i64,
    },
    /// An exhausted iterator.
    Done,
}

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    /// `keys()`.
    Keys,
    /// `values()`.
    Values,
    /// `items()`.
    Items,
}

/// A generator's state between runs.
pub struct GeneratorData {
    /// The suspended frame (`None` before the first run is over, once
    /// finished, and while it runs).
    pub frame: Option<crate::value::frame::Frame>,
    /// Its saved slice of the value stack (locals then operands). Values
    /// move between it and the thread's stack on each resume and yield;
    /// its allocation stays, so a `yield` allocates nothing.
    pub saved: Vec<Value>,
    /// Whether it is executing now.
    pub running: bool,
    /// Whether it has started (a first `send` must be `None`).
    pub started: bool,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// The exception being handled inside it when it yielded.
    pub handled: Value,
}

/// Data of objects that native modules define (files, deques, locks...):
/// anything that can list the references it holds.
pub trait NativeData: 'static {
    /// Calls `visit` with every reference it owns (for the collector).
    fn trace(&self, visit: &mut Visit<'_>);
    /// For downcasting.
    fn as_any(&self) -> &dyn Any;
    /// For downcasting.
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// Type-specific data.
pub enum Payload {
    /// A plain instance: its attributes (or a plain `object()`).
    Instance(InstanceAttrs),
    /// A `str`.
    Str(PyStr),
    /// A `bytes`.
    Bytes(Arc<[u8]>),
    /// A `bytearray`.
    ByteArray(Vec<u8>),
    /// An int on the heap: too large for an `i64`, or an int subclass's instance.
    Int(Box<BigInt>),
    /// A float on the heap (instances of float subclasses; plain floats are inline).
    Float(f64),
    /// A `list`.
    List(Vec<Value>),
    /// A `tuple` (up to two items inline, see `tuple.rs`).
    Tuple(TupleItems),
    /// A `dict`.
    Dict(Box<Dict>),
    /// A `set`.
    Set(Box<Set>),
    /// A `frozenset`.
    FrozenSet(Box<Set>),
    /// A `range`.
    Range {
        /// First value.
        start: i64,
        /// Bound.
        stop: i64,
        /// Step (never 0).
        step: i64,
    },
    /// A `range` whose bounds do not all fit an `i64`: start, stop, step.
    BigRange(Box<[BigInt; 3]>),
    /// A `slice`.
    Slice(Box<[Value; 3]>),
    /// A Python function.
    Function(Box<Function>),
    /// A function bound to an instance (`obj.method`).
    BoundMethod {
        /// The function.
        func: Value,
        /// The instance.
        receiver: Value,
    },
    /// A built-in method bound to an instance (`[].append`).
    NativeMethod {
        /// The method.
        native: &'static Native,
        /// The instance.
        receiver: Value,
    },
    /// A user class.
    Class(Box<ClassData>),
    /// A module (its namespace is the object's dict).
    Module(Box<ModuleData>),
    /// A closure cell.
    Cell(Value),
    /// A generator.
    Generator(Box<GeneratorData>),
    /// A built-in iterator.
    Iter(Box<IterState>),
    /// An exception instance.
    Exception(Box<ExceptionData>),
    /// `property(fget, fset, fdel, doc)`, and the name `__set_name__` gave it
    /// (`Null` until then).
    Property(Box<[Value; 5]>),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(type, obj)`.
    Super {
        /// The class to start after in the MRO.
        class: ClassRef,
        /// The instance (or class) the lookup binds to.
        receiver: Value,
    },
    /// A dict view (`d.keys()`, ...).
    DictView {
        /// The dict.
        dict: ObjRef,
        /// Which part.
        kind: DictView,
    },
    /// A code object (a nested function's code, or `compile()`'s result).
    Code(Rc<CodeData>),
    /// A traceback (`exc.__traceback__`): the entries from `index` on.
    Traceback {
        /// The exception's entries, innermost first.
        entries: Arc<[TraceEntry]>,
        /// Which entry, counted from the outermost.
        index: usize,
    },
    /// An object of a native module's type.
    Native(Box<dyn NativeData>),
}

impl Payload {
    /// Calls `visit` with every reference the payload owns. Code objects'
    /// constants are left out: an `Rc<CodeData>` is shared by every
    /// function made from it (so no one of them owns its counts), and
    /// constants cannot form cycles.
    pub fn trace(&self, visit: &mut Visit<'_>) {
        match self {
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Range { .. }
            | Payload::BigRange(_)
            | Payload::Traceback { .. }
            | Payload::Module(_)
            | Payload::Code(_) => {}
            Payload::Instance(attrs) => attrs.values.iter().for_each(|v| visit_value(v, visit)),
            Payload::List(items) => items.iter().for_each(|v| visit_value(v, visit)),
            Payload::Tuple(items) => items.iter().for_each(|v| visit_value(v, visit)),
            Payload::Dict(d) => d.trace(visit),
            Payload::Set(s) | Payload::FrozenSet(s) => s.trace(visit),
            Payload::Slice(parts) => parts.iter().for_each(|v| visit_value(v, visit)),
            Payload::Function(f) => {
                visit(&f.globals);
                visit(&f.builtins);
                for v in
                    [&f.defaults, &f.kwdefaults, &f.closure, &f.name, &f.qualname, &f.doc, &f.annotations, &f.module]
                {
                    visit_value(v, visit);
                }
            }
            Payload::BoundMethod { func, receiver } => {
                visit_value(func, visit);
                visit_value(receiver, visit);
            }
            Payload::NativeMethod { receiver, .. } => visit_value(receiver, visit),
            Payload::Class(c) => {
                for class in c.bases.iter().chain(&c.mro) {
                    if let ClassRef::User(r) = class {
                        visit(r);
                    }
                }
                visit(&c.namespace);
            }
            Payload::Cell(v) | Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit_value(v, visit),
            Payload::Generator(g) => {
                g.saved.iter().for_each(|v| visit_value(v, visit));
                if let Some(frame) = &g.frame {
                    frame.trace(visit);
                }
                visit_value(&g.name, visit);
                visit_value(&g.qualname, visit);
                visit_value(&g.handled, visit);
            }
            Payload::Iter(state) => state.trace(visit),
            Payload::Exception(e) => {
                visit_value(&e.args, visit);
                visit_value(&e.cause, visit);
                visit_value(&e.context, visit);
            }
            Payload::Property(parts) => parts.iter().for_each(|v| visit_value(v, visit)),
            Payload::Super { class, receiver } => {
                if let ClassRef::User(r) = class {
                    visit(r);
                }
                visit_value(receiver, visit);
            }
            Payload::DictView { dict, .. } => visit(dict),
            Payload::Native(n) => n.trace(visit),
        }
    }

    /// Whether the payload can hold references (and so take part in a cycle).
    fn is_container(&self) -> bool {
        !matches!(
            self,
            Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Range { .. }
                | Payload::BigRange(_)
                | Payload::Traceback { .. }
        )
    }
}

impl Managed for Object {
    fn trace(&self, visit: &mut dyn FnMut(&ObjRef)) {
        Object::trace(self, visit)
    }

    fn clear(&mut self) {
        // Moved out before they drop, so that nothing they free can see
        // this object half cleared.
        // The class stays: an instance's class reference makes no cycle
        // by itself (a class's own references are in its payload), and it
        // goes when the instance does.
        let payload = std::mem::replace(&mut self.payload, Payload::Instance(InstanceAttrs::NONE));
        let dict = self.dict.take();
        drop((payload, dict));
    }

    fn is_container(&self) -> bool {
        matches!(self.class, ClassRef::User(_)) || self.dict.is_some() || self.payload.is_container()
    }

    fn needs_finalizer(&self) -> bool {
        match &self.payload {
            Payload::Generator(g) => crate::value::frame::suspended_in_handler(g),
            _ => false,
        }
    }

    fn dispose(&mut self) {
        match &mut self.payload {
            Payload::List(items) => release_last_first(std::mem::take(items)),
            Payload::Tuple(items) => std::mem::take(items).release_last_first(),
            _ => {}
        }
    }
}

/// Drops `items` from the last to the first, the order in which CPython
/// releases a list's or a tuple's items (`list_dealloc`, `list_clear`,
/// slice deletion): finalizers that print show it.
pub fn release_last_first(mut items: Vec<Value>) {
    while items.pop().is_some() {}
}

impl IterState {
    /// Calls `visit` with every reference the iterator owns.
    pub fn trace(&self, visit: &mut Visit<'_>) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } | IterState::GetItem { seq, .. } => {
                visit_value(seq, visit)
            }
            IterState::Str { .. } | IterState::Range { .. } | IterState::BigRange(_) | IterState::Done => {}
            IterState::Dict { dict, .. } | IterState::DictReversed { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::Enumerate { inner, count } => {
                visit_value(inner, visit);
                visit_value(count, visit);
            }
            IterState::Zip { inners, .. } => inners.iter().for_each(|v| visit_value(v, visit)),
            IterState::Map { func, inners } => {
                visit_value(func, visit);
                inners.iter().for_each(|v| visit_value(v, visit));
            }
            IterState::Filter { func, inner } => {
                visit_value(func, visit);
                visit_value(inner, visit);
            }
            IterState::Callable { func, sentinel } => {
                visit_value(func, visit);
                visit_value(sentinel, visit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_stay_small() {
        assert!(std::mem::size_of::<Payload>() <= 40, "{}", std::mem::size_of::<Payload>());
        assert!(std::mem::size_of::<Object>() <= 72, "{}", std::mem::size_of::<Object>());
    }
}
