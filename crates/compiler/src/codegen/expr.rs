//! Expressions: operators, calls, displays, comprehensions, lambdas,
//! generators' `yield`, f-strings, and conditions compiled straight to jumps.

use isopy_syntax::ast::Constant as AstConstant;
use isopy_syntax::ast::*;
use isopy_syntax::{Span, SyntaxError};

use super::stmt::binary_operator;
use super::{Access, Compiler, Label};
use crate::code::Constant;
use crate::opcode::{Comparison, Opcode, UnaryOperator};

/// CPython 3.11's limit on decimal digits in an int literal.
const MAX_STR_DIGITS: usize = 4300;

/// Which container a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        isopy_syntax::stack::guarded(|| self.at(e.span, |c| c.expr_unguarded(e)))
    }

    fn expr_unguarded(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if let Some(folded) = self.folder.fold_node(e) {
            self.load_const(folded);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(c) => {
                let constant = self.constant(c, e.span)?;
                self.load_const(constant);
            }
            ExprKind::Name(name) => self.name_op(name, Access::Load),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.mangled(&attr.name);
                self.emit_name_op(Opcode::LoadAttr, &name);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::BinarySubscr, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
            }
            ExprKind::Call { func, args, keywords } => self.call(func, args, keywords, e.span)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BinaryOp, binary_operator(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                if let (UnaryOp::Not, Some((left, op, right))) = (op, inverted_comparison(operand)) {
                    // `not a in b` is `a not in b` (CPython's AST optimizer).
                    return self.compare(left, &[op], std::slice::from_ref(right));
                }
                self.expr(operand)?;
                let op = match op {
                    UnaryOp::USub => UnaryOperator::Negative,
                    UnaryOp::UAdd => UnaryOperator::Positive,
                    UnaryOp::Invert => UnaryOperator::Invert,
                    UnaryOp::Not => UnaryOperator::Not,
                };
                self.emit(Opcode::UnaryOp, op as u32);
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOp::And { Opcode::JumpIfFalseOrPop } else { Opcode::JumpIfTrueOrPop };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.place(end);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, otherwise)?;
                self.expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.place(otherwise);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::Lambda { parameters, body } => {
                let flags = self.function_prologue(parameters, None)?;
                let scope = self.table.scope_of(&**e);
                let qualname = self.qualname_for("<lambda>");
                let line = self.location_of(e.span).line;
                let private = self.unit_ref().private.clone();
                self.enter_unit(scope, "<lambda>", &qualname, line, private);
                self.set_parameter_counts(parameters);
                // A lambda's co_consts[0] is None (no docstring), as in CPython.
                self.add_const(Constant::None);
                self.expr(body)?;
                self.emit(Opcode::ReturnValue, 0);
                let code = self.leave_unit();
                self.make_function(code, flags);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.assign(target)?;
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(is_starred) {
                    self.starred_sequence(items, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)?;
                    self.emit(Opcode::ListToTuple, 0);
                } else {
                    self.exprs(items)?;
                    self.emit(Opcode::BuildTuple, items.len() as u32);
                }
            }
            ExprKind::List(items) => {
                if let Some(folded) = self.constant_items(items) {
                    // CPython 3.11: BUILD_LIST 0, LOAD_CONST tuple, LIST_EXTEND 1.
                    self.emit(Opcode::BuildList, 0);
                    self.load_const(Constant::Tuple(folded.into()));
                    self.emit(Opcode::ListExtend, 1);
                } else if items.iter().any(is_starred) {
                    self.starred_sequence(items, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)?;
                } else {
                    self.exprs(items)?;
                    self.emit(Opcode::BuildList, items.len() as u32);
                }
            }
            ExprKind::Set(items) => {
                if let Some(folded) = self.constant_items(items) {
                    // CPython 3.11: BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1.
                    self.emit(Opcode::BuildSet, 0);
                    self.load_const(Constant::FrozenSet(folded.into()));
                    self.emit(Opcode::SetUpdate, 1);
                } else if items.iter().any(is_starred) {
                    self.starred_sequence(items, Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate)?;
                } else {
                    self.exprs(items)?;
                    self.emit(Opcode::BuildSet, items.len() as u32);
                }
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, Comp::List, elt, None, generators)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, Comp::Set, elt, None, generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, Comp::Generator, elt, None, generators)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, Comp::Dict, key, Some(value), generators)?
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                let start = self.new_label();
                let exit = self.new_label();
                self.place(start);
                self.emit_jump(Opcode::Send, exit);
                self.emit(Opcode::YieldValue, 0);
                self.emit_jump(Opcode::Jump, start);
                self.place(exit);
            }
            ExprKind::JoinedStr(values) => self.joined_str(values)?,
            ExprKind::FormattedValue { .. } => self.formatted_value(e)?,
            ExprKind::Starred(_) => return Err(self.error("can't use starred expression here", e.span)),
        }
        Ok(())
    }

    fn exprs(&mut self, items: &'a [Expr]) -> Result<(), SyntaxError> {
        items.iter().try_for_each(|e| self.expr(e))
    }

    /// The items of a list or set display of more than two items that all
    /// fold to constants (CPython's compiler then loads them as one tuple).
    fn constant_items(&mut self, items: &'a [Expr]) -> Option<Vec<Constant>> {
        if items.len() <= 2 {
            return None;
        }
        crate::fold::constant_items(&mut self.folder, items)
    }

    /// An iterable that is only iterated over or searched (a `for` loop's,
    /// a comprehension's, the right operand of `in`): CPython's `fold_iter`
    /// makes a list display a tuple and a set display of constants a
    /// frozenset constant.
    pub(super) fn iterable(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::List(items) if !items.iter().any(is_starred) => self.at(e.span, |c| {
                match crate::fold::constant_items(&mut c.folder, items) {
                    Some(folded) => c.load_const(Constant::Tuple(folded.into())),
                    None => {
                        c.exprs(items)?;
                        c.emit(Opcode::BuildTuple, items.len() as u32);
                    }
                }
                Ok(())
            }),
            ExprKind::Set(items) => match crate::fold::constant_items(&mut self.folder, items) {
                Some(folded) => {
                    self.at(e.span, |c| c.load_const(Constant::FrozenSet(folded.into())));
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    /// A literal's constant. Decimal ints beyond CPython's digit limit are
    /// refused as CPython 3.11 refuses them.
    fn constant(&self, c: &AstConstant, span: Span) -> Result<Constant, SyntaxError> {
        Ok(match c {
            AstConstant::None => Constant::None,
            AstConstant::Bool(b) => Constant::Bool(*b),
            AstConstant::Ellipsis => Constant::Ellipsis,
            AstConstant::Int(IntLiteral::Small(v)) => Constant::Int(*v),
            AstConstant::Int(IntLiteral::Big { radix, digits }) => {
                if *radix == 10 && digits.len() > MAX_STR_DIGITS {
                    return Err(self.error(
                        format!(
                            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} \
                             digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for \
                             huge integer literals to avoid decimal conversion limits.",
                            digits.len()
                        ),
                        span,
                    ));
                }
                Constant::BigInt { negative: false, radix: *radix, digits: digits.as_ref().into() }
            }
            AstConstant::Float(f) => Constant::Float(*f),
            // isopy has no complex type: refusing the literal beats giving
            // it some other value.
            AstConstant::Imaginary(_) => return Err(self.error("complex numbers are not supported by isopy", span)),
            AstConstant::Str(s) => Constant::Str(s.as_ref().into()),
            AstConstant::Bytes(b) => Constant::Bytes(b.as_ref().into()),
        })
    }

    // ------------------------------------------------------------ conditions

    /// Jumps to `label` when `test` is `when`; otherwise falls through. No
    /// value is left on the stack.
    pub(super) fn jump_if(&mut self, test: &'a Expr, when: bool, label: Label) -> Result<(), SyntaxError> {
        match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand }
                if inverted_comparison(operand).is_none() && self.folder.fold_node(test).is_none() =>
            {
                self.jump_if(operand, !when, label)
            }
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                // `a and b` jumps when false as soon as one is false; when
                // true only if all are true (and the reverse for `or`).
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = values.split_last().expect("two or more values");
                    for v in rest {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, label)?;
                    self.place(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(test)?;
                let op = if when { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse };
                self.at(test.span, |c| c.emit_jump(op, label));
                Ok(())
            }
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> Result<(), SyntaxError> {
        self.expr(left)?;
        let last = ops.len() - 1;
        if ops.len() == 1 {
            self.comparand(ops[0], &comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..last {
            self.expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.comparand(ops[last], &comparators[last])?;
        self.compare_op(ops[last]);
        self.emit_jump(Opcode::Jump, end);
        self.place(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.place(end);
        Ok(())
    }

    /// The last operand of a comparison: for `in`/`not in`, an iterable.
    fn comparand(&mut self, op: CmpOp, e: &'a Expr) -> Result<(), SyntaxError> {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.iterable(e)
        } else {
            self.expr(e)
        }
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::CompareOp, Comparison::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::CompareOp, Comparison::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::CompareOp, Comparison::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::CompareOp, Comparison::Le as u32),
            CmpOp::Gt => self.emit(Opcode::CompareOp, Comparison::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::CompareOp, Comparison::Ge as u32),
            CmpOp::Is => self.emit(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    // ------------------------------------------------------------ calls

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        span: Span,
    ) -> Result<(), SyntaxError> {
        let simple = !args.iter().any(is_starred) && keywords.is_empty();
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, simple) {
            // obj.method(args) without making a bound method.
            self.expr(value)?;
            let name = self.mangled(&attr.name);
            self.at(func.span, |c| c.emit_name_op(Opcode::LoadMethod, &name));
            self.exprs(args)?;
            self.at(span, |c| c.emit(Opcode::CallMethod, args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        self.call_arguments(args, keywords, 0, span)
    }

    /// Pushes the arguments and emits the call. `already` positional
    /// arguments are on the stack above the callable (a class statement's
    /// function and name).
    pub(super) fn call_arguments(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        already: u32,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let unpacking = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !unpacking {
            self.exprs(args)?;
            let positional = already + args.len() as u32;
            if keywords.is_empty() {
                self.at(span, |c| c.emit(Opcode::Call, positional));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_ref().expect("named").name.as_ref().into()))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                self.at(span, |c| c.emit(Opcode::CallKw, positional + keywords.len() as u32));
            }
            return Ok(());
        }
        // Positional arguments as one tuple (a lone `*iterable` is passed as
        // it is, as CPython does, so the call reports a non-iterable).
        if let ([a], 0) = (args, already) {
            if let ExprKind::Starred(inner) = &a.kind {
                self.expr(inner)?;
                return self.call_keywords(keywords, span);
            }
        }
        self.emit(Opcode::BuildList, already);
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Opcode::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Opcode::ListAppend, 1);
                }
            }
        }
        self.emit(Opcode::ListToTuple, 0);
        self.call_keywords(keywords, span)
    }

    /// Pushes the keyword arguments of an unpacking call as one dict (if
    /// any) and emits `CallFunctionEx`.
    fn call_keywords(&mut self, keywords: &'a [Keyword], span: Span) -> Result<(), SyntaxError> {
        let has_kwargs = !keywords.is_empty();
        if has_kwargs {
            self.emit(Opcode::BuildMap, 0);
            let mut i = 0;
            while i < keywords.len() {
                match &keywords[i].arg {
                    None => {
                        self.expr(&keywords[i].value)?;
                        self.emit(Opcode::DictMerge, 1);
                        i += 1;
                    }
                    Some(_) => {
                        let start = i;
                        while i < keywords.len() && keywords[i].arg.is_some() {
                            let k = &keywords[i];
                            self.load_const(Constant::Str(k.arg.as_ref().expect("named").name.as_ref().into()));
                            self.expr(&k.value)?;
                            i += 1;
                        }
                        self.emit(Opcode::BuildMap, (i - start) as u32);
                        self.emit(Opcode::DictMerge, 1);
                    }
                }
            }
        }
        self.at(span, |c| c.emit(Opcode::CallFunctionEx, u32::from(has_kwargs)));
        Ok(())
    }

    // ------------------------------------------------------------ displays

    /// A list or set display with `*` items: start with the plain items
    /// before the first star, then append or extend item by item.
    fn starred_sequence(
        &mut self,
        items: &'a [Expr],
        build: Opcode,
        add: Opcode,
        extend: Opcode,
    ) -> Result<(), SyntaxError> {
        let first_star = items.iter().position(is_starred).unwrap_or(items.len());
        self.exprs(&items[..first_star])?;
        self.emit(build, first_star as u32);
        for item in &items[first_star..] {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(item)?;
                    self.emit(add, 1);
                }
            }
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<(), SyntaxError> {
        if keys.iter().all(|k| k.is_some()) {
            for (k, v) in keys.iter().zip(values) {
                self.expr(k.as_ref().expect("all keys"))?;
                self.expr(v)?;
            }
            self.emit(Opcode::BuildMap, keys.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        let mut i = 0;
        while i < keys.len() {
            match &keys[i] {
                None => {
                    self.expr(&values[i])?;
                    self.emit(Opcode::DictUpdate, 1);
                    i += 1;
                }
                Some(_) => {
                    let start = i;
                    while i < keys.len() && keys[i].is_some() {
                        self.expr(keys[i].as_ref().expect("a key"))?;
                        self.expr(&values[i])?;
                        i += 1;
                    }
                    self.emit(Opcode::BuildMap, (i - start) as u32);
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ comprehensions

    fn comprehension(
        &mut self,
        node: &'a Expr,
        kind: Comp,
        element: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> Result<(), SyntaxError> {
        let name = match kind {
            Comp::List => "<listcomp>",
            Comp::Set => "<setcomp>",
            Comp::Dict => "<dictcomp>",
            Comp::Generator => "<genexpr>",
        };
        let scope = self.table.scope_of(&**node);
        let qualname = self.qualname_for(name);
        let line = self.location_of(node.span).line;
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, name, &qualname, line, private);
        self.unit().arg_count = 1;
        match kind {
            Comp::List => self.emit(Opcode::BuildList, 0),
            Comp::Set => self.emit(Opcode::BuildSet, 0),
            Comp::Dict => self.emit(Opcode::BuildMap, 0),
            Comp::Generator => {}
        }
        self.comprehension_loop(kind, element, value, generators, 0)?;
        if kind == Comp::Generator {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit();
        self.make_function(code, 0);
        self.iterable(&generators[0].iter)?;
        self.emit(Opcode::GetIter, 0);
        self.at(node.span, |c| c.emit(Opcode::Call, 1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: Comp,
        element: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
        index: usize,
    ) -> Result<(), SyntaxError> {
        let generator = &generators[index];
        let start = self.new_label();
        let end = self.new_label();
        if index == 0 {
            // The outermost iterator is the code's argument `.0`.
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.iterable(&generator.iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.place(start);
        self.emit_jump(Opcode::ForIter, end);
        self.assign(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(kind, element, value, generators, index + 1)?;
        } else {
            // The container sits under one iterator per loop.
            let depth = index as u32 + 2;
            match kind {
                Comp::List => {
                    self.expr(element)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                Comp::Set => {
                    self.expr(element)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                Comp::Dict => {
                    self.expr(element)?;
                    self.expr(value.expect("a dict comprehension has a value"))?;
                    self.emit(Opcode::MapAdd, depth);
                }
                Comp::Generator => {
                    self.expr(element)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.emit_jump(Opcode::Jump, start);
        self.place(end);
        Ok(())
    }

    // ------------------------------------------------------------ f-strings

    fn joined_str(&mut self, values: &'a [Expr]) -> Result<(), SyntaxError> {
        if values.is_empty() {
            self.load_const(Constant::Str("".into()));
            return Ok(());
        }
        if let [single] = values {
            if matches!(single.kind, ExprKind::FormattedValue { .. }) {
                return self.expr(single);
            }
        }
        self.exprs(values)?;
        self.emit(Opcode::BuildString, values.len() as u32);
        Ok(())
    }

    fn formatted_value(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        let ExprKind::FormattedValue { value, conversion, format_spec } = &e.kind else {
            unreachable!("called on FormattedValue")
        };
        self.expr(value)?;
        let mut flags = match conversion {
            Conversion::None => 0,
            Conversion::Str => 1,
            Conversion::Repr => 2,
            Conversion::Ascii => 3,
        };
        if let Some(spec) = format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Opcode::FormatValue, flags);
        Ok(())
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// `not a in b` and the like: the operands and the inverted operator of a
/// single `in`, `not in`, `is` or `is not` comparison.
fn inverted_comparison(e: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::Compare { left, ops, comparators } = &e.kind else { return None };
    let [op] = ops.as_slice() else { return None };
    let inverted = match op {
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        _ => return None,
    };
    Some((left, inverted, &comparators[0]))
}
