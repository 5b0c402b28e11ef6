//! Generators: a suspended frame and its slice of the value stack, kept in
//! the generator object between runs. Resuming copies the slice back onto
//! the thread's stack, pushes the frame and runs the frame loop until it
//! yields (the frame is saved again), returns or raises (the generator is
//! finished). `send`, `throw` and `close` follow CPython, including the
//! delegation of `throw` and `close` through `yield from`.

use crate::objects::access::is_generator;
use crate::objects::protocol::Execution;
use crate::objects::types::exceptions as exc;
use crate::protocols::iter::next_with_value;
use crate::value::frame::Exit;
use crate::value::frame::Resume;
use crate::value::frame::Sent;
use crate::value::object::ObjRef;
use crate::value::object::{GeneratorData, Payload};
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::Value;

fn data<'a>(vm: &'a mut Vm, g: &'a ObjRef) -> &'a mut GeneratorData {
    match &mut vm.heap.get_mut(g).payload {
        Payload::Generator(d) => d,
        _ => unreachable!("a generator reference names a generator"),
    }
}

/// Marks generator `g` finished (its frame returned or raised).
pub fn finished(vm: &mut Vm, g: ObjRef) {
    let d = data(vm, &g);
    d.frame = None;
    d.saved = Vec::new();
    d.running = false;
}

