//! Tracebacks as CPython 3.11 prints them: the chain of causes and
//! contexts, `File "...", line N, in f` with the source line and its caret
//! line (`~~^~~` under binary operators and subscripts), repeated frames
//! folded, and the "Did you mean" suggestions for NameError and
//! AttributeError.

use std::sync::Arc;

use crate::objects::access;
use crate::objects::class::{self, class_of};
use crate::objects::types::exceptions as exc;
use crate::value::object::ObjRef;
use crate::value::object::{ClassRef, Payload, TraceEntry};
use crate::value::state::{PyErr, Vm};
use crate::value::Value;

/// CPython's `TB_RECURSIVE_CUTOFF`: identical frames shown before folding.
const RECURSIVE_CUTOFF: usize = 3;

impl Vm {
    /// The full traceback text of `err`, chained causes and contexts first.
    pub fn format_exception(&mut self, err: PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err.0, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, e: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        seen.push(e.clone());
        let (cause, context, suppress) = match &self.heap.get(&e).payload {
            Payload::Exception(d) => (d.cause.clone(), d.context.clone(), d.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        if let Value::Obj(c) = cause {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Value::Obj(c), false) = (context, suppress) {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        out.push_str(&self.format_one(e));
    }

    /// One exception: its traceback entries and its last line.
    pub(crate) fn format_one(&mut self, e: ObjRef) -> String {
        let mut out = String::new();
        let entries = match &self.heap.get(&e).payload {
            Payload::Exception(d) => d.traceback.clone(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.format_entries(&entries));
        }
        let rendered = self
            .heap
            .get(&e)
            .dict
            .clone()
            .and_then(|d| crate::objects::access::dict_get_str(self, &d, "_isopy_rendered"))
            .and_then(|r| access::str_text(self, &r).cloned());
        if let Some(r) = rendered {
            out.push_str(&r);
            return out;
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
        out
    }

    /// The stack lines of `entries` (innermost first), outermost first.
    pub(crate) fn format_entries(&mut self, entries: &[TraceEntry]) -> String {
        let mut out = String::new();
        let mut last: Option<(Arc<str>, u32, Arc<str>)> = None;
        let mut repeats = 0usize;
        for entry in entries.iter().rev() {
            let code = &entry.code;
            let line = entry.line();
            let key = (code.filename.clone(), line, code.name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= RECURSIVE_CUTOFF {
                    continue;
                }
            } else {
                if repeats >= RECURSIVE_CUTOFF {
                    push_repeated(&mut out, repeats - RECURSIVE_CUTOFF + 1);
                }
                repeats = 0;
                last = Some(key);
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, line, code.name));
            out.push_str(&self.source_lines(entry));
        }
        if repeats >= RECURSIVE_CUTOFF {
            push_repeated(&mut out, repeats - RECURSIVE_CUTOFF + 1);
        }
        out
    }

    /// The source line of a traceback entry and its caret line.
    fn source_lines(&mut self, entry: &TraceEntry) -> String {
        let code = &entry.code;
        let Some(location) = code.locations.get(entry.instruction as usize).copied() else { return String::new() };
        let Some(text) = self.source_line(&code.filename, location.line) else { return String::new() };
        let trimmed_end = text.trim_end();
        let stripped = trimmed_end.trim_start();
        if stripped.is_empty() {
            return String::new();
        }
        let truncation = trimmed_end.chars().count() - stripped.chars().count();
        let mut out = format!("    {stripped}\n");
        let start = char_offset(&text, location.column as usize);
        let mut end = char_offset(&text, location.end_column as usize);
        let mut anchors = None;
        if location.line == location.end_line {
            anchors = caret_anchors(&text, start, end);
        } else {
            end = trimmed_end.chars().count();
        }
        if end <= start {
            return out;
        }
        let stripped_len = stripped.chars().count();
        if end - start == stripped_len && anchors.is_none() {
            return out;
        }
        out.push_str("    ");
        let (primary, secondary, left_end, right_start) = match anchors {
            Some(a) => (a.primary, a.secondary, a.left_end as isize, a.right_start as isize),
            None => ('^', '^', -1, -1),
        };
        let special = left_end != -1 || right_start != -1;
        let mut offset = truncation;
        while offset < end {
            offset += 1;
            let o = offset as isize;
            let c = if offset <= start {
                ' '
            } else if special && left_end < o && o <= right_start {
                secondary
            } else {
                primary
            };
            out.push(c);
        }
        out.push('\n');
        out
    }

    /// Line `line` (1-based) of the file or string `filename`, as run here.
    pub(crate) fn source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        if filename.starts_with('<') && !self.sources.contains_key(filename) {
            return None;
        }
        if !self.sources.contains_key(filename) {
            let text = std::fs::read_to_string(filename).ok()?;
            self.sources.insert(filename.into(), text.into());
        }
        if filename == "<string>" || filename == "<stdin>" {
            // CPython does not show lines of code given as a string.
            return None;
        }
        let source = self.sources.get(filename)?;
        source.split_inclusive('\n').nth(line as usize - 1).map(|l| l.trim_end_matches(['\n', '\r']).to_string())
    }

    /// `Type: message` for an exception, with CPython's module prefix and
    /// its "Did you mean" suggestion.
    pub(crate) fn exception_line(&mut self, e: ObjRef) -> String {
        let class = class_of(self, &Value::Obj(e.clone()));
        let name = self.exception_type_name(class);
        let message = match self.str_value(&Value::Obj(e.clone())) {
            Ok(s) => access::str_text(self, &s).map(|t| t.to_string()).unwrap_or_default(),
            Err(_) => "<exception str() failed>".into(),
        };
        let mut line = if message.is_empty() { name } else { format!("{name}: {message}") };
        if let Some(s) = self.suggestion(e) {
            line.push_str(&format!(". Did you mean: '{s}'?"));
        }
        line
    }

    /// An exception class's name as tracebacks show it (`json.decoder.JSONDecodeError`, `MyError`).
    pub(crate) fn exception_type_name(&mut self, class: ClassRef) -> String {
        let qualname = class::class_qualname(self, &class);
        let module = match class {
            ClassRef::Builtin(t) => t.module.to_string(),
            ClassRef::User(r) => {
                let ns = class::class_data(self, &r).namespace.clone();
                crate::objects::access::dict_get_str(self, &ns, "__module__")
                    .and_then(|m| access::str_text(self, &m).map(|s| s.to_string()))
                    .unwrap_or_default()
            }
        };
        if module.is_empty() || module == "builtins" || module == "__main__" {
            qualname.to_string()
        } else {
            format!("{module}.{qualname}")
        }
    }

    fn suggestion(&mut self, e: ObjRef) -> Option<String> {
        let d = self.heap.get(&e).dict.clone()?;
        if self.error_is(&PyErr(e.clone()), &exc::NAME_ERROR) {
            let s = crate::objects::access::dict_get_str(self, &d, "_isopy_suggestion")?;
            return access::str_text(self, &s).map(|t| t.to_string());
        }
        if self.error_is(&PyErr(e), &exc::ATTRIBUTE_ERROR) {
            let name = crate::objects::access::dict_get_str(self, &d, "name")?;
            let obj = crate::objects::access::dict_get_str(self, &d, "obj")?;
            let wrong = access::str_text(self, &name)?.to_string();
            let listing = crate::protocols::attr::dir_of(self, obj).ok()?;
            let candidates: Vec<String> = access::seq_items(self, &listing)?
                .iter()
                .filter_map(|v| access::str_text(self, v).map(|s| s.to_string()))
                .collect();
            return best_suggestion(&wrong, candidates.iter().map(|s| s.as_str()));
        }
        None
    }

    /// Prints what CPython's default `sys.unraisablehook` prints for an
    /// exception nothing can catch, raised by `object`'s finalizer:
    /// `Exception ignored in: <repr>`, then the traceback.
    pub(crate) fn report_unraisable(&mut self, err: &PyErr, object: &Value) {
        let no_entries = matches!(&self.heap.get(&err.0).payload, Payload::Exception(d) if d.traceback.is_empty());
        if no_entries {
            // Raised by the finalizer machinery itself (a generator that
            // ignored GeneratorExit): CPython shows where the object died.
            self.add_traceback(err);
        }
        let what = self.repr(object).unwrap_or_else(|_| "<object repr() failed>".into());
        let text = format!("Exception ignored in: {what}\n{}", self.format_exception(err.clone()));
        crate::objects::stdio::flush_stdout();
        let _ = crate::objects::stdio::write_stderr(self, &text);
    }

    /// Prints `err`'s traceback to stderr.
    pub fn print_exception(&mut self, err: PyErr) {
        crate::objects::stdio::flush_stdout();
        let text = self.format_exception(err);
        let _ = crate::objects::stdio::write_stderr(self, &text);
    }
}

fn push_repeated(out: &mut String, n: usize) {
    let s = if n == 1 { "" } else { "s" };
    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
}

/// The character offset of UTF-8 byte offset `byte` in `text`.
fn char_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    let mut b = byte;
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].chars().count()
}

