//! The frame loop: executes instructions of the innermost frame. A call to
//! a Python function pushes a frame and continues in the same loop (no Rust
//! recursion, so deep Python recursion cannot overflow the host stack); a
//! return pops it. An exception unwinds through each frame's static
//! exception table, adding traceback entries as it leaves frames.
//!
//! Operands stay on the value stack while an operation that may run Python
//! code works on them (they are popped after), so the collector, which runs
//! at the safe points of backward jumps and calls, always sees them.

use crate::value::frame::Exit;
use isopy_compiler::{BinaryOperator, Comparison, Opcode, UnaryOperator};

use crate::objects::access;
use crate::objects::class::{self, class_of};
use crate::objects::memory::OrMemoryError;
use crate::objects::types::{self, exceptions as exc};
use crate::protocols::attr;
use crate::protocols::call::ArgVec;
use crate::protocols::dictops;
use crate::protocols::ops;
use crate::value::alloc::{self};
use crate::value::object::{ClassRef, Payload, TraceEntry};
use crate::value::state::{PyErr, PyResult, Vm};
use crate::value::tuple::TupleItems;
use crate::value::Value;

/// How an instruction failed: with a new exception (which gets this frame's
/// traceback entry and context) or by letting one through again.
pub enum Raised {
    /// Raised here.
    New(PyErr),
    /// Re-raised (`raise`, the end of a `finally`): no new traceback entry.
    Again(PyErr),
}

impl From<PyErr> for Raised {
    fn from(e: PyErr) -> Raised {
        Raised::New(e)
    }
}

/// What the call instructions did.
enum Called {
    /// A Python frame was pushed; the loop continues in it.
    Frame,
    /// The call finished; its result is on the stack.
    Done,
}

impl Vm {
    /// Runs frames until the frame that was innermost when called returns
    /// or yields.
    pub(in crate::exec) fn execute_frames(&mut self) -> PyResult<Exit> {
        let entry_depth = self.ts.frames.len();
        loop {
            match self.execute(entry_depth) {
                Ok(exit) => return Ok(exit),
                Err(raised) => {
                    let err = match raised {
                        Raised::New(err) => {
                            self.chain_context(&err.clone());
                            self.add_traceback(&err.clone());
                            err
                        }
                        Raised::Again(err) => err,
                    };
                    if let Some(err) = self.unwind(err, entry_depth) {
                        return Err(err);
                    }
                }
            }
        }
    }

    /// Finds a handler for `err` in this run's frames: `None` if one was
    /// found (the loop continues there), else the error to propagate.
    pub(crate) fn unwind(&mut self, err: PyErr, entry_depth: usize) -> Option<PyErr> {
        loop {
            let frame = self.ts.frames.last().expect("a running frame");
            let index = frame.current_instruction();
            if let Some(entry) = frame.code.code.handler_for(index).copied() {
                let start = frame.stack_start();
                let frame = self.ts.frames.last_mut().expect("a running frame");
                frame.ip = entry.target as usize;
                self.ts.stack.truncate(start + entry.depth as usize);
                if entry.push_lasti {
                    self.ts.stack.push(Value::Int(index as i64));
                }
                self.ts.stack.push(err.value());
                return None;
            }
            let frame = self.ts.frames.pop().expect("a running frame");
            self.ts.stack.truncate(frame.return_base);
            self.ts.handled = frame.outer_handled;
            if let Some(g) = frame.generator {
                crate::exec::generators::finished(self, g);
            }
            if self.ts.frames.len() < entry_depth {
                return Some(err);
            }
            self.add_traceback(&err.clone());
        }
    }

