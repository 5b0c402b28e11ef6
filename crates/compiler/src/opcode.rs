//! The instruction set: one table below generates the opcode enum (with
//! explicit discriminants), each opcode's name, operand kind and stack
//! effect, and the one-line meaning the disassembler shows. The VM is a
//! stack machine; exception handling uses a static table (see `code`), not
//! setup/pop opcodes.

/// What an instruction's 24-bit operand means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand.
    None,
    /// An index into the code object's constants.
    Const,
    /// An index into the code object's names (globals, attributes).
    Name,
    /// An index into the fast locals (`varnames`).
    Local,
    /// An index into cells then free variables.
    Deref,
    /// An absolute instruction index.
    Jump,
    /// A count of stack items (or a position on the stack).
    Count,
    /// A [`BinaryOperator`] number.
    BinaryOp,
    /// A [`UnaryOperator`] number.
    UnaryOp,
    /// A [`Comparison`] number.
    Compare,
    /// Opcode-specific flag bits.
    Flags,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])+ $name:ident = $code:literal, $operand:ident, |$arg:ident, $jump:ident| $effect:expr; )*) => {
        /// A VM instruction's operation.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( $(#[doc = $doc])+ $name = $code, )*
        }

        impl Opcode {
            /// Every opcode, in discriminant order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode's name, as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// The opcode with discriminant `byte`. Inlined: the frame loop
            /// decodes every instruction through it, and matching on its
            /// answer then compiles to one jump table on the byte.
            #[inline(always)]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte { $($code => Some(Opcode::$name),)* _ => None }
            }

            /// What the operand means.
            pub fn operand(self) -> Operand {
                match self { $(Opcode::$name => Operand::$operand,)* }
            }

            /// The one-line meaning of the opcode.
            pub fn meaning(self) -> &'static str {
                match self { $(Opcode::$name => concat!($($doc),+),)* }
            }

            /// How many values the instruction pushes minus how many it
            /// pops, given its operand, when it jumps (`jump`) or falls
            /// through.
            #[allow(unused_variables, clippy::redundant_closure_call)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                let arg = arg as i32;
                match self { $(Opcode::$name => (|$arg: i32, $jump: bool| -> i32 { $effect })(arg, jump),)* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop = 0, None, |a, j| 0;
    /// Pops and discards the top of the stack.
    PopTop = 1, None, |a, j| -1;
    /// Pushes a copy of the a-th item from the top (1 is the top).
    Copy = 2, Count, |a, j| 1;
    /// Swaps the top with the a-th item from the top.
    Swap = 3, Count, |a, j| 0;
    /// Pushes constant a.
    LoadConst = 4, Const, |a, j| 1;
    /// Pushes local variable a (UnboundLocalError if unset).
    LoadFast = 5, Local, |a, j| 1;
    /// Pops into local variable a.
    StoreFast = 6, Local, |a, j| -1;
    /// Unsets local variable a.
    DeleteFast = 7, Local, |a, j| 0;
    /// Pushes name a from locals, then globals, then builtins (module and class bodies).
    LoadName = 8, Name, |a, j| 1;
    /// Pops into name a of the local namespace.
    StoreName = 9, Name, |a, j| -1;
    /// Deletes name a from the local namespace.
    DeleteName = 10, Name, |a, j| 0;
    /// Pushes global a, else builtin a.
    LoadGlobal = 11, Name, |a, j| 1;
    /// Pops into global a.
    StoreGlobal = 12, Name, |a, j| -1;
    /// Deletes global a.
    DeleteGlobal = 13, Name, |a, j| 0;
    /// Pushes the contents of cell or free variable a.
    LoadDeref = 14, Deref, |a, j| 1;
    /// Pops into cell or free variable a.
    StoreDeref = 15, Deref, |a, j| -1;
    /// Empties cell or free variable a.
    DeleteDeref = 16, Deref, |a, j| 0;
    /// In a class body: pushes name of free variable a from the class namespace, else its cell.
    LoadClassDeref = 17, Deref, |a, j| 1;
    /// Pushes cell a itself (to build a closure).
    LoadClosure = 18, Deref, |a, j| 1;
    /// Replaces the top with its attribute a.
    LoadAttr = 19, Name, |a, j| 0;
    /// TOS.a = TOS1; pops both.
    StoreAttr = 20, Name, |a, j| -2;
    /// del TOS.a; pops it.
    DeleteAttr = 21, Name, |a, j| -1;
    /// Replaces the top with (method a, self) or (bound attribute, NULL) for CallMethod.
    LoadMethod = 22, Name, |a, j| 1;
    /// TOS = TOS1[TOS].
    BinarySubscr = 23, None, |a, j| -1;
    /// TOS1[TOS] = TOS2; pops all three.
    StoreSubscr = 24, None, |a, j| -3;
    /// del TOS1[TOS]; pops both.
    DeleteSubscr = 25, None, |a, j| -2;
    /// Builds slice(lower, upper[, step]) from the top a items (2 or 3).
    BuildSlice = 26, Count, |a, j| 1 - a;
    /// TOS = TOS1 op TOS with binary operator a (in-place variants included).
    BinaryOp = 27, BinaryOp, |a, j| -1;
    /// TOS = op TOS with unary operator a.
    UnaryOp = 28, UnaryOp, |a, j| 0;
    /// TOS = TOS1 cmp TOS with comparison a.
    CompareOp = 29, Compare, |a, j| -1;
    /// TOS = TOS1 is TOS (is not if a is 1).
    IsOp = 30, Flags, |a, j| -1;
    /// TOS = TOS1 in TOS (not in if a is 1).
    ContainsOp = 31, Flags, |a, j| -1;
    /// Builds a tuple of the top a items.
    BuildTuple = 32, Count, |a, j| 1 - a;
    /// Builds a list of the top a items.
    BuildList = 33, Count, |a, j| 1 - a;
    /// Builds a set of the top a items.
    BuildSet = 34, Count, |a, j| 1 - a;
    /// Builds a dict of the top 2a items (key, value pairs).
    BuildMap = 35, Count, |a, j| 1 - 2 * a;
    /// Concatenates the top a strings.
    BuildString = 36, Count, |a, j| 1 - a;
    /// Appends TOS to the list a items down (comprehensions); pops TOS.
    ListAppend = 37, Count, |a, j| -1;
    /// Adds TOS to the set a items down; pops TOS.
    SetAdd = 38, Count, |a, j| -1;
    /// Sets dict[TOS1] = TOS for the dict a items down; pops both.
    MapAdd = 39, Count, |a, j| -2;
    /// Extends the list a items down with iterable TOS; pops it.
    ListExtend = 40, Count, |a, j| -1;
    /// Updates the set a items down with iterable TOS; pops it.
    SetUpdate = 41, Count, |a, j| -1;
    /// Updates the dict a items down with mapping TOS; pops it.
    DictUpdate = 42, Count, |a, j| -1;
    /// Like DictUpdate, but a repeated key is a TypeError (for f(**a, **b)).
    DictMerge = 43, Count, |a, j| -1;
    /// Replaces the list on top with a tuple of its items.
    ListToTuple = 44, None, |a, j| 0;
    /// Formats TOS (with spec TOS if flag 4) for an f-string; conversion in the low bits.
    FormatValue = 45, Flags, |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// Unpacks TOS into exactly a values, pushed last-first.
    UnpackSequence = 46, Count, |a, j| a - 1;
    /// Unpacks TOS into (a & 0xff) values, a list, then (a >> 8) values.
    UnpackEx = 47, Count, |a, j| (a & 0xff) + (a >> 8);
    /// Jumps to a.
    Jump = 48, Jump, |a, j| 0;
    /// Pops TOS; jumps to a if it is false.
    PopJumpIfFalse = 49, Jump, |a, j| -1;
    /// Pops TOS; jumps to a if it is true.
    PopJumpIfTrue = 50, Jump, |a, j| -1;
    /// Jumps to a keeping TOS if it is false, else pops it.
    JumpIfFalseOrPop = 51, Jump, |a, j| if j { 0 } else { -1 };
    /// Jumps to a keeping TOS if it is true, else pops it.
    JumpIfTrueOrPop = 52, Jump, |a, j| if j { 0 } else { -1 };
    /// Replaces TOS with iter(TOS).
    GetIter = 53, None, |a, j| 0;
    /// Pushes next(TOS); when exhausted pops the iterator and jumps to a.
    ForIter = 54, Jump, |a, j| if j { -1 } else { 1 };
    /// Calls the callable under a positional arguments.
    Call = 55, Count, |a, j| -a;
    /// Calls (method, self) or (callable, NULL) from LoadMethod with a arguments.
    CallMethod = 56, Count, |a, j| -a - 1;
    /// Calls with a arguments whose last len(TOS) are keywords named by tuple TOS.
    CallKw = 57, Count, |a, j| -a - 1;
    /// Calls TOS2(*TOS1, **TOS) if a is 1, else TOS1(*TOS).
    CallFunctionEx = 58, Flags, |a, j| -1 - a;
    /// Makes a function from code TOS; flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations dict, 8 closure tuple.
    MakeFunction = 59, Flags, |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// Returns TOS to the caller.
    ReturnValue = 60, None, |a, j| -1;
    /// Yields TOS; resumes with the sent value on top.
    YieldValue = 61, None, |a, j| 0;
    /// Replaces TOS with an iterator for `yield from` (generators pass through).
    GetYieldFromIter = 62, None, |a, j| 0;
    /// Sends TOS into the iterator TOS1: a yielded value replaces TOS; when the iterator returns, both are replaced by its result and it jumps to a.
    Send = 63, Jump, |a, j| if j { -1 } else { 0 };
    /// Imports module a with (level TOS1, fromlist TOS).
    ImportName = 64, Name, |a, j| -1;
    /// Pushes attribute a of the module on top (ImportError if missing).
    ImportFrom = 65, Name, |a, j| 1;
    /// Binds every public name of the module on top; pops it.
    ImportStar = 66, None, |a, j| -1;
    /// Pushes the class-building function.
    LoadBuildClass = 67, None, |a, j| 1;
    /// Creates __annotations__ in the local namespace if missing.
    SetupAnnotations = 68, None, |a, j| 0;
    /// Pushes AssertionError.
    LoadAssertionError = 69, None, |a, j| 1;
    /// Raises: a=0 re-raise, 1 raise TOS, 2 raise TOS1 from TOS.
    RaiseVarargs = 70, Count, |a, j| -a;
    /// Re-raises TOS; if a > 0 the raising instruction's index is taken from the item a below TOS.
    Reraise = 71, Flags, |a, j| -1;
    /// Under an exception handler: pushes the previous exception, makes TOS current.
    PushExcInfo = 72, None, |a, j| 1;
    /// Restores the previous exception from TOS; pops it.
    PopExcept = 73, None, |a, j| -1;
    /// Pushes whether exception TOS1 matches the type(s) TOS; pops TOS.
    CheckExcMatch = 74, None, |a, j| 0;
    /// Replaces the context manager on top with its __exit__ and the result of __enter__.
    BeforeWith = 75, None, |a, j| 1;
    /// Calls __exit__ (4 down) with the exception on top; pushes its result.
    WithExceptStart = 76, None, |a, j| 1;
    /// Prints TOS's repr if it is not None and binds it to builtins._ (interactive mode); pops it.
    PrintExpr = 77, None, |a, j| -1;
    /// Pushes the NULL marker used by CallMethod for plain calls.
    PushNull = 78, None, |a, j| 1;
    /// Pops TOS; jumps to a if it is None.
    PopJumpIfNone = 79, Jump, |a, j| -1;
    /// Pops TOS; jumps to a if it is not None.
    PopJumpIfNotNone = 80, Jump, |a, j| -1;
}

