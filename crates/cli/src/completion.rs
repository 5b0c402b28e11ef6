//! Tab completion at the prompt, as CPython's `rlcompleter` does it: a
//! bare word completes to keywords and the names of `__main__` and
//! `builtins`; `expr.word` evaluates `expr` only if it is a plain dotted
//! name, then completes from `dir()` of its value. Callables get a `(`,
//! keywords a space (or `:`), and Tab on a blank line indents.

use std::sync::Arc;

use isopy_vm::embed::Interpreter;
use isopy_vm::{host, Value, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;

/// Python's keywords (`keyword.kwlist` less those isopy does not parse).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
];

/// What Tab inserts on a line with nothing but blanks before the cursor.
const INDENT: &str = "    ";

/// The line editor's helper: completion from the interpreter's names.
pub struct PyHelper {
    /// The interpreter completed against; attached to (taking its GIL)
    /// only while a completion is computed, so its threads run while the
    /// prompt waits.
    interp: Arc<Interpreter>,
}

impl PyHelper {
    pub fn new(interp: Arc<Interpreter>) -> PyHelper {
        PyHelper { interp }
    }
}

impl Completer for PyHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            return Ok((pos, vec![Pair { display: INDENT.into(), replacement: INDENT.into() }]));
        }
        let start = word_start(before);
        let word = &before[start..];
        if word.is_empty() {
            return Ok((pos, Vec::new()));
        }
        let mut vm = self.interp.attach();
        let found = matches(&mut vm, word);
        drop(vm);
        // Only the part after the last dot is replaced.
        let from = start + word.rfind('.').map_or(0, |dot| dot + 1);
        let pairs = found.into_iter().map(|m| Pair { display: m.clone(), replacement: m }).collect();
        Ok((from, pairs))
    }
}

impl Hinter for PyHelper {
    type Hint = String;
}

impl Highlighter for PyHelper {}

impl Validator for PyHelper {}

impl rustyline::Helper for PyHelper {}

/// Where the dotted name that ends `before` starts.
fn word_start(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i)
}

/// Whether `s` is an identifier.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// The completions of `text` (a name, or a dotted name ending in a partial
/// attribute): whole words for a name, attribute names after the last dot
/// for a dotted one. Sorted, without duplicates.
pub fn matches(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut found = match text.rsplit_once('.') {
        None => global_matches(vm, text),
        Some((expr, partial)) => attribute_matches(vm, expr, partial),
    };
    found.sort();
    found.dedup();
    found
}

/// `word(` for a callable value, else `word`.
fn with_postfix(vm: &Vm, value: &Value, word: String) -> String {
    if host::is_callable(vm, value) {
        word + "("
    } else {
        word
    }
}

/// Keywords, then the names of `__main__`, then builtins, that start with `text`.
fn global_matches(vm: &mut Vm, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = vec!["__builtins__".to_string()];
    for &word in KEYWORDS.iter().filter(|w| w.starts_with(text)) {
        seen.push(word.to_string());
        found.push(match word {
            "finally" | "try" => format!("{word}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => word.to_string(),
            _ => format!("{word} "),
        });
    }
    let namespaces = [host::main_globals(vm), host::builtins(vm)];
    for (word, value) in namespaces.into_iter().flatten() {
        if word.starts_with(text) && !seen.contains(&word) {
            seen.push(word.clone());
            found.push(with_postfix(vm, &value, word));
        }
    }
    found
}

/// The value of a plain dotted name in `__main__` (or builtins), if it
/// has one; nothing else is evaluated.
fn evaluate_dotted(vm: &mut Vm, expr: &str) -> Option<Value> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    if !expr.split('.').all(is_identifier) {
        return None;
    }
    let mut value = host::main_global(vm, first).or_else(|| host::builtin(vm, first))?;
    for part in parts {
        value = host::getattr(vm, &value, part).ok()?;
    }
    Some(value)
}

