//! Classes as the VM sees them: the class of a value, subclass tests, the
//! method resolution order (C3, as Python 2.3 onwards defines it) and
//! looking a name up along it.

use crate::value::type_cache::Cached;
use std::sync::Arc;

use crate::objects::protocol::Protocols;
use crate::objects::types::{self, BuiltinType};
use crate::value::object::ObjRef;
use crate::value::object::{ClassData, ClassRef, Payload};
use crate::value::shape::Shape;
use crate::value::state::{PyResult, Vm};
use crate::value::version::VersionTag;
use crate::value::Value;

/// The class of `v`.
#[inline]
pub fn class_of(vm: &Vm, v: &Value) -> ClassRef {
    ClassRef::Builtin(match v {
        Value::Obj(r) => return vm.heap.get(r).class.clone(),
        Value::None | Value::Null => &types::NONE_TYPE,
        Value::Bool(_) => &types::BOOL,
        Value::Int(_) => &types::INT,
        Value::Float(_) => &types::FLOAT,
        Value::NotImplemented => &types::NOT_IMPLEMENTED_TYPE,
        Value::Ellipsis => &types::ELLIPSIS_TYPE,
        Value::Type(_) => &types::TYPE,
        Value::Native(_) => &types::BUILTIN_FUNCTION,
    })
}

/// The class data of a user class.
#[inline]
pub fn class_data<'a>(vm: &'a Vm, r: &'a ObjRef) -> &'a ClassData {
    match &vm.heap.get(r).payload {
        Payload::Class(c) => c,
        _ => unreachable!("a user class reference names a class"),
    }
}

/// The class `v` names, if it is a class.
pub fn as_class(vm: &Vm, v: &Value) -> Option<ClassRef> {
    match v {
        Value::Type(t) => Some(ClassRef::Builtin(t)),
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Class(_)) => Some(ClassRef::User(r.clone())),
        _ => None,
    }
}

/// `__name__` of a class.
pub fn class_name(vm: &Vm, class: &ClassRef) -> Arc<str> {
    match class {
        ClassRef::Builtin(t) => t.name.into(),
        ClassRef::User(r) => class_data(vm, r).name.clone(),
    }
}

/// `__qualname__` of a class.
pub fn class_qualname(vm: &Vm, class: &ClassRef) -> Arc<str> {
    match class {
        ClassRef::Builtin(t) => t.name.into(),
        ClassRef::User(r) => class_data(vm, r).qualname.clone(),
    }
}

/// The name of `v`'s type, as error messages show it.
pub fn type_name(vm: &Vm, v: &Value) -> Arc<str> {
    class_name(vm, &class_of(vm, v))
}

/// The built-in type whose payload instances of `class` carry.
pub fn base_type(vm: &Vm, class: &ClassRef) -> &'static BuiltinType {
    match class {
        ClassRef::Builtin(t) => t,
        ClassRef::User(r) => class_data(vm, r).base_type,
    }
}

/// The built-in type whose payload `v` carries (its layout type): where
/// the protocols find the slots that implement `v`'s operations in Rust.
#[inline]
pub fn layout_type(vm: &Vm, v: &Value) -> &'static BuiltinType {
    match v {
        Value::Obj(r) => match &vm.heap.get(r).class {
            ClassRef::Builtin(t) => t,
            ClassRef::User(c) => class_data(vm, c).base_type,
        },
        other => match class_of(vm, other) {
            ClassRef::Builtin(t) => t,
            ClassRef::User(c) => class_data(vm, &c).base_type,
        },
    }
}

/// The MRO of `class`, as a vector.
pub fn mro(vm: &Vm, class: &ClassRef) -> Vec<ClassRef> {
    match class {
        ClassRef::Builtin(t) => t.mro().map(ClassRef::Builtin).collect(),
        ClassRef::User(r) => class_data(vm, r).mro.clone(),
    }
}

