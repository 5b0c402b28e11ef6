//! The small built-in types: the singletons' types, `slice`, generators
//! and built-in iterators, modules, `super`, tracebacks, and the generic
//! aliases and unions that annotations such as `list[int] | None` evaluate to.

use std::any::Any;

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::protocol::{Execution, Protocols};
use crate::objects::types::{exceptions as exc, BuiltinType, Native, OBJECT};
use crate::value::object::{ClassRef, NativeData, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// `type(None)`.
pub static NONE_TYPE: BuiltinType = BuiltinType {
    methods: &[
        Native::staticmethod("__new__", none_new),
        Native::method("__bool__", crate::objects::types::dunders::bool),
    ],
    new: Some(none_new),
    // No binary slot: `None | int` is `type`'s operator, and `None | None` is a TypeError.
    slots: crate::value::builtin::Slots { repr: Some(none_repr), ..IDENTITY_SLOTS },
    ..BuiltinType::plain("NoneType", &OBJECT)
};
/// `type(NotImplemented)`.
pub static NOT_IMPLEMENTED_TYPE: BuiltinType = BuiltinType {
    methods: &[Native::staticmethod("__new__", not_implemented_new)],
    new: Some(not_implemented_new),
    slots: crate::value::builtin::Slots { repr: Some(not_implemented_repr), ..IDENTITY_SLOTS },
    ..BuiltinType::plain("NotImplementedType", &OBJECT)
};
/// `type(...)`.
pub static ELLIPSIS_TYPE: BuiltinType = BuiltinType {
    methods: &[Native::staticmethod("__new__", ellipsis_new)],
    new: Some(ellipsis_new),
    slots: crate::value::builtin::Slots { repr: Some(ellipsis_repr), ..IDENTITY_SLOTS },
    ..BuiltinType::plain("ellipsis", &OBJECT)
};

/// The slots of the types whose values equal only themselves.
pub(crate) const IDENTITY_SLOTS: crate::value::builtin::Slots = crate::value::builtin::Slots {
    known_eq: Some(crate::objects::compare::identity_known_eq),
    ..crate::value::builtin::Slots::NONE
};
/// The repr slot of `NoneType`.
fn none_repr(_vm: &mut Vm, _v: &Value) -> PyResult<String> {
    Ok("None".into())
}

/// The repr slot of `NotImplementedType`.
fn not_implemented_repr(_vm: &mut Vm, _v: &Value) -> PyResult<String> {
    Ok("NotImplemented".into())
}

/// The repr slot of `ellipsis`.
fn ellipsis_repr(_vm: &mut Vm, _v: &Value) -> PyResult<String> {
    Ok("Ellipsis".into())
}

fn singleton_new(vm: &mut Vm, args: Args<'_>, name: &str, v: Value) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    singleton_new(vm, args, "NoneType", Value::None)
}

fn not_implemented_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    singleton_new(vm, args, "NotImplementedType", Value::NotImplemented)
}

fn ellipsis_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    singleton_new(vm, args, "ellipsis", Value::Ellipsis)
}

static SLICE_METHODS: &[Native] = &[
    Native::staticmethod("__new__", slice_new),
    Native::getter("start", slice_start),
    Native::getter("stop", slice_stop),
    Native::getter("step", slice_step),
    Native::method("indices", slice_indices),
    Native::method("__eq__", slice_eq),
];

/// `slice`.
pub static SLICE: BuiltinType = BuiltinType {
    methods: SLICE_METHODS,
    new: Some(slice_new),
    slots: crate::value::builtin::Slots {
        hash: Some(crate::objects::types::object::unhashable),
        compare: Some(slice_compare),
        repr: Some(slice_repr),
        ..crate::value::builtin::Slots::NONE
    },
    ..BuiltinType::plain("slice", &OBJECT)
};

static GENERATOR_METHODS: &[Native] = &[
    Native::method("__iter__", iter_self),
    Native::method("__next__", next_method),
    Native::method("send", generator_send),
    Native::method("throw", generator_throw),
    Native::method("close", generator_close),
    Native::getter("__name__", generator_name),
    Native::getter("__qualname__", generator_qualname),
    Native::getter("gi_running", generator_running),
];

