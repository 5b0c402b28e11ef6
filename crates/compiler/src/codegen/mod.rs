//! Code generation: AST + symbol table to code objects. `mod.rs` holds the
//! machinery (one [`Unit`] per scope being compiled, labels, stack depth,
//! exception-table regions, assembly); `stmt.rs` and `expr.rs` hold the
//! translation of each node family, following CPython 3.11's `compile.c`.

mod expr;
mod stmt;

use std::collections::HashMap;
use std::sync::Arc;

use isopy_syntax::ast::{Constant as AstConstant, ExprKind, Module, Stmt, StmtKind};
use isopy_syntax::{LineIndex, Span, Stage, SyntaxError};

use crate::code::{Code, CodeFlags, Constant, ExceptionEntry, Location};
use crate::opcode::{Instruction, Opcode, Operand};
use crate::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};

/// A jump target, resolved to an instruction index when the unit is assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Label(u32);

/// An exception handler region: instructions emitted while it is the
/// innermost region jump to `target` on an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Handler {
    target: Label,
    depth: u32,
    push_lasti: bool,
}

/// What `break`, `continue` and `return` must unwind on their way out.
#[derive(Clone, Debug)]
pub(crate) enum Block<'a> {
    /// A `while` loop: `continue` jumps to `start`, `break` to `end`.
    While { start: Label, end: Label },
    /// A `for` loop: like `While`, and the iterator must be popped.
    For { start: Label, end: Label },
    /// A `try` body with a `finally`: its body is run inline on the way out.
    Finally { body: &'a [Stmt], handler: Handler },
    /// Inside a `finally` block run after an exception: the previous
    /// exception is on the stack under the exception.
    FinallyEnd,
    /// A `with` body: `__exit__(None, None, None)` is called on the way out.
    With { handler: Handler },
    /// An `except` handler body: the previous exception is restored, and
    /// the `as` name unbound.
    Handler { name: Option<Arc<str>> },
    /// A `try` body with handlers (only the exception region to close).
    TryExcept { handler: Handler },
}

/// The code object being built for one scope.
pub(crate) struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: Arc<str>,
    qualname: Arc<str>,
    first_line: u32,
    instructions: Vec<Instruction>,
    locations: Vec<Location>,
    handlers_of: Vec<Option<Handler>>,
    constants: Vec<Constant>,
    names: Vec<Arc<str>>,
    name_index: HashMap<Arc<str>, u32>,
    varnames: Vec<Arc<str>>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    labels: Vec<Option<u32>>,
    label_depth: HashMap<Label, u32>,
    depth: u32,
    max_depth: u32,
    /// False after an unconditional jump, return or raise, until a label.
    reachable: bool,
    handler_stack: Vec<Handler>,
    blocks: Vec<Block<'a>>,
    location: Location,
    docstring: bool,
    arg_count: u32,
    posonly_count: u32,
    kwonly_count: u32,
    flags: CodeFlags,
    private: Option<String>,
}

/// Compiles ASTs; one per module or expression.
pub struct Compiler<'a> {
    table: SymbolTable,
    lines: LineIndex,
    source: &'a str,
    filename: Arc<str>,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// Constant folding (CPython's AST optimizer), asked about each node.
    folder: crate::fold::Folder,
}

fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::new(message, span.start, span.end).at_stage(Stage::Compiler)
}

impl<'a> Compiler<'a> {
    /// Compiles a module's statements (`exec` mode), or with `interactive`
    /// the REPL's `single` mode, which prints expression statements' values.
    pub fn compile_module(
        module: &'a Module,
        source: &'a str,
        filename: &str,
        interactive: bool,
    ) -> Result<Arc<Code>, SyntaxError> {
        let table = SymbolTable::of_module(module)?;
        let mut compiler = Compiler {
            table,
            lines: LineIndex::new(source),
            source,
            filename: filename.into(),
            units: Vec::new(),
            interactive,
            folder: Default::default(),
        };
        compiler.enter_unit(0, "<module>", "<module>", 1, None);
        compiler.module_body(&module.body)?;
        compiler.load_const(Constant::None);
        compiler.emit(Opcode::ReturnValue, 0);
        Ok(compiler.leave_unit())
    }