/// Whether `class` is `base` or a subclass of it.
pub fn is_subclass(vm: &Vm, class: &ClassRef, base: &ClassRef) -> bool {
    match (class, base) {
        (ClassRef::Builtin(c), ClassRef::Builtin(b)) => c.is_subtype_of(b),
        (ClassRef::Builtin(_), ClassRef::User(_)) => false,
        (ClassRef::User(r), _) => class_data(vm, r).mro.iter().any(|c| c.same(base)),
    }
}

/// Whether `class` derives from the built-in type `base`.
#[inline]
pub fn derives_from_builtin(vm: &Vm, class: &ClassRef, base: &'static BuiltinType) -> bool {
    match class {
        ClassRef::Builtin(c) => c.is_subtype_of(base),
        ClassRef::User(r) => {
            let data = class_data(vm, r);
            // An exception class may have a second built-in base beside its layout's
            // (`io.UnsupportedOperation` is an OSError and a ValueError).
            data.base_type.is_subtype_of(base)
                || (base.exception
                    && data.mro.iter().any(|c| matches!(c, ClassRef::Builtin(b) if std::ptr::eq(*b, base))))
        }
    }
}

/// Whether `v` is an instance of the built-in type `base` (or a subclass).
#[inline]
pub fn is_instance_of(vm: &Vm, v: &Value, base: &'static BuiltinType) -> bool {
    derives_from_builtin(vm, &class_of(vm, v), base)
}

/// The value of `name` in the namespace of `class` or its bases, in MRO order.
///
/// A user class's answers are cached by its version tag (see
/// `value/type_cache.rs`), so a hot lookup hashes nothing and walks no MRO.
#[inline]
pub fn lookup(vm: &Vm, class: &ClassRef, name: &str) -> Option<Value> {
    match class {
        ClassRef::Builtin(t) => {
            let tag = crate::value::sites::builtin_tag(t);
            match vm.type_cache.get(tag, name) {
                Cached::Hit(found) => found,
                Cached::Miss => {
                    let found = t.lookup(name).map(Value::Native);
                    // SAFETY: a native function is static, not a heap object.
                    unsafe { vm.type_cache.fill(tag, name, &found) };
                    found
                }
            }
        }
        ClassRef::User(r) => {
            let tag = class_data(vm, r).version.get();
            match vm.type_cache.get(tag, name) {
                Cached::Hit(found) => found,
                Cached::Miss => {
                    let found = lookup_mro(vm, r, name);
                    // SAFETY: what was found is held by a namespace of the
                    // class's MRO, and every change to one of those gives
                    // the class a new tag before any Python code runs
                    // (`changed` below, called by every path that sets or
                    // deletes a class attribute or reassigns `__bases__`).
                    unsafe { vm.type_cache.fill(tag, name, &found) };
                    found
                }
            }
        }
    }
}

/// [`lookup`] without the cache: walks the MRO's namespaces.
fn lookup_mro(vm: &Vm, r: &ObjRef, name: &str) -> Option<Value> {
    let hash = crate::objects::access::str_hash_of(name);
    for c in &class_data(vm, r).mro {
        match c {
            ClassRef::User(cr) => {
                if let Some(v) =
                    crate::objects::access::dict_get_str_hashed(vm, &class_data(vm, cr).namespace, name, hash)
                {
                    return Some(v);
                }
            }
            ClassRef::Builtin(t) => {
                if let Some(n) = t.own(name) {
                    return Some(Value::Native(n));
                }
            }
        }
    }
    None
}

/// Whether a user class (or one of its user bases) defines `name` itself,
/// rather than inheriting a built-in's.
pub fn user_defines(vm: &Vm, class: &ClassRef, name: &str) -> bool {
    let ClassRef::User(r) = class else { return false };
    class_data(vm, r).mro.iter().any(|c| match c {
        ClassRef::User(cr) => crate::objects::access::dict_get_str(vm, &class_data(vm, cr).namespace, name).is_some(),
        ClassRef::Builtin(_) => false,
    })
}

/// Class `r` changed (an attribute set or deleted on it, a name
/// reassigned): it and every class deriving from it get new version tags.
pub fn changed(vm: &Vm, r: &ObjRef) {
    class_data(vm, r).version.changed();
}