/// The type of generator objects.
pub static GENERATOR: BuiltinType = BuiltinType {
    methods: GENERATOR_METHODS,
    slots: crate::value::builtin::Slots {
        iter: Some(iter_identity),
        repr: Some(generator_repr),
        ..crate::value::builtin::Slots::NONE
    },
    ..BuiltinType::plain("generator", &OBJECT)
};

/// The repr slot of generators: `<generator object qualname at 0x...>`.
fn generator_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Generator(g) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let q = access::str_text(vm, &g.qualname).map(|s| s.to_string()).unwrap_or_default();
    Ok(format!("<generator object {q} at {:#x}>", access::address(r.clone())))
}

static ITERATOR_METHODS: &[Native] = &[
    Native::method("__iter__", iter_self),
    Native::method("__next__", next_method),
    Native::method("__length_hint__", length_hint),
];

/// The type of the built-in iterators (`iter([])`, `map(...)`, ...).
pub static ITERATOR: BuiltinType = BuiltinType {
    methods: ITERATOR_METHODS,
    slots: crate::value::builtin::Slots { iter: Some(iter_identity), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("iterator", &OBJECT)
};

macro_rules! iterator_types {
    ($($static:ident, $name:literal;)*) => {
        $(
            #[doc = concat!("The type `", $name, "`.")]
            pub static $static: BuiltinType = BuiltinType {
                methods: ITERATOR_METHODS,
                slots: crate::value::builtin::Slots { iter: Some(iter_identity), ..crate::value::builtin::Slots::NONE },
                ..BuiltinType::plain($name, &OBJECT)
            };
        )*
    };
}

iterator_types! {
    LIST_ITERATOR, "list_iterator";
    LIST_REVERSEITERATOR, "list_reverseiterator";
    TUPLE_ITERATOR, "tuple_iterator";
    STR_ASCII_ITERATOR, "str_ascii_iterator";
    STR_ITERATOR, "str_iterator";
    BYTES_ITERATOR, "bytes_iterator";
    BYTEARRAY_ITERATOR, "bytearray_iterator";
    RANGE_ITERATOR, "range_iterator";
    LONGRANGE_ITERATOR, "longrange_iterator";
    DICT_KEYITERATOR, "dict_keyiterator";
    DICT_VALUEITERATOR, "dict_valueiterator";
    DICT_ITEMITERATOR, "dict_itemiterator";
    DICT_REVERSEKEYITERATOR, "dict_reversekeyiterator";
    DICT_REVERSEVALUEITERATOR, "dict_reversevalueiterator";
    DICT_REVERSEITEMITERATOR, "dict_reverseitemiterator";
    SET_ITERATOR, "set_iterator";
    CALLABLE_ITERATOR, "callable_iterator";
}

/// The type CPython gives an iterator in state `state`.
pub fn iterator_type(vm: &Vm, state: &crate::value::object::IterState) -> &'static BuiltinType {
    use crate::value::object::{DictView, IterState};
    match state {
        IterState::Seq { seq, .. } => match seq {
            Value::Obj(r) => match &vm.heap.get(r).payload {
                Payload::List(_) => &LIST_ITERATOR,
                Payload::Tuple(_) => &TUPLE_ITERATOR,
                Payload::Bytes(_) => &BYTES_ITERATOR,
                Payload::ByteArray(_) => &BYTEARRAY_ITERATOR,
                _ => &ITERATOR,
            },
            _ => &ITERATOR,
        },
        IterState::Str { text, .. } => {
            if text.is_ascii() {
                &STR_ASCII_ITERATOR
            } else {
                &STR_ITERATOR
            }
        }
        IterState::Range { .. } => &RANGE_ITERATOR,
        IterState::BigRange(_) => &LONGRANGE_ITERATOR,
        IterState::Dict { kind, .. } => match kind {
            DictView::Keys => &DICT_KEYITERATOR,
            DictView::Values => &DICT_VALUEITERATOR,
            DictView::Items => &DICT_ITEMITERATOR,
        },
        IterState::DictReversed { kind, .. } => match kind {
            DictView::Keys => &DICT_REVERSEKEYITERATOR,
            DictView::Values => &DICT_REVERSEVALUEITERATOR,
            DictView::Items => &DICT_REVERSEITEMITERATOR,
        },
        IterState::Set { .. } => &SET_ITERATOR,
        IterState::Enumerate { .. } => &crate::objects::types::iterators::ENUMERATE,
        IterState::Zip { .. } => &crate::objects::types::iterators::ZIP,
        IterState::Map { .. } => &crate::objects::types::iterators::MAP,
        IterState::Filter { .. } => &crate::objects::types::iterators::FILTER,
        IterState::Reversed { seq, .. } => match seq {
            Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::List(_)) => &LIST_REVERSEITERATOR,
            _ => &crate::objects::types::iterators::REVERSED,
        },
        IterState::Callable { .. } => &CALLABLE_ITERATOR,
        IterState::GetItem { .. } | IterState::Done => &ITERATOR,
    }
}

