//! Attribute access: CPython's generic `__getattribute__` (data descriptors
//! of the class, then the instance `__dict__`, then other class attributes,
//! then `__getattr__`), the same for classes and modules, `__setattr__`
//! and `__delattr__`, descriptor binding, and the method-call shortcut that
//! skips making a bound method.

use crate::objects::access;
use crate::objects::access::module_name;
use crate::objects::access::own_attr;
use crate::objects::class::{self, class_data, class_of, type_name};
use crate::protocols::dictops;
use crate::value::state::{PyErr, PyResult, Vm};
use std::sync::Arc;

use crate::objects::access::str_text;
use crate::objects::types::{self, exceptions as exc, NativeKind};
use crate::value::object::{ClassRef, InstanceAttrs, ObjRef, Object, Payload};
use crate::value::Value;

/// Whether a class attribute is a data descriptor (it wins over the
/// instance dict).
fn is_data_descriptor(vm: &Vm, attr: Value) -> bool {
    match attr {
        Value::Native(n) => matches!(n.kind, NativeKind::Getter(_)),
        Value::Obj(r) => {
            let o = vm.heap.get(&r);
            match &o.payload {
                Payload::Property(_) => true,
                _ => match o.class {
                    ClassRef::User(_) => {
                        class::lookup(vm, &o.class, "__set__").is_some()
                            || class::lookup(vm, &o.class, "__delete__").is_some()
                    }
                    ClassRef::Builtin(_) => false,
                },
            }
        }
        _ => false,
    }
}

/// Binds class attribute `attr` to `instance` (`owner` is the class it
/// was looked up on): functions become bound methods, class methods bind
/// the class, user descriptors run `__get__`.
pub fn bind_descriptor(vm: &mut Vm, attr: Value, instance: Value, owner: Value) -> PyResult<Value> {
    match attr {
        Value::Native(n) => match n.kind {
            NativeKind::Method => {
                Ok(vm.new_object(&types::BUILTIN_FUNCTION, Payload::NativeMethod { native: n, receiver: instance }))
            }
            NativeKind::ClassMethod => {
                Ok(vm.new_object(&types::BUILTIN_FUNCTION, Payload::NativeMethod { native: n, receiver: owner }))
            }
            NativeKind::Getter(_) => (n.func)(vm, crate::value::state::Args::new(&[instance])),
            NativeKind::Function | NativeKind::StaticMethod => Ok(attr),
        },
        Value::Obj(ref r) => {
            let o = vm.heap.get(r);
            match &o.payload {
                Payload::Function(_) => {
                    Ok(vm.new_object(&types::METHOD, Payload::BoundMethod { func: attr, receiver: instance }))
                }
                Payload::StaticMethod(f) => Ok(f.clone()),
                Payload::ClassMethod(f) => {
                    let f = f.clone();
                    Ok(vm.new_object(&types::METHOD, Payload::BoundMethod { func: f.clone(), receiver: owner }))
                }
                Payload::Property(parts) => {
                    let getter = &parts[0];
                    if getter.is_none() {
                        let name = property_name(vm, r.clone());
                        let t = type_name(vm, &instance);
                        return Err(
                            vm.error(&exc::ATTRIBUTE_ERROR, format!("property {name}of '{t}' object has no getter"))
                        );
                    }
                    vm.call(&getter.clone(), &[instance])
                }
                _ => {
                    if let ClassRef::User(_) = o.class {
                        let class = &o.class;
                        if let Some(get) = class::lookup(vm, class, "__get__") {
                            return vm.call_unbound(get, attr, &[instance, owner], &[]);
                        }
                    }
                    Ok(attr)
                }
            }
        }
        _ => Ok(attr),
    }
}

/// `'name' ` of a property for its error messages: the name it was
/// assigned to in its class (`__set_name__`), else its getter's name.
fn property_name(vm: &mut Vm, property: crate::value::object::ObjRef) -> String {
    let Payload::Property(parts) = &vm.heap.get(&property).payload else { return String::new() };
    if let Some(n) = str_text(vm, &parts[4]) {
        return format!("'{n}' ");
    }
    let candidates = [parts[0].clone(), parts[1].clone(), parts[2].clone()];
    for f in candidates {
        if let Value::Obj(r) = f {
            if let Payload::Function(func) = &vm.heap.get(&r).payload {
                if let Some(n) = str_text(vm, &func.name) {
                    return format!("'{n}' ");
                }
            }
        }
    }
    String::new()
}