/// The C3 linearisation of a class with direct bases `bases`.
pub fn c3_mro(vm: &mut Vm, class: ClassRef, bases: &[ClassRef]) -> PyResult<Vec<ClassRef>> {
    let mut sequences: Vec<Vec<ClassRef>> = bases.iter().map(|b| mro(vm, b)).collect();
    sequences.push(bases.to_vec());
    let mut result = vec![class];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences
            .iter()
            .map(|s| s[0].clone())
            .find(|head| !sequences.iter().any(|s| s[1..].iter().any(|c| c.same(head))));
        let Some(next) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for b in bases {
                let n = class_name(vm, b).to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        result.push(next.clone());
        for s in &mut sequences {
            if s[0].same(&next) {
                s.remove(0);
            }
        }
    }
}

/// Makes a class named `name` with `bases` and namespace `ns` (a dict the
/// class takes over): checks the bases, computes the MRO, applies
/// CPython's implicit rules (`__hash__ = None` beside `__eq__`,
/// `__new__` as a static method, `__init_subclass__` as a class method),
/// fills the `__class__` cell, then runs `__set_name__` and the parent's
/// `__init_subclass__`.
pub fn new_class(vm: &mut Vm, name: &str, bases: &[Value], ns: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let mut base_classes = Vec::with_capacity(bases.len());
    for b in bases {
        let Some(c) = as_class(vm, b) else {
            let t = type_name(vm, b);
            if t.as_ref() == "function" || t.as_ref() == "module" {
                return Err(vm.type_error(format!("{t}() argument 'code' must be code, not str")));
            }
            return Err(vm.type_error("bases must be types"));
        };
        if let ClassRef::Builtin(t) = c {
            if !t.subclassable {
                return Err(vm.type_error(format!("type '{}' is not an acceptable base type", t.name)));
            }
        }
        if base_classes.iter().any(|x: &ClassRef| x.same(&c)) {
            let n = class_name(vm, &c);
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
        base_classes.push(c);
    }
    if base_classes.is_empty() {
        base_classes.push(ClassRef::Builtin(&types::OBJECT));
    }
    // The built-in layout instances carry: the most derived among the bases'.
    let mut layout: &'static BuiltinType = &types::OBJECT;
    for b in &base_classes {
        let t = base_type(vm, b);
        if t.is_subtype_of(layout) {
            layout = t;
        } else if !layout.is_subtype_of(t) {
            // Sibling exception types share a layout unless both add fields
            // (`class E(OSError, ValueError)` is fine, OSError with ImportError is not).
            let (mine, theirs) = (exception_layout(layout), exception_layout(t));
            match (mine, theirs) {
                (Some(a), Some(b)) if a.is_subtype_of(b) => {}
                (Some(a), Some(b)) if b.is_subtype_of(a) => layout = t,
                _ => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
            }
        }
    }
    let qualname = match crate::objects::access::dict_get_str(vm, ns, "__qualname__") {
        Some(q) => match crate::objects::access::str_text(vm, &q) {
            Some(t) => t.clone(),
            None => {
                let t = type_name(vm, &q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {t}")));
            }
        },
        None => name.into(),
    };
    let key = vm.intern("__qualname__");
    vm.dict_remove(ns, &key)?;
    let classcell = crate::objects::access::dict_get_str(vm, ns, "__classcell__");
    if classcell.is_some() {
        let key = vm.intern("__classcell__");
        vm.dict_remove(ns, &key)?;
    }
    if crate::objects::access::dict_get_str(vm, ns, "__eq__").is_some()
        && crate::objects::access::dict_get_str(vm, ns, "__hash__").is_none()
    {
        crate::objects::access::dict_set_str(vm, ns, "__hash__", Value::None);
    }
    for (special, wrap_static) in [("__new__", true), ("__init_subclass__", false), ("__class_getitem__", false)] {
        if let Some(f) = crate::objects::access::dict_get_str(vm, ns, special) {
            if matches!(f, Value::Obj(ref r) if matches!(vm.heap.get(r).payload, Payload::Function(_))) {
                let wrapped = if wrap_static {
                    vm.new_object(&types::STATICMETHOD, Payload::StaticMethod(f))
                } else {
                    vm.new_object(&types::CLASSMETHOD, Payload::ClassMethod(f))
                };
                crate::objects::access::dict_set_str(vm, ns, special, wrapped);
            }
        }
    }
    if crate::objects::access::dict_get_str(vm, ns, "__doc__").is_none() {
        crate::objects::access::dict_set_str(vm, ns, "__doc__", Value::None);
    }
    let base_versions: Vec<std::rc::Rc<VersionTag>> = base_classes
        .iter()
        .filter_map(|b| match b {
            ClassRef::User(r) => Some(class_data(vm, r).version.clone()),
            ClassRef::Builtin(_) => None,
        })
        .collect();
    let data = ClassData {
        name: name.into(),
        qualname,
        bases: base_classes.clone(),
        mro: Vec::new(),
        namespace: ns.clone(),
        base_type: layout,
        shape: Shape::root(),
        version: VersionTag::new(&base_versions),
    };
    let r = vm.alloc(crate::value::object::Object {
        class: ClassRef::Builtin(&types::TYPE),
        payload: Payload::Class(Box::new(data)),
        dict: None,
    });
    let mro = c3_mro(vm, ClassRef::User(r.clone()), &base_classes)?;
    if let Payload::Class(c) = &mut vm.heap.get_mut(&r).payload {
        c.mro = mro;
    }
    let class = Value::Obj(r.clone());
    if let Some(Value::Obj(cell)) = classcell {
        if let Payload::Cell(_) = vm.heap.get(&cell).payload {
            vm.heap.get_mut(&cell).payload = Payload::Cell(class.clone());
        }
    }
    // __set_name__ on the namespace's descriptors.
    for (k, v) in crate::objects::access::dict_items(vm, ns) {
        let vc = class_of(vm, &v);
        let has_set_name = match vc {
            ClassRef::User(_) => true,
            ClassRef::Builtin(t) => std::ptr::eq(t, &types::PROPERTY),
        };
        if has_set_name {
            if let Some(m) = lookup(vm, &vc, "__set_name__") {
                vm.call_unbound(m, v, &[class.clone(), k], &[])?;
            }
        }
    }
    // The parent's __init_subclass__ (object's does nothing).
    let parent = vm.new_object(&types::SUPER, Payload::Super { class: ClassRef::User(r), receiver: class.clone() });
    let hook = vm.getattr_str(&parent, "__init_subclass__")?;
    vm.call_kw(&hook, &[], kwargs)?;
    Ok(class)
}

/// For an exception type, the built-in type that fixes its instance layout
/// in CPython: the nearest base that adds fields, else `BaseException`.
fn exception_layout(t: &'static BuiltinType) -> Option<&'static BuiltinType> {
    use crate::objects::types::exceptions as exc;
    if !t.is_subtype_of(&exc::BASE_EXCEPTION) {
        return None;
    }
    let solid: [&'static BuiltinType; 8] = [
        &exc::OS_ERROR,
        &exc::SYNTAX_ERROR,
        &exc::IMPORT_ERROR,
        &exc::STOP_ITERATION,
        &exc::SYSTEM_EXIT,
        &exc::UNICODE_ERROR,
        &exc::NAME_ERROR,
        &exc::ATTRIBUTE_ERROR,
    ];
    Some(t.mro().find(|b| solid.iter().any(|s| std::ptr::eq(*s, *b))).unwrap_or(&exc::BASE_EXCEPTION))
}

/// The user classes of this interpreter whose direct bases include `class`.
pub fn subclasses_of(vm: &Vm, class: &ClassRef) -> Vec<Value> {
    vm.heap
        .containers()
        .into_iter()
        .filter(|r| matches!(&vm.heap.get(r).payload, Payload::Class(c) if c.bases.iter().any(|b| b.same(class))))
        .map(Value::Obj)
        .collect()
}