/// The type of modules.
pub static MODULE: BuiltinType = BuiltinType {
    slots: crate::value::builtin::Slots { repr: Some(module_repr), ..IDENTITY_SLOTS },
    ..BuiltinType::plain("module", &OBJECT)
};

/// The repr slot of modules: `<module 'name' from 'file'>`, or
/// `(built-in)` for a module without a `__file__`.
fn module_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Module(m) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let name = m.name.clone();
    let file = vm.heap.get(r).dict.clone().and_then(|d| access::dict_get_str(vm, &d, "__file__"));
    Ok(match file.and_then(|f| access::str_text(vm, &f).cloned()) {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None => format!("<module '{name}' (built-in)>"),
    })
}

static SUPER_METHODS: &[Native] = &[
    Native::staticmethod("__new__", super_new),
    Native::getter("__thisclass__", super_thisclass),
    Native::getter("__self__", super_self),
];

/// `super`.
pub static SUPER: BuiltinType = BuiltinType {
    methods: SUPER_METHODS,
    new: Some(super_new),
    slots: crate::value::builtin::Slots { repr: Some(super_repr), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("super", &OBJECT)
};

/// The repr slot of `super`: `<super: <class 'C'>, <T object>>`.
fn super_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Super { class: c, receiver } = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let (c, receiver) = (c.clone(), receiver.clone());
    let cname = class::class_name(vm, &c);
    let rname = type_name(vm, &receiver);
    Ok(format!("<super: <class '{cname}'>, <{rname} object>>"))
}

static TRACEBACK_METHODS: &[Native] =
    &[Native::getter("tb_lineno", tb_lineno), Native::getter("tb_next", tb_next), Native::getter("tb_lasti", tb_lasti)];

/// The type of traceback objects.
pub static TRACEBACK: BuiltinType =
    BuiltinType { methods: TRACEBACK_METHODS, ..BuiltinType::plain("traceback", &OBJECT) };

// ------------------------------------------------------------ slice

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "slice", 1, 1, 3)?;
    let parts = match args.pos.len() - 1 {
        1 => [Value::None, args.pos[1].clone(), Value::None],
        2 => [args.pos[1].clone(), args.pos[2].clone(), Value::None],
        _ => [args.pos[1].clone(), args.pos[2].clone(), args.pos[3].clone()],
    };
    Ok(vm.new_object(&SLICE, Payload::Slice(Box::new(parts))))
}

/// The repr slot of `slice`: `slice(start, stop, step)`.
fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(r) = v else { return crate::objects::types::object::default_repr(vm, v) };
    let Payload::Slice(parts) = &vm.heap.get(r).payload else {
        return crate::objects::types::object::default_repr(vm, v);
    };
    let parts = (**parts).clone();
    let a = vm.repr(&parts[0])?;
    let b = vm.repr(&parts[1])?;
    let c = vm.repr(&parts[2])?;
    Ok(format!("slice({a}, {b}, {c})"))
}

fn parts_of(vm: &mut Vm, v: Value) -> PyResult<[Value; 3]> {
    match access::slice_parts(vm, &v) {
        Some(p) => Ok(p),
        None => Err(vm.type_error("expected a slice")),
    }
}

fn slice_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    parts_of(vm, args.get(0)).map(|p| p[0].clone())
}

fn slice_stop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    parts_of(vm, args.get(0)).map(|p| p[1].clone())
}

fn slice_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    parts_of(vm, args.get(0)).map(|p| p[2].clone())
}

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [len] = args.exact::<1>(vm, "slice.indices", 1)?;
    let parts = parts_of(vm, args.get(0))?;
    let n = vm.index_i64(len)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let s = vm.resolve_slice(parts, n as usize)?;
    Ok(vm.new_tuple([Value::Int(s.start), Value::Int(s.stop), Value::Int(s.step)]))
}

