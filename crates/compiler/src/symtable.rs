//! Symbol tables: which scope each name belongs to. Built in two passes, as
//! CPython's `symtable.c` does: first every scope records how it uses each
//! name (bound, used, declared global or nonlocal, a parameter); then
//! `analyze` resolves each name to local, global, free or cell, walking
//! the scope tree with the sets of names bound in enclosing functions.

use std::collections::{HashMap, HashSet};

use isopy_syntax::ast::*;
use isopy_syntax::{Span, SyntaxError};

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// A module.
    Module,
    /// A class body.
    Class,
    /// A `def` or `lambda` body.
    Function,
    /// A comprehension or generator expression (a function in 3.x).
    Comprehension,
}

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A local of this scope (fast local in functions, namespace entry otherwise).
    Local,
    /// Declared `global` here.
    GlobalExplicit,
    /// Not bound anywhere enclosing: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a cell.
    Free,
    /// A local that an inner function captures: kept in a cell.
    Cell,
}

const DEF_LOCAL: u16 = 1;
const DEF_PARAM: u16 = 2;
const DEF_GLOBAL: u16 = 4;
const DEF_NONLOCAL: u16 = 8;
const USE: u16 = 16;
/// A class body binds a name that one of its methods uses freely.
const DEF_FREE_CLASS: u16 = 32;
/// An iteration variable of a comprehension (CPython's `DEF_COMP_ITER`).
const DEF_COMP_ITER: u16 = 64;
const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM;

/// A name's use flags and, after analysis, its scope.
#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    flags: u16,
    /// The resolved scope.
    pub scope: NameScope,
}

impl Symbol {
    /// Whether the class body binds this name while a method uses it freely
    /// (the class body then loads it with `LoadClassDeref`).
    pub fn is_free_class(&self) -> bool {
        self.flags & DEF_FREE_CLASS != 0
    }

    /// Whether the name is a parameter.
    pub fn is_parameter(&self) -> bool {
        self.flags & DEF_PARAM != 0
    }
}

/// One block's names.
#[derive(Debug)]
pub struct Scope {
    /// What kind of block.
    pub kind: ScopeKind,
    /// Its name (`<module>`, a function's or class's name, `<lambda>`, `<listcomp>`).
    pub name: String,
    /// Symbols in the order they were first seen (CPython's `co_varnames`
    /// order for locals after the parameters).
    pub names: Vec<String>,
    symbols: HashMap<String, Symbol>,
    /// Parameter names in declaration order.
    pub parameters: Vec<String>,
    /// Nested scopes, in source order.
    pub children: Vec<ScopeId>,
    /// Whether it contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// A class whose methods use `super()` or `__class__`: the body creates
    /// the `__class__` cell.
    pub needs_class_cell: bool,
    /// Whether this scope is nested inside a function.
    pub nested: bool,
    /// Names free in this scope (set during analysis).
    has_free: bool,
    child_free: bool,
    /// How many comprehension iterables (CPython's `ste_comp_iter_expr`)
    /// are being visited in this scope.
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, nested: bool) -> Scope {
        Scope {
            kind,
            name,
            names: Vec::new(),
            symbols: HashMap::new(),
            parameters: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            nested,
            has_free: false,
            child_free: false,
            comp_iter_expr: 0,
        }
    }

    /// The analysed symbol for `name`, if the scope mentions it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// Names with the given scope, in first-seen order.
    pub fn names_with(&self, scope: NameScope) -> impl Iterator<Item = &str> {
        self.names.iter().filter(move |n| self.symbols[n.as_str()].scope == scope).map(|n| n.as_str())
    }

    fn add(&mut self, name: &str, flag: u16) {
        match self.symbols.get_mut(name) {
            Some(symbol) => symbol.flags |= flag,
            None => {
                self.names.push(name.to_string());
                self.symbols.insert(name.to_string(), Symbol { flags: flag, scope: NameScope::GlobalImplicit });
            }
        }
    }
}

