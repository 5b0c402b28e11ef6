//! The `textwrap` module: `dedent`, `indent`, and `wrap`/`fill`/`shorten`
//! with every `TextWrapper` option. CPython implements these with regular
//! expressions; their matching rules (the word splitter with its hyphen and
//! em-dash look-arounds, the margin search of `dedent`) are ported by hand.

use super::NativeModule;
use crate::objects::access;
use crate::objects::args::Signature;
use crate::objects::class::type_name;
use crate::objects::types::{exceptions as exc, Native};
use crate::protocols::ops;
use crate::value::state::{Args, PyResult, Vm};
use crate::value::Value;

/// The module table.
pub static MODULE: NativeModule = NativeModule {
    name: "textwrap",
    functions: &[
        Native::function("dedent", dedent),
        Native::function("indent", indent),
        Native::function("wrap", wrap),
        Native::function("fill", fill),
        Native::function("shorten", shorten),
    ],
    types: &[],
    init: None,
};

/// Whether `c` is whitespace for `str.isspace`/`str.strip`/`str.split`.
fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..=' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// The whitespace `textwrap` itself recognises (`string.whitespace`).
fn is_wrap_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ')
}

/// Whether `str.strip()` of the chunk would be empty.
fn blank(chunk: &[char]) -> bool {
    chunk.iter().all(|c| is_py_space(*c))
}

/// The text argument, or CPython's error for a non-str.
fn text_arg(vm: &mut Vm, v: Value, attribute: &str) -> PyResult<std::sync::Arc<str>> {
    match access::str_text(vm, &v) {
        Some(t) => Ok(t.clone()),
        None => {
            let t = type_name(vm, &v);
            Err(vm.error(&exc::ATTRIBUTE_ERROR, format!("'{t}' object has no attribute '{attribute}'")))
        }
    }
}

// ------------------------------------------------------------ dedent and indent

/// `textwrap.dedent(text)`: removes the longest common leading run of
/// spaces and tabs; lines of only spaces and tabs become empty.
pub fn dedent_text(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') { "" } else { l })
        .collect();
    let mut margin: Option<&str> = None;
    for line in &lines {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        if lead == line.len() {
            continue;
        }
        let indent = &line[..lead];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m.bytes().zip(indent.bytes()).take_while(|(a, b)| a == b).count();
                &m[..common]
            }
        });
    }
    match margin {
        Some(m) if !m.is_empty() => lines.iter().map(|l| l.strip_prefix(m).unwrap_or(l)).collect::<Vec<_>>().join("\n"),
        _ => lines.join("\n"),
    }
}

/// `textwrap.dedent(text)`, a Python function in CPython.
static DEDENT: Signature = Signature::python("dedent", &["text"], 1, 1);

fn dedent(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text] = DEDENT.bind(vm, &args, 0)?;
    let Some(t) = access::str_text(vm, &text).cloned() else {
        let t = type_name(vm, &text);
        return Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")));
    };
    Ok(vm.new_str(dedent_text(&t)))
}

/// `str.splitlines(True)`: lines with their line endings.
fn split_lines_keep(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        lines.push(&text[start..end]);
        start = end;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `textwrap.indent(text, prefix, predicate=None)`.
static INDENT: Signature = Signature::python("indent", &["text", "prefix", "predicate"], 3, 2);

fn indent(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text, prefix, predicate] = INDENT.bind(vm, &args, 0)?;
    let t = text_arg(vm, text, "splitlines")?;
    let mut out = String::with_capacity(t.len());
    let prefix_text = access::str_text(vm, &prefix).cloned();
    for line in split_lines_keep(&t) {
        let selected = if predicate.is_null() || predicate.is_none() {
            !line.chars().all(is_py_space)
        } else {
            let l = vm.new_str(line);
            let r = vm.call(&predicate.clone(), &[l])?;
            ops::truthy(vm, &r)?
        };
        if selected {
            let Some(p) = &prefix_text else {
                // `prefix + line` with a non-str prefix.
                let l = vm.new_str(line);
                ops::binary_op(vm, &prefix, &l, isopy_compiler::BinaryOperator::Add, false)?;
                return Err(vm.type_error("can only concatenate str (not \"str\") to str"));
            };
            out.push_str(p);
        }
        out.push_str(line);
    }
    Ok(vm.new_str(out))
}

