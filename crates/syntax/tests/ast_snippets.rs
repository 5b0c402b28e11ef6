//! Small sources whose AST must equal CPython's (scripts/ast_dump.py), for
//! grammar corners the program corpus covers thinly: parenthesized
//! with-items against parenthesized context-manager expressions.

use std::path::{Path, PathBuf};
use std::process::Command;

use isopy_syntax::dump::{dump_module, DumpOptions};
use isopy_syntax::parse_module;

const SNIPPETS: &[&str] = &[
    "with (a, b): pass\n",
    "with (a, b,): pass\n",
    "with (a, b) as c: pass\n",
    "with (a): pass\n",
    "with (a,): pass\n",
    "with (a as b): pass\n",
    "with (a as b,): pass\n",
    "with (a, b as c): pass\n",
    "with (a as b, c as d): pass\n",
    "with (\n    open(x) as f,\n    open(y) as g,\n):\n    pass\n",
    "with (a as (b, c)): pass\n",
    "with (a as [b, *c]): pass\n",
    "with (a as b.c, d as e[0]): pass\n",
    "with (a, b), c: pass\n",
    "with (a) as b, c: pass\n",
    "with (a)(b) as c: pass\n",
    "with (a).b: pass\n",
    "with (a for b in c): pass\n",
    "with (a, *b): pass\n",
    "with (): pass\n",
    "def f():\n    with (yield): pass\n",
    "with (a := 1): pass\n",
    "with (a, b := 1): pass\n",
    "with (lambda: x)(): pass\n",
    "with (lambda: x): pass\n",
    "with (a if b else c) as d: pass\n",
    "with (a if b else c as d): pass\n",
    "with a, (b as c): pass\n",
    "with (a, (b, c)): pass\n",
    "def f():\n    with (yield x) as y:\n        pass\n",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

#[test]
fn snippets_parse_as_cpython_parses_them() {
    let root = workspace();
    let dir = std::env::temp_dir().join(format!("isopy-ast-snippets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = SNIPPETS
        .iter()
        .enumerate()
        .map(|(i, source)| {
            let path = dir.join(format!("snippet{i:02}.py"));
            std::fs::write(&path, source).unwrap();
            path
        })
        .collect();
    let output = Command::new("python3")
        .arg(root.join("scripts/ast_dump.py"))
        .args(&files)
        .output()
        .expect("python3 runs (CI and the README require it)");
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success(), "ast_dump.py failed: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).unwrap();
    let expected: Vec<&str> = text.lines().skip(1).step_by(2).collect();
    assert_eq!(expected.len(), SNIPPETS.len());
    let mut failures = Vec::new();
    for (source, expected) in SNIPPETS.iter().zip(expected) {
        let actual = match parse_module(source) {
            Ok(module) => dump_module(&module, source, DumpOptions { include_attributes: true, indent: None }),
            Err(e) => format!("SyntaxError: {}", e.message),
        };
        if actual != expected {
            failures.push(format!("{source:?}\n  CPython: {expected}\n  isopy:   {actual}"));
        }
    }
    assert!(failures.is_empty(), "{} snippets differ from CPython's AST:\n{}", failures.len(), failures.join("\n"));
}
