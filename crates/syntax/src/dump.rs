//! Renders the AST exactly as CPython's `ast.dump(tree, include_attributes=…,
//! indent=…)` renders CPython's own tree for the same source: the same node
//! and field names, contexts (`Load`/`Store`/`Del`), defaults lists and
//! positions (UTF-8 byte columns). `isopy --ast` prints it, and the tests
//! compare it with CPython's output over the whole program corpus.

use crate::ast::*;
use crate::pyrepr::{bytes_repr, float_repr, imaginary_repr, int_to_decimal, str_repr};
use crate::span::{LineIndex, Span};
use crate::stack::guarded;

/// How to render.
#[derive(Clone, Copy, Debug, Default)]
pub struct DumpOptions {
    /// Include `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    pub include_attributes: bool,
    /// Indent nested nodes by this many spaces (`None`: one line).
    pub indent: Option<usize>,
}

/// `ast.dump(ast.parse(source))` for a parsed module.
pub fn dump_module(module: &Module, source: &str, options: DumpOptions) -> String {
    let dumper = Dumper { source, index: LineIndex::new(source), attributes: options.include_attributes };
    let tree = Value::node("Module", vec![("body", dumper.stmts(&module.body)), ("type_ignores", Value::List(vec![]))]);
    render(&tree, options.indent)
}

/// `ast.dump(ast.parse(source, mode="eval"))` for a parsed expression.
pub fn dump_expression(expr: &Expr, source: &str, options: DumpOptions) -> String {
    let dumper = Dumper { source, index: LineIndex::new(source), attributes: options.include_attributes };
    let tree = Value::node("Expression", vec![("body", dumper.expr(expr, Ctx::Load))]);
    render(&tree, options.indent)
}

/// A generic tree in the shape `ast.dump` walks.
enum Value {
    /// A node: class name, fields, then attributes.
    Node(&'static str, Vec<(&'static str, Value)>),
    /// A list field.
    List(Vec<Value>),
    /// A leaf, already in `repr` form.
    Repr(String),
    /// `None`: omitted as a field, printed as `None` in a list.
    None,
}

impl Value {
    fn node(class: &'static str, fields: Vec<(&'static str, Value)>) -> Value {
        Value::Node(class, fields)
    }

    fn name(s: &str) -> Value {
        Value::Repr(str_repr(s))
    }

    fn int(n: impl std::fmt::Display) -> Value {
        Value::Repr(n.to_string())
    }

    fn option(v: Option<Value>) -> Value {
        v.unwrap_or(Value::None)
    }
}

/// CPython's `_format`: returns the text and whether it is "simple".
fn format(value: &Value, level: usize, indent: Option<usize>) -> (String, bool) {
    guarded(|| format_unguarded(value, level, indent))
}

fn format_unguarded(value: &Value, level: usize, indent: Option<usize>) -> (String, bool) {
    let (prefix, sep) = match indent {
        Some(n) => {
            let pad = " ".repeat(n * (level + 1));
            (format!("\n{pad}"), format!(",\n{pad}"))
        }
        None => (String::new(), ", ".to_string()),
    };
    match value {
        Value::Node(class, fields) => {
            let mut args = Vec::new();
            let mut all_simple = true;
            for (name, v) in fields {
                if let Value::None = v {
                    continue;
                }
                let (text, simple) = format(v, level + 1, indent);
                all_simple &= simple;
                args.push(format!("{name}={text}"));
            }
            if all_simple && args.len() <= 3 {
                let simple = args.is_empty();
                return (format!("{class}({})", args.join(", ")), simple);
            }
            (format!("{class}({prefix}{})", args.join(&sep)), false)
        }
        Value::List(items) => {
            if items.is_empty() {
                return ("[]".into(), true);
            }
            let parts: Vec<String> = items.iter().map(|i| format(i, level + 1, indent).0).collect();
            (format!("[{prefix}{}]", parts.join(&sep)), false)
        }
        Value::Repr(text) => (text.clone(), true),
        Value::None => ("None".into(), true),
    }
}

