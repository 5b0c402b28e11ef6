//! `object` and `type`: the root of every class, and the class of classes
//! (its attributes `__name__`, `__mro__`, ... and three-argument `type()`).

use crate::objects::access;
use crate::objects::class::{self, class_data, class_of, type_name};
use crate::objects::protocol::Protocols;
use crate::objects::types::{BuiltinType, Native};
use crate::value::object::{ClassRef, ObjRef, Payload};
use crate::value::state::{Args, PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;

/// `object.__new__`.
pub static OBJECT_NEW: &Native = &OBJECT_METHODS[0];
/// `object.__init__`.
pub static OBJECT_INIT: &Native = &OBJECT_METHODS[1];
/// `object.__repr__`.
pub static OBJECT_REPR: &Native = &OBJECT_METHODS[2];
/// `object.__str__`.
pub static OBJECT_STR: &Native = &OBJECT_METHODS[3];
/// `object.__hash__`.
pub static OBJECT_HASH: &Native = &OBJECT_METHODS[4];
/// `object.__setattr__`.
pub static OBJECT_SETATTR: &Native = &OBJECT_METHODS[11];

static OBJECT_METHODS: [Native; 20] = [
    Native::staticmethod("__new__", object_new),
    Native::method("__init__", object_init),
    Native::method("__repr__", object_repr),
    Native::method("__str__", object_str),
    Native::method("__hash__", object_hash),
    Native::method("__eq__", object_eq),
    Native::method("__ne__", object_ne),
    Native::method("__lt__", not_implemented),
    Native::method("__le__", not_implemented),
    Native::method("__gt__", not_implemented),
    Native::method("__ge__", not_implemented),
    Native::method("__setattr__", object_setattr),
    Native::method("__getattribute__", object_getattribute),
    Native::method("__delattr__", object_delattr),
    Native::method("__format__", object_format),
    Native::method("__dir__", object_dir),
    Native::classmethod("__init_subclass__", object_init_subclass),
    Native::getset("__class__", object_class, set_object_class),
    Native::getter("__dict__", object_dict),
    Native::classmethod("__subclasshook__", not_implemented),
];

/// The built-in type `object`.
pub static OBJECT: BuiltinType = BuiltinType {
    name: "object",
    module: "builtins",
    base: None,
    methods: &OBJECT_METHODS,
    new: Some(object_new),
    subclassable: true,
    exception: false,
    doc: "The base class of the class hierarchy.",
    slots: crate::value::builtin::Slots { repr: Some(default_repr), ..crate::value::builtin::Slots::NONE },
};

static TYPE_METHODS: [Native; 13] = [
    Native::staticmethod("__new__", type_new),
    Native::getset("__name__", type_name_get, type_name_set),
    Native::getset("__qualname__", type_qualname_get, type_qualname_set),
    Native::getter("__mro__", type_mro),
    Native::getter("__bases__", type_bases),
    Native::getter("__base__", type_base),
    Native::getter("__dict__", type_dict),
    Native::getset("__module__", type_module, type_module_set),
    Native::getter("__doc__", type_doc),
    Native::method("mro", type_mro_method),
    Native::method("__instancecheck__", type_instancecheck),
    Native::method("__subclasscheck__", type_subclasscheck),
    Native::method("__subclasses__", type_subclasses),
];

/// The built-in type `type`.
pub static TYPE: BuiltinType = BuiltinType {
    name: "type",
    module: "builtins",
    base: Some(&OBJECT),
    methods: &TYPE_METHODS,
    new: Some(type_new),
    subclassable: false,
    exception: false,
    doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    slots: crate::value::builtin::Slots {
        binary: Some(type_binary),
        repr: Some(type_repr),
        ..crate::objects::types::misc::IDENTITY_SLOTS
    },
};

/// The repr slot of `object`, which every type without its own inherits:
/// `<module.Class object at 0x...>` (no module for the built-in types).
pub fn default_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let class = class_of(vm, v);
    let name = match &class {
        ClassRef::User(cr) => {
            let ns = class_data(vm, cr).namespace.clone();
            let module = access::dict_get_str(vm, &ns, "__module__")
                .and_then(|m| access::str_text(vm, &m).cloned())
                .map(|m| format!("{m}."))
                .unwrap_or_default();
            format!("{module}{}", class::class_qualname(vm, &class))
        }
        ClassRef::Builtin(t) => t.qualified_name(),
    };
    let at = match v {
        Value::Obj(r) => access::address(r.clone()),
        _ => 0,
    };
    Ok(format!("<{name} object at {at:#x}>"))
}

