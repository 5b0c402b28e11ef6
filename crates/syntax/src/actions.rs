//! The grammar's semantic actions: building nodes, bounding their depth, and
//! raising CPython's messages for the constructs the grammar parses
//! permissively (assignment targets, call arguments, parameter lists).

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::shape;
use crate::span::Span;
use crate::token::Tok;

pub use crate::literal::strings;

/// What a fallible action returns.
pub type PResult<T> = Result<T, ParseError<u32, Tok, SyntaxError>>;

/// The deepest expression tree the parser builds. Deeper input raises
/// `RecursionError`, as CPython's compiler does, so that every recursive pass
/// over the tree (checks, compiler, drop) is bounded.
pub const MAX_EXPR_DEPTH: u32 = 1000;

/// What the start rule produced.
pub enum Top {
    /// A module's statements.
    Module(Vec<Stmt>),
    /// One expression (or tuple).
    Expression(Expr),
}

/// A call argument as parsed, before the call checks their order.
pub enum Arg {
    /// `value`.
    Positional(Expr),
    /// `*value` (offset of the star).
    Star(u32, Expr),
    /// `**value` (offset of the stars).
    DoubleStar(u32, Expr),
    /// `key=value`, with `key` parsed as any expression so that
    /// `f(a.b=1)` gets CPython's message.
    Keyword(u32, Expr, Expr, u32),
    /// An unparenthesized generator expression, legal only as the sole argument.
    Generator(Expr),
}

/// A parameter-list item as parsed, before its order is checked.
pub enum ParamItem {
    /// `name[: annotation][= default]`.
    Plain(Param),
    /// `*` or `*name`.
    Star(Span, Option<Param>),
    /// `**name`.
    DoubleStar(Span, Param),
    /// `/`.
    Slash(Span),
}

/// A front-end error as the parser's error type.
pub fn fail<T>(error: SyntaxError) -> PResult<T> {
    Err(ParseError::User { error })
}

/// An error pointing at `span`.
fn fail_at<T>(message: impl Into<String>, span: Span) -> PResult<T> {
    fail(SyntaxError::new(message, span.start, span.end))
}

/// Builds an expression node, refusing trees deeper than [`MAX_EXPR_DEPTH`].
pub fn node(l: u32, kind: ExprKind, r: u32) -> PResult<Expr> {
    let depth = 1 + child_depth(&kind);
    if depth > MAX_EXPR_DEPTH {
        return fail(SyntaxError::too_deep());
    }
    Ok(Box::new(ExprNode { span: Span::new(l, r), depth, kind }))
}

fn max_depth<'a>(exprs: impl IntoIterator<Item = &'a Expr>) -> u32 {
    exprs.into_iter().map(|e| e.depth).max().unwrap_or(0)
}

fn comprehension_depth(generators: &[Comprehension]) -> u32 {
    generators.iter().map(|g| g.target.depth.max(g.iter.depth).max(max_depth(&g.ifs))).max().unwrap_or(0)
}

fn parameters_depth(p: &Parameters) -> u32 {
    p.iter()
        .map(|p| p.default.as_ref().map_or(0, |d| d.depth).max(p.annotation.as_ref().map_or(0, |a| a.depth)))
        .max()
        .unwrap_or(0)
}