/// The attributes of `expr`'s value that start with `partial`, as
/// rlcompleter filters them: no `_names` unless `partial` starts with `_`,
/// no `__names__` unless it starts with `__` (each relaxed if nothing
/// else matches).
fn attribute_matches(vm: &mut Vm, expr: &str, partial: &str) -> Vec<String> {
    let Some(object) = evaluate_dotted(vm, expr) else { return Vec::new() };
    let Ok(mut words) = host::dir(vm, &object) else { return Vec::new() };
    words.retain(|w| w != "__builtins__");
    words.push("__class__".into());
    let mut hidden = match partial {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    loop {
        let mut found = Vec::new();
        for word in words.iter().filter(|w| w.starts_with(partial)) {
            if hidden.is_some_and(|h| word.starts_with(h)) {
                continue;
            }
            found.push(attribute_word(vm, object.clone(), word));
        }
        if !found.is_empty() || hidden.is_none() {
            return found;
        }
        hidden = if hidden == Some("_") { Some("__") } else { None };
    }
}

/// `word(` if the attribute is callable. A property is not read (its
/// getter could do anything).
fn attribute_word(vm: &mut Vm, object: Value, word: &str) -> String {
    if host::class_attribute(vm, &object, word).is_some_and(|a| host::type_name(vm, &a) == "property") {
        return word.to_string();
    }
    match host::getattr(vm, &object, word) {
        Ok(value) => with_postfix(vm, &value, word.to_string()),
        Err(_) => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use isopy_vm::Config;

    fn vm_with(program: &str) -> Vm {
        let mut vm = Vm::new(Config::default());
        assert!(matches!(vm.run_source(program, "<string>"), isopy_vm::Outcome::Finished));
        vm
    }

    #[test]
    fn names_complete_from_keywords_main_and_builtins() {
        let mut vm = vm_with("counter = 1\ndef compute(): pass\n");
        assert_eq!(matches(&mut vm, "cou"), ["counter"]);
        assert_eq!(matches(&mut vm, "comp"), ["compile(", "compute("]);
        assert_eq!(matches(&mut vm, "whi"), ["while "]);
        assert_eq!(matches(&mut vm, "tr"), ["try:"]);
        assert_eq!(matches(&mut vm, "Tr"), ["True"]);
        assert!(matches(&mut vm, "__bu").contains(&"__build_class__(".to_string()));
        assert!(!matches(&mut vm, "__bu").contains(&"__builtins__".to_string()));
    }

    #[test]
    fn attributes_complete_from_dir_of_a_dotted_name() {
        let mut vm = vm_with(
            "class Box:\n    size = 3\n    _hidden = 1\n    def open(self): pass\n    @property\n    def volume(self): raise ValueError\nb = Box()\nclass Holder: pass\nh = Holder()\nh.box = b\n",
        );
        assert_eq!(matches(&mut vm, "b.si"), ["size"]);
        assert_eq!(matches(&mut vm, "b.op"), ["open("]);
        // A property is not evaluated.
        assert_eq!(matches(&mut vm, "b.vol"), ["volume"]);
        assert_eq!(matches(&mut vm, "h.box.si"), ["size"]);
        let all = matches(&mut vm, "b.");
        assert!(all.contains(&"size".to_string()) && !all.iter().any(|w| w.starts_with('_')), "{all:?}");
        assert_eq!(matches(&mut vm, "b._h"), ["_hidden"]);
        assert!(matches(&mut vm, "b._").iter().all(|w| !w.starts_with("__")));
        assert!(matches(&mut vm, "b.__cl").contains(&"__class__(".to_string()));
        assert!(matches(&mut vm, "nothing.x").is_empty());
        assert!(matches(&mut vm, "str.up").contains(&"upper(".to_string()));
    }

    #[test]
    fn the_word_before_the_cursor() {
        assert_eq!(word_start("print(abc.de"), 6);
        assert_eq!(word_start("x = "), 4);
        assert_eq!(word_start("foo"), 0);
    }
}
