//! Code objects: the compiler's output and the VM's input. A code object is
//! immutable and `Send + Sync` (constants are plain data, nested code is in
//! an `Arc`), so one compiled function is shared by every interpreter that
//! runs it; each interpreter makes its own objects from the constants.

use std::sync::Arc;

use crate::opcode::Instruction;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int that fits in an `i64`.
    Int(i64),
    /// A larger int, as written: its digits in `radix` (kept as written,
    /// because converting a huge hexadecimal literal to decimal here would
    /// take quadratic time; the VM parses it in linear time).
    BigInt {
        /// Whether it is negated (`-0x...` folded).
        negative: bool,
        /// 2, 8, 10 or 16.
        radix: u32,
        /// The digits, without prefix or underscores.
        digits: Arc<str>,
    },
    /// A float.
    Float(f64),
    /// An imaginary number's coefficient (`2j`).
    Imaginary(f64),
    /// A string.
    Str(Arc<str>),
    /// A bytes object.
    Bytes(Arc<[u8]>),
    /// A tuple of constants.
    Tuple(Arc<[Constant]>),
    /// A frozenset of constants, in the order CPython's compiler adds them
    /// (a constant set display `{1, 2, 3}` becomes `set().update(frozenset)`,
    /// which decides the set's table layout and so its iteration order).
    FrozenSet(Arc<[Constant]>),
    /// The code of a nested function, class body or comprehension.
    Code(Arc<Code>),
}

impl Constant {
    /// Whether two constants are the same value of the same type (so they
    /// can share a slot): `1`, `1.0` and `True` are different constants.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b)) | (Constant::Imaginary(a), Constant::Imaginary(b)) => {
                a.to_bits() == b.to_bits()
            }
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            (Constant::Tuple(a), Constant::Tuple(b)) | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            _ => std::mem::discriminant(self) == std::mem::discriminant(other) && self == other,
        }
    }
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// The code is a function body (has fast locals).
    pub function: bool,
    /// Calling it makes a generator.
    pub generator: bool,
    /// It takes `*args`.
    pub varargs: bool,
    /// It takes `**kwargs`.
    pub varkeywords: bool,
    /// It is a class body.
    pub class_body: bool,
}

/// The source range of one instruction, for tracebacks: 1-based lines,
/// 0-based UTF-8 byte columns (CPython's `co_positions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Byte column on the first line.
    pub column: u32,
    /// Byte column just past the end, on the last line.
    pub end_column: u32,
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` is handled at `target`, after the value stack is cut to
/// `depth` entries (and, if `push_lasti`, the raising instruction's index
/// is pushed first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// The handler's first instruction.
    pub target: u32,
    /// The stack depth to restore.
    pub depth: u32,
    /// Whether to push the raising instruction's index below the exception.
    pub push_lasti: bool,
}

/// A compiled module, class body, function or comprehension.
#[derive(Debug, PartialEq)]
pub struct Code {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: Arc<str>,
    /// The dotted qualified name (`C.method.<locals>.inner`).
    pub qualname: Arc<str>,
    /// The file it came from.
    pub filename: Arc<str>,
    /// The line of its `def` (1 for a module).
    pub first_line: u32,
    /// What kind of code it is.
    pub flags: CodeFlags,
    /// Positional parameters, position-only ones included.
    pub arg_count: u32,
    /// Position-only parameters.
    pub posonly_count: u32,
    /// Keyword-only parameters.
    pub kwonly_count: u32,
    /// The instructions.
    pub instructions: Box<[Instruction]>,
    /// Where each instruction came from (same length as `instructions`).
    pub locations: Box<[Location]>,
    /// The constants `LoadConst` indexes.
    pub constants: Box<[Constant]>,
    /// Global, attribute and imported names.
    pub names: Box<[Arc<str>]>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals.
    pub varnames: Box<[Arc<str>]>,
    /// Locals that inner functions capture (kept in cells).
    pub cellvars: Box<[Arc<str>]>,
    /// For each cell variable that is a parameter, its index in `varnames`
    /// (the VM moves the argument into the cell on entry).
    pub cell_parameters: Box<[Option<u32>]>,
    /// Variables captured from enclosing functions.
    pub freevars: Box<[Arc<str>]>,
    /// Exception handlers.
    pub exception_table: Box<[ExceptionEntry]>,
    /// The deepest the value stack gets (not counting locals).
    pub max_stack: u32,
    /// Whether `constants[0]` is the docstring.
    pub docstring: bool,
}

impl Code {
    /// The exception-table entry covering instruction `index`, if any
    /// (the innermost, which the compiler emits first).
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= index && index < e.end)
    }

    /// The name of cell-or-free variable `index` (`Deref` operands).
    pub fn deref_name(&self, index: u32) -> &str {
        let i = index as usize;
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn code_is_shareable_between_threads() {
        assert_send_sync::<Code>();
        assert_send_sync::<Constant>();
    }

    #[test]
    fn constants_of_different_types_do_not_merge() {
        assert!(!Constant::Int(1).same_as(&Constant::Bool(true)));
        assert!(!Constant::Float(0.0).same_as(&Constant::Float(-0.0)));
        assert!(Constant::Str("a".into()).same_as(&Constant::Str("a".into())));
    }
}