struct Anchors {
    left_end: usize,
    right_start: usize,
    primary: char,
    secondary: char,
}

/// CPython 3.11's `extract_anchors_from_line`: for a binary operation or a
/// subscript, the operator's (or the index's) place within the segment.
fn caret_anchors(text: &str, start: usize, end: usize) -> Option<Anchors> {
    let segment: String = text.chars().skip(start).take(end.saturating_sub(start)).collect();
    let module = isopy_syntax::parse_module(&segment).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let isopy_syntax::ast::StmtKind::Expr(expr) = &module.body[0].kind else { return None };
    let bytes = segment.as_bytes();
    let to_chars = |b: usize| segment[..b.min(segment.len())].chars().count();
    match &expr.kind {
        isopy_syntax::ast::ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let mut i = from;
            let mut found = None;
            while i < to {
                let c = bytes[i];
                if (c as char).is_ascii_whitespace() {
                    i += 1;
                    continue;
                }
                let mut right_anchor = i + 1;
                if i + 1 < to && !(bytes[i + 1] as char).is_ascii_whitespace() {
                    right_anchor += 1;
                }
                if i + 1 < to && c == b')' {
                    found = Some((i, right_anchor, '^', '^'));
                    i += 1;
                    continue;
                }
                found = Some((i, right_anchor, '~', '^'));
                break;
            }
            let (l, r, p, s) = found?;
            Some(Anchors { left_end: start + to_chars(l), right_start: start + to_chars(r), primary: p, secondary: s })
        }
        isopy_syntax::ast::ExprKind::Subscript { value, slice } => {
            let l = value.span.end as usize;
            let r = slice.span.end as usize + 1;
            Some(Anchors {
                left_end: start + to_chars(l),
                right_start: start + to_chars(r),
                primary: '~',
                secondary: '^',
            })
        }
        _ => None,
    }
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// CPython's `calculate_suggestions`: the closest candidate within a third
/// of the characters, by the weighted Levenshtein distance.
pub fn best_suggestion<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let candidates: Vec<&str> = candidates.collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == wrong {
            continue;
        }
        let max = ((wrong.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(wrong.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(|s| s.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (suggestions.c), byte for byte.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ca) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ca);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The NameError suggestion for `name` seen from the innermost frame:
/// its locals, then its globals, then the builtins (CPython 3.11's order).
pub fn name_suggestion(vm: &Vm, name: &str) -> Option<String> {
    let frame = vm.ts.frames.last()?;
    let code = &frame.code.code;
    let mut local_names: Vec<String> = Vec::new();
    match &frame.locals {
        Some(l) => local_names.extend(dict_keys(vm, l.clone())),
        None => {
            for (i, n) in code.varnames.iter().enumerate() {
                if !vm.ts.stack.get(frame.base + i).is_none_or(|v| v.is_null()) {
                    local_names.push(n.to_string());
                }
            }
        }
    }
    if let Some(s) = best_suggestion(name, local_names.iter().map(|s| s.as_str())) {
        return Some(s);
    }
    let globals = dict_keys(vm, frame.globals.clone());
    if let Some(s) = best_suggestion(name, globals.iter().map(|s| s.as_str())) {
        return Some(s);
    }
    let builtins = dict_keys(vm, vm.builtins.clone());
    best_suggestion(name, builtins.iter().map(|s| s.as_str()))
}

fn dict_keys(vm: &Vm, d: ObjRef) -> Vec<String> {
    crate::objects::access::dict_items(vm, &d)
        .into_iter()
        .filter_map(|(k, _)| access::str_text(vm, &k).map(|s| s.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_match_cpython() {
        let names = ["print", "property", "len"];
        assert_eq!(best_suggestion("prnt", names.iter().copied()).as_deref(), Some("print"));
        assert_eq!(best_suggestion("xyz", names.iter().copied()), None);
        assert_eq!(best_suggestion("Len", names.iter().copied()).as_deref(), Some("len"));
    }
}