/// The depth of the deepest child of a node.
fn child_depth(kind: &ExprKind) -> u32 {
    let opt = |e: &Option<Expr>| e.as_ref().map_or(0, |e| e.depth);
    match kind {
        ExprKind::BoolOp { values, .. } => max_depth(values),
        ExprKind::NamedExpr { target, value } => target.depth.max(value.depth),
        ExprKind::BinOp { left, right, .. } => left.depth.max(right.depth),
        ExprKind::UnaryOp { operand, .. } => operand.depth,
        ExprKind::Lambda { parameters, body } => body.depth.max(parameters_depth(parameters)),
        ExprKind::IfExp { test, body, orelse } => test.depth.max(body.depth).max(orelse.depth),
        ExprKind::Dict { keys, values } => max_depth(keys.iter().flatten()).max(max_depth(values)),
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::JoinedStr(items) => {
            max_depth(items)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => elt.depth.max(comprehension_depth(generators)),
        ExprKind::DictComp { key, value, generators } => {
            key.depth.max(value.depth).max(comprehension_depth(generators))
        }
        ExprKind::Yield(value) => opt(value),
        ExprKind::YieldFrom(value) | ExprKind::Starred(value) => value.depth,
        ExprKind::Compare { left, comparators, .. } => left.depth.max(max_depth(comparators)),
        ExprKind::Call { func, args, keywords } => {
            func.depth.max(max_depth(args)).max(max_depth(keywords.iter().map(|k| &k.value)))
        }
        ExprKind::FormattedValue { value, format_spec, .. } => value.depth.max(opt(format_spec)),
        ExprKind::Attribute { value, .. } => value.depth,
        ExprKind::Subscript { value, slice } => value.depth.max(slice.depth),
        ExprKind::Slice { lower, upper, step } => opt(lower).max(opt(upper)).max(opt(step)),
        ExprKind::Constant(_) | ExprKind::Name(_) => 0,
    }
}

/// A simple statement spanning `l..r`.
pub fn stmt(l: u32, kind: StmtKind, r: u32) -> Stmt {
    Stmt { span: Span::new(l, r), kind }
}

/// The end of a block: the end of its last statement.
fn block_end(body: &[Stmt]) -> u32 {
    body.last().map_or(0, |s| s.span.end)
}

/// A compound statement starting at `l` and ending with its last block.
pub fn block_stmt(l: u32, kind: StmtKind) -> Stmt {
    let end = match &kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => block_end(orelse).max(block_end(body)),
        StmtKind::With { body, .. } => block_end(body),
        StmtKind::Try { body, handlers, orelse, finalbody } => block_end(finalbody)
            .max(block_end(orelse))
            .max(handlers.last().map_or(0, |h| h.span.end))
            .max(block_end(body)),
        StmtKind::FunctionDef(f) => block_end(&f.body),
        StmtKind::ClassDef(c) => block_end(&c.body),
        _ => l,
    };
    Stmt { span: Span::new(l, end.max(l)), kind }
}

/// `a, b` (a tuple when a comma was written) or the single expression.
pub fn tuple_or_single(l: u32, (mut items, comma): (Vec<Expr>, bool), r: u32) -> PResult<Expr> {
    if !comma && items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    node(l, ExprKind::Tuple(items), r)
}

/// The index of a subscript: like [`tuple_or_single`], except that a lone
/// `*x` makes a one-element tuple, as CPython builds `a[*b]`.
pub fn subscript_index(l: u32, (items, comma): (Vec<Expr>, bool), r: u32) -> PResult<Expr> {
    let starred = items.len() == 1 && matches!(items[0].kind, ExprKind::Starred(_));
    tuple_or_single(l, (items, comma || starred), r)
}

/// `( ... )`: a parenthesized expression (its span stays the inner one, as
/// in CPython) or a tuple (whose span includes the parentheses).
pub fn parenthesized(l: u32, (mut items, comma): (Vec<Expr>, bool), r: u32) -> PResult<Expr> {
    if !comma && items.len() == 1 {
        let inner = items.pop().expect("one item");
        if let ExprKind::Starred(_) = inner.kind {
            return fail_at("cannot use starred expression here", inner.span);
        }
        return Ok(inner);
    }
    node(l, ExprKind::Tuple(items), r)
}

/// A dotted module name as one identifier.
pub fn dotted(first: Box<str>, rest: Vec<Box<str>>, l: u32, r: u32) -> Ident {
    if rest.is_empty() {
        return Ident { name: first, span: Span::new(l, r) };
    }
    let mut name = String::from(first);
    for part in rest {
        name.push('.');
        name.push_str(&part);
    }
    Ident { name: name.into(), span: Span::new(l, r) }
}

/// Attaches decorators to a definition; its span starts at the first `@`.
pub fn decorate(decorators: Vec<Expr>, mut definition: Stmt) -> Stmt {
    match &mut definition.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => unreachable!("only definitions are decorated"),
    }
    definition
}