    /// Compiles a lone expression (`eval` mode): the code returns its value.
    pub fn compile_expression(
        expr: &'a isopy_syntax::ast::Expr,
        source: &'a str,
        filename: &str,
    ) -> Result<Arc<Code>, SyntaxError> {
        let table = SymbolTable::of_expression(expr)?;
        let mut compiler = Compiler {
            table,
            lines: LineIndex::new(source),
            source,
            filename: filename.into(),
            units: Vec::new(),
            interactive: false,
            folder: Default::default(),
        };
        compiler.enter_unit(0, "<module>", "<module>", 1, None);
        compiler.expr(expr)?;
        compiler.emit(Opcode::ReturnValue, 0);
        Ok(compiler.leave_unit())
    }

    fn module_body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            if !self.interactive {
                self.set_location(body[0].span);
                self.load_const(Constant::Str(doc.into()));
                self.store_name("__doc__");
                rest = &body[1..];
            }
        }
        if has_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.stmts(rest)
    }

    // ------------------------------------------------------------ units

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    /// Opens the unit for scope `scope`.
    fn enter_unit(&mut self, scope: ScopeId, name: &str, qualname: &str, first_line: u32, private: Option<String>) {
        let s = &self.table.scopes[scope];
        let mut varnames: Vec<Arc<str>> = Vec::new();
        let mut cellvars: Vec<Arc<str>> = Vec::new();
        let mut freevars: Vec<Arc<str>> = Vec::new();
        let is_function = matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension);
        if is_function {
            for p in &s.parameters {
                varnames.push(p.as_str().into());
            }
            for n in s.names_with(NameScope::Local).chain(s.names_with(NameScope::Cell)) {
                if !s.parameters.iter().any(|p| p == n) && !varnames.iter().any(|v| &**v == n) {
                    // Only non-cell locals are fast locals; cells are added below.
                    if s.lookup(n).map(|sym| sym.scope) == Some(NameScope::Local) {
                        varnames.push(n.into());
                    }
                }
            }
        }
        let mut cells: Vec<&str> = s.names_with(NameScope::Cell).collect();
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            cells.push("__class__");
        }
        cells.sort_unstable();
        cellvars.extend(cells.into_iter().map(Arc::from));
        let mut frees: Vec<&str> = s
            .names
            .iter()
            .map(|n| n.as_str())
            .filter(|n| {
                let sym = s.lookup(n).expect("listed");
                sym.scope == NameScope::Free || (s.kind == ScopeKind::Class && sym.is_free_class())
            })
            .collect();
        frees.sort_unstable();
        freevars.extend(frees.into_iter().map(Arc::from));
        let flags = CodeFlags {
            function: is_function,
            generator: s.is_generator,
            varargs: false,
            varkeywords: false,
            class_body: s.kind == ScopeKind::Class,
        };
        let unit = Unit {
            scope,
            kind: s.kind,
            name: name.into(),
            qualname: qualname.into(),
            first_line,
            instructions: Vec::new(),
            locations: Vec::new(),
            handlers_of: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            label_depth: HashMap::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            handler_stack: Vec::new(),
            blocks: Vec::new(),
            location: Location { line: first_line, end_line: first_line, column: 0, end_column: 0 },
            docstring: false,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            flags,
            private,
        };
        self.units.push(unit);
    }

    /// Closes the innermost unit and assembles its code object.
    fn leave_unit(&mut self) -> Arc<Code> {
        let unit = self.units.pop().expect("a unit is open");
        let scope = &self.table.scopes[unit.scope];
        let labels: Vec<u32> = unit.labels.iter().map(|l| l.expect("every label is placed")).collect();
        let instructions: Vec<Instruction> =
            unit.instructions
                .iter()
                .map(|&ins| {
                    if ins.opcode().operand() == Operand::Jump {
                        ins.with_arg(labels[ins.arg() as usize])
                    } else {
                        ins
                    }
                })
                .collect();
        let mut exception_table: Vec<ExceptionEntry> = Vec::new();
        for (i, handler) in unit.handlers_of.iter().enumerate() {
            let Some(h) = handler else { continue };
            let i = i as u32;
            let target = labels[h.target.0 as usize];
            if let Some(last) = exception_table.last_mut() {
                if last.end == i && last.target == target && last.depth == h.depth && last.push_lasti == h.push_lasti {
                    last.end = i + 1;
                    continue;
                }
            }
            exception_table.push(ExceptionEntry {
                start: i,
                end: i + 1,
                target,
                depth: h.depth,
                push_lasti: h.push_lasti,
            });
        }
        let cell_parameters =
            unit.cellvars.iter().map(|c| scope.parameters.iter().position(|p| **p == **c).map(|i| i as u32)).collect();
        Arc::new(Code {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            flags: unit.flags,
            arg_count: unit.arg_count,
            posonly_count: unit.posonly_count,
            kwonly_count: unit.kwonly_count,
            instructions: instructions.into(),
            locations: unit.locations.into(),
            constants: unit.constants.into(),
            names: unit.names.into(),
            varnames: unit.varnames.into(),
            cellvars: unit.cellvars.into(),
            cell_parameters,
            freevars: unit.freevars.into(),
            exception_table: exception_table.into(),
            max_stack: unit.max_depth + 1,
            docstring: unit.docstring,
        })
    }

    // ------------------------------------------------------------ emission

    fn location_of(&self, span: Span) -> Location {
        let line = self.lines.line_of(span.start);
        let end_line = self.lines.line_of(span.end);
        Location {
            line,
            end_line,
            column: span.start - self.lines.line_start(line),
            end_column: span.end - self.lines.line_start(end_line),
        }
    }

    /// Makes instructions emitted from now on point at `span`.
    fn set_location(&mut self, span: Span) {
        let location = self.location_of(span);
        self.unit().location = location;
    }

    /// Runs `f` with instructions pointing at `span`, then restores the
    /// previous location (so an operator emitted after its operands points
    /// at the whole expression).
    fn at<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit_ref().location;
        self.set_location(span);
        let result = f(self);
        self.unit().location = saved;
        result
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let unit = self.unit();
        let handler = unit.handler_stack.last().copied();
        unit.instructions.push(Instruction::new(op, arg));
        unit.locations.push(unit.location);
        unit.handlers_of.push(handler);
        let is_jump = op.operand() == Operand::Jump;
        if is_jump {
            let label = Label(arg);
            let at_jump = (unit.depth as i32 + op.stack_effect(arg, true)).max(0) as u32;
            unit.label_depth.entry(label).or_insert(at_jump);
        }
        unit.depth = (unit.depth as i32 + op.stack_effect(arg, false)).max(0) as u32;
        unit.max_depth = unit.max_depth.max(unit.depth);
        if matches!(op, Opcode::Jump | Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise) {
            unit.reachable = false;
        }
    }

    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.emit(op, label.0);
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    /// Places `label` at the next instruction. After an unconditional
    /// transfer, the stack depth is the one the jumps to it recorded.
    fn place(&mut self, label: Label) {
        let unit = self.unit();
        unit.labels[label.0 as usize] = Some(unit.instructions.len() as u32);
        if let Some(&depth) = unit.label_depth.get(&label) {
            if !unit.reachable {
                unit.depth = depth;
            }
        }
        unit.reachable = true;
    }

    /// Places a handler label: the stack holds the handler's depth, the
    /// instruction index if pushed, and the exception.
    fn place_handler(&mut self, label: Label, handler: Handler) {
        self.place(label);
        let unit = self.unit();
        unit.depth = handler.depth + u32::from(handler.push_lasti) + 1;
        unit.max_depth = unit.max_depth.max(unit.depth);
    }

    fn depth(&self) -> u32 {
        self.unit_ref().depth
    }

    fn push_handler(&mut self, target: Label, depth: u32, push_lasti: bool) -> Handler {
        let handler = Handler { target, depth, push_lasti };
        self.unit().handler_stack.push(handler);
        handler
    }

    fn pop_handler(&mut self) {
        self.unit().handler_stack.pop();
    }

    fn add_const(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.constants.iter().position(|c| c.same_as(&constant)) {
            return i as u32;
        }
        unit.constants.push(constant);
        unit.constants.len() as u32 - 1
    }

    fn load_const(&mut self, constant: Constant) {
        let i = self.add_const(constant);
        self.emit(Opcode::LoadConst, i);
    }

    /// The index of `name` in the unit's names (attributes, globals).
    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let name: Arc<str> = name.into();
        unit.names.push(name.clone());
        let i = unit.names.len() as u32 - 1;
        unit.name_index.insert(name, i);
        i
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name).into_owned()
    }

    fn emit_name_op(&mut self, op: Opcode, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    /// Emits the load, store or delete of variable `name`, choosing the
    /// opcode from the symbol table as CPython's `compiler_nameop` does.
    fn name_op(&mut self, name: &str, access: Access) {
        let name = self.mangled(name);
        let unit = self.unit_ref();
        let scope = &self.table.scopes[unit.scope];
        let kind = unit.kind;
        let symbol = scope.lookup(&name).copied();
        let resolved = symbol.map(|s| s.scope);
        let is_function = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        enum How {
            Fast(u32),
            Deref(u32),
            Global,
            Name,
        }
        let how = match resolved {
            Some(NameScope::Free) | Some(NameScope::Cell) => How::Deref(self.deref_index(&name)),
            Some(NameScope::Local) if is_function => {
                How::Fast(unit.varnames.iter().position(|v| **v == *name).expect("local in varnames") as u32)
            }
            Some(NameScope::GlobalImplicit) if is_function => How::Global,
            Some(NameScope::GlobalExplicit) => How::Global,
            None if is_function => How::Global,
            _ => How::Name,
        };
        match (how, access) {
            (How::Fast(i), Access::Load) => self.emit(Opcode::LoadFast, i),
            (How::Fast(i), Access::Store) => self.emit(Opcode::StoreFast, i),
            (How::Fast(i), Access::Delete) => self.emit(Opcode::DeleteFast, i),
            (How::Deref(i), Access::Load) => {
                let op = if kind == ScopeKind::Class { Opcode::LoadClassDeref } else { Opcode::LoadDeref };
                self.emit(op, i)
            }
            (How::Deref(i), Access::Store) => self.emit(Opcode::StoreDeref, i),
            (How::Deref(i), Access::Delete) => self.emit(Opcode::DeleteDeref, i),
            (How::Global, Access::Load) => self.emit_name_op(Opcode::LoadGlobal, &name),
            (How::Global, Access::Store) => self.emit_name_op(Opcode::StoreGlobal, &name),
            (How::Global, Access::Delete) => self.emit_name_op(Opcode::DeleteGlobal, &name),
            (How::Name, Access::Load) => {
                // A class body loads a name its methods capture from the cell
                // if the class namespace lacks it.
                if kind == ScopeKind::Class && symbol.is_some_and(|s| s.is_free_class()) {
                    let i = self.deref_index(&name);
                    self.emit(Opcode::LoadClassDeref, i);
                } else {
                    self.emit_name_op(Opcode::LoadName, &name)
                }
            }
            (How::Name, Access::Store) => self.emit_name_op(Opcode::StoreName, &name),
            (How::Name, Access::Delete) => self.emit_name_op(Opcode::DeleteName, &name),
        }
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, Access::Store);
    }

    /// The `Deref` operand of cell or free variable `name`.
    fn deref_index(&self, name: &str) -> u32 {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|c| **c == *name) {
            return i as u32;
        }
        let i = unit.freevars.iter().position(|f| **f == *name).expect("a cell or free variable");
        (unit.cellvars.len() + i) as u32
    }

    /// The source text of `span` (for the `=` of f-strings, nothing else).
    #[allow(dead_code)]
    fn text(&self, span: Span) -> &str {
        span.slice(self.source)
    }

    /// The qualified name of a definition named `name` in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match unit.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", unit.qualname, name),
            ScopeKind::Function | ScopeKind::Comprehension => format!("{}.<locals>.{}", unit.qualname, name),
        }
    }

    fn error(&self, message: impl Into<String>, span: Span) -> SyntaxError {
        error(message, span)
    }
}

/// Whether a name is read, written or deleted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    Load,
    Store,
    Delete,
}

/// The docstring of a body: its first statement, if a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match &e.kind {
            ExprKind::Constant(AstConstant::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module or class body has a simple annotated assignment at its
/// own level (then it needs `__annotations__`).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
