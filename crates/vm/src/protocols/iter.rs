//! The iteration protocol: `iter()` and `next()` for built-in containers
//! (native iterator objects), generators and user classes (`__iter__`,
//! `__next__`, or the old `__getitem__` protocol), and the helpers that
//! drain an iterable (`list(x)`, unpacking, `*args`).

use crate::objects::access::is_generator;
use num_traits::Zero;

use crate::objects::access;
use crate::objects::class::{self, class_of, type_name};
use crate::objects::memory::OrMemoryError;
use crate::objects::protocol::Execution;
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::ops;
use crate::value::alloc::{self};
use crate::value::frame::{Resume, Sent};
use crate::value::object::{ClassRef, DictView, IterState, Payload};
use crate::value::state::{PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;

impl Vm {
    /// A new built-in iterator object.
    pub(crate) fn new_iter(&mut self, state: IterState) -> Value {
        let class = crate::objects::types::misc::iterator_type(self, &state);
        self.new_object(class, Payload::Iter(Box::new(state)))
    }

    /// `iter(v)`: the `iter` slot of a built-in object's type (each type
    /// starts its own iterator, in its own file), else `__iter__` (or the
    /// old `__getitem__` protocol) of a user class, which for a subclass of
    /// a built-in container reaches the same slot through the inherited
    /// `__iter__`. Inlined into its callers (the frame loop's `GET_ITER`
    /// first), so a built-in iterable costs one call, to its slot.
    #[inline]
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(ref r) = v {
            if let ClassRef::Builtin(t) = self.heap.get(r).class {
                if let Some(slot) = t.slot(|s| s.iter) {
                    return slot(self, v);
                }
            }
        }
        self.special_iter(v)
    }

    /// `iter(v)` for a value whose type has no `iter` slot: `__iter__`, or
    /// the old `__getitem__` protocol.
    fn special_iter(&mut self, v: &Value) -> PyResult<Value> {
        let class = class_of(self, v);
        if let Some(m) = class::lookup(self, &class, "__iter__") {
            if m.is_none() {
                let t = type_name(self, v);
                return Err(self.type_error(format!("'{t}' object is not iterable")));
            }
            let it = self.call_unbound(m, v.clone(), &[], &[])?;
            let it_class = class_of(self, &it);
            if class::lookup(self, &it_class, "__next__").is_none() {
                let t = type_name(self, &it);
                return Err(self.type_error(format!("iter() returned non-iterator of type '{t}'")));
            }
            return Ok(it);
        }
        if class::lookup(self, &class, "__getitem__").is_some()
            && !matches!(class, ClassRef::Builtin(t) if std::ptr::eq(t, &types::DICT))
        {
            return Ok(self.new_iter(IterState::GetItem { seq: v.clone(), index: 0 }));
        }
        let t = type_name(self, v);
        Err(self.type_error(format!("'{t}' object is not iterable")))
    }

    /// `next(it)`: the next item, or `None` when the iterator is exhausted.
    /// The item is rooted until the running frame loop's next safe point.
    /// Memory that ran out raises `MemoryError` here, as at a safe point:
    /// built-ins that consume an iterator (`list(map(str, r))`) make an
    /// object per item without passing one.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if crate::value::cushion::attention() {
            self.raise_pending_memory_error()?;
        }
        let Value::Obj(ref r) = it else {
            let t = type_name(self, it);
            return Err(self.type_error(format!("'{t}' object is not an iterator")));
        };
        let object = vm_object(self, r);
        match (&object.payload, object.class.clone()) {
            (Payload::Iter(_), ClassRef::Builtin(_)) => {
                let item = self.builtin_next(r.clone())?;
                Ok(item)
            }
            (Payload::Generator(_), _) => match self.resume_generator(r.clone(), Resume::Send(Value::None))? {
                Sent::Yielded(v) => Ok(Some(v)),
                Sent::Returned(_) => Ok(None),
            },
            _ => match self.call_special(&it.clone(), "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let t = type_name(self, it);
                    Err(self.type_error(format!("'{t}' object is not an iterator")))
                }
                Err(e) if self.error_is(&e, &exc::STOP_ITERATION) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// One step of a built-in iterator.
    fn builtin_next(&mut self, r: crate::value::object::ObjRef) -> PyResult<Option<Value>> {
        if let Some(item) = step_plain(self, &r) {
            return Ok(item);
        }
        let state = iter_state(self, &r);
        match state {
            IterState::Seq { seq, index } => {
                let (seq, index) = (seq.clone(), *index);
                let item = match &self.heap.get(seq.as_obj().expect("a sequence")).payload {
                    Payload::Bytes(b) => b.get(index).map(|x| Value::Int(*x as i64)),
                    Payload::ByteArray(b) => b.get(index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                let state = iter_state(self, &r);
                match item {
                    Some(_) => {
                        if let IterState::Seq { index, .. } = state {
                            *index += 1;
                        }
                    }
                    None => *state = IterState::Done,
                }
                Ok(item)
            }
            IterState::Str { text, offset } => {
                let Some(c) = text[*offset..].chars().next() else {
                    *state = IterState::Done;
                    return Ok(None);
                };
                *offset += c.len_utf8();
                Ok(Some(crate::objects::types::str::char_value(self, c)))
            }
            IterState::BigRange(b) => {
                if b[2].is_zero() {
                    return Ok(None);
                }
                let v = b[0].clone();
                let step = b[1].clone();
                b[0] += step;
                b[2] -= 1;
                Ok(Some(self.new_int(v)))
            }
            IterState::Range { .. } => unreachable!("step_plain steps ranges"),
            IterState::Dict { dict, index, kind, len, remaining } => {
                let (dict, kind, len, remaining) = (dict.clone(), *kind, *len, *remaining);
                let mut i = *index;
                let (table_len, bound) = match &self.heap.get(&dict).payload {
                    Payload::Dict(d) => (d.len(), d.entry_bound()),
                    _ => (0, 0),
                };
                if table_len != len {
                    *iter_state(self, &r) = IterState::Done;
                    return Err(self.error(&exc::RUNTIME_ERROR, "dictionary changed size during iteration"));
                }
                while i < bound {
                    let entry = match &self.heap.get(&dict).payload {
                        Payload::Dict(d) => d.entry_at(i).cloned(),
                        _ => None,
                    };
                    i += 1;
                    if let Some(e) = entry {
                        if remaining == 0 {
                            *iter_state(self, &r) = IterState::Done;
                            return Err(self.error(&exc::RUNTIME_ERROR, "dictionary keys changed during iteration"));
                        }
                        if let IterState::Dict { index, remaining, .. } = iter_state(self, &r) {
                            *index = i;
                            *remaining -= 1;
                        }
                        return Ok(Some(match kind {
                            DictView::Keys => e.key,
                            DictView::Values => e.value,
                            DictView::Items => self.new_tuple([e.key, e.value]),
                        }));
                    }
                }
                *iter_state(self, &r) = IterState::Done;
                Ok(None)
            }
            IterState::DictReversed { dict, index, kind, len } => {
                let (dict, kind, len) = (dict.clone(), *kind, *len);
                let mut i = *index;
                if crate::objects::access::dict_len(self, &dict) != len {
                    *iter_state(self, &r) = IterState::Done;
                    return Err(self.error(&exc::RUNTIME_ERROR, "dictionary changed size during iteration"));
                }
                while i > 0 {
                    i -= 1;
                    let entry = match &self.heap.get(&dict).payload {
                        Payload::Dict(d) => d.entry_at(i).cloned(),
                        _ => None,
                    };
                    if let Some(e) = entry {
                        if let IterState::DictReversed { index, .. } = iter_state(self, &r) {
                            *index = i;
                        }
                        return Ok(Some(match kind {
                            DictView::Keys => e.key,
                            DictView::Values => e.value,
                            DictView::Items => self.new_tuple([e.key, e.value]),
                        }));
                    }
                }
                *iter_state(self, &r) = IterState::Done;
                Ok(None)
            }
            IterState::Set { set, index, len } => {
                let (set, len) = (set.clone(), *len);
                let mut i = *index;
                let (size, slots) = match &self.heap.get(&set).payload {
                    Payload::Set(s) | Payload::FrozenSet(s) => (s.len(), s.slots()),
                    _ => (0, 0),
                };
                if size != len {
                    *iter_state(self, &r) = IterState::Done;
                    return Err(self.error(&exc::RUNTIME_ERROR, "Set changed size during iteration"));
                }
                while i < slots {
                    let slot = match &self.heap.get(&set).payload {
                        Payload::Set(s) | Payload::FrozenSet(s) => s.slot(i),
                        _ => None,
                    };
                    i += 1;
                    if let Some((_, key)) = slot {
                        if let IterState::Set { index, .. } = iter_state(self, &r) {
                            *index = i;
                        }
                        return Ok(Some(key));
                    }
                }
                *iter_state(self, &r) = IterState::Done;
                Ok(None)
            }
            IterState::Enumerate { inner, count } => {
                let (inner, count) = (inner.clone(), count.clone());
                let Some(item) = self.next(&inner)? else { return Ok(None) };
                let next = ops::binary_op(self, &count, &Value::Int(1), isopy_compiler::BinaryOperator::Add, false)?;
                if let IterState::Enumerate { count, .. } = iter_state(self, &r) {
                    *count = next;
                }
                Ok(Some(self.new_tuple([count, item])))
            }
            IterState::Zip { inners, strict } => {
                let (n, strict) = (inners.len(), *strict);
                if n == 0 {
                    return Ok(None);
                }
                // One item from each iterator, fetched by index rather than
                // from a copy of the list, so that a pair is made without
                // allocating more than the tuple.
                // Which iterator ran out, or the error one of them raised.
                let mut stopped = None;
                let items: TupleItems = (0..n)
                    .map_while(|i| {
                        let it = match iter_state(self, &r) {
                            IterState::Zip { inners, .. } => inners[i].clone(),
                            // Finished by a call its iterators made.
                            _ => {
                                stopped = Some(Ok(i));
                                return None;
                            }
                        };
                        match self.next(&it) {
                            Ok(Some(v)) => Some(v),
                            Ok(None) => {
                                stopped = Some(Ok(i));
                                None
                            }
                            Err(e) => {
                                stopped = Some(Err(e));
                                None
                            }
                        }
                    })
                    .collect();
                let ended = match stopped {
                    None => return Ok(Some(self.new_tuple(items))),
                    Some(result) => result?,
                };
                drop(items);
                let IterState::Zip { inners, .. } = std::mem::replace(iter_state(self, &r), IterState::Done) else {
                    return Ok(None);
                };
                if strict {
                    if let Some(e) = zip_strict_error(self, &inners, ended)? {
                        return Err(e);
                    }
                }
                Ok(None)
            }
            IterState::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                let mut args = Vec::with_capacity(inners.len());
                for it in inners {
                    match self.next(&it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                loop {
                    let Some(item) = self.next(&inner.clone())? else { return Ok(None) };
                    let keep = if func.is_none() {
                        ops::truthy(self, &item)?
                    } else {
                        let r = self.call(&func.clone(), std::slice::from_ref(&item))?;
                        ops::truthy(self, &r)?
                    };
                    if keep {
                        return Ok(Some(item));
                    }
                }
            }
            IterState::Reversed { seq, remaining } => {
                let (seq, n) = (seq.clone(), *remaining);
                if n == 0 {
                    return Ok(None);
                }
                if let IterState::Reversed { remaining, .. } = state {
                    *remaining -= 1;
                }
                let item = match seq {
                    Value::Obj(ref s) => match &self.heap.get(s).payload {
                        Payload::List(items) if matches!(self.heap.get(s).class, ClassRef::Builtin(_)) => {
                            Some(items.get(n - 1).cloned())
                        }
                        Payload::Tuple(items) => Some(items.get(n - 1).cloned()),
                        _ => None,
                    },
                    _ => None,
                };
                match item {
                    Some(Some(v)) => Ok(Some(v)),
                    Some(None) => {
                        *iter_state(self, &r) = IterState::Done;
                        Ok(None)
                    }
                    None => crate::protocols::subscript::getitem(self, seq, Value::Int(n as i64 - 1)).map(Some),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                let v = match self.call(&func, &[]) {
                    Ok(v) => v,
                    Err(e) if self.error_is(&e, &exc::STOP_ITERATION) => {
                        *iter_state(self, &r) = IterState::Done;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if ops::eq(self, &v, &sentinel)? {
                    *iter_state(self, &r) = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { seq, index } => {
                let (seq, i) = (seq.clone(), *index);
                match crate::protocols::subscript::getitem(self, seq, Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::GetItem { index, .. } = iter_state(self, &r) {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e) if self.error_is(&e, &exc::INDEX_ERROR) || self.error_is(&e, &exc::STOP_ITERATION) => {
                        *iter_state(self, &r) = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Done => Ok(None),
        }
    }
}

fn vm_object<'a>(vm: &'a Vm, r: &'a crate::value::object::ObjRef) -> &'a crate::value::object::Object {
    vm.heap.get(r)
}

fn iter_state<'a>(vm: &'a mut Vm, r: &'a crate::value::object::ObjRef) -> &'a mut IterState {
    match &mut vm.heap.get_mut(r).payload {
        Payload::Iter(s) => s,
        _ => unreachable!("an iterator reference names an iterator"),
    }
}

/// The error of `zip(strict=True)` when iterator `i` ran out first: none
/// if every iterator ended together.
fn zip_strict_error(vm: &mut Vm, inners: &[Value], i: usize) -> PyResult<Option<crate::value::state::PyErr>> {
    if i > 0 {
        let plural = if i == 1 { " " } else { "s 1-" };
        return Ok(Some(vm.value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i))));
    }
    // The first ran out: any other that still has items is longer.
    for (j, it) in inners.iter().enumerate().skip(1) {
        if vm.next(&it.clone())?.is_some() {
            let plural = if j == 1 { " " } else { "s 1-" };
            return Ok(Some(vm.value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j))));
        }
    }
    Ok(None)
}

/// All items of `iterable` (rooted until the running frame loop's next safe point).
/// When a built-in iterable knows its length, the memory for all its items
/// is asked for first, as CPython's `list(range(n))` does: a length memory
/// cannot hold is MemoryError at once, before any item is made.
pub fn collect(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    if let Some(items) = access::seq_items(vm, &iterable) {
        if matches!(class_of(vm, &iterable), ClassRef::Builtin(_)) {
            return alloc::copied(items).or_memory_error(vm);
        }
    }
    let hint = length_hint(vm, &iterable)?;
    let mut items = alloc::vec_with_capacity(hint).or_memory_error(vm)?;
    let it = vm.iter(&iterable)?;
    while let Some(v) = vm.next(&it)? {
        alloc::push(&mut items, v).or_memory_error(vm)?;
    }
    Ok(items)
}

/// How many items iterating `v` will give, if `v` is a built-in object
/// that knows (CPython's `PyObject_LengthHint`, but never running Python
/// code: a user class's `__len__` is not asked); else 0. A range too long
/// for an index is CPython's OverflowError.
pub fn length_hint(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let Value::Obj(r) = v else { return Ok(0) };
    let object = vm_object(vm, r);
    if !matches!(object.class, ClassRef::Builtin(_)) {
        return Ok(0);
    }
    match &object.payload {
        Payload::Iter(state) => Ok(match &**state {
            IterState::Range { remaining, .. } => usize::try_from(*remaining).unwrap_or(usize::MAX),
            IterState::BigRange(b) => num_traits::ToPrimitive::to_usize(&b[2]).unwrap_or(usize::MAX),
            IterState::Seq { seq, index } => access::seq_items(vm, seq).map_or(0, |s| s.len().saturating_sub(*index)),
            IterState::Reversed { remaining, .. } => *remaining,
            _ => 0,
        }),
        _ => Ok(access::builtin_len(vm, r)?.unwrap_or(0)),
    }
}

/// The items of `seq` for `a, b, c = seq` (exactly `n` of them).
pub fn unpack(vm: &mut Vm, seq: Value, n: usize) -> PyResult<Vec<Value>> {
    if let Some(items) = access::seq_items(vm, &seq) {
        if matches!(class_of(vm, &seq), ClassRef::Builtin(_)) {
            let len = items.len();
            if len == n {
                return Ok(items.to_vec());
            }
            if len > n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {len})")));
        }
    }
    let it = match vm.iter(&seq.clone()) {
        Ok(it) => it,
        Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) && !has_iter(vm, seq.clone()) => {
            let t = type_name(vm, &seq);
            return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::with_capacity(n);
    while items.len() < n {
        match vm.next(&it.clone())? {
            Some(v) => items.push(v),
            None => {
                let got = items.len();
                return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {got})")));
            }
        }
    }
    if vm.next(&it)?.is_some() {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

fn has_iter(vm: &Vm, v: Value) -> bool {
    let class = class_of(vm, &v);
    class::lookup(vm, &class, "__iter__").is_some() || class::lookup(vm, &class, "__getitem__").is_some()
}

/// The items of `seq` for `a, *b, c = seq`: `before` values, a list, `after` values.
pub fn unpack_starred(vm: &mut Vm, seq: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = match collect(vm, seq.clone()) {
        Ok(items) => items,
        Err(e) if vm.error_is(&e, &exc::TYPE_ERROR) && !has_iter(vm, seq.clone()) => {
            let t = type_name(vm, &seq);
            return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        Err(e) => return Err(e),
    };
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let middle = vm.new_list(items[before..items.len() - after].to_vec());
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    out.push(middle);
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// One step of built-in iterator `r` when it runs over a range, a list or
/// a tuple, which needs no code run and nothing allocated (the frame
/// loop's `for` calls it directly): `Some(item)`, `Some(None)` once
/// exhausted (a sequence iterator is then done for good). `None` for other
/// iterators.
#[inline]
pub(crate) fn step_plain(vm: &mut Vm, r: &crate::value::object::ObjRef) -> Option<Option<Value>> {
    let Payload::Iter(state) = &mut vm.heap.get_mut(r).payload else { return None };
    let (seq, index) = match &mut **state {
        IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            return Some(Some(Value::Int(v)));
        }
        IterState::Seq { seq: Value::Obj(seq), index } => (seq.clone(), *index),
        _ => return None,
    };
    let item = match &vm.heap.get(&seq).payload {
        Payload::List(items) => items.get(index).cloned(),
        Payload::Tuple(items) => items.get(index).cloned(),
        _ => return None,
    };
    let Payload::Iter(state) = &mut vm.heap.get_mut(r).payload else { return None };
    match item {
        Some(_) => {
            if let IterState::Seq { index, .. } = &mut **state {
                *index += 1;
            }
        }
        None => **state = IterState::Done,
    }
    Some(item)
}

/// `next(it)` keeping the value a finished iterator returned: `Ok(Ok(v))`
/// for an item, `Ok(Err(result))` at the end.
pub fn next_with_value(vm: &mut Vm, it: Value) -> PyResult<Result<Value, Value>> {
    if let Value::Obj(ref r) = it {
        if is_generator(vm, &it.clone()) {
            return Ok(match vm.resume_generator(r.clone(), Resume::Send(Value::None))? {
                Sent::Yielded(v) => Ok(v),
                Sent::Returned(v) => Err(v),
            });
        }
        if let ClassRef::User(_) = vm.heap.get(r).class {
            return match vm.call_special(&it.clone(), "__next__", &[]) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => {
                    let t = crate::objects::class::type_name(vm, &it);
                    Err(vm.type_error(format!("'{t}' object is not an iterator")))
                }
                Err(e) if vm.error_is(&e, &exc::STOP_ITERATION) => {
                    Ok(Err(crate::objects::types::exceptions::stop_iteration_value(vm, e)))
                }
                Err(e) => Err(e),
            };
        }
    }
    Ok(match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(Value::None),
    })
}
