//! How an expression is written in its source, beyond what the AST keeps:
//! whether parentheses surround it, which operand CPython's `bitwise_or`
//! rule matches at its start, and which atom it starts with. CPython's
//! error rule `invalid_named_expression` (and so `invalid_assignment`)
//! depends on these.

use crate::ast::{Constant, Expr, ExprKind, UnaryOp};
use crate::span::Span;

/// Index just past the string literal whose opening quote is at `i`.
fn skip_string(b: &[u8], i: usize) -> usize {
    let quote = b[i];
    let triple = b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == quote => {
                if !triple {
                    return j + 1;
                }
                if b.get(j + 1) == Some(&quote) && b.get(j + 2) == Some(&quote) {
                    return j + 3;
                }
                j += 1;
            }
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    b.len()
}

/// The offset of the bracket closing the one at `open`, skipping strings
/// and comments.
fn matching_close(source: &str, open: usize) -> Option<usize> {
    let b = source.as_bytes();
    if !matches!(b.get(open), Some(b'(' | b'[' | b'{')) {
        return None;
    }
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\')
}

/// Whether the text at `span` is directly inside a pair of parentheses
/// (`(x)`, `( a + b )`), which the AST does not record: a parenthesized
/// node keeps the span of its content, as in CPython.
pub fn surrounded(source: &str, span: Span) -> bool {
    let b = source.as_bytes();
    let mut p = span.start as usize;
    while p > 0 && is_blank(b[p - 1]) {
        p -= 1;
    }
    if p == 0 || b[p - 1] != b'(' {
        return false;
    }
    let Some(close) = matching_close(source, p - 1) else { return false };
    let mut q = span.end as usize;
    loop {
        while q < b.len() && is_blank(b[q]) {
            q += 1;
        }
        if q < b.len() && b[q] == b'#' {
            while q < b.len() && b[q] != b'\n' {
                q += 1;
            }
            continue;
        }
        break;
    }
    q == close
}

/// Whether `e` is an atom as written: in parentheses, or a tuple or
/// generator expression with its own.
pub fn atom_like(source: &str, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::GeneratorExp { .. } => true,
        ExprKind::Tuple(_) => {
            let start = e.span.start as usize;
            matching_close(source, start) == Some((e.span.end as usize).wrapping_sub(1)) || surrounded(source, e.span)
        }
        _ => surrounded(source, e.span),
    }
}

/// The operand CPython's `bitwise_or` rule matches where `e` starts: `e`
/// itself for an operand or an arithmetic, bitwise or unary `+ - ~`
/// expression, its first operand for a comparison, boolean operation,
/// conditional expression or unparenthesized tuple, and nothing when `e`
/// starts with `not`, `lambda`, `*` or `yield`.
pub fn leading_operand<'e>(source: &str, e: &'e Expr) -> Option<&'e Expr> {
    if atom_like(source, e) {
        return Some(e);
    }
    match &e.kind {
        ExprKind::Compare { left, .. } => leading_operand(source, left),
        ExprKind::BoolOp { values, .. } => values.first().and_then(|v| leading_operand(source, v)),
        ExprKind::IfExp { body, .. } => leading_operand(source, body),
        ExprKind::Tuple(items) => items.first().and_then(|v| leading_operand(source, v)),
        ExprKind::UnaryOp { op: UnaryOp::Not, .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::NamedExpr { .. } => None,
        _ => Some(e),
    }
}

/// Whether all of `e` is one `bitwise_or` operand.
pub fn is_operand(source: &str, e: &Expr) -> bool {
    leading_operand(source, e).is_some_and(|o| std::ptr::eq(o, e))
}

/// Whether `e` starts with a list display, a tuple or generator expression
/// in parentheses, or `True`, `False` or `None`: the atoms CPython's
/// `invalid_named_expression` excludes with `!(list|tuple|genexp|...)`.
pub fn starts_with_display(source: &str, e: &Expr) -> bool {
    if surrounded(source, e.span) {
        return false;
    }
    let mut cur = e;
    loop {
        let child = match &cur.kind {
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
            ExprKind::Call { func, .. } => func,
            ExprKind::BinOp { left, .. } | ExprKind::Compare { left, .. } => left,
            ExprKind::BoolOp { values, .. } => match values.first() {
                Some(v) => v,
                None => break,
            },
            ExprKind::IfExp { body, .. } => body,
            _ => break,
        };
        if child.span.start != cur.span.start {
            break;
        }
        cur = child;
    }
    matches!(
        cur.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::Bool(_) | Constant::None)
    )
}
