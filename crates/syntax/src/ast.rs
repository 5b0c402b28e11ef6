//! The abstract syntax tree: what the parser produces and the compiler
//! consumes. It follows the shape of CPython's `ast` module (so its docs
//! explain ours), with byte spans on every node.

use crate::span::Span;
pub use crate::token::IntLiteral;

/// A parsed module: its statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The module's top-level statements.
    pub body: Vec<Stmt>,
}

/// An identifier with its span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The NFKC-normalised name.
    pub name: Box<str>,
    /// Where it is written.
    pub span: Span,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// From the statement's first token to its last (not its NEWLINE).
    pub span: Span,
    /// What kind of statement.
    pub kind: StmtKind,
}

/// The kinds of statement.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `t1 = t2 = value`.
    Assign {
        /// Every target, left to right.
        targets: Vec<Expr>,
        /// The assigned value.
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        /// A name, attribute or subscript.
        target: Expr,
        /// The operator.
        op: BinOp,
        /// The right-hand side.
        value: Expr,
    },
    /// `target: annotation [= value]`.
    AnnAssign {
        /// A name, attribute or subscript.
        target: Expr,
        /// The annotation, never evaluated for locals.
        annotation: Expr,
        /// The value, if any.
        value: Option<Expr>,
        /// Whether the target is a plain name not in parentheses (then the
        /// annotation is stored in `__annotations__`).
        simple: bool,
    },
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del t1, t2`.
    Delete(Vec<Expr>),
    /// `global a, b`.
    Global(Vec<Ident>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Ident>),
    /// `assert test [, msg]`.
    Assert {
        /// The tested condition.
        test: Expr,
        /// The message, if any.
        msg: Option<Expr>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        /// The exception, absent for a bare re-raise.
        exc: Option<Expr>,
        /// The explicit cause.
        cause: Option<Expr>,
    },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from ..a import b as c` / `from a import *`.
    ImportFrom {
        /// The module after the dots, if any.
        module: Option<Ident>,
        /// The imported names; `*` is one alias named `*`.
        names: Vec<Alias>,
        /// The number of leading dots.
        level: u32,
    },
    /// `if test: body else: orelse` (`elif` nests in `orelse`).
    If {
        /// The condition.
        test: Expr,
        /// The statements run when it is true.
        body: Vec<Stmt>,
        /// The `elif`/`else` part.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        /// The condition.
        test: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// Run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`.
    For {
        /// The loop variable(s).
        target: Expr,
        /// The iterated expression.
        iter: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// Run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `with a as b, c: body`.
    With {
        /// The context managers, in order.
        items: Vec<WithItem>,
        /// The block.
        body: Vec<Stmt>,
    },
    /// `try` with its handlers, `else` and `finally`.
    Try {
        /// The protected block.
        body: Vec<Stmt>,
        /// The `except` clauses, in order.
        handlers: Vec<ExceptHandler>,
        /// Run when the body raised nothing.
        orelse: Vec<Stmt>,
        /// Always run.
        finalbody: Vec<Stmt>,
    },
    /// `def`.
    FunctionDef(Box<FunctionDef>),
    /// `class`.
    ClassDef(Box<ClassDef>),
}

/// A function definition.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub parameters: Parameters,
    /// The statements of its body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
    /// The `-> annotation`, if any.
    pub returns: Option<Expr>,
}

/// A class definition.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: Ident,
    /// The base class expressions (and `*args` as `Starred`).
    pub bases: Vec<Expr>,
    /// Keyword arguments of the class statement.
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first.
    pub decorators: Vec<Expr>,
}

/// A function's or lambda's parameters, by kind.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parameters {
    /// Before `/`.
    pub posonly: Vec<Param>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

impl Parameters {
    /// Every parameter in declaration order.
    pub fn iter(&self) -> impl Iterator<Item = &Param> {
        self.posonly.iter().chain(&self.args).chain(&self.vararg).chain(&self.kwonly).chain(&self.kwarg)
    }
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The parameter's name.
    pub name: Ident,
    /// Its annotation (never for lambdas).
    pub annotation: Option<Expr>,
    /// Its default value.
    pub default: Option<Expr>,
}

/// `name [as asname]` in an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The dotted name, e.g. `os.path`, or `*`.
    pub name: Ident,
    /// The `as` name.
    pub asname: Option<Ident>,
}

/// One `expr [as target]` of a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context: Expr,
    /// The target bound to `__enter__`'s result.
    pub target: Option<Expr>,
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// From `except` to the end of its block.
    pub span: Span,
    /// The matched type expression (`None` for a bare `except:`).
    pub type_: Option<Expr>,
    /// The `as` name.
    pub name: Option<Ident>,
    /// The handler block.
    pub body: Vec<Stmt>,
}

/// A keyword argument `name=value`, or `**value` when `arg` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// From the name (or `**`) to the end of the value.
    pub span: Span,
    /// The keyword, absent for `**mapping`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
}

/// An expression. Always boxed: nodes that hold expressions (statements,
/// parameters, the parser's stack) stay small, and each node is one
/// allocation.
pub type Expr = Box<ExprNode>;

/// An expression node.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprNode {
    /// The source it was parsed from (parentheses excluded, as in CPython).
    pub span: Span,
    /// How deeply nested the tree under this node is (1 for a leaf). The
    /// parser refuses trees deeper than a fixed limit, so every recursive
    /// pass over the tree is safe on a small stack.
    pub depth: u32,
    /// What kind of expression.
    pub kind: ExprKind,
}