// ------------------------------------------------------------ own attributes

/// Sets `obj`'s own attribute `name` (`text` is its text); `Ok(false)` if
/// the object can have none.
fn set_own_attr(vm: &mut Vm, obj: &Value, name: &Value, text: &Arc<str>, value: Value) -> PyResult<bool> {
    let Value::Obj(r) = obj else { return Ok(false) };
    if let Payload::Instance(InstanceAttrs { shape: Some(shape), .. }) = &vm.heap.get(r).payload {
        let next = match shape.index_of(text) {
            Some(i) => Err(i),
            None => Ok(shape.with(text)),
        };
        let Payload::Instance(attrs) = &mut vm.heap.get_mut(r).payload else { unreachable!("checked above") };
        match next {
            Err(i) => {
                attrs.values[i] = value;
                return Ok(true);
            }
            Ok(Some(next)) => {
                attrs.values.push(value);
                attrs.shape = Some(next);
                return Ok(true);
            }
            // Past the shape limits: the attributes move into a dict.
            Ok(None) => {}
        }
    }
    match ensure_dict(vm, obj) {
        Some(d) => dictops::dict_set(vm, &d, name.clone(), value).map(|_| true),
        None => Ok(false),
    }
}

/// Deletes `obj`'s own attribute `name`; `Ok(false)` if it has no such
/// attribute. A laid-out instance moves its attributes into a dict first
/// (deletion is rare; the dict keeps the others' order).
fn del_own_attr(vm: &mut Vm, obj: &Value, name: &Value, text: &str) -> PyResult<bool> {
    let Value::Obj(r) = obj else { return Ok(false) };
    let has_laid_out = matches!(&vm.heap.get(r).payload, Payload::Instance(attrs) if attrs.get(text).is_some());
    let d = if has_laid_out { ensure_dict(vm, obj) } else { vm.heap.get(r).dict.clone() };
    match d {
        Some(d) => Ok(dictops::dict_remove(vm, &d, name)?.is_some()),
        None => Ok(false),
    }
}

/// Moves a laid-out instance's attributes into a new dict, which becomes
/// its `__dict__` from then on (as CPython materializes an instance dict).
fn move_attrs_to_dict(vm: &mut Vm, r: &ObjRef) -> Option<ObjRef> {
    let Payload::Instance(attrs) = &mut vm.heap.get_mut(r).payload else { return None };
    let shape = attrs.shape.take()?;
    let values = std::mem::take(&mut attrs.values);
    let d = vm.new_dict_ref();
    for (name, value) in shape.names().iter().zip(values) {
        let key = vm.intern(name);
        // str keys hash and compare without running Python code.
        let _ = dictops::dict_set(vm, &d, key, value);
    }
    vm.heap.get_mut(r).dict = Some(d.clone());
    Some(d)
}