// ------------------------------------------------------------ wrapping

/// `TextWrapper`'s options.
struct Wrapper {
    width: i64,
    initial_indent: Vec<char>,
    subsequent_indent: Vec<char>,
    expand_tabs: bool,
    replace_whitespace: bool,
    fix_sentence_endings: bool,
    break_long_words: bool,
    drop_whitespace: bool,
    /// Only `break_on_hyphens is True` selects the hyphen-aware splitter.
    break_on_hyphens: bool,
    tabsize: i64,
    max_lines: Option<i64>,
    placeholder: Vec<char>,
}

impl Default for Wrapper {
    fn default() -> Wrapper {
        Wrapper {
            width: 70,
            initial_indent: Vec::new(),
            subsequent_indent: Vec::new(),
            expand_tabs: true,
            replace_whitespace: true,
            fix_sentence_endings: false,
            break_long_words: true,
            drop_whitespace: true,
            break_on_hyphens: true,
            tabsize: 8,
            max_lines: None,
            placeholder: " [...]".chars().collect(),
        }
    }
}

/// Why wrapping failed.
#[derive(Debug, PartialEq, Eq)]
enum WrapError {
    InvalidWidth(i64),
    PlaceholderTooLarge,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_letter(c: char) -> bool {
    is_word(c) && !crate::objects::types::str::is_decimal_char(c)
}

fn is_word_punct(c: char) -> bool {
    is_word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
}

impl Wrapper {
    /// Expands tabs and turns other whitespace into spaces.
    fn munge_whitespace(&self, text: &str) -> Vec<char> {
        let mut out = Vec::with_capacity(text.len());
        let mut column: i64 = 0;
        for c in text.chars() {
            if c == '\t' && self.expand_tabs {
                if self.tabsize > 0 {
                    let n = self.tabsize - column % self.tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    column += n;
                }
                continue;
            }
            if self.expand_tabs && (c == '\n' || c == '\r') {
                column = 0;
            } else {
                column += 1;
            }
            out.push(if self.replace_whitespace && is_wrap_space(c) { ' ' } else { c });
        }
        out
    }

    /// Splits into chunks: whitespace runs and words (CPython's
    /// `wordsep_re`, or `wordsep_simple_re` without hyphen breaking).
    fn split(&self, t: &[char]) -> Vec<Vec<char>> {
        let mut chunks = Vec::new();
        let mut p = 0;
        while p < t.len() {
            let end = if is_wrap_space(t[p]) {
                let mut e = p;
                while e < t.len() && is_wrap_space(t[e]) {
                    e += 1;
                }
                e
            } else if !self.break_on_hyphens {
                let mut e = p;
                while e < t.len() && !is_wrap_space(t[e]) {
                    e += 1;
                }
                e
            } else {
                Self::word_end(t, p)
            };
            chunks.push(t[p..end].to_vec());
            p = end;
        }
        chunks
    }

    /// Where the word chunk starting at `p` ends (a non-space at `p`).
    fn word_end(t: &[char], p: usize) -> usize {
        let at = |i: usize| t.get(i).copied();
        let dashes_from = |i: usize| t[i.min(t.len())..].iter().take_while(|c| **c == '-').count();
        // An em-dash between words: (?<=word_punct) -{2,} (?=\w).
        if p > 0 && is_word_punct(t[p - 1]) {
            let n = dashes_from(p);
            if n >= 2 && at(p + n).is_some_and(is_word) {
                return p + n;
            }
        }
        // A word, as short as one of its three endings allows.
        let mut e = p + 1;
        loop {
            let letter = |i: usize| at(i).is_some_and(is_letter);
            // A hyphen of a hyphenated word: -(?:(?<=lt{2}-)|(?<=lt-lt-))(?=lt-?lt).
            if at(e) == Some('-') {
                let before = (e >= 2 && letter(e - 2) && letter(e - 1))
                    || (e >= 3 && letter(e - 3) && at(e - 2) == Some('-') && letter(e - 1));
                let after = letter(e + 1) && (letter(e + 2) || (at(e + 2) == Some('-') && letter(e + 3)));
                if before && after {
                    return e + 1;
                }
            }
            // The end of the word: (?=whitespace|\Z).
            if e >= t.len() || is_wrap_space(t[e]) {
                return e;
            }
            // Before an em-dash: (?<=word_punct)(?=-{2,}\w).
            if is_word_punct(t[e - 1]) {
                let n = dashes_from(e);
                if n >= 2 && at(e + n).is_some_and(is_word) {
                    return e;
                }
            }
            e += 1;
        }
    }