/// Comparisons of two slices, as the tuples `(start, stop, step)` (the
/// compare slot).
fn slice_compare(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::Comparison) -> PyResult<Value> {
    let (Some(x), Some(y)) = (access::slice_parts(vm, a), access::slice_parts(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    crate::objects::compare::sequence_compare(vm, &x, &y, op).map(Value::Bool)
}

fn slice_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__", 0)?;
    let (Some(x), Some(y)) = (access::slice_parts(vm, &a), access::slice_parts(vm, &b)) else {
        return Ok(Value::NotImplemented);
    };
    let tx = vm.new_tuple(x);
    let ty = vm.new_tuple(y);
    vm.eq(&tx, &ty).map(Value::Bool)
}

// ------------------------------------------------------------ iterators and generators

/// `iterator.__iter__`: the iterator itself.
pub fn iter_self_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iter_self(vm, args)
}

/// `iterator.__next__`.
pub fn next_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    next_method(vm, args)
}

/// `iter(it)` for an iterator or generator (their `iter` slot): the
/// iterator itself.
pub fn iter_identity(_vm: &mut Vm, it: &Value) -> PyResult<Value> {
    Ok(it.clone())
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.get(0))
}

fn next_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = args.get(0);
    match vm.next_with_value(it)? {
        Ok(v) => Ok(v),
        Err(result) => Err(vm.stop_iteration(result)),
    }
}

fn length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Value::Obj(r) = args.get(0) else { return Ok(Value::Int(0)) };
    let n = match &vm.heap.get(&r).payload {
        Payload::Iter(state) => match &**state {
            crate::value::object::IterState::Range { remaining, .. } => *remaining as i64,
            crate::value::object::IterState::Seq { seq, index } => {
                access::seq_items(vm, seq).map_or(0, |s| s.len().saturating_sub(*index) as i64)
            }
            crate::value::object::IterState::Reversed { remaining, .. } => *remaining as i64,
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n))
}

fn generator_ref(vm: &mut Vm, v: Value) -> PyResult<crate::value::object::ObjRef> {
    match v {
        Value::Obj(ref r) if crate::objects::access::is_generator(vm, &v) => Ok(r.clone()),
        _ => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor requires a 'generator' object but received a '{t}'")))
        }
    }
}

fn generator_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "send", 1)?;
    let g = generator_ref(vm, args.get(0))?;
    match vm.resume_generator(g, crate::value::frame::Resume::Send(v))? {
        crate::value::frame::Sent::Yielded(y) => Ok(y),
        crate::value::frame::Sent::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn generator_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "throw", 1, 1, 3)?;
    let g = generator_ref(vm, args.get(0))?;
    let (typ, val) = (args.get(1), args.get(2));
    let err = if class::as_class(vm, &typ).is_some() && !val.is_null() && !val.is_none() {
        if crate::objects::access::is_exception_instance(vm, val.clone()) {
            vm.make_exception(val)?
        } else {
            let instance = vm.call(&typ, &[val])?;
            vm.make_exception(instance)?
        }
    } else {
        match vm.make_exception(typ.clone()) {
            Ok(e) => e,
            Err(_) => {
                let t = type_name(vm, &typ);
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {t}"
                )));
            }
        }
    };
    match vm.resume_generator(g, crate::value::frame::Resume::Throw(err))? {
        crate::value::frame::Sent::Yielded(y) => Ok(y),
        crate::value::frame::Sent::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn generator_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = generator_ref(vm, args.get(0))?;
    vm.close_generator(g)?;
    Ok(Value::None)
}

fn generator_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = generator_ref(vm, args.get(0))?;
    match &vm.heap.get(&g).payload {
        Payload::Generator(d) => Ok(d.name.clone()),
        _ => Ok(Value::None),
    }
}

fn generator_qualname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = generator_ref(vm, args.get(0))?;
    match &vm.heap.get(&g).payload {
        Payload::Generator(d) => Ok(d.qualname.clone()),
        _ => Ok(Value::None),
    }
}

fn generator_running(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = generator_ref(vm, args.get(0))?;
    match &vm.heap.get(&g).payload {
        Payload::Generator(d) => Ok(Value::Bool(d.running)),
        _ => Ok(Value::Bool(false)),
    }
}