/// Binary operators, as `BinaryOp`'s operand. In-place forms add
/// [`BinaryOperator::INPLACE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOperator {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDivide = 2,
    /// `<<`
    Lshift = 3,
    /// `@`
    MatrixMultiply = 4,
    /// `*`
    Multiply = 5,
    /// `%`
    Remainder = 6,
    /// `|`
    Or = 7,
    /// `**`
    Power = 8,
    /// `>>`
    Rshift = 9,
    /// `-`
    Subtract = 10,
    /// `/`
    TrueDivide = 11,
    /// `^`
    Xor = 12,
}

impl BinaryOperator {
    /// Added to an operator's number for its in-place (`+=`) form.
    pub const INPLACE: u32 = 16;

    /// Every operator, by number.
    pub const ALL: [BinaryOperator; 13] = [
        BinaryOperator::Add,
        BinaryOperator::And,
        BinaryOperator::FloorDivide,
        BinaryOperator::Lshift,
        BinaryOperator::MatrixMultiply,
        BinaryOperator::Multiply,
        BinaryOperator::Remainder,
        BinaryOperator::Or,
        BinaryOperator::Power,
        BinaryOperator::Rshift,
        BinaryOperator::Subtract,
        BinaryOperator::TrueDivide,
        BinaryOperator::Xor,
    ];