/// The kinds of expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        /// `and` or `or`.
        op: BoolOp,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        /// A `Name`.
        target: Expr,
        /// The value.
        value: Expr,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Expr,
        /// Operator.
        op: BinOp,
        /// Right operand.
        right: Expr,
    },
    /// `op operand`.
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Expr,
    },
    /// `lambda params: body`.
    Lambda {
        /// Parameters (without annotations).
        parameters: Box<Parameters>,
        /// The body expression.
        body: Expr,
    },
    /// `body if test else orelse`.
    IfExp {
        /// Condition.
        test: Expr,
        /// Value when true.
        body: Expr,
        /// Value when false.
        orelse: Expr,
    },
    /// `{k: v, **m}`: a `None` key marks `**` unpacking of the value.
    Dict {
        /// Keys, `None` for `**value`.
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp {
        /// The produced element.
        elt: Expr,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// The produced element.
        elt: Expr,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// The produced key.
        key: Expr,
        /// The produced value.
        value: Expr,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// The produced element.
        elt: Expr,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `yield [value]`.
    Yield(Option<Expr>),
    /// `yield from value`.
    YieldFrom(Expr),
    /// `a < b <= c`.
    Compare {
        /// First operand.
        left: Expr,
        /// The operators, one per comparator.
        ops: Vec<CmpOp>,
        /// The other operands.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`.
    Call {
        /// The called expression.
        func: Expr,
        /// Positional arguments (`*x` as `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments and `**x`.
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` of an f-string.
    FormattedValue {
        /// The formatted expression.
        value: Expr,
        /// `!s`, `!r` or `!a`.
        conversion: Conversion,
        /// The format spec, itself a `JoinedStr`.
        format_spec: Option<Expr>,
    },
    /// An f-string: literal `Constant` strings and `FormattedValue`s.
    JoinedStr(Vec<Expr>),
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Expr,
        /// The attribute name.
        attr: Ident,
    },
    /// `value[slice]`.
    Subscript {
        /// The subscripted object.
        value: Expr,
        /// The index: an expression, a `Slice`, or a `Tuple` of them.
        slice: Expr,
    },
    /// `*value` in a call, display or assignment target.
    Starred(Expr),
    /// A name.
    Name(Box<str>),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// Lower bound.
        lower: Option<Expr>,
        /// Upper bound.
        upper: Option<Expr>,
        /// Step.
        step: Option<Expr>,
    },
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An integer.
    Int(IntLiteral),
    /// A float.
    Float(f64),
    /// An imaginary number's coefficient (`2j` is `Imaginary(2.0)`).
    Imaginary(f64),
    /// A string (after escapes and implicit concatenation).
    Str(Box<str>),
    /// A bytes literal.
    Bytes(Box<[u8]>),
}

/// One `for target in iter if cond ...` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterated expression.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Binary (and augmented-assignment) operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

impl BinOp {
    /// The operator as written, e.g. `"//"`.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// An f-string conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// No `!x`.
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

impl ExprNode {
    /// Calls `f` on each direct sub-expression of `e`, in evaluation order
    /// where it matters (lambda defaults, not parameter annotations).
    pub fn for_each_child<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
            ExprKind::NamedExpr { target, value } => {
                f(target);
                f(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                f(left);
                f(right);
            }
            ExprKind::UnaryOp { operand, .. } => f(operand),
            ExprKind::Lambda { parameters, body } => {
                for p in parameters.iter() {
                    if let Some(d) = &p.default {
                        f(d);
                    }
                }
                f(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                f(test);
                f(body);
                f(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(&mut *f);
                values.iter().for_each(f);
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::JoinedStr(items) => {
                items.iter().for_each(f)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                f(elt);
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut *f);
                }
            }
            ExprKind::DictComp { key, value, generators } => {
                f(key);
                f(value);
                for g in generators {
                    f(&g.target);
                    f(&g.iter);
                    g.ifs.iter().for_each(&mut *f);
                }
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    f(v);
                }
            }
            ExprKind::YieldFrom(value) | ExprKind::Starred(value) => f(value),
            ExprKind::Compare { left, comparators, .. } => {
                f(left);
                comparators.iter().for_each(f);
            }
            ExprKind::Call { func, args, keywords } => {
                f(func);
                args.iter().for_each(&mut *f);
                keywords.iter().for_each(|k| f(&k.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                f(value);
                if let Some(s) = format_spec {
                    f(s);
                }
            }
            ExprKind::Attribute { value, .. } => f(value),
            ExprKind::Subscript { value, slice } => {
                f(value);
                f(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    f(part);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
    }

    /// A leaf expression.
    pub fn leaf(span: Span, kind: ExprKind) -> Expr {
        Box::new(ExprNode { span, depth: 1, kind })
    }

    /// A human name for the expression kind, as CPython's error messages use
    /// it (`cannot assign to function call`).
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Call { .. } => "function call",
            ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => "f-string expression",
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::Bool(true)) => "True",
            ExprKind::Constant(Constant::Bool(false)) => "False",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) => "literal",
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Starred(_) => "starred",
            ExprKind::Name(_) => "name",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Slice { .. } => "slice",
        }
    }
}