// ------------------------------------------------------------ super

fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "super", 1, 0, 2)?;
    let (class, receiver) = match args.pos.len() - 1 {
        0 => zero_argument_super(vm)?,
        1 => {
            let Some(c) = class::as_class(vm, &args.pos[1]) else {
                let t = type_name(vm, &args.pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
            };
            (c, Value::None)
        }
        _ => {
            let Some(c) = class::as_class(vm, &args.pos[1]) else {
                let t = type_name(vm, &args.pos[1]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
            };
            (c, args.pos[2].clone())
        }
    };
    if !receiver.is_none() {
        let ok = match class::as_class(vm, &receiver) {
            Some(rc) if class::is_subclass(vm, &rc, &class) => true,
            _ => {
                let rc = class_of(vm, &receiver);
                class::is_subclass(vm, &rc, &class)
            }
        };
        if !ok {
            return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
    }
    Ok(vm.new_object(&SUPER, Payload::Super { class, receiver }))
}

/// `super()` in a method: the `__class__` cell and the first argument of
/// the calling frame.
fn zero_argument_super(vm: &mut Vm) -> PyResult<(ClassRef, Value)> {
    let Some(frame) = vm.ts.frames.last() else {
        return Err(vm.error(&exc::RUNTIME_ERROR, "super(): no arguments"));
    };
    let code = frame.code.code.clone();
    if code.arg_count == 0 && !code.flags.varargs {
        return Err(vm.error(&exc::RUNTIME_ERROR, "super(): no arguments"));
    }
    let first_name = code.varnames[0].clone();
    let first = match code.cellvars.iter().position(|c| *c == first_name) {
        Some(i) => match &vm.heap.get(&frame.cells[i]).payload {
            Payload::Cell(v) => v,
            _ => &Value::Null,
        },
        None => &vm.ts.stack[frame.base],
    };
    let first = if code.flags.varargs && code.arg_count == 0 {
        access::seq_items(vm, first).and_then(|s| s.first().cloned()).unwrap_or(Value::Null)
    } else {
        first.clone()
    };
    if first.is_null() {
        return Err(vm.error(&exc::RUNTIME_ERROR, "super(): arg[0] deleted"));
    }
    let frame = vm.ts.frames.last().expect("checked above");
    let Some(index) = code.freevars.iter().position(|f| &**f == "__class__") else {
        return Err(vm.error(&exc::RUNTIME_ERROR, "super(): __class__ cell not found"));
    };
    let cell = &frame.cells[code.cellvars.len() + index];
    let Payload::Cell(ref class) = vm.heap.get(cell).payload else {
        return Err(vm.error(&exc::RUNTIME_ERROR, "super(): __class__ cell not found"));
    };
    match class::as_class(vm, class) {
        Some(c) => Ok((c, first)),
        None => Err(vm.error(&exc::RUNTIME_ERROR, "super(): empty __class__ cell")),
    }
}

fn super_parts(vm: &mut Vm, v: Value) -> PyResult<(ClassRef, Value)> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Super { class, receiver } => Ok((class.clone(), receiver.clone())),
            _ => Err(vm.type_error("expected a super object")),
        },
        _ => Err(vm.type_error("expected a super object")),
    }
}

fn super_thisclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super_parts(vm, args.get(0)).map(|p| p.0.value())
}

fn super_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super_parts(vm, args.get(0)).map(|p| p.1)
}