/// `if` with its `elif` chain folded into nested `orelse` blocks.
pub fn if_stmt(
    l: u32,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(u32, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (at, test, body) in elifs.into_iter().rev() {
        tail = vec![block_stmt(at, StmtKind::If { test, body, orelse: tail })];
    }
    block_stmt(l, StmtKind::If { test, body, orelse: tail })
}

/// Which construct a target appears in; decides CPython's wording.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetUse {
    /// `=`, `with ... as`: "cannot assign to".
    Assign,
    /// `for`/comprehension targets: "cannot assign to", and `a in b` is
    /// searched on its left.
    For,
    /// `del`: "cannot delete".
    Delete,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression of a
/// target that cannot be assigned to (or deleted).
fn invalid_target(e: &Expr, usage: TargetUse) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => items.iter().find_map(|i| invalid_target(i, usage)),
        ExprKind::Starred(value) => {
            if usage == TargetUse::Delete {
                Some(e)
            } else {
                invalid_target(value, usage)
            }
        }
        ExprKind::Compare { left, ops, .. } if usage == TargetUse::For => {
            if ops[0] == CmpOp::In {
                invalid_target(left, usage)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

fn check_target(e: &Expr, usage: TargetUse) -> PResult<()> {
    if let Some(bad) = invalid_target(e, usage) {
        let verb = if usage == TargetUse::Delete { "delete" } else { "assign to" };
        return fail_at(format!("cannot {verb} {}", bad.describe()), bad.span);
    }
    Ok(())
}

/// `t1 = t2 = ... = value`. When a target cannot be assigned to, the error
/// is the first one CPython's `invalid_assignment` rule reaches: a
/// mistyped comparison at the start of the statement (see
/// [`mistyped_comparison`]), else the first bad target from the left.
pub fn assign(source: &str, l: u32, first: Expr, mut rest: Vec<Expr>, r: u32) -> PResult<Stmt> {
    let value = rest.pop().expect("at least one '='");
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    // `x = yield = 1`; a parenthesized `(yield)` is an ordinary bad target.
    let bare_yield =
        |t: &Expr| matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !shape::surrounded(source, t.span);
    if !targets.iter().any(|t| bare_yield(t) || invalid_target(t, TargetUse::Assign).is_some()) {
        return Ok(stmt(l, StmtKind::Assign { targets, value }, r));
    }
    if let Some(error) = mistyped_comparison(source, &targets, &value) {
        return Err(ParseError::User { error });
    }
    for target in &targets {
        if bare_yield(target) {
            return fail_at("assignment to yield expression not possible", target.span);
        }
        if let Some(bad) = invalid_target(target, TargetUse::Assign) {
            return fail_at(format!("cannot assign to {}", bad.describe()), bad.span);
        }
    }
    unreachable!("a bad target was found above")
}

/// CPython's `invalid_named_expression`, as `invalid_assignment` tries it
/// on the items before the first `=` of a statement whose targets are not
/// all assignable: `x = 1, y = 2` and `f() = 1` read as a mistyped `==`
/// when the item before an `=` is a name (or another `bitwise_or` operand)
/// and an operand follows the `=` without a further `=`.
fn mistyped_comparison(source: &str, targets: &[Expr], value: &Expr) -> Option<SyntaxError> {
    let first = &targets[0];
    let items = match &first.kind {
        ExprKind::Tuple(items) if !shape::atom_like(source, first) => items.as_slice(),
        _ => std::slice::from_ref(first),
    };
    // Only the last item is followed by `=`.
    let item = items.last()?;
    let (next, last) = match targets.get(1) {
        Some(t) => (t, false),
        None => (value, true),
    };
    let operand = shape::leading_operand(source, next)?;
    if !last && std::ptr::eq(operand, next) {
        // The operand after `=` is followed by another `=`.
        return None;
    }
    if matches!(item.kind, ExprKind::Name(_)) && !shape::surrounded(source, item.span) {
        return Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            item.span.start,
            operand.span.end,
        ));
    }
    if !shape::is_operand(source, item) || shape::starts_with_display(source, item) {
        return None;
    }
    Some(SyntaxError::new(
        format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", item.describe()),
        item.span.start,
        item.span.end,
    ))
}

/// `target op= value`.
pub fn aug_assign(l: u32, target: Expr, op: BinOp, value: Expr, r: u32) -> PResult<Stmt> {
    if !matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
        return fail_at(
            format!("'{}' is an illegal expression for augmented assignment", target.describe()),
            target.span,
        );
    }
    Ok(stmt(l, StmtKind::AugAssign { target, op, value }, r))
}