/// The binary slot of `type`: `int | None` in annotations is a union of
/// types (with a class on either side); nothing else is defined.
fn type_binary(vm: &mut Vm, a: &Value, b: &Value, op: isopy_compiler::BinaryOperator) -> PyResult<Value> {
    match op {
        isopy_compiler::BinaryOperator::Or => crate::objects::types::misc::make_union(vm, a.clone(), b.clone()),
        _ => Ok(Value::NotImplemented),
    }
}

/// The repr slot of `type`: `<class 'module.Qualname'>` (no module for
/// built-in classes).
fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Value::Type(t) = v {
        return Ok(format!("<class '{}'>", t.qualified_name()));
    }
    let Some(ClassRef::User(c)) = class::as_class(vm, v) else { return default_repr(vm, v) };
    let data = class_data(vm, &c);
    let (namespace, q) = (data.namespace.clone(), data.qualname.clone());
    let module = access::dict_get_str(vm, &namespace, "__module__").and_then(|m| access::str_text(vm, &m).cloned());
    Ok(match module {
        Some(m) if &*m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    })
}

// ------------------------------------------------------------ object

fn is_object_native(v: Option<Value>, n: &'static Native) -> bool {
    matches!(v, Some(Value::Native(m)) if std::ptr::eq(m, n))
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(|c| class::as_class(vm, c)) else {
        let what = args.pos.first().map(|v| type_name(vm, v).to_string()).unwrap_or_default();
        if args.pos.is_empty() {
            return Err(vm.type_error("object.__new__(): not enough arguments"));
        }
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({what})")));
    };
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let new = class::lookup(vm, &cls, "__new__");
        let init = class::lookup(vm, &cls, "__init__");
        if !is_object_native(new, OBJECT_NEW) {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if is_object_native(init, OBJECT_INIT) {
            let n = class::class_name(vm, &cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    if let ClassRef::Builtin(t) = cls {
        if !std::ptr::eq(t, &OBJECT) {
            return Err(vm.type_error(format!("object.__new__({}) is not safe, use {}.__new__()", t.name, t.name)));
        }
    }
    Ok(vm.new_instance(cls))
}

fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let cls = class_of(vm, &args.pos[0]);
        let init = class::lookup(vm, &cls, "__init__");
        let new = class::lookup(vm, &cls, "__new__");
        if !is_object_native(init, OBJECT_INIT) {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if is_object_native(new, OBJECT_NEW) {
            let n = class::class_name(vm, &cls);
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = vm.builtin_repr(args.get(0))?;
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = vm.repr(&args.get(0))?;
    Ok(vm.new_str(s))
}

fn object_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.get(0) {
        Value::Obj(r) => Ok(Value::Int(access::identity_hash(&r))),
        other => vm.hash(&other).map(Value::Int),
    }
}

/// The hash `r`'s built-in layout type `layout` gives it: the nearest hash
/// slot along its bases, else `object`'s identity hash. This is what
/// `__hash__` of the built-in types computes, for subclass instances too.
pub fn builtin_hash(vm: &mut Vm, layout: &'static BuiltinType, r: &ObjRef) -> PyResult<i64> {
    match layout.slot(|s| s.hash) {
        Some(hash) => hash(vm, r),
        None => Ok(access::identity_hash(r)),
    }
}

/// The hash slot of the mutable built-in types (and slices), which compare
/// by value and so cannot be dict keys.
pub fn unhashable(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    let t = type_name(vm, &Value::Obj(r.clone()));
    Err(vm.type_error(format!("unhashable type: '{t}'")))
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(if args.get(0).is(&args.get(1)) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (args.get(0), args.get(1));
    let r = match vm.call_special(&a, "__eq__", &[b])? {
        Some(r) => r,
        None => Value::NotImplemented,
    };
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn not_implemented(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name, value] = args.exact::<3>(vm, "__setattr__", 0)?;
    let Some(text) = access::str_text(vm, &name).cloned() else {
        let t = type_name(vm, &name);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    };
    vm.generic_setattr(&obj, &name, &text, value)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "__getattribute__", 0)?;
    let class = class_of(vm, &obj);
    let text = access::str_text(vm, &name).cloned().unwrap_or_default();
    // The generic lookup without the class's own __getattribute__/__getattr__.
    if let Some(a) = class::lookup(vm, &class, &text) {
        let data = match a {
            Value::Native(n) => matches!(n.kind, crate::objects::types::NativeKind::Getter(_)),
            Value::Obj(ref r) => matches!(vm.heap.get(r).payload, Payload::Property(_)),
            _ => false,
        };
        if data {
            return vm.bind_descriptor(a, obj, class.value());
        }
    }
    if let Some(v) = crate::objects::access::own_attr(vm, &obj, &text) {
        return Ok(v);
    }
    if let Some(a) = class::lookup(vm, &class, &text) {
        return vm.bind_descriptor(a, obj, class.value());
    }
    Err(vm.attribute_error(&obj, &name))
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, name] = args.exact::<2>(vm, "__delattr__", 0)?;
    let text = access::str_text(vm, &name).cloned().unwrap_or_default();
    vm.generic_delattr(&obj, &name, &text)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, spec] = args.exact::<2>(vm, "__format__", 0)?;
    let Some(text) = access::str_text(vm, &spec).cloned() else {
        let t = type_name(vm, &spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if text.is_empty() {
        return vm.str_value(&obj);
    }
    if access::str_text(vm, &obj).is_some() || crate::objects::num::as_num(vm, &obj.clone()).is_some() {
        let s = vm.format_builtin(obj, &text)?;
        return vm.new_str_fallible(s);
    }
    let t = type_name(vm, &obj);
    Err(vm.type_error(format!("unsupported format string passed to {t}.__format__")))
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.dir_of(args.get(0))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(class_of(vm, &args.get(0)).value())
}

fn set_object_class(vm: &mut Vm, obj: Value, value: Value) -> PyResult<()> {
    let (Value::Obj(r), Some(ClassRef::User(c))) = (obj, class::as_class(vm, &value)) else {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    if !matches!(vm.heap.get(&r).class, ClassRef::User(_)) {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    vm.heap.get_mut(&r).class = ClassRef::User(c);
    Ok(())
}

fn object_dict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = args.get(0);
    match vm.ensure_dict(&obj) {
        Some(d) => Ok(Value::Obj(d)),
        None => {
            let t = type_name(vm, &obj);
            Err(vm.error(
                &crate::objects::types::exceptions::ATTRIBUTE_ERROR,
                format!("'{t}' object has no attribute '__dict__'"),
            ))
        }
    }
}

// ------------------------------------------------------------ type

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // args[0] is the metatype (`type`).
    let rest = &args.pos[1..];
    match rest.len() {
        1 if args.kw.is_empty() => Ok(class_of(vm, &rest[0]).value()),
        3 => {
            let (name, bases, ns) = (rest[0].clone(), rest[1].clone(), rest[2].clone());
            let Some(name) = access::str_text(vm, &name).cloned() else {
                let t = type_name(vm, &name);
                return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
            };
            let is_tuple = crate::objects::class::is_instance_of(vm, &bases, &crate::objects::types::TUPLE);
            let Some(bases) = access::seq_items(vm, &bases).filter(|_| is_tuple).map(|b| b.to_vec()) else {
                let t = type_name(vm, &bases);
                return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
            };
            let src = match ns {
                Value::Obj(r) if matches!(vm.heap.get(&r).payload, Payload::Dict(_)) => r,
                _ => {
                    let t = type_name(vm, &ns);
                    return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
                }
            };
            // The class gets its own copy of the namespace.
            let copy = vm.new_dict_ref();
            for (k, v) in crate::objects::access::dict_items(vm, &src) {
                vm.dict_set(&copy, k, v)?;
            }
            if crate::objects::access::dict_get_str(vm, &copy, "__module__").is_none() {
                let module = vm
                    .ts
                    .frames
                    .last()
                    .and_then(|f| crate::objects::access::dict_get_str(vm, &f.globals, "__name__"))
                    .unwrap_or(Value::None);
                crate::objects::access::dict_set_str(vm, &copy, "__module__", module);
            }
            class::new_class(vm, &name, &bases, &copy, args.kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn cls_arg(vm: &mut Vm, v: Value) -> PyResult<ClassRef> {
    match class::as_class(vm, &v) {
        Some(c) => Ok(c),
        None => {
            let t = type_name(vm, &v);
            Err(vm.type_error(format!("descriptor requires a 'type' object but received a '{t}'")))
        }
    }
}

fn type_name_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let n = class::class_name(vm, &c);
    Ok(vm.new_str(n))
}

fn type_name_set(vm: &mut Vm, cls: Value, value: Value) -> PyResult<()> {
    let Some(ClassRef::User(r)) = class::as_class(vm, &cls) else {
        return Err(vm.type_error("cannot set '__name__' attribute of immutable type"));
    };
    let Some(text) = access::str_text(vm, &value).cloned() else {
        return Err(vm.type_error("can only assign string to __name__"));
    };
    if let Payload::Class(c) = &mut vm.heap.get_mut(&r).payload {
        c.name = text;
    }
    class::changed(vm, &r);
    Ok(())
}

fn type_qualname_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let n = class::class_qualname(vm, &c);
    Ok(vm.new_str(n))
}

fn type_qualname_set(vm: &mut Vm, cls: Value, value: Value) -> PyResult<()> {
    let Some(ClassRef::User(r)) = class::as_class(vm, &cls) else {
        return Err(vm.type_error("cannot set '__qualname__' attribute of immutable type"));
    };
    let Some(text) = access::str_text(vm, &value).cloned() else {
        return Err(vm.type_error("can only assign string to __qualname__"));
    };
    if let Payload::Class(c) = &mut vm.heap.get_mut(&r).payload {
        c.qualname = text;
    }
    class::changed(vm, &r);
    Ok(())
}

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let items: TupleItems = class::mro(vm, &c).into_iter().map(|c| c.value()).collect();
    Ok(vm.new_tuple(items))
}

fn type_mro_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let items = class::mro(vm, &c).into_iter().map(|c| c.value()).collect();
    Ok(vm.new_list(items))
}

fn type_bases(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let items = match c {
        ClassRef::Builtin(t) => t.base.map(|b| vec![Value::Type(b)]).unwrap_or_default(),
        ClassRef::User(r) => class_data(vm, &r).bases.iter().map(|b| b.value()).collect(),
    };
    Ok(vm.new_tuple(items))
}

fn type_base(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    Ok(match c {
        ClassRef::Builtin(t) => t.base.map_or(Value::None, Value::Type),
        ClassRef::User(r) => class_data(vm, &r).bases.first().map_or(Value::None, |b| b.value()),
    })
}

fn type_dict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let d = match c {
        ClassRef::User(r) => class_data(vm, &r).namespace.clone(),
        ClassRef::Builtin(t) => {
            let d = vm.new_dict_ref();
            for n in t.methods {
                crate::objects::access::dict_set_str(vm, &d, n.name, Value::Native(n));
            }
            d
        }
    };
    Ok(crate::objects::types::misc::mapping_proxy(vm, Value::Obj(d)))
}

fn type_module(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    match c {
        ClassRef::User(r) => {
            let ns = class_data(vm, &r).namespace.clone();
            Ok(crate::objects::access::dict_get_str(vm, &ns, "__module__").unwrap_or(Value::None))
        }
        ClassRef::Builtin(t) => Ok(vm.new_str(t.module)),
    }
}

fn type_module_set(vm: &mut Vm, cls: Value, value: Value) -> PyResult<()> {
    let Some(ClassRef::User(r)) = class::as_class(vm, &cls) else {
        return Err(vm.type_error("cannot set '__module__' attribute of immutable type"));
    };
    let ns = class_data(vm, &r).namespace.clone();
    crate::objects::access::dict_set_str(vm, &ns, "__module__", value);
    class::changed(vm, &r);
    Ok(())
}

fn type_doc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    match c {
        ClassRef::User(r) => {
            let ns = class_data(vm, &r).namespace.clone();
            Ok(crate::objects::access::dict_get_str(vm, &ns, "__doc__").unwrap_or(Value::None))
        }
        ClassRef::Builtin(t) => Ok(if t.doc.is_empty() { Value::None } else { vm.new_str(t.doc) }),
    }
}

fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, obj] = args.exact::<2>(vm, "__instancecheck__", 0)?;
    let c = cls_arg(vm, cls)?;
    let oc = class_of(vm, &obj);
    Ok(Value::Bool(class::is_subclass(vm, &oc, &c)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [cls, sub] = args.exact::<2>(vm, "__subclasscheck__", 0)?;
    let c = cls_arg(vm, cls)?;
    let s = cls_arg(vm, sub)?;
    Ok(Value::Bool(class::is_subclass(vm, &s, &c)))
}

fn type_subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = cls_arg(vm, args.get(0))?;
    let found = class::subclasses_of(vm, &c);
    Ok(vm.new_list(found))
}