/// `obj.name`, or `None` where CPython would raise AttributeError (errors
/// raised by properties and `__getattr__` still come back as `Err`).
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let text = match str_text(vm, name) {
        Some(t) => t.clone(),
        None => {
            let t = type_name(vm, name);
            return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
        }
    };
    if let Some(cls) = class::as_class(vm, obj) {
        return type_getattr(vm, cls, &text);
    }
    let class = class_of(vm, obj);
    if let Value::Obj(r) = obj {
        if let Payload::Super { class: start, receiver } = &vm.heap.get(r).payload {
            if let Some(v) = crate::objects::types::misc::super_getattr(vm, start.clone(), receiver.clone(), &text)? {
                return Ok(Some(v));
            }
            // Attributes of the super object itself (__thisclass__, __self__...).
            return match class::lookup(vm, &class, &text) {
                Some(a) => bind_descriptor(vm, a, obj.clone(), class.value()).map(Some),
                None => Ok(None),
            };
        }
        if let Payload::Module(_) = vm.heap.get(r).payload {
            let dict = vm.heap.get(r).dict.clone().expect("modules have a namespace");
            if let Some(v) = access::dict_get_str(vm, &dict, &text) {
                return Ok(Some(v));
            }
            if let Some(f) = access::dict_get_str(vm, &dict, "__getattr__") {
                return match vm.call(&f, std::slice::from_ref(name)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
    }
    if let ClassRef::User(_) = class {
        if let Some(ga) = class::lookup(vm, &class, "__getattribute__") {
            if !matches!(ga, Value::Native(_)) {
                return match vm.call_unbound(ga, obj.clone(), std::slice::from_ref(name), &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => {
                        user_getattr(vm, class, obj.clone(), name.clone(), Some(e))
                    }
                    Err(e) => Err(e),
                };
            }
        }
    }
    let attr = class::lookup(vm, &class, &text);
    if let Some(ref a) = attr {
        if is_data_descriptor(vm, a.clone()) {
            return match bind_descriptor(vm, a.clone(), obj.clone(), class.value()) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.error_is(&e, &exc::ATTRIBUTE_ERROR) => {
                    user_getattr(vm, class, obj.clone(), name.clone(), Some(e))
                }
                Err(e) => Err(e),
            };
        }
    }
    if let Some(v) = own_attr(vm, obj, &text) {
        return Ok(Some(v));
    }
    if let Some(a) = attr {
        return bind_descriptor(vm, a, obj.clone(), class.value()).map(Some);
    }
    user_getattr(vm, class, obj.clone(), name.clone(), None)
}

/// Falls back to the class's `__getattr__`, if it has one.
fn user_getattr(
    vm: &mut Vm,
    class: ClassRef,
    obj: Value,
    name: Value,
    error: Option<PyErr>,
) -> PyResult<Option<Value>> {
    if let Some(hook) = class::lookup(vm, &class, "__getattr__") {
        return vm.call_unbound(hook, obj, &[name], &[]).map(Some);
    }
    match error {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

/// An attribute of a class object: the metatype's data descriptors, then
/// the class's MRO (descriptors bound to the class), then `type`'s methods.
fn type_getattr(vm: &mut Vm, cls: ClassRef, name: &str) -> PyResult<Option<Value>> {
    let meta = types::TYPE.lookup(name);
    if let Some(n) = meta {
        if let NativeKind::Getter(_) = n.kind {
            return (n.func)(vm, crate::value::state::Args::new(&[cls.value()])).map(Some);
        }
    }
    if let Some(attr) = class::lookup(vm, &cls, name) {
        return bind_to_class(vm, attr, cls).map(Some);
    }
    if let Some(n) = meta {
        return bind_descriptor(vm, Value::Native(n), cls.value(), Value::Type(&types::TYPE)).map(Some);
    }
    Ok(None)
}

/// A class attribute as `Class.name` gives it.
fn bind_to_class(vm: &mut Vm, attr: Value, cls: ClassRef) -> PyResult<Value> {
    match attr {
        Value::Native(n) => match n.kind {
            NativeKind::ClassMethod => {
                Ok(vm.new_object(&types::BUILTIN_FUNCTION, Payload::NativeMethod { native: n, receiver: cls.value() }))
            }
            _ => Ok(attr),
        },
        Value::Obj(ref r) => {
            let o = vm.heap.get(r);
            match &o.payload {
                Payload::StaticMethod(f) => Ok(f.clone()),
                Payload::ClassMethod(f) => {
                    let f = f.clone();
                    Ok(vm.new_object(&types::METHOD, Payload::BoundMethod { func: f.clone(), receiver: cls.value() }))
                }
                Payload::Function(_) | Payload::Property(_) => Ok(attr),
                _ => {
                    if let ClassRef::User(_) = o.class {
                        let class = &o.class;
                        if let Some(get) = class::lookup(vm, class, "__get__") {
                            return vm.call_unbound(get, attr, &[Value::None, cls.value()], &[]);
                        }
                    }
                    Ok(attr)
                }
            }
        }
        _ => Ok(attr),
    }
}

/// `obj.name`.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    match getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_error(vm, obj, name)),
    }
}

/// `obj.name` for a name given as Rust text.
pub fn getattr_str(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    getattr(vm, obj, &key)
}

/// CPython's AttributeError for a missing attribute (with `name` and
/// `obj` kept for the "Did you mean" suggestion).
pub fn attribute_error(vm: &mut Vm, obj: &Value, name: &Value) -> PyErr {
    let text = str_text(vm, name).cloned().unwrap_or_default();
    let message = if let Some(cls) = class::as_class(vm, obj) {
        let n = class::class_name(vm, &cls);
        format!("type object '{n}' has no attribute '{text}'")
    } else if let Some(m) = module_name(vm, obj) {
        format!("module '{m}' has no attribute '{text}'")
    } else {
        let t = type_name(vm, obj);
        format!("'{t}' object has no attribute '{text}'")
    };
    let err = vm.error(&exc::ATTRIBUTE_ERROR, message);
    crate::objects::types::exceptions::set_attribute_error_context(vm, err.clone(), obj.clone(), name.clone());
    err
}

/// The receiver and callable for `obj.name(...)`: `(function, obj)` when
/// the attribute is a plain method (no bound method is made), else
/// `(attribute, Null)`.
pub fn load_method(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<(Value, Value)> {
    let class = class_of(vm, obj);
    let plain_class = match class {
        // Classes, modules and super objects look attributes up their own way.
        ClassRef::Builtin(t) => {
            !std::ptr::eq(t, &types::TYPE) && !std::ptr::eq(t, &types::MODULE) && !std::ptr::eq(t, &types::SUPER)
        }
        ClassRef::User(_) => true,
    };
    if plain_class {
        if let Some((text, hash)) = access::str_key(vm, name) {
            let text = text.clone();
            let attr = match class {
                ClassRef::Builtin(_) => class::lookup(vm, &class, &text),
                ClassRef::User(_) => {
                    if class::lookup(vm, &class, "__getattribute__").is_some_and(|g| !matches!(g, Value::Native(_))) {
                        None
                    } else {
                        let _ = hash;
                        class::lookup(vm, &class, &text)
                    }
                }
            };
            let is_method = match attr {
                Some(Value::Native(n)) => matches!(n.kind, NativeKind::Method),
                Some(Value::Obj(ref r)) => matches!(vm.heap.get(r).payload, Payload::Function(_)),
                _ => false,
            };
            if is_method && own_attr(vm, obj, &text).is_none() {
                return Ok((attr.expect("checked"), obj.clone()));
            }
        }
    }
    Ok((getattr(vm, obj, name)?, Value::Null))
}

/// `obj.name = value`.
pub fn setattr(vm: &mut Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let Some(text) = str_text(vm, name).cloned() else {
        let t = type_name(vm, name);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    };
    let class = class_of(vm, obj);
    if let ClassRef::User(_) = class {
        if let Some(hook) = class::lookup(vm, &class, "__setattr__") {
            if !matches!(hook, Value::Native(n) if std::ptr::eq(n, types::object::OBJECT_SETATTR)) {
                vm.call_unbound(hook, obj.clone(), &[name.clone(), value], &[])?;
                return Ok(());
            }
        }
    }
    generic_setattr(vm, obj, name, &text, value)
}

/// `object.__setattr__(obj, name, value)`: descriptors, then the instance dict.
pub fn generic_setattr(vm: &mut Vm, obj: &Value, name: &Value, text: &str, value: Value) -> PyResult<()> {
    if let Some(cls) = class::as_class(vm, obj) {
        return match cls {
            ClassRef::User(r) => {
                if let Some(n) = types::TYPE.lookup(text) {
                    if let NativeKind::Getter(Some(set)) = n.kind {
                        return set(vm, obj.clone(), value);
                    }
                }
                let ns = class_data(vm, &r).namespace.clone();
                dictops::dict_set(vm, &ns, name.clone(), value)?;
                class::changed(vm, &r);
                Ok(())
            }
            ClassRef::Builtin(t) => {
                Err(vm.type_error(format!("cannot set '{text}' attribute of immutable type '{}'", t.name)))
            }
        };
    }
    let class = class_of(vm, obj);
    if let Some(attr) = class::lookup(vm, &class, text) {
        match attr {
            Value::Native(n) => {
                if let NativeKind::Getter(setter) = n.kind {
                    return match setter {
                        Some(set) => set(vm, obj.clone(), value),
                        None => {
                            let t = class::class_name(vm, &class);
                            Err(vm.error(
                                &exc::ATTRIBUTE_ERROR,
                                format!("attribute '{text}' of '{t}' objects is not writable"),
                            ))
                        }
                    };
                }
            }
            Value::Obj(ref r) => {
                let o = vm.heap.get(r);
                if let Payload::Property(parts) = &o.payload {
                    let setter = &parts[1];
                    if setter.is_none() {
                        let pname = property_name(vm, r.clone());
                        let t = type_name(vm, obj);
                        return Err(
                            vm.error(&exc::ATTRIBUTE_ERROR, format!("property {pname}of '{t}' object has no setter"))
                        );
                    }
                    vm.call(&setter.clone(), &[obj.clone(), value])?;
                    return Ok(());
                }
                if let ClassRef::User(_) = o.class {
                    let dclass = &o.class;
                    if let Some(set) = class::lookup(vm, dclass, "__set__") {
                        vm.call_unbound(set, attr, &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
            }
            _ => {}
        }
    }
    let key: Arc<str> = match str_text(vm, name) {
        Some(t) => t.clone(),
        None => text.into(),
    };
    if set_own_attr(vm, obj, name, &key, value)? {
        Ok(())
    } else {
        {
            let t = type_name(vm, obj);
            // An attribute the type has (a method) is read-only on an
            // instance without a __dict__.
            let message = if class::lookup(vm, &class, text).is_some() {
                format!("'{t}' object attribute '{text}' is read-only")
            } else {
                format!("'{t}' object has no attribute '{text}'")
            };
            Err(vm.error(&exc::ATTRIBUTE_ERROR, message))
        }
    }
}

/// The instance dict of `obj` (its `__dict__`), made on first use for
/// objects that may have one; a laid-out instance's attributes move into
/// it.
pub fn ensure_dict(vm: &mut Vm, obj: &Value) -> Option<crate::value::object::ObjRef> {
    let Value::Obj(r) = obj else { return None };
    let o = vm.heap.get(r);
    if let Some(d) = &o.dict {
        return Some(d.clone());
    }
    if matches!(&o.payload, Payload::Instance(InstanceAttrs { shape: Some(_), .. })) {
        return move_attrs_to_dict(vm, r);
    }
    let may_have = match o.class {
        ClassRef::User(_) => true,
        ClassRef::Builtin(t) => {
            t.exception || std::ptr::eq(t, &types::FUNCTION) || matches!(o.payload, Payload::Module(_))
        }
    };
    if !may_have {
        return None;
    }
    let d = vm.new_dict_ref();
    vm.heap.get_mut(r).dict = Some(d.clone());
    Some(d)
}

/// `del obj.name`.
pub fn delattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let text = str_text(vm, name).cloned().unwrap_or_default();
    let class = class_of(vm, obj);
    if let ClassRef::User(_) = class {
        if let Some(hook) = class::lookup(vm, &class, "__delattr__") {
            if !matches!(hook, Value::Native(_)) {
                vm.call_unbound(hook, obj.clone(), std::slice::from_ref(name), &[])?;
                return Ok(());
            }
        }
    }
    generic_delattr(vm, obj, name, &text)
}

/// `object.__delattr__(obj, name)`.
pub fn generic_delattr(vm: &mut Vm, obj: &Value, name: &Value, text: &str) -> PyResult<()> {
    if let Some(ClassRef::User(r)) = class::as_class(vm, obj) {
        let ns = class_data(vm, &r).namespace.clone();
        if dictops::dict_remove(vm, &ns, name)?.is_none() {
            return Err(attribute_error(vm, obj, name));
        }
        class::changed(vm, &r);
        return Ok(());
    }
    let class = class_of(vm, obj);
    if let Some(Value::Native(n)) = class::lookup(vm, &class, text) {
        if let NativeKind::Getter(setter) = n.kind {
            if let Some(set) = setter {
                return set(vm, obj.clone(), Value::Null);
            }
            let t = class::class_name(vm, &class);
            return Err(vm.error(&exc::ATTRIBUTE_ERROR, format!("attribute '{text}' of '{t}' objects is not writable")));
        }
    }
    if let Some(Value::Obj(r)) = class::lookup(vm, &class, text) {
        let o = vm.heap.get(&r);
        if let Payload::Property(parts) = &o.payload {
            let deleter = parts[2].clone();
            if deleter.is_none() {
                let pname = property_name(vm, r);
                let t = type_name(vm, obj);
                return Err(vm.error(&exc::ATTRIBUTE_ERROR, format!("property {pname}of '{t}' object has no deleter")));
            }
            vm.call(&deleter, std::slice::from_ref(obj))?;
            return Ok(());
        }
        if let ClassRef::User(_) = o.class {
            let dclass = o.class.clone();
            let attr = Value::Obj(r);
            if let Some(del) = class::lookup(vm, &dclass, "__delete__") {
                vm.call_unbound(del, attr, std::slice::from_ref(obj), &[])?;
                return Ok(());
            }
        }
    }
    if del_own_attr(vm, obj, name, text)? {
        return Ok(());
    }
    Err(attribute_error(vm, obj, name))
}

/// A new module object named `name` with an empty namespace (plus `__name__`).
pub fn new_module(vm: &mut Vm, name: &str) -> Value {
    let ns = vm.new_dict_ref();
    let r = vm.alloc(Object {
        class: ClassRef::Builtin(&types::MODULE),
        payload: Payload::Module(Box::new(crate::value::object::ModuleData { name: name.into() })),
        dict: Some(ns.clone()),
    });
    let n = vm.new_str(name);
    access::dict_set_str(vm, &ns, "__name__", n);
    access::dict_set_str(vm, &ns, "__doc__", Value::None);
    Value::Obj(r)
}

/// The namespace dict of a module object.
pub fn module_dict(vm: &Vm, module: &Value) -> Option<crate::value::object::ObjRef> {
    match module {
        Value::Obj(r) if matches!(vm.heap.get(r).payload, Payload::Module(_)) => vm.heap.get(r).dict.clone(),
        _ => None,
    }
}

/// `dir(obj)`: the sorted names of its attributes.
pub fn dir_of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |vm: &mut Vm, names: &mut Vec<String>, d: crate::value::object::ObjRef| {
        for (k, _) in crate::objects::access::dict_items(vm, &d) {
            if let Some(t) = access::str_text(vm, &k) {
                names.push(t.to_string());
            }
        }
    };
    if let Some(d) = module_dict(vm, &obj) {
        add_dict(vm, &mut names, d);
    } else {
        if let Value::Obj(ref r) = obj {
            if let Payload::Instance(crate::value::object::InstanceAttrs { shape: Some(shape), .. }) =
                &vm.heap.get(r).payload
            {
                names.extend(shape.names().iter().map(|n| n.to_string()));
            }
            if let Some(d) = &vm.heap.get(r).dict {
                if !matches!(vm.heap.get(r).payload, Payload::Class(_)) {
                    add_dict(vm, &mut names, d.clone());
                }
            }
        }
        let cls = class::as_class(vm, &obj).unwrap_or_else(|| class_of(vm, &obj));
        for c in class::mro(vm, &cls) {
            match c {
                ClassRef::User(r) => {
                    let ns = class::class_data(vm, &r).namespace.clone();
                    add_dict(vm, &mut names, ns.clone());
                }
                ClassRef::Builtin(t) => names.extend(t.methods.iter().map(|m| m.name.to_string())),
            }
        }
        if class::as_class(vm, &obj).is_none() {
            names.push("__class__".into());
            names.push("__doc__".into());
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}