/// `target: annotation [= value]`.
pub fn ann_assign(l: u32, target: Expr, annotation: Expr, value: Option<Expr>, r: u32) -> PResult<Stmt> {
    let parenthesized = target.span.start > l;
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            return fail_at(format!("only single target (not {}) can be annotated", target.describe()), target.span)
        }
        _ => return fail_at("illegal target for annotation", target.span),
    }
    let simple = !parenthesized && matches!(target.kind, ExprKind::Name(_));
    Ok(stmt(l, StmtKind::AnnAssign { target, annotation, value, simple }, r))
}

/// `del a, b`: each comma-separated item is one target.
pub fn delete(l: u32, (targets, _): (Vec<Expr>, bool), r: u32) -> PResult<Stmt> {
    for t in &targets {
        check_target(t, TargetUse::Delete)?;
    }
    Ok(stmt(l, StmtKind::Delete(targets), r))
}

/// `for target in iter: ...`.
pub fn for_stmt(l: u32, target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> PResult<Stmt> {
    check_target(&target, TargetUse::For)?;
    Ok(block_stmt(l, StmtKind::For { target, iter, body, orelse }))
}

/// One `for ... in ... if ...` clause of a comprehension.
pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<Comprehension> {
    check_target(&target, TargetUse::For)?;
    Ok(Comprehension { target, iter, ifs })
}

/// `expr as target` in a `with`.
pub fn with_item(context: Expr, target: Expr) -> PResult<WithItem> {
    check_target(&target, TargetUse::Assign)?;
    Ok(WithItem { context, target: Some(target) })
}

/// `try` with its clauses; a bare `except:` must come last.
pub fn try_stmt(
    l: u32,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> PResult<Stmt> {
    if let Some(bare) = handlers.iter().rev().skip(1).find(|h| h.type_.is_none()) {
        let end = bare.span.start + "except:".len() as u32;
        return fail_at("default 'except:' must be last", Span::new(bare.span.start, end));
    }
    Ok(block_stmt(l, StmtKind::Try { body, handlers, orelse, finalbody }))
}

/// One `except [type [as name]]:` clause.
pub fn except_handler(l: u32, matched: Option<(Expr, Option<Ident>)>, body: Vec<Stmt>) -> ExceptHandler {
    let (type_, name) = match matched {
        Some((t, n)) => (Some(t), n),
        None => (None, None),
    };
    let end = block_end(&body).max(l);
    ExceptHandler { span: Span::new(l, end), type_, name, body }
}

/// `def name(parameters) -> returns: body`. The parameters arrive boxed
/// because the parser's stack slots are as large as its largest symbol.
#[allow(clippy::boxed_local)]
pub fn function_def(l: u32, name: Ident, parameters: Box<Parameters>, returns: Option<Expr>, body: Vec<Stmt>) -> Stmt {
    block_stmt(
        l,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            parameters: *parameters,
            body,
            decorators: Vec::new(),
            returns,
        })),
    )
}

/// `class name(bases, keywords): body`.
pub fn class_def(l: u32, name: Ident, args: Option<(Vec<Arg>, u32)>, body: Vec<Stmt>) -> PResult<Stmt> {
    let (args, close) = args.unwrap_or((Vec::new(), l));
    let (bases, keywords) = call_arguments(args, close)?;
    if let Some(meta) = keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| &*a.name == "metaclass")) {
        return fail_at("'metaclass' is not supported by isopy", meta.span);
    }
    Ok(block_stmt(l, StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators: Vec::new() }))))
}

/// `target := value`.
pub fn named_expr(l: u32, target: Expr, value: Expr, r: u32) -> PResult<Expr> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return fail_at(format!("cannot use assignment expressions with {}", target.describe()), target.span);
    }
    node(l, ExprKind::NamedExpr { target, value }, r)
}

/// `a or b or c` / `a and b`.
pub fn bool_op(l: u32, op: BoolOp, first: Expr, rest: Vec<Expr>, r: u32) -> PResult<Expr> {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    node(l, ExprKind::BoolOp { op, values }, r)
}