/// The scopes of a module: [`SymbolTable::scopes`]`[0]` is the module.
#[derive(Debug)]
pub struct SymbolTable {
    /// Every scope; the module is scope 0.
    pub scopes: Vec<Scope>,
    /// The scope of each function, class, lambda and comprehension node,
    /// keyed by the node's address.
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Builds and analyses the symbol table of a module.
    pub fn of_module(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut builder = Builder::new(ScopeKind::Module, "top");
        for s in &module.body {
            builder.stmt(s)?;
        }
        builder.finish()
    }

    /// Builds and analyses the symbol table of a lone expression.
    pub fn of_expression(expr: &Expr) -> Result<SymbolTable, SyntaxError> {
        let mut builder = Builder::new(ScopeKind::Module, "top");
        builder.expr(expr)?;
        builder.finish()
    }

    /// The scope made for the node at `node` (a `FunctionDef`, `ClassDef`
    /// or an expression node for lambdas and comprehensions).
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

/// CPython's `_Py_Mangle`: inside class `Klass`, `__name` (not ending in
/// `__`, without a dot) becomes `_Klass__name`.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    /// The enclosing class names, for mangling.
    private: Vec<Option<String>>,
    /// Visiting a comprehension's `for` target (CPython's `ste_comp_iter_target`).
    comp_iter_target: bool,
}

fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(message, span.start, span.end).at_stage(isopy_syntax::Stage::Compiler)
}