    /// The operator's symbol, as error messages write it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::And => "&",
            BinaryOperator::FloorDivide => "//",
            BinaryOperator::Lshift => "<<",
            BinaryOperator::MatrixMultiply => "@",
            BinaryOperator::Multiply => "*",
            BinaryOperator::Remainder => "%",
            BinaryOperator::Or => "|",
            BinaryOperator::Power => "**",
            BinaryOperator::Rshift => ">>",
            BinaryOperator::Subtract => "-",
            BinaryOperator::TrueDivide => "/",
            BinaryOperator::Xor => "^",
        }
    }

    /// Decodes `BinaryOp`'s operand into the operator and whether it is in place.
    pub fn decode(arg: u32) -> Option<(BinaryOperator, bool)> {
        let inplace = arg & Self::INPLACE != 0;
        Self::ALL.get((arg & !Self::INPLACE) as usize).map(|&op| (op, inplace))
    }
}

/// Unary operators, as `UnaryOp`'s operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOperator {
    /// `-x`
    Negative = 0,
    /// `+x`
    Positive = 1,
    /// `~x`
    Invert = 2,
    /// `not x`
    Not = 3,
}

impl UnaryOperator {
    /// Decodes `UnaryOp`'s operand.
    pub fn decode(arg: u32) -> Option<UnaryOperator> {
        [UnaryOperator::Negative, UnaryOperator::Positive, UnaryOperator::Invert, UnaryOperator::Not]
            .get(arg as usize)
            .copied()
    }
}

