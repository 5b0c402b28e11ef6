//! The checks CPython makes after parsing, in its symbol-table and compiler
//! stages: misplaced `return`/`yield`/`break`/`continue`, duplicate
//! parameters, repeated keywords, misused starred expressions, and
//! `global`/`nonlocal` declared after use. They run over the whole tree
//! after it parses, so a later *syntax* error still wins, as in CPython.
//! Symbol-table errors come before compiler errors, as in CPython.

use std::collections::HashMap;

use crate::ast::*;
use crate::error::{Stage, SyntaxError};
use crate::span::Span;
use crate::stack::guarded;

/// Runs every check on a module.
pub fn check_module(module: &Module) -> Result<(), SyntaxError> {
    check_module_stages(module).map_err(|e| e.at_stage(Stage::Compiler))
}

fn check_module_stages(module: &Module) -> Result<(), SyntaxError> {
    let mut symbols = Symbols::default();
    symbols.scope(ScopeKind::Module, &[], &module.body)?;
    if let Some(deferred) = symbols.deferred {
        return Err(deferred);
    }
    Compiler::default().block(&module.body)
}

/// Runs the checks that apply to a lone expression (`eval` mode).
pub fn check_expression(expr: &Expr) -> Result<(), SyntaxError> {
    let mut symbols = Symbols::default();
    symbols.expr(expr).and_then(|()| Compiler::default().expr(expr)).map_err(|e| e.at_stage(Stage::Compiler))
}

fn error_at(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(message, span.start, span.end)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
}

/// How a name has been used so far in the current scope.
#[derive(Clone, Copy, Default)]
struct Use {
    param: bool,
    used: bool,
    assigned: bool,
    annotated: bool,
}

/// The symbol-table stage: per-scope records of names, checked when a
/// `global`/`nonlocal` statement arrives.
#[derive(Default)]
struct Symbols<'a> {
    names: Vec<HashMap<&'a str, Use>>,
    kinds: Vec<ScopeKind>,
    /// An error CPython raises only when analysing the finished table
    /// (`nonlocal declaration not allowed at module level`).
    deferred: Option<SyntaxError>,
}

impl<'a> Symbols<'a> {
    fn record(&mut self, name: &'a str, f: impl FnOnce(&mut Use)) {
        if let Some(scope) = self.names.last_mut() {
            f(scope.entry(name).or_default());
        }
    }