impl Builder {
    fn new(kind: ScopeKind, name: &str) -> Builder {
        Builder {
            scopes: vec![Scope::new(kind, name.to_string(), false)],
            by_node: HashMap::new(),
            stack: vec![0],
            private: vec![None],
            comp_iter_target: false,
        }
    }

    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("a scope is open");
        &mut self.scopes[id]
    }

    fn private(&self) -> Option<&str> {
        self.private.last().and_then(|p| p.as_deref())
    }

    fn add(&mut self, name: &str, flag: u16) {
        let name = mangle(self.private(), name).into_owned();
        self.current().add(&name, flag);
    }

    fn enter<T>(&mut self, kind: ScopeKind, name: &str, node: &T) -> ScopeId {
        let parent = *self.stack.last().expect("a scope is open");
        let nested = self.scopes[parent].nested
            || matches!(self.scopes[parent].kind, ScopeKind::Function | ScopeKind::Comprehension);
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name.to_string(), nested);
        // A scope inside a comprehension's iterable is still inside it.
        scope.comp_iter_expr = self.scopes[parent].comp_iter_expr;
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn finish(self) -> Result<SymbolTable, SyntaxError> {
        let mut table = SymbolTable { scopes: self.scopes, by_node: self.by_node };
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        analyze(&mut table.scopes, 0, None, &mut free, &mut global)?;
        Ok(table)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        isopy_syntax::stack::guarded(|| self.stmt_unguarded(s))
    }

    fn stmt_unguarded(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                self.expr(target)?;
                self.target(target)
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                // Annotations are evaluated only in module and class bodies.
                if self.current().kind != ScopeKind::Function || !*simple {
                    self.expr(annotation)?;
                }
                self.target(target)
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => v.iter().try_for_each(|e| self.expr(e)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Global(names) => {
                for n in names {
                    self.add(&n.name, DEF_GLOBAL);
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.add(&n.name, DEF_NONLOCAL);
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).try_for_each(|e| self.expr(e)),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    if &*alias.name.name == "*" {
                        continue;
                    }
                    let bound = match &alias.asname {
                        Some(asname) => &*asname.name,
                        None => alias.name.name.split('.').next().unwrap_or_default(),
                    };
                    self.add(bound, DEF_LOCAL);
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.name, DEF_LOCAL);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::FunctionDef(f) => {
                self.add(&f.name.name, DEF_LOCAL);
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.parameter_defaults_and_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.enter(ScopeKind::Function, &f.name.name, &**f);
                self.parameters(&f.parameters);
                self.stmts(&f.body)?;
                self.leave();
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                self.add(&c.name.name, DEF_LOCAL);
                c.decorators.iter().try_for_each(|d| self.expr(d))?;
                c.bases.iter().try_for_each(|b| self.expr(b))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.enter(ScopeKind::Class, &c.name.name, &**c);
                self.private.push(Some(c.name.name.to_string()));
                let result = self.stmts(&c.body);
                self.private.pop();
                self.leave();
                result
            }
        }
    }

    fn parameter_defaults_and_annotations(&mut self, p: &Parameters) -> Result<(), SyntaxError> {
        for param in p.iter() {
            if let Some(d) = &param.default {
                self.expr(d)?;
            }
        }
        for param in p.iter() {
            if let Some(a) = &param.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    /// Declares the parameters in CPython's `co_varnames` order.
    fn parameters(&mut self, p: &Parameters) {
        // CPython's order: positional, keyword-only, `*args`, `**kwargs`.
        let ordered = p.posonly.iter().chain(&p.args).chain(&p.kwonly).chain(&p.vararg).chain(&p.kwarg);
        for param in ordered {
            let name = mangle(self.private(), &param.name.name).into_owned();
            self.current().add(&name, DEF_PARAM);
            self.current().parameters.push(name);
        }
    }

    /// A binding (or deletion) target: names become local, containers
    /// recurse, and an attribute's or subscript's parts are evaluated.
    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => self.add_checked(n, DEF_LOCAL, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, items: &[Expr]) -> Result<(), SyntaxError> {
        items.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        isopy_syntax::stack::guarded(|| self.expr_unguarded(e))
    }

    fn expr_unguarded(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                // Only loads come here: stores go through `target`.
                self.add_checked(n, USE, e.span)?;
                if &**n == "super" && self.current().kind == ScopeKind::Function {
                    self.current().add("__class__", USE);
                }
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                if self.current().comp_iter_expr > 0 {
                    return Err(error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.span,
                    ));
                }
                if self.current().kind == ScopeKind::Comprehension {
                    // CPython binds the target in the enclosing scope before
                    // visiting the value.
                    self.named_expr_target(target)?;
                    self.expr(value)
                } else {
                    self.expr(value)?;
                    self.named_expr_target(target)
                }
            }
            ExprKind::Lambda { parameters, body } => {
                self.parameter_defaults_and_annotations(parameters)?;
                self.enter(ScopeKind::Function, "<lambda>", &**e);
                self.parameters(parameters);
                self.expr(body)?;
                self.leave();
                Ok(())
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, "<listcomp>", &[elt], generators),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, "<setcomp>", &[elt], generators),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, "<genexpr>", &[elt], generators),
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, "<dictcomp>", &[key, value], generators)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.current().is_generator = true;
                let mut result = Ok(());
                ExprNode::for_each_child(e, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result
            }
            _ => {
                let mut result = Ok(());
                ExprNode::for_each_child(e, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result
            }
        }
    }

    /// `x := value` binds in the nearest enclosing scope that is not a
    /// comprehension (PEP 572).
    fn named_expr_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name(name) = &target.kind else { return Ok(()) };
        if self.current().kind != ScopeKind::Comprehension {
            self.add(name, DEF_LOCAL);
            return Ok(());
        }
        // Find the enclosing non-comprehension scope; no comprehension on
        // the way may use the name as an iteration variable.
        let mut depth = self.stack.len() - 1;
        while self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension {
            let scope = &self.scopes[self.stack[depth]];
            if scope.symbols.get(&**name).is_some_and(|s| s.flags & DEF_COMP_ITER != 0) {
                return Err(error(
                    format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    target.span,
                ));
            }
            depth -= 1;
        }
        let owner = self.stack[depth];
        match self.scopes[owner].kind {
            ScopeKind::Class => {
                return Err(error(
                    "assignment expression within a comprehension cannot be used in a class body",
                    target.span,
                ))
            }
            ScopeKind::Module => {
                self.scopes[owner].add(name, DEF_GLOBAL);
                for &id in &self.stack[depth + 1..] {
                    self.scopes[id].add(name, DEF_GLOBAL);
                }
            }
            _ => {
                // A name the function declares global stays global.
                let global = self.scopes[owner].symbols.get(&**name).is_some_and(|s| s.flags & DEF_GLOBAL != 0);
                let (own, inner) = if global { (DEF_GLOBAL, DEF_GLOBAL) } else { (DEF_LOCAL, DEF_NONLOCAL) };
                self.scopes[owner].add(name, own);
                for &id in &self.stack[depth + 1..] {
                    self.scopes[id].add(name, inner);
                }
            }
        }
        Ok(())
    }

    /// A comprehension's iterable, where assignment expressions are refused.
    fn comp_iter(&mut self, iter: &Expr) -> Result<(), SyntaxError> {
        self.current().comp_iter_expr += 1;
        let result = self.expr(iter);
        self.current().comp_iter_expr -= 1;
        result
    }

    /// Records a use or binding of a name (CPython's `symtable_add_def`):
    /// in a comprehension's `for` target the name becomes an iteration
    /// variable, which must not be an assignment expression's target.
    fn add_checked(&mut self, name: &str, flag: u16, span: Span) -> Result<(), SyntaxError> {
        if !self.comp_iter_target {
            self.add(name, flag);
            return Ok(());
        }
        self.add(name, flag | DEF_COMP_ITER);
        let mangled = mangle(self.private(), name).into_owned();
        if self.current().symbols[&mangled].flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
            return Err(error(
                format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                span,
            ));
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        elements: &[&Expr],
        generators: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        // The outermost iterable is evaluated in the enclosing scope.
        self.comp_iter(&generators[0].iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, &**node);
        if name == "<genexpr>" {
            self.scopes[id].is_generator = true;
        }
        self.current().add(".0", DEF_PARAM);
        self.current().parameters.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.comp_iter(&g.iter)?;
            }
            self.comp_iter_target = true;
            let bound = self.target(&g.target);
            self.comp_iter_target = false;
            bound?;
            self.exprs(&g.ifs)?;
        }
        for e in elements {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }
}

