//! Statements: assignment, control flow, `try`/`with` (with exception-table
//! regions and the unwinding that `break`/`continue`/`return` need), imports,
//! definitions.

use std::sync::Arc;

use isopy_syntax::ast::*;
use isopy_syntax::{Span, SyntaxError};

use super::{docstring, has_annotations, Access, Block, Compiler};
use crate::code::Constant;
use crate::opcode::{BinaryOperator, Opcode};
use crate::symtable::ScopeKind;

/// CPython's limit on statically nested blocks.
const MAX_NESTED_BLOCKS: usize = 20;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        isopy_syntax::stack::guarded(|| {
            self.set_location(s.span);
            self.stmt_unguarded(s)
        })
    }

    fn stmt_unguarded(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive && self.unit_ref().kind == ScopeKind::Module {
                    self.expr(e)?;
                    self.emit(Opcode::PrintExpr, 0);
                } else if matches!(e.kind, ExprKind::Constant(_)) || self.folder.fold_node(e).is_some() {
                    // A lone constant (a docstring, `...`, `-1`) does nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Opcode::PopTop, 0);
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.assign(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Break => self.break_or_continue(true, s.span),
            StmtKind::Continue => self.break_or_continue(false, s.span),
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), s.span),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.place(end);
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n = 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    self.emit_name_op(Opcode::ImportName, &alias.name.name);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the innermost module.
                            let mut parts = alias.name.name.split('.').skip(1).peekable();
                            while let Some(part) = parts.next() {
                                self.emit_name_op(Opcode::ImportFrom, part);
                                if parts.peek().is_some() {
                                    self.emit(Opcode::Swap, 2);
                                    self.emit(Opcode::PopTop, 0);
                                }
                            }
                            if alias.name.name.contains('.') {
                                self.emit(Opcode::Swap, 2);
                                self.emit(Opcode::PopTop, 0);
                            }
                            self.name_op(&asname.name, Access::Store);
                        }
                        None => {
                            let top = alias.name.name.split('.').next().unwrap_or_default();
                            self.name_op(top, Access::Store);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Constant::Int(*level as i64));
                let fromlist: Vec<Constant> =
                    names.iter().map(|a| Constant::Str(a.name.name.as_ref().into())).collect();
                self.load_const(Constant::Tuple(fromlist.into()));
                let module_name = module.as_ref().map_or("", |m| &m.name);
                self.emit_name_op(Opcode::ImportName, module_name);
                if names.len() == 1 && &*names[0].name.name == "*" {
                    if self.unit_ref().kind != ScopeKind::Module && self.unit_ref().kind != ScopeKind::Class {
                        return Err(self.error("import * only allowed at module level", s.span));
                    }
                    self.emit(Opcode::ImportStar, 0);
                    return Ok(());
                }
                for alias in names {
                    self.emit_name_op(Opcode::ImportFrom, &alias.name.name);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(&bound.name, Access::Store);
                }
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                if orelse.is_empty() {
                    self.jump_if(test, false, end)?;
                    self.stmts(body)?;
                } else {
                    let otherwise = self.new_label();
                    self.jump_if(test, false, otherwise)?;
                    self.stmts(body)?;
                    self.emit_jump(Opcode::Jump, end);
                    self.place(otherwise);
                    self.stmts(orelse)?;
                }
                self.place(end);
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let otherwise = self.new_label();
                let end = self.new_label();
                self.place(start);
                self.jump_if(test, false, otherwise)?;
                self.push_block(Block::While { start, end }, s.span)?;
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Opcode::Jump, start);
                self.place(otherwise);
                self.stmts(orelse)?;
                self.place(end);
                Ok(())
            }
            StmtKind::For { target, iter, body, orelse } => {
                let start = self.new_label();
                let cleanup = self.new_label();
                let end = self.new_label();
                self.iterable(iter)?;
                self.emit(Opcode::GetIter, 0);
                self.place(start);
                self.at(iter.span, |c| c.emit_jump(Opcode::ForIter, cleanup));
                self.assign(target)?;
                self.push_block(Block::For { start, end }, s.span)?;
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Opcode::Jump, start);
                self.place(cleanup);
                self.stmts(orelse)?;
                self.place(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.with(items, body, s.span),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, s.span)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, s.span)
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span),
            StmtKind::ClassDef(c) => self.class_def(c, s.span),
        }
    }

    fn push_block(&mut self, block: Block<'a>, span: Span) -> Result<(), SyntaxError> {
        if self.unit_ref().blocks.len() >= MAX_NESTED_BLOCKS {
            return Err(self.error("too many statically nested blocks", span));
        }
        self.unit().blocks.push(block);
        Ok(())
    }

    // ------------------------------------------------------------ targets

    /// Stores the value on top of the stack into `target`.
    pub(super) fn assign(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        self.at(target.span, |c| match &target.kind {
            ExprKind::Name(name) => {
                c.name_op(name, Access::Store);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let name = c.mangled(&attr.name);
                c.emit_name_op(Opcode::StoreAttr, &name);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                match items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    Some(star) => {
                        let after = items.len() - star - 1;
                        if star > 0xff || after > 0xffff {
                            return Err(c.error("too many expressions in star-unpacking assignment", target.span));
                        }
                        c.emit(Opcode::UnpackEx, star as u32 | ((after as u32) << 8));
                    }
                    None => c.emit(Opcode::UnpackSequence, items.len() as u32),
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => c.assign(inner)?,
                        _ => c.assign(item)?,
                    }
                }
                Ok(())
            }
            _ => Err(c.error(format!("cannot assign to {}", target.describe()), target.span)),
        })
    }

    fn delete(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        self.at(target.span, |c| match &target.kind {
            ExprKind::Name(name) => {
                c.name_op(name, Access::Delete);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let name = c.mangled(&attr.name);
                c.emit_name_op(Opcode::DeleteAttr, &name);
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| c.delete(i)),
            _ => Err(c.error(format!("cannot delete {}", target.describe()), target.span)),
        })
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> Result<(), SyntaxError> {
        let operator = binary_operator(op) as u32 | BinaryOperator::INPLACE;
        match &target.kind {
            ExprKind::Name(name) => {
                self.at(target.span, |c| c.name_op(name, Access::Load));
                self.expr(value)?;
                self.emit(Opcode::BinaryOp, operator);
                self.at(target.span, |c| c.name_op(name, Access::Store));
            }
            ExprKind::Attribute { value: object, attr } => {
                let name = self.mangled(&attr.name);
                self.expr(object)?;
                self.emit(Opcode::Copy, 1);
                self.at(target.span, |c| c.emit_name_op(Opcode::LoadAttr, &name));
                self.expr(value)?;
                self.emit(Opcode::BinaryOp, operator);
                self.emit(Opcode::Swap, 2);
                self.at(target.span, |c| c.emit_name_op(Opcode::StoreAttr, &name));
            }
            ExprKind::Subscript { value: object, slice } => {
                self.expr(object)?;
                self.expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.at(target.span, |c| c.emit(Opcode::BinarySubscr, 0));
                self.expr(value)?;
                self.emit(Opcode::BinaryOp, operator);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.at(target.span, |c| c.emit(Opcode::StoreSubscr, 0));
            }
            _ => return Err(self.error("illegal expression for augmented assignment", target.span)),
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<(), SyntaxError> {
        if let Some(value) = value {
            self.expr(value)?;
            self.assign(target)?;
        }
        let kind = self.unit_ref().kind;
        let in_namespace = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(name) if simple && in_namespace => {
                // __annotations__[name] = annotation
                self.expr(annotation)?;
                self.emit_name_op(Opcode::LoadName, "__annotations__");
                let name = self.mangled(name);
                self.load_const(Constant::Str(name.into()));
                self.emit(Opcode::StoreSubscr, 0);
            }
            ExprKind::Attribute { value: object, .. } if value.is_none() => {
                // The object is evaluated (and the annotation, at module level).
                self.expr(object)?;
                self.emit(Opcode::PopTop, 0);
                if in_namespace {
                    self.expr(annotation)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            ExprKind::Subscript { value: object, slice } if value.is_none() => {
                self.expr(object)?;
                self.emit(Opcode::PopTop, 0);
                self.expr(slice)?;
                self.emit(Opcode::PopTop, 0);
                if in_namespace {
                    self.expr(annotation)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
            _ => {
                if in_namespace && !simple {
                    self.expr(annotation)?;
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ unwinding

    /// `break` / `continue`: unwinds to the innermost loop.
    fn break_or_continue(&mut self, is_break: bool, span: Span) -> Result<(), SyntaxError> {
        let blocks = self.unit_ref().blocks.clone();
        let saved_handlers = self.unit_ref().handler_stack.clone();
        let result = self.unwind_to_loop(is_break, span, &blocks);
        self.unit().handler_stack = saved_handlers;
        result
    }

    fn unwind_to_loop(&mut self, is_break: bool, span: Span, blocks: &[Block<'a>]) -> Result<(), SyntaxError> {
        for i in (0..blocks.len()).rev() {
            match blocks[i] {
                Block::While { start, end } | Block::For { start, end } => {
                    if is_break {
                        if matches!(blocks[i], Block::For { .. }) {
                            self.emit(Opcode::PopTop, 0);
                        }
                        self.emit_jump(Opcode::Jump, end);
                    } else {
                        self.emit_jump(Opcode::Jump, start);
                    }
                    return Ok(());
                }
                _ => {
                    self.trim_handlers_to_block(i);
                    self.unwind_block(i, false)?
                }
            }
        }
        let message = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
        Err(self.error(message, span))
    }

    /// `return`: unwinds every block, keeping the return value on top.
    fn return_stmt(&mut self, value: Option<&'a Expr>, span: Span) -> Result<(), SyntaxError> {
        if !matches!(self.unit_ref().kind, ScopeKind::Function | ScopeKind::Comprehension) {
            return Err(self.error("'return' outside function", span));
        }
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Constant::None),
        }
        let count = self.unit_ref().blocks.len();
        let saved_handlers = self.unit_ref().handler_stack.clone();
        for i in (0..count).rev() {
            self.trim_handlers_to_block(i);
            self.unwind_block(i, true)?;
        }
        self.set_location(span);
        self.emit(Opcode::ReturnValue, 0);
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    /// Emits what leaving block `index` requires. With `preserve_top`, a
    /// value (the return value) sits above the block's own stack items.
    fn unwind_block(&mut self, index: usize, preserve_top: bool) -> Result<(), SyntaxError> {
        let block = self.unit_ref().blocks[index].clone();
        match block {
            Block::While { .. } => {}
            Block::For { .. } => {
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            Block::TryExcept { .. } => {}
            Block::Finally { body, .. } => {
                // Run the finally body inline, outside its own region and
                // block (a `return` inside it must not run it again).
                let saved_blocks = self.unit_ref().blocks.clone();
                let saved_handlers = self.unit_ref().handler_stack.clone();
                self.unit().blocks.truncate(index);
                self.trim_handlers_to_block(index);
                self.stmts(body)?;
                self.unit().blocks = saved_blocks;
                self.unit().handler_stack = saved_handlers;
            }
            Block::FinallyEnd => {
                // Stack: prev_exc, exc (, value): drop the exception, restore.
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::PopTop, 0);
                    self.emit(Opcode::Swap, 2);
                } else {
                    self.emit(Opcode::PopTop, 0);
                }
                self.emit(Opcode::PopExcept, 0);
            }
            Block::With { .. } => {
                // Stack: exit (, value): call exit(None, None, None).
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.emit(Opcode::Call, 3);
                self.emit(Opcode::PopTop, 0);
            }
            Block::Handler { name } => {
                // Stack: prev_exc (, value).
                if preserve_top {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.name_op(&name, Access::Store);
                    self.name_op(&name, Access::Delete);
                }
            }
        }
        Ok(())
    }

    /// Drops the exception regions opened by blocks at `index` and above.
    fn trim_handlers_to_block(&mut self, index: usize) {
        let blocks = self.unit_ref().blocks.clone();
        let mut keep = self.unit_ref().handler_stack.len();
        for block in blocks.iter().skip(index).rev() {
            let handler = match block {
                Block::Finally { handler, .. } | Block::With { handler } | Block::TryExcept { handler } => {
                    Some(*handler)
                }
                _ => None,
            };
            if let Some(h) = handler {
                if let Some(pos) = self.unit_ref().handler_stack.iter().rposition(|x| *x == h) {
                    keep = keep.min(pos);
                }
            }
        }
        self.unit().handler_stack.truncate(keep);
    }

    // ------------------------------------------------------------ try / with

    /// The cleanup block shared by handlers: restore the previous exception
    /// (3 down) and re-raise, keeping the original instruction index.
    fn emit_cleanup(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        span: Span,
    ) -> Result<(), SyntaxError> {
        let except = self.new_label();
        let end = self.new_label();
        let depth = self.depth();
        let handler = self.push_handler(except, depth, false);
        self.push_block(Block::TryExcept { handler }, span)?;
        self.stmts(body)?;
        self.unit().blocks.pop();
        self.pop_handler();
        self.stmts(orelse)?;
        self.emit_jump(Opcode::Jump, end);
        self.except_handlers(except, depth, handlers, end, span)?;
        self.place(end);
        Ok(())
    }

    /// The handlers of a `try`, entered at `except` with the exception on
    /// top of a stack `depth` deep. Each matching handler ends by jumping to `end`.
    fn except_handlers(
        &mut self,
        except: crate::codegen::Label,
        depth: u32,
        handlers: &'a [ExceptHandler],
        end: crate::codegen::Label,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let cleanup = self.new_label();
        self.place_handler(except, super::Handler { target: except, depth, push_lasti: false });
        // The previous exception stays on the stack while handlers run.
        let outer = self.push_handler(cleanup, depth + 1, true);
        self.emit(Opcode::PushExcInfo, 0);
        for h in handlers {
            self.set_location(h.span);
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            let name: Option<Arc<str>> = h.name.as_ref().map(|n| Arc::from(&*n.name));
            match &name {
                Some(n) => self.name_op(n, Access::Store),
                None => self.emit(Opcode::PopTop, 0),
            }
            // A handler with `as name` unbinds it even when its body raises.
            let body_cleanup = name.as_ref().map(|_| self.new_label());
            if let Some(label) = body_cleanup {
                self.push_handler(label, depth + 1, true);
            }
            self.push_block(Block::Handler { name: name.clone() }, span)?;
            self.stmts(&h.body)?;
            self.unit().blocks.pop();
            if name.is_some() {
                self.pop_handler();
            }
            self.pop_handler();
            self.emit(Opcode::PopExcept, 0);
            if let Some(n) = &name {
                self.load_const(crate::code::Constant::None);
                self.name_op(n, Access::Store);
                self.name_op(n, Access::Delete);
            }
            self.emit_jump(Opcode::Jump, end);
            if let (Some(n), Some(label)) = (&name, body_cleanup) {
                self.place_handler(label, super::Handler { target: label, depth: depth + 1, push_lasti: true });
                self.unit().handler_stack.push(outer);
                self.load_const(crate::code::Constant::None);
                self.name_op(n, Access::Store);
                self.name_op(n, Access::Delete);
                self.emit(Opcode::Reraise, 1);
            } else {
                self.unit().handler_stack.push(outer);
            }
            self.place(next);
            // Restore the depth: exception and previous exception on the stack.
            self.unit().depth = depth + 2;
        }
        // No handler matched: re-raise to the cleanup handler.
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.place_handler(cleanup, outer);
        self.emit_cleanup();
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        span: Span,
    ) -> Result<(), SyntaxError> {
        let finally = self.new_label();
        let end = self.new_label();
        let depth = self.depth();
        let handler = self.push_handler(finally, depth, false);
        self.push_block(Block::Finally { body: finalbody, handler }, span)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, span)?;
        }
        self.unit().blocks.pop();
        self.pop_handler();
        // Normal exit: the finally body, inline.
        self.stmts(finalbody)?;
        self.emit_jump(Opcode::Jump, end);
        // Exceptional exit: the finally body, then re-raise.
        let cleanup = self.new_label();
        self.place_handler(finally, handler);
        let region = self.push_handler(cleanup, depth + 1, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_block(Block::FinallyEnd, span)?;
        self.stmts(finalbody)?;
        self.unit().blocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.place_handler(cleanup, region);
        self.emit_cleanup();
        self.place(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span) -> Result<(), SyntaxError> {
        self.with_items(items, body, span)
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    fn with_items(&mut self, items: &'a [WithItem], body: &'a [Stmt], span: Span) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exceptional = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.at(item.context.span, |c| c.emit(Opcode::BeforeWith, 0));
        // Stack: exit, value.
        let depth = self.depth() - 1;
        let handler = self.push_handler(exceptional, depth, true);
        self.push_block(Block::With { handler }, span)?;
        match &item.target {
            Some(t) => self.assign(t)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.with_items(rest, body, span)?;
        self.unit().blocks.pop();
        self.pop_handler();
        // Normal exit: exit(None, None, None).
        self.set_location(span);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        // Exceptional exit. Stack: exit, lasti, exc.
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.place_handler(exceptional, handler);
        let region = self.push_handler(cleanup, depth + 2, true);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.place(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.pop_handler();
        self.emit_jump(Opcode::Jump, end);
        self.place_handler(cleanup, region);
        self.emit_cleanup();
        self.place(end);
        Ok(())
    }

    // ------------------------------------------------------------ definitions

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> Result<(), SyntaxError> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = self.location_of(f.name.span).line.min(self.location_of(span).line);
        self.set_location(span);
        let qualname = self.qualname_for(&f.name.name);
        let scope = self.table.scope_of(f);
        let flags = self.function_prologue(&f.parameters, f.returns.as_ref())?;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, &f.name.name, &qualname, first_line, private);
        self.set_parameter_counts(&f.parameters);
        let body: &'a [Stmt] = &f.body;
        match docstring(body) {
            Some(doc) => {
                self.add_const(Constant::Str(doc.into()));
                self.unit().docstring = true;
                self.stmts(&body[1..])?;
            }
            None => self.stmts(body)?,
        }
        if self.unit_ref().reachable {
            self.load_const(Constant::None);
            self.emit(Opcode::ReturnValue, 0);
        }
        let code = self.leave_unit();
        self.make_function(code, flags);
        for _ in &f.decorators {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(&f.name.name, Access::Store);
        Ok(())
    }

    /// Pushes defaults, keyword-only defaults and annotations; returns the
    /// MakeFunction flags they set.
    pub(super) fn function_prologue(
        &mut self,
        p: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p.posonly.iter().chain(&p.args).filter_map(|a| a.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&'a Param, &'a Expr)> =
            p.kwonly.iter().filter_map(|a| a.default.as_ref().map(|d| (a, d))).collect();
        if !kwdefaults.is_empty() {
            for (param, d) in &kwdefaults {
                let name = self.mangled(&param.name.name);
                self.load_const(Constant::Str(name.into()));
                self.expr(d)?;
            }
            self.emit(Opcode::BuildMap, kwdefaults.len() as u32);
            flags |= 2;
        }
        let mut annotations = 0;
        for param in p.iter() {
            if let Some(a) = &param.annotation {
                let name = self.mangled(&param.name.name);
                self.load_const(Constant::Str(name.into()));
                self.expr(a)?;
                annotations += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.expr(r)?;
            annotations += 1;
        }
        if annotations > 0 {
            self.emit(Opcode::BuildMap, annotations);
            flags |= 4;
        }
        Ok(flags)
    }

    pub(super) fn set_parameter_counts(&mut self, p: &Parameters) {
        let unit = self.unit();
        unit.posonly_count = p.posonly.len() as u32;
        unit.arg_count = (p.posonly.len() + p.args.len()) as u32;
        unit.kwonly_count = p.kwonly.len() as u32;
        unit.flags.varargs = p.vararg.is_some();
        unit.flags.varkeywords = p.kwarg.is_some();
    }

    /// Pushes the closure (if the code has free variables) and the code,
    /// then MakeFunction.
    pub(super) fn make_function(&mut self, code: Arc<crate::code::Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let i = self.deref_index(name);
                self.emit(Opcode::LoadClosure, i);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, flags);
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> Result<(), SyntaxError> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_location(span);
        let first_line = self.location_of(span).line;
        let qualname = self.qualname_for(&c.name.name);
        let scope = self.table.scope_of(c);
        let needs_cell = self.table.scopes[scope].needs_class_cell;
        self.enter_unit(scope, &c.name.name, &qualname, first_line, Some(c.name.name.to_string()));
        self.name_op("__name__", Access::Load);
        self.name_op("__module__", Access::Store);
        self.load_const(Constant::Str(qualname.as_str().into()));
        self.name_op("__qualname__", Access::Store);
        let body: &'a [Stmt] = &c.body;
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            self.load_const(Constant::Str(doc.into()));
            self.name_op("__doc__", Access::Store);
            rest = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.stmts(rest)?;
        if needs_cell {
            let i = self.deref_index("__class__");
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.emit_name_op(Opcode::StoreName, "__classcell__");
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit();
        self.set_location(span);
        self.emit(Opcode::LoadBuildClass, 0);
        self.make_function(code, 0);
        self.load_const(Constant::Str(c.name.name.as_ref().into()));
        self.call_arguments(&c.bases, &c.keywords, 2, span)?;
        for _ in &c.decorators {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(&c.name.name, Access::Store);
        Ok(())
    }
}

/// The VM's operator number for an AST operator.
pub(crate) fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Subtract,
        BinOp::Mult => BinaryOperator::Multiply,
        BinOp::MatMult => BinaryOperator::MatrixMultiply,
        BinOp::Div => BinaryOperator::TrueDivide,
        BinOp::Mod => BinaryOperator::Remainder,
        BinOp::Pow => BinaryOperator::Power,
        BinOp::LShift => BinaryOperator::Lshift,
        BinOp::RShift => BinaryOperator::Rshift,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::FloorDiv => BinaryOperator::FloorDivide,
    }
}