/// `a < b <= c`.
pub fn compare(l: u32, left: Expr, rest: Vec<(CmpOp, Expr)>, r: u32) -> PResult<Expr> {
    let (ops, comparators) = rest.into_iter().unzip();
    node(l, ExprKind::Compare { left, ops, comparators }, r)
}

/// `left op right`.
pub fn bin_op(l: u32, left: Expr, op: BinOp, right: Expr, r: u32) -> PResult<Expr> {
    node(l, ExprKind::BinOp { left, op, right }, r)
}

/// How tightly a binary operator binds (Python's precedence, `|` lowest).
fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::Mod | BinOp::FloorDiv => 6,
        BinOp::Pow => 7,
    }
}

/// Groups a flat chain `a op b op c ...` of left-associative binary operators
/// into the tree Python's precedence gives it (operator-precedence parsing).
/// Operands come with their source extent, parentheses included, because
/// an operation's span starts at its left operand's parenthesis.
pub fn binary_chain(l: u32, first: Expr, rest: Vec<(BinOp, u32, Expr, u32)>) -> PResult<Expr> {
    let mut operands: Vec<(u32, Expr, u32)> = Vec::with_capacity(rest.len() + 1);
    let mut operators: Vec<BinOp> = Vec::with_capacity(rest.len());
    // The leftmost operand's end is never used: it is nobody's right operand.
    let first_end = first.span.end;
    operands.push((l, first, first_end));
    for (op, start, operand, end) in rest {
        while operators.last().is_some_and(|&top| precedence(top) >= precedence(op)) {
            reduce_top(&mut operands, &mut operators)?;
        }
        operators.push(op);
        operands.push((start, operand, end));
    }
    while !operators.is_empty() {
        reduce_top(&mut operands, &mut operators)?;
    }
    Ok(operands.pop().expect("one operand left").1)
}

/// Replaces the top two operands with their operation under the top operator.
fn reduce_top(operands: &mut Vec<(u32, Expr, u32)>, operators: &mut Vec<BinOp>) -> PResult<()> {
    let op = operators.pop().expect("an operator");
    let (_, right, r) = operands.pop().expect("a right operand");
    let (l, left, _) = operands.pop().expect("a left operand");
    operands.push((l, bin_op(l, left, op, right, r)?, r));
    Ok(())
}

/// `lower:upper:step`.
pub fn slice(l: u32, lower: Option<Expr>, upper: Option<Expr>, step: Option<Option<Expr>>, r: u32) -> PResult<Expr> {
    node(l, ExprKind::Slice { lower, upper, step: step.flatten() }, r)
}

/// `{k: v, **m}`.
pub fn dict(l: u32, items: Vec<(Option<Expr>, Expr)>, r: u32) -> PResult<Expr> {
    let (keys, values) = items.into_iter().unzip();
    node(l, ExprKind::Dict { keys, values }, r)
}

/// `elt for ...` written as a call argument.
pub fn generator_arg(l: u32, elt: Expr, generators: Vec<Comprehension>, r: u32) -> PResult<Arg> {
    Ok(Arg::Generator(node(l, ExprKind::GeneratorExp { elt, generators }, r)?))
}

/// `func(args)`.
pub fn call(l: u32, func: Expr, args: Vec<Arg>, r: u32) -> PResult<Expr> {
    let (mut args, keywords) = call_arguments(args, r - 1)?;
    // An unparenthesized generator argument spans the call's parentheses.
    if let [arg] = args.as_mut_slice() {
        if matches!(arg.kind, ExprKind::GeneratorExp { .. }) && keywords.is_empty() && arg.span.start > func.span.end {
            arg.span = Span::new(func.span.end, r);
        }
    }
    node(l, ExprKind::Call { func, args, keywords }, r)
}