/// `super(cls, receiver).name`: the attribute after `cls` in the
/// receiver's MRO, bound to the receiver.
pub fn super_getattr(vm: &mut Vm, class: ClassRef, receiver: Value, name: &str) -> PyResult<Option<Value>> {
    let start = match class::as_class(vm, &receiver) {
        Some(rc) if class::is_subclass(vm, &rc, &class) => rc,
        _ => class_of(vm, &receiver),
    };
    let receiver_is_class = class::as_class(vm, &receiver).is_some_and(|rc| class::is_subclass(vm, &rc, &class));
    let mro = class::mro(vm, &start);
    let Some(pos) = mro.iter().position(|c| c.same(&class)) else { return Ok(None) };
    for c in &mro[pos + 1..] {
        let found = match c {
            ClassRef::User(r) => {
                let ns = class::class_data(vm, r).namespace.clone();
                crate::objects::access::dict_get_str(vm, &ns, name)
            }
            ClassRef::Builtin(t) => t.own(name).map(Value::Native),
        };
        let Some(attr) = found else { continue };
        if receiver_is_class || receiver.is_none() {
            // super(C, cls).m or unbound super: bind class methods to the
            // class, leave functions unbound.
            return match attr {
                Value::Native(n) if matches!(n.kind, crate::objects::types::NativeKind::ClassMethod) => {
                    Ok(Some(vm.new_object(
                        &crate::objects::types::BUILTIN_FUNCTION,
                        Payload::NativeMethod { native: n, receiver },
                    )))
                }
                Value::Obj(ref r) => match &vm.heap.get(r).payload {
                    Payload::ClassMethod(f) => {
                        let f = f.clone();
                        Ok(Some(vm.new_object(
                            &crate::objects::types::METHOD,
                            Payload::BoundMethod { func: f.clone(), receiver },
                        )))
                    }
                    Payload::StaticMethod(f) => Ok(Some(f.clone())),
                    _ => Ok(Some(attr)),
                },
                _ => Ok(Some(attr)),
            };
        }
        return vm.bind_descriptor(attr, receiver, start.value()).map(Some);
    }
    Ok(None)
}

// ------------------------------------------------------------ tracebacks

fn tb_parts(vm: &mut Vm, v: Value) -> PyResult<(std::sync::Arc<[crate::value::object::TraceEntry]>, usize)> {
    match v {
        Value::Obj(r) => match &vm.heap.get(&r).payload {
            Payload::Traceback { entries, index } => Ok((entries.clone(), *index)),
            _ => Err(vm.type_error("expected a traceback")),
        },
        _ => Err(vm.type_error("expected a traceback")),
    }
}

fn tb_lineno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (entries, index) = tb_parts(vm, args.get(0))?;
    let entry = &entries[entries.len() - 1 - index];
    Ok(Value::Int(entry.line() as i64))
}

fn tb_lasti(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (entries, index) = tb_parts(vm, args.get(0))?;
    let entry = &entries[entries.len() - 1 - index];
    Ok(Value::Int(entry.instruction as i64 * 2))
}

fn tb_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (entries, index) = tb_parts(vm, args.get(0))?;
    if index + 1 >= entries.len() {
        return Ok(Value::None);
    }
    Ok(vm.new_object(&TRACEBACK, Payload::Traceback { entries, index: index + 1 }))
}

// ------------------------------------------------------------ generic aliases and unions

/// `list[int]`: an origin and its arguments.
struct GenericAlias {
    origin: Value,
    args: Value,
}

