//! SyntaxErrors of sources given as strings, in `exec`, `eval` and `single`
//! mode, against what CPython's `compile()` raises: message, line, column
//! and end column (CPython's end column -1, "none", is isopy's 0). Covers the
//! error rules that depend on where the parser is (CPython's
//! `invalid_named_expression`, `invalid_expression`, `invalid_try_stmt`)
//! and how each mode ends its input.

use std::process::Command;

use isopy_syntax::{parse_expression, parse_interactive, parse_module, SourceOrigin, SyntaxError};

const CASES: &[(&str, &str)] = &[
    // Statement-level `=` mistakes: the hint only where CPython reads a
    // `named_expression` (never at the top of `eval` input).
    ("x = 1", "eval"),
    ("x = 5 if 3", "eval"),
    ("[x = 1]", "eval"),
    ("(x = 1)", "eval"),
    ("{x = 1}", "eval"),
    ("a[x = 1]", "eval"),
    ("f(x = 1 = 2)", "eval"),
    ("x = 1 = 2", "exec"),
    ("1 = 2", "exec"),
    ("1 = 2 = 3", "exec"),
    ("x = f() = 3", "exec"),
    ("f() = (1)", "exec"),
    ("(1) = 2", "exec"),
    ("[a, 1] = 2", "exec"),
    ("x, 1 = 2", "exec"),
    ("1, x = 2", "exec"),
    ("x = 1, y = 2", "exec"),
    ("f(), x = 1", "exec"),
    ("a + b = c", "exec"),
    ("not x = 1", "exec"),
    ("x = a < b = 3", "exec"),
    ("a.b = a < b = 3", "exec"),
    ("(a < b) = 1", "exec"),
    ("(x := 1) = 2", "exec"),
    ("[1].a() = 1", "exec"),
    ("([1]) = 2", "exec"),
    ("(True) = 1", "exec"),
    ("True = 1", "exec"),
    ("(a, b) = 1 = 2", "exec"),
    ("a, b = 1 = 2", "exec"),
    ("x = yield = 1", "exec"),
    ("yield x = 1", "exec"),
    ("x = yield y = 1", "exec"),
    ("if x = 1: pass", "exec"),
    ("if x: pass\nelif y = 2: pass", "exec"),
    ("while x.y = 1: pass", "exec"),
    ("if f() = 1: pass", "exec"),
    ("if (f() = 1): pass", "exec"),
    ("@f() = 1\ndef g(): pass", "exec"),
    ("@x = 1\ndef f(): pass", "exec"),
    ("[1, x = 2]", "exec"),
    ("(1, x = 2)", "exec"),
    ("(1, f() = 2)", "exec"),
    ("{1, x = 2}", "exec"),
    ("a[1, x = 2]", "exec"),
    ("a[1:x = 2]", "exec"),
    ("{1: x = 2}", "exec"),
    ("[x = -y]", "exec"),
    ("[x = y < 2]", "exec"),
    ("[x = not y]", "exec"),
    ("[x = y = 2]", "exec"),
    ("[x = y := 2]", "exec"),
    ("[a < b = 1]", "exec"),
    ("[True = 1]", "exec"),
    ("[(1, 2) = 1]", "exec"),
    ("[[1] = 2]", "exec"),
    ("x = [y = 1]", "exec"),
    ("assert x = 1", "exec"),
    ("return x = 1", "exec"),
    ("del x = 1", "exec"),
    ("with x = 1: pass", "exec"),
    ("for x in y = 1: pass", "exec"),
    ("[x for x in y if z = 1]", "exec"),
    ("[a for b, c = 1 in d]", "exec"),
    ("print(x = 1)", "exec"),
    ("lambda: x = 1", "exec"),
    // `:=` with a target that is not a name.
    ("(a, b) := (1, 2)", "exec"),
    ("a, (b, c) := 1", "exec"),
    ("[a] := 1", "exec"),
    ("f() := 1", "exec"),
    ("x.y := 1", "exec"),
    ("(x.y := 1)", "exec"),
    ("x = (1 := 2)", "exec"),
    ("x := 1", "exec"),
    ("x = (a, b) := 1", "exec"),
    ("(a, b) := 1", "eval"),
    // A conditional expression without `else`.
    ("x = 5 if 3", "exec"),
    ("1 if 2", "eval"),
    ("[1 if 2]", "eval"),
    ("a if b else c if d", "eval"),
    ("lambda: a if b", "eval"),
    ("a if b if c", "eval"),
    ("a if b,", "eval"),
    ("[a if b for c in d]", "exec"),
    ("x = a or b if c and d", "exec"),
    ("x = not a if b", "exec"),
    ("print(a if b)", "exec"),
    ("f(a if b = 1)", "exec"),
    ("a if b c", "exec"),
    ("a if (b) c", "exec"),
    ("x if y = 1", "exec"),
    ("x = 1 if 2:", "exec"),
    ("x = 5 if 3 else", "exec"),
    ("if a if b\n  pass", "exec"),
    // A `try` block without handlers, at the end of input or not.
    ("try:\n    pass\n", "exec"),
    ("try:\n    pass", "exec"),
    ("try: pass\n", "exec"),
    ("try:\n    pass\n\n\n", "exec"),
    ("try:\n    pass\n# c\n", "exec"),
    ("try:\n    pass\nx = 1\n", "exec"),
    ("try:\n    pass\nelse:\n    pass\n", "exec"),
    ("if 1:\n    try:\n        pass\n", "exec"),
    ("if 1:\n    try:\n        pass\n    x = 1\n", "exec"),
    ("if 1:\n    try:\n        pass\nx = 1\n", "exec"),
    ("def f():\n    try:\n        pass\n\nx = 1\n", "exec"),
    ("try:\n  pass\n", "single"),
    // How `eval` and `single` input ends.
    ("", "eval"),
    ("", "single"),
    ("\n", "eval"),
    ("\n", "single"),
    ("\n\n", "eval"),
    ("\n\n", "single"),
    ("# c", "eval"),
    ("# c\n", "single"),
    ("1 +", "eval"),
    ("1 +", "single"),
    ("1 +\n", "eval"),
    ("1 +\n", "single"),
    ("1 +", "exec"),
    ("1 2", "eval"),
    // One statement only in `single` mode.
    ("1\n2\n", "single"),
    ("1\n2", "single"),
    ("1\n\n  # c\n2", "single"),
    ("x = 1  # c\ny = 2\n", "single"),
    ("if 1:\n  pass\nx", "single"),
    ("if 1:\n  pass\nelse:\n  pass\nx = 1\n", "single"),
    ("x = 1; y = 2", "single"),
    ("1;", "single"),
    ("x = 1\n\n# c\n", "single"),
    ("if True:\n    'inside block'\n", "single"),
    ("@d\ndef f():\n    pass\n", "single"),
    ("@d\ndef f():\n    pass\nf()\n", "single"),
    ("try:\n  pass\nfinally:\n  pass\n", "single"),
    ("x = (1,\n 2)\n", "single"),
    ("def f(:\n  pass\nx = 1\n", "single"),
    ("if 1: pass\nx = 1", "single"),
    ("if 1: pass\n", "single"),
    ("if 1: pass", "single"),
    ("if 1: pass  # c", "single"),
    ("if 1:\n  pass", "single"),
    ("while 0: pass\nelse: pass\n", "single"),
    ("class C: pass\n\nx\n", "single"),
    ("@d\nclass C: pass\n1", "single"),
    ("def f():\n  return 1", "single"),
];