    fn scope(&mut self, kind: ScopeKind, params: &[&'a Param], body: &'a [Stmt]) -> Result<(), SyntaxError> {
        self.names.push(HashMap::new());
        self.kinds.push(kind);
        for p in params {
            let mut duplicate = false;
            self.record(&p.name.name, |u| {
                duplicate = u.param;
                u.param = true;
            });
            if duplicate {
                return Err(error_at(
                    format!("duplicate argument '{}' in function definition", p.name.name),
                    p.name.span,
                ));
            }
        }
        let result = body.iter().try_for_each(|s| self.stmt(s));
        self.names.pop();
        self.kinds.pop();
        result
    }

    fn parameters_outer(&mut self, p: &'a Parameters) -> Result<(), SyntaxError> {
        for param in p.iter() {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
            if let Some(a) = &param.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    fn declare(&mut self, names: &'a [Ident], span: Span, keyword: &str) -> Result<(), SyntaxError> {
        for ident in names {
            let name = &ident.name;
            let current = self.names.last().and_then(|s| s.get(&**name)).copied().unwrap_or_default();
            let message = if current.param {
                Some(format!("name '{name}' is parameter and {keyword}"))
            } else if current.used {
                Some(format!("name '{name}' is used prior to {keyword} declaration"))
            } else if current.annotated {
                Some(format!("annotated name '{name}' can't be {keyword}"))
            } else if current.assigned {
                Some(format!("name '{name}' is assigned to before {keyword} declaration"))
            } else {
                None
            };
            if let Some(message) = message {
                return Err(error_at(message, span));
            }
        }
        if keyword == "nonlocal" && self.kinds.last() == Some(&ScopeKind::Module) && self.deferred.is_none() {
            self.deferred = Some(error_at("nonlocal declaration not allowed at module level", span));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        guarded(|| self.stmt_unguarded(s))
    }

    fn stmt_unguarded(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.target(target)
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let (true, ExprKind::Name(n)) = (*simple, &target.kind) {
                    self.record(n, |u| u.annotated = true);
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.expr(e)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Global(names) => self.declare(names, s.span, "global"),
            StmtKind::Nonlocal(names) => self.declare(names, s.span, "nonlocal"),
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).try_for_each(|e| self.expr(e)),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    let bound = match &alias.asname {
                        Some(asname) => &*asname.name,
                        None => alias.name.name.split('.').next().unwrap_or_default(),
                    };
                    self.record(bound, |u| u.assigned = true);
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                body.iter().chain(orelse).try_for_each(|s| self.stmt(s))
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.target(target)?;
                body.iter().chain(orelse).try_for_each(|s| self.stmt(s))
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                body.iter().try_for_each(|s| self.stmt(s))
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                body.iter().try_for_each(|s| self.stmt(s))?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.record(&n.name, |u| u.assigned = true);
                    }
                    h.body.iter().try_for_each(|s| self.stmt(s))?;
                }
                orelse.iter().chain(finalbody).try_for_each(|s| self.stmt(s))
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.parameters_outer(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.record(&f.name.name, |u| u.assigned = true);
                let params: Vec<&Param> = f.parameters.iter().collect();
                self.scope(ScopeKind::Function, &params, &f.body)
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().try_for_each(|d| self.expr(d))?;
                c.bases.iter().try_for_each(|b| self.expr(b))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.record(&c.name.name, |u| u.assigned = true);
                self.scope(ScopeKind::Class, &[], &c.body)
            }
        }
    }

    /// A name, attribute or subscript being bound (or deleted).
    fn target(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.record(n, |u| u.assigned = true);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        guarded(|| self.expr_unguarded(e))
    }

    fn expr_unguarded(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.record(n, |u| u.used = true);
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.target(target)
            }
            ExprKind::Lambda { parameters, body } => {
                self.parameters_outer(parameters)?;
                let params: Vec<&Param> = parameters.iter().collect();
                self.names.push(HashMap::new());
                self.kinds.push(ScopeKind::Function);
                let mut result = Ok(());
                for p in &params {
                    let mut duplicate = false;
                    self.record(&p.name.name, |u| {
                        duplicate = u.param;
                        u.param = true;
                    });
                    if duplicate {
                        result = Err(error_at(
                            format!("duplicate argument '{}' in function definition", p.name.name),
                            p.name.span,
                        ));
                        break;
                    }
                }
                if result.is_ok() {
                    result = self.expr(body);
                }
                self.names.pop();
                self.kinds.pop();
                result
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let kind = match &e.kind {
                    ExprKind::ListComp { .. } => "list comprehension",
                    ExprKind::SetComp { .. } => "set comprehension",
                    _ => "generator expression",
                };
                self.comprehension(kind, &[elt], generators)
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension("dict comprehension", &[key, value], generators)
            }
            _ => {
                let mut result = Ok(());
                ExprNode::for_each_child(e, &mut |child| {
                    if result.is_ok() {
                        result = self.expr(child);
                    }
                });
                result
            }
        }
    }

    fn comprehension(
        &mut self,
        kind: &str,
        elements: &[&'a Expr],
        generators: &'a [Comprehension],
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let mut all: Vec<&Expr> = elements.to_vec();
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                all.push(&g.iter);
            }
            all.extend(&g.ifs);
        }
        for e in all {
            if let Some(y) = find_yield(e) {
                return Err(error_at(format!("'yield' inside {kind}"), y.span));
            }
        }
        Ok(())
    }
}

/// The first `yield` in `e` outside nested function scopes.
fn find_yield(e: &Expr) -> Option<&Expr> {
    guarded(|| find_yield_unguarded(e))
}