/// Resumes generator `g`.
pub(in crate::exec) fn resume(vm: &mut Vm, g: ObjRef, how: Resume) -> PyResult<Sent> {
    let d = data(vm, &g);
    if d.running {
        return Err(vm.value_error("generator already executing"));
    }
    if d.frame.is_none() {
        return match how {
            Resume::Send(_) => Ok(Sent::Returned(Value::None)),
            Resume::Throw(e) => Err(e),
        };
    }
    if !d.started {
        if let Resume::Send(ref v) = how {
            if !v.is_none() {
                return Err(vm.type_error("can't send non-None value to a just-started generator"));
            }
        }
    }
    if let Resume::Throw(ref err) = how {
        if let Some(sent) = delegate_throw(vm, &g, err.clone())? {
            return Ok(sent);
        }
    }
    let d = data(vm, &g);
    let started = d.started;
    d.started = true;
    d.running = true;
    let mut frame = d.frame.take().expect("checked above");
    let mut saved = std::mem::take(&mut d.saved);
    let own_handled = d.handled.clone();
    let base = vm.ts.stack.len();
    vm.ts.stack.append(&mut saved);
    data(vm, &g).saved = saved;
    frame.base = base;
    frame.return_base = base;
    frame.generator = Some(g.clone());
    frame.outer_handled = vm.ts.handled.clone();
    if !own_handled.is_none() {
        vm.ts.handled = own_handled.clone();
    }
    if let Err(e) = vm.enter_frame(frame) {
        finished(vm, g);
        return Err(e);
    }
    // Resuming recurses into the frame loop (a chain of `yield from` nests
    // one resume per level), so it grows the host stack as calls do.
    let result = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || match how {
        Resume::Send(v) => {
            if started {
                vm.ts.stack.push(v);
            }
            vm.execute_frames()
        }
        Resume::Throw(err) => vm.run_frames_with_error(err),
    });
    match result {
        Ok(Exit::Yield(v)) => {
            let mut frame = vm.ts.frames.pop().expect("the generator's frame");
            let mut saved = std::mem::take(&mut data(vm, &g).saved);
            saved.extend(vm.ts.stack.drain(frame.base..));
            let handled = if vm.ts.handled.is(&frame.outer_handled) { Value::None } else { vm.ts.handled.clone() };
            vm.ts.handled = std::mem::replace(&mut frame.outer_handled, Value::None);
            // A suspended frame does not hold its own generator: that would
            // be a cycle, and a dropped generator would wait for the collector.
            frame.generator = None;
            let d = data(vm, &g);
            d.saved = saved;
            d.handled = handled;
            d.running = false;
            d.frame = Some(frame);
            Ok(Sent::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(Sent::Returned(v)),
        Err(e) => {
            if vm.error_is(&e, &exc::STOP_ITERATION) {
                let err = vm.error(&exc::RUNTIME_ERROR, "generator raised StopIteration");
                if let Payload::Exception(x) = &mut vm.heap.get_mut(&err.0).payload {
                    x.cause = e.value();
                    x.context = e.value();
                    x.suppress_context = true;
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// The iterator a suspended generator is delegating to with `yield from`,
/// and the instruction the `yield from` loop continues at when it ends.
fn delegate_of(vm: &Vm, g: ObjRef) -> Option<(Value, usize)> {
    let Payload::Generator(d) = &vm.heap.get(&g).payload else { return None };
    let end = d.frame.as_ref()?.delegate_target()?;
    Some((d.saved.last()?.clone(), end))
}

/// Throws `err` into the iterator a `yield from` delegates to; `None` if
/// the generator is not delegating (the caller throws into it directly).
fn delegate_throw(vm: &mut Vm, g: &ObjRef, err: PyErr) -> PyResult<Option<Sent>> {
    let Some((inner, end)) = delegate_of(vm, g.clone()) else { return Ok(None) };
    let is_exit = vm.error_is(&err, &exc::GENERATOR_EXIT);
    data(vm, g).running = true;
    let outcome = if let Value::Obj(ref ir) = inner {
        if is_generator(vm, &inner.clone()) {
            if is_exit {
                close(vm, ir.clone()).map(|_| Sent::Returned(Value::None))
            } else {
                resume(vm, ir.clone(), Resume::Throw(err))
            }
        } else {
            let method = if is_exit { "close" } else { "throw" };
            let class = crate::objects::class::class_of(vm, &inner);
            match crate::objects::class::lookup(vm, &class, method) {
                Some(m) => {
                    let args: Vec<Value> = if is_exit { vec![] } else { vec![err.value()] };
                    match vm.call_unbound(m, inner, &args, &[]) {
                        Ok(_) if is_exit => Ok(Sent::Returned(Value::None)),
                        Ok(v) => Ok(Sent::Yielded(v)),
                        Err(e) if vm.error_is(&e, &exc::STOP_ITERATION) => {
                            let value = crate::objects::types::exceptions::stop_iteration_value(vm, e);
                            Ok(Sent::Returned(value))
                        }
                        Err(e) => Err(e),
                    }
                }
                None if is_exit => Ok(Sent::Returned(Value::None)),
                None => Err(err),
            }
        }
    } else {
        Err(err)
    };
    data(vm, g).running = false;
    match outcome {
        Ok(Sent::Yielded(v)) => Ok(Some(Sent::Yielded(v))),
        Ok(Sent::Returned(r)) if !is_exit => {
            // The delegate finished: the `yield from` evaluates to its result.
            let d = data(vm, g);
            d.saved.pop();
            if let Some(frame) = d.frame.as_mut() {
                frame.ip = end;
            }
            resume(vm, g.clone(), Resume::Send(r)).map(Some)
        }
        // The delegate is closed: GeneratorExit goes to this generator now.
        Ok(Sent::Returned(_)) => Ok(None),
        // The delegate raised: raise it in this generator, at its `yield from`.
        Err(e) => throw_here(vm, g.clone(), e).map(Some),
    }
}

/// Resumes `g` raising `err` at its current instruction, without delegation.
fn throw_here(vm: &mut Vm, g: ObjRef, err: PyErr) -> PyResult<Sent> {
    let d = data(vm, &g);
    d.started = true;
    d.running = true;
    let mut frame = d.frame.take().expect("a suspended generator");
    let mut saved = std::mem::take(&mut d.saved);
    let base = vm.ts.stack.len();
    vm.ts.stack.append(&mut saved);
    data(vm, &g).saved = saved;
    frame.base = base;
    frame.return_base = base;
    frame.generator = Some(g.clone());
    frame.outer_handled = vm.ts.handled.clone();
    if let Err(e) = vm.enter_frame(frame) {
        finished(vm, g);
        return Err(e);
    }
    match vm.run_frames_with_error(err) {
        Ok(Exit::Yield(v)) => {
            let mut frame = vm.ts.frames.pop().expect("the generator's frame");
            let mut saved = std::mem::take(&mut data(vm, &g).saved);
            saved.extend(vm.ts.stack.drain(frame.base..));
            vm.ts.handled = std::mem::replace(&mut frame.outer_handled, Value::None);
            frame.generator = None;
            let d = data(vm, &g);
            d.saved = saved;
            d.running = false;
            d.frame = Some(frame);
            Ok(Sent::Yielded(v))
        }
        Ok(Exit::Return(v)) => Ok(Sent::Returned(v)),
        Err(e) => Err(e),
    }
}

/// `gen.close()`.
pub(in crate::exec) fn close(vm: &mut Vm, g: ObjRef) -> PyResult<()> {
    let d = data(vm, &g);
    if d.frame.is_none() {
        return Ok(());
    }
    if !d.started {
        finished(vm, g);
        return Ok(());
    }
    let exit = vm.error_empty(&exc::GENERATOR_EXIT);
    match resume(vm, g, Resume::Throw(exit)) {
        Ok(Sent::Yielded(_)) => Err(vm.error(&exc::RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Ok(Sent::Returned(_)) => Ok(()),
        Err(e) if vm.error_is(&e, &exc::GENERATOR_EXIT) || vm.error_is(&e, &exc::STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

/// One step of `yield from`: sends `value` into `receiver` (a generator,
/// or any iterator: `None` means `next()`, else its `send` method).
pub fn send_to(vm: &mut Vm, receiver: Value, value: Value) -> PyResult<Sent> {
    if let Value::Obj(ref r) = receiver {
        if is_generator(vm, &receiver.clone()) {
            return resume(vm, r.clone(), Resume::Send(value));
        }
    }
    if value.is_none() {
        return match next_with_value(vm, receiver)? {
            Ok(v) => Ok(Sent::Yielded(v)),
            Err(r) => Ok(Sent::Returned(r)),
        };
    }
    match vm.call_method(&receiver, "send", &[value]) {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if vm.error_is(&e, &exc::STOP_ITERATION) => {
            Ok(Sent::Returned(crate::objects::types::exceptions::stop_iteration_value(vm, e)))
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// Like [`Vm::run_frames`], but first raises `err` in the innermost
    /// frame (at its current instruction), as `generator.throw()` does.
    pub(crate) fn run_frames_with_error(&mut self, err: PyErr) -> PyResult<Exit> {
        self.add_traceback(&err.clone());
        let entry_depth = self.ts.frames.len();
        if let Some(e) = self.unwind(err, entry_depth) {
            return Err(e);
        }
        self.execute_frames()
    }
}

impl Execution for Vm {
    fn run_frames(&mut self) -> PyResult<Exit> {
        self.execute_frames()
    }

    fn resume_generator(&mut self, g: ObjRef, how: Resume) -> PyResult<Sent> {
        resume(self, g, how)
    }

    fn close_generator(&mut self, g: ObjRef) -> PyResult<()> {
        close(self, g)
    }
}