    /// Gives a sentence-ending chunk two spaces after it.
    fn fix_sentence_endings(chunks: &mut [Vec<char>]) {
        let ends_sentence = |c: &[char]| {
            let c = match c.last() {
                Some('"' | '\'') => &c[..c.len() - 1],
                _ => c,
            };
            c.len() >= 2 && c[c.len() - 2].is_ascii_lowercase() && matches!(c[c.len() - 1], '.' | '!' | '?')
        };
        let mut i = 0;
        while i + 1 < chunks.len() {
            if chunks[i + 1] == [' '] && ends_sentence(&chunks[i]) {
                chunks[i + 1] = vec![' ', ' '];
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    fn handle_long_word(&self, chunks: &mut Vec<Vec<char>>, line: &mut Vec<Vec<char>>, cur_len: i64, width: i64) {
        let space_left = if width < 1 { 1 } else { width - cur_len };
        if self.break_long_words {
            let chunk = chunks.last().cloned().unwrap_or_default();
            let mut end = space_left.max(0) as usize;
            if self.break_on_hyphens && chunk.len() as i64 > space_left {
                let limit = end.min(chunk.len());
                if let Some(hyphen) = chunk[..limit].iter().rposition(|c| *c == '-') {
                    if hyphen > 0 && chunk[..hyphen].iter().any(|c| *c != '-') {
                        end = hyphen + 1;
                    }
                }
            }
            let end = end.min(chunk.len());
            line.push(chunk[..end].to_vec());
            if let Some(last) = chunks.last_mut() {
                *last = chunk[end..].to_vec();
            }
        } else if line.is_empty() {
            if let Some(c) = chunks.pop() {
                line.push(c);
            }
        }
    }

    /// CPython's `_wrap_chunks`.
    fn wrap_chunks(&self, mut chunks: Vec<Vec<char>>) -> Result<Vec<String>, WrapError> {
        let mut lines: Vec<Vec<char>> = Vec::new();
        if self.width <= 0 {
            return Err(WrapError::InvalidWidth(self.width));
        }
        if let Some(max_lines) = self.max_lines {
            let indent = if max_lines > 1 { &self.subsequent_indent } else { &self.initial_indent };
            let placeholder = self.placeholder.iter().skip_while(|c| is_py_space(**c)).count();
            if (indent.len() + placeholder) as i64 > self.width {
                return Err(WrapError::PlaceholderTooLarge);
            }
        }
        chunks.reverse();
        let len = |c: &Vec<char>| c.len() as i64;
        while !chunks.is_empty() {
            let mut line: Vec<Vec<char>> = Vec::new();
            let mut cur_len = 0;
            let indent = if lines.is_empty() { &self.initial_indent } else { &self.subsequent_indent };
            let width = self.width - indent.len() as i64;
            if self.drop_whitespace && chunks.last().is_some_and(|c| blank(c)) && !lines.is_empty() {
                chunks.pop();
            }
            while let Some(c) = chunks.last() {
                let l = len(c);
                if cur_len + l <= width {
                    cur_len += l;
                    line.push(chunks.pop().unwrap_or_default());
                } else {
                    break;
                }
            }
            if chunks.last().is_some_and(|c| len(c) > width) {
                self.handle_long_word(&mut chunks, &mut line, cur_len, width);
                cur_len = line.iter().map(len).sum();
            }
            if self.drop_whitespace && line.last().is_some_and(|c| blank(c)) {
                cur_len -= line.last().map(len).unwrap_or(0);
                line.pop();
            }
            if line.is_empty() {
                continue;
            }
            let fits = match self.max_lines {
                None => true,
                Some(max) => {
                    (lines.len() as i64 + 1) < max
                        || ((chunks.is_empty() || (self.drop_whitespace && chunks.len() == 1 && blank(&chunks[0])))
                            && cur_len <= width)
                }
            };
            if fits {
                let mut l = indent.clone();
                line.iter().for_each(|c| l.extend_from_slice(c));
                lines.push(l);
                continue;
            }
            let placeholder_len = self.placeholder.len() as i64;
            let mut placed = false;
            while let Some(last) = line.last() {
                if !blank(last) && cur_len + placeholder_len <= width {
                    line.push(self.placeholder.clone());
                    let mut l = indent.clone();
                    line.iter().for_each(|c| l.extend_from_slice(c));
                    lines.push(l);
                    placed = true;
                    break;
                }
                cur_len -= len(last);
                line.pop();
            }
            if !placed {
                if let Some(prev) = lines.last_mut() {
                    while prev.last().is_some_and(|c| is_py_space(*c)) {
                        prev.pop();
                    }
                    if prev.len() as i64 + placeholder_len <= self.width {
                        prev.extend_from_slice(&self.placeholder);
                        break;
                    }
                }
                let mut l = indent.clone();
                l.extend(self.placeholder.iter().skip_while(|c| is_py_space(**c)));
                lines.push(l);
            }
            break;
        }
        Ok(lines.into_iter().map(|l| l.into_iter().collect()).collect())
    }

    /// `TextWrapper.wrap(text)`.
    fn wrap(&self, text: &str) -> Result<Vec<String>, WrapError> {
        let munged = self.munge_whitespace(text);
        let mut chunks = self.split(&munged);
        if self.fix_sentence_endings {
            Self::fix_sentence_endings(&mut chunks);
        }
        self.wrap_chunks(chunks)
    }
}

const WRAPPER_OPTIONS: [&str; 12] = [
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];

/// `TextWrapper(width=width, **options)`.
fn wrapper_from(vm: &mut Vm, width: Value, options: &[(Value, Value)]) -> PyResult<Wrapper> {
    let mut w = Wrapper::default();
    let int_of = |vm: &mut Vm, v: Value| ops::index_i64(vm, v);
    let text_of = |vm: &mut Vm, name: &str, v: Value| -> PyResult<Vec<char>> {
        match access::str_text(vm, &v) {
            Some(t) => Ok(t.chars().collect()),
            None => {
                let t = type_name(vm, &v);
                Err(vm.type_error(format!("{name} must be a str, not {t}")))
            }
        }
    };
    if !width.is_null() {
        w.width = int_of(vm, width)?;
    }
    for (name, v) in options {
        let name_text = access::str_text(vm, name).cloned().unwrap_or_default();
        let name: &str = &name_text;
        let v = v.clone();
        match name {
            "width" => return Err(vm.type_error("TextWrapper.__init__() got multiple values for argument 'width'")),
            "initial_indent" => w.initial_indent = text_of(vm, name, v.clone())?,
            "subsequent_indent" => w.subsequent_indent = text_of(vm, name, v.clone())?,
            "placeholder" => w.placeholder = text_of(vm, name, v.clone())?,
            "expand_tabs" => w.expand_tabs = ops::truthy(vm, &v)?,
            "replace_whitespace" => w.replace_whitespace = ops::truthy(vm, &v)?,
            "fix_sentence_endings" => w.fix_sentence_endings = ops::truthy(vm, &v)?,
            "break_long_words" => w.break_long_words = ops::truthy(vm, &v)?,
            "drop_whitespace" => w.drop_whitespace = ops::truthy(vm, &v)?,
            "break_on_hyphens" => w.break_on_hyphens = matches!(v, Value::Bool(true)),
            "tabsize" => w.tabsize = int_of(vm, v.clone())?,
            "max_lines" => w.max_lines = if v.is_none() { None } else { Some(int_of(vm, v.clone())?) },
            other => {
                debug_assert!(!WRAPPER_OPTIONS.contains(&other));
                return Err(
                    vm.type_error(format!("TextWrapper.__init__() got an unexpected keyword argument '{other}'"))
                );
            }
        }
    }
    Ok(w)
}

fn run_wrap(vm: &mut Vm, w: &Wrapper, text: &str) -> PyResult<Vec<String>> {
    w.wrap(text).map_err(|e| match e {
        WrapError::InvalidWidth(n) => vm.value_error(format!("invalid width {n} (must be > 0)")),
        WrapError::PlaceholderTooLarge => vm.value_error("placeholder too large for max width"),
    })
}

/// `textwrap.wrap(text, width=70, **kwargs)`; the `**kwargs` are
/// `TextWrapper`'s options.
static WRAP: Signature = Signature::python("wrap", &["text", "width"], 2, 1).with_extra_keywords();

/// `textwrap.fill(text, width=70, **kwargs)`.
static FILL: Signature = Signature::python("fill", &["text", "width"], 2, 1).with_extra_keywords();

/// `textwrap.shorten(text, width, **kwargs)`.
static SHORTEN: Signature = Signature::python("shorten", &["text", "width"], 2, 2).with_extra_keywords();

fn wrap(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([text, width], rest) = WRAP.bind_extra(vm, &args, 0)?;
    let w = wrapper_from(vm, width, &rest)?;
    let t = text_arg(vm, text, "expandtabs")?;
    let lines = run_wrap(vm, &w, &t)?;
    let items = lines.into_iter().map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(items))
}

fn fill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([text, width], rest) = FILL.bind_extra(vm, &args, 0)?;
    let w = wrapper_from(vm, width, &rest)?;
    let t = text_arg(vm, text, "expandtabs")?;
    let lines = run_wrap(vm, &w, &t)?;
    Ok(vm.new_str(lines.join("\n")))
}

fn shorten(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ([text, width], rest) = SHORTEN.bind_extra(vm, &args, 0)?;
    if rest.iter().any(|(k, _)| access::str_text(vm, k).is_some_and(|k| &**k == "max_lines")) {
        return Err(vm.type_error("textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'"));
    }
    let mut w = wrapper_from(vm, width, &rest)?;
    w.max_lines = Some(1);
    let t = text_arg(vm, text, "strip")?;
    let collapsed = t.split(is_py_space).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    let lines = run_wrap(vm, &w, &collapsed)?;
    Ok(vm.new_str(lines.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(text: &str, hyphens: bool) -> Vec<String> {
        let w = Wrapper { break_on_hyphens: hyphens, ..Wrapper::default() };
        let t: Vec<char> = text.chars().collect();
        w.split(&t).into_iter().map(|c| c.into_iter().collect()).collect()
    }

    #[test]
    fn words_split_at_hyphens_and_em_dashes() {
        assert_eq!(
            chunks("Look, goof-ball -- use the -b option!", true),
            ["Look,", " ", "goof-", "ball", " ", "--", " ", "use", " ", "the", " ", "-b", " ", "option!"]
        );
        assert_eq!(chunks("goof-ball", false), ["goof-ball"]);
        assert_eq!(chunks("this--that", true), ["this", "--", "that"]);
        assert_eq!(chunks("a-b-c x", true), ["a-b-c", " ", "x"]);
    }

    #[test]
    fn wrapping_and_shortening() {
        let w = Wrapper { width: 10, ..Wrapper::default() };
        assert_eq!(w.wrap("The quick brown fox jumps").unwrap(), ["The quick", "brown fox", "jumps"]);
        let s = Wrapper { width: 12, max_lines: Some(1), ..Wrapper::default() };
        assert_eq!(s.wrap("Hello world! again").unwrap(), ["Hello [...]"]);
        let bad = Wrapper { width: 0, ..Wrapper::default() };
        assert_eq!(bad.wrap("x"), Err(WrapError::InvalidWidth(0)));
    }

    #[test]
    fn dedent_finds_the_common_margin() {
        assert_eq!(dedent_text("  a\n    b\n  c"), "a\n  b\nc");
        assert_eq!(dedent_text("\ta\n  b"), "\ta\n  b");
        assert_eq!(dedent_text("   \n  x\n"), "\nx\n");
    }
}