    /// Appends the innermost frame's current instruction to `err`'s traceback.
    pub(crate) fn add_traceback(&mut self, err: &PyErr) {
        let Some(frame) = self.ts.frames.last() else { return };
        let entry = TraceEntry { code: frame.code.code.clone(), instruction: frame.current_instruction() };
        if let Payload::Exception(e) = &mut self.heap.get_mut(&err.0).payload {
            e.traceback.push(entry);
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being
    /// handled, breaking any cycle as CPython does.
    pub(crate) fn chain_context(&mut self, err: &PyErr) {
        let Value::Obj(handled) = self.ts.handled.clone() else { return };
        if handled == err.0 {
            return;
        }
        // Walk the handled exception's context chain; cut it where it
        // reaches the new exception.
        let mut o = handled.clone();
        while let Payload::Exception(e) = &self.heap.get(&o).payload {
            match e.context.clone() {
                Value::Obj(next) if next == err.0 => {
                    if let Payload::Exception(e) = &mut self.heap.get_mut(&o).payload {
                        e.context = Value::None;
                    }
                    break;
                }
                Value::Obj(next) => o = next,
                _ => break,
            }
        }
        if let Payload::Exception(e) = &mut self.heap.get_mut(&err.0).payload {
            if e.context.is_none() {
                e.context = Value::Obj(handled);
            }
        }
    }

    /// The safe point on backward jumps and calls: memory that ran out
    /// raises `MemoryError`, the cycle collector may run, and the GIL
    /// hand-over and interrupts are checked (limits will be too).
    #[inline]
    fn safe_point(&mut self) -> Result<(), Raised> {
        self.check_memory()?;
        self.maybe_collect();
        if crate::value::signals::interrupt_pending()
            && self.is_main_thread()
            && crate::value::signals::take_interrupt()
        {
            return Err(Raised::New(self.error_empty(&exc::KEYBOARD_INTERRUPT)));
        }
        if self.interpreter().breaker() != 0 {
            self.service_breaker()?;
        }
        Ok(())
    }

    /// `MemoryError` if an allocation of this thread ran out of memory
    /// (the memory cushion caught it): at safe points, and after a call
    /// to native code returns, so that it surfaces close to the allocation
    /// (a built-in that fills memory may make many objects before the next
    /// backward jump). One load when nothing ran out.
    #[inline(always)]
    fn check_memory(&mut self) -> Result<(), Raised> {
        if crate::value::cushion::attention() {
            self.raise_pending_memory_error()?;
        }
        Ok(())
    }

    /// Answers what other threads asked of this one through the eval
    /// breaker: the GIL for a waiting thread, an interrupt.
    #[cold]
    fn service_breaker(&mut self) -> Result<(), Raised> {
        let bits = self.interpreter().breaker();
        if bits & crate::value::gil::INTERRUPT != 0 && self.interpreter().take_request(crate::value::gil::INTERRUPT) {
            return Err(Raised::New(self.error_empty(&exc::KEYBOARD_INTERRUPT)));
        }
        if bits & crate::value::gil::GIL_WANTED != 0 {
            self.maybe_yield_gil();
        }
        Ok(())
    }

    #[inline]
    fn peek(&self, n: usize) -> Value {
        self.ts.stack[self.ts.stack.len() - n].clone()
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.ts.stack.pop().expect("the compiler balances the stack")
    }

    #[inline]
    fn push(&mut self, v: Value) {
        self.ts.stack.push(v);
    }

    /// The result of binary `op` on the top two stack items when both are
    /// ints or both floats and the answer needs no error or big int
    /// (the frame loop's fast path; `None`: take the general one).
    #[inline(always)]
    fn binary_fast(&self, op: BinaryOperator) -> Option<Value> {
        let len = self.ts.stack.len();
        match (&self.ts.stack[len - 2], &self.ts.stack[len - 1]) {
            (Value::Int(x), Value::Int(y)) => {
                let (x, y) = (*x, *y);
                match op {
                    BinaryOperator::Add => x.checked_add(y).map(Value::Int),
                    BinaryOperator::Subtract => x.checked_sub(y).map(Value::Int),
                    BinaryOperator::Multiply => x.checked_mul(y).map(Value::Int),
                    BinaryOperator::And => Some(Value::Int(x & y)),
                    BinaryOperator::Or => Some(Value::Int(x | y)),
                    BinaryOperator::Xor => Some(Value::Int(x ^ y)),
                    BinaryOperator::FloorDivide if y > 0 => Some(Value::Int(x.div_euclid(y))),
                    BinaryOperator::Remainder if y > 0 => Some(Value::Int(x.rem_euclid(y))),
                    BinaryOperator::Rshift if (0..64).contains(&y) => Some(Value::Int(x >> y)),
                    BinaryOperator::Lshift if (0..63).contains(&y) => {
                        let r = x << y;
                        (r >> y == x).then_some(Value::Int(r))
                    }
                    _ => None,
                }
            }
            (Value::Float(x), Value::Float(y)) => {
                let (x, y) = (*x, *y);
                match op {
                    BinaryOperator::Add => Some(Value::Float(x + y)),
                    BinaryOperator::Subtract => Some(Value::Float(x - y)),
                    BinaryOperator::Multiply => Some(Value::Float(x * y)),
                    BinaryOperator::TrueDivide if y != 0.0 => Some(Value::Float(x / y)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Comparison `op` of the top two stack items when both are ints,
    /// both floats or both exact strs (`None`: take the general path).
    #[inline(always)]
    fn compare_fast(&self, op: Comparison) -> Option<bool> {
        let len = self.ts.stack.len();
        match (&self.ts.stack[len - 2], &self.ts.stack[len - 1]) {
            (Value::Int(x), Value::Int(y)) => Some(ops::ordering_holds(op, x.cmp(y))),
            (Value::Float(x), Value::Float(y)) => Some(match op {
                Comparison::Lt => x < y,
                Comparison::Le => x <= y,
                Comparison::Eq => x == y,
                Comparison::Ne => x != y,
                Comparison::Gt => x > y,
                Comparison::Ge => x >= y,
            }),
            (Value::Obj(a), Value::Obj(b)) => {
                // Two exact strs: compared by text (UTF-8 orders as code
                // points do), the same object equal at once.
                let (oa, ob) = (self.heap.get(a), self.heap.get(b));
                let (Payload::Str(x), Payload::Str(y)) = (&oa.payload, &ob.payload) else { return None };
                if !oa.class.is_builtin(&types::STR) || !ob.class.is_builtin(&types::STR) {
                    return None;
                }
                let ordering =
                    if a == b { std::cmp::Ordering::Equal } else { x.text.as_bytes().cmp(y.text.as_bytes()) };
                Some(ops::ordering_holds(op, ordering))
            }
            _ => None,
        }
    }

    /// `seq[i]` for the top two stack items when `seq` is an exact list or
    /// tuple and `i` an int within it (`None`: take the general path,
    /// which also words the errors).
    #[inline(always)]
    fn subscript_fast(&self) -> Option<Value> {
        let len = self.ts.stack.len();
        let (Value::Obj(r), Value::Int(i)) = (&self.ts.stack[len - 2], &self.ts.stack[len - 1]) else { return None };
        let items = access::exact_seq_items(self.heap.get(r))?;
        let i = if *i < 0 { i.checked_add(items.len() as i64)? } else { *i };
        items.get(usize::try_from(i).ok()?).cloned()
    }

    /// One step of the iterator on top of the stack when it is a built-in
    /// iterator over a range, a list or a tuple (`iter::step_plain`);
    /// `None`: take the general path.
    #[inline(always)]
    fn for_iter_fast(&mut self) -> Option<Option<Value>> {
        let Some(Value::Obj(r)) = self.ts.stack.last() else { return None };
        if !matches!(self.heap.get(r).class, ClassRef::Builtin(_)) {
            return None;
        }
        let r = r.clone();
        crate::protocols::iter::step_plain(self, &r)
    }

    /// UNPACK_SEQUENCE of an exact tuple or list of exactly `n` items:
    /// replaces it on the stack with its items, last first, without an
    /// intermediate vector. `false`: take the general path (other types,
    /// other lengths, which it words as errors).
    #[inline(always)]
    fn unpack_fast(&mut self, n: usize) -> bool {
        let Some(Value::Obj(r)) = self.ts.stack.last() else { return false };
        let r = r.clone();
        let state = &mut **self;
        let Some(items) = access::exact_seq_items(state.heap.get(&r)) else { return false };
        if items.len() != n {
            return false;
        }
        state.ts.stack.pop();
        state.ts.stack.extend(items.iter().rev().cloned());
        true
    }

    /// Replaces the top `n` stack items with `v`.
    #[inline]
    fn replace_top(&mut self, n: usize, v: Value) {
        let len = self.ts.stack.len();
        self.ts.stack.truncate(len - n);
        self.ts.stack.push(v);
    }

    /// Executes instructions until the entry frame returns or yields, or an
    /// instruction raises.
    fn execute(&mut self, entry_depth: usize) -> Result<Exit, Raised> {
        'frame: loop {
            let fi = self.ts.frames.len() - 1;
            let code = self.ts.frames[fi].code.clone();
            let base = self.ts.frames[fi].base;
            let instructions = &code.code.instructions[..];
            let mut ip = self.ts.frames[fi].ip;
            loop {
                let ins = instructions[ip];
                ip += 1;
                let arg = ins.arg();
                // The instructions that cannot raise, call or switch frames
                // run before the frame's instruction pointer is written back
                // (tracebacks, handlers and calls read it from the frame).
                match ins.opcode() {
                    Opcode::LoadFast => {
                        let v = &self.ts.stack[base + arg as usize];
                        if !v.is_null() {
                            let v = v.clone();
                            self.push(v);
                            continue;
                        }
                    }
                    Opcode::StoreFast => {
                        let v = self.pop();
                        // The old value drops here; a finalizer it queues
                        // runs before the next instruction.
                        self.ts.stack[base + arg as usize] = v;
                        continue;
                    }
                    Opcode::LoadConst => {
                        let v = code.consts[arg as usize].clone();
                        self.push(v);
                        continue;
                    }
                    Opcode::PopTop => {
                        self.pop();
                        continue;
                    }
                    _ => {}
                }
                if self.heap.has_pending() {
                    // An earlier instruction dropped the last reference to
                    // an object with a finalizer: run it now, before this
                    // instruction, which may be the first since then that
                    // can run code or be seen (the loads and stores above
                    // cannot), as CPython runs it at once.
                    self.run_pending_finalizers();
                }
                self.ts.frames[fi].ip = ip;
                match ins.opcode() {
                    Opcode::Nop => {}
                    Opcode::PopTop | Opcode::LoadConst | Opcode::StoreFast => {
                        unreachable!("run before the write-back")
                    }
                    Opcode::Copy => {
                        let v = self.peek(arg as usize);
                        self.push(v);
                    }
                    Opcode::Swap => {
                        let len = self.ts.stack.len();
                        self.ts.stack.swap(len - 1, len - arg as usize);
                    }
                    // Only an unbound local gets here (a bound one was
                    // pushed before the write-back).
                    Opcode::LoadFast => return Err(Raised::New(self.unbound_local(&code.code.varnames[arg as usize]))),
                    Opcode::DeleteFast => {
                        if self.ts.stack[base + arg as usize].is_null() {
                            return Err(Raised::New(self.unbound_local(&code.code.varnames[arg as usize])));
                        }
                        self.ts.stack[base + arg as usize] = Value::Null;
                    }
                    Opcode::LoadName => {
                        let name = &code.names[arg as usize];
                        let v = self.load_name(fi, name.clone())?;
                        self.push(v);
                    }
                    Opcode::StoreName => {
                        let name = &code.names[arg as usize];
                        let v = self.peek(1);
                        let frame = &self.ts.frames[fi];
                        let namespace = frame.locals.clone().unwrap_or(frame.globals.clone());
                        if self.is_plain_dict(namespace.clone()) {
                            dictops::dict_set(self, &namespace, name.clone(), v)?;
                        } else {
                            crate::protocols::subscript::setitem(self, Value::Obj(namespace), name.clone(), v)?;
                        }
                        self.pop();
                    }
                    Opcode::DeleteName => {
                        let name = &code.names[arg as usize];
                        let frame = &self.ts.frames[fi];
                        let namespace = frame.locals.clone().unwrap_or(frame.globals.clone());
                        if self.is_plain_dict(namespace.clone()) {
                            if dictops::dict_remove(self, &namespace, name)?.is_none() {
                                return Err(Raised::New(self.name_error(name.clone())));
                            }
                        } else {
                            match crate::protocols::subscript::delitem(self, Value::Obj(namespace), name.clone()) {
                                Err(e) if self.error_is(&e, &exc::KEY_ERROR) => {
                                    return Err(Raised::New(self.name_error(name.clone())));
                                }
                                other => other?,
                            }
                        }
                    }
                    Opcode::LoadGlobal => {
                        let frame = &self.ts.frames[fi];
                        let cached = crate::value::sites::global(
                            code.sites.get(ip - 1),
                            access::dict_ref(self, &frame.globals),
                            access::dict_ref(self, &frame.builtins),
                        );
                        if let Some(v) = cached {
                            self.push(v);
                            continue;
                        }
                        let name = &code.names[arg as usize];
                        let frame = &self.ts.frames[fi];
                        let (globals, builtins) = (frame.globals.clone(), frame.builtins.clone());
                        match self.load_global_uncached(&code, ip - 1, &globals, &builtins, name) {
                            Some(v) => self.push(v),
                            None => return Err(Raised::New(self.name_error(name.clone()))),
                        }
                    }
                    Opcode::StoreGlobal => {
                        let name = &code.names[arg as usize];
                        let v = self.peek(1);
                        let globals = self.ts.frames[fi].globals.clone();
                        dictops::dict_set(self, &globals, name.clone(), v)?;
                        self.pop();
                    }
                    Opcode::DeleteGlobal => {
                        let name = &code.names[arg as usize];
                        let globals = self.ts.frames[fi].globals.clone();
                        if dictops::dict_remove(self, &globals, name)?.is_none() {
                            return Err(Raised::New(self.name_error(name.clone())));
                        }
                    }
                    Opcode::LoadDeref | Opcode::LoadClassDeref => {
                        if ins.opcode() == Opcode::LoadClassDeref {
                            if let Some(locals) = self.ts.frames[fi].locals.clone() {
                                let name = self.intern(code.code.deref_name(arg));
                                if let Some(v) = dictops::dict_get(self, &locals, &name)? {
                                    self.push(v);
                                    continue;
                                }
                            }
                        }
                        let cell = self.ts.frames[fi].cells[arg as usize].clone();
                        let Payload::Cell(ref v) = self.heap.get(&cell).payload else {
                            unreachable!("cells hold cells")
                        };
                        if v.is_null() {
                            return Err(Raised::New(self.free_variable_error(&code.code, arg)));
                        }
                        self.push(v.clone());
                    }
                    Opcode::StoreDeref => {
                        let v = self.pop();
                        let cell = self.ts.frames[fi].cells[arg as usize].clone();
                        self.heap.get_mut(&cell).payload = Payload::Cell(v);
                    }
                    Opcode::DeleteDeref => {
                        let cell = self.ts.frames[fi].cells[arg as usize].clone();
                        if matches!(self.heap.get(&cell).payload, Payload::Cell(Value::Null)) {
                            return Err(Raised::New(self.free_variable_error(&code.code, arg)));
                        }
                        self.heap.get_mut(&cell).payload = Payload::Cell(Value::Null);
                    }
                    Opcode::LoadClosure => {
                        let cell = self.ts.frames[fi].cells[arg as usize].clone();
                        self.push(Value::Obj(cell.clone()));
                    }
                    Opcode::LoadAttr => {
                        let site = code.sites.get(ip - 1);
                        let top = self.ts.stack.last().expect("an operand");
                        if let Some(v) = crate::value::sites::slot(&self.heap, site, top) {
                            let at = self.ts.stack.len() - 1;
                            self.ts.stack[at] = v;
                            continue;
                        }
                        let name = &code.names[arg as usize];
                        let obj = self.peek(1);
                        let v = self.load_attr_uncached(&code, ip - 1, site, &obj, name)?;
                        self.replace_top(1, v);
                    }
                    Opcode::StoreAttr => {
                        let name = &code.names[arg as usize];
                        let (obj, v) = (self.peek(1), self.peek(2));
                        self.store_attr_cached(&code, ip - 1, &obj, name, v)?;
                        let keep = self.ts.stack.len() - 2;
                        self.ts.stack.truncate(keep);
                    }
                    Opcode::DeleteAttr => {
                        let name = &code.names[arg as usize];
                        let obj = self.peek(1);
                        attr::delattr(self, &obj, name)?;
                        self.pop();
                    }
                    Opcode::LoadMethod => {
                        let site = code.sites.get(ip - 1);
                        let top = self.ts.stack.last().expect("an operand");
                        if let Some(m) = crate::value::sites::method(&self.heap, site, top) {
                            // The method goes below its receiver.
                            let receiver = self.pop();
                            self.push(m);
                            self.push(receiver);
                            continue;
                        }
                        let name = &code.names[arg as usize];
                        let obj = self.peek(1);
                        let (callable, receiver) = self.load_method_uncached(&code, ip - 1, site, &obj, name)?;
                        self.replace_top(1, callable);
                        self.push(receiver);
                    }
                    Opcode::BinarySubscr => {
                        if let Some(v) = self.subscript_fast() {
                            // The index was an int: nothing to drop but the container.
                            self.ts.stack.pop();
                            let top = self.ts.stack.len() - 1;
                            self.ts.stack[top] = v;
                            continue;
                        }
                        let (obj, key) = (self.peek(2), self.peek(1));
                        let v = crate::protocols::subscript::getitem(self, obj, key)?;
                        self.replace_top(2, v);
                    }
                    Opcode::StoreSubscr => {
                        let (key, obj, v) = (self.peek(1), self.peek(2), self.peek(3));
                        crate::protocols::subscript::setitem(self, obj, key, v)?;
                        let keep = self.ts.stack.len() - 3;
                        self.ts.stack.truncate(keep);
                    }
                    Opcode::DeleteSubscr => {
                        let (obj, key) = (self.peek(2), self.peek(1));
                        crate::protocols::subscript::delitem(self, obj, key)?;
                        let keep = self.ts.stack.len() - 2;
                        self.ts.stack.truncate(keep);
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let s = self.new_object(&types::SLICE, Payload::Slice(Box::new([start, stop, step])));
                        self.push(s);
                    }
                    Opcode::BinaryOp => {
                        let (op, inplace) = BinaryOperator::decode(arg).expect("a valid operator");
                        if let Some(v) = self.binary_fast(op) {
                            // Both operands were plain numbers: nothing to drop.
                            self.ts.stack.pop();
                            let top = self.ts.stack.len() - 1;
                            self.ts.stack[top] = v;
                            continue;
                        }
                        // binary_fast took the plain number cases.
                        let (a, b) = (self.peek(2), self.peek(1));
                        let v = ops::binary_op(self, &a, &b, op, inplace)?;
                        self.replace_top(2, v);
                    }
                    Opcode::UnaryOp => {
                        let v = self.peek(1);
                        let op = UnaryOperator::decode(arg).expect("a valid operator");
                        let r = ops::unary_op(self, &v, op)?;
                        self.replace_top(1, r);
                    }
                    Opcode::CompareOp => {
                        let op = Comparison::decode(arg).expect("a valid comparison");
                        if let Some(r) = self.compare_fast(op) {
                            self.ts.stack.pop();
                            // Compare-and-branch: a POP_JUMP_IF right after
                            // takes the answer without it going on the stack.
                            let next = instructions.get(ip).map(|i| (i.opcode(), i.arg()));
                            match next {
                                Some((Opcode::PopJumpIfFalse, target)) => {
                                    self.ts.stack.pop();
                                    ip = if r { ip + 1 } else { target as usize };
                                }
                                Some((Opcode::PopJumpIfTrue, target)) => {
                                    self.ts.stack.pop();
                                    ip = if r { target as usize } else { ip + 1 };
                                }
                                _ => {
                                    let top = self.ts.stack.len() - 1;
                                    self.ts.stack[top] = Value::Bool(r);
                                }
                            }
                            continue;
                        }
                        // compare_fast took ints, floats and exact strs.
                        let (a, b) = (self.peek(2), self.peek(1));
                        let r = ops::rich_compare(self, &a, &b, op)?;
                        self.replace_top(2, r);
                    }
                    Opcode::IsOp => {
                        let (a, b) = (self.peek(2), self.peek(1));
                        self.replace_top(2, Value::Bool(a.is(&b) != (arg == 1)));
                    }
                    Opcode::ContainsOp => {
                        let (item, container) = (self.peek(2), self.peek(1));
                        let found = ops::contains(self, &container, &item)?;
                        self.replace_top(2, Value::Bool(found != (arg == 1)));
                    }
                    Opcode::BuildTuple => {
                        let items = TupleItems::take_last(&mut self.ts.stack, arg as usize);
                        let t = self.new_object(&types::TUPLE, Payload::Tuple(items));
                        self.push(t);
                    }
                    Opcode::BuildList => {
                        let at = self.ts.stack.len() - arg as usize;
                        let items = self.ts.stack.split_off(at);
                        let l = self.new_list(items);
                        self.push(l);
                    }
                    Opcode::BuildSet => {
                        let set = self.new_object(&types::SET, Payload::Set(Box::default()));
                        let at = self.ts.stack.len() - arg as usize;
                        for i in at..self.ts.stack.len() {
                            let item = &self.ts.stack[i];
                            dictops::set_add(self, set.as_obj().expect("a set"), item.clone())?;
                        }
                        self.replace_top(arg as usize, set);
                    }
                    Opcode::BuildMap => {
                        let d = self.new_dict_ref();
                        let at = self.ts.stack.len() - 2 * arg as usize;
                        let mut i = at;
                        while i < self.ts.stack.len() {
                            let (k, v) = (self.ts.stack[i].clone(), self.ts.stack[i + 1].clone());
                            dictops::dict_set(self, &d, k, v)?;
                            i += 2;
                        }
                        self.replace_top(2 * arg as usize, Value::Obj(d));
                    }
                    Opcode::BuildString => {
                        let at = self.ts.stack.len() - arg as usize;
                        let pieces = &self.ts.stack[at..];
                        let length = pieces.iter().map(|v| access::str_text(self, v).map_or(0, |s| s.len())).sum();
                        let mut text = alloc::string_with_capacity(length).or_memory_error(self)?;
                        for v in &self.ts.stack[at..] {
                            if let Some(s) = access::str_text(self, v) {
                                text.push_str(s);
                            }
                        }
                        let s = self.new_str_fallible(text)?;
                        self.replace_top(arg as usize, s);
                    }
                    Opcode::ListAppend => {
                        let v = self.peek(1);
                        let list = self.peek(arg as usize + 1);
                        if let Value::Obj(r) = list {
                            if let Payload::List(items) = &mut self.heap.get_mut(&r).payload {
                                alloc::push(items, v).or_memory_error(self)?;
                            }
                        }
                        self.pop();
                    }
                    Opcode::SetAdd => {
                        let v = self.peek(1);
                        let set = self.peek(arg as usize + 1);
                        dictops::set_add(self, set.as_obj().expect("a set"), v)?;
                        self.pop();
                    }
                    Opcode::MapAdd => {
                        let (k, v) = (self.peek(2), self.peek(1));
                        let d = self.peek(arg as usize + 2);
                        dictops::dict_set(self, d.as_obj().expect("a dict"), k, v)?;
                        let keep = self.ts.stack.len() - 2;
                        self.ts.stack.truncate(keep);
                    }
                    Opcode::ListExtend => {
                        let iterable = self.peek(1);
                        let list = self.peek(arg as usize + 1);
                        crate::objects::types::list::extend(self, list, iterable, true)?;
                        self.pop();
                    }
                    Opcode::SetUpdate => {
                        let iterable = self.peek(1);
                        let set = self.peek(arg as usize + 1);
                        crate::objects::types::set::update(self, set, iterable)?;
                        self.pop();
                    }
                    Opcode::DictUpdate | Opcode::DictMerge => {
                        let mapping = self.peek(1);
                        let d = self.peek(arg as usize + 1).as_obj().expect("a dict").clone();
                        if ins.opcode() == Opcode::DictMerge {
                            let func = self.peek(arg as usize + 3);
                            crate::objects::types::dict::merge_kwargs(self, d.clone(), mapping, func)?;
                        } else {
                            crate::objects::types::dict::update_display(self, d.clone(), mapping)?;
                        }
                        self.pop();
                    }
                    Opcode::ListToTuple => {
                        let list = self.peek(1);
                        let items = TupleItems::from(access::seq_items(self, &list).unwrap_or_default());
                        let t = self.new_object(&types::TUPLE, Payload::Tuple(items));
                        self.replace_top(1, t);
                    }
                    Opcode::FormatValue => {
                        let n = if arg & 4 != 0 { 2 } else { 1 };
                        let v = self.peek(n);
                        let spec = if n == 2 { self.peek(1) } else { Value::Null };
                        let converted = match arg & 3 {
                            1 => self.str_value(&v)?,
                            2 => {
                                let s = self.repr(&v)?;
                                self.new_str_fallible(s)?
                            }
                            3 => {
                                let s = self.ascii(&v)?;
                                self.new_str_fallible(s)?
                            }
                            _ => v,
                        };
                        let r = crate::protocols::format::format(self, converted, spec)?;
                        self.replace_top(n, r);
                    }
                    Opcode::UnpackSequence => {
                        if self.unpack_fast(arg as usize) {
                            continue;
                        }
                        let seq = self.peek(1);
                        let items = crate::protocols::iter::unpack(self, seq, arg as usize)?;
                        self.pop();
                        self.ts.stack.extend(items.into_iter().rev());
                    }
                    Opcode::UnpackEx => {
                        let seq = self.peek(1);
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = crate::protocols::iter::unpack_starred(self, seq, before, after)?;
                        self.pop();
                        self.ts.stack.extend(items.into_iter().rev());
                    }
                    Opcode::Jump => {
                        let target = arg as usize;
                        if target < ip {
                            self.safe_point()?;
                        }
                        ip = target;
                        self.ts.frames[fi].ip = ip;
                    }
                    Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                        if let Some(Value::Bool(b)) = self.ts.stack.last() {
                            let b = *b;
                            self.ts.stack.pop();
                            if b == (ins.opcode() == Opcode::PopJumpIfTrue) {
                                ip = arg as usize;
                            }
                            continue;
                        }
                        let v = self.peek(1);
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => ops::truthy(self, &v)?,
                        };
                        self.pop();
                        if t == (ins.opcode() == Opcode::PopJumpIfTrue) {
                            ip = arg as usize;
                        }
                    }
                    Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                        let v = self.pop();
                        if v.is_none() == (ins.opcode() == Opcode::PopJumpIfNone) {
                            ip = arg as usize;
                        }
                    }
                    Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                        let v = self.peek(1);
                        let t = match v {
                            Value::Bool(b) => b,
                            _ => ops::truthy(self, &v)?,
                        };
                        if t == (ins.opcode() == Opcode::JumpIfTrueOrPop) {
                            ip = arg as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Opcode::GetIter => {
                        let v = self.peek(1);
                        let it = self.iter(&v)?;
                        self.replace_top(1, it);
                    }
                    Opcode::ForIter => {
                        match self.for_iter_fast() {
                            Some(Some(v)) => {
                                self.push(v);
                                continue;
                            }
                            Some(None) => {
                                self.pop();
                                ip = arg as usize;
                                continue;
                            }
                            None => {}
                        }
                        let it = self.peek(1);
                        match self.next(&it)? {
                            Some(v) => self.push(v),
                            None => {
                                self.pop();
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::Call => {
                        let argc = arg as usize;
                        let func_slot = self.ts.stack.len() - argc - 1;
                        match self.call_on_stack(func_slot, func_slot + 1, None)? {
                            Called::Frame => {
                                self.safe_point()?;
                                continue 'frame;
                            }
                            Called::Done => self.check_memory()?,
                        }
                    }
                    Opcode::CallMethod => {
                        let argc = arg as usize;
                        let func_slot = self.ts.stack.len() - argc - 2;
                        let receiver = &self.ts.stack[func_slot + 1];
                        let args_start = if receiver.is_null() { func_slot + 2 } else { func_slot + 1 };
                        match self.call_on_stack(func_slot, args_start, None)? {
                            Called::Frame => {
                                self.safe_point()?;
                                continue 'frame;
                            }
                            Called::Done => self.check_memory()?,
                        }
                    }
                    Opcode::CallKw => {
                        let argc = arg as usize;
                        let func_slot = self.ts.stack.len() - argc - 2;
                        let names = self.pop();
                        match self.call_on_stack(func_slot, func_slot + 1, Some(names))? {
                            Called::Frame => {
                                self.safe_point()?;
                                continue 'frame;
                            }
                            Called::Done => self.check_memory()?,
                        }
                    }
                    Opcode::CallFunctionEx => {
                        let n = if arg == 1 { 3 } else { 2 };
                        let func = self.peek(n);
                        let args = self.peek(n - 1);
                        let kwargs = if arg == 1 { self.peek(1) } else { Value::None };
                        let positional: ArgVec = match access::seq_items(self, &args) {
                            Some(items) if class_of(self, &args).is_builtin(&types::TUPLE) => {
                                items.iter().cloned().collect()
                            }
                            _ => match crate::protocols::iter::collect(self, args.clone()) {
                                Ok(items) => items.into_iter().collect(),
                                Err(e)
                                    if self.error_is(&e, &exc::TYPE_ERROR)
                                        && !crate::objects::types::list::can_iterate(self, args.clone()) =>
                                {
                                    let f = crate::objects::types::dict::function_description(self, func);
                                    let t = class::type_name(self, &args);
                                    return Err(Raised::New(
                                        self.type_error(format!("{f} argument after * must be an iterable, not {t}")),
                                    ));
                                }
                                Err(e) => return Err(Raised::New(e)),
                            },
                        };
                        let keywords = crate::objects::types::dict::kwargs_pairs(self, kwargs)?;
                        let r = self.call_kw(&func, &positional, &keywords).map_err(Raised::New)?;
                        self.replace_top(n, r);
                        self.check_memory()?;
                    }
                    Opcode::MakeFunction => {
                        let f = self.make_function(fi, arg)?;
                        self.push(f);
                    }
                    Opcode::ReturnValue => {
                        let v = self.pop();
                        let frame = self.ts.frames.pop().expect("a running frame");
                        self.ts.stack.truncate(frame.return_base);
                        self.ts.handled = frame.outer_handled;
                        if let Some(g) = frame.generator {
                            crate::exec::generators::finished(self, g);
                        }
                        if frame.constructs {
                            // The instance is on the caller's stack already
                            // (constructing frames start only in this loop,
                            // so the caller runs here too).
                            self.check_init_result(&v)?;
                            continue 'frame;
                        }
                        if self.ts.frames.len() < entry_depth {
                            return Ok(Exit::Return(v));
                        }
                        self.push(v);
                        continue 'frame;
                    }
                    Opcode::YieldValue => {
                        let v = self.pop();
                        return Ok(Exit::Yield(v));
                    }
                    Opcode::GetYieldFromIter => {
                        let v = self.peek(1);
                        if !crate::objects::access::is_generator(self, &v.clone()) {
                            let it = self.iter(&v)?;
                            self.replace_top(1, it);
                        }
                    }
                    Opcode::Send => {
                        let (receiver, value) = (self.peek(2), self.peek(1));
                        match crate::exec::generators::send_to(self, receiver, value)? {
                            crate::value::frame::Sent::Yielded(v) => self.replace_top(1, v),
                            crate::value::frame::Sent::Returned(r) => {
                                self.replace_top(2, r);
                                ip = arg as usize;
                            }
                        }
                    }
                    Opcode::ImportName => {
                        let name = &code.names[arg as usize];
                        let (level, fromlist) = (self.peek(2), self.peek(1));
                        let globals = self.ts.frames[fi].globals.clone();
                        let m = crate::exec::import::import_name(self, globals.clone(), name.clone(), fromlist, level)?;
                        self.replace_top(2, m);
                    }
                    Opcode::ImportFrom => {
                        let name = &code.names[arg as usize];
                        let module = self.peek(1);
                        let v = crate::exec::import::import_from(self, module, name.clone())?;
                        self.push(v);
                    }
                    Opcode::ImportStar => {
                        let module = self.peek(1);
                        let frame = &self.ts.frames[fi];
                        let namespace = frame.locals.clone().unwrap_or(frame.globals.clone());
                        crate::exec::import::import_star(self, module, namespace)?;
                        self.pop();
                    }
                    Opcode::LoadBuildClass => {
                        // As CPython: `__build_class__` is looked up in the
                        // frame's builtins, so a program may replace it.
                        let builtins = self.ts.frames[fi].builtins.clone();
                        match access::dict_get_str(self, &builtins, "__build_class__") {
                            Some(build_class) => self.push(build_class),
                            None => return Err(Raised::New(self.error(&exc::NAME_ERROR, "__build_class__ not found"))),
                        }
                    }
                    Opcode::SetupAnnotations => {
                        let frame = &self.ts.frames[fi];
                        let namespace = frame.locals.clone().unwrap_or(frame.globals.clone());
                        if access::dict_get_str(self, &namespace, "__annotations__").is_none() {
                            let d = self.new_dict();
                            access::dict_set_str(self, &namespace, "__annotations__", d);
                        }
                    }
                    Opcode::LoadAssertionError => {
                        self.push(Value::Type(&exc::ASSERTION_ERROR));
                    }
                    Opcode::RaiseVarargs => {
                        return Err(self.raise(arg));
                    }
                    Opcode::Reraise => {
                        // The operand locates the original raise for CPython's
                        // f_lasti; our traceback entry was made at that raise,
                        // so only the handler search matters, and it starts
                        // here (as CPython's does, from next_instr).
                        let e = self.pop();
                        let Value::Obj(r) = e else { unreachable!("an exception") };
                        return Err(Raised::Again(PyErr(r)));
                    }
                    Opcode::PushExcInfo => {
                        let e = self.pop();
                        let previous = self.ts.handled.clone();
                        self.push(previous.clone());
                        self.push(e.clone());
                        self.ts.handled = e;
                    }
                    Opcode::PopExcept => {
                        let previous = self.pop();
                        self.ts.handled = previous;
                    }
                    Opcode::CheckExcMatch => {
                        let (e, class) = (self.peek(2), self.peek(1));
                        let m = self.exception_matches(e, class)?;
                        self.replace_top(1, Value::Bool(m));
                    }
                    Opcode::BeforeWith => {
                        let manager = self.peek(1);
                        let class = class_of(self, &manager);
                        let (Some(enter), Some(exit)) =
                            (class::lookup(self, &class, "__enter__"), class::lookup(self, &class, "__exit__"))
                        else {
                            // CPython 3.11 names the missing half only when
                            // `__enter__` is there and `__exit__` is not.
                            let t = class::class_name(self, &class);
                            let missed_exit = class::lookup(self, &class, "__enter__").is_some();
                            let suffix = if missed_exit { " (missed __exit__ method)" } else { "" };
                            return Err(Raised::New(self.type_error(format!(
                                "'{t}' object does not support the context manager protocol{suffix}"
                            ))));
                        };
                        let exit = attr::bind_descriptor(self, exit, manager.clone(), class.value())?;
                        self.replace_top(1, exit);
                        self.push(manager.clone());
                        let entered = self.call_unbound(enter, manager, &[], &[])?;
                        self.replace_top(1, entered);
                    }
                    Opcode::WithExceptStart => {
                        let e = self.peek(1);
                        let exit = self.peek(4);
                        let class = class_of(self, &e).value();
                        let tb = crate::objects::types::exceptions::traceback_of(self, e.clone());
                        let r = self.call(&exit, &[class, e, tb])?;
                        self.push(r);
                    }
                    Opcode::PrintExpr => {
                        let v = self.peek(1);
                        self.print_expr(v)?;
                        self.pop();
                    }
                    Opcode::PushNull => self.push(Value::Null),
                }
            }
        }
    }

    /// Calls the callable at `func_slot` with the arguments from
    /// `args_start` to the top (the last `len(kwnames)` of them keywords).
    /// Python functions get a frame in this loop; everything else is
    /// called directly and its result replaces the call's stack items.
    fn call_on_stack(&mut self, func_slot: usize, args_start: usize, kwnames: Option<Value>) -> Result<Called, Raised> {
        let func = &self.ts.stack[func_slot];
        if kwnames.is_none() {
            if let Value::Native(n) = func {
                // A built-in function or method (the receiver is the first
                // argument) runs at once: it cannot recurse into this loop
                // except through `call`, which guards the host stack.
                let n: &'static crate::value::builtin::Native = n;
                let args: ArgVec = self.ts.stack[args_start..].iter().cloned().collect();
                let result = (n.func)(self, crate::value::state::Args { pos: &args, kw: &[] })?;
                self.ts.stack.truncate(func_slot);
                self.push(result);
                return Ok(Called::Done);
            }
            if let Value::Obj(ref r) = func {
                match &self.heap.get(r).payload {
                    Payload::Function(f) if !f.code.code.flags.generator => {
                        self.push_function_frame(r.clone(), func_slot, args_start, &[])?;
                        return Ok(Called::Frame);
                    }
                    Payload::Class(_) => {
                        if let Some(init) = self.plain_init(r) {
                            let cls = r.clone();
                            self.push_init_frame(cls, init, func_slot, args_start)?;
                            return Ok(Called::Frame);
                        }
                    }
                    Payload::BoundMethod { func: inner, receiver } => {
                        let (inner, receiver) = (inner.clone(), receiver.clone());
                        if let Value::Obj(fr) = inner {
                            if matches!(&self.heap.get(&fr).payload, Payload::Function(f) if !f.code.code.flags.generator)
                            {
                                // Put the receiver before the arguments, keeping
                                // the bound method in the callable's slot.
                                self.ts.stack.insert(args_start, receiver);
                                if args_start != func_slot + 1 {
                                    // A CallMethod with a NULL receiver slot: drop it.
                                    self.ts.stack.remove(func_slot + 1);
                                }
                                self.push_function_frame(fr, func_slot, func_slot + 1, &[])?;
                                return Ok(Called::Frame);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(names) = &kwnames {
            if let Some(function) = self.plain_function(func) {
                // Keyword arguments to a Python function run in this loop
                // like any call.
                let names: ArgVec = access::seq_items(self, names).unwrap_or_default().iter().cloned().collect();
                self.push_function_frame(function, func_slot, args_start, &names)?;
                return Ok(Called::Frame);
            }
        }
        let stack_len = self.ts.stack.len();
        let (positional, keywords): (ArgVec, Vec<(Value, Value)>) = match kwnames {
            Some(names) => {
                let names: ArgVec = access::seq_items(self, &names).unwrap_or_default().iter().cloned().collect();
                let split = stack_len - names.len();
                let kw = names.iter().cloned().zip(self.ts.stack[split..].iter().cloned()).collect();
                (self.ts.stack[args_start..split].iter().cloned().collect(), kw)
            }
            None => (self.ts.stack[args_start..].iter().cloned().collect(), Vec::new()),
        };
        let result = self.call_kw(&func.clone(), &positional, &keywords)?;
        self.ts.stack.truncate(func_slot);
        self.push(result);
        Ok(Called::Done)
    }

    /// The `__init__` of user class `cls`, if calling the class only makes
    /// a plain instance and runs it: `type` is its metaclass, `__new__` is
    /// `object.__new__`, and `__init__` is a Python function (not a
    /// generator function).
    fn plain_init(&self, cls: &crate::value::object::ObjRef) -> Option<crate::value::object::ObjRef> {
        if !self.heap.get(cls).class.is_builtin(&types::TYPE) {
            return None;
        }
        let class = ClassRef::User(cls.clone());
        match class::lookup(self, &class, "__new__") {
            Some(Value::Native(n)) if std::ptr::eq(n, types::object::OBJECT_NEW) => {}
            _ => return None,
        }
        match class::lookup(self, &class, "__init__") {
            Some(Value::Obj(init)) => self.plain_function(&Value::Obj(init)),
            _ => None,
        }
    }

    /// Calls class `cls` from the frame loop: makes the instance and runs
    /// `init` on it in this loop. The instance replaces the class in the
    /// callable's slot (where the result goes) and is `init`'s first
    /// argument; the frame is marked to leave it as the result.
    fn push_init_frame(
        &mut self,
        cls: crate::value::object::ObjRef,
        init: crate::value::object::ObjRef,
        func_slot: usize,
        args_start: usize,
    ) -> PyResult<()> {
        let instance = self.new_instance(ClassRef::User(cls));
        self.ts.stack[func_slot] = instance.clone();
        if args_start == func_slot + 2 {
            // A CALL_METHOD's empty receiver slot takes the instance.
            self.ts.stack[func_slot + 1] = instance;
        } else {
            self.ts.stack.insert(func_slot + 1, instance);
        }
        self.push_function_frame(init, func_slot + 1, func_slot + 1, &[])?;
        self.ts.frames.last_mut().expect("just pushed").constructs = true;
        Ok(())
    }

    /// `func` itself if it is a Python function whose call runs its body
    /// (not a generator function, whose call makes a generator).
    fn plain_function(&self, func: &Value) -> Option<crate::value::object::ObjRef> {
        let Value::Obj(r) = func else { return None };
        match &self.heap.get(r).payload {
            Payload::Function(f) if !f.code.code.flags.generator => Some(r.clone()),
            _ => None,
        }
    }

    /// Pushes the frame of Python function `func` called from the frame
    /// loop, whose arguments lie on the stack from `args_start`: positional
    /// ones, then the values of the keyword ones named by `kwnames`.
    fn push_function_frame(
        &mut self,
        func: crate::value::object::ObjRef,
        func_slot: usize,
        args_start: usize,
        kwnames: &[Value],
    ) -> PyResult<()> {
        if !(kwnames.is_empty() && self.fill_positional_locals(&func, args_start)) {
            let split = self.ts.stack.len() - kwnames.len();
            let keywords: Vec<(Value, Value)> =
                kwnames.iter().cloned().zip(self.ts.stack[split..].iter().cloned()).collect();
            let positional: ArgVec = self.ts.stack[args_start..split].iter().cloned().collect();
            let locals = self.bind_arguments(func.clone(), &positional, &keywords)?;
            self.ts.stack.truncate(args_start);
            self.ts.stack.extend(locals);
        }
        let frame = self.function_frame(func, args_start, func_slot);
        self.enter_frame(frame)
    }

    /// CPython's UnboundLocalError for local `name`.
    fn unbound_local(&mut self, name: &str) -> PyErr {
        self.error(
            &exc::UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    fn name_error(&mut self, name: Value) -> PyErr {
        let text = access::str_text(self, &name).cloned().unwrap_or_default();
        let err = self.error(&exc::NAME_ERROR, format!("name '{text}' is not defined"));
        crate::objects::types::exceptions::set_name_error_context(self, err.clone(), name);
        if let Some(s) = crate::exec::traceback::name_suggestion(self, &text) {
            let s = self.new_str(s);
            if let Some(d) = crate::protocols::attr::ensure_dict(self, &err.value()) {
                access::dict_set_str(self, &d, "_isopy_suggestion", s);
            }
        }
        err
    }

    fn free_variable_error(&mut self, code: &isopy_compiler::Code, index: u32) -> PyErr {
        let name = code.deref_name(index).to_string();
        if (index as usize) < code.cellvars.len() {
            self.error(
                &exc::UNBOUND_LOCAL_ERROR,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        } else {
            self.error(
                &exc::NAME_ERROR,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    /// Whether `d` is an exact dict (namespaces may be any mapping).
    fn is_plain_dict(&self, d: crate::value::object::ObjRef) -> bool {
        let o = self.heap.get(&d);
        matches!(o.payload, Payload::Dict(_)) && matches!(o.class, ClassRef::Builtin(_))
    }

    fn load_name(&mut self, fi: usize, name: Value) -> PyResult<Value> {
        if let Some(locals) = self.ts.frames[fi].locals.clone() {
            if self.is_plain_dict(locals.clone()) {
                if let Some(v) = dictops::dict_get(self, &locals, &name)? {
                    return Ok(v);
                }
            } else {
                match crate::protocols::subscript::getitem(self, Value::Obj(locals.clone()), name.clone()) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.error_is(&e, &exc::KEY_ERROR) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        let globals = self.ts.frames[fi].globals.clone();
        if let Some(v) = access::dict_get_name(self, &globals, &name) {
            return Ok(v);
        }
        if let Some(v) = access::dict_get_name(self, &self.ts.frames[fi].builtins, &name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// `raise`, `raise X`, `raise X from Y`.
    fn raise(&mut self, arg: u32) -> Raised {
        if arg == 0 {
            return match &self.ts.handled {
                Value::Obj(r) => Raised::Again(PyErr(r.clone())),
                _ => Raised::New(self.error(&exc::RUNTIME_ERROR, "No active exception to reraise")),
            };
        }
        let (exception, cause) = if arg == 2 { (self.peek(2), Some(self.peek(1))) } else { (self.peek(1), None) };
        let err = match self.make_exception(exception) {
            Ok(e) => e,
            Err(e) => return Raised::New(e),
        };
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                other => match self.make_exception(other) {
                    Ok(c) => Value::Obj(c.0),
                    Err(_) => {
                        return Raised::New(self.type_error("exception causes must derive from BaseException"));
                    }
                },
            };
            if let Payload::Exception(e) = &mut self.heap.get_mut(&err.0).payload {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        Raised::New(err)
    }

    /// An exception instance from `raise X`: instances as they are, classes
    /// called with no arguments.
    pub(crate) fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        let instance = match class::as_class(self, &v) {
            Some(c) if class::derives_from_builtin(self, &c, &exc::BASE_EXCEPTION) => self.call(&v, &[])?,
            _ => v,
        };
        if let Value::Obj(r) = instance {
            if matches!(self.heap.get(&r).payload, Payload::Exception(_)) {
                return Ok(PyErr(r));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Whether exception `e` matches `class` (a class or tuple of classes).
    pub(crate) fn exception_matches(&mut self, e: Value, class: Value) -> PyResult<bool> {
        let classes: Vec<Value> = match class {
            Value::Obj(ref r) => match &self.heap.get(r).payload {
                Payload::Tuple(items) => items.to_vec(),
                _ => vec![class],
            },
            _ => vec![class],
        };
        let e_class = class_of(self, &e);
        for c in classes {
            let target = match class::as_class(self, &c) {
                Some(t) if class::derives_from_builtin(self, &t, &exc::BASE_EXCEPTION) => t,
                _ => {
                    return Err(
                        self.type_error("catching classes that do not inherit from BaseException is not allowed")
                    )
                }
            };
            if class::is_subclass(self, &e_class, &target) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Makes a function from the code on the stack (MakeFunction).
    fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let code_value = self.pop();
        let closure = if flags & 8 != 0 { self.pop() } else { Value::None };
        let annotations = if flags & 4 != 0 { self.pop() } else { Value::None };
        let kwdefaults = if flags & 2 != 0 { self.pop() } else { Value::None };
        let defaults = if flags & 1 != 0 { self.pop() } else { Value::None };
        let Value::Obj(c) = code_value else { unreachable!("a code object") };
        let Payload::Code(code) = &self.heap.get(&c).payload else { unreachable!("a code object") };
        let code = code.clone();
        let globals = self.ts.frames[fi].globals.clone();
        let builtins = self.ts.frames[fi].builtins.clone();
        let name = self.new_str(code.code.name.clone());
        let qualname = self.new_str(code.code.qualname.clone());
        let doc = if code.code.docstring { code.consts.first().cloned().unwrap_or(Value::None) } else { Value::None };
        let module = access::dict_get_str(self, &globals, "__name__").unwrap_or(Value::None);
        let function = crate::value::object::Function {
            code,
            globals: globals.clone(),
            builtins: builtins.clone(),
            defaults,
            kwdefaults,
            closure,
            name,
            qualname,
            doc,
            annotations,
            module,
        };
        Ok(self.new_object(&types::FUNCTION, Payload::Function(Box::new(function))))
    }

    /// Echoes an expression statement's value in interactive mode.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let builtins = self.builtins.clone();
        access::dict_set_str(self, &builtins, "_", Value::None);
        let text = self.repr(&v.clone())?;
        access::dict_set_str(self, &builtins, "_", v);
        crate::objects::stdio::write_stdout(self, &format!("{text}\n"))
    }
}