fn find_yield_unguarded(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some(e),
        ExprKind::Lambda { .. } => None,
        _ => {
            let mut found = None;
            ExprNode::for_each_child(e, &mut |c| {
                if found.is_none() {
                    found = find_yield(c);
                }
            });
            found
        }
    }
}

/// The compiler stage: context-dependent statements and expressions.
#[derive(Default)]
struct Compiler {
    in_function: bool,
    in_loop: bool,
}

impl Compiler {
    fn block(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn nested(
        &mut self,
        in_function: bool,
        in_loop: bool,
        f: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let saved = (self.in_function, self.in_loop);
        self.in_function = in_function;
        self.in_loop = in_loop;
        let result = f(self);
        (self.in_function, self.in_loop) = saved;
        result
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        guarded(|| self.stmt_unguarded(s))
    }

    fn stmt_unguarded(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.value(value)?;
                targets.iter().try_for_each(|t| self.assign_target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.value(value)
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.value(v)?;
                }
                self.expr(annotation)?;
                self.expr(target)
            }
            StmtKind::Pass
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => Ok(()),
            StmtKind::Break if !self.in_loop => Err(error_at("'break' outside loop", s.span)),
            StmtKind::Continue if !self.in_loop => Err(error_at("'continue' not properly in loop", s.span)),
            StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(_) if !self.in_function => Err(error_at("'return' outside function", s.span)),
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.value(e)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.expr(t)),
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).try_for_each(|e| self.expr(e)),
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.block(body)?;
                self.block(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                let f = self.in_function;
                self.nested(f, true, |c| c.block(body))?;
                self.block(orelse)
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.value(iter)?;
                self.assign_target(target)?;
                let f = self.in_function;
                self.nested(f, true, |c| c.block(body))?;
                self.block(orelse)
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.assign_target(t)?;
                    }
                }
                self.block(body)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.block(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    self.block(&h.body)?;
                }
                self.block(orelse)?;
                self.block(finalbody)
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                for p in f.parameters.iter() {
                    if let Some(d) = &p.default {
                        self.expr(d)?;
                    }
                }
                self.nested(true, false, |c| c.block(&f.body))
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().try_for_each(|d| self.expr(d))?;
                c.bases.iter().try_for_each(|b| self.expr(b))?;
                check_keywords(&c.keywords)?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.nested(false, false, |cc| cc.block(&c.body))
            }
        }
    }

    /// A value where a lone `*x` is not allowed (`x = *a` needs a comma).
    fn value(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(error_at("can't use starred expression here", e.span));
        }
        self.expr(e)
    }

    fn assign_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Starred(_) => Err(error_at("starred assignment target must be in a list or tuple", t.span)),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1 {
                    return Err(error_at("multiple starred expressions in assignment", t.span));
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.assign_target(inner)?,
                        _ => self.assign_target(item)?,
                    }
                }
                Ok(())
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        guarded(|| self.expr_unguarded(e))
    }

    fn expr_unguarded(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if !self.in_function => {
                return Err(error_at("'yield' outside function", e.span));
            }
            ExprKind::Call { keywords, .. } => check_keywords(keywords)?,
            ExprKind::Lambda { parameters, body } => {
                for p in parameters.iter() {
                    if let Some(d) = &p.default {
                        self.expr(d)?;
                    }
                }
                return self.nested(true, false, |c| c.expr(body));
            }
            _ => {}
        }
        let mut result = Ok(());
        ExprNode::for_each_child(e, &mut |child| {
            if result.is_ok() {
                result = self.expr(child);
            }
        });
        result
    }
}

/// `keyword argument repeated: x`, at the second occurrence.
fn check_keywords(keywords: &[Keyword]) -> Result<(), SyntaxError> {
    for (i, k) in keywords.iter().enumerate() {
        let Some(name) = &k.arg else { continue };
        if keywords[..i].iter().any(|earlier| earlier.arg.as_ref().is_some_and(|e| e.name == name.name)) {
            return Err(error_at(format!("keyword argument repeated: {}", name.name), k.span));
        }
    }
    Ok(())
}