/// Rich comparisons, as `CompareOp`'s operand (CPython's order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Comparison {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl Comparison {
    /// Decodes `CompareOp`'s operand.
    pub fn decode(arg: u32) -> Option<Comparison> {
        [Comparison::Lt, Comparison::Le, Comparison::Eq, Comparison::Ne, Comparison::Gt, Comparison::Ge]
            .get(arg as usize)
            .copied()
    }

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparison::Lt => "<",
            Comparison::Le => "<=",
            Comparison::Eq => "==",
            Comparison::Ne => "!=",
            Comparison::Gt => ">",
            Comparison::Ge => ">=",
        }
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> Comparison {
        match self {
            Comparison::Lt => Comparison::Gt,
            Comparison::Le => Comparison::Ge,
            Comparison::Eq => Comparison::Eq,
            Comparison::Ne => Comparison::Ne,
            Comparison::Gt => Comparison::Lt,
            Comparison::Ge => Comparison::Le,
        }
    }
}

/// An encoded instruction: the opcode in the low 8 bits, the operand in the
/// high 24.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Instruction(u32);

impl Instruction {
    /// The largest operand an instruction can carry.
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    /// Encodes `op` with operand `arg` (which must fit in 24 bits).
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        debug_assert!(arg <= Self::MAX_ARG, "operand {arg} does not fit");
        Instruction(op as u32 | (arg << 8))
    }

    /// The operation.
    #[inline(always)]
    pub fn opcode(self) -> Opcode {
        // Only `new` builds instructions, from valid opcodes.
        Opcode::from_u8(self.0 as u8).expect("valid opcode")
    }

    /// The raw opcode byte (for a dispatch `match` that avoids re-validation).
    #[inline(always)]
    pub fn opcode_byte(self) -> u8 {
        self.0 as u8
    }

    /// The operand.
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }

    /// The same instruction with another operand (for patching jumps).
    pub fn with_arg(self, arg: u32) -> Instruction {
        Instruction::new(self.opcode(), arg)
    }
}

impl std::fmt::Debug for Instruction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.opcode().name(), self.arg())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_round_trips_through_its_byte() {
        for (i, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op as usize, i, "{} has a gap before it", op.name());
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            let ins = Instruction::new(op, 0x00AB_CDEF & Instruction::MAX_ARG);
            assert_eq!(ins.opcode(), op);
            assert_eq!(ins.arg(), 0xAB_CDEF);
            assert!(!op.meaning().is_empty());
        }
    }

    #[test]
    fn stack_effects_of_calls_and_builds() {
        assert_eq!(Opcode::BuildTuple.stack_effect(3, false), -2);
        assert_eq!(Opcode::Call.stack_effect(2, false), -2);
        assert_eq!(Opcode::ForIter.stack_effect(0, true), -1);
        assert_eq!(Opcode::ForIter.stack_effect(0, false), 1);
        assert_eq!(Opcode::MakeFunction.stack_effect(0b1011, false), -3);
        assert_eq!(Opcode::UnpackEx.stack_effect(2 | (1 << 8), false), 3);
    }

    #[test]
    fn binary_operators_decode_with_their_inplace_flag() {
        assert_eq!(BinaryOperator::decode(0), Some((BinaryOperator::Add, false)));
        assert_eq!(
            BinaryOperator::decode(BinaryOperator::Power as u32 | BinaryOperator::INPLACE),
            Some((BinaryOperator::Power, true))
        );
        assert_eq!(BinaryOperator::decode(13), None);
    }
}