/// CPython's `analyze_block`: resolves the names of scope `id` given the
/// names bound in enclosing functions (`bound`, `None` at module level) and
/// the names declared global above; adds this scope's free names to `free`.
fn analyze(
    scopes: &mut [Scope],
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), SyntaxError> {
    let kind = scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut new_global: HashSet<String> = HashSet::new();
    let mut new_bound: HashSet<String> = HashSet::new();
    let mut new_free: HashSet<String> = HashSet::new();
    let mut bound_owned: Option<HashSet<String>> = bound.cloned();

    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = &bound_owned {
            new_bound.extend(b.iter().cloned());
        }
    }

    let names = scopes[id].names.clone();
    for name in &names {
        let flags = scopes[id].symbols[name].flags;
        let resolved = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(error(format!("name '{name}' is nonlocal and global"), Span::default()));
            }
            global.insert(name.clone());
            if let Some(b) = &mut bound_owned {
                b.remove(name);
            }
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            match &bound_owned {
                None => {
                    return Err(error("nonlocal declaration not allowed at module level", Span::default()));
                }
                Some(b) if !b.contains(name) => {
                    return Err(error(format!("no binding for nonlocal '{name}' found"), Span::default()));
                }
                Some(_) => {}
            }
            scopes[id].has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound_owned.as_ref().is_some_and(|b| b.contains(name)) {
            scopes[id].has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else {
            if scopes[id].nested {
                scopes[id].has_free = true;
            }
            NameScope::GlobalImplicit
        };
        scopes[id].symbols.get_mut(name).expect("listed name").scope = resolved;
    }

    if kind != ScopeKind::Class {
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_owned {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }

    let mut all_free: HashSet<String> = HashSet::new();
    let children = scopes[id].children.clone();
    for child in children {
        let mut child_global = new_global.clone();
        let mut child_free = HashSet::new();
        analyze(scopes, child, Some(&new_bound), &mut child_free, &mut child_global)?;
        if scopes[child].has_free || scopes[child].child_free {
            scopes[id].child_free = true;
        }
        all_free.extend(child_free);
    }
    new_free.extend(all_free);

    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            // Locals captured by inner functions become cells.
            for name in &names {
                let symbol = scopes[id].symbols.get_mut(name).expect("listed name");
                if symbol.scope == NameScope::Local && new_free.remove(name) {
                    symbol.scope = NameScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                scopes[id].needs_class_cell = true;
            }
        }
        ScopeKind::Module => {}
    }

    // Free names of children that this scope does not bind pass through it.
    let is_class = kind == ScopeKind::Class;
    let mut sorted: Vec<String> = new_free.iter().cloned().collect();
    sorted.sort();
    for name in sorted {
        if let Some(symbol) = scopes[id].symbols.get_mut(&name) {
            if is_class && symbol.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                symbol.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound_owned.as_ref().is_some_and(|b| !b.contains(&name)) || bound_owned.is_none() {
            continue;
        }
        scopes[id].names.push(name.clone());
        scopes[id].symbols.insert(name.clone(), Symbol { flags: 0, scope: NameScope::Free });
    }
    free.extend(new_free);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        SymbolTable::of_module(&isopy_syntax::parse_module(src).unwrap()).unwrap()
    }

    fn scope_named<'a>(t: &'a SymbolTable, name: &str) -> &'a Scope {
        t.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn closures_make_cells_and_free_variables() {
        let t = table("def outer(a):\n    b = 1\n    def inner():\n        return a + b + c\n    return inner\n");
        let outer = scope_named(&t, "outer");
        assert_eq!(outer.lookup("a").unwrap().scope, NameScope::Cell);
        assert_eq!(outer.lookup("b").unwrap().scope, NameScope::Cell);
        let inner = scope_named(&t, "inner");
        assert_eq!(inner.lookup("a").unwrap().scope, NameScope::Free);
        assert_eq!(inner.lookup("c").unwrap().scope, NameScope::GlobalImplicit);
    }

    #[test]
    fn class_scopes_are_skipped_by_methods() {
        let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n");
        assert_eq!(scope_named(&t, "m").lookup("x").unwrap().scope, NameScope::GlobalImplicit);
    }

    #[test]
    fn super_gives_the_class_a_class_cell() {
        let t = table("class C(B):\n    def m(self):\n        return super().m()\n");
        assert!(scope_named(&t, "C").needs_class_cell);
        assert_eq!(scope_named(&t, "m").lookup("__class__").unwrap().scope, NameScope::Free);
    }

    #[test]
    fn nonlocal_and_global_resolve() {
        let t = table(
            "g = 0\ndef f():\n    n = 0\n    def h():\n        nonlocal n\n        global g\n        n = g = 1\n",
        );
        let h = scope_named(&t, "h");
        assert_eq!(h.lookup("n").unwrap().scope, NameScope::Free);
        assert_eq!(h.lookup("g").unwrap().scope, NameScope::GlobalExplicit);
        assert_eq!(scope_named(&t, "f").lookup("n").unwrap().scope, NameScope::Cell);
    }

    #[test]
    fn walrus_in_comprehension_binds_in_the_function() {
        let t = table("def f(xs):\n    [y := x for x in xs]\n    return y\n");
        assert_eq!(scope_named(&t, "f").lookup("y").unwrap().scope, NameScope::Cell);
        assert_eq!(scope_named(&t, "<listcomp>").lookup("y").unwrap().scope, NameScope::Free);
    }

    #[test]
    fn missing_nonlocal_binding_is_an_error() {
        let module = isopy_syntax::parse_module("def f():\n    nonlocal q\n").unwrap();
        let err = SymbolTable::of_module(&module).unwrap_err();
        assert_eq!(err.message, "no binding for nonlocal 'q' found");
    }

    /// The message and (line, column, end line, end column) of a symbol
    /// table error, columns 1-based as CPython's `SyntaxError` gives them.
    fn table_error(src: &str) -> (String, (u32, u32, u32, u32)) {
        let module = isopy_syntax::parse_module(src).unwrap();
        let err = SymbolTable::of_module(&module).unwrap_err();
        let at = err.locate(src, "<s>", isopy_syntax::SourceOrigin::String);
        (err.message, (at.line, at.offset, at.end_line, at.end_offset))
    }

    #[test]
    fn walrus_cannot_rebind_an_iteration_variable() {
        let message =
            |name: &str| format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
        assert_eq!(table_error("[i := 0 for i in range(3)]\n"), (message("i"), (1, 2, 1, 3)));
        // An enclosing comprehension's variable counts too; so do names in
        // tuple and attribute targets.
        assert_eq!(table_error("[[(j := j) for i in a] for j in b]\n"), (message("j"), (1, 4, 1, 5)));
        assert_eq!(table_error("[(a, b) for a, b in x if (a := 1)]\n"), (message("a"), (1, 27, 1, 28)));
        assert_eq!(table_error("[x for x.y in z if (x := 1)]\n"), (message("x"), (1, 21, 1, 22)));
        assert_eq!(table_error("{i: (i := 1) for i in x}\n"), (message("i"), (1, 6, 1, 7)));
    }

    #[test]
    fn inner_loop_cannot_rebind_a_walrus_target() {
        assert_eq!(
            table_error("[i for j in range(5) if (i := j) for i in range(3)]\n"),
            ("comprehension inner loop cannot rebind assignment expression target 'i'".to_string(), (1, 38, 1, 39))
        );
    }

    #[test]
    fn walrus_is_refused_in_a_comprehension_iterable() {
        let message = "assignment expression cannot be used in a comprehension iterable expression".to_string();
        assert_eq!(table_error("[x for x in (y := [1, 2])]\n"), (message.clone(), (1, 14, 1, 25)));
        assert_eq!(table_error("[x for a in b for x in (c := d)]\n"), (message.clone(), (1, 25, 1, 31)));
        // Also in a scope nested in the iterable, and before the element's own error.
        assert_eq!(table_error("[x for x in [(y := 1) for z in w]]\n"), (message.clone(), (1, 15, 1, 21)));
        assert_eq!(table_error("[x for x in (lambda: (y := 1))()]\n"), (message.clone(), (1, 23, 1, 29)));
        assert_eq!(table_error("def f():\n    [y := 2 for y in (z := 3)]\n"), (message.clone(), (2, 23, 2, 29)));
        assert_eq!(table_error("class C:\n    [x for x in (y := 1)]\n"), (message, (2, 18, 2, 24)));
    }

    #[test]
    fn walrus_in_comprehension_keeps_a_global_declaration() {
        let t = table("def f():\n    global g\n    return [g := 1 for _ in range(2)]\n");
        assert_eq!(scope_named(&t, "f").lookup("g").unwrap().scope, NameScope::GlobalExplicit);
        assert_eq!(scope_named(&t, "<listcomp>").lookup("g").unwrap().scope, NameScope::GlobalExplicit);
    }

    #[test]
    fn private_names_are_mangled() {
        assert_eq!(mangle(Some("Klass"), "__x"), "_Klass__x");
        assert_eq!(mangle(Some("_Klass"), "__x"), "_Klass__x");
        assert_eq!(mangle(Some("Klass"), "__x__"), "__x__");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