/// A SyntaxError's `(msg, lineno, offset, end_lineno, end_offset)`.
type Raised = (String, i64, i64, i64, i64);

/// CPython's `(msg, lineno, offset, end_lineno, end_offset)` for each case,
/// or `None` when it compiles.
fn cpython() -> Vec<Option<Raised>> {
    let script = r#"
import json, sys
out = []
for source, mode in json.load(sys.stdin):
    try:
        compile(source, "<s>", mode)
        out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
"#;
    let input = format!(
        "[{}]",
        CASES.iter().map(|(s, m)| format!("[{},\"{m}\"]", json_string(s))).collect::<Vec<_>>().join(",")
    );
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs (CI and the README require it)");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    parse_results(&String::from_utf8(output.stdout).unwrap())
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads the `[null | [msg, n, n, n, n], ...]` the script prints (messages
/// hold no `"`, `[` or `]` but may hold `'` and `,`).
fn parse_results(text: &str) -> Vec<Option<Raised>> {
    let body = text.trim().strip_prefix('[').unwrap().strip_suffix(']').unwrap();
    let mut results = Vec::new();
    let mut rest = body.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("null") {
            results.push(None);
            rest = after;
        } else {
            let end = rest.find(']').unwrap();
            let item = &rest[1..end];
            let close = item[1..].find('"').unwrap() + 1;
            let msg = item[1..close].replace("\\\"", "\"");
            let n: Vec<i64> = item[close + 1..]
                .split(',')
                .filter(|p| !p.trim().is_empty())
                .map(|p| p.trim().parse().unwrap())
                .collect();
            results.push(Some((msg, n[0], n[1], n[2], n[3])));
            rest = &rest[end + 1..];
        }
        rest = rest.trim_start().trim_start_matches(',').trim_start();
    }
    results
}

fn isopy(source: &str, mode: &str) -> Option<SyntaxError> {
    match mode {
        "exec" => parse_module(source).err(),
        "eval" => parse_expression(source).err(),
        _ => parse_interactive(source).err(),
    }
}

#[test]
fn string_errors_are_where_cpython_puts_them() {
    let expected = cpython();
    assert_eq!(expected.len(), CASES.len());
    let mut failures = Vec::new();
    for (&(source, mode), want) in CASES.iter().zip(expected) {
        let got = isopy(source, mode).map(|e| {
            let at = e.locate(source, "<s>", SourceOrigin::String);
            (e.message, at.line as i64, at.offset as i64, at.end_line as i64, at.end_offset as i64)
        });
        // CPython's end column -1 ("none") is isopy's 0.
        let want = want.map(|(m, l, o, el, eo)| (m, l, o, el, eo.max(0)));
        if got != want {
            failures.push(format!("{source:?} ({mode})\n  CPython: {want:?}\n  isopy:   {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}