/// CPython's `_format` pads a node's fields one level deeper than the node.
fn render(tree: &Value, indent: Option<usize>) -> String {
    format(tree, 0, indent).0
}

/// The expression context CPython records on names and containers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn value(self) -> Value {
        let name = match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        };
        Value::node(name, vec![])
    }
}

struct Dumper<'s> {
    source: &'s str,
    index: LineIndex,
    attributes: bool,
}

impl Dumper<'_> {
    /// Appends the position attributes of `span` to `fields`.
    fn located(&self, class: &'static str, mut fields: Vec<(&'static str, Value)>, span: Span) -> Value {
        if self.attributes {
            let start_line = self.index.line_of(span.start);
            let end_line = self.index.line_of(span.end);
            fields.push(("lineno", Value::int(start_line)));
            fields.push(("col_offset", Value::int(span.start - self.index.line_start(start_line))));
            fields.push(("end_lineno", Value::int(end_line)));
            fields.push(("end_col_offset", Value::int(span.end - self.index.line_start(end_line))));
        }
        Value::node(class, fields)
    }

    fn stmts(&self, body: &[Stmt]) -> Value {
        Value::List(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, items: &[Expr], ctx: Ctx) -> Value {
        Value::List(items.iter().map(|e| self.expr(e, ctx)).collect())
    }

    fn opt_expr(&self, e: &Option<Expr>) -> Value {
        Value::option(e.as_ref().map(|e| self.expr(e, Ctx::Load)))
    }

    fn stmt(&self, s: &Stmt) -> Value {
        guarded(|| self.stmt_unguarded(s))
    }

    fn stmt_unguarded(&self, s: &Stmt) -> Value {
        let (class, fields): (&'static str, Vec<(&'static str, Value)>) = match &s.kind {
            StmtKind::Expr(e) => ("Expr", vec![("value", self.expr(e, Ctx::Load))]),
            StmtKind::Assign { targets, value } => {
                ("Assign", vec![("targets", self.exprs(targets, Ctx::Store)), ("value", self.expr(value, Ctx::Load))])
            }
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![
                    ("target", self.expr(target, Ctx::Store)),
                    ("op", bin_op(*op)),
                    ("value", self.expr(value, Ctx::Load)),
                ],
            ),
            StmtKind::AnnAssign { target, annotation, value, simple } => (
                "AnnAssign",
                vec![
                    ("target", self.expr(target, Ctx::Store)),
                    ("annotation", self.expr(annotation, Ctx::Load)),
                    ("value", self.opt_expr(value)),
                    ("simple", Value::int(u8::from(*simple))),
                ],
            ),
            StmtKind::Pass => ("Pass", vec![]),
            StmtKind::Break => ("Break", vec![]),
            StmtKind::Continue => ("Continue", vec![]),
            StmtKind::Return(v) => ("Return", vec![("value", self.opt_expr(v))]),
            StmtKind::Delete(targets) => ("Delete", vec![("targets", self.exprs(targets, Ctx::Del))]),
            StmtKind::Global(names) => ("Global", vec![("names", idents(names))]),
            StmtKind::Nonlocal(names) => ("Nonlocal", vec![("names", idents(names))]),
            StmtKind::Assert { test, msg } => {
                ("Assert", vec![("test", self.expr(test, Ctx::Load)), ("msg", self.opt_expr(msg))])
            }
            StmtKind::Raise { exc, cause } => {
                ("Raise", vec![("exc", self.opt_expr(exc)), ("cause", self.opt_expr(cause))])
            }
            StmtKind::Import(names) => ("Import", vec![("names", self.aliases(names))]),
            StmtKind::ImportFrom { module, names, level } => (
                "ImportFrom",
                vec![
                    ("module", Value::option(module.as_ref().map(|m| Value::name(&m.name)))),
                    ("names", self.aliases(names)),
                    ("level", Value::int(level)),
                ],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![("test", self.expr(test, Ctx::Load)), ("body", self.stmts(body)), ("orelse", self.stmts(orelse))],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![("test", self.expr(test, Ctx::Load)), ("body", self.stmts(body)), ("orelse", self.stmts(orelse))],
            ),
            StmtKind::For { target, iter, body, orelse } => (
                "For",
                vec![
                    ("target", self.expr(target, Ctx::Store)),
                    ("iter", self.expr(iter, Ctx::Load)),
                    ("body", self.stmts(body)),
                    ("orelse", self.stmts(orelse)),
                ],
            ),
            StmtKind::With { items, body } => {
                let items = items
                    .iter()
                    .map(|i| {
                        Value::node(
                            "withitem",
                            vec![
                                ("context_expr", self.expr(&i.context, Ctx::Load)),
                                ("optional_vars", Value::option(i.target.as_ref().map(|t| self.expr(t, Ctx::Store)))),
                            ],
                        )
                    })
                    .collect();
                ("With", vec![("items", Value::List(items)), ("body", self.stmts(body))])
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let handlers = handlers
                    .iter()
                    .map(|h| {
                        self.located(
                            "ExceptHandler",
                            vec![
                                ("type", self.opt_expr(&h.type_)),
                                ("name", Value::option(h.name.as_ref().map(|n| Value::name(&n.name)))),
                                ("body", self.stmts(&h.body)),
                            ],
                            h.span,
                        )
                    })
                    .collect();
                (
                    "Try",
                    vec![
                        ("body", self.stmts(body)),
                        ("handlers", Value::List(handlers)),
                        ("orelse", self.stmts(orelse)),
                        ("finalbody", self.stmts(finalbody)),
                    ],
                )
            }
            StmtKind::FunctionDef(f) => (
                "FunctionDef",
                vec![
                    ("name", Value::name(&f.name.name)),
                    ("args", self.arguments(&f.parameters)),
                    ("body", self.stmts(&f.body)),
                    ("decorator_list", self.exprs(&f.decorators, Ctx::Load)),
                    ("returns", self.opt_expr(&f.returns)),
                ],
            ),
            StmtKind::ClassDef(c) => (
                "ClassDef",
                vec![
                    ("name", Value::name(&c.name.name)),
                    ("bases", self.exprs(&c.bases, Ctx::Load)),
                    ("keywords", self.keywords(&c.keywords)),
                    ("body", self.stmts(&c.body)),
                    ("decorator_list", self.exprs(&c.decorators, Ctx::Load)),
                ],
            ),
        };
        self.located(class, fields, s.span)
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::List(
            names
                .iter()
                .map(|a| {
                    let span = match &a.asname {
                        Some(asname) => a.name.span.to(asname.span),
                        None => a.name.span,
                    };
                    self.located(
                        "alias",
                        vec![
                            ("name", Value::name(&a.name.name)),
                            ("asname", Value::option(a.asname.as_ref().map(|n| Value::name(&n.name)))),
                        ],
                        span,
                    )
                })
                .collect(),
        )
    }

    fn keywords(&self, keywords: &[Keyword]) -> Value {
        Value::List(
            keywords
                .iter()
                .map(|k| {
                    self.located(
                        "keyword",
                        vec![
                            ("arg", Value::option(k.arg.as_ref().map(|a| Value::name(&a.name)))),
                            ("value", self.expr(&k.value, Ctx::Load)),
                        ],
                        k.span,
                    )
                })
                .collect(),
        )
    }

    fn arg(&self, p: &Param) -> Value {
        let span = match &p.annotation {
            Some(a) => p.name.span.to(a.span),
            None => p.name.span,
        };
        self.located(
            "arg",
            vec![("arg", Value::name(&p.name.name)), ("annotation", self.opt_expr(&p.annotation))],
            span,
        )
    }

    /// CPython's `arguments` node: defaults of positional parameters in one
    /// list (right-aligned), keyword-only defaults with `None` for missing.
    fn arguments(&self, p: &Parameters) -> Value {
        let defaults: Vec<Value> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_ref())
            .map(|d| self.expr(d, Ctx::Load))
            .collect();
        let kw_defaults: Vec<Value> =
            p.kwonly.iter().map(|a| Value::option(a.default.as_ref().map(|d| self.expr(d, Ctx::Load)))).collect();
        Value::node(
            "arguments",
            vec![
                ("posonlyargs", Value::List(p.posonly.iter().map(|a| self.arg(a)).collect())),
                ("args", Value::List(p.args.iter().map(|a| self.arg(a)).collect())),
                ("vararg", Value::option(p.vararg.as_ref().map(|a| self.arg(a)))),
                ("kwonlyargs", Value::List(p.kwonly.iter().map(|a| self.arg(a)).collect())),
                ("kw_defaults", Value::List(kw_defaults)),
                ("kwarg", Value::option(p.kwarg.as_ref().map(|a| self.arg(a)))),
                ("defaults", Value::List(defaults)),
            ],
        )
    }

    fn comprehensions(&self, generators: &[Comprehension]) -> Value {
        Value::List(
            generators
                .iter()
                .map(|g| {
                    Value::node(
                        "comprehension",
                        vec![
                            ("target", self.expr(&g.target, Ctx::Store)),
                            ("iter", self.expr(&g.iter, Ctx::Load)),
                            ("ifs", self.exprs(&g.ifs, Ctx::Load)),
                            ("is_async", Value::int(0)),
                        ],
                    )
                })
                .collect(),
        )
    }

    fn constant(&self, c: &Constant, span: Span) -> Vec<(&'static str, Value)> {
        let value = match c {
            Constant::None => "None".to_string(),
            Constant::Bool(true) => "True".to_string(),
            Constant::Bool(false) => "False".to_string(),
            Constant::Ellipsis => "Ellipsis".to_string(),
            Constant::Int(IntLiteral::Small(v)) => v.to_string(),
            Constant::Int(IntLiteral::Big { radix, digits }) => int_to_decimal(*radix, digits),
            Constant::Float(v) => float_repr(*v),
            Constant::Imaginary(v) => imaginary_repr(*v),
            Constant::Str(s) => str_repr(s),
            Constant::Bytes(b) => bytes_repr(b),
        };
        // A `u"..."` literal (lowercase only) is recorded with kind 'u'; its
        // span starts at the prefix.
        let u_prefix = matches!(c, Constant::Str(_)) && self.source.as_bytes().get(span.start as usize) == Some(&b'u');
        vec![("value", Value::Repr(value)), ("kind", if u_prefix { Value::name("u") } else { Value::None })]
    }

    fn expr(&self, e: &Expr, ctx: Ctx) -> Value {
        guarded(|| self.expr_unguarded(e, ctx))
    }

    fn expr_unguarded(&self, e: &Expr, ctx: Ctx) -> Value {
        let (class, fields): (&'static str, Vec<(&'static str, Value)>) = match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = Value::node(if *op == BoolOp::And { "And" } else { "Or" }, vec![]);
                ("BoolOp", vec![("op", op), ("values", self.exprs(values, Ctx::Load))])
            }
            ExprKind::NamedExpr { target, value } => {
                ("NamedExpr", vec![("target", self.expr(target, Ctx::Store)), ("value", self.expr(value, Ctx::Load))])
            }
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![("left", self.expr(left, Ctx::Load)), ("op", bin_op(*op)), ("right", self.expr(right, Ctx::Load))],
            ),
            ExprKind::UnaryOp { op, operand } => {
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                ("UnaryOp", vec![("op", Value::node(name, vec![])), ("operand", self.expr(operand, Ctx::Load))])
            }
            ExprKind::Lambda { parameters, body } => {
                ("Lambda", vec![("args", self.arguments(parameters)), ("body", self.expr(body, Ctx::Load))])
            }
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![
                    ("test", self.expr(test, Ctx::Load)),
                    ("body", self.expr(body, Ctx::Load)),
                    ("orelse", self.expr(orelse, Ctx::Load)),
                ],
            ),
            ExprKind::Dict { keys, values } => {
                let keys = keys.iter().map(|k| Value::option(k.as_ref().map(|k| self.expr(k, Ctx::Load)))).collect();
                ("Dict", vec![("keys", Value::List(keys)), ("values", self.exprs(values, Ctx::Load))])
            }
            ExprKind::Set(items) => ("Set", vec![("elts", self.exprs(items, Ctx::Load))]),
            ExprKind::ListComp { elt, generators } => {
                ("ListComp", vec![("elt", self.expr(elt, Ctx::Load)), ("generators", self.comprehensions(generators))])
            }
            ExprKind::SetComp { elt, generators } => {
                ("SetComp", vec![("elt", self.expr(elt, Ctx::Load)), ("generators", self.comprehensions(generators))])
            }
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![("elt", self.expr(elt, Ctx::Load)), ("generators", self.comprehensions(generators))],
            ),
            ExprKind::DictComp { key, value, generators } => (
                "DictComp",
                vec![
                    ("key", self.expr(key, Ctx::Load)),
                    ("value", self.expr(value, Ctx::Load)),
                    ("generators", self.comprehensions(generators)),
                ],
            ),
            ExprKind::Yield(v) => {
                ("Yield", vec![("value", Value::option(v.as_ref().map(|v| self.expr(v, Ctx::Load))))])
            }
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![("value", self.expr(v, Ctx::Load))]),
            ExprKind::Compare { left, ops, comparators } => {
                let ops = ops.iter().map(|op| Value::node(cmp_op(*op), vec![])).collect();
                (
                    "Compare",
                    vec![
                        ("left", self.expr(left, Ctx::Load)),
                        ("ops", Value::List(ops)),
                        ("comparators", self.exprs(comparators, Ctx::Load)),
                    ],
                )
            }
            ExprKind::Call { func, args, keywords } => (
                "Call",
                vec![
                    ("func", self.expr(func, Ctx::Load)),
                    ("args", self.exprs(args, Ctx::Load)),
                    ("keywords", self.keywords(keywords)),
                ],
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let conversion = match conversion {
                    Conversion::None => -1,
                    Conversion::Str => 115,
                    Conversion::Repr => 114,
                    Conversion::Ascii => 97,
                };
                (
                    "FormattedValue",
                    vec![
                        ("value", self.expr(value, Ctx::Load)),
                        ("conversion", Value::int(conversion)),
                        ("format_spec", Value::option(format_spec.as_ref().map(|s| self.expr(s, Ctx::Load)))),
                    ],
                )
            }
            ExprKind::JoinedStr(values) => ("JoinedStr", vec![("values", self.exprs(values, Ctx::Load))]),
            ExprKind::Constant(c) => ("Constant", self.constant(c, e.span)),
            ExprKind::Attribute { value, attr } => (
                "Attribute",
                vec![("value", self.expr(value, Ctx::Load)), ("attr", Value::name(&attr.name)), ("ctx", ctx.value())],
            ),
            ExprKind::Subscript { value, slice } => (
                "Subscript",
                vec![
                    ("value", self.expr(value, Ctx::Load)),
                    ("slice", self.expr(slice, Ctx::Load)),
                    ("ctx", ctx.value()),
                ],
            ),
            ExprKind::Starred(value) => ("Starred", vec![("value", self.expr(value, ctx)), ("ctx", ctx.value())]),
            ExprKind::Name(id) => ("Name", vec![("id", Value::name(id)), ("ctx", ctx.value())]),
            ExprKind::List(items) => ("List", vec![("elts", self.exprs(items, ctx)), ("ctx", ctx.value())]),
            ExprKind::Tuple(items) => ("Tuple", vec![("elts", self.exprs(items, ctx)), ("ctx", ctx.value())]),
            ExprKind::Slice { lower, upper, step } => {
                let part = |p: &Option<Expr>| Value::option(p.as_ref().map(|p| self.expr(p, Ctx::Load)));
                ("Slice", vec![("lower", part(lower)), ("upper", part(upper)), ("step", part(step))])
            }
        };
        self.located(class, fields, e.span)
    }
}

fn idents(names: &[Ident]) -> Value {
    Value::List(names.iter().map(|n| Value::name(&n.name)).collect())
}

fn bin_op(op: BinOp) -> Value {
    let name = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    };
    Value::node(name, vec![])
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
