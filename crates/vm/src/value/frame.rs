//! A frame: one running code object. Its fast locals and operand stack live
//! on the thread's shared value stack (from `base`), so a call between
//! Python functions allocates no stack of its own and needs no Rust
//! recursion.

use crate::value::state::PyErr;
use std::rc::Rc;

use isopy_compiler::Opcode;

use crate::value::object::{visit_value, CodeData, GeneratorData, ObjRef, Visit};
use crate::value::Value;

/// An executing (or suspended) code object.
pub struct Frame {
    /// The code, with its constants and names.
    pub code: Rc<CodeData>,
    /// The next instruction.
    pub ip: usize,
    /// Where its locals start on the value stack; operands follow them.
    pub base: usize,
    /// The stack height to restore when it ends (the callable's slot when
    /// the frame loop called it); the result is pushed there.
    pub return_base: usize,
    /// Cells: the code's cell variables, then its free variables.
    pub cells: Box<[ObjRef]>,
    /// The module namespace (a dict).
    pub globals: ObjRef,
    /// The builtins namespace its global lookups fall back to (a dict:
    /// `globals['__builtins__']`, or the interpreter's).
    pub builtins: ObjRef,
    /// The local namespace of a module or class body (a dict).
    pub locals: Option<ObjRef>,
    /// The function being run, or `Null` for module and class bodies.
    pub function: Value,
    /// The generator this frame belongs to, if any.
    pub generator: Option<ObjRef>,
    /// The exception that was being handled when the frame was entered.
    pub outer_handled: Value,
    /// Whether this is an `__init__` run by the frame loop to construct an
    /// instance: the instance waits on the caller's stack below the
    /// frame, and is the call's result once `__init__` returns `None`.
    pub constructs: bool,
}

impl Frame {
    /// Where the operand stack starts.
    #[inline]
    pub fn stack_start(&self) -> usize {
        self.base + self.code.code.varnames.len()
    }

    /// The instruction being executed (the one before `ip`).
    pub fn current_instruction(&self) -> u32 {
        self.ip.saturating_sub(1) as u32
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        let code = &self.code.code;
        code.locations.get(self.current_instruction() as usize).map_or(code.first_line, |l| l.line)
    }

    /// If the frame is suspended in a `yield from`, the instruction its
    /// loop continues at when the delegate ends.
    pub fn delegate_target(&self) -> Option<usize> {
        let code = &self.code.code;
        let next = code.instructions.get(self.ip)?;
        if next.opcode() != Opcode::Jump || self.ip == 0 {
            return None;
        }
        let send = code.instructions.get(next.arg() as usize)?;
        (send.opcode() == Opcode::Send).then_some(send.arg() as usize)
    }

    /// Calls `visit` with every reference the frame owns outside the value
    /// stack (for a suspended generator's frame; the code's constants are
    /// shared, see `Payload::trace`).
    pub fn trace(&self, visit: &mut Visit<'_>) {
        self.cells.iter().for_each(&mut *visit);
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(l) = &self.locals {
            visit(l);
        }
        visit_value(&self.function, visit);
        if let Some(g) = &self.generator {
            visit(g);
        }
        visit_value(&self.outer_handled, visit);
    }
}

/// Whether dropping `g` must run code (CPython's `_PyGen_Finalize`): it is
/// suspended at a `yield` inside `try` or `with`, or delegating with
/// `yield from`, so `close()` would run a handler or close the delegate.
/// A generator suspended anywhere else is freed at once: closing it could
/// only unwind silently.
pub fn suspended_in_handler(g: &GeneratorData) -> bool {
    if !g.started || g.running {
        return false;
    }
    let Some(frame) = &g.frame else { return false };
    frame.code.code.handler_for(frame.current_instruction()).is_some() || frame.delegate_target().is_some()
}

/// How a run of the frame loop ended.
pub enum Exit {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry frame (a generator's) yielded this value.
    Yield(Value),
}

/// What a generator (or delegated iterator) did when resumed.
pub enum Sent {
    /// It yielded this value.
    Yielded(Value),
    /// It finished, returning this value.
    Returned(Value),
}

/// How to resume a generator.
#[derive(Clone)]
pub enum Resume {
    /// Send a value (`None` for `next()`).
    Send(Value),
    /// Raise an exception at the suspended `yield`.
    Throw(PyErr),
}