impl NativeData for GenericAlias {
    fn trace(&self, visit: &mut crate::value::object::Visit<'_>) {
        crate::value::object::visit_value(&self.origin, visit);
        crate::value::object::visit_value(&self.args, visit);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

static ALIAS_METHODS: &[Native] = &[
    Native::method("__repr__", alias_repr),
    Native::method("__getattr__", alias_getattr),
    Native::method("__call__", alias_call),
    Native::getter("__origin__", alias_origin),
    Native::getter("__args__", alias_args),
    Native::method("__or__", union_or),
    Native::method("__ror__", union_ror),
    Native::method("__eq__", alias_eq),
    Native::method("__hash__", crate::objects::types::dunders::hash),
];

/// The slots generic aliases and unions share.
const ALIAS_SLOTS: crate::value::builtin::Slots =
    crate::value::builtin::Slots { hash: Some(alias_hash), ..crate::value::builtin::Slots::NONE };

/// `types.GenericAlias`.
pub static GENERIC_ALIAS: BuiltinType = BuiltinType {
    methods: ALIAS_METHODS,
    module: "types",
    slots: ALIAS_SLOTS,
    ..BuiltinType::plain("GenericAlias", &OBJECT)
};

static UNION_METHODS: &[Native] = &[
    Native::method("__repr__", alias_repr),
    Native::getter("__args__", alias_args),
    Native::method("__or__", union_or),
    Native::method("__ror__", union_ror),
    Native::method("__eq__", alias_eq),
    Native::method("__hash__", crate::objects::types::dunders::hash),
];

/// `types.UnionType` (`int | None`).
pub static UNION: BuiltinType = BuiltinType {
    methods: UNION_METHODS,
    module: "types",
    slots: ALIAS_SLOTS,
    ..BuiltinType::plain("UnionType", &OBJECT)
};

/// A new `origin[args]`.
pub fn generic_alias(vm: &mut Vm, origin: Value, key: Value) -> Value {
    let args = if class_of(vm, &key).is_builtin(&crate::objects::types::TUPLE) { key } else { vm.new_tuple([key]) };
    vm.new_object(&GENERIC_ALIAS, Payload::Native(Box::new(GenericAlias { origin, args })))
}

fn alias_parts(vm: &Vm, v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).payload {
            Payload::Native(n) => n.as_any().downcast_ref::<GenericAlias>().map(|a| (a.origin.clone(), a.args.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn is_union(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if vm.heap.get(&r).class.is_builtin(&UNION))
}

/// How annotations show a type: `int`, `mod.C`, `None`, `list[int]`.
fn type_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v.is_none() {
        return Ok("None".into());
    }
    if let Some(c) = class::as_class(vm, &v) {
        let q = class::class_qualname(vm, &c);
        let module = match c {
            ClassRef::Builtin(t) => t.module.to_string(),
            ClassRef::User(r) => {
                let ns = class::class_data(vm, &r).namespace.clone();
                crate::objects::access::dict_get_str(vm, &ns, "__module__")
                    .and_then(|m| access::str_text(vm, &m).map(|s| s.to_string()))
                    .unwrap_or_default()
            }
        };
        return Ok(if module == "builtins" { q.to_string() } else { format!("{module}.{q}") });
    }
    if v.is(&Value::Ellipsis) {
        return Ok("...".into());
    }
    vm.repr(&v)
}

fn alias_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.get(0);
    let Some((origin, items)) = alias_parts(vm, &this.clone()) else { return Ok(vm.new_str("?")) };
    let items = access::seq_items(vm, &items).unwrap_or_default().to_vec();
    let mut parts = Vec::new();
    for i in &items {
        parts.push(type_repr(vm, i.clone())?);
    }
    let text = if is_union(vm, this) {
        parts.join(" | ")
    } else {
        let o = type_repr(vm, origin)?;
        format!("{o}[{}]", parts.join(", "))
    };
    Ok(vm.new_str(text))
}

/// Other attributes come from the origin (`list[int].__name__` is `'list'`).
fn alias_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, name] = args.exact::<2>(vm, "__getattr__", 0)?;
    let Some((origin, _)) = alias_parts(vm, &this.clone()) else {
        return Err(vm.attribute_error(&this, &name));
    };
    vm.getattr(&origin, &name)
}

fn alias_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((origin, _)) = alias_parts(vm, &args.get(0)) else { return Err(vm.type_error("not callable")) };
    vm.call_kw(&origin, &args.pos[1..], args.kw)
}

fn alias_origin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(alias_parts(vm, &args.get(0)).map_or(Value::None, |p| p.0))
}

fn alias_args(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(alias_parts(vm, &args.get(0)).map_or(Value::None, |p| p.1))
}

fn alias_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__eq__", 0)?;
    let (Some((oa, aa)), Some((ob, ab))) = (alias_parts(vm, &a), alias_parts(vm, &b)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(oa.is(&ob) && vm.eq(&aa, &ab)?))
}

/// `hash(alias)`: from its origin and arguments (the hash slot).
fn alias_hash(vm: &mut Vm, r: &crate::value::object::ObjRef) -> PyResult<i64> {
    let Some((o, a)) = alias_parts(vm, &Value::Obj(r.clone())) else { return Ok(0) };
    Ok(vm.hash(&o)? ^ vm.hash(&a)?)
}

/// The members of a union operand (flattening nested unions).
fn union_members(vm: &mut Vm, v: Value) -> Vec<Value> {
    if is_union(vm, v.clone()) {
        if let Some((_, items)) = alias_parts(vm, &v) {
            return access::seq_items(vm, &items).unwrap_or_default().to_vec();
        }
    }
    vec![if v.is_none() { Value::Type(&NONE_TYPE) } else { v }]
}

fn is_union_operand(vm: &Vm, v: Value) -> bool {
    v.is_none() || class::as_class(vm, &v).is_some() || alias_parts(vm, &v).is_some()
}