/// Checks the order of call (or class) arguments as CPython does and splits
/// them into positional arguments and keywords. `close` is the offset of the
/// closing parenthesis, where CPython points for a misplaced positional one.
fn call_arguments(items: Vec<Arg>, close: u32) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let at_close = Span::new(close, close);
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            Arg::Positional(e) => {
                if seen_double_star {
                    return fail_at("positional argument follows keyword argument unpacking", at_close);
                }
                if seen_keyword {
                    return fail_at("positional argument follows keyword argument", at_close);
                }
                args.push(e);
            }
            Arg::Generator(e) => {
                if count > 1 {
                    return fail_at("Generator expression must be parenthesized", e.span);
                }
                args.push(e);
            }
            Arg::Star(at, e) => {
                if seen_double_star {
                    return fail_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        Span::new(at, e.span.end),
                    );
                }
                let span = Span::new(at, e.span.end);
                args.push(Box::new(ExprNode { span, depth: e.depth + 1, kind: ExprKind::Starred(e) }));
            }
            Arg::DoubleStar(at, e) => {
                seen_double_star = true;
                keywords.push(Keyword { span: Span::new(at, e.span.end), arg: None, value: e });
            }
            Arg::Keyword(at, key, value, r) => {
                let ExprKind::Name(name) = key.kind.clone() else {
                    let message = match key.kind {
                        ExprKind::Constant(Constant::Bool(_) | Constant::None) => {
                            format!("cannot assign to {}", key.describe())
                        }
                        _ => "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
                    };
                    let end = if message.starts_with("cannot") { key.span.end } else { key.span.end + 1 };
                    return fail_at(message, Span::new(key.span.start, end));
                };
                seen_keyword = true;
                keywords.push(Keyword { span: Span::new(at, r), arg: Some(Ident { name, span: key.span }), value });
            }
        }
    }
    Ok((args, keywords))
}

/// Orders a flat parameter list into [`Parameters`], with CPython's messages
/// for every misplaced `/`, `*`, `**` and default.
pub fn parameters(items: Vec<ParamItem>) -> PResult<Box<Parameters>> {
    check_bare_star(&items)?;
    let mut p = Parameters::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut after_kwargs = false;
    let mut positional: Vec<Param> = Vec::new();
    for item in items {
        if after_kwargs {
            let span = match &item {
                ParamItem::Plain(param) => param.name.span,
                ParamItem::Star(span, _) | ParamItem::DoubleStar(span, _) | ParamItem::Slash(span) => *span,
            };
            return fail_at("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Plain(param) => {
                if seen_star {
                    p.kwonly.push(param);
                    continue;
                }
                if param.default.is_some() {
                    seen_default = true;
                } else if seen_default {
                    return fail_at("non-default argument follows default argument", param_span(&param));
                }
                positional.push(param);
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return fail_at("/ may appear only once", span);
                }
                if seen_star {
                    return fail_at("/ must be ahead of *", span);
                }
                if positional.is_empty() {
                    return fail_at("at least one argument must precede /", span);
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut positional);
            }
            ParamItem::Star(span, param) => {
                if seen_star {
                    return fail_at("* argument may appear only once", span);
                }
                seen_star = true;
                if let Some(param) = param {
                    if let Some(default) = &param.default {
                        return fail_at("var-positional argument cannot have default value", equals_before(default));
                    }
                    p.vararg = Some(param);
                } else {
                    p.vararg = None;
                    // A bare `*` must be followed by a keyword-only parameter;
                    // checked when the list ends.
                    p.kwonly.clear();
                }
            }
            ParamItem::DoubleStar(_, param) => {
                if let Some(default) = &param.default {
                    return fail_at("var-keyword argument cannot have default value", equals_before(default));
                }
                p.kwarg = Some(param);
                after_kwargs = true;
            }
        }
    }
    p.args = positional;
    Ok(Box::new(p))
}

/// A bare `*` must be followed by a keyword-only parameter
/// ("named arguments must follow bare *").
fn check_bare_star(items: &[ParamItem]) -> PResult<()> {
    for (i, item) in items.iter().enumerate() {
        if let ParamItem::Star(span, None) = item {
            let next_is_named = matches!(items.get(i + 1), Some(ParamItem::Plain(_)));
            if !next_is_named {
                return fail_at("named arguments must follow bare *", *span);
            }
        }
    }
    Ok(())
}

/// A parameter's name and annotation.
fn param_span(param: &Param) -> Span {
    match &param.annotation {
        Some(a) => param.name.span.to(a.span),
        None => param.name.span,
    }
}

/// Roughly where the `=` before a default sits (CPython points at the `=`).
fn equals_before(default: &Expr) -> Span {
    let at = default.span.start.saturating_sub(1);
    Span::new(at, at + 1)
}