/// `a | b` for types: a `types.UnionType`.
pub fn make_union(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if !is_union_operand(vm, a.clone()) || !is_union_operand(vm, b.clone()) {
        return Ok(Value::NotImplemented);
    }
    let mut members = union_members(vm, a);
    for m in union_members(vm, b) {
        if !members.iter().any(|x| x.is(&m)) {
            members.push(m);
        }
    }
    let shown: Vec<Value> =
        members.iter().map(|m| if m.is(&Value::Type(&NONE_TYPE)) { Value::None } else { m.clone() }).collect();
    let args = vm.new_tuple(shown);
    Ok(vm.new_object(&UNION, Payload::Native(Box::new(GenericAlias { origin: Value::None, args }))))
}

fn union_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__or__", 0)?;
    make_union(vm, a, b)
}

fn union_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.exact::<2>(vm, "__ror__", 0)?;
    make_union(vm, b, a)
}

// ------------------------------------------------------------ mappingproxy

/// A read-only view of a mapping (what `Class.__dict__` gives).
struct MappingProxy {
    mapping: Value,
}

impl NativeData for MappingProxy {
    fn trace(&self, visit: &mut crate::value::object::Visit<'_>) {
        crate::value::object::visit_value(&self.mapping, visit);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

static PROXY_METHODS: &[Native] = &[
    Native::method("__getitem__", proxy_getitem),
    Native::method("__contains__", proxy_contains),
    Native::method("__iter__", proxy_iter),
    Native::method("__len__", proxy_len),
    Native::method("__repr__", proxy_repr),
    Native::method("__eq__", proxy_eq),
    Native::method("keys", proxy_keys),
    Native::method("values", proxy_values),
    Native::method("items", proxy_items),
    Native::method("get", proxy_get),
    Native::method("copy", proxy_copy),
];

/// `types.MappingProxyType`.
pub static MAPPINGPROXY: BuiltinType = BuiltinType {
    methods: PROXY_METHODS,
    slots: crate::value::builtin::Slots { truthy: Some(proxy_truthy), ..crate::value::builtin::Slots::NONE },
    ..BuiltinType::plain("mappingproxy", &OBJECT)
};

/// `bool(proxy)`: the proxied mapping's length decides, which may run
/// Python code, so the truthy slot leaves it to `__len__`.
fn proxy_truthy(_vm: &Vm, _r: &crate::value::object::ObjRef) -> Option<bool> {
    None
}

/// A read-only proxy of `mapping`.
pub fn mapping_proxy(vm: &mut Vm, mapping: Value) -> Value {
    vm.new_object(&MAPPINGPROXY, Payload::Native(Box::new(MappingProxy { mapping })))
}

fn proxied(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(r) = v {
        if let Payload::Native(n) = &vm.heap.get(&r).payload {
            if let Some(p) = n.as_any().downcast_ref::<MappingProxy>() {
                return Ok(p.mapping.clone());
            }
        }
    }
    Err(vm.type_error("expected a mappingproxy"))
}

fn proxy_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, k] = args.exact::<2>(vm, "__getitem__", 0)?;
    let m = proxied(vm, this)?;
    vm.getitem(m, k)
}

fn proxy_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, k] = args.exact::<2>(vm, "__contains__", 0)?;
    let m = proxied(vm, this)?;
    vm.contains(&m, &k).map(Value::Bool)
}

fn proxy_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = proxied(vm, args.get(0))?;
    vm.iter(&m)
}

fn proxy_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = proxied(vm, args.get(0))?;
    vm.len(&m).map(|n| Value::Int(n as i64))
}

fn proxy_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = proxied(vm, args.get(0))?;
    let inner = vm.repr(&m)?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}

fn proxy_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, other] = args.exact::<2>(vm, "__eq__", 0)?;
    let m = proxied(vm, this)?;
    vm.rich_compare(&m, &other, isopy_compiler::Comparison::Eq)
}

fn proxy_call(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let m = proxied(vm, args.get(0))?;
    vm.call_method(&m, name, &args.pos[1..])
}

fn proxy_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, args, "keys")
}

fn proxy_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, args, "values")
}

fn proxy_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, args, "items")
}

fn proxy_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, args, "get")
}

fn proxy_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    proxy_call(vm, args, "copy")
}
